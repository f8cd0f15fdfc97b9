//! Reviewing: assignments, declared conflicts, scores, and the candidacy's score and spread
//! kept up to date from them.

use crate::accounts::Actor;
use crate::db::{Db, Tx, TxConn};
use crate::error::StoreResult;
use crate::notifications::{self, Notice};
use chrono::{DateTime, Utc};
use heroes_domain::selection::Refusal;
use heroes_domain::selection::candidacy::State;
use heroes_domain::selection::rubric::{Rubric, Scores};

/// A reviewer on a candidacy.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Assignment {
    pub reviewer_id: i64,
    pub name: String,
    pub email: String,
    /// The declared conflict of interest, if any: the reviewer is then out of this file.
    pub conflict: Option<String>,
    /// Whether they scored it.
    pub reviewed: bool,
}

/// A review as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Review {
    pub reviewer_id: i64,
    pub reviewer_name: String,
    #[sqlx(rename = "scores")]
    pub score_list: String,
    /// Weighted score in hundredths.
    pub weighted: i64,
    pub comment: String,
    pub updated_at: DateTime<Utc>,
}

impl Review {
    /// The scores, in rubric order.
    pub fn scores(&self) -> Vec<u8> {
        self.score_list
            .split(',')
            .filter_map(|s| s.parse().ok())
            .collect()
    }
}

/// A candidacy on a reviewer's list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Task {
    pub candidacy_id: i64,
    pub nominee_name: String,
    pub specialization_name: String,
    pub cycle_name: String,
    pub state: String,
    pub conflict: Option<String>,
    /// Their own weighted score, once they scored.
    pub weighted: Option<i64>,
}

/// Accounts that may be assigned: reviewers, staff and admins.
pub async fn reviewers(db: &Db) -> StoreResult<Vec<(i64, String, String)>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT DISTINCT u.id, u.name, u.email FROM users u JOIN user_roles r ON r.user_id = u.id \
         WHERE r.role IN ('reviewer', 'staff', 'admin') ORDER BY u.name, u.id"
    )
    .fetch_all(pool)
    .await)?)
}

/// The candidacy states that take reviewers, as the queries bind them.
const TAKING: [State; 2] = State::TAKING_REVIEWERS;

/// Assigns a reviewer to candidacies (already assigned ones, and those no longer taking
/// reviewers — decided, withdrawn, announced — are left as they are); returns how many
/// assignments are new.
/// `compose` writes the reviewer's notice from the number of new assignments (sent only when
/// there are any).
#[tracing::instrument(level = "debug", skip_all, fields(reviewer_id = reviewer_id))]
pub async fn assign(
    db: &Db,
    candidacy_ids: &[i64],
    reviewer_id: i64,
    actor: &Actor,
    compose: impl FnOnce(u64) -> Vec<Notice>,
) -> StoreResult<u64> {
    let mut tx = db.begin().await?;
    let now = Utc::now();
    let mut added = 0;
    for id in candidacy_ids {
        added += with_tx!(&mut tx, |conn| {
            sqlx::query(
                "INSERT INTO reviewer_assignments (candidacy_id, reviewer_id, assigned_at) \
                 SELECT id, $2, $3 FROM candidacies WHERE id = $1 AND state IN ($4, $5) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(reviewer_id)
            .bind(now)
            .bind(TAKING[0].as_str())
            .bind(TAKING[1].as_str())
            .execute(&mut *conn)
            .await?
            .rows_affected()
        });
    }
    let what = format!("{added} candidacies");
    assigned(tx, actor, reviewer_id, what, added, compose).await
}

/// Ends an assignment of `added` candidacies (`what`, for the audit log): audits it and, when
/// any was added, tells the reviewer (`compose`) in the same transaction.
async fn assigned(
    mut tx: Tx,
    actor: &Actor,
    reviewer_id: i64,
    what: String,
    added: u64,
    compose: impl FnOnce(u64) -> Vec<Notice>,
) -> StoreResult<u64> {
    crate::audit::record(
        &mut tx,
        &actor.entry("review.assign", Some(reviewer_id), what, String::new()),
    )
    .await?;
    if added > 0 {
        notifications::send(&mut tx, &compose(added)).await?;
    }
    tx.commit().await?;
    Ok(added)
}

/// Assigns a reviewer to every candidacy of a specialization in a cycle, with one statement,
/// and to every candidacy of it nominated later in the cycle.
#[tracing::instrument(level = "debug", skip_all, fields(cycle_id = cycle_id, specialization_id = specialization_id, reviewer_id = reviewer_id))]
pub async fn assign_specialization(
    db: &Db,
    cycle_id: i64,
    specialization_id: i64,
    reviewer_id: i64,
    actor: &Actor,
    compose: impl FnOnce(u64) -> Vec<Notice>,
) -> StoreResult<u64> {
    let mut tx = db.begin().await?;
    // A nomination opening a candidacy at this moment copies the specialization's reviewers
    // before this commits, and this would miss the candidacy: the two queue on one lock.
    if !super::nominate::lock_cycle_specialization(&mut tx, cycle_id, specialization_id).await? {
        return Err(crate::error::StoreError::NotFound);
    }
    let added = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO cycle_reviewers (cycle_id, specialization_id, reviewer_id) \
             VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(cycle_id)
        .bind(specialization_id)
        .bind(reviewer_id)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO reviewer_assignments (candidacy_id, reviewer_id, assigned_at) \
             SELECT id, $1, $2 FROM candidacies WHERE cycle_id = $3 AND specialization_id = $4 \
             AND state IN ($5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(reviewer_id)
        .bind(Utc::now())
        .bind(cycle_id)
        .bind(specialization_id)
        .bind(TAKING[0].as_str())
        .bind(TAKING[1].as_str())
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    let what = format!("{added} candidacies of specialization #{specialization_id}");
    assigned(tx, actor, reviewer_id, what, added, compose).await
}

/// The reviewers of a candidacy.
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id))]
pub async fn assignments(db: &Db, candidacy_id: i64) -> StoreResult<Vec<Assignment>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT a.reviewer_id, u.name, u.email, a.conflict, \
         EXISTS (SELECT 1 FROM reviews r WHERE r.candidacy_id = a.candidacy_id \
                 AND r.reviewer_id = a.reviewer_id) AS reviewed \
         FROM reviewer_assignments a JOIN users u ON u.id = a.reviewer_id \
         WHERE a.candidacy_id = $1 ORDER BY u.name, u.id"
    )
    .bind(candidacy_id)
    .fetch_all(pool)
    .await)?)
}

