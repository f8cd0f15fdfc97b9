//! For mirrors: what went away (`/api/v1/deletions`) and everything at once
//! (`/api/v1/heroes.ndjson`, `/api/v1/contributions.ndjson`).
//!
//! A mirror keeps itself current with three reads: the lists with `updated_since` for what
//! changed, the deletions with the same `updated_since` for what went away, and, to start (or
//! start over), the bulk exports: one JSON object per line, in the same shape as the list
//! items, read from the store in pages by id and written as they come, so an export of a
//! million contributions holds one page in memory. Bulk exports are not kept by the response
//! cache (they would not fit); they are compressed on the fly when the client accepts gzip.

use crate::app::AppState;
use crate::contributions::api::ContributionJson;
use crate::error::ApiError;
use crate::heroes::api::{HeroJson, json_response, paging_links, with_links};
use crate::heroes::{Rejected, parse_limit, parse_page, parse_updated_since, rfc3339};
use crate::web::QueryPairs;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use flate2::Compression;
use flate2::write::GzEncoder;
use futures_util::Stream;
use heroes_store::deletions::{self, Deletion, DeletionKind, DeletionQuery};
use serde::Serialize;
use std::io::Write;
use utoipa::ToSchema;

/// Query parameters of `/api/v1/deletions`.
pub const DELETION_PARAMETERS: &[&str] = &["updated_since", "kind", "page", "limit"];
/// Query parameters of the bulk exports.
pub const BULK_PARAMETERS: &[&str] = &["updated_since"];

/// Records per page read from the store while exporting.
const BULK_PAGE: i64 = 500;

/// What left the public record: a hero (their contributions with them) or a contribution.
#[derive(Serialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
#[schema(as = Deletion)]
pub enum DeletionJson {
    /// A hero whose public record was erased.
    Hero {
        slug: String,
        #[schema(format = DateTime)]
        deleted_at: String,
    },
    /// A public contribution deleted or made private.
    Contribution {
        id: i64,
        #[schema(format = DateTime)]
        deleted_at: String,
    },
}

/// A page of deletions.
#[derive(Serialize, ToSchema)]
#[schema(examples(DeletionList::example))]
pub struct DeletionList {
    /// Oldest first.
    deletions: Vec<DeletionJson>,
    /// How many deletions the filters select, on every page.
    total: i64,
    page: i64,
    limit: i64,
    /// The next page, if there is one.
    next: Option<String>,
    /// The previous page, if there is one.
    previous: Option<String>,
}

impl DeletionList {
    /// The document's example: a contribution made private, then a hero erased.
    fn example() -> Self {
        DeletionList {
            deletions: vec![
                DeletionJson::Contribution {
                    id: 4188,
                    deleted_at: "2026-11-20T10:02:00+00:00".to_owned(),
                },
                DeletionJson::Hero {
                    slug: "jonas-berg".to_owned(),
                    deleted_at: "2026-11-21T15:40:00+00:00".to_owned(),
                },
            ],
            total: 2,
            page: 1,
            limit: 20,
            next: None,
            previous: None,
        }
    }
}

fn first_rejection(rejected: &[Rejected]) -> Result<(), ApiError> {
    rejected.first().map_or(Ok(()), |r| Err(r.api_error()))
}

/// `GET /api/v1/deletions`: heroes and contributions that left the public record, oldest
/// first, paged like the other lists.
pub async fn deletions(
    State(state): State<AppState>,
    pairs: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (query, page) = deletion_query(&pairs)?;
    let (since, kind, limit) = (query.since, query.kind, query.limit);
    let rows = deletions::list(&state.db, &query).await?;
    let total = deletions::count(&state.db, &query).await?;
    let base = &state.config.base_url;
    let link = |page: i64| {
        let mut url = form_urlencoded::Serializer::new(String::new());
        if let Some(since) = since {
            url.append_pair("updated_since", &rfc3339(since));
        }
        if let Some(kind) = kind {
            url.append_pair("kind", kind.slug());
        }
        url.append_pair("page", &page.to_string());
        url.append_pair("limit", &limit.to_string());
        format!("{base}/api/v1/deletions?{}", url.finish())
    };
    let pages = ((total + limit - 1) / limit).max(1);
    let links = paging_links(&link, page, pages);
    let body = DeletionList {
        deletions: rows.into_iter().filter_map(DeletionJson::of).collect(),
        total,
        page,
        limit,
        next: (query.offset + limit < total).then(|| link(page + 1)),
        previous: (page > 1).then(|| link(page - 1)),
    };
    Ok(with_links(json_response(&headers, &body)?, links))
}

/// The deletions' filters and the page asked for, or the 400 of the first value refused.
fn deletion_query(pairs: &QueryPairs) -> Result<(DeletionQuery, i64), ApiError> {
    let mut rejected = Vec::new();
    let since = parse_updated_since(pairs, &mut rejected);
    let kind = pairs.first("kind").and_then(|k| {
        let parsed = DeletionKind::parse(k);
        if parsed.is_none() {
            rejected.push(Rejected::new("kind", k, "hero or contribution"));
        }
        parsed
    });
    let limit = parse_limit(pairs, crate::heroes::MAX_LIMIT, &mut rejected);
    let page = parse_page(pairs, &mut rejected);
    first_rejection(&rejected)?;
    let query = DeletionQuery {
        kind,
        since,
        limit,
        offset: (page - 1) * limit,
    };
    Ok((query, page))
}

