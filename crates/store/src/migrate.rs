//! Schema migrations, embedded in the binary, one file per backend and version.
//!
//! Our own small runner instead of sqlx's: it applies each migration in a write transaction
//! together with its bookkeeping row and, for version 1, the seed data, so a database is
//! never left half-migrated, and on PostgreSQL it takes an advisory lock so that instances
//! starting together migrate once.
//!
//! Each applied migration is recorded with the SHA-256 of its text (line endings normalized).
//! A migration edited after it ran on a database stops start-up with a sentence naming it:
//! the database would otherwise silently differ from what the code and a fresh install have.
//! Rows recorded before checksums existed get theirs on the first start that knows them.

use crate::db::{Db, TxConn};
use crate::error::{StoreError, StoreResult};
use chrono::Utc;
use sha2::{Digest, Sha256};

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

/// Every migration, by version (a test keeps them so: a fresh database applies them in this order).
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
        version: 10,
        name: "mail delivery leases",
        sqlite: include_str!("../migrations/sqlite/0010_jobs.sql"),
        postgres: include_str!("../migrations/postgres/0010_jobs.sql"),
    },
    Migration {
        version: 11,
        name: "abuse limits",
        sqlite: include_str!("../migrations/sqlite/0011_abuse.sql"),
        postgres: include_str!("../migrations/postgres/0011_abuse.sql"),
    },
    Migration {
        version: 12,
        name: "canonical contribution addresses",
        sqlite: include_str!("../migrations/sqlite/0012_canonical_contributions.sql"),
        postgres: include_str!("../migrations/postgres/0012_canonical_contributions.sql"),
    },
    Migration {
        version: 13,
        name: "second factor",
        sqlite: include_str!("../migrations/sqlite/0013_second_factor.sql"),
        postgres: include_str!("../migrations/postgres/0013_second_factor.sql"),
    },
    Migration {
        version: 14,
        name: "specializations managed by admins",
        sqlite: include_str!("../migrations/sqlite/0014_specializations_managed.sql"),
        postgres: include_str!("../migrations/postgres/0014_specializations_managed.sql"),
    },
    Migration {
        version: 15,
        name: "briefings",
        sqlite: include_str!("../migrations/sqlite/0015_briefings.sql"),
        postgres: include_str!("../migrations/postgres/0015_briefings.sql"),
    },
    Migration {
        version: 16,
        name: "product feedback and office hours",
        sqlite: include_str!("../migrations/sqlite/0016_feedback.sql"),
        postgres: include_str!("../migrations/postgres/0016_feedback.sql"),
    },
    Migration {
        version: 17,
        name: "credits",
        sqlite: include_str!("../migrations/sqlite/0017_credits.sql"),
        postgres: include_str!("../migrations/postgres/0017_credits.sql"),
    },
    Migration {
        version: 18,
        name: "promotion, spotlight and digest",
        sqlite: include_str!("../migrations/sqlite/0018_promotion.sql"),
        postgres: include_str!("../migrations/postgres/0018_promotion.sql"),
    },
    Migration {
        version: 19,
        name: "user groups and events",
        sqlite: include_str!("../migrations/sqlite/0019_groups_events.sql"),
        postgres: include_str!("../migrations/postgres/0019_groups_events.sql"),
    },
    Migration {
        version: 20,
        name: "the private network and mentoring",
        sqlite: include_str!("../migrations/sqlite/0020_network.sql"),
        postgres: include_str!("../migrations/postgres/0020_network.sql"),
    },
    Migration {
        version: 21,
        name: "renewal cycle opening told",
        sqlite: include_str!("../migrations/sqlite/0021_renewal_opening.sql"),
        postgres: include_str!("../migrations/postgres/0021_renewal_opening.sql"),
    },
    Migration {
        version: 23,
        name: "community projects",
        sqlite: include_str!("../migrations/sqlite/0023_projects.sql"),
        postgres: include_str!("../migrations/postgres/0023_projects.sql"),
    },
    Migration {
        version: 24,
        name: "briefing files, product areas of briefings, feedback from briefings",
        sqlite: include_str!("../migrations/sqlite/0024_briefing_files.sql"),
        postgres: include_str!("../migrations/postgres/0024_briefing_files.sql"),
    },
    Migration {
        version: 25,
        name: "speaker suggestions, group mail and logos",
        sqlite: include_str!("../migrations/sqlite/0025_speakers.sql"),
        postgres: include_str!("../migrations/postgres/0025_speakers.sql"),
    },
    Migration {
        version: 26,
        name: "dashboard rollups and candidacy stage times",
        sqlite: include_str!("../migrations/sqlite/0026_dashboards.sql"),
        postgres: include_str!("../migrations/postgres/0026_dashboards.sql"),
    },
    Migration {
        version: 27,
        name: "benefits: pool imports as jobs, the digest's period",
        sqlite: include_str!("../migrations/sqlite/0027_benefits.sql"),
        postgres: include_str!("../migrations/postgres/0027_benefits.sql"),
    },
    Migration {
        version: 28,
        name: "passkeys (WebAuthn) and their ceremonies",
        sqlite: include_str!("../migrations/sqlite/0028_passkeys.sql"),
        postgres: include_str!("../migrations/postgres/0028_passkeys.sql"),
    },
    Migration {
        version: 29,
        name: "webhook endpoints, events, deliveries and attempts",
        sqlite: include_str!("../migrations/sqlite/0029_webhooks.sql"),
        postgres: include_str!("../migrations/postgres/0029_webhooks.sql"),
    },
    Migration {
        version: 30,
        name: "deletions: what left the public record, for mirrors",
        sqlite: include_str!("../migrations/sqlite/0030_deletions.sql"),
        postgres: include_str!("../migrations/postgres/0030_deletions.sql"),
    },
    Migration {
        version: 31,
        name: "hero records of accepted candidates, public heroes as a view",
        sqlite: include_str!("../migrations/sqlite/0031_candidate_heroes.sql"),
        postgres: include_str!("../migrations/postgres/0031_candidate_heroes.sql"),
    },
    Migration {
        version: 32,
        name: "languages: an account's language and each mail's",
        sqlite: include_str!("../migrations/sqlite/0032_languages.sql"),
        postgres: include_str!("../migrations/postgres/0032_languages.sql"),
    },
    Migration {
        version: 33,
        name: "names and zones: a hero's Latin spelling, an account's time zone",
        sqlite: include_str!("../migrations/sqlite/0033_names_and_zones.sql"),
        postgres: include_str!("../migrations/postgres/0033_names_and_zones.sql"),
    },
    Migration {
        version: 34,
        name: "title lines: a search document keeps its titles one per line",
        sqlite: include_str!("../migrations/sqlite/0034_title_lines.sql"),
        postgres: include_str!("../migrations/postgres/0034_title_lines.sql"),
    },
    Migration {
        version: 35,
        name: "dashboard windows: readiness and activity kept per hero for the days as of one day, contributions per kind without the country",
        sqlite: include_str!("../migrations/sqlite/0035_dashboard_windows.sql"),
        postgres: include_str!("../migrations/postgres/0035_dashboard_windows.sql"),
    },
    Migration {
        version: 36,
        name: "data changed at: when public data last changed, for Last-Modified",
        sqlite: include_str!("../migrations/sqlite/0036_data_changed_at.sql"),
        postgres: include_str!("../migrations/postgres/0036_data_changed_at.sql"),
    },
    Migration {
        version: 37,
        name: "search stamps: a hash of each search document, so instances read only the changed ones",
        sqlite: include_str!("../migrations/sqlite/0037_search_stamps.sql"),
        postgres: include_str!("../migrations/postgres/0037_search_stamps.sql"),
    },
    Migration {
        version: 38,
        name: "public newest: the content stream's order as an index",
        sqlite: include_str!("../migrations/sqlite/0038_public_newest.sql"),
        postgres: include_str!("../migrations/postgres/0038_public_newest.sql"),
    },
];

