//! The public content stream: every hero's public contributions, newest first, as a page, an
//! API and feeds (Atom, JSON Feed). Private contributions never appear here: the store's
//! stream query excludes them for every caller.

pub mod api;
pub mod cli;
pub mod feeds;
pub mod own;
pub mod pages;
pub mod transfer;

use crate::heroes::{Rejected, append_window, parse_limit, parse_page, parse_updated_since};
use crate::web::QueryPairs;
use heroes_domain::contribution::ContributionKind;
use heroes_store::contributions::StreamQuery;
use heroes_store::specializations::Specialization;

/// Items per page on the stream page and the API's default `limit`.
pub const PAGE_SIZE: i64 = 30;

/// The query parameters the stream page reads (see [`StreamParams::parse`]); the response
/// cache drops every other one.
pub const PAGE_PARAMETERS: &[&str] = &["specialization", "kind", "hero", "page"];
/// The query parameters `GET /api/v1/contributions` reads: the page's and `limit`.
pub const API_PARAMETERS: &[&str] = &[
    "specialization",
    "kind",
    "hero",
    "page",
    "limit",
    "updated_since",
];
/// The query parameters the contribution feeds read: the filters (a feed is always its
/// first page).
pub const FEED_PARAMETERS: &[&str] = &["specialization", "kind", "hero"];

/// The stream's parameters, parsed.
#[derive(Debug, Clone)]
pub struct StreamParams {
    /// The store query.
    pub query: StreamQuery,
    /// 1-based page.
    pub page: i64,
    /// Values not understood.
    pub rejected: Vec<Rejected>,
}

impl StreamParams {
    /// Parses `specialization`, `kind` (both repeatable), `hero`, `page` and, for the API,
    /// `limit` and `updated_since`.
    pub fn parse(
        pairs: &QueryPairs,
        specializations: &[Specialization],
        limit_allowed: bool,
    ) -> Self {
        let mut rejected = Vec::new();
        let mut query = StreamQuery {
            limit: PAGE_SIZE,
            ..StreamQuery::default()
        };
        for value in pairs.all("specialization") {
            // A slug from before a rename still filters, as the current one.
            if let Some(s) = specializations.iter().find(|s| s.answers_to(value)) {
                query.specializations.push(s.slug.clone());
            } else {
                rejected.push(Rejected::new(
                    "specialization",
                    value,
                    "a specialization slug from /api/v1/specializations",
                ));
            }
        }
        for value in pairs.all("kind") {
            match ContributionKind::parse("kind", value) {
                Ok(k) => query.kinds.push(k.slug().to_owned()),
                Err(_) => rejected.push(Rejected::new(
                    "kind",
                    value,
                    "a kind such as blog-post, talk or video",
                )),
            }
        }
        if let Some(hero) = pairs.first("hero") {
            query.hero = Some(hero.chars().take(64).collect());
        }
        if limit_allowed {
            query.updated_since = parse_updated_since(pairs, &mut rejected);
            query.limit = parse_limit(pairs, PAGE_SIZE, &mut rejected);
        }
        let page = parse_page(pairs, &mut rejected);
        query.offset = (page - 1) * query.limit;
        StreamParams {
            query,
            page,
            rejected,
        }
    }

    /// The query string with `page` replaced.
    pub fn query_string(&self, page: Option<i64>, include_limit: bool) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for s in &self.query.specializations {
            out.append_pair("specialization", s);
        }
        for k in &self.query.kinds {
            out.append_pair("kind", k);
        }
        if let Some(h) = &self.query.hero {
            out.append_pair("hero", h);
        }
        let limit = Some(self.query.limit).filter(|l| include_limit && *l != PAGE_SIZE);
        append_window(&mut out, self.query.updated_since, limit, page);
        out.finish()
    }
}
