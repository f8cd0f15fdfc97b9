//! The digest on the web: the archive of sent digests (`/digest`, `/digest/{id}`), a
//! visitor's subscription with double opt-in (`/digest/subscribe`, `/digest/confirm`), the
//! one-click unsubscribe every digest mail names (`/digest/unsubscribe`, RFC 8058: a POST
//! with no session, authorized by the signed token in its address), a member's
//! subscription (`/account/digest`), and the admins' drafts (`/admin/digests`): preview,
//! edit the introduction, send.

use super::notices::DigestTitle as _;
use super::{Purpose, notices, verify};
use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::extract::{Allowed, ManageDigest, ManageOwnAccount, PathId};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::account::Email;
use heroes_domain::promotion::Cadence;
use heroes_domain::text::Bounded;
use heroes_store::digest::{self as store, Digest, DigestState};

/// `/digest`: past digests and the subscription form.
#[derive(Template, WebTemplate)]
#[template(path = "promotion/archive.html")]
pub struct ArchivePage {
    i18n: I18n,
    digests: Vec<Digest>,
    email: String,
    errors: FieldErrors,
    notice: Option<String>,
}

/// `GET /digest`.
pub async fn archive(State(state): State<AppState>, i18n: I18n) -> Result<Response, PageError> {
    Ok(ArchivePage {
        i18n,
        digests: store::sent(&state.db).await?,
        email: String::new(),
        errors: FieldErrors::default(),
        notice: None,
    }
    .into_response())
}

/// One digest as a page: the public archive's, or an admin's preview.
#[derive(Template, WebTemplate)]
#[template(path = "promotion/digest.html")]
pub struct DigestPage {
    i18n: I18n,
    digest: Digest,
    intro_html: String,
    /// The admin's preview: the intro form and the send button.
    preview: bool,
    intro: String,
    errors: FieldErrors,
    notice: Option<String>,
    subscribers: i64,
}

impl DigestPage {
    fn is_draft(&self) -> bool {
        self.digest.state == DigestState::Draft
    }
    fn state(&self) -> &'static str {
        self.digest.state.as_str()
    }
}

fn digest_page(i18n: I18n, digest: Digest, preview: bool) -> DigestPage {
    DigestPage {
        intro_html: markdown_to_safe_html(&digest.intro),
        intro: digest.intro.clone(),
        i18n,
        digest,
        preview,
        errors: FieldErrors::default(),
        notice: None,
        subscribers: 0,
    }
}

/// `GET /digest/{id}`: a sent digest (a draft does not exist for the public).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    PathId(id): PathId,
    i18n: I18n,
) -> Result<Response, PageError> {
    let digest = store::get(&state.db, id)
        .await?
        .filter(|d| d.state == DigestState::Sent)
        .ok_or(PageError::NotFound)?;
    Ok(digest_page(i18n, digest, false).into_response())
}

/// `POST /digest/subscribe`: a visitor's address. The answer is the same whether the address
/// was new, waiting or already subscribed, and the confirmation mail counts against the
/// limits for mail strangers can cause.
pub async fn subscribe(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let typed = form.get("email").to_owned();
    let email = match Email::parse("email", &typed) {
        Ok(email) => email,
        Err(problem) => {
            let mut errors = FieldErrors::default();
            errors.add_problem(&i18n, &problem);
            return Ok(private((
                StatusCode::UNPROCESSABLE_ENTITY,
                ArchivePage {
                    i18n,
                    digests: store::sent(&state.db).await?,
                    email: typed,
                    errors,
                    notice: None,
                },
            )));
        }
    };
    let address = email.as_str().to_lowercase();
    // The subscriber's id is known inside the store's transaction; the key is read first so
    // the confirmation link can be signed there.
    let key = super::signing_key(&state.db).await?;
    let base = &state.config.base_url;
    store::subscribe_visitor(&state.db, &address, |id| {
        let token = super::sign_with(&key, Purpose::Confirm, id, &address);
        notices::confirm_subscription(base, &i18n, &address, &token)
            .map(|m| m.requested_by(&viewer.address))
    })
    .await?;
    Ok(private(ArchivePage {
        notice: Some(i18n.t("digest-check-inbox")),
        digests: store::sent(&state.db).await?,
        i18n,
        email: String::new(),
        errors: FieldErrors::default(),
    }))
}

/// The page of a signed link: what it does, and the button that does it (a mail scanner that
/// follows links changes nothing).
#[derive(Template, WebTemplate)]
#[template(path = "promotion/link.html")]
pub struct LinkPage {
    i18n: I18n,
    title: String,
    body: String,
    action: Option<(String, String)>,
}

pub(crate) fn link_page(
    i18n: I18n,
    title: &str,
    body: &str,
    action: Option<(&str, String)>,
) -> LinkPage {
    LinkPage {
        title: i18n.t(title),
        body: i18n.t(body),
        action: action.map(|(label, to)| (i18n.t(label), to)),
        i18n,
    }
}

fn token_of(query: &QueryPairs) -> String {
    query.first("token").unwrap_or_default().to_owned()
}

