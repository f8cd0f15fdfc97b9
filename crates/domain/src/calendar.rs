//! Times that people schedule, and the iCalendar (RFC 5545) text that carries them to a
//! calendar application.
//!
//! Briefings, office hours and events are all "a start in a named time zone and a length".
//! A form sends the wall-clock time the organizer typed (`2027-03-28T10:00`, as an
//! `<input type="datetime-local">` does) and an IANA zone; [`ZonedTime::parse`] turns the pair
//! into one instant, refusing a time the zone skips (a daylight-saving gap) instead of guessing.
//! The instant is stored in UTC, the zone beside it, so the page can show both the event's
//! local time and the viewer's.
//!
//! The `.ics` writer puts every time in UTC (`…Z`). A calendar application converts that to
//! its own zone, which is right across a daylight-saving change without shipping `VTIMEZONE`
//! rules that could drift from the tz database the server uses.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone as _, Utc};

use crate::error::{Problem, ValidationError};
use crate::hero::TimeZone;

/// A wall-clock time in a named zone, resolved to the instant it denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZonedTime {
    instant: DateTime<Utc>,
    zone: TimeZone,
}

impl ZonedTime {
    /// Parses the local time a form sent (`YYYY-MM-DDTHH:MM`, seconds optional) in `zone`.
    ///
    /// A local time that occurs twice (the hour a zone falls back) means its first
    /// occurrence, as most calendar applications read it; a local time that never occurs (the
    /// hour a zone springs forward) is refused with the reason, because any guess would put
    /// people in the room an hour early or late.
    pub fn parse(
        field: &'static str,
        local: &str,
        zone: TimeZone,
    ) -> Result<Self, ValidationError> {
        let local = local.trim();
        let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S"))
            .or_else(|_| NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M"))
            .map_err(|_| {
                ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "expected-date-time-2027-03",
                    },
                )
            })?;
        match zone.tz().from_local_datetime(&naive) {
            LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(Self {
                instant: at.with_timezone(&Utc),
                zone,
            }),
            LocalResult::None => Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-time-exists-chosen-time",
                },
            )),
        }
    }

    /// The instant, as stored.
    pub fn from_instant(instant: DateTime<Utc>, zone: TimeZone) -> Self {
        Self { instant, zone }
    }

    /// The instant in UTC.
    pub fn instant(self) -> DateTime<Utc> {
        self.instant
    }

    /// The zone the organizer chose.
    pub fn zone(self) -> TimeZone {
        self.zone
    }

    /// The wall-clock time in the organizer's zone, as a form shows it back
    /// (`YYYY-MM-DDTHH:MM`).
    pub fn local_input(self) -> String {
        self.instant
            .with_timezone(&self.zone.tz())
            .format("%Y-%m-%dT%H:%M")
            .to_string()
    }
}

/// One `VEVENT`.
#[derive(Debug, Clone)]
pub struct CalendarEvent {
    /// Globally unique and stable across updates (`briefing-12@heroes.example`), so a
    /// calendar that subscribed replaces the event instead of adding a second one.
    pub uid: String,
    /// When the event was last changed; calendars use it with `sequence` to order updates.
    pub stamp: DateTime<Utc>,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    pub summary: String,
    pub description: Option<String>,
    pub location: Option<String>,
    /// The page of the event.
    pub url: Option<String>,
    /// Raised on every change the attendee should notice.
    pub sequence: u32,
    /// A cancelled event stays in the feed with `STATUS:CANCELLED`, so calendars remove it.
    pub cancelled: bool,
}

