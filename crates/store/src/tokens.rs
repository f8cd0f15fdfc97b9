//! Personal API tokens. The token itself is shown once, at creation; the table keeps its
//! SHA-256 only.

use crate::accounts::Actor;
use crate::db::Db;
use crate::error::StoreResult;
use chrono::{DateTime, Duration, Utc};
use heroes_domain::account::TokenScope;

/// A token as its owner sees it in the list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    /// `read` or `write`.
    pub scope: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// Last-use times are written at most this often per token.
const TOUCH_EVERY: Duration = Duration::minutes(1);

/// Stores a new token for `user_id`.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn create(
    db: &Db,
    user_id: i64,
    name: &str,
    scope: TokenScope,
    token_hash: &str,
    actor: &Actor,
) -> StoreResult<i64> {
    let id: i64 = with_pool!(db, |pool| sqlx::query_scalar(
        "INSERT INTO api_tokens (user_id, name, scope, token_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(user_id)
    .bind(name)
    .bind(scope.as_str())
    .bind(token_hash)
    .bind(Utc::now())
    .fetch_one(pool)
    .await)?;
    actor
        .record(
            db,
            "token.create",
            Some(user_id),
            name.to_owned(),
            scope.as_str().to_owned(),
        )
        .await?;
    Ok(id)
}

/// The account's tokens that are not revoked, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn list(db: &Db, user_id: i64) -> StoreResult<Vec<ApiToken>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, ApiToken>(
        "SELECT id, name, scope, created_at, last_used_at FROM api_tokens \
         WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id DESC"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await)?)
}

/// Revokes one of the account's tokens; `false` when it has no such token.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id, id = id))]
pub async fn revoke(db: &Db, user_id: i64, id: i64, actor: &Actor) -> StoreResult<bool> {
    let done = with_pool!(db, |pool| {
        sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL"
    )
    .bind(Utc::now())
    .bind(id)
    .bind(user_id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected() == 1)
    })?;
    if done {
        actor
            .record(
                db,
                "token.revoke",
                Some(user_id),
                id.to_string(),
                String::new(),
            )
            .await?;
    }
    Ok(done)
}

/// The account and scope of a live token, recording its use.
pub async fn authenticate(db: &Db, token_hash: &str) -> StoreResult<Option<(i64, TokenScope)>> {
    let row: Option<(i64, i64, String, Option<DateTime<Utc>>)> = with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT id, user_id, scope, last_used_at FROM api_tokens \
             WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(pool)
        .await
    })?;
    let Some((id, user_id, scope, last_used)) = row else {
        return Ok(None);
    };
    let now = Utc::now();
    if last_used.is_none_or(|t| now - t > TOUCH_EVERY) {
        with_pool!(db, |pool| sqlx::query(
            "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2"
        )
        .bind(now)
        .bind(id)
        .execute(pool)
        .await
        .map(|_| ()))?;
    }
    let scope = TokenScope::parse("scope", &scope).unwrap_or(TokenScope::Read);
    Ok(Some((user_id, scope)))
}
