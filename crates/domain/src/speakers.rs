//! Speaker suggestions: heroes say whether and how they are available to speak
//! ([`Availability`]), and the organizers of an event get heroes ranked as speakers, each with
//! the reasons that made the score ([`rank`], [`Reason`]).
//!
//! The ranking follows mentoring's (`crate::mentoring::rank`): the topic match weighs most
//! (titles of public work, the hero's own speaking topics, then the search index's match on
//! the profile), then where the hero is (kilometres from the venue, or for an online event the
//! hours between the zones), a shared language, what the hero said about being available,
//! and how often they spoke lately. An invitation moves like a mentoring ask
//! ([`InvitationState`]: pending, then accepted, declined or withdrawn).

use crate::error::{Problem, ValidationError};
use crate::geo::great_circle_km;
use crate::hero::{LanguageTag, TimeZone};
use crate::mentoring::posts_about_folded;
use crate::search::normalize;
use crate::text::Bounded;
use chrono::{DateTime, Offset, Utc};

pub use crate::mentoring::{AskState as InvitationState, AskStep as InvitationStep};

/// The farthest a hero can say they travel, in kilometres (half the Earth's circumference).
pub const MAX_TRAVEL_KM: u32 = 20_000;

/// What a hero submits about speaking, as typed.
#[derive(Debug, Clone, Default)]
pub struct AvailabilityInput {
    /// Open to invitations.
    pub open: bool,
    pub topics: String,
    /// Kilometres; empty for "anywhere".
    pub travel_km: String,
    pub remote_only: bool,
    /// Comma- or space-separated language tags; empty means the profile's languages.
    pub languages: String,
}

/// A hero's "available to speak" settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Availability {
    /// Open to invitations; a hero who is not is never suggested.
    pub open: bool,
    /// What the hero likes to speak about (free text, matched word by word).
    pub topics: Bounded<0, 300>,
    /// How far the hero travels to an event in person; `None`: anywhere.
    pub travel_km: Option<u32>,
    /// Only online events.
    pub remote_only: bool,
    /// The languages the hero gives talks in; empty: the profile's languages.
    pub languages: Vec<LanguageTag>,
}

impl AvailabilityInput {
    /// Parses the settings, reporting every wrong field.
    pub fn parse(&self) -> Result<Availability, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let topics = Bounded::parse("topics", &self.topics)
            .map_err(|e| errors.push(e))
            .ok();
        let travel_km = match self.travel_km.trim() {
            "" => None,
            text => match text.parse::<u32>() {
                Ok(km) if km <= MAX_TRAVEL_KM => Some(km),
                _ => {
                    errors.push(ValidationError::new(
                        "travel_km",
                        Problem::OutOfRange {
                            min: 0,
                            max: MAX_TRAVEL_KM.into(),
                        },
                    ));
                    None
                }
            },
        };
        let languages = LanguageTag::parse_list("languages", &self.languages)
            .map_err(|e| errors.push(e))
            .unwrap_or_default();
        match (topics, errors.is_empty()) {
            (Some(topics), true) => Ok(Availability {
                open: self.open,
                topics,
                travel_km,
                remote_only: self.remote_only,
                languages,
            }),
            _ => Err(errors),
        }
    }
}

