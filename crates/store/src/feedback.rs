//! Product feedback: items heroes file to a product area, their thread (with staff-only
//! notes), "me too" votes, followers, the staff queue and the time the team takes to answer.
//!
//! An item's state moves only through the domain's [`State::apply`], written with
//! `WHERE state = <old>` so two staff members clicking at once cannot both move it; the
//! notices to the author and followers are written in the same transaction. Notices are
//! composed by the caller (a closure given each recipient), so the store decides *who* is told
//! and the server decides *what* they read.

use crate::accounts::Actor;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Utc};
use heroes_domain::feedback::{Kind, NewFeedback, Refusal, Sort, State, Transition, median};

/// A feedback item as pages and the API show it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Item {
    pub id: i64,
    #[serde(skip)]
    pub area_id: i64,
    /// The product area's slug.
    pub area: String,
    pub area_name: String,
    #[serde(skip)]
    pub author_id: i64,
    #[serde(skip)]
    pub author_name: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    #[sqlx(try_from = "String")]
    #[serde(serialize_with = "as_str")]
    pub kind: Kind,
    pub impact: String,
    /// One address a line.
    #[serde(skip)]
    pub links: String,
    /// Whether other heroes may see it.
    pub shared: bool,
    #[sqlx(try_from = "String")]
    #[serde(serialize_with = "as_str")]
    pub state: State,
    /// The staff's last word on a closed item (why declined, what shipped).
    pub note: String,
    pub duplicate_of: Option<i64>,
    /// The briefing it came from, if its author named one.
    #[serde(rename = "briefing")]
    pub briefing_id: Option<i64>,
    /// "Me too" from other heroes.
    pub votes: i64,
    #[serde(skip)]
    pub followers: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn as_str<T: std::fmt::Display, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

impl Item {
    /// The links, one per entry.
    pub fn link_list(&self) -> Vec<&str> {
        self.links.lines().filter(|l| !l.is_empty()).collect()
    }
}

const SELECT: &str = "SELECT f.id, f.area_id, a.slug AS area, a.name AS area_name, f.author_id, \
     u.name AS author_name, f.title, f.body, f.kind, f.impact, f.links, f.shared, f.state, \
     f.note, f.duplicate_of, f.briefing_id, \
     (SELECT count(*) FROM feedback_votes v WHERE v.item_id = f.id) AS votes, \
     (SELECT count(*) FROM feedback_followers w WHERE w.item_id = f.id) AS followers, \
     f.created_at, f.updated_at \
     FROM feedback_items f JOIN product_areas a ON a.id = f.area_id \
     JOIN users u ON u.id = f.author_id";

/// Someone a change is told to.
pub type Recipient = notifications::Addressee;

/// One line of a thread.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Message {
    #[serde(skip)]
    pub id: i64,
    /// Who wrote it (`None` once their account is erased).
    pub author_name: Option<String>,
    /// Written by the program team.
    pub from_staff: bool,
    /// A staff-only note; never read for the author.
    #[serde(skip)]
    pub internal: bool,
    /// The state a status change moved the item to.
    pub state: Option<String>,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Files an item to area `area_id` for `author_id`; `compose` writes the notice each owner of
/// the area gets. `UnknownReference { field: "area" }` when there is no such area.
#[tracing::instrument(level = "debug", skip_all, fields(author_id = author_id, area_id = area_id))]
pub async fn file(
    db: &Db,
    author_id: i64,
    area_id: i64,
    new: &NewFeedback,
    compose: impl Fn(&Recipient, i64) -> Option<Notice>,
) -> StoreResult<i64> {
    file_from(db, author_id, area_id, None, new, compose).await
}

