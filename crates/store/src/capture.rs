//! Automatic capture: a hero's sources and the suggestions found there.

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::capture::{SourceKind, SuggestionState};
use heroes_domain::contribution::NewContribution;
use heroes_domain::search::normalize;
use heroes_domain::web::WebUrl;
use std::collections::{BTreeSet, HashMap, HashSet};

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
    let sql = format!("SELECT {SOURCE_COLUMNS} FROM sources WHERE hero_id = $1 ORDER BY id");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Source>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// One source, by id.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
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
    /// The canonical form of the address the item's page names as its original
    /// (`<link rel="canonical">`), when the worker read the page.
    pub canonical_link: Option<String>,
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
    /// The people who came, for a talk offered after an event (see `events::offer_talks`).
    pub attendees: Option<i64>,
    #[sqlx(try_from = "String")]
    pub state: SuggestionState,
}

/// Offers a found item to the hero unless the same work (by canonical address, or as a
/// syndicated copy) was offered, claimed, declined or logged before. Returns whether it is new.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, source_id = source_id))]
pub async fn offer(db: &Db, hero_id: i64, source_id: i64, found: &Found) -> StoreResult<bool> {
    Ok(
        offer_all(db, hero_id, source_id, std::slice::from_ref(found))
            .await?
            .first()
            .copied()
            .unwrap_or(false),
    )
}

/// What a hero's records already held about a poll's items when [`seen`] looked.
#[derive(Debug, Default)]
pub struct Seen {
    /// Canonical addresses recorded as syndicated copies.
    copies: HashSet<String>,
    /// Canonical addresses offered before (waiting, claimed or declined).
    offered: HashSet<String>,
    /// Canonical addresses of logged contributions.
    logged: HashSet<String>,
    /// `(address, title, day)` of suggestions and contributions on the items' days.
    same_day: Vec<(String, String, NaiveDate)>,
}

impl Seen {
    /// Whether the hero's records know the item already: offered before (in any state),
    /// logged, or recorded as a syndicated copy.
    pub fn knows(&self, found: &Found) -> bool {
        self.copies.contains(&found.canonical)
            || self.offered.contains(&found.canonical)
            || self.logged.contains(&found.canonical)
    }
}

/// Offers every item of one poll at once; see [`offer_seen`].
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, source_id = source_id))]
pub async fn offer_all(
    db: &Db,
    hero_id: i64,
    source_id: i64,
    items: &[Found],
) -> StoreResult<Vec<bool>> {
    let seen = seen(db, hero_id, items).await?;
    offer_seen(db, hero_id, source_id, items, seen).await
}

/// Looks up what a hero's records hold about a poll's items, with four set-based queries.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn seen(db: &Db, hero_id: i64, items: &[Found]) -> StoreResult<Seen> {
    if items.is_empty() {
        return Ok(Seen::default());
    }
    let canonicals = || items.iter().map(|f| Arg::from(f.canonical.as_str()));
    let dates: BTreeSet<NaiveDate> = items.iter().map(|f| f.published_on).collect();
    let mut copies = Sql::new("SELECT canonical FROM syndications WHERE hero_id = ");
    copies
        .bind(Arg::Int(hero_id))
        .push(" AND canonical IN ")
        .bind_list(canonicals());
    let mut offered = Sql::new("SELECT canonical FROM suggestions WHERE hero_id = ");
    offered
        .bind(Arg::Int(hero_id))
        .push(" AND canonical IN ")
        .bind_list(canonicals());
    // A work logged by hand under another form of the address is the same work.
    let mut logged = Sql::new("SELECT canonical FROM contributions WHERE hero_id = ");
    logged
        .bind(Arg::Int(hero_id))
        .push(" AND canonical IN ")
        .bind_list(canonicals());
    let day_list = || dates.iter().map(|d| Arg::Date(*d));
    let mut same_day =
        Sql::new("SELECT canonical, title, published_on FROM suggestions WHERE hero_id = ");
    same_day
        .bind(Arg::Int(hero_id))
        .push(" AND published_on IN ")
        .bind_list(day_list())
        .push(" UNION ALL SELECT url, title, published_on FROM contributions WHERE hero_id = ")
        .bind(Arg::Int(hero_id))
        .push(" AND published_on IN ")
        .bind_list(day_list());
    Ok(with_pool!(db, |pool| {
        let strings = |sql: &Sql| {
            bind_args!(
                sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(sql.text.clone())),
                &sql.args
            )
            .fetch_all(pool)
        };
        let known: HashSet<String> = strings(&copies).await?.into_iter().collect();
        let offered: HashSet<String> = strings(&offered).await?.into_iter().collect();
        let logged: HashSet<String> = strings(&logged).await?.into_iter().collect();
        let day: Vec<(String, String, NaiveDate)> = bind_args!(
            sqlx::query_as(sqlx::AssertSqlSafe(same_day.text.clone())),
            &same_day.args
        )
        .fetch_all(pool)
        .await?;
        Ok::<_, sqlx::Error>(Seen {
            copies: known,
            offered,
            logged,
            same_day: day,
        })
    })?)
}

