//! Signing up, in and out, proving an email address, and resetting a forgotten password.
//!
//! None of these answers tells whether an address has an account: sign-up of a taken address
//! says "check your mail" (and the mail tells the owner), a password reset for an unknown
//! address says the same as for a known one, and every refused sign-in gets one message.

use super::{
    Viewer, clear_session_cookie, hash_secret, local_path, new_secret, notices, password,
    send_token_mail, sign_in_session,
};
use crate::app::AppState;
use crate::error::PageError;
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::mail::{self, Recipient};
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
use heroes_store::outbox::Queued;
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
        return Ok(SignupPage::refused(i18n, &form, errors));
    };
    let hash = password::hash(password.expose().to_owned()).await?;
    let (secret, token_hash) = new_secret();
    let to = Recipient::reader(email.as_str(), &i18n);
    // Anyone can type anyone's address here, so the mail counts against the mail limits.
    let mail = notices::verify(&state.config.base_url, &to, name.as_str(), &secret)
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
        Err(StoreError::Conflict { .. }) => tell_owner(&state, &viewer, &email).await?,
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

impl SignupPage {
    /// The form again, with what was typed (but the password) and a message at each field.
    fn refused(i18n: I18n, form: &FormPairs, errors: FieldErrors) -> Response {
        let page = SignupPage {
            i18n,
            name: form.get("name").to_owned(),
            email: form.get("email").to_owned(),
            errors,
        };
        (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    }
}

/// A sign-up with a taken address: the owner is told, not the person at the form, in the
/// owner's language.
async fn tell_owner(state: &AppState, viewer: &Viewer, email: &Email) -> Result<(), PageError> {
    let owner = accounts::by_email(&state.db, email).await?;
    let to = Recipient::of_address(email.as_str(), owner.as_ref());
    let notice = notices::already_signed_up(&state.config.base_url, &to)
        .map_err(PageError::Internal)?
        .requested_by(&viewer.address);
    if accounts::send_mail(&state.db, &notice).await? == Queued::Yes {
        mail::log_queued(&state.config.mail, &notice);
    }
    Ok(())
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

impl LoginPage {
    /// The form again with `message`: 401, the address typed and where to go after.
    fn refused(state: &AppState, i18n: I18n, form: &FormPairs, message: &str) -> Response {
        let page = LoginPage {
            email: form.get("email").to_owned(),
            next: local_path(form.get("next")).to_owned(),
            error: Some(i18n.t(message)),
            notice: None,
            sso: state.config.sso.is_some(),
            i18n,
        };
        (StatusCode::UNAUTHORIZED, page).into_response()
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
    let next = local_path(form.get("next")).to_owned();
    let user = match Email::parse("email", form.get("email")) {
        Ok(email) => accounts::by_email(&state.db, &email).await?,
        Err(_) => None,
    };
    let refuse = |i18n, message| Ok(LoginPage::refused(&state, i18n, &form, message));
    let (user_id, policy) = (user.as_ref().map(|u| u.id), ThrottlePolicy::default());
    let gate = accounts::begin_sign_in(&state.db, &viewer.address, user_id, policy).await?;
    if matches!(gate, Gate::AddressBlocked) {
        return refuse(i18n, "login-throttled");
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
        return refuse(i18n, "login-failed");
    };
    let user = match user {
        Some(user) if matches => user,
        other => {
            let base_url = &state.config.base_url;
            accounts::sign_in_failed(&state.db, attempt, || {
                notices::attack_warning(base_url, other.as_ref()?)
            })
            .await?;
            return refuse(i18n, "login-failed");
        }
    };
    if user.email_verified_at.is_none() {
        return refuse(i18n, "login-unverified");
    }
    // An account with a second factor signs in only after its second step, which is an
    // attempt of its own: the right password takes back this attempt's count.
    if second_factor::factors(&state.db, user.id).await?.any() {
        accounts::password_accepted(&state.db, attempt).await?;
        return super::second_factor::begin_second_step(&state, user.id, &next).await;
    }
    let cookie =
        sign_in_session(&state, &viewer, &headers, user.id, SignedInWith::Password).await?;
    accounts::sign_in_succeeded(&state.db, attempt, &viewer.actor_as(&user)).await?;
    let mut response = Redirect::to(&next).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
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
            let page = ForgotPage {
                i18n,
                email: form.get("email").to_owned(),
                errors,
            };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    if let Some(user) = accounts::by_email(&state.db, &email).await? {
        let (secret, token_hash) = new_secret();
        let to = Recipient::account_at_page(&user.email, &user.language, &user.time_zone, &i18n);
        let mail = notices::reset(&state.config.base_url, &to, &user, &secret)
            .map_err(PageError::Internal)?
            .requested_by(&viewer.address);
        let token = TokenMail {
            id_hash: &token_hash,
            purpose: TokenPurpose::Reset,
            expires_at: Utc::now() + RESET_FOR,
            new_email: None,
            mail,
        };
        send_token_mail(&state, user.id, token).await?;
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
    accounts::set_password(&state.db, user.id, &hash, None, &viewer.actor_as(&user)).await?;
    accounts::mark_verified(&state.db, user.id).await?;
    let mut response = Redirect::to("/login?notice=password-reset").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(response)
}
