//! Countries and the program regions they belong to.
//!
//! Heroes are recognised, counted and rewarded per region, so the region a
//! hero sits in has to be unambiguous and stable. We therefore only ever store
//! an ISO 3166-1 alpha-2 [`CountryCode`] and *derive* the [`Region`] from it
//! through one static table. A region is never typed in by a person: that
//! would let the two disagree ("lives in Mexico, counted in EMEA") and would
//! turn every boundary question into a data-cleaning job instead of a one-line
//! change to the table below.
//!
//! The split follows the common cloud-vendor (AWS-style) convention of
//! Americas / EMEA / APJ, so reports line up with how the rest of the company
//! already slices the world.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Problem, ValidationError};

/// A program region. Always derived from a [`CountryCode`], never entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    /// North, Central and South America and the Caribbean.
    Americas,
    /// Europe, the Middle East, Africa, Russia, the Caucasus and Central Asia.
    Emea,
    /// Asia-Pacific and Japan: East, South and Southeast Asia and Oceania.
    Apj,
}

impl Region {
    /// Every region, in display order.
    pub const ALL: [Region; 3] = [Region::Americas, Region::Emea, Region::Apj];

    /// Stable lowercase identifier, used in URLs, filters and serialised data.
    pub fn slug(self) -> &'static str {
        match self {
            Region::Americas => "americas",
            Region::Emea => "emea",
            Region::Apj => "apj",
        }
    }

    /// Parses a slug, ignoring case and surrounding whitespace.
    ///
    /// This exists for filters and query strings, not for assigning a region
    /// to a person (that always goes through [`CountryCode::region`]).
    pub fn parse(s: &str) -> Result<Region, ValidationError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ValidationError::new("region", Problem::Empty));
        }
        Region::ALL
            .into_iter()
            .find(|r| r.slug().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                ValidationError::new(
                    "region",
                    Problem::Invalid {
                        expected: "expected-americas-emea-apj",
                    },
                )
            })
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

const COUNTRY_EXPECTED: &str = "an ISO 3166-1 alpha-2 country code such as DE or JP";

/// An officially assigned ISO 3166-1 alpha-2 country code, stored uppercase.
///
/// The field is private so that the only way to obtain one is [`parse`] (or
/// [`all`]): every value is guaranteed to be present in the country table,
/// which is what lets [`name`] and [`region`] be infallible.
///
/// [`parse`]: CountryCode::parse
/// [`all`]: CountryCode::all
/// [`name`]: CountryCode::name
/// [`region`]: CountryCode::region
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Parses a code such as `"DE"`, `"de"` or `" jp "`.
    ///
    /// Only the 249 officially assigned codes are accepted; reserved or
    /// user-assigned codes (`"XX"`, `"EU"`, `"UK"`) are refused because they
    /// have no region. Blank input is reported as [`Problem::Empty`] so forms
    /// can say "required" rather than "invalid".
    pub fn parse(s: &str) -> Result<CountryCode, ValidationError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(ValidationError::new("country", Problem::Empty));
        }
        let invalid = || {
            ValidationError::new(
                "country",
                Problem::Invalid {
                    expected: "expected-country-code",
                },
            )
        };
        let &[a, b] = s.as_bytes() else {
            return Err(invalid());
        };
        let code = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
        match index_of(code) {
            Some(_) => Ok(CountryCode(code)),
            None => Err(invalid()),
        }
    }

    /// The uppercase two-letter code.
    pub fn as_str(&self) -> &str {
        self.entry().0
    }

    /// The uppercase two-letter code, for as long as the program runs.
    pub fn code(self) -> &'static str {
        self.entry().0
    }

    /// English short name in everyday form ("South Korea", not "Korea,
    /// Republic of"), suitable for showing to people.
    pub fn name(self) -> &'static str {
        self.entry().1
    }

    /// The program region this country belongs to.
    pub fn region(self) -> Region {
        self.entry().2
    }

    /// Every assigned code, sorted by code.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        COUNTRIES.iter().map(|(code, _, _)| {
            let &[a, b] = code.as_bytes() else {
                unreachable!("country table holds two-letter codes only");
            };
            CountryCode([a, b])
        })
    }

    fn entry(self) -> &'static (&'static str, &'static str, Region) {
        // A `CountryCode` can only be built from a table entry, so the lookup
        // cannot miss; a miss would be a bug in this module, not bad input.
        let i = index_of(self.0).expect("CountryCode is always in the country table");
        &COUNTRIES[i]
    }
}

