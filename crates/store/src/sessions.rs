//! Sign-in sessions, stored so that any instance can serve any request.
//!
//! The cookie carries a random secret; the table holds only its SHA-256 (`id_hash`), computed
//! by the server before it calls in here.

use crate::db::Db;
use crate::error::StoreResult;
use chrono::{DateTime, Utc};

/// A session row with what a request needs to know about its account.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Session {
    pub id_hash: String,
    pub user_id: i64,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// How a session was signed in: what the second-factor requirement looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedInWith {
    /// The password alone (the account had no second factor).
    Password,
    /// The password and a second factor.
    SecondFactor,
    /// The company's single sign-on provider, whose own policy applies.
    Sso,
    /// A passkey alone (with user verification on the authenticator: something the person
    /// has and something they know or are).
    Passkey,
}

impl SignedInWith {
    fn as_str(self) -> &'static str {
        match self {
            SignedInWith::Password => "password",
            SignedInWith::SecondFactor => "second-factor",
            SignedInWith::Sso => "sso",
            SignedInWith::Passkey => "passkey",
        }
    }
}

/// Stores a new session signed in with the password alone.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn create(
    db: &Db,
    id_hash: &str,
    user_id: i64,
    expires_at: DateTime<Utc>,
    user_agent: &str,
) -> StoreResult<()> {
    create_with(
        db,
        id_hash,
        user_id,
        expires_at,
        user_agent,
        SignedInWith::Password,
    )
    .await
}

/// Stores a new session, noting how it was signed in.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn create_with(
    db: &Db,
    id_hash: &str,
    user_id: i64,
    expires_at: DateTime<Utc>,
    user_agent: &str,
    signed_in_with: SignedInWith,
) -> StoreResult<()> {
    let now = Utc::now();
    let agent: String = user_agent.chars().take(300).collect();
    with_pool!(db, |pool| sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, user_agent, \
         signed_in_with) VALUES ($1, $2, $3, $3, $4, $5, $6)"
    )
    .bind(id_hash)
    .bind(user_id)
    .bind(now)
    .bind(expires_at)
    .bind(agent)
    .bind(signed_in_with.as_str())
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Finds a session by the hash of its secret.
pub async fn find(db: &Db, id_hash: &str) -> StoreResult<Option<Session>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Session>(
        "SELECT id_hash, user_id, created_at, last_seen_at, expires_at FROM sessions \
         WHERE id_hash = $1"
    )
    .bind(id_hash)
    .fetch_optional(pool)
    .await)?)
}

/// Records activity, which pushes the idle expiry back.
pub async fn touch(db: &Db, id_hash: &str) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2"
    )
    .bind(Utc::now())
    .bind(id_hash)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Ends one session.
pub async fn delete(db: &Db, id_hash: &str) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "DELETE FROM sessions WHERE id_hash = $1"
    )
    .bind(id_hash)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Ends every session of an account except `keep`; returns how many ended.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn delete_others(db: &Db, user_id: i64, keep: Option<&str>) -> StoreResult<u64> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2"
    )
    .bind(user_id)
    .bind(keep.unwrap_or(""))
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?)
}

/// How many sessions an account has open.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn count_for_user(db: &Db, user_id: i64) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT count(*) FROM sessions WHERE user_id = $1"
    )
    .bind(user_id)
    .fetch_one(pool)
    .await)?)
}

/// An account's sessions, newest first, with the browser each came from.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn list_for_user(db: &Db, user_id: i64) -> StoreResult<Vec<(Session, String)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        session: Session,
        user_agent: String,
    }
    let rows: Vec<Row> = with_pool!(db, |pool| {
        sqlx::query_as(
        "SELECT id_hash, user_id, created_at, last_seen_at, expires_at, user_agent FROM sessions \
         WHERE user_id = $1 ORDER BY created_at DESC"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|r| (r.session, r.user_agent))
        .collect())
}
