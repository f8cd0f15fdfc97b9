//! Webhooks: the events an integrator can subscribe to, the endpoint an admin registers, and
//! the retry schedule of a delivery.
//!
//! An event kind is one variant of [`EventKind`]; a later feature adds its events by adding a
//! variant (and its name in [`EventKind::name`]), and the admin form, the store and the
//! delivery job follow from the enum.

use crate::error::{Problem, ValidationError};
use crate::text::OptionalLine;
use chrono::Duration;

/// Something that happened in the program that an endpoint may be told of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    /// A candidate became a hero (the announcement on its day).
    HeroAnnounced,
    /// A hero was moved to alumni by a renewal decision.
    HeroMovedToAlumni,
    /// A hero changed their public profile (text, links, photo).
    HeroProfileChanged,
    /// A public contribution was logged (by hand, an import or a claimed suggestion).
    ContributionPublished,
    /// A test an admin sends to one endpoint; never subscribed to.
    Ping,
}

/// What an event is about, which decides how its `data` is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A hero, by id.
    Hero,
    /// A contribution, by id.
    Contribution,
    /// Nothing (a ping).
    None,
}

impl EventKind {
    /// The kinds an endpoint can subscribe to, in the order the form lists them.
    pub const SUBSCRIBABLE: [EventKind; 4] = [
        EventKind::HeroAnnounced,
        EventKind::HeroMovedToAlumni,
        EventKind::HeroProfileChanged,
        EventKind::ContributionPublished,
    ];

    /// The name in the payload's `type`, the `Heroes-Event` header and the database.
    pub fn name(self) -> &'static str {
        match self {
            EventKind::HeroAnnounced => "hero.announced",
            EventKind::HeroMovedToAlumni => "hero.moved_to_alumni",
            EventKind::HeroProfileChanged => "hero.profile_changed",
            EventKind::ContributionPublished => "contribution.published",
            EventKind::Ping => "ping",
        }
    }

    /// The kind named `name`, if any.
    pub fn from_name(name: &str) -> Option<EventKind> {
        Self::SUBSCRIBABLE
            .into_iter()
            .chain([EventKind::Ping])
            .find(|k| k.name() == name)
    }

    /// What the event's subject id points at.
    pub fn subject(self) -> Subject {
        match self {
            EventKind::HeroAnnounced
            | EventKind::HeroMovedToAlumni
            | EventKind::HeroProfileChanged => Subject::Hero,
            EventKind::ContributionPublished => Subject::Contribution,
            EventKind::Ping => Subject::None,
        }
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Where deliveries go: an absolute http or https address with a host, without user name or
/// password (a secret in the address would be shown on the admin page and in logs) and
/// without a fragment. Whether the host is a private address is checked by the server, at
/// registration for a literal address and again at every delivery for the resolved one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointUrl(url::Url);

/// The message id of what is expected.
const EXPECTED_URL: &str = "expected-webhook-address";

impl EndpointUrl {
    /// The longest address accepted.
    pub const MAX_LEN: usize = 2000;

    /// Parses `value` for `field`, as typed (no scheme is added: an integrator's address is
    /// exact).
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let value = crate::web::typed_address(field, value, Self::MAX_LEN)?;
        match crate::web::http_url(value) {
            Some(parsed) if parsed.fragment().is_none() => Ok(Self(parsed)),
            _ => Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: EXPECTED_URL,
                },
            )),
        }
    }

    /// The address as stored and requested.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The host when it is a literal IP address (checked against private networks at once).
    pub fn literal_ip(&self) -> Option<std::net::IpAddr> {
        match self.0.host()? {
            url::Host::Ipv4(v4) => Some(v4.into()),
            url::Host::Ipv6(v6) => Some(v6.into()),
            url::Host::Domain(_) => None,
        }
    }
}

/// An endpoint as an admin registers or changes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEndpoint {
    /// Where deliveries go.
    pub url: EndpointUrl,
    /// The events it receives; at least one, each once, in [`EventKind::SUBSCRIBABLE`] order.
    pub events: Vec<EventKind>,
    /// What it is for (who runs it), for the admins.
    pub description: OptionalLine,
    /// Whether deliveries are sent (a paused endpoint keeps its deliveries waiting).
    pub active: bool,
}

/// The endpoint form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EndpointInput {
    pub url: String,
    /// Event names as the checkboxes sent them.
    pub events: Vec<String>,
    pub description: String,
    pub active: bool,
}

/// The message id of what is expected.
const EXPECTED_EVENTS: &str = "expected-webhook-events";

