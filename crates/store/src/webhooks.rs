//! Webhooks: endpoints admins register, events recorded with the change that causes them, and
//! deliveries with every attempt.
//!
//! A change that an endpoint may be told of calls [`record`] inside its own transaction, like
//! the outbox for mail: the event row, one delivery per active endpoint subscribed to its kind
//! and a queued job (`deliver-webhook`, keyed by the delivery id) commit with the change or not
//! at all. When no active endpoint wants the kind, nothing is written. The job runner's lease
//! on the job row means one worker at a time tries a delivery, however many instances run.
//! Each endpoint change writes its audit entry in its transaction.

use crate::accounts::Actor;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use heroes_domain::webhooks::{EventKind, NewEndpoint};

/// The job kind that delivers one delivery (its key is the delivery id).
pub const DELIVERY_JOB: &str = "deliver-webhook";

/// The most endpoints a program may register: each event is one delivery per endpoint.
pub const MAX_ENDPOINTS: i64 = 20;

/// Attempts shown per delivery on the endpoint page (the newest).
const ATTEMPTS_SHOWN: usize = 10;

/// An endpoint as admins see it (never its secret).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Endpoint {
    pub id: i64,
    pub url: String,
    pub description: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Deliveries waiting (pending).
    pub pending: i64,
    /// Deliveries that ran out of attempts.
    pub failed: i64,
    /// The names of the events it receives.
    #[sqlx(skip)]
    pub events: Vec<String>,
}

const ENDPOINT_SELECT: &str = "SELECT e.id, e.url, e.description, e.active, e.created_at, \
     e.updated_at, \
     (SELECT count(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.state = 'pending') AS pending, \
     (SELECT count(*) FROM webhook_deliveries d WHERE d.endpoint_id = e.id AND d.state = 'failed') AS failed \
     FROM webhook_endpoints e";

/// Every endpoint, oldest first, with its events.
pub async fn list(db: &Db) -> StoreResult<Vec<Endpoint>> {
    let sql = format!("{ENDPOINT_SELECT} ORDER BY e.id");
    let (mut endpoints, subscriptions): (Vec<Endpoint>, Vec<(i64, String)>) =
        with_pool!(db, |pool| {
            let endpoints = sqlx::query_as::<_, Endpoint>(sqlx::AssertSqlSafe(sql))
                .fetch_all(pool)
                .await?;
            let subscriptions = sqlx::query_as(
                "SELECT endpoint_id, kind FROM webhook_subscriptions ORDER BY endpoint_id, kind",
            )
            .fetch_all(pool)
            .await?;
            (endpoints, subscriptions)
        });
    for (id, kind) in subscriptions {
        if let Some(e) = endpoints.iter_mut().find(|e| e.id == id) {
            e.events.push(kind);
        }
    }
    Ok(endpoints)
}

/// One endpoint; `NotFound` when there is none.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Endpoint> {
    list(db)
        .await?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or(StoreError::NotFound)
}

/// What registering an endpoint did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    /// Registered, with this id.
    Yes(i64),
    /// Refused: [`MAX_ENDPOINTS`] are registered already.
    TooMany,
}

/// Registers an endpoint signed with `secret`, unless [`MAX_ENDPOINTS`] exist (counted behind
/// a lock, so two admins at once cannot both pass the limit).
pub async fn create(
    db: &Db,
    new: &NewEndpoint,
    secret: &str,
    actor: &Actor,
) -> StoreResult<Created> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    tx.serialize("webhook_endpoints").await?;
    let count: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("SELECT count(*) FROM webhook_endpoints")
            .fetch_one(&mut *conn)
            .await?
    });
    if count >= MAX_ENDPOINTS {
        tx.rollback().await?;
        return Ok(Created::TooMany);
    }
    let id: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO webhook_endpoints (url, description, secret, active, created_at, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(new.url.as_str())
        .bind(new.description.as_str())
        .bind(secret)
        .bind(new.active)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?
    });
    subscribe(&mut tx, id, &new.events).await?;
    audit(&mut tx, actor, "webhook.create", id, describe(new)).await?;
    tx.commit().await?;
    Ok(Created::Yes(id))
}

