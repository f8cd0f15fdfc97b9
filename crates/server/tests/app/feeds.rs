//! Feeds parse as what they claim to be, and keep private work out.

use crate::helpers::{TestApp, contribution, hero};
use axum::http::StatusCode;

async fn parse(app: &TestApp, path: &str) -> feed_rs::model::Feed {
    let response = app.get(path).await;
    assert_eq!(response.status, StatusCode::OK, "{path}");
    feed_rs::parser::parse(response.body.as_bytes())
        .unwrap_or_else(|e| panic!("{path}: {e}\n{}", response.body))
}

#[tokio::test]
async fn atom_and_json_feeds_are_valid_and_public_only() {
    let app = TestApp::new().await;
    let slug = hero("Feed Hero & Co").create(&app).await;
    contribution(&slug, "Escaping <tags> & \"quotes\"")
        .date(2026, 5, 1)
        .create(&app)
        .await;
    contribution(&slug, "Private draft")
        .private()
        .create(&app)
        .await;

    let atom = parse(&app, "/feeds/contributions.atom").await;
    assert_eq!(atom.entries.len(), 1);
    let entry = &atom.entries[0];
    assert_eq!(
        entry.title.as_ref().unwrap().content,
        "Escaping <tags> & \"quotes\""
    );
    assert_eq!(entry.authors[0].name.as_deref(), Some("Feed Hero & Co"));
    assert!(entry.updated.is_some() && atom.updated.is_some());

    let json = parse(&app, "/feeds/contributions.json").await;
    assert_eq!(json.entries.len(), 1);
    let raw = app.get("/feeds/contributions.json").await.json();
    assert_eq!(raw["version"], "https://jsonfeed.org/version/1.1");

    let per_hero = parse(&app, &format!("/heroes/{slug}/feed.atom")).await;
    assert_eq!(per_hero.entries.len(), 1);
    let per_spec = parse(&app, "/specializations/serverless/feed.atom").await;
    assert_eq!(per_spec.entries.len(), 1);
    let other_spec = parse(&app, "/specializations/data/feed.atom").await;
    assert!(other_spec.entries.is_empty());
    assert!(other_spec.updated.is_some());
    assert_eq!(
        app.get("/heroes/nobody/feed.atom").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn sitemap_and_robots() {
    let app = TestApp::new().await;
    let slug = hero("Map Hero").create(&app).await;
    let sitemap = app.get("/sitemap.xml").await;
    assert!(
        sitemap
            .body
            .contains(&format!("<loc>http://heroes.test/heroes/{slug}</loc>"))
    );
    assert!(
        sitemap
            .body
            .contains("<loc>http://heroes.test/specializations/data</loc>")
    );
    let robots = app.get("/robots.txt").await;
    assert!(
        robots
            .body
            .contains("Sitemap: http://heroes.test/sitemap.xml")
    );
}
