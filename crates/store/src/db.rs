//! The database handle: one enum over the two native sqlx drivers.

use crate::error::{StoreError, StoreResult};
use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Which database a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file: one instance, zero setup.
    Sqlite,
    /// A PostgreSQL server: any number of stateless instances.
    Postgres,
}

/// A connection pool to either backend. Cheap to clone.
#[derive(Debug, Clone)]
pub enum Db {
    /// SQLite in WAL mode with foreign keys and a busy timeout.
    Sqlite(SqlitePool),
    /// PostgreSQL.
    Postgres(PgPool),
}

/// An open write transaction on either backend.
pub(crate) struct Tx {
    pub(crate) conn: TxConn,
    /// Whether this transaction bumped the data version, so that committing it tells this
    /// process's response cache at once (see [`local_data_changes`]).
    changes_public_data: bool,
}

/// The connection of a [`Tx`], per backend.
pub(crate) enum TxConn {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Committed transactions of this process that changed public data (see
/// [`local_data_changes`]).
static LOCAL_DATA_CHANGES: AtomicU64 = AtomicU64::new(0);

/// How many transactions this process has committed that changed public data. It moves
/// right after each such commit, before the write's caller answers anybody, so a response
/// cache that sees it unchanged since it read [`Db::data_version`] knows that version is
/// still current as far as this instance's own writes go; other instances' writes are only
/// seen by reading the version again. One counter per process: a process is one instance.
pub fn local_data_changes() -> u64 {
    LOCAL_DATA_CHANGES.load(Ordering::Acquire)
}

/// The data version as an instance may trust it without asking the database every time:
/// read at most once per interval, and again at once after this process committed a change
/// to public data (see [`local_data_changes`]). Shared by everything an instance derives from
/// the database and keeps (the response cache, the directory index), so a change made through
/// another instance shows within the interval and one made through this instance at once.
pub struct VersionWatch {
    interval: Duration,
    checked: std::sync::Mutex<Option<Checked>>,
    /// Held while the version is read: the requests that find it out of date together wait
    /// for one read rather than each asking the database. At 64 connections every interval
    /// ended in a burst of up to 64 statements per watch, queued for ten pooled connections,
    /// which was most of PostgreSQL's slowest responses.
    reading: tokio::sync::Mutex<()>,
    /// How many times the version was read from the database.
    reads: std::sync::atomic::AtomicU64,
}

/// The data version last read: its stamp, when, and the count of this process's own
/// changes at the time.
#[derive(Clone, Copy)]
struct Checked {
    stamp: DataStamp,
    at: std::time::Instant,
    local_changes: u64,
}

/// The data version with the moment it was reached ([`Db::data_stamp`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataStamp {
    /// See [`Db::data_version`].
    pub version: i64,
    /// When public data last changed: milliseconds since 1970 (UTC), by the database's clock,
    /// taken just before the change committed.
    pub changed_at: i64,
    /// The database's clock when this stamp was read, in the same unit.
    pub read_at: i64,
}

/// How long after the second of the last change a stamp must be read before that second is
/// sent as a date ([`DataStamp::last_modified`]).
const SETTLE_MS: i64 = 2_000;

impl DataStamp {
    /// The second public data last changed in (whole seconds since 1970), to send as
    /// `Last-Modified`; `None` until that second has been over for two more.
    ///
    /// An HTTP date has whole seconds, so a second that is not over may still see another
    /// change, and a client that revalidates with the first change's date would be told
    /// nothing changed. A change commits right after it sets `changed_at` (its last
    /// statement): for a later change to share a second already sent, its commit would have
    /// to take longer than the margin.
    pub fn last_modified(&self) -> Option<i64> {
        let second = self.changed_at.div_euclid(1000);
        (self.changed_at > 0 && self.read_at >= (second + 1) * 1000 + SETTLE_MS).then_some(second)
    }
}

impl VersionWatch {
    /// A watch that re-reads the version at most every `interval` (zero: on every call).
    pub fn new(interval: Duration) -> Self {
        Self {
            interval,
            checked: std::sync::Mutex::new(None),
            reading: tokio::sync::Mutex::new(()),
            reads: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// How many times this watch has read the version from the database.
    pub fn reads(&self) -> u64 {
        self.reads.load(Ordering::Relaxed)
    }

    /// The current data version, and whether it is newer than the one read before (so the
    /// caller can drop what it kept for older versions).
    pub async fn current(&self, db: &Db) -> StoreResult<(i64, bool)> {
        let (stamp, moved) = self.current_stamp(db).await?;
        Ok((stamp.version, moved))
    }

    /// [`VersionWatch::current`] with the moment the version was reached.
    pub async fn current_stamp(&self, db: &Db) -> StoreResult<(DataStamp, bool)> {
        // Read before the database: a change committed after this point makes the version
        // read below untrusted for later calls.
        let local_changes = local_data_changes();
        // A version read less than an interval ago, after this process's changes so far (a
        // read that began after a later change began after ours too).
        let trusted = |checked: &Checked| {
            checked.local_changes >= local_changes && checked.at.elapsed() < self.interval
        };
        let previous = self.checked.lock().ok().and_then(|guard| *guard);
        if let Some(checked) = previous.filter(trusted) {
            return Ok((checked.stamp, false));
        }
        let _reading = self.reading.lock().await;
        // The read this one waited for may have been enough.
        let previous = self.checked.lock().ok().and_then(|guard| *guard);
        if let Some(checked) = previous.filter(trusted) {
            return Ok((checked.stamp, false));
        }
        self.reads.fetch_add(1, Ordering::Relaxed);
        let stamp = db.data_stamp().await?;
        if let Ok(mut guard) = self.checked.lock()
            && guard.is_none_or(|c| c.local_changes <= local_changes)
        {
            *guard = Some(Checked {
                stamp,
                at: std::time::Instant::now(),
                local_changes,
            });
        }
        Ok((
            stamp,
            previous.is_some_and(|p| p.stamp.version < stamp.version),
        ))
    }
}

/// A value derived from the database and kept for the data version it was read at: read
/// again, once, when the version moved ([`VersionWatch`]). For small answers nearly every
/// page needs (the specializations, the stream's totals), so that they cost no query between
/// two changes. Derived, never the source: a change made through this instance shows at once,
/// one made through another within the watch's interval.
pub struct PerVersion<T> {
    watch: VersionWatch,
    held: std::sync::Mutex<Option<(i64, std::sync::Arc<T>)>>,
    /// Concurrent misses read once; the others wait for that read.
    loading: tokio::sync::Mutex<()>,
}

impl<T> PerVersion<T> {
    /// Nothing held yet; the version is checked at most every `check_interval`.
    pub fn new(check_interval: Duration) -> Self {
        Self {
            watch: VersionWatch::new(check_interval),
            held: std::sync::Mutex::new(None),
            loading: tokio::sync::Mutex::new(()),
        }
    }

    /// The value for the current data version, calling `load` when the one held is older.
    pub async fn get<F, Fut>(&self, db: &Db, load: F) -> StoreResult<std::sync::Arc<T>>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = StoreResult<T>>,
    {
        let (version, _) = self.watch.current(db).await?;
        if let Some(value) = self.held(version) {
            return Ok(value);
        }
        let _loading = self.loading.lock().await;
        if let Some(value) = self.held(version) {
            return Ok(value);
        }
        // Read before the value: a change committed in between only makes the next call
        // read again, never keeps an older value under a newer version.
        let version = db.data_version().await?;
        let value = std::sync::Arc::new(load().await?);
        if let Ok(mut held) = self.held.lock() {
            *held = Some((version, value.clone()));
        }
        Ok(value)
    }

    fn held(&self, version: i64) -> Option<std::sync::Arc<T>> {
        let held = self.held.lock().ok()?;
        held.as_ref()
            .filter(|(v, _)| *v >= version)
            .map(|(_, value)| value.clone())
    }
}

/// The database's clock in milliseconds since 1970 (UTC), as an SQL expression per backend.
macro_rules! now_ms {
    (sqlite) => {
        "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
    };
    (postgres) => {
        "floor(extract(epoch FROM clock_timestamp()) * 1000)::BIGINT"
    };
}

/// Reads the data version, when it was reached and the database's clock ([`Db::data_stamp`]).
fn stamp_sql(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => concat!(
            "SELECT version, changed_at, ",
            now_ms!(sqlite),
            " FROM data_version WHERE id = 1"
        ),
        Backend::Postgres => concat!(
            "SELECT version, changed_at, ",
            now_ms!(postgres),
            " FROM data_version WHERE id = 1"
        ),
    }
}

/// Sets when public data changed to the database's clock, never backwards ([`Tx::commit`]).
fn changed_now_sql(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => concat!(
            "UPDATE data_version SET changed_at = max(changed_at, ",
            now_ms!(sqlite),
            ") WHERE id = 1"
        ),
        Backend::Postgres => concat!(
            "UPDATE data_version SET changed_at = GREATEST(changed_at, ",
            now_ms!(postgres),
            ") WHERE id = 1"
        ),
    }
}

/// How long a SQLite writer waits for another before giving up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How long opening the database at start-up keeps trying a server that refuses connections
/// (one that is still starting, say) before giving up.
const STARTUP_WAIT: Duration = Duration::from_secs(10);

/// How a connection pool is sized and how long a caller waits for one of its connections.
#[derive(Debug, Clone, Copy)]
pub struct PoolConfig {
    /// Connections per instance (default: 10 for PostgreSQL, 8 for SQLite).
    pub max_connections: Option<u32>,
    /// How long a query waits for a connection (a free one, or a new one to an unreachable
    /// server) before failing with [`StoreError::Unavailable`]. Short, so that an outage
    /// answers every request at once instead of holding each one for the whole wait.
    pub acquire_timeout: Duration,
}

impl Default for PoolConfig {
    fn default() -> Self {
        Self {
            max_connections: None,
            acquire_timeout: Duration::from_secs(2),
        }
    }
}

impl PoolConfig {
    /// The default settings with `max_connections` connections.
    pub fn with_size(max_connections: Option<u32>) -> Self {
        Self {
            max_connections,
            ..Self::default()
        }
    }
}

impl Db {
    /// Opens the database named by `url`: `postgres://…` or `postgresql://…` for PostgreSQL;
    /// `sqlite:PATH`, `sqlite://PATH` or a plain file path for SQLite (created if missing).
    /// Fails with one sentence that says what to fix.
    pub async fn connect(url: &str) -> StoreResult<Db> {
        Self::connect_with(url, None).await
    }

