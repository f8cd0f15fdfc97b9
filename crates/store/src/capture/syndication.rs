//! Syndicated copies: which earlier work an item copies (its canonical link, or the same
//! title on the same day), and the further addresses of works, read in one query.

use super::Found;
use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use heroes_domain::search::normalize;
use heroes_domain::web::WebUrl;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The works of a hero at some canonical addresses: for each address that is a suggestion
/// or a logged contribution, itself; for a recorded syndicated copy, the work it copies.
pub(super) async fn works_at(
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

/// The canonical address of the earlier work `found` copies, among the hero's suggestions and
/// contributions of the same day (`(address, title)`): the same title, folded, elsewhere.
pub(super) fn copy_of(found: &Found, same_day: Vec<(String, String)>) -> Option<String> {
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
