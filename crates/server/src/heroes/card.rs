//! Share cards: the `og:image` of a hero's profile, a 1200 × 630 PNG drawn by the server from
//! the hero's name, headline, specializations, place and photo (initials on the
//! specialization's accent when there is none), served at `/heroes/{slug}/card.png`.
//!
//! The font (DejaVu Sans, embedded) has no CJK glyphs, and a glyph rasterizer without a shaper
//! cannot join Arabic or Indic letters, so a name in such a script is drawn in the Latin
//! spelling the hero gave, else transliterated ([`any_ascii`]); a headline that cannot be
//! drawn is left off rather than drawn wrongly. The card is rendered on a blocking thread and
//! kept by the response cache like any public answer, so a profile shared a thousand times is
//! drawn once per data version.

use crate::app::AppState;
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::{CardExt, cacheable};
use ab_glyph::{Font, FontRef, PxScale, ScaleFont, point};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use heroes_domain::specialization::Colour;
use heroes_store::heroes::{self, HeroCard};
use image::{ImageEncoder, Rgb, RgbImage};

/// The size social sites ask for (1.91 : 1).
pub const WIDTH: u32 = 1200;
/// See [`WIDTH`].
pub const HEIGHT: u32 = 630;
/// Browsers and crawlers may keep a card for an hour; the name or photo may change.
const MAX_AGE_SECONDS: u32 = 3600;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

const WHITE: Rgb<u8> = Rgb([255, 255, 255]);
const INK: Rgb<u8> = Rgb([0x1a, 0x1a, 0x1a]);
const MUTED: Rgb<u8> = Rgb([0x4a, 0x4f, 0x57]);
const NAVY: Rgb<u8> = Rgb([0x1b, 0x3a, 0x6b]);

/// Left edge of the text column, and the photo's diameter and position.
const TEXT_X: f32 = 440.0;
const TEXT_RIGHT: f32 = 1120.0;
const PHOTO: u32 = 280;
const PHOTO_X: u32 = 80;
const PHOTO_Y: u32 = 150;

