//! Heroes edit their own page at `/account/profile`.

use crate::helpers::{TestApp, hero};
use axum::http::StatusCode;

fn form<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("display_name", "Ana Souza"),
        ("headline", "Serverless at scale"),
        ("company", "Nimbus Labs"),
        ("city", "Recife"),
        ("country", "BR"),
        ("photo_url", ""),
        ("bio", "I build **event-driven** systems."),
        ("languages", "pt-BR, en"),
        ("timezone", "America/Recife"),
        ("links.github", "https://github.com/anasouza"),
    ];
    for (k, v) in overrides {
        fields.retain(|(name, _)| name != k);
        fields.push((k, v));
    }
    fields
}

#[tokio::test]
async fn a_hero_edits_their_page_and_the_directory_shows_it_at_once() {
    let app = TestApp::new().await;
    let slug = hero("Ana Souza")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let id = app.account("ana@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;

    // The public page is cached before the edit.
    assert!(
        !app.get(&format!("/heroes/{slug}"))
            .await
            .body
            .contains("Nimbus Labs")
    );

    let page = app.get_as("/account/profile", &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"value="Ana Souza""#));

    let saved = app
        .post_form(
            "/account/profile",
            &form(&[("status", "alumni")]),
            Some(&cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let public = app.get(&format!("/heroes/{slug}")).await;
    assert!(public.body.contains("Nimbus Labs"));
    assert!(public.body.contains("<strong>event-driven</strong>"));
    assert!(public.body.contains("https://github.com/anasouza"));
    assert!(
        !public.body.contains("mark-alumni"),
        "status is not the hero's to change"
    );
    let found = app.get("/api/v1/heroes?q=nimbus").await.json();
    assert_eq!(found["total"], 1);
    assert_eq!(found["heroes"][0]["slug"], slug.as_str());
}

#[tokio::test]
async fn every_wrong_field_is_named_and_nothing_is_saved() {
    let app = TestApp::new().await;
    let slug = hero("Ben Okafor").create(&app).await;
    let id = app.account("ben@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;
    let response = app
        .post_form(
            "/account/profile",
            &form(&[
                ("display_name", "  "),
                ("country", "XX"),
                ("timezone", "Mars/Olympus"),
                ("links.github", "javascript:alert(1)"),
                ("company", "Typed Company"),
            ]),
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in [
        "display_name-error",
        "country-error",
        "timezone-error",
        "links.github-error",
    ] {
        assert!(response.body.contains(&format!(r#"id="{id}""#)), "{id}");
    }
    assert!(
        response.body.contains(r#"value="Typed Company""#),
        "typed input is kept"
    );
    assert!(response.body.contains(r#"value="Mars/Olympus""#));
    let public = app.get(&format!("/heroes/{slug}")).await;
    assert!(!public.body.contains("Typed Company"));
    assert!(!public.body.contains("javascript:"));
}

#[tokio::test]
async fn markup_in_the_bio_is_sanitized() {
    let app = TestApp::new().await;
    let slug = hero("Chen Wei").create(&app).await;
    let id = app.account("chen@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;
    let bio = "Hi <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))";
    let saved = app
        .post_form(
            "/account/profile",
            &form(&[("display_name", "Chen Wei"), ("bio", bio)]),
            Some(&cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let public = app.get(&format!("/heroes/{slug}")).await.body;
    assert!(!public.contains("<script>alert(1)"));
    assert!(!public.contains("onerror"));
    assert!(!public.contains("javascript:alert(3)"));
}
