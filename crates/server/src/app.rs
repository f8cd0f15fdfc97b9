//! Application state and the server's life cycle (listen, serve, shut down gracefully).

use crate::cache::PageCache;
use crate::router;
use anyhow::Context;
use heroes_store::Db;
use std::net::SocketAddr;
use std::sync::Arc;

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
    /// Where mail goes: an SMTP server, or only the outbox table.
    pub mail: crate::mail::MailConfig,
    /// Single sign-on for staff, if configured.
    pub sso: Option<crate::auth::sso::SsoConfig>,
    /// Contribution capture: fetch limits, poll interval, the GitHub API.
    pub capture: crate::capture::worker::CaptureConfig,
    /// Whether `serve` also runs the background workers.
    pub run_workers: bool,
    /// Reverse proxies whose `X-Forwarded-For` names the client (for throttling and the
    /// audit log).
    pub trusted_proxies: Vec<std::net::IpAddr>,
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
            mail: crate::mail::MailConfig::default(),
            sso: None,
            capture: crate::capture::worker::CaptureConfig::default(),
            run_workers: true,
            trusted_proxies: Vec::new(),
        })
    }

    /// Whether the site is served over TLS: cookies get `Secure`, responses get HSTS.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

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
            config: Arc::new(config),
        }
    }
}

/// Listens on `bind` and serves until SIGINT or SIGTERM; in-flight requests finish first.
pub async fn serve(db: Db, config: Config, bind: SocketAddr) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(bind).await.map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::AddrInUse => {
                " (is another heroes running? choose another address with --bind)"
            }
            std::io::ErrorKind::PermissionDenied => " (ports below 1024 need privileges)",
            _ => "",
        };
        anyhow::anyhow!("could not listen on {bind}: {e}{hint}")
    })?;
    let base_url = config.base_url.clone();
    crate::mail::spawn_delivery(db.clone(), config.mail.clone());
    if config.run_workers {
        let mut workers = config.capture.clone();
        workers.base_url = base_url.clone();
        crate::capture::worker::spawn(db.clone(), workers);
    }
    let app = router::router(AppState::new(db.clone(), config));
    tracing::info!(%bind, backend = ?db.backend(), "heroes is listening");
    println!("heroes is running: open {base_url}/ (Ctrl-C to stop)");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("serving HTTP")?;
    db.close().await;
    tracing::info!("heroes stopped");
    Ok(())
}

async fn shutdown_signal() {
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
    tracing::info!("shutdown requested, finishing in-flight requests");
}
