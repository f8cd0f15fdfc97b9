//! `/staff/feedback`: the program team's queue per product area (filters by status, kind and
//! age; sorted by "me too" or age) and the item page where staff answer the author, write
//! notes only the team sees, and move the item through its states. Every move tells the
//! author and followers.

use super::hero::{Row, thread_lines};
use super::notices;
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, AnswerFeedback, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::feedback::{Kind, Message, Sort, State as ItemState, Transition};
use heroes_domain::text::Bounded;
use heroes_store::feedback::{self, Change, Moved, QueueQuery, Voice};
use heroes_store::product_areas::{self, ProductArea};

/// The ages the queue filters by, in days.
pub const AGES: [i64; 3] = [7, 30, 90];

/// The queue page.
#[derive(Template, WebTemplate)]
#[template(path = "feedback/queue.html")]
pub struct QueuePage {
    i18n: I18n,
    areas: Vec<ProductArea>,
    states: [ItemState; 7],
    kinds: [Kind; 4],
    sorts: [Sort; 3],
    ages: [i64; 3],
    /// The filters as chosen (slug, state, kind, age, sort).
    area: String,
    state: String,
    kind: String,
    age: i64,
    sort: Sort,
    rows: Vec<Row>,
}

/// `GET /staff/feedback?area=&state=&kind=&age=&sort=`.
pub async fn queue(
    State(state): State<AppState>,
    _: Allowed<AnswerFeedback>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let areas = product_areas::list(&state.db).await?;
    let area = query
        .first("area")
        .and_then(|slug| areas.iter().find(|a| a.slug == slug));
    let item_state = query.first("state").and_then(ItemState::from_stored);
    let kind = query
        .first("kind")
        .and_then(|k| Kind::parse("kind", k).ok());
    let age = query
        .first("age")
        .and_then(|a| a.parse::<i64>().ok())
        .filter(|a| AGES.contains(a))
        .unwrap_or(0);
    let sort = Sort::from_query(query.first("sort"));
    let q = QueueQuery {
        area_id: area.map(|a| a.id),
        state: item_state,
        kind,
        filed_before: (age > 0).then(|| Utc::now() - chrono::Duration::days(age)),
        sort,
    };
    let rows = feedback::queue(&state.db, &q)
        .await?
        .into_iter()
        .map(|i| Row::of(&i18n, i))
        .collect();
    Ok(private(QueuePage {
        area: area.map(|a| a.slug.clone()).unwrap_or_default(),
        state: item_state
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default(),
        kind: kind.map(|k| k.as_str().to_owned()).unwrap_or_default(),
        age,
        sort,
        i18n,
        areas,
        states: ItemState::ALL,
        kinds: Kind::ALL,
        sorts: Sort::ALL,
        ages: AGES,
        rows,
    }))
}

/// One item as staff see it: the thread with the staff-only notes, the answer form and the
/// status form.
#[derive(Template, WebTemplate)]
#[template(path = "feedback/staff_item.html")]
pub struct StaffItemPage {
    i18n: I18n,
    row: Row,
    author: String,
    body_html: String,
    lines: Vec<super::hero::Line>,
    transitions: Vec<(Transition, String)>,
    message: String,
    internal: bool,
    transition: String,
    note: String,
    duplicate_of: String,
    errors: FieldErrors,
    notice: Option<String>,
    /// The briefing the item came from: its id, and its title when the viewer runs it (to
    /// anyone else a briefing stays hidden, so only its number shows).
    briefing: Option<(i64, Option<String>)>,
}

/// The briefing item `item` came from, as `account` may learn of it.
async fn origin(
    state: &AppState,
    account: &crate::auth::Account,
    item: &feedback::Item,
) -> Result<Option<(i64, Option<String>)>, PageError> {
    let Some(id) = item.briefing_id else {
        return Ok(None);
    };
    let Some(briefing) = heroes_store::briefings::get(&state.db, id).await? else {
        return Ok(None);
    };
    let reader = crate::briefings::reader_of(state, account).await?;
    let runs = heroes_domain::briefings::access(&reader, &briefing.gate())
        == heroes_domain::briefings::Access::Organizer;
    Ok(Some((id, runs.then_some(briefing.title))))
}

/// Feedback item `id`; 404 when there is none.
async fn get_item(state: &AppState, id: i64) -> Result<feedback::Item, PageError> {
    feedback::get(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)
}

