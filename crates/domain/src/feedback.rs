//! Product feedback: the product areas it is filed to, the item a hero files, and the life
//! of an item as a state machine.
//!
//! An item moves only through [`State::apply`]: new → acknowledged → planned / in progress →
//! shipped, or declined (with a reason) or marked a duplicate of another item from any open
//! state. A step that is not allowed comes back as a [`Refusal`] saying why, so the staff
//! member who clicked is told in words; the store updates with `WHERE state = <old>`, so two
//! staff members clicking at once cannot both move an item.

use crate::error::{Problem, ValidationError, names};
use crate::slug::Slug;
use crate::text::{Bounded, Line, LongText};
use crate::web::WebUrl;

/// A product area as an admin typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProductArea {
    /// Its address (`/staff/feedback?area=lambda`).
    pub slug: Slug,
    /// Display name.
    pub name: Line,
    /// What it covers (Markdown).
    pub description: LongText,
}

/// What kind of feedback an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Something does not work as documented.
    Bug,
    /// Something that does not exist yet.
    FeatureRequest,
    /// The documentation is wrong, missing or unclear.
    Documentation,
    /// Anything else.
    Other,
}

impl Kind {
    /// Every kind, in the order forms list them.
    pub const ALL: [Kind; 4] = [
        Kind::Bug,
        Kind::FeatureRequest,
        Kind::Documentation,
        Kind::Other,
    ];

    /// The stored name (also the form value and the API's).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Bug => "bug",
            Kind::FeatureRequest => "feature-request",
            Kind::Documentation => "documentation",
            Kind::Other => "other",
        }
    }
}

names!(
    Kind,
    stored as "feedback kind",
    submitted expecting "expected-bug-feature-request-documentation"
);

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a feedback item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Filed; nobody on the team has looked yet.
    New,
    /// Someone on the team has read it and owns the answer.
    Acknowledged,
    /// On the roadmap.
    Planned,
    /// Being built.
    InProgress,
    /// Done and released (the staff's note says what and where).
    Shipped,
    /// Will not be done; the reason is given.
    Declined,
    /// The same as another item, which its followers now follow.
    Duplicate,
}

/// A step from one state to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    /// The team has read it.
    Acknowledge,
    /// It goes on the roadmap.
    Plan,
    /// Work starts.
    Start,
    /// It is released.
    Ship,
    /// It will not be done.
    Decline,
    /// It is the same as another item.
    MarkDuplicate,
}

/// Why a step is not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The item is shipped, declined or a duplicate: nothing moves it any more.
    Closed,
    /// The team must acknowledge the item before planning, starting or shipping it.
    NotAcknowledged,
    /// The item is already there, or past it (planning work that is in progress).
    AlreadyPast,
}

impl Refusal {
    /// The message id the server translates.
    pub fn id(self) -> &'static str {
        match self {
            Refusal::Closed => "feedback-refusal-closed",
            Refusal::NotAcknowledged => "feedback-refusal-not-acknowledged",
            Refusal::AlreadyPast => "feedback-refusal-already-past",
        }
    }
}

impl State {
    /// Every state, in the order an item usually passes them.
    pub const ALL: [State; 7] = [
        State::New,
        State::Acknowledged,
        State::Planned,
        State::InProgress,
        State::Shipped,
        State::Declined,
        State::Duplicate,
    ];

    /// The stored name (also the API's and the filter's).
    pub fn as_str(self) -> &'static str {
        match self {
            State::New => "new",
            State::Acknowledged => "acknowledged",
            State::Planned => "planned",
            State::InProgress => "in-progress",
            State::Shipped => "shipped",
            State::Declined => "declined",
            State::Duplicate => "duplicate",
        }
    }

    /// Reads a stored name or a filter value.
    pub fn from_stored(value: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Whether nothing moves it any more (the time to resolution ends here).
    pub fn is_closed(self) -> bool {
        matches!(self, State::Shipped | State::Declined | State::Duplicate)
    }

    /// The state after `transition`, or why it is not allowed from here.
    pub fn apply(self, transition: Transition) -> Result<State, Refusal> {
        use State as S;
        use Transition as T;
        if self.is_closed() {
            return Err(Refusal::Closed);
        }
        match (self, transition) {
            (S::New, T::Acknowledge) => Ok(S::Acknowledged),
            (S::Acknowledged, T::Plan) => Ok(S::Planned),
            (S::Acknowledged | S::Planned, T::Start) => Ok(S::InProgress),
            (S::Acknowledged | S::Planned | S::InProgress, T::Ship) => Ok(S::Shipped),
            (_, T::Decline) => Ok(S::Declined),
            (_, T::MarkDuplicate) => Ok(S::Duplicate),
            (S::New, T::Plan | T::Start | T::Ship) => Err(Refusal::NotAcknowledged),
            (_, T::Acknowledge | T::Plan | T::Start | T::Ship) => Err(Refusal::AlreadyPast),
        }
    }
}

