//! `/admin/dashboard`: the program team's charts. Each chart is drawn by the server as SVG
//! (no script), carries a title and a description, repeats its data as a table for screen
//! readers, and gives the same data as CSV. Every chart reads the same filter
//! (specialization, region, country, period), kept in the links between them.
//!
//! The dashboard is data, like the admin home: [`panels::PANELS`] lists the panels, one module
//! per feature, each with its charts; the pages and the templates never name one.

pub mod charts;
pub mod jobs;
pub mod panels;
mod svg;

use crate::app::AppState;
use crate::contributions::own::csv_cell;
use crate::error::PageError;
use crate::extract::{Allowed, ReadProgramData};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use charts::{Ask, Chart, Figure, Panel};
use chrono::Utc;
use heroes_domain::dashboards::Period;
use heroes_domain::geo::{CountryCode, Region};
use heroes_store::dashboards::Filter;
use heroes_store::specializations::Specialization;
use panels::PANELS;
use std::sync::Arc;

/// The filter as chosen, for the form and the links (the values as typed in the query, once
/// they parse; anything else is dropped and the default applies).
#[derive(Debug, Clone, Default)]
pub struct Chosen {
    specialization: String,
    region: String,
    country: String,
    from: String,
    to: String,
}

impl Chosen {
    /// `?specialization=…&…`, empty values left out; "" when nothing is chosen.
    fn query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("specialization", &self.specialization),
            ("region", &self.region),
            ("country", &self.country),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            if !value.is_empty() {
                out.append_pair(key, value);
            }
        }
        let pairs = out.finish();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{pairs}")
        }
    }
}

/// Reads the filter from the query: unknown specializations, regions and countries are
/// ignored, a period that does not parse falls back to the last twelve months.
fn read_filter(query: &QueryPairs, all: &[Specialization]) -> (Filter, Chosen) {
    let today = Utc::now().date_naive();
    let specialization = query.first("specialization").and_then(|slug| {
        all.iter()
            .find(|s| s.slug == slug || s.previous_slugs.iter().any(|p| p == slug))
    });
    let region = query.first("region").and_then(|r| Region::parse(r).ok());
    let country = query
        .first("country")
        .and_then(|c| CountryCode::parse(c).ok());
    let period = Period::parse(query.first("from"), query.first("to"), today);
    let chosen = Chosen {
        specialization: specialization.map(|s| s.slug.clone()).unwrap_or_default(),
        region: region.map(|r| r.slug().to_owned()).unwrap_or_default(),
        country: country
            .as_ref()
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default(),
        from: period.from.to_string(),
        to: period.to.to_string(),
    };
    (
        Filter {
            specialization: specialization.map(|s| s.id),
            region,
            country,
            period,
        },
        chosen,
    )
}

/// The filter form's choices.
pub struct Choices {
    specializations: Vec<Specialization>,
    regions: [Region; 3],
    /// Every country with its name in the reader's language, by that name.
    countries: Vec<(CountryCode, String)>,
}

impl Choices {
    fn new(specializations: Vec<Specialization>, i18n: &I18n) -> Choices {
        Choices {
            specializations,
            regions: Region::ALL,
            countries: i18n.countries_by_name(CountryCode::all()),
        }
    }
}

/// `/admin/dashboard`: every chart, linked with the filter kept.
#[derive(Template, WebTemplate)]
#[template(path = "admin/dashboard.html")]
pub struct DashboardPage {
    i18n: I18n,
    panels: &'static [&'static Panel],
    chosen: Chosen,
    choices: Choices,
    action: String,
}

/// `GET /admin/dashboard`.
pub async fn index(
    State(state): State<AppState>,
    _: Allowed<ReadProgramData>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let all = state.specializations(true).await?;
    let (_, chosen) = read_filter(&query, &all);
    Ok(private(DashboardPage {
        choices: Choices::new(all, &i18n),
        i18n,
        panels: PANELS,
        chosen,
        action: "/admin/dashboard".into(),
    }))
}

/// One chart's page.
#[derive(Template, WebTemplate)]
#[template(path = "admin/dashboard_chart.html")]
pub struct ChartPage {
    i18n: I18n,
    chart: &'static Chart,
    figure: Figure,
    svg: String,
    chosen: Chosen,
    choices: Choices,
    action: String,
    shown: usize,
}

impl ChartPage {
    fn colour(&self, i: &usize) -> &'static str {
        svg::colour(*i)
    }

    fn period(&self) -> String {
        self.i18n.t_args(
            "dashboard-period",
            &[
                ("from", self.chosen.from.clone()),
                ("to", self.chosen.to.clone()),
            ],
        )
    }
}

fn find(slug: &str) -> Result<&'static Chart, PageError> {
    panels::charts()
        .find(|c| c.slug == slug)
        .ok_or(PageError::NotFound)
}

async fn figure(
    state: &AppState,
    i18n: &I18n,
    chart: &Chart,
    query: &QueryPairs,
) -> Result<(Figure, Chosen, Vec<Specialization>), PageError> {
    let all = state.specializations(true).await?;
    let (filter, chosen) = read_filter(query, &all);
    let ask = Arc::new(Ask {
        db: state.db.clone(),
        filter,
        i18n: i18n.clone(),
        specializations: all.clone(),
        today: Utc::now().date_naive(),
    });
    let figure = (chart.load)(ask).await?;
    Ok((figure, chosen, all))
}

/// `GET /admin/dashboard/{chart}`.
pub async fn show(
    State(state): State<AppState>,
    _: Allowed<ReadProgramData>,
    i18n: I18n,
    Path(slug): Path<String>,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let chart = find(&slug)?;
    let (figure, chosen, all) = figure(&state, &i18n, chart, &query).await?;
    let svg = svg::draw(
        chart.slug,
        &i18n.t(chart.title),
        &i18n.t(chart.description),
        &figure,
    );
    Ok(private(ChartPage {
        action: format!("/admin/dashboard/{}", chart.slug),
        shown: panels::FOLLOW_UP_SHOWN,
        choices: Choices::new(all, &i18n),
        i18n,
        chart,
        figure,
        svg,
        chosen,
    }))
}

/// The figure as CSV: a header row, then one line per row (and, when the chart lists rows
/// under it, a blank line and that listing, complete).
pub fn csv(figure: &Figure) -> String {
    let line = |cells: Vec<String>| {
        let mut l = cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(",");
        l.push_str("\r\n");
        l
    };
    let mut out = line(
        std::iter::once(figure.label.clone())
            .chain(figure.columns.iter().cloned())
            .collect(),
    );
    for row in &figure.rows {
        out.push_str(&line(
            std::iter::once(row.label.clone())
                .chain(row.values.iter().map(i64::to_string))
                .collect(),
        ));
    }
    if let Some(listing) = &figure.listing {
        out.push_str("\r\n");
        out.push_str(&line(listing.columns.clone()));
        for row in &listing.rows {
            out.push_str(&line(row.clone()));
        }
    }
    out
}

/// `GET /admin/dashboard/{chart}/data.csv`: the chart's data, filtered like its page.
pub async fn show_csv(
    State(state): State<AppState>,
    _: Allowed<ReadProgramData>,
    i18n: I18n,
    Path(slug): Path<String>,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let chart = find(&slug)?;
    let (figure, _, _) = figure(&state, &i18n, chart, &query).await?;
    let mut response = private((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
        csv(&figure),
    ));
    let disposition = format!("attachment; filename=\"{}.csv\"", chart.slug);
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).expect("slugs are ASCII"),
    );
    Ok(response)
}
