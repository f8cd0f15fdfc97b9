//! The dashboard's kept windows (migration 0035: readiness per hero and kind, activity per
//! hero) and the rollup by kind equal a direct count of the contributions: once built, after
//! every kind of write on each window's edges, after every move of their day, forwards and
//! back; and the reach thresholds the triggers read are the rubric's.

use crate::helpers::{TestApp, contribution, hero};
use chrono::{Days, NaiveDate, Utc};
use heroes_domain::account::Role;
use heroes_domain::contribution::{ContributionKind, Reach, ReachMetric};
use heroes_domain::dashboards::WindowDays;
use heroes_domain::renewal::{REACH_THRESHOLDS, RULES};
use heroes_store::Db;
use heroes_store::dashboards::{move_windows, reach_thresholds, rollup_differences};

async fn assert_whole(app: &TestApp, after: &str) {
    let differences = rollup_differences(app.db()).await.unwrap();
    assert!(differences.is_empty(), "after {after}: {differences:#?}");
}

/// Logs a work of `kind` on `day` with `reach`; returns its id.
async fn work(
    app: &TestApp,
    slug: &str,
    n: usize,
    kind: ContributionKind,
    day: NaiveDate,
    reach: Reach,
) -> i64 {
    let mut item = contribution(slug, &format!("Work {n}"))
        .url(&format!("https://example.com/{slug}/{n}"))
        .kind(kind)
        .item();
    item.date = day;
    item.reach = reach;
    heroes_store::contributions::add(app.db(), slug, &item, Utc::now())
        .await
        .unwrap()
}

fn attendees(n: i64) -> Reach {
    Reach {
        attendees: Some(n),
        ..Reach::default()
    }
}

/// Runs one statement on either backend.
async fn execute(db: &Db, text: &'static str, id: i64) {
    match db {
        Db::Sqlite(pool) => {
            sqlx::query(text).bind(id).execute(pool).await.unwrap();
        }
        Db::Postgres(pool) => {
            sqlx::query(text).bind(id).execute(pool).await.unwrap();
        }
    }
}

#[tokio::test]
async fn the_reach_thresholds_kept_are_the_rubrics() {
    let app = TestApp::new().await;
    let kept = reach_thresholds(app.db()).await.unwrap();
    let mut rubric: Vec<(String, String, i64)> = RULES
        .iter()
        .flat_map(|rule| {
            REACH_THRESHOLDS
                .iter()
                .filter(|(metric, _)| rule.kind.reach_metrics().contains(metric))
                .map(|(metric, threshold)| {
                    let column = match metric {
                        ReachMetric::Views => "views",
                        ReachMetric::Attendees => "attendees",
                        ReachMetric::Stars => "stars",
                        ReachMetric::Answers => "answers",
                    };
                    (rule.kind.slug().to_owned(), column.to_owned(), *threshold)
                })
        })
        .collect();
    rubric.sort();
    assert_eq!(kept, rubric);
}

