//! `/api/v1/events`: the public events of the program and its groups.

use super::event_query;
use crate::app::AppState;
use crate::error::ApiError;
use crate::heroes::api::json_response;
use crate::web::QueryPairs;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::{DateTime, Utc};
use heroes_store::events::{self, EventSummary};
use serde::Serialize;
use utoipa::ToSchema;

/// The events.
#[derive(Serialize, ToSchema)]
pub struct EventList {
    /// Coming ones soonest first, past ones latest first.
    events: Vec<EventJson>,
}

/// An event as the API lists it (the online link is on its page only).
#[derive(Serialize, ToSchema)]
#[schema(as = Event, examples(EventJson::example))]
pub struct EventJson {
    id: i64,
    title: String,
    /// Markdown.
    description: String,
    #[schema(schema_with = crate::openapi::schemas::event_kind)]
    kind: &'static str,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    /// IANA zone of the organizer.
    time_zone: String,
    venue: String,
    /// Whether there is an online link (the link itself is on the event's page).
    online: bool,
    capacity: Option<i64>,
    going_count: i64,
    cancelled: bool,
    /// Grows with every change of the event (as in its iCalendar entry).
    sequence: i64,
    updated_at: DateTime<Utc>,
    group_slug: Option<String>,
    group_name: Option<String>,
    /// The group's country; `null` for the program's own events.
    country: Option<String>,
    specialization: Option<String>,
}

impl From<EventSummary> for EventJson {
    fn from(e: EventSummary) -> Self {
        EventJson {
            id: e.id,
            title: e.title,
            description: e.description,
            kind: e.kind.as_str(),
            starts_at: e.starts_at,
            ends_at: e.ends_at,
            time_zone: e.time_zone,
            venue: e.venue,
            online: e.online,
            capacity: e.capacity,
            going_count: e.going_count,
            cancelled: e.cancelled,
            sequence: e.sequence,
            updated_at: e.updated_at,
            group_slug: e.group_slug,
            group_name: e.group_name,
            country: e.country,
            specialization: e.specialization,
        }
    }
}

impl EventJson {
    /// The document's example.
    fn example() -> Self {
        let at = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_default()
        };
        EventJson {
            id: 311,
            title: "Serverless meetup: event-driven patterns".to_owned(),
            description: "Two talks and pizza. Bring your questions.".to_owned(),
            kind: "meetup",
            starts_at: at("2026-12-10T21:30:00Z"),
            ends_at: at("2026-12-11T00:00:00Z"),
            time_zone: "America/Sao_Paulo".to_owned(),
            venue: "Nuvem Labs, Av. Paulista 1000".to_owned(),
            online: false,
            capacity: Some(80),
            going_count: 54,
            cancelled: false,
            sequence: 2,
            updated_at: at("2026-11-20T10:00:00Z"),
            group_slug: Some("sao-paulo-serverless".to_owned()),
            group_name: Some("São Paulo Serverless".to_owned()),
            country: Some("BR".to_owned()),
            specialization: Some("serverless".to_owned()),
        }
    }
}

/// `GET /api/v1/events`: events with the filters of `/events` (`when=past` for past ones).
pub async fn list_api(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    use crate::api_filters::{Accepts, check};
    check(
        &state,
        &query,
        &[
            (
                "when",
                Accepts::OneOf(&["coming", "past"], "coming or past"),
            ),
            ("country", Accepts::Country),
            ("online", Accepts::Flag),
            ("specialization", Accepts::Specialization),
        ],
    )
    .await?;
    let events = events::list(&state.db, &event_query(&query, Utc::now())).await?;
    let events = events.into_iter().map(EventJson::from).collect();
    json_response(&headers, &EventList { events })
}
