//! Mentoring: heroes' offers, members' requests and the asks they send to mentors, the
//! mentorships that begin when a mentor accepts, their session log and their end.
//!
//! Capacity is a counter on the offer (`taken`), raised only by
//! `UPDATE … WHERE taken < capacity` in the transaction that accepts: two acceptances racing
//! for the last place queue on the offer's row (PostgreSQL re-reads the condition after the
//! lock; SQLite's `BEGIN IMMEDIATE` serializes writers), and the second is refused. Locks are
//! taken ask, then request, then offer.

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::hero::{LanguageTag, TimeZone};
use heroes_domain::mentoring::{
    AskState, AskStep, Candidate, ClosingWord, MentorRequest, NewSession, Offer, Refusal,
    topic_words,
};

/// A hero's offer as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OfferRow {
    pub hero_id: i64,
    pub topics: String,
    /// Comma-separated slugs.
    pub specializations: String,
    /// Comma-separated tags.
    pub languages: String,
    /// Comma-separated IANA names.
    pub time_zones: String,
    /// Comma-separated format names.
    pub formats: String,
    pub capacity: i64,
    pub taken: i64,
    pub open: bool,
}

fn join<T>(items: &[T], name: impl Fn(&T) -> &str) -> String {
    items.iter().map(name).collect::<Vec<_>>().join(",")
}

/// Writes a hero's offer. `Ok(false)` (nothing written) when the new capacity is below the
/// mentees the hero has now.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn save_offer(db: &Db, hero_id: i64, offer: &Offer) -> StoreResult<bool> {
    let written = with_pool!(db, |pool| {
        sqlx::query(
        "INSERT INTO mentoring_offers (hero_id, topics, specializations, languages, time_zones, \
         formats, capacity, taken, open, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9) \
         ON CONFLICT (hero_id) DO UPDATE SET topics = excluded.topics, \
         specializations = excluded.specializations, languages = excluded.languages, \
         time_zones = excluded.time_zones, formats = excluded.formats, \
         capacity = excluded.capacity, open = excluded.open, updated_at = excluded.updated_at \
         WHERE mentoring_offers.taken <= excluded.capacity"
    )
    .bind(hero_id)
    .bind(offer.topics.as_str())
    .bind(join(&offer.specializations, |s| s.as_str()))
    .bind(join(&offer.languages, |l| l.as_str()))
    .bind(join(&offer.time_zones, |z| z.name()))
    .bind(join(&offer.formats, |f| f.as_str()))
    .bind(i64::from(offer.capacity))
    .bind(offer.open)
    .bind(Utc::now())
    .execute(pool)
    .await?
    .rows_affected()
    });
    Ok(written > 0)
}

/// A hero's offer, if they made one.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn offer(db: &Db, hero_id: i64) -> StoreResult<Option<OfferRow>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT hero_id, topics, specializations, languages, time_zones, formats, capacity, \
         taken, open FROM mentoring_offers WHERE hero_id = $1"
    )
    .bind(hero_id)
    .fetch_optional(pool)
    .await)?)
}

/// A member's request as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub user_id: i64,
    pub goals: String,
    pub topics: String,
    pub language: String,
    pub time_zone: String,
    /// `open`, `matched` or `withdrawn`.
    pub state: String,
    pub created_at: DateTime<Utc>,
}

impl RequestRow {
    /// The request as the ranking reads it (stored values were parsed when written).
    pub fn parsed(&self) -> Option<MentorRequest> {
        MentorRequest::parse(&self.goals, &self.topics, &self.language, &self.time_zone).ok()
    }
}

const REQUEST_COLUMNS: &str = "SELECT id, user_id, goals, topics, language, time_zone, state, created_at FROM mentoring_requests";

/// Stores a member's request; returns its id.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn create_request(db: &Db, user_id: i64, request: &MentorRequest) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "INSERT INTO mentoring_requests (user_id, goals, topics, language, time_zone, state, \
         created_at) VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING id"
    )
    .bind(user_id)
    .bind(request.goals.as_str())
    .bind(request.topics.as_str())
    .bind(request.language.as_str())
    .bind(request.time_zone.name())
    .bind(Utc::now())
    .fetch_one(pool)
    .await)?)
}

