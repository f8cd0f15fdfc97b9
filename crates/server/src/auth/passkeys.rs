//! Passkeys (WebAuthn): adding, renaming and removing them on `/account/security`, signing in
//! with one alone (discoverable credentials, user verification required), and using one as
//! the second step after a password.
//!
//! Every ceremony has two requests: the first stores `webauthn_rp`'s server state in the
//! database (any instance can finish it) and answers the options the browser passes to
//! `navigator.credentials`; the second takes that state back once, by the challenge the
//! authenticator signed, and lets the crate verify the answer (origin, RP id, challenge,
//! signature, user verification, sign count, backup flags). Nothing here checks a signature
//! by hand. The browser side is `assets/passkeys.js`; the JSON endpoints take form-encoded
//! bodies like every other form, so the CSRF layer and the body limits apply unchanged.

use super::notices::attack_warning;
use super::second_factor::{finish_second_step, waiting};
use super::security::factor_notice;
use super::{Viewer, local_path, sign_in_session};
use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnAccount, PathId};
use crate::forms::FormPairs;
use crate::i18n::I18n;
use crate::web::private;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use heroes_domain::text::Bounded;
use heroes_store::StoreError;
use heroes_store::accounts::{self, Gate, ThrottlePolicy};
use heroes_store::passkeys::{self, Kind, NewCeremony, NewPasskey};
use heroes_store::second_factor;
use heroes_store::sessions::SignedInWith;
use serde_json::json;
use webauthn_rp::bin::{Decode, Encode};
use webauthn_rp::request::TimedCeremony;
use webauthn_rp::request::auth::AuthenticationVerificationOptions;
use webauthn_rp::request::register::{
    CredProtect, Nickname, PublicKeyCredentialUserEntity, RegistrationVerificationOptions,
    UserHandle64, Username,
};
use webauthn_rp::request::{
    AsciiDomain, DomainOrigin, ExtensionInfo, PublicKeyCredentialDescriptor, RpId,
};
use webauthn_rp::response::register::{CompressedPubKey, DynamicState, StaticState};
use webauthn_rp::response::{AuthTransports, CredentialId};
use webauthn_rp::{
    AuthenticatedCredential, DiscoverableAuthentication64, DiscoverableAuthenticationServerState,
    DiscoverableCredentialRequestOptions, PublicKeyCredentialCreationOptions, Registration,
    RegistrationServerState,
};

/// The longest answer from a browser we read (a registration with an RSA key and every
/// optional field is a few kilobytes).
const MAX_CREDENTIAL_JSON: usize = 16 * 1024;

/// The name a person gives a passkey ("Work laptop").
pub type PasskeyName = Bounded<1, 60>;

/// Who the passkeys belong to: the RP id and the origins a ceremony may come from, both from
/// the base URL. Browsers refuse an IP address as RP id, so a server on a loopback address
/// (development, the browser tests) uses `localhost` and accepts that origin too.
#[derive(Debug, Clone)]
pub struct RelyingParty {
    /// The RP id.
    pub id: RpId,
    origins: Vec<String>,
}

impl RelyingParty {
    /// The relying party of a server at `base_url`.
    pub fn from_base_url(base_url: &str) -> anyhow::Result<Self> {
        let url = url::Url::parse(base_url)?;
        let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
        let loopback_ip = match url.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            _ => false,
        };
        let mut origins = vec![url.origin().ascii_serialization()];
        let host = if loopback_ip {
            origins.push(format!("{}://localhost{port}", url.scheme()));
            "localhost".to_owned()
        } else {
            url.host_str()
                .ok_or_else(|| anyhow::anyhow!("the base URL has no host"))?
                .to_owned()
        };
        let id = AsciiDomain::try_from(host)
            .map_err(|e| anyhow::anyhow!("the base URL's host is no RP id: {e}"))?;
        Ok(Self {
            id: RpId::Domain(id),
            origins,
        })
    }

    fn of(state: &AppState) -> Result<Self, PageError> {
        Self::from_base_url(&state.config.base_url).map_err(PageError::Internal)
    }

    fn origins(&self) -> Vec<DomainOrigin<'_, '_>> {
        self.origins
            .iter()
            .filter_map(|o| DomainOrigin::try_from(o.as_str()).ok())
            .collect()
    }
}

