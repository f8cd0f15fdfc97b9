//! The public hero directory: the page, the profile, and their JSON API.
//!
//! The page and the API read the same query parameters through [`DirectoryParams::parse`]:
//! the API refuses an unknown value with a 400 naming the parameter, the page drops it, shows
//! the rest, and says what it ignored.

pub mod api;
pub mod card;
pub mod directory;
pub mod pages;

use crate::web::QueryPairs;
use heroes_domain::geo::{CountryCode, Region};
use heroes_domain::search::query_terms;
use heroes_store::heroes::{DirectoryQuery, DirectorySort, StatusFilter};
use heroes_store::specializations::Specialization;

/// Heroes per page on the directory page, and the API's default `limit`.
pub const PAGE_SIZE: i64 = 24;
/// The largest `limit` the API accepts.
pub const MAX_LIMIT: i64 = 100;
/// The longest search text kept (anything longer is cut, not refused).
pub const MAX_QUERY_CHARS: usize = 5_000;

/// The query parameters the directory page reads (see [`DirectoryParams::parse`]); the
/// response cache drops every other one.
pub const PAGE_PARAMETERS: &[&str] = &[
    "q",
    "specialization",
    "region",
    "country",
    "status",
    "since",
    "sort",
    "page",
];
/// The query parameters `GET /api/v1/heroes` reads: the page's and `limit`.
pub const API_PARAMETERS: &[&str] = &[
    "q",
    "specialization",
    "region",
    "country",
    "status",
    "since",
    "sort",
    "page",
    "limit",
    "updated_since",
];

/// A filter value that was not understood: which parameter, and the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The parameter name (`country`).
    pub parameter: &'static str,
    /// The value as sent.
    pub value: String,
    /// What would have been valid.
    pub expected: &'static str,
}

/// The directory's query parameters, parsed.
#[derive(Debug, Clone)]
pub struct DirectoryParams {
    /// The search text as typed (bounded), to show back in the search box.
    pub q: String,
    /// The store query (limit and offset included).
    pub query: DirectoryQuery,
    /// Whether `sort` was given explicitly (the default depends on `q`).
    pub sort_given: bool,
    /// 1-based page number.
    pub page: i64,
    /// Values that were not understood and left out.
    pub rejected: Vec<Rejected>,
}

impl DirectoryParams {
    /// Parses the parameters; `limit_allowed` is true for the API only.
    pub fn parse(
        pairs: &QueryPairs,
        specializations: &[Specialization],
        limit_allowed: bool,
    ) -> Self {
        let mut rejected = Vec::new();
        let mut reject = |parameter: &'static str, value: &str, expected: &'static str| {
            rejected.push(Rejected::new(parameter, value, expected));
        };
        let q: String = pairs
            .first("q")
            .unwrap_or_default()
            .chars()
            .take(MAX_QUERY_CHARS)
            .collect();

        let mut query = DirectoryQuery {
            terms: query_terms(&q),
            ..DirectoryQuery::default()
        };
        for value in pairs.all("specialization") {
            // A slug from before a rename still filters, as the current one.
            if let Some(s) = specializations.iter().find(|s| s.answers_to(value)) {
                if !query.specializations.contains(&s.slug) {
                    query.specializations.push(s.slug.clone());
                }
            } else {
                reject(
                    "specialization",
                    value,
                    "a specialization slug from /api/v1/specializations",
                );
            }
        }
        for value in pairs.all("region") {
            match Region::parse(value) {
                Ok(r) if !query.regions.contains(&r) => query.regions.push(r),
                Ok(_) => {}
                Err(_) => reject("region", value, "americas, emea or apj"),
            }
        }
        for value in pairs.all("country") {
            match CountryCode::parse(value) {
                Ok(c) if !query.countries.contains(&c) => query.countries.push(c),
                Ok(_) => {}
                Err(_) => reject("country", value, "an ISO 3166-1 alpha-2 code such as DE"),
            }
        }
        if let Some(value) = pairs.first("status") {
            match value {
                "active" => query.status = StatusFilter::Active,
                "alumni" => query.status = StatusFilter::Alumni,
                "all" => query.status = StatusFilter::All,
                _ => reject("status", value, "active, alumni or all"),
            }
        }
        if let Some(value) = pairs.first("since") {
            match value.parse::<i32>() {
                Ok(y) if (heroes_domain::hero::FIRST_AWARD_YEAR..=2100).contains(&y) => {
                    query.since = Some(y);
                }
                _ => reject("since", value, "a year such as 2019"),
            }
        }
        let mut sort_given = false;
        if let Some(value) = pairs.first("sort") {
            sort_given = true;
            match value {
                "relevance" => query.sort = DirectorySort::Relevance,
                "name" => query.sort = DirectorySort::Name,
                "newest" => query.sort = DirectorySort::Newest,
                _ => {
                    sort_given = false;
                    reject("sort", value, "relevance, name or newest");
                }
            }
        }
        let limit = if limit_allowed {
            query.updated_since = parse_updated_since(pairs, &mut rejected);
            parse_limit(pairs, PAGE_SIZE, &mut rejected)
        } else {
            PAGE_SIZE
        };
        let page = parse_page(pairs, &mut rejected);
        query.limit = limit;
        query.offset = (page - 1) * limit;
        DirectoryParams {
            q,
            query,
            sort_given,
            page,
            rejected,
        }
    }