/// Like [`file`], naming the briefing the item came from. The caller has checked that the
/// author may see that briefing (the store never decides who sees a briefing).
#[tracing::instrument(level = "debug", skip_all, fields(author_id = author_id, area_id = area_id, briefing_id = ?briefing_id))]
pub async fn file_from(
    db: &Db,
    author_id: i64,
    area_id: i64,
    briefing_id: Option<i64>,
    new: &NewFeedback,
    compose: impl Fn(&Recipient, i64) -> Option<Notice>,
) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let now = Utc::now();
    let links: Vec<&str> = new.links.iter().map(|l| l.as_str()).collect();
    let id: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO feedback_items (area_id, author_id, title, body, kind, impact, links, \
             shared, state, created_at, updated_at, briefing_id) \
             SELECT a.id, $2, $3, $4, $5, $6, $7, $8, 'new', $9, $9, $10 FROM product_areas a \
             WHERE a.id = $1 RETURNING id",
        )
        .bind(area_id)
        .bind(author_id)
        .bind(new.title.as_str())
        .bind(new.body.as_str())
        .bind(new.kind.as_str())
        .bind(new.impact.as_str())
        .bind(links.join("\n"))
        .bind(new.shared)
        .bind(now)
        .bind(briefing_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(id) = id else {
        return tx.fail(StoreError::unknown("area", area_id)).await;
    };
    let owners: Vec<Recipient> = with_tx!(&mut tx, |conn| {
        sqlx::query_as(
            "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM product_area_owners o \
             JOIN users u ON u.id = o.user_id WHERE o.area_id = $1 AND u.id <> $2",
        )
        .bind(area_id)
        .bind(author_id)
        .fetch_all(&mut *conn)
        .await?
    });
    let notices: Vec<Notice> = owners.iter().filter_map(|o| compose(o, id)).collect();
    notifications::send(&mut tx, &notices).await?;
    tx.commit().await?;
    Ok(id)
}

/// The items that came from briefing `briefing_id`, newest first (its organizers' page).
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id))]
pub async fn from_briefing(db: &Db, briefing_id: i64) -> StoreResult<Vec<Item>> {
    let sql = format!("{SELECT} WHERE f.briefing_id = $1 ORDER BY f.created_at DESC, f.id DESC");
    Sql::with_args(sql, [briefing_id.into()])
        .fetch_all(db)
        .await
}

/// One item, whoever asks (staff pages); `None` when there is none.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Option<Item>> {
    let sql = format!("{SELECT} WHERE f.id = $1");
    Sql::with_args(sql, [id.into()]).fetch_optional(db).await
}

/// One item as hero `user_id` may see it: their own, or one its author shared with other
/// heroes. `None` otherwise, exactly as for an item that does not exist.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, user_id = user_id))]
pub async fn for_hero(db: &Db, id: i64, user_id: i64) -> StoreResult<Option<Item>> {
    let sql = format!("{SELECT} WHERE f.id = $1 AND (f.author_id = $2 OR f.shared = TRUE)");
    Sql::with_args(sql, [id.into(), user_id.into()])
        .fetch_optional(db)
        .await
}

/// The items `user_id` filed, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn filed_by(db: &Db, user_id: i64) -> StoreResult<Vec<Item>> {
    let sql = format!("{SELECT} WHERE f.author_id = $1 ORDER BY f.created_at DESC, f.id DESC");
    Sql::with_args(sql, [user_id.into()]).fetch_all(db).await
}

/// Items other heroes shared that are still open, most "me too" first (at most 100).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn shared_by_others(db: &Db, user_id: i64) -> StoreResult<Vec<Item>> {
    let sql = format!(
        "{SELECT} WHERE f.author_id <> $1 AND f.shared = TRUE \
         AND f.state NOT IN ('shipped', 'declined', 'duplicate') \
         ORDER BY votes DESC, f.created_at DESC, f.id DESC LIMIT 100"
    );
    Sql::with_args(sql, [user_id.into()]).fetch_all(db).await
}

/// The items `user_id` follows, newest change first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn followed_by(db: &Db, user_id: i64) -> StoreResult<Vec<Item>> {
    let sql = format!(
        "{SELECT} WHERE EXISTS (SELECT 1 FROM feedback_followers w \
         WHERE w.item_id = f.id AND w.user_id = $1) ORDER BY f.updated_at DESC, f.id DESC"
    );
    Sql::with_args(sql, [user_id.into()]).fetch_all(db).await
}

/// The ids of the items `user_id` said "me too" to (for their export).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn voted_by(db: &Db, user_id: i64) -> StoreResult<Vec<i64>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT item_id FROM feedback_votes WHERE user_id = $1 ORDER BY item_id"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await)?)
}

/// An item's thread, oldest first; staff-only notes only when `with_internal`.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn thread(db: &Db, id: i64, with_internal: bool) -> StoreResult<Vec<Message>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Message>(
        "SELECT m.id, u.name AS author_name, m.from_staff, m.internal, m.state, m.body, \
         m.created_at FROM feedback_messages m LEFT JOIN users u ON u.id = m.author_id \
         WHERE m.item_id = $1 AND (m.internal = FALSE OR $2) ORDER BY m.id"
    )
    .bind(id)
    .bind(with_internal)
    .fetch_all(pool)
    .await)?)
}