/// A JSON refusal the script shows next to the field it names.
fn refusal(status: StatusCode, field: &str, message: String) -> Response {
    private((status, Json(json!({ "field": field, "error": message }))))
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

fn system_time(t: std::time::SystemTime) -> DateTime<Utc> {
    DateTime::<Utc>::from(t)
}

/// `POST /account/security/passkeys/options` (`name`, `proof`): with the password or a code,
/// starts adding a passkey and answers the creation options. Without the script (a plain
/// form post) it says that adding a passkey needs JavaScript.
pub async fn register_options(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    headers: HeaderMap,
    form: FormPairs,
) -> Result<Response, PageError> {
    if !wants_json(&headers) {
        return super::security::refuse_with(
            &state,
            &account,
            i18n,
            "passkey_name",
            "security-passkey-needs-script",
            form.get("name"),
        )
        .await;
    }
    let refused =
        |message: &str| refusal(StatusCode::UNPROCESSABLE_ENTITY, "name", i18n.t(message));
    let Ok(name) = PasskeyName::parse("name", form.get("name")) else {
        return Ok(refused("security-passkey-name-wrong"));
    };
    if !super::security::proven(&state, &viewer, &account, form.get("proof")).await? {
        return Ok(refusal(
            StatusCode::UNPROCESSABLE_ENTITY,
            "proof",
            i18n.t("security-proof-wrong"),
        ));
    }
    let user = &account.user;
    if second_factor::factors(&state.db, user.id).await?.passkeys >= passkeys::MAX_PER_ACCOUNT {
        return Ok(refused("security-passkey-too-many"));
    }
    start_registration(&state, &viewer, user, &name).await
}

/// Starts a registration ceremony for `user`'s new passkey `name` and answers its creation
/// options (excluding the passkeys the account has already).
async fn start_registration(
    state: &AppState,
    viewer: &Viewer,
    user: &accounts::User,
    name: &PasskeyName,
) -> Result<Response, PageError> {
    let rp = RelyingParty::of(state)?;
    let fresh = UserHandle64::new();
    let stored = passkeys::user_handle(&state.db, user.id, fresh.as_ref()).await?;
    let handle = user_handle(&stored)?;
    let mut exclude = Vec::new();
    for (id, transports) in passkeys::credential_ids(&state.db, user.id).await? {
        let transports = AuthTransports::decode(transports.first().copied().unwrap_or(0));
        if let (Ok(id), Ok(transports)) = (CredentialId::decode(id), transports) {
            exclude.push(PublicKeyCredentialDescriptor { id, transports });
        }
    }
    let user_name = Username::try_from(user.email.as_str())
        .or_else(|_| Username::try_from("heroes"))
        .map_err(|e| PageError::Internal(anyhow::anyhow!("user name: {e}")))?;
    let entity = PublicKeyCredentialUserEntity {
        name: user_name,
        id: &handle,
        display_name: Nickname::try_from(user.name.as_str()).ok(),
    };
    let mut options = PublicKeyCredentialCreationOptions::passkey(&rp.id, entity, exclude);
    // Ask for credProtect (user verification required) without insisting: an authenticator
    // that cannot keep it would otherwise refuse to make a passkey at all, and every
    // assertion here requires user verification anyway.
    options.extensions.cred_protect =
        CredProtect::UserVerificationRequired(ExtensionInfo::AllowDontEnforceValue);
    let started = options.start_ceremony();
    let ceremony = Ceremony {
        kind: Kind::Register,
        user_id: Some(user.id),
        name: name.as_str(),
    };
    begin_ceremony(state, viewer, started, ceremony).await
}

/// What a ceremony being started is for.
struct Ceremony<'a> {
    kind: Kind,
    /// The account, for a registration or a second step.
    user_id: Option<i64>,
    /// The name of the passkey being registered (empty for an authentication).
    name: &'a str,
}

