//! The figures of the program team's dashboards. Contribution figures read the rollups that
//! triggers keep in every writing transaction (`contribution_months`, `hero_months`, see
//! migration 0026; `contribution_kind_months` and the windows of [`windows`], migration
//! 0035), so no chart scans the contributions themselves; hero and selection figures read
//! tables of thousands of rows at most. Every function takes the same [`Filter`] and applies
//! what fits its figure.

mod windows;

pub use windows::{move_windows, reach_thresholds};

use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::dashboards::{Period, WindowDays, Windows};
use heroes_domain::geo::{CountryCode, Region};
use heroes_domain::hero::HeroStatus;
use heroes_domain::selection::candidacy::State;

/// What a chart is narrowed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Heroes awarded in this specialization; contributions logged in it; candidacies for it.
    pub specialization: Option<i64>,
    /// Heroes (and candidates) of this region.
    pub region: Option<Region>,
    /// Heroes (and candidates) of this country.
    pub country: Option<CountryCode>,
    /// The months covered (hero figures: the years of those months).
    pub period: Period,
}

impl Filter {
    /// `AND column IN (countries)` when a region or a country is chosen.
    fn place(&self, sql: &mut Sql, column: &str) {
        let countries: Vec<Arg> = CountryCode::all()
            .filter(|c| self.region.is_none_or(|r| c.region() == r))
            .filter(|c| self.country.as_ref().is_none_or(|chosen| chosen == c))
            .map(|c| Arg::Text(c.as_str().to_owned()))
            .collect();
        if self.region.is_none() && self.country.is_none() {
            return;
        }
        if countries.is_empty() {
            // A country outside the chosen region: nothing matches.
            sql.push(" AND 1 = 0");
            return;
        }
        sql.push(" AND ").push(column).push(" IN ");
        sql.bind_list(countries);
    }

    /// `AND` the hero `h` is awarded in the chosen specialization.
    fn awarded(&self, sql: &mut Sql) {
        if let Some(id) = self.specialization {
            sql.push(
                " AND EXISTS (SELECT 1 FROM hero_awards a WHERE a.hero_id = h.id \
                 AND a.specialization_id = ",
            )
            .bind(Arg::Int(id))
            .push(")");
        }
    }

    /// `AND` the rollup row's month lies in the period.
    fn months(&self, sql: &mut Sql, column: &str) {
        sql.push(" AND ")
            .push(column)
            .push(" >= ")
            .bind(Arg::Text(self.period.from.to_string()))
            .push(" AND ")
            .push(column)
            .push(" <= ")
            .bind(Arg::Text(self.period.to.to_string()));
    }
}

/// Heroes counted by a key (a year, a specialization id, a country) and status.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HeroCount {
    /// What they are counted by: a year or an id as a number, a country as text.
    pub key: String,
    /// Their status today.
    #[sqlx(try_from = "String")]
    pub status: HeroStatus,
    /// How many.
    pub heroes: i64,
}

/// Heroes by the year they were first named (within the period's years) and their status
/// today: a year's row is the year's new heroes, split into those still active, alumni and
/// on leave.
pub async fn heroes_by_year(db: &Db, filter: &Filter) -> StoreResult<Vec<HeroCount>> {
    let mut sql = Sql::new(
        "SELECT CAST(h.hero_since AS TEXT) AS key, h.status, count(*) AS heroes \
         FROM heroes h WHERE h.hero_since >= ",
    );
    sql.bind(Arg::Int(filter.period.from.year().into()))
        .push(" AND h.hero_since <= ")
        .bind(Arg::Int(filter.period.to.year().into()));
    filter.awarded(&mut sql);
    filter.place(&mut sql, "h.country");
    sql.push(" GROUP BY h.hero_since, h.status ORDER BY h.hero_since");
    sql.fetch_all(db).await
}

