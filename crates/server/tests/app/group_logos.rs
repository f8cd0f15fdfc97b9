//! Group logos (issue 15): uploaded by a group's leaders or an admin, re-encoded and scaled
//! like hero photos (transparency laid on white), shown on `/groups` and the group's page with
//! alt text, served cacheable with `nosniff`; anyone else is refused, and so is every file
//! that is not a usable image, each with its reason.

use crate::helpers::{TestApp, TestResponse};
use axum::http::StatusCode;
use heroes_domain::account::Role;
use heroes_domain::groups::{GroupInput, GroupStatus};
use heroes_store::accounts::Actor;
use heroes_store::groups;
use std::io::Cursor;

/// A group named `name` in `status`, proposed by (so led by) a new account; the slug and the
/// leader's session cookie.
async fn led_group(app: &TestApp, name: &str, status: GroupStatus) -> (String, String) {
    let leader = app
        .account(&format!("lead-{}@example.org", name.len()), &[], None)
        .await;
    let group = GroupInput {
        name: name.into(),
        city: "Nairobi".into(),
        country: "KE".into(),
        specializations: vec!["serverless".into()],
        ..GroupInput::default()
    }
    .parse(chrono::Utc::now().date_naive())
    .unwrap();
    let slug = groups::propose(app.db(), &group, Some(leader), status, &Actor::cli())
        .await
        .unwrap();
    (slug, app.session(leader).await)
}

/// A PNG of `width` × `height`: its left half transparent (black under the transparency, as
/// many exporters leave it), its right half opaque blue.
fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbaImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            image::Rgba([0, 0, 0, 0])
        } else {
            image::Rgba([20, 60, 200, 255])
        }
    });
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

async fn upload(app: &TestApp, slug: &str, cookie: &str, bytes: &[u8]) -> TestResponse {
    let path = format!("/groups/{slug}/logo");
    app.post_file(&path, cookie, ["logo", "logo.png", "image/png"], bytes)
        .await
}

/// The logo as served: status, headers and bytes.
async fn logo(
    app: &TestApp,
    slug: &str,
    cookie: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    app.get_raw(&format!("/groups/{slug}/logo.jpg"), cookie)
        .await
}

#[tokio::test]
async fn a_leader_uploads_replaces_and_removes_the_logo() {
    let app = TestApp::new().await;
    let (slug, cookie) = led_group(&app, "Nairobi Serverless", GroupStatus::Active).await;
    let before = app.get("/groups").await.body;
    assert!(!before.contains("logo.jpg"));
    assert!(!before.contains("with-logo"));

    let done = upload(&app, &slug, &cookie, &png(600, 300)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(
        done.header("location"),
        Some(format!("/groups/{slug}?notice=logo").as_str())
    );
    let (status, headers, first) = logo(&app, &slug, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["cache-control"], "public, max-age=86400");
    assert_eq!(
        image::guess_format(&first).unwrap(),
        image::ImageFormat::Jpeg
    );
    let decoded = image::load_from_memory(&first).unwrap().to_rgb8();
    assert_eq!(decoded.dimensions(), (256, 128));
    // The transparent half is white, not the black kept under it.
    let [r, g, b] = decoded.get_pixel(10, 64).0;
    assert!(r > 240 && g > 240 && b > 240, "{:?}", (r, g, b));
    let [r, _, b] = decoded.get_pixel(240, 64).0;
    assert!(b > 150 && r < 80, "{:?}", (r, b));

    let alt = r#"alt="Logo of Nairobi Serverless""#;
    let directory = app.get("/groups").await.body;
    assert!(directory.contains(&format!("/groups/{slug}/logo.jpg?v=")));
    assert!(directory.contains(alt));
    let page = app.get(&format!("/groups/{slug}")).await.body;
    assert!(page.contains(&format!("/groups/{slug}/logo.jpg?v=")));
    assert!(page.contains(alt));
    let api = app.get("/api/v1/groups").await.json();
    let logo_url = api["groups"][0]["logo_url"].as_str().unwrap().to_owned();
    assert!(
        logo_url.starts_with(&format!("http://heroes.test/groups/{slug}/logo.jpg?v=")),
        "{logo_url}"
    );
    let edit = app
        .get_as(&format!("/groups/{slug}/edit"), &cookie)
        .await
        .body;
    assert!(edit.contains(&format!("/groups/{slug}/logo/remove")));

    // A new upload replaces the logo.
    let again = upload(&app, &slug, &cookie, &png(100, 100)).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let (_, _, second) = logo(&app, &slug, None).await;
    assert_ne!(first, second);
    let decoded = image::load_from_memory(&second).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (100, 100));

    let removed = app
        .post_form(&format!("/groups/{slug}/logo/remove"), &[], Some(&cookie))
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(logo(&app, &slug, None).await.0, StatusCode::NOT_FOUND);
    assert!(app.get("/api/v1/groups").await.json()["groups"][0]["logo_url"].is_null());
    let after = app.get("/groups").await.body;
    assert!(!after.contains("logo.jpg"));
    assert!(
        !app.get(&format!("/groups/{slug}"))
            .await
            .body
            .contains("logo.jpg")
    );
}

