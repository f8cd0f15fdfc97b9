//! Credits: allotments, requests and their decisions, the code pool, and the append-only
//! ledger every balance is the sum of.
//!
//! The guarantees live in the database (migration 0017): `credit_balances.available` is kept
//! by a trigger on each ledger insert and may not go below zero, so an entry that would
//! overdraw fails with its transaction; a code is taken by a conditional update
//! (`WHERE NOT issued`, and `FOR UPDATE SKIP LOCKED` on PostgreSQL so two approvals never
//! wait on the same code) and named by at most one `issue` entry; every entry has a unique
//! `op_key` naming the operation, so a retried operation adds nothing. A decision locks its
//! request row first (PostgreSQL; SQLite's `BEGIN IMMEDIATE` serializes writers), so two
//! staff deciding at once cannot both act.

use crate::accounts::Actor;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::credits::{
    Amount, EntryKind, NewRequest, PoolCode, Purpose, Refusal, State, Step, Unit,
};

/// The unit amounts are counted in.
pub async fn unit(db: &Db) -> StoreResult<String> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT unit FROM credit_settings WHERE id = 1"
    )
    .fetch_one(pool)
    .await)?)
}

/// Names the unit.
pub async fn set_unit(db: &Db, unit: &Unit, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE credit_settings SET unit = $1 WHERE id = 1")
            .bind(unit.as_str())
            .execute(&mut *conn)
            .await?;
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "credits.unit",
            None,
            String::new(),
            unit.as_str().to_owned(),
        ),
    )
    .await?;
    tx.commit().await
}

/// A specialization's allotment for a year, as the admin page lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Rule {
    pub slug: String,
    pub name: String,
    /// `None` when no allotment is set (its heroes get nothing unless excepted).
    pub amount: Option<i64>,
}

/// Every active specialization with its allotment for `year`.
pub async fn rules(db: &Db, year: i32) -> StoreResult<Vec<Rule>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Rule>(
        "SELECT s.slug, s.name, r.amount FROM specializations s \
         LEFT JOIN credit_allotment_rules r ON r.specialization_id = s.id AND r.year = $1 \
         WHERE s.active ORDER BY s.position, s.id"
    )
    .bind(i64::from(year))
    .fetch_all(pool)
    .await)?)
}

/// Sets (or replaces) the allotment of a specialization's heroes for `year`; 0 is allowed.
pub async fn set_rule(
    db: &Db,
    year: i32,
    specialization: &str,
    amount: i64,
    actor: &Actor,
) -> StoreResult<()> {
    set_allotment(db, &RULE, year, specialization, amount, actor).await
}

/// Where an allotment is kept: per specialization (a rule) or per hero (an exception).
struct Allotment {
    /// The table, keyed by year and `key`.
    table: &'static str,
    key: &'static str,
    /// The table `key` points into, whose rows are named by slug.
    of: &'static str,
    /// The field an unknown slug is refused at.
    field: &'static str,
    /// The audit entry's action.
    action: &'static str,
}

const RULE: Allotment = Allotment {
    table: "credit_allotment_rules",
    key: "specialization_id",
    of: "specializations",
    field: "specialization",
    action: "credits.allotment",
};

const EXCEPTION: Allotment = Allotment {
    table: "credit_allotment_exceptions",
    key: "hero_id",
    of: "heroes",
    field: "hero",
    action: "credits.exception",
};

/// Sets (or replaces) the allotment of `year` for the row of `to.of` named `slug`, audited;
/// `UnknownReference` when there is none.
async fn set_allotment(
    db: &Db,
    to: &Allotment,
    year: i32,
    slug: &str,
    amount: i64,
    actor: &Actor,
) -> StoreResult<()> {
    let Allotment { table, key, of, .. } = to;
    let sql = format!(
        "INSERT INTO {table} (year, {key}, amount) SELECT $1, id, $2 FROM {of} WHERE slug = $3 \
         ON CONFLICT (year, {key}) DO UPDATE SET amount = excluded.amount"
    );
    let mut tx = db.begin().await?;
    let done = with_tx!(&mut tx, |conn| {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(i64::from(year))
            .bind(amount)
            .bind(slug)
            .execute(&mut *conn)
            .await?
            .rows_affected()
    });
    if done == 0 {
        return Err(StoreError::UnknownReference {
            field: to.field,
            value: slug.to_owned(),
        });
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            to.action,
            None,
            slug.to_owned(),
            format!("{year}: {amount}"),
        ),
    )
    .await?;
    tx.commit().await
}

