//! Events: `/events` and each event's page, scheduling by a group's leaders (or by admins for
//! the program), RSVPs with the waitlist, the leaders' check-in list, and the open read
//! `/api/v1/events`. Calendars (`.ics`) are in [`calendar`].

pub mod api;
pub mod calendar;
pub mod feeds;
pub mod jobs;
pub mod notices;

use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::extract::{Allowed, ManageGroups, PathId, TakePart};
use crate::forms::{FieldErrors, FormPairs, StoreRefusals};
use crate::groups::LedGroup;
use crate::i18n::I18n;
use crate::i18n_format::{ZoneSource, zone_or_utc};
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use heroes_domain::events::{EventInput, EventKind, RsvpState};
use heroes_domain::geo::CountryCode;
use heroes_domain::hero::TimeZone;
use heroes_domain::policy::{Action, Decision, decide};
use heroes_store::events::{self, Attendee, Event, EventQuery, EventSummary};
use heroes_store::specializations::Specialization;

/// How the store's refusals of an event form are worded: an unknown specialization, a
/// capacity below the seats taken.
const REFUSALS: StoreRefusals = StoreRefusals {
    unknown: "event-unknown-specialization",
    conflict: "event-capacity-below-going",
};

/// The query parameters `/events` reads.
pub const PAGE_PARAMETERS: &[&str] = &["when", "country", "online", "specialization", "q"];

/// Reads the filters of `/events`, the feeds and the API.
pub fn event_query(query: &QueryPairs, now: DateTime<Utc>) -> EventQuery {
    let past = query.first("when") == Some("past");
    EventQuery {
        coming_after: (!past).then_some(now),
        past_before: past.then_some(now),
        country: query
            .first("country")
            .and_then(|c| CountryCode::parse(c).ok())
            .map(|c| c.as_str().to_owned()),
        online: query.first("online") == Some("1"),
        specialization: query
            .first("specialization")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
        text: heroes_domain::search::query_terms(query.first("q").unwrap_or_default()),
        limit: 200,
        ..EventQuery::default()
    }
}

/// An event's time where it happens, and where the reader is when that reads differently
/// ("Mar 27, 2027, 6:30 PM CET · 2:30 AM JST for you"; see [`I18n::event_time`]).
pub fn local_time(i18n: &I18n, at: DateTime<Utc>, zone: &str) -> String {
    i18n.event_time(&at, zone_or_utc(zone))
}

/// An instant in `zone` only, in the reader's language ("Mar 27, 2027, 6:30 PM CET").
pub fn time_in_zone(i18n: &I18n, at: DateTime<Utc>, zone: &str) -> String {
    i18n.date_time_in(&at, zone_or_utc(zone))
}

/// `/events`.
#[derive(Template, WebTemplate)]
#[template(path = "events/list.html")]
pub struct ListPage {
    i18n: I18n,
    events: Vec<EventSummary>,
    specializations: Vec<Specialization>,
    /// Every country with its name in the reader's language, by that name.
    countries: Vec<(CountryCode, String)>,
    past: bool,
    online: bool,
    country: String,
    specialization: String,
    /// The text filter as typed.
    q: String,
}

impl ListPage {
    fn when(&self, e: &EventSummary) -> String {
        local_time(&self.i18n, e.starts_at, &e.time_zone)
    }
}

