//! Operations endpoints: liveness, readiness and metrics.
//!
//! `/metrics` is not for the public: it is served on its own listener (`--metrics-bind`),
//! or on the main one only to a caller with the bearer token `--metrics-token`; otherwise the
//! main listener answers 404 as for any unknown page.

use crate::app::AppState;
use crate::error::{PageError, plain_text};
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sha2::{Digest, Sha256};

/// How long a readiness check waits for the directory index's first read.
const READ_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// `GET /healthz`: the process is alive and answering.
pub async fn healthz() -> &'static str {
    "ok\n"
}

/// `GET /readyz`: the database answers too, and the directory index has been read; a load
/// balancer sends traffic only then. Why the index: every directory page and search waits
/// for its first read (a second or two at 10,000 heroes), so traffic sent before it would
/// queue behind it. A check that finds it unread starts the read or waits for the one in
/// progress, for a few seconds at most, so a failed read at start is retried here.
pub async fn readyz(State(state): State<AppState>) -> Response {
    if let Err(e) = state.db.ping().await {
        tracing::warn!(error = %e, "readiness check failed");
        return plain_text(
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: the database does not answer\n",
        );
    }
    if let Some(index) = &state.directory_index
        && !index.is_read()
    {
        let read = tokio::time::timeout(READ_WAIT, index.warm(&state.db)).await;
        if !matches!(read, Ok(Ok(()))) {
            return plain_text(
                StatusCode::SERVICE_UNAVAILABLE,
                "not ready: the directory index is being read\n",
            );
        }
    }
    plain_text(StatusCode::OK, "ready\n")
}

/// `GET /metrics` on the main listener: only with the configured bearer token.
pub async fn metrics(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = state.config.metrics_token.as_deref() else {
        return PageError::NotFound.into_response();
    };
    let offered = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if !offered.is_some_and(|offered| same_secret(offered.trim(), token)) {
        let mut response = plain_text(StatusCode::UNAUTHORIZED, "a metrics token is needed\n");
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"metrics\""),
        );
        return response;
    }
    metrics_text().await
}

/// Prometheus text format.
async fn metrics_text() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        crate::telemetry::metrics_handle().render(),
    )
        .into_response()
}

/// Compares digests rather than the secrets, so the time taken says nothing about how much
/// of a guess was right.
fn same_secret(offered: &str, expected: &str) -> bool {
    Sha256::digest(offered.as_bytes()) == Sha256::digest(expected.as_bytes())
}

/// The router of the metrics listener (`--metrics-bind`): `/metrics` and nothing else, for a
/// port only the monitoring network reaches.
pub fn metrics_router() -> Router {
    // Install the recorder even if no request reached the main router yet.
    crate::telemetry::metrics_handle();
    Router::new().route("/metrics", get(metrics_text))
}
