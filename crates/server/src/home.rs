//! The home page: what the program is, its fields, some heroes and their latest work.

use crate::app::AppState;
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::{CardExt, ContributionExt};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use heroes_store::contributions::{ContributionView, StreamQuery};
use heroes_store::heroes::{self, HeroCard};
use heroes_store::specializations::Specialization;

/// The home page.
#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    i18n: I18n,
    specializations: Vec<Specialization>,
    featured: Vec<HeroCard>,
    latest: Vec<ContributionView>,
    active_heroes: i64,
    countries: i64,
    /// Promoted work in its window (a few at a time, rotating).
    spotlight: Vec<heroes_store::promotion::SpotItem>,
}

impl HomePage {
    fn kind(&self, kind: &str) -> String {
        self.i18n.t(&format!("kind-{kind}"))
    }
}

/// `GET /`.
pub async fn show_home(
    State(state): State<AppState>,
    i18n: I18n,
) -> Result<axum::response::Response, PageError> {
    let now = chrono::Utc::now();
    let day = now.timestamp() / 86_400;
    let (spotlight, next_change) = crate::promotion::spotlight::home_items(&state.db, now).await?;
    let specializations = state.specializations(false).await?;
    let featured = heroes::featured(&state.db, 6, day).await?;
    let latest = state
        .contributions(&StreamQuery {
            limit: 6,
            ..StreamQuery::default()
        })
        .await?;
    let everyone = state
        .directory(&heroes::DirectoryQuery {
            limit: 0,
            ..Default::default()
        })
        .await?;
    let page = HomePage {
        i18n,
        specializations,
        featured,
        latest,
        active_heroes: everyone.total,
        countries: everyone.country_counts.len() as i64,
        spotlight,
    };
    // The spotlight comes and goes on a schedule: the cached page ends with its window.
    Ok(crate::cache::fresh_until(
        axum::response::IntoResponse::into_response(page),
        next_change,
    ))
}
