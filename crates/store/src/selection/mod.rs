//! Selection: cycles, candidacies and their nominations, reviews, decisions and the
//! announcement that turns a candidate into a listed hero.
//!
//! Every change of a candidacy's state goes through [`steps::step`], which asks the domain's
//! state machine inside the transaction that makes the change, so two admins clicking at once
//! cannot take a candidacy through a step the machine forbids.

pub mod cycles;
pub mod nominate;
pub mod queue;
pub mod reviews;
pub mod steps;

use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::Sql;
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::selection::candidacy::State;

/// What a nomination led to.
#[derive(Debug, Clone)]
pub struct Nominated {
    pub candidacy_id: i64,
    pub cycle_name: String,
    pub specialization_name: String,
    /// Whether this nomination opened the candidacy (the nominee is told only then).
    pub new_candidacy: bool,
    /// False for a repeated submit that changed nothing.
    pub new_nomination: bool,
    /// The nominee's account, if they have one.
    pub nominee_user_id: Option<i64>,
}

/// A candidacy with its cycle and specialization.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Candidacy {
    pub id: i64,
    pub cycle_id: i64,
    pub cycle_name: String,
    pub blind: bool,
    pub specialization_id: i64,
    pub specialization_slug: String,
    pub specialization_name: String,
    pub nominee_user_id: Option<i64>,
    pub nominee_email: String,
    pub nominee_name: String,
    /// The language the nominee's account reads, empty without an account or a choice: the
    /// nominee's mail is composed in it.
    pub nominee_language: String,
    /// The IANA zone the nominee's account reads times in, empty without an account or a
    /// choice (their mail then names UTC).
    pub nominee_time_zone: String,
    /// Decoded here: a name no code wrote fails the read rather than reading as nominated.
    #[sqlx(try_from = "String")]
    pub state: State,
    pub headline: String,
    pub company: String,
    pub city: String,
    pub country: String,
    pub bio: String,
    /// The feed the nominee named, if any.
    pub feed_url: Option<String>,
    /// Mean weighted score in hundredths, once reviewed.
    pub score: Option<i64>,
    pub spread: Option<i64>,
    pub review_count: i64,
    pub feedback: String,
    pub renominate_after: Option<NaiveDate>,
    pub announce_on: Option<NaiveDate>,
    pub decided_at: Option<DateTime<Utc>>,
    pub hero_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

pub(crate) const CANDIDACY_SELECT: &str = "SELECT c.id, c.cycle_id, y.name AS cycle_name, \
     y.blind, c.specialization_id, s.slug AS specialization_slug, \
     s.name AS specialization_name, c.nominee_user_id, c.nominee_email, c.nominee_name, \
     COALESCE((SELECT u.language FROM users u WHERE u.id = c.nominee_user_id), '') \
     AS nominee_language, \
     COALESCE((SELECT u.time_zone FROM users u WHERE u.id = c.nominee_user_id), '') \
     AS nominee_time_zone, c.state, c.headline, c.company, c.city, c.country, c.bio, c.feed_url, c.score, c.spread, \
     c.review_count, c.feedback, c.renominate_after, c.announce_on, c.decided_at, c.hero_id, \
     c.created_at, c.updated_at FROM candidacies c JOIN cycles y ON y.id = c.cycle_id \
     JOIN specializations s ON s.id = c.specialization_id";

/// A nomination of a candidacy, with the nominator's name (or `None` once their account is
/// gone).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Nomination {
    pub id: i64,
    pub nominator_id: Option<i64>,
    pub nominator_name: Option<String>,
    pub statement: String,
    #[sqlx(rename = "evidence")]
    pub evidence_lines: String,
    pub created_at: DateTime<Utc>,
}

impl Nomination {
    /// The evidence links.
    pub fn evidence(&self) -> Vec<&str> {
        self.evidence_lines
            .lines()
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// A contribution attached to a candidacy when the nominee accepted.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Evidence {
    pub kind: String,
    pub title: String,
    pub url: String,
    pub published_on: NaiveDate,
    pub views: Option<i64>,
    pub attendees: Option<i64>,
    pub stars: Option<i64>,
    pub answers: Option<i64>,
}

/// One candidacy.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn candidacy(db: &Db, id: i64) -> StoreResult<Option<Candidacy>> {
    let sql = format!("{CANDIDACY_SELECT} WHERE c.id = $1");
    Sql::with_args(sql, [id.into()]).fetch_optional(db).await
}

