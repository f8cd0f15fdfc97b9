//! `/account/tokens`: personal API tokens — create (shown once), list, revoke.

use crate::app::AppState;
use crate::auth::api::TOKEN_PREFIX;
use crate::auth::{Viewer, new_secret};
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnAccount, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::account::TokenScope;
use heroes_domain::policy::Action;
use heroes_domain::text::Bounded;
use heroes_store::tokens::{self, ApiToken};

/// The tokens page.
#[derive(Template, WebTemplate)]
#[template(path = "account/tokens.html")]
pub struct TokensPage {
    i18n: I18n,
    tokens: Vec<ApiToken>,
    /// The token just created: shown this once.
    created: Option<String>,
    name: String,
    errors: FieldErrors,
}

async fn page(state: &AppState, viewer: &Viewer, i18n: I18n) -> Result<TokensPage, PageError> {
    let account = viewer.require(Action::ManageOwnAccount)?;
    Ok(TokensPage {
        i18n,
        tokens: tokens::list(&state.db, account.user.id).await?,
        created: None,
        name: String::new(),
        errors: FieldErrors::default(),
    })
}

/// `GET /account/tokens`.
pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
) -> Result<Response, PageError> {
    Ok(private(page(&state, &viewer, i18n).await?.into_response()))
}

/// `POST /account/tokens`: creates a token and shows it once.
pub async fn create(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    let mut errors = FieldErrors::default();
    let name = errors.check(&i18n, Bounded::<1, 100>::parse("name", form.get("name")));
    let scope = errors.check(&i18n, TokenScope::parse("scope", form.get("scope")));
    let (Some(name), Some(scope)) = (name, scope) else {
        let mut page = page(&state, &viewer, i18n).await?;
        page.errors = errors;
        page.name = form.get("name").to_owned();
        return Ok(private(
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response(),
        ));
    };
    let token = issue(
        &state.db,
        account.user.id,
        name.as_str(),
        scope,
        &viewer.actor(),
    )
    .await?;
    let mut page = page(&state, &viewer, i18n).await?;
    page.created = Some(token);
    Ok(private(page.into_response()))
}

/// Makes a new token for `user_id` and stores its hash; the token itself is returned to be
/// shown this once (the page, or `heroes admin create-token`).
pub async fn issue(
    db: &heroes_store::Db,
    user_id: i64,
    name: &str,
    scope: TokenScope,
    actor: &heroes_store::accounts::Actor,
) -> Result<String, heroes_store::StoreError> {
    let (secret, _) = new_secret();
    let token = format!("{TOKEN_PREFIX}{secret}");
    tokens::create(
        db,
        user_id,
        name,
        scope,
        &crate::auth::hash_secret(&token),
        actor,
    )
    .await?;
    Ok(token)
}

/// `POST /account/tokens/{id}/revoke`.
pub async fn revoke(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    if !tokens::revoke(&state.db, account.user.id, id, &viewer.actor()).await? {
        return Err(PageError::NotFound);
    }
    Ok(Redirect::to("/account/tokens").into_response())
}
