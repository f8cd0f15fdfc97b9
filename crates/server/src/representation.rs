//! How an answer travels: its content coding (Brotli, zstd or gzip, as the client accepts)
//! and the validators that go with it.
//!
//! One middleware ([`encode_responses`]) compresses every response whose type is text
//! (pages, API, feeds, problem documents) and answers nothing else; the response cache keeps
//! the compressed forms of what it stores ([`crate::cache`]), so a cached answer is compressed
//! once, not per request, and the middleware leaves an answer that already has a
//! `Content-Encoding` alone.
//!
//! **Validators.** An ETag is computed from the uncompressed body. Whenever a client that
//! accepts a coding asks for a compressible type, the ETag is weak (`W/"…"`, as nginx does):
//! the gzip and Brotli bodies differ in bytes but not in meaning, and a strong ETag would
//! promise byte equality. The rule depends on the type and the request only, never on the
//! body's size, so a `304` (which has no body) carries exactly the ETag of the `200` it
//! stands for. `If-None-Match` is compared weakly ([`etag_matches`]).
//!
//! **Dates.** An answer that has a `Last-Modified` (see [`crate::cache`]) also answers
//! `If-Modified-Since`, which counts only when the request has no `If-None-Match`
//! ([`Conditions`], RFC 9110 section 13.2.2).

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use std::io::Write;
use std::time::SystemTime;

/// Bodies shorter than this are sent as they are: the coding's own framing would eat the gain.
pub const MIN_SIZE: usize = 512;
/// Bodies longer than this are not compressed on the fly (none of ours is near it).
const MAX_SIZE: usize = 16 * 1024 * 1024;

/// A content coding we send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Coding {
    /// The body as it is.
    Identity,
    /// `gzip` (every client).
    Gzip,
    /// `br`: a quarter smaller than gzip on our pages (every current browser).
    Brotli,
    /// `zstd`, for clients that prefer it (browsers that send `zstd` also send `br`, which is
    /// smaller at the levels we use). Written by `ruzstd`, in Rust: the `zstd` crate would
    /// build the C library.
    Zstd,
}

/// How hard to compress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    /// For an answer compressed on every request: fast.
    PerRequest,
    /// For an answer the cache compresses once and sends many times: smaller.
    Once,
}

impl Coding {
    /// The codings the cache keeps for each compressible answer.
    pub const COMPRESSED: [Coding; 3] = [Coding::Gzip, Coding::Brotli, Coding::Zstd];

    /// The best coding the request's `Accept-Encoding` allows by the client's weights (`q`),
    /// `*` counting for each; at equal weights Brotli, then gzip, then zstd (the smallest first
    /// at the levels we use); identity when none is accepted.
    pub fn negotiate(request: &HeaderMap) -> Self {
        let (br, gzip, zstd) = Self::weights(request);
        [
            (Coding::Brotli, br),
            (Coding::Gzip, gzip),
            (Coding::Zstd, zstd),
        ]
        .into_iter()
        .filter(|(_, q)| *q > 0.0)
        // The first of the highest weights: `max_by` would keep the last.
        .fold(None, |best: Option<(Coding, f32)>, (c, q)| match best {
            Some((_, top)) if top >= q => best,
            _ => Some((c, q)),
        })
        .map_or(Coding::Identity, |(c, _)| c)
    }

    /// Whether the request accepts gzip (for answers streamed through a gzip encoder).
    pub fn accepts_gzip(request: &HeaderMap) -> bool {
        Self::weights(request).1 > 0.0
    }

    /// The weights (`q`) of Brotli, gzip and zstd in `Accept-Encoding`; 0 for refused or
    /// unnamed.
    fn weights(request: &HeaderMap) -> (f32, f32, f32) {
        let (mut br, mut gzip, mut zstd, mut any) = (None, None, None, None);
        for value in request.get_all(header::ACCEPT_ENCODING) {
            let Ok(value) = value.to_str() else { continue };
            for item in value.split(',') {
                let mut fields = item.split(';');
                let name = fields
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase();
                let q = fields
                    .filter_map(|f| f.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                match name.as_str() {
                    "br" => br = Some(q),
                    "gzip" | "x-gzip" => gzip = Some(q),
                    "zstd" => zstd = Some(q),
                    "*" => any = Some(q),
                    _ => {}
                }
            }
        }
        (
            br.or(any).unwrap_or(0.0),
            gzip.or(any).unwrap_or(0.0),
            zstd.or(any).unwrap_or(0.0),
        )
    }

    /// The `Content-Encoding` value, `None` for identity.
    pub fn name(self) -> Option<&'static str> {
        match self {
            Coding::Identity => None,
            Coding::Gzip => Some("gzip"),
            Coding::Brotli => Some("br"),
            Coding::Zstd => Some("zstd"),
        }
    }

