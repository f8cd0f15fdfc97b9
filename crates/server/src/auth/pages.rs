//! Signing up, in and out, proving an email address, and resetting a forgotten password.
//!
//! None of these answers tells whether an address has an account: sign-up of a taken address
//! says "check your mail" (and the mail tells the owner), a password reset for an unknown
//! address says the same as for a known one, and every refused sign-in gets one message.

use super::{
    Viewer, clear_session_cookie, hash_secret, local_path, new_secret, password, start_session,
};
use crate::app::AppState;
use crate::error::PageError;
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::mail::{self, Letter, Recipient};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use heroes_domain::account::{Email, NewPassword};
use heroes_domain::text::Line;
use heroes_store::StoreError;
use heroes_store::accounts::{self, Gate, NewAccount, ThrottlePolicy, TokenMail, TokenPurpose};
use heroes_store::outbox::{OutgoingMail, Queued};
use heroes_store::second_factor;
use heroes_store::sessions::{self, SignedInWith};

/// How long a verification link works.
const VERIFY_FOR: Duration = Duration::days(3);
/// How long a password-reset link works.
const RESET_FOR: Duration = Duration::hours(1);

/// A page with one message and an optional link onwards ("check your mail").
#[derive(Template, WebTemplate)]
#[template(path = "auth/notice.html")]
pub struct NoticePage {
    pub i18n: I18n,
    pub title: String,
    pub message: String,
    pub link: Option<(String, String)>,
}

/// `/signup`.
#[derive(Template, WebTemplate)]
#[template(path = "auth/signup.html")]
pub struct SignupPage {
    i18n: I18n,
    name: String,
    email: String,
    errors: FieldErrors,
}

/// `GET /signup`.
pub async fn signup_form(i18n: I18n) -> SignupPage {
    SignupPage {
        i18n,
        name: String::new(),
        email: String::new(),
        errors: FieldErrors::default(),
    }
}

/// `POST /signup`.
pub async fn signup(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut errors = FieldErrors::default();
    let name = errors.check(&i18n, Line::parse("name", form.get("name")));
    let email = errors.check(&i18n, Email::parse("email", form.get("email")));
    let password = errors.check(
        &i18n,
        NewPassword::parse("password", form.get("password"), form.get("email")),
    );
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            SignupPage {
                i18n,
                name: form.get("name").to_owned(),
                email: form.get("email").to_owned(),
                errors,
            },
        )
            .into_response());
    };
    let hash = password::hash(password.expose().to_owned()).await?;
    let (secret, token_hash) = new_secret();
    let to = Recipient::reader(email.as_str(), &i18n);
    let letter = verify_letter(to.i18n(), &state, name.as_str(), &secret);
    // Anyone can type anyone's address here, so the mail counts against the mail limits.
    let mail = letter
        .to(&to)
        .map_err(PageError::Internal)?
        .requested_by(&viewer.address);
    let result = accounts::sign_up(
        &state.db,
        NewAccount {
            email: &email,
            name: name.as_str(),
            password_hash: hash,
            verified: false,
        },
        Some(TokenMail {
            id_hash: &token_hash,
            purpose: TokenPurpose::Verify,
            expires_at: Utc::now() + VERIFY_FOR,
            new_email: None,
            mail: mail.clone(),
        }),
        &viewer.actor(),
    )
    .await;
    match result {
        Ok(_) => mail::log_queued(&state.config.mail, &mail),
        Err(StoreError::Conflict { .. }) => {
            // Tell the owner, not the person at the form, in the owner's language.
            let owner = accounts::by_email(&state.db, &email).await?;
            let to = Recipient::account(
                email.as_str(),
                owner.as_ref().map_or("", |u| u.language.as_str()),
                owner.as_ref().map_or("", |u| u.time_zone.as_str()),
            );
            let words = to.i18n();
            let notice = Letter {
                subject: words.t("mail-exists-subject"),
                paragraphs: vec![words.t("mail-exists-body")],
                action: Some((
                    words.t("mail-exists-action"),
                    format!("{}/password/forgot", state.config.base_url),
                )),
                footer: words.t("mail-footer"),
            }
            .to(&to)
            .map_err(PageError::Internal)?
            .requested_by(&viewer.address);
            if accounts::send_mail(&state.db, &notice).await? == Queued::Yes {
                mail::log_queued(&state.config.mail, &notice);
            }
        }
        Err(e) => return Err(e.into()),
    }
    Ok(NoticePage {
        title: i18n.t("signup-sent-title"),
        message: i18n.t1("signup-sent-body", "email", email.as_str()),
        link: None,
        i18n,
    }
    .into_response())
}

