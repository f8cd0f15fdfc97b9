//! `/account`: a signed-in person's own account — address, password, sessions — and, for
//! heroes, their public profile.

pub mod api;
pub mod candidate;
pub mod export;
pub mod notifications;
pub mod photo;
pub mod privacy;
pub mod profile;
pub mod time_zone;
pub mod tokens;

use crate::app::AppState;
use crate::auth::pages::NoticePage;
use crate::auth::{Account, Viewer, hash_secret, new_secret, notices, password, send_token_mail};
use crate::error::PageError;
use crate::extract::{Allowed, ManageOwnAccount};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use heroes_domain::account::{Email, NewPassword, Role};
use heroes_domain::policy::Action;
use heroes_domain::selection::candidacy::State as CandidacyState;
use heroes_store::StoreError;
use heroes_store::accounts::{self, TokenMail, TokenPurpose};
use heroes_store::sessions;

/// How long a change-of-address link works.
const CHANGE_EMAIL_FOR: Duration = Duration::days(1);

/// The account page.
#[derive(Template, WebTemplate)]
#[template(path = "account/overview.html")]
pub struct AccountPage {
    i18n: I18n,
    account: Account,
    roles: Vec<Role>,
    hero_slug: Option<String>,
    other_sessions: i64,
    notice: Option<String>,
    may_admin: bool,
    may_review: bool,
    /// Staff and admins decide credit requests.
    may_decide_credits: bool,
    /// Heroes, staff and admins have briefings (issue 13).
    may_brief: bool,
    may_renew: bool,
    /// A link only where it leads somewhere: an accepted candidate has a hero record but
    /// neither promotion nor credits before the announcement.
    may_promote: bool,
    may_read_credits: bool,
    /// Product feedback and office hours (heroes).
    may_give_feedback: bool,
    /// The feedback queue and office hours (the program team).
    may_answer_feedback: bool,
    may_network: bool,
    unread: i64,
    /// Nominations waiting for this person's answer or onboarding: `(candidacy id,
    /// specialization, accepted)`, so a nominee who signs up from the mail sees them first.
    awaiting_me: Vec<(i64, String, bool)>,
    /// For an accepted candidate: when their hero record goes public and what is missing.
    candidate: Option<candidate::CandidateBanner>,
    new_email: String,
    errors: FieldErrors,
}

impl AccountPage {
    async fn load(state: &AppState, viewer: &Viewer, i18n: I18n) -> Result<Self, PageError> {
        let account = viewer.require(Action::ManageOwnAccount)?.clone();
        let record = match account.user.hero_id {
            Some(id) => heroes_store::heroes::get_record(&state.db, id).await?,
            None => None,
        };
        let candidate = match &record {
            Some(detail) => candidate::CandidateBanner::of(state, detail).await?,
            None => None,
        };
        let hero_slug = record.map(|detail| detail.card.slug);
        let other_sessions = sessions::count_for_user(&state.db, account.user.id).await? - 1;
        Ok(AccountPage {
            i18n,
            roles: account.roles.iter().collect(),
            hero_slug,
            other_sessions: other_sessions.max(0),
            notice: None,
            may_admin: viewer.may(Action::ReadAuditLog),
            may_review: viewer.may(Action::ReviewCandidacies),
            may_decide_credits: viewer.may(Action::DecideCreditRequests),
            may_brief: viewer.may(Action::ReadBriefings),
            may_renew: viewer.may(Action::ReadOwnReadiness),
            may_promote: viewer.may(Action::RequestPromotion),
            may_read_credits: viewer.may(Action::ReadOwnCredits),
            may_give_feedback: viewer.may(Action::FileFeedback),
            may_answer_feedback: viewer.may(Action::AnswerFeedback),
            may_network: viewer.may(Action::UseNetwork),
            unread: heroes_store::notifications::unread(&state.db, account.user.id).await?,
            awaiting_me: heroes_store::selection::of_nominee(
                &state.db,
                account.user.id,
                &account.user.email,
            )
            .await?
            .into_iter()
            .filter(|c| {
                matches!(
                    c.state,
                    CandidacyState::Nominated | CandidacyState::Accepted
                )
            })
            .map(|c| {
                let accepted = c.state == CandidacyState::Accepted;
                (c.id, c.specialization_name, accepted)
            })
            .collect(),
            candidate,
            new_email: String::new(),
            errors: FieldErrors::default(),
            account,
        })
    }
}

/// `GET /account`.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let notice = query.first("notice").map(|n| match n {
        "password-changed" => i18n.t("account-password-changed"),
        "sessions-ended" => i18n.t("account-sessions-ended"),
        "language-saved" => i18n.t("account-language-saved"),
        _ => String::new(),
    });
    let mut page = AccountPage::load(&state, &viewer, i18n).await?;
    page.notice = notice.filter(|n| !n.is_empty());
    Ok(private(page.into_response()))
}

