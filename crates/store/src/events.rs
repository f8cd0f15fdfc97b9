//! Events of a group or of the program, their speakers, RSVPs with a waitlist, check-in, and
//! the secret addresses of personal calendar feeds.
//!
//! **Capacity is decided under the event's row lock.** Every RSVP, cancellation and
//! promotion first locks the event's row (`FOR UPDATE` on PostgreSQL; SQLite's writers queue
//! on `BEGIN IMMEDIATE`), reads the seats taken, asks `RsvpState::apply`, and moves
//! `going_count` in the same transaction; the table's check (`going_count <= capacity`) is
//! the last guard. A cancelled seat goes to the first person waiting in that transaction, so
//! a seat is never free while someone waits.

use crate::accounts::Actor;
use crate::db::{Backend, Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Utc};
use heroes_domain::events::{EventKind, NewEvent, RsvpRefusal, RsvpState, RsvpStep, takes_rsvps};

/// An event as lists, feeds and the API show it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct EventSummary {
    pub id: i64,
    pub title: String,
    pub description: String,
    #[sqlx(try_from = "String")]
    pub kind: EventKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: String,
    pub venue: String,
    /// Whether there is an online link (the link itself is on the event's page).
    pub online: bool,
    pub capacity: Option<i64>,
    pub going_count: i64,
    pub cancelled: bool,
    pub sequence: i64,
    pub updated_at: DateTime<Utc>,
    pub group_slug: Option<String>,
    pub group_name: Option<String>,
    /// The group's country; `None` for the program's own events.
    pub country: Option<String>,
    pub specialization: Option<String>,
}

/// A speaker, linked to their hero page when they are a hero of the program.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Speaker {
    pub name: String,
    pub talk_title: String,
    pub hero_slug: Option<String>,
}

/// An event with what its page shows.
#[derive(Debug, Clone)]
pub struct Event {
    pub summary: EventSummary,
    pub online_url: Option<String>,
    pub link_for_attendees: bool,
    pub rsvp_deadline: Option<DateTime<Utc>>,
    pub group_id: Option<i64>,
    pub waiting_count: i64,
    pub attended_count: i64,
    pub speakers: Vec<Speaker>,
}

#[derive(sqlx::FromRow)]
struct EventExtra {
    online_url: Option<String>,
    link_for_attendees: bool,
    rsvp_deadline: Option<DateTime<Utc>>,
    group_id: Option<i64>,
    waiting_count: i64,
    attended_count: i64,
}

/// The filters of `/events`, the feeds and the API.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    /// Only events that have not ended by this time (`Some`), or only those that have
    /// (`past`).
    pub coming_after: Option<DateTime<Utc>>,
    pub past_before: Option<DateTime<Utc>>,
    pub country: Option<String>,
    pub online: bool,
    /// A specialization's slug, current or from before a rename: the event's own, or its
    /// group's.
    pub specialization: Option<String>,
    pub group: Option<i64>,
    /// Only events where this hero speaks.
    pub speaker: Option<i64>,
    /// Words that must each start a word of the title, description, venue or group's name
    /// (`heroes_domain::search::query_terms` of `q`).
    pub text: Vec<String>,
    pub limit: i64,
}

const SUMMARY: &str = "SELECT e.id, e.title, e.description, e.kind, e.starts_at, e.ends_at, \
     e.time_zone, e.venue, (e.online_url IS NOT NULL) AS online, e.capacity, e.going_count, \
     e.cancelled, e.sequence, e.updated_at, g.slug AS group_slug, g.name AS group_name, \
     g.country, s.slug AS specialization FROM events e \
     LEFT JOIN user_groups g ON g.id = e.group_id \
     LEFT JOIN specializations s ON s.id = e.specialization_id";

/// Groups that are not public (a proposal, a declined one) show none of their events.
const VISIBLE: &str = " WHERE (e.group_id IS NULL OR g.status IN ('active', 'dormant', 'closed'))";

