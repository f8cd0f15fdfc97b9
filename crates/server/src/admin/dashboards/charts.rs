//! What a chart of the dashboard is: a [`Chart`] with a loader that turns the store's figures
//! into a [`Figure`], grouped in [`Panel`]s. The panels themselves live in `panels/`, one
//! module per feature, and `panels::PANELS` registers them: a feature adds its panel as a
//! module and one line there (and its messages); no other panel, the pages or the templates
//! change.

use crate::i18n::I18n;
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::dashboards::Month;
use heroes_store::dashboards::Filter;
use heroes_store::specializations::Specialization;
use heroes_store::{Db, StoreResult};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// How a chart draws its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawing {
    /// One bar per row, its columns stacked (parts of a whole).
    Stacked,
    /// One bar per column in each row (separate measures on one scale).
    Grouped,
    /// A world map with a mark per row placed at the row's [`Row::at`], its area
    /// proportional to the row's first value.
    Map,
}

/// One row of a figure.
#[derive(Debug, Clone)]
pub struct Row {
    /// What the row is about (a month, a hero, a band).
    pub label: String,
    /// A page about it, if there is one.
    pub link: Option<String>,
    /// One value per column.
    pub values: Vec<i64>,
    /// Where it is (latitude, longitude), for a map; `None` leaves it off the map (the
    /// table still has it).
    pub at: Option<(f64, f64)>,
}

impl Row {
    /// A row with no link and no place.
    pub fn new(label: String, values: Vec<i64>) -> Row {
        Row {
            label,
            link: None,
            values,
            at: None,
        }
    }
}

/// Further rows shown under a chart (the heroes to follow up), with their own columns.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    /// Message id of the listing's heading.
    pub heading: &'static str,
    /// Column headings (the first names the row).
    pub columns: Vec<String>,
    /// Rows of text cells, the first linking to `links[i]` when given.
    pub rows: Vec<Vec<String>>,
    /// A link for each row's first cell.
    pub links: Vec<Option<String>>,
    /// Rows left out of the page (the CSV has every one).
    pub more: usize,
}

/// What a chart shows: a table of numbers, drawn as bars.
#[derive(Debug, Clone)]
pub struct Figure {
    /// Heading of the row labels.
    pub label: String,
    /// Column headings, one per value.
    pub columns: Vec<String>,
    /// The rows, in the order drawn.
    pub rows: Vec<Row>,
    /// How to draw it.
    pub drawing: Drawing,
    /// Rows listed under the chart.
    pub listing: Option<Listing>,
}

/// What every loader gets: the pool, the filter, the reader's language, the specializations
/// (for names) and today's date.
pub struct Ask {
    /// The pool.
    pub db: Db,
    /// The chosen filter.
    pub filter: Filter,
    /// The reader's language.
    pub i18n: I18n,
    /// Every specialization, retired ones too (history keeps them).
    pub specializations: Vec<Specialization>,
    /// Today, for the activity windows.
    pub today: NaiveDate,
}

impl Ask {
    /// The name of specialization `id` ("none" for 0 or one not known).
    pub fn specialization_name(&self, id: i64) -> String {
        self.specializations
            .iter()
            .find(|s| s.id == id)
            .map_or_else(
                || self.i18n.t("dashboard-no-specialization"),
                |s| s.name.clone(),
            )
    }
}

/// A figure being read from the store.
pub type Loading = Pin<Box<dyn Future<Output = StoreResult<Figure>> + Send>>;

/// One chart of the dashboard.
pub struct Chart {
    /// Its address under `/admin/dashboard/`.
    pub slug: &'static str,
    /// Message id of its title.
    pub title: &'static str,
    /// Message id of one or two sentences saying what it shows and how it is counted.
    pub description: &'static str,
    /// Reads its figure.
    pub load: fn(Arc<Ask>) -> Loading,
}

/// A group of charts about one feature, listed under its title on the dashboard.
pub struct Panel {
    /// Message id of its title.
    pub title: &'static str,
    /// Its charts, in the order listed.
    pub charts: &'static [Chart],
}

/// Rows of one month each over the filter's period, with `columns` values: every
/// `(day, column, value)` adds `value` to its month's column (days outside the period are
/// left out). For the panels that count things by the month they happened in.
pub fn per_month(
    ask: &Ask,
    columns: usize,
    items: impl IntoIterator<Item = (NaiveDate, usize, i64)>,
) -> Vec<Row> {
    let months = ask.filter.period.months();
    let mut cells: HashMap<Month, Vec<i64>> =
        months.iter().map(|m| (*m, vec![0; columns])).collect();
    for (day, column, value) in items {
        if let Some(row) = cells.get_mut(&Month::of(day))
            && let Some(cell) = row.get_mut(column)
        {
            *cell += value;
        }
    }
    months
        .iter()
        .map(|m| Row::new(m.to_string(), cells.remove(m).unwrap_or_default()))
        .collect()
}

/// Message ids translated, in order (for column headings).
pub fn headings(ask: &Ask, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| ask.i18n.t(id)).collect()
}

/// Per month of the period: how many were asked, how many answered, and the median whole
/// days from asking to answer (0 when none was answered). For feedback answered by staff,
/// mentoring requests "answered" by a match, and the like.
pub fn answered_by_month(
    ask: &Ask,
    asked: impl IntoIterator<Item = (Month, DateTime<Utc>, Option<DateTime<Utc>>)>,
) -> Vec<Row> {
    let mut by_month: HashMap<Month, (i64, Vec<i64>)> = HashMap::new();
    for (month, at, answered) in asked {
        let entry = by_month.entry(month).or_default();
        entry.0 += 1;
        if let Some(answered) = answered {
            entry.1.push((answered - at).num_days());
        }
    }
    ask.filter
        .period
        .months()
        .into_iter()
        .map(|m| {
            let (count, mut days) = by_month.remove(&m).unwrap_or_default();
            let answered = days.len() as i64;
            Row::new(
                m.to_string(),
                vec![
                    count,
                    answered,
                    heroes_domain::feedback::median(&mut days).unwrap_or(0),
                ],
            )
        })
        .collect()
}
