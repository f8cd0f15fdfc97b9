//! What a directory card shows, with its awards read in one query for a whole page, and the
//! lists of cards outside the directory: the home page's few, the sitemap, the counts by
//! status and the pages of the bulk export.

use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// A specialization a hero holds, with the year it was awarded.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct AwardView {
    #[serde(skip)]
    pub hero_id: i64,
    /// Specialization slug.
    #[serde(rename = "specialization")]
    pub slug: String,
    /// Specialization name.
    pub name: String,
    /// The specialization's badge accent.
    #[serde(skip)]
    #[sqlx(try_from = "String")]
    pub colour: heroes_domain::specialization::Colour,
    /// Year awarded.
    pub year: i64,
}

/// What a directory card shows.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HeroCard {
    pub id: i64,
    pub slug: String,
    pub display_name: String,
    /// The Latin spelling the hero gave, `''` when none.
    pub latin_name: String,
    pub headline: String,
    pub company: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// `americas`, `emea` or `apj`.
    pub region: String,
    pub photo_url: Option<String>,
    /// `active`, `alumni` or `on-leave`.
    pub status: String,
    pub hero_since: i64,
    pub updated_at: DateTime<Utc>,
    /// Filled after the row is read.
    #[sqlx(skip)]
    pub awards: Vec<AwardView>,
}

pub(crate) const CARD_COLUMNS: &str = "h.id, h.slug, h.display_name, h.latin_name, h.headline, h.company, h.city, \
     h.country, h.region, h.photo_url, h.status, h.hero_since, h.updated_at";

/// Up to `limit` public heroes (active, on leave or alumni) with ids above `after`, by id
/// (changed at or after `updated_since`, if given): the pages of a bulk export.
pub async fn public_after(
    db: &Db,
    after: i64,
    limit: i64,
    updated_since: Option<DateTime<Utc>>,
) -> StoreResult<Vec<HeroCard>> {
    let mut sql = Sql::new(&format!(
        "SELECT {CARD_COLUMNS} FROM heroes h \
         WHERE h.status IN ('active', 'on-leave', 'alumni') AND h.id > "
    ));
    sql.bind(Arg::Int(after));
    if let Some(since) = updated_since {
        sql.push(" AND h.updated_at >= ").bind(Arg::Time(since));
    }
    sql.push(" ORDER BY h.id LIMIT ").bind(Arg::Int(limit));
    let mut heroes: Vec<HeroCard> = with_pool!(db, |pool| {
        bind_args!(
            sqlx::query_as::<_, HeroCard>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await
    })?;
    attach_awards(db, &mut heroes).await?;
    Ok(heroes)
}

/// Loads the awards of `heroes` in one query.
pub(super) async fn attach_awards(db: &Db, heroes: &mut [HeroCard]) -> StoreResult<()> {
    if heroes.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new(
        "SELECT a.hero_id, s.slug, s.name, s.colour, a.year FROM hero_awards a \
         JOIN specializations s ON s.id = a.specialization_id WHERE a.hero_id IN ",
    );
    sql.bind_list(heroes.iter().map(|h| Arg::Int(h.id)))
        .push(" ORDER BY a.year, s.position");
    let awards: Vec<AwardView> = with_pool!(db, |pool| {
        bind_args!(
            sqlx::query_as::<_, AwardView>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await
    })?;
    let mut by_hero: HashMap<i64, Vec<AwardView>> = HashMap::new();
    for a in awards {
        by_hero.entry(a.hero_id).or_default().push(a);
    }
    for h in heroes {
        h.awards = by_hero.remove(&h.id).unwrap_or_default();
    }
    Ok(())
}

/// A few active heroes for the home page, a different selection each `day`.
pub async fn featured(db: &Db, count: i64, day: i64) -> StoreResult<Vec<HeroCard>> {
    let sql = format!(
        "SELECT {CARD_COLUMNS} FROM heroes h WHERE h.status = 'active' \
         ORDER BY (h.id * 7919 + $1) % 10007, h.id LIMIT $2"
    );
    let mut heroes: Vec<HeroCard> = with_pool!(db, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(day)
            .bind(count)
            .fetch_all(pool)
            .await
    })?;
    attach_awards(db, &mut heroes).await?;
    Ok(heroes)
}

/// Every hero's slug and last change, for the sitemap.
pub async fn all_slugs(db: &Db) -> StoreResult<Vec<(String, DateTime<Utc>)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as("SELECT slug, updated_at FROM heroes ORDER BY slug")
            .fetch_all(pool)
            .await
    })?)
}

/// How many heroes there are with each status.
pub async fn count_by_status(db: &Db) -> StoreResult<Vec<(String, i64)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as("SELECT status, count(*) FROM heroes GROUP BY status ORDER BY status")
            .fetch_all(pool)
            .await
    })?)
}
