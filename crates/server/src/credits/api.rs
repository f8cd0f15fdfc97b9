//! `/api/v1/me/credits`: the token owner's balance, requests, codes (never their text) and
//! ledger, for heroes and alumni.

use crate::account::profile::hero_of;
use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use crate::openapi::schemas;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::policy::Action;
use heroes_store::credits::{self as store, Entry, HeldCode};
use serde::Serialize;
use utoipa::ToSchema;

/// The token owner's credits.
#[derive(Serialize, ToSchema)]
#[schema(examples(Credits::example))]
pub struct Credits {
    /// What amounts are counted in (named by the program).
    unit: String,
    /// What can be requested now; never negative.
    available: i64,
    /// Held by requests waiting for a decision.
    held: i64,
    #[schema(inline)]
    requests: Vec<RequestJson>,
    /// Issued codes, without the code itself (revealed only on the account page).
    #[schema(inline)]
    codes: Vec<CodeJson>,
    /// The ledger, newest first.
    #[schema(inline)]
    ledger: Vec<EntryJson>,
}

/// A credit request.
#[derive(Serialize, ToSchema)]
struct RequestJson {
    id: i64,
    #[schema(schema_with = schemas::credit_purpose)]
    purpose: &'static str,
    amount: i64,
    #[schema(schema_with = schemas::credit_state)]
    state: &'static str,
    approved_amount: Option<i64>,
    reason: String,
    #[schema(format = DateTime)]
    requested_at: String,
}

/// An issued code, never its text.
#[derive(Serialize, ToSchema)]
struct CodeJson {
    id: i64,
    value: i64,
    expires_on: NaiveDate,
    issued_on: Option<NaiveDate>,
    request_id: Option<i64>,
    /// How many times the holder has revealed it.
    reveals: i64,
}

impl From<HeldCode> for CodeJson {
    fn from(c: HeldCode) -> Self {
        CodeJson {
            id: c.id,
            value: c.value,
            expires_on: c.expires_on,
            issued_on: c.issued_on,
            request_id: c.request_id,
            reveals: c.reveals,
        }
    }
}

/// One ledger entry.
#[derive(Serialize, ToSchema)]
struct EntryJson {
    id: i64,
    #[schema(schema_with = schemas::ledger_kind)]
    kind: &'static str,
    /// Signed: what the entry added to or took from the balance.
    amount: i64,
    year: Option<i64>,
    request_id: Option<i64>,
    code_id: Option<i64>,
    at: DateTime<Utc>,
}

impl From<Entry> for EntryJson {
    fn from(e: Entry) -> Self {
        EntryJson {
            id: e.id,
            kind: e.kind.as_str(),
            amount: e.amount,
            year: e.year,
            request_id: e.request_id,
            code_id: e.code_id,
            at: e.at,
        }
    }
}

impl Credits {
    /// The document's example: an allotment, one request approved and its code issued.
    fn example() -> Self {
        let at = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_default()
        };
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        Credits {
            unit: "USD".to_owned(),
            available: 700,
            held: 0,
            requests: vec![RequestJson {
                id: 12,
                purpose: "workshop",
                amount: 300,
                state: "approved",
                approved_amount: Some(300),
                reason: "Hands-on lab for 40 attendees at the São Paulo meetup.".to_owned(),
                requested_at: "2026-02-03T10:15:00+00:00".to_owned(),
            }],
            codes: vec![CodeJson {
                id: 7,
                value: 300,
                expires_on: day(2026, 12, 31),
                issued_on: Some(day(2026, 2, 5)),
                request_id: Some(12),
                reveals: 1,
            }],
            ledger: vec![
                EntryJson {
                    id: 31,
                    kind: "issue",
                    amount: -300,
                    year: Some(2026),
                    request_id: Some(12),
                    code_id: Some(7),
                    at: at("2026-02-05T08:00:00Z"),
                },
                EntryJson {
                    id: 30,
                    kind: "allotment",
                    amount: 1000,
                    year: Some(2026),
                    request_id: None,
                    code_id: None,
                    at: at("2026-01-01T00:00:00Z"),
                },
            ],
        }
    }
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
        codes: store::codes_of(db, id)
            .await?
            .into_iter()
            .map(CodeJson::from)
            .collect(),
        ledger: store::history(db, id)
            .await?
            .into_iter()
            .map(EntryJson::from)
            .collect(),
    })))
}
