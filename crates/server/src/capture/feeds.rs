//! Reading feeds (RSS, Atom, JSON Feed, YouTube's) into things a hero may have made. (The
//! feed an HTML page announces is found by `metadata::feed_link`.)

use chrono::NaiveDate;
use heroes_domain::contribution::{ContributionInput, ContributionKind};
use heroes_domain::text::{is_text_char, shortened};
use heroes_store::capture::Found;
use std::collections::{HashMap, HashSet};

/// Why a body is not a usable feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAFeed(pub String);

/// What a feed holds that can be offered, and why the rest cannot.
#[derive(Debug, Default)]
pub struct FeedItems {
    /// Items that parse as contributions, ready to offer.
    pub found: Vec<Found>,
    /// One line per item left out: which item (its title or address) and why.
    pub skipped: Vec<String>,
}

/// Every item of a feed that can become a contribution. Each item is parsed into the
/// [`NewContribution`](heroes_domain::contribution::NewContribution) a claim would store at the moment it is read, so an item that could
/// never be claimed (dated before 1990, an address that is not a web address) is never
/// offered; it is listed in `skipped` with the reason instead, and the rest of the feed goes
/// on. Titles and descriptions are text as the feed declares them (see [`text_of`]). Items
/// without a date take `today`, items dated later take `today` too.
pub fn items(bytes: &[u8], base: &str, today: NaiveDate) -> Result<FeedItems, NotAFeed> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(base))
        .build()
        .parse(bytes)
        .map_err(|e| NotAFeed(format!("it is not an RSS, Atom or JSON feed ({e})")))?;
    let video_site = base.contains("youtube.com") || base.contains("vimeo.com");
    let mut out = FeedItems::default();
    for entry in feed.entries {
        let title = own_or_media(entry.title.as_ref(), &entry.media, |m| m.title.as_ref());
        let Some(link) = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
        else {
            out.skipped
                .push(skipped_line(&title, "", "the item has no link"));
            continue;
        };
        if title.is_empty() {
            out.skipped
                .push(skipped_line("", &link.href, "the item has no title"));
            continue;
        }
        // YouTube keeps the text in media:description.
        let description = own_or_media(entry.summary.as_ref(), &entry.media, |m| {
            m.description.as_ref()
        });
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
        let youtube = url::Url::parse(&link.href)
            .ok()
            .and_then(|u| u.host_str().map(|h| h.ends_with("youtube.com")))
            .unwrap_or(false);
        let kind = if video_site || youtube {
            ContributionKind::Video
        } else if audio {
            ContributionKind::Podcast
        } else {
            ContributionKind::BlogPost
        };
        let input = ContributionInput {
            kind: kind.slug().to_owned(),
            title: shortened(&title, 300),
            url: link.href.clone(),
            date: date.to_string(),
            description: shortened(&description, 1000),
            ..ContributionInput::default()
        };
        match offerable(&input, today) {
            Ok(found) => out.found.push(found),
            Err(reason) => out.skipped.push(skipped_line(&title, &link.href, &reason)),
        }
    }
    Ok(out)
}

/// An item found at a source as a suggestion, if it parses as the contribution claiming it
/// would store; otherwise why not, in words (the first problem).
pub fn offerable(input: &ContributionInput, today: NaiveDate) -> Result<Found, String> {
    let item = input
        .parse(today)
        .map_err(|errors| errors.first().map(ToString::to_string).unwrap_or_default())?;
    Ok(Found {
        canonical: item.url.canonical(),
        url: item.url.as_str().to_owned(),
        kind: item.kind.slug().to_owned(),
        title: item.title.into_inner(),
        published_on: item.date,
        description: item.description.into_inner(),
        stars: item.reach.stars,
        canonical_link: None,
    })
}

/// One line of a source's skipped items: `“title” (address): reason`.
pub fn skipped_line(title: &str, url: &str, reason: &str) -> String {
    let title: String = title.chars().take(80).collect();
    let url: String = url.chars().take(200).collect();
    match (title.is_empty(), url.is_empty()) {
        (false, false) => format!("“{title}” ({url}): {reason}"),
        (false, true) => format!("“{title}”: {reason}"),
        _ => format!("{url}: {reason}"),
    }
}

