//! Feeds of public contributions: Atom 1.0 and JSON Feed 1.1, for everything, one hero, or
//! one specialization. What every feed of the site shares is in [`crate::feeds`].

use super::StreamParams;
use crate::app::AppState;
use crate::error::PageError;
use crate::feeds::{
    AtomEntry, AtomFeed, FEED_LANGUAGE, JsonFeed, JsonFeedAuthor, JsonFeedExtension, JsonFeedItem,
    atom_response, carried, json_feed_response, latest, tag_uri,
};
use crate::web::QueryPairs;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use heroes_store::contributions::{ContributionView, StreamQuery};
use heroes_store::{heroes, specializations};

/// Entries per feed.
const FEED_SIZE: i64 = 50;

/// The site-wide feed's title.
const ALL_TITLE: &str = "Heroes: latest contributions";

fn atom(
    headers: &HeaderMap,
    base: &str,
    feed_id: &str,
    title: String,
    self_path: &str,
    html_path: &str,
    items: Vec<ContributionView>,
) -> Result<Response, PageError> {
    let feed = AtomFeed {
        lang: FEED_LANGUAGE,
        id: tag_uri(base, feed_id),
        title: carried(title),
        self_url: format!("{base}{self_path}"),
        html_url: format!("{base}{html_path}"),
        updated: latest(items.iter().map(|c| c.updated_at)),
        entries: items
            .into_iter()
            .map(|c| {
                let mut categories = vec![c.kind.clone()];
                categories.extend(c.tags());
                AtomEntry {
                    id: tag_uri(base, &format!("contribution:{}", c.id)),
                    updated: c.updated_at.to_rfc3339(),
                    published: format!("{}T00:00:00Z", c.published_on),
                    author_url: format!("{base}/heroes/{}", c.hero_slug),
                    author: carried(c.hero_name),
                    summary: carried(c.description),
                    title: carried(c.title),
                    url: carried(c.url),
                    related: c.also_at.into_iter().map(carried).collect(),
                    categories: categories.into_iter().map(carried).collect(),
                }
            })
            .collect(),
    };
    atom_response(headers, &feed)
}

async fn stream(state: &AppState, query: StreamQuery) -> Result<Vec<ContributionView>, PageError> {
    Ok(state
        .contributions(&StreamQuery {
            limit: FEED_SIZE,
            offset: 0,
            ..query
        })
        .await?)
}

/// Keeps the understood filters of a feed URL (feeds are read by machines that cannot act on a
/// message, so unknown values are simply ignored).
async fn filters(state: &AppState, pairs: &QueryPairs) -> Result<StreamParams, PageError> {
    let all = state.specializations(true).await?;
    Ok(StreamParams::parse(pairs, &all, false))
}

/// `?filters` of a site-wide feed (empty without filters), for its own and its page's URL.
fn query_suffix(params: &StreamParams) -> String {
    let qs = params.query_string(None, false);
    if qs.is_empty() { qs } else { format!("?{qs}") }
}

/// A hero and the newest of their public contributions (404 for an unknown slug).
async fn hero_items(
    state: &AppState,
    slug: &str,
) -> Result<(heroes::HeroDetail, Vec<ContributionView>), PageError> {
    let hero = heroes::get(&state.db, slug).await?;
    let items = stream(
        state,
        StreamQuery {
            hero: Some(hero.card.slug.clone()),
            ..StreamQuery::default()
        },
    )
    .await?;
    Ok((hero, items))
}

/// A specialization and the newest public contributions in it (404 for an unknown slug); an
/// old slug (from before a rename) gets, instead, a 301 to the same feed (`feed`:
/// "/feed.atom" or "/feed.json") at the current slug.
async fn specialization_items(
    state: &AppState,
    slug: &str,
    feed: &str,
) -> Result<Result<(specializations::Specialization, Vec<ContributionView>), Response>, PageError> {
    let spec = match crate::specializations::current_or_moved(&state.db, slug, feed).await? {
        Ok(spec) => spec,
        Err(moved) => return Ok(Err(moved)),
    };
    let items = stream(
        state,
        StreamQuery {
            specializations: vec![spec.slug.clone()],
            ..StreamQuery::default()
        },
    )
    .await?;
    Ok(Ok((spec, items)))
}

/// A JSON Feed 1.1 of `items`; `self_path` and `html_path` carry the feed's filters, so a
/// reader that subscribes from `feed_url` keeps them.
fn json_feed(
    headers: &HeaderMap,
    base: &str,
    title: String,
    self_path: &str,
    html_path: &str,
    items: Vec<ContributionView>,
) -> Result<Response, PageError> {
    let feed = JsonFeed::new(
        title,
        format!("{base}{html_path}"),
        format!("{base}{self_path}"),
        items
            .into_iter()
            .map(|c| {
                let mut tags = vec![c.kind.clone()];
                tags.extend(c.tags());
                JsonFeedItem {
                    id: tag_uri(base, &format!("contribution:{}", c.id)),
                    date_published: format!("{}T00:00:00Z", c.published_on),
                    date_modified: Some(c.updated_at.to_rfc3339()),
                    authors: vec![JsonFeedAuthor {
                        url: format!("{base}/heroes/{}", c.hero_slug),
                        name: carried(c.hero_name),
                    }],
                    content_text: carried(if c.description.is_empty() {
                        c.title.clone()
                    } else {
                        c.description
                    }),
                    extension: (!c.also_at.is_empty()).then(|| JsonFeedExtension {
                        also_at: c.also_at.into_iter().map(carried).collect(),
                    }),
                    url: carried(c.url),
                    title: carried(c.title),
                    tags: tags.into_iter().map(carried).collect(),
                }
            })
            .collect(),
    );
    json_feed_response(headers, &feed)
}

