//! Product areas: what heroes file feedback to and office hours are held for, each owned by
//! staff members who are told of every new item. Managed by admins; every change is audited.

use crate::accounts::Actor;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use chrono::Utc;
use heroes_domain::feedback::NewProductArea;

/// A product area with its owners and how much feedback waits in it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProductArea {
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// What it covers (Markdown).
    pub description: String,
    /// Items not yet shipped, declined or marked a duplicate.
    pub open_items: i64,
    /// The staff who own it.
    #[sqlx(skip)]
    pub owners: Vec<Owner>,
}

/// A staff member who owns an area.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Owner {
    #[sqlx(skip)]
    pub area_id: i64,
    pub user_id: i64,
    pub email: String,
    pub name: String,
}

/// An owner as read: area, account, address, name.
type OwnerRow = (i64, i64, String, String);

const SELECT: &str = "SELECT a.id, a.slug, a.name, a.description, \
     (SELECT count(*) FROM feedback_items f WHERE f.area_id = a.id \
      AND f.state NOT IN ('shipped', 'declined', 'duplicate')) AS open_items \
     FROM product_areas a";

/// Every product area, by name, with its owners.
pub async fn list(db: &Db) -> StoreResult<Vec<ProductArea>> {
    let sql = format!("{SELECT} ORDER BY a.name, a.id");
    let (mut areas, owners): (Vec<ProductArea>, Vec<OwnerRow>) = with_pool!(db, |pool| {
        let areas = sqlx::query_as::<_, ProductArea>(sqlx::AssertSqlSafe(sql))
            .fetch_all(pool)
            .await?;
        let owners = sqlx::query_as(
            "SELECT o.area_id, u.id, u.email, u.name FROM product_area_owners o \
                 JOIN users u ON u.id = o.user_id ORDER BY u.name, u.id",
        )
        .fetch_all(pool)
        .await?;
        (areas, owners)
    });
    for (area_id, user_id, email, name) in owners {
        if let Some(a) = areas.iter_mut().find(|a| a.id == area_id) {
            a.owners.push(Owner {
                area_id,
                user_id,
                email,
                name,
            });
        }
    }
    Ok(areas)
}

/// One area with its owners; `NotFound` when there is none.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<ProductArea> {
    list(db)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(StoreError::NotFound)
}

/// The owners' accounts for `emails`: each must be an account holding the staff or admin
/// role. `UnknownReference { field: "owners" }` names the first that is not.
async fn owner_ids(tx: &mut Tx, emails: &[String]) -> StoreResult<Vec<i64>> {
    tx.ids_named(
        "SELECT u.id FROM users u WHERE lower(u.email) = lower($1) AND EXISTS \
         (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('staff', 'admin'))",
        "owners",
        emails,
    )
    .await
}

/// What the audit log says of an area written: its name and its owners' addresses.
fn audit_detail(new: &NewProductArea, owners: &[String]) -> String {
    format!("{} (owners: {})", new.name.as_str(), owners.join(", "))
}

async fn set_owners(tx: &mut Tx, area_id: i64, owners: &[i64]) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM product_area_owners WHERE area_id = $1")
            .bind(area_id)
            .execute(&mut *conn)
            .await?;
        for user_id in owners {
            sqlx::query("INSERT INTO product_area_owners (area_id, user_id) VALUES ($1, $2)")
                .bind(area_id)
                .bind(user_id)
                .execute(&mut *conn)
                .await?;
        }
    });
    Ok(())
}

/// Adds an area owned by the staff with addresses `owners`. `Conflict { field: "slug" }`
/// when another area has the slug; `UnknownReference { field: "owners" }` for an address
/// that is no staff member's. Nothing is saved unless everything is right.
pub async fn create(
    db: &Db,
    new: &NewProductArea,
    owners: &[String],
    actor: &Actor,
) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let owner_ids = match owner_ids(&mut tx, owners).await {
        Ok(ids) => ids,
        Err(e) => return tx.fail(e).await,
    };
    let now = Utc::now();
    // ON CONFLICT DO NOTHING rather than catching the violation: a PostgreSQL transaction
    // stays usable, and a racing create waits for the other and then sees its row.
    let id: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO product_areas (slug, name, description, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) ON CONFLICT (slug) DO NOTHING RETURNING id",
        )
        .bind(new.slug.as_str())
        .bind(new.name.as_str())
        .bind(new.description.as_str())
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(id) = id else {
        return tx.fail(StoreError::Conflict { field: "slug" }).await;
    };
    set_owners(&mut tx, id, &owner_ids).await?;
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "product-area.create",
            None,
            new.slug.as_str().to_owned(),
            audit_detail(new, owners),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes an area's slug, name, description and owners (same refusals as [`create`];
/// `NotFound` when there is no such area).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn update(
    db: &Db,
    id: i64,
    new: &NewProductArea,
    owners: &[String],
    actor: &Actor,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let owner_ids = match owner_ids(&mut tx, owners).await {
        Ok(ids) => ids,
        Err(e) => return tx.fail(e).await,
    };
    let taken: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("SELECT id FROM product_areas WHERE slug = $1 AND id <> $2")
            .bind(new.slug.as_str())
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    });
    if taken.is_some() {
        return tx.fail(StoreError::Conflict { field: "slug" }).await;
    }
    // A rename racing another to the same slug passed the check above too; the unique index
    // stops the second, which gets the same answer as if it had come later.
    let changed = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE product_areas SET slug = $1, name = $2, description = $3, updated_at = $4 \
             WHERE id = $5",
        )
        .bind(new.slug.as_str())
        .bind(new.name.as_str())
        .bind(new.description.as_str())
        .bind(Utc::now())
        .bind(id)
        .execute(&mut *conn)
        .await
        .map(|done| done.rows_affected())
    });
    let changed = match changed {
        Ok(changed) => changed,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return tx.fail(StoreError::Conflict { field: "slug" }).await;
        }
        Err(e) => return Err(e.into()),
    };
    if changed == 0 {
        return tx.fail(StoreError::NotFound).await;
    }
    set_owners(&mut tx, id, &owner_ids).await?;
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "product-area.update",
            None,
            new.slug.as_str().to_owned(),
            audit_detail(new, owners),
        ),
    )
    .await?;
    tx.commit().await
}
