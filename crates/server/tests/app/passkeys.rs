//! Passkeys (issue 23): added on /account/security, signing in alone and as the second step,
//! through the real router with a software authenticator made here (a P-256 key, attestation
//! "none", assertions signed as an authenticator signs them). The server verifies with
//! `webauthn_rp`; these tests check what it must refuse: another origin, a challenge it did
//! not issue or already spent, another account's passkey, a removed passkey.

use crate::helpers::{PASSWORD, TestApp, TestResponse, session_cookie};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use data_encoding::BASE64URL_NOPAD;
use heroes_domain::account::Role;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use sha2::{Digest, Sha256};

const ORIGIN: &str = "http://heroes.test";
const RP_ID: &str = "heroes.test";

/// A software authenticator holding one discoverable P-256 credential.
struct Authenticator {
    key: SigningKey,
    credential_id: Vec<u8>,
    /// The user handle the site gave at registration.
    user_handle: Vec<u8>,
    sign_count: u32,
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).unwrap();
    bytes
}

fn b64(bytes: &[u8]) -> String {
    BASE64URL_NOPAD.encode(bytes)
}

fn client_data(kind: &str, challenge: &str, origin: &str) -> String {
    format!(
        r#"{{"type":"{kind}","challenge":"{challenge}","origin":"{origin}","crossOrigin":false}}"#
    )
}

impl Authenticator {
    fn new() -> Self {
        let key = loop {
            if let Ok(key) = SigningKey::from_bytes(&random::<32>().into()) {
                break key;
            }
        };
        Authenticator {
            key,
            credential_id: random::<16>().to_vec(),
            user_handle: Vec::new(),
            sign_count: 0,
        }
    }

    /// The registration answer (`RegistrationResponseJSON`) to creation `options`.
    fn register(&mut self, options: &serde_json::Value, origin: &str) -> String {
        let public_key = &options["publicKey"];
        assert_eq!(public_key["rp"]["id"], RP_ID, "{options}");
        let challenge = public_key["challenge"].as_str().unwrap();
        self.user_handle = BASE64URL_NOPAD
            .decode(public_key["user"]["id"].as_str().unwrap().as_bytes())
            .unwrap();
        let point = self.key.verifying_key().to_encoded_point(false);
        let (x, y) = (point.x().unwrap(), point.y().unwrap());
        // COSE_Key {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}, canonical CBOR.
        let mut cose = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20];
        cose.extend_from_slice(x);
        cose.extend_from_slice(&[0x22, 0x58, 0x20]);
        cose.extend_from_slice(y);
        let mut auth_data = Sha256::digest(RP_ID.as_bytes()).to_vec();
        auth_data.push(0b0100_0101); // AT, UV, UP
        auth_data.extend_from_slice(&self.sign_count.to_be_bytes());
        auth_data.extend_from_slice(&[0; 16]); // AAGUID
        auth_data.extend_from_slice(&(self.credential_id.len() as u16).to_be_bytes());
        auth_data.extend_from_slice(&self.credential_id);
        auth_data.extend_from_slice(&cose);
        // {"fmt": "none", "attStmt": {}, "authData": bytes}, keys in canonical order.
        let mut attestation = vec![0xa3, 0x63];
        attestation.extend_from_slice(b"fmt");
        attestation.push(0x64);
        attestation.extend_from_slice(b"none");
        attestation.push(0x67);
        attestation.extend_from_slice(b"attStmt");
        attestation.push(0xa0);
        attestation.push(0x68);
        attestation.extend_from_slice(b"authData");
        attestation.extend_from_slice(&[0x58, auth_data.len() as u8]);
        attestation.extend_from_slice(&auth_data);
        // SubjectPublicKeyInfo of a P-256 key: a fixed prefix and the uncompressed point.
        let mut spki = hex("3059301306072a8648ce3d020106082a8648ce3d030107034200").to_vec();
        spki.extend_from_slice(point.as_bytes());
        let data = client_data("webauthn.create", challenge, origin);
        serde_json::json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "response": {
                "clientDataJSON": b64(data.as_bytes()),
                "authenticatorData": b64(&auth_data),
                "transports": ["internal"],
                "publicKey": b64(&spki),
                "publicKeyAlgorithm": -7,
                "attestationObject": b64(&attestation),
            },
            "authenticatorAttachment": "platform",
            "clientExtensionResults": {},
            "type": "public-key"
        })
        .to_string()
    }

    /// The assertion (`AuthenticationResponseJSON`) for request `options`.
    fn assert(&mut self, options: &serde_json::Value, origin: &str) -> String {
        let challenge = options["publicKey"]["challenge"].as_str().unwrap();
        self.assert_challenge(challenge, origin)
    }

    fn assert_challenge(&mut self, challenge: &str, origin: &str) -> String {
        self.sign_count += 1;
        let mut auth_data = Sha256::digest(RP_ID.as_bytes()).to_vec();
        auth_data.push(0b0000_0101); // UV, UP
        auth_data.extend_from_slice(&self.sign_count.to_be_bytes());
        let data = client_data("webauthn.get", challenge, origin);
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&Sha256::digest(data.as_bytes()));
        let signature: Signature = self.key.sign(&signed);
        serde_json::json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "response": {
                "clientDataJSON": b64(data.as_bytes()),
                "authenticatorData": b64(&auth_data),
                "signature": b64(signature.to_der().as_bytes()),
                "userHandle": b64(&self.user_handle),
            },
            "authenticatorAttachment": "platform",
            "clientExtensionResults": {},
            "type": "public-key"
        })
        .to_string()
    }
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// What the script sends: a form POST asking for JSON.
async fn post_json(
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
    cookie: Option<&str>,
) -> TestResponse {
    let mut request = crate::helpers::form_request(path, fields, cookie);
    request
        .headers_mut()
        .insert("accept", "application/json".parse().unwrap());
    app.request(request).await
}

