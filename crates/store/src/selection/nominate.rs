//! Nominating: one transaction that checks every rule, finds the candidacy the nomination
//! belongs to (or opens one) and records it with its notices.
//!
//! "Find the candidacy or open one" and "count this member's nominations, then add one" are
//! decisions made on what the transaction read, so two nominations that could meet must not
//! read at the same time: see [`queue_behind_others`].

use super::Nominated;
use crate::db::{Db, Tx, TxConn};
use crate::error::StoreResult;
use crate::notifications::{self, Notice};
use chrono::{NaiveDate, Utc};
use heroes_domain::selection::Refusal;
use heroes_domain::selection::candidacy::State;
use heroes_domain::selection::cycle::CycleKind;
use heroes_domain::selection::nomination::NewNomination;

/// Who is nominating.
#[derive(Debug, Clone)]
pub struct Nominator {
    pub user_id: i64,
    pub email: String,
}

/// Records a nomination in the selection cycle open on `today` that takes its specialization,
/// or says why not.
///
/// The same person (same account, same address, or a shared profile link) nominated again for
/// the same specialization in the same cycle joins the existing candidacy; the same nominator
/// nominating them twice (a double submit) adds nothing. `compose` writes the notices once the
/// outcome is known; they are stored in the same transaction.
pub async fn nominate(
    db: &Db,
    nominator: &Nominator,
    nomination: &NewNomination,
    today: NaiveDate,
    compose: impl FnOnce(&Nominated) -> Vec<Notice>,
) -> StoreResult<Result<Nominated, Refusal>> {
    let open = super::cycles::open(db, CycleKind::Selection, today).await?;
    if open.is_empty() {
        return Ok(Err(Refusal::NoOpenCycle));
    }
    let slug = nomination.specialization.as_str();
    // Open cycles never share a specialization, so at most one takes this one.
    let Some((cycle, spec)) = open.iter().find_map(|c| {
        c.specializations
            .iter()
            .find(|s| s.slug == slug)
            .map(|s| (c.clone(), s.clone()))
    }) else {
        let retired = crate::specializations::get(db, slug)
            .await
            .is_ok_and(|s| !s.active);
        return Ok(Err(if retired {
            Refusal::SpecializationRetired
        } else {
            Refusal::SpecializationNotInCycle
        }));
    };
    if !spec.active {
        return Ok(Err(Refusal::SpecializationRetired));
    }
    let nominee = &nomination.nominee;
    let email = nominee.email.as_str().to_lowercase();
    let keys = nominee.match_keys();
    let now = Utc::now();
    let mut tx = db.begin().await?;
    if !queue_behind_others(&mut tx, nominator.user_id, cycle.id, spec.id).await? {
        return Ok(Err(Refusal::SpecializationNotInCycle));
    }
    let nominee_user: Option<(i64, Option<i64>)> = with_tx!(&mut tx, |conn| {
        sqlx::query_as("SELECT id, hero_id FROM users WHERE lower(email) = $1")
            .bind(&email)
            .fetch_optional(&mut *conn)
            .await?
    });
    if nominee_user.is_some_and(|(id, _)| id == nominator.user_id) {
        return Ok(Err(Refusal::SelfNomination));
    }
    if let Some((_, Some(hero_id))) = nominee_user
        && is_hero_in(&mut tx, hero_id, spec.id).await?
    {
        return Ok(Err(Refusal::AlreadyHero));
    }
    let existing = find_candidacy(
        &mut tx,
        cycle.id,
        spec.id,
        &email,
        nominee_user.map(|u| u.0),
        &keys,
    )
    .await?;
    if existing.is_none()
        && let Some(until) =
            declined_until(&mut tx, spec.id, &email, nominee_user.map(|u| u.0), today).await?
    {
        return Ok(Err(Refusal::TooSoon { until }));
    }
    let already: Option<i64> = match existing {
        Some(c) => with_tx!(&mut tx, |conn| {
            sqlx::query_scalar(
                "SELECT id FROM nominations WHERE candidacy_id = $1 AND nominator_id = $2",
            )
            .bind(c)
            .bind(nominator.user_id)
            .fetch_optional(&mut *conn)
            .await?
        }),
        None => None,
    };
    if let (Some(candidacy_id), Some(_)) = (existing, already) {
        // A double submit: the nomination exists; nothing changes and nobody is mailed again.
        return Ok(Ok(Nominated {
            candidacy_id,
            cycle_name: cycle.name,
            specialization_name: spec.name.clone(),
            new_candidacy: false,
            new_nomination: false,
            nominee_user_id: nominee_user.map(|u| u.0),
        }));
    }
    let made: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "SELECT count(*) FROM nominations n JOIN candidacies c ON c.id = n.candidacy_id \
             WHERE n.nominator_id = $1 AND c.cycle_id = $2",
        )
        .bind(nominator.user_id)
        .bind(cycle.id)
        .fetch_one(&mut *conn)
        .await?
    });
    if made >= i64::from(cycle.nomination_limit) {
        return Ok(Err(Refusal::LimitReached {
            limit: cycle.nomination_limit,
        }));
    }
    let candidacy_id = match existing {
        Some(id) => id,
        None => with_tx!(&mut tx, |conn| {
            sqlx::query_scalar::<_, i64>(
                "INSERT INTO candidacies (cycle_id, specialization_id, nominee_user_id, \
                 nominee_email, nominee_name, state, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(cycle.id)
            .bind(spec.id)
            .bind(nominee_user.map(|u| u.0))
            .bind(&email)
            .bind(nominee.name.as_str())
            .bind(State::Nominated.as_str())
            .bind(now)
            .fetch_one(&mut *conn)
            .await?
        }),
    };
    if existing.is_none() {
        // Reviewers standing for this specialization take the new candidacy too.
        with_tx!(&mut tx, |conn| {
            sqlx::query(
                "INSERT INTO reviewer_assignments (candidacy_id, reviewer_id, assigned_at) \
                 SELECT $1, reviewer_id, $2 FROM cycle_reviewers \
                 WHERE cycle_id = $3 AND specialization_id = $4 ON CONFLICT DO NOTHING",
            )
            .bind(candidacy_id)
            .bind(now)
            .bind(cycle.id)
            .bind(spec.id)
            .execute(&mut *conn)
            .await?;
        });
    }
    with_tx!(&mut tx, |conn| {
        for key in &keys {
            sqlx::query(
                "INSERT INTO candidacy_links (candidacy_id, url) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(candidacy_id)
            .bind(key)
            .execute(&mut *conn)
            .await?;
        }
        let evidence: Vec<&str> = nomination.evidence.iter().map(|u| u.as_str()).collect();
        sqlx::query(
            "INSERT INTO nominations (candidacy_id, nominator_id, statement, evidence, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(candidacy_id)
        .bind(nominator.user_id)
        .bind(nomination.statement.as_str())
        .bind(evidence.join("\n"))
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query("UPDATE candidacies SET updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(candidacy_id)
            .execute(&mut *conn)
            .await?;
    });
    let nominated = Nominated {
        candidacy_id,
        cycle_name: cycle.name,
        specialization_name: spec.name.clone(),
        new_candidacy: existing.is_none(),
        new_nomination: true,
        nominee_user_id: nominee_user.map(|u| u.0),
    };
    notifications::send(&mut tx, &compose(&nominated)).await?;
    tx.commit().await?;
    Ok(Ok(nominated))
}

/// Makes nominations that could meet run one after the other, so each one's checks see what
/// the one before committed: nominations for one specialization of a cycle (they may merge
/// into one candidacy: same account, same address or any shared profile link, which no
/// unique key can express) and nominations by one member (the limit counts across
/// specializations). `false` if the cycle no longer takes the specialization.
///
/// On PostgreSQL (read committed) these are row locks on the nominator's account and on the
/// cycle's specialization, always taken in that order so two nominations never wait for each
/// other; every statement after them sees the rows the previous holder committed. Without
/// them, 60 members nominating one person at once each found no candidacy, and all but one
/// failed on the unique key. On SQLite the transaction already holds the database's write
/// lock (`BEGIN IMMEDIATE`), which serializes every writer.
async fn queue_behind_others(
    tx: &mut Tx,
    nominator_id: i64,
    cycle_id: i64,
    specialization_id: i64,
) -> StoreResult<bool> {
    if let TxConn::Postgres(tx) = &mut tx.conn {
        // NO KEY UPDATE: strong enough to queue nominations, weak enough not to hold up
        // rows that merely reference the account (sessions, notifications).
        sqlx::query("SELECT id FROM users WHERE id = $1 FOR NO KEY UPDATE")
            .bind(nominator_id)
            .execute(&mut **tx)
            .await?;
    }
    lock_cycle_specialization(tx, cycle_id, specialization_id).await
}

/// Queues writers of one specialization of a cycle (its nominations, and assigning its
/// reviewers, which must reach every candidacy, including one being nominated): a row lock on
/// PostgreSQL, nothing more on SQLite (see [`queue_behind_others`]). `false` if the cycle does
/// not take the specialization.
pub(super) async fn lock_cycle_specialization(
    tx: &mut Tx,
    cycle_id: i64,
    specialization_id: i64,
) -> StoreResult<bool> {
    let TxConn::Postgres(tx) = &mut tx.conn else {
        return Ok(true);
    };
    // Changing a cycle deletes and re-inserts its rows: a lock that waited for that change
    // finds the old row gone, and the new one is visible to the next statement.
    for _ in 0..2 {
        let locked: Option<i64> = sqlx::query_scalar(
            "SELECT cycle_id FROM cycle_specializations \
             WHERE cycle_id = $1 AND specialization_id = $2 FOR NO KEY UPDATE",
        )
        .bind(cycle_id)
        .bind(specialization_id)
        .fetch_optional(&mut **tx)
        .await?;
        if locked.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

async fn is_hero_in(tx: &mut Tx, hero_id: i64, specialization_id: i64) -> StoreResult<bool> {
    let n: i64 = with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "SELECT count(*) FROM hero_awards a JOIN heroes h ON h.id = a.hero_id \
             WHERE a.hero_id = $1 AND a.specialization_id = $2 AND h.status <> 'alumni'",
        )
        .bind(hero_id)
        .bind(specialization_id)
        .fetch_one(&mut *conn)
        .await?
    });
    Ok(n > 0)
}

/// The candidacy of the same person in this cycle and specialization: same account, same
/// address, or a shared canonical profile link.
async fn find_candidacy(
    tx: &mut Tx,
    cycle_id: i64,
    specialization_id: i64,
    email: &str,
    user_id: Option<i64>,
    keys: &[String],
) -> StoreResult<Option<i64>> {
    let by_person: Option<i64> = with_tx!(&mut *tx, |conn| {
        sqlx::query_scalar(
            "SELECT id FROM candidacies WHERE cycle_id = $1 AND specialization_id = $2 \
             AND (nominee_email = $3 OR nominee_user_id = $4) ORDER BY id LIMIT 1",
        )
        .bind(cycle_id)
        .bind(specialization_id)
        .bind(email)
        .bind(user_id.unwrap_or(-1))
        .fetch_optional(&mut *conn)
        .await?
    });
    if by_person.is_some() {
        return Ok(by_person);
    }
    for key in keys {
        let by_link: Option<i64> = with_tx!(&mut *tx, |conn| {
            sqlx::query_scalar(
                "SELECT c.id FROM candidacy_links l JOIN candidacies c ON c.id = l.candidacy_id \
                 WHERE l.url = $1 AND c.cycle_id = $2 AND c.specialization_id = $3 \
                 ORDER BY c.id LIMIT 1",
            )
            .bind(key)
            .bind(cycle_id)
            .bind(specialization_id)
            .fetch_optional(&mut *conn)
            .await?
        });
        if by_link.is_some() {
            return Ok(by_link);
        }
    }
    Ok(None)
}

/// The latest "nominate again from" date of a decline of this person in this
/// specialization, if it is still in the future.
async fn declined_until(
    tx: &mut Tx,
    specialization_id: i64,
    email: &str,
    user_id: Option<i64>,
    today: NaiveDate,
) -> StoreResult<Option<NaiveDate>> {
    Ok(with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "SELECT max(renominate_after) FROM candidacies WHERE specialization_id = $1 \
             AND state = $2 AND (nominee_email = $3 OR nominee_user_id = $4) \
             AND renominate_after > $5",
        )
        .bind(specialization_id)
        .bind(State::Declined.as_str())
        .bind(email)
        .bind(user_id.unwrap_or(-1))
        .bind(today)
        .fetch_one(&mut *conn)
        .await?
    }))
}
