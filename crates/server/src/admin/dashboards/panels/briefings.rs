//! Briefings: per month, the briefings held, their seats taken, waiting lists and attendance.

use crate::admin::dashboards::charts::{Ask, Chart, Drawing, Figure, Panel, headings, per_month};
use heroes_store::StoreResult;
use heroes_store::dashboards as store;
use std::sync::Arc;

/// The briefings panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-briefings",
    charts: &[Chart {
        slug: "briefing-attendance",
        title: "dashboard-briefing-attendance",
        description: "dashboard-briefing-attendance-description",
        load: |ask| Box::pin(attendance(ask)),
    }],
};

async fn attendance(ask: Arc<Ask>) -> StoreResult<Figure> {
    let briefings = store::briefings(&ask.db, &ask.filter).await?;
    let rows = per_month(
        &ask,
        4,
        briefings.iter().flat_map(|b| {
            let day = b.starts_at.date_naive();
            [
                (day, 0, 1),
                (day, 1, b.going),
                (day, 2, b.waiting),
                (day, 3, b.attended),
            ]
        }),
    );
    Ok(Figure {
        label: ask.i18n.t("dashboard-month"),
        columns: headings(
            &ask,
            &[
                "dashboard-briefings",
                "dashboard-going",
                "dashboard-waiting",
                "dashboard-attended",
            ],
        ),
        rows,
        drawing: Drawing::Grouped,
        listing: None,
    })
}
