//! Abuse that costs other people: mail a stranger can cause is limited per recipient and per
//! client address (and the page answers as if it were sent), and a stranger's wrong passwords
//! stop the stranger, not the owner, who is warned by mail.
//!
//! Client addresses come from `X-Forwarded-For` behind a trusted proxy, as in production.

use crate::fixtures::Program;
use crate::helpers::{PASSWORD, TestApp, TestResponse, form_request};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use chrono::Duration;
use heroes_store::accounts::{self, Actor, Gate, ThrottlePolicy};
use heroes_store::{audit, outbox};
use std::net::SocketAddr;

const PROXY: &str = "10.0.0.1";
const WARNING: &str = "Someone is trying to sign in to your account";

async fn app() -> TestApp {
    TestApp::with(|config| config.trusted_proxies = vec![PROXY.parse().unwrap()]).await
}

/// A form post that reaches us through the proxy on behalf of `client`.
fn post_from(
    client: &str,
    path: &str,
    fields: &[(&str, &str)],
    cookie: Option<&str>,
) -> Request<Body> {
    let mut request = form_request(path, fields, cookie);
    request
        .headers_mut()
        .insert("x-forwarded-for", client.parse().unwrap());
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::new(PROXY.parse().unwrap(), 40_000)));
    request
}

async fn mails_to(app: &TestApp, to: &str) -> Vec<outbox::StoredMail> {
    outbox::list(app.db(), 1000, None)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to_address == to)
        .collect()
}

