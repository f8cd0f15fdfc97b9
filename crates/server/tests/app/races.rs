//! Requests that arrive at the same moment: "create or join" and claims decided by whoever
//! comes first, on both backends. Each test fires its requests from tasks on several threads
//! released together by a barrier, then checks the state they leave behind.

use crate::fixtures::{NINA, Program, form as pairs, nomination_fields, queue};
use crate::helpers::{TestApp, form_request, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use chrono::{Days, NaiveDate, Utc};
use heroes_domain::account::Role;
use heroes_store::accounts::{self, Actor};
use heroes_store::capture::{self, Found};
use heroes_store::selection;
use std::sync::Arc;
use tokio::sync::Barrier;

/// A form POST with a session cookie.
fn post(path: &str, fields: &[(&str, &str)], cookie: &str) -> Request<Body> {
    form_request(path, fields, Some(cookie))
}

/// A signed-in member, made without hashing a password (sessions are made directly), so that
/// sixty of them cost nothing.
async fn member(app: &TestApp, email: &str) -> String {
    let id = app.quick_account(email).await;
    app.session(id).await
}

/// The program team with a selection cycle open since yesterday for serverless and
/// container, with `limit` nominations per member.
async fn open_cycle(app: &TestApp, limit: u32) -> Program<'_> {
    let program = Program::new(app).await;
    program
        .cycle("2027 selection")
        .opened_days_ago(1)
        .limit(limit)
        .open()
        .await;
    program
}

/// Nina's nomination as a form, under `name` and `email`, with her blog as a link.
fn nomination(name: &str, email: &str) -> Vec<(&'static str, String)> {
    let mut fields = nomination_fields(email);
    fields[1].1 = name.to_owned();
    fields[3].1 = "https://nina.dev".to_owned();
    fields
}

