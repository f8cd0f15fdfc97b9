//! Accounts end to end: sign-up, verification, sign-in and out, password reset and change,
//! change of address, throttling, sessions, CSRF, and the admin pages.

use crate::helpers::{PASSWORD, TestApp, TestResponse, hero, link_in, session_cookie};
use axum::http::StatusCode;
use heroes_domain::account::{Email, Role};
use heroes_store::{accounts, audit, sessions};

async fn sign_up(
    app: &TestApp,
    name: &str,
    email: &str,
    password: &str,
) -> crate::helpers::TestResponse {
    app.post_form(
        "/signup",
        &[("name", name), ("email", email), ("password", password)],
        None,
    )
    .await
}

/// Posts the password reset form with the mailed `token` and a new `password`.
async fn reset_password(app: &TestApp, token: &str, password: &str) -> TestResponse {
    let fields = [("token", token), ("password", password)];
    app.post_form("/password/reset", &fields, None).await
}

#[tokio::test]
async fn sign_up_verify_sign_in_and_out() {
    let app = TestApp::new().await;
    let page = app.get("/signup").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"action="/signup""#));

    let response = sign_up(&app, "Ana Souza", "Ana.Souza@Example.org", PASSWORD).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    assert!(response.body.contains("ana.souza@example.org"));

    // Not before the address is proven.
    let refused = app.login("ana.souza@example.org", PASSWORD).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(refused.body.contains("Confirm your email address first"));

    let mail = app.last_mail_to("ana.souza@example.org").await;
    assert_eq!(mail.subject, "Confirm your email address");
    assert!(mail.body_text.contains("Hello Ana Souza"));
    assert!(
        mail.body_html
            .contains("<a href=\"http://heroes.test/verify?token=")
    );
    let link = link_in(&mail.body_text, "/verify?token=");
    assert_eq!(app.get(&link).await.status, StatusCode::OK);
    // A link works once.
    assert_eq!(app.get(&link).await.status, StatusCode::BAD_REQUEST);

    let response = app
        .post_form(
            "/login",
            &[
                ("email", " ANA.SOUZA@example.org "),
                ("password", PASSWORD),
                ("next", "/account?tab=1"),
            ],
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.header("location"), Some("/account?tab=1"));
    let set_cookie = response.header("set-cookie").unwrap();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    assert!(
        !set_cookie.contains("Secure"),
        "the test site is plain HTTP"
    );
    let cookie = session_cookie(&response).unwrap();

    let account = app.get_as("/account", &cookie).await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("ana.souza@example.org"));
    assert_eq!(account.header("cache-control"), Some("private, no-store"));

    let out = app.post_form("/logout", &[], Some(&cookie)).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
    let after = app.get_as("/account", &cookie).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(after.header("location"), Some("/login?next=%2Faccount"));
}

