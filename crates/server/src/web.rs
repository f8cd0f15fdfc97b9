//! Small pieces every page shares: safe Markdown, static assets, conditional GET, query
//! strings with repeated keys, security headers, and the refusal of request targets no route
//! can use.

use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::convert::Infallible;
use std::hash::{Hash, Hasher};

/// Renders user Markdown to HTML that is safe to embed: pulldown-cmark passes raw HTML
/// through, so every render goes through ammonia (no scripts, no event handlers, only
/// http/https/mailto links, `rel="noopener noreferrer nofollow"`).
pub fn markdown_to_safe_html(markdown: &str) -> String {
    let mut html = String::with_capacity(markdown.len() * 2);
    let parser =
        pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&html)
        .to_string()
}

/// The raw query string as ordered pairs, so repeated keys (`?country=DE&country=FR`) survive
/// (axum's `Query` keeps one value per key).
#[derive(Debug, Clone, Default)]
pub struct QueryPairs(pub Vec<(String, String)>);

impl QueryPairs {
    /// Every value of `key`, in order, without the ASCII white space around it; values of
    /// only such white space count as absent. Only ASCII: the OpenAPI document says exactly
    /// this set (`openapi::ABSENT`), and a value such as U+0085 is then a value, refused where
    /// it is not one, rather than silently dropped.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.trim_matches(|c: char| c.is_ascii_whitespace()))
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// The first non-empty value of `key`.
    pub fn first(&self, key: &str) -> Option<&str> {
        self.all(key).into_iter().next()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for QueryPairs {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let pairs = parts
            .uri
            .query()
            .map(|q| {
                form_urlencoded::parse(q.as_bytes())
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        Ok(QueryPairs(pairs))
    }
}

/// The host (with its port, if any) of the site's base URL: the part of an id that says
/// whose it is (calendar UIDs, feed `tag:` URIs).
pub fn site_host(base_url: &str) -> &str {
    base_url
        .split("://")
        .nth(1)
        .unwrap_or(base_url)
        .split('/')
        .next()
        .unwrap_or("heroes")
}

/// The longest request target (path and query) accepted: far more than any page of ours
/// links to, and short enough to refuse through our own stack, with its headers and page or
/// problem document (hyper's own limit, 64 KB, answers bare).
pub const MAX_TARGET_LEN: usize = 8 * 1024;

/// Refuses, before any handler reads them, request targets no route can use: one longer than
/// [`MAX_TARGET_LEN`] (414), and one carrying a NUL byte in its path or query (400), which
/// PostgreSQL cannot store or compare in text (it fails the query) and SQLite would treat
/// differently. `%00` is the only way a target can carry NUL: a raw NUL byte is not a valid
/// URI character and never gets this far. The error-page middleware turns the plain text
/// into a page, or into a problem document under `/api/`.
pub async fn refuse_unusable_targets(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let target = request.uri().path_and_query().map_or("", |p| p.as_str());
    if target.len() > MAX_TARGET_LEN {
        return (
            StatusCode::URI_TOO_LONG,
            format!("The address is longer than {MAX_TARGET_LEN} bytes."),
        )
            .into_response();
    }
    if target.contains("%00") {
        return (
            StatusCode::BAD_REQUEST,
            "The address contains a NUL byte (%00).",
        )
            .into_response();
    }
    next.run(request).await
}

/// The value of the cookie `name` in the request headers, if any.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| {
            let (key, value) = c.trim().split_once('=')?;
            (key == name).then(|| value.to_owned())
        })
}

/// Marks a response as personal: never stored by a browser cache or a proxy.
pub fn private(response: impl IntoResponse) -> Response {
    let mut response = response.into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

/// The `max_age_seconds` of a [`cacheable`] response built from data that writes change:
/// browsers and proxies may keep it but ask again every time (`public, no-cache`), which the
/// ETag makes a cheap `304`, so nobody reads a page older than their own last change.
pub const REVALIDATE: u32 = 0;

/// A public, cacheable response with an ETag of its body; answers `304 Not Modified` when the
/// client already has it (`If-None-Match`, compared weakly). It may be reused without asking
/// for `max_age_seconds` ([`REVALIDATE`]: not at all), so only content that changes with a
/// release or under a new URL gets more than 0. The `304` carries the same `Cache-Control`,
/// ETag and type as the `200` would; [`crate::representation`] then weakens the ETag and
/// compresses exactly as it does for the `200`, and drops the type.
pub fn cacheable(
    request_headers: &HeaderMap,
    content_type: &'static str,
    max_age_seconds: u32,
    body: impl Into<Vec<u8>>,
) -> Response {
    let body = body.into();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut hasher);
    let etag = HeaderValue::from_str(&format!("\"{:016x}\"", hasher.finish()))
        .unwrap_or(HeaderValue::from_static("\"0\""));
    let cache_control = if max_age_seconds == REVALIDATE {
        "public, no-cache".to_owned()
    } else {
        format!("public, max-age={max_age_seconds}")
    };
    let matches = request_headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|sent| crate::representation::etag_matches(sent, &etag));
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        Response::new(Body::from(body))
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::ETAG, etag);
    if let Ok(v) = HeaderValue::from_str(&cache_control) {
        headers.insert(header::CACHE_CONTROL, v);
    }
    response
}

