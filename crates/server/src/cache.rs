//! A cache of rendered public responses, shared by the pages, the API and the feeds.
//!
//! Public reads dominate traffic and change rarely, so each instance keeps the bytes it last
//! rendered for a URL and language. Every write that changes public data bumps the database's
//! data version in its own transaction. An instance reads that version (one single-row query)
//! at most once per check interval (`--cache-check-ms`, 100 ms by default; 0 checks on every
//! request) and serves an entry only while its version is current, so a change made through
//! any instance is visible everywhere within the interval. Entries also expire after
//! [`MAX_AGE`], which bounds how old time-dependent details (a hero's local time, the home
//! page's daily selection) can get.

use crate::app::AppState;
use crate::i18n;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Mutex, RwLock};
use std::time::{Duration, Instant};

/// How long an entry may be served even when no write happened.
pub const MAX_AGE: Duration = Duration::from_secs(60);
/// Responses larger than this are not kept.
const MAX_BODY: usize = 2 * 1024 * 1024;
/// When the cache holds more than this many bytes it starts over.
const MAX_TOTAL: usize = 128 * 1024 * 1024;

struct Entry {
    version: i64,
    stored: Instant,
    headers: HeaderMap,
    etag: HeaderValue,
    body: Bytes,
}

/// Rendered responses by URL and language.
pub struct PageCache {
    entries: RwLock<(HashMap<String, Entry>, usize)>,
    check_interval: Duration,
    /// The data version last read, and when.
    checked: Mutex<Option<(i64, Instant)>>,
}

impl PageCache {
    /// An empty cache that re-reads the data version at most every `check_interval`.
    pub fn new(check_interval: Duration) -> Self {
        Self {
            entries: RwLock::default(),
            check_interval,
            checked: Mutex::new(None),
        }
    }

    /// The current data version, from memory when it was read less than an interval ago.
    async fn data_version(&self, db: &heroes_store::Db) -> Option<i64> {
        if let Ok(guard) = self.checked.lock()
            && let Some((version, at)) = *guard
            && at.elapsed() < self.check_interval
        {
            return Some(version);
        }
        let version = db.data_version().await.ok()?;
        if let Ok(mut guard) = self.checked.lock() {
            *guard = Some((version, Instant::now()));
        }
        Some(version)
    }

    fn get(&self, key: &str, version: i64) -> Option<(HeaderMap, HeaderValue, Bytes)> {
        let guard = self.entries.read().ok()?;
        let entry = guard.0.get(key)?;
        (entry.version == version && entry.stored.elapsed() < MAX_AGE).then(|| {
            (
                entry.headers.clone(),
                entry.etag.clone(),
                entry.body.clone(),
            )
        })
    }

    fn put(&self, key: String, entry: Entry) {
        if let Ok(mut guard) = self.entries.write() {
            let (map, total) = &mut *guard;
            if *total + entry.body.len() > MAX_TOTAL {
                map.clear();
                *total = 0;
            }
            *total += entry.body.len();
            if let Some(old) = map.insert(key, entry) {
                *total -= old.body.len();
            }
        }
    }
}

/// Middleware: answers public GETs from the cache when the data has not changed.
pub async fn cache_public_reads(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let Some(cache) = state.cache.as_ref() else {
        return next.run(request).await;
    };
    // Signed-in people may see more than visitors (contact details shown to members), so
    // their pages are rendered for them and never stored.
    if request.method() != Method::GET || crate::auth::session_cookie(request.headers()).is_some() {
        return next.run(request).await;
    }
    let Some(version) = cache.data_version(&state.db).await else {
        // The database is unwell; let the handler produce the error page.
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let key = format!(
        "{}|{}",
        parts.uri.path_and_query().map_or("/", |p| p.as_str()),
        i18n::from_parts(&parts).lang()
    );
    let if_none_match = parts.headers.get(header::IF_NONE_MATCH).cloned();
    if let Some((headers, etag, body)) = cache.get(&key, version) {
        metrics::counter!("page_cache_total", "result" => "hit").increment(1);
        return respond(headers, &etag, body, if_none_match.as_ref());
    }
    metrics::counter!("page_cache_total", "result" => "miss").increment(1);
    let response = next.run(Request::from_parts(parts, body)).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(collected) = body.collect().await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let bytes = collected.to_bytes();
    let etag = parts
        .headers
        .get(header::ETAG)
        .cloned()
        .unwrap_or_else(|| etag_of(&bytes));
    let mut headers = parts.headers;
    headers.remove(header::ETAG);
    if bytes.len() <= MAX_BODY {
        cache.put(
            key,
            Entry {
                version,
                stored: Instant::now(),
                headers: headers.clone(),
                etag: etag.clone(),
                body: bytes.clone(),
            },
        );
    }
    respond(headers, &etag, bytes, if_none_match.as_ref())
}

fn respond(
    headers: HeaderMap,
    etag: &HeaderValue,
    body: Bytes,
    if_none_match: Option<&HeaderValue>,
) -> Response {
    let not_modified = if_none_match
        .and_then(|v| v.to_str().ok())
        .zip(etag.to_str().ok())
        .is_some_and(|(sent, ours)| sent.split(',').any(|t| t.trim() == ours || t.trim() == "*"));
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = Response::new(Body::from(body));
        *r.headers_mut() = headers;
        r
    };
    response.headers_mut().insert(header::ETAG, etag.clone());
    response
}

fn etag_of(bytes: &[u8]) -> HeaderValue {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    HeaderValue::from_str(&format!("\"{:016x}\"", hasher.finish()))
        .unwrap_or(HeaderValue::from_static("\"0\""))
}
