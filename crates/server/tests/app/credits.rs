//! Credits through the real router: allotments, requests, decisions issuing codes from the
//! pool, reveals only to the holder, the alumni forfeit and expiry; and the guarantees the
//! database gives under concurrency (no negative balance, no code issued twice, a ledger that
//! sums to the balances, retries that add nothing), on both backends.

use crate::helpers::{TestApp, TestResponse, form_request, hero, run_jobs};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use chrono::{Datelike, Days, Utc};
use heroes_domain::account::{Role, TokenScope};
use heroes_domain::credits::{Amount, IdempotencyKey, NewRequest, Purpose, Step};
use heroes_domain::text::Bounded;
use heroes_store::Db;
use heroes_store::accounts::Actor;
use heroes_store::credits;

/// A form POST with a session cookie, as a request for `at_once`.
fn post(path: &str, fields: &[(&str, &str)], cookie: &str) -> Request<Body> {
    form_request(path, fields, Some(cookie))
}

/// Uploads a pool file as the admin (the answer: a redirect to the import's page, or the
/// form again with the file's problems).
pub(crate) async fn upload_pool(app: &TestApp, cookie: &str, csv: &str) -> TestResponse {
    let file = ["file", "pool.csv", "text/csv"];
    app.post_file("/admin/credits/import", cookie, file, csv.as_bytes())
        .await
}

/// Uploads a pool file as the admin, runs the import job to its end and returns the
/// import's page.
pub(crate) async fn import_pool(app: &TestApp, cookie: &str, csv: &str) -> TestResponse {
    let uploaded = upload_pool(app, cookie, csv).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    run_jobs(app.db(), |_| {}).await;
    app.get_as(uploaded.header("location").unwrap(), cookie)
        .await
}

/// A program with Ana (serverless, signed in as `hero`), a staff member and an admin; the
/// serverless allotment of this year set to `allotment` and granted.
struct Program {
    app: TestApp,
    ana: i64,
    hero: String,
    staff: String,
    admin: String,
}