#[tokio::test]
async fn sign_up_errors_name_the_field_and_keep_the_input() {
    let app = TestApp::new().await;
    let response = sign_up(&app, "Zoë <b>Martin</b>", "zoe@", "qx7!pw").await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .body
            .contains(r#"value="Zoë &#60;b&#62;Martin&#60;/b&#62;""#)
            || response.body.contains("Zoë &lt;b&gt;"),
        "{}",
        response.body
    );
    assert!(response.body.contains(r#"value="zoe@""#));
    assert!(response.body.contains(r#"id="email-error""#));
    assert!(response.body.contains("Use at least 10 characters."));
    assert!(
        !response.body.contains("qx7!pw"),
        "a password is never echoed"
    );

    let guessable = sign_up(&app, "Zoë", "zoe@example.org", "zoe@example.org").await;
    assert_eq!(guessable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(guessable.body.contains("not your email address"));
    let email = Email::parse("email", "zoe@example.org").unwrap();
    assert!(
        accounts::by_email(app.db(), &email)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn signing_up_with_a_taken_address_reveals_nothing_and_tells_the_owner() {
    let app = TestApp::new().await;
    app.account("taken@example.org", &[], None).await;
    let response = sign_up(
        &app,
        "Someone Else",
        "taken@example.org",
        "another good password",
    )
    .await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.body.contains("Check your mail"));
    let mail = app.last_mail_to("taken@example.org").await;
    assert_eq!(mail.subject, "You already have an account");
    // The owner's password still works; nothing was replaced.
    app.sign_in("taken@example.org", PASSWORD).await;
}

#[tokio::test]
async fn failed_sign_ins_look_alike_and_stop_the_guessing_client_until_a_reset() {
    let app = TestApp::new().await;
    app.account("lee@example.org", &[], None).await;
    let wrong = app.login("lee@example.org", "not it at all").await;
    let unknown = app
        .post_form(
            "/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "not it at all"),
            ],
            None,
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    let message = |body: &str| {
        body.split("id=\"login-error\">")
            .nth(1)
            .map(|s| s.split('<').next().unwrap().to_owned())
    };
    assert_eq!(message(&wrong.body), message(&unknown.body));
    assert!(
        wrong.body.contains(r#"value="lee@example.org""#),
        "the address is kept"
    );

    for _ in 1..10 {
        app.login("lee@example.org", "still wrong!").await;
    }
    // This client is locked out of the account: even the right password is refused, with
    // the same message (another client is not, see `abuse.rs`).
    let locked = app.login("lee@example.org", PASSWORD).await;
    assert_eq!(locked.status, StatusCode::UNAUTHORIZED);
    assert_eq!(message(&locked.body), message(&unknown.body));
    let log = audit::list(app.db(), 50, None).await.unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "account.locked" && e.target == "lee@example.org")
    );
    // The owner hears of it (this client never signed in to the account).
    let warning = app.last_mail_to("lee@example.org").await;
    assert_eq!(
        warning.subject,
        "Someone is trying to sign in to your account"
    );

    // The owner recovers by mail.
    app.post_form("/password/forgot", &[("email", "lee@example.org")], None)
        .await;
    let link = link_in(
        &app.last_mail_to("lee@example.org").await.body_text,
        "/password/reset?token=",
    );
    let token = link.split("token=").nth(1).unwrap();
    let done = reset_password(&app, token, "a brand new passphrase").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    app.sign_in("lee@example.org", "a brand new passphrase")
        .await;
}

#[tokio::test]
async fn too_many_failures_from_one_address_are_refused() {
    let app = TestApp::new().await;
    app.account("kim@example.org", &[], None).await;
    for i in 0..50 {
        let email = format!("guess{i}@example.org");
        app.login(&email, "whatever123").await;
    }
    let response = app.login("kim@example.org", PASSWORD).await;
    assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    assert!(response.body.contains("Too many failed sign-ins"));
}

#[tokio::test]
async fn password_reset_checks_the_new_password_and_ends_every_session() {
    let app = TestApp::new().await;
    let id = app.account("maya@example.org", &[], None).await;
    let other_browser = app.sign_in("maya@example.org", PASSWORD).await;

    // Unknown addresses get the same answer.
    let unknown = app
        .post_form("/password/forgot", &[("email", "ghost@example.org")], None)
        .await;
    let known = app
        .post_form("/password/forgot", &[("email", "maya@example.org")], None)
        .await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert_eq!(
        unknown.body.replace("ghost@example.org", "X"),
        known.body.replace("maya@example.org", "X")
    );
    let bad = app
        .post_form("/password/forgot", &[("email", "not an address")], None)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"value="not an address""#));

    let link = link_in(
        &app.last_mail_to("maya@example.org").await.body_text,
        "/password/reset?token=",
    );
    let form = app.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    let token = link.split("token=").nth(1).unwrap();
    let weak = reset_password(&app, token, "password123").await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        weak.body.contains(token),
        "the token is kept for the next try"
    );

    let done = reset_password(&app, token, "new and long enough").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        done.header("location"),
        Some("/login?notice=password-reset")
    );
    assert_eq!(sessions::count_for_user(app.db(), id).await.unwrap(), 0);
    assert_eq!(
        app.get_as("/account", &other_browser).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.get(&link).await.status,
        StatusCode::BAD_REQUEST,
        "a spent link says so at once"
    );
    let again = reset_password(&app, token, "yet another passphrase").await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    let old = app.login("maya@example.org", PASSWORD).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    app.sign_in("maya@example.org", "new and long enough").await;
}

#[tokio::test]
async fn changing_the_password_keeps_this_session_and_ends_the_others() {
    let app = TestApp::new().await;
    let id = app.account("omar@example.org", &[], None).await;
    let here = app.sign_in("omar@example.org", PASSWORD).await;
    let there = app.sign_in("omar@example.org", PASSWORD).await;
    assert_ne!(here, there);

    let wrong = app
        .post_form(
            "/account/password",
            &[
                ("current_password", "nope nope nope"),
                ("new_password", "x"),
            ],
            Some(&here),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("This is not your current password."));
    assert!(wrong.body.contains("Use at least 10 characters."));

    let done = app
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "an even better passphrase"),
            ],
            Some(&here),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_as("/account", &here).await.status, StatusCode::OK);
    assert_eq!(
        app.get_as("/account", &there).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(sessions::count_for_user(app.db(), id).await.unwrap(), 1);
    let log = audit::list(app.db(), 50, None).await.unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "account.password" && e.actor == "omar@example.org")
    );
}