/// A member's own request (`None` for anyone else's).
#[tracing::instrument(level = "debug", skip_all, fields(id = id, user_id = user_id))]
pub async fn own_request(db: &Db, id: i64, user_id: i64) -> StoreResult<Option<RequestRow>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!("{REQUEST_COLUMNS} WHERE id = $1 AND user_id = $2")
    ))
    .bind(id)
    .bind(user_id)
    .fetch_optional(pool)
    .await)?)
}

/// A member's requests, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn requests_of(db: &Db, user_id: i64) -> StoreResult<Vec<RequestRow>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!("{REQUEST_COLUMNS} WHERE user_id = $1 ORDER BY id DESC")
    ))
    .bind(user_id)
    .fetch_all(pool)
    .await)?)
}

/// Withdraws an open request and its pending asks. `NotFound` for anyone else's request.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, user_id = user_id))]
pub async fn withdraw_request(db: &Db, id: i64, user_id: i64) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let owned: Option<String> = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "UPDATE mentoring_requests SET state = CASE WHEN state = 'open' THEN 'withdrawn' \
         ELSE state END WHERE id = $1 AND user_id = $2 RETURNING state"
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?);
    if owned.is_none() {
        return tx.fail(StoreError::NotFound).await;
    }
    withdraw_pending(&mut tx, id).await?;
    tx.commit().await
}

async fn withdraw_pending(tx: &mut Tx, request_id: i64) -> StoreResult<()> {
    with_tx!(tx, |conn| sqlx::query(
        "UPDATE mentoring_asks SET state = 'withdrawn', answered_at = $2 \
         WHERE request_id = $1 AND state = 'pending'"
    )
    .bind(request_id)
    .bind(Utc::now())
    .execute(&mut *conn)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// A mentor as the suggestions show them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MentorCard {
    pub hero_id: i64,
    pub slug: String,
    pub display_name: String,
    pub headline: String,
    pub topics: String,
    pub formats: String,
    languages: String,
    time_zones: String,
    capacity: i64,
    taken: i64,
}

/// Public titles read per mentor for the topic match.
const TITLES_PER_MENTOR: usize = 200;

/// The mentors who could take `request` (an open offer with a place left, a current hero,
/// not `except_hero`), each with what the ranking needs: their public titles and whether
/// the search index (profile, bio and public work) matches each topic word.
pub async fn candidates(
    db: &Db,
    request: &MentorRequest,
    except_hero: Option<i64>,
) -> StoreResult<Vec<(Candidate, MentorCard)>> {
    let cards: Vec<MentorCard> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT o.hero_id, h.slug, h.display_name, h.headline, o.topics, o.formats, \
         o.languages, o.time_zones, o.capacity, o.taken FROM mentoring_offers o \
         JOIN heroes h ON h.id = o.hero_id WHERE o.open = TRUE AND o.taken < o.capacity \
         AND h.status IN ('active', 'on-leave') AND h.id <> $1 ORDER BY h.id"
    )
    .bind(except_hero.unwrap_or(0))
    .fetch_all(pool)
    .await)?;
    if cards.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Arg> = cards.iter().map(|c| Arg::Int(c.hero_id)).collect();
    let mut titles_sql =
        Sql::new("SELECT hero_id, title FROM contributions WHERE private = FALSE AND hero_id IN ");
    titles_sql
        .bind_list(ids.clone())
        .push(" ORDER BY hero_id, published_on DESC");
    let title_rows: Vec<(i64, String)> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(titles_sql.text.clone())),
        &titles_sql.args
    )
    .fetch_all(pool)
    .await)?;
    let words = topic_words(request);
    let mut matched: Vec<Vec<i64>> = Vec::new();
    for word in &words {
        let mut sql = match db.backend() {
            crate::db::Backend::Sqlite => {
                let mut s =
                    Sql::new("SELECT rowid FROM hero_search_fts WHERE hero_search_fts MATCH ");
                s.bind(Arg::Text(format!("\"{word}\"*")));
                s
            }
            crate::db::Backend::Postgres => {
                let mut s = Sql::new(
                    "SELECT hero_id FROM hero_search WHERE document @@ to_tsquery('simple', ",
                );
                s.bind(Arg::Text(format!("{word}:*"))).push(")");
                s
            }
        };
        sql.push(" AND ").push(match db.backend() {
            crate::db::Backend::Sqlite => "rowid IN ",
            crate::db::Backend::Postgres => "hero_id IN ",
        });
        sql.bind_list(ids.clone());
        let found: Vec<i64> = with_pool!(db, |pool| bind_args!(
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await)?;
        matched.push(found);
    }
    let mut out = Vec::with_capacity(cards.len());
    for card in cards {
        let titles: Vec<String> = title_rows
            .iter()
            .filter(|(id, _)| *id == card.hero_id)
            .take(TITLES_PER_MENTOR)
            .map(|(_, t)| t.clone())
            .collect();
        let candidate = Candidate {
            hero_id: card.hero_id,
            titles,
            index_matches: matched.iter().map(|m| m.contains(&card.hero_id)).collect(),
            offer_topics: card.topics.clone(),
            languages: card
                .languages
                .split(',')
                .filter_map(|l| LanguageTag::parse("languages", l).ok())
                .collect(),
            time_zones: card
                .time_zones
                .split(',')
                .filter_map(|z| TimeZone::parse("time_zones", z).ok())
                .collect(),
            capacity: u32::try_from(card.capacity).unwrap_or(0),
            taken: u32::try_from(card.taken).unwrap_or(u32::MAX),
        };
        out.push((candidate, card));
    }
    Ok(out)
}

