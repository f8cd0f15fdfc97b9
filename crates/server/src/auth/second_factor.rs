//! The second factor: authenticator-app codes (TOTP, RFC 6238), recovery codes, the second
//! step of signing in, and the gate that keeps an account whose role requires a factor on the
//! setup page until it has one.
//!
//! A right password for an account with a factor starts no session: it stores a waiting
//! sign-in (a random secret in a short-lived cookie, its hash in the database) and asks for a
//! code. That step is an attempt of its own for the sign-in throttling (`begin_sign_in`), so a
//! thief who has the password guesses codes exactly as slowly as passwords. A code is accepted
//! once: the store keeps the time step of the last one and takes only later steps.

use super::notices::attack_warning;
use super::{Viewer, hash_secret, local_path, new_secret, session_cookie, sign_in_session};
use crate::app::AppState;
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use heroes_store::accounts::{self, Gate, ThrottlePolicy, User};
use heroes_store::second_factor;
use heroes_store::sessions::SignedInWith;
use totp_rs::{Builder, Secret, Totp};

/// The cookie that carries a sign-in waiting for its second step.
pub const CHALLENGE_COOKIE: &str = "heroes_2fa";
/// How long a right password waits for its second step.
const CHALLENGE_FOR: Duration = Duration::minutes(10);
/// How many recovery codes an account gets.
pub const RECOVERY_CODES: usize = 10;
/// Where an account is sent to set up its factor.
pub const SECURITY_PAGE: &str = "/account/security";

/// A new authenticator secret: 160 random bits (RFC 4226's recommendation), base32.
pub fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    Secret::from(&bytes[..]).to_base32()
}

/// The RFC 6238 generator for a stored secret: SHA-1, six digits, 30-second steps, one step
/// of tolerance either side (what every authenticator app uses). `None` for a secret that is
/// not base32 of at least 128 bits (never stored by us).
fn totp(secret: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret).ok()?;
    Builder::new().with_secret(secret).build().ok()
}

/// The time step a code belongs to, if `code` is right for `secret` at `unix_time` (within one
/// step of it). Whether the step was already used is the store's question.
pub fn check_code(secret: &str, code: &str, unix_time: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let time = u64::try_from(unix_time).ok()?;
    let step = totp(secret)?.check(&code, time)?;
    i64::try_from(step).ok()
}

/// The code an authenticator app shows for `secret` at `unix_time` (for tests and setup
/// checks).
pub fn code_at(secret: &str, unix_time: i64) -> Option<String> {
    let time = u64::try_from(unix_time).ok()?;
    Some(totp(secret)?.generate(time).to_string())
}

/// The `otpauth://` address an authenticator app reads (as a QR code or pasted).
pub fn otpauth_uri(secret: &str, issuer: &str, account: &str) -> String {
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    format!(
        "otpauth://totp/{}:{}?secret={secret}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// Ten new recovery codes as shown to the owner (`xxxx-xxxx-xxxx-xxxx`, 80 random bits each)
/// and their hashes as stored.
pub fn new_recovery_codes() -> (Vec<String>, Vec<String>) {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 10];
            getrandom::fill(&mut bytes).expect("the operating system's random source");
            let plain = Secret::from(&bytes[..]).to_base32().to_lowercase();
            let shown = plain
                .as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join("-");
            let hash = hash_recovery_code(&shown);
            (shown, hash)
        })
        .unzip()
}

/// The stored hash of a recovery code as typed: case, spaces and dashes do not matter.
pub fn hash_recovery_code(typed: &str) -> String {
    let plain: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    hash_secret(&plain)
}

/// Whether `typed` is shaped like an authenticator code (six digits) rather than a recovery
/// code or a password (which is at least ten characters).
pub fn looks_like_app_code(typed: &str) -> bool {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Accepts a code from the account's confirmed app now, once.
pub async fn accept_app_code(
    state: &AppState,
    user_id: i64,
    code: &str,
) -> Result<bool, PageError> {
    let Some(secret) = second_factor::totp_secret(&state.db, user_id, true).await? else {
        return Ok(false);
    };
    let Some(step) = check_code(&secret, code, Utc::now().timestamp()) else {
        return Ok(false);
    };
    Ok(second_factor::use_totp_step(&state.db, user_id, step).await?)
}

/// After a right password for an account with a factor: stores the waiting sign-in and sends
/// the browser to the second step.
pub async fn begin_second_step(
    state: &AppState,
    user_id: i64,
    next: &str,
) -> Result<Response, PageError> {
    let (secret, hash) = new_secret();
    second_factor::start_challenge(&state.db, &hash, user_id, next, Utc::now() + CHALLENGE_FOR)
        .await?;
    let mut response = Redirect::to("/login/second-factor").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        challenge_cookie(state, &secret, CHALLENGE_FOR)?,
    );
    Ok(response)
}

