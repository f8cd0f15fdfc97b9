//! The private network of heroes: each hero's card (what they work on, what to ask them),
//! the network directory with the contact details its reader may see, and the asks heroes
//! post to each other with their answers.
//!
//! None of this reaches the public search document (`search::refresh` never reads these
//! tables) or bumps the data version: no public page, feed or API answer shows it.

use crate::db::{Backend, Db};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Utc};
use heroes_domain::contact::Visibility;
use heroes_domain::network::{AskKind, NetworkCard, NewAsk};
use heroes_domain::search::normalize;
use std::collections::HashMap;

/// A hero's card as stored.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct CardRow {
    pub working_on: String,
    pub ask_me_about: String,
    pub open_to_cospeaking: bool,
    pub open_to_collaboration: bool,
}

/// Writes (or replaces) a hero's card.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn save_card(db: &Db, hero_id: i64, card: &NetworkCard) -> StoreResult<()> {
    let folded = normalize(&format!(
        "{} {}",
        card.working_on.as_str(),
        card.ask_me_about.as_str()
    ));
    with_pool!(db, |pool| sqlx::query(
        "INSERT INTO network_cards (hero_id, working_on, ask_me_about, folded, \
         open_to_cospeaking, open_to_collaboration, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hero_id) DO UPDATE SET \
         working_on = excluded.working_on, ask_me_about = excluded.ask_me_about, \
         folded = excluded.folded, open_to_cospeaking = excluded.open_to_cospeaking, \
         open_to_collaboration = excluded.open_to_collaboration, updated_at = excluded.updated_at"
    )
    .bind(hero_id)
    .bind(card.working_on.as_str())
    .bind(card.ask_me_about.as_str())
    .bind(folded)
    .bind(card.open_to_cospeaking)
    .bind(card.open_to_collaboration)
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// A hero's card, or the empty card when they have not written one.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn card(db: &Db, hero_id: i64) -> StoreResult<CardRow> {
    let row: Option<CardRow> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT working_on, ask_me_about, open_to_cospeaking, open_to_collaboration \
         FROM network_cards WHERE hero_id = $1"
    )
    .bind(hero_id)
    .fetch_optional(pool)
    .await)?;
    Ok(row.unwrap_or_default())
}

/// Who the network shows: heroes open to something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenTo {
    /// Speaking together.
    CoSpeaking,
    /// Working together.
    Collaboration,
    /// Taking mentees (an open offer with a place left).
    Mentoring,
}

impl OpenTo {
    /// The query value.
    pub fn as_str(self) -> &'static str {
        match self {
            OpenTo::CoSpeaking => "cospeaking",
            OpenTo::Collaboration => "collaboration",
            OpenTo::Mentoring => "mentoring",
        }
    }

    /// Reads a query value.
    pub fn parse(value: &str) -> Option<OpenTo> {
        [OpenTo::CoSpeaking, OpenTo::Collaboration, OpenTo::Mentoring]
            .into_iter()
            .find(|o| o.as_str() == value)
    }
}

/// A network search, parsed by the caller.
#[derive(Debug, Clone, Default)]
pub struct NetworkQuery {
    /// Folded words (`domain::search::query_terms`); each must match the hero's search
    /// document or their card.
    pub terms: Vec<String>,
    /// A specialization slug.
    pub specialization: Option<String>,
    pub open_to: Option<OpenTo>,
    /// The contact audiences the reader may see (`policy::may_see`).
    pub visible: Vec<Visibility>,
    pub limit: i64,
    pub offset: i64,
}

/// One hero in the network.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NetworkEntry {
    pub id: i64,
    pub slug: String,
    pub display_name: String,
    pub headline: String,
    pub company: String,
    pub city: String,
    pub country: String,
    pub timezone: Option<String>,
    pub languages: String,
    pub working_on: Option<String>,
    pub ask_me_about: Option<String>,
    pub open_to_cospeaking: Option<bool>,
    pub open_to_collaboration: Option<bool>,
    /// Takes mentees now.
    pub mentoring: bool,
    /// `(kind, value)` the reader may see; filled after the row is read.
    #[sqlx(skip)]
    pub contacts: Vec<(String, String)>,
    /// Specialization names; filled after the row is read.
    #[sqlx(skip)]
    pub specializations: Vec<String>,
}

