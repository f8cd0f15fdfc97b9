//! `/admin/mentoring`: requests waiting longer than a week, each mentor's load, and
//! mentorships begun per month over the last year.

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, OverseeMentoring};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::Response;
use chrono::{Duration, Utc};
use heroes_store::mentoring::{self as store, Load, Waiting};
use std::collections::BTreeMap;

/// How long a request may wait before admins are shown it.
pub const WAITING_AFTER: Duration = Duration::days(7);

/// The admin overview.
#[derive(Template, WebTemplate)]
#[template(path = "mentoring/admin.html")]
pub struct AdminPage {
    i18n: I18n,
    waiting: Vec<Waiting>,
    loads: Vec<Load>,
    /// `(YYYY-MM, matches)`, oldest first.
    months: Vec<(String, i64)>,
}

/// `GET /admin/mentoring`.
pub async fn show(
    State(state): State<AppState>,
    _: Allowed<OverseeMentoring>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let now = Utc::now();
    let mut months: BTreeMap<String, i64> = BTreeMap::new();
    for at in store::match_times(&state.db, now - Duration::days(365)).await? {
        *months.entry(at.format("%Y-%m").to_string()).or_default() += 1;
    }
    Ok(private(AdminPage {
        i18n,
        waiting: store::waiting(&state.db, now - WAITING_AFTER).await?,
        loads: store::loads(&state.db).await?,
        months: months.into_iter().collect(),
    }))
}
