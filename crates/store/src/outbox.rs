//! The mail outbox: every mail the program sends, delivered by SMTP when a server is
//! configured and readable by admins either way.
//!
//! Delivery takes one mail at a time with a lease (`claim_next`), so any number of instances
//! can deliver together and a mail is sent again only after an attempt that failed or whose
//! worker died; marking it sent checks the lease is still ours.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use chrono::{DateTime, Duration, Utc};

/// A mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A stored mail.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredMail {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub attempts: i64,
    pub last_error: Option<String>,
}

const COLUMNS: &str =
    "id, to_address, subject, body_text, body_html, created_at, sent_at, attempts, last_error";

/// Queues a mail inside the caller's transaction.
pub(crate) async fn enqueue(tx: &mut Tx, mail: &OutgoingMail) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO outbox (to_address, subject, body_text, body_html, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&mail.to)
        .bind(&mail.subject)
        .bind(&mail.text)
        .bind(&mail.html)
        .bind(Utc::now())
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// The newest mails first, `limit` of them, older than `before` (an id) when given.
pub async fn list(db: &Db, limit: i64, before: Option<i64>) -> StoreResult<Vec<StoredMail>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox WHERE id < $1 ORDER BY id DESC LIMIT $2");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, StoredMail>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(pool)
    .await)?)
}

/// Mails not yet delivered that have been tried fewer than `max_attempts` times, oldest
/// first.
pub async fn pending(db: &Db, limit: i64, max_attempts: i64) -> StoreResult<Vec<StoredMail>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM outbox WHERE sent_at IS NULL AND attempts < $1 ORDER BY id LIMIT $2"
    );
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, StoredMail>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(max_attempts)
    .bind(limit)
    .fetch_all(pool)
    .await)?)
}

/// Takes the oldest mail that is due for delivery for `worker`, holding it for `lease`, and
/// counts the attempt. Due means not sent, tried fewer than `max_attempts` times, and not held
/// by anyone (no lease, or an expired one: its worker died) nor waiting out a backoff. One
/// conditional statement (with `FOR UPDATE SKIP LOCKED` on PostgreSQL), so two instances
/// never take the same mail while a lease lasts.
pub async fn claim_next(
    db: &Db,
    worker: &str,
    lease: Duration,
    max_attempts: i64,
) -> StoreResult<Option<StoredMail>> {
    let now = Utc::now();
    let lock = match db {
        Db::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        // The statement runs under SQLite's single write lock.
        Db::Sqlite(_) => "",
    };
    let sql = format!(
        "UPDATE outbox SET claimed_by = $1, claimed_until = $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM outbox WHERE sent_at IS NULL AND attempts < $3 \
           AND (claimed_until IS NULL OR claimed_until <= $4) ORDER BY id LIMIT 1{lock}) \
         RETURNING {COLUMNS}"
    );
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, StoredMail>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(worker)
    .bind(now + lease)
    .bind(max_attempts)
    .bind(now)
    .fetch_optional(pool)
    .await)?)
}

/// Records that a mail `worker` took was delivered, if it is still `worker`'s; returns false
/// when another worker took it over meanwhile (its lease ran out during the attempt).
pub async fn mark_sent(db: &Db, id: i64, worker: &str) -> StoreResult<bool> {
    let done = with_pool!(db, |pool| sqlx::query(
        "UPDATE outbox SET sent_at = $1, last_error = NULL, claimed_by = NULL, \
         claimed_until = NULL WHERE id = $2 AND claimed_by = $3 AND sent_at IS NULL"
    )
    .bind(Utc::now())
    .bind(id)
    .bind(worker)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Records why an attempt of `worker` failed and gives the mail back, to be tried again
/// from `retry_at` on; returns false when the mail was no longer `worker`'s.
pub async fn mark_failed(
    db: &Db,
    id: i64,
    worker: &str,
    error: &str,
    retry_at: DateTime<Utc>,
) -> StoreResult<bool> {
    let done = with_pool!(db, |pool| sqlx::query(
        "UPDATE outbox SET last_error = $1, claimed_by = NULL, claimed_until = $2 \
         WHERE id = $3 AND claimed_by = $4 AND sent_at IS NULL"
    )
    .bind(error)
    .bind(retry_at)
    .bind(id)
    .bind(worker)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Every mail to `address`, oldest first (for a data export).
pub async fn to_address(db: &Db, address: &str) -> StoreResult<Vec<StoredMail>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox WHERE to_address = $1 ORDER BY id");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, StoredMail>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(address)
    .fetch_all(pool)
    .await)?)
}