/// The works of a hero at some canonical addresses: for each address that is a suggestion
/// or a logged contribution, itself; for a recorded syndicated copy, the work it copies.
async fn works_at(
    db: &Db,
    hero_id: i64,
    addresses: &BTreeSet<&str>,
) -> StoreResult<HashMap<String, String>> {
    let list = || addresses.iter().map(|a| Arg::from(*a));
    let mut sql =
        Sql::new("SELECT canonical, primary_canonical FROM syndications WHERE hero_id = ");
    sql.bind(Arg::Int(hero_id))
        .push(" AND canonical IN ")
        .bind_list(list())
        .push(" UNION ALL SELECT canonical, canonical FROM suggestions WHERE hero_id = ")
        .bind(Arg::Int(hero_id))
        .push(" AND canonical IN ")
        .bind_list(list());
    // Logged contributions, by their canonical address (migration 0012).
    let mut logged_sql = Sql::new("SELECT canonical FROM contributions WHERE hero_id = ");
    logged_sql
        .bind(Arg::Int(hero_id))
        .push(" AND canonical IN ")
        .bind_list(list());
    let (pairs, logged): (Vec<(String, String)>, Vec<String>) = with_pool!(db, |pool| {
        let pairs = bind_args!(
            sqlx::query_as(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await?;
        let logged = bind_args!(
            sqlx::query_scalar(sqlx::AssertSqlSafe(logged_sql.text.clone())),
            &logged_sql.args
        )
        .fetch_all(pool)
        .await?;
        Ok::<_, sqlx::Error>((pairs, logged))
    })?;
    let mut works: HashMap<String, String> = logged.into_iter().map(|c| (c.clone(), c)).collect();
    // A recorded copy names its work; that wins over the copy's own suggestion row.
    for (address, work) in pairs {
        if address == work {
            works.entry(address).or_insert(work);
        } else {
            works.insert(address, work);
        }
    }
    Ok(works)
}

/// Offers a poll's items, deciding with what [`seen`] found, and writes them in one
/// transaction with multi-row inserts. Returns for each item whether it is new. An item that
/// is a syndicated copy of an earlier work is recorded as a further link of that work
/// instead: its page names the work's address as canonical (`Found::canonical_link`), its
/// address was recorded as a copy before, or it has the same title, folded, on the same day
/// at another address.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, source_id = source_id))]
pub async fn offer_seen(
    db: &Db,
    hero_id: i64,
    source_id: i64,
    items: &[Found],
    seen: Seen,
) -> StoreResult<Vec<bool>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let links: BTreeSet<&str> = items
        .iter()
        .filter_map(|f| f.canonical_link.as_deref().filter(|l| *l != f.canonical))
        .collect();
    let originals = if links.is_empty() {
        HashMap::new()
    } else {
        works_at(db, hero_id, &links).await?
    };
    let Seen {
        copies: known_copies,
        mut offered,
        logged,
        mut same_day,
    } = seen;
    let mut fresh = Vec::with_capacity(items.len());
    let mut suggestions: Vec<(&Found, bool)> = Vec::new();
    let mut syndications: Vec<(&Found, String)> = Vec::new();
    let mut copies_now = known_copies;
    for found in items {
        if copies_now.contains(&found.canonical) || offered.contains(&found.canonical) {
            fresh.push(false);
            continue;
        }
        let original = found
            .canonical_link
            .as_ref()
            .and_then(|link| originals.get(link))
            .filter(|work| **work != found.canonical);
        if let Some(primary) = original {
            copies_now.insert(found.canonical.clone());
            syndications.push((found, primary.clone()));
            fresh.push(false);
            continue;
        }
        let candidates = same_day
            .iter()
            .filter(|(_, _, day)| *day == found.published_on)
            .map(|(address, title, _)| (address.clone(), title.clone()))
            .collect();
        if let Some(primary) = copy_of(found, candidates) {
            copies_now.insert(found.canonical.clone());
            syndications.push((found, primary));
            fresh.push(false);
            continue;
        }
        let is_logged = logged.contains(&found.canonical);
        offered.insert(found.canonical.clone());
        same_day.push((
            found.canonical.clone(),
            found.title.clone(),
            found.published_on,
        ));
        suggestions.push((found, is_logged));
        fresh.push(!is_logged);
    }

    let now = Utc::now();
    let mut tx = db.begin().await?;
    for chunk in suggestions.chunks(500) {
        let mut sql = Sql::new(
            "INSERT INTO suggestions (hero_id, source_id, url, canonical, kind, title, \
             published_on, description, stars, state, created_at) VALUES ",
        );
        for (i, (found, is_logged)) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind_list([
                Arg::Int(hero_id),
                Arg::Int(source_id),
                Arg::from(found.url.as_str()),
                Arg::from(found.canonical.as_str()),
                Arg::from(found.kind.as_str()),
                Arg::from(found.title.as_str()),
                Arg::Date(found.published_on),
                Arg::from(found.description.as_str()),
                Arg::OptInt(found.stars),
                Arg::from(if *is_logged { "claimed" } else { "new" }),
                Arg::Time(now),
            ]);
        }
        sql.push(" ON CONFLICT (hero_id, canonical) DO NOTHING");
        with_tx!(&mut tx, |conn| {
            bind_args!(
                sqlx::query(sqlx::AssertSqlSafe(sql.text.clone())),
                &sql.args
            )
            .execute(&mut *conn)
            .await?;
        });
    }
    for chunk in syndications.chunks(500) {
        let mut sql = Sql::new(
            "INSERT INTO syndications (hero_id, canonical, url, primary_canonical) VALUES ",
        );
        for (i, (found, primary)) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind_list([
                Arg::Int(hero_id),
                Arg::from(found.canonical.as_str()),
                Arg::from(found.url.as_str()),
                Arg::from(primary.as_str()),
            ]);
        }
        sql.push(" ON CONFLICT (hero_id, canonical) DO NOTHING");
        with_tx!(&mut tx, |conn| {
            bind_args!(
                sqlx::query(sqlx::AssertSqlSafe(sql.text.clone())),
                &sql.args
            )
            .execute(&mut *conn)
            .await?;
        });
    }
    if !syndications.is_empty() {
        // A further link of a public work shows on its pages, feeds and API answers.
        tx.bump_data_version().await?;
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

/// The further addresses of all of a hero's works (suggestions and contributions), by the
/// canonical address of each work, in one query.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn alternates(db: &Db, hero_id: i64) -> StoreResult<HashMap<String, Vec<String>>> {
    let mut sql =
        Sql::new("SELECT hero_id, primary_canonical, url FROM syndications WHERE hero_id = ");
    sql.bind(Arg::Int(hero_id));
    Ok(further_addresses(db, sql)
        .await?
        .into_iter()
        .map(|((_, work), links)| (work, links))
        .collect())
}