    /// Like [`Db::connect`], with a pool size (default: 10 for PostgreSQL, 8 for SQLite).
    pub async fn connect_with(url: &str, max_connections: Option<u32>) -> StoreResult<Db> {
        Self::connect_pool(url, PoolConfig::with_size(max_connections)).await
    }

    /// Like [`Db::connect`], with every pool setting.
    pub async fn connect_pool(url: &str, pool: PoolConfig) -> StoreResult<Db> {
        let db = if is_postgres_url(url) {
            let options = PgConnectOptions::from_str(url).map_err(|e| {
                StoreError::Connect(format!(
                    "The database URL {} is not a valid PostgreSQL URL ({e}).",
                    redact(url)
                ))
            })?;
            Self::connect_postgres(url, options, pool).await?
        } else {
            let path = sqlite_path(url);
            let options = SqliteConnectOptions::new()
                .filename(path)
                .create_if_missing(true);
            Self::connect_sqlite(path, options, pool).await?
        };
        Ok(db)
    }

    pub(crate) async fn connect_postgres(
        url: &str,
        options: PgConnectOptions,
        config: PoolConfig,
    ) -> StoreResult<Db> {
        let pool = PgPoolOptions::new()
            .max_connections(config.max_connections.unwrap_or(10))
            .acquire_timeout(config.acquire_timeout)
            .after_release(|conn, _| Box::pin(fit_for_reuse(conn)))
            .connect_lazy_with(options);
        // The pool's wait is short for requests; at start-up a server that is still coming up
        // gets longer.
        let started = std::time::Instant::now();
        loop {
            match pool.acquire().await {
                Ok(_) => break,
                Err(sqlx::Error::PoolTimedOut) if started.elapsed() < STARTUP_WAIT => {}
                Err(e) => {
                    pool.close().await;
                    return Err(StoreError::Connect(format!(
                        "Could not connect to PostgreSQL at {}: {}.",
                        redact(url),
                        plain_reason(&e)
                    )));
                }
            }
        }
        Ok(Db::Postgres(pool))
    }

