//! Illustrated portraits for the demo's heroes, drawn here rather than downloaded: a directory
//! of initials does not show what the product looks like with real people in it.
//!
//! Each portrait is a few flat shapes (background, shoulders, neck, head, ears, hair, eyes, a
//! smile, sometimes glasses) with colours and a hair style chosen by the demo's random
//! generator, drawn with 2 × 2 supersampling for smooth edges and stored like an uploaded photo.

use super::Rng;
use heroes_store::{Db, heroes};
use image::{Rgb, RgbImage};

/// Side of a portrait in pixels: above the upload minimum, sharp on the profile page.
const SIDE: u32 = 160;
/// A program this big has portraits for its first heroes only: they exist to show the
/// directory, and ten thousand JPEGs would only slow benchmark set-ups down.
const MOST: usize = 2_000;
/// Some heroes keep initials, as in a real directory where not everyone uploads a photo.
const SHARE: f64 = 0.88;

const BACKGROUNDS: &[[u8; 3]] = &[
    [0xdc, 0xe8, 0xf5],
    [0xe6, 0xf0, 0xdc],
    [0xf7, 0xe3, 0xd3],
    [0xec, 0xe1, 0xf3],
    [0xf5, 0xec, 0xc8],
    [0xd8, 0xef, 0xec],
    [0xf3, 0xdb, 0xe2],
];
const SKIN: &[[u8; 3]] = &[
    [0xf6, 0xd7, 0xc3],
    [0xea, 0xc0, 0x9a],
    [0xd7, 0xa2, 0x7a],
    [0xb5, 0x7d, 0x57],
    [0x8d, 0x5a, 0x3b],
    [0x5e, 0x3a, 0x24],
];
const HAIR: &[[u8; 3]] = &[
    [0x1f, 0x1a, 0x17],
    [0x3b, 0x2a, 0x20],
    [0x6b, 0x44, 0x23],
    [0xa5, 0x68, 0x2a],
    [0xd9, 0xb3, 0x6c],
    [0x9a, 0x9a, 0x9a],
    [0xb8, 0x48, 0x2e],
];
const SHIRTS: &[[u8; 3]] = &[
    [0x2f, 0x4b, 0x7c],
    [0x3f, 0x6e, 0x4f],
    [0x7a, 0x2e, 0x3b],
    [0x44, 0x44, 0x4c],
    [0xc2, 0x7c, 0x2c],
    [0x5b, 0x3f, 0x86],
    [0x1f, 0x6f, 0x78],
    [0xe0, 0xe0, 0xdc],
];
const INK: [u8; 3] = [0x2a, 0x22, 0x1e];

#[derive(Clone, Copy)]
enum Hair {
    Short,
    Long,
    Bun,
    Cropped,
    Curly,
}

/// What one portrait looks like.
struct Look {
    background: [u8; 3],
    skin: [u8; 3],
    hair_colour: [u8; 3],
    shirt: [u8; 3],
    hair: Hair,
    glasses: bool,
}

impl Look {
    fn pick(rng: &mut Rng) -> Look {
        let hair = match rng.below(5) {
            0 => Hair::Short,
            1 => Hair::Long,
            2 => Hair::Bun,
            3 => Hair::Cropped,
            _ => Hair::Curly,
        };
        Look {
            background: *rng.pick(BACKGROUNDS),
            skin: *rng.pick(SKIN),
            hair_colour: *rng.pick(HAIR),
            shirt: *rng.pick(SHIRTS),
            hair,
            glasses: rng.chance(0.3),
        }
    }

    /// Paints one row of the 100 × 100 drawing space (the head centred at x 50) at height
    /// `y`: the shapes from back to front, each as the spans of the row it covers. Spans, not
    /// a test per pixel, because the demo draws hundreds of portraits in an unoptimised build.
    fn paint_row(&self, y: f64, row: &mut [[u8; 3]]) {
        let scale = row.len() as f64 / 100.0;
        let mut fill = |from: f64, to: f64, colour: [u8; 3]| {
            let first = (from * scale).round().max(0.0) as usize;
            let last = ((to * scale).round().max(0.0) as usize).min(row.len());
            if first < last {
                row[first..last].fill(colour);
            }
        };
        let darker = |c: [u8; 3]| c.map(|v| (f64::from(v) * 0.86) as u8);
        fill(0.0, 100.0, self.background);
        if let Some((a, b)) = ellipse(y, 50.0, 108.0, 44.0, 34.0) {
            fill(a, b, self.shirt);
        }
        if (62.0..=80.0).contains(&y) {
            fill(43.0, 57.0, darker(self.skin));
        }
        for cx in [29.0, 71.0] {
            if let Some((a, b)) = ellipse(y, cx, 49.0, 3.8, 6.0) {
                fill(a, b, darker(self.skin));
            }
        }
        match self.hair {
            Hair::Long if y < 86.0 => {
                if let Some((a, b)) = ellipse(y, 50.0, 58.0, 27.0, 36.0) {
                    fill(a, b, self.hair_colour);
                }
            }
            Hair::Bun => {
                if let Some((a, b)) = ellipse(y, 50.0, 17.0, 10.0, 10.0) {
                    fill(a, b, self.hair_colour);
                }
            }
            _ => {}
        }
        if let Some((a, b)) = ellipse(y, 50.0, 47.0, 21.0, 25.0) {
            fill(a, b, self.skin);
        }
        // Hair over the top of the head: a cap whose edge dips at the temples.
        let (top, dip) = match self.hair {
            Hair::Cropped => (27.0, 6.0),
            Hair::Curly => (34.0, 12.0),
            _ => (33.0, 14.0),
        };
        if let Some((a, b)) = ellipse(y, 50.0, 44.0, 23.0, 28.0) {
            if y < top {
                fill(a, b, self.hair_colour);
            } else {
                let parting = 22.0 * ((y - top) / dip).sqrt();
                fill(a, b.min(50.0 - parting), self.hair_colour);
                fill(a.max(50.0 + parting), b, self.hair_colour);
            }
        }
        if matches!(self.hair, Hair::Curly) {
            // A ring of curls around the top of the head.
            for i in 0..9 {
                let angle = std::f64::consts::PI * (0.05 + 0.9 * f64::from(i) / 8.0);
                let (cx, cy) = (50.0 - 22.0 * angle.cos(), 42.0 - 22.0 * angle.sin());
                if let Some((a, b)) = ellipse(y, cx, cy, 8.0, 8.0) {
                    fill(a, b, self.hair_colour);
                }
            }
        }
        if y > 59.5 {
            for (a, b) in ring(y, 50.0, 53.0, 9.0, 10.4) {
                fill(a.max(43.5), b.min(56.5), darker(darker(self.skin)));
            }
        }
        if self.glasses {
            for cx in [42.0, 58.0] {
                for (a, b) in ring(y, cx, 49.0, 5.6, 6.8) {
                    fill(a, b, INK);
                }
            }
            if (48.6..=49.6).contains(&y) {
                fill(48.0, 52.0, INK);
            }
        }
        for cx in [42.0, 58.0] {
            if let Some((a, b)) = ellipse(y, cx, 49.0, 2.2, 2.8) {
                fill(a, b, INK);
            }
        }
    }

