//! Community projects: the public list `/projects` with its filters and feeds, each
//! project's page (who works on it, the contributions linked to it), starting and editing a
//! project, requests to join and the owners' answers, handing ownership over and leaving,
//! and the open reads `/api/v1/projects…`.
//!
//! Everything an owner does on a project (edit it, answer requests, name owners) answers 404
//! to anyone who does not own it: a stranger learns nothing about its requests.

pub mod api;
pub mod feeds;
mod notices;

use crate::app::AppState;
use crate::auth::{Account, Viewer};
use crate::error::PageError;
use crate::extract::{Allowed, StartProjects, TakePart};
use crate::forms::{FieldErrors, FormPairs, StoreRefusals};
use crate::i18n::I18n;
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::projects::{JoinMessage, ProjectInput, ProjectStatus, Refusal, RequestStep};
use heroes_domain::search::query_terms;
use heroes_store::StoreError;
use heroes_store::projects::{self, JoinRequest, Linked, Member, Project, ProjectQuery};
use heroes_store::specializations::Specialization;

/// How the store's refusals of a project form are worded: an unknown specialization, a
/// name taken.
const REFUSALS: StoreRefusals = StoreRefusals {
    unknown: "project-unknown-specialization",
    conflict: "project-name-taken",
};

/// The query parameters `/projects`, its feeds and the list API read.
pub const PAGE_PARAMETERS: &[&str] = &["specialization", "status", "help", "q"];

/// At most this many projects in the list, a feed or the API.
const LIMIT: i64 = 200;

