//! Every user-facing word comes from the message catalog (`locales/*/main.ftl`, Project
//! Fluent). Templates call `i18n.t` with a message id; adding a language means adding a folder
//! of `.ftl` files, not editing templates. Message ids are named by meaning
//! (`directory-filter-region`), never by their English text.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::Cow;
use std::collections::HashMap;
use std::convert::Infallible;

// The compiled-in catalogs (`LOCALES`).
fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "./locales",
        fallback_language: "en-US",
        // Unicode isolation marks around arguments break `<title>` text and feeds in
        // left-to-right languages, which do not need them; in a right-to-left language they
        // keep a Latin name or an address inside a sentence from reordering its neighbours
        // (what `<bdi>` does in markup, for text the catalog writes).
        //
        // Numbers given to a message (`{ $count }`) are written with the locale's digits and
        // grouping (1,234 · 1.234 · 1 234), by the same ICU4X formatter as `I18n::number`;
        // plural rules still see the number itself.
        customise: |bundle| {
            let rtl = bundle
                .locales
                .first()
                .is_some_and(|l| RIGHT_TO_LEFT.contains(&l.language.as_str()));
            bundle.set_use_isolating(rtl);
            bundle.set_formatter(Some(crate::i18n_format::fluent_number));
        },
    };
}

/// The fallback and reference language: complete by definition.
pub const DEFAULT_LOCALE: LanguageIdentifier = langid!("en-US");

/// The languages the switcher offers, each named in its own words, in the order shown. A
/// catalog folder whose tag is not listed here is still served (by `Accept-Language`, the
/// cookie or an account's choice), named by its tag.
pub const AUTONYMS: &[(&str, &str)] = &[
    ("en-US", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt-BR", "Português (Brasil)"),
    ("ja", "日本語"),
    ("ar", "العربية"),
];

/// Languages written right to left (by primary language subtag).
const RIGHT_TO_LEFT: &[&str] = &["ar", "fa", "he", "ur"];

/// The pseudo-language: English accented and bracketed at lookup time, so text that did not
/// go through the catalog stands out. Only in debug builds (tests, development), and only by
/// explicit choice (cookie, `?lang=`), never from `Accept-Language`.
pub const PSEUDO_LOCALE: &str = "en-XA";

/// The language of one request, and the lookups templates use. It also carries who is
/// signed in, for the page header: every page template already holds an `I18n`, so the
/// header of `base.html` can name the person without each page passing them along.
#[derive(Debug, Clone)]
pub struct I18n {
    lang: LanguageIdentifier,
    /// Lookups are English made strange (see [`PSEUDO_LOCALE`]).
    pseudo: bool,
    signed_in: Option<SignedIn>,
    /// The path and query of the page, for the language switcher's "back to this page".
    here: String,
    /// The zone times are shown in (`i18n_format`, which also holds the formatting methods).
    zone: crate::i18n_format::ViewerZone,
}

/// The signed-in person as the page header shows them; put into the request by
/// `auth::resolve_session`. Never present on pages the response cache keeps (it serves and
/// stores only requests without a session).
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// Their name.
    pub name: String,
    /// How many of their notifications are unread.
    pub unread: i64,
    /// The language their account reads, empty to follow the browser.
    pub language: String,
}

impl Default for I18n {
    fn default() -> Self {
        Self::new(DEFAULT_LOCALE)
    }
}

/// One choice in the language switcher.
pub struct LanguageChoice {
    /// The BCP 47 tag sent by the form.
    pub tag: String,
    /// The language's name in that language (the tag for a catalog [`AUTONYMS`] lacks).
    pub autonym: String,
    /// Whether it is the page's language.
    pub selected: bool,
}

impl I18n {
    /// The catalog for `lang` (falling back to English for missing messages).
    pub fn new(lang: LanguageIdentifier) -> Self {
        Self {
            lang,
            pseudo: false,
            signed_in: None,
            here: "/".to_owned(),
            zone: crate::i18n_format::ViewerZone::default(),
        }
    }

    /// The catalog a stored choice names (an account's language): that language when a
    /// catalog serves it, else English. Used to write mail in its recipient's language.
    pub fn for_language(tag: &str) -> Self {
        Self::negotiate(Some(tag), None)
    }

