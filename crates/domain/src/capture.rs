//! Automatic capture's vocabulary: the kinds of source a hero registers, and what became of
//! an item found there.

use crate::error::names;
use std::fmt;

/// Where a hero publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// An RSS, Atom or JSON feed (a blog, a YouTube channel, a podcast), or a page that
    /// links one.
    Feed,
    /// A GitHub account's public repositories.
    GitHub,
}

impl SourceKind {
    /// Every kind, in the order the form offers them.
    pub const ALL: [SourceKind; 2] = [SourceKind::Feed, SourceKind::GitHub];

    /// The stable name used in forms and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Feed => "feed",
            SourceKind::GitHub => "github",
        }
    }

    /// The kind named `name`, if any.
    pub fn from_name(name: &str) -> Option<SourceKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

names!(SourceKind, stored as "source kind");

/// What became of an item found at a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SuggestionState {
    /// Offered, waiting for the hero.
    New,
    /// It became a contribution.
    Claimed,
    /// The hero declined it; never offered again.
    Declined,
}

impl SuggestionState {
    /// Every state.
    pub const ALL: [SuggestionState; 3] = [
        SuggestionState::New,
        SuggestionState::Claimed,
        SuggestionState::Declined,
    ];

    /// The stable name used in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SuggestionState::New => "new",
            SuggestionState::Claimed => "claimed",
            SuggestionState::Declined => "declined",
        }
    }
}

names!(SuggestionState, stored as "suggestion state");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_as_the_values_that_wrote_them() {
        for kind in SourceKind::ALL {
            assert_eq!(SourceKind::try_from(kind.as_str().to_owned()), Ok(kind));
            assert_eq!(SourceKind::from_name(&kind.to_string()), Some(kind));
        }
        for state in SuggestionState::ALL {
            assert_eq!(
                SuggestionState::try_from(state.as_str().to_owned()),
                Ok(state)
            );
        }
    }

    #[test]
    fn unknown_names_are_refused_not_guessed() {
        for name in ["", "Feed", "GitHub", "gitlab", "rss"] {
            assert_eq!(SourceKind::from_name(name), None, "{name}");
            assert!(SourceKind::try_from(name.to_owned()).is_err(), "{name}");
        }
        let err = SuggestionState::try_from("waiting".to_owned()).unwrap_err();
        assert_eq!(err.to_string(), "unknown suggestion state \"waiting\"");
    }
}