async fn program(allotment: i64) -> Program {
    let app = TestApp::new().await;
    let slug = hero("Ana Souza")
        .awards(&[("serverless", 2020)])
        .create(&app)
        .await;
    let ana = app.hero_id(&slug).await;
    let hero = app
        .session(app.account("ana@example.org", &[], Some(&slug)).await)
        .await;
    let staff = app
        .session(app.account("staff@example.org", &[Role::Staff], None).await)
        .await;
    let admin = app
        .session(app.account("admin@example.org", &[Role::Admin], None).await)
        .await;
    let year = Utc::now().year().to_string();
    let amount = allotment.to_string();
    let saved = app
        .post_form(
            "/admin/credits/allotments",
            &[("year", &year), ("amount-serverless", &amount)],
            Some(&admin),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let granted = app
        .post_form("/admin/credits/grant", &[("year", &year)], Some(&admin))
        .await;
    assert_eq!(granted.status, StatusCode::SEE_OTHER, "{}", granted.body);
    Program {
        app,
        ana,
        hero,
        staff,
        admin,
    }
}

/// `count` codes of `value`, named `PREFIX-n`, valid for a year.
fn pool_csv(prefix: &str, count: usize, value: i64) -> String {
    let expiry = Utc::now().date_naive() + Days::new(365);
    let mut csv = String::from("code,value,expiry\n");
    for n in 0..count {
        csv.push_str(&format!("{prefix}-{n:05},{value},{expiry}\n"));
    }
    csv
}

async fn request_as(app: &TestApp, cookie: &str, amount: &str, key: &str) -> TestResponse {
    app.post_form(
        "/account/credits",
        &[
            ("purpose", "workshop"),
            ("amount", amount),
            ("note", "Serverless workshop in Lagos"),
            ("idempotency_key", key),
        ],
        Some(cookie),
    )
    .await
}

fn new_request(amount: i64, key: &str) -> NewRequest {
    NewRequest {
        purpose: Purpose::Demo,
        amount: Amount::new(amount).unwrap(),
        note: Bounded::parse("note", "").unwrap(),
        idempotency_key: IdempotencyKey::parse("key", key).unwrap(),
    }
}

/// The credits team (`p.staff`) takes `step` (approve, decline) on request `id`.
async fn staff_step(p: &Program, id: i64, step: &str, fields: &[(&str, &str)]) -> TestResponse {
    let path = format!("/admin/credits/requests/{id}/{step}");
    p.app.post_form(&path, fields, Some(&p.staff)).await
}

/// Ana's request for `amount` (idempotency key `key`), made in the store; its id.
async fn requested(db: &Db, hero: i64, amount: i64, key: &str) -> i64 {
    credits::request(db, hero, &new_request(amount, key), &Actor::cli())
        .await
        .unwrap()
        .unwrap()
        .id()
}

/// A request made and approved in full today; its id.
async fn approved(db: &Db, hero: i64, amount: i64, key: &str) -> i64 {
    let id = requested(db, hero, amount, key).await;
    credits::decide(
        db,
        id,
        None,
        &Step::Approve(Amount::new(amount).unwrap()),
        &Actor::cli(),
        &[],
        Utc::now().date_naive(),
    )
    .await
    .unwrap()
    .unwrap();
    id
}

/// Every balance is the sum of its entries, none is negative, no code was issued twice.
async fn assert_ledger_whole(db: &Db) {
    let (balances, ledger, negative, twice) = credits::consistency(db).await.unwrap();
    assert_eq!(balances, ledger, "balances and ledger disagree");
    assert_eq!(negative, 0, "a negative balance");
    assert_eq!(twice, 0, "a code issued twice");
}

#[tokio::test]
async fn a_hero_requests_staff_approve_part_and_only_the_hero_reveals_the_code() {
    let p = program(1000).await;
    let app = &p.app;
    let imported = import_pool(app, &p.admin, &pool_csv("SECRET", 40, 50)).await;
    assert!(
        imported.body.contains("40 codes added to the pool"),
        "{}",
        imported.body
    );

    let page = app.get_as("/account/credits", &p.hero).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("1,000 USD"), "{}", page.body);
    let made = request_as(app, &p.hero, "300", "first-request-key").await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 700);

    let queue = app.get_as("/admin/credits/requests", &p.staff).await;
    assert!(queue.body.contains("Ana Souza"), "{}", queue.body);
    let id = credits::requests_of(app.db(), p.ana).await.unwrap()[0].id;
    // More than requested is refused and changes nothing.
    let too_much = staff_step(&p, id, "approve", &[("amount", "400")]).await;
    assert_eq!(too_much.status, StatusCode::CONFLICT);
    let approved = staff_step(&p, id, "approve", &[("amount", "200")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    // Partly approved: 200 issued as four codes of 50, the other 100 back in the balance.
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 800);
    let codes = credits::codes_of(app.db(), p.ana).await.unwrap();
    assert_eq!(codes.len(), 4);
    let mail = app.last_mail_to("ana@example.org").await;
    assert!(
        mail.body_text.contains("approved in part"),
        "{}",
        mail.body_text
    );

    // Nobody sees a code in a list, a report, a file or the API.
    let email = heroes_domain::account::Email::parse("email", "ana@example.org").unwrap();
    let ana_user = heroes_store::accounts::by_email(app.db(), &email)
        .await
        .unwrap()
        .unwrap()
        .id;
    let api_token = app.token(ana_user, TokenScope::Read).await;
    let api = app
        .get_with(
            "/api/v1/me/credits",
            &[("authorization", &format!("Bearer {api_token}"))],
        )
        .await;
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(api.json()["available"], 800);
    assert_eq!(api.json()["codes"].as_array().unwrap().len(), 4);
    for (path, cookie) in [
        ("/account/credits", &p.hero),
        ("/admin/credits/requests", &p.staff),
        ("/admin/credits", &p.admin),
        ("/admin/credits/reports", &p.admin),
        ("/admin/credits/reports.csv", &p.admin),
        ("/admin/audit", &p.admin),
    ] {
        let page = app.get_as(path, cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(!page.body.contains("SECRET-"), "{path} shows a code");
    }
    assert!(!api.body.contains("SECRET-"));

    // The holder reveals one: shown, logged.
    let revealed = app
        .post_form(
            &format!("/account/credits/codes/{}/reveal", codes[0].id),
            &[],
            Some(&p.hero),
        )
        .await;
    assert_eq!(revealed.status, StatusCode::OK);
    assert!(revealed.body.contains("SECRET-"), "{}", revealed.body);
    assert_eq!(revealed.header("cache-control"), Some("private, no-store"));
    let audit = heroes_store::audit::list(app.db(), 20, None).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "credits.reveal"));
    assert_eq!(
        credits::codes_of(app.db(), p.ana).await.unwrap()[0].reveals,
        1
    );

    // Another hero asking for it gets nothing.
    let ben = hero("Ben Okafor")
        .awards(&[("serverless", 2021)])
        .create(app)
        .await;
    let ben = app
        .session(app.account("ben@example.org", &[], Some(&ben)).await)
        .await;
    let stolen = app
        .post_form(
            &format!("/account/credits/codes/{}/reveal", codes[0].id),
            &[],
            Some(&ben),
        )
        .await;
    assert_eq!(stolen.status, StatusCode::NOT_FOUND);
    assert!(!stolen.body.contains("SECRET-"));

    // The reports count what was issued.
    let csv = app.get_as("/admin/credits/reports.csv", &p.admin).await;
    assert!(csv.body.contains("spend,Serverless,"), "{}", csv.body);
    assert_ledger_whole(app.db()).await;
}

