//! The directory's full-text search held in memory: every search document's words, so a
//! search asks the database nothing.
//!
//! Why: every search a visitor types is a response-cache miss, and the database answered it
//! with one full-text statement that ranked every matching document: for a short prefix that
//! matches thousands of heroes, 30–70 ms of the database's time per request at 10,000 heroes
//! (PostgreSQL unpacks each matching `tsvector`, about 4 KB), 150–420 searches per second at
//! best. From memory, a search for a word takes about a millisecond; a broad prefix costs in
//! proportion to the postings it matches (and, for several words on PostgreSQL, to their
//! positions).
//!
//! **The same ranks.** The heroes found are those whose document has, for every search word,
//! a word starting with it (FTS5's `"w"*`, PostgreSQL's `w:*`); each is ranked by
//! [`super::rank`], which repeats the database's own function (FTS5's `bm25` over the table's
//! statistics, PostgreSQL's `ts_rank` over the lexemes' positions) step by step. The words
//! come from where each database takes them: on SQLite the folded columns split at spaces and
//! line breaks (what FTS5's `unicode61` tokenizer does to text of letters and digits); on
//! PostgreSQL the stored `tsvector` itself, in its text form, so positions and weights are
//! the database's. Only searches whose words are ASCII letters and digits are answered here:
//! both databases read such a word as written; any other search goes to the database.
//!
//! **Kept up to date by difference.** Each document carries a `stamp` (a hash of its text,
//! written with it, see [`crate::search`]). When the data version moves, the index reads
//! every document's id and stamp (one small statement) and then only the documents whose
//! stamp changed; a document gone is dropped. The whole index is read only at start, or when
//! more than half the documents changed.

use super::rank::{self, Pos};
use crate::db::{Backend, Db};
use crate::error::StoreResult;
use futures_util::TryStreamExt;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Bound;

/// One search document as the index keeps it.
struct Doc {
    hero_id: i64,
    stamp: i64,
    /// Its tokens in all columns (FTS5's row size, which `bm25` reads).
    len: u32,
    /// Its distinct words in byte order, each with a number: on SQLite its instances, each
    /// counted at its column's weight ([`rank::BM25_WEIGHTS`]); on PostgreSQL where its
    /// positions end in `positions`.
    entries: Box<[(u32, u32)]>,
    /// The lexemes' positions, one run per entry (PostgreSQL only).
    positions: Box<[Pos]>,
}

/// A document read from the database, its words not yet numbered.
pub(super) struct ReadDoc {
    hero_id: i64,
    stamp: i64,
    len: u32,
    words: Vec<(String, u32)>,
    positions: Vec<Pos>,
}

/// A word of the vocabulary: the documents that have it (slots, ascending), each with the
/// number its entry holds on SQLite (weighted instances) or, on PostgreSQL, the entry's index
/// in the document (where its positions are). A search reads these lists word by word, not
/// each document's entries: at 10,000 documents that is sequential reads instead of a binary
/// search in every matching document (most of a search's time when it did).
struct Word {
    docs: Vec<(u32, u32)>,
    /// On PostgreSQL, beside each of `docs`: the entry's own step of a one-word `ts_rank`
    /// ([`rank::TsRank::or_term`]), so a one-word search (the broad prefixes among them) adds
    /// a number per posting instead of reading each document's positions.
    terms: Vec<f32>,
}

/// The in-memory full-text index (see the module documentation).
pub(super) struct FullText {
    backend: Backend,
    /// Every word ever seen, byte order (a prefix is a range), with its number.
    vocabulary: BTreeMap<Box<str>, u32>,
    words: Vec<Word>,
    /// Documents by slot; a slot freed by a removed document is reused.
    docs: Vec<Option<Doc>>,
    slots: HashMap<i64, u32>,
    free: Vec<u32>,
    /// FTS5's table statistics: rows and tokens in all rows.
    rows: i64,
    tokens: i64,
}

/// Postings per document above which a word's prefix is broad (a letter or two). On
/// PostgreSQL `ts_rank` pairs every position of one word's lexemes with every position of
/// another's: two broad prefixes cost seconds of CPU per search at 10,000 heroes, which in
/// this process would hold a request thread; such searches go to the database, as before.
const BROAD: usize = 2;

