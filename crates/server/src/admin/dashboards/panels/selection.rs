//! Selection: the funnel per cycle, the time spent in each stage, reviewers' load and
//! agreement.

use crate::admin::dashboards::charts::{Ask, Chart, Drawing, Figure, Panel, Row};
use chrono::Utc;
use heroes_domain::dashboards::Stage;
use heroes_domain::feedback::median;
use heroes_store::StoreResult;
use heroes_store::dashboards as store;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The selection panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-selection",
    charts: &[
        Chart {
            slug: "selection-funnel",
            title: "dashboard-selection-funnel",
            description: "dashboard-selection-funnel-description",
            load: |ask| Box::pin(selection_funnel(ask)),
        },
        Chart {
            slug: "selection-times",
            title: "dashboard-selection-times",
            description: "dashboard-selection-times-description",
            load: |ask| Box::pin(selection_times(ask)),
        },
        Chart {
            slug: "reviewers",
            title: "dashboard-reviewers",
            description: "dashboard-reviewers-description",
            load: |ask| Box::pin(reviewers(ask)),
        },
    ],
};

/// The cycles of the funnel rows, in order, each with its rows.
fn by_cycle(rows: Vec<store::FunnelRow>) -> Vec<(String, Vec<store::FunnelRow>)> {
    let mut cycles: Vec<(i64, String, Vec<store::FunnelRow>)> = Vec::new();
    for row in rows {
        match cycles.last_mut() {
            Some((id, _, list)) if *id == row.cycle_id => list.push(row),
            _ => cycles.push((row.cycle_id, row.cycle_name.clone(), vec![row])),
        }
    }
    cycles
        .into_iter()
        .map(|(_, name, list)| (name, list))
        .collect()
}

async fn selection_funnel(ask: Arc<Ask>) -> StoreResult<Figure> {
    let rows = store::funnel(&ask.db, &ask.filter).await?;
    Ok(Figure {
        label: ask.i18n.t("dashboard-cycle"),
        columns: Stage::ALL
            .iter()
            .map(|s| ask.i18n.t(&format!("dashboard-stage-{}", s.slug())))
            .collect(),
        rows: by_cycle(rows)
            .into_iter()
            .map(|(name, list)| Row {
                label: name,
                link: None,
                at: None,
                values: Stage::ALL
                    .iter()
                    .map(|s| {
                        list.iter()
                            .filter(|c| s.reached(c.state, c.review_count))
                            .count() as i64
                    })
                    .collect(),
            })
            .collect(),
        drawing: Drawing::Grouped,
        listing: None,
    })
}

async fn selection_times(ask: Arc<Ask>) -> StoreResult<Figure> {
    let rows = store::funnel(&ask.db, &ask.filter).await?;
    let days = |from: Option<chrono::DateTime<Utc>>, to: Option<chrono::DateTime<Utc>>| {
        Some((to? - from?).num_days())
    };
    Ok(Figure {
        label: ask.i18n.t("dashboard-cycle"),
        columns: [
            "dashboard-days-to-answer",
            "dashboard-days-to-decide",
            "dashboard-days-to-announce",
        ]
        .iter()
        .map(|id| ask.i18n.t(id))
        .collect(),
        rows: by_cycle(rows)
            .into_iter()
            .map(|(name, list)| {
                let mut answer: Vec<i64> = list
                    .iter()
                    .filter_map(|c| days(Some(c.created_at), c.answered_at))
                    .collect();
                let mut decide: Vec<i64> = list
                    .iter()
                    .filter_map(|c| days(c.answered_at, c.decided_at))
                    .collect();
                let mut announce: Vec<i64> = list
                    .iter()
                    .filter_map(|c| days(c.decided_at, c.announced_at))
                    .collect();
                Row {
                    label: name,
                    link: None,
                    at: None,
                    values: vec![
                        median(&mut answer).unwrap_or(0),
                        median(&mut decide).unwrap_or(0),
                        median(&mut announce).unwrap_or(0),
                    ],
                }
            })
            .collect(),
        drawing: Drawing::Grouped,
        listing: None,
    })
}

async fn reviewers(ask: Arc<Ask>) -> StoreResult<Figure> {
    let rows = store::reviews(&ask.db, &ask.filter).await?;
    // Per reviewer: assigned, reviewed, conflicts, and the distances of their scores from
    // the panel's mean where at least two reviewed (one review agrees with itself).
    let mut table: BTreeMap<String, ([i64; 3], Vec<i64>)> = BTreeMap::new();
    for r in rows {
        let (counts, distances) = table.entry(r.email).or_default();
        counts[0] += 1;
        if r.weighted.is_some() {
            counts[1] += 1;
        }
        if r.conflicted {
            counts[2] += 1;
        }
        if let (Some(w), Some(s)) = (r.weighted, r.score)
            && r.review_count >= 2
        {
            distances.push((w - s).abs());
        }
    }
    Ok(Figure {
        label: ask.i18n.t("dashboard-reviewer"),
        columns: [
            "dashboard-assigned",
            "dashboard-reviewed",
            "dashboard-conflicts",
            "dashboard-distance",
        ]
        .iter()
        .map(|id| ask.i18n.t(id))
        .collect(),
        rows: table
            .into_iter()
            .map(|(email, (counts, distances))| {
                let mean = if distances.is_empty() {
                    0
                } else {
                    distances.iter().sum::<i64>() / distances.len() as i64
                };
                Row {
                    label: email,
                    link: None,
                    at: None,
                    values: vec![counts[0], counts[1], counts[2], mean],
                }
            })
            .collect(),
        drawing: Drawing::Grouped,
        listing: None,
    })
}
