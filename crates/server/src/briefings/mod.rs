//! Briefings under NDA: `/briefings` for heroes (upcoming and past, RSVP with a waitlist,
//! `.ics`, the join link and recording behind the access log), the staff pages that create
//! and run them (`manage.rs`), NDA versions (`nda.rs`), the personal calendar feed
//! (`calendar.rs`), the mail (`notices.rs`, `jobs.rs`) and `/api/v1/me/briefings` (`api.rs`).
//!
//! Every page of one briefing starts with [`open`], which asks `domain::briefings::access`:
//! whoever may not see the briefing gets the same 404 as for an id that does not exist, so a
//! briefing cannot be probed. Briefings appear in no public page, feed, search, sitemap or
//! public API: only these routes, all private, read them.

pub mod api;
pub mod calendar;
pub mod files;
pub mod jobs;
pub mod manage;
pub mod nda;
pub mod notices;

use crate::app::AppState;
use crate::auth::{Account, Viewer};
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::briefings::{Access, Reader, RsvpState, Viewed, access};
use heroes_domain::calendar::{CalendarEvent, ics};
use heroes_domain::policy::Action;
use heroes_store::briefings::{self, Briefing, RsvpOutcome};

/// A signed-in viewer, whatever their roles: a visitor is sent to sign in before the path is
/// read (so a malformed id behaves like any other), and every account is then answered by
/// the gate alone (404, never 403, so members and alumni learn nothing either).
pub struct SignedIn(pub Viewer);

impl axum::extract::FromRequestParts<AppState> for SignedIn {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, PageError> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        if viewer.account.is_none() {
            return Err(PageError::SignIn { next: viewer.path });
        }
        Ok(SignedIn(viewer))
    }
}

/// A briefing the viewer may see, with what they may do with it.
pub struct Opened {
    pub briefing: Briefing,
    pub access: Access,
    pub account: Account,
    pub viewer: Viewer,
}

impl Opened {
    /// Logs what an eligible hero viewed (`detail`: exactly what, empty but for a file);
    /// organizers and staff are not logged.
    pub async fn log(&self, state: &AppState, what: Viewed, detail: &str) -> Result<(), PageError> {
        if self.access == Access::Eligible {
            briefings::log_detailed(
                &state.db,
                self.briefing.id,
                self.account.user.id,
                what,
                detail,
                &self.viewer.address,
            )
            .await?;
        }
        Ok(())
    }
}

/// The gate's view of a signed-in account.
pub async fn reader_of(state: &AppState, account: &Account) -> Result<Reader, PageError> {
    Ok(briefings::reader(&state.db, account.user.id, account.roles).await?)
}

