//! Migrations: both backends make the same tables, views and columns; running them twice
//! changes nothing; an edited migration stops the start; migration 0012 on old data.

use crate::helpers::on_pool;
use heroes_store::Db;
use heroes_store::testing::TestDb;
use std::collections::{BTreeMap, BTreeSet};

/// Parts of the schema that exist on one backend only, by design: SQLite's FTS5 index tables
/// and PostgreSQL's generated `tsvector` column serve the same search.
fn backend_specific(table: &str, column: &str) -> bool {
    table.starts_with("hero_search_fts") || (table == "hero_search" && column == "document")
}

async fn columns(db: &Db) -> BTreeSet<(String, String)> {
    let rows: Vec<(String, String)> = match db {
        Db::Sqlite(pool) => sqlx::query_as(
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%'",
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

/// Both backends' migrations make the tables, views and columns recorded in one snapshot
/// (`snapshots/app__schema__tables_and_columns.snap`): each pass of the suite (SQLite, then
/// PostgreSQL in `.ci/run`) compares its own backend with the same file, so the two agree
/// whenever both passes do, and neither pass skips the check. A migration that adds a column
/// on one backend only fails one of the passes; a new migration updates the file (see
/// `snapshots.rs` for how).
#[tokio::test]
async fn both_backends_make_the_recorded_tables_and_columns() {
    let test = TestDb::new().await.unwrap();
    let columns = columns(&test.db).await;
    assert!(columns.len() > 40, "suspiciously few columns: {columns:?}");
    let mut tables: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (table, column) in &columns {
        tables.entry(table).or_default().push(column);
    }
    let listed: Vec<String> = tables
        .iter()
        .map(|(table, columns)| format!("{table}: {}", columns.join(", ")))
        .collect();
    insta::assert_snapshot!("tables_and_columns", listed.join("\n"));
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

/// Migration 0012 on a database where a hero logged one work twice under two forms of its
/// address: the older entry gets the canonical address, the later one is kept (nothing typed
/// is deleted) but no longer blocks anything, and from then on a third form is refused.
#[tokio::test]
async fn canonical_addresses_are_filled_and_old_duplicates_kept() {
    let app = crate::helpers::TestApp::new().await;
    let slug = crate::helpers::hero("Old Log").create(&app).await;
    let hero = app.hero_id(&slug).await;
    // Back to the schema before 0012. The dashboard's window triggers (0035) read the
    // column, so they go first (SQLite refuses to drop a column a trigger names; on
    // PostgreSQL they are one trigger on the table).
    let triggers: &[&str] = match app.db() {
        Db::Sqlite(_) => &[
            "DROP TRIGGER dashboard_window_insert",
            "DROP TRIGGER dashboard_window_delete",
            "DROP TRIGGER dashboard_window_update",
        ],
        Db::Postgres(_) => &["DROP TRIGGER dashboard_window_row ON contributions"],
    };
    on_pool!(app.db(), |pool| {
        for statement in triggers.iter().copied().chain([
            "DROP INDEX contributions_hero_canonical",
            "ALTER TABLE contributions DROP COLUMN canonical",
            "ALTER TABLE sources DROP COLUMN last_skipped",
            "DELETE FROM schema_migrations WHERE version = 12",
        ]) {
            sqlx::query(statement).execute(pool).await.unwrap();
        }
    });
    let now = chrono::Utc::now();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    for (title, url) in [
        ("First entry", "http://old.example/p/0.html"),
        ("Second entry", "https://www.old.example/p/0.html/"),
        ("Another work", "https://old.example/p/1.html"),
    ] {
        on_pool!(app.db(), |pool| sqlx::query(
            "INSERT INTO contributions (hero_id, kind, title, url, published_on, created_at, \
             updated_at) VALUES ($1, 'blog-post', $2, $3, $4, $5, $5)"
        )
        .bind(hero)
        .bind(title)
        .bind(url)
        .bind(day)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ())
        .unwrap());
    }
    assert_eq!(app.db().migrate().await.unwrap(), [12]);
    let rows: Vec<(String, Option<String>)> = on_pool!(app.db(), |pool| sqlx::query_as(
        "SELECT title, canonical FROM contributions ORDER BY id"
    )
    .fetch_all(pool)
    .await
    .unwrap());
    assert_eq!(
        rows,
        [
            (
                "First entry".to_owned(),
                Some("https://old.example/p/0.html".to_owned())
            ),
            ("Second entry".to_owned(), None),
            (
                "Another work".to_owned(),
                Some("https://old.example/p/1.html".to_owned())
            ),
        ]
    );
    let third = heroes_domain::contribution::ContributionInput {
        kind: "blog-post".to_owned(),
        title: "Third form".to_owned(),
        url: "https://old.example/p/0.html?utm_source=x".to_owned(),
        date: "2026-03-02".to_owned(),
        ..Default::default()
    }
    .parse(day)
    .unwrap();
    assert!(matches!(
        heroes_store::contributions::add(app.db(), &slug, &third, now).await,
        Err(heroes_store::StoreError::Conflict { field: "url" })
    ));
    // The kept copy no longer counts for renewal: one work, once.
    let counted = heroes_store::renewal::items(app.db(), &[hero], day)
        .await
        .unwrap()
        .remove(&hero)
        .unwrap_or_default();
    assert_eq!(counted.len(), 2, "First entry and Another work");
}
