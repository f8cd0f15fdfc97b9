//! Application state and the server's life cycle (listen, serve, shut down gracefully).
//!
//! Connections are served by hyper directly rather than `axum::serve`, which offers neither
//! a header read timeout nor a cap on connections: without them a client that sends one
//! header line and then nothing (slowloris) holds a connection, and a file descriptor, for
//! ever.

use crate::cache::PageCache;
use crate::router;
use axum::Router;
use axum::extract::ConnectInfo;
use heroes_store::directory::DirectoryIndex;
use heroes_store::heroes::{DirectoryPage, DirectoryQuery};
use heroes_store::{Db, StoreResult};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tower::ServiceExt;

/// The highest connection cap accepted (far above any file-descriptor limit).
pub const MOST_CONNECTIONS: usize = 1 << 20;

/// Limits on the connections a listener serves.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// How long a client has to send a request's headers, counted from the moment the server
    /// waits for them; an idle keep-alive connection is closed after the same time.
    pub header_read_timeout: Duration,
    /// Connections served at once. Further clients wait in the kernel's accept queue until
    /// one closes, so the process never runs out of file descriptors.
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            max_connections: 512,
        }
    }
}

/// Requests per client per minute to the API and feeds unless `--api-rate-limit` says
/// otherwise: ten a second on average, enough to page through the whole directory in a burst.
pub const DEFAULT_API_RATE_LIMIT: u32 = 600;

/// Settings that do not change while the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Public address without a trailing slash, for absolute links in feeds and cards.
    pub base_url: String,
    /// Whether public responses are cached (see [`crate::cache`]).
    pub page_cache: bool,
    /// How long the cache trusts the data version it last read.
    pub cache_check_interval: std::time::Duration,
    /// The most bytes (keys and bodies) the cache holds.
    pub page_cache_bytes: u64,
    /// Whether directory pages are answered from memory (see `heroes_store::directory`).
    pub directory_index: bool,
    /// Where mail goes: an SMTP server, or only the outbox table.
    pub mail: crate::mail::MailConfig,
    /// Single sign-on for staff, if configured.
    pub sso: Option<crate::auth::sso::SsoConfig>,
    /// Contribution capture: fetch limits, poll interval, the GitHub API.
    pub capture: crate::capture::worker::CaptureConfig,
    /// The job runner: jobs at once, lease, idle polling.
    pub jobs: crate::jobs::JobsConfig,
    /// Whether `serve` also runs the background workers.
    pub run_workers: bool,
    /// Reverse proxies whose `X-Forwarded-For` names the client (for throttling and the
    /// audit log).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// The bearer token that opens `/metrics` on the main listener; without one it is not
    /// served there (see `--metrics-bind`).
    pub metrics_token: Option<String>,
    /// Header read timeout and connection cap of every listener.
    pub connections: ConnectionLimits,
    /// Requests per minute each client may make to the API and the feeds (per instance);
    /// 0 turns the limit off (see [`crate::rate_limit`]).
    pub api_rate_limit: u32,
}

impl Config {
    /// Checks the base URL once, at start-up.
    pub fn new(base_url: String) -> anyhow::Result<Config> {
        let trimmed = base_url.trim_end_matches('/').to_owned();
        if !(trimmed.starts_with("http://") || trimmed.starts_with("https://")) {
            anyhow::bail!("--base-url must start with http:// or https:// (got {base_url:?})");
        }
        Ok(Config {
            base_url: trimmed,
            page_cache: true,
            cache_check_interval: std::time::Duration::from_millis(100),
            page_cache_bytes: 64 * 1024 * 1024,
            directory_index: true,
            mail: crate::mail::MailConfig::default(),
            sso: None,
            capture: crate::capture::worker::CaptureConfig::default(),
            jobs: crate::jobs::JobsConfig::default(),
            run_workers: true,
            trusted_proxies: Vec::new(),
            metrics_token: None,
            connections: ConnectionLimits::default(),
            api_rate_limit: DEFAULT_API_RATE_LIMIT,
        })
    }

