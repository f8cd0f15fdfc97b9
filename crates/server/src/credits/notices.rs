//! What a hero is told when a credit request is decided (mail and account notice, stored
//! with the decision).

use crate::mail::{Recipient, notice};
use heroes_domain::credits::Step;
use heroes_store::notifications::{Addressee, Notice};

/// The notice of `step` on request `id` to the hero's account, in its language.
pub fn decided(
    base_url: &str,
    to: &Addressee,
    id: i64,
    step: &Step,
    requested: i64,
    unit: &str,
) -> Option<Notice> {
    if matches!(step, Step::Withdraw) {
        return None;
    }
    notice(
        base_url,
        &Recipient::addressee(to),
        Some(to.user_id),
        |i18n| {
            let paragraph = match step {
                Step::Approve(a) if a.get() == requested => i18n.t_args(
                    "credits-mail-approved",
                    &[("amount", super::amount_text(i18n, a.get(), unit))],
                ),
                Step::Approve(a) => i18n.t_args(
                    "credits-mail-partly",
                    &[
                        ("amount", super::amount_text(i18n, a.get(), unit)),
                        ("requested", super::amount_text(i18n, requested, unit)),
                    ],
                ),
                Step::Decline(reason) => {
                    i18n.t1("credits-mail-declined", "reason", reason.as_str())
                }
                Step::Withdraw => String::new(),
            };
            (
                i18n.t1("credits-mail-subject", "id", id),
                vec![i18n.t1("mail-greeting", "name", &to.name), paragraph],
            )
        },
        "/account/credits",
    )
}
