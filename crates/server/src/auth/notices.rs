//! What accounts are mailed, in words: the link that proves a new address, the word to an
//! owner whose address someone signed up with, a password-reset link, a change-of-address
//! link, the warning that someone is guessing a password, and the notice of a change to the
//! second factors.
//!
//! Each is written in its recipient's language: the person at the page for a link they asked
//! for themselves, the owner for anything that warns the owner.

use super::second_factor::SECURITY_PAGE;
use crate::i18n::I18n;
use crate::mail::{Letter, Recipient};
use heroes_domain::account::Email;
use heroes_store::accounts::User;
use heroes_store::notifications::Notice;
use heroes_store::outbox::OutgoingMail;

/// The link that proves the address of a new account (`secret`), to the person signing up.
pub fn verify(
    base_url: &str,
    to: &Recipient,
    name: &str,
    secret: &str,
) -> anyhow::Result<OutgoingMail> {
    let i18n = to.i18n();
    Letter {
        subject: i18n.t("mail-verify-subject"),
        paragraphs: vec![
            i18n.t1("mail-greeting", "name", name),
            i18n.t("mail-verify-body"),
        ],
        action: Some((
            i18n.t("mail-verify-action"),
            format!("{base_url}/verify?token={secret}"),
        )),
        footer: i18n.t("mail-footer"),
    }
    .to(to)
}

/// To the owner of an address someone signed up with again: they have an account, and the
/// way back in is a password reset.
pub fn already_signed_up(base_url: &str, to: &Recipient) -> anyhow::Result<OutgoingMail> {
    let i18n = to.i18n();
    Letter {
        subject: i18n.t("mail-exists-subject"),
        paragraphs: vec![i18n.t("mail-exists-body")],
        action: Some((
            i18n.t("mail-exists-action"),
            format!("{base_url}/password/forgot"),
        )),
        footer: i18n.t("mail-footer"),
    }
    .to(to)
}

/// The password-reset link (`secret`) for `user`.
pub fn reset(
    base_url: &str,
    to: &Recipient,
    user: &User,
    secret: &str,
) -> anyhow::Result<OutgoingMail> {
    let i18n = to.i18n();
    Letter {
        subject: i18n.t("mail-reset-subject"),
        paragraphs: vec![
            i18n.t1("mail-greeting", "name", &user.name),
            i18n.t("mail-reset-body"),
        ],
        action: Some((
            i18n.t("mail-reset-action"),
            format!("{base_url}/password/reset?token={secret}"),
        )),
        footer: i18n.t("mail-footer"),
    }
    .to(to)
}

/// The mail to a new address with the link that confirms it (`secret`). The person at the
/// page (`page`) typed the new address: it reads the page's language.
pub fn change_email(
    base_url: &str,
    page: &I18n,
    name: &str,
    email: &Email,
    secret: &str,
) -> anyhow::Result<OutgoingMail> {
    let to = Recipient::reader(email.as_str(), page);
    let i18n = to.i18n();
    Letter {
        subject: i18n.t("mail-change-email-subject"),
        paragraphs: vec![
            i18n.t1("mail-greeting", "name", name),
            i18n.t1("mail-change-email-body", "email", email.as_str()),
        ],
        action: Some((
            i18n.t("mail-change-email-action"),
            format!("{base_url}/account/email/confirm?token={secret}"),
        )),
        footer: i18n.t("mail-footer"),
    }
    .to(&to)
}

/// The mail that tells an owner someone is trying to sign in to their account. It is in the
/// owner's language, not the guesser's.
pub fn attack_warning(base_url: &str, user: &User) -> Option<OutgoingMail> {
    let to = Recipient::account(&user.email, &user.language, &user.time_zone);
    let i18n = to.i18n();
    let letter = Letter {
        subject: i18n.t("mail-attack-subject"),
        paragraphs: vec![
            i18n.t1("mail-greeting", "name", &user.name),
            i18n.t("mail-attack-body"),
            i18n.t("mail-attack-advice"),
        ],
        action: Some((
            i18n.t("mail-attack-action"),
            format!("{base_url}/password/forgot"),
        )),
        footer: i18n.t("mail-footer"),
    };
    match letter.to(&to) {
        Ok(mail) => Some(mail),
        Err(e) => {
            tracing::error!(
                error = format!("{e:#}"),
                "could not render the attack warning"
            );
            None
        }
    }
}

/// The owner's notice of a change to their factors: a mail (in the owner's language) and a
/// line in their account. `what` is the message id of the sentence saying what changed.
pub fn factor_changed(base_url: &str, user: &User, what: &str) -> anyhow::Result<Notice> {
    let to = Recipient::account(&user.email, &user.language, &user.time_zone);
    let i18n = to.i18n();
    let mail = Letter {
        subject: i18n.t("mail-factor-subject"),
        paragraphs: vec![
            i18n.t1("mail-greeting", "name", &user.name),
            i18n.t(what),
            i18n.t("mail-factor-advice"),
        ],
        action: Some((
            i18n.t("mail-factor-action"),
            format!("{base_url}{SECURITY_PAGE}"),
        )),
        footer: i18n.t("mail-footer"),
    }
    .to(&to)?;
    Ok(Notice {
        user_id: Some(user.id),
        mail,
        link: SECURITY_PAGE.to_owned(),
    })
}
