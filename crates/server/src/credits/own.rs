//! `/account/credits`: a hero's balance, history, codes and requests, and the request form.
//! Codes are listed without their text; the holder reveals one at a time, and each reveal is
//! logged.

use super::{amount_text, refusal_message};
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{OwnHero, PathId, ReadOwnCredits, RequestCredits, RevealOwnCredits};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::credits::{NewRequest, Purpose, State as RequestState, Step};
use heroes_domain::policy::Action;
use heroes_store::credits::{self as store, CreditRequest, Entry, HeldCode};

/// What the request form holds, as typed.
#[derive(Debug, Clone, Default)]
pub struct RequestInput {
    purpose: String,
    amount: String,
    note: String,
    idempotency_key: String,
}

impl RequestInput {
    fn fresh() -> RequestInput {
        RequestInput {
            purpose: Purpose::Workshop.as_str().to_owned(),
            idempotency_key: crate::auth::new_secret().0,
            ..RequestInput::default()
        }
    }

    fn of(form: &FormPairs) -> RequestInput {
        RequestInput {
            purpose: form.get("purpose").to_owned(),
            amount: form.get("amount").to_owned(),
            note: form.get("note").to_owned(),
            idempotency_key: form.get("idempotency_key").to_owned(),
        }
    }
}

/// The hero's credits page.
#[derive(Template, WebTemplate)]
#[template(path = "credits/mine.html")]
pub struct MinePage {
    i18n: I18n,
    unit: String,
    available: i64,
    held: i64,
    may_request: bool,
    requests: Vec<CreditRequest>,
    codes: Vec<HeldCode>,
    history: Vec<Entry>,
    input: RequestInput,
    errors: FieldErrors,
    refusal: Option<String>,
    notice: Option<String>,
}

impl MinePage {
    fn amount(&self, n: &i64) -> String {
        amount_text(&self.i18n, *n, &self.unit)
    }
    fn signed(&self, n: &i64) -> String {
        if *n > 0 {
            format!("+{}", self.amount(n))
        } else {
            self.amount(n)
        }
    }
    fn purposes(&self) -> Vec<&'static str> {
        Purpose::ALL.iter().map(|p| p.as_str()).collect()
    }
    fn is_open(&self, state: &RequestState) -> bool {
        state.is_open()
    }
    fn masked(&self) -> String {
        heroes_domain::credits::masked(12)
    }
}

async fn page(
    state: &AppState,
    i18n: I18n,
    hero_id: i64,
    may_request: bool,
    input: RequestInput,
) -> Result<MinePage, PageError> {
    let db = &state.db;
    let requests = store::requests_of(db, hero_id).await?;
    let held = requests
        .iter()
        .filter(|r| r.state.is_open())
        .map(|r| r.amount)
        .sum();
    Ok(MinePage {
        i18n,
        unit: store::unit(db).await?,
        available: store::balance(db, hero_id).await?,
        held,
        may_request,
        requests,
        codes: store::codes_of(db, hero_id).await?,
        history: store::history(db, hero_id).await?,
        input,
        errors: FieldErrors::default(),
        refusal: None,
        notice: None,
    })
}

/// `GET /account/credits` (heroes and alumni).
pub async fn show(
    State(state): State<AppState>,
    own: OwnHero<ReadOwnCredits>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let may_request = own.viewer.may(Action::RequestCredits);
    let mut page = page(
        &state,
        i18n,
        own.hero.card.id,
        may_request,
        RequestInput::fresh(),
    )
    .await?;
    if let Some(done) = query.first("done") {
        let id = match done {
            "requested" => "credits-requested",
            "withdrawn" => "credits-withdrawn",
            _ => "",
        };
        if !id.is_empty() {
            page.notice = Some(page.i18n.t(id));
        }
    }
    Ok(private(page))
}

/// `POST /account/credits`: a new request (active heroes). The form carries an idempotency
/// key chosen when it was shown, so sending it twice makes one request.
pub async fn create(
    State(state): State<AppState>,
    own: OwnHero<RequestCredits>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = RequestInput::of(&form);
    let hero_id = own.hero.card.id;
    let parsed = NewRequest::parse(
        &input.purpose,
        &input.amount,
        &input.note,
        &input.idempotency_key,
    );
    let new = match parsed {
        Ok(new) => new,
        Err(problems) => {
            let mut page = page(&state, i18n, hero_id, true, input).await?;
            page.errors.add_problems(&page.i18n, &problems);
            return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
        }
    };
    match store::request(&state.db, hero_id, &new, &own.viewer.actor()).await? {
        Ok(_) => Ok(Redirect::to("/account/credits?done=requested").into_response()),
        Err(refusal) => {
            let mut page = page(&state, i18n, hero_id, true, input).await?;
            page.refusal = Some(refusal_message(&page.i18n, refusal));
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// `POST /account/credits/requests/{id}/withdraw`: the hero takes an open request back; the
/// hold is released. Another hero's request is not found.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn withdraw(
    State(state): State<AppState>,
    own: OwnHero<RequestCredits>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let hero_id = own.hero.card.id;
    let today = Utc::now().date_naive();
    let actor = own.viewer.actor();
    match store::decide(
        &state.db,
        id,
        Some(hero_id),
        &Step::Withdraw,
        &actor,
        &[],
        today,
    )
    .await?
    {
        Ok(_) => Ok(Redirect::to("/account/credits?done=withdrawn").into_response()),
        Err(refusal) => {
            let mut page = page(&state, i18n, hero_id, true, RequestInput::fresh()).await?;
            page.refusal = Some(refusal_message(&page.i18n, refusal));
            Ok(private((StatusCode::CONFLICT, page)))
        }
    }
}

/// The page that shows one revealed code.
#[derive(Template, WebTemplate)]
#[template(path = "credits/revealed.html")]
pub struct RevealedPage {
    i18n: I18n,
    code: String,
}

/// `POST /account/credits/codes/{id}/reveal`: the code, to its holder only (a POST, so a
/// prefetch or a link never reveals one; the answer is never stored by any cache). Logged.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn reveal(
    State(state): State<AppState>,
    own: OwnHero<RevealOwnCredits>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let code = store::reveal(&state.db, own.hero.card.id, id, &own.viewer.actor()).await?;
    Ok(private(RevealedPage { i18n, code }))
}