/// A person's own allotment for a year.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Exception {
    pub slug: String,
    pub display_name: String,
    pub amount: i64,
}

/// The exceptions of `year`, A-Z.
pub async fn exceptions(db: &Db, year: i32) -> StoreResult<Vec<Exception>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Exception>(
        "SELECT h.slug, h.display_name, e.amount FROM credit_allotment_exceptions e \
         JOIN heroes h ON h.id = e.hero_id WHERE e.year = $1 ORDER BY h.sort_name, h.id"
    )
    .bind(i64::from(year))
    .fetch_all(pool)
    .await)?)
}

/// Sets (or replaces) one hero's allotment for `year`, whatever their specialization's.
#[tracing::instrument(level = "debug", skip_all, fields(hero_slug = %hero_slug))]
pub async fn set_exception(
    db: &Db,
    year: i32,
    hero_slug: &str,
    amount: i64,
    actor: &Actor,
) -> StoreResult<()> {
    set_allotment(db, &EXCEPTION, year, hero_slug, amount, actor).await
}

/// Grants `year`'s allotment to every active hero who has none for that year yet: their
/// exception if they have one, otherwise the largest allotment among their specializations.
/// Safe to repeat (each grant's `op_key` is `allotment:YEAR:HERO`); returns how many heroes
/// were granted now.
pub async fn grant_allotments(db: &Db, year: i32, actor: &Actor) -> StoreResult<u64> {
    let mut tx = db.begin().await?;
    let granted = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO credit_ledger (hero_id, kind, amount, year, op_key, at, actor_id) \
             SELECT t.id, 'allotment', t.amount, $1, $2 || t.id, $3, $4 FROM ( \
               SELECT h.id, COALESCE(e.amount, ( \
                 SELECT max(r.amount) FROM hero_awards w JOIN credit_allotment_rules r \
                   ON r.specialization_id = w.specialization_id AND r.year = $1 \
                 WHERE w.hero_id = h.id)) AS amount \
               FROM heroes h LEFT JOIN credit_allotment_exceptions e \
                 ON e.hero_id = h.id AND e.year = $1 \
               WHERE h.status = 'active') t \
             WHERE t.amount > 0 \
             ON CONFLICT (op_key) DO NOTHING",
        )
        .bind(i64::from(year))
        .bind(format!("allotment:{year}:"))
        .bind(Utc::now())
        .bind(actor.user_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "credits.grant",
            None,
            year.to_string(),
            format!("{granted} heroes"),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(granted)
}

/// An entry to append.
struct NewEntry<'a> {
    hero_id: i64,
    kind: EntryKind,
    /// Signed as the kind requires.
    amount: i64,
    year: Option<i64>,
    request_id: Option<i64>,
    code_id: Option<i64>,
    op_key: &'a str,
    actor_id: Option<i64>,
}

/// What appending an entry did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entered {
    /// Appended, and the balance moved.
    Done,
    /// The operation was done before (same `op_key`): nothing changed.
    AlreadyDone,
    /// The balance would have gone below zero; the transaction is spoiled and must be rolled
    /// back.
    Overdrawn,
}

/// Appends one entry; the trigger moves the balance in the same statement.
async fn enter(tx: &mut Tx, e: &NewEntry<'_>) -> StoreResult<Entered> {
    let result = with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO credit_ledger (hero_id, kind, amount, year, request_id, code_id, \
             op_key, at, actor_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (op_key) DO NOTHING",
        )
        .bind(e.hero_id)
        .bind(e.kind.as_str())
        .bind(e.amount)
        .bind(e.year)
        .bind(e.request_id)
        .bind(e.code_id)
        .bind(e.op_key)
        .bind(Utc::now())
        .bind(e.actor_id)
        .execute(&mut *conn)
        .await
        .map(|done| done.rows_affected())
    });
    match result {
        Ok(0) => Ok(Entered::AlreadyDone),
        Ok(_) => Ok(Entered::Done),
        Err(sqlx::Error::Database(d))
            if d.kind() == sqlx::error::ErrorKind::CheckViolation
                && d.message().contains("available") =>
        {
            Ok(Entered::Overdrawn)
        }
        Err(e) => Err(e.into()),
    }
}

