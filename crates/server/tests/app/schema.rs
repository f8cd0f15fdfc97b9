//! Both backends' migrations produce the same tables and columns.

use heroes_store::Db;
use heroes_store::testing::{TestDb, postgres_url};
use std::collections::BTreeSet;

/// Parts of the schema that exist on one backend only, by design: SQLite's FTS5 index tables
/// and PostgreSQL's generated `tsvector` column serve the same search.
fn backend_specific(table: &str, column: &str) -> bool {
    table.starts_with("hero_search_fts") || (table == "hero_search" && column == "document")
}

async fn columns(db: &Db) -> BTreeSet<(String, String)> {
    let rows: Vec<(String, String)> = match db {
        Db::Sqlite(pool) => sqlx::query_as(
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
        Db::Postgres(pool) => sqlx::query_as(
            "SELECT table_name::TEXT, column_name::TEXT FROM information_schema.columns \
             WHERE table_schema = current_schema()",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    rows.into_iter()
        .filter(|(t, c)| !backend_specific(t, c))
        .collect()
}

#[tokio::test]
async fn sqlite_and_postgres_schemas_match() {
    let Some(url) = postgres_url() else {
        // This comparison needs both databases; it runs in the PostgreSQL pass of .ci/run.
        eprintln!("schema comparison runs in the PostgreSQL pass");
        return;
    };
    let sqlite = TestDb::sqlite().await.unwrap();
    let postgres = TestDb::postgres(&url).await.unwrap();
    let (s, p) = (columns(&sqlite.db).await, columns(&postgres.db).await);
    assert!(s.len() > 40, "suspiciously few columns: {s:?}");
    let only_sqlite: Vec<_> = s.difference(&p).collect();
    let only_postgres: Vec<_> = p.difference(&s).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "only in SQLite: {only_sqlite:?}\nonly in PostgreSQL: {only_postgres:?}"
    );
}

#[tokio::test]
async fn migrating_twice_changes_nothing() {
    let test = TestDb::new().await.unwrap();
    assert!(test.db.migrate().await.unwrap().is_empty());
    let specializations = heroes_store::specializations::list(&test.db, true)
        .await
        .unwrap();
    assert_eq!(specializations.len(), 7);
}

async fn execute(db: &Db, sql: &'static str) {
    match db {
        Db::Sqlite(pool) => sqlx::raw_sql(sql).execute(pool).await.map(|_| ()),
        Db::Postgres(pool) => sqlx::raw_sql(sql).execute(pool).await.map(|_| ()),
    }
    .unwrap();
}

/// A migration edited after it ran stops start-up with a sentence naming it; databases from
/// before checksums get theirs; a database from a newer version is not touched.
#[tokio::test]
async fn an_edited_migration_stops_the_start_with_its_name() {
    let test = TestDb::new().await.unwrap();
    let db = &test.db;
    assert!(
        db.migrate().await.unwrap().is_empty(),
        "nothing left to apply"
    );

    // Recorded before checksums existed: filled in, start-up goes on.
    execute(db, "UPDATE schema_migrations SET checksum = NULL").await;
    assert!(db.migrate().await.unwrap().is_empty());

    execute(
        db,
        "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 3",
    )
    .await;
    let error = db.migrate().await.unwrap_err().to_string();
    assert!(
        error.contains("Migration 3 (api tokens) was changed after it was applied"),
        "{error}"
    );

    execute(db, "UPDATE schema_migrations SET checksum = NULL").await;
    execute(
        db,
        "INSERT INTO schema_migrations (version, name, applied_at, checksum) \
         VALUES (9999, 'from the future', '2030-01-01T00:00:00Z', 'x')",
    )
    .await;
    let error = db.migrate().await.unwrap_err().to_string();
    assert!(
        error.contains("has migration 9999, which this heroes does not know"),
        "{error}"
    );
}
