//! Logs you can follow: one request or one job through the log (issue 20, item 8).
//!
//! A test binary of its own, with this one test: it installs a log subscriber for its thread,
//! and `tracing` caches per call site whether anyone listens, which tests running beside it
//! in the same process (the `app` binary under `cargo test`) would decide without it.

#[allow(dead_code, unused_imports, unused_macros)]
#[path = "app/helpers.rs"]
mod helpers;

use axum::http::StatusCode;
use helpers::TestApp;

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
    helpers::run_jobs(app.db(), |c| c.capture.fetch.allow_loopback = true).await;

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