/// The passkey second step of the sign-in waiting in `waiting`, answered by `key`.
async fn passkey_second_step(
    app: &TestApp,
    waiting: &str,
    key: &mut Authenticator,
) -> TestResponse {
    let options = post_json(
        app,
        "/login/second-factor/passkey/options",
        &[],
        Some(waiting),
    )
    .await
    .json();
    let credential = key.assert(&options, ORIGIN);
    let fields = [("credential", credential.as_str())];
    post_json(app, "/login/second-factor/passkey", &fields, Some(waiting)).await
}

/// Adds a passkey named `name` with `authenticator` through the endpoints the script uses.
async fn add_passkey(app: &TestApp, cookie: &str, authenticator: &mut Authenticator, name: &str) {
    let options = post_json(
        app,
        "/account/security/passkeys/options",
        &[("name", name), ("proof", PASSWORD)],
        Some(cookie),
    )
    .await;
    assert_eq!(options.status, StatusCode::OK, "{}", options.body);
    let credential = authenticator.register(&options.json(), ORIGIN);
    let finished = post_json(
        app,
        "/account/security/passkeys/finish",
        &[("credential", &credential)],
        Some(cookie),
    )
    .await;
    assert_eq!(finished.status, StatusCode::OK, "{}", finished.body);
    assert_eq!(
        finished.json()["redirect"],
        "/account/security?notice=passkey-added"
    );
}

/// A password-less sign-in with `authenticator`, its assertion made by `make`.
async fn passkey_sign_in(
    app: &TestApp,
    make: impl FnOnce(&serde_json::Value) -> String,
) -> TestResponse {
    let options = post_json(app, "/login/passkey/options", &[], None).await;
    assert_eq!(options.status, StatusCode::OK, "{}", options.body);
    let options = options.json();
    assert_eq!(options["publicKey"]["rpId"], RP_ID, "{options}");
    assert_eq!(options["publicKey"]["userVerification"], "required");
    let credential = make(&options);
    post_json(
        app,
        "/login/passkey",
        &[("credential", &credential), ("next", "/account/security")],
        None,
    )
    .await
}