    /// Draws the portrait at twice its size and averages each 2 × 2 block, for smooth edges.
    fn draw(&self) -> RgbImage {
        let fine = (SIDE * 2) as usize;
        let mut rows = vec![[0u8; 3]; fine * 2];
        let mut image = RgbImage::new(SIDE, SIDE);
        for py in 0..SIDE {
            let (upper, lower) = rows.split_at_mut(fine);
            for (half, row) in [upper, lower].into_iter().enumerate() {
                let y = (f64::from(py * 2) + half as f64 + 0.5) * 100.0 / fine as f64;
                self.paint_row(y, row);
            }
            for px in 0..SIDE {
                let x = (px * 2) as usize;
                let (a, b, c, d) = (rows[x], rows[x + 1], rows[fine + x], rows[fine + x + 1]);
                let mean = |i: usize| {
                    ((u16::from(a[i]) + u16::from(b[i]) + u16::from(c[i]) + u16::from(d[i])) / 4)
                        as u8
                };
                image.put_pixel(px, py, Rgb([mean(0), mean(1), mean(2)]));
            }
        }
        image
    }
}

/// Where the row at height `y` crosses the ellipse centred at (`cx`, `cy`) with radii `rx`,
/// `ry`: the span from its left to its right edge, if it crosses at all.
fn ellipse(y: f64, cx: f64, cy: f64, rx: f64, ry: f64) -> Option<(f64, f64)> {
    let dy = (y - cy) / ry;
    (dy.abs() <= 1.0).then(|| {
        let half = rx * (1.0 - dy * dy).sqrt();
        (cx - half, cx + half)
    })
}

/// The spans of the row at height `y` inside the ring between radii `inner` and `outer`
/// around (`cx`, `cy`): one span where the row only grazes it, else one on each side.
fn ring(y: f64, cx: f64, cy: f64, inner: f64, outer: f64) -> Vec<(f64, f64)> {
    match (
        ellipse(y, cx, cy, outer, outer),
        ellipse(y, cx, cy, inner, inner),
    ) {
        (Some((a, b)), Some((c, d))) => vec![(a, c), (d, b)],
        (Some(span), None) => vec![span],
        _ => Vec::new(),
    }
}

/// A JPEG portrait for the look `rng` picks.
fn portrait(rng: &mut Rng) -> Vec<u8> {
    let image = Look::pick(rng).draw();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85)
        .encode_image(&image)
        .expect("encoding an in-memory image cannot fail");
    jpeg
}

/// Gives most of the program's heroes (the first [`MOST`] by address) a portrait, served like
/// an uploaded photo under `base_url`, unless they have a photo already. Its own random
/// sequence, from `seed`, keeps the rest of the demo the same with or without portraits.
/// Returns how many heroes got one.
pub async fn generate(db: &Db, seed: u64, base_url: &str) -> anyhow::Result<usize> {
    let mut rng = Rng::new(seed ^ 0x0050_4f52_5452_4149);
    let mut given = 0;
    for (slug, _) in heroes::all_slugs(db).await?.into_iter().take(MOST) {
        if !rng.chance(SHARE) {
            continue;
        }
        let jpeg = portrait(&mut rng);
        let card = heroes::get(db, &slug).await?.card;
        if card.photo_url.is_some() {
            continue;
        }
        let url = format!(
            "{}/heroes/{slug}/photo.jpg?v=1",
            base_url.trim_end_matches('/')
        );
        heroes::set_photo(db, card.id, &jpeg, &url).await?;
        given += 1;
    }
    Ok(given)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portraits_are_jpegs_the_upload_path_accepts_and_differ() {
        let mut rng = Rng::new(7);
        let a = portrait(&mut rng);
        let b = portrait(&mut rng);
        assert_ne!(a, b);
        let decoded = image::load_from_memory(&a).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (SIDE, SIDE));
        assert!(crate::account::photo::reencode(&a).is_ok());
    }
}