    pub(crate) async fn connect_sqlite(
        path: &str,
        options: SqliteConnectOptions,
        config: PoolConfig,
    ) -> StoreResult<Db> {
        let options = options
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(SQLITE_BUSY_TIMEOUT)
            .foreign_keys(true)
            // Each pooled connection has its own page cache, counted in this process's memory
            // (eight copies of the hot pages), while the operating system's file cache holds
            // the file once. Since the directory, its searches and the stream's first pages
            // are answered from memory, SQLite's default of 2 MB each is enough: the
            // benchmark's server peaked at 889 MiB at 10,000 heroes with 32 MB each and a
            // 256 MB memory map per connection, 386 MiB with 8 MB each, 263 MiB with this
            // (and the allocator's setting in .cargo/config.toml), at the same speed
            // (BENCHMARKS.md). The file is not memory-mapped: each connection's map counted
            // the pages it touched again.
            .pragma("cache_size", "-2000");
        let pool = SqlitePoolOptions::new()
            .max_connections(config.max_connections.unwrap_or(8))
            .acquire_timeout(config.acquire_timeout)
            .after_release(|conn, _| Box::pin(fit_for_reuse(conn)))
            .connect_with(options)
            .await
            .map_err(|e| {
                StoreError::Connect(format!(
                    "Could not open the SQLite database {path}: {}.",
                    plain_reason(&e)
                ))
            })?;
        let db = Db::Sqlite(pool);
        // Opening succeeds on any file; reading the schema proves it is a database.
        db.ping().await.map_err(|e| {
            StoreError::Connect(format!(
                "Could not open the SQLite database {path}: {}.",
                match &e {
                    StoreError::Database(e) | StoreError::Unavailable(e) => plain_reason(e),
                    other => other.to_string(),
                }
            ))
        })?;
        Ok(db)
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Asks the database a trivial question; used by `/readyz`. On SQLite it reads the
    /// schema, which is what fails when the file is not a database.
    pub async fn ping(&self) -> StoreResult<()> {
        let sql = match self {
            Db::Sqlite(_) => "SELECT count(*) FROM sqlite_master",
            Db::Postgres(_) => "SELECT count(*) FROM pg_namespace",
        };
        let _: i64 = with_pool!(self, |pool| sqlx::query_scalar(sql).fetch_one(pool).await)?;
        Ok(())
    }

    /// Starts a write transaction. On SQLite it is `BEGIN IMMEDIATE`: a deferred transaction
    /// that reads and then writes fails with `SQLITE_BUSY_SNAPSHOT` under concurrency, which
    /// ignores the busy timeout; taking the write lock up front makes writers queue instead.
    pub(crate) async fn begin(&self) -> StoreResult<Tx> {
        let conn = match self {
            Db::Sqlite(pool) => TxConn::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => TxConn::Postgres(pool.begin().await?),
        };
        Ok(Tx {
            conn,
            changes_public_data: false,
        })
    }

    /// A number that changes whenever public data changes, on any instance. Response caches
    /// compare it to decide whether what they hold is still current.
    pub async fn data_version(&self) -> StoreResult<i64> {
        Ok(with_pool!(self, |pool| {
            sqlx::query_scalar("SELECT version FROM data_version WHERE id = 1")
                .fetch_one(pool)
                .await
        })?)
    }

    /// The data version with the moment it was reached and the database's clock, in one read.
    pub async fn data_stamp(&self) -> StoreResult<DataStamp> {
        let sql = stamp_sql(self.backend());
        let (version, changed_at, read_at): (i64, i64, i64) =
            with_pool!(self, |pool| sqlx::query_as(sql).fetch_one(pool).await)?;
        Ok(DataStamp {
            version,
            changed_at,
            read_at,
        })
    }

    /// Refreshes the planner's statistics; run after bulk loads, when the plans the database
    /// would otherwise choose for an empty table are badly wrong for a million rows.
    pub async fn analyze(&self) -> StoreResult<()> {
        with_pool!(self, |pool| sqlx::raw_sql("ANALYZE")
            .execute(pool)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Closes every connection; pending queries finish first.
    pub async fn close(&self) {
        with_pool!(self, |pool| pool.close().await)
    }

    /// Size of the database in bytes (the file, or the PostgreSQL database), for reports.
    pub async fn size_bytes(&self) -> StoreResult<i64> {
        Ok(match self {
            Db::Sqlite(pool) => {
                sqlx::query_scalar(
                    "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
                )
                .fetch_one(pool)
                .await?
            }
            Db::Postgres(pool) => sqlx::query_scalar(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::BIGINT FROM pg_class c \
                     JOIN pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = current_schema() AND c.relkind = 'r'",
            )
            .fetch_one(pool)
            .await?,
        })
    }
}

impl Tx {
    fn backend(&self) -> Backend {
        match self.conn {
            TxConn::Sqlite(_) => Backend::Sqlite,
            TxConn::Postgres(_) => Backend::Postgres,
        }
    }

    /// Makes transactions that pass the same `name` run one after another. A rule that spans
    /// rows ("no two open cycles share a specialization") cannot be a constraint; checking it
    /// is only safe when no other writer of those rows checks at the same time. SQLite's
    /// `BEGIN IMMEDIATE` already runs writers one at a time; on PostgreSQL this takes an
    /// advisory lock (per schema) held until commit or rollback. Call [`Tx::rollback`] on a
    /// refusal, so the lock is let go at once.
    pub(crate) async fn serialize(&mut self, name: &str) -> StoreResult<()> {
        if let TxConn::Postgres(t) = &mut self.conn {
            sqlx::query(
                "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':' || $1, 0))",
            )
            .bind(name)
            .execute(&mut **t)
            .await?;
        }
        Ok(())
    }

    /// Marks public data as changed (see [`Db::data_version`]); part of the transaction, so
    /// readers never see the new version without the new data.
    pub(crate) async fn bump_data_version(&mut self) -> StoreResult<()> {
        with_tx!(self, |conn| {
            sqlx::query("UPDATE data_version SET version = version + 1 WHERE id = 1")
                .execute(&mut *conn)
                .await?;
        });
        self.changes_public_data = true;
        Ok(())
    }

    /// Commits the transaction; one that changed public data then moves
    /// [`local_data_changes`], after the commit, so nobody can read the counter's new value
    /// while the database still holds the old data.
    pub(crate) async fn commit(mut self) -> StoreResult<()> {
        if self.changes_public_data {
            // The moment of the change, as late as it can be taken: see
            // `DataStamp::last_modified` for why it must come right before the commit.
            let sql = changed_now_sql(self.backend());
            with_tx!(self, |conn| {
                sqlx::query(sql).execute(&mut *conn).await?;
            });
        }
        match self.conn {
            TxConn::Sqlite(tx) => tx.commit().await?,
            TxConn::Postgres(tx) => tx.commit().await?,
        }
        if self.changes_public_data {
            LOCAL_DATA_CHANGES.fetch_add(1, Ordering::AcqRel);
        }
        Ok(())
    }

    /// Rolls the transaction back now. Merely dropping a transaction queues the `ROLLBACK`
    /// until its connection is next used, and on PostgreSQL its locks (advisory ones too) are
    /// held until then; code that goes on waiting for such a lock must roll back first.
    pub(crate) async fn rollback(self) -> StoreResult<()> {
        match self.conn {
            TxConn::Sqlite(tx) => tx.rollback().await?,
            TxConn::Postgres(tx) => tx.rollback().await?,
        }
        Ok(())
    }

    /// Rolls back and answers `error`: for a refusal found before anything was written, so a
    /// lock taken is let go at once rather than when the connection is next used.
    pub(crate) async fn fail<T>(self, error: StoreError) -> StoreResult<T> {
        self.rollback().await?;
        Err(error)
    }

    /// Rolls back and answers `Ok(Err(refusal))`: for a step the rules refuse (a feature's
    /// own refusal type, which the caller shows), so nothing read or locked is kept.
    pub(crate) async fn refuse<T, R>(self, refusal: R) -> StoreResult<Result<T, R>> {
        self.rollback().await?;
        Ok(Err(refusal))
    }

    /// The id of the row of `table` whose slug is `slug` (`None` when none is asked for); a
    /// slug no row has is an `UnknownReference` on `field`.
    pub(crate) async fn id_of_slug(
        &mut self,
        table: &str,
        field: &'static str,
        slug: Option<&heroes_domain::slug::Slug>,
    ) -> StoreResult<Option<i64>> {
        let Some(slug) = slug else {
            return Ok(None);
        };
        let sql = format!("SELECT id FROM {table} WHERE slug = $1");
        let found: Option<i64> = with_tx!(self, |conn| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .bind(slug.as_str())
                .fetch_optional(&mut *conn)
                .await?
        });
        found.map(Some).ok_or_else(|| StoreError::UnknownReference {
            field,
            value: slug.as_str().to_owned(),
        })
    }

    /// The ids that `values` (trimmed) name through `statement` (a query with one `$1`,
    /// answering an id or no row), each id once, in order; the first value that names none is
    /// an `UnknownReference` on `field`.
    pub(crate) async fn ids_named<T: AsRef<str> + Sync>(
        &mut self,
        statement: &'static str,
        field: &'static str,
        values: &[T],
    ) -> StoreResult<Vec<i64>> {
        let mut ids = Vec::with_capacity(values.len());
        for value in values {
            let value = value.as_ref().trim();
            let id: Option<i64> = with_tx!(self, |conn| {
                sqlx::query_scalar(statement)
                    .bind(value)
                    .fetch_optional(&mut *conn)
                    .await?
            });
            match id {
                Some(id) if !ids.contains(&id) => ids.push(id),
                Some(_) => {}
                None => {
                    return Err(StoreError::UnknownReference {
                        field,
                        value: value.to_owned(),
                    });
                }
            }
        }
        Ok(ids)
    }

    /// Locks row `id` of `table` until the transaction ends (`FOR UPDATE` on PostgreSQL;
    /// SQLite's single writer already serializes) and answers its `status`, `None` when there
    /// is no such row.
    pub(crate) async fn lock_status(
        &mut self,
        table: &str,
        id: i64,
    ) -> StoreResult<Option<String>> {
        let lock = match self.conn {
            TxConn::Postgres(_) => " FOR UPDATE",
            TxConn::Sqlite(_) => "",
        };
        let sql = format!("SELECT status FROM {table} WHERE id = $1{lock}");
        Ok(with_tx!(self, |conn| {
            sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?
        }))
    }
}

/// Whether a connection coming back to the pool may be handed out again: not if it is still
/// inside a transaction. SQLite rolls a transaction back by itself on some errors ("database
/// or disk is full"); the `ROLLBACK` sqlx then sends fails, its transaction depth stays at
/// one, and every later `BEGIN` on that connection would fail. Such a connection is closed
/// instead (the pool opens a fresh one), whatever statement failed first.
async fn fit_for_reuse<C: Connection>(conn: &mut C) -> Result<bool, sqlx::Error> {
    if !conn.is_in_transaction() {
        return Ok(true);
    }
    // A dropped transaction queued its ROLLBACK; a ping runs after it, so the depth read
    // next is the settled one.
    conn.ping().await?;
    Ok(!conn.is_in_transaction())
}

/// Whether `url` names a PostgreSQL database.
pub(crate) fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// The file path of a SQLite URL or plain path.
fn sqlite_path(url: &str) -> &str {
    url.strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url)
}

/// The URL without its password, for messages and logs.
pub(crate) fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_owned(),
    }
}

