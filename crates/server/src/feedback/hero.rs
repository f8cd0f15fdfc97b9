//! `/feedback`: a hero files feedback to a product area, follows their items to an answer,
//! answers the team in the thread, and adds "me too" to (or follows) items other heroes
//! shared. An item the hero may not see (another hero's private item) is not found, exactly
//! like one that does not exist.

use super::{day, kind_label, notices, state_label};
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, FileFeedback, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::feedback::{FeedbackForm, Kind, Message, NewFeedback};
use heroes_store::feedback::{self, Item, Voice};
use heroes_store::product_areas::{self, ProductArea};

/// An item as a list shows it.
pub struct Row {
    pub(super) item: Item,
    pub(super) state: String,
    pub(super) kind: String,
    pub(super) filed: String,
}

impl Row {
    pub(super) fn of(i18n: &I18n, item: Item) -> Row {
        Row {
            state: state_label(i18n, item.state),
            kind: kind_label(i18n, item.kind),
            filed: day(i18n, item.created_at),
            item,
        }
    }
}

/// `/feedback`: the hero's items, the ones they follow, and what other heroes shared.
#[derive(Template, WebTemplate)]
#[template(path = "feedback/list.html")]
pub struct ListPage {
    i18n: I18n,
    sections: Vec<Section>,
}

/// One list of the page: its heading, what it says when empty, its rows.
pub struct Section {
    heading: String,
    empty: String,
    rows: Vec<Row>,
}

/// `GET /feedback`.
pub async fn list(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<FileFeedback>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let id = account.user.id;
    let rows =
        |items: Vec<Item>| -> Vec<Row> { items.into_iter().map(|i| Row::of(&i18n, i)).collect() };
    let mine = rows(feedback::filed_by(&state.db, id).await?);
    let followed = rows(feedback::followed_by(&state.db, id).await?);
    let shared = rows(feedback::shared_by_others(&state.db, id).await?);
    let sections = [
        ("feedback-mine", mine),
        ("feedback-followed", followed),
        ("feedback-shared", shared),
    ]
    .into_iter()
    .map(|(id, rows)| Section {
        heading: i18n.t(id),
        empty: i18n.t(&format!("{id}-none")),
        rows,
    })
    .collect();
    Ok(private(ListPage { i18n, sections }))
}

/// The feedback form, as typed.
#[derive(Debug, Clone, Default)]
pub struct Input {
    area: String,
    title: String,
    body: String,
    kind: String,
    impact: String,
    links: String,
    shared: bool,
    /// The id of the briefing it came from; empty for none.
    briefing: String,
}

/// `/feedback/new`: the form.
#[derive(Template, WebTemplate)]
#[template(path = "feedback/new.html")]
pub struct NewPage {
    i18n: I18n,
    areas: Vec<ProductArea>,
    kinds: [Kind; 4],
    /// The briefings the hero may see (id, title), to name the one it came from.
    briefings: Vec<(i64, String)>,
    input: Input,
    errors: FieldErrors,
}

/// The briefings `account` may see, as the form offers them (soonest first).
async fn briefing_choices(
    state: &AppState,
    account: &crate::auth::Account,
) -> Result<Vec<(i64, String)>, PageError> {
    let reader = crate::briefings::reader_of(state, account).await?;
    let (list, _) = crate::briefings::visible(state, &reader).await?;
    Ok(list
        .into_iter()
        .map(|l| (l.briefing.id, l.briefing.title))
        .collect())
}

/// `GET /feedback/new` (`?area=ID` chooses the area).
pub async fn new(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<FileFeedback>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    Ok(private(NewPage {
        i18n,
        areas: product_areas::list(&state.db).await?,
        kinds: Kind::ALL,
        briefings: briefing_choices(&state, &account).await?,
        input: Input {
            area: query.first("area").unwrap_or_default().to_owned(),
            kind: Kind::Bug.as_str().to_owned(),
            briefing: query.first("briefing").unwrap_or_default().to_owned(),
            ..Input::default()
        },
        errors: FieldErrors::default(),
    }))
}

impl Input {
    /// The form as posted.
    fn from_form(form: &FormPairs) -> Self {
        Input {
            area: form.get("area").trim().to_owned(),
            title: form.get("title").to_owned(),
            body: form.get("body").to_owned(),
            kind: form.get("kind").to_owned(),
            impact: form.get("impact").to_owned(),
            links: form.get("links").to_owned(),
            shared: !form.get("shared").is_empty(),
            briefing: form.get("briefing").trim().to_owned(),
        }
    }

    /// The briefing named, one of `briefings` (those the author may see); any other id is
    /// refused exactly like one that does not exist, so the field cannot be used to probe for
    /// briefings.
    fn briefing_in(
        &self,
        briefings: &[(i64, String)],
        i18n: &I18n,
        errors: &mut FieldErrors,
    ) -> Option<i64> {
        if self.briefing.is_empty() {
            return None;
        }
        let found = briefings
            .iter()
            .find(|(id, _)| id.to_string() == self.briefing)
            .map(|(id, _)| *id);
        if found.is_none() {
            errors.add("briefing", i18n.t("feedback-unknown-briefing"));
        }
        found
    }

    /// The item the form describes, or every problem with it.
    fn parse(&self) -> Result<NewFeedback, Vec<heroes_domain::error::ValidationError>> {
        NewFeedback::parse(&FeedbackForm {
            title: &self.title,
            body: &self.body,
            kind: &self.kind,
            impact: &self.impact,
            links: &self.links,
            shared: self.shared,
        })
    }
}

