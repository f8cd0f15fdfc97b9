//! Heroes: profiles, awards and links, and the public directory query.

use crate::db::{Backend, Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::specializations::ids as specialization_ids;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Utc};
use heroes_domain::contact::{Contact, ContactKind, Visibility};
use heroes_domain::geo::{CountryCode, Region};
use heroes_domain::hero::HeroProfile;
use heroes_domain::search::normalize;
use heroes_domain::slug::Slug;
use heroes_domain::webhooks::EventKind;
use std::collections::{HashMap, HashSet};

/// A specialization a hero holds, with the year it was awarded.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct AwardView {
    #[serde(skip)]
    pub hero_id: i64,
    /// Specialization slug.
    #[serde(rename = "specialization")]
    pub slug: String,
    /// Specialization name.
    pub name: String,
    /// The specialization's badge accent.
    #[serde(skip)]
    #[sqlx(try_from = "String")]
    pub colour: heroes_domain::specialization::Colour,
    /// Year awarded.
    pub year: i64,
}

/// What a directory card shows.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HeroCard {
    pub id: i64,
    pub slug: String,
    pub display_name: String,
    /// The Latin spelling the hero gave, `''` when none.
    pub latin_name: String,
    pub headline: String,
    pub company: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// `americas`, `emea` or `apj`.
    pub region: String,
    pub photo_url: Option<String>,
    /// `active`, `alumni` or `on-leave`.
    pub status: String,
    pub hero_since: i64,
    pub updated_at: DateTime<Utc>,
    /// Filled after the row is read.
    #[sqlx(skip)]
    pub awards: Vec<AwardView>,
}

/// Everything a profile page shows about a hero.
#[derive(Debug, Clone)]
pub struct HeroDetail {
    /// The card fields.
    pub card: HeroCard,
    /// Markdown, unsanitized: render it through the sanitizer.
    pub bio: String,
    /// IANA name, if given.
    pub timezone: Option<String>,
    /// BCP 47 tags.
    pub languages: Vec<String>,
    /// `(kind, url)` in display order.
    pub links: Vec<(String, String)>,
    pub created_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    bio: String,
    timezone: Option<String>,
    languages: String,
    created_at: DateTime<Utc>,
}

pub(crate) const CARD_COLUMNS: &str = "h.id, h.slug, h.display_name, h.latin_name, h.headline, h.company, h.city, \
     h.country, h.region, h.photo_url, h.status, h.hero_since, h.updated_at";

/// Which heroes the directory lists by status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Current heroes, including those on leave (the default view).
    #[default]
    Active,
    /// Former heroes.
    Alumni,
    /// Everyone.
    All,
}

/// Directory order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DirectorySort {
    /// Best match first; by name when there is no search.
    #[default]
    Relevance,
    /// A to Z by folded name.
    Name,
    /// Most recently named first.
    Newest,
}

/// A directory query, already parsed and validated by the caller.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// Folded search words (see `heroes_domain::search::query_terms`); all must match.
    pub terms: Vec<String>,
    /// Specialization slugs; a hero matches if they hold any of them.
    pub specializations: Vec<String>,
    /// Regions; any of them.
    pub regions: Vec<Region>,
    /// Countries; any of them.
    pub countries: Vec<CountryCode>,
    /// Status filter.
    pub status: StatusFilter,
    /// Only heroes first named in this year.
    pub since: Option<i32>,
    /// Order.
    pub sort: DirectorySort,
    /// Only heroes whose record changed at or after this time; the order is then by time
    /// of change, oldest first (ties by id), whatever `sort` says, so a mirror can page
    /// through the changes and remember the last time it saw.
    pub updated_since: Option<DateTime<Utc>>,
    /// Page size.
    pub limit: i64,
    /// Rows to skip.
    pub offset: i64,
}

/// One page of the directory with the counts that explain it.
#[derive(Debug, Clone, Default)]
pub struct DirectoryPage {
    /// The heroes on this page.
    pub heroes: Vec<HeroCard>,
    /// How many heroes match in all.
    pub total: i64,
    /// `(specialization slug, count)` under every filter but the specialization filter.
    pub specialization_counts: Vec<(String, i64)>,
    /// `(region slug, count)` under every filter but region and country.
    pub region_counts: Vec<(String, i64)>,
    /// `(country code, count)` under every filter but country, most heroes first.
    pub country_counts: Vec<(String, i64)>,
    /// `(status, count)` under every filter but status (`active`, `on-leave`, `alumni`), so
    /// a search that finds no current hero can say how many alumni it finds.
    pub status_counts: Vec<(String, i64)>,
}