fn assert_all_alike(responses: &[TestResponse]) {
    for r in responses {
        assert_eq!(r.status, responses[0].status);
        assert_eq!(r.body, responses[0].body, "every answer is the same");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_resets_for_one_address_mail_it_three_times_and_answer_alike() {
    let app = app().await;
    app.quick_account("lee@example.org").await;
    let requests = (0..30)
        .map(|_| {
            post_from(
                "203.0.113.5",
                "/password/forgot",
                &[("email", "lee@example.org")],
                None,
            )
        })
        .collect();
    let responses = app.at_once(requests).await;
    assert_eq!(responses[0].status, StatusCode::OK);
    assert!(responses[0].body.contains("Check your mail"));
    assert_all_alike(&responses);
    assert_eq!(mails_to(&app, "lee@example.org").await.len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn resets_asked_from_many_addresses_still_mail_the_owner_three_times() {
    let app = app().await;
    app.quick_account("lee@example.org").await;
    let requests = (0..30)
        .map(|i| {
            post_from(
                &format!("198.51.100.{}", i + 1),
                "/password/forgot",
                // Sub-addresses and capitals reach the same mailbox and count as one.
                &[(
                    "email",
                    if i % 2 == 0 {
                        "lee@example.org"
                    } else {
                        "LEE@example.org"
                    },
                )],
                None,
            )
        })
        .collect();
    let responses = app.at_once(requests).await;
    assert_eq!(responses[0].status, StatusCode::OK);
    assert_all_alike(&responses);
    assert_eq!(mails_to(&app, "lee@example.org").await.len(), 3);
    // The links that did go out work: the owner is never cut off from a reset.
    let mail = mails_to(&app, "lee@example.org").await.remove(0);
    let link = crate::helpers::link_in(&mail.body_text, "/password/reset?token=");
    assert_eq!(app.get(&link).await.status, StatusCode::OK);
}

#[tokio::test]
async fn one_client_address_mails_at_most_twenty_people_an_hour() {
    let app = app().await;
    for i in 0..25 {
        app.quick_account(&format!("person{i}@example.org")).await;
    }
    let mut answers = Vec::new();
    for i in 0..25 {
        let email = format!("person{i}@example.org");
        let response = app
            .request(post_from(
                "203.0.113.9",
                "/password/forgot",
                &[("email", &email)],
                None,
            ))
            .await;
        answers.push(response.body.replace(&email, "X"));
    }
    assert!(answers.iter().all(|a| a == &answers[0]), "answers alike");
    let mailed = outbox::list(app.db(), 1000, None).await.unwrap().len();
    assert_eq!(mailed, 20);
    // Another client is not held to the first one's count.
    app.request(post_from(
        "203.0.113.10",
        "/password/forgot",
        &[("email", "person24@example.org")],
        None,
    ))
    .await;
    assert_eq!(mails_to(&app, "person24@example.org").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn signing_up_again_and_again_with_a_taken_address_mails_the_owner_three_times() {
    let app = app().await;
    app.account("taken@example.org", &[], None).await;
    let requests = (0..8)
        .map(|i| {
            post_from(
                &format!("192.0.2.{}", i + 1),
                "/signup",
                &[
                    ("name", "Someone Else"),
                    ("email", "taken@example.org"),
                    ("password", "another good password"),
                ],
                None,
            )
        })
        .collect();
    let responses = app.at_once(requests).await;
    assert_eq!(responses[0].status, StatusCode::OK);
    assert!(responses[0].body.contains("Check your mail"));
    assert_all_alike(&responses);
    let mails = mails_to(&app, "taken@example.org").await;
    assert_eq!(mails.len(), 3);
    assert!(
        mails
            .iter()
            .all(|m| m.subject == "You already have an account")
    );
}

#[tokio::test]
async fn nominating_one_person_again_and_again_mails_them_three_times() {
    let app = app().await;
    let specializations = [
        "community",
        "serverless",
        "data",
        "machine-learning",
        "container",
        "devtools",
    ];
    Program::new(&app)
        .await
        .cycle("Now")
        .limit(10)
        .specializations(&specializations)
        .open()
        .await;

    // Six members (sign-ups are free) nominate the same person for six specializations, each
    // a new candidacy that would mail her.
    for (i, specialization) in specializations.iter().enumerate() {
        let member = app
            .session(app.quick_account(&format!("member{i}@example.org")).await)
            .await;
        let response = app
            .request(post_from(
                &format!("192.0.2.{}", i + 1),
                "/nominate",
                &[
                    ("specialization", specialization),
                    ("nominee_name", "Nina Petrova"),
                    ("nominee_email", "nina@example.org"),
                    ("nominee_links", ""),
                    (
                        "statement",
                        "Nina runs the Sofia meetup and writes the best guides there are.",
                    ),
                    ("evidence", "https://nina.dev/posts/cold-starts"),
                ],
                Some(&member),
            ))
            .await;
        assert_eq!(
            response.header("location"),
            Some("/account/nominations?notice=nominated"),
            "{}",
            response.body
        );
        // Every nominator still hears that the nomination arrived.
        assert_eq!(
            mails_to(&app, &format!("member{i}@example.org"))
                .await
                .len(),
            1
        );
    }
    let nina = mails_to(&app, "nina@example.org").await;
    assert_eq!(nina.len(), 3);
    assert!(
        nina.iter()
            .all(|m| m.subject.starts_with("You were nominated"))
    );
}

#[tokio::test]
async fn a_strangers_guesses_stop_the_stranger_not_the_owner() {
    let app = app().await;
    app.account("owner@example.org", &[], None).await;
    let home = "198.51.100.20";
    let stranger = "203.0.113.66";
    let sign_in = |client: &str, password: &str| {
        post_from(
            client,
            "/login",
            &[("email", "owner@example.org"), ("password", password)],
            None,
        )
    };
    // The owner signs in from home once, then signs out.
    let first = app.request(sign_in(home, PASSWORD)).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);

    for _ in 0..12 {
        let wrong = app.request(sign_in(stranger, "guess after guess")).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    }
    // The guessing client is stopped, even with the right password, and hears the same as
    // for a wrong one.
    let stopped = app.request(sign_in(stranger, PASSWORD)).await;
    assert_eq!(stopped.status, StatusCode::UNAUTHORIZED);
    assert!(stopped.body.contains("do not match an account"));

    // The owner at home is not.
    let owner = app.request(sign_in(home, PASSWORD)).await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.body);

    // And is told, once.
    let warnings: Vec<_> = mails_to(&app, "owner@example.org")
        .await
        .into_iter()
        .filter(|m| m.subject == WARNING)
        .collect();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0]
            .body_text
            .contains("http://heroes.test/password/forgot")
    );
    let log = audit::list(app.db(), 100, None).await.unwrap();
    assert!(log.iter().any(|e| e.action == "account.attack-warned"));
    assert!(
        log.iter()
            .any(|e| e.action == "account.locked" && e.address == stranger)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn guesses_from_many_addresses_at_once_warn_the_owner_once() {
    let app = app().await;
    app.account("owner@example.org", &[], None).await;
    let home = "198.51.100.20";
    let first = app
        .request(post_from(
            home,
            "/login",
            &[("email", "owner@example.org"), ("password", PASSWORD)],
            None,
        ))
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let requests = (0..16)
        .map(|i| {
            post_from(
                &format!("203.0.113.{}", i + 1),
                "/login",
                &[
                    ("email", "owner@example.org"),
                    ("password", "a wrong guess"),
                ],
                None,
            )
        })
        .collect();
    let responses = app.at_once(requests).await;
    assert!(
        responses
            .iter()
            .all(|r| r.status == StatusCode::UNAUTHORIZED)
    );
    let warnings = mails_to(&app, "owner@example.org")
        .await
        .into_iter()
        .filter(|m| m.subject == WARNING)
        .count();
    assert_eq!(warnings, 1);
    // The owner at home signs in at once, however many strangers are waiting.
    let owner = app
        .request(post_from(
            home,
            "/login",
            &[("email", "owner@example.org"), ("password", PASSWORD)],
            None,
        ))
        .await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.body);
}

/// The progressive delay, with a policy whose waits are long enough to observe.
#[tokio::test]
async fn past_the_limit_unfamiliar_clients_wait_and_a_reset_lifts_it() {
    let app = app().await;
    let id = app.quick_account("owner@example.org").await;
    let policy = ThrottlePolicy {
        account_limit: 3,
        first_delay: Duration::hours(1),
        max_delay: Duration::hours(2),
        ..ThrottlePolicy::default()
    };
    accounts::record_successful_login(
        app.db(),
        id,
        &Actor {
            user_id: Some(id),
            label: "owner@example.org".to_owned(),
            address: "home".to_owned(),
        },
    )
    .await
    .unwrap();
    for i in 0..3 {
        let gate = accounts::begin_sign_in(app.db(), &format!("stranger{i}"), Some(id), policy)
            .await
            .unwrap();
        let Gate::Open(attempt) = gate else {
            panic!("attempt {i} is looked at: {gate:?}")
        };
        accounts::sign_in_failed(app.db(), attempt, || None)
            .await
            .unwrap();
    }
    // A fresh unfamiliar client now waits; the familiar one does not.
    let waiting = accounts::begin_sign_in(app.db(), "newcomer", Some(id), policy)
        .await
        .unwrap();
    assert!(matches!(waiting, Gate::Slowed), "{waiting:?}");
    let home = accounts::begin_sign_in(app.db(), "home", Some(id), policy)
        .await
        .unwrap();
    assert!(matches!(home, Gate::Open(_)), "{home:?}");
    // A password reset lifts the wait.
    accounts::set_password(app.db(), id, "new hash", None, &Actor::cli())
        .await
        .unwrap();
    let after = accounts::begin_sign_in(app.db(), "newcomer", Some(id), policy)
        .await
        .unwrap();
    assert!(matches!(after, Gate::Open(_)), "{after:?}");
}

#[tokio::test]
async fn asking_again_and_again_to_move_to_someone_elses_address_mails_them_three_times() {
    let app = app().await;
    let member = app
        .session(app.account("mo@example.org", &[], None).await)
        .await;
    for _ in 0..5 {
        let response = app
            .request(post_from(
                "192.0.2.7",
                "/account/email",
                &[
                    ("new_email", "victim@example.org"),
                    ("current_password", PASSWORD),
                ],
                Some(&member),
            ))
            .await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    }
    assert_eq!(mails_to(&app, "victim@example.org").await.len(), 3);
}