/// What a request call did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requested {
    /// A new request, its amount held.
    Made(i64),
    /// The same idempotency key was used before: that request, unchanged.
    AlreadyMade(i64),
}

impl Requested {
    /// The request's id.
    pub fn id(self) -> i64 {
        match self {
            Requested::Made(id) | Requested::AlreadyMade(id) => id,
        }
    }
}

/// A hero asks for credits: the request and the hold of its amount, in one transaction. The
/// balance must cover the amount; the same idempotency key again is the same request.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn request(
    db: &Db,
    hero_id: i64,
    new: &NewRequest,
    actor: &Actor,
) -> StoreResult<Result<Requested, Refusal>> {
    let mut tx = db.begin().await?;
    let id: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO credit_requests (hero_id, specialization_id, purpose, amount, note, \
             idempotency_key, state, requested_at) \
             VALUES ($1, (SELECT w.specialization_id FROM hero_awards w \
               JOIN specializations s ON s.id = w.specialization_id WHERE w.hero_id = $1 \
               ORDER BY w.year, s.position, s.id LIMIT 1), $2, $3, $4, $5, 'requested', $6) \
             ON CONFLICT (hero_id, idempotency_key) DO NOTHING RETURNING id",
        )
        .bind(hero_id)
        .bind(new.purpose.as_str())
        .bind(new.amount.get())
        .bind(new.note.as_str())
        .bind(new.idempotency_key.as_str())
        .bind(Utc::now())
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(id) = id else {
        tx.rollback().await?;
        let id: i64 = with_pool!(db, |pool| sqlx::query_scalar(
            "SELECT id FROM credit_requests WHERE hero_id = $1 AND idempotency_key = $2"
        )
        .bind(hero_id)
        .bind(new.idempotency_key.as_str())
        .fetch_one(pool)
        .await)?;
        return Ok(Ok(Requested::AlreadyMade(id)));
    };
    let entered = enter(
        &mut tx,
        &NewEntry {
            hero_id,
            kind: EntryKind::Hold,
            amount: -new.amount.get(),
            year: None,
            request_id: Some(id),
            code_id: None,
            op_key: &format!("hold:{id}"),
            actor_id: actor.user_id,
        },
    )
    .await?;
    if entered == Entered::Overdrawn {
        return tx.refuse(Refusal::NotEnoughBalance).await;
    }
    tx.commit().await?;
    Ok(Ok(Requested::Made(id)))
}

/// What a decision did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    /// The state the request is in now.
    pub state: State,
    /// The codes issued (ids), for an approval.
    pub codes: Vec<i64>,
}

/// A request as a decision reads it.
#[derive(sqlx::FromRow)]
struct Deciding {
    hero_id: i64,
    specialization_id: Option<i64>,
    amount: i64,
    #[sqlx(try_from = "String")]
    state: State,
}

