//! Mirrors: what went away (`/api/v1/deletions`, kept by triggers in the deleting
//! transaction) and everything at once (the NDJSON bulk exports).

use crate::helpers::{TestApp, contribution, hero};
use axum::http::StatusCode;
use heroes_store::accounts::{self, Actor};
use heroes_store::{contributions, heroes};
use std::io::Read;

fn now_param() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

#[tokio::test]
async fn deletions_list_what_left_the_public_record_since_a_time() {
    let app = TestApp::new().await;
    let ada = hero("Ada Sync").create(&app).await;
    let gone_post = contribution(&ada, "A post that goes").create(&app).await;
    let hidden_post = contribution(&ada, "A post made private").create(&app).await;
    let private_post = contribution(&ada, "Private from the start")
        .private()
        .create(&app)
        .await;
    let kept = contribution(&ada, "A post that stays").create(&app).await;
    let bo = hero("Bo Erased").create(&app).await;
    contribution(&bo, "Bo's post").create(&app).await;
    let bo_account = app.account("bo@example.org", &[], Some(&bo)).await;
    let ada_id = heroes::id_of(app.db(), &ada).await.unwrap().unwrap();

    let before = now_param();
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    contributions::delete(app.db(), ada_id, gone_post)
        .await
        .unwrap();
    contributions::delete(app.db(), ada_id, private_post)
        .await
        .unwrap();
    let hidden = contribution(&ada, "A post made private").private().item();
    contributions::update(app.db(), ada_id, hidden_post, &hidden, chrono::Utc::now())
        .await
        .unwrap();
    accounts::erase(app.db(), bo_account, &Actor::cli())
        .await
        .unwrap();

    let list = app
        .get(&format!(
            "/api/v1/deletions?updated_since={}",
            urlencode(&before)
        ))
        .await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    let body = list.json();
    let items = body["deletions"].as_array().unwrap();
    let seen: Vec<(String, String)> = items
        .iter()
        .map(|d| {
            let kind = d["type"].as_str().unwrap().to_owned();
            let key = match kind.as_str() {
                "hero" => d["slug"].as_str().unwrap().to_owned(),
                _ => d["id"].as_i64().unwrap().to_string(),
            };
            (kind, key)
        })
        .collect();
    // Oldest first; the private post was never public, and Bo's post goes with Bo.
    assert_eq!(
        seen,
        vec![
            ("contribution".to_owned(), gone_post.to_string()),
            ("contribution".to_owned(), hidden_post.to_string()),
            ("hero".to_owned(), bo.clone()),
        ]
    );
    assert_eq!(body["total"], 3);
    assert!(items.iter().all(|d| d["deleted_at"].as_str().is_some()));
    assert!(items.iter().all(|d| d["id"] != kept));

    let heroes_only = app.get("/api/v1/deletions?kind=hero").await.json();
    assert_eq!(heroes_only["total"], 1);
    assert_eq!(heroes_only["deletions"][0]["slug"], bo.as_str());
    // Nothing went away after now.
    let later = app
        .get(&format!(
            "/api/v1/deletions?updated_since={}",
            urlencode(&now_param())
        ))
        .await
        .json();
    assert_eq!(later["total"], 0);
    // Paging follows the other lists.
    let paged = app.get("/api/v1/deletions?limit=2").await;
    assert!(paged.header("link").unwrap().contains("rel=\"next\""));
    assert_eq!(paged.json()["deletions"].as_array().unwrap().len(), 2);

    for bad in [
        "kind=everything",
        "updated_since=yesterday",
        "limit=0",
        "page=-1",
    ] {
        let refused = app.get(&format!("/api/v1/deletions?{bad}")).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(
            refused.header("content-type"),
            Some("application/problem+json")
        );
    }
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The lines of an NDJSON body, each parsed.
fn lines(body: &str) -> Vec<serde_json::Value> {
    body.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[tokio::test]
async fn bulk_exports_stream_every_public_record_as_ndjson_in_pages() {
    let app = TestApp::new().await;
    // More than one store page (500) of contributions, across heroes.
    let mut slugs = Vec::new();
    for i in 0..3 {
        slugs.push(hero(&format!("Bulk Hero {i}")).create(&app).await);
    }
    let alumna = hero("Bulk Alumna").status("alumni").create(&app).await;
    for n in 0..520 {
        let slug = &slugs[n % 3];
        contribution(slug, &format!("Bulk post number {n}"))
            .url(&format!("https://bulk.example.com/{slug}/{n}"))
            .create(&app)
            .await;
    }
    contribution(&slugs[0], "Hidden in bulk")
        .private()
        .create(&app)
        .await;

    let heroes = app.get("/api/v1/heroes.ndjson").await;
    assert_eq!(heroes.status, StatusCode::OK);
    assert_eq!(heroes.header("content-type"), Some("application/x-ndjson"));
    let heroes = lines(&heroes.body);
    let mut names: Vec<&str> = heroes.iter().map(|h| h["slug"].as_str().unwrap()).collect();
    names.sort_unstable();
    let mut expected: Vec<&str> = slugs.iter().map(String::as_str).collect();
    expected.push(&alumna);
    expected.sort_unstable();
    assert_eq!(names, expected, "alumni included");
    // The same shape as the list's items.
    let listed = app.get("/api/v1/heroes?status=all&limit=100").await.json();
    let first = listed["heroes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["slug"] == heroes[0]["slug"])
        .unwrap()
        .clone();
    assert_eq!(first, heroes[0]);

    let all = app.get("/api/v1/contributions.ndjson").await;
    assert_eq!(all.status, StatusCode::OK);
    let all = lines(&all.body);
    assert_eq!(all.len(), 520, "every public one, once, none private");
    let ids: Vec<i64> = all.iter().map(|c| c["id"].as_i64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "by id");
    assert!(all.iter().all(|c| c["title"] != "Hidden in bulk"));

    // Only what changed since a time.
    let since = now_param();
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    contribution(&slugs[1], "After the mark").create(&app).await;
    let recent = app
        .get(&format!(
            "/api/v1/contributions.ndjson?updated_since={}",
            urlencode(&since)
        ))
        .await;
    let recent = lines(&recent.body);
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0]["title"], "After the mark");
    let bad = app
        .get("/api/v1/contributions.ndjson?updated_since=soon")
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn bulk_exports_are_gzipped_for_clients_that_accept_it_and_readable_from_any_origin() {
    let app = TestApp::new().await;
    let slug = hero("Zip Hero").create(&app).await;
    for n in 0..30 {
        contribution(&slug, &format!("Compressed post {n}"))
            .url(&format!("https://zip.example.com/{n}"))
            .create(&app)
            .await;
    }
    let plain = app.get("/api/v1/contributions.ndjson").await;
    let zipped = app
        .request(
            axum::http::Request::get("/api/v1/contributions.ndjson")
                .header("accept-encoding", "gzip")
                .header("origin", "https://mirror.example")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(zipped.header("content-encoding"), Some("gzip"));
    assert_eq!(zipped.header("access-control-allow-origin"), Some("*"));
    assert!(zipped.header("vary").unwrap().contains("accept-encoding"));
    // TestResponse keeps bodies as lossy text; ask again for the raw bytes.
    let raw = app
        .raw_body(
            axum::http::Request::get("/api/v1/contributions.ndjson")
                .header("accept-encoding", "gzip")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    let mut decoded = String::new();
    flate2::read::GzDecoder::new(&raw[..])
        .read_to_string(&mut decoded)
        .unwrap();
    assert_eq!(decoded, plain.body);
    // A client that accepts only Brotli gets the plain stream, never gzip it did not ask for.
    let br_only = app
        .get_with("/api/v1/contributions.ndjson", &[("accept-encoding", "br")])
        .await;
    assert_eq!(br_only.header("content-encoding"), None);
    assert_eq!(br_only.body, plain.body);
}
