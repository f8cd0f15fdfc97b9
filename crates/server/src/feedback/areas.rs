//! `/admin/product-areas`: admins add and edit product areas (name, slug, description) and
//! the staff who own each, and see per area how much feedback is open and the median time to
//! a first answer and to a resolution. Every change is audited by the store.

use super::duration_label;
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManageProductAreas, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::feedback::NewProductArea;
use heroes_domain::slug::Slug;
use heroes_domain::text::{Line, LongText};
use heroes_store::StoreError;
use heroes_store::feedback;
use heroes_store::product_areas::{self, ProductArea};

/// What the form holds, as typed.
#[derive(Debug, Clone, Default)]
pub struct AreaInput {
    slug: String,
    name: String,
    description: String,
    /// Owners' addresses, one a line.
    owners: String,
}

impl AreaInput {
    fn read(form: &FormPairs) -> Self {
        Self {
            slug: form.get("slug").trim().to_owned(),
            name: form.get("name").to_owned(),
            description: form.get("description").to_owned(),
            owners: form.get("owners").to_owned(),
        }
    }

    fn of(a: &ProductArea) -> Self {
        Self {
            slug: a.slug.clone(),
            name: a.name.clone(),
            description: a.description.clone(),
            owners: a
                .owners
                .iter()
                .map(|o| o.email.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    fn owner_list(&self) -> Vec<String> {
        self.owners
            .split(['\n', ','])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn parse(&self, i18n: &I18n, errors: &mut FieldErrors) -> Option<NewProductArea> {
        let slug = errors.check(i18n, Slug::parse("slug", &self.slug));
        let name = errors.check(i18n, Line::parse("name", &self.name));
        let description = errors.check(i18n, LongText::parse("description", &self.description));
        Some(NewProductArea {
            slug: slug?,
            name: name?,
            description: description?,
        })
    }
}

/// An area as the list shows it.
pub struct AreaRow {
    area: ProductArea,
    owners: String,
    first_answer: String,
    resolution: String,
}

/// The product areas page: the list with its figures, and the add (or edit) form.
#[derive(Template, WebTemplate)]
#[template(path = "admin/product_areas.html")]
pub struct AreasPage {
    i18n: I18n,
    rows: Vec<AreaRow>,
    editing: Option<i64>,
    input: AreaInput,
    errors: FieldErrors,
    notice: Option<String>,
}

async fn page(state: &AppState, i18n: I18n, editing: Option<i64>) -> Result<AreasPage, PageError> {
    let areas = product_areas::list(&state.db).await?;
    let times = feedback::response_times(&state.db).await?;
    let input = match editing {
        Some(id) => areas
            .iter()
            .find(|a| a.id == id)
            .map(AreaInput::of)
            .ok_or(PageError::NotFound)?,
        None => AreaInput::default(),
    };
    let none = i18n.t("product-areas-no-answers");
    let rows = areas
        .into_iter()
        .map(|area| {
            let t = times
                .iter()
                .find(|(id, _)| *id == area.id)
                .map(|(_, t)| t.clone())
                .unwrap_or_default();
            AreaRow {
                owners: area
                    .owners
                    .iter()
                    .map(|o| o.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                first_answer: t
                    .first_answer
                    .map_or_else(|| none.clone(), |s| duration_label(&i18n, s)),
                resolution: t
                    .resolution
                    .map_or_else(|| none.clone(), |s| duration_label(&i18n, s)),
                area,
            }
        })
        .collect();
    Ok(AreasPage {
        i18n,
        rows,
        editing,
        input,
        errors: FieldErrors::default(),
        notice: None,
    })
}

/// `GET /admin/product-areas`.
pub async fn list(
    State(state): State<AppState>,
    _: Allowed<ManageProductAreas>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = page(&state, i18n, None).await?;
    if query.first("notice") == Some("saved") {
        page.notice = Some(page.i18n.t("product-areas-saved"));
    }
    Ok(private(page))
}

/// `GET /admin/product-areas/{id}`: the list with the edit form for one.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn edit(
    State(state): State<AppState>,
    _: Allowed<ManageProductAreas>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    Ok(private(page(&state, i18n, Some(id)).await?))
}

async fn save(
    state: &AppState,
    allowed: &Allowed<ManageProductAreas>,
    i18n: I18n,
    editing: Option<i64>,
    form: &FormPairs,
) -> Result<Response, PageError> {
    if let Some(id) = editing {
        // An unknown id is not found before anything typed is looked at.
        product_areas::get(&state.db, id).await?;
    }
    let input = AreaInput::read(form);
    let mut errors = FieldErrors::default();
    if let Some(new) = input.parse(&i18n, &mut errors) {
        let actor = allowed.viewer.actor();
        let owners = input.owner_list();
        let saved = match editing {
            Some(id) => product_areas::update(&state.db, id, &new, &owners, &actor).await,
            None => product_areas::create(&state.db, &new, &owners, &actor)
                .await
                .map(|_| ()),
        };
        match saved {
            Ok(()) => {
                return Ok(Redirect::to("/admin/product-areas?notice=saved").into_response());
            }
            Err(StoreError::Conflict { .. }) => {
                errors.add("slug", i18n.t("product-areas-slug-taken"));
            }
            Err(StoreError::UnknownReference { value, .. }) => {
                errors.add(
                    "owners",
                    i18n.t1("product-areas-owner-unknown", "email", value),
                );
            }
            Err(e) => return Err(e.into()),
        }
    }
    let mut page = page(state, i18n, editing).await?;
    page.input = input;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /admin/product-areas`: adds one.
pub async fn create(
    State(state): State<AppState>,
    allowed: Allowed<ManageProductAreas>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    save(&state, &allowed, i18n, None, &form).await
}

/// `POST /admin/product-areas/{id}`: changes one.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn update(
    State(state): State<AppState>,
    allowed: Allowed<ManageProductAreas>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    save(&state, &allowed, i18n, Some(id), &form).await
}
