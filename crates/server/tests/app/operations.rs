//! Health, readiness, metrics, request ids and baseline headers.

use crate::helpers::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::new().await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.body, "ready\n");
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

/// A log writer the test reads back.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One request or one job can be followed through the log: every line of a request names it
/// and the account it acted for, a handler's span the id or slug in its path, a store call's
/// span the ids it was given, and a job's span its name, key and attempt.
#[tokio::test]
async fn log_lines_name_the_request_account_ids_and_job() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        // A span's closing is a line too, so a span shows even when nothing logged inside it.
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .finish();
    // The test's runtime is one thread: everything the router does is logged here.
    let _logging = tracing::subscriber::set_default(subscriber);

    // Loopback allowed: the webhook below goes to a closed port here, never out.
    let app = TestApp::with(|c| c.capture.fetch.allow_loopback = true).await;
    let admin = app
        .account(
            "admin@example.org",
            &[heroes_domain::account::Role::Admin],
            None,
        )
        .await;
    let cookie = app.session(admin).await;
    let page = app
        .get_as("/admin/specializations/serverless", &cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    // A job to follow: a ping to a webhook endpoint (its delivery fails; that is logged too).
    let hooked = app
        .post_form(
            "/admin/webhooks",
            &[
                ("url", "http://127.0.0.1:9/hook"),
                ("events", "hero.announced"),
                ("active", "on"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(hooked.status, StatusCode::CREATED, "{}", hooked.body);
    let endpoint = heroes_store::webhooks::list(app.db()).await.unwrap()[0].id;
    app.post_form(
        &format!("/admin/webhooks/{endpoint}/ping"),
        &[],
        Some(&cookie),
    )
    .await;
    crate::helpers::run_jobs(app.db(), |c| c.capture.fetch.allow_loopback = true).await;

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let request_lines: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("path=/admin/specializations/serverless"))
        .collect();
    assert!(
        request_lines
            .iter()
            .any(|l| l.contains(&format!("user_id={admin}")) && l.contains("request finished")),
        "the request's last line names the account:\n{log}"
    );
    assert!(
        request_lines
            .iter()
            .any(|l| l.contains("{slug=serverless}")),
        "the handler's span names the slug:\n{log}"
    );
    assert!(
        request_lines
            .iter()
            .any(|l| l.contains(&format!(":by_id{{id={admin}}}"))),
        "a store call's span names its id:\n{log}"
    );
    assert!(
        log.lines()
            .any(|l| l.contains("job{name=deliver-webhook key=") && l.contains("attempt=1")),
        "a job's lines name it:\n{log}"
    );
}