/// One ask to one mentor.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AskRow {
    pub id: i64,
    pub request_id: i64,
    pub mentor_id: i64,
    pub mentor_slug: String,
    pub mentor_name: String,
    #[sqlx(try_from = "String")]
    pub state: AskState,
    /// The explanation the member saw when asking.
    pub reason: String,
    pub created_at: DateTime<Utc>,
    /// The member who asked.
    pub member_name: String,
    /// The request's goals and topics, for the mentor.
    pub goals: String,
    pub topics: String,
    pub language: String,
    pub time_zone: String,
}

const ASK_COLUMNS: &str = "SELECT a.id, a.request_id, a.mentor_id, h.slug AS mentor_slug, \
     h.display_name AS mentor_name, a.state, a.reason, a.created_at, u.name AS member_name, \
     r.goals, r.topics, r.language, r.time_zone FROM mentoring_asks a \
     JOIN heroes h ON h.id = a.mentor_id JOIN mentoring_requests r ON r.id = a.request_id \
     JOIN users u ON u.id = r.user_id";

/// A mentor asked, with the reason shown and the notice that tells them.
#[derive(Debug, Clone)]
pub struct NewAsk {
    pub mentor_id: i64,
    pub reason: String,
    pub notice: Option<Notice>,
}

/// Sends a member's open request to mentors (each at most once, each with an open offer);
/// tells each mentor asked. Returns how many were asked now. `NotFound` for a request that
/// is not the member's; `Err(RequestClosed)` when it is no longer open.
#[tracing::instrument(level = "debug", skip_all, fields(request_id = request_id, user_id = user_id))]
pub async fn ask_mentors(
    db: &Db,
    request_id: i64,
    user_id: i64,
    asks: &[NewAsk],
) -> StoreResult<Result<usize, Refusal>> {
    let mut tx = db.begin().await?;
    let state: Option<String> = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "SELECT state FROM mentoring_requests WHERE id = $1 AND user_id = $2"
    )
    .bind(request_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?);
    match state.as_deref() {
        None => {
            return tx.fail(StoreError::NotFound).await;
        }
        Some("open") => {}
        Some(_) => return tx.refuse(Refusal::RequestClosed).await,
    }
    let now = Utc::now();
    let mut asked = 0;
    for ask in asks {
        // Only while the request is open and the mentor's offer is; a second ask of the same
        // mentor adds nothing.
        let inserted = with_tx!(&mut tx, |conn| sqlx::query(
            "INSERT INTO mentoring_asks (request_id, mentor_id, state, reason, created_at) \
             SELECT r.id, $2, 'pending', $3, $4 FROM mentoring_requests r \
             WHERE r.id = $1 AND r.state = 'open' AND EXISTS (SELECT 1 FROM mentoring_offers o \
             WHERE o.hero_id = $2 AND o.open = TRUE) \
             ON CONFLICT (request_id, mentor_id) DO NOTHING"
        )
        .bind(request_id)
        .bind(ask.mentor_id)
        .bind(&ask.reason)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected());
        if inserted > 0 {
            asked += 1;
            notifications::send(&mut tx, ask.notice.as_slice()).await?;
        }
    }
    tx.commit().await?;
    Ok(Ok(asked))
}

