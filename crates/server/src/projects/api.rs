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
use chrono::{DateTime, NaiveDate, Utc};
use heroes_store::projects::{self, Project};
use serde::Serialize;
use utoipa::ToSchema;

/// A community project as the API lists it.
#[derive(Serialize, ToSchema)]
#[schema(as = Project, examples(ProjectJson::example))]
pub struct ProjectJson {
    slug: String,
    name: String,
    /// Markdown.
    description: String,
    /// The repository or the project's site.
    url: Option<String>,
    #[schema(schema_with = crate::openapi::schemas::project_status)]
    status: &'static str,
    specializations: Vec<String>,
    /// Skills the project wants help with.
    help_skills: Vec<String>,
    /// Roles the project wants filled.
    help_roles: Vec<String>,
    member_count: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    /// The project's page.
    html_url: String,
}

impl ProjectJson {
    fn new(base: &str, p: &Project) -> Self {
        ProjectJson {
            slug: p.slug.clone(),
            name: p.name.clone(),
            description: p.description.clone(),
            url: p.url.clone(),
            status: p.status.as_str(),
            specializations: p.specializations.clone(),
            help_skills: p.skills().into_iter().map(str::to_owned).collect(),
            help_roles: p.roles().into_iter().map(str::to_owned).collect(),
            member_count: p.member_count,
            created_at: p.created_at,
            updated_at: p.updated_at,
            html_url: format!("{base}/projects/{}", p.slug),
        }
    }

    /// The document's example.
    fn example() -> Self {
        let at = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_default()
        };
        ProjectJson {
            slug: "event-test-kit".to_owned(),
            name: "Event test kit".to_owned(),
            description: "Replay recorded events against a handler in a **unit test**.".to_owned(),
            url: Some("https://github.com/ana-lima/event-test-kit".to_owned()),
            status: "looking-for-help",
            specializations: vec!["serverless".to_owned()],
            help_skills: vec!["TypeScript".to_owned()],
            help_roles: vec!["Documentation writer".to_owned()],
            member_count: 3,
            created_at: at("2026-05-04T09:00:00Z"),
            updated_at: at("2026-11-18T16:20:00Z"),
            html_url: "https://heroes.example.org/projects/event-test-kit".to_owned(),
        }
    }
}

/// The projects.
#[derive(Serialize, ToSchema)]
pub struct ProjectList {
    /// Most recently changed first; at most 200.
    projects: Vec<ProjectJson>,
}

/// One project with who works on it and the public contributions linked to it.
#[derive(Serialize, ToSchema)]
#[schema(as = ProjectDetail)]
pub struct ProjectDetailJson {
    #[serde(flatten)]
    project: ProjectJson,
    #[schema(inline)]
    members: Vec<MemberJson>,
    #[schema(inline)]
    contributions: Vec<LinkedJson>,
}

/// Someone who works on a project: a name and a hero page, never an address.
#[derive(Serialize, ToSchema)]
struct MemberJson {
    name: String,
    /// Slug of the member's hero page.
    hero: Option<String>,
    owner: bool,
    joined_at: DateTime<Utc>,
}

/// A public contribution linked to a project.
#[derive(Serialize, ToSchema)]
struct LinkedJson {
    id: i64,
    title: String,
    url: String,
    kind: String,
    date: NaiveDate,
    /// Slug of the hero whose work it is.
    hero: String,
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
    let projects = selected(&state, &query)
        .await?
        .iter()
        .map(|p| ProjectJson::new(base, p))
        .collect();
    json_response(&headers, &ProjectList { projects })
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
    let members = projects::members(&state.db, project.id)
        .await?
        .into_iter()
        .map(|m| MemberJson {
            name: m.name,
            hero: m.hero_slug,
            owner: m.owner,
            joined_at: m.joined_at,
        })
        .collect();
    let contributions = projects::contributions(&state.db, project.id)
        .await?
        .into_iter()
        .map(|c| LinkedJson {
            id: c.id,
            title: c.title,
            url: c.url,
            kind: c.kind,
            date: c.published_on,
            hero: c.hero_slug,
        })
        .collect();
    let body = ProjectDetailJson {
        project: ProjectJson::new(base, &project),
        members,
        contributions,
    };
    json_response(&headers, &body)
}
