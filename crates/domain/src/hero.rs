//! Heroes: the recognized experts, their profile, awards and status.

use crate::error::keep;
use crate::error::{Problem, ValidationError};
use crate::geo::{CountryCode, Region};
use crate::slug::Slug;
use crate::text::{Line, LongText, OptionalLine};
use crate::web::WebUrl;

/// The first year the program named heroes; award years before it are typos.
pub const FIRST_AWARD_YEAR: i32 = 2010;

/// Where a hero stands in the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeroStatus {
    /// A current hero with every benefit.
    Active,
    /// A former hero: keeps a public page with the alumni mark, no benefits.
    Alumni,
    /// A hero on a recorded leave of absence; listed, but not expected to contribute.
    OnLeave,
    /// An accepted candidate before announcement day: completes the profile, which nothing
    /// public shows until the announcement makes them active.
    Candidate,
}

impl HeroStatus {
    /// Every public status, in display order: those the directory filters on and an admin
    /// sets. [`HeroStatus::Candidate`] is left out, as only the selection sets or clears it.
    pub const ALL: [HeroStatus; 3] = [Self::Active, Self::Alumni, Self::OnLeave];

    /// The stable name used in URLs, the API and the database.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Alumni => "alumni",
            Self::OnLeave => "on-leave",
            Self::Candidate => "candidate",
        }
    }

    /// Whether public pages, feeds and the API show the hero: every status but candidate.
    pub fn is_public(self) -> bool {
        self != Self::Candidate
    }

    /// Parses a status slug for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        Self::ALL
            .into_iter()
            .find(|s| s.slug() == value.trim())
            .ok_or_else(|| {
                ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "expected-active-alumni-leave",
                    },
                )
            })
    }
}

impl TryFrom<String> for HeroStatus {
    type Error = crate::error::UnknownName;

    /// Reads a stored status; one no version of this code wrote is an error, never a guess.
    fn try_from(value: String) -> Result<Self, Self::Error> {
        HeroStatus::ALL
            .into_iter()
            .chain([HeroStatus::Candidate])
            .find(|s| s.slug() == value)
            .ok_or(crate::error::UnknownName {
                what: "hero status",
                value,
            })
    }
}

/// The kinds of links a profile shows, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    /// Personal blog.
    Blog,
    /// GitHub profile.
    Github,
    /// X (formerly Twitter).
    X,
    /// LinkedIn profile.
    Linkedin,
    /// YouTube channel.
    Youtube,
    /// Mastodon account.
    Mastodon,
    /// Bluesky account.
    Bluesky,
    /// Any other personal website.
    Website,
}

impl LinkKind {
    /// Every link kind, in display order.
    pub const ALL: [LinkKind; 8] = [
        Self::Blog,
        Self::Github,
        Self::X,
        Self::Linkedin,
        Self::Youtube,
        Self::Mastodon,
        Self::Bluesky,
        Self::Website,
    ];

    /// The stable name used in forms, the API and the database.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Blog => "blog",
            Self::Github => "github",
            Self::X => "x",
            Self::Linkedin => "linkedin",
            Self::Youtube => "youtube",
            Self::Mastodon => "mastodon",
            Self::Bluesky => "bluesky",
            Self::Website => "website",
        }
    }

    /// The form and API field that holds this kind of link (`links.github`), so that an
    /// error can point at the one address that is wrong.
    pub fn field(self) -> &'static str {
        match self {
            Self::Blog => "links.blog",
            Self::Github => "links.github",
            Self::X => "links.x",
            Self::Linkedin => "links.linkedin",
            Self::Youtube => "links.youtube",
            Self::Mastodon => "links.mastodon",
            Self::Bluesky => "links.bluesky",
            Self::Website => "links.website",
        }
    }

    /// Finds a kind by its slug.
    pub fn from_slug(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.slug() == value)
    }
}

/// A language a hero speaks, as a BCP 47 tag reduced to language and optional region or
/// script (`de`, `pt-BR`, `zh-Hant`). Normalized to the usual case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct LanguageTag(String);