    /// The canonical query string of these parameters with `page` replaced (`None` drops it),
    /// for pagination links and the API's `next` link.
    pub fn query_string(&self, page: Option<i64>, include_limit: bool) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            out.append_pair("q", &self.q);
        }
        for s in &self.query.specializations {
            out.append_pair("specialization", s);
        }
        for r in &self.query.regions {
            out.append_pair("region", r.slug());
        }
        for c in &self.query.countries {
            out.append_pair("country", c.as_str());
        }
        match self.query.status {
            StatusFilter::Active => {}
            StatusFilter::Alumni => {
                out.append_pair("status", "alumni");
            }
            StatusFilter::All => {
                out.append_pair("status", "all");
            }
        }
        if let Some(y) = self.query.since {
            out.append_pair("since", &y.to_string());
        }
        if self.sort_given {
            out.append_pair("sort", sort_slug(self.query.sort));
        }
        let limit = Some(self.query.limit).filter(|l| include_limit && *l != PAGE_SIZE);
        append_window(&mut out, self.query.updated_since, limit, page);
        out.finish()
    }

    /// Number of pages for `total` results (at least 1).
    pub fn page_count(&self, total: i64) -> i64 {
        ((total + self.query.limit - 1) / self.query.limit).max(1)
    }
}

/// The URL name of a sort order.
pub fn sort_slug(sort: DirectorySort) -> &'static str {
    match sort {
        DirectorySort::Relevance => "relevance",
        DirectorySort::Name => "name",
        DirectorySort::Newest => "newest",
    }
}

/// Reads `page` (1-based; far beyond any real listing but safe for OFFSET arithmetic).
pub fn parse_page(pairs: &QueryPairs, rejected: &mut Vec<Rejected>) -> i64 {
    match pairs.first("page").map(|v| (v, v.parse::<i64>())) {
        None => 1,
        Some((_, Ok(n))) if (1..=1_000_000).contains(&n) => n,
        Some((value, _)) => {
            rejected.push(Rejected::new("page", value, "a page number from 1"));
            1
        }
    }
}

/// Reads the API's `updated_since`: an RFC 3339 time with its offset
/// (`2026-11-29T08:00:00Z`).
pub fn parse_updated_since(
    pairs: &QueryPairs,
    rejected: &mut Vec<Rejected>,
) -> Option<chrono::DateTime<chrono::Utc>> {
    let value = pairs.first("updated_since")?;
    match chrono::DateTime::parse_from_rfc3339(value) {
        Ok(t) => Some(t.with_timezone(&chrono::Utc)),
        Err(_) => {
            rejected.push(Rejected::new(
                "updated_since",
                value,
                "an RFC 3339 time such as 2026-11-29T08:00:00Z",
            ));
            None
        }
    }
}

/// `t` as RFC 3339 in UTC with as many fractional digits as it has, as links carry it.
pub fn rfc3339(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

/// Ends a listing's query string (the directory's, the contributions'): `updated_since`, a
/// `limit` other than the page's own, and the `page` past the first.
pub fn append_window(
    out: &mut form_urlencoded::Serializer<'_, String>,
    updated_since: Option<chrono::DateTime<chrono::Utc>>,
    limit: Option<i64>,
    page: Option<i64>,
) {
    if let Some(since) = updated_since {
        out.append_pair("updated_since", &rfc3339(since));
    }
    if let Some(limit) = limit {
        out.append_pair("limit", &limit.to_string());
    }
    if let Some(p) = page.filter(|p| *p > 1) {
        out.append_pair("page", &p.to_string());
    }
}

/// Reads the API's `limit` (1 to [`MAX_LIMIT`]).
pub fn parse_limit(pairs: &QueryPairs, default: i64, rejected: &mut Vec<Rejected>) -> i64 {
    match pairs.first("limit").map(|v| (v, v.parse::<i64>())) {
        None => default,
        Some((_, Ok(n))) if (1..=MAX_LIMIT).contains(&n) => n,
        Some((value, _)) => {
            rejected.push(Rejected::new("limit", value, "a number from 1 to 100"));
            default
        }
    }
}

impl Rejected {
    /// The API's 400 for this value: a problem document naming the parameter.
    pub fn api_error(&self) -> crate::error::ApiError {
        crate::error::ApiError::bad_parameter(
            self.parameter,
            format!(
                "{}={:?} is not valid; expected {}.",
                self.parameter, self.value, self.expected
            ),
        )
    }

    /// A rejected `value` of `parameter` (kept to 100 characters for display).
    pub fn new(parameter: &'static str, value: &str, expected: &'static str) -> Self {
        Self {
            parameter,
            value: value.chars().take(100).collect(),
            expected,
        }
    }
}
