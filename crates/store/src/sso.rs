//! Single sign-on state: logins in progress and the identities they end in.

use crate::db::Db;
use crate::error::StoreResult;
use chrono::{DateTime, Duration, Utc};

/// A login between the redirect to the provider and the way back.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PendingLogin {
    pub nonce: String,
    pub verifier: String,
    pub next: String,
    pub created_at: DateTime<Utc>,
}

/// Remembers a login in progress under the hash of its `state`.
pub async fn start(db: &Db, state_hash: &str, login: &PendingLogin) -> StoreResult<()> {
    // Logins abandoned at the provider are swept here rather than by a job.
    let stale = Utc::now() - Duration::hours(1);
    with_pool!(db, |pool| {
        sqlx::query("DELETE FROM sso_logins WHERE created_at < $1")
            .bind(stale)
            .execute(pool)
            .await?;
        sqlx::query(
            "INSERT INTO sso_logins (state_hash, nonce, verifier, next, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(state_hash)
        .bind(&login.nonce)
        .bind(&login.verifier)
        .bind(&login.next)
        .bind(login.created_at)
        .execute(pool)
        .await
        .map(|_| ())
    })?;
    Ok(())
}

/// Takes a login in progress: it can be finished once.
pub async fn finish(db: &Db, state_hash: &str) -> StoreResult<Option<PendingLogin>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, PendingLogin>(
        "DELETE FROM sso_logins WHERE state_hash = $1 RETURNING nonce, verifier, next, created_at"
    )
    .bind(state_hash)
    .fetch_optional(pool)
    .await)?)
}

/// The account a provider's subject signed in as before.
pub async fn account_of(db: &Db, issuer: &str, subject: &str) -> StoreResult<Option<i64>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT user_id FROM sso_identities WHERE issuer = $1 AND subject = $2"
    )
    .bind(issuer)
    .bind(subject)
    .fetch_optional(pool)
    .await)?)
}

/// Ties a provider's subject to an account.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn link(db: &Db, issuer: &str, subject: &str, user_id: i64) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "INSERT INTO sso_identities (issuer, subject, user_id) VALUES ($1, $2, $3) \
         ON CONFLICT (issuer, subject) DO UPDATE SET user_id = excluded.user_id"
    )
    .bind(issuer)
    .bind(subject)
    .bind(user_id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}