/// Languages by their own name (what a speaker looks for), keyed by ISO 639-1/-3 code.
const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("af", "Afrikaans"),
    ("am", "አማርኛ"),
    ("ar", "العربية"),
    ("az", "Azərbaycan"),
    ("bg", "Български"),
    ("bn", "বাংলা"),
    ("ca", "Català"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("eu", "Euskara"),
    ("fa", "فارسی"),
    ("fi", "Suomi"),
    ("fil", "Filipino"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("gl", "Galego"),
    ("gu", "ગુજરાતી"),
    ("ha", "Hausa"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("hy", "Հայերեն"),
    ("id", "Bahasa Indonesia"),
    ("ig", "Igbo"),
    ("is", "Íslenska"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ka", "ქართული"),
    ("kk", "Қазақ"),
    ("km", "ខ្មែរ"),
    ("kn", "ಕನ್ನಡ"),
    ("ko", "한국어"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("mk", "Македонски"),
    ("ml", "മലയാളം"),
    ("mn", "Монгол"),
    ("mr", "मराठी"),
    ("ms", "Bahasa Melayu"),
    ("my", "မြန်မာ"),
    ("nb", "Norsk bokmål"),
    ("ne", "नेपाली"),
    ("nl", "Nederlands"),
    ("no", "Norsk"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("si", "සිංහල"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sq", "Shqip"),
    ("sr", "Српски"),
    ("sv", "Svenska"),
    ("sw", "Kiswahili"),
    ("ta", "தமிழ்"),
    ("te", "తెలుగు"),
    ("th", "ไทย"),
    ("tl", "Tagalog"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ur", "اردو"),
    ("uz", "Oʻzbek"),
    ("vi", "Tiếng Việt"),
    ("yo", "Yorùbá"),
    ("zh", "中文"),
    ("zu", "isiZulu"),
];

/// A language tag as a person reads it: the language's own name, with the region or script
/// (`pt-BR` → "Português (BR)"); unknown languages stay as their tag.
pub fn language_name(tag: &str) -> String {
    let (primary, rest) = tag.split_once('-').unwrap_or((tag, ""));
    match LANGUAGE_NAMES.iter().find(|(code, _)| *code == primary) {
        Some((_, name)) if rest.is_empty() => (*name).to_owned(),
        Some((_, name)) => format!("{name} ({rest})"),
        None => tag.to_owned(),
    }
}

impl LanguageTag {
    /// Parses one tag for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let invalid = || {
            ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-language-codes-en-de",
                },
            )
        };
        let mut parts = value.trim().split(['-', '_']);
        let lang = parts.next().unwrap_or_default();
        if !(2..=3).contains(&lang.len()) || !lang.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(invalid());
        }
        let mut tag = lang.to_ascii_lowercase();
        if let Some(sub) = parts.next() {
            if sub.len() == 2 && sub.bytes().all(|b| b.is_ascii_alphabetic()) {
                tag.push('-');
                tag.push_str(&sub.to_ascii_uppercase());
            } else if sub.len() == 4 && sub.bytes().all(|b| b.is_ascii_alphabetic()) {
                tag.push('-');
                tag.push_str(&sub[..1].to_ascii_uppercase());
                tag.push_str(&sub[1..].to_ascii_lowercase());
            } else {
                return Err(invalid());
            }
        }
        if parts.next().is_some() {
            return Err(invalid());
        }
        Ok(Self(tag))
    }

    /// Parses a comma- or space-separated list, dropping duplicates; at most 10 languages.
    pub fn parse_list(field: &'static str, value: &str) -> Result<Vec<Self>, ValidationError> {
        let mut out: Vec<Self> = Vec::new();
        for part in value.split([',', ' ']).filter(|p| !p.trim().is_empty()) {
            let tag = Self::parse(field, part)?;
            if !out.contains(&tag) {
                out.push(tag);
            }
        }
        if out.len() > 10 {
            return Err(ValidationError::new(field, Problem::TooLong { max: 10 }));
        }
        Ok(out)
    }

    /// The tag.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An IANA time zone name (`Europe/Berlin`), so a profile can show the hero's local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(chrono_tz::Tz);

impl TimeZone {
    /// Parses an IANA name for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        value
            .trim()
            .parse::<chrono_tz::Tz>()
            .map(Self)
            .map_err(|_| {
                ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "expected-iana-time-zone-europe",
                    },
                )
            })
    }

    /// The IANA name.
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The zone, for computing local times.
    pub fn tz(self) -> chrono_tz::Tz {
        self.0
    }
}

