//! Promotion requests and the spotlight they feed.
//!
//! A request names one of the hero's own public contributions; a state change is decided by
//! the domain ([`State::apply`]) and written with `WHERE state = <old>`, so two staff members
//! deciding at once (or staff deciding while the hero withdraws) cannot both win. Every change
//! that moves what the spotlight shows bumps the data version in its transaction.

use crate::accounts::Actor;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::Sql;
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::promotion::{Channels, NewRequest, Refusal, Schedule, Stage, State, Transition};

/// A request as the hero, staff and notices read it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Request {
    pub id: i64,
    pub hero_id: i64,
    pub hero_slug: String,
    pub hero_name: String,
    pub contribution_id: i64,
    pub title: String,
    pub url: String,
    pub kind: String,
    pub published_on: NaiveDate,
    #[sqlx(try_from = "String")]
    pub channels: Channels,
    pub wanted_from: NaiveDate,
    pub wanted_until: NaiveDate,
    pub note: String,
    #[sqlx(try_from = "String")]
    pub state: State,
    #[sqlx(try_from = "String")]
    pub granted: Channels,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub zone: String,
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

impl Request {
    /// Where the request is at `now` (scheduled, live and ended are read from the window).
    pub fn stage(&self, now: DateTime<Utc>) -> Stage {
        let window = self.starts_at.zip(self.ends_at);
        Stage::of(self.state, window, now)
    }
}

const REQUEST_COLUMNS: &str = "r.id, r.hero_id, h.slug AS hero_slug, h.display_name AS hero_name, \
     r.contribution_id, c.title, c.url, c.kind, c.published_on, r.channels, r.wanted_from, \
     r.wanted_until, r.note, r.state, r.granted, r.starts_at, r.ends_at, r.zone, r.reason, \
     r.created_at \
     FROM promotion_requests r JOIN heroes h ON h.id = r.hero_id \
     JOIN contributions c ON c.id = r.contribution_id";

/// Records a hero's request. `NotFound` when the contribution is not one of the hero's own
/// public ones; `Conflict { field: "contribution" }` when a request for it is already waiting
/// (the unique index decides, so two submits at once make one request).
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn request(db: &Db, hero_id: i64, new: &NewRequest, actor: &Actor) -> StoreResult<i64> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let inserted = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar::<_, i64>(
            "INSERT INTO promotion_requests (hero_id, contribution_id, channels, wanted_from, \
             wanted_until, note, state, created_at, updated_at) \
             SELECT $1, c.id, $2, $3, $4, $5, 'pending', $6, $6 FROM contributions c \
             WHERE c.id = $7 AND c.hero_id = $1 AND c.private = FALSE RETURNING id",
        )
        .bind(hero_id)
        .bind(new.channels.to_stored())
        .bind(new.from)
        .bind(new.until)
        .bind(new.note.as_str())
        .bind(now)
        .bind(new.contribution_id)
        .fetch_optional(&mut *conn)
        .await
    });
    let id = match inserted {
        Ok(Some(id)) => id,
        Ok(None) => return Err(StoreError::NotFound),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(StoreError::Conflict {
                field: "contribution",
            });
        }
        Err(e) => return Err(e.into()),
    };
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "promotion.request",
            None,
            format!("promotion #{id}"),
            new.channels.to_stored(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A hero's requests, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn of_hero(db: &Db, hero_id: i64) -> StoreResult<Vec<Request>> {
    let sql = format!("SELECT {REQUEST_COLUMNS} WHERE r.hero_id = $1 ORDER BY r.id DESC");
    Sql::with_args(sql, [hero_id.into()]).fetch_all(db).await
}

/// One request.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Option<Request>> {
    let sql = format!("SELECT {REQUEST_COLUMNS} WHERE r.id = $1");
    Sql::with_args(sql, [id.into()]).fetch_optional(db).await
}

