//! `/api/v1/me`: the token owner's account, and their hero profile to read and change.

use super::profile::{hero_of, input_of, save_profile};
use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::response::Response;
use heroes_domain::hero::LinkKind;
use heroes_domain::policy::Action;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Serialize)]
struct Me {
    email: String,
    name: String,
    email_verified: bool,
    roles: Vec<&'static str>,
    /// The hero page this account speaks for.
    hero: Option<String>,
    created_at: String,
}

/// `GET /api/v1/me` (any token).
pub async fn me(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let user = caller.require(Action::ReadOwnAccount)?;
    let (_, roles, _) = caller
        .account
        .as_ref()
        .ok_or_else(|| ApiError::internal("no account"))?;
    let hero = hero_of(&state.db, user).await?.map(|h| h.card.slug);
    Ok(private_json(&Me {
        email: user.email.clone(),
        name: user.name.clone(),
        email_verified: user.email_verified_at.is_some(),
        roles: roles.iter().map(|r| r.as_str()).collect(),
        hero,
        created_at: user.created_at.to_rfc3339(),
    }))
}

/// The editable part of a hero profile, as the API reads and writes it.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ProfileJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<String>,
    display_name: Option<String>,
    /// The name in Latin letters, when it is written in another script.
    latin_name: Option<String>,
    headline: Option<String>,
    company: Option<String>,
    bio: Option<String>,
    city: Option<String>,
    country: Option<String>,
    photo_url: Option<String>,
    timezone: Option<String>,
    /// BCP 47 tags.
    languages: Option<Vec<String>>,
    /// Kind → address; an empty address removes the link.
    links: Option<BTreeMap<String, String>>,
}

fn private_json(body: &impl Serialize) -> Response {
    crate::web::private(Json(body))
}

/// `PATCH /api/v1/me/profile` (write token, heroes and alumni): changes the fields sent,
/// keeps the others; answers the whole editable profile.
pub async fn patch_profile(
    State(state): State<AppState>,
    caller: ApiCaller,
    body: Result<Json<ProfileJson>, JsonRejection>,
) -> Result<Response, ApiError> {
    let user = caller.require(Action::EditOwnHeroProfile)?;
    let Json(patch) = body.map_err(|e| ApiError::invalid_field("body", e.body_text()))?;
    let detail = hero_of(&state.db, user)
        .await?
        .ok_or_else(|| ApiError::forbidden("This account is not linked to a hero."))?;
    let mut input = input_of(&detail);
    let set = |target: &mut String, value: Option<String>| {
        if let Some(v) = value {
            *target = v;
        }
    };
    set(&mut input.display_name, patch.display_name);
    set(&mut input.latin_name, patch.latin_name);
    set(&mut input.headline, patch.headline);
    set(&mut input.company, patch.company);
    set(&mut input.bio, patch.bio);
    set(&mut input.city, patch.city);
    set(&mut input.country, patch.country);
    set(&mut input.photo_url, patch.photo_url);
    set(&mut input.timezone, patch.timezone);
    if let Some(languages) = patch.languages {
        input.languages = languages.join(",");
    }
    if let Some(links) = patch.links {
        for (kind, url) in links {
            if LinkKind::from_slug(&kind).is_none() {
                return Err(ApiError::invalid_field(
                    "links",
                    format!(
                        "{kind:?} is not a link kind (blog, github, x, linkedin, youtube, mastodon, bluesky, website)."
                    ),
                ));
            }
            input.links.retain(|(k, _)| *k != kind);
            input.links.push((kind, url));
        }
    }
    if let Err(errors) = save_profile(&state.db, &caller.actor(), &detail, input, None).await? {
        let first = &errors[0];
        // The API speaks English (its descriptions are not translated).
        let english = crate::i18n::I18n::default();
        return Err(ApiError::invalid_field(
            first.field,
            crate::forms::problem_message(&english, &first.problem),
        ));
    }
    let saved = hero_of(&state.db, user)
        .await?
        .ok_or_else(|| ApiError::internal("hero vanished"))?;
    Ok(private_json(&profile_json(&saved)))
}

/// `GET /api/v1/me/profile` (any token, heroes and alumni).
pub async fn get_profile(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Response, ApiError> {
    let user = caller.require(Action::ReadOwnAccount)?;
    let detail = hero_of(&state.db, user)
        .await?
        .ok_or_else(|| ApiError::not_found("This account is not linked to a hero."))?;
    Ok(private_json(&profile_json(&detail)))
}

fn profile_json(detail: &heroes_store::heroes::HeroDetail) -> ProfileJson {
    ProfileJson::of(detail)
}

impl ProfileJson {
    /// The stored profile.
    pub fn of(detail: &heroes_store::heroes::HeroDetail) -> ProfileJson {
        let input = input_of(detail);
        ProfileJson {
            slug: Some(detail.card.slug.clone()),
            display_name: Some(input.display_name),
            latin_name: Some(input.latin_name),
            headline: Some(input.headline),
            company: Some(input.company),
            bio: Some(input.bio),
            city: Some(input.city),
            country: Some(input.country),
            photo_url: Some(input.photo_url),
            timezone: Some(input.timezone),
            languages: Some(detail.languages.clone()),
            links: Some(input.links.into_iter().collect()),
        }
    }
}
