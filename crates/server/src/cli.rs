//! Command-line interface: every flag also reads a `HEROES_*` environment variable.

use crate::app::{self, Config};
use crate::demo::{self, DemoSize};
use crate::telemetry::{self, LogFormat};
use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use heroes_store::{Db, PoolConfig};
use std::net::SocketAddr;
use std::time::Duration;

/// heroes runs a community expert-recognition program: a public directory of experts, their
/// contributions, nominations, renewals and benefits.
///
/// Start with `heroes serve --demo` and open the printed address.
#[derive(Debug, Parser)]
#[command(name = "heroes", version, about, long_about)]
pub struct Cli {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Where the data lives. Every command needs it, so it is global: `--database-url` may come
/// before the command, after it, or after a subcommand (`heroes admin create-user
/// --database-url …`).
#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// SQLite file path (created if missing) or a postgres:// URL.
    #[arg(
        long = "database-url",
        env = "DATABASE_URL",
        default_value = "heroes.db",
        value_name = "URL",
        global = true
    )]
    pub url: String,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server until Ctrl-C or SIGTERM (migrates the database first).
    // Boxed: its many options would make every other variant as large.
    Serve(Box<ServeArgs>),
    /// Apply pending database migrations, then exit.
    Migrate,
    /// Fill the database with a generated demo program (for trying heroes out and benchmarks).
    Demo {
        /// Number of heroes to generate.
        #[arg(long, default_value_t = 320)]
        heroes: usize,
        /// Number of contributions to generate.
        #[arg(long, default_value_t = 6_000)]
        contributions: usize,
        /// Number of candidacies in the demo selection cycles (0 for none); added only to a
        /// database without cycles.
        #[arg(long, default_value_t = 60)]
        candidacies: usize,
        /// Random seed: the same seed gives the same program.
        #[arg(long, default_value_t = 2014)]
        seed: u64,
        /// The address `heroes serve` will answer at (its `--base-url`): the demo's portraits
        /// are served from there.
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        base_url: String,
    },
    /// Rebuild every hero's search document (after restoring a backup, for instance).
    Reindex,
    /// Import or export a hero's contributions as CSV or JSON.
    Contributions {
        #[command(subcommand)]
        command: crate::contributions::cli::ContributionsCommand,
    },
    /// Import a pool of credit codes, record expiries, or measure approvals per second.
    Credits {
        #[command(subcommand)]
        command: crate::credits::cli::CreditsCommand,
    },
    /// Run only the background jobs (polling contribution sources, announcements, the sweep,
    /// mail delivery), no web server. Start as many as you like: each job runs once, and each
    /// periodic job once per period, however many run.
    Worker {
        #[command(flatten)]
        capture: CaptureArgs,
        #[command(flatten)]
        mail: MailArgs,
        /// Public address of the site, for links in the mail jobs send (as `serve --base-url`).
        #[arg(
            long,
            env = "HEROES_BASE_URL",
            value_name = "URL",
            default_value = "http://127.0.0.1:8080"
        )]
        base_url: String,
        /// Log format: `text` for people, `json` for log collectors.
        #[arg(long, env = "HEROES_LOG_FORMAT", default_value = "text")]
        log_format: LogFormat,
    },
    /// Manage accounts and roles (create the first admin, grant and revoke roles).
    Admin {
        #[command(subcommand)]
        command: crate::admin::cli::AdminCommand,
    },
    /// Write every hero, public contribution or candidacy (with its decision) as CSV or
    /// JSON, to a file or standard output, with a progress bar.
    Export {
        /// What to export.
        #[arg(value_enum)]
        what: ExportWhat,
        /// The file format.
        #[arg(long, value_enum, default_value = "csv")]
        format: crate::exports::Format,
        /// The file to write (standard output when left out).
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
}

/// What `heroes export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportWhat {
    /// Every hero with every field.
    Heroes,
    /// Every public contribution.
    Contributions,
    /// Every candidacy with its decision.
    Candidacies,
}

/// Options of the contribution-capture workers.
#[derive(Debug, Clone, Args)]
pub struct CaptureArgs {
    /// Minutes between two polls of a source.
    #[arg(long, env = "HEROES_POLL_MINUTES", default_value_t = 60)]
    pub poll_minutes: i64,
    /// The GitHub API address (for GitHub Enterprise, or a local stand-in).
    #[arg(
        long,
        env = "HEROES_GITHUB_API",
        default_value = "https://api.github.com"
    )]
    pub github_api: String,
    /// Allow fetching from loopback addresses (local development and tests only).
    #[arg(long, env = "HEROES_FETCH_ALLOW_LOOPBACK")]
    pub fetch_allow_loopback: bool,
    /// How many jobs (source polls, mail delivery, …) each worker runs at once, and how many
    /// pages of a poll's new posts it reads at once (1 to 64).
    #[arg(long, env = "HEROES_FETCH_CONCURRENCY", default_value_t = 4)]
    pub fetch_concurrency: usize,
}