#[tokio::test]
async fn a_wrong_form_keeps_what_was_typed_and_holds_nothing() {
    let p = program(500).await;
    let app = &p.app;
    let wrong = app
        .post_form(
            "/account/credits",
            &[
                ("purpose", "workshop"),
                ("amount", "12.50"),
                ("note", "Typed with care"),
                ("idempotency_key", "a-key-typed-12345"),
            ],
            Some(&p.hero),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("value=\"12.50\""), "{}", wrong.body);
    assert!(wrong.body.contains("Typed with care"));
    assert!(wrong.body.contains("a-key-typed-12345"));
    // More than the balance: refused, nothing held.
    let over = request_as(app, &p.hero, "501", "over-the-balance").await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(over.body.contains("does not cover"), "{}", over.body);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 500);
    assert!(
        credits::requests_of(app.db(), p.ana)
            .await
            .unwrap()
            .is_empty()
    );
    // A decline without a reason keeps the request open.
    let made = request_as(app, &p.hero, "100", "declined-later").await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let id = credits::requests_of(app.db(), p.ana).await.unwrap()[0].id;
    // The admin home counts it.
    let home = app.get_as("/admin", &p.admin).await;
    assert!(
        home.body.contains(
            "href=\"/admin/credits/requests\"><span class=\"attention-count\">1</span> \
             <span class=\"attention-label\">credit request waiting</span>"
        ),
        "{}",
        home.body
    );
    let no_reason = staff_step(&p, id, "decline", &[("reason", " ")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let declined = staff_step(
        &p,
        id,
        "decline",
        &[("reason", "The budget of this quarter is spent")],
    )
    .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 500);
    let page = app.get_as("/account/credits", &p.hero).await;
    assert!(page.body.contains("The budget of this quarter is spent"));
    assert!(page.body.contains("Declined"));
    // Deciding it again is refused.
    let again = staff_step(&p, id, "approve", &[("amount", "100")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("decided already"));
    assert_ledger_whole(app.db()).await;
}

#[tokio::test]
async fn an_approval_the_pool_cannot_cover_changes_nothing() {
    let p = program(1000).await;
    let app = &p.app;
    import_pool(app, &p.admin, &pool_csv("ODD", 2, 30)).await;
    request_as(app, &p.hero, "100", "pool-too-small").await;
    let id = credits::requests_of(app.db(), p.ana).await.unwrap()[0].id;
    let refused = staff_step(&p, id, "approve", &[("amount", "100")]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused.body.contains("no codes that make up"),
        "{}",
        refused.body
    );
    let request = &credits::requests_of(app.db(), p.ana).await.unwrap()[0];
    assert!(request.state.is_open(), "the request is still open");
    assert!(credits::codes_of(app.db(), p.ana).await.unwrap().is_empty());
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 900);
    // 60 can be made up of the two codes.
    let approved = staff_step(&p, id, "approve", &[("amount", "60")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 940);
    assert_ledger_whole(app.db()).await;
}

#[tokio::test]
async fn a_bad_pool_file_imports_nothing_and_a_second_import_adds_nothing() {
    let p = program(100).await;
    let app = &p.app;
    let bad = upload_pool(
        app,
        &p.admin,
        "code,value,expiry\nGOOD-0001,10,2030-01-01\nBAD,ten,2030-01-01\n",
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Line 3"), "{}", bad.body);
    let today = Utc::now().date_naive();
    assert!(
        credits::pool_left(app.db(), today)
            .await
            .unwrap()
            .is_empty()
    );
    let csv = pool_csv("TWICE", 5, 10);
    import_pool(app, &p.admin, &csv).await;
    let again = import_pool(app, &p.admin, &csv).await;
    assert!(again.body.contains("0 codes added"), "{}", again.body);
    assert!(
        again.body.contains("5 codes were in the pool already"),
        "{}",
        again.body
    );
    assert_eq!(
        credits::pool_left(app.db(), today).await.unwrap()[0].codes,
        5
    );
}

#[tokio::test]
async fn the_ledger_refuses_changes_and_balances_refuse_to_go_negative() {
    let p = program(100).await;
    let db = p.app.db();
    for statement in [
        "UPDATE credit_ledger SET amount = 1000000",
        "DELETE FROM credit_ledger",
        "UPDATE credit_balances SET available = -1",
    ] {
        let result = match db {
            Db::Sqlite(pool) => sqlx::query(statement).execute(pool).await.map(|_| ()),
            Db::Postgres(pool) => sqlx::query(statement).execute(pool).await.map(|_| ()),
        };
        assert!(result.is_err(), "{statement} was allowed");
    }
    assert_eq!(credits::balance(db, p.ana).await.unwrap(), 100);
    assert_ledger_whole(db).await;
}

#[tokio::test]
async fn alumni_keep_issued_codes_and_lose_the_rest() {
    let p = program(1000).await;
    let app = &p.app;
    import_pool(app, &p.admin, &pool_csv("KEEP", 10, 100)).await;
    let actor = Actor::cli();
    approved(app.db(), p.ana, 200, "alumni-first").await;
    credits::request(app.db(), p.ana, &new_request(300, "alumni-open"), &actor)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 500);
    crate::fixtures::Program::with_admin(app, &p.admin)
        .renewal("Renewal")
        .open()
        .await;
    let moved = app
        .post_form(
            "/admin/renewals/ana-souza",
            &[("decision", "alumni"), ("confirm", "yes")],
            Some(&p.admin),
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 0);
    let requests = credits::requests_of(app.db(), p.ana).await.unwrap();
    assert!(requests.iter().all(|r| !r.state.is_open()));
    let history = credits::history(app.db(), p.ana).await.unwrap();
    assert_eq!(history[0].kind.as_str(), "revocation");
    assert_eq!(history[0].amount, -800);
    // The codes stay, and the alumna still sees and reveals them, but asks for nothing new.
    let codes = credits::codes_of(app.db(), p.ana).await.unwrap();
    assert_eq!(codes.len(), 2);
    let page = app.get_as("/account/credits", &p.hero).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Send the request"));
    let revealed = app
        .post_form(
            &format!("/account/credits/codes/{}/reveal", codes[0].id),
            &[],
            Some(&p.hero),
        )
        .await;
    assert!(revealed.body.contains("KEEP-"));
    assert_eq!(
        request_as(app, &p.hero, "10", "alumni-asks-again")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_ledger_whole(app.db()).await;
}

#[tokio::test]
async fn last_years_allotment_and_past_codes_expire_once() {
    let p = program(100).await;
    let db = p.app.db();
    let actor = Actor::cli();
    let today = Utc::now().date_naive();
    let last_year = today.year() - 1;
    credits::set_exception(db, last_year, "ana-souza", 50, &actor)
        .await
        .unwrap();
    credits::grant_allotments(db, last_year, &actor)
        .await
        .unwrap();
    assert_eq!(credits::balance(db, p.ana).await.unwrap(), 150);
    let expired = credits::expire(db, today).await.unwrap();
    assert_eq!(expired.allotments, 1);
    // What is beyond this year's allotment expires; this year's stays.
    assert_eq!(credits::balance(db, p.ana).await.unwrap(), 100);
    assert_eq!(credits::expire(db, today).await.unwrap().allotments, 0);
    assert_eq!(credits::balance(db, p.ana).await.unwrap(), 100);
    // Granting again grants nobody twice.
    assert_eq!(
        credits::grant_allotments(db, today.year(), &actor)
            .await
            .unwrap(),
        0
    );
    assert_ledger_whole(db).await;
}

/// The same request sent twenty times at once (same idempotency key) is one request holding
/// once; twenty staff approving one request at once approve it once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn retries_and_double_clicks_count_once() {
    let p = program(1000).await;
    let app = &p.app;
    import_pool(app, &p.admin, &pool_csv("ONCE", 20, 10)).await;
    let fields = [
        ("purpose", "workshop"),
        ("amount", "100"),
        ("note", ""),
        ("idempotency_key", "the-same-key-twice"),
    ];
    let answers = app
        .at_once(
            (0..20)
                .map(|_| post("/account/credits", &fields, &p.hero))
                .collect(),
        )
        .await;
    assert!(answers.iter().all(|a| a.status == StatusCode::SEE_OTHER));
    let requests = credits::requests_of(app.db(), p.ana).await.unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 900);
    let path = format!("/admin/credits/requests/{}/approve", requests[0].id);
    let answers = app
        .at_once(
            (0..20)
                .map(|_| post(&path, &[("amount", "100")], &p.staff))
                .collect(),
        )
        .await;
    let approved = answers
        .iter()
        .filter(|a| a.status == StatusCode::SEE_OTHER)
        .count();
    assert_eq!(approved, 1);
    assert!(
        answers
            .iter()
            .all(|a| a.status == StatusCode::SEE_OTHER || a.status == StatusCode::CONFLICT)
    );
    assert_eq!(credits::codes_of(app.db(), p.ana).await.unwrap().len(), 10);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 900);
    assert_ledger_whole(app.db()).await;
}

