//! `/account/contributions`: a hero's own log — list, add, change, delete (private ones
//! included), and export as CSV or JSON.
//!
//! The form offers only the reach figures that fit the chosen kind. Without JavaScript,
//! choosing another kind re-renders the form through a GET ("Show the fields for this kind")
//! that carries everything typed so far.

use crate::app::AppState;
use crate::capture::{fetch, metadata};
use crate::error::PageError;
use crate::extract::{ManageOwnContributions, OwnHero, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use heroes_domain::capture::SourceKind;
use heroes_domain::contribution::{
    ContributionInput, ContributionKind, NewContribution, ReachMetric,
};
use heroes_domain::web::WebUrl;
use heroes_store::StoreError;
use heroes_store::contributions::{self, ContributionView};
use heroes_store::heroes::HeroDetail;
use heroes_store::specializations::Specialization;

/// The list page.
#[derive(Template, WebTemplate)]
#[template(path = "contributions/own_list.html")]
pub struct ListPage {
    i18n: I18n,
    hero_slug: String,
    /// Each contribution, with the other addresses it was also published at.
    items: Vec<ContributionView>,
    notice: Option<String>,
    /// Why an upload was refused, one line per problem.
    import_problems: Vec<String>,
}

/// `GET /account/contributions`.
pub async fn list(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let count = |k: &str| {
        query
            .first(k)
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let notice = match query.first("notice") {
        Some("imported") => Some(i18n.t_args_n(
            "own-imported",
            &[("skipped", count("skipped").to_string())],
            ("added", count("added")),
        )),
        Some("added") => Some(i18n.t("own-added")),
        Some("saved") => Some(i18n.t("own-saved")),
        Some("deleted") => Some(i18n.t("own-deleted")),
        _ => None,
    };
    Ok(private(ListPage {
        items: contributions::all_of_hero(&state.db, hero.card.id).await?,
        hero_slug: hero.card.slug,
        notice,
        import_problems: Vec::new(),
        i18n,
    }))
}

/// The largest file `/account/contributions/import` reads.
pub const MAX_IMPORT_BYTES: usize = 4 * 1024 * 1024;

/// `POST /account/contributions/import` (multipart, field `file`: CSV or JSON as exported).
/// All rows or none: any problem is reported by row and nothing is saved.
pub async fn import(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    let upload = crate::forms::read_upload(multipart, "file", MAX_IMPORT_BYTES).await;
    let items = match upload {
        Err(crate::forms::UploadProblem::TooLarge) => Err(vec![i18n.t("own-import-too-large")]),
        Err(_) => Err(vec![i18n.t("own-import-missing")]),
        Ok(bytes) => import_items(&state, &hero, &i18n, &bytes).await?,
    };
    let problems = match items {
        Ok(items) => {
            match contributions::import(&state.db, hero.card.id, &items, Utc::now(), |_| {}).await {
                Ok(report) => {
                    return Ok(Redirect::to(&format!(
                        "/account/contributions?notice=imported&added={}&skipped={}",
                        report.added, report.skipped
                    ))
                    .into_response());
                }
                Err(StoreError::UnknownReference { value, .. }) => {
                    vec![i18n.t1("own-import-unknown-specialization", "value", value)]
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(problems) => problems,
    };
    refused(&state, &hero, i18n, problems).await
}

/// The contributions an uploaded file holds, every row checked and none of them a work the
/// hero logged before; or what is wrong, one line per problem (at most 50).
async fn import_items(
    state: &AppState,
    hero: &HeroDetail,
    i18n: &I18n,
    bytes: &[u8],
) -> Result<Result<Vec<NewContribution>, Vec<String>>, PageError> {
    let inputs = match super::transfer::read(bytes) {
        Ok(inputs) => inputs,
        Err(problem) => {
            return Ok(Err(vec![i18n.t1(
                "own-import-unreadable",
                "reason",
                problem.0,
            )]));
        }
    };
    let first = super::transfer::first_row(bytes);
    let items = match super::transfer::validate(&inputs, Utc::now().date_naive(), first) {
        Ok(items) => items,
        Err(rows) => {
            let problems = rows.iter().flat_map(|r| {
                r.errors.iter().map(|e| {
                    i18n.t_args_nums(
                        "own-import-row",
                        &[
                            ("field", e.field.to_owned()),
                            ("problem", crate::forms::problem_message(i18n, &e.problem)),
                        ],
                        &[("row", crate::forms::count(r.row))],
                    )
                })
            });
            return Ok(Err(problems.take(50).collect()));
        }
    };
    let same = super::transfer::same_works(&state.db, hero.card.id, &items, first).await?;
    if !same.is_empty() {
        let problems = same.iter().take(50);
        return Ok(Err(problems.map(|s| same_work_message(i18n, s)).collect()));
    }
    Ok(Ok(items))
}

/// The list page again, with why an import was refused.
async fn refused(
    state: &AppState,
    hero: &HeroDetail,
    i18n: I18n,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    Ok(private((
        StatusCode::UNPROCESSABLE_ENTITY,
        ListPage {
            items: contributions::all_of_hero(&state.db, hero.card.id).await?,
            hero_slug: hero.card.slug.clone(),
            notice: None,
            import_problems: problems,
            i18n,
        },
    )))
}

/// Why a row of an import repeats a work, naming the entry it repeats.
fn same_work_message(i18n: &I18n, same: &super::transfer::SameWork) -> String {
    match same {
        super::transfer::SameWork::Logged { row, work } => i18n.t_args_nums(
            "own-import-same-work",
            &[("title", work.title.clone()), ("url", work.url.clone())],
            &[("row", crate::forms::count(*row))],
        ),
        super::transfer::SameWork::InFile { row, first } => i18n.t_nums(
            "own-import-same-work-in-file",
            &[
                ("row", crate::forms::count(*row)),
                ("first", crate::forms::count(*first)),
            ],
        ),
    }
}

/// The add and edit form.
#[derive(Template, WebTemplate)]
#[template(path = "contributions/own_form.html")]
pub struct FormPage {
    i18n: I18n,
    /// `None` while adding.
    id: Option<i64>,
    input: ContributionInput,
    errors: FieldErrors,
    specializations: Vec<Specialization>,
    /// After a quick add: what happened when reading the page.
    notice: Option<String>,
    /// The address typed into the quick-add form.
    from: String,
    /// After a quick add: the feed the page announces, when it is not one of the hero's
    /// sources yet (offered as a source, so every later post is captured).
    feed_offer: Option<String>,
    /// While editing: the projects the hero belongs to, any of which the work may be part of.
    projects: Vec<heroes_store::projects::Membership>,
    /// The chosen project's id as typed (empty: none).
    project: String,
}

impl FormPage {
    /// Where the form posts.
    fn action(&self) -> String {
        self.id.map_or_else(
            || "/account/contributions".to_owned(),
            |id| format!("/account/contributions/{id}"),
        )
    }

    /// Where "show the fields for this kind" goes.
    fn refresh_action(&self) -> String {
        self.id.map_or_else(
            || "/account/contributions/new".to_owned(),
            |id| format!("/account/contributions/{id}"),
        )
    }

    fn kinds(&self) -> Vec<&'static str> {
        ContributionKind::ALL.iter().map(|k| k.slug()).collect()
    }

    /// `(field, typed value)` of the reach figures the chosen kind offers.
    fn reach_fields(&self) -> Vec<(&'static str, &str)> {
        let kind =
            ContributionKind::parse("kind", &self.input.kind).unwrap_or(ContributionKind::Other);
        kind.reach_metrics()
            .iter()
            .map(|m| (m.field(), self.input.reach_text(*m)))
            .collect()
    }
}

/// What was typed, from a form or from the query of a "show the fields" GET. Reach figures
/// the kind does not offer are dropped (their inputs were for another kind).
fn input_from(get: impl Fn(&str) -> String) -> ContributionInput {
    let mut input = ContributionInput {
        kind: get("kind"),
        title: get("title"),
        url: get("url"),
        date: get("date"),
        specialization: get("specialization"),
        tags: get("tags"),
        description: get("description"),
        views: get("views"),
        attendees: get("attendees"),
        stars: get("stars"),
        answers: get("answers"),
        private: matches!(get("private").as_str(), "on" | "true" | "1"),
    };
    if let Ok(kind) = ContributionKind::parse("kind", &input.kind) {
        for metric in ReachMetric::ALL {
            if !kind.reach_metrics().contains(&metric) {
                match metric {
                    ReachMetric::Views => input.views.clear(),
                    ReachMetric::Attendees => input.attendees.clear(),
                    ReachMetric::Stars => input.stars.clear(),
                    ReachMetric::Answers => input.answers.clear(),
                }
            }
        }
    }
    input
}

/// The editable form of a stored contribution.
pub(crate) fn input_of(item: &ContributionView) -> ContributionInput {
    let number = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    ContributionInput {
        kind: item.kind.clone(),
        title: item.title.clone(),
        url: item.url.clone(),
        date: item.published_on.to_string(),
        specialization: item.specialization_slug.clone().unwrap_or_default(),
        tags: item.tags().join(", "),
        description: item.description.clone(),
        views: number(item.views),
        attendees: number(item.attendees),
        stars: number(item.stars),
        answers: number(item.answers),
        private: item.private,
    }
}

async fn form_page(
    state: &AppState,
    i18n: I18n,
    id: Option<i64>,
    input: ContributionInput,
    errors: FieldErrors,
) -> Result<FormPage, PageError> {
    Ok(FormPage {
        i18n,
        id,
        input,
        errors,
        specializations: state.specializations(false).await?,
        notice: None,
        from: String::new(),
        feed_offer: None,
        projects: Vec::new(),
        project: String::new(),
    })
}

/// The edit form with the projects the hero's account belongs to and the one chosen.
async fn with_projects(
    state: &AppState,
    mut page: FormPage,
    user_id: i64,
    project: String,
) -> Result<FormPage, PageError> {
    page.projects = heroes_store::projects::of_user(&state.db, user_id).await?;
    page.project = project;
    Ok(page)
}

/// The project chosen on the form: `Ok(None)` for none, `Err` when it is not one the person
/// belongs to.
fn chosen_project(
    typed: &str,
    memberships: &[heroes_store::projects::Membership],
) -> Result<Option<i64>, ()> {
    match typed.trim() {
        "" => Ok(None),
        id => id
            .parse::<i64>()
            .ok()
            .filter(|id| memberships.iter().any(|m| m.project_id == *id))
            .map(Some)
            .ok_or(()),
    }
}

/// `GET /account/contributions/new` (fields may come prefilled in the query).
pub async fn new(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let today = Utc::now().date_naive();
    let from = query.first("from").unwrap_or_default().to_owned();
    let quick = if from.is_empty() {
        QuickAdd {
            input: input_from(|k| query.first(k).unwrap_or_default().to_owned()),
            ..QuickAdd::default()
        }
    } else {
        QuickAdd::read(&state, &i18n, &from, today).await
    };
    let mut input = quick.input;
    if input.kind.is_empty() {
        input.kind = ContributionKind::BlogPost.slug().to_owned();
    }
    if input.date.is_empty() {
        input.date = today.to_string();
    }
    let mut page = form_page(&state, i18n, None, input, quick.errors).await?;
    page.notice = quick.notice;
    page.from = from;
    page.feed_offer = match quick.feed {
        Some(feed) => feed_offer(&state, &hero, feed).await?,
        None => None,
    };
    Ok(private(page))
}

/// What quick add learned from the page it was pointed at.
#[derive(Default)]
struct QuickAdd {
    /// The form, filled from what the page says about itself.
    input: ContributionInput,
    /// Said when the form was filled.
    notice: Option<String>,
    /// The feed the page announces, if any.
    feed: Option<WebUrl>,
    /// Why the address could not be used or read.
    errors: FieldErrors,
}

impl QuickAdd {
    /// Reads the page at `from` (through the safe fetcher) for its title, date, description
    /// and feed.
    async fn read(state: &AppState, i18n: &I18n, from: &str, today: NaiveDate) -> QuickAdd {
        let mut quick = QuickAdd::default();
        let url = match WebUrl::parse("from", from) {
            Ok(url) => url,
            Err(e) => {
                quick.errors.add_problem(i18n, &e);
                return quick;
            }
        };
        match fetch::fetch(&state.config.capture.fetch, url.as_str(), None, None).await {
            Ok(fetch::Fetched::Body {
                bytes,
                url: fetched_at,
                ..
            }) => {
                quick.notice = Some(i18n.t("own-quick-filled"));
                let html = String::from_utf8_lossy(&bytes);
                quick.feed = metadata::feed_link(&html, &fetched_at)
                    .and_then(|f| WebUrl::parse("feed", &f).ok());
                quick.input = metadata::prefill(&html, url.as_str(), today);
            }
            Ok(fetch::Fetched::NotModified) => {}
            Err(e) => {
                let reason = e.to_string();
                quick
                    .errors
                    .add("from", i18n.t1("own-quick-failed", "reason", reason));
                quick.input.url = url.as_str().to_owned();
            }
        }
        quick
    }
}

/// The feed to offer as a new source, unless the hero has it already (in any form of its
/// address).
async fn feed_offer(
    state: &AppState,
    hero: &HeroDetail,
    feed: WebUrl,
) -> Result<Option<String>, PageError> {
    let sources = heroes_store::capture::sources_of(&state.db, hero.card.id).await?;
    let known = sources.iter().any(|s| {
        s.kind == SourceKind::Feed
            && WebUrl::parse("target", &s.target).is_ok_and(|t| t.canonical() == feed.canonical())
    });
    Ok((!known).then(|| feed.as_str().to_owned()))
}

/// `POST /account/contributions`: adds one.
pub async fn create(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = input_from(|k| form.get(k).to_owned());
    save(&state, &hero, i18n, None, input, None).await
}

/// `GET /account/contributions/{id}`: the edit form (the query may carry a changed kind).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn edit(
    State(state): State<AppState>,
    OwnHero { hero, account, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    PathId(id): PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let item = contributions::own(&state.db, hero.card.id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let input = if query.first("kind").is_some() {
        input_from(|k| query.first(k).unwrap_or_default().to_owned())
    } else {
        input_of(&item)
    };
    let project = match query.first("project") {
        Some(typed) => typed.to_owned(),
        None => heroes_store::projects::project_of_contribution(&state.db, id)
            .await?
            .map(|p| p.to_string())
            .unwrap_or_default(),
    };
    let page = form_page(&state, i18n, Some(id), input, FieldErrors::default()).await?;
    Ok(private(
        with_projects(&state, page, account.user.id, project).await?,
    ))
}

/// `POST /account/contributions/{id}`: changes one, and the project it belongs to.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn update(
    State(state): State<AppState>,
    OwnHero { hero, account, .. }: OwnHero<ManageOwnContributions>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    // Someone else's id is not found, whatever the form holds: checked before the form is
    // judged, so an answer never tells that the id exists.
    contributions::own(&state.db, hero.card.id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let input = input_from(|k| form.get(k).to_owned());
    // The form shows the project menu only to someone in a project (or a work linked to
    // one); a form without it leaves the link as it is.
    if !form.0.iter().any(|(k, _)| k == "project") {
        return save(&state, &hero, i18n, Some(id), input, None).await;
    }
    let typed = form.get("project").to_owned();
    let memberships = heroes_store::projects::of_user(&state.db, account.user.id).await?;
    let Ok(project) = chosen_project(&typed, &memberships) else {
        let mut errors = FieldErrors::default();
        errors.add("project", i18n.t("own-project-unknown"));
        let page = form_page(&state, i18n, Some(id), input, errors).await?;
        let page = with_projects(&state, page, account.user.id, typed).await?;
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    save(
        &state,
        &hero,
        i18n,
        Some(id),
        input,
        Some(ProjectChoice {
            user_id: account.user.id,
            typed,
            project,
        }),
    )
    .await
}

/// The project chosen on the edit form.
struct ProjectChoice {
    /// The hero's account (whose memberships count).
    user_id: i64,
    /// As typed, to show again.
    typed: String,
    /// The parsed choice (`None`: the work belongs to no project).
    project: Option<i64>,
}

/// Saves the form (a new work, or the change to `id`): to the list with a notice, or the form
/// again with a message at each field that stopped it.
async fn save(
    state: &AppState,
    hero: &HeroDetail,
    i18n: I18n,
    id: Option<i64>,
    input: ContributionInput,
    choice: Option<ProjectChoice>,
) -> Result<Response, PageError> {
    let mut errors = FieldErrors::default();
    match input.parse(Utc::now().date_naive()) {
        Ok(item) => {
            let written = write(state, hero, &i18n, id, &item, choice.as_ref(), &mut errors);
            if let Some(notice) = written.await? {
                let to = format!("/account/contributions?notice={notice}");
                return Ok(Redirect::to(&to).into_response());
            }
        }
        Err(problems) => {
            errors.add_problems(&i18n, &problems);
        }
    }
    let mut page = form_page(state, i18n, id, input, errors).await?;
    if let Some(c) = choice {
        page = with_projects(state, page, c.user_id, c.typed).await?;
    }
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// Stores `item` (new, or the change to `id`) and links the chosen project: the notice for
/// the list (`added`, `saved`), or `None` with the reason at its field in `errors`.
async fn write(
    state: &AppState,
    hero: &HeroDetail,
    i18n: &I18n,
    id: Option<i64>,
    item: &NewContribution,
    choice: Option<&ProjectChoice>,
    errors: &mut FieldErrors,
) -> Result<Option<&'static str>, PageError> {
    let result = match id {
        Some(id) => contributions::update(&state.db, hero.card.id, id, item, Utc::now())
            .await
            .map(|()| "saved"),
        None => contributions::add(&state.db, &hero.card.slug, item, Utc::now())
            .await
            .map(|_| "added"),
    };
    let notice = match result {
        Ok(notice) => notice,
        Err(StoreError::Conflict { .. }) => {
            errors.add("url", same_work(state, hero, i18n, item).await?);
            return Ok(None);
        }
        Err(StoreError::UnknownReference { .. }) => {
            errors.add("specialization", i18n.t("own-specialization-unknown"));
            return Ok(None);
        }
        Err(e) => return Err(e.into()),
    };
    // Membership is checked again in the statement that links, so a person who left the
    // project meanwhile links nothing and is told.
    if let (Some(id), Some(c)) = (id, choice) {
        let linked = heroes_store::projects::link_contribution(
            &state.db,
            hero.card.id,
            c.user_id,
            id,
            c.project,
        );
        if !linked.await? {
            errors.add("project", i18n.t("own-project-unknown"));
            return Ok(None);
        }
    }
    Ok(Some(notice))
}

/// Why `item`'s address is taken: the address, or another form of it, names a work logged
/// already; the message names that entry.
async fn same_work(
    state: &AppState,
    hero: &HeroDetail,
    i18n: &I18n,
    item: &NewContribution,
) -> Result<String, PageError> {
    let canonical = item.url.canonical();
    let logged =
        contributions::logged_at(&state.db, hero.card.id, std::slice::from_ref(&canonical)).await?;
    Ok(match logged.get(&canonical) {
        Some(work) => i18n.t_args(
            "own-url-same-work",
            &[("title", work.title.clone()), ("url", work.url.clone())],
        ),
        None => i18n.t("own-url-taken"),
    })
}

/// `POST /account/contributions/{id}/delete`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn delete(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    contributions::delete(&state.db, hero.card.id, id).await?;
    Ok(Redirect::to("/account/contributions?notice=deleted").into_response())
}

/// The columns of the CSV export and import, in order.
pub const CSV_COLUMNS: [&str; 12] = [
    "kind",
    "title",
    "url",
    "date",
    "specialization",
    "tags",
    "description",
    "views",
    "attendees",
    "stars",
    "answers",
    "private",
];

/// One field of a CSV row, quoted when it needs to be (RFC 4180). Cells that a spreadsheet
/// would run as a formula get a leading apostrophe.
pub(crate) fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Every contribution as CSV, with a header row.
pub fn to_csv(items: &[ContributionInput]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for i in items {
        let private = if i.private { "true" } else { "false" };
        let row = [
            &i.kind,
            &i.title,
            &i.url,
            &i.date,
            &i.specialization,
            &i.tags,
            &i.description,
            &i.views,
            &i.attendees,
            &i.stars,
            &i.answers,
            private,
        ]
        .map(csv_cell);
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// `GET /account/contributions/export?format=csv|json`.
pub async fn export(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<ManageOwnContributions>,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let items: Vec<ContributionInput> = contributions::all_of_hero(&state.db, hero.card.id)
        .await?
        .iter()
        .map(input_of)
        .collect();
    let (content_type, extension, body) = match query.first("format") {
        Some("json") => (
            "application/json",
            "json",
            serde_json::to_string_pretty(&items).map_err(|e| PageError::Internal(e.into()))?,
        ),
        _ => ("text/csv; charset=utf-8", "csv", to_csv(&items)),
    };
    let mut response = private(([(header::CONTENT_TYPE, content_type)], body));
    let disposition = format!(
        "attachment; filename=\"contributions-{}.{extension}\"",
        hero.card.slug
    );
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).map_err(|e| PageError::Internal(e.into()))?,
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
