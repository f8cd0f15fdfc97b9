//! Contributions: the log of heroes' work and the public content stream.

use crate::db::{Db, PerVersion, Tx};
use crate::error::{StoreError, StoreResult};
use crate::heroes::split_list;
use crate::specializations::ids as specialization_ids;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::contribution::NewContribution;
use heroes_domain::web::WebUrl;
use heroes_domain::webhooks::EventKind;
use std::collections::HashMap;

/// A contribution as pages, feeds and the API show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ContributionView {
    pub id: i64,
    pub hero_id: i64,
    /// The hero's slug and name.
    pub hero_slug: String,
    pub hero_name: String,
    /// Kind slug (`blog-post`, `talk`, …).
    pub kind: String,
    pub title: String,
    pub url: String,
    pub published_on: NaiveDate,
    /// Specialization slug and name, if one was chosen.
    pub specialization_slug: Option<String>,
    pub specialization_name: Option<String>,
    /// Comma-separated in the database; see [`ContributionView::tags`].
    #[sqlx(rename = "tags")]
    pub tag_list: String,
    pub description: String,
    pub views: Option<i64>,
    pub attendees: Option<i64>,
    pub stars: Option<i64>,
    pub answers: Option<i64>,
    /// Kept out of every public page, feed and API (only listed for its owner).
    pub private: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The canonical address the store wrote with the row (`None` on a duplicate kept from
    /// before the column existed); see [`ContributionView::canonical`].
    #[sqlx(rename = "canonical")]
    pub stored_canonical: Option<String>,
    /// The further addresses the same work was published at (syndicated copies found by
    /// capture), in address order; filled by [`stream`] and [`all_of_hero`].
    #[sqlx(skip)]
    pub also_at: Vec<String>,
}

impl ContributionView {
    /// The tags, in the order they were given.
    pub fn tags(&self) -> Vec<String> {
        split_list(&self.tag_list)
    }

    /// The canonical form of the address (see `WebUrl::canonical`): syndicated copies point
    /// at it.
    pub fn canonical(&self) -> String {
        // Stored with every insert and update: a page need not parse twenty addresses again.
        match &self.stored_canonical {
            Some(canonical) => canonical.clone(),
            None => {
                WebUrl::parse("url", &self.url).map_or_else(|_| self.url.clone(), |u| u.canonical())
            }
        }
    }
}

/// The columns of a [`ContributionView`], joined with the heroes of `$heroes`.
macro_rules! select_from {
    ($heroes:literal) => {
        concat!(
            "SELECT c.id, c.hero_id, h.slug AS hero_slug, h.display_name AS hero_name, c.kind, \
             c.title, c.url, c.published_on, s.slug AS specialization_slug, \
             s.name AS specialization_name, c.tags, c.description, c.views, c.attendees, \
             c.stars, c.answers, c.private, c.created_at, c.updated_at, c.canonical \
             FROM contributions c JOIN ",
            $heroes,
            " h ON h.id = c.hero_id LEFT JOIN specializations s ON s.id = c.specialization_id"
        )
    };
}

/// Contributions of public heroes: the stream, feeds, the API.
const SELECT: &str = select_from!("heroes");
/// Contributions of any hero record: their owner's own list, a candidate's included.
const OWN_SELECT: &str = select_from!("hero_records");

/// Which public contributions to list.
#[derive(Debug, Clone, Default)]
pub struct StreamQuery {
    /// Specialization slugs; any of them.
    pub specializations: Vec<String>,
    /// Kind slugs; any of them.
    pub kinds: Vec<String>,
    /// Only this hero's.
    pub hero: Option<String>,
    /// Only contributions changed at or after this time; the order is then by time of
    /// change, oldest first (ties by id), instead of newest publication first.
    pub updated_since: Option<DateTime<Utc>>,
    /// Page size.
    pub limit: i64,
    /// Rows to skip.
    pub offset: i64,
    /// Include contributions marked private (only for their owner, e.g. a data export).
    pub include_private: bool,
}

impl StreamQuery {
    /// Whether this is the public stream filtered by kinds and specializations at most (no
    /// hero, no sync window, no private rows): what the values kept per data version
    /// ([`CountCache`], [`StreamWindow`]) answer.
    fn is_public_stream(&self) -> bool {
        self.hero.is_none() && self.updated_since.is_none() && !self.include_private
    }

