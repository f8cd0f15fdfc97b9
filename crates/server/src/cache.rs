//! A cache of rendered public responses, shared by the pages, the API and the feeds.
//!
//! Public reads dominate traffic and change rarely, so each instance keeps the bytes it last
//! rendered for a URL and language. Every write that changes public data bumps the database's
//! data version in its own transaction, and entries are kept per version.
//!
//! **Freshness.** An instance reads the data version (one single-row query) at most once per
//! check interval (`--cache-check-ms`, 100 ms by default; 0 checks on every request), so a
//! change made through another instance shows within the interval. A change made through
//! this instance shows at once: the store counts the commits of this process that changed
//! public data ([`heroes_store::local_data_changes`]) and a version read before the latest
//! of them is never trusted. Entries also expire after [`MAX_AGE`], which bounds how old
//! time-dependent details (a hero's local time, the home page's daily selection) can get, and an
//! answer that knows when it stops being true (the spotlight, whose items come and go on a
//! schedule) is kept until then at most ([`FreshUntil`]).
//!
//! **Bounds.** The cache holds at most `--page-cache-mb` of keys and bodies, and every entry
//! weighs at least [`MIN_ENTRY_WEIGHT`], which also bounds the number of entries. A key is the
//! route's path, the query parameters that route reads ([`QueryKeys`]; every other one is
//! dropped before the handler sees the request, so it cannot make a new entry), the
//! language and the browser's time zone (the `tz` cookie, when it names an IANA zone: pages
//! show times in it); keys longer than [`MAX_KEY`] and bodies larger than [`MAX_BODY`] are not kept.
//!
//! **Stampedes.** When several requests miss the same key at once, one renders it and the
//! others wait for its answer.
//!
//! **Compression.** A kept answer of a compressible type is compressed in a coding the first
//! time a request accepts that coding, at per-request effort and not kept; from the second
//! such request on it is kept in that coding, compressed once at a higher effort than
//! per-request compression can afford. Each request gets the coding it accepts, with the weak
//! ETag and `Vary` that [`crate::representation`] gives every compressed answer. Why not
//! compress when storing: most kept answers of a busy site are searches asked once, and
//! compressing each in three codings at the high effort cost more than rendering it.
//!
//! **Dates.** A kept answer of a route whose answer depends on the public data and the
//! release alone ([`DatedRoutes`]; not one that changes with the clock, such as coming
//! events or a hero's local time) carries `Last-Modified`: the later of when public data last
//! changed ([`heroes_store::DataStamp`], by the database's clock, so every instance agrees)
//! and when this process started (a new release may change any page). An HTTP date has whole
//! seconds, so the date is sent only once its second has been over for two more: no later
//! change can then share it, and a client's `If-Modified-Since` never matches an answer newer
//! than its copy. Until then, and for answers not kept (a signed-in person's, one with the
//! cache off), the ETag alone validates.

use crate::app::AppState;
use crate::i18n;
use crate::representation::{self, Coding, Conditions, Effort};
use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

/// How long an entry may be served even when no write happened.
pub const MAX_AGE: Duration = Duration::from_secs(60);
/// Responses larger than this are not kept (nor larger than half of one part of the cache).
pub const MAX_BODY: usize = 2 * 1024 * 1024;
/// Keys (path, query and language) longer than this are not kept: a long search text is
/// answered, just not remembered.
pub const MAX_KEY: usize = 2048;
/// Every entry counts as at least this many bytes, so a cache of N bytes holds at most
/// N / 4096 entries however small they are.
pub const MIN_ENTRY_WEIGHT: u64 = 4096;
/// What an entry costs besides its key and body (the table slot, the header map).
const ENTRY_OVERHEAD: usize = 256;
/// The cache is split into this many independently locked parts, each with its share of the
/// capacity (an entry must fit in one part); few, so that a large page fits.
const SHARDS: usize = 4;
/// The smallest capacity accepted.
pub const MIN_CAPACITY: u64 = 1024 * 1024;

