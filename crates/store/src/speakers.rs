//! Speakers: heroes' "available to speak" settings, the facts the speaker ranking reads for
//! an event (the search index read-only, as mentoring reads it), and invitations to speak.
//!
//! **Suggestions stay cheap at scale.** The search index answers, per word of the event, which
//! heroes match (ids only); the words most heroes match are dropped as saying nothing. Only
//! the [`SHORTLIST`] heroes the index ranks best (plus at most [`SHORTLIST`] more whose
//! speaking topics name a word) have their titles, places and talks read. Their titles are
//! the [`TITLES_PER_HERO`] newest, already folded, one line each in the hero's search
//! document (`search::works_text`): one row per hero leaves the database and no title is
//! folded per request, so the cost follows the shortlist, not the number of contributions or
//! how prolific the shortlisted heroes are.
//!
//! **What is asked about every hero is kept in memory.** Which heroes match each word, how
//! many heroes are current, every hero's speaking settings and the languages spoken per
//! country change only with public data: [`SpeakerIndex`] holds them per data version, and a
//! request then asks the database about the event and the shortlisted heroes only.
//! [`shortlist`] and [`usual_languages`] ask SQL for all of it and stay as the reference the
//! index is tested against.
//!
//! **An invitation is answered once.** The answer updates `WHERE state = 'pending'`; of two
//! acceptances at once, one moves the row and adds the hero to the event's speakers in the
//! same transaction, the other changes nothing and is told the invitation was answered.

use crate::db::{Backend, Db};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Duration, Utc};
use heroes_domain::events::EventKind;
use heroes_domain::geo::city_coordinates;
use heroes_domain::hero::{LanguageTag, TimeZone};
use heroes_domain::mentoring::Refusal;
use heroes_domain::search::query_terms;
use heroes_domain::speakers::{
    Availability, AvailabilityInput, Candidate, EventFacts, InvitationState, InvitationStep,
    topic_words,
};
use std::collections::{HashMap, HashSet};

pub mod index;
pub use index::SpeakerIndex;

/// How many heroes the index's first pass keeps for the full ranking.
pub const SHORTLIST: usize = 100;

/// Public titles read per hero for the topic match (the newest): those a search document keeps.
pub const TITLES_PER_HERO: usize = crate::search::MAX_TITLES as usize;

const CURRENT: &str = "('active', 'on-leave')";

#[derive(sqlx::FromRow)]
struct AvailabilityRow {
    hero_id: i64,
    open: bool,
    topics: String,
    travel_km: Option<i64>,
    remote_only: bool,
    languages: String,
}

impl AvailabilityRow {
    /// The settings as the ranking reads them (stored values were parsed when written).
    fn parsed(&self) -> Option<Availability> {
        AvailabilityInput {
            open: self.open,
            topics: self.topics.clone(),
            travel_km: self.travel_km.map(|k| k.to_string()).unwrap_or_default(),
            remote_only: self.remote_only,
            languages: self.languages.clone(),
        }
        .parse()
        .ok()
    }
}

/// A hero's speaking settings as the shortlist reads them: topics folded like the search
/// index, the settings parsed (`None` when the stored row no longer parses).
struct Said {
    hero_id: i64,
    open: bool,
    topics: String,
    settings: Option<Availability>,
}

/// For each word of an event, the heroes the search index matches (ids).
type WordMatches = HashMap<String, Vec<i64>>;

/// The start of every write of settings; [`availability_row`] gives one row's values.
const SAVE: &str = "INSERT INTO speaker_availability (hero_id, open, topics, travel_km, \
     remote_only, languages, updated_at) VALUES ";

/// Settings written over a hero's earlier ones.
const SAVE_CONFLICT: &str = " ON CONFLICT (hero_id) DO UPDATE SET open = excluded.open, \
     topics = excluded.topics, travel_km = excluded.travel_km, \
     remote_only = excluded.remote_only, languages = excluded.languages, \
     updated_at = excluded.updated_at";

fn availability_row(hero_id: i64, settings: &Availability, now: DateTime<Utc>) -> [Arg; 7] {
    let languages = settings
        .languages
        .iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(",");
    [
        Arg::Int(hero_id),
        Arg::Bool(settings.open),
        Arg::Text(settings.topics.as_str().to_owned()),
        Arg::OptInt(settings.travel_km.map(i64::from)),
        Arg::Bool(settings.remote_only),
        Arg::Text(languages),
        Arg::Time(now),
    ]
}

