//! Web addresses that users give us (profile links, contribution URLs).

use crate::error::{Problem, ValidationError};

/// An absolute `http` or `https` URL with a host, at most 2,048 characters.
///
/// Other schemes (`javascript:`, `data:`, `file:`) are refused here, so no user-supplied link
/// can reach a page as anything but a plain web link.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct WebUrl(String);

const EXPECTED: &str = "an http:// or https:// address";

impl WebUrl {
    /// The longest address accepted.
    pub const MAX_LEN: usize = 2048;

    /// Parses `value` for `field`. A bare host such as `example.com/blog` gets `https://`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let value = value.trim();
        if value.is_empty() {
            return Err(ValidationError::new(field, Problem::Empty));
        }
        if value.len() > Self::MAX_LEN {
            return Err(ValidationError::new(
                field,
                Problem::TooLong { max: Self::MAX_LEN },
            ));
        }
        // A value with a scheme is taken as typed (and refused below unless http or https);
        // a bare `example.com/blog` gets `https://`.
        let candidate = match value.split_once(':') {
            Some((scheme, _)) if !scheme.contains(['.', '/']) => value.to_owned(),
            _ => format!("https://{value}"),
        };
        let invalid = || ValidationError::new(field, Problem::Invalid { expected: EXPECTED });
        let parsed = url::Url::parse(&candidate).map_err(|_| invalid())?;
        if !matches!(parsed.scheme(), "http" | "https")
            || parsed.host_str().is_none_or(str::is_empty)
        {
            return Err(invalid());
        }
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(invalid());
        }
        Ok(Self(parsed.to_string()))
    }

    /// The normalized address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host, for display next to a link (`github.com`).
    pub fn host(&self) -> &str {
        let rest = self.0.split_once("://").map_or(self.0.as_str(), |(_, r)| r);
        rest.split(['/', '?', '#', ':']).next().unwrap_or(rest)
    }
}

impl std::fmt::Display for WebUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_web_addresses() {
        let u = WebUrl::parse("url", "https://example.com/blog?x=1").unwrap();
        assert_eq!(u.as_str(), "https://example.com/blog?x=1");
        assert_eq!(u.host(), "example.com");
        let bare = WebUrl::parse("url", "example.com/blog").unwrap();
        assert_eq!(bare.as_str(), "https://example.com/blog");
        assert_eq!(
            WebUrl::parse("url", "example.com:8080/x").unwrap().host(),
            "example.com"
        );
    }

    #[test]
    fn refuses_dangerous_or_broken_addresses() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,hi",
            "file:///etc/passwd",
            "mailto:a@example.com",
            "ftp://example.com",
            "https://",
            "https://user:pw@example.com",
            "http://exa mple.com",
            "",
        ] {
            assert!(WebUrl::parse("url", bad).is_err(), "{bad:?} accepted");
        }
    }

    proptest! {
        #[test]
        fn accepted_urls_are_http(s in "\\PC{0,80}") {
            if let Ok(u) = WebUrl::parse("url", &s) {
                prop_assert!(u.as_str().starts_with("http://") || u.as_str().starts_with("https://"));
            }
        }
    }
}
