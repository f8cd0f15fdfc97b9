//! Renewal: the contributions readiness is computed from, and the decisions of a renewal
//! cycle (renew, move to alumni, leave of absence).

use crate::accounts::Actor;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Addressee, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use heroes_domain::contribution::{ContributionKind, Reach};
use heroes_domain::renewal::Item;
use heroes_domain::webhooks::EventKind;
use std::collections::HashMap;

/// What an admin decides for a hero in a renewal cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Another year as a hero.
    Renew,
    /// Moved to alumni: keeps the public page with the alumni mark, loses hero access.
    Alumni,
    /// A leave of absence with an expected return.
    Leave,
}

impl Decision {
    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Renew => "renew",
            Decision::Alumni => "alumni",
            Decision::Leave => "leave",
        }
    }

    /// Reads a submitted name.
    pub fn parse(value: &str) -> Option<Decision> {
        [Decision::Renew, Decision::Alumni, Decision::Leave]
            .into_iter()
            .find(|d| d.as_str() == value)
    }

    /// The hero status it leads to.
    pub fn status(self) -> &'static str {
        match self {
            Decision::Renew => "active",
            Decision::Alumni => "alumni",
            Decision::Leave => "on-leave",
        }
    }
}

/// A hero as the renewal list shows them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RenewalHero {
    pub id: i64,
    pub slug: String,
    pub display_name: String,
    pub status: String,
}

/// A recorded decision.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecordedDecision {
    pub hero_id: i64,
    pub decision: String,
    pub expected_return: Option<NaiveDate>,
    pub points: i64,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    hero_id: i64,
    kind: String,
    title: String,
    published_on: NaiveDate,
    views: Option<i64>,
    attendees: Option<i64>,
    stars: Option<i64>,
    answers: Option<i64>,
}

/// The contributions (public and private) of each hero published since `since`, and the
/// mentoring sessions they logged as mentors (untitled), as the readiness rubric reads them. A work logged twice before addresses were unique per hero
/// (migration 0012 left the later copy without a canonical address) counts once.
pub async fn items(
    db: &Db,
    hero_ids: &[i64],
    since: NaiveDate,
) -> StoreResult<HashMap<i64, Vec<Item>>> {
    let mut out: HashMap<i64, Vec<Item>> = HashMap::new();
    if hero_ids.is_empty() {
        return Ok(out);
    }
    let mut sql = Sql::new(
        "SELECT hero_id, kind, title, published_on, views, attendees, stars, answers \
         FROM contributions WHERE canonical IS NOT NULL AND published_on >= ",
    );
    sql.bind(Arg::Date(since)).push(" AND hero_id IN ");
    sql.bind_list(hero_ids.iter().map(|id| Arg::Int(*id)));
    let rows: Vec<ItemRow> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, ItemRow>(sqlx::AssertSqlSafe(sql.text.clone())),
        &sql.args
    )
    .fetch_all(pool)
    .await)?;
    // Logged mentoring sessions count as mentoring for the mentor; their notes stay with the
    // pair (only the date is read).
    let mut sessions = Sql::new(
        "SELECT m.mentor_id, s.held_on FROM mentoring_sessions s \
         JOIN mentorships m ON m.id = s.mentorship_id WHERE s.held_on >= ",
    );
    sessions.bind(Arg::Date(since)).push(" AND m.mentor_id IN ");
    sessions.bind_list(hero_ids.iter().map(|id| Arg::Int(*id)));
    let session_rows: Vec<(i64, NaiveDate)> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, (i64, NaiveDate)>(sqlx::AssertSqlSafe(sessions.text.clone())),
        &sessions.args
    )
    .fetch_all(pool)
    .await)?;
    for (hero_id, held_on) in session_rows {
        out.entry(hero_id).or_default().push(Item {
            title: String::new(),
            kind: ContributionKind::Mentoring,
            published_on: held_on,
            reach: Reach::default(),
        });
    }
    for r in rows {
        let Ok(kind) = ContributionKind::parse("kind", &r.kind) else {
            continue;
        };
        out.entry(r.hero_id).or_default().push(Item {
            title: r.title,
            kind,
            published_on: r.published_on,
            reach: Reach {
                views: r.views,
                attendees: r.attendees,
                stars: r.stars,
                answers: r.answers,
            },
        });
    }
    Ok(out)
}

