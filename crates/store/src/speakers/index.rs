//! The speaker index: what the speaker shortlist asks about every hero, held in memory by each
//! instance per data version, so a request for suggestions asks the database only about the
//! event and the heroes it shortlists.
//!
//! Why: for each word of an event, [`super::shortlist`] asked the full-text index which heroes
//! match (thousands of ids for a common word, 40–140 ms on PostgreSQL for one such word at
//! 10,000 heroes), counted the current heroes, read every hero's speaking settings and, for
//! the talk's default languages, the languages of every hero of the venue's country. Those
//! answers change only with public data, so they are kept here and read again when the data
//! version moves.
//!
//! **What it holds.** Every word of every search document (`hero_search`: name, profile and
//! the [`crate::search::MAX_TITLES`] newest public titles, already folded) with the heroes
//! whose document has it, as a sorted vocabulary, so a prefix (how both full-text indexes
//! match the event's words: FTS5's `"word"*`, PostgreSQL's `word:*`) is a range of it; the
//! number of current heroes; the languages most spoken per country; every hero's speaking
//! settings, parsed, with their topics folded. About 4 bytes per distinct word of each
//! document, plus the vocabulary: bounded by the number of heroes times the words one
//! document can hold (its titles are bounded).
//!
//! **Derived, never the source; the same answers.** Read whole at the first request (or at
//! start, [`SpeakerIndex::warm`]) and again when the data version moved ([`PerVersion`]):
//! every write to a search document, a hero or speaking settings bumps it in its own
//! transaction, so a change made through this instance shows at once and one made through
//! another within the check interval. The documents are folded text whose words are
//! separated by spaces and line breaks only, so splitting them there gives the words both
//! full-text indexes hold; tests compare the shortlist from the index with the one from SQL
//! on both backends.

use super::{AvailabilityRow, CURRENT, Said, Shortlist, WordMatches, most_spoken};
use crate::db::{Db, PerVersion};
use crate::error::StoreResult;
use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use heroes_domain::hero::LanguageTag;
use heroes_domain::search::normalize;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The speaker index of one instance (see the module documentation).
pub struct SpeakerIndex(PerVersion<Snapshot>);

impl SpeakerIndex {
    /// Nothing held yet; the data version is checked at most every `check_interval`.
    pub fn new(check_interval: Duration) -> Self {
        Self(PerVersion::new(check_interval))
    }

    /// Reads the index now rather than at the first request.
    pub async fn warm(&self, db: &Db) -> StoreResult<()> {
        self.snapshot(db).await.map(|_| ())
    }

    /// The same answer as [`super::shortlist`], asking the database only about the event and
    /// the heroes shortlisted.
    pub async fn shortlist(
        &self,
        db: &Db,
        event_id: i64,
        languages: Vec<LanguageTag>,
        now: DateTime<Utc>,
    ) -> StoreResult<Shortlist> {
        let snapshot = self.snapshot(db).await?;
        super::shortlist_from(db, Some(snapshot.as_ref()), event_id, languages, now).await
    }

    /// The same answer as [`super::usual_languages`], from memory.
    pub async fn usual_languages(
        &self,
        db: &Db,
        country: Option<&str>,
    ) -> StoreResult<Vec<LanguageTag>> {
        let snapshot = self.snapshot(db).await?;
        Ok(country
            .and_then(|c| snapshot.usual_languages.get(c))
            .cloned()
            .unwrap_or_else(|| most_spoken([])))
    }

    async fn snapshot(&self, db: &Db) -> StoreResult<std::sync::Arc<Snapshot>> {
        self.0
            .get(db, || async {
                let started = Instant::now();
                let snapshot = Snapshot::load(db).await?;
                metrics::histogram!("speaker_index_load_seconds")
                    .record(started.elapsed().as_secs_f64());
                tracing::info!(
                    heroes = snapshot.heroes.len(),
                    words = snapshot.words.len(),
                    postings = snapshot.postings,
                    ms = started.elapsed().as_millis() as u64,
                    "speaker index read"
                );
                Ok(snapshot)
            })
            .await
    }
}

/// The index at one data version.
pub(super) struct Snapshot {
    /// Hero ids of the documents, by position (what the postings hold).
    heroes: Vec<i64>,
    /// Every word of the documents, sorted byte-wise (so a prefix is a range), with the
    /// positions of the heroes whose document has it, ascending.
    words: Vec<(Box<str>, Vec<u32>)>,
    /// How many (word, hero) pairs `words` holds: the index's size.
    postings: usize,
    /// Heroes active or on leave (`heroes` with a current status).
    current_heroes: u64,
    /// The usual languages of an event in each country ([`super::usual_languages`]).
    usual_languages: HashMap<String, Vec<LanguageTag>>,
    /// Every hero's speaking settings.
    said: Vec<Said>,
}

