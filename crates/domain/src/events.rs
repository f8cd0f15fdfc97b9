//! Events of a group or of the program, their speakers, and RSVPs with a waitlist.
//!
//! An event's times are [`ZonedTime`]s: what the organizer typed in the zone they chose, so a
//! meetup at 18:30 in Berlin stays at 18:30 across a daylight-saving change. An RSVP moves
//! through [`RsvpState::apply`]; the store loads the state under the event's row lock, asks
//! here, and writes the answer, so the seat count and the waitlist never disagree.

use chrono::{DateTime, Utc};

use crate::calendar::ZonedTime;
use crate::error::{Problem, ValidationError, keep, names};
use crate::hero::TimeZone;
use crate::slug::Slug;
use crate::text::{Line, LongText, OptionalLine};
use crate::web::WebUrl;

/// What sort of event it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Meetup,
    Conference,
    Workshop,
    OnlineSession,
}

impl EventKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [EventKind; 4] = [
        EventKind::Meetup,
        EventKind::Conference,
        EventKind::Workshop,
        EventKind::OnlineSession,
    ];

    /// The stable name used in the database, URLs and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Meetup => "meetup",
            EventKind::Conference => "conference",
            EventKind::Workshop => "workshop",
            EventKind::OnlineSession => "online-session",
        }
    }
}

names!(
    EventKind,
    stored as "event kind",
    submitted expecting "expected-meetup-conference-workshop-online"
);

/// The largest capacity a form accepts (a conference hall, not a stadium).
pub const MAX_CAPACITY: i64 = 100_000;

/// At most this many speakers on one event.
pub const MAX_SPEAKERS: usize = 30;

/// A speaker as typed: `who | talk title`, where `who` is a hero's address (slug) or name, or
/// anyone's name. The store links it to the hero when one answers to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerLine {
    pub who: Line,
    pub talk: Line,
}

/// An event, parsed.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub title: Line,
    pub description: LongText,
    pub kind: EventKind,
    pub starts: ZonedTime,
    pub ends: ZonedTime,
    pub venue: OptionalLine,
    pub online_url: Option<WebUrl>,
    /// Whether only people going see the online link.
    pub link_for_attendees: bool,
    pub capacity: Option<i64>,
    pub rsvp_deadline: Option<ZonedTime>,
    pub specialization: Option<Slug>,
    pub speakers: Vec<SpeakerLine>,
}

/// An event form as typed.
#[derive(Debug, Clone, Default)]
pub struct EventInput {
    pub title: String,
    pub description: String,
    pub kind: String,
    /// Local `YYYY-MM-DDTHH:MM` in `time_zone`.
    pub starts: String,
    pub ends: String,
    pub time_zone: String,
    pub venue: String,
    pub online_url: String,
    pub link_for_attendees: bool,
    pub capacity: String,
    pub rsvp_deadline: String,
    pub specialization: String,
    /// One `who | talk title` per line.
    pub speakers: String,
}

impl EventInput {
    /// Parses every field, collecting every error: an unknown zone, an end before the start,
    /// a deadline after the start, no place at all.
    pub fn parse(&self) -> Result<NewEvent, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let title = keep(&mut errors, Line::parse("title", &self.title));
        let description = keep(
            &mut errors,
            LongText::parse("description", &self.description),
        );
        let kind = keep(&mut errors, EventKind::parse("kind", &self.kind));
        let zone = keep(&mut errors, TimeZone::parse("time_zone", &self.time_zone));
        let venue = keep(&mut errors, OptionalLine::parse("venue", &self.venue));
        let online_url = keep(
            &mut errors,
            optional(&self.online_url, |v| WebUrl::parse("online_url", v)),
        );
        let capacity = keep(&mut errors, optional(&self.capacity, parse_capacity));
        let specialization = keep(
            &mut errors,
            optional(&self.specialization, |v| Slug::parse("specialization", v)),
        );
        let speakers = keep(&mut errors, parse_speakers(&self.speakers));
        let (mut starts, mut ends, mut deadline) = (None, None, None);
        if let Some(zone) = zone {
            starts = keep(&mut errors, ZonedTime::parse("starts", &self.starts, zone));
            ends = keep(&mut errors, ZonedTime::parse("ends", &self.ends, zone));
            deadline = keep(
                &mut errors,
                optional(&self.rsvp_deadline, |v| {
                    ZonedTime::parse("rsvp_deadline", v, zone)
                }),
            );
        }
        if let (Some(s), Some(e)) = (starts, ends)
            && e.instant() <= s.instant()
        {
            errors.push(ValidationError::new(
                "ends",
                Problem::Invalid {
                    expected: "expected-end-after-start",
                },
            ));
        }
        if let (Some(s), Some(Some(d))) = (starts, deadline)
            && d.instant() > s.instant()
        {
            errors.push(ValidationError::new(
                "rsvp_deadline",
                Problem::Invalid {
                    expected: "expected-deadline-later-start",
                },
            ));
        }
        if let (Some(venue), Some(url)) = (&venue, &online_url)
            && venue.as_str().is_empty()
            && url.is_none()
        {
            errors.push(ValidationError::new(
                "venue",
                Problem::Invalid {
                    expected: "expected-venue-online-link-both",
                },
            ));
        }
        if kind == Some(EventKind::OnlineSession) && matches!(online_url, Some(None)) {
            errors.push(ValidationError::new("online_url", Problem::Empty));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let online_url = online_url.expect("checked");
        Ok(NewEvent {
            title: title.expect("checked"),
            description: description.expect("checked"),
            kind: kind.expect("checked"),
            starts: starts.expect("checked"),
            ends: ends.expect("checked"),
            venue: venue.expect("checked"),
            link_for_attendees: self.link_for_attendees && online_url.is_some(),
            online_url,
            capacity: capacity.expect("checked"),
            rsvp_deadline: deadline.expect("checked"),
            specialization: specialization.expect("checked"),
            speakers: speakers.expect("checked"),
        })
    }
}

