//! Credits: the value of the codes issued per month, by the purpose of the request.

use crate::admin::dashboards::charts::{Ask, Chart, Drawing, Figure, Panel, per_month};
use heroes_domain::credits::Purpose;
use heroes_store::StoreResult;
use heroes_store::dashboards as store;
use std::sync::Arc;

/// The credits panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-credits",
    charts: &[Chart {
        slug: "credit-spend",
        title: "dashboard-credit-spend",
        description: "dashboard-credit-spend-description",
        load: |ask| Box::pin(spend(ask)),
    }],
};

async fn spend(ask: Arc<Ask>) -> StoreResult<Figure> {
    let spend = store::credit_spend(&ask.db, &ask.filter).await?;
    // One column per purpose, and a last one for codes issued without a request.
    let column = |purpose: Option<&str>| {
        Purpose::ALL
            .iter()
            .position(|p| Some(p.as_str()) == purpose)
            .unwrap_or(Purpose::ALL.len())
    };
    let rows = per_month(
        &ask,
        Purpose::ALL.len() + 1,
        spend
            .iter()
            .map(|s| (s.issued_on, column(s.purpose.as_deref()), s.amount)),
    );
    Ok(Figure {
        label: ask.i18n.t("dashboard-month"),
        columns: Purpose::ALL
            .iter()
            .map(|p| ask.i18n.t(&format!("dashboard-spend-{}", p.as_str())))
            .chain(std::iter::once(ask.i18n.t("dashboard-spend-no-request")))
            .collect(),
        rows,
        drawing: Drawing::Stacked,
        listing: None,
    })
}
