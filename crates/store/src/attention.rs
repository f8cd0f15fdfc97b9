//! What needs the program team's attention today: the figures of the admin home. Each is one
//! count over an indexed or small set of rows, so the page stays cheap at any program size.

use crate::db::Db;
use crate::error::StoreResult;

async fn count(db: &Db, sql: &'static str) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await
    })?)
}

/// Candidacies still to be reviewed (waiting for the nominee, or in review) that nobody is
/// assigned to.
pub async fn unassigned_candidacies(db: &Db) -> StoreResult<i64> {
    count(
        db,
        "SELECT count(*) FROM candidacies c WHERE c.state IN ('nominated', 'in-review') \
         AND NOT EXISTS (SELECT 1 FROM reviewer_assignments a WHERE a.candidacy_id = c.id)",
    )
    .await
}

/// Candidacies the nominee accepted that wait for reviews and an admin's decision.
pub async fn candidacies_in_review(db: &Db) -> StoreResult<i64> {
    count(
        db,
        "SELECT count(*) FROM candidacies WHERE state = 'in-review'",
    )
    .await
}

/// Contribution sources whose last poll failed (a success clears the error).
pub async fn failing_sources(db: &Db) -> StoreResult<i64> {
    count(
        db,
        "SELECT count(*) FROM sources WHERE last_error IS NOT NULL",
    )
    .await
}

/// Background jobs whose last run failed and that are waiting to be retried.
pub async fn failing_jobs(db: &Db) -> StoreResult<i64> {
    count(db, "SELECT count(*) FROM jobs WHERE last_error IS NOT NULL").await
}

/// Mail not sent whose delivery failed at least once (mail simply waiting for its first
/// attempt, or kept in the outbox without an SMTP server, is not a problem).
pub async fn undelivered_mail(db: &Db) -> StoreResult<i64> {
    count(
        db,
        "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND last_error IS NOT NULL",
    )
    .await
}
