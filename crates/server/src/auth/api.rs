//! Who calls the API: a personal token in `Authorization: Bearer …`, or nobody. The session
//! cookie is ignored here on purpose, so a page on another site can never make a signed-in
//! browser change anything through the API.

use super::hash_secret;
use crate::app::AppState;
use crate::error::ApiError;
use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use heroes_domain::account::{Role, Roles, TokenScope};
use heroes_domain::policy::{self, Action, Decision};
use heroes_store::accounts::{self, Actor, User};
use heroes_store::{second_factor, tokens};

/// Tokens start with this, so that secret scanners (and people) recognize them.
pub const TOKEN_PREFIX: &str = "heroes_";

/// The caller of an API endpoint.
#[derive(Debug, Clone)]
pub struct ApiCaller {
    /// The token's account, its roles and the token's scope.
    pub account: Option<(User, Roles, TokenScope)>,
    /// The client address.
    pub address: String,
}

impl ApiCaller {
    /// The account, if the policy allows `action` for it with this token; otherwise 401
    /// (no token) or 403.
    pub fn require(&self, action: Action) -> Result<&User, ApiError> {
        let (roles, scope) = self
            .account
            .as_ref()
            .map_or((Roles::NONE, TokenScope::Read), |(_, r, s)| (*r, *s));
        match (policy::decide_api(roles, scope, action), &self.account) {
            (Decision::Allow, Some((user, _, _))) => Ok(user),
            (_, None) => Err(ApiError::unauthorized(
                "Send a personal API token (create one at /account/tokens) as `Authorization: Bearer …`.",
            )),
            (_, Some(_)) if action.is_write() && scope == TokenScope::Read => {
                Err(ApiError::forbidden(
                    "This token is read-only; create a token with the write scope.",
                ))
            }
            (_, Some(_)) => Err(ApiError::forbidden("Your account may not do this.")),
        }
    }

    /// The audit log's view of this caller.
    pub fn actor(&self) -> Actor {
        Actor {
            user_id: self.account.as_ref().map(|(u, _, _)| u.id),
            label: self.account.as_ref().map_or_else(
                || "visitor".to_owned(),
                |(u, _, _)| format!("{} (token)", u.email),
            ),
            address: self.address.clone(),
        }
    }
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let address = super::client_address(parts, &state.config.trusted_proxies);
        let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
            return Ok(ApiCaller {
                account: None,
                address,
            });
        };
        let unknown = || ApiError::unauthorized("The token is unknown, revoked or malformed.");
        let token = value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| t.starts_with(TOKEN_PREFIX))
            .ok_or_else(unknown)?;
        let (user_id, scope) = tokens::authenticate(&state.db, &hash_secret(token))
            .await?
            .ok_or_else(unknown)?;
        tracing::Span::current().record("user_id", user_id);
        let user = accounts::by_id(&state.db, user_id)
            .await?
            .ok_or_else(unknown)?;
        let roles = accounts::roles(&state.db, &user).await?;
        // Only granted roles can require a second factor; everyone else costs no query.
        let granted = Role::GRANTABLE.into_iter().any(|r| roles.has(r));
        if granted && second_factor::setup_required_for_account(&state.db, user.id).await? {
            return Err(ApiError::forbidden(
                "Your role requires a second factor: set one up at /account/security, then this token works again.",
            ));
        }
        Ok(ApiCaller {
            account: Some((user, roles, scope)),
            address,
        })
    }
}
