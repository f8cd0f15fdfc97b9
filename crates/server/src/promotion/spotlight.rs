//! The spotlight: approved promotion requests in their window, on the home page (a few at a
//! time, rotating), at `/spotlight` (all of them), in Atom and JSON feeds for the social
//! team's tools, and at `/api/v1/spotlight`.
//!
//! Every answer is marked with the instant it stops being true (the next window start or end,
//! or the home page's next rotation) so the response cache never serves an item past its
//! window: the clock moving bumps no data version.

use crate::app::AppState;
use crate::cache::fresh_until;
use crate::error::{ApiError, PageError};
use crate::feeds::{
    AtomEntry, AtomFeed, FEED_LANGUAGE, JsonFeed, JsonFeedAuthor, JsonFeedItem, atom_response,
    carried, json_feed_response, latest, tag_uri,
};
use crate::heroes::api::json_response;
use crate::i18n::I18n;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use heroes_domain::promotion::rotation;
use heroes_store::Db;
use heroes_store::promotion::{self as store, SpotItem};
use serde::Serialize;
use utoipa::ToSchema;

/// The items the home page shows at `now` (rotating when there are more than fit) and the
/// instant that choice next changes.
pub async fn home_items(
    db: &Db,
    now: DateTime<Utc>,
) -> heroes_store::StoreResult<(Vec<SpotItem>, Option<DateTime<Utc>>)> {
    let spotlight = store::spotlight(db, now).await?;
    let (shown, turn) = rotation(spotlight.live.len(), now);
    let items = shown
        .into_iter()
        .filter_map(|i| spotlight.live.get(i).cloned())
        .collect();
    let next = match (spotlight.next_change, turn) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    Ok((items, next))
}

/// `/spotlight`.
#[derive(Template, WebTemplate)]
#[template(path = "promotion/spotlight.html")]
pub struct SpotlightPage {
    i18n: I18n,
    items: Vec<SpotItem>,
}

impl SpotlightPage {
    fn kind(&self, kind: &str) -> String {
        self.i18n.t(&format!("kind-{kind}"))
    }
}

/// `GET /spotlight`.
pub async fn page(State(state): State<AppState>, i18n: I18n) -> Result<Response, PageError> {
    let spotlight = store::spotlight(&state.db, Utc::now()).await?;
    Ok(fresh_until(
        SpotlightPage {
            i18n,
            items: spotlight.live,
        }
        .into_response(),
        spotlight.next_change,
    ))
}

const FEED_TITLE: &str = "Heroes: spotlight";

/// `GET /spotlight/feed.atom`: an entry per item in the spotlight, dated when its window
/// started (so a reader sees it as new when it comes in).
pub async fn atom(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let spotlight = store::spotlight(&state.db, Utc::now()).await?;
    let base = &state.config.base_url;
    let feed = AtomFeed {
        lang: FEED_LANGUAGE,
        id: tag_uri(base, "spotlight"),
        title: FEED_TITLE.to_owned(),
        self_url: format!("{base}/spotlight/feed.atom"),
        html_url: format!("{base}/spotlight"),
        updated: latest(spotlight.live.iter().map(|i| i.starts_at)),
        entries: spotlight
            .live
            .iter()
            .map(|i| AtomEntry {
                id: tag_uri(base, &format!("spotlight:{}", i.id)),
                title: carried(&i.title),
                url: carried(&i.url),
                related: Vec::new(),
                updated: i.starts_at.to_rfc3339(),
                published: i.starts_at.to_rfc3339(),
                author: carried(&i.hero_name),
                author_url: format!("{base}/heroes/{}", i.hero_slug),
                summary: carried(&i.description),
                categories: vec![i.kind.clone()],
            })
            .collect(),
    };
    Ok(fresh_until(
        atom_response(&headers, &feed)?,
        spotlight.next_change,
    ))
}

