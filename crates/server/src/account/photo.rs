//! Profile photos: uploaded at `/account/profile/photo`, decoded and re-encoded (which drops
//! every byte of metadata, location included), scaled to at most [`MAX_SIDE`] pixels, stored
//! in the database and served at `/heroes/{slug}/photo.jpg`.

use super::profile::ProfilePage;
use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::extract::{EditOwnHeroProfile, OwnHero};
use crate::forms::{UploadProblem, read_upload};
use crate::i18n::I18n;
use crate::web::cacheable;
use crate::web::private;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use heroes_store::heroes;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use std::io::Cursor;

/// The largest upload accepted.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Photos are scaled down to fit a square of this many pixels.
pub const MAX_SIDE: u32 = 512;
/// Smaller photos would look blurred in the card.
const MIN_SIDE: u32 = 64;

/// Why an upload was refused, as a message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoProblem {
    /// No file in the form.
    Missing,
    /// Over [`MAX_BYTES`].
    TooLarge,
    /// Not a JPEG, PNG or WebP image, or broken.
    Unreadable,
    /// Under [`MIN_SIDE`] pixels on a side.
    TooSmall,
}

impl PhotoProblem {
    /// The message id of the refusal for hero photos.
    pub fn message_id(self) -> &'static str {
        match self {
            PhotoProblem::Missing => "photo-missing",
            PhotoProblem::TooLarge => "photo-too-large",
            PhotoProblem::Unreadable => "photo-unreadable",
            PhotoProblem::TooSmall => "photo-too-small",
        }
    }
}

/// How an upload is fitted: scaled down to fit a square of `max_side` pixels, refused under
/// `min_side` on either side.
#[derive(Debug, Clone, Copy)]
pub struct Fit {
    /// Larger images are scaled down to fit a square of this many pixels.
    pub max_side: u32,
    /// Smaller images are refused ([`PhotoProblem::TooSmall`]).
    pub min_side: u32,
}

/// How hero photos are fitted.
pub const PHOTO: Fit = Fit {
    max_side: MAX_SIDE,
    min_side: MIN_SIDE,
};

/// Decodes an uploaded image (JPEG, PNG or WebP, whatever its name says), turns it upright
/// by its EXIF orientation, scales it to fit [`MAX_SIDE`], and encodes a fresh JPEG.
pub fn reencode(bytes: &[u8]) -> Result<Vec<u8>, PhotoProblem> {
    reencode_to(bytes, PHOTO)
}

/// [`reencode`] with another [`Fit`] (group logos are smaller). Transparent pixels are laid
/// on white first: JPEG has no alpha, and dropping it would show whatever colour a PNG keeps
/// under its transparent pixels (often black).
pub fn reencode_to(bytes: &[u8], fit: Fit) -> Result<Vec<u8>, PhotoProblem> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| PhotoProblem::Unreadable)?;
    if !matches!(
        reader.format(),
        Some(image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::WebP)
    ) {
        return Err(PhotoProblem::Unreadable);
    }
    // A tiny file can claim to be 100,000 × 100,000 pixels: bound what decoding may allocate.
    let mut limits = Limits::default();
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader
        .into_decoder()
        .map_err(|_| PhotoProblem::Unreadable)?;
    let orientation = decoder
        .orientation()
        .map_err(|_| PhotoProblem::Unreadable)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(|_| PhotoProblem::Unreadable)?;
    image.apply_orientation(orientation);
    if image.width() < fit.min_side || image.height() < fit.min_side {
        return Err(PhotoProblem::TooSmall);
    }
    let image = if image.width() > fit.max_side || image.height() > fit.max_side {
        image.resize(
            fit.max_side,
            fit.max_side,
            image::imageops::FilterType::Lanczos3,
        )
    } else {
        image
    };
    let rgb = if image.color().has_alpha() {
        on_white(&image.to_rgba8())
    } else {
        image.to_rgb8()
    };
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&rgb)
        .map_err(|_| PhotoProblem::Unreadable)?;
    Ok(out)
}

/// Lays an image with transparency on a white background.
fn on_white(rgba: &image::RgbaImage) -> image::RgbImage {
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let blend =
            |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a)) + 127) / 255) as u8;
        image::Rgb([blend(r), blend(g), blend(b)])
    })
}

/// Reads the image in the multipart field `name` (at most `max_bytes`) and re-encodes it to
/// `fit` (hero photos, group logos); `Ok(Err(_))` says why the upload is refused.
pub async fn read_image(
    multipart: Result<Multipart, MultipartRejection>,
    name: &str,
    max_bytes: usize,
    fit: Fit,
) -> Result<Result<Vec<u8>, PhotoProblem>, PageError> {
    let bytes = match read_upload(multipart, name, max_bytes).await {
        Ok(bytes) => bytes,
        Err(UploadProblem::Missing) => return Ok(Err(PhotoProblem::Missing)),
        Err(UploadProblem::TooLarge) => return Ok(Err(PhotoProblem::TooLarge)),
        Err(UploadProblem::Unreadable) => return Ok(Err(PhotoProblem::Unreadable)),
    };
    // Decoding and scaling take a while for a large image: off the async workers.
    tokio::task::spawn_blocking(move || reencode_to(&bytes, fit))
        .await
        .map_err(|e| PageError::Internal(e.into()))
}

/// `POST /account/profile/photo` (multipart, field `photo`).
pub async fn upload(
    State(state): State<AppState>,
    OwnHero {
        hero: detail,
        viewer,
        ..
    }: OwnHero<EditOwnHeroProfile>,
    i18n: I18n,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    match read_image(multipart, "photo", MAX_BYTES, PHOTO).await? {
        Ok(jpeg) => {
            let url = format!(
                "{}/heroes/{}/photo.jpg?v={}",
                state.config.base_url,
                detail.card.slug,
                chrono::Utc::now().timestamp()
            );
            heroes::set_photo(&state.db, detail.card.id, &jpeg, &url).await?;
            viewer
                .actor()
                .record(
                    &state.db,
                    "hero.photo",
                    None,
                    detail.card.slug.clone(),
                    String::new(),
                )
                .await?;
            Ok(Redirect::to("/account/profile?saved=1").into_response())
        }
        Err(problem) => {
            let mut page = ProfilePage::load(&state, &detail, i18n).await?;
            let message = page.i18n.t(problem.message_id());
            page.errors.add("photo", message);
            Ok(private(
                (StatusCode::UNPROCESSABLE_ENTITY, page).into_response(),
            ))
        }
    }
}

/// `POST /account/profile/photo/remove`.
pub async fn remove(
    State(state): State<AppState>,
    OwnHero { hero: detail, .. }: OwnHero<EditOwnHeroProfile>,
) -> Result<Response, PageError> {
    heroes::remove_photo(&state.db, detail.card.id).await?;
    Ok(Redirect::to("/account/profile?saved=1").into_response())
}

/// `GET /heroes/{slug}/photo.jpg`: an uploaded photo, cacheable. A record not public yet (an
/// accepted candidate's) shows its photo to its own account only, never stored by caches.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn serve(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    if let Some(jpeg) = heroes::photo(&state.db, &slug).await? {
        return Ok(cacheable(&headers, "image/jpeg", 86_400, jpeg));
    }
    let own = viewer.account.as_ref().and_then(|a| a.user.hero_id);
    let jpeg = match own {
        Some(id) => heroes::own_photo(&state.db, id, &slug).await?,
        None => None,
    }
    .ok_or(PageError::NotFound)?;
    Ok(private(
        ([(axum::http::header::CONTENT_TYPE, "image/jpeg")], jpeg).into_response(),
    ))
}