    /// Conditions on `contributions c` alone (no joins needed), so that counting can run on
    /// the contributions indexes only.
    fn where_clause(&self) -> Sql {
        let mut sql = Sql::new(if self.include_private {
            " WHERE TRUE"
        } else {
            " WHERE c.private = FALSE"
        });
        if !self.specializations.is_empty() {
            sql.push(" AND c.specialization_id IN (SELECT id FROM specializations WHERE slug IN ")
                .bind_list(self.specializations.iter().map(|s| Arg::from(s.as_str())))
                .push(")");
        }
        if !self.kinds.is_empty() {
            sql.push(" AND c.kind IN ")
                .bind_list(self.kinds.iter().map(|s| Arg::from(s.as_str())));
        }
        if let Some(hero) = &self.hero {
            sql.push(" AND c.hero_id = (SELECT id FROM heroes WHERE slug = ")
                .bind(Arg::from(hero.as_str()))
                .push(")");
        } else if !self.include_private {
            // Counting reads no hero, so the few candidates (not public until announced) are
            // left out by id: a small set read once per statement.
            sql.push(
                " AND c.hero_id NOT IN (SELECT id FROM hero_records WHERE status = 'candidate')",
            );
        }
        if let Some(since) = self.updated_since {
            sql.push(" AND c.updated_at >= ").bind(Arg::Time(since));
        }
        sql
    }
}

/// Public contributions, newest first, each with its further addresses (one more query for
/// the whole page).
pub async fn stream(db: &Db, query: &StreamQuery) -> StoreResult<Vec<ContributionView>> {
    let mut page = Sql::new(SELECT);
    let order = if query.updated_since.is_some() {
        " ORDER BY c.updated_at, c.id LIMIT "
    } else {
        " ORDER BY c.published_on DESC, c.id DESC LIMIT "
    };
    page.append(&query.where_clause())
        .push(order)
        .bind(Arg::Int(query.limit))
        .push(" OFFSET ")
        .bind(Arg::Int(query.offset));
    let items: Vec<ContributionView> = page.fetch_all(db).await?;
    with_further_addresses(db, items).await
}

/// Up to `limit` public contributions of public heroes with ids above `after`, by id (changed
/// at or after `updated_since`, if given): the pages of a bulk export, which a change in
/// between cannot shift the way it shifts offsets.
pub async fn public_after(
    db: &Db,
    after: i64,
    limit: i64,
    updated_since: Option<DateTime<Utc>>,
) -> StoreResult<Vec<ContributionView>> {
    let mut page = Sql::new(SELECT);
    page.append(
        &StreamQuery {
            updated_since,
            ..StreamQuery::default()
        }
        .where_clause(),
    )
    .push(" AND c.id > ")
    .bind(Arg::Int(after))
    .push(" ORDER BY c.id LIMIT ")
    .bind(Arg::Int(limit));
    let items: Vec<ContributionView> = page.fetch_all(db).await?;
    with_further_addresses(db, items).await
}

/// Fills `also_at` of a page of contributions from the syndicated copies recorded for them.
async fn with_further_addresses(
    db: &Db,
    mut items: Vec<ContributionView>,
) -> StoreResult<Vec<ContributionView>> {
    let works: Vec<(i64, String)> = items.iter().map(|c| (c.hero_id, c.canonical())).collect();
    let mut alternates = crate::capture::alternates_of(db, &works).await?;
    for (item, work) in items.iter_mut().zip(works) {
        item.also_at = alternates.remove(&work).unwrap_or_default();
    }
    Ok(items)
}

/// How many public contributions match `query` (its limit and offset are ignored), counted
/// row by row; pages ask [`CountCache`], which answers the stream's own filters from the
/// rollup and this for the rest (one hero's, a sync window, private ones included).
pub async fn count(db: &Db, query: &StreamQuery) -> StoreResult<i64> {
    let mut sql = Sql::new("SELECT count(*) FROM contributions c");
    sql.append(&query.where_clause());
    sql.fetch_count(db).await
}

/// [`count`] kept per data version: the stream's totals by kind and specialization (a few
/// dozen cells summed from the rollup once per change), so an uncached `/contributions` page
/// or API list sums them in memory instead of asking the database. Queries the cells cannot
/// answer (one hero's, a sync window, private ones included) go to [`count`].
pub struct CountCache(PerVersion<Vec<(String, Option<String>, i64)>>);

