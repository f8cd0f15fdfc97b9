//! What speaking invitations tell people, in words: the invitation to the hero, and the
//! hero's answer to the organizer who asked. Each is written in its recipient's language.

use crate::mail::{Recipient, notice};
use heroes_domain::speakers::InvitationStep;
use heroes_store::notifications::{Addressee, Notice};
use heroes_store::speakers::Invitation as Sent;

/// An organizer's invitation to a hero, as typed.
pub struct Invitation<'a> {
    /// The hero's name.
    pub hero_name: &'a str,
    /// The organizer's name.
    pub organizer: &'a str,
    /// The event's title.
    pub event: &'a str,
    /// The talk asked for.
    pub talk: &'a str,
    /// The organizer's own words (may be empty).
    pub message: &'a str,
}

impl Invitation<'_> {
    /// The notice to the hero (`to`, their account), linking to invitation `id`.
    pub fn to(&self, base_url: &str, to: &Addressee, id: i64) -> Option<Notice> {
        let args = [
            ("name", self.hero_name.to_owned()),
            ("organizer", self.organizer.to_owned()),
            ("event", self.event.to_owned()),
            ("talk", self.talk.to_owned()),
        ];
        notice(
            base_url,
            &Recipient::addressee(to),
            Some(to.user_id),
            |i18n| {
                let mut paragraphs = vec![i18n.t_args("speaker-mail-invited-body", &args)];
                if !self.message.is_empty() {
                    paragraphs.push(self.message.to_owned());
                }
                paragraphs.push(i18n.t("speaker-mail-invited-answer"));
                (
                    i18n.t_args("speaker-mail-invited-subject", &args),
                    paragraphs,
                )
            },
            &format!("/account/speaking/invitations/{id}"),
        )
    }
}

/// The mail to the organizer who invited: the hero's answer.
pub fn answered(
    base_url: &str,
    organizer: &heroes_store::accounts::User,
    invitation: &Sent,
    step: InvitationStep,
) -> Option<Notice> {
    let key = match step {
        InvitationStep::Accept => "speaker-mail-accepted",
        _ => "speaker-mail-declined",
    };
    let args = [
        ("name", organizer.name.clone()),
        ("hero", invitation.hero_name.clone()),
        ("event", invitation.event_title.clone()),
        ("talk", invitation.talk_title.clone()),
    ];
    notice(
        base_url,
        &Recipient::account(&organizer.email, &organizer.language, &organizer.time_zone),
        Some(organizer.id),
        |i18n| {
            (
                i18n.t_args(&format!("{key}-subject"), &args),
                vec![i18n.t_args(&format!("{key}-body"), &args)],
            )
        },
        &format!("/events/{}/speakers", invitation.event_id),
    )
}
