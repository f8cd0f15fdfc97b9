//! The workers: claim due jobs from the database queue and run them. `heroes serve` runs
//! them next to the web server; `heroes worker` runs only them. Several instances on
//! PostgreSQL share the queue (see `heroes_store::jobs`).

use super::fetch::{FetchConfig, Fetched, fetch};
use super::{feeds, metadata};
use chrono::{Duration, Utc};
use heroes_domain::contribution::{ContributionInput, ContributionKind};
use heroes_domain::web::WebUrl;
use heroes_store::Db;
use heroes_store::capture::{self, Found, Seen, Source};
use heroes_store::jobs::{self, Job, Outcome};
use std::sync::Arc;

/// The job that polls one source; its key is the source id.
pub const POLL_SOURCE: &str = "poll-source";
/// The hourly job that removes expired sessions, links and sign-in failure counts.
pub const SWEEP: &str = "sweep";
/// The job that lists onboarded candidates whose announcement date has come (hourly, so a
/// new hero appears within the hour of midnight UTC on their day).
pub const ANNOUNCE: &str = "announce";
/// The one-off job that reads the feed a nominee named and attaches its recent items to
/// their candidacy as evidence; its key is the candidacy id.
pub const CANDIDATE_FEED: &str = "candidate-feed";

/// Settings of the capture workers.
#[derive(Debug, Clone)]
pub struct CaptureConfig {
    /// Limits for fetching.
    pub fetch: FetchConfig,
    /// How often each source is polled after a success.
    pub poll_every: Duration,
    /// The GitHub API (changed by tests to a local server).
    pub github_api: String,
    /// How long a claimed job is ours before another worker may take it.
    pub lease: Duration,
    /// How often an idle worker looks for due jobs.
    pub idle: std::time::Duration,
    /// The site's public address, for links in mail the jobs send.
    pub base_url: String,
    /// How many claimed jobs a worker runs at once (their fetches overlap; each job still
    /// finishes on its own, if its lease is still ours).
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
            lease: Duration::minutes(5),
            idle: std::time::Duration::from_secs(2),
            base_url: "http://127.0.0.1:8080".to_owned(),
            fetch_concurrency: 4,
            canonical_pages: 10,
        }
    }
}

/// How many jobs a worker claims at a time.
const CLAIM_BATCH: i64 = 10;

/// Claims due jobs once and runs them, `config.fetch_concurrency` at a time; returns how many
/// ran. Each job is finished as soon as it ends (a job whose lease was taken over is not
/// finished by us; see `jobs::finish`).
pub async fn run_once(db: &Db, config: &CaptureConfig, worker: &str) -> anyhow::Result<usize> {
    let claimed = jobs::claim(db, worker, CLAIM_BATCH, config.lease).await?;
    let count = claimed.len();
    let config = Arc::new(config.clone());
    let runs = claimed.into_iter().map(|job| {
        let (db, config, worker) = (db.clone(), config.clone(), worker.to_owned());
        async move {
            let outcome = run(&db, &config, &job).await;
            if let Outcome::Failed(reason) = &outcome {
                tracing::info!(job = %job.name, key = %job.job_key, %reason, "job failed; it will be retried");
            }
            jobs::finish(&db, &job, &worker, &outcome).await
        }
    });
    for finished in at_most(config.fetch_concurrency, runs).await {
        finished?;
    }
    Ok(count)
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

/// Runs workers until the process ends.
pub fn spawn(db: Db, config: CaptureConfig) {
    let worker = format!("{}-{}", hostname(), std::process::id());
    tokio::spawn(async move {
        // One sweep job for the whole program (scheduling is idempotent across instances).
        for (name, key) in [(SWEEP, "expired"), (ANNOUNCE, "due")] {
            if let Err(e) = jobs::schedule(&db, name, key, Utc::now()).await {
                tracing::warn!(error = %e, job = name, "could not schedule a periodic job");
            }
        }
        loop {
            match run_once(&db, &config, &worker).await {
                Ok(0) => tokio::time::sleep(config.idle).await,
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = format!("{e:#}"), "job round failed");
                    tokio::time::sleep(config.idle).await;
                }
            }
        }
    });
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_owned())
        .unwrap_or_else(|_| "heroes".to_owned())
}

