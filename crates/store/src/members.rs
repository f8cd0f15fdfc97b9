//! Membership as groups and projects both keep it: one row per record and person in a
//! members' table, with a flag for those who lead (a group's leaders, a project's owners).
//!
//! The statements that are the same for both, but for the names of their tables and columns,
//! are written once here over a [`Roster`]; each feature keeps its own rules (who may join,
//! who may leave, what a refusal says) in its module.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};

/// The names of a feature's membership table.
pub(crate) struct Roster {
    /// The members' table (`group_members`): one row per record and person.
    pub table: &'static str,
    /// Its column with the record's id (`group_id`).
    pub key: &'static str,
    /// Its column saying whether the member leads (`leader`, `owner`).
    pub lead: &'static str,
}

/// Whether `user_id` is a member of record `id`, and whether one who leads: `None`,
/// `Some(false)`, `Some(true)`.
pub(crate) async fn lead_of(
    db: &Db,
    roster: &Roster,
    id: i64,
    user_id: i64,
) -> StoreResult<Option<bool>> {
    let sql = lead_sql(roster);
    Ok(with_pool!(db, |pool| {
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(user_id)
            .fetch_optional(pool)
            .await
    })?)
}

/// [`lead_of`] inside a transaction (after the record's row is locked, it stays true until
/// the transaction ends).
pub(crate) async fn lead_in(
    tx: &mut Tx,
    roster: &Roster,
    id: i64,
    user_id: i64,
) -> StoreResult<Option<bool>> {
    let sql = lead_sql(roster);
    Ok(with_tx!(tx, |conn| {
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?
    }))
}

fn lead_sql(roster: &Roster) -> String {
    let Roster { table, key, lead } = roster;
    format!("SELECT {lead} FROM {table} WHERE {key} = $1 AND user_id = $2")
}

/// Makes `user_id` a member of record `id` (one who leads when `lead`) from `now`. One row per
/// person and record: a person who belongs already stays as they are.
pub(crate) async fn add(
    tx: &mut Tx,
    roster: &Roster,
    id: i64,
    user_id: i64,
    lead: bool,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let Roster {
        table,
        key,
        lead: lead_column,
    } = roster;
    let sql = format!(
        "INSERT INTO {table} ({key}, user_id, {lead_column}, joined_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT ({key}, user_id) DO NOTHING"
    );
    with_tx!(tx, |conn| {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(user_id)
            .bind(lead)
            .bind(now)
            .execute(&mut *conn)
            .await?;
    });
    Ok(())
}