/// Heroes named by the end of the period, by specialization (the id as text) and status.
/// A hero awarded in two specializations counts in both.
pub async fn heroes_by_specialization(db: &Db, filter: &Filter) -> StoreResult<Vec<HeroCount>> {
    let mut sql = Sql::new(
        "SELECT CAST(a.specialization_id AS TEXT) AS key, h.status, count(*) AS heroes \
         FROM hero_awards a JOIN heroes h ON h.id = a.hero_id WHERE h.hero_since <= ",
    );
    sql.bind(Arg::Int(filter.period.to.year().into()));
    if let Some(id) = filter.specialization {
        sql.push(" AND a.specialization_id = ").bind(Arg::Int(id));
    }
    filter.place(&mut sql, "h.country");
    sql.push(" GROUP BY a.specialization_id, h.status");
    sql.fetch_all(db).await
}

/// Heroes named by the end of the period, by country and status.
pub async fn heroes_by_country(db: &Db, filter: &Filter) -> StoreResult<Vec<HeroCount>> {
    let mut sql = Sql::new(
        "SELECT h.country AS key, h.status, count(*) AS heroes FROM heroes h \
         WHERE h.hero_since <= ",
    );
    sql.bind(Arg::Int(filter.period.to.year().into()));
    filter.awarded(&mut sql);
    filter.place(&mut sql, "h.country");
    sql.push(" GROUP BY h.country, h.status");
    sql.fetch_all(db).await
}

/// Public contributions of one month, kind and specialization (0: none), with their reach.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MonthTotal {
    /// `YYYY-MM`.
    pub month: String,
    /// The kind's slug.
    pub kind: String,
    /// The specialization's id, 0 for none.
    pub specialization_id: i64,
    /// How many.
    pub contributions: i64,
    /// Summed views.
    pub views: i64,
    /// Summed attendees.
    pub attendees: i64,
    /// Summed stars.
    pub stars: i64,
    /// Summed answers.
    pub answers: i64,
}

/// Public contributions by month, kind and specialization over the period, read from the
/// rollup. A specialization filter keeps contributions logged in it; a place filter, those
/// of heroes living there.
///
/// Without a place filter it reads `contribution_kind_months` (a few hundred rows a year);
/// with one, `contribution_months`, whose country column makes it about sixty times larger.
pub async fn contributions_by_month(db: &Db, filter: &Filter) -> StoreResult<Vec<MonthTotal>> {
    let anywhere = filter.region.is_none() && filter.country.is_none();
    let mut sql = Sql::new(
        "SELECT month, kind, specialization_id, \
         CAST(sum(contributions) AS BIGINT) AS contributions, CAST(sum(views) AS BIGINT) AS views, \
         CAST(sum(attendees) AS BIGINT) AS attendees, CAST(sum(stars) AS BIGINT) AS stars, \
         CAST(sum(answers) AS BIGINT) AS answers FROM ",
    );
    sql.push(if anywhere {
        "contribution_kind_months"
    } else {
        "contribution_months"
    })
    .push(" WHERE 1 = 1");
    filter.months(&mut sql, "month");
    if let Some(id) = filter.specialization {
        sql.push(" AND specialization_id = ").bind(Arg::Int(id));
    }
    if !anywhere {
        filter.place(&mut sql, "country");
    }
    sql.push(" GROUP BY month, kind, specialization_id ORDER BY month");
    sql.fetch_all(db).await
}

/// A hero and a number.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HeroFigure {
    /// Their page's slug.
    pub slug: String,
    /// Their name.
    pub display_name: String,
    /// Their country.
    pub country: String,
    /// The figure.
    pub value: i64,
}

/// The `limit` heroes with the most public contributions in the period, most first.
/// Sums the period's rows per hero first (by the index on month and hero), then joins only
/// those sums to the heroes: grouping by the heroes' text columns cost most of the query.
pub async fn most_active(db: &Db, filter: &Filter, limit: i64) -> StoreResult<Vec<HeroFigure>> {
    let mut sql = Sql::new(
        "SELECT h.slug, h.display_name, h.country, m.value \
         FROM (SELECT hero_id, CAST(sum(contributions) AS BIGINT) AS value FROM hero_months \
         WHERE 1 = 1",
    );
    filter.months(&mut sql, "month");
    sql.push(" GROUP BY hero_id) m JOIN heroes h ON h.id = m.hero_id WHERE 1 = 1");
    filter.awarded(&mut sql);
    filter.place(&mut sql, "h.country");
    sql.push(" ORDER BY m.value DESC, h.sort_name LIMIT ")
        .bind(Arg::Int(limit));
    sql.fetch_all(db).await
}

