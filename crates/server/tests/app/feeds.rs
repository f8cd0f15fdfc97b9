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

/// What heroes might type: characters XML 1.0 forbids (refused), and text that only needs
/// escaping (kept exactly).
const FORBIDDEN: [(&str, &str); 4] = [
    ("U+FFFE", "Noncharacter \u{FFFE} title"),
    ("U+FFFF", "Noncharacter \u{FFFF} title"),
    ("NUL", "Null \u{0} byte"),
    ("ESC", "Escape \u{1B}[31m red"),
];
const AWKWARD: [&str; 3] = [
    "CDATA ends ]]> here",
    "Less < more & <b>tags</b>",
    "Crab 🦀 rave",
];

/// XML 1.0's `Char` production, written out here so the check does not lean on the code
/// under test.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The feed at `path` is a document every reader takes: only XML characters (strict parsers
/// stop at the first other one; feed-rs does not), and it parses as a feed.
async fn strict_feed(app: &TestApp, path: &str) -> feed_rs::model::Feed {
    let response = app.get(path).await;
    assert_eq!(response.status, StatusCode::OK, "{path}");
    if path.ends_with(".json") {
        // JSON escapes control characters, so look at the decoded strings.
        fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
            match value {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
                serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        strings(&response.json(), &mut all);
        for s in all {
            assert!(s.chars().all(xml_char), "{path}: {s:?}");
        }
    } else {
        let bad: Vec<char> = response.body.chars().filter(|c| !xml_char(*c)).collect();
        assert!(bad.is_empty(), "{path} carries {bad:?}");
    }
    feed_rs::parser::parse(response.body.as_bytes())
        .unwrap_or_else(|e| panic!("{path}: {e}\n{}", response.body))
}

fn removed_forbidden(text: &str) -> String {
    text.chars().filter(|c| xml_char(*c)).collect()
}

#[tokio::test]
async fn what_xml_cannot_carry_is_refused_at_input() {
    let app = TestApp::new().await;
    let slug = hero("Kai Berg").create(&app).await;
    let user = app.account("kai@example.org", &[], Some(&slug)).await;
    let cookie = app.session(user).await;
    let token = app
        .token(user, heroes_domain::account::TokenScope::Write)
        .await;
    for (n, (name, text)) in FORBIDDEN.iter().enumerate() {
        let url = format!("https://kai.example.org/{n}");
        let fields = [
            ("kind", "blog-post"),
            ("title", text),
            ("url", url.as_str()),
            ("date", "2026-05-01"),
            ("description", text),
        ];
        let refused = app
            .post_form("/account/contributions", &fields, Some(&cookie))
            .await;
        if text.contains('\0') {
            // A NUL in a form never reaches a handler: the boundary refuses it (400) on every
            // route, so no raw form text can carry one to PostgreSQL.
            assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{name}");
        } else {
            assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
            assert!(refused.body.contains("title-error"), "{name}");
        }
        let body = serde_json::json!({ "display_name": text }).to_string();
        let patch = app
            .request(
                axum::http::Request::patch("/api/v1/me/profile")
                    .header("authorization", format!("Bearer {token}"))
                    .header("content-type", "application/json")
                    .body(axum::body::Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(patch.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert_eq!(patch.json()["parameter"], "display_name", "{name}");
    }
    for (n, text) in AWKWARD.iter().enumerate() {
        let url = format!("https://kai.example.org/ok/{n}");
        let fields = [
            ("kind", "blog-post"),
            ("title", text),
            ("url", url.as_str()),
            ("date", "2026-05-01"),
        ];
        let added = app
            .post_form("/account/contributions", &fields, Some(&cookie))
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{text}");
    }
    let feed = strict_feed(&app, "/feeds/contributions.atom").await;
    let mut titles: Vec<String> = feed
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    titles.sort();
    let mut expected: Vec<String> = AWKWARD.iter().map(|t| (*t).to_owned()).collect();
    expected.sort();
    assert_eq!(titles, expected, "escaped, not changed");
}

/// Rows stored before input refused these characters (or written around the forms) must not
/// break any feed for its readers: the writers drop what XML cannot carry.
#[tokio::test]
async fn every_feed_stays_readable_whatever_was_stored() {
    let app = TestApp::new().await;
    let postgres = app.db().backend() == heroes_store::Backend::Postgres;
    let mut expected = Vec::new();
    for (n, text) in FORBIDDEN.iter().map(|(_, t)| *t).chain(AWKWARD).enumerate() {
        // PostgreSQL stores no NUL in text at all: nothing to read back there.
        if postgres && text.contains('\u{0}') {
            continue;
        }
        let slug = hero(&format!("Stored Hero {n}")).create(&app).await;
        let id = contribution(&slug, &format!("Placeholder {n}"))
            .date(2026, 4, 1 + n as u32)
            .create(&app)
            .await;
        let written = match app.db() {
            heroes_store::Db::Sqlite(pool) => {
                sqlx::query("UPDATE contributions SET title = $1, description = $1 WHERE id = $2")
                    .bind(text)
                    .bind(id)
                    .execute(pool)
                    .await
                    .unwrap();
                sqlx::query("UPDATE hero_records SET display_name = $1 WHERE slug = $2")
                    .bind(text)
                    .bind(&slug)
                    .execute(pool)
                    .await
                    .map(|_| ())
            }
            heroes_store::Db::Postgres(pool) => {
                sqlx::query("UPDATE contributions SET title = $1, description = $1 WHERE id = $2")
                    .bind(text)
                    .bind(id)
                    .execute(pool)
                    .await
                    .unwrap();
                sqlx::query("UPDATE hero_records SET display_name = $1 WHERE slug = $2")
                    .bind(text)
                    .bind(&slug)
                    .execute(pool)
                    .await
                    .map(|_| ())
            }
        };
        written.unwrap();
        expected.push((slug, removed_forbidden(text)));
    }
    let site_atom = strict_feed(&app, "/feeds/contributions.atom").await;
    let site_json = strict_feed(&app, "/feeds/contributions.json").await;
    let spec_atom = strict_feed(&app, "/specializations/serverless/feed.atom").await;
    for feed in [&site_atom, &site_json, &spec_atom] {
        assert_eq!(feed.entries.len(), expected.len());
    }
    let mut titles: Vec<String> = site_atom
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    titles.sort();
    let mut wanted: Vec<String> = expected.iter().map(|(_, t)| t.clone()).collect();
    wanted.sort();
    assert_eq!(titles, wanted);
    for (slug, text) in &expected {
        let own = strict_feed(&app, &format!("/heroes/{slug}/feed.atom")).await;
        assert_eq!(own.entries.len(), 1, "{slug}");
        let entry = &own.entries[0];
        assert_eq!(&entry.title.as_ref().unwrap().content, text);
        assert_eq!(entry.authors[0].name.as_deref(), Some(text.as_str()));
        assert_eq!(
            own.title.as_ref().unwrap().content,
            format!("{text}: contributions")
        );
    }
}

/// The `href` of every `<link rel="alternate" type="…">` in a page.
fn alternates(page: &str, content_type: &str) -> Vec<String> {
    page.split("<link ")
        .skip(1)
        .filter(|tag| {
            tag.contains("rel=\"alternate\"") && tag.contains(&format!("type=\"{content_type}\""))
        })
        .filter_map(|tag| tag.split("href=\"").nth(1)?.split('"').next())
        .map(|href| href.replace("&amp;", "&"))
        .collect()
}

#[tokio::test]
async fn every_feed_has_a_json_twin_linked_from_the_page_it_mirrors() {
    let app = TestApp::new().await;
    let slug = hero("Jo Feed").create(&app).await;
    contribution(&slug, "A talk in Lisbon")
        .kind(heroes_domain::contribution::ContributionKind::Talk)
        .create(&app)
        .await;
    contribution(&slug, "A post").create(&app).await;

    let pages = [
        (format!("/heroes/{slug}"), format!("/heroes/{slug}/feed")),
        (
            "/specializations/serverless".to_owned(),
            "/specializations/serverless/feed".to_owned(),
        ),
        (
            "/contributions?kind=talk".to_owned(),
            "/feeds/contributions".to_owned(),
        ),
    ];
    for (page, feed) in &pages {
        let html = app.get(page).await.body;
        let atom = alternates(&html, "application/atom+xml");
        let json = alternates(&html, "application/feed+json");
        let query = page
            .split_once('?')
            .map(|(_, q)| format!("?{q}"))
            .unwrap_or_default();
        assert!(
            atom.contains(&format!("{feed}.atom{query}")),
            "{page}: {atom:?}"
        );
        assert!(
            json.contains(&format!("{feed}.json{query}")),
            "{page}: {json:?}"
        );
        // Every page also names the site-wide feeds.
        assert!(
            json.contains(&"/feeds/contributions.json".to_owned()),
            "{page}"
        );

        let path = format!("{feed}.json{query}");
        let parsed = parse(&app, &path).await;
        let raw = app.get(&path).await.json();
        assert_eq!(raw["version"], "https://jsonfeed.org/version/1.1");
        assert_eq!(
            raw["feed_url"],
            format!("http://heroes.test{path}"),
            "{path}"
        );
        assert_eq!(raw["language"], "en");
        let expected = if query.is_empty() { 2 } else { 1 };
        assert_eq!(parsed.entries.len(), expected, "{path}");
        let atom_feed = app.get(&format!("{feed}.atom{query}")).await.body;
        assert!(atom_feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
    }
    assert_eq!(
        app.get("/heroes/nobody/feed.json").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/specializations/nothing/feed.json").await.status,
        StatusCode::NOT_FOUND
    );
}
