//! Briefings under NDA: NDA versions and who accepted them, briefings and their audience,
//! RSVPs with capacity and a waitlist, attendance, the access log, and personal calendar
//! feeds.
//!
//! The store never decides who may see a briefing: it hands the facts to
//! `domain::briefings::access` ([`reader`] for the person, [`Briefing::gate`] for the
//! briefing). Seats are decided under a lock on the briefing row, so capacity holds under
//! concurrent RSVPs on both backends, and a freed seat passes to the first waiting hero in
//! the transaction that frees it.

use crate::accounts::Actor;
use crate::db::{Db, Tx, TxConn};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::account::Roles;
use heroes_domain::briefings::{
    Audience, AudienceKind, Gate, NdaRank, NewBriefing, NewNdaVersion, Reader, ReaderHero,
    RsvpState, Viewed,
};
use heroes_domain::hero::HeroStatus;

/// A published NDA version with the number of people who accepted it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NdaVersion {
    pub id: i64,
    pub label: String,
    /// Markdown.
    pub body: String,
    pub effective_on: NaiveDate,
    pub published_at: DateTime<Utc>,
    pub acceptances: i64,
}

impl NdaVersion {
    /// Its place among the versions.
    pub fn rank(&self) -> NdaRank {
        NdaRank {
            effective_on: self.effective_on,
            id: self.id,
        }
    }
}

const NDA_SELECT: &str = "SELECT v.id, v.label, v.body, v.effective_on, v.published_at, \
     (SELECT count(*) FROM nda_acceptances a WHERE a.nda_version_id = v.id) AS acceptances \
     FROM nda_versions v";

/// Every version, newest first.
pub async fn nda_versions(db: &Db) -> StoreResult<Vec<NdaVersion>> {
    let sql = format!("{NDA_SELECT} ORDER BY v.effective_on DESC, v.id DESC");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, NdaVersion>(
        sqlx::AssertSqlSafe(sql)
    )
    .fetch_all(pool)
    .await)?)
}

/// One version.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn nda_version(db: &Db, id: i64) -> StoreResult<Option<NdaVersion>> {
    let sql = format!("{NDA_SELECT} WHERE v.id = $1");
    Sql::with_args(sql, [id.into()]).fetch_optional(db).await
}

/// The version heroes are asked to accept on `today`: the newest one in effect.
pub async fn current_nda(db: &Db, today: NaiveDate) -> StoreResult<Option<NdaVersion>> {
    let sql = format!(
        "{NDA_SELECT} WHERE v.effective_on <= $1 ORDER BY v.effective_on DESC, v.id DESC LIMIT 1"
    );
    Sql::with_args(sql, [today.into()]).fetch_optional(db).await
}

/// Publishes a version. `Conflict { field: "label" }` when the label is taken.
pub async fn publish_nda(db: &Db, new: &NewNdaVersion, actor: &Actor) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let id: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO nda_versions (label, body, effective_on, published_at, published_by) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (label) DO NOTHING RETURNING id",
        )
        .bind(new.label.as_str())
        .bind(new.body.as_str())
        .bind(new.effective_on)
        .bind(Utc::now())
        .bind(actor.user_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(id) = id else {
        return tx.fail(StoreError::Conflict { field: "label" }).await;
    };
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "nda.publish",
            None,
            format!("NDA {}", new.label.as_str()),
            format!("effective {}", new.effective_on),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Records that `user_id` accepted version `version_id` from `address`, inside the caller's
/// transaction (onboarding uses it too). Accepting twice keeps the first record.
pub(crate) async fn record_acceptance(
    tx: &mut Tx,
    user_id: i64,
    version_id: i64,
    address: &str,
) -> StoreResult<bool> {
    let inserted = with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO nda_acceptances (user_id, nda_version_id, accepted_at, address) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, nda_version_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(version_id)
        .bind(Utc::now())
        .bind(address)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    Ok(inserted == 1)
}

/// A person accepts an NDA version (the acceptance and its audit entry, one transaction).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn accept_nda(
    db: &Db,
    user_id: i64,
    version: &NdaVersion,
    actor: &Actor,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    if record_acceptance(&mut tx, user_id, version.id, &actor.address).await? {
        crate::audit::record(
            &mut tx,
            &actor.entry(
                "nda.accept",
                Some(user_id),
                format!("NDA {}", version.label),
                String::new(),
            ),
        )
        .await?;
    }
    tx.commit().await
}

/// One acceptance, as admins see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Acceptance {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub label: String,
    pub accepted_at: DateTime<Utc>,
    /// The client address it came from ('' for records older than this table).
    pub address: String,
}

