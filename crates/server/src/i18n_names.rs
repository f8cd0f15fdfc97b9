//! Country names and time-zone cities in the reader's language, from the Unicode CLDR.
//!
//! `data/cldr/make_names.py` writes two tables from CLDR (as the PyPI package babel ships it)
//! for every catalog in `locales/`: `countries.tsv` (each ISO 3166-1 code the domain knows,
//! named in every language but English, whose names are the domain's own: the words the API
//! and exports use) and `zones.tsv` (each IANA zone's exemplar city, English included). Both
//! are compiled into the binary and read once. A test checks that every country code and every
//! zone the menus offer has a name in every catalog's language, so a language added without
//! running the script fails the build's tests rather than showing English.
//!
//! Lists of names are sorted for the reader by [`sort_key`]: the name folded as search folds
//! it (case and accents set aside, as a collation's first level does), the name itself to
//! break ties. That is CLDR's root order for the Latin, Cyrillic and Arabic scripts and the
//! kana order for the katakana of Japanese country names; ICU4X's collator would add the few
//! language tailorings (Spanish ñ after n) at the cost of another compiled-data crate.

use crate::i18n::I18n;
use heroes_domain::geo::CountryCode;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One generated table: language tag → key (country code, zone) → name.
type Names = HashMap<String, HashMap<String, String>>;

/// The country names (no English column: English is the domain's table).
static COUNTRIES: LazyLock<Names> =
    LazyLock::new(|| parse(include_str!("../data/cldr/countries.tsv")));

/// The zones' exemplar cities.
static ZONES: LazyLock<Names> = LazyLock::new(|| parse(include_str!("../data/cldr/zones.tsv")));

/// Reads a table: `#` comment lines, a header `key<TAB>tag…`, then `key<TAB>name…`.
fn parse(text: &str) -> Names {
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines
        .next()
        .map(|h| h.split('\t').skip(1).collect())
        .unwrap_or_default();
    let mut names: Names = header
        .iter()
        .map(|tag| ((*tag).to_owned(), HashMap::new()))
        .collect();
    for line in lines {
        let mut cells = line.split('\t');
        let Some(key) = cells.next() else { continue };
        for (tag, name) in header.iter().zip(cells) {
            if let Some(table) = names.get_mut(*tag) {
                table.insert(key.to_owned(), name.to_owned());
            }
        }
    }
    names
}