    /// Whether the site is served over TLS: cookies get `Secure`, responses get HSTS.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// How many of the stream's newest contributions each instance keeps in memory
/// ([`AppState::contributions`]): 25 pages of the stream page, 5 of the API's largest.
const STREAM_WINDOW_ROWS: i64 = 500;

/// What every handler can reach. Cheap to clone; instances hold no other state, so any
/// number of them can serve the same database.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub db: Db,
    /// Settings.
    pub config: Arc<Config>,
    /// Rendered public responses, when enabled.
    pub cache: Option<Arc<PageCache>>,
    /// The directory's heroes in memory, read again when the data version moves
    /// (`heroes_store::directory`); with or without the response cache. Use
    /// [`AppState::directory`].
    pub directory_index: Option<Arc<DirectoryIndex>>,
    /// The specializations, read again when the data version moves. Use
    /// [`AppState::specializations`].
    pub specialization_list: Arc<heroes_store::specializations::ListCache>,
    /// The content stream's totals, read again when the data version moves. Use
    /// [`AppState::contribution_count`].
    pub contribution_counts: Arc<heroes_store::contributions::CountCache>,
    /// The content stream's newest rows, read again when the data version moves. Use
    /// [`AppState::contributions`].
    pub stream_window: Arc<heroes_store::contributions::StreamWindow>,
    /// What speaker suggestions ask about every hero, read again when the data version moves
    /// (`heroes_store::speakers::index`).
    pub speaker_index: Arc<heroes_store::speakers::SpeakerIndex>,
    /// Requests counted per client for the API and feeds; `None` when the limit is off.
    pub rate_limiter: Option<Arc<crate::rate_limit::RateLimiter>>,
}

impl AppState {
    /// Builds the state.
    pub fn new(db: Db, config: Config) -> Self {
        Self {
            db,
            cache: config.page_cache.then(|| {
                Arc::new(PageCache::new(
                    config.cache_check_interval,
                    config.page_cache_bytes,
                ))
            }),
            directory_index: config
                .directory_index
                .then(|| Arc::new(DirectoryIndex::new(config.cache_check_interval))),
            specialization_list: Arc::new(heroes_store::specializations::ListCache::new(
                config.cache_check_interval,
            )),
            contribution_counts: Arc::new(heroes_store::contributions::CountCache::new(
                config.cache_check_interval,
            )),
            stream_window: Arc::new(heroes_store::contributions::StreamWindow::new(
                config.cache_check_interval,
                STREAM_WINDOW_ROWS,
            )),
            speaker_index: Arc::new(heroes_store::speakers::SpeakerIndex::new(
                config.cache_check_interval,
            )),
            rate_limiter: (config.api_rate_limit > 0)
                .then(|| Arc::new(crate::rate_limit::RateLimiter::new(config.api_rate_limit))),
            config: Arc::new(config),
        }
    }

    /// Every specialization in display order (retired ones only when `include_retired`), with
    /// its hero count: `heroes_store::specializations::list`, kept per data version.
    pub async fn specializations(
        &self,
        include_retired: bool,
    ) -> StoreResult<Vec<heroes_store::specializations::Specialization>> {
        self.specialization_list
            .list(&self.db, include_retired)
            .await
    }

    /// How many public contributions match `query`: `heroes_store::contributions::count`,
    /// summed in memory from totals kept per data version where it can be.
    pub async fn contribution_count(
        &self,
        query: &heroes_store::contributions::StreamQuery,
    ) -> StoreResult<i64> {
        self.contribution_counts.count(&self.db, query).await
    }

    /// A page of public contributions, the same as `heroes_store::contributions::stream`:
    /// the stream's first pages from the newest rows kept in memory, the rest from the
    /// database.
    pub async fn contributions(
        &self,
        query: &heroes_store::contributions::StreamQuery,
    ) -> StoreResult<Vec<heroes_store::contributions::ContributionView>> {
        self.stream_window.stream(&self.db, query).await
    }

    /// A directory page: from the index when there is one, otherwise from the database.
    pub async fn directory(&self, query: &DirectoryQuery) -> StoreResult<DirectoryPage> {
        match &self.directory_index {
            Some(index) => index.directory(&self.db, query).await,
            None => heroes_store::heroes::directory(&self.db, query).await,
        }
    }
}