const ACCEPTANCE_SELECT: &str = "SELECT a.user_id, u.email, u.name, v.label, a.accepted_at, \
     a.address FROM nda_acceptances a JOIN users u ON u.id = a.user_id \
     JOIN nda_versions v ON v.id = a.nda_version_id";

/// Who accepted version `version_id`, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(version_id = version_id))]
pub async fn acceptances(db: &Db, version_id: i64) -> StoreResult<Vec<Acceptance>> {
    let sql =
        format!("{ACCEPTANCE_SELECT} WHERE a.nda_version_id = $1 ORDER BY a.accepted_at DESC");
    Sql::with_args(sql, [version_id.into()]).fetch_all(db).await
}

/// Every version a person accepted, oldest first (their export).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn acceptances_of(db: &Db, user_id: i64) -> StoreResult<Vec<Acceptance>> {
    let sql = format!("{ACCEPTANCE_SELECT} WHERE a.user_id = $1 ORDER BY a.accepted_at");
    Sql::with_args(sql, [user_id.into()]).fetch_all(db).await
}

/// The rows behind a [`Reader`]: (hero id, status), award specializations, and the newest
/// NDA version accepted (effective date, id).
type ReaderRows = (Option<(i64, String)>, Vec<i64>, Option<(NaiveDate, i64)>);

/// What the gate needs to know about account `user_id` holding `roles`: its hero record
/// (status, specializations) and the newest NDA version it accepted.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn reader(db: &Db, user_id: i64, roles: Roles) -> StoreResult<Reader> {
    let (hero, specializations, accepted): ReaderRows = with_pool!(db, |pool| {
        let hero: Option<(i64, String)> = sqlx::query_as(
            "SELECT h.id, h.status FROM users u JOIN heroes h ON h.id = u.hero_id WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_optional(pool)
        .await?;
        let specializations: Vec<i64> = sqlx::query_scalar(
            "SELECT a.specialization_id FROM hero_awards a JOIN users u ON u.hero_id = a.hero_id \
             WHERE u.id = $1",
        )
        .bind(user_id)
        .fetch_all(pool)
        .await?;
        let accepted: Option<(NaiveDate, i64)> = sqlx::query_as(
            "SELECT v.effective_on, v.id FROM nda_acceptances a \
             JOIN nda_versions v ON v.id = a.nda_version_id WHERE a.user_id = $1 \
             ORDER BY v.effective_on DESC, v.id DESC LIMIT 1",
        )
        .bind(user_id)
        .fetch_optional(pool)
        .await?;
        Ok::<_, sqlx::Error>((hero, specializations, accepted))
    })?;
    let hero = hero.and_then(|(id, status)| {
        HeroStatus::ALL
            .into_iter()
            .find(|s| s.slug() == status)
            .map(|status| ReaderHero {
                id,
                status,
                specializations,
            })
    });
    Ok(Reader {
        user_id: Some(user_id),
        roles,
        hero,
        accepted_nda: accepted.map(|(effective_on, id)| NdaRank { effective_on, id }),
    })
}

/// A briefing as stored, with what its gate needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Briefing {
    pub id: i64,
    pub title: String,
    pub summary: String,
    #[sqlx(try_from = "String")]
    pub audience: AudienceKind,
    pub nda_version_id: i64,
    pub nda_label: String,
    pub nda_effective_on: NaiveDate,
    pub embargo_until: Option<NaiveDate>,
    pub starts_at: DateTime<Utc>,
    pub time_zone: String,
    pub minutes: i64,
    pub join_url: Option<String>,
    pub venue: String,
    pub capacity: i64,
    pub agenda: String,
    pub materials: String,
    pub recording_url: Option<String>,
    pub sequence: i64,
    pub created_by: Option<i64>,
    pub updated_at: DateTime<Utc>,
    /// Seats taken.
    pub going: i64,
    /// Heroes waiting for a seat.
    pub waiting: i64,
    /// The product area it is about, if any.
    pub area_id: Option<i64>,
    /// That area's slug.
    pub area_slug: Option<String>,
    /// That area's name.
    pub area_name: Option<String>,
    /// Specialization ids of the audience.
    #[sqlx(skip)]
    pub specializations: Vec<i64>,
    /// Specialization slugs of the audience, in display order.
    #[sqlx(skip)]
    pub specialization_slugs: Vec<String>,
    /// Hero ids of a named audience.
    #[sqlx(skip)]
    pub heroes: Vec<i64>,
    /// Hero slugs of a named audience.
    #[sqlx(skip)]
    pub hero_slugs: Vec<String>,
}

