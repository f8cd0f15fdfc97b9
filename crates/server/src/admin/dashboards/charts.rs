//! The charts of the dashboard. [`CHARTS`] lists them, each one [`Chart`] with a loader that
//! turns the store's figures into a [`Figure`]. A feature adds its chart by adding one entry
//! (and its messages); no other chart, the page or the template changes.

use crate::i18n::I18n;
use chrono::{NaiveDate, Utc};
use heroes_domain::contribution::ContributionKind;
use heroes_domain::dashboards::{Band, Stage, Windows};
use heroes_domain::feedback::median;
use heroes_domain::geo::{CountryCode, Region};
use heroes_domain::hero::HeroStatus;
use heroes_store::dashboards::{self as store, Filter, HeroCount};
use heroes_store::specializations::Specialization;
use heroes_store::{Db, StoreResult};
use std::collections::{BTreeMap, HashMap};
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
    fn specialization_name(&self, id: i64) -> String {
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

/// Every chart, in the order listed.
pub const CHARTS: &[Chart] = &[
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
    Chart {
        slug: "activity-bands",
        title: "dashboard-activity-bands",
        description: "dashboard-activity-bands-description",
        load: |ask| Box::pin(activity_bands(ask)),
    },
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
];

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
    let counts = store::heroes_by_country(&ask.db, &ask.filter).await?;
    let mut rows: Vec<Row> = by_status(&counts, &[])
        .into_iter()
        .map(|(country, values)| Row {
            label: CountryCode::parse(&country)
                .map(|c| c.name().to_owned())
                .unwrap_or(country.clone()),
            link: Some(format!("/heroes?country={country}")),
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
        drawing: Drawing::Stacked,
        listing: None,
    })
}

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
                values: vec![h.value],
            })
            .collect(),
        drawing: Drawing::Stacked,
        listing: None,
    })
}

/// Heroes to follow up listed on the page (the CSV lists every one).
pub const FOLLOW_UP_SHOWN: usize = 200;

async fn activity_bands(ask: Arc<Ask>) -> StoreResult<Figure> {
    let heroes = store::activity(&ask.db, &ask.filter, Windows::ending(ask.today)).await?;
    let mut counts = [0i64; 4];
    let mut follow_up: Vec<(Band, store::HeroActivity)> = Vec::new();
    for h in heroes {
        let band = Band::of(h.recent, h.before);
        counts[Band::ALL.iter().position(|b| *b == band).expect("a band")] += 1;
        if band.needs_follow_up() {
            follow_up.push((band, h));
        }
    }
    // Those who stopped most recently first: they are the easiest to bring back.
    follow_up.sort_by(|(a, x), (b, y)| a.cmp(b).then(y.latest.cmp(&x.latest)));
    let band_name = |b: Band| ask.i18n.t(&format!("dashboard-band-{}", b.slug()));
    let none = ask.i18n.t("dashboard-none-in-window");
    let listing = Listing {
        heading: "dashboard-follow-up",
        columns: [
            "dashboard-hero",
            "dashboard-country",
            "dashboard-band",
            "dashboard-recent",
            "dashboard-before",
            "dashboard-latest",
        ]
        .iter()
        .map(|id| ask.i18n.t(id))
        .collect(),
        more: follow_up.len().saturating_sub(FOLLOW_UP_SHOWN),
        links: follow_up
            .iter()
            .map(|(_, h)| Some(format!("/heroes/{}", h.slug)))
            .collect(),
        rows: follow_up
            .iter()
            .map(|(band, h)| {
                vec![
                    h.display_name.clone(),
                    h.country.clone(),
                    band_name(*band),
                    h.recent.to_string(),
                    h.before.to_string(),
                    h.latest.map_or_else(|| none.clone(), |d| d.to_string()),
                ]
            })
            .collect(),
    };
    Ok(Figure {
        label: ask.i18n.t("dashboard-band"),
        columns: vec![ask.i18n.t("dashboard-heroes")],
        rows: Band::ALL
            .iter()
            .zip(counts)
            .map(|(b, n)| Row {
                label: band_name(*b),
                link: None,
                values: vec![n],
            })
            .collect(),
        drawing: Drawing::Stacked,
        listing: Some(listing),
    })
}

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
                    values: vec![counts[0], counts[1], counts[2], mean],
                }
            })
            .collect(),
        drawing: Drawing::Grouped,
        listing: None,
    })
}
