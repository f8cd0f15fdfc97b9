//! Bounded, trimmed text: the shape of most free-text fields (names, headlines, titles).

use crate::error::{Problem, ValidationError};

/// Trimmed text of `MIN..=MAX` characters (Unicode scalar values, not bytes, so that a
/// Japanese name is not cut three times shorter than a German one).
///
/// Only text that every output we produce can carry is accepted: control characters other
/// than tab and newline (NUL, ESC, …) and Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF
/// and the last two code points of every plane) are refused, because XML 1.0 forbids some of
/// them outright and the rest have no business in a name or a title; one such character in a
/// title would make the site-wide Atom feed unreadable for strict readers. Line ends are
/// normalized to `\n` (browsers send textareas with `\r\n`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Bounded<const MIN: usize, const MAX: usize>(String);

impl<const MIN: usize, const MAX: usize> Bounded<MIN, MAX> {
    /// Parses `value` for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let trimmed = value.trim();
        let trimmed = if trimmed.contains('\r') {
            std::borrow::Cow::Owned(trimmed.replace("\r\n", "\n").replace('\r', "\n"))
        } else {
            std::borrow::Cow::Borrowed(trimmed)
        };
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
        if !trimmed.chars().all(is_text_char) {
            return Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-text-control-characters-unicode",
                },
            ));
        }
        Ok(Self(trimmed.into_owned()))
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

/// Whether `c` may appear in stored text: not a control character other than tab and
/// newline, and not a Unicode non-character. Every character this accepts is a `Char` of
/// XML 1.0 (and JSON, and HTML), so accepted text can go into every output unchanged.
pub fn is_text_char(c: char) -> bool {
    if c.is_control() {
        return c == '\t' || c == '\n';
    }
    let code = u32::from(c);
    let noncharacter = (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE;
    !noncharacter
}

/// Whether XML 1.0 allows `c` in a document (its `Char` production). Writers of XML use it
/// to drop what an XML document cannot carry, for text stored before [`Bounded`] refused it.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` cut to at most `max` characters (not bytes), the last one an ellipsis when
/// anything was cut: for places with a fixed room (a chart label, a captured title).
pub fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
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
    fn shortened_counts_characters_and_marks_the_cut() {
        assert_eq!(shortened("abcdef", 4), "abc…");
        assert_eq!(shortened("abcd", 4), "abcd");
        assert_eq!(shortened("ñandú ñandú", 3), "ña…");
        assert_eq!(shortened("abc", 0), "…");
    }

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

    #[test]
    fn refuses_what_some_output_cannot_carry() {
        for bad in [
            "a\u{FFFE}b",
            "a\u{FFFF}b",
            "a\u{0}b",
            "a\u{1B}[31mb",
            "a\u{FDD0}b",
            "a\u{1FFFF}b",
            "a\u{10FFFE}b",
            "a\u{85}b",
        ] {
            let err = LongText::parse("title", bad).unwrap_err();
            assert_eq!(err.field, "title", "{bad:?}");
            assert!(matches!(err.problem, Problem::Invalid { .. }), "{bad:?}");
        }
        for good in [
            "Option<T> in practice",
            "a ]]> b",
            "🦀 Rust & 日本語",
            "tab\there",
        ] {
            assert_eq!(LongText::parse("title", good).unwrap().as_str(), good);
        }
    }

    #[test]
    fn line_ends_become_newlines() {
        let text = LongText::parse("bio", "one\r\ntwo\rthree").unwrap();
        assert_eq!(text.as_str(), "one\ntwo\nthree");
    }

    proptest! {
        #[test]
        fn accepted_text_is_xml(s in any::<String>()) {
            if let Ok(v) = LongText::parse("x", &s) {
                prop_assert!(v.as_str().chars().all(is_xml_char));
            }
        }

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