    /// The same language, showing times in `zone`.
    pub fn with_zone(mut self, zone: crate::i18n_format::ViewerZone) -> Self {
        self.zone = zone;
        self
    }

    /// The zone times are shown in.
    pub fn zone(&self) -> crate::i18n_format::ViewerZone {
        self.zone
    }

    /// Who is signed in, for the header; `None` for visitors (and in mail).
    pub fn signed_in(&self) -> Option<&SignedIn> {
        self.signed_in.as_ref()
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.lookup(id, HashMap::new())
    }

    /// The message `id` with one argument (`{ $name }` in the catalog).
    pub fn t1(&self, id: &str, name: &'static str, value: impl ToString) -> String {
        self.t_args(id, &[(name, value.to_string())])
    }

    /// The message `id` with a number argument (plural rules apply).
    pub fn tn(&self, id: &str, name: &'static str, value: impl std::borrow::Borrow<i64>) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Borrowed(name), FluentValue::from(*value.borrow()));
        self.lookup(id, args)
    }

    /// The message `id` with text arguments.
    pub fn t_args(&self, id: &str, values: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = values
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
            .collect();
        self.lookup(id, args)
    }

    /// The message `id` with text arguments and one number argument (plural rules apply to it).
    pub fn t_args_n(
        &self,
        id: &str,
        values: &[(&'static str, String)],
        number: (&'static str, i64),
    ) -> String {
        self.t_args_nums(id, values, &[number])
    }

    /// The message `id` with number arguments only ("12 of 40"): each is written with the
    /// locale's digits and grouping, and plural rules apply to it.
    pub fn t_nums(&self, id: &str, numbers: &[(&'static str, i64)]) -> String {
        self.t_args_nums(id, &[], numbers)
    }

    /// The message `id` with text arguments and number arguments (see [`I18n::t_nums`]). A
    /// count passed as text would be neither grouped nor seen by plural rules.
    pub fn t_args_nums(
        &self,
        id: &str,
        values: &[(&'static str, String)],
        numbers: &[(&'static str, i64)],
    ) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = values
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
            .collect();
        for (name, number) in numbers {
            args.insert(Cow::Borrowed(*name), FluentValue::from(*number));
        }
        self.lookup(id, args)
    }

    fn lookup(&self, id: &str, args: HashMap<Cow<'static, str>, FluentValue>) -> String {
        if self.pseudo {
            return pseudo::lookup(id, args);
        }
        if args.is_empty() {
            LOCALES.lookup(&self.lang, id)
        } else {
            LOCALES.lookup_with_args(&self.lang, id, &args)
        }
    }

    /// Whether this is the debug pseudo-language (see [`PSEUDO_LOCALE`]).
    pub fn is_pseudo(&self) -> bool {
        self.pseudo
    }

    /// The BCP 47 tag, for `<html lang>`.
    pub fn lang(&self) -> String {
        self.lang.to_string()
    }

    /// The writing direction, for `<html dir>`: `rtl` for Arabic and the other right-to-left
    /// scripts, else `ltr`.
    pub fn dir(&self) -> &'static str {
        if RIGHT_TO_LEFT.contains(&self.lang.language.as_str()) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The path and query of the current page (where the language switcher returns to).
    pub fn here(&self) -> &str {
        &self.here
    }

    /// The switcher's choices: every catalog, named in its own words, this one selected.
    pub fn choices(&self) -> Vec<LanguageChoice> {
        supported()
            .into_iter()
            .map(|tag| {
                let tag = tag.to_string();
                LanguageChoice {
                    autonym: match autonym(&tag) {
                        "" => tag.clone(),
                        name => name.to_owned(),
                    },
                    selected: tag == self.lang(),
                    tag,
                }
            })
            .collect()
    }

    /// Chooses a supported language from an explicit choice (an account's setting, `?lang=`
    /// or the `lang` cookie) or the `Accept-Language` header.
    pub fn negotiate(explicit: Option<&str>, accept_language: Option<&str>) -> Self {
        if cfg!(debug_assertions) && explicit.is_some_and(|t| t.trim() == PSEUDO_LOCALE) {
            let mut i18n = Self::new(langid!("en-XA"));
            i18n.pseudo = true;
            return i18n;
        }
        if let Some(lang) = explicit.and_then(pick) {
            return Self::new(lang);
        }
        let mut ranked: Vec<(f32, &str)> = accept_language
            .unwrap_or_default()
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q: f32 = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse().ok())?;
                // q=0 means "not this one" (RFC 9110 §12.4.2).
                (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, tag))
            })
            .take(32)
            .collect();
        // Stable: tags of equal weight keep the order the browser gave.
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked
            .into_iter()
            .find_map(|(_, tag)| pick(tag))
            .map_or_else(Self::default, Self::new)
    }
}

/// The catalogs compiled in, English first, then in the switcher's order.
pub fn supported() -> Vec<LanguageIdentifier> {
    let mut tags: Vec<LanguageIdentifier> = LOCALES.locales().cloned().collect();
    let rank = |l: &LanguageIdentifier| {
        let tag = l.to_string();
        AUTONYMS
            .iter()
            .position(|(t, _)| *t == tag)
            .unwrap_or(AUTONYMS.len())
    };
    tags.sort_by_key(|l| (rank(l), l.to_string()));
    tags
}

/// A supported tag's name in its own language (the tag itself when unlisted).
fn autonym(tag: &str) -> &'static str {
    AUTONYMS
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or("", |(_, name)| name)
}

/// The supported language `tag` asks for: the same tag, else one of the same language
/// (`pt` and `pt-PT` → `pt-BR`, `en-GB` → `en-US`, `ar-EG` → `ar`); `None` for tags no
/// catalog serves or that do not parse.
fn pick(tag: &str) -> Option<LanguageIdentifier> {
    let wanted: LanguageIdentifier = tag.trim().parse().ok()?;
    let supported = supported();
    supported
        .iter()
        .find(|l| **l == wanted)
        .or_else(|| supported.iter().find(|l| l.language == wanted.language))
        .cloned()
}

/// Whether a catalog serves `tag` exactly (what the switcher and the account setting accept).
pub fn is_supported(tag: &str) -> bool {
    tag.parse::<LanguageIdentifier>()
        .is_ok_and(|wanted| wanted == tag && supported().contains(&wanted))
        || (cfg!(debug_assertions) && tag == PSEUDO_LOCALE)
}

impl<S: Send + Sync> FromRequestParts<S> for I18n {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(from_parts(parts))
    }
}

/// The request's language (also used outside extractors, for error pages): the signed-in
/// account's setting, else `?lang=` or the `lang` cookie (the switcher's), else
/// `Accept-Language`, else English.
pub fn from_parts(parts: &Parts) -> I18n {
    let signed_in = parts.extensions.get::<SignedIn>().cloned();
    let from_account = signed_in
        .as_ref()
        .map(|s| s.language.clone())
        .filter(|l| !l.is_empty());
    let from_query = parts.uri.query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.into_owned())
    });
    let from_cookie = crate::web::cookie(&parts.headers, LANG_COOKIE);
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let explicit = [from_account, from_query, from_cookie]
        .into_iter()
        .flatten()
        .find(|tag| pick(tag).is_some() || is_supported(tag));
    let mut i18n = I18n::negotiate(explicit.as_deref(), accept);
    i18n.signed_in = signed_in;
    // Without `lang`: the switcher returns here, and a `?lang=` left in place would outrank
    // the choice just made. What is left is also what the response cache keys on, so a
    // cached page never carries one visitor's address to another.
    let rest: Vec<(String, String)> =
        form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
            .filter(|(k, _)| k != "lang")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
    i18n.here = if rest.is_empty() {
        parts.uri.path().to_owned()
    } else {
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&rest)
            .finish();
        format!("{}?{query}", parts.uri.path())
    };
    i18n.zone = crate::i18n_format::ViewerZone::of_request(parts);
    i18n
}

