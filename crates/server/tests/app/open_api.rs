//! The API as integrators build on it: readable from any origin where no session is involved,
//! compressed, paged with `Link` headers and `updated_since`, and HTTP by the book.

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
