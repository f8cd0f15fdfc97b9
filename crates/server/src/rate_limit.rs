//! Rate limiting of the API and the feeds, per client and per instance.
//!
//! Each client (its address as [`crate::auth::client_address`] reads it, behind trusted
//! proxies; IPv6 clients by their /64, which one host usually holds whole) gets a quota of
//! requests per minute that refills continuously (GCRA: one "theoretical arrival time" per
//! client, no timers). A full quota may be spent at once, so a mirror can page through a list
//! quickly and then wait. Every limited answer says where the client stands, in the form of the
//! IETF draft `RateLimit` header fields:
//!
//! ```text
//! RateLimit-Policy: "api";q=600;w=60
//! RateLimit: "api";r=597;t=1
//! ```
//!
//! (`q` requests per `w` seconds; `r` left now; `t` seconds until the quota is whole again.)
//! Past the quota the answer is `429` with `Retry-After` and a problem document.
//!
//! The count is per instance: behind a load balancer with N instances a client may make up to
//! N quotas a minute. The table of clients is bounded ([`MOST_CLIENTS`]); when it is full and
//! none of its clients has a whole quota to forget, a new client goes uncounted rather than
//! pushing out one that is being limited.

use crate::app::AppState;
use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The most clients remembered at once (a few MB).
pub const MOST_CLIENTS: usize = 100_000;

/// The window a quota is stated for.
const WINDOW: Duration = Duration::from_secs(60);

/// How often, at most, a full table is swept for clients whose quota is whole again: the
/// sweep reads every entry, so a flood of new clients must not run it per request.
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// Who a quota belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Client {
    /// An IPv4 address, or an IPv6 /64 prefix.
    Ip(IpAddr),
    /// In-process calls (tests, the CLI) that have no peer address.
    Local,
}

impl Client {
    fn from_address(address: &str) -> Self {
        match address.parse::<IpAddr>() {
            Ok(IpAddr::V6(v6)) => {
                let prefix = u128::from(v6) & !((1u128 << 64) - 1);
                Client::Ip(IpAddr::V6(prefix.into()))
            }
            Ok(ip) => Client::Ip(ip),
            Err(_) => Client::Local,
        }
    }
}

/// What the limiter decided for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// Whether the request may go on.
    pub allowed: bool,
    /// Requests left in the quota after this one.
    pub remaining: u32,
    /// Seconds until the quota is whole again.
    pub reset_secs: u64,
    /// For a refused request: seconds until one more is allowed.
    pub retry_after_secs: u64,
}

struct Table {
    /// Each client's theoretical arrival time: the quota is whole when it is in the past.
    clients: HashMap<Client, Instant>,
    last_sweep: Instant,
}

/// The per-instance limiter; shared by every request through [`AppState`].
pub struct RateLimiter {
    per_minute: u32,
    table: Mutex<Table>,
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimiter")
            .field("per_minute", &self.per_minute)
            .finish_non_exhaustive()
    }
}

impl RateLimiter {
    /// A limiter allowing `per_minute` requests per client per minute (at least 1).
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute: per_minute.max(1),
            table: Mutex::new(Table {
                clients: HashMap::new(),
                last_sweep: Instant::now(),
            }),
        }
    }

    /// The quota per minute.
    pub fn per_minute(&self) -> u32 {
        self.per_minute
    }

    /// Counts one request of `address` at `now`.
    fn check(&self, client: Client, now: Instant) -> Decision {
        // Time one request "costs"; a whole quota is WINDOW.
        let cost = WINDOW / self.per_minute;
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        if !table.clients.contains_key(&client) && table.clients.len() >= MOST_CLIENTS {
            if now.duration_since(table.last_sweep) >= SWEEP_EVERY {
                table.last_sweep = now;
                table.clients.retain(|_, tat| *tat > now);
            }
            if table.clients.len() >= MOST_CLIENTS {
                return Decision {
                    allowed: true,
                    remaining: self.per_minute - 1,
                    reset_secs: 0,
                    retry_after_secs: 0,
                };
            }
        }
        let tat = table.clients.get(&client).copied().unwrap_or(now).max(now);
        let new_tat = tat + cost;
        let debt = new_tat - now;
        if debt > WINDOW {
            let wait = debt - WINDOW;
            return Decision {
                allowed: false,
                remaining: 0,
                reset_secs: ceil_secs(tat - now),
                retry_after_secs: ceil_secs(wait).max(1),
            };
        }
        table.clients.insert(client, new_tat);
        let left = (WINDOW - debt).as_nanos() / cost.as_nanos().max(1);
        Decision {
            allowed: true,
            remaining: u32::try_from(left).unwrap_or(u32::MAX),
            reset_secs: ceil_secs(debt),
            retry_after_secs: 0,
        }
    }

    fn headers(&self, decision: Decision, response: &mut Response) {
        let headers = response.headers_mut();
        if let Ok(policy) = HeaderValue::from_str(&format!(
            "\"api\";q={};w={}",
            self.per_minute,
            WINDOW.as_secs()
        )) {
            headers.insert("ratelimit-policy", policy);
        }
        if let Ok(state) = HeaderValue::from_str(&format!(
            "\"api\";r={};t={}",
            decision.remaining, decision.reset_secs
        )) {
            headers.insert("ratelimit", state);
        }
    }
}