fn encoded(token: &str) -> String {
    form_urlencoded::byte_serialize(token.as_bytes()).collect()
}

/// The page a signed link of one purpose opens.
struct Link {
    /// The token's purpose.
    purpose: Purpose,
    /// Where the page's button posts the link back to.
    path: &'static str,
    /// For a good token: the title, body and button messages.
    words: [&'static str; 3],
    /// For any other: the title and body messages.
    invalid: (&'static str, &'static str),
}

/// The link confirming a subscription.
const CONFIRM: Link = Link {
    purpose: Purpose::Confirm,
    path: "/digest/confirm",
    words: [
        "digest-confirm-title",
        "digest-confirm-body",
        "digest-confirm-action",
    ],
    invalid: ("digest-link-invalid-title", "digest-link-invalid"),
};

/// The link ending a subscription (a token whose subscription is gone reads as done).
const UNSUBSCRIBE: Link = Link {
    purpose: Purpose::Unsubscribe,
    path: "/digest/unsubscribe",
    words: [
        "digest-unsubscribe-title",
        "digest-unsubscribe-body",
        "digest-unsubscribe-action",
    ],
    invalid: ("digest-unsubscribed-title", "digest-unsubscribed"),
};

/// The page `link` opens: for a good token, what the link does and the button that posts it
/// back; otherwise the page for a token that does not verify.
async fn link_form(
    state: &AppState,
    i18n: I18n,
    query: &QueryPairs,
    link: &Link,
) -> Result<Response, PageError> {
    let token = token_of(query);
    let [title, body, action] = link.words;
    Ok(private(
        match verify(&state.db, link.purpose, &token).await? {
            Some(_) => link_page(
                i18n,
                title,
                body,
                Some((action, format!("{}?token={}", link.path, encoded(&token)))),
            ),
            None => link_page(i18n, link.invalid.0, link.invalid.1, None),
        },
    ))
}

/// `GET /digest/confirm?token=…`.
pub async fn confirm_form(
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    link_form(&state, i18n, &query, &CONFIRM).await
}

/// `POST /digest/confirm?token=…`: the subscription starts.
pub async fn confirm(
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let token = token_of(&query);
    let confirmed = match verify(&state.db, Purpose::Confirm, &token).await? {
        Some((id, email)) => store::confirm(&state.db, id, &email).await?,
        None => false,
    };
    Ok(private(if confirmed {
        link_page(i18n, "digest-confirmed-title", "digest-confirmed", None)
    } else {
        link_page(
            i18n,
            "digest-link-invalid-title",
            "digest-link-invalid",
            None,
        )
    }))
}

/// `GET /digest/unsubscribe?token=…`: the page a person reaches from the link in the mail.
pub async fn unsubscribe_form(
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    link_form(&state, i18n, &query, &UNSUBSCRIBE).await
}

/// `POST /digest/unsubscribe?token=…`: one click (RFC 8058), from the page or straight from a
/// mail client (`List-Unsubscribe=One-Click` in the body, which changes nothing here). No
/// session and no other token: the signature in the address is the authority. A token whose
/// subscription is gone answers the same, so repeating it is harmless.
pub async fn unsubscribe(
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let token = token_of(&query);
    if let Some((id, email)) = verify(&state.db, Purpose::Unsubscribe, &token).await? {
        store::unsubscribe(&state.db, id, &email).await?;
    }
    Ok(private(link_page(
        i18n,
        "digest-unsubscribed-title",
        "digest-unsubscribed",
        None,
    )))
}

/// `/account/digest`.
#[derive(Template, WebTemplate)]
#[template(path = "promotion/account_digest.html")]
pub struct AccountDigestPage {
    i18n: I18n,
    subscribed: bool,
    verified: bool,
    notice: Option<String>,
}

/// `GET /account/digest`.
pub async fn account(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let notice = query.first("notice").map(|n| match n {
        "on" => i18n.t("digest-account-on"),
        _ => i18n.t("digest-account-off"),
    });
    Ok(private(AccountDigestPage {
        subscribed: store::member_subscribed(&state.db, account.user.id).await?,
        verified: account.user.email_verified_at.is_some(),
        i18n,
        notice,
    }))
}

/// `POST /account/digest`: `subscribe` is `on` or `off`. Only a verified address subscribes
/// without a confirmation mail.
pub async fn set_account(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let on = form.get("subscribe") == "on";
    if on && account.user.email_verified_at.is_none() {
        return Ok(private((
            StatusCode::UNPROCESSABLE_ENTITY,
            AccountDigestPage {
                subscribed: false,
                verified: false,
                notice: Some(i18n.t("digest-account-verify")),
                i18n,
            },
        )));
    }
    store::set_member(&state.db, account.user.id, &account.user.email, on).await?;
    Ok(Redirect::to(if on {
        "/account/digest?notice=on"
    } else {
        "/account/digest?notice=off"
    })
    .into_response())
}

/// `/admin/digests`.
#[derive(Template, WebTemplate)]
#[template(path = "promotion/digests.html")]
pub struct DigestsPage {
    i18n: I18n,
    digests: Vec<Digest>,
    subscribers: i64,
    notice: Option<String>,
    /// The cadence chosen, or the one typed when it was refused.
    cadence: String,
    errors: FieldErrors,
}

impl DigestsPage {
    fn state(&self, d: &Digest) -> &'static str {
        d.state.as_str()
    }
    fn cadences(&self) -> [&'static str; 3] {
        Cadence::ALL.map(Cadence::as_str)
    }
}

