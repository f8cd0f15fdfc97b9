//! The directory query in SQL: one page of heroes with its total and the facet counts, each
//! facet counted under every filter but its own. `crate::directory` answers most directory
//! requests from memory; this query answers the rest and is what the index is tested against.

use super::{CARD_COLUMNS, HeroCard, attach_awards};
use crate::db::{Backend, Db};
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Utc};
use heroes_domain::geo::{CountryCode, Region};

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
