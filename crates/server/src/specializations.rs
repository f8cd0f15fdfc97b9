//! `/specializations`: the fields heroes are recognized in, as pages and API.

use crate::app::AppState;
use crate::error::{ApiError, PageError};
use crate::heroes::api::json_response;
use crate::i18n::I18n;
use crate::web::markdown_to_safe_html;
use crate::web::{CardExt, ContributionExt};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use heroes_store::Db;
use heroes_store::contributions::{ContributionView, StreamQuery};
use heroes_store::heroes::{DirectoryQuery, HeroCard};
use heroes_store::specializations::{self, Lookup, Specialization};

/// The specialization `slug` names now, or a `301 Moved Permanently` to
/// `/specializations/{current}{rest}` when `slug` is one it had before a rename (so links,
/// bookmarks and feed subscriptions survive it). `NotFound` when no specialization had it.
pub async fn current_or_moved(
    db: &Db,
    slug: &str,
    rest: &str,
) -> Result<Result<Specialization, Response>, PageError> {
    Ok(match specializations::resolve(db, slug).await? {
        Lookup::Current(s) => Ok(s),
        Lookup::Moved { slug } => {
            // A slug is ASCII letters, digits and hyphens, so it is always a valid header.
            let location = HeaderValue::try_from(format!("/specializations/{slug}{rest}"))
                .map_err(|e| PageError::Internal(e.into()))?;
            Err((
                StatusCode::MOVED_PERMANENTLY,
                [(header::LOCATION, location)],
            )
                .into_response())
        }
    })
}

/// The list page.
#[derive(Template, WebTemplate)]
#[template(path = "specializations/list.html")]
pub struct ListPage {
    i18n: I18n,
    specializations: Vec<Specialization>,
}

/// `GET /specializations`.
pub async fn list_page(State(state): State<AppState>, i18n: I18n) -> Result<ListPage, PageError> {
    Ok(ListPage {
        i18n,
        specializations: state.specializations(false).await?,
    })
}

/// One specialization's page.
#[derive(Template, WebTemplate)]
#[template(path = "specializations/show.html")]
pub struct ShowPage {
    i18n: I18n,
    specialization: Specialization,
    description_html: String,
    heroes: Vec<HeroCard>,
    hero_total: i64,
    latest: Vec<ContributionView>,
}

/// How many heroes the specialization page shows before linking to the filtered directory.
const HEROES_SHOWN: i64 = 24;

/// `GET /specializations/{slug}` (a slug from before a rename redirects).
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn show_page(
    State(state): State<AppState>,
    i18n: I18n,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let specialization = match current_or_moved(&state.db, &slug, "").await? {
        Ok(s) => s,
        Err(moved) => return Ok(moved),
    };
    let heroes = state
        .directory(&DirectoryQuery {
            specializations: vec![specialization.slug.clone()],
            limit: HEROES_SHOWN,
            ..DirectoryQuery::default()
        })
        .await?;
    let latest = state
        .contributions(&StreamQuery {
            specializations: vec![specialization.slug.clone()],
            limit: 8,
            ..StreamQuery::default()
        })
        .await?;
    Ok(ShowPage {
        i18n,
        description_html: markdown_to_safe_html(&specialization.description),
        specialization,
        heroes: heroes.heroes,
        hero_total: heroes.total,
        latest,
    }
    .into_response())
}

/// A specialization as the API lists it.
#[derive(serde::Serialize, utoipa::ToSchema)]
#[schema(as = Specialization, examples(SpecializationJson::example))]
pub struct SpecializationJson {
    /// Current identifier, used in addresses and filters.
    slug: String,
    name: String,
    /// What the field covers (Markdown).
    description: String,
    /// False once retired: it keeps its history and badges but takes no new nominations.
    active: bool,
    /// The accent of its badges.
    #[schema(schema_with = crate::openapi::schemas::colour)]
    colour: &'static str,
    /// Heroes with this specialization who are active or on leave.
    hero_count: i64,
    /// Slugs from before a rename; they still filter and redirect.
    previous_slugs: Vec<String>,
}

impl From<Specialization> for SpecializationJson {
    fn from(s: Specialization) -> Self {
        SpecializationJson {
            slug: s.slug,
            name: s.name,
            description: s.description,
            active: s.active,
            colour: s.colour.as_str(),
            hero_count: s.hero_count,
            previous_slugs: s.previous_slugs,
        }
    }
}

impl SpecializationJson {
    /// The document's example.
    fn example() -> Self {
        SpecializationJson {
            slug: "serverless".to_owned(),
            name: "Serverless".to_owned(),
            description: "Functions, events and managed services, from design to operations."
                .to_owned(),
            active: true,
            colour: "amber",
            hero_count: 42,
            previous_slugs: vec!["functions".to_owned()],
        }
    }
}

/// Every specialization.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct SpecializationList {
    /// Retired ones included, marked `active: false`.
    specializations: Vec<SpecializationJson>,
}

/// `GET /api/v1/specializations`: every specialization, retired ones included (marked).
pub async fn list_api(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let specializations = state.specializations(true).await?;
    let specializations = specializations
        .into_iter()
        .map(SpecializationJson::from)
        .collect();
    json_response(&headers, &SpecializationList { specializations })
}
