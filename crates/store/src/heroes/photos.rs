//! Uploaded photos: stored re-encoded, served for a public hero or to the record's own account.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};
use heroes_domain::webhooks::EventKind;

/// Stores an uploaded photo (already re-encoded) and points the hero's `photo_url` at it.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn set_photo(db: &Db, hero_id: i64, jpeg: &[u8], photo_url: &str) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO hero_photos (hero_id, jpeg, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (hero_id) DO UPDATE SET jpeg = excluded.jpeg, updated_at = excluded.updated_at",
        )
        .bind(hero_id)
        .bind(jpeg)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    });
    point_at(tx, hero_id, Some(photo_url), now).await
}

/// Removes an uploaded photo (the profile falls back to the placeholder).
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn remove_photo(db: &Db, hero_id: i64) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM hero_photos WHERE hero_id = $1")
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
    });
    point_at(tx, hero_id, None, Utc::now()).await
}

/// Points the hero's `photo_url` at `photo_url` (`None`: the placeholder) and commits the
/// change as a profile change (its webhook event and a new data version).
async fn point_at(
    mut tx: Tx,
    hero_id: i64,
    photo_url: Option<&str>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE hero_records SET photo_url = $1, updated_at = $2 WHERE id = $3")
            .bind(photo_url)
            .bind(now)
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
    });
    crate::webhooks::record(&mut tx, EventKind::HeroProfileChanged, Some(hero_id)).await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// The uploaded photo of the hero record `id` if its slug is `slug`, public or not: what its
/// own account sees before the record is public.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, slug = %slug))]
pub async fn own_photo(db: &Db, id: i64, slug: &str) -> StoreResult<Option<Vec<u8>>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT p.jpeg FROM hero_photos p JOIN hero_records h ON h.id = p.hero_id \
         WHERE h.id = $1 AND h.slug = $2"
    )
    .bind(id)
    .bind(slug)
    .fetch_optional(pool)
    .await)?)
}

/// The uploaded photo of the public hero with `slug`, if any.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn photo(db: &Db, slug: &str) -> StoreResult<Option<Vec<u8>>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT p.jpeg FROM hero_photos p JOIN heroes h ON h.id = p.hero_id WHERE h.slug = $1"
    )
    .bind(slug)
    .fetch_optional(pool)
    .await)?)
}
