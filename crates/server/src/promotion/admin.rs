//! `/admin/promotion`: the staff's queue of promotion requests, and each request with its
//! schedule form (approve, or move an approved window) and its decline form (decline a
//! waiting request, or take an approved one out of the spotlight).

use super::notices::{decided, window_text};
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManagePromotion, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use heroes_domain::ValidationError;
use heroes_domain::promotion::{Channel, Schedule, ScheduleForm, State as RequestState};
use heroes_domain::text::Bounded;
use heroes_store::StoreError;
use heroes_store::promotion::{self as store, Change, Request};

/// The queue.
#[derive(Template, WebTemplate)]
#[template(path = "promotion/queue.html")]
pub struct QueuePage {
    i18n: I18n,
    requests: Vec<Request>,
    now: DateTime<Utc>,
}

impl QueuePage {
    fn stage(&self, r: &Request) -> &'static str {
        r.stage(self.now).as_str()
    }
    fn window(&self, r: &Request) -> String {
        match (r.starts_at, r.ends_at) {
            (Some(s), Some(e)) => window_text(&self.i18n, &r.zone, s, e),
            _ => format!("{} – {}", r.wanted_from, r.wanted_until),
        }
    }
}

/// `GET /admin/promotion`.
pub async fn queue(
    State(state): State<AppState>,
    _: Allowed<ManagePromotion>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let now = Utc::now();
    Ok(private(QueuePage {
        i18n,
        requests: store::staff_list(&state.db, now).await?,
        now,
    }))
}

/// What the schedule form was given.
#[derive(Debug, Clone, Default)]
pub struct ScheduleAnswers {
    channels: Vec<String>,
    starts: String,
    ends: String,
    zone: String,
    reason: String,
}

/// One request, with the forms that decide it.
#[derive(Template, WebTemplate)]
#[template(path = "promotion/request.html")]
pub struct RequestPage {
    i18n: I18n,
    request: Request,
    answers: ScheduleAnswers,
    errors: FieldErrors,
    notice: Option<String>,
    now: DateTime<Utc>,
}

impl RequestPage {
    fn asked(&self) -> Vec<Channel> {
        self.request.channels.iter().collect()
    }
    fn checked(&self, c: &Channel) -> bool {
        self.answers.channels.iter().any(|a| a == c.as_str())
    }
    fn stage(&self) -> &'static str {
        self.request.stage(self.now).as_str()
    }
    fn window(&self) -> String {
        match (self.request.starts_at, self.request.ends_at) {
            (Some(s), Some(e)) => window_text(&self.i18n, &self.request.zone, s, e),
            _ => String::new(),
        }
    }
    fn open(&self) -> bool {
        matches!(
            self.request.state,
            RequestState::Pending | RequestState::Approved
        )
    }
    fn approved(&self) -> bool {
        self.request.state == RequestState::Approved
    }
}

impl RequestPage {
    fn new(i18n: I18n, request: Request) -> Self {
        let zone = request.zone.clone();
        let local = |t: Option<DateTime<Utc>>, day: chrono::NaiveDate| {
            let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
            t.map(|t| t.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string())
                .unwrap_or_else(|| format!("{day}T09:00"))
        };
        let answers = ScheduleAnswers {
            channels: if request.granted.is_empty() {
                request.channels
            } else {
                request.granted
            }
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect(),
            starts: local(request.starts_at, request.wanted_from),
            ends: local(request.ends_at, request.wanted_until + chrono::Days::new(1)),
            zone: request.zone.clone(),
            reason: String::new(),
        };
        RequestPage {
            i18n,
            request,
            answers,
            errors: FieldErrors::default(),
            notice: None,
            now: Utc::now(),
        }
    }
}

async fn load(state: &AppState, id: i64) -> Result<Request, PageError> {
    store::get(&state.db, id).await?.ok_or(PageError::NotFound)
}

/// `GET /admin/promotion/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    _: Allowed<ManagePromotion>,
    PathId(id): PathId,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = RequestPage::new(i18n, load(&state, id).await?);
    if query.first("notice") == Some("saved") {
        page.notice = Some(page.i18n.t("promotion-saved"));
    }
    Ok(private(page))
}

/// Applies `change`, telling the hero; a refusal (decided meanwhile) re-renders the page.
async fn apply(
    state: &AppState,
    i18n: I18n,
    allowed: &Allowed<ManagePromotion>,
    request: Request,
    change: Change,
) -> Result<Response, PageError> {
    let notices: Vec<_> = match store::account_of(&state.db, request.hero_id).await? {
        Some(account) => decided(&state.config.base_url, &account, &request, &change)
            .into_iter()
            .collect(),
        None => Vec::new(),
    };
    let id = request.id;
    match store::change(
        &state.db,
        id,
        request.state,
        &change,
        &allowed.viewer.actor(),
        &notices,
    )
    .await
    {
        Ok(Ok(_)) => {
            Ok(Redirect::to(&format!("/admin/promotion/{id}?notice=saved")).into_response())
        }
        Ok(Err(refusal)) => {
            let mut page = RequestPage::new(i18n, load(state, id).await?);
            page.notice = Some(page.i18n.t(refusal.message_id()));
            Ok(private((StatusCode::CONFLICT, page)))
        }
        Err(StoreError::NotFound) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// The request's page again with a form's `problems` and what it was given (`keep` puts
/// that into the page's answers), answered 422.
fn refused(
    i18n: I18n,
    request: Request,
    problems: &[ValidationError],
    keep: impl FnOnce(&mut ScheduleAnswers),
) -> Response {
    let mut page = RequestPage::new(i18n, request);
    page.errors.add_problems(&page.i18n, problems);
    keep(&mut page.answers);
    private((StatusCode::UNPROCESSABLE_ENTITY, page))
}

/// `POST /admin/promotion/{id}/schedule`: approve a waiting request with a schedule, or move
/// an approved one.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn schedule(
    State(state): State<AppState>,
    allowed: Allowed<ManagePromotion>,
    PathId(id): PathId,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let request = load(&state, id).await?;
    let answers = ScheduleAnswers {
        channels: form.owned("channels"),
        starts: form.get("starts").to_owned(),
        ends: form.get("ends").to_owned(),
        zone: form.get("zone").to_owned(),
        reason: String::new(),
    };
    let fields = ScheduleForm {
        channels: answers.channels.iter().map(String::as_str).collect(),
        starts: &answers.starts,
        ends: &answers.ends,
        zone: &answers.zone,
    };
    match Schedule::parse(&fields, request.channels, Utc::now()) {
        Ok(schedule) => {
            let change = if request.state == RequestState::Approved {
                Change::Reschedule(schedule)
            } else {
                Change::Approve(schedule)
            };
            apply(&state, i18n, &allowed, request, change).await
        }
        Err(problems) => Ok(refused(i18n, request, &problems, |typed| *typed = answers)),
    }
}

/// `POST /admin/promotion/{id}/decline`: decline a waiting request, or cancel an approved
/// one, with a reason the hero reads.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn decline(
    State(state): State<AppState>,
    allowed: Allowed<ManagePromotion>,
    PathId(id): PathId,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let request = load(&state, id).await?;
    match Bounded::<1, 2000>::parse("reason", form.get("reason")) {
        Ok(reason) => {
            let reason = reason.into_inner();
            let change = if request.state == RequestState::Approved {
                Change::Cancel(reason)
            } else {
                Change::Decline(reason)
            };
            apply(&state, i18n, &allowed, request, change).await
        }
        Err(problem) => Ok(refused(i18n, request, &[problem], |typed| {
            typed.reason = form.get("reason").to_owned();
        })),
    }
}