/// The further addresses of a page of works, `(hero id, canonical address)` each, in one
/// query (no query per item).
pub async fn alternates_of(
    db: &Db,
    works: &[(i64, String)],
) -> StoreResult<HashMap<(i64, String), Vec<String>>> {
    if works.is_empty() {
        return Ok(HashMap::new());
    }
    let heroes: BTreeSet<i64> = works.iter().map(|(hero, _)| *hero).collect();
    let addresses: BTreeSet<&str> = works.iter().map(|(_, a)| a.as_str()).collect();
    // Both columns of the `syndications_primary` index; pairs that only match across two
    // works are dropped below.
    let mut sql =
        Sql::new("SELECT hero_id, primary_canonical, url FROM syndications WHERE hero_id IN ");
    sql.bind_list(heroes.into_iter().map(Arg::Int))
        .push(" AND primary_canonical IN ")
        .bind_list(addresses.into_iter().map(Arg::from));
    let wanted: HashSet<&(i64, String)> = works.iter().collect();
    let mut found = further_addresses(db, sql).await?;
    found.retain(|work, _| wanted.contains(work));
    Ok(found)
}

/// Runs a `SELECT hero_id, primary_canonical, url FROM syndications …` and groups the links
/// by work, in address order.
async fn further_addresses(
    db: &Db,
    mut sql: Sql,
) -> StoreResult<HashMap<(i64, String), Vec<String>>> {
    sql.push(" ORDER BY url");
    let rows: Vec<(i64, String, String)> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as(sqlx::AssertSqlSafe(sql.text.clone())),
        &sql.args
    )
    .fetch_all(pool)
    .await)?;
    let mut by_work: HashMap<(i64, String), Vec<String>> = HashMap::new();
    for (hero, work, url) in rows {
        by_work.entry((hero, work)).or_default().push(url);
    }
    Ok(by_work)
}