fn verify_letter(i18n: &I18n, state: &AppState, name: &str, secret: &str) -> Letter {
    Letter {
        subject: i18n.t("mail-verify-subject"),
        paragraphs: vec![
            i18n.t1("mail-greeting", "name", name),
            i18n.t("mail-verify-body"),
        ],
        action: Some((
            i18n.t("mail-verify-action"),
            format!("{}/verify?token={secret}", state.config.base_url),
        )),
        footer: i18n.t("mail-footer"),
    }
}

/// `GET /verify?token=…`: proves the address of a new account.
pub async fn verify(
    State(state): State<AppState>,
    i18n: I18n,
    query: crate::web::QueryPairs,
) -> Result<Response, PageError> {
    let token = query.first("token").unwrap_or_default();
    let consumed =
        accounts::consume_token(&state.db, &hash_secret(token), TokenPurpose::Verify).await?;
    let Some(consumed) = consumed else {
        return Ok(invalid_link(i18n));
    };
    accounts::mark_verified(&state.db, consumed.user_id).await?;
    Ok(NoticePage {
        title: i18n.t("verify-done-title"),
        message: i18n.t("verify-done-body"),
        link: Some((i18n.t("nav-sign-in"), "/login".to_owned())),
        i18n,
    }
    .into_response())
}

fn invalid_link(i18n: I18n) -> Response {
    (
        StatusCode::BAD_REQUEST,
        NoticePage {
            title: i18n.t("link-invalid-title"),
            message: i18n.t("link-invalid-body"),
            link: Some((i18n.t("forgot-title"), "/password/forgot".to_owned())),
            i18n,
        },
    )
        .into_response()
}

/// `/login`.
#[derive(Template, WebTemplate)]
#[template(path = "auth/login.html")]
pub struct LoginPage {
    i18n: I18n,
    email: String,
    next: String,
    error: Option<String>,
    notice: Option<String>,
    /// Whether staff single sign-on is configured.
    sso: bool,
}

/// `GET /login`.
pub async fn login_form(
    State(state): State<AppState>,
    i18n: I18n,
    query: crate::web::QueryPairs,
) -> LoginPage {
    let notice = match query.first("notice") {
        Some("password-reset") => Some(i18n.t("reset-done")),
        Some("signed-out") => Some(i18n.t("signed-out")),
        _ => None,
    };
    LoginPage {
        email: String::new(),
        next: local_path(query.first("next").unwrap_or("/account")).to_owned(),
        error: None,
        notice,
        sso: state.config.sso.is_some(),
        i18n,
    }
}

