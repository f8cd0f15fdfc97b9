//! Source polling, as the job kind `poll-source` (one row per source, keyed by its id), run
//! by the job runner (`crate::jobs`) in `heroes serve` and `heroes worker`. Reading a feed
//! the way a source is read is also offered to other features ([`read_feed`]).

use super::fetch::{FetchConfig, Fetched, fetch};
use super::{feeds, metadata};
use crate::jobs::{JobContext, Registry};
use chrono::{Duration, Utc};
use heroes_domain::capture::SourceKind;
use heroes_domain::contribution::{ContributionInput, ContributionKind};
use heroes_domain::web::WebUrl;
use heroes_store::Db;
use heroes_store::capture::{self, Found, Seen, Source};
use heroes_store::jobs::Outcome;
use std::sync::Arc;

/// The job that polls one source; its key is the source id.
pub const POLL_SOURCE: &str = "poll-source";

/// Settings of the capture workers.
#[derive(Debug, Clone)]
pub struct CaptureConfig {
    /// Limits for fetching.
    pub fetch: FetchConfig,
    /// How often each source is polled after a success.
    pub poll_every: Duration,
    /// The GitHub API (changed by tests to a local server).
    pub github_api: String,
    /// How many pages of a poll's new items are read at once.
    pub fetch_concurrency: usize,
    /// How many of a poll's new items have their page read for a canonical link (the newest
    /// ones), to recognize syndicated copies.
    pub canonical_pages: usize,
}

impl Default for CaptureConfig {
    fn default() -> Self {
        Self {
            fetch: FetchConfig::default(),
            poll_every: Duration::hours(1),
            github_api: "https://api.github.com".to_owned(),
            fetch_concurrency: 4,
            canonical_pages: 10,
        }
    }
}

/// Registers source polling with the job runner.
pub fn register(registry: &mut Registry, config: &CaptureConfig) {
    let config = Arc::new(config.clone());
    registry.queued(POLL_SOURCE, move |ctx| poll_job(ctx, config.clone()));
}

