//! `/api/v1/me/credits`: the token owner's balance, requests, codes (never their text) and
//! ledger, for heroes and alumni.

use crate::account::profile::hero_of;
use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use heroes_domain::policy::Action;
use heroes_store::credits::{self as store, Entry, HeldCode};
use serde::Serialize;

#[derive(Serialize)]
struct Credits {
    unit: String,
    /// What can be requested now.
    available: i64,
    /// Held by requests waiting for a decision.
    held: i64,
    requests: Vec<RequestJson>,
    /// Issued codes, without the code itself (revealed only on the account page).
    codes: Vec<HeldCode>,
    /// The ledger, newest first.
    ledger: Vec<Entry>,
}

#[derive(Serialize)]
struct RequestJson {
    id: i64,
    purpose: &'static str,
    amount: i64,
    state: &'static str,
    approved_amount: Option<i64>,
    reason: String,
    requested_at: String,
}

/// `GET /api/v1/me/credits` (heroes and alumni, any token).
pub async fn me(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let user = caller.require(Action::ReadOwnCredits)?;
    let hero = hero_of(&state.db, user)
        .await?
        .ok_or_else(|| ApiError::forbidden("This account speaks for no hero."))?;
    let id = hero.card.id;
    let db = &state.db;
    let requests = store::requests_of(db, id).await?;
    let held = requests
        .iter()
        .filter(|r| r.state.is_open())
        .map(|r| r.amount)
        .sum();
    Ok(crate::web::private(Json(Credits {
        unit: store::unit(db).await?,
        available: store::balance(db, id).await?,
        held,
        requests: requests
            .into_iter()
            .map(|r| RequestJson {
                id: r.id,
                purpose: r.purpose.as_str(),
                amount: r.amount,
                state: r.state.as_str(),
                approved_amount: r.approved_amount,
                reason: r.reason,
                requested_at: r.requested_at.to_rfc3339(),
            })
            .collect(),
        codes: store::codes_of(db, id).await?,
        ledger: store::history(db, id).await?,
    })))
}
