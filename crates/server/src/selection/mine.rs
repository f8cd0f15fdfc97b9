//! `/account/nominations`: the nominations a member made and those made of them. Nominators
//! and nominees see the stage and the decision, never reviews or scores. The nominee answers
//! here, and once accepted, completes the onboarding (terms, NDA, profile).

use super::jobs::CANDIDATE_FEED;
use super::notices::{Nominator, Notices};
use super::{refusal_message, stage_label};
use crate::app::AppState;
use crate::auth::{Account, Viewer};
use crate::error::PageError;
use crate::extract::{Allowed, Nominate, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::selection::Refusal;
use heroes_domain::selection::candidacy::State as CandidacyState;
use heroes_domain::selection::nomination::CandidateProfileInput;
use heroes_store::briefings::{self, NdaVersion};
use heroes_store::selection::steps::{self, Change};
use heroes_store::selection::{self, Candidacy};
use heroes_store::{accounts, jobs};

/// The list page.
#[derive(Template, WebTemplate)]
#[template(path = "selection/mine.html")]
pub struct MinePage {
    i18n: I18n,
    made: Vec<(Candidacy, String)>,
    received: Vec<(Candidacy, String)>,
    notice: Option<String>,
}

/// `GET /account/nominations`.
pub async fn list(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<Nominate>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let account = &account;
    let label = |c: Candidacy| {
        let stage = stage_label(&i18n, c.state);
        (c, stage)
    };
    let made = selection::nominated_by(&state.db, account.user.id)
        .await?
        .into_iter()
        .map(label)
        .collect();
    let received = selection::of_nominee(&state.db, account.user.id, &account.user.email)
        .await?
        .into_iter()
        .map(label)
        .collect();
    let notice = match query.first("notice") {
        Some(n @ ("nominated" | "already" | "accepted" | "declined" | "onboarded")) => {
            Some(i18n.t(&format!("nominations-notice-{n}")))
        }
        _ => None,
    };
    Ok(private(MinePage {
        i18n,
        made,
        received,
        notice,
    }))
}

/// The nominee's page of one candidacy.
#[derive(Template, WebTemplate)]
#[template(path = "selection/answer.html")]
pub struct AnswerPage {
    i18n: I18n,
    candidacy: Candidacy,
    stage: String,
    lead: String,
    hero_slug: Option<String>,
    profile: CandidateProfileInput,
    errors: FieldErrors,
    refusal: Option<String>,
    notice: Option<String>,
    /// The NDA version in effect, which onboarding accepts (none published: nobody can
    /// onboard until an admin publishes one).
    nda: Option<NdaVersion>,
    /// Its text, rendered and sanitized.
    nda_html: String,
}

impl AnswerPage {
    /// The bio the candidate sent, as safe HTML.
    fn bio_html(&self) -> String {
        crate::web::markdown_to_safe_html(&self.candidacy.bio)
    }
}

/// The candidacy if `account` is its nominee (by account or by their verified address);
/// anyone else gets a 404, so candidacies cannot be probed.
async fn as_nominee(state: &AppState, account: &Account, id: i64) -> Result<Candidacy, PageError> {
    let c = selection::candidacy(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let mine = c.nominee_user_id == Some(account.user.id)
        || (c.nominee_user_id.is_none()
            && c.nominee_email.eq_ignore_ascii_case(&account.user.email));
    if mine {
        Ok(c)
    } else {
        Err(PageError::NotFound)
    }
}

fn profile_of(c: &Candidacy) -> CandidateProfileInput {
    CandidateProfileInput {
        display_name: c.nominee_name.clone(),
        headline: c.headline.clone(),
        company: c.company.clone(),
        city: c.city.clone(),
        country: c.country.clone(),
        bio: c.bio.clone(),
        feed: c.feed_url.clone().unwrap_or_default(),
    }
}

fn profile_from(form: &FormPairs) -> CandidateProfileInput {
    CandidateProfileInput {
        display_name: form.get("display_name").to_owned(),
        headline: form.get("headline").to_owned(),
        company: form.get("company").to_owned(),
        city: form.get("city").to_owned(),
        country: form.get("country").to_owned(),
        bio: form.get("bio").to_owned(),
        feed: form.get("feed").to_owned(),
    }
}

async fn answer_page(state: &AppState, i18n: I18n, c: Candidacy) -> Result<AnswerPage, PageError> {
    let nominators = selection::nominations(&state.db, c.id).await?.len();
    let hero_slug = match c.hero_id {
        Some(id) => heroes_store::heroes::slug_of(&state.db, id).await?,
        None => None,
    };
    let nda = briefings::current_nda(&state.db, Utc::now().date_naive()).await?;
    Ok(AnswerPage {
        nda_html: nda
            .as_ref()
            .map(|v| markdown_to_safe_html(&v.body))
            .unwrap_or_default(),
        nda,
        stage: stage_label(&i18n, c.state),
        lead: i18n.t_args_n(
            "answer-lead",
            &[("cycle", c.cycle_name.clone())],
            ("count", nominators as i64),
        ),
        profile: profile_of(&c),
        i18n,
        candidacy: c,
        hero_slug,
        errors: FieldErrors::default(),
        refusal: None,
        notice: None,
    })
}

/// `GET /account/nominations/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<Nominate>,
    i18n: I18n,
    PathId(id): PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let c = as_nominee(&state, &account, id).await?;
    let mut page = answer_page(&state, i18n, c).await?;
    if query.first("notice") == Some("onboarded") {
        page.notice = Some(page.i18n.t("nominations-notice-onboarded"));
    }
    Ok(private(page))
}

/// The nominators' accounts of a candidacy, to tell them what happened.
pub async fn nominators(state: &AppState, candidacy_id: i64) -> Result<Vec<Nominator>, PageError> {
    let mut out = Vec::new();
    for n in selection::nominations(&state.db, candidacy_id).await? {
        if let Some(id) = n.nominator_id
            && let Some(user) = accounts::by_id(&state.db, id).await?
        {
            out.push(Nominator {
                id: user.id,
                email: user.email,
                name: user.name,
                language: user.language,
                time_zone: user.time_zone,
            });
        }
    }
    Ok(out)
}

async fn refused(
    state: &AppState,
    i18n: I18n,
    id: i64,
    refusal: Option<Refusal>,
    profile: CandidateProfileInput,
    errors: FieldErrors,
) -> Result<Response, PageError> {
    let c = selection::candidacy(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let mut page = answer_page(state, i18n, c).await?;
    page.refusal = refusal.map(|r| refusal_message(&page.i18n, r));
    page.profile = profile;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// Steps the nominee's answer (`accepted` or not) and tells the nominators, as one change.
async fn answer(
    state: &AppState,
    i18n: &I18n,
    viewer: &Viewer,
    id: i64,
    change: Change,
    accepted: bool,
) -> Result<Result<CandidacyState, Refusal>, PageError> {
    let nominators = nominators(state, id).await?;
    let outcome = steps::step(&state.db, id, &change, &viewer.actor(), |c, _| {
        Notices::new(&state.config.base_url, i18n).nominee_answered(&nominators, c, accepted)
    })
    .await?;
    Ok(outcome)
}

/// `POST /account/nominations/{id}/accept`: the nominee accepts and completes the candidate
/// profile; their contributions of the last twelve months are attached.
pub async fn accept(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<Nominate>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let c = as_nominee(&state, &account, id).await?;
    let input = profile_from(&form);
    let mut errors = FieldErrors::default();
    let Some(profile) = errors.check_all(&i18n, input.parse()) else {
        return refused(&state, i18n, c.id, None, input, errors).await;
    };
    let has_feed = profile.feed.is_some();
    let change = Change::NomineeAccepts {
        user_id: account.user.id,
        profile,
        today: Utc::now().date_naive(),
    };
    match answer(&state, &i18n, &viewer, c.id, change, true).await? {
        Ok(_) => {
            if has_feed {
                jobs::schedule(&state.db, CANDIDATE_FEED, &c.id.to_string(), Utc::now()).await?;
            }
            Ok(Redirect::to("/account/nominations?notice=accepted").into_response())
        }
        Err(r) => refused(&state, i18n, c.id, Some(r), input, FieldErrors::default()).await,
    }
}

/// `POST /account/nominations/{id}/decline`: the nominee declines (or withdraws).
pub async fn decline(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<Nominate>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let c = as_nominee(&state, &account, id).await?;
    let change = Change::NomineeDeclines {
        user_id: account.user.id,
    };
    match answer(&state, &i18n, &viewer, c.id, change, false).await? {
        Ok(_) => Ok(Redirect::to("/account/nominations?notice=declined").into_response()),
        Err(r) => {
            refused(
                &state,
                i18n,
                c.id,
                Some(r),
                profile_of(&c),
                FieldErrors::default(),
            )
            .await
        }
    }
}

/// `POST /account/nominations/{id}/onboard`: the accepted candidate accepts the program
/// terms and the NDA and completes the profile; on or after the announcement date they are
/// listed at once, otherwise the daily announce job lists them on the day.
pub async fn onboard(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<Nominate>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let c = as_nominee(&state, &account, id).await?;
    let input = profile_from(&form);
    let mut errors = FieldErrors::default();
    let profile = errors.check_all(&i18n, input.parse());
    if form.get("accept_terms") != "on" {
        errors.add("accept_terms", i18n.t("onboard-terms-required"));
    }
    // The version accepted is the one the page showed; one published since is read first.
    let nda = briefings::current_nda(&state.db, Utc::now().date_naive()).await?;
    let shown = form.get("nda_version").parse::<i64>().ok();
    if form.get("accept_nda") != "on" {
        errors.add("accept_nda", i18n.t("onboard-nda-required"));
    } else if nda.as_ref().map(|v| v.id) != shown || shown.is_none() {
        errors.add("accept_nda", i18n.t("onboard-nda-changed"));
    }
    let (Some(profile), Some(nda)) = (profile.filter(|_| errors.is_empty()), nda) else {
        return refused(&state, i18n, c.id, None, input, errors).await;
    };
    let change = Change::Onboard {
        user_id: account.user.id,
        profile,
        nda_version_id: nda.id,
        nda_label: nda.label,
        address: viewer.address.clone(),
    };
    let outcome = steps::step(&state.db, c.id, &change, &viewer.actor(), |_, _| Vec::new()).await?;
    if let Err(r) = outcome {
        return refused(&state, i18n, c.id, Some(r), input, FieldErrors::default()).await;
    }
    announce_due(&state.db, &state.config.base_url, &i18n).await?;
    Ok(Redirect::to(&format!("/account/nominations/{}?notice=onboarded", c.id)).into_response())
}

/// Lists every onboarded candidate whose announcement date has come, telling each. Run
/// after an onboarding or a decision, and hourly by the announce job.
pub async fn announce_due(
    db: &heroes_store::Db,
    base_url: &str,
    i18n: &I18n,
) -> Result<Vec<i64>, heroes_store::StoreError> {
    let today = Utc::now().date_naive();
    let notices = Notices::new(base_url, i18n);
    steps::announce_due(db, today, |c, slug| notices.announced(c, slug)).await
}
