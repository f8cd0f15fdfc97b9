//! The language switcher in the page header: a plain form (no JavaScript) that remembers the
//! choice in the `lang` cookie and, for a signed-in person, in their account, then returns to
//! the page it was sent from.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::pages::NoticePage;
use crate::error::PageError;
use crate::forms::FormPairs;
use crate::i18n::{self, I18n, LANG_COOKIE};
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use heroes_store::accounts;

/// The cookie is kept a year: a language is not a secret, and choosing it again each visit
/// would be the annoyance the switcher is there to end.
const COOKIE_MAX_AGE: i64 = 365 * 24 * 60 * 60;

/// `POST /language` with `lang` (a catalog's tag) and `back` (the page to return to).
pub async fn switch(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let tag = form.get("lang").trim();
    if !i18n::is_supported(tag) {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            NoticePage {
                title: i18n.t("language-unknown-title"),
                message: i18n.t1("language-unknown-body", "tag", tag),
                link: Some((i18n.t("language-back"), back_to(form.get("back")))),
                i18n,
            },
        )
            .into_response());
    }
    if let Some(account) = &viewer.account {
        accounts::set_language(&state.db, account.user.id, tag).await?;
    }
    let cookie = format!(
        "{LANG_COOKIE}={tag}; Path=/; SameSite=Lax; Max-Age={COOKIE_MAX_AGE}{}",
        if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        }
    );
    let mut response = Redirect::to(&back_to(form.get("back"))).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|e| PageError::Internal(e.into()))?,
    );
    Ok(response)
}

/// Where to return: a path on this site, or the home page for anything else (an absolute or
/// scheme-relative address would make the switcher an open redirect).
fn back_to(back: &str) -> String {
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.contains(['\\', '\r', '\n'])
        && back.len() <= 2048;
    if local {
        back.to_owned()
    } else {
        "/".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::back_to;

    #[test]
    fn returns_only_to_pages_of_this_site() {
        assert_eq!(back_to("/heroes?page=2"), "/heroes?page=2");
        assert_eq!(back_to("//evil.example/"), "/");
        assert_eq!(back_to("https://evil.example/"), "/");
        assert_eq!(back_to("/\\evil.example"), "/");
        assert_eq!(back_to(""), "/");
    }
}
