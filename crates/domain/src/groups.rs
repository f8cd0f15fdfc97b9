//! User groups: local (or online) communities that members propose, admins approve and
//! leaders run.
//!
//! A group's lifecycle is a small state machine ([`GroupStatus::apply`]): a proposal is
//! approved or declined by an admin; an active group may fall dormant, wake up, or close; a
//! closed group stays closed (its past events keep their pages). The store updates with
//! `WHERE status = <old>`, so two admins deciding at once decide once.

use chrono::{Datelike as _, NaiveDate};

use crate::error::{Problem, ValidationError, keep, names};
use crate::geo::{CountryCode, Region};
use crate::slug::Slug;
use crate::text::{Line, LongText};
use crate::web::WebUrl;

/// Where a group is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupStatus {
    /// Proposed by a member, waiting for an admin; not public.
    Proposed,
    /// Meeting; listed in the directory.
    Active,
    /// Not meeting for now; still listed.
    Dormant,
    /// No longer meeting; its page and past events stay.
    Closed,
    /// The proposal was declined; not public.
    Declined,
}

/// What happens to a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupStep {
    /// An admin approves a proposal.
    Approve,
    /// An admin declines a proposal.
    Decline,
    /// The leaders (or an admin) mark it dormant, active again, or closed.
    Set(GroupStatus),
}

/// Why a step is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupRefusal {
    /// Only a proposal is approved or declined.
    NotProposed,
    /// A proposal is decided first; a declined or closed group stays so.
    NotRunning,
}

impl GroupStatus {
    /// Every status.
    pub const ALL: [GroupStatus; 5] = [
        GroupStatus::Proposed,
        GroupStatus::Active,
        GroupStatus::Dormant,
        GroupStatus::Closed,
        GroupStatus::Declined,
    ];

    /// The stable name used in the database and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupStatus::Proposed => "proposed",
            GroupStatus::Active => "active",
            GroupStatus::Dormant => "dormant",
            GroupStatus::Closed => "closed",
            GroupStatus::Declined => "declined",
        }
    }

    /// Whether visitors see the group (in the directory, the API and its page).
    pub fn is_public(self) -> bool {
        matches!(
            self,
            GroupStatus::Active | GroupStatus::Dormant | GroupStatus::Closed
        )
    }

    /// Whether members may join and leaders may schedule events.
    pub fn is_open(self) -> bool {
        matches!(self, GroupStatus::Active | GroupStatus::Dormant)
    }

    /// The status after `step`, or why not.
    pub fn apply(self, step: GroupStep) -> Result<GroupStatus, GroupRefusal> {
        use GroupStatus::*;
        match (self, step) {
            (Proposed, GroupStep::Approve) => Ok(Active),
            (Proposed, GroupStep::Decline) => Ok(Declined),
            (_, GroupStep::Approve | GroupStep::Decline) => Err(GroupRefusal::NotProposed),
            (Active | Dormant, GroupStep::Set(to @ (Active | Dormant | Closed))) => Ok(to),
            (_, GroupStep::Set(_)) => Err(GroupRefusal::NotRunning),
        }
    }

    /// Parses a status a leader may choose (active, dormant, closed).
    pub fn parse_running(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        match value.trim() {
            "active" => Ok(GroupStatus::Active),
            "dormant" => Ok(GroupStatus::Dormant),
            "closed" => Ok(GroupStatus::Closed),
            _ => Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-active-dormant-closed",
                },
            )),
        }
    }
}

names!(GroupStatus, stored as "group status");

/// At most this many links on a group.
pub const MAX_LINKS: usize = 8;

/// A group as a form or the API describes it.
#[derive(Debug, Clone)]
pub struct NewGroup {
    pub name: Line,
    pub city: Line,
    pub country: CountryCode,
    pub online_only: bool,
    pub description: LongText,
    pub links: Vec<WebUrl>,
    /// Specialization slugs (checked against the managed list by the store).
    pub specializations: Vec<Slug>,
    pub founded: Option<NaiveDate>,
    /// The city's coordinates, when known (latitude, longitude in degrees).
    pub coordinates: Option<(f64, f64)>,
}

impl NewGroup {
    /// The region, always derived from the country.
    pub fn region(&self) -> Region {
        self.country.region()
    }
}

/// A group form as typed.
#[derive(Debug, Clone, Default)]
pub struct GroupInput {
    pub name: String,
    pub city: String,
    pub country: String,
    pub online_only: bool,
    pub description: String,
    /// One address per line.
    pub links: String,
    pub specializations: Vec<String>,
    /// `YYYY-MM-DD`, or empty.
    pub founded: String,
    pub latitude: String,
    pub longitude: String,
}

