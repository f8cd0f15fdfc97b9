//! The dashboard's figures added after the first twelve charts, each checked against a small
//! constructed program through its CSV (and page): the world map, renewal readiness, the
//! selection funnel driven through the router, and the benefits and network panels.

use crate::dashboards::csv;
use crate::fixtures::Program;
use crate::helpers::{TestApp, contribution, hero};
use chrono::{DateTime, Days, Duration, NaiveDate, TimeZone, Utc};
use heroes_domain::contribution::{ContributionKind, Reach};
use heroes_domain::dashboards::ReadinessLevel;
use heroes_store::Db;

/// Runs one statement on either backend and returns the `RETURNING id`, if any.
macro_rules! sql {
    ($db:expr, $text:expr $(, $bind:expr)* $(,)?) => {
        match $db {
            Db::Sqlite(pool) => sqlx::query_scalar::<_, i64>($text)
                $(.bind($bind))*
                .fetch_optional(pool)
                .await
                .unwrap(),
            Db::Postgres(pool) => sqlx::query_scalar::<_, i64>($text)
                $(.bind($bind))*
                .fetch_optional(pool)
                .await
                .unwrap(),
        }
    };
}

#[tokio::test]
async fn the_world_map_marks_each_country_by_its_heroes() {
    let app = TestApp::new().await;
    hero("Ana Lima").place("Lisbon", "PT").create(&app).await;
    hero("Rui Costa").place("Porto", "PT").create(&app).await;
    hero("Ben Okafor").place("Lagos", "NG").create(&app).await;
    hero("Old Hand")
        .place("Porto", "PT")
        .status("alumni")
        .create(&app)
        .await;
    // Andorra has no city of 100,000 people: in the table, not on the map.
    hero("Pau Vila")
        .place("Andorra la Vella", "AD")
        .create(&app)
        .await;
    let cookie = app.admin().await;

    let data = csv(&app, &cookie, "/admin/dashboard/heroes-map/data.csv").await;
    assert_eq!(
        data,
        "Country,Active,Alumni,On leave\r\nPortugal,2,1,0\r\nAndorra,1,0,0\r\nNigeria,1,0,0\r\n"
    );
    let page = app.get_as("/admin/dashboard/heroes-map", &cookie).await;
    assert_eq!(page.status, 200);
    let body = &page.body;
    assert!(body.contains(r#"<svg class="world-map""#), "{body}");
    assert!(body.contains(r#"role="img" aria-labelledby="heroes-map-title heroes-map-desc""#));
    assert!(body.contains(r#"<title id="heroes-map-title">World map of heroes</title>"#));
    // Two marks: Portugal's (3 heroes) the largest, Nigeria's a third of its area.
    assert_eq!(body.matches("<circle ").count(), 2, "{body}");
    assert!(body.contains(r#"r="24" fill"#), "{body}");
    assert!(body.contains("<title>Portugal: 3</title>"), "{body}");
    assert!(body.contains("<title>Nigeria: 1</title>"), "{body}");
    assert!(body.contains(r#"r="13.9""#), "√(1/3) × 24 = 13.9: {body}");
    assert!(!body.contains("Andorra: 1</title>"));
    assert!(
        body.contains("<td class=\"number\">2</td>"),
        "the table repeats the data"
    );

    // The filter narrows it like every chart: EMEA keeps all three countries, APJ none.
    let region = csv(
        &app,
        &cookie,
        "/admin/dashboard/heroes-map/data.csv?region=apj",
    )
    .await;
    assert_eq!(region, "Country,Active,Alumni,On leave\r\n");
    let country = csv(
        &app,
        &cookie,
        "/admin/dashboard/heroes-map/data.csv?country=NG",
    )
    .await;
    assert_eq!(
        country,
        "Country,Active,Alumni,On leave\r\nNigeria,1,0,0\r\n"
    );

    // The groups directory draws the same map (with no group yet, a plain image).
    let groups = app.get("/groups").await;
    assert!(groups.body.contains(r#"<svg class="world-map""#));
    assert!(
        groups
            .body
            .contains(r#"role="img" aria-labelledby="map-title""#)
    );
}

/// Adds a contribution `days` ago with the given reach.
async fn work(
    app: &TestApp,
    slug: &str,
    n: usize,
    kind: ContributionKind,
    days: u64,
    reach: Reach,
) {
    let day = Utc::now().date_naive() - Days::new(days);
    let mut item = contribution(slug, &format!("Work {n}"))
        .url(&format!("https://example.com/{slug}/{n}"))
        .kind(kind)
        .item();
    item.date = day;
    item.reach = reach;
    heroes_store::contributions::add(app.db(), slug, &item, Utc::now())
        .await
        .unwrap();
}

/// A hero's name, their works (kind, days ago, reach), their points and level.
type Case = (
    &'static str,
    Vec<(ContributionKind, u64, Reach)>,
    i64,
    ReadinessLevel,
);

#[tokio::test]
async fn renewal_readiness_counts_heroes_at_each_level_as_the_meter_scores_them() {
    use ContributionKind::*;
    let app = TestApp::new().await;
    let none = Reach::default();
    let crowd = Reach {
        attendees: Some(50),
        ..Reach::default()
    };
    let almost = Reach {
        views: Some(999),
        ..Reach::default()
    };
    // (name, works as (kind, days ago, reach), the level expected). The levels' boundaries:
    // 100 ready, 75 near, 74 halfway, 25 started, 24 far.
    let cases: Vec<Case> = vec![
        (
            // Book 30 + four talks 48 + a workshop of 50 people 15 + 7 = 100.
            "Ada Ready",
            vec![
                (Book, 10, none),
                (Talk, 20, none),
                (Talk, 30, none),
                (Talk, 40, none),
                (Talk, 50, none),
                (Workshop, 60, crowd),
            ],
            100,
            ReadinessLevel::Ready,
        ),
        (
            // Three workshops 45 (a fourth over the cap) + a book 30 = 75.
            "Bo Near",
            vec![
                (Workshop, 10, none),
                (Workshop, 20, none),
                (Workshop, 30, none),
                (Workshop, 40, none),
                (Book, 50, none),
            ],
            75,
            ReadinessLevel::Near,
        ),
        (
            // Talks 48 (five, capped) + two posts 10 (999 views: no bonus) + an article 8
            // + two code samples 8 = 74; a third sample, 400 days old, is outside the window.
            "Cy Halfway",
            vec![
                (Talk, 1, none),
                (Talk, 2, none),
                (Talk, 3, none),
                (Talk, 4, none),
                (Talk, 5, none),
                (BlogPost, 6, almost),
                (BlogPost, 7, none),
                (Article, 8, none),
                (CodeSample, 9, none),
                (CodeSample, 10, none),
                (CodeSample, 400, none),
            ],
            74,
            ReadinessLevel::Halfway,
        ),
        (
            // A private talk counts for its owner's readiness: 12 + 5 + 8 = 25.
            "Di Started",
            vec![(Talk, 5, none), (BlogPost, 6, none), (Article, 7, none)],
            25,
            ReadinessLevel::Started,
        ),
        (
            "Ed Far",
            vec![(Talk, 5, none), (Talk, 364, none)],
            24,
            ReadinessLevel::Far,
        ),
        (
            "Fi Nothing",
            vec![(Book, 366, none)],
            0,
            ReadinessLevel::Far,
        ),
    ];
    let mut slugs = Vec::new();
    for (name, works, _, _) in &cases {
        let slug = hero(name).create(&app).await;
        for (n, (kind, days, reach)) in works.iter().enumerate() {
            work(&app, &slug, n, *kind, *days, *reach).await;
        }
        slugs.push(slug);
    }
    // Di's talk is private.
    sql!(
        app.db(),
        "UPDATE contributions SET private = TRUE WHERE kind = 'talk' AND hero_id = \
         (SELECT id FROM heroes WHERE slug = $1) RETURNING id",
        slugs[3].clone(),
    );
    // An alumna does not count, however ready.
    let alumna = hero("Ha Alumna").status("alumni").create(&app).await;
    work(&app, &alumna, 0, Book, 3, none).await;

    // The meter agrees with every score above.
    let today = Utc::now().date_naive();
    for ((name, _, points, level), slug) in cases.iter().zip(&slugs) {
        let id = app.hero_id(slug).await;
        let since = heroes_domain::renewal::readiness(&[], today).since;
        let items = heroes_store::renewal::items(app.db(), &[id], since)
            .await
            .unwrap();
        let meter = heroes_domain::renewal::readiness(
            items.get(&id).map_or(&[][..], |v| v.as_slice()),
            today,
        );
        assert_eq!(i64::from(meter.points), *points, "{name}");
        assert_eq!(ReadinessLevel::of(*points), *level, "{name}");
    }

    let cookie = app.admin().await;
    let data = csv(&app, &cookie, "/admin/dashboard/renewal-readiness/data.csv").await;
    assert_eq!(
        data,
        "Readiness,Heroes\r\nReady,1\r\nNear (75–99 %),1\r\nHalfway (50–74 %),1\r\n\
         Started (25–49 %),1\r\nFar (under 25 %),2\r\n"
    );
    // A place filter keeps the heroes living there (all of them live in Germany).
    let none_there = csv(
        &app,
        &cookie,
        "/admin/dashboard/renewal-readiness/data.csv?country=FR",
    )
    .await;
    assert_eq!(
        none_there,
        "Readiness,Heroes\r\nReady,0\r\nNear (75–99 %),0\r\nHalfway (50–74 %),0\r\n\
         Started (25–49 %),0\r\nFar (under 25 %),0\r\n"
    );
}

/// When a candidacy was answered, decided and announced.
type StageTimes = (
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
);

#[tokio::test]
async fn the_selection_funnel_counts_each_stage_and_times_them() {
    let app = TestApp::new().await;
    let today = Utc::now().date_naive();
    let cookie = app.admin().await;
    let program = Program::with_admin(&app, &cookie);
    let mo = app.signed_in("mo@example.org", &[], None).await;
    let (rita_id, rita) = program.reviewer("rita@example.org").await;
    program
        .cycle("Funnel cycle")
        .opened_days_ago(1)
        .limit(10)
        .specializations(&["serverless"])
        .open()
        .await;

    // Five nominees; each gets one stage further than the one before.
    let names = ["Nia One", "Nia Two", "Nia Three", "Nia Four", "Nia Five"];
    let mut candidacies = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let link = format!("https://nominee{i}.example/");
        let candidacy = program
            .nomination(&mo, &format!("nominee{i}@example.org"))
            .name(name)
            .links(&link)
            .statement("Runs the local serverless meetup and writes careful guides on cold starts.")
            .evidence(&link)
            .submit()
            .await;
        candidacies.push(candidacy);
    }
    let tomorrow = today + Days::new(1);
    for (i, candidacy) in candidacies.iter().enumerate().skip(1) {
        let nominee = app
            .signed_in(&format!("nominee{i}@example.org"), &[], None)
            .await;
        let answer = [
            ("display_name", names[i]),
            ("headline", "Serverless"),
            ("country", "BG"),
            ("city", "Sofia"),
        ];
        candidacy.accepted(&nominee, &answer).await;
        if i < 2 {
            continue;
        }
        candidacy.assign(rita_id).await;
        candidacy.review(&rita, [4, 4, 4, 4]).await;
        match i {
            3 => {
                let declined = candidacy
                    .decide(&[
                        ("decision", "decline"),
                        ("feedback", "not yet"),
                        ("renominate_after", &tomorrow.to_string()),
                    ])
                    .await;
                assert_eq!(declined.status, 303, "{}", declined.body);
            }
            4 => {
                candidacy.accept_for(tomorrow).await;
                candidacy.onboard(&nominee, &answer).await;
                heroes_store::selection::steps::announce_due(app.db(), tomorrow, |_, _| Vec::new())
                    .await
                    .unwrap();
            }
            _ => {}
        }
    }
    let data = csv(&app, &cookie, "/admin/dashboard/selection-funnel/data.csv").await;
    assert_eq!(
        data,
        "Cycle,Nominated,Answered,Reviewed,Decided,Announced\r\nFunnel cycle,5,4,3,2,1\r\n"
    );

    // Stage times from known instants: answers after 1, 3, 4 and 2 days (median 2.5, whole
    // days 2), decisions 5 and 3 days after the answer (median 4), the announcement 1 day
    // after its decision.
    let t0 = Utc::now() - Duration::days(20);
    let at = |days: i64| -> Option<DateTime<Utc>> { Some(t0 + Duration::days(days)) };
    let times: [StageTimes; 5] = [
        (None, None, None),
        (at(1), None, None),
        (at(3), None, None),
        (at(4), at(9), None),
        (at(2), at(5), at(6)),
    ];
    for (candidacy, (answered, decided, announced)) in candidacies.iter().zip(times) {
        sql!(
            app.db(),
            "UPDATE candidacies SET created_at = $1, answered_at = $2, decided_at = $3, \
             announced_at = $4 WHERE id = $5 RETURNING id",
            t0,
            answered,
            decided,
            announced,
            candidacy.id,
        );
    }
    let data = csv(&app, &cookie, "/admin/dashboard/selection-times/data.csv").await;
    assert!(data.ends_with("\r\nFunnel cycle,2,4,1\r\n"), "{data}");
}

fn instant(day: NaiveDate, hour: u32) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(hour, 0, 0).unwrap())
}

#[tokio::test]
async fn the_benefits_and_network_panels_add_up() {
    let app = TestApp::new().await;
    let db = app.db();
    let cookie = app.admin().await;
    let ana = hero("Ana Lima").place("Lisbon", "PT").create(&app).await;
    let kim = hero("Kim Soo").place("Seoul", "KR").create(&app).await;
    let ana_id = heroes_store::heroes::id_of(db, &ana)
        .await
        .unwrap()
        .unwrap();
    let kim_id = heroes_store::heroes::id_of(db, &kim)
        .await
        .unwrap()
        .unwrap();
    let users: Vec<i64> = vec![
        app.account("ana@example.org", &[], Some(&ana)).await,
        app.account("kim@example.org", &[], Some(&kim)).await,
        app.account("lee@example.org", &[], None).await,
    ];
    let jan = NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    let feb = NaiveDate::from_ymd_opt(2026, 2, 10).unwrap();
    let dec = NaiveDate::from_ymd_opt(2025, 12, 10).unwrap();
    let now = Utc::now();

    // Briefings: two in January (2 going who attended and 1 waiting; 1 going who did not), one in
    // February with nobody, one in December (outside the period).
    let nda = heroes_store::briefings::current_nda(db, now.date_naive())
        .await
        .unwrap()
        .unwrap()
        .id;
    let briefing = |day: NaiveDate| {
        let starts = instant(day, 15);
        async move {
            sql!(
                db,
                "INSERT INTO briefings (title, summary, audience, nda_version_id, starts_at, \
                 time_zone, minutes, capacity, created_at, updated_at) \
                 VALUES ('B', 'S', 'all-heroes', $1, $2, 'UTC', 60, 10, $3, $3) RETURNING id",
                nda,
                starts,
                now,
            )
            .unwrap()
        }
    };
    let b1 = briefing(jan).await;
    let b2 = briefing(jan + Days::new(5)).await;
    briefing(feb).await;
    let b4 = briefing(dec).await;
    for (b, user, state, attended) in [
        (b1, users[0], "going", Some(true)),
        (b1, users[1], "going", Some(true)),
        (b1, users[2], "waiting", None),
        (b2, users[0], "going", Some(false)),
        (b4, users[0], "going", Some(true)),
    ] {
        sql!(
            db,
            "INSERT INTO briefing_rsvps (briefing_id, user_id, state, answered_at, attended) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
            b,
            user,
            state,
            now,
            attended,
        );
    }
    let period = "from=2026-01&to=2026-02";
    assert_eq!(
        csv(
            &app,
            &cookie,
            &format!("/admin/dashboard/briefing-attendance/data.csv?{period}")
        )
        .await,
        "Month,Briefings,Seats taken,Waiting list,Attended\r\n2026-01,2,3,1,2\r\n2026-02,1,0,0,0\r\n"
    );

    // Feedback: January items answered after 2 and 6 days (median 4) and one unanswered;
    // a February item answered after 1 day.
    let area = sql!(
        db,
        "INSERT INTO product_areas (slug, name, created_at, updated_at) \
         VALUES ('compute', 'Compute', $1, $1) RETURNING id",
        now,
    )
    .unwrap();
    for (day, answered_after) in [(jan, Some(2)), (jan, Some(6)), (jan, None), (feb, Some(1))] {
        let created = instant(day, 9);
        let answered = answered_after.map(|d| created + Duration::days(d));
        sql!(
            db,
            "INSERT INTO feedback_items (area_id, author_id, title, body, kind, created_at, \
             updated_at, first_answered_at) VALUES ($1, $2, 'T', 'B', 'bug', $3, $3, $4) \
             RETURNING id",
            area,
            users[0],
            created,
            answered,
        );
    }
    assert_eq!(
        csv(
            &app,
            &cookie,
            &format!("/admin/dashboard/feedback-answer-times/data.csv?{period}")
        )
        .await,
        "Month,Opened,Answered,Days to the first answer (median)\r\n2026-01,3,2,4\r\n2026-02,1,1,1\r\n"
    );

    // Mentoring: two January requests, one matched after 3 days.
    for matched_after in [Some(3), None] {
        let created = instant(jan, 9);
        let matched = matched_after.map(|d| created + Duration::days(d));
        sql!(
            db,
            "INSERT INTO mentoring_requests (user_id, goals, topics, language, time_zone, \
             state, created_at, matched_at) VALUES ($1, 'G', 'T', 'en', 'UTC', $2, $3, $4) \
             RETURNING id",
            users[2],
            if matched.is_some() { "matched" } else { "open" },
            created,
            matched,
        );
    }
    assert_eq!(
        csv(
            &app,
            &cookie,
            &format!("/admin/dashboard/mentoring-matches/data.csv?{period}")
        )
        .await,
        "Month,Requests,Matched,Days to a match (median)\r\n2026-01,2,1,3\r\n2026-02,0,0,0\r\n"
    );

    // Credits: Ana's workshop codes of 100 and 50 in January, Kim's demo code of 30 in
    // February, a code issued without a request, and one still in the pool.
    let request = |hero_id: i64, purpose: &'static str, key: &'static str| async move {
        sql!(
            db,
            "INSERT INTO credit_requests (hero_id, purpose, amount, idempotency_key, state, \
             requested_at) VALUES ($1, $2, 500, $3, 'approved', $4) RETURNING id",
            hero_id,
            purpose,
            key,
            now,
        )
        .unwrap()
    };
    let workshop = request(ana_id, "workshop", "k1").await;
    let demo = request(kim_id, "demo", "k2").await;
    let expires = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    for (n, value, hero_id, request_id, issued_on) in [
        (1, 100, Some(ana_id), Some(workshop), Some(jan)),
        (
            2,
            50,
            Some(ana_id),
            Some(workshop),
            Some(jan + Days::new(3)),
        ),
        (3, 30, Some(kim_id), Some(demo), Some(feb)),
        (4, 20, Some(kim_id), None, Some(feb)),
        (5, 70, None, None, None),
    ] {
        sql!(
            db,
            "INSERT INTO credit_codes (code, value, expires_on, imported_at, issued, hero_id, \
             request_id, issued_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            format!("CODE-{n}"),
            value as i64,
            expires,
            now,
            issued_on.is_some(),
            hero_id,
            request_id,
            issued_on,
        );
    }
    assert_eq!(
        csv(
            &app,
            &cookie,
            &format!("/admin/dashboard/credit-spend/data.csv?{period}")
        )
        .await,
        "Month,Workshops,Demos and talks,Open source,Other,Without a request\r\n\
         2026-01,150,0,0,0,0\r\n2026-02,0,30,0,0,20\r\n"
    );
    assert_eq!(
        csv(
            &app,
            &cookie,
            &format!("/admin/dashboard/credit-spend/data.csv?{period}&region=apj")
        )
        .await,
        "Month,Workshops,Demos and talks,Open source,Other,Without a request\r\n\
         2026-01,0,0,0,0,0\r\n2026-02,0,30,0,0,20\r\n"
    );

    // Events: a January meetup with 2 going, 1 checked in; a cancelled one (left out).
    for (cancelled, going) in [(false, 2), (true, 1)] {
        let starts = instant(jan, 18);
        let event = sql!(
            db,
            "INSERT INTO events (title, description, kind, starts_at, ends_at, time_zone, \
             going_count, cancelled, created_at, updated_at) \
             VALUES ('E', 'D', 'meetup', $1, $2, 'UTC', $3, $4, $5, $5) RETURNING id",
            starts,
            starts + Duration::hours(2),
            going as i64,
            cancelled,
            now,
        )
        .unwrap();
        for (i, user) in users.iter().take(going).enumerate() {
            let checked_in = (i == 0).then_some(starts);
            sql!(
                db,
                "INSERT INTO rsvps (event_id, user_id, state, requested_at, checked_in_at) \
                 VALUES ($1, $2, 'going', $3, $4) RETURNING event_id",
                event,
                *user,
                now,
                checked_in,
            );
        }
    }
    assert_eq!(
        csv(
            &app,
            &cookie,
            &format!("/admin/dashboard/event-attendance/data.csv?{period}")
        )
        .await,
        "Month,Events,Seats taken,Checked in\r\n2026-01,1,2,1\r\n2026-02,0,0,0\r\n"
    );

    // Each panel has its chart on the dashboard, drawn with its title.
    let index = app.get_as("/admin/dashboard", &cookie).await;
    for slug in [
        "briefing-attendance",
        "feedback-answer-times",
        "credit-spend",
        "event-attendance",
        "mentoring-matches",
        "heroes-map",
        "renewal-readiness",
    ] {
        assert!(
            index.body.contains(&format!("/admin/dashboard/{slug}")),
            "{slug}"
        );
        let page = app
            .get_as(&format!("/admin/dashboard/{slug}?{period}"), &cookie)
            .await;
        assert_eq!(page.status, 200, "{slug}");
        assert!(
            page.body.contains(&format!("<title id=\"{slug}-title\">")),
            "{slug}"
        );
    }
}
