//! `/api/v1/projects` and `/api/v1/projects/{slug}`: open reads of the community projects
//! (who works on one is names and hero pages only, never an address).

use super::selected;
use crate::app::AppState;
use crate::error::ApiError;
use crate::heroes::api::json_response;
use crate::web::QueryPairs;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use heroes_store::projects::{self, Project};
use serde_json::{Value, json};

fn summary(base: &str, p: &Project) -> Value {
    json!({
        "slug": p.slug,
        "name": p.name,
        "description": p.description,
        "url": p.url,
        "status": p.status,
        "specializations": p.specializations,
        "help_skills": p.skills(),
        "help_roles": p.roles(),
        "member_count": p.member_count,
        "created_at": p.created_at,
        "updated_at": p.updated_at,
        "html_url": format!("{base}/projects/{}", p.slug),
    })
}

/// `GET /api/v1/projects`: the projects, with the filters of `/projects`.
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    use crate::api_filters::{Accepts, check};
    check(
        &state,
        &query,
        &[
            ("specialization", Accepts::Specialization),
            (
                "status",
                Accepts::OneOf(
                    &heroes_domain::projects::ProjectStatus::NAMES,
                    "active, looking-for-help, paused or done",
                ),
            ),
            ("help", Accepts::Flag),
        ],
    )
    .await?;
    let base = &state.config.base_url;
    let list: Vec<Value> = selected(&state, &query)
        .await?
        .iter()
        .map(|p| summary(base, p))
        .collect();
    json_response(&headers, &json!({ "projects": list }))
}

/// `GET /api/v1/projects/{slug}`: one project with its members and linked contributions.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn one(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, ApiError> {
    let base = &state.config.base_url;
    let project = projects::get(&state.db, &slug).await?;
    let members: Vec<Value> = projects::members(&state.db, project.id)
        .await?
        .iter()
        .map(|m| json!({ "name": m.name, "hero": m.hero_slug, "owner": m.owner, "joined_at": m.joined_at }))
        .collect();
    let contributions: Vec<Value> = projects::contributions(&state.db, project.id)
        .await?
        .iter()
        .map(|c| {
            json!({ "id": c.id, "title": c.title, "url": c.url, "kind": c.kind,
                    "date": c.published_on, "hero": c.hero_slug })
        })
        .collect();
    let mut doc = summary(base, &project);
    doc["members"] = Value::Array(members);
    doc["contributions"] = Value::Array(contributions);
    json_response(&headers, &doc)
}