/// `POST /login`.
pub async fn login(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    headers: HeaderMap,
    form: FormPairs,
) -> Result<Response, PageError> {
    let policy = ThrottlePolicy::default();
    let next = local_path(form.get("next")).to_owned();
    let refuse = |i18n: I18n, message: String| {
        (
            StatusCode::UNAUTHORIZED,
            LoginPage {
                email: form.get("email").to_owned(),
                next: next.clone(),
                error: Some(message),
                notice: None,
                sso: state.config.sso.is_some(),
                i18n,
            },
        )
            .into_response()
    };
    let user = match Email::parse("email", form.get("email")) {
        Ok(email) => accounts::by_email(&state.db, &email).await?,
        Err(_) => None,
    };
    let gate = accounts::begin_sign_in(
        &state.db,
        &viewer.address,
        user.as_ref().map(|u| u.id),
        policy,
    )
    .await?;
    if matches!(gate, Gate::AddressBlocked) {
        let message = i18n.t("login-throttled");
        return Ok(refuse(i18n, message));
    }
    // The password is checked even when the attempt is refused, so that the answer takes as
    // long either way and says nothing about the account.
    let matches = password::verify(
        form.get("password").to_owned(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await?;
    let Gate::Open(attempt) = gate else {
        // A locked-out client and a waiting one hear what a wrong password hears: whoever
        // is guessing learns nothing, and the owner is told by mail.
        let message = i18n.t("login-failed");
        return Ok(refuse(i18n, message));
    };
    let user = match user {
        Some(user) if matches => user,
        other => {
            accounts::sign_in_failed(&state.db, attempt, || {
                attack_warning(&state, other.as_ref()?)
            })
            .await?;
            let message = i18n.t("login-failed");
            return Ok(refuse(i18n, message));
        }
    };
    if user.email_verified_at.is_none() {
        let message = i18n.t("login-unverified");
        return Ok(refuse(i18n, message));
    }
    // An account with a second factor signs in only after its second step, which is an
    // attempt of its own: the right password takes back this attempt's count.
    if second_factor::factors(&state.db, user.id).await?.any() {
        accounts::password_accepted(&state.db, attempt).await?;
        return super::second_factor::begin_second_step(&state, user.id, &next).await;
    }
    // A new session id at every sign-in; the one the browser had (if any) ends.
    if let Some(old) = &viewer.account {
        sessions::delete(&state.db, &old.session_hash).await?;
    }
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let cookie = start_session(&state, user.id, agent, SignedInWith::Password).await?;
    let mut actor = viewer.actor();
    actor.user_id = Some(user.id);
    actor.label = user.email.clone();
    accounts::sign_in_succeeded(&state.db, attempt, &actor).await?;
    let mut response = Redirect::to(&next).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
}

/// The mail that tells an owner someone is trying to sign in to their account. It is in the
/// owner's language, not the guesser's.
pub(crate) fn attack_warning(state: &AppState, user: &accounts::User) -> Option<OutgoingMail> {
    let to = Recipient::account(&user.email, &user.language, &user.time_zone);
    let i18n = to.i18n();
    let letter = Letter {
        subject: i18n.t("mail-attack-subject"),
        paragraphs: vec![
            i18n.t1("mail-greeting", "name", &user.name),
            i18n.t("mail-attack-body"),
            i18n.t("mail-attack-advice"),
        ],
        action: Some((
            i18n.t("mail-attack-action"),
            format!("{}/password/forgot", state.config.base_url),
        )),
        footer: i18n.t("mail-footer"),
    };
    match letter.to(&to) {
        Ok(mail) => Some(mail),
        Err(e) => {
            tracing::error!(
                error = format!("{e:#}"),
                "could not render the attack warning"
            );
            None
        }
    }
}

/// `POST /logout`: ends this session.
pub async fn logout(State(state): State<AppState>, viewer: Viewer) -> Result<Response, PageError> {
    if let Some(account) = &viewer.account {
        sessions::delete(&state.db, &account.session_hash).await?;
    }
    let mut response = Redirect::to("/login?notice=signed-out").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(response)
}

/// `/password/forgot`.
#[derive(Template, WebTemplate)]
#[template(path = "auth/forgot.html")]
pub struct ForgotPage {
    i18n: I18n,
    email: String,
    errors: FieldErrors,
}

/// `GET /password/forgot`.
pub async fn forgot_form(i18n: I18n) -> ForgotPage {
    ForgotPage {
        i18n,
        email: String::new(),
        errors: FieldErrors::default(),
    }
}

/// `POST /password/forgot`: mails a reset link if the address has an account (also to
/// accounts not yet verified or locked: the link proves the mailbox and lifts the lock).
///
/// Whoever asks need not own the address, so the mail counts against the mail limits; past
/// them it is dropped and the page answers just the same.
pub async fn forgot(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let email = match Email::parse("email", form.get("email")) {
        Ok(email) => email,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add_problem(&i18n, &e);
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                ForgotPage {
                    i18n,
                    email: form.get("email").to_owned(),
                    errors,
                },
            )
                .into_response());
        }
    };
    if let Some(user) = accounts::by_email(&state.db, &email).await? {
        let (secret, token_hash) = new_secret();
        let to = Recipient::account_at_page(&user.email, &user.language, &user.time_zone, &i18n);
        let words = to.i18n();
        let mail = Letter {
            subject: words.t("mail-reset-subject"),
            paragraphs: vec![
                words.t1("mail-greeting", "name", &user.name),
                words.t("mail-reset-body"),
            ],
            action: Some((
                words.t("mail-reset-action"),
                format!("{}/password/reset?token={secret}", state.config.base_url),
            )),
            footer: words.t("mail-footer"),
        }
        .to(&to)
        .map_err(PageError::Internal)?
        .requested_by(&viewer.address);
        let queued = accounts::send_token(
            &state.db,
            user.id,
            TokenMail {
                id_hash: &token_hash,
                purpose: TokenPurpose::Reset,
                expires_at: Utc::now() + RESET_FOR,
                new_email: None,
                mail: mail.clone(),
            },
        )
        .await?;
        if queued == Queued::Yes {
            mail::log_queued(&state.config.mail, &mail);
        }
    }
    Ok(NoticePage {
        title: i18n.t("forgot-sent-title"),
        message: i18n.t1("forgot-sent-body", "email", email.as_str()),
        link: None,
        i18n,
    }
    .into_response())
}

