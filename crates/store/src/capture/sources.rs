//! The places a hero publishes: registering and removing them, and what the last poll of each
//! found (its validators, its error, the items it could not offer).

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use heroes_domain::capture::SourceKind;

/// A place a hero publishes.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Source {
    pub id: i64,
    pub hero_id: i64,
    /// Decoded here, so a name no code wrote fails the read instead of being polled as
    /// something it is not.
    #[sqlx(try_from = "String")]
    pub kind: SourceKind,
    /// Feed address or GitHub login.
    pub target: String,
    pub auto_accept: bool,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_success_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
    /// Why items of the last poll were not offered, one line per item (`None`: all were).
    pub last_skipped: Option<String>,
    pub created_at: DateTime<Utc>,
}

const SOURCE_COLUMNS: &str = "id, hero_id, kind, target, auto_accept, etag, last_modified, \
     last_success_at, last_error, last_error_at, last_skipped, created_at";

/// Registers a source; `Conflict { field: "target" }` if the hero has it already.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn add_source(
    db: &Db,
    hero_id: i64,
    kind: SourceKind,
    target: &str,
    auto_accept: bool,
) -> StoreResult<i64> {
    let result = with_pool!(db, |pool| sqlx::query_scalar::<_, i64>(
        "INSERT INTO sources (hero_id, kind, target, auto_accept, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(hero_id)
    .bind(kind.as_str())
    .bind(target)
    .bind(auto_accept)
    .bind(Utc::now())
    .fetch_one(pool)
    .await);
    match result {
        Ok(id) => Ok(id),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(StoreError::Conflict { field: "target" })
        }
        Err(e) => Err(e.into()),
    }
}

/// A hero's sources, oldest first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn sources_of(db: &Db, hero_id: i64) -> StoreResult<Vec<Source>> {
    sources_where(db, "hero_id", hero_id).await
}

/// One source, by id.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn source(db: &Db, id: i64) -> StoreResult<Option<Source>> {
    Ok(sources_where(db, "id", id).await?.pop())
}

/// The sources whose `column` (a literal column name) is `value`, oldest first.
async fn sources_where(db: &Db, column: &'static str, value: i64) -> StoreResult<Vec<Source>> {
    let sql = format!("SELECT {SOURCE_COLUMNS} FROM sources WHERE {column} = $1 ORDER BY id");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Source>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(value)
    .fetch_all(pool)
    .await)?)
}

/// Removes one of a hero's sources (its suggestions stay, claimed or not).
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn remove_source(db: &Db, hero_id: i64, id: i64) -> StoreResult<()> {
    let removed = with_pool!(db, |pool| sqlx::query(
        "DELETE FROM sources WHERE id = $1 AND hero_id = $2"
    )
    .bind(id)
    .bind(hero_id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    if removed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Turns automatic acceptance of new items on or off for one of a hero's sources.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn set_auto_accept(db: &Db, hero_id: i64, id: i64, on: bool) -> StoreResult<()> {
    let changed = with_pool!(db, |pool| sqlx::query(
        "UPDATE sources SET auto_accept = $1 WHERE id = $2 AND hero_id = $3"
    )
    .bind(on)
    .bind(id)
    .bind(hero_id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Records a successful poll, the validators for the next conditional request, and why
/// items were skipped (one line each; empty when every item could be offered; `None` keeps
/// what the last poll that read the feed recorded, for a feed that had not changed).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn source_polled(
    db: &Db,
    id: i64,
    etag: Option<&str>,
    last_modified: Option<&str>,
    skipped: Option<&[String]>,
) -> StoreResult<()> {
    let lines = skipped
        .filter(|lines| !lines.is_empty())
        .map(|lines| lines.join("\n"));
    with_pool!(db, |pool| sqlx::query(
        "UPDATE sources SET last_success_at = $1, last_error = NULL, \
           etag = coalesce($2, etag), last_modified = coalesce($3, last_modified), \
           last_skipped = CASE WHEN $6 THEN last_skipped ELSE $5 END WHERE id = $4"
    )
    .bind(Utc::now())
    .bind(etag)
    .bind(last_modified)
    .bind(id)
    .bind(lines.as_deref())
    .bind(skipped.is_none())
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Records why a poll failed, in words for the hero.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn source_failed(db: &Db, id: i64, reason: &str) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "UPDATE sources SET last_error = $1, last_error_at = $2 WHERE id = $3"
    )
    .bind(reason)
    .bind(Utc::now())
    .bind(id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}
