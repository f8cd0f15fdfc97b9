//! What product feedback and office hours tell people, in words. The store decides who is
//! told (in the transaction of the change) and reads the language each reads; these
//! functions write what each one reads, in that language.

use super::state_label;
use crate::i18n::I18n;
use crate::mail::{Recipient, notice};
use heroes_domain::feedback::State;
use heroes_store::feedback;
use heroes_store::notifications::Notice;
use heroes_store::office_hours::{Booker, Slot};

/// To an area's owner: a hero filed a new item.
pub fn filed(
    base_url: &str,
    to: &feedback::Recipient,
    id: i64,
    area: &str,
    title: &str,
) -> Option<Notice> {
    notice_to(base_url, to, &format!("/staff/feedback/{id}"), |i18n| {
        (
            i18n.t_args(
                "feedback-mail-filed-subject",
                &[("area", area.to_owned()), ("title", title.to_owned())],
            ),
            vec![
                i18n.t1("mail-greeting", "name", &to.name),
                i18n.t1("feedback-mail-filed-body", "area", area),
            ],
        )
    })
}

/// To the author (a staff answer) or the area's owners (the author's answer): someone wrote
/// in the thread.
pub fn answered(
    base_url: &str,
    to: &feedback::Recipient,
    id: i64,
    title: &str,
    for_staff: bool,
) -> Option<Notice> {
    let link = if for_staff {
        format!("/staff/feedback/{id}")
    } else {
        format!("/feedback/{id}")
    };
    notice_to(base_url, to, &link, |i18n| {
        (
            i18n.t1("feedback-mail-answered-subject", "title", title),
            vec![
                i18n.t1("mail-greeting", "name", &to.name),
                i18n.t("feedback-mail-answered-body"),
            ],
        )
    })
}

/// To the author and every follower: the item moved to `state`; a shipped or declined item
/// carries the staff's note.
pub fn moved(
    base_url: &str,
    to: &feedback::Recipient,
    id: i64,
    title: &str,
    state: State,
    note: &str,
) -> Option<Notice> {
    notice_to(base_url, to, &format!("/feedback/{id}"), |i18n| {
        let label = state_label(i18n, state);
        let mut paragraphs = vec![
            i18n.t1("mail-greeting", "name", &to.name),
            i18n.t_args(
                "feedback-mail-moved-body",
                &[("title", title.to_owned()), ("state", label.clone())],
            ),
        ];
        if !note.trim().is_empty() {
            paragraphs.push(i18n.t1("feedback-mail-note", "note", note.trim()));
        }
        (
            i18n.t_args(
                "feedback-mail-moved-subject",
                &[("title", title.to_owned()), ("state", label)],
            ),
            paragraphs,
        )
    })
}

/// A notice to `to` in their own language and zone, linking to `link`.
fn notice_to(
    base_url: &str,
    to: &feedback::Recipient,
    link: &str,
    compose: impl FnOnce(&I18n) -> (String, Vec<String>),
) -> Option<Notice> {
    notice(
        base_url,
        &Recipient::account(&to.email, &to.language, &to.time_zone),
        Some(to.user_id),
        compose,
        link,
    )
}

/// To the hero who booked a slot: it starts soon.
pub fn reminder(base_url: &str, to: &Booker, slot: &Slot) -> Option<Notice> {
    notice(
        base_url,
        &Recipient::account(&to.email, &to.language, &to.time_zone),
        Some(to.user_id),
        |i18n| {
            let starts = crate::office_hours::local_time(i18n, slot);
            (
                i18n.t1(
                    "office-hours-mail-reminder-subject",
                    "area",
                    &slot.area_name,
                ),
                vec![
                    i18n.t1("mail-greeting", "name", &to.name),
                    i18n.t_args(
                        "office-hours-mail-reminder-body",
                        &[
                            ("area", slot.area_name.clone()),
                            ("starts", starts),
                            ("link", slot.link.clone()),
                        ],
                    ),
                ],
            )
        },
        "/office-hours",
    )
}