/// 1,000 requests at once against one hero's balance and one pool: 400 new requests, 300
/// approvals of 40 open requests, 300 reveals of issued codes. Exactly what the balance and
/// the pool allow succeeds; no balance goes negative, no code is issued twice, the ledger sums
/// to the balances.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_requests_approvals_and_reveals_at_once_keep_the_ledger_whole() {
    let mut p = program(2000).await;
    // A thousand requests queue for a handful of connections: the pool's short wait (meant to
    // answer an outage fast) would turn the tail of the queue into 503s, which is not what is
    // measured here. Same database, a pool that waits.
    let patient = p
        .app
        .test_db
        .connect_again(
            None,
            heroes_store::PoolConfig {
                max_connections: Some(8),
                acquire_timeout: std::time::Duration::from_secs(120),
            },
        )
        .await
        .unwrap();
    let mut config = heroes_server::app::Config::new("http://heroes.test".to_owned()).unwrap();
    config.cache_check_interval = std::time::Duration::ZERO;
    p.app.router =
        heroes_server::router::router(heroes_server::app::AppState::new(patient, config));
    let app = &p.app;
    let db = app.db();
    import_pool(app, &p.admin, &pool_csv("RACE", 300, 10)).await;
    // 60 requests of 20 (1,200 held, 800 left); 20 of them approved (40 codes issued).
    let mut open = Vec::new();
    for n in 0..60 {
        let key = format!("before-{n:04}");
        if n < 20 {
            approved(db, p.ana, 20, &key).await;
        } else {
            open.push(requested(db, p.ana, 20, &key).await);
        }
    }
    let issued = credits::codes_of(db, p.ana).await.unwrap();
    assert_eq!(issued.len(), 40);
    assert_eq!(credits::balance(db, p.ana).await.unwrap(), 800);

    let mut batch = Vec::new();
    for n in 0..400 {
        let key = format!("during-{n:04}");
        batch.push(post(
            "/account/credits",
            &[
                ("purpose", "demo"),
                ("amount", "20"),
                ("note", ""),
                ("idempotency_key", &key),
            ],
            &p.hero,
        ));
    }
    for n in 0..300 {
        let path = format!("/admin/credits/requests/{}/approve", open[n % open.len()]);
        batch.push(post(&path, &[("amount", "20")], &p.staff));
    }
    for n in 0..300 {
        let path = format!(
            "/account/credits/codes/{}/reveal",
            issued[n % issued.len()].id
        );
        batch.push(post(&path, &[], &p.hero));
    }
    let answers = app.at_once(batch).await;
    // A request still queued after the router's 30 s limit is answered 503; on a loaded
    // machine (PostgreSQL sharing two cores with compilers) the tail of the queue can be.
    // Such a request either took effect or left nothing, so what the database holds is
    // checked either way, and the answers exactly when every request was served.
    let timed_out = answers
        .iter()
        .filter(|a| a.status == StatusCode::SERVICE_UNAVAILABLE)
        .count();
    let unexpected: Vec<_> = answers
        .iter()
        .filter(|a| ![200, 303, 409, 422, 503].contains(&a.status.as_u16()))
        .map(|a| a.status)
        .collect();
    assert!(unexpected.is_empty(), "unexpected answers: {unexpected:?}");
    let count = |range: std::ops::Range<usize>, status: StatusCode| {
        answers[range].iter().filter(|a| a.status == status).count()
    };
    let requests = credits::requests_of(db, p.ana).await.unwrap();
    let made = requests.len() - 60;
    let approved = requests
        .iter()
        .filter(|r| r.approved_amount.is_some())
        .count()
        - 20;
    let codes = credits::codes_of(db, p.ana).await.unwrap();
    let reveals: i64 = codes.iter().map(|c| c.reveals).sum();
    // 800 available covers at most 40 new requests of 20; approvals move nothing (each
    // releases 20 and issues 20 in codes); each approval issued two codes.
    assert!(made <= 40, "{made} requests made from a balance for 40");
    assert_eq!(
        credits::balance(db, p.ana).await.unwrap(),
        800 - 20 * made as i64
    );
    assert!(approved <= 40);
    assert_eq!(codes.len(), 40 + 2 * approved);
    assert!(count(0..400, StatusCode::SEE_OTHER) <= made);
    assert!(count(400..700, StatusCode::SEE_OTHER) <= approved);
    assert!(reveals >= count(700..1000, StatusCode::OK) as i64 && reveals <= 300);
    assert_ledger_whole(db).await;
    if timed_out == 0 {
        assert_eq!(made, 40, "requests made");
        assert_eq!(count(0..400, StatusCode::SEE_OTHER), 40);
        assert_eq!(count(0..400, StatusCode::UNPROCESSABLE_ENTITY), 360);
        // Each of the 40 open requests is approved once; the pool (260 left) covers all.
        assert_eq!(approved, 40, "approvals");
        assert_eq!(count(400..700, StatusCode::SEE_OTHER), 40);
        assert_eq!(count(400..700, StatusCode::CONFLICT), 260);
        assert_eq!(count(700..1000, StatusCode::OK), 300, "reveals");
        assert_eq!(reveals, 300);
    } else {
        eprintln!("{timed_out} of 1,000 requests timed out on this machine; the ledger held");
    }
}