/// The asks of a request, oldest first.
#[tracing::instrument(level = "debug", skip_all, fields(request_id = request_id))]
pub async fn asks_of_request(db: &Db, request_id: i64) -> StoreResult<Vec<AskRow>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!("{ASK_COLUMNS} WHERE a.request_id = $1 ORDER BY a.id")
    ))
    .bind(request_id)
    .fetch_all(pool)
    .await)?)
}

/// The asks a mentor received, pending first, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(mentor_id = mentor_id))]
pub async fn asks_to(db: &Db, mentor_id: i64) -> StoreResult<Vec<AskRow>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!(
            "{ASK_COLUMNS} WHERE a.mentor_id = $1 ORDER BY CASE WHEN a.state = 'pending' \
             THEN 0 ELSE 1 END, a.id DESC LIMIT 100"
        )
    ))
    .bind(mentor_id)
    .fetch_all(pool)
    .await)?)
}

/// One ask to this mentor (`None` for an ask to anyone else).
#[tracing::instrument(level = "debug", skip_all, fields(ask_id = ask_id, mentor_id = mentor_id))]
pub async fn ask_to(db: &Db, ask_id: i64, mentor_id: i64) -> StoreResult<Option<AskRow>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!("{ASK_COLUMNS} WHERE a.id = $1 AND a.mentor_id = $2")
    ))
    .bind(ask_id)
    .bind(mentor_id)
    .fetch_optional(pool)
    .await)?)
}

/// The member who asked, to tell them the answer.
#[tracing::instrument(level = "debug", skip_all, fields(ask_id = ask_id))]
pub async fn asker(db: &Db, ask_id: i64) -> StoreResult<Option<crate::notifications::Addressee>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT u.id AS user_id, u.email, u.name, u.language, u.time_zone FROM mentoring_asks a \
         JOIN mentoring_requests r ON r.id = a.request_id JOIN users u ON u.id = r.user_id \
         WHERE a.id = $1"
    )
    .bind(ask_id)
    .fetch_optional(pool)
    .await)?)
}

