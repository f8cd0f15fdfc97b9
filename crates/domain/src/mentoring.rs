//! Mentoring: heroes offer it, members ask for it, and the program suggests mentors with the
//! reason for each suggestion.
//!
//! The parts: an [`Offer`] (what a hero mentors in, in which languages and time zones, how
//! many mentees at once), a [`MentorRequest`] (what a member wants to learn), the ranking of
//! candidates ([`rank`], explained by [`Reason`]s), the lifecycle of an ask to one mentor
//! ([`AskState::apply`]) and the session log of a mentorship ([`NewSession`]).

use crate::error::{Problem, ValidationError, names};
use crate::hero::{LanguageTag, TimeZone};
use crate::search::{normalize, query_terms};
use crate::slug::Slug;
use crate::text::Bounded;
use chrono::{DateTime, NaiveDate, Timelike, Utc};

/// The most mentees a hero can take at once.
pub const MAX_CAPACITY: u32 = 10;

/// A way of mentoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Video or phone calls.
    Calls,
    /// Reviewing the mentee's code.
    CodeReview,
    /// Career advice.
    Career,
}

impl Format {
    /// Every format, in display order.
    pub const ALL: [Format; 3] = [Format::Calls, Format::CodeReview, Format::Career];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Calls => "calls",
            Format::CodeReview => "code-review",
            Format::Career => "career",
        }
    }

    /// Finds a format by its name.
    pub fn from_name(value: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == value.trim())
    }
}

/// What a hero submits to offer mentoring, as typed.
#[derive(Debug, Clone, Default)]
pub struct OfferInput {
    pub topics: String,
    /// Specialization slugs.
    pub specializations: Vec<String>,
    /// Comma- or space-separated language tags.
    pub languages: String,
    /// Comma- or space-separated IANA time zones.
    pub time_zones: String,
    pub formats: Vec<String>,
    pub capacity: String,
    pub open: bool,
}

/// A hero's offer to mentor.
#[derive(Debug, Clone)]
pub struct Offer {
    /// What the hero mentors in (free text, matched word by word).
    pub topics: Bounded<2, 300>,
    pub specializations: Vec<Slug>,
    /// At least one.
    pub languages: Vec<LanguageTag>,
    /// The time zones the hero can meet in: at least one, at most five.
    pub time_zones: Vec<TimeZone>,
    /// At least one.
    pub formats: Vec<Format>,
    /// Mentees at once, 1 to [`MAX_CAPACITY`].
    pub capacity: u32,
    /// Open to new mentees (paused otherwise; current mentorships go on).
    pub open: bool,
}

impl OfferInput {
    /// Parses the offer, reporting every wrong field.
    pub fn parse(&self) -> Result<Offer, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let topics = Bounded::parse("topics", &self.topics)
            .map_err(|e| errors.push(e))
            .ok();
        let mut specializations = Vec::new();
        for s in &self.specializations {
            match Slug::parse("specializations", s) {
                Ok(slug) if !specializations.contains(&slug) => specializations.push(slug),
                Ok(_) => {}
                Err(e) => {
                    errors.push(e);
                    break;
                }
            }
        }
        let languages = match LanguageTag::parse_list("languages", &self.languages) {
            Ok(list) if list.is_empty() => {
                errors.push(ValidationError::new("languages", Problem::Empty));
                Vec::new()
            }
            Ok(list) => list,
            Err(e) => {
                errors.push(e);
                Vec::new()
            }
        };
        let mut time_zones: Vec<TimeZone> = Vec::new();
        for part in self
            .time_zones
            .split([',', ' '])
            .filter(|p| !p.trim().is_empty())
        {
            match TimeZone::parse("time_zones", part) {
                Ok(zone) if !time_zones.contains(&zone) => time_zones.push(zone),
                Ok(_) => {}
                Err(e) => {
                    errors.push(e);
                    break;
                }
            }
        }
        if time_zones.is_empty() && !errors.iter().any(|e| e.field == "time_zones") {
            errors.push(ValidationError::new("time_zones", Problem::Empty));
        } else if time_zones.len() > 5 {
            errors.push(ValidationError::new(
                "time_zones",
                Problem::TooLong { max: 5 },
            ));
        }
        let mut formats = Vec::new();
        for f in &self.formats {
            match Format::from_name(f) {
                Some(f) if !formats.contains(&f) => formats.push(f),
                Some(_) => {}
                None => {
                    errors.push(ValidationError::new(
                        "formats",
                        Problem::Invalid {
                            expected: "expected-calls-code-review-career",
                        },
                    ));
                    break;
                }
            }
        }
        if formats.is_empty() && !errors.iter().any(|e| e.field == "formats") {
            errors.push(ValidationError::new("formats", Problem::Empty));
        }
        let capacity = match self.capacity.trim().parse::<u32>() {
            Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Some(n),
            _ => {
                errors.push(ValidationError::new(
                    "capacity",
                    Problem::OutOfRange {
                        min: 1,
                        max: MAX_CAPACITY.into(),
                    },
                ));
                None
            }
        };
        match (topics, capacity, errors.is_empty()) {
            (Some(topics), Some(capacity), true) => Ok(Offer {
                topics,
                specializations,
                languages,
                time_zones,
                formats,
                capacity,
                open: self.open,
            }),
            _ => Err(errors),
        }
    }
}

