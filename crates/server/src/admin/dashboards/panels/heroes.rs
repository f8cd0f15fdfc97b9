//! Heroes: by the year first named, specialization, region and country, and the world map.

use crate::admin::dashboards::charts::{Ask, Chart, Drawing, Figure, Panel, Row};
use crate::i18n::I18n;
use heroes_domain::geo::{CountryCode, Region, country_centre};
use heroes_domain::hero::HeroStatus;
use heroes_store::StoreResult;
use heroes_store::dashboards::{self as store, HeroCount};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// The heroes panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-heroes",
    charts: &[
        Chart {
            slug: "heroes-by-year",
            title: "dashboard-heroes-by-year",
            description: "dashboard-heroes-by-year-description",
            load: |ask| Box::pin(heroes_by_year(ask)),
        },
        Chart {
            slug: "heroes-by-specialization",
            title: "dashboard-heroes-by-specialization",
            description: "dashboard-heroes-by-specialization-description",
            load: |ask| Box::pin(heroes_by_specialization(ask)),
        },
        Chart {
            slug: "heroes-by-region",
            title: "dashboard-heroes-by-region",
            description: "dashboard-heroes-by-region-description",
            load: |ask| Box::pin(heroes_by_region(ask)),
        },
        Chart {
            slug: "heroes-by-country",
            title: "dashboard-heroes-by-country",
            description: "dashboard-heroes-by-country-description",
            load: |ask| Box::pin(heroes_by_country(ask)),
        },
        Chart {
            slug: "heroes-map",
            title: "dashboard-heroes-map",
            description: "dashboard-heroes-map-description",
            load: |ask| Box::pin(heroes_map(ask)),
        },
    ],
};

fn statuses(i18n: &I18n) -> Vec<String> {
    HeroStatus::ALL
        .iter()
        .map(|s| i18n.t(&format!("status-{}", s.slug())))
        .collect()
}

/// Rows keyed by `key` with one value per status, in `keys` order.
fn by_status(counts: &[HeroCount], keys: &[String]) -> BTreeMap<String, Vec<i64>> {
    let mut table: BTreeMap<String, Vec<i64>> = keys
        .iter()
        .map(|k| (k.clone(), vec![0; HeroStatus::ALL.len()]))
        .collect();
    for c in counts {
        let column = HeroStatus::ALL
            .iter()
            .position(|s| *s == c.status)
            .expect("every status has a column");
        table
            .entry(c.key.clone())
            .or_insert_with(|| vec![0; HeroStatus::ALL.len()])[column] += c.heroes;
    }
    table
}

async fn heroes_by_year(ask: Arc<Ask>) -> StoreResult<Figure> {
    let counts = store::heroes_by_year(&ask.db, &ask.filter).await?;
    let years: Vec<String> = (ask.filter.period.from.year()..=ask.filter.period.to.year())
        .map(|y| y.to_string())
        .collect();
    let table = by_status(&counts, &years);
    Ok(Figure {
        label: ask.i18n.t("dashboard-year"),
        columns: statuses(&ask.i18n),
        rows: years
            .iter()
            .map(|y| Row {
                label: y.clone(),
                link: None,
                at: None,
                values: table[y].clone(),
            })
            .collect(),
        drawing: Drawing::Stacked,
        listing: None,
    })
}

async fn heroes_by_specialization(ask: Arc<Ask>) -> StoreResult<Figure> {
    let counts = store::heroes_by_specialization(&ask.db, &ask.filter).await?;
    let table = by_status(&counts, &[]);
    let rows = ask
        .specializations
        .iter()
        .filter_map(|s| {
            table.get(&s.id.to_string()).map(|values| Row {
                label: s.name.clone(),
                link: Some(format!("/specializations/{}", s.slug)),
                at: None,
                values: values.clone(),
            })
        })
        .collect();
    Ok(Figure {
        label: ask.i18n.t("dashboard-specialization"),
        columns: statuses(&ask.i18n),
        rows,
        drawing: Drawing::Stacked,
        listing: None,
    })
}

async fn heroes_by_region(ask: Arc<Ask>) -> StoreResult<Figure> {
    let counts = store::heroes_by_country(&ask.db, &ask.filter).await?;
    let mut totals: HashMap<Region, Vec<i64>> = HashMap::new();
    for (country, values) in by_status(&counts, &[]) {
        let Ok(code) = CountryCode::parse(&country) else {
            continue;
        };
        let entry = totals
            .entry(code.region())
            .or_insert_with(|| vec![0; HeroStatus::ALL.len()]);
        for (total, v) in entry.iter_mut().zip(values) {
            *total += v;
        }
    }
    Ok(Figure {
        label: ask.i18n.t("dashboard-region"),
        columns: statuses(&ask.i18n),
        rows: Region::ALL
            .iter()
            .map(|r| Row {
                label: ask.i18n.t(&format!("region-{}", r.slug())),
                link: None,
                at: None,
                values: totals
                    .get(r)
                    .cloned()
                    .unwrap_or_else(|| vec![0; HeroStatus::ALL.len()]),
            })
            .collect(),
        drawing: Drawing::Stacked,
        listing: None,
    })
}

async fn heroes_by_country(ask: Arc<Ask>) -> StoreResult<Figure> {
    country_figure(&ask, Drawing::Stacked).await
}

/// The heroes of each country by status, most first; drawn as bars or as the map.
async fn country_figure(ask: &Ask, drawing: Drawing) -> StoreResult<Figure> {
    let counts = store::heroes_by_country(&ask.db, &ask.filter).await?;
    let mut rows: Vec<Row> = by_status(&counts, &[])
        .into_iter()
        .map(|(country, values)| Row {
            label: ask.i18n.country(&country),
            link: Some(format!("/heroes?country={country}")),
            at: country_centre(&country),
            values,
        })
        .collect();
    rows.sort_by(|a, b| {
        let total = |r: &Row| r.values.iter().sum::<i64>();
        total(b).cmp(&total(a)).then(a.label.cmp(&b.label))
    });
    Ok(Figure {
        label: ask.i18n.t("dashboard-country"),
        columns: statuses(&ask.i18n),
        rows,
        drawing,
        listing: None,
    })
}

/// The heroes of each country as a mark at the country's centre (`geo::country_centre`: the
/// mean of its larger cities), its area proportional to the country's heroes; the table
/// under it has every country, those without a centre too.
async fn heroes_map(ask: Arc<Ask>) -> StoreResult<Figure> {
    country_figure(&ask, Drawing::Map).await
}