impl EndpointInput {
    /// Whether the form has the event named `name` ticked.
    pub fn has(&self, name: &str) -> bool {
        self.events.iter().any(|e| e == name)
    }

    /// Parses every field, returning every problem at once.
    pub fn parse(&self) -> Result<NewEndpoint, Vec<ValidationError>> {
        let mut problems = Vec::new();
        let url = EndpointUrl::parse("url", &self.url).map_err(|e| problems.push(e));
        let description =
            OptionalLine::parse("description", &self.description).map_err(|e| problems.push(e));
        let mut events = Vec::new();
        for name in &self.events {
            match EventKind::from_name(name) {
                Some(kind) if kind != EventKind::Ping => events.push(kind),
                _ => problems.push(ValidationError::new(
                    "events",
                    Problem::Invalid {
                        expected: EXPECTED_EVENTS,
                    },
                )),
            }
        }
        events.sort();
        events.dedup();
        if events.is_empty() && !problems.iter().any(|p| p.field == "events") {
            problems.push(ValidationError::new(
                "events",
                Problem::Invalid {
                    expected: EXPECTED_EVENTS,
                },
            ));
        }
        match (url, description) {
            (Ok(url), Ok(description)) if problems.is_empty() => Ok(NewEndpoint {
                url,
                events,
                description,
                active: self.active,
            }),
            _ => Err(problems),
        }
    }
}

/// When a failed delivery is tried again: after 1 minute, 5 minutes, 30 minutes, 2 hours and
/// 12 hours; `None` after the sixth failed attempt, when the delivery is marked failed.
pub fn retry_after(failed_attempts: u32) -> Option<Duration> {
    match failed_attempts {
        0 => Some(Duration::zero()),
        1 => Some(Duration::minutes(1)),
        2 => Some(Duration::minutes(5)),
        3 => Some(Duration::minutes(30)),
        4 => Some(Duration::hours(2)),
        5 => Some(Duration::hours(12)),
        _ => None,
    }
}

/// Attempts a delivery gets before it is marked failed.
pub const MAX_ATTEMPTS: u32 = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_name() {
        for kind in EventKind::SUBSCRIBABLE.into_iter().chain([EventKind::Ping]) {
            assert_eq!(EventKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(EventKind::from_name("hero.deleted"), None);
    }

    #[test]
    fn endpoint_addresses() {
        for good in [
            "https://hooks.example.com/heroes",
            "http://127.0.0.1:8080/in",
            "https://[2001:db8::1]/x?token=public",
        ] {
            assert!(EndpointUrl::parse("url", good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "ftp://example.com/",
            "example.com/hook",
            "https://user:pass@example.com/",
            "https://user@example.com/",
            "https://example.com/#frag",
            "javascript:alert(1)",
        ] {
            assert!(EndpointUrl::parse("url", bad).is_err(), "{bad}");
        }
        let ip = EndpointUrl::parse("url", "http://10.1.2.3/x").unwrap();
        assert_eq!(ip.literal_ip(), Some("10.1.2.3".parse().unwrap()));
        let name = EndpointUrl::parse("url", "https://example.com/").unwrap();
        assert_eq!(name.literal_ip(), None);
    }

    #[test]
    fn the_form_needs_an_event_and_refuses_ping_and_unknown_ones() {
        let input = EndpointInput {
            url: "https://example.com/hook".into(),
            events: vec![
                "contribution.published".into(),
                "hero.announced".into(),
                "hero.announced".into(),
            ],
            description: "CRM".into(),
            active: true,
        };
        let parsed = input.parse().unwrap();
        assert_eq!(
            parsed.events,
            [EventKind::HeroAnnounced, EventKind::ContributionPublished]
        );
        for events in [
            vec![],
            vec!["ping".to_owned()],
            vec!["hero.deleted".to_owned()],
        ] {
            let problems = EndpointInput {
                events,
                ..input.clone()
            }
            .parse()
            .unwrap_err();
            assert!(problems.iter().any(|p| p.field == "events"), "{problems:?}");
        }
        let problems = EndpointInput {
            url: "nope".into(),
            events: vec![],
            ..input
        }
        .parse()
        .unwrap_err();
        assert_eq!(problems.len(), 2, "every problem at once: {problems:?}");
    }

    #[test]
    fn retries_back_off_then_stop() {
        let waits: Vec<_> = (1..=6).map(retry_after).collect();
        assert_eq!(
            waits,
            [
                Some(Duration::minutes(1)),
                Some(Duration::minutes(5)),
                Some(Duration::minutes(30)),
                Some(Duration::hours(2)),
                Some(Duration::hours(12)),
                None
            ]
        );
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
    }
}