/// The mentor's answer to an ask: decline, or accept, which begins a mentorship if the
/// request is still open and a place is left, withdraws the request's other asks and tells
/// the member (`notices`), all in one transaction. Returns the new mentorship's id on
/// acceptance. `NotFound` for an ask to another mentor.
#[tracing::instrument(level = "debug", skip_all, fields(ask_id = ask_id, mentor_id = mentor_id))]
pub async fn answer_ask(
    db: &Db,
    ask_id: i64,
    mentor_id: i64,
    step: AskStep,
    notices: &[Notice],
) -> StoreResult<Result<Option<i64>, Refusal>> {
    let mut tx = db.begin().await?;
    let now = Utc::now();
    let current: Option<(String, i64)> = with_tx!(&mut tx, |conn| sqlx::query_as(
        "SELECT state, request_id FROM mentoring_asks WHERE id = $1 AND mentor_id = $2"
    )
    .bind(ask_id)
    .bind(mentor_id)
    .fetch_optional(&mut *conn)
    .await?);
    let Some((state, request_id)) = current else {
        return tx.fail(StoreError::NotFound).await;
    };
    let state = AskState::try_from(state)?;
    let next = match state.apply(step) {
        Ok(next) => next,
        Err(refusal) => return tx.refuse(refusal).await,
    };
    // Conditional on the state read: an answer racing this one changes nothing here.
    let moved = with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE mentoring_asks SET state = $1, answered_at = $2 WHERE id = $3 AND state = $4"
    )
    .bind(next.as_str())
    .bind(now)
    .bind(ask_id)
    .bind(state.as_str())
    .execute(&mut *conn)
    .await?
    .rows_affected());
    if moved == 0 {
        return tx.refuse(Refusal::AlreadyAnswered).await;
    }
    if next != AskState::Accepted {
        notifications::send(&mut tx, notices).await?;
        tx.commit().await?;
        return Ok(Ok(None));
    }
    let matched = with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE mentoring_requests SET state = 'matched', matched_at = $2 \
         WHERE id = $1 AND state = 'open'"
    )
    .bind(request_id)
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    if matched == 0 {
        return tx.refuse(Refusal::RequestClosed).await;
    }
    // The capacity check and the count are one statement (see the module comment). A paused
    // offer takes nobody, not even asks that were waiting when it was paused: those stay
    // pending until the mentor opens the offer again or declines them.
    let placed = with_tx!(&mut tx, |conn| sqlx::query(
        "UPDATE mentoring_offers SET taken = taken + 1 \
         WHERE hero_id = $1 AND open = TRUE AND taken < capacity"
    )
    .bind(mentor_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    if placed == 0 {
        let open: Option<bool> = with_tx!(&mut tx, |conn| sqlx::query_scalar(
            "SELECT open FROM mentoring_offers WHERE hero_id = $1"
        )
        .bind(mentor_id)
        .fetch_optional(&mut *conn)
        .await?);
        tx.rollback().await?;
        return Ok(Err(if open == Some(true) {
            Refusal::NoPlaceLeft
        } else {
            Refusal::Paused
        }));
    }
    withdraw_pending(&mut tx, request_id).await?;
    let mentorship: i64 = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "INSERT INTO mentorships (ask_id, mentor_id, mentee_id, started_at) \
         SELECT $1, $2, user_id, $3 FROM mentoring_requests WHERE id = $4 RETURNING id"
    )
    .bind(ask_id)
    .bind(mentor_id)
    .bind(now)
    .bind(request_id)
    .fetch_one(&mut *conn)
    .await?);
    notifications::send(&mut tx, notices).await?;
    tx.commit().await?;
    Ok(Ok(Some(mentorship)))
}

/// A mentorship as either side sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Mentorship {
    pub id: i64,
    pub mentor_id: i64,
    pub mentor_slug: String,
    pub mentor_name: String,
    /// The mentor's account, when linked.
    pub mentor_user_id: Option<i64>,
    pub mentor_email: Option<String>,
    /// The language the mentor's account reads (empty: none chosen; `None` without an account).
    pub mentor_language: Option<String>,
    /// The IANA zone the mentor's account reads times in (empty: none; `None` without one).
    pub mentor_time_zone: Option<String>,
    pub mentee_id: i64,
    pub mentee_name: String,
    pub mentee_email: String,
    /// The language the mentee's account reads (empty: none chosen).
    pub mentee_language: String,
    /// The IANA zone the mentee's account reads times in (empty: none chosen).
    pub mentee_time_zone: String,
    pub goals: String,
    pub topics: String,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub mentor_word: String,
    pub mentee_word: String,
    pub sessions: i64,
}

