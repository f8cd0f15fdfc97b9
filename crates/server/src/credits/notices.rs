//! What a hero is told when a credit request is decided (mail and account notice, stored
//! with the decision).

use crate::i18n::I18n;
use crate::selection::notices::notice;
use heroes_domain::credits::Step;
use heroes_store::notifications::Notice;

/// The notice of `step` on request `id` to the hero's account `(id, email, name)`.
pub fn decided(
    base_url: &str,
    i18n: &I18n,
    (user_id, email, name): (i64, String, String),
    id: i64,
    step: &Step,
    requested: i64,
    unit: &str,
) -> Option<Notice> {
    let paragraph = match step {
        Step::Approve(a) if a.get() == requested => i18n.t_args(
            "credits-mail-approved",
            &[("amount", super::amount_text(a.get(), unit))],
        ),
        Step::Approve(a) => i18n.t_args(
            "credits-mail-partly",
            &[
                ("amount", super::amount_text(a.get(), unit)),
                ("requested", super::amount_text(requested, unit)),
            ],
        ),
        Step::Decline(reason) => i18n.t1("credits-mail-declined", "reason", reason.as_str()),
        Step::Withdraw => return None,
    };
    notice(
        base_url,
        i18n,
        Some(user_id),
        &email,
        i18n.t1("credits-mail-subject", "id", id),
        vec![i18n.t1("mail-greeting", "name", &name), paragraph],
        "/account/credits",
    )
}
