//! The audit log: who did what, when, from where. Append-only (the database refuses updates
//! of the record and deletes), read by admins at `/admin/audit`.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};

/// One thing that happened, as recorded.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    /// The account that acted, if one did.
    pub actor_id: Option<i64>,
    /// For actors that are not accounts: `cli`, `system`, `visitor`.
    pub actor_label: &'a str,
    /// Dotted verb, stable for filtering: `role.grant`, `account.sign-in`.
    pub action: &'static str,
    /// The account it was done to, if any.
    pub target_user_id: Option<i64>,
    /// What else it was done to (a slug, a token name).
    pub target: String,
    /// The client address.
    pub address: &'a str,
    pub detail: String,
}

/// A stored entry, with accounts shown by their current address (or as
/// `deleted account #N`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor_id: Option<i64>,
    pub actor: String,
    pub action: String,
    pub target_user_id: Option<i64>,
    pub target: String,
    pub address: String,
    pub detail: String,
}

/// Appends an entry inside the caller's transaction, so the record exists exactly when the
/// action took effect.
pub(crate) async fn record(tx: &mut Tx, entry: &AuditEntry<'_>) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO audit_log (at, actor_id, actor_label, action, target_user_id, target, \
             address, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(Utc::now())
        .bind(entry.actor_id)
        // An account is named by its id only, so that erasing it erases the name here too.
        .bind(if entry.actor_id.is_some() {
            ""
        } else {
            entry.actor_label
        })
        .bind(entry.action)
        .bind(entry.target_user_id)
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
    Ok(with_pool!(db, |pool| {
        sqlx::query_as::<_, AuditRecord>(
        "SELECT a.id, a.at, a.actor_id, \
           CASE WHEN a.actor_id IS NULL THEN a.actor_label \
                WHEN au.email IS NULL THEN 'deleted account #' || a.actor_id ELSE au.email END AS actor, \
           a.action, a.target_user_id, \
           CASE WHEN a.target_user_id IS NULL THEN a.target \
                WHEN tu.email IS NULL THEN 'deleted account #' || a.target_user_id ELSE tu.email END AS target, \
           a.address, a.detail \
         FROM audit_log a LEFT JOIN users au ON au.id = a.actor_id \
           LEFT JOIN users tu ON tu.id = a.target_user_id \
         WHERE a.id < $1 ORDER BY a.id DESC LIMIT $2"
    )
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(pool)
    .await
    })?)
}

/// Entries an account made or that concern it, oldest first (for its data export).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn for_user(db: &Db, user_id: i64) -> StoreResult<Vec<AuditRecord>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, AuditRecord>(
        "SELECT id, at, actor_id, actor_label AS actor, action, target_user_id, target, address, \
           detail FROM audit_log WHERE actor_id = $1 OR target_user_id = $1 ORDER BY id"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await)?)
}