/// Whether `reviewer_id` is assigned to the candidacy, and their conflict if declared:
/// `None` when not assigned, `Some(None)` assigned and free to review.
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id, reviewer_id = reviewer_id))]
pub async fn assignment(
    db: &Db,
    candidacy_id: i64,
    reviewer_id: i64,
) -> StoreResult<Option<Option<String>>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT conflict FROM reviewer_assignments WHERE candidacy_id = $1 AND reviewer_id = $2"
    )
    .bind(candidacy_id)
    .bind(reviewer_id)
    .fetch_optional(pool)
    .await)?)
}

/// The candidacies assigned to a reviewer, those still to score first.
#[tracing::instrument(level = "debug", skip_all, fields(reviewer_id = reviewer_id))]
pub async fn tasks(db: &Db, reviewer_id: i64) -> StoreResult<Vec<Task>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT c.id AS candidacy_id, c.nominee_name, s.name AS specialization_name, \
         y.name AS cycle_name, c.state, a.conflict, r.weighted \
         FROM reviewer_assignments a JOIN candidacies c ON c.id = a.candidacy_id \
         JOIN specializations s ON s.id = c.specialization_id JOIN cycles y ON y.id = c.cycle_id \
         LEFT JOIN reviews r ON r.candidacy_id = a.candidacy_id AND r.reviewer_id = a.reviewer_id \
         WHERE a.reviewer_id = $1 \
         ORDER BY (r.weighted IS NOT NULL), c.created_at, c.id"
    )
    .bind(reviewer_id)
    .fetch_all(pool)
    .await)?)
}

/// The reviews of a candidacy (conflicted reviewers have none).
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id))]
pub async fn reviews(db: &Db, candidacy_id: i64) -> StoreResult<Vec<Review>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
        "SELECT r.reviewer_id, u.name AS reviewer_name, r.scores, r.weighted, r.comment, r.updated_at \
         FROM reviews r JOIN users u ON u.id = r.reviewer_id WHERE r.candidacy_id = $1 \
         ORDER BY u.name, u.id"
    )
    .bind(candidacy_id)
    .fetch_all(pool)
    .await
    })?)
}

