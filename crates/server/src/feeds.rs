//! What the site's own Atom and JSON feeds share (contributions, the spotlight, events,
//! projects): text that XML can carry, `tag:` ids, the Atom document of `feeds/atom.xml`, and
//! the answers themselves. Readers poll feeds, so every answer carries an ETag and a `304`.
//!
//! Every text goes through [`carried`] on its way out: input refuses what XML cannot carry,
//! but rows stored before that (or written around the forms) must not make a feed unreadable
//! for every subscriber.

use crate::error::PageError;
use crate::web::{REVALIDATE, cacheable};
use askama::Template;
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
    let host = base
        .split("://")
        .nth(1)
        .unwrap_or(base)
        .split('/')
        .next()
        .unwrap_or("heroes");
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
pub fn latest_or_now(times: impl Iterator<Item = DateTime<Utc>>) -> String {
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

/// The answer carrying a JSON Feed of a listing page (events, projects): `items` are already
/// JSON, the page is at `{base}{page}` and the feed at `{base}{feed}`.
pub fn json_listing(
    headers: &HeaderMap,
    base: &str,
    title: String,
    page: &str,
    feed: &str,
    items: Vec<serde_json::Value>,
) -> Result<Response, PageError> {
    json_feed_response(
        headers,
        &serde_json::json!({
            "version": JSON_FEED_VERSION,
            "title": title,
            "home_page_url": format!("{base}{page}"),
            "feed_url": format!("{base}{feed}"),
            "items": items,
        }),
    )
}
