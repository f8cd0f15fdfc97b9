//! Static source material for `heroes serve --demo`.
//!
//! The demo generator needs a program that looks real enough to judge the product by: hundreds
//! of heroes from every inhabited continent, names in many cultures and scripts, believable
//! headlines, bios and thousands of contribution titles. The material is data, kept in the
//! files of `demo/corpus/` (one record a line; the header of each file says its fields) and
//! read by the compiler ([`parse`]); this module gives the generator plain static slices of it
//! and a few lookup helpers. The generator owns the (seeded) random number generator and picks
//! from these lists by position, so the same seed always produces the same program, and
//! reordering a file changes the demo.
//!
//! Company names are invented. Technology, service and event names are real, because a demo
//! about AWS community work that never mentions Lambda or re:Invent would not be believable.

// Not every generator uses every list or field (e.g. `Place::languages`, `Culture::ALL`), and an
// unused corpus entry is not a bug.
#![allow(dead_code, reason = "static corpus: the generator picks what it needs")]

mod parse;

/// A place heroes live: city, ISO 3166-1 alpha-2 country code (uppercase), IANA time zone,
/// the name culture used for people there, and the spoken languages (BCP 47, e.g. "de", "pt-BR").
#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub city: &'static str,
    pub country: &'static str,
    pub timezone: &'static str,
    pub culture: Culture,
    pub languages: &'static [&'static str],
}

/// A naming culture: which given and family names people in a place plausibly have.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Culture {
    /// Britain, Ireland, Canada, Australia, New Zealand.
    English,
    /// The United States, whose names come from everywhere.
    American,
    German,
    French,
    Spanish,
    Portuguese,
    Italian,
    Dutch,
    /// Swedish, Norwegian, Danish and Finnish names.
    Nordic,
    Polish,
    /// Czech family names inflect by gender; see [`family_name_for`].
    Czech,
    Ukrainian,
    Russian,
    Turkish,
    Arabic,
    Hebrew,
    Japanese,
    Chinese,
    Korean,
    Indian,
    Pakistani,
    Bengali,
    Sinhala,
    Vietnamese,
    Indonesian,
    Filipino,
    Thai,
    /// West African (Nigerian and Ghanaian) names.
    African,
    /// Kenyan, Ugandan, Tanzanian and Rwandan names.
    EastAfrican,
    SouthAfrican,
    Greek,
    Hungarian,
    Romanian,
}

impl Culture {
    /// Every culture, in declaration order.
    pub const ALL: &'static [Culture] = &[
        Culture::English,
        Culture::American,
        Culture::German,
        Culture::French,
        Culture::Spanish,
        Culture::Portuguese,
        Culture::Italian,
        Culture::Dutch,
        Culture::Nordic,
        Culture::Polish,
        Culture::Czech,
        Culture::Ukrainian,
        Culture::Russian,
        Culture::Turkish,
        Culture::Arabic,
        Culture::Hebrew,
        Culture::Japanese,
        Culture::Chinese,
        Culture::Korean,
        Culture::Indian,
        Culture::Pakistani,
        Culture::Bengali,
        Culture::Sinhala,
        Culture::Vietnamese,
        Culture::Indonesian,
        Culture::Filipino,
        Culture::Thai,
        Culture::African,
        Culture::EastAfrican,
        Culture::SouthAfrican,
        Culture::Greek,
        Culture::Hungarian,
        Culture::Romanian,
    ];

    /// How the corpus files name the culture: lower case, words joined by hyphens.
    pub const fn key(self) -> &'static str {
        match self {
            Culture::English => "english",
            Culture::American => "american",
            Culture::German => "german",
            Culture::French => "french",
            Culture::Spanish => "spanish",
            Culture::Portuguese => "portuguese",
            Culture::Italian => "italian",
            Culture::Dutch => "dutch",
            Culture::Nordic => "nordic",
            Culture::Polish => "polish",
            Culture::Czech => "czech",
            Culture::Ukrainian => "ukrainian",
            Culture::Russian => "russian",
            Culture::Turkish => "turkish",
            Culture::Arabic => "arabic",
            Culture::Hebrew => "hebrew",
            Culture::Japanese => "japanese",
            Culture::Chinese => "chinese",
            Culture::Korean => "korean",
            Culture::Indian => "indian",
            Culture::Pakistani => "pakistani",
            Culture::Bengali => "bengali",
            Culture::Sinhala => "sinhala",
            Culture::Vietnamese => "vietnamese",
            Culture::Indonesian => "indonesian",
            Culture::Filipino => "filipino",
            Culture::Thai => "thai",
            Culture::African => "african",
            Culture::EastAfrican => "east-african",
            Culture::SouthAfrican => "south-african",
            Culture::Greek => "greek",
            Culture::Hungarian => "hungarian",
            Culture::Romanian => "romanian",
        }
    }

    /// The culture a corpus file names (see [`Culture::key`]); the build stops at a name no
    /// culture has.
    const fn named(key: &str) -> Culture {
        let mut i = 0;
        while i < Culture::ALL.len() {
            if parse::same(Culture::ALL[i].key(), key) {
                return Culture::ALL[i];
            }
            i += 1;
        }
        panic!("corpus: a place names a culture the code does not know")
    }
}

