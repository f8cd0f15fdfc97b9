//! The job queue, in the database so that every instance shares it.
//!
//! A job is a named row (`name`, `job_key` unique together, so scheduling is idempotent).
//! Workers claim due jobs of the kinds they know with a lease: on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`, so several instances take different jobs; on SQLite the claim is
//! one statement under the single write lock. A worker is named by a random id per process
//! (never hostname and pid, which containers repeat). A worker that dies leaves its lease to
//! expire, after which another worker takes the job again; a live worker renews the lease of
//! a long run. Finishing checks the lease is still ours, so a job whose lease was retaken is
//! never finished twice. Recurring jobs keep their row and get a new `run_at`, which is also
//! how a periodic job runs once per period however many instances run: the row is the
//! period's slot, and only the worker holding its lease moves it on. Failures back off.

use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Duration, Utc};

/// A job a worker holds.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Job {
    /// The row.
    pub id: i64,
    /// The kind of job (which handler runs it).
    pub name: String,
    /// What it is about (a source id, a candidacy id, or a fixed word for periodic jobs).
    pub job_key: String,
    /// Failed attempts since the last success.
    pub attempts: i64,
    /// When it was due: for a periodic job, the start of the period it runs for.
    pub run_at: DateTime<Utc>,
    /// When the lease ends unless renewed.
    pub locked_until: DateTime<Utc>,
}

/// A job as admins see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JobState {
    pub id: i64,
    pub name: String,
    pub job_key: String,
    pub run_at: DateTime<Utc>,
    pub attempts: i64,
    pub locked_by: Option<String>,
    pub locked_until: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub last_run_at: Option<DateTime<Utc>>,
    pub runs: i64,
}

/// What [`schedule`] and [`schedule_in`] write: the job, or for one that exists already only
/// its run time brought forward.
const SCHEDULE: &str = "INSERT INTO jobs (name, job_key, run_at, created_at) \
     VALUES ($1, $2, $3, $4) ON CONFLICT (name, job_key) DO UPDATE SET run_at = \
     CASE WHEN excluded.run_at < jobs.run_at THEN excluded.run_at ELSE jobs.run_at END";

/// Schedules `name`/`key` to run at `run_at`; if it exists already, only brings its run time
/// forward (never pushes a due job back).
#[tracing::instrument(level = "debug", skip_all, fields(name = %name, key = %key))]
pub async fn schedule(db: &Db, name: &str, key: &str, run_at: DateTime<Utc>) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(SCHEDULE)
        .bind(name)
        .bind(key)
        .bind(run_at)
        .bind(Utc::now())
        .execute(pool)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// [`schedule`] inside the caller's transaction, so the job exists exactly when the change
/// that needs it commits (a webhook delivery is never queued for a change rolled back).
pub(crate) async fn schedule_in(
    tx: &mut crate::db::Tx,
    name: &str,
    key: &str,
    run_at: DateTime<Utc>,
) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(SCHEDULE)
            .bind(name)
            .bind(key)
            .bind(run_at)
            .bind(Utc::now())
            .execute(&mut *conn)
            .await?;
    });
    Ok(())
}

/// Queues `name`/`key` afresh at `run_at` inside the caller's transaction, even while a
/// worker holds it: the held row is replaced, so that run finishes without touching the new
/// one (its lease is gone) and the new one runs after or beside it. [`schedule_in`] cannot do
/// this: a held row is already due, and a run that ends with "done" deletes it, taking the
/// request made during the run with it. For "do it again" requests (a webhook replay), never
/// for jobs that must not overlap.
pub(crate) async fn requeue_in(
    tx: &mut crate::db::Tx,
    name: &str,
    key: &str,
    run_at: DateTime<Utc>,
) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM jobs WHERE name = $1 AND job_key = $2")
            .bind(name)
            .bind(key)
            .execute(&mut *conn)
            .await?;
    });
    schedule_in(tx, name, key, run_at).await
}

/// Creates `name`/`key` to run at `run_at` unless it exists already; an existing job keeps
/// its time. Periodic jobs are registered this way at every start, so an instance starting
/// never makes a job that already ran in this period due again.
#[tracing::instrument(level = "debug", skip_all, fields(name = %name, key = %key))]
pub async fn ensure(db: &Db, name: &str, key: &str, run_at: DateTime<Utc>) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "INSERT INTO jobs (name, job_key, run_at, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (name, job_key) DO NOTHING"
    )
    .bind(name)
    .bind(key)
    .bind(run_at)
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Removes a job (its subject is gone).
#[tracing::instrument(level = "debug", skip_all, fields(name = %name, key = %key))]
pub async fn cancel(db: &Db, name: &str, key: &str) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "DELETE FROM jobs WHERE name = $1 AND job_key = $2"
    )
    .bind(name)
    .bind(key)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Claims up to `limit` due jobs of the given kinds for `worker`, holding each for `lease`.
