//! `/api/v1/me/feedback`: the token owner's feedback items with their threads (never the
//! team's staff-only notes).

use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use heroes_domain::policy::Action;
use heroes_store::feedback::{self, Item, Message};
use serde::Serialize;

/// One item with its links and thread.
#[derive(Serialize)]
struct Filed {
    #[serde(flatten)]
    item: Item,
    links: Vec<String>,
    thread: Vec<Message>,
}

/// `GET /api/v1/me/feedback` (a hero's token, read scope is enough).
pub async fn mine(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let user = caller.require(Action::ReadOwnFeedback)?;
    let mut out = Vec::new();
    for item in feedback::filed_by(&state.db, user.id).await? {
        let thread = feedback::thread(&state.db, item.id, false).await?;
        out.push(Filed {
            links: item.link_list().into_iter().map(str::to_owned).collect(),
            item,
            thread,
        });
    }
    Ok(crate::web::private(Json(
        serde_json::json!({ "items": out }),
    )))
}