impl Briefing {
    /// What `domain::briefings::access` needs to know.
    pub fn gate(&self) -> Gate {
        Gate {
            audience: self.audience,
            specializations: self.specializations.clone(),
            heroes: self.heroes.clone(),
            nda: NdaRank {
                effective_on: self.nda_effective_on,
                id: self.nda_version_id,
            },
            created_by: self.created_by,
        }
    }

    /// When it ends.
    pub fn ends_at(&self) -> DateTime<Utc> {
        self.starts_at + chrono::Duration::minutes(self.minutes)
    }

    /// Whether a seat is free.
    pub fn has_room(&self) -> bool {
        self.going < self.capacity
    }
}

const BRIEFING_SELECT: &str = "SELECT b.id, b.title, b.summary, b.audience, b.nda_version_id, \
     v.label AS nda_label, v.effective_on AS nda_effective_on, b.embargo_until, b.starts_at, \
     b.time_zone, b.minutes, b.join_url, b.venue, b.capacity, b.agenda, b.materials, \
     b.recording_url, b.sequence, b.created_by, b.updated_at, \
     (SELECT count(*) FROM briefing_rsvps r WHERE r.briefing_id = b.id AND r.state = 'going') AS going, \
     (SELECT count(*) FROM briefing_rsvps r WHERE r.briefing_id = b.id AND r.state = 'waiting') AS waiting, \
     b.area_id, a.slug AS area_slug, a.name AS area_name \
     FROM briefings b JOIN nda_versions v ON v.id = b.nda_version_id \
     LEFT JOIN product_areas a ON a.id = b.area_id";

/// One member of an audience: (briefing id, specialization or hero id, its slug).
type AudienceRow = (i64, i64, String);

/// Fills in the audiences of `list`.
async fn with_audiences(db: &Db, mut list: Vec<Briefing>) -> StoreResult<Vec<Briefing>> {
    let (specializations, heroes): (Vec<AudienceRow>, Vec<AudienceRow>) = with_pool!(db, |pool| {
        let s = sqlx::query_as(
            "SELECT bs.briefing_id, s.id, s.slug FROM briefing_specializations bs \
                 JOIN specializations s ON s.id = bs.specialization_id ORDER BY s.position, s.name",
        )
        .fetch_all(pool)
        .await?;
        let h = sqlx::query_as(
            "SELECT bh.briefing_id, h.id, h.slug FROM briefing_heroes bh \
                 JOIN heroes h ON h.id = bh.hero_id ORDER BY h.slug",
        )
        .fetch_all(pool)
        .await?;
        Ok::<_, sqlx::Error>((s, h))
    })?;
    for b in &mut list {
        for (briefing, id, slug) in &specializations {
            if *briefing == b.id {
                b.specializations.push(*id);
                b.specialization_slugs.push(slug.clone());
            }
        }
        for (briefing, id, slug) in &heroes {
            if *briefing == b.id {
                b.heroes.push(*id);
                b.hero_slugs.push(slug.clone());
            }
        }
    }
    Ok(list)
}

/// Every briefing, soonest first. Callers filter with `domain::briefings::access`; a
/// program runs dozens of briefings a year, not thousands.
pub async fn all(db: &Db) -> StoreResult<Vec<Briefing>> {
    let sql = format!("{BRIEFING_SELECT} ORDER BY b.starts_at, b.id");
    let list = with_pool!(db, |pool| sqlx::query_as::<_, Briefing>(
        sqlx::AssertSqlSafe(sql)
    )
    .fetch_all(pool)
    .await)?;
    with_audiences(db, list).await
}

/// One briefing.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Option<Briefing>> {
    let sql = format!("{BRIEFING_SELECT} WHERE b.id = $1");
    let found = with_pool!(db, |pool| sqlx::query_as::<_, Briefing>(
        sqlx::AssertSqlSafe(sql)
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?;
    let Some(found) = found else {
        return Ok(None);
    };
    Ok(with_audiences(db, vec![found]).await?.pop())
}

/// Writes the audience rows of briefing `id`; an unknown slug is an `UnknownReference` and
/// the caller's transaction is rolled back with it.
async fn set_audience(tx: &mut Tx, id: i64, audience: &Audience) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM briefing_specializations WHERE briefing_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM briefing_heroes WHERE briefing_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
        match audience {
            Audience::AllHeroes => {}
            Audience::Specializations(slugs) => {
                for slug in slugs {
                    let inserted = sqlx::query(
                        "INSERT INTO briefing_specializations (briefing_id, specialization_id) \
                         SELECT $1, id FROM specializations WHERE slug = $2 \
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(slug.as_str())
                    .execute(&mut *conn)
                    .await?
                    .rows_affected();
                    if inserted == 0 {
                        return Err(StoreError::UnknownReference {
                            field: "specializations",
                            value: slug.as_str().to_owned(),
                        });
                    }
                }
            }
            Audience::Named(slugs) => {
                for slug in slugs {
                    let inserted = sqlx::query(
                        "INSERT INTO briefing_heroes (briefing_id, hero_id) \
                         SELECT $1, id FROM heroes WHERE slug = $2 ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(slug.as_str())
                    .execute(&mut *conn)
                    .await?
                    .rows_affected();
                    if inserted == 0 {
                        return Err(StoreError::UnknownReference {
                            field: "heroes",
                            value: slug.as_str().to_owned(),
                        });
                    }
                }
            }
        }
    });
    Ok(())
}

