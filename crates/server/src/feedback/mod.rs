//! Product feedback: heroes file items to a product area and follow them to an answer
//! (`hero.rs`, under `/feedback`); staff work the queue and answer (`staff.rs`, under
//! `/staff/feedback`); admins manage the product areas and see how fast each is answered
//! (`areas.rs`, `/admin/product-areas`); a hero's token reads their items at
//! `/api/v1/me/feedback` (`api.rs`). What each change tells people is in `notices.rs`.

pub mod api;
pub mod areas;
pub mod hero;
pub mod notices;
pub mod staff;

use crate::i18n::I18n;
use chrono::{DateTime, Utc};
use heroes_domain::feedback::{Kind, State};

/// A state in the reader's language.
pub fn state_label(i18n: &I18n, state: State) -> String {
    i18n.t(&format!("feedback-state-{state}"))
}

/// A kind in the reader's language.
pub fn kind_label(i18n: &I18n, kind: Kind) -> String {
    i18n.t(&format!("feedback-kind-{kind}"))
}

/// A day as the reader's pages show it.
pub fn day(i18n: &I18n, at: DateTime<Utc>) -> String {
    i18n.date(at)
}

/// A span of seconds in the reader's language, in the largest unit that fits: "3 days",
/// "5 hours", "12 minutes".
pub fn duration_label(i18n: &I18n, seconds: i64) -> String {
    let minutes = (seconds / 60).max(0);
    if minutes >= 2 * 24 * 60 {
        i18n.tn("duration-days", "count", minutes / (24 * 60))
    } else if minutes >= 60 {
        i18n.tn("duration-hours", "count", minutes / 60)
    } else {
        i18n.tn("duration-minutes", "count", minutes)
    }
}