/// The name `table` gives `key` in `lang` (exactly that tag, else its language alone).
fn lookup(table: &'static Names, lang: &str, key: &str) -> Option<&'static str> {
    let by_lang = table.get(lang).or_else(|| {
        let language = lang.split('-').next()?;
        table.get(language)
    })?;
    by_lang.get(key).map(String::as_str)
}

/// Whether CLDR takes `zone` for an old name of another (`Asia/Calcutta` for `Asia/Kolkata`):
/// a menu offers the current name only, which reads the same.
pub fn is_zone_alias(zone: &str) -> bool {
    lookup(&ZONES, ALIAS_OF, zone).is_some_and(|canonical| !canonical.is_empty())
}

/// The column of `zones.tsv` naming the zone an old name stands for.
const ALIAS_OF: &str = "alias_of";

/// How a list of names is ordered for a reader (see the module documentation).
pub fn sort_key(name: &str) -> (String, String) {
    (heroes_domain::search::normalize(name), name.to_owned())
}

impl I18n {
    /// The country `code` names (`DE`: Germany, Deutschland, ドイツ, ألمانيا); a code no
    /// table knows is shown as it is.
    pub fn country(&self, code: &str) -> String {
        let Ok(country) = CountryCode::parse(code) else {
            return code.to_owned();
        };
        self.country_of(country)
    }

    /// The name of a parsed country code.
    pub fn country_of(&self, country: CountryCode) -> String {
        let english = country.name();
        if self.is_pseudo() {
            return crate::i18n::pseudo_text(english);
        }
        lookup(&COUNTRIES, &self.lang(), country.code())
            .unwrap_or(english)
            .to_owned()
    }

    /// Countries with their names, sorted by name as this reader reads them.
    pub fn countries_by_name(
        &self,
        countries: impl IntoIterator<Item = CountryCode>,
    ) -> Vec<(CountryCode, String)> {
        let mut named: Vec<(CountryCode, String)> = countries
            .into_iter()
            .map(|c| (c, self.country_of(c)))
            .collect();
        named.sort_by_cached_key(|(_, name)| sort_key(name));
        named
    }

    /// The city an IANA zone is named by (`Asia/Tokyo`: Tokyo, Tokio, 東京), for menus and
    /// "local time in …"; a zone CLDR does not know is named by the last part of its name.
    pub fn zone_city(&self, zone: &str) -> String {
        let from_name = || zone.rsplit('/').next().unwrap_or(zone).replace('_', " ");
        if self.is_pseudo() {
            return crate::i18n::pseudo_text(
                lookup(
                    &ZONES,
                    crate::i18n::DEFAULT_LOCALE.to_string().as_str(),
                    zone,
                )
                .map_or_else(from_name, str::to_owned)
                .as_str(),
            );
        }
        lookup(&ZONES, &self.lang(), zone).map_or_else(from_name, str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::supported;

    #[test]
    fn every_country_has_a_name_in_every_language() {
        for lang in supported() {
            let lang = lang.to_string();
            if lang == crate::i18n::DEFAULT_LOCALE.to_string() {
                continue;
            }
            for code in CountryCode::all() {
                let name = lookup(&COUNTRIES, &lang, code.code());
                assert!(
                    name.is_some_and(|n| !n.trim().is_empty()),
                    "no {lang} name for {code}: run data/cldr/make_names.py"
                );
            }
        }
    }

    #[test]
    fn every_zone_offered_has_a_city_in_every_language() {
        for lang in supported() {
            let lang = lang.to_string();
            for (_, zones) in crate::account::profile::zone_choices(&I18n::default(), "") {
                for (zone, _, _) in zones {
                    let city = lookup(&ZONES, &lang, zone);
                    assert!(
                        city.is_some_and(|c| !c.trim().is_empty()),
                        "no {lang} city for {zone}: run data/cldr/make_names.py"
                    );
                }
            }
        }
    }

    #[test]
    fn old_zone_names_are_known_as_such() {
        assert!(is_zone_alias("Asia/Calcutta"));
        assert!(!is_zone_alias("Asia/Kolkata"));
        assert!(!is_zone_alias("Europe/Berlin"));
    }

    #[test]
    fn names_follow_the_reader() {
        let de = I18n::for_language("de");
        assert_eq!(de.country("DE"), "Deutschland");
        assert_eq!(de.country("xx"), "xx");
        assert_eq!(I18n::for_language("ja").country("DE"), "ドイツ");
        assert_eq!(I18n::for_language("").country("KR"), "South Korea");
        assert_eq!(I18n::for_language("ja").zone_city("Asia/Tokyo"), "東京");
        assert_eq!(I18n::for_language("de").zone_city("Asia/Tokyo"), "Tokio");
        // An alias is named like the zone it stands for.
        assert_eq!(
            I18n::for_language("pt-BR").zone_city("Asia/Calcutta"),
            "Calcutá"
        );
        assert_eq!(
            I18n::for_language("").zone_city("Mars/Olympus_Mons"),
            "Olympus Mons"
        );
    }

    #[test]
    fn countries_sort_by_the_readers_names() {
        let codes = ["DE", "AT", "EG", "JP"].map(|c| CountryCode::parse(c).unwrap());
        let order = |lang: &str| -> Vec<String> {
            I18n::for_language(lang)
                .countries_by_name(codes)
                .into_iter()
                .map(|(c, _)| c.code().to_owned())
                .collect()
        };
        // Austria, Egypt, Germany, Japan.
        assert_eq!(order(""), ["AT", "EG", "DE", "JP"]);
        // Ägypten sorts with the A's, before Deutschland: accents are set aside.
        assert_eq!(order("de"), ["EG", "DE", "JP", "AT"]);
        // エジプト, オーストリア, ドイツ, 日本: kana order, then the Chinese character.
        assert_eq!(order("ja"), ["EG", "AT", "DE", "JP"]);
    }
}
