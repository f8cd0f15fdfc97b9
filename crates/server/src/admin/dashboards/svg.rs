//! Draws a [`Figure`] as an SVG bar chart: one horizontal bar per row, its columns stacked
//! or side by side, with a legend. Drawn on the server so the chart needs no script; every
//! colour is a presentation attribute (the CSP allows no inline style).

use super::charts::{Drawing, Figure};
use crate::world_map::{self, Mark, escape};
use heroes_domain::text::shortened;
use std::fmt::Write;

/// Series colours, distinguishable for the common colour-vision deficiencies (Okabe–Ito and
/// Tol's muted scheme), in the order columns take them.
const PALETTE: [&str; 14] = [
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#332288", "#117733",
    "#882255", "#999933", "#44aa99", "#aa4499", "#6b6b6b", "#ddcc77",
];

/// The colour of column `i`.
pub fn colour(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

/// Width of the drawing, of the label column and of the value column.
const WIDTH: f64 = 720.0;
const LABELS: f64 = 200.0;
const VALUES: f64 = 70.0;

/// The chart as an `<svg>` element labelled by its title and description.
pub fn draw(id: &str, title: &str, description: &str, figure: &Figure) -> String {
    if figure.drawing == Drawing::Map {
        return map(id, title, description, figure);
    }
    let bar_area = WIDTH - LABELS - VALUES;
    let series = figure.columns.len().max(1);
    let band = match figure.drawing {
        Drawing::Stacked => 22.0,
        Drawing::Grouped | Drawing::Map => 6.0 + 10.0 * series as f64,
    };
    let max = figure
        .rows
        .iter()
        .map(|r| match figure.drawing {
            Drawing::Stacked => r.values.iter().sum::<i64>(),
            Drawing::Grouped | Drawing::Map => r.values.iter().copied().max().unwrap_or(0),
        })
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let legend_rows = figure.columns.len().div_ceil(3);
    let top = 8.0 + 20.0 * legend_rows as f64;
    let height = top + band * figure.rows.len().max(1) as f64 + 8.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" focusable="false"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(description),
    );
    for (i, column) in figure.columns.iter().enumerate() {
        let (x, y) = (8.0 + (i % 3) as f64 * 236.0, 8.0 + (i / 3) as f64 * 20.0);
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="12" height="12" fill="{}"/><text x="{}" y="{}" font-size="12" fill="currentColor">{}</text>"##,
            colour(i),
            x + 18.0,
            y + 11.0,
            escape(column),
        );
    }
    for (r, row) in figure.rows.iter().enumerate() {
        let y = top + band * r as f64;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" font-size="12" text-anchor="end" fill="currentColor">{}</text>"#,
            LABELS - 8.0,
            y + band / 2.0 + 4.0,
            escape(&shortened(&row.label, 30)),
        );
        let mut x = LABELS;
        for (i, value) in row.values.iter().enumerate() {
            let w = (*value as f64 / max * bar_area * 10.0).round() / 10.0;
            let (bx, by, bh) = match figure.drawing {
                Drawing::Stacked => (x, y + 3.0, band - 6.0),
                Drawing::Grouped | Drawing::Map => (LABELS, y + 3.0 + 10.0 * i as f64, 8.0),
            };
            if w > 0.0 {
                let _ = write!(
                    svg,
                    r#"<rect x="{bx}" y="{by}" width="{w}" height="{bh}" fill="{}"><title>{}: {}</title></rect>"#,
                    colour(i),
                    escape(figure.columns.get(i).map_or("", String::as_str)),
                    value,
                );
            }
            if figure.drawing == Drawing::Stacked {
                x += w;
            } else {
                let _ = write!(
                    svg,
                    r#"<text x="{}" y="{}" font-size="9" fill="currentColor">{value}</text>"#,
                    LABELS + w + 4.0,
                    by + 7.5,
                );
            }
        }
        if figure.drawing == Drawing::Stacked {
            let _ = write!(
                svg,
                r#"<text x="{}" y="{}" font-size="12" fill="currentColor">{}</text>"#,
                x + 6.0,
                y + band / 2.0 + 4.0,
                row.values.iter().sum::<i64>(),
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The largest mark's radius on the map, in canvas units (the canvas is 1000 wide).
const LARGEST_MARK: f64 = 24.0;

/// A [`Drawing::Map`] figure: one mark per row that has a place, its area proportional to
/// the row's total (so twice the heroes is twice the ink, not four times).
fn map(id: &str, title: &str, description: &str, figure: &Figure) -> String {
    let total = |values: &[i64]| values.iter().sum::<i64>();
    let max = figure
        .rows
        .iter()
        .filter(|r| r.at.is_some())
        .map(|r| total(&r.values))
        .max()
        .unwrap_or(0);
    let marks: Vec<Mark> = figure
        .rows
        .iter()
        .filter_map(|r| {
            let (latitude, longitude) = r.at?;
            let (x, y) = world_map::position(latitude, longitude);
            let value = total(&r.values);
            (value > 0).then(|| Mark {
                x,
                y,
                radius: world_map::proportional_radius(value, max, LARGEST_MARK),
                label: format!("{}: {value}", r.label),
                link: None,
            })
        })
        .collect();
    world_map::draw(id, title, Some(description), &marks)
}