/// The year a hero was recognized in a specialization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AwardYear(i32);

impl AwardYear {
    /// Parses a year between [`FIRST_AWARD_YEAR`] and `current_year` (a year in the future is a
    /// typo; the caller supplies the clock because this crate has none).
    pub fn parse(
        field: &'static str,
        value: i32,
        current_year: i32,
    ) -> Result<Self, ValidationError> {
        if (FIRST_AWARD_YEAR..=current_year).contains(&value) {
            Ok(Self(value))
        } else {
            Err(ValidationError::new(
                field,
                Problem::YearOutOfRange {
                    min: FIRST_AWARD_YEAR,
                    max: current_year,
                },
            ))
        }
    }

    /// The year.
    pub fn get(self) -> i32 {
        self.0
    }
}

/// Recognition in one specialization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Award {
    /// The specialization's slug.
    pub specialization: Slug,
    /// The year it was awarded.
    pub year: AwardYear,
}

/// A complete, valid hero profile, ready to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct HeroProfile {
    /// Full name as the hero writes it, in any script.
    pub display_name: Line,
    /// The Latin spelling of the name as the hero gives it (`Yamada Tarō` for 山田太郎), empty
    /// when the name is Latin already or not given: shown under the name and found by search.
    pub latin_name: OptionalLine,
    /// One line about what they do.
    pub headline: OptionalLine,
    /// Employer or "Independent".
    pub company: OptionalLine,
    /// About the hero, in Markdown (sanitized when rendered).
    pub bio: LongText,
    /// City they live in.
    pub city: OptionalLine,
    /// Country they live in; the region follows from it.
    pub country: CountryCode,
    /// Photo address, if any (a placeholder is drawn otherwise).
    pub photo_url: Option<WebUrl>,
    /// Time zone, for "local time" on the profile.
    pub timezone: Option<TimeZone>,
    /// Languages spoken.
    pub languages: Vec<LanguageTag>,
    /// Profile links, at most one per kind.
    pub links: Vec<(LinkKind, WebUrl)>,
    /// One or more specializations with their years, no specialization twice.
    pub awards: Vec<Award>,
    /// Standing in the program.
    pub status: HeroStatus,
}

impl HeroProfile {
    /// The program region, derived from the country (never typed in).
    pub fn region(&self) -> Region {
        self.country.region()
    }

    /// The first year the hero was recognized in any specialization.
    pub fn hero_since(&self) -> i32 {
        self.awards
            .iter()
            .map(|a| a.year.get())
            .min()
            .unwrap_or(FIRST_AWARD_YEAR)
    }
}

/// A hero profile as typed into a form or sent to the API: every field as text.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct HeroProfileInput {
    /// See [`HeroProfile::display_name`].
    pub display_name: String,
    /// See [`HeroProfile::latin_name`].
    pub latin_name: String,
    /// See [`HeroProfile::headline`].
    pub headline: String,
    /// See [`HeroProfile::company`].
    pub company: String,
    /// See [`HeroProfile::bio`].
    pub bio: String,
    /// See [`HeroProfile::city`].
    pub city: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Optional address.
    pub photo_url: String,
    /// Optional IANA name.
    pub timezone: String,
    /// Comma-separated language tags.
    pub languages: String,
    /// `(kind slug, address)`; empty addresses are ignored.
    pub links: Vec<(String, String)>,
    /// `(specialization slug, year)`.
    pub awards: Vec<(String, i32)>,
    /// Status slug; empty means active.
    pub status: String,
}

