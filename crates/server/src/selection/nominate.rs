//! `/nominate`: any signed-in member nominates someone for a specialization in the open
//! selection cycle.

use super::notices::Notices;
use super::refusal_message;
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, Nominate};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::mail::Recipient;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::selection::cycle::CycleKind;
use heroes_domain::selection::nomination::NominationInput;
use heroes_store::accounts;
use heroes_store::selection::cycles::{self, Cycle};
use heroes_store::selection::nominate::{self, Nominator};

/// The nomination page: the form while a cycle is open, otherwise when the next one opens.
/// Several cycles may be open at once for different specializations; the form then offers
/// all their specializations, grouped by cycle, and a nomination goes to the cycle that
/// takes the one chosen.
#[derive(Template, WebTemplate)]
#[template(path = "selection/nominate.html")]
pub struct NominatePage {
    i18n: I18n,
    cycles: Vec<Cycle>,
    /// One sentence per open cycle (or one saying when the next opens).
    leads: Vec<String>,
    input: NominationInput,
    errors: FieldErrors,
    refusal: Option<String>,
}

async fn page(
    state: &AppState,
    i18n: I18n,
    input: NominationInput,
) -> Result<NominatePage, PageError> {
    let today = Utc::now().date_naive();
    let cycles = cycles::open(&state.db, CycleKind::Selection, today).await?;
    let leads = if cycles.is_empty() {
        vec![
            match cycles::next(&state.db, CycleKind::Selection, today).await? {
                Some(next) => i18n.t_args(
                    "nominate-closed-next",
                    &[
                        ("cycle", next.name),
                        ("opens", i18n.date(next.window.opens_on)),
                    ],
                ),
                None => i18n.t("nominate-closed"),
            },
        ]
    } else {
        cycles
            .iter()
            .map(|c| {
                i18n.t_args(
                    if cycles.len() == 1 {
                        "nominate-lead"
                    } else {
                        "nominate-lead-cycle"
                    },
                    &[
                        ("cycle", c.name.clone()),
                        ("closes", i18n.date(c.window.closes_on)),
                        ("limit", i18n.number(c.nomination_limit)),
                        (
                            "specializations",
                            c.specializations
                                .iter()
                                .filter(|s| s.active)
                                .map(|s| s.name.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ],
                )
            })
            .collect()
    };
    Ok(NominatePage {
        i18n,
        cycles,
        leads,
        input,
        errors: FieldErrors::default(),
        refusal: None,
    })
}

/// `GET /nominate`.
pub async fn form(
    State(state): State<AppState>,
    _: Allowed<Nominate>,
    i18n: I18n,
) -> Result<Response, PageError> {
    Ok(private(
        page(&state, i18n, NominationInput::default()).await?,
    ))
}

fn input_of(form: &FormPairs) -> NominationInput {
    NominationInput {
        specialization: form.get("specialization").to_owned(),
        nominee_email: form.get("nominee_email").to_owned(),
        nominee_name: form.get("nominee_name").to_owned(),
        nominee_links: form.get("nominee_links").to_owned(),
        statement: form.get("statement").to_owned(),
        evidence: form.get("evidence").to_owned(),
    }
}

/// `POST /nominate`.
pub async fn submit(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<Nominate>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = input_of(&form);
    let nomination = match input.parse(&account.user.email) {
        Ok(n) => n,
        Err(problems) => {
            let mut page = page(&state, i18n, input).await?;
            page.errors.add_problems(&page.i18n, &problems);
            return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
        }
    };
    let nominator = Nominator {
        user_id: account.user.id,
        email: account.user.email.clone(),
    };
    let today = Utc::now().date_naive();
    let notices = Notices::new(&state.config.base_url, &i18n);
    // The nominee's language and zone, when they have an account that chose them.
    let nominee = &nomination.nominee;
    let nominee_account = accounts::by_email(&state.db, &nominee.email).await?;
    let nominee_to = Recipient::of_address(nominee.email.as_str(), nominee_account.as_ref());
    let me = super::notices::Nominator::of(&account.user);
    let outcome = nominate::nominate(&state.db, &nominator, &nomination, today, |n| {
        let nominee = (nominee.name.as_str(), &nominee_to);
        notices.nominated(n, nominee, &me, &viewer.address)
    })
    .await?;
    match outcome {
        Ok(n) => {
            let notice = if n.new_nomination {
                "nominated"
            } else {
                "already"
            };
            Ok(Redirect::to(&format!("/account/nominations?notice={notice}")).into_response())
        }
        Err(refusal) => {
            let mut page = page(&state, i18n, input).await?;
            page.refusal = Some(refusal_message(&page.i18n, refusal));
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}
