//! Files as briefing materials: its organizers upload and remove them on the manage page;
//! whoever the gate lets in downloads them as attachments, and every download by a hero goes
//! into the access log with the file's name. Everyone else gets 404 for a file, as for the
//! briefing, whatever the file id.
//!
//! A file is checked by its content (`domain::briefings::NewFile`), never by the name or the
//! type the browser sent, and stored in the database like profile photos.

use super::manage::{manage_page, organized};
use super::{SignedIn, open};
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{PathId, PathIds};
use crate::forms::{UploadProblem, read_named_upload};
use crate::i18n::I18n;
use crate::web::private;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::briefings::{FileProblem, MAX_FILE_BYTES, NewFile, Viewed};
use heroes_store::StoreError;
use heroes_store::briefings;

/// The message id for a refused upload.
fn message_id(problem: FileProblem) -> &'static str {
    match problem {
        FileProblem::Empty => "briefing-file-empty",
        FileProblem::TooLarge => "briefing-file-too-large",
        FileProblem::Type => "briefing-file-type",
        FileProblem::Name => "briefing-file-name",
    }
}

/// A size as people read it ("1.2 MB", "340 KB").
pub fn size(i18n: &I18n, bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        let tenths = bytes * 10 / (1024 * 1024);
        i18n.t1("briefing-file-size-mb", "size", i18n.tenths(tenths))
    } else {
        i18n.tn("briefing-file-size-kb", "size", (bytes + 1023) / 1024)
    }
}

/// `POST /briefings/{id}/files` (multipart, field `file`): attaches a file, or shows the
/// manage page again with the reason it was refused (nothing is stored then).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn upload(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    i18n: I18n,
    PathId(id): PathId,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    let o = organized(&state, viewer, id).await?;
    let checked = match read_named_upload(multipart, "file", MAX_FILE_BYTES).await {
        Ok((name, bytes)) => NewFile::parse(&name, bytes).map_err(message_id),
        Err(UploadProblem::TooLarge) => Err(message_id(FileProblem::TooLarge)),
        Err(UploadProblem::Missing) => Err(message_id(FileProblem::Empty)),
        Err(UploadProblem::Unreadable) => Err("briefing-file-unreadable"),
    };
    match checked {
        Ok(file) => {
            briefings::add_file(&state.db, id, &file, &o.viewer.actor()).await?;
            Ok(Redirect::to(&format!("/briefings/{id}/manage?notice=file-added")).into_response())
        }
        Err(message) => {
            let mut page = manage_page(&state, i18n, o).await?;
            let message = page.i18n.t1(message, "max", MAX_FILE_BYTES / (1024 * 1024));
            page.errors.add("file", message);
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// `GET /briefings/{id}/files/{file}`: the file as a download, for whoever may see the
/// briefing; a hero's download is logged.
pub async fn download(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    PathIds(id, file_id): PathIds,
) -> Result<Response, PageError> {
    let o = open(&state, viewer, id).await?;
    let (file, bytes) = briefings::file(&state.db, id, file_id)
        .await?
        .ok_or(PageError::NotFound)?;
    o.log(&state, Viewed::File, &file.name).await?;
    let mut response = private(bytes);
    let headers = response.headers_mut();
    // The type is the one sniffed at upload; `nosniff` keeps browsers from guessing another,
    // and `attachment` keeps the file from opening as a page of this site.
    let content_type = HeaderValue::from_str(&file.content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, content_type);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // The name was reduced to ASCII letters, digits, `.`, `-` and `_` at upload.
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", file.name))
        .unwrap_or(HeaderValue::from_static("attachment"));
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    Ok(response)
}

/// `POST /briefings/{id}/files/{file}/remove`: its organizers remove a file.
pub async fn remove(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    PathIds(id, file_id): PathIds,
) -> Result<Response, PageError> {
    let o = organized(&state, viewer, id).await?;
    match briefings::remove_file(&state.db, id, file_id, &o.viewer.actor()).await {
        Ok(()) => Ok(
            Redirect::to(&format!("/briefings/{id}/manage?notice=file-removed")).into_response(),
        ),
        Err(StoreError::NotFound) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}
