//! The accepted candidate's hero record (issue 12): created at onboarding, completed by the
//! candidate before announcement day, seen by nobody else until the announcement makes it
//! public everywhere at once.

use crate::fixtures::{Program, today};
use crate::helpers::{TestApp, TestResponse, hero};
use chrono::{Days, NaiveDate};

async fn post(app: &TestApp, path: &str, fields: &[(&str, &str)], cookie: &str) -> TestResponse {
    app.post_form(path, fields, Some(cookie)).await
}

/// Who takes part: the admin, a member, the candidate (accepted and onboarded, to be
/// announced on `announce_on`) and the candidacy's id.
struct Setup {
    admin: String,
    member: String,
    nina: String,
    candidacy: i64,
    announce_on: NaiveDate,
}

const BIO: &str = "I write about **cold starts** in Lisbon.";
const WORK: &str = "Cold starts measured on twelve runtimes";

/// Nina is nominated, answers, is accepted for a date a month away and onboards.
async fn onboarded(app: &TestApp) -> Setup {
    let program = Program::new(app).await;
    let member = app.signed_in("mo@example.org", &[], None).await;
    program.cycle("Now").closes_in(20).open().await;
    let candidacy = program
        .nomination(&member, "nina@example.org")
        .submit()
        .await;
    let nina = app.signed_in("nina@example.org", &[], None).await;
    let profile = [
        ("display_name", "Nina Petrova"),
        ("headline", "Serverless at Acme"),
        ("country", "PT"),
        ("city", "Lisbon"),
    ];
    candidacy.accepted(&nina, &profile).await;
    let announce_on = today() + Days::new(30);
    candidacy.accept_for(announce_on).await;
    candidacy.onboard(&nina, &profile).await;
    let admin = program.admin.clone();
    let candidacy = candidacy.id;
    Setup {
        admin,
        member,
        nina,
        candidacy,
        announce_on,
    }
}

/// Everything public a visitor could find Nina by: each answer must not name her.
async fn public_answers(app: &TestApp, cookie: Option<&str>) -> Vec<(String, TestResponse)> {
    let mut answers = Vec::new();
    for path in [
        "/",
        "/heroes",
        "/heroes?q=Petrova",
        "/heroes?q=cold+starts",
        "/heroes?specialization=serverless",
        "/contributions",
        "/specializations/serverless",
        "/specializations/serverless/feed.atom",
        "/feeds/contributions.atom",
        "/feeds/contributions.json",
        "/sitemap.xml",
        "/api/v1/heroes",
        "/api/v1/heroes?q=Petrova",
        "/api/v1/contributions",
    ] {
        let response = match cookie {
            Some(c) => app.get_as(path, c).await,
            None => app.get(path).await,
        };
        answers.push((path.to_owned(), response));
    }
    answers
}