/// Whether the index answers a search for `terms` (see the module documentation).
pub(super) fn answers(terms: &[String]) -> bool {
    terms.iter().all(|t| {
        !t.is_empty()
            && t.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

impl FullText {
    fn empty(backend: Backend) -> Self {
        Self {
            backend,
            vocabulary: BTreeMap::new(),
            words: Vec::new(),
            docs: Vec::new(),
            slots: HashMap::new(),
            free: Vec::new(),
            rows: 0,
            tokens: 0,
        }
    }

    /// Reads every document.
    pub(super) async fn load(db: &Db) -> StoreResult<Self> {
        let mut index = Self::empty(db.backend());
        // Each document goes into the index as it arrives: held as read (a string per word),
        // 10,000 documents took more memory than the whole index.
        read(db, None, |doc| index.insert(doc)).await?;
        // The lists grew by doubling: up to half of each was room never used (millions of
        // postings at 10,000 heroes).
        for word in &mut index.words {
            word.docs.shrink_to_fit();
            word.terms.shrink_to_fit();
        }
        Ok(index)
    }

    /// The heroes whose documents changed since this index read them (stamp differs, or
    /// new), and those whose documents are gone, given every document's `(hero, stamp)`.
    pub(super) fn differences(&self, current: &[(i64, i64)]) -> (Vec<i64>, Vec<i64>) {
        let mut changed = Vec::new();
        let mut seen = HashSet::with_capacity(current.len());
        for &(hero_id, stamp) in current {
            seen.insert(hero_id);
            let held = self
                .slots
                .get(&hero_id)
                .and_then(|&s| self.docs[s as usize].as_ref());
            if held.is_none_or(|d| d.stamp != stamp) {
                changed.push(hero_id);
            }
        }
        let gone = self
            .slots
            .keys()
            .filter(|id| !seen.contains(id))
            .copied()
            .collect();
        (changed, gone)
    }

    /// How many documents the index holds.
    pub(super) fn len(&self) -> usize {
        self.slots.len()
    }

    /// Drops the documents of `heroes` and adds `docs` (read after them).
    pub(super) fn apply(&mut self, heroes: &[i64], docs: Vec<ReadDoc>) {
        for hero_id in heroes {
            self.remove(*hero_id);
        }
        for doc in docs {
            self.insert(doc);
        }
    }

    fn remove(&mut self, hero_id: i64) {
        let Some(slot) = self.slots.remove(&hero_id) else {
            return;
        };
        let Some(doc) = self.docs[slot as usize].take() else {
            return;
        };
        let by_entry = self.backend == Backend::Postgres;
        for &(word, _) in doc.entries.iter() {
            let word = &mut self.words[word as usize];
            if let Ok(at) = word.docs.binary_search_by_key(&slot, |d| d.0) {
                word.docs.remove(at);
                if by_entry {
                    word.terms.remove(at);
                }
            }
        }
        self.rows -= 1;
        self.tokens -= i64::from(doc.len);
        self.free.push(slot);
    }

    fn insert(&mut self, doc: ReadDoc) {
        self.remove(doc.hero_id);
        let slot = match self.free.pop() {
            Some(slot) => slot,
            None => {
                self.docs.push(None);
                (self.docs.len() - 1) as u32
            }
        };
        let mut entries = Vec::with_capacity(doc.words.len());
        let by_entry = self.backend == Backend::Postgres;
        let mut start = 0;
        for (at, (text, value)) in doc.words.into_iter().enumerate() {
            let word = match self.vocabulary.get(text.as_str()) {
                Some(&word) => word,
                None => {
                    let word = self.words.len() as u32;
                    self.words.push(Word {
                        docs: Vec::new(),
                        terms: Vec::new(),
                    });
                    self.vocabulary.insert(text.into(), word);
                    word
                }
            };
            let word_of = &mut self.words[word as usize];
            let place = word_of.docs.partition_point(|d| d.0 < slot);
            word_of
                .docs
                .insert(place, (slot, if by_entry { at as u32 } else { value }));
            if by_entry {
                let positions = &doc.positions[start as usize..value as usize];
                word_of
                    .terms
                    .insert(place, rank::TsRank::or_term(positions));
                start = value;
            }
            entries.push((word, value));
        }
        self.rows += 1;
        self.tokens += i64::from(doc.len);
        self.slots.insert(doc.hero_id, slot);
        self.docs[slot as usize] = Some(Doc {
            hero_id: doc.hero_id,
            stamp: doc.stamp,
            len: doc.len,
            entries: entries.into_boxed_slice(),
            positions: doc.positions.into_boxed_slice(),
        });
    }

    /// The word numbers starting with `prefix`, in byte order.
    fn words_starting(&self, prefix: &str) -> Vec<u32> {
        self.vocabulary
            .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
            .take_while(|(w, _)| w.starts_with(prefix))
            .map(|(_, &word)| word)
            .collect()
    }

    /// Every hero whose document has a word starting with each of `terms` (see [`answers`]),
    /// with the rank the SQL of [`crate::heroes::directory`] orders by (lower first); `None`
    /// when the search is for the database to rank (see [`BROAD`]).
    pub(super) fn ranks(&self, terms: &[String]) -> Option<Vec<(i64, f64)>> {
        let slots = self.docs.len();
        let words: Vec<Vec<u32>> = terms.iter().map(|t| self.words_starting(t)).collect();
        if self.backend == Backend::Postgres && terms.len() > 1 {
            let postings = |words: &Vec<u32>| -> usize {
                words
                    .iter()
                    .map(|&w| self.words[w as usize].docs.len())
                    .sum()
            };
            let broad = words
                .iter()
                .filter(|w| postings(w) > BROAD * self.slots.len())
                .count();
            if broad > 1 {
                return None;
            }
        }
        // The documents with every word, and how many have each (FTS5's `bm25` reads that).
        let mut matching = vec![u64::MAX; slots.div_ceil(64)];
        let mut hits = Vec::with_capacity(terms.len());
        for words in &words {
            let mut set = vec![0u64; matching.len()];
            for &word in words {
                for &(slot, _) in &self.words[word as usize].docs {
                    set[slot as usize / 64] |= 1 << (slot % 64);
                }
            }
            hits.push(set.iter().map(|b| i64::from(b.count_ones())).sum::<i64>());
            matching.iter_mut().zip(&set).for_each(|(a, b)| *a &= b);
        }
        let matches = |slot: u32| matching[slot as usize / 64] & (1 << (slot % 64)) != 0;
        let found = (0..slots as u32).filter(|&s| matches(s));
        Some(match self.backend {
            Backend::Sqlite => {
                // Each word's weighted instances per document, summed word by word.
                let mut freqs = vec![0u64; slots * terms.len()];
                for (t, words) in words.iter().enumerate() {
                    for &word in words {
                        for &(slot, weighted) in &self.words[word as usize].docs {
                            freqs[t * slots + slot as usize] += u64::from(weighted);
                        }
                    }
                }
                let idfs: Vec<f64> = hits.iter().map(|&h| rank::bm25_idf(self.rows, h)).collect();
                let avgdl = self.tokens as f64 / self.rows as f64;
                let mut row = vec![0.0; terms.len()];
                found
                    .filter_map(|slot| {
                        let doc = self.docs[slot as usize].as_ref()?;
                        for (t, f) in row.iter_mut().enumerate() {
                            *f = freqs[t * slots + slot as usize] as f64;
                        }
                        Some((
                            doc.hero_id,
                            rank::bm25(&row, &idfs, f64::from(doc.len), avgdl),
                        ))
                    })
                    .collect()
            }
            Backend::Postgres => {
                // `ts_rank` visits the query's words in byte order, and each word's lexemes in
                // byte order: the order of `words_starting`, so taking the lexemes word by
                // word gives every document its steps in PostgreSQL's order.
                let mut ranks = vec![rank::TsRank::new(terms.len()); slots];
                if terms.len() < 2 {
                    // Every document with the word matches: each lexeme's step, as kept.
                    for &word in &words[0] {
                        let word = &self.words[word as usize];
                        for (&(slot, _), &term) in word.docs.iter().zip(&word.terms) {
                            ranks[slot as usize].or_step(term);
                        }
                    }
                } else {
                    let mut order: Vec<usize> = (0..terms.len()).collect();
                    order.sort_unstable_by(|&a, &b| terms[a].cmp(&terms[b]));
                    // The last lexeme (entry index) of each earlier word, per document.
                    let mut last = vec![u32::MAX; slots * terms.len()];
                    for (i, &t) in order.iter().enumerate() {
                        for &word in &words[t] {
                            for &(slot, entry) in &self.words[word as usize].docs {
                                if !matches(slot) {
                                    continue;
                                }
                                let Some(doc) = self.docs[slot as usize].as_ref() else {
                                    continue;
                                };
                                let positions = doc.positions_of(entry);
                                let rank = &mut ranks[slot as usize];
                                for k in 0..i {
                                    let earlier = last[k * slots + slot as usize];
                                    if earlier != u32::MAX {
                                        rank.and_pair(positions, doc.positions_of(earlier));
                                    }
                                }
                                last[i * slots + slot as usize] = entry;
                            }
                        }
                    }
                }
                found
                    .filter_map(|slot| {
                        let doc = self.docs[slot as usize].as_ref()?;
                        Some((doc.hero_id, f64::from(-ranks[slot as usize].finish())))
                    })
                    .collect()
            }
        })
    }
}

impl Doc {
    /// The positions of entry `at` (PostgreSQL).
    fn positions_of(&self, at: u32) -> &[Pos] {
        let at = at as usize;
        let start = match at {
            0 => 0,
            _ => self.entries[at - 1].1 as usize,
        };
        &self.positions[start..self.entries[at].1 as usize]
    }
}

/// Every document's `(hero, stamp)`.
pub(super) async fn stamps(db: &Db) -> StoreResult<Vec<(i64, i64)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as("SELECT hero_id, stamp FROM hero_search")
            .fetch_all(pool)
            .await
    })?)
}

