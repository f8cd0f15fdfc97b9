//! Single sign-on for staff with OpenID Connect (authorization code flow with PKCE).
//!
//! `GET /login/sso` sends the browser to the provider with a random `state`, `nonce` and PKCE
//! challenge. The login in progress is stored in the database under the hash of its state
//! (so any instance can finish it), and the state also goes into a short-lived cookie, so a
//! callback only completes in the browser that started it (no login CSRF). The callback
//! exchanges the code, verifies the ID token (signature from the provider's keys, issuer,
//! audience, expiry, nonce), and signs the person in. The provider is the company's, so
//! whoever it vouches for is staff: the account is found by a previous sign-in with the same
//! subject, then by email, else created; it gets the staff role.

use super::{Viewer, hash_secret, local_path, new_secret, sign_in_session};
use crate::app::AppState;
use crate::auth::pages::NoticePage;
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::QueryPairs;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use heroes_domain::account::{Email, Role};
use heroes_store::StoreError;
use heroes_store::accounts::{self, Actor, NewAccount};
use heroes_store::sessions::SignedInWith;
use heroes_store::sso::{self, PendingLogin};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use std::future::Future;
use std::pin::Pin;

/// The cookie that binds a login in progress to the browser that started it.
const STATE_COOKIE: &str = "heroes_sso";
/// How long a person may take at the provider.
const LOGIN_WITHIN: Duration = Duration::minutes(10);

/// The provider, from configuration (`--oidc-issuer`, `--oidc-client-id`,
/// `--oidc-client-secret`).
#[derive(Debug, Clone)]
pub struct SsoConfig {
    /// The issuer URL; its `/.well-known/openid-configuration` is read at each sign-in.
    pub issuer: String,
    /// The client id registered at the provider.
    pub client_id: String,
    /// The client secret.
    pub client_secret: String,
}

type HttpFuture =
    Pin<Box<dyn Future<Output = Result<openidconnect::HttpResponse, reqwest::Error>> + Send>>;

/// The HTTP client for talking to the provider: no redirects (the flow never needs them and
/// following them could leak codes), short timeouts.
fn http_client() -> Result<impl Fn(openidconnect::HttpRequest) -> HttpFuture, PageError> {
    // One crypto provider for every TLS user in the process (ring, as lettre's); installing
    // it twice is harmless.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .map_err(|e| PageError::Internal(e.into()))?;
    Ok(move |request: openidconnect::HttpRequest| -> HttpFuture {
        let client = client.clone();
        Box::pin(async move {
            let request = reqwest::Request::try_from(request)?;
            let response = client.execute(request).await?;
            let mut builder = axum::http::Response::builder().status(response.status());
            for (name, value) in response.headers() {
                builder = builder.header(name, value);
            }
            let body = response.bytes().await?.to_vec();
            Ok(builder
                .body(body)
                .expect("a response rebuilt from a valid one"))
        })
    })
}

async fn client(
    state: &AppState,
    config: &SsoConfig,
    http: &(impl Fn(openidconnect::HttpRequest) -> HttpFuture + Sync),
) -> anyhow::Result<
    CoreClient<
        openidconnect::EndpointSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointNotSet,
        openidconnect::EndpointMaybeSet,
        openidconnect::EndpointMaybeSet,
    >,
> {
    let issuer = IssuerUrl::new(config.issuer.clone())?;
    let metadata = CoreProviderMetadata::discover_async(issuer, http)
        .await
        .map_err(|e| anyhow::anyhow!("reading the provider's configuration: {e}"))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(config.client_id.clone()),
        Some(ClientSecret::new(config.client_secret.clone())),
    )
    .set_redirect_uri(RedirectUrl::new(format!(
        "{}/login/sso/callback",
        state.config.base_url
    ))?))
}

fn sso_config(state: &AppState) -> Result<&SsoConfig, PageError> {
    state.config.sso.as_ref().ok_or(PageError::NotFound)
}

/// `GET /login/sso?next=…`: off to the provider.
pub async fn start(
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let config = sso_config(&state)?;
    let http = http_client()?;
    let client = match client(&state, config, &http).await {
        Ok(client) => client,
        Err(e) => return Ok(provider_trouble(i18n, e)),
    };
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            // Our own randomness for the state, as for every other secret.
            || CsrfToken::new(new_secret().0),
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".to_owned()))
        .add_scope(Scope::new("profile".to_owned()))
        .set_pkce_challenge(challenge)
        .url();
    sso::start(
        &state.db,
        &hash_secret(csrf.secret()),
        &PendingLogin {
            nonce: nonce.secret().clone(),
            verifier: verifier.secret().clone(),
            next: local_path(query.first("next").unwrap_or("/account")).to_owned(),
            created_at: Utc::now(),
        },
    )
    .await?;
    let cookie = format!(
        "{STATE_COOKIE}={}; Path=/login/sso; HttpOnly; SameSite=Lax; Max-Age={}{}",
        csrf.secret(),
        LOGIN_WITHIN.num_seconds(),
        if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        }
    );
    let mut response = Redirect::to(url.as_str()).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|e| PageError::Internal(e.into()))?,
    );
    Ok(response)
}

