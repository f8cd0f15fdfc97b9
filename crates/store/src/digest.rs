//! The digest: drafts (one per period, weekly, monthly or quarterly as an admin chose), their
//! subscribers, and delivery through the outbox.
//!
//! A digest reaches each address once: `digest_deliveries` has the primary key
//! `(digest_id, email)`, and a delivery row and its mail are written in one transaction, so a
//! second worker (or a retried run) that picks the same recipient inserts nothing and queues
//! nothing.

use crate::accounts::Actor;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::outbox::{self, OutgoingMail, Queued};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::promotion::Cadence;
use serde::{Deserialize, Serialize};

/// What a digest says, drafted by the job from the period's data and kept as drafted.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Content {
    /// Heroes who joined in the period.
    pub new_heroes: Vec<Link>,
    /// Work the program spotlighted in the period.
    pub spotlighted: Vec<Work>,
    /// The most reached contributions of the period, per specialization.
    pub most_reached: Vec<Section>,
}

/// A hero, linked.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Link {
    pub name: String,
    /// A path on the site (`/heroes/ana-souza`).
    pub path: String,
}

/// A contribution, with its author.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Work {
    pub title: String,
    pub url: String,
    pub hero: Link,
    /// The reach figure that ranked it (0 for spotlighted work).
    pub reach: i64,
}

/// The works of one specialization.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Section {
    pub specialization: String,
    pub works: Vec<Work>,
}

impl TryFrom<String> for Content {
    type Error = serde_json::Error;

    /// Reads the stored JSON.
    fn try_from(value: String) -> Result<Self, Self::Error> {
        serde_json::from_str(&value)
    }
}

impl Content {
    /// Whether there is nothing to tell.
    pub fn is_empty(&self) -> bool {
        self.new_heroes.is_empty() && self.spotlighted.is_empty() && self.most_reached.is_empty()
    }
}

/// Where a digest is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestState {
    /// Drafted; an admin may edit the introduction and send it.
    Draft,
    /// Being delivered.
    Sending,
    /// Delivered to every subscriber; readable on the web.
    Sent,
}

impl DigestState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            DigestState::Draft => "draft",
            DigestState::Sending => "sending",
            DigestState::Sent => "sent",
        }
    }
}

impl TryFrom<String> for DigestState {
    type Error = heroes_domain::error::UnknownName;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        [DigestState::Draft, DigestState::Sending, DigestState::Sent]
            .into_iter()
            .find(|s| s.as_str() == value)
            .ok_or(heroes_domain::error::UnknownName {
                what: "digest state",
                value,
            })
    }
}

/// A stored digest.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Digest {
    pub id: i64,
    pub period: String,
    pub title: String,
    pub intro: String,
    #[sqlx(try_from = "String")]
    pub content: Content,
    #[sqlx(try_from = "String")]
    pub state: DigestState,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

const DIGEST_COLUMNS: &str = "id, period, title, intro, content, state, created_at, sent_at";

/// Stores the draft of `period` unless that period has one; returns its id when this call
/// made it (the unique period makes repeated or concurrent drafting harmless).
pub async fn draft(
    db: &Db,
    period: &str,
    title: &str,
    content: &Content,
) -> StoreResult<Option<i64>> {
    let json = serde_json::to_string(content)
        .map_err(|e| StoreError::Database(sqlx::Error::Encode(e.into())))?;
    Ok(with_pool!(db, |pool| sqlx::query_scalar::<_, i64>(
        "INSERT INTO digests (period, title, content, state, created_at) \
         VALUES ($1, $2, $3, 'draft', $4) ON CONFLICT (period) DO NOTHING RETURNING id"
    )
    .bind(period)
    .bind(title)
    .bind(json.clone())
    .bind(Utc::now())
    .fetch_optional(pool)
    .await)?)
}

/// One digest.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get(db: &Db, id: i64) -> StoreResult<Option<Digest>> {
    let sql = format!("SELECT {DIGEST_COLUMNS} FROM digests WHERE id = $1");
    Sql::with_args(sql, [id.into()]).fetch_optional(db).await
}

/// Sent digests, newest first (the public archive).
pub async fn sent(db: &Db) -> StoreResult<Vec<Digest>> {
    let sql = format!(
        "SELECT {DIGEST_COLUMNS} FROM digests WHERE state = 'sent' ORDER BY period DESC LIMIT 120"
    );
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Digest>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .fetch_all(pool)
    .await)?)
}

/// Every digest, newest first (the admin list).
pub async fn all(db: &Db) -> StoreResult<Vec<Digest>> {
    let sql = format!("SELECT {DIGEST_COLUMNS} FROM digests ORDER BY period DESC LIMIT 120");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Digest>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .fetch_all(pool)
    .await)?)
}

