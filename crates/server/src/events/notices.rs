//! What events tell people: the mail to the person a freed seat went to, and the message
//! keys of the notices an event's page shows after an RSVP.

use crate::mail::{Recipient, notice};
use heroes_domain::events::RsvpRefusal;
use heroes_store::events::{Event, Promoted};
use heroes_store::notifications::Notice;

/// The notice to someone promoted from the waitlist: they have a seat now (in their language).
pub fn promoted(base_url: &str, event: &Event, person: &Promoted) -> Option<Notice> {
    let title = &event.summary.title;
    notice(
        base_url,
        &Recipient::account(&person.email, &person.language, &person.time_zone),
        Some(person.user_id),
        |i18n| {
            (
                i18n.t1("event-mail-promoted-subject", "event", title),
                vec![
                    i18n.t_args(
                        "event-mail-promoted-body",
                        &[("name", person.name.clone()), ("event", title.clone())],
                    ),
                    i18n.t("event-mail-promoted-cancel"),
                ],
            )
        },
        &format!("/events/{}", event.summary.id),
    )
}

/// The `notice` parameter for a refusal (kept in the address so a reload shows it again).
pub fn refusal_key(refusal: RsvpRefusal) -> &'static str {
    match refusal {
        RsvpRefusal::Past => "past",
        RsvpRefusal::DeadlinePassed => "deadline",
        RsvpRefusal::EventCancelled => "event-cancelled",
        RsvpRefusal::NotComing => "not-coming",
        RsvpRefusal::NotWaiting => "not-waiting",
    }
}

/// The message id of a `notice` parameter, for the ones this page knows.
pub fn notice_id(key: &str) -> Option<&'static str> {
    Some(match key {
        "saved" => "event-notice-saved",
        "going" => "event-notice-going",
        "waiting" => "event-notice-waiting",
        "cancelled" => "event-notice-cancelled",
        "past" => RsvpRefusal::Past.message_id(),
        "deadline" => RsvpRefusal::DeadlinePassed.message_id(),
        "event-cancelled" => RsvpRefusal::EventCancelled.message_id(),
        "not-coming" => RsvpRefusal::NotComing.message_id(),
        "not-waiting" => RsvpRefusal::NotWaiting.message_id(),
        _ => return None,
    })
}
