//! Reading feeds (RSS, Atom, JSON Feed, YouTube's) into things a hero may have made. (The
//! feed an HTML page announces is found by `metadata::feed_link`.)

use chrono::NaiveDate;
use heroes_domain::contribution::ContributionKind;
use heroes_domain::web::WebUrl;
use heroes_store::capture::Found;

/// Why a body is not a usable feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAFeed(pub String);

/// Every item of a feed that has a web address. Titles and descriptions are plain text
/// (markup removed; pages escape them again). Items without a date take `today`.
pub fn items(bytes: &[u8], base: &str, today: NaiveDate) -> Result<Vec<Found>, NotAFeed> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(base))
        .build()
        .parse(bytes)
        .map_err(|e| NotAFeed(format!("it is not an RSS, Atom or JSON feed ({e})")))?;
    let video_site = base.contains("youtube.com") || base.contains("vimeo.com");
    let mut found = Vec::new();
    for entry in feed.entries {
        let Some(link) = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
        else {
            continue;
        };
        let Ok(url) = WebUrl::parse("url", &link.href) else {
            continue;
        };
        // Titles are plain text by the specs, but RSS titles often carry HTML: take it out.
        let title = entry
            .title
            .as_ref()
            .map(|t| plain_text(&t.content))
            .filter(|t| !t.is_empty())
            .or_else(|| {
                entry
                    .media
                    .iter()
                    .find_map(|m| m.title.as_ref().map(text_of))
            })
            .unwrap_or_default();
        if title.is_empty() {
            continue;
        }
        let description = entry
            .summary
            .as_ref()
            .map(|t| plain_text(&t.content))
            .filter(|t| !t.is_empty())
            .or_else(|| {
                // YouTube keeps the text in media:description, as plain text.
                entry
                    .media
                    .iter()
                    .find_map(|m| m.description.as_ref().map(text_of))
            })
            .unwrap_or_default();
        let date = entry
            .published
            .or(entry.updated)
            .map(|d| d.date_naive())
            .filter(|d| *d <= today)
            .unwrap_or(today);
        let audio = entry
            .media
            .iter()
            .flat_map(|m| m.content.iter())
            .any(|c| c.content_type.as_ref().is_some_and(|t| t.ty() == "audio"));
        let kind = if video_site || url.host().ends_with("youtube.com") {
            ContributionKind::Video
        } else if audio {
            ContributionKind::Podcast
        } else {
            ContributionKind::BlogPost
        };
        found.push(Found {
            canonical: url.canonical(),
            url: url.as_str().to_owned(),
            kind: kind.slug().to_owned(),
            title: truncate(&title, 300),
            published_on: date,
            description: truncate(&description, 1000),
            stars: None,
            canonical_link: None,
        });
    }
    Ok(found)
}

/// A feed text as plain text: HTML loses its markup, plain text keeps every character (a
/// `<` in a plain-text title is a `<`); whitespace is folded either way.
fn text_of(text: &feed_rs::model::Text) -> String {
    if text.content_type.subty() == "html" || text.content_type.subty() == "xhtml" {
        plain_text(&text.content)
    } else {
        text.content
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Text with markup removed and whitespace folded: feed titles often carry HTML.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // Only `<` followed by a letter, `/` or `!` opens a tag: "a < b" is text.
            '<' if !in_tag
                && chars
                    .peek()
                    .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/' || *n == '!') =>
            {
                in_tag = true;
            }
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(max - 1).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_their_markup() {
        assert_eq!(plain_text("<b>Bold</b> &amp; <i>brave</i>"), "Bold & brave");
        assert_eq!(plain_text("a < b"), "a < b");
    }
}