/// The network: current heroes (active or on leave) matching `query`, A-Z, with the total.
pub async fn directory(db: &Db, query: &NetworkQuery) -> StoreResult<(Vec<NetworkEntry>, i64)> {
    let mut filter = Sql::new(
        " FROM heroes h LEFT JOIN network_cards c ON c.hero_id = h.id \
         WHERE h.status IN ('active', 'on-leave')",
    );
    for term in &query.terms {
        // Each word matches the public search document or the private card; the card's
        // text is never written to the public index.
        filter.push(" AND (h.id IN ");
        match db.backend() {
            Backend::Sqlite => filter
                .push("(SELECT rowid FROM hero_search_fts WHERE hero_search_fts MATCH ")
                .bind(Arg::Text(format!("\"{term}\"*"))),
            Backend::Postgres => filter
                .push("(SELECT hero_id FROM hero_search WHERE document @@ to_tsquery('simple', ")
                .bind(Arg::Text(format!("{term}:*")))
                .push(")"),
        };
        filter
            .push(") OR (' ' || c.folded) LIKE ")
            .bind(Arg::Text(format!("% {term}%")))
            .push(")");
    }
    if let Some(slug) = &query.specialization {
        filter
            .push(
                " AND h.id IN (SELECT fa.hero_id FROM hero_awards fa \
                 JOIN specializations fs ON fs.id = fa.specialization_id WHERE fs.slug = ",
            )
            .bind(Arg::Text(slug.clone()))
            .push(")");
    }
    match query.open_to {
        Some(OpenTo::CoSpeaking) => {
            filter.push(" AND c.open_to_cospeaking = TRUE");
        }
        Some(OpenTo::Collaboration) => {
            filter.push(" AND c.open_to_collaboration = TRUE");
        }
        Some(OpenTo::Mentoring) => {
            filter.push(
                " AND h.id IN (SELECT hero_id FROM mentoring_offers \
                 WHERE open = TRUE AND taken < capacity)",
            );
        }
        None => {}
    }
    let mut count = Sql::new("SELECT count(*)");
    count.append(&filter);
    let total: i64 = with_pool!(db, |pool| bind_args!(
        sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count.text.clone())),
        &count.args
    )
    .fetch_one(pool)
    .await)?;
    let mut page = Sql::new(
        "SELECT h.id, h.slug, h.display_name, h.headline, h.company, h.city, h.country, \
         h.timezone, h.languages, c.working_on, c.ask_me_about, c.open_to_cospeaking, \
         c.open_to_collaboration, EXISTS (SELECT 1 FROM mentoring_offers o \
         WHERE o.hero_id = h.id AND o.open = TRUE AND o.taken < o.capacity) AS mentoring",
    );
    page.append(&filter)
        .push(" ORDER BY h.sort_name, h.id LIMIT ")
        .bind(Arg::Int(query.limit))
        .push(" OFFSET ")
        .bind(Arg::Int(query.offset));
    let mut rows: Vec<NetworkEntry> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, NetworkEntry>(sqlx::AssertSqlSafe(page.text.clone())),
        &page.args
    )
    .fetch_all(pool)
    .await)?;
    if rows.is_empty() {
        return Ok((rows, total));
    }
    let ids: Vec<Arg> = rows.iter().map(|r| Arg::Int(r.id)).collect();
    let mut contacts =
        Sql::new("SELECT hero_id, kind, value, visibility FROM hero_contacts WHERE hero_id IN ");
    contacts.bind_list(ids.clone());
    let contact_rows: Vec<(i64, String, String, String)> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, (i64, String, String, String)>(sqlx::AssertSqlSafe(
            contacts.text.clone()
        )),
        &contacts.args
    )
    .fetch_all(pool)
    .await)?;
    let mut awards = Sql::new(
        "SELECT a.hero_id, s.name FROM hero_awards a JOIN specializations s \
         ON s.id = a.specialization_id WHERE a.hero_id IN ",
    );
    awards.bind_list(ids).push(" ORDER BY s.position, s.name");
    let award_rows: Vec<(i64, String)> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(awards.text.clone())),
        &awards.args
    )
    .fetch_all(pool)
    .await)?;
    let mut by_hero: HashMap<i64, &mut NetworkEntry> = rows.iter_mut().map(|r| (r.id, r)).collect();
    for (hero_id, kind, value, visibility) in contact_rows {
        let seen =
            Visibility::parse("visibility", &visibility).is_ok_and(|v| query.visible.contains(&v));
        if let (true, Some(entry)) = (seen, by_hero.get_mut(&hero_id)) {
            entry.contacts.push((kind, value));
        }
    }
    for (hero_id, name) in award_rows {
        if let Some(entry) = by_hero.get_mut(&hero_id) {
            entry.specializations.push(name);
        }
    }
    Ok((rows, total))
}

/// An ask, with who posted it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Ask {
    pub id: i64,
    pub author_id: i64,
    /// The author's hero name, or their account name.
    pub author_name: String,
    /// The author's hero page, when they are a hero.
    pub author_slug: Option<String>,
    /// The author's address, to mail them answers.
    pub author_email: String,
    /// The language the author's account reads, for the notice of an answer (empty: none).
    pub author_language: String,
    /// The IANA zone the author's account reads times in (empty: none).
    pub author_time_zone: String,
    #[sqlx(try_from = "String")]
    pub kind: AskKind,
    pub title: String,
    /// Markdown, unsanitized.
    pub body: String,
    /// `open` or `closed`.
    pub state: String,
    pub created_at: DateTime<Utc>,
    pub answers: i64,
}

const ASK_COLUMNS: &str = "SELECT a.id, a.author_id, coalesce(h.display_name, u.name) AS author_name, \
     h.slug AS author_slug, u.email AS author_email, \
     u.language AS author_language, u.time_zone AS author_time_zone, a.kind, a.title, a.body, a.state, \
     a.created_at, (SELECT count(*) FROM network_answers n WHERE n.ask_id = a.id) AS answers \
     FROM network_asks a JOIN users u ON u.id = a.author_id LEFT JOIN heroes h ON h.id = u.hero_id";

