//! Validation errors that name the field at fault.
//!
//! The problem is a closed set of kinds rather than free text so that the server can translate
//! it (every user-facing string goes through the message catalog) and the API can report it as
//! data.

use std::fmt;

/// What is wrong with one input field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The field is required but was empty (after trimming).
    Empty,
    /// The text has more than `max` characters.
    TooLong { max: usize },
    /// The text has fewer than `min` characters.
    TooShort { min: usize },
    /// The value has the wrong shape; `expected` is the message id (`expected-…`) of the
    /// catalog's words for the right one. The domain has no catalog: the server translates.
    Invalid { expected: &'static str },
    /// A number outside the allowed range.
    OutOfRange { min: i64, max: i64 },
    /// A year outside the allowed range: told apart from [`Problem::OutOfRange`] because a
    /// year is written as a year ("2012"), not as a quantity grouped by thousands ("2,012").
    YearOutOfRange { min: i32, max: i32 },
}

/// A refused input value: which field, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// The name of the field as the user or API client sent it (`country`, `links.github`).
    pub field: &'static str,
    /// What is wrong with it.
    pub problem: Problem,
}

impl ValidationError {
    /// Builds an error for `field`.
    pub fn new(field: &'static str, problem: Problem) -> Self {
        Self { field, problem }
    }

    /// The one of `all` whose name (`as_str`) is `value` as typed (trimmed), or `Invalid` at
    /// `field` with the catalog's words `expected`: how a form's choice is parsed.
    pub fn pick<T: Copy>(
        all: &[T],
        as_str: fn(T) -> &'static str,
        field: &'static str,
        value: &str,
        expected: &'static str,
    ) -> Result<T, Self> {
        let value = value.trim();
        all.iter()
            .copied()
            .find(|t| as_str(*t) == value)
            .ok_or(Self::new(field, Problem::Invalid { expected }))
    }
}

/// The value of a parse, or `None` with its error kept in `errors`: how a form's parse
/// reports every field at once instead of stopping at the first.
pub fn keep<T>(errors: &mut Vec<ValidationError>, result: Result<T, ValidationError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field;
        match &self.problem {
            Problem::Empty => write!(f, "{field} must not be empty"),
            Problem::TooLong { max } => write!(f, "{field} must be at most {max} characters"),
            Problem::TooShort { min } => write!(f, "{field} must be at least {min} characters"),
            // For logs and tests: `expected` is a message id here, translated by the server.
            Problem::Invalid { expected } => write!(f, "{field} must be {expected}"),
            Problem::OutOfRange { min, max } => {
                write!(f, "{field} must be between {min} and {max}")
            }
            Problem::YearOutOfRange { min, max } => {
                write!(f, "{field} must be a year from {min} to {max}")
            }
        }
    }
}

impl std::error::Error for ValidationError {}

/// A stored name that no variant carries: the row was written by something other than this
/// code (a hand edit, a newer version), and guessing would act on it wrongly.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}")]
pub struct UnknownName {
    /// What was being read (`source kind`, `suggestion state`).
    pub what: &'static str,
    /// The name found.
    pub value: String,
}

impl UnknownName {
    /// The one of `all` whose stored name (`as_str`) is `value`, or the error saying `what`
    /// was being read: how a stored name is read back (`TryFrom<String>`).
    pub fn find<T: Copy>(
        all: &[T],
        as_str: fn(T) -> &'static str,
        what: &'static str,
        value: String,
    ) -> Result<T, Self> {
        all.iter()
            .copied()
            .find(|t| as_str(*t) == value)
            .ok_or(Self { what, value })
    }
}

/// Reading back an enum written as one of a fixed set of names: `TryFrom<String>` for a
/// stored name, where an unknown one is an error naming `what` ([`UnknownName`]), and, given
/// the catalog id of what a form expects, `parse` for a submitted one
/// ([`ValidationError::pick`]). The enum has `ALL` (every value) and `as_str` (its name).
///
/// One line per enum instead of the two impls written out: they differ only in these words.
macro_rules! names {
    ($t:ty, stored as $what:literal) => {
        impl TryFrom<String> for $t {
            type Error = $crate::error::UnknownName;

            /// Reads a stored name; one no version of this code wrote is an error, never a guess.
            fn try_from(value: String) -> Result<Self, Self::Error> {
                $crate::error::UnknownName::find(&<$t>::ALL, <$t>::as_str, $what, value)
            }
        }
    };
    ($t:ty, stored as $what:literal, submitted expecting $expected:literal) => {
        $crate::error::names!($t, stored as $what);

        impl $t {
            /// Parses the name a form or the API sent for `field` (trimmed); a wrong one is
            /// refused with the catalog's words for the names expected.
            pub fn parse(
                field: &'static str,
                value: &str,
            ) -> Result<Self, $crate::error::ValidationError> {
                $crate::error::ValidationError::pick(
                    &Self::ALL,
                    Self::as_str,
                    field,
                    value,
                    $expected,
                )
            }
        }
    };
}
pub(crate) use names;
