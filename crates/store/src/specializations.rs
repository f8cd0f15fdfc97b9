//! Specializations: seeded with the program's seven, then managed by admins.

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use chrono::Utc;
use heroes_domain::specialization::{NewSpecialization, SEED};

/// A specialization with the number of heroes currently in it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Specialization {
    #[serde(skip)]
    pub id: i64,
    /// Stable identifier.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// What the field covers (Markdown).
    pub description: String,
    /// False once retired: it keeps its history but takes no new heroes.
    pub active: bool,
    /// Heroes with this specialization who are active or on leave.
    pub hero_count: i64,
}

const SELECT: &str = "SELECT s.id, s.slug, s.name, s.description, s.active, \
     (SELECT count(*) FROM hero_awards a JOIN heroes h ON h.id = a.hero_id \
      WHERE a.specialization_id = s.id AND h.status <> 'alumni') AS hero_count \
     FROM specializations s";

/// Inserts the seven seed specializations (run once, with the first migration).
pub(crate) async fn seed(tx: &mut Tx) -> StoreResult<()> {
    let now = Utc::now();
    with_tx!(tx, |conn| {
        for (position, (slug, name, description)) in SEED.iter().enumerate() {
            sqlx::query(
                "INSERT INTO specializations (slug, name, description, active, position, created_at) \
                 VALUES ($1, $2, $3, TRUE, $4, $5) ON CONFLICT (slug) DO NOTHING",
            )
            .bind(*slug)
            .bind(*name)
            .bind(*description)
            .bind(position as i64)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
    });
    Ok(())
}

/// Every specialization in display order; retired ones only when `include_retired`.
pub async fn list(db: &Db, include_retired: bool) -> StoreResult<Vec<Specialization>> {
    let sql = if include_retired {
        format!("{SELECT} ORDER BY s.position, s.name")
    } else {
        format!("{SELECT} WHERE s.active = TRUE ORDER BY s.position, s.name")
    };
    Ok(with_pool!(db, |pool| {
        sqlx::query_as::<_, Specialization>(sqlx::AssertSqlSafe(sql))
            .fetch_all(pool)
            .await
    })?)
}

/// One specialization by slug (retired ones included).
pub async fn get(db: &Db, slug: &str) -> StoreResult<Specialization> {
    let sql = format!("{SELECT} WHERE s.slug = $1");
    Ok(with_pool!(db, |pool| {
        sqlx::query_as::<_, Specialization>(sqlx::AssertSqlSafe(sql))
            .bind(slug)
            .fetch_one(pool)
            .await
    })?)
}

/// Adds a specialization at the end of the list.
pub async fn create(db: &Db, new: &NewSpecialization) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let result = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO specializations (slug, name, description, active, position, created_at) \
             VALUES ($1, $2, $3, TRUE, (SELECT coalesce(max(position), 0) + 1 FROM specializations), $4)",
        )
        .bind(new.slug.as_str())
        .bind(new.name.as_str())
        .bind(new.description.as_str())
        .bind(Utc::now())
        .execute(&mut *conn)
        .await
        .map(|_| ())
    });
    match result {
        Ok(()) => {
            tx.bump_data_version().await?;
            tx.commit().await
        }
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(StoreError::Conflict { field: "slug" })
        }
        Err(e) => Err(e.into()),
    }
}

/// Renames a specialization and replaces its description; the slug stays, so links keep
/// working.
pub async fn rename(db: &Db, slug: &str, new: &NewSpecialization) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let done = with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE specializations SET name = $1, description = $2 WHERE slug = $3")
            .bind(new.name.as_str())
            .bind(new.description.as_str())
            .bind(slug)
            .execute(&mut *conn)
            .await
            .map(|r| r.rows_affected())
    })?;
    if done == 0 {
        return Err(StoreError::NotFound);
    }
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Retires (`active = false`) or reactivates a specialization.
pub async fn set_active(db: &Db, slug: &str, active: bool) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let done = with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE specializations SET active = $1 WHERE slug = $2")
            .bind(active)
            .bind(slug)
            .execute(&mut *conn)
            .await
            .map(|r| r.rows_affected())
    })?;
    if done == 0 {
        return Err(StoreError::NotFound);
    }
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Slug to id of every specialization, for resolving references in bulk writes.
pub(crate) async fn ids(db: &Db) -> StoreResult<std::collections::HashMap<String, i64>> {
    let rows: Vec<(String, i64)> = with_pool!(db, |pool| {
        sqlx::query_as("SELECT slug, id FROM specializations")
            .fetch_all(pool)
            .await
    })?;
    Ok(rows.into_iter().collect())
}
