//! Office hours: slots staff publish, each booked by at most one hero.
//!
//! "One slot, one booking" is the database's: the booking's primary key is the slot, and a
//! booking is an `INSERT … ON CONFLICT DO NOTHING`, so of any number of heroes booking at once
//! exactly one gets the slot, on every instance and both backends.

use crate::accounts::Actor;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::Sql;
use chrono::{DateTime, Utc};
use heroes_domain::office_hours::NewSlot;

/// A slot as pages show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Slot {
    pub id: i64,
    pub area_id: i64,
    pub area_name: String,
    pub host_id: Option<i64>,
    pub host_name: Option<String>,
    pub starts_at: DateTime<Utc>,
    /// The IANA zone the host chose.
    pub zone: String,
    pub minutes: i64,
    /// The call's address.
    pub link: String,
    /// The hero who booked it.
    pub booked_by: Option<i64>,
    pub booker_name: Option<String>,
}

impl Slot {
    /// When it ends.
    pub fn ends_at(&self) -> DateTime<Utc> {
        self.starts_at + chrono::Duration::minutes(self.minutes)
    }
}

const SELECT: &str = "SELECT s.id, s.area_id, a.name AS area_name, s.host_id, \
     h.name AS host_name, s.starts_at, s.zone, s.minutes, s.link, b.user_id AS booked_by, \
     bu.name AS booker_name \
     FROM office_hour_slots s JOIN product_areas a ON a.id = s.area_id \
     LEFT JOIN users h ON h.id = s.host_id \
     LEFT JOIN office_hour_bookings b ON b.slot_id = s.id \
     LEFT JOIN users bu ON bu.id = b.user_id";

/// Publishes a slot hosted by `host_id` in area `area_id`, audited.
/// `UnknownReference { field: "area" }` when there is no such area.
#[tracing::instrument(level = "debug", skip_all, fields(host_id = host_id, area_id = area_id))]
pub async fn publish(
    db: &Db,
    host_id: i64,
    area_id: i64,
    new: &NewSlot,
    actor: &Actor,
) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let id: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO office_hour_slots (area_id, host_id, starts_at, zone, minutes, link, \
             created_at) SELECT a.id, $2, $3, $4, $5, $6, $7 FROM product_areas a \
             WHERE a.id = $1 RETURNING id",
        )
        .bind(area_id)
        .bind(host_id)
        .bind(new.starts.instant())
        .bind(new.starts.zone().name())
        .bind(new.minutes)
        .bind(new.link.as_str())
        .bind(Utc::now())
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(id) = id else {
        return tx.fail(StoreError::unknown("area", area_id)).await;
    };
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "office-hours.publish",
            None,
            format!("slot #{id}"),
            format!(
                "{} {} ({} min)",
                new.starts.instant().to_rfc3339(),
                new.starts.zone().name(),
                new.minutes
            ),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// One slot; `None` when there is none.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Option<Slot>> {
    let sql = format!("{SELECT} WHERE s.id = $1");
    Sql::with_args(sql, [id.into()]).fetch_optional(db).await
}

/// Slots that start after `now`, soonest first (at most 200).
pub async fn upcoming(db: &Db, now: DateTime<Utc>) -> StoreResult<Vec<Slot>> {
    let sql = format!("{SELECT} WHERE s.starts_at > $1 ORDER BY s.starts_at, s.id LIMIT 200");
    Sql::with_args(sql, [now.into()]).fetch_all(db).await
}

/// The slots `host_id` publishes, latest first.
#[tracing::instrument(level = "debug", skip_all, fields(host_id = host_id))]
pub async fn hosted_by(db: &Db, host_id: i64) -> StoreResult<Vec<Slot>> {
    let sql = format!("{SELECT} WHERE s.host_id = $1 ORDER BY s.starts_at DESC, s.id LIMIT 200");
    Sql::with_args(sql, [host_id.into()]).fetch_all(db).await
}

/// The slots `user_id` booked, soonest first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn booked_by(db: &Db, user_id: i64) -> StoreResult<Vec<Slot>> {
    let sql = format!("{SELECT} WHERE b.user_id = $1 ORDER BY s.starts_at, s.id");
    Sql::with_args(sql, [user_id.into()]).fetch_all(db).await
}

/// What became of a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booking {
    /// The slot is the hero's.
    Booked,
    /// Someone else has it (or the hero already had it).
    Taken,
    /// It has started or passed.
    Past,
}

/// Books slot `id` for `user_id` if it is free and starts after `now`. `NotFound` when there
/// is no such slot.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, user_id = user_id))]
pub async fn book(db: &Db, id: i64, user_id: i64, now: DateTime<Utc>) -> StoreResult<Booking> {
    let booked = with_pool!(db, |pool| sqlx::query(
        "INSERT INTO office_hour_bookings (slot_id, user_id, booked_at) \
         SELECT s.id, $2, $3 FROM office_hour_slots s WHERE s.id = $1 AND s.starts_at > $3 \
         ON CONFLICT (slot_id) DO NOTHING"
    )
    .bind(id)
    .bind(user_id)
    .bind(now)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    if booked == 1 {
        return Ok(Booking::Booked);
    }
    match get(db, id).await? {
        None => Err(StoreError::NotFound),
        Some(slot) if slot.starts_at <= now => Ok(Booking::Past),
        Some(_) => Ok(Booking::Taken),
    }
}

/// Cancels `user_id`'s booking of slot `id`; false when they held none.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, user_id = user_id))]
pub async fn cancel(db: &Db, id: i64, user_id: i64) -> StoreResult<bool> {
    let gone = with_pool!(db, |pool| sqlx::query(
        "DELETE FROM office_hour_bookings WHERE slot_id = $1 AND user_id = $2"
    )
    .bind(id)
    .bind(user_id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(gone == 1)
}

/// The booker of a slot, for the reminder.
pub type Booker = notifications::Addressee;

/// Sends the reminder of slot `id` once: the booking is marked reminded in the transaction
/// that queues the notice, so a job run twice mails once. False when there is nothing to
/// remind (no booking, already reminded, or the slot has started).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn remind(
    db: &Db,
    id: i64,
    now: DateTime<Utc>,
    compose: impl Fn(&Booker, &Slot) -> Option<Notice>,
) -> StoreResult<bool> {
    let Some(slot) = get(db, id).await? else {
        return Ok(false);
    };
    if slot.starts_at <= now {
        return Ok(false);
    }
    let mut tx = db.begin().await?;
    let booker: Option<Booker> = with_tx!(&mut tx, |conn| {
        sqlx::query_as(
            "UPDATE office_hour_bookings SET reminded_at = $2 \
             WHERE slot_id = $1 AND reminded_at IS NULL \
             RETURNING user_id, \
             (SELECT email FROM users WHERE id = user_id) AS email, \
             (SELECT name FROM users WHERE id = user_id) AS name, \
             (SELECT language FROM users WHERE id = user_id) AS language, \
             (SELECT time_zone FROM users WHERE id = user_id) AS time_zone",
        )
        .bind(id)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(booker) = booker else {
        tx.rollback().await?;
        return Ok(false);
    };
    let notices: Vec<Notice> = compose(&booker, &slot).into_iter().collect();
    notifications::send(&mut tx, &notices).await?;
    tx.commit().await?;
    Ok(true)
}
