//! `/account/profile`: a hero edits their own directory card and profile page.
//!
//! Everything the public sees except what the program decides (specializations, award
//! years, status), which stays as the program set it.

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{EditOwnHeroProfile, OwnHero};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Utc};
use heroes_domain::ValidationError;
use heroes_domain::contact::{Contact, ContactKind, Visibility};
use heroes_domain::geo::CountryCode;
use heroes_domain::hero::{HeroProfileInput, HeroStatus, LinkKind};
use heroes_store::accounts::{Actor, User};
use heroes_store::heroes::{self, HeroDetail};
use heroes_store::{Db, StoreResult};

/// The profile form.
#[derive(Template, WebTemplate)]
#[template(path = "account/profile.html")]
pub struct ProfilePage {
    pub(crate) i18n: I18n,
    slug: String,
    input: HeroProfileInput,
    pub(crate) errors: FieldErrors,
    saved: bool,
    contacts: Vec<ContactRow>,
    /// Whether the photo is one uploaded here (and so can be removed here).
    uploaded_photo: bool,
    /// For an accepted candidate: when the profile goes public and what is missing.
    candidate: Option<super::candidate::CandidateBanner>,
}

/// One contact detail in the form, as typed or stored.
pub struct ContactRow {
    kind: &'static str,
    field: &'static str,
    visibility_field: &'static str,
    value: String,
    visibility: String,
}

impl ContactRow {
    fn rows(typed: &[ContactInput]) -> Vec<ContactRow> {
        typed
            .iter()
            .map(|(kind, value, visibility)| ContactRow {
                kind: kind.as_str(),
                field: kind.field(),
                visibility_field: kind.visibility_field(),
                value: value.clone(),
                visibility: visibility.clone(),
            })
            .collect()
    }
}

/// A contact detail as typed: kind, value, visibility.
pub(crate) type ContactInput = (ContactKind, String, String);

async fn stored_contacts(db: &Db, hero_id: i64) -> StoreResult<Vec<ContactInput>> {
    let stored = heroes::contacts(db, hero_id).await?;
    Ok(ContactKind::ALL
        .iter()
        .map(|kind| {
            stored.iter().find(|c| c.kind == *kind).map_or_else(
                // New details default to members only: sharing wider is a choice.
                || {
                    (
                        *kind,
                        String::new(),
                        Visibility::Members.as_str().to_owned(),
                    )
                },
                |c| (*kind, c.value.clone(), c.visibility.as_str().to_owned()),
            )
        })
        .collect())
}

impl ProfilePage {
    /// The form with the stored values.
    pub(crate) async fn load(
        state: &AppState,
        detail: &HeroDetail,
        i18n: I18n,
    ) -> Result<ProfilePage, PageError> {
        let contacts = stored_contacts(&state.db, detail.card.id).await?;
        let candidate = super::candidate::CandidateBanner::of(state, detail).await?;
        Ok(ProfilePage {
            candidate,
            i18n,
            slug: detail.card.slug.clone(),
            input: input_of(detail),
            errors: FieldErrors::default(),
            saved: false,
            contacts: ContactRow::rows(&contacts),
            uploaded_photo: detail
                .card
                .photo_url
                .as_deref()
                .is_some_and(|u| u.contains(&format!("/heroes/{}/photo.jpg", detail.card.slug))),
        })
    }

    /// `(code, name)` of every country, by name in the reader's language, for the select.
    fn countries(&self) -> Vec<(&'static str, String)> {
        self.i18n
            .countries_by_name(CountryCode::all())
            .into_iter()
            .map(|(c, name)| (c.code(), name))
            .collect()
    }

    /// The common languages offered as checkboxes: `(code, own name, checked)`. Languages
    /// outside this list stay in the "other languages" field ([`Self::other_languages`]).
    fn language_choices(&self) -> Vec<(&'static str, String, bool)> {
        let chosen = typed_languages(&self.input.languages);
        COMMON_LANGUAGES
            .iter()
            .map(|code| {
                (
                    *code,
                    heroes_domain::hero::language_name(code),
                    chosen.iter().any(|c| c == code),
                )
            })
            .collect()
    }

    /// The languages that have no checkbox, as the text field shows them: what does not parse
    /// stays as typed, for the person to correct.
    fn other_languages(&self) -> String {
        let mut others: Vec<String> = Vec::new();
        for part in self
            .input
            .languages
            .split([',', ' '])
            .filter(|p| !p.trim().is_empty())
        {
            let shown = match heroes_domain::hero::LanguageTag::parse("languages", part) {
                Ok(tag) if COMMON_LANGUAGES.contains(&tag.as_str()) => continue,
                Ok(tag) => tag.as_str().to_owned(),
                Err(_) => part.trim().to_owned(),
            };
            if !others.contains(&shown) {
                others.push(shown);
            }
        }
        others.join(", ")
    }