/// Whether `user_id` said "me too" to and follows item `id`.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, user_id = user_id))]
pub async fn stance(db: &Db, id: i64, user_id: i64) -> StoreResult<(bool, bool)> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, (bool, bool)>(
        "SELECT EXISTS (SELECT 1 FROM feedback_votes WHERE item_id = $1 AND user_id = $2), \
         EXISTS (SELECT 1 FROM feedback_followers WHERE item_id = $1 AND user_id = $2)"
    )
    .bind(id)
    .bind(user_id)
    .fetch_one(pool)
    .await)?)
}

/// Who writes a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// The item's author.
    Author,
    /// The program team, for the author to read.
    Staff,
    /// The program team, for the team only.
    StaffNote,
}

/// Adds a message to item `id` by `author_id`. A staff answer is the item's first answer if
/// none came before, and tells the author (`compose`); the author's message tells the area's
/// owners. A staff-only note tells nobody.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, author_id = author_id))]
pub async fn write(
    db: &Db,
    id: i64,
    author_id: i64,
    voice: Voice,
    body: &str,
    compose: impl Fn(&Recipient) -> Option<Notice>,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let now = Utc::now();
    let (from_staff, internal) = match voice {
        Voice::Author => (false, false),
        Voice::Staff => (true, false),
        Voice::StaffNote => (true, true),
    };
    let written = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO feedback_messages (item_id, author_id, from_staff, internal, body, \
             created_at) SELECT id, $2, $3, $4, $5, $6 FROM feedback_items WHERE id = $1",
        )
        .bind(id)
        .bind(author_id)
        .bind(from_staff)
        .bind(internal)
        .bind(body)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if written == 0 {
        return tx.fail(StoreError::NotFound).await;
    }
    let recipients: Vec<Recipient> = match voice {
        Voice::StaffNote => Vec::new(),
        Voice::Staff => with_tx!(&mut tx, |conn| {
            sqlx::query(
                "UPDATE feedback_items SET updated_at = $2, \
                 first_answered_at = coalesce(first_answered_at, $2) WHERE id = $1",
            )
            .bind(id)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            sqlx::query_as(
                "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM feedback_items f \
                 JOIN users u ON u.id = f.author_id WHERE f.id = $1 AND u.id <> $2",
            )
            .bind(id)
            .bind(author_id)
            .fetch_all(&mut *conn)
            .await?
        }),
        Voice::Author => with_tx!(&mut tx, |conn| {
            sqlx::query("UPDATE feedback_items SET updated_at = $2 WHERE id = $1")
                .bind(id)
                .bind(now)
                .execute(&mut *conn)
                .await?;
            sqlx::query_as(
                "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM feedback_items f \
                 JOIN product_area_owners o ON o.area_id = f.area_id \
                 JOIN users u ON u.id = o.user_id WHERE f.id = $1 AND u.id <> $2",
            )
            .bind(id)
            .bind(author_id)
            .fetch_all(&mut *conn)
            .await?
        }),
    };
    let notices: Vec<Notice> = recipients.iter().filter_map(&compose).collect();
    notifications::send(&mut tx, &notices).await?;
    tx.commit().await
}

/// Adds (`on`) or takes back `user_id`'s "me too" on item `id`; a double click counts once
/// (the primary key). The caller has checked the item is one they may see.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, user_id = user_id))]
pub async fn set_vote(db: &Db, id: i64, user_id: i64, on: bool) -> StoreResult<()> {
    toggle(db, "feedback_votes", id, user_id, on).await
}

/// Follows (`on`) or stops following item `id`.
pub async fn set_follow(db: &Db, id: i64, user_id: i64, on: bool) -> StoreResult<()> {
    toggle(db, "feedback_followers", id, user_id, on).await
}