/// The events the filters select: coming ones soonest first, past ones latest first.
pub async fn list(db: &Db, query: &EventQuery) -> StoreResult<Vec<EventSummary>> {
    let mut sql = Sql::new(SUMMARY);
    sql.push(VISIBLE);
    if let Some(at) = query.coming_after {
        sql.push(" AND e.ends_at > ").bind(Arg::Time(at));
    }
    if let Some(at) = query.past_before {
        sql.push(" AND e.ends_at <= ").bind(Arg::Time(at));
    }
    if let Some(country) = &query.country {
        sql.push(" AND g.country = ")
            .bind(Arg::Text(country.clone()));
    }
    if query.online {
        sql.push(" AND e.online_url IS NOT NULL");
    }
    if let Some(slug) = &query.specialization {
        sql.push(
            " AND (s.id IN (SELECT ss.specialization_id FROM specialization_slugs ss \
             WHERE ss.slug = ",
        )
        .bind(Arg::Text(slug.clone()))
        .push(
            ") OR EXISTS (SELECT 1 FROM group_specializations gs \
             JOIN specialization_slugs gss ON gss.specialization_id = gs.specialization_id \
             WHERE gs.group_id = e.group_id AND gss.slug = ",
        )
        .bind(Arg::Text(slug.clone()))
        .push("))");
    }
    if let Some(group) = query.group {
        sql.push(" AND e.group_id = ").bind(Arg::Int(group));
    }
    if let Some(hero) = query.speaker {
        sql.push(" AND EXISTS (SELECT 1 FROM event_speakers sp WHERE sp.event_id = e.id AND sp.hero_id = ")
            .bind(Arg::Int(hero))
            .push(")");
    }
    if query.past_before.is_some() {
        sql.push(" ORDER BY e.starts_at DESC, e.id DESC");
    } else {
        sql.push(" ORDER BY e.starts_at, e.id");
    }
    let limit = query.limit.clamp(1, 1000);
    // The text filter folds in Rust (accents, case) alike on both backends; it reads at most
    // TEXT_SCAN rows of the other filters' answer.
    const TEXT_SCAN: i64 = 5000;
    sql.push(" LIMIT ").bind(Arg::Int(if query.text.is_empty() {
        limit
    } else {
        TEXT_SCAN
    }));
    let mut found: Vec<EventSummary> = sql.fetch_all(db).await?;
    if !query.text.is_empty() {
        found.retain(|e| {
            let text = format!(
                "{} {} {} {}",
                e.title,
                e.description,
                e.venue,
                e.group_name.as_deref().unwrap_or_default()
            );
            heroes_domain::search::matches_terms(&text, &query.text)
        });
        found.truncate(usize::try_from(limit).unwrap_or(0));
    }
    Ok(found)
}

/// One visible event with its speakers. `NotFound` for an event of a group that is not
/// public.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Event> {
    let sql = format!("{SUMMARY}{VISIBLE} AND e.id = $1");
    let summary: Option<EventSummary> = Sql::with_args(sql, [id.into()]).fetch_optional(db).await?;
    let summary = summary.ok_or(StoreError::NotFound)?;
    let (extra, speakers): (EventExtra, Vec<Speaker>) = with_pool!(db, |pool| {
        let extra = sqlx::query_as(
            "SELECT online_url, link_for_attendees, rsvp_deadline, group_id, \
             (SELECT count(*) FROM rsvps r WHERE r.event_id = e.id AND r.state = 'waiting') \
               AS waiting_count, \
             (SELECT count(*) FROM rsvps r WHERE r.event_id = e.id AND r.checked_in_at IS NOT NULL) \
               AS attended_count \
             FROM events e WHERE e.id = $1",
        )
        .bind(id)
        .fetch_one(pool)
        .await?;
        let speakers = sqlx::query_as(
            "SELECT sp.name, sp.talk_title, h.slug AS hero_slug FROM event_speakers sp \
             LEFT JOIN heroes h ON h.id = sp.hero_id WHERE sp.event_id = $1 \
             ORDER BY sp.position, sp.id",
        )
        .bind(id)
        .fetch_all(pool)
        .await?;
        (extra, speakers)
    });
    Ok(Event {
        summary,
        online_url: extra.online_url,
        link_for_attendees: extra.link_for_attendees,
        rsvp_deadline: extra.rsvp_deadline,
        group_id: extra.group_id,
        waiting_count: extra.waiting_count,
        attended_count: extra.attended_count,
        speakers,
    })
}