names!(State, stored as "feedback state");

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Transition {
    /// Every transition.
    pub const ALL: [Transition; 6] = [
        Transition::Acknowledge,
        Transition::Plan,
        Transition::Start,
        Transition::Ship,
        Transition::Decline,
        Transition::MarkDuplicate,
    ];

    /// The form value.
    pub fn as_str(self) -> &'static str {
        match self {
            Transition::Acknowledge => "acknowledge",
            Transition::Plan => "plan",
            Transition::Start => "start",
            Transition::Ship => "ship",
            Transition::Decline => "decline",
            Transition::MarkDuplicate => "duplicate",
        }
    }

    /// Parses a form value.
    pub fn parse(field: &'static str, value: &str) -> Result<Transition, ValidationError> {
        Transition::ALL
            .into_iter()
            .find(|t| t.as_str() == value)
            .ok_or(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-acknowledge-plan-start-ship",
                },
            ))
    }
}

/// The most links one item carries.
pub const MAX_LINKS: usize = 5;

/// A feedback item as a hero typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFeedback {
    /// One line saying what it is about.
    pub title: Line,
    /// The full story (Markdown, sanitized when shown).
    pub body: Bounded<1, 20_000>,
    /// What kind of feedback.
    pub kind: Kind,
    /// The impact, in the hero's words (who is affected, how much it costs them).
    pub impact: Bounded<0, 2_000>,
    /// Reproductions, issues, posts: at most [`MAX_LINKS`].
    pub links: Vec<WebUrl>,
    /// Whether other heroes may see it (and add "me too"); staff always do.
    pub shared: bool,
}

/// The fields of the feedback form, as typed.
#[derive(Debug, Clone, Default)]
pub struct FeedbackForm<'a> {
    /// `title`.
    pub title: &'a str,
    /// `body`.
    pub body: &'a str,
    /// `kind`.
    pub kind: &'a str,
    /// `impact`.
    pub impact: &'a str,
    /// `links`: one address a line.
    pub links: &'a str,
    /// `shared`: whether the box was ticked.
    pub shared: bool,
}

