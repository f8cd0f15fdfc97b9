//! What promotion tells people, in words: the hero's notice of each staff decision, the
//! confirmation mail of a visitor's digest subscription, and the digest mail itself.

use crate::i18n::I18n;
use crate::mail::{Letter, Recipient, notice};
use heroes_domain::promotion::{Cadence, Period};
use heroes_store::digest::{Content, Digest};
use heroes_store::notifications::{Addressee, Notice};
use heroes_store::outbox::OutgoingMail;
use heroes_store::promotion::{Change, Request};

/// The window of a schedule as the hero reads it: both ends in the zone staff scheduled in,
/// in the reader's language, the zone named; and in the reader's zone too when it reads
/// differently (a hero in Tokyo mailed a window scheduled in Berlin), as event times do.
pub fn window_text(
    i18n: &I18n,
    request_zone: &str,
    starts: chrono::DateTime<chrono::Utc>,
    ends: chrono::DateTime<chrono::Utc>,
) -> String {
    let zone = crate::i18n_format::zone_or_utc(request_zone);
    let there = format!(
        "{} – {} ({})",
        i18n.date_time_in(&starts, zone),
        i18n.date_time_in(&ends, zone),
        zone.name()
    );
    let reader = i18n.zone().tz();
    let same = |at: &chrono::DateTime<chrono::Utc>| {
        use chrono::Offset;
        at.with_timezone(&zone).offset().fix() == at.with_timezone(&reader).offset().fix()
    };
    if same(&starts) && same(&ends) {
        return there;
    }
    let here = format!(
        "{} – {}",
        i18n.date_time_in(&starts, reader),
        i18n.date_time_in(&ends, reader)
    );
    let id = match i18n.zone().source() {
        crate::i18n_format::ZoneSource::Unknown => "time-two-zones-utc",
        _ => "time-two-zones",
    };
    i18n.t_args(id, &[("there", there), ("here", here)])
}

/// What the hero is told of `change` to `request`, in the hero's language; `None` for the
/// hero's own withdrawal.
pub fn decided(
    base_url: &str,
    to: &Addressee,
    request: &Request,
    change: &Change,
) -> Option<Notice> {
    if matches!(change, Change::Withdraw { .. }) {
        return None;
    }
    let title = request.title.clone();
    notice(
        base_url,
        &Recipient::addressee(to),
        Some(to.user_id),
        |i18n| {
            let (subject, body) = match change {
                Change::Approve(s) | Change::Reschedule(s) => {
                    let channels = s
                        .channels
                        .iter()
                        .map(|c| i18n.t(&format!("promotion-channel-{}", c.as_str())))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let window = window_text(
                        i18n,
                        s.starts.zone().name(),
                        s.starts.instant(),
                        s.ends.instant(),
                    );
                    let id = if matches!(change, Change::Approve(_)) {
                        "mail-promotion-approved"
                    } else {
                        "mail-promotion-rescheduled"
                    };
                    (
                        i18n.t1("mail-promotion-approved-subject", "title", &title),
                        i18n.t_args(
                            id,
                            &[
                                ("title", title.clone()),
                                ("window", window),
                                ("channels", channels),
                            ],
                        ),
                    )
                }
                Change::Decline(reason) | Change::Cancel(reason) => {
                    let id = if matches!(change, Change::Decline(_)) {
                        "mail-promotion-declined"
                    } else {
                        "mail-promotion-cancelled"
                    };
                    (
                        i18n.t1("mail-promotion-declined-subject", "title", &title),
                        i18n.t_args(id, &[("title", title.clone()), ("reason", reason.clone())]),
                    )
                }
                Change::Withdraw { .. } => (String::new(), String::new()),
            };
            (
                subject,
                vec![i18n.t1("mail-greeting", "name", &to.name), body],
            )
        },
        "/account/promotion",
    )
}

