//! `/api/v1/heroes` and `/api/v1/heroes/{slug}`.

use super::DirectoryParams;
use crate::app::AppState;
use crate::contributions::api::ContributionJson;
use crate::error::ApiError;
use crate::openapi::schemas;
use crate::web::{CardExt, QueryPairs, cacheable, markdown_to_safe_html};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use heroes_store::contributions::{self, StreamQuery};
use heroes_store::heroes::{self, AwardView, HeroCard};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A hero as the API lists them.
#[derive(Serialize, ToSchema)]
#[schema(as = Hero, examples(HeroJson::example))]
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
    #[schema(schema_with = schemas::region)]
    region: String,
    #[schema(schema_with = schemas::hero_status)]
    status: String,
    hero_since: i64,
    photo_url: Option<String>,
    specializations: Vec<AwardJson>,
    html_url: String,
    api_url: String,
    #[schema(format = DateTime)]
    updated_at: String,
}

/// A specialization a hero holds, with the year it was awarded.
#[derive(Serialize, ToSchema)]
#[schema(as = Award)]
pub struct AwardJson {
    /// The specialization's slug.
    specialization: String,
    /// The specialization's name.
    name: String,
    /// The year it was awarded.
    year: i64,
}

impl From<AwardView> for AwardJson {
    fn from(award: AwardView) -> Self {
        AwardJson {
            specialization: award.slug,
            name: award.name,
            year: award.year,
        }
    }
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
            specializations: card.awards.into_iter().map(AwardJson::from).collect(),
        }
    }

    /// The document's example.
    pub fn example() -> Self {
        let base = "https://heroes.example.org";
        HeroJson {
            slug: "ana-lima".to_owned(),
            name: "Ana Lima".to_owned(),
            latin_name: String::new(),
            headline: "Serverless architect at Nuvem Labs".to_owned(),
            company: "Nuvem Labs".to_owned(),
            city: "São Paulo".to_owned(),
            country: "BR".to_owned(),
            country_name: "Brazil".to_owned(),
            region: "americas".to_owned(),
            status: "active".to_owned(),
            hero_since: 2024,
            photo_url: None,
            specializations: vec![AwardJson {
                specialization: "serverless".to_owned(),
                name: "Serverless".to_owned(),
                year: 2024,
            }],
            html_url: format!("{base}/heroes/ana-lima"),
            api_url: format!("{base}/api/v1/heroes/ana-lima"),
            updated_at: "2026-11-02T14:05:00+00:00".to_owned(),
        }
    }
}

/// A page of heroes.
#[derive(Serialize, ToSchema)]
#[schema(examples(HeroList::example))]
pub struct HeroList {
    heroes: Vec<HeroJson>,
    /// How many heroes the filters select, on every page.
    total: i64,
    page: i64,
    limit: i64,
    /// The next page, if there is one.
    next: Option<String>,
    /// The previous page, if there is one.
    previous: Option<String>,
}

impl HeroList {
    /// The document's example: the first of two pages.
    fn example() -> Self {
        HeroList {
            heroes: vec![HeroJson::example()],
            total: 2,
            page: 1,
            limit: 1,
            next: Some(
                "https://heroes.example.org/api/v1/heroes?region=americas&page=2&limit=1"
                    .to_owned(),
            ),
            previous: None,
        }
    }
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

/// One hero's profile: the list's fields and the profile's.
#[derive(Serialize, ToSchema)]
#[schema(as = HeroDetail, examples(HeroDetailJson::example))]
pub struct HeroDetailJson {
    #[serde(flatten)]
    hero: HeroJson,
    /// Markdown as written.
    bio: String,
    /// Sanitized HTML.
    bio_html: String,
    timezone: Option<String>,
    languages: Vec<String>,
    /// A web address per kind of link.
    links: BTreeMap<String, String>,
    recent_contributions: Vec<ContributionJson>,
    #[schema(format = DateTime)]
    created_at: String,
}

impl HeroDetailJson {
    /// The document's example.
    fn example() -> Self {
        let bio = "I write about **event-driven** systems.";
        HeroDetailJson {
            hero: HeroJson::example(),
            bio: bio.to_owned(),
            bio_html: markdown_to_safe_html(bio),
            timezone: Some("America/Sao_Paulo".to_owned()),
            languages: vec!["pt".to_owned(), "en".to_owned()],
            links: [(
                "github".to_owned(),
                "https://github.com/ana-lima".to_owned(),
            )]
            .into(),
            recent_contributions: vec![ContributionJson::example()],
            created_at: "2024-03-12T09:30:00+00:00".to_owned(),
        }
    }
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
