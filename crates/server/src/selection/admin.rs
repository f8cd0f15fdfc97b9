//! The program team's side: cycles (`/admin/cycles`), the review queue
//! (`/admin/candidacies`) with bulk assignment, and each candidacy's file with every review,
//! the weighted score and spread, and the decision.

use super::mine::{announce_due, nominators};
use super::notices::Notices;
use super::review::{File, file};
use super::{refusal_message, score_text, state_label};
use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::extract::{Allowed, PathId, RunSelection};
use crate::forms::{FieldErrors, FormPairs, problem_message};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use heroes_domain::selection::Refusal;
use heroes_domain::selection::candidacy::State as CandidacyState;
use heroes_domain::selection::cycle::{CycleInput, CycleKind, parse_date};
use heroes_domain::selection::rubric::{
    CriterionInput, LEVEL_PARTS, MAX_CRITERIA, Rubric, RubricProblems, Summary,
};
use heroes_domain::text::Bounded;
use heroes_store::StoreError;
use heroes_store::selection::cycles::{self, Cycle};
use heroes_store::selection::queue::{self, QueueQuery, QueueRow, QueueSort};
use heroes_store::selection::reviews::{self, Assignment, Review};
use heroes_store::selection::steps::{self, Change};
use heroes_store::specializations::Specialization;

/// Candidacies per queue page.
const PER_PAGE: i64 = 50;

/// The cycles page: the list and the form for a new one (or the edit form of one).
#[derive(Template, WebTemplate)]
#[template(path = "selection/cycles.html")]
pub struct CyclesPage {
    i18n: I18n,
    cycles: Vec<Cycle>,
    specializations: Vec<Specialization>,
    /// `Some(id)` when editing.
    editing: Option<i64>,
    input: CycleInput,
    /// The rubric editor's rows (the input's, then spare blank ones) with their messages.
    rubric_rows: Vec<RubricRow>,
    errors: FieldErrors,
    notice: Option<String>,
}

impl CyclesPage {
    fn chosen(&self, slug: &str) -> bool {
        self.input.specializations.iter().any(|s| s == slug)
    }

