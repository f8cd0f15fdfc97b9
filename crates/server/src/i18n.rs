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
        // Unicode isolation marks around arguments break `<title>` text and feeds.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The fallback and reference language: complete by definition.
pub const DEFAULT_LOCALE: LanguageIdentifier = langid!("en-US");

/// The language of one request, and the lookups templates use. It also carries who is
/// signed in, for the page header: every page template already holds an `I18n`, so the
/// header of `base.html` can name the person without each page passing them along.
#[derive(Debug, Clone)]
pub struct I18n {
    lang: LanguageIdentifier,
    signed_in: Option<SignedIn>,
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
}

impl Default for I18n {
    fn default() -> Self {
        Self::new(DEFAULT_LOCALE)
    }
}

impl I18n {
    /// The catalog for `lang` (falling back to English for missing messages).
    pub fn new(lang: LanguageIdentifier) -> Self {
        Self {
            lang,
            signed_in: None,
            zone: crate::i18n_format::ViewerZone::default(),
        }
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
        LOCALES.lookup(&self.lang, id)
    }

    /// The message `id` with one argument (`{ $name }` in the catalog).
    pub fn t1(&self, id: &str, name: &'static str, value: impl ToString) -> String {
        self.t_args(id, &[(name, value.to_string())])
    }

    /// The message `id` with a number argument (plural rules apply).
    pub fn tn(&self, id: &str, name: &'static str, value: impl std::borrow::Borrow<i64>) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Borrowed(name), FluentValue::from(*value.borrow()));
        LOCALES.lookup_with_args(&self.lang, id, &args)
    }

    /// The message `id` with text arguments.
    pub fn t_args(&self, id: &str, values: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = values
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
            .collect();
        LOCALES.lookup_with_args(&self.lang, id, &args)
    }

    /// The message `id` with text arguments and one number argument (plural rules apply to it).
    pub fn t_args_n(
        &self,
        id: &str,
        values: &[(&'static str, String)],
        (name, number): (&'static str, i64),
    ) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = values
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
            .collect();
        args.insert(Cow::Borrowed(name), FluentValue::from(number));
        LOCALES.lookup_with_args(&self.lang, id, &args)
    }

    /// The BCP 47 tag, for `<html lang>`.
    pub fn lang(&self) -> String {
        self.lang.to_string()
    }

    /// Chooses a supported language from an explicit choice (`?lang=` or the `lang` cookie)
    /// or the `Accept-Language` header.
    pub fn negotiate(explicit: Option<&str>, accept_language: Option<&str>) -> Self {
        let supported: Vec<&LanguageIdentifier> = LOCALES.locales().collect();
        let pick = |tag: &str| -> Option<LanguageIdentifier> {
            let wanted: LanguageIdentifier = tag.trim().parse().ok()?;
            supported
                .iter()
                .find(|l| **l == &wanted)
                .or_else(|| supported.iter().find(|l| l.language == wanted.language))
                .map(|l| (*l).clone())
        };
        if let Some(lang) = explicit.and_then(pick) {
            return Self::new(lang);
        }
        let mut ranked: Vec<(f32, &str)> = accept_language
            .unwrap_or_default()
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse().ok())
                    .unwrap_or(1.0);
                (!tag.is_empty() && tag != "*").then_some((q, tag))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked
            .into_iter()
            .find_map(|(_, tag)| pick(tag))
            .map_or_else(Self::default, Self::new)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for I18n {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(from_parts(parts))
    }
}

/// The request's language (also used outside extractors, for error pages).
pub fn from_parts(parts: &Parts) -> I18n {
    let from_query = parts.uri.query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.into_owned())
    });
    let from_cookie = crate::web::cookie(&parts.headers, "lang");
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let mut i18n = I18n::negotiate(from_query.or(from_cookie).as_deref(), accept);
    i18n.signed_in = parts.extensions.get::<SignedIn>().cloned();
    i18n.zone = crate::i18n_format::ViewerZone::of_request(parts);
    i18n
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut stack = vec![root.join("templates"), root.join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for call in [".t(\"", ".t1(\"", ".tn(\"", ".t_args(\"", ".t_args_n(\""] {
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