/// Resolves the speakers: a hero who answers to the line's `who` (their slug, or exactly
/// their name) is linked; anyone else is kept by name.
async fn write_speakers(tx: &mut Tx, event_id: i64, event: &NewEvent) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM event_speakers WHERE event_id = $1")
            .bind(event_id)
            .execute(&mut *conn)
            .await?;
        for (position, speaker) in event.speakers.iter().enumerate() {
            let who = speaker.who.as_str();
            let hero: Option<(i64, String)> = sqlx::query_as(
                "SELECT id, display_name FROM heroes WHERE slug = $1 OR lower(display_name) = lower($1) \
                 ORDER BY (slug = $1) DESC, id LIMIT 1",
            )
            .bind(who)
            .fetch_optional(&mut *conn)
            .await?;
            sqlx::query(
                "INSERT INTO event_speakers (event_id, hero_id, name, talk_title, position) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(event_id)
            .bind(hero.as_ref().map(|h| h.0))
            .bind(hero.as_ref().map_or(who, |h| h.1.as_str()))
            .bind(speaker.talk.as_str())
            .bind(position as i64)
            .execute(&mut *conn)
            .await?;
        }
    });
    Ok(())
}

/// The specialization `event` names, if any (`UnknownReference` for a slug none has).
async fn specialization_of(tx: &mut Tx, event: &NewEvent) -> StoreResult<Option<i64>> {
    let slug = event.specialization.as_ref();
    tx.id_of_slug("specializations", "specialization", slug)
        .await
}

/// What the form sets of an event, with its specialization's id: `$1` to `$12` of the
/// statements of [`create`] and [`update`].
fn form_values(event: &NewEvent, specialization: Option<i64>) -> Vec<Arg> {
    vec![
        Arg::from(event.title.as_str()),
        Arg::from(event.description.as_str()),
        Arg::from(event.kind.as_str()),
        Arg::Time(event.starts.instant()),
        Arg::Time(event.ends.instant()),
        Arg::from(event.starts.zone().name()),
        Arg::from(event.venue.as_str()),
        Arg::OptText(event.online_url.as_ref().map(|u| u.as_str().to_owned())),
        Arg::Bool(event.link_for_attendees),
        Arg::OptInt(event.capacity),
        Arg::OptTime(event.rsvp_deadline.map(|d| d.instant())),
        Arg::OptInt(specialization),
    ]
}

/// Schedules an event of a group (`group_id`) or of the program (`None`). Returns its id.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = ?group_id))]
pub async fn create(
    db: &Db,
    group_id: Option<i64>,
    event: &NewEvent,
    actor: &Actor,
) -> StoreResult<i64> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let specialization = match specialization_of(&mut tx, event).await {
        Ok(id) => id,
        Err(e) => return tx.fail(e).await,
    };
    let mut values = form_values(event, specialization);
    values.extend([
        Arg::OptInt(group_id),
        Arg::OptInt(actor.user_id),
        Arg::Time(now),
    ]);
    let insert = Sql::with_args(
        "INSERT INTO events (title, description, kind, starts_at, ends_at, time_zone, venue, \
         online_url, link_for_attendees, capacity, rsvp_deadline, specialization_id, group_id, \
         going_count, cancelled, sequence, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 0, FALSE, 0, $14, \
         $15, $15) RETURNING id"
            .to_owned(),
        values,
    );
    let id = insert
        .fetch_id_in(&mut tx)
        .await?
        .ok_or(StoreError::NotFound)?;
    write_speakers(&mut tx, id, event).await?;
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "event.create",
            None,
            id.to_string(),
            event.title.as_str().to_owned(),
        ),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes an event (its iCalendar sequence goes up, so subscribed calendars update it).