/// Digests being delivered (for the job that resumes them).
pub async fn sending(db: &Db) -> StoreResult<Vec<i64>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT id FROM digests WHERE state = 'sending' ORDER BY id"
    )
    .fetch_all(pool)
    .await)?)
}

/// Replaces the introduction of a draft; false when it is no longer a draft (sent meanwhile).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn set_intro(db: &Db, id: i64, intro: &str, actor: &Actor) -> StoreResult<bool> {
    let update = Sql::with_args(
        "UPDATE digests SET intro = $1 WHERE id = $2 AND state = 'draft'".to_owned(),
        [intro.into(), id.into()],
    );
    change_draft(db, id, &update, "digest.edit", actor).await
}

/// Starts sending a draft: false when it is not a draft any more (a second click, or another
/// admin, sends nothing twice). The caller schedules the delivery job.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn start_sending(db: &Db, id: i64, actor: &Actor) -> StoreResult<bool> {
    let update = Sql::with_args(
        "UPDATE digests SET state = 'sending', sent_by = $1 WHERE id = $2 AND state = 'draft'"
            .to_owned(),
        [Arg::OptInt(actor.user_id), id.into()],
    );
    change_draft(db, id, &update, "digest.send", actor).await
}

/// Runs `update` of draft `id` (its `WHERE` asks for `state = 'draft'`) and records `action`
/// in the audit log; false when it changed nothing, the digest being no draft any more.
async fn change_draft(
    db: &Db,
    id: i64,
    update: &Sql,
    action: &'static str,
    actor: &Actor,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    if update.execute_in(&mut tx).await? == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(action, None, format!("digest #{id}"), String::new()),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A subscriber the digest is about to be mailed to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    /// The subscriber's id (signed into the unsubscribe link).
    pub subscriber_id: i64,
    /// The address the subscription was made with (signed too).
    pub subscribed_as: String,
    /// Where to mail: a member's current address, or the visitor's.
    pub address: String,
    /// A member's chosen language (empty for visitors and members without a choice).
    pub language: String,
    /// A member's time zone (empty for visitors and members without a choice: UTC, named).
    pub time_zone: String,
}

/// Queues the digest for up to `limit` subscribers who have not had it, each mail composed by
/// `compose`, in one transaction; returns how many recipients were taken. When none is left,
/// marks the digest sent (and readable on the web) and returns 0.
#[tracing::instrument(level = "debug", skip_all, fields(digest_id = digest_id))]
pub async fn deliver_batch(
    db: &Db,
    digest_id: i64,
    limit: i64,
    compose: impl Fn(&Recipient) -> Option<OutgoingMail>,
) -> StoreResult<usize> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let recipients: Vec<Recipient> = with_tx!(&mut tx, |conn| sqlx::query_as::<_, Recipient>(
        "SELECT s.id AS subscriber_id, s.email AS subscribed_as, \
         COALESCE(u.email, s.email) AS address, COALESCE(u.language, '') AS language, \
         COALESCE(u.time_zone, '') AS time_zone \
         FROM digest_subscribers s \
         LEFT JOIN users u ON u.id = s.user_id \
         WHERE s.confirmed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM digest_deliveries d \
           WHERE d.digest_id = $1 AND d.email = COALESCE(u.email, s.email)) \
         ORDER BY s.id LIMIT $2"
    )
    .bind(digest_id)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await)?;
    if recipients.is_empty() {
        let updated = with_tx!(&mut tx, |conn| {
            sqlx::query(
            "UPDATE digests SET state = 'sent', sent_at = $1 WHERE id = $2 AND state = 'sending'"
        )
        .bind(now)
        .bind(digest_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
        });
        if updated > 0 {
            tx.bump_data_version().await?;
        }
        tx.commit().await?;
        return Ok(0);
    }
    for r in &recipients {
        // Another worker may have taken this address since the select: then this inserts
        // nothing (on PostgreSQL after waiting for that worker's commit) and queues nothing.
        let claimed = with_tx!(&mut tx, |conn| sqlx::query(
            "INSERT INTO digest_deliveries (digest_id, email, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING"
        )
        .bind(digest_id)
        .bind(&r.address)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected());
        if claimed == 1
            && let Some(mail) = compose(r)
        {
            let _: Queued = outbox::enqueue(&mut tx, &mail).await?;
        }
    }
    tx.commit().await?;
    Ok(recipients.len())
}