/// Binary search over the sorted table; `code` must already be uppercase. Codes compare as
/// two-byte numbers (the same order as the strings): comparing them as slices called
/// `memcmp` for every step, a few percent of a directory page that names 70 countries.
fn index_of(code: [u8; 2]) -> Option<usize> {
    let key = u16::from_be_bytes(code);
    COUNTRIES
        .binary_search_by_key(&key, |(c, _, _)| match c.as_bytes() {
            &[a, b] => u16::from_be_bytes([a, b]),
            _ => 0,
        })
        .ok()
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Going through `parse` keeps one definition of "valid", so stored or
        // submitted data can never smuggle in a code the table doesn't know.
        let s = String::deserialize(deserializer)?;
        CountryCode::parse(&s).map_err(|_| {
            serde::de::Error::custom(format_args!(
                "invalid country {s:?}: expected {COUNTRY_EXPECTED}"
            ))
        })
    }
}

use Region::{Americas, Apj, Emea};

/// All 249 officially assigned ISO 3166-1 alpha-2 codes, sorted by code so
/// lookups can binary-search: (code, English short name, region).
///
/// Region calls that are not obvious from a map, so nobody "fixes" them:
/// - Greenland, Bermuda, the Falklands and South Georgia go to Americas:
///   they are served from, and travel through, the Americas.
/// - Türkiye, Cyprus, Israel, Iran, Iraq and the Gulf states are Middle East,
///   hence EMEA; so are Russia, the Caucasus and the five Central Asian
///   "-stan" states, which are run from the European side.
/// - Afghanistan and Pakistan are South Asia and Mongolia is East Asia, so APJ.
/// - Uninhabited or remote territories follow the nearest served region:
///   Antarctica, Heard Island, the British Indian Ocean Territory and the US
///   Minor Outlying Islands (Pacific) are APJ; Bouvet Island and the French
///   Southern Territories (administered from Réunion) are EMEA.
const COUNTRIES: &[(&str, &str, Region)] = &[
    ("AD", "Andorra", Emea),
    ("AE", "United Arab Emirates", Emea),
    ("AF", "Afghanistan", Apj),
    ("AG", "Antigua and Barbuda", Americas),
    ("AI", "Anguilla", Americas),
    ("AL", "Albania", Emea),
    ("AM", "Armenia", Emea),
    ("AO", "Angola", Emea),
    ("AQ", "Antarctica", Apj),
    ("AR", "Argentina", Americas),
    ("AS", "American Samoa", Apj),
    ("AT", "Austria", Emea),
    ("AU", "Australia", Apj),
    ("AW", "Aruba", Americas),
    ("AX", "Åland Islands", Emea),
    ("AZ", "Azerbaijan", Emea),
    ("BA", "Bosnia and Herzegovina", Emea),
    ("BB", "Barbados", Americas),
    ("BD", "Bangladesh", Apj),
    ("BE", "Belgium", Emea),
    ("BF", "Burkina Faso", Emea),
    ("BG", "Bulgaria", Emea),
    ("BH", "Bahrain", Emea),
    ("BI", "Burundi", Emea),
    ("BJ", "Benin", Emea),
    ("BL", "Saint Barthélemy", Americas),
    ("BM", "Bermuda", Americas),
    ("BN", "Brunei", Apj),
    ("BO", "Bolivia", Americas),
    ("BQ", "Caribbean Netherlands", Americas),
    ("BR", "Brazil", Americas),
    ("BS", "Bahamas", Americas),
    ("BT", "Bhutan", Apj),
    ("BV", "Bouvet Island", Emea),
    ("BW", "Botswana", Emea),
    ("BY", "Belarus", Emea),
    ("BZ", "Belize", Americas),
    ("CA", "Canada", Americas),
    ("CC", "Cocos (Keeling) Islands", Apj),
    ("CD", "DR Congo", Emea),
    ("CF", "Central African Republic", Emea),
    ("CG", "Republic of the Congo", Emea),
    ("CH", "Switzerland", Emea),
    ("CI", "Côte d'Ivoire", Emea),
    ("CK", "Cook Islands", Apj),
    ("CL", "Chile", Americas),
    ("CM", "Cameroon", Emea),
    ("CN", "China", Apj),
    ("CO", "Colombia", Americas),
    ("CR", "Costa Rica", Americas),
    ("CU", "Cuba", Americas),
    ("CV", "Cabo Verde", Emea),
    ("CW", "Curaçao", Americas),
    ("CX", "Christmas Island", Apj),
    ("CY", "Cyprus", Emea),
    ("CZ", "Czechia", Emea),
    ("DE", "Germany", Emea),
    ("DJ", "Djibouti", Emea),
    ("DK", "Denmark", Emea),
    ("DM", "Dominica", Americas),
    ("DO", "Dominican Republic", Americas),
    ("DZ", "Algeria", Emea),
    ("EC", "Ecuador", Americas),
    ("EE", "Estonia", Emea),
    ("EG", "Egypt", Emea),
    ("EH", "Western Sahara", Emea),
    ("ER", "Eritrea", Emea),
    ("ES", "Spain", Emea),
    ("ET", "Ethiopia", Emea),
    ("FI", "Finland", Emea),
    ("FJ", "Fiji", Apj),
    ("FK", "Falkland Islands", Americas),
    ("FM", "Micronesia", Apj),
    ("FO", "Faroe Islands", Emea),
    ("FR", "France", Emea),
    ("GA", "Gabon", Emea),
    ("GB", "United Kingdom", Emea),
    ("GD", "Grenada", Americas),
    ("GE", "Georgia", Emea),
    ("GF", "French Guiana", Americas),
    ("GG", "Guernsey", Emea),
    ("GH", "Ghana", Emea),
    ("GI", "Gibraltar", Emea),
    ("GL", "Greenland", Americas),
    ("GM", "Gambia", Emea),
    ("GN", "Guinea", Emea),
    ("GP", "Guadeloupe", Americas),
    ("GQ", "Equatorial Guinea", Emea),
    ("GR", "Greece", Emea),
    (
        "GS",
        "South Georgia and the South Sandwich Islands",
        Americas,
    ),
    ("GT", "Guatemala", Americas),
    ("GU", "Guam", Apj),
    ("GW", "Guinea-Bissau", Emea),
    ("GY", "Guyana", Americas),
    ("HK", "Hong Kong", Apj),
    ("HM", "Heard Island and McDonald Islands", Apj),
    ("HN", "Honduras", Americas),
    ("HR", "Croatia", Emea),
    ("HT", "Haiti", Americas),
    ("HU", "Hungary", Emea),
    ("ID", "Indonesia", Apj),
    ("IE", "Ireland", Emea),
    ("IL", "Israel", Emea),
    ("IM", "Isle of Man", Emea),
    ("IN", "India", Apj),
    ("IO", "British Indian Ocean Territory", Apj),
    ("IQ", "Iraq", Emea),
    ("IR", "Iran", Emea),
    ("IS", "Iceland", Emea),
    ("IT", "Italy", Emea),
    ("JE", "Jersey", Emea),
    ("JM", "Jamaica", Americas),
    ("JO", "Jordan", Emea),
    ("JP", "Japan", Apj),
    ("KE", "Kenya", Emea),
    ("KG", "Kyrgyzstan", Emea),
    ("KH", "Cambodia", Apj),
    ("KI", "Kiribati", Apj),
    ("KM", "Comoros", Emea),
    ("KN", "Saint Kitts and Nevis", Americas),
    ("KP", "North Korea", Apj),
    ("KR", "South Korea", Apj),
    ("KW", "Kuwait", Emea),
    ("KY", "Cayman Islands", Americas),
    ("KZ", "Kazakhstan", Emea),
    ("LA", "Laos", Apj),
    ("LB", "Lebanon", Emea),
    ("LC", "Saint Lucia", Americas),
    ("LI", "Liechtenstein", Emea),
    ("LK", "Sri Lanka", Apj),
    ("LR", "Liberia", Emea),
    ("LS", "Lesotho", Emea),
    ("LT", "Lithuania", Emea),
    ("LU", "Luxembourg", Emea),
    ("LV", "Latvia", Emea),
    ("LY", "Libya", Emea),
    ("MA", "Morocco", Emea),
    ("MC", "Monaco", Emea),
    ("MD", "Moldova", Emea),
    ("ME", "Montenegro", Emea),
    ("MF", "Saint Martin", Americas),
    ("MG", "Madagascar", Emea),
    ("MH", "Marshall Islands", Apj),
    ("MK", "North Macedonia", Emea),
    ("ML", "Mali", Emea),
    ("MM", "Myanmar", Apj),
    ("MN", "Mongolia", Apj),
    ("MO", "Macao", Apj),
    ("MP", "Northern Mariana Islands", Apj),
    ("MQ", "Martinique", Americas),
    ("MR", "Mauritania", Emea),
    ("MS", "Montserrat", Americas),
    ("MT", "Malta", Emea),
    ("MU", "Mauritius", Emea),
    ("MV", "Maldives", Apj),
    ("MW", "Malawi", Emea),
    ("MX", "Mexico", Americas),
    ("MY", "Malaysia", Apj),
    ("MZ", "Mozambique", Emea),
    ("NA", "Namibia", Emea),
    ("NC", "New Caledonia", Apj),
    ("NE", "Niger", Emea),
    ("NF", "Norfolk Island", Apj),
    ("NG", "Nigeria", Emea),
    ("NI", "Nicaragua", Americas),
    ("NL", "Netherlands", Emea),
    ("NO", "Norway", Emea),
    ("NP", "Nepal", Apj),
    ("NR", "Nauru", Apj),
    ("NU", "Niue", Apj),
    ("NZ", "New Zealand", Apj),
    ("OM", "Oman", Emea),
    ("PA", "Panama", Americas),
    ("PE", "Peru", Americas),
    ("PF", "French Polynesia", Apj),
    ("PG", "Papua New Guinea", Apj),
    ("PH", "Philippines", Apj),
    ("PK", "Pakistan", Apj),
    ("PL", "Poland", Emea),
    ("PM", "Saint Pierre and Miquelon", Americas),
    ("PN", "Pitcairn Islands", Apj),
    ("PR", "Puerto Rico", Americas),
    ("PS", "Palestine", Emea),
    ("PT", "Portugal", Emea),
    ("PW", "Palau", Apj),
    ("PY", "Paraguay", Americas),
    ("QA", "Qatar", Emea),
    ("RE", "Réunion", Emea),
    ("RO", "Romania", Emea),
    ("RS", "Serbia", Emea),
    ("RU", "Russia", Emea),
    ("RW", "Rwanda", Emea),
    ("SA", "Saudi Arabia", Emea),
    ("SB", "Solomon Islands", Apj),
    ("SC", "Seychelles", Emea),
    ("SD", "Sudan", Emea),
    ("SE", "Sweden", Emea),
    ("SG", "Singapore", Apj),
    ("SH", "Saint Helena, Ascension and Tristan da Cunha", Emea),
    ("SI", "Slovenia", Emea),
    ("SJ", "Svalbard and Jan Mayen", Emea),
    ("SK", "Slovakia", Emea),
    ("SL", "Sierra Leone", Emea),
    ("SM", "San Marino", Emea),
    ("SN", "Senegal", Emea),
    ("SO", "Somalia", Emea),
    ("SR", "Suriname", Americas),
    ("SS", "South Sudan", Emea),
    ("ST", "São Tomé and Príncipe", Emea),
    ("SV", "El Salvador", Americas),
    ("SX", "Sint Maarten", Americas),
    ("SY", "Syria", Emea),
    ("SZ", "Eswatini", Emea),
    ("TC", "Turks and Caicos Islands", Americas),
    ("TD", "Chad", Emea),
    ("TF", "French Southern Territories", Emea),
    ("TG", "Togo", Emea),
    ("TH", "Thailand", Apj),
    ("TJ", "Tajikistan", Emea),
    ("TK", "Tokelau", Apj),
    ("TL", "Timor-Leste", Apj),
    ("TM", "Turkmenistan", Emea),
    ("TN", "Tunisia", Emea),
    ("TO", "Tonga", Apj),
    ("TR", "Türkiye", Emea),
    ("TT", "Trinidad and Tobago", Americas),
    ("TV", "Tuvalu", Apj),
    ("TW", "Taiwan", Apj),
    ("TZ", "Tanzania", Emea),
    ("UA", "Ukraine", Emea),
    ("UG", "Uganda", Emea),
    ("UM", "U.S. Minor Outlying Islands", Apj),
    ("US", "United States", Americas),
    ("UY", "Uruguay", Americas),
    ("UZ", "Uzbekistan", Emea),
    ("VA", "Vatican City", Emea),
    ("VC", "Saint Vincent and the Grenadines", Americas),
    ("VE", "Venezuela", Americas),
    ("VG", "British Virgin Islands", Americas),
    ("VI", "U.S. Virgin Islands", Americas),
    ("VN", "Vietnam", Apj),
    ("VU", "Vanuatu", Apj),
    ("WF", "Wallis and Futuna", Apj),
    ("WS", "Samoa", Apj),
    ("YE", "Yemen", Emea),
    ("YT", "Mayotte", Emea),
    ("ZA", "South Africa", Emea),
    ("ZM", "Zambia", Emea),
    ("ZW", "Zimbabwe", Emea),
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    #[test]
    fn parses_any_case_and_surrounding_whitespace() {
        assert_eq!(code("DE").as_str(), "DE");
        assert_eq!(code("de"), code("DE"));
        assert_eq!(code("dE"), code("DE"));
        assert_eq!(code("  jp\t\n"), code("JP"));
        assert_eq!(code("jp").to_string(), "JP");
    }

    #[test]
    fn refuses_unassigned_and_malformed_codes() {
        for bad in ["XX", "xx", "D", "DEU", "EU", "UK", "D1", "12", "Ü", "D E"] {
            let err = CountryCode::parse(bad).unwrap_err();
            assert_eq!(err.field, "country", "{bad:?}");
            assert!(
                matches!(err.problem, Problem::Invalid { .. }),
                "{bad:?} should be invalid"
            );
        }
    }

    #[test]
    fn blank_country_is_empty_not_invalid() {
        for blank in ["", "   ", "\t\n"] {
            let err = CountryCode::parse(blank).unwrap_err();
            assert_eq!(err.field, "country");
            assert!(matches!(err.problem, Problem::Empty), "{blank:?}");
        }
    }

    #[test]
    fn regions_of_well_known_countries() {
        let cases = [
            ("DE", Region::Emea),
            ("US", Region::Americas),
            ("JP", Region::Apj),
            ("BR", Region::Americas),
            ("ZA", Region::Emea),
            ("IN", Region::Apj),
            ("AU", Region::Apj),
            ("AE", Region::Emea),
            ("MX", Region::Americas),
            ("KR", Region::Apj),
        ];
        for (c, region) in cases {
            assert_eq!(code(c).region(), region, "{c}");
        }
    }

    #[test]
    fn boundary_calls_are_as_documented() {
        let cases = [
            ("GL", Region::Americas),
            ("BM", Region::Americas),
            ("FK", Region::Americas),
            ("GS", Region::Americas),
            ("TR", Region::Emea),
            ("IL", Region::Emea),
            ("IR", Region::Emea),
            ("CY", Region::Emea),
            ("RU", Region::Emea),
            ("KZ", Region::Emea),
            ("GE", Region::Emea),
            ("AF", Region::Apj),
            ("PK", Region::Apj),
            ("MN", Region::Apj),
            ("AQ", Region::Apj),
            ("IO", Region::Apj),
            ("HM", Region::Apj),
            ("UM", Region::Apj),
            ("TF", Region::Emea),
            ("BV", Region::Emea),
        ];
        for (c, region) in cases {
            assert_eq!(code(c).region(), region, "{c}");
        }
    }

    #[test]
    fn names_are_everyday_english() {
        assert_eq!(code("DE").name(), "Germany");
        assert_eq!(code("US").name(), "United States");
        assert_eq!(code("KR").name(), "South Korea");
        assert_eq!(code("CI").name(), "Côte d'Ivoire");
        assert_eq!(code("TR").name(), "Türkiye");
    }

    #[test]
    fn table_is_sorted_unique_and_complete() {
        assert_eq!(COUNTRIES.len(), 249);
        for pair in COUNTRIES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} !< {}", pair[0].0, pair[1].0);
        }
        for (c, name, _) in COUNTRIES {
            assert_eq!(c.len(), 2, "{c}");
            assert!(c.bytes().all(|b| b.is_ascii_uppercase()), "{c}");
            assert!(!name.is_empty(), "{c}");
        }
        assert_eq!(CountryCode::all().count(), 249);
        let all: Vec<_> = CountryCode::all().collect();
        assert!(all.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn every_code_round_trips_through_lowercase() {
        for c in CountryCode::all() {
            assert_eq!(CountryCode::parse(&c.as_str().to_lowercase()).unwrap(), c);
        }
    }

    #[test]
    fn every_region_is_used() {
        for region in Region::ALL {
            assert!(CountryCode::all().any(|c| c.region() == region), "{region}");
        }
    }

    #[test]
    fn region_parse_and_slug_round_trip() {
        for region in Region::ALL {
            assert_eq!(Region::parse(region.slug()).unwrap(), region);
            assert_eq!(
                Region::parse(&format!(" {} ", region.slug().to_uppercase())).unwrap(),
                region
            );
            assert_eq!(region.to_string(), region.slug());
        }
        let err = Region::parse("europe").unwrap_err();
        assert_eq!(err.field, "region");
        assert!(matches!(err.problem, Problem::Invalid { .. }));
        assert!(matches!(
            Region::parse(" ").unwrap_err().problem,
            Problem::Empty
        ));
    }

    #[test]
    fn serde_uses_uppercase_code_and_validates_on_the_way_in() {
        use serde::de::IntoDeserializer;
        use serde::de::value::{Error as DeError, StrDeserializer};

        let de: StrDeserializer<'_, DeError> = " de ".into_deserializer();
        assert_eq!(CountryCode::deserialize(de).unwrap(), code("DE"));
        let de: StrDeserializer<'_, DeError> = "XX".into_deserializer();
        let err = CountryCode::deserialize(de).unwrap_err().to_string();
        assert!(err.contains("XX"), "{err}");

        let de: StrDeserializer<'_, DeError> = "emea".into_deserializer();
        assert_eq!(Region::deserialize(de).unwrap(), Region::Emea);
    }

    proptest! {
        #[test]
        fn any_code_parses_in_any_case_with_padding(
            c in proptest::sample::select(CountryCode::all().collect::<Vec<_>>()),
            upper in any::<[bool; 2]>(),
            left in "[ \t]{0,3}",
            right in "[ \t\n]{0,3}",
        ) {
            let raw: String = c
                .as_str()
                .chars()
                .zip(upper)
                .map(|(ch, up)| if up { ch } else { ch.to_ascii_lowercase() })
                .collect();
            prop_assert_eq!(CountryCode::parse(&format!("{left}{raw}{right}")).unwrap(), c);
            prop_assert_eq!(CountryCode::parse(&c.as_str().to_lowercase()).unwrap(), c);
        }

        #[test]
        fn parse_never_panics_and_accepts_only_table_codes(s in any::<String>()) {
            if let Ok(c) = CountryCode::parse(&s) {
                prop_assert_eq!(c.as_str(), s.trim().to_ascii_uppercase());
                // Touching name and region proves the value is in the table.
                prop_assert!(!c.name().is_empty());
                let _ = c.region();
            }
            let _ = Region::parse(&s);
        }

        #[test]
        fn short_ascii_strings_never_panic(s in "[ -~]{0,4}") {
            let _ = CountryCode::parse(&s);
            let _ = Region::parse(&s);
        }
    }
}