#[tokio::test]
async fn a_new_address_counts_only_once_confirmed() {
    let app = TestApp::new().await;
    app.account("old@example.org", &[], None).await;
    app.account("busy@example.org", &[], None).await;
    let cookie = app.sign_in("old@example.org", PASSWORD).await;

    let bad = app
        .post_form(
            "/account/email",
            &[("new_email", "new@"), ("current_password", PASSWORD)],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"value="new@""#));

    let sent = app
        .post_form(
            "/account/email",
            &[
                ("new_email", "New@Example.org"),
                ("current_password", PASSWORD),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    // Still the old address until the link is followed.
    app.sign_in("old@example.org", PASSWORD).await;
    let link = link_in(
        &app.last_mail_to("new@example.org").await.body_text,
        "/account/email/confirm?token=",
    );
    assert_eq!(app.get(&link).await.status, StatusCode::OK);
    app.sign_in("new@example.org", PASSWORD).await;

    // An address taken in the meantime is not stolen.
    app.post_form(
        "/account/email",
        &[
            ("new_email", "busy2@example.org"),
            ("current_password", PASSWORD),
        ],
        Some(&cookie),
    )
    .await;
    let link = link_in(
        &app.last_mail_to("busy2@example.org").await.body_text,
        "/account/email/confirm?token=",
    );
    let id = app.account("busy2@example.org", &[], None).await;
    let clash = app.get(&link).await;
    assert!(clash.body.contains("That address is taken"));
    assert_eq!(
        accounts::by_id(app.db(), id).await.unwrap().unwrap().email,
        "busy2@example.org"
    );
}

#[tokio::test]
async fn signing_in_always_starts_a_new_session() {
    let app = TestApp::new().await;
    let id = app.account("ida@example.org", &[], None).await;
    let before = app.session(id).await;
    let response = app
        .post_form(
            "/login",
            &[("email", "ida@example.org"), ("password", PASSWORD)],
            Some(&before),
        )
        .await;
    let after = session_cookie(&response).unwrap();
    assert_ne!(before, after);
    assert_eq!(
        app.get_as("/account", &before).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.get_as("/account", &after).await.status, StatusCode::OK);
}

#[tokio::test]
async fn open_redirects_after_sign_in_are_refused() {
    let app = TestApp::new().await;
    app.account("eve@example.org", &[], None).await;
    for next in [
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
    ] {
        let response = app
            .post_form(
                "/login",
                &[
                    ("email", "eve@example.org"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
                None,
            )
            .await;
        assert_eq!(response.header("location"), Some("/account"), "{next}");
    }
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let app = TestApp::new().await;
    app.account("cat@example.org", &[], None).await;
    let post = |headers: &'static [(&'static str, &'static str)]| {
        let mut builder = axum::http::Request::post("/login")
            .header("host", "heroes.test")
            .header("content-type", "application/x-www-form-urlencoded");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder
            .body(axum::body::Body::from(format!(
                "email=cat%40example.org&password={}",
                PASSWORD.replace(' ', "+")
            )))
            .unwrap()
    };
    let cross = app.request(post(&[("sec-fetch-site", "cross-site")])).await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    assert!(
        cross.body.contains("<html"),
        "a friendly page, not an empty body"
    );
    let evil_origin = app
        .request(post(&[("origin", "https://evil.example")]))
        .await;
    assert_eq!(evil_origin.status, StatusCode::FORBIDDEN);
    let same = app
        .request(post(&[
            ("sec-fetch-site", "same-origin"),
            ("origin", "http://heroes.test"),
        ]))
        .await;
    assert_eq!(same.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn admins_read_the_outbox_and_the_audit_log() {
    let app = TestApp::new().await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let member = app.account("member@example.org", &[], None).await;
    sign_up(&app, "Noor", "noor@example.org", PASSWORD).await;

    let admin = app.session(admin).await;
    let outbox = app.get_as("/admin/outbox", &admin).await;
    assert_eq!(outbox.status, StatusCode::OK);
    assert!(outbox.body.contains("noor@example.org"));
    assert!(outbox.body.contains("Confirm your email address"));
    let audit_page = app.get_as("/admin/audit", &admin).await;
    assert_eq!(audit_page.status, StatusCode::OK);
    assert!(audit_page.body.contains("role.grant"));
    assert!(audit_page.body.contains("account.create"));

    let member = app.session(member).await;
    assert_eq!(
        app.get_as("/admin/outbox", &member).await.status,
        StatusCode::FORBIDDEN
    );
    let visitor = app.get("/admin/audit").await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);
    assert_eq!(
        visitor.header("location"),
        Some("/login?next=%2Fadmin%2Faudit")
    );
}

#[tokio::test]
async fn the_audit_log_is_append_only() {
    let app = TestApp::new().await;
    app.account("x@example.org", &[Role::Staff], None).await;
    let db = app.db();
    let refused = match db {
        heroes_store::Db::Sqlite(pool) => {
            sqlx::query("DELETE FROM audit_log")
                .execute(pool)
                .await
                .is_err()
                && sqlx::query("UPDATE audit_log SET action = 'nothing'")
                    .execute(pool)
                    .await
                    .is_err()
        }
        heroes_store::Db::Postgres(pool) => {
            sqlx::query("DELETE FROM audit_log")
                .execute(pool)
                .await
                .is_err()
                && sqlx::query("UPDATE audit_log SET action = 'nothing'")
                    .execute(pool)
                    .await
                    .is_err()
        }
    };
    assert!(refused);
}

#[tokio::test]
async fn hero_and_alumni_roles_follow_the_linked_hero() {
    let app = TestApp::new().await;
    let active = hero("Ana Souza").create(&app).await;
    let former = hero("Ben Okafor").status("alumni").create(&app).await;
    let a = app.account("ana@example.org", &[], Some(&active)).await;
    let b = app.account("ben@example.org", &[], Some(&former)).await;
    let db = app.db();
    let roles = |id| async move {
        let user = accounts::by_id(db, id).await.unwrap().unwrap();
        accounts::roles(db, &user).await.unwrap()
    };
    let ra = roles(a).await;
    assert!(ra.has(Role::Hero) && !ra.has(Role::Alumni));
    let rb = roles(b).await;
    assert!(rb.has(Role::Alumni) && !rb.has(Role::Hero));
    let page = app.get_as("/account", &app.session(a).await).await;
    assert!(page.body.contains(&format!("/heroes/{active}")));
}

#[tokio::test]
async fn the_sweep_job_removes_what_has_expired() {
    use heroes_server::auth::sweep::SWEEP;
    let app = TestApp::new().await;
    let id = app.account("old@example.org", &[], None).await;
    let live = app.session(id).await;
    let (_, stale) = heroes_server::auth::new_secret();
    sessions::create(
        app.db(),
        &stale,
        id,
        chrono::Utc::now() - chrono::Duration::minutes(1),
        "old",
    )
    .await
    .unwrap();
    app.login("nobody@example.org", "wrong wrong").await;
    heroes_store::jobs::schedule(app.db(), SWEEP, "expired", chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(crate::helpers::run_jobs(app.db(), |_| {}).await, 1);
    assert_eq!(
        sessions::count_for_user(app.db(), id).await.unwrap(),
        1,
        "only the live session is left"
    );
    assert_eq!(app.get_as("/account", &live).await.status, StatusCode::OK);
    let next = heroes_store::jobs::next_run(app.db(), SWEEP, "expired")
        .await
        .unwrap()
        .unwrap();
    let now = chrono::Utc::now();
    assert!(
        next > now && next <= now + chrono::Duration::hours(1) && next.timestamp() % 3600 == 0,
        "runs again when the next hour starts: {next}"
    );
}

/// The current password asked again before a change counts like a sign-in attempt: a stolen
/// session guessing it at `/account/password`, `/account/email` or `/account/delete` is held
/// back as the sign-in form would hold it back, and then even the right password does not
/// pass from there.
#[tokio::test]
async fn guessing_the_current_password_from_a_session_is_throttled() {
    let app = TestApp::new().await;
    let id = app.account("gia@example.org", &[], None).await;
    let session = app.session(id).await;
    for n in 0..10 {
        let (path, fields) = match n % 3 {
            0 => (
                "/account/password",
                vec![
                    ("current_password", "a wrong guess"),
                    ("new_password", "a brand new passphrase"),
                ],
            ),
            1 => (
                "/account/email",
                vec![
                    ("current_password", "a wrong guess"),
                    ("new_email", "elsewhere@example.org"),
                ],
            ),
            _ => (
                "/account/delete",
                vec![("current_password", "a wrong guess")],
            ),
        };
        let guess = app.post_form(path, &fields, Some(&session)).await;
        assert_eq!(guess.status, StatusCode::UNPROCESSABLE_ENTITY, "guess {n}");
    }
    let right = app
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new passphrase"),
            ],
            Some(&session),
        )
        .await;
    assert_eq!(right.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(right.body.contains("This is not your current password."));
    let erase = app
        .post_form(
            "/account/delete",
            &[("current_password", PASSWORD)],
            Some(&session),
        )
        .await;
    assert_eq!(erase.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Nothing changed: the account is there, its password still the old one.
    let user = accounts::by_id(app.db(), id).await.unwrap().unwrap();
    assert!(
        heroes_server::auth::password::verify(PASSWORD.to_owned(), Some(user.password_hash))
            .await
            .unwrap()
    );
}

/// The header says who is signed in, with their unread notifications and a way out; a
/// visitor's header offers signing in, and the cached public pages never carry a name.
#[tokio::test]
async fn the_header_names_who_is_signed_in() {
    let app = TestApp::new().await;
    let visitor = app.get("/heroes").await;
    assert!(visitor.body.contains("href=\"/login\""), "{}", visitor.body);
    assert!(!visitor.body.contains("action=\"/logout\""));

    let id = app.account("mo@example.org", &[], None).await;
    let mo = app.session(id).await;
    let name = accounts::by_id(app.db(), id).await.unwrap().unwrap().name;
    let page = app.get_as("/heroes", &mo).await;
    assert!(
        page.body.contains(&format!("Your account ({name})")),
        "{}",
        page.body
    );
    assert!(page.body.contains("action=\"/logout\""), "{}", page.body);
    assert!(!page.body.contains("unread</a>"), "nothing unread yet");

    // A notice arrives: the header counts it, on every page.
    let notice = heroes_store::notifications::Notice {
        user_id: Some(id),
        mail: heroes_store::outbox::OutgoingMail {
            to: "mo@example.org".to_owned(),
            subject: "Hello".to_owned(),
            text: "Hello".to_owned(),
            html: "<p>Hello</p>".to_owned(),
            requested_from: None,
            list_unsubscribe: None,
            language: String::new(),
        },
        link: "/account/nominations".to_owned(),
    };
    heroes_store::notifications::send_now(app.db(), &[notice])
        .await
        .unwrap();
    let page = app.get_as("/specializations", &mo).await;
    assert!(page.body.contains("1 unread"), "{}", page.body);

    // The visitor's cached copy of the same page still names nobody.
    let again = app.get("/heroes").await;
    assert!(!again.body.contains("action=\"/logout\""));
}

/// `/account` groups a person's pages by what they are for, and shows only the groups their
/// roles give them.
#[tokio::test]
async fn the_account_page_groups_what_a_person_may_open() {
    let app = TestApp::new().await;
    let member = app
        .session(app.account("mo@example.org", &[], None).await)
        .await;
    let page = app.get_as("/account", &member).await;
    assert!(page.body.contains("Account and security"), "{}", page.body);
    assert!(page.body.contains("href=\"/account/mentoring\""));
    for absent in [
        "Your hero page",
        "href=\"/account/sources\"",
        "Program team",
    ] {
        assert!(!page.body.contains(absent), "a member sees {absent}");
    }
    let slug = hero("Ana Souza").create(&app).await;
    let ana = app
        .session(app.account("ana@example.org", &[], Some(&slug)).await)
        .await;
    let page = app.get_as("/account", &ana).await;
    for present in [
        "Your hero page",
        "href=\"/account/sources\"",
        "href=\"/account/credits\"",
        "href=\"/briefings\"",
    ] {
        assert!(page.body.contains(present), "a hero misses {present}");
    }
}