    /// Lays the input's rubric out as editor rows with `spares` blank rows after it, and the
    /// messages of `problems` next to the fields they are about.
    fn lay_out_rubric(&mut self, spares: usize, problems: Option<&RubricProblems>) {
        let mut inputs = self.input.rubric.clone();
        let room = MAX_EDITOR_ROWS.saturating_sub(inputs.len());
        inputs.extend(std::iter::repeat_n(
            CriterionInput::default(),
            spares.min(room),
        ));
        self.rubric_rows = inputs
            .into_iter()
            .enumerate()
            .map(|(index, input)| RubricRow {
                index,
                input,
                errors: problems
                    .map(|p| {
                        p.rows
                            .iter()
                            .filter(|r| r.row == index)
                            .map(|r| (r.part, problem_message(&self.i18n, &r.problem)))
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
    }
}

/// The most rows the rubric editor reads or shows: the criteria allowed and spares to spare.
const MAX_EDITOR_ROWS: usize = MAX_CRITERIA + 5;
/// Blank rows offered after the criteria, and added by "add more rows".
const SPARE_ROWS: usize = 2;

/// One row of the rubric editor.
pub struct RubricRow {
    /// Its position, which names its fields (`criterion-3-weight`).
    index: usize,
    /// What it holds.
    input: CriterionInput,
    /// Messages by part (`name`, `weight`, `level-1`…).
    errors: Vec<(&'static str, String)>,
}

impl RubricRow {
    /// The message for `part`, if any.
    fn error(&self, part: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, m)| m.as_str())
    }

    /// The levels with their part names, for the template.
    fn levels(&self) -> Vec<(usize, &'static str, &str)> {
        LEVEL_PARTS
            .iter()
            .zip(&self.input.levels)
            .enumerate()
            .map(|(i, (part, text))| (i + 1, *part, text.as_str()))
            .collect()
    }
}

fn blank_cycle(specializations: &[Specialization]) -> CycleInput {
    let today = Utc::now().date_naive();
    CycleInput {
        kind: "selection".to_owned(),
        name: String::new(),
        opens_on: today.to_string(),
        closes_on: (today + chrono::Days::new(30)).to_string(),
        specializations: specializations.iter().map(|s| s.slug.clone()).collect(),
        rubric: Rubric::standard().rows(),
        nomination_limit: "3".to_owned(),
        blind: false,
    }
}

async fn cycles_page(
    state: &AppState,
    i18n: I18n,
    editing: Option<i64>,
) -> Result<CyclesPage, PageError> {
    let specializations = state.specializations(false).await?;
    let cycles = cycles::list(&state.db).await?;
    let input = match editing.and_then(|id| cycles.iter().find(|c| c.id == id)) {
        Some(c) => CycleInput {
            kind: c.kind.as_str().to_owned(),
            name: c.name.clone(),
            opens_on: c.window.opens_on.to_string(),
            closes_on: c.window.closes_on.to_string(),
            specializations: c.specializations.iter().map(|s| s.slug.clone()).collect(),
            rubric: c.rubric.as_ref().map(Rubric::rows).unwrap_or_default(),
            nomination_limit: c.nomination_limit.to_string(),
            blind: c.blind,
        },
        None if editing.is_some() => return Err(PageError::NotFound),
        None => blank_cycle(&specializations),
    };
    let mut page = CyclesPage {
        i18n,
        cycles,
        specializations,
        editing,
        input,
        rubric_rows: Vec::new(),
        errors: FieldErrors::default(),
        notice: None,
    };
    page.lay_out_rubric(SPARE_ROWS, None);
    Ok(page)
}

/// `GET /admin/cycles`.
pub async fn list_cycles(
    State(state): State<AppState>,
    _: Allowed<RunSelection>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = cycles_page(&state, i18n, None).await?;
    if query.first("notice") == Some("saved") {
        page.notice = Some(page.i18n.t("cycles-saved"));
    }
    Ok(private(page))
}

/// `GET /admin/cycles/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn edit_cycle(
    State(state): State<AppState>,
    _: Allowed<RunSelection>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    Ok(private(cycles_page(&state, i18n, Some(id)).await?))
}

fn cycle_input(form: &FormPairs) -> CycleInput {
    CycleInput {
        kind: form.get("kind").to_owned(),
        name: form.get("name").to_owned(),
        opens_on: form.get("opens_on").to_owned(),
        closes_on: form.get("closes_on").to_owned(),
        specializations: form
            .0
            .iter()
            .filter(|(k, _)| k == "specializations")
            .map(|(_, v)| v.clone())
            .collect(),
        rubric: rubric_rows(form),
        nomination_limit: form.get("nomination_limit").to_owned(),
        blind: form.get("blind") == "on",
    }
}

/// The rubric editor's rows from `criterion-N-name`, `criterion-N-weight` and
/// `criterion-N-level-K`, in row order, without the rows ticked for removal or left empty
/// (spares come back as blank rows; leaving them out keeps the rows numbered as the
/// rubric's problems number them, and spares from an earlier page from piling up). Rows past
/// [`MAX_EDITOR_ROWS`] are not read: a form cannot make the server hold more.
fn rubric_rows(form: &FormPairs) -> Vec<CriterionInput> {
    let submitted = form
        .0
        .iter()
        .filter_map(|(k, _)| {
            k.strip_prefix("criterion-")?
                .split('-')
                .next()?
                .parse()
                .ok()
        })
        .map(|i: usize| i + 1)
        .max()
        .unwrap_or(0)
        .min(MAX_EDITOR_ROWS);
    (0..submitted)
        .filter(|i| form.get(&format!("criterion-{i}-remove")) != "on")
        .map(|i| CriterionInput {
            name: form.get(&format!("criterion-{i}-name")).to_owned(),
            weight: form.get(&format!("criterion-{i}-weight")).to_owned(),
            levels: std::array::from_fn(|k| {
                form.get(&format!("criterion-{i}-level-{}", k + 1))
                    .to_owned()
            }),
        })
        .filter(|row| !row.is_blank())
        .collect()
}

/// Saves the cycle form (a new cycle, or the change to `id`), or shows it again with every
/// problem; "add more rows" only shows it again with more rows.
async fn save_cycle(
    state: &AppState,
    viewer: &Viewer,
    i18n: I18n,
    id: Option<i64>,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = cycle_input(&form);
    let mut errors = FieldErrors::default();
    if form.get("more") == "rows" {
        // "Add more rows" keeps everything typed and saves nothing.
        let mut page = cycles_page(state, i18n, id).await?;
        page.input = input;
        page.lay_out_rubric(SPARE_ROWS + 3, None);
        return Ok(private(page));
    }
    let mut rubric_problems = None;
    match input.parse() {
        Ok(cycle) => {
            if write_cycle(state, viewer, &i18n, id, &cycle, &mut errors).await? {
                tell_renewal_now(state, &cycle).await?;
                return Ok(Redirect::to("/admin/cycles?notice=saved").into_response());
            }
        }
        Err(problems) => {
            for p in problems.iter().filter(|p| p.field != "rubric") {
                errors.add_problem(&i18n, p);
            }
            rubric_problems = rubric_refused(&i18n, &input.rubric, &mut errors);
        }
    }
    let mut page = cycles_page(state, i18n, id).await?;
    page.input = input;
    page.errors = errors;
    page.lay_out_rubric(SPARE_ROWS, rubric_problems.as_ref());
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// Creates the cycle or changes `id`: whether it was saved, or why not at its field in
/// `errors` (an overlapping cycle, a rubric already scored with, an unknown specialization).
async fn write_cycle(
    state: &AppState,
    viewer: &Viewer,
    i18n: &I18n,
    id: Option<i64>,
    cycle: &heroes_domain::selection::cycle::NewCycle,
    errors: &mut FieldErrors,
) -> Result<bool, PageError> {
    let saved = match id {
        Some(id) => cycles::update(&state.db, id, cycle, &viewer.actor())
            .await
            .map(|r| r.map(|()| id)),
        None => cycles::create(&state.db, cycle, &viewer.actor()).await,
    };
    match saved {
        Ok(Ok(_)) => return Ok(true),
        Ok(Err(overlap)) => errors.add(
            "specializations",
            i18n.t_args(
                "cycles-overlap",
                &[
                    ("specialization", overlap.specialization),
                    ("cycle", overlap.cycle),
                    ("opens", i18n.date(overlap.window.opens_on)),
                    ("closes", i18n.date(overlap.window.closes_on)),
                ],
            ),
        ),
        Err(StoreError::Conflict { .. }) => errors.add("rubric", i18n.t("cycles-rubric-locked")),
        Err(StoreError::UnknownReference { .. }) => {
            errors.add("specializations", i18n.t("cycles-unknown-specialization"))
        }
        Err(e) => return Err(e.into()),
    }
    Ok(false)
}

/// The rubric's problems, shown by row and field, with one line above them (in `errors`).
fn rubric_refused(
    i18n: &I18n,
    rows: &[CriterionInput],
    errors: &mut FieldErrors,
) -> Option<RubricProblems> {
    let rubric = Rubric::from_rows(rows).err()?;
    let summary = match rubric.whole.first() {
        Some(whole) if rubric.rows.is_empty() => problem_message(i18n, whole),
        Some(whole) => format!(
            "{} {}",
            problem_message(i18n, whole),
            i18n.t("cycles-rubric-rows-invalid")
        ),
        None => i18n.t("cycles-rubric-rows-invalid"),
    };
    errors.add("rubric", summary);
    Some(rubric)
}

/// A renewal cycle open today is told to heroes now rather than at the hourly job's next
/// turn: the job is brought forward (it tells each cycle once, so running early is harmless).
async fn tell_renewal_now(
    state: &AppState,
    cycle: &heroes_domain::selection::cycle::NewCycle,
) -> Result<(), PageError> {
    if cycle.kind == CycleKind::Renewal && cycle.window.contains(Utc::now().date_naive()) {
        heroes_store::jobs::schedule(&state.db, crate::renewal::RENEWAL_OPENED, "due", Utc::now())
            .await?;
    }
    Ok(())
}

/// `POST /admin/cycles`: opens a cycle.
pub async fn create_cycle(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<RunSelection>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    save_cycle(&state, &viewer, i18n, None, form).await
}

/// `POST /admin/cycles/{id}`: changes a cycle.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn update_cycle(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<RunSelection>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    save_cycle(&state, &viewer, i18n, Some(id), form).await
}

/// The review queue.
#[derive(Template, WebTemplate)]
#[template(path = "selection/queue.html")]
pub struct QueuePage {
    i18n: I18n,
    cycles: Vec<Cycle>,
    cycle: Option<Cycle>,
    specialization: String,
    state: String,
    sort: &'static str,
    unassigned: bool,
    rows: Vec<QueueRow>,
    total: i64,
    page: i64,
    pages: i64,
    reviewers: Vec<(i64, String, String)>,
    /// The query string of the current filters (without the page), for links.
    filters: String,
    notice: Option<String>,
}

impl QueuePage {
    fn score(&self, v: &Option<i64>) -> String {
        score_text(v)
    }
    fn state_name(&self, s: &str) -> String {
        CandidacyState::from_stored(s).map_or_else(|| s.to_owned(), |s| state_label(&self.i18n, s))
    }
}

/// The queue's filters as the query states them.
struct QueueFilters {
    /// The chosen cycle, or the latest open selection cycle.
    cycle: Option<Cycle>,
    specialization: String,
    state: String,
    sort: QueueSort,
    unassigned: bool,
    page: i64,
}

impl QueueFilters {
    /// Reads the filters from `query`; anything unreadable is simply not filtered on.
    fn read(query: &QueryPairs, cycles: &[Cycle], today: NaiveDate) -> Self {
        let cycle = match query.first("cycle").and_then(|v| v.parse::<i64>().ok()) {
            Some(id) => cycles.iter().find(|c| c.id == id).cloned(),
            None => cycles
                .iter()
                .filter(|c| c.kind == CycleKind::Selection)
                .find(|c| c.window.opens_on <= today)
                .cloned(),
        };
        QueueFilters {
            cycle,
            specialization: query.first("specialization").unwrap_or("").to_owned(),
            state: query.first("state").unwrap_or("").to_owned(),
            sort: QueueSort::from_param(query.first("sort").unwrap_or("")),
            unassigned: query.first("unassigned") == Some("on"),
            page: query
                .first("page")
                .and_then(|p| p.parse::<i64>().ok())
                .unwrap_or(1)
                .max(1),
        }
    }

    /// The store's query for the chosen cycle, if there is one.
    fn query(&self) -> Option<QueueQuery> {
        let cycle = self.cycle.as_ref()?;
        Some(QueueQuery {
            cycle_id: cycle.id,
            specialization_id: cycle
                .specializations
                .iter()
                .find(|s| s.slug == self.specialization)
                .map(|s| s.id),
            state: CandidacyState::from_stored(&self.state),
            reviewer_id: None,
            unassigned: self.unassigned,
            sort: self.sort,
            page: self.page,
            per_page: PER_PAGE,
        })
    }

    /// The query string of the filters (without the page), for the pager's links.
    fn link_query(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .append_pair(
                "cycle",
                &self
                    .cycle
                    .as_ref()
                    .map(|c| c.id.to_string())
                    .unwrap_or_default(),
            )
            .append_pair("specialization", &self.specialization)
            .append_pair("state", &self.state)
            .append_pair("sort", self.sort.as_str())
            .append_pair("unassigned", if self.unassigned { "on" } else { "" })
            .finish()
    }
}

/// `GET /admin/candidacies`: filters `cycle`, `specialization`, `state`, `unassigned`;
/// `sort` (`score`, `age`, `spread`); `page`.
pub async fn queue_page(
    State(state): State<AppState>,
    _: Allowed<RunSelection>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let cycles = cycles::list(&state.db).await?;
    let filters = QueueFilters::read(&query, &cycles, Utc::now().date_naive());
    let (rows, total) = match filters.query() {
        Some(q) => queue::queue(&state.db, &q).await?,
        None => (Vec::new(), 0),
    };
    let notice = query
        .first("assigned")
        .and_then(|n| n.parse::<i64>().ok())
        .map(|n| i18n.tn("queue-assigned", "count", n));
    Ok(private(QueuePage {
        reviewers: reviews::reviewers(&state.db).await?,
        pages: ((total + PER_PAGE - 1) / PER_PAGE).max(1),
        filters: filters.link_query(),
        i18n,
        cycles,
        cycle: filters.cycle,
        specialization: filters.specialization,
        state: filters.state,
        sort: filters.sort.as_str(),
        unassigned: filters.unassigned,
        rows,
        total,
        page: filters.page,
        notice,
    }))
}

/// `POST /admin/candidacies/assign`: assigns a reviewer to the ticked candidacies, or to
/// every candidacy of a specialization in the cycle (`scope=specialization`).
pub async fn assign(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<RunSelection>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let back = crate::auth::local_path(form.get("back"));
    let back = if back.starts_with("/admin/candidacies") {
        back
    } else {
        "/admin/candidacies"
    };
    let Ok(reviewer) = form.get("reviewer").parse::<i64>() else {
        return Ok(Redirect::to(back).into_response());
    };
    let reviewers = reviews::reviewers(&state.db).await?;
    let Some((_, name, email)) = reviewers.iter().find(|(id, _, _)| *id == reviewer) else {
        return Err(PageError::NotFound);
    };
    let notices = Notices::new(&state.config.base_url, &i18n);
    let account = heroes_store::accounts::by_id(&state.db, reviewer).await?;
    let to = crate::mail::Recipient::of_address(email, account.as_ref());
    let compose = |added: u64| notices.reviewer_assigned((reviewer, name, &to), added);
    let actor = viewer.actor();
    let added = if form.get("scope") == "specialization" {
        let (cycle, spec) = specialization_in_cycle(&state, &form).await?;
        reviews::assign_specialization(&state.db, cycle, spec, reviewer, &actor, compose).await?
    } else {
        let ids: Vec<i64> = form
            .all("ids")
            .iter()
            .filter_map(|v| v.parse().ok())
            .collect();
        reviews::assign(&state.db, &ids, reviewer, &actor, compose).await?
    };
    let sep = if back.contains('?') { '&' } else { '?' };
    Ok(Redirect::to(&format!("{back}{sep}assigned={added}")).into_response())
}

/// The form's `cycle` and one of its `specialization`s (a slug), as ids; anything else is
/// not found.
async fn specialization_in_cycle(
    state: &AppState,
    form: &FormPairs,
) -> Result<(i64, i64), PageError> {
    let cycle = form
        .get("cycle")
        .parse::<i64>()
        .map_err(|_| PageError::NotFound)?;
    let cycle = cycles::get(&state.db, cycle)
        .await?
        .ok_or(PageError::NotFound)?;
    let spec = cycle
        .specializations
        .iter()
        .find(|s| s.slug == form.get("specialization"))
        .ok_or(PageError::NotFound)?;
    Ok((cycle.id, spec.id))
}

/// One candidacy for the program team.
#[derive(Template, WebTemplate)]
#[template(path = "selection/candidacy.html")]
pub struct CandidacyPage {
    i18n: I18n,
    file: File,
    state: String,
    reviews: Vec<Review>,
    summary: Summary,
    summary_text: String,
    assignments: Vec<Assignment>,
    reviewers: Vec<(i64, String, String)>,
    show_nominators: bool,
    decision: String,
    feedback: String,
    renominate_after: String,
    announce_on: String,
    errors: FieldErrors,
    refusal: Option<String>,
    /// What the last step did, shown once after its redirect.
    notice: Option<String>,
}

impl CandidacyPage {
    fn score(&self, v: &Option<i64>) -> String {
        score_text(v)
    }
    fn hundredths(&self, v: &i64) -> String {
        score_text(&Some(*v))
    }
    /// The announcement day as planned, in the reader's words (the form's field keeps ISO,
    /// and may hold a day just typed that was refused).
    fn planned(&self) -> String {
        self.file
            .candidacy
            .announce_on
            .map_or_else(|| self.announce_on.clone(), |d| self.i18n.date(d))
    }
}

async fn candidacy_page(state: &AppState, i18n: I18n, id: i64) -> Result<CandidacyPage, PageError> {
    let file = file(state, id).await?;
    let reviews = reviews::reviews(&state.db, id).await?;
    let scores: Vec<_> = reviews
        .iter()
        .filter_map(|r| file.rubric.stored_scores(r.scores()))
        .collect();
    let summary = file.rubric.summarize(&scores);
    let today = Utc::now().date_naive();
    Ok(CandidacyPage {
        state: state_label(&i18n, file.candidacy.state),
        summary_text: i18n.t_args_n(
            "candidacy-summary",
            &[
                ("score", score_text(&summary.score)),
                ("spread", score_text(&summary.spread)),
            ],
            ("count", summary.reviews as i64),
        ),
        assignments: reviews::assignments(&state.db, id).await?,
        reviewers: reviews::reviewers(&state.db).await?,
        show_nominators: true,
        decision: String::new(),
        feedback: String::new(),
        renominate_after: (today + chrono::Months::new(12)).to_string(),
        announce_on: file
            .candidacy
            .announce_on
            .unwrap_or(today + chrono::Days::new(14))
            .to_string(),
        errors: FieldErrors::default(),
        refusal: None,
        notice: None,
        i18n,
        file,
        reviews,
        summary,
    })
}

/// The notices a step's redirect can ask the candidacy page to show.
const CANDIDACY_NOTICES: [&str; 2] = ["decided", "rescheduled"];

/// `GET /admin/candidacies/{id}`; `?notice=decided|rescheduled` confirms the last step.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    _: Allowed<RunSelection>,
    i18n: I18n,
    PathId(id): PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = candidacy_page(&state, i18n, id).await?;
    if let Some(notice) = query
        .first("notice")
        .filter(|n| CANDIDACY_NOTICES.contains(n))
    {
        page.notice = Some(
            page.i18n.t_args(
                &format!("candidacy-notice-{notice}"),
                &[
                    ("state", page.state.clone()),
                    (
                        "date",
                        page.file
                            .candidacy
                            .announce_on
                            .map(|d| page.i18n.date(d))
                            .unwrap_or_default(),
                    ),
                ],
            ),
        );
    }
    Ok(private(page))
}

/// `POST /admin/candidacies/{id}/announcement`: moves an accepted candidate's announcement to
/// `announce_on`, or makes it today with `now` (at once when they have finished onboarding,
/// otherwise as soon as they do).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn reschedule(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<RunSelection>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = candidacy_page(&state, i18n, id).await?;
    let today = Utc::now().date_naive();
    let date = if form.get("now").is_empty() {
        page.announce_on = form.get("announce_on").to_owned();
        match parse_date("announce_on", &page.announce_on) {
            Ok(d) if d < today => {
                page.errors
                    .add("announce_on", page.i18n.t("decide-date-past"));
                return Ok(page.unprocessable());
            }
            Ok(d) => d,
            Err(problem) => {
                page.errors.add_problem(&page.i18n, &problem);
                return Ok(page.unprocessable());
            }
        }
    } else {
        today
    };
    match steps::reschedule(&state.db, id, date, &viewer.actor()).await? {
        Ok(()) => {
            announce_due(&state.db, &state.config.base_url, &page.i18n).await?;
            Ok(
                Redirect::to(&format!("/admin/candidacies/{id}?notice=rescheduled"))
                    .into_response(),
            )
        }
        Err(r) => Ok(page.refused(r)),
    }
}

