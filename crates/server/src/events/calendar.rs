//! Calendars: an `.ics` per event, feeds per group, per specialization and per hero (where
//! they speak), and each person's own feed of their RSVPs behind a secret address they can
//! replace (which revokes the old one) at `/account/calendar`.
//!
//! Times go out in UTC (see `domain::calendar`), so a calendar application shows them right
//! in its own zone, across daylight-saving changes too.

use crate::app::AppState;
use crate::auth::{hash_secret, new_secret};
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnAccount, PathId};
use crate::i18n::I18n;
use crate::web::{QueryPairs, REVALIDATE, cacheable, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use heroes_domain::calendar::{CalendarEvent, ics};
use heroes_store::events::{self, EventQuery, EventSummary};

const ICS: &str = "text/calendar; charset=utf-8";

/// One `VEVENT` for an event; `online_url` only when the reader may have it.
fn calendar_event(base_url: &str, e: &EventSummary, online_url: Option<&str>) -> CalendarEvent {
    let location = match (e.venue.as_str(), online_url) {
        ("", Some(url)) => Some(url.to_owned()),
        ("", None) => None,
        (venue, _) => Some(venue.to_owned()),
    };
    let mut description = e.description.clone();
    if let Some(url) = online_url.filter(|_| !e.venue.is_empty()) {
        description.push_str("\n\n");
        description.push_str(url);
    }
    CalendarEvent {
        uid: format!("event-{}@{}", e.id, crate::web::site_host(base_url)),
        stamp: e.updated_at,
        starts: e.starts_at,
        ends: e.ends_at,
        summary: e.title.clone(),
        description: Some(description).filter(|d| !d.is_empty()),
        location,
        url: Some(format!("{base_url}/events/{}", e.id)),
        sequence: u32::try_from(e.sequence).unwrap_or(0),
        cancelled: e.cancelled,
    }
}

fn answer(headers: &HeaderMap, file: &str, body: String) -> Response {
    let mut response = cacheable(headers, ICS, REVALIDATE, body);
    if let Ok(value) = HeaderValue::from_str(&format!("inline; filename=\"{file}\"")) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A feed of events: the coming ones and those of the last 90 days, so a calendar keeps the
/// recent past.
async fn feed(state: &AppState, mut query: EventQuery) -> Result<Vec<EventSummary>, PageError> {
    query.coming_after = Some(Utc::now() - Duration::days(90));
    query.limit = 500;
    Ok(events::list(&state.db, &query).await?)
}

fn public_ics(state: &AppState, name: &str, list: &[EventSummary]) -> String {
    let base = &state.config.base_url;
    let items: Vec<CalendarEvent> = list.iter().map(|e| calendar_event(base, e, None)).collect();
    ics(name, &items)
}

/// `GET /events/{id}/event.ics`. The online link is left out when only people going see it.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn event_ics(
    State(state): State<AppState>,
    headers: HeaderMap,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let event = events::get(&state.db, id).await?;
    let url = event
        .online_url
        .as_deref()
        .filter(|_| !event.link_for_attendees);
    let item = calendar_event(&state.config.base_url, &event.summary, url);
    let body = ics(&event.summary.title, &[item]);
    Ok(answer(&headers, &format!("event-{id}.ics"), body))
}

/// `GET /groups/{slug}/events.ics`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn group_ics(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let group = heroes_store::groups::get(&state.db, &slug).await?;
    if !group.status.is_public() {
        return Err(PageError::NotFound);
    }
    let list = feed(
        &state,
        EventQuery {
            group: Some(group.id),
            ..EventQuery::default()
        },
    )
    .await?;
    let body = public_ics(&state, &group.name, &list);
    Ok(answer(&headers, &format!("{slug}.ics"), body))
}

