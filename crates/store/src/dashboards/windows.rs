//! The per-hero counts renewal readiness and the activity bands read, kept for the windows
//! ending on one day (migration 0035): `readiness_window` (per hero and kind, the
//! contributions of readiness's twelve months and those that earned the reach bonus) and
//! `activity_window` (per hero, public contributions of the last 90 days, of the 90 before,
//! and the latest). Triggers keep them through every write; [`move_windows`] moves them to
//! another day by the contributions of the days that entered or left, so a view reads one
//! row per hero (and kind) instead of a third of the contributions.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use chrono::NaiveDate;
use heroes_domain::dashboards::{Shift, WindowDays, shifts};

/// 1 when the contribution `c` earned the readiness bonus, from the thresholds kept in
/// `readiness_reach` (the triggers read the same table).
pub(super) const BONUS: &str = "CASE WHEN EXISTS (SELECT 1 FROM readiness_reach r \
    WHERE r.kind = c.kind AND r.threshold <= CASE r.metric WHEN 'views' THEN c.views \
    WHEN 'attendees' THEN c.attendees WHEN 'stars' THEN c.stars \
    WHEN 'answers' THEN c.answers END) THEN 1 ELSE 0 END";

/// Brings the kept windows to the ones ending `today`, unless they are there already. The
/// first call builds them (reading the twelve months once); each later day costs the
/// contributions of the few days that crossed a boundary. Serialized with every
/// contribution write (`BEGIN IMMEDIATE` on SQLite, the rollups' advisory lock on
/// PostgreSQL, which the triggers take too), so no write falls between the days read here
/// and the window row written.
pub async fn move_windows(db: &Db, today: NaiveDate) -> StoreResult<()> {
    let kept: Option<NaiveDate> = with_pool!(db, |pool| {
        sqlx::query_scalar("SELECT today FROM dashboard_window WHERE id = 1")
            .fetch_optional(pool)
            .await?
    });
    if kept == Some(today) {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let new = WindowDays::ending(today);
    let old: Option<(NaiveDate, NaiveDate, NaiveDate, NaiveDate)> = with_tx!(tx, |conn| {
        if db.backend() == crate::db::Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('contribution_months', 0))")
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query_as(
            "SELECT today, readiness_from, before_from, recent_from FROM dashboard_window \
             WHERE id = 1",
        )
        .fetch_optional(&mut *conn)
        .await?
    });
    let runs = match old {
        // Another request moved them while this one waited.
        Some((kept, ..)) if kept == today => return tx.rollback().await,
        Some((today, readiness_from, before_from, recent_from)) => shifts(
            &WindowDays {
                today,
                readiness_from,
                before_from,
                recent_from,
            },
            &new,
        ),
        None => {
            // Built from nothing: every day of each window enters it.
            with_tx!(tx, |conn| {
                sqlx::query("DELETE FROM readiness_window")
                    .execute(&mut *conn)
                    .await?;
                sqlx::query("DELETE FROM activity_window")
                    .execute(&mut *conn)
                    .await?;
            });
            let before_last = new.recent_from.pred_opt().expect("a valid day");
            vec![
                Shift {
                    from: new.readiness_from,
                    to: new.today,
                    readiness: 1,
                    recent: 0,
                    before: 0,
                },
                Shift {
                    from: new.before_from,
                    to: before_last,
                    readiness: 0,
                    recent: 0,
                    before: 1,
                },
                Shift {
                    from: new.recent_from,
                    to: new.today,
                    readiness: 0,
                    recent: 1,
                    before: 0,
                },
            ]
        }
    };
    for run in &runs {
        apply(&mut tx, run, &new).await?;
    }
    with_tx!(tx, |conn| {
        // Heroes whose latest day left the windows, or who had none yet.
        sqlx::query(
            "UPDATE activity_window SET latest = (SELECT max(c.published_on) FROM contributions c \
             WHERE c.hero_id = activity_window.hero_id AND NOT c.private \
             AND c.published_on >= $1 AND c.published_on <= $2) \
             WHERE latest IS NULL OR latest < $1 OR latest > $2",
        )
        .bind(new.before_from)
        .bind(new.today)
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM readiness_window WHERE items = 0")
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM activity_window WHERE recent_items = 0 AND before_items = 0")
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT INTO dashboard_window (id, today, readiness_from, before_from, recent_from) \
             VALUES (1, $1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET today = excluded.today, \
             readiness_from = excluded.readiness_from, before_from = excluded.before_from, \
             recent_from = excluded.recent_from",
        )
        .bind(new.today)
        .bind(new.readiness_from)
        .bind(new.before_from)
        .bind(new.recent_from)
        .execute(&mut *conn)
        .await?;
    });
    tx.commit().await
}

