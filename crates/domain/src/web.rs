//! Web addresses that users give us (profile links, contribution URLs).

use crate::error::{Problem, ValidationError};

/// An absolute `http` or `https` URL with a host, at most 2,048 characters.
///
/// Other schemes (`javascript:`, `data:`, `file:`) are refused here, so no user-supplied link
/// can reach a page as anything but a plain web link.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct WebUrl(String);

/// The message id of what is expected.
const EXPECTED: &str = "expected-http-https-address";

impl WebUrl {
    /// The longest address accepted.
    pub const MAX_LEN: usize = 2048;

    /// Parses `value` for `field`. A bare host such as `example.com/blog` gets `https://`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let value = typed_address(field, value, Self::MAX_LEN)?;
        // A value with a scheme is taken as typed (and refused below unless http or https);
        // a bare `example.com/blog` gets `https://`.
        let candidate = match value.split_once(':') {
            Some((scheme, _)) if !scheme.contains(['.', '/']) => value.to_owned(),
            _ => format!("https://{value}"),
        };
        let parsed = http_url(&candidate)
            .ok_or_else(|| ValidationError::new(field, Problem::Invalid { expected: EXPECTED }))?;
        Ok(Self(parsed.to_string()))
    }

    /// The normalized address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address that identifies the same work however it was linked: scheme `https`, host
    /// without `www.`, no fragment, no tracking parameters (`utm_*`, `fbclid`, `gclid`, …), no
    /// trailing slash, remaining parameters sorted. Two links with the same canonical form are
    /// one contribution.
    pub fn canonical(&self) -> String {
        let Ok(mut url) = url::Url::parse(&self.0) else {
            return self.0.clone();
        };
        let _ = url.set_scheme("https");
        if let Some(host) = url.host_str().map(str::to_owned)
            && let Some(bare) = host.strip_prefix("www.")
        {
            let _ = url.set_host(Some(bare));
        }
        let _ = url.set_port(None);
        url.set_fragment(None);
        let mut params: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| !is_tracking_parameter(k))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        params.sort();
        if params.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(params);
        }
        let mut text = url.to_string();
        if text.ends_with('/') && url.query().is_none() {
            text.pop();
        }
        text
    }

    /// The host, for display next to a link (`github.com`).
    pub fn host(&self) -> &str {
        let rest = self.0.split_once("://").map_or(self.0.as_str(), |(_, r)| r);
        rest.split(['/', '?', '#', ':']).next().unwrap_or(rest)
    }
}

/// `value` trimmed, refused when empty or longer than `max` bytes: the first checks of every
/// address a form sends.
pub(crate) fn typed_address<'v>(
    field: &'static str,
    value: &'v str,
    max: usize,
) -> Result<&'v str, ValidationError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ValidationError::new(field, Problem::Empty));
    }
    if value.len() > max {
        return Err(ValidationError::new(field, Problem::TooLong { max }));
    }
    Ok(value)
}

/// `value` as an absolute `http`/`https` address with a host and no user name or password:
/// what every address we link to or send to must be.
pub(crate) fn http_url(value: &str) -> Option<url::Url> {
    let parsed = url::Url::parse(value).ok()?;
    let usable = matches!(parsed.scheme(), "http" | "https")
        && parsed.host_str().is_some_and(|h| !h.is_empty())
        && parsed.username().is_empty()
        && parsed.password().is_none();
    usable.then_some(parsed)
}

fn is_tracking_parameter(name: &str) -> bool {
    name.starts_with("utm_")
        || matches!(
            name,
            "fbclid"
                | "gclid"
                | "dclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "ref"
                | "ref_src"
                | "igshid"
                | "si"
                | "_hsenc"
                | "_hsmi"
                | "mkt_tok"
        )
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
    fn canonical_forms_match_the_same_work() {
        let canonical = |s: &str| WebUrl::parse("url", s).unwrap().canonical();
        let expected = "https://example.com/posts/lambda";
        for variant in [
            "https://example.com/posts/lambda",
            "http://www.example.com/posts/lambda/",
            "https://example.com/posts/lambda?utm_source=x&utm_medium=y#comments",
            "https://EXAMPLE.com/posts/lambda?fbclid=abc",
            "https://example.com:443/posts/lambda",
        ] {
            assert_eq!(canonical(variant), expected, "{variant}");
        }
        assert_eq!(
            canonical("https://youtube.com/watch?v=abc&utm_source=x&list=1"),
            "https://youtube.com/watch?list=1&v=abc"
        );
        assert_ne!(
            canonical("https://example.com/a"),
            canonical("https://example.com/b")
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