/// The candidacies someone nominated, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn nominated_by(db: &Db, user_id: i64) -> StoreResult<Vec<Candidacy>> {
    let sql = format!(
        "{CANDIDACY_SELECT} WHERE c.id IN (SELECT candidacy_id FROM nominations \
         WHERE nominator_id = $1) ORDER BY c.created_at DESC, c.id DESC"
    );
    Sql::with_args(sql, [user_id.into()]).fetch_all(db).await
}

/// The candidacies of a nominee: by account, or by the account's (verified) address while no
/// account has answered for it yet.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn of_nominee(db: &Db, user_id: i64, email: &str) -> StoreResult<Vec<Candidacy>> {
    let sql = format!(
        "{CANDIDACY_SELECT} WHERE c.nominee_user_id = $1 \
         OR (c.nominee_user_id IS NULL AND c.nominee_email = $2) \
         ORDER BY c.created_at DESC, c.id DESC"
    );
    Sql::with_args(sql, [user_id.into(), email.to_lowercase().into()])
        .fetch_all(db)
        .await
}

/// When the hero record `hero_id` (a candidate's) goes public: the announcement date of the
/// earliest onboarded candidacy of its account, if any (what the candidate's banner says).
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn goes_public_on(db: &Db, hero_id: i64) -> StoreResult<Option<NaiveDate>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT c.announce_on FROM candidacies c JOIN users u ON u.id = c.nominee_user_id \
         WHERE u.hero_id = $1 AND c.state = $2 AND c.announce_on IS NOT NULL \
         ORDER BY c.announce_on LIMIT 1"
    )
    .bind(hero_id)
    .bind(State::Onboarded.as_str())
    .fetch_optional(pool)
    .await)?)
}

/// The nominations of a candidacy, oldest first.
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id))]
pub async fn nominations(db: &Db, candidacy_id: i64) -> StoreResult<Vec<Nomination>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Nomination>(
        "SELECT n.id, n.nominator_id, u.name AS nominator_name, n.statement, n.evidence, \
         n.created_at FROM nominations n LEFT JOIN users u ON u.id = n.nominator_id \
         WHERE n.candidacy_id = $1 ORDER BY n.id"
    )
    .bind(candidacy_id)
    .fetch_all(pool)
    .await)?)
}

/// The contributions attached to a candidacy, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id))]
pub async fn evidence(db: &Db, candidacy_id: i64) -> StoreResult<Vec<Evidence>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Evidence>(
        "SELECT kind, title, url, published_on, views, attendees, stars, answers \
         FROM candidacy_evidence WHERE candidacy_id = $1 ORDER BY published_on DESC, id"
    )
    .bind(candidacy_id)
    .fetch_all(pool)
    .await)?)
}

/// The nominee's profile links (canonical form).
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id))]
pub async fn links(db: &Db, candidacy_id: i64) -> StoreResult<Vec<String>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT url FROM candidacy_links WHERE candidacy_id = $1 ORDER BY url"
    )
    .bind(candidacy_id)
    .fetch_all(pool)
    .await)?)
}

/// Attaches items found in the nominee's feed as evidence: those published in the twelve
/// months up to `today` and not attached already. Returns how many were added.
#[tracing::instrument(level = "debug", skip_all, fields(candidacy_id = candidacy_id))]
pub async fn attach_found(
    db: &Db,
    candidacy_id: i64,
    items: &[crate::capture::Found],
    today: NaiveDate,
) -> StoreResult<usize> {
    let since = today
        .checked_sub_months(chrono::Months::new(12))
        .unwrap_or(today);
    let mut tx = db.begin().await?;
    // "Not attached already" is read after the lock, so a second run of the job at the same
    // moment (a lease taken over) sees what the first attached instead of adding it again.
    reviews::queue_on_candidacy(&mut tx, candidacy_id).await?;
    let known: std::collections::HashSet<String> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar::<_, String>(
            "SELECT url FROM candidacy_evidence WHERE candidacy_id = $1",
        )
        .bind(candidacy_id)
        .fetch_all(&mut *conn)
        .await?
    })
    .into_iter()
    .collect();
    let fresh: Vec<&crate::capture::Found> = items
        .iter()
        .filter(|f| f.published_on > since && f.published_on <= today && !known.contains(&f.url))
        .collect();
    for f in &fresh {
        with_tx!(&mut tx, |conn| {
            sqlx::query(
                "INSERT INTO candidacy_evidence (candidacy_id, kind, title, url, published_on, \
                 stars) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(candidacy_id)
            .bind(&f.kind)
            .bind(&f.title)
            .bind(&f.url)
            .bind(f.published_on)
            .bind(f.stars)
            .execute(&mut *conn)
            .await?;
        });
    }
    tx.commit().await?;
    Ok(fresh.len())
}