/// Stores the server state of a ceremony `started` (any instance can finish it) and answers
/// the options the browser passes to `navigator.credentials`.
async fn begin_ceremony<S, C, E>(
    state: &AppState,
    viewer: &Viewer,
    started: Result<(S, C), E>,
    ceremony: Ceremony<'_>,
) -> Result<Response, PageError>
where
    S: TimedCeremony + for<'a> Encode<Output<'a> = Vec<u8>> + 'static,
    <S as Encode>::Err: std::fmt::Display,
    C: serde::Serialize,
    E: std::fmt::Display,
{
    let (server, client) =
        started.map_err(|e| PageError::Internal(anyhow::anyhow!("passkey options: {e}")))?;
    let encoded = server
        .encode()
        .map_err(|e| PageError::Internal(anyhow::anyhow!("passkey state: {e}")))?;
    passkeys::start_ceremony(
        &state.db,
        &NewCeremony {
            challenge: server.sent_challenge().0.to_string(),
            kind: ceremony.kind,
            user_id: ceremony.user_id,
            address: &viewer.address,
            name: ceremony.name,
            state: encoded,
            expires_at: system_time(server.expiration()),
        },
    )
    .await?;
    Ok(private(Json(json!({ "publicKey": client }))))
}

fn user_handle(stored: &[u8]) -> Result<UserHandle64, PageError> {
    let bytes: [u8; 64] = stored.try_into().map_err(|_| {
        PageError::Internal(anyhow::anyhow!("a stored user handle is not 64 bytes"))
    })?;
    Ok(infallible(UserHandle64::decode(bytes)))
}

/// The value of an encoding that cannot fail.
fn infallible<T>(result: Result<T, std::convert::Infallible>) -> T {
    match result {
        Ok(value) => value,
        Err(never) => match never {},
    }
}

/// A new passkey as the crate verified it, encoded for the store.
struct Registered {
    /// The name given when the ceremony started.
    name: String,
    credential_id: Vec<u8>,
    transports: Vec<u8>,
    static_state: Vec<u8>,
    dynamic_state: Vec<u8>,
}

/// Verifies the browser's answer `raw` to a registration ceremony `user_id` started, taking
/// the ceremony (once, by its challenge). `None` for anything that does not verify.
async fn verify_registration(
    state: &AppState,
    user_id: i64,
    raw: &str,
) -> Result<Option<Registered>, PageError> {
    if raw.len() > MAX_CREDENTIAL_JSON {
        return Ok(None);
    }
    let Ok(registration) = serde_json::from_str::<Registration>(raw) else {
        return Ok(None);
    };
    let Ok(challenge) = registration.challenge() else {
        return Ok(None);
    };
    let Some(ceremony) =
        passkeys::take_ceremony(&state.db, &challenge.0.to_string(), Kind::Register).await?
    else {
        return Ok(None);
    };
    if ceremony.user_id != Some(user_id) {
        return Ok(None);
    }
    let Ok(server) = RegistrationServerState::<64>::decode(ceremony.state.as_slice()) else {
        return Ok(None);
    };
    let rp = RelyingParty::of(state)?;
    let origins = rp.origins();
    let options = RegistrationVerificationOptions::<DomainOrigin<'_, '_>, DomainOrigin<'_, '_>> {
        allowed_origins: &origins,
        ..RegistrationVerificationOptions::default()
    };
    let credential = match server.verify(&rp.id, &registration, &options) {
        Ok(credential) => credential,
        Err(e) => {
            tracing::info!(error = %e, "a passkey registration was refused");
            return Ok(None);
        }
    };
    let (id, transports, _handle, static_state, dynamic_state, _metadata) = credential.into_parts();
    Ok(Some(Registered {
        name: ceremony.name,
        credential_id: id.as_ref().to_vec(),
        transports: vec![infallible(transports.encode())],
        static_state: infallible(static_state.encode()),
        dynamic_state: infallible(dynamic_state.encode()).to_vec(),
    }))
}