/// Changes an endpoint's address, events, description and state. Resuming a paused endpoint
/// queues its waiting deliveries again.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn update(db: &Db, id: i64, new: &NewEndpoint, actor: &Actor) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let was_active: Option<bool> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("SELECT active FROM webhook_endpoints WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    });
    let was_active = was_active.ok_or(StoreError::NotFound)?;
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE webhook_endpoints SET url = $1, description = $2, active = $3, \
             updated_at = $4 WHERE id = $5",
        )
        .bind(new.url.as_str())
        .bind(new.description.as_str())
        .bind(new.active)
        .bind(now)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM webhook_subscriptions WHERE endpoint_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    });
    subscribe(&mut tx, id, &new.events).await?;
    if new.active && !was_active {
        let waiting: Vec<i64> = with_tx!(&mut tx, |conn| {
            sqlx::query_scalar(
                "SELECT id FROM webhook_deliveries WHERE endpoint_id = $1 AND state = 'pending'",
            )
            .bind(id)
            .fetch_all(&mut *conn)
            .await?
        });
        for delivery in waiting {
            crate::jobs::schedule_in(&mut tx, DELIVERY_JOB, &delivery.to_string(), now).await?;
        }
    }
    audit(&mut tx, actor, "webhook.update", id, describe(new)).await?;
    tx.commit().await
}

/// Replaces an endpoint's signing secret.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn rotate_secret(db: &Db, id: i64, secret: &str, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let changed = with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE webhook_endpoints SET secret = $1, updated_at = $2 WHERE id = $3")
            .bind(secret)
            .bind(Utc::now())
            .bind(id)
            .execute(&mut *conn)
            .await?
            .rows_affected()
    });
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    audit(&mut tx, actor, "webhook.rotate-secret", id, String::new()).await?;
    tx.commit().await
}

/// Removes an endpoint with its deliveries, their attempts and their jobs.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn remove(db: &Db, id: i64, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let url: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "DELETE FROM jobs WHERE name = $1 AND job_key IN \
             (SELECT CAST(id AS TEXT) FROM webhook_deliveries WHERE endpoint_id = $2)",
        )
        .bind(DELIVERY_JOB)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        sqlx::query_scalar("DELETE FROM webhook_endpoints WHERE id = $1 RETURNING url")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    });
    let url = url.ok_or(StoreError::NotFound)?;
    audit(&mut tx, actor, "webhook.remove", id, url).await?;
    tx.commit().await
}

async fn subscribe(tx: &mut Tx, id: i64, events: &[EventKind]) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        for kind in events {
            sqlx::query("INSERT INTO webhook_subscriptions (endpoint_id, kind) VALUES ($1, $2)")
                .bind(id)
                .bind(kind.name())
                .execute(&mut *conn)
                .await?;
        }
    });
    Ok(())
}

fn describe(new: &NewEndpoint) -> String {
    let events: Vec<&str> = new.events.iter().map(|k| k.name()).collect();
    format!(
        "{} [{}]{}",
        new.url.as_str(),
        events.join(", "),
        if new.active { "" } else { " paused" }
    )
}

async fn audit(
    tx: &mut Tx,
    actor: &Actor,
    action: &'static str,
    id: i64,
    detail: String,
) -> StoreResult<()> {
    crate::audit::record(
        tx,
        &actor.entry(action, None, format!("webhook #{id}"), detail),
    )
    .await
}