/// An active hero's public contributions in the two windows of the activity bands.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HeroActivity {
    /// Their page's slug.
    pub slug: String,
    /// Their name.
    pub display_name: String,
    /// Their country.
    pub country: String,
    /// Contributions in the last 90 days.
    pub recent: i64,
    /// Contributions in the 90 days before.
    pub before: i64,
    /// Their latest contribution within the 180 days, if any.
    pub latest: Option<NaiveDate>,
}

/// Every active hero (matching the filter's specialization and place) with their counts in
/// the two windows, read from `activity_window` once it is moved to `windows.today` (see
/// [`move_windows`]): one row per hero, not 180 days of contributions.
pub async fn activity(
    db: &Db,
    filter: &Filter,
    windows: Windows,
) -> StoreResult<Vec<HeroActivity>> {
    move_windows(db, windows.today).await?;
    let mut sql = Sql::new(
        "SELECT h.slug, h.display_name, h.country, \
         CAST(coalesce(a.recent_items, 0) AS BIGINT) AS recent, \
         CAST(coalesce(a.before_items, 0) AS BIGINT) AS before, a.latest \
         FROM heroes h LEFT JOIN activity_window a ON a.hero_id = h.id \
         WHERE h.status = 'active'",
    );
    filter.awarded(&mut sql);
    filter.place(&mut sql, "h.country");
    sql.push(" ORDER BY h.sort_name");
    sql.fetch_all(db).await
}

/// One candidacy of a selection cycle as the funnel sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FunnelRow {
    /// The cycle.
    pub cycle_id: i64,
    /// The cycle's name.
    pub cycle_name: String,
    /// Where the candidacy is.
    #[sqlx(try_from = "String")]
    pub state: State,
    /// Reviews given.
    pub review_count: i64,
    /// Nominated.
    pub created_at: DateTime<Utc>,
    /// The nominee answered (unknown before migration 0026).
    pub answered_at: Option<DateTime<Utc>>,
    /// An admin decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// Announced (unknown before migration 0026).
    pub announced_at: Option<DateTime<Utc>>,
}

/// Every candidacy of the selection cycles open during the period, by cycle.
pub async fn funnel(db: &Db, filter: &Filter) -> StoreResult<Vec<FunnelRow>> {
    let mut sql = Sql::new(
        "SELECT y.id AS cycle_id, y.name AS cycle_name, c.state, c.review_count, c.created_at, \
         c.answered_at, c.decided_at, c.announced_at \
         FROM candidacies c JOIN cycles y ON y.id = c.cycle_id \
         WHERE y.kind = 'selection'",
    );
    filter.candidacies(&mut sql);
    sql.push(" ORDER BY y.opens_on, y.id, c.id");
    sql.fetch_all(db).await
}

/// One reviewer's assignment in a selection cycle open during the period.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReviewRow {
    /// The reviewer's address.
    pub email: String,
    /// Whether they declared a conflict.
    pub conflicted: bool,
    /// Their weighted score (hundredths), if they reviewed.
    pub weighted: Option<i64>,
    /// The candidacy's score: the mean of its reviews (hundredths).
    pub score: Option<i64>,
    /// How many reviews the candidacy has.
    pub review_count: i64,
}

/// Every reviewer assignment of the selection cycles open during the period.
pub async fn reviews(db: &Db, filter: &Filter) -> StoreResult<Vec<ReviewRow>> {
    let mut sql = Sql::new(
        "SELECT u.email, (a.conflict IS NOT NULL) AS conflicted, r.weighted, c.score, \
         c.review_count \
         FROM reviewer_assignments a JOIN users u ON u.id = a.reviewer_id \
         JOIN candidacies c ON c.id = a.candidacy_id JOIN cycles y ON y.id = c.cycle_id \
         LEFT JOIN reviews r ON r.candidacy_id = a.candidacy_id AND r.reviewer_id = a.reviewer_id \
         WHERE y.kind = 'selection'",
    );
    filter.candidacies(&mut sql);
    sql.push(" ORDER BY u.email");
    sql.fetch_all(db).await
}

/// One key of the contribution rollup with its figures, as a tuple for comparing.
type RollupLine = (String, String, i64, String, i64, i64, i64, i64, i64);