/// `POST /account/security/passkeys/finish` (`credential`: the browser's JSON): verifies the
/// new passkey and stores it, with the audit entry and the owner's mail.
pub async fn register_finish(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let refused =
        |message: &str| refusal(StatusCode::UNPROCESSABLE_ENTITY, "name", i18n.t(message));
    let Some(new) = verify_registration(&state, account.user.id, form.get("credential")).await?
    else {
        return Ok(refused("security-passkey-failed"));
    };
    let notice = factor_notice(&state, &account.user, "mail-factor-passkey-added")?;
    let added = passkeys::add(
        &state.db,
        &NewPasskey {
            user_id: account.user.id,
            credential_id: &new.credential_id,
            transports: new.transports,
            static_state: new.static_state,
            dynamic_state: new.dynamic_state,
            name: &new.name,
        },
        notice,
        &viewer.actor(),
    )
    .await;
    match added {
        Ok(_) => Ok(private(Json(
            json!({ "redirect": "/account/security?notice=passkey-added" }),
        ))),
        Err(StoreError::Conflict { field: "passkeys" }) => Ok(refused("security-passkey-too-many")),
        Err(StoreError::Conflict { .. }) => Ok(refused("security-passkey-registered")),
        Err(e) => Err(e.into()),
    }
}

/// `POST /account/security/passkeys/{id}/rename` (`name`, `proof`).
pub async fn rename(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    let Ok(name) = PasskeyName::parse("name", form.get("name")) else {
        return super::security::refuse_at(
            &state,
            account,
            i18n,
            id,
            "security-passkey-name-wrong",
        )
        .await;
    };
    if !super::security::proven(&state, &viewer, account, form.get("proof")).await? {
        return super::security::refuse_at(&state, account, i18n, id, "security-proof-wrong").await;
    }
    let notice = factor_notice(&state, &account.user, "mail-factor-passkey-renamed")?;
    if !passkeys::rename(
        &state.db,
        account.user.id,
        id,
        name.as_str(),
        notice,
        &viewer.actor(),
    )
    .await?
    {
        return Err(PageError::NotFound);
    }
    Ok(Redirect::to("/account/security?notice=passkey-renamed").into_response())
}

/// `POST /account/security/passkeys/{id}/remove` (`proof`): removes a passkey; the owner is
/// mailed.
pub async fn remove(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    if !super::security::proven(&state, &viewer, account, form.get("proof")).await? {
        return super::security::refuse_at(&state, account, i18n, id, "security-proof-wrong").await;
    }
    let notice = factor_notice(&state, &account.user, "mail-factor-passkey-removed")?;
    if !passkeys::remove(&state.db, account.user.id, id, notice, &viewer.actor()).await? {
        return Err(PageError::NotFound);
    }
    Ok(Redirect::to("/account/security?notice=passkey-removed").into_response())
}

/// Starts an authentication ceremony of `kind` and answers its request options.
async fn start_authentication(
    state: &AppState,
    viewer: &Viewer,
    kind: Kind,
    user_id: Option<i64>,
) -> Result<Response, PageError> {
    let rp = RelyingParty::of(state)?;
    let started = DiscoverableCredentialRequestOptions::passkey(&rp.id).start_ceremony();
    let ceremony = Ceremony {
        kind,
        user_id,
        name: "",
    };
    begin_ceremony(state, viewer, started, ceremony).await
}

/// What an assertion proved: the account and the passkey.
struct Asserted {
    user_id: i64,
}

/// Why an assertion did not sign anyone in.
enum Refused {
    /// Too many failures from this address: say so.
    Throttled,
    /// Anything else (unknown passkey, spent or foreign challenge, bad signature, wrong
    /// origin, another account's passkey at a second step): one answer for all.
    Failed,
}

impl Refused {
    /// The sign-in page's answer: throttled says so, every other failure reads the same.
    fn response(self, i18n: &I18n) -> Response {
        match self {
            Refused::Throttled => refusal(
                StatusCode::TOO_MANY_REQUESTS,
                "passkey",
                i18n.t("login-throttled"),
            ),
            Refused::Failed => refusal(
                StatusCode::UNAUTHORIZED,
                "passkey",
                i18n.t("login-passkey-failed"),
            ),
        }
    }
}

