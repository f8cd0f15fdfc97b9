//! `/account/sources` (where a hero publishes), `/account/suggestions` (what was found
//! there) and `/admin/jobs` (the queue, for admins).

use super::worker::{POLL_SOURCE, input_of};
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnContributions, OwnHero, PathId, ReadJobs};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::capture::{SourceKind, SuggestionState};
use heroes_domain::web::WebUrl;
use heroes_store::StoreError;
use heroes_store::capture::{self, Found, Source, Suggestion};
use heroes_store::heroes::HeroDetail;
use heroes_store::jobs::{self, JobState};

/// The sources page.
#[derive(Template, WebTemplate)]
#[template(path = "capture/sources.html")]
pub struct SourcesPage {
    i18n: I18n,
    /// What the lead says about how often sources are read (`--poll-minutes`).
    lead: String,
    /// Each source with its next poll.
    sources: Vec<(Source, Option<chrono::DateTime<Utc>>)>,
    waiting: usize,
    kind: String,
    target: String,
    errors: FieldErrors,
    notice: Option<String>,
}

async fn sources_page(
    state: &AppState,
    hero: &HeroDetail,
    i18n: I18n,
) -> Result<SourcesPage, PageError> {
    let mut sources = Vec::new();
    for source in capture::sources_of(&state.db, hero.card.id).await? {
        let next = jobs::next_run(&state.db, POLL_SOURCE, &source.id.to_string()).await?;
        sources.push((source, next));
    }
    Ok(SourcesPage {
        lead: i18n.tn(
            "sources-lead",
            "minutes",
            state.config.capture.poll_every.num_minutes(),
        ),
        sources,
        waiting: capture::waiting(&state.db, hero.card.id).await?.len(),
        kind: "feed".to_owned(),
        target: String::new(),
        errors: FieldErrors::default(),
        notice: None,
        i18n,
    })
}

/// `GET /account/sources`.
pub async fn sources(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = sources_page(&state, &hero, i18n).await?;
    page.notice = match query.first("notice") {
        Some("added") => Some(page.i18n.t("sources-added")),
        Some("polling") => Some(page.i18n.t("sources-polling")),
        Some("removed") => Some(page.i18n.t("sources-removed")),
        _ => None,
    };
    Ok(private(page))
}

/// `POST /account/sources`: registers a feed address or a GitHub account and polls it soon.
pub async fn add_source(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let raw = form.get("target").trim();
    let mut errors = FieldErrors::default();
    if let Some((kind, target)) = source_of(&i18n, &mut errors, form.get("kind"), raw) {
        let auto = form.get("auto_accept") == "on";
        match capture::add_source(&state.db, hero.card.id, kind, &target, auto).await {
            Ok(id) => {
                jobs::schedule(&state.db, POLL_SOURCE, &id.to_string(), Utc::now()).await?;
                return Ok(Redirect::to("/account/sources?notice=added").into_response());
            }
            Err(StoreError::Conflict { .. }) => errors.add("target", i18n.t("sources-duplicate")),
            Err(e) => return Err(e.into()),
        }
    }
    let mut page = sources_page(&state, &hero, i18n).await?;
    page.errors = errors;
    page.kind = form.get("kind").to_owned();
    page.target = raw.to_owned();
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// The source the form names: a feed address (http or https), or a GitHub login (given
/// bare or as the profile's address). `None` with a message at each wrong field.
fn source_of(
    i18n: &I18n,
    errors: &mut FieldErrors,
    kind: &str,
    raw: &str,
) -> Option<(SourceKind, String)> {
    match SourceKind::from_name(kind) {
        Some(SourceKind::Feed) => match WebUrl::parse("target", raw) {
            Ok(url) => Some((SourceKind::Feed, url.as_str().to_owned())),
            Err(e) => {
                errors.add_problem(i18n, &e);
                None
            }
        },
        Some(SourceKind::GitHub) => {
            let login = raw
                .trim_start_matches("https://github.com/")
                .trim_matches('/');
            let ok = !login.is_empty()
                && login.len() <= 39
                && login.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if ok {
                Some((SourceKind::GitHub, login.to_owned()))
            } else {
                errors.add("target", i18n.t("sources-github-invalid"));
                None
            }
        }
        None => {
            errors.add("kind", i18n.t("sources-kind-invalid"));
            None
        }
    }
}

/// `POST /account/sources/{id}/poll`: poll now rather than at the next scheduled time.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn poll_now(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let source = capture::source(&state.db, id)
        .await?
        .filter(|s| s.hero_id == hero.card.id)
        .ok_or(PageError::NotFound)?;
    jobs::schedule(&state.db, POLL_SOURCE, &source.id.to_string(), Utc::now()).await?;
    Ok(Redirect::to("/account/sources?notice=polling").into_response())
}

/// `POST /account/sources/{id}/auto` (`auto_accept=on|off`): whether new items join the log
/// without asking.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn set_auto_accept(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    capture::set_auto_accept(&state.db, hero.card.id, id, form.get("auto_accept") == "on").await?;
    Ok(Redirect::to("/account/sources").into_response())
}

