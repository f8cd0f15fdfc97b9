//! Cycles: the windows in which nominations are taken and heroes are renewed.

use crate::accounts::Actor;
use crate::audit::AuditEntry;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::sql::Sql;
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::selection::cycle::{CycleKind, NewCycle, Window};
use heroes_domain::selection::rubric::Rubric;

/// A cycle with its specializations.
#[derive(Debug, Clone)]
pub struct Cycle {
    pub id: i64,
    pub kind: CycleKind,
    pub name: String,
    pub window: Window,
    /// The rubric (selection cycles).
    pub rubric: Option<Rubric>,
    pub nomination_limit: u32,
    pub blind: bool,
    /// Specializations taking nominations, in display order.
    pub specializations: Vec<CycleSpecialization>,
    pub created_at: DateTime<Utc>,
}

/// Why a cycle was not saved: it would take nominations (or renewals) for a specialization
/// that another cycle of its kind takes on some of the same days. Overlapping cycles are
/// allowed for different specializations ("Serverless 2027" beside "Data 2027"); for one
/// specialization they would split its candidates between two queues and two rubrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    /// The other cycle.
    pub cycle: String,
    /// A specialization both take.
    pub specialization: String,
    /// The other cycle's days.
    pub window: Window,
}

/// A specialization of a cycle.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CycleSpecialization {
    pub cycle_id: i64,
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// False once retired: a retired specialization takes no nominations even in its cycle.
    pub active: bool,
}

#[derive(sqlx::FromRow)]
struct CycleRow {
    id: i64,
    kind: String,
    name: String,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    rubric: String,
    nomination_limit: i64,
    blind: bool,
    created_at: DateTime<Utc>,
}

const COLUMNS: &str =
    "id, kind, name, opens_on, closes_on, rubric, nomination_limit, blind, created_at";

impl CycleRow {
    fn into_cycle(self, specializations: Vec<CycleSpecialization>) -> Cycle {
        let kind = CycleKind::parse("kind", &self.kind).unwrap_or(CycleKind::Selection);
        Cycle {
            id: self.id,
            kind,
            name: self.name,
            window: Window {
                opens_on: self.opens_on,
                closes_on: self.closes_on,
            },
            // Written by `create`/`update` from a parsed rubric, so it parses back.
            rubric: Rubric::parse("rubric", &self.rubric).ok(),
            nomination_limit: u32::try_from(self.nomination_limit).unwrap_or(1),
            blind: self.blind,
            specializations,
            created_at: self.created_at,
        }
    }
}

impl Cycle {
    /// Whether it is open on `today`.
    pub fn is_open(&self, today: NaiveDate) -> bool {
        self.window.contains(today)
    }
}

async fn resolve_specializations(db: &Db, cycle: &NewCycle) -> StoreResult<Vec<i64>> {
    let ids = crate::specializations::ids(db).await?;
    cycle
        .specializations
        .iter()
        .map(|slug| {
            ids.get(slug.as_str())
                .copied()
                .ok_or_else(|| StoreError::UnknownReference {
                    field: "specializations",
                    value: slug.as_str().to_owned(),
                })
        })
        .collect()
}

