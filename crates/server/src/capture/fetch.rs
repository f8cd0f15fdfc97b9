//! Fetching what heroes point us at, safely: only http and https, never a private, loopback
//! or link-local address (unless a test allows loopback), the checked address pinned for the
//! connection (no DNS rebinding between check and use), at most a few redirects (each one
//! checked again), a time limit, a size cap, and conditional GET.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::sync::OnceLock;
use std::time::Duration;

/// Limits for outgoing requests.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// Allow 127.0.0.0/8 and ::1 (tests and local development only).
    pub allow_loopback: bool,
    /// Time for the whole request, redirects included.
    pub timeout: Duration,
    /// The largest body read.
    pub max_bytes: usize,
    /// Redirects followed.
    pub max_redirects: usize,
}

impl Default for FetchConfig {
    fn default() -> Self {
        Self {
            allow_loopback: false,
            timeout: Duration::from_secs(10),
            max_bytes: 2 * 1024 * 1024,
            max_redirects: 3,
        }
    }
}

/// What a fetch brought back.
#[derive(Debug)]
pub enum Fetched {
    /// 304: nothing new since the validators we sent.
    NotModified,
    /// A body, with the validators for next time.
    Body {
        bytes: Vec<u8>,
        /// The address after redirects (base for relative links).
        url: String,
        content_type: String,
        etag: Option<String>,
        last_modified: Option<String>,
    },
}

/// Why a fetch failed, in words a hero can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    BadAddress,
    Blocked,
    Unreachable(String),
    TooSlow,
    TooLarge(usize),
    Status(u16),
    TooManyRedirects,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadAddress => f.write_str("the address is not a valid http or https address"),
            Self::Blocked => f.write_str("the address points into a private or loopback network, which heroes does not fetch"),
            Self::Unreachable(why) => write!(f, "the server could not be reached ({why})"),
            Self::TooSlow => f.write_str("the server took too long to answer"),
            Self::TooLarge(max) => write!(f, "the answer is larger than {} MB", max / (1024 * 1024)),
            Self::Status(code) => write!(f, "the server answered with HTTP status {code}"),
            Self::TooManyRedirects => f.write_str("the address redirects too many times"),
        }
    }
}

/// Whether an address is one we never fetch (private networks, loopback, link-local —
/// cloud metadata lives at 169.254.169.254 —, multicast, unspecified, carrier-grade NAT).
pub fn is_forbidden(ip: IpAddr, allow_loopback: bool) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            (v4.is_loopback() && !allow_loopback)
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.is_documentation()
                || (o[0] == 100 && (64..128).contains(&o[1]))
                || o[0] == 0
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_forbidden(IpAddr::V4(v4), allow_loopback);
            }
            let first = v6.segments()[0];
            (v6.is_loopback() && !allow_loopback)
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

/// Resolves `url`'s host and returns the first allowed address, or why not.
pub(crate) async fn checked_address(
    url: &url::Url,
    config: &FetchConfig,
) -> Result<SocketAddr, FetchError> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(FetchError::BadAddress);
    }
    let host = url.host_str().ok_or(FetchError::BadAddress)?;
    let port = url.port_or_known_default().ok_or(FetchError::BadAddress)?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|e| FetchError::Unreachable(e.to_string()))?
        .collect();
    if addresses.is_empty() {
        return Err(FetchError::Unreachable(
            "the name does not resolve".to_owned(),
        ));
    }
    // Every address must be allowed: a name that resolves to a public and a private address
    // could be answered by either.
    if addresses
        .iter()
        .any(|a| is_forbidden(a.ip(), config.allow_loopback))
    {
        return Err(FetchError::Blocked);
    }
    Ok(addresses[0])
}

/// The TLS settings of every fetch (ring, the platform's roots), built once: left to
/// reqwest, each client (one per fetch, to pin the checked address) would read and parse
/// every root certificate of the system again, milliseconds per fetch.
pub(crate) fn tls() -> Result<rustls::ClientConfig, FetchError> {
    use rustls_platform_verifier::BuilderVerifierExt;
    static TLS: OnceLock<Result<rustls::ClientConfig, String>> = OnceLock::new();
    TLS.get_or_init(|| {
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .and_then(|b| b.with_platform_verifier())
            .map_err(|e| e.to_string())?
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(config)
    })
    .clone()
    .map_err(FetchError::Unreachable)
}

