//! `/feeds/events.atom` and `/feeds/events.json`: the coming events (with the filters of
//! `/events`), newest scheduled first in readers that sort by date, each entry saying when and
//! where in its summary.

use super::event_query;
use crate::app::AppState;
use crate::error::PageError;
use crate::feeds::{Listed, Listing, ListingEntry, carried};
use crate::i18n::I18n;
use crate::web::QueryPairs;
use chrono::Utc;
use heroes_store::events::{self, EventSummary};

fn entry(i18n: &I18n, e: &EventSummary) -> ListingEntry {
    let place = match (e.venue.as_str(), e.online) {
        ("", _) => i18n.t("event-online"),
        (venue, _) => venue.to_owned(),
    };
    ListingEntry {
        key: e.id.to_string(),
        title: carried(&e.title),
        published: e.updated_at,
        updated: e.updated_at,
        author: Some(carried(
            e.group_name
                .clone()
                .unwrap_or_else(|| i18n.t("event-of-the-program")),
        )),
        summary: carried(format!(
            "{} · {} · {}",
            super::time_in_zone(i18n, e.starts_at, &e.time_zone),
            place,
            e.description
        )),
        json: serde_json::json!({
            "_heroes": { "starts_at": e.starts_at, "ends_at": e.ends_at, "time_zone": e.time_zone },
        }),
    }
}

/// The coming events `/events` lists (`feeds::atom::<Coming>`, `feeds::json::<Coming>`).
pub struct Coming;

impl Listed for Coming {
    async fn listing(
        state: &AppState,
        i18n: &I18n,
        query: &QueryPairs,
    ) -> Result<Listing, PageError> {
        let mut query = event_query(query, Utc::now());
        query.limit = 100;
        let list = events::list(&state.db, &query).await?;
        Ok(Listing {
            title: i18n.t("events-title"),
            page: "/events",
            feed: "/feeds/events",
            entries: list.iter().map(|e| entry(i18n, e)).collect(),
        })
    }
}