/// The specialization slugs the lookup functions below know about.
pub const SPECIALIZATIONS: &[&str] = &[
    "community",
    "serverless",
    "data",
    "machine-learning",
    "container",
    "devtools",
    "security",
];

const PLACES_TSV: &str = include_str!("corpus/places.tsv");

/// The languages of every place, one place after another ([`Place::languages`] are slices).
static LANGUAGES: [&str; parse::list_items(PLACES_TSV, 4)] = parse::list_values(PLACES_TSV, 4);

/// Cities heroes live in, across all six inhabited continents (`corpus/places.tsv`).
pub static PLACES: &[Place] = &places::<{ parse::records(PLACES_TSV) }>(&LANGUAGES);

/// The places of `corpus/places.tsv`, their languages cut from `languages`.
const fn places<const N: usize>(languages: &'static [&'static str]) -> [Place; N] {
    let none = Place {
        city: "",
        country: "",
        timezone: "",
        culture: Culture::English,
        languages: &[],
    };
    let mut out = [none; N];
    let (mut i, mut pos, mut start) = (0, 0, 0);
    while let Some((record, next)) = parse::next_record(PLACES_TSV, pos) {
        let end = start + parse::pieces(parse::required(record, 4), b',');
        out[i] = Place {
            city: parse::required(record, 0),
            country: parse::required(record, 1),
            timezone: parse::required(record, 2),
            culture: Culture::named(parse::required(record, 3)),
            languages: languages.split_at(end).0.split_at(start).1,
        };
        start = end;
        i += 1;
        pos = next;
    }
    out
}

/// A list whose records start with a key (a culture, a specialization): every item in file
/// order, and where each key's items lie.
struct Grouped<T: 'static, const N: usize, const K: usize> {
    items: [T; N],
    /// `(start, end)` in `items`, per key in the order the keys were given.
    ranges: [(usize, usize); K],
}

impl<T, const N: usize, const K: usize> Grouped<T, N, K> {
    /// The items of the `key`th key.
    fn of(&'static self, key: usize) -> &'static [T] {
        let (start, end) = self.ranges[key];
        &self.items[start..end]
    }
}

/// Names per culture, `(display, latin)`.
type Names<const N: usize> = Grouped<(&'static str, &'static str), N, { Culture::ALL.len() }>;

/// Texts per specialization.
type Texts<const N: usize> = Grouped<&'static str, N, { SPECIALIZATIONS.len() }>;

/// The key of every culture, in the order of [`Culture::ALL`].
const CULTURE_KEYS: [&str; Culture::ALL.len()] = {
    let mut keys = [""; Culture::ALL.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = Culture::ALL[i].key();
        i += 1;
    }
    keys
};

/// A names file (`culture, name[, Latin spelling]`) grouped by culture.
const fn by_culture<const N: usize>(text: &'static str) -> Names<N> {
    Grouped {
        items: parse::names(text),
        ranges: parse::groups(text, &CULTURE_KEYS),
    }
}

/// A texts file (`specialization, text`) grouped by specialization.
const fn by_specialization<const N: usize>(text: &'static str) -> Texts<N> {
    Grouped {
        items: parse::column(text, 1),
        ranges: parse::groups(text, SPECIALIZATIONS),
    }
}

/// A public static list read from a file of one item a line.
macro_rules! one_a_line {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub static $name: &[&str] = {
            const TEXT: &str = include_str!($file);
            &parse::column::<{ parse::records(TEXT) }>(TEXT, 0)
        };
    };
}

/// A lookup of the texts a file (`specialization, text`) gives each specialization, community's
/// for a slug the corpus does not know.
macro_rules! per_specialization {
    ($(#[$doc:meta])* $lookup:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $lookup(slug: &str) -> &'static [&'static str] {
            const TEXT: &str = include_str!($file);
            static TEXTS: Texts<{ parse::records(TEXT) }> = by_specialization(TEXT);
            TEXTS.of(specialization(slug))
        }
    };
}