/// Opens a cycle; returns its id, or the cycle it would overlap.
pub async fn create(db: &Db, cycle: &NewCycle, actor: &Actor) -> StoreResult<Result<i64, Overlap>> {
    let specializations = resolve_specializations(db, cycle).await?;
    let mut tx = db.begin().await?;
    tx.serialize("cycles").await?;
    let id: i64 = with_tx!(&mut tx, |conn| {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO cycles (kind, name, opens_on, closes_on, rubric, nomination_limit, \
             blind, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(cycle.kind.as_str())
        .bind(cycle.name.as_str())
        .bind(cycle.window.opens_on)
        .bind(cycle.window.closes_on)
        .bind(
            cycle
                .rubric
                .as_ref()
                .map(Rubric::to_text)
                .unwrap_or_default(),
        )
        .bind(i64::from(cycle.nomination_limit))
        .bind(cycle.blind)
        .bind(Utc::now())
        .fetch_one(&mut *conn)
        .await?;
        id
    });
    let audit = actor.entry(
        "cycle.open",
        None,
        cycle.name.as_str().to_owned(),
        cycle.kind.as_str().to_owned(),
    );
    let written = finish(tx, id, cycle, &specializations, &audit).await?;
    Ok(written.map(|()| id))
}

/// Changes a cycle's name, dates, specializations, limit and blind mode. The rubric changes
/// only while nobody has scored against it (`Conflict { field: "rubric" }` otherwise), so
/// that scores always mean what their rubric said; the specializations and dates only while
/// they overlap no other cycle of the kind ([`Overlap`]).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn update(
    db: &Db,
    id: i64,
    cycle: &NewCycle,
    actor: &Actor,
) -> StoreResult<Result<(), Overlap>> {
    let current = get(db, id).await?.ok_or(StoreError::NotFound)?;
    let specializations = resolve_specializations(db, cycle).await?;
    let rubric_text = cycle
        .rubric
        .as_ref()
        .map(Rubric::to_text)
        .unwrap_or_default();
    let mut tx = db.begin().await?;
    tx.serialize("cycles").await?;
    with_tx!(&mut tx, |conn| {
        if current
            .rubric
            .as_ref()
            .map(Rubric::to_text)
            .unwrap_or_default()
            != rubric_text
        {
            let scored: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM reviews r JOIN candidacies c ON c.id = r.candidacy_id \
                 WHERE c.cycle_id = $1",
            )
            .bind(id)
            .fetch_one(&mut *conn)
            .await?;
            if scored > 0 {
                return Err(StoreError::Conflict { field: "rubric" });
            }
        }
        sqlx::query(
            "UPDATE cycles SET name = $1, opens_on = $2, closes_on = $3, rubric = $4, \
             nomination_limit = $5, blind = $6 WHERE id = $7",
        )
        .bind(cycle.name.as_str())
        .bind(cycle.window.opens_on)
        .bind(cycle.window.closes_on)
        .bind(&rubric_text)
        .bind(i64::from(cycle.nomination_limit))
        .bind(cycle.blind)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    });
    let audit = actor.entry(
        "cycle.update",
        None,
        cycle.name.as_str().to_owned(),
        String::new(),
    );
    finish(tx, id, cycle, &specializations, &audit).await
}