#[tokio::test]
async fn only_the_leaders_and_admins_change_the_logo() {
    let app = TestApp::new().await;
    let (slug, _) = led_group(&app, "Lima Builders", GroupStatus::Active).await;
    let member = app.account("member@example.org", &[], None).await;
    let member = app.session(member).await;
    let joined = app
        .post_form(&format!("/groups/{slug}/join"), &[], Some(&member))
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);

    let refused = upload(&app, &slug, &member, &png(200, 200)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(logo(&app, &slug, None).await.0, StatusCode::NOT_FOUND);
    let anonymous = app
        .post_form(&format!("/groups/{slug}/logo/remove"), &[], None)
        .await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(
        anonymous
            .header("location")
            .unwrap_or_default()
            .starts_with("/login")
    );

    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let admin = app.session(admin).await;
    let done = upload(&app, &slug, &admin, &png(200, 200)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(logo(&app, &slug, None).await.0, StatusCode::OK);

    let refused = app
        .post_form(&format!("/groups/{slug}/logo/remove"), &[], Some(&member))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(logo(&app, &slug, None).await.0, StatusCode::OK);
    // An unknown group is a 404 for the upload too.
    assert_eq!(
        upload(&app, "no-such-group", &admin, &png(200, 200))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn wrong_files_are_refused_with_the_reason() {
    let app = TestApp::new().await;
    let (slug, cookie) = led_group(&app, "Oslo Data", GroupStatus::Active).await;
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "text",
            b"<svg onload=alert(1)>not an image</svg>".to_vec(),
            "not a JPEG, PNG or WebP",
        ),
        ("tiny", png(20, 20), "smaller than 32"),
        ("huge", vec![0u8; 3 * 1024 * 1024], "larger than 2 MB"),
        ("empty", Vec::new(), "Choose an image file first"),
    ];
    for (name, bytes, message) in cases {
        let response = upload(&app, &slug, &cookie, &bytes).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(response.body.contains(message), "{name}: {}", response.body);
        assert!(response.body.contains(r#"id="logo-error""#), "{name}");
        // The rest of the edit form is still there, as stored.
        assert!(response.body.contains(r#"value="Oslo Data""#), "{name}");
    }
    assert_eq!(logo(&app, &slug, None).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_proposals_logo_shows_only_to_its_leaders() {
    let app = TestApp::new().await;
    let (slug, cookie) = led_group(&app, "Quito Cloud", GroupStatus::Proposed).await;
    let done = upload(&app, &slug, &cookie, &png(120, 120)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(logo(&app, &slug, None).await.0, StatusCode::NOT_FOUND);
    let stranger = app.account("stranger@example.org", &[], None).await;
    let stranger = app.session(stranger).await;
    assert_eq!(
        logo(&app, &slug, Some(&stranger)).await.0,
        StatusCode::NOT_FOUND
    );
    let (status, headers, _) = logo(&app, &slug, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        headers["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("private")
    );
}
