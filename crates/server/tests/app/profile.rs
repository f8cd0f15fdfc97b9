//! Heroes edit their own page at `/account/profile`.

use crate::helpers::{TestApp, hero};
use axum::http::StatusCode;
use heroes_domain::account::Role;

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
    // The zone is a menu: an unknown name (only a crafted request sends one) selects nothing.
    assert!(!response.body.contains(r#"value="Mars/Olympus""#));
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

#[tokio::test]
async fn contact_details_reach_only_the_audience_their_owner_chose() {
    let app = TestApp::new().await;
    let slug = hero("Gita Rao").create(&app).await;
    let other = hero("Hugo Lima").create(&app).await;
    let owner = app.account("gita@example.org", &[], Some(&slug)).await;
    let owner = app.session(owner).await;
    let saved = app
        .post_form(
            "/account/profile",
            &form(&[
                ("display_name", "Gita Rao"),
                ("contact.email", "invite-gita@example.org"),
                ("contact.email.visibility", "heroes"),
                ("contact.phone", "+91 80 1234 5678"),
                ("contact.phone.visibility", "members"),
            ]),
            Some(&owner),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let path = format!("/heroes/{slug}");
    let sees = |body: &str| {
        (
            body.contains("invite-gita@example.org"),
            body.contains("+91 80 1234 5678"),
        )
    };
    // A visitor first, so the cached public page exists before the signed-in requests.
    assert_eq!(sees(&app.get(&path).await.body), (false, false));
    let member = app.account("m@example.org", &[], None).await;
    assert_eq!(
        sees(&app.get_as(&path, &app.session(member).await).await.body),
        (false, true)
    );
    let fellow = app.account("hugo@example.org", &[], Some(&other)).await;
    assert_eq!(
        sees(&app.get_as(&path, &app.session(fellow).await).await.body),
        (true, true)
    );
    let staff = app.account("s@example.org", &[Role::Staff], None).await;
    assert_eq!(
        sees(&app.get_as(&path, &app.session(staff).await).await.body),
        (true, true)
    );
    assert_eq!(sees(&app.get_as(&path, &owner).await.body), (true, true));
    // And the visitor's page stayed clean.
    assert_eq!(sees(&app.get(&path).await.body), (false, false));

    let bad = app
        .post_form(
            "/account/profile",
            &form(&[
                ("contact.phone", "call me"),
                ("contact.phone.visibility", "friends"),
            ]),
            Some(&owner),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"id="contact.phone-error""#));
    assert!(bad.body.contains(r#"value="call me""#));
}

#[tokio::test]
async fn languages_are_ticked_or_typed_and_the_zone_is_chosen_from_a_menu() {
    let app = TestApp::new().await;
    let slug = hero("Dara Ruiz").create(&app).await;
    let id = app.account("dara@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;
    let mut fields = form(&[
        ("display_name", "Dara Ruiz"),
        ("languages", "pt-br, sw"),
        ("timezone", "America/Argentina/Buenos_Aires"),
    ]);
    // Two ticked boxes send one name twice (which `form` would fold into one).
    fields.extend([("language", "es"), ("language", "en")]);
    let saved = app
        .post_form("/account/profile", &fields, Some(&cookie))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let hero = app.get(&format!("/api/v1/heroes/{slug}")).await.json();
    assert_eq!(
        hero["languages"],
        serde_json::json!(["es", "en", "pt-BR", "sw"])
    );

    let page = app.get_as("/account/profile", &cookie).await.body;
    assert!(
        page.contains(r#"name="language" value="es" checked"#),
        "{page}"
    );
    assert!(page.contains(r#"name="language" value="en" checked"#));
    assert!(page.contains(r#"name="language" value="de">"#));
    // Languages without a checkbox stay in the text field.
    assert!(page.contains(r#"name="languages" value="pt-BR, sw""#));
    assert!(page.contains(
        r#"<option value="America/Argentina/Buenos_Aires" selected>Buenos Aires</option>"#
    ));
    assert!(page.contains(r#"<optgroup label="Europe">"#));
    assert!(!page.contains("Etc/GMT"));
    // Each contact's audience has its own label.
    assert!(page.contains("Phone: who sees it"));

    // A wrong code among the typed ones is named, and the ticked boxes stay ticked.
    let refused = app
        .post_form(
            "/account/profile",
            &form(&[("language", "fr"), ("languages", "english please")]),
            Some(&cookie),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(r#"id="languages-error""#));
    assert!(
        refused
            .body
            .contains(r#"name="language" value="fr" checked"#)
    );
    assert!(
        refused
            .body
            .contains(r#"name="languages" value="english, please""#)
    );
}
