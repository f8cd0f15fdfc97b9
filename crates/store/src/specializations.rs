//! Specializations: seeded with the program's seven, then managed by admins (add, edit
//! including the slug, retire and reinstate, reorder, colour).
//!
//! Every change is one transaction that also writes the audit entry and bumps the data
//! version, so the response cache shows it at once. A slug, once used, always leads to its
//! specialization: `specialization_slugs` keeps every address each one has answered to.

use crate::accounts::Actor;
use crate::db::{Db, PerVersion, Tx};
use crate::error::{StoreError, StoreResult};
use chrono::Utc;
use heroes_domain::specialization::{Colour, Move, NewSpecialization, SEED};
use std::time::Duration;

/// A specialization with the number of heroes currently in it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Specialization {
    #[serde(skip)]
    pub id: i64,
    /// Current identifier, used in URLs and filters.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// What the field covers (Markdown).
    pub description: String,
    /// False once retired: it keeps its history and badges but takes no new nominations.
    pub active: bool,
    /// The accent of its badges.
    #[sqlx(try_from = "String")]
    pub colour: Colour,
    /// Heroes with this specialization who are active or on leave.
    pub hero_count: i64,
    /// Slugs it answered to before a rename; they still lead here.
    #[sqlx(skip)]
    pub previous_slugs: Vec<String>,
}

impl Specialization {
    /// Whether `slug` names this specialization, now or before a rename.
    pub fn answers_to(&self, slug: &str) -> bool {
        self.slug == slug || self.previous_slugs.iter().any(|s| s == slug)
    }
}

/// What a slug leads to.
#[derive(Debug, Clone)]
pub enum Lookup {
    /// The specialization's current slug.
    Current(Specialization),
    /// A slug it had before a rename; `slug` is the current one.
    Moved {
        /// The current slug.
        slug: String,
    },
}

const SELECT: &str = "SELECT s.id, s.slug, s.name, s.description, s.active, s.colour, \
     (SELECT count(*) FROM hero_awards a JOIN heroes h ON h.id = a.hero_id \
      WHERE a.specialization_id = s.id AND h.status <> 'alumni') AS hero_count \
     FROM specializations s";