/// Static files compiled into the binary: `(path under /assets/, content type, bytes)`.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "style.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/style.css"),
    ),
    (
        "directory.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/directory.js"),
    ),
    (
        "passkeys.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/passkeys.js"),
    ),
    (
        "timezone.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/timezone.js"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../assets/favicon.svg"),
    ),
];

/// `GET /assets/{file}`.
pub async fn asset(
    axum::extract::Path(file): axum::extract::Path<String>,
    headers: HeaderMap,
) -> Response {
    match ASSETS.iter().find(|(name, _, _)| *name == file) {
        Some((_, content_type, bytes)) => {
            let content_type: &'static str = content_type;
            cacheable(&headers, content_type, 86_400, *bytes)
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// `GET /favicon.ico`: browsers ask for it whatever the page says.
pub async fn favicon(headers: HeaderMap) -> Response {
    cacheable(
        &headers,
        "image/svg+xml",
        86_400,
        include_bytes!("../assets/favicon.svg").as_slice(),
    )
}

/// Headers every response carries. The policy allows our own scripts, styles and images
/// only, no inline script or style, and no framing.
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    (
        "content-security-policy",
        "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("x-frame-options", "DENY"),
];

/// Presentation helpers for directory cards, callable from templates.
pub trait CardExt {
    /// Up to two initials for the placeholder avatar.
    fn initials(&self) -> String;
    /// One of eight avatar colours, stable per hero.
    fn avatar_hue(&self) -> u64;
    /// "City, Country", the country named in the reader's language.
    fn location(&self, i18n: &crate::i18n::I18n) -> String;
    /// The country's English name (or the code if unknown), as the API gives it.
    fn country_name(&self) -> String;
}

impl CardExt for heroes_store::heroes::HeroCard {
    fn initials(&self) -> String {
        let mut words = self.display_name.split_whitespace();
        let first = words.next().and_then(|w| w.chars().next());
        let last = words.last().and_then(|w| w.chars().next());
        first
            .into_iter()
            .chain(last)
            .flat_map(char::to_uppercase)
            .collect()
    }

    fn avatar_hue(&self) -> u64 {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        self.slug.hash(&mut hasher);
        hasher.finish() % 8
    }

    fn location(&self, i18n: &crate::i18n::I18n) -> String {
        let country = i18n.country(&self.country);
        if self.city.is_empty() {
            country
        } else {
            format!("{}, {country}", self.city)
        }
    }

    fn country_name(&self) -> String {
        heroes_domain::geo::CountryCode::parse(&self.country)
            .map_or_else(|_| self.country.clone(), |c| c.name().to_owned())
    }
}

/// Presentation helpers for contributions, callable from templates.
pub trait ContributionExt {
    /// The catalog id of the kind's name (`kind-blog-post`).
    fn kind_message_id(&self) -> String;
    /// The further addresses of the work with the site each is on (`dev.to`), for "also on".
    fn also_links(&self) -> Vec<(String, String)>;
}

impl ContributionExt for heroes_store::contributions::ContributionView {
    fn kind_message_id(&self) -> String {
        format!("kind-{}", self.kind)
    }

    fn also_links(&self) -> Vec<(String, String)> {
        self.also_at
            .iter()
            .map(|href| {
                let host = heroes_domain::web::WebUrl::parse("url", href)
                    .map(|u| u.host().trim_start_matches("www.").to_owned())
                    .unwrap_or_else(|_| href.clone());
                (href.clone(), host)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_sanitized() {
        let html = markdown_to_safe_html(
            "**hi** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        );
        assert!(html.contains("<strong>hi</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("onerror"));
    }
}