/// The cities of at least 100,000 people with their coordinates, from GeoNames (CC BY 4.0),
/// made by `data/make_cities.py`: `country<TAB>name<TAB>latitude<TAB>longitude` per line.
const CITIES: &str = include_str!("../data/cities.tsv");

/// The city table, keyed by country and the folded name, read once.
fn city_table() -> &'static std::collections::HashMap<(String, String), (f64, f64)> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<(String, String), (f64, f64)>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = std::collections::HashMap::new();
        for line in CITIES.lines() {
            let mut parts = line.split('\t');
            let (Some(country), Some(name), Some(lat), Some(lon)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            if let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) {
                table
                    .entry((country.to_owned(), crate::search::normalize(name)))
                    .or_insert((lat, lon));
            }
        }
        table
    })
}

/// The coordinates (latitude, longitude in degrees) of a city as people write it ("Zurich"
/// finds Zürich), when it is one of the larger cities the binary ships; `None` otherwise.
pub fn city_coordinates(country: &str, city: &str) -> Option<(f64, f64)> {
    let name = crate::search::normalize(city);
    if name.is_empty() {
        return None;
    }
    city_table()
        .get(&(country.trim().to_ascii_uppercase(), name))
        .copied()
}

/// Where a country's mark goes on a map: the mean position (latitude, longitude in degrees)
/// of its cities in the shipped city table — where its people live, which is where a map of
/// people should point, rather than the middle of its land (the centre of Canada's land is
/// tundra; the mean of its cities is near the border, where Canadians are). Longitudes are
/// averaged as directions, so a country across the antimeridian (Fiji) is not put on the
/// other side of the world. `None` for a country with no city of 100,000 people in the table.
pub fn country_centre(country: &str) -> Option<(f64, f64)> {
    static CENTRES: std::sync::OnceLock<std::collections::HashMap<String, (f64, f64)>> =
        std::sync::OnceLock::new();
    let centres = CENTRES.get_or_init(|| {
        // Per country: sum of latitudes, of the longitudes' sines and cosines, and the count.
        let mut sums: std::collections::HashMap<String, (f64, f64, f64, f64)> =
            std::collections::HashMap::new();
        for line in CITIES.lines() {
            let mut parts = line.split('\t');
            let (Some(country), Some(_), Some(lat), Some(lon)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            if let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) {
                let entry = sums.entry(country.to_owned()).or_default();
                entry.0 += lat;
                entry.1 += lon.to_radians().sin();
                entry.2 += lon.to_radians().cos();
                entry.3 += 1.0;
            }
        }
        sums.into_iter()
            .map(|(country, (lat, sin, cos, n))| (country, (lat / n, sin.atan2(cos).to_degrees())))
            .collect()
    });
    centres.get(&country.trim().to_ascii_uppercase()).copied()
}

