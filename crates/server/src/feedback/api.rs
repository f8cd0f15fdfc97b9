//! `/api/v1/me/feedback`: the token owner's feedback items with their threads (never the
//! team's staff-only notes).

use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use crate::openapi::schemas;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, Utc};
use heroes_domain::policy::Action;
use heroes_store::feedback::{self, Item, Message};
use serde::Serialize;
use utoipa::ToSchema;

/// The product feedback the token's owner filed.
#[derive(Serialize, ToSchema)]
#[schema(examples(FeedbackList::example))]
pub struct FeedbackList {
    /// Newest first.
    #[schema(inline)]
    items: Vec<Filed>,
}

/// One item with its links and thread.
#[derive(Serialize, ToSchema)]
struct Filed {
    id: i64,
    /// The product area's slug.
    area: String,
    area_name: String,
    title: String,
    /// Markdown as written.
    body: String,
    #[schema(schema_with = schemas::feedback_kind)]
    kind: &'static str,
    impact: String,
    /// Whether other heroes may see it.
    shared: bool,
    #[schema(schema_with = schemas::feedback_state)]
    state: &'static str,
    /// The team's note on a closed item.
    note: String,
    duplicate_of: Option<i64>,
    /// The briefing the item came from, if its author named one.
    briefing: Option<i64>,
    /// "Me too" from other heroes.
    votes: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    links: Vec<String>,
    /// The conversation with the program team, oldest first (never the team's internal notes).
    #[schema(inline)]
    thread: Vec<MessageJson>,
}

/// One message of an item's thread.
#[derive(Serialize, ToSchema)]
struct MessageJson {
    /// Who wrote it (`null` once their account is erased).
    author_name: Option<String>,
    /// Written by the program team.
    from_staff: bool,
    /// The status a status change moved the item to.
    state: Option<String>,
    body: String,
    created_at: DateTime<Utc>,
}

impl Filed {
    fn new(item: Item, thread: Vec<Message>) -> Self {
        Filed {
            links: item.link_list().into_iter().map(str::to_owned).collect(),
            id: item.id,
            area: item.area,
            area_name: item.area_name,
            title: item.title,
            body: item.body,
            kind: item.kind.as_str(),
            impact: item.impact,
            shared: item.shared,
            state: item.state.as_str(),
            note: item.note,
            duplicate_of: item.duplicate_of,
            briefing: item.briefing_id,
            votes: item.votes,
            created_at: item.created_at,
            updated_at: item.updated_at,
            thread: thread
                .into_iter()
                .map(|m| MessageJson {
                    author_name: m.author_name,
                    from_staff: m.from_staff,
                    state: m.state,
                    body: m.body,
                    created_at: m.created_at,
                })
                .collect(),
        }
    }
}

impl FeedbackList {
    /// The document's example: one item, answered by the team.
    fn example() -> Self {
        let at = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_default()
        };
        FeedbackList {
            items: vec![Filed {
                id: 93,
                area: "functions".to_owned(),
                area_name: "Functions".to_owned(),
                title: "Cold starts are not shown in the metrics".to_owned(),
                body: "The console shows the duration but not whether a call was a cold start."
                    .to_owned(),
                kind: "feature-request",
                impact: "Tuning memory sizes is guesswork for my customers.".to_owned(),
                shared: true,
                state: "planned",
                note: String::new(),
                duplicate_of: None,
                briefing: None,
                votes: 4,
                created_at: at("2026-09-14T12:00:00Z"),
                updated_at: at("2026-10-02T08:30:00Z"),
                links: vec!["https://ana.example.org/cold-starts".to_owned()],
                thread: vec![MessageJson {
                    author_name: Some("Program team".to_owned()),
                    from_staff: true,
                    state: Some("planned".to_owned()),
                    body: "Thanks! This is planned for the next quarter.".to_owned(),
                    created_at: at("2026-10-02T08:30:00Z"),
                }],
            }],
        }
    }
}

/// `GET /api/v1/me/feedback` (a hero's token, read scope is enough).
pub async fn mine(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let user = caller.require(Action::ReadOwnFeedback)?;
    let mut out = Vec::new();
    for item in feedback::filed_by(&state.db, user.id).await? {
        let thread = feedback::thread(&state.db, item.id, false).await?;
        out.push(Filed::new(item, thread));
    }
    Ok(crate::web::private(Json(FeedbackList { items: out })))
}