/// `POST /account/sources/{id}/delete`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn remove_source(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    capture::remove_source(&state.db, hero.card.id, id).await?;
    jobs::cancel(&state.db, POLL_SOURCE, &id.to_string()).await?;
    Ok(Redirect::to("/account/sources?notice=removed").into_response())
}

/// The suggestions page.
#[derive(Template, WebTemplate)]
#[template(path = "capture/suggestions.html")]
pub struct SuggestionsPage {
    i18n: I18n,
    /// Each suggestion with the other addresses it was also published at.
    suggestions: Vec<(Suggestion, Vec<String>)>,
    notice: Option<String>,
}

/// `GET /account/suggestions`.
pub async fn suggestions(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let notice = match query.first("notice") {
        Some("claimed") => Some(i18n.t("suggestions-claimed")),
        Some("declined") => Some(i18n.t("suggestions-declined")),
        Some("was-claimed") => Some(i18n.t("suggestions-was-claimed")),
        Some("was-declined") => Some(i18n.t("suggestions-was-declined")),
        _ => None,
    };
    let mut page = suggestions_page(&state, &hero, i18n).await?;
    page.notice = notice;
    Ok(private(page))
}

/// The suggestions page of `hero`, without a notice.
async fn suggestions_page(
    state: &AppState,
    hero: &HeroDetail,
    i18n: I18n,
) -> Result<SuggestionsPage, PageError> {
    let mut alternates = capture::alternates(&state.db, hero.card.id).await?;
    let suggestions = capture::waiting(&state.db, hero.card.id)
        .await?
        .into_iter()
        .map(|s| {
            let also = alternates.remove(&s.canonical).unwrap_or_default();
            (s, also)
        })
        .collect();
    Ok(SuggestionsPage {
        suggestions,
        notice: None,
        i18n,
    })
}

/// `POST /account/suggestions/{id}/claim`: it becomes a contribution.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn claim(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let s = capture::suggestion(&state.db, hero.card.id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let found = Found {
        url: s.url.clone(),
        canonical: s.canonical.clone(),
        kind: s.kind.clone(),
        title: s.title.clone(),
        published_on: s.published_on,
        description: s.description.clone(),
        stars: s.stars,
        canonical_link: None,
    };
    let mut input = input_of(&found);
    // A talk offered after an event carries its attendance as the reach.
    if let Some(attendees) = s.attendees {
        input.attendees = attendees.to_string();
    }
    let item = match input.parse(Utc::now().date_naive()) {
        Ok(item) => item,
        Err(errors) => {
            // Items are checked when a source is read, so only a suggestion stored before
            // that (or under older rules) gets here: say why, and leave it to the hero.
            let (field, problem) = errors
                .first()
                .map(|e| (e.field, crate::forms::problem_message(&i18n, &e.problem)))
                .unwrap_or_default();
            let notice = i18n.t_args(
                "suggestions-unclaimable",
                &[
                    ("title", s.title.clone()),
                    ("field", field.to_owned()),
                    ("problem", problem),
                ],
            );
            let mut page = suggestions_page(&state, &hero, i18n).await?;
            page.notice = Some(notice);
            return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
        }
    };
    if !capture::claim(&state.db, hero.card.id, id, &item).await? {
        return already_decided(&state, hero.card.id, id).await;
    }
    Ok(Redirect::to("/account/suggestions?notice=claimed").into_response())
}

/// `POST /account/suggestions/{id}/decline`: never offered again.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn decline(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    PathId(id): PathId,
    _form: FormPairs,
) -> Result<Response, PageError> {
    if capture::suggestion(&state.db, hero.card.id, id)
        .await?
        .is_none()
    {
        return Err(PageError::NotFound);
    }
    if !capture::decline(&state.db, hero.card.id, id).await? {
        return already_decided(&state, hero.card.id, id).await;
    }
    Ok(Redirect::to("/account/suggestions?notice=declined").into_response())
}

/// The answer to a claim or decline that came second (another tab, a double click, or
/// automatic acceptance got there first): what became of the suggestion, in words.
async fn already_decided(state: &AppState, hero_id: i64, id: i64) -> Result<Response, PageError> {
    let notice = match capture::suggestion(&state.db, hero_id, id).await? {
        Some(s) if s.state == SuggestionState::Declined => "was-declined",
        _ => "was-claimed",
    };
    Ok(Redirect::to(&format!("/account/suggestions?notice={notice}")).into_response())
}

/// The jobs page.
#[derive(Template, WebTemplate)]
#[template(path = "capture/jobs.html")]
pub struct JobsPage {
    i18n: I18n,
    jobs: Vec<JobState>,
}

impl JobsPage {
    fn failing(&self, job: &JobState, error: &str) -> String {
        self.i18n.t_args_nums(
            "jobs-failing",
            &[("error", error.to_owned())],
            &[("attempts", job.attempts)],
        )
    }
}

/// `GET /admin/jobs`: the queue, failing jobs first.
pub async fn jobs_page(
    State(state): State<AppState>,
    _: Allowed<ReadJobs>,
    i18n: I18n,
) -> Result<Response, PageError> {
    Ok(private(JobsPage {
        jobs: jobs::list(&state.db, 500).await?,
        i18n,
    }))
}