impl GroupInput {
    /// Parses every field, collecting every error; `today` bounds the founding date.
    pub fn parse(&self, today: NaiveDate) -> Result<NewGroup, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let name = keep(&mut errors, Line::parse("name", &self.name));
        let city = keep(&mut errors, Line::parse("city", &self.city));
        let country = keep(
            &mut errors,
            CountryCode::parse(&self.country).map_err(|e| ValidationError {
                field: "country",
                ..e
            }),
        );
        let description = keep(
            &mut errors,
            LongText::parse("description", &self.description),
        );
        let links = keep(&mut errors, parse_links(&self.links));
        let specializations = keep(
            &mut errors,
            self.specializations
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| Slug::parse("specializations", s))
                .collect::<Result<Vec<_>, _>>(),
        );
        let founded = keep(&mut errors, parse_founded(&self.founded, today));
        let coordinates = keep(
            &mut errors,
            parse_coordinates(&self.latitude, &self.longitude),
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NewGroup {
            name: name.expect("checked"),
            city: city.expect("checked"),
            country: country.expect("checked"),
            online_only: self.online_only,
            description: description.expect("checked"),
            links: links.expect("checked"),
            specializations: specializations.expect("checked"),
            founded: founded.expect("checked"),
            coordinates: coordinates.expect("checked"),
        })
    }
}

fn parse_links(text: &str) -> Result<Vec<WebUrl>, ValidationError> {
    let links = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| WebUrl::parse("links", l))
        .collect::<Result<Vec<_>, _>>()?;
    if links.len() > MAX_LINKS {
        return Err(ValidationError::new(
            "links",
            Problem::OutOfRange {
                min: 0,
                max: MAX_LINKS as i64,
            },
        ));
    }
    Ok(links)
}

fn parse_founded(text: &str, today: NaiveDate) -> Result<Option<NaiveDate>, ValidationError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) if date <= today && date.year_ce().1 >= 1970 => Ok(Some(date)),
        _ => Err(ValidationError::new(
            "founded",
            Problem::Invalid {
                expected: "expected-date-since-1970-not",
            },
        )),
    }
}

fn parse_coordinates(lat: &str, lon: &str) -> Result<Option<(f64, f64)>, ValidationError> {
    let (lat, lon) = (lat.trim(), lon.trim());
    if lat.is_empty() && lon.is_empty() {
        return Ok(None);
    }
    let read = |field: &'static str, text: &str, limit: f64| {
        text.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && v.abs() <= limit)
            .ok_or(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-degrees-52-52-latitude",
                },
            ))
    };
    Ok(Some((
        read("latitude", lat, 90.0)?,
        read("longitude", lon, 180.0)?,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use GroupStatus::*;

    #[test]
    fn every_step_from_every_status() {
        let steps = [
            GroupStep::Approve,
            GroupStep::Decline,
            GroupStep::Set(Active),
            GroupStep::Set(Dormant),
            GroupStep::Set(Closed),
        ];
        // Rows: from; columns: the steps above. None = refused.
        let table: [(GroupStatus, [Option<GroupStatus>; 5]); 5] = [
            (Proposed, [Some(Active), Some(Declined), None, None, None]),
            (
                Active,
                [None, None, Some(Active), Some(Dormant), Some(Closed)],
            ),
            (
                Dormant,
                [None, None, Some(Active), Some(Dormant), Some(Closed)],
            ),
            (Closed, [None, None, None, None, None]),
            (Declined, [None, None, None, None, None]),
        ];
        for (from, expected) in table {
            for (step, want) in steps.iter().zip(expected) {
                assert_eq!(from.apply(*step).ok(), want, "{from:?} {step:?}");
            }
        }
    }

    #[test]
    fn names_read_back() {
        for s in GroupStatus::ALL {
            assert_eq!(GroupStatus::try_from(s.as_str().to_owned()), Ok(s));
        }
        assert!(GroupStatus::try_from("open".to_owned()).is_err());
    }

    fn input() -> GroupInput {
        GroupInput {
            name: "Serverless Lagos".into(),
            city: "Lagos".into(),
            country: "NG".into(),
            description: "We meet monthly.".into(),
            links: "https://meetup.example/sl\n\nhttps://sl.example".into(),
            specializations: vec!["serverless".into()],
            founded: "2019-05-14".into(),
            ..GroupInput::default()
        }
    }

    #[test]
    fn a_group_parses_with_its_region() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let group = input().parse(today).unwrap();
        assert_eq!(group.region(), Region::Emea);
        assert_eq!(group.links.len(), 2);
        assert_eq!(group.coordinates, None);
    }

    #[test]
    fn every_bad_field_is_named() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let bad = GroupInput {
            name: " ".into(),
            country: "XX".into(),
            links: "javascript:alert(1)".into(),
            founded: "2030-01-01".into(),
            latitude: "91".into(),
            longitude: "0".into(),
            ..input()
        };
        let fields: Vec<_> = bad
            .parse(today)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["name", "country", "links", "founded", "latitude"]);
    }
}