/// A member's request for a mentor.
#[derive(Debug, Clone)]
pub struct MentorRequest {
    /// What the member wants to reach.
    pub goals: Bounded<10, 2000>,
    /// What to learn (matched word by word against mentors' work and offers).
    pub topics: Bounded<2, 300>,
    /// The language to meet in.
    pub language: LanguageTag,
    /// The member's time zone.
    pub time_zone: TimeZone,
}

impl MentorRequest {
    /// Parses the request form, reporting every wrong field.
    pub fn parse(
        goals: &str,
        topics: &str,
        language: &str,
        time_zone: &str,
    ) -> Result<MentorRequest, Vec<ValidationError>> {
        let goals = Bounded::parse("goals", goals);
        let topics = Bounded::parse("topics", topics);
        let language = LanguageTag::parse("language", language);
        let time_zone = TimeZone::parse("time_zone", time_zone);
        match (goals, topics, language, time_zone) {
            (Ok(goals), Ok(topics), Ok(language), Ok(time_zone)) => Ok(MentorRequest {
                goals,
                topics,
                language,
                time_zone,
            }),
            (g, t, l, z) => Err(g
                .err()
                .into_iter()
                .chain(t.err())
                .chain(l.err())
                .chain(z.err())
                .collect()),
        }
    }
}

/// Where an ask to one mentor stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AskState {
    /// Waiting for the mentor.
    Pending,
    /// The mentor said yes: a mentorship began.
    Accepted,
    /// The mentor said no.
    Declined,
    /// The member withdrew it, or another mentor accepted the same request first.
    Withdrawn,
}

/// A step of an ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskStep {
    /// The mentor accepts (a place must be left; the store checks it in the same update).
    Accept,
    /// The mentor declines.
    Decline,
    /// The member withdraws, or the request was matched elsewhere.
    Withdraw,
}

/// Why a mentoring step was refused; each has a message the member or mentor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The ask was already answered (or withdrawn).
    AlreadyAnswered,
    /// Every place of the mentor is taken.
    NoPlaceLeft,
    /// The request already found its mentor, or was withdrawn.
    RequestClosed,
    /// The mentorship has ended.
    Ended,
    /// The mentor's offer is paused or missing.
    NotOffering,
    /// The mentor's own offer is paused: they open it again before accepting a waiting ask.
    Paused,
}

impl Refusal {
    /// The message id of its explanation.
    pub fn id(self) -> &'static str {
        match self {
            Refusal::AlreadyAnswered => "mentoring-refusal-answered",
            Refusal::NoPlaceLeft => "mentoring-refusal-full",
            Refusal::RequestClosed => "mentoring-refusal-closed",
            Refusal::Ended => "mentoring-refusal-ended",
            Refusal::NotOffering => "mentoring-refusal-not-offering",
            Refusal::Paused => "mentoring-refusal-paused",
        }
    }
}