async fn staff_page(
    state: &AppState,
    i18n: I18n,
    id: i64,
    account: &crate::auth::Account,
) -> Result<StaffItemPage, PageError> {
    let item = get_item(state, id).await?;
    let briefing = origin(state, account, &item).await?;
    let lines = thread_lines(&i18n, feedback::thread(&state.db, id, true).await?);
    // Only the steps the state machine allows from here are offered.
    let transitions = Transition::ALL
        .into_iter()
        .filter(|t| item.state.apply(*t).is_ok())
        .map(|t| (t, i18n.t(&format!("feedback-transition-{}", t.as_str()))))
        .collect();
    Ok(StaffItemPage {
        author: item.author_name.clone(),
        body_html: markdown_to_safe_html(&item.body),
        row: Row::of(&i18n, item),
        i18n,
        lines,
        transitions,
        message: String::new(),
        internal: false,
        transition: String::new(),
        note: String::new(),
        duplicate_of: String::new(),
        errors: FieldErrors::default(),
        notice: None,
        briefing,
    })
}

/// `GET /staff/feedback/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AnswerFeedback>,
    i18n: I18n,
    PathId(id): PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = staff_page(&state, i18n, id, &account).await?;
    if let Some(n) = query
        .first("notice")
        .filter(|n| ["sent", "noted", "moved"].contains(n))
    {
        page.notice = Some(page.i18n.t(&format!("feedback-notice-{n}")));
    }
    Ok(private(page))
}

/// `POST /staff/feedback/{id}/reply` with `message` and `internal`: an answer the author is
/// told of, or (ticked) a note only the team sees.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn reply(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<AnswerFeedback>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let item = get_item(&state, id).await?;
    let internal = !form.get("internal").is_empty();
    let mut errors = FieldErrors::default();
    let Some(body) = errors.check(&i18n, Message::parse("message", form.get("message"))) else {
        let mut page = staff_page(&state, i18n, id, &account).await?;
        page.message = form.get("message").to_owned();
        page.internal = internal;
        page.errors = errors;
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    let voice = if internal {
        Voice::StaffNote
    } else {
        Voice::Staff
    };
    let base = &state.config.base_url;
    feedback::write(&state.db, id, account.user.id, voice, body.as_str(), |to| {
        notices::answered(base, to, id, &item.title, false)
    })
    .await?;
    let notice = if internal { "noted" } else { "sent" };
    Ok(Redirect::to(&format!("/staff/feedback/{id}?notice={notice}")).into_response())
}

/// The status change the form asks for: a transition, a note (a decline needs its reason)
/// and, for a duplicate, the original's number (`#12` or `12`). `None` with a message at each
/// field that is wrong.
fn change_of(form: &FormPairs, i18n: &I18n, errors: &mut FieldErrors) -> Option<Change> {
    let transition = errors.check(
        i18n,
        Transition::parse("transition", form.get("transition")),
    );
    let note = errors.check(i18n, Bounded::<0, 10_000>::parse("note", form.get("note")));
    if transition == Some(Transition::Decline)
        && note.as_ref().is_some_and(|n| n.as_str().is_empty())
    {
        errors.add("note", i18n.t("feedback-decline-needs-reason"));
    }
    let duplicate_of = form.get("duplicate_of").trim().trim_start_matches('#');
    let duplicate_of = if transition == Some(Transition::MarkDuplicate) {
        match duplicate_of.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.add("duplicate_of", i18n.t("feedback-duplicate-needs-original"));
                None
            }
        }
    } else {
        None
    };
    match (transition, note) {
        (Some(transition), Some(note)) if errors.is_empty() => Some(Change {
            transition,
            note: note.into_inner(),
            duplicate_of,
        }),
        _ => None,
    }
}

/// `POST /staff/feedback/{id}/state` with `transition`, `note` and, for a duplicate,
/// `duplicate_of`. A decline needs its reason; a refused step is shown in words with
/// everything typed kept.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn change(
    State(state): State<AppState>,
    allowed: Allowed<AnswerFeedback>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let item = get_item(&state, id).await?;
    let mut errors = FieldErrors::default();
    if let Some(change) = change_of(&form, &i18n, &mut errors) {
        let base = &state.config.base_url;
        let moved = feedback::change_state(
            &state.db,
            id,
            &change,
            &allowed.viewer.actor(),
            |to, new_state| notices::moved(base, to, id, &item.title, new_state, &change.note),
        )
        .await?;
        match moved {
            Moved::To(_) => {
                return Ok(
                    Redirect::to(&format!("/staff/feedback/{id}?notice=moved")).into_response()
                );
            }
            Moved::Refused(refusal) => errors.add("transition", i18n.t(refusal.id())),
            Moved::Stale => errors.add("transition", i18n.t("feedback-refusal-stale")),
            Moved::NoSuchOriginal => {
                errors.add("duplicate_of", i18n.t("feedback-duplicate-needs-original"))
            }
        }
    }
    let mut page = staff_page(&state, i18n, id, &allowed.account).await?;
    page.transition = form.get("transition").to_owned();
    page.note = form.get("note").to_owned();
    page.duplicate_of = form.get("duplicate_of").to_owned();
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}