/// `GET /heroes/{slug}/card.png`: a public hero's card; 404 for anyone else (a candidate's
/// record is not public until announced).
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn serve(
    State(state): State<AppState>,
    i18n: I18n,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    // Not public (unknown, or a candidate before the announcement): `NotFound`, a 404.
    let detail = heroes::get(&state.db, &slug).await?;
    let photo = heroes::photo(&state.db, &slug).await?;
    let site = i18n.t("site-name");
    let host = state
        .config
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or(&state.config.base_url)
        .to_owned();
    let place = detail.card.location(&i18n);
    // A reader's language the font cannot draw (Japanese, Arabic) falls back to the domain's
    // English country name.
    let place_latin = [detail.card.city.as_str(), &detail.card.country_name()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let card = detail.card;
    let texts = Texts {
        site,
        host,
        place,
        place_latin,
    };
    let png = tokio::task::spawn_blocking(move || render(&card, photo.as_deref(), &texts))
        .await
        .map_err(|e| PageError::Internal(anyhow::anyhow!("rendering a share card: {e}")))?;
    Ok(cacheable(&headers, "image/png", MAX_AGE_SECONDS, png))
}

/// What the card says besides the hero's own fields, in the reader's language.
pub struct Texts {
    /// The site's name.
    pub site: String,
    /// The host the site answers at.
    pub host: String,
    /// "City, Country".
    pub place: String,
    /// The same in English, drawn when `place` cannot be.
    pub place_latin: String,
}

/// Draws the card and encodes it as PNG.
pub fn render(card: &HeroCard, photo_jpeg: Option<&[u8]>, texts: &Texts) -> Vec<u8> {
    let fonts = Fonts::load();
    let accent = card
        .awards
        .first()
        .map_or(NAVY, |award| accent_rgb(award.colour));
    let mut image = RgbImage::from_pixel(WIDTH, HEIGHT, WHITE);
    fill_rect(&mut image, 0, 0, WIDTH, 18, accent);

    let photo = photo_jpeg
        .and_then(|bytes| image::load_from_memory(bytes).ok())
        .map(|decoded| decoded.to_rgb8());
    match photo {
        Some(photo) => draw_round_photo(&mut image, &photo),
        None => {
            draw_disc(&mut image, accent);
            let initials = drawable_or_transliterated(&fonts.bold, &card.initials(), "");
            let size = 120.0;
            let width = text_width(&fonts.bold, size, &initials);
            let centre_x = (PHOTO_X + PHOTO / 2) as f32;
            let centre_y = (PHOTO_Y + PHOTO / 2) as f32;
            draw_text(
                &mut image,
                &fonts.bold,
                size,
                centre_x - width / 2.0,
                centre_y + size * 0.36,
                &initials,
                WHITE,
            );
        }
    }

    let column = TEXT_RIGHT - TEXT_X;
    let name = drawable_or_transliterated(&fonts.bold, &card.display_name, &card.latin_name);
    let name_size = fitting_size(&fonts.bold, &name, column, 76.0, 44.0);
    let name = ellipsize(&fonts.bold, name_size, &name, column);
    let mut baseline = 215.0;
    draw_text(
        &mut image,
        &fonts.bold,
        name_size,
        TEXT_X,
        baseline,
        &name,
        INK,
    );

    if drawable(&fonts.regular, &card.headline) && !card.headline.trim().is_empty() {
        for line in wrap(&fonts.regular, 34.0, &card.headline, column, 2) {
            baseline += 52.0;
            draw_text(
                &mut image,
                &fonts.regular,
                34.0,
                TEXT_X,
                baseline,
                &line,
                MUTED,
            );
        }
    }

    let specializations = card
        .awards
        .iter()
        .map(|award| drawable_or_transliterated(&fonts.bold, &award.name, ""))
        .collect::<Vec<_>>()
        .join(" · ");
    if !specializations.is_empty() {
        baseline += 70.0;
        let line = ellipsize(&fonts.bold, 34.0, &specializations, column);
        draw_text(
            &mut image,
            &fonts.bold,
            34.0,
            TEXT_X,
            baseline,
            &line,
            accent,
        );
    }
    let place = drawable_or_transliterated(&fonts.regular, &texts.place, &texts.place_latin);
    if !place.is_empty() {
        baseline += 52.0;
        let line = ellipsize(&fonts.regular, 30.0, &place, column);
        draw_text(
            &mut image,
            &fonts.regular,
            30.0,
            TEXT_X,
            baseline,
            &line,
            MUTED,
        );
    }

    fill_rect(&mut image, 80, 540, WIDTH - 160, 2, Rgb([0xdd, 0xe1, 0xe6]));
    let site = drawable_or_transliterated(&fonts.bold, &texts.site, "");
    draw_text(&mut image, &fonts.bold, 28.0, 80.0, 588.0, &site, NAVY);
    let host = ellipsize(&fonts.regular, 26.0, &texts.host, 520.0);
    let host_width = text_width(&fonts.regular, 26.0, &host);
    draw_text(
        &mut image,
        &fonts.regular,
        26.0,
        (WIDTH - 80) as f32 - host_width,
        588.0,
        &host,
        MUTED,
    );
    encode_png(&image)
}

struct Fonts {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

impl Fonts {
    fn load() -> Self {
        // Both files are part of the binary and known good; a test renders a card.
        #[allow(clippy::expect_used)]
        Self {
            regular: FontRef::try_from_slice(REGULAR).expect("the embedded regular font parses"),
            bold: FontRef::try_from_slice(BOLD).expect("the embedded bold font parses"),
        }
    }
}

/// The card colour of a specialization accent (the stylesheet's `--accent` of each pair).
fn accent_rgb(colour: Colour) -> Rgb<u8> {
    let hex: u32 = match colour {
        Colour::Rose => 0x8a1c45,
        Colour::Amber => 0x7a4500,
        Colour::Blue => 0x134c8f,
        Colour::Violet => 0x5b2a9e,
        Colour::Teal => 0x0b5c66,
        Colour::Green => 0x276128,
        Colour::Red => 0x9a2b12,
        Colour::Navy => 0x1b3a6b,
    };
    Rgb([(hex >> 16) as u8, (hex >> 8) as u8, hex as u8])
}

/// Whether every character of `text` can be drawn right without a shaper: the font has a
/// glyph for it, and it is not of a script whose letters join or reorder (Hebrew, Arabic,
/// Syriac, Thaana, N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar, and Arabic
/// presentation forms).
pub fn drawable(font: &impl Font, text: &str) -> bool {
    text.chars().all(|c| {
        let code = c as u32;
        let needs_shaping = matches!(code,
            0x0590..=0x08FF | 0x0900..=0x0DFF | 0x0E00..=0x0FFF | 0x1000..=0x109F
            | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
        c.is_whitespace() || (!needs_shaping && font.glyph_id(c).0 != 0)
    })
}

/// `text` when it can be drawn, else `latin` when given and drawable, else `text`
/// transliterated to ASCII.
fn drawable_or_transliterated(font: &impl Font, text: &str, latin: &str) -> String {
    if drawable(font, text) {
        text.to_owned()
    } else if !latin.trim().is_empty() && drawable(font, latin) {
        latin.to_owned()
    } else {
        any_ascii::any_ascii(text)
    }
}

/// The width of `text` at `size` pixels, with kerning.
fn text_width(font: &impl Font, size: f32, text: &str) -> f32 {
    let scaled = font.as_scaled(PxScale::from(size));
    let mut width = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(previous) = previous {
            width += scaled.kern(previous, id);
        }
        width += scaled.h_advance(id);
        previous = Some(id);
    }
    width
}

/// The largest size from `largest` down to `smallest` at which `text` fits in `width`.
fn fitting_size(font: &impl Font, text: &str, width: f32, largest: f32, smallest: f32) -> f32 {
    let mut size = largest;
    while size > smallest && text_width(font, size, text) > width {
        size -= 2.0;
    }
    size.max(smallest)
}

/// `text`, cut with an ellipsis where it would pass `width`. Characters are added while they
/// fit, so a very long text costs no more than a short one.
fn ellipsize(font: &impl Font, size: f32, text: &str, width: f32) -> String {
    if text_width(font, size, text) <= width {
        return text.to_owned();
    }
    let room = width - text_width(font, size, "…");
    let mut kept = String::new();
    for c in text.chars() {
        kept.push(c);
        if text_width(font, size, &kept) > room {
            kept.pop();
            break;
        }
    }
    format!("{}…", kept.trim_end())
}

/// Up to `lines` lines of `text` broken at spaces to fit `width`; the last one ellipsized
/// when text is left over.
fn wrap(font: &impl Font, size: f32, text: &str, width: f32, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if text_width(font, size, &candidate) <= width || current.is_empty() {
            current = candidate;
            continue;
        }
        out.push(std::mem::take(&mut current));
        current = word.to_owned();
        if out.len() == lines - 1 {
            let rest: Vec<&str> = std::iter::once(word).chain(words.by_ref()).collect();
            current = rest.join(" ");
            break;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.truncate(lines);
    out.iter_mut()
        .for_each(|line| *line = ellipsize(font, size, line, width));
    out
}

/// Draws `text` with its baseline at `y`, blending each glyph's coverage into the image.
fn draw_text(
    image: &mut RgbImage,
    font: &impl Font,
    size: f32,
    x: f32,
    y: f32,
    text: &str,
    colour: Rgb<u8>,
) {
    let scale = PxScale::from(size);
    let scaled = font.as_scaled(scale);
    let mut caret = x;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(previous) = previous {
            caret += scaled.kern(previous, id);
        }
        let glyph = id.with_scale_and_position(scale, point(caret, y));
        caret += scaled.h_advance(id);
        previous = Some(id);
        let Some(outlined) = font.outline_glyph(glyph) else {
            continue;
        };
        let bounds = outlined.px_bounds();
        outlined.draw(|gx, gy, coverage| {
            let px = bounds.min.x as i64 + i64::from(gx);
            let py = bounds.min.y as i64 + i64::from(gy);
            blend(image, px, py, colour, coverage);
        });
    }
}

/// Mixes `colour` into the pixel at (x, y) by `alpha` (0–1); outside the image, nothing.
fn blend(image: &mut RgbImage, x: i64, y: i64, colour: Rgb<u8>, alpha: f32) {
    let (Ok(x), Ok(y)) = (u32::try_from(x), u32::try_from(y)) else {
        return;
    };
    if x >= image.width() || y >= image.height() {
        return;
    }
    let alpha = alpha.clamp(0.0, 1.0);
    let pixel = image.get_pixel_mut(x, y);
    for (channel, target) in pixel.0.iter_mut().zip(colour.0) {
        let mixed = f32::from(*channel) * (1.0 - alpha) + f32::from(target) * alpha;
        *channel = mixed.round() as u8;
    }
}

fn fill_rect(image: &mut RgbImage, x: u32, y: u32, width: u32, height: u32, colour: Rgb<u8>) {
    for py in y..(y + height).min(image.height()) {
        for px in x..(x + width).min(image.width()) {
            image.put_pixel(px, py, colour);
        }
    }
}

/// How much of the pixel at (x, y) lies inside the photo's circle, with a one-pixel soft edge.
fn disc_coverage(x: u32, y: u32) -> f32 {
    let radius = PHOTO as f32 / 2.0;
    let dx = x as f32 + 0.5 - (PHOTO_X as f32 + radius);
    let dy = y as f32 + 0.5 - (PHOTO_Y as f32 + radius);
    (radius - (dx * dx + dy * dy).sqrt() + 0.5).clamp(0.0, 1.0)
}

fn draw_disc(image: &mut RgbImage, colour: Rgb<u8>) {
    for y in PHOTO_Y..PHOTO_Y + PHOTO {
        for x in PHOTO_X..PHOTO_X + PHOTO {
            blend(image, x.into(), y.into(), colour, disc_coverage(x, y));
        }
    }
}

/// The photo cut to a centred square, scaled to the circle and drawn inside it.
fn draw_round_photo(image: &mut RgbImage, photo: &RgbImage) {
    let side = photo.width().min(photo.height());
    let left = (photo.width() - side) / 2;
    let top = (photo.height() - side) / 2;
    let square = image::imageops::crop_imm(photo, left, top, side, side).to_image();
    let scaled =
        image::imageops::resize(&square, PHOTO, PHOTO, image::imageops::FilterType::Triangle);
    for y in 0..PHOTO {
        for x in 0..PHOTO {
            let (ix, iy) = (PHOTO_X + x, PHOTO_Y + y);
            let coverage = disc_coverage(ix, iy);
            blend(
                image,
                ix.into(),
                iy.into(),
                *scaled.get_pixel(x, y),
                coverage,
            );
        }
    }
}

fn encode_png(image: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new(&mut out);
    // Writing into a Vec cannot fail for an image whose size we chose.
    #[allow(clippy::expect_used)]
    encoder
        .write_image(
            image.as_raw(),
            image.width(),
            image.height(),
            image::ExtendedColorType::Rgb8,
        )
        .expect("encoding a PNG into memory");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_scripts_without_glyphs_or_needing_a_shaper_fall_back() {
        let fonts = Fonts::load();
        assert!(drawable(&fonts.bold, "Zoë Ångström-Ruiz"));
        assert!(drawable(&fonts.bold, "Олена Ткаченко"));
        assert!(drawable(&fonts.bold, "Γιώργος"));
        assert!(!drawable(&fonts.bold, "山田太郎"));
        assert!(!drawable(&fonts.bold, "ليلى"));
        assert!(!drawable(&fonts.bold, "अनन्या"));
        assert_eq!(
            drawable_or_transliterated(&fonts.bold, "山田太郎", "Taro Yamada"),
            "Taro Yamada"
        );
        assert_eq!(
            drawable_or_transliterated(&fonts.bold, "ليلى", ""),
            any_ascii::any_ascii("ليلى")
        );
        assert!(drawable_or_transliterated(&fonts.bold, "अनन्या", "").is_ascii());
    }

    #[test]
    fn long_text_wraps_into_the_lines_given_and_is_cut_with_an_ellipsis() {
        let fonts = Fonts::load();
        let text = "word ".repeat(200);
        let lines = wrap(&fonts.regular, 34.0, &text, 600.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert!(
            lines
                .iter()
                .all(|l| text_width(&fonts.regular, 34.0, l) <= 600.0)
        );
        let one = wrap(&fonts.regular, 34.0, "short headline", 600.0, 2);
        assert_eq!(one, vec!["short headline".to_owned()]);
        let giant = "x".repeat(5_000);
        let cut = ellipsize(&fonts.bold, 76.0, &giant, 680.0);
        assert!(text_width(&fonts.bold, 76.0, &cut) <= 680.0);
    }
}