/// The signing secret `name`, made from `candidate` by the first caller (any instance) and
/// read back by everyone after.
pub async fn signing_key(db: &Db, name: &str, candidate: &str) -> StoreResult<String> {
    with_pool!(db, |pool| sqlx::query(
        "INSERT INTO signing_keys (name, secret, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO NOTHING"
    )
    .bind(name)
    .bind(candidate)
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT secret FROM signing_keys WHERE name = $1"
    )
    .bind(name)
    .fetch_one(pool)
    .await)?)
}

/// Whether the account gets the digest.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn member_subscribed(db: &Db, user_id: i64) -> StoreResult<bool> {
    let n: i64 = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT count(*) FROM digest_subscribers WHERE user_id = $1"
    )
    .bind(user_id)
    .fetch_one(pool)
    .await)?;
    Ok(n > 0)
}

/// Subscribes (or unsubscribes) a signed-in member at `email`, confirmed at once: they proved
/// the address when they signed up. A visitor's pending or confirmed subscription of the same
/// address becomes the member's.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn set_member(db: &Db, user_id: i64, email: &str, subscribed: bool) -> StoreResult<()> {
    let email = email.to_lowercase();
    let now = Utc::now();
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "DELETE FROM digest_subscribers WHERE user_id = $1 OR (email = $2 AND user_id IS NULL)",
        )
        .bind(user_id)
        .bind(&email)
        .execute(&mut *conn)
        .await?;
        if subscribed {
            sqlx::query(
                "INSERT INTO digest_subscribers (email, user_id, confirmed_at, created_at) \
                 VALUES ($1, $2, $3, $3)",
            )
            .bind(&email)
            .bind(user_id)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
    });
    tx.commit().await
}

/// A visitor's subscription: `Some(id)` of the subscriber when a confirmation mail should go
/// out (new, or still unconfirmed), `None` when the address already gets the digest.
/// `compose` writes the confirmation mail for the subscriber id; it is queued in the same
/// transaction, under the mail limits for strangers (whoever typed the address may not own
/// it).
pub async fn subscribe_visitor(
    db: &Db,
    email: &str,
    compose: impl FnOnce(i64) -> Option<OutgoingMail>,
) -> StoreResult<Option<i64>> {
    let email = email.to_lowercase();
    let mut tx = db.begin().await?;
    let row: (i64, Option<DateTime<Utc>>) = with_tx!(&mut tx, |conn| {
        sqlx::query(
            // Asking again restarts an unconfirmed subscription's wait (see
            // `forget_unconfirmed`), so the new link works as long as the first would have.
            "INSERT INTO digest_subscribers (email, created_at) VALUES ($1, $2) \
             ON CONFLICT (email) DO UPDATE SET created_at = excluded.created_at \
             WHERE digest_subscribers.confirmed_at IS NULL",
        )
        .bind(&email)
        .bind(Utc::now())
        .execute(&mut *conn)
        .await?;
        sqlx::query_as("SELECT id, confirmed_at FROM digest_subscribers WHERE email = $1")
            .bind(&email)
            .fetch_one(&mut *conn)
            .await?
    });
    let (id, confirmed) = row;
    if confirmed.is_some() {
        tx.commit().await?;
        return Ok(None);
    }
    if let Some(mail) = compose(id) {
        outbox::enqueue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(Some(id))
}

/// Removes visitors' subscriptions never confirmed and asked for before `before` (double
/// opt-in: an address nobody confirmed is not kept); how many. Their confirmation links then
/// find nothing.
pub async fn forget_unconfirmed(db: &Db, before: DateTime<Utc>) -> StoreResult<u64> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "DELETE FROM digest_subscribers \
         WHERE confirmed_at IS NULL AND user_id IS NULL AND created_at < $1"
    )
    .bind(before)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?)
}

/// How often the digest is drafted (migration 0027; monthly until an admin chooses).
pub async fn cadence(db: &Db) -> StoreResult<Cadence> {
    let stored: String = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT cadence FROM digest_settings WHERE id = 1"
    )
    .fetch_one(pool)
    .await)?;
    Cadence::try_from(stored).map_err(StoreError::from)
}

/// Chooses how often the digest is drafted, from the next period the job drafts.
pub async fn set_cadence(db: &Db, cadence: Cadence, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE digest_settings SET cadence = $1 WHERE id = 1")
            .bind(cadence.as_str())
            .execute(&mut *conn)
            .await?;
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "digest.cadence",
            None,
            String::new(),
            cadence.as_str().to_owned(),
        ),
    )
    .await?;
    tx.commit().await
}