async fn poll_job(ctx: JobContext, config: Arc<CaptureConfig>) -> Outcome {
    let Ok(id) = ctx.key.parse::<i64>() else {
        return Outcome::Done(None);
    };
    match capture::source(&ctx.db, id).await {
        Ok(Some(source)) => poll(&ctx.db, &config, &source).await,
        // The source was removed: nothing left to do.
        Ok(None) => Outcome::Done(None),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

/// Runs the tasks, at most `limit` at once, and returns their results in the order they end.
/// A task that panics is logged and left out (a job it held is taken again when its lease
/// expires).
async fn at_most<T, F>(limit: usize, tasks: impl IntoIterator<Item = F>) -> Vec<T>
where
    T: Send + 'static,
    F: Future<Output = T> + Send + 'static,
{
    let mut running = tokio::task::JoinSet::new();
    let mut done = Vec::new();
    let mut collect = |result: Result<T, tokio::task::JoinError>| match result {
        Ok(value) => done.push(value),
        Err(e) => tracing::error!(error = %e, "a worker task ended abnormally"),
    };
    for task in tasks {
        while running.len() >= limit.max(1) {
            if let Some(result) = running.join_next().await {
                collect(result);
            }
        }
        running.spawn(task);
    }
    while let Some(result) = running.join_next().await {
        collect(result);
    }
    done
}

/// Polls one source, offers what is new, and records the result on the source.
pub async fn poll(db: &Db, config: &CaptureConfig, source: &Source) -> Outcome {
    let result = match source.kind {
        SourceKind::GitHub => poll_github(config, source).await,
        SourceKind::Feed => poll_feed(config, source).await,
    };
    let next = Some(Utc::now() + config.poll_every);
    match result {
        Ok(mut polled) => {
            match offer(db, config, source, &mut polled.items).await {
                Ok(unclaimed) if !unclaimed.is_empty() => {
                    polled.skipped.get_or_insert_default().extend(unclaimed);
                }
                Ok(_) => {}
                Err(e) => {
                    let reason = e.to_string();
                    let _ = capture::source_failed(db, source.id, &reason).await;
                    return Outcome::Failed(reason);
                }
            }
            if let Some(skipped) = &mut polled.skipped {
                cap_lines(skipped, SKIPPED_LINES);
            }
            match capture::source_polled(
                db,
                source.id,
                polled.etag.as_deref(),
                polled.last_modified.as_deref(),
                polled.skipped.as_deref(),
            )
            .await
            {
                Ok(()) => Outcome::Done(next),
                Err(e) => Outcome::Failed(format!("{e:#}")),
            }
        }
        Err(reason) => {
            let _ = capture::source_failed(db, source.id, &reason).await;
            Outcome::Failed(reason)
        }
    }
}

/// How many skipped items a source lists (a long feed of old posts would fill the page).
const SKIPPED_LINES: usize = 20;

/// Keeps the first `max` lines and says how many more there were.
fn cap_lines(lines: &mut Vec<String>, max: usize) {
    if lines.len() > max {
        let more = lines.len() - max;
        lines.truncate(max);
        lines.push(format!("… and {more} more"));
    }
}

/// Reads the feed at `url` the way a source is read (following a page's feed link), without
/// storing it as a source: what it published, or why it could not be read.
pub(crate) async fn read_feed(config: &CaptureConfig, url: &str) -> Result<Vec<Found>, String> {
    let source = Source {
        id: 0,
        hero_id: 0,
        kind: SourceKind::Feed,
        target: url.to_owned(),
        auto_accept: false,
        etag: None,
        last_modified: None,
        last_success_at: None,
        last_error: None,
        last_error_at: None,
        last_skipped: None,
        created_at: Utc::now(),
    };
    poll_feed(config, &source).await.map(|polled| polled.items)
}

/// Offers a poll's items; with auto-accept, the new ones become contributions at once.
/// Returns a line for each new item that could not be claimed (they stay offered): one item
/// never stops the others.
async fn offer(
    db: &Db,
    config: &CaptureConfig,
    source: &Source,
    items: &mut [Found],
) -> anyhow::Result<Vec<String>> {
    let seen = capture::seen(db, source.hero_id, items).await?;
    if source.kind == SourceKind::Feed {
        read_canonical_links(config, &seen, items).await;
    }
    let fresh = capture::offer_seen(db, source.hero_id, source.id, items, seen).await?;
    let mut unclaimed = Vec::new();
    if !source.auto_accept || !fresh.contains(&true) {
        return Ok(unclaimed);
    }
    let waiting = capture::waiting(db, source.hero_id).await?;
    for (found, _) in items.iter().zip(&fresh).filter(|(_, new)| **new) {
        if let Some(s) = waiting.iter().find(|s| s.url == found.url) {
            // Items were parsed when read (`feeds::offerable`), so this holds; should a rule
            // change between the two, the item waits for the hero instead of stopping the rest.
            match input_of(found).parse(Utc::now().date_naive()) {
                Ok(item) => {
                    // Declined meanwhile by the hero: their decision stands.
                    capture::claim(db, source.hero_id, s.id, &item).await?;
                }
                Err(errors) => {
                    let reason = errors.first().map(ToString::to_string).unwrap_or_default();
                    unclaimed.push(feeds::skipped_line(&found.title, &found.url, &reason));
                }
            }
        }
    }
    Ok(unclaimed)
}

/// Reads the pages of a poll's newest posts that the hero's records do not know yet (at most
/// `config.canonical_pages`, `config.fetch_concurrency` at once) for the original each page
/// names (`<link rel="canonical">`), so that a post syndicated from the hero's blog is
/// recorded as another link of that post. A page that cannot be read names nothing: it
/// never fails the poll.
async fn read_canonical_links(config: &CaptureConfig, seen: &Seen, items: &mut [Found]) {
    // Posts are what gets syndicated (dev.to, Medium, Hashnode); videos and episodes are not.
    let post = ContributionKind::BlogPost.slug();
    let mut new: Vec<usize> = (0..items.len())
        .filter(|i| items[*i].kind == post && !seen.knows(&items[*i]))
        .collect();
    new.sort_by_key(|i| std::cmp::Reverse(items[*i].published_on));
    new.truncate(config.canonical_pages);
    let reads = new.into_iter().map(|i| {
        let (fetch_config, url) = (config.fetch.clone(), items[i].url.clone());
        async move { (i, canonical_link_of(&fetch_config, &url).await) }
    });
    for (i, link) in at_most(config.fetch_concurrency, reads).await {
        let item = &mut items[i];
        item.canonical_link = link.filter(|l| *l != item.canonical);
    }
}

/// The canonical form of the address a page names as its original, if it can be read.
async fn canonical_link_of(config: &FetchConfig, url: &str) -> Option<String> {
    match fetch(config, url, None, None).await {
        Ok(Fetched::Body {
            bytes,
            url,
            content_type,
            ..
        }) if content_type.contains("html") => {
            let link = metadata::canonical_link(&String::from_utf8_lossy(&bytes), &url)?;
            WebUrl::parse("url", &link).ok().map(|u| u.canonical())
        }
        Ok(_) => None,
        Err(e) => {
            tracing::debug!(%url, error = %e, "an item's page could not be read for its canonical link");
            None
        }
    }
}

/// A found item as a contribution form would hold it.
pub fn input_of(found: &Found) -> ContributionInput {
    ContributionInput {
        kind: found.kind.clone(),
        title: found.title.clone(),
        url: found.url.clone(),
        date: found.published_on.to_string(),
        description: found.description.clone(),
        stars: found.stars.map(|s| s.to_string()).unwrap_or_default(),
        ..ContributionInput::default()
    }
}

/// What one poll found.
struct Polled {
    items: Vec<Found>,
    /// Items left out, one line each (see `feeds::FeedItems::skipped`); `None` when the
    /// feed had not changed (what was skipped before still is).
    skipped: Option<Vec<String>>,
    etag: Option<String>,
    last_modified: Option<String>,
}

async fn poll_feed(config: &CaptureConfig, source: &Source) -> Result<Polled, String> {
    let today = Utc::now().date_naive();
    let mut target = source.target.clone();
    // At most one hop from an HTML page to the feed it announces.
    for _ in 0..2 {
        let fetched = fetch(
            &config.fetch,
            &target,
            source.etag.as_deref().filter(|_| target == source.target),
            source
                .last_modified
                .as_deref()
                .filter(|_| target == source.target),
        )
        .await
        .map_err(|e| e.to_string())?;
        let Fetched::Body {
            bytes,
            url,
            content_type,
            etag,
            last_modified,
        } = fetched
        else {
            return Ok(Polled {
                items: Vec::new(),
                skipped: None,
                etag: None,
                last_modified: None,
            });
        };
        if content_type.contains("html") {
            let html = String::from_utf8_lossy(&bytes);
            match metadata::feed_link(&html, &url) {
                Some(feed) => {
                    target = feed;
                    continue;
                }
                None => {
                    return Err(
                        "the address is a web page that announces no feed; give the feed's address"
                            .to_owned(),
                    );
                }
            }
        }
        let feed = feeds::items(&bytes, &url, today).map_err(|e| e.0)?;
        return Ok(Polled {
            items: feed.found,
            skipped: Some(feed.skipped),
            etag,
            last_modified,
        });
    }
    Err("the page's feed link leads to another page, not a feed".to_owned())
}

#[derive(serde::Deserialize)]
struct Repo {
    html_url: String,
    name: String,
    description: Option<String>,
    #[serde(default)]
    stargazers_count: i64,
    created_at: chrono::DateTime<Utc>,
    #[serde(default)]
    fork: bool,
}

async fn poll_github(config: &CaptureConfig, source: &Source) -> Result<Polled, String> {
    let login = source.target.trim();
    if login.is_empty() || !login.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err("this is not a GitHub user name".to_owned());
    }
    let url = format!(
        "{}/users/{login}/repos?type=owner&sort=created&per_page=100",
        config.github_api.trim_end_matches('/')
    );
    let fetched = fetch(&config.fetch, &url, source.etag.as_deref(), None)
        .await
        .map_err(|e| match e {
            super::fetch::FetchError::Status(404) => "GitHub knows no user of this name".to_owned(),
            other => other.to_string(),
        })?;
    let Fetched::Body { bytes, etag, .. } = fetched else {
        return Ok(Polled {
            items: Vec::new(),
            skipped: None,
            etag: None,
            last_modified: None,
        });
    };
    let repos: Vec<Repo> = serde_json::from_slice(&bytes).map_err(|_| {
        "GitHub answered with something that is not a list of repositories".to_owned()
    })?;
    let today = Utc::now().date_naive();
    let mut polled = Polled {
        items: Vec::new(),
        skipped: Some(Vec::new()),
        etag,
        last_modified: None,
    };
    for repo in repos.into_iter().filter(|r| !r.fork) {
        // Parsed like a feed item: what cannot be claimed is not offered.
        let input = ContributionInput {
            kind: ContributionKind::OpenSource.slug().to_owned(),
            title: repo.name.clone(),
            url: repo.html_url.clone(),
            date: repo.created_at.date_naive().min(today).to_string(),
            description: repo.description.unwrap_or_default(),
            stars: repo.stargazers_count.to_string(),
            ..ContributionInput::default()
        };
        match feeds::offerable(&input, today) {
            Ok(found) => polled.items.push(found),
            Err(reason) => {
                polled
                    .skipped
                    .get_or_insert_default()
                    .push(feeds::skipped_line(&repo.name, &repo.html_url, &reason));
            }
        }
    }
    Ok(polled)
}
