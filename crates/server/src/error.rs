//! One error type for pages and one for the API.
//!
//! Handlers return `Result<_, PageError>` or `Result<_, ApiError>`. Internal errors are logged
//! with their cause and answered with an opaque message; nothing about the database reaches
//! the client. Page errors are turned into friendly, translated pages by the
//! [`render_error_pages`] middleware, which knows the request's language.

use crate::i18n::{self, I18n};
use askama::Template;
use axum::extract::Request;
use axum::http::{StatusCode, header};
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
    /// 500; the cause is logged, not shown.
    Internal(anyhow::Error),
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::NotFound,
            other => Self::Internal(other.into()),
        }
    }
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

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    i18n: I18n,
    status: u16,
    title: String,
    message: String,
}

/// Replaces the body of page errors (and of unmatched routes) with a friendly page in the
/// request's language. API routes keep their `application/problem+json` bodies.
pub async fn render_error_pages(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let i18n = i18n::from_parts(&parts);
    let is_api = parts.uri.path().starts_with("/api/");
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    let marked = response.extensions().get::<ErrorPage>().is_some();
    // Unmatched routes and refused cross-site posts (the CSRF layer) come without a body.
    let bare = matches!(
        status,
        StatusCode::NOT_FOUND | StatusCode::FORBIDDEN | StatusCode::PAYLOAD_TOO_LARGE
    ) && !is_api
        && response.headers().get(header::CONTENT_TYPE).is_none();
    if !(marked || bare) {
        return response;
    }
    let (title, message) = match status {
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

/// A problem detail (RFC 9457) for the JSON API.
#[derive(Debug, serde::Serialize)]
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
    pub parameter: Option<String>,
}

impl ApiError {
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
                axum::http::HeaderValue::from_static("Bearer realm=\"heroes\""),
            );
        }
        response
    }
}

/// `fallback` for unknown API paths: a problem document, not an HTML page.
pub async fn api_not_found() -> ApiError {
    ApiError::not_found("There is no API endpoint at this path.")
}