/// Records that `kind` happened to `subject` (a hero or contribution id), inside the
/// transaction of the change: one delivery per active endpoint subscribed to it, each with
/// its job due now. Writes nothing when no endpoint wants it.
pub(crate) async fn record(tx: &mut Tx, kind: EventKind, subject: Option<i64>) -> StoreResult<()> {
    let endpoints: Vec<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "SELECT e.id FROM webhook_endpoints e JOIN webhook_subscriptions s \
             ON s.endpoint_id = e.id WHERE s.kind = $1 AND e.active = TRUE ORDER BY e.id",
        )
        .bind(kind.name())
        .fetch_all(&mut *conn)
        .await?
    });
    if endpoints.is_empty() {
        return Ok(());
    }
    enqueue(tx, kind, subject, &endpoints).await?;
    Ok(())
}

/// Writes the event and one delivery (with its job) per endpoint; returns the delivery ids.
async fn enqueue(
    tx: &mut Tx,
    kind: EventKind,
    subject: Option<i64>,
    endpoints: &[i64],
) -> StoreResult<Vec<i64>> {
    let now = Utc::now();
    let mut deliveries = Vec::with_capacity(endpoints.len());
    with_tx!(tx, |conn| {
        let event: i64 = sqlx::query_scalar(
            "INSERT INTO webhook_events (kind, subject_id, created_at) VALUES ($1, $2, $3) \
             RETURNING id",
        )
        .bind(kind.name())
        .bind(subject)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?;
        for endpoint in endpoints {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO webhook_deliveries (endpoint_id, event_id, next_at, created_at) \
                 VALUES ($1, $2, $3, $3) RETURNING id",
            )
            .bind(endpoint)
            .bind(event)
            .bind(now)
            .fetch_one(&mut *conn)
            .await?;
            deliveries.push(id);
        }
    });
    for id in &deliveries {
        crate::jobs::schedule_in(tx, DELIVERY_JOB, &id.to_string(), now).await?;
    }
    Ok(deliveries)
}

/// Queues a `ping` to one endpoint (paused or not: an admin checking it asked for it).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn ping(db: &Db, id: i64, actor: &Actor) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let exists: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("SELECT id FROM webhook_endpoints WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    });
    exists.ok_or(StoreError::NotFound)?;
    let deliveries = enqueue(&mut tx, EventKind::Ping, None, &[id]).await?;
    audit(&mut tx, actor, "webhook.ping", id, String::new()).await?;
    tx.commit().await?;
    Ok(deliveries[0])
}

/// Queues one of the endpoint's deliveries again, now: the same payload and delivery id, its
/// retry schedule started over. `NotFound` when the endpoint has no such delivery.
#[tracing::instrument(level = "debug", skip_all, fields(endpoint = endpoint, delivery = delivery))]
pub async fn replay(db: &Db, endpoint: i64, delivery: i64, actor: &Actor) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let changed = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE webhook_deliveries SET state = 'pending', failures = 0, next_at = $1, \
             finished_at = NULL WHERE id = $2 AND endpoint_id = $3",
        )
        .bind(now)
        .bind(delivery)
        .bind(endpoint)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    // An attempt may be in flight: its job row is replaced, and the `next_at` set above tells
    // that attempt (see `finish_attempt`) that it no longer decides the delivery's state.
    crate::jobs::requeue_in(&mut tx, DELIVERY_JOB, &delivery.to_string(), now).await?;
    audit(
        &mut tx,
        actor,
        "webhook.replay",
        endpoint,
        format!("delivery #{delivery}"),
    )
    .await?;
    tx.commit().await
}

/// What the delivery job needs: where to, the secret, and the event.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Work {
    pub delivery_id: i64,
    /// `pending`, `delivered`, `failed` or `skipped`.
    pub state: String,
    /// Failed attempts since it was (re)queued.
    pub failures: i64,
    pub url: String,
    pub secret: String,
    pub active: bool,
    pub event_id: i64,
    /// The event kind's name.
    pub kind: String,
    pub subject_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    /// The body, once the first delivery of the event built it.
    pub payload: Option<String>,
    /// When the attempt was due; a replay or a resume moves it, which is how an attempt
    /// finishing later knows it was overtaken.
    pub next_at: Option<DateTime<Utc>>,
}

