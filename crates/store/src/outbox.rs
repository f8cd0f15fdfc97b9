//! The mail outbox: every mail the program sends, delivered by SMTP when a server is
//! configured and readable by admins either way.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};

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

/// Takes a pending mail for delivery: counts the attempt, but only if nobody else counted
/// one since `attempts` was read, so two instances never send the same mail at once.
pub async fn claim(db: &Db, id: i64, attempts: i64) -> StoreResult<bool> {
    Ok(with_pool!(db, |pool| {
        sqlx::query(
        "UPDATE outbox SET attempts = attempts + 1 WHERE id = $1 AND attempts = $2 AND sent_at IS NULL"
    )
    .bind(id)
    .bind(attempts)
    .execute(pool)
    .await
    .map(|r| r.rows_affected() == 1)
    })?)
}

/// Records how a claimed delivery ended: sent (`error` is `None`) or failed with the reason.
pub async fn finish(db: &Db, id: i64, error: Option<&str>) -> StoreResult<()> {
    let now = Utc::now();
    with_pool!(db, |pool| sqlx::query(
        "UPDATE outbox SET sent_at = CASE WHEN $1 THEN $2 ELSE sent_at END, last_error = $3 \
         WHERE id = $4"
    )
    .bind(error.is_none())
    .bind(now)
    .bind(error)
    .bind(id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
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
