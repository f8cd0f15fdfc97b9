//! The dashboard: the rollups equal a direct count whatever writes them, and each chart's
//! figures (as its CSV gives them) add up on a small constructed program.

use crate::helpers::{TestApp, contribution, hero};
use chrono::{Datelike, Days, NaiveDate, Utc};
use heroes_domain::contribution::{ContributionKind, Reach};
use heroes_store::contributions::{self, CountCache, StreamQuery};
use heroes_store::dashboards::rollup_differences;

async fn assert_rollups_whole(app: &TestApp, counts: &CountCache, after: &str) {
    let differences = rollup_differences(app.db()).await.unwrap();
    assert!(differences.is_empty(), "after {after}: {differences:#?}");
    // The stream's totals are read from the rollup: each equals the rows the stream lists.
    let filters: [(&[&str], &[&str]); 4] = [
        (&[], &[]),
        (&[], &["talk", "workshop"]),
        (&["serverless"], &[]),
        (&["serverless", "containers"], &["blog-post"]),
    ];
    for (specializations, kinds) in filters {
        let query = StreamQuery {
            specializations: specializations.iter().map(|s| s.to_string()).collect(),
            kinds: kinds.iter().map(|s| s.to_string()).collect(),
            limit: 1_000,
            ..StreamQuery::default()
        };
        let listed = contributions::stream(app.db(), &query).await.unwrap().len();
        let counted = contributions::count(app.db(), &query).await.unwrap();
        assert_eq!(counted, listed as i64, "after {after}: {query:?}");
        // The totals kept across the test's writes follow each of them.
        let kept = counts.count(app.db(), &query).await.unwrap();
        assert_eq!(kept, listed as i64, "kept, after {after}: {query:?}");
    }
}

/// A CSV download as the admin: its text, after checking it is one.
pub(crate) async fn csv(app: &TestApp, cookie: &str, path: &str) -> String {
    let response = app.get_as(path, cookie).await;
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    assert_eq!(
        response.header("content-type"),
        Some("text/csv; charset=utf-8")
    );
    response.body
}

