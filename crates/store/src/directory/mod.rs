//! The directory index: every hero's card, awards and filter values held in memory by each
//! instance, so a directory page (its heroes, total and four facet counts) is computed
//! without SQL; a search is matched and ranked in memory too ([`fulltext`], ranked by
//! [`rank`] exactly as the database ranks), or, for words the in-memory search does not
//! answer, asks the database one question only: which heroes match, with what rank.
//!
//! Why: [`heroes::directory`] answers a page with six statements, each joining and scanning
//! the whole filtered set (the total and the facet counts), 10–40 ms of CPU per page at
//! 10,000 heroes, and a search repeats its full-text query in each of them. Over 10,000 heroes
//! the same answer takes well under a millisecond in memory.
//!
//! **Derived, never the source.** The index is read from the database at the first request
//! ([`DirectoryIndex::warm`] at start) and read again, whole, when the data version moved
//! (every write that changes public data bumps it, see [`crate::Db::data_version`]). The
//! version is watched like the response cache watches it ([`VersionWatch`]): a change made
//! through this instance shows at once, one made through another instance within the check
//! interval. Requests that find the index behind wait for one reload (the others queue on it)
//! rather than each reading the heroes.
//!
//! **Same answers.** Filters, facet counts and orders mirror the SQL of
//! [`heroes::directory`] (which stays, and answers the queries the index does not: those
//! with `updated_since`, whose comparison of stored times is the database's); the search's
//! ranks are the numbers the database's rank function gives (computed here from the same
//! words, or asked of it), so ties break the same way (`sort_name`, byte-wise on both
//! backends, then id). Tests compare both paths, and the rank numbers themselves.

mod fulltext;
pub mod rank;

use crate::db::{Db, VersionWatch};
use crate::error::StoreResult;
use crate::heroes::{
    self, AwardView, BM25, CARD_COLUMNS, DirectoryPage, DirectoryQuery, DirectorySort, HeroCard,
    StatusFilter, fts5_query, tsquery,
};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What a page's filters and facets read of one hero, packed: a page reads it for every hero
/// (10,000 per page), and read from the cards themselves (a few hundred bytes apart, each
/// award list elsewhere again) most of that time was waiting for memory.
#[derive(Clone, Copy)]
struct Facts {
    status: Status,
    /// The card's region, country and status as indexes into [`Snapshot::values`], so a
    /// page counts its facets in arrays rather than maps.
    region: u16,
    country: u16,
    status_value: u16,
    /// The year the hero was named (`since` filters by it, the newest-first order sorts).
    hero_since: i64,
    /// Where the hero's awards start in [`Snapshot::awards`]; they end where the next
    /// hero's start.
    awards_from: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Active,
    OnLeave,
    Alumni,
    /// A value no filter names (none today): listed under "all" only, like the SQL.
    Other,
}

impl Status {
    fn of(text: &str) -> Self {
        match text {
            "active" => Status::Active,
            "on-leave" => Status::OnLeave,
            "alumni" => Status::Alumni,
            _ => Status::Other,
        }
    }

    fn passes(self, filter: StatusFilter) -> bool {
        match filter {
            StatusFilter::Active => matches!(self, Status::Active | Status::OnLeave),
            StatusFilter::Alumni => self == Status::Alumni,
            StatusFilter::All => true,
        }
    }
}

/// The heroes at one data version, in directory order (`sort_name`, then id).
struct Snapshot {
    version: i64,
    heroes: Vec<HeroCard>,
    /// Beside each of `heroes`.
    facts: Vec<Facts>,
    /// Every hero's awards as indexes into `specializations`, hero after hero (see
    /// [`Facts::awards_from`]).
    awards: Vec<u16>,
    /// Position in `heroes` by hero id.
    by_id: ById,
    /// Specialization slugs, by the index `awards` uses.
    specializations: Vec<String>,
    /// Every region, country and status text the cards hold, by the index `facts` uses.
    values: Vec<String>,
}

/// Positions by hero id. Ids come from our own database, not from a stranger choosing keys
/// to collide, so they are hashed by one multiplication: SipHash, the default, was a tenth of
/// a broad search (a lookup per match).
type ById = HashMap<i64, u32, std::hash::BuildHasherDefault<IdHasher>>;

