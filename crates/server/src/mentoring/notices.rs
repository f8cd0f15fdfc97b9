//! The notices mentoring sends: a mentor is asked, a member hears the answer, one side
//! ends a mentorship. Each is mailed and listed in the account, with the change it tells of.

use crate::i18n::I18n;
use crate::selection::notices::notice;
use heroes_domain::mentoring::AskStep;
use heroes_store::mentoring::{AskRow, RequestRow};
use heroes_store::notifications::Notice;

/// An account to tell: `(id, email, name)`.
pub type Person = (i64, String, String);

/// Mentoring notices in one language, linking into one site.
pub struct MentoringNotices<'a> {
    base_url: &'a str,
    i18n: &'a I18n,
}

impl<'a> MentoringNotices<'a> {
    /// Notices written in `i18n`'s language with links under `base_url`.
    pub fn new(base_url: &'a str, i18n: &'a I18n) -> Self {
        MentoringNotices { base_url, i18n }
    }

    /// Tells a mentor that `member` asks them, with the request's topics and goals.
    pub fn asked(
        &self,
        (id, email, name): Person,
        member: &str,
        request: &RequestRow,
    ) -> Option<Notice> {
        let i18n = self.i18n;
        notice(
            self.base_url,
            i18n,
            Some(id),
            &email,
            i18n.t1("mail-mentoring-asked-subject", "member", member),
            vec![
                i18n.t1("mail-greeting", "name", &name),
                i18n.t_args(
                    "mail-mentoring-asked",
                    &[
                        ("member", member.to_owned()),
                        ("topics", request.topics.clone()),
                    ],
                ),
                request.goals.clone(),
            ],
            "/account/mentoring",
        )
    }

    /// Tells the member how a mentor answered.
    pub fn answered(
        &self,
        (id, email, name): Person,
        ask: &AskRow,
        step: AskStep,
    ) -> Option<Notice> {
        let i18n = self.i18n;
        let which = match step {
            AskStep::Accept => "accepted",
            AskStep::Decline => "declined",
            AskStep::Withdraw => return None,
        };
        notice(
            self.base_url,
            i18n,
            Some(id),
            &email,
            i18n.t1(
                &format!("mail-mentoring-{which}-subject"),
                "mentor",
                &ask.mentor_name,
            ),
            vec![
                i18n.t1("mail-greeting", "name", &name),
                i18n.t1(
                    &format!("mail-mentoring-{which}"),
                    "mentor",
                    &ask.mentor_name,
                ),
            ],
            "/account/mentoring",
        )
    }

    /// Tells the other side that a mentorship ended, with the word left.
    pub fn ended(
        &self,
        (id, email, name): Person,
        by: &str,
        word: &str,
        mentorship_id: i64,
    ) -> Option<Notice> {
        let i18n = self.i18n;
        notice(
            self.base_url,
            i18n,
            Some(id),
            &email,
            i18n.t1("mail-mentorship-ended-subject", "name", by),
            vec![
                i18n.t1("mail-greeting", "name", &name),
                i18n.t1("mail-mentorship-ended", "name", by),
                word.to_owned(),
            ],
            &format!("/account/mentorships/{mentorship_id}"),
        )
    }
}
