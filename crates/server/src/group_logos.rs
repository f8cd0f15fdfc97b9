//! Group logos: uploaded by a group's leaders (or an admin) on the group's edit page, decoded
//! and re-encoded like hero photos (so nothing hidden in the file survives), scaled to at most
//! [`FIT`]'s side, stored in the database and served at `/groups/{slug}/logo.jpg`.

use crate::account::photo::{Fit, PhotoProblem, read_image};
use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::groups::{LedGroup, edit_page, visible_to};
use crate::i18n::I18n;
use crate::web::{cacheable, private};
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use heroes_store::groups;

/// The largest upload accepted: a logo is a small picture.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Logos are shown at most 128 CSS pixels wide: 256 keeps them sharp on dense screens. A
/// logo under 32 pixels would be a blur.
pub const FIT: Fit = Fit {
    max_side: 256,
    min_side: 32,
};

/// The address of a group's logo, versioned by its upload time so a replaced logo is never
/// read from a browser's cache (the logo itself is cached for a day).
pub fn logo_src(slug: &str, at: Option<DateTime<Utc>>) -> Option<String> {
    at.map(|at| format!("/groups/{slug}/logo.jpg?v={}", at.timestamp()))
}

fn message_id(problem: PhotoProblem) -> &'static str {
    match problem {
        PhotoProblem::Missing => "group-logo-missing",
        PhotoProblem::TooLarge => "group-logo-too-large",
        PhotoProblem::Unreadable => "group-logo-unreadable",
        PhotoProblem::TooSmall => "group-logo-too-small",
    }
}

/// `POST /groups/{slug}/logo` (multipart, field `logo`): a leader or an admin uploads or
/// replaces the logo; a refused file shows the edit page again with the reason at the field.
// Who may upload is decided (by `LedGroup`) before the body is read.
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn upload(
    State(state): State<AppState>,
    LedGroup { group, viewer, .. }: LedGroup,
    i18n: I18n,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    match read_image(multipart, "logo", MAX_BYTES, FIT).await? {
        Ok(jpeg) => {
            groups::set_logo(&state.db, group.id, &jpeg, &viewer.actor()).await?;
            Ok(Redirect::to(&format!("/groups/{}?notice=logo", group.slug)).into_response())
        }
        Err(problem) => {
            let mut page = edit_page(&state, i18n, group).await?;
            page.add_error("logo", message_id(problem));
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// `POST /groups/{slug}/logo/remove`: the group goes back to its name alone.
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn remove(
    State(state): State<AppState>,
    LedGroup { group, viewer, .. }: LedGroup,
) -> Result<Response, PageError> {
    groups::remove_logo(&state.db, group.id, &viewer.actor()).await?;
    Ok(Redirect::to(&format!("/groups/{}?notice=logo-removed", group.slug)).into_response())
}

/// `GET /groups/{slug}/logo.jpg`: the logo of a public group, cacheable (its address changes
/// with every upload); a proposal's logo only for its leaders and admins, never stored by a
/// shared cache.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn serve(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let (status, jpeg) = groups::logo(&state.db, &slug)
        .await?
        .ok_or(PageError::NotFound)?;
    if status.is_public() {
        return Ok(cacheable(&headers, "image/jpeg", 86_400, jpeg));
    }
    let group = groups::get(&state.db, &slug).await?;
    if !visible_to(&group, &viewer) {
        return Err(PageError::NotFound);
    }
    let mut response = cacheable(&headers, "image/jpeg", 0, jpeg);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    Ok(response)
}
