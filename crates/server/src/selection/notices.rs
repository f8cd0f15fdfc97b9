//! What selection tells people, in words: every notice a step sends (a mail in the outbox
//! and a line in the person's account), composed here so handlers and jobs only say which
//! step happened. The store writes the notices in the transaction of the step.
//!
//! Each notice is written in its recipient's language, never in the language of whoever
//! caused it: the words are composed inside a closure that is handed the recipient's catalog
//! (see [`crate::mail::notice`]), so there is no other catalog within reach to write them with.

use crate::i18n::I18n;
use crate::mail::{Recipient, notice};
use chrono::NaiveDate;
use heroes_domain::selection::candidacy::State;
use heroes_store::notifications::Notice;
use heroes_store::selection::{Candidacy, Nominated};

/// A nominator's account: what a notice to them needs.
#[derive(Debug, Clone)]
pub struct Nominator {
    /// Their account.
    pub id: i64,
    /// Their address.
    pub email: String,
    /// Their name.
    pub name: String,
    /// The language their account reads (empty: none chosen).
    pub language: String,
    /// The IANA zone their account reads times in (empty: none chosen).
    pub time_zone: String,
}

impl Nominator {
    /// The nominator signed in as `user`.
    pub fn of(user: &heroes_store::accounts::User) -> Self {
        Nominator {
            id: user.id,
            email: user.email.clone(),
            name: user.name.clone(),
            language: user.language.clone(),
            time_zone: user.time_zone.clone(),
        }
    }
}

/// The notices of selection steps, linking into one site, each in its recipient's language.
pub struct Notices<'a> {
    base_url: &'a str,
    /// The language of the page that caused the step: used only for mail to the person at
    /// that page (the nominator's receipt) when their account names no language.
    page: &'a I18n,
}

impl<'a> Notices<'a> {
    /// Notices with links under `base_url`, caused by someone reading `page`.
    pub fn new(base_url: &'a str, page: &'a I18n) -> Self {
        Notices { base_url, page }
    }

    fn one(
        &self,
        user_id: Option<i64>,
        to: &Recipient,
        compose: impl FnOnce(&I18n) -> (String, Vec<String>),
        link: &str,
    ) -> Option<Notice> {
        notice(self.base_url, to, user_id, compose, link)
    }

    /// To every nominator: a subject and one paragraph (each written by `words` in that
    /// nominator's language), linking to their list.
    fn to_nominators(
        &self,
        nominators: &[Nominator],
        words: impl Fn(&I18n) -> (String, String),
    ) -> Vec<Notice> {
        nominators
            .iter()
            .filter_map(|n| {
                let to = Recipient::account(&n.email, &n.language, &n.time_zone);
                self.one(
                    Some(n.id),
                    &to,
                    |i18n| {
                        let (subject, body) = words(i18n);
                        (
                            subject,
                            vec![i18n.t1("mail-greeting", "name", &n.name), body],
                        )
                    },
                    "/account/nominations",
                )
            })
            .collect()
    }

    /// A nomination was submitted: the nominee hears of it when it opened the candidacy
    /// (marked as asked for by `requested_by`, so it counts against the mail limits: anyone
    /// with an account can name anyone), the nominator gets a receipt unless the submit
    /// repeated one already made. `nominee` is (name, where their mail goes).
    pub fn nominated(
        &self,
        n: &Nominated,
        nominee: (&str, &Recipient),
        nominator: &Nominator,
        requested_by: &str,
    ) -> Vec<Notice> {
        let (nominee_name, to) = nominee;
        let nominee_email = to.address();
        let mut notices = Vec::new();
        if n.new_candidacy {
            let nominee_notice = self.one(
                n.nominee_user_id,
                to,
                |i18n| {
                    (
                        i18n.t1(
                            "mail-nominated-subject",
                            "specialization",
                            &n.specialization_name,
                        ),
                        vec![
                            i18n.t1("mail-greeting", "name", nominee_name),
                            i18n.t_args(
                                "mail-nominated-body",
                                &[
                                    ("nominator", nominator.name.clone()),
                                    ("specialization", n.specialization_name.clone()),
                                    ("cycle", n.cycle_name.clone()),
                                ],
                            ),
                            i18n.t1("mail-nominated-how", "email", nominee_email),
                        ],
                    )
                },
                "/account/nominations",
            );
            notices.extend(nominee_notice.map(|mut notice| {
                notice.mail = notice.mail.requested_by(requested_by);
                notice
            }));
        }
        if n.new_nomination {
            let to = Recipient::account_at_page(
                &nominator.email,
                &nominator.language,
                &nominator.time_zone,
                self.page,
            );
            notices.extend(self.one(
                Some(nominator.id),
                &to,
                |i18n| {
                    (
                        i18n.t1("mail-nomination-received-subject", "name", nominee_name),
                        vec![
                            i18n.t1("mail-greeting", "name", &nominator.name),
                            i18n.t_args(
                                "mail-nomination-received-body",
                                &[
                                    ("name", nominee_name.to_owned()),
                                    ("specialization", n.specialization_name.clone()),
                                ],
                            ),
                        ],
                    )
                },
                "/account/nominations",
            ));
        }
        notices
    }