const MENTORSHIP_COLUMNS: &str = "SELECT m.id, m.mentor_id, h.slug AS mentor_slug, \
     h.display_name AS mentor_name, mu.id AS mentor_user_id, mu.email AS mentor_email, \
     mu.language AS mentor_language, mu.time_zone AS mentor_time_zone, m.mentee_id, u.name AS mentee_name, u.email AS mentee_email, \
     u.language AS mentee_language, u.time_zone AS mentee_time_zone, r.goals, r.topics, \
     m.started_at, m.ended_at, m.mentor_word, m.mentee_word, \
     (SELECT count(*) FROM mentoring_sessions s WHERE s.mentorship_id = m.id) AS sessions \
     FROM mentorships m JOIN heroes h ON h.id = m.mentor_id \
     LEFT JOIN users mu ON mu.hero_id = m.mentor_id JOIN users u ON u.id = m.mentee_id \
     JOIN mentoring_asks a ON a.id = m.ask_id JOIN mentoring_requests r ON r.id = a.request_id";

/// A mentorship, only for its pair: the mentee's account or the mentor's hero record.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, user_id = user_id, hero_id = ?hero_id))]
pub async fn mentorship(
    db: &Db,
    id: i64,
    user_id: i64,
    hero_id: Option<i64>,
) -> StoreResult<Option<Mentorship>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!("{MENTORSHIP_COLUMNS} WHERE m.id = $1 AND (m.mentee_id = $2 OR m.mentor_id = $3)")
    ))
    .bind(id)
    .bind(user_id)
    .bind(hero_id.unwrap_or(0))
    .fetch_optional(pool)
    .await)?)
}

/// Every mentorship of an account, as mentee or (through its hero record) as mentor,
/// running ones first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id, hero_id = ?hero_id))]
pub async fn mentorships_of(
    db: &Db,
    user_id: i64,
    hero_id: Option<i64>,
) -> StoreResult<Vec<Mentorship>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!(
            "{MENTORSHIP_COLUMNS} WHERE m.mentee_id = $1 OR m.mentor_id = $2 \
             ORDER BY CASE WHEN m.ended_at IS NULL THEN 0 ELSE 1 END, m.id DESC"
        )
    ))
    .bind(user_id)
    .bind(hero_id.unwrap_or(0))
    .fetch_all(pool)
    .await)?)
}

/// A logged session.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Session {
    pub id: i64,
    pub held_on: NaiveDate,
    pub notes: String,
}

/// The sessions of a mentorship, newest first. The caller has checked the pair.
#[tracing::instrument(level = "debug", skip_all, fields(mentorship_id = mentorship_id))]
pub async fn sessions(db: &Db, mentorship_id: i64) -> StoreResult<Vec<Session>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT id, held_on, notes FROM mentoring_sessions WHERE mentorship_id = $1 \
         ORDER BY held_on DESC, id DESC"
    )
    .bind(mentorship_id)
    .fetch_all(pool)
    .await)?)
}

/// Logs a session of a running mentorship; `Err(Ended)` once it has ended. The caller has
/// checked the pair.
#[tracing::instrument(level = "debug", skip_all, fields(mentorship_id = mentorship_id, user_id = user_id))]
pub async fn log_session(
    db: &Db,
    mentorship_id: i64,
    user_id: i64,
    session: &NewSession,
) -> StoreResult<Result<(), Refusal>> {
    let inserted = with_pool!(db, |pool| sqlx::query(
        "INSERT INTO mentoring_sessions (mentorship_id, held_on, notes, logged_by, created_at) \
         SELECT id, $2, $3, $4, $5 FROM mentorships WHERE id = $1 AND ended_at IS NULL"
    )
    .bind(mentorship_id)
    .bind(session.held_on)
    .bind(session.notes.as_str())
    .bind(user_id)
    .bind(Utc::now())
    .execute(pool)
    .await?
    .rows_affected());
    Ok(if inserted > 0 {
        Ok(())
    } else {
        Err(Refusal::Ended)
    })
}

/// Which side of a mentorship speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Mentor,
    Mentee,
}

