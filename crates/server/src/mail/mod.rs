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
}

impl Letter {
    /// Renders the letter for `to`.
    pub fn to(&self, i18n: &I18n, to: &str) -> anyhow::Result<OutgoingMail> {
        Ok(OutgoingMail {
            to: to.to_owned(),
            subject: self.subject.clone(),
            text: TextMail { letter: self }.render()?,
            html: HtmlMail {
                letter: self,
                lang: i18n.lang(),
            }
            .render()?,
            requested_from: None,
            list_unsubscribe: None,
        })
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
