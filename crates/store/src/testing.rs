//! Fresh databases for tests, on the backend the environment selects.
//!
//! `HEROES_TEST_DATABASE_URL` picks the backend: unset or a SQLite path means SQLite (each
//! test gets its own temporary file); a `postgres://` URL means PostgreSQL (each test gets its
//! own schema in that database, dropped when the test ends). The whole suite runs once per
//! backend.

use crate::db::{Db, PoolConfig, is_postgres_url};
use crate::error::{StoreError, StoreResult};
use sqlx::postgres::PgConnectOptions;
use sqlx::sqlite::SqliteConnectOptions;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};

/// The environment variable that selects the test backend.
pub const TEST_DATABASE_URL: &str = "HEROES_TEST_DATABASE_URL";

/// A migrated, empty database that disappears when dropped.
pub struct TestDb {
    /// The database.
    pub db: Db,
    cleanup: Cleanup,
}

enum Cleanup {
    File(PathBuf),
    Schema { url: String, schema: String },
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The PostgreSQL URL tests run against, if the environment selects PostgreSQL.
pub fn postgres_url() -> Option<String> {
    std::env::var(TEST_DATABASE_URL)
        .ok()
        .filter(|u| is_postgres_url(u))
}

impl TestDb {
    /// A fresh database on the backend selected by the environment, migrated and seeded.
    pub async fn new() -> StoreResult<TestDb> {
        match postgres_url() {
            Some(url) => Self::postgres(&url).await,
            None => Self::sqlite().await,
        }
    }

    /// A fresh SQLite database in a temporary file.
    pub async fn sqlite() -> StoreResult<TestDb> {
        let path = std::env::temp_dir().join(format!(
            "heroes-test-{}-{}.db",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        remove_sqlite_files(&path);
        let name = path.to_string_lossy().into_owned();
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true);
        let db = Db::connect_sqlite(&name, options, PoolConfig::with_size(Some(4))).await?;
        db.migrate().await?;
        Ok(TestDb {
            db,
            cleanup: Cleanup::File(path),
        })
    }

    /// A fresh schema in the PostgreSQL database at `url`.
    pub async fn postgres(url: &str) -> StoreResult<TestDb> {
        let schema = format!(
            "test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            chrono::Utc::now().timestamp_micros()
        );
        let admin = Db::connect_with(url, Some(1)).await?;
        if let Db::Postgres(pool) = &admin {
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
                .execute(pool)
                .await?;
        }
        admin.close().await;
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::Connect(e.to_string()))?
            .options([("search_path", schema.as_str())])
            // Named after the schema, so the clean-up can find this test's connections.
            .application_name(&schema);
        let db = Db::connect_postgres(url, options, PoolConfig::with_size(Some(4))).await?;
        db.migrate().await?;
        Ok(TestDb {
            db,
            cleanup: Cleanup::Schema {
                url: url.to_owned(),
                schema,
            },
        })
    }
}

impl TestDb {
    /// Another pool on the same database with `config`. On PostgreSQL, `port` replaces the
    /// server's port, so a test can go through a proxy it cuts to play an outage.
    pub async fn connect_again(&self, port: Option<u16>, config: PoolConfig) -> StoreResult<Db> {
        match &self.cleanup {
            Cleanup::File(path) => {
                let name = path.to_string_lossy().into_owned();
                let options = SqliteConnectOptions::new().filename(path);
                Db::connect_sqlite(&name, options, config).await
            }
            Cleanup::Schema { url, schema } => {
                let mut options = PgConnectOptions::from_str(url)
                    .map_err(|e| StoreError::Connect(e.to_string()))?
                    .options([("search_path", schema.as_str())])
                    .application_name(schema);
                if let Some(port) = port {
                    options = options.port(port);
                }
                Db::connect_postgres(url, options, config).await
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::File(path) => remove_sqlite_files(path),
            Cleanup::Schema { url, schema } => {
                // Drop runs outside async code and possibly after the test's runtime is gone,
                // so the schema is dropped from a short-lived runtime on its own thread.
                let (url, schema) = (url.clone(), schema.clone());
                let _ = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build();
                    if let Ok(rt) = rt {
                        rt.block_on(async {
                            if let Ok(Db::Postgres(pool)) = Db::connect_with(&url, Some(1)).await {
                                // A connection of the test may still be inside a transaction
                                // whose ROLLBACK was queued in a task that died with the
                                // test's runtime; its locks would hold DROP SCHEMA forever.
                                let _ = sqlx::query(
                                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                                     WHERE application_name = $1 AND pid <> pg_backend_pid()",
                                )
                                .bind(&schema)
                                .execute(&pool)
                                .await;
                                let sql = format!(
                                    "SET lock_timeout = '30s'; DROP SCHEMA IF EXISTS {schema} CASCADE"
                                );
                                let _ =
                                    sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&pool).await;
                                pool.close().await;
                            }
                        });
                    }
                })
                .join();
            }
        }
    }
}

fn remove_sqlite_files(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}
