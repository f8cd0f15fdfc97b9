//! What briefings tell people, in words: a seat freed for a waiting hero, the daily digest
//! of new briefings, the reminder the day before. Each notice is written in its recipient's
//! language (the store reads it with the recipient).

use crate::mail::{Recipient, notice};
use heroes_store::briefings::{Briefing, Promoted, Recipient as Hero, Reminder};
use heroes_store::notifications::Notice;

/// The notices of briefings, linking into one site.
pub struct Notices<'a> {
    base_url: &'a str,
}

impl<'a> Notices<'a> {
    /// Notices with links under `base_url`.
    pub fn new(base_url: &'a str) -> Self {
        Notices { base_url }
    }

    /// A waiting hero got a seat.
    pub fn promoted(&self, p: &Promoted) -> Vec<Notice> {
        notice(
            self.base_url,
            &Recipient::account(&p.email, &p.language, &p.time_zone),
            Some(p.user_id),
            |i18n| {
                (
                    i18n.t1("mail-briefing-seat-subject", "title", &p.title),
                    vec![
                        i18n.t1("mail-greeting", "name", &p.name),
                        i18n.t1("mail-briefing-seat-body", "title", &p.title),
                    ],
                )
            },
            &format!("/briefings/{}", p.briefing_id),
        )
        .into_iter()
        .collect()
    }

    /// New briefings a hero may see, gathered in one mail.
    pub fn digest(&self, to: &Hero, new: &[&Briefing]) -> Vec<Notice> {
        notice(
            self.base_url,
            &Recipient::account(&to.email, &to.language, &to.time_zone),
            Some(to.user_id),
            |i18n| {
                let mut paragraphs = vec![
                    i18n.t1("mail-greeting", "name", &to.name),
                    i18n.tn("mail-briefing-digest-body", "count", new.len() as i64),
                ];
                paragraphs.extend(
                    new.iter()
                        .map(|b| format!("{} — {}", b.title, super::local_start(i18n, b))),
                );
                (
                    i18n.tn("mail-briefing-digest-subject", "count", new.len() as i64),
                    paragraphs,
                )
            },
            "/briefings",
        )
        .into_iter()
        .collect()
    }

    /// The day before a briefing, to a seated hero.
    pub fn reminder(&self, to: &Reminder, b: &Briefing) -> Vec<Notice> {
        notice(
            self.base_url,
            &Recipient::account(&to.email, &to.language, &to.time_zone),
            Some(to.user_id),
            |i18n| {
                (
                    i18n.t1("mail-briefing-reminder-subject", "title", &b.title),
                    vec![
                        i18n.t1("mail-greeting", "name", &to.name),
                        i18n.t_args(
                            "mail-briefing-reminder-body",
                            &[
                                ("title", b.title.clone()),
                                ("start", super::local_start(i18n, b)),
                            ],
                        ),
                    ],
                )
            },
            &format!("/briefings/{}", b.id),
        )
        .into_iter()
        .collect()
    }
}