impl CountCache {
    /// An empty cache that checks the data version at most every `check_interval`.
    pub fn new(check_interval: std::time::Duration) -> Self {
        Self(PerVersion::new(check_interval))
    }

    /// The same answer as [`count`].
    pub async fn count(&self, db: &Db, query: &StreamQuery) -> StoreResult<i64> {
        if !query.is_public_stream() {
            return count(db, query).await;
        }
        let cells = self.0.get(db, || totals(db)).await?;
        Ok(cells
            .iter()
            .filter(|(kind, slug, _)| {
                (query.kinds.is_empty() || query.kinds.contains(kind))
                    && (query.specializations.is_empty()
                        || slug
                            .as_ref()
                            .is_some_and(|s| query.specializations.contains(s)))
            })
            .map(|(_, _, n)| n)
            .sum())
    }
}

/// The newest public contributions kept per data version, so the stream's first pages (the
/// page, the API list, the feeds, the home page) are read from memory, each filter of kinds
/// and specializations too, instead of one statement per request (and another for their
/// further addresses). Queries it cannot answer exactly (a hero's, a sync window, private
/// ones included, a page beyond the rows kept) go to [`stream`].
///
/// The rows kept are the first of the stream's own order, so any filter of them, in that
/// order, begins with the first rows the same filter gives over the whole stream: a page
/// found whole among them is the page [`stream`] gives. Read again, once, when the data
/// version moved (one statement for the rows, one for their further addresses).
pub struct StreamWindow {
    newest: PerVersion<Window>,
    rows: i64,
}

/// The rows a [`StreamWindow`] holds, and whether they are the whole stream.
struct Window {
    items: Vec<ContributionView>,
    whole: bool,
}

impl StreamWindow {
    /// Keeps the newest `rows` public contributions; checks the data version at most every
    /// `check_interval`.
    pub fn new(check_interval: std::time::Duration, rows: i64) -> Self {
        Self {
            newest: PerVersion::new(check_interval),
            rows,
        }
    }

    /// The same answer as [`stream`].
    pub async fn stream(&self, db: &Db, query: &StreamQuery) -> StoreResult<Vec<ContributionView>> {
        let (Ok(offset), Ok(limit)) = (usize::try_from(query.offset), usize::try_from(query.limit))
        else {
            return stream(db, query).await;
        };
        if !query.is_public_stream() || query.offset.saturating_add(query.limit) > self.rows {
            return stream(db, query).await;
        }
        let window = self
            .newest
            .get(db, || async {
                let newest = StreamQuery {
                    limit: self.rows,
                    ..StreamQuery::default()
                };
                let items = stream(db, &newest).await?;
                Ok(Window {
                    whole: (items.len() as i64) < self.rows,
                    items,
                })
            })
            .await?;
        let page: Vec<ContributionView> = window
            .items
            .iter()
            .filter(|c| query.kinds.is_empty() || query.kinds.contains(&c.kind))
            .filter(|c| {
                query.specializations.is_empty()
                    || c.specialization_slug
                        .as_ref()
                        .is_some_and(|s| query.specializations.contains(s))
            })
            .skip(offset)
            .take(limit)
            .cloned()
            .collect();
        if page.len() == limit || window.whole {
            Ok(page)
        } else {
            // The rows kept end before this page does.
            stream(db, query).await
        }
    }
}

/// Public contributions per kind and specialization slug (none: `None`), from the rollup.
async fn totals(db: &Db) -> StoreResult<Vec<(String, Option<String>, i64)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT m.kind, s.slug, CAST(sum(m.contributions) AS BIGINT)              FROM contribution_months m LEFT JOIN specializations s ON s.id = m.specialization_id              GROUP BY m.kind, s.slug",
        )
        .fetch_all(pool)
        .await
    })?)
}