/// Takes `step` on request `id`: approves (issuing codes from the pool that make up the
/// amount exactly), declines, or withdraws. `owner` restricts the request to one hero's (a
/// withdrawal); anybody else's is not found. The hold is released and the codes issued in the
/// same transaction as the new state, with the hero's notices; refused if the request was
/// decided already or the pool cannot cover the amount, in which case nothing changes.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn decide(
    db: &Db,
    id: i64,
    owner: Option<i64>,
    step: &Step,
    actor: &Actor,
    notices: &[Notice],
    today: NaiveDate,
) -> StoreResult<Result<Decided, Refusal>> {
    let mut tx = db.begin().await?;
    let lock = match &tx.conn {
        crate::db::TxConn::Postgres(_) => " FOR UPDATE",
        crate::db::TxConn::Sqlite(_) => "",
    };
    let row: Option<Deciding> = with_tx!(&mut tx, |conn| {
        sqlx::query_as::<_, Deciding>(sqlx::AssertSqlSafe(format!(
            "SELECT hero_id, specialization_id, amount, state FROM credit_requests \
             WHERE id = $1 AND ($2 IS NULL OR hero_id = $2){lock}"
        )))
        .bind(id)
        .bind(owner)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(row) = row else {
        return tx.fail(StoreError::NotFound).await;
    };
    let requested = Amount::new(row.amount).ok_or(StoreError::NotFound)?;
    let state = match row.state.apply(step, requested) {
        Ok(state) => state,
        Err(refusal) => return tx.refuse(refusal).await,
    };
    let (approved, reason) = match step {
        Step::Approve(a) => (Some(a.get()), String::new()),
        Step::Decline(reason) => (None, reason.as_str().to_owned()),
        Step::Withdraw => (None, String::new()),
    };
    let updated = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE credit_requests SET state = $1, approved_amount = $2, reason = $3, \
             decided_at = $4, decided_by = $5 WHERE id = $6 AND state = 'requested'",
        )
        .bind(state.as_str())
        .bind(approved)
        .bind(&reason)
        .bind(Utc::now())
        .bind(actor.user_id)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if updated == 0 {
        return tx.refuse(Refusal::AlreadyDecided).await;
    }
    // The whole hold goes back; an approval then takes what the codes are worth.
    enter(
        &mut tx,
        &NewEntry {
            hero_id: row.hero_id,
            kind: EntryKind::Release,
            amount: row.amount,
            year: None,
            request_id: Some(id),
            code_id: None,
            op_key: &format!("release:{id}"),
            actor_id: actor.user_id,
        },
    )
    .await?;
    let mut codes = Vec::new();
    if let Some(mut remaining) = approved {
        while remaining > 0 {
            let Some((code_id, value)) = take_code(&mut tx, remaining, today).await? else {
                return tx.refuse(Refusal::PoolCannotCover).await;
            };
            let taken = with_tx!(&mut tx, |conn| {
                sqlx::query(
                    "UPDATE credit_codes SET issued = TRUE, hero_id = $1, request_id = $2, \
                     specialization_id = $3, issued_on = $4 WHERE id = $5 AND NOT issued",
                )
                .bind(row.hero_id)
                .bind(id)
                .bind(row.specialization_id)
                .bind(today)
                .bind(code_id)
                .execute(&mut *conn)
                .await?
                .rows_affected()
            });
            if taken == 0 {
                // Only possible if another writer got it between our read and this update,
                // which the lock (or SQLite's single writer) rules out; look again.
                continue;
            }
            let entered = enter(
                &mut tx,
                &NewEntry {
                    hero_id: row.hero_id,
                    kind: EntryKind::Issue,
                    amount: -value,
                    year: None,
                    request_id: Some(id),
                    code_id: Some(code_id),
                    op_key: &format!("issue:{code_id}"),
                    actor_id: actor.user_id,
                },
            )
            .await?;
            if entered != Entered::Done {
                return tx.refuse(Refusal::NotEnoughBalance).await;
            }
            remaining -= value;
            codes.push(code_id);
        }
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "credits.decide",
            None,
            format!("request #{id}"),
            match approved {
                Some(a) => format!("{} {a}", state.as_str()),
                None => state.as_str().to_owned(),
            },
        ),
    )
    .await?;
    notifications::send(&mut tx, notices).await?;
    tx.commit().await?;
    Ok(Ok(Decided { state, codes }))
}

/// The largest code not issued worth at most `most`, valid today, soonest expiry first; on
/// PostgreSQL locked, skipping codes another approval holds. Greedy: a pool of 50, 30, 30
/// cannot make up 60 this way (the admin approves 50 or 30 instead, or imports codes).
async fn take_code(tx: &mut Tx, most: i64, today: NaiveDate) -> StoreResult<Option<(i64, i64)>> {
    Ok(match &mut tx.conn {
        crate::db::TxConn::Postgres(conn) => {
            sqlx::query_as(
                "SELECT id, value FROM credit_codes WHERE NOT issued AND value <= $1 \
                 AND expires_on >= $2 ORDER BY value DESC, expires_on, id LIMIT 1 \
                 FOR UPDATE SKIP LOCKED",
            )
            .bind(most)
            .bind(today)
            .fetch_optional(&mut **conn)
            .await?
        }
        crate::db::TxConn::Sqlite(conn) => {
            sqlx::query_as(
                "SELECT id, value FROM credit_codes WHERE NOT issued AND value <= $1 \
                 AND expires_on >= $2 ORDER BY value DESC, expires_on, id LIMIT 1",
            )
            .bind(most)
            .bind(today)
            .fetch_optional(&mut **conn)
            .await?
        }
    })
}

