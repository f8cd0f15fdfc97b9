//! Mentoring: a hero's offer (`/account/mentoring/offer`), a member's requests with ranked,
//! explained suggestions (`/account/mentoring/request`, `/account/mentoring/requests/{id}`),
//! the mentor's answer to each ask, mentorships with their session log and end
//! (`mentorship.rs`), the admin overview (`admin.rs`) and `/api/v1/me/mentoring` (`api.rs`).
//! Everything lives under `/account/`: it is personal, private and kept from search engines.

pub mod admin;
pub mod api;
pub mod mentorship;
pub mod notices;

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, AskForMentor, OfferMentoring, OwnHero, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::hero::language_name;
use heroes_domain::mentoring::{
    AskStep, Format, MentorRequest, OfferInput, Reason, Refusal, Suggestion, rank,
};
use heroes_store::mentoring::{self as store, AskRow, MentorCard, Mentorship, NewAsk, RequestRow};
use notices::MentoringNotices;

/// The most mentors one request may ask at once.
pub const MAX_ASKS: usize = 3;

/// One reason, in the reader's language ("12 posts about lambda").
pub fn reason_text(i18n: &I18n, reason: &Reason) -> String {
    match reason {
        Reason::Posts { count, topic } => i18n.t_args_n(
            "mentoring-reason-posts",
            &[("topic", topic.clone())],
            ("count", i64::from(*count)),
        ),
        Reason::Offers { topic } => i18n.t1("mentoring-reason-offers", "topic", topic),
        Reason::Profile { topic } => i18n.t1("mentoring-reason-profile", "topic", topic),
        Reason::Speaks { language } => i18n.t1(
            "mentoring-reason-speaks",
            "language",
            language_name(language.as_str()),
        ),
        Reason::Hours { overlap } => {
            i18n.tn("mentoring-reason-hours", "count", i64::from(*overlap))
        }
        Reason::Places { left, capacity } => i18n.t_nums(
            "mentoring-reason-places",
            &[
                ("capacity", i64::from(*capacity)),
                ("count", i64::from(*left)),
            ],
        ),
    }
}

/// Every reason of a suggestion, joined as the member reads it.
pub fn reasons_text(i18n: &I18n, suggestion: &Suggestion) -> String {
    joined_reasons(i18n, &suggestion.reasons, reason_text)
}

