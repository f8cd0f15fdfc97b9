//! `/account/export` and `/account/delete`: everyone can take all their data with them, and
//! leave.

use crate::app::AppState;
use crate::auth::pages::NoticePage;
use crate::auth::{Viewer, clear_session_cookie, password};
use crate::error::PageError;
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use heroes_domain::policy::Action;
use heroes_store::contributions::{self, StreamQuery};
use heroes_store::{accounts, audit, outbox, sessions, tokens};
use serde_json::{Value, json};

/// `GET /account/export`: everything held about the account, as one JSON document.
pub async fn export(State(state): State<AppState>, viewer: Viewer) -> Result<Response, PageError> {
    let account = viewer.require(Action::ManageOwnAccount)?;
    let db = &state.db;
    let user = &account.user;
    let hero = super::profile::hero_of(db, user).await?;
    let hero_json = match &hero {
        Some(detail) => {
            let items = contributions::stream(
                db,
                &StreamQuery {
                    hero: Some(detail.card.slug.clone()),
                    limit: i64::MAX,
                    include_private: true,
                    ..StreamQuery::default()
                },
            )
            .await?;
            let contacts: Vec<Value> = heroes_store::heroes::contacts(db, detail.card.id)
                .await?
                .into_iter()
                .map(|c| json!({ "kind": c.kind.as_str(), "value": c.value, "visible_to": c.visibility.as_str() }))
                .collect();
            json!({
                "slug": detail.card.slug,
                "contacts": contacts,
                "profile": super::api::ProfileJson::of(detail),
                "status": detail.card.status,
                "awards": detail.card.awards,
                "contributions": items.iter().map(|c| json!({
                    "kind": c.kind, "title": c.title, "url": c.url, "date": c.published_on.to_string(),
                    "specialization": c.specialization_slug, "private": c.private,
                })).collect::<Vec<_>>(),
            })
        }
        None => Value::Null,
    };
    let sessions: Vec<Value> = sessions::list_for_user(db, user.id)
        .await?
        .into_iter()
        .map(|(s, agent)| {
            json!({ "created_at": s.created_at.to_rfc3339(), "last_seen_at": s.last_seen_at.to_rfc3339(),
                    "expires_at": s.expires_at.to_rfc3339(), "browser": agent })
        })
        .collect();
    let tokens: Vec<Value> = tokens::list(db, user.id)
        .await?
        .into_iter()
        .map(|t| {
            json!({ "name": t.name, "scope": t.scope, "created_at": t.created_at.to_rfc3339(),
                    "last_used_at": t.last_used_at.map(|t| t.to_rfc3339()) })
        })
        .collect();
    let sign_in_addresses: Vec<Value> = accounts::sign_in_addresses(db, user.id)
        .await?
        .into_iter()
        .map(|(address, at)| json!({ "address": address, "last_signed_in_at": at.to_rfc3339() }))
        .collect();
    let activity: Vec<Value> = audit::for_user(db, user.id)
        .await?
        .into_iter()
        .map(|e| {
            json!({ "at": e.at.to_rfc3339(), "action": e.action, "by_you": e.actor_id == Some(user.id),
                    "target": e.target, "from": e.address, "detail": e.detail })
        })
        .collect();
    let mails: Vec<Value> = outbox::to_address(db, &user.email)
        .await?
        .into_iter()
        .map(|m| {
            json!({ "subject": m.subject, "created_at": m.created_at.to_rfc3339(),
                    "sent_at": m.sent_at.map(|t| t.to_rfc3339()), "text": m.body_text })
        })
        .collect();
    // Nominations: what this person wrote, and the candidacies about them (stage and decision
    // as they see them; reviews belong to the reviewers and the program).
    let candidacy = |c: &heroes_store::selection::Candidacy| {
        json!({ "nominee": c.nominee_name, "specialization": c.specialization_slug,
                "cycle": c.cycle_name, "stage": c.state().stage().as_str(),
                "decision": c.state().outcome().map(|o| o.as_str()) })
    };
    let mut made = Vec::new();
    for c in heroes_store::selection::nominated_by(db, user.id).await? {
        let statements: Vec<Value> = heroes_store::selection::nominations(db, c.id)
            .await?
            .into_iter()
            .filter(|n| n.nominator_id == Some(user.id))
            .map(|n| {
                json!({ "statement": n.statement, "evidence": n.evidence(),
                             "created_at": n.created_at.to_rfc3339() })
            })
            .collect();
        let mut entry = candidacy(&c);
        entry["nominations"] = Value::Array(statements);
        made.push(entry);
    }
    let received: Vec<Value> = heroes_store::selection::of_nominee(db, user.id, &user.email)
        .await?
        .iter()
        .map(|c| {
            let mut entry = candidacy(c);
            entry["profile"] = json!({ "headline": c.headline, "company": c.company,
                "city": c.city, "country": c.country, "bio": c.bio });
            entry["feedback"] = json!(c.feedback);
            entry
        })
        .collect();
    let notifications: Vec<Value> = heroes_store::notifications::list(db, user.id, 10_000)
        .await?
        .into_iter()
        .map(|n| json!({ "subject": n.subject, "body": n.body, "created_at": n.created_at.to_rfc3339() }))
        .collect();
    let document = json!({
        "exported_at": chrono::Utc::now().to_rfc3339(),
        "account": {
            "email": user.email, "name": user.name,
            "email_verified_at": user.email_verified_at.map(|t| t.to_rfc3339()),
            "created_at": user.created_at.to_rfc3339(),
            "roles": account.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        },
        "hero": hero_json,
        "sessions": sessions,
        "sign_in_addresses": sign_in_addresses,
        "api_tokens": tokens,
        "activity": activity,
        "mails": mails,
        "nominations_made": made,
        "nominations_received": received,
        "notifications": notifications,
    });
    let body =
        serde_json::to_string_pretty(&document).map_err(|e| PageError::Internal(e.into()))?;
    let mut response =
        private(([(header::CONTENT_TYPE, "application/json")], body).into_response());
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"heroes-account.json\""),
    );
    Ok(response)
}

/// The page that explains what deleting an account does, and asks to confirm.
#[derive(Template, WebTemplate)]
#[template(path = "account/delete.html")]
pub struct DeletePage {
    i18n: I18n,
    has_hero: bool,
    errors: FieldErrors,
}

/// `GET /account/delete`.
pub async fn confirm(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
) -> Result<Response, PageError> {
    let account = viewer.require(Action::ManageOwnAccount)?;
    Ok(private(
        DeletePage {
            i18n,
            has_hero: super::profile::hero_of(&state.db, &account.user)
                .await?
                .is_some(),
            errors: FieldErrors::default(),
        }
        .into_response(),
    ))
}

/// `POST /account/delete`: erases the account once the password confirms it.
pub async fn delete(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let account = viewer.require(Action::ManageOwnAccount)?;
    let ok = password::verify(
        form.get("current_password").to_owned(),
        Some(account.user.password_hash.clone()),
    )
    .await?;
    if !ok {
        let mut errors = FieldErrors::default();
        errors.add("current_password", i18n.t("account-current-password-wrong"));
        return Ok(private(
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                DeletePage {
                    i18n,
                    has_hero: account.user.hero_id.is_some(),
                    errors,
                },
            )
                .into_response(),
        ));
    }
    accounts::erase(&state.db, account.user.id, &viewer.actor()).await?;
    let mut response = NoticePage {
        title: i18n.t("delete-done-title"),
        message: i18n.t("delete-done-body"),
        link: Some((i18n.t("error-go-home"), "/".to_owned())),
        i18n,
    }
    .into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_session_cookie(&state));
    Ok(response)
}