/// A filter dimension left out when counting that dimension's facet, so the counts show
/// what choosing another value would give.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Specialization,
    Region,
    Country,
    Status,
}

/// The FTS5 query for folded search words (SQLite): each word is quoted and prefix-matched,
/// so nothing the user types is read as FTS5 syntax (words are letters and digits already;
/// quoting is belt and braces).
pub(crate) fn fts5_query(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("\"{t}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `tsquery` text for folded search words (PostgreSQL): every word, prefix-matched.
pub(crate) fn tsquery(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("{t}:*"))
        .collect::<Vec<_>>()
        .join(" & ")
}

/// The ranking the directory orders search results by (SQLite): name matches weigh most, then
/// the profile, then contribution titles.
pub(crate) const BM25: &str = "bm25(hero_search_fts, 10.0, 4.0, 1.0)";

impl DirectoryQuery {
    /// `FROM …`, joined with the search index when searching. On SQLite the FTS5 table drives
    /// the join (its MATCH goes in the WHERE clause): as the inner side of a join SQLite would
    /// re-run the full-text query for every hero. On PostgreSQL a subquery provides `r.rank`.
    fn sql_from(&self, backend: Backend) -> Sql {
        if self.terms.is_empty() {
            return Sql::new(" FROM heroes h");
        }
        match backend {
            // CROSS JOIN fixes the join order in SQLite: the index first, then each hero.
            Backend::Sqlite => Sql::new(
                " FROM hero_search_fts CROSS JOIN heroes h ON h.id = hero_search_fts.rowid",
            ),
            Backend::Postgres => {
                let expr = tsquery(&self.terms);
                let mut sql = Sql::new(
                    " FROM heroes h JOIN (SELECT hero_id, -ts_rank(document, q) AS rank \
                     FROM hero_search, to_tsquery('simple', ",
                );
                sql.bind(Arg::Text(expr))
                    .push(") q WHERE document @@ q) r ON r.hero_id = h.id");
                sql
            }
        }
    }

    /// `WHERE …` for every filter but `skip`.
    fn where_clause(&self, backend: Backend, skip: &[Dimension]) -> Sql {
        let mut sql = Sql::new(" WHERE 1 = 1");
        if backend == Backend::Sqlite && !self.terms.is_empty() {
            let expr = fts5_query(&self.terms);
            sql.push(" AND hero_search_fts MATCH ")
                .bind(Arg::Text(expr));
        }
        match self.status {
            _ if skip.contains(&Dimension::Status) => &mut sql,
            StatusFilter::Active => sql.push(" AND h.status IN ('active', 'on-leave')"),
            StatusFilter::Alumni => sql.push(" AND h.status = 'alumni'"),
            StatusFilter::All => &mut sql,
        };
        if let Some(year) = self.since {
            sql.push(" AND h.hero_since = ").bind(Arg::Int(year.into()));
        }
        if let Some(since) = self.updated_since {
            sql.push(" AND h.updated_at >= ").bind(Arg::Time(since));
        }
        if !self.specializations.is_empty() && !skip.contains(&Dimension::Specialization) {
            sql.push(
                " AND h.id IN (SELECT fa.hero_id FROM hero_awards fa \
                 JOIN specializations fs ON fs.id = fa.specialization_id WHERE fs.slug IN ",
            )
            .bind_list(self.specializations.iter().map(|s| Arg::from(s.as_str())))
            .push(")");
        }
        if !self.regions.is_empty() && !skip.contains(&Dimension::Region) {
            sql.push(" AND h.region IN ")
                .bind_list(self.regions.iter().map(|r| Arg::from(r.slug())));
        }
        if !self.countries.is_empty() && !skip.contains(&Dimension::Country) {
            sql.push(" AND h.country IN ")
                .bind_list(self.countries.iter().map(|c| Arg::from(c.as_str())));
        }
        sql
    }

    fn order_clause(&self, backend: Backend) -> &'static str {
        if self.updated_since.is_some() {
            return " ORDER BY h.updated_at, h.id";
        }
        match (self.sort, self.terms.is_empty()) {
            (DirectorySort::Relevance, false) if backend == Backend::Sqlite => {
                // `BM25`, spelled out because the clause is a constant.
                " ORDER BY bm25(hero_search_fts, 10.0, 4.0, 1.0), h.sort_name, h.id"
            }
            (DirectorySort::Relevance, false) => " ORDER BY r.rank, h.sort_name, h.id",
            (DirectorySort::Newest, _) => " ORDER BY h.hero_since DESC, h.sort_name, h.id",
            _ => " ORDER BY h.sort_name, h.id",
        }
    }
}

