//! Activity: the bands every active hero is classed in (with the list to follow up) and the
//! distribution of renewal readiness.

use crate::admin::dashboards::charts::{Ask, Chart, Drawing, Figure, Listing, Panel, Row};
use heroes_domain::dashboards::{Band, ReadinessLevel, Windows};
use heroes_store::StoreResult;
use heroes_store::dashboards as store;
use std::sync::Arc;

/// The activity panel.
pub const PANEL: Panel = Panel {
    title: "dashboard-panel-activity",
    charts: &[
        Chart {
            slug: "activity-bands",
            title: "dashboard-activity-bands",
            description: "dashboard-activity-bands-description",
            load: |ask| Box::pin(activity_bands(ask)),
        },
        Chart {
            slug: "renewal-readiness",
            title: "dashboard-renewal-readiness",
            description: "dashboard-renewal-readiness-description",
            load: |ask| Box::pin(renewal_readiness(ask)),
        },
    ],
};

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
    Ok(Figure {
        label: ask.i18n.t("dashboard-band"),
        columns: vec![ask.i18n.t("dashboard-heroes")],
        rows: Band::ALL
            .iter()
            .zip(counts)
            .map(|(b, n)| Row {
                label: band_name(&ask, *b),
                link: None,
                at: None,
                values: vec![n],
            })
            .collect(),
        drawing: Drawing::Stacked,
        listing: Some(follow_up_listing(&ask, &follow_up)),
    })
}

/// A band's name in the reader's language.
fn band_name(ask: &Ask, band: Band) -> String {
    ask.i18n.t(&format!("dashboard-band-{}", band.slug()))
}

/// The heroes to follow up, each linking to their profile.
fn follow_up_listing(ask: &Ask, follow_up: &[(Band, store::HeroActivity)]) -> Listing {
    let none = ask.i18n.t("dashboard-none-in-window");
    Listing {
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
                    band_name(ask, *band),
                    h.recent.to_string(),
                    h.before.to_string(),
                    h.latest.map_or_else(|| none.clone(), |d| d.to_string()),
                ]
            })
            .collect(),
    }
}

/// Active heroes by readiness level as of today (the filter's period does not apply: the
/// rubric's window is always the last twelve months, as on the renewal pages).
async fn renewal_readiness(ask: Arc<Ask>) -> StoreResult<Figure> {
    let scores = store::readiness(&ask.db, &ask.filter, ask.today).await?;
    let mut counts = [0i64; ReadinessLevel::ALL.len()];
    for (points, heroes) in scores {
        let level = ReadinessLevel::of(points);
        counts[ReadinessLevel::ALL
            .iter()
            .position(|l| *l == level)
            .expect("a level")] += heroes;
    }
    Ok(Figure {
        label: ask.i18n.t("dashboard-readiness-level"),
        columns: vec![ask.i18n.t("dashboard-heroes")],
        rows: ReadinessLevel::ALL
            .iter()
            .zip(counts)
            .map(|(l, n)| {
                Row::new(
                    ask.i18n.t(&format!("dashboard-readiness-{}", l.slug())),
                    vec![n],
                )
            })
            .collect(),
        drawing: Drawing::Stacked,
        listing: None,
    })
}
