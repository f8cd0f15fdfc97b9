//! Events: per month, the events held (cancelled ones left out), seats taken and people
//! checked in at the door.

use crate::admin::dashboards::charts::{Ask, Chart, Drawing, Figure, Panel, headings, per_month};
use heroes_store::StoreResult;
use heroes_store::dashboards as store;
use std::sync::Arc;

/// The events panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-events",
    charts: &[Chart {
        slug: "event-attendance",
        title: "dashboard-event-attendance",
        description: "dashboard-event-attendance-description",
        load: |ask| Box::pin(attendance(ask)),
    }],
};

async fn attendance(ask: Arc<Ask>) -> StoreResult<Figure> {
    let events = store::events(&ask.db, &ask.filter).await?;
    let rows = per_month(
        &ask,
        3,
        events.iter().flat_map(|e| {
            let day = e.starts_at.date_naive();
            [(day, 0, 1), (day, 1, e.going), (day, 2, e.checked_in)]
        }),
    );
    Ok(Figure {
        label: ask.i18n.t("dashboard-month"),
        columns: headings(
            &ask,
            &[
                "dashboard-events",
                "dashboard-going",
                "dashboard-checked-in",
            ],
        ),
        rows,
        drawing: Drawing::Grouped,
        listing: None,
    })
}
