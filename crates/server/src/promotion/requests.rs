//! `/account/promotion`: a hero asks for amplification of one of their contributions and
//! follows every request's stage; a pending or approved request can be withdrawn.

use super::notices::window_text;
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{OwnHero, PathId, RequestPromotion};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use heroes_domain::promotion::{Channel, NewRequest, RequestForm, State as RequestState};
use heroes_store::StoreError;
use heroes_store::contributions::{self, ContributionView};
use heroes_store::promotion::{self as store, Change, Request};

/// What the form was given, shown back after an error.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    contribution: String,
    channels: Vec<String>,
    from: String,
    until: String,
    note: String,
}

/// The hero's promotion page: the request form and every request.
#[derive(Template, WebTemplate)]
#[template(path = "promotion/mine.html")]
pub struct MinePage {
    i18n: I18n,
    works: Vec<ContributionView>,
    requests: Vec<Request>,
    answers: Answers,
    errors: FieldErrors,
    notice: Option<String>,
    now: DateTime<Utc>,
    today: String,
}

impl MinePage {
    fn channels(&self) -> [Channel; 3] {
        Channel::ALL
    }
    fn asked(&self, c: &Channel) -> bool {
        self.answers.channels.iter().any(|a| a == c.as_str())
    }
    fn channel_names(&self, r: &Request, granted: bool) -> String {
        let set = if granted { r.granted } else { r.channels };
        set.iter()
            .map(|c| self.i18n.t(&format!("promotion-channel-{}", c.as_str())))
            .collect::<Vec<_>>()
            .join(", ")
    }
    fn stage(&self, r: &Request) -> &'static str {
        r.stage(self.now).as_str()
    }
    fn window(&self, r: &Request) -> String {
        match (r.starts_at, r.ends_at) {
            (Some(s), Some(e)) => window_text(&self.i18n, &r.zone, s, e),
            _ => String::new(),
        }
    }
    fn may_withdraw(&self, r: &Request) -> bool {
        matches!(r.state, RequestState::Pending | RequestState::Approved)
            && r.ends_at.is_none_or(|e| e > self.now)
    }
}

async fn page(state: &AppState, i18n: I18n, hero_id: i64) -> Result<MinePage, PageError> {
    let now = Utc::now();
    let works = contributions::all_of_hero(&state.db, hero_id)
        .await?
        .into_iter()
        .filter(|c| !c.private)
        .collect();
    Ok(MinePage {
        i18n,
        works,
        requests: store::of_hero(&state.db, hero_id).await?,
        answers: Answers::default(),
        errors: FieldErrors::default(),
        notice: None,
        now,
        today: now.date_naive().to_string(),
    })
}

/// `GET /account/promotion` (`?contribution=ID` preselects a work).
pub async fn list(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<RequestPromotion>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = page(&state, i18n, hero.card.id).await?;
    page.notice = match query.first("notice") {
        Some("requested") => Some(page.i18n.t("promotion-requested")),
        Some("withdrawn") => Some(page.i18n.t("promotion-withdrawn")),
        _ => None,
    };
    page.answers.contribution = query.first("contribution").unwrap_or_default().to_owned();
    Ok(private(page))
}

/// `POST /account/promotion`: a new request; a wrong field comes back with its message and
/// everything typed.
pub async fn create(
    State(state): State<AppState>,
    OwnHero { hero, viewer, .. }: OwnHero<RequestPromotion>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let answers = Answers {
        contribution: form.get("contribution").to_owned(),
        channels: form.owned("channels"),
        from: form.get("from").to_owned(),
        until: form.get("until").to_owned(),
        note: form.get("note").to_owned(),
    };
    let fields = RequestForm {
        contribution: &answers.contribution,
        channels: answers.channels.iter().map(String::as_str).collect(),
        from: &answers.from,
        until: &answers.until,
        note: &answers.note,
    };
    let mut errors = FieldErrors::default();
    match NewRequest::parse(&fields, Utc::now().date_naive()) {
        Ok(new) => match store::request(&state.db, hero.card.id, &new, &viewer.actor()).await {
            Ok(_) => {
                return Ok(Redirect::to("/account/promotion?notice=requested").into_response());
            }
            Err(StoreError::NotFound) => errors.add("contribution", i18n.t("promotion-not-yours")),
            Err(StoreError::Conflict { .. }) => {
                errors.add("contribution", i18n.t("promotion-already-waiting"))
            }
            Err(e) => return Err(e.into()),
        },
        Err(problems) => {
            errors.add_problems(&i18n, &problems);
        }
    }
    let mut page = page(&state, i18n, hero.card.id).await?;
    page.answers = answers;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /account/promotion/{id}/withdraw`: only the hero's own request (404 otherwise).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn withdraw(
    State(state): State<AppState>,
    OwnHero { hero, viewer, .. }: OwnHero<RequestPromotion>,
    PathId(id): PathId,
    i18n: I18n,
) -> Result<Response, PageError> {
    let request = store::get(&state.db, id)
        .await?
        .filter(|r| r.hero_id == hero.card.id)
        .ok_or(PageError::NotFound)?;
    let change = Change::Withdraw {
        hero_id: hero.card.id,
    };
    match store::change(&state.db, id, request.state, &change, &viewer.actor(), &[]).await {
        Ok(Ok(_)) => Ok(Redirect::to("/account/promotion?notice=withdrawn").into_response()),
        Ok(Err(refusal)) => {
            let mut page = page(&state, i18n, hero.card.id).await?;
            page.notice = Some(page.i18n.t(refusal.message_id()));
            Ok(private((StatusCode::CONFLICT, page)))
        }
        Err(StoreError::NotFound) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}