/// Inserts the seven seed specializations (run once, with the first migration; by then every
/// migration of a new database has run, so the slug registry exists).
pub(crate) async fn seed(tx: &mut Tx) -> StoreResult<()> {
    let now = Utc::now();
    with_tx!(tx, |conn| {
        for (position, (slug, name, description, colour)) in SEED.iter().enumerate() {
            sqlx::query(
                "INSERT INTO specializations (slug, name, description, active, position, colour, \
                 created_at) VALUES ($1, $2, $3, TRUE, $4, $5, $6) ON CONFLICT (slug) DO NOTHING",
            )
            .bind(*slug)
            .bind(*name)
            .bind(*description)
            .bind(position as i64)
            .bind(colour.as_str())
            .bind(now)
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "INSERT INTO specialization_slugs (slug, specialization_id) \
                 SELECT slug, id FROM specializations WHERE slug = $1 ON CONFLICT (slug) DO NOTHING",
            )
            .bind(*slug)
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
    let (mut list, previous): (Vec<Specialization>, Vec<(i64, String)>) = with_pool!(db, |pool| {
        let list = sqlx::query_as::<_, Specialization>(sqlx::AssertSqlSafe(sql))
            .fetch_all(pool)
            .await?;
        let previous = sqlx::query_as(
            "SELECT ss.specialization_id, ss.slug FROM specialization_slugs ss \
                 JOIN specializations s ON s.id = ss.specialization_id \
                 WHERE ss.slug <> s.slug ORDER BY ss.slug",
        )
        .fetch_all(pool)
        .await?;
        (list, previous)
    });
    for (id, slug) in previous {
        if let Some(s) = list.iter_mut().find(|s| s.id == id) {
            s.previous_slugs.push(slug);
        }
    }
    Ok(list)
}

/// [`list`], kept per data version: almost every page lists the specializations (filters,
/// forms, badges), and counting each one's heroes joins every award with its hero — 37 ms a
/// page on PostgreSQL at 10,000 heroes, more than the rest of a directory page together.
///
/// Derived, never the source ([`PerVersion`]): every write that changes a specialization, an
/// award or a hero's status bumps the data version.
pub struct ListCache(PerVersion<Vec<Specialization>>);

impl ListCache {
    /// An empty cache that checks the data version at most every `check_interval`.
    pub fn new(check_interval: Duration) -> Self {
        Self(PerVersion::new(check_interval))
    }

    /// The same answer as [`list`].
    pub async fn list(&self, db: &Db, include_retired: bool) -> StoreResult<Vec<Specialization>> {
        let all = self.0.get(db, || list(db, true)).await?;
        Ok(all
            .iter()
            .filter(|s| include_retired || s.active)
            .cloned()
            .collect())
    }
}

/// One specialization by its current slug (retired ones included).
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn get(db: &Db, slug: &str) -> StoreResult<Specialization> {
    let sql = format!("{SELECT} WHERE s.slug = $1");
    Ok(with_pool!(db, |pool| {
        sqlx::query_as::<_, Specialization>(sqlx::AssertSqlSafe(sql))
            .bind(slug)
            .fetch_one(pool)
            .await
    })?)
}

/// What `slug` leads to: the specialization, or its current slug when `slug` is one it had
/// before a rename. `NotFound` when no specialization ever had it.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn resolve(db: &Db, slug: &str) -> StoreResult<Lookup> {
    let current: Option<String> = with_pool!(db, |pool| {
        sqlx::query_scalar(
            "SELECT s.slug FROM specialization_slugs ss \
             JOIN specializations s ON s.id = ss.specialization_id WHERE ss.slug = $1",
        )
        .bind(slug)
        .fetch_optional(pool)
        .await
    })?;
    match current {
        None => Err(StoreError::NotFound),
        Some(current) if current == slug => Ok(Lookup::Current(get(db, slug).await?)),
        Some(current) => Ok(Lookup::Moved { slug: current }),
    }
}

/// Claims `slug` for specialization `id` in the registry of addresses. False when another
/// specialization has (or had) it. `ON CONFLICT DO NOTHING` rather than catching a unique
/// violation, so a PostgreSQL transaction stays usable; a racing claim waits for the other
/// transaction and then reads its row.
/// The name under which transactions that write slugs queue ([`Tx::serialize`]).
const SLUG_WRITERS: &str = "specialization-slugs";

async fn claim_slug(tx: &mut Tx, slug: &str, id: i64) -> StoreResult<bool> {
    let owner: i64 = with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO specialization_slugs (slug, specialization_id) VALUES ($1, $2) \
             ON CONFLICT (slug) DO NOTHING",
        )
        .bind(slug)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        sqlx::query_scalar("SELECT specialization_id FROM specialization_slugs WHERE slug = $1")
            .bind(slug)
            .fetch_one(&mut *conn)
            .await?
    });
    Ok(owner == id)
}

/// Rolls back and answers `Conflict { field: "slug" }`.
async fn slug_taken<T>(tx: Tx) -> StoreResult<T> {
    tx.rollback().await?;
    Err(StoreError::Conflict { field: "slug" })
}

/// Adds a specialization at the end of the list. `Conflict { field: "slug" }` when the slug
/// is, or was, another specialization's.
pub async fn create(db: &Db, new: &NewSpecialization, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    // A slug lives in two unique indexes (`specializations`, `specialization_slugs`), written
    // in opposite orders by a creation and a rename; writers of slugs queue here first, so two
    // of them never deadlock on those indexes.
    tx.serialize(SLUG_WRITERS).await?;
    let id: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO specializations (slug, name, description, active, position, colour, \
             created_at) VALUES ($1, $2, $3, TRUE, \
             (SELECT coalesce(max(position), 0) + 1 FROM specializations), $4, $5) \
             ON CONFLICT (slug) DO NOTHING RETURNING id",
        )
        .bind(new.slug.as_str())
        .bind(new.name.as_str())
        .bind(new.description.as_str())
        .bind(new.colour.as_str())
        .bind(Utc::now())
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(id) = id else {
        return slug_taken(tx).await;
    };
    if !claim_slug(&mut tx, new.slug.as_str(), id).await? {
        return slug_taken(tx).await;
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "specialization.create",
            None,
            new.slug.as_str().to_owned(),
            format!("{} ({})", new.name.as_str(), new.colour),
        ),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// The row as it was before an edit.
