//! `/api/v1/me`: the token owner's account, and their hero profile to read and change.

use super::profile::{hero_of, input_of, save_profile};
use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use crate::openapi::schemas;
use axum::Json;
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::response::Response;
use heroes_domain::hero::LinkKind;
use heroes_domain::policy::Action;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// The account of the token's owner.
#[derive(Serialize, ToSchema)]
#[schema(examples(Me::example))]
pub struct Me {
    email: String,
    name: String,
    email_verified: bool,
    #[schema(schema_with = schemas::roles)]
    roles: Vec<&'static str>,
    /// Slug of the hero page this account speaks for.
    hero: Option<String>,
    #[schema(format = DateTime)]
    created_at: String,
}

impl Me {
    /// The document's example: an account that speaks for a hero.
    fn example() -> Self {
        Me {
            email: "ana.lima@example.org".to_owned(),
            name: "Ana Lima".to_owned(),
            email_verified: true,
            roles: vec!["member", "hero"],
            hero: Some("ana-lima".to_owned()),
            created_at: "2024-03-12T09:30:00+00:00".to_owned(),
        }
    }
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

/// The editable part of a hero profile, as the API reads it.
#[derive(Serialize, ToSchema)]
// The document then says `additionalProperties: false`: the answer has no other field.
#[serde(deny_unknown_fields)]
#[schema(examples(Profile::example))]
pub struct Profile {
    #[schema(read_only)]
    slug: String,
    display_name: String,
    /// The name in Latin letters, when it is written in another script; found by search.
    latin_name: String,
    headline: String,
    company: String,
    /// Markdown.
    bio: String,
    city: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    photo_url: String,
    /// IANA name.
    timezone: String,
    languages: Vec<String>,
    #[schema(schema_with = schemas::profile_links)]
    links: BTreeMap<String, String>,
}

/// Only the fields to change; a field left out or `null` stays as it is.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileChange {
    /// Read only: sending it back changes nothing.
    #[schema(read_only)]
    #[expect(
        dead_code,
        reason = "accepted so that a client may send back what it read"
    )]
    slug: Option<String>,
    display_name: Option<String>,
    /// The name in Latin letters, when it is written in another script; found by search.
    latin_name: Option<String>,
    headline: Option<String>,
    company: Option<String>,
    /// Markdown.
    bio: Option<String>,
    city: Option<String>,
    /// ISO 3166-1 alpha-2.
    country: Option<String>,
    photo_url: Option<String>,
    /// IANA name.
    timezone: Option<String>,
    /// BCP 47 tags.
    languages: Option<Vec<String>>,
    #[schema(schema_with = schemas::profile_links_change)]
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
    body: Result<Json<ProfileChange>, JsonRejection>,
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

fn profile_json(detail: &heroes_store::heroes::HeroDetail) -> Profile {
    Profile::of(detail)
}

impl Profile {
    /// The stored profile.
    pub fn of(detail: &heroes_store::heroes::HeroDetail) -> Profile {
        let input = input_of(detail);
        Profile {
            slug: detail.card.slug.clone(),
            display_name: input.display_name,
            latin_name: input.latin_name,
            headline: input.headline,
            company: input.company,
            bio: input.bio,
            city: input.city,
            country: input.country,
            photo_url: input.photo_url,
            timezone: input.timezone,
            languages: detail.languages.clone(),
            links: input.links.into_iter().collect(),
        }
    }

    /// The document's example.
    fn example() -> Self {
        Profile {
            slug: "ana-lima".to_owned(),
            display_name: "Ana Lima".to_owned(),
            latin_name: String::new(),
            headline: "Serverless architect at Nuvem Labs".to_owned(),
            company: "Nuvem Labs".to_owned(),
            bio: "I write about **event-driven** systems and run the São Paulo serverless meetup."
                .to_owned(),
            city: "São Paulo".to_owned(),
            country: "BR".to_owned(),
            photo_url: String::new(),
            timezone: "America/Sao_Paulo".to_owned(),
            languages: vec!["pt".to_owned(), "en".to_owned()],
            links: [
                ("blog".to_owned(), "https://ana.example.org".to_owned()),
                (
                    "github".to_owned(),
                    "https://github.com/ana-lima".to_owned(),
                ),
            ]
            .into(),
        }
    }
}
