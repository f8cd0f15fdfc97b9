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

    /// The colour at a point of the 100 × 100 drawing space (the head is centred at x 50):
    /// the topmost shape that covers it.
    fn colour_at(&self, x: f64, y: f64) -> [u8; 3] {
        let inside = |cx: f64, cy: f64, rx: f64, ry: f64| {
            let (dx, dy) = ((x - cx) / rx, (y - cy) / ry);
            dx * dx + dy * dy <= 1.0
        };
        let head = inside(50.0, 47.0, 21.0, 25.0);
        let darker = |c: [u8; 3]| c.map(|v| (f64::from(v) * 0.86) as u8);
        // Front to back: features on the face first, the background last.
        if head {
            let eye = inside(42.0, 49.0, 2.2, 2.8) || inside(58.0, 49.0, 2.2, 2.8);
            if eye {
                return INK;
            }
            if self.glasses {
                let ring = |cx: f64| {
                    let d = ((x - cx).powi(2) + (y - 49.0).powi(2)).sqrt();
                    (5.6..=6.8).contains(&d)
                };
                if ring(42.0)
                    || ring(58.0)
                    || ((48.0..=52.0).contains(&x) && (48.6..=49.6).contains(&y))
                {
                    return INK;
                }
            }
            let mouth = ((x - 50.0).powi(2) + (y - 53.0).powi(2)).sqrt();
            if (9.0..=10.4).contains(&mouth) && y > 59.5 && (x - 50.0).abs() < 6.5 {
                return darker(darker(self.skin));
            }
            if self.hair_in_front(x, y) {
                return self.hair_colour;
            }
            return self.skin;
        }
        if self.hair_in_front(x, y) || self.hair_behind(x, y) {
            return self.hair_colour;
        }
        if inside(29.0, 49.0, 3.8, 6.0) || inside(71.0, 49.0, 3.8, 6.0) {
            return darker(self.skin);
        }
        if (43.0..=57.0).contains(&x) && (62.0..=80.0).contains(&y) {
            return darker(self.skin);
        }
        if inside(50.0, 108.0, 44.0, 34.0) {
            return self.shirt;
        }
        self.background
    }

    /// Hair over the top of the head: a cap whose edge dips at the temples.
    fn hair_in_front(&self, x: f64, y: f64) -> bool {
        let (dx, dy) = ((x - 50.0) / 23.0, (y - 44.0) / 28.0);
        let in_cap = dx * dx + dy * dy <= 1.0;
        let hairline = |top: f64, dip: f64| y < top + dip * ((x - 50.0) / 22.0).powi(2);
        match self.hair {
            Hair::Short | Hair::Long | Hair::Bun => in_cap && hairline(33.0, 14.0),
            Hair::Cropped => in_cap && hairline(27.0, 6.0),
            Hair::Curly => {
                // A ring of curls around the top of the head.
                (0..9).any(|i| {
                    let angle = std::f64::consts::PI * (0.05 + 0.9 * f64::from(i) / 8.0);
                    let (cx, cy) = (50.0 - 22.0 * angle.cos(), 42.0 - 22.0 * angle.sin());
                    (x - cx).powi(2) + (y - cy).powi(2) <= 64.0
                }) || (in_cap && hairline(34.0, 12.0))
            }
        }
    }

    /// Hair seen beside and behind the head.
    fn hair_behind(&self, x: f64, y: f64) -> bool {
        match self.hair {
            Hair::Long => {
                let (dx, dy) = ((x - 50.0) / 27.0, (y - 58.0) / 36.0);
                dx * dx + dy * dy <= 1.0 && y < 86.0
            }
            Hair::Bun => (x - 50.0).powi(2) + (y - 17.0).powi(2) <= 100.0,
            _ => false,
        }
    }

    /// Draws the portrait, each pixel the mean of four samples.
    fn draw(&self) -> RgbImage {
        let scale = 100.0 / f64::from(SIDE);
        RgbImage::from_fn(SIDE, SIDE, |px, py| {
            let mut sum = [0u32; 3];
            for (ox, oy) in [(0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)] {
                let c = self.colour_at((f64::from(px) + ox) * scale, (f64::from(py) + oy) * scale);
                for (s, v) in sum.iter_mut().zip(c) {
                    *s += u32::from(v);
                }
            }
            Rgb(sum.map(|s| (s / 4) as u8))
        })
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
