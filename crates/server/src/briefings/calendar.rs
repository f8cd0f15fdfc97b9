//! A hero's personal calendar feed of briefings: an address with a secret in it (calendar
//! applications send no cookie), stored hashed, revocable, holding only the briefings its
//! owner answered and may still see, checked again at every fetch.

use super::{event, ics_response, list_page, reader_of, visible};
use crate::app::AppState;
use crate::auth::{Viewer, hash_secret, new_secret};
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::private;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::account::Roles;
use heroes_domain::policy::Action;
use heroes_store::{accounts, briefings};

/// `POST /briefings/calendar`: makes a new feed address (any earlier one stops working) and
/// shows it once.
pub async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
) -> Result<Response, PageError> {
    let account = viewer.require(Action::AttendBriefings)?.clone();
    let (secret, hash) = new_secret();
    briefings::set_calendar(&state.db, account.user.id, &hash, &viewer.actor()).await?;
    let mut page = list_page(&state, i18n, &viewer, &account).await?;
    page.new_calendar = Some(format!(
        "{}/calendar/{secret}/briefings.ics",
        state.config.base_url
    ));
    Ok(private(page))
}

/// `POST /briefings/calendar/revoke`.
pub async fn revoke(State(state): State<AppState>, viewer: Viewer) -> Result<Response, PageError> {
    let account = viewer.require(Action::AttendBriefings)?;
    briefings::revoke_calendar(&state.db, account.user.id, &viewer.actor()).await?;
    Ok(Redirect::to("/briefings?notice=calendar-revoked").into_response())
}

/// `GET /calendar/{token}/briefings.ics`: the feed. An unknown or revoked secret is a 404,
/// and so is everything once its owner may no longer see briefings (an alumni's feed is
/// empty at the next fetch).
pub async fn feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(PageError::NotFound);
    }
    let user_id = briefings::calendar_owner(&state.db, &hash_secret(&token))
        .await?
        .ok_or(PageError::NotFound)?;
    let user = accounts::by_id(&state.db, user_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let roles: Roles = accounts::roles(&state.db, &user).await?;
    let account = crate::auth::Account {
        user,
        roles,
        session_hash: String::new(),
    };
    let reader = reader_of(&state, &account).await?;
    let (seen, _) = visible(&state, &reader).await?;
    let events: Vec<_> = seen
        .iter()
        .filter(|l| l.rsvp.is_some())
        .map(|l| event(&state.config.base_url, &l.briefing))
        .collect();
    Ok(ics_response("Briefings", &events, "briefings.ics").into_response())
}