const GIVEN_TSV: &str = include_str!("corpus/given-names.tsv");
static GIVEN: Names<{ parse::records(GIVEN_TSV) }> = by_culture(GIVEN_TSV);

const FAMILY_TSV: &str = include_str!("corpus/family-names.tsv");
static FAMILY: Names<{ parse::records(FAMILY_TSV) }> = by_culture(FAMILY_TSV);

const CZECH_FEMININE_TSV: &str = include_str!("corpus/czech-feminine.tsv");
/// The Czech family names with a feminine form, and that form (`corpus/czech-feminine.tsv`),
/// index for index.
static CZECH_MASCULINE: [&str; parse::records(CZECH_FEMININE_TSV)] =
    parse::column(CZECH_FEMININE_TSV, 0);
static CZECH_FEMININE: [&str; parse::records(CZECH_FEMININE_TSV)] =
    parse::column(CZECH_FEMININE_TSV, 1);

/// Given names for a culture as `(display, latin)`. `display` is the native spelling (which may
/// be a non-Latin script); `latin` is a Latin-script form, possibly accented, suitable for slugs.
/// Latin-script cultures have `display == latin`. Genders are mixed.
pub fn given_names(c: Culture) -> &'static [(&'static str, &'static str)] {
    GIVEN.of(c as usize)
}

/// Family names for a culture as `(display, latin)`, like [`given_names`]. For cultures whose
/// family names inflect by gender only invariant names are listed, except Czech, which has
/// masculine forms here; [`family_name_for`] gives the right form for a given name.
pub fn family_names(c: Culture) -> &'static [(&'static str, &'static str)] {
    FAMILY.of(c as usize)
}

/// The form of `family` (an entry of [`family_names`]`(c)`) that a person called `given_latin`
/// carries. Only Czech inflects here (Tereza Nováková, Jan Novák); everything else is returned
/// unchanged.
pub fn family_name_for(
    c: Culture,
    given_latin: &str,
    family: (&'static str, &'static str),
) -> (&'static str, &'static str) {
    if c != Culture::Czech || !(given_latin.ends_with('a') || given_latin.ends_with('e')) {
        return family;
    }
    // Czech names are Latin: display and Latin spelling are the same.
    CZECH_MASCULINE
        .iter()
        .position(|&m| m == family.0)
        .map_or(family, |i| (CZECH_FEMININE[i], CZECH_FEMININE[i]))
}

/// Whether the culture writes the family name first (Japanese, Chinese, Korean, Hungarian,
/// Vietnamese): the generator then writes "family given" in display.
pub fn family_first(c: Culture) -> bool {
    matches!(
        c,
        Culture::Japanese
            | Culture::Chinese
            | Culture::Korean
            | Culture::Hungarian
            | Culture::Vietnamese
    )
}

one_a_line!(
    /// Invented employers. Generic enough not to collide with real trademarks.
    COMPANIES,
    "corpus/companies.txt"
);

/// The position of `specialization` in [`SPECIALIZATIONS`]; community's for a slug the corpus
/// does not know.
fn specialization(slug: &str) -> usize {
    SPECIALIZATIONS.iter().position(|s| *s == slug).unwrap_or(0)
}

per_specialization!(
    /// Short role lines for a hero's headline, per specialization slug.
    headlines,
    "corpus/headlines.tsv"
);

per_specialization!(
    /// Bio paragraphs per specialization slug, with `{name}`, `{city}` and `{years}` placeholders.
    bio_paragraphs,
    "corpus/bios.tsv"
);

one_a_line!(
    /// Closing bio sentences for any specialization, with `{name}` and `{city}` placeholders.
    BIO_CLOSERS,
    "corpus/bio-closers.txt"
);

per_specialization!(
    /// Contribution title templates per specialization slug, with `{topic}` and optional `{n}`.
    title_templates,
    "corpus/titles.tsv"
);

per_specialization!(
    /// Real technologies each specialization writes and talks about, substituted for `{topic}`.
    topics,
    "corpus/topics.tsv"
);

one_a_line!(
    /// Conferences, summits and meetups where heroes give talks.
    EVENTS,
    "corpus/events.txt"
);