/// `POST /feedback`: files an item; the area's owners are told.
pub async fn create(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<FileFeedback>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = Input::from_form(&form);
    let areas = product_areas::list(&state.db).await?;
    let mut errors = FieldErrors::default();
    let area = areas.iter().find(|a| a.id.to_string() == input.area);
    if area.is_none() {
        errors.add("area", i18n.t("feedback-choose-area"));
    }
    let briefings = briefing_choices(&state, &account).await?;
    let briefing = input.briefing_in(&briefings, &i18n, &mut errors);
    match (area, input.parse()) {
        (Some(area), Ok(new)) if errors.is_empty() => {
            let base = &state.config.base_url;
            let title = new.title.as_str().to_owned();
            let id = feedback::file_from(
                &state.db,
                account.user.id,
                area.id,
                briefing,
                &new,
                |to, id| notices::filed(base, to, id, &area.name, &title),
            )
            .await?;
            Ok(Redirect::to(&format!("/feedback/{id}?notice=filed")).into_response())
        }
        (_, parsed) => {
            for p in parsed.err().iter().flatten() {
                errors.add_problem(&i18n, p);
            }
            let page = NewPage {
                i18n,
                areas,
                kinds: Kind::ALL,
                briefings,
                input,
                errors,
            };
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// A line of the thread as shown.
pub struct Line {
    pub(super) who: String,
    pub(super) from_staff: bool,
    pub(super) internal: bool,
    pub(super) state: Option<String>,
    pub(super) html: String,
    pub(super) when: String,
}

/// The thread as shown (staff pages include the staff-only notes).
pub fn thread_lines(i18n: &I18n, messages: Vec<feedback::Message>) -> Vec<Line> {
    messages
        .into_iter()
        .map(|m| Line {
            who: m
                .author_name
                .clone()
                .unwrap_or_else(|| i18n.t("feedback-deleted-account")),
            from_staff: m.from_staff,
            internal: m.internal,
            state: m
                .state
                .as_deref()
                .and_then(heroes_domain::feedback::State::from_stored)
                .map(|s| state_label(i18n, s)),
            html: markdown_to_safe_html(&m.body),
            when: i18n.date_time(m.created_at),
        })
        .collect()
}

/// `/feedback/{id}`: one item as a hero sees it.
#[derive(Template, WebTemplate)]
#[template(path = "feedback/item.html")]
pub struct ItemPage {
    i18n: I18n,
    row: Row,
    body_html: String,
    lines: Vec<Line>,
    /// The viewer filed it.
    own: bool,
    voted: bool,
    following: bool,
    reply: String,
    errors: FieldErrors,
    notice: Option<String>,
}

async fn item_page(
    state: &AppState,
    i18n: I18n,
    user_id: i64,
    id: i64,
) -> Result<ItemPage, PageError> {
    let item = feedback::for_hero(&state.db, id, user_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let lines = thread_lines(&i18n, feedback::thread(&state.db, id, false).await?);
    let (voted, following) = feedback::stance(&state.db, id, user_id).await?;
    Ok(ItemPage {
        body_html: markdown_to_safe_html(&item.body),
        own: item.author_id == user_id,
        row: Row::of(&i18n, item),
        i18n,
        lines,
        voted,
        following,
        reply: String::new(),
        errors: FieldErrors::default(),
        notice: None,
    })
}

/// `GET /feedback/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<FileFeedback>,
    i18n: I18n,
    PathId(id): PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = item_page(&state, i18n, account.user.id, id).await?;
    if let Some(n) = query
        .first("notice")
        .filter(|n| ["filed", "sent"].contains(n))
    {
        page.notice = Some(page.i18n.t(&format!("feedback-notice-{n}")));
    }
    Ok(private(page))
}

/// `POST /feedback/{id}/reply`: the author answers in the thread; the area's owners are told.
/// Only the author writes here (another hero who may see the item gets 404).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn reply(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<FileFeedback>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let item = feedback::for_hero(&state.db, id, account.user.id)
        .await?
        .filter(|i| i.author_id == account.user.id)
        .ok_or(PageError::NotFound)?;
    let mut errors = FieldErrors::default();
    let Some(body) = errors.check(&i18n, Message::parse("reply", form.get("reply"))) else {
        let mut page = item_page(&state, i18n, account.user.id, id).await?;
        page.reply = form.get("reply").to_owned();
        page.errors = errors;
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    let base = &state.config.base_url;
    feedback::write(
        &state.db,
        id,
        account.user.id,
        Voice::Author,
        body.as_str(),
        |to| notices::answered(base, to, id, &item.title, true),
    )
    .await?;
    Ok(Redirect::to(&format!("/feedback/{id}?notice=sent")).into_response())
}

/// Adds or takes back the viewer's "me too" or follow on an item they may see (404
/// otherwise). Their own item needs neither: they hear of every change anyway, so nothing is
/// stored.
async fn set_stance(
    state: &AppState,
    id: i64,
    user_id: i64,
    form: &FormPairs,
    set: impl AsyncFnOnce(&heroes_store::Db, bool) -> Result<(), heroes_store::StoreError>,
) -> Result<Response, PageError> {
    let item = feedback::for_hero(&state.db, id, user_id)
        .await?
        .ok_or(PageError::NotFound)?;
    if item.author_id != user_id {
        set(&state.db, form.get("on") != "false").await?;
    }
    Ok(Redirect::to(&format!("/feedback/{id}")).into_response())
}

/// `POST /feedback/{id}/vote` with `on=true|false`: "me too", or taking it back.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn vote(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<FileFeedback>,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let me = account.user.id;
    set_stance(&state, id, me, &form, async |db, on| {
        feedback::set_vote(db, id, me, on).await
    })
    .await
}

/// `POST /feedback/{id}/follow` with `on=true|false`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn follow(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<FileFeedback>,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let me = account.user.id;
    set_stance(&state, id, me, &form, async |db, on| {
        feedback::set_follow(db, id, me, on).await
    })
    .await
}