/// Every candidacy of the first cycle, with how many members nominated each.
async fn candidacies(app: &TestApp) -> Vec<(i64, i64)> {
    queue(app)
        .await
        .iter()
        .map(|r| (r.id, r.nominators))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixty_members_nominating_one_person_at_once_make_one_candidacy() {
    let app = TestApp::new().await;
    open_cycle(&app, 2).await;
    let mut requests = Vec::new();
    for n in 0..60 {
        let cookie = member(&app, &format!("member{n}@example.org")).await;
        requests.push(post(
            "/nominate",
            &pairs(&nomination("Nina Petrova", "nina@example.org")),
            &cookie,
        ));
    }
    let answers = app.at_once(requests).await;
    for answer in &answers {
        assert_eq!(
            answer.header("location"),
            Some("/account/nominations?notice=nominated"),
            "{} {}",
            answer.status,
            answer.body
        );
    }
    let all = candidacies(&app).await;
    assert_eq!(all.len(), 1, "one person, one candidacy: {all:?}");
    assert_eq!(all[0].1, 60, "every member's nomination counts");
    let mails = heroes_store::outbox::list(app.db(), 500, None)
        .await
        .unwrap();
    assert_eq!(
        mails
            .iter()
            .filter(|m| m.to_address == "nina@example.org")
            .count(),
        1,
        "the nominee hears of it once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_member_submitting_ten_times_at_once_nominates_once() {
    let app = TestApp::new().await;
    open_cycle(&app, 2).await;
    let cookie = member(&app, "mo@example.org").await;
    let requests = (0..10)
        .map(|_| {
            post(
                "/nominate",
                &pairs(&nomination("Nina Petrova", "nina@example.org")),
                &cookie,
            )
        })
        .collect();
    let answers = app.at_once(requests).await;
    let mut locations: Vec<&str> = answers
        .iter()
        .map(|a| {
            assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
            a.header("location").unwrap()
        })
        .collect();
    locations.sort_unstable();
    // The first is recorded; the others are the double submits they are, answered as such.
    assert_eq!(locations[0], "/account/nominations?notice=already");
    assert_eq!(
        locations
            .iter()
            .filter(|l| **l == "/account/nominations?notice=nominated")
            .count(),
        1,
        "{locations:?}"
    );
    assert_eq!(candidacies(&app).await, vec![(1, 1)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_member_nominating_many_people_at_once_stays_within_the_limit() {
    let app = TestApp::new().await;
    open_cycle(&app, 2).await;
    let cookie = member(&app, "mo@example.org").await;
    let people: Vec<(String, String)> = (0..6)
        .map(|n| (format!("Person {n}"), format!("person{n}@example.org")))
        .collect();
    let requests = people
        .iter()
        .enumerate()
        .map(|(n, (name, email))| {
            let mut form = nomination(name, email);
            // Different people, in both specializations (the limit counts across them).
            form[0].1 = if n % 2 == 0 {
                "serverless"
            } else {
                "container"
            }
            .to_owned();
            form[3].1 = String::new();
            post("/nominate", &pairs(&form), &cookie)
        })
        .collect();
    let answers = app.at_once(requests).await;
    let nominated = answers
        .iter()
        .filter(|a| a.header("location") == Some("/account/nominations?notice=nominated"))
        .count();
    let refused = answers
        .iter()
        .filter(|a| a.status == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    assert_eq!((nominated, refused), (2, 4), "{answers:?}");
    assert_eq!(candidacies(&app).await.len(), 2);
}

/// A waiting suggestion for the hero, as a poll would offer it.
async fn suggestion(app: &TestApp, hero_id: i64, source: i64, n: usize) -> i64 {
    let url = format!("https://blog.example.com/post-{n}");
    let found = Found {
        canonical: url.trim_start_matches("https://").to_owned(),
        url: url.clone(),
        kind: "blog-post".to_owned(),
        title: format!("Cold starts, part {n}"),
        published_on: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap() + Days::new(n as u64),
        description: String::new(),
        stars: None,
        canonical_link: None,
    };
    assert!(
        capture::offer(app.db(), hero_id, source, &found)
            .await
            .unwrap()
    );
    capture::waiting(app.db(), hero_id)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.url == url)
        .unwrap()
        .id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn claiming_and_declining_one_suggestion_at_once_leaves_one_decision() {
    let app = TestApp::new().await;
    let slug = hero("Wim Dekker").create(&app).await;
    let hero_id = app.hero_id(&slug).await;
    let cookie = app
        .session(app.account("wim@example.org", &[], Some(&slug)).await)
        .await;
    let source = capture::add_source(
        app.db(),
        hero_id,
        heroes_domain::capture::SourceKind::Feed,
        "https://blog.example.com/feed",
        false,
    )
    .await
    .unwrap();
    for trial in 0..8 {
        let id = suggestion(&app, hero_id, source, trial).await;
        let mut requests = vec![
            post(&format!("/account/suggestions/{id}/claim"), &[], &cookie),
            post(&format!("/account/suggestions/{id}/decline"), &[], &cookie),
        ];
        if trial % 2 == 1 {
            requests.reverse();
        }
        let answers = app.at_once(requests).await;
        let mut locations: Vec<&str> = answers
            .iter()
            .map(|a| {
                assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
                a.header("location").unwrap()
            })
            .collect();
        locations.sort_unstable();
        let state = capture::suggestion(app.db(), hero_id, id)
            .await
            .unwrap()
            .unwrap()
            .state;
        let logged = heroes_store::contributions::all_of_hero(app.db(), hero_id)
            .await
            .unwrap()
            .iter()
            .any(|c| c.url == format!("https://blog.example.com/post-{trial}"));
        // One decision stands, the other request is told what became of the item.
        match state.as_str() {
            "claimed" => {
                assert!(logged, "trial {trial}: claimed, so logged");
                assert_eq!(
                    locations,
                    [
                        "/account/suggestions?notice=claimed",
                        "/account/suggestions?notice=was-claimed"
                    ],
                    "trial {trial}"
                );
            }
            "declined" => {
                assert!(!logged, "trial {trial}: declined, so not logged");
                assert_eq!(
                    locations,
                    [
                        "/account/suggestions?notice=declined",
                        "/account/suggestions?notice=was-declined"
                    ],
                    "trial {trial}"
                );
            }
            other => panic!("trial {trial}: the suggestion is {other}"),
        }
    }
    let page = app
        .get_as("/account/suggestions?notice=was-declined", &cookie)
        .await;
    assert!(
        page.body.contains("already declined"),
        "the loser is told: {}",
        page.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn profile_saves_racing_a_renewal_decision_never_undo_it() {
    let app = TestApp::new().await;
    let program = Program::new(&app).await;
    let admin = &program.admin;
    let slug = hero("Ana Souza")
        .awards(&[("serverless", 2020)])
        .create(&app)
        .await;
    let ana = app.signed_in("ana@example.org", &[], Some(&slug)).await;
    program.renewal("Renewal 2027").open().await;
    let profile = [
        ("display_name", "Ana Souza"),
        ("headline", "Serverless at scale"),
        ("company", "Nimbus Labs"),
        ("city", "Recife"),
        ("country", "BR"),
        ("bio", "I build event-driven systems."),
        ("languages", "pt-BR, en"),
        ("timezone", "America/Recife"),
    ];
    for trial in 0..6 {
        // Alternately to the alumni and back: each decision changes the status.
        let (decision, status) = if trial % 2 == 0 {
            ("alumni", "alumni")
        } else {
            ("renew", "active")
        };
        let mut requests: Vec<Request<Body>> = (0..6)
            .map(|_| post("/account/profile", &profile, &ana))
            .collect();
        requests.insert(
            3,
            post(
                &format!("/admin/renewals/{slug}"),
                &[("decision", decision), ("confirm", "yes")],
                admin,
            ),
        );
        let answers = app.at_once(requests).await;
        assert_eq!(
            answers[3].status,
            StatusCode::SEE_OTHER,
            "{}",
            answers[3].body
        );
        for answer in &answers {
            assert!(answer.status.as_u16() < 500, "{}", answer.body);
        }
        let detail = heroes_store::heroes::get(app.db(), &slug).await.unwrap();
        assert_eq!(
            detail.card.status, status,
            "trial {trial}: the decision stands"
        );
        assert_eq!(detail.card.awards.len(), 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn reviewers_scoring_at_once_all_count_and_a_conflict_wins_over_a_score() {
    let app = TestApp::new().await;
    let program = open_cycle(&app, 2).await;
    let admin = &program.admin;
    let mo = member(&app, "mo@example.org").await;
    let candidacy = program
        .nomination(&mo, "nina@example.org")
        .links("https://nina.dev")
        .submit()
        .await;
    let nina = member(&app, "nina@example.org").await;
    candidacy.accepted(&nina, &NINA).await;
    let mut reviewers = Vec::new();
    for n in 0..7 {
        let id = app.quick_account(&format!("reviewer{n}@example.org")).await;
        accounts::grant(app.db(), id, Role::Reviewer, &Actor::cli())
            .await
            .unwrap();
        let assigned = candidacy.assign(id).await;
        assert_eq!(assigned.status, StatusCode::SEE_OTHER, "{}", assigned.body);
        reviewers.push(app.session(id).await);
    }
    // Four rounds: the reviewers score at once, each round with another impact. In the first
    // round the seventh reviewer also scores and declares a conflict at the same moment.
    for round in 0..4 {
        let impact = (5 - round).to_string();
        let scores = [
            ("score.impact", impact.as_str()),
            ("score.consistency", "4"),
            ("score.depth", "4"),
            ("score.community-leadership", "3"),
            ("comment", "strong"),
        ];
        let scoring = if round == 0 { 7 } else { 6 };
        let mut requests: Vec<Request<Body>> = reviewers[..scoring]
            .iter()
            .map(|cookie| post("/review/1", &scores, cookie))
            .collect();
        if round == 0 {
            requests.push(post(
                "/review/1/conflict",
                &[("reason", "works in my team")],
                &reviewers[6],
            ));
        }
        let answers = app.at_once(requests).await;
        for answer in &answers[..6] {
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        }
        for answer in &answers[6..] {
            assert!(answer.status.as_u16() < 500, "{}", answer.body);
        }
        let candidacy = selection::candidacy(app.db(), 1).await.unwrap().unwrap();
        assert_eq!(
            candidacy.review_count, 6,
            "round {round}: every score counts, the conflicted reviewer's never"
        );
        let reviews = selection::reviews::reviews(app.db(), 1).await.unwrap();
        assert_eq!(reviews.len(), 6, "round {round}");
        assert_eq!(
            (candidacy.score, candidacy.spread),
            (Some(reviews[0].weighted), Some(0)),
            "round {round}: the score is this round's, from all six"
        );
    }
    let file = app.get_as("/admin/candidacies/1", admin).await;
    assert!(
        file.body.contains("(spread 0.00) from 6 reviews"),
        "{}",
        file.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_reviewer_assigned_to_a_specialization_reaches_candidacies_nominated_meanwhile() {
    let app = TestApp::new().await;
    let program = open_cycle(&app, 2).await;
    let admin = &program.admin;
    let reviewer = app.quick_account("rita@example.org").await;
    accounts::grant(app.db(), reviewer, Role::Reviewer, &Actor::cli())
        .await
        .unwrap();
    let reviewer = reviewer.to_string();
    let people: Vec<(String, String)> = (0..8)
        .map(|n| (format!("Person {n}"), format!("person{n}@example.org")))
        .collect();
    let mut requests = Vec::new();
    for (n, (name, email)) in people.iter().enumerate() {
        let cookie = member(&app, &format!("member{n}@example.org")).await;
        let mut form = nomination(name, email);
        form[3].1 = String::new();
        requests.push(post("/nominate", &pairs(&form), &cookie));
    }
    requests.insert(
        4,
        post(
            "/admin/candidacies/assign",
            &[
                ("scope", "specialization"),
                ("cycle", "1"),
                ("specialization", "serverless"),
                ("reviewer", &reviewer),
            ],
            admin,
        ),
    );
    let answers = app.at_once(requests).await;
    for answer in &answers {
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    }
    let all = candidacies(&app).await;
    assert_eq!(all.len(), 8);
    for (id, _) in all {
        let assigned = selection::reviews::assignments(app.db(), id).await.unwrap();
        assert_eq!(
            assigned.len(),
            1,
            "candidacy {id} has the specialization's reviewer"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_feed_read_by_four_runs_at_once_attaches_its_items_once() {
    let app = TestApp::new().await;
    let program = open_cycle(&app, 2).await;
    let mo = member(&app, "mo@example.org").await;
    program
        .nomination(&mo, "nina@example.org")
        .links("https://nina.dev")
        .submit()
        .await;
    let today = Utc::now().date_naive();
    let items: Vec<Found> = (0..5)
        .map(|n| Found {
            url: format!("https://nina.dev/posts/{n}"),
            canonical: format!("nina.dev/posts/{n}"),
            kind: "blog-post".to_owned(),
            title: format!("Post {n}"),
            published_on: today - Days::new(10 + n),
            description: String::new(),
            stars: None,
            canonical_link: None,
        })
        .collect();
    let items = Arc::new(items);
    let barrier = Arc::new(Barrier::new(4));
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let (db, items, barrier) = (app.db().clone(), items.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                selection::attach_found(&db, 1, &items, today)
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut added = 0;
    for run in runs {
        added += run.await.unwrap();
    }
    assert_eq!(added, 5, "the runs together added each item once");
    assert_eq!(selection::evidence(app.db(), 1).await.unwrap().len(), 5);
}