    /// The nominee accepted (`accepted`) or declined: every nominator is told.
    pub fn nominee_answered(
        &self,
        nominators: &[Nominator],
        c: &Candidacy,
        accepted: bool,
    ) -> Vec<Notice> {
        let (subject, body) = if accepted {
            (
                "mail-nominee-accepted-subject",
                "mail-nominee-accepted-body",
            )
        } else {
            (
                "mail-nominee-declined-subject",
                "mail-nominee-declined-body",
            )
        };
        self.to_nominators(nominators, |i18n| {
            (
                i18n.t1(subject, "name", &c.nominee_name),
                i18n.t1(body, "name", &c.nominee_name),
            )
        })
    }

    /// An admin decided (or reopened) a candidacy, which is now `to`: the nominators hear
    /// the outcome, the nominee hears it with `date` (of the announcement, or from which a
    /// new nomination is allowed) and the admin's `feedback`, if any — each in their own
    /// language, not the admin's.
    pub fn decided(
        &self,
        nominators: &[Nominator],
        c: &Candidacy,
        to: State,
        date: Option<NaiveDate>,
        feedback: &str,
    ) -> Vec<Notice> {
        let outcome = to.outcome().map_or("reopened", |o| o.as_str());
        let mut notices = self.to_nominators(nominators, |i18n| {
            (
                i18n.t1("mail-decided-subject", "name", &c.nominee_name),
                i18n.t_args(
                    "mail-decided-nominator-body",
                    &[
                        ("name", c.nominee_name.clone()),
                        ("outcome", i18n.t(&format!("outcome-{outcome}"))),
                    ],
                ),
            )
        });
        let nominee =
            Recipient::account(&c.nominee_email, &c.nominee_language, &c.nominee_time_zone);
        notices.extend(self.one(
            c.nominee_user_id,
            &nominee,
            |i18n| {
                let mut paragraphs = vec![
                    i18n.t1("mail-greeting", "name", &c.nominee_name),
                    i18n.t_args(
                        &format!("mail-decided-{outcome}"),
                        &[
                            ("specialization", c.specialization_name.clone()),
                            ("date", date.map(|d| i18n.date(d)).unwrap_or_default()),
                        ],
                    ),
                ];
                if !feedback.is_empty() {
                    paragraphs.push(feedback.to_owned());
                }
                (
                    i18n.t1(
                        "mail-decided-nominee-subject",
                        "specialization",
                        &c.specialization_name,
                    ),
                    paragraphs,
                )
            },
            &format!("/account/nominations/{}", c.id),
        ));
        notices
    }

    /// A reviewer (account id, name, where their mail goes) was given `added` more candidacies
    /// to review.
    pub fn reviewer_assigned(&self, reviewer: (i64, &str, &Recipient), added: u64) -> Vec<Notice> {
        let (id, name, to) = reviewer;
        let added = i64::try_from(added).unwrap_or(i64::MAX);
        self.one(
            Some(id),
            to,
            |i18n| {
                (
                    i18n.tn("mail-assigned-subject", "count", added),
                    vec![
                        i18n.t1("mail-greeting", "name", name),
                        i18n.tn("mail-assigned-body", "count", added),
                    ],
                )
            },
            "/review",
        )
        .into_iter()
        .collect()
    }

    /// The new hero's page is public at `/heroes/{slug}`.
    pub fn announced(&self, c: &Candidacy, slug: &str) -> Vec<Notice> {
        let to = Recipient::account(&c.nominee_email, &c.nominee_language, &c.nominee_time_zone);
        self.one(
            c.nominee_user_id,
            &to,
            |i18n| {
                (
                    i18n.t1(
                        "mail-announced-subject",
                        "specialization",
                        &c.specialization_name,
                    ),
                    vec![
                        i18n.t1("mail-greeting", "name", &c.nominee_name),
                        i18n.t1(
                            "mail-announced-body",
                            "specialization",
                            &c.specialization_name,
                        ),
                    ],
                )
            },
            &format!("/heroes/{slug}"),
        )
        .into_iter()
        .collect()
    }
}
