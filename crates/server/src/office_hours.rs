//! Office hours: staff publish slots (`/staff/office-hours`: a local time in a named zone, a
//! length, a product area, the call's link); heroes book one, cancel, download it as an
//! `.ics` and are reminded the day before (`/office-hours`). One slot takes one booking, also
//! under concurrent bookings: the database decides (see `heroes_store::office_hours`).

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, BookOfficeHours, HoldOfficeHours, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::jobs::{JobContext, Registry};
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use heroes_domain::calendar::{CalendarEvent, ics};
use heroes_domain::office_hours::{NewSlot, SlotForm};
use heroes_store::jobs::{self, Outcome};
use heroes_store::office_hours::{self, Booking, Slot};
use heroes_store::product_areas::{self, ProductArea};
use std::sync::Arc;

/// The queued job that reminds the hero who booked a slot; its key is the slot id.
pub const REMIND: &str = "office-hours-remind";

/// How long before a slot its reminder goes out.
const REMIND_BEFORE: Duration = Duration::hours(24);

/// The slot's start in the host's zone, and in the reader's when that reads differently, as
/// pages and mail show it (see [`I18n::event_time`]).
pub fn local_time(i18n: &I18n, slot: &Slot) -> String {
    i18n.event_time(&slot.starts_at, crate::i18n_format::zone_or_utc(&slot.zone))
}

/// A slot as a list shows it.
pub struct SlotRow {
    slot: Slot,
    local: String,
    utc: String,
}

impl SlotRow {
    fn of(i18n: &I18n, slot: Slot) -> SlotRow {
        SlotRow {
            local: local_time(i18n, &slot),
            utc: i18n.date_time_in(&slot.starts_at, chrono_tz::Tz::UTC),
            slot,
        }
    }
}

/// `/office-hours`: the hero's bookings and the free slots.
#[derive(Template, WebTemplate)]
#[template(path = "office_hours/list.html")]
pub struct HeroPage {
    i18n: I18n,
    booked: Vec<SlotRow>,
    free: Vec<SlotRow>,
    notice: Option<String>,
}

/// `GET /office-hours`.
pub async fn list(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<BookOfficeHours>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let me = account.user.id;
    let now = Utc::now();
    let booked = office_hours::booked_by(&state.db, me)
        .await?
        .into_iter()
        .filter(|s| s.ends_at() > now)
        .map(|s| SlotRow::of(&i18n, s))
        .collect();
    let free = office_hours::upcoming(&state.db, now)
        .await?
        .into_iter()
        .filter(|s| s.booked_by.is_none())
        .map(|s| SlotRow::of(&i18n, s))
        .collect();
    let notice = query
        .first("notice")
        .filter(|n| ["booked", "taken", "past", "cancelled"].contains(n))
        .map(|n| i18n.t(&format!("office-hours-notice-{n}")));
    Ok(private(HeroPage {
        i18n,
        booked,
        free,
        notice,
    }))
}

/// `POST /office-hours/{id}/book`: takes the slot if it is still free and to come; schedules
/// the reminder.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn book(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<BookOfficeHours>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let now = Utc::now();
    let notice = match office_hours::book(&state.db, id, account.user.id, now).await? {
        Booking::Booked => {
            if let Some(slot) = office_hours::get(&state.db, id).await? {
                let at = (slot.starts_at - REMIND_BEFORE).max(now);
                jobs::schedule(&state.db, REMIND, &id.to_string(), at).await?;
            }
            "booked"
        }
        Booking::Taken => "taken",
        Booking::Past => "past",
    };
    // Someone quicker took it, or it started: the page says so.
    Ok(Redirect::to(&format!("/office-hours?notice={notice}")).into_response())
}

/// `POST /office-hours/{id}/cancel`: gives the slot back (only one's own booking; anything
/// else is not found).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn cancel(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<BookOfficeHours>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    if !office_hours::cancel(&state.db, id, account.user.id).await? {
        return Err(PageError::NotFound);
    }
    Ok(Redirect::to("/office-hours?notice=cancelled").into_response())
}