#[derive(sqlx::FromRow)]
struct Stored {
    id: i64,
    slug: String,
    name: String,
    description: String,
    colour: String,
}

/// Changes a specialization's slug, name, description and colour. A new slug leaves the old
/// one leading here (`resolve` answers `Moved`), so links, feeds and filters keep working;
/// going back to a slug it had before is allowed. `Conflict { field: "slug" }` when the new
/// slug is, or was, another specialization's; `NotFound` when `slug` is no current slug.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn update(
    db: &Db,
    slug: &str,
    new: &NewSpecialization,
    actor: &Actor,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let stored: Option<Stored> = with_tx!(&mut tx, |conn| {
        sqlx::query_as(
            "SELECT id, slug, name, description, colour FROM specializations WHERE slug = $1",
        )
        .bind(slug)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(old) = stored else {
        return tx.fail(StoreError::NotFound).await;
    };
    let new_slug = new.slug.as_str();
    if new_slug != old.slug {
        tx.serialize(SLUG_WRITERS).await?;
        if !claim_slug(&mut tx, new_slug, old.id).await? {
            return slug_taken(tx).await;
        }
    }
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE specializations SET slug = $1, name = $2, description = $3, colour = $4 \
             WHERE id = $5",
        )
        .bind(new_slug)
        .bind(new.name.as_str())
        .bind(new.description.as_str())
        .bind(new.colour.as_str())
        .bind(old.id)
        .execute(&mut *conn)
        .await?;
    });
    // The audit entry names what changed, old value first.
    let mut changes = Vec::new();
    if new_slug != old.slug {
        changes.push(format!("slug {} → {new_slug}", old.slug));
    }
    if new.name.as_str() != old.name {
        changes.push(format!("name {} → {}", old.name, new.name.as_str()));
    }
    if new.colour.as_str() != old.colour {
        changes.push(format!("colour {} → {}", old.colour, new.colour));
    }
    if new.description.as_str() != old.description {
        changes.push("description".to_owned());
    }
    if changes.is_empty() {
        return tx.commit().await;
    }
    let action = if new_slug != old.slug || new.name.as_str() != old.name {
        "specialization.rename"
    } else {
        "specialization.update"
    };
    crate::audit::record(
        &mut tx,
        &actor.entry(action, None, new_slug.to_owned(), changes.join("; ")),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Retires (`active = false`: no new nominations, hidden from the nomination form and the
/// directory's filters; heroes keep their badges) or reinstates a specialization. Setting
/// the state it already has changes nothing and records nothing.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn set_active(db: &Db, slug: &str, active: bool, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let exists: Option<bool> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("SELECT active FROM specializations WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&mut *conn)
            .await?
    });
    let Some(was) = exists else {
        return tx.fail(StoreError::NotFound).await;
    };
    if was == active {
        return tx.commit().await;
    }
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE specializations SET active = $1 WHERE slug = $2")
            .bind(active)
            .bind(slug)
            .execute(&mut *conn)
            .await?;
    });
    let action = if active {
        "specialization.reinstate"
    } else {
        "specialization.retire"
    };
    crate::audit::record(
        &mut tx,
        &actor.entry(action, None, slug.to_owned(), String::new()),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Moves a specialization one place up or down the display order (retired ones included, so
/// a reinstated one comes back where it was). At either end it stays and nothing is
/// recorded. The whole order is rewritten as 0, 1, 2…, which also mends equal positions.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn reorder(db: &Db, slug: &str, step: Move, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let order: Vec<(i64, String)> = with_tx!(&mut tx, |conn| {
        sqlx::query_as("SELECT id, slug FROM specializations ORDER BY position, name")
            .fetch_all(&mut *conn)
            .await?
    });
    let Some(at) = order.iter().position(|(_, s)| s == slug) else {
        return tx.fail(StoreError::NotFound).await;
    };
    let to = match step {
        Move::Up => at.checked_sub(1),
        Move::Down => Some(at + 1).filter(|to| *to < order.len()),
    };
    let Some(to) = to else {
        return tx.commit().await;
    };
    let mut order = order;
    order.swap(at, to);
    with_tx!(&mut tx, |conn| {
        for (position, (id, _)) in order.iter().enumerate() {
            sqlx::query("UPDATE specializations SET position = $1 WHERE id = $2")
                .bind(position as i64)
                .bind(*id)
                .execute(&mut *conn)
                .await?;
        }
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "specialization.move",
            None,
            slug.to_owned(),
            format!("position {} → {}", at + 1, to + 1),
        ),
    )
    .await?;
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