impl AskState {
    /// Every state.
    pub const ALL: [AskState; 4] = [
        AskState::Pending,
        AskState::Accepted,
        AskState::Declined,
        AskState::Withdrawn,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AskState::Pending => "pending",
            AskState::Accepted => "accepted",
            AskState::Declined => "declined",
            AskState::Withdrawn => "withdrawn",
        }
    }

    /// The state after `step`, or why it cannot be taken: only a pending ask moves.
    pub fn apply(self, step: AskStep) -> Result<AskState, Refusal> {
        match (self, step) {
            (AskState::Pending, AskStep::Accept) => Ok(AskState::Accepted),
            (AskState::Pending, AskStep::Decline) => Ok(AskState::Declined),
            (AskState::Pending, AskStep::Withdraw) => Ok(AskState::Withdrawn),
            _ => Err(Refusal::AlreadyAnswered),
        }
    }
}

names!(AskState, stored as "mentoring ask state");

/// One logged session of a mentorship.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// The day it took place (not in the future, not before the mentorship began).
    pub held_on: NaiveDate,
    /// Notes private to the pair.
    pub notes: Bounded<0, 4000>,
}

impl NewSession {
    /// Parses the session form; `today` and `started` bound the date.
    pub fn parse(
        held_on: &str,
        notes: &str,
        started: NaiveDate,
        today: NaiveDate,
    ) -> Result<NewSession, Vec<ValidationError>> {
        let date = NaiveDate::parse_from_str(held_on.trim(), "%Y-%m-%d")
            .ok()
            .filter(|d| *d >= started && *d <= today)
            .ok_or_else(|| {
                ValidationError::new(
                    "held_on",
                    Problem::Invalid {
                        expected: "expected-date-since-mentorship-began",
                    },
                )
            });
        let notes = Bounded::parse("notes", notes);
        match (date, notes) {
            (Ok(held_on), Ok(notes)) => Ok(NewSession { held_on, notes }),
            (d, n) => Err(d.err().into_iter().chain(n.err()).collect()),
        }
    }
}

/// The word each side leaves at the end of a mentorship.
pub type ClosingWord = Bounded<1, 1000>;

/// A mentor the ranking considers, with what the store found about them.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The hero.
    pub hero_id: i64,
    /// The hero's public contribution titles (newest first), matched against the topics.
    pub titles: Vec<String>,
    /// Whether the hero's search document (profile, bio and public work) matches each topic
    /// word, as the search index answered, in the order of [`topic_words`].
    pub index_matches: Vec<bool>,
    /// The offer's topics.
    pub offer_topics: String,
    /// Languages the mentor meets in.
    pub languages: Vec<LanguageTag>,
    /// Time zones the mentor meets in.
    pub time_zones: Vec<TimeZone>,
    /// Mentees at once.
    pub capacity: u32,
    /// Mentees now.
    pub taken: u32,
}

/// Why a mentor is suggested: each part of the score, shown to the member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// `count` public works whose titles mention `topic`.
    Posts { count: u32, topic: String },
    /// The offer names `topic`.
    Offers { topic: String },
    /// The profile mentions `topic` (the search index found it, not in a title).
    Profile { topic: String },
    /// Speaks the requested language.
    Speaks { language: LanguageTag },
    /// Daytime hours (08:00–20:00) the member and mentor share.
    Hours { overlap: u32 },
    /// Places left of the mentor's capacity.
    Places { left: u32, capacity: u32 },
}

/// A suggested mentor.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub hero_id: i64,
    /// Higher is better.
    pub score: u32,
    /// Every reason that added to the score, in the order the member reads them.
    pub reasons: Vec<Reason>,
}

/// The words a request's topics are matched by (folded, as the search index folds).
pub fn topic_words(request: &MentorRequest) -> Vec<String> {
    query_terms(request.topics.as_str())
        .into_iter()
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// Whether folded `text` has a word starting with `word` (how the search index matches).
fn mentions(folded: &str, word: &str) -> bool {
    folded.split(' ').any(|w| w.starts_with(word))
}

/// How many of `titles` mention any of `words`, and the word mentioned most (the first on a
/// tie).
pub fn posts_about(titles: &[String], words: &[String]) -> (u32, Option<String>) {
    let folded: Vec<String> = titles.iter().map(|t| normalize(t)).collect();
    posts_about_folded(folded.iter().map(String::as_str), words)
}

/// [`posts_about`] for titles already folded like the search index (`normalize`), such as the
/// lines of a search document's works.
pub fn posts_about_folded<'a>(
    folded_titles: impl IntoIterator<Item = &'a str>,
    words: &[String],
) -> (u32, Option<String>) {
    let mut per_word = vec![0_u32; words.len()];
    let mut count = 0;
    for folded in folded_titles {
        let mut any = false;
        for (i, word) in words.iter().enumerate() {
            if mentions(folded, word) {
                per_word[i] += 1;
                any = true;
            }
        }
        count += u32::from(any);
    }
    let best = per_word
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        .map(|(i, _)| words[i].clone());
    (count, best)
}

