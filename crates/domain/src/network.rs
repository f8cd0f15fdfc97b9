//! The private network of heroes: what each hero works on now and may be asked about, and
//! the asks heroes post to each other (a co-speaker, a reviewer, a venue).
//!
//! Nothing here is public: the server shows it only to accounts the policy allows
//! [`crate::policy::Action::UseNetwork`], and the store keeps it out of the public search
//! index.

use crate::error::{Problem, ValidationError, names};
use crate::text::Bounded;

/// A hero's entry in the network, beyond the public profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkCard {
    /// What the hero works on now (plain text).
    pub working_on: Bounded<0, 300>,
    /// Topics the hero is happy to be asked about (plain text).
    pub ask_me_about: Bounded<0, 300>,
    /// Open to speaking together at a conference or meetup.
    pub open_to_cospeaking: bool,
    /// Open to working together (a project, a workshop, a book).
    pub open_to_collaboration: bool,
}

impl NetworkCard {
    /// Parses the card form; the two flags are checkboxes (`on` or absent).
    pub fn parse(
        working_on: &str,
        ask_me_about: &str,
        open_to_cospeaking: bool,
        open_to_collaboration: bool,
    ) -> Result<NetworkCard, Vec<ValidationError>> {
        let working_on = Bounded::parse("working_on", working_on);
        let ask_me_about = Bounded::parse("ask_me_about", ask_me_about);
        match (working_on, ask_me_about) {
            (Ok(working_on), Ok(ask_me_about)) => Ok(NetworkCard {
                working_on,
                ask_me_about,
                open_to_cospeaking,
                open_to_collaboration,
            }),
            (a, b) => Err(a.err().into_iter().chain(b.err()).collect()),
        }
    }
}

/// What an ask is looking for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AskKind {
    /// Someone to speak together with.
    CoSpeaker,
    /// Someone to review a chapter, a post, a talk.
    Reviewer,
    /// A place to hold a workshop or a meetup.
    Venue,
    /// Anything else.
    Other,
}

impl AskKind {
    /// Every kind, in display order.
    pub const ALL: [AskKind; 4] = [
        AskKind::CoSpeaker,
        AskKind::Reviewer,
        AskKind::Venue,
        AskKind::Other,
    ];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            AskKind::CoSpeaker => "co-speaker",
            AskKind::Reviewer => "reviewer",
            AskKind::Venue => "venue",
            AskKind::Other => "other",
        }
    }

    /// Parses a submitted name for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<AskKind, ValidationError> {
        AskKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value.trim())
            .ok_or_else(|| {
                ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "expected-co-speaker-reviewer-venue",
                    },
                )
            })
    }
}

names!(AskKind, stored as "ask kind");

/// A new ask, ready to post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAsk {
    /// What is looked for.
    pub kind: AskKind,
    /// One line saying it.
    pub title: Bounded<3, 150>,
    /// The details (Markdown; sanitized when shown).
    pub body: Bounded<1, 4000>,
}

impl NewAsk {
    /// Parses the ask form, reporting every wrong field.
    pub fn parse(kind: &str, title: &str, body: &str) -> Result<NewAsk, Vec<ValidationError>> {
        let kind = AskKind::parse("kind", kind);
        let title = Bounded::parse("title", title);
        let body = Bounded::parse("body", body);
        match (kind, title, body) {
            (Ok(kind), Ok(title), Ok(body)) => Ok(NewAsk { kind, title, body }),
            (k, t, b) => Err(k.err().into_iter().chain(t.err()).chain(b.err()).collect()),
        }
    }
}

/// An answer to an ask (Markdown; sanitized when shown).
pub type AnswerText = Bounded<1, 4000>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_parse_and_name_every_wrong_field() {
        let ask = NewAsk::parse("co-speaker", "A co-speaker for KubeCon", "Lisbon, May.").unwrap();
        assert_eq!(ask.kind, AskKind::CoSpeaker);
        let errors = NewAsk::parse("friend", "x", "").unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["kind", "title", "body"]);
    }

    #[test]
    fn cards_bound_their_text() {
        assert!(NetworkCard::parse("", "", false, true).is_ok());
        let long = "x".repeat(301);
        let errors = NetworkCard::parse(&long, &long, true, true).unwrap_err();
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn stored_kinds_round_trip() {
        for kind in AskKind::ALL {
            assert_eq!(AskKind::try_from(kind.as_str().to_owned()).unwrap(), kind);
        }
        assert!(AskKind::try_from("party".to_owned()).is_err());
    }
}
