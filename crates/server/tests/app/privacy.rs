//! Taking one's data away (`/account/export`) and leaving (`/account/delete`).

use crate::helpers::{PASSWORD, TestApp, contribution, hero};
use axum::http::StatusCode;
use heroes_domain::account::{Email, Role, TokenScope};
use heroes_store::{accounts, audit};

#[tokio::test]
async fn the_export_holds_everything_about_the_account_and_nothing_else() {
    let app = TestApp::new().await;
    let slug = hero("Ева Линд")
        .latin_name("Eva Lind")
        .timezone("Europe/Stockholm")
        .awards(&[("data", 2022)])
        .create(&app)
        .await;
    contribution(&slug, "Public talk").create(&app).await;
    contribution(&slug, "Private draft")
        .private()
        .create(&app)
        .await;
    let other = hero("Other Person").create(&app).await;
    contribution(&other, "Someone else's post")
        .create(&app)
        .await;
    let id = app
        .account("eva@example.org", &[Role::Reviewer], Some(&slug))
        .await;
    app.token(id, TokenScope::Read).await;
    app.post_form("/password/forgot", &[("email", "eva@example.org")], None)
        .await;
    let cookie = app.sign_in("eva@example.org", PASSWORD).await;
    accounts::set_language(app.db(), id, "fr").await.unwrap();
    let montreal = heroes_domain::hero::TimeZone::parse("zone", "America/Montreal").unwrap();
    accounts::set_time_zone(app.db(), id, Some(montreal))
        .await
        .unwrap();

    let response = app.get_as("/account/export", &cookie).await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(
        response
            .header("content-disposition")
            .unwrap()
            .contains("attachment")
    );
    assert_eq!(response.header("cache-control"), Some("private, no-store"));
    let doc = response.json();
    assert_eq!(doc["account"]["email"], "eva@example.org");
    assert_eq!(
        doc["account"]["roles"],
        serde_json::json!(["member", "hero", "reviewer"])
    );
    assert_eq!(doc["hero"]["slug"], slug.as_str());
    // What the account and the profile chose to read in and where they live.
    assert_eq!(doc["account"]["language"], "fr");
    assert_eq!(doc["account"]["time_zone"], "America/Montreal");
    assert!(doc["account"]["terms_accepted_at"].is_null());
    assert_eq!(doc["hero"]["profile"]["latin_name"], "Eva Lind");
    assert_eq!(doc["hero"]["profile"]["timezone"], "Europe/Stockholm");
    let titles: Vec<&str> = doc["hero"]["contributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Public talk") && titles.contains(&"Private draft"));
    assert!(!titles.contains(&"Someone else's post"));
    assert_eq!(doc["api_tokens"].as_array().unwrap().len(), 1);
    assert!(!doc["sessions"].as_array().unwrap().is_empty());
    // The addresses kept to tell the owner's typos from a stranger's guesses are theirs too.
    let addresses = doc["sign_in_addresses"].as_array().unwrap();
    assert_eq!(addresses.len(), 1, "{addresses:?}");
    assert!(addresses[0]["last_signed_in_at"].is_string());
    assert!(
        doc["mails"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["subject"] == "Choose a new password")
    );
    assert!(
        doc["activity"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "account.sign-in")
    );
    assert!(!response.body.contains("password_hash") && !response.body.contains("$argon2"));
}

#[tokio::test]
async fn deleting_an_account_erases_it_and_keeps_an_anonymous_record() {
    let app = TestApp::new().await;
    let slug = hero("Finn Berg").create(&app).await;
    contribution(&slug, "Finn's post").create(&app).await;
    let id = app
        .account("finn@example.org", &[Role::Staff], Some(&slug))
        .await;
    app.post_form("/password/forgot", &[("email", "finn@example.org")], None)
        .await;
    let cookie = app.sign_in("finn@example.org", PASSWORD).await;
    assert!(
        app.get(&format!("/heroes/{slug}"))
            .await
            .status
            .is_success()
    );

    let page = app.get_as("/account/delete", &cookie).await;
    assert!(page.body.contains("Your hero page"));
    let wrong = app
        .post_form(
            "/account/delete",
            &[("current_password", "not my password")],
            Some(&cookie),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        accounts::by_id(app.db(), id).await.unwrap().is_some(),
        "nothing happened"
    );

    let done = app
        .post_form(
            "/account/delete",
            &[("current_password", PASSWORD)],
            Some(&cookie),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.header("set-cookie").unwrap().contains("Max-Age=0"));
    assert!(accounts::by_id(app.db(), id).await.unwrap().is_none());
    let email = Email::parse("email", "finn@example.org").unwrap();
    assert!(
        accounts::by_email(app.db(), &email)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        app.get(&format!("/heroes/{slug}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get("/api/v1/heroes?q=finn").await.json()["total"], 0);
    assert!(!app.get("/contributions").await.body.contains("Finn's post"));
    assert_eq!(
        app.get_as("/account", &cookie).await.status,
        StatusCode::SEE_OTHER
    );

    let log = audit::list(app.db(), 100, None).await.unwrap();
    let label = format!("deleted account #{id}");
    assert!(
        log.iter()
            .any(|e| e.action == "account.delete" && e.target == label)
    );
    assert!(
        log.iter()
            .any(|e| e.action == "role.grant" && e.target == label)
    );
    assert!(
        log.iter()
            .all(|e| !e.target.contains("finn@") && !e.actor.contains("finn@"))
    );
    assert!(
        log.iter()
            .filter(|e| e.actor_id == Some(id))
            .all(|e| e.address.is_empty())
    );
    let outbox = heroes_store::outbox::to_address(app.db(), "finn@example.org")
        .await
        .unwrap();
    assert!(outbox.is_empty());
    // The address is free again.
    app.post_form(
        "/signup",
        &[
            ("name", "Finn"),
            ("email", "finn@example.org"),
            ("password", PASSWORD),
        ],
        None,
    )
    .await;
    assert!(
        accounts::by_email(app.db(), &email)
            .await
            .unwrap()
            .is_some()
    );
}