/// The filters of a query string; unknown values filter nothing.
pub fn project_query(query: &QueryPairs) -> ProjectQuery {
    let text = |key| {
        query
            .first(key)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    ProjectQuery {
        specialization: text("specialization"),
        status: text("status").and_then(|s| ProjectStatus::parse("status", &s).ok()),
        help_wanted: query.first("help") == Some("1"),
        terms: text("q").map(|q| query_terms(&q)).unwrap_or_default(),
    }
}

/// The projects the query selects (shared by the page, the feeds and the API).
pub async fn selected(state: &AppState, query: &QueryPairs) -> Result<Vec<Project>, StoreError> {
    projects::directory(&state.db, &project_query(query), LIMIT).await
}

/// `/projects`.
#[derive(Template, WebTemplate)]
#[template(path = "projects/list.html")]
pub struct ListPage {
    i18n: I18n,
    projects: Vec<Project>,
    specializations: Vec<Specialization>,
    statuses: [ProjectStatus; 4],
    chosen: ProjectQuery,
    text: String,
}

impl ListPage {
    fn is_specialization(&self, slug: &str) -> bool {
        self.chosen.specialization.as_deref() == Some(slug)
    }
    fn is_status(&self, status: &ProjectStatus) -> bool {
        self.chosen.status == Some(*status)
    }
}

/// `GET /projects`: every project, with filters (specialization, status, help wanted, text).
pub async fn show_list(
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<ListPage, PageError> {
    Ok(ListPage {
        projects: selected(&state, &query).await?,
        specializations: state.specializations(false).await?,
        statuses: ProjectStatus::ALL,
        chosen: project_query(&query),
        text: query.first("q").unwrap_or_default().to_owned(),
        i18n,
    })
}

/// A project's page.
#[derive(Template, WebTemplate)]
#[template(path = "projects/show.html")]
pub struct ProjectPage {
    i18n: I18n,
    project: Project,
    description_html: String,
    members: Vec<Member>,
    contributions: Vec<Linked>,
    /// The viewer's membership: `None`, `Some(false)` member, `Some(true)` owner.
    membership: Option<bool>,
    signed_in: bool,
    /// Whether the viewer's request waits.
    waiting: bool,
    /// The requests waiting, for owners only.
    requests: Vec<JoinRequest>,
    notice: Option<String>,
    /// Why the last step was refused.
    refusal: Option<String>,
    /// What the viewer typed into "ask to join" (kept when refused).
    message: String,
    message_error: Option<String>,
}

impl ProjectPage {
    fn is_owner(&self) -> bool {
        self.membership == Some(true)
    }
}

/// The notices a redirect back to the project page may name.
const NOTICES: &[&str] = &[
    "started", "saved", "asked", "accepted", "declined", "left", "owners",
];

async fn project_page(
    state: &AppState,
    viewer: &Viewer,
    i18n: I18n,
    slug: &str,
) -> Result<ProjectPage, PageError> {
    let project = projects::get(&state.db, slug).await?;
    let (membership, waiting) = match &viewer.account {
        Some(a) => (
            projects::membership(&state.db, project.id, a.user.id).await?,
            projects::has_waiting_request(&state.db, project.id, a.user.id).await?,
        ),
        None => (None, false),
    };
    let requests = if membership == Some(true) {
        projects::waiting_requests(&state.db, project.id).await?
    } else {
        Vec::new()
    };
    Ok(ProjectPage {
        description_html: markdown_to_safe_html(&project.description),
        members: projects::members(&state.db, project.id).await?,
        contributions: projects::contributions(&state.db, project.id).await?,
        project,
        membership,
        signed_in: viewer.account.is_some(),
        waiting,
        requests,
        notice: None,
        refusal: None,
        message: String::new(),
        message_error: None,
        i18n,
    })
}

/// `GET /projects/{slug}`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn show_project(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    Path(slug): Path<String>,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = project_page(&state, &viewer, i18n, &slug).await?;
    page.notice = query
        .first("notice")
        .filter(|n| NOTICES.contains(n))
        .map(|n| page.i18n.t(&format!("project-notice-{n}")));
    // Owners see who asks to join: that page is theirs alone.
    Ok(if page.is_owner() {
        private(page)
    } else {
        page.into_response()
    })
}

/// The page again with a refusal, answered 409.
async fn refused(
    state: &AppState,
    viewer: &Viewer,
    i18n: I18n,
    slug: &str,
    refusal: Refusal,
) -> Result<Response, PageError> {
    let mut page = project_page(state, viewer, i18n, slug).await?;
    page.refusal = Some(page.i18n.t(refusal.id()));
    Ok(private((StatusCode::CONFLICT, page)))
}

/// The start and edit form.
#[derive(Template, WebTemplate)]
#[template(path = "projects/form.html")]
pub struct ProjectForm {
    i18n: I18n,
    /// The project being edited, or `None` when starting one.
    editing: Option<Project>,
    input: ProjectInput,
    errors: FieldErrors,
    specializations: Vec<Specialization>,
    statuses: [ProjectStatus; 4],
}

impl ProjectForm {
    fn has_specialization(&self, slug: &str) -> bool {
        self.input.specializations.iter().any(|s| s == slug)
    }
}

fn read_input(form: &FormPairs) -> ProjectInput {
    ProjectInput {
        name: form.get("name").to_owned(),
        description: form.get("description").to_owned(),
        url: form.get("url").to_owned(),
        specializations: form.owned("specializations"),
        help_skills: form.get("help_skills").to_owned(),
        help_roles: form.get("help_roles").to_owned(),
        status: form.get("status").to_owned(),
    }
}

fn input_of(project: &Project) -> ProjectInput {
    ProjectInput {
        name: project.name.clone(),
        description: project.description.clone(),
        url: project.url.clone().unwrap_or_default(),
        specializations: project.specializations.clone(),
        help_skills: project.skills().join(", "),
        help_roles: project.roles().join(", "),
        status: project.status.as_str().to_owned(),
    }
}

async fn form_page(
    state: &AppState,
    i18n: I18n,
    editing: Option<Project>,
    input: ProjectInput,
    errors: FieldErrors,
) -> Result<Response, PageError> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(private((
        status,
        ProjectForm {
            editing,
            input,
            errors,
            specializations: state.specializations(false).await?,
            statuses: ProjectStatus::ALL,
            i18n,
        },
    )))
}

/// `GET /projects/new`.
pub async fn start_form(
    State(state): State<AppState>,
    _: Allowed<StartProjects>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let input = ProjectInput {
        status: ProjectStatus::Active.as_str().to_owned(),
        ..ProjectInput::default()
    };
    form_page(&state, i18n, None, input, FieldErrors::default()).await
}