/// `POST /account/password`: needs the current password; ends every other session.
pub async fn change_password(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    let mut errors = FieldErrors::default();
    // Counted like a sign-in attempt: a stolen session cannot guess the password here.
    let current_ok =
        password::recheck_own(&state.db, &viewer, account, form.get("current_password")).await?;
    if !current_ok {
        errors.add("current_password", i18n.t("account-current-password-wrong"));
    }
    let new = errors.check(
        &i18n,
        NewPassword::parse(
            "new_password",
            form.get("new_password"),
            &account.user.email,
        ),
    );
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        let mut page = AccountPage::load(&state, &viewer, i18n).await?;
        page.errors = errors;
        return Ok(private(
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response(),
        ));
    };
    let hash = password::hash(new.expose().to_owned()).await?;
    accounts::set_password(
        &state.db,
        account.user.id,
        &hash,
        Some(&account.session_hash),
        &viewer.actor(),
    )
    .await?;
    Ok(Redirect::to("/account?notice=password-changed").into_response())
}

/// `POST /account/email`: mails a confirmation link to the new address; the address changes
/// only when that link is followed.
pub async fn change_email(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut errors = FieldErrors::default();
    // Counted like a sign-in attempt: a stolen session cannot guess the password here.
    let current_ok =
        password::recheck_own(&state.db, &viewer, &account, form.get("current_password")).await?;
    let email = errors.check(&i18n, Email::parse("new_email", form.get("new_email")));
    if !current_ok {
        errors.add(
            "email_current_password",
            i18n.t("account-current-password-wrong"),
        );
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        let mut page = AccountPage::load(&state, &viewer, i18n).await?;
        page.errors = errors;
        page.new_email = form.get("new_email").to_owned();
        return Ok(private(
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response(),
        ));
    };
    let (secret, token_hash) = new_secret();
    let base_url = &state.config.base_url;
    let mail = notices::change_email(base_url, &i18n, &account.user.name, &email, &secret)
        .map_err(PageError::Internal)?
        // The new address may be anyone's: the mail counts against the mail limits.
        .requested_by(&viewer.address);
    let token = TokenMail {
        id_hash: &token_hash,
        purpose: TokenPurpose::ChangeEmail,
        expires_at: Utc::now() + CHANGE_EMAIL_FOR,
        new_email: Some(&email),
        mail,
    };
    send_token_mail(&state, account.user.id, token).await?;
    Ok(private(
        NoticePage {
            title: i18n.t("account-email-sent-title"),
            message: i18n.t1("account-email-sent-body", "email", email.as_str()),
            link: Some((i18n.t("account-back"), "/account".to_owned())),
            i18n,
        }
        .into_response(),
    ))
}

/// `GET /account/email/confirm?token=…`: switches to the confirmed address.
pub async fn confirm_email(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let token = query.first("token").unwrap_or_default();
    let consumed =
        accounts::consume_token(&state.db, &hash_secret(token), TokenPurpose::ChangeEmail).await?;
    let Some((user_id, new_email)) = consumed.and_then(|c| Some((c.user_id, c.new_email?))) else {
        return Ok((
            StatusCode::BAD_REQUEST,
            NoticePage {
                title: i18n.t("link-invalid-title"),
                message: i18n.t("link-invalid-body"),
                link: Some((i18n.t("account-back"), "/account".to_owned())),
                i18n,
            },
        )
            .into_response());
    };
    let email = Email::parse("email", &new_email).map_err(|e| PageError::Internal(e.into()))?;
    let (title, message) =
        match accounts::set_email(&state.db, user_id, &email, &viewer.actor()).await {
            Ok(()) => (
                i18n.t("account-email-changed-title"),
                i18n.t1("account-email-changed-body", "email", email.as_str()),
            ),
            Err(StoreError::Conflict { .. }) => (
                i18n.t("account-email-taken-title"),
                i18n.t("account-email-taken-body"),
            ),
            Err(e) => return Err(e.into()),
        };
    Ok(NoticePage {
        title,
        message,
        link: Some((i18n.t("account-back"), "/account".to_owned())),
        i18n,
    }
    .into_response())
}

/// `POST /account/language`: the language pages and mail use for this account (empty:
/// follow the browser). The switcher in the header sets the same setting.
pub async fn set_language(
    State(state): State<AppState>,
    Allowed {
        account, viewer, ..
    }: Allowed<ManageOwnAccount>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = &account;
    let language = form.get("language").trim();
    if !language.is_empty() && !crate::i18n::is_supported(language) {
        let mut errors = FieldErrors::default();
        errors.add("language", i18n.t("account-language-unknown"));
        let mut page = AccountPage::load(&state, &viewer, i18n).await?;
        page.errors = errors;
        return Ok(private(
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response(),
        ));
    }
    accounts::set_language(&state.db, account.user.id, language).await?;
    Ok(Redirect::to("/account?notice=language-saved").into_response())
}

/// `POST /account/sessions/end-others`: signs out every other browser.
pub async fn end_other_sessions(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ManageOwnAccount>,
) -> Result<Response, PageError> {
    let account = &account;
    sessions::delete_others(&state.db, account.user.id, Some(&account.session_hash)).await?;
    Ok(Redirect::to("/account?notice=sessions-ended").into_response())
}
