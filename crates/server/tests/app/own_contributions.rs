//! A hero's own contribution log at `/account/contributions`.

use crate::helpers::{TestApp, hero};
use axum::http::StatusCode;

/// A hero awarded in serverless, and the session of the account that speaks for them.
pub(crate) async fn setup(app: &TestApp, name: &str) -> (String, String) {
    let slug = hero(name).awards(&[("serverless", 2021)]).create(app).await;
    let email = format!("{}@example.org", slug);
    let id = app.account(&email, &[], Some(&slug)).await;
    (slug, app.session(id).await)
}

fn talk<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("kind", "talk"),
        ("title", "Event-driven patterns in practice"),
        ("url", "https://example.org/talks/edp"),
        ("date", "2026-09-14"),
        ("specialization", "serverless"),
        ("tags", "events, serverless"),
        ("description", "From queues to choreography."),
        ("attendees", "350"),
    ];
    for (k, v) in overrides {
        fields.retain(|(name, _)| name != k);
        fields.push((k, v));
    }
    fields
}

/// The id of the first contribution linked from the list page.
fn first_id(list: &str) -> String {
    list.split("/account/contributions/")
        .filter_map(|s| s.split('"').next())
        .find(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
        .expect("a contribution in the list")
        .to_owned()
}

#[tokio::test]
async fn a_hero_logs_changes_and_deletes_contributions() {
    let app = TestApp::new().await;
    let (slug, cookie) = setup(&app, "Lena Vogel").await;

    let added = app
        .post_form("/account/contributions", &talk(&[]), Some(&cookie))
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let list = app.get_as("/account/contributions", &cookie).await;
    assert!(list.body.contains("Event-driven patterns in practice"));
    let public = app.get(&format!("/heroes/{slug}")).await;
    assert!(public.body.contains("Event-driven patterns in practice"));
    assert_eq!(
        app.get("/api/v1/heroes?q=choreography").await.json()["total"],
        0,
        "descriptions are not searched"
    );
    assert_eq!(
        app.get("/api/v1/heroes?q=patterns").await.json()["total"],
        1,
        "titles are"
    );

    let id = first_id(&list.body);
    let form = app
        .get_as(&format!("/account/contributions/{id}"), &cookie)
        .await;
    assert!(form.body.contains(r#"value="350""#));
    let saved = app
        .post_form(
            &format!("/account/contributions/{id}"),
            &talk(&[
                ("title", "Event-driven patterns, revisited"),
                ("private", "on"),
            ]),
            Some(&cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    // Private now: gone from every public place, still in the owner's list.
    assert!(
        !app.get(&format!("/heroes/{slug}"))
            .await
            .body
            .contains("revisited")
    );
    assert!(!app.get("/contributions").await.body.contains("revisited"));
    assert!(
        !app.get("/feeds/contributions.atom")
            .await
            .body
            .contains("revisited")
    );
    assert!(
        !app.get("/api/v1/contributions")
            .await
            .body
            .contains("revisited")
    );
    assert_eq!(
        app.get("/api/v1/heroes?q=revisited").await.json()["total"],
        0
    );
    assert!(
        app.get_as("/account/contributions", &cookie)
            .await
            .body
            .contains("revisited")
    );

    let deleted = app
        .post_form(
            &format!("/account/contributions/{id}/delete"),
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert!(
        !app.get_as("/account/contributions", &cookie)
            .await
            .body
            .contains("revisited")
    );
}

#[tokio::test]
async fn mistakes_are_named_and_the_input_kept() {
    let app = TestApp::new().await;
    let (_, cookie) = setup(&app, "Mia Wong").await;
    let response = app
        .post_form(
            "/account/contributions",
            &talk(&[
                ("title", "Kept title"),
                ("url", "javascript:alert(1)"),
                ("date", "2035-01-01"),
                ("attendees", "a few"),
            ]),
            Some(&cookie),
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in ["url-error", "date-error", "attendees-error"] {
        assert!(response.body.contains(&format!(r#"id="{id}""#)), "{id}");
    }
    assert!(response.body.contains(r#"value="Kept title""#));
    assert!(response.body.contains(r#"value="a few""#));
    assert!(
        app.get_as("/account/contributions", &cookie)
            .await
            .body
            .contains("Nothing logged yet")
    );

    // The same address twice is refused at the field.
    app.post_form("/account/contributions", &talk(&[]), Some(&cookie))
        .await;
    let twice = app
        .post_form(
            "/account/contributions",
            &talk(&[("title", "Again")]),
            Some(&cookie),
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        twice.body.contains("You logged this work already as")
            && twice.body.contains("Event-driven patterns in practice"),
        "the field names the entry: {}",
        twice.body
    );
}

#[tokio::test]
async fn the_form_offers_the_reach_figures_of_the_kind() {
    let app = TestApp::new().await;
    let (_, cookie) = setup(&app, "Noah Berg").await;
    let talk_form = app
        .get_as("/account/contributions/new?kind=talk&title=Typed", &cookie)
        .await;
    assert!(talk_form.body.contains(r#"name="attendees""#));
    assert!(!talk_form.body.contains(r#"name="stars""#));
    assert!(talk_form.body.contains(r#"value="Typed""#));
    let repo_form = app
        .get_as(
            "/account/contributions/new?kind=open-source&title=Typed&attendees=40",
            &cookie,
        )
        .await;
    assert!(repo_form.body.contains(r#"name="stars""#));
    assert!(!repo_form.body.contains(r#"name="attendees""#));
    // A figure typed for the previous kind does not block saving under the new one.
    let saved = app
        .post_form(
            "/account/contributions",
            &talk(&[
                ("kind", "open-source"),
                ("url", "https://github.com/x/y"),
                ("stars", "1200"),
            ]),
            Some(&cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

#[tokio::test]
async fn nobody_touches_another_heros_log() {
    let app = TestApp::new().await;
    let (_, owner) = setup(&app, "Olga Sand").await;
    let (_, other) = setup(&app, "Paul Reyes").await;
    app.post_form("/account/contributions", &talk(&[]), Some(&owner))
        .await;
    let list = app.get_as("/account/contributions", &owner).await.body;
    let id = first_id(&list);
    assert_eq!(
        app.get_as(&format!("/account/contributions/{id}"), &other)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let change = app
        .post_form(
            &format!("/account/contributions/{id}"),
            &talk(&[("title", "Hijacked")]),
            Some(&other),
        )
        .await;
    assert_eq!(change.status, StatusCode::NOT_FOUND);
    let delete = app
        .post_form(
            &format!("/account/contributions/{id}/delete"),
            &[],
            Some(&other),
        )
        .await;
    assert_eq!(delete.status, StatusCode::NOT_FOUND);
    assert!(
        app.get_as("/account/contributions", &owner)
            .await
            .body
            .contains("Event-driven patterns in practice")
    );
}

#[tokio::test]
async fn the_log_exports_as_csv_and_json() {
    let app = TestApp::new().await;
    let (_, cookie) = setup(&app, "Rita Lund").await;
    app.post_form(
        "/account/contributions",
        &talk(&[
            ("title", "=cmd|' /C calc'!A0, \"quoted\""),
            ("private", "on"),
        ]),
        Some(&cookie),
    )
    .await;
    let csv = app
        .get_as("/account/contributions/export?format=csv", &cookie)
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(
        csv.header("content-disposition")
            .unwrap()
            .contains("attachment")
    );
    let mut lines = csv.body.lines();
    assert_eq!(
        lines.next().unwrap(),
        "kind,title,url,date,specialization,tags,description,views,attendees,stars,answers,private"
    );
    let row = lines.next().unwrap();
    assert!(
        row.starts_with("talk,\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\","),
        "{row}"
    );
    assert!(row.ends_with(",350,,,true"), "{row}");
    let json = app
        .get_as("/account/contributions/export?format=json", &cookie)
        .await
        .json();
    assert_eq!(json[0]["kind"], "talk");
    assert_eq!(json[0]["private"], true);
    assert_eq!(json[0]["attendees"], "350");
}

async fn upload(
    app: &TestApp,
    cookie: &str,
    name: &str,
    bytes: &[u8],
) -> crate::helpers::TestResponse {
    let file = ["file", name, "text/plain"];
    app.post_file("/account/contributions/import", cookie, file, bytes)
        .await
}

#[tokio::test]
async fn an_exported_file_imports_into_another_log_and_twice_adds_nothing() {
    let app = TestApp::new().await;
    let (_, source) = setup(&app, "Sara Kim").await;
    app.post_form("/account/contributions", &talk(&[]), Some(&source))
        .await;
    app.post_form(
        "/account/contributions",
        &talk(&[
            ("kind", "blog-post"),
            ("url", "https://example.org/b"),
            ("title", "-leading dash"),
            ("views", "900"),
        ]),
        Some(&source),
    )
    .await;
    let csv = app
        .get_as("/account/contributions/export?format=csv", &source)
        .await
        .body;
    let json = app
        .get_as("/account/contributions/export?format=json", &source)
        .await
        .body;

    let (slug, target) = setup(&app, "Tom Ito").await;
    let first = upload(&app, &target, "log.csv", csv.as_bytes()).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    assert!(
        first
            .header("location")
            .unwrap()
            .contains("added=2&skipped=0")
    );
    let again = upload(&app, &target, "log.json", json.as_bytes()).await;
    assert!(
        again
            .header("location")
            .unwrap()
            .contains("added=0&skipped=2")
    );
    let list = app.get_as("/account/contributions", &target).await.body;
    assert!(
        list.contains("-leading dash"),
        "the formula guard comes off again"
    );
    assert!(
        app.get(&format!("/heroes/{slug}"))
            .await
            .body
            .contains("Event-driven patterns in practice")
    );
}

#[tokio::test]
async fn a_file_with_problems_imports_nothing_and_lists_them() {
    let app = TestApp::new().await;
    let (_, cookie) = setup(&app, "Uma Das").await;
    let csv = "kind,title,url,date\ntalk,Good one,https://example.org/1,2026-01-01\ntweet,Bad kind,https://example.org/2,2026-01-02\ntalk,,javascript:x,yesterday\n";
    let response = upload(&app, &cookie, "log.csv", csv.as_bytes()).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("Row 3, kind"), "{}", response.body);
    assert!(response.body.contains("Row 4, title"));
    assert!(response.body.contains("Row 4, url"));
    assert!(response.body.contains("Row 4, date"));
    assert!(
        response.body.contains("Nothing logged yet"),
        "not even the good row"
    );
    let unreadable = upload(&app, &cookie, "x.csv", b"name,colour\nx,red\n").await;
    assert!(unreadable.body.contains("unknown column"));
    let missing = upload(&app, &cookie, "x.csv", b"").await;
    assert!(missing.body.contains("Choose a CSV or JSON file first."));
}

/// The points the readiness meter shows (`… 33 of 100 points …`).
async fn readiness_points(app: &TestApp, cookie: &str) -> String {
    let page = app.get_as("/account/renewal", cookie).await.body;
    let at = page.find(" of 100 points").expect("a readiness figure");
    page[..at]
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap()
        .to_owned()
}

/// One work counts once, however its address is typed: http or https, `www.`, a trailing
/// slash, tracking parameters. The form, an edit and an import refuse the second entry and
/// name the first.
#[tokio::test]
async fn the_same_work_at_another_address_is_refused_naming_the_entry() {
    let app = TestApp::new().await;
    let (slug, cookie) = setup(&app, "Ines Roth").await;
    let post = |title: &'static str, url: &'static str, date: &'static str| {
        talk(&[
            ("kind", "blog-post"),
            ("title", title),
            ("url", url),
            ("date", date),
        ])
    };
    let first = app
        .post_form(
            "/account/contributions",
            &post("Zero to one", "http://host.example/p/0.html", "2026-09-01"),
            Some(&cookie),
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let points = readiness_points(&app, &cookie).await;

    for again in [
        "https://host.example/p/0.html/",
        "http://www.host.example/p/0.html?utm_source=newsletter&utm_medium=mail",
        "https://host.example/p/0.html#comments",
    ] {
        let refused = app
            .post_form(
                "/account/contributions",
                &talk(&[
                    ("kind", "blog-post"),
                    ("title", "Zero to one, again"),
                    ("url", again),
                ]),
                Some(&cookie),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{again}");
        assert!(
            refused.body.contains("You logged this work already as")
                && refused.body.contains("Zero to one")
                && refused.body.contains("http://host.example/p/0.html"),
            "{again}: {}",
            refused.body
        );
    }
    assert_eq!(readiness_points(&app, &cookie).await, points);

    // An edit that moves another entry onto the same work is refused the same way.
    let second = app
        .post_form(
            "/account/contributions",
            &post("One to two", "https://host.example/p/1.html", "2026-10-01"),
            Some(&cookie),
        )
        .await;
    assert_eq!(second.status, StatusCode::SEE_OTHER);
    let list = app.get_as("/account/contributions", &cookie).await.body;
    let id = first_id(&list);
    let moved = app
        .post_form(
            &format!("/account/contributions/{id}"),
            &post("One to two", "https://HOST.example/p/0.html/", "2026-10-01"),
            Some(&cookie),
        )
        .await;
    assert_eq!(moved.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(moved.body.contains("Zero to one"), "{}", moved.body);

    // Imports: a row that is a logged work at another address, and two rows of one work.
    let csv = "kind,title,url,date\nblog-post,Again,https://host.example/p/0.html/?utm_medium=social,2026-01-01\n";
    let imported = upload(&app, &cookie, "log.csv", csv.as_bytes()).await;
    assert_eq!(imported.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        imported
            .body
            .contains("Row 2: you logged this work already as")
            && imported.body.contains("Zero to one"),
        "{}",
        imported.body
    );
    let json = r#"[{"kind": "blog-post", "title": "New", "url": "https://example.org/new", "date": "2026-01-01"},
        {"kind": "blog-post", "title": "New, twice", "url": "http://www.example.org/new/", "date": "2026-01-01"}]"#;
    let twice = upload(&app, &cookie, "log.json", json.as_bytes()).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        twice.body.contains("Row 2: the same work as row 1"),
        "{}",
        twice.body
    );
    // The exact address of a logged entry is still a skip: importing a file twice is safe.
    let same =
        "kind,title,url,date\nblog-post,Zero to one,http://host.example/p/0.html,2026-09-01\n";
    let skipped = upload(&app, &cookie, "log.csv", same.as_bytes()).await;
    assert!(
        skipped
            .header("location")
            .unwrap_or_default()
            .contains("added=0&skipped=1"),
        "{}",
        skipped.body
    );
    let id = app.hero_id(&slug).await;
    let titles: Vec<String> = heroes_store::contributions::all_of_hero(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(titles, ["One to two", "Zero to one"]);
}

/// Two forms of one address sent at the same moment: one entry, however the race goes.
#[tokio::test]
async fn the_same_work_sent_twice_at_once_is_logged_once() {
    let app = TestApp::new().await;
    let (slug, cookie) = setup(&app, "Jon Bell").await;
    let fields =
        |url: &'static str| talk(&[("kind", "blog-post"), ("title", "Racing"), ("url", url)]);
    let (a, b) = (
        fields("http://race.example/post"),
        fields("https://www.race.example/post/"),
    );
    let (one, two) = tokio::join!(
        app.post_form("/account/contributions", &a, Some(&cookie)),
        app.post_form("/account/contributions", &b, Some(&cookie)),
    );
    let mut statuses = [one.status, two.status];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::SEE_OTHER, StatusCode::UNPROCESSABLE_ENTITY]
    );
    let id = app.hero_id(&slug).await;
    let logged = heroes_store::contributions::all_of_hero(app.db(), id)
        .await
        .unwrap();
    assert_eq!(logged.len(), 1);
}