#[tokio::test]
async fn rollups_equal_a_direct_count_after_inserts_edits_and_deletes() {
    let app = TestApp::new().await;
    let counts = CountCache::new(std::time::Duration::from_secs(3600));
    let ana = hero("Ana Lima").place("Lisbon", "PT").create(&app).await;
    let ben = hero("Ben Okafor").place("Lagos", "NG").create(&app).await;
    let talk = contribution(&ana, "A talk")
        .kind(ContributionKind::Talk)
        .date(2026, 1, 10)
        .create(&app)
        .await;
    contribution(&ana, "A second talk")
        .kind(ContributionKind::Talk)
        .date(2026, 1, 20)
        .create(&app)
        .await;
    contribution(&ana, "Kept private")
        .private()
        .create(&app)
        .await;
    let post = contribution(&ben, "A post")
        .specialization(None)
        .date(2026, 2, 1)
        .create(&app)
        .await;
    assert_rollups_whole(&app, &counts, "inserts").await;

    // An edit moving a contribution to another month, kind and reach, and one made private.
    let ana_id = app.hero_id(&ana).await;
    let ben_id = app.hero_id(&ben).await;
    let mut edited = contribution(&ana, "A talk").kind(ContributionKind::Workshop);
    edited = edited.date(2026, 3, 5);
    let mut item = edited.item();
    item.reach = Reach::parse(
        ContributionKind::Workshop,
        Reach {
            attendees: Some(40),
            ..Reach::default()
        },
    )
    .unwrap();
    heroes_store::contributions::update(app.db(), ana_id, talk, &item, Utc::now())
        .await
        .unwrap();
    assert_rollups_whole(&app, &counts, "an edit").await;
    let mut hidden = contribution(&ben, "A post")
        .specialization(None)
        .date(2026, 2, 1)
        .item();
    hidden.private = true;
    heroes_store::contributions::update(app.db(), ben_id, post, &hidden, Utc::now())
        .await
        .unwrap();
    assert_rollups_whole(&app, &counts, "made private").await;
    hidden.private = false;
    heroes_store::contributions::update(app.db(), ben_id, post, &hidden, Utc::now())
        .await
        .unwrap();
    assert_rollups_whole(&app, &counts, "made public again").await;

    // A delete, a move to another country, and an erased hero.
    heroes_store::contributions::delete(app.db(), ben_id, post)
        .await
        .unwrap();
    assert_rollups_whole(&app, &counts, "a delete").await;
    let mut moved = hero("Ana Lima").place("Madrid", "ES").input();
    moved.timezone = "Europe/Madrid".into();
    let profile = moved.parse(2026).unwrap();
    heroes_store::heroes::update_own_profile(app.db(), &ana, &profile, None, Utc::now())
        .await
        .unwrap();
    assert_rollups_whole(&app, &counts, "a move").await;
    let cookie = app.admin().await;
    let by_kind = csv(
        &app,
        &cookie,
        "/admin/dashboard/reach/data.csv?from=2026-01&to=2026-03&country=ES",
    )
    .await;
    assert_eq!(
        by_kind,
        "Kind,Contributions,Views,Attendees,Stars,Answers\r\n\
         Talk,1,0,0,0,0\r\nWorkshop,1,0,40,0,0\r\n"
    );
    let user = app.account("ana@example.org", &[], Some(&ana)).await;
    heroes_store::accounts::erase(app.db(), user, &heroes_store::accounts::Actor::cli())
        .await
        .unwrap();
    assert_rollups_whole(&app, &counts, "an erasure").await;
    let empty = csv(
        &app,
        &cookie,
        "/admin/dashboard/reach/data.csv?from=2026-01&to=2026-03",
    )
    .await;
    assert_eq!(
        empty,
        "Kind,Contributions,Views,Attendees,Stars,Answers\r\n"
    );
}

