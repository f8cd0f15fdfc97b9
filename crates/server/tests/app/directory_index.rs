//! The in-memory directory index answers exactly as the SQL does, and follows writes made
//! through this instance at once and through another within the check interval.

use crate::helpers::{TestApp, contribution, hero, with_demo};
use heroes_domain::geo::{CountryCode, Region};
use heroes_domain::search::query_terms;
use heroes_server::{AppState, Config, router};
use heroes_store::Db;
use heroes_store::directory::{self, DirectoryIndex};
use heroes_store::heroes::{self, DirectoryPage, DirectoryQuery, DirectorySort, StatusFilter};
use std::collections::HashMap;
use std::time::Duration;

/// What a page says, in a comparable form: each hero with the awards on its card, the total
/// and the four facets (specialization counts sorted: the SQL gives them in no set order).
fn comparable(page: DirectoryPage) -> impl std::fmt::Debug + PartialEq {
    let heroes: Vec<_> = page
        .heroes
        .into_iter()
        .map(|h| {
            let awards: Vec<_> = h.awards.iter().map(|a| (a.slug.clone(), a.year)).collect();
            (h.id, h.slug, h.status, h.country, h.hero_since, awards)
        })
        .collect();
    let mut specs = page.specialization_counts;
    specs.sort();
    (
        heroes,
        page.total,
        specs,
        page.region_counts,
        page.country_counts,
        page.status_counts,
    )
}