/// Verifies a passkey assertion `raw` for a ceremony of `kind`, throttled like a password
/// (the attempt counts against the client address and the passkey's account). `expected`:
/// the account a second step is for (a passkey signs in only its own account).
async fn verify_assertion(
    state: &AppState,
    viewer: &Viewer,
    raw: &str,
    kind: Kind,
    expected: Option<i64>,
) -> Result<Result<(Asserted, accounts::Attempt), Refused>, PageError> {
    let parsed = (raw.len() <= MAX_CREDENTIAL_JSON)
        .then(|| serde_json::from_str::<DiscoverableAuthentication64>(raw).ok())
        .flatten();
    let stored = match &parsed {
        Some(auth) => passkeys::by_credential(&state.db, auth.raw_id().as_ref()).await?,
        None => None,
    };
    let account_id = stored.as_ref().map(|s| s.user_id).or(expected);
    let gate = accounts::begin_sign_in(
        &state.db,
        &viewer.address,
        account_id,
        ThrottlePolicy::default(),
    )
    .await?;
    let attempt = match gate {
        Gate::Open(attempt) => attempt,
        Gate::AddressBlocked => return Ok(Err(Refused::Throttled)),
        Gate::ClientLocked | Gate::Slowed => return Ok(Err(Refused::Failed)),
    };
    let verified = match (parsed, stored) {
        (Some(auth), Some(stored)) => check(state, &auth, &stored, kind, expected).await?,
        _ => false,
    };
    if !verified {
        let owner = match account_id {
            Some(id) => accounts::by_id(&state.db, id).await?,
            None => None,
        };
        accounts::sign_in_failed(&state.db, attempt, || {
            attack_warning(&state.config.base_url, owner.as_ref()?)
        })
        .await?;
        return Ok(Err(Refused::Failed));
    }
    let user_id = account_id.expect("a verified assertion has a stored passkey");
    Ok(Ok((Asserted { user_id }, attempt)))
}

/// The crate's verification of one assertion against its stored passkey and ceremony; stores
/// the passkey's new dynamic state (sign count, backup state) when it changed.
async fn check(
    state: &AppState,
    auth: &DiscoverableAuthentication64,
    stored: &passkeys::Stored,
    kind: Kind,
    expected: Option<i64>,
) -> Result<bool, PageError> {
    let Ok(challenge) = auth.challenge() else {
        return Ok(false);
    };
    // Taken before anything else can fail, so a challenge is spent by its first answer.
    let Some(ceremony) = passkeys::take_ceremony(&state.db, &challenge.0.to_string(), kind).await?
    else {
        return Ok(false);
    };
    if ceremony.user_id != expected || expected.is_some_and(|id| id != stored.user_id) {
        return Ok(false);
    }
    let Ok(server) = DiscoverableAuthenticationServerState::decode(ceremony.state.as_slice())
    else {
        return Ok(false);
    };
    let handle = user_handle(&stored.handle)?;
    type Key = CompressedPubKey<[u8; 32], [u8; 32], [u8; 48], Vec<u8>>;
    let Ok(static_state) = StaticState::<Key>::decode(stored.static_state.as_slice()) else {
        return Ok(false);
    };
    let Some(dynamic_state) = <[u8; 7]>::try_from(stored.dynamic_state.as_slice())
        .ok()
        .and_then(|b| DynamicState::decode(b).ok())
    else {
        return Ok(false);
    };
    let Ok(mut credential) =
        AuthenticatedCredential::new(auth.raw_id(), &handle, static_state, dynamic_state)
    else {
        return Ok(false);
    };
    let rp = RelyingParty::of(state)?;
    let origins = rp.origins();
    let options = AuthenticationVerificationOptions::<DomainOrigin<'_, '_>, DomainOrigin<'_, '_>> {
        allowed_origins: &origins,
        ..AuthenticationVerificationOptions::default()
    };
    match server.verify(&rp.id, auth, &mut credential, &options) {
        Ok(changed) => {
            let dynamic = changed.then(|| infallible(credential.dynamic_state().encode()));
            passkeys::used(&state.db, stored.id, dynamic.as_ref().map(|b| b.as_slice())).await?;
            Ok(true)
        }
        Err(e) => {
            tracing::info!(error = %e, "a passkey assertion was refused");
            Ok(false)
        }
    }
}