per_specialization!(
    /// Tags for contributions per specialization slug: lowercase ASCII letters, digits and hyphens.
    tags,
    "corpus/tags.tsv"
);

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeSet, HashSet};

    /// The `{placeholder}` names used in `text`.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            let end = after.find('}').expect("unclosed placeholder");
            out.push(&after[..end]);
            rest = &after[end + 1..];
        }
        out
    }

    /// Latin letters (including accented ones and Vietnamese) or name punctuation.
    fn is_latin_name_char(c: char) -> bool {
        c.is_ascii_alphabetic()
            || matches!(c, ' ' | '-' | '\'')
            || (c.is_alphabetic() && matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF))
    }

    #[test]
    fn places_cover_the_world() {
        assert!(PLACES.len() >= 90, "{} places", PLACES.len());
        let countries: BTreeSet<&str> = PLACES.iter().map(|p| p.country).collect();
        assert!(countries.len() >= 55, "{} countries", countries.len());
        for p in PLACES {
            assert!(
                p.country.len() == 2 && p.country.bytes().all(|b| b.is_ascii_uppercase()),
                "bad country {:?}",
                p.country
            );
            assert!(!p.city.is_empty());
            assert!(!p.languages.is_empty(), "{} has no languages", p.city);
            let (area, _) = p.timezone.split_once('/').expect("timezone has an area");
            assert!(
                [
                    "Africa",
                    "America",
                    "Asia",
                    "Australia",
                    "Europe",
                    "Pacific"
                ]
                .contains(&area),
                "unexpected timezone {}",
                p.timezone
            );
        }
        for area in [
            "Africa/",
            "America/",
            "Asia/",
            "Australia/",
            "Europe/",
            "Pacific/",
        ] {
            assert!(
                PLACES.iter().any(|p| p.timezone.starts_with(area)),
                "none in {area}"
            );
        }
        let count = |cc: &str| PLACES.iter().filter(|p| p.country == cc).count();
        for (cc, min) in [
            ("US", 8),
            ("IN", 5),
            ("DE", 4),
            ("BR", 3),
            ("JP", 3),
            ("GB", 3),
        ] {
            assert!(count(cc) >= min, "{cc} has {} places", count(cc));
        }
        let cities: HashSet<(&str, &str)> = PLACES.iter().map(|p| (p.city, p.country)).collect();
        assert_eq!(cities.len(), PLACES.len(), "duplicate place");
    }

    #[test]
    fn every_culture_has_enough_names() {
        for p in PLACES {
            assert!(Culture::ALL.contains(&p.culture));
        }
        for &c in Culture::ALL {
            for (kind, names) in [("given", given_names(c)), ("family", family_names(c))] {
                assert!(names.len() >= 12, "{c:?} has {} {kind} names", names.len());
                let unique: HashSet<_> = names.iter().collect();
                assert_eq!(unique.len(), names.len(), "duplicate {kind} name in {c:?}");
                for &(display, latin) in names {
                    assert!(!display.is_empty() && !latin.is_empty());
                    assert!(
                        latin.chars().all(is_latin_name_char),
                        "{c:?} {kind} name {latin:?} is not in Latin script"
                    );
                    if display.chars().all(is_latin_name_char) {
                        assert_eq!(display, latin, "{c:?}: Latin display must equal latin");
                    }
                }
            }
        }
        assert!(
            Culture::ALL
                .iter()
                .all(|&c| { PLACES.iter().any(|p| p.culture == c) })
        );
        assert!(family_first(Culture::Japanese) && family_first(Culture::Hungarian));
        assert!(!family_first(Culture::German));
    }

    #[test]
    fn non_latin_scripts_are_present() {
        for c in [
            Culture::Japanese,
            Culture::Chinese,
            Culture::Korean,
            Culture::Russian,
            Culture::Ukrainian,
            Culture::Arabic,
            Culture::Hebrew,
            Culture::Greek,
            Culture::Thai,
            Culture::Indian,
        ] {
            for &(display, latin) in given_names(c).iter().chain(family_names(c)) {
                assert_ne!(display, latin, "{c:?} should show its native script");
                assert!(!display.chars().any(|ch| ch.is_ascii_alphabetic()));
            }
        }
    }

    #[test]
    fn czech_family_names_follow_gender() {
        let czech = family_names(Culture::Czech);
        let masculine: Vec<&str> = czech.iter().map(|&(display, _)| display).collect();
        assert_eq!(
            CZECH_MASCULINE, *masculine,
            "czech-feminine.tsv lists every Czech family name, in order"
        );
        for &(given, _) in given_names(Culture::Czech) {
            let feminine = given.ends_with('a') || given.ends_with('e');
            let name = family_name_for(Culture::Czech, given, czech[0]);
            assert_eq!(
                name.0,
                if feminine { "Nováková" } else { "Novák" },
                "{given}"
            );
        }
        for (m, f) in CZECH_MASCULINE.iter().zip(CZECH_FEMININE) {
            assert!(m == &f || f.ends_with('á'), "{m:?} / {f:?}");
        }
        let polish = family_names(Culture::Polish)[0];
        assert_eq!(family_name_for(Culture::Polish, "Zofia", polish), polish);
    }

    #[test]
    fn every_corpus_file_reads_without_repeats() {
        assert!(
            Culture::ALL
                .iter()
                .enumerate()
                .all(|(i, &c)| c as usize == i),
            "Culture::ALL is in declaration order (the names are found by `c as usize`)"
        );
        for (file, items) in [
            ("companies.txt", COMPANIES),
            ("events.txt", EVENTS),
            ("bio-closers.txt", BIO_CLOSERS),
            ("czech-feminine.tsv", &CZECH_MASCULINE[..]),
        ] {
            assert!(!items.is_empty(), "{file} is empty");
            let mut seen = HashSet::new();
            for item in items {
                assert!(seen.insert(item), "{file} repeats {item:?}");
                assert_eq!(item.trim(), *item, "{file}: {item:?} has spaces at an end");
            }
        }
        assert!(!PLACES.is_empty());
        assert_eq!(
            LANGUAGES.len(),
            PLACES.iter().map(|p| p.languages.len()).sum::<usize>(),
            "every language belongs to one place"
        );
        for p in PLACES {
            let languages: HashSet<_> = p.languages.iter().collect();
            assert_eq!(
                languages.len(),
                p.languages.len(),
                "{} repeats a language",
                p.city
            );
        }
    }

    #[test]
    fn specialization_lists_are_big_enough() {
        assert!(COMPANIES.len() >= 80, "{} companies", COMPANIES.len());
        assert!(BIO_CLOSERS.len() >= 10);
        assert!(EVENTS.len() >= 30, "{} events", EVENTS.len());
        let unique: HashSet<_> = COMPANIES.iter().chain(EVENTS).collect();
        assert_eq!(
            unique.len(),
            COMPANIES.len() + EVENTS.len(),
            "duplicate company or event"
        );
        for slug in SPECIALIZATIONS {
            assert!(headlines(slug).len() >= 12, "{slug} headlines");
            assert!(bio_paragraphs(slug).len() >= 8, "{slug} bios");
            assert!(title_templates(slug).len() >= 40, "{slug} titles");
            assert!(topics(slug).len() >= 25, "{slug} topics");
            assert!(tags(slug).len() >= 10, "{slug} tags");
            for list in [
                headlines(slug),
                bio_paragraphs(slug),
                title_templates(slug),
                topics(slug),
                tags(slug),
            ] {
                let unique: HashSet<_> = list.iter().collect();
                assert_eq!(unique.len(), list.len(), "duplicate entry for {slug}");
            }
        }
        assert_eq!(headlines("nonsense"), headlines("community"));
        assert_eq!(topics("nonsense"), topics("community"));
        assert_eq!(tags(""), tags("community"));
    }

    #[test]
    fn placeholders_are_known() {
        for slug in SPECIALIZATIONS {
            for t in title_templates(slug) {
                assert!(
                    placeholders(t).iter().all(|p| ["topic", "n"].contains(p)),
                    "{t}"
                );
            }
            for b in bio_paragraphs(slug) {
                let used = placeholders(b);
                assert!(used.contains(&"name"), "{b}");
                assert!(
                    used.iter().all(|p| ["name", "city", "years"].contains(p)),
                    "{b}"
                );
                assert!(!b.contains("]("), "bios must not contain links: {b}");
            }
            for text in headlines(slug).iter().chain(topics(slug)) {
                assert!(placeholders(text).is_empty(), "{text}");
            }
        }
        for c in BIO_CLOSERS {
            assert!(
                placeholders(c).iter().all(|p| ["name", "city"].contains(p)),
                "{c}"
            );
        }
    }

    #[test]
    fn tags_are_slugs() {
        for slug in SPECIALIZATIONS {
            for tag in tags(slug) {
                assert!(
                    !tag.is_empty()
                        && !tag.starts_with('-')
                        && !tag.ends_with('-')
                        && tag
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                    "bad tag {tag:?}"
                );
            }
        }
    }
}