/// `GET /login/sso/callback?code=…&state=…`: back from the provider.
pub async fn callback(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    headers: HeaderMap,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let config = sso_config(&state)?;
    let returned_state = query.first("state").unwrap_or_default();
    let cookie_state = crate::web::cookie(&headers, STATE_COOKIE);
    if returned_state.is_empty() || cookie_state.as_deref() != Some(returned_state) {
        return Ok(refused(i18n, "sso-refused-browser"));
    }
    let Some(login) = sso::finish(&state.db, &hash_secret(returned_state)).await? else {
        return Ok(refused(i18n, "sso-refused-expired"));
    };
    if Utc::now() - login.created_at > LOGIN_WITHIN {
        return Ok(refused(i18n, "sso-refused-expired"));
    }
    let Some(code) = query.first("code") else {
        // The person declined at the provider, or the provider refused.
        return Ok(refused(i18n, "sso-refused-denied"));
    };
    let http = http_client()?;
    let (subject, email, name) = match identity(&state, config, &http, &login, code).await {
        Ok(v) => v,
        Err(e) => return Ok(provider_trouble(i18n, e)),
    };
    let user_id = account_for(&state, &viewer, &config.issuer, &subject, &email, name).await?;
    let cookie = sign_in_session(&state, &viewer, &headers, user_id, SignedInWith::Sso).await?;
    let mut actor = viewer.actor();
    actor.user_id = Some(user_id);
    accounts::record_successful_login(&state.db, user_id, &actor).await?;
    let mut response = Redirect::to(&login.next).into_response();
    response.headers_mut().append(header::SET_COOKIE, cookie);
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_static("heroes_sso=; Path=/login/sso; HttpOnly; SameSite=Lax; Max-Age=0"),
    );
    Ok(response)
}

/// Who the provider says signed in: exchanges `code` (with the login's PKCE verifier) and
/// verifies the ID token (signature, issuer, audience, expiry, the login's nonce). Returns
/// the subject, the email address and the name, if given.
async fn identity(
    state: &AppState,
    config: &SsoConfig,
    http: &(impl Fn(openidconnect::HttpRequest) -> HttpFuture + Sync),
    login: &PendingLogin,
    code: &str,
) -> anyhow::Result<(String, String, Option<String>)> {
    let client = client(state, config, http).await?;
    let tokens = client
        .exchange_code(AuthorizationCode::new(code.to_owned()))?
        .set_pkce_verifier(PkceCodeVerifier::new(login.verifier.clone()))
        .request_async(http)
        .await
        .map_err(|e| anyhow::anyhow!("exchanging the code: {e}"))?;
    let id_token = tokens
        .id_token()
        .ok_or_else(|| anyhow::anyhow!("the provider sent no ID token"))?;
    let claims = id_token.claims(
        &client.id_token_verifier(),
        &Nonce::new(login.nonce.clone()),
    )?;
    let email = claims
        .email()
        .map(|e| e.as_str().to_owned())
        .ok_or_else(|| anyhow::anyhow!("the ID token carries no email address"))?;
    let name = claims
        .name()
        .and_then(|n| n.get(None))
        .map(|n| n.as_str().to_owned());
    Ok((claims.subject().as_str().to_owned(), email, name))
}

/// The account the provider vouched for: by subject, then by address, else a new one; always
/// staff.
async fn account_for(
    state: &AppState,
    viewer: &Viewer,
    issuer: &str,
    subject: &str,
    email: &str,
    name: Option<String>,
) -> Result<i64, PageError> {
    let actor = Actor::system(&viewer.address);
    let email = Email::parse("email", email).map_err(|e| PageError::Internal(e.into()))?;
    let user_id = match sso::account_of(&state.db, issuer, subject).await? {
        Some(id) => id,
        None => match accounts::by_email(&state.db, &email).await? {
            Some(user) => user.id,
            None => {
                // No password can ever match this hash; a password reset sets a real one.
                let unusable = super::password::hash(new_secret().0).await?;
                let created = accounts::sign_up(
                    &state.db,
                    NewAccount {
                        email: &email,
                        name: name.as_deref().unwrap_or(email.as_str()),
                        password_hash: unusable,
                        verified: true,
                    },
                    None,
                    &actor,
                )
                .await;
                match created {
                    Ok(id) => id,
                    // The same first sign-in arrived twice at once (a double click on the
                    // provider's button): the other request created the account; use it.
                    Err(StoreError::Conflict { field: "email" }) => {
                        accounts::by_email(&state.db, &email)
                            .await?
                            .ok_or(PageError::NotFound)?
                            .id
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        },
    };
    sso::link(&state.db, issuer, subject, user_id).await?;
    accounts::mark_verified(&state.db, user_id).await?;
    let user = accounts::by_id(&state.db, user_id)
        .await?
        .ok_or(PageError::NotFound)?;
    if !accounts::roles(&state.db, &user).await?.has(Role::Staff) {
        accounts::grant(&state.db, user_id, Role::Staff, &actor).await?;
    }
    Ok(user_id)
}

fn refused(i18n: I18n, message_id: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        NoticePage {
            title: i18n.t("sso-refused-title"),
            message: i18n.t(message_id),
            link: Some((i18n.t("nav-sign-in"), "/login".to_owned())),
            i18n,
        },
    )
        .into_response()
}

fn provider_trouble(i18n: I18n, error: anyhow::Error) -> Response {
    tracing::warn!(error = format!("{error:#}"), "single sign-on failed");
    (
        StatusCode::BAD_GATEWAY,
        NoticePage {
            title: i18n.t("sso-refused-title"),
            message: i18n.t("sso-provider-trouble"),
            link: Some((i18n.t("nav-sign-in"), "/login".to_owned())),
            i18n,
        },
    )
        .into_response()
}