/// `POST /login/passkey/options`: starts a password-less sign-in (any passkey of this site
/// the authenticator holds).
pub async fn sign_in_options(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    start_authentication(&state, &viewer, Kind::SignIn, None).await
}

/// `POST /login/passkey` (`credential`, `next`): a passkey alone signs its account in.
/// Throttled like the password.
pub async fn sign_in(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    headers: HeaderMap,
    form: FormPairs,
) -> Result<Response, PageError> {
    let outcome =
        verify_assertion(&state, &viewer, form.get("credential"), Kind::SignIn, None).await?;
    let (asserted, attempt) = match outcome {
        Ok(ok) => ok,
        Err(refused) => return Ok(refused.response(&i18n)),
    };
    let user = accounts::by_id(&state.db, asserted.user_id)
        .await?
        .ok_or(PageError::NotFound)?;
    if user.email_verified_at.is_none() {
        return Ok(refusal(
            StatusCode::UNAUTHORIZED,
            "passkey",
            i18n.t("login-unverified"),
        ));
    }
    let cookie = sign_in_session(&state, &viewer, &headers, user.id, SignedInWith::Passkey).await?;
    accounts::sign_in_succeeded(&state.db, attempt, &viewer.actor_as(&user)).await?;
    let mut response = private(Json(json!({ "redirect": local_path(form.get("next")) })));
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
}

/// The answer when no sign-in waits for a second step (any more).
fn second_step_expired(i18n: &I18n) -> Response {
    refusal(
        StatusCode::UNAUTHORIZED,
        "passkey",
        i18n.t("second-step-expired"),
    )
}

/// `POST /login/second-factor/passkey/options`: a passkey as the second step of a password
/// sign-in.
pub async fn second_step_options(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some((_, challenge)) = waiting(&state, &headers).await? else {
        return Ok(second_step_expired(&i18n));
    };
    start_authentication(&state, &viewer, Kind::SecondStep, Some(challenge.user_id)).await
}

/// `POST /login/second-factor/passkey` (`credential`): the account's own passkey finishes the
/// waiting sign-in.
pub async fn second_step(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    headers: HeaderMap,
    form: FormPairs,
) -> Result<Response, PageError> {
    let Some((challenge_hash, challenge)) = waiting(&state, &headers).await? else {
        return Ok(second_step_expired(&i18n));
    };
    let outcome = verify_assertion(
        &state,
        &viewer,
        form.get("credential"),
        Kind::SecondStep,
        Some(challenge.user_id),
    )
    .await?;
    let (asserted, attempt) = match outcome {
        Ok(ok) => ok,
        Err(refused) => return Ok(refused.response(&i18n)),
    };
    let user = accounts::by_id(&state.db, asserted.user_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let finished = finish_second_step(&state, &viewer, &headers, &challenge_hash, &user, attempt);
    let Some(cookies) = finished.await? else {
        return Ok(second_step_expired(&i18n));
    };
    let mut response = private(Json(json!({ "redirect": local_path(&challenge.next) })));
    for cookie in cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rp_id_is_the_base_urls_host_and_localhost_for_a_loopback_address() {
        let rp = RelyingParty::from_base_url("https://heroes.example.org").unwrap();
        assert_eq!(rp.id.as_ref(), "heroes.example.org");
        assert_eq!(rp.origins, ["https://heroes.example.org"]);
        let rp = RelyingParty::from_base_url("http://127.0.0.1:18100").unwrap();
        assert_eq!(rp.id.as_ref(), "localhost");
        assert_eq!(
            rp.origins,
            ["http://127.0.0.1:18100", "http://localhost:18100"]
        );
        assert_eq!(rp.origins().len(), 2);
    }
}
