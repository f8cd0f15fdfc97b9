//! Leaders mail their group's members (`/groups/{slug}/mail`), through the outbox and at most
//! `groups::MAIL_LIMIT` mails per `groups::MAIL_WINDOW_DAYS` days per group, each mail with a
//! one-click unsubscribe from that group's mail (`/groups/{slug}/unsubscribe`, RFC 8058
//! headers, signed like the digest's links).

mod notices;

use crate::app::AppState;
use crate::error::PageError;
use crate::forms::{FieldErrors, FormPairs};
use crate::groups::LedGroup;
use crate::i18n::I18n;
use crate::promotion::digest::link_page;
use crate::promotion::{mac_matches, mac_of};
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use heroes_domain::text::Bounded;
use heroes_store::groups::{self, Group, MAIL_LIMIT, MAIL_WINDOW_DAYS};
use notices::GroupMail;

/// What an unsubscribe token signs: the group, the member and the address mailed.
fn unsubscribe_message(group_id: i64, user_id: i64, email: &str) -> String {
    format!("group-mail-unsubscribe\n{group_id}\n{user_id}\n{email}")
}

/// The leaders' mail form, with the mails sent.
#[derive(Template, WebTemplate)]
#[template(path = "groups/mail.html")]
pub struct MailPage {
    i18n: I18n,
    group: Group,
    subject: String,
    body: String,
    errors: FieldErrors,
    refusal: Option<String>,
    notice: Option<String>,
    sent: Vec<(String, i64, DateTime<Utc>)>,
    limit: String,
}

impl MailPage {
    fn when(&self, at: &DateTime<Utc>) -> String {
        self.i18n.date_time(at)
    }

    /// Reads the form into the page (to show again): the subject and words when both fit,
    /// else `None` with a message at each field.
    fn typed(&mut self, form: &FormPairs) -> Option<(Bounded<3, 150>, Bounded<10, 10_000>)> {
        self.subject = form.get("subject").to_owned();
        self.body = form.get("body").to_owned();
        let subject = Bounded::<3, 150>::parse("subject", &self.subject);
        let body = Bounded::<10, 10_000>::parse("body", &self.body);
        match (subject, body) {
            (Ok(s), Ok(b)) => Some((s, b)),
            (s, b) => {
                for p in s.err().iter().chain(b.err().iter()) {
                    self.errors.add_problem(&self.i18n, p);
                }
                None
            }
        }
    }
}

async fn mail_page(state: &AppState, i18n: I18n, group: Group) -> Result<MailPage, PageError> {
    let limit = i18n.t_nums(
        "group-mail-limit",
        &[("days", MAIL_WINDOW_DAYS), ("count", MAIL_LIMIT)],
    );
    Ok(MailPage {
        sent: groups::mailings(&state.db, group.id).await?,
        group,
        subject: String::new(),
        body: String::new(),
        errors: FieldErrors::default(),
        refusal: None,
        notice: None,
        limit,
        i18n,
    })
}

/// `GET /groups/{slug}/mail`: for the group's leaders (and admins).
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn form(
    State(state): State<AppState>,
    LedGroup { group, .. }: LedGroup,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = mail_page(&state, i18n, group).await?;
    if let Some(count) = query.first("sent").and_then(|n| n.parse::<i64>().ok()) {
        page.notice = Some(page.i18n.tn("group-mail-sent", "count", count));
    }
    Ok(private(page))
}