/// `GET /office-hours/{id}/calendar.ics`: the booked slot for a calendar application (only
/// for the hero who booked it; 404 for everyone else).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn calendar(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<BookOfficeHours>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let slot = office_hours::get(&state.db, id)
        .await?
        .filter(|s| s.booked_by == Some(account.user.id))
        .ok_or(PageError::NotFound)?;
    let host = state
        .config
        .base_url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .split(['/', ':'])
        .next()
        .unwrap_or("heroes")
        .to_owned();
    let event = CalendarEvent {
        uid: format!("office-hour-{id}@{host}"),
        stamp: Utc::now(),
        starts: slot.starts_at,
        ends: slot.ends_at(),
        summary: i18n.t1("office-hours-ics-summary", "area", &slot.area_name),
        description: Some(i18n.t1("office-hours-ics-description", "link", &slot.link)),
        location: Some(slot.link.clone()),
        url: Some(format!("{}/office-hours", state.config.base_url)),
        sequence: 0,
        cancelled: false,
    };
    let body = ics(&i18n.t("office-hours-title"), &[event]);
    let mut response = private((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        body,
    ));
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"office-hour-{id}.ics\""))
            .map_err(|e| PageError::Internal(e.into()))?,
    );
    Ok(response)
}

/// The slot form, as typed.
#[derive(Debug, Clone, Default)]
pub struct SlotInput {
    area: String,
    starts: String,
    zone: String,
    minutes: String,
    link: String,
}

/// `/staff/office-hours`: the publish form and the slots the staff member holds.
#[derive(Template, WebTemplate)]
#[template(path = "office_hours/staff.html")]
pub struct StaffPage {
    i18n: I18n,
    areas: Vec<ProductArea>,
    slots: Vec<SlotRow>,
    input: SlotInput,
    errors: FieldErrors,
    notice: Option<String>,
}

async fn staff_page(state: &AppState, i18n: I18n, me: i64) -> Result<StaffPage, PageError> {
    Ok(StaffPage {
        areas: product_areas::list(&state.db).await?,
        slots: office_hours::hosted_by(&state.db, me)
            .await?
            .into_iter()
            .map(|s| SlotRow::of(&i18n, s))
            .collect(),
        input: SlotInput {
            zone: "UTC".to_owned(),
            minutes: "30".to_owned(),
            ..SlotInput::default()
        },
        i18n,
        errors: FieldErrors::default(),
        notice: None,
    })
}

/// `GET /staff/office-hours`.
pub async fn staff(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<HoldOfficeHours>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = staff_page(&state, i18n, account.user.id).await?;
    if query.first("notice") == Some("published") {
        page.notice = Some(page.i18n.t("office-hours-notice-published"));
    }
    Ok(private(page))
}

/// `POST /staff/office-hours`: publishes a slot.
pub async fn publish(
    State(state): State<AppState>,
    allowed: Allowed<HoldOfficeHours>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let me = allowed.account.user.id;
    let input = SlotInput {
        area: form.get("area").trim().to_owned(),
        starts: form.get("starts").to_owned(),
        zone: form.get("zone").to_owned(),
        minutes: form.get("minutes").to_owned(),
        link: form.get("link").to_owned(),
    };
    let mut page = staff_page(&state, i18n, me).await?;
    let mut errors = FieldErrors::default();
    let area = page.areas.iter().find(|a| a.id.to_string() == input.area);
    if area.is_none() {
        errors.add("area", page.i18n.t("feedback-choose-area"));
    }
    let parsed = NewSlot::parse(
        &SlotForm {
            starts: &input.starts,
            zone: &input.zone,
            minutes: &input.minutes,
            link: &input.link,
        },
        Utc::now(),
    );
    match (area, parsed) {
        (Some(area), Ok(new)) if errors.is_empty() => {
            office_hours::publish(&state.db, me, area.id, &new, &allowed.viewer.actor()).await?;
            Ok(Redirect::to("/staff/office-hours?notice=published").into_response())
        }
        (_, parsed) => {
            if let Err(problems) = parsed {
                errors.add_problems(&page.i18n, &problems);
            }
            page.input = input;
            page.errors = errors;
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// Registers the reminder job; `base_url` is for the link in its mail.
pub fn register(registry: &mut Registry, base_url: &str) {
    let base_url: Arc<str> = Arc::from(base_url);
    registry.queued(REMIND, move |ctx| remind(ctx, base_url.clone()));
}

/// Mails the hero who booked the slot, once (the store marks the booking reminded in the
/// same transaction); nothing when the booking is gone or the slot has started.
async fn remind(ctx: JobContext, base_url: Arc<str>) -> Outcome {
    let Ok(id) = ctx.key.parse::<i64>() else {
        return Outcome::Done(None);
    };
    match office_hours::remind(&ctx.db, id, Utc::now(), |to, slot| {
        crate::feedback::notices::reminder(&base_url, to, slot)
    })
    .await
    {
        Ok(_) => Outcome::Done(None),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}