async fn toggle(db: &Db, table: &'static str, id: i64, user_id: i64, on: bool) -> StoreResult<()> {
    if on {
        let sql = format!(
            "INSERT INTO {table} (item_id, user_id, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (item_id, user_id) DO NOTHING"
        );
        with_pool!(db, |pool| sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(user_id)
            .bind(Utc::now())
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
    } else {
        let sql = format!("DELETE FROM {table} WHERE item_id = $1 AND user_id = $2");
        with_pool!(db, |pool| sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(user_id)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// A status change as staff asked for it.
#[derive(Debug, Clone)]
pub struct Change {
    pub transition: Transition,
    /// The staff's note: the decline reason, what shipped, or a word to go with any step.
    pub note: String,
    /// For [`Transition::MarkDuplicate`]: the item this one repeats.
    pub duplicate_of: Option<i64>,
}

/// What became of a status change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Moved {
    /// Done: the item is now in this state.
    To(State),
    /// The state machine refused the step.
    Refused(Refusal),
    /// Someone else moved the item first; nothing was changed.
    Stale,
    /// The item named as the original does not exist, is this item, or is itself a duplicate.
    NoSuchOriginal,
}

/// Moves item `id` as `change` says. The author and every follower (but whoever made the
/// change) are told through `compose`; a duplicate's followers, and its author, then follow
/// the original. `NotFound` when there is no such item.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn change_state(
    db: &Db,
    id: i64,
    change: &Change,
    actor: &Actor,
    compose: impl Fn(&Recipient, State) -> Option<Notice>,
) -> StoreResult<Moved> {
    let mut tx = db.begin().await?;
    let now = Utc::now();
    let current: Option<(String, i64)> = with_tx!(&mut tx, |conn| {
        sqlx::query_as("SELECT state, author_id FROM feedback_items WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    });
    let Some((stored, author_id)) = current else {
        return tx.fail(StoreError::NotFound).await;
    };
    let from = State::try_from(stored)?;
    let to = match from.apply(change.transition) {
        Ok(to) => to,
        Err(refusal) => {
            tx.rollback().await?;
            return Ok(Moved::Refused(refusal));
        }
    };
    let original = if to == State::Duplicate {
        let original: Option<i64> = match change.duplicate_of {
            Some(original) if original != id => with_tx!(&mut tx, |conn| {
                sqlx::query_scalar(
                    "SELECT id FROM feedback_items WHERE id = $1 AND state <> 'duplicate'",
                )
                .bind(original)
                .fetch_optional(&mut *conn)
                .await?
            }),
            _ => None,
        };
        let Some(original) = original else {
            tx.rollback().await?;
            return Ok(Moved::NoSuchOriginal);
        };
        Some(original)
    } else {
        None
    };
    // The step is decided on the state read above; the update holds only if nobody moved the
    // item in between.
    let updated = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE feedback_items SET state = $1, updated_at = $2, \
             note = CASE WHEN $3 THEN $4 ELSE note END, \
             duplicate_of = $5, first_answered_at = coalesce(first_answered_at, $2), \
             resolved_at = CASE WHEN $3 THEN $2 ELSE NULL END \
             WHERE id = $6 AND state = $7",
        )
        .bind(to.as_str())
        .bind(now)
        .bind(to.is_closed())
        .bind(change.note.as_str())
        .bind(original)
        .bind(id)
        .bind(from.as_str())
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if updated == 0 {
        tx.rollback().await?;
        return Ok(Moved::Stale);
    }
    let recipients: Vec<Recipient> = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO feedback_messages (item_id, author_id, from_staff, internal, state, \
             body, created_at) VALUES ($1, $2, TRUE, FALSE, $3, $4, $5)",
        )
        .bind(id)
        .bind(actor.user_id)
        .bind(to.as_str())
        .bind(change.note.as_str())
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query_as(
            "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM users u WHERE u.id = $1 \
             UNION SELECT u.id, u.email, u.name, u.language, u.time_zone FROM feedback_followers w \
             JOIN users u ON u.id = w.user_id WHERE w.item_id = $2",
        )
        .bind(author_id)
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
    });
    if let Some(original) = original {
        // The duplicate's followers and author follow the original instead (its own author
        // is told of it anyway).
        with_tx!(&mut tx, |conn| {
            for source in [
                "SELECT $1, w.user_id, $3 FROM feedback_followers w WHERE w.item_id = $2",
                "SELECT $1, f.author_id, $3 FROM feedback_items f WHERE f.id = $2",
            ] {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "INSERT INTO feedback_followers (item_id, user_id, created_at) {source} \
                     ON CONFLICT (item_id, user_id) DO NOTHING"
                )))
                .bind(original)
                .bind(id)
                .bind(now)
                .execute(&mut *conn)
                .await?;
            }
            sqlx::query(
                "DELETE FROM feedback_followers WHERE item_id = $1 AND user_id = \
                 (SELECT author_id FROM feedback_items WHERE id = $1)",
            )
            .bind(original)
            .execute(&mut *conn)
            .await?;
            sqlx::query("DELETE FROM feedback_followers WHERE item_id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
        });
    }
    let notices: Vec<Notice> = recipients
        .iter()
        .filter(|r| Some(r.user_id) != actor.user_id)
        .filter_map(|r| compose(r, to))
        .collect();
    notifications::send(&mut tx, &notices).await?;
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "feedback.state",
            Some(author_id),
            format!("feedback #{id}"),
            match original {
                Some(o) => format!("{from} → {to} (of #{o})"),
                None => format!("{from} → {to}"),
            },
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(Moved::To(to))
}