/// Adds one contribution for the hero with `hero_slug` and refreshes their search document.
#[tracing::instrument(level = "debug", skip_all, fields(hero_slug = %hero_slug))]
pub async fn add(
    db: &Db,
    hero_slug: &str,
    item: &NewContribution,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let hero_id: i64 = with_pool!(db, |pool| {
        sqlx::query_scalar("SELECT id FROM hero_records WHERE slug = $1")
            .bind(hero_slug)
            .fetch_optional(pool)
            .await
    })?
    .ok_or(StoreError::NotFound)?;
    let specializations = specialization_ids(db).await?;
    let mut tx = db.begin().await?;
    let id = with_tx!(&mut tx, |conn| {
        let spec = resolve(&specializations, item)?;
        let mut sql = Sql::new(INSERT);
        sql.bind_list(row(hero_id, item, spec, now))
            .push(" RETURNING id");
        let result = bind_args!(
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_one(&mut *conn)
        .await;
        match result {
            Ok(id) => id,
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(StoreError::Conflict { field: "url" });
            }
            Err(e) => return Err(e.into()),
        }
    });
    if !item.private {
        crate::webhooks::record(&mut tx, EventKind::ContributionPublished, Some(id)).await?;
    }
    crate::search::refresh(&mut tx, hero_id).await?;
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(id)
}

/// Logs one contribution inside the caller's transaction unless the hero has its address
/// logged already; returns the new id, or `None` for an address already in the log. The
/// caller refreshes the search document and the data version.
pub(crate) async fn add_if_new(
    tx: &mut Tx,
    hero_id: i64,
    item: &NewContribution,
    specializations: &HashMap<String, i64>,
    now: DateTime<Utc>,
) -> StoreResult<Option<i64>> {
    let mut sql = Sql::new(INSERT);
    sql.bind_list(row(hero_id, item, resolve(specializations, item)?, now))
        // A duplicate (the same address, or the same work at another form of it) is not an
        // error here, and on PostgreSQL an error would end the caller's transaction.
        .push(" ON CONFLICT DO NOTHING RETURNING id");
    let id = with_tx!(tx, |conn| {
        bind_args!(
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_optional(&mut *conn)
        .await?
    });
    if let Some(id) = id.filter(|_| !item.private) {
        crate::webhooks::record(tx, EventKind::ContributionPublished, Some(id)).await?;
    }
    Ok(id)
}

/// Rows per multi-row INSERT: 16 values each stays under SQLite's 32,766 bound parameters.
const BATCH_ROWS: usize = 1_000;

/// Adds many contributions quickly (the demo program), `(hero id, item)` each. Search
/// documents are not refreshed (call `search::rebuild_all` afterwards) and no webhook event is
/// recorded: this fills a new program, it does not publish work one piece at a time.
pub async fn add_many(
    db: &Db,
    items: &[(i64, NewContribution)],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let specializations = specialization_ids(db).await?;
    let mut tx = db.begin().await?;
    for chunk in items.chunks(BATCH_ROWS) {
        let mut sql = Sql::new(INSERT);
        for (i, (hero_id, item)) in chunk.iter().enumerate() {
            let values = row(*hero_id, item, resolve(&specializations, item)?, now);
            sql.push(if i > 0 { ", " } else { "" }).bind_list(values);
        }
        sql.execute_in(&mut tx).await?;
    }
    tx.bump_data_version().await?;
    tx.commit().await
}

fn resolve(
    specializations: &HashMap<String, i64>,
    item: &NewContribution,
) -> StoreResult<Option<i64>> {
    item.specialization
        .as_ref()
        .map(|slug| {
            specializations.get(slug.as_str()).copied().ok_or_else(|| {
                StoreError::UnknownReference {
                    field: "specialization",
                    value: slug.as_str().to_owned(),
                }
            })
        })
        .transpose()
}

/// The start of every contribution insert; [`row`] gives the values of one row.
const INSERT: &str = "INSERT INTO contributions (hero_id, kind, title, url, canonical, \
     published_on, specialization_id, tags, description, views, attendees, stars, answers, \
     private, created_at, updated_at) VALUES ";

/// One row of values for [`INSERT`].
fn row(
    hero_id: i64,
    item: &NewContribution,
    specialization: Option<i64>,
    now: DateTime<Utc>,
) -> [Arg; 16] {
    [
        Arg::Int(hero_id),
        Arg::from(item.kind.slug()),
        Arg::from(item.title.as_str()),
        Arg::from(item.url.as_str()),
        Arg::Text(item.url.canonical()),
        Arg::Date(item.date),
        Arg::OptInt(specialization),
        Arg::Text(join_tags(item)),
        Arg::from(item.description.as_str()),
        Arg::OptInt(item.reach.views),
        Arg::OptInt(item.reach.attendees),
        Arg::OptInt(item.reach.stars),
        Arg::OptInt(item.reach.answers),
        Arg::Bool(item.private),
        Arg::Time(now),
        Arg::Time(now),
    ]
}

fn join_tags(item: &NewContribution) -> String {
    item.tags
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// A public contribution by id (what the API may show of it); `None` when there is none or
/// it is private.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn public(db: &Db, id: i64) -> StoreResult<Option<ContributionView>> {
    let sql = format!("{SELECT} WHERE c.id = $1 AND c.private = FALSE");
    Sql::with_args(sql, [id.into()]).fetch_optional(db).await
}

/// One of a hero's own contributions (private ones included), by id.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn own(db: &Db, hero_id: i64, id: i64) -> StoreResult<Option<ContributionView>> {
    let sql = format!("{OWN_SELECT} WHERE c.id = $1 AND c.hero_id = $2");
    Sql::with_args(sql, [id.into(), hero_id.into()])
        .fetch_optional(db)
        .await
}