fn optional<T>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<T, ValidationError>,
) -> Result<Option<T>, ValidationError> {
    let text = text.trim();
    if text.is_empty() {
        Ok(None)
    } else {
        parse(text).map(Some)
    }
}

fn parse_capacity(text: &str) -> Result<i64, ValidationError> {
    text.parse::<i64>()
        .ok()
        .filter(|n| (1..=MAX_CAPACITY).contains(n))
        .ok_or(ValidationError::new(
            "capacity",
            Problem::OutOfRange {
                min: 1,
                max: MAX_CAPACITY,
            },
        ))
}

fn parse_speakers(text: &str) -> Result<Vec<SpeakerLine>, ValidationError> {
    let speakers = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (who, talk) = line.split_once('|').ok_or(ValidationError::new(
                "speakers",
                Problem::Invalid {
                    expected: "expected-speaker-line-name-hero",
                },
            ))?;
            Ok(SpeakerLine {
                who: Line::parse("speakers", who)?,
                talk: Line::parse("speakers", talk)?,
            })
        })
        .collect::<Result<Vec<_>, ValidationError>>()?;
    if speakers.len() > MAX_SPEAKERS {
        return Err(ValidationError::new(
            "speakers",
            Problem::OutOfRange {
                min: 0,
                max: MAX_SPEAKERS as i64,
            },
        ));
    }
    Ok(speakers)
}

/// One person's answer to one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RsvpState {
    /// Has a seat.
    Going,
    /// On the waitlist, promoted in the order they asked.
    Waiting,
    /// Not coming (any more).
    Cancelled,
}

impl RsvpState {
    /// Every state.
    pub const ALL: [RsvpState; 3] = [RsvpState::Going, RsvpState::Waiting, RsvpState::Cancelled];

    /// The stable name used in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            RsvpState::Going => "going",
            RsvpState::Waiting => "waiting",
            RsvpState::Cancelled => "cancelled",
        }
    }

    /// The state after `step` from `current` (`None`: never answered), or why not.
    pub fn apply(current: Option<RsvpState>, step: RsvpStep) -> Result<RsvpState, RsvpRefusal> {
        use RsvpState::*;
        match (current, step) {
            // Asking again changes nothing: a double click keeps one place.
            (Some(state @ (Going | Waiting)), RsvpStep::Ask { .. }) => Ok(state),
            (None | Some(Cancelled), RsvpStep::Ask { seat_free: true }) => Ok(Going),
            (None | Some(Cancelled), RsvpStep::Ask { seat_free: false }) => Ok(Waiting),
            (Some(Going | Waiting), RsvpStep::Cancel) => Ok(Cancelled),
            (None | Some(Cancelled), RsvpStep::Cancel) => Err(RsvpRefusal::NotComing),
            (Some(Waiting), RsvpStep::Promote) => Ok(Going),
            (_, RsvpStep::Promote) => Err(RsvpRefusal::NotWaiting),
        }
    }
}

names!(RsvpState, stored as "RSVP state");

/// What happens to an RSVP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpStep {
    /// The person asks for a place; `seat_free` says whether one is left.
    Ask { seat_free: bool },
    /// The person cancels (a seat or a waitlist place).
    Cancel,
    /// A seat came free and this person is next.
    Promote,
}

/// Why an RSVP is refused, each with its own message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpRefusal {
    /// The event has started or is over.
    Past,
    /// The RSVP deadline has passed.
    DeadlinePassed,
    /// The organizers cancelled the event.
    EventCancelled,
    /// Cancelling without a place.
    NotComing,
    /// Only a waiting person is promoted.
    NotWaiting,
}

impl RsvpRefusal {
    /// The message id in the catalog.
    pub fn message_id(self) -> &'static str {
        match self {
            RsvpRefusal::Past => "rsvp-refused-past",
            RsvpRefusal::DeadlinePassed => "rsvp-refused-deadline",
            RsvpRefusal::EventCancelled => "rsvp-refused-cancelled",
            RsvpRefusal::NotComing => "rsvp-refused-not-coming",
            RsvpRefusal::NotWaiting => "rsvp-refused-not-waiting",
        }
    }
}