/// Runs a directory query: the page, the total and the facet counts.
pub async fn directory(db: &Db, query: &DirectoryQuery) -> StoreResult<DirectoryPage> {
    let backend = db.backend();
    let from = query.sql_from(backend);

    let mut page_sql = Sql::new(&format!("SELECT {CARD_COLUMNS}"));
    page_sql
        .append(&from)
        .append(&query.where_clause(backend, &[]))
        .push(query.order_clause(backend))
        .push(" LIMIT ")
        .bind(Arg::Int(query.limit))
        .push(" OFFSET ")
        .bind(Arg::Int(query.offset));
    let mut heroes: Vec<HeroCard> = with_pool!(db, |pool| {
        bind_args!(
            sqlx::query_as::<_, HeroCard>(sqlx::AssertSqlSafe(page_sql.text.clone())),
            &page_sql.args
        )
        .fetch_all(pool)
        .await
    })?;
    attach_awards(db, &mut heroes).await?;

    let mut total_sql = Sql::new("SELECT count(*)");
    total_sql
        .append(&from)
        .append(&query.where_clause(backend, &[]));
    let total = scalar(db, &total_sql).await?;

    let mut spec_sql = Sql::new("SELECT s.slug, count(*)");
    spec_sql
        .append(&from)
        .push(" JOIN hero_awards a ON a.hero_id = h.id JOIN specializations s ON s.id = a.specialization_id")
        .append(&query.where_clause(backend, &[Dimension::Specialization]))
        .push(" GROUP BY s.slug");
    let mut region_sql = Sql::new("SELECT h.region, count(*)");
    region_sql
        .append(&from)
        .append(&query.where_clause(backend, &[Dimension::Region, Dimension::Country]))
        .push(" GROUP BY h.region ORDER BY h.region");
    let mut country_sql = Sql::new("SELECT h.country, count(*)");
    country_sql
        .append(&from)
        .append(&query.where_clause(backend, &[Dimension::Country]))
        .push(" GROUP BY h.country ORDER BY count(*) DESC, h.country");
    let mut status_sql = Sql::new("SELECT h.status, count(*)");
    status_sql
        .append(&from)
        .append(&query.where_clause(backend, &[Dimension::Status]))
        .push(" GROUP BY h.status ORDER BY h.status");

    Ok(DirectoryPage {
        heroes,
        total,
        specialization_counts: counts(db, &spec_sql).await?,
        region_counts: counts(db, &region_sql).await?,
        country_counts: counts(db, &country_sql).await?,
        status_counts: counts(db, &status_sql).await?,
    })
}

async fn scalar(db: &Db, sql: &Sql) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| {
        bind_args!(
            sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_one(pool)
        .await
    })?)
}

