//! The JSON API: filters, errors as problem documents, caching, and the OpenAPI document.

use crate::helpers::{TestApp, contribution, hero};
use axum::http::StatusCode;

#[tokio::test]
async fn lists_heroes_with_total_and_next_link() {
    let app = TestApp::new().await;
    for i in 0..5 {
        hero(&format!("Api Hero {i}"))
            .place("Lagos", "NG")
            .awards(&[("community", 2020)])
            .create(&app)
            .await;
    }
    let page = app.get("/api/v1/heroes?country=NG&limit=2").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header("content-type"), Some("application/json"));
    let json = page.json();
    assert_eq!(json["total"], 5);
    assert_eq!(json["heroes"].as_array().unwrap().len(), 2);
    assert_eq!(json["heroes"][0]["name"], "Api Hero 0");
    assert_eq!(json["heroes"][0]["region"], "emea");
    assert_eq!(json["heroes"][0]["country_name"], "Nigeria");
    assert_eq!(
        json["heroes"][0]["specializations"][0]["specialization"],
        "community"
    );
    assert_eq!(
        json["next"],
        "http://heroes.test/api/v1/heroes?country=NG&limit=2&page=2"
    );
    assert!(json["previous"].is_null());
    let last = app
        .get("/api/v1/heroes?country=NG&limit=2&page=3")
        .await
        .json();
    assert!(last["next"].is_null());
    assert_eq!(last["heroes"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn bad_parameters_are_named_in_a_problem_document() {
    let app = TestApp::new().await;
    for (query, parameter) in [
        ("country=XX", "country"),
        ("region=mars", "region"),
        ("specialization=astrology", "specialization"),
        ("status=retired", "status"),
        ("sort=random", "sort"),
        ("limit=1000", "limit"),
        ("page=0", "page"),
        ("since=99", "since"),
    ] {
        let response = app.get(&format!("/api/v1/heroes?{query}")).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(
            response.header("content-type"),
            Some("application/problem+json")
        );
        let problem = response.json();
        assert_eq!(problem["parameter"], parameter);
        assert_eq!(problem["status"], 400);
    }
    let bad_kind = app.get("/api/v1/contributions?kind=tweet").await;
    assert_eq!(bad_kind.json()["parameter"], "kind");
}

#[tokio::test]
async fn one_hero_and_not_found() {
    let app = TestApp::new().await;
    let slug = hero("Ada Lovelace").bio("*Analytical*").create(&app).await;
    contribution(&slug, "Notes on the engine")
        .create(&app)
        .await;
    contribution(&slug, "Secret").private().create(&app).await;
    let json = app.get(&format!("/api/v1/heroes/{slug}")).await.json();
    assert_eq!(json["name"], "Ada Lovelace");
    assert_eq!(json["bio_html"], "<p><em>Analytical</em></p>\n");
    assert_eq!(json["links"]["github"], "https://github.com/example");
    let recent = json["recent_contributions"].as_array().unwrap();
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0]["title"], "Notes on the engine");
    let missing = app.get("/api/v1/heroes/nobody").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        missing.header("content-type"),
        Some("application/problem+json")
    );
    let unknown = app.get("/api/v2/everything").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(
        unknown.header("content-type"),
        Some("application/problem+json")
    );
}

#[tokio::test]
async fn public_reads_carry_etags_and_cache_control() {
    let app = TestApp::new().await;
    hero("Cache Hero").create(&app).await;
    let first = app.get("/api/v1/heroes").await;
    let etag = first.header("etag").unwrap().to_owned();
    assert!(first.header("cache-control").unwrap().starts_with("public"));
    let again = app
        .get_with("/api/v1/heroes", &[("if-none-match", &etag)])
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    // A change makes a new ETag.
    hero("Second Hero").create(&app).await;
    let changed = app
        .get_with("/api/v1/heroes", &[("if-none-match", &etag)])
        .await;
    assert_eq!(changed.status, StatusCode::OK);
}

#[tokio::test]
async fn specializations_and_contributions() {
    let app = TestApp::new().await;
    let slug = hero("Stream Hero").create(&app).await;
    contribution(&slug, "First post")
        .date(2026, 1, 5)
        .create(&app)
        .await;
    contribution(&slug, "Second post")
        .date(2026, 2, 5)
        .create(&app)
        .await;
    let specs = app.get("/api/v1/specializations").await.json();
    assert_eq!(specs["specializations"].as_array().unwrap().len(), 7);
    assert_eq!(specs["specializations"][1]["slug"], "serverless");
    assert_eq!(specs["specializations"][1]["hero_count"], 1);
    let items = app
        .get("/api/v1/contributions?specialization=serverless")
        .await
        .json();
    assert_eq!(items["total"], 2);
    assert_eq!(items["contributions"][0]["title"], "Second post");
    assert_eq!(items["contributions"][0]["hero"]["slug"], "stream-hero");
    assert_eq!(items["contributions"][0]["date"], "2026-02-05");
}

