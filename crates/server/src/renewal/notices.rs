//! What renewal tells heroes, in words: that a renewal cycle opened, and the decision taken
//! for them. Each is written in the hero's language.

use crate::mail::{Recipient, notice};
use chrono::NaiveDate;
use heroes_store::notifications::{Addressee, Notice};
use heroes_store::renewal::{Decision, NewDecision};
use heroes_store::selection::cycles::Cycle;

/// What a hero is told when a renewal cycle opens: until when, and where their readiness is;
/// in the hero's language.
pub fn opened(base_url: &str, to: &Addressee, cycle: &str, closes: NaiveDate) -> Option<Notice> {
    notice(
        base_url,
        &Recipient::addressee(to),
        Some(to.user_id),
        |i18n| {
            (
                i18n.t1("mail-renewal-opened-subject", "cycle", cycle),
                vec![
                    i18n.t1("mail-greeting", "name", &to.name),
                    i18n.t_args(
                        "mail-renewal-opened",
                        &[("cycle", cycle.to_owned()), ("closes", i18n.date(closes))],
                    ),
                ],
            )
        },
        "/account/renewal",
    )
}

/// What the hero is told of a renewal decision `d` in `cycle`: the decision, the expected
/// return of a leave, and the admin's note if there is one.
pub fn decided(base_url: &str, to: &Addressee, cycle: &Cycle, d: &NewDecision) -> Option<Notice> {
    // Alumni no longer have a readiness meter: their link is their account.
    let link = if d.decision == Decision::Alumni {
        "/account"
    } else {
        "/account/renewal"
    };
    notice(
        base_url,
        &Recipient::addressee(to),
        Some(to.user_id),
        |i18n| {
            let mut paragraphs = vec![
                i18n.t1("mail-greeting", "name", &to.name),
                i18n.t_args(
                    &format!("mail-renewal-{}", d.decision.as_str()),
                    &[
                        ("cycle", cycle.name.clone()),
                        (
                            "date",
                            d.expected_return.map(|d| i18n.date(d)).unwrap_or_default(),
                        ),
                    ],
                ),
            ];
            if !d.note.is_empty() {
                paragraphs.push(d.note.clone());
            }
            (
                i18n.t1("mail-renewal-subject", "cycle", &cycle.name),
                paragraphs,
            )
        },
        link,
    )
}
