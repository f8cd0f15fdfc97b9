//! Pool imports from the web: an upload is checked row by row in the request and stored as an
//! import (migration 0027); the job `import-credit-codes` adds its codes in chunks, each chunk
//! committing with the import's progress, so the admin's page can show rows done out of the
//! total while it runs, and a run that stopped halfway goes on where the last chunk ended.
//!
//! A code already in the pool with the value and expiry the file gives is counted as there
//! already (uploading a file twice adds nothing); one in the pool with another value or
//! expiry, or repeated in the file with other terms, is refused with its line. Both leave the
//! pool's code as it was, so an import never changes a code a hero may hold.

use crate::accounts::Actor;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::credits::{Amount, PoolCode};
use std::collections::{HashMap, HashSet};

/// Rows added per transaction: each chunk and the progress it makes commit together.
const CHUNK: usize = 500;

/// Refusals kept per import (the count is always exact).
const REFUSALS_KEPT: i64 = 1000;

/// The catalog id of the one reason a checked row is refused while importing.
pub const OTHER_TERMS: &str = "credits-import-other-terms";

/// An import as its progress page shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Import {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub total: i64,
    pub done: i64,
    pub added: i64,
    pub already: i64,
    pub refused: i64,
    pub finished_at: Option<DateTime<Utc>>,
}

/// A row an import refused: its line in the uploaded file and the catalog id of why.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Refusal {
    pub line: i64,
    pub reason: String,
}

/// Stores a checked pool file (each code with its line in the file) as an import waiting for
/// its job; its id. The caller schedules the job.
pub async fn start(db: &Db, rows: &[(usize, PoolCode)], actor: &Actor) -> StoreResult<i64> {
    let mut text = String::with_capacity(rows.len() * 40);
    for (line, c) in rows {
        text.push_str(&format!(
            "{line},{},{},{}\n",
            c.code,
            c.value.get(),
            c.expires_on
        ));
    }
    let mut tx = db.begin().await?;
    let id: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO credit_imports (created_by, created_at, file_rows, total) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(actor.user_id)
        .bind(Utc::now())
        .bind(&text)
        .bind(rows.len() as i64)
        .fetch_one(&mut *conn)
        .await?
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "credits.import.start",
            None,
            format!("import #{id}"),
            format!("{} rows", rows.len()),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Reads back the rows `start` stored.
fn stored_rows(text: &str) -> StoreResult<Vec<(i64, PoolCode)>> {
    text.lines()
        .map(|l| {
            let mut f = l.splitn(4, ',');
            let (Some(line), Some(code), Some(value), Some(expiry)) =
                (f.next(), f.next(), f.next(), f.next())
            else {
                return Err(corrupt(format!("a stored import row: {l:?}")));
            };
            let bad =
                |e: &dyn std::fmt::Display| corrupt(format!("a stored import row {l:?}: {e}"));
            Ok((
                line.parse().map_err(|e| bad(&e))?,
                PoolCode {
                    code: code.to_owned(),
                    value: value
                        .parse()
                        .ok()
                        .and_then(Amount::new)
                        .ok_or_else(|| bad(&"value"))?,
                    expires_on: NaiveDate::parse_from_str(expiry, "%Y-%m-%d")
                        .map_err(|e| bad(&e))?,
                },
            ))
        })
        .collect()
}

/// A stored row this module did not write as it reads it.
fn corrupt(what: String) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(what.into()))
}

