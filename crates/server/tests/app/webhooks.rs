//! Webhooks (issue 19): endpoints registered at `/admin/webhooks`, events recorded with the
//! change that causes them, deliveries to a receiver on 127.0.0.1 signed with a secret the
//! test checks on its own, retried with backoff, replayed, pinged, delivered once by two
//! workers, and refused for private addresses.

use crate::fixtures::Program;
use crate::helpers::{TestApp, contribution, hero, run_jobs};
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use heroes_domain::account::Role;
use heroes_store::jobs;
use heroes_store::webhooks::{self as store, DELIVERY_JOB};
use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Received {
    headers: HeaderMap,
    body: String,
}

impl Received {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap()
    }
}

/// A receiver on 127.0.0.1: records every request, answers with the queued statuses (then
/// 200), each after `delay`.
struct Receiver {
    url: String,
    got: Arc<Mutex<Vec<Received>>>,
    answers: Arc<Mutex<VecDeque<u16>>>,
    /// Requests that have arrived, answered or not (one in flight counts here before `got`).
    arrived: Arc<std::sync::atomic::AtomicUsize>,
}

impl Receiver {
    async fn start(delay: std::time::Duration) -> Receiver {
        let got = Arc::new(Mutex::new(Vec::new()));
        let answers = Arc::new(Mutex::new(VecDeque::new()));
        let arrived = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (g, a, n) = (got.clone(), answers.clone(), arrived.clone());
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: HeaderMap, body: Bytes| {
                let (g, a, n) = (g.clone(), a.clone(), n.clone());
                async move {
                    n.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    tokio::time::sleep(delay).await;
                    g.lock().unwrap().push(Received {
                        headers,
                        body: String::from_utf8(body.to_vec()).unwrap(),
                    });
                    let status = a.lock().unwrap().pop_front().unwrap_or(200);
                    // A long answer: the attempt log keeps only its start.
                    (
                        StatusCode::from_u16(status).unwrap(),
                        format!("answered {status} {}", "x".repeat(5000)),
                    )
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Receiver {
            url,
            got,
            answers,
            arrived,
        }
    }

    fn got(&self) -> Vec<Received> {
        self.got.lock().unwrap().clone()
    }
}

/// HMAC-SHA256 written out here (RFC 2104), so the test does not trust the server's own.
fn hmac(key: &[u8], message: &[u8]) -> String {
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let inner: Vec<u8> = block
        .iter()
        .map(|b| b ^ 0x36)
        .chain(message.to_vec())
        .collect();
    let inner = Sha256::digest(inner);
    let outer: Vec<u8> = block.iter().map(|b| b ^ 0x5c).chain(inner).collect();
    Sha256::digest(outer)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Checks `Heroes-Signature` as an integrator would; returns its timestamp.
fn verify(secret: &str, received: &Received) -> i64 {
    let header = received.header("heroes-signature");
    let (t, v1) = header
        .split_once(",v1=")
        .unwrap_or_else(|| panic!("signature header {header:?}"));
    let t = t.strip_prefix("t=").unwrap();
    assert_eq!(
        v1,
        hmac(
            secret.as_bytes(),
            format!("{t}.{}", received.body).as_bytes()
        ),
        "the signature matches the body"
    );
    let t: i64 = t.parse().unwrap();
    assert!(
        (chrono::Utc::now().timestamp() - t).abs() < 60,
        "fresh: {t}"
    );
    t
}

/// The application with loopback allowed (the receiver is on 127.0.0.1), and an admin.
async fn app_with_admin() -> (TestApp, String) {
    let app = TestApp::with(|c| c.capture.fetch.allow_loopback = true).await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let cookie = app.session(admin).await;
    (app, cookie)
}

/// Registers an endpoint through the form; returns its id and the secret shown once.
async fn register(app: &TestApp, cookie: &str, url: &str, events: &[&str]) -> (i64, String) {
    let mut fields = vec![
        ("url", url),
        ("description", "Conference site"),
        ("active", "on"),
    ];
    fields.extend(events.iter().map(|e| ("events", *e)));
    let created = app
        .post_form("/admin/webhooks", &fields, Some(cookie))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let start = created
        .body
        .find("value=\"whsec_")
        .expect("the secret shown")
        + 7;
    let secret = created.body[start..].split('"').next().unwrap().to_owned();
    let id = store::list(app.db()).await.unwrap().last().unwrap().id;
    (id, secret)
}

/// A hero, an endpoint of `receiver` for `contribution.published` and one contribution of
/// theirs: the endpoint's id and secret, and the delivery queued for it.
async fn one_delivery(app: &TestApp, cookie: &str, receiver: &Receiver) -> (i64, String, i64) {
    let ana = hero("Ana Souza").create(app).await;
    let (id, secret) = register(app, cookie, &receiver.url, &["contribution.published"]).await;
    contribution(&ana, "Queues without tears").create(app).await;
    let delivery = store::deliveries(app.db(), id, 1).await.unwrap()[0].id;
    (id, secret, delivery)
}

/// Makes a delivery's job due now, as if its retry time had come.
async fn due_now(app: &TestApp, delivery: i64) {
    jobs::schedule(
        app.db(),
        DELIVERY_JOB,
        &delivery.to_string(),
        chrono::Utc::now(),
    )
    .await
    .unwrap();
}

async fn deliver(app: &TestApp) -> usize {
    run_jobs(app.db(), |c| c.capture.fetch.allow_loopback = true).await
}

#[tokio::test]
async fn a_published_contribution_reaches_the_receiver_signed_with_public_fields_only() {
    let (app, cookie) = app_with_admin().await;
    let receiver = Receiver::start(std::time::Duration::ZERO).await;
    let ana = hero("Ana Souza").create(&app).await;
    let (id, secret) = register(&app, &cookie, &receiver.url, &["contribution.published"]).await;

    let public = contribution(&ana, "Cold starts, measured")
        .create(&app)
        .await;
    contribution(&ana, "My private notes")
        .private()
        .create(&app)
        .await;
    assert_eq!(
        deliver(&app).await,
        1,
        "one delivery: the private one records nothing"
    );

    let got = receiver.got();
    assert_eq!(got.len(), 1);
    let r = &got[0];
    verify(&secret, r);
    assert_eq!(r.header("heroes-event"), "contribution.published");
    assert_eq!(r.header("content-type"), "application/json");
    let delivery: i64 = r.header("heroes-delivery").parse().unwrap();
    let body = r.json();
    assert_eq!(body["type"], "contribution.published");
    assert!(
        body["id"].is_i64() && body["created_at"].is_string(),
        "{body}"
    );
    assert_eq!(body["data"]["id"], public);
    assert_eq!(body["data"]["title"], "Cold starts, measured");
    assert_eq!(body["data"]["hero"]["slug"], ana.as_str());
    assert!(
        body["data"].get("private").is_none(),
        "no private field: {body}"
    );

    // A wrong secret does not verify.
    assert_ne!(
        r.header("heroes-signature"),
        heroes_server::webhooks::signature("whsec_other", verify(&secret, r), &r.body)
    );

    let page = app.get_as(&format!("/admin/webhooks/{id}"), &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(&format!("delivery {delivery}")),
        "{}",
        page.body
    );
    assert!(page.body.contains("delivered"));
    assert!(page.body.contains("answered 200"));
    assert!(
        !page.body.contains(&secret),
        "the secret is shown once only"
    );
    let kept = store::deliveries(app.db(), id, 10).await.unwrap();
    assert_eq!(kept[0].attempts[0].status, Some(200));
    assert_eq!(kept[0].attempts[0].response_body.len(), 2048, "truncated");
    // Nothing is left to run.
    assert_eq!(deliver(&app).await, 0);
}

#[tokio::test]
async fn a_failing_receiver_is_retried_with_backoff_then_delivered() {
    let (app, cookie) = app_with_admin().await;
    let receiver = Receiver::start(std::time::Duration::ZERO).await;
    // A redirect is not followed (it could lead anywhere): it fails like a 500.
    receiver.answers.lock().unwrap().extend([500, 302]);
    let (id, secret, _) = one_delivery(&app, &cookie, &receiver).await;

    assert_eq!(deliver(&app).await, 1);
    let delivery = store::deliveries(app.db(), id, 10).await.unwrap().remove(0);
    assert_eq!(delivery.state, "pending");
    assert_eq!(delivery.attempts[0].status, Some(500));
    let next = jobs::next_run(app.db(), DELIVERY_JOB, &delivery.id.to_string())
        .await
        .unwrap()
        .expect("retried");
    let wait = next - chrono::Utc::now();
    assert!(
        wait > chrono::Duration::seconds(50) && wait <= chrono::Duration::minutes(1),
        "first retry after a minute: {wait}"
    );
    assert_eq!(deliver(&app).await, 0, "not before its time");

    // The minute passes; the second failure waits five.
    due_now(&app, delivery.id).await;
    assert_eq!(deliver(&app).await, 1);
    let next = jobs::next_run(app.db(), DELIVERY_JOB, &delivery.id.to_string())
        .await
        .unwrap()
        .unwrap();
    let wait = next - chrono::Utc::now();
    assert!(
        wait > chrono::Duration::minutes(4) && wait <= chrono::Duration::minutes(5),
        "second retry after five minutes: {wait}"
    );
    due_now(&app, delivery.id).await;
    assert_eq!(deliver(&app).await, 1);

    let got = receiver.got();
    assert_eq!(got.len(), 3);
    assert!(
        got.iter().all(|r| r.body == got[0].body
            && r.header("heroes-delivery") == got[0].header("heroes-delivery")),
        "every attempt sends the same delivery"
    );
    for r in &got {
        verify(&secret, r);
    }
    let delivery = store::deliveries(app.db(), id, 10).await.unwrap().remove(0);
    assert_eq!(delivery.state, "delivered");
    let statuses: Vec<_> = delivery.attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(200), Some(302), Some(500)], "newest first");
    assert_eq!(
        jobs::next_run(app.db(), DELIVERY_JOB, &delivery.id.to_string())
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn a_delivery_that_keeps_failing_is_marked_failed_after_six_attempts() {
    let (app, cookie) = app_with_admin().await;
    let receiver = Receiver::start(std::time::Duration::ZERO).await;
    receiver.answers.lock().unwrap().extend([500; 10]);
    let (id, _, delivery) = one_delivery(&app, &cookie, &receiver).await;
    for _ in 0..6 {
        due_now(&app, delivery).await;
        assert_eq!(deliver(&app).await, 1);
    }
    let d = store::deliveries(app.db(), id, 1).await.unwrap().remove(0);
    assert_eq!(d.state, "failed");
    assert_eq!(d.attempts.len(), 6);
    assert_eq!(receiver.got().len(), 6);
    assert_eq!(
        jobs::next_run(app.db(), DELIVERY_JOB, &delivery.to_string())
            .await
            .unwrap(),
        None,
        "given up"
    );
    let list = app.get_as("/admin/webhooks", &cookie).await;
    assert!(
        list.body.contains("<td>1</td>"),
        "one failed: {}",
        list.body
    );
}

#[tokio::test]
async fn replay_and_ping_send_again_from_the_admin_page() {
    let (app, cookie) = app_with_admin().await;
    let receiver = Receiver::start(std::time::Duration::ZERO).await;
    let (id, secret, delivery) = one_delivery(&app, &cookie, &receiver).await;
    deliver(&app).await;

    let replayed = app
        .post_form(
            &format!("/admin/webhooks/{id}/deliveries/{delivery}/replay"),
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(replayed.status, StatusCode::SEE_OTHER);
    assert_eq!(deliver(&app).await, 1);
    let got = receiver.got();
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].body, got[0].body, "the same payload");
    assert_eq!(
        got[1].header("heroes-delivery"),
        got[0].header("heroes-delivery"),
        "the same delivery id, for the receiver's deduplication"
    );
    verify(&secret, &got[1]);

    // A delivery of another endpoint is not found under this one.
    let other = app
        .post_form(
            &format!("/admin/webhooks/{}/deliveries/{delivery}/replay", id + 1),
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);

    let pinged = app
        .post_form(&format!("/admin/webhooks/{id}/ping"), &[], Some(&cookie))
        .await;
    assert_eq!(pinged.status, StatusCode::SEE_OTHER);
    assert_eq!(deliver(&app).await, 1);
    let ping = receiver.got().remove(2);
    assert_eq!(ping.header("heroes-event"), "ping");
    assert_eq!(ping.json()["type"], "ping");
    verify(&secret, &ping);

    // A new secret signs from now on.
    let rotated = app
        .post_form(&format!("/admin/webhooks/{id}/secret"), &[], Some(&cookie))
        .await;
    assert_eq!(rotated.status, StatusCode::OK);
    let start = rotated.body.find("value=\"whsec_").unwrap() + 7;
    let new_secret = rotated.body[start..].split('"').next().unwrap().to_owned();
    assert_ne!(new_secret, secret);
    app.post_form(&format!("/admin/webhooks/{id}/ping"), &[], Some(&cookie))
        .await;
    deliver(&app).await;
    verify(&new_secret, &receiver.got().remove(3));

    let audit = app.get_as("/admin/audit", &cookie).await.body;
    for action in [
        "webhook.create",
        "webhook.replay",
        "webhook.ping",
        "webhook.rotate-secret",
    ] {
        assert!(audit.contains(action), "{action} audited");
    }
    let removed = app
        .post_form(&format!("/admin/webhooks/{id}/delete"), &[], Some(&cookie))
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(store::list(app.db()).await.unwrap().is_empty());
    assert!(
        app.get_as("/admin/audit", &cookie)
            .await
            .body
            .contains("webhook.remove")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replay_while_an_attempt_is_in_flight_sends_again_after_it() {
    let (app, cookie) = app_with_admin().await;
    // Slow enough for the replay to land while a request waits for its answer.
    let receiver = Receiver::start(std::time::Duration::from_millis(500)).await;
    receiver.answers.lock().unwrap().extend([500; 6]);
    let (id, secret, delivery) = one_delivery(&app, &cookie, &receiver).await;
    // Five failures: the attempt in flight below is the last before the delivery is given up.
    for _ in 0..5 {
        due_now(&app, delivery).await;
        deliver(&app).await;
    }
    due_now(&app, delivery).await;
    let before = receiver.got().len();
    assert_eq!(before, 5);

    let db = app.db().clone();
    let in_flight =
        tokio::spawn(async move { run_jobs(&db, |c| c.capture.fetch.allow_loopback = true).await });
    let waited = std::time::Instant::now();
    while receiver.arrived.load(std::sync::atomic::Ordering::SeqCst) == before {
        assert!(
            waited.elapsed().as_secs() < 20,
            "the first attempt never arrived"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let replayed = app
        .post_form(
            &format!("/admin/webhooks/{id}/deliveries/{delivery}/replay"),
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(replayed.status, StatusCode::SEE_OTHER);
    in_flight.await.unwrap();
    // The last failure in flight did not mark the replayed delivery failed, nor did that
    // run's end delete the replay's job: it has run or is due now.
    deliver(&app).await;

    let got = receiver.got();
    assert_eq!(got.len(), 7, "the attempt in flight, then the replay");
    for r in &got {
        verify(&secret, r);
    }
    let d = store::deliveries(app.db(), id, 1).await.unwrap().remove(0);
    assert_eq!(d.state, "delivered");
    let statuses: Vec<_> = d.attempts.iter().take(2).map(|a| a.status).collect();
    assert_eq!(
        statuses,
        [Some(200), Some(500)],
        "both attempts logged, newest first"
    );
    assert_eq!(
        jobs::next_run(app.db(), DELIVERY_JOB, &delivery.to_string())
            .await
            .unwrap(),
        None,
        "nothing left to run"
    );
}

#[tokio::test]
async fn only_subscribed_events_are_delivered_and_a_paused_endpoint_waits() {
    let (app, cookie) = app_with_admin().await;
    let receiver = Receiver::start(std::time::Duration::ZERO).await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    let ana_cookie = app.session(ana_user).await;
    let (id, _) = register(
        &app,
        &cookie,
        &receiver.url,
        &["hero.profile_changed", "hero.moved_to_alumni"],
    )
    .await;

    contribution(&ana, "Not subscribed").create(&app).await;
    assert_eq!(
        deliver(&app).await,
        0,
        "contribution.published is not subscribed"
    );

    let saved = app
        .post_form(
            "/account/profile",
            &[
                ("display_name", "Ana Souza"),
                ("headline", "Serverless at scale"),
                ("company", "Nimbus Labs"),
                ("city", "Recife"),
                ("country", "BR"),
                ("bio", "I build systems."),
                ("languages", "pt-BR"),
            ],
            Some(&ana_cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(deliver(&app).await, 1);
    let changed = receiver.got().remove(0).json();
    assert_eq!(changed["type"], "hero.profile_changed");
    assert_eq!(changed["data"]["company"], "Nimbus Labs");
    assert_eq!(changed["data"]["slug"], ana.as_str());

    // Paused: the move to alumni waits, and goes once the endpoint is resumed.
    let paused = app
        .post_form(
            &format!("/admin/webhooks/{id}"),
            &[
                ("url", receiver.url.as_str()),
                ("events", "hero.moved_to_alumni"),
                ("description", "paused for maintenance"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(paused.status, StatusCode::SEE_OTHER, "{}", paused.body);
    Program::with_admin(&app, &cookie)
        .renewal("Renewal")
        .open()
        .await;
    // Paused endpoints get no new events at all.
    let moved = app
        .post_form(
            &format!("/admin/renewals/{ana}"),
            &[("decision", "alumni"), ("confirm", "yes")],
            Some(&cookie),
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    deliver(&app).await;
    assert_eq!(receiver.got().len(), 1, "nothing sent while paused");
    assert_eq!(store::deliveries(app.db(), id, 10).await.unwrap().len(), 1);

    // Resumed, with the profile no longer subscribed: the next move is delivered.
    let resumed = app
        .post_form(
            &format!("/admin/webhooks/{id}"),
            &[
                ("url", receiver.url.as_str()),
                ("events", "hero.moved_to_alumni"),
                ("active", "on"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(resumed.status, StatusCode::SEE_OTHER);
    for decision in ["renew", "alumni", "alumni"] {
        let moved = app
            .post_form(
                &format!("/admin/renewals/{ana}"),
                &[("decision", decision), ("confirm", "yes")],
                Some(&cookie),
            )
            .await;
        assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    }
    deliver(&app).await;
    let got = receiver.got();
    assert_eq!(got.len(), 2, "one move, not one per repeated decision");
    let moved = got[1].json();
    assert_eq!(moved["type"], "hero.moved_to_alumni");
    assert_eq!(moved["data"]["status"], "alumni");
    assert!(
        app.get_as("/admin/audit", &cookie)
            .await
            .body
            .contains("webhook.update")
    );
}

#[tokio::test]
async fn a_rolled_back_change_records_nothing() {
    let (app, cookie) = app_with_admin().await;
    let receiver = Receiver::start(std::time::Duration::ZERO).await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_id = app.hero_id(&ana).await;
    let (id, _) = register(&app, &cookie, &receiver.url, &["contribution.published"]).await;
    // The import is all or nothing: the first item is logged (and its event recorded) in the
    // transaction, then the second names a specialization that does not exist.
    let items = [
        contribution(&ana, "First of two").item(),
        contribution(&ana, "Second of two")
            .specialization(Some("no-such-thing"))
            .item(),
    ];
    let failed =
        heroes_store::contributions::import(app.db(), ana_id, &items, chrono::Utc::now(), |_| {})
            .await;
    assert!(failed.is_err());
    assert!(
        store::deliveries(app.db(), id, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        jobs::list(app.db(), 100)
            .await
            .unwrap()
            .iter()
            .all(|j| j.name != DELIVERY_JOB)
    );
    assert_eq!(deliver(&app).await, 0);
    assert!(receiver.got().is_empty());

    // The same import without the bad item records one event per public contribution.
    heroes_store::contributions::import(app.db(), ana_id, &items[..1], chrono::Utc::now(), |_| {})
        .await
        .unwrap();
    assert_eq!(deliver(&app).await, 1);
    assert_eq!(receiver.got()[0].json()["data"]["title"], "First of two");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_workers_at_once_deliver_each_event_once() {
    let (app, cookie) = app_with_admin().await;
    // A slow receiver, so that both workers are busy at the same time.
    let receiver = Receiver::start(std::time::Duration::from_millis(100)).await;
    let ana = hero("Ana Souza").create(&app).await;
    register(&app, &cookie, &receiver.url, &["contribution.published"]).await;
    for n in 0..8 {
        contribution(&ana, &format!("Post {n}"))
            .url(&format!("https://ana.dev/posts/{n}"))
            .create(&app)
            .await;
    }
    let barrier = Arc::new(tokio::sync::Barrier::new(2));
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (db, barrier) = (app.db().clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                run_jobs(&db, |c| c.capture.fetch.allow_loopback = true).await
            })
        })
        .collect();
    let mut ran = 0;
    for w in workers {
        ran += w.await.unwrap();
    }
    assert_eq!(ran, 8, "each delivery run by one worker");
    let mut ids: Vec<String> = receiver
        .got()
        .iter()
        .map(|r| r.header("heroes-delivery").to_owned())
        .collect();
    assert_eq!(ids.len(), 8);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 8, "no delivery sent twice");
}

#[tokio::test]
async fn private_addresses_are_refused_and_bad_input_is_kept() {
    // Loopback is not allowed here, as in production.
    let app = TestApp::new().await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let cookie = app.session(admin).await;
    for url in [
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest",
        "http://127.0.0.1:9/hook",
        "http://[::1]/hook",
        "http://localhost:9/hook",
    ] {
        let refused = app
            .post_form(
                "/admin/webhooks",
                &[
                    ("url", url),
                    ("events", "hero.announced"),
                    ("description", "Intranet CRM"),
                ],
                Some(&cookie),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        assert!(refused.body.contains("private or loopback"), "{url}");
        assert!(
            refused.body.contains(url),
            "the address typed is kept: {url}"
        );
        assert!(refused.body.contains("Intranet CRM"));
        assert!(refused.body.contains(r#"value="hero.announced" checked"#));
    }
    let bad = app
        .post_form(
            "/admin/webhooks",
            &[
                ("url", "https://user:secret@hooks.example.com/x"),
                ("description", "No events ticked"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Choose at least one event."));
    assert!(bad.body.contains("without a user name or password"));
    assert!(bad.body.contains("No events ticked"));
    assert!(store::list(app.db()).await.unwrap().is_empty());

    // A name is checked when delivering: one that resolves to loopback is refused then, and
    // nothing reaches the receiver. (Registered directly: the form refuses `localhost`.)
    let receiver = Receiver::start(std::time::Duration::ZERO).await;
    let by_name = receiver.url.replace("127.0.0.1", "localhost");
    let new = heroes_domain::webhooks::EndpointInput {
        url: by_name,
        events: vec!["contribution.published".into()],
        description: String::new(),
        active: true,
    }
    .parse()
    .unwrap();
    let store::Created::Yes(id) = store::create(
        app.db(),
        &new,
        "whsec_x",
        &heroes_store::accounts::Actor::cli(),
    )
    .await
    .unwrap() else {
        panic!("created")
    };
    let ana = hero("Ana Souza").create(&app).await;
    contribution(&ana, "Queues").create(&app).await;
    assert_eq!(run_jobs(app.db(), |_| {}).await, 1);
    assert!(receiver.got().is_empty());
    let d = store::deliveries(app.db(), id, 1).await.unwrap().remove(0);
    assert_eq!(d.state, "pending", "retried later, in case the name moves");
    assert!(
        d.attempts[0]
            .error
            .as_deref()
            .is_some_and(|e| e.contains("private or loopback")),
        "{:?}",
        d.attempts
    );
}

#[tokio::test]
async fn only_admins_see_or_change_webhooks() {
    let (app, cookie) = app_with_admin().await;
    let (id, secret) = register(
        &app,
        &cookie,
        "https://hooks.example.com/in",
        &["hero.announced"],
    )
    .await;
    let ana = hero("Ana Souza").create(&app).await;
    let people = [
        app.account("hero@example.org", &[], Some(&ana)).await,
        app.account("staff@example.org", &[Role::Staff], None).await,
        app.account("member@example.org", &[], None).await,
    ];
    let pages = [
        ("GET", "/admin/webhooks".to_owned()),
        ("GET", format!("/admin/webhooks/{id}")),
        ("POST", "/admin/webhooks".to_owned()),
        ("POST", format!("/admin/webhooks/{id}")),
        ("POST", format!("/admin/webhooks/{id}/secret")),
        ("POST", format!("/admin/webhooks/{id}/ping")),
        ("POST", format!("/admin/webhooks/{id}/delete")),
        ("POST", format!("/admin/webhooks/{id}/deliveries/1/replay")),
    ];
    let fields = [
        ("url", "https://evil.example.com/"),
        ("events", "hero.announced"),
    ];
    for person in people {
        let c = app.session(person).await;
        for (method, path) in &pages {
            let r = if *method == "GET" {
                app.get_as(path, &c).await
            } else {
                app.post_form(path, &fields, Some(&c)).await
            };
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{method} {path}");
            assert!(!r.body.contains("hooks.example.com") && !r.body.contains(&secret));
        }
    }
    for (method, path) in &pages {
        let r = if *method == "GET" {
            app.get(path).await
        } else {
            app.post_form(path, &fields, None).await
        };
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{method} {path}");
        assert!(r.header("location").unwrap().starts_with("/login?next="));
    }
    let endpoints = store::list(app.db()).await.unwrap();
    assert_eq!(endpoints.len(), 1, "nothing added or removed");
    assert_eq!(endpoints[0].url, "https://hooks.example.com/in");
    assert!(
        jobs::list(app.db(), 100)
            .await
            .unwrap()
            .iter()
            .all(|j| j.name != DELIVERY_JOB)
    );
    // An admin asking for an endpoint that does not exist gets 404.
    let missing = app
        .get_as(&format!("/admin/webhooks/{}", id + 100), &cookie)
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

/// A private contribution made public through the edit form is published then, once: a
/// later edit of the public entry sends nothing.
#[tokio::test]
async fn a_private_contribution_made_public_is_published_once() {
    let (app, cookie) = app_with_admin().await;
    let receiver = Receiver::start(std::time::Duration::ZERO).await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    let ana_cookie = app.session(ana_user).await;
    register(&app, &cookie, &receiver.url, &["contribution.published"]).await;
    let id = contribution(&ana, "Draft talk")
        .private()
        .create(&app)
        .await;
    assert_eq!(deliver(&app).await, 0, "private: nothing published");

    let edit = |title: &'static str| {
        vec![
            ("kind", "talk"),
            ("title", title),
            ("url", "https://example.org/talks/draft"),
            ("date", "2026-09-14"),
            ("specialization", "serverless"),
        ]
    };
    let path = format!("/account/contributions/{id}");
    let saved = app
        .post_form(&path, &edit("Draft talk, given"), Some(&ana_cookie))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(deliver(&app).await, 1);
    let body = receiver.got().remove(0).json();
    assert_eq!(body["type"], "contribution.published");
    assert_eq!(body["data"]["id"], id);
    assert_eq!(body["data"]["title"], "Draft talk, given");

    let again = app
        .post_form(&path, &edit("Draft talk, given twice"), Some(&ana_cookie))
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(deliver(&app).await, 0, "already public: no second event");
}