async fn check(
    tx: &mut Tx,
    candidacy_id: i64,
    reviewer_id: i64,
) -> StoreResult<Result<(), Refusal>> {
    let row: Option<(Option<String>, String)> = with_tx!(tx, |conn| {
        sqlx::query_as(
            "SELECT a.conflict, c.state FROM reviewer_assignments a \
             JOIN candidacies c ON c.id = a.candidacy_id \
             WHERE a.candidacy_id = $1 AND a.reviewer_id = $2",
        )
        .bind(candidacy_id)
        .bind(reviewer_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    Ok(match row {
        None => Err(Refusal::NotAssigned),
        Some((Some(_), _)) => Err(Refusal::Conflicted),
        Some((None, state)) if State::from_stored(&state).is_some_and(State::is_reviewable) => {
            Ok(())
        }
        Some(_) => Err(Refusal::NotReviewable),
    })
}

/// Saves a reviewer's scores and comment (replacing earlier ones) and updates the
/// candidacy's score, spread and review count.
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id, reviewer_id = reviewer_id))]
pub async fn save(
    db: &Db,
    candidacy_id: i64,
    reviewer_id: i64,
    rubric: &Rubric,
    scores: &Scores,
    comment: &str,
) -> StoreResult<Result<(), Refusal>> {
    let mut tx = db.begin().await?;
    queue_on_candidacy(&mut tx, candidacy_id).await?;
    if let Err(refusal) = check(&mut tx, candidacy_id, reviewer_id).await? {
        return Ok(Err(refusal));
    }
    let list: Vec<String> = scores.values().iter().map(u8::to_string).collect();
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO reviews (candidacy_id, reviewer_id, scores, weighted, comment, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (candidacy_id, reviewer_id) DO UPDATE \
             SET scores = excluded.scores, weighted = excluded.weighted, \
             comment = excluded.comment, updated_at = excluded.updated_at",
        )
        .bind(candidacy_id)
        .bind(reviewer_id)
        .bind(list.join(","))
        .bind(rubric.weighted(scores))
        .bind(comment)
        .bind(Utc::now())
        .execute(&mut *conn)
        .await?;
    });
    recompute(&mut tx, candidacy_id, rubric).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Declares a conflict of interest: the reviewer leaves this file and any score they gave
/// no longer counts.
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id, reviewer_id = reviewer_id))]
pub async fn declare_conflict(
    db: &Db,
    candidacy_id: i64,
    reviewer_id: i64,
    reason: &str,
    rubric: &Rubric,
    actor: &Actor,
) -> StoreResult<Result<(), Refusal>> {
    let mut tx = db.begin().await?;
    queue_on_candidacy(&mut tx, candidacy_id).await?;
    let updated = with_tx!(&mut tx, |conn| {
        let n = sqlx::query(
            "UPDATE reviewer_assignments SET conflict = $1, conflict_at = $2 \
             WHERE candidacy_id = $3 AND reviewer_id = $4 AND conflict IS NULL",
        )
        .bind(reason)
        .bind(Utc::now())
        .bind(candidacy_id)
        .bind(reviewer_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        sqlx::query("DELETE FROM reviews WHERE candidacy_id = $1 AND reviewer_id = $2")
            .bind(candidacy_id)
            .bind(reviewer_id)
            .execute(&mut *conn)
            .await?;
        n
    });
    if updated == 0 {
        return Ok(Err(Refusal::NotAssigned));
    }
    recompute(&mut tx, candidacy_id, rubric).await?;
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "review.conflict",
            Some(reviewer_id),
            format!("candidacy #{candidacy_id}"),
            reason.to_owned(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Makes changes to one candidacy that read before they write (its reviews and score; the
/// evidence attached from a feed) run one after the other. A review save recomputes the
/// score from every review it can see; on PostgreSQL (read committed) two reviewers saving at
/// once each saw only their own review, and the candidacy kept a score missing one of them;
/// a score saved while its reviewer declared a conflict counted although the conflict deletes
/// it. A row lock on the candidacy, taken before anything is read, makes the second wait and
/// then read what the first committed; it also queues behind an admin's step, which updates
/// the same row. On SQLite `BEGIN IMMEDIATE` already serializes every writer.
pub(super) async fn queue_on_candidacy(tx: &mut Tx, candidacy_id: i64) -> StoreResult<()> {
    if let TxConn::Postgres(tx) = &mut tx.conn {
        sqlx::query("SELECT id FROM candidacies WHERE id = $1 FOR NO KEY UPDATE")
            .bind(candidacy_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn recompute(tx: &mut Tx, candidacy_id: i64, rubric: &Rubric) -> StoreResult<()> {
    let lists: Vec<String> = with_tx!(&mut *tx, |conn| {
        sqlx::query_scalar("SELECT scores FROM reviews WHERE candidacy_id = $1")
            .bind(candidacy_id)
            .fetch_all(&mut *conn)
            .await?
    });
    let scores: Vec<Scores> = lists
        .iter()
        .filter_map(|l| rubric.stored_scores(l.split(',').filter_map(|s| s.parse().ok()).collect()))
        .collect();
    let summary = rubric.summarize(&scores);
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE candidacies SET score = $1, spread = $2, review_count = $3 WHERE id = $4",
        )
        .bind(summary.score)
        .bind(summary.spread)
        .bind(summary.reviews as i64)
        .bind(candidacy_id)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}
