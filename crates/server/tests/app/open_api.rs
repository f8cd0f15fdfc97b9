//! The API as integrators build on it: readable from any origin where no session is involved,
//! compressed, paged with `Link` headers and `updated_since`, and HTTP by the book.

use crate::helpers::{TestApp, TestResponse, contribution, hero};
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use heroes_domain::account::TokenScope;
use http_body_util::BodyExt;
use std::io::Read;
use tower::ServiceExt;

const ORIGIN: &str = "https://conference.example";

/// A CORS preflight for a GET of `path` that revalidates (`If-None-Match` is not a simple
/// header, so browsers ask first).
async fn preflight(app: &TestApp, path: &str) -> TestResponse {
    app.request(
        Request::options(path)
            .header("origin", ORIGIN)
            .header("access-control-request-method", "GET")
            .header("access-control-request-headers", "if-none-match")
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn any_origin_reads_the_api_feeds_and_openapi_document() {
    let app = TestApp::new().await;
    let slug = hero("Cora Origin").create(&app).await;
    contribution(&slug, "Cross-origin reads").create(&app).await;
    let open = [
        "/api/v1/heroes".to_owned(),
        format!("/api/v1/heroes/{slug}"),
        "/api/v1/heroes/nobody".to_owned(),
        "/api/v1/specializations".to_owned(),
        "/api/v1/contributions?kind=blog-post".to_owned(),
        "/api/openapi.json".to_owned(),
        "/feeds/contributions.atom".to_owned(),
        "/feeds/contributions.json".to_owned(),
        format!("/heroes/{slug}/feed.atom"),
        format!("/heroes/{slug}/feed.json"),
        "/specializations/serverless/feed.atom".to_owned(),
        "/specializations/serverless/feed.json".to_owned(),
    ];
    for path in &open {
        // Twice: the second answer comes from the response cache.
        for _ in 0..2 {
            let simple = app.get_with(path, &[("origin", ORIGIN)]).await;
            assert!(simple.status.as_u16() < 500, "{path}");
            assert_eq!(
                simple.header("access-control-allow-origin"),
                Some("*"),
                "{path}"
            );
            assert!(simple.header("access-control-allow-credentials").is_none());
            let exposed = simple
                .header("access-control-expose-headers")
                .unwrap_or_default();
            for name in ["etag", "link"] {
                assert!(exposed.contains(name), "{path}: {exposed}");
            }
        }
        let asked = preflight(&app, path).await;
        assert!(asked.status.is_success(), "{path}: {}", asked.status);
        assert_eq!(
            asked.header("access-control-allow-origin"),
            Some("*"),
            "{path}"
        );
        let methods = asked
            .header("access-control-allow-methods")
            .unwrap_or_default();
        assert!(methods.contains("GET"), "{path}: {methods}");
        let headers = asked
            .header("access-control-allow-headers")
            .unwrap_or_default();
        assert!(headers.contains("if-none-match"), "{path}: {headers}");
        assert!(asked.header("access-control-max-age").is_some());
    }
}

#[tokio::test]
async fn nothing_that_uses_a_session_is_open_to_other_origins() {
    let app = TestApp::new().await;
    let slug = hero("Sol Session").create(&app).await;
    let user = app.account("sol@example.org", &[], Some(&slug)).await;
    let token = app.token(user, TokenScope::Read).await;
    let cookie = app.session(user).await;
    let bearer = format!("Bearer {token}");
    let closed = [
        "/",
        "/heroes",
        "/contributions",
        "/specializations/serverless",
        "/api/v1/me",
        "/api/v1/me/profile",
        "/account",
        "/login",
    ];
    for path in closed {
        let mine = app
            .get_with(
                path,
                &[
                    ("origin", ORIGIN),
                    ("authorization", &bearer),
                    ("cookie", &cookie),
                ],
            )
            .await;
        assert!(mine.status.as_u16() < 500, "{path}");
        assert!(
            mine.header("access-control-allow-origin").is_none(),
            "{path}"
        );
        let asked = preflight(&app, path).await;
        assert!(!asked.status.is_success(), "{path}: {}", asked.status);
        assert!(
            asked.header("access-control-allow-origin").is_none(),
            "{path}"
        );
    }
    let profile = format!("/heroes/{slug}");
    let page = app.get_with(&profile, &[("origin", ORIGIN)]).await;
    assert!(page.header("access-control-allow-origin").is_none());
}

/// A GET with `headers`, its body as raw bytes (compressed answers are not text).
async fn raw(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut builder = Request::get(path);
    for (k, v) in headers {
        builder = builder.header(*k, *v);
    }
    let response = app
        .router
        .clone()
        .oneshot(builder.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes().to_vec();
    (parts.status, parts.headers, bytes)
}

/// `body` decoded from the answer's `Content-Encoding`.
fn decoded(headers: &HeaderMap, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match headers.get("content-encoding").map(|v| v.to_str().unwrap()) {
        None => out.extend_from_slice(body),
        Some("gzip") => {
            flate2::read::GzDecoder::new(body)
                .read_to_end(&mut out)
                .unwrap();
        }
        Some("br") => {
            brotli::Decompressor::new(body, 4096)
                .read_to_end(&mut out)
                .unwrap();
        }
        Some(other) => panic!("unexpected coding {other}"),
    }
    out
}

fn vary(headers: &HeaderMap) -> String {
    headers
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap().to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A small program: enough heroes and contributions that every list is worth compressing.
async fn program(app: &TestApp) -> String {
    let mut first = String::new();
    for n in 0..12 {
        let slug = hero(&format!("Hero Number {n}")).create(app).await;
        contribution(&slug, &format!("Talk {n} about compression"))
            .date(2026, 1, 1 + n)
            .create(app)
            .await;
        if n == 0 {
            first = slug;
        }
    }
    first
}

#[tokio::test]
async fn compressed_answers_decode_to_the_plain_ones_with_and_without_the_cache() {
    for cached in [true, false] {
        let app = TestApp::with(|c| c.page_cache = cached).await;
        let slug = program(&app).await;
        let paths = [
            "/heroes".to_owned(),
            format!("/heroes/{slug}"),
            "/contributions".to_owned(),
            "/api/v1/heroes?limit=100".to_owned(),
            format!("/api/v1/heroes/{slug}"),
            "/api/v1/contributions".to_owned(),
            "/api/openapi.json".to_owned(),
            "/feeds/contributions.atom".to_owned(),
            "/feeds/contributions.json".to_owned(),
            format!("/heroes/{slug}/feed.json"),
            "/heroes/nobody".to_owned(),
            "/assets/style.css".to_owned(),
        ];
        for path in &paths {
            let (status, plain_headers, plain) = raw(&app, path, &[]).await;
            assert!(plain_headers.get("content-encoding").is_none(), "{path}");
            assert!(vary(&plain_headers).contains("accept-encoding"), "{path}");
            for (accept, coding) in [("gzip", "gzip"), ("gzip, deflate, br, zstd", "br")] {
                // Twice: a cached answer is served from the cache the second time.
                for _ in 0..2 {
                    let (s, headers, body) = raw(&app, path, &[("accept-encoding", accept)]).await;
                    assert_eq!(s, status, "{path}");
                    assert_eq!(
                        headers
                            .get("content-encoding")
                            .and_then(|v| v.to_str().ok()),
                        Some(coding),
                        "{path} ({accept}, cache {cached})"
                    );
                    assert!(
                        body.len() < plain.len(),
                        "{path}: {} of {}",
                        body.len(),
                        plain.len()
                    );
                    assert_eq!(decoded(&headers, &body), plain, "{path} ({accept})");
                    assert!(vary(&headers).contains("accept-encoding"), "{path}");
                    assert_eq!(
                        headers.get("content-type"),
                        plain_headers.get("content-type")
                    );
                }
            }
        }
        // A client that accepts no coding gets the plain body.
        let (_, headers, _) = raw(&app, "/heroes", &[("accept-encoding", "identity")]).await;
        assert!(headers.get("content-encoding").is_none());
    }
}

#[tokio::test]
async fn pages_vary_with_language_and_cookie_and_the_api_only_with_the_coding() {
    let app = TestApp::new().await;
    let slug = program(&app).await;
    for page in [
        "/heroes".to_owned(),
        format!("/heroes/{slug}"),
        "/".to_owned(),
    ] {
        let (_, headers, _) = raw(&app, &page, &[("accept-encoding", "gzip")]).await;
        let vary = vary(&headers);
        for name in ["accept-encoding", "accept-language", "cookie"] {
            assert!(vary.contains(name), "{page}: {vary}");
        }
    }
    for read in ["/api/v1/heroes", "/feeds/contributions.atom"] {
        let (_, headers, _) = raw(&app, read, &[("accept-encoding", "gzip")]).await;
        assert_eq!(vary(&headers), "accept-encoding", "{read}");
    }
}