    /// The time zones a person can choose (see [`zone_choices`]).
    fn timezone_choices(&self) -> Vec<(String, Vec<ZoneChoice>)> {
        zone_choices(&self.i18n, &self.input.timezone)
    }

    /// `(kind slug, field name, current value)` of every link kind.
    fn link_fields(&self) -> Vec<(&'static str, &'static str, String)> {
        LinkKind::ALL
            .iter()
            .map(|k| {
                let value = self
                    .input
                    .links
                    .iter()
                    .find(|(kind, _)| kind == k.slug())
                    .map(|(_, url)| url.clone())
                    .unwrap_or_default();
                (k.slug(), k.field(), value)
            })
            .collect()
    }
}

/// The form's values as they are stored now.
pub(crate) fn input_of(detail: &HeroDetail) -> HeroProfileInput {
    let card = &detail.card;
    HeroProfileInput {
        display_name: card.display_name.clone(),
        latin_name: card.latin_name.clone(),
        headline: card.headline.clone(),
        company: card.company.clone(),
        bio: detail.bio.clone(),
        city: card.city.clone(),
        country: card.country.clone(),
        photo_url: card.photo_url.clone().unwrap_or_default(),
        timezone: detail.timezone.clone().unwrap_or_default(),
        languages: detail.languages.join(", "),
        links: detail.links.clone(),
        awards: card
            .awards
            .iter()
            .map(|a| (a.slug.clone(), a.year as i32))
            .collect(),
        status: card.status.clone(),
    }
}

/// The hero record an account speaks for, if any.
pub(crate) async fn hero_of(db: &Db, user: &User) -> StoreResult<Option<HeroDetail>> {
    let Some(id) = user.hero_id else {
        return Ok(None);
    };
    // The record, public or not: a candidate edits theirs before the announcement.
    heroes::get_record(db, id).await
}

