//! `/account/notifications`: everything the program told this person, newest first.

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnAccount};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::Response;
use heroes_store::notifications::{self, Notification};

/// The list.
#[derive(Template, WebTemplate)]
#[template(path = "account/notifications.html")]
pub struct NotificationsPage {
    i18n: I18n,
    items: Vec<Notification>,
}

/// `GET /account/notifications`: lists the latest 100 and marks them read.
pub async fn list(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ManageOwnAccount>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let account = &account;
    let items = notifications::list(&state.db, account.user.id, 100).await?;
    notifications::mark_read(&state.db, account.user.id).await?;
    Ok(private(NotificationsPage { i18n, items }))
}