/// One line of the per-hero rollup: hero, month, contributions.
type HeroLine = (i64, String, i64);

/// Whether the rollups equal a direct count of the contributions (they always should: the
/// triggers keep them in every writing transaction), the kept windows included once built
/// (as of the day they were moved to). Scans every contribution, so it is a check for tests
/// and operators, never for a page. Returns the keys that differ.
pub async fn rollup_differences(db: &Db) -> StoreResult<Vec<String>> {
    const KEPT: &str = "SELECT month, kind, CAST(specialization_id AS BIGINT), country, \
        CAST(contributions AS BIGINT), CAST(views AS BIGINT), CAST(attendees AS BIGINT), \
        CAST(stars AS BIGINT), CAST(answers AS BIGINT) FROM contribution_months \
        ORDER BY 1, 2, 3, 4";
    let month = match db {
        Db::Sqlite(_) => "substr(c.published_on, 1, 7)",
        Db::Postgres(_) => "to_char(c.published_on, 'YYYY-MM')",
    };
    let direct = format!(
        "SELECT {month}, c.kind, CAST(coalesce(c.specialization_id, 0) AS BIGINT), h.country, \
         CAST(count(*) AS BIGINT), CAST(sum(coalesce(c.views, 0)) AS BIGINT), \
         CAST(sum(coalesce(c.attendees, 0)) AS BIGINT), CAST(sum(coalesce(c.stars, 0)) AS BIGINT), \
         CAST(sum(coalesce(c.answers, 0)) AS BIGINT) \
         FROM contributions c JOIN heroes h ON h.id = c.hero_id WHERE c.private = FALSE \
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
    );
    const HERO_KEPT: &str = "SELECT hero_id, month, CAST(contributions AS BIGINT) \
        FROM hero_months ORDER BY 1, 2";
    let hero_direct = format!(
        "SELECT c.hero_id, {month}, CAST(count(*) AS BIGINT) FROM contributions c \
         WHERE c.private = FALSE GROUP BY 1, 2 ORDER BY 1, 2"
    );
    let (kept, counted, hero_kept, hero_counted): (
        Vec<RollupLine>,
        Vec<RollupLine>,
        Vec<HeroLine>,
        Vec<HeroLine>,
    ) = with_pool!(db, |pool| {
        (
            sqlx::query_as(KEPT).fetch_all(pool).await?,
            sqlx::query_as(sqlx::AssertSqlSafe(direct.clone()))
                .fetch_all(pool)
                .await?,
            sqlx::query_as(HERO_KEPT).fetch_all(pool).await?,
            sqlx::query_as(sqlx::AssertSqlSafe(hero_direct.clone()))
                .fetch_all(pool)
                .await?,
        )
    });
    // contribution_kind_months is contribution_months without the country: compared with
    // the direct count summed over countries.
    let kind_kept = "SELECT month, kind, CAST(specialization_id AS BIGINT), '', \
        CAST(contributions AS BIGINT), CAST(views AS BIGINT), CAST(attendees AS BIGINT), \
        CAST(stars AS BIGINT), CAST(answers AS BIGINT) FROM contribution_kind_months \
        ORDER BY 1, 2, 3";
    let kind_direct = format!(
        "SELECT {month}, c.kind, CAST(coalesce(c.specialization_id, 0) AS BIGINT), '', \
         CAST(count(*) AS BIGINT), CAST(sum(coalesce(c.views, 0)) AS BIGINT), \
         CAST(sum(coalesce(c.attendees, 0)) AS BIGINT), CAST(sum(coalesce(c.stars, 0)) AS BIGINT), \
         CAST(sum(coalesce(c.answers, 0)) AS BIGINT) \
         FROM contributions c JOIN heroes h ON h.id = c.hero_id WHERE c.private = FALSE \
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    );
    let (kinds_kept, kinds_counted): (Vec<RollupLine>, Vec<RollupLine>) = with_pool!(db, |pool| {
        (
            sqlx::query_as(kind_kept).fetch_all(pool).await?,
            sqlx::query_as(sqlx::AssertSqlSafe(kind_direct.clone()))
                .fetch_all(pool)
                .await?,
        )
    });
    let mut differences: Vec<String> = windows::differences(db).await?;
    for line in kinds_kept.iter().filter(|l| !kinds_counted.contains(l)) {
        differences.push(format!("kind kept {line:?}"));
    }
    for line in kinds_counted.iter().filter(|l| !kinds_kept.contains(l)) {
        differences.push(format!("kind counted {line:?}"));
    }
    for line in kept.iter().filter(|l| !counted.contains(l)) {
        differences.push(format!("kept {line:?}"));
    }
    for line in counted.iter().filter(|l| !kept.contains(l)) {
        differences.push(format!("counted {line:?}"));
    }
    for line in hero_kept.iter().filter(|l| !hero_counted.contains(l)) {
        differences.push(format!("hero kept {line:?}"));
    }
    for line in hero_counted.iter().filter(|l| !hero_kept.contains(l)) {
        differences.push(format!("hero counted {line:?}"));
    }
    Ok(differences)
}

impl Filter {
    /// The period as instants: its first moment and the first moment after it (UTC).
    fn instants(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        let start = |day: NaiveDate| day.and_time(chrono::NaiveTime::MIN).and_utc();
        (
            start(self.period.from.first_day()),
            start(self.period.to.next().first_day()),
        )
    }

    /// `column` lies in the period: `column >= <its first moment> AND column < <the first
    /// moment after it>`.
    fn during(&self, sql: &mut Sql, column: &str) {
        let (from, until) = self.instants();
        sql.push(column)
            .push(" >= ")
            .bind(Arg::Time(from))
            .push(" AND ")
            .push(column)
            .push(" < ")
            .bind(Arg::Time(until));
    }

    /// `AND` the cycle `y` was open during the period, and its candidacy `c` is in the chosen
    /// specialization and place.
    fn candidacies(&self, sql: &mut Sql) {
        let last_day = self
            .period
            .to
            .next()
            .first_day()
            .pred_opt()
            .expect("a valid day");
        sql.push(" AND y.opens_on <= ")
            .bind(Arg::Date(last_day))
            .push(" AND y.closes_on >= ")
            .bind(Arg::Date(self.period.from.first_day()));
        if let Some(id) = self.specialization {
            sql.push(" AND c.specialization_id = ").bind(Arg::Int(id));
        }
        self.place(sql, "c.country");
    }

    /// `select` (`SELECT … FROM … WHERE `) of the rows created in the period, oldest first.
    fn created_during(&self, select: &str) -> Sql {
        let mut sql = Sql::new(select);
        self.during(&mut sql, "created_at");
        sql.push(" ORDER BY created_at");
        sql
    }
}

/// Active heroes (matching the filter's specialization and place) counted by their renewal
/// readiness points as of `today`: `(points, heroes)`, one row per distinct score.
///
/// The points are the published rubric's (`heroes_domain::renewal`), computed in one grouped
/// statement: per hero and kind, the kind's points per item plus half of them for each item
/// whose reach met its threshold, capped by the kind's cap — which is what the meter's
/// greedy fill adds up to, since within a kind it counts items until the cap is reached. The
/// rubric's points and caps are bound from the domain's tables, never written here. The items
/// and bonuses per hero and kind come from `readiness_window` (every contribution of the
/// twelve months, private ones too, as the meter counts them), moved to `today` first; the
/// mentoring sessions logged in the window are read as they are (a small table).
pub async fn readiness(db: &Db, filter: &Filter, today: NaiveDate) -> StoreResult<Vec<(i64, i64)>> {
    use heroes_domain::renewal::RULES;
    move_windows(db, today).await?;
    let since = WindowDays::ending(today).readiness_from;
    let mut sql = Sql::new("WITH r (kind, points, half, cap) AS (VALUES ");
    for (i, rule) in RULES.iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.push("(")
            .bind(Arg::Text(rule.kind.slug().to_owned()))
            .push(", ")
            .bind(Arg::Int(rule.points.into()))
            .push(", ")
            .bind(Arg::Int((rule.points / 2).into()))
            .push(", ")
            .bind(Arg::Int(rule.cap.into()))
            .push(")");
    }
    let mentoring = || {
        Arg::Text(
            heroes_domain::contribution::ContributionKind::Mentoring
                .slug()
                .to_owned(),
        )
    };
    // s: mentoring sessions per mentor; k: points per hero and kind, the sessions added to
    // the mentoring row (or standing alone); p: points per hero. readiness_window has one row
    // per hero and kind, so only the per-hero sum groups anything (grouping by hero and kind
    // text as well took a third of the statement).
    sql.push(
        "), s (hero_id, n) AS (SELECT m.mentor_id, count(*) FROM mentoring_sessions s \
         JOIN mentorships m ON m.id = s.mentorship_id WHERE s.held_on >= ",
    )
    .bind(Arg::Date(since))
    .push(" AND s.held_on <= ")
    .bind(Arg::Date(today))
    .push(
        " GROUP BY m.mentor_id), k (hero_id, points) AS (SELECT w.hero_id, \
         CASE WHEN (w.items + coalesce(s.n, 0)) * r.points + w.bonus * r.half > r.cap \
         THEN r.cap ELSE (w.items + coalesce(s.n, 0)) * r.points + w.bonus * r.half END \
         FROM readiness_window w JOIN r ON r.kind = w.kind \
         LEFT JOIN s ON s.hero_id = w.hero_id AND w.kind = ",
    )
    .bind(mentoring())
    .push(
        " UNION ALL SELECT s.hero_id, CASE WHEN s.n * r.points > r.cap THEN r.cap \
         ELSE s.n * r.points END FROM s JOIN r ON r.kind = ",
    )
    .bind(mentoring())
    .push(
        " WHERE NOT EXISTS (SELECT 1 FROM readiness_window w \
         WHERE w.hero_id = s.hero_id AND w.kind = ",
    )
    .bind(mentoring())
    .push(
        ")), p (hero_id, points) AS (SELECT hero_id, sum(points) FROM k GROUP BY hero_id) \
         SELECT CAST(t.points AS BIGINT), CAST(count(*) AS BIGINT) FROM \
         (SELECT coalesce(p.points, 0) AS points FROM heroes h \
         LEFT JOIN p ON p.hero_id = h.id WHERE h.status = 'active'",
    );
    filter.awarded(&mut sql);
    filter.place(&mut sql, "h.country");
    sql.push(") t GROUP BY t.points ORDER BY 1");
    sql.fetch_all(db).await
}