#[tokio::test]
async fn a_passkey_is_added_signs_in_alone_once_per_challenge_and_not_once_removed() {
    let app = TestApp::new().await;
    let id = app.account("ada@example.org", &[], None).await;
    let cookie = app.sign_in("ada@example.org", PASSWORD).await;
    let mut phone = Authenticator::new();

    // Adding asks for the password again, and a name.
    let wrong = post_json(
        &app,
        "/account/security/passkeys/options",
        &[("name", "Phone"), ("proof", "not my password")],
        Some(&cookie),
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.json()["field"], "proof");
    let unnamed = post_json(
        &app,
        "/account/security/passkeys/options",
        &[("name", "  "), ("proof", PASSWORD)],
        Some(&cookie),
    )
    .await;
    assert_eq!(unnamed.json()["field"], "name");
    // Without the script the form says why nothing happened, keeping the name typed.
    let plain = app
        .post_form(
            "/account/security/passkeys/options",
            &[("name", "My phone"), ("proof", PASSWORD)],
            Some(&cookie),
        )
        .await;
    assert_eq!(plain.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain.body.contains("needs JavaScript"), "{}", plain.body);
    assert!(plain.body.contains(r#"value="My phone""#));

    // An answer from another origin is refused, and spends its challenge.
    let options = post_json(
        &app,
        "/account/security/passkeys/options",
        &[("name", "Phone"), ("proof", PASSWORD)],
        Some(&cookie),
    )
    .await
    .json();
    let elsewhere = phone.register(&options, "http://evil.test");
    let refused = post_json(
        &app,
        "/account/security/passkeys/finish",
        &[("credential", &elsewhere)],
        Some(&cookie),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let same = phone.register(&options, ORIGIN);
    let spent = post_json(
        &app,
        "/account/security/passkeys/finish",
        &[("credential", &same)],
        Some(&cookie),
    )
    .await;
    assert_eq!(spent.status, StatusCode::UNPROCESSABLE_ENTITY, "spent");

    add_passkey(&app, &cookie, &mut phone, "Phone").await;
    let page = app
        .get_as("/account/security?notice=passkey-added", &cookie)
        .await;
    assert!(page.body.contains("The passkey is added."), "{}", page.body);
    assert!(
        page.body
            .contains(r#"<strong class="passkey-name">Phone</strong>"#)
    );
    assert!(
        app.audit_actions(id)
            .await
            .iter()
            .any(|a| a == "factor.passkey-added")
    );
    let mail = app.last_mail_to("ada@example.org").await;
    assert_eq!(mail.subject, "Your sign-in security changed");
    assert!(
        mail.body_text.contains("A passkey was added"),
        "{}",
        mail.body_text
    );

    // The passkey alone signs in, to where sign-in was going.
    let mut replay = String::new();
    let signed_in = passkey_sign_in(&app, |o| {
        replay = phone.assert(o, ORIGIN);
        replay.clone()
    })
    .await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    assert_eq!(signed_in.json()["redirect"], "/account/security");
    let session = session_cookie(&signed_in).expect("a session");
    assert_eq!(
        app.get_as("/account", &session).await.status,
        StatusCode::OK
    );
    let page = app.get_as("/account/security", &session).await;
    assert!(page.body.contains("last used"), "{}", page.body);

    // The same answer again: its challenge is spent.
    let replayed = post_json(&app, "/login/passkey", &[("credential", &replay)], None).await;
    assert_eq!(
        replayed.status,
        StatusCode::UNAUTHORIZED,
        "{}",
        replayed.body
    );
    assert!(session_cookie(&replayed).is_none());
    // Another origin, or a challenge the server never issued: refused.
    let phished = passkey_sign_in(&app, |o| phone.assert(o, "https://heroes.test.evil")).await;
    assert_eq!(phished.status, StatusCode::UNAUTHORIZED);
    let made_up = passkey_sign_in(&app, |_| {
        phone.assert_challenge(&b64(&random::<16>()), ORIGIN)
    })
    .await;
    assert_eq!(made_up.status, StatusCode::UNAUTHORIZED);
    // Another key claiming the same credential id: the signature does not verify.
    let mut thief = Authenticator::new();
    thief.credential_id = phone.credential_id.clone();
    thief.user_handle = phone.user_handle.clone();
    let forged = passkey_sign_in(&app, |o| thief.assert(o, ORIGIN)).await;
    assert_eq!(forged.status, StatusCode::UNAUTHORIZED);

    // Renaming and removing ask again too.
    let passkey_id = heroes_store::passkeys::list(app.db(), id).await.unwrap()[0].id;
    let rename = format!("/account/security/passkeys/{passkey_id}/rename");
    let refused = app
        .post_form(
            &rename,
            &[("name", "Old phone"), ("proof", "nope")],
            Some(&cookie),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let renamed = app
        .post_form(
            &rename,
            &[("name", "Old phone"), ("proof", PASSWORD)],
            Some(&cookie),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    let page = app.get_as("/account/security", &cookie).await;
    assert!(page.body.contains(">Old phone</strong>"));
    let mail = app.last_mail_to("ada@example.org").await;
    assert!(
        mail.body_text
            .contains("A passkey of your account was renamed"),
        "{}",
        mail.body_text
    );
    let remove = format!("/account/security/passkeys/{passkey_id}/remove");
    let refused = app
        .post_form(&remove, &[("proof", "nope")], Some(&cookie))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Someone else's session cannot touch it.
    app.account("eve@example.org", &[], None).await;
    let eve = app.sign_in("eve@example.org", PASSWORD).await;
    let foreign = app
        .post_form(&remove, &[("proof", PASSWORD)], Some(&eve))
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let removed = app
        .post_form(&remove, &[("proof", PASSWORD)], Some(&cookie))
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let mail = app.last_mail_to("ada@example.org").await;
    assert!(
        mail.body_text.contains("A passkey was removed"),
        "{}",
        mail.body_text
    );
    let actions = app.audit_actions(id).await;
    for action in ["factor.passkey-renamed", "factor.passkey-removed"] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }

    // A removed passkey no longer signs in; the password alone does again.
    let gone = passkey_sign_in(&app, |o| phone.assert(o, ORIGIN)).await;
    assert_eq!(gone.status, StatusCode::UNAUTHORIZED);
    app.sign_in("ada@example.org", PASSWORD).await;
}

#[tokio::test]
async fn a_passkey_is_the_second_step_for_its_own_account_only() {
    let app = TestApp::new().await;
    app.account("bo@example.org", &[], None).await;
    app.account("cy@example.org", &[], None).await;
    let bo_cookie = app.sign_in("bo@example.org", PASSWORD).await;
    let cy_cookie = app.sign_in("cy@example.org", PASSWORD).await;
    let mut bo_key = Authenticator::new();
    let mut cy_key = Authenticator::new();
    add_passkey(&app, &bo_cookie, &mut bo_key, "Laptop").await;
    add_passkey(&app, &cy_cookie, &mut cy_key, "Key").await;

    // The password now asks for a second step, which offers the passkey.
    let response = app.login("bo@example.org", PASSWORD).await;
    assert_eq!(response.header("location"), Some("/login/second-factor"));
    let waiting = response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("heroes_2fa="))
        .map(|v| v.split(';').next().unwrap().to_owned())
        .expect("a waiting sign-in");
    let page = app.get_as("/login/second-factor", &waiting).await;
    assert!(
        page.body.contains(r#"id="passkey-sign-in""#),
        "{}",
        page.body
    );

    // Someone else's passkey does not finish Bo's sign-in.
    let refused = passkey_second_step(&app, &waiting, &mut cy_key).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "{}", refused.body);
    assert!(session_cookie(&refused).is_none());
    // A password-less ceremony's challenge is not a second step's.
    let other = post_json(&app, "/login/passkey/options", &[], None)
        .await
        .json();
    let crossed = bo_key.assert(&other, ORIGIN);
    let refused = post_json(
        &app,
        "/login/second-factor/passkey",
        &[("credential", &crossed)],
        Some(&waiting),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);

    let signed_in = passkey_second_step(&app, &waiting, &mut bo_key).await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    assert_eq!(signed_in.json()["redirect"], "/account");
    let session = session_cookie(&signed_in).expect("a session");
    assert_eq!(
        app.get_as("/account", &session).await.status,
        StatusCode::OK
    );
    // The waiting sign-in is spent.
    let again = post_json(
        &app,
        "/login/second-factor/passkey/options",
        &[],
        Some(&waiting),
    )
    .await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_passkey_satisfies_a_role_that_requires_a_factor() {
    let app = TestApp::new().await;
    let admin = app.account("root@example.org", &[Role::Admin], None).await;
    app.account("sam@example.org", &[Role::Staff], None).await;
    let admin_cookie = app.session(admin).await;
    let saved = app
        .post_form(
            "/admin/security/required",
            &[("role", "staff")],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let cookie = app.sign_in("sam@example.org", PASSWORD).await;
    let held = app.get_as("/account", &cookie).await;
    assert_eq!(held.header("location"), Some("/account/security"));
    let mut key = Authenticator::new();
    add_passkey(&app, &cookie, &mut key, "Security key").await;
    assert_eq!(app.get_as("/account", &cookie).await.status, StatusCode::OK);
    // A password-less session of that account is not held either.
    let signed_in = passkey_sign_in(&app, |o| key.assert(o, ORIGIN)).await;
    let session = session_cookie(&signed_in).expect("a session");
    assert_eq!(app.get_as("/heroes", &session).await.status, StatusCode::OK);
}

#[tokio::test]
async fn password_less_sign_in_is_throttled_like_the_password() {
    let app = TestApp::new().await;
    let mut attempts = 0;
    let throttled = loop {
        attempts += 1;
        let response = passkey_sign_in(&app, |_| "{}".to_owned()).await;
        if response.status == StatusCode::TOO_MANY_REQUESTS {
            break response;
        }
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
        assert!(attempts < 100, "never throttled");
    };
    assert!(
        throttled.json()["error"]
            .as_str()
            .unwrap()
            .contains("Too many")
    );
    // The ceremonies a stranger starts stay bounded.
    let waiting: i64 = match app.db() {
        heroes_store::Db::Sqlite(pool) => {
            sqlx::query_scalar("SELECT count(*) FROM passkey_ceremonies")
                .fetch_one(pool)
                .await
                .unwrap()
        }
        heroes_store::Db::Postgres(pool) => {
            sqlx::query_scalar("SELECT count(*) FROM passkey_ceremonies")
                .fetch_one(pool)
                .await
                .unwrap()
        }
    };
    assert!(
        waiting <= heroes_store::passkeys::MAX_CEREMONIES,
        "{waiting}"
    );
}

#[tokio::test]
async fn the_authenticator_app_setup_shows_a_qr_code_beside_the_key() {
    let app = TestApp::new().await;
    app.account("qi@example.org", &[], None).await;
    let cookie = app.sign_in("qi@example.org", PASSWORD).await;
    let started = app
        .post_form(
            "/account/security/totp",
            &[("proof", PASSWORD)],
            Some(&cookie),
        )
        .await;
    assert_eq!(started.status, StatusCode::OK);
    assert!(started.body.contains(r#"id="totp-qr""#), "{}", started.body);
    assert!(started.body.contains("<svg"), "an inline SVG");
    assert!(
        !started.body.contains("<?xml"),
        "no XML declaration inside HTML"
    );
    assert!(
        started.body.contains(r#"id="totp-secret""#),
        "the key as text too"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_assertion_sent_at_once_several_times_signs_in_once() {
    let app = TestApp::new().await;
    app.account("ivo@example.org", &[], None).await;
    let cookie = app.sign_in("ivo@example.org", PASSWORD).await;
    let mut key = Authenticator::new();
    add_passkey(&app, &cookie, &mut key, "Phone").await;
    let options = post_json(&app, "/login/passkey/options", &[], None)
        .await
        .json();
    let credential = key.assert(&options, ORIGIN);
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("credential", credential.as_str())])
        .finish();
    let requests = (0..4)
        .map(|_| {
            Request::post("/login/passkey")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "application/json")
                .body(Body::from(body.clone()))
                .unwrap()
        })
        .collect();
    let answers = app.at_once(requests).await;
    let sessions = answers
        .iter()
        .filter(|a| session_cookie(a).is_some())
        .count();
    assert_eq!(sessions, 1, "{answers:?}");
    assert_eq!(
        answers
            .iter()
            .filter(|a| a.status == StatusCode::UNAUTHORIZED)
            .count(),
        3
    );
}

#[tokio::test]
async fn an_admin_reset_removes_the_passkeys_too() {
    let app = TestApp::new().await;
    let admin = app.account("root@example.org", &[Role::Admin], None).await;
    let id = app.account("lou@example.org", &[], None).await;
    let cookie = app.sign_in("lou@example.org", PASSWORD).await;
    let mut key = Authenticator::new();
    add_passkey(&app, &cookie, &mut key, "Phone").await;
    let admin_cookie = app.session(admin).await;
    let reset = app
        .post_form(
            "/admin/security/reset",
            &[("email", "lou@example.org")],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER, "{}", reset.body);
    assert!(
        heroes_store::passkeys::list(app.db(), id)
            .await
            .unwrap()
            .is_empty()
    );
    let gone = passkey_sign_in(&app, |o| key.assert(o, ORIGIN)).await;
    assert_eq!(gone.status, StatusCode::UNAUTHORIZED);
    let mail = app.last_mail_to("lou@example.org").await;
    assert!(
        mail.body_text.contains("passkeys are removed"),
        "{}",
        mail.body_text
    );
    // The password alone signs in again.
    app.sign_in("lou@example.org", PASSWORD).await;
}
