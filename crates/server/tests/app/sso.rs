//! Staff single sign-on against a real OpenID Connect provider running locally (PyPI
//! `oidc-provider-mock`, from the tests' own Python environment, see `heroes_testenv`).

use crate::helpers::{TestApp, session_cookie};
use axum::http::StatusCode;
use heroes_domain::account::{Email, Role};
use heroes_server::auth::sso::SsoConfig;
use heroes_store::accounts;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Provider {
    child: Child,
    issuer: String,
}

impl Provider {
    fn start() -> Provider {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Command::new(heroes_testenv::PYTHON)
            .args([
                "-W",
                "ignore",
                "-m",
                "oidc_provider_mock",
                "--port",
                &port.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the tests' Python runs");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                let mut err = String::new();
                use std::io::Read;
                let _ = child.stderr.take().unwrap().read_to_string(&mut err);
                panic!("oidc-provider-mock exited ({status}): {err}");
            }
            assert!(Instant::now() < deadline, "the OIDC provider did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Provider {
            child,
            issuer: format!("http://127.0.0.1:{port}"),
        }
    }

    fn config(&self) -> SsoConfig {
        SsoConfig {
            issuer: self.issuer.clone(),
            client_id: "heroes-test".to_owned(),
            client_secret: "s3cret".to_owned(),
        }
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Plays the person at the provider's sign-in form: approves as `subject` and returns where
/// the provider sends the browser back to (path and query on our site).
async fn approve_at_provider(authorize_url: &str, subject: &str) -> String {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("sub", subject)
        .finish();
    let response = client
        .post(authorize_url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection(), "{}", response.status());
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    location
        .strip_prefix("http://heroes.test")
        .unwrap_or_else(|| panic!("back to us: {location}"))
        .to_owned()
}

fn sso_cookie(response: &crate::helpers::TestResponse) -> String {
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("heroes_sso="))
        .map(|v| v.split(';').next().unwrap().to_owned())
        .expect("the state cookie")
}

#[tokio::test]
async fn staff_sign_in_with_the_company_provider() {
    let provider = Provider::start();
    let app = TestApp::with(|c| c.sso = Some(provider.config())).await;
    assert!(app.get("/login").await.body.contains("/login/sso"));

    let start = app.get("/login/sso?next=/admin/outbox").await;
    assert_eq!(start.status, StatusCode::SEE_OTHER);
    let authorize = start.header("location").unwrap().to_owned();
    assert!(authorize.starts_with(&provider.issuer));
    assert!(authorize.contains("code_challenge_method=S256") && authorize.contains("nonce="));
    let cookie = sso_cookie(&start);

    let back = approve_at_provider(&authorize, "Pat.Staff@Example.org").await;
    let done = app.get_as(&back, &cookie).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.header("location"), Some("/admin/outbox"));
    let session = session_cookie(&done).unwrap();
    let account = app.get_as("/account", &session).await;
    assert!(account.body.contains("pat.staff@example.org"));
    let user = accounts::by_email(
        app.db(),
        &Email::parse("e", "pat.staff@example.org").unwrap(),
    )
    .await
    .unwrap()
    .unwrap();
    assert!(
        accounts::roles(app.db(), &user)
            .await
            .unwrap()
            .has(Role::Staff)
    );

    // The same way back cannot be used twice.
    assert_eq!(
        app.get_as(&back, &cookie).await.status,
        StatusCode::BAD_REQUEST
    );

    // A second sign-in finds the same account.
    let again = app.get("/login/sso").await;
    let back =
        approve_at_provider(again.header("location").unwrap(), "Pat.Staff@Example.org").await;
    let done = app.get_as(&back, &sso_cookie(&again)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        accounts::by_id(app.db(), user.id)
            .await
            .unwrap()
            .unwrap()
            .email,
        "pat.staff@example.org"
    );
}

#[tokio::test]
async fn a_callback_from_another_browser_is_refused() {
    let provider = Provider::start();
    let app = TestApp::with(|c| c.sso = Some(provider.config())).await;
    let start = app.get("/login/sso").await;
    let back = approve_at_provider(start.header("location").unwrap(), "mallory@example.org").await;
    // Mallory's callback link, opened in a victim's browser (no state cookie, or another).
    let no_cookie = app.get(&back).await;
    assert_eq!(no_cookie.status, StatusCode::BAD_REQUEST);
    let other = app.get("/login/sso").await;
    let wrong = app.get_as(&back, &sso_cookie(&other)).await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    assert!(session_cookie(&wrong).is_none());
}

#[tokio::test]
async fn without_configuration_there_is_no_single_sign_on() {
    let app = TestApp::new().await;
    assert_eq!(app.get("/login/sso").await.status, StatusCode::NOT_FOUND);
    assert!(!app.get("/login").await.body.contains("/login/sso"));
}

/// Two first sign-ins of one person at once (a double click at the provider) both end signed
/// in, on one account.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_first_sign_ins_at_once_share_one_account() {
    let provider = Provider::start();
    let app = TestApp::with(|c| c.sso = Some(provider.config())).await;
    let mut requests = Vec::new();
    for _ in 0..2 {
        let start = app.get("/login/sso").await;
        let back =
            approve_at_provider(start.header("location").unwrap(), "twice@example.org").await;
        requests.push(
            axum::http::Request::get(back)
                .header("cookie", sso_cookie(&start))
                .body(axum::body::Body::empty())
                .unwrap(),
        );
    }
    for done in app.at_once(requests).await {
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert!(session_cookie(&done).is_some());
    }
    let user = accounts::by_email(app.db(), &Email::parse("e", "twice@example.org").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(
        accounts::roles(app.db(), &user)
            .await
            .unwrap()
            .has(Role::Staff)
    );
}