/// GETs `url` within the limits, sending the validators of the previous fetch.
pub async fn fetch(
    config: &FetchConfig,
    url: &str,
    etag: Option<&str>,
    last_modified: Option<&str>,
) -> Result<Fetched, FetchError> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let deadline = tokio::time::Instant::now() + config.timeout;
    let mut current = url::Url::parse(url).map_err(|_| FetchError::BadAddress)?;
    for _ in 0..=config.max_redirects {
        let address = checked_address(&current, config).await?;
        let client = pinned_client(&current, address, USER_AGENT)?;
        let mut request = client.get(current.clone());
        if let Some(tag) = etag {
            request = request.header("if-none-match", tag);
        }
        if let Some(date) = last_modified {
            request = request.header("if-modified-since", date);
        }
        let response = send_by(deadline, request).await?;
        let status = response.status();
        if status.is_redirection() && status.as_u16() != 304 {
            let location = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .ok_or(FetchError::Status(status.as_u16()))?;
            current = current.join(location).map_err(|_| FetchError::BadAddress)?;
            continue;
        }
        if status.as_u16() == 304 {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header("content-type").unwrap_or_default();
        let (etag, last_modified) = (header("etag"), header("last-modified"));
        return Ok(Fetched::Body {
            bytes: read_body(response, deadline, config.max_bytes).await?,
            url: current.to_string(),
            content_type,
            etag,
            last_modified,
        });
    }
    Err(FetchError::TooManyRedirects)
}

/// How capture introduces itself.
const USER_AGENT: &str = concat!(
    "heroes/",
    env!("CARGO_PKG_VERSION"),
    " (+contribution capture)"
);

/// A client for one request to `url`'s host, connecting only to `address` (checked by
/// [`checked_address`], so DNS cannot change between the check and the connection) and
/// following no redirect by itself.
pub(crate) fn pinned_client(
    url: &url::Url,
    address: SocketAddr,
    user_agent: &'static str,
) -> Result<reqwest::Client, FetchError> {
    let host = url.host_str().unwrap_or_default().to_owned();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls()?)
        .redirect(reqwest::redirect::Policy::none())
        .resolve(&host, address)
        .user_agent(user_agent)
        .build()
        .map_err(|e| FetchError::Unreachable(e.to_string()))
}

/// Sends `request`, giving up at `deadline`.
pub(crate) async fn send_by(
    deadline: tokio::time::Instant,
    request: reqwest::RequestBuilder,
) -> Result<reqwest::Response, FetchError> {
    tokio::time::timeout_at(deadline, request.send())
        .await
        .map_err(|_| FetchError::TooSlow)?
        .map_err(|e| {
            if e.is_timeout() {
                FetchError::TooSlow
            } else {
                FetchError::Unreachable(without_url(&e))
            }
        })
}

/// The whole body of `response`, at most `max_bytes` (refused beyond, by its declared length
/// or as it arrives), by `deadline`.
async fn read_body(
    mut response: reqwest::Response,
    deadline: tokio::time::Instant,
    max_bytes: usize,
) -> Result<Vec<u8>, FetchError> {
    if response
        .content_length()
        .is_some_and(|n| n as usize > max_bytes)
    {
        return Err(FetchError::TooLarge(max_bytes));
    }
    let mut bytes = Vec::new();
    loop {
        let chunk = tokio::time::timeout_at(deadline, response.chunk())
            .await
            .map_err(|_| FetchError::TooSlow)?
            .map_err(|e| FetchError::Unreachable(without_url(&e)))?;
        let Some(chunk) = chunk else { break };
        if bytes.len() + chunk.len() > max_bytes {
            return Err(FetchError::TooLarge(max_bytes));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

pub(crate) fn without_url(e: &reqwest::Error) -> String {
    // The innermost cause says it plainly ("connection refused").
    let mut cause: &dyn std::error::Error = e;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    cause.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_networks_are_forbidden() {
        for bad in [
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::",
            "fc00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(is_forbidden(bad.parse().unwrap(), false), "{bad}");
        }
        assert!(is_forbidden("127.0.0.1".parse().unwrap(), false));
        assert!(!is_forbidden("127.0.0.1".parse().unwrap(), true));
        assert!(!is_forbidden("93.184.216.34".parse().unwrap(), false));
        assert!(!is_forbidden(
            "2606:2800:220:1:248:1893:25c8:1946".parse().unwrap(),
            false
        ));
    }
}