impl HeroProfileInput {
    /// Parses every field, collecting every error so that a form can mark all of them at
    /// once. `current_year` bounds award years.
    pub fn parse(&self, current_year: i32) -> Result<HeroProfile, Vec<ValidationError>> {
        let mut errors = Vec::new();
        // Keeps the value, or records the error and goes on to the next field.
        let display_name = keep(&mut errors, Line::parse("display_name", &self.display_name));
        let latin_name = keep(
            &mut errors,
            OptionalLine::parse("latin_name", &self.latin_name),
        );
        let headline = keep(&mut errors, OptionalLine::parse("headline", &self.headline));
        let company = keep(&mut errors, OptionalLine::parse("company", &self.company));
        let bio = keep(&mut errors, LongText::parse("bio", &self.bio));
        let city = keep(&mut errors, OptionalLine::parse("city", &self.city));
        let country = keep(&mut errors, CountryCode::parse(&self.country));
        let photo_url = if self.photo_url.trim().is_empty() {
            Some(None)
        } else {
            keep(
                &mut errors,
                WebUrl::parse("photo_url", &self.photo_url).map(Some),
            )
        };
        let timezone = if self.timezone.trim().is_empty() {
            Some(None)
        } else {
            keep(
                &mut errors,
                TimeZone::parse("timezone", &self.timezone).map(Some),
            )
        };
        let languages = keep(
            &mut errors,
            LanguageTag::parse_list("languages", &self.languages),
        );
        let status = if self.status.trim().is_empty() {
            Some(HeroStatus::Active)
        } else {
            keep(&mut errors, HeroStatus::parse("status", &self.status))
        };
        let links = keep(&mut errors, parse_links(&self.links));
        let awards = keep(&mut errors, parse_awards(&self.awards, current_year));
        match (
            (display_name, latin_name),
            headline,
            company,
            bio,
            city,
            country,
            photo_url,
            timezone,
            languages,
            links,
            awards,
            status,
        ) {
            (
                (Some(display_name), Some(latin_name)),
                Some(headline),
                Some(company),
                Some(bio),
                Some(city),
                Some(country),
                Some(photo_url),
                Some(timezone),
                Some(languages),
                Some(links),
                Some(awards),
                Some(status),
            ) if errors.is_empty() => Ok(HeroProfile {
                display_name,
                latin_name,
                headline,
                company,
                bio,
                city,
                country,
                photo_url,
                timezone,
                languages,
                links,
                awards,
                status,
            }),
            _ => Err(errors),
        }
    }
}

fn parse_links(raw: &[(String, String)]) -> Result<Vec<(LinkKind, WebUrl)>, ValidationError> {
    let mut links: Vec<(LinkKind, WebUrl)> = Vec::new();
    for (kind, url) in raw.iter().filter(|(_, url)| !url.trim().is_empty()) {
        let kind = LinkKind::from_slug(kind).ok_or_else(|| {
            ValidationError::new(
                "links",
                Problem::Invalid {
                    expected: "expected-blog-github-x-linkedin",
                },
            )
        })?;
        if links.iter().any(|(k, _)| *k == kind) {
            return Err(ValidationError::new(
                kind.field(),
                Problem::Invalid {
                    expected: "expected-most-link-kind",
                },
            ));
        }
        links.push((kind, WebUrl::parse(kind.field(), url)?));
    }
    links.sort_by_key(|(k, _)| *k);
    Ok(links)
}