/// Writes the speaking settings of many heroes at once (the demo generator), 1,000 rows per
/// statement in one transaction.
pub async fn save_availability_many(db: &Db, items: &[(i64, Availability)]) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    for chunk in items.chunks(1_000) {
        let mut sql = Sql::new(SAVE);
        for (i, (hero_id, settings)) in chunk.iter().enumerate() {
            sql.push(if i > 0 { ", " } else { "" })
                .bind_list(availability_row(*hero_id, settings, now));
        }
        sql.push(SAVE_CONFLICT);
        sql.execute_in(&mut tx).await?;
    }
    // The speaker index keeps every hero's settings per data version.
    tx.bump_data_version().await?;
    tx.commit().await
}

const AVAILABILITY: &str =
    "SELECT hero_id, open, topics, travel_km, remote_only, languages FROM speaker_availability";

/// Writes a hero's speaking settings. The data version moves with them: the speaker index
/// ([`SpeakerIndex`]) keeps every hero's settings per version.
pub async fn save_availability(db: &Db, hero_id: i64, settings: &Availability) -> StoreResult<()> {
    let mut sql = Sql::new(SAVE);
    sql.bind_list(availability_row(hero_id, settings, Utc::now()))
        .push(SAVE_CONFLICT);
    let mut tx = db.begin().await?;
    sql.execute_in(&mut tx).await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// A hero's speaking settings, if they gave any.
pub async fn availability(db: &Db, hero_id: i64) -> StoreResult<Option<Availability>> {
    let row: Option<AvailabilityRow> = with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!("{AVAILABILITY} WHERE hero_id = $1")
    ))
    .bind(hero_id)
    .fetch_optional(pool)
    .await)?;
    Ok(row.and_then(|r| r.parsed()))
}

#[derive(sqlx::FromRow)]
struct EventRow {
    title: String,
    description: String,
    #[sqlx(try_from = "String")]
    kind: EventKind,
    time_zone: String,
    starts_at: DateTime<Utc>,
    venue: String,
    group_id: Option<i64>,
    city: Option<String>,
    country: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    specialization: Option<String>,
}

/// A hero as a suggestion shows them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SpeakerCard {
    pub hero_id: i64,
    pub slug: String,
    pub display_name: String,
    pub headline: String,
    pub city: String,
    pub country: String,
    timezone: Option<String>,
    languages: String,
}

/// The event's facts and the shortlisted heroes, each with what the ranking needs.
#[derive(Debug, Clone)]
pub struct Shortlist {
    pub event: EventFacts,
    pub candidates: Vec<(Candidate, SpeakerCard)>,
}

/// The languages heroes of `country` speak most (at most two), the default languages of an
/// event there; English when none is known. [`SpeakerIndex::usual_languages`] answers the
/// same from memory.
pub async fn usual_languages(db: &Db, country: Option<&str>) -> StoreResult<Vec<LanguageTag>> {
    let lists: Vec<String> = match country {
        Some(country) => with_pool!(db, |pool| sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT languages FROM heroes WHERE country = $1 AND status IN {CURRENT}"
        )))
        .bind(country)
        .fetch_all(pool)
        .await)?,
        None => Vec::new(),
    };
    Ok(most_spoken(lists.iter().map(String::as_str)))
}