impl NewFeedback {
    /// Parses every field, reporting each one that is wrong.
    pub fn parse(form: &FeedbackForm<'_>) -> Result<NewFeedback, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let title = Line::parse("title", form.title)
            .map_err(|e| errors.push(e))
            .ok();
        let body = Bounded::parse("body", form.body)
            .map_err(|e| errors.push(e))
            .ok();
        let kind = Kind::parse("kind", form.kind)
            .map_err(|e| errors.push(e))
            .ok();
        let impact = Bounded::parse("impact", form.impact)
            .map_err(|e| errors.push(e))
            .ok();
        let lines: Vec<&str> = form
            .links
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let mut links = Vec::new();
        if lines.len() > MAX_LINKS {
            errors.push(ValidationError::new(
                "links",
                Problem::OutOfRange {
                    min: 0,
                    max: MAX_LINKS as i64,
                },
            ));
        } else {
            for line in lines {
                match WebUrl::parse("links", line) {
                    Ok(url) if !links.contains(&url) => links.push(url),
                    Ok(_) => {}
                    Err(e) => {
                        errors.push(e);
                        break;
                    }
                }
            }
        }
        match (title, body, kind, impact) {
            (Some(title), Some(body), Some(kind), Some(impact)) if errors.is_empty() => {
                Ok(NewFeedback {
                    title,
                    body,
                    kind,
                    impact,
                    links,
                    shared: form.shared,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A message in an item's thread (an answer, a question back, a staff-only note).
pub type Message = Bounded<1, 10_000>;

/// How the staff queue is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Most "me too" first (then oldest).
    #[default]
    Votes,
    /// Oldest first: what has waited longest.
    Oldest,
    /// Newest first.
    Newest,
}

impl Sort {
    /// Every order, as the menu lists them.
    pub const ALL: [Sort; 3] = [Sort::Votes, Sort::Oldest, Sort::Newest];

    /// The query value.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Votes => "votes",
            Sort::Oldest => "oldest",
            Sort::Newest => "newest",
        }
    }

    /// Reads a query value; anything else is the default.
    pub fn from_query(value: Option<&str>) -> Sort {
        Sort::ALL
            .into_iter()
            .find(|s| Some(s.as_str()) == value)
            .unwrap_or_default()
    }
}

/// The median of `values` (the mean of the middle two for an even count), `None` for none.
/// Used for the time to first answer and to resolution, in seconds.
pub fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2
    } else {
        values[mid]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use State as S;
    use Transition as T;

    /// Every allowed step; everything else must be refused.
    const ALLOWED: [(State, Transition, State); 15] = [
        (S::New, T::Acknowledge, S::Acknowledged),
        (S::New, T::Decline, S::Declined),
        (S::New, T::MarkDuplicate, S::Duplicate),
        (S::Acknowledged, T::Plan, S::Planned),
        (S::Acknowledged, T::Start, S::InProgress),
        (S::Acknowledged, T::Ship, S::Shipped),
        (S::Acknowledged, T::Decline, S::Declined),
        (S::Acknowledged, T::MarkDuplicate, S::Duplicate),
        (S::Planned, T::Start, S::InProgress),
        (S::Planned, T::Ship, S::Shipped),
        (S::Planned, T::Decline, S::Declined),
        (S::Planned, T::MarkDuplicate, S::Duplicate),
        (S::InProgress, T::Ship, S::Shipped),
        (S::InProgress, T::Decline, S::Declined),
        (S::InProgress, T::MarkDuplicate, S::Duplicate),
    ];

    #[test]
    fn every_step_is_allowed_or_refused_as_the_table_says() {
        let checked =
            crate::testing::check_steps(&State::ALL, &Transition::ALL, &ALLOWED, State::apply);
        assert_eq!(checked, 42);
    }

    #[test]
    fn refusals_say_why() {
        for closed in [S::Shipped, S::Declined, S::Duplicate] {
            for t in Transition::ALL {
                assert_eq!(closed.apply(t), Err(Refusal::Closed), "{closed:?} {t:?}");
            }
        }
        assert_eq!(S::New.apply(T::Ship), Err(Refusal::NotAcknowledged));
        assert_eq!(S::New.apply(T::Plan), Err(Refusal::NotAcknowledged));
        assert_eq!(S::New.apply(T::Start), Err(Refusal::NotAcknowledged));
        assert_eq!(
            S::Acknowledged.apply(T::Acknowledge),
            Err(Refusal::AlreadyPast)
        );
        assert_eq!(S::InProgress.apply(T::Plan), Err(Refusal::AlreadyPast));
        assert_eq!(S::InProgress.apply(T::Start), Err(Refusal::AlreadyPast));
        assert_eq!(S::Planned.apply(T::Plan), Err(Refusal::AlreadyPast));
    }

    #[test]
    fn stored_names_read_back_and_unknown_ones_are_refused() {
        for state in State::ALL {
            assert_eq!(State::try_from(state.as_str().to_owned()), Ok(state));
        }
        for kind in Kind::ALL {
            assert_eq!(Kind::try_from(kind.as_str().to_owned()), Ok(kind));
        }
        for t in Transition::ALL {
            assert_eq!(Transition::parse("t", t.as_str()), Ok(t));
        }
        for name in ["", "New", "in_progress", "limbo"] {
            assert!(State::try_from(name.to_owned()).is_err(), "{name}");
            assert!(Kind::try_from(name.to_owned()).is_err(), "{name}");
        }
    }

    fn form<'a>(links: &'a str) -> FeedbackForm<'a> {
        FeedbackForm {
            title: "Cold starts double with the new runtime",
            body: "Since **Tuesday** every cold start takes 2 s.",
            kind: "bug",
            impact: "Every customer demo I give.",
            links,
            shared: true,
        }
    }

    #[test]
    fn feedback_parses_with_its_links() {
        let new = NewFeedback::parse(&form(
            "https://github.com/x/y/issues/1\r\n\r\nhttps://github.com/x/y/issues/1\nhttps://ana.dev/post",
        ))
        .unwrap();
        assert_eq!(new.kind, Kind::Bug);
        assert_eq!(new.links.len(), 2, "a repeated link is kept once");
        assert!(new.shared);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let bad = FeedbackForm {
            title: " ",
            body: "",
            kind: "complaint",
            impact: "",
            links: "javascript:alert(1)",
            shared: false,
        };
        let errors = NewFeedback::parse(&bad).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "body", "kind", "links"]);
        let many = "https://a.example/1\nhttps://a.example/2\nhttps://a.example/3\n\
                    https://a.example/4\nhttps://a.example/5\nhttps://a.example/6";
        let errors = NewFeedback::parse(&form(many)).unwrap_err();
        assert_eq!(errors[0].field, "links");
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5]), Some(5));
        assert_eq!(median(&mut [9, 1, 5]), Some(5));
        assert_eq!(median(&mut [10, 2, 4, 8]), Some(6));
    }
}