/// The great-circle distance in kilometres between two points (latitude, longitude in
/// degrees), by the haversine formula on a sphere of the Earth's mean radius.
pub fn great_circle_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let d_lat = lat2 - lat1;
    let d_lon = (b.1 - a.1).to_radians();
    let h = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod distance_tests {
    use super::*;

    #[test]
    fn cities_are_found_as_people_write_them() {
        let zurich = city_coordinates("CH", "Zurich").unwrap();
        assert!((zurich.0 - 47.37).abs() < 0.01);
        assert!(city_coordinates("de", "cologne").is_some());
        assert!(city_coordinates("US", "New York").is_some());
        assert_eq!(city_coordinates("FR", "Nowhere-sur-Mer"), None);
        assert_eq!(city_coordinates("FR", ""), None);
    }

    #[test]
    fn country_centres_lie_where_the_people_are() {
        let (lat, lon) = country_centre("fr").unwrap();
        assert!(
            (42.0..51.0).contains(&lat) && (-5.0..8.0).contains(&lon),
            "{lat} {lon}"
        );
        // Near the antimeridian the mean of directions stays on the right side of it.
        let (lat, lon) = country_centre("NZ").unwrap();
        assert!(lat < -35.0 && lon > 170.0, "{lat} {lon}");
        let (lat, lon) = country_centre("BR").unwrap();
        assert!(lat < 0.0 && lon < -30.0, "{lat} {lon}");
        assert_eq!(country_centre("ZZ"), None);
    }

    #[test]
    fn great_circle_distances_match_known_ones() {
        let madrid = city_coordinates("ES", "Madrid").unwrap();
        let barcelona = city_coordinates("ES", "Barcelona").unwrap();
        let d = great_circle_km(madrid, barcelona);
        assert!((480.0..520.0).contains(&d), "{d}");
        assert!(great_circle_km(madrid, madrid) < 0.001);
        // Antipodes: half the circumference.
        let d = great_circle_km((0.0, 0.0), (0.0, 180.0));
        assert!((d - 20_015.0).abs() < 1.0, "{d}");
    }
}