/// Every contribution of a hero, private ones included, newest first, each with its further
/// addresses (their own list and exports).
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn all_of_hero(db: &Db, hero_id: i64) -> StoreResult<Vec<ContributionView>> {
    let sql = format!("{OWN_SELECT} WHERE c.hero_id = $1 ORDER BY c.published_on DESC, c.id DESC");
    let mut items: Vec<ContributionView> = with_pool!(db, |pool| {
        sqlx::query_as::<_, ContributionView>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(hero_id)
            .fetch_all(pool)
            .await
    })?;
    let mut alternates = crate::capture::alternates(db, hero_id).await?;
    for item in &mut items {
        item.also_at = alternates.remove(&item.canonical()).unwrap_or_default();
    }
    Ok(items)
}

/// Replaces one of a hero's contributions. `NotFound` when the hero has no such
/// contribution; `Conflict { field: "url" }` when another of theirs has the address, or
/// another address of the same work (the same canonical form; [`logged_at`] names it).
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn update(
    db: &Db,
    hero_id: i64,
    id: i64,
    item: &NewContribution,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let specializations = specialization_ids(db).await?;
    let spec = resolve(&specializations, item)?;
    let mut tx = db.begin().await?;
    // Whether it was private: made public now, it is published (a webhook event). The row is
    // locked on PostgreSQL so two edits at once cannot both see it private; SQLite's write
    // transaction holds the whole database already.
    let lock = match &tx.conn {
        crate::db::TxConn::Postgres(_) => " FOR UPDATE",
        crate::db::TxConn::Sqlite(_) => "",
    };
    let was_private: Option<bool> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT private FROM contributions WHERE id = $1 AND hero_id = $2{lock}"
        )))
        .bind(id)
        .bind(hero_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(was_private) = was_private else {
        return Err(StoreError::NotFound);
    };
    let result = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE contributions SET kind = $1, title = $2, url = $3, published_on = $4, \
             specialization_id = $5, tags = $6, description = $7, views = $8, attendees = $9, \
             stars = $10, answers = $11, private = $12, updated_at = $13, canonical = $16 \
             WHERE id = $14 AND hero_id = $15",
        )
        .bind(item.kind.slug())
        .bind(item.title.as_str())
        .bind(item.url.as_str())
        .bind(item.date)
        .bind(spec)
        .bind(join_tags(item))
        .bind(item.description.as_str())
        .bind(item.reach.views)
        .bind(item.reach.attendees)
        .bind(item.reach.stars)
        .bind(item.reach.answers)
        .bind(item.private)
        .bind(now)
        .bind(id)
        .bind(hero_id)
        .bind(item.url.canonical())
        .execute(&mut *conn)
        .await
        .map(|r| r.rows_affected())
    });
    match result {
        Ok(0) => return Err(StoreError::NotFound),
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(StoreError::Conflict { field: "url" });
        }
        Err(e) => return Err(e.into()),
    }
    if was_private && !item.private {
        crate::webhooks::record(&mut tx, EventKind::ContributionPublished, Some(id)).await?;
    }
    crate::search::refresh(&mut tx, hero_id).await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Deletes one of a hero's contributions; `NotFound` when the hero has no such one.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn delete(db: &Db, hero_id: i64, id: i64) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let deleted = with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM contributions WHERE id = $1 AND hero_id = $2")
            .bind(id)
            .bind(hero_id)
            .execute(&mut *conn)
            .await?
            .rows_affected()
    });
    if deleted == 0 {
        return Err(StoreError::NotFound);
    }
    crate::search::refresh(&mut tx, hero_id).await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New contributions stored.
    pub added: usize,
    /// Items whose address the hero had already logged (left as they were).
    pub skipped: usize,
}