async fn nda_exists(tx: &mut Tx, id: i64) -> StoreResult<bool> {
    let found: Option<i64> = with_tx!(tx, |conn| {
        sqlx::query_scalar("SELECT id FROM nda_versions WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    });
    Ok(found.is_some())
}

/// The product area `new` names (`None` when it names none), once its NDA version is known
/// to exist; an `UnknownReference` names whichever does not.
async fn references(tx: &mut Tx, new: &NewBriefing) -> StoreResult<Option<i64>> {
    if !nda_exists(tx, new.nda_version_id).await? {
        return Err(StoreError::unknown("nda_version", new.nda_version_id));
    }
    tx.id_of_slug("product_areas", "area", new.area.as_ref())
        .await
}

/// What the form sets of a briefing: `$1` to `$14` of the statements of [`create`] and
/// [`update`].
fn form_values(new: &NewBriefing) -> Vec<Arg> {
    vec![
        Arg::from(new.title.as_str()),
        Arg::from(new.summary.as_str()),
        Arg::from(new.audience.kind().as_str()),
        Arg::Int(new.nda_version_id),
        Arg::OptDate(new.embargo_until),
        Arg::Time(new.starts.instant()),
        Arg::from(new.starts.zone().name()),
        Arg::Int(new.minutes),
        Arg::OptText(new.place.join_url.as_ref().map(|u| u.as_str().to_owned())),
        Arg::from(new.place.venue.as_str()),
        Arg::Int(new.capacity),
        Arg::from(new.agenda.as_str()),
        Arg::from(new.materials.as_str()),
        Arg::OptText(new.recording_url.as_ref().map(|u| u.as_str().to_owned())),
    ]
}

/// Creates a briefing run by `actor`. `UnknownReference` names a specialization, hero,
/// product area or NDA version that does not exist; nothing is stored then.
pub async fn create(db: &Db, new: &NewBriefing, actor: &Actor) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let area = match references(&mut tx, new).await {
        Ok(area) => area,
        Err(e) => return tx.fail(e).await,
    };
    let now = Utc::now();
    let mut values = form_values(new);
    values.extend([
        Arg::OptInt(actor.user_id),
        Arg::Time(now),
        Arg::OptInt(area),
    ]);
    let insert = Sql::with_args(
        "INSERT INTO briefings (title, summary, audience, nda_version_id, embargo_until, \
         starts_at, time_zone, minutes, join_url, venue, capacity, agenda, materials, \
         recording_url, created_by, created_at, updated_at, area_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, \
         $17) RETURNING id"
            .to_owned(),
        values,
    );
    let id = insert
        .fetch_id_in(&mut tx)
        .await?
        .ok_or(StoreError::NotFound)?;
    if let Err(e) = set_audience(&mut tx, id, &new.audience).await {
        return tx.fail(e).await;
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "briefing.create",
            None,
            format!("briefing #{id}"),
            new.title.as_str().to_owned(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes briefing `id`; its calendar sequence rises so subscribed calendars update. A
/// larger capacity seats waiting heroes at once (in order), and `compose` writes their
/// notices. A smaller one never takes a seat away.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn update(
    db: &Db,
    id: i64,
    new: &NewBriefing,
    actor: &Actor,
    compose: impl Fn(&Promoted) -> Vec<Notice>,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    lock_briefing(&mut tx, id).await?;
    let area = match references(&mut tx, new).await {
        Ok(area) => area,
        Err(e) => return tx.fail(e).await,
    };
    let mut values = form_values(new);
    values.extend([Arg::Time(Utc::now()), Arg::Int(id), Arg::OptInt(area)]);
    let changed = Sql::with_args(
        "UPDATE briefings SET title = $1, summary = $2, audience = $3, nda_version_id = $4, \
         embargo_until = $5, starts_at = $6, time_zone = $7, minutes = $8, join_url = $9, \
         venue = $10, capacity = $11, agenda = $12, materials = $13, recording_url = $14, \
         sequence = sequence + 1, updated_at = $15, area_id = $17 WHERE id = $16"
            .to_owned(),
        values,
    )
    .execute_in(&mut tx)
    .await?;
    if changed == 0 {
        return tx.fail(StoreError::NotFound).await;
    }
    if let Err(e) = set_audience(&mut tx, id, &new.audience).await {
        return tx.fail(e).await;
    }
    while let Some(promoted) = promote_next(&mut tx, id).await? {
        notifications::send(&mut tx, &compose(&promoted)).await?;
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "briefing.update",
            None,
            format!("briefing #{id}"),
            new.title.as_str().to_owned(),
        ),
    )
    .await?;
    tx.commit().await
}

/// Serializes the seat decisions of one briefing: on PostgreSQL a row lock held to the end
/// of the transaction; SQLite's `BEGIN IMMEDIATE` already lets one writer in at a time.
async fn lock_briefing(tx: &mut Tx, id: i64) -> StoreResult<()> {
    if let TxConn::Postgres(conn) = &mut tx.conn {
        sqlx::query("SELECT id FROM briefings WHERE id = $1 FOR NO KEY UPDATE")
            .bind(id)
            .execute(&mut **conn)
            .await?;
    }
    Ok(())
}

/// A waiting hero who was given a seat.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Promoted {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    /// The language their account reads (empty: none chosen), which their mail is written in.
    pub language: String,
    /// The IANA zone their account reads times in (empty: none chosen; their mail then
    /// names UTC).
    pub time_zone: String,
    pub briefing_id: i64,
    pub title: String,
}

/// Gives the next free seat, if any, to the first waiting hero.
async fn promote_next(tx: &mut Tx, briefing_id: i64) -> StoreResult<Option<Promoted>> {
    let promoted: Option<Promoted> = with_tx!(tx, |conn| {
        sqlx::query_as(
            "UPDATE briefing_rsvps SET state = 'going' WHERE id = ( \
               SELECT r.id FROM briefing_rsvps r JOIN briefings b ON b.id = r.briefing_id \
               WHERE r.briefing_id = $1 AND r.state = 'waiting' \
               AND (SELECT count(*) FROM briefing_rsvps g WHERE g.briefing_id = $1 \
                    AND g.state = 'going') < b.capacity \
               ORDER BY r.answered_at, r.id LIMIT 1) \
             RETURNING user_id, \
               (SELECT email FROM users WHERE id = briefing_rsvps.user_id) AS email, \
               (SELECT name FROM users WHERE id = briefing_rsvps.user_id) AS name, \
               (SELECT language FROM users WHERE id = briefing_rsvps.user_id) AS language, \
               (SELECT time_zone FROM users WHERE id = briefing_rsvps.user_id) AS time_zone, \
               briefing_id, (SELECT title FROM briefings WHERE id = briefing_rsvps.briefing_id) AS title",
        )
        .bind(briefing_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    Ok(promoted)
}

/// What an RSVP came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpOutcome {
    /// A seat was free and is now theirs.
    Seated,
    /// The briefing is full; they wait in line.
    Waitlisted,
    /// They had already answered; nothing changed.
    Already(RsvpState),
}

/// A hero answers "I'll come": a seat if one is free, otherwise the waitlist. The seat count
/// is read under the briefing's lock, so concurrent RSVPs never overfill it.
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id, user_id = user_id))]
pub async fn rsvp(
    db: &Db,
    briefing_id: i64,
    user_id: i64,
    actor: &Actor,
) -> StoreResult<RsvpOutcome> {
    let mut tx = db.begin().await?;
    lock_briefing(&mut tx, briefing_id).await?;
    let existing: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "SELECT state FROM briefing_rsvps WHERE briefing_id = $1 AND user_id = $2",
        )
        .bind(briefing_id)
        .bind(user_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    if let Some(state) = existing {
        tx.rollback().await?;
        let state = RsvpState::try_from(state)?;
        return Ok(RsvpOutcome::Already(state));
    }
    let state: String = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO briefing_rsvps (briefing_id, user_id, state, answered_at) \
             SELECT b.id, $2, CASE WHEN (SELECT count(*) FROM briefing_rsvps r \
               WHERE r.briefing_id = b.id AND r.state = 'going') < b.capacity \
               THEN 'going' ELSE 'waiting' END, $3 \
             FROM briefings b WHERE b.id = $1 RETURNING state",
        )
        .bind(briefing_id)
        .bind(user_id)
        .bind(Utc::now())
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StoreError::NotFound)?
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "briefing.rsvp",
            Some(user_id),
            format!("briefing #{briefing_id}"),
            state.clone(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(if state == "going" {
        RsvpOutcome::Seated
    } else {
        RsvpOutcome::Waitlisted
    })
}