/// See [`ById`].
#[derive(Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_i64(&mut self, id: i64) {
        // An odd multiplier: distinct ids keep distinct low bits (the table's bucket), and
        // the high bits (its tag) mix every bit of the id.
        self.0 = (id as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The in-memory directory of one instance (see the module documentation).
pub struct DirectoryIndex {
    watch: VersionWatch,
    current: Mutex<Option<Arc<Snapshot>>>,
    /// Held while reading the heroes, so concurrent requests that find the index behind
    /// read it once.
    loading: tokio::sync::Mutex<()>,
    /// The search documents ([`fulltext`]); `None` until read, or after a read failed (the
    /// searches then go to the database until the next data version reads it again).
    fulltext: std::sync::RwLock<Option<fulltext::FullText>>,
}

impl DirectoryIndex {
    /// An empty index that checks the data version at most every `check_interval` (the
    /// bound on how long a change made through another instance takes to show).
    pub fn new(check_interval: Duration) -> Self {
        Self {
            watch: VersionWatch::new(check_interval),
            current: Mutex::new(None),
            loading: tokio::sync::Mutex::new(()),
            fulltext: std::sync::RwLock::new(None),
        }
    }

    /// Whether the heroes have been read at least once (the index answers without waiting
    /// for a first read).
    pub fn is_read(&self) -> bool {
        self.current.lock().is_ok_and(|held| held.is_some())
    }

    /// Reads the heroes now rather than at the first request.
    pub async fn warm(&self, db: &Db) -> StoreResult<()> {
        self.snapshot(db).await.map(|_| ())
    }

    /// The same answer as [`heroes::directory`], from memory.
    pub async fn directory(&self, db: &Db, query: &DirectoryQuery) -> StoreResult<DirectoryPage> {
        if query.updated_since.is_some() {
            return heroes::directory(db, query).await;
        }
        let snapshot = self.snapshot(db).await?;
        let ranks = if query.terms.is_empty() {
            None
        } else if let Some(ranks) = self.ranks_in_memory(&query.terms) {
            Some(ranks)
        } else {
            Some(sql_ranks(db, &query.terms).await?)
        };
        Ok(snapshot.answer(query, ranks.as_deref()))
    }

    /// The snapshot for the current data version, reading it if this one is behind.
    async fn snapshot(&self, db: &Db) -> StoreResult<Arc<Snapshot>> {
        let (version, _) = self.watch.current(db).await?;
        if let Some(s) = self.held(version) {
            return Ok(s);
        }
        let _loading = self.loading.lock().await;
        // Another request may have read it while this one waited.
        if let Some(s) = self.held(version) {
            return Ok(s);
        }
        let started = Instant::now();
        // Read before the heroes: data newer than the version only makes the next request
        // read again, never keeps older data under a newer version.
        let version = db.data_version().await?;
        let snapshot = Arc::new(Snapshot::load(db, version).await?);
        metrics::histogram!("directory_index_load_seconds").record(started.elapsed().as_secs_f64());
        if let Err(error) = self.sync_fulltext(db).await {
            tracing::warn!(%error, "the in-memory search could not be read; searching the database");
            if let Ok(mut held) = self.fulltext.write() {
                *held = None;
            }
        }
        if let Ok(mut guard) = self.current.lock() {
            *guard = Some(snapshot.clone());
        }
        Ok(snapshot)
    }

    /// Brings the in-memory search up to date: reads the documents whose stamp changed, or
    /// all of them at the first call and when more than half changed.
    async fn sync_fulltext(&self, db: &Db) -> StoreResult<()> {
        let started = Instant::now();
        let current = fulltext::stamps(db).await?;
        let differences = match self.fulltext.read() {
            Ok(held) => held.as_ref().map(|index| index.differences(&current)),
            Err(_) => None,
        };
        let (read, changed) = match differences {
            Some((changed, gone)) if changed.len() <= current.len() / 2 => {
                let mut docs = Vec::with_capacity(changed.len());
                fulltext::read(db, Some(&changed), |doc| docs.push(doc)).await?;
                let read = docs.len();
                if let Ok(mut held) = self.fulltext.write()
                    && let Some(index) = held.as_mut()
                {
                    index.apply(&[changed.as_slice(), gone.as_slice()].concat(), docs);
                }
                (read, changed.len() + gone.len())
            }
            _ => {
                let index = fulltext::FullText::load(db).await?;
                let read = index.len();
                if let Ok(mut held) = self.fulltext.write() {
                    *held = Some(index);
                }
                (read, read)
            }
        };
        metrics::histogram!("directory_search_sync_seconds")
            .record(started.elapsed().as_secs_f64());
        tracing::debug!(
            read,
            changed,
            ms = started.elapsed().as_millis() as u64,
            "in-memory search brought up to date"
        );
        Ok(())
    }

    /// The search's matches with their ranks from memory, brought up to date first; `None`
    /// when the in-memory search does not answer these words (see [`fulltext`]). Tests
    /// compare it with [`sql_ranks`].
    pub async fn ranks_from_memory(
        &self,
        db: &Db,
        terms: &[String],
    ) -> StoreResult<Option<Vec<(i64, f64)>>> {
        self.snapshot(db).await?;
        Ok(self.ranks_in_memory(terms))
    }

    /// The search's matches and ranks from memory, when the in-memory search answers it.
    fn ranks_in_memory(&self, terms: &[String]) -> Option<Vec<(i64, f64)>> {
        if !fulltext::answers(terms) {
            return None;
        }
        let held = self.fulltext.read().ok()?;
        held.as_ref()?.ranks(terms)
    }

    fn held(&self, version: i64) -> Option<Arc<Snapshot>> {
        let guard = self.current.lock().ok()?;
        guard.as_ref().filter(|s| s.version >= version).cloned()
    }
}

/// The heroes matching every search word, with the rank the SQL orders by (lower first):
/// one statement over the full-text index alone. The directory asks it for the searches the
/// in-memory search does not answer; tests compare the two.
pub async fn sql_ranks(db: &Db, terms: &[String]) -> StoreResult<Vec<(i64, f64)>> {
    let rows: Vec<(i64, f64)> = match db {
        Db::Sqlite(pool) => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT rowid, {BM25} FROM hero_search_fts WHERE hero_search_fts MATCH $1"
            )))
            .bind(fts5_query(terms))
            .fetch_all(pool)
            .await?
        }
        Db::Postgres(pool) => {
            // `ts_rank` is a `real`; widening it to f64 keeps its order exactly.
            let rows: Vec<(i64, f32)> = sqlx::query_as(
                "SELECT hero_id, -ts_rank(document, q) FROM hero_search, \
                 to_tsquery('simple', $1) q WHERE document @@ q",
            )
            .bind(tsquery(terms))
            .fetch_all(pool)
            .await?;
            rows.into_iter().map(|(id, r)| (id, f64::from(r))).collect()
        }
    };
    Ok(rows)
}