/// Reads the documents of `heroes` (all when `None`), streamed: each is given to `each` as
/// it arrives, never all held as text.
pub(super) async fn read(
    db: &Db,
    heroes: Option<&[i64]>,
    mut each: impl FnMut(ReadDoc),
) -> StoreResult<()> {
    // Ids are numbers, written into the statement in chunks.
    let filters: Vec<String> = match heroes {
        None => vec![String::new()],
        Some(ids) => ids
            .chunks(500)
            .map(|chunk| {
                let list: Vec<String> = chunk.iter().map(i64::to_string).collect();
                format!(" WHERE hero_id IN ({})", list.join(","))
            })
            .collect(),
    };
    for filter in filters {
        match db {
            Db::Sqlite(pool) => {
                let sql =
                    format!("SELECT hero_id, stamp, name, profile, works FROM hero_search{filter}");
                let mut rows = sqlx::query_as::<_, (i64, i64, String, String, String)>(
                    sqlx::AssertSqlSafe(sql),
                )
                .fetch(pool);
                while let Some((hero_id, stamp, name, profile, works)) = rows.try_next().await? {
                    each(from_columns(hero_id, stamp, [&name, &profile, &works]));
                }
            }
            Db::Postgres(pool) => {
                let sql = format!("SELECT hero_id, stamp, document::text FROM hero_search{filter}");
                let mut rows =
                    sqlx::query_as::<_, (i64, i64, String)>(sqlx::AssertSqlSafe(sql)).fetch(pool);
                while let Some((hero_id, stamp, document)) = rows.try_next().await? {
                    let Some(doc) = from_tsvector(hero_id, stamp, &document) else {
                        return Err(sqlx::Error::Protocol(format!(
                            "the search document of hero {hero_id} is not a tsvector's text"
                        ))
                        .into());
                    };
                    each(doc);
                }
            }
        }
    }
    Ok(())
}

