//! The API as integrators build on it: readable from any origin where no session is involved,
//! paged with `Link` headers, and synced with `updated_since`. Compression and conditional
//! requests are in `http.rs`.

use crate::helpers::{TestApp, TestResponse, contribution, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::TokenScope;

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
        "/api/v1/me/mentoring",
        "/account",
        "/network",
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