/// Adds the next chunk of import `id`; `Ok(true)` once every row is done (also for an import
/// that is gone or finished). Safe to run twice at once: the progress moves only from the
/// value this run read, so a chunk another run committed first is rolled back here.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn step(db: &Db, id: i64, actor: &Actor) -> StoreResult<bool> {
    let row: Option<(String, i64, i64, Option<DateTime<Utc>>)> = with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT file_rows, done, total, finished_at FROM credit_imports WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await
    })?;
    let Some((text, done, total, None)) = row else {
        return Ok(true);
    };
    let rows = stored_rows(&text)?;
    let chunk = rows
        .iter()
        .skip(done as usize)
        .take(CHUNK)
        .collect::<Vec<_>>();
    let mut tx = db.begin().await?;
    let now = Utc::now();
    let (mut added, mut already, mut refusals) = (0_i64, 0_i64, Vec::new());
    if !chunk.is_empty() {
        let mut sql = crate::credits::insert_codes(chunk.iter().map(|(_, c)| c), now);
        sql.push(" RETURNING code");
        let inserted: Vec<String> = with_tx!(&mut tx, |conn| {
            bind_args!(
                sqlx::query_scalar(sqlx::AssertSqlSafe(sql.text.clone())),
                &sql.args
            )
            .fetch_all(&mut *conn)
            .await?
        });
        let mut fresh: HashSet<String> = inserted.into_iter().collect();
        added = fresh.len() as i64;
        // The rest were in the pool before this chunk, or repeat a row of it: compare terms.
        let others: Vec<&(i64, PoolCode)> = chunk
            .iter()
            .copied()
            .filter(|(_, c)| !fresh.remove(&c.code))
            .collect();
        if !others.is_empty() {
            let mut sql =
                Sql::new("SELECT code, value, expires_on FROM credit_codes WHERE code IN (");
            for (i, (_, c)) in others.iter().enumerate() {
                if i > 0 {
                    sql.push(", ");
                }
                sql.bind(Arg::Text(c.code.clone()));
            }
            sql.push(")");
            let pool: Vec<(String, i64, NaiveDate)> = with_tx!(&mut tx, |conn| {
                bind_args!(
                    sqlx::query_as(sqlx::AssertSqlSafe(sql.text.clone())),
                    &sql.args
                )
                .fetch_all(&mut *conn)
                .await?
            });
            let terms: HashMap<String, (i64, NaiveDate)> =
                pool.into_iter().map(|(c, v, e)| (c, (v, e))).collect();
            for (line, c) in others {
                if terms.get(&c.code) == Some(&(c.value.get(), c.expires_on)) {
                    already += 1;
                } else {
                    refusals.push(*line);
                }
            }
        }
    }
    let finished = done as usize + chunk.len() >= total as usize;
    let moved = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE credit_imports SET done = $1, added = added + $2, already = already + $3, \
             refused = refused + $4, finished_at = $5, \
             file_rows = CASE WHEN $6 THEN '' ELSE file_rows END \
             WHERE id = $7 AND done = $8 AND finished_at IS NULL",
        )
        .bind(done + chunk.len() as i64)
        .bind(added)
        .bind(already)
        .bind(refusals.len() as i64)
        .bind(finished.then_some(now))
        .bind(finished)
        .bind(id)
        .bind(done)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if moved == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    let kept: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("SELECT count(*) FROM credit_import_refusals WHERE import_id = $1")
            .bind(id)
            .fetch_one(&mut *conn)
            .await?
    });
    for line in refusals.iter().take((REFUSALS_KEPT - kept).max(0) as usize) {
        with_tx!(&mut tx, |conn| {
            sqlx::query(
                "INSERT INTO credit_import_refusals (import_id, line, reason) VALUES ($1, $2, $3) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(line)
            .bind(OTHER_TERMS)
            .execute(&mut *conn)
            .await?;
        });
    }
    if finished {
        let totals: (i64, i64, i64) = with_tx!(&mut tx, |conn| {
            sqlx::query_as("SELECT added, already, refused FROM credit_imports WHERE id = $1")
                .bind(id)
                .fetch_one(&mut *conn)
                .await?
        });
        crate::audit::record(
            &mut tx,
            &actor.entry(
                "credits.import",
                None,
                format!("import #{id}"),
                format!(
                    "{} added, {} already in the pool, {} refused",
                    totals.0, totals.1, totals.2
                ),
            ),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(finished)
}

/// One import, for its progress page.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Option<Import>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT id, created_at, total, done, added, already, refused, finished_at \
         FROM credit_imports WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// The refused rows of an import kept for its page, by line.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn refusals(db: &Db, id: i64) -> StoreResult<Vec<Refusal>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT line, reason FROM credit_import_refusals WHERE import_id = $1 ORDER BY line"
    )
    .bind(id)
    .fetch_all(pool)
    .await)?)
}

/// The latest imports, newest first.
pub async fn recent(db: &Db, limit: i64) -> StoreResult<Vec<Import>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT id, created_at, total, done, added, already, refused, finished_at \
         FROM credit_imports ORDER BY id DESC LIMIT $1"
    )
    .bind(limit)
    .fetch_all(pool)
    .await)?)
}

/// Imports not finished, for the daily job to schedule again (their job row may have been
/// lost between the upload and its scheduling).
pub async fn unfinished(db: &Db) -> StoreResult<Vec<i64>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT id FROM credit_imports WHERE finished_at IS NULL ORDER BY id"
    )
    .fetch_all(pool)
    .await)?)
}
