//! Quick add: what a web page says about itself (OpenGraph, `<title>`, meta description,
//! JSON-LD `datePublished`), to pre-fill the contribution form. The hero confirms.

use super::feeds::{attribute, plain_text};
use chrono::NaiveDate;
use heroes_domain::contribution::ContributionInput;

/// The fields a page's metadata fills in for `url`.
pub fn prefill(html: &str, url: &str, today: NaiveDate) -> ContributionInput {
    let meta = |keys: &[&str]| -> Option<String> {
        meta_tags(html)
            .into_iter()
            .find(|(k, _)| keys.iter().any(|want| k.eq_ignore_ascii_case(want)))
            .map(|(_, v)| plain_text(&v))
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
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<meta") {
        let start = from + start;
        let Some(end) = lower[start..].find('>').map(|e| start + e) else {
            break;
        };
        let tag = &html[start..end];
        let key = attribute(tag, "property").or_else(|| attribute(tag, "name"));
        if let (Some(key), Some(content)) = (key, attribute(tag, "content")) {
            out.push((key, content));
        }
        from = end;
    }
    out
}

fn title_tag(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let open_end = lower[start..].find('>')? + start + 1;
    let close = lower[open_end..].find("</title>")? + open_end;
    Some(plain_text(&html[open_end..close])).filter(|t| !t.is_empty())
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
}
