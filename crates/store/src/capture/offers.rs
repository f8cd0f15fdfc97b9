//! Offering what a poll found: each work once per canonical address, never again once
//! declined or logged, and a syndicated copy recorded as a further link of its original rather
//! than offered as a work of its own.

use super::syndication::{copy_of, works_at};
use crate::db::{Db, Tx};
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use chrono::{NaiveDate, Utc};
use std::collections::{BTreeSet, HashMap, HashSet};

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
    let suggestion_rows = suggestions.iter().map(|(found, is_logged)| {
        vec![
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
        ]
    });
    insert_new(
        &mut tx,
        "INSERT INTO suggestions (hero_id, source_id, url, canonical, kind, title, \
         published_on, description, stars, state, created_at)",
        suggestion_rows.collect(),
    )
    .await?;
    let syndication_rows = syndications.iter().map(|(found, primary)| {
        vec![
            Arg::Int(hero_id),
            Arg::from(found.canonical.as_str()),
            Arg::from(found.url.as_str()),
            Arg::from(primary.as_str()),
        ]
    });
    insert_new(
        &mut tx,
        "INSERT INTO syndications (hero_id, canonical, url, primary_canonical)",
        syndication_rows.collect(),
    )
    .await?;
    if !syndications.is_empty() {
        // A further link of a public work shows on its pages, feeds and API answers.
        tx.bump_data_version().await?;
    }
    tx.commit().await?;
    Ok(fresh)
}

/// Runs `insert` (`INSERT INTO table (columns)`) for `rows`, 500 rows a statement, leaving out
/// a row whose `(hero_id, canonical)` is there already.
async fn insert_new(tx: &mut Tx, insert: &str, rows: Vec<Vec<Arg>>) -> StoreResult<()> {
    for chunk in rows.chunks(500) {
        let mut sql = Sql::new(insert);
        sql.push(" VALUES ");
        for (i, row) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind_list(row.iter().cloned());
        }
        sql.push(" ON CONFLICT (hero_id, canonical) DO NOTHING");
        sql.execute_in(tx).await?;
    }
    Ok(())
}
