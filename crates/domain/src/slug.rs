//! URL slugs: the stable, readable part of `/heroes/{slug}`.

use crate::error::{Problem, ValidationError};
use crate::search::fold_special_letter;
use unicode_normalization::UnicodeNormalization;

/// A lowercase ASCII slug: letters, digits and single hyphens, 1 to 64 characters, no hyphen
/// at either end. ASCII only so that links survive every mail client and chat tool.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Slug(String);

/// The message id of what is expected.
const EXPECTED: &str = "expected-lowercase-letters-digits-single";

impl Slug {
    /// The longest slug accepted.
    pub const MAX_LEN: usize = 64;

    /// Parses an existing slug for `field`; it must already be in canonical form.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let ok = !value.is_empty()
            && value.len() <= Self::MAX_LEN
            && value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--");
        if ok {
            Ok(Self(value.to_owned()))
        } else {
            Err(ValidationError::new(
                field,
                Problem::Invalid { expected: EXPECTED },
            ))
        }
    }

    /// Derives a slug from a human name: accents are dropped (`José Núñez` → `jose-nunez`),
    /// everything else that is not ASCII alphanumeric becomes a separator. Names in other
    /// scripts may leave nothing, so the caller passes a `fallback` (itself a valid slug).
    pub fn from_name(name: &str, fallback: &Slug) -> Slug {
        let mut out = String::with_capacity(name.len());
        for c in name.nfkd() {
            if c.is_ascii_alphanumeric() {
                if out.len() == Self::MAX_LEN {
                    break;
                }
                out.push(c.to_ascii_lowercase());
            } else if unicode_normalization::char::is_combining_mark(c) {
                // Accent of the previous letter: drop it, keep the letter.
            } else if let Some(mapped) = fold_special_letter(c) {
                for m in mapped.chars() {
                    if out.len() < Self::MAX_LEN {
                        out.push(m);
                    }
                }
            } else if !out.is_empty() && !out.ends_with('-') && out.len() < Self::MAX_LEN {
                out.push('-');
            }
        }
        let trimmed = out.trim_matches('-');
        if trimmed.is_empty() {
            fallback.clone()
        } else {
            Slug(trimmed.to_owned())
        }
    }

    /// Appends `-n` to make a slug unique, shortening the base if needed.
    pub fn with_suffix(&self, n: u32) -> Slug {
        let suffix = format!("-{n}");
        let keep = Self::MAX_LEN - suffix.len();
        let base = if self.0.len() > keep {
            self.0[..keep].trim_end_matches('-')
        } else {
            &self.0
        };
        Slug(format!("{base}{suffix}"))
    }

    /// The slug.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn fallback() -> Slug {
        Slug::parse("slug", "hero").unwrap()
    }

    #[test]
    fn parses_canonical_slugs_only() {
        assert!(Slug::parse("slug", "jose-nunez-2").is_ok());
        for bad in ["", "-a", "a-", "a--b", "Ab", "a b", "ä", &"a".repeat(65)] {
            assert!(Slug::parse("slug", bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn derives_from_names_in_any_script() {
        assert_eq!(
            Slug::from_name("José Núñez", &fallback()).as_str(),
            "jose-nunez"
        );
        assert_eq!(
            Slug::from_name("Jürgen Groß", &fallback()).as_str(),
            "jurgen-gross"
        );
        assert_eq!(
            Slug::from_name("Łukasz Øster", &fallback()).as_str(),
            "lukasz-oster"
        );
        assert_eq!(Slug::from_name("  --Ana  ", &fallback()).as_str(), "ana");
        assert_eq!(Slug::from_name("山田太郎", &fallback()).as_str(), "hero");
    }

    #[test]
    fn suffix_keeps_the_limit() {
        let long = Slug::from_name(&"a".repeat(100), &fallback());
        assert_eq!(long.as_str().len(), 64);
        let s = long.with_suffix(12);
        assert!(s.as_str().ends_with("-12"));
        assert!(Slug::parse("slug", s.as_str()).is_ok());
    }

    proptest! {
        #[test]
        fn derived_slugs_are_always_valid(name in "\\PC{0,120}") {
            let s = Slug::from_name(&name, &fallback());
            prop_assert!(Slug::parse("slug", s.as_str()).is_ok(), "{:?}", s);
            let suffixed = s.with_suffix(99);
            prop_assert!(Slug::parse("slug", suffixed.as_str()).is_ok());
        }
    }
}
