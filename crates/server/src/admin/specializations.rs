//! `/admin/specializations`: admins add, edit (name, slug, description, colour), retire,
//! reinstate and reorder specializations. The store writes each change with its audit entry
//! and bumps the data version, so public pages, feeds and the API follow at once.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::extract::{Allowed, ManageSpecializations};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::policy::Action;
use heroes_domain::slug::Slug;
use heroes_domain::specialization::{Colour, Move, NewSpecialization};
use heroes_domain::text::{Line, LongText};
use heroes_store::StoreError;
use heroes_store::specializations::{self, Specialization};

/// What the form holds, as typed.
#[derive(Debug, Clone, Default)]
pub struct SpecializationInput {
    slug: String,
    name: String,
    description: String,
    colour: String,
}

impl SpecializationInput {
    fn read(form: &FormPairs) -> Self {
        Self {
            slug: form.get("slug").trim().to_owned(),
            name: form.get("name").to_owned(),
            description: form.get("description").to_owned(),
            colour: form.get("colour").to_owned(),
        }
    }

    fn of(s: &Specialization) -> Self {
        Self {
            slug: s.slug.clone(),
            name: s.name.clone(),
            description: s.description.clone(),
            colour: s.colour.as_str().to_owned(),
        }
    }

    /// Parses every field, so the page can show a message at each one that is wrong.
    fn parse(&self, i18n: &I18n, errors: &mut FieldErrors) -> Option<NewSpecialization> {
        let slug = errors.check(i18n, Slug::parse("slug", &self.slug));
        let name = errors.check(i18n, Line::parse("name", &self.name));
        let description = errors.check(i18n, LongText::parse("description", &self.description));
        let colour = errors.check(i18n, Colour::parse("colour", &self.colour));
        Some(NewSpecialization {
            slug: slug?,
            name: name?,
            description: description?,
            colour: colour?,
        })
    }
}

/// The specializations page: the list with its actions, and the add (or edit) form.
#[derive(Template, WebTemplate)]
#[template(path = "admin/specializations.html")]
pub struct SpecializationsPage {
    i18n: I18n,
    specializations: Vec<Specialization>,
    /// The current slug of the specialization being edited, if any.
    editing: Option<String>,
    input: SpecializationInput,
    errors: FieldErrors,
    notice: Option<String>,
    colours: [Colour; 8],
}

async fn page(
    state: &AppState,
    i18n: I18n,
    editing: Option<&str>,
) -> Result<SpecializationsPage, PageError> {
    let specializations = state.specializations(true).await?;
    let input = match editing {
        Some(slug) => specializations
            .iter()
            .find(|s| s.slug == slug)
            .map(SpecializationInput::of)
            .ok_or(PageError::NotFound)?,
        None => SpecializationInput {
            colour: Colour::Navy.as_str().to_owned(),
            ..SpecializationInput::default()
        },
    };
    Ok(SpecializationsPage {
        i18n,
        specializations,
        editing: editing.map(str::to_owned),
        input,
        errors: FieldErrors::default(),
        notice: None,
        colours: Colour::ALL,
    })
}

/// `GET /admin/specializations`.
pub async fn list(
    State(state): State<AppState>,
    _: Allowed<ManageSpecializations>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = page(&state, i18n, None).await?;
    if query.first("notice") == Some("saved") {
        page.notice = Some(page.i18n.t("admin-specializations-saved"));
    }
    Ok(private(page))
}

/// `GET /admin/specializations/{slug}`: the list with the edit form for one.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn edit(
    State(state): State<AppState>,
    _: Allowed<ManageSpecializations>,
    i18n: I18n,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    Ok(private(page(&state, i18n, Some(&slug)).await?))
}

async fn save(
    state: &AppState,
    viewer: &Viewer,
    i18n: I18n,
    editing: Option<&str>,
    form: &FormPairs,
) -> Result<Response, PageError> {
    viewer.require(Action::ManageSpecializations)?;
    let input = SpecializationInput::read(form);
    let mut errors = FieldErrors::default();
    if let Some(new) = input.parse(&i18n, &mut errors) {
        let actor = viewer.actor();
        let saved = match editing {
            Some(slug) => specializations::update(&state.db, slug, &new, &actor).await,
            None => specializations::create(&state.db, &new, &actor).await,
        };
        match saved {
            Ok(()) => return Ok(saved_redirect()),
            Err(StoreError::Conflict { .. }) => {
                errors.add("slug", i18n.t("admin-specializations-slug-taken"));
            }
            Err(e) => return Err(e.into()),
        }
    }
    let mut page = page(state, i18n, editing).await?;
    page.input = input;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

fn saved_redirect() -> Response {
    Redirect::to("/admin/specializations?notice=saved").into_response()
}

/// `POST /admin/specializations`: adds one.
pub async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    save(&state, &viewer, i18n, None, &form).await
}

/// `POST /admin/specializations/{slug}`: changes one; a new slug leaves the old one
/// redirecting.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn update(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    Path(slug): Path<String>,
    form: FormPairs,
) -> Result<Response, PageError> {
    save(&state, &viewer, i18n, Some(&slug), &form).await
}

/// `POST /admin/specializations/{slug}/retire`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn retire(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageSpecializations>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    specializations::set_active(&state.db, &slug, false, &viewer.actor()).await?;
    Ok(saved_redirect())
}

/// `POST /admin/specializations/{slug}/reinstate`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn reinstate(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageSpecializations>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    specializations::set_active(&state.db, &slug, true, &viewer.actor()).await?;
    Ok(saved_redirect())
}

/// `POST /admin/specializations/{slug}/move` with `direction=up|down`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn reorder(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageSpecializations>,
    Path(slug): Path<String>,
    form: FormPairs,
) -> Result<Response, PageError> {
    // Only the page's own buttons send this, so anything else is a bare 400 (the error-page
    // middleware gives it a page), not a form error.
    let Ok(step) = Move::parse("direction", form.get("direction")) else {
        return Ok(StatusCode::BAD_REQUEST.into_response());
    };
    specializations::reorder(&state.db, &slug, step, &viewer.actor()).await?;
    Ok(saved_redirect())
}
