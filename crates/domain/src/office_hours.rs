//! Office hours: a staff member offers a slot (a start in a named zone, a length, a product
//! area, a link to the call) and one hero books it.

use crate::calendar::ZonedTime;
use crate::error::{Problem, ValidationError};
use crate::hero::TimeZone;
use crate::web::WebUrl;
use chrono::{DateTime, Utc};

/// The shortest slot, in minutes.
pub const MIN_MINUTES: i64 = 10;
/// The longest slot, in minutes.
pub const MAX_MINUTES: i64 = 240;

/// A slot as a staff member typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSlot {
    /// When it starts, in the zone the host chose.
    pub starts: ZonedTime,
    /// How long, in minutes.
    pub minutes: i64,
    /// The call's address.
    pub link: WebUrl,
}

/// The fields of the slot form, as typed.
#[derive(Debug, Clone, Default)]
pub struct SlotForm<'a> {
    /// `starts`: a local time, `2027-03-28T10:00`.
    pub starts: &'a str,
    /// `zone`: an IANA zone.
    pub zone: &'a str,
    /// `minutes`.
    pub minutes: &'a str,
    /// `link`.
    pub link: &'a str,
}

impl NewSlot {
    /// Parses every field, reporting each one that is wrong. A slot must start after `now`:
    /// nobody can book the past.
    pub fn parse(form: &SlotForm<'_>, now: DateTime<Utc>) -> Result<NewSlot, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let zone = TimeZone::parse("zone", form.zone)
            .map_err(|e| errors.push(e))
            .ok();
        let starts = zone.and_then(|zone| {
            ZonedTime::parse("starts", form.starts, zone)
                .map_err(|e| errors.push(e))
                .ok()
        });
        if let Some(at) = starts
            && at.instant() <= now
        {
            errors.push(ValidationError::new(
                "starts",
                Problem::Invalid {
                    expected: "expected-time-future",
                },
            ));
        }
        let minutes = match form.minutes.trim().parse::<i64>() {
            Ok(m) if (MIN_MINUTES..=MAX_MINUTES).contains(&m) => Some(m),
            _ => {
                errors.push(ValidationError::new(
                    "minutes",
                    Problem::OutOfRange {
                        min: MIN_MINUTES,
                        max: MAX_MINUTES,
                    },
                ));
                None
            }
        };
        let link = WebUrl::parse("link", form.link)
            .map_err(|e| errors.push(e))
            .ok();
        match (starts, minutes, link) {
            (Some(starts), Some(minutes), Some(link)) if errors.is_empty() => Ok(NewSlot {
                starts,
                minutes,
                link,
            }),
            _ => Err(errors),
        }
    }

    /// When it ends.
    pub fn ends(&self) -> DateTime<Utc> {
        self.starts.instant() + chrono::Duration::minutes(self.minutes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2027-01-01T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_slot_parses_in_its_zone() {
        let slot = NewSlot::parse(
            &SlotForm {
                starts: "2027-03-02T10:00",
                zone: "Europe/Berlin",
                minutes: "30",
                link: "https://meet.example.com/abc",
            },
            now(),
        )
        .unwrap();
        assert_eq!(
            slot.starts.instant(),
            "2027-03-02T09:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert_eq!(
            slot.ends(),
            "2027-03-02T09:30:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }

    #[test]
    fn every_wrong_field_is_named() {
        let errors = NewSlot::parse(
            &SlotForm {
                starts: "2027-03-28T02:30",
                zone: "Europe/Berlin",
                minutes: "5",
                link: "ftp://x",
            },
            now(),
        )
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["starts", "minutes", "link"],
            "the DST gap is refused"
        );
        let past = NewSlot::parse(
            &SlotForm {
                starts: "2026-12-31T10:00",
                zone: "UTC",
                minutes: "30",
                link: "https://meet.example.com/abc",
            },
            now(),
        )
        .unwrap_err();
        assert_eq!(past[0].field, "starts");
        let no_zone = NewSlot::parse(
            &SlotForm {
                starts: "2027-03-02T10:00",
                zone: "Mars/Olympus",
                minutes: "30",
                link: "https://meet.example.com/abc",
            },
            now(),
        )
        .unwrap_err();
        assert_eq!(no_zone[0].field, "zone");
    }
}