async fn digests_page(state: &AppState, i18n: I18n) -> Result<DigestsPage, PageError> {
    Ok(DigestsPage {
        digests: store::all(&state.db).await?,
        subscribers: store::subscriber_count(&state.db).await?,
        cadence: store::cadence(&state.db).await?.as_str().to_owned(),
        i18n,
        notice: None,
        errors: FieldErrors::default(),
    })
}

/// `GET /admin/digests`.
pub async fn admin_list(
    State(state): State<AppState>,
    _: Allowed<ManageDigest>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = digests_page(&state, i18n).await?;
    page.notice = match query.first("notice") {
        Some("exists") => Some(page.i18n.t("digest-draft-exists")),
        Some("cadence") => Some(page.i18n.t("digest-cadence-saved")),
        _ => None,
    };
    Ok(private(page))
}

/// `POST /admin/digests/cadence`: `cadence` (weekly, monthly or quarterly), followed by the
/// drafting job from the next period it drafts.
pub async fn set_cadence(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageDigest>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    match Cadence::parse("cadence", form.get("cadence")) {
        Ok(cadence) => {
            store::set_cadence(&state.db, cadence, &viewer.actor()).await?;
            Ok(Redirect::to("/admin/digests?notice=cadence").into_response())
        }
        Err(e) => {
            let mut page = digests_page(&state, i18n).await?;
            page.errors.add_problem(&page.i18n, &e);
            page.cadence = form.get("cadence").to_owned();
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// `POST /admin/digests`: drafts the digest of the period running now (so far), unless it
/// exists; the job drafts each period's at its end otherwise.
pub async fn draft_now(
    State(state): State<AppState>,
    _: Allowed<ManageDigest>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let period = super::jobs::period_of(&state.db, Utc::now().date_naive()).await?;
    match super::jobs::draft(&state.db, &i18n, period).await? {
        Some(id) => Ok(Redirect::to(&format!("/admin/digests/{id}")).into_response()),
        None => Ok(Redirect::to("/admin/digests?notice=exists").into_response()),
    }
}

async fn load(state: &AppState, id: i64) -> Result<Digest, PageError> {
    store::get(&state.db, id).await?.ok_or(PageError::NotFound)
}

async fn preview(state: &AppState, i18n: I18n, digest: Digest) -> Result<DigestPage, PageError> {
    let mut page = digest_page(i18n, digest, true);
    page.subscribers = store::subscriber_count(&state.db).await?;
    Ok(page)
}

/// `GET /admin/digests/{id}`: the preview, the introduction form and the send button.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn admin_show(
    State(state): State<AppState>,
    _: Allowed<ManageDigest>,
    PathId(id): PathId,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let digest = load(&state, id).await?;
    let mut page = preview(&state, i18n, digest).await?;
    page.notice = match query.first("notice") {
        Some("saved") => Some(page.i18n.t("digest-saved")),
        Some("sending") => Some(page.i18n.t("digest-sending")),
        Some("not-draft") => Some(page.i18n.t("digest-not-draft")),
        _ => None,
    };
    Ok(private(page))
}

/// `POST /admin/digests/{id}`: saves the introduction (Markdown) of a draft.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn save_intro(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageDigest>,
    PathId(id): PathId,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let digest = load(&state, id).await?;
    match Bounded::<0, 5000>::parse("intro", form.get("intro")) {
        Ok(intro) => {
            let saved = store::set_intro(&state.db, id, intro.as_str(), &viewer.actor()).await?;
            let notice = if saved { "saved" } else { "not-draft" };
            Ok(Redirect::to(&format!("/admin/digests/{id}?notice={notice}")).into_response())
        }
        Err(problem) => {
            let mut page = preview(&state, i18n, digest).await?;
            page.errors.add_problem(&page.i18n, &problem);
            page.intro = form.get("intro").to_owned();
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// `POST /admin/digests/{id}/send`: the draft goes to every confirmed subscriber through the
/// outbox, by the job `send-digest`; a second click sends nothing twice.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn send(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageDigest>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    load(&state, id).await?;
    let started = store::start_sending(&state.db, id, &viewer.actor()).await?;
    if started {
        heroes_store::jobs::schedule(
            &state.db,
            super::jobs::SEND_DIGEST,
            &id.to_string(),
            Utc::now(),
        )
        .await?;
    }
    let notice = if started { "sending" } else { "not-draft" };
    Ok(Redirect::to(&format!("/admin/digests/{id}?notice={notice}")).into_response())
}
