//! `/api/v1/contributions`.

use super::StreamParams;
use crate::app::AppState;
use crate::error::ApiError;
use crate::heroes::api::{json_response, paging_links, with_links};
use crate::web::QueryPairs;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use heroes_store::contributions::{self, ContributionView};
use serde::Serialize;

/// Reach figures; absent ones are omitted.
#[derive(Serialize)]
pub struct ReachJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    views: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attendees: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stars: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<i64>,
}

/// The hero a contribution belongs to.
#[derive(Serialize)]
pub struct HeroRef {
    slug: String,
    name: String,
    api_url: String,
}

/// A contribution as the API shows it.
#[derive(Serialize)]
pub struct ContributionJson {
    id: i64,
    hero: HeroRef,
    kind: String,
    title: String,
    url: String,
    /// The further addresses of the same work (syndicated copies).
    also_at: Vec<String>,
    date: String,
    specialization: Option<String>,
    tags: Vec<String>,
    description: String,
    reach: ReachJson,
    updated_at: String,
}

impl ContributionJson {
    /// Converts a store view; `base` makes the hero link absolute.
    pub fn new(c: ContributionView, base: &str) -> Self {
        Self {
            id: c.id,
            tags: c.tags(),
            hero: HeroRef {
                api_url: format!("{base}/api/v1/heroes/{}", c.hero_slug),
                slug: c.hero_slug,
                name: c.hero_name,
            },
            kind: c.kind,
            title: c.title,
            url: c.url,
            also_at: c.also_at,
            date: c.published_on.to_string(),
            specialization: c.specialization_slug,
            description: c.description,
            reach: ReachJson {
                views: c.views,
                attendees: c.attendees,
                stars: c.stars,
                answers: c.answers,
            },
            updated_at: c.updated_at.to_rfc3339(),
        }
    }
}

#[derive(Serialize)]
struct ContributionList {
    contributions: Vec<ContributionJson>,
    total: i64,
    page: i64,
    limit: i64,
    next: Option<String>,
    previous: Option<String>,
}

/// `GET /api/v1/contributions`.
pub async fn list_contributions(
    State(state): State<AppState>,
    pairs: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let all = state.specializations(true).await?;
    let params = StreamParams::parse(&pairs, &all, true);
    if let Some(r) = params.rejected.first() {
        return Err(r.api_error());
    }
    let items = contributions::stream(&state.db, &params.query).await?;
    let total = state.contribution_count(&params.query).await?;
    let base = &state.config.base_url;
    let link = |page: i64| {
        let query = params.query_string(Some(page), true);
        if query.is_empty() {
            format!("{base}/api/v1/contributions")
        } else {
            format!("{base}/api/v1/contributions?{query}")
        }
    };
    let pages = ((total + params.query.limit - 1) / params.query.limit).max(1);
    let links = paging_links(&link, params.page, pages);
    let body = ContributionList {
        next: (params.query.offset + params.query.limit < total).then(|| link(params.page + 1)),
        previous: (params.page > 1).then(|| link(params.page - 1)),
        contributions: items
            .into_iter()
            .map(|c| ContributionJson::new(c, base))
            .collect(),
        total,
        page: params.page,
        limit: params.query.limit,
    };
    Ok(with_links(json_response(&headers, &body)?, links))
}