/// The staff queue's filters.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    /// One product area, or every one.
    pub area_id: Option<i64>,
    pub state: Option<State>,
    pub kind: Option<Kind>,
    /// Only items filed before this time (older than some days).
    pub filed_before: Option<DateTime<Utc>>,
    pub sort: Sort,
}

/// The queue: at most 200 items matching `q`.
pub async fn queue(db: &Db, q: &QueueQuery) -> StoreResult<Vec<Item>> {
    let mut sql = Sql::new("WITH q AS (");
    sql.push(SELECT).push(" WHERE 1 = 1");
    if let Some(area) = q.area_id {
        sql.push(" AND f.area_id = ").bind(Arg::Int(area));
    }
    if let Some(state) = q.state {
        sql.push(" AND f.state = ")
            .bind(Arg::Text(state.as_str().to_owned()));
    }
    if let Some(kind) = q.kind {
        sql.push(" AND f.kind = ")
            .bind(Arg::Text(kind.as_str().to_owned()));
    }
    if let Some(before) = q.filed_before {
        sql.push(" AND f.created_at < ").bind(Arg::Time(before));
    }
    sql.push(") SELECT * FROM q");
    sql.push(match q.sort {
        Sort::Votes => " ORDER BY votes DESC, created_at, id",
        Sort::Oldest => " ORDER BY created_at, id",
        Sort::Newest => " ORDER BY created_at DESC, id DESC",
    });
    sql.push(" LIMIT 200");
    Ok(with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, Item>(sqlx::AssertSqlSafe(sql.text.clone())),
        &sql.args
    )
    .fetch_all(pool)
    .await)?)
}

/// How quickly the team answers in one product area.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseTimes {
    /// Median seconds from filing to the first staff answer or status change.
    pub first_answer: Option<i64>,
    /// Median seconds from filing to shipped, declined or duplicate.
    pub resolution: Option<i64>,
}

/// The medians per product area id (areas with no answered item are absent).
pub async fn response_times(db: &Db) -> StoreResult<Vec<(i64, ResponseTimes)>> {
    type Row = (
        i64,
        DateTime<Utc>,
        Option<DateTime<Utc>>,
        Option<DateTime<Utc>>,
    );
    let rows: Vec<Row> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT area_id, created_at, first_answered_at, resolved_at FROM feedback_items \
         WHERE first_answered_at IS NOT NULL ORDER BY area_id"
    )
    .fetch_all(pool)
    .await)?;
    let mut out: Vec<(i64, Vec<i64>, Vec<i64>)> = Vec::new();
    for (area, created, answered, resolved) in rows {
        if out.last().is_none_or(|(a, _, _)| *a != area) {
            out.push((area, Vec::new(), Vec::new()));
        }
        let (_, answers, resolutions) = out.last_mut().expect("just pushed");
        if let Some(at) = answered {
            answers.push((at - created).num_seconds());
        }
        if let Some(at) = resolved {
            resolutions.push((at - created).num_seconds());
        }
    }
    Ok(out
        .into_iter()
        .map(|(area, mut answers, mut resolutions)| {
            (
                area,
                ResponseTimes {
                    first_answer: median(&mut answers),
                    resolution: median(&mut resolutions),
                },
            )
        })
        .collect())
}

/// Sets an item's times as if it had been filed at `filed` (the demo's history).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn backdate(db: &Db, id: i64, filed: DateTime<Utc>) -> StoreResult<()> {
    let mut tx: Tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE feedback_items SET created_at = $2 WHERE id = $1")
            .bind(id)
            .bind(filed)
            .execute(&mut *conn)
            .await?;
    });
    tx.commit().await
}