/// A hero withdraws their RSVP. When it held a seat, the first waiting hero gets it in the
/// same transaction and `compose` writes their notice. False when there was nothing to
/// withdraw.
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id, user_id = user_id))]
pub async fn cancel(
    db: &Db,
    briefing_id: i64,
    user_id: i64,
    actor: &Actor,
    compose: impl Fn(&Promoted) -> Vec<Notice>,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    lock_briefing(&mut tx, briefing_id).await?;
    let removed: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "DELETE FROM briefing_rsvps WHERE briefing_id = $1 AND user_id = $2 RETURNING state",
        )
        .bind(briefing_id)
        .bind(user_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(state) = removed else {
        tx.rollback().await?;
        return Ok(false);
    };
    if state == "going"
        && let Some(promoted) = promote_next(&mut tx, briefing_id).await?
    {
        notifications::send(&mut tx, &compose(&promoted)).await?;
        crate::audit::record(
            &mut tx,
            &actor.entry(
                "briefing.promote",
                Some(promoted.user_id),
                format!("briefing #{briefing_id}"),
                "waiting → going".to_owned(),
            ),
        )
        .await?;
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "briefing.cancel",
            Some(user_id),
            format!("briefing #{briefing_id}"),
            state,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// One RSVP, as organizers see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Rsvp {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    #[sqlx(try_from = "String")]
    pub state: RsvpState,
    pub answered_at: DateTime<Utc>,
    pub attended: Option<bool>,
}

/// Everyone who answered, seated first, then the waitlist in its order.
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id))]
pub async fn rsvps(db: &Db, briefing_id: i64) -> StoreResult<Vec<Rsvp>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Rsvp>(
        "SELECT r.user_id, u.name, u.email, r.state, r.answered_at, r.attended \
         FROM briefing_rsvps r JOIN users u ON u.id = r.user_id WHERE r.briefing_id = $1 \
         ORDER BY CASE r.state WHEN 'going' THEN 0 ELSE 1 END, r.answered_at, r.id"
    )
    .bind(briefing_id)
    .fetch_all(pool)
    .await)?)
}

