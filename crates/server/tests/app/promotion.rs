//! Promotion (issue 14): a hero asks, staff schedule or decline, the spotlight shows the item
//! in its window (and never past it, cache or not), and the digest is drafted, previewed,
//! sent once per recipient, confirmed by visitors and left in one click.

use crate::helpers::{TestApp, TestResponse, contribution, hero, link_in, run_jobs};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use chrono::{DateTime, Duration, Utc};
use heroes_domain::account::Role;
use heroes_store::digest;
use heroes_store::outbox;

/// A hero with one contribution, signed in; `(app, hero slug, contribution id, cookie, hero
/// account id)`.
async fn hero_with_work() -> (TestApp, String, i64, String, i64) {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2020)])
        .create(&app)
        .await;
    let work = contribution(&ana, "Cold starts, measured")
        .create(&app)
        .await;
    let user = app.account("ana@example.org", &[], Some(&ana)).await;
    let cookie = app.session(user).await;
    (app, ana, work, cookie, user)
}

/// Whether the home page has its spotlight section (with the test's one work in it).
fn in_spotlight(home: &str) -> bool {
    home.split("aria-labelledby=\"spotlight\"")
        .nth(1)
        .is_some_and(|section| {
            section
                .split("</section>")
                .next()
                .is_some_and(|s| s.contains("Cold starts, measured"))
        })
}

fn local(t: chrono::DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S").to_string()
}