/// `Conflict { field: "capacity" }` when the new capacity is below the seats already taken.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn update(db: &Db, id: i64, event: &NewEvent, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let specialization = match specialization_of(&mut tx, event).await {
        Ok(id) => id,
        Err(e) => return tx.fail(e).await,
    };
    lock_event(&mut tx, db.backend(), id).await?;
    let mut values = form_values(event, specialization);
    values.extend([Arg::Time(Utc::now()), Arg::Int(id)]);
    let changed = Sql::with_args(
        "UPDATE events SET title = $1, description = $2, kind = $3, starts_at = $4, \
         ends_at = $5, time_zone = $6, venue = $7, online_url = $8, link_for_attendees = $9, \
         capacity = $10, rsvp_deadline = $11, specialization_id = $12, \
         sequence = sequence + 1, updated_at = $13 \
         WHERE id = $14 AND ($10 IS NULL OR going_count <= $10)"
            .to_owned(),
        values,
    )
    .execute_in(&mut tx)
    .await?;
    if changed == 0 {
        return tx.fail(StoreError::Conflict { field: "capacity" }).await;
    }
    write_speakers(&mut tx, id, event).await?;
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "event.update",
            None,
            id.to_string(),
            event.title.as_str().to_owned(),
        ),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// The event's row as RSVPs need it, locked until the transaction ends.
#[derive(sqlx::FromRow)]
struct Seats {
    starts_at: DateTime<Utc>,
    rsvp_deadline: Option<DateTime<Utc>>,
    cancelled: bool,
    capacity: Option<i64>,
    going_count: i64,
}

async fn lock_event(tx: &mut Tx, backend: Backend, id: i64) -> StoreResult<Seats> {
    let sql = match backend {
        Backend::Postgres => {
            "SELECT starts_at, rsvp_deadline, cancelled, capacity, going_count FROM events \
             WHERE id = $1 FOR UPDATE"
        }
        Backend::Sqlite => {
            "SELECT starts_at, rsvp_deadline, cancelled, capacity, going_count FROM events \
             WHERE id = $1"
        }
    };
    let seats: Option<Seats> = with_tx!(tx, |conn| {
        sqlx::query_as(sql)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    });
    seats.ok_or(StoreError::NotFound)
}

async fn rsvp_state(tx: &mut Tx, event_id: i64, user_id: i64) -> StoreResult<Option<RsvpState>> {
    let state: Option<String> = with_tx!(tx, |conn| {
        sqlx::query_scalar("SELECT state FROM rsvps WHERE event_id = $1 AND user_id = $2")
            .bind(event_id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?
    });
    state
        .map(RsvpState::try_from)
        .transpose()
        .map_err(StoreError::from)
}

async fn move_seats(tx: &mut Tx, event_id: i64, by: i64) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE events SET going_count = going_count + $1 WHERE id = $2")
            .bind(by)
            .bind(event_id)
            .execute(&mut *conn)
            .await?;
    });
    Ok(())
}

/// Asks for a place at an event: a seat while any is left, else the waitlist. Asking again
/// keeps the place one has. Refused (with the reason) once the event started, after the RSVP
/// deadline, or when it was cancelled. `NotFound` for an event nobody may see.
#[tracing::instrument(level = "debug", skip_all, fields(event_id = event_id, user_id = user_id))]
pub async fn rsvp(
    db: &Db,
    event_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Result<RsvpState, RsvpRefusal>> {
    let mut tx = db.begin().await?;
    let seats = match lock_event(&mut tx, db.backend(), event_id).await {
        Ok(seats) => seats,
        Err(e) => return tx.fail(e).await,
    };
    if let Err(refusal) = takes_rsvps(seats.starts_at, seats.rsvp_deadline, seats.cancelled, now) {
        return tx.refuse(refusal).await;
    }
    let current = rsvp_state(&mut tx, event_id, user_id).await?;
    let seat_free = seats.capacity.is_none_or(|c| seats.going_count < c);
    let next = match RsvpState::apply(current, RsvpStep::Ask { seat_free }) {
        Ok(next) => next,
        Err(refusal) => return tx.refuse(refusal).await,
    };
    if Some(next) == current {
        tx.rollback().await?;
        return Ok(Ok(next));
    }
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO rsvps (event_id, user_id, state, requested_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (event_id, user_id) DO UPDATE SET state = $3, requested_at = $4, \
             checked_in_at = NULL",
        )
        .bind(event_id)
        .bind(user_id)
        .bind(next.as_str())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    });
    if next == RsvpState::Going {
        move_seats(&mut tx, event_id, 1).await?;
    }
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(Ok(next))
}

