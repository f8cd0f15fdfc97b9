//! Running the program: specializations managed by admins (add, rename with the old
//! addresses kept, retire, reorder, colour; each in the audit log and at once on the public
//! pages, which the response cache serves) and the admin home's figures.

use crate::fixtures::{NINA, Program};
use crate::helpers::{TestApp, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use chrono::Utc;
use heroes_domain::account::Role;
use heroes_store::accounts::Actor;
use heroes_store::{capture, jobs, outbox, selection};

fn edit_form<'a>(slug: &'a str, name: &'a str, colour: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("slug", slug),
        ("name", name),
        ("description", "What the field covers."),
        ("colour", colour),
    ]
}

/// The audit log as an admin reads it.
async fn audit(app: &TestApp, cookie: &str) -> String {
    app.get_as("/admin/audit", cookie).await.body
}

/// Where `needle` first appears in `body` (to compare orders).
fn at(body: &str, needle: &str) -> usize {
    body.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing from {body}"))
}

#[tokio::test]
async fn an_added_specialization_shows_at_once_on_every_public_surface() {
    let app = TestApp::new().await;
    let cookie = app.admin().await;
    // Visitors' answers are cached before the change.
    assert!(
        !app.get("/specializations")
            .await
            .body
            .contains("Observability")
    );
    assert!(!app.get("/heroes").await.body.contains("Observability"));
    assert!(
        !app.get("/api/v1/specializations")
            .await
            .body
            .contains("observability")
    );

    let created = app
        .post_form(
            "/admin/specializations",
            &edit_form("observability", "Observability", "navy"),
            Some(&cookie),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);

    let list = app.get("/specializations").await;
    assert!(list.body.contains("Observability"), "{}", list.body);
    assert!(list.body.contains("accent-navy"));
    // Added at the end of the order.
    assert!(at(&list.body, "Security") < at(&list.body, "Observability"));
    assert!(
        app.get("/heroes")
            .await
            .body
            .contains("value=\"observability\"")
    );
    assert_eq!(app.get("/specializations/observability").await.status, 200);
    let api = app.get("/api/v1/specializations").await.json();
    let added = api["specializations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "observability")
        .expect("listed by the API");
    assert_eq!(added["colour"], "navy");
    assert_eq!(added["active"], true);

    let log = audit(&app, &cookie).await;
    assert!(log.contains("specialization.create"), "{log}");
    assert!(log.contains("admin@example.org"));

    // Every field gets its message, and the typed values come back.
    let bad = app
        .post_form(
            "/admin/specializations",
            &edit_form("Not A Slug", "", "#ff0000"),
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"slug-error\""), "{}", bad.body);
    assert!(bad.body.contains("id=\"name-error\""));
    assert!(bad.body.contains("value=\"Not A Slug\""));
    // A slug already taken.
    let taken = app
        .post_form(
            "/admin/specializations",
            &edit_form("data", "Data again", "blue"),
            Some(&cookie),
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        taken
            .body
            .contains("Another specialization has, or had, this address")
    );
}