async fn counts(db: &Db, sql: &Sql) -> StoreResult<Vec<(String, i64)>> {
    Ok(with_pool!(db, |pool| {
        bind_args!(
            sqlx::query_as::<_, (String, i64)>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await
    })?)
}

/// Up to `limit` public heroes (active, on leave or alumni) with ids above `after`, by id
/// (changed at or after `updated_since`, if given): the pages of a bulk export.
pub async fn public_after(
    db: &Db,
    after: i64,
    limit: i64,
    updated_since: Option<DateTime<Utc>>,
) -> StoreResult<Vec<HeroCard>> {
    let mut sql = Sql::new(&format!(
        "SELECT {CARD_COLUMNS} FROM heroes h \
         WHERE h.status IN ('active', 'on-leave', 'alumni') AND h.id > "
    ));
    sql.bind(Arg::Int(after));
    if let Some(since) = updated_since {
        sql.push(" AND h.updated_at >= ").bind(Arg::Time(since));
    }
    sql.push(" ORDER BY h.id LIMIT ").bind(Arg::Int(limit));
    let mut heroes: Vec<HeroCard> = with_pool!(db, |pool| {
        bind_args!(
            sqlx::query_as::<_, HeroCard>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await
    })?;
    attach_awards(db, &mut heroes).await?;
    Ok(heroes)
}

/// Loads the awards of `heroes` in one query.
async fn attach_awards(db: &Db, heroes: &mut [HeroCard]) -> StoreResult<()> {
    if heroes.is_empty() {
        return Ok(());
    }
    let mut sql = Sql::new(
        "SELECT a.hero_id, s.slug, s.name, s.colour, a.year FROM hero_awards a \
         JOIN specializations s ON s.id = a.specialization_id WHERE a.hero_id IN ",
    );
    sql.bind_list(heroes.iter().map(|h| Arg::Int(h.id)))
        .push(" ORDER BY a.year, s.position");
    let awards: Vec<AwardView> = with_pool!(db, |pool| {
        bind_args!(
            sqlx::query_as::<_, AwardView>(sqlx::AssertSqlSafe(sql.text.clone())),
            &sql.args
        )
        .fetch_all(pool)
        .await
    })?;
    let mut by_hero: HashMap<i64, Vec<AwardView>> = HashMap::new();
    for a in awards {
        by_hero.entry(a.hero_id).or_default().push(a);
    }
    for h in heroes {
        h.awards = by_hero.remove(&h.id).unwrap_or_default();
    }
    Ok(())
}

/// A public hero's full profile by slug (a candidate's is not found).
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn get(db: &Db, slug: &str) -> StoreResult<HeroDetail> {
    let card_sql = format!("SELECT {CARD_COLUMNS} FROM heroes h WHERE h.slug = $1");
    let card: HeroCard = with_pool!(db, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(card_sql))
            .bind(slug)
            .fetch_one(pool)
            .await
    })?;
    detail_of(db, card).await
}

/// The full profile of the hero record `id`, public or not: what its own account edits and
/// previews (an accepted candidate's before the announcement).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn get_record(db: &Db, id: i64) -> StoreResult<Option<HeroDetail>> {
    let card_sql = format!("SELECT {CARD_COLUMNS} FROM hero_records h WHERE h.id = $1");
    let card: Option<HeroCard> = with_pool!(db, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(card_sql))
            .bind(id)
            .fetch_optional(pool)
            .await
    })?;
    match card {
        Some(card) => Ok(Some(detail_of(db, card).await?)),
        None => Ok(None),
    }
}

async fn detail_of(db: &Db, card: HeroCard) -> StoreResult<HeroDetail> {
    let detail: DetailRow = with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT bio, timezone, languages, created_at FROM hero_records WHERE id = $1",
        )
        .bind(card.id)
        .fetch_one(pool)
        .await
    })?;
    let links: Vec<(String, String)> = with_pool!(db, |pool| {
        sqlx::query_as("SELECT kind, url FROM hero_links WHERE hero_id = $1")
            .bind(card.id)
            .fetch_all(pool)
            .await
    })?;
    let mut cards = [card];
    attach_awards(db, &mut cards).await?;
    let [card] = cards;
    let mut links = links;
    links.sort_by_key(|(kind, _)| {
        heroes_domain::hero::LinkKind::from_slug(kind).map_or(usize::MAX, |k| k as usize)
    });
    Ok(HeroDetail {
        card,
        bio: detail.bio,
        timezone: detail.timezone,
        languages: split_list(&detail.languages),
        links,
        created_at: detail.created_at,
    })
}

/// A few active heroes for the home page, a different selection each `day`.
pub async fn featured(db: &Db, count: i64, day: i64) -> StoreResult<Vec<HeroCard>> {
    let sql = format!(
        "SELECT {CARD_COLUMNS} FROM heroes h WHERE h.status = 'active' \
         ORDER BY (h.id * 7919 + $1) % 10007, h.id LIMIT $2"
    );
    let mut heroes: Vec<HeroCard> = with_pool!(db, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(day)
            .bind(count)
            .fetch_all(pool)
            .await
    })?;
    attach_awards(db, &mut heroes).await?;
    Ok(heroes)
}

/// Every hero's slug and last change, for the sitemap.
pub async fn all_slugs(db: &Db) -> StoreResult<Vec<(String, DateTime<Utc>)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as("SELECT slug, updated_at FROM heroes ORDER BY slug")
            .fetch_all(pool)
            .await
    })?)
}

