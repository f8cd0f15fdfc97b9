//! Mentoring: per month, the requests for a mentor, those matched, and the median days to a
//! match.

use crate::admin::dashboards::charts::{
    Ask, Chart, Drawing, Figure, Panel, answered_by_month, headings,
};
use heroes_domain::dashboards::Month;
use heroes_store::StoreResult;
use heroes_store::dashboards as store;
use std::sync::Arc;

/// The mentoring panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-mentoring",
    charts: &[Chart {
        slug: "mentoring-matches",
        title: "dashboard-mentoring-matches",
        description: "dashboard-mentoring-matches-description",
        load: |ask| Box::pin(matches(ask)),
    }],
};

async fn matches(ask: Arc<Ask>) -> StoreResult<Figure> {
    let requests = store::mentoring(&ask.db, &ask.filter).await?;
    let rows = answered_by_month(
        &ask,
        requests.iter().map(|r| {
            (
                Month::of(r.created_at.date_naive()),
                r.created_at,
                r.answered_at,
            )
        }),
    );
    Ok(Figure {
        label: ask.i18n.t("dashboard-month"),
        columns: headings(
            &ask,
            &[
                "dashboard-requests",
                "dashboard-matched",
                "dashboard-median-days-to-match",
            ],
        ),
        rows,
        drawing: Drawing::Grouped,
        listing: None,
    })
}
