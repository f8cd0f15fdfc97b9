//! `/admin/webhooks`: admins register endpoints (address, events, description, active or
//! paused), see each one's deliveries with their attempts, replay a delivery, send a test
//! ping, rotate the secret and remove the endpoint. A secret is shown once, on the page that
//! answers its creation or rotation, never again. The store audits every change.

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManageWebhooks, PathId, PathIds};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::webhooks::{EndpointInput, EventKind, NewEndpoint};
use heroes_store::webhooks::{self, Created, Delivery, Endpoint, MAX_ENDPOINTS};

/// Deliveries listed on an endpoint's page (the newest).
const DELIVERIES_SHOWN: i64 = 50;

/// Reads the endpoint form as typed (checkboxes `events`, `active`).
fn read(form: &FormPairs) -> EndpointInput {
    EndpointInput {
        url: form.get("url").to_owned(),
        events: form.all("events").into_iter().map(str::to_owned).collect(),
        description: form.get("description").to_owned(),
        active: !form.get("active").is_empty(),
    }
}

fn input_of(e: &Endpoint) -> EndpointInput {
    EndpointInput {
        url: e.url.clone(),
        events: e.events.clone(),
        description: e.description.clone(),
        active: e.active,
    }
}

/// Parses the form, adding a message per field; a literal private address is refused here
/// (a name is resolved and checked at every delivery).
fn parse(
    state: &AppState,
    i18n: &I18n,
    input: &EndpointInput,
) -> (Option<NewEndpoint>, FieldErrors) {
    let mut errors = FieldErrors::default();
    match input.parse() {
        Ok(new) => {
            let allow_loopback = state.config.capture.fetch.allow_loopback;
            let private_ip = new
                .url
                .literal_ip()
                .is_some_and(|ip| crate::capture::fetch::is_forbidden(ip, allow_loopback));
            let host = url::Url::parse(new.url.as_str())
                .ok()
                .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
                .unwrap_or_default();
            let local_name = host == "localhost" || host.ends_with(".localhost");
            if private_ip || (local_name && !allow_loopback) {
                errors.add("url", i18n.t("admin-webhooks-url-private"));
                return (None, errors);
            }
            (Some(new), errors)
        }
        Err(problems) => {
            for p in &problems {
                if p.field == "events" {
                    errors.add("events", i18n.t("admin-webhooks-events-needed"));
                } else {
                    errors.add_problem(i18n, p);
                }
            }
            (None, errors)
        }
    }
}