/// Reasons of a ranking (mentors, speakers), each in the reader's language, joined.
pub fn joined_reasons<R>(i18n: &I18n, reasons: &[R], text: fn(&I18n, &R) -> String) -> String {
    reasons
        .iter()
        .map(|r| text(i18n, r))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The mentoring home of an account: its requests and mentorships, and for a hero the offer
/// and the asks waiting for an answer.
#[derive(Template, WebTemplate)]
#[template(path = "mentoring/home.html")]
pub struct HomePage {
    i18n: I18n,
    requests: Vec<RequestRow>,
    mentorships: Vec<Mentorship>,
    /// The hero's offer: `(taken, capacity, open)`.
    offer: Option<(i64, i64, bool)>,
    is_hero: bool,
    asks: Vec<AskRow>,
    refusal: Option<String>,
    notice: Option<String>,
}

impl HomePage {
    fn offer_summary(&self, taken: &i64, capacity: &i64) -> String {
        self.i18n.t_nums(
            "mentoring-offer-summary",
            &[("capacity", *capacity), ("count", *taken)],
        )
    }
}

async fn home_page(
    state: &AppState,
    account: &crate::auth::Account,
    i18n: I18n,
) -> Result<HomePage, PageError> {
    let user = &account.user;
    let is_hero = account.roles.has(heroes_domain::account::Role::Hero) && user.hero_id.is_some();
    let (offer, asks) = match (is_hero, user.hero_id) {
        (true, Some(hero_id)) => (
            store::offer(&state.db, hero_id)
                .await?
                .map(|o| (o.taken, o.capacity, o.open)),
            store::asks_to(&state.db, hero_id).await?,
        ),
        _ => (None, Vec::new()),
    };
    Ok(HomePage {
        i18n,
        requests: store::requests_of(&state.db, user.id).await?,
        mentorships: store::mentorships_of(&state.db, user.id, user.hero_id).await?,
        offer,
        is_hero,
        asks,
        refusal: None,
        notice: None,
    })
}

/// `GET /account/mentoring`.
pub async fn home(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AskForMentor>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = home_page(&state, &account, i18n).await?;
    page.notice = match query.first("notice") {
        Some(n @ ("accepted" | "declined" | "withdrawn")) => {
            Some(page.i18n.t(&format!("mentoring-notice-{n}")))
        }
        _ => None,
    };
    Ok(private(page))
}

/// The offer form.
#[derive(Template, WebTemplate)]
#[template(path = "mentoring/offer.html")]
pub struct OfferPage {
    i18n: I18n,
    input: OfferInput,
    /// `(slug, name)` of every active specialization.
    specializations: Vec<(String, String)>,
    formats: Vec<Format>,
    errors: FieldErrors,
    saved: bool,
}

impl OfferPage {
    fn has_format(&self, format: &Format) -> bool {
        self.input.formats.iter().any(|f| f == format.as_str())
    }
    fn has_specialization(&self, slug: &str) -> bool {
        self.input.specializations.iter().any(|s| s == slug)
    }
}

async fn offer_page(
    state: &AppState,
    i18n: I18n,
    input: OfferInput,
) -> Result<OfferPage, PageError> {
    Ok(OfferPage {
        i18n,
        input,
        specializations: state
            .specializations(false)
            .await?
            .into_iter()
            .map(|s| (s.slug, s.name))
            .collect(),
        formats: Format::ALL.to_vec(),
        errors: FieldErrors::default(),
        saved: false,
    })
}

fn list(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `GET /account/mentoring/offer`: the hero's offer, or a first one prefilled from the
/// profile (languages and time zone).
pub async fn edit_offer(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<OfferMentoring>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let input = match store::offer(&state.db, hero.card.id).await? {
        Some(o) => OfferInput {
            topics: o.topics,
            specializations: list(&o.specializations),
            languages: o.languages.replace(',', ", "),
            time_zones: o.time_zones.replace(',', ", "),
            formats: list(&o.formats),
            capacity: o.capacity.to_string(),
            open: o.open,
        },
        None => OfferInput {
            languages: hero.languages.join(", "),
            time_zones: hero.timezone.clone().unwrap_or_default(),
            specializations: hero.card.awards.iter().map(|a| a.slug.clone()).collect(),
            capacity: "2".to_owned(),
            open: true,
            ..Default::default()
        },
    };
    let mut page = offer_page(&state, i18n, input).await?;
    page.saved = query.first("saved").is_some();
    Ok(private(page))
}

/// `POST /account/mentoring/offer`.
pub async fn save_offer(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<OfferMentoring>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let all = |key: &str| -> Vec<String> {
        form.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let input = OfferInput {
        topics: form.get("topics").to_owned(),
        specializations: all("specializations"),
        languages: form.get("languages").to_owned(),
        time_zones: form.get("time_zones").to_owned(),
        formats: all("formats"),
        capacity: form.get("capacity").to_owned(),
        open: form.get("open") == "on",
    };
    let mut errors = FieldErrors::default();
    match input.parse() {
        Ok(offer) => {
            if store::save_offer(&state.db, hero.card.id, &offer).await? {
                return Ok(Redirect::to("/account/mentoring/offer?saved=1").into_response());
            }
            errors.add("capacity", i18n.t("mentoring-capacity-below-taken"));
        }
        Err(problems) => {
            errors.add_problems(&i18n, &problems);
        }
    }
    let mut page = offer_page(&state, i18n, input).await?;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// The request form.
#[derive(Template, WebTemplate)]
#[template(path = "mentoring/request_form.html")]
pub struct RequestForm {
    i18n: I18n,
    goals: String,
    topics: String,
    language: String,
    time_zone: String,
    errors: FieldErrors,
}

/// `GET /account/mentoring/request`.
pub async fn request_form(_: Allowed<AskForMentor>, i18n: I18n) -> Result<Response, PageError> {
    Ok(private(RequestForm {
        i18n,
        goals: String::new(),
        topics: String::new(),
        language: "en".to_owned(),
        time_zone: String::new(),
        errors: FieldErrors::default(),
    }))
}

/// `POST /account/mentoring/request`: stores the request and shows its suggestions.
pub async fn create_request(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AskForMentor>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    match MentorRequest::parse(
        form.get("goals"),
        form.get("topics"),
        form.get("language"),
        form.get("time_zone"),
    ) {
        Ok(request) => {
            let id = store::create_request(&state.db, account.user.id, &request).await?;
            Ok(Redirect::to(&format!("/account/mentoring/requests/{id}")).into_response())
        }
        Err(problems) => {
            let mut errors = FieldErrors::default();
            errors.add_problems(&i18n, &problems);
            Ok(private((
                StatusCode::UNPROCESSABLE_ENTITY,
                RequestForm {
                    i18n,
                    goals: form.get("goals").to_owned(),
                    topics: form.get("topics").to_owned(),
                    language: form.get("language").to_owned(),
                    time_zone: form.get("time_zone").to_owned(),
                    errors,
                },
            )))
        }
    }
}

/// A suggested mentor as the request page shows them.
pub struct Suggested {
    card: MentorCard,
    reasons: String,
    score: u32,
}

/// A request with its ranked suggestions and the asks sent.
#[derive(Template, WebTemplate)]
#[template(path = "mentoring/request.html")]
pub struct RequestPage {
    i18n: I18n,
    request: RequestRow,
    suggestions: Vec<Suggested>,
    asks: Vec<AskRow>,
    max_asks: usize,
    errors: FieldErrors,
    refusal: Option<String>,
}

impl RequestPage {
    fn asked(&self, hero_id: &i64) -> bool {
        self.asks.iter().any(|a| a.mentor_id == *hero_id)
    }
}

/// The suggestions for `request`, best first, with their reasons and cards.
async fn suggestions(
    state: &AppState,
    i18n: &I18n,
    request: &MentorRequest,
    except_hero: Option<i64>,
) -> Result<Vec<Suggested>, PageError> {
    let found = store::candidates(&state.db, request, except_hero).await?;
    let candidates: Vec<_> = found.iter().map(|(c, _)| c.clone()).collect();
    let ranked = rank(request, &candidates, Utc::now());
    Ok(ranked
        .into_iter()
        .filter_map(|s| {
            let card = found
                .iter()
                .find(|(c, _)| c.hero_id == s.hero_id)?
                .1
                .clone();
            Some(Suggested {
                reasons: reasons_text(i18n, &s),
                score: s.score,
                card,
            })
        })
        .collect())
}

async fn request_page(
    state: &AppState,
    account: &crate::auth::Account,
    i18n: I18n,
    id: i64,
) -> Result<RequestPage, PageError> {
    let request = store::own_request(&state.db, id, account.user.id)
        .await?
        .ok_or(PageError::NotFound)?;
    let suggestions = match (request.state.as_str(), request.parsed()) {
        ("open", Some(parsed)) => suggestions(state, &i18n, &parsed, account.user.hero_id).await?,
        _ => Vec::new(),
    };
    Ok(RequestPage {
        asks: store::asks_of_request(&state.db, id).await?,
        i18n,
        request,
        suggestions,
        max_asks: MAX_ASKS,
        errors: FieldErrors::default(),
        refusal: None,
    })
}

/// `GET /account/mentoring/requests/{id}` (the member's own; 404 for anyone else).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show_request(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AskForMentor>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    Ok(private(request_page(&state, &account, i18n, id).await?))
}

/// `POST /account/mentoring/requests/{id}/ask`: asks the chosen mentors (`mentor`, one to
/// [`MAX_ASKS`], each among the suggestions), each told with the reason shown.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn ask_mentors(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AskForMentor>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = request_page(&state, &account, i18n, id).await?;
    let chosen: Vec<i64> = form
        .0
        .iter()
        .filter(|(k, _)| k == "mentor")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let picked: Vec<&Suggested> = page
        .suggestions
        .iter()
        .filter(|s| chosen.contains(&s.card.hero_id))
        .collect();
    if picked.is_empty() || chosen.len() > MAX_ASKS || picked.len() != chosen.len() {
        page.errors.add(
            "mentor",
            page.i18n.tn(
                "mentoring-choose-mentors",
                "max",
                crate::forms::count(MAX_ASKS),
            ),
        );
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    }
    let notices = MentoringNotices::new(&state.config.base_url);
    let mut asks = Vec::new();
    for s in picked {
        let mentor = heroes_store::renewal::account_of(&state.db, s.card.hero_id).await?;
        asks.push(NewAsk {
            mentor_id: s.card.hero_id,
            reason: s.reasons.clone(),
            notice: mentor.and_then(|m| notices.asked(&m, &account.user.name, &page.request)),
        });
    }
    match store::ask_mentors(&state.db, id, account.user.id, &asks).await? {
        Ok(_) => Ok(Redirect::to(&format!("/account/mentoring/requests/{id}")).into_response()),
        Err(refusal) => {
            page.refusal = Some(page.i18n.t(refusal.id()));
            Ok(private((StatusCode::CONFLICT, page)))
        }
    }
}

/// `POST /account/mentoring/requests/{id}/withdraw`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn withdraw_request(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AskForMentor>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    store::withdraw_request(&state.db, id, account.user.id).await?;
    Ok(Redirect::to("/account/mentoring?notice=withdrawn").into_response())
}

async fn answer(
    state: AppState,
    hero_id: i64,
    account: crate::auth::Account,
    i18n: I18n,
    id: i64,
    step: AskStep,
) -> Result<Response, PageError> {
    let ask = store::ask_to(&state.db, id, hero_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let notices = MentoringNotices::new(&state.config.base_url);
    let notice = match store::asker(&state.db, id).await? {
        Some(member) => notices.answered(&member, &ask, step),
        None => None,
    };
    let outcome = store::answer_ask(&state.db, id, hero_id, step, notice.as_slice()).await?;
    match outcome {
        Ok(Some(mentorship)) => {
            Ok(Redirect::to(&format!("/account/mentorships/{mentorship}")).into_response())
        }
        Ok(None) => Ok(Redirect::to("/account/mentoring?notice=declined").into_response()),
        Err(refusal) => {
            let mut page = home_page(&state, &account, i18n).await?;
            page.refusal = Some(page.i18n.t(refusal.id()));
            Ok(private((StatusCode::CONFLICT, page)))
        }
    }
}

/// `POST /account/mentoring/asks/{id}/accept` (the mentor asked; 404 for anyone else).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn accept(
    State(state): State<AppState>,
    OwnHero { hero, account, .. }: OwnHero<OfferMentoring>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    answer(state, hero.card.id, account, i18n, id, AskStep::Accept).await
}

/// `POST /account/mentoring/asks/{id}/decline`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn decline(
    State(state): State<AppState>,
    OwnHero { hero, account, .. }: OwnHero<OfferMentoring>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    answer(state, hero.card.id, account, i18n, id, AskStep::Decline).await
}

/// A refusal in the reader's language (for pages that show one).
pub fn refusal_text(i18n: &I18n, refusal: Refusal) -> String {
    i18n.t(refusal.id())
}
