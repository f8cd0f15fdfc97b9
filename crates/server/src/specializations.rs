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
use axum::http::HeaderMap;
use axum::response::Response;
use heroes_store::contributions::{self, ContributionView, StreamQuery};
use heroes_store::heroes::{self, DirectoryQuery, HeroCard};
use heroes_store::specializations::{self, Specialization};

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
        specializations: specializations::list(&state.db, false).await?,
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

/// `GET /specializations/{slug}`.
pub async fn show_page(
    State(state): State<AppState>,
    i18n: I18n,
    Path(slug): Path<String>,
) -> Result<ShowPage, PageError> {
    let specialization = specializations::get(&state.db, &slug).await?;
    let heroes = heroes::directory(
        &state.db,
        &DirectoryQuery {
            specializations: vec![specialization.slug.clone()],
            limit: HEROES_SHOWN,
            ..DirectoryQuery::default()
        },
    )
    .await?;
    let latest = contributions::stream(
        &state.db,
        &StreamQuery {
            specializations: vec![specialization.slug.clone()],
            limit: 8,
            ..StreamQuery::default()
        },
    )
    .await?;
    Ok(ShowPage {
        i18n,
        description_html: markdown_to_safe_html(&specialization.description),
        specialization,
        heroes: heroes.heroes,
        hero_total: heroes.total,
        latest,
    })
}

#[derive(serde::Serialize)]
struct SpecializationList {
    specializations: Vec<Specialization>,
}

/// `GET /api/v1/specializations`: every specialization, retired ones included (marked).
pub async fn list_api(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let specializations = specializations::list(&state.db, true).await?;
    json_response(&headers, &SpecializationList { specializations })
}
