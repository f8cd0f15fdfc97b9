//! NDA versions as data: heroes read and accept the version in effect at `/account/nda`;
//! admins publish versions and see every acceptance (who, when, from where) at
//! `/admin/nda`. Onboarding records its acceptance the same way (`selection::mine`).

use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::extract::{Allowed, AttendBriefings, ManageNda, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::briefings::NewNdaVersion;
use heroes_domain::policy::Action;
use heroes_store::StoreError;
use heroes_store::briefings::{self, Acceptance, NdaVersion};

/// `/account/nda`.
#[derive(Template, WebTemplate)]
#[template(path = "briefings/nda.html")]
pub struct NdaPage {
    i18n: I18n,
    current: Option<NdaVersion>,
    body_html: String,
    /// Whether the viewer accepted the version shown.
    accepted: bool,
    error: Option<String>,
}

async fn nda_page(state: &AppState, i18n: I18n, user_id: i64) -> Result<NdaPage, PageError> {
    let current = briefings::current_nda(&state.db, Utc::now().date_naive()).await?;
    let mine = briefings::acceptances_of(&state.db, user_id).await?;
    let accepted = current
        .as_ref()
        .is_some_and(|v| mine.iter().any(|a| a.label == v.label));
    Ok(NdaPage {
        body_html: current
            .as_ref()
            .map(|v| markdown_to_safe_html(&v.body))
            .unwrap_or_default(),
        current,
        accepted,
        i18n,
        error: None,
    })
}

/// `GET /account/nda`: the NDA in effect, and whether the hero accepted it.
pub async fn show(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AttendBriefings>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let account = &account;
    Ok(private(nda_page(&state, i18n, account.user.id).await?))
}

/// `POST /account/nda`: accepts the version the page showed (`version`), if it is still the
/// one in effect; otherwise the page shows the newer one with a message.
pub async fn accept(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = viewer.require(Action::AttendBriefings)?.clone();
    let current = briefings::current_nda(&state.db, Utc::now().date_naive()).await?;
    let shown = form.get("version").parse::<i64>().ok();
    let error = match &current {
        Some(v) if Some(v.id) == shown && form.get("accept") == "on" => {
            briefings::accept_nda(&state.db, account.user.id, v, &viewer.actor()).await?;
            return Ok(Redirect::to("/briefings?notice=nda-accepted").into_response());
        }
        Some(v) if Some(v.id) == shown => i18n.t("nda-accept-required"),
        Some(_) => i18n.t("onboard-nda-changed"),
        None => i18n.t("onboard-nda-missing"),
    };
    let mut page = nda_page(&state, i18n, account.user.id).await?;
    page.error = Some(error);
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `/admin/nda`.
#[derive(Template, WebTemplate)]
#[template(path = "briefings/admin_nda.html")]
pub struct AdminNdaPage {
    i18n: I18n,
    versions: Vec<NdaVersion>,
    label: String,
    body: String,
    effective_on: String,
    errors: FieldErrors,
    notice: Option<String>,
}

async fn admin_page(state: &AppState, i18n: I18n) -> Result<AdminNdaPage, PageError> {
    Ok(AdminNdaPage {
        i18n,
        versions: briefings::nda_versions(&state.db).await?,
        label: String::new(),
        body: String::new(),
        effective_on: Utc::now().date_naive().to_string(),
        errors: FieldErrors::default(),
        notice: None,
    })
}

/// `GET /admin/nda`: every version with its number of acceptances, and the form to publish
/// the next.
pub async fn admin_list(
    State(state): State<AppState>,
    _: Allowed<ManageNda>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = admin_page(&state, i18n).await?;
    if query.first("notice") == Some("published") {
        page.notice = Some(page.i18n.t("admin-nda-published"));
    }
    Ok(private(page))
}

/// `POST /admin/nda`: publishes a version. From its effective date heroes are asked to
/// accept it.
pub async fn publish(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageNda>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let (label, body, effective_on) = (
        form.get("label"),
        form.get("body"),
        form.get("effective_on"),
    );
    let mut errors = FieldErrors::default();
    match NewNdaVersion::parse(label, body, effective_on) {
        Ok(new) => match briefings::publish_nda(&state.db, &new, &viewer.actor()).await {
            Ok(_) => return Ok(Redirect::to("/admin/nda?notice=published").into_response()),
            Err(StoreError::Conflict { .. }) => {
                errors.add("label", i18n.t("admin-nda-label-taken"))
            }
            Err(e) => return Err(e.into()),
        },
        Err(problems) => {
            errors.add_problems(&i18n, &problems);
        }
    }
    let mut page = admin_page(&state, i18n).await?;
    page.label = label.to_owned();
    page.body = body.to_owned();
    page.effective_on = effective_on.to_owned();
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `/admin/nda/{id}`.
#[derive(Template, WebTemplate)]
#[template(path = "briefings/admin_nda_version.html")]
pub struct AdminNdaVersionPage {
    i18n: I18n,
    version: NdaVersion,
    body_html: String,
    acceptances: Vec<Acceptance>,
}

impl AdminNdaVersionPage {
    fn when(&self, a: &Acceptance) -> String {
        self.i18n.date_time(a.accepted_at)
    }
}

/// `GET /admin/nda/{id}`: the text of a version and who accepted it, when and from where.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn admin_show(
    State(state): State<AppState>,
    _admin: Allowed<ManageNda>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let version = briefings::nda_version(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(private(AdminNdaVersionPage {
        body_html: markdown_to_safe_html(&version.body),
        acceptances: briefings::acceptances(&state.db, id).await?,
        version,
        i18n,
    }))
}
