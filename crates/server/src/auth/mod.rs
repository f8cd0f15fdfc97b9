//! Who is asking: sessions, the [`Viewer`] every private handler starts from, and the secrets
//! behind session cookies and emailed links.
//!
//! A session cookie holds 32 random bytes (hex); the database keeps only their SHA-256, so a
//! leaked backup signs nobody in. Sessions end after [`IDLE`] without a request or
//! [`ABSOLUTE`] after sign-in, whichever comes first. Handlers never look at roles: they name
//! an [`Action`] and [`Viewer::require`] asks the domain policy.

pub mod api;
pub mod notices;
pub mod pages;
pub mod passkeys;
pub mod password;
pub mod second_factor;
pub mod security;
pub mod sso;
pub mod sweep;

use crate::app::AppState;
use crate::error::PageError;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use chrono::{Duration, Utc};
use heroes_domain::account::Roles;
use heroes_domain::policy::{self, Action, Decision};
use heroes_store::accounts::{self, Actor, User};
use heroes_store::outbox::Queued;
use heroes_store::sessions::{self, SignedInWith};
use sha2::{Digest, Sha256};
use std::net::SocketAddr;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "heroes_session";
/// A session ends after this long without a request.
pub const IDLE: Duration = Duration::days(14);
/// A session ends this long after sign-in, however active.
pub const ABSOLUTE: Duration = Duration::days(30);
/// Activity is written back at most this often, so reading pages does not mean a write per
/// request.
const TOUCH_EVERY: Duration = Duration::minutes(5);

/// A fresh random secret (hex) and its SHA-256 (hex), for session ids and emailed links.
pub fn new_secret() -> (String, String) {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    let secret = hex(&bytes);
    let hash = hash_secret(&secret);
    (secret, hash)
}

/// The SHA-256 of a secret, hex: what the database stores and looks up.
pub fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// A signed-in person.
#[derive(Debug, Clone)]
pub struct Account {
    /// The account.
    pub user: User,
    /// Its roles (always including member).
    pub roles: Roles,
    /// The hash of the session that carried the request.
    pub session_hash: String,
}

/// Whoever sent the request: a visitor or a signed-in account, with the client address and
/// the path asked for (to come back to after signing in).
#[derive(Debug, Clone)]
pub struct Viewer {
    /// The account, when a valid session came with the request.
    pub account: Option<Account>,
    /// The client's address, for throttling and the audit log.
    pub address: String,
    /// Path and query of the request.
    pub path: String,
}

impl Viewer {
    /// The viewer's roles ([`Roles::NONE`] for a visitor).
    pub fn roles(&self) -> Roles {
        self.account.as_ref().map_or(Roles::NONE, |a| a.roles)
    }

    /// Whether the policy allows `action`.
    pub fn may(&self, action: Action) -> bool {
        policy::decide(self.roles(), action) == Decision::Allow
    }

    /// The account, if the policy allows `action` for it; otherwise the error that sends a
    /// visitor to the sign-in page (and back here afterwards) or answers 403.
    pub fn require(&self, action: Action) -> Result<&Account, PageError> {
        match (policy::decide(self.roles(), action), &self.account) {
            (Decision::Allow, Some(account)) => Ok(account),
            (Decision::Allow | Decision::SignIn, None) => Err(PageError::SignIn {
                next: self.path.clone(),
            }),
            (Decision::SignIn | Decision::Forbidden, Some(_)) => Err(PageError::Forbidden),
            (Decision::Forbidden, None) => Err(PageError::Forbidden),
        }
    }

    /// The audit log's view of this viewer signing in as `user` (or proving it is them): the
    /// account it becomes, from this viewer's address.
    pub fn actor_as(&self, user: &User) -> Actor {
        Actor {
            user_id: Some(user.id),
            label: user.email.clone(),
            address: self.address.clone(),
        }
    }