/// The double opt-in mail to an address typed on `/digest`: the link to confirm, and what to
/// do if it was not them (nothing).
pub fn confirm_subscription(
    base_url: &str,
    page: &I18n,
    to: &str,
    token: &str,
) -> Option<OutgoingMail> {
    // The address was typed at the page: its reader reads the page's language.
    let to = Recipient::reader(to, page);
    let i18n = to.i18n();
    let letter = Letter {
        subject: i18n.t("mail-digest-confirm-subject"),
        paragraphs: vec![i18n.t("mail-digest-confirm-body")],
        action: Some((
            i18n.t("mail-digest-confirm-action"),
            format!("{base_url}/digest/confirm?token={token}"),
        )),
        footer: i18n.t("mail-digest-confirm-footer"),
    };
    letter
        .to(&to)
        .map_err(|e| tracing::error!(error = format!("{e:#}"), "could not render a mail"))
        .ok()
}

/// The paragraphs of a digest, as its mail says them (the web page renders the same content
/// with links).
pub fn digest_paragraphs(
    i18n: &I18n,
    base_url: &str,
    intro: &str,
    content: &Content,
) -> Vec<String> {
    let mut out = Vec::new();
    if !intro.trim().is_empty() {
        out.push(intro.trim().to_owned());
    }
    if !content.new_heroes.is_empty() {
        let names: Vec<String> = content
            .new_heroes
            .iter()
            .map(|h| format!("{} ({base_url}{})", h.name, h.path))
            .collect();
        out.push(format!(
            "{}\n{}",
            i18n.t("digest-new-heroes"),
            names.join("\n")
        ));
    }
    if !content.spotlighted.is_empty() {
        let works: Vec<String> = content
            .spotlighted
            .iter()
            .map(|w| format!("{} — {} ({})", w.title, w.hero.name, w.url))
            .collect();
        out.push(format!(
            "{}\n{}",
            i18n.t("digest-spotlighted"),
            works.join("\n")
        ));
    }
    for section in &content.most_reached {
        let works: Vec<String> = section
            .works
            .iter()
            .map(|w| format!("{} — {} ({})", w.title, w.hero.name, w.url))
            .collect();
        out.push(format!(
            "{}\n{}",
            i18n.t1(
                "digest-most-reached",
                "specialization",
                &section.specialization
            ),
            works.join("\n")
        ));
    }
    out
}

/// The title of the digest of `period` as `i18n` writes it (`Heroes digest, November 2026`,
/// `Heroes-Digest, November 2026`, `ヒーローズ ダイジェスト、2026年11月`): the month or the
/// week's first day in the reader's calendar words, never chrono's English month names.
pub fn period_title(i18n: &I18n, period: Period) -> String {
    match period.cadence {
        Cadence::Weekly => i18n.t1("digest-title-week", "day", i18n.date(period.first)),
        Cadence::Monthly => i18n.t1("digest-title-of", "month", i18n.month(period.first)),
        Cadence::Quarterly => i18n.t1("digest-title-quarter", "quarter", period.key()),
    }
}

/// A stored digest's title in the reader's language (see [`period_title`]); the title stored
/// with it for a period key this program cannot read.
pub trait DigestTitle {
    /// The title as `i18n` writes it.
    fn title_in(&self, i18n: &I18n) -> String;
}

impl DigestTitle for Digest {
    fn title_in(&self, i18n: &I18n) -> String {
        Period::from_key(&self.period).map_or_else(|| self.title.clone(), |p| period_title(i18n, p))
    }
}

/// The digest mail for one recipient, with their one-click unsubscribe address.
pub fn digest_mail(
    base_url: &str,
    to: &Recipient,
    digest: &Digest,
    unsubscribe_token: &str,
) -> Option<OutgoingMail> {
    let i18n = to.i18n();
    let unsubscribe = format!("{base_url}/digest/unsubscribe?token={unsubscribe_token}");
    let letter = Letter {
        subject: digest.title_in(i18n),
        paragraphs: digest_paragraphs(i18n, base_url, &digest.intro, &digest.content),
        action: Some((
            i18n.t("mail-digest-read-online"),
            format!("{base_url}/digest/{}", digest.id),
        )),
        footer: i18n.t1("mail-digest-footer", "link", &unsubscribe),
    };
    match letter.to(to) {
        Ok(mut mail) => {
            mail.list_unsubscribe = Some(unsubscribe);
            Some(mail)
        }
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "could not render the digest");
            None
        }
    }
}