/// A search document's row.
#[derive(sqlx::FromRow)]
struct Document {
    hero_id: i64,
    name: String,
    profile: String,
    works: String,
}

impl Snapshot {
    async fn load(db: &Db) -> StoreResult<Self> {
        let mut heroes: Vec<i64> = Vec::new();
        let mut vocabulary: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        let mut postings = 0;
        let mut add = |doc: Document| {
            let at = heroes.len() as u32;
            heroes.push(doc.hero_id);
            let mut own: Vec<&str> = [&doc.name, &doc.profile, &doc.works]
                .into_iter()
                .flat_map(|text| text.split([' ', '\n']))
                .filter(|w| !w.is_empty())
                .collect();
            own.sort_unstable();
            own.dedup();
            postings += own.len();
            for word in own {
                match vocabulary.get_mut(word) {
                    Some(list) => list.push(at),
                    None => {
                        vocabulary.insert(word.into(), vec![at]);
                    }
                }
            }
        };
        // Streamed: the documents are read once, never all held as text.
        with_pool!(db, |pool| {
            let mut rows = sqlx::query_as::<_, Document>(
                "SELECT hero_id, name, profile, works FROM hero_search ORDER BY hero_id",
            )
            .fetch(pool);
            while let Some(doc) = rows.try_next().await? {
                add(doc);
            }
        });
        let mut words: Vec<(Box<str>, Vec<u32>)> = vocabulary
            .into_iter()
            .map(|(w, mut list)| {
                list.shrink_to_fit();
                (w, list)
            })
            .collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        heroes.shrink_to_fit();

        let current_heroes: i64 = with_pool!(db, |pool| sqlx::query_scalar(sqlx::AssertSqlSafe(
            format!("SELECT count(*) FROM heroes WHERE status IN {CURRENT}")
        ))
        .fetch_one(pool)
        .await)?;
        let spoken: Vec<(String, String)> =
            with_pool!(db, |pool| sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT country, languages FROM heroes WHERE status IN {CURRENT}"
            )))
            .fetch_all(pool)
            .await)?;
        let mut by_country: HashMap<String, Vec<&str>> = HashMap::new();
        for (country, languages) in &spoken {
            by_country
                .entry(country.clone())
                .or_default()
                .push(languages);
        }
        let usual_languages = by_country
            .into_iter()
            .map(|(country, lists)| (country, most_spoken(lists)))
            .collect();
        let rows: Vec<AvailabilityRow> = with_pool!(db, |pool| sqlx::query_as(
            sqlx::AssertSqlSafe(super::AVAILABILITY)
        )
        .fetch_all(pool)
        .await)?;
        Ok(Self {
            heroes,
            words,
            postings,
            current_heroes: u64::try_from(current_heroes).unwrap_or(0),
            usual_languages,
            said: rows.iter().map(Said::from_row).collect(),
        })
    }

    /// The heroes whose document has a word starting with `prefix`, as positions, ascending.
    fn matching(&self, prefix: &str) -> Vec<u32> {
        let start = self.words.partition_point(|(w, _)| &**w < prefix);
        let range: Vec<&Vec<u32>> = self.words[start..]
            .iter()
            .take_while(|(w, _)| w.starts_with(prefix))
            .map(|(_, list)| list)
            .collect();
        match range.as_slice() {
            [] => Vec::new(),
            [one] => (*one).clone(),
            many => {
                // Several words share the prefix: one bit per hero, so a hero counts once.
                let mut seen = vec![0_u64; self.heroes.len().div_ceil(64)];
                for list in many {
                    for &at in *list {
                        seen[at as usize / 64] |= 1 << (at % 64);
                    }
                }
                seen.iter()
                    .enumerate()
                    .flat_map(|(i, bits)| {
                        (0..64)
                            .filter(move |b| bits & (1 << b) != 0)
                            .map(move |b| (i * 64 + b) as u32)
                    })
                    .collect()
            }
        }
    }

    /// For each of `terms`, the heroes matching it (ids), as [`super::index_matches`] gives
    /// them.
    pub(super) fn word_matches(&self, terms: &[String]) -> WordMatches {
        terms
            .iter()
            .map(|term| {
                let ids = self
                    .matching(term)
                    .into_iter()
                    .map(|at| self.heroes[at as usize])
                    .collect();
                (term.clone(), ids)
            })
            .collect()
    }

    pub(super) fn current_heroes(&self) -> u64 {
        self.current_heroes
    }

    pub(super) fn said(&self) -> &[Said] {
        &self.said
    }
}

impl Said {
    /// The settings of one row, topics folded once.
    pub(super) fn from_row(row: &AvailabilityRow) -> Self {
        Said {
            hero_id: row.hero_id,
            open: row.open,
            topics: normalize(&row.topics),
            settings: row.parsed(),
        }
    }
}