    /// The audit log's view of this viewer.
    pub fn actor(&self) -> Actor {
        Actor {
            user_id: self.account.as_ref().map(|a| a.user.id),
            label: self
                .account
                .as_ref()
                .map_or_else(|| "visitor".to_owned(), |a| a.user.email.clone()),
            address: self.address.clone(),
        }
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let address = client_address(parts, &state.config.trusted_proxies);
        let path = parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
        let account = match parts.extensions.get::<Resolved>() {
            Some(Resolved(account)) => account.clone(),
            // Outside the router (a handler called directly): look the session up here.
            None => match session_cookie(&parts.headers) {
                Some(secret) => load_account(state, &hash_secret(&secret)).await?,
                None => None,
            },
        };
        Ok(Viewer {
            account,
            address,
            path,
        })
    }
}

/// The account a request's session cookie stands for, looked up once per request by
/// [`resolve_session`] and read by the [`Viewer`] extractor.
#[derive(Clone)]
struct Resolved(Option<Account>);

/// Middleware: looks up the session a request carries, once, for the handler's [`Viewer`]
/// and for the page header (`i18n::SignedIn`: the name and the unread count, one more small
/// query per signed-in request). Requests without a session cookie pass untouched.
pub async fn resolve_session(
    axum::extract::State(state): axum::extract::State<AppState>,
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let Some(secret) = session_cookie(request.headers()) else {
        return next.run(request).await;
    };
    let account = match load_account(&state, &hash_secret(&secret)).await {
        Ok(account) => account,
        Err(e) => return e.into_response(),
    };
    if let Some(a) = &account {
        // Every line logged for this request names the account it acted for.
        tracing::Span::current().record("user_id", a.user.id);
        let unread = match heroes_store::notifications::unread(&state.db, a.user.id).await {
            Ok(n) => n,
            Err(e) => return PageError::from(e).into_response(),
        };
        request.extensions_mut().insert(crate::i18n::SignedIn {
            name: a.user.name.clone(),
            unread,
            language: a.user.language.clone(),
        });
        // The account's zone wins over the browser's (`i18n_format`); a name the database
        // no longer knows is ignored rather than refused.
        if let Some(tz) = a
            .user
            .viewing_zone()
            .and_then(|z| z.parse::<chrono_tz::Tz>().ok())
        {
            request
                .extensions_mut()
                .insert(crate::i18n_format::AccountZone(tz));
        }
    }
    request.extensions_mut().insert(Resolved(account));
    next.run(request).await
}

/// The client's IP address: the TCP peer (`local` for in-process calls) or, when the peer is
/// one of `trusted_proxies`, the nearest address in `X-Forwarded-For` that is not a trusted
/// proxy. Headers from anyone else are ignored: a client could write anything there.
pub fn client_address(parts: &Parts, trusted_proxies: &[std::net::IpAddr]) -> String {
    let Some(peer) = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
    else {
        return "local".to_owned();
    };
    if !trusted_proxies.contains(&peer) {
        return peer.to_string();
    }
    let forwarded: Vec<std::net::IpAddr> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse().ok())
        .collect();
    // Proxies append, so read from the right and skip our own proxies.
    forwarded
        .iter()
        .rev()
        .find(|a| !trusted_proxies.contains(a))
        .unwrap_or(&peer)
        .to_string()
}

/// The session secret from the `Cookie` header, if any.
pub fn session_cookie(headers: &axum::http::HeaderMap) -> Option<String> {
    crate::web::cookie(headers, SESSION_COOKIE)
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

async fn load_account(state: &AppState, hash: &str) -> Result<Option<Account>, PageError> {
    let Some(session) = sessions::find(&state.db, hash).await? else {
        return Ok(None);
    };
    let now = Utc::now();
    if session.expires_at <= now || now - session.last_seen_at > IDLE {
        sessions::delete(&state.db, hash).await?;
        return Ok(None);
    }
    let Some(user) = accounts::by_id(&state.db, session.user_id).await? else {
        return Ok(None);
    };
    if now - session.last_seen_at > TOUCH_EVERY {
        sessions::touch(&state.db, hash).await?;
    }
    let roles = accounts::roles(&state.db, &user).await?;
    Ok(Some(Account {
        user,
        roles,
        session_hash: hash.to_owned(),
    }))
}

/// Starts a session for `user_id` and returns the `Set-Cookie` value that carries it.
pub async fn start_session(
    state: &AppState,
    user_id: i64,
    user_agent: &str,
    signed_in_with: SignedInWith,
) -> Result<HeaderValue, PageError> {
    let (secret, hash) = new_secret();
    sessions::create_with(
        &state.db,
        &hash,
        user_id,
        Utc::now() + ABSOLUTE,
        user_agent,
        signed_in_with,
    )
    .await?;
    let cookie = format!(
        "{SESSION_COOKIE}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        ABSOLUTE.num_seconds(),
        if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        }
    );
    HeaderValue::from_str(&cookie).map_err(|e| PageError::Internal(e.into()))
}

