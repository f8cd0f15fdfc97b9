//! Automatic capture: a hero's sources and the suggestions found there.

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::contribution::NewContribution;
use heroes_domain::search::normalize;
use heroes_domain::web::WebUrl;

/// A place a hero publishes.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Source {
    pub id: i64,
    pub hero_id: i64,
    /// `feed` or `github`.
    pub kind: String,
    /// Feed address or GitHub login.
    pub target: String,
    pub auto_accept: bool,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_success_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

const SOURCE_COLUMNS: &str = "id, hero_id, kind, target, auto_accept, etag, last_modified, \
     last_success_at, last_error, last_error_at, created_at";

/// Registers a source; `Conflict { field: "target" }` if the hero has it already.
pub async fn add_source(
    db: &Db,
    hero_id: i64,
    kind: &str,
    target: &str,
    auto_accept: bool,
) -> StoreResult<i64> {
    let result = with_pool!(db, |pool| sqlx::query_scalar::<_, i64>(
        "INSERT INTO sources (hero_id, kind, target, auto_accept, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(hero_id)
    .bind(kind)
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
pub async fn sources_of(db: &Db, hero_id: i64) -> StoreResult<Vec<Source>> {
    let sql = format!("SELECT {SOURCE_COLUMNS} FROM sources WHERE hero_id = $1 ORDER BY id");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Source>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// One source, by id.
pub async fn source(db: &Db, id: i64) -> StoreResult<Option<Source>> {
    let sql = format!("SELECT {SOURCE_COLUMNS} FROM sources WHERE id = $1");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Source>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// Removes one of a hero's sources (its suggestions stay, claimed or not).
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

/// Records a successful poll and the validators for the next conditional request.
pub async fn source_polled(
    db: &Db,
    id: i64,
    etag: Option<&str>,
    last_modified: Option<&str>,
) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "UPDATE sources SET last_success_at = $1, last_error = NULL, \
           etag = coalesce($2, etag), last_modified = coalesce($3, last_modified) WHERE id = $4"
    )
    .bind(Utc::now())
    .bind(etag)
    .bind(last_modified)
    .bind(id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Records why a poll failed, in words for the hero.
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

/// Something found at a source.
#[derive(Debug, Clone)]
pub struct Found {
    pub url: String,
    /// See `WebUrl::canonical`.
    pub canonical: String,
    pub kind: String,
    pub title: String,
    pub published_on: NaiveDate,
    pub description: String,
    pub stars: Option<i64>,
}

/// A suggestion as the hero sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Suggestion {
    pub id: i64,
    pub source_id: Option<i64>,
    pub url: String,
    pub canonical: String,
    pub kind: String,
    pub title: String,
    pub published_on: NaiveDate,
    pub description: String,
    pub stars: Option<i64>,
    pub state: String,
}

/// Offers a found item to the hero unless the same work (by canonical address, or as a
/// syndicated copy) was offered, claimed, declined or logged before. Returns whether it is new.
pub async fn offer(db: &Db, hero_id: i64, source_id: i64, found: &Found) -> StoreResult<bool> {
    Ok(
        offer_all(db, hero_id, source_id, std::slice::from_ref(found))
            .await?
            .first()
            .copied()
            .unwrap_or(false),
    )
}

/// Offers every item of one poll in one transaction (one commit, not one per item); returns
/// for each item whether it is new. An item that is a syndicated copy of an earlier one (an
/// address already recorded as a copy, or the same title, folded, on the same day at another
/// address) is recorded as a further link of that work instead.
pub async fn offer_all(
    db: &Db,
    hero_id: i64,
    source_id: i64,
    items: &[Found],
) -> StoreResult<Vec<bool>> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let mut fresh = Vec::with_capacity(items.len());
    for found in items {
        let is_new = with_tx!(&mut tx, |conn| {
            let known: Option<String> = sqlx::query_scalar(
                "SELECT primary_canonical FROM syndications WHERE hero_id = $1 AND canonical = $2",
            )
            .bind(hero_id)
            .bind(&found.canonical)
            .fetch_optional(&mut *conn)
            .await?;
            let primary = if known.is_some() {
                None
            } else {
                let same_day: Vec<(String, String)> = sqlx::query_as(
                    "SELECT canonical, title FROM suggestions WHERE hero_id = $1 AND published_on = $2 \
                     UNION ALL SELECT url, title FROM contributions WHERE hero_id = $1 AND published_on = $2",
                )
                .bind(hero_id)
                .bind(found.published_on)
                .fetch_all(&mut *conn)
                .await?;
                copy_of(found, same_day)
            };
            if known.is_some() {
                false
            } else if let Some(primary) = primary {
                sqlx::query(
                    "INSERT INTO syndications (hero_id, canonical, url, primary_canonical) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (hero_id, canonical) DO NOTHING",
                )
                .bind(hero_id)
                .bind(&found.canonical)
                .bind(&found.url)
                .bind(&primary)
                .execute(&mut *conn)
                .await?;
                false
            } else {
                let logged: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM contributions WHERE hero_id = $1 AND (url = $2 OR url = $3)",
                )
                .bind(hero_id)
                .bind(&found.url)
                .bind(&found.canonical)
                .fetch_one(&mut *conn)
                .await?;
                let state = if logged > 0 { "claimed" } else { "new" };
                sqlx::query(
                    "INSERT INTO suggestions (hero_id, source_id, url, canonical, kind, title, \
                     published_on, description, stars, state, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                     ON CONFLICT (hero_id, canonical) DO NOTHING",
                )
                .bind(hero_id)
                .bind(source_id)
                .bind(&found.url)
                .bind(&found.canonical)
                .bind(&found.kind)
                .bind(&found.title)
                .bind(found.published_on)
                .bind(&found.description)
                .bind(found.stars)
                .bind(state)
                .bind(now)
                .execute(&mut *conn)
                .await?
                .rows_affected()
                    == 1
                    && logged == 0
            }
        });
        fresh.push(is_new);
    }
    tx.commit().await?;
    Ok(fresh)
}

/// The canonical address of the earlier work `found` copies, among the hero's suggestions and
/// contributions of the same day (`(address, title)`): the same title, folded, elsewhere.
fn copy_of(found: &Found, same_day: Vec<(String, String)>) -> Option<String> {
    let title = normalize(&found.title);
    same_day
        .into_iter()
        .find(|(address, other)| {
            normalize(other) == title && *address != found.canonical && *address != found.url
        })
        // Contributions store the address as typed; compare by canonical form.
        .map(|(address, _)| WebUrl::parse("url", &address).map_or(address, |u| u.canonical()))
        .filter(|primary| *primary != found.canonical)
}

/// The other addresses of the work whose canonical address is `canonical`.
pub async fn alternates(db: &Db, hero_id: i64, canonical: &str) -> StoreResult<Vec<String>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT url FROM syndications WHERE hero_id = $1 AND primary_canonical = $2 ORDER BY url"
    )
    .bind(hero_id)
    .bind(canonical)
    .fetch_all(pool)
    .await)?)
}