/// Options of outgoing mail.
#[derive(Debug, Clone, Args)]
pub struct MailArgs {
    /// SMTP server for outgoing mail: `smtp://user:pass@host:587?tls=required` (STARTTLS),
    /// `smtps://user:pass@host:465` (TLS) or `smtp://host:25` (plain, local relays only).
    /// Without it, mail is kept in the outbox (`/admin/outbox`).
    #[arg(long, env = "HEROES_SMTP_URL", value_name = "URL")]
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail.
    #[arg(
        long,
        env = "HEROES_MAIL_FROM",
        default_value = "heroes <no-reply@localhost>",
        value_name = "MAILBOX"
    )]
    pub mail_from: String,
}

impl MailArgs {
    fn apply(self, config: &mut crate::mail::MailConfig) {
        config.smtp_url = self.smtp_url;
        config.from = self.mail_from;
    }
}

impl CaptureArgs {
    fn config(&self) -> anyhow::Result<crate::capture::worker::CaptureConfig> {
        if self.poll_minutes < 1 {
            anyhow::bail!(
                "--poll-minutes must be at least 1 (got {})",
                self.poll_minutes
            );
        }
        if !(1..=64).contains(&self.fetch_concurrency) {
            anyhow::bail!(
                "--fetch-concurrency must be between 1 and 64 (got {})",
                self.fetch_concurrency
            );
        }
        let mut config = crate::capture::worker::CaptureConfig {
            poll_every: chrono::Duration::minutes(self.poll_minutes),
            github_api: self.github_api.clone(),
            fetch_concurrency: self.fetch_concurrency,
            ..Default::default()
        };
        config.fetch.allow_loopback = self.fetch_allow_loopback;
        Ok(config)
    }
}

/// Options of `heroes serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "HEROES_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Public address of the site, used in feeds, sitemaps and share cards
    /// (default: http://BIND).
    #[arg(long, env = "HEROES_BASE_URL", value_name = "URL")]
    pub base_url: Option<String>,
    /// Fill an empty database with the demo program before serving.
    #[arg(long, env = "HEROES_DEMO")]
    pub demo: bool,
    /// Log format: `text` for people, `json` for log collectors.
    #[arg(long, env = "HEROES_LOG_FORMAT", default_value = "text")]
    pub log_format: LogFormat,
    /// Cache rendered public pages, API answers and feeds (invalidated by every write).
    #[arg(long, env = "HEROES_PAGE_CACHE", default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub page_cache: bool,
    /// How often (milliseconds) the cache re-reads the data version: how long a change made
    /// through another instance may take to show. 0 checks on every request.
    #[arg(
        long,
        env = "HEROES_CACHE_CHECK_MS",
        default_value_t = 100,
        value_name = "MS"
    )]
    pub cache_check_ms: u64,
    /// The most memory (megabytes of URLs and bodies) the response cache holds; at least 1.
    #[arg(
        long,
        env = "HEROES_PAGE_CACHE_MB",
        default_value_t = 64,
        value_name = "MB",
        value_parser = clap::value_parser!(u64).range(1..=65_536)
    )]
    pub page_cache_mb: u64,
    /// Answer directory pages from the heroes held in memory (read again when the data
    /// version moves); `false` asks the database for every page, as before the index.
    #[arg(long, env = "HEROES_DIRECTORY_INDEX", default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub directory_index: bool,
    /// Database connections per instance.
    #[arg(long, env = "HEROES_DB_POOL_SIZE")]
    pub db_pool_size: Option<u32>,
    #[command(flatten)]
    pub mail: MailArgs,
    /// How long (milliseconds) a request waits for a database connection before it is
    /// answered 503 with Retry-After (the database is down, or every connection is busy).
    #[arg(
        long,
        env = "HEROES_DB_WAIT_MS",
        default_value_t = 2_000,
        value_name = "MS"
    )]
    pub db_wait_ms: u64,
    /// Serve Prometheus metrics at /metrics on this separate address (for the monitoring
    /// network only); the main listener does not serve them without --metrics-token.
    #[arg(long, env = "HEROES_METRICS_BIND", value_name = "ADDRESS")]
    pub metrics_bind: Option<SocketAddr>,
    /// Serve /metrics on the main listener too, to callers that send
    /// `Authorization: Bearer TOKEN`.
    #[arg(
        long,
        env = "HEROES_METRICS_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub metrics_token: Option<String>,
    /// How long (milliseconds) a client has to send a request's headers; idle keep-alive
    /// connections close after the same time.
    #[arg(
        long,
        env = "HEROES_HEADER_TIMEOUT_MS",
        default_value_t = 10_000,
        value_name = "MS"
    )]
    pub header_timeout_ms: u64,
    /// Connections served at once; further clients wait until one closes.
    #[arg(long, env = "HEROES_MAX_CONNECTIONS", default_value_t = 512)]
    pub max_connections: usize,
    /// OpenID Connect issuer for staff single sign-on (with --oidc-client-id and
    /// --oidc-client-secret). Whoever it signs in gets the staff role.
    #[arg(long, env = "HEROES_OIDC_ISSUER", value_name = "URL", requires_all = ["oidc_client_id", "oidc_client_secret"])]
    pub oidc_issuer: Option<String>,
    /// Client id registered at the provider (redirect URI: BASE_URL/login/sso/callback).
    #[arg(long, env = "HEROES_OIDC_CLIENT_ID", requires = "oidc_issuer")]
    pub oidc_client_id: Option<String>,
    /// Client secret registered at the provider.
    #[arg(
        long,
        env = "HEROES_OIDC_CLIENT_SECRET",
        requires = "oidc_issuer",
        hide_env_values = true
    )]
    pub oidc_client_secret: Option<String>,
    /// Addresses of reverse proxies or load balancers in front of heroes (comma-separated);
    /// only their `X-Forwarded-For` is believed, so throttling counts clients, not the proxy.
    #[arg(
        long,
        env = "HEROES_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_name = "IP"
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Requests per minute each client (IP address, IPv6 /64) may make to the API and the
    /// feeds, counted per instance; past it the answer is 429 with Retry-After. 0: no limit.
    #[arg(long, env = "HEROES_API_RATE_LIMIT", default_value_t = app::DEFAULT_API_RATE_LIMIT, value_name = "PER_MINUTE")]
    pub api_rate_limit: u32,
    #[command(flatten)]
    pub capture: CaptureArgs,
    /// Run the background workers in this process too (turn off when `heroes worker`
    /// processes do the work).
    #[arg(long, env = "HEROES_WORKERS", default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub workers: bool,
}