/// Search texts drawn from the program: a full name, a first name, prefixes of names, words
/// of headlines and contribution titles, two words, and words nobody wrote.
async fn search_texts(db: &Db) -> Vec<String> {
    let all = heroes::directory(
        db,
        &DirectoryQuery {
            status: StatusFilter::All,
            limit: 1_000,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut texts = vec![
        "serverl".to_owned(),
        "kubernetes".to_owned(),
        "data".to_owned(),
        "cloud architect".to_owned(),
        "zzqx".to_owned(),
        "a".to_owned(),
    ];
    for h in all.heroes.iter().step_by(17) {
        let first = h
            .display_name
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_owned();
        texts.push(first.chars().take(3).collect());
        texts.push(first);
        texts.push(h.display_name.clone());
        texts.push(
            h.headline
                .split(' ')
                .next_back()
                .unwrap_or_default()
                .to_owned(),
        );
        texts.push(h.company.clone());
    }
    // Names written in other scripts, searched by their Latin spellings: the one the hero
    // gave (`latin_name`) and the library's transliteration, whole and as a prefix.
    let mut spelled = 0;
    for h in all.heroes.iter().filter(|h| !h.display_name.is_ascii()) {
        let transliterated = heroes_domain::search::transliterate(&h.display_name);
        let latin = if h.latin_name.is_empty() {
            transliterated
        } else {
            h.latin_name.clone()
        };
        let Some(last) = latin.split(' ').next_back().filter(|w| !w.is_empty()) else {
            continue;
        };
        texts.push(last.to_owned());
        texts.push(last.chars().take(4).collect());
        texts.push(latin.clone());
        spelled += 1;
        if spelled == 12 {
            break;
        }
    }
    assert!(spelled > 0, "the demo has names in other scripts");
    // Han has no one reading: the demo gives every such name its owner's spelling.
    for h in &all.heroes {
        if h.display_name
            .chars()
            .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
        {
            assert!(
                !h.latin_name.is_empty(),
                "{} has no Latin spelling",
                h.display_name
            );
        }
    }
    texts
}

#[tokio::test]
async fn the_index_gives_the_same_heroes_counts_and_order_as_the_sql() {
    let app = with_demo(150, 21).await;
    let db = app.db();
    let index = DirectoryIndex::new(Duration::ZERO);

    let mut queries: Vec<DirectoryQuery> = Vec::new();
    let filters: Vec<DirectoryQuery> = vec![
        DirectoryQuery::default(),
        DirectoryQuery {
            specializations: vec!["serverless".into(), "data".into()],
            ..Default::default()
        },
        DirectoryQuery {
            regions: vec![Region::Emea],
            countries: vec![
                CountryCode::parse("DE").unwrap(),
                CountryCode::parse("FR").unwrap(),
            ],
            ..Default::default()
        },
        DirectoryQuery {
            regions: vec![Region::Apj, Region::Americas],
            status: StatusFilter::All,
            ..Default::default()
        },
        DirectoryQuery {
            specializations: vec!["containers".into()],
            status: StatusFilter::Alumni,
            ..Default::default()
        },
        DirectoryQuery {
            since: Some(2019),
            status: StatusFilter::All,
            ..Default::default()
        },
    ];
    let texts = search_texts(db).await;
    for (i, filter) in filters.iter().enumerate() {
        for sort in [
            DirectorySort::Relevance,
            DirectorySort::Name,
            DirectorySort::Newest,
        ] {
            for (limit, offset) in [(24, 0), (10, 20), (0, 0)] {
                let base = DirectoryQuery {
                    sort,
                    limit,
                    offset,
                    ..filter.clone()
                };
                queries.push(base.clone());
                // Every filter with a share of the searches (all of them unfiltered).
                for text in texts.iter().skip(i).step_by(if i == 0 { 1 } else { 5 }) {
                    queries.push(DirectoryQuery {
                        terms: query_terms(text),
                        ..base.clone()
                    });
                }
            }
        }
    }
    let mut found_some = 0;
    for q in &queries {
        let sql = heroes::directory(db, q).await.unwrap();
        found_some += usize::from(sql.total > 0 && !q.terms.is_empty());
        let memory = index.directory(db, q).await.unwrap();
        assert_eq!(comparable(memory), comparable(sql), "for {q:?}");
    }
    assert!(
        found_some > queries.len() / 4,
        "the searches find heroes ({found_some} of {})",
        queries.len()
    );
}

/// Every search of `texts` the in-memory search answers gives each hero the very rank the
/// database gives (the same number, not only the same order); returns how many it answered.
async fn same_ranks(index: &DirectoryIndex, db: &Db, texts: &[String], when: &str) -> usize {
    let mut answered = 0;
    for text in texts {
        let terms = query_terms(text);
        if terms.is_empty() {
            continue;
        }
        let Some(memory) = index.ranks_from_memory(db, &terms).await.unwrap() else {
            continue;
        };
        let sql = directory::sql_ranks(db, &terms).await.unwrap();
        let by_hero = |ranks: Vec<(i64, f64)>| ranks.into_iter().collect::<HashMap<_, _>>();
        assert_eq!(
            by_hero(memory),
            by_hero(sql),
            "{when}: the ranks of {text:?}"
        );
        answered += 1;
    }
    answered
}

#[tokio::test]
async fn the_in_memory_search_ranks_exactly_as_the_database_before_and_after_changes() {
    let app = with_demo(120, 7).await;
    let db = app.db();
    let index = DirectoryIndex::new(Duration::ZERO);
    let mut texts = search_texts(db).await;
    // Words with many instances and near each other (PostgreSQL ranks by their distance).
    texts.extend([
        "serverless data".to_owned(),
        "s".to_owned(),
        "d a".to_owned(),
    ]);
    let answered = same_ranks(&index, db, &texts, "as generated").await;
    assert!(answered > texts.len() / 2, "{answered} of {}", texts.len());
    // Two broad prefixes: `ts_rank` would pair every position of each, so PostgreSQL ranks
    // them itself; FTS5's `bm25` only sums, so SQLite's are answered in memory.
    let broad = index
        .ranks_from_memory(db, &query_terms("d a"))
        .await
        .unwrap();
    assert_eq!(broad.is_none(), matches!(db, Db::Postgres(_)));

    // Documents added, rewritten and dropped: the index reads only those (by their stamps)
    // and the table's statistics, which every rank depends on, move with them.
    let sam = hero("Sam Serverless")
        .headline("Serverless data serverless")
        .company("Data Serverless")
        .create(&app)
        .await;
    contribution(&sam, "Serverless data pipelines: serverless at scale")
        .create(&app)
        .await;
    let listed = heroes::directory(
        db,
        &DirectoryQuery {
            limit: 2,
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .heroes;
    let (first, dropped) = (listed[0].clone(), listed[1].id);
    contribution(&first.slug, "Kubernetes data, kubernetes serverless")
        .create(&app)
        .await;
    let drop = "DELETE FROM hero_search WHERE hero_id = $1";
    let bump = "UPDATE data_version SET version = version + 1 WHERE id = 1";
    match db {
        Db::Sqlite(pool) => {
            sqlx::query(drop).bind(dropped).execute(pool).await.unwrap();
            sqlx::query(bump).execute(pool).await.unwrap();
        }
        Db::Postgres(pool) => {
            sqlx::query(drop).bind(dropped).execute(pool).await.unwrap();
            sqlx::query(bump).execute(pool).await.unwrap();
        }
    }
    let after = same_ranks(&index, db, &texts, "after changes").await;
    assert_eq!(after, answered);
    let found = index
        .ranks_from_memory(db, &query_terms("serverless data"))
        .await
        .unwrap()
        .unwrap();
    assert!(
        found.iter().any(|f| f.0 == first.id),
        "a new title is found"
    );
    assert!(
        found.iter().all(|f| f.0 != dropped),
        "a dropped document is not"
    );
}

#[tokio::test]
async fn a_change_through_another_instance_shows_within_the_check_interval() {
    let writer = TestApp::new().await;
    let slug = hero("Ines Okafor")
        .place("Lagos", "NG")
        .create(&writer)
        .await;
    // A second instance on the same database, trusting the data version for 300 ms, with no
    // response cache: what it answers comes from its directory index.
    let interval = Duration::from_millis(300);
    let mut config = Config::new("http://heroes.test".to_owned()).unwrap();
    config.page_cache = false;
    config.cache_check_interval = interval;
    let state = AppState::new(writer.db().clone(), config);
    let reader = TestApp {
        router: router::router(state.clone()),
        state,
        test_db: heroes_store::testing::TestDb::new().await.unwrap(),
    };
    let nz = "/api/v1/heroes?country=NZ";
    assert_eq!(reader.get(nz).await.json()["total"], 0);

    // Another process moves her: its commit is not counted by this process, so only reading
    // the data version again tells this instance.
    let moved = "UPDATE hero_records SET country = 'NZ', region = 'apj' WHERE slug = $1";
    let bump = "UPDATE data_version SET version = version + 1 WHERE id = 1";
    match writer.db() {
        Db::Sqlite(pool) => {
            let mut tx = pool.begin().await.unwrap();
            sqlx::query(moved)
                .bind(&slug)
                .execute(&mut *tx)
                .await
                .unwrap();
            sqlx::query(bump).execute(&mut *tx).await.unwrap();
            tx.commit().await.unwrap();
        }
        Db::Postgres(pool) => {
            let mut tx = pool.begin().await.unwrap();
            sqlx::query(moved)
                .bind(&slug)
                .execute(&mut *tx)
                .await
                .unwrap();
            sqlx::query(bump).execute(&mut *tx).await.unwrap();
            tx.commit().await.unwrap();
        }
    }
    tokio::time::sleep(interval + Duration::from_millis(50)).await;
    let found = reader.get(nz).await.json();
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["heroes"][0]["slug"], slug.as_str());

    // A hero added through the store: the search finds her, and the facets count her.
    hero("Tavita Faleolo")
        .place("Auckland", "NZ")
        .create(&writer)
        .await;
    tokio::time::sleep(interval + Duration::from_millis(50)).await;
    let found = reader.get("/api/v1/heroes?q=tavita").await.json();
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(reader.get(nz).await.json()["total"], 2);
}