/// Erasing a hero's account removes their ledger, requests and balance with the hero page
/// (the append-only triggers let the cascade through once the hero is gone); the codes issued
/// to them stay issued, so none is ever handed out again.
#[tokio::test]
async fn an_erased_hero_takes_the_ledger_along_and_codes_stay_issued() {
    let p = program(500).await;
    let app = &p.app;
    import_pool(app, &p.admin, &pool_csv("GONE", 3, 100)).await;
    let actor = Actor::cli();
    let today = Utc::now().date_naive();
    approved(app.db(), p.ana, 200, "before-erasure").await;
    let email = heroes_domain::account::Email::parse("email", "ana@example.org").unwrap();
    let user = heroes_store::accounts::by_email(app.db(), &email)
        .await
        .unwrap()
        .unwrap()
        .id;
    heroes_store::accounts::erase(app.db(), user, &actor)
        .await
        .unwrap();
    assert!(credits::history(app.db(), p.ana).await.unwrap().is_empty());
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 0);
    let left = credits::pool_left(app.db(), today).await.unwrap();
    assert_eq!(
        left[0].codes, 1,
        "the two issued codes are not back in the pool"
    );
    assert_ledger_whole(app.db()).await;
}

/// A move to alumni taken back (the decision replaced in the same cycle) gives back what the
/// forfeit revoked, as one ledger entry, once however often the decision is saved again; the
/// codes were never taken.
#[tokio::test]
async fn undoing_a_move_to_alumni_restores_the_forfeited_allotment_once() {
    let p = program(1000).await;
    let app = &p.app;
    let today = Utc::now().date_naive();
    credits::request(
        app.db(),
        p.ana,
        &new_request(300, "undo-open"),
        &Actor::cli(),
    )
    .await
    .unwrap()
    .unwrap();
    crate::fixtures::Program::with_admin(app, &p.admin)
        .renewal("Renewal")
        .open()
        .await;
    let decide = async |decision: &str| {
        app.post_form(
            "/admin/renewals/ana-souza",
            &[("decision", decision), ("confirm", "yes")],
            Some(&p.admin),
        )
        .await
    };
    assert_eq!(decide("alumni").await.status, StatusCode::SEE_OTHER);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 0);
    assert_eq!(decide("renew").await.status, StatusCode::SEE_OTHER);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 1000);
    let history = credits::history(app.db(), p.ana).await.unwrap();
    assert_eq!(history[0].kind.as_str(), "release");
    assert_eq!((history[0].amount, history[0].request_id), (1000, None));
    // Saving the renewal again restores nothing more.
    assert_eq!(decide("renew").await.status, StatusCode::SEE_OTHER);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 1000);
    let page = app.get_as("/account/credits", &p.hero).await;
    assert!(
        page.body
            .contains("Restored (the move to alumni was undone)"),
        "{}",
        page.body
    );
    // The withdrawn request stays withdrawn; the hero may ask again.
    assert!(
        credits::requests_of(app.db(), p.ana)
            .await
            .unwrap()
            .iter()
            .all(|r| !r.state.is_open())
    );
    assert_eq!(
        request_as(app, &p.hero, "10", "after-undo").await.status,
        StatusCode::SEE_OTHER
    );
    // Out again and back again: the second forfeit is restored too, once.
    assert_eq!(decide("alumni").await.status, StatusCode::SEE_OTHER);
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 0);
    let back = today + Days::new(90);
    let on_leave = app
        .post_form(
            "/admin/renewals/ana-souza",
            &[
                ("decision", "leave"),
                ("expected_return", &back.to_string()),
                ("confirm", "yes"),
            ],
            Some(&p.admin),
        )
        .await;
    assert_eq!(on_leave.status, StatusCode::SEE_OTHER, "{}", on_leave.body);
    // The request of 10 was withdrawn by the second forfeit (its hold released), so all
    // of it is back.
    assert_eq!(credits::balance(app.db(), p.ana).await.unwrap(), 1000);
    assert_ledger_whole(app.db()).await;
}

