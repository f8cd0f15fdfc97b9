//! One error type for pages and one for the API.
//!
//! Handlers return `Result<_, PageError>` or `Result<_, ApiError>`. Internal errors are logged
//! with their cause and answered with an opaque message; nothing about the database reaches
//! the client. Page errors are turned into friendly, translated pages by the
//! [`render_error_pages`] middleware, which knows the request's language. The same middleware
//! gives a page (or, under `/api/`, a problem document) to the bare refusals that layers and
//! extractors answer before or instead of a handler (413, 414, a malformed target, a timeout).

use crate::i18n::{self, I18n};
use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use heroes_store::StoreError;

/// An error while rendering a page.
#[derive(Debug)]
pub enum PageError {
    /// 404.
    NotFound,
    /// The page needs a signed-in account: redirect to the sign-in form, then back to `next`.
    SignIn {
        /// Path and query to return to.
        next: String,
    },
    /// 403: signed in, but the policy does not allow it.
    Forbidden,
    /// 503 with `Retry-After`: the database is out of reach for now; the cause is logged.
    Unavailable(StoreError),
    /// 500; the cause is logged, not shown.
    Internal(anyhow::Error),
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::NotFound,
            e @ StoreError::Unavailable(_) => Self::Unavailable(e),
            other => Self::Internal(other.into()),
        }
    }
}

/// Seconds a client is asked to wait before trying again after a 503. Short: the pool
/// reconnects by itself as soon as the database answers.
pub const RETRY_AFTER_SECONDS: &str = "5";

/// Whether an internal error was, somewhere down its chain, the database being unavailable
/// (handlers that add context turn a store error into an `anyhow::Error`).
fn is_unavailable(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<StoreError>(),
            Some(StoreError::Unavailable(_))
        )
    })
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> Self {
        Self::Internal(e.into())
    }
}

/// Marks a response whose body the error-page middleware replaces.
#[derive(Clone, Copy, Debug)]
struct ErrorPage;

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::SignIn { next } => {
                let target = format!(
                    "/login?next={}",
                    form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                return axum::response::Redirect::to(&target).into_response();
            }
            Self::Unavailable(e) => {
                tracing::warn!(error = %e, "page failed: database unavailable");
                StatusCode::SERVICE_UNAVAILABLE
            }
            Self::Internal(e) if is_unavailable(&e) => {
                tracing::warn!(
                    error = format!("{e:#}"),
                    "page failed: database unavailable"
                );
                StatusCode::SERVICE_UNAVAILABLE
            }
            Self::Internal(e) => {
                tracing::error!(error = format!("{e:#}"), "page failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage);
        response
    }
}

/// Marks an error response whose body is meant as it is (the plain-text answers of `/readyz`
/// and `/metrics`, read by machines); the error-page middleware leaves it alone.
#[derive(Clone, Copy, Debug)]
struct AsIs;

/// A plain-text response the error-page middleware never replaces.
pub fn plain_text(status: StatusCode, text: impl Into<String>) -> Response {
    let mut response = (status, text.into()).into_response();
    response.extensions_mut().insert(AsIs);
    response
}

/// An error no handler shaped: a status without a body type of ours (no body at all, or the
/// plain text of a tower layer or an axum extractor's rejection).
fn is_unshaped_error(response: &Response) -> bool {
    let status = response.status();
    (status.is_client_error() || status.is_server_error())
        && response.extensions().get::<AsIs>().is_none()
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .is_none_or(|c| c.as_bytes().starts_with(b"text/plain"))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    i18n: I18n,
    status: u16,
    title: String,
    message: String,
}

/// Replaces the body of page errors, and of every error no handler shaped (unmatched routes,
/// refused cross-site posts, bodies or addresses too large, malformed targets, timeouts,
/// extractor rejections), with a friendly page in the request's language; under `/api/` the
/// unshaped ones become problem documents instead. A 503 always says when to come back.
pub async fn render_error_pages(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let i18n = i18n::from_parts(&parts);
    let is_api = parts.uri.path().starts_with("/api/");
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    let marked = response.extensions().get::<ErrorPage>().is_some();
    let unshaped = is_unshaped_error(&response);
    if !(marked || unshaped) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let mut response = if is_api && unshaped {
        problem_from(status, body).await
    } else {
        error_page(i18n, status)
    };
    // Keep what the refusal said besides its body (`Allow` on a 405, `Retry-After`).
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE
            && name != header::CONTENT_LENGTH
            && !response.headers().contains_key(name)
        {
            response.headers_mut().insert(name, value.clone());
        }
    }
    if status == StatusCode::SERVICE_UNAVAILABLE {
        response
            .headers_mut()
            .entry(header::RETRY_AFTER)
            .or_insert(HeaderValue::from_static(RETRY_AFTER_SECONDS));
    }
    response
}

