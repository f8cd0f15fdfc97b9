//! The response cache: bounded memory, junk query parameters, read-your-writes, stampedes.

use crate::helpers::{TestApp, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::TokenScope;
use heroes_server::cache::{MIN_CAPACITY, MIN_ENTRY_WEIGHT, PageCache};
use heroes_server::{AppState, Config, router};
use std::sync::Arc;
use std::time::Duration;

/// The application with the cache configured by `configure`, and a handle on that cache.
async fn app_with_cache(configure: impl FnOnce(&mut Config)) -> (TestApp, Arc<PageCache>) {
    let test = TestApp::new().await;
    let mut config = Config::new("http://heroes.test".to_owned()).unwrap();
    configure(&mut config);
    let state = AppState::new(test.db().clone(), config);
    let cache = state.cache.clone().expect("the cache is on");
    let app = TestApp {
        router: router::router(state.clone()),
        state,
        test_db: test.test_db,
    };
    (app, cache)
}

/// `n` letters that differ from one call to the next.
fn junk(seed: usize, n: usize) -> String {
    let mut x = (seed as u64).wrapping_mul(6_364_136_223_846_793_005);
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            char::from(b'a' + (x >> 59) as u8 % 26)
        })
        .collect()
}

#[tokio::test]
async fn unknown_query_parameters_make_no_new_entries() {
    let (app, cache) = app_with_cache(|_| {}).await;
    hero("Ada Quinn").create(&app).await;
    // 6 KB of junk each: longer addresses are refused (414) before they reach the cache.
    for i in 0..100 {
        let robots = app.get(&format!("/robots.txt?x={}", junk(i, 6_000))).await;
        assert_eq!(robots.status, StatusCode::OK);
    }
    assert_eq!(
        cache.len(),
        1,
        "every junk query is the one robots.txt entry"
    );
    assert!(cache.weight() <= MIN_ENTRY_WEIGHT);

    // Tracking parameters on a shared link are the plain page, rendered once.
    let plain = app.get("/heroes").await;
    let renders = cache.renders();
    for i in 0..20 {
        let shared = app
            .get(&format!(
                "/heroes?utm_source={}&fbclid={i}&q=",
                junk(i, 100)
            ))
            .await;
        assert_eq!(shared.body, plain.body);
    }
    assert_eq!(cache.renders(), renders);
    assert_eq!(cache.len(), 2);

    // The parameters a route reads still select what it shows.
    let search = app.get("/heroes?q=ada&utm_source=mail").await;
    assert!(search.body.contains("Ada Quinn"));
    let nothing = app.get("/heroes?q=zebra").await;
    assert!(!nothing.body.contains("Ada Quinn"));
}

#[tokio::test]
async fn the_cache_stays_within_its_entry_and_byte_bounds() {
    let (app, cache) = app_with_cache(|c| c.page_cache_bytes = MIN_CAPACITY).await;
    hero("Ada Quinn").create(&app).await;
    let max_entries = (MIN_CAPACITY / MIN_ENTRY_WEIGHT) as usize;
    // Distinct answers that are all worth keeping (API searches), then more distinct URLs
    // than the cache has room for (unknown heroes).
    for i in 0..150 {
        let found = app.get(&format!("/api/v1/heroes?q={}", junk(i, 200))).await;
        assert_eq!(found.status, StatusCode::OK);
    }
    for i in 0..(max_entries + 100) {
        let missing = app.get(&format!("/heroes/nobody-{i}")).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
    }
    assert!(
        cache.len() <= max_entries,
        "{} entries, at most {max_entries}",
        cache.len()
    );
    assert!(cache.weight() <= MIN_CAPACITY, "{} bytes", cache.weight());
    assert!(cache.len() > 100, "it does keep what fits");
}