/// The cookie the language switcher sets.
pub const LANG_COOKIE: &str = "lang";

/// The pseudo-language's lookups.
/// English words from outside the catalog (a country's name in the domain's table) as the
/// pseudo-language shows catalog text: accented and in `[…]`.
pub(crate) fn pseudo_text(english: &str) -> String {
    pseudo::strange(english)
}

mod pseudo {
    use super::{DEFAULT_LOCALE, LOCALES};
    use fluent_templates::Loader;
    use fluent_templates::fluent_bundle::FluentValue;
    use std::borrow::Cow;
    use std::collections::HashMap;

    /// The English message with its letters accented and the whole in `[…]`. Text arguments
    /// (names, titles: data, not catalog text) go in as markers and come back unchanged, so
    /// only the catalog's own words are made strange.
    pub(super) fn lookup(id: &str, mut args: HashMap<Cow<'static, str>, FluentValue>) -> String {
        let mut values: Vec<String> = Vec::new();
        for value in args.values_mut() {
            if let FluentValue::String(text) = value {
                values.push(text.to_string());
                *value = FluentValue::from(format!("\u{E000}{}\u{E001}", values.len() - 1));
            }
        }
        let english = if args.is_empty() {
            LOCALES.lookup(&DEFAULT_LOCALE, id)
        } else {
            LOCALES.lookup_with_args(&DEFAULT_LOCALE, id, &args)
        };
        let mut out = String::from("[");
        let mut chars = english.chars();
        while let Some(c) = chars.next() {
            if c == '\u{E000}' {
                let index: String = chars.by_ref().take_while(|c| *c != '\u{E001}').collect();
                if let Some(v) = index.parse::<usize>().ok().and_then(|i| values.get(i)) {
                    out.push_str(v);
                }
            } else {
                out.push(accent(c));
            }
        }
        out.push(']');
        out
    }