/// `GET /events`.
pub async fn show_list(
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<ListPage, PageError> {
    let chosen = event_query(&query, Utc::now());
    Ok(ListPage {
        events: events::list(&state.db, &chosen).await?,
        specializations: state.specializations(false).await?,
        countries: i18n.countries_by_name(CountryCode::all()),
        past: chosen.past_before.is_some(),
        online: chosen.online,
        country: chosen.country.unwrap_or_default(),
        specialization: chosen.specialization.unwrap_or_default(),
        q: query.first("q").unwrap_or_default().to_owned(),
        i18n,
    })
}

/// Whether the viewer runs the event: a leader of its group, or an admin.
pub(crate) async fn manages(
    state: &AppState,
    viewer: &Viewer,
    event: &Event,
) -> Result<bool, PageError> {
    let Some(account) = &viewer.account else {
        return Ok(false);
    };
    if decide(account.roles, Action::ManageGroups) == Decision::Allow {
        return Ok(true);
    }
    Ok(match event.group_id {
        Some(group) => {
            heroes_store::groups::membership(&state.db, group, account.user.id).await? == Some(true)
        }
        None => false,
    })
}

/// An event's page.
#[derive(Template, WebTemplate)]
#[template(path = "events/show.html")]
pub struct EventPage {
    i18n: I18n,
    event: Event,
    description_html: String,
    starts_local: String,
    ends_local: String,
    starts_utc: String,
    ends_utc: String,
    /// The viewer's zone (their hero profile's), when it differs from the event's.
    viewer_times: Option<(String, String)>,
    rsvp: Option<RsvpState>,
    signed_in: bool,
    manages: bool,
    open: bool,
    /// Shown only when the event allows it to the viewer.
    online_url: Option<String>,
    notice: Option<String>,
}

impl EventPage {
    fn going(&self) -> bool {
        self.rsvp == Some(RsvpState::Going)
    }
    fn waiting(&self) -> bool {
        self.rsvp == Some(RsvpState::Waiting)
    }
}

/// `GET /events/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show_event(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    PathId(id): PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let event = events::get(&state.db, id).await?;
    let rsvp = match &viewer.account {
        Some(a) => events::rsvp_of(&state.db, id, a.user.id).await?,
        None => None,
    };
    let manages = manages(&state, &viewer, &event).await?;
    let online_url = event
        .online_url
        .clone()
        .filter(|_| !event.link_for_attendees || manages || rsvp == Some(RsvpState::Going));
    let zone = event.summary.time_zone.clone();
    // The reader's own times, when their zone is known and reads differently from the event's.
    let reader = i18n.zone();
    let viewer_zone = (reader.source() != ZoneSource::Unknown
        && reader.tz().name() != zone_or_utc(&zone).name())
    .then(|| reader.tz().name().to_owned());
    let s = &event.summary;
    let now = Utc::now();
    let notice = query
        .first("notice")
        .and_then(notices::notice_id)
        .map(|id| i18n.t(id));
    Ok(EventPage {
        description_html: markdown_to_safe_html(&s.description),
        starts_local: time_in_zone(&i18n, s.starts_at, &zone),
        ends_local: time_in_zone(&i18n, s.ends_at, &zone),
        starts_utc: time_in_zone(&i18n, s.starts_at, "UTC"),
        ends_utc: time_in_zone(&i18n, s.ends_at, "UTC"),
        viewer_times: viewer_zone.map(|z| {
            (
                time_in_zone(&i18n, s.starts_at, &z),
                time_in_zone(&i18n, s.ends_at, &z),
            )
        }),
        open: heroes_domain::events::takes_rsvps(
            s.starts_at,
            event.rsvp_deadline,
            s.cancelled,
            now,
        )
        .is_ok(),
        rsvp,
        signed_in: viewer.account.is_some(),
        manages,
        online_url,
        notice,
        event,
        i18n,
    }
    .into_response())
}

/// `POST /events/{id}/rsvp`: a seat, or the waitlist; refused with the reason.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn rsvp(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let answer = events::rsvp(&state.db, id, allowed.account.user.id, Utc::now()).await?;
    let notice = match answer {
        Ok(RsvpState::Going) => "going",
        Ok(RsvpState::Waiting) => "waiting",
        Ok(RsvpState::Cancelled) => "cancelled",
        Err(refusal) => notices::refusal_key(refusal),
    };
    Ok(Redirect::to(&format!("/events/{id}?notice={notice}")).into_response())
}

/// `POST /events/{id}/cancel`: gives the place up; the first person waiting gets the seat and
/// a mail, in the same transaction.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn cancel(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let event = events::get(&state.db, id).await?;
    let base_url = state.config.base_url.clone();
    let answer = events::cancel(
        &state.db,
        id,
        allowed.account.user.id,
        Utc::now(),
        |person| notices::promoted(&base_url, &event, person),
    )
    .await?;
    let notice = match answer {
        Ok(_) => "cancelled",
        Err(refusal) => notices::refusal_key(refusal),
    };
    Ok(Redirect::to(&format!("/events/{id}?notice={notice}")).into_response())
}

/// The scheduling form (new or edit).
#[derive(Template, WebTemplate)]
#[template(path = "events/form.html")]
pub struct EventForm {
    i18n: I18n,
    /// Where the form posts.
    action: String,
    /// What it is for: the group's name, or the program.
    context: String,
    editing: bool,
    input: EventInput,
    errors: FieldErrors,
    kinds: [EventKind; 4],
    specializations: Vec<Specialization>,
}