/// The ids of active specializations named by `slugs` (each once), for a feature that tags
/// its records with them (groups, projects); `UnknownReference` names the first slug that is
/// none, or retired.
pub(crate) async fn active_ids(
    tx: &mut Tx,
    slugs: &[heroes_domain::slug::Slug],
) -> StoreResult<Vec<i64>> {
    tx.ids_named(
        "SELECT id FROM specializations WHERE slug = $1 AND active = TRUE",
        "specializations",
        slugs,
    )
    .await
}

/// Every tag of `table` (`group_specializations`, …) whose records' ids are in `column`:
/// `(record id, specialization slug)`, in the specializations' order.
pub(crate) async fn all_tags(
    db: &Db,
    table: &'static str,
    column: &'static str,
) -> StoreResult<Vec<(i64, String)>> {
    let sql = format!(
        "SELECT t.{column}, s.slug FROM {table} t \
         JOIN specializations s ON s.id = t.specialization_id ORDER BY s.position, s.name"
    );
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(pool)
            .await
    })?)
}

/// Narrows a directory's `sql` to the records tagged with specialization `slug`, current or
/// from before a rename: `record` is the listed record's id (`g.id`), found in `column` of
/// `table` (`group_specializations`, …).
pub(crate) fn push_tagged(
    sql: &mut crate::sql::Sql,
    table: &'static str,
    column: &'static str,
    record: &'static str,
    slug: &str,
) {
    sql.push(&format!(
        " AND EXISTS (SELECT 1 FROM {table} t \
         JOIN specialization_slugs ss ON ss.specialization_id = t.specialization_id \
         WHERE t.{column} = {record} AND ss.slug = "
    ))
    .bind(crate::sql::Arg::Text(slug.to_owned()))
    .push(")");
}

/// The slugs of record `id` among `tags` (of [`all_tags`]), in their order.
pub(crate) fn slugs_of(tags: &[(i64, String)], id: i64) -> Vec<String> {
    tags.iter()
        .filter(|(of, _)| *of == id)
        .map(|(_, slug)| slug.clone())
        .collect()
}

/// The slugs record `id` of `table` is tagged with (its id in `column`), in the
/// specializations' order.
pub(crate) async fn tags_of(
    db: &Db,
    table: &'static str,
    column: &'static str,
    id: i64,
) -> StoreResult<Vec<String>> {
    let sql = format!(
        "SELECT s.slug FROM {table} t JOIN specializations s ON s.id = t.specialization_id \
         WHERE t.{column} = $1 ORDER BY s.position, s.name"
    );
    Ok(with_pool!(db, |pool| {
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_all(pool)
            .await
    })?)
}

/// Replaces the specializations record `id` is tagged with: the rows of `table`
/// (`group_specializations`, …) whose `column` is `id` become one per entry of `ids`.
pub(crate) async fn retag(
    tx: &mut Tx,
    table: &'static str,
    column: &'static str,
    id: i64,
    ids: &[i64],
) -> StoreResult<()> {
    let delete = format!("DELETE FROM {table} WHERE {column} = $1");
    let insert = format!("INSERT INTO {table} ({column}, specialization_id) VALUES ($1, $2)");
    with_tx!(tx, |conn| {
        sqlx::query(sqlx::AssertSqlSafe(delete.as_str()))
            .bind(id)
            .execute(&mut *conn)
            .await?;
        for s in ids {
            sqlx::query(sqlx::AssertSqlSafe(insert.as_str()))
                .bind(id)
                .bind(s)
                .execute(&mut *conn)
                .await?;
        }
    });
    Ok(())
}