#[tokio::test]
async fn contribution_charts_add_up_and_follow_the_filters() {
    let app = TestApp::new().await;
    let ana = hero("Ana Lima")
        .place("Lisbon", "PT")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let kim = hero("Kim Soo")
        .place("Seoul", "KR")
        .awards(&[("container", 2024)])
        .create(&app)
        .await;
    for (title, day, kind) in [
        ("One", 5, ContributionKind::BlogPost),
        ("Two", 6, ContributionKind::BlogPost),
        ("Three", 7, ContributionKind::Talk),
    ] {
        contribution(&ana, title)
            .url(&format!("https://ana.example/{title}"))
            .kind(kind)
            .date(2026, 2, day)
            .create(&app)
            .await;
    }
    contribution(&kim, "Ship it")
        .specialization(Some("container"))
        .date(2026, 3, 9)
        .create(&app)
        .await;
    contribution(&kim, "Before the period")
        .url("https://kim.example/before")
        .date(2025, 12, 31)
        .create(&app)
        .await;
    contribution(&kim, "Private")
        .url("https://kim.example/private")
        .private()
        .date(2026, 3, 9)
        .create(&app)
        .await;
    let cookie = app.admin().await;
    let period = "from=2026-01&to=2026-03";

    let by_kind = csv(
        &app,
        &cookie,
        &format!("/admin/dashboard/contributions-by-kind/data.csv?{period}"),
    )
    .await;
    assert_eq!(
        by_kind,
        "Month,Blog post,Talk\r\n2026-01,0,0\r\n2026-02,2,1\r\n2026-03,1,0\r\n"
    );
    let by_spec = csv(
        &app,
        &cookie,
        &format!("/admin/dashboard/contributions-by-specialization/data.csv?{period}"),
    )
    .await;
    assert!(by_spec.starts_with("Month,"), "{by_spec}");
    assert!(
        by_spec.contains("2026-02,3,0\r\n") && by_spec.contains("2026-03,0,1\r\n"),
        "{by_spec}"
    );
    // A region keeps its heroes' contributions; a specialization, those logged in it.
    let apj = csv(
        &app,
        &cookie,
        &format!("/admin/dashboard/contributions-by-kind/data.csv?{period}&region=apj"),
    )
    .await;
    assert_eq!(
        apj,
        "Month,Blog post\r\n2026-01,0\r\n2026-02,0\r\n2026-03,1\r\n"
    );
    let container = csv(
        &app,
        &cookie,
        &format!(
            "/admin/dashboard/contributions-by-kind/data.csv?{period}&specialization=container"
        ),
    )
    .await;
    assert_eq!(
        container,
        "Month,Blog post\r\n2026-01,0\r\n2026-02,0\r\n2026-03,1\r\n"
    );

    let most = csv(
        &app,
        &cookie,
        &format!("/admin/dashboard/most-active/data.csv?{period}"),
    )
    .await;
    assert_eq!(most, "Hero,Contributions\r\nAna Lima,3\r\nKim Soo,1\r\n");

    let years = csv(
        &app,
        &cookie,
        "/admin/dashboard/heroes-by-year/data.csv?from=2021-01&to=2024-12",
    )
    .await;
    assert_eq!(
        years,
        "Year first named,Active,Alumni,On leave\r\n2021,1,0,0\r\n2022,0,0,0\r\n2023,0,0,0\r\n2024,1,0,0\r\n"
    );
    let regions = csv(&app, &cookie, "/admin/dashboard/heroes-by-region/data.csv").await;
    assert!(
        regions.contains("\"Europe, Middle East & Africa\",1,0,0\r\n"),
        "{regions}"
    );
    assert!(
        regions.contains("Asia Pacific & Japan,1,0,0\r\n"),
        "{regions}"
    );

    // The page draws the chart with its title and description and repeats the table.
    let page = app
        .get_as(
            &format!("/admin/dashboard/contributions-by-kind?{period}"),
            &cookie,
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<svg class=\"chart\""));
    assert!(page.body.contains(
        "<title id=\"contributions-by-kind-title\">Contributions per month by kind</title>"
    ));
    assert!(
        page.body
            .contains("<desc id=\"contributions-by-kind-desc\">")
    );
    assert!(page.body.contains("<td class=\"number\">2</td>"));
    // The CSV link keeps the filter.
    assert!(page.body.contains("data.csv?from=2026-01&"));
    assert!(page.body.contains("to=2026-03\" download"));
    let index = app.get_as("/admin/dashboard", &cookie).await;
    assert!(index.body.contains("/admin/dashboard/activity-bands"));
    assert_eq!(
        app.get_as("/admin/dashboard/nothing", &cookie).await.status,
        404
    );
}

