//! A mentorship at `/account/mentorships/{id}`: for its pair only (anyone else gets 404).
//! The session log (date and notes, private to the pair; each session counts as mentoring
//! in the mentor's readiness), the goals, and the end with a word from each side.

use super::notices::MentoringNotices;
use crate::app::AppState;
use crate::auth::Account;
use crate::error::PageError;
use crate::extract::{Allowed, AskForMentor, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::mentoring::{ClosingWord, NewSession};
use heroes_store::mentoring::{self as store, Mentorship, Session, Side};
use heroes_store::notifications::Addressee;

/// The mentorship page.
#[derive(Template, WebTemplate)]
#[template(path = "mentoring/mentorship.html")]
pub struct MentorshipPage {
    i18n: I18n,
    m: Mentorship,
    sessions: Vec<Session>,
    side: Side,
    held_on: String,
    notes: String,
    word: String,
    errors: FieldErrors,
    refusal: Option<String>,
}

impl MentorshipPage {
    fn is_mentor(&self) -> bool {
        self.side == Side::Mentor
    }
    fn my_word(&self) -> &str {
        match self.side {
            Side::Mentor => &self.m.mentor_word,
            Side::Mentee => &self.m.mentee_word,
        }
    }
}

async fn page(
    state: &AppState,
    account: &Account,
    i18n: I18n,
    id: i64,
) -> Result<MentorshipPage, PageError> {
    let m = store::mentorship(&state.db, id, account.user.id, account.user.hero_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let side = if Some(m.mentor_id) == account.user.hero_id {
        Side::Mentor
    } else {
        Side::Mentee
    };
    Ok(MentorshipPage {
        i18n,
        sessions: store::sessions(&state.db, id).await?,
        m,
        side,
        held_on: Utc::now().date_naive().to_string(),
        notes: String::new(),
        word: String::new(),
        errors: FieldErrors::default(),
        refusal: None,
    })
}

/// `GET /account/mentorships/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AskForMentor>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    Ok(private(page(&state, &account, i18n, id).await?))
}

/// `POST /account/mentorships/{id}/sessions`: logs a session of a running mentorship.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn log_session(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AskForMentor>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = page(&state, &account, i18n, id).await?;
    let today = Utc::now().date_naive();
    match NewSession::parse(
        form.get("held_on"),
        form.get("notes"),
        page.m.started_at.date_naive(),
        today,
    ) {
        Ok(session) => match store::log_session(&state.db, id, account.user.id, &session).await? {
            Ok(()) => {
                return Ok(
                    Redirect::to(&format!("/account/mentorships/{id}#sessions")).into_response()
                );
            }
            Err(refusal) => page.refusal = Some(page.i18n.t(refusal.id())),
        },
        Err(problems) => {
            page.errors.add_problems(&page.i18n, &problems);
        }
    }
    page.held_on = form.get("held_on").to_owned();
    page.notes = form.get("notes").to_owned();
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /account/mentorships/{id}/end`: leaves this side's word; the first word ends the
/// mentorship (giving the mentor's place back) and tells the other side.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn end(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AskForMentor>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = page(&state, &account, i18n, id).await?;
    match ClosingWord::parse("word", form.get("word")) {
        Ok(word) => {
            let notices = MentoringNotices::new(&state.config.base_url);
            let m = &page.m;
            let (other, by) = match page.side {
                Side::Mentor => (
                    Some(Addressee {
                        user_id: m.mentee_id,
                        email: m.mentee_email.clone(),
                        name: m.mentee_name.clone(),
                        language: m.mentee_language.clone(),
                        time_zone: m.mentee_time_zone.clone(),
                    }),
                    m.mentor_name.clone(),
                ),
                Side::Mentee => (
                    m.mentor_user_id
                        .zip(m.mentor_email.clone())
                        .map(|(user_id, email)| Addressee {
                            user_id,
                            email,
                            name: m.mentor_name.clone(),
                            language: m.mentor_language.clone().unwrap_or_default(),
                            time_zone: m.mentor_time_zone.clone().unwrap_or_default(),
                        }),
                    m.mentee_name.clone(),
                ),
            };
            let notice = other.and_then(|o| notices.ended(&o, &by, word.as_str(), id));
            match store::end(&state.db, id, page.side, &word, notice.as_slice()).await? {
                Ok(()) => {
                    return Ok(Redirect::to(&format!("/account/mentorships/{id}")).into_response());
                }
                Err(refusal) => page.refusal = Some(page.i18n.t(refusal.id())),
            }
        }
        Err(problem) => page.errors.add_problem(&page.i18n, &problem),
    }
    page.word = form.get("word").to_owned();
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}
