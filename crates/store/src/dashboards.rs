//! The figures of the program team's dashboards. Contribution figures read the rollups that
//! triggers keep in every writing transaction (`contribution_months`, `hero_months`, see
//! migration 0026), so no chart scans the contributions themselves; hero and selection
//! figures read tables of thousands of rows at most. Every function takes the same
//! [`Filter`] and applies what fits its figure.

use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::dashboards::{Period, Windows};
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

async fn rows<T>(db: &Db, sql: Sql) -> StoreResult<Vec<T>>
where
    T: Send
        + Unpin
        + for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
        + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
{
    Ok(with_pool!(db, |pool| {
        bind_args!(
            sqlx::query_as::<_, T>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await
    })?)
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
    rows(db, sql).await
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
    rows(db, sql).await
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
    rows(db, sql).await
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
pub async fn contributions_by_month(db: &Db, filter: &Filter) -> StoreResult<Vec<MonthTotal>> {
    let mut sql = Sql::new(
        "SELECT month, kind, specialization_id, \
         CAST(sum(contributions) AS BIGINT) AS contributions, CAST(sum(views) AS BIGINT) AS views, \
         CAST(sum(attendees) AS BIGINT) AS attendees, CAST(sum(stars) AS BIGINT) AS stars, \
         CAST(sum(answers) AS BIGINT) AS answers FROM contribution_months WHERE 1 = 1",
    );
    filter.months(&mut sql, "month");
    if let Some(id) = filter.specialization {
        sql.push(" AND specialization_id = ").bind(Arg::Int(id));
    }
    filter.place(&mut sql, "country");
    sql.push(" GROUP BY month, kind, specialization_id ORDER BY month");
    rows(db, sql).await
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
pub async fn most_active(db: &Db, filter: &Filter, limit: i64) -> StoreResult<Vec<HeroFigure>> {
    let mut sql = Sql::new(
        "SELECT h.slug, h.display_name, h.country, \
         CAST(sum(m.contributions) AS BIGINT) AS value \
         FROM hero_months m JOIN heroes h ON h.id = m.hero_id WHERE 1 = 1",
    );
    filter.months(&mut sql, "m.month");
    filter.awarded(&mut sql);
    filter.place(&mut sql, "h.country");
    sql.push(
        " GROUP BY h.id, h.slug, h.display_name, h.country, h.sort_name \
         ORDER BY value DESC, h.sort_name LIMIT ",
    )
    .bind(Arg::Int(limit));
    rows(db, sql).await
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
/// the two windows. Reads at most 180 days of the index `contributions_public_date_hero`.
pub async fn activity(
    db: &Db,
    filter: &Filter,
    windows: Windows,
) -> StoreResult<Vec<HeroActivity>> {
    let mut sql = Sql::new(
        "SELECT h.slug, h.display_name, h.country, coalesce(w.recent, 0) AS recent, \
         coalesce(w.before, 0) AS before, w.latest \
         FROM heroes h LEFT JOIN (SELECT hero_id, \
         CAST(sum(CASE WHEN published_on >= ",
    );
    sql.bind(Arg::Date(windows.recent_from))
        .push(
            " THEN 1 ELSE 0 END) AS BIGINT) AS recent, \
             CAST(sum(CASE WHEN published_on < ",
        )
        .bind(Arg::Date(windows.recent_from))
        .push(
            " THEN 1 ELSE 0 END) AS BIGINT) AS before, max(published_on) AS latest \
             FROM contributions WHERE private = FALSE AND published_on >= ",
        )
        .bind(Arg::Date(windows.before_from))
        .push(" AND published_on <= ")
        .bind(Arg::Date(windows.today))
        .push(" GROUP BY hero_id) w ON w.hero_id = h.id WHERE h.status = 'active'");
    filter.awarded(&mut sql);
    filter.place(&mut sql, "h.country");
    sql.push(" ORDER BY h.sort_name");
    rows(db, sql).await
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
         WHERE y.kind = 'selection' AND y.opens_on <= ",
    );
    let last_day = filter
        .period
        .to
        .next()
        .first_day()
        .pred_opt()
        .expect("a valid day");
    sql.bind(Arg::Date(last_day))
        .push(" AND y.closes_on >= ")
        .bind(Arg::Date(filter.period.from.first_day()));
    if let Some(id) = filter.specialization {
        sql.push(" AND c.specialization_id = ").bind(Arg::Int(id));
    }
    filter.place(&mut sql, "c.country");
    sql.push(" ORDER BY y.opens_on, y.id, c.id");
    rows(db, sql).await
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
         WHERE y.kind = 'selection' AND y.opens_on <= ",
    );
    let last_day = filter
        .period
        .to
        .next()
        .first_day()
        .pred_opt()
        .expect("a valid day");
    sql.bind(Arg::Date(last_day))
        .push(" AND y.closes_on >= ")
        .bind(Arg::Date(filter.period.from.first_day()));
    if let Some(id) = filter.specialization {
        sql.push(" AND c.specialization_id = ").bind(Arg::Int(id));
    }
    filter.place(&mut sql, "c.country");
    sql.push(" ORDER BY u.email");
    rows(db, sql).await
}

/// One key of the contribution rollup with its figures, as a tuple for comparing.
type RollupLine = (String, String, i64, String, i64, i64, i64, i64, i64);

/// One line of the per-hero rollup: hero, month, contributions.
type HeroLine = (i64, String, i64);

/// Whether the rollups equal a direct count of the contributions (they always should: the
/// triggers keep them in every writing transaction). Scans every contribution, so it is a
/// check for tests and operators, never for a page. Returns the keys that differ.
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
    let mut differences: Vec<String> = Vec::new();
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