/// Shows a code to its holder: the code, once the reveal is logged (a row and an audit
/// entry). Another hero's code, or one that does not exist, is not found.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, code_id = code_id))]
pub async fn reveal(db: &Db, hero_id: i64, code_id: i64, actor: &Actor) -> StoreResult<String> {
    let mut tx = db.begin().await?;
    let code: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("SELECT code FROM credit_codes WHERE id = $1 AND hero_id = $2")
            .bind(code_id)
            .bind(hero_id)
            .fetch_optional(&mut *conn)
            .await?
    });
    let Some(code) = code else {
        return tx.fail(StoreError::NotFound).await;
    };
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO credit_code_reveals (code_id, user_id, at, address) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(code_id)
        .bind(actor.user_id)
        .bind(Utc::now())
        .bind(&actor.address)
        .execute(&mut *conn)
        .await?;
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "credits.reveal",
            actor.user_id,
            format!("code #{code_id}"),
            String::new(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(code)
}

/// Every code issued to a hero, in clear, for their own account export: one reveal is
/// logged per code (a row each and one audit entry), as if each had been revealed on the
/// account page, since the file shows them all. `(id, code)`, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn reveal_all(db: &Db, hero_id: i64, actor: &Actor) -> StoreResult<Vec<(i64, String)>> {
    let mut tx = db.begin().await?;
    let codes: Vec<(i64, String)> = with_tx!(&mut tx, |conn| {
        sqlx::query_as(
            "SELECT id, code FROM credit_codes WHERE hero_id = $1 \
             ORDER BY issued_on DESC, id DESC",
        )
        .bind(hero_id)
        .fetch_all(&mut *conn)
        .await?
    });
    if codes.is_empty() {
        tx.rollback().await?;
        return Ok(codes);
    }
    let now = Utc::now();
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO credit_code_reveals (code_id, user_id, at, address) \
             SELECT id, $1, $2, $3 FROM credit_codes WHERE hero_id = $4",
        )
        .bind(actor.user_id)
        .bind(now)
        .bind(&actor.address)
        .bind(hero_id)
        .execute(&mut *conn)
        .await?;
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "credits.reveal",
            actor.user_id,
            format!("{} codes", codes.len()),
            "account export".to_owned(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(codes)
}

/// A hero leaving the program (moved to alumni) keeps the codes issued and loses the rest:
/// open requests are withdrawn (their holds released) and what is available is revoked, in
/// the caller's transaction.
pub(crate) async fn forfeit(tx: &mut Tx, hero_id: i64, actor: &Actor) -> StoreResult<()> {
    let open: Vec<(i64, i64)> = with_tx!(tx, |conn| {
        sqlx::query_as(
            "UPDATE credit_requests SET state = 'withdrawn', decided_at = $1, decided_by = $2 \
             WHERE hero_id = $3 AND state = 'requested' RETURNING id, amount",
        )
        .bind(Utc::now())
        .bind(actor.user_id)
        .bind(hero_id)
        .fetch_all(&mut *conn)
        .await?
    });
    for (id, amount) in open {
        enter(
            tx,
            &NewEntry {
                hero_id,
                kind: EntryKind::Release,
                amount,
                year: None,
                request_id: Some(id),
                code_id: None,
                op_key: &format!("release:{id}"),
                actor_id: actor.user_id,
            },
        )
        .await?;
    }
    let available: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar("SELECT available FROM credit_balances WHERE hero_id = $1")
            .bind(hero_id)
            .fetch_optional(&mut *conn)
            .await?
    });
    if let Some(available) = available.filter(|a| *a > 0) {
        let now = Utc::now();
        let entered = enter(
            tx,
            &NewEntry {
                hero_id,
                kind: EntryKind::Revocation,
                amount: -available,
                year: None,
                request_id: None,
                code_id: None,
                op_key: &format!("revocation:{hero_id}:{}", now.timestamp_micros()),
                actor_id: actor.user_id,
            },
        )
        .await?;
        if entered == Entered::Overdrawn {
            // The balance row was read in this transaction, whose writes are serialized with
            // every other change of it; reaching here means the database changed under us.
            return Err(StoreError::Conflict { field: "balance" });
        }
    }
    Ok(())
}

