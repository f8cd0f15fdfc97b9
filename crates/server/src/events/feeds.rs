//! `/feeds/events.atom` and `/feeds/events.json`: the coming events (with the filters of
//! `/events`), newest scheduled first in readers that sort by date, each entry saying when and
//! where in its summary.

use super::event_query;
use crate::app::AppState;
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::{QueryPairs, REVALIDATE, cacheable};
use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::Utc;
use heroes_domain::text::is_xml_char;
use heroes_store::events::{self, EventSummary};

struct Entry {
    id: i64,
    title: String,
    published: String,
    updated: String,
    author: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "events/atom.xml")]
struct Atom {
    base_url: String,
    title: String,
    updated: String,
    entries: Vec<Entry>,
}

/// Text without the characters XML 1.0 forbids.
fn carried(text: &str) -> String {
    text.chars().filter(|c| is_xml_char(*c)).collect()
}

fn entry(i18n: &I18n, e: &EventSummary) -> Entry {
    let place = match (e.venue.as_str(), e.online) {
        ("", _) => i18n.t("event-online"),
        (venue, _) => venue.to_owned(),
    };
    Entry {
        id: e.id,
        title: carried(&e.title),
        published: e.updated_at.to_rfc3339(),
        updated: e.updated_at.to_rfc3339(),
        author: carried(
            &e.group_name
                .clone()
                .unwrap_or_else(|| i18n.t("event-of-the-program")),
        ),
        summary: carried(&format!(
            "{} · {} · {}",
            super::time_in_zone(i18n, e.starts_at, &e.time_zone),
            place,
            e.description
        )),
    }
}

async fn coming(state: &AppState, query: &QueryPairs) -> Result<Vec<EventSummary>, PageError> {
    let mut query = event_query(query, Utc::now());
    query.limit = 100;
    Ok(events::list(&state.db, &query).await?)
}

/// `GET /feeds/events.atom`.
pub async fn atom(
    State(state): State<AppState>,
    headers: HeaderMap,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let list = coming(&state, &query).await?;
    let updated = list
        .iter()
        .map(|e| e.updated_at)
        .max()
        .unwrap_or_else(Utc::now);
    let feed = Atom {
        base_url: state.config.base_url.clone(),
        title: i18n.t("events-title"),
        updated: updated.to_rfc3339(),
        entries: list.iter().map(|e| entry(&i18n, e)).collect(),
    };
    let body = feed.render().map_err(|e| PageError::Internal(e.into()))?;
    Ok(cacheable(
        &headers,
        "application/atom+xml; charset=utf-8",
        REVALIDATE,
        body,
    ))
}

/// `GET /feeds/events.json` (JSON Feed 1.1).
pub async fn json(
    State(state): State<AppState>,
    headers: HeaderMap,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let base = &state.config.base_url;
    let items: Vec<serde_json::Value> = coming(&state, &query)
        .await?
        .iter()
        .map(|e| {
            let entry = entry(&i18n, e);
            serde_json::json!({
                "id": format!("{base}/events/{}", e.id),
                "url": format!("{base}/events/{}", e.id),
                "title": entry.title,
                "content_text": entry.summary,
                "date_modified": entry.updated,
                "authors": [{ "name": entry.author }],
                "_heroes": { "starts_at": e.starts_at, "ends_at": e.ends_at, "time_zone": e.time_zone },
            })
        })
        .collect();
    let feed = serde_json::json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": i18n.t("events-title"),
        "home_page_url": format!("{base}/events"),
        "feed_url": format!("{base}/feeds/events.json"),
        "items": items,
    });
    let body = serde_json::to_vec(&feed).map_err(|e| PageError::Internal(e.into()))?;
    Ok(cacheable(
        &headers,
        "application/feed+json",
        REVALIDATE,
        body,
    ))
}
