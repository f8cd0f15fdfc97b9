//! What a web page says about itself: for quick add, its OpenGraph, `<title>`, meta
//! description and JSON-LD `datePublished`, to pre-fill the contribution form (the hero
//! confirms); for capture, the feed it announces (autodiscovery) and the address it names as
//! its original (`<link rel="canonical">`, which syndicated copies point at their source with).

use super::feeds::decode_html_text;
use chrono::NaiveDate;
use heroes_domain::contribution::ContributionInput;

/// The fields a page's metadata fills in for `url`.
pub fn prefill(html: &str, url: &str, today: NaiveDate) -> ContributionInput {
    let meta = |keys: &[&str]| -> Option<String> {
        meta_tags(html)
            .into_iter()
            .find(|(k, _)| keys.iter().any(|want| k.eq_ignore_ascii_case(want)))
            // An attribute value is text: references decoded once, a `<` stays a `<`.
            .map(|(_, v)| decode_html_text(&v))
            .filter(|v| !v.is_empty())
    };
    let title = meta(&["og:title", "twitter:title"])
        .or_else(|| title_tag(html))
        .unwrap_or_default();
    let description =
        meta(&["og:description", "description", "twitter:description"]).unwrap_or_default();
    let date = meta(&[
        "article:published_time",
        "og:published_time",
        "date",
        "dc.date",
    ])
    .or_else(|| json_ld_date(html))
    .and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(&d), "%Y-%m-%d").ok())
    .filter(|d| *d <= today)
    .unwrap_or(today);
    let og_type = meta(&["og:type"]).unwrap_or_default().to_lowercase();
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default();
    let kind = if og_type.starts_with("video")
        || host.ends_with("youtube.com")
        || host == "youtu.be"
        || host.ends_with("vimeo.com")
    {
        "video"
    } else if host.ends_with("github.com") || host.ends_with("gitlab.com") {
        "open-source"
    } else if host.ends_with("stackoverflow.com") || host.ends_with("repost.aws") {
        "online-answers"
    } else if og_type == "book" {
        "book"
    } else {
        "blog-post"
    };
    ContributionInput {
        kind: kind.to_owned(),
        title: truncate(&title, 300),
        url: url.to_owned(),
        date: date.to_string(),
        description: truncate(&description, 1000),
        ..ContributionInput::default()
    }
}

fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// `(property or name, content)` of every `<meta>` tag.
fn meta_tags(html: &str) -> Vec<(String, String)> {
    tags(html, "meta")
        .into_iter()
        .filter_map(|tag| {
            let key = attribute(tag, "property").or_else(|| attribute(tag, "name"))?;
            Some((key, attribute(tag, "content")?))
        })
        .collect()
}

/// The media types a feed is announced with.
const FEED_TYPES: [&str; 4] = [
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
];

/// The feed a page announces (`<link rel="alternate" type="application/rss+xml" href>`, or
/// Atom, or JSON Feed), resolved against the page's address.
pub fn feed_link(html: &str, page: &str) -> Option<String> {
    link_tags(html)
        .into_iter()
        .find(|l| l.has_rel("alternate") && FEED_TYPES.contains(&l.media_type.as_str()))
        .and_then(|l| resolve(page, &l.href))
}

/// The address a page names as its original (`<link rel="canonical" href>`), resolved
/// against the page's address; only http and https.
pub fn canonical_link(html: &str, page: &str) -> Option<String> {
    link_tags(html)
        .into_iter()
        .find(|l| l.has_rel("canonical"))
        .and_then(|l| resolve(page, &l.href))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
}

fn resolve(page: &str, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    url::Url::parse(page)
        .ok()?
        .join(href)
        .ok()
        .map(|u| u.to_string())
}

/// A `<link>` tag.
struct LinkTag {
    /// Space-separated, lower case.
    rel: String,
    /// The `type` attribute, lower case, without parameters.
    media_type: String,
    href: String,
}

impl LinkTag {
    fn has_rel(&self, want: &str) -> bool {
        self.rel.split_ascii_whitespace().any(|r| r == want)
    }
}

fn link_tags(html: &str) -> Vec<LinkTag> {
    tags(html, "link")
        .into_iter()
        .filter_map(|tag| {
            Some(LinkTag {
                rel: attribute(tag, "rel")?.to_ascii_lowercase(),
                media_type: attribute(tag, "type")
                    .unwrap_or_default()
                    .split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase(),
                href: attribute(tag, "href")?.replace("&amp;", "&"),
            })
        })
        .collect()
}

/// The text of every `<name …>` tag (up to its `>`), in document order.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{name}");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find(&open).map(|s| from + s) {
        let Some(end) = tag_end(&lower, start) else {
            break;
        };
        // `<link` but not `<linkage>`.
        let after = lower.as_bytes().get(start + open.len()).copied();
        if after.is_some_and(|c| c.is_ascii_whitespace() || c == b'/') {
            out.push(&html[start..end]);
        }
        from = end;
    }
    out
}

