//! `/account/security`: a person's second factors (the authenticator app, recovery codes and
//! passkeys — the passkey handlers are in [`super::passkeys`]) and recent sign-ins; `/admin/security`: which roles must have a factor, and resetting the
//! factors of someone who lost them.
//!
//! Every change asks again for the password or a code from the app that is there, so a
//! session left open on a shared computer cannot change how the account is protected. Every
//! change is in the audit log and mailed to the owner (the store writes both with it).

use super::notices::factor_changed;
use super::second_factor::{
    SECURITY_PAGE, accept_app_code, check_code, looks_like_app_code, new_recovery_codes,
    new_totp_secret, otpauth_uri,
};
use super::{Account, Viewer, password};
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnAccount, ManageRoles};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use heroes_domain::account::{Email, Role};
use heroes_store::StoreError;
use heroes_store::accounts;
use heroes_store::notifications::Notice;
use heroes_store::passkeys::{self, Passkey};
use heroes_store::second_factor::{self, Factors};

/// How many recent sign-ins the page lists.
const RECENT_SIGN_INS: i64 = 10;

/// An authenticator app being set up: what the person types or scans.
pub struct Setup {
    /// The secret, base32 (for typing in).
    pub secret: String,
    /// The `otpauth://` address (for apps that take a link or a QR code of it).
    pub uri: String,
    /// The address as a QR code, an inline SVG drawn here (no image request, no script).
    pub qr: String,
}

impl Setup {
    fn new(secret: String, uri: String) -> Self {
        let qr = qr_svg(&uri);
        Setup { secret, uri, qr }
    }
}