/// Kinds this worker does not know are left to workers that do (an instance of another
/// version, or one configured differently, never takes a job it cannot run).
pub async fn claim(
    db: &Db,
    worker: &str,
    kinds: &[&str],
    limit: i64,
    lease: Duration,
) -> StoreResult<Vec<Job>> {
    if kinds.is_empty() || limit < 1 {
        return Ok(Vec::new());
    }
    let now = Utc::now();
    let mut sql = Sql::new("UPDATE jobs SET locked_by = ");
    sql.bind(Arg::Text(worker.to_owned()))
        .push(", locked_until = ")
        .bind(Arg::Time(now + lease))
        .push(" WHERE id IN (SELECT id FROM jobs WHERE run_at <= ")
        .bind(Arg::Time(now))
        .push(" AND (locked_until IS NULL OR locked_until < ")
        .bind(Arg::Time(now))
        .push(") AND name IN ")
        .bind_list(kinds.iter().map(|k| Arg::Text((*k).to_owned())))
        .push(" ORDER BY run_at LIMIT ")
        .bind(Arg::Int(limit));
    if let Db::Postgres(_) = db {
        // Concurrent claims skip each other's rows instead of queueing behind them. On
        // SQLite the statement runs under the single write lock, which serializes claims.
        sql.push(" FOR UPDATE SKIP LOCKED");
    }
    sql.push(") RETURNING id, name, job_key, attempts, run_at, locked_until");
    sql.fetch_all(db).await
}

/// Extends the lease of a job `worker` holds to `until`; returns false when the job is no
/// longer ours (its lease ran out and another worker took it, or it is gone), in which case
/// the run must stop.
pub async fn renew(db: &Db, job: &Job, worker: &str, until: DateTime<Utc>) -> StoreResult<bool> {
    let renewed = with_pool!(db, |pool| sqlx::query(
        "UPDATE jobs SET locked_until = $1 WHERE id = $2 AND locked_by = $3"
    )
    .bind(until)
    .bind(job.id)
    .bind(worker)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(renewed == 1)
}

/// Gives back every job `worker` holds without recording a run (the worker is stopping), so
/// other workers take them at once instead of waiting for the leases to run out.
pub async fn release(db: &Db, worker: &str) -> StoreResult<u64> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "UPDATE jobs SET locked_by = NULL, locked_until = NULL WHERE locked_by = $1"
    )
    .bind(worker)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?)
}

/// How a run ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Done; run again at this time (recurring) or never (`None`: the row is deleted).
    Done(Option<DateTime<Utc>>),
    /// Failed with this reason; retried after a backoff.
    Failed(String),
    /// Failed with this reason; retried at this time (a periodic job retries within its
    /// period rather than after a backoff of hours).
    Retry(String, DateTime<Utc>),
}

/// The wait before retrying after `attempts` consecutive failures: 1, 2, 4, … minutes, at
/// most a day.
pub fn backoff(attempts: i64) -> Duration {
    let minutes = 1_i64 << attempts.clamp(0, 11);
    Duration::minutes(minutes.min(24 * 60))
}

/// Records how a run ended, if `worker` still holds the job's lease; returns whether it did.
pub async fn finish(db: &Db, job: &Job, worker: &str, outcome: &Outcome) -> StoreResult<bool> {
    let now = Utc::now();
    let done = match outcome {
        Outcome::Done(None) => with_pool!(db, |pool| sqlx::query(
            "DELETE FROM jobs WHERE id = $1 AND locked_by = $2"
        )
        .bind(job.id)
        .bind(worker)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())),
        Outcome::Done(Some(next)) => with_pool!(db, |pool| sqlx::query(
            "UPDATE jobs SET locked_by = NULL, locked_until = NULL, run_at = $1, attempts = 0, \
             last_error = NULL, last_run_at = $2, runs = runs + 1 WHERE id = $3 AND locked_by = $4"
        )
        .bind(*next)
        .bind(now)
        .bind(job.id)
        .bind(worker)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())),
        Outcome::Failed(reason) | Outcome::Retry(reason, _) => with_pool!(db, |pool| sqlx::query(
            "UPDATE jobs SET locked_by = NULL, locked_until = NULL, run_at = $1, \
             attempts = attempts + 1, last_error = $2, last_run_at = $3, runs = runs + 1 \
             WHERE id = $4 AND locked_by = $5"
        )
        .bind(match outcome {
            Outcome::Retry(_, at) => *at,
            _ => now + backoff(job.attempts),
        })
        .bind(reason)
        .bind(now)
        .bind(job.id)
        .bind(worker)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())),
    }?;
    Ok(done == 1)
}

/// When `name`/`key` runs next, if it is scheduled.
#[tracing::instrument(level = "debug", skip_all, fields(name = %name, key = %key))]
pub async fn next_run(db: &Db, name: &str, key: &str) -> StoreResult<Option<DateTime<Utc>>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT run_at FROM jobs WHERE name = $1 AND job_key = $2"
    )
    .bind(name)
    .bind(key)
    .fetch_optional(pool)
    .await)?)
}

/// Every job, failing ones first, then by next run.
pub async fn list(db: &Db, limit: i64) -> StoreResult<Vec<JobState>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, JobState>(
        "SELECT id, name, job_key, run_at, attempts, locked_by, locked_until, last_error, \
           last_run_at, runs FROM jobs ORDER BY attempts DESC, run_at LIMIT $1"
    )
    .bind(limit)
    .fetch_all(pool)
    .await)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_a_day() {
        assert_eq!(backoff(0), Duration::minutes(1));
        assert_eq!(backoff(3), Duration::minutes(8));
        assert_eq!(backoff(40), Duration::minutes(24 * 60));
    }
}