/// `CASE WHEN <the item c earned the reach bonus> THEN 1 ELSE 0 END`, with the domain's
/// thresholds bound (`$1…`): the direct count the kept windows are compared with.
fn rubric_bonus() -> (String, Vec<Arg>) {
    use heroes_domain::contribution::ReachMetric;
    use heroes_domain::renewal::{REACH_THRESHOLDS, RULES};
    let mut sql = Sql::new("CASE WHEN 1 = 0");
    for (metric, threshold) in REACH_THRESHOLDS {
        let kinds: Vec<Arg> = RULES
            .iter()
            .filter(|r| r.kind.reach_metrics().contains(&metric))
            .map(|r| Arg::Text(r.kind.slug().to_owned()))
            .collect();
        if kinds.is_empty() {
            continue;
        }
        let column = match metric {
            ReachMetric::Views => "c.views",
            ReachMetric::Attendees => "c.attendees",
            ReachMetric::Stars => "c.stars",
            ReachMetric::Answers => "c.answers",
        };
        sql.push(" OR (c.kind IN ");
        sql.bind_list(kinds);
        sql.push(" AND ")
            .push(column)
            .push(" >= ")
            .bind(Arg::Int(threshold))
            .push(")");
    }
    sql.push(" THEN 1 ELSE 0 END");
    (sql.text, sql.args)
}