/// Opens briefing `id` for `viewer`: a visitor is sent to sign in (as for any private page:
/// that reveals nothing), an account that may not see it gets 404.
pub async fn open(state: &AppState, viewer: Viewer, id: i64) -> Result<Opened, PageError> {
    let Some(account) = viewer.account.clone() else {
        return Err(PageError::SignIn { next: viewer.path });
    };
    let briefing = briefings::get(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let reader = reader_of(state, &account).await?;
    match access(&reader, &briefing.gate()) {
        // A hero yet to accept the NDA learns nothing of the briefing either; `/briefings`
        // tells them there is an NDA to read.
        Access::Hidden | Access::NeedsNda => Err(PageError::NotFound),
        access => Ok(Opened {
            briefing,
            access,
            account,
            viewer,
        }),
    }
}

/// [`open`] for a seat's steps (taking one, giving it back): organizers run the briefing and
/// only an eligible hero takes a seat, so for anyone else it is not found.
async fn open_eligible(state: &AppState, viewer: Viewer, id: i64) -> Result<Opened, PageError> {
    let o = open(state, viewer, id).await?;
    if o.access != Access::Eligible {
        return Err(PageError::NotFound);
    }
    Ok(o)
}

/// A briefing in a list, with the viewer's answer.
pub struct Listed {
    pub briefing: Briefing,
    pub rsvp: Option<RsvpState>,
    pub organizer: bool,
}

/// The start of `b` in its organizer's zone, and in the reader's when that reads differently
/// (see [`I18n::event_time`]).
pub fn local_start(i18n: &I18n, b: &Briefing) -> String {
    i18n.event_time(&b.starts_at, crate::i18n_format::zone_or_utc(&b.time_zone))
}

/// Every briefing `reader` may see, with their answer to each; and how many more they
/// would see once they accept the NDA in effect.
pub async fn visible(state: &AppState, reader: &Reader) -> Result<(Vec<Listed>, usize), PageError> {
    let user_id = reader.user_id.unwrap_or_default();
    let answers = briefings::rsvps_of(&state.db, user_id).await?;
    let mut list = Vec::new();
    let mut waiting_for_nda = 0;
    for briefing in briefings::all(&state.db).await? {
        match access(reader, &briefing.gate()) {
            Access::Hidden => {}
            Access::NeedsNda => waiting_for_nda += 1,
            a => list.push(Listed {
                rsvp: answers
                    .iter()
                    .find(|(id, _, _)| *id == briefing.id)
                    .map(|(_, s, _)| *s),
                organizer: a == Access::Organizer,
                briefing,
            }),
        }
    }
    Ok((list, waiting_for_nda))
}

/// `/briefings`.
#[derive(Template, WebTemplate)]
#[template(path = "briefings/list.html")]
pub struct ListPage {
    i18n: I18n,
    upcoming: Vec<Listed>,
    past: Vec<Listed>,
    waiting_for_nda: usize,
    may_run: bool,
    may_attend: bool,
    has_calendar: bool,
    /// A calendar address just made (shown once).
    new_calendar: Option<String>,
    notice: Option<String>,
}

impl ListPage {
    fn local(&self, b: &Briefing) -> String {
        local_start(&self.i18n, b)
    }
}

/// Builds the list page for `account`.
pub async fn list_page(
    state: &AppState,
    i18n: I18n,
    viewer: &Viewer,
    account: &Account,
) -> Result<ListPage, PageError> {
    let reader = reader_of(state, account).await?;
    let (all, waiting_for_nda) = visible(state, &reader).await?;
    let now = Utc::now();
    let (upcoming, mut past): (Vec<_>, Vec<_>) =
        all.into_iter().partition(|l| l.briefing.ends_at() > now);
    past.reverse();
    Ok(ListPage {
        i18n,
        upcoming,
        past,
        waiting_for_nda,
        may_run: viewer.may(Action::RunBriefings),
        may_attend: viewer.may(Action::AttendBriefings),
        has_calendar: briefings::has_calendar(&state.db, account.user.id).await?,
        new_calendar: None,
        notice: None,
    })
}

/// `GET /briefings`: upcoming and past briefings the viewer may see.
pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let account = viewer.require(Action::ReadBriefings)?.clone();
    let mut page = list_page(&state, i18n, &viewer, &account).await?;
    page.notice = match query.first("notice") {
        Some(n @ ("created" | "calendar-revoked" | "nda-accepted")) => {
            Some(page.i18n.t(&format!("briefings-notice-{n}")))
        }
        _ => None,
    };
    Ok(private(page))
}

/// `/briefings/{id}`.
#[derive(Template, WebTemplate)]
#[template(path = "briefings/show.html")]
pub struct ShowPage {
    i18n: I18n,
    b: Briefing,
    organizer: bool,
    rsvp: Option<RsvpState>,
    local: String,
    under_embargo: bool,
    summary_html: String,
    agenda_html: String,
    materials_html: String,
    files: Vec<briefings::BriefingFile>,
    notice: Option<String>,
}

impl ShowPage {
    fn seats(&self) -> String {
        seats(&self.i18n, &self.b)
    }

    fn size(&self, f: &briefings::BriefingFile) -> String {
        files::size(&self.i18n, f.size)
    }
}

/// "12 of 40 taken".
pub fn seats(i18n: &I18n, b: &Briefing) -> String {
    i18n.t_nums(
        "briefing-seats-taken",
        &[("taken", b.going), ("capacity", b.capacity)],
    )
}

/// `GET /briefings/{id}`: the briefing with its agenda and materials; every view by a hero
/// is logged.
pub async fn show(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    i18n: I18n,
    crate::extract::PathId(id): crate::extract::PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let o = open(&state, viewer, id).await?;
    o.log(&state, Viewed::Page, "").await?;
    let rsvp = briefings::rsvps_of(&state.db, o.account.user.id)
        .await?
        .into_iter()
        .find(|(b, _, _)| *b == id)
        .map(|(_, s, _)| s);
    let b = o.briefing;
    let notice = match query.first("notice") {
        Some(n @ ("seated" | "waitlisted" | "cancelled" | "saved" | "already")) => {
            Some(i18n.t(&format!("briefing-notice-{n}")))
        }
        _ => None,
    };
    Ok(private(ShowPage {
        organizer: o.access == Access::Organizer,
        rsvp,
        local: local_start(&i18n, &b),
        under_embargo: b.embargo_until.is_some_and(|d| d > Utc::now().date_naive()),
        summary_html: markdown_to_safe_html(&b.summary),
        agenda_html: markdown_to_safe_html(&b.agenda),
        materials_html: markdown_to_safe_html(&b.materials),
        files: briefings::files(&state.db, id).await?,
        notice,
        i18n,
        b,
    }))
}