/// Undoes [`forfeit`] when a move to alumni is taken back (the renewal decision made `since`
/// replaced in the same cycle), in the caller's transaction: what the forfeit revoked is given back by a
/// `release` entry without a request (the hero's history calls it a restoration), keyed by
/// the revocation so that undoing twice, or two admins at once, restores it once. The
/// requests the forfeit withdrew stay withdrawn: their holds were released before the
/// revocation, so the restored amount includes them and the hero may ask again. Codes were
/// never taken, so there is nothing to give back there.
pub(crate) async fn restore_forfeit(
    tx: &mut Tx,
    hero_id: i64,
    since: DateTime<Utc>,
    actor: &Actor,
) -> StoreResult<()> {
    let last: Option<(i64, i64, DateTime<Utc>)> = with_tx!(tx, |conn| {
        sqlx::query_as(
            "SELECT id, amount, at FROM credit_ledger WHERE hero_id = $1 \
             AND kind = 'revocation' ORDER BY id DESC LIMIT 1",
        )
        .bind(hero_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    // Only the revocation of the decision taken back (`since` it was made), not one of an
    // earlier departure.
    if let Some((id, amount, _)) = last.filter(|(_, _, at)| *at >= since) {
        enter(
            tx,
            &NewEntry {
                hero_id,
                kind: EntryKind::Release,
                amount: -amount,
                year: None,
                request_id: None,
                code_id: None,
                op_key: &format!("restoration:{id}"),
                actor_id: actor.user_id,
            },
        )
        .await?;
    }
    Ok(())
}

/// What the daily expiry did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Expired {
    /// Issued codes recorded as expired.
    pub codes: u64,
    /// Heroes whose unused allotment of a past year expired.
    pub allotments: u64,
}

/// Records what has expired by `today`: issued codes past their date (an entry at zero:
/// what was issued was spent) and the unused allotment of years before this one (what is
/// available beyond later years' allotments). Safe to repeat: each is keyed once.
pub async fn expire(db: &Db, today: NaiveDate) -> StoreResult<Expired> {
    use chrono::Datelike;
    let mut tx = db.begin().await?;
    let now = Utc::now();
    let (codes, allotments) = with_tx!(&mut tx, |conn| {
        let codes = sqlx::query(
            "INSERT INTO credit_ledger (hero_id, kind, amount, code_id, op_key, at) \
             SELECT c.hero_id, 'expiry', 0, c.id, 'expiry:code:' || c.id, $1 \
             FROM credit_codes c WHERE c.issued AND c.hero_id IS NOT NULL \
               AND c.expires_on < $2 \
             ON CONFLICT (op_key) DO NOTHING",
        )
        .bind(now)
        .bind(today)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        let allotments = sqlx::query(
            "INSERT INTO credit_ledger (hero_id, kind, amount, year, op_key, at) \
             SELECT t.hero_id, 'expiry', \
               CASE WHEN t.available - t.later > 0 THEN t.later - t.available ELSE 0 END, \
               t.year, 'expiry:year:' || t.year || ':' || t.hero_id, $1 FROM ( \
                 SELECT a.hero_id, a.year, b.available, \
                   CAST(COALESCE((SELECT sum(x.amount) FROM credit_ledger x \
                     WHERE x.hero_id = a.hero_id AND x.kind = 'allotment' \
                       AND x.year > a.year), 0) AS BIGINT) AS later \
                 FROM credit_ledger a JOIN credit_balances b ON b.hero_id = a.hero_id \
                 WHERE a.kind = 'allotment' AND a.year < $2) t \
             WHERE true \
             ON CONFLICT (op_key) DO NOTHING",
        )
        .bind(now)
        .bind(i64::from(today.year()))
        .execute(&mut *conn)
        .await?
        .rows_affected();
        (codes, allotments)
    });
    tx.commit().await?;
    Ok(Expired { codes, allotments })
}

/// What importing a pool did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Imported {
    /// Codes added to the pool.
    pub added: u64,
    /// Codes already in the pool (left as they were: importing a file twice adds nothing).
    pub already: u64,
}

/// Rows per statement of an import.
const IMPORT_CHUNK: usize = 500;

/// One statement adding `codes` to the pool, imported at `now`; a code already there is left
/// as it was (`ON CONFLICT DO NOTHING`). `codes` is not empty.
pub(crate) fn insert_codes<'a>(
    codes: impl IntoIterator<Item = &'a PoolCode>,
    now: DateTime<Utc>,
) -> Sql {
    let mut sql =
        Sql::new("INSERT INTO credit_codes (code, value, expires_on, imported_at) VALUES ");
    for (i, c) in codes.into_iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.push("(")
            .bind(Arg::Text(c.code.clone()))
            .push(", ")
            .bind(Arg::Int(c.value.get()))
            .push(", ")
            .bind(Arg::Date(c.expires_on))
            .push(", ")
            .bind(Arg::Time(now))
            .push(")");
    }
    sql.push(" ON CONFLICT (code) DO NOTHING");
    sql
}