/// Listens on `bind` (and on `metrics_bind` for `/metrics`, if given) and serves until
/// SIGINT or SIGTERM; in-flight requests finish first.
pub async fn serve(
    db: Db,
    config: Config,
    bind: SocketAddr,
    metrics_bind: Option<SocketAddr>,
) -> anyhow::Result<()> {
    let listener = listen(bind, "--bind").await?;
    let metrics_listener = match metrics_bind {
        Some(address) => Some(listen(address, "--metrics-bind").await?),
        None => None,
    };
    let base_url = config.base_url.clone();
    let runner = if config.run_workers {
        let registry = crate::jobs::registry(&config);
        Some(crate::jobs::Runner::new(db.clone(), registry, config.jobs.clone())?.spawn())
    } else {
        None
    };
    let limits = config.connections;
    let state = AppState::new(db.clone(), config);
    // Read the directory's heroes now, beside the listener starting, so the first visitor does
    // not wait for it; a failure here is retried by the first request that needs the index.
    if let Some(index) = state.directory_index.clone() {
        let index_db = db.clone();
        tokio::spawn(async move {
            if let Err(error) = index.warm(&index_db).await {
                tracing::warn!(%error, "could not read the directory index at start");
            }
        });
    }
    // The speaker index likewise: the first organizer asking for suggestions does not wait.
    let speaker_index = state.speaker_index.clone();
    let index_db = db.clone();
    tokio::spawn(async move {
        if let Err(error) = speaker_index.warm(&index_db).await {
            tracing::warn!(%error, "could not read the speaker index at start");
        }
    });
    let app = router::router(state);
    // One signal stops both listeners.
    let (stop, stopped) = watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        let _ = stop.send(true);
    });
    let metrics = metrics_listener.map(|listener| {
        tracing::info!(bind = ?listener.local_addr().ok(), "metrics are served at /metrics");
        tokio::spawn(serve_on(
            listener,
            crate::health::metrics_router(),
            limits,
            wait_for(stopped.clone()),
        ))
    });
    tracing::info!(%bind, backend = ?db.backend(), "heroes is listening");
    println!("heroes is running: open {base_url}/ (Ctrl-C to stop)");
    serve_on(listener, app, limits, wait_for(stopped)).await;
    if let Some(runner) = runner {
        runner.shutdown().await;
    }
    if let Some(metrics) = metrics {
        let _ = metrics.await;
    }
    db.close().await;
    tracing::info!("heroes stopped");
    Ok(())
}

/// Binds `address`, or says in one sentence why not (`flag` names the option to change).
async fn listen(address: SocketAddr, flag: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(address).await.map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::AddrInUse => {
                format!(" (is another heroes running? choose another address with {flag})")
            }
            std::io::ErrorKind::PermissionDenied => {
                " (ports below 1024 need privileges)".to_owned()
            }
            _ => String::new(),
        };
        anyhow::anyhow!("could not listen on {address}: {e}{hint}")
    })
}

/// Resolves once `stopped` turns true (or its sender is gone).
async fn wait_for(mut stopped: watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stop| *stop).await;
}

/// Serves `app` on `listener` until `shutdown` resolves, then stops accepting, lets every
/// connection finish the request it is answering (idle ones close at once) and returns when
/// all are closed. Each connection gets `limits.header_read_timeout` to send its headers;
/// at most `limits.max_connections` are served at once.
pub async fn serve_on(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let max = limits.max_connections.clamp(1, MOST_CONNECTIONS);
    let slots = Arc::new(Semaphore::new(max));
    let (closing, closing_seen) = watch::channel(());
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // A free slot first: over the cap, clients wait in the kernel's accept queue.
        let slot = tokio::select! {
            () = &mut shutdown => break,
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
        };
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before we took it:
                    // pause briefly rather than spin, and go on.
                    tracing::warn!(error = %e, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let (app, closing) = (app.clone(), closing_seen.clone());
        let timeout = limits.header_read_timeout;
        tokio::spawn(async move {
            let _slot = slot;
            serve_connection(stream, peer, app, timeout, closing).await;
        });
    }
    drop(listener);
    let _ = closing.send(());
    // Every connection holds a slot until it is closed: having them all back means done.
    let _ = slots
        .acquire_many(u32::try_from(max).unwrap_or(u32::MAX))
        .await;
}

/// One accepted connection, served until the client closes it or, once `closing` changes,
/// until its request in flight is answered.
async fn serve_connection(
    stream: tokio::net::TcpStream,
    peer: std::net::SocketAddr,
    app: Router,
    header_read_timeout: Duration,
    mut closing: watch::Receiver<()>,
) {
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        // What `into_make_service_with_connect_info` gives handlers (client addresses
        // for throttling and the audit log).
        request.extensions_mut().insert(ConnectInfo(peer));
        app.clone().oneshot(request)
    });
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(header_read_timeout)
        .serve_connection(TokioIo::new(stream), service);
    let mut connection = std::pin::pin!(connection);
    let result = tokio::select! {
        result = connection.as_mut() => result,
        _ = closing.changed() => {
            connection.as_mut().graceful_shutdown();
            connection.await
        }
    };
    if let Err(e) = result {
        tracing::debug!(error = %e, %peer, "connection ended with an error");
    }
}

/// Resolves on Ctrl-C or SIGTERM (what container runtimes send to stop a process).
pub(crate) async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown requested, finishing what is in flight");
}