/// Adds the contributions of one run of days to the counts, as the run says.
async fn apply(tx: &mut Tx, run: &Shift, new: &WindowDays) -> StoreResult<()> {
    if run.readiness != 0 {
        let statement = format!(
            "INSERT INTO readiness_window (hero_id, kind, items, bonus) \
             SELECT c.hero_id, c.kind, count(*) * $1, sum({BONUS}) * $1 FROM contributions c \
             WHERE c.canonical IS NOT NULL AND c.published_on >= $2 AND c.published_on <= $3 \
             GROUP BY c.hero_id, c.kind \
             ON CONFLICT (hero_id, kind) DO UPDATE SET \
             items = readiness_window.items + excluded.items, \
             bonus = readiness_window.bonus + excluded.bonus"
        );
        with_tx!(tx, |conn| {
            sqlx::query(sqlx::AssertSqlSafe(statement.clone()))
                .bind(run.readiness)
                .bind(run.from)
                .bind(run.to)
                .execute(&mut *conn)
                .await?;
        });
    }
    if run.recent != 0 || run.before != 0 {
        with_tx!(tx, |conn| {
            sqlx::query(
                "INSERT INTO activity_window (hero_id, recent_items, before_items) \
                 SELECT c.hero_id, count(*) * $1, count(*) * $2 FROM contributions c \
                 WHERE NOT c.private AND c.published_on >= $3 AND c.published_on <= $4 \
                 GROUP BY c.hero_id \
                 ON CONFLICT (hero_id) DO UPDATE SET \
                 recent_items = activity_window.recent_items + excluded.recent_items, \
                 before_items = activity_window.before_items + excluded.before_items",
            )
            .bind(run.recent)
            .bind(run.before)
            .bind(run.from)
            .bind(run.to)
            .execute(&mut *conn)
            .await?;
            if run.recent > 0 || run.before > 0 {
                // Days entering a window may hold a hero's new latest day.
                sqlx::query(
                    "UPDATE activity_window SET latest = (SELECT max(c.published_on) \
                     FROM contributions c WHERE c.hero_id = activity_window.hero_id \
                     AND NOT c.private AND c.published_on >= $1 AND c.published_on <= $2) \
                     WHERE hero_id IN (SELECT c.hero_id FROM contributions c \
                     WHERE NOT c.private AND c.published_on >= $3 AND c.published_on <= $4)",
                )
                .bind(new.before_from)
                .bind(new.today)
                .bind(run.from)
                .bind(run.to)
                .execute(&mut *conn)
                .await?;
            }
        });
    }
    Ok(())
}

/// One hero's kept line: hero, kind, items, bonus.
type ReadinessLine = (i64, String, i64, i64);

/// One hero's kept activity: hero, recent, before, latest.
type ActivityLine = (i64, i64, i64, Option<NaiveDate>);