/// Confirms subscriber `id` subscribed as `email` (the pair a signed link carries); true when
/// the subscription exists (confirmed now or before).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn confirm(db: &Db, id: i64, email: &str) -> StoreResult<bool> {
    let now = Utc::now();
    let found: Option<i64> = with_pool!(db, |pool| sqlx::query_scalar(
        "UPDATE digest_subscribers SET confirmed_at = COALESCE(confirmed_at, $1) \
         WHERE id = $2 AND email = $3 RETURNING id"
    )
    .bind(now)
    .bind(id)
    .bind(email)
    .fetch_optional(pool)
    .await)?;
    Ok(found.is_some())
}

/// Ends subscription `id` made as `email`; true when there was one.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn unsubscribe(db: &Db, id: i64, email: &str) -> StoreResult<bool> {
    let removed = with_pool!(db, |pool| sqlx::query(
        "DELETE FROM digest_subscribers WHERE id = $1 AND email = $2"
    )
    .bind(id)
    .bind(email)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(removed > 0)
}

/// How many confirmed subscribers there are.
pub async fn subscriber_count(db: &Db) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT count(*) FROM digest_subscribers WHERE confirmed_at IS NOT NULL"
    )
    .fetch_one(pool)
    .await)?)
}

#[derive(sqlx::FromRow)]
struct HeroRow {
    slug: String,
    display_name: String,
}

#[derive(sqlx::FromRow)]
struct ReachRow {
    title: String,
    url: String,
    hero_slug: String,
    hero_name: String,
    specialization: String,
    reach: i64,
}

/// Works per specialization in the digest.
const PER_SPECIALIZATION: usize = 3;

/// Gathers what the digest of `[from, until)` says: heroes who joined, work spotlighted in
/// the period, and the most reached public contributions published in it, per specialization.
pub async fn gather(db: &Db, from: NaiveDate, until: NaiveDate) -> StoreResult<Content> {
    let start = from
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
        .unwrap_or_default();
    let end = until
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
        .unwrap_or_default();
    let heroes: Vec<HeroRow> = with_pool!(db, |pool| sqlx::query_as::<_, HeroRow>(
        "SELECT slug, display_name FROM heroes WHERE status = 'active' AND created_at >= $1 \
         AND created_at < $2 ORDER BY sort_name LIMIT 50"
    )
    .bind(start)
    .bind(end)
    .fetch_all(pool)
    .await)?;
    let spotlighted = crate::promotion::featured_between(db, start, end).await?;
    let reached: Vec<ReachRow> = with_pool!(db, |pool| sqlx::query_as::<_, ReachRow>(
        "SELECT c.title, c.url, h.slug AS hero_slug, h.display_name AS hero_name, \
         s.name AS specialization, \
         COALESCE(c.views, 0) + COALESCE(c.attendees, 0) + COALESCE(c.stars, 0) \
           + COALESCE(c.answers, 0) AS reach \
         FROM contributions c JOIN heroes h ON h.id = c.hero_id \
         JOIN specializations s ON s.id = c.specialization_id \
         WHERE c.private = FALSE AND c.published_on >= $1 AND c.published_on < $2 \
         AND COALESCE(c.views, 0) + COALESCE(c.attendees, 0) + COALESCE(c.stars, 0) \
           + COALESCE(c.answers, 0) > 0 \
         ORDER BY s.position, s.id, reach DESC, c.id LIMIT 2000"
    )
    .bind(from)
    .bind(until)
    .fetch_all(pool)
    .await)?;
    let mut most_reached: Vec<Section> = Vec::new();
    for r in reached {
        let work = Work {
            title: r.title,
            url: r.url,
            hero: Link {
                name: r.hero_name,
                path: format!("/heroes/{}", r.hero_slug),
            },
            reach: r.reach,
        };
        match most_reached.last_mut() {
            Some(s) if s.specialization == r.specialization => {
                if s.works.len() < PER_SPECIALIZATION {
                    s.works.push(work);
                }
            }
            _ => most_reached.push(Section {
                specialization: r.specialization,
                works: vec![work],
            }),
        }
    }
    Ok(Content {
        new_heroes: heroes
            .into_iter()
            .map(|h| Link {
                path: format!("/heroes/{}", h.slug),
                name: h.display_name,
            })
            .collect(),
        spotlighted: spotlighted
            .into_iter()
            .map(|s| Work {
                title: s.title,
                url: s.url,
                hero: Link {
                    path: format!("/heroes/{}", s.hero_slug),
                    name: s.hero_name,
                },
                reach: 0,
            })
            .collect(),
        most_reached,
    })
}

/// The address subscriber `id` subscribed as (what their links are signed for).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn subscriber_email(db: &Db, id: i64) -> StoreResult<Option<String>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT email FROM digest_subscribers WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}