/// `POST /admin/candidacies/{id}/decide`: `decision` is `accept` (with `announce_on`),
/// `decline` (with `feedback` and `renominate_after`), `defer`, or `reopen`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn decide(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<RunSelection>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = candidacy_page(&state, i18n, id).await?.with_answers(&form);
    let today = Utc::now().date_naive();
    let Some(decision) = page.decision(today) else {
        return Ok(page.unprocessable());
    };
    let change = match decision.change {
        Some(change) => change,
        None => match cycles::open_for(
            &state.db,
            CycleKind::Selection,
            &page.file.candidacy.specialization_slug,
            today,
        )
        .await?
        {
            Some(c) => Change::Reopen { cycle_id: c.id },
            None => return Ok(page.refused(Refusal::NoOpenCycle)),
        },
    };
    let nominators = nominators(&state, id).await?;
    let notices = Notices::new(&state.config.base_url, &page.i18n);
    let outcome = steps::step(&state.db, id, &change, &viewer.actor(), |c, to| {
        notices.decided(&nominators, c, to, decision.date, &decision.feedback)
    })
    .await?;
    match outcome {
        Ok(_) => {
            announce_due(&state.db, &state.config.base_url, &page.i18n).await?;
            Ok(Redirect::to(&format!("/admin/candidacies/{id}?notice=decided")).into_response())
        }
        Err(r) => Ok(page.refused(r)),
    }
}

