//! A hero's profile as a page shows it (a public hero by slug, or any record for its own
//! account), and a hero's slug, id or name from the other.

use super::{CARD_COLUMNS, HeroCard, attach_awards};
use crate::db::Db;
use crate::error::StoreResult;
use chrono::{DateTime, Utc};

/// Everything a profile page shows about a hero.
#[derive(Debug, Clone)]
pub struct HeroDetail {
    /// The card fields.
    pub card: HeroCard,
    /// Markdown, unsanitized: render it through the sanitizer.
    pub bio: String,
    /// IANA name, if given.
    pub timezone: Option<String>,
    /// BCP 47 tags.
    pub languages: Vec<String>,
    /// `(kind, url)` in display order.
    pub links: Vec<(String, String)>,
    pub created_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    bio: String,
    timezone: Option<String>,
    languages: String,
    created_at: DateTime<Utc>,
}

/// A public hero's full profile by slug (a candidate's is not found).
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn get(db: &Db, slug: &str) -> StoreResult<HeroDetail> {
    let card_sql = format!("SELECT {CARD_COLUMNS} FROM heroes h WHERE h.slug = $1");
    let card: HeroCard = with_pool!(db, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(card_sql))
            .bind(slug)
            .fetch_one(pool)
            .await
    })?;
    detail_of(db, card).await
}

/// The full profile of the hero record `id`, public or not: what its own account edits and
/// previews (an accepted candidate's before the announcement).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get_record(db: &Db, id: i64) -> StoreResult<Option<HeroDetail>> {
    let card_sql = format!("SELECT {CARD_COLUMNS} FROM hero_records h WHERE h.id = $1");
    let card: Option<HeroCard> = with_pool!(db, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(card_sql))
            .bind(id)
            .fetch_optional(pool)
            .await
    })?;
    match card {
        Some(card) => Ok(Some(detail_of(db, card).await?)),
        None => Ok(None),
    }
}

async fn detail_of(db: &Db, card: HeroCard) -> StoreResult<HeroDetail> {
    let detail: DetailRow = with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT bio, timezone, languages, created_at FROM hero_records WHERE id = $1",
        )
        .bind(card.id)
        .fetch_one(pool)
        .await
    })?;
    let links: Vec<(String, String)> = with_pool!(db, |pool| {
        sqlx::query_as("SELECT kind, url FROM hero_links WHERE hero_id = $1")
            .bind(card.id)
            .fetch_all(pool)
            .await
    })?;
    let mut cards = [card];
    attach_awards(db, &mut cards).await?;
    let [card] = cards;
    let mut links = links;
    links.sort_by_key(|(kind, _)| {
        heroes_domain::hero::LinkKind::from_slug(kind).map_or(usize::MAX, |k| k as usize)
    });
    Ok(HeroDetail {
        card,
        bio: detail.bio,
        timezone: detail.timezone,
        languages: split_list(&detail.languages),
        links,
        created_at: detail.created_at,
    })
}

pub(crate) fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The slug of a hero record, by id, public or not (an account's own record, a candidate's
/// included; public pages look heroes up by slug).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn slug_of(db: &Db, id: i64) -> StoreResult<Option<String>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT slug FROM hero_records WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// The id of a hero, by slug.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn id_of(db: &Db, slug: &str) -> StoreResult<Option<i64>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT id FROM heroes WHERE slug = $1"
    )
    .bind(slug)
    .fetch_optional(pool)
    .await)?)
}

/// The id and display name of a hero, by slug: what a page needs to name whom it acted on.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn named(db: &Db, slug: &str) -> StoreResult<Option<(i64, String)>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT id, display_name FROM heroes WHERE slug = $1"
    )
    .bind(slug)
    .fetch_optional(pool)
    .await)?)
}
