//! The home page.

use crate::helpers::{TestApp, contribution, hero};
use axum::http::StatusCode;

#[tokio::test]
async fn home_shows_the_program_its_specializations_and_heroes() {
    let app = TestApp::new().await;
    let slug = hero("Zoë Ångström")
        .place("Stockholm", "SE")
        .create(&app)
        .await;
    contribution(&slug, "Event-driven <b>patterns</b>")
        .create(&app)
        .await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    for name in [
        "Community",
        "Serverless",
        "Data",
        "Machine Learning",
        "Container",
        "DevTools",
        "Security",
    ] {
        assert!(page.body.contains(name), "missing {name}");
    }
    assert!(page.body.contains("Zoë Ångström"));
    assert!(page.body.contains("Stockholm, Sweden"));
    // Titles are text, never markup.
    assert!(
        page.body
            .contains("Event-driven &#60;b&#62;patterns&#60;/b&#62;")
            || page
                .body
                .contains("Event-driven &lt;b&gt;patterns&lt;/b&gt;")
    );
    assert!(page.body.contains("1 active hero"));
}

#[tokio::test]
async fn language_comes_from_the_request() {
    let app = TestApp::new().await;
    let page = app
        .get_with("/", &[("accept-language", "fr-FR, de;q=0.8")])
        .await;
    // French is the first language both offer; the heading is the French catalog's.
    assert!(
        page.body.contains("<html lang=\"fr\""),
        "{}",
        &page.body[..200]
    );
    let catalog =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/fr/main.ftl"))
            .unwrap();
    let title = catalog
        .lines()
        .find_map(|l| l.strip_prefix("home-title = "))
        .unwrap();
    assert!(page.body.contains(title), "{title}");
    // A language without a catalog falls back to English, whole.
    let page = app.get_with("/", &[("accept-language", "sv-SE")]).await;
    assert!(page.body.contains("<html lang=\"en-US\""));
    assert!(page.body.contains("Meet the experts"));
}
