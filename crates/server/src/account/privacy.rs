//! `/account/export` and `/account/delete`: everyone can take all their data with them, and
//! leave.

use crate::app::AppState;
use crate::auth::pages::NoticePage;
use crate::auth::{Viewer, clear_session_cookie, password};
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnAccount};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use heroes_store::accounts;

/// `GET /account/export`: everything held about the account, as one JSON document.
pub async fn export(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
) -> Result<Response, PageError> {
    let document = super::export::document(&state.db, &account, &viewer.actor()).await?;
    let body =
        serde_json::to_string_pretty(&document).map_err(|e| PageError::Internal(e.into()))?;
    let mut response =
        private(([(header::CONTENT_TYPE, "application/json")], body).into_response());
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"heroes-account.json\""),
    );
    Ok(response)
}

/// The page that explains what deleting an account does, and asks to confirm.
#[derive(Template, WebTemplate)]
#[template(path = "account/delete.html")]
pub struct DeletePage {
    i18n: I18n,
    has_hero: bool,
    errors: FieldErrors,
}

/// `GET /account/delete`.
pub async fn confirm(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ManageOwnAccount>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let account = &account;
    Ok(private(
        DeletePage {
            i18n,
            has_hero: super::profile::hero_of(&state.db, &account.user)
                .await?
                .is_some(),
            errors: FieldErrors::default(),
        }
        .into_response(),
    ))
}

/// `POST /account/delete`: erases the account once the password confirms it.
pub async fn delete(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    // Counted like a sign-in attempt: a stolen session cannot guess the password here.
    let ok =
        password::recheck_own(&state.db, &viewer, account, form.get("current_password")).await?;
    if !ok {
        let mut errors = FieldErrors::default();
        errors.add("current_password", i18n.t("account-current-password-wrong"));
        return Ok(private(
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                DeletePage {
                    i18n,
                    has_hero: account.user.hero_id.is_some(),
                    errors,
                },
            )
                .into_response(),
        ));
    }
    give_up_seats(&state, &viewer, account.user.id).await?;
    accounts::erase(&state.db, account.user.id, &viewer.actor()).await?;
    let mut response = NoticePage {
        title: i18n.t("delete-done-title"),
        message: i18n.t("delete-done-body"),
        link: Some((i18n.t("error-go-home"), "/".to_owned())),
        i18n,
    }
    .into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(response)
}

/// Gives up the seats a person holds at coming briefings and events before their account is
/// erased, as if they had cancelled: the first one waiting gets each seat and is mailed. (The
/// erasure's cascade would only delete the RSVP and leave the seat empty while others wait.)
/// Each cancellation is its own transaction, run before the erasure's.
async fn give_up_seats(state: &AppState, viewer: &Viewer, user_id: i64) -> Result<(), PageError> {
    let now = chrono::Utc::now();
    let briefing_notices = crate::briefings::notices::Notices::new(&state.config.base_url);
    for (briefing_id, _, _) in heroes_store::briefings::rsvps_of(&state.db, user_id).await? {
        let coming = heroes_store::briefings::get(&state.db, briefing_id)
            .await?
            .is_some_and(|b| b.starts_at > now);
        if coming {
            heroes_store::briefings::cancel(
                &state.db,
                briefing_id,
                user_id,
                &viewer.actor(),
                |p| briefing_notices.promoted(p),
            )
            .await?;
        }
    }
    for (event, rsvp) in heroes_store::events::mine(&state.db, user_id).await? {
        if event.starts_at > now && rsvp != heroes_domain::events::RsvpState::Cancelled {
            let full = heroes_store::events::get(&state.db, event.id).await?;
            // A refusal (the event started meanwhile) leaves the RSVP to the erasure.
            let _ = heroes_store::events::cancel(&state.db, event.id, user_id, now, |person| {
                crate::events::notices::promoted(&state.config.base_url, &full, person)
            })
            .await?;
        }
    }
    Ok(())
}