impl Availability {
    /// The settings as the form shows them again.
    pub fn to_input(&self) -> AvailabilityInput {
        AvailabilityInput {
            open: self.open,
            topics: self.topics.as_str().to_owned(),
            travel_km: self.travel_km.map(|k| k.to_string()).unwrap_or_default(),
            remote_only: self.remote_only,
            languages: self
                .languages
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// The event as the ranking reads it.
#[derive(Debug, Clone)]
pub struct EventFacts {
    /// The words a speaker's work is matched by: folded, informative ones only (see
    /// [`topic_words`]).
    pub words: Vec<String>,
    /// Online (no venue to travel to).
    pub online: bool,
    /// The venue's coordinates, when known (an in-person event).
    pub venue: Option<(f64, f64)>,
    /// The event's zone and start, for the difference in hours of an online event.
    pub time_zone: TimeZone,
    pub starts_at: DateTime<Utc>,
    /// The languages the talk may be given in.
    pub languages: Vec<LanguageTag>,
}

/// The words of an event's text worth matching: folded like the search index, at least three
/// characters, at most twelve, and without the words so common that they say nothing
/// (`document_frequency` heroes of `heroes` match them: more than a quarter, once the program
/// has twenty heroes). `text` is the title first, then the specializations and description,
/// so the title's words are kept when there are too many.
pub fn topic_words(
    text: &str,
    document_frequency: impl Fn(&str) -> u64,
    heroes: u64,
) -> Vec<String> {
    crate::search::query_terms(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3)
        .filter(|w| heroes < 20 || document_frequency(w) * 4 <= heroes)
        .collect()
}

/// A hero the ranking considers, with what the store found about them.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub hero_id: i64,
    /// Public contribution titles, newest first, each folded like the search index
    /// ([`normalize`]), one per line: the `works` of the hero's search document, written with
    /// every change to their work, so a request folds no title.
    pub titles: String,
    /// Whether the search index (profile, bio and public work) matches each of the event's
    /// words, in the order of [`EventFacts::words`].
    pub index_matches: Vec<bool>,
    /// Where the hero lives, when their city is known.
    pub location: Option<(f64, f64)>,
    pub time_zone: Option<TimeZone>,
    /// The profile's languages.
    pub languages: Vec<LanguageTag>,
    /// What the hero said about speaking; `None` when they said nothing.
    pub availability: Option<Availability>,
    /// Talks at the program's events in the last twelve months.
    pub recent_talks: u32,
}

/// Why a hero is suggested: each part of the score, as the organizer reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// `count` public works whose titles mention `topic`.
    Posts { count: u32, topic: String },
    /// The hero's speaking topics name `topic`.
    Topics { topic: String },
    /// The profile or bio mentions `topic` (the search index found it, not in a title).
    Profile { topic: String },
    /// `km` from the venue.
    Distance { km: u32 },
    /// Hours between the hero's zone and the event's at its start (online events).
    Hours { difference: u32 },
    /// Gives talks in `language`.
    Speaks { language: LanguageTag },
    /// Said they are open to invitations.
    Available,
    /// Talks given in the last twelve months.
    Spoke { count: u32 },
}

/// A suggested speaker.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub hero_id: i64,
    /// Higher is better.
    pub score: u32,
    /// Every reason that counted, in the order the organizer reads them.
    pub reasons: Vec<Reason>,
}

/// Whether folded `text` has a word starting with `word` (how the search index matches).
fn mentions(folded: &str, word: &str) -> bool {
    folded.split(' ').any(|w| w.starts_with(word))
}

/// Hours between two zones at `at`, 0 to 12 (the shorter way round the clock).
pub fn hours_apart(a: TimeZone, b: TimeZone, at: DateTime<Utc>) -> u32 {
    let offset = |zone: TimeZone| {
        at.with_timezone(&zone.tz())
            .offset()
            .fix()
            .local_minus_utc()
    };
    let minutes = (offset(a) - offset(b)).unsigned_abs() / 60;
    let hours = (minutes + 30) / 60 % 24;
    hours.min(24 - hours)
}

fn primary(tag: &LanguageTag) -> &str {
    tag.as_str().split('-').next().unwrap_or_default()
}