/// An error as the command line prints it: the chain of causes joined by ": ", with a
/// validation error in the English catalog's words (its `expected` is a message id).
pub fn error_text(error: &anyhow::Error) -> String {
    let english = crate::i18n::I18n::default();
    error
        .chain()
        .map(
            |cause| match cause.downcast_ref::<heroes_domain::error::ValidationError>() {
                Some(invalid) => format!(
                    "{}: {}",
                    invalid.field,
                    crate::forms::problem_message(&english, &invalid.problem)
                ),
                None => cause.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join(": ")
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let database = cli.database;
    match cli.command {
        Command::Serve(args) => serve(&database, *args).await,
        Command::Migrate => migrate(&database).await,
        Command::Demo {
            heroes,
            contributions,
            candidacies,
            seed,
            base_url,
        } => {
            let size = DemoSize {
                heroes,
                contributions,
                candidacies,
                seed,
            };
            fill_demo(&database, size, &base_url).await
        }
        Command::Worker {
            capture,
            mail,
            base_url,
            log_format,
        } => {
            telemetry::init_logging(log_format);
            let mut config = Config::new(base_url)?;
            config.capture = capture.config()?;
            config.jobs.concurrency = capture.fetch_concurrency;
            mail.apply(&mut config.mail);
            worker(&database, config).await
        }
        Command::Contributions { command } => {
            let db = open_for_command(&database).await?;
            crate::contributions::cli::run(&db, command).await
        }
        Command::Credits { command } => {
            let db = open_for_command(&database).await?;
            crate::credits::cli::run(&db, command).await
        }
        Command::Admin { command } => {
            let db = open_for_command(&database).await?;
            crate::admin::cli::run(&db, command).await
        }
        Command::Export {
            what,
            format,
            output,
        } => export(&database, what, format, output.as_deref()).await,
        Command::Reindex => {
            let db = open_for_command(&database).await?;
            let n = heroes_store::search::rebuild_all(&db).await?;
            println!("Rebuilt the search documents of {n} heroes.");
            Ok(())
        }
    }
}

/// `heroes serve`: the server with its configuration from the flags.
async fn serve(database: &DatabaseArgs, args: ServeArgs) -> anyhow::Result<()> {
    telemetry::init_logging(args.log_format);
    let pool = PoolConfig {
        max_connections: args.db_pool_size,
        acquire_timeout: Duration::from_millis(args.db_wait_ms.max(1)),
    };
    let db = open(database, pool).await?;
    let base_url = args
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", args.bind));
    if args.demo {
        demo::fill_if_empty(&db, DemoSize::default(), &base_url).await?;
    }
    let (bind, metrics_bind) = (args.bind, args.metrics_bind);
    let config = args.config(base_url)?;
    app::serve(db, config, bind, metrics_bind).await
}

impl ServeArgs {
    /// The server's configuration at `base_url`, from these flags; refuses limits that
    /// cannot work.
    fn config(self, base_url: String) -> anyhow::Result<Config> {
        let args = self;
        let mut config = Config::new(base_url)?;
        config.page_cache = args.page_cache;
        config.cache_check_interval = std::time::Duration::from_millis(args.cache_check_ms);
        args.mail.apply(&mut config.mail);
        config.page_cache_bytes = args.page_cache_mb * 1024 * 1024;
        config.directory_index = args.directory_index;
        config.capture = args.capture.config()?;
        config.jobs.concurrency = args.capture.fetch_concurrency;
        config.run_workers = args.workers;
        config.trusted_proxies = args.trusted_proxies;
        config.api_rate_limit = args.api_rate_limit;
        config.metrics_token = args.metrics_token.filter(|t| !t.trim().is_empty());
        if args.header_timeout_ms == 0 {
            anyhow::bail!("--header-timeout-ms must be at least 1");
        }
        if !(1..=app::MOST_CONNECTIONS).contains(&args.max_connections) {
            anyhow::bail!(
                "--max-connections must be between 1 and {} (got {})",
                app::MOST_CONNECTIONS,
                args.max_connections
            );
        }
        config.connections = app::ConnectionLimits {
            header_read_timeout: Duration::from_millis(args.header_timeout_ms),
            max_connections: args.max_connections,
        };
        if let (Some(issuer), Some(client_id), Some(client_secret)) = (
            args.oidc_issuer,
            args.oidc_client_id,
            args.oidc_client_secret,
        ) {
            config.sso = Some(crate::auth::sso::SsoConfig {
                issuer,
                client_id,
                client_secret,
            });
        }
        Ok(config)
    }
}

/// `heroes migrate`: brings the schema up to date and says what was applied.
async fn migrate(database: &DatabaseArgs) -> anyhow::Result<()> {
    telemetry::init_logging(LogFormat::Text);
    let db = Db::connect(&database.url).await?;
    let applied = db.migrate().await.context("migrating the database")?;
    if applied.is_empty() {
        println!("The database is up to date.");
    } else {
        println!("Applied {} migration(s): {applied:?}.", applied.len());
    }
    Ok(())
}

/// `heroes demo`: a demo program of `size`, and portraits for its heroes.
async fn fill_demo(database: &DatabaseArgs, size: DemoSize, base_url: &str) -> anyhow::Result<()> {
    let seed = size.seed;
    let db = open_for_command(database).await?;
    let report = demo::generate(&db, size, true).await?;
    println!("{report}");
    let portraits = demo::portraits::generate(&db, seed, base_url).await?;
    println!("{portraits} portraits");
    Ok(())
}

/// `heroes worker`: the job runner alone, until Ctrl-C (its leases handed back).
async fn worker(database: &DatabaseArgs, config: Config) -> anyhow::Result<()> {
    let db = open(database, PoolConfig::default()).await?;
    let registry = crate::jobs::registry(&config);
    let runner = crate::jobs::Runner::new(db.clone(), registry, config.jobs)?.spawn();
    tracing::info!(backend = ?db.backend(), "heroes worker is running (Ctrl-C to stop)");
    app::shutdown_signal().await;
    runner.shutdown().await;
    db.close().await;
    Ok(())
}

/// `heroes export`: every record of `what` to `output` (or standard output).
async fn export(
    database: &DatabaseArgs,
    what: ExportWhat,
    format: crate::exports::Format,
    output: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let db = open_for_command(database).await?;
    let what = match what {
        ExportWhat::Heroes => heroes_store::exports::Export::Heroes,
        ExportWhat::Contributions => heroes_store::exports::Export::Contributions,
        ExportWhat::Candidacies => heroes_store::exports::Export::Candidacies,
    };
    let mut out: Box<dyn std::io::Write + Send> = match output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    let n = crate::exports::run(&db, what, format, &mut *out).await?;
    eprintln!("Exported {n} {}.", what.name());
    Ok(())
}

/// A one-off command's start: text logs, and the database connected and migrated.
async fn open_for_command(database: &DatabaseArgs) -> anyhow::Result<Db> {
    telemetry::init_logging(LogFormat::Text);
    open(database, PoolConfig::default()).await
}

/// Connects and migrates: every command works on an up-to-date schema.
async fn open(database: &DatabaseArgs, pool: PoolConfig) -> anyhow::Result<Db> {
    let db = Db::connect_pool(&database.url, pool).await?;
    db.migrate().await.context("migrating the database")?;
    Ok(db)
}

/// A progress bar on standard error, or a hidden one when `show` is false.
pub(crate) fn progress_bar(show: bool, total: u64) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    // indicatif draws nothing when stderr is not a terminal, so logs and CI stay clean.
    let target = if show {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(total), target);
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {msg:<14} [{bar:40}] {human_pos}/{human_len} ({per_sec}, {eta} left)",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
