//! The roles of an account: granted ones (staff, reviewer, admin), each grant and revocation
//! audited, and the ones its hero record gives (hero, alumni, candidate).

use super::{Actor, User};
use crate::audit;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use chrono::Utc;
use heroes_domain::account::{Role, Roles};

/// The roles of an account: member, the granted ones, and hero or alumni from its hero
/// record (on-leave heroes keep the hero role: their award is paused, not withdrawn).
pub async fn roles(db: &Db, user: &User) -> StoreResult<Roles> {
    let (granted, status): (Vec<String>, Option<String>) = with_pool!(db, |pool| {
        let granted = sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = $1")
            .bind(user.id)
            .fetch_all(pool)
            .await?;
        let status = match user.hero_id {
            Some(hero) => {
                // The record itself, not the public view: a candidate's account is theirs.
                sqlx::query_scalar("SELECT status FROM hero_records WHERE id = $1")
                    .bind(hero)
                    .fetch_optional(pool)
                    .await?
            }
            None => None,
        };
        Ok::<_, sqlx::Error>((granted, status))
    })?;
    let derived = match status.as_deref() {
        Some("active" | "on-leave") => Some(Role::Hero),
        Some("alumni") => Some(Role::Alumni),
        Some("candidate") => Some(Role::Candidate),
        _ => None,
    };
    Ok(Roles::of_account(
        granted
            .iter()
            .filter_map(|g| Role::GRANTABLE.into_iter().find(|r| r.as_str() == g))
            .chain(derived),
    ))
}

/// Grants a role (idempotent) and records who did it.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn grant(db: &Db, user_id: i64, role: Role, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    insert_role(&mut tx, user_id, role, actor).await?;
    tx.commit().await
}

pub(super) async fn insert_role(
    tx: &mut Tx,
    user_id: i64,
    role: Role,
    actor: &Actor,
) -> StoreResult<()> {
    let inserted = with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, role) DO NOTHING",
        )
        .bind(user_id)
        .bind(role.as_str())
        .bind(Utc::now())
        .execute(&mut *conn)
        .await
        .map(|_| ())
    });
    match inserted {
        Ok(()) => {}
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
            return Err(StoreError::NotFound);
        }
        Err(e) => return Err(e.into()),
    }
    audit::record(
        tx,
        &actor.entry("role.grant", Some(user_id), String::new(), role.to_string()),
    )
    .await
}

/// Revokes a role (idempotent) and records who did it.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn revoke(db: &Db, user_id: i64, role: Role, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND role = $2")
            .bind(user_id)
            .bind(role.as_str())
            .execute(&mut *conn)
            .await?;
    });
    audit::record(
        &mut tx,
        &actor.entry(
            "role.revoke",
            Some(user_id),
            String::new(),
            role.to_string(),
        ),
    )
    .await?;
    tx.commit().await
}