/// Leaves one side's closing word, ending the mentorship if it is still running (which
/// gives the mentor's place back, once) and telling the other side (`notices`). A side
/// that already left its word is refused. The caller has checked the pair.
#[tracing::instrument(level = "debug", skip_all, fields(mentorship_id = mentorship_id))]
pub async fn end(
    db: &Db,
    mentorship_id: i64,
    side: Side,
    word: &ClosingWord,
    notices: &[Notice],
) -> StoreResult<Result<(), Refusal>> {
    let mut tx = db.begin().await?;
    let column = match side {
        Side::Mentor => "mentor_word",
        Side::Mentee => "mentee_word",
    };
    let worded = with_tx!(&mut tx, |conn| sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE mentorships SET {column} = $1 WHERE id = $2 AND {column} = ''"
    )))
    .bind(word.as_str())
    .bind(mentorship_id)
    .execute(&mut *conn)
    .await?
    .rows_affected());
    if worded == 0 {
        return tx.refuse(Refusal::Ended).await;
    }
    let ended: Option<i64> = with_tx!(&mut tx, |conn| sqlx::query_scalar(
        "UPDATE mentorships SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL \
         RETURNING mentor_id"
    )
    .bind(Utc::now())
    .bind(mentorship_id)
    .fetch_optional(&mut *conn)
    .await?);
    if let Some(mentor_id) = ended {
        with_tx!(&mut tx, |conn| sqlx::query(
            "UPDATE mentoring_offers SET taken = taken - 1 WHERE hero_id = $1 AND taken > 0"
        )
        .bind(mentor_id)
        .execute(&mut *conn)
        .await
        .map(|_| ()))?;
    }
    notifications::send(&mut tx, notices).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// A request waiting for a mentor, for admins.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Waiting {
    pub id: i64,
    pub member_name: String,
    pub topics: String,
    pub created_at: DateTime<Utc>,
    pub pending: i64,
}

/// Open requests made before `before`, oldest first.
pub async fn waiting(db: &Db, before: DateTime<Utc>) -> StoreResult<Vec<Waiting>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT r.id, u.name AS member_name, r.topics, r.created_at, \
         (SELECT count(*) FROM mentoring_asks a WHERE a.request_id = r.id AND a.state = 'pending') \
         AS pending FROM mentoring_requests r JOIN users u ON u.id = r.user_id \
         WHERE r.state = 'open' AND r.created_at < $1 ORDER BY r.created_at, r.id LIMIT 200"
    )
    .bind(before)
    .fetch_all(pool)
    .await)?)
}

/// How many open requests were made before `before` (the admin home's figure).
pub async fn waiting_count(db: &Db, before: DateTime<Utc>) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT count(*) FROM mentoring_requests WHERE state = 'open' AND created_at < $1"
    )
    .bind(before)
    .fetch_one(pool)
    .await)?)
}

/// A mentor's load, for admins.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Load {
    pub slug: String,
    pub display_name: String,
    pub taken: i64,
    pub capacity: i64,
    pub open: bool,
    pub pending: i64,
}

/// Every mentor's load, fullest first.
pub async fn loads(db: &Db) -> StoreResult<Vec<Load>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT h.slug, h.display_name, o.taken, o.capacity, o.open, \
         (SELECT count(*) FROM mentoring_asks a WHERE a.mentor_id = o.hero_id \
         AND a.state = 'pending') AS pending FROM mentoring_offers o \
         JOIN heroes h ON h.id = o.hero_id ORDER BY o.taken DESC, h.sort_name, h.id"
    )
    .fetch_all(pool)
    .await)?)
}

/// When each mentorship since `since` began (for matches per month; grouped by the caller
/// so both backends share one query).
pub async fn match_times(db: &Db, since: DateTime<Utc>) -> StoreResult<Vec<DateTime<Utc>>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT started_at FROM mentorships WHERE started_at >= $1 ORDER BY started_at"
    )
    .bind(since)
    .fetch_all(pool)
    .await)?)
}
