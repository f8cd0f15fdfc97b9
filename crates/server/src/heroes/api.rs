//! `/api/v1/heroes` and `/api/v1/heroes/{slug}`.

use super::DirectoryParams;
use crate::app::AppState;
use crate::contributions::api::ContributionJson;
use crate::error::ApiError;
use crate::web::{CardExt, QueryPairs, cacheable, markdown_to_safe_html};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use heroes_store::contributions::{self, StreamQuery};
use heroes_store::heroes::{self, AwardView, HeroCard};
use serde::Serialize;
use std::collections::BTreeMap;

/// A hero as the API lists them.
#[derive(Serialize)]
pub struct HeroJson {
    slug: String,
    name: String,
    /// The name in Latin letters as the hero gives it; empty when not given.
    latin_name: String,
    headline: String,
    company: String,
    city: String,
    country: String,
    country_name: String,
    region: String,
    status: String,
    hero_since: i64,
    photo_url: Option<String>,
    specializations: Vec<AwardView>,
    html_url: String,
    api_url: String,
    updated_at: String,
}

impl HeroJson {
    /// The public representation of `card`; `base` makes the links absolute.
    pub fn new(card: HeroCard, base: &str) -> Self {
        Self {
            country_name: card.country_name(),
            html_url: format!("{base}/heroes/{}", card.slug),
            api_url: format!("{base}/api/v1/heroes/{}", card.slug),
            updated_at: card.updated_at.to_rfc3339(),
            slug: card.slug,
            name: card.display_name,
            latin_name: card.latin_name,
            headline: card.headline,
            company: card.company,
            city: card.city,
            country: card.country,
            region: card.region,
            status: card.status,
            hero_since: card.hero_since,
            photo_url: card.photo_url,
            specializations: card.awards,
        }
    }
}

#[derive(Serialize)]
struct HeroList {
    heroes: Vec<HeroJson>,
    total: i64,
    page: i64,
    limit: i64,
    next: Option<String>,
    previous: Option<String>,
}

/// `GET /api/v1/heroes`: the directory with the page's filters, plus `limit`.
pub async fn list_heroes(
    State(state): State<AppState>,
    pairs: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    // Retired specializations still filter: their heroes keep the badge.
    let all = state.specializations(true).await?;
    let params = DirectoryParams::parse(&pairs, &all, true);
    if let Some(r) = params.rejected.first() {
        return Err(r.api_error());
    }
    let result = state.directory(&params.query).await?;
    let base = &state.config.base_url;
    let link = |page: i64| {
        let query = params.query_string(Some(page), true);
        if query.is_empty() {
            format!("{base}/api/v1/heroes")
        } else {
            format!("{base}/api/v1/heroes?{query}")
        }
    };
    let links = paging_links(&link, params.page, params.page_count(result.total));
    let body = HeroList {
        next: (params.query.offset + params.query.limit < result.total)
            .then(|| link(params.page + 1)),
        previous: (params.page > 1).then(|| link(params.page - 1)),
        heroes: result
            .heroes
            .into_iter()
            .map(|h| HeroJson::new(h, base))
            .collect(),
        total: result.total,
        page: params.page,
        limit: params.query.limit,
    };
    Ok(with_links(json_response(&headers, &body)?, links))
}

/// The `Link` header (RFC 8288) of page `page` of `pages`: `first`, `prev`, `next` and
/// `last`, so a client walks a list by following links instead of building URLs.
pub fn paging_links(url: &dyn Fn(i64) -> String, page: i64, pages: i64) -> Option<HeaderValue> {
    let mut links = vec![format!("<{}>; rel=\"first\"", url(1))];
    if page > 1 {
        links.push(format!("<{}>; rel=\"prev\"", url((page - 1).min(pages))));
    }
    if page < pages {
        links.push(format!("<{}>; rel=\"next\"", url(page + 1)));
    }
    links.push(format!("<{}>; rel=\"last\"", url(pages)));
    HeaderValue::from_str(&links.join(", ")).ok()
}

/// `response` with its `Link` header, if any.
pub fn with_links(mut response: Response, links: Option<HeaderValue>) -> Response {
    if let Some(links) = links {
        response.headers_mut().insert(header::LINK, links);
    }
    response
}

#[derive(Serialize)]
struct HeroDetailJson {
    #[serde(flatten)]
    hero: HeroJson,
    bio: String,
    bio_html: String,
    timezone: Option<String>,
    languages: Vec<String>,
    links: BTreeMap<String, String>,
    recent_contributions: Vec<ContributionJson>,
    created_at: String,
}

/// `GET /api/v1/heroes/{slug}`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn get_hero(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let detail = heroes::get(&state.db, &slug).await.map_err(|e| match e {
        heroes_store::StoreError::NotFound => {
            ApiError::not_found(format!("No hero has the slug {slug:?}."))
        }
        other => other.into(),
    })?;
    let recent = contributions::stream(
        &state.db,
        &StreamQuery {
            hero: Some(detail.card.slug.clone()),
            limit: 10,
            ..StreamQuery::default()
        },
    )
    .await?;
    let base = &state.config.base_url;
    let body = HeroDetailJson {
        bio_html: markdown_to_safe_html(&detail.bio),
        bio: detail.bio,
        timezone: detail.timezone,
        languages: detail.languages,
        links: detail.links.into_iter().collect(),
        recent_contributions: recent
            .into_iter()
            .map(|c| ContributionJson::new(c, base))
            .collect(),
        created_at: detail.created_at.to_rfc3339(),
        hero: HeroJson::new(detail.card, base),
    };
    json_response(&headers, &body)
}

/// Serializes a public read with an ETag, revalidated on every use (a client that just
/// changed the data must not be answered from its own cache).
pub fn json_response(headers: &HeaderMap, body: &impl Serialize) -> Result<Response, ApiError> {
    let bytes = serde_json::to_vec(body).map_err(ApiError::internal)?;
    Ok(cacheable(
        headers,
        "application/json",
        crate::web::REVALIDATE,
        bytes,
    ))
}