/// `text` as a QR code in SVG (medium error correction, dark modules on white, scaling with
/// its box). An `otpauth://` address is far below the largest QR code, so encoding cannot
/// fail; if it did, the page would still show the key to type in.
pub fn qr_svg(text: &str) -> String {
    match qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .quiet_zone(true)
            .build()
            // Inside HTML the XML declaration is noise; the key beside the code is its text
            // alternative, so assistive technology skips the picture.
            .replacen(r#"<?xml version="1.0" standalone="yes"?>"#, "", 1)
            .replacen("<svg ", r#"<svg aria-hidden="true" focusable="false" "#, 1),
        Err(_) => String::new(),
    }
}

/// `/account/security`.
#[derive(Template, WebTemplate)]
#[template(path = "auth/security.html")]
pub struct SecurityPage {
    i18n: I18n,
    factors: Factors,
    /// The account's role requires a factor and it has none: nothing else until it has.
    setup_required: bool,
    setup: Option<Setup>,
    /// Recovery codes just made, shown this once.
    codes: Vec<String>,
    sign_ins: Vec<(DateTime<Utc>, String)>,
    /// The account's passkeys.
    passkeys: Vec<Passkey>,
    /// The name typed for a new passkey (kept when the form comes back).
    passkey_name: String,
    /// A refusal of renaming or removing one passkey: its id and the message.
    passkey_error: Option<(i64, String)>,
    notice: Option<String>,
    errors: FieldErrors,
}

impl SecurityPage {
    async fn load(state: &AppState, account: &Account, i18n: I18n) -> Result<Self, PageError> {
        let user_id = account.user.id;
        Ok(SecurityPage {
            i18n,
            factors: second_factor::factors(&state.db, user_id).await?,
            setup_required: second_factor::setup_required(&state.db, &account.session_hash).await?,
            setup: None,
            codes: Vec::new(),
            sign_ins: second_factor::recent_sign_ins(&state.db, user_id, RECENT_SIGN_INS).await?,
            passkeys: passkeys::list(&state.db, user_id).await?,
            passkey_name: String::new(),
            passkey_error: None,
            notice: None,
            errors: FieldErrors::default(),
        })
    }
}

/// `GET /account/security`.
pub async fn show(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let account = &account;
    let notice = match query.first("notice") {
        Some("removed") => Some(i18n.t("security-removed")),
        Some("passkey-added") => Some(i18n.t("security-passkey-added")),
        Some("passkey-renamed") => Some(i18n.t("security-passkey-renamed")),
        Some("passkey-removed") => Some(i18n.t("security-passkey-removed")),
        _ => None,
    };
    let mut page = SecurityPage::load(&state, account, i18n).await?;
    page.notice = notice;
    Ok(private(page))
}

/// Whether `typed` is the account's password, or a code from its app (used up); counted like
/// a sign-in attempt (see [`password::recheck`]).
pub(super) async fn proven(
    state: &AppState,
    viewer: &Viewer,
    account: &Account,
    typed: &str,
) -> Result<bool, PageError> {
    password::recheck(&state.db, &viewer.address, account.user.id, async {
        if looks_like_app_code(typed) {
            accept_app_code(state, account.user.id, typed).await
        } else {
            password::verify(typed.to_owned(), Some(account.user.password_hash.clone())).await
        }
    })
    .await
}

/// The owner's notice of a change to their factors (see [`factor_changed`]): `what` is the
/// message id saying what changed.
pub(super) fn factor_notice(
    state: &AppState,
    user: &accounts::User,
    what: &str,
) -> Result<Notice, PageError> {
    factor_changed(&state.config.base_url, user, what).map_err(PageError::Internal)
}

/// The page again with a message at `field`, answered 422.
async fn refuse(
    state: &AppState,
    account: &Account,
    i18n: I18n,
    field: &'static str,
    message_id: &str,
) -> Result<Response, PageError> {
    let message = i18n.t(message_id);
    let mut page = SecurityPage::load(state, account, i18n).await?;
    page.errors.add(field, message);
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// The page again with a message at the new passkey's `field`, keeping the name typed,
/// answered 422.
pub(super) async fn refuse_with(
    state: &AppState,
    account: &Account,
    i18n: I18n,
    field: &'static str,
    message_id: &str,
    name: &str,
) -> Result<Response, PageError> {
    let message = i18n.t(message_id);
    let mut page = SecurityPage::load(state, account, i18n).await?;
    page.errors.add(field, message);
    page.passkey_name = name.to_owned();
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// The page again with a message at passkey `id`'s forms, answered 422.
pub(super) async fn refuse_at(
    state: &AppState,
    account: &Account,
    i18n: I18n,
    id: i64,
    message_id: &str,
) -> Result<Response, PageError> {
    let message = i18n.t(message_id);
    let mut page = SecurityPage::load(state, account, i18n).await?;
    page.passkey_error = Some((id, message));
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /account/security/totp`: with the password, starts setting up an app and shows its
/// secret.
pub async fn start_totp(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    if !proven(&state, &viewer, account, form.get("proof")).await? {
        return refuse(&state, account, i18n, "proof", "security-proof-wrong").await;
    }
    let secret = new_totp_secret();
    match second_factor::begin_totp(&state.db, account.user.id, &secret).await {
        Ok(()) => {}
        Err(StoreError::Conflict { .. }) => {
            return refuse(&state, account, i18n, "proof", "security-totp-exists").await;
        }
        Err(e) => return Err(e.into()),
    }
    let mut page = SecurityPage::load(&state, account, i18n).await?;
    page.setup = Some(Setup::new(
        secret.clone(),
        otpauth_uri(&secret, &issuer(&state), &account.user.email),
    ));
    Ok(private(page))
}

/// The name an authenticator app lists the account under: the site's host.
fn issuer(state: &AppState) -> String {
    url::Url::parse(&state.config.base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "heroes".to_owned())
}

/// `POST /account/security/totp/confirm`: a code from the new app turns it on and shows the
/// recovery codes, once.
pub async fn confirm_totp(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    let user_id = account.user.id;
    let Some(secret) = second_factor::totp_secret(&state.db, user_id, false).await? else {
        return Ok(Redirect::to(SECURITY_PAGE).into_response());
    };
    let Some(step) = check_code(&secret, form.get("code"), Utc::now().timestamp()) else {
        let message = i18n.t("security-code-wrong");
        let mut page = SecurityPage::load(&state, account, i18n).await?;
        page.errors.add("code", message);
        page.setup = Some(Setup::new(
            secret.clone(),
            otpauth_uri(&secret, &issuer(&state), &account.user.email),
        ));
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    let (codes, hashes) = new_recovery_codes();
    let notice = factor_notice(&state, &account.user, "mail-factor-totp-added")?;
    if !second_factor::confirm_totp(
        &state.db,
        user_id,
        &secret,
        step,
        &hashes,
        notice,
        &viewer.actor(),
    )
    .await?
    {
        return Ok(Redirect::to(SECURITY_PAGE).into_response());
    }
    let notice = i18n.t("security-totp-on");
    let mut page = SecurityPage::load(&state, account, i18n).await?;
    page.codes = codes;
    page.notice = Some(notice);
    Ok(private(page))
}

/// `POST /account/security/totp/remove`: with the password or a code, removes the app and
/// its recovery codes.
pub async fn remove_totp(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    if !proven(&state, &viewer, account, form.get("proof")).await? {
        return refuse(
            &state,
            account,
            i18n,
            "remove_proof",
            "security-proof-wrong",
        )
        .await;
    }
    let notice = factor_notice(&state, &account.user, "mail-factor-totp-removed")?;
    second_factor::remove_totp(&state.db, account.user.id, notice, &viewer.actor()).await?;
    Ok(Redirect::to("/account/security?notice=removed").into_response())
}

/// `POST /account/security/recovery-codes`: with the password or a code, replaces the
/// recovery codes and shows the new ones, once.
pub async fn regenerate_codes(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    if !second_factor::factors(&state.db, account.user.id)
        .await?
        .totp
    {
        return Ok(Redirect::to(SECURITY_PAGE).into_response());
    }
    if !proven(&state, &viewer, account, form.get("proof")).await? {
        return refuse(&state, account, i18n, "codes_proof", "security-proof-wrong").await;
    }
    let (codes, hashes) = new_recovery_codes();
    let notice = factor_notice(&state, &account.user, "mail-factor-codes")?;
    second_factor::replace_recovery_codes(
        &state.db,
        account.user.id,
        &hashes,
        notice,
        &viewer.actor(),
    )
    .await?;
    let notice = i18n.t("security-codes-new");
    let mut page = SecurityPage::load(&state, account, i18n).await?;
    page.codes = codes;
    page.notice = Some(notice);
    Ok(private(page))
}

/// `/admin/security`.
#[derive(Template, WebTemplate)]
#[template(path = "admin/security.html")]
pub struct AdminSecurityPage {
    i18n: I18n,
    /// Each grantable role and whether it must have a factor.
    roles: Vec<(Role, bool)>,
    email: String,
    notice: Option<String>,
    errors: FieldErrors,
}

impl AdminSecurityPage {
    async fn load(state: &AppState, i18n: I18n) -> Result<Self, PageError> {
        let required = second_factor::required_roles(&state.db).await?;
        Ok(AdminSecurityPage {
            i18n,
            roles: Role::GRANTABLE
                .into_iter()
                .map(|r| (r, required.contains(&r)))
                .collect(),
            email: String::new(),
            notice: None,
            errors: FieldErrors::default(),
        })
    }
}

/// `GET /admin/security`.
pub async fn admin_page(
    State(state): State<AppState>,
    _: Allowed<ManageRoles>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let notice = match query.first("notice") {
        Some("required") => Some(i18n.t("admin-security-saved")),
        Some("reset") => Some(i18n.t("admin-security-reset-done")),
        _ => None,
    };
    let mut page = AdminSecurityPage::load(&state, i18n).await?;
    page.notice = notice;
    Ok(private(page))
}

/// `POST /admin/security/required`: the roles (checkboxes `role`) that must have a factor.
pub async fn set_required(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageRoles>,
    form: FormPairs,
) -> Result<Response, PageError> {
    let roles: Vec<Role> = Role::GRANTABLE
        .into_iter()
        .filter(|r| form.0.iter().any(|(k, v)| k == "role" && v == r.as_str()))
        .collect();
    second_factor::set_required_roles(&state.db, &roles, &viewer.actor()).await?;
    Ok(Redirect::to("/admin/security?notice=required").into_response())
}

/// `POST /admin/security/reset`: removes every factor of the account at `email` (its owner
/// lost them); the owner is mailed.
pub async fn admin_reset(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageRoles>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let user = match Email::parse("email", form.get("email")) {
        Ok(email) => accounts::by_email(&state.db, &email).await?,
        Err(_) => None,
    };
    let Some(user) = user else {
        let message = i18n.t("admin-security-no-account");
        let mut page = AdminSecurityPage::load(&state, i18n).await?;
        page.email = form.get("email").to_owned();
        page.errors.add("email", message);
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    let notice = factor_notice(&state, &user, "mail-factor-reset")?;
    second_factor::reset(&state.db, user.id, notice, &viewer.actor()).await?;
    Ok(Redirect::to("/admin/security?notice=reset").into_response())
}