/// The (at most two) languages most of `lists` (heroes' comma-separated tags) name, ties to
/// the tag first in byte order; English when none parses.
fn most_spoken<'a>(lists: impl IntoIterator<Item = &'a str>) -> Vec<LanguageTag> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for list in lists {
        for tag in list.split(',').filter(|t| !t.is_empty()) {
            *counts.entry(tag.to_owned()).or_default() += 1;
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out: Vec<LanguageTag> = ranked
        .into_iter()
        .filter_map(|(tag, _)| LanguageTag::parse("languages", &tag).ok())
        .take(2)
        .collect();
    if out.is_empty() {
        out.extend(LanguageTag::parse("languages", "en").ok());
    }
    out
}

/// The heroes who match each of `words` in the search index (ids only), in one statement.
///
/// On PostgreSQL the statement runs with sequential scans off: the planner takes the `@@`
/// filter for cheap per row and scans the table for a word many heroes match, but each row's
/// `tsvector` is stored out of line (200 titles, about 4 KB), so that scan unpacks every
/// document (about half a second at 10,000 heroes), where the GIN index answers without
/// reading any.
async fn index_matches(db: &Db, words: &[String]) -> StoreResult<WordMatches> {
    let mut out: HashMap<String, Vec<i64>> =
        words.iter().map(|w| (w.clone(), Vec::new())).collect();
    if words.is_empty() {
        return Ok(out);
    }
    let mut sql = Sql::new("");
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            sql.push(" UNION ALL ");
        }
        match db.backend() {
            Backend::Sqlite => {
                sql.push(&format!(
                    "SELECT CAST({i} AS BIGINT), rowid FROM hero_search_fts \
                     WHERE hero_search_fts MATCH "
                ))
                .bind(Arg::Text(format!("\"{word}\"*")));
            }
            Backend::Postgres => {
                sql.push(&format!(
                    "SELECT CAST({i} AS BIGINT), hero_id FROM hero_search \
                     WHERE document @@ to_tsquery('simple', "
                ))
                .bind(Arg::Text(format!("{word}:*")))
                .push(")");
            }
        }
    }
    let rows: Vec<(i64, i64)> = match db {
        Db::Sqlite(pool) => {
            bind_args!(
                sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql.text.clone())),
                &sql.args
            )
            .fetch_all(pool)
            .await?
        }
        Db::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            sqlx::query("SET LOCAL enable_seqscan = off")
                .execute(&mut *tx)
                .await?;
            let rows = bind_args!(
                sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql.text.clone())),
                &sql.args
            )
            .fetch_all(&mut *tx)
            .await?;
            tx.commit().await?;
            rows
        }
    };
    for (i, id) in rows {
        if let Some(ids) = usize::try_from(i)
            .ok()
            .and_then(|i| words.get(i))
            .and_then(|w| out.get_mut(w))
        {
            ids.push(id);
        }
    }
    Ok(out)
}

/// The shortlist of possible speakers for event `event_id` (visible or not: the caller checked
/// the organizer), to be talked about in `languages`. Heroes already speaking there are left
/// out. `NotFound` for an unknown event. Every answer about all heroes comes from SQL here;
/// [`SpeakerIndex::shortlist`] gives the same from memory.
pub async fn shortlist(
    db: &Db,
    event_id: i64,
    languages: Vec<LanguageTag>,
    now: DateTime<Utc>,
) -> StoreResult<Shortlist> {
    shortlist_from(db, None, event_id, languages, now).await
}

