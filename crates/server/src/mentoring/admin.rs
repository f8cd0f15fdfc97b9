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
use chrono::{Datelike, Duration, NaiveDate, Utc};
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
    months: Vec<(NaiveDate, i64)>,
}

/// `GET /admin/mentoring`.
pub async fn show(
    State(state): State<AppState>,
    _: Allowed<OverseeMentoring>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let now = Utc::now();
    // Months as the reader's calendar has them (a match late on the 31st in UTC may be the
    // 1st of the next month where they are), each the first day of the month.
    let tz = i18n.zone().tz();
    let mut months: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for at in store::match_times(&state.db, now - Duration::days(365)).await? {
        let day = at.with_timezone(&tz).date_naive();
        *months.entry(day.with_day(1).unwrap_or(day)).or_default() += 1;
    }
    Ok(private(AdminPage {
        i18n,
        waiting: store::waiting(&state.db, now - WAITING_AFTER).await?,
        loads: store::loads(&state.db).await?,
        months: months.into_iter().collect(),
    }))
}
