//! `/api/v1/me/briefings`: the briefings the token's owner may see, with their answer. Never
//! an open read: a briefing is shown to whom the gate lets in, nobody else.

use super::visible;
use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use crate::openapi::schemas;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use heroes_domain::policy::Action;
use heroes_store::{accounts, briefings};
use serde::Serialize;
use utoipa::ToSchema;

/// A briefing the token's owner may see.
#[derive(Serialize, ToSchema)]
#[schema(as = Briefing, examples(BriefingJson::example))]
pub struct BriefingJson {
    id: i64,
    title: String,
    /// Markdown.
    summary: String,
    #[schema(format = DateTime)]
    starts_at: String,
    #[schema(format = DateTime)]
    ends_at: String,
    /// IANA name the organizer planned in.
    time_zone: String,
    venue: String,
    capacity: i64,
    seats_taken: i64,
    nda_version: String,
    #[schema(format = Date)]
    embargo_until: Option<String>,
    #[schema(schema_with = schemas::briefing_rsvp)]
    rsvp: Option<&'static str>,
    /// Whether the caller runs it.
    organizer: bool,
    /// The briefing's page (join link and materials are read there, through the access log).
    url: String,
    /// The slug of the product area it is about.
    area: Option<String>,
    /// Its files; each download is logged.
    #[schema(inline)]
    files: Vec<FileJson>,
}

/// A briefing's file.
#[derive(Serialize, ToSchema)]
struct FileJson {
    name: String,
    /// Sniffed from the content at upload.
    content_type: String,
    /// Bytes.
    size: i64,
    /// The download (an attachment, behind the briefing's gate).
    url: String,
}

impl BriefingJson {
    /// The document's example.
    fn example() -> Self {
        let base = "https://heroes.example.org";
        BriefingJson {
            id: 17,
            title: "Functions roadmap, first half of 2027".to_owned(),
            summary: "What ships next in **Functions**, and what we would like your view on."
                .to_owned(),
            starts_at: "2026-12-08T16:00:00+00:00".to_owned(),
            ends_at: "2026-12-08T17:00:00+00:00".to_owned(),
            time_zone: "Europe/Dublin".to_owned(),
            venue: "Online".to_owned(),
            capacity: 60,
            seats_taken: 41,
            nda_version: "NDA 2026-01".to_owned(),
            embargo_until: Some("2027-01-15".to_owned()),
            rsvp: Some("going"),
            organizer: false,
            url: format!("{base}/briefings/17"),
            area: Some("functions".to_owned()),
            files: vec![FileJson {
                name: "roadmap.pdf".to_owned(),
                content_type: "application/pdf".to_owned(),
                size: 482_113,
                url: format!("{base}/briefings/17/files/3"),
            }],
        }
    }
}

/// `GET /api/v1/me/briefings`.
pub async fn mine(State(state): State<AppState>, caller: ApiCaller) -> Result<Response, ApiError> {
    let user = caller.require(Action::ReadBriefings)?;
    let roles = accounts::roles(&state.db, user).await?;
    let reader = briefings::reader(&state.db, user.id, roles).await?;
    let (list, _) = visible(&state, &reader)
        .await
        .map_err(|_| ApiError::internal("could not read briefings"))?;
    let mut body = Vec::with_capacity(list.len());
    for l in list {
        let files = briefings::files(&state.db, l.briefing.id)
            .await?
            .into_iter()
            .map(|f| FileJson {
                url: format!(
                    "{}/briefings/{}/files/{}",
                    state.config.base_url, f.briefing_id, f.id
                ),
                name: f.name,
                content_type: f.content_type,
                size: f.size,
            })
            .collect();
        body.push(BriefingJson {
            id: l.briefing.id,
            url: format!("{}/briefings/{}", state.config.base_url, l.briefing.id),
            title: l.briefing.title.clone(),
            summary: l.briefing.summary.clone(),
            starts_at: l.briefing.starts_at.to_rfc3339(),
            ends_at: l.briefing.ends_at().to_rfc3339(),
            time_zone: l.briefing.time_zone.clone(),
            venue: l.briefing.venue.clone(),
            capacity: l.briefing.capacity,
            seats_taken: l.briefing.going,
            nda_version: l.briefing.nda_label.clone(),
            embargo_until: l.briefing.embargo_until.map(|d| d.to_string()),
            rsvp: l.rsvp.map(|s| s.as_str()),
            organizer: l.organizer,
            area: l.briefing.area_slug.clone(),
            files,
        });
    }
    Ok(crate::web::private(Json(body)))
}