/// A person's answers: (briefing id, state, attended).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn rsvps_of(db: &Db, user_id: i64) -> StoreResult<Vec<(i64, RsvpState, Option<bool>)>> {
    let rows: Vec<(i64, String, Option<bool>)> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT briefing_id, state, attended FROM briefing_rsvps WHERE user_id = $1 ORDER BY id"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, state, attended)| {
            RsvpState::try_from(state).ok().map(|s| (id, s, attended))
        })
        .collect())
}

/// Staff mark attendance: the seated heroes in `present` attended, the other seated ones did
/// not. Returns how many were marked present.
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id))]
pub async fn mark_attendance(
    db: &Db,
    briefing_id: i64,
    present: &[i64],
    actor: &Actor,
) -> StoreResult<u64> {
    let mut tx = db.begin().await?;
    let marked = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE briefing_rsvps SET attended = FALSE WHERE briefing_id = $1 AND state = 'going'",
        )
        .bind(briefing_id)
        .execute(&mut *conn)
        .await?;
        let mut marked = 0;
        for user_id in present {
            marked += sqlx::query(
                "UPDATE briefing_rsvps SET attended = TRUE \
                 WHERE briefing_id = $1 AND user_id = $2 AND state = 'going'",
            )
            .bind(briefing_id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        }
        marked
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "briefing.attendance",
            None,
            format!("briefing #{briefing_id}"),
            format!("{marked} present"),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(marked)
}

/// Records that `user_id` viewed `what` of a briefing from `address`, naming exactly what
/// (`detail`: the file's name for a download).
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id, user_id = user_id))]
pub async fn log_detailed(
    db: &Db,
    briefing_id: i64,
    user_id: i64,
    what: Viewed,
    detail: &str,
    address: &str,
) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "INSERT INTO briefing_access_log (briefing_id, user_id, what, at, address, detail) \
         VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(briefing_id)
    .bind(user_id)
    .bind(what.as_str())
    .bind(Utc::now())
    .bind(address)
    .bind(detail)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// One line of the access log.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AccessEntry {
    pub briefing_id: i64,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    #[sqlx(try_from = "String")]
    pub what: Viewed,
    pub at: DateTime<Utc>,
    pub address: String,
    /// Exactly what (the file's name for a download); empty otherwise.
    pub detail: String,
}