/// `POST /groups/{slug}/mail` with `subject` and `body`: one mail per member who did not
/// unsubscribe, refused with the next possible time beyond the limit.
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn send(
    State(state): State<AppState>,
    LedGroup { group, account, .. }: LedGroup,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = mail_page(&state, i18n, group).await?;
    let Some((subject, body)) = page.typed(&form) else {
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    let tokens = unsubscribe_tokens(&state, page.group.id).await?;
    let base_url = &state.config.base_url;
    let group = &page.group;
    let letter = GroupMail {
        group,
        sender: &account.user.name,
        subject: subject.as_str(),
        body: body.as_str(),
    };
    let outcome = groups::mail_members(
        &state.db,
        group.id,
        account.user.id,
        subject.as_str(),
        body.as_str(),
        Utc::now(),
        |r| {
            let token = &tokens.iter().find(|(id, _)| *id == r.user_id)?.1;
            letter.to(base_url, r, token)
        },
    )
    .await?;
    match outcome {
        Ok(count) => Ok(
            Redirect::to(&format!("/groups/{}/mail?sent={count}", page.group.slug)).into_response(),
        ),
        Err(next) => {
            page.refusal = Some(page.i18n.t_args(
                "group-mail-limited",
                &[
                    ("limit", page.limit.clone()),
                    ("next", page.i18n.date_time(next)),
                ],
            ));
            Ok(private((StatusCode::TOO_MANY_REQUESTS, page)))
        }
    }
}

/// Every member's unsubscribe token, `(user id, token)`. Signed before the mail's
/// transaction: the key may be made at first use.
async fn unsubscribe_tokens(
    state: &AppState,
    group_id: i64,
) -> Result<Vec<(i64, String)>, PageError> {
    let members = groups::members(&state.db, group_id).await?;
    let mut tokens = Vec::with_capacity(members.len());
    for m in &members {
        let mac = mac_of(
            &state.db,
            &unsubscribe_message(group_id, m.user_id, &m.email),
        )
        .await?;
        tokens.push((m.user_id, format!("{}.{mac}", m.user_id)));
    }
    Ok(tokens)
}

/// The group of the path and the member the token names, when its signature holds for that
/// group and their address: `(group id, user id)`.
async fn member_of_token(
    state: &AppState,
    slug: &str,
    token: &str,
) -> Result<Option<(i64, i64)>, PageError> {
    let group = groups::get(&state.db, slug).await?;
    let Some((user, mac)) = token.split_once('.') else {
        return Ok(None);
    };
    let Ok(user) = user.parse::<i64>() else {
        return Ok(None);
    };
    let Some(account) = heroes_store::accounts::by_id(&state.db, user).await? else {
        return Ok(None);
    };
    let message = unsubscribe_message(group.id, user, &account.email);
    let holds = mac_matches(&state.db, &message, mac).await?;
    Ok(holds.then_some((group.id, user)))
}

/// The page of a link whose signature does not hold (as the digest's).
fn invalid_link(i18n: I18n) -> Response {
    private(link_page(
        i18n,
        "digest-link-invalid-title",
        "digest-link-invalid",
        None,
    ))
}

/// `GET /groups/{slug}/unsubscribe?token=…`: the page the link in a mail opens; its button
/// unsubscribes (a mail scanner following links changes nothing).
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn unsubscribe_form(
    State(state): State<AppState>,
    i18n: I18n,
    Path(slug): Path<String>,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let token = query.first("token").unwrap_or_default();
    if member_of_token(&state, &slug, token).await?.is_none() {
        return Ok(invalid_link(i18n));
    }
    let action = format!(
        "/groups/{slug}/unsubscribe?token={}",
        form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>()
    );
    Ok(private(link_page(
        i18n,
        "group-unsubscribe-title",
        "group-unsubscribe-body",
        Some(("group-unsubscribe-action", action)),
    )))
}

/// `POST /groups/{slug}/unsubscribe?token=…`: one click (RFC 8058), from the page or straight
/// from a mail client; no session, the signature is the authority. Repeating it is harmless.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn unsubscribe(
    State(state): State<AppState>,
    i18n: I18n,
    Path(slug): Path<String>,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let token = query.first("token").unwrap_or_default();
    let Some((group, user)) = member_of_token(&state, &slug, token).await? else {
        return Ok(invalid_link(i18n));
    };
    groups::unsubscribe_mail(&state.db, group, user).await?;
    Ok(private(link_page(
        i18n,
        "group-unsubscribed-title",
        "group-unsubscribed",
        None,
    )))
}
