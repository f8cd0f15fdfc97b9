//! What the site's own Atom and JSON feeds share (contributions, the spotlight, events,
//! projects): text that XML can carry, `tag:` ids, the Atom document of `feeds/atom.xml` and
//! the JSON Feed of heroes' work ([`JsonFeed`]), a listing page's two feeds ([`Listing`], served
//! for any [`Listed`] page by [`atom`] and [`json`]), and the answers themselves. Readers poll feeds, so every answer carries an ETag and a `304`.
//!
//! Every text goes through [`carried`] on its way out: input refuses what XML cannot carry,
//! but rows stored before that (or written around the forms) must not make a feed unreadable
//! for every subscriber.

use crate::app::AppState;
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::{QueryPairs, REVALIDATE, cacheable};
use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::{DateTime, Utc};
use heroes_domain::text::is_xml_char;
use serde::Serialize;

/// The `version` of every JSON Feed we serve.
pub const JSON_FEED_VERSION: &str = "https://jsonfeed.org/version/1.1";

/// `text` without the characters XML 1.0 forbids (NUL, ESC, U+FFFE, …). The JSON Feeds get
/// the same text as the Atom feeds: JSON could escape them, but its readers turn entries into
/// XML and HTML too.
pub fn carried(text: impl Into<String>) -> String {
    let text = text.into();
    if text.chars().all(is_xml_char) {
        text
    } else {
        text.chars().filter(|c| is_xml_char(*c)).collect()
    }
}

/// A `tag:` URI (RFC 4151) for `what` on this site's host: ids that stay when the site moves
/// from `http` to `https` or changes its port.
pub fn tag_uri(base: &str, what: &str) -> String {
    let host = crate::web::site_host(base);
    let host = host.split(':').next().unwrap_or(host);
    format!("tag:{host},2026:{what}")
}

/// The latest of `times` for a feed's `updated`, the epoch for an empty feed.
pub fn latest(times: impl Iterator<Item = DateTime<Utc>>) -> String {
    times.max().map_or_else(
        || "1970-01-01T00:00:00+00:00".to_owned(),
        |t| t.to_rfc3339(),
    )
}

/// The latest of `times` for a listing's `updated` (events, projects), now for an empty one.
fn latest_or_now(times: impl Iterator<Item = DateTime<Utc>>) -> String {
    times.max().unwrap_or_else(Utc::now).to_rfc3339()
}

/// An Atom 1.0 feed of `feeds/atom.xml` (contributions, the spotlight).
#[derive(Template)]
#[template(path = "feeds/atom.xml")]
pub struct AtomFeed {
    pub lang: &'static str,
    pub id: String,
    pub title: String,
    pub self_url: String,
    pub html_url: String,
    pub updated: String,
    pub entries: Vec<AtomEntry>,
}

/// One entry of an [`AtomFeed`].
pub struct AtomEntry {
    pub id: String,
    pub title: String,
    pub url: String,
    /// Further addresses of the same work, as `rel="related"` links.
    pub related: Vec<String>,
    pub updated: String,
    pub published: String,
    pub author: String,
    pub author_url: String,
    pub summary: String,
    pub categories: Vec<String>,
}

/// The language of the feeds of heroes' work: titles and descriptions are as their authors
/// wrote them, the few words of our own are English.
pub const FEED_LANGUAGE: &str = "en";

/// A JSON Feed 1.1 document of heroes' work (contributions, the spotlight).
#[derive(Serialize)]
pub struct JsonFeed {
    version: &'static str,
    title: String,
    home_page_url: String,
    feed_url: String,
    language: &'static str,
    items: Vec<JsonFeedItem>,
}

impl JsonFeed {
    /// The feed at `feed_url` of the page at `home_page_url`.
    pub fn new(
        title: String,
        home_page_url: String,
        feed_url: String,
        items: Vec<JsonFeedItem>,
    ) -> Self {
        Self {
            version: JSON_FEED_VERSION,
            title: carried(title),
            home_page_url,
            feed_url,
            language: FEED_LANGUAGE,
            items,
        }
    }
}

/// One item of a [`JsonFeed`]: a piece of a hero's work.
#[derive(Serialize)]
pub struct JsonFeedItem {
    pub id: String,
    pub url: String,
    pub title: String,
    pub content_text: String,
    pub date_published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<String>,
    pub authors: Vec<JsonFeedAuthor>,
    pub tags: Vec<String>,
    /// Our extension (JSON Feed allows `_`-prefixed objects): further addresses of the work.
    #[serde(rename = "_heroes", skip_serializing_if = "Option::is_none")]
    pub extension: Option<JsonFeedExtension>,
}