/// Adds codes to the pool in one transaction (all or nothing), calling `progress` with the
/// number of rows done after each chunk.
pub async fn import(
    db: &Db,
    codes: &[PoolCode],
    actor: &Actor,
    mut progress: impl FnMut(usize),
) -> StoreResult<Imported> {
    let mut tx = db.begin().await?;
    let now = Utc::now();
    let mut added = 0;
    for (n, chunk) in codes.chunks(IMPORT_CHUNK).enumerate() {
        let sql = insert_codes(chunk, now);
        added += sql.execute_in(&mut tx).await?;
        progress((n * IMPORT_CHUNK + chunk.len()).min(codes.len()));
    }
    let imported = Imported {
        added,
        already: codes.len() as u64 - added,
    };
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "credits.import",
            None,
            String::new(),
            format!(
                "{} added, {} already in the pool",
                imported.added, imported.already
            ),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(imported)
}

/// A hero's available balance (0 before their first entry).
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn balance(db: &Db, hero_id: i64) -> StoreResult<i64> {
    let b: Option<i64> = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT available FROM credit_balances WHERE hero_id = $1"
    )
    .bind(hero_id)
    .fetch_optional(pool)
    .await)?;
    Ok(b.unwrap_or(0))
}

/// One ledger entry as a hero's history shows it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Entry {
    pub id: i64,
    #[sqlx(try_from = "String")]
    #[serde(serialize_with = "kind_name")]
    pub kind: EntryKind,
    pub amount: i64,
    pub year: Option<i64>,
    pub request_id: Option<i64>,
    pub code_id: Option<i64>,
    pub at: DateTime<Utc>,
}

fn kind_name<S: serde::Serializer>(kind: &EntryKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.as_str())
}

/// A hero's ledger, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn history(db: &Db, hero_id: i64) -> StoreResult<Vec<Entry>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Entry>(
        "SELECT id, kind, amount, year, request_id, code_id, at FROM credit_ledger \
         WHERE hero_id = $1 ORDER BY id DESC"
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// A request as its hero and the staff queue see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CreditRequest {
    pub id: i64,
    pub hero_id: i64,
    pub hero_slug: String,
    pub hero_name: String,
    #[sqlx(try_from = "String")]
    pub purpose: Purpose,
    pub amount: i64,
    pub note: String,
    #[sqlx(try_from = "String")]
    pub state: State,
    pub approved_amount: Option<i64>,
    pub reason: String,
    pub requested_at: DateTime<Utc>,
    /// The hero's balance now (for staff deciding).
    pub available: i64,
}

const REQUEST_COLUMNS: &str = "r.id, r.hero_id, h.slug AS hero_slug, h.display_name AS hero_name, \
     r.purpose, r.amount, r.note, r.state, r.approved_amount, r.reason, r.requested_at, \
     COALESCE(b.available, 0) AS available FROM credit_requests r \
     JOIN heroes h ON h.id = r.hero_id LEFT JOIN credit_balances b ON b.hero_id = r.hero_id";

/// A hero's requests, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn requests_of(db: &Db, hero_id: i64) -> StoreResult<Vec<CreditRequest>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, CreditRequest>(
        sqlx::AssertSqlSafe(format!(
            "SELECT {REQUEST_COLUMNS} WHERE r.hero_id = $1 ORDER BY r.id DESC"
        ))
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// The staff queue: open requests, oldest first, then the `recent` latest decided ones.
pub async fn queue(db: &Db, recent: i64) -> StoreResult<(Vec<CreditRequest>, Vec<CreditRequest>)> {
    let open = with_pool!(db, |pool| sqlx::query_as::<_, CreditRequest>(
        sqlx::AssertSqlSafe(format!(
            "SELECT {REQUEST_COLUMNS} WHERE r.state = 'requested' ORDER BY r.id LIMIT 500"
        ))
    )
    .fetch_all(pool)
    .await)?;
    let decided = with_pool!(db, |pool| sqlx::query_as::<_, CreditRequest>(
        sqlx::AssertSqlSafe(format!(
            "SELECT {REQUEST_COLUMNS} WHERE r.state <> 'requested' ORDER BY r.decided_at DESC, \
             r.id DESC LIMIT $1"
        ))
    )
    .bind(recent)
    .fetch_all(pool)
    .await)?;
    Ok((open, decided))
}