/// The heroes a renewal list shows, A-Z, a page at a time, with the total: active heroes and
/// heroes on leave; with a cycle `(id, opens_on)`, only those recognized before the year it
/// opens in (a hero named this year is not up for renewal yet), plus every hero already
/// decided in it — so a hero moved to alumni stays on the list, and the decision can be
/// changed.
pub async fn heroes(
    db: &Db,
    cycle: Option<(i64, NaiveDate)>,
    page: i64,
    per_page: i64,
) -> StoreResult<(Vec<RenewalHero>, i64)> {
    let (cycle_id, year) = match cycle {
        Some((id, opens_on)) => (id, i64::from(opens_on.year())),
        None => (0, i64::MAX),
    };
    let filter = "FROM heroes h WHERE (h.status IN ('active', 'on-leave') \
                  AND h.hero_since < $1) \
                  OR EXISTS (SELECT 1 FROM renewal_decisions d \
                             WHERE d.cycle_id = $2 AND d.hero_id = h.id)";
    let count_sql = format!("SELECT count(*) {filter}");
    let total: i64 = with_pool!(db, |pool| sqlx::query_scalar(sqlx::AssertSqlSafe(
        count_sql.clone()
    ))
    .bind(year)
    .bind(cycle_id)
    .fetch_one(pool)
    .await)?;
    let rows_sql = format!(
        "SELECT h.id, h.slug, h.display_name, h.status {filter} \
         ORDER BY h.sort_name, h.id LIMIT $3 OFFSET $4"
    );
    let rows = with_pool!(db, |pool| {
        sqlx::query_as::<_, RenewalHero>(sqlx::AssertSqlSafe(rows_sql.clone()))
            .bind(year)
            .bind(cycle_id)
            .bind(per_page)
            .bind((page.max(1) - 1) * per_page)
            .fetch_all(pool)
            .await
    })?;
    Ok((rows, total))
}

/// Tells the heroes of every renewal cycle that has opened by `today` and not been told yet:
/// each cycle is claimed by a conditional update in the transaction that writes its notices
/// (`compose` gets the cycle's name and closing day and the recipients), so two instances running the job never tell anyone twice. Returns the cycles told.
pub async fn tell_opened(
    db: &Db,
    today: NaiveDate,
    compose: impl Fn(&str, NaiveDate, &[Addressee]) -> Vec<Notice>,
) -> StoreResult<Vec<i64>> {
    let due: Vec<(i64, String, NaiveDate)> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT id, name, closes_on FROM cycles WHERE kind = 'renewal' AND opens_on <= $1 \
         AND closes_on >= $1 AND opening_told_at IS NULL ORDER BY id"
    )
    .bind(today)
    .fetch_all(pool)
    .await)?;
    let mut told = Vec::new();
    for (id, name, closes_on) in due {
        let mut tx = db.begin().await?;
        let claimed = with_tx!(&mut tx, |conn| {
            sqlx::query(
                "UPDATE cycles SET opening_told_at = $1 WHERE id = $2 AND opening_told_at IS NULL",
            )
            .bind(Utc::now())
            .bind(id)
            .execute(&mut *conn)
            .await?
            .rows_affected()
        });
        if claimed == 0 {
            continue;
        }
        let recipients: Vec<Addressee> = with_tx!(&mut tx, |conn| {
            sqlx::query_as(
                "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM users u \
                 JOIN heroes h ON h.id = u.hero_id \
                 WHERE h.status IN ('active', 'on-leave') ORDER BY u.id",
            )
            .fetch_all(&mut *conn)
            .await?
        });
        notifications::send(&mut tx, &compose(&name, closes_on, &recipients)).await?;
        tx.commit().await?;
        told.push(id);
    }
    Ok(told)
}