fn parse_awards(raw: &[(String, i32)], current_year: i32) -> Result<Vec<Award>, ValidationError> {
    if raw.is_empty() {
        return Err(ValidationError::new("specializations", Problem::Empty));
    }
    let mut awards: Vec<Award> = Vec::new();
    for (slug, year) in raw {
        let specialization = Slug::parse("specializations", slug)?;
        if awards.iter().any(|a| a.specialization == specialization) {
            return Err(ValidationError::new(
                "specializations",
                Problem::Invalid {
                    expected: "expected-specialization-most-once",
                },
            ));
        }
        awards.push(Award {
            specialization,
            year: AwardYear::parse("specializations", *year, current_year)?,
        });
    }
    Ok(awards)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn input() -> HeroProfileInput {
        HeroProfileInput {
            display_name: "José Núñez".into(),
            headline: "Serverless architect".into(),
            country: "es".into(),
            timezone: "Europe/Madrid".into(),
            languages: "es, en, pt-br".into(),
            links: vec![
                ("github".into(), "https://github.com/jnunez".into()),
                ("blog".into(), "jnunez.dev".into()),
                ("x".into(), "".into()),
            ],
            awards: vec![("serverless".into(), 2019), ("community".into(), 2022)],
            ..Default::default()
        }
    }

    #[test]
    fn parses_a_complete_profile() {
        let p = input().parse(2026).unwrap();
        assert_eq!(p.region(), Region::Emea);
        assert_eq!(p.hero_since(), 2019);
        assert_eq!(p.status, HeroStatus::Active);
        let langs: Vec<_> = p.languages.iter().map(LanguageTag::as_str).collect();
        assert_eq!(langs, ["es", "en", "pt-BR"]);
        assert_eq!(p.links[0].0, LinkKind::Blog);
        assert_eq!(p.links[0].1.as_str(), "https://jnunez.dev/");
        assert_eq!(p.links.len(), 2);
    }

    #[test]
    fn reports_every_bad_field() {
        let mut bad = input();
        bad.display_name = " ".into();
        bad.country = "XX".into();
        bad.timezone = "Mars/Olympus".into();
        bad.links
            .push(("blog".into(), "javascript:alert(1)".into()));
        bad.awards = vec![("serverless".into(), 2031)];
        let errors = bad.parse(2026).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "display_name",
                "country",
                "timezone",
                "links.blog",
                "specializations"
            ]
        );
    }

    #[test]
    fn the_latin_spelling_is_checked_like_the_name() {
        let mut given = input();
        given.display_name = "山田太郎".into();
        given.latin_name = "  Yamada Tarō ".into();
        assert_eq!(
            given.parse(2026).unwrap().latin_name.as_str(),
            "Yamada Tarō"
        );
        given.latin_name = String::new();
        assert_eq!(given.parse(2026).unwrap().latin_name.as_str(), "");
        for bad in [
            "Yamada\0Taro".to_owned(),
            "Yamada \u{FFFE}".to_owned(),
            "Yamada \u{FDD0}".to_owned(),
            "Y".repeat(201),
        ] {
            given.latin_name = bad.clone();
            let errors = given.parse(2026).unwrap_err();
            assert_eq!(errors[0].field, "latin_name", "{bad:?}");
        }
    }

    #[test]
    fn needs_a_specialization_and_no_duplicates() {
        let mut none = input();
        none.awards.clear();
        assert_eq!(none.parse(2026).unwrap_err()[0].field, "specializations");
        let mut twice = input();
        twice.awards = vec![("data".into(), 2020), ("data".into(), 2021)];
        assert!(twice.parse(2026).is_err());
    }

    #[test]
    fn languages_are_named_in_their_own_words() {
        assert_eq!(language_name("de"), "Deutsch");
        assert_eq!(language_name("pt-BR"), "Português (BR)");
        assert_eq!(language_name("zh-Hant"), "中文 (Hant)");
        assert_eq!(language_name("tlh"), "tlh");
        assert!(
            LANGUAGE_NAMES.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, no duplicates"
        );
    }

    #[test]
    fn language_tags_are_normalized() {
        assert_eq!(LanguageTag::parse("l", "PT_br").unwrap().as_str(), "pt-BR");
        assert_eq!(
            LanguageTag::parse("l", "zh-hant").unwrap().as_str(),
            "zh-Hant"
        );
        for bad in ["", "e", "english", "en-123", "en-US-x"] {
            assert!(LanguageTag::parse("l", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn status_round_trips() {
        for s in HeroStatus::ALL {
            assert_eq!(HeroStatus::parse("status", s.slug()).unwrap(), s);
        }
        assert!(HeroStatus::parse("status", "retired").is_err());
    }

    proptest! {
        #[test]
        fn award_years_stay_in_range(y in -5000i32..5000, now in 2010i32..2100) {
            match AwardYear::parse("year", y, now) {
                Ok(v) => prop_assert!(v.get() >= FIRST_AWARD_YEAR && v.get() <= now),
                Err(e) => prop_assert_eq!(e.field, "year"),
            }
        }
    }
}
