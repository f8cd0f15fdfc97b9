//! Contributions: per month by kind and by specialization, reach, the most active heroes.
//! Every figure reads the rollups (`contribution_months`, `hero_months`).

use crate::admin::dashboards::charts::{Ask, Chart, Drawing, Figure, Panel, Row};
use heroes_domain::contribution::ContributionKind;
use heroes_store::StoreResult;
use heroes_store::dashboards as store;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// The contributions panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-contributions",
    charts: &[
        Chart {
            slug: "contributions-by-kind",
            title: "dashboard-contributions-by-kind",
            description: "dashboard-contributions-by-kind-description",
            load: |ask| Box::pin(contributions_by_kind(ask)),
        },
        Chart {
            slug: "contributions-by-specialization",
            title: "dashboard-contributions-by-specialization",
            description: "dashboard-contributions-by-specialization-description",
            load: |ask| Box::pin(contributions_by_specialization(ask)),
        },
        Chart {
            slug: "reach",
            title: "dashboard-reach",
            description: "dashboard-reach-description",
            load: |ask| Box::pin(reach(ask)),
        },
        Chart {
            slug: "most-active",
            title: "dashboard-most-active",
            description: "dashboard-most-active-description",
            load: |ask| Box::pin(most_active(ask)),
        },
    ],
};

/// A month × something table from the rollup, with a column for each `columns` key that
/// has data.
fn months_table<K: Ord + Copy>(
    ask: &Ask,
    totals: &[store::MonthTotal],
    key: impl Fn(&store::MonthTotal) -> K,
    value: impl Fn(&store::MonthTotal) -> i64,
) -> (Vec<K>, Vec<Row>) {
    let mut keys: Vec<K> = totals.iter().map(&key).collect();
    keys.sort();
    keys.dedup();
    let months = ask.filter.period.months();
    let mut cells: HashMap<String, Vec<i64>> = months
        .iter()
        .map(|m| (m.to_string(), vec![0; keys.len()]))
        .collect();
    for t in totals {
        let column = keys.binary_search(&key(t)).expect("collected above");
        if let Some(row) = cells.get_mut(&t.month) {
            row[column] += value(t);
        }
    }
    let rows = months
        .iter()
        .map(|m| Row {
            label: m.to_string(),
            link: None,
            at: None,
            values: cells.remove(&m.to_string()).unwrap_or_default(),
        })
        .collect();
    (keys, rows)
}

fn kind_position(slug: &str) -> usize {
    ContributionKind::ALL
        .iter()
        .position(|k| k.slug() == slug)
        .unwrap_or(ContributionKind::ALL.len())
}

async fn contributions_by_kind(ask: Arc<Ask>) -> StoreResult<Figure> {
    let totals = store::contributions_by_month(&ask.db, &ask.filter).await?;
    let (keys, rows) = months_table(
        &ask,
        &totals,
        |t| kind_position(&t.kind),
        |t| t.contributions,
    );
    Ok(Figure {
        label: ask.i18n.t("dashboard-month"),
        columns: keys
            .iter()
            .map(|&k| {
                ContributionKind::ALL.get(k).map_or_else(
                    || ask.i18n.t("kind-other"),
                    |kind| ask.i18n.t(&format!("kind-{}", kind.slug())),
                )
            })
            .collect(),
        rows,
        drawing: Drawing::Stacked,
        listing: None,
    })
}

async fn contributions_by_specialization(ask: Arc<Ask>) -> StoreResult<Figure> {
    let totals = store::contributions_by_month(&ask.db, &ask.filter).await?;
    let (keys, rows) = months_table(&ask, &totals, |t| t.specialization_id, |t| t.contributions);
    Ok(Figure {
        label: ask.i18n.t("dashboard-month"),
        columns: keys.iter().map(|&id| ask.specialization_name(id)).collect(),
        rows,
        drawing: Drawing::Stacked,
        listing: None,
    })
}

async fn reach(ask: Arc<Ask>) -> StoreResult<Figure> {
    let totals = store::contributions_by_month(&ask.db, &ask.filter).await?;
    let mut by_kind: BTreeMap<usize, Vec<i64>> = BTreeMap::new();
    for t in &totals {
        let row = by_kind
            .entry(kind_position(&t.kind))
            .or_insert_with(|| vec![0; 5]);
        for (cell, v) in
            row.iter_mut()
                .zip([t.contributions, t.views, t.attendees, t.stars, t.answers])
        {
            *cell += v;
        }
    }
    Ok(Figure {
        label: ask.i18n.t("dashboard-kind"),
        columns: [
            "dashboard-contributions",
            "dashboard-views",
            "dashboard-attendees",
            "dashboard-stars",
            "dashboard-answers",
        ]
        .iter()
        .map(|id| ask.i18n.t(id))
        .collect(),
        rows: by_kind
            .into_iter()
            .map(|(k, values)| Row {
                label: ContributionKind::ALL.get(k).map_or_else(
                    || ask.i18n.t("kind-other"),
                    |kind| ask.i18n.t(&format!("kind-{}", kind.slug())),
                ),
                link: None,
                at: None,
                values,
            })
            .collect(),
        drawing: Drawing::Grouped,
        listing: None,
    })
}

/// Heroes listed on the most-active chart.
const MOST_ACTIVE: i64 = 20;

async fn most_active(ask: Arc<Ask>) -> StoreResult<Figure> {
    let heroes = store::most_active(&ask.db, &ask.filter, MOST_ACTIVE).await?;
    Ok(Figure {
        label: ask.i18n.t("dashboard-hero"),
        columns: vec![ask.i18n.t("dashboard-contributions")],
        rows: heroes
            .into_iter()
            .map(|h| Row {
                label: h.display_name,
                link: Some(format!("/heroes/{}", h.slug)),
                at: None,
                values: vec![h.value],
            })
            .collect(),
        drawing: Drawing::Stacked,
        listing: None,
    })
}
