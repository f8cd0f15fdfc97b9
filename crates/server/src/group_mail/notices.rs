//! What a group's mail reads like: the leader's words, framed in each member's language, with
//! the way to the group and a one-click unsubscribe from its mail.

use crate::mail::{Letter, Recipient};
use heroes_store::groups::{self, Group};
use heroes_store::outbox::OutgoingMail;

/// A leader's mail as it goes out.
pub struct GroupMail<'a> {
    /// The group it is from.
    pub group: &'a Group,
    /// The leader's name.
    pub sender: &'a str,
    /// The leader's subject, as typed.
    pub subject: &'a str,
    /// The leader's words, as typed.
    pub body: &'a str,
}

impl GroupMail<'_> {
    /// The mail to one member, whose signed unsubscribe token is `token`. Each member reads
    /// the frame around the leader's words in their own language.
    pub fn to(
        &self,
        base_url: &str,
        member: &groups::Recipient,
        token: &str,
    ) -> Option<OutgoingMail> {
        let group = self.group;
        let unsubscribe = format!("{base_url}/groups/{}/unsubscribe?token={token}", group.slug);
        let to = Recipient::account(&member.email, &member.language, &member.time_zone);
        let i18n = to.i18n();
        let letter = Letter {
            subject: format!("[{}] {}", group.name, self.subject),
            paragraphs: vec![
                self.body.to_owned(),
                i18n.t_args(
                    "group-mail-from",
                    &[
                        ("name", self.sender.to_owned()),
                        ("group", group.name.clone()),
                    ],
                ),
            ],
            action: Some((
                i18n.t("group-mail-open-group"),
                format!("{base_url}/groups/{}", group.slug),
            )),
            footer: i18n.t1("group-mail-footer", "link", &unsubscribe),
        };
        match letter.to(&to) {
            Ok(mut mail) => {
                mail.list_unsubscribe = Some(unsubscribe);
                Some(mail)
            }
            Err(e) => {
                tracing::error!(error = format!("{e:#}"), "could not render a group's mail");
                None
            }
        }
    }
}