impl Migration {
    /// The statements for one backend.
    pub fn text(&self, backend: crate::db::Backend) -> &'static str {
        match backend {
            crate::db::Backend::Sqlite => self.sqlite,
            crate::db::Backend::Postgres => self.postgres,
        }
    }

    /// SHA-256 of the backend's text, hex, with `\r\n` read as `\n` so that a checkout with
    /// Windows line endings is not taken for an edit.
    pub fn checksum(&self, backend: crate::db::Backend) -> String {
        let digest = Sha256::digest(self.text(backend).replace("\r\n", "\n").as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Seed of the PostgreSQL advisory lock held while migrating ("heroes" in ASCII), hashed with
/// the schema name.
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
        if let TxConn::Postgres(t) = &mut tx.conn {
            // One lock per schema: instances of one program (one schema) migrate in turn, while
            // programs or test runs in other schemas of the same database do not wait on them.
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended(current_schema(), $1))")
                .bind(MIGRATION_LOCK)
                .execute(&mut **t)
                .await?;
        }
        let mut applied_now = Vec::new();
        let backend = self.backend();
        // Run in a block so that a refusal rolls back here, at once: a transaction merely
        // dropped on PostgreSQL keeps its advisory lock until its connection is used again,
        // and the next migrate would wait for it forever.
        let result: StoreResult<()> = async {
            with_tx!(&mut tx, |conn| {
                sqlx::raw_sql(create).execute(&mut *conn).await?;
                // Databases migrated before checksums were recorded lack the column.
                let has_checksum: bool = sqlx::query_scalar(match backend {
                    crate::db::Backend::Sqlite => {
                        "SELECT COUNT(*) > 0 FROM pragma_table_info('schema_migrations') \
                         WHERE name = 'checksum'"
                    }
                    crate::db::Backend::Postgres => {
                        "SELECT COUNT(*) > 0 FROM information_schema.columns \
                         WHERE table_schema = current_schema() \
                         AND table_name = 'schema_migrations' AND column_name = 'checksum'"
                    }
                })
                .fetch_one(&mut *conn)
                .await?;
                if !has_checksum {
                    sqlx::raw_sql("ALTER TABLE schema_migrations ADD COLUMN checksum TEXT")
                        .execute(&mut *conn)
                        .await?;
                }
                let done: Vec<(i64, Option<String>)> =
                    sqlx::query_as("SELECT version, checksum FROM schema_migrations")
                        .fetch_all(&mut *conn)
                        .await?;
                for (version, recorded) in &done {
                    let Some(m) = MIGRATIONS.iter().find(|m| m.version == *version) else {
                        return Err(StoreError::Migration(format!(
                            "The database has migration {version}, which this heroes does not know: \
                             it was migrated by a newer version; run that version (or a newer one)."
                        )));
                    };
                    let expected = m.checksum(backend);
                    match recorded {
                        Some(recorded) if *recorded != expected => {
                            return Err(StoreError::Migration(format!(
                                "Migration {version} ({}) was changed after it was applied to this \
                                 database: restore its original text and add the change as a new \
                                 migration.",
                                m.name
                            )));
                        }
                        Some(_) => {}
                        None => {
                            sqlx::query("UPDATE schema_migrations SET checksum = $1 WHERE version = $2")
                                .bind(&expected)
                                .bind(version)
                                .execute(&mut *conn)
                                .await?;
                        }
                    }
                }
                for m in MIGRATIONS
                    .iter()
                    .filter(|m| !done.iter().any(|(v, _)| *v == m.version))
                {
                    sqlx::raw_sql(m.text(backend)).execute(&mut *conn).await?;
                    sqlx::query(
                        "INSERT INTO schema_migrations (version, name, applied_at, checksum) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(m.version)
                    .bind(m.name)
                    .bind(Utc::now())
                    .bind(m.checksum(backend))
                    .execute(&mut *conn)
                    .await?;
                    applied_now.push(m.version);
                }
            });
            Ok(())
        }
        .await;
        if let Err(e) = result {
            // The refusal is what the caller must hear; a failing rollback is only logged.
            if let Err(rollback) = tx.rollback().await {
                tracing::warn!(error = %rollback, "rolling back a failed migration");
            }
            return Err(e);
        }
        if applied_now.contains(&1) {
            crate::specializations::seed(&mut tx).await?;
        }
        if applied_now.contains(&12) {
            // The canonical form is computed in Rust; see the migration's comment.
            crate::contributions::fill_canonical(&mut tx).await?;
        }
        tx.commit().await?;
        if (applied_now.contains(&33) || applied_now.contains(&34)) && !applied_now.contains(&1) {
            // Names are now indexed with their Latin spellings (33) and titles kept one per
            // line (34), which only Rust computes. Run after the commit because the rebuild
            // commits in chunks of its own; if it is cut short, `heroes reindex` finishes it
            // (documents are rewritten whole, so repeating is harmless).
            crate::search::rebuild_all(self).await?;
        }
        for v in &applied_now {
            tracing::info!(migration.version = v, "migration applied");
        }
        Ok(applied_now)
    }
}

#[cfg(test)]
mod tests {
    use super::MIGRATIONS;

    /// Parallel branches each append their migration; merged, the list must still be in
    /// version order, since a fresh database applies it top to bottom.
    #[test]
    fn migrations_are_listed_by_version_each_once() {
        for pair in MIGRATIONS.windows(2) {
            assert!(
                pair[0].version < pair[1].version,
                "migration {} is listed before {}",
                pair[0].version,
                pair[1].version
            );
        }
    }
}