/// How many heroes there are with each status.
pub async fn count_by_status(db: &Db) -> StoreResult<Vec<(String, i64)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as("SELECT status, count(*) FROM heroes GROUP BY status ORDER BY status")
            .fetch_all(pool)
            .await
    })?)
}

/// Stores a new hero and returns the slug given to them: `slug` if free, otherwise one
/// derived from `slug` (or the display name) with a number appended.
pub async fn create(
    db: &Db,
    profile: &HeroProfile,
    slug: Option<&Slug>,
    now: DateTime<Utc>,
) -> StoreResult<Slug> {
    let mut created = create_many(
        db,
        std::slice::from_ref(&(slug.cloned(), profile.clone())),
        now,
    )
    .await?;
    Ok(created.remove(0).1)
}

/// Stores many heroes in one transaction (imports, the demo program) and returns their ids
/// and slugs in order. Specialization slugs must exist.
pub async fn create_many(
    db: &Db,
    heroes: &[(Option<Slug>, HeroProfile)],
    now: DateTime<Utc>,
) -> StoreResult<Vec<(i64, Slug)>> {
    let specializations = specialization_ids(db).await?;
    // Every record's slug, a candidate's too: slugs are unique across them all.
    let mut taken: HashSet<String> = with_pool!(db, |pool| {
        sqlx::query_scalar("SELECT slug FROM hero_records")
            .fetch_all(pool)
            .await
    })?
    .into_iter()
    .collect();
    let fallback = Slug::parse("slug", "hero").expect("valid literal");
    let mut tx = db.begin().await?;
    let mut slugs = Vec::with_capacity(heroes.len());
    for (wanted, profile) in heroes {
        let base = wanted
            .clone()
            .unwrap_or_else(|| Slug::from_name(profile.display_name.as_str(), &fallback));
        let slug = unique_slug(&base, &taken);
        taken.insert(slug.as_str().to_owned());
        let id = insert_hero(&mut tx, &slug, profile, &specializations, now).await?;
        crate::search::refresh(&mut tx, id).await?;
        slugs.push((id, slug));
    }
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(slugs)
}

/// Saves a hero's own edit of their profile: every field and link of `profile` (contact
/// details too when given), and nothing the program decides. `profile.status` and
/// `profile.awards` (and so "hero since") are ignored: the edit was read before it was
/// saved, so writing them back would silently undo a renewal decision or an award committed
/// in between. The slug stays. One transaction, so a profile is never half saved.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn update_own_profile(
    db: &Db,
    slug: &str,
    profile: &HeroProfile,
    contacts: Option<&[Contact]>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    // The update comes first and locks the row: a second save of the same profile waits
    // here, and then its deletes see (and replace) the links this one inserts.
    let id: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "UPDATE hero_records SET display_name = $1, sort_name = $2, headline = $3, company = $4, \
             bio = $5, city = $6, country = $7, region = $8, photo_url = $9, timezone = $10, \
             languages = $11, updated_at = $12, latin_name = $14 WHERE slug = $13 RETURNING id",
        )
        .bind(profile.display_name.as_str())
        .bind(normalize(profile.display_name.as_str()))
        .bind(profile.headline.as_str())
        .bind(profile.company.as_str())
        .bind(profile.bio.as_str())
        .bind(profile.city.as_str())
        .bind(profile.country.as_str())
        .bind(profile.region().slug())
        .bind(profile.photo_url.as_ref().map(|u| u.as_str().to_owned()))
        .bind(profile.timezone.map(|t| t.name()))
        .bind(join_languages(profile))
        .bind(now)
        .bind(slug)
        .bind(profile.latin_name.as_str())
        .fetch_optional(&mut *conn)
        .await?
    })
    .ok_or(StoreError::NotFound)?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM hero_links WHERE hero_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    });
    insert_links(&mut tx, id, profile).await?;
    if let Some(contacts) = contacts {
        replace_contacts(&mut tx, id, contacts).await?;
    }
    crate::webhooks::record(&mut tx, EventKind::HeroProfileChanged, Some(id)).await?;
    crate::search::refresh(&mut tx, id).await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

pub(crate) fn unique_slug(base: &Slug, taken: &HashSet<String>) -> Slug {
    if !taken.contains(base.as_str()) {
        return base.clone();
    }
    (2..)
        .map(|n| base.with_suffix(n))
        .find(|s| !taken.contains(s.as_str()))
        .expect("some suffix is free")
}

