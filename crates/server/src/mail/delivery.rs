//! Delivering the outbox over SMTP, as the periodic job kind `deliver-mail`.
//!
//! One run takes pending mail one at a time, each with its own lease in the outbox
//! (`heroes_store::outbox::claim_next`), sends it and marks it sent only if the lease is still
//! ours; a failed attempt is retried after a backoff, at most [`MAX_ATTEMPTS`] times. A run
//! stops taking mail while its job lease still leaves room to send one, so it never outlives
//! the lease. Any number of instances may deliver at once: a mail is sent a second time only
//! when the first attempt failed or its worker died in the middle of it.

use super::{MAX_ATTEMPTS, MailConfig};
use crate::jobs::{JobContext, Registry, WorkerId};
use chrono::Utc;
use heroes_store::Db;
use heroes_store::jobs::{Outcome, backoff};
use heroes_store::outbox::{self, StoredMail};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;

/// The periodic job that delivers pending mail (registered only with an SMTP server).
pub const DELIVER_MAIL: &str = "deliver-mail";

/// The longest one mail may take to hand over to the SMTP server.
const SEND_TIMEOUT: Duration = Duration::from_secs(60);

/// How long a mail taken for delivery is ours: longer than a send may take, so a live
/// worker's mail is never taken over while it is being sent.
const MAIL_LEASE: chrono::Duration = chrono::Duration::minutes(2);

/// At most this many mails per run; the rest waits for the next period.
const BATCH: usize = 200;

/// Registers mail delivery with the job runner, when an SMTP server is configured.
pub fn register(registry: &mut Registry, config: &MailConfig) {
    if config.smtp_url.is_none() {
        return;
    }
    let period = chrono::Duration::from_std(config.poll)
        .unwrap_or_else(|_| chrono::Duration::seconds(2))
        .max(chrono::Duration::milliseconds(100));
    let config = Arc::new(config.clone());
    registry.periodic(DELIVER_MAIL, "outbox", period, move |ctx| {
        deliver_job(ctx, config.clone())
    });
}

async fn deliver_job(ctx: JobContext, config: Arc<MailConfig>) -> Outcome {
    // Take another mail only while the job's lease outlasts a whole send.
    let room = SEND_TIMEOUT + Duration::from_secs(5);
    match deliver(&ctx.db, &config, &ctx.worker, || ctx.time_left() > room).await {
        Ok(_) => Outcome::Done(None),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

/// Sends pending mail once, as a fresh worker; returns how many were sent. Does nothing
/// without SMTP.
pub async fn deliver_pending(db: &Db, config: &MailConfig) -> anyhow::Result<usize> {
    deliver(db, config, &WorkerId::generate()?, || true).await
}

/// Sends pending mail as `worker` while `may_take_more` says so (at most [`BATCH`] mails);
/// returns how many were sent. Does nothing without SMTP.
pub async fn deliver(
    db: &Db,
    config: &MailConfig,
    worker: &WorkerId,
    may_take_more: impl Fn() -> bool,
) -> anyhow::Result<usize> {
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
    for _ in 0..BATCH {
        if !may_take_more() {
            break;
        }
        let Some(mail) = outbox::claim_next(db, worker.as_str(), MAIL_LEASE, MAX_ATTEMPTS).await?
        else {
            break;
        };
        let attempt = tokio::time::timeout(SEND_TIMEOUT, send(&transport, &from, &mail))
            .await
            .unwrap_or_else(|_| {
                Err(anyhow::anyhow!(
                    "the SMTP server did not finish within {} seconds",
                    SEND_TIMEOUT.as_secs()
                ))
            });
        match attempt {
            Ok(()) => {
                sent += 1;
                if !outbox::mark_sent(db, mail.id, worker.as_str()).await? {
                    tracing::warn!(mail.id, to = %mail.to_address,
                        "mail sent after its lease ran out; another worker may send it too");
                }
            }
            Err(e) => {
                tracing::warn!(mail.id, to = %mail.to_address, error = %e, "mail delivery failed");
                // `attempts` counts this attempt: wait 1, 2, 4, … minutes before the next.
                let retry_at = Utc::now() + backoff(mail.attempts - 1);
                outbox::mark_failed(db, mail.id, worker.as_str(), &e.to_string(), retry_at).await?;
            }
        }
    }
    Ok(sent)
}

async fn send(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    mail: &StoredMail,
) -> anyhow::Result<()> {
    // The same Message-ID on every attempt of one mail: when an attempt's outcome was
    // unknown (the server took the mail but the answer was lost) and it is sent again, mail
    // systems that drop repeated ids show it once.
    let message_id = format!(
        "<heroes-outbox-{}.{}@{}>",
        mail.id,
        mail.created_at.timestamp_micros(),
        from.email.domain()
    );
    let mut builder = Message::builder().message_id(Some(message_id));
    if let Some(url) = &mail.list_unsubscribe {
        // RFC 8058 one-click unsubscribe: the mail client POSTs
        // `List-Unsubscribe=One-Click` to the signed address, no session or page needed.
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    if !mail.language.is_empty() {
        builder = builder.raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Content-Language"),
            mail.language.clone(),
        ));
    }
    let message = builder
        .from(from.clone())
        .to(mail.to_address.parse()?)
        .subject(mail.subject.clone())
        .multipart(MultiPart::alternative_plain_html(
            mail.body_text.clone(),
            mail.body_html.clone(),
        ))?;
    transport.send(message).await?;
    Ok(())
}