/// `GET /spotlight/feed.json`: JSON Feed 1.1 of the same items.
pub async fn json(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let spotlight = store::spotlight(&state.db, Utc::now()).await?;
    let base = &state.config.base_url;
    let feed = JsonFeed::new(
        FEED_TITLE.to_owned(),
        format!("{base}/spotlight"),
        format!("{base}/spotlight/feed.json"),
        spotlight
            .live
            .iter()
            .map(|i| JsonFeedItem {
                id: tag_uri(base, &format!("spotlight:{}", i.id)),
                url: carried(&i.url),
                title: carried(&i.title),
                content_text: carried(if i.description.is_empty() {
                    i.title.clone()
                } else {
                    i.description.clone()
                }),
                date_published: i.starts_at.to_rfc3339(),
                date_modified: None,
                authors: vec![JsonFeedAuthor {
                    name: carried(&i.hero_name),
                    url: format!("{base}/heroes/{}", i.hero_slug),
                }],
                tags: vec![i.kind.clone()],
                extension: None,
            })
            .collect(),
    );
    Ok(fresh_until(
        json_feed_response(&headers, &feed)?,
        spotlight.next_change,
    ))
}

/// One item of `/api/v1/spotlight`: a contribution the program amplifies now.
#[derive(Serialize, ToSchema)]
#[schema(as = SpotlightItem, examples(ItemJson::example))]
pub struct ItemJson {
    /// The promotion's id (stable while it is in the spotlight).
    id: i64,
    title: String,
    url: String,
    kind: String,
    #[schema(format = Date)]
    published_on: String,
    description: String,
    #[schema(inline)]
    hero: HeroJson,
    /// When its window in the spotlight began.
    #[schema(format = DateTime)]
    starts_at: String,
    /// When its window ends.
    #[schema(format = DateTime)]
    ends_at: String,
}

/// The hero whose work it is.
#[derive(Serialize, ToSchema)]
struct HeroJson {
    slug: String,
    name: String,
    /// The hero's page.
    url: String,
}

impl ItemJson {
    /// The document's example.
    fn example() -> Self {
        ItemJson {
            id: 58,
            title: "Idempotent event handlers in practice".to_owned(),
            url: "https://ana.example.org/idempotent-handlers".to_owned(),
            kind: "blog-post".to_owned(),
            published_on: "2026-10-28".to_owned(),
            description: "Why a handler runs twice, and how to make that harmless.".to_owned(),
            hero: HeroJson {
                slug: "ana-lima".to_owned(),
                name: "Ana Lima".to_owned(),
                url: "https://heroes.example.org/heroes/ana-lima".to_owned(),
            },
            starts_at: "2026-11-02T00:00:00+00:00".to_owned(),
            ends_at: "2026-11-16T00:00:00+00:00".to_owned(),
        }
    }
}

/// The work in the spotlight now.
#[derive(Serialize, ToSchema)]
pub struct SpotlightJson {
    /// In the order their windows began.
    items: Vec<ItemJson>,
}

/// `GET /api/v1/spotlight`: the items in the spotlight now, in the order their windows began.
pub async fn api(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let spotlight = store::spotlight(&state.db, Utc::now()).await?;
    let base = &state.config.base_url;
    let body = SpotlightJson {
        items: spotlight
            .live
            .into_iter()
            .map(|i| ItemJson {
                id: i.id,
                published_on: i.published_on.to_string(),
                hero: HeroJson {
                    url: format!("{base}/heroes/{}", i.hero_slug),
                    slug: i.hero_slug,
                    name: i.hero_name,
                },
                title: i.title,
                url: i.url,
                kind: i.kind,
                description: i.description,
                starts_at: i.starts_at.to_rfc3339(),
                ends_at: i.ends_at.to_rfc3339(),
            })
            .collect(),
    };
    Ok(fresh_until(
        json_response(&headers, &body)?,
        spotlight.next_change,
    ))
}
