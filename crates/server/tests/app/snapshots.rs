//! The API's answers as integrators read them, pinned as snapshots (insta): the OpenAPI
//! document and the main public reads of a small program built with fixed dates. A change to
//! any answer shows as a diff of the committed `.snap` file under `tests/app/snapshots/`.
//!
//! Both backends compare with the same files. What moves with the clock (the times rows were
//! written, today's date) is replaced by a placeholder before the answer is snapshotted.
//!
//! Updating after an intended change: `INSTA_UPDATE=always cargo test -p heroes-server
//! --test app snapshots`, then read the diff of `tests/app/snapshots/*.snap` before committing.
//! Without `INSTA_UPDATE`, a changed answer fails and leaves a `.snap.new` beside the file
//! (outside CI); under `CI=true` nothing is written and a missing snapshot fails.

use crate::helpers::{TestApp, contribution, hero};
use chrono::{DateTime, Utc};
use heroes_domain::contribution::ContributionKind;
use heroes_domain::events::EventInput;
use heroes_domain::groups::GroupInput;
use heroes_domain::projects::ProjectInput;
use heroes_store::accounts::Actor;
use heroes_store::{events, projects};
use serde_json::Value;

/// Two heroes (one alumni), three contributions, a group with a past event and a project;
/// every date fixed.
async fn program() -> TestApp {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza")
        .headline("Serverless at scale")
        .company("Nimbus Labs")
        .place("Recife", "BR")
        .timezone("America/Recife")
        .awards(&[("serverless", 2020), ("container", 2022)])
        .create(&app)
        .await;
    let kenji = hero("Kenji Sato")
        .place("Osaka", "JP")
        .timezone("Asia/Tokyo")
        .awards(&[("data", 2019)])
        .status("alumni")
        .create(&app)
        .await;
    contribution(&ana, "Cold starts, measured")
        .date(2026, 2, 10)
        .url("https://ana.example.org/cold-starts")
        .create(&app)
        .await;
    contribution(&ana, "Serverless patterns in practice")
        .kind(ContributionKind::Talk)
        .date(2026, 3, 5)
        .url("https://ana.example.org/talks/patterns")
        .create(&app)
        .await;
    contribution(&kenji, "Streaming joins explained")
        .specialization(Some("data"))
        .date(2025, 11, 20)
        .url("https://kenji.example.org/joins")
        .create(&app)
        .await;

    let group = GroupInput {
        name: "Serverless Recife".into(),
        city: "Recife".into(),
        country: "BR".into(),
        description: "We meet **monthly**.".into(),
        specializations: vec!["serverless".into()],
        founded: "2024-05-01".into(),
        ..GroupInput::default()
    };
    let (_, group) = crate::events::active_group(&app, group).await;
    let event = EventInput {
        title: "Serverless night".into(),
        description: "Talks and pizza.".into(),
        kind: "meetup".into(),
        starts: "2026-03-12T19:00".into(),
        ends: "2026-03-12T21:00".into(),
        time_zone: "America/Recife".into(),
        venue: "Porto Digital, Recife".into(),
        capacity: "40".into(),
        speakers: "ana-souza | Cold starts, measured".into(),
        ..EventInput::default()
    }
    .parse()
    .unwrap();
    events::create(app.db(), Some(group), &event, &Actor::cli())
        .await
        .unwrap();

    let owner = app.quick_account("ana@example.org").await;
    let project = ProjectInput {
        name: "Patterns in Portuguese".into(),
        description: "Translating the **pattern catalog**.".into(),
        url: "https://github.com/example/patterns-pt".into(),
        specializations: vec!["serverless".into()],
        help_skills: "Portuguese, technical writing".into(),
        help_roles: "reviewer".into(),
        status: "active".into(),
    }
    .parse()
    .unwrap();
    projects::start(app.db(), &project, owner, &Actor::cli())
        .await
        .unwrap();
    app
}

/// `value` with what moves with the clock replaced: times within a day of now become
/// `[now]`, today's date `[today]`.
fn normalise(value: &mut Value, now: DateTime<Utc>) {
    match value {
        Value::String(text) => {
            if let Ok(at) = DateTime::parse_from_rfc3339(text)
                && (at.with_timezone(&Utc) - now).num_hours().abs() < 24
            {
                *text = "[now]".to_owned();
            } else if *text == now.date_naive().to_string() {
                *text = "[today]".to_owned();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| normalise(v, now)),
        Value::Object(fields) => fields.values_mut().for_each(|v| normalise(v, now)),
        _ => {}
    }
}

/// The answer to `path`, pretty-printed with the clock taken out.
async fn answer(app: &TestApp, path: &str) -> String {
    let response = app.get(path).await;
    assert_eq!(response.status, 200, "{path}: {}", response.body);
    let mut json = response.json();
    normalise(&mut json, Utc::now());
    serde_json::to_string_pretty(&json).unwrap()
}

#[tokio::test]
async fn the_openapi_document() {
    let app = TestApp::new().await;
    let mut document = app.get("/api/openapi.json").await.json();
    // The release's number is not part of the contract the snapshot pins.
    document["info"]["version"] = "[version]".into();
    insta::assert_snapshot!("openapi", serde_json::to_string_pretty(&document).unwrap());
}

#[tokio::test]
async fn the_public_reads_of_a_small_program() {
    let app = program().await;
    for (name, path) in [
        ("heroes", "/api/v1/heroes"),
        ("hero", "/api/v1/heroes/ana-souza"),
        ("alumni", "/api/v1/heroes?status=alumni"),
        ("contributions", "/api/v1/contributions"),
        ("specializations", "/api/v1/specializations"),
        ("groups", "/api/v1/groups"),
        ("past_events", "/api/v1/events?when=past"),
        ("projects", "/api/v1/projects"),
        ("project", "/api/v1/projects/patterns-in-portuguese"),
    ] {
        insta::assert_snapshot!(name, answer(&app, path).await, path);
    }
}