    /// `body` in this coding; `None` for identity or if the encoder failed (then the body
    /// goes out as it is).
    pub fn encode(self, body: &[u8], effort: Effort) -> Option<Bytes> {
        let encoded = match self {
            Coding::Identity => return None,
            Coding::Gzip => {
                let level = match effort {
                    Effort::PerRequest => 5,
                    Effort::Once => 9,
                };
                let mut encoder = flate2::write::GzEncoder::new(
                    Vec::with_capacity(body.len() / 4),
                    flate2::Compression::new(level),
                );
                encoder.write_all(body).ok()?;
                encoder.finish().ok()?
            }
            Coding::Brotli => {
                // Quality 11 is several times slower than 9 for a few percent; 4 is about as
                // fast as gzip's default and already smaller.
                let quality = match effort {
                    Effort::PerRequest => 4,
                    Effort::Once => 9,
                };
                let mut out = Vec::with_capacity(body.len() / 4);
                {
                    let mut writer = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
                    writer.write_all(body).ok()?;
                    writer.flush().ok()?;
                }
                out
            }
            // ruzstd's one level that compresses (its others are planned); the cache still
            // keeps it once per answer.
            Coding::Zstd => {
                ruzstd::encoding::compress_to_vec(body, ruzstd::encoding::CompressionLevel::Fastest)
            }
        };
        Some(Bytes::from(encoded))
    }
}

/// Whether an answer of this `Content-Type` is worth compressing: text, JSON, XML and SVG;
/// not photos (already compressed) nor anything without a type.
pub fn compressible_type(response: &HeaderMap) -> bool {
    let Some(content_type) = response
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.starts_with("text/")
        || essence == "application/json"
        || essence == "application/xml"
        || essence == "image/svg+xml"
        || essence.ends_with("+json")
        || essence.ends_with("+xml")
}

/// The weak form of `etag` (unchanged if already weak).
pub fn weak(etag: &HeaderValue) -> HeaderValue {
    if etag.as_bytes().starts_with(b"W/") {
        return etag.clone();
    }
    let mut bytes = b"W/".to_vec();
    bytes.extend_from_slice(etag.as_bytes());
    HeaderValue::from_bytes(&bytes).unwrap_or_else(|_| etag.clone())
}

/// Whether `If-None-Match` (a list of entity tags, or `*`) matches `etag` by the weak
/// comparison RFC 9110 prescribes for it: `W/` prefixes are ignored on both sides.
pub fn etag_matches(if_none_match: &HeaderValue, etag: &HeaderValue) -> bool {
    let (Ok(sent), Ok(ours)) = (if_none_match.to_str(), etag.to_str()) else {
        return false;
    };
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let ours = opaque(ours);
    sent.split(',')
        .any(|tag| tag.trim() == "*" || opaque(tag) == ours)
}

/// A GET's preconditions on the representation it already has.
#[derive(Debug, Clone, Default)]
pub struct Conditions {
    /// `If-None-Match`.
    pub if_none_match: Option<HeaderValue>,
    /// `If-Modified-Since`.
    pub if_modified_since: Option<HeaderValue>,
}

impl Conditions {
    /// The request's conditions when it is a GET or HEAD (RFC 9110 gives them no meaning on
    /// other methods for a cache's purposes), none otherwise.
    pub fn of(method: &Method, headers: &HeaderMap) -> Self {
        if method != Method::GET && method != Method::HEAD {
            return Self::default();
        }
        Self {
            if_none_match: headers.get(header::IF_NONE_MATCH).cloned(),
            if_modified_since: headers.get(header::IF_MODIFIED_SINCE).cloned(),
        }
    }

    /// Whether the client's copy is current: its ETag matches ours (weakly), or, when it sent
    /// none, our `last_modified` is no later than its `If-Modified-Since`. A date that does not
    /// parse counts as absent, as the RFC says.
    pub fn not_modified(&self, etag: &HeaderValue, last_modified: Option<SystemTime>) -> bool {
        if let Some(sent) = &self.if_none_match {
            return etag_matches(sent, etag);
        }
        let since = self
            .if_modified_since
            .as_ref()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok());
        matches!((last_modified, since), (Some(ours), Some(since)) if ours <= since)
    }
}

/// `at` as an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`), for `Last-Modified`.
pub fn http_date(at: SystemTime) -> HeaderValue {
    HeaderValue::from_str(&httpdate::fmt_http_date(at))
        .unwrap_or(HeaderValue::from_static("Thu, 01 Jan 1970 00:00:00 GMT"))
}

/// Adds `name` to the response's `Vary` unless it is already named there.
pub fn add_vary(response: &mut HeaderMap, name: &'static str) {
    let present = response
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case(name) || v.trim() == "*");
    if !present {
        response.append(header::VARY, HeaderValue::from_static(name));
    }
}