fn join_languages(profile: &HeroProfile) -> String {
    profile
        .languages
        .iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(crate) async fn insert_hero(
    tx: &mut Tx,
    slug: &Slug,
    profile: &HeroProfile,
    specializations: &HashMap<String, i64>,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let id: i64 = with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO hero_records (slug, display_name, sort_name, headline, company, bio, city, \
             country, region, photo_url, timezone, languages, status, hero_since, created_at, \
             updated_at, latin_name) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16) \
             RETURNING id",
        )
        .bind(slug.as_str())
        .bind(profile.display_name.as_str())
        .bind(normalize(profile.display_name.as_str()))
        .bind(profile.headline.as_str())
        .bind(profile.company.as_str())
        .bind(profile.bio.as_str())
        .bind(profile.city.as_str())
        .bind(profile.country.as_str())
        .bind(profile.region().slug())
        .bind(profile.photo_url.as_ref().map(|u| u.as_str().to_owned()))
        .bind(profile.timezone.map(|t| t.name()))
        .bind(join_languages(profile))
        .bind(profile.status.slug())
        .bind(i64::from(profile.hero_since()))
        .bind(now)
        .bind(profile.latin_name.as_str())
        .fetch_one(&mut *conn)
        .await?
    });
    insert_links_and_awards(tx, id, profile, specializations).await?;
    Ok(id)
}

async fn insert_links(tx: &mut Tx, id: i64, profile: &HeroProfile) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        for (kind, url) in &profile.links {
            sqlx::query("INSERT INTO hero_links (hero_id, kind, url) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(kind.slug())
                .bind(url.as_str())
                .execute(&mut *conn)
                .await?;
        }
    });
    Ok(())
}

async fn insert_links_and_awards(
    tx: &mut Tx,
    id: i64,
    profile: &HeroProfile,
    specializations: &HashMap<String, i64>,
) -> StoreResult<()> {
    insert_links(tx, id, profile).await?;
    with_tx!(tx, |conn| {
        for award in &profile.awards {
            let spec = *specializations
                .get(award.specialization.as_str())
                .ok_or_else(|| StoreError::UnknownReference {
                    field: "specializations",
                    value: award.specialization.as_str().to_owned(),
                })?;
            sqlx::query(
                "INSERT INTO hero_awards (hero_id, specialization_id, year) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(spec)
            .bind(i64::from(award.year.get()))
            .execute(&mut *conn)
            .await?;
        }
    });
    Ok(())
}

/// The slug of a hero record, by id, public or not (an account's own record, a candidate's
/// included; public pages look heroes up by slug).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn slug_of(db: &Db, id: i64) -> StoreResult<Option<String>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT slug FROM hero_records WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// The id of a hero, by slug.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn id_of(db: &Db, slug: &str) -> StoreResult<Option<i64>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT id FROM heroes WHERE slug = $1"
    )
    .bind(slug)
    .fetch_optional(pool)
    .await)?)
}

/// The id and display name of a hero, by slug: what a page needs to name whom it acted on.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn named(db: &Db, slug: &str) -> StoreResult<Option<(i64, String)>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT id, display_name FROM heroes WHERE slug = $1"
    )
    .bind(slug)
    .fetch_optional(pool)
    .await)?)
}

/// A hero's contact details, in display order.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn contacts(db: &Db, hero_id: i64) -> StoreResult<Vec<Contact>> {
    let rows: Vec<(String, String, String)> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT kind, value, visibility FROM hero_contacts WHERE hero_id = $1"
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?;
    let mut contacts: Vec<Contact> = rows
        .into_iter()
        .filter_map(|(kind, value, visibility)| {
            Some(Contact {
                kind: ContactKind::from_name(&kind)?,
                value,
                visibility: Visibility::parse("visibility", &visibility).ok()?,
            })
        })
        .collect();
    contacts.sort_by_key(|c| c.kind);
    Ok(contacts)
}

/// Replaces a hero's contact details inside the caller's transaction.
async fn replace_contacts(tx: &mut Tx, hero_id: i64, contacts: &[Contact]) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM hero_contacts WHERE hero_id = $1")
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
        for c in contacts {
            sqlx::query(
                "INSERT INTO hero_contacts (hero_id, kind, value, visibility) VALUES ($1, $2, $3, $4)",
            )
            .bind(hero_id)
            .bind(c.kind.as_str())
            .bind(&c.value)
            .bind(c.visibility.as_str())
            .execute(&mut *conn)
            .await?;
        }
    });
    Ok(())
}

