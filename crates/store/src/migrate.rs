//! Schema migrations, embedded in the binary, one file per backend and version.
//!
//! Our own small runner instead of sqlx's: it applies each migration in a write transaction
//! together with its bookkeeping row and, for version 1, the seed data, so a database is
//! never left half-migrated, and on PostgreSQL it takes an advisory lock so that instances
//! starting together migrate once.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use chrono::Utc;

/// A migration: version, name, SQLite text, PostgreSQL text.
pub struct Migration {
    /// Applied in ascending order; never reused.
    pub version: i64,
    /// Short description.
    pub name: &'static str,
    /// The SQLite statements.
    pub sqlite: &'static str,
    /// The PostgreSQL statements.
    pub postgres: &'static str,
}

/// Every migration, in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "core",
        sqlite: include_str!("../migrations/sqlite/0001_core.sql"),
        postgres: include_str!("../migrations/postgres/0001_core.sql"),
    },
    Migration {
        version: 2,
        name: "accounts",
        sqlite: include_str!("../migrations/sqlite/0002_accounts.sql"),
        postgres: include_str!("../migrations/postgres/0002_accounts.sql"),
    },
    Migration {
        version: 3,
        name: "api tokens",
        sqlite: include_str!("../migrations/sqlite/0003_api_tokens.sql"),
        postgres: include_str!("../migrations/postgres/0003_api_tokens.sql"),
    },
    Migration {
        version: 4,
        name: "hero contacts",
        sqlite: include_str!("../migrations/sqlite/0004_hero_contacts.sql"),
        postgres: include_str!("../migrations/postgres/0004_hero_contacts.sql"),
    },
    Migration {
        version: 5,
        name: "hero photos",
        sqlite: include_str!("../migrations/sqlite/0005_hero_photos.sql"),
        postgres: include_str!("../migrations/postgres/0005_hero_photos.sql"),
    },
    Migration {
        version: 6,
        name: "single sign-on",
        sqlite: include_str!("../migrations/sqlite/0006_sso.sql"),
        postgres: include_str!("../migrations/postgres/0006_sso.sql"),
    },
    Migration {
        version: 7,
        name: "contribution capture",
        sqlite: include_str!("../migrations/sqlite/0007_capture.sql"),
        postgres: include_str!("../migrations/postgres/0007_capture.sql"),
    },
    Migration {
        version: 8,
        name: "syndication",
        sqlite: include_str!("../migrations/sqlite/0008_syndication.sql"),
        postgres: include_str!("../migrations/postgres/0008_syndication.sql"),
    },
    Migration {
        version: 9,
        name: "selection and renewal",
        sqlite: include_str!("../migrations/sqlite/0009_selection.sql"),
        postgres: include_str!("../migrations/postgres/0009_selection.sql"),
    },
    Migration {
        version: 12,
        name: "canonical contribution addresses",
        sqlite: include_str!("../migrations/sqlite/0012_canonical_contributions.sql"),
        postgres: include_str!("../migrations/postgres/0012_canonical_contributions.sql"),
    },
];

/// Key of the PostgreSQL advisory lock held while migrating ("heroes" in ASCII).
const MIGRATION_LOCK: i64 = 0x6865_726f_6573;

impl Db {
    /// Applies every migration the database has not seen yet and returns their versions.
    /// Safe to run at every start-up and from several instances at once.
    pub async fn migrate(&self) -> StoreResult<Vec<i64>> {
        let create = match self {
            Db::Sqlite(_) => {
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, \
                 name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            }
            Db::Postgres(_) => {
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, \
                 name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
            }
        };
        let mut tx = self.begin().await?;
        if let Tx::Postgres(t) = &mut tx {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(MIGRATION_LOCK)
                .execute(&mut **t)
                .await?;
        }
        let mut applied_now = Vec::new();
        with_tx!(&mut tx, |conn| {
            sqlx::raw_sql(create).execute(&mut *conn).await?;
            let done: Vec<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations")
                .fetch_all(&mut *conn)
                .await?;
            for m in MIGRATIONS.iter().filter(|m| !done.contains(&m.version)) {
                let text = match self {
                    Db::Sqlite(_) => m.sqlite,
                    Db::Postgres(_) => m.postgres,
                };
                sqlx::raw_sql(text).execute(&mut *conn).await?;
                sqlx::query(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                )
                .bind(m.version)
                .bind(m.name)
                .bind(Utc::now())
                .execute(&mut *conn)
                .await?;
                applied_now.push(m.version);
            }
        });
        if applied_now.contains(&1) {
            crate::specializations::seed(&mut tx).await?;
        }
        if applied_now.contains(&12) {
            // The canonical form is computed in Rust; see the migration's comment.
            crate::contributions::fill_canonical(&mut tx).await?;
        }
        tx.commit().await?;
        for v in &applied_now {
            tracing::info!(migration.version = v, "migration applied");
        }
        Ok(applied_now)
    }
}