/// The friendly page for `status`.
fn error_page(i18n: I18n, status: StatusCode) -> Response {
    let (title, message) = match status {
        StatusCode::BAD_REQUEST => (
            i18n.t("error-bad-request-title"),
            i18n.t("error-bad-request-body"),
        ),
        StatusCode::NOT_FOUND => (
            i18n.t("error-not-found-title"),
            i18n.t("error-not-found-body"),
        ),
        StatusCode::FORBIDDEN => (
            i18n.t("error-forbidden-title"),
            i18n.t("error-forbidden-body"),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            i18n.t("error-too-large-title"),
            i18n.t("error-too-large-body"),
        ),
        StatusCode::URI_TOO_LONG => (
            i18n.t("error-uri-too-long-title"),
            i18n.t("error-uri-too-long-body"),
        ),
        StatusCode::SERVICE_UNAVAILABLE => (
            i18n.t("error-unavailable-title"),
            i18n.t("error-unavailable-body"),
        ),
        s if s.is_client_error() => (i18n.t("error-request-title"), i18n.t("error-request-body")),
        _ => (
            i18n.t("error-internal-title"),
            i18n.t("error-internal-body"),
        ),
    };
    let page = ErrorTemplate {
        i18n,
        status: status.as_u16(),
        title,
        message,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => status.into_response(),
    }
}

/// A problem document for an unshaped API error; a layer's or extractor's plain-text reason
/// (short, and never about our internals) becomes its detail.
async fn problem_from(status: StatusCode, body: axum::body::Body) -> Response {
    let text = axum::body::to_bytes(body, 4096)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
        .unwrap_or_default();
    let detail = if status.is_server_error() || text.is_empty() {
        match status {
            StatusCode::SERVICE_UNAVAILABLE => {
                "The service cannot answer right now; try again in a moment.".to_owned()
            }
            s if s.is_server_error() => {
                "Something went wrong on our side; it has been logged.".to_owned()
            }
            _ => "The request was refused.".to_owned(),
        }
    } else {
        text
    };
    ApiError::with_status(status, detail).into_response()
}

/// A problem detail (RFC 9457) for the JSON API.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
#[schema(as = Problem, examples(ApiError::example))]
pub struct ApiError {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Short summary.
    pub title: String,
    /// HTTP status.
    pub status: u16,
    /// What exactly went wrong.
    pub detail: String,
    /// The query parameter or field at fault, if one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    // Absent rather than null when no parameter is at fault.
    #[schema(value_type = String)]
    pub parameter: Option<String>,
}

impl ApiError {
    /// The document's example: a filter value the server does not know.
    fn example() -> Self {
        Self::bad_parameter(
            "region",
            "region=\"mars\" is not valid; expected americas, emea or apj.",
        )
    }

    /// 400 naming the parameter at fault.
    pub fn bad_parameter(parameter: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank",
            title: "Bad Request".to_owned(),
            status: 400,
            detail: detail.into(),
            parameter: Some(parameter.to_owned()),
        }
    }

    /// 401: no usable credentials.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank",
            title: "Unauthorized".to_owned(),
            status: 401,
            detail: detail.into(),
            parameter: None,
        }
    }

    /// 403: the credentials do not allow this.
    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank",
            title: "Forbidden".to_owned(),
            status: 403,
            detail: detail.into(),
            parameter: None,
        }
    }

    /// 422 naming the field at fault.
    pub fn invalid_field(field: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank",
            title: "Unprocessable Content".to_owned(),
            status: 422,
            detail: detail.into(),
            parameter: Some(field.to_owned()),
        }
    }

    /// 404.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank",
            title: "Not Found".to_owned(),
            status: 404,
            detail: detail.into(),
            parameter: None,
        }
    }

    /// 503: the database is out of reach for now; `cause` is logged. Answered with
    /// `Retry-After`.
    pub fn unavailable(cause: impl std::fmt::Display) -> Self {
        tracing::warn!(error = %cause, "API request failed: database unavailable");
        Self::with_status(
            StatusCode::SERVICE_UNAVAILABLE,
            "The service cannot answer right now; try again in a moment.",
        )
    }

    /// A problem with `status`'s own title.
    pub fn with_status(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            parameter: None,
        }
    }

    /// 500 with an opaque message; `cause` is logged.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "API request failed");
        Self {
            kind: "about:blank",
            title: "Internal Server Error".to_owned(),
            status: 500,
            detail: "Something went wrong on our side; it has been logged.".to_owned(),
            parameter: None,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::not_found("No such resource."),
            e @ StoreError::Unavailable(_) => Self::unavailable(e),
            other => Self::internal(other),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(&self).unwrap_or_default();
        let mut response = (
            status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            body,
        )
            .into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"heroes\""),
            );
        }
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(RETRY_AFTER_SECONDS),
            );
        }
        response
    }
}

/// `fallback` for unknown API paths: a problem document, not an HTML page.
pub async fn api_not_found() -> ApiError {
    ApiError::not_found("There is no API endpoint at this path.")
}