fn challenge_cookie(
    state: &AppState,
    secret: &str,
    for_: Duration,
) -> Result<HeaderValue, PageError> {
    let cookie = format!(
        "{CHALLENGE_COOKIE}={secret}; Path=/login; HttpOnly; SameSite=Lax; Max-Age={}{}",
        for_.num_seconds(),
        if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        }
    );
    HeaderValue::from_str(&cookie).map_err(|e| PageError::Internal(e.into()))
}

/// The header that ends the waiting sign-in's cookie.
pub(super) fn clear_challenge_cookie(state: &AppState) -> Result<HeaderValue, PageError> {
    challenge_cookie(state, "", Duration::zero())
}

fn challenge_secret(headers: &HeaderMap) -> Option<String> {
    crate::web::cookie(headers, CHALLENGE_COOKIE)
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The sign-in waiting for its second step, from the cookie: the hash of its secret and the
/// waiting sign-in.
pub(super) async fn waiting(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(String, second_factor::Challenge)>, PageError> {
    let Some(secret) = challenge_secret(headers) else {
        return Ok(None);
    };
    let hash = hash_secret(&secret);
    Ok(second_factor::challenge(&state.db, &hash)
        .await?
        .map(|c| (hash, c)))
}

/// `/login/second-factor`.
#[derive(Template, WebTemplate)]
#[template(path = "auth/second_step.html")]
pub struct SecondStepPage {
    i18n: I18n,
    error: Option<String>,
    /// The account has passkeys: offer one (with the script).
    passkeys: bool,
}

/// `GET /login/second-factor`: the code form, while a sign-in is waiting.
pub async fn second_step_form(
    State(state): State<AppState>,
    i18n: I18n,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some((_, waiting)) = waiting(&state, &headers).await? else {
        return Ok(Redirect::to("/login").into_response());
    };
    let passkeys = second_factor::factors(&state.db, waiting.user_id)
        .await?
        .passkeys
        > 0;
    Ok(private(SecondStepPage {
        i18n,
        error: None,
        passkeys,
    }))
}

impl SecondStepPage {
    /// The code form again with `message` (401).
    fn refused(i18n: I18n, passkeys: bool, message: &str) -> Response {
        let page = SecondStepPage {
            error: Some(i18n.t(message)),
            i18n,
            passkeys,
        };
        private((StatusCode::UNAUTHORIZED, page))
    }
}

/// Whether `typed` is a right code for `user`: an authenticator code from the confirmed app
/// (once), or an unused recovery code (spent now, audited as `actor`).
async fn accept_code(
    state: &AppState,
    user: &User,
    typed: &str,
    actor: &accounts::Actor,
) -> Result<bool, PageError> {
    if looks_like_app_code(typed) {
        return accept_app_code(state, user.id, typed).await;
    }
    let hash = hash_recovery_code(typed);
    Ok(!typed.trim().is_empty()
        && second_factor::use_recovery_code(&state.db, user.id, &hash, actor).await?)
}

/// `POST /login/second-factor`: an authenticator code or a recovery code finishes the sign-in.
/// Throttled like the password (the same counts, per client address and per account).
pub async fn second_step(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    headers: HeaderMap,
    form: crate::forms::FormPairs,
) -> Result<Response, PageError> {
    let Some((challenge_hash, challenge)) = waiting(&state, &headers).await? else {
        return Ok(Redirect::to("/login").into_response());
    };
    let user_id = challenge.user_id;
    let passkeys = second_factor::factors(&state.db, user_id).await?.passkeys > 0;
    let refuse = move |message: &str| SecondStepPage::refused(i18n, passkeys, message);
    let policy = ThrottlePolicy::default();
    let attempt =
        match accounts::begin_sign_in(&state.db, &viewer.address, Some(user_id), policy).await? {
            Gate::Open(attempt) => attempt,
            Gate::AddressBlocked => return Ok(refuse("login-throttled")),
            Gate::ClientLocked | Gate::Slowed => return Ok(refuse("second-step-failed")),
        };
    let user = accounts::by_id(&state.db, user_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let actor = viewer.actor_as(&user);
    if !accept_code(&state, &user, form.get("code"), &actor).await? {
        let base_url = &state.config.base_url;
        accounts::sign_in_failed(&state.db, attempt, || attack_warning(base_url, &user)).await?;
        return Ok(refuse("second-step-failed"));
    }
    let finished = finish_second_step(&state, &viewer, &headers, &challenge_hash, &user, attempt);
    let Some(cookies) = finished.await? else {
        return Ok(Redirect::to("/login").into_response());
    };
    let mut response = Redirect::to(local_path(&challenge.next)).into_response();
    for cookie in cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// Signs `user` in after a right second step: ends the waiting sign-in `challenge_hash`,
/// starts the session and records the sign-in. Returns the `Set-Cookie` values to send (the
/// session, and the waiting sign-in's cookie cleared), or `None` when another right answer,
/// racing this one, ended the waiting sign-in first: that one makes the session.
pub(super) async fn finish_second_step(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    challenge_hash: &str,
    user: &User,
    attempt: accounts::Attempt,
) -> Result<Option<[HeaderValue; 2]>, PageError> {
    if !second_factor::finish_challenge(&state.db, challenge_hash).await? {
        return Ok(None);
    }
    let with = SignedInWith::SecondFactor;
    let cookie = sign_in_session(state, viewer, headers, user.id, with).await?;
    accounts::sign_in_succeeded(&state.db, attempt, &viewer.actor_as(user)).await?;
    Ok(Some([cookie, clear_challenge_cookie(state)?]))
}

/// Paths an account that must set up a factor may still use: the setup itself, signing out
/// (or in as someone else), the emailed links a visitor may follow (a forgotten password),
/// and what pages need to render. The API ignores cookies (tokens only), so the gate has
/// nothing to say there.
fn open_during_setup(path: &str) -> bool {
    path == SECURITY_PAGE
        || path.starts_with("/account/security/")
        || path == "/logout"
        || path == "/login"
        || path.starts_with("/login/")
        || path.starts_with("/password/")
        || path == "/verify"
        || path.starts_with("/assets/")
        || path.starts_with("/api/")
        || matches!(path, "/favicon.ico" | "/healthz" | "/readyz" | "/metrics")
}

/// Middleware: a session whose account must have a second factor and has none (and that did
/// not come through single sign-on) is sent to the setup page from everywhere else. Requests
/// without a session cookie cost nothing.
pub async fn require_setup(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if open_during_setup(request.uri().path()) {
        return next.run(request).await;
    }
    let Some(secret) = session_cookie(request.headers()) else {
        return next.run(request).await;
    };
    match second_factor::setup_required(&state.db, &hash_secret(&secret)).await {
        Ok(false) => next.run(request).await,
        Ok(true) => private(Redirect::to(SECURITY_PAGE)),
        Err(e) => PageError::from(e).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B's SHA-1 secret ("12345678901234567890"), base32.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_follow_rfc_6238_with_a_fixed_clock() {
        // Appendix B: T = 59 gives 94287082 (eight digits); six digits are its last six.
        assert_eq!(code_at(RFC_SECRET, 59).as_deref(), Some("287082"));
        assert_eq!(
            code_at(RFC_SECRET, 1_111_111_109).as_deref(),
            Some("081804")
        );
        assert_eq!(check_code(RFC_SECRET, "287082", 59), Some(1));
    }

    #[test]
    fn a_code_is_valid_one_step_either_side_and_no_further() {
        let code = code_at(RFC_SECRET, 1_000_000_000).unwrap();
        let step = 1_000_000_000 / 30;
        assert_eq!(check_code(RFC_SECRET, &code, 1_000_000_000), Some(step));
        assert_eq!(
            check_code(RFC_SECRET, &code, 1_000_000_000 + 30),
            Some(step)
        );
        assert_eq!(
            check_code(RFC_SECRET, &code, 1_000_000_000 - 30),
            Some(step)
        );
        assert_eq!(
            check_code(RFC_SECRET, &code, 1_000_000_000 + 90),
            None,
            "expired"
        );
        assert_eq!(check_code(RFC_SECRET, &code, 1_000_000_000 - 90), None);
        assert_eq!(check_code(RFC_SECRET, "12345", 1_000_000_000), None);
        assert_eq!(check_code(RFC_SECRET, "abcdef", 1_000_000_000), None);
    }

    #[test]
    fn new_secrets_are_random_160_bit_base32() {
        let a = new_totp_secret();
        assert_ne!(a, new_totp_secret());
        assert_eq!(a.len(), 32);
        assert!(code_at(&a, 0).is_some());
    }

    #[test]
    fn recovery_codes_are_ten_distinct_and_typed_loosely() {
        let (shown, hashes) = new_recovery_codes();
        assert_eq!(shown.len(), RECOVERY_CODES);
        assert_eq!(shown[0].len(), 19, "{}", shown[0]);
        let mut unique = hashes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), RECOVERY_CODES);
        let loose = format!(" {} ", shown[3].replace('-', " ").to_uppercase());
        assert_eq!(hash_recovery_code(&loose), hashes[3]);
        assert!(!looks_like_app_code(&shown[3]));
        assert!(looks_like_app_code("123 456"));
    }

    #[test]
    fn the_otpauth_address_names_issuer_and_account() {
        let uri = otpauth_uri("ABC", "heroes", "a+b@example.org");
        assert_eq!(
            uri,
            "otpauth://totp/heroes:a%2Bb%40example.org?secret=ABC&issuer=heroes&algorithm=SHA1&digits=6&period=30"
        );
    }
}
