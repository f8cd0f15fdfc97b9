//! `/api/v1/me/mentoring`: the token owner's offer, requests and mentorships (with session
//! counts; the notes stay on the pair's page).

use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use heroes_domain::policy::Action;
use heroes_store::mentoring as store;
use serde::Serialize;

#[derive(Serialize)]
struct OfferJson {
    topics: String,
    specializations: Vec<String>,
    languages: Vec<String>,
    time_zones: Vec<String>,
    formats: Vec<String>,
    capacity: i64,
    taken: i64,
    open: bool,
}

#[derive(Serialize)]
struct RequestJson {
    id: i64,
    topics: String,
    language: String,
    time_zone: String,
    state: String,
    created_at: String,
}

#[derive(Serialize)]
struct MentorshipJson {
    id: i64,
    /// `mentor` or `mentee`: the caller's side.
    role: &'static str,
    mentor: String,
    mentee: String,
    started_at: String,
    ended_at: Option<String>,
    sessions: i64,
}

#[derive(Serialize)]
struct MentoringJson {
    offer: Option<OfferJson>,
    requests: Vec<RequestJson>,
    mentorships: Vec<MentorshipJson>,
}

fn split(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `GET /api/v1/me/mentoring` (any token).
pub async fn me_mentoring(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Response, ApiError> {
    let user = caller.require(Action::ReadOwnAccount)?;
    let offer = match user.hero_id {
        Some(hero_id) => store::offer(&state.db, hero_id).await?.map(|o| OfferJson {
            specializations: split(&o.specializations),
            languages: split(&o.languages),
            time_zones: split(&o.time_zones),
            formats: split(&o.formats),
            topics: o.topics,
            capacity: o.capacity,
            taken: o.taken,
            open: o.open,
        }),
        None => None,
    };
    let requests = store::requests_of(&state.db, user.id)
        .await?
        .into_iter()
        .map(|r| RequestJson {
            id: r.id,
            topics: r.topics,
            language: r.language,
            time_zone: r.time_zone,
            state: r.state,
            created_at: r.created_at.to_rfc3339(),
        })
        .collect();
    let mentorships = store::mentorships_of(&state.db, user.id, user.hero_id)
        .await?
        .into_iter()
        .map(|m| MentorshipJson {
            id: m.id,
            role: if Some(m.mentor_id) == user.hero_id {
                "mentor"
            } else {
                "mentee"
            },
            mentor: m.mentor_slug,
            mentee: m.mentee_name,
            started_at: m.started_at.to_rfc3339(),
            ended_at: m.ended_at.map(|t| t.to_rfc3339()),
            sessions: m.sessions,
        })
        .collect();
    Ok(crate::web::private(Json(MentoringJson {
        offer,
        requests,
        mentorships,
    })))
}