#[tokio::test]
async fn a_candidate_completes_their_profile_seen_by_nobody_until_announced() {
    let app = TestApp::new().await;
    // A public hero of the same specialization, so every list has something in it.
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2020)])
        .create(&app)
        .await;
    let s = onboarded(&app).await;
    // Written as the reader's language writes a day ("Dec 30, 2026" in English).
    let date = heroes_server::i18n::I18n::default().date(s.announce_on);

    // Her account says when her profile goes public and what is missing.
    let account = app.get_as("/account", &s.nina).await;
    assert_eq!(account.status, 200);
    assert!(
        account
            .body
            .contains(&format!("Your profile goes public on {date}")),
        "{}",
        account.body
    );
    assert!(account.body.contains("a photo"));
    assert!(account.body.contains("Accepted candidate"));

    // She edits her profile and adds a contribution: 200/303, not 403.
    let editor = app.get_as("/account/profile", &s.nina).await;
    assert_eq!(editor.status, 200, "{}", editor.body);
    assert!(
        editor
            .body
            .contains(&format!("Your profile goes public on {date}"))
    );
    let saved = post(
        &app,
        "/account/profile",
        &[
            ("display_name", "Nina Petrova"),
            ("headline", "Serverless at Acme"),
            ("company", "Acme"),
            ("city", "Lisbon"),
            ("country", "PT"),
            ("photo_url", ""),
            ("bio", BIO),
            ("languages", "pt, en"),
            ("timezone", "Europe/Lisbon"),
            ("links.github", "https://github.com/ninapetrova"),
        ],
        &s.nina,
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        app.get_as("/account/contributions/new", &s.nina)
            .await
            .status,
        200
    );
    let added = post(
        &app,
        "/account/contributions",
        &[
            ("kind", "blog-post"),
            ("title", WORK),
            ("url", "https://nina.example.org/cold-starts"),
            ("date", "2026-09-14"),
            ("specialization", "serverless"),
            ("tags", "serverless"),
            ("description", ""),
            ("views", "1200"),
        ],
        &s.nina,
    )
    .await;
    assert_eq!(added.status, 303, "{}", added.body);
    assert!(
        app.get_as("/account/contributions", &s.nina)
            .await
            .body
            .contains(WORK)
    );
    assert_eq!(app.get_as("/account/sources", &s.nina).await.status, 200);
    assert_eq!(app.get_as("/account/renewal", &s.nina).await.status, 200);
    // A candidate has none of a hero's benefits yet.
    assert_eq!(app.get_as("/account/credits", &s.nina).await.status, 403);
    let banner = app.get_as("/account", &s.nina).await.body;
    // ...and /account offers no link that would answer 403.
    for dead_end in ["href=\"/account/credits\"", "href=\"/account/promotion\""] {
        assert!(!banner.contains(dead_end), "{dead_end}");
    }
    assert!(!banner.contains("a bio that says"), "the bio is in");
    assert!(
        !banner.contains("your contributions of the last"),
        "one is logged"
    );

    // She previews her page, marked as such and kept out of caches and search engines.
    let preview = app.get_as("/heroes/nina-petrova", &s.nina).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.body.contains("<strong>cold starts</strong>"));
    assert!(preview.body.contains(WORK));
    assert!(preview.body.contains("this page is not public yet"));
    assert!(
        preview
            .body
            .contains(r#"<meta name="robots" content="noindex">"#)
    );
    assert_eq!(
        preview.header("cache-control"),
        Some("private, no-store"),
        "a preview is never stored"
    );

    // Nobody else sees anything of her: visitors, members, the API, feeds, counts.
    for cookie in [None, Some(s.member.as_str())] {
        assert_eq!(
            match cookie {
                Some(c) => app.get_as("/heroes/nina-petrova", c).await.status,
                None => app.get("/heroes/nina-petrova").await.status,
            },
            404
        );
        for (path, answer) in public_answers(&app, cookie).await {
            assert!(
                answer.status == 200 || answer.status == 404,
                "{path}: {}",
                answer.status
            );
            assert!(!answer.body.contains("Nina Petrova"), "{path} names her");
            assert!(!answer.body.contains("nina-petrova"), "{path} links her");
            assert!(!answer.body.contains(WORK), "{path} shows her work");
        }
    }
    for path in [
        "/heroes/nina-petrova/feed.atom",
        "/heroes/nina-petrova/feed.json",
        "/api/v1/heroes/nina-petrova",
        "/heroes/nina-petrova/photo.jpg",
        "/heroes/nina-petrova/card.png",
    ] {
        assert_eq!(app.get(path).await.status, 404, "{path}");
    }
    let specs = app.get("/api/v1/specializations").await.json();
    assert_eq!(specs["specializations"][1]["slug"], "serverless");
    assert_eq!(specs["specializations"][1]["hero_count"], 1, "Ana alone");
    let stream = app.get("/api/v1/contributions").await.json();
    assert_eq!(stream["total"], 0, "her contribution is not counted either");
    assert_eq!(app.get("/api/v1/heroes?q=Petrova").await.json()["total"], 0);
    // Admins see her file with the record marked as prepared, not public.
    let file = app
        .get_as(&format!("/admin/candidacies/{}", s.candidacy), &s.admin)
        .await;
    assert!(
        file.body
            .contains("Hero record prepared (not public until announced)"),
        "{}",
        file.body
    );

    // The admin announces her today: everything she prepared is public at once.
    let now = post(
        &app,
        &format!("/admin/candidacies/{}/announcement", s.candidacy),
        &[("now", "1")],
        &s.admin,
    )
    .await;
    assert_eq!(now.status, 303, "{}", now.body);
    let profile = app.get("/heroes/nina-petrova").await;
    assert_eq!(profile.status, 200);
    assert!(profile.body.contains("<strong>cold starts</strong>"));
    assert!(profile.body.contains(WORK));
    assert!(!profile.body.contains("this page is not public yet"));
    for (path, expect) in [
        ("/heroes", "Nina Petrova"),
        ("/heroes?q=Petrova", "Nina Petrova"),
        ("/contributions", WORK),
        ("/feeds/contributions.atom", WORK),
        ("/sitemap.xml", "/heroes/nina-petrova"),
        ("/heroes/nina-petrova/feed.atom", WORK),
        ("/specializations/serverless", "Nina Petrova"),
    ] {
        let answer = app.get(path).await;
        assert!(answer.body.contains(expect), "{path}: {}", answer.body);
    }
    assert_eq!(app.get("/api/v1/heroes?q=Petrova").await.json()["total"], 1);
    assert_eq!(app.get("/api/v1/contributions").await.json()["total"], 1);
    let specs = app.get("/api/v1/specializations").await.json();
    assert_eq!(specs["specializations"][1]["hero_count"], 2);
    // She is a hero now: the banner is gone and her benefits begin.
    let account = app.get_as("/account", &s.nina).await.body;
    assert!(!account.contains("Your profile goes public"));
    assert!(account.contains("href=\"/account/credits\""));
    assert!(account.contains("href=\"/account/promotion\""));
    assert_eq!(app.get_as("/account/credits", &s.nina).await.status, 200);
    // The dashboards' rollups agree with a direct count after the announcement too.
    assert!(
        heroes_store::dashboards::rollup_differences(app.db())
            .await
            .unwrap()
            .is_empty()
    );
    let _ = ana;
}

