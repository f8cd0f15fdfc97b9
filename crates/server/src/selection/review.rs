//! `/review`: a reviewer's assigned candidacies, each file with the rubric to score against,
//! and the declaration of a conflict of interest. Reviewers see neither other reviewers'
//! scores (no anchoring) nor, in blind mode, who nominated.

use super::refusal_message;
use crate::app::AppState;
use crate::auth::Account;
use crate::error::PageError;
use crate::extract::{Allowed, PathId, ReviewCandidacies};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::selection::Refusal;
use heroes_domain::selection::candidacy::State as CandidacyState;
use heroes_domain::selection::rubric::{Rubric, Scores};
use heroes_domain::text::Bounded;
use heroes_store::selection::reviews::{self, Task};
use heroes_store::selection::{self, Candidacy, Evidence, Nomination, cycles};

/// A reviewer's list.
#[derive(Template, WebTemplate)]
#[template(path = "selection/tasks.html")]
pub struct TasksPage {
    i18n: I18n,
    tasks: Vec<Task>,
}

impl TasksPage {
    fn score(&self, weighted: &i64) -> String {
        super::score_text(&Some(*weighted))
    }
}

/// `GET /review`.
pub async fn tasks(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ReviewCandidacies>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let account = &account;
    let tasks = reviews::tasks(&state.db, account.user.id).await?;
    Ok(private(TasksPage { i18n, tasks }))
}

/// Everything a reviewer (or an admin) reads about a candidacy.
pub struct File {
    pub candidacy: Candidacy,
    pub rubric: Rubric,
    pub links: Vec<String>,
    pub nominations: Vec<Nomination>,
    pub evidence: Vec<Evidence>,
}

impl File {
    /// The candidate's bio, written in Markdown like a hero's, as safe HTML.
    pub fn bio_html(&self) -> String {
        crate::web::markdown_to_safe_html(&self.candidacy.bio)
    }
}

/// Loads a candidacy's file.
pub async fn file(state: &AppState, id: i64) -> Result<File, PageError> {
    let candidacy = selection::candidacy(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let rubric = cycles::get(&state.db, candidacy.cycle_id)
        .await?
        .and_then(|c| c.rubric)
        .unwrap_or_else(Rubric::standard);
    Ok(File {
        links: selection::links(&state.db, id).await?,
        nominations: selection::nominations(&state.db, id).await?,
        evidence: selection::evidence(&state.db, id).await?,
        candidacy,
        rubric,
    })
}

/// One file for its reviewer.
#[derive(Template, WebTemplate)]
#[template(path = "selection/review.html")]
pub struct ReviewPage {
    i18n: I18n,
    file: File,
    /// Submitted or saved scores by criterion key.
    scores: Vec<(String, String)>,
    comment: String,
    conflict: Option<String>,
    errors: FieldErrors,
    refusal: Option<String>,
    saved: bool,
    /// False in blind mode.
    show_nominators: bool,
}

impl ReviewPage {
    fn score(&self, key: &str) -> &str {
        self.scores
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// The file if `account` is assigned to it. A nominator of the candidacy is treated as
/// conflicted whatever they declared; anyone not assigned is refused.
async fn assigned(
    state: &AppState,
    account: &Account,
    id: i64,
) -> Result<(File, Option<String>), PageError> {
    let Some(conflict) = reviews::assignment(&state.db, id, account.user.id).await? else {
        return Err(PageError::Forbidden);
    };
    let file = file(state, id).await?;
    let nominated = file
        .nominations
        .iter()
        .any(|n| n.nominator_id == Some(account.user.id));
    let conflict = conflict.or_else(|| nominated.then(|| "nominator".to_owned()));
    Ok((file, conflict))
}

async fn page(
    state: &AppState,
    account: &Account,
    i18n: I18n,
    id: i64,
) -> Result<ReviewPage, PageError> {
    let (file, conflict) = assigned(state, account, id).await?;
    let mine = reviews::reviews(&state.db, id)
        .await?
        .into_iter()
        .find(|r| r.reviewer_id == account.user.id);
    let scores = match &mine {
        Some(r) => file
            .rubric
            .criteria()
            .iter()
            .zip(r.scores())
            .map(|(c, s)| (c.key.clone(), s.to_string()))
            .collect(),
        None => Vec::new(),
    };
    Ok(ReviewPage {
        i18n,
        comment: mine.as_ref().map(|r| r.comment.clone()).unwrap_or_default(),
        saved: mine.is_some(),
        show_nominators: !file.candidacy.blind,
        file,
        scores,
        conflict,
        errors: FieldErrors::default(),
        refusal: None,
    })
}

impl ReviewPage {
    /// Takes the scores and comment as the reviewer typed them, and parses them: `None`
    /// with a message at the first wrong score and at the comment.
    fn answers(&mut self, form: &FormPairs) -> Option<(Scores, Bounded<0, 5000>)> {
        self.scores = self
            .file
            .rubric
            .criteria()
            .iter()
            .map(|c| {
                (
                    c.key.clone(),
                    form.get(&format!("score.{}", c.key)).to_owned(),
                )
            })
            .collect();
        self.comment = form.get("comment").to_owned();
        let comment = Bounded::<0, 5000>::parse("comment", &self.comment);
        let scores = self.file.rubric.scores(|key| {
            self.scores
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        });
        match (scores, comment) {
            (Ok(s), Ok(c)) => Some((s, c)),
            (scores, comment) => {
                if let Err(problems) = scores {
                    for p in problems.iter().take(1) {
                        self.errors.add_problem(&self.i18n, p);
                    }
                }
                if let Err(p) = comment {
                    self.errors.add_problem(&self.i18n, &p);
                }
                None
            }
        }
    }
}

/// `GET /review/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ReviewCandidacies>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    Ok(private(page(&state, &account, i18n, id).await?))
}

/// `POST /review/{id}`: saves the reviewer's scores and comment.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn save(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ReviewCandidacies>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = page(&state, &account, i18n, id).await?;
    let Some((scores, comment)) = page.answers(&form) else {
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    let outcome = if page.conflict.is_some() {
        Err(Refusal::Conflicted)
    } else {
        reviews::save(
            &state.db,
            id,
            account.user.id,
            &page.file.rubric,
            &scores,
            comment.as_str(),
        )
        .await?
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/review/{id}?saved=1")).into_response()),
        Err(r) => {
            page.refusal = Some(refusal_message(&page.i18n, r));
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// `POST /review/{id}/conflict`: declares a conflict of interest; the reviewer leaves the
/// file and any score they gave stops counting.
pub async fn conflict(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ReviewCandidacies>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = page(&state, &account, i18n, id).await?;
    let reason = match Bounded::<3, 500>::parse("reason", form.get("reason")) {
        Ok(r) => r,
        Err(p) => {
            page.errors.add_problem(&page.i18n, &p);
            return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
        }
    };
    let outcome = reviews::declare_conflict(
        &state.db,
        id,
        account.user.id,
        reason.as_str(),
        &page.file.rubric,
        &viewer.actor(),
    )
    .await?;
    match outcome {
        Ok(()) => Ok(Redirect::to("/review").into_response()),
        Err(r) => {
            page.refusal = Some(refusal_message(&page.i18n, r));
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}
