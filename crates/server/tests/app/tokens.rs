//! Personal API tokens: created once-visible, stored hashed, scoped, revocable; the API never
//! accepts a session cookie.

use crate::helpers::{TestApp, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::TokenScope;

async fn api(
    app: &TestApp,
    method: &str,
    path: &str,
    auth: Option<&str>,
    json: Option<&str>,
) -> crate::helpers::TestResponse {
    let mut builder = Request::builder().method(method).uri(path);
    if let Some(a) = auth {
        builder = builder.header(
            a.split_once(':').unwrap().0,
            a.split_once(':').unwrap().1.trim(),
        );
    }
    if json.is_some() {
        builder = builder.header("content-type", "application/json");
    }
    app.request(
        builder
            .body(Body::from(json.unwrap_or("").to_owned()))
            .unwrap(),
    )
    .await
}

/// `GET /api/v1/me` with the bearer `token`.
async fn get_me(app: &TestApp, token: &str) -> crate::helpers::TestResponse {
    let auth = format!("authorization: Bearer {token}");
    api(app, "GET", "/api/v1/me", Some(&auth), None).await
}

/// `PATCH /api/v1/me/profile` with `json`, sent with the bearer `token`.
async fn patch_profile(app: &TestApp, token: &str, json: &str) -> crate::helpers::TestResponse {
    let auth = format!("authorization: Bearer {token}");
    api(app, "PATCH", "/api/v1/me/profile", Some(&auth), Some(json)).await
}

/// Revokes the token `id` as the account signed in with `cookie`.
async fn revoke(
    app: &TestApp,
    cookie: &str,
    id: &impl std::fmt::Display,
) -> crate::helpers::TestResponse {
    let path = format!("/account/tokens/{id}/revoke");
    app.post_form(&path, &[], Some(cookie)).await
}

#[tokio::test]
async fn a_token_is_shown_once_listed_used_and_revoked() {
    let app = TestApp::new().await;
    let id = app.account("dev@example.org", &[], None).await;
    let cookie = app.session(id).await;

    let bad = app
        .post_form(
            "/account/tokens",
            &[("name", ""), ("scope", "admin")],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"id="name-error""#) && bad.body.contains(r#"id="scope-error""#));

    let created = app
        .post_form(
            "/account/tokens",
            &[("name", "laptop script"), ("scope", "read")],
            Some(&cookie),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK);
    let token = created
        .body
        .split(r#"id="new-token">"#)
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    assert!(token.starts_with("heroes_"));
    let list = app.get_as("/account/tokens", &cookie).await;
    assert!(list.body.contains("laptop script"));
    assert!(!list.body.contains(&token), "shown only once");
    assert!(list.body.contains("never"));

    let me = get_me(&app, &token).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.json()["email"], "dev@example.org");
    assert_eq!(me.json()["roles"], serde_json::json!(["member"]));
    assert_eq!(me.header("cache-control"), Some("private, no-store"));
    assert!(
        app.get_as("/account/tokens", &cookie)
            .await
            .body
            .contains("UTC"),
        "last use shown"
    );

    let token_id = list
        .body
        .split("/account/tokens/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let revoked = revoke(&app, &cookie, &token_id).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let after = get_me(&app, &token).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    assert!(
        after
            .header("www-authenticate")
            .unwrap()
            .starts_with("Bearer")
    );

    // Someone else's token id is not found, not revoked: their token still works.
    let other = app.account("other@example.org", &[], None).await;
    let their_token = app.token(other, TokenScope::Read).await;
    let their_id = heroes_store::tokens::list(app.db(), other).await.unwrap()[0].id;
    let theirs = revoke(&app, &cookie, &their_id).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let still = get_me(&app, &their_token).await;
    assert_eq!(still.status, StatusCode::OK, "{}", still.body);
    assert_eq!(still.json()["email"], "other@example.org");
}

#[tokio::test]
async fn writes_need_a_write_token_and_never_a_cookie() {
    let app = TestApp::new().await;
    let slug = hero("Dara Kim").create(&app).await;
    let id = app.account("dara@example.org", &[], Some(&slug)).await;
    let read = app.token(id, TokenScope::Read).await;
    let write = app.token(id, TokenScope::Write).await;
    let cookie = app.session(id).await;
    let patch = r#"{"headline": "Platform engineering, Seoul", "links": {"github": "https://github.com/dara"}}"#;

    let with_cookie = api(
        &app,
        "PATCH",
        "/api/v1/me/profile",
        Some(&format!("cookie: {cookie}")),
        Some(patch),
    )
    .await;
    assert_eq!(with_cookie.status, StatusCode::UNAUTHORIZED);
    let read_only = patch_profile(&app, &read, patch).await;
    assert_eq!(read_only.status, StatusCode::FORBIDDEN);
    assert!(read_only.body.contains("read-only"));

    let ok = patch_profile(&app, &write, patch).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(ok.json()["headline"], "Platform engineering, Seoul");
    assert_eq!(ok.json()["links"]["github"], "https://github.com/dara");
    assert_eq!(
        ok.json()["display_name"],
        "Dara Kim",
        "fields not sent are kept"
    );
    let public = app.get(&format!("/api/v1/heroes/{slug}")).await.json();
    assert_eq!(public["headline"], "Platform engineering, Seoul");

    let bad = patch_profile(
        &app,
        &write,
        r#"{"links": {"github": "javascript:alert(1)"}}"#,
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["parameter"], "links.github");
    let unknown = patch_profile(&app, &write, r#"{"status": "alumni"}"#).await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.json()["parameter"], "body");
    let garbage = api(
        &app,
        "PATCH",
        "/api/v1/me/profile",
        Some("authorization: Bearer heroes_nope"),
        Some("{}"),
    )
    .await;
    assert_eq!(garbage.status, StatusCode::UNAUTHORIZED);
}