/// Ends writing cycle `id` (opened or changed): tags it with `specializations`, refuses an
/// [`Overlap`] (rolling back), and otherwise records `audit` and commits.
async fn finish(
    mut tx: Tx,
    id: i64,
    cycle: &NewCycle,
    specializations: &[i64],
    audit: &AuditEntry<'_>,
) -> StoreResult<Result<(), Overlap>> {
    crate::specializations::retag(
        &mut tx,
        "cycle_specializations",
        "cycle_id",
        id,
        specializations,
    )
    .await?;
    if let Some(overlap) = overlap(&mut tx, id, cycle).await? {
        return tx.refuse(overlap).await;
    }
    crate::audit::record(&mut tx, audit).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Another cycle of `cycle`'s kind whose days meet `cycle`'s and that takes one of the
/// specializations cycle `id` now takes. Run after the specializations are written, inside
/// the transaction that wrote them and behind `Tx::serialize("cycles")`.
async fn overlap(tx: &mut Tx, id: i64, cycle: &NewCycle) -> StoreResult<Option<Overlap>> {
    let row: Option<(String, String, NaiveDate, NaiveDate)> = with_tx!(tx, |conn| {
        sqlx::query_as(
            "SELECT c.name, s.name, c.opens_on, c.closes_on FROM cycles c \
             JOIN cycle_specializations cs ON cs.cycle_id = c.id \
             JOIN specializations s ON s.id = cs.specialization_id \
             WHERE c.kind = $1 AND c.id <> $2 AND c.opens_on <= $4 AND c.closes_on >= $3 \
             AND cs.specialization_id IN \
                 (SELECT specialization_id FROM cycle_specializations WHERE cycle_id = $2) \
             ORDER BY c.opens_on, s.position LIMIT 1",
        )
        .bind(cycle.kind.as_str())
        .bind(id)
        .bind(cycle.window.opens_on)
        .bind(cycle.window.closes_on)
        .fetch_optional(&mut *conn)
        .await?
    });
    Ok(
        row.map(|(name, specialization, opens_on, closes_on)| Overlap {
            cycle: name,
            specialization,
            window: Window {
                opens_on,
                closes_on,
            },
        }),
    )
}

/// The cycles `select` (`SELECT {COLUMNS} FROM cycles …`) answers, with their
/// specializations.
async fn load(db: &Db, select: Sql) -> StoreResult<Vec<Cycle>> {
    let rows: Vec<CycleRow> = select.fetch_all(db).await?;
    let specs: Vec<CycleSpecialization> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT cs.cycle_id, s.id, s.slug, s.name, s.active FROM cycle_specializations cs \
         JOIN specializations s ON s.id = cs.specialization_id ORDER BY s.position, s.name"
    )
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let mine = specs
                .iter()
                .filter(|s| s.cycle_id == row.id)
                .cloned()
                .collect();
            row.into_cycle(mine)
        })
        .collect())
}

/// Every cycle, newest opening first.
pub async fn list(db: &Db) -> StoreResult<Vec<Cycle>> {
    let sql = format!("SELECT {COLUMNS} FROM cycles ORDER BY opens_on DESC, id DESC");
    load(db, Sql::new(&sql)).await
}

/// One cycle.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Option<Cycle>> {
    let sql = format!("SELECT {COLUMNS} FROM cycles WHERE id = $1");
    Ok(load(db, Sql::with_args(sql, [id.into()])).await?.pop())
}

/// Every cycle of `kind` open on `today`, in the order they opened. Their specializations
/// never overlap ([`Overlap`]), so each specialization is in at most one of them.
pub async fn open(db: &Db, kind: CycleKind, today: NaiveDate) -> StoreResult<Vec<Cycle>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM cycles WHERE kind = $1 AND opens_on <= $2 AND closes_on >= $2 \
         ORDER BY opens_on, id"
    );
    load(
        db,
        Sql::with_args(sql, [kind.as_str().into(), today.into()]),
    )
    .await
}

/// The cycle of `kind` open on `today` that takes the specialization `slug`.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn open_for(
    db: &Db,
    kind: CycleKind,
    slug: &str,
    today: NaiveDate,
) -> StoreResult<Option<Cycle>> {
    Ok(open(db, kind, today)
        .await?
        .into_iter()
        .find(|c| c.specializations.iter().any(|s| s.slug == slug)))
}

/// The cycle of `kind` open on `today` (the one opened last, if several overlap).
pub async fn current(db: &Db, kind: CycleKind, today: NaiveDate) -> StoreResult<Option<Cycle>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM cycles WHERE kind = $1 AND opens_on <= $2 AND closes_on >= $2 \
         ORDER BY opens_on DESC, id DESC LIMIT 1"
    );
    Ok(load(
        db,
        Sql::with_args(sql, [kind.as_str().into(), today.into()]),
    )
    .await?
    .pop())
}

/// The next cycle of `kind` to open after `today`.
pub async fn next(db: &Db, kind: CycleKind, today: NaiveDate) -> StoreResult<Option<Cycle>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM cycles WHERE kind = $1 AND opens_on > $2 \
         ORDER BY opens_on, id LIMIT 1"
    );
    Ok(load(
        db,
        Sql::with_args(sql, [kind.as_str().into(), today.into()]),
    )
    .await?
    .pop())
}