/// The list of endpoints with the form for a new one.
#[derive(Template, WebTemplate)]
#[template(path = "admin/webhooks.html")]
pub struct ListPage {
    i18n: I18n,
    endpoints: Vec<Endpoint>,
    input: EndpointInput,
    errors: FieldErrors,
    notice: Option<String>,
    /// Each event kind's name and what it means, in the reader's language.
    kinds: Vec<(&'static str, String)>,
    full: bool,
    /// [`MAX_ENDPOINTS`], for the message shown when it is reached.
    max: i64,
}

async fn list_page(state: &AppState, i18n: I18n) -> Result<ListPage, PageError> {
    let endpoints = webhooks::list(&state.db).await?;
    let kinds = kinds(&i18n);
    Ok(ListPage {
        i18n,
        full: endpoints.len() as i64 >= MAX_ENDPOINTS,
        max: MAX_ENDPOINTS,
        endpoints,
        input: EndpointInput {
            active: true,
            ..EndpointInput::default()
        },
        errors: FieldErrors::default(),
        notice: None,
        kinds,
    })
}

/// `GET /admin/webhooks`.
pub async fn list(
    _: Allowed<ManageWebhooks>,
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = list_page(&state, i18n).await?;
    if query.first("notice") == Some("removed") {
        page.notice = Some(page.i18n.t("admin-webhooks-removed"));
    }
    Ok(private(page))
}

/// `POST /admin/webhooks`: registers an endpoint and shows its secret, once.
pub async fn create(
    allowed: Allowed<ManageWebhooks>,
    State(state): State<AppState>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = read(&form);
    let (new, mut errors) = parse(&state, &i18n, &input);
    if let Some(new) = new {
        let secret = super::new_secret();
        match webhooks::create(&state.db, &new, &secret, &allowed.viewer.actor()).await? {
            Created::Yes(id) => {
                let mut page = endpoint_page(&state, i18n, id).await?;
                page.secret = Some(secret);
                page.notice = Some(page.i18n.t("admin-webhooks-created"));
                return Ok(private((StatusCode::CREATED, page)));
            }
            Created::TooMany => errors.add(
                "url",
                i18n.tn("admin-webhooks-too-many", "max", MAX_ENDPOINTS),
            ),
        }
    }
    let mut page = list_page(&state, i18n).await?;
    page.input = input;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// One endpoint: its settings, its secret when just made, its deliveries.
#[derive(Template, WebTemplate)]
#[template(path = "admin/webhook.html")]
pub struct EndpointPage {
    i18n: I18n,
    endpoint: Endpoint,
    input: EndpointInput,
    errors: FieldErrors,
    notice: Option<String>,
    secret: Option<String>,
    deliveries: Vec<Delivery>,
    /// Each event kind's name and what it means, in the reader's language.
    kinds: Vec<(&'static str, String)>,
}

async fn endpoint_page(state: &AppState, i18n: I18n, id: i64) -> Result<EndpointPage, PageError> {
    let endpoint = webhooks::get(&state.db, id).await?;
    let deliveries = webhooks::deliveries(&state.db, id, DELIVERIES_SHOWN).await?;
    let kinds = kinds(&i18n);
    Ok(EndpointPage {
        i18n,
        input: input_of(&endpoint),
        endpoint,
        errors: FieldErrors::default(),
        notice: None,
        secret: None,
        deliveries,
        kinds,
    })
}

/// `GET /admin/webhooks/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    _: Allowed<ManageWebhooks>,
    PathId(id): PathId,
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = endpoint_page(&state, i18n, id).await?;
    let notice = match query.first("notice") {
        Some("saved") => Some("admin-webhooks-saved"),
        Some("ping") => Some("admin-webhooks-ping-queued"),
        Some("replayed") => Some("admin-webhooks-replay-queued"),
        _ => None,
    };
    page.notice = notice.map(|id| page.i18n.t(id));
    Ok(private(page))
}

/// `POST /admin/webhooks/{id}`: changes the address, events, description or state.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn update(
    allowed: Allowed<ManageWebhooks>,
    PathId(id): PathId,
    State(state): State<AppState>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = read(&form);
    let (new, errors) = parse(&state, &i18n, &input);
    if let Some(new) = new {
        webhooks::update(&state.db, id, &new, &allowed.viewer.actor()).await?;
        return Ok(back(id, "saved"));
    }
    let mut page = endpoint_page(&state, i18n, id).await?;
    page.input = input;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /admin/webhooks/{id}/secret`: a new secret, shown once; the old one stops signing.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn rotate(
    allowed: Allowed<ManageWebhooks>,
    PathId(id): PathId,
    State(state): State<AppState>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let secret = super::new_secret();
    webhooks::rotate_secret(&state.db, id, &secret, &allowed.viewer.actor()).await?;
    let mut page = endpoint_page(&state, i18n, id).await?;
    page.secret = Some(secret);
    page.notice = Some(page.i18n.t("admin-webhooks-rotated"));
    Ok(private(page))
}

/// `POST /admin/webhooks/{id}/ping`: queues a test event to this endpoint.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn ping(
    allowed: Allowed<ManageWebhooks>,
    PathId(id): PathId,
    State(state): State<AppState>,
) -> Result<Response, PageError> {
    webhooks::ping(&state.db, id, &allowed.viewer.actor()).await?;
    Ok(back(id, "ping"))
}

/// `POST /admin/webhooks/{id}/delete`: removes the endpoint and its deliveries.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn remove(
    allowed: Allowed<ManageWebhooks>,
    PathId(id): PathId,
    State(state): State<AppState>,
) -> Result<Response, PageError> {
    webhooks::remove(&state.db, id, &allowed.viewer.actor()).await?;
    Ok(Redirect::to("/admin/webhooks?notice=removed").into_response())
}

/// `POST /admin/webhooks/{id}/deliveries/{delivery}/replay`: the same payload and delivery
/// id, sent again now.
pub async fn replay(
    allowed: Allowed<ManageWebhooks>,
    PathIds(id, delivery): PathIds,
    State(state): State<AppState>,
) -> Result<Response, PageError> {
    webhooks::replay(&state.db, id, delivery, &allowed.viewer.actor()).await?;
    Ok(back(id, "replayed"))
}

/// The event kinds with their meaning: the message id is the name with `-` for `.` and `_`.
fn kinds(i18n: &I18n) -> Vec<(&'static str, String)> {
    EventKind::SUBSCRIBABLE
        .into_iter()
        .map(|k| {
            let id = format!("admin-webhooks-event-{}", k.name().replace(['.', '_'], "-"));
            (k.name(), i18n.t(&id))
        })
        .collect()
}

fn back(id: i64, notice: &str) -> Response {
    Redirect::to(&format!("/admin/webhooks/{id}?notice={notice}")).into_response()
}