/// `/password/reset`.
#[derive(Template, WebTemplate)]
#[template(path = "auth/reset.html")]
pub struct ResetPage {
    i18n: I18n,
    token: String,
    errors: FieldErrors,
}

/// `GET /password/reset?token=…`: the form, or at once the news that the link is spent.
pub async fn reset_form(
    State(state): State<AppState>,
    i18n: I18n,
    query: crate::web::QueryPairs,
) -> Result<Response, PageError> {
    let token = query.first("token").unwrap_or_default();
    if accounts::peek_token(&state.db, &hash_secret(token), TokenPurpose::Reset)
        .await?
        .is_none()
    {
        return Ok(invalid_link(i18n));
    }
    Ok(ResetPage {
        i18n,
        token: token.to_owned(),
        errors: FieldErrors::default(),
    }
    .into_response())
}

/// `POST /password/reset`: sets the new password, ends every session, lifts any lock and
/// counts the address as proven.
pub async fn reset(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let token = form.get("token");
    let token_hash = hash_secret(token);
    let Some(user_id) = accounts::peek_token(&state.db, &token_hash, TokenPurpose::Reset).await?
    else {
        return Ok(invalid_link(i18n));
    };
    let user = accounts::by_id(&state.db, user_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let password = match NewPassword::parse("password", form.get("password"), &user.email) {
        Ok(p) => p,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add_problem(&i18n, &e);
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                ResetPage {
                    i18n,
                    token: token.to_owned(),
                    errors,
                },
            )
                .into_response());
        }
    };
    let hash = password::hash(password.expose().to_owned()).await?;
    if accounts::consume_token(&state.db, &token_hash, TokenPurpose::Reset)
        .await?
        .is_none()
    {
        return Ok(invalid_link(i18n));
    }
    let mut actor = viewer.actor();
    actor.user_id = Some(user.id);
    actor.label = user.email.clone();
    accounts::set_password(&state.db, user.id, &hash, None, &actor).await?;
    accounts::mark_verified(&state.db, user.id).await?;
    let mut response = Redirect::to("/login?notice=password-reset").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(response)
}