/// The person a freed seat went to.
pub type Promoted = notifications::Addressee;

/// Gives up a seat or a waitlist place. A freed seat goes to the first person waiting, in the
/// same transaction, together with the notice `compose` writes for them. Returns who was
/// promoted, if anyone.
#[tracing::instrument(level = "debug", skip_all, fields(event_id = event_id, user_id = user_id))]
pub async fn cancel(
    db: &Db,
    event_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
    compose: impl Fn(&Promoted) -> Option<Notice>,
) -> StoreResult<Result<Option<Promoted>, RsvpRefusal>> {
    let mut tx = db.begin().await?;
    let seats = match lock_event(&mut tx, db.backend(), event_id).await {
        Ok(seats) => seats,
        Err(e) => return tx.fail(e).await,
    };
    // Cancelling is possible until the event starts (a deadline closes new RSVPs only).
    if let Err(refusal) = takes_rsvps(seats.starts_at, None, seats.cancelled, now) {
        return tx.refuse(refusal).await;
    }
    let current = rsvp_state(&mut tx, event_id, user_id).await?;
    if let Err(refusal) = RsvpState::apply(current, RsvpStep::Cancel) {
        return tx.refuse(refusal).await;
    }
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE rsvps SET state = 'cancelled', checked_in_at = NULL \
             WHERE event_id = $1 AND user_id = $2",
        )
        .bind(event_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    });
    let mut promoted = None;
    if current == Some(RsvpState::Going) {
        let next: Option<Promoted> = with_tx!(&mut tx, |conn| {
            sqlx::query_as(
                "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM rsvps r \
                 JOIN users u ON u.id = r.user_id WHERE r.event_id = $1 AND r.state = 'waiting' \
                 ORDER BY r.requested_at, r.user_id LIMIT 1",
            )
            .bind(event_id)
            .fetch_optional(&mut *conn)
            .await?
        });
        match next {
            Some(person) => {
                // The seat passes straight on: the count stays as it is.
                with_tx!(&mut tx, |conn| {
                    sqlx::query(
                        "UPDATE rsvps SET state = 'going' WHERE event_id = $1 AND user_id = $2 \
                         AND state = 'waiting'",
                    )
                    .bind(event_id)
                    .bind(person.user_id)
                    .execute(&mut *conn)
                    .await?;
                });
                if let Some(notice) = compose(&person) {
                    notifications::send(&mut tx, &[notice]).await?;
                }
                promoted = Some(person);
            }
            None => move_seats(&mut tx, event_id, -1).await?,
        }
    }
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(Ok(promoted))
}

/// A person's answer to an event, if any.
#[tracing::instrument(level = "debug", skip_all, fields(event_id = event_id, user_id = user_id))]
pub async fn rsvp_of(db: &Db, event_id: i64, user_id: i64) -> StoreResult<Option<RsvpState>> {
    let state: Option<String> = with_pool!(db, |pool| {
        sqlx::query_scalar("SELECT state FROM rsvps WHERE event_id = $1 AND user_id = $2")
            .bind(event_id)
            .bind(user_id)
            .fetch_optional(pool)
            .await
    })?;
    state
        .map(RsvpState::try_from)
        .transpose()
        .map_err(StoreError::from)
}

/// A person going, on the check-in list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Attendee {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub checked_in_at: Option<DateTime<Utc>>,
}