impl EventForm {
    /// The typed value of a text field, by name.
    fn value(&self, field: &str) -> &str {
        let i = &self.input;
        match field {
            "title" => &i.title,
            "starts" => &i.starts,
            "ends" => &i.ends,
            "time_zone" => &i.time_zone,
            "venue" => &i.venue,
            "online_url" => &i.online_url,
            "capacity" => &i.capacity,
            "rsvp_deadline" => &i.rsvp_deadline,
            _ => "",
        }
    }
}

fn read_input(form: &FormPairs) -> EventInput {
    EventInput {
        title: form.get("title").to_owned(),
        description: form.get("description").to_owned(),
        kind: form.get("kind").to_owned(),
        starts: form.get("starts").to_owned(),
        ends: form.get("ends").to_owned(),
        time_zone: form.get("time_zone").to_owned(),
        venue: form.get("venue").to_owned(),
        online_url: form.get("online_url").to_owned(),
        link_for_attendees: form.get("link_for_attendees") == "1",
        capacity: form.get("capacity").to_owned(),
        rsvp_deadline: form.get("rsvp_deadline").to_owned(),
        specialization: form.get("specialization").to_owned(),
        speakers: form.get("speakers").to_owned(),
    }
}

fn input_of(event: &Event) -> EventInput {
    let s = &event.summary;
    let local = |at: DateTime<Utc>| match TimeZone::parse("zone", &s.time_zone) {
        Ok(z) => heroes_domain::calendar::ZonedTime::from_instant(at, z).local_input(),
        Err(_) => at.format("%Y-%m-%dT%H:%M").to_string(),
    };
    EventInput {
        title: s.title.clone(),
        description: s.description.clone(),
        kind: s.kind.as_str().to_owned(),
        starts: local(s.starts_at),
        ends: local(s.ends_at),
        time_zone: s.time_zone.clone(),
        venue: s.venue.clone(),
        online_url: event.online_url.clone().unwrap_or_default(),
        link_for_attendees: event.link_for_attendees,
        capacity: s.capacity.map(|c| c.to_string()).unwrap_or_default(),
        rsvp_deadline: event.rsvp_deadline.map(local).unwrap_or_default(),
        specialization: s.specialization.clone().unwrap_or_default(),
        speakers: event
            .speakers
            .iter()
            .map(|sp| {
                format!(
                    "{} | {}",
                    sp.hero_slug.as_deref().unwrap_or(&sp.name),
                    sp.talk_title
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

async fn form_page(
    state: &AppState,
    i18n: I18n,
    action: String,
    context: String,
    editing: bool,
    input: EventInput,
) -> Result<EventForm, PageError> {
    Ok(EventForm {
        action,
        context,
        editing,
        input,
        errors: FieldErrors::default(),
        kinds: EventKind::ALL,
        specializations: state.specializations(false).await?,
        i18n,
    })
}

/// `GET /groups/{slug}/events/new`: a leader schedules an event of the group.
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn new_for_group(
    State(state): State<AppState>,
    LedGroup { group, .. }: LedGroup,
    i18n: I18n,
) -> Result<Response, PageError> {
    let input = EventInput {
        kind: "meetup".to_owned(),
        time_zone: "UTC".to_owned(),
        ..EventInput::default()
    };
    Ok(private(
        form_page(
            &state,
            i18n,
            format!("/groups/{}/events/new", group.slug),
            group.name,
            false,
            input,
        )
        .await?,
    ))
}

/// `POST /groups/{slug}/events/new`.
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn create_for_group(
    State(state): State<AppState>,
    LedGroup { group, viewer, .. }: LedGroup,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    if !group.status.is_open() {
        return Err(PageError::Forbidden);
    }
    let action = format!("/groups/{}/events/new", group.slug);
    create(
        &state,
        &viewer,
        i18n,
        Some(group.id),
        action,
        group.name,
        &form,
    )
    .await
}

/// `GET /admin/events/new`: an event of the program itself.
pub async fn new_for_program(
    State(state): State<AppState>,
    _: Allowed<ManageGroups>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let input = EventInput {
        kind: "conference".to_owned(),
        time_zone: "UTC".to_owned(),
        ..EventInput::default()
    };
    let context = i18n.t("event-of-the-program");
    Ok(private(
        form_page(
            &state,
            i18n,
            "/admin/events/new".to_owned(),
            context,
            false,
            input,
        )
        .await?,
    ))
}

/// `POST /admin/events/new`.
pub async fn create_for_program(
    State(state): State<AppState>,
    allowed: Allowed<ManageGroups>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let context = i18n.t("event-of-the-program");
    create(
        &state,
        &allowed.viewer,
        i18n,
        None,
        "/admin/events/new".to_owned(),
        context,
        &form,
    )
    .await
}

async fn create(
    state: &AppState,
    viewer: &Viewer,
    i18n: I18n,
    group: Option<i64>,
    action: String,
    context: String,
    form: &FormPairs,
) -> Result<Response, PageError> {
    let input = read_input(form);
    let mut errors = FieldErrors::default();
    if let Some(event) = errors.check_all(&i18n, input.parse()) {
        match events::create(&state.db, group, &event, &viewer.actor()).await {
            Ok(id) => {
                return Ok(Redirect::to(&format!("/events/{id}?notice=saved")).into_response());
            }
            Err(e) => errors.store_refusal(&i18n, e, &REFUSALS)?,
        }
    }
    let mut page = form_page(state, i18n, action, context, false, input).await?;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// The event named in the path, for someone who runs it (403 otherwise).
async fn managed_event(state: &AppState, viewer: &Viewer, id: i64) -> Result<Event, PageError> {
    let event = events::get(&state.db, id).await?;
    if manages(state, viewer, &event).await? {
        Ok(event)
    } else {
        Err(PageError::Forbidden)
    }
}

fn context_of(i18n: &I18n, event: &Event) -> String {
    event
        .summary
        .group_name
        .clone()
        .unwrap_or_else(|| i18n.t("event-of-the-program"))
}

/// `GET /events/{id}/edit`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn edit_form(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let event = managed_event(&state, &allowed.viewer, id).await?;
    let context = context_of(&i18n, &event);
    Ok(private(
        form_page(
            &state,
            i18n,
            format!("/events/{id}/edit"),
            context,
            true,
            input_of(&event),
        )
        .await?,
    ))
}

/// `POST /events/{id}/edit`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn save(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let event = managed_event(&state, &allowed.viewer, id).await?;
    let input = read_input(&form);
    let mut errors = FieldErrors::default();
    if let Some(new) = errors.check_all(&i18n, input.parse()) {
        match events::update(&state.db, id, &new, &allowed.viewer.actor()).await {
            Ok(()) => {
                let now = Utc::now();
                if new.ends.instant() <= now {
                    // An event recorded after it took place offers its talks to their hero
                    // speakers at once rather than at the next hourly run (the same
                    // idempotent offer).
                    events::offer_talks(&state.db, &state.config.base_url, now).await?;
                }
                return Ok(Redirect::to(&format!("/events/{id}?notice=saved")).into_response());
            }
            Err(e) => errors.store_refusal(&i18n, e, &REFUSALS)?,
        }
    }
    let context = context_of(&i18n, &event);
    let mut page = form_page(
        &state,
        i18n,
        format!("/events/{id}/edit"),
        context,
        true,
        input,
    )
    .await?;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// The check-in list.
#[derive(Template, WebTemplate)]
#[template(path = "events/check_in.html")]
pub struct CheckInPage {
    i18n: I18n,
    event: Event,
    attendees: Vec<Attendee>,
    search: String,
}

/// `GET /events/{id}/check-in?q=`: the people going, searchable, for the leaders at the door.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn check_in_list(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    PathId(id): PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let event = managed_event(&state, &allowed.viewer, id).await?;
    let search = query.first("q").unwrap_or("").to_owned();
    Ok(private(CheckInPage {
        attendees: events::attendees(&state.db, id, &search).await?,
        event,
        search,
        i18n,
    }))
}

/// `POST /events/{id}/check-in` with `user` and `present=1|0`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn check_in(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    managed_event(&state, &allowed.viewer, id).await?;
    let Ok(user) = form.get("user").parse::<i64>() else {
        return Err(PageError::NotFound);
    };
    events::check_in(&state.db, id, user, form.get("present") == "1", Utc::now()).await?;
    let back = match form.get("q") {
        "" => format!("/events/{id}/check-in"),
        q => format!(
            "/events/{id}/check-in?q={}",
            form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
        ),
    };
    Ok(Redirect::to(&back).into_response())
}