/// Posts an ask; returns its id.
#[tracing::instrument(level = "debug", skip_all, fields(author_id = author_id))]
pub async fn post_ask(db: &Db, author_id: i64, ask: &NewAsk) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "INSERT INTO network_asks (author_id, kind, title, body, state, created_at) \
         VALUES ($1, $2, $3, $4, 'open', $5) RETURNING id"
    )
    .bind(author_id)
    .bind(ask.kind.as_str())
    .bind(ask.title.as_str())
    .bind(ask.body.as_str())
    .bind(Utc::now())
    .fetch_one(pool)
    .await)?)
}

/// The newest asks: open ones first, then the most recently closed, at most `limit`.
pub async fn asks(db: &Db, limit: i64) -> StoreResult<Vec<Ask>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Ask>(
        sqlx::AssertSqlSafe(format!(
            "{ASK_COLUMNS} ORDER BY a.state DESC, a.created_at DESC, a.id DESC LIMIT $1"
        ))
    )
    .bind(limit)
    .fetch_all(pool)
    .await)?)
}

/// Every ask an account posted, newest first (for its export).
#[tracing::instrument(level = "debug", skip_all, fields(author_id = author_id))]
pub async fn asks_by(db: &Db, author_id: i64) -> StoreResult<Vec<Ask>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Ask>(
        sqlx::AssertSqlSafe(format!(
            "{ASK_COLUMNS} WHERE a.author_id = $1 ORDER BY a.id DESC"
        ))
    )
    .bind(author_id)
    .fetch_all(pool)
    .await)?)
}

/// Every answer an account wrote: `(ask id, body, written at)` (for its export).
#[tracing::instrument(level = "debug", skip_all, fields(author_id = author_id))]
pub async fn answers_by(db: &Db, author_id: i64) -> StoreResult<Vec<(i64, String, DateTime<Utc>)>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT ask_id, body, created_at FROM network_answers WHERE author_id = $1 ORDER BY id"
    )
    .bind(author_id)
    .fetch_all(pool)
    .await)?)
}

/// One ask.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn ask(db: &Db, id: i64) -> StoreResult<Option<Ask>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Ask>(
        sqlx::AssertSqlSafe(format!("{ASK_COLUMNS} WHERE a.id = $1"))
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// An answer to an ask.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Answer {
    pub id: i64,
    pub author_name: String,
    pub author_slug: Option<String>,
    /// Markdown, unsanitized.
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// The answers to an ask, oldest first.
#[tracing::instrument(level = "debug", skip_all, fields(ask_id = ask_id))]
pub async fn answers(db: &Db, ask_id: i64) -> StoreResult<Vec<Answer>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Answer>(
        "SELECT n.id, coalesce(h.display_name, u.name) AS author_name, h.slug AS author_slug, \
         n.body, n.created_at FROM network_answers n JOIN users u ON u.id = n.author_id \
         LEFT JOIN heroes h ON h.id = u.hero_id WHERE n.ask_id = $1 ORDER BY n.id"
    )
    .bind(ask_id)
    .fetch_all(pool)
    .await)?)
}

/// Answers an open ask and tells its author (`notices`), in one transaction. `Ok(false)`
/// when the ask was closed in the meantime (nothing is stored, nobody is told).
#[tracing::instrument(level = "debug", skip_all, fields(ask_id = ask_id, author_id = author_id))]
pub async fn answer(
    db: &Db,
    ask_id: i64,
    author_id: i64,
    body: &str,
    notices: &[Notice],
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    // The insert happens only while the ask is open: a close racing it wins or loses whole.
    let inserted = with_tx!(&mut tx, |conn| sqlx::query(
        "INSERT INTO network_answers (ask_id, author_id, body, created_at) \
         SELECT id, $2, $3, $4 FROM network_asks WHERE id = $1 AND state = 'open'"
    )
    .bind(ask_id)
    .bind(author_id)
    .bind(body)
    .bind(Utc::now())
    .execute(&mut *conn)
    .await?
    .rows_affected());
    notifications::send_if(tx, inserted > 0, notices).await
}

/// Closes an ask, by its author only: [`StoreError::NotFound`] for anyone else (the ask is
/// not theirs to name). Closing a closed ask changes nothing.
#[tracing::instrument(level = "debug", skip_all, fields(ask_id = ask_id, author_id = author_id))]
pub async fn close(db: &Db, ask_id: i64, author_id: i64) -> StoreResult<()> {
    let found: Option<String> = with_pool!(db, |pool| sqlx::query_scalar(
        "UPDATE network_asks SET state = 'closed', \
         closed_at = CASE WHEN state = 'open' THEN $3 ELSE closed_at END \
         WHERE id = $1 AND author_id = $2 RETURNING state"
    )
    .bind(ask_id)
    .bind(author_id)
    .bind(Utc::now())
    .fetch_optional(pool)
    .await)?;
    found.map(|_| ()).ok_or(StoreError::NotFound)
}
