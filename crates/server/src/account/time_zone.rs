//! `/account/time-zone`: the zone every time is shown to this account in (`users.time_zone`).
//! Without a choice, a hero's profile zone applies, then the browser's, then UTC (see
//! `i18n_format`).

use super::profile::{ZoneChoice, zone_choices};
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnAccount};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::hero::TimeZone;
use heroes_store::accounts::{self, User};

/// The form.
#[derive(Template, WebTemplate)]
#[template(path = "account/time_zone.html")]
pub struct TimeZonePage {
    i18n: I18n,
    /// The value in the menu: the stored choice, or what was sent.
    chosen: String,
    /// The hero profile's zone, used when nothing is chosen.
    hero_zone: Option<String>,
    /// The time now as this page shows it, so the effect is visible.
    now: String,
    saved: bool,
    errors: FieldErrors,
}

impl TimeZonePage {
    fn new(i18n: I18n, user: &User, chosen: String) -> Self {
        Self {
            now: i18n.date_time(Utc::now()),
            i18n,
            chosen,
            hero_zone: user.hero_time_zone.clone().filter(|z| !z.is_empty()),
            saved: false,
            errors: FieldErrors::default(),
        }
    }

    fn choices(&self) -> Vec<(String, Vec<ZoneChoice>)> {
        zone_choices(&self.i18n, &self.chosen)
    }
}

/// `GET /account/time-zone`.
pub async fn edit(
    Allowed { account, .. }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    query: QueryPairs,
) -> Response {
    let mut page = TimeZonePage::new(i18n, &account.user, account.user.time_zone.clone());
    page.saved = query.first("saved").is_some();
    private(page.into_response())
}

/// `POST /account/time-zone`: an IANA name, or nothing to go back to the default.
pub async fn save(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let typed = form.get("time_zone").trim();
    let zone = if typed.is_empty() {
        None
    } else {
        match TimeZone::parse("time_zone", typed) {
            Ok(zone) => Some(zone),
            Err(e) => {
                let mut page = TimeZonePage::new(i18n, &account.user, typed.to_owned());
                page.errors.add_problem(&page.i18n, &e);
                let answer = (StatusCode::UNPROCESSABLE_ENTITY, page).into_response();
                return Ok(private(answer));
            }
        }
    };
    accounts::set_time_zone(&state.db, account.user.id, zone).await?;
    Ok(Redirect::to("/account/time-zone?saved=1").into_response())
}