async fn ask(app: &TestApp, cookie: &str, work: i64) -> i64 {
    let today = Utc::now().date_naive();
    let response = app
        .post_form(
            "/account/promotion",
            &[
                ("contribution", &work.to_string()),
                ("channels", "spotlight"),
                ("channels", "digest"),
                ("from", &today.to_string()),
                ("until", &(today + Duration::days(6)).to_string()),
                ("note", "For the serverless meetup crowd"),
            ],
            Some(cookie),
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let hero_id = app.hero_id("ana-souza").await;
    heroes_store::promotion::of_hero(app.db(), hero_id)
        .await
        .unwrap()[0]
        .id
}

/// Staff (signed in with `cookie`) schedule request `id` on `channels` for `window` (UTC).
async fn schedule(
    app: &TestApp,
    cookie: &str,
    id: i64,
    channels: &str,
    (starts, ends): (DateTime<Utc>, DateTime<Utc>),
) -> TestResponse {
    let (starts, ends) = (local(starts), local(ends));
    let fields = [
        ("channels", channels),
        ("starts", starts.as_str()),
        ("ends", ends.as_str()),
        ("zone", "UTC"),
    ];
    let path = format!("/admin/promotion/{id}/schedule");
    app.post_form(&path, &fields, Some(cookie)).await
}

#[tokio::test]
async fn a_hero_asks_staff_schedule_and_the_work_is_in_the_spotlight_in_its_window() {
    let (app, _ana, work, cookie, _) = hero_with_work().await;
    // A wrong form keeps what was typed and names each field.
    let wrong = app
        .post_form(
            "/account/promotion",
            &[
                ("contribution", &work.to_string()),
                ("from", "2000-01-01"),
                ("until", "not a day"),
                ("note", "Keep this note"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Keep this note"));
    assert!(wrong.body.contains("id=\"channels-error\""));
    assert!(wrong.body.contains("id=\"from-error\""));
    assert!(wrong.body.contains("id=\"until-error\""));

    let id = ask(&app, &cookie, work).await;
    // Asking again while it waits adds nothing.
    let today = Utc::now().date_naive().to_string();
    let again = app
        .post_form(
            "/account/promotion",
            &[
                ("contribution", &work.to_string()),
                ("channels", "social"),
                ("from", &today),
                ("until", &today),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("already waiting"));
    let mine = app.get_as("/account/promotion", &cookie).await;
    assert!(mine.body.contains("Waiting for the program team"));

    // Not in the spotlight before staff decide (the home page lists it among the latest
    // work, not in its spotlight section).
    assert!(!in_spotlight(&app.get("/").await.body));

    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let staff_cookie = app.session(staff).await;
    let queue = app.get_as("/admin/promotion", &staff_cookie).await;
    assert!(queue.body.contains("Cold starts, measured"));
    // Staff may grant only what was asked for.
    let now = Utc::now();
    let window = (now - Duration::hours(1), now + Duration::hours(2));
    let social = schedule(&app, &staff_cookie, id, "social", window).await;
    assert_eq!(social.status, StatusCode::UNPROCESSABLE_ENTITY);
    let approved = schedule(&app, &staff_cookie, id, "spotlight", window).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);

    // The hero is mailed and sees the stage.
    let mail = app.last_mail_to("ana@example.org").await;
    assert!(mail.subject.contains("Cold starts, measured"));
    assert!(mail.body_text.contains("Home page spotlight"));
    let mine = app.get_as("/account/promotion", &cookie).await;
    assert!(mine.body.contains("In the spotlight now"), "{}", mine.body);

    // Home page, /spotlight, the feeds and the API all show it.
    assert!(in_spotlight(&app.get("/").await.body));
    assert!(
        app.get("/spotlight")
            .await
            .body
            .contains("Cold starts, measured")
    );
    for path in ["/spotlight/feed.atom", "/spotlight/feed.json"] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::OK);
        let feed = feed_rs::parser::parse(response.body.as_bytes()).unwrap();
        assert_eq!(feed.entries.len(), 1, "{path}");
        assert_eq!(
            feed.entries[0].title.as_ref().unwrap().content,
            "Cold starts, measured"
        );
    }
    let json = app.get("/api/v1/spotlight").await.json();
    assert_eq!(json["items"][0]["title"], "Cold starts, measured");
    assert_eq!(json["items"][0]["hero"]["slug"], "ana-souza");

    // The hero's data export lists the request and its schedule.
    let export = app.get_as("/account/export", &cookie).await.json();
    assert_eq!(export["promotion_requests"][0]["state"], "approved");
    assert_eq!(export["promotion_requests"][0]["granted"], "spotlight");

    // Staff take it out: it leaves at once, and the hero is told why.
    let out = app
        .post_form(
            &format!("/admin/promotion/{id}/decline"),
            &[("reason", "The talk was cancelled")],
            Some(&staff_cookie),
        )
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(!in_spotlight(&app.get("/").await.body));
    assert!(
        app.last_mail_to("ana@example.org")
            .await
            .body_text
            .contains("The talk was cancelled")
    );
}

#[tokio::test]
async fn the_cached_home_page_never_shows_an_item_past_its_window() {
    let (app, _ana, work, cookie, _) = hero_with_work().await;
    let id = ask(&app, &cookie, work).await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let admin_cookie = app.session(admin).await;
    let now = Utc::now();
    let ends = now + Duration::seconds(3);
    let approved = schedule(
        &app,
        &admin_cookie,
        id,
        "spotlight",
        (now - Duration::minutes(5), ends),
    )
    .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    // Seen by visitors (the cache keeps it), twice from the cache.
    assert!(in_spotlight(&app.get("/").await.body));
    assert!(in_spotlight(&app.get("/").await.body));
    for path in ["/spotlight", "/api/v1/spotlight"] {
        assert!(app.get(path).await.body.contains("Cold starts, measured"));
        assert!(app.get(path).await.body.contains("Cold starts, measured"));
    }
    // No write happens; only the clock moves past the window's end.
    let wait =
        (ends - Utc::now()).to_std().unwrap_or_default() + std::time::Duration::from_millis(300);
    tokio::time::sleep(wait).await;
    assert!(
        !in_spotlight(&app.get("/").await.body),
        "the home page still shows an item past its window"
    );
    for path in ["/spotlight", "/api/v1/spotlight", "/spotlight/feed.atom"] {
        assert!(
            !app.get(path).await.body.contains("Cold starts, measured"),
            "{path} still shows an item past its window"
        );
    }
}

#[tokio::test]
async fn two_staff_deciding_at_once_decide_once_and_others_requests_are_not_found() {
    let (app, _ana, work, cookie, _) = hero_with_work().await;
    let id = ask(&app, &cookie, work).await;
    let one = app.account("one@example.org", &[Role::Staff], None).await;
    let two = app.account("two@example.org", &[Role::Admin], None).await;
    let now = Utc::now();
    let mut requests = Vec::new();
    for user in [one, two] {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("channels", "spotlight"),
                ("starts", local(now + Duration::days(1)).as_str()),
                ("ends", local(now + Duration::days(2)).as_str()),
                ("zone", "Europe/Berlin"),
            ])
            .finish();
        requests.push(
            Request::post(format!("/admin/promotion/{id}/schedule"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", app.session(user).await)
                .body(Body::from(body))
                .unwrap(),
        );
    }
    // A decline racing the approvals.
    let decline = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("reason", "Not this month")])
        .finish();
    requests.push(
        Request::post(format!("/admin/promotion/{id}/decline"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", app.session(one).await)
            .body(Body::from(decline))
            .unwrap(),
    );
    let answers = app.at_once(requests).await;
    let decided = answers
        .iter()
        .filter(|r| r.status == StatusCode::SEE_OTHER)
        .count();
    // The first step wins; a second approval becomes a reschedule only if it read the
    // approved state, so one or two pass but never a decline after an approval.
    let request = heroes_store::promotion::get(app.db(), id)
        .await
        .unwrap()
        .unwrap();
    assert!(decided >= 1);
    for r in &answers {
        assert!(
            [StatusCode::SEE_OTHER, StatusCode::CONFLICT].contains(&r.status),
            "{}",
            r.status
        );
    }
    let mails = outbox::to_address(app.db(), "ana@example.org")
        .await
        .unwrap();
    assert_eq!(mails.len(), decided, "one notice per step that happened");
    if request.state == heroes_domain::promotion::State::Declined {
        assert_eq!(decided, 1);
    }

    // Another hero cannot withdraw Ana's request: it does not exist for them.
    let ben = hero("Ben Okafor").create(&app).await;
    let ben_user = app.account("ben@example.org", &[], Some(&ben)).await;
    let taken = app
        .post_form(
            &format!("/account/promotion/{id}/withdraw"),
            &[],
            Some(&app.session(ben_user).await),
        )
        .await;
    assert_eq!(taken.status, StatusCode::NOT_FOUND);
    // Nor ask for Ana's work.
    let today = Utc::now().date_naive().to_string();
    let foreign = app
        .post_form(
            "/account/promotion",
            &[
                ("contribution", &work.to_string()),
                ("channels", "spotlight"),
                ("from", &today),
                ("until", &today),
            ],
            Some(&app.session(ben_user).await),
        )
        .await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(foreign.body.contains("your own public contributions"));
}

/// Starts sending digest `id` as an admin and runs the jobs.
async fn send_digest(app: &TestApp, admin_cookie: &str, id: i64) {
    let sent = app
        .post_form(
            &format!("/admin/digests/{id}/send"),
            &[],
            Some(admin_cookie),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    run_jobs(app.db(), |_| {}).await;
}

#[tokio::test]
async fn a_visitor_confirms_gets_the_digest_and_leaves_in_one_click() {
    let (app, _ana, work, cookie, _) = hero_with_work().await;
    let _ = (work, cookie);
    // A visitor subscribes; nothing is sent to them before they confirm.
    let subscribed = app
        .post_form(
            "/digest/subscribe",
            &[("email", "Reader@Example.org")],
            None,
        )
        .await;
    assert_eq!(subscribed.status, StatusCode::OK);
    assert!(subscribed.body.contains("Check your inbox"));
    let bad = app
        .post_form("/digest/subscribe", &[("email", "not an address")], None)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("not an address"));
    let confirm_mail = app.last_mail_to("reader@example.org").await;
    let confirm_link = link_in(&confirm_mail.body_text, "/digest/confirm");

    // A member subscribes from the account.
    let member = app.account("member@example.org", &[], None).await;
    let member_cookie = app.session(member).await;
    let on = app
        .post_form(
            "/account/digest",
            &[("subscribe", "on")],
            Some(&member_cookie),
        )
        .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);
    assert!(
        app.get_as("/account/digest", &member_cookie)
            .await
            .body
            .contains("You get the digest by mail")
    );

    // The admin drafts, writes the introduction (Markdown, sanitized), previews and sends.
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let admin_cookie = app.session(admin).await;
    let drafted = app
        .post_form("/admin/digests", &[], Some(&admin_cookie))
        .await;
    assert_eq!(drafted.status, StatusCode::SEE_OTHER);
    let path = drafted.header("location").unwrap().to_owned();
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    // Not public while it is a draft.
    assert_eq!(
        app.get(&format!("/digest/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let saved = app
        .post_form(
            &path,
            &[("intro", "A **busy** month <script>alert(1)</script>")],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let preview = app.get_as(&path, &admin_cookie).await;
    assert!(preview.body.contains("<strong>busy</strong>"));
    assert!(!preview.body.contains("<script>alert"));

    send_digest(&app, &admin_cookie, id).await;
    // The member got it; the unconfirmed visitor did not.
    let to_member = app.last_mail_to("member@example.org").await;
    assert!(to_member.list_unsubscribe.is_some());
    assert_eq!(
        outbox::to_address(app.db(), "reader@example.org")
            .await
            .unwrap()
            .len(),
        1,
        "only the confirmation mail"
    );
    // Sent digests are readable on the web.
    assert!(
        app.get("/digest")
            .await
            .body
            .contains(&format!("/digest/{id}"))
    );
    let page = app.get(&format!("/digest/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<strong>busy</strong>"));

    // The visitor confirms (the GET only shows the button), then gets the next digest.
    let shown = app.get(&confirm_link).await;
    assert!(shown.body.contains("Confirm your subscription"));
    let confirmed = app.post_form(&confirm_link, &[], None).await;
    assert!(confirmed.body.contains("Subscribed"), "{}", confirmed.body);
    let next_id = digest::draft(app.db(), "1999-12", "Next", &digest::Content::default())
        .await
        .unwrap()
        .unwrap();
    let next = digest::get(app.db(), next_id).await.unwrap().unwrap();
    send_digest(&app, &admin_cookie, next.id).await;
    let to_reader = app.last_mail_to("reader@example.org").await;
    // The title is the period's, in the reader's words (the stored one is for the table).
    assert_eq!(
        to_reader.subject,
        heroes_server::i18n::I18n::default().t1("digest-title-of", "month", "December 1999")
    );
    let unsubscribe = to_reader.list_unsubscribe.clone().unwrap();
    assert!(to_reader.body_text.contains(&unsubscribe));

    // A forged token changes nothing.
    let path = unsubscribe
        .trim_start_matches("http://heroes.test")
        .to_owned();
    let forged = format!(
        "{}0",
        path.trim_end_matches(|c: char| c.is_ascii_hexdigit())
    );
    app.post_form(&forged, &[("List-Unsubscribe", "One-Click")], None)
        .await;
    assert_eq!(digest::subscriber_count(app.db()).await.unwrap(), 2);
    // One click (RFC 8058): a POST from the mail client, no session, no other token.
    let left = app
        .post_form(&path, &[("List-Unsubscribe", "One-Click")], None)
        .await;
    assert_eq!(left.status, StatusCode::OK);
    assert!(left.body.contains("Unsubscribed"));
    assert_eq!(digest::subscriber_count(app.db()).await.unwrap(), 1);
    // Clicking again is harmless.
    let again = app
        .post_form(&path, &[("List-Unsubscribe", "One-Click")], None)
        .await;
    assert_eq!(again.status, StatusCode::OK);
}

#[tokio::test]
async fn two_instances_sending_one_digest_reach_each_recipient_once() {
    let app = TestApp::new().await;
    for i in 0..30 {
        let user = app
            .account(&format!("reader-{i}@example.org"), &[], None)
            .await;
        let email = format!("reader-{i}@example.org");
        digest::set_member(app.db(), user, &email, true)
            .await
            .unwrap();
    }
    let id = digest::draft(app.db(), "2026-10", "October", &digest::Content::default())
        .await
        .unwrap()
        .unwrap();
    assert!(
        digest::start_sending(app.db(), id, &heroes_store::accounts::Actor::cli())
            .await
            .unwrap()
    );
    let (db1, db2) = (app.db().clone(), app.db().clone());
    let one = tokio::spawn(async move {
        heroes_server::promotion::jobs::send(&db1, "http://heroes.test", id, || true).await
    });
    let two = tokio::spawn(async move {
        heroes_server::promotion::jobs::send(&db2, "http://heroes.test", id, || true).await
    });
    assert!(one.await.unwrap().unwrap());
    assert!(two.await.unwrap().unwrap());
    let mails = outbox::list(app.db(), 1000, None).await.unwrap();
    let digests: Vec<_> = mails
        .iter()
        .filter(|m| m.subject.ends_with("October 2026"))
        .collect();
    assert_eq!(digests.len(), 30);
    let mut to: Vec<_> = digests.iter().map(|m| m.to_address.clone()).collect();
    to.sort();
    to.dedup();
    assert_eq!(to.len(), 30);
    let d = digest::get(app.db(), id).await.unwrap().unwrap();
    assert_eq!(d.state, digest::DigestState::Sent);
    // Sending again (a second click) sends nothing.
    assert!(
        !digest::start_sending(app.db(), id, &heroes_store::accounts::Actor::cli())
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn the_digest_job_drafts_last_month_once() {
    let app = TestApp::new().await;
    // The runner creates the periodic row at start; twice, as two instances would.
    for _ in 0..2 {
        heroes_store::jobs::ensure(
            app.db(),
            heroes_server::promotion::jobs::DRAFT_DIGEST,
            "monthly",
            Utc::now(),
        )
        .await
        .unwrap();
        run_jobs(app.db(), |_| {}).await;
    }
    let all = digest::all(app.db()).await.unwrap();
    let last = heroes_domain::promotion::Period::of(Utc::now().date_naive()).previous();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].period, last.key());
    assert_eq!(all[0].state, digest::DigestState::Draft);
}

#[tokio::test]
async fn admins_choose_the_digest_period_and_the_job_follows_it() {
    let app = TestApp::new().await;
    let admin = app
        .session(
            app.account(
                "admin@example.org",
                &[heroes_domain::account::Role::Admin],
                None,
            )
            .await,
        )
        .await;
    let page = app.get_as("/admin/digests", &admin).await;
    assert!(
        page.body.contains("value=\"monthly\" checked"),
        "monthly by default: {}",
        page.body
    );
    let refused = app
        .post_form(
            "/admin/digests/cadence",
            &[("cadence", "daily")],
            Some(&admin),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("aria-invalid") || refused.body.contains("field-error"));
    let saved = app
        .post_form(
            "/admin/digests/cadence",
            &[("cadence", "weekly")],
            Some(&admin),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = app.get_as("/admin/digests", &admin).await;
    assert!(
        page.body.contains("value=\"weekly\" checked"),
        "{}",
        page.body
    );

    heroes_store::jobs::ensure(
        app.db(),
        heroes_server::promotion::jobs::DRAFT_DIGEST,
        "monthly",
        Utc::now(),
    )
    .await
    .unwrap();
    run_jobs(app.db(), |_| {}).await;
    let last_week = heroes_domain::promotion::Cadence::Weekly
        .period_of(Utc::now().date_naive())
        .previous();
    let all = digest::all(app.db()).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].period, last_week.key());
    assert!(all[0].title.contains("week of"), "{}", all[0].title);

    // Drafting now follows it too: this quarter's digest, once.
    app.post_form(
        "/admin/digests/cadence",
        &[("cadence", "quarterly")],
        Some(&admin),
    )
    .await;
    let drafted = app.post_form("/admin/digests", &[], Some(&admin)).await;
    assert_eq!(drafted.status, StatusCode::SEE_OTHER);
    let this_quarter = heroes_domain::promotion::Cadence::Quarterly
        .period_of(Utc::now().date_naive())
        .key();
    assert!(
        digest::all(app.db())
            .await
            .unwrap()
            .iter()
            .any(|d| d.period == this_quarter)
    );
    let again = app.post_form("/admin/digests", &[], Some(&admin)).await;
    assert_eq!(
        again.header("location"),
        Some("/admin/digests?notice=exists")
    );
}

#[tokio::test]
async fn subscriptions_nobody_confirmed_are_forgotten_after_a_week() {
    let app = TestApp::new().await;
    for email in ["late@example.org", "fresh@example.org"] {
        let r = app
            .post_form("/digest/subscribe", &[("email", email)], None)
            .await;
        assert!(
            r.status.is_success() || r.status.is_redirection(),
            "{}",
            r.body
        );
    }
    // One asked eight days ago.
    let eight_days_ago = Utc::now() - chrono::Duration::days(8);
    crate::helpers::on_pool!(app.db(), |pool| sqlx::query(
        "UPDATE digest_subscribers SET created_at = $1 WHERE email = 'late@example.org'",
    )
    .bind(eight_days_ago)
    .execute(pool)
    .await
    .map(drop))
    .unwrap();
    heroes_store::jobs::ensure(
        app.db(),
        heroes_server::promotion::jobs::FORGET_UNCONFIRMED,
        "daily",
        Utc::now(),
    )
    .await
    .unwrap();
    run_jobs(app.db(), |_| {}).await;
    let query = "SELECT email FROM digest_subscribers ORDER BY email";
    let left: Vec<String> = match app.db() {
        heroes_store::Db::Sqlite(pool) => sqlx::query_scalar(query).fetch_all(pool).await,
        heroes_store::Db::Postgres(pool) => sqlx::query_scalar(query).fetch_all(pool).await,
    }
    .unwrap();
    assert_eq!(
        left,
        ["fresh@example.org"],
        "the address of eight days ago is gone"
    );
}
