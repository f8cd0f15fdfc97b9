//! What briefings tell people, in words: a seat freed for a waiting hero, the daily digest
//! of new briefings, the reminder the day before.

use crate::i18n::I18n;
use crate::selection::notices::notice;
use heroes_store::briefings::{Briefing, Promoted};
use heroes_store::notifications::Notice;

/// The notices of briefings, in one language, linking into one site.
pub struct Notices<'a> {
    base_url: &'a str,
    i18n: &'a I18n,
}

impl<'a> Notices<'a> {
    /// Notices written in `i18n`'s language with links under `base_url`.
    pub fn new(base_url: &'a str, i18n: &'a I18n) -> Self {
        Notices { base_url, i18n }
    }

    /// A waiting hero got a seat.
    pub fn promoted(&self, p: &Promoted) -> Vec<Notice> {
        let i18n = self.i18n;
        notice(
            self.base_url,
            i18n,
            Some(p.user_id),
            &p.email,
            i18n.t1("mail-briefing-seat-subject", "title", &p.title),
            vec![
                i18n.t1("mail-greeting", "name", &p.name),
                i18n.t1("mail-briefing-seat-body", "title", &p.title),
            ],
            &format!("/briefings/{}", p.briefing_id),
        )
        .into_iter()
        .collect()
    }

    /// New briefings a hero may see, gathered in one mail.
    pub fn digest(&self, user_id: i64, email: &str, name: &str, new: &[&Briefing]) -> Vec<Notice> {
        let i18n = self.i18n;
        let mut paragraphs = vec![
            i18n.t1("mail-greeting", "name", name),
            i18n.tn("mail-briefing-digest-body", "count", new.len() as i64),
        ];
        paragraphs.extend(
            new.iter()
                .map(|b| format!("{} — {}", b.title, super::local_start(i18n, b))),
        );
        notice(
            self.base_url,
            i18n,
            Some(user_id),
            email,
            i18n.tn("mail-briefing-digest-subject", "count", new.len() as i64),
            paragraphs,
            "/briefings",
        )
        .into_iter()
        .collect()
    }

    /// The day before a briefing, to a seated hero.
    pub fn reminder(&self, user_id: i64, email: &str, name: &str, b: &Briefing) -> Vec<Notice> {
        let i18n = self.i18n;
        notice(
            self.base_url,
            i18n,
            Some(user_id),
            email,
            i18n.t1("mail-briefing-reminder-subject", "title", &b.title),
            vec![
                i18n.t1("mail-greeting", "name", name),
                i18n.t_args(
                    "mail-briefing-reminder-body",
                    &[
                        ("title", b.title.clone()),
                        ("start", super::local_start(i18n, b)),
                    ],
                ),
            ],
            &format!("/briefings/{}", b.id),
        )
        .into_iter()
        .collect()
    }
}
