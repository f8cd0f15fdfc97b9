//! HTTP by the book for every answer: compression as negotiated (identical bodies after
//! decoding, with and without the response cache), `Vary`, and `304`s that carry what their
//! `200` carries; `Last-Modified` and `If-Modified-Since` on the reads that depend on the data
//! alone; 405s that name the allowed methods.

use crate::helpers::{TestApp, contribution, hero};
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use std::io::Read;

/// A GET with `headers`, its body as raw bytes (compressed answers are not text).
async fn raw(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    app.get_raw_with(path, headers).await
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
        Some("zstd") => {
            ruzstd::decoding::StreamingDecoder::new(body)
                .unwrap()
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
        // No time zone: a profile then shows no local time, which would change from one
        // minute to the next between the plain and the compressed request (cache off).
        let slug = hero(&format!("Hero Number {n}"))
            .timezone("")
            .create(app)
            .await;
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
            for (accept, coding) in [
                ("gzip", "gzip"),
                ("gzip, deflate, br, zstd", "br"),
                ("gzip, zstd", "gzip"),
                ("br;q=0.5, gzip;q=0.8, zstd", "zstd"),
            ] {
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
        // A HEAD names the validators of the GET it stands for.
        for path in [
            "/api/v1/heroes?limit=100",
            "/feeds/contributions.atom",
            "/heroes",
        ] {
            let (_, get, _) = raw(&app, path, &[("accept-encoding", "gzip")]).await;
            let head = app
                .request(
                    Request::head(path)
                        .header("accept-encoding", "gzip")
                        .body(Body::empty())
                        .unwrap(),
                )
                .await;
            assert_eq!(head.headers.get("etag"), get.get("etag"), "HEAD {path}");
            assert!(head.body.is_empty());
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

/// The `Last-Modified` of `path` once the last change is old enough to be named by its second
/// (two seconds after that second at most; see `DataStamp::last_modified`).
async fn settled_date(app: &TestApp, path: &str) -> String {
    for _ in 0..40 {
        let (status, headers, _) = raw(app, path, &[]).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        if let Some(date) = headers.get("last-modified") {
            return date.to_str().unwrap().to_owned();
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("{path} never got a Last-Modified");
}

#[tokio::test]
async fn dated_reads_answer_if_modified_since_and_a_change_moves_their_date() {
    let app = TestApp::new().await;
    let slug = program(&app).await;
    let date = settled_date(&app, "/api/v1/heroes").await;
    let parsed = httpdate::parse_http_date(&date).unwrap();
    assert!(parsed <= std::time::SystemTime::now(), "{date}");
    let earlier = httpdate::fmt_http_date(parsed - std::time::Duration::from_secs(1));
    for path in [
        "/heroes".to_owned(),
        "/contributions".to_owned(),
        "/api/v1/heroes?limit=3".to_owned(),
        format!("/api/v1/heroes/{slug}"),
        "/api/v1/contributions".to_owned(),
        "/api/v1/specializations".to_owned(),
        "/feeds/contributions.atom".to_owned(),
        format!("/heroes/{slug}/feed.json"),
        "/sitemap.xml".to_owned(),
    ] {
        for accept in ["", "gzip"] {
            let plain = [("accept-encoding", accept)];
            let (_, full, _) = raw(&app, &path, &plain).await;
            assert_eq!(full.get("last-modified").unwrap(), date.as_str(), "{path}");
            fn since<'a>(accept: &'a str, value: &'a str) -> [(&'a str, &'a str); 2] {
                [("accept-encoding", accept), ("if-modified-since", value)]
            }
            let (status, not_modified, body) = raw(&app, &path, &since(accept, &date)).await;
            assert_eq!(status, StatusCode::NOT_MODIFIED, "{path} {accept}");
            assert!(body.is_empty());
            for name in ["etag", "cache-control", "vary", "last-modified"] {
                assert_eq!(
                    not_modified.get_all(name).iter().collect::<Vec<_>>(),
                    full.get_all(name).iter().collect::<Vec<_>>(),
                    "{name}: {path} {accept}"
                );
            }
            // Earlier than the change, or no date at all: the whole answer.
            for sent in [earlier.as_str(), "yesterday"] {
                assert_eq!(
                    raw(&app, &path, &since(accept, sent)).await.0,
                    StatusCode::OK,
                    "{path} {sent}"
                );
            }
            // An ETag sent decides alone (RFC 9110, 13.2.2).
            let with_tag = [
                ("accept-encoding", accept),
                ("if-modified-since", date.as_str()),
                ("if-none-match", "\"another\""),
            ];
            assert_eq!(
                raw(&app, &path, &with_tag).await.0,
                StatusCode::OK,
                "{path}"
            );
        }
    }
    // Answers that change with the clock (what is coming, a local time, a schedule) carry no
    // date: an If-Modified-Since alone could keep them stale.
    for path in [
        "/".to_owned(),
        format!("/heroes/{slug}"),
        "/events".to_owned(),
        "/api/v1/events".to_owned(),
    ] {
        let (_, headers, _) = raw(&app, &path, &[]).await;
        assert!(headers.get("last-modified").is_none(), "{path}");
    }
    // Neither does a signed-in person's view, which is never kept.
    let user = app.account("reader@example.org", &[], None).await;
    let cookie = app.session(user).await;
    let (_, headers, _) = raw(&app, "/heroes", &[("cookie", &cookie)]).await;
    assert!(headers.get("last-modified").is_none());

    // A change: the copy dated before it is modified at once, and the new date comes later.
    contribution(&slug, "A talk after the date")
        .create(&app)
        .await;
    let (status, _, _) = raw(
        &app,
        "/api/v1/heroes?limit=3",
        &[("if-modified-since", &date)],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = raw(
        &app,
        "/api/v1/contributions",
        &[("if-modified-since", &date)],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let later = settled_date(&app, "/api/v1/contributions").await;
    assert!(
        httpdate::parse_http_date(&later).unwrap() > parsed,
        "{later} after {date}"
    );
}
