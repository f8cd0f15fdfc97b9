//! `/feeds/events.atom` and `/feeds/events.json`: the coming events (with the filters of
//! `/events`), newest scheduled first in readers that sort by date, each entry saying when and
//! where in its summary.

use super::event_query;
use crate::app::AppState;
use crate::error::PageError;
use crate::feeds::{atom_response, carried, json_listing, latest_or_now};
use crate::i18n::I18n;
use crate::web::QueryPairs;
use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::Utc;
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
            e.group_name
                .clone()
                .unwrap_or_else(|| i18n.t("event-of-the-program")),
        ),
        summary: carried(format!(
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
    let feed = Atom {
        base_url: state.config.base_url.clone(),
        title: i18n.t("events-title"),
        updated: latest_or_now(list.iter().map(|e| e.updated_at)),
        entries: list.iter().map(|e| entry(&i18n, e)).collect(),
    };
    atom_response(&headers, &feed)
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
    json_listing(
        &headers,
        base,
        i18n.t("events-title"),
        "/events",
        "/feeds/events.json",
        items,
    )
}