/// One briefing that started in the period, with its answers.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BriefingFigure {
    /// When it started.
    pub starts_at: DateTime<Utc>,
    /// People with a seat.
    pub going: i64,
    /// People on its waiting list.
    pub waiting: i64,
    /// People marked as having attended.
    pub attended: i64,
}

/// The briefings that started in the period (a few hundred a year), each with its counts.
pub async fn briefings(db: &Db, filter: &Filter) -> StoreResult<Vec<BriefingFigure>> {
    let mut sql = Sql::new(
        "SELECT b.starts_at, \
         CAST(count(CASE WHEN r.state = 'going' THEN 1 END) AS BIGINT) AS going, \
         CAST(count(CASE WHEN r.state = 'waiting' THEN 1 END) AS BIGINT) AS waiting, \
         CAST(count(CASE WHEN r.attended THEN 1 END) AS BIGINT) AS attended \
         FROM briefings b LEFT JOIN briefing_rsvps r ON r.briefing_id = b.id \
         WHERE ",
    );
    filter.during(&mut sql, "b.starts_at");
    sql.push(" GROUP BY b.id, b.starts_at ORDER BY b.starts_at");
    sql.fetch_all(db).await
}

/// Something opened in the period and maybe answered since (a feedback item, a request for
/// a mentor): its answer time.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AnswerFigure {
    /// Opened.
    pub created_at: DateTime<Utc>,
    /// First answered (by staff; by a mentor's match), if yet.
    pub answered_at: Option<DateTime<Utc>>,
}

