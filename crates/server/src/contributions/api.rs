//! `/api/v1/contributions`.

use super::StreamParams;
use crate::app::AppState;
use crate::error::ApiError;
use crate::heroes::api::{json_response, paging_links, with_links};
use crate::web::QueryPairs;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use heroes_store::contributions::ContributionView;
use serde::Serialize;
use utoipa::ToSchema;

/// Reach figures; absent ones are omitted.
#[derive(Serialize, ToSchema)]
pub struct ReachJson {
    // Each is left out, never null, when it is not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = i64)]
    views: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = i64)]
    attendees: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = i64)]
    stars: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = i64)]
    answers: Option<i64>,
}

/// The hero a contribution belongs to.
#[derive(Serialize, ToSchema)]
pub struct HeroRef {
    slug: String,
    name: String,
    api_url: String,
}

/// A contribution as the API shows it.
#[derive(Serialize, ToSchema)]
#[schema(as = Contribution, examples(ContributionJson::example))]
pub struct ContributionJson {
    id: i64,
    #[schema(inline)]
    hero: HeroRef,
    kind: String,
    title: String,
    url: String,
    /// Further addresses the same work was published at (a post syndicated to other sites), besides url.
    also_at: Vec<String>,
    #[schema(format = Date)]
    date: String,
    specialization: Option<String>,
    tags: Vec<String>,
    description: String,
    #[schema(inline)]
    reach: ReachJson,
    #[schema(format = DateTime)]
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

    /// The document's example.
    pub fn example() -> Self {
        ContributionJson {
            id: 4211,
            hero: HeroRef {
                slug: "ana-lima".to_owned(),
                name: "Ana Lima".to_owned(),
                api_url: "https://heroes.example.org/api/v1/heroes/ana-lima".to_owned(),
            },
            kind: "blog-post".to_owned(),
            title: "Idempotent event handlers in practice".to_owned(),
            url: "https://ana.example.org/idempotent-handlers".to_owned(),
            also_at: vec!["https://dev.example.com/ana/idempotent-handlers".to_owned()],
            date: "2026-10-28".to_owned(),
            specialization: Some("serverless".to_owned()),
            tags: vec!["events".to_owned(), "retries".to_owned()],
            description: "Why a handler runs twice, and how to make that harmless.".to_owned(),
            reach: ReachJson {
                views: Some(5300),
                attendees: None,
                stars: None,
                answers: None,
            },
            updated_at: "2026-10-29T07:12:00+00:00".to_owned(),
        }
    }
}

/// A page of contributions.
#[derive(Serialize, ToSchema)]
#[schema(examples(ContributionList::example))]
pub struct ContributionList {
    contributions: Vec<ContributionJson>,
    /// How many contributions the filters select, on every page.
    total: i64,
    page: i64,
    limit: i64,
    /// The next page, if there is one.
    next: Option<String>,
    /// The previous page, if there is one.
    previous: Option<String>,
}

impl ContributionList {
    /// The document's example: the only page.
    fn example() -> Self {
        ContributionList {
            contributions: vec![ContributionJson::example()],
            total: 1,
            page: 1,
            limit: 20,
            next: None,
            previous: None,
        }
    }
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
    let items = state.contributions(&params.query).await?;
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