/// Validates `input` and the contact details, if given, and saves them only if every field
/// is right; the errors name every wrong field. Awards and status are the program's: they
/// are taken from the stored record only so that the profile parses, and never written
/// back (an admin may change them while this edit is on its way).
pub(crate) async fn save_profile(
    db: &Db,
    actor: &Actor,
    detail: &HeroDetail,
    mut input: HeroProfileInput,
    contacts: Option<&[ContactInput]>,
) -> StoreResult<Result<(), Vec<ValidationError>>> {
    let current = input_of(detail);
    input.awards = current.awards;
    // A candidate's status is the selection's alone (no form or import sets it), so their
    // edit parses as the active hero the record becomes; the status is not written either way.
    input.status = if current.status == HeroStatus::Candidate.slug() {
        String::new()
    } else {
        current.status
    };
    let mut errors = Vec::new();
    let profile = input
        .parse(Utc::now().year())
        .map_err(|e| errors.extend(e))
        .ok();
    let mut parsed = Vec::new();
    for (kind, value, visibility) in contacts.unwrap_or_default() {
        match Contact::parse(*kind, value, visibility) {
            Ok(contact) => parsed.extend(contact),
            Err(e) => errors.extend(e),
        }
    }
    let Some(profile) = profile.filter(|_| errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let contacts = contacts.map(|_| parsed.as_slice());
    heroes::update_own_profile(db, &detail.card.slug, &profile, contacts, Utc::now()).await?;
    actor
        .record(
            db,
            "hero.profile",
            None,
            detail.card.slug.clone(),
            String::new(),
        )
        .await?;
    Ok(Ok(()))
}

/// One entry of the time-zone menu: IANA name, label, chosen.
pub(crate) type ZoneChoice = (&'static str, String, bool);

/// The time zones a person can choose, by region: `(region's name, [(IANA name, city, chosen)])`,
/// plus `current` if it is a valid name outside these regions (an old alias). Regions and
/// cities are named and sorted in the reader's language (CLDR's exemplar cities, `i18n_names`).
pub(crate) fn zone_choices(i18n: &I18n, current: &str) -> Vec<(String, Vec<ZoneChoice>)> {
    let mut regions: Vec<(&'static str, Vec<ZoneChoice>)> = Vec::new();
    for tz in chrono_tz::TZ_VARIANTS {
        let name = tz.name();
        let Some((region, _)) = name.split_once('/') else {
            continue;
        };
        let chosen = name == current.trim();
        // Old names (`Asia/Calcutta`) read like the current ones: only a chosen one is listed.
        let offered = TIMEZONE_REGIONS.contains(&region) && !crate::i18n_names::is_zone_alias(name);
        if !offered && !chosen {
            continue;
        }
        let label = i18n.zone_city(name);
        match regions.iter_mut().find(|(r, _)| *r == region) {
            Some((_, zones)) => zones.push((name, label, chosen)),
            None => regions.push((region, vec![(name, label, chosen)])),
        }
    }
    let mut regions: Vec<(String, Vec<ZoneChoice>)> = regions
        .into_iter()
        .map(|(region, mut zones)| {
            zones
                .sort_by_cached_key(|(name, label, _)| (crate::i18n_names::sort_key(label), *name));
            let label = if TIMEZONE_REGIONS.contains(&region) {
                i18n.t(&format!("zone-region-{}", region.to_lowercase()))
            } else {
                region.to_owned()
            };
            (label, zones)
        })
        .collect();
    regions.sort_by_cached_key(|(label, _)| crate::i18n_names::sort_key(label));
    regions
}

/// Languages offered as checkboxes on the profile form, the most spoken among the program's
/// heroes first; every other code can still be typed.
const COMMON_LANGUAGES: &[&str] = &[
    "en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "ru", "uk", "ar", "hi", "bn", "id", "vi",
    "th", "zh", "ja", "ko",
];

/// The regions of the IANA zone names offered in the time-zone menu (`Etc/GMT+3` and old
/// aliases such as `US/Eastern` are left out, though still accepted when typed through the API).
const TIMEZONE_REGIONS: &[&str] = &[
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
];

/// The language codes in a typed list, normalised as the domain stores them (`pt-br` →
/// `pt-BR`); what does not parse is left for validation to report.
fn typed_languages(typed: &str) -> Vec<String> {
    typed
        .split([',', ' '])
        .filter_map(|part| heroes_domain::hero::LanguageTag::parse("languages", part).ok())
        .map(|tag| tag.as_str().to_owned())
        .collect()
}

/// The profile as the form holds it (awards and status are the program's: left empty).
fn profile_from(form: &FormPairs) -> HeroProfileInput {
    HeroProfileInput {
        display_name: form.get("display_name").to_owned(),
        latin_name: form.get("latin_name").to_owned(),
        headline: form.get("headline").to_owned(),
        company: form.get("company").to_owned(),
        bio: form.get("bio").to_owned(),
        city: form.get("city").to_owned(),
        country: form.get("country").to_owned(),
        photo_url: form.get("photo_url").to_owned(),
        timezone: form.get("timezone").to_owned(),
        // Ticked checkboxes (`language`) and the typed other languages (`languages`, the
        // field's name before the checkboxes existed, so older clients keep working).
        languages: form
            .all("language")
            .into_iter()
            .chain([form.get("languages")])
            .filter(|v| !v.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        links: LinkKind::ALL
            .iter()
            .map(|k| (k.slug().to_owned(), form.get(k.field()).to_owned()))
            .collect(),
        awards: Vec::new(),
        status: String::new(),
    }
}

/// Every contact detail as the form holds it.
fn contacts_from(form: &FormPairs) -> Vec<ContactInput> {
    ContactKind::ALL
        .iter()
        .map(|k| {
            (
                *k,
                form.get(k.field()).to_owned(),
                form.get(k.visibility_field()).to_owned(),
            )
        })
        .collect()
}

/// `GET /account/profile`.
pub async fn edit(
    State(state): State<AppState>,
    OwnHero { hero: detail, .. }: OwnHero<EditOwnHeroProfile>,
    i18n: I18n,
    query: crate::web::QueryPairs,
) -> Result<Response, PageError> {
    let mut page = ProfilePage::load(&state, &detail, i18n).await?;
    page.saved = query.first("saved").is_some();
    Ok(private(page.into_response()))
}

/// `POST /account/profile`: validates every field at once; saves all or nothing.
pub async fn save(
    State(state): State<AppState>,
    OwnHero {
        hero: detail,
        viewer,
        ..
    }: OwnHero<EditOwnHeroProfile>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = profile_from(&form);
    let contacts = contacts_from(&form);
    match save_profile(
        &state.db,
        &viewer.actor(),
        &detail,
        input.clone(),
        Some(&contacts),
    )
    .await?
    {
        Ok(()) => Ok(Redirect::to("/account/profile?saved=1").into_response()),
        Err(problems) => {
            let mut page = ProfilePage::load(&state, &detail, i18n).await?;
            page.errors.add_problems(&page.i18n, &problems);
            // Everything as typed, so nothing has to be typed twice.
            page.input = input;
            page.contacts = ContactRow::rows(&contacts);
            Ok(private(
                (StatusCode::UNPROCESSABLE_ENTITY, page).into_response(),
            ))
        }
    }
}