/// Readers that do not know an extension ignore it (JSON Feed 1.1, "Extensions").
#[derive(Serialize)]
pub struct JsonFeedExtension {
    pub also_at: Vec<String>,
}

/// An author of a JSON Feed item: a hero and their page.
#[derive(Serialize)]
pub struct JsonFeedAuthor {
    pub name: String,
    pub url: String,
}

/// The answer carrying an Atom document.
pub fn atom_response(headers: &HeaderMap, feed: &impl Template) -> Result<Response, PageError> {
    Ok(cacheable(
        headers,
        "application/atom+xml; charset=utf-8",
        REVALIDATE,
        feed.render()?,
    ))
}

/// The answer carrying a JSON Feed document.
pub fn json_feed_response(
    headers: &HeaderMap,
    feed: &impl Serialize,
) -> Result<Response, PageError> {
    let bytes = serde_json::to_vec(feed).map_err(|e| PageError::Internal(e.into()))?;
    Ok(cacheable(
        headers,
        "application/feed+json",
        REVALIDATE,
        bytes,
    ))
}

/// The feeds of a listing page (events, projects): the entries the page lists, as an Atom
/// document (`feeds/listing.xml`) or a JSON Feed. Each entry lives at `{page}/{key}`.
pub struct Listing {
    pub title: String,
    /// The page listed, as `/events`.
    pub page: &'static str,
    /// The feeds' address without its extension, as `/feeds/events`.
    pub feed: &'static str,
    pub entries: Vec<ListingEntry>,
}

/// One entry of a [`Listing`]; every text already [`carried`].
pub struct ListingEntry {
    /// Where it lives below the listing page (`12` for `/events/12`).
    pub key: String,
    pub title: String,
    pub published: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// Who it is by; the listing's title when `None`.
    pub author: Option<String>,
    pub summary: String,
    /// An object of the fields only the JSON Feed item carries (`external_url`, `tags`,
    /// `_heroes`).
    pub json: serde_json::Value,
}

#[derive(Template)]
#[template(path = "feeds/listing.xml")]
struct ListingAtom<'a> {
    base_url: &'a str,
    updated: String,
    listing: &'a Listing,
}

impl Listing {
    /// `GET {feed}.atom`.
    pub fn atom(&self, headers: &HeaderMap, base_url: &str) -> Result<Response, PageError> {
        atom_response(
            headers,
            &ListingAtom {
                base_url,
                updated: latest_or_now(self.entries.iter().map(|e| e.updated)),
                listing: self,
            },
        )
    }

    /// `GET {feed}.json` (JSON Feed 1.1).
    pub fn json(self, headers: &HeaderMap, base: &str) -> Result<Response, PageError> {
        let page = self.page;
        let items: Vec<serde_json::Value> = self
            .entries
            .into_iter()
            .map(|e| {
                let url = format!("{base}{page}/{}", e.key);
                let mut item = serde_json::json!({
                    "id": url,
                    "url": url,
                    "title": e.title,
                    "content_text": e.summary,
                    "date_published": e.published.to_rfc3339(),
                    "date_modified": e.updated.to_rfc3339(),
                });
                if let Some(item) = item.as_object_mut() {
                    if let Some(author) = e.author {
                        item.insert("authors".into(), serde_json::json!([{ "name": author }]));
                    }
                    if let serde_json::Value::Object(only_json) = e.json {
                        item.extend(only_json);
                    }
                }
                item
            })
            .collect();
        json_feed_response(
            headers,
            &serde_json::json!({
                "version": JSON_FEED_VERSION,
                "title": self.title,
                "home_page_url": format!("{base}{page}"),
                "feed_url": format!("{base}{}.json", self.feed),
                "items": items,
            }),
        )
    }
}

/// A listing page with feeds (events, projects): the [`Listing`] a query selects on it, in
/// the reader's language. Its feeds' routes name [`atom`] and [`json`] for it.
pub trait Listed {
    /// The entries the page lists for `query`, as a feed.
    fn listing(
        state: &AppState,
        i18n: &I18n,
        query: &QueryPairs,
    ) -> impl Future<Output = Result<Listing, PageError>> + Send;
}

/// `GET /feeds/{listing}.atom`: the Atom feed of the listing page `L`, with its filters.
pub async fn atom<L: Listed>(
    State(state): State<AppState>,
    headers: HeaderMap,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let listing = L::listing(&state, &i18n, &query).await?;
    listing.atom(&headers, &state.config.base_url)
}

/// `GET /feeds/{listing}.json`: the JSON Feed 1.1 of the listing page `L`, with its filters.
pub async fn json<L: Listed>(
    State(state): State<AppState>,
    headers: HeaderMap,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let listing = L::listing(&state, &i18n, &query).await?;
    listing.json(&headers, &state.config.base_url)
}