#[tokio::test]
async fn a_huge_key_is_answered_but_not_stored() {
    let (app, cache) = app_with_cache(|_| {}).await;
    hero("Ada Quinn").create(&app).await;
    let long_search = format!("ada+{}", junk(1, 4_000));
    for _ in 0..3 {
        let page = app.get(&format!("/heroes?q={long_search}")).await;
        assert_eq!(page.status, StatusCode::OK);
    }
    assert_eq!(cache.len(), 0);
    assert_eq!(cache.renders(), 0, "nothing was rendered to be kept");
}

async fn patch_profile(app: &TestApp, token: &str, json: &str) -> crate::helpers::TestResponse {
    app.request(
        Request::builder()
            .method("PATCH")
            .uri("/api/v1/me/profile")
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(Body::from(json.to_owned()))
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn a_writer_reads_its_own_write_at_once_even_within_the_check_interval() {
    // A long interval: only this instance's own write can make the cache look again.
    let (app, _cache) = app_with_cache(|c| c.cache_check_interval = Duration::from_secs(60)).await;
    let slug = hero("Dara Kim").create(&app).await;
    let id = app.account("dara@example.org", &[], Some(&slug)).await;
    let token = app.token(id, TokenScope::Write).await;
    let url = format!("/api/v1/heroes/{slug}");
    // The old answer is cached before every write.
    assert_eq!(app.get(&url).await.status, StatusCode::OK);
    for i in 0..20 {
        let headline = format!("Platform engineering, take {i}");
        let patched =
            patch_profile(&app, &token, &format!(r#"{{"headline": "{headline}"}}"#)).await;
        assert_eq!(patched.status, StatusCode::OK, "{}", patched.body);
        let read = app.get(&url).await;
        assert_eq!(read.json()["headline"], headline.as_str(), "write {i}");
        // Browsers and proxies may keep it, but must ask again before reusing it.
        assert_eq!(read.header("cache-control"), Some("public, no-cache"));
        let etag = read.header("etag").unwrap().to_owned();
        let again = app.get_with(&url, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    }
    // The public page too.
    let page = app.get(&format!("/heroes/{slug}")).await;
    assert!(page.body.contains("Platform engineering, take 19"));
    assert_eq!(page.header("cache-control"), Some("public, no-cache"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_misses_of_one_page_render_it_once() {
    let (app, cache) = app_with_cache(|_| {}).await;
    for name in ["Ada Quinn", "Bo Lindqvist", "Chen Wei", "Dara Kim"] {
        hero(name).create(&app).await;
    }
    let requests = (0..12)
        .map(|_| {
            axum::http::Request::get("/heroes?sort=name")
                .body(axum::body::Body::empty())
                .unwrap()
        })
        .collect();
    let mut bodies = Vec::new();
    for page in app.at_once(requests).await {
        assert_eq!(page.status, StatusCode::OK);
        bodies.push(page.body);
    }
    assert!(bodies.iter().all(|b| b == &bodies[0]));
    assert_eq!(cache.renders(), 1);
}

#[tokio::test]
async fn requests_that_find_the_data_version_out_of_date_read_it_once() {
    let app = TestApp::new().await;
    let watch = heroes_store::VersionWatch::new(Duration::from_secs(60));
    let at_once = || futures_util::future::join_all((0..64).map(|_| watch.current(app.db())));
    // Other tests in this process (`cargo test` runs them side by side) may commit changes
    // meanwhile, and each makes the version untrusted once more: a few reads, never 64.
    let few = 4;
    // 64 callers at once, none with a version yet: one read, the others wait for it.
    assert!(at_once().await.iter().all(|r| r.is_ok()));
    let first = watch.reads();
    assert!((1..=few).contains(&first), "{first} reads");
    // Within the interval: none, but for those changes.
    at_once().await;
    assert!(watch.reads() - first < few, "{} reads", watch.reads());
    // After a change through this process: read again at once, and once.
    let before = watch.reads();
    hero("Ama Mensah").create(&app).await;
    let all = at_once().await;
    assert!(
        (1..=few).contains(&(watch.reads() - before)),
        "{} reads",
        watch.reads() - before
    );
    assert!(all.iter().all(|r| r.is_ok()));
}
