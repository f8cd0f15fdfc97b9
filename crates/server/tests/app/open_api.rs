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

/// The links of a `Link` header by relation, as paths with their query.
fn links(response: &TestResponse) -> Vec<(String, String)> {
    let header = response.header("link").unwrap_or_default();
    header
        .split(", ")
        .filter(|l| !l.is_empty())
        .map(|link| {
            let (target, rel) = link.split_once(">; rel=").unwrap();
            (
                rel.trim_matches('"').to_owned(),
                target
                    .trim_start_matches('<')
                    .trim_start_matches("http://heroes.test")
                    .to_owned(),
            )
        })
        .collect()
}

fn rel<'a>(links: &'a [(String, String)], name: &str) -> Option<&'a str> {
    links
        .iter()
        .find(|(r, _)| r == name)
        .map(|(_, target)| target.as_str())
}

#[tokio::test]
async fn link_headers_walk_every_page_of_both_lists() {
    let app = TestApp::new().await;
    for n in 0..7 {
        let slug = hero(&format!("Walker {n}")).create(&app).await;
        contribution(&slug, &format!("Step {n}")).create(&app).await;
    }
    hero("Elsewhere").place("Lima", "PE").create(&app).await;
    let lists = [
        ("/api/v1/heroes?country=DE&limit=2", "heroes", "slug", 7, 4),
        (
            "/api/v1/contributions?kind=blog-post&limit=3",
            "contributions",
            "id",
            7,
            3,
        ),
    ];
    for (start, key, id, total, pages) in lists {
        let mut url = start.to_owned();
        let mut seen = Vec::new();
        let mut walked = 0;
        let mut last = None;
        loop {
            let response = app.get(&url).await;
            assert_eq!(response.status, StatusCode::OK, "{url}");
            walked += 1;
            let links = links(&response);
            let body = response.json();
            for item in body[key].as_array().unwrap() {
                seen.push(item[id].to_string());
            }
            let first = rel(&links, "first").unwrap();
            assert!(!first.contains("page="), "{first}");
            assert!(first.contains("limit="), "the filters stay: {first}");
            assert_eq!(
                app.get(first).await.json()[key],
                app.get(start).await.json()[key]
            );
            assert_eq!(rel(&links, "prev").is_some(), walked > 1, "{url}");
            last.get_or_insert_with(|| rel(&links, "last").unwrap().to_owned());
            match rel(&links, "next") {
                Some(next) => {
                    assert_eq!(
                        body["next"].as_str().unwrap(),
                        format!("http://heroes.test{next}")
                    );
                    url = next.to_owned();
                }
                None => {
                    assert!(body["next"].is_null());
                    break;
                }
            }
        }
        assert_eq!(walked, pages, "{start}");
        assert_eq!(
            last.as_deref(),
            Some(url.as_str()),
            "{start}: last names the last page"
        );
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), seen.len(), "{start}: no item twice");
        assert_eq!(seen.len(), total, "{start}: every item once");
    }
}

