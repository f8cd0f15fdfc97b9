//! The notices mentoring sends: a mentor is asked, a member hears the answer, one side
//! ends a mentorship. Each is mailed and listed in the account, with the change it tells of,
//! in the language of the account it goes to.

use crate::mail::{Recipient, notice};
use heroes_domain::mentoring::AskStep;
use heroes_store::mentoring::{AskRow, RequestRow};
use heroes_store::notifications::{Addressee, Notice};

/// Mentoring notices, linking into one site.
pub struct MentoringNotices<'a> {
    base_url: &'a str,
}

impl<'a> MentoringNotices<'a> {
    /// Notices with links under `base_url`.
    pub fn new(base_url: &'a str) -> Self {
        MentoringNotices { base_url }
    }

    /// Tells a mentor that `member` asks them, with the request's topics and goals.
    pub fn asked(&self, to: &Addressee, member: &str, request: &RequestRow) -> Option<Notice> {
        notice(
            self.base_url,
            &Recipient::addressee(to),
            Some(to.user_id),
            |i18n| {
                (
                    i18n.t1("mail-mentoring-asked-subject", "member", member),
                    vec![
                        i18n.t1("mail-greeting", "name", &to.name),
                        i18n.t_args(
                            "mail-mentoring-asked",
                            &[
                                ("member", member.to_owned()),
                                ("topics", request.topics.clone()),
                            ],
                        ),
                        request.goals.clone(),
                    ],
                )
            },
            "/account/mentoring",
        )
    }

    /// Tells the member how a mentor answered.
    pub fn answered(&self, to: &Addressee, ask: &AskRow, step: AskStep) -> Option<Notice> {
        let which = match step {
            AskStep::Accept => "accepted",
            AskStep::Decline => "declined",
            AskStep::Withdraw => return None,
        };
        notice(
            self.base_url,
            &Recipient::addressee(to),
            Some(to.user_id),
            |i18n| {
                (
                    i18n.t1(
                        &format!("mail-mentoring-{which}-subject"),
                        "mentor",
                        &ask.mentor_name,
                    ),
                    vec![
                        i18n.t1("mail-greeting", "name", &to.name),
                        i18n.t1(
                            &format!("mail-mentoring-{which}"),
                            "mentor",
                            &ask.mentor_name,
                        ),
                    ],
                )
            },
            "/account/mentoring",
        )
    }

    /// Tells the other side that a mentorship ended, with the word left.
    pub fn ended(
        &self,
        to: &Addressee,
        by: &str,
        word: &str,
        mentorship_id: i64,
    ) -> Option<Notice> {
        notice(
            self.base_url,
            &Recipient::addressee(to),
            Some(to.user_id),
            |i18n| {
                (
                    i18n.t1("mail-mentorship-ended-subject", "name", by),
                    vec![
                        i18n.t1("mail-greeting", "name", &to.name),
                        i18n.t1("mail-mentorship-ended", "name", by),
                        word.to_owned(),
                    ],
                )
            },
            &format!("/account/mentorships/{mentorship_id}"),
        )
    }
}