/// `GET /specializations/{slug}/events.ics`: events of the specialization or of its groups.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn specialization_ics(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let specialization = heroes_store::specializations::get(&state.db, &slug).await?;
    let list = feed(
        &state,
        EventQuery {
            specialization: Some(slug.clone()),
            ..EventQuery::default()
        },
    )
    .await?;
    let body = public_ics(&state, &specialization.name, &list);
    Ok(answer(&headers, &format!("{slug}.ics"), body))
}

/// `GET /heroes/{slug}/talks.ics`: the events where the hero speaks.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn hero_ics(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let hero = heroes_store::heroes::get(&state.db, &slug).await?;
    let id = heroes_store::heroes::id_of(&state.db, &slug)
        .await?
        .ok_or(PageError::NotFound)?;
    let list = feed(
        &state,
        EventQuery {
            speaker: Some(id),
            ..EventQuery::default()
        },
    )
    .await?;
    let body = public_ics(&state, &hero.card.display_name, &list);
    Ok(answer(&headers, &format!("{slug}-talks.ics"), body))
}

/// `GET /calendar/{secret}/events.ics`: a person's own events (going or waiting), with the online
/// links they may see. Unknown or revoked secrets are 404.
pub async fn personal_ics(
    State(state): State<AppState>,
    i18n: I18n,
    Path(secret): Path<String>,
) -> Result<Response, PageError> {
    let user = events::feed_owner(&state.db, &hash_secret(&secret))
        .await?
        .ok_or(PageError::NotFound)?;
    let base = &state.config.base_url;
    let mut items = Vec::new();
    for (summary, rsvp) in events::mine(&state.db, user).await? {
        let going = rsvp == heroes_domain::events::RsvpState::Going;
        let event = events::get(&state.db, summary.id).await?;
        let url = event
            .online_url
            .as_deref()
            .filter(|_| going || !event.link_for_attendees);
        let mut item = calendar_event(base, &summary, url);
        if !going {
            item.summary = i18n.t1("calendar-waiting-summary", "event", &summary.title);
        }
        items.push(item);
    }
    let mut response = ics(&i18n.t("calendar-mine-name"), &items).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ICS));
    Ok(private(response))
}

/// `/account/calendar`.
#[derive(Template, WebTemplate)]
#[template(path = "events/calendar.html")]
pub struct CalendarPage {
    i18n: I18n,
    /// The address, shown once right after it was made (only its hash is kept).
    address: Option<String>,
    has_feed: bool,
    mine: Vec<(EventSummary, heroes_domain::events::RsvpState)>,
}

impl CalendarPage {
    fn when(&self, e: &EventSummary) -> String {
        super::local_time(&self.i18n, e.starts_at, &e.time_zone)
    }
}

/// `GET /account/calendar`: my events and my calendar address.
pub async fn calendar_page(
    State(state): State<AppState>,
    allowed: Allowed<ManageOwnAccount>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let user = allowed.account.user.id;
    // A fresh secret arrives once, in the redirect after it was made; it is not stored.
    let address = query
        .first("secret")
        .filter(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(|s| format!("{}/calendar/{s}/events.ics", state.config.base_url));
    Ok(private(CalendarPage {
        address,
        has_feed: events::has_feed(&state.db, user).await?,
        mine: events::mine(&state.db, user).await?,
        i18n,
    }))
}

/// `POST /account/calendar`: a new secret address (the old one stops working).
pub async fn new_address(
    State(state): State<AppState>,
    allowed: Allowed<ManageOwnAccount>,
) -> Result<Response, PageError> {
    let (secret, hash) = new_secret();
    events::set_feed_secret(&state.db, allowed.account.user.id, &hash).await?;
    Ok(private(Redirect::to(&format!(
        "/account/calendar?secret={secret}"
    ))))
}

/// `POST /account/calendar/revoke`: no address at all.
pub async fn revoke(
    State(state): State<AppState>,
    allowed: Allowed<ManageOwnAccount>,
) -> Result<Response, PageError> {
    events::revoke_feed(&state.db, allowed.account.user.id).await?;
    Ok(Redirect::to("/account/calendar").into_response())
}