fn ceil_secs(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

/// Middleware for the open reads (the API's public GETs and the feeds): every request counts.
pub async fn limit_open_reads(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    limit(&state, request, next).await
}

/// Middleware for the routes that need a session or a token: only `/api/…` counts (pages and
/// forms have their own throttles where they need them).
pub async fn limit_private_api(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if request.uri().path().starts_with("/api/") {
        limit(&state, request, next).await
    } else {
        next.run(request).await
    }
}

async fn limit(state: &AppState, request: Request, next: Next) -> Response {
    let Some(limiter) = state.rate_limiter.as_deref() else {
        return next.run(request).await;
    };
    let (parts, body) = request.into_parts();
    let address = crate::auth::client_address(&parts, &state.config.trusted_proxies);
    let decision = limiter.check(Client::from_address(&address), Instant::now());
    let mut response = if decision.allowed {
        next.run(Request::from_parts(parts, body)).await
    } else {
        metrics::counter!("rate_limited_total").increment(1);
        let mut refused = ApiError::with_status(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "This client made more than {} requests in a minute; try again in {} s.",
                limiter.per_minute(),
                decision.retry_after_secs
            ),
        )
        .into_response();
        if let Ok(value) = HeaderValue::from_str(&decision.retry_after_secs.to_string()) {
            refused.headers_mut().insert(header::RETRY_AFTER, value);
        }
        refused
    };
    limiter.headers(decision, &mut response);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Client {
        Client::from_address(s)
    }

    #[test]
    fn a_whole_quota_may_be_spent_at_once_then_it_refills_continuously() {
        let limiter = RateLimiter::new(60);
        let t0 = Instant::now();
        for i in 0..60 {
            let d = limiter.check(ip("192.0.2.1"), t0);
            assert!(d.allowed, "request {i}");
            assert_eq!(d.remaining, 59 - i);
        }
        let refused = limiter.check(ip("192.0.2.1"), t0);
        assert!(!refused.allowed);
        assert_eq!(refused.retry_after_secs, 1);
        assert_eq!(refused.reset_secs, 60);
        // Another client is not affected.
        assert!(limiter.check(ip("192.0.2.2"), t0).allowed);
        // One request's worth (1 s at 60 a minute) later, one more goes through.
        let later = t0 + Duration::from_secs(1);
        assert!(limiter.check(ip("192.0.2.1"), later).allowed);
        assert!(!limiter.check(ip("192.0.2.1"), later).allowed);
        // After a whole window the whole quota is back.
        let much_later = t0 + Duration::from_secs(120);
        assert_eq!(limiter.check(ip("192.0.2.1"), much_later).remaining, 59);
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64_prefix() {
        assert_eq!(ip("2001:db8:1:2::1"), ip("2001:db8:1:2:ffff::9"));
        assert_ne!(ip("2001:db8:1:2::1"), ip("2001:db8:1:3::1"));
        assert_eq!(ip("local"), Client::Local);
    }

    #[test]
    fn the_table_stays_bounded_and_forgets_whole_quotas_first() {
        let limiter = RateLimiter::new(10);
        let t0 = Instant::now();
        {
            let mut table = limiter.table.lock().unwrap();
            for i in 0..MOST_CLIENTS as u32 {
                table
                    .clients
                    .insert(Client::Ip(IpAddr::V4(i.into())), t0 + WINDOW);
            }
            table.last_sweep = t0;
        }
        // Full of clients still being limited: a newcomer passes uncounted.
        let newcomer = ip("198.51.100.7");
        assert!(limiter.check(newcomer, t0).allowed);
        assert_eq!(limiter.table.lock().unwrap().clients.len(), MOST_CLIENTS);
        // Once their quotas are whole again, a sweep forgets them and the newcomer counts.
        let later = t0 + WINDOW + SWEEP_EVERY;
        assert_eq!(limiter.check(newcomer, later).remaining, 9);
        assert_eq!(limiter.table.lock().unwrap().clients.len(), 1);
    }
}