/// The query parameters each cacheable route reads, by route template (`/heroes/{slug}`).
/// The request's language parameter (`lang`) is always kept for the handler and is part of
/// every key through the negotiated language.
#[derive(Clone, Default)]
pub struct QueryKeys(Arc<HashMap<&'static str, &'static [&'static str]>>);

impl QueryKeys {
    /// The table, from `(route template, parameters it reads)` pairs.
    pub fn new(routes: impl IntoIterator<Item = (&'static str, &'static [&'static str])>) -> Self {
        Self(Arc::new(routes.into_iter().collect()))
    }
}

/// The route templates whose kept answers carry `Last-Modified` (see the module's "Dates").
#[derive(Clone, Default)]
pub struct DatedRoutes(Arc<HashSet<&'static str>>);

impl DatedRoutes {
    /// The set, from route templates.
    pub fn new(routes: impl IntoIterator<Item = &'static str>) -> Self {
        Self(Arc::new(routes.into_iter().collect()))
    }
}

/// Marks a public answer that stops being true at a known instant (a spotlight item's window
/// ends, the home page's rotation turns): the cache serves it until then at most, whatever
/// the data version says, since the passing of time bumps no version. Set with
/// [`fresh_until`].
#[derive(Debug, Clone, Copy)]
pub struct FreshUntil(pub Instant);

/// Marks `response` as true until `at` at most (see [`FreshUntil`]); `None` changes nothing.
pub fn fresh_until(mut response: Response, at: Option<chrono::DateTime<chrono::Utc>>) -> Response {
    if let Some(at) = at {
        let left = (at - chrono::Utc::now()).to_std().unwrap_or(Duration::ZERO);
        response
            .extensions_mut()
            .insert(FreshUntil(Instant::now() + left));
    }
    response
}

/// What the cache middleware needs: the application and which query parameters matter.
#[derive(Clone)]
pub struct CacheLayer {
    /// The application state (database, cache).
    pub state: AppState,
    /// The query parameters each route reads.
    pub query_keys: QueryKeys,
    /// The routes whose answers carry `Last-Modified`.
    pub dated: DatedRoutes,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    /// The data version the entry was rendered at (or after).
    version: i64,
    /// Path, canonical query and language.
    target: String,
}

/// A rendered response, shared by every request it answers.
struct Stored {
    headers: HeaderMap,
    etag: HeaderValue,
    body: Bytes,
    /// The body in the codings of [`Coding::COMPRESSED`] asked for more than once, for a
    /// compressible type (see [`Stored::encoded`]).
    encoded: Encodings,
    /// Whether the type is compressible: then a request that accepts a coding gets the weak
    /// ETag, whether or not this body was worth compressing.
    compressible: bool,
    /// Bytes held besides the key: body, headers and overhead.
    size: usize,
    /// When the answer stops being true, if its handler said ([`FreshUntil`]).
    until: Option<Instant>,
}

/// A kept answer's compressed forms, one per coding of [`Coding::COMPRESSED`], each made at
/// its coding's second request. `None` kept: the body is short, its encoder failed, or the
/// result is larger than the share of the entry's size reserved for it (a third of the
/// body), so the cache's weight of an entry bounds what it can grow to.
#[derive(Default)]
struct Encodings {
    kept: [std::sync::OnceLock<Option<Bytes>>; 3],
    asked: [std::sync::atomic::AtomicBool; 3],
}

impl Stored {
    /// The body in `coding`, or `None` to send it as it is.
    fn encoded(&self, coding: Coding) -> Option<Bytes> {
        let at = Coding::COMPRESSED.iter().position(|c| *c == coding)?;
        if !self.compressible || self.body.len() < representation::MIN_SIZE {
            return None;
        }
        if let Some(kept) = self.encoded.kept[at].get() {
            return kept.clone();
        }
        if !self.encoded.asked[at].swap(true, std::sync::atomic::Ordering::Relaxed) {
            return coding.encode(&self.body, Effort::PerRequest);
        }
        self.encoded.kept[at]
            .get_or_init(|| {
                coding
                    .encode(&self.body, Effort::Once)
                    .filter(|e| e.len() <= self.body.len() / 3)
            })
            .clone()
    }
}

#[derive(Clone)]
enum Cached {
    /// A response to serve.
    Response { at: Instant, stored: Arc<Stored> },
    /// This URL's answer is not kept (not a 200, or too large): requests that waited for it
    /// render their own instead of queueing one behind the other.
    Pass { at: Instant },
}

impl Cached {
    fn at(&self) -> Instant {
        match self {
            Cached::Response { at, .. } | Cached::Pass { at } => *at,
        }
    }

    /// Whether the entry may no longer be served: older than [`MAX_AGE`], or past the
    /// instant its answer said it stops being true.
    fn expired(&self) -> bool {
        let past_until = match self {
            Cached::Response { stored, .. } => stored.until.is_some_and(|u| Instant::now() >= u),
            Cached::Pass { .. } => false,
        };
        past_until || self.at().elapsed() >= MAX_AGE
    }
}

/// Weighs an entry by the bytes it holds, at least [`MIN_ENTRY_WEIGHT`].
#[derive(Clone)]
struct Weigher;

impl quick_cache::Weighter<Key, Cached> for Weigher {
    fn weight(&self, key: &Key, value: &Cached) -> u64 {
        let held = match value {
            Cached::Response { stored, .. } => stored.size,
            Cached::Pass { .. } => ENTRY_OVERHEAD,
        };
        ((key.target.len() + held) as u64).max(MIN_ENTRY_WEIGHT)
    }
}

/// Rendered responses by data version, URL and language.
pub struct PageCache {
    entries: quick_cache::sync::Cache<Key, Cached, Weigher>,
    capacity: u64,
    /// The largest body kept.
    max_body: usize,
    version: heroes_store::VersionWatch,
    renders: AtomicU64,
    /// When this process started, in whole seconds: no answer it renders is older.
    started_at: i64,
}

impl PageCache {
    /// An empty cache of at most `capacity` bytes (at least [`MIN_CAPACITY`]) that re-reads
    /// the data version at most every `check_interval`.
    pub fn new(check_interval: Duration, capacity: u64) -> Self {
        let capacity = capacity.max(MIN_CAPACITY);
        let options = quick_cache::OptionsBuilder::new()
            .shards(SHARDS)
            .estimated_items_capacity((capacity / (32 * 1024)).max(64) as usize)
            .weight_capacity(capacity)
            .build();
        let entries = match options {
            Ok(options) => quick_cache::sync::Cache::with_options(
                options,
                Weigher,
                quick_cache::DefaultHashBuilder::default(),
                quick_cache::sync::DefaultLifecycle::default(),
            ),
            // Unreachable (both required options are set); a plain cache of the same
            // weight keeps the server up regardless.
            Err(_) => quick_cache::sync::Cache::with_weighter(1024, capacity, Weigher),
        };
        let part = usize::try_from(capacity / SHARDS as u64).unwrap_or(usize::MAX);
        Self {
            entries,
            capacity,
            max_body: MAX_BODY.min(part / 2),
            version: heroes_store::VersionWatch::new(check_interval),
            renders: AtomicU64::new(0),
            started_at: chrono::Utc::now().timestamp(),
        }
    }

    /// How many entries the cache holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the cache holds nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The weight of everything held: bytes of keys and bodies, each entry at least
    /// [`MIN_ENTRY_WEIGHT`]. Never more than [`PageCache::capacity`].
    pub fn weight(&self) -> u64 {
        self.entries.weight()
    }

    /// The most weight the cache holds.
    pub fn capacity(&self) -> u64 {
        self.capacity
    }

    /// The most entries the cache holds.
    pub fn max_entries(&self) -> u64 {
        self.capacity / MIN_ENTRY_WEIGHT
    }

    /// How many times a handler ran to fill the cache (misses that were not waiting for
    /// another request rendering the same key).
    pub fn renders(&self) -> u64 {
        self.renders.load(Ordering::Relaxed)
    }

    /// The current data version: from memory when it was read less than an interval ago and
    /// this process committed no change to public data since.
    async fn data_stamp(
        &self,
        db: &heroes_store::Db,
    ) -> heroes_store::StoreResult<heroes_store::DataStamp> {
        let (stamp, moved) = self.version.current_stamp(db).await?;
        if moved {
            // Entries of older versions will never be served again; free their room now.
            self.entries.retain(|key, _| key.version >= stamp.version);
        }
        Ok(stamp)
    }

    /// The `Last-Modified` of a dated answer rendered at `stamp` (see the module's "Dates"),
    /// or `None` while the last change is too recent to be named by its second.
    fn last_modified(&self, stamp: heroes_store::DataStamp) -> Option<SystemTime> {
        let at = stamp.last_modified()?.max(self.started_at);
        Some(SystemTime::UNIX_EPOCH + Duration::from_secs(u64::try_from(at).ok()?))
    }

    /// The stored answer for `key`, or the one `render` gives, stored when it is a 200 of at
    /// most the largest body kept. Concurrent calls for one key run `render` once; the others
    /// wait for it, and render their own only when that answer was not kept
    /// ([`Lookup::NotKept`]).
    async fn get_or_render<F>(&self, key: &Key, render: F) -> Lookup
    where
        F: Future<Output = Response>,
    {
        let mut render = Some(render);
        // Twice at most: an expired entry is removed and the key looked up once more.
        for _ in 0..2 {
            match self.entries.get_value_or_guard_async(key).await {
                Ok(cached) if cached.expired() => {
                    let at = cached.at();
                    self.entries.remove_if(key, |c| c.at() == at);
                }
                Ok(Cached::Response { stored, .. }) => return Lookup::Hit(stored),
                Ok(Cached::Pass { .. }) => break,
                Err(guard) => {
                    // Always there: this arm returns, so `render` is taken at most once.
                    let Some(render) = render.take() else { break };
                    self.renders.fetch_add(1, Ordering::Relaxed);
                    let response = render.await;
                    return match keepable(response, self.max_body).await {
                        Ok(stored) => {
                            let _ = guard.insert(Cached::Response {
                                at: Instant::now(),
                                stored: stored.clone(),
                            });
                            metrics::gauge!("page_cache_entries").set(self.len() as f64);
                            metrics::gauge!("page_cache_bytes").set(self.weight() as f64);
                            Lookup::Rendered(stored)
                        }
                        Err(response) => {
                            let _ = guard.insert(Cached::Pass { at: Instant::now() });
                            Lookup::NotKept(response)
                        }
                    };
                }
            }
        }
        match render {
            Some(render) => Lookup::NotKept(render.await),
            None => Lookup::NotKept(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
        }
    }
}

/// How a request was answered.
enum Lookup {
    /// From the cache (possibly rendered by a request it waited for).
    Hit(Arc<Stored>),
    /// Rendered by this request and now kept.
    Rendered(Arc<Stored>),
    /// Rendered by this request and not kept.
    NotKept(Response),
}

/// The response as a [`Stored`] when it may be kept (a 200 of at most `max_body` bytes),
/// otherwise the response itself, ready to send.
async fn keepable(response: Response, max_body: usize) -> Result<Arc<Stored>, Response> {
    if response.status() != StatusCode::OK {
        return Err(response);
    }
    let (parts, body) = response.into_parts();
    let until = parts.extensions.get::<FreshUntil>().map(|f| f.0);
    let Ok(collected) = body.collect().await else {
        return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
    };
    let body = collected.to_bytes();
    if body.len() > max_body {
        return Err(Response::from_parts(parts, Body::from(body)));
    }
    let mut headers = parts.headers;
    let etag = headers
        .remove(header::ETAG)
        .unwrap_or_else(|| etag_of(&body));
    let compressible = representation::compressible_type(&headers);
    if compressible {
        representation::add_vary(&mut headers, "accept-encoding");
    }
    let header_bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 32)
        .sum();
    // Room for the compressed forms kept later: each at most a third of the body.
    let encoded_bytes = if compressible { body.len() } else { 0 };
    Ok(Arc::new(Stored {
        size: body.len() + encoded_bytes + header_bytes + ENTRY_OVERHEAD,
        headers,
        etag,
        body,
        encoded: Encodings::default(),
        compressible,
        until,
    }))
}

/// Middleware for the public routes: keeps only the query parameters the route reads, and
/// answers visitors' GETs from the cache while the data has not changed.
pub async fn cache_public_reads(
    State(layer): State<CacheLayer>,
    request: Request,
    next: Next,
) -> Response {
    let route = request.extensions().get::<MatchedPath>();
    let dated = route.is_some_and(|route| layer.dated.0.contains(route.as_str()));
    let reads = route.and_then(|route| layer.query_keys.0.get(route.as_str()).copied());
    let Some(reads) = reads else {
        // A route nobody described: nothing is dropped and nothing is kept.
        return next.run(request).await;
    };
    let (mut parts, body) = request.into_parts();
    // Answers not served from the cache are validated on the way out (see `validated`).
    let conditions = Conditions::of(&parts.method, &parts.headers);
    let canonical = CanonicalQuery::of(parts.uri.query(), reads);
    if let Some(uri) = canonical.uri(&parts.uri) {
        parts.uri = uri;
    }
    // Signed-in people may see more than visitors (contact details shown to members), so
    // their pages are rendered for them and never stored.
    let signed_in = crate::auth::session_cookie(&parts.headers).is_some();
    let cache = match layer.state.cache.as_ref() {
        Some(cache) if parts.method == Method::GET && !signed_in => cache,
        _ => {
            let response = next.run(Request::from_parts(parts, body)).await;
            return validated(with_cache_control(response, signed_in), &conditions).await;
        }
    };
    // Out of reach: answer 503 now rather than let the handler wait for the pool again.
    // Anything else: let the handler meet it and produce its error page.
    let stamp = match cache.data_stamp(&layer.state.db).await {
        Ok(stamp) => stamp,
        Err(e @ heroes_store::StoreError::Unavailable(_)) => return unavailable(e, &parts),
        Err(_) => return next.run(Request::from_parts(parts, body)).await,
    };
    let target = target(&parts, &canonical);
    if target.len() > MAX_KEY {
        metrics::counter!("page_cache_total", "result" => "skip").increment(1);
        let response = next.run(Request::from_parts(parts, body)).await;
        return validated(with_cache_control(response, false), &conditions).await;
    }
    let coding = for_rendering(&mut parts);
    let key = Key {
        version: stamp.version,
        target,
    };
    // The date of the version the entry is kept under (it was rendered at that version or
    // after, never before), read per request: the date settles after the entry is kept.
    let last_modified = dated.then(|| cache.last_modified(stamp)).flatten();
    let render = next.run(Request::from_parts(parts, body));
    let (result, stored) = match cache.get_or_render(&key, render).await {
        Lookup::Hit(stored) => ("hit", stored),
        Lookup::Rendered(stored) => ("miss", stored),
        Lookup::NotKept(response) => {
            metrics::counter!("page_cache_total", "result" => "pass").increment(1);
            return validated(with_cache_control(response, false), &conditions).await;
        }
    };
    metrics::counter!("page_cache_total", "result" => result).increment(1);
    respond(&stored, coding, &conditions, last_modified)
}

/// The part of a cache key besides the data version: path, canonical query, language, and
/// the browser's zone. Pages show times in that zone (the `tz` cookie, see `i18n_format`);
/// only names of the IANA database count, which bounds the keys.
fn target(parts: &axum::http::request::Parts, canonical: &CanonicalQuery) -> String {
    format!(
        "{}?{}|{}|{}",
        parts.uri.path(),
        canonical.key,
        i18n::from_parts(parts).lang(),
        crate::i18n_format::browser_zone(&parts.headers).map_or("", |tz| tz.name())
    )
}

/// The request as the handler gets it to fill the cache, and the coding the client takes.
/// The cache answers conditional requests itself; the handler renders the full body so that
/// there is something to keep.
fn for_rendering(parts: &mut axum::http::request::Parts) -> Coding {
    parts.headers.remove(header::IF_NONE_MATCH);
    parts.headers.remove(header::IF_MODIFIED_SINCE);
    Coding::negotiate(&parts.headers)
}

/// The 503 for a database out of reach, as a problem document under `/api/`, a page elsewhere.
fn unavailable(e: heroes_store::StoreError, request: &axum::http::request::Parts) -> Response {
    if request.uri.path().starts_with("/api/") {
        crate::error::ApiError::from(e).into_response()
    } else {
        crate::error::PageError::from(e).into_response()
    }
}

/// A query string reduced to the parameters a route reads.
struct CanonicalQuery {
    /// The kept parameters, blank values dropped, values trimmed (as [`crate::web::QueryPairs`]
    /// reads them) and sorted by name (values of one name keep their order): the key part.
    key: String,
    /// The same plus the `lang` parameters: what the handler is given.
    handler: String,
    /// Whether `handler` differs from the query the request came with.
    changed: bool,
}

impl CanonicalQuery {
    fn of(query: Option<&str>, reads: &[&str]) -> Self {
        let raw = query.unwrap_or_default();
        let mut kept: Vec<(String, String)> = Vec::new();
        let mut langs: Vec<(String, String)> = Vec::new();
        for (name, value) in form_urlencoded::parse(raw.as_bytes()) {
            if name == "lang" {
                langs.push((name.into_owned(), value.into_owned()));
            } else if reads.contains(&name.as_ref()) && !value.trim().is_empty() {
                kept.push((name.into_owned(), value.trim().to_owned()));
            }
        }
        kept.sort_by(|a, b| a.0.cmp(&b.0));
        let key = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&kept)
            .finish();
        let handler = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(kept.iter().chain(&langs))
            .finish();
        let changed = handler != raw;
        Self {
            key,
            handler,
            changed,
        }
    }

    /// The request's URI with the handler's query, when that differs.
    fn uri(&self, original: &Uri) -> Option<Uri> {
        if !self.changed {
            return None;
        }
        let path_and_query = if self.handler.is_empty() {
            original.path().to_owned()
        } else {
            format!("{}?{}", original.path(), self.handler)
        };
        let mut parts = original.clone().into_parts();
        parts.path_and_query = path_and_query.parse().ok();
        Uri::from_parts(parts).ok()
    }
}

/// A public route's answer without its own `Cache-Control`: public pages may be stored by
/// browsers and proxies but must be revalidated (their ETag makes that a cheap 304); a
/// signed-in person's view of a public page is theirs alone.
fn with_cache_control(mut response: Response, signed_in: bool) -> Response {
    if !response.headers().contains_key(header::CACHE_CONTROL) {
        let value = if signed_in {
            "private, no-cache"
        } else {
            "public, no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// The stored answer in `coding` (or as it is, when that coding was not worth keeping), or a
/// `304` with the same `Cache-Control`, ETag, `Last-Modified` and `Vary` when the client has it.
/// `last_modified` is the date of a dated route's answer, dropped when the answer changes with
/// the clock ([`FreshUntil`]).
fn respond(
    stored: &Stored,
    coding: Coding,
    conditions: &Conditions,
    last_modified: Option<SystemTime>,
) -> Response {
    let etag = if stored.compressible && coding != Coding::Identity {
        representation::weak(&stored.etag)
    } else {
        stored.etag.clone()
    };
    let last_modified = last_modified.filter(|_| stored.until.is_none());
    let not_modified = conditions.not_modified(&etag, last_modified);
    let mut response = if not_modified {
        let mut r = StatusCode::NOT_MODIFIED.into_response();
        for name in [header::CACHE_CONTROL, header::VARY] {
            for value in stored.headers.get_all(&name) {
                r.headers_mut().append(&name, value.clone());
            }
        }
        r
    } else {
        let encoded = stored.encoded(coding);
        let sent_in = encoded.as_ref().and_then(|_| coding.name());
        let mut r = Response::new(Body::from(encoded.unwrap_or_else(|| stored.body.clone())));
        *r.headers_mut() = stored.headers.clone();
        if let Some(name) = sent_in {
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
        }
        r
    };
    response.headers_mut().insert(header::ETAG, etag);
    if let Some(at) = last_modified {
        response
            .headers_mut()
            .insert(header::LAST_MODIFIED, representation::http_date(at));
    }
    with_cache_control(response, false)
}

/// A public answer not served from the cache (a signed-in person's, one with the cache off,
/// one not kept) with the ETag a cached one would have, or the `304` for it, so that
/// revalidation works the same whoever asks. Answers with an ETag of their own (the API,
/// feeds, assets) come through as their handler made them. The `304` keeps its type for
/// [`crate::representation`], which gives it the ETag and `Vary` of the `200` and drops it.
async fn validated(response: Response, conditions: &Conditions) -> Response {
    if response.status() != StatusCode::OK || response.headers().contains_key(header::ETAG) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(collected) = body.collect().await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let body = collected.to_bytes();
    let etag = etag_of(&body);
    let not_modified = conditions.not_modified(&etag, None);
    parts.headers.insert(header::ETAG, etag);
    if not_modified {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(body))
}

fn etag_of(bytes: &[u8]) -> HeaderValue {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    HeaderValue::from_str(&format!("\"{:016x}\"", hasher.finish()))
        .unwrap_or(HeaderValue::from_static("\"0\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_and_blank_parameters_are_dropped_and_the_rest_sorted() {
        let q = CanonicalQuery::of(
            Some("utm_source=x&q=+ada+&page=&country=DE&lang=de&country=FR"),
            &["q", "country", "page"],
        );
        assert_eq!(q.key, "country=DE&country=FR&q=ada");
        assert_eq!(q.handler, "country=DE&country=FR&q=ada&lang=de");
        assert!(q.changed);
        let same = CanonicalQuery::of(Some("q=ada"), &["q"]);
        assert!(!same.changed);
        assert_eq!(CanonicalQuery::of(Some("x=1"), &[]).key, "");
    }

    #[tokio::test]
    async fn a_kept_answer_is_compressed_once_from_its_second_request_and_served_as_kept() {
        let cache = PageCache::new(Duration::ZERO, MIN_CAPACITY);
        let key = Key {
            version: 1,
            target: "/api/v1/heroes?|en-US".to_owned(),
        };
        let text = "{\"heroes\":[]} ".repeat(200);
        let render =
            async { ([(header::CONTENT_TYPE, "application/json")], text.clone()).into_response() };
        let Lookup::Rendered(stored) = cache.get_or_render(&key, render).await else {
            panic!("not kept");
        };
        for coding in Coding::COMPRESSED {
            let mut bodies = Vec::new();
            for _ in 0..4 {
                let response = respond(&stored, coding, &Conditions::default(), None);
                assert_eq!(
                    response.headers()[header::CONTENT_ENCODING],
                    coding.name().unwrap()
                );
                assert!(
                    response.headers()[header::ETAG]
                        .as_bytes()
                        .starts_with(b"W/")
                );
                bodies.push(response.into_body().collect().await.unwrap().to_bytes());
            }
            let kept = stored.encoded.kept[Coding::COMPRESSED
                .iter()
                .position(|c| *c == coding)
                .unwrap()]
            .get()
            .cloned()
            .flatten()
            .expect("kept from the second request on");
            // The first request's body was compressed for it alone; from the second on, the
            // very bytes kept: nothing was compressed for those requests.
            assert_ne!(bodies[0].as_ptr(), kept.as_ptr());
            for body in &bodies[1..] {
                assert_eq!(body.as_ptr(), kept.as_ptr());
            }
            assert!(
                bodies[0].len() < text.len() / 3,
                "the first is compressed too"
            );
        }
        let plain = respond(&stored, Coding::Identity, &Conditions::default(), None);
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(plain.headers()[header::ETAG], stored.etag);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_misses_of_one_key_render_it_once() {
        let cache = Arc::new(PageCache::new(Duration::ZERO, MIN_CAPACITY));
        let barrier = Arc::new(tokio::sync::Barrier::new(16));
        let tasks: Vec<_> = (0..16)
            .map(|_| {
                let (cache, barrier) = (cache.clone(), barrier.clone());
                tokio::spawn(async move {
                    let key = Key {
                        version: 1,
                        target: "/heroes?|en-US".to_owned(),
                    };
                    barrier.wait().await;
                    let render = async {
                        tokio::time::sleep(Duration::from_millis(200)).await;
                        "rendered".into_response()
                    };
                    match cache.get_or_render(&key, render).await {
                        Lookup::Hit(s) | Lookup::Rendered(s) => s.body.clone(),
                        Lookup::NotKept(_) => Bytes::new(),
                    }
                })
            })
            .collect();
        for task in tasks {
            assert_eq!(task.await.unwrap(), Bytes::from_static(b"rendered"));
        }
        assert_eq!(cache.renders(), 1);
    }
}