#[tokio::test]
async fn the_announcement_job_publishes_a_prepared_record_once() {
    let app = TestApp::new().await;
    let s = onboarded(&app).await;
    post(
        &app,
        "/account/contributions",
        &[
            ("kind", "blog-post"),
            ("title", WORK),
            ("url", "https://nina.example.org/cold-starts"),
            ("date", "2026-09-14"),
            ("specialization", "serverless"),
            ("tags", ""),
            ("description", ""),
        ],
        &s.nina,
    )
    .await;
    // Before the day the job does nothing.
    let early = heroes_store::selection::steps::announce_due(
        app.db(),
        s.announce_on - Days::new(1),
        |_, _| Vec::new(),
    )
    .await
    .unwrap();
    assert!(early.is_empty());
    assert_eq!(app.get("/heroes/nina-petrova").await.status, 404);
    // On the day it announces her, with the record she prepared (one record, not two).
    let due =
        heroes_store::selection::steps::announce_due(app.db(), s.announce_on, |_, _| Vec::new())
            .await
            .unwrap();
    assert_eq!(due, vec![s.candidacy]);
    let again =
        heroes_store::selection::steps::announce_due(app.db(), s.announce_on, |_, _| Vec::new())
            .await
            .unwrap();
    assert!(again.is_empty(), "announced once");
    let api = app.get("/api/v1/heroes/nina-petrova").await;
    assert_eq!(api.status, 200, "{}", api.body);
    let json = api.json();
    assert_eq!(json["status"], "active");
    assert_eq!(
        json["hero_since"],
        serde_json::json!(i64::from(chrono::Datelike::year(&s.announce_on)))
    );
    let listed = app.get("/api/v1/heroes?q=Petrova").await.json();
    assert_eq!(listed["total"], 1, "one hero record");
    assert!(app.get("/contributions").await.body.contains(WORK));
    assert!(
        heroes_store::dashboards::rollup_differences(app.db())
            .await
            .unwrap()
            .is_empty()
    );
    let _ = s.member;
}
