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
use crate::i18n_format::{ViewerZone, ZoneSource};
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

/// Whom a letter goes to: an address, the language its reader reads and the zone they read
/// times in. A letter's words are written with [`Recipient::i18n`], so a mail is in its
/// recipient's language whoever caused it (an admin's decision reaches the nominee in the
/// nominee's language), and every time it writes through that catalog's formatters is in the
/// recipient's zone, named (a briefing at 09:00 UTC reads "6:00 PM JST" to an account in
/// Tokyo). Without a zone (an account that chose none, an address without an account) times
/// stay in UTC, named as such.
#[derive(Debug, Clone)]
pub struct Recipient {
    address: String,
    i18n: I18n,
}

impl Recipient {
    /// An account holder: their chosen `language` (empty when they chose none: English, since
    /// the program cannot know which browser they will read it in) and `time_zone` (an IANA
    /// name; empty, or one the zone database does not know, keeps UTC).
    pub fn account(address: &str, language: &str, time_zone: &str) -> Self {
        Self {
            address: address.to_owned(),
            i18n: I18n::for_language(language).with_zone(account_zone(time_zone)),
        }
    }

    /// An address that may belong to an account (`user`, as the caller found it): the
    /// account's language and zone when it has one, else English and UTC.
    pub fn of_address(address: &str, user: Option<&heroes_store::accounts::User>) -> Self {
        Self::account(
            address,
            user.map_or("", |u| u.language.as_str()),
            user.map_or("", |u| u.time_zone.as_str()),
        )
    }

    /// An account as the store found it for a notice.
    pub fn addressee(a: &Addressee) -> Self {
        Self::account(&a.email, &a.language, &a.time_zone)
    }

    /// The person reading the page that sends the mail, to themselves (a sign-up, a reset
    /// they asked for, a new address they typed): the page's language is theirs. Times stay
    /// in UTC: the address may not be theirs to read, and a mail outlives the browser's zone.
    pub fn reader(address: &str, page: &I18n) -> Self {
        Self {
            address: address.to_owned(),
            i18n: I18n::for_language(&page.lang()),
        }
    }

    /// An account holder who is also the person at the page (a reset they asked for): their
    /// chosen `language`, else the page's; their account's zone.
    pub fn account_at_page(address: &str, language: &str, time_zone: &str, page: &I18n) -> Self {
        let language = if language.is_empty() {
            page.lang()
        } else {
            language.to_owned()
        };
        Self::account(address, &language, time_zone)
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

/// The zone an account's stored `time_zone` names, as mail shows times in it: UTC (said to be
/// UTC, as for a visitor without a zone) when the account chose none or the name is unknown.
fn account_zone(time_zone: &str) -> ViewerZone {
    match time_zone.trim().parse::<chrono_tz::Tz>() {
        Ok(tz) if !time_zone.trim().is_empty() => ViewerZone::new(tz, ZoneSource::Account),
        _ => ViewerZone::default(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_account_reads_times_in_its_zone_and_without_one_in_utc_named() {
        let at = chrono::Utc.with_ymd_and_hms(2026, 12, 3, 17, 5, 0).unwrap();
        let tokyo = Recipient::account("a@example.org", "", "Asia/Tokyo");
        assert_eq!(tokyo.i18n().zone().tz(), chrono_tz::Asia::Tokyo);
        assert!(tokyo.i18n().time(at).ends_with("2:05\u{202f}AM JST"));
        // No choice, a name the zone database does not know, and an address without an
        // account all read UTC, named, as a visitor without a zone does.
        for to in [
            Recipient::account("b@example.org", "de", ""),
            Recipient::account("c@example.org", "de", "Mars/Olympus_Mons"),
            Recipient::reader("d@example.org", &I18n::for_language("de")),
        ] {
            assert_eq!(to.i18n().zone(), ViewerZone::default(), "{}", to.address());
            assert_eq!(to.i18n().time(at), "17:05 UTC", "{}", to.address());
        }
        // A person at the page without a language of their own: the page's, with their zone.
        let page = I18n::for_language("fr");
        let both = Recipient::account_at_page("e@example.org", "", "Europe/Paris", &page);
        assert_eq!(both.i18n().lang(), "fr");
        assert_eq!(both.i18n().time(at), "18:05 CET");
    }
}
