//! Feedback: per month, the items opened, those answered by staff, and the median days to
//! the first answer.

use crate::admin::dashboards::charts::{
    Ask, Chart, Drawing, Figure, Panel, answered_by_month, headings,
};
use heroes_domain::dashboards::Month;
use heroes_store::StoreResult;
use heroes_store::dashboards as store;
use std::sync::Arc;

/// The feedback panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-feedback",
    charts: &[Chart {
        slug: "feedback-answer-times",
        title: "dashboard-feedback-answer-times",
        description: "dashboard-feedback-answer-times-description",
        load: |ask| Box::pin(answer_times(ask)),
    }],
};

async fn answer_times(ask: Arc<Ask>) -> StoreResult<Figure> {
    let items = store::feedback(&ask.db, &ask.filter).await?;
    let rows = answered_by_month(
        &ask,
        items.iter().map(|i| {
            (
                Month::of(i.created_at.date_naive()),
                i.created_at,
                i.answered_at,
            )
        }),
    );
    Ok(Figure {
        label: ask.i18n.t("dashboard-month"),
        columns: headings(
            &ask,
            &[
                "dashboard-opened",
                "dashboard-answered",
                "dashboard-median-days-to-answer",
            ],
        ),
        rows,
        drawing: Drawing::Grouped,
        listing: None,
    })
}