/// A document as FTS5 reads it: the columns' words, each instance at its column's weight.
fn from_columns(hero_id: i64, stamp: i64, columns: [&str; 3]) -> ReadDoc {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    let mut len = 0u32;
    for (text, weight) in columns.iter().zip(rank::BM25_WEIGHTS) {
        for word in text.split([' ', '\n']).filter(|w| !w.is_empty()) {
            *counts.entry(word).or_default() += weight;
            len += 1;
        }
    }
    let mut words: Vec<(String, u32)> =
        counts.into_iter().map(|(w, n)| (w.to_owned(), n)).collect();
    words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    ReadDoc {
        hero_id,
        stamp,
        len,
        words,
        positions: Vec::new(),
    }
}

/// A document as PostgreSQL holds it: its `tsvector`'s lexemes and positions.
fn from_tsvector(hero_id: i64, stamp: i64, text: &str) -> Option<ReadDoc> {
    let mut lexemes = rank::parse_tsvector(text)?;
    if lexemes.iter().any(|(_, p)| p.is_empty()) {
        return None;
    }
    // PostgreSQL writes them in byte order already; sorting keeps the index right if not.
    lexemes.sort_by(|a, b| a.0.cmp(&b.0));
    let mut positions = Vec::new();
    let mut words = Vec::with_capacity(lexemes.len());
    for (lexeme, at) in lexemes {
        positions.extend(at);
        words.push((lexeme, positions.len() as u32));
    }
    Some(ReadDoc {
        hero_id,
        stamp,
        len: positions.len() as u32,
        words,
        positions,
    })
}