    /// `text` accented and bracketed, as the pseudo-language shows catalog words.
    pub(super) fn strange(text: &str) -> String {
        let mut out = String::from("[");
        out.extend(text.chars().map(accent));
        out.push(']');
        out
    }

    fn accent(c: char) -> char {
        const PLAIN: &str = "aceinouyACEINOUY";
        const ACCENTED: &str = "áçéîñöûýÁÇÉÎÑÖÛÝ";
        PLAIN
            .chars()
            .position(|p| p == c)
            .and_then(|i| ACCENTED.chars().nth(i))
            .unwrap_or(c)
    }
}

#[cfg(test)]
#[path = "i18n_check.rs"]
mod catalog_check;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_are_grouped_as_the_language_groups_them() {
        let en = I18n::for_language("en-US");
        let de = I18n::for_language("de");
        assert_eq!(en.tn("groups-members", "count", 1_234), "1,234 members");
        assert_eq!(de.tn("groups-members", "count", 1_234), "1.234 Mitglieder");
        // Plural rules still see the number.
        assert_eq!(en.tn("groups-members", "count", 1), "1 member");
        assert_eq!(de.tn("groups-members", "count", 1), "1 Mitglied");
        // Small numbers are as they were; text arguments are left alone (an id, a year).
        assert_eq!(en.tn("groups-members", "count", 12), "12 members");
        assert_eq!(
            en.t1("digest-title-quarter", "quarter", "2026-Q4"),
            "Heroes digest, 2026-Q4"
        );
        // Arabic: as CLDR writes numbers in Arabic, never ungrouped.
        let ar = I18n::for_language("ar");
        let members = ar.tn("groups-members", "count", 1_234);
        assert!(members.contains(&ar.number(1_234)), "{members}");
        assert!(!members.contains("1234"), "{members}");
    }

    #[test]
    fn falls_back_to_english() {
        assert_eq!(
            I18n::negotiate(None, Some("xx-YY, zz;q=0.5")).lang(),
            "en-US"
        );
        assert_eq!(I18n::negotiate(Some("not a tag"), None).lang(), "en-US");
        assert_eq!(I18n::negotiate(None, Some("en-GB;q=0.9")).lang(), "en-US");
    }

    #[test]
    fn the_header_is_read_by_weight_skipping_what_no_catalog_serves() {
        let lang = |header: &str| I18n::negotiate(None, Some(header)).lang();
        // The highest weight wins, whatever the order.
        assert_eq!(lang("fr;q=0.5, ja;q=0.9, de;q=0.7"), "ja");
        // Equal weights keep the browser's order.
        assert_eq!(lang("de, fr"), "de");
        // Unknown and malformed tags are passed over, not taken as English.
        assert_eq!(lang("tlh, x-klingon;q=0.9, es;q=0.8"), "es");
        assert_eq!(lang("@@@, fr;q=0.1"), "fr");
        // q=0 refuses a language.
        assert_eq!(lang("ja;q=0, ar;q=0.2"), "ar");
        // A language without our region gets the catalog of that language.
        assert_eq!(lang("pt"), "pt-BR");
        assert_eq!(lang("pt-PT, en;q=0.5"), "pt-BR");
        assert_eq!(lang("de-AT"), "de");
        assert_eq!(lang("ar-EG"), "ar");
        assert_eq!(lang(""), "en-US");
    }

    #[test]
    fn an_explicit_choice_comes_before_the_header() {
        assert_eq!(I18n::negotiate(Some("fr"), Some("ja")).lang(), "fr");
        assert_eq!(I18n::negotiate(Some("pt"), Some("ja")).lang(), "pt-BR");
        // A choice no catalog serves falls through to the header.
        assert_eq!(I18n::negotiate(Some("tlh"), Some("ja")).lang(), "ja");
    }

    #[test]
    fn arabic_is_written_right_to_left() {
        assert_eq!(I18n::for_language("ar").dir(), "rtl");
        assert_eq!(I18n::for_language("ja").dir(), "ltr");
        assert_eq!(I18n::for_language("").dir(), "ltr");
    }

    #[test]
    fn the_pseudo_language_brackets_the_catalog_and_keeps_arguments() {
        let pseudo = I18n::negotiate(Some(PSEUDO_LOCALE), None);
        let text = pseudo.t1("mail-greeting", "name", "Ana Nunes");
        assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
        assert!(text.contains("Ana Nunes"), "{text}");
        assert_ne!(
            text,
            format!(
                "[{}]",
                I18n::default().t1("mail-greeting", "name", "Ana Nunes")
            )
        );
        // Never from the browser's header.
        assert_eq!(I18n::negotiate(None, Some(PSEUDO_LOCALE)).lang(), "en-US");
    }

    #[test]
    fn plural_rules_apply_to_the_number_among_text_arguments() {
        let i18n = I18n::negotiate(None, None);
        let lead = |n| {
            i18n.t_args_n(
                "answer-lead",
                &[("cycle", "Spring".to_owned())],
                ("count", n),
            )
        };
        assert_eq!(lead(1), "Spring · one member nominated you");
        assert_eq!(lead(2), "Spring · 2 members nominated you");
    }

    #[test]
    fn every_message_id_used_in_code_exists() {
        let catalog = include_str!("../locales/en-US/main.ftl");
        let defined: std::collections::BTreeSet<&str> = catalog
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| !id.is_empty() && !id.starts_with('#') && !id.contains(' '))
            .collect();
        let mut missing = Vec::new();
        for id in used_message_ids() {
            if !defined.contains(id.as_str()) {
                missing.push(id);
            }
        }
        // Ids built at run time from domain enums.
        for id in heroes_domain::contribution::ContributionKind::ALL
            .iter()
            .map(|k| format!("kind-{}", k.slug()))
            .chain(
                heroes_domain::hero::HeroStatus::ALL
                    .iter()
                    .map(|s| format!("status-{}", s.slug())),
            )
            .chain(
                heroes_domain::hero::LinkKind::ALL
                    .iter()
                    .map(|k| format!("link-{}", k.slug())),
            )
            .chain(
                heroes_domain::geo::Region::ALL
                    .iter()
                    .map(|r| format!("region-{}", r.slug())),
            )
            .chain(
                heroes_domain::account::Role::ALL
                    .iter()
                    .map(|r| format!("role-{}", r.as_str())),
            )
            .chain(
                heroes_domain::contribution::ReachMetric::ALL
                    .iter()
                    .map(|m| format!("own-reach-{}", m.field())),
            )
            .chain(
                heroes_domain::contact::ContactKind::ALL
                    .iter()
                    .map(|k| format!("contact-{}", k.as_str())),
            )
            .chain(
                heroes_domain::contact::Visibility::ALL
                    .iter()
                    .map(|v| format!("visibility-{}", v.as_str())),
            )
            .chain(selection_ids())
            .chain(network_ids())
            .chain(
                heroes_domain::contribution::ReachMetric::ALL
                    .iter()
                    .map(|m| format!("readiness-metric-{}", m.field())),
            )
        {
            if !defined.contains(id.as_str()) {
                missing.push(id);
            }
        }
        assert!(missing.is_empty(), "missing in en-US: {missing:?}");
    }

    /// Ids the network and mentoring pages build from kinds, states and choices.
    fn network_ids() -> Vec<String> {
        use heroes_domain::mentoring::{AskState, Format, Refusal};
        use heroes_domain::network::AskKind;
        let mut ids: Vec<String> = Vec::new();
        ids.extend(
            AskKind::ALL
                .iter()
                .map(|k| format!("network-ask-kind-{}", k.as_str())),
        );
        ids.extend(
            AskState::ALL
                .iter()
                .map(|s| format!("mentoring-ask-state-{}", s.as_str())),
        );
        ids.extend(
            Format::ALL
                .iter()
                .map(|f| format!("mentoring-format-{}", f.as_str())),
        );
        ids.extend(
            [
                Refusal::AlreadyAnswered,
                Refusal::NoPlaceLeft,
                Refusal::RequestClosed,
                Refusal::Ended,
                Refusal::NotOffering,
                Refusal::Paused,
            ]
            .iter()
            .map(|r| r.id().to_owned()),
        );
        for (prefix, names) in [
            (
                "network-open-",
                &["cospeaking", "collaboration", "mentoring"][..],
            ),
            (
                "mentoring-request-state-",
                &["open", "matched", "withdrawn"],
            ),
            ("mentoring-notice-", &["accepted", "declined", "withdrawn"]),
            (
                "mail-mentoring-",
                &[
                    "accepted",
                    "declined",
                    "accepted-subject",
                    "declined-subject",
                ],
            ),
        ] {
            ids.extend(names.iter().map(|n| format!("{prefix}{n}")));
        }
        ids
    }

    /// Ids the selection and renewal pages build from states, outcomes and choices.
    fn selection_ids() -> Vec<String> {
        use heroes_domain::selection::Refusal;
        use heroes_domain::selection::candidacy::{Stage, State};
        let mut ids: Vec<String> = Refusal::samples()
            .into_iter()
            .map(|r| format!("refusal-{}", r.id()))
            .collect();
        for state in State::ALL {
            ids.push(format!("state-{}", state.as_str()));
            if let Some(o) = state.outcome() {
                ids.push(format!("outcome-{}", o.as_str()));
                ids.push(format!("mail-decided-{}", o.as_str()));
            }
        }
        for stage in [Stage::Submitted, Stage::InReview] {
            ids.push(format!("stage-{}", stage.as_str()));
        }
        for (prefix, names) in [
            ("cycles-kind-", &["selection", "renewal"][..]),
            ("queue-sort-", &["score", "age", "spread"]),
            ("decide-", &["accept", "decline", "defer", "reopen"]),
            ("renewals-", &["renew", "alumni", "leave"]),
            ("mail-renewal-", &["renew", "alumni", "leave"]),
            ("outcome-", &["reopened"]),
            ("mail-decided-", &["reopened"]),
            (
                "nominations-notice-",
                &["nominated", "already", "accepted", "declined", "onboarded"],
            ),
        ] {
            ids.extend(names.iter().map(|n| format!("{prefix}{n}")));
        }
        // The withdrawn outcome is never mailed as a decision (the nominee made it).
        ids.retain(|id| id != "mail-decided-withdrawn");
        ids
    }

    /// Every literal message id passed to `t`, `t1`, `tn` or `t_args` in templates and sources,
    /// so a test can prove the English catalog is complete.
    fn used_message_ids() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut ids = std::collections::BTreeSet::new();
        let mut stack = vec![
            root.join("templates"),
            root.join("src"),
            root.join("../domain/src"),
            root.join("../store/src"),
        ];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // What a validation error says a field expects (`Problem::Invalid`).
                for call in [
                    ".t(\"",
                    ".t1(\"",
                    ".tn(\"",
                    ".t_args(\"",
                    ".t_args_n(\"",
                    ".t_nums(\"",
                    ".t_args_nums(\"",
                    "expected: \"",
                    "EXPECTED: &str = \"",
                ] {
                    for piece in text.split(call).skip(1) {
                        if let Some(id) = piece.split('"').next()
                            && !id.is_empty()
                            && !id.contains(['{', ' '])
                        {
                            ids.insert(id.to_owned());
                        }
                    }
                }
            }
        }
        ids.into_iter().collect()
    }
}