/// `POST /briefings/{id}/rsvp`: a seat if one is free, otherwise the waitlist.
pub async fn rsvp(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    crate::extract::PathId(id): crate::extract::PathId,
) -> Result<Response, PageError> {
    let o = open_eligible(&state, viewer, id).await?;
    if o.briefing.starts_at <= Utc::now() {
        return Ok(Redirect::to(&format!("/briefings/{id}")).into_response());
    }
    let outcome = briefings::rsvp(&state.db, id, o.account.user.id, &o.viewer.actor()).await?;
    let notice = match outcome {
        RsvpOutcome::Seated => "seated",
        RsvpOutcome::Waitlisted => "waitlisted",
        RsvpOutcome::Already(_) => "already",
    };
    Ok(Redirect::to(&format!("/briefings/{id}?notice={notice}")).into_response())
}

/// `POST /briefings/{id}/cancel`: withdraws the RSVP; a freed seat goes to the first waiting
/// hero, who is mailed, in the same transaction.
pub async fn cancel(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    crate::extract::PathId(id): crate::extract::PathId,
) -> Result<Response, PageError> {
    let o = open_eligible(&state, viewer, id).await?;
    let notices = notices::Notices::new(&state.config.base_url);
    briefings::cancel(&state.db, id, o.account.user.id, &o.viewer.actor(), |p| {
        notices.promoted(p)
    })
    .await?;
    Ok(Redirect::to(&format!("/briefings/{id}?notice=cancelled")).into_response())
}

/// Sends an eligible hero (logged) or an organizer to `url`.
async fn logged_redirect(
    state: &AppState,
    o: &Opened,
    what: Viewed,
    url: Option<&str>,
) -> Result<Response, PageError> {
    let url = url.ok_or(PageError::NotFound)?;
    o.log(state, what, "").await?;
    Ok(private(Redirect::to(url)))
}

/// `GET /briefings/{id}/join`: the online link, through the access log.
pub async fn join(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    crate::extract::PathId(id): crate::extract::PathId,
) -> Result<Response, PageError> {
    let o = open(&state, viewer, id).await?;
    let url = o.briefing.join_url.clone();
    logged_redirect(&state, &o, Viewed::JoinLink, url.as_deref()).await
}

/// `GET /briefings/{id}/recording`: the recording, through the access log.
pub async fn recording(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    crate::extract::PathId(id): crate::extract::PathId,
) -> Result<Response, PageError> {
    let o = open(&state, viewer, id).await?;
    let url = o.briefing.recording_url.clone();
    logged_redirect(&state, &o, Viewed::Recording, url.as_deref()).await
}

/// The calendar event of a briefing. The join link is not in it: a calendar is synced to
/// places the access log cannot follow; the event links to the page instead.
pub fn event(base_url: &str, b: &Briefing) -> CalendarEvent {
    CalendarEvent {
        uid: format!("briefing-{}@{}", b.id, crate::web::site_host(base_url)),
        stamp: b.updated_at,
        starts: b.starts_at,
        ends: b.ends_at(),
        summary: b.title.clone(),
        description: Some(b.summary.clone()),
        location: (!b.venue.is_empty()).then(|| b.venue.clone()),
        url: Some(format!("{base_url}/briefings/{}", b.id)),
        sequence: u32::try_from(b.sequence).unwrap_or(0),
        cancelled: false,
    }
}

/// An `.ics` answer, private (it names what only its reader may see).
pub fn ics_response(name: &str, events: &[CalendarEvent], filename: &str) -> Response {
    let mut response = private(ics(name, events));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

/// `GET /briefings/{id}/briefing.ics`.
pub async fn ics_file(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    crate::extract::PathId(id): crate::extract::PathId,
) -> Result<Response, PageError> {
    let o = open(&state, viewer, id).await?;
    o.log(&state, Viewed::Calendar, "").await?;
    let event = event(&state.config.base_url, &o.briefing);
    Ok(ics_response(
        &o.briefing.title,
        &[event],
        &format!("briefing-{id}.ics"),
    ))
}
