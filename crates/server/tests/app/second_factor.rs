//! The second factor (issue 23): an authenticator app and recovery codes, the second step of
//! signing in (throttled like the password, each code once), roles that require a factor, and
//! the ways back for someone who lost theirs. Codes are computed from the secret the page
//! shows, at times chosen around now: the server accepts the step before and after its own.

use crate::helpers::{PASSWORD, TestApp, TestResponse, session_cookie};
use axum::http::StatusCode;
use heroes_domain::account::Role;
use heroes_server::auth::second_factor::code_at;
use heroes_store::sessions::{self, SignedInWith};

const STEP: i64 = 30;

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The code an app with `secret` shows `offset` seconds from now.
fn code(secret: &str, offset: i64) -> String {
    code_at(secret, now() + offset).expect("a code")
}

/// The text between `start` and the next `end` in `body`.
fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in {body}"))
        + start.len();
    let len = body[from..].find(end).expect("the end marker");
    &body[from..from + len]
}

/// Sets up an authenticator app through the pages; returns its secret and the recovery codes
/// shown once.
async fn set_up_app(app: &TestApp, cookie: &str) -> (String, Vec<String>) {
    let started = app
        .post_form(
            "/account/security/totp",
            &[("proof", PASSWORD)],
            Some(cookie),
        )
        .await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    let secret = between(&started.body, r#"id="totp-secret">"#, "<").to_owned();
    assert!(
        started.body.contains("otpauth://totp/heroes.test:"),
        "{}",
        started.body
    );
    let confirmed = app
        .post_form(
            "/account/security/totp/confirm",
            &[("code", &code(&secret, 0))],
            Some(cookie),
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    let list = between(&confirmed.body, r#"id="recovery-codes">"#, "</ul>");
    let codes: Vec<String> = list
        .split("<code>")
        .skip(1)
        .map(|c| c.split("</code>").next().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10, "{list}");
    (secret, codes)
}

/// Posts the password; for an account with a factor, returns the cookie of the waiting
/// sign-in (no session exists yet).
async fn password_step(app: &TestApp, email: &str) -> String {
    let response = app.login(email, PASSWORD).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert_eq!(response.header("location"), Some("/login/second-factor"));
    assert!(
        session_cookie(&response).is_none(),
        "no session before the second step"
    );
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("heroes_2fa=") && !v.starts_with("heroes_2fa=;"))
        .map(|v| v.split(';').next().unwrap().to_owned())
        .expect("a waiting sign-in")
}

async fn second_step(app: &TestApp, waiting: &str, typed: &str) -> TestResponse {
    app.post_form("/login/second-factor", &[("code", typed)], Some(waiting))
        .await
}

#[tokio::test]
async fn an_app_code_is_asked_after_the_password_and_accepted_once_inside_its_window() {
    let app = TestApp::new().await;
    let id = app.account("lee@example.org", &[], None).await;
    let cookie = app.sign_in("lee@example.org", PASSWORD).await;

    // A wrong code does not turn the app on.
    let started = app
        .post_form(
            "/account/security/totp",
            &[("proof", PASSWORD)],
            Some(&cookie),
        )
        .await;
    let secret = between(&started.body, r#"id="totp-secret">"#, "<").to_owned();
    let wrong = app
        .post_form(
            "/account/security/totp/confirm",
            &[("code", &code(&secret, -5 * STEP))],
            Some(&cookie),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The replay below must fall in the 30-second step of the confirmation: start early in one
    // (a loaded machine once took long enough here to cross into the next).
    let into_step = now().rem_euclid(STEP);
    if into_step > STEP / 3 {
        tokio::time::sleep(std::time::Duration::from_secs((STEP - into_step) as u64)).await;
    }
    let (secret, _) = set_up_app(&app, &cookie).await;
    let page = app.get_as("/account/security", &cookie).await;
    assert!(page.body.contains(r#"id="totp-status""#) && page.body.contains("is set up"));
    // Recent sign-ins name the address (in-process requests come from "local").
    assert!(page.body.contains("<td>local</td>"), "{}", page.body);

    // The code used to confirm the app was used once already.
    let waiting = password_step(&app, "lee@example.org").await;
    let replayed = second_step(&app, &waiting, &code(&secret, 0)).await;
    assert_eq!(
        replayed.status,
        StatusCode::UNAUTHORIZED,
        "{}",
        replayed.body
    );
    assert!(session_cookie(&replayed).is_none());
    // Outside the window either way: refused.
    let expired = second_step(&app, &waiting, &code(&secret, -4 * STEP)).await;
    assert_eq!(expired.status, StatusCode::UNAUTHORIZED);
    let early = second_step(&app, &waiting, &code(&secret, 4 * STEP)).await;
    assert_eq!(early.status, StatusCode::UNAUTHORIZED);

    // The next step's code signs in, and the session goes where sign-in was going.
    let next = code(&secret, STEP);
    let signed_in = second_step(&app, &waiting, &next).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    assert_eq!(signed_in.header("location"), Some("/account"));
    let session = session_cookie(&signed_in).expect("a session");
    assert_eq!(
        app.get_as("/account", &session).await.status,
        StatusCode::OK
    );

    // The same code cannot sign in a second time, even from a new waiting sign-in.
    let again = password_step(&app, "lee@example.org").await;
    let replayed = second_step(&app, &again, &next).await;
    assert_eq!(replayed.status, StatusCode::UNAUTHORIZED);
    // The spent waiting sign-in is gone.
    let spent = second_step(&app, &waiting, &code(&secret, STEP)).await;
    assert_eq!(spent.header("location"), Some("/login"));

    let actions = app.audit_actions(id).await;
    assert!(
        actions.iter().any(|a| a == "factor.totp-added"),
        "{actions:?}"
    );
    let mail = app.last_mail_to("lee@example.org").await;
    assert_eq!(mail.subject, "Your sign-in security changed");
    assert!(mail.body_text.contains("An authenticator app was set up"));
}

#[tokio::test]
async fn a_recovery_code_signs_in_once_and_new_codes_replace_the_old() {
    let app = TestApp::new().await;
    let id = app.account("maya@example.org", &[], None).await;
    let cookie = app.sign_in("maya@example.org", PASSWORD).await;
    let (secret, codes) = set_up_app(&app, &cookie).await;

    let waiting = password_step(&app, "maya@example.org").await;
    let typed = codes[0].to_uppercase().replace('-', " ");
    let signed_in = second_step(&app, &waiting, &typed).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    let session = session_cookie(&signed_in).expect("a session");

    let waiting = password_step(&app, "maya@example.org").await;
    let used = second_step(&app, &waiting, &codes[0]).await;
    assert_eq!(
        used.status,
        StatusCode::UNAUTHORIZED,
        "a recovery code works once"
    );
    let page = app.get_as("/account/security", &session).await;
    assert!(
        page.body.contains("9 recovery codes are left"),
        "{}",
        page.body
    );

    // New codes need the password or a code again; the old ones stop working.
    let refused = app
        .post_form(
            "/account/security/recovery-codes",
            &[("proof", "not my password")],
            Some(&session),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let renewed = app
        .post_form(
            "/account/security/recovery-codes",
            &[("proof", &code(&secret, STEP))],
            Some(&session),
        )
        .await;
    assert_eq!(renewed.status, StatusCode::OK, "{}", renewed.body);
    let fresh = between(&renewed.body, "<li><code>", "</code>").to_owned();
    let old = second_step(&app, &waiting, &codes[1]).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    let new = second_step(&app, &waiting, &fresh).await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);

    let actions = app.audit_actions(id).await;
    for action in ["factor.recovery-code-used", "factor.recovery-codes"] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
    assert!(
        app.last_mail_to("maya@example.org")
            .await
            .body_text
            .contains("New recovery codes")
    );
}

#[tokio::test]
async fn removing_the_app_asks_again_and_then_the_password_alone_signs_in() {
    let app = TestApp::new().await;
    let id = app.account("noor@example.org", &[], None).await;
    let cookie = app.sign_in("noor@example.org", PASSWORD).await;
    set_up_app(&app, &cookie).await;

    let refused = app
        .post_form(
            "/account/security/totp/remove",
            &[("proof", "123456")],
            Some(&cookie),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    password_step(&app, "noor@example.org").await;

    let removed = app
        .post_form(
            "/account/security/totp/remove",
            &[("proof", PASSWORD)],
            Some(&cookie),
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    app.sign_in("noor@example.org", PASSWORD).await;
    assert!(
        app.audit_actions(id)
            .await
            .iter()
            .any(|a| a == "factor.totp-removed")
    );
    assert!(
        app.last_mail_to("noor@example.org")
            .await
            .body_text
            .contains("was removed")
    );
}

#[tokio::test]
async fn asking_again_for_the_password_or_a_code_is_throttled_like_sign_in() {
    let app = TestApp::new().await;
    app.account("rita@example.org", &[], None).await;
    let cookie = app.sign_in("rita@example.org", PASSWORD).await;
    set_up_app(&app, &cookie).await;
    for _ in 0..10 {
        let wrong = app
            .post_form(
                "/account/security/totp/remove",
                &[("proof", "000000")],
                Some(&cookie),
            )
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let locked = app
        .post_form(
            "/account/security/totp/remove",
            &[("proof", PASSWORD)],
            Some(&cookie),
        )
        .await;
    assert_eq!(
        locked.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "held like sign-in"
    );
    let page = app.get_as("/account/security", &cookie).await;
    assert!(page.body.contains("is set up"), "the app is still there");
}

#[tokio::test]
async fn the_second_step_is_throttled_like_the_password() {
    let app = TestApp::new().await;
    let id = app.account("omar@example.org", &[], None).await;
    let cookie = app.sign_in("omar@example.org", PASSWORD).await;
    let (secret, codes) = set_up_app(&app, &cookie).await;

    let waiting = password_step(&app, "omar@example.org").await;
    // Ten wrong codes from this client; each is checked and refused.
    for _ in 0..10 {
        let wrong = second_step(&app, &waiting, "000000").await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    }
    // Now this client is locked out of the account: even a right code is not looked at, and
    // stays unused.
    let locked = second_step(&app, &waiting, &codes[0]).await;
    assert_eq!(locked.status, StatusCode::UNAUTHORIZED);
    assert!(session_cookie(&locked).is_none());
    let also = second_step(&app, &waiting, &code(&secret, STEP)).await;
    assert_eq!(also.status, StatusCode::UNAUTHORIZED);
    assert!(
        app.audit_actions(id)
            .await
            .iter()
            .any(|a| a == "account.locked")
    );
    // The password form is held to the same count.
    let password = app.login("omar@example.org", PASSWORD).await;
    assert_eq!(password.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_required_role_without_a_factor_reaches_only_the_setup() {
    let app = TestApp::new().await;
    let admin = app.account("root@example.org", &[Role::Admin], None).await;
    let staff = app.account("sam@example.org", &[Role::Staff], None).await;
    app.account("mia@example.org", &[], None).await;
    let admin_cookie = app.session(admin).await;

    let saved = app
        .post_form(
            "/admin/security/required",
            &[("role", "staff"), ("role", "admin")],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    // The admin who saved it is held to it at once.
    let held = app.get_as("/admin/security", &admin_cookie).await;
    assert_eq!(held.header("location"), Some("/account/security"));

    // Staff signing in are led to the setup, and every other page sends them back to it.
    let cookie = app.sign_in("sam@example.org", PASSWORD).await;
    for path in ["/account", "/heroes", "/", "/account/tokens", "/admin/jobs"] {
        let response = app.get_as(path, &cookie).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(
            response.header("location"),
            Some("/account/security"),
            "{path}"
        );
    }
    let post = app
        .post_form(
            "/account/tokens",
            &[("name", "x"), ("scope", "read")],
            Some(&cookie),
        )
        .await;
    assert_eq!(post.header("location"), Some("/account/security"));
    let page = app.get_as("/account/security", &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"id="setup-required""#));

    // A member is not concerned; a single sign-on session follows the company's provider.
    let member = app.sign_in("mia@example.org", PASSWORD).await;
    assert_eq!(app.get_as("/account", &member).await.status, StatusCode::OK);
    let (secret, hash) = heroes_server::auth::new_secret();
    sessions::create_with(
        app.db(),
        &hash,
        staff,
        chrono::Utc::now() + chrono::Duration::days(1),
        "test",
        SignedInWith::Sso,
    )
    .await
    .unwrap();
    let sso = format!("heroes_session={secret}");
    assert_eq!(app.get_as("/account", &sso).await.status, StatusCode::OK);

    // Its API tokens wait too (a member's work as before).
    let token = app
        .token(staff, heroes_domain::account::TokenScope::Read)
        .await;
    let api = app
        .get_with(
            "/api/v1/me",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(api.status, StatusCode::FORBIDDEN, "{}", api.body);
    assert!(api.body.contains("/account/security"));

    // Once the app is set up, everything opens.
    set_up_app(&app, &cookie).await;
    let api = app
        .get_with(
            "/api/v1/me",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(app.get_as("/account", &cookie).await.status, StatusCode::OK);
    assert_eq!(
        app.get_as("/account/tokens", &cookie).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn an_admin_or_the_command_line_resets_lost_factors_and_the_owner_hears_of_it() {
    let app = TestApp::new().await;
    let admin = app.account("root@example.org", &[Role::Admin], None).await;
    let lost = app.account("pia@example.org", &[], None).await;
    let cookie = app.sign_in("pia@example.org", PASSWORD).await;
    set_up_app(&app, &cookie).await;
    password_step(&app, "pia@example.org").await;

    let admin_cookie = app.session(admin).await;
    let unknown = app
        .post_form(
            "/admin/security/reset",
            &[("email", "nobody@example.org")],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reset = app
        .post_form(
            "/admin/security/reset",
            &[("email", "pia@example.org")],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);
    app.sign_in("pia@example.org", PASSWORD).await;
    let mail = app.last_mail_to("pia@example.org").await;
    assert!(
        mail.body_text.contains("The program team reset"),
        "{}",
        mail.body_text
    );
    let entry = heroes_store::audit::for_user(app.db(), lost)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.action == "factor.reset")
        .expect("the reset is audited");
    assert_eq!(entry.actor_id, Some(admin));

    // Again, from the command line.
    set_up_app(&app, &cookie).await;
    password_step(&app, "pia@example.org").await;
    heroes_server::admin::cli::run(
        app.db(),
        heroes_server::admin::cli::AdminCommand::ResetFactors {
            email: "pia@example.org".to_owned(),
            base_url: "http://heroes.test".to_owned(),
        },
    )
    .await
    .unwrap();
    app.sign_in("pia@example.org", PASSWORD).await;
    let entries = heroes_store::audit::for_user(app.db(), lost).await.unwrap();
    let by_cli = entries
        .iter()
        .rev()
        .find(|e| e.action == "factor.reset")
        .unwrap();
    assert_eq!((by_cli.actor_id, by_cli.actor.as_str()), (None, "cli"));
    let mails = heroes_store::outbox::list(app.db(), 100, None)
        .await
        .unwrap();
    assert_eq!(
        mails
            .iter()
            .filter(|m| m.to_address == "pia@example.org"
                && m.body_text.contains("The program team reset"))
            .count(),
        2
    );
}

/// Each `(waiting sign-in cookie, code)` posted to the second step, all at the same moment.
async fn at_once(app: &TestApp, requests: Vec<(String, String)>) -> Vec<TestResponse> {
    let requests = requests
        .into_iter()
        .map(|(waiting, typed)| {
            let body: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("code", &typed)
                .finish();
            axum::http::Request::post("/login/second-factor")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", waiting)
                .body(axum::body::Body::from(body))
                .unwrap()
        })
        .collect();
    app.at_once(requests).await
}

/// One app code or one recovery code, sent from several browsers at the same moment (a
/// phished code replayed while its owner types it), signs in exactly one of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_code_sent_at_once_from_several_browsers_signs_in_one() {
    let app = TestApp::new().await;
    app.account("quinn@example.org", &[], None).await;
    let cookie = app.sign_in("quinn@example.org", PASSWORD).await;
    let (secret, codes) = set_up_app(&app, &cookie).await;

    for typed in [code(&secret, STEP), codes[0].clone()] {
        let mut requests = Vec::new();
        for _ in 0..4 {
            requests.push((
                password_step(&app, "quinn@example.org").await,
                typed.clone(),
            ));
        }
        let answers = at_once(&app, requests).await;
        let sessions = answers
            .iter()
            .filter(|a| session_cookie(a).is_some())
            .count();
        assert_eq!(
            sessions,
            1,
            "{typed}: {:?}",
            answers.iter().map(|a| a.status).collect::<Vec<_>>()
        );
        assert!(answers.iter().all(|a| !a.status.is_server_error()));
    }
}