/// Signs `user_id` in from `viewer`'s browser: a new session id at every sign-in (the one the
/// browser had, if any, ends), named after the browser's `User-Agent`. Returns the
/// `Set-Cookie` value that carries it; recording the sign-in is the caller's.
pub async fn sign_in_session(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    user_id: i64,
    signed_in_with: SignedInWith,
) -> Result<HeaderValue, PageError> {
    if let Some(old) = &viewer.account {
        sessions::delete(&state.db, &old.session_hash).await?;
    }
    let agent = headers
        .get(axum::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    start_session(state, user_id, agent, signed_in_with).await
}

/// Stores an emailed link's token with its mail, and says on the console that the mail was
/// queued. Past the mail limits the mail is dropped and no token stored, and the page answers
/// just the same.
pub async fn send_token_mail(
    state: &AppState,
    user_id: i64,
    token: accounts::TokenMail<'_>,
) -> Result<(), PageError> {
    let mail = token.mail.clone();
    if accounts::send_token(&state.db, user_id, token).await? == Queued::Yes {
        crate::mail::log_queued(&state.config.mail, &mail);
    }
    Ok(())
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_session_cookie(state: &AppState) -> HeaderValue {
    let cookie = format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        }
    );
    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static("heroes_session=; Max-Age=0"))
}

/// A safe place to go after signing in: a local path only, never `//elsewhere` or a URL.
pub fn local_path(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control() || c == '\\');
    if ok { next } else { "/account" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header;

    #[test]
    fn secrets_are_random_and_hashed() {
        let (a, ha) = new_secret();
        let (b, _) = new_secret();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(hash_secret(&a), ha);
        assert_ne!(a, ha);
    }

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(local_path("/account/profile?x=1"), "/account/profile?x=1");
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(local_path(bad), "/account", "{bad}");
        }
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let request = |peer: &str, forwarded: &str| {
            let mut request = axum::http::Request::get("/")
                .header("x-forwarded-for", forwarded)
                .body(())
                .unwrap();
            request
                .extensions_mut()
                .insert(ConnectInfo(SocketAddr::new(peer.parse().unwrap(), 4000)));
            request.into_parts().0
        };
        let proxy: std::net::IpAddr = "10.0.0.5".parse().unwrap();
        let parts = request("10.0.0.5", "203.0.113.9, 198.51.100.7");
        assert_eq!(client_address(&parts, &[proxy]), "198.51.100.7");
        assert_eq!(
            client_address(&parts, &[]),
            "10.0.0.5",
            "no trusted proxy: the peer"
        );
        let spoofed = request("198.51.100.7", "1.2.3.4");
        assert_eq!(
            client_address(&spoofed, &[proxy]),
            "198.51.100.7",
            "only proxies may say"
        );
        let chain = request("10.0.0.5", "203.0.113.9, 10.0.0.6");
        let proxies = ["10.0.0.5".parse().unwrap(), "10.0.0.6".parse().unwrap()];
        assert_eq!(client_address(&chain, &proxies), "203.0.113.9");
    }

    #[test]
    fn reads_only_well_formed_session_cookies() {
        let mut headers = axum::http::HeaderMap::new();
        let secret = "a".repeat(64);
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("lang=de; {SESSION_COOKIE}={secret}")).unwrap(),
        );
        assert_eq!(session_cookie(&headers), Some(secret));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("heroes_session=nothex"),
        );
        assert_eq!(session_cookie(&headers), None);
    }
}