/// A hero's suggestions waiting for a decision, newest first.
pub async fn waiting(db: &Db, hero_id: i64) -> StoreResult<Vec<Suggestion>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Suggestion>(
        "SELECT id, source_id, url, canonical, kind, title, published_on, description, stars, \
           state FROM suggestions WHERE hero_id = $1 AND state = 'new' \
         ORDER BY published_on DESC, id DESC"
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// One of a hero's suggestions.
pub async fn suggestion(db: &Db, hero_id: i64, id: i64) -> StoreResult<Option<Suggestion>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Suggestion>(
        "SELECT id, source_id, url, canonical, kind, title, published_on, description, stars, \
           state FROM suggestions WHERE hero_id = $1 AND id = $2"
    )
    .bind(hero_id)
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// Marks a waiting suggestion claimed or declined; `false` if it was not waiting.
pub async fn decide(db: &Db, hero_id: i64, id: i64, claimed: bool) -> StoreResult<bool> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "UPDATE suggestions SET state = $1, decided_at = $2 \
         WHERE hero_id = $3 AND id = $4 AND state = 'new'"
    )
    .bind(if claimed { "claimed" } else { "declined" })
    .bind(Utc::now())
    .bind(hero_id)
    .bind(id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Turns a waiting suggestion into a contribution: the suggestion is marked claimed and the
/// contribution added (a duplicate address counts as already logged).
pub async fn claim(
    db: &Db,
    hero_slug: &str,
    hero_id: i64,
    id: i64,
    item: &NewContribution,
) -> StoreResult<bool> {
    if suggestion(db, hero_id, id)
        .await?
        .is_none_or(|s| s.state != "new")
    {
        return Ok(false);
    }
    // The contribution first: if marking the suggestion fails, the next poll sees the address
    // logged and does not offer it again.
    match crate::contributions::add(db, hero_slug, item, Utc::now()).await {
        Ok(_) | Err(StoreError::Conflict { .. }) => {}
        Err(e) => return Err(e),
    }
    decide(db, hero_id, id, true).await
}