#[tokio::test]
async fn a_rename_keeps_old_addresses_working() {
    let app = TestApp::new().await;
    let cookie = app.admin().await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let (group, _) = crate::events::group_with_event(&app, "Lagos Serverless", None).await;
    // Cached before the rename.
    assert_eq!(app.get("/specializations/serverless").await.status, 200);
    assert!(app.get("/heroes").await.body.contains(">Serverless<"));

    let renamed = app
        .post_form(
            "/admin/specializations/serverless",
            &edit_form("functions", "Functions", "amber"),
            Some(&cookie),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);

    // The page and its feed answer at the new address; the old ones redirect permanently.
    let page = app.get("/specializations/functions").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Functions"));
    let old = app.get("/specializations/serverless").await;
    assert_eq!(old.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(old.header("location"), Some("/specializations/functions"));
    let old_feed = app.get("/specializations/serverless/feed.atom").await;
    assert_eq!(old_feed.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(
        old_feed.header("location"),
        Some("/specializations/functions/feed.atom")
    );
    assert_eq!(
        app.get("/specializations/functions/feed.atom").await.status,
        200
    );
    assert_eq!(app.get("/specializations/nothing-ever").await.status, 404);

    // The directory filter takes the old slug as the new one; badges carry the new name.
    let filtered = app.get("/heroes?specialization=serverless").await;
    assert_eq!(filtered.status, 200);
    assert!(filtered.body.contains("Ana Souza"), "{}", filtered.body);
    assert!(filtered.body.contains(">Functions<"));
    assert!(!filtered.body.contains(">Serverless<"));
    let api = app.get("/api/v1/heroes?specialization=serverless").await;
    assert_eq!(api.status, 200, "{}", api.body);
    assert_eq!(api.json()["heroes"][0]["slug"], ana.as_str());
    // So do the groups' and events' filters, on the pages and in the API.
    let groups = app.get("/api/v1/groups?specialization=serverless").await;
    assert_eq!(groups.status, 200, "{}", groups.body);
    assert_eq!(groups.json()["groups"][0]["slug"], group.as_str());
    let events = app.get("/api/v1/events?specialization=serverless").await;
    assert_eq!(events.status, 200, "{}", events.body);
    assert_eq!(events.json()["events"][0]["title"], "Serverless night");
    assert!(
        app.get("/groups?specialization=serverless")
            .await
            .body
            .contains("Lagos Serverless")
    );
    let listed = app.get("/api/v1/specializations").await.json();
    let functions = listed["specializations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "functions")
        .unwrap()
        .clone();
    assert_eq!(functions["previous_slugs"][0], "serverless");

    let log = audit(&app, &cookie).await;
    assert!(log.contains("specialization.rename"), "{log}");
    assert!(log.contains("slug serverless → functions"), "{log}");

    // The old address is never given to another specialization…
    let reuse = app
        .post_form(
            "/admin/specializations",
            &edit_form("serverless", "Serverless", "amber"),
            Some(&cookie),
        )
        .await;
    assert_eq!(reuse.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reuse = app
        .post_form(
            "/admin/specializations/data",
            &edit_form("serverless", "Data", "blue"),
            Some(&cookie),
        )
        .await;
    assert_eq!(reuse.status, StatusCode::UNPROCESSABLE_ENTITY);
    // …but the specialization may go back to it, and then the newer one redirects.
    let back = app
        .post_form(
            "/admin/specializations/functions",
            &edit_form("serverless", "Serverless", "amber"),
            Some(&cookie),
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    assert_eq!(app.get("/specializations/serverless").await.status, 200);
    assert_eq!(
        app.get("/specializations/functions")
            .await
            .header("location"),
        Some("/specializations/serverless")
    );
}

#[tokio::test]
async fn a_retired_specialization_keeps_its_heroes_badges_but_takes_no_nominations() {
    let app = TestApp::new().await;
    let cookie = app.admin().await;
    hero("Cem Kaya")
        .awards(&[("container", 2019)])
        .create(&app)
        .await;
    let program = Program::with_admin(&app, &cookie);
    program.cycle("Spring").closes_in(5).limit(10).open().await;
    let mo = app
        .session(app.account("mo@example.org", &[], None).await)
        .await;
    assert!(
        app.get_as("/nominate", &mo)
            .await
            .body
            .contains("value=\"container\"")
    );
    // Cached before the change.
    assert!(
        app.get("/heroes")
            .await
            .body
            .contains("value=\"container\"")
    );

    let retired = app
        .post_form(
            "/admin/specializations/container/retire",
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(retired.status, StatusCode::SEE_OTHER);

    // Gone from the nomination form, and refused when sent anyway.
    assert!(
        !app.get_as("/nominate", &mo)
            .await
            .body
            .contains("value=\"container\"")
    );
    let nina = program
        .nomination(&mo, "nina@example.org")
        .specialization("container");
    let refused = nina.send().await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("is retired"), "{}", refused.body);
    // Gone from the directory's filters; the hero keeps the badge; its page stays.
    let directory = app.get("/heroes").await.body;
    assert!(!directory.contains("value=\"container\""), "{directory}");
    assert!(directory.contains("Cem Kaya"));
    assert!(directory.contains(">Container<"));
    assert_eq!(app.get("/specializations/container").await.status, 200);
    assert!(
        !app.get("/specializations")
            .await
            .body
            .contains(">Container<")
    );
    // Its heroes can still be listed (the specialization page links there), and the chosen
    // filter shows so it can be unticked.
    let filtered = app.get("/heroes?specialization=container").await.body;
    assert!(filtered.contains("Cem Kaya"), "{filtered}");
    assert!(
        filtered.contains("value=\"container\" checked"),
        "{filtered}"
    );
    let listed = app.get("/api/v1/heroes?specialization=container").await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(listed.json()["total"], 1);
    let api = app.get("/api/v1/specializations").await.json();
    let container = api["specializations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "container")
        .unwrap()
        .clone();
    assert_eq!(container["active"], false);
    assert!(audit(&app, &cookie).await.contains("specialization.retire"));

    // Reinstated, it takes nominations again.
    let back = app
        .post_form(
            "/admin/specializations/container/reinstate",
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    let nominated = nina.send().await;
    assert_eq!(
        nominated.status,
        StatusCode::SEE_OTHER,
        "{}",
        nominated.body
    );
    assert!(
        audit(&app, &cookie)
            .await
            .contains("specialization.reinstate")
    );
}

#[tokio::test]
async fn reordering_and_colouring_show_at_once() {
    let app = TestApp::new().await;
    let cookie = app.admin().await;
    hero("Dara Okafor")
        .awards(&[("security", 2022)])
        .create(&app)
        .await;
    let before = app.get("/specializations").await.body;
    assert!(at(&before, "DevTools") < at(&before, "Security"));
    assert!(app.get("/heroes").await.body.contains("accent-red"));

    let moved = app
        .post_form(
            "/admin/specializations/security/move",
            &[("direction", "up")],
            Some(&cookie),
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let after = app.get("/specializations").await.body;
    assert!(at(&after, "Security") < at(&after, "DevTools"), "{after}");
    let api = app.get("/api/v1/specializations").await.json();
    let order: Vec<&str> = api["specializations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["slug"].as_str().unwrap())
        .collect();
    assert_eq!(
        order,
        [
            "community",
            "serverless",
            "data",
            "machine-learning",
            "container",
            "security",
            "devtools"
        ]
    );
    // The first one cannot go further up: nothing changes, nothing is recorded.
    app.post_form(
        "/admin/specializations/community/move",
        &[("direction", "up")],
        Some(&cookie),
    )
    .await;
    let bad = app
        .post_form(
            "/admin/specializations/community/move",
            &[("direction", "sideways")],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);

    let recoloured = app
        .post_form(
            "/admin/specializations/security",
            &edit_form("security", "Security", "violet"),
            Some(&cookie),
        )
        .await;
    assert_eq!(recoloured.status, StatusCode::SEE_OTHER);
    let directory = app.get("/heroes").await.body;
    assert!(
        directory.contains("badge accent-violet\">Security<"),
        "{directory}"
    );
    assert!(!directory.contains("accent-red"));

    let log = audit(&app, &cookie).await;
    assert_eq!(log.matches("specialization.move").count(), 1, "{log}");
    assert!(log.contains("position 7 → 6"));
    assert!(log.contains("specialization.update"));
    assert!(log.contains("colour red → violet"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_admins_racing_for_one_slug_cannot_both_have_it() {
    let app = TestApp::new().await;
    let cookie = app.admin().await;
    let post = |path: &str, fields: &[(&str, &str)]| {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &cookie)
            .body(Body::from(body))
            .unwrap()
    };
    // One renames Data to "analytics", another renames Machine Learning to it, a third adds
    // a new specialization with it, all at once.
    let answers = app
        .at_once(vec![
            post(
                "/admin/specializations/data",
                &edit_form("analytics", "Analytics", "blue"),
            ),
            post(
                "/admin/specializations/machine-learning",
                &edit_form("analytics", "Analytics", "violet"),
            ),
            post(
                "/admin/specializations",
                &edit_form("analytics", "Analytics", "green"),
            ),
        ])
        .await;
    let won: Vec<_> = answers
        .iter()
        .filter(|a| a.status == StatusCode::SEE_OTHER)
        .collect();
    assert_eq!(won.len(), 1, "{answers:?}");
    assert!(
        answers
            .iter()
            .filter(|a| a.status != StatusCode::SEE_OTHER)
            .all(|a| a.status == StatusCode::UNPROCESSABLE_ENTITY),
        "{answers:?}"
    );
    let all = heroes_store::specializations::list(app.db(), true)
        .await
        .unwrap();
    assert_eq!(all.iter().filter(|s| s.answers_to("analytics")).count(), 1);
    assert_eq!(app.get("/specializations/analytics").await.status, 200);
    // Whoever lost kept its own address.
    assert_eq!(
        all.len() - 7,
        usize::from(answers[2].status == StatusCode::SEE_OTHER)
    );
}

#[tokio::test]
async fn the_admin_home_counts_what_needs_attention() {
    let app = TestApp::new().await;
    let db = app.db();
    let cookie = app.admin().await;

    // An admin finds the home from their account page.
    assert!(
        app.get_as("/account", &cookie)
            .await
            .body
            .contains("<a href=\"/admin\">Program administration</a>")
    );
    // Nothing needs attention in a new program.
    let empty = app.get_as("/admin", &cookie).await;
    assert_eq!(empty.status, 200);
    assert_eq!(
        empty.body.matches("attention-count\">0<").count(),
        heroes_server::admin::home::PANELS.len(),
        "{}",
        empty.body
    );

    // Four candidacies: Nina accepted (in review, nobody assigned), Omar has a reviewer,
    // Pia waits for her own answer (nobody assigned), Quinn declined (no longer counts).
    let program = Program::with_admin(&app, &cookie);
    program.cycle("Spring").closes_in(5).limit(10).open().await;
    let mo_id = app.account("mo@example.org", &[], None).await;
    let mo = app.session(mo_id).await;
    for (spec, name, email) in [
        ("serverless", "Nina Petrova", "nina@example.org"),
        ("serverless", "Omar Haddad", "omar@example.org"),
        ("container", "Pia Lund", "pia@example.org"),
        ("container", "Quinn Ode", "quinn@example.org"),
    ] {
        program
            .nomination(&mo, email)
            .specialization(spec)
            .name(name)
            .submit()
            .await;
    }
    let candidacies = selection::nominated_by(db, mo_id).await.unwrap();
    let id_of = |email: &str| {
        candidacies
            .iter()
            .find(|c| c.nominee_email == email)
            .unwrap()
            .id
    };
    let nina = app.signed_in("nina@example.org", &[], None).await;
    program
        .candidacy(id_of("nina@example.org"))
        .accepted(&nina, &NINA)
        .await;
    let quinn = app.signed_in("quinn@example.org", &[], None).await;
    let declined = app
        .post_form(
            &format!(
                "/account/nominations/{}/decline",
                id_of("quinn@example.org")
            ),
            &[],
            Some(&quinn),
        )
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);
    let reviewer = app
        .account("rev@example.org", &[Role::Reviewer], None)
        .await;
    selection::reviews::assign(
        db,
        &[id_of("omar@example.org")],
        reviewer,
        &Actor::cli(),
        |_| Vec::new(),
    )
    .await
    .unwrap();

    // Two sources, one failing; two jobs, one failing.
    let ana = hero("Ana Souza").create(&app).await;
    let ana_id = heroes_store::heroes::id_of(db, &ana)
        .await
        .unwrap()
        .unwrap();
    let broken = capture::add_source(
        db,
        ana_id,
        heroes_domain::capture::SourceKind::Feed,
        "https://ana.dev/feed.xml",
        false,
    )
    .await
    .unwrap();
    capture::add_source(
        db,
        ana_id,
        heroes_domain::capture::SourceKind::GitHub,
        "ana",
        false,
    )
    .await
    .unwrap();
    capture::source_failed(db, broken, "404 Not Found")
        .await
        .unwrap();
    let past = Utc::now() - chrono::Duration::minutes(1);
    jobs::schedule(db, "test-fails", "a", past).await.unwrap();
    jobs::schedule(
        db,
        "test-works",
        "b",
        Utc::now() + chrono::Duration::hours(1),
    )
    .await
    .unwrap();
    let claimed = jobs::claim(db, "w", &["test-fails"], 5, chrono::Duration::minutes(5))
        .await
        .unwrap();
    assert!(
        jobs::finish(
            db,
            &claimed[0],
            "w",
            &jobs::Outcome::Failed("boom".to_owned())
        )
        .await
        .unwrap()
    );

    // Mail: one delivery failed, one sent, the rest simply waiting.
    let lease = chrono::Duration::minutes(2);
    let first = outbox::claim_next(db, "w", lease, 5)
        .await
        .unwrap()
        .unwrap();
    outbox::mark_failed(db, first.id, "w", "550 no such user", Utc::now() + lease)
        .await
        .unwrap();
    let second = outbox::claim_next(db, "w", lease, 5)
        .await
        .unwrap()
        .unwrap();
    outbox::mark_sent(db, second.id, "w").await.unwrap();

    let home = app.get_as("/admin", &cookie).await;
    assert_eq!(home.status, 200);
    let figure = |link: &str, count: i64, label: &str| {
        let expected = format!(
            "href=\"{link}\"><span class=\"attention-count\">{count}</span> <span class=\"attention-label\">{label}</span>"
        );
        assert!(home.body.contains(&expected), "{expected}\n{}", home.body);
    };
    figure(
        "/admin/candidacies?unassigned=on",
        2,
        "candidacies without a reviewer",
    );
    figure(
        "/admin/candidacies?state=in-review",
        1,
        "candidacy waiting for reviews and a decision",
    );
    figure("/admin/jobs", 1, "contribution source failing");
    figure("/admin/jobs", 1, "background job failing");
    figure("/admin/outbox", 1, "mail not delivered");
    // A way to every admin area, each named from the catalog.
    for area in [
        "/admin/cycles",
        "/admin/candidacies",
        "/admin/renewals",
        "/admin/specializations",
        "/admin/outbox",
        "/admin/jobs",
        "/admin/audit",
    ] {
        assert!(
            home.body.contains(&format!("<a href=\"{area}\">")),
            "{area}"
        );
    }
    assert!(!home.body.contains("admin-area-"), "{}", home.body);
}