const ACCESS_SELECT: &str = "SELECT l.briefing_id, l.user_id, u.name, u.email, l.what, l.at, \
     l.address, l.detail FROM briefing_access_log l JOIN users u ON u.id = l.user_id";

/// The access log of a briefing, newest first (at most `limit` lines).
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id))]
pub async fn access_log(db: &Db, briefing_id: i64, limit: i64) -> StoreResult<Vec<AccessEntry>> {
    let sql = format!("{ACCESS_SELECT} WHERE l.briefing_id = $1 ORDER BY l.id DESC LIMIT $2");
    Sql::with_args(sql, [briefing_id.into(), limit.into()])
        .fetch_all(db)
        .await
}

/// A person's own lines of the access log (their export).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn access_log_of(db: &Db, user_id: i64) -> StoreResult<Vec<AccessEntry>> {
    let sql = format!("{ACCESS_SELECT} WHERE l.user_id = $1 ORDER BY l.id");
    Sql::with_args(sql, [user_id.into()]).fetch_all(db).await
}

/// Sets (or replaces) the secret of a person's calendar feed; the old address stops working.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn set_calendar(
    db: &Db,
    user_id: i64,
    token_hash: &str,
    actor: &Actor,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO briefing_calendars (user_id, token_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, \
             created_at = excluded.created_at",
        )
        .bind(user_id)
        .bind(token_hash)
        .bind(Utc::now())
        .execute(&mut *conn)
        .await?;
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "briefing.calendar",
            Some(user_id),
            "calendar feed".to_owned(),
            "new address".to_owned(),
        ),
    )
    .await?;
    tx.commit().await
}

/// Revokes a person's calendar feed. False when there was none.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn revoke_calendar(db: &Db, user_id: i64, actor: &Actor) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let removed = with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM briefing_calendars WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?
            .rows_affected()
    });
    if removed > 0 {
        crate::audit::record(
            &mut tx,
            &actor.entry(
                "briefing.calendar",
                Some(user_id),
                "calendar feed".to_owned(),
                "revoked".to_owned(),
            ),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(removed > 0)
}

/// Whether a person has a calendar feed.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn has_calendar(db: &Db, user_id: i64) -> StoreResult<bool> {
    let found: Option<i64> = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT user_id FROM briefing_calendars WHERE user_id = $1"
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await)?;
    Ok(found.is_some())
}

/// The account whose calendar feed has the secret hashing to `token_hash`.
pub async fn calendar_owner(db: &Db, token_hash: &str) -> StoreResult<Option<i64>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT user_id FROM briefing_calendars WHERE token_hash = $1"
    )
    .bind(token_hash)
    .fetch_optional(pool)
    .await)?)
}

/// A hero who might hear of briefings: account, address, name, roles-relevant facts are
/// read through [`reader`].
pub type Recipient = notifications::Addressee;

/// Accounts linked to an active hero, with no digest mailed since `since`.
pub async fn digest_recipients(db: &Db, since: DateTime<Utc>) -> StoreResult<Vec<Recipient>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as::<_, Recipient>(
        "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM users u JOIN heroes h ON h.id = u.hero_id \
         WHERE h.status = 'active' AND NOT EXISTS (SELECT 1 FROM briefing_announcements a \
           WHERE a.user_id = u.id AND a.mailed_at > $1) ORDER BY u.id"
    )
    .bind(since)
    .fetch_all(pool)
    .await
    })?)
}

/// The briefings `user_id` was already told of.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn announced_to(db: &Db, user_id: i64) -> StoreResult<Vec<i64>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT briefing_id FROM briefing_announcements WHERE user_id = $1"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await)?)
}

/// Records that `user_id` was told of `briefings` and sends the digest, in one transaction.
/// A briefing already recorded (a job run twice) makes the whole digest a no-op.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn announce(
    db: &Db,
    user_id: i64,
    briefings: &[i64],
    notices: &[Notice],
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let now = Utc::now();
    for id in briefings {
        let inserted = with_tx!(&mut tx, |conn| {
            sqlx::query(
                "INSERT INTO briefing_announcements (briefing_id, user_id, mailed_at) \
                 VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(user_id)
            .bind(now)
            .execute(&mut *conn)
            .await?
            .rows_affected()
        });
        if inserted == 0 {
            return notifications::send_if(tx, false, notices).await;
        }
    }
    notifications::send_if(tx, true, notices).await
}

