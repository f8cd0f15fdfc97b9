//! Health, readiness, metrics, request ids and baseline headers.

use crate::helpers::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::new().await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    // Ready only once the directory index is read: traffic sent before would wait for it.
    let index = app.state.directory_index.clone().unwrap();
    assert!(!index.is_read());
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.body, "ready\n");
    assert!(index.is_read());
}

#[tokio::test]
async fn readiness_fails_when_the_database_is_gone() {
    let app = TestApp::new().await;
    app.db().close().await;
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
}

/// The metrics token the tests configure.
const METRICS_TOKEN: &str = "scrape-me-3f9c";

/// The application with `/metrics` open to [`METRICS_TOKEN`].
async fn app_with_metrics_token() -> TestApp {
    TestApp::with(|c| c.metrics_token = Some(METRICS_TOKEN.to_owned())).await
}

async fn scrape(app: &TestApp) -> crate::helpers::TestResponse {
    app.get_with(
        "/metrics",
        &[("authorization", &format!("Bearer {METRICS_TOKEN}"))],
    )
    .await
}

#[tokio::test]
async fn metrics_are_not_on_the_public_listener_by_default() {
    let app = TestApp::new().await;
    app.get("/healthz").await;
    let metrics = app.get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::NOT_FOUND);
    assert!(!metrics.body.contains("http_requests_total"));
    // Not even with a token nobody configured.
    let guessed = app
        .get_with("/metrics", &[("authorization", "Bearer anything")])
        .await;
    assert_eq!(guessed.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn metrics_on_the_public_listener_need_the_token() {
    let app = app_with_metrics_token().await;
    for authorization in [None, Some("Bearer wrong"), Some(METRICS_TOKEN)] {
        let headers: Vec<(&str, &str)> = authorization
            .map(|a| vec![("authorization", a)])
            .unwrap_or_default();
        let refused = app.get_with("/metrics", &headers).await;
        assert_eq!(
            refused.status,
            StatusCode::UNAUTHORIZED,
            "{authorization:?}"
        );
        assert!(!refused.body.contains("http_requests_total"));
    }
}

#[tokio::test]
async fn metrics_count_requests_by_route() {
    let app = app_with_metrics_token().await;
    app.get("/healthz").await;
    let metrics = scrape(&app).await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(
        metrics.body.contains("http_requests_total"),
        "{}",
        metrics.body
    );
    assert!(metrics.body.contains("route=\"/healthz\""));
    assert!(
        metrics
            .body
            .contains("http_request_duration_seconds_bucket")
    );
}

#[tokio::test]
async fn every_response_has_a_request_id_and_security_headers() {
    let app = TestApp::new().await;
    let response = app.get("/").await;
    assert!(
        response
            .header("x-request-id")
            .is_some_and(|v| !v.is_empty())
    );
    let csp = response.header("content-security-policy").unwrap();
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
    // A request id sent by a proxy is kept.
    let mine = app
        .get_with("/healthz", &[("x-request-id", "abc-123")])
        .await;
    assert_eq!(mine.header("x-request-id"), Some("abc-123"));
}

#[tokio::test]
async fn unknown_pages_get_a_friendly_404() {
    let app = TestApp::new().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    assert!(
        response
            .header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(response.body.contains("Page not found"));
    assert!(response.body.contains("href=\"/heroes\""));
}

#[tokio::test]
async fn static_assets_are_cacheable() {
    let app = TestApp::new().await;
    let css = app.get("/assets/style.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));
    let etag = css.header("etag").unwrap().to_owned();
    let again = app
        .get_with("/assets/style.css", &[("if-none-match", &etag)])
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert_eq!(app.get("/favicon.ico").await.status, StatusCode::OK);
    assert_eq!(
        app.get("/assets/nope.js").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn cached_pages_change_as_soon_as_the_data_does() {
    let app = TestApp::new().await;
    crate::helpers::hero("First Hero").create(&app).await;
    let before = app.get("/heroes").await;
    assert!(before.body.contains("First Hero"));
    let etag = before.header("etag").unwrap().to_owned();
    // Served from the cache: same bytes, and a conditional GET gets 304.
    assert_eq!(app.get("/heroes").await.body, before.body);
    let not_modified = app.get_with("/heroes", &[("if-none-match", &etag)]).await;
    assert_eq!(not_modified.status, StatusCode::NOT_MODIFIED);
    // A write through the store (as any instance would do) invalidates it at once.
    crate::helpers::hero("Second Hero").create(&app).await;
    let after = app.get_with("/heroes", &[("if-none-match", &etag)]).await;
    assert_eq!(after.status, StatusCode::OK);
    assert!(after.body.contains("Second Hero"));
    // The cache reports its hits and misses (the recorder is shared by the whole process).
    let metrics = scrape(&app_with_metrics_token().await).await;
    assert!(metrics.body.contains("page_cache_total"));
}

#[tokio::test]
async fn with_a_check_interval_other_instances_writes_show_within_it() {
    let test = TestApp::new().await;
    let mut config = heroes_server::Config::new("http://heroes.test".to_owned()).unwrap();
    config.cache_check_interval = std::time::Duration::from_millis(200);
    let state = heroes_server::AppState::new(test.db().clone(), config);
    let app = TestApp {
        router: heroes_server::router::router(state.clone()),
        state,
        test_db: test.test_db,
    };
    crate::helpers::hero("Early Hero").create(&app).await;
    assert!(app.get("/heroes").await.body.contains("Early Hero"));
    crate::helpers::hero("Later Hero").create(&app).await;
    tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    assert!(app.get("/heroes").await.body.contains("Later Hero"));
}
