//! Photo uploads: re-encoded, scaled, stripped of metadata, served from the database.

use crate::helpers::{TestApp, TestResponse, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use std::io::Cursor;

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A JPEG carrying an EXIF block with a recognizable secret in it.
fn jpeg_with_exif(secret: &str) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(300, 200, image::Rgb([200, 80, 40]));
    let mut plain = Cursor::new(Vec::new());
    image
        .write_to(&mut plain, image::ImageFormat::Jpeg)
        .unwrap();
    let plain = plain.into_inner();
    // Big-endian TIFF header, an empty IFD, then the secret as trailing data.
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(secret.as_bytes());
    let len = (exif.len() + 2) as u16;
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&plain[2..]);
    out
}

async fn upload(app: &TestApp, cookie: &str, filename: &str, bytes: &[u8]) -> TestResponse {
    let file = ["photo", filename, "application/octet-stream"];
    app.post_file("/account/profile/photo", cookie, file, bytes)
        .await
}

async fn photo_bytes(app: &TestApp, slug: &str) -> (StatusCode, Vec<u8>) {
    bytes_at(app, &format!("/heroes/{slug}/photo.jpg")).await
}

async fn bytes_at(app: &TestApp, path: &str) -> (StatusCode, Vec<u8>) {
    let (status, _, bytes) = app.get_raw(path, None).await;
    (status, bytes)
}

#[tokio::test]
async fn an_upload_is_scaled_reencoded_and_served() {
    let app = TestApp::new().await;
    let slug = hero("Ines Costa").create(&app).await;
    let id = app.account("ines@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;

    let done = upload(&app, &cookie, "me.png", &png(1200, 900)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let (status, bytes) = photo_bytes(&app, &slug).await;
    assert_eq!(status, StatusCode::OK);
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!(
        image::guess_format(&bytes).unwrap(),
        image::ImageFormat::Jpeg
    );
    assert_eq!((decoded.width(), decoded.height()), (512, 384));
    let profile = app.get(&format!("/heroes/{slug}")).await;
    assert!(
        profile
            .body
            .contains(&format!("http://heroes.test/heroes/{slug}/photo.jpg?v="))
    );

    let removed = app
        .post_form("/account/profile/photo/remove", &[], Some(&cookie))
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(photo_bytes(&app, &slug).await.0, StatusCode::NOT_FOUND);
    assert!(
        !app.get(&format!("/heroes/{slug}"))
            .await
            .body
            .contains("photo.jpg")
    );
}

#[tokio::test]
async fn metadata_never_survives_an_upload() {
    let app = TestApp::new().await;
    let slug = hero("Jon Ekberg").create(&app).await;
    let id = app.account("jon@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;
    let original = jpeg_with_exif("GPS 59.3293N 18.0686E");
    assert!(original.windows(4).any(|w| w == b"Exif"));
    let done = upload(&app, &cookie, "holiday.jpg", &original).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let (_, bytes) = photo_bytes(&app, &slug).await;
    assert!(!bytes.windows(4).any(|w| w == b"Exif"));
    assert!(!bytes.windows(3).any(|w| w == b"GPS"));
}

#[tokio::test]
async fn wrong_files_are_refused_with_a_reason() {
    let app = TestApp::new().await;
    let slug = hero("Kai Moana").create(&app).await;
    let id = app.account("kai@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "notes.jpg",
            b"just some text pretending".to_vec(),
            "not a JPEG, PNG or WebP",
        ),
        ("tiny.png", png(20, 20), "smaller than 64"),
        ("huge.png", vec![0u8; 6 * 1024 * 1024], "larger than 5 MB"),
        ("empty.png", Vec::new(), "Choose an image file first"),
    ];
    for (name, bytes, message) in cases {
        let response = upload(&app, &cookie, name, &bytes).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(response.body.contains(message), "{name}: {}", response.body);
        assert!(response.body.contains(r#"id="photo-error""#));
    }
    assert_eq!(photo_bytes(&app, &slug).await.0, StatusCode::NOT_FOUND);
}

/// The share card (`og:image`): a 1200 × 630 PNG for every public hero, with or without a
/// photo, linked from the profile; a name the font cannot draw is drawn in its Latin spelling.
#[tokio::test]
async fn every_hero_has_a_share_card_drawn_by_the_server() {
    let app = TestApp::new().await;
    let slug = hero("Ines Costa").create(&app).await;
    let profile = app.get(&format!("/heroes/{slug}")).await;
    assert!(
        profile.body.contains(&format!(
            r#"<meta property="og:image" content="http://heroes.test/heroes/{slug}/card.png">"#
        )),
        "{}",
        profile.body
    );
    assert!(profile.body.contains("summary_large_image"));

    let (status, plain) = bytes_at(&app, &format!("/heroes/{slug}/card.png")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        image::guess_format(&plain).unwrap(),
        image::ImageFormat::Png
    );
    let card = image::load_from_memory(&plain).unwrap().to_rgb8();
    assert_eq!(card.dimensions(), (1200, 630));
    // Text and the initials' disc are drawn: the card is not one flat colour.
    let distinct: std::collections::HashSet<_> = card.pixels().map(|p| p.0).collect();
    assert!(distinct.len() > 20, "{} colours", distinct.len());

    // With a photo, the photo's colour fills the circle.
    let id = app.account("ines@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;
    let red = {
        let image = image::RgbImage::from_pixel(400, 400, image::Rgb([220, 20, 20]));
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    };
    assert_eq!(
        upload(&app, &cookie, "me.png", &red).await.status,
        StatusCode::SEE_OTHER
    );
    let (_, with_photo) = bytes_at(&app, &format!("/heroes/{slug}/card.png")).await;
    let card = image::load_from_memory(&with_photo).unwrap().to_rgb8();
    let centre = card.get_pixel(80 + 140, 150 + 140).0;
    assert!(
        centre[0] > 180 && centre[1] < 80 && centre[2] < 80,
        "{centre:?}"
    );

    // Cached by the browser: the ETag answers 304.
    let first = app.get(&format!("/heroes/{slug}/card.png")).await;
    let etag = first
        .headers
        .get("etag")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let again = app
        .request(
            Request::get(format!("/heroes/{slug}/card.png"))
                .header("if-none-match", etag)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);

    // A name in a script the font has no glyphs for is drawn in Latin letters: the
    // card is drawn (not an error) and differs from a card drawn for another name.
    let yamada = hero("山田太郎").create(&app).await;
    let (status, bytes) = bytes_at(&app, &format!("/heroes/{yamada}/card.png")).await;
    assert_eq!(status, StatusCode::OK);
    assert_ne!(bytes, plain);

    assert_eq!(
        bytes_at(&app, "/heroes/nobody-here/card.png").await.0,
        StatusCode::NOT_FOUND
    );
}
