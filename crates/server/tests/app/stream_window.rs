//! The stream's newest rows kept in memory ([`StreamWindow`]) give exactly the pages the SQL
//! gives, for every filter and page, before and after changes; pages the rows kept cannot
//! answer whole come from the database.

use crate::helpers::{contribution, with_demo};
use heroes_domain::contribution::ContributionKind;
use heroes_store::Db;
use heroes_store::contributions::{self, ContributionView, StreamQuery, StreamWindow};
use std::time::Duration;

/// What a page lists, in a comparable form.
fn comparable(items: Vec<ContributionView>) -> Vec<(i64, String, String, Option<String>)> {
    items
        .into_iter()
        .map(|c| (c.id, c.hero_slug, c.kind, c.specialization_slug))
        .collect()
}

/// Every filter × page × page size, compared between the window and the SQL; how many pages
/// were not empty.
async fn same_pages(window: &StreamWindow, db: &Db, when: &str) -> usize {
    let filters: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (vec![], vec![]),
        (vec!["serverless"], vec![]),
        (vec!["serverless", "data"], vec![]),
        (vec![], vec!["talk"]),
        (vec![], vec!["blog-post", "video"]),
        (vec!["container"], vec!["talk", "blog-post"]),
        (vec!["no-such-specialization"], vec![]),
    ];
    let mut listed = 0;
    for (specializations, kinds) in &filters {
        for limit in [1, 7, 20] {
            for page in 0..12 {
                let query = StreamQuery {
                    specializations: specializations.iter().map(|s| (*s).to_owned()).collect(),
                    kinds: kinds.iter().map(|s| (*s).to_owned()).collect(),
                    limit,
                    offset: page * limit,
                    ..StreamQuery::default()
                };
                let kept = comparable(window.stream(db, &query).await.unwrap());
                let sql = comparable(contributions::stream(db, &query).await.unwrap());
                assert_eq!(kept, sql, "{when}: {query:?}");
                listed += usize::from(!sql.is_empty());
            }
        }
    }
    listed
}

#[tokio::test]
async fn the_kept_rows_give_the_same_pages_as_the_sql_before_and_after_changes() {
    let app = with_demo(30, 5).await;
    let db = app.db();
    // Fewer rows than the stream has: deep pages and thin filters run past them.
    let window = StreamWindow::new(Duration::ZERO, 60);
    assert!(same_pages(&window, db, "at first").await > 100);

    // A new newest contribution, one published long ago, one made private, one deleted.
    let newest = contributions::stream(
        db,
        &StreamQuery {
            limit: 3,
            ..StreamQuery::default()
        },
    )
    .await
    .unwrap();
    let hero = newest[0].hero_slug.clone();
    contribution(&hero, "Cold starts, measured again")
        .kind(ContributionKind::Talk)
        .date(2026, 11, 29)
        .create(&app)
        .await;
    contribution(&hero, "An old post")
        .date(2001, 1, 1)
        .specialization(Some("container"))
        .create(&app)
        .await;
    // Rewritten as private (the edit form's whole item): gone from the stream.
    let private = contribution(&newest[1].hero_slug, "Made private")
        .date(2026, 11, 28)
        .private()
        .item();
    contributions::update(
        db,
        newest[1].hero_id,
        newest[1].id,
        &private,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    contributions::delete(db, newest[2].hero_id, newest[2].id)
        .await
        .unwrap();
    assert!(same_pages(&window, db, "after changes").await > 100);

    // More rows than the stream has: every page from memory, the last ones short or empty.
    let whole = StreamWindow::new(Duration::ZERO, 1_000);
    same_pages(&whole, db, "the whole stream kept").await;

    // The first page comes from memory: a title changed behind the data version's back (no
    // write through the store does that) shows in the SQL's page only.
    let first = StreamQuery {
        limit: 20,
        ..StreamQuery::default()
    };
    let id = window.stream(db, &first).await.unwrap()[0].id;
    let sql = "UPDATE contributions SET title = 'Changed behind its back' WHERE id = $1";
    match db {
        Db::Sqlite(pool) => {
            sqlx::query(sql).bind(id).execute(pool).await.unwrap();
        }
        Db::Postgres(pool) => {
            sqlx::query(sql).bind(id).execute(pool).await.unwrap();
        }
    }
    assert_ne!(
        window.stream(db, &first).await.unwrap()[0].title,
        "Changed behind its back"
    );
    assert_eq!(
        contributions::stream(db, &first).await.unwrap()[0].title,
        "Changed behind its back"
    );
}