/// [`shortlist`], with what it asks about every hero (which match each word, how many are
/// current, their speaking settings) from `index` when given.
async fn shortlist_from(
    db: &Db,
    index: Option<&index::Snapshot>,
    event_id: i64,
    languages: Vec<LanguageTag>,
    now: DateTime<Utc>,
) -> StoreResult<Shortlist> {
    let row: Option<EventRow> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT e.title, e.description, e.kind, e.time_zone, e.starts_at, e.venue, e.group_id, \
         g.city, g.country, g.latitude, g.longitude, s.name AS specialization FROM events e \
         LEFT JOIN user_groups g ON g.id = e.group_id \
         LEFT JOIN specializations s ON s.id = e.specialization_id WHERE e.id = $1"
    )
    .bind(event_id)
    .fetch_optional(pool)
    .await)?;
    let row = row.ok_or(StoreError::NotFound)?;
    let group_specializations: Vec<String> = match row.group_id {
        Some(group) => with_pool!(db, |pool| sqlx::query_scalar(
            "SELECT s.name FROM group_specializations gs \
             JOIN specializations s ON s.id = gs.specialization_id WHERE gs.group_id = $1"
        )
        .bind(group)
        .fetch_all(pool)
        .await)?,
        None => Vec::new(),
    };
    let heroes: u64 = match index {
        Some(index) => index.current_heroes(),
        None => {
            let n: i64 = with_pool!(db, |pool| sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT count(*) FROM heroes WHERE status IN {CURRENT}"
            )))
            .fetch_one(pool)
            .await)?;
            u64::try_from(n).unwrap_or(0)
        }
    };
    // Title first: when the text has more words than a query keeps, the title's stay.
    let text = format!(
        "{} {} {} {}",
        row.title,
        row.specialization.clone().unwrap_or_default(),
        group_specializations.join(" "),
        row.description
    );
    let terms: Vec<String> = query_terms(&text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let per_word = match index {
        Some(index) => index.word_matches(&terms),
        None => index_matches(db, &terms).await?,
    };
    let words = topic_words(
        &text,
        |w| per_word.get(w).map_or(0, |ids| ids.len() as u64),
        heroes,
    );
    // First pass: how many of the words the index matches per hero.
    let mut matched: HashMap<i64, Vec<bool>> = HashMap::new();
    for (i, word) in words.iter().enumerate() {
        for id in per_word.get(word).into_iter().flatten() {
            matched
                .entry(*id)
                .or_insert_with(|| vec![false; words.len()])[i] = true;
        }
    }
    let read: Vec<Said>;
    let said: &[Said] = match index {
        Some(index) => index.said(),
        None => {
            let rows: Vec<AvailabilityRow> =
                with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(AVAILABILITY))
                    .fetch_all(pool)
                    .await)?;
            read = rows.iter().map(Said::from_row).collect();
            &read
        }
    };
    let mut first: Vec<(i64, usize)> = matched
        .iter()
        .map(|(id, m)| (*id, m.iter().filter(|x| **x).count()))
        .collect();
    first.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut ids: Vec<i64> = first
        .into_iter()
        .take(SHORTLIST)
        .map(|(id, _)| id)
        .collect();
    // Heroes whose speaking topics name the event's words join the shortlist even when the
    // index ranks them lower, but at most SHORTLIST of them (those naming the most words):
    // a popular word in many heroes' topics must not make the reads below grow with the
    // program.
    let first_pass: HashSet<i64> = ids.iter().copied().collect();
    let mut by_topics: Vec<(i64, usize)> = said
        .iter()
        .filter(|s| s.open && !first_pass.contains(&s.hero_id))
        .filter_map(|s| {
            let named = words
                .iter()
                .filter(|w| s.topics.split(' ').any(|t| t.starts_with(w.as_str())))
                .count();
            (named > 0).then_some((s.hero_id, named))
        })
        .collect();
    by_topics.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ids.extend(by_topics.into_iter().take(SHORTLIST).map(|(id, _)| id));
    let online = row.kind == EventKind::OnlineSession || row.venue.trim().is_empty();
    let venue = match (row.latitude, row.longitude) {
        (Some(lat), Some(lon)) => Some((lat, lon)),
        _ => city_coordinates(
            row.country.as_deref().unwrap_or_default(),
            row.city.as_deref().unwrap_or_default(),
        ),
    };
    let event = EventFacts {
        words: words.clone(),
        online,
        venue: venue.filter(|_| !online),
        time_zone: TimeZone::parse("time_zone", &row.time_zone)
            .or_else(|_| TimeZone::parse("time_zone", "UTC"))
            .map_err(|e| StoreError::Database(sqlx::Error::Decode(e.to_string().into())))?,
        starts_at: row.starts_at,
        languages,
    };
    if ids.is_empty() {
        return Ok(Shortlist {
            event,
            candidates: Vec::new(),
        });
    }
    let list: Vec<Arg> = ids.iter().map(|id| Arg::Int(*id)).collect();
    let mut cards_sql = Sql::new(
        "SELECT id AS hero_id, slug, display_name, headline, city, country, timezone, languages \
         FROM heroes h WHERE status IN ('active', 'on-leave') AND NOT EXISTS (SELECT 1 FROM \
         event_speakers sp WHERE sp.hero_id = h.id AND sp.event_id = ",
    );
    cards_sql
        .bind(Arg::Int(event_id))
        .push(") AND id IN ")
        .bind_list(list.clone())
        .push(" ORDER BY id");
    let cards: Vec<SpeakerCard> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, SpeakerCard>(sqlx::AssertSqlSafe(cards_sql.text.clone())),
        &cards_sql.args
    )
    .fetch_all(pool)
    .await)?;
    // The titles come folded, one per line, from the heroes' search documents (the newest
    // TITLES_PER_HERO, rewritten in the transaction of every change to their public work):
    // reading and folding each hero's contributions here cost most of a request.
    let mut titles_sql = Sql::new("SELECT hero_id, works FROM hero_search WHERE hero_id IN ");
    titles_sql.bind_list(list.clone());
    let mut titles: HashMap<i64, String> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(titles_sql.text.clone())),
        &titles_sql.args
    )
    .fetch_all(pool)
    .await)?
    .into_iter()
    .collect();
    let mut talks_sql = Sql::new(
        "SELECT sp.hero_id, count(*) FROM event_speakers sp JOIN events e ON e.id = sp.event_id \
         WHERE e.cancelled = FALSE AND e.starts_at > ",
    );
    talks_sql
        .bind(Arg::Time(now - Duration::days(365)))
        .push(" AND e.starts_at <= ")
        .bind(Arg::Time(now))
        .push(" AND sp.hero_id IN ")
        .bind_list(list)
        .push(" GROUP BY sp.hero_id");
    let talks: HashMap<i64, i64> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(talks_sql.text.clone())),
        &talks_sql.args
    )
    .fetch_all(pool)
    .await)?
    .into_iter()
    .collect();
    let shortlisted: HashSet<i64> = ids.iter().copied().collect();
    let settings: HashMap<i64, Availability> = said
        .iter()
        .filter(|s| shortlisted.contains(&s.hero_id))
        .filter_map(|s| Some((s.hero_id, s.settings.clone()?)))
        .collect();
    let candidates = cards
        .into_iter()
        .map(|card| {
            let candidate = Candidate {
                hero_id: card.hero_id,
                titles: titles.remove(&card.hero_id).unwrap_or_default(),
                index_matches: matched
                    .get(&card.hero_id)
                    .cloned()
                    .unwrap_or_else(|| vec![false; words.len()]),
                location: city_coordinates(&card.country, &card.city),
                time_zone: card
                    .timezone
                    .as_deref()
                    .and_then(|z| TimeZone::parse("timezone", z).ok()),
                languages: LanguageTag::parse_list("languages", &card.languages)
                    .unwrap_or_default(),
                // A hero who said "not open" is left out by the ranking.
                availability: settings.get(&card.hero_id).cloned(),
                recent_talks: talks
                    .get(&card.hero_id)
                    .map_or(0, |n| u32::try_from(*n).unwrap_or(u32::MAX)),
            };
            (candidate, card)
        })
        .collect();
    Ok(Shortlist { event, candidates })
}

