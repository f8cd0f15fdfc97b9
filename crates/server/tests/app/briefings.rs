//! Briefings under NDA through the real router: who sees a briefing (and who gets 404), NDA
//! versions asked again, RSVPs with a waitlist (also under concurrent requests), the `.ics`
//! file and the personal feed read back by an iCalendar parser, the access log, attendance,
//! the mail jobs, the API and the export.

use crate::helpers::{TestApp, hero, on_pool, run_jobs};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use chrono::{Duration, Utc};
use heroes_domain::account::{Email, Role, TokenScope};
use heroes_store::{Db, accounts, briefings};

/// A briefing for Serverless heroes, created by `organizer` through the form, starting in
/// three days with `capacity` seats, under the NDA in effect. Returns its id.
pub async fn create_briefing(
    app: &TestApp,
    organizer: i64,
    audience: &[(&str, &str)],
    capacity: &str,
) -> i64 {
    let nda = briefings::current_nda(app.db(), Utc::now().date_naive())
        .await
        .unwrap()
        .expect("an NDA in effect");
    let starts = (Utc::now() + Duration::days(3))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let nda_id = nda.id.to_string();
    let mut form = vec![
        ("title", "Serverless roadmap"),
        ("summary", "What ships next quarter, under NDA."),
        ("nda_version", nda_id.as_str()),
        ("embargo_until", "2099-01-01"),
        ("starts_at", starts.as_str()),
        ("time_zone", "UTC"),
        ("minutes", "60"),
        ("join_url", "https://meet.example.com/roadmap"),
        ("capacity", capacity),
        ("agenda", "1. Roadmap\n2. Questions"),
        (
            "materials",
            "[Slides](https://files.example.com/roadmap.pdf) <script>alert(1)</script>",
        ),
        ("recording_url", "https://video.example.com/roadmap"),
    ];
    form.extend_from_slice(audience);
    let cookie = app.session(organizer).await;
    let created = app.post_form("/briefings", &form, Some(&cookie)).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let location = created.header("location").unwrap();
    location
        .trim_start_matches("/briefings/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The matrix's briefing: Serverless, created by `admin`; the account `accepts` (by address)
/// accepts the NDA in effect. Returns (briefing, NDA version).
pub async fn serverless_briefing(app: &TestApp, admin: i64, accepts: Option<&str>) -> (i64, i64) {
    let id = create_briefing(
        app,
        admin,
        &[
            ("audience", "specializations"),
            ("specializations", "serverless"),
        ],
        "10",
    )
    .await;
    let nda = briefings::current_nda(app.db(), Utc::now().date_naive())
        .await
        .unwrap()
        .unwrap();
    if let Some(email) = accepts {
        let user = accounts::by_email(app.db(), &Email::parse("e", email).unwrap())
            .await
            .unwrap()
            .unwrap();
        briefings::accept_nda(app.db(), user.id, &nda, &accounts::Actor::cli())
            .await
            .unwrap();
    }
    (id, nda.id)
}

async fn accept_current_nda(app: &TestApp, user: i64) {
    let nda = briefings::current_nda(app.db(), Utc::now().date_naive())
        .await
        .unwrap()
        .unwrap();
    briefings::accept_nda(app.db(), user, &nda, &accounts::Actor::cli())
        .await
        .unwrap();
}

async fn set_status(db: &Db, slug: &str, status: &str) {
    on_pool!(db, |pool| sqlx::query(
        "UPDATE hero_records SET status = $1 WHERE slug = $2"
    )
    .bind(status)
    .bind(slug)
    .execute(pool)
    .await
    .map(drop))
    .unwrap();
}

/// A Serverless hero with an account; accepted the NDA in effect when `nda`.
async fn serverless_hero(app: &TestApp, name: &str, email: &str, nda: bool) -> (String, i64) {
    let slug = hero(name).awards(&[("serverless", 2021)]).create(app).await;
    let user = app.account(email, &[], Some(&slug)).await;
    if nda {
        accept_current_nda(app, user).await;
    }
    (slug, user)
}

#[tokio::test]
async fn only_eligible_heroes_see_a_briefing_and_everyone_else_gets_404() {
    let app = TestApp::new().await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let other_staff = app.account("other@example.org", &[Role::Staff], None).await;
    let (ana, ana_user) = serverless_hero(&app, "Ana Souza", "ana@example.org", true).await;
    let (_, no_nda) = serverless_hero(&app, "Ben Okafor", "ben@example.org", false).await;
    let devtools = hero("Dev Tools")
        .awards(&[("devtools", 2020)])
        .create(&app)
        .await;
    let dev_user = app.account("dev@example.org", &[], Some(&devtools)).await;
    accept_current_nda(&app, dev_user).await;
    let (leave, leave_user) = serverless_hero(&app, "Lea Leave", "lea@example.org", true).await;
    set_status(app.db(), &leave, "on-leave").await;
    let member = app.account("member@example.org", &[], None).await;
    let id = create_briefing(
        &app,
        staff,
        &[
            ("audience", "specializations"),
            ("specializations", "serverless"),
        ],
        "10",
    )
    .await;
    let page = format!("/briefings/{id}");

    for (who, user, want) in [
        ("the staff member who runs it", staff, StatusCode::OK),
        ("an admin", admin, StatusCode::OK),
        ("a Serverless hero with the NDA", ana_user, StatusCode::OK),
        (
            "a Serverless hero without the NDA",
            no_nda,
            StatusCode::NOT_FOUND,
        ),
        ("a DevTools hero", dev_user, StatusCode::NOT_FOUND),
        ("a hero on leave", leave_user, StatusCode::NOT_FOUND),
        ("a member", member, StatusCode::NOT_FOUND),
        ("other staff", other_staff, StatusCode::NOT_FOUND),
    ] {
        let cookie = app.session(user).await;
        for path in [
            page.clone(),
            format!("{page}/join"),
            format!("{page}/briefing.ics"),
            format!("{page}/recording"),
        ] {
            let got = app.get_as(&path, &cookie).await;
            let want = if want == StatusCode::OK && path != page {
                got.status // redirects and files: checked below
            } else {
                want
            };
            assert_eq!(got.status, want, "{path} for {who}");
        }
        let list = app.get_as("/briefings", &cookie).await;
        let listed = list.body.contains("Serverless roadmap");
        assert_eq!(
            listed,
            want == StatusCode::OK,
            "/briefings for {who}: {}",
            list.status
        );
    }
    // A visitor is sent to sign in, as for any private page.
    assert!(app.get(&page).await.status.is_redirection());

    // The Serverless hero sees the agenda and sanitized materials, and the embargo banner.
    let cookie = app.session(ana_user).await;
    let shown = app.get_as(&page, &cookie).await;
    assert!(shown.body.contains("Under embargo"), "{}", shown.body);
    assert!(shown.body.contains("https://files.example.com/roadmap.pdf"));
    assert!(!shown.body.contains("<script>alert"));
    // The hero without the NDA is told there is one to read.
    let told = app.get_as("/briefings", &app.session(no_nda).await).await;
    assert!(told.body.contains("/account/nda"), "{}", told.body);

    // Never public: not in search, the directory, feeds, the sitemap.
    for path in [
        "/heroes?q=roadmap",
        "/contributions",
        "/feeds/contributions.atom",
        "/sitemap.xml",
        "/api/v1/contributions",
    ] {
        assert!(
            !app.get(path).await.body.contains("Serverless roadmap"),
            "{path}"
        );
    }

    // Moving the hero to alumni takes access away at once.
    set_status(app.db(), &ana, "alumni").await;
    assert_eq!(
        app.get_as(&page, &cookie).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_new_nda_version_asks_heroes_again_and_is_recorded() {
    let app = TestApp::new().await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let (_, ana) = serverless_hero(&app, "Ana Souza", "ana@example.org", true).await;
    let admin_cookie = app.session(admin).await;
    let today = Utc::now().date_naive().to_string();

    // A bad form keeps what was typed.
    let bad = app
        .post_form(
            "/admin/nda",
            &[("label", "2027-1"), ("body", ""), ("effective_on", &today)],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"2027-1\""));
    let published = app
        .post_form(
            "/admin/nda",
            &[
                ("label", "2027-1"),
                ("body", "Keep **everything** secret."),
                ("effective_on", &today),
            ],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let taken = app
        .post_form(
            "/admin/nda",
            &[
                ("label", "2027-1"),
                ("body", "Again."),
                ("effective_on", &today),
            ],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A briefing under the new version is hidden until the hero accepts it.
    let id = create_briefing(&app, admin, &[("audience", "all-heroes")], "10").await;
    let cookie = app.session(ana).await;
    assert_eq!(
        app.get_as(&format!("/briefings/{id}"), &cookie)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let nda_page = app.get_as("/account/nda", &cookie).await;
    assert!(
        nda_page.body.contains("<strong>everything</strong>"),
        "{}",
        nda_page.body
    );
    let v2 = briefings::current_nda(app.db(), Utc::now().date_naive())
        .await
        .unwrap()
        .unwrap();
    let unticked = app
        .post_form(
            "/account/nda",
            &[("version", &v2.id.to_string())],
            Some(&cookie),
        )
        .await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    let accepted = app
        .post_form(
            "/account/nda",
            &[("version", &v2.id.to_string()), ("accept", "on")],
            Some(&cookie),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get_as(&format!("/briefings/{id}"), &cookie)
            .await
            .status,
        StatusCode::OK
    );

    // Admins see who accepted, when and from where; the hero's export has it.
    let who = app
        .get_as(&format!("/admin/nda/{}", v2.id), &admin_cookie)
        .await;
    assert!(who.body.contains("ana@example.org"), "{}", who.body);
    let export = app.get_as("/account/export", &cookie).await.json();
    let versions: Vec<_> = export["nda_acceptances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["version"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(versions, ["2026-1", "2027-1"]);
    // Nobody else's export names the briefing (its organizer's audit trail does, as theirs).
    let member = app.account("member@example.org", &[], None).await;
    let member_export = app
        .get_as("/account/export", &app.session(member).await)
        .await;
    assert_eq!(member_export.status, StatusCode::OK);
    assert!(!member_export.body.contains("Serverless roadmap"));
    let hero_export = app.get_as("/account/export", &cookie).await.json();
    assert_eq!(
        hero_export["briefings"]["views"].as_array().unwrap().len(),
        1
    );
}

#[tokio::test]
async fn a_freed_seat_goes_to_the_first_waiting_hero_who_is_mailed() {
    let app = TestApp::new().await;
    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let (_, ana) = serverless_hero(&app, "Ana Souza", "ana@example.org", true).await;
    let (_, ben) = serverless_hero(&app, "Ben Okafor", "ben@example.org", true).await;
    let (_, cid) = serverless_hero(&app, "Cid Moreau", "cid@example.org", true).await;
    let id = create_briefing(
        &app,
        staff,
        &[
            ("audience", "specializations"),
            ("specializations", "serverless"),
        ],
        "1",
    )
    .await;
    let rsvp = format!("/briefings/{id}/rsvp");
    let (a, b, c) = (
        app.session(ana).await,
        app.session(ben).await,
        app.session(cid).await,
    );
    let seated = app.post_form(&rsvp, &[], Some(&a)).await;
    assert!(
        seated
            .header("location")
            .unwrap()
            .ends_with("notice=seated")
    );
    let waiting = app.post_form(&rsvp, &[], Some(&b)).await;
    assert!(
        waiting
            .header("location")
            .unwrap()
            .ends_with("notice=waitlisted")
    );
    app.post_form(&rsvp, &[], Some(&c)).await;
    let again = app.post_form(&rsvp, &[], Some(&a)).await;
    assert!(
        again
            .header("location")
            .unwrap()
            .ends_with("notice=already")
    );

    let cancelled = app
        .post_form(&format!("/briefings/{id}/cancel"), &[], Some(&a))
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    let answers = briefings::rsvps(app.db(), id).await.unwrap();
    let going: Vec<_> = answers
        .iter()
        .filter(|r| r.state.as_str() == "going")
        .map(|r| r.user_id)
        .collect();
    assert_eq!(going, [ben], "the first on the waitlist got the seat");
    let mail = app.last_mail_to("ben@example.org").await;
    assert!(
        mail.subject.contains("Serverless roadmap"),
        "{}",
        mail.subject
    );
    assert!(mail.body_text.contains(&format!("/briefings/{id}")));

    // The organizer sees the RSVPs, marks attendance; the access log lists the hero's views.
    app.get_as(&format!("/briefings/{id}/join"), &b).await;
    let manage = app
        .get_as(
            &format!("/briefings/{id}/manage"),
            &app.session(staff).await,
        )
        .await;
    assert!(manage.body.contains("ben@example.org"), "{}", manage.body);
    assert!(manage.body.contains("the join link"), "{}", manage.body);
    let marked = app
        .post_form(
            &format!("/briefings/{id}/attendance"),
            &[("present", &ben.to_string())],
            Some(&app.session(staff).await),
        )
        .await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER);
    let answers = briefings::rsvps(app.db(), id).await.unwrap();
    assert_eq!(
        answers.iter().find(|r| r.user_id == ben).unwrap().attended,
        Some(true)
    );

    // Attendance imported as CSV: the seated hero's address counts, others are reported.
    let imported = app
        .post_form(
            &format!("/briefings/{id}/attendance"),
            &[(
                "csv",
                "Name,Email\nBen,\"BEN@example.org\"\nStranger,who@example.org\n",
            )],
            Some(&app.session(staff).await),
        )
        .await;
    let back = imported.header("location").unwrap().to_owned();
    assert!(back.ends_with("unmatched=1"), "{back}");
    let page = app.get_as(&back, &app.session(staff).await).await;
    assert!(
        page.body
            .contains("One address in the file matched no seated hero"),
        "{}",
        page.body
    );
    let answers = briefings::rsvps(app.db(), id).await.unwrap();
    assert_eq!(
        answers.iter().find(|r| r.user_id == ben).unwrap().attended,
        Some(true)
    );
}

/// Eight heroes answer a briefing of three seats at the same moment: three seats, five on
/// the waitlist, never more.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_rsvps_never_exceed_the_capacity() {
    let app = TestApp::new().await;
    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let id = create_briefing(&app, staff, &[("audience", "all-heroes")], "3").await;
    let mut requests = Vec::new();
    for n in 0..8 {
        let (_, user) = serverless_hero(
            &app,
            &format!("Hero Number {n}"),
            &format!("hero{n}@example.org"),
            true,
        )
        .await;
        requests.push(
            Request::post(format!("/briefings/{id}/rsvp"))
                .header("cookie", app.session(user).await)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::empty())
                .unwrap(),
        );
    }
    for answer in app.at_once(requests).await {
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    }
    let answers = briefings::rsvps(app.db(), id).await.unwrap();
    let going = answers
        .iter()
        .filter(|r| r.state.as_str() == "going")
        .count();
    assert_eq!((going, answers.len()), (3, 8));
}

fn events(ics: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut parser = ical::IcalParser::new(ics.as_bytes());
    let calendar = parser.next().expect("a calendar").expect("it parses");
    calendar.events
}

fn property(event: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

#[tokio::test]
async fn the_ics_file_and_the_personal_feed_hold_only_what_their_owner_may_see() {
    let app = TestApp::new().await;
    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let (ana_slug, ana) = serverless_hero(&app, "Ana Souza", "ana@example.org", true).await;
    let id = create_briefing(
        &app,
        staff,
        &[
            ("audience", "specializations"),
            ("specializations", "serverless"),
        ],
        "5",
    )
    .await;
    let cookie = app.session(ana).await;
    let file = app
        .get_as(&format!("/briefings/{id}/briefing.ics"), &cookie)
        .await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(
        file.header("content-type")
            .unwrap()
            .starts_with("text/calendar")
    );
    let [event] = events(&file.body).try_into().unwrap();
    assert_eq!(property(&event, "SUMMARY"), "Serverless roadmap");
    assert!(property(&event, "DTSTART").ends_with('Z'));
    assert!(
        !file.body.contains("meet.example.com"),
        "the join link stays behind the log"
    );

    // The feed: made, read with no cookie, holding the briefing answered; revoked, gone.
    app.post_form(&format!("/briefings/{id}/rsvp"), &[], Some(&cookie))
        .await;
    let made = app
        .post_form("/briefings/calendar", &[], Some(&cookie))
        .await;
    assert_eq!(made.status, StatusCode::OK);
    let start = made
        .body
        .find("http://heroes.test/calendar/")
        .expect("the address is shown");
    let url = made.body[start + "http://heroes.test".len()..]
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    let feed = app.get(&url).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(events(&feed.body).len(), 1);
    set_status(app.db(), &ana_slug, "alumni").await;
    assert_eq!(
        events(&app.get(&url).await.body).len(),
        0,
        "an alumni's feed is empty"
    );
    set_status(app.db(), &ana_slug, "active").await;
    let revoked = app
        .post_form("/briefings/calendar/revoke", &[], Some(&cookie))
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get(&url).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn heroes_hear_of_new_briefings_once_a_day_and_are_reminded_the_day_before() {
    let app = TestApp::new().await;
    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let (_, ana) = serverless_hero(&app, "Ana Souza", "ana@example.org", true).await;
    let devtools = hero("Dev Tools")
        .awards(&[("devtools", 2020)])
        .create(&app)
        .await;
    let dev = app.account("dev@example.org", &[], Some(&devtools)).await;
    accept_current_nda(&app, dev).await;
    let serverless = [
        ("audience", "specializations"),
        ("specializations", "serverless"),
    ];
    create_briefing(&app, staff, &serverless, "5").await;
    create_briefing(&app, staff, &serverless, "5").await;
    run_jobs(app.db(), |_| {}).await;
    let digests = |to: &'static str| {
        let db = app.db().clone();
        async move {
            heroes_store::outbox::list(&db, 100, None)
                .await
                .unwrap()
                .into_iter()
                .filter(|m| m.to_address == to && m.subject.contains("new briefing"))
                .count()
        }
    };
    assert_eq!(
        digests("ana@example.org").await,
        1,
        "two briefings, one mail"
    );
    assert_eq!(
        digests("dev@example.org").await,
        0,
        "not in their specialization"
    );
    create_briefing(&app, staff, &serverless, "5").await;
    run_jobs(app.db(), |_| {}).await;
    assert_eq!(digests("ana@example.org").await, 1, "at most one a day");
    let _ = ana;

    // A briefing tomorrow: its seated hero is reminded once.
    let id = create_briefing(&app, staff, &serverless, "5").await;
    let soon = Utc::now() + Duration::hours(20);
    on_pool!(app.db(), |pool| sqlx::query(
        "UPDATE briefings SET starts_at = $1 WHERE id = $2"
    )
    .bind(soon)
    .bind(id)
    .execute(pool)
    .await
    .map(drop))
    .unwrap();
    app.post_form(
        &format!("/briefings/{id}/rsvp"),
        &[],
        Some(&app.session(ana).await),
    )
    .await;
    heroes_store::jobs::schedule(app.db(), "briefing-reminders", "due", Utc::now())
        .await
        .unwrap();
    run_jobs(app.db(), |_| {}).await;
    heroes_store::jobs::schedule(app.db(), "briefing-reminders", "due", Utc::now())
        .await
        .unwrap();
    run_jobs(app.db(), |_| {}).await;
    let reminders = heroes_store::outbox::list(app.db(), 100, None)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to_address == "ana@example.org" && m.subject.starts_with("Tomorrow"))
        .count();
    assert_eq!(reminders, 1);
}

#[tokio::test]
async fn the_api_lists_a_heroes_briefings_and_nobody_elses() {
    let app = TestApp::new().await;
    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let (_, ana) = serverless_hero(&app, "Ana Souza", "ana@example.org", true).await;
    let devtools = hero("Dev Tools")
        .awards(&[("devtools", 2020)])
        .create(&app)
        .await;
    let dev = app.account("dev@example.org", &[], Some(&devtools)).await;
    accept_current_nda(&app, dev).await;
    let id = create_briefing(
        &app,
        staff,
        &[
            ("audience", "specializations"),
            ("specializations", "serverless"),
        ],
        "5",
    )
    .await;
    let token = app.token(ana, TokenScope::Read).await;
    let mine = app
        .get_with(
            "/api/v1/me/briefings",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(mine.status, StatusCode::OK, "{}", mine.body);
    let list = mine.json();
    assert_eq!(list[0]["id"], id);
    assert!(!mine.body.contains("meet.example.com"));
    let token = app.token(dev, TokenScope::Read).await;
    let theirs = app
        .get_with(
            "/api/v1/me/briefings",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(theirs.json().as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn the_form_names_every_wrong_field_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let cookie = app.session(staff).await;
    let bad = app
        .post_form(
            "/briefings",
            &[
                ("title", "Kept title"),
                ("audience", "named"),
                ("heroes", "nobody-at-all"),
                ("nda_version", "1"),
                ("starts_at", "2030-03-31T02:30"),
                ("time_zone", "Europe/Berlin"),
                ("minutes", "60"),
                ("venue", "Room 1"),
                ("capacity", "10"),
                ("summary", "Short."),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"Kept title\""));
    assert!(
        bad.body.contains("starts_at-error"),
        "the skipped hour is refused"
    );
    assert!(briefings::all(app.db()).await.unwrap().is_empty());
    // An unknown hero is named at its field and nothing is stored.
    let unknown = app
        .post_form(
            "/briefings",
            &[
                ("title", "Kept title"),
                ("audience", "named"),
                ("heroes", "nobody-at-all"),
                ("nda_version", "1"),
                ("starts_at", "2030-03-30T10:30"),
                ("time_zone", "Europe/Berlin"),
                ("minutes", "60"),
                ("venue", "Room 1"),
                ("capacity", "10"),
                ("summary", "Short."),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.body
    );
    assert!(unknown.body.contains("heroes-error"));
    assert!(briefings::all(app.db()).await.unwrap().is_empty());
}

#[tokio::test]
async fn the_demo_has_nda_versions_and_briefings_with_rsvps() {
    let app = TestApp::new().await;
    heroes_server::demo::generate(
        app.db(),
        heroes_server::demo::DemoSize {
            heroes: 120,
            contributions: 200,
            candidacies: 0,
            seed: 7,
        },
        false,
    )
    .await
    .unwrap();
    assert_eq!(briefings::nda_versions(app.db()).await.unwrap().len(), 2);
    let all = briefings::all(app.db()).await.unwrap();
    assert_eq!(all.len(), 5);
    let now = Utc::now();
    assert!(all.iter().any(|b| b.starts_at < now) && all.iter().any(|b| b.starts_at > now));
    let full = all.iter().find(|b| b.capacity == 4).unwrap();
    assert_eq!(
        (full.going, full.waiting),
        (4, 1),
        "a full briefing with a waitlist"
    );
    // Briefings name their product area and carry a file.
    assert!(
        all.iter()
            .any(|b| b.area_slug.as_deref() == Some("functions"))
    );
    for b in &all {
        let files = briefings::files(app.db(), b.id).await.unwrap();
        assert_eq!(files.len(), 1, "{}", b.title);
        assert_eq!(files[0].content_type, "text/plain; charset=utf-8");
    }
}