async fn run(db: &Db, config: &CaptureConfig, job: &Job) -> Outcome {
    match job.name.as_str() {
        POLL_SOURCE => {
            let Ok(id) = job.job_key.parse::<i64>() else {
                return Outcome::Done(None);
            };
            match capture::source(db, id).await {
                Ok(Some(source)) => poll(db, config, &source).await,
                // The source was removed: nothing left to do.
                Ok(None) => Outcome::Done(None),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
        SWEEP => {
            let policy = heroes_store::accounts::ThrottlePolicy::default();
            match heroes_store::accounts::sweep(db, crate::auth::IDLE, policy.address_window).await
            {
                Ok(swept) => {
                    tracing::info!(?swept, "swept expired sessions, links and throttles");
                    Outcome::Done(Some(Utc::now() + Duration::hours(1)))
                }
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
        ANNOUNCE => {
            let i18n = crate::i18n::I18n::negotiate(None, None);
            match crate::selection::mine::announce_due(db, &config.base_url, &i18n).await {
                Ok(_) => Outcome::Done(Some(Utc::now() + Duration::hours(1))),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
        CANDIDATE_FEED => candidate_feed(db, config, &job.job_key).await,
        other => Outcome::Failed(format!("no worker knows the job {other:?}")),
    }
}

/// Polls one source, offers what is new, and records the result on the source.
pub async fn poll(db: &Db, config: &CaptureConfig, source: &Source) -> Outcome {
    let result = match source.kind.as_str() {
        "github" => poll_github(config, source).await,
        _ => poll_feed(config, source).await,
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
                Err(e) => Outcome::Failed(e.to_string()),
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

/// Reads the feed a nominee named (following a page's feed link, like a source) and attaches
/// what it published in the last twelve months to the candidacy.
async fn candidate_feed(db: &Db, config: &CaptureConfig, key: &str) -> Outcome {
    let Ok(id) = key.parse::<i64>() else {
        return Outcome::Done(None);
    };
    let candidacy = match heroes_store::selection::candidacy(db, id).await {
        Ok(Some(c)) => c,
        Ok(None) => return Outcome::Done(None),
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    let Some(url) = candidacy.feed_url else {
        return Outcome::Done(None);
    };
    // The feed is read the way a source is; this one is never stored as a source.
    let source = Source {
        id: 0,
        hero_id: 0,
        kind: "feed".to_owned(),
        target: url,
        auto_accept: false,
        etag: None,
        last_modified: None,
        last_success_at: None,
        last_error: None,
        last_error_at: None,
        last_skipped: None,
        created_at: Utc::now(),
    };
    match poll_feed(config, &source).await {
        Ok(polled) => {
            let today = Utc::now().date_naive();
            match heroes_store::selection::attach_found(db, id, &polled.items, today).await {
                Ok(_) => Outcome::Done(None),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
        Err(reason) => Outcome::Failed(reason),
    }
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
    if source.kind == "feed" {
        read_canonical_links(config, &seen, items).await;
    }
    let fresh = capture::offer_seen(db, source.hero_id, source.id, items, seen).await?;
    let mut unclaimed = Vec::new();
    if !source.auto_accept || !fresh.contains(&true) {
        return Ok(unclaimed);
    }
    let Some(slug) = heroes_store::heroes::slug_of(db, source.hero_id).await? else {
        return Ok(unclaimed);
    };
    let waiting = capture::waiting(db, source.hero_id).await?;
    for (found, _) in items.iter().zip(&fresh).filter(|(_, new)| **new) {
        if let Some(s) = waiting.iter().find(|s| s.url == found.url) {
            // Items were parsed when read (`feeds::offerable`), so this holds; should a rule
            // change between the two, the item waits for the hero instead of stopping the rest.
            match input_of(found).parse(Utc::now().date_naive()) {
                Ok(item) => {
                    capture::claim(db, &slug, source.hero_id, s.id, &item).await?;
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