/// Whether an event still takes RSVPs (and cancellations) at `now`.
pub fn takes_rsvps(
    starts: DateTime<Utc>,
    deadline: Option<DateTime<Utc>>,
    cancelled: bool,
    now: DateTime<Utc>,
) -> Result<(), RsvpRefusal> {
    if cancelled {
        Err(RsvpRefusal::EventCancelled)
    } else if starts <= now {
        Err(RsvpRefusal::Past)
    } else if deadline.is_some_and(|d| d <= now) {
        Err(RsvpRefusal::DeadlinePassed)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RsvpState::*;

    fn input() -> EventInput {
        EventInput {
            title: "Serverless night".into(),
            description: "Talks and pizza.".into(),
            kind: "meetup".into(),
            starts: "2027-03-27T18:30".into(),
            ends: "2027-03-28T01:00".into(),
            time_zone: "Europe/Berlin".into(),
            venue: "Factory, Berlin".into(),
            capacity: "40".into(),
            speakers: "ana-souza | Cold starts, measured\nJane Doe | Queues".into(),
            ..EventInput::default()
        }
    }

    #[test]
    fn an_event_parses_across_a_daylight_saving_change() {
        let event = input().parse().unwrap();
        // Berlin springs forward at 02:00 on 28 March 2027; 18:30 is CET, 01:00 still CET.
        assert_eq!(
            event.starts.instant().to_rfc3339(),
            "2027-03-27T17:30:00+00:00"
        );
        assert_eq!(
            event.ends.instant().to_rfc3339(),
            "2027-03-28T00:00:00+00:00"
        );
        assert_eq!(event.speakers.len(), 2);
        assert_eq!(event.capacity, Some(40));
    }

    #[test]
    fn refusals_name_their_fields() {
        let fields = |i: EventInput| -> Vec<&'static str> {
            i.parse().unwrap_err().iter().map(|e| e.field).collect()
        };
        let unknown_zone = EventInput {
            time_zone: "Mars/Olympus".into(),
            ..input()
        };
        assert_eq!(fields(unknown_zone), ["time_zone"]);
        let backwards = EventInput {
            ends: "2027-03-27T17:00".into(),
            ..input()
        };
        assert_eq!(fields(backwards), ["ends"]);
        let late_deadline = EventInput {
            rsvp_deadline: "2027-03-27T19:00".into(),
            ..input()
        };
        assert_eq!(fields(late_deadline), ["rsvp_deadline"]);
        let nowhere = EventInput {
            venue: String::new(),
            ..input()
        };
        assert_eq!(fields(nowhere), ["venue"]);
        let skipped_hour = EventInput {
            starts: "2027-03-28T02:30".into(),
            ends: "2027-03-28T04:00".into(),
            ..input()
        };
        assert_eq!(fields(skipped_hour), ["starts"]);
        let bad = EventInput {
            capacity: "0".into(),
            speakers: "no title here".into(),
            kind: "party".into(),
            ..input()
        };
        assert_eq!(fields(bad), ["kind", "capacity", "speakers"]);
    }

    #[test]
    fn every_rsvp_step_from_every_state() {
        let steps = [
            RsvpStep::Ask { seat_free: true },
            RsvpStep::Ask { seat_free: false },
            RsvpStep::Cancel,
            RsvpStep::Promote,
        ];
        use RsvpRefusal::*;
        type Row = (Option<RsvpState>, [Result<RsvpState, RsvpRefusal>; 4]);
        let table: [Row; 4] = [
            (
                None,
                [Ok(Going), Ok(Waiting), Err(NotComing), Err(NotWaiting)],
            ),
            (
                Some(Going),
                [Ok(Going), Ok(Going), Ok(Cancelled), Err(NotWaiting)],
            ),
            (
                Some(Waiting),
                [Ok(Waiting), Ok(Waiting), Ok(Cancelled), Ok(Going)],
            ),
            (
                Some(Cancelled),
                [Ok(Going), Ok(Waiting), Err(NotComing), Err(NotWaiting)],
            ),
        ];
        for (from, expected) in table {
            for (step, want) in steps.iter().zip(expected) {
                assert_eq!(RsvpState::apply(from, *step), want, "{from:?} {step:?}");
            }
        }
    }

    #[test]
    fn rsvps_close_at_the_start_the_deadline_or_a_cancellation() {
        let at = |h| {
            DateTime::parse_from_rfc3339(&format!("2027-01-01T{h:02}:00:00Z"))
                .unwrap()
                .with_timezone(&Utc)
        };
        assert_eq!(takes_rsvps(at(10), None, false, at(9)), Ok(()));
        assert_eq!(
            takes_rsvps(at(10), None, false, at(10)),
            Err(RsvpRefusal::Past)
        );
        assert_eq!(
            takes_rsvps(at(10), Some(at(8)), false, at(9)),
            Err(RsvpRefusal::DeadlinePassed)
        );
        assert_eq!(
            takes_rsvps(at(10), None, true, at(9)),
            Err(RsvpRefusal::EventCancelled)
        );
    }

    #[test]
    fn names_read_back() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::try_from(k.as_str().to_owned()), Ok(k));
        }
        for s in RsvpState::ALL {
            assert_eq!(RsvpState::try_from(s.as_str().to_owned()), Ok(s));
        }
    }
}