/// The decisions of a cycle, by hero.
#[tracing::instrument(level = "debug", skip_all, fields(cycle_id = cycle_id))]
pub async fn decisions(db: &Db, cycle_id: i64) -> StoreResult<HashMap<i64, RecordedDecision>> {
    let rows: Vec<RecordedDecision> = with_pool!(db, |pool| {
        sqlx::query_as(
        "SELECT hero_id, decision, expected_return, points FROM renewal_decisions WHERE cycle_id = $1"
    )
    .bind(cycle_id)
    .fetch_all(pool)
    .await
    })?;
    Ok(rows.into_iter().map(|r| (r.hero_id, r)).collect())
}

/// What an admin decided, ready to record.
#[derive(Debug, Clone)]
pub struct NewDecision {
    pub cycle_id: i64,
    pub hero_id: i64,
    pub decision: Decision,
    pub expected_return: Option<NaiveDate>,
    pub note: String,
    /// Readiness points at the time of the decision.
    pub points: u32,
}

/// Records (or replaces) a hero's decision in a cycle and applies it to their status at
/// once: alumni lose hero-only access with their next request.
pub async fn decide(
    db: &Db,
    d: &NewDecision,
    actor: &Actor,
    notices: &[Notice],
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let (replaced, updated) = with_tx!(&mut tx, |conn| {
        let replaced: Option<(String, DateTime<Utc>)> = sqlx::query_as(
            "SELECT decision, decided_at FROM renewal_decisions \
             WHERE cycle_id = $1 AND hero_id = $2",
        )
        .bind(d.cycle_id)
        .bind(d.hero_id)
        .fetch_optional(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO renewal_decisions (cycle_id, hero_id, decision, expected_return, note, \
             points, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (cycle_id, hero_id) DO UPDATE SET decision = excluded.decision, \
             expected_return = excluded.expected_return, note = excluded.note, \
             points = excluded.points, decided_by = excluded.decided_by, \
             decided_at = excluded.decided_at",
        )
        .bind(d.cycle_id)
        .bind(d.hero_id)
        .bind(d.decision.as_str())
        .bind(d.expected_return)
        .bind(&d.note)
        .bind(i64::from(d.points))
        .bind(actor.user_id)
        .bind(Utc::now())
        .execute(&mut *conn)
        .await?;
        // A candidate is not a hero yet: only the announcement makes them one, so a decision
        // naming one finds nothing.
        let updated = sqlx::query_scalar::<_, String>(
            "UPDATE hero_records SET status = $1, updated_at = $2 \
             WHERE id = $3 AND status <> 'candidate' RETURNING display_name",
        )
        .bind(d.decision.status())
        .bind(Utc::now())
        .bind(d.hero_id)
        .fetch_optional(&mut *conn)
        .await?;
        (replaced, updated)
    });
    // The audit log names the hero, as the admin knew them when deciding.
    let Some(hero_name) = updated else {
        return Err(StoreError::NotFound);
    };
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "renewal.decide",
            None,
            format!("{hero_name} (hero #{})", d.hero_id),
            d.decision.as_str().to_owned(),
        ),
    )
    .await?;
    let already_alumni = replaced
        .as_ref()
        .is_some_and(|(r, _)| r == Decision::Alumni.as_str());
    if d.decision == Decision::Alumni && !already_alumni {
        crate::webhooks::record(&mut tx, EventKind::HeroMovedToAlumni, Some(d.hero_id)).await?;
    }
    if d.decision == Decision::Alumni {
        // Alumni keep the codes issued to them and lose what was not (PRODUCT.md: no benefits).
        crate::credits::forfeit(&mut tx, d.hero_id, actor).await?;
    } else if let Some((_, since)) = replaced.filter(|(r, _)| r == Decision::Alumni.as_str()) {
        // The move to alumni is taken back: what it revoked comes back (a ledger entry).
        crate::credits::restore_forfeit(&mut tx, d.hero_id, since, actor).await?;
    }
    crate::search::refresh(&mut tx, d.hero_id).await?;
    tx.bump_data_version().await?;
    notifications::send(&mut tx, notices).await?;
    tx.commit().await
}

/// The account that speaks for a hero, to tell them.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn account_of(db: &Db, hero_id: i64) -> StoreResult<Option<Addressee>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT id AS user_id, email, name, language, time_zone FROM users WHERE hero_id = $1"
    )
    .bind(hero_id)
    .fetch_optional(pool)
    .await)?)
}