/// `POST /projects/new`: starts the project, owned by whoever started it.
pub async fn start(
    State(state): State<AppState>,
    allowed: Allowed<StartProjects>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = read_input(&form);
    let mut errors = FieldErrors::default();
    if let Some(project) = errors.check_all(&i18n, input.parse()) {
        match projects::start(
            &state.db,
            &project,
            allowed.account.user.id,
            &allowed.viewer.actor(),
        )
        .await
        {
            Ok(slug) => {
                return Ok(
                    Redirect::to(&format!("/projects/{slug}?notice=started")).into_response()
                );
            }
            Err(e) => errors.store_refusal(&i18n, e, &REFUSALS)?,
        }
    }
    form_page(&state, i18n, None, input, errors).await
}

/// The project named in the path, for one of its owners; 404 for anyone else.
async fn owned(state: &AppState, user_id: i64, slug: &str) -> Result<Project, PageError> {
    let project = projects::get(&state.db, slug).await?;
    match projects::membership(&state.db, project.id, user_id).await? {
        Some(true) => Ok(project),
        _ => Err(PageError::NotFound),
    }
}

/// The opening of an owner's page of the project (its form, its owners): a signed-in account
/// allowed to take part, and the project of the path's `{slug}` when they own it ([`owned`]).
/// Refuses as the handlers did: the sign-in page or 403 for the account, axum's answer for a
/// path it cannot read, then 404.
pub struct OwnedProject {
    /// The project, as stored.
    pub project: Project,
    /// The signed-in account, one of its owners.
    pub account: Account,
    /// Who asks (for the audit log's actor and a refusal's page).
    pub viewer: Viewer,
}

impl FromRequestParts<AppState> for OwnedProject {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let (allowed, Path(slug)) =
            <(Allowed<TakePart>, Path<String>)>::from_request_parts(parts, state).await?;
        let project = owned(state, allowed.account.user.id, &slug)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(OwnedProject {
            project,
            account: allowed.account,
            viewer: allowed.viewer,
        })
    }
}

/// `GET /projects/{slug}/edit`.
#[tracing::instrument(skip_all, fields(slug = %project.slug))]
pub async fn edit_form(
    State(state): State<AppState>,
    OwnedProject { project, .. }: OwnedProject,
    i18n: I18n,
) -> Result<Response, PageError> {
    let input = input_of(&project);
    form_page(&state, i18n, Some(project), input, FieldErrors::default()).await
}

/// `POST /projects/{slug}/edit`.
#[tracing::instrument(skip_all, fields(slug = %project.slug))]
pub async fn save(
    State(state): State<AppState>,
    OwnedProject {
        project, viewer, ..
    }: OwnedProject,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = read_input(&form);
    let mut errors = FieldErrors::default();
    if let Some(new) = errors.check_all(&i18n, input.parse()) {
        match projects::update(&state.db, project.id, &new, &viewer.actor()).await {
            Ok(()) => {
                let slug = &project.slug;
                return Ok(Redirect::to(&format!("/projects/{slug}?notice=saved")).into_response());
            }
            Err(e) => errors.store_refusal(&i18n, e, &REFUSALS)?,
        }
    }
    form_page(&state, i18n, Some(project), input, errors).await
}

/// `POST /projects/{slug}/join`: asks the owners, who are mailed.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn ask_to_join(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    Path(slug): Path<String>,
    form: FormPairs,
) -> Result<Response, PageError> {
    let project = projects::get(&state.db, &slug).await?;
    let message = match JoinMessage::parse("message", form.get("message")) {
        Ok(m) => m,
        Err(problem) => {
            let mut page = project_page(&state, &allowed.viewer, i18n, &slug).await?;
            page.message_error = Some(crate::forms::problem_message(&page.i18n, &problem.problem));
            page.message = form.get("message").to_owned();
            return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
        }
    };
    let owners: Vec<Member> = projects::members(&state.db, project.id)
        .await?
        .into_iter()
        .filter(|m| m.owner)
        .collect();
    let notices = notices::asked(&state, &project, &owners, &allowed.account.user.name);
    match projects::ask_to_join(
        &state.db,
        project.id,
        allowed.account.user.id,
        message.as_str(),
        &notices,
    )
    .await?
    {
        Ok(_) => Ok(Redirect::to(&format!("/projects/{slug}?notice=asked")).into_response()),
        Err(refusal) => refused(&state, &allowed.viewer, i18n, &slug, refusal).await,
    }
}

