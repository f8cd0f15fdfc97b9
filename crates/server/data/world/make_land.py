#!/usr/bin/env python3
"""Turns Natural Earth's land polygons (1:110m, public domain), as the npm package
world-atlas@2 ships them in TopoJSON (`land-110m.json`), into `land.path`: one SVG path in an
equirectangular projection on a 1000 × 500 canvas (x = (lon + 180) / 360 · 1000,
y = (90 − lat) / 180 · 500), rounded to whole units with repeated points dropped, rings that cross the antimeridian
unwrapped (no line across the map), so the map
of /groups is drawn by the server from a small file compiled into the binary.

    npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
    python3 make_land.py package/land-110m.json > land.path
"""
import json
import sys


def arcs_of(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        decoded.append(points)
    return decoded


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def project(lon, lat):
    return round((lon + 180) / 360 * 1000), round((90 - lat) / 180 * 500)


def unwrapped(points):
    """A ring that crosses the antimeridian, as drawn on the canvas: the x of each point moved
    by ±1000 after every jump of more than half the canvas, so no edge runs across the whole
    map, and a copy shifted by one canvas width for the part that leaves it (the SVG viewBox
    clips both). A ring that goes round the pole (Antarctica) does not close that way and is
    kept as it is; so is every ring that never crosses."""
    offset = 0
    out = [points[0]]
    for (x0, _), (x1, y1) in zip(points, points[1:]):
        if x1 - x0 > 500:
            offset -= 1000
        elif x0 - x1 > 500:
            offset += 1000
        out.append((x1 + offset, y1))
    closing = out[-1][0] - out[0][0]
    if abs(closing) > 500 or all(0 <= x <= 1000 for x, _ in out):
        return [points]
    shift = -1000 if max(x for x, _ in out) > 1000 else 1000
    return [out, [(x + shift, y) for x, y in out]]


def main(path):
    topology = json.load(open(path))
    arcs = arcs_of(topology)
    out = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for indexes in polygon:
                points = []
                for lon, lat in ring(arcs, indexes):
                    p = project(lon, lat)
                    if not points or points[-1] != p:
                        points.append(p)
                if len(points) < 3:
                    continue
                for drawn in unwrapped(points):
                    out.append("M" + "L".join(f"{x} {y}" for x, y in drawn) + "Z")
    sys.stdout.write("".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