/// An entry's own text when it has any, else the first of its media objects' (`pick`: which
/// text of a media object), else empty.
fn own_or_media(
    own: Option<&feed_rs::model::Text>,
    media: &[feed_rs::model::MediaObject],
    pick: impl Fn(&feed_rs::model::MediaObject) -> Option<&feed_rs::model::Text>,
) -> String {
    own.map(text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| media.iter().find_map(|m| pick(m).map(text_of)))
        .unwrap_or_default()
}

/// A feed text as plain text, decoded exactly once. Text constructs (Atom `type="text"`,
/// every RSS and JSON Feed title) are text already: the XML parser decoded their entities, and
/// a `<` in them is a `<` (`Option<T> in practice`). HTML and XHTML ones go through an HTML
/// parser. Whitespace is folded either way, and characters no stored text may hold are
/// dropped (a stray control character does not cost the item).
pub fn text_of(text: &feed_rs::model::Text) -> String {
    let subtype = text.content_type.subty().as_str();
    if matches!(subtype, "html" | "xhtml" | "xhtml+xml") {
        plain_text(&text.content)
    } else {
        fold(&text.content)
    }
}

/// Folds whitespace and drops characters stored text may not hold (see
/// `heroes_domain::text::is_text_char`).
fn fold(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            word.chars()
                .filter(|c| is_text_char(*c))
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Elements that separate words: they become spaces, so `<p>a</p><p>b</p>` reads "a b".
const WORD_BREAKING: [&str; 26] = [
    "address",
    "article",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "td",
    "ul",
];

/// The text of an HTML fragment, read by a real HTML parser (html5ever, through ammonia):
/// markup removed (scripts and styles with their content), character references decoded
/// once, whitespace folded.
pub fn plain_text(html: &str) -> String {
    // The sanitizer keeps only word-breaking elements, without attributes, and serializes
    // text with `<`, `>`, `&` and no-break spaces escaped; so in its output every `<` starts
    // one of those bare tags, and the only references are the serializer's own.
    let cleaned = ammonia::Builder::empty()
        .add_tags(WORD_BREAKING)
        .tag_attributes(HashMap::new())
        .generic_attributes(HashSet::new())
        .clean(html)
        .to_string();
    let mut text = String::with_capacity(cleaned.len());
    let mut rest = cleaned.as_str();
    while let Some(at) = rest.find(['<', '&']) {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('<') {
            text.push(' ');
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        let (decoded, len) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&nbsp;", ' '),
            ("&quot;", '"'),
        ]
        .into_iter()
        .find(|(entity, _)| rest.starts_with(entity))
        .map_or(('&', 1), |(entity, c)| (c, entity.len()));
        text.push(decoded);
        rest = &rest[len..];
    }
    text.push_str(rest);
    fold(&text)
}

/// An HTML attribute value or `<title>` text (no markup inside) with its character
/// references decoded once, by the same HTML parser.
pub fn decode_html_text(text: &str) -> String {
    // A `<` here is text, never a tag: escaping it first keeps the parser from reading one.
    plain_text(&text.replace('<', "&lt;"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_loses_its_markup_and_is_decoded_once() {
        assert_eq!(plain_text("<b>Bold</b> &amp; <i>brave</i>"), "Bold & brave");
        assert_eq!(plain_text("a < b"), "a < b");
        assert_eq!(
            plain_text("Option&lt;T&gt; in practice"),
            "Option<T> in practice"
        );
        assert_eq!(
            plain_text("It&#8217;s &rsquo;quoted&rsquo;"),
            "It’s ’quoted’"
        );
        assert_eq!(plain_text("&amp;lt;b&amp;gt;"), "&lt;b&gt;");
        assert_eq!(plain_text("<p>one</p><p>two</p>"), "one two");
        assert_eq!(
            plain_text("<p title=\"a>b\">kept</p><script>alert(1)</script>"),
            "kept"
        );
        assert_eq!(plain_text("a&nbsp;b \u{1b}[0m"), "a b [0m");
    }

    #[test]
    fn html_text_is_decoded_once_and_keeps_its_angle_brackets() {
        assert_eq!(
            decode_html_text("Option<T> in practice"),
            "Option<T> in practice"
        );
        assert_eq!(
            decode_html_text("Building &amp; shipping &lt;fast&gt;"),
            "Building & shipping <fast>"
        );
        assert_eq!(
            decode_html_text("&amp;lt;b&amp;gt; It&#x2019;s"),
            "&lt;b&gt; It’s"
        );
    }
}
