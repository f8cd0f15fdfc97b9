//! `/api/v1/me/mentoring`: the token owner's offer, requests and mentorships (with session
//! counts; the notes stay on the pair's page).

use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use crate::openapi::schemas;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use heroes_domain::policy::Action;
use heroes_store::mentoring as store;
use serde::Serialize;
use utoipa::ToSchema;

/// The hero's offer to mentor.
#[derive(Serialize, ToSchema)]
struct OfferJson {
    topics: String,
    specializations: Vec<String>,
    languages: Vec<String>,
    time_zones: Vec<String>,
    #[schema(schema_with = schemas::mentoring_formats)]
    formats: Vec<String>,
    capacity: i64,
    taken: i64,
    open: bool,
}

/// A request for a mentor.
#[derive(Serialize, ToSchema)]
struct RequestJson {
    id: i64,
    topics: String,
    language: String,
    time_zone: String,
    #[schema(schema_with = schemas::mentoring_request_state)]
    state: String,
    #[schema(format = DateTime)]
    created_at: String,
}

/// A mentorship, on either side.
#[derive(Serialize, ToSchema)]
struct MentorshipJson {
    id: i64,
    /// The caller's side.
    #[schema(schema_with = schemas::mentorship_role)]
    role: &'static str,
    /// Slug of the mentor's hero page.
    mentor: String,
    /// The mentee's name.
    mentee: String,
    #[schema(format = DateTime)]
    started_at: String,
    #[schema(format = DateTime)]
    ended_at: Option<String>,
    sessions: i64,
}

/// The token owner's mentoring: offer, requests and mentorships.
#[derive(Serialize, ToSchema)]
#[schema(as = Mentoring, examples(MentoringJson::example))]
pub struct MentoringJson {
    /// The hero's offer, if they make one.
    #[schema(inline)]
    offer: Option<OfferJson>,
    #[schema(inline)]
    requests: Vec<RequestJson>,
    #[schema(inline)]
    mentorships: Vec<MentorshipJson>,
}

impl MentoringJson {
    /// The document's example: a hero who mentors one person.
    fn example() -> Self {
        MentoringJson {
            offer: Some(OfferJson {
                topics: "Event-driven design, first conference talks".to_owned(),
                specializations: vec!["serverless".to_owned()],
                languages: vec!["pt".to_owned(), "en".to_owned()],
                time_zones: vec!["America/Sao_Paulo".to_owned()],
                formats: vec!["calls".to_owned(), "code-review".to_owned()],
                capacity: 2,
                taken: 1,
                open: true,
            }),
            requests: Vec::new(),
            mentorships: vec![MentorshipJson {
                id: 5,
                role: "mentor",
                mentor: "ana-lima".to_owned(),
                mentee: "Jonas Berg".to_owned(),
                started_at: "2026-09-01T12:00:00+00:00".to_owned(),
                ended_at: None,
                sessions: 3,
            }],
        }
    }
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