/// Where the tag starting at `start` ends (its `>`), skipping quoted attribute values, so
/// `content="Option<T> in practice"` does not end the tag early.
fn tag_end(html: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, b) in html.bytes().enumerate().skip(start) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The value of an attribute of a tag's text, as written (references not decoded).
/// Attribute names match whole (`href=`, not `data-href=`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let pattern = format!("{name}=");
    let mut from = 0;
    let at = loop {
        let at = lower[from..].find(&pattern)? + from;
        if at > 0
            && (bytes[at - 1].is_ascii_whitespace()
                || bytes[at - 1] == b'"'
                || bytes[at - 1] == b'\'')
        {
            break at + pattern.len();
        }
        from = at + pattern.len();
    };
    let value = &tag[at..];
    let (quote, value) = match value.chars().next()? {
        q @ ('"' | '\'') => (Some(q), &value[1..]),
        _ => (None, value),
    };
    let end = match quote {
        Some(q) => value.find(q)?,
        None => value.find([' ', '>']).unwrap_or(value.len()),
    };
    Some(value[..end].to_owned())
}

fn title_tag(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let open_end = lower[start..].find('>')? + start + 1;
    let close = lower[open_end..].find("</title>")? + open_end;
    // `<title>` holds text only (RCDATA): references decoded, nothing read as a tag.
    Some(decode_html_text(&html[open_end..close])).filter(|t| !t.is_empty())
}

fn json_ld_date(html: &str) -> Option<String> {
    let at = html.find("\"datePublished\"")?;
    let rest = &html[at + "\"datePublished\"".len()..];
    let value = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    Some(value[..value.find('"')?].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn opengraph_wins_and_the_rest_fills_gaps() {
        let html = r#"<html><head><title>Fallback | Site</title>
            <meta property="og:title" content="Building &amp; shipping &lt;fast&gt;">
            <meta name="description" content="How we ship.">
            <script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2026-09-30T08:00:00Z"}</script>
            </head></html>"#;
        let input = prefill(html, "https://blog.example.org/shipping", today());
        assert_eq!(
            input.title, "Building & shipping <fast>",
            "escaped text stays text"
        );
        assert_eq!(input.description, "How we ship.");
        let generic = prefill(
            r#"<title>Ignored</title><meta property="og:title" content="Option<T> &amp;amp; It&#8217;s">"#,
            "https://blog.example.org/option",
            today(),
        );
        assert_eq!(generic.title, "Option<T> &amp; It’s", "decoded once");
        let titled = prefill(
            "<title>HashMap<K, V> internals &amp;lt;b&amp;gt;</title>",
            "https://blog.example.org/hashmap",
            today(),
        );
        assert_eq!(titled.title, "HashMap<K, V> internals &lt;b&gt;");
        assert_eq!(input.date, "2026-09-30");
        assert_eq!(input.kind, "blog-post");
        let bare = prefill(
            "<title>Just a title</title>",
            "https://www.youtube.com/watch?v=x",
            today(),
        );
        assert_eq!(
            (bare.title.as_str(), bare.kind.as_str(), bare.date.as_str()),
            ("Just a title", "video", "2026-11-28")
        );
    }

    #[test]
    fn pages_announce_their_feeds() {
        let html = r#"<html><head><LINK rel="alternate" type="application/atom+xml" href="/feed.xml?a=1&amp;b=2"></head></html>"#;
        assert_eq!(
            feed_link(html, "https://blog.example.org/posts/"),
            Some("https://blog.example.org/feed.xml?a=1&b=2".to_owned())
        );
        assert_eq!(
            feed_link(
                "<html><link rel=stylesheet href=x.css><link rel=alternate hreflang=de href=/de></html>",
                "https://a.org/"
            ),
            None,
            "a stylesheet or a translation is not a feed"
        );
        assert_eq!(
            feed_link(
                r#"<link data-href="/wrong" type="application/rss+xml; charset=utf-8" rel="alternate home" href="rss">"#,
                "https://a.org/blog/"
            ),
            Some("https://a.org/blog/rss".to_owned())
        );
    }

    #[test]
    fn pages_name_their_original() {
        let html = r#"<head><meta property="og:url" content="https://dev.to/vera/x">
            <link rel="Canonical" href="https://blog.example.org/serverless-patterns/"></head>"#;
        assert_eq!(
            canonical_link(html, "https://dev.to/vera/x").as_deref(),
            Some("https://blog.example.org/serverless-patterns/")
        );
        assert_eq!(
            canonical_link(
                r#"<link rel="canonical" href="/posts/1">"#,
                "https://a.org/x?y"
            )
            .as_deref(),
            Some("https://a.org/posts/1"),
            "relative to the page"
        );
        for none in [
            r#"<link rel="canonical" href="javascript:alert(1)">"#,
            r#"<link rel="canonical" href="">"#,
            r#"<linkage rel="canonical" href="https://a.org/">"#,
            "<p>no head at all</p>",
        ] {
            assert_eq!(canonical_link(none, "https://a.org/x"), None, "{none}");
        }
    }
}