/// The `{slug}` and numeric `{id}` of a request's path; anything malformed names nothing
/// (404, like [`PathId`](crate::extract::PathId)).
fn slug_and_id(
    path: Result<Path<(String, String)>, PathRejection>,
) -> Result<(String, i64), PageError> {
    let Ok(Path((slug, raw))) = path else {
        return Err(PageError::NotFound);
    };
    let id = raw.parse().map_err(|_| PageError::NotFound)?;
    Ok((slug, id))
}

async fn answer(
    state: AppState,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    slug: String,
    id: i64,
    step: RequestStep,
) -> Result<Response, PageError> {
    let project = owned(&state, allowed.account.user.id, &slug).await?;
    let requester = projects::waiting_requests(&state.db, project.id)
        .await?
        .into_iter()
        .find(|r| r.id == id);
    let notices: Vec<_> = requester
        .and_then(|r| notices::answered(&state, &project, &r, step))
        .into_iter()
        .collect();
    match projects::answer(
        &state.db,
        project.id,
        id,
        allowed.account.user.id,
        step,
        &notices,
    )
    .await
    {
        Ok(Ok(_)) => {
            let word = match step {
                RequestStep::Accept => "accepted",
                RequestStep::Decline => "declined",
            };
            Ok(Redirect::to(&format!("/projects/{slug}?notice={word}")).into_response())
        }
        Ok(Err(refusal)) => refused(&state, &allowed.viewer, i18n, &slug, refusal).await,
        Err(StoreError::NotFound) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// `POST /projects/{slug}/requests/{id}/accept` (owners; 404 for anyone else).
pub async fn accept(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    path: Result<Path<(String, String)>, PathRejection>,
) -> Result<Response, PageError> {
    let (slug, id) = slug_and_id(path)?;
    answer(state, allowed, i18n, slug, id, RequestStep::Accept).await
}

/// `POST /projects/{slug}/requests/{id}/decline` (owners; 404 for anyone else).
pub async fn decline(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    path: Result<Path<(String, String)>, PathRejection>,
) -> Result<Response, PageError> {
    let (slug, id) = slug_and_id(path)?;
    answer(state, allowed, i18n, slug, id, RequestStep::Decline).await
}

/// `POST /projects/{slug}/owners` with `user` and `owner=1|0`: an owner makes a member an
/// owner, or a member again (themselves too, once another owner exists).
#[tracing::instrument(skip_all, fields(slug = %project.slug))]
pub async fn set_owner(
    State(state): State<AppState>,
    OwnedProject {
        project,
        account,
        viewer,
    }: OwnedProject,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let Ok(user) = form.get("user").parse::<i64>() else {
        return Err(PageError::NotFound);
    };
    let slug = &project.slug;
    match projects::set_owner(
        &state.db,
        project.id,
        account.user.id,
        user,
        form.get("owner") == "1",
        &viewer.actor(),
    )
    .await?
    {
        Ok(()) => Ok(Redirect::to(&format!("/projects/{slug}?notice=owners")).into_response()),
        Err(refusal) => refused(&state, &viewer, i18n, slug, refusal).await,
    }
}

/// `POST /projects/{slug}/leave`: refused for the last owner, who names another first.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn leave(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let project = projects::get(&state.db, &slug).await?;
    match projects::leave(&state.db, project.id, allowed.account.user.id).await? {
        Ok(()) => Ok(Redirect::to(&format!("/projects/{slug}?notice=left")).into_response()),
        Err(refusal) => refused(&state, &allowed.viewer, i18n, &slug, refusal).await,
    }
}