/// Adds many contributions to one hero in one transaction: all of them or none. Items whose
/// work the hero already logged (the same address, or the same canonical form) are skipped,
/// so importing the same file twice adds nothing the second time; callers that want to
/// refuse a work logged under another address ask [`logged_at`] first. `progress` is called
/// after each item.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn import(
    db: &Db,
    hero_id: i64,
    items: &[NewContribution],
    now: DateTime<Utc>,
    progress: impl Fn(usize),
) -> StoreResult<ImportReport> {
    let specializations = specialization_ids(db).await?;
    let mut report = ImportReport::default();
    let mut tx = db.begin().await?;
    for (n, item) in items.iter().enumerate() {
        let spec = resolve(&specializations, item)?;
        let mut sql = Sql::new(INSERT);
        sql.bind_list(row(hero_id, item, spec, now))
            // Either unique index (address, canonical address) makes it a skip.
            .push(" ON CONFLICT DO NOTHING RETURNING id");
        let inserted = with_tx!(&mut tx, |conn| {
            bind_args!(
                sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.text.clone())),
                &sql.args
            )
            .fetch_optional(&mut *conn)
            .await?
        });
        if let Some(id) = inserted {
            if !item.private {
                crate::webhooks::record(&mut tx, EventKind::ContributionPublished, Some(id))
                    .await?;
            }
            report.added += 1;
        } else {
            report.skipped += 1;
        }
        progress(n + 1);
    }
    crate::search::refresh(&mut tx, hero_id).await?;
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(report)
}

/// A contribution a hero logged, as a message about a second entry of the same work names it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LoggedWork {
    pub id: i64,
    pub title: String,
    pub url: String,
    /// See `WebUrl::canonical`.
    pub canonical: String,
}

/// The hero's contributions at any of these canonical addresses (private ones included), by
/// canonical address, in one query.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn logged_at(
    db: &Db,
    hero_id: i64,
    canonicals: &[String],
) -> StoreResult<HashMap<String, LoggedWork>> {
    let mut found = HashMap::new();
    // Chunks keep an import of many rows under the bound-parameter limits.
    for chunk in canonicals.chunks(BATCH_ROWS) {
        let mut sql =
            Sql::new("SELECT id, title, url, canonical FROM contributions WHERE hero_id = ");
        sql.bind(Arg::Int(hero_id))
            .push(" AND canonical IN ")
            .bind_list(chunk.iter().map(|c| Arg::from(c.as_str())));
        let rows: Vec<LoggedWork> = with_pool!(db, |pool| bind_args!(
            sqlx::query_as(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await)?;
        found.extend(rows.into_iter().map(|w| (w.canonical.clone(), w)));
    }
    Ok(found)
}

/// Fills `canonical` for the rows that have none, oldest first, in the migration's
/// transaction (migration 0012): the first row of a hero's work gets it, a later row of the
/// same work keeps NULL (a duplicate logged before the constraint existed; kept, not deleted).
/// Returns how many rows were left without one.
pub(crate) async fn fill_canonical(tx: &mut crate::db::Tx) -> StoreResult<usize> {
    let rows: Vec<(i64, i64, String)> = with_tx!(tx, |conn| {
        sqlx::query_as(
            "SELECT id, hero_id, url FROM contributions WHERE canonical IS NULL ORDER BY id",
        )
        .fetch_all(&mut *conn)
        .await?
    });
    let mut taken: std::collections::HashSet<(i64, String)> = std::collections::HashSet::new();
    let mut duplicates = 0;
    for (id, hero_id, url) in rows {
        let canonical = WebUrl::parse("url", &url).map_or(url, |u| u.canonical());
        if !taken.insert((hero_id, canonical.clone())) {
            duplicates += 1;
            continue;
        }
        with_tx!(tx, |conn| {
            sqlx::query("UPDATE contributions SET canonical = $1 WHERE id = $2")
                .bind(&canonical)
                .bind(id)
                .execute(&mut *conn)
                .await?;
        });
    }
    if duplicates > 0 {
        tracing::warn!(
            duplicates,
            "contributions that repeat an earlier entry of the same work were left without a canonical address"
        );
    }
    Ok(duplicates)
}