impl Snapshot {
    async fn load(db: &Db, version: i64) -> StoreResult<Self> {
        let cards: Vec<HeroCard> = with_pool!(db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {CARD_COLUMNS} FROM heroes h ORDER BY h.sort_name, h.id"
            )))
            .fetch_all(pool)
            .await
        })?;
        // The order `attach_awards` gives a card's awards.
        let awards: Vec<AwardView> = with_pool!(db, |pool| {
            sqlx::query_as(
                "SELECT a.hero_id, s.slug, s.name, s.colour, a.year FROM hero_awards a \
                 JOIN specializations s ON s.id = a.specialization_id \
                 ORDER BY a.hero_id, a.year, s.position",
            )
            .fetch_all(pool)
            .await
        })?;
        let by_id: ById = cards
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i as u32))
            .collect();
        let mut values: Vec<String> = Vec::new();
        let mut value_index: HashMap<String, u16> = HashMap::new();
        let mut code = |text: &str| -> u16 {
            if let Some(&at) = value_index.get(text) {
                return at;
            }
            let at = values.len() as u16;
            values.push(text.to_owned());
            value_index.insert(text.to_owned(), at);
            at
        };
        let mut facts: Vec<Facts> = cards
            .iter()
            .map(|card| Facts {
                status: Status::of(&card.status),
                region: code(&card.region),
                country: code(&card.country),
                status_value: code(&card.status),
                hero_since: card.hero_since,
                awards_from: 0,
            })
            .collect();
        let mut heroes = cards;
        let mut slugs: BTreeMap<String, u16> = BTreeMap::new();
        let mut codes: Vec<Vec<u16>> = vec![Vec::new(); heroes.len()];
        for award in awards {
            let Some(&at) = by_id.get(&award.hero_id) else {
                continue;
            };
            let next = slugs.len() as u16;
            let spec = *slugs.entry(award.slug.clone()).or_insert(next);
            codes[at as usize].push(spec);
            heroes[at as usize].awards.push(award);
        }
        let mut awards = Vec::new();
        for (fact, codes) in facts.iter_mut().zip(codes) {
            fact.awards_from = awards.len() as u32;
            awards.extend(codes);
        }
        let mut specializations = vec![String::new(); slugs.len()];
        for (slug, i) in slugs {
            specializations[i as usize] = slug;
        }
        Ok(Self {
            version,
            heroes,
            facts,
            awards,
            by_id,
            specializations,
            values,
        })
    }

    /// Where the awards of the hero at `i` end in `awards`.
    fn awards_end(&self, i: u32) -> usize {
        self.facts
            .get(i as usize + 1)
            .map_or(self.awards.len(), |next| next.awards_from as usize)
    }

    /// The page, total and facet counts for `query`; `ranks` are the search's matches.
    fn answer(&self, query: &DirectoryQuery, ranks: Option<&[(i64, f64)]>) -> DirectoryPage {
        let wanted_specs: Vec<bool> = self
            .specializations
            .iter()
            .map(|s| query.specializations.contains(s))
            .collect();
        let wanted_values = |names: Vec<&str>| -> Vec<bool> {
            self.values
                .iter()
                .map(|v| names.contains(&v.as_str()))
                .collect()
        };
        let regions = wanted_values(query.regions.iter().map(|r| r.slug()).collect());
        let countries = wanted_values(query.countries.iter().map(|c| c.as_str()).collect());

        // Positions in `heroes`, each with its search rank (0 when not searching).
        let mut matching: Vec<(u32, f64)> =
            Vec::with_capacity(ranks.map_or(self.heroes.len(), <[_]>::len));
        let mut spec_counts = vec![0i64; self.specializations.len()];
        // Per value of `values`: one array for each of the three facets.
        let mut region_counts = vec![0i64; self.values.len()];
        let mut country_counts = vec![0i64; self.values.len()];
        let mut status_counts = vec![0i64; self.values.len()];

        // Candidates: the search's matches, or every hero.
        let candidates: Box<dyn Iterator<Item = (u32, f64)> + '_> = match ranks {
            Some(ranks) => Box::new(
                ranks
                    .iter()
                    .filter_map(|(id, rank)| Some((*self.by_id.get(id)?, *rank))),
            ),
            None => Box::new((0..self.heroes.len() as u32).map(|i| (i, 0.0))),
        };
        for (i, rank) in candidates {
            let hero = &self.facts[i as usize];
            if query.since.is_some_and(|y| i64::from(y) != hero.hero_since) {
                continue;
            }
            let awards = &self.awards[hero.awards_from as usize..self.awards_end(i)];
            // Each facet counts under every filter but its own (region's also drops country).
            let status = hero.status.passes(query.status);
            let spec = query.specializations.is_empty()
                || awards.iter().any(|&a| wanted_specs[a as usize]);
            let region = query.regions.is_empty() || regions[usize::from(hero.region)];
            let country = query.countries.is_empty() || countries[usize::from(hero.country)];
            if status && region && country {
                for &a in awards {
                    spec_counts[a as usize] += 1;
                }
            }
            if status && spec {
                region_counts[usize::from(hero.region)] += 1;
            }
            if status && spec && region {
                country_counts[usize::from(hero.country)] += 1;
            }
            if spec && region && country {
                status_counts[usize::from(hero.status_value)] += 1;
            }
            if status && spec && region && country {
                matching.push((i, rank));
            }
        }

        let total = matching.len() as i64;
        let start = usize::try_from(query.offset.max(0)).unwrap_or(usize::MAX);
        let limit = usize::try_from(query.limit.max(0)).unwrap_or(usize::MAX);
        // `heroes` is in name order already (the position); every order ends in the position,
        // so it is total and the first `start + limit` of a partial sort are those of a whole
        // one. Sorting every match for a page of 24 was most of a broad search.
        let since = |i: u32| self.facts[i as usize].hero_since;
        let order = |a: &(u32, f64), b: &(u32, f64)| match (ranks, query.sort) {
            (Some(_), DirectorySort::Relevance) => {
                a.1.partial_cmp(&b.1)
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then_with(|| a.0.cmp(&b.0))
            }
            (_, DirectorySort::Newest) => since(b.0).cmp(&since(a.0)).then(a.0.cmp(&b.0)),
            _ => a.0.cmp(&b.0),
        };
        let wanted = start.saturating_add(limit);
        // Without a search, candidates came in position order: name order needs no sorting.
        let in_order = ranks.is_none() && query.sort != DirectorySort::Newest;
        if !in_order {
            if wanted < matching.len() {
                matching.select_nth_unstable_by(wanted, order);
                matching.truncate(wanted);
            }
            matching.sort_unstable_by(order);
        }
        let heroes = matching
            .iter()
            .skip(start)
            .take(limit)
            .map(|&(i, _)| self.heroes[i as usize].clone())
            .collect();

        let mut country_counts = counted(&self.values, country_counts);
        country_counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        DirectoryPage {
            heroes,
            total,
            specialization_counts: counted(&self.specializations, spec_counts),
            region_counts: counted(&self.values, region_counts),
            country_counts,
            status_counts: counted(&self.values, status_counts),
        }
    }
}

/// The names counted at least once with their counts, by name (as the SQL's GROUP BY gives
/// them); `counts[i]` counts `names[i]`.
fn counted(names: &[String], counts: Vec<i64>) -> Vec<(String, i64)> {
    let mut named: Vec<(String, i64)> = names
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| (name.clone(), n))
        .collect();
    named.sort();
    named
}