/// The account export holds the hero's credits: balance, requests, ledger, and their own
/// codes in clear, each export logged as a reveal; nobody else's code is in it.
#[tokio::test]
async fn the_account_export_has_the_heros_credits_and_their_codes_only() {
    let p = program(500).await;
    let app = &p.app;
    import_pool(app, &p.admin, &pool_csv("MINE", 4, 100)).await;
    approved(app.db(), p.ana, 200, "export-me").await;
    let export = app.get_as("/account/export", &p.hero).await;
    assert_eq!(export.status, StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let c = &doc["credits"];
    assert_eq!(c["unit"], "USD");
    assert_eq!(c["available"], 300);
    assert_eq!(c["requests"][0]["state"], "approved");
    // Allotment, hold, its release, and an issue per code.
    assert_eq!(c["ledger"].as_array().unwrap().len(), 5, "{c}");
    let codes = c["codes"].as_array().unwrap();
    assert_eq!(codes.len(), 2);
    assert!(
        codes
            .iter()
            .all(|k| k["code"].as_str().unwrap().starts_with("MINE-"))
    );
    // Two of the four codes are still in the pool: the export names only Ana's.
    let named = export.body.matches("MINE-").count();
    assert_eq!(named, 2, "{}", export.body);
    let held = credits::codes_of(app.db(), p.ana).await.unwrap();
    assert!(
        held.iter().all(|h| h.reveals == 1),
        "each export is a logged reveal"
    );
    // Staff and admins export their own account: no credits section, no code.
    let staff = app.get_as("/account/export", &p.staff).await;
    assert!(staff.body.contains("\"credits\": null"), "{}", staff.body);
    assert!(!staff.body.contains("MINE-"));
}
