//! `/admin`: the program team's pages (the admin home, specializations, the outbox and the
//! audit log) and the `heroes admin` commands.

pub mod cli;
pub mod dashboards;
pub mod home;
pub mod specializations;

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ReadAuditLog, ReadOutbox};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::Response;
use heroes_store::audit::{self, AuditRecord};
use heroes_store::outbox::{self, StoredMail};

/// Entries per page of the outbox and the audit log.
const PAGE: i64 = 50;

fn before(query: &QueryPairs) -> Option<i64> {
    query.first("before").and_then(|b| b.parse().ok())
}

/// The outbox page.
#[derive(Template, WebTemplate)]
#[template(path = "admin/outbox.html")]
pub struct OutboxPage {
    i18n: I18n,
    mails: Vec<StoredMail>,
    older: Option<i64>,
    smtp: bool,
}

/// `GET /admin/outbox`: every mail, newest first, with its delivery state.
pub async fn outbox_page(
    State(state): State<AppState>,
    _: Allowed<ReadOutbox>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mails = outbox::list(&state.db, PAGE, before(&query)).await?;
    let older = (mails.len() as i64 == PAGE)
        .then(|| mails.last().map(|m| m.id))
        .flatten();
    Ok(private(OutboxPage {
        i18n,
        mails,
        older,
        smtp: state.config.mail.smtp_url.is_some(),
    }))
}

/// The audit log page.
#[derive(Template, WebTemplate)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    i18n: I18n,
    entries: Vec<AuditRecord>,
    older: Option<i64>,
}

/// `GET /admin/audit`: who did what, when, from where; newest first.
pub async fn audit_page(
    State(state): State<AppState>,
    _: Allowed<ReadAuditLog>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let entries = audit::list(&state.db, PAGE, before(&query)).await?;
    let older = (entries.len() as i64 == PAGE)
        .then(|| entries.last().map(|e| e.id))
        .flatten();
    Ok(private(AuditPage {
        i18n,
        entries,
        older,
    }))
}