#[tokio::test]
async fn updated_since_lists_what_changed_oldest_change_first() {
    let app = TestApp::new().await;
    let old = hero("Olga Old").create(&app).await;
    let other = hero("Otto Other").create(&app).await;
    let old_post = contribution(&old, "An old post").create(&app).await;
    contribution(&other, "Another old post").create(&app).await;
    let user = app.account("olga@example.org", &[], Some(&old)).await;
    let token = app.token(user, TokenScope::Write).await;
    let cookie = app.session(user).await;
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let since = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;

    let new = hero("Nina New").create(&app).await;
    let new_post = contribution(&new, "A new post").create(&app).await;
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let patched = app
        .request(
            Request::patch("/api/v1/me/profile")
                .header("authorization", format!("Bearer {token}"))
                .header("content-type", "application/json")
                .body(Body::from(r#"{"headline":"Changed today"}"#))
                .unwrap(),
        )
        .await;
    assert_eq!(patched.status, StatusCode::OK, "{}", patched.body);
    let changed = app
        .post_form(
            &format!("/account/contributions/{old_post}"),
            &[
                ("kind", "blog-post"),
                ("title", "An old post, corrected"),
                ("url", "https://olga.example.org/old"),
                ("date", "2026-03-01"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);

    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("updated_since", &since)
        .finish();
    let heroes = app.get(&format!("/api/v1/heroes?{query}")).await.json();
    let slugs: Vec<&str> = heroes["heroes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["slug"].as_str().unwrap())
        .collect();
    assert!(!slugs.contains(&other.as_str()), "{slugs:?}");
    let (at_new, at_old) = (
        slugs.iter().position(|s| *s == new).unwrap(),
        slugs.iter().position(|s| *s == old).unwrap(),
    );
    assert!(at_new < at_old, "oldest change first: {slugs:?}");
    let items = app
        .get(&format!("/api/v1/contributions?{query}"))
        .await
        .json();
    let ids: Vec<i64> = items["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![new_post, old_post]);
    assert_eq!(items["total"], 2);

    // The paging links keep the time, and a time is an RFC 3339 one.
    let paged = app
        .get(&format!("/api/v1/contributions?{query}&limit=1"))
        .await;
    let next = rel(&links(&paged), "next").unwrap().to_owned();
    assert!(next.contains("updated_since="), "{next}");
    assert_eq!(
        app.get(&next).await.json()["contributions"][0]["id"],
        old_post
    );
    for bad in ["yesterday", "2026-11-29", "2026-11-29T08:00:00"] {
        let refused = app
            .get(&format!("/api/v1/heroes?updated_since={bad}"))
            .await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(refused.json()["parameter"], "updated_since");
    }
}

#[tokio::test]
async fn a_304_carries_the_validators_and_cache_control_of_the_200() {
    for cached in [true, false] {
        let app = TestApp::with(|c| c.page_cache = cached).await;
        let slug = program(&app).await;
        let user = app.account("reader@example.org", &[], None).await;
        let cookie = app.session(user).await;
        let paths = [
            "/heroes".to_owned(),
            format!("/heroes/{slug}"),
            "/api/v1/heroes?limit=3".to_owned(),
            "/api/v1/specializations".to_owned(),
            "/feeds/contributions.atom".to_owned(),
            format!("/heroes/{slug}/feed.json"),
            "/api/openapi.json".to_owned(),
            "/assets/style.css".to_owned(),
            "/sitemap.xml".to_owned(),
        ];
        for path in &paths {
            for accept in ["", "gzip", "br"] {
                for session in [None, Some(cookie.as_str())] {
                    let mut headers = vec![("accept-encoding", accept)];
                    if let Some(cookie) = session {
                        headers.push(("cookie", cookie));
                    }
                    let (status, full, _) = raw(&app, path, &headers).await;
                    assert_eq!(status, StatusCode::OK, "{path}");
                    let etag = full
                        .get("etag")
                        .unwrap_or_else(|| panic!("no ETag: {path} {accept} {session:?}"))
                        .to_str()
                        .unwrap()
                        .to_owned();
                    // Sent back as is, weakened, strengthened, or in a list.
                    let strong = etag.trim_start_matches("W/").to_owned();
                    for sent in [
                        etag.clone(),
                        format!("W/{strong}"),
                        strong.clone(),
                        format!("\"nope\", {etag}"),
                        "*".to_owned(),
                    ] {
                        let mut conditional = headers.clone();
                        conditional.push(("if-none-match", &sent));
                        let (status, not_modified, body) = raw(&app, path, &conditional).await;
                        let what = format!(
                            "{path} accept {accept:?} session {} cache {cached} sent {sent}",
                            session.is_some()
                        );
                        assert_eq!(status, StatusCode::NOT_MODIFIED, "{what}");
                        assert!(body.is_empty(), "{what}");
                        for name in ["etag", "cache-control", "vary"] {
                            let of = |h: &HeaderMap| {
                                h.get_all(name)
                                    .iter()
                                    .map(|v| v.to_str().unwrap().to_owned())
                                    .collect::<Vec<_>>()
                            };
                            assert_eq!(of(&not_modified), of(&full), "{name}: {what}");
                        }
                        assert!(not_modified.get("content-encoding").is_none(), "{what}");
                    }
                    let mut other = headers.clone();
                    other.push(("if-none-match", "\"something-else\", W/\"older\""));
                    assert_eq!(raw(&app, path, &other).await.0, StatusCode::OK, "{path}");
                }
            }
        }
    }
}

#[tokio::test]
async fn a_method_a_route_does_not_take_is_a_405_naming_the_ones_it_does() {
    let app = TestApp::new().await;
    let slug = hero("Meta Method").create(&app).await;
    let api = [
        ("POST", "/api/v1/heroes".to_owned(), "GET"),
        ("DELETE", format!("/api/v1/heroes/{slug}"), "GET"),
        ("PUT", "/api/v1/contributions".to_owned(), "GET"),
        ("POST", "/api/openapi.json".to_owned(), "GET"),
        ("DELETE", "/api/v1/me/profile".to_owned(), "PATCH"),
    ];
    for (method, path, allowed) in &api {
        let response = app
            .request(
                Request::builder()
                    .method(*method)
                    .uri(path)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        assert_eq!(
            response.header("content-type"),
            Some("application/problem+json"),
            "{method} {path}"
        );
        let problem = response.json();
        assert_eq!(problem["status"], 405);
        assert_eq!(problem["title"], "Method Not Allowed");
        let allow = response.header("allow").unwrap_or_default();
        assert!(allow.contains(allowed), "{method} {path}: {allow}");
        assert!(allow.contains("GET"), "{method} {path}: {allow}");
    }
    let page = app
        .request(Request::delete("/heroes").body(Body::empty()).unwrap())
        .await;
    assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.header("allow").unwrap().contains("GET"));
}