/// The two formats every contributions feed comes in.
#[derive(Clone, Copy)]
enum Format {
    Atom,
    Json,
}

impl Format {
    /// How the feed's address ends (`atom`, `json`).
    fn extension(self) -> &'static str {
        match self {
            Format::Atom => "atom",
            Format::Json => "json",
        }
    }
}

/// What one contributions feed is about, the same in both formats.
struct About {
    /// The `what` of the Atom feed's `tag:` id.
    id: String,
    title: String,
    /// The feed's own address without its extension, as `/heroes/ada/feed`.
    feed: String,
    /// The page the feed follows, as `/heroes/ada`.
    page: String,
    /// `?filters` of both addresses (empty without filters).
    query: String,
}

/// The feed about `about` of `items` in `format`.
fn answer(
    state: &AppState,
    headers: &HeaderMap,
    format: Format,
    about: About,
    items: Vec<ContributionView>,
) -> Result<Response, PageError> {
    let base = &state.config.base_url;
    let self_path = format!("{}.{}{}", about.feed, format.extension(), about.query);
    let html_path = format!("{}{}", about.page, about.query);
    match format {
        Format::Atom => atom(
            headers,
            base,
            &about.id,
            about.title,
            &self_path,
            &html_path,
            items,
        ),
        Format::Json => json_feed(headers, base, about.title, &self_path, &html_path, items),
    }
}

/// The site-wide feed, with the filters of its URL.
async fn all(
    state: &AppState,
    pairs: &QueryPairs,
    headers: &HeaderMap,
    format: Format,
) -> Result<Response, PageError> {
    let params = filters(state, pairs).await?;
    let items = stream(state, params.query.clone()).await?;
    let query = query_suffix(&params);
    let about = About {
        id: format!("contributions{query}"),
        title: ALL_TITLE.to_owned(),
        feed: "/feeds/contributions".to_owned(),
        page: "/contributions".to_owned(),
        query,
    };
    answer(state, headers, format, about, items)
}

/// A hero's feed.
async fn hero(
    state: &AppState,
    slug: &str,
    headers: &HeaderMap,
    format: Format,
) -> Result<Response, PageError> {
    let (hero, items) = hero_items(state, slug).await?;
    let slug = &hero.card.slug;
    let about = About {
        id: format!("hero:{slug}"),
        title: format!("{}: contributions", hero.card.display_name),
        feed: format!("/heroes/{slug}/feed"),
        page: format!("/heroes/{slug}"),
        query: String::new(),
    };
    answer(state, headers, format, about, items)
}

/// A specialization's feed (a 301 from an old slug).
async fn specialization(
    state: &AppState,
    slug: &str,
    headers: &HeaderMap,
    format: Format,
) -> Result<Response, PageError> {
    let feed = format!("/feed.{}", format.extension());
    let (spec, items) = match specialization_items(state, slug, &feed).await? {
        Ok(found) => found,
        Err(moved) => return Ok(moved),
    };
    let about = About {
        id: format!("specialization:{}", spec.slug),
        title: format!("{} heroes: contributions", spec.name),
        feed: format!("/specializations/{}/feed", spec.slug),
        page: format!("/specializations/{}", spec.slug),
        query: String::new(),
    };
    answer(state, headers, format, about, items)
}

/// `GET /feeds/contributions.atom`.
pub async fn all_atom(
    State(state): State<AppState>,
    pairs: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    all(&state, &pairs, &headers, Format::Atom).await
}

/// `GET /feeds/contributions.json`: JSON Feed 1.1, with the filters of its URL.
pub async fn all_json(
    State(state): State<AppState>,
    pairs: QueryPairs,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    all(&state, &pairs, &headers, Format::Json).await
}

/// `GET /heroes/{slug}/feed.atom`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn hero_atom(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    hero(&state, &slug, &headers, Format::Atom).await
}

/// `GET /heroes/{slug}/feed.json`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn hero_json(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    hero(&state, &slug, &headers, Format::Json).await
}

/// `GET /specializations/{slug}/feed.atom`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn specialization_atom(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    specialization(&state, &slug, &headers, Format::Atom).await
}

/// `GET /specializations/{slug}/feed.json`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn specialization_json(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    specialization(&state, &slug, &headers, Format::Json).await
}