/// An invitation to speak, as the organizer and the hero see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Invitation {
    pub id: i64,
    pub event_id: i64,
    pub event_title: String,
    pub starts_at: DateTime<Utc>,
    pub time_zone: String,
    pub hero_id: i64,
    pub hero_slug: String,
    pub hero_name: String,
    pub talk_title: String,
    pub message: String,
    pub reason: String,
    #[sqlx(try_from = "String")]
    pub state: InvitationState,
    pub created_at: DateTime<Utc>,
    /// Who invited (`None` once their account is gone).
    pub invited_by: Option<i64>,
}

const INVITATION: &str = "SELECT i.id, i.event_id, e.title AS event_title, e.starts_at, \
     e.time_zone, i.hero_id, h.slug AS hero_slug, h.display_name AS hero_name, i.talk_title, \
     i.message, i.reason, i.state, i.created_at, i.invited_by FROM speaker_invitations i \
     JOIN events e ON e.id = i.event_id JOIN heroes h ON h.id = i.hero_id";

/// A new invitation.
#[derive(Debug, Clone)]
pub struct NewInvitation {
    pub event_id: i64,
    pub hero_id: i64,
    pub talk_title: String,
    pub message: String,
    /// The explanation the organizer saw.
    pub reason: String,
    pub invited_by: i64,
}