/// The feedback items opened in the period, answered when staff first answered.
pub async fn feedback(db: &Db, filter: &Filter) -> StoreResult<Vec<AnswerFigure>> {
    filter
        .created_during(
            "SELECT created_at, first_answered_at AS answered_at FROM feedback_items WHERE ",
        )
        .fetch_all(db)
        .await
}

/// Credit codes issued on one day for one purpose.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SpendFigure {
    /// The day issued.
    pub issued_on: NaiveDate,
    /// The purpose of the request it answered (`None`: a code issued without a request).
    pub purpose: Option<String>,
    /// Codes issued.
    pub codes: i64,
    /// Their summed value.
    pub amount: i64,
}

/// Credit codes issued in the period by day and purpose, for heroes matching the filter's
/// place, in the specialization the request was made under.
pub async fn credit_spend(db: &Db, filter: &Filter) -> StoreResult<Vec<SpendFigure>> {
    let mut sql = Sql::new(
        "SELECT c.issued_on, q.purpose, CAST(count(*) AS BIGINT) AS codes, \
         CAST(sum(c.value) AS BIGINT) AS amount FROM credit_codes c \
         LEFT JOIN credit_requests q ON q.id = c.request_id \
         LEFT JOIN heroes h ON h.id = c.hero_id \
         WHERE c.issued AND c.issued_on >= ",
    );
    sql.bind(Arg::Date(filter.period.from.first_day()))
        .push(" AND c.issued_on < ")
        .bind(Arg::Date(filter.period.to.next().first_day()));
    if let Some(id) = filter.specialization {
        sql.push(" AND c.specialization_id = ").bind(Arg::Int(id));
    }
    filter.place(&mut sql, "h.country");
    sql.push(" GROUP BY c.issued_on, q.purpose ORDER BY c.issued_on");
    sql.fetch_all(db).await
}

/// An event that started in the period and was not cancelled.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventFigure {
    /// When it started.
    pub starts_at: DateTime<Utc>,
    /// Seats taken.
    pub going: i64,
    /// People checked in at the door.
    pub checked_in: i64,
}

/// The events held in the period (of the chosen specialization, in the chosen place when
/// they have one: online events and events of no group have no country).
pub async fn events(db: &Db, filter: &Filter) -> StoreResult<Vec<EventFigure>> {
    let mut sql = Sql::new(
        "SELECT e.starts_at, CAST(e.going_count AS BIGINT) AS going, \
         CAST((SELECT count(*) FROM rsvps r WHERE r.event_id = e.id \
         AND r.checked_in_at IS NOT NULL) AS BIGINT) AS checked_in \
         FROM events e LEFT JOIN user_groups g ON g.id = e.group_id \
         WHERE NOT e.cancelled AND ",
    );
    filter.during(&mut sql, "e.starts_at");
    if let Some(id) = filter.specialization {
        sql.push(" AND e.specialization_id = ").bind(Arg::Int(id));
    }
    filter.place(&mut sql, "g.country");
    sql.push(" ORDER BY e.starts_at");
    sql.fetch_all(db).await
}

/// The mentoring requests made in the period, answered when matched with a mentor.
pub async fn mentoring(db: &Db, filter: &Filter) -> StoreResult<Vec<AnswerFigure>> {
    filter
        .created_during(
            "SELECT created_at, matched_at AS answered_at FROM mentoring_requests WHERE ",
        )
        .fetch_all(db)
        .await
}