/// The staff list: waiting requests oldest first, then approved ones whose window has not
/// ended (soonest first), then the latest 100 of the rest.
pub async fn staff_list(db: &Db, now: DateTime<Utc>) -> StoreResult<Vec<Request>> {
    let open = format!(
        "SELECT {REQUEST_COLUMNS} WHERE r.state = 'pending' OR (r.state = 'approved' AND \
         r.ends_at > $1) ORDER BY CASE WHEN r.state = 'pending' THEN 0 ELSE 1 END, \
         r.starts_at, r.id"
    );
    let closed = format!(
        "SELECT {REQUEST_COLUMNS} WHERE r.state IN ('declined', 'withdrawn') OR \
         (r.state = 'approved' AND r.ends_at <= $1) ORDER BY r.id DESC LIMIT 100"
    );
    let mut rows: Vec<Request> = with_pool!(db, |pool| sqlx::query_as::<_, Request>(
        sqlx::AssertSqlSafe(open.clone())
    )
    .bind(now)
    .fetch_all(pool)
    .await)?;
    let rest: Vec<Request> = with_pool!(db, |pool| sqlx::query_as::<_, Request>(
        sqlx::AssertSqlSafe(closed.clone())
    )
    .bind(now)
    .fetch_all(pool)
    .await)?;
    rows.extend(rest);
    Ok(rows)
}

/// How many requests wait for staff (a figure of the admin home).
pub async fn waiting(db: &Db) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT count(*) FROM promotion_requests WHERE state = 'pending'"
    )
    .fetch_one(pool)
    .await)?)
}

/// A step taken on a request, with exactly its data.
#[derive(Debug, Clone)]
pub enum Change {
    /// Staff approve with a schedule.
    Approve(Schedule),
    /// Staff move an approved request's window or channels.
    Reschedule(Schedule),
    /// Staff decline, saying why.
    Decline(String),
    /// Staff take an approved request out, saying why.
    Cancel(String),
    /// The hero takes the request back (`hero_id` must own it).
    Withdraw { hero_id: i64 },
}

impl Change {
    fn transition(&self) -> Transition {
        match self {
            Change::Approve(_) => Transition::Approve,
            Change::Reschedule(_) => Transition::Reschedule,
            Change::Decline(_) => Transition::Decline,
            Change::Cancel(_) => Transition::Cancel,
            Change::Withdraw { .. } => Transition::Withdraw,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Change::Approve(_) => "promotion.approve",
            Change::Reschedule(_) => "promotion.reschedule",
            Change::Decline(_) => "promotion.decline",
            Change::Cancel(_) => "promotion.cancel",
            Change::Withdraw { .. } => "promotion.withdraw",
        }
    }
}

/// Applies `change` to request `id`, which the caller read in state `from`: the domain
/// decides, and the update only happens if the request is still in `from` (and, for a
/// withdrawal, still the hero's), so a step racing another one either wins or is refused
/// with [`Refusal::AlreadyDecided`]. The audit entry and `notices` go in the same
/// transaction. `NotFound` when the request does not exist (or is not the hero's).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn change(
    db: &Db,
    id: i64,
    from: State,
    change: &Change,
    actor: &Actor,
    notices: &[Notice],
) -> StoreResult<Result<State, Refusal>> {
    let to = match from.apply(change.transition()) {
        Ok(to) => to,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let now = Utc::now();
    let (granted, starts, ends, zone, reason) = match change {
        Change::Approve(s) | Change::Reschedule(s) => (
            Some(s.channels.to_stored()),
            Some(s.starts.instant()),
            Some(s.ends.instant()),
            Some(s.starts.zone().name().to_owned()),
            None,
        ),
        Change::Decline(reason) | Change::Cancel(reason) => {
            (None, None, None, None, Some(reason.clone()))
        }
        Change::Withdraw { .. } => (None, None, None, None, None),
    };
    let owner = match change {
        Change::Withdraw { hero_id } => Some(*hero_id),
        _ => None,
    };
    let mut tx = db.begin().await?;
    let updated = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE promotion_requests SET state = $1, granted = COALESCE($2, granted), \
             starts_at = COALESCE($3, starts_at), ends_at = COALESCE($4, ends_at), \
             zone = COALESCE($5, zone), reason = COALESCE($6, reason), \
             decided_by = COALESCE($7, decided_by), decided_at = $8, updated_at = $8 \
             WHERE id = $9 AND state = $10 AND ($11 IS NULL OR hero_id = $11)",
        )
        .bind(to.as_str())
        .bind(granted)
        .bind(starts)
        .bind(ends)
        .bind(zone)
        .bind(reason)
        .bind(actor.user_id.filter(|_| owner.is_none()))
        .bind(now)
        .bind(id)
        .bind(from.as_str())
        .bind(owner)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if updated == 0 {
        tx.rollback().await?;
        return match get(db, id).await? {
            Some(r) if owner.is_none_or(|h| h == r.hero_id) => Ok(Err(Refusal::AlreadyDecided)),
            _ => Err(StoreError::NotFound),
        };
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            change.name(),
            None,
            format!("promotion #{id}"),
            to.as_str().to_owned(),
        ),
    )
    .await?;
    // An approved request (or one that was approved) changes what the spotlight shows.
    if from == State::Approved || to == State::Approved {
        tx.bump_data_version().await?;
    }
    notifications::send(&mut tx, notices).await?;
    tx.commit().await?;
    Ok(Ok(to))
}

