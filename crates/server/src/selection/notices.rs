//! What selection tells people, in words: every notice a step sends (a mail in the outbox
//! and a line in the person's account), composed here so handlers and jobs only say which
//! step happened. The store writes the notices in the transaction of the step.

use crate::i18n::I18n;
use crate::mail::Letter;
use chrono::NaiveDate;
use heroes_domain::selection::candidacy::State;
use heroes_store::notifications::Notice;
use heroes_store::selection::{Candidacy, Nominated};

/// A notice: a mail built from paragraphs, and the same text in the person's account.
pub fn notice(
    base_url: &str,
    i18n: &I18n,
    user_id: Option<i64>,
    to: &str,
    subject: String,
    paragraphs: Vec<String>,
    link: &str,
) -> Option<Notice> {
    let letter = Letter {
        subject,
        paragraphs,
        action: Some((i18n.t("mail-open-action"), format!("{base_url}{link}"))),
        footer: i18n.t("mail-footer-program"),
    };
    match letter.to(i18n, to) {
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

/// A nominator's account: id, address and name.
pub type Nominator = (i64, String, String);

/// The notices of selection steps, in one language, linking into one site.
pub struct Notices<'a> {
    base_url: &'a str,
    i18n: &'a I18n,
}

impl<'a> Notices<'a> {
    /// Notices written in `i18n`'s language with links under `base_url`.
    pub fn new(base_url: &'a str, i18n: &'a I18n) -> Self {
        Notices { base_url, i18n }
    }

    fn one(
        &self,
        user_id: Option<i64>,
        to: &str,
        subject: String,
        paragraphs: Vec<String>,
        link: &str,
    ) -> Option<Notice> {
        notice(
            self.base_url,
            self.i18n,
            user_id,
            to,
            subject,
            paragraphs,
            link,
        )
    }

    /// To every nominator: `subject` and one paragraph, linking to their list.
    fn to_nominators(&self, nominators: &[Nominator], subject: &str, body: &str) -> Vec<Notice> {
        let i18n = self.i18n;
        nominators
            .iter()
            .filter_map(|(id, email, name)| {
                self.one(
                    Some(*id),
                    email,
                    subject.to_owned(),
                    vec![i18n.t1("mail-greeting", "name", name), body.to_owned()],
                    "/account/nominations",
                )
            })
            .collect()
    }

    /// A nomination was submitted: the nominee hears of it when it opened the candidacy
    /// (marked as asked for by `requested_by`, so it counts against the mail limits: anyone
    /// with an account can name anyone), the nominator gets a receipt unless the submit
    /// repeated one already made.
    pub fn nominated(
        &self,
        n: &Nominated,
        nominee: (&str, &str),
        nominator: (i64, &str, &str),
        requested_by: &str,
    ) -> Vec<Notice> {
        let i18n = self.i18n;
        let (nominee_name, nominee_email) = nominee;
        let (nominator_id, nominator_email, nominator_name) = nominator;
        let mut notices = Vec::new();
        if n.new_candidacy {
            let nominee_notice = self.one(
                n.nominee_user_id,
                nominee_email,
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
                            ("nominator", nominator_name.to_owned()),
                            ("specialization", n.specialization_name.clone()),
                            ("cycle", n.cycle_name.clone()),
                        ],
                    ),
                    i18n.t1("mail-nominated-how", "email", nominee_email),
                ],
                "/account/nominations",
            );
            notices.extend(nominee_notice.map(|mut notice| {
                notice.mail = notice.mail.requested_by(requested_by);
                notice
            }));
        }
        if n.new_nomination {
            notices.extend(self.one(
                Some(nominator_id),
                nominator_email,
                i18n.t1("mail-nomination-received-subject", "name", nominee_name),
                vec![
                    i18n.t1("mail-greeting", "name", nominator_name),
                    i18n.t_args(
                        "mail-nomination-received-body",
                        &[
                            ("name", nominee_name.to_owned()),
                            ("specialization", n.specialization_name.clone()),
                        ],
                    ),
                ],
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
        let i18n = self.i18n;
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
        self.to_nominators(
            nominators,
            &i18n.t1(subject, "name", &c.nominee_name),
            &i18n.t1(body, "name", &c.nominee_name),
        )
    }

    /// An admin decided (or reopened) a candidacy, which is now `to`: the nominators hear
    /// the outcome, the nominee hears it with `date` (of the announcement, or from which a
    /// new nomination is allowed) and the admin's `feedback`, if any.
    pub fn decided(
        &self,
        nominators: &[Nominator],
        c: &Candidacy,
        to: State,
        date: Option<NaiveDate>,
        feedback: &str,
    ) -> Vec<Notice> {
        let i18n = self.i18n;
        let outcome = to.outcome().map_or("reopened", |o| o.as_str());
        let mut notices = self.to_nominators(
            nominators,
            &i18n.t1("mail-decided-subject", "name", &c.nominee_name),
            &i18n.t_args(
                "mail-decided-nominator-body",
                &[
                    ("name", c.nominee_name.clone()),
                    ("outcome", i18n.t(&format!("outcome-{outcome}"))),
                ],
            ),
        );
        let mut paragraphs = vec![
            i18n.t1("mail-greeting", "name", &c.nominee_name),
            i18n.t_args(
                &format!("mail-decided-{outcome}"),
                &[
                    ("specialization", c.specialization_name.clone()),
                    ("date", date.map(|d| d.to_string()).unwrap_or_default()),
                ],
            ),
        ];
        if !feedback.is_empty() {
            paragraphs.push(feedback.to_owned());
        }
        notices.extend(self.one(
            c.nominee_user_id,
            &c.nominee_email,
            i18n.t1(
                "mail-decided-nominee-subject",
                "specialization",
                &c.specialization_name,
            ),
            paragraphs,
            &format!("/account/nominations/{}", c.id),
        ));
        notices
    }

    /// A reviewer was given `added` more candidacies to review.
    pub fn reviewer_assigned(&self, reviewer: (i64, &str, &str), added: u64) -> Vec<Notice> {
        let i18n = self.i18n;
        let (id, name, email) = reviewer;
        let added = i64::try_from(added).unwrap_or(i64::MAX);
        self.one(
            Some(id),
            email,
            i18n.tn("mail-assigned-subject", "count", added),
            vec![
                i18n.t1("mail-greeting", "name", name),
                i18n.tn("mail-assigned-body", "count", added),
            ],
            "/review",
        )
        .into_iter()
        .collect()
    }

    /// The new hero's page is public at `/heroes/{slug}`.
    pub fn announced(&self, c: &Candidacy, slug: &str) -> Vec<Notice> {
        let i18n = self.i18n;
        self.one(
            c.nominee_user_id,
            &c.nominee_email,
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
            &format!("/heroes/{slug}"),
        )
        .into_iter()
        .collect()
    }
}