impl DeletionJson {
    /// A stored deletion as the API shows it (`None` for a kind or key this version does not
    /// know).
    fn of(d: Deletion) -> Option<Self> {
        let deleted_at = d.deleted_at.to_rfc3339();
        match DeletionKind::parse(&d.kind)? {
            DeletionKind::Hero => Some(DeletionJson::Hero {
                slug: d.key,
                deleted_at,
            }),
            DeletionKind::Contribution => Some(DeletionJson::Contribution {
                id: d.key.parse().ok()?,
                deleted_at,
            }),
        }
    }
}

/// What a bulk export lists.
#[derive(Debug, Clone, Copy)]
enum Bulk {
    Heroes,
    Contributions,
}

impl Bulk {
    /// The page of records after id `after`, as NDJSON, and the last id on it (`None` when the
    /// page is empty: the export is complete).
    async fn page(
        self,
        state: &AppState,
        after: i64,
        since: Option<chrono::DateTime<chrono::Utc>>,
    ) -> std::io::Result<(Vec<u8>, Option<i64>)> {
        let base = &state.config.base_url;
        let mut out = Vec::new();
        let last = match self {
            Bulk::Heroes => {
                let page = heroes_store::heroes::public_after(&state.db, after, BULK_PAGE, since)
                    .await
                    .map_err(std::io::Error::other)?;
                let last = page.last().map(|h| h.id);
                for hero in page {
                    write_line(&mut out, &HeroJson::new(hero, base))?;
                }
                last
            }
            Bulk::Contributions => {
                let page =
                    heroes_store::contributions::public_after(&state.db, after, BULK_PAGE, since)
                        .await
                        .map_err(std::io::Error::other)?;
                let last = page.last().map(|c| c.id);
                for item in page {
                    write_line(&mut out, &ContributionJson::new(item, base))?;
                }
                last
            }
        };
        Ok((out, last))
    }
}

fn write_line(out: &mut Vec<u8>, record: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.push(b'\n');
    Ok(())
}

/// The export as a stream of chunks, gzip-compressed when `gzip`.
fn bulk_stream(
    state: AppState,
    bulk: Bulk,
    since: Option<chrono::DateTime<chrono::Utc>>,
    gzip: bool,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> {
    struct Cursor {
        after: Option<i64>,
        encoder: Option<GzEncoder<Vec<u8>>>,
    }
    let start = Cursor {
        after: Some(0),
        encoder: gzip.then(|| GzEncoder::new(Vec::new(), Compression::fast())),
    };
    futures_util::stream::unfold(start, move |mut cursor| {
        let state = state.clone();
        async move {
            let after = cursor.after?;
            let (plain, last) = match bulk.page(&state, after, since).await {
                Ok(page) => page,
                Err(e) => {
                    // The client sees the body end early (no final chunk): never a silently
                    // short export.
                    tracing::error!(error = %e, ?bulk, "bulk export stopped");
                    cursor.after = None;
                    return Some((Err(e), cursor));
                }
            };
            cursor.after = last;
            let chunk = match (&mut cursor.encoder, last) {
                (None, _) => Ok(plain),
                (Some(encoder), Some(_)) => encoder
                    .write_all(&plain)
                    .and_then(|()| encoder.flush())
                    .map(|()| std::mem::take(encoder.get_mut())),
                (Some(_), None) => cursor
                    .encoder
                    .take()
                    .map_or(Ok(Vec::new()), GzEncoder::finish),
            };
            if chunk.is_err() {
                cursor.after = None;
            }
            Some((chunk.map(Bytes::from), cursor))
        }
    })
}

async fn bulk(
    state: AppState,
    bulk: Bulk,
    pairs: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let mut rejected = Vec::new();
    let since = parse_updated_since(&pairs, &mut rejected);
    first_rejection(&rejected)?;
    let gzip = crate::representation::Coding::accepts_gzip(&headers);
    let mut response = Response::new(Body::from_stream(bulk_stream(state, bulk, since, gzip)));
    let out = response.headers_mut();
    out.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-ndjson"),
    );
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    out.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if gzip {
        out.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    Ok(response)
}

/// `GET /api/v1/heroes.ndjson`: every public hero (active, on leave, alumni), one per line.
pub async fn heroes_ndjson(
    State(state): State<AppState>,
    pairs: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    bulk(state, Bulk::Heroes, pairs, headers).await
}

/// `GET /api/v1/contributions.ndjson`: every public contribution, one per line.
pub async fn contributions_ndjson(
    State(state): State<AppState>,
    pairs: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    bulk(state, Bulk::Contributions, pairs, headers).await
}
