//! Selection on the web: `/nominate`, the nominator's and nominee's view at
//! `/account/nominations`, the reviewer's `/review`, and the admin's cycles, review queue and
//! decisions under `/admin/cycles` and `/admin/candidacies`.
//!
//! Handlers parse forms into domain types, ask the policy, and hand the step to the store,
//! which checks the state machine inside its transaction. Refusals come back as a
//! [`Refusal`] and are shown in words ([`refusal_message`]).

pub mod admin;
pub mod jobs;
pub mod mine;
pub mod nominate;
pub mod notices;
pub mod review;

use crate::i18n::I18n;
use heroes_domain::selection::Refusal;
use heroes_domain::selection::candidacy::State;

/// A refusal in the reader's language.
pub fn refusal_message(i18n: &I18n, refusal: Refusal) -> String {
    let id = format!("refusal-{}", refusal.id());
    match refusal {
        Refusal::LimitReached { limit } => i18n.t1(&id, "limit", limit),
        Refusal::TooSoon { until } => i18n.t1(&id, "date", i18n.date(until)),
        _ => i18n.t(&id),
    }
}

/// The stage and decision of a candidacy as nominators and nominees see them.
pub fn stage_label(i18n: &I18n, state: State) -> String {
    match state.outcome() {
        Some(outcome) => i18n.t1(
            "stage-decided",
            "outcome",
            i18n.t(&format!("outcome-{}", outcome.as_str())),
        ),
        None => i18n.t(&format!("stage-{}", state.stage().as_str())),
    }
}

/// A state's name for the program team.
pub fn state_label(i18n: &I18n, state: State) -> String {
    i18n.t(&format!("state-{}", state.as_str()))
}

/// Formats a score in hundredths, or a dash.
pub fn score_text(score: &Option<i64>) -> String {
    score.map_or_else(
        || "–".to_owned(),
        heroes_domain::selection::rubric::format_hundredths,
    )
}
