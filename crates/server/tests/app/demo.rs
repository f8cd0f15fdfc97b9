//! The demo program is realistic and deterministic.

use crate::helpers::TestApp;
use heroes_server::demo::{self, DemoSize};
use heroes_store::heroes::{self, DirectoryQuery, StatusFilter};
use std::collections::BTreeSet;

#[tokio::test]
async fn demo_program_is_big_varied_and_everywhere() {
    let app = TestApp::new().await;
    let report = demo::generate(app.db(), DemoSize::default(), false)
        .await
        .unwrap();
    assert_eq!(report.heroes, 320);
    assert!(report.countries >= 40, "{report}");
    assert_eq!(report.contributions, 6_000);

    let all = heroes::directory(
        app.db(),
        &DirectoryQuery {
            status: StatusFilter::All,
            limit: 1_000,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(all.total, 320);
    let regions: BTreeSet<_> = all.heroes.iter().map(|h| h.region.as_str()).collect();
    assert_eq!(regions.len(), 3);
    let specs: BTreeSet<_> = all
        .heroes
        .iter()
        .flat_map(|h| h.awards.iter().map(|a| a.slug.as_str()))
        .collect();
    assert_eq!(specs.len(), 7);
    assert!(
        all.heroes.iter().any(|h| h.awards.len() == 2),
        "nobody holds two specializations"
    );
    let alumni = all.heroes.iter().filter(|h| h.status == "alumni").count();
    assert!((16..=64).contains(&alumni), "{alumni} alumni of 320");
    let years: BTreeSet<_> = all.heroes.iter().map(|h| h.hero_since).collect();
    assert_eq!(*years.first().unwrap(), 2014);
    assert!(
        all.heroes.iter().any(|h| !h.display_name.is_ascii()),
        "only ASCII names"
    );
    // Every continent: a few countries that only a worldwide program has.
    let countries: BTreeSet<_> = all.heroes.iter().map(|h| h.country.as_str()).collect();
    for c in ["BR", "NG", "JP", "AU", "DE", "US"] {
        assert!(countries.contains(c), "no hero in {c}");
    }
}

#[tokio::test]
async fn the_same_seed_gives_the_same_program() {
    let size = DemoSize {
        heroes: 40,
        contributions: 200,
        candidacies: 0,
        seed: 7,
    };
    let (a, b) = (TestApp::new().await, TestApp::new().await);
    demo::generate(a.db(), size, false).await.unwrap();
    demo::generate(b.db(), size, false).await.unwrap();
    let names = |page: heroes::DirectoryPage| {
        page.heroes
            .into_iter()
            .map(|h| (h.slug, h.display_name, h.headline))
            .collect::<Vec<_>>()
    };
    let q = DirectoryQuery {
        status: StatusFilter::All,
        limit: 100,
        ..Default::default()
    };
    assert_eq!(
        names(heroes::directory(a.db(), &q).await.unwrap()),
        names(heroes::directory(b.db(), &q).await.unwrap())
    );
}

#[tokio::test]
async fn serve_demo_leaves_a_populated_database_alone() {
    let app = TestApp::new().await;
    crate::helpers::hero("Existing Hero").create(&app).await;
    demo::fill_if_empty(app.db(), DemoSize::default(), "http://heroes.test")
        .await
        .unwrap();
    let counts = heroes::count_by_status(app.db()).await.unwrap();
    assert_eq!(counts.iter().map(|(_, n)| n).sum::<i64>(), 1);
}

#[tokio::test]
async fn demo_fills_the_selection_pipeline_with_merged_nominations() {
    use heroes_domain::selection::cycle::CycleKind;
    use heroes_domain::selection::rubric::Rubric;
    use heroes_store::selection::{cycles, queue};

    let app = TestApp::new().await;
    let size = DemoSize {
        heroes: 40,
        contributions: 400,
        candidacies: 30,
        seed: 7,
    };
    let report = demo::generate(app.db(), size, false).await.unwrap();
    assert_eq!(report.candidacies, 30, "{report}");
    assert!(report.nominations > report.candidacies, "{report}");
    assert!(report.reviews > 0, "{report}");

    let today = chrono::Utc::now().date_naive();
    let open = cycles::current(app.db(), CycleKind::Selection, today)
        .await
        .unwrap()
        .expect("an open selection cycle");
    assert_eq!(open.nomination_limit, 3);
    assert!(!open.blind);
    assert_eq!(open.rubric, Some(Rubric::standard()));
    assert_eq!(open.specializations.len(), 7);
    assert!(
        cycles::next(app.db(), CycleKind::Renewal, today)
            .await
            .unwrap()
            .is_some(),
        "no upcoming renewal cycle"
    );
    let all = cycles::list(app.db()).await.unwrap();
    let closed = all
        .iter()
        .find(|c| c.kind == CycleKind::Selection && c.window.closes_on < today)
        .expect("a closed selection cycle");

    let page = |cycle_id| queue::QueueQuery {
        cycle_id,
        per_page: 500,
        ..Default::default()
    };
    let (rows, total) = queue::queue(app.db(), &page(open.id)).await.unwrap();
    let (past, past_total) = queue::queue(app.db(), &page(closed.id)).await.unwrap();
    assert_eq!(total + past_total, 30);
    assert!(past_total > 0);
    // Several members nominated the same person: one candidacy lists them all (the third
    // typed another address, and the shared profile link found the candidacy).
    assert!(rows.iter().any(|r| r.nominators == 2));
    assert!(rows.iter().any(|r| r.nominators == 3));
    let states: BTreeSet<&str> = rows.iter().map(|r| r.state.as_str()).collect();
    for state in ["nominated", "in-review"] {
        assert!(states.contains(state), "no {state} candidacy in {states:?}");
    }
    assert!(rows.iter().any(|r| r.score.is_some() && r.reviewers >= 2));
    // The best-scored candidate's file shows their work of the last year, not "0".
    let best = rows
        .iter()
        .filter(|r| r.score.is_some())
        .max_by_key(|r| r.score)
        .expect("a scored candidacy");
    assert!(
        !heroes_store::selection::evidence(app.db(), best.id)
            .await
            .unwrap()
            .is_empty(),
        "the top candidacy has no contributions of the last 12 months"
    );
    assert!(
        past.iter()
            .all(|r| !matches!(r.state.as_str(), "nominated" | "in-review")),
        "the closed cycle has undecided candidacies"
    );
}

#[tokio::test]
async fn demo_has_spotlight_items_requests_in_every_state_and_a_sent_digest() {
    use heroes_domain::promotion::Stage;
    let app = TestApp::new().await;
    let size = DemoSize {
        heroes: 40,
        contributions: 400,
        candidacies: 0,
        seed: 7,
    };
    demo::generate(app.db(), size, false).await.unwrap();
    let now = chrono::Utc::now();
    let requests = heroes_store::promotion::staff_list(app.db(), now)
        .await
        .unwrap();
    for stage in [
        Stage::Pending,
        Stage::Scheduled,
        Stage::Live,
        Stage::Ended,
        Stage::Declined,
        Stage::Withdrawn,
    ] {
        assert!(
            requests.iter().any(|r| r.stage(now) == stage),
            "no demo request is {stage:?}"
        );
    }
    let home = app.get("/").await;
    assert!(home.body.contains("aria-labelledby=\"spotlight\""));
    let sent = heroes_store::digest::sent(app.db()).await.unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(
        app.get(&format!("/digest/{}", sent[0].id)).await.status,
        200
    );
}

#[tokio::test]
async fn most_demo_heroes_get_a_portrait_served_like_an_uploaded_photo() {
    let app = TestApp::new().await;
    let size = DemoSize {
        heroes: 40,
        contributions: 100,
        candidacies: 0,
        seed: 7,
    };
    demo::generate(app.db(), size, false).await.unwrap();
    let given = demo::portraits::generate(app.db(), 7, "http://heroes.test")
        .await
        .unwrap();
    assert!((25..40).contains(&given), "{given} of 40: most, not all");
    let slugs = heroes::all_slugs(app.db()).await.unwrap();
    let with_photo: Vec<String> = {
        let mut out = Vec::new();
        for (slug, _) in &slugs {
            if let Some(url) = heroes::get(app.db(), slug).await.unwrap().card.photo_url {
                assert_eq!(
                    url,
                    format!("http://heroes.test/heroes/{slug}/photo.jpg?v=1")
                );
                out.push(slug.clone());
            }
        }
        out
    };
    assert_eq!(with_photo.len(), given);
    let photo = app
        .get(&format!("/heroes/{}/photo.jpg", with_photo[0]))
        .await;
    assert_eq!(photo.status, axum::http::StatusCode::OK);
    assert_eq!(photo.header("content-type"), Some("image/jpeg"));
    let directory = app.get("/heroes").await;
    assert!(directory.body.contains("/photo.jpg?v=1"));
    // A second run leaves photos alone (the heroes who have one keep it).
    let again = demo::portraits::generate(app.db(), 7, "http://heroes.test")
        .await
        .unwrap();
    assert_eq!(again, 0);
}

/// A third or so of the current heroes say how they like to speak, so the demo's events get
/// suggestions that explain themselves with those settings too.
#[tokio::test]
async fn demo_heroes_say_how_they_speak_and_demo_events_get_explained_suggestions() {
    let app = TestApp::new().await;
    let size = DemoSize {
        heroes: 160,
        contributions: 1_500,
        candidacies: 0,
        seed: 11,
    };
    demo::generate(app.db(), size, false).await.unwrap();
    let mut said = Vec::new();
    for (slug, _) in heroes::all_slugs(app.db()).await.unwrap() {
        let id = heroes::id_of(app.db(), &slug).await.unwrap().unwrap();
        if let Some(a) = heroes_store::speakers::availability(app.db(), id)
            .await
            .unwrap()
        {
            said.push(a);
        }
    }
    assert!((25..=90).contains(&said.len()), "{} of 160", said.len());
    assert!(said.iter().any(|a| !a.open), "nobody said no");
    assert!(said.iter().any(|a| a.remote_only), "nobody remote only");
    assert!(
        said.iter().any(|a| a.travel_km.is_some()),
        "no travel limit"
    );
    assert!(said.iter().any(|a| !a.languages.is_empty()), "no languages");
    assert!(said.iter().all(|a| !a.topics.as_str().is_empty()));

    let admin = app
        .account(
            "admin@example.org",
            &[heroes_domain::account::Role::Admin],
            None,
        )
        .await;
    let cookie = app.session(admin).await;
    let coming = heroes_store::events::list(
        app.db(),
        &heroes_store::events::EventQuery {
            coming_after: Some(chrono::Utc::now()),
            limit: 100,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let (mut topics, mut available) = (false, false);
    for event in coming.iter().filter(|e| !e.online) {
        let page = app
            .get_as(&format!("/events/{}/speakers", event.id), &cookie)
            .await;
        assert_eq!(page.status, axum::http::StatusCode::OK);
        topics |= page.body.contains("speaks about");
        available |= page.body.contains("available to speak");
    }
    assert!(topics && available, "no suggestion reads the settings");
}