/// A seated hero to remind of a briefing starting soon.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Reminder {
    pub rsvp_id: i64,
    pub briefing_id: i64,
    pub user_id: i64,
    pub email: String,
    pub name: String,
    /// The language their account reads (empty: none chosen), which their mail is written in.
    pub language: String,
    /// The IANA zone their account reads times in (empty: none chosen; their mail then
    /// names UTC).
    pub time_zone: String,
}

/// Seated heroes of briefings starting between `from` and `to` not yet reminded.
pub async fn reminders_due(
    db: &Db,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> StoreResult<Vec<Reminder>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as::<_, Reminder>(
        "SELECT r.id AS rsvp_id, r.briefing_id, r.user_id, u.email, u.name, u.language, u.time_zone \
         FROM briefing_rsvps r JOIN briefings b ON b.id = r.briefing_id \
         JOIN users u ON u.id = r.user_id \
         WHERE r.state = 'going' AND r.reminded_at IS NULL AND b.starts_at > $1 \
         AND b.starts_at <= $2 ORDER BY r.id"
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await
    })?)
}

/// Claims reminder `rsvp_id` and sends its notices in one transaction; false when another
/// run claimed it first.
#[tracing::instrument(level = "debug", skip_all, fields(rsvp_id = rsvp_id))]
pub async fn remind(db: &Db, rsvp_id: i64, notices: &[Notice]) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let claimed = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE briefing_rsvps SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL",
        )
        .bind(Utc::now())
        .bind(rsvp_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    notifications::send_if(tx, claimed > 0, notices).await
}

/// A file attached to a briefing, without its bytes.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BriefingFile {
    pub id: i64,
    pub briefing_id: i64,
    /// The download name (made safe when it was uploaded).
    pub name: String,
    /// The type sniffed from its content.
    pub content_type: String,
    /// Its size in bytes.
    pub size: i64,
    pub uploaded_at: DateTime<Utc>,
}

/// Attaches `file` to briefing `briefing_id`; audited. Returns the file's id.
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id))]
pub async fn add_file(
    db: &Db,
    briefing_id: i64,
    file: &heroes_domain::briefings::NewFile,
    actor: &Actor,
) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let size = i64::try_from(file.bytes.len()).unwrap_or(i64::MAX);
    let id: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO briefing_files (briefing_id, name, content_type, size, bytes, \
             uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(briefing_id)
        .bind(&file.name)
        .bind(file.kind.content_type())
        .bind(size)
        .bind(&file.bytes)
        .bind(actor.user_id)
        .bind(Utc::now())
        .fetch_one(&mut *conn)
        .await?
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "briefing.file.add",
            None,
            format!("briefing #{briefing_id}"),
            file.name.clone(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The files of briefing `briefing_id`, in the order they were added.
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id))]
pub async fn files(db: &Db, briefing_id: i64) -> StoreResult<Vec<BriefingFile>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, BriefingFile>(
        "SELECT id, briefing_id, name, content_type, size, uploaded_at FROM briefing_files \
         WHERE briefing_id = $1 ORDER BY id"
    )
    .bind(briefing_id)
    .fetch_all(pool)
    .await)?)
}

/// File `file_id` of briefing `briefing_id` with its bytes; `None` when that briefing has no
/// such file (a file id is only ever read under the briefing it belongs to).
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id, file_id = file_id))]
pub async fn file(
    db: &Db,
    briefing_id: i64,
    file_id: i64,
) -> StoreResult<Option<(BriefingFile, Vec<u8>)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        file: BriefingFile,
        bytes: Vec<u8>,
    }
    let row = with_pool!(db, |pool| sqlx::query_as::<_, Row>(
        "SELECT id, briefing_id, name, content_type, size, uploaded_at, bytes \
         FROM briefing_files WHERE briefing_id = $1 AND id = $2"
    )
    .bind(briefing_id)
    .bind(file_id)
    .fetch_optional(pool)
    .await)?;
    Ok(row.map(|r| (r.file, r.bytes)))
}

/// Removes file `file_id` from briefing `briefing_id`; audited. `NotFound` when that
/// briefing has no such file.
#[tracing::instrument(level = "debug", skip_all, fields(briefing_id = briefing_id, file_id = file_id))]
pub async fn remove_file(
    db: &Db,
    briefing_id: i64,
    file_id: i64,
    actor: &Actor,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let name: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "DELETE FROM briefing_files WHERE briefing_id = $1 AND id = $2 RETURNING name",
        )
        .bind(briefing_id)
        .bind(file_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(name) = name else {
        return tx.fail(StoreError::NotFound).await;
    };
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "briefing.file.remove",
            None,
            format!("briefing #{briefing_id}"),
            name,
        ),
    )
    .await?;
    tx.commit().await
}