/// Daytime hours (08:00 to 20:00 local) that two zones share on the day of `at`.
pub fn shared_daytime_hours(a: TimeZone, b: TimeZone, at: DateTime<Utc>) -> u32 {
    let day = at.date_naive();
    let daytime = |zone: TimeZone, hour: u32| {
        let instant = day.and_hms_opt(hour, 0, 0).unwrap_or_default().and_utc();
        let local = instant.with_timezone(&zone.tz()).hour();
        (8..20).contains(&local)
    };
    (0..24).filter(|h| daytime(a, *h) && daytime(b, *h)).count() as u32
}

/// Ranks `candidates` for `request` at `at`: topic match weighs most (titles of public work,
/// the offer's own topics, then the profile), then a shared language, shared daytime hours
/// and places left. A mentor without a place left, or with nothing in common with the topics,
/// is not suggested. Ties go to the lower hero id, so the order is stable.
pub fn rank(
    request: &MentorRequest,
    candidates: &[Candidate],
    at: DateTime<Utc>,
) -> Vec<Suggestion> {
    let words = topic_words(request);
    let mut out: Vec<Suggestion> = Vec::new();
    for c in candidates {
        if c.taken >= c.capacity {
            continue;
        }
        let mut score = 0;
        let mut reasons = Vec::new();
        let (posts, best) = posts_about(&c.titles, &words);
        if let Some(topic) = best {
            // Capped, so a prolific writer does not drown out language and hours.
            score += 4 * posts.min(10);
            reasons.push(Reason::Posts {
                count: posts,
                topic,
            });
        }
        let offer = normalize(&c.offer_topics);
        if let Some(word) = words.iter().find(|w| mentions(&offer, w)) {
            score += 15;
            reasons.push(Reason::Offers {
                topic: word.clone(),
            });
        }
        if posts == 0
            && let Some((word, _)) = words
                .iter()
                .zip(&c.index_matches)
                .find(|(_, matched)| **matched)
        {
            score += 5;
            reasons.push(Reason::Profile {
                topic: word.clone(),
            });
        }
        if score == 0 {
            continue;
        }
        let primary = |tag: &LanguageTag| {
            tag.as_str()
                .split('-')
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        if c.languages
            .iter()
            .any(|l| primary(l) == primary(&request.language))
        {
            score += 20;
            reasons.push(Reason::Speaks {
                language: request.language.clone(),
            });
        }
        let overlap = c
            .time_zones
            .iter()
            .map(|z| shared_daytime_hours(*z, request.time_zone, at))
            .max()
            .unwrap_or(0);
        if overlap > 0 {
            score += overlap;
            reasons.push(Reason::Hours { overlap });
        }
        let left = c.capacity - c.taken;
        score += 2 * left;
        reasons.push(Reason::Places {
            left,
            capacity: c.capacity,
        });
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
    use chrono::TimeZone as _;

    fn request(topics: &str, language: &str, zone: &str) -> MentorRequest {
        MentorRequest::parse("Ship my first serverless app", topics, language, zone).unwrap()
    }

    fn candidate(id: i64, titles: &[&str], languages: &str, zone: &str) -> Candidate {
        Candidate {
            hero_id: id,
            titles: titles.iter().map(|t| (*t).to_owned()).collect(),
            index_matches: vec![false; 2],
            offer_topics: String::new(),
            languages: LanguageTag::parse_list("l", languages).unwrap(),
            time_zones: vec![TimeZone::parse("z", zone).unwrap()],
            capacity: 3,
            taken: 1,
        }
    }

    #[test]
    fn only_a_pending_ask_moves() {
        use AskState::*;
        use AskStep::*;
        let table = [
            (Pending, Accept, Ok(Accepted)),
            (Pending, Decline, Ok(Declined)),
            (Pending, Withdraw, Ok(Withdrawn)),
            (Accepted, Accept, Err(Refusal::AlreadyAnswered)),
            (Accepted, Decline, Err(Refusal::AlreadyAnswered)),
            (Accepted, Withdraw, Err(Refusal::AlreadyAnswered)),
            (Declined, Accept, Err(Refusal::AlreadyAnswered)),
            (Declined, Withdraw, Err(Refusal::AlreadyAnswered)),
            (Withdrawn, Accept, Err(Refusal::AlreadyAnswered)),
            (Withdrawn, Decline, Err(Refusal::AlreadyAnswered)),
        ];
        for (from, step, want) in table {
            assert_eq!(from.apply(step), want, "{from:?} {step:?}");
        }
    }

    #[test]
    fn offers_parse_and_name_every_wrong_field() {
        let ok = OfferInput {
            topics: "Lambda, Step Functions".into(),
            specializations: vec!["serverless".into()],
            languages: "es, en".into(),
            time_zones: "Europe/Madrid America/Bogota".into(),
            formats: vec!["calls".into(), "career".into()],
            capacity: "3".into(),
            open: true,
        }
        .parse()
        .unwrap();
        assert_eq!(ok.time_zones.len(), 2);
        assert_eq!(ok.capacity, 3);
        let errors = OfferInput {
            capacity: "11".into(),
            formats: vec!["lunch".into()],
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["topics", "languages", "time_zones", "formats", "capacity"]
        );
    }

    #[test]
    fn sessions_are_dated_within_the_mentorship() {
        let started = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        assert!(NewSession::parse("2026-03-05", "Went through IAM", started, today).is_ok());
        for bad in ["2026-02-28", "2026-03-11", "yesterday"] {
            let errors = NewSession::parse(bad, "", started, today).unwrap_err();
            assert_eq!(errors[0].field, "held_on", "{bad}");
        }
    }

    #[test]
    fn posts_count_titles_once_and_name_the_word_most_mentioned() {
        let titles = vec![
            "Lambda cold starts".to_owned(),
            "Lambda and SQS".to_owned(),
            "Étude: SQS en profondeur".to_owned(),
            "Kubernetes".to_owned(),
        ];
        let words = vec!["sqs".to_owned(), "lambda".to_owned()];
        assert_eq!(posts_about(&titles, &words), (3, Some("sqs".to_owned())));
        assert_eq!(posts_about(&titles, &["rust".to_owned()]), (0, None));
    }

    #[test]
    fn daytime_overlap_follows_the_zones() {
        let at = Utc.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap();
        let zone = |z| TimeZone::parse("z", z).unwrap();
        assert_eq!(
            shared_daytime_hours(zone("Europe/Madrid"), zone("Europe/Madrid"), at),
            12
        );
        // Bogotá is six hours behind Madrid in January.
        assert_eq!(
            shared_daytime_hours(zone("Europe/Madrid"), zone("America/Bogota"), at),
            6
        );
        // Tokyo and New York share only their evenings and mornings: two hours.
        assert_eq!(
            shared_daytime_hours(zone("Asia/Tokyo"), zone("America/New_York"), at),
            2
        );
    }

    /// The constructed case: the Spanish-speaking Lambda writer in a near zone comes first;
    /// a prolific writer without the language second; a full mentor and one with nothing on
    /// the topic not at all.
    #[test]
    fn ranking_puts_topic_language_and_hours_together_first() {
        let at = Utc.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap();
        let req = request("Lambda", "es", "America/Bogota");
        let lambda: Vec<&str> = vec!["Lambda tips"; 12];
        let mut full = candidate(4, &lambda, "es", "America/Bogota");
        full.taken = 3;
        let candidates = vec![
            candidate(1, &lambda, "en", "Asia/Tokyo"),
            candidate(2, &lambda, "es,en", "Europe/Madrid"),
            candidate(3, &["Kubernetes operators"], "es", "America/Bogota"),
            full,
        ];
        let ranked = rank(&req, &candidates, at);
        let ids: Vec<i64> = ranked.iter().map(|s| s.hero_id).collect();
        assert_eq!(ids, [2, 1]);
        assert_eq!(
            ranked[0].reasons,
            [
                Reason::Posts {
                    count: 12,
                    topic: "lambda".into()
                },
                Reason::Speaks {
                    language: LanguageTag::parse("l", "es").unwrap()
                },
                Reason::Hours { overlap: 6 },
                Reason::Places {
                    left: 2,
                    capacity: 3
                },
            ]
        );
    }
}
