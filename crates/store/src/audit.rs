//! The audit log: who did what, when, from where. Append-only (the database refuses updates
//! of the record and deletes), read by admins at `/admin/audit`.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};

/// One thing that happened, as recorded.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub actor_id: Option<i64>,
    pub actor_label: &'a str,
    /// Dotted verb, stable for filtering: `role.grant`, `account.sign-in`.
    pub action: &'static str,
    /// What it was done to (an email address, a slug).
    pub target: String,
    /// The client address.
    pub address: &'a str,
    pub detail: String,
}

/// A stored entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor_id: Option<i64>,
    pub actor_label: String,
    pub action: String,
    pub target: String,
    pub address: String,
    pub detail: String,
}

/// Appends an entry inside the caller's transaction, so the record exists exactly when the
/// action took effect.
pub(crate) async fn record(tx: &mut Tx, entry: &AuditEntry<'_>) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO audit_log (at, actor_id, actor_label, action, target, address, detail) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(Utc::now())
        .bind(entry.actor_id)
        .bind(entry.actor_label)
        .bind(entry.action)
        .bind(&entry.target)
        .bind(entry.address)
        .bind(&entry.detail)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// Appends an entry on its own (for events that change nothing else, like a refused
/// sign-in).
pub async fn append(db: &Db, entry: &AuditEntry<'_>) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    record(&mut tx, entry).await?;
    tx.commit().await
}

/// The newest entries first, `limit` of them, older than `before` (an id) when given.
pub async fn list(db: &Db, limit: i64, before: Option<i64>) -> StoreResult<Vec<AuditRecord>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, AuditRecord>(
        "SELECT id, at, actor_id, actor_label, action, target, address, detail FROM audit_log \
         WHERE id < $1 ORDER BY id DESC LIMIT $2"
    )
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(pool)
    .await)?)
}