/// The underlying reason of a connection error, without sqlx's wrapping.
fn plain_reason(e: &sqlx::Error) -> String {
    match e {
        sqlx::Error::Io(io) => io.to_string(),
        sqlx::Error::Database(db) => db.message().to_owned(),
        sqlx::Error::PoolTimedOut => "the server did not answer in time".to_owned(),
        other => other.to_string(),
    }
    .trim_end_matches('.')
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TestDb;

    #[test]
    fn a_change_is_named_by_its_second_once_that_second_is_over_for_two_more() {
        let stamp = |changed_at, read_at| DataStamp {
            version: 1,
            changed_at,
            read_at,
        };
        assert_eq!(stamp(10_400, 12_999).last_modified(), None);
        assert_eq!(stamp(10_400, 13_000).last_modified(), Some(10));
        assert_eq!(stamp(10_999, 13_000).last_modified(), Some(10));
        assert_eq!(stamp(0, 99_000).last_modified(), None);
    }

    /// The date moves with each changing commit, by the database's clock, and never back;
    /// a transaction that changed no public data leaves it.
    #[tokio::test]
    async fn a_changing_commit_sets_when_data_changed() {
        let test = TestDb::new().await.expect("test database");
        let db = &test.db;
        let before = db.data_stamp().await.unwrap();
        assert!(before.changed_at > 1_700_000_000_000, "{before:?}");
        assert!(before.read_at >= before.changed_at, "{before:?}");
        let mut tx = db.begin().await.unwrap();
        tx.bump_data_version().await.unwrap();
        tx.commit().await.unwrap();
        let after = db.data_stamp().await.unwrap();
        assert_eq!(after.version, before.version + 1);
        assert!(after.changed_at >= before.read_at, "{before:?} {after:?}");
        assert!(after.read_at >= after.changed_at, "{after:?}");
        db.begin().await.unwrap().commit().await.unwrap();
        assert_eq!(db.data_stamp().await.unwrap().changed_at, after.changed_at);
        // A rolled-back change leaves both the version and the date.
        let mut tx = db.begin().await.unwrap();
        tx.bump_data_version().await.unwrap();
        tx.rollback().await.unwrap();
        let rolled_back = db.data_stamp().await.unwrap();
        assert_eq!(
            (rolled_back.version, rolled_back.changed_at),
            (after.version, after.changed_at)
        );
    }

    /// Sets SQLite's page limit on every connection of the pool (it is per connection).
    async fn set_max_page_count(pool: &SqlitePool, pages: i64) {
        let mut connections = Vec::new();
        for _ in 0..pool.options().get_max_connections() {
            connections.push(pool.acquire().await.expect("a connection"));
        }
        for connection in &mut connections {
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "PRAGMA max_page_count = {pages}"
            )))
            .execute(&mut **connection)
            .await
            .expect("page limit set");
        }
    }

    async fn write_one_row(db: &Db, bytes: i64) -> StoreResult<()> {
        let mut tx = db.begin().await?;
        with_tx!(&mut tx, |conn| {
            sqlx::query("INSERT INTO filler (data) VALUES (zeroblob($1))")
                .bind(bytes)
                .execute(&mut *conn)
                .await?;
        });
        tx.commit().await
    }

    /// SQLite only: `max_page_count` plays a full disk. A single-row insert that finds the
    /// disk full makes SQLite roll the whole transaction back by itself; the connection must
    /// not come back to the pool believing it is still inside one.
    #[tokio::test]
    async fn sqlite_writes_work_again_once_a_full_disk_has_room() {
        let test = TestDb::sqlite().await.expect("test database");
        let db = &test.db;
        let Db::Sqlite(pool) = db else {
            unreachable!("a SQLite test database");
        };
        sqlx::query("CREATE TABLE filler (data BLOB)")
            .execute(pool)
            .await
            .expect("table created");
        let pages: i64 = sqlx::query_scalar("SELECT page_count FROM pragma_page_count()")
            .fetch_one(pool)
            .await
            .expect("page count");
        set_max_page_count(pool, pages + 4).await;

        let mut full = None;
        for _ in 0..20 {
            if let Err(e) = write_one_row(db, 3000).await {
                full = Some(e.to_string());
                break;
            }
        }
        let full = full.expect("the database filled up");
        assert!(full.contains("full"), "{full}");

        // Room again: every pooled connection begins, writes and commits.
        set_max_page_count(pool, 1 << 30).await;
        for n in 0..12 {
            write_one_row(db, 10)
                .await
                .unwrap_or_else(|e| panic!("write {n} once the disk had room again: {e}"));
        }
        db.ping().await.expect("the database answers");
    }
}