/// A hero's suggestions waiting for a decision, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn waiting(db: &Db, hero_id: i64) -> StoreResult<Vec<Suggestion>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Suggestion>(
        "SELECT id, source_id, url, canonical, kind, title, published_on, description, stars, \
           attendees, state FROM suggestions WHERE hero_id = $1 AND state = 'new' \
         ORDER BY published_on DESC, id DESC"
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// One of a hero's suggestions.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn suggestion(db: &Db, hero_id: i64, id: i64) -> StoreResult<Option<Suggestion>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Suggestion>(
        "SELECT id, source_id, url, canonical, kind, title, published_on, description, stars, \
           attendees, state FROM suggestions WHERE hero_id = $1 AND id = $2"
    )
    .bind(hero_id)
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// Declines a waiting suggestion: it is never offered again. `false`, with nothing changed,
/// if it was not waiting (a claim came first). Claiming is [`claim`], which also logs the
/// contribution.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn decline(db: &Db, hero_id: i64, id: i64) -> StoreResult<bool> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "UPDATE suggestions SET state = 'declined', decided_at = $1 \
         WHERE hero_id = $2 AND id = $3 AND state = 'new'"
    )
    .bind(Utc::now())
    .bind(hero_id)
    .bind(id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Turns a waiting suggestion into a contribution, in one transaction: the suggestion is
/// marked claimed and the contribution logged (an address logged already counts as logged).
/// `false`, with nothing changed, if the suggestion was not waiting: claimed or declined by a
/// request that came first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn claim(db: &Db, hero_id: i64, id: i64, item: &NewContribution) -> StoreResult<bool> {
    let specializations = crate::specializations::ids(db).await?;
    let now = Utc::now();
    let mut tx = db.begin().await?;
    // The conditional update decides the race with a decline (or a second claim): whichever
    // changes the state first wins, and the loser's update matches no row, so a suggestion
    // never ends declined with its contribution logged.
    let won = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE suggestions SET state = 'claimed', decided_at = $1 \
             WHERE hero_id = $2 AND id = $3 AND state = 'new'",
        )
        .bind(now)
        .bind(hero_id)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    });
    if !won {
        return Ok(false);
    }
    let added =
        crate::contributions::add_if_new(&mut tx, hero_id, item, &specializations, now).await?;
    if added.is_some() {
        crate::search::refresh(&mut tx, hero_id).await?;
        tx.bump_data_version().await?;
    }
    tx.commit().await?;
    Ok(true)
}