/// Where the kept windows differ from a direct count of the contributions for the days they
/// are kept as of (nothing when they are not built yet). Scans the windows' contributions:
/// for tests and operators, never for a page.
pub(super) async fn differences(db: &Db) -> StoreResult<Vec<String>> {
    let kept: Option<(NaiveDate, NaiveDate, NaiveDate, NaiveDate)> = with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT today, readiness_from, before_from, recent_from FROM dashboard_window \
             WHERE id = 1",
        )
        .fetch_optional(pool)
        .await?
    });
    let Some((today, readiness_from, before_from, recent_from)) = kept else {
        return Ok(Vec::new());
    };
    let days = WindowDays::ending(today);
    let mut differences = Vec::new();
    if (days.readiness_from, days.before_from, days.recent_from)
        != (readiness_from, before_from, recent_from)
    {
        differences.push(format!(
            "window row {today} {readiness_from} {before_from} {recent_from}"
        ));
    }
    // The bonus counted with the domain's rubric, bound here, not from readiness_reach.
    let (bonus, bonus_args) = super::rubric_bonus();
    let n = bonus_args.len();
    let direct_readiness = format!(
        "SELECT CAST(c.hero_id AS BIGINT), c.kind, CAST(count(*) AS BIGINT), \
         CAST(sum({bonus}) AS BIGINT) FROM contributions c \
         WHERE c.canonical IS NOT NULL AND c.published_on >= ${} AND c.published_on <= ${} \
         GROUP BY c.hero_id, c.kind ORDER BY 1, 2",
        n + 1,
        n + 2
    );
    let direct_activity = "SELECT CAST(c.hero_id AS BIGINT), \
        CAST(sum(CASE WHEN c.published_on >= $1 THEN 1 ELSE 0 END) AS BIGINT), \
        CAST(sum(CASE WHEN c.published_on < $1 THEN 1 ELSE 0 END) AS BIGINT), \
        max(c.published_on) FROM contributions c \
        WHERE NOT c.private AND c.published_on >= $2 AND c.published_on <= $3 \
        GROUP BY c.hero_id ORDER BY 1";
    let (kept_readiness, counted_readiness, kept_activity, counted_activity): (
        Vec<ReadinessLine>,
        Vec<ReadinessLine>,
        Vec<ActivityLine>,
        Vec<ActivityLine>,
    ) = with_pool!(db, |pool| {
        (
            sqlx::query_as(
                "SELECT CAST(hero_id AS BIGINT), kind, CAST(items AS BIGINT), \
                 CAST(bonus AS BIGINT) FROM readiness_window ORDER BY 1, 2",
            )
            .fetch_all(pool)
            .await?,
            bind_args!(
                sqlx::query_as(sqlx::AssertSqlSafe(direct_readiness.clone())),
                &bonus_args
            )
            .bind(days.readiness_from)
            .bind(days.today)
            .fetch_all(pool)
            .await?,
            sqlx::query_as(
                "SELECT CAST(hero_id AS BIGINT), CAST(recent_items AS BIGINT), \
                 CAST(before_items AS BIGINT), latest FROM activity_window ORDER BY 1",
            )
            .fetch_all(pool)
            .await?,
            sqlx::query_as(direct_activity)
                .bind(days.recent_from)
                .bind(days.before_from)
                .bind(days.today)
                .fetch_all(pool)
                .await?,
        )
    });
    for line in kept_readiness
        .iter()
        .filter(|l| !counted_readiness.contains(l))
    {
        differences.push(format!("readiness kept {line:?}"));
    }
    for line in counted_readiness
        .iter()
        .filter(|l| !kept_readiness.contains(l))
    {
        differences.push(format!("readiness counted {line:?}"));
    }
    for line in kept_activity
        .iter()
        .filter(|l| !counted_activity.contains(l))
    {
        differences.push(format!("activity kept {line:?}"));
    }
    for line in counted_activity
        .iter()
        .filter(|l| !kept_activity.contains(l))
    {
        differences.push(format!("activity counted {line:?}"));
    }
    Ok(differences)
}

/// The reach thresholds the triggers read (`readiness_reach`): kind, metric, threshold, in
/// that order. A test compares them with `heroes_domain::renewal`.
pub async fn reach_thresholds(db: &Db) -> StoreResult<Vec<(String, String, i64)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT kind, metric, CAST(threshold AS BIGINT) FROM readiness_reach \
             ORDER BY kind, metric",
        )
        .fetch_all(pool)
        .await?
    }))
}