/// Ranks `candidates` as speakers for `event`. A hero is left out when the topics have
/// nothing in common with their work, when they said they are not open to invitations, when
/// they speak only remotely and the event is in person, or when the venue is farther than
/// they travel. Ties go to the lower hero id, so the order is stable.
pub fn rank(event: &EventFacts, candidates: &[Candidate]) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for c in candidates {
        let said = c.availability.as_ref();
        if said.is_some_and(|a| !a.open) {
            continue;
        }
        let distance = match (event.online, event.venue, c.location) {
            (false, Some(venue), Some(home)) => Some(great_circle_km(venue, home).round() as u32),
            _ => None,
        };
        if !event.online && said.is_some_and(|a| a.remote_only) {
            continue;
        }
        if let (Some(km), Some(limit)) = (distance, said.and_then(|a| a.travel_km))
            && km > limit
        {
            continue;
        }
        let mut score = 0;
        let mut reasons = Vec::new();
        let (posts, best) = posts_about_folded(c.titles.split('\n'), &event.words);
        if let Some(topic) = best {
            // Capped, so a prolific writer does not drown out place and language.
            score += 4 * posts.min(10);
            reasons.push(Reason::Posts {
                count: posts,
                topic,
            });
        }
        if let Some(a) = said {
            let topics = normalize(a.topics.as_str());
            if let Some(word) = event.words.iter().find(|w| mentions(&topics, w)) {
                score += 15;
                reasons.push(Reason::Topics {
                    topic: word.clone(),
                });
            }
        }
        let profile_words = event
            .words
            .iter()
            .zip(&c.index_matches)
            .filter(|(_, matched)| **matched)
            .count() as u32;
        if posts == 0
            && let Some((word, _)) = event
                .words
                .iter()
                .zip(&c.index_matches)
                .find(|(_, matched)| **matched)
        {
            score += 3 * profile_words.min(4);
            reasons.push(Reason::Profile {
                topic: word.clone(),
            });
        }
        if score == 0 {
            continue;
        }
        if let Some(km) = distance {
            // Twenty points next door, none from 2,000 km.
            score += 20_u32.saturating_sub(km / 100);
            reasons.push(Reason::Distance { km });
        }
        if event.online
            && let Some(zone) = c.time_zone
        {
            let difference = hours_apart(zone, event.time_zone, event.starts_at);
            score += 2 * (10_u32.saturating_sub(difference));
            reasons.push(Reason::Hours { difference });
        }
        let speaks: &[LanguageTag] = match said {
            Some(a) if !a.languages.is_empty() => &a.languages,
            _ => &c.languages,
        };
        if let Some(language) = event
            .languages
            .iter()
            .find(|wanted| speaks.iter().any(|l| primary(l) == primary(wanted)))
        {
            score += 20;
            reasons.push(Reason::Speaks {
                language: language.clone(),
            });
        }
        if said.is_some() {
            score += 10;
            reasons.push(Reason::Available);
        }
        if c.recent_talks > 0 {
            // Some experience helps; a hero already on every stage is given a rest.
            score += match c.recent_talks {
                n @ 1..=3 => 2 * n,
                n => 6_u32.saturating_sub(2 * (n - 3)),
            };
            reasons.push(Reason::Spoke {
                count: c.recent_talks,
            });
        }
        out.push(Suggestion {
            hero_id: c.hero_id,
            score,
            reasons,
        });
    }
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.hero_id.cmp(&b.hero_id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::city_coordinates;
    use chrono::TimeZone as _;

    fn tags(list: &str) -> Vec<LanguageTag> {
        LanguageTag::parse_list("l", list).unwrap()
    }

    fn zone(name: &str) -> TimeZone {
        TimeZone::parse("z", name).unwrap()
    }

    fn candidate(id: i64, titles: &[&str], city: (&str, &str), languages: &str) -> Candidate {
        Candidate {
            hero_id: id,
            titles: titles
                .iter()
                .map(|t| normalize(t))
                .collect::<Vec<_>>()
                .join("\n"),
            index_matches: vec![false; 2],
            location: city_coordinates(city.0, city.1),
            time_zone: None,
            languages: tags(languages),
            availability: None,
            recent_talks: 0,
        }
    }

    fn available(km: Option<u32>, remote_only: bool) -> Availability {
        AvailabilityInput {
            open: true,
            topics: "serverless, Lambda".into(),
            travel_km: km.map(|k| k.to_string()).unwrap_or_default(),
            remote_only,
            languages: String::new(),
        }
        .parse()
        .unwrap()
    }

    fn madrid_meetup() -> EventFacts {
        EventFacts {
            words: vec!["lambda".into(), "serverless".into()],
            online: false,
            venue: city_coordinates("ES", "Madrid"),
            time_zone: zone("Europe/Madrid"),
            starts_at: Utc.with_ymd_and_hms(2027, 3, 18, 18, 0, 0).unwrap(),
            languages: tags("es"),
        }
    }

    #[test]
    fn settings_parse_and_name_every_wrong_field() {
        let ok = AvailabilityInput {
            open: true,
            topics: "Lambda".into(),
            travel_km: " 500 ".into(),
            remote_only: false,
            languages: "es, en".into(),
        }
        .parse()
        .unwrap();
        assert_eq!(ok.travel_km, Some(500));
        assert_eq!(ok.languages.len(), 2);
        assert_eq!(ok.to_input().parse().unwrap(), ok);
        let errors = AvailabilityInput {
            topics: "x".repeat(301),
            travel_km: "far".into(),
            languages: "not a language!".into(),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["topics", "travel_km", "languages"]);
    }

    #[test]
    fn common_words_say_nothing() {
        let df = |w: &str| if w == "the" || w == "cloud" { 900 } else { 10 };
        assert_eq!(
            topic_words("The Lambda cloud: an evening", df, 1000),
            ["lambda", "evening"]
        );
        // A small program keeps every word of three letters or more.
        assert_eq!(topic_words("The Lambda", df, 5), ["the", "lambda"]);
    }

    #[test]
    fn hours_apart_go_the_short_way_round() {
        let at = Utc.with_ymd_and_hms(2027, 1, 15, 12, 0, 0).unwrap();
        assert_eq!(
            hours_apart(zone("Europe/Madrid"), zone("Europe/Madrid"), at),
            0
        );
        assert_eq!(
            hours_apart(zone("Europe/Madrid"), zone("America/Bogota"), at),
            6
        );
        // Auckland (+13 in January) and Honolulu (-10): 23 hours one way, 1 the other.
        assert_eq!(
            hours_apart(zone("Pacific/Auckland"), zone("Pacific/Honolulu"), at),
            1
        );
    }

    /// The constructed case: for a Spanish-language serverless meetup in Madrid, the hero in
    /// Madrid who writes about Lambda, speaks Spanish and said they are available comes first;
    /// a more prolific writer in Tokyo who speaks only English comes after; a hero who travels
    /// 300 km at most from Barcelona, one who speaks only remotely, one who said no and one
    /// who never wrote on the topic are not suggested.
    #[test]
    fn the_near_spanish_speaking_lambda_writer_comes_first() {
        let event = madrid_meetup();
        let lambda = ["Lambda cold starts"; 6];
        let many = ["Lambda at scale"; 12];
        let mut madrid = candidate(7, &lambda, ("ES", "Madrid"), "es, en");
        madrid.availability = Some(available(Some(50), false));
        madrid.recent_talks = 1;
        let tokyo = candidate(2, &many, ("JP", "Tokyo"), "en");
        let mut barcelona = candidate(3, &many, ("ES", "Barcelona"), "es");
        barcelona.availability = Some(available(Some(300), false));
        let mut remote = candidate(4, &many, ("ES", "Madrid"), "es");
        remote.availability = Some(available(None, true));
        let mut closed = candidate(5, &many, ("ES", "Madrid"), "es");
        closed.availability = Some(AvailabilityInput::default().parse().unwrap());
        let off_topic = candidate(6, &["Kubernetes operators"], ("ES", "Madrid"), "es");
        let ranked = rank(
            &event,
            &[tokyo, barcelona, remote, closed, off_topic, madrid],
        );
        let ids: Vec<i64> = ranked.iter().map(|s| s.hero_id).collect();
        assert_eq!(ids, [7, 2]);
        assert_eq!(
            ranked[0].reasons,
            [
                Reason::Posts {
                    count: 6,
                    topic: "lambda".into()
                },
                Reason::Topics {
                    topic: "lambda".into()
                },
                Reason::Distance { km: 0 },
                Reason::Speaks {
                    language: LanguageTag::parse("l", "es").unwrap()
                },
                Reason::Available,
                Reason::Spoke { count: 1 },
            ]
        );
        assert!(matches!(ranked[1].reasons[1], Reason::Distance { km } if km > 10_000));
    }

    /// Online, the hours between zones count instead of kilometres, and a remote-only hero
    /// is welcome.
    #[test]
    fn online_events_weigh_time_zones() {
        let mut event = madrid_meetup();
        event.online = true;
        event.venue = None;
        let mut bogota = candidate(1, &["Lambda"], ("CO", "Bogotá"), "es");
        bogota.time_zone = Some(zone("America/Bogota"));
        bogota.availability = Some(available(None, true));
        let mut lisbon = candidate(2, &["Lambda"], ("PT", "Lisbon"), "es");
        lisbon.time_zone = Some(zone("Europe/Lisbon"));
        lisbon.availability = Some(available(None, true));
        let ranked = rank(&event, &[bogota, lisbon]);
        let ids: Vec<i64> = ranked.iter().map(|s| s.hero_id).collect();
        assert_eq!(ids, [2, 1]);
        assert!(ranked[1].reasons.contains(&Reason::Hours { difference: 6 }));
    }
}