/// Invites a hero and tells them (`notice`) in the same transaction. `Ok(None)` when the
/// hero was invited to this event before (nothing sent twice); the new id otherwise.
pub async fn invite(
    db: &Db,
    invitation: &NewInvitation,
    notice: impl FnOnce(i64) -> Option<Notice>,
) -> StoreResult<Option<i64>> {
    let mut tx = db.begin().await?;
    let id: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO speaker_invitations (event_id, hero_id, talk_title, message, reason, \
         state, invited_by, created_at) VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7) \
         ON CONFLICT (event_id, hero_id) DO NOTHING RETURNING id",
        )
        .bind(invitation.event_id)
        .bind(invitation.hero_id)
        .bind(&invitation.talk_title)
        .bind(&invitation.message)
        .bind(&invitation.reason)
        .bind(invitation.invited_by)
        .bind(Utc::now())
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(id) = id else {
        tx.rollback().await?;
        return Ok(None);
    };
    notifications::send(&mut tx, notice(id).as_slice()).await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// The invitations of an event, newest first.
pub async fn of_event(db: &Db, event_id: i64) -> StoreResult<Vec<Invitation>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!("{INVITATION} WHERE i.event_id = $1 ORDER BY i.id DESC")
    ))
    .bind(event_id)
    .fetch_all(pool)
    .await)?)
}

/// The invitations a hero received, pending first, newest first.
pub async fn to_hero(db: &Db, hero_id: i64) -> StoreResult<Vec<Invitation>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!(
            "{INVITATION} WHERE i.hero_id = $1 ORDER BY CASE WHEN i.state = 'pending' THEN 0 \
             ELSE 1 END, i.id DESC LIMIT 100"
        )
    ))
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// One invitation to this hero (`None` for an invitation to anyone else).
pub async fn invitation_to(db: &Db, id: i64, hero_id: i64) -> StoreResult<Option<Invitation>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(
        format!("{INVITATION} WHERE i.id = $1 AND i.hero_id = $2")
    ))
    .bind(id)
    .bind(hero_id)
    .fetch_optional(pool)
    .await)?)
}

/// The hero's answer. Accepting adds them to the event's speakers with the talk's title, in
/// the transaction that moves the invitation; the organizer is told (`notices`) in it too.
/// `NotFound` for an invitation to another hero; `Err(AlreadyAnswered)` when it was answered
/// (also by a racing answer).
pub async fn answer(
    db: &Db,
    id: i64,
    hero_id: i64,
    step: InvitationStep,
    notices: &[Notice],
) -> StoreResult<Result<InvitationState, Refusal>> {
    let mut tx = db.begin().await?;
    let current: Option<(String, i64, String)> = with_tx!(&mut tx, |conn| {
        sqlx::query_as(
            "SELECT state, event_id, talk_title FROM speaker_invitations \
             WHERE id = $1 AND hero_id = $2",
        )
        .bind(id)
        .bind(hero_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some((state, event_id, talk_title)) = current else {
        return tx.fail(StoreError::NotFound).await;
    };
    let state = InvitationState::try_from(state)?;
    let next = match state.apply(step) {
        Ok(next) => next,
        Err(refusal) => return tx.refuse(refusal).await,
    };
    let now = Utc::now();
    // Conditional on the state read (see the module comment).
    let moved = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE speaker_invitations SET state = $1, answered_at = $2 \
             WHERE id = $3 AND state = $4",
        )
        .bind(next.as_str())
        .bind(now)
        .bind(id)
        .bind(state.as_str())
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if moved == 0 {
        return tx.refuse(Refusal::AlreadyAnswered).await;
    }
    if next == InvitationState::Accepted {
        with_tx!(&mut tx, |conn| {
            sqlx::query(
                "INSERT INTO event_speakers (event_id, hero_id, name, talk_title, position) \
                 SELECT $1, h.id, h.display_name, $2, (SELECT COALESCE(MAX(position) + 1, 0) \
                 FROM event_speakers WHERE event_id = $1) FROM heroes h WHERE h.id = $3",
            )
            .bind(event_id)
            .bind(&talk_title)
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
            // Subscribed calendars show the new speaker.
            sqlx::query("UPDATE events SET sequence = sequence + 1, updated_at = $2 WHERE id = $1")
                .bind(event_id)
                .bind(now)
                .execute(&mut *conn)
                .await?;
        });
        tx.bump_data_version().await?;
    }
    notifications::send(&mut tx, notices).await?;
    tx.commit().await?;
    Ok(Ok(next))
}