/// An admin's decision as the form states it, every field parsed.
struct Decision {
    /// The step; `None` to reopen, whose cycle is the one open when it is made that takes
    /// the candidacy's specialization.
    change: Option<Change>,
    /// What the nominee is told, possibly nothing.
    feedback: String,
    /// The announcement date, or the date from which a new nomination is allowed.
    date: Option<NaiveDate>,
}

/// The decision radio button, with the date that goes with it.
enum Chosen {
    Accept(NaiveDate),
    Decline(NaiveDate),
    Defer,
    Reopen,
}

impl CandidacyPage {
    /// The page with the decision form as the admin filled it in.
    fn with_answers(mut self, form: &FormPairs) -> Self {
        self.decision = form.get("decision").to_owned();
        self.feedback = form.get("feedback").to_owned();
        self.renominate_after = form.get("renominate_after").to_owned();
        self.announce_on = form.get("announce_on").to_owned();
        self
    }

    /// The decision the form states, or `None` with a message at each wrong field. Dates
    /// before `today` are refused: an announcement or a re-nomination date in the past would
    /// take effect at once.
    fn decision(&mut self, today: NaiveDate) -> Option<Decision> {
        let i18n = &self.i18n;
        let mut errors = FieldErrors::default();
        let feedback = errors.check(i18n, Bounded::<0, 5000>::parse("feedback", &self.feedback));
        let date = |errors: &mut FieldErrors, field: &'static str, value: &str| match errors
            .check(i18n, parse_date(field, value))
        {
            Some(d) if d < today => {
                errors.add(field, i18n.t("decide-date-past"));
                None
            }
            other => other,
        };
        let chosen = match self.decision.as_str() {
            "accept" => date(&mut errors, "announce_on", &self.announce_on).map(Chosen::Accept),
            "decline" => {
                if feedback.as_ref().is_some_and(|f| f.as_str().is_empty()) {
                    errors.add("feedback", i18n.t("decide-feedback-required"));
                }
                date(&mut errors, "renominate_after", &self.renominate_after).map(Chosen::Decline)
            }
            "defer" => Some(Chosen::Defer),
            "reopen" => Some(Chosen::Reopen),
            _ => {
                errors.add("decision", i18n.t("decide-choose"));
                None
            }
        };
        let (Some(feedback), Some(chosen), true) = (feedback, chosen, errors.is_empty()) else {
            self.errors = errors;
            return None;
        };
        let feedback = feedback.as_str().to_owned();
        let (change, date) = match chosen {
            Chosen::Accept(announce_on) => (
                Some(Change::Accept {
                    feedback: feedback.clone(),
                    announce_on,
                }),
                Some(announce_on),
            ),
            Chosen::Decline(renominate_after) => (
                Some(Change::Decline {
                    feedback: feedback.clone(),
                    renominate_after,
                }),
                Some(renominate_after),
            ),
            Chosen::Defer => (
                Some(Change::Defer {
                    feedback: feedback.clone(),
                }),
                None,
            ),
            Chosen::Reopen => (None, None),
        };
        Some(Decision {
            change,
            feedback,
            date,
        })
    }

    /// The page again, saying why the step was refused.
    fn refused(mut self, refusal: Refusal) -> Response {
        self.refusal = Some(refusal_message(&self.i18n, refusal));
        self.unprocessable()
    }

    /// The page again with what was typed and the messages, as a 422.
    fn unprocessable(self) -> Response {
        private((StatusCode::UNPROCESSABLE_ENTITY, self))
    }
}