#[tokio::test]
async fn the_openapi_document_matches_the_routes() {
    let app = TestApp::new().await;
    let slug = hero("Doc Hero").create(&app).await;
    // Every `{slug}` below names this hero, and a project of theirs of the same name.
    let owner = app.account("doc@example.org", &[], Some(&slug)).await;
    crate::projects::started(&app, owner, "Doc Hero", "active").await;
    let doc = app.get("/api/openapi.json").await.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut documented: Vec<(String, String)> = Vec::new();
    for (path, methods) in doc["paths"].as_object().unwrap() {
        for (method, operation) in methods.as_object().unwrap() {
            documented.push((method.to_uppercase(), path.clone()));
            let secured = operation.get("security").is_some();
            if method == "get" {
                let response = app.get(&path.replace("{slug}", &slug)).await;
                let expected = if secured {
                    StatusCode::UNAUTHORIZED
                } else {
                    StatusCode::OK
                };
                assert_eq!(response.status, expected, "{path}");
            }
        }
    }
    documented.sort_unstable();
    let mut routes: Vec<(String, String)> = heroes_server::router::route_list()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    routes.sort_unstable();
    assert_eq!(documented, routes);
    let docs = app.get("/api/docs").await;
    assert_eq!(docs.status, StatusCode::OK);
    assert!(docs.body.contains("GET /api/v1/heroes"));
}

/// The lists of groups, events and projects refuse a filter value they do not know, as the
/// directory does, instead of answering an empty or unfiltered list; an empty value still
/// counts as absent.
#[tokio::test]
async fn group_event_and_project_lists_refuse_unknown_filter_values() {
    let app = TestApp::new().await;
    for (path, parameter) in [
        ("/api/v1/groups?region=mars", "region"),
        ("/api/v1/groups?country=XX", "country"),
        ("/api/v1/groups?specialization=astrology", "specialization"),
        ("/api/v1/groups?coming=yes", "coming"),
        ("/api/v1/events?when=tomorrow", "when"),
        ("/api/v1/events?online=true", "online"),
        ("/api/v1/events?specialization=astrology", "specialization"),
        ("/api/v1/projects?status=abandoned", "status"),
        ("/api/v1/projects?help=please", "help"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(response.json()["parameter"], parameter, "{path}");
    }
    for path in [
        "/api/v1/groups?region=emea&specialization=serverless&coming=1&country=",
        "/api/v1/events?when=past&online=&specialization=serverless",
        "/api/v1/projects?status=done&help=&specialization=",
    ] {
        assert_eq!(app.get(path).await.status, StatusCode::OK, "{path}");
    }
}

/// The served document says what the server accepts: the specialization slugs it knows, the
/// empty value that counts as absent, the country codes, link kinds, and the 414 every
/// operation may answer.
#[tokio::test]
async fn the_served_document_lists_accepted_values() {
    let app = TestApp::new().await;
    let doc = app.get("/api/openapi.json").await.json();
    let params = doc["paths"]["/api/v1/heroes"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .clone();
    let named = |name: &str| {
        params
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    let specializations = &named("specialization")["schema"]["items"]["anyOf"];
    assert!(
        specializations[0]["enum"]
            .as_array()
            .unwrap()
            .contains(&"serverless".into()),
        "{specializations}"
    );
    assert_eq!(
        specializations[1]["pattern"],
        heroes_server::openapi::ABSENT,
        "the empty value"
    );
    let countries = &named("country")["schema"]["items"]["anyOf"][0]["enum"];
    assert!(countries.as_array().unwrap().contains(&"DE".into()));
    assert!(!countries.as_array().unwrap().contains(&"XX".into()));
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            assert!(
                op["responses"]["414"].is_object(),
                "{method} {path} has no 414"
            );
        }
    }
    let kinds =
        &doc["components"]["schemas"]["Profile"]["properties"]["links"]["propertyNames"]["enum"];
    assert!(
        kinds.as_array().unwrap().contains(&"github".into()),
        "{kinds}"
    );
}