#[tokio::test]
async fn activity_bands_at_their_boundaries() {
    let app = TestApp::new().await;
    let today = Utc::now().date_naive();
    let ago = |days: u64| -> NaiveDate { today - Days::new(days) };
    // (hero, contributions days ago): 89 is the last day of the last 90, 90 and 179 the ends
    // of the 90 before, 180 outside both.
    let cases: [(&str, &[u64]); 7] = [
        ("Ada Recent", &[89]),
        ("Bo Evenly", &[0, 120]),
        ("Cy Slowing", &[10, 100, 150]),
        ("Di Quiet", &[90]),
        ("Ed Quiet", &[179]),
        ("Fi Silent", &[180]),
        ("Gu Never", &[]),
    ];
    for (name, days) in cases {
        let slug = hero(name).create(&app).await;
        for (i, d) in days.iter().enumerate() {
            let day = ago(*d);
            contribution(&slug, &format!("Work {i}"))
                .url(&format!("https://example.com/{slug}/{i}"))
                .date(day.year_ce().1 as i32, day.month0() + 1, day.day0() + 1)
                .create(&app)
                .await;
        }
    }
    let alumna = hero("Ha Alumna").status("alumni").create(&app).await;
    contribution(&alumna, "Old")
        .date(2020, 1, 1)
        .create(&app)
        .await;
    let cookie = app.admin().await;
    let bands = csv(&app, &cookie, "/admin/dashboard/activity-bands/data.csv").await;
    let (counts, follow_up) = bands.split_once("\r\n\r\n").expect("the listing follows");
    assert_eq!(
        counts,
        "Band,Heroes\r\nActive,2\r\nSlowing,1\r\nQuiet,2\r\nSilent,2"
    );
    let lines: Vec<&str> = follow_up.lines().collect();
    assert_eq!(
        lines[0],
        "Hero,Country,Band,Last 90 days,The 90 days before,Latest contribution"
    );
    assert_eq!(lines[1], format!("Cy Slowing,DE,Slowing,1,2,{}", ago(10)));
    assert_eq!(lines[2], format!("Di Quiet,DE,Quiet,0,1,{}", ago(90)));
    assert_eq!(lines[3], format!("Ed Quiet,DE,Quiet,0,1,{}", ago(179)));
    assert!(lines[4..].contains(&"Fi Silent,DE,Silent,0,0,none in 180 days"));
    assert!(lines[4..].contains(&"Gu Never,DE,Silent,0,0,none in 180 days"));
    assert_eq!(lines.len(), 6, "alumni are not followed up: {bands}");
    let page = app.get_as("/admin/dashboard/activity-bands", &cookie).await;
    assert!(page.body.contains("5 heroes to follow up"), "{}", page.body);
}

#[tokio::test]
async fn exports_stream_every_record_as_csv_and_json_to_admins_only() {
    let app = TestApp::new().await;
    let ana = hero("Ana Lima").place("Lisbon", "PT").create(&app).await;
    contribution(&ana, "=cmd|' /C calc'!A0").create(&app).await;
    contribution(&ana, "Kept private")
        .url("https://ana.example/private")
        .private()
        .create(&app)
        .await;
    let cookie = app.admin().await;

    let heroes = app.get_as("/admin/exports/heroes/csv", &cookie).await;
    assert_eq!(heroes.status, 200);
    assert_eq!(
        heroes.header("content-disposition"),
        Some("attachment; filename=\"heroes.csv\"")
    );
    let mut lines = heroes.body.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("id,slug,display_name,headline,"),
        "{}",
        heroes.body
    );
    let row = lines.next().unwrap();
    assert!(
        row.contains("Ana Lima") && row.contains("serverless:2020"),
        "{row}"
    );
    assert!(row.contains("github=https://github.com/example"), "{row}");
    assert_eq!(lines.next(), None);

    let json = app
        .get_as("/admin/exports/contributions/json", &cookie)
        .await;
    assert_eq!(json.header("content-type"), Some("application/json"));
    let items: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 1, "private contributions stay out: {items:?}");
    assert_eq!(items[0]["hero"], ana.as_str());
    // In CSV, a title a spreadsheet would run as a formula is defused; JSON keeps it as is.
    assert_eq!(items[0]["title"], "=cmd|' /C calc'!A0");
    let csv = app
        .get_as("/admin/exports/contributions/csv", &cookie)
        .await
        .body;
    assert!(csv.contains("'=cmd|"), "{csv}");
    assert!(!csv.contains(",=cmd"), "{csv}");
    let none: serde_json::Value = serde_json::from_str(
        &app.get_as("/admin/exports/candidacies/json", &cookie)
            .await
            .body,
    )
    .unwrap();
    assert_eq!(none, serde_json::json!([]));
    assert_eq!(
        app.get_as("/admin/exports/everything/csv", &cookie)
            .await
            .status,
        404
    );
    let member = app.account("mo@example.org", &[], None).await;
    let mo = app.session(member).await;
    assert_eq!(
        app.get_as("/admin/exports/heroes/csv", &mo).await.status,
        403
    );
}