/// Stores an uploaded photo (already re-encoded) and points the hero's `photo_url` at it.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn set_photo(db: &Db, hero_id: i64, jpeg: &[u8], photo_url: &str) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO hero_photos (hero_id, jpeg, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (hero_id) DO UPDATE SET jpeg = excluded.jpeg, updated_at = excluded.updated_at",
        )
        .bind(hero_id)
        .bind(jpeg)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query("UPDATE hero_records SET photo_url = $1, updated_at = $2 WHERE id = $3")
            .bind(photo_url)
            .bind(now)
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
    });
    crate::webhooks::record(&mut tx, EventKind::HeroProfileChanged, Some(hero_id)).await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Removes an uploaded photo (the profile falls back to the placeholder).
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn remove_photo(db: &Db, hero_id: i64) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM hero_photos WHERE hero_id = $1")
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("UPDATE hero_records SET photo_url = NULL, updated_at = $1 WHERE id = $2")
            .bind(Utc::now())
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
    });
    crate::webhooks::record(&mut tx, EventKind::HeroProfileChanged, Some(hero_id)).await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// The uploaded photo of the hero record `id` if its slug is `slug`, public or not: what its
/// own account sees before the record is public.
#[tracing::instrument(level = "debug", skip_all, fields(id = id, slug = %slug))]
pub async fn own_photo(db: &Db, id: i64, slug: &str) -> StoreResult<Option<Vec<u8>>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT p.jpeg FROM hero_photos p JOIN hero_records h ON h.id = p.hero_id \
         WHERE h.id = $1 AND h.slug = $2"
    )
    .bind(id)
    .bind(slug)
    .fetch_optional(pool)
    .await)?)
}

/// The uploaded photo of the public hero with `slug`, if any.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn photo(db: &Db, slug: &str) -> StoreResult<Option<Vec<u8>>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT p.jpeg FROM hero_photos p JOIN heroes h ON h.id = p.hero_id WHERE h.slug = $1"
    )
    .bind(slug)
    .fetch_optional(pool)
    .await)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TestDb;
    use heroes_domain::hero::HeroProfileInput;

    fn input(headline: &str) -> HeroProfileInput {
        HeroProfileInput {
            display_name: "Ana Souza".to_owned(),
            headline: headline.to_owned(),
            country: "BR".to_owned(),
            awards: vec![("serverless".to_owned(), 2020)],
            ..HeroProfileInput::default()
        }
    }

    #[tokio::test]
    async fn an_own_edit_read_before_the_programs_decision_does_not_undo_it() {
        let test = TestDb::new().await.unwrap();
        let db = &test.db;
        let slug = create(db, &input("Before").parse(2026).unwrap(), None, Utc::now())
            .await
            .unwrap();
        // The hero's form was filled from the record as it was (active, one award)...
        let stale = input("After").parse(2026).unwrap();
        // ...when the program moved them to the alumni and awarded a second specialization
        // (what a renewal decision and an announcement write).
        with_pool!(db, |pool| {
            sqlx::query(
                "UPDATE hero_records SET status = 'alumni', hero_since = 2019 WHERE slug = $1",
            )
            .bind(slug.as_str())
            .execute(pool)
            .await
            .unwrap();
            sqlx::query(
                "INSERT INTO hero_awards (hero_id, specialization_id, year) \
                 SELECT h.id, s.id, 2019 FROM heroes h, specializations s \
                 WHERE h.slug = $1 AND s.slug = 'container'",
            )
            .bind(slug.as_str())
            .execute(pool)
            .await
            .unwrap();
        });

        update_own_profile(db, slug.as_str(), &stale, None, Utc::now())
            .await
            .unwrap();

        let saved = get(db, slug.as_str()).await.unwrap();
        assert_eq!(
            saved.card.headline, "After",
            "the hero's own field is saved"
        );
        assert_eq!(saved.card.status, "alumni", "the decision stands");
        let mut awards: Vec<(&str, i64)> = saved
            .card
            .awards
            .iter()
            .map(|a| (a.slug.as_str(), a.year))
            .collect();
        awards.sort_unstable();
        assert_eq!(awards, [("container", 2019), ("serverless", 2020)]);
        assert_eq!(saved.card.hero_since, 2019);
    }
}