/// The people going, by name; `search` narrows to names or addresses containing it.
#[tracing::instrument(level = "debug", skip_all, fields(event_id = event_id))]
pub async fn attendees(db: &Db, event_id: i64, search: &str) -> StoreResult<Vec<Attendee>> {
    let pattern = format!(
        "%{}%",
        search
            .trim()
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT u.id AS user_id, u.name, u.email, r.checked_in_at FROM rsvps r \
             JOIN users u ON u.id = r.user_id WHERE r.event_id = $1 AND r.state = 'going' \
             AND (lower(u.name) LIKE $2 ESCAPE '\\' OR lower(u.email) LIKE $2 ESCAPE '\\') \
             ORDER BY u.name, u.id",
        )
        .bind(event_id)
        .bind(&pattern)
        .fetch_all(pool)
        .await
    })?)
}

/// Marks a person going as present (or not). False when they are not going.
#[tracing::instrument(level = "debug", skip_all, fields(event_id = event_id, user_id = user_id))]
pub async fn check_in(
    db: &Db,
    event_id: i64,
    user_id: i64,
    present: bool,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let changed = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE rsvps SET checked_in_at = $1 WHERE event_id = $2 AND user_id = $3 \
             AND state = 'going'",
        )
        .bind(present.then_some(now))
        .bind(event_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    // The attendance is public (the event's page and the speakers' reach).
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(changed == 1)
}

/// The events a person is going to or waiting for, with their state, soonest first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn mine(db: &Db, user_id: i64) -> StoreResult<Vec<(EventSummary, RsvpState)>> {
    let sql = format!(
        "{SUMMARY}{VISIBLE} AND e.id IN (SELECT event_id FROM rsvps WHERE user_id = $1 \
         AND state <> 'cancelled') ORDER BY e.starts_at, e.id"
    );
    let (events, states): (Vec<EventSummary>, Vec<(i64, String)>) = with_pool!(db, |pool| {
        let events = sqlx::query_as::<_, EventSummary>(sqlx::AssertSqlSafe(sql))
            .bind(user_id)
            .fetch_all(pool)
            .await?;
        let states = sqlx::query_as(
            "SELECT event_id, state FROM rsvps WHERE user_id = $1 AND state <> 'cancelled'",
        )
        .bind(user_id)
        .fetch_all(pool)
        .await?;
        (events, states)
    });
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        if let Some((_, s)) = states.iter().find(|(id, _)| *id == e.id) {
            let state = RsvpState::try_from(s.clone())?;
            out.push((e, state));
        }
    }
    Ok(out)
}

/// Sets (or replaces, revoking the old address) the hash of a person's calendar secret.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn set_feed_secret(db: &Db, user_id: i64, secret_hash: &str) -> StoreResult<()> {
    with_pool!(db, |pool| {
        sqlx::query(
            "INSERT INTO calendar_feeds (user_id, secret_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET secret_hash = $2, created_at = $3",
        )
        .bind(user_id)
        .bind(secret_hash)
        .bind(Utc::now())
        .execute(pool)
        .await
        .map(|_| ())
    })?;
    Ok(())
}

/// Turns a person's calendar address off.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn revoke_feed(db: &Db, user_id: i64) -> StoreResult<()> {
    with_pool!(db, |pool| {
        sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1")
            .bind(user_id)
            .execute(pool)
            .await
            .map(|_| ())
    })?;
    Ok(())
}

/// Whose calendar a secret opens.
pub async fn feed_owner(db: &Db, secret_hash: &str) -> StoreResult<Option<i64>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_scalar("SELECT user_id FROM calendar_feeds WHERE secret_hash = $1")
            .bind(secret_hash)
            .fetch_optional(pool)
            .await
    })?)
}

/// Whether a person has a calendar address.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn has_feed(db: &Db, user_id: i64) -> StoreResult<bool> {
    let n: i64 = with_pool!(db, |pool| {
        sqlx::query_scalar("SELECT count(*) FROM calendar_feeds WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(pool)
            .await
    })?;
    Ok(n > 0)
}

/// A talk given at an event that is over, to offer its hero speaker.
#[derive(sqlx::FromRow)]
struct GivenTalk {
    event_id: i64,
    event_title: String,
    starts_at: DateTime<Utc>,
    hero_id: i64,
    talk_title: String,
    attended: i64,
}