/// How many requests wait for a decision (the admin home's panel).
pub async fn waiting(db: &Db) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT count(*) FROM credit_requests WHERE state = 'requested'"
    )
    .fetch_one(pool)
    .await)?)
}

/// The account that speaks for a request's hero, to tell them.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn account_of_request(
    db: &Db,
    id: i64,
) -> StoreResult<Option<crate::notifications::Addressee>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
        "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM credit_requests r JOIN users u ON u.hero_id = r.hero_id \
         WHERE r.id = $1"
    )
    .bind(id)
    .fetch_optional(pool)
    .await
    })?)
}

/// A code as its holder's list shows it: never the code itself (see [`reveal`]).
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct HeldCode {
    pub id: i64,
    pub value: i64,
    pub expires_on: NaiveDate,
    pub issued_on: Option<NaiveDate>,
    pub request_id: Option<i64>,
    /// How many times the holder has revealed it.
    pub reveals: i64,
}

/// The codes issued to a hero, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn codes_of(db: &Db, hero_id: i64) -> StoreResult<Vec<HeldCode>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, HeldCode>(
        "SELECT c.id, c.value, c.expires_on, c.issued_on, c.request_id, \
           (SELECT count(*) FROM credit_code_reveals v WHERE v.code_id = c.id) AS reveals \
         FROM credit_codes c WHERE c.hero_id = $1 ORDER BY c.issued_on DESC, c.id DESC"
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// Spend of one specialization on one day (the report sums days into quarters).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Spend {
    /// The specialization's name, or `None` for heroes without one.
    pub specialization: Option<String>,
    pub issued_on: NaiveDate,
    pub amount: i64,
    pub codes: i64,
}

/// What was issued, per specialization and day.
pub async fn spend(db: &Db) -> StoreResult<Vec<Spend>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Spend>(
        "SELECT s.name AS specialization, c.issued_on, CAST(sum(c.value) AS BIGINT) AS amount, \
           count(*) AS codes \
         FROM credit_codes c LEFT JOIN specializations s ON s.id = c.specialization_id \
         WHERE c.issued AND c.issued_on IS NOT NULL \
         GROUP BY s.name, c.issued_on ORDER BY c.issued_on, s.name"
    )
    .fetch_all(pool)
    .await)?)
}

/// Codes of one value expiring on one day.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Expiring {
    pub expires_on: NaiveDate,
    pub issued: bool,
    pub value: i64,
    pub codes: i64,
}

/// Codes (issued or in the pool) expiring from `from` to `until`, soonest first.
pub async fn expiring(db: &Db, from: NaiveDate, until: NaiveDate) -> StoreResult<Vec<Expiring>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Expiring>(
        "SELECT expires_on, issued, value, count(*) AS codes FROM credit_codes \
         WHERE expires_on >= $1 AND expires_on <= $2 \
         GROUP BY expires_on, issued, value ORDER BY expires_on, issued, value"
    )
    .bind(from)
    .bind(until)
    .fetch_all(pool)
    .await)?)
}

/// Codes of one value left in the pool.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PoolLeft {
    pub value: i64,
    pub codes: i64,
}

/// What the pool still holds that can be issued on `today`, by value.
pub async fn pool_left(db: &Db, today: NaiveDate) -> StoreResult<Vec<PoolLeft>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, PoolLeft>(
        "SELECT value, count(*) AS codes FROM credit_codes WHERE NOT issued \
         AND expires_on >= $1 GROUP BY value ORDER BY value DESC"
    )
    .bind(today)
    .fetch_all(pool)
    .await)?)
}

/// Totals that must agree, for tests and the benchmark: `(sum of every balance, sum of every
/// ledger entry, negative balances, codes named by more than one issue entry)`.
pub async fn consistency(db: &Db) -> StoreResult<(i64, i64, i64, i64)> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT \
           CAST(COALESCE((SELECT sum(available) FROM credit_balances), 0) AS BIGINT), \
           CAST(COALESCE((SELECT sum(amount) FROM credit_ledger), 0) AS BIGINT), \
           (SELECT count(*) FROM credit_balances WHERE available < 0), \
           (SELECT count(*) FROM (SELECT code_id FROM credit_ledger WHERE kind = 'issue' \
              GROUP BY code_id HAVING count(*) > 1) d)"
    )
    .fetch_one(pool)
    .await)?)
}