/// One item of the spotlight.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct SpotItem {
    /// The request's id (stable across reschedules, used in feed ids).
    pub id: i64,
    pub hero_slug: String,
    pub hero_name: String,
    pub title: String,
    pub url: String,
    pub kind: String,
    pub published_on: NaiveDate,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// What the spotlight shows at an instant, and when that changes next.
#[derive(Debug, Clone)]
pub struct Spotlight {
    /// Items in their window, in the order their windows started.
    pub live: Vec<SpotItem>,
    /// The next instant an item comes in or goes out (`None` when nothing is scheduled), so
    /// a cached page is not served past it.
    pub next_change: Option<DateTime<Utc>>,
}

const SPOT_COLUMNS: &str = "r.id, h.slug AS hero_slug, h.display_name AS hero_name, c.title, \
     c.url, c.kind, c.published_on, c.description, r.starts_at, r.ends_at \
     FROM promotion_requests r JOIN heroes h ON h.id = r.hero_id \
     JOIN contributions c ON c.id = r.contribution_id";

/// The spotlight at `now`: approved requests granted the spotlight whose window holds `now`,
/// for contributions still public.
pub async fn spotlight(db: &Db, now: DateTime<Utc>) -> StoreResult<Spotlight> {
    let live_sql = format!(
        "SELECT {SPOT_COLUMNS} WHERE r.state = 'approved' AND r.granted LIKE '%spotlight%' \
         AND r.starts_at <= $1 AND r.ends_at > $1 AND c.private = FALSE \
         ORDER BY r.starts_at, r.id"
    );
    let live: Vec<SpotItem> = with_pool!(db, |pool| sqlx::query_as::<_, SpotItem>(
        sqlx::AssertSqlSafe(live_sql.clone())
    )
    .bind(now)
    .fetch_all(pool)
    .await)?;
    let next_start: Option<DateTime<Utc>> = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT min(starts_at) FROM promotion_requests WHERE state = 'approved' \
         AND granted LIKE '%spotlight%' AND starts_at > $1"
    )
    .bind(now)
    .fetch_one(pool)
    .await)?;
    let next_end = live.iter().map(|i| i.ends_at).min();
    let next_change = match (next_start, next_end) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    Ok(Spotlight { live, next_change })
}

/// Approved requests granted `channel_like` (a channel name) whose window overlaps
/// `[from, until)`, for the digest of that period.
pub async fn featured_between(
    db: &Db,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> StoreResult<Vec<SpotItem>> {
    let sql = format!(
        "SELECT {SPOT_COLUMNS} WHERE r.state = 'approved' AND (r.granted LIKE '%digest%' OR \
         r.granted LIKE '%spotlight%') AND r.starts_at < $2 AND r.ends_at > $1 \
         AND c.private = FALSE ORDER BY r.starts_at, r.id LIMIT 50"
    );
    Sql::with_args(sql, [from.into(), until.into()])
        .fetch_all(db)
        .await
}

/// The account that speaks for a hero, to tell them.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn account_of(
    db: &Db,
    hero_id: i64,
) -> StoreResult<Option<crate::notifications::Addressee>> {
    crate::renewal::account_of(db, hero_id).await
}
