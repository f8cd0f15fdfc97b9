//! Bounded, trimmed text: the shape of most free-text fields (names, headlines, titles).

use crate::error::{Problem, ValidationError};

/// Trimmed text of `MIN..=MAX` characters (Unicode scalar values, not bytes, so that a
/// Japanese name is not cut three times shorter than a German one). Control characters other
/// than newlines and tabs are refused: they have no business in a profile and break feeds.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Bounded<const MIN: usize, const MAX: usize>(String);

impl<const MIN: usize, const MAX: usize> Bounded<MIN, MAX> {
    /// Parses `value` for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let trimmed = value.trim();
        let chars = trimmed.chars().count();
        if chars == 0 && MIN > 0 {
            return Err(ValidationError::new(field, Problem::Empty));
        }
        if chars < MIN {
            return Err(ValidationError::new(field, Problem::TooShort { min: MIN }));
        }
        if chars > MAX {
            return Err(ValidationError::new(field, Problem::TooLong { max: MAX }));
        }
        if trimmed
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            return Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "text without control characters",
                },
            ));
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, owned.
    pub fn into_inner(self) -> String {
        self.0
    }
}

impl<const MIN: usize, const MAX: usize> AsRef<str> for Bounded<MIN, MAX> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// A required one-line text up to 200 characters (names, titles, companies).
pub type Line = Bounded<1, 200>;
/// An optional one-line text (empty allowed) up to 200 characters.
pub type OptionalLine = Bounded<0, 200>;
/// Long Markdown text (bios, descriptions) up to 20,000 characters.
pub type LongText = Bounded<0, 20_000>;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trims_and_counts_characters_not_bytes() {
        let name = Line::parse("display_name", "  山田太郎  ").unwrap();
        assert_eq!(name.as_str(), "山田太郎");
        assert!(Bounded::<1, 4>::parse("x", "山田太郎").is_ok());
        assert!(Bounded::<1, 3>::parse("x", "山田太郎").is_err());
    }

    #[test]
    fn names_the_field() {
        let err = Line::parse("headline", "   ").unwrap_err();
        assert_eq!(err.field, "headline");
        assert_eq!(err.problem, Problem::Empty);
        assert_eq!(err.to_string(), "headline must not be empty");
    }

    #[test]
    fn refuses_control_characters() {
        assert!(Line::parse("x", "a\u{0007}b").is_err());
        assert!(LongText::parse("x", "line\nline").is_ok());
    }

    proptest! {
        #[test]
        fn accepted_text_is_within_bounds(s in "\\PC{0,250}") {
            if let Ok(v) = Line::parse("x", &s) {
                let n = v.as_str().chars().count();
                prop_assert!((1..=200).contains(&n));
                prop_assert_eq!(v.as_str(), v.as_str().trim());
            }
        }
    }
}
