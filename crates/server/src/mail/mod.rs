//! Mail: composing messages (text and HTML from one set of translated paragraphs), and
//! delivering the outbox over SMTP.
//!
//! Every mail is first stored in the outbox table, in the same transaction as whatever caused
//! it. With an SMTP server configured (`--smtp-url`), the job runner delivers what is pending
//! (`delivery.rs`); each mail is taken with a lease, so two instances never send the same
//! mail. Without one, mail stays in the outbox for admins to read at `/admin/outbox`, and the
//! console shows a line per mail.

pub mod delivery;

pub use delivery::deliver_pending;

use crate::i18n::I18n;
use askama::Template;
use heroes_store::notifications::{Addressee, Notice};
use heroes_store::outbox::OutgoingMail;
use std::time::Duration;

/// Where mail goes.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `smtp://[user:pass@]host:port` (plain, or `?tls=required` for STARTTLS) or
    /// `smtps://…` (TLS from the start); `None` keeps mail in the outbox only.
    pub smtp_url: Option<String>,
    /// The sender, `Name <address>`.
    pub from: String,
    /// How often pending mail is delivered (the period of the delivery job).
    pub poll: Duration,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            smtp_url: None,
            from: "heroes <no-reply@localhost>".to_owned(),
            poll: Duration::from_secs(2),
        }
    }
}

/// A delivery is given up after this many attempts (it stays in the outbox with its error).
pub const MAX_ATTEMPTS: i64 = 5;

/// What a mail says, before it becomes text and HTML.
pub struct Letter {
    /// Subject line.
    pub subject: String,
    /// Paragraphs of plain text.
    pub paragraphs: Vec<String>,
    /// The one thing to do, as (label, absolute URL).
    pub action: Option<(String, String)>,
    /// A closing line (why you got this mail).
    pub footer: String,
}

#[derive(Template)]
#[template(path = "mail/letter.txt")]
struct TextMail<'a> {
    letter: &'a Letter,
}

#[derive(Template)]
#[template(path = "mail/letter.html")]
struct HtmlMail<'a> {
    letter: &'a Letter,
    lang: String,
    dir: &'static str,
}

/// Whom a letter goes to: an address and the language its reader reads. A letter's words
/// are written with [`Recipient::i18n`], so a mail is in its recipient's language whoever
/// caused it (an admin's decision reaches the nominee in the nominee's language).
#[derive(Debug, Clone)]
pub struct Recipient {
    address: String,
    i18n: I18n,
}

impl Recipient {
    /// An account holder: their chosen `language` (empty when they chose none: English, since
    /// the program cannot know which browser they will read it in).
    pub fn account(address: &str, language: &str) -> Self {
        Self {
            address: address.to_owned(),
            i18n: I18n::for_language(language),
        }
    }

    /// An account as the store found it for a notice.
    pub fn addressee(a: &Addressee) -> Self {
        Self::account(&a.email, &a.language)
    }

    /// The person reading the page that sends the mail, to themselves (a sign-up, a reset
    /// they asked for, a new address they typed): the page's language is theirs.
    pub fn reader(address: &str, page: &I18n) -> Self {
        Self {
            address: address.to_owned(),
            i18n: I18n::for_language(&page.lang()),
        }
    }

    /// An account holder who is also the person at the page (a reset they asked for): their
    /// chosen `language`, else the page's.
    pub fn account_at_page(address: &str, language: &str, page: &I18n) -> Self {
        if language.is_empty() {
            Self::reader(address, page)
        } else {
            Self::account(address, language)
        }
    }

    /// The address.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The catalog the letter is written with.
    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }
}

impl Letter {
    /// Renders the letter for `to`, marked with `to`'s language (`<html lang>` of the HTML
    /// part and the mail's `Content-Language`).
    pub fn to(&self, to: &Recipient) -> anyhow::Result<OutgoingMail> {
        let lang = to.i18n.lang();
        Ok(OutgoingMail {
            to: to.address.clone(),
            subject: self.subject.clone(),
            text: TextMail { letter: self }.render()?,
            html: HtmlMail {
                letter: self,
                lang: lang.clone(),
                dir: to.i18n.dir(),
            }
            .render()?,
            requested_from: None,
            list_unsubscribe: None,
            language: lang,
        })
    }
}

/// A notice to `to`: a mail and the same words in their account (`user_id`, when they have
/// one), linking to `link` under `base_url`. Its subject and paragraphs are written by
/// `compose`, which is handed `to`'s catalog and no other: a notice cannot be written in the
/// language of whoever caused it (an admin's decision reaches the nominee in the nominee's
/// language), because the caller's catalog is not what `compose` is given.
pub fn notice(
    base_url: &str,
    to: &Recipient,
    user_id: Option<i64>,
    compose: impl FnOnce(&I18n) -> (String, Vec<String>),
    link: &str,
) -> Option<Notice> {
    let i18n = to.i18n();
    let (subject, paragraphs) = compose(i18n);
    let letter = Letter {
        subject,
        paragraphs,
        action: Some((i18n.t("mail-open-action"), format!("{base_url}{link}"))),
        footer: i18n.t("mail-footer-program"),
    };
    match letter.to(to) {
        Ok(mail) => Some(Notice {
            user_id,
            mail,
            link: link.to_owned(),
        }),
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "could not render a notice");
            None
        }
    }
}

/// Says on the console that a mail was queued (with SMTP it is also delivered shortly).
pub fn log_queued(config: &MailConfig, mail: &OutgoingMail) {
    if config.smtp_url.is_none() {
        tracing::info!(to = %mail.to, subject = %mail.subject, "mail kept in the outbox (no SMTP server configured; read it at /admin/outbox)");
    } else {
        tracing::info!(to = %mail.to, subject = %mail.subject, "mail queued for delivery");
    }
}
