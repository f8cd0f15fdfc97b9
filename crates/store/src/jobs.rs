//! The job queue, in the database so that every instance shares it.
//!
//! A job is a named row (`name`, `job_key` unique together, so scheduling is idempotent).
//! Workers claim due jobs with a lease: on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so
//! several instances take different jobs; on SQLite the write lock serializes claims (one
//! instance runs the workers). A worker that dies leaves its lease to expire, after which
//! another worker takes the job again. Finishing checks the lease is still ours, so a job
//! whose lease was retaken is never finished twice. Recurring jobs keep their row and get a
//! new `run_at`; failures back off.

use crate::db::Db;
use crate::error::StoreResult;
use chrono::{DateTime, Duration, Utc};

/// A job a worker holds.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Job {
    pub id: i64,
    pub name: String,
    pub job_key: String,
    /// Failed attempts since the last success.
    pub attempts: i64,
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

/// Schedules `name`/`key` to run at `run_at`; if it exists already, only brings its run time
/// forward (never pushes a due job back).
pub async fn schedule(db: &Db, name: &str, key: &str, run_at: DateTime<Utc>) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "INSERT INTO jobs (name, job_key, run_at, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (name, job_key) DO UPDATE SET run_at = \
           CASE WHEN excluded.run_at < jobs.run_at THEN excluded.run_at ELSE jobs.run_at END"
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

/// Claims up to `limit` due jobs for `worker`, holding each for `lease`.
pub async fn claim(db: &Db, worker: &str, limit: i64, lease: Duration) -> StoreResult<Vec<Job>> {
    let now = Utc::now();
    Ok(match db {
        Db::Postgres(pool) => {
            sqlx::query_as(
                "UPDATE jobs SET locked_by = $1, locked_until = $2 WHERE id IN ( \
                   SELECT id FROM jobs WHERE run_at <= $3 \
                     AND (locked_until IS NULL OR locked_until < $3) \
                   ORDER BY run_at LIMIT $4 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, name, job_key, attempts",
            )
            .bind(worker)
            .bind(now + lease)
            .bind(now)
            .bind(limit)
            .fetch_all(pool)
            .await?
        }
        Db::Sqlite(pool) => {
            // One statement, so it runs under SQLite's single write lock.
            sqlx::query_as(
                "UPDATE jobs SET locked_by = $1, locked_until = $2 WHERE id IN ( \
                   SELECT id FROM jobs WHERE run_at <= $3 \
                     AND (locked_until IS NULL OR locked_until < $3) \
                   ORDER BY run_at LIMIT $4) \
                 RETURNING id, name, job_key, attempts",
            )
            .bind(worker)
            .bind(now + lease)
            .bind(now)
            .bind(limit)
            .fetch_all(pool)
            .await?
        }
    })
}

/// How a run ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Done; run again at this time (recurring) or never (`None`: the row is deleted).
    Done(Option<DateTime<Utc>>),
    /// Failed with this reason; retried after a backoff.
    Failed(String),
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
        Outcome::Failed(reason) => with_pool!(db, |pool| sqlx::query(
            "UPDATE jobs SET locked_by = NULL, locked_until = NULL, run_at = $1, \
             attempts = attempts + 1, last_error = $2, last_run_at = $3, runs = runs + 1 \
             WHERE id = $4 AND locked_by = $5"
        )
        .bind(now + backoff(job.attempts))
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