/// Middleware for every response: a compressible answer names `Accept-Encoding` in `Vary`,
/// gets a weak ETag when the client accepts a coding, and its body is compressed when it is
/// long enough to gain. Answers that already carry a `Content-Encoding` (the cache's) pass
/// untouched. A `HEAD` answer gets the validators of the `GET` but is not compressed: axum
/// drops its body inside this layer and sizes it as it was.
pub async fn encode_responses(request: Request, next: Next) -> Response {
    let head = request.method() == Method::HEAD;
    let coding = if head || request.method() == Method::GET {
        Coding::negotiate(request.headers())
    } else {
        Coding::Identity
    };
    let response = next.run(request).await;
    if response.headers().contains_key(header::CONTENT_ENCODING)
        || !compressible_type(response.headers())
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    add_vary(&mut parts.headers, "accept-encoding");
    if coding != Coding::Identity
        && let Some(etag) = parts.headers.get(header::ETAG)
    {
        let etag = weak(etag);
        parts.headers.insert(header::ETAG, etag);
    }
    if matches!(
        parts.status,
        StatusCode::NOT_MODIFIED | StatusCode::NO_CONTENT
    ) {
        // The type was there to tell what the 200 would be; a bodyless answer has none.
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, body);
    }
    let size = body.size_hint().exact().map(|n| n as usize);
    if coding == Coding::Identity
        || head
        || !size.is_some_and(|n| (MIN_SIZE..=MAX_SIZE).contains(&n))
    {
        return Response::from_parts(parts, body);
    }
    let Ok(collected) = body.collect().await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let bytes = collected.to_bytes();
    match coding.encode(&bytes, Effort::PerRequest) {
        Some(encoded) => {
            if let Some(name) = coding.name() {
                parts
                    .headers
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
            }
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(encoded))
        }
        None => Response::from_parts(parts, Body::from(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn the_clients_weights_choose_the_coding() {
        assert_eq!(Coding::negotiate(&HeaderMap::new()), Coding::Identity);
        assert_eq!(
            Coding::negotiate(&accepting("gzip, deflate, br, zstd")),
            Coding::Brotli
        );
        assert_eq!(Coding::negotiate(&accepting("gzip")), Coding::Gzip);
        assert_eq!(
            Coding::negotiate(&accepting("br;q=0.5, gzip")),
            Coding::Gzip
        );
        assert_eq!(Coding::negotiate(&accepting("br;q=0, *")), Coding::Gzip);
        assert_eq!(Coding::negotiate(&accepting("gzip, zstd")), Coding::Gzip);
        assert_eq!(Coding::negotiate(&accepting("zstd")), Coding::Zstd);
        assert_eq!(
            Coding::negotiate(&accepting("br;q=0.5, gzip;q=0.8, zstd")),
            Coding::Zstd
        );
        assert_eq!(Coding::negotiate(&accepting("*;q=0")), Coding::Identity);
        assert_eq!(
            Coding::negotiate(&accepting("deflate, identity")),
            Coding::Identity
        );
    }

    #[test]
    fn if_modified_since_counts_only_without_if_none_match() {
        let at = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
        let etag = HeaderValue::from_static("\"abc\"");
        let since = |v: &str| Conditions {
            if_none_match: None,
            if_modified_since: Some(HeaderValue::from_str(v).unwrap()),
        };
        let same = http_date(at);
        assert_eq!(same, "Tue, 14 Nov 2023 22:13:20 GMT");
        assert!(since("Tue, 14 Nov 2023 22:13:20 GMT").not_modified(&etag, Some(at)));
        assert!(since("Tue, 14 Nov 2023 22:13:21 GMT").not_modified(&etag, Some(at)));
        assert!(!since("Tue, 14 Nov 2023 22:13:19 GMT").not_modified(&etag, Some(at)));
        // The obsolete forms RFC 9110 asks recipients to read.
        assert!(since("Tuesday, 14-Nov-23 22:13:20 GMT").not_modified(&etag, Some(at)));
        assert!(since("Tue Nov 14 22:13:20 2023").not_modified(&etag, Some(at)));
        // No date of ours, or none that parses: the full answer.
        assert!(!since("Tue, 14 Nov 2023 22:13:20 GMT").not_modified(&etag, None));
        assert!(!since("yesterday").not_modified(&etag, Some(at)));
        // An ETag sent decides alone, whatever the date says.
        let both = Conditions {
            if_none_match: Some(HeaderValue::from_static("\"other\"")),
            ..since("Tue, 14 Nov 2023 22:13:20 GMT")
        };
        assert!(!both.not_modified(&etag, Some(at)));
    }

    #[test]
    fn if_none_match_compares_weakly_in_lists_and_with_a_star() {
        let ours = HeaderValue::from_static("\"abc\"");
        let weak_ours = weak(&ours);
        assert_eq!(weak_ours, "W/\"abc\"");
        for sent in [
            "\"abc\"",
            "W/\"abc\"",
            "\"x\", W/\"abc\"",
            "*",
            " \"y\" ,\"abc\" ",
        ] {
            let sent = HeaderValue::from_static(sent);
            assert!(etag_matches(&sent, &ours), "{sent:?}");
            assert!(etag_matches(&sent, &weak_ours), "{sent:?}");
        }
        assert!(!etag_matches(&HeaderValue::from_static("\"abcd\""), &ours));
        assert!(!etag_matches(
            &HeaderValue::from_static("W/\"ab\""),
            &weak_ours
        ));
    }
}
