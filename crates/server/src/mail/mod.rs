//! Mail: composing messages (text and HTML from one set of translated paragraphs), and
//! delivering the outbox over SMTP.
//!
//! Every mail is first stored in the outbox table, in the same transaction as whatever caused
//! it. With an SMTP server configured (`--smtp-url`), a delivery loop in every instance sends
//! what is pending; a conditional claim makes sure two instances never send the same mail.
//! Without one, mail stays in the outbox for admins to read at `/admin/outbox`, and the console
//! shows a line per mail.

use crate::i18n::I18n;
use askama::Template;
use heroes_store::Db;
use heroes_store::outbox::{self, OutgoingMail};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// Where mail goes.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `smtp://[user:pass@]host:port` (plain, or `?tls=required` for STARTTLS) or
    /// `smtps://…` (TLS from the start); `None` keeps mail in the outbox only.
    pub smtp_url: Option<String>,
    /// The sender, `Name <address>`.
    pub from: String,
    /// How often the delivery loop looks for pending mail.
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

/// Sends every pending mail once; returns how many were sent. Does nothing without SMTP.
pub async fn deliver_pending(db: &Db, config: &MailConfig) -> anyhow::Result<usize> {
    let Some(url) = config.smtp_url.as_deref() else {
        return Ok(0);
    };
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
        .map_err(|e| anyhow::anyhow!("--smtp-url is not usable: {e}"))?
        .timeout(Some(Duration::from_secs(15)))
        .build();
    let from: Mailbox = config
        .from
        .parse()
        .map_err(|e| anyhow::anyhow!("--mail-from {:?} is not a mailbox: {e}", config.from))?;
    let mut sent = 0;
    for mail in outbox::pending(db, 50, MAX_ATTEMPTS).await? {
        if !outbox::claim(db, mail.id, mail.attempts).await? {
            continue;
        }
        let result = async {
            let message = Message::builder()
                .from(from.clone())
                .to(mail.to_address.parse()?)
                .subject(mail.subject.clone())
                .multipart(MultiPart::alternative_plain_html(
                    mail.body_text.clone(),
                    mail.body_html.clone(),
                ))?;
            transport.send(message).await?;
            anyhow::Ok(())
        }
        .await;
        match result {
            Ok(()) => {
                outbox::finish(db, mail.id, None).await?;
                sent += 1;
            }
            Err(e) => {
                tracing::warn!(mail.id, to = %mail.to_address, error = %e, "mail delivery failed");
                outbox::finish(db, mail.id, Some(&e.to_string())).await?;
            }
        }
    }
    Ok(sent)
}

/// Runs [`deliver_pending`] every `config.poll` until the process ends (with SMTP only).
pub fn spawn_delivery(db: Db, config: MailConfig) {
    if config.smtp_url.is_none() {
        return;
    }
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(config.poll);
        loop {
            tick.tick().await;
            if let Err(e) = deliver_pending(&db, &config).await {
                tracing::warn!(error = format!("{e:#}"), "mail delivery round failed");
            }
        }
    });
}