/// The delivery with its endpoint and event; `None` once it is gone (its endpoint removed).
#[tracing::instrument(level = "debug", skip_all, fields(delivery = delivery))]
pub async fn work(db: &Db, delivery: i64) -> StoreResult<Option<Work>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Work>(
        "SELECT d.id AS delivery_id, d.state, d.failures, e.url, e.secret, e.active, \
         v.id AS event_id, v.kind, v.subject_id, v.created_at, v.payload, d.next_at \
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id \
         JOIN webhook_events v ON v.id = d.event_id WHERE d.id = $1"
    )
    .bind(delivery)
    .fetch_optional(pool)
    .await)?)
}

/// Fixes an event's body unless another delivery fixed it first; returns the body every
/// delivery of the event sends.
#[tracing::instrument(level = "debug", skip_all, fields(event = event))]
pub async fn fix_payload(db: &Db, event: i64, payload: &str) -> StoreResult<String> {
    Ok(with_pool!(db, |pool| {
        sqlx::query("UPDATE webhook_events SET payload = $1 WHERE id = $2 AND payload IS NULL")
            .bind(payload)
            .bind(event)
            .execute(pool)
            .await?;
        sqlx::query_scalar::<_, String>("SELECT payload FROM webhook_events WHERE id = $1")
            .bind(event)
            .fetch_one(pool)
            .await
    })?)
}

/// One try at a delivery, as the job saw it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Attempt {
    pub at: DateTime<Utc>,
    /// The HTTP status answered; `None` when no answer came.
    pub status: Option<i64>,
    pub duration_ms: i64,
    /// The start of the answer (the job keeps at most 2 KB).
    pub response_body: String,
    /// Why it failed before an answer (or after one it could not read).
    pub error: Option<String>,
}

/// Where a delivery goes after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    /// Answered with 2xx: done.
    Delivered,
    /// Failed; tried again at this time.
    RetryAt(DateTime<Utc>),
    /// Failed for the last time.
    Failed,
}

/// Logs an attempt and moves the delivery on, in one transaction; returns whether it moved.
///
/// `due` is the delivery's `next_at` as the attempt read it. When it changed meanwhile (an
/// admin replayed the delivery, or resumed its endpoint, while the request was in flight),
/// the attempt is logged but leaves the state alone: the replay's own run decides it, and an
/// earlier failure can no longer mark a replayed delivery failed or push it back.
#[tracing::instrument(level = "debug", skip_all, fields(delivery = delivery))]
pub async fn finish_attempt(
    db: &Db,
    delivery: i64,
    attempt: &Attempt,
    after: After,
    due: Option<DateTime<Utc>>,
) -> StoreResult<bool> {
    let (state, next_at, finished_at, failed) = match after {
        After::Delivered => ("delivered", None, Some(attempt.at), 0),
        After::RetryAt(at) => ("pending", Some(at), None, 1),
        After::Failed => ("failed", None, Some(attempt.at), 1),
    };
    let mut tx = db.begin().await?;
    let moved = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO webhook_attempts (delivery_id, at, status, duration_ms, response_body, \
             error) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(delivery)
        .bind(attempt.at)
        .bind(attempt.status)
        .bind(attempt.duration_ms)
        .bind(&attempt.response_body)
        .bind(&attempt.error)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE webhook_deliveries SET state = $1, next_at = $2, finished_at = $3, \
             failures = failures + $4 WHERE id = $5 AND state = 'pending' AND next_at = $6",
        )
        .bind(state)
        .bind(next_at)
        .bind(finished_at)
        .bind(failed)
        .bind(delivery)
        .bind(due)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    tx.commit().await?;
    Ok(moved == 1)
}