/// Offers each hero who spoke at an event that ended (in the last year, not cancelled) the
/// talk among their suggestions, kind `talk`, dated the event's day, with the people checked
/// in as its attendance. Offered once per hero and event (the suggestion's unique address);
/// a talk the hero already logged under the event's address is not offered. Safe to repeat.
/// Returns how many were offered now.
pub async fn offer_talks(db: &Db, base_url: &str, now: DateTime<Utc>) -> StoreResult<u64> {
    let talks: Vec<GivenTalk> = with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT e.id AS event_id, e.title AS event_title, e.starts_at, sp.hero_id, \
             sp.talk_title, (SELECT count(*) FROM rsvps r WHERE r.event_id = e.id \
               AND r.checked_in_at IS NOT NULL) AS attended \
             FROM event_speakers sp JOIN events e ON e.id = sp.event_id \
             LEFT JOIN user_groups g ON g.id = e.group_id \
             WHERE sp.hero_id IS NOT NULL AND e.cancelled = FALSE AND e.ends_at <= $1 \
             AND e.ends_at > $2 AND (e.group_id IS NULL OR g.status IN ('active', 'dormant', 'closed')) \
             ORDER BY e.id, sp.position",
        )
        .bind(now)
        .bind(now - chrono::Duration::days(365))
        .fetch_all(pool)
        .await
    })?;
    let mut offered = 0;
    let mut tx = db.begin().await?;
    for talk in talks {
        let url = format!("{base_url}/events/{}", talk.event_id);
        let canonical = heroes_domain::web::WebUrl::parse("url", &url)
            .map(|u| u.canonical())
            .unwrap_or_else(|_| url.clone());
        let inserted = with_tx!(&mut tx, |conn| {
            sqlx::query(
                "INSERT INTO suggestions (hero_id, source_id, url, canonical, kind, title, \
                 published_on, description, stars, attendees, state, created_at) \
                 SELECT $1, NULL, $2, $3, 'talk', $4, $5, $6, NULL, $7, 'new', $8 \
                 WHERE NOT EXISTS (SELECT 1 FROM contributions c \
                   WHERE c.hero_id = $1 AND c.canonical = $3) \
                 ON CONFLICT (hero_id, canonical) DO NOTHING",
            )
            .bind(talk.hero_id)
            .bind(&url)
            .bind(&canonical)
            .bind(&talk.talk_title)
            .bind(talk.starts_at.date_naive())
            .bind(&talk.event_title)
            .bind((talk.attended > 0).then_some(talk.attended))
            .bind(now)
            .execute(&mut *conn)
            .await?
            .rows_affected()
        });
        offered += inserted;
    }
    tx.commit().await?;
    Ok(offered)
}

/// Records who came to an event that is over (an organizer bringing its history, the demo):
/// each person is going and checked in at `at`; the seat count follows. People already
/// answering keep their row.
#[tracing::instrument(level = "debug", skip_all, fields(event_id = event_id))]
pub async fn record_attendance(
    db: &Db,
    event_id: i64,
    people: &[i64],
    at: DateTime<Utc>,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    lock_event(&mut tx, db.backend(), event_id).await?;
    with_tx!(&mut tx, |conn| {
        for user in people {
            sqlx::query(
                "INSERT INTO rsvps (event_id, user_id, state, requested_at, checked_in_at) \
                 VALUES ($1, $2, 'going', $3, $3) ON CONFLICT (event_id, user_id) DO NOTHING",
            )
            .bind(event_id)
            .bind(user)
            .bind(at)
            .execute(&mut *conn)
            .await?;
        }
        sqlx::query(
            "UPDATE events SET going_count = (SELECT count(*) FROM rsvps r \
             WHERE r.event_id = events.id AND r.state = 'going') WHERE id = $1",
        )
        .bind(event_id)
        .execute(&mut *conn)
        .await?;
    });
    tx.bump_data_version().await?;
    tx.commit().await
}