/// Writes a `VCALENDAR` holding `events`, named `name` in calendar applications that show a
/// feed's name. Lines end in CRLF and are folded at 75 octets, as RFC 5545 requires.
pub fn ics(name: &str, events: &[CalendarEvent]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    line(&mut out, "PRODID", "-//heroes//heroes//EN");
    line(&mut out, "CALSCALE", "GREGORIAN");
    line(&mut out, "METHOD", "PUBLISH");
    line(&mut out, "X-WR-CALNAME", &escape(name));
    for event in events {
        line(&mut out, "BEGIN", "VEVENT");
        line(&mut out, "UID", &escape(&event.uid));
        line(&mut out, "DTSTAMP", &utc(event.stamp));
        line(&mut out, "DTSTART", &utc(event.starts));
        line(&mut out, "DTEND", &utc(event.ends));
        line(&mut out, "SEQUENCE", &event.sequence.to_string());
        line(&mut out, "SUMMARY", &escape(&event.summary));
        if let Some(description) = &event.description {
            line(&mut out, "DESCRIPTION", &escape(description));
        }
        if let Some(location) = &event.location {
            line(&mut out, "LOCATION", &escape(location));
        }
        if let Some(url) = &event.url {
            // A URI value is not TEXT: it is not escaped, only folded.
            line(&mut out, "URL", url);
        }
        if event.cancelled {
            line(&mut out, "STATUS", "CANCELLED");
        } else {
            line(&mut out, "STATUS", "CONFIRMED");
        }
        line(&mut out, "END", "VEVENT");
    }
    line(&mut out, "END", "VCALENDAR");
    out
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 3.3.11). Control characters other than newline have no
/// representation and are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `NAME:value` folded into lines of at most 75 octets, never splitting a character.
fn line(out: &mut String, name: &str, value: &str) {
    let mut width = 0;
    let whole = format!("{name}:{value}");
    for c in whole.chars() {
        let len = c.len_utf8();
        // Continuation lines start with a space, which counts against their 75 octets.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> TimeZone {
        TimeZone::parse("zone", "Europe/Berlin").unwrap()
    }

    #[test]
    fn a_local_time_is_read_in_its_zone() {
        let summer = ZonedTime::parse("starts", "2027-07-01T18:30", berlin()).unwrap();
        assert_eq!(summer.instant().to_rfc3339(), "2027-07-01T16:30:00+00:00");
        let winter = ZonedTime::parse("starts", "2027-01-15T18:30", berlin()).unwrap();
        assert_eq!(winter.instant().to_rfc3339(), "2027-01-15T17:30:00+00:00");
        assert_eq!(winter.local_input(), "2027-01-15T18:30");
    }

    #[test]
    fn a_skipped_hour_is_refused_and_a_repeated_one_means_the_first() {
        let gap = ZonedTime::parse("starts", "2027-03-28T02:30", berlin()).unwrap_err();
        assert_eq!(gap.field, "starts");
        let twice = ZonedTime::parse("starts", "2027-10-31T02:30", berlin()).unwrap();
        assert_eq!(twice.instant().to_rfc3339(), "2027-10-31T00:30:00+00:00");
        assert!(ZonedTime::parse("starts", "tomorrow", berlin()).is_err());
    }

    fn event(summary: &str) -> CalendarEvent {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        CalendarEvent {
            uid: "event-1@heroes.test".into(),
            stamp: at("2027-01-01T00:00:00Z"),
            starts: at("2027-03-27T17:00:00Z"),
            ends: at("2027-03-28T09:00:00Z"),
            summary: summary.into(),
            description: Some("Line one\nline two; with, commas \\ slash".into()),
            location: None,
            url: Some("https://heroes.test/events/1".into()),
            sequence: 2,
            cancelled: false,
        }
    }

    #[test]
    fn text_is_escaped_and_lines_end_in_crlf() {
        let text = ics("Heroes", &[event("Meetup")]);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART:20270327T170000Z\r\n"));
        assert!(text.contains("DESCRIPTION:Line one\\nline two\\; with\\, commas \\\\ slash\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let summary = "Über serverlose Architekturen — ".repeat(8);
        let text = ics("Heroes", &[event(&summary)]);
        for physical in text.split("\r\n") {
            assert!(
                physical.len() <= 75,
                "{physical:?} is {} octets",
                physical.len()
            );
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{summary}")));
    }

    #[test]
    fn an_independent_parser_reads_it_back() {
        let summary = "Ünïcode, commas; and a long title that will certainly be folded over lines";
        let text = ics("Heroes, events", &[event(summary)]);
        let mut parser = ical::IcalParser::new(text.as_bytes());
        let calendar = parser.next().expect("one calendar").expect("parses");
        assert!(parser.next().is_none());
        let [vevent] = calendar.events.as_slice() else {
            panic!("one event expected, got {}", calendar.events.len())
        };
        let value = |name: &str| {
            vevent
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap_or_default()
        };
        // The parser unfolds lines but leaves TEXT escapes alone.
        assert_eq!(
            value("SUMMARY"),
            "Ünïcode\\, commas\\; and a long title that will certainly be folded over lines"
        );
        assert_eq!(value("DTSTART"), "20270327T170000Z");
        assert_eq!(value("UID"), "event-1@heroes.test");
    }
}