/// Marks a delivery skipped: its subject was no longer public when its body was built, so
/// nothing is sent (a deleted contribution, one made private).
#[tracing::instrument(level = "debug", skip_all, fields(delivery = delivery))]
pub async fn skip(db: &Db, delivery: i64) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "UPDATE webhook_deliveries SET state = 'skipped', next_at = NULL, finished_at = $1 \
         WHERE id = $2"
    )
    .bind(Utc::now())
    .bind(delivery)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// A delivery as the endpoint page shows it, with its newest attempts.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Delivery {
    pub id: i64,
    pub event_id: i64,
    pub kind: String,
    pub state: String,
    pub failures: i64,
    pub next_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    /// Newest first, at most ten.
    #[sqlx(skip)]
    pub attempts: Vec<Attempt>,
}

/// The endpoint's newest `limit` deliveries, each with its newest attempts.
#[tracing::instrument(level = "debug", skip_all, fields(endpoint = endpoint))]
pub async fn deliveries(db: &Db, endpoint: i64, limit: i64) -> StoreResult<Vec<Delivery>> {
    let (mut deliveries, attempts): (Vec<Delivery>, Vec<(i64, Attempt)>) = with_pool!(db, |pool| {
        let deliveries = sqlx::query_as::<_, Delivery>(
            "SELECT d.id, d.event_id, v.kind, d.state, d.failures, d.next_at, d.created_at, \
                 d.finished_at FROM webhook_deliveries d \
                 JOIN webhook_events v ON v.id = d.event_id \
                 WHERE d.endpoint_id = $1 ORDER BY d.id DESC LIMIT $2",
        )
        .bind(endpoint)
        .bind(limit)
        .fetch_all(pool)
        .await?;
        let ids: Vec<i64> = deliveries.iter().map(|d| d.id).collect();
        let oldest = ids.last().copied().unwrap_or(i64::MAX);
        // Attempts of the deliveries listed: the delivery range is the page's.
        let attempts: Vec<AttemptRow> = sqlx::query_as::<_, AttemptRow>(
            "SELECT a.delivery_id, a.at, a.status, a.duration_ms, a.response_body, a.error \
                 FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id \
                 WHERE d.endpoint_id = $1 AND a.delivery_id >= $2 ORDER BY a.id DESC",
        )
        .bind(endpoint)
        .bind(oldest)
        .fetch_all(pool)
        .await?;
        (
            deliveries,
            attempts
                .into_iter()
                .map(|r| {
                    (
                        r.delivery_id,
                        Attempt {
                            at: r.at,
                            status: r.status,
                            duration_ms: r.duration_ms,
                            response_body: r.response_body,
                            error: r.error,
                        },
                    )
                })
                .collect(),
        )
    });
    for (id, attempt) in attempts {
        if let Some(d) = deliveries.iter_mut().find(|d| d.id == id)
            && d.attempts.len() < ATTEMPTS_SHOWN
        {
            d.attempts.push(attempt);
        }
    }
    Ok(deliveries)
}

#[derive(sqlx::FromRow)]
struct AttemptRow {
    delivery_id: i64,
    at: DateTime<Utc>,
    status: Option<i64>,
    duration_ms: i64,
    response_body: String,
    error: Option<String>,
}

/// Forgets what is older than `before`: attempts, finished deliveries, and events no
/// delivery refers to any more. Pending deliveries stay (they are still owed). Returns the
/// rows removed.
pub async fn trim(db: &Db, before: DateTime<Utc>) -> StoreResult<u64> {
    Ok(with_pool!(db, |pool| {
        let attempts = sqlx::query("DELETE FROM webhook_attempts WHERE at < $1")
            .bind(before)
            .execute(pool)
            .await?
            .rows_affected();
        let deliveries = sqlx::query(
            "DELETE FROM webhook_deliveries WHERE state <> 'pending' AND finished_at < $1",
        )
        .bind(before)
        .execute(pool)
        .await?
        .rows_affected();
        let events = sqlx::query(
            "DELETE FROM webhook_events WHERE created_at < $1 AND NOT EXISTS \
             (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = webhook_events.id)",
        )
        .bind(before)
        .execute(pool)
        .await?
        .rows_affected();
        Ok::<u64, sqlx::Error>(attempts + deliveries + events)
    })?)
}
