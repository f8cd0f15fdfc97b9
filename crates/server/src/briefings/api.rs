//! `/api/v1/me/briefings`: the briefings the token's owner may see, with their answer. Never
//! an open read: a briefing is shown to whom the gate lets in, nobody else.

use super::visible;
use crate::app::AppState;
use crate::auth::api::ApiCaller;
use crate::error::ApiError;
use axum::Json;
use axum::extract::State;
use axum::response::Response;
use heroes_domain::policy::Action;
use heroes_store::{accounts, briefings};
use serde::Serialize;

#[derive(Serialize)]
struct BriefingJson {
    id: i64,
    title: String,
    summary: String,
    starts_at: String,
    ends_at: String,
    time_zone: String,
    venue: String,
    capacity: i64,
    seats_taken: i64,
    nda_version: String,
    embargo_until: Option<String>,
    /// `going`, `waiting` or null.
    rsvp: Option<&'static str>,
    /// Whether the caller runs it.
    organizer: bool,
    /// The page (join link and materials are read there, through the access log).
    url: String,
    /// The product area's slug, if it names one.
    area: Option<String>,
    /// Its files: names and sizes; each is downloaded (and logged) at its `url`.
    files: Vec<FileJson>,
}

#[derive(Serialize)]
struct FileJson {
    name: String,
    content_type: String,
    size: i64,
    url: String,
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