#[tokio::test]
async fn the_windows_equal_a_direct_count_after_every_write_and_every_move() {
    use ContributionKind::*;
    let app = TestApp::new().await;
    let today = Utc::now().date_naive();
    let day = |n: u64| today - Days::new(n);
    let w = WindowDays::ending(day(3));
    let ana = hero("Ana Lima").create(&app).await;
    let ben = hero("Ben Okafor").place("Lagos", "NG").create(&app).await;
    let ana_id = app.hero_id(&ana).await;

    // Work on every edge of the windows as of three days ago, logged before they are built:
    // the build counts it. Talks alternate between a crowd at the bonus threshold and one
    // person under it.
    let edges = [
        w.readiness_from.pred_opt().unwrap(),
        w.readiness_from,
        w.before_from.pred_opt().unwrap(),
        w.before_from,
        w.recent_from.pred_opt().unwrap(),
        w.recent_from,
        w.today,
        w.today.succ_opt().unwrap(),
        today,
    ];
    let mut ids = Vec::new();
    for (n, edge) in edges.iter().enumerate() {
        let reach = attendees(if n % 2 == 0 { 50 } else { 49 });
        ids.push(work(&app, &ana, n, Talk, *edge, reach).await);
    }
    assert_whole(&app, "nothing built yet").await;
    move_windows(app.db(), w.today).await.unwrap();
    assert_whole(&app, "the build").await;

    // Writes while they are kept: new work on each edge, public and private, of another hero.
    for (n, edge) in edges.iter().enumerate() {
        let id = work(&app, &ben, n, Workshop, *edge, attendees(50)).await;
        if n % 3 == 0 {
            execute(
                app.db(),
                "UPDATE contributions SET private = TRUE WHERE id = $1",
                id,
            )
            .await;
        }
    }
    assert_whole(&app, "inserts").await;

    // Edits: a work moved across a boundary with a new kind and reach, one made private and
    // public again, one losing its canonical address (as migration 0012 left later copies).
    let mut moved = contribution(&ana, "Work 2")
        .url(&format!("https://example.com/{ana}/2"))
        .kind(BlogPost)
        .item();
    moved.date = w.recent_from;
    moved.reach = Reach {
        views: Some(1_000),
        ..Reach::default()
    };
    heroes_store::contributions::update(app.db(), ana_id, ids[2], &moved, Utc::now())
        .await
        .unwrap();
    assert_whole(&app, "an edit across a boundary").await;
    moved.private = true;
    heroes_store::contributions::update(app.db(), ana_id, ids[2], &moved, Utc::now())
        .await
        .unwrap();
    assert_whole(&app, "made private").await;
    moved.private = false;
    moved.date = w.before_from;
    heroes_store::contributions::update(app.db(), ana_id, ids[2], &moved, Utc::now())
        .await
        .unwrap();
    assert_whole(&app, "made public again, earlier").await;
    execute(
        app.db(),
        "UPDATE contributions SET canonical = NULL WHERE id = $1",
        ids[5],
    )
    .await;
    assert_whole(&app, "a canonical address cleared").await;
    // The latest work of the 180 days deleted: the next latest takes its place.
    heroes_store::contributions::delete(app.db(), ana_id, ids[6])
        .await
        .unwrap();
    assert_whole(&app, "a delete").await;

    // The days move: one at a time up to two days from now, back by one, then far back
    // (nothing in common), and to today again.
    let mut moves: Vec<NaiveDate> = (0..=5).map(|n| w.today + Days::new(n)).collect();
    moves.extend([
        w.today + Days::new(4),
        today - Days::new(400),
        today + Days::new(200),
        today,
    ]);
    for to in moves {
        move_windows(app.db(), to).await.unwrap();
        assert_whole(&app, &format!("moving to {to}")).await;
    }

    // Erasing a hero takes their rows out with them.
    let user = app.account("ben@example.org", &[], Some(&ben)).await;
    heroes_store::accounts::erase(app.db(), user, &heroes_store::accounts::Actor::cli())
        .await
        .unwrap();
    assert_whole(&app, "an erasure").await;

    // The dashboard reads what is kept: Ana's public work as of today. Two in the last 90
    // days (two days ago and today), two in the 90 before (92 and 93 days ago): active.
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let cookie = app.session(admin).await;
    let bands = app
        .get_as("/admin/dashboard/activity-bands/data.csv", &cookie)
        .await;
    assert_eq!(bands.status, 200);
    assert!(
        bands
            .body
            .starts_with("Band,Heroes\r\nActive,1\r\nSlowing,0\r\nQuiet,0\r\nSilent,0"),
        "{}",
        bands.body
    );
}

/// The day the kept windows end on; `None` before they are built.
async fn window_day(db: &Db) -> Option<NaiveDate> {
    const DAY: &str = "SELECT today FROM dashboard_window WHERE id = 1";
    let day: Option<Option<NaiveDate>> = match db {
        Db::Sqlite(pool) => sqlx::query_scalar(DAY).fetch_optional(pool).await.unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(DAY).fetch_optional(pool).await.unwrap(),
    };
    day.flatten()
}

/// A starting worker builds the windows for today (the hourly job), so the first dashboard
/// view after a deploy does not read twelve months of contributions itself.
#[tokio::test]
async fn a_starting_worker_brings_the_windows_to_today() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let today = Utc::now().date_naive();
    work(&app, &ana, 0, ContributionKind::Talk, today, attendees(60)).await;
    assert_eq!(window_day(app.db()).await, None, "not built by the write");
    assert!(crate::helpers::start_worker_once(app.db()).await > 0);
    assert_eq!(window_day(app.db()).await, Some(Utc::now().date_naive()));
    assert_whole(&app, "the job's build").await;
}
