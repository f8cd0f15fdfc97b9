//! Files as briefing materials, the product area of a briefing, and feedback that names the
//! briefing it came from (issue 13), through the real router: uploads checked by content and
//! refused with a message (nothing stored), downloads only behind the briefing's gate with
//! safe headers and a line in the access log, 404 for everyone else and every guessed id.

use crate::briefings::{create_briefing, serverless_briefing};
use crate::helpers::{TestApp, TestResponse, hero};
use axum::http::StatusCode;
use chrono::Utc;
use heroes_domain::account::{Email, Role};
use heroes_domain::briefings::NewFile;
use heroes_store::accounts::{self, Actor};
use heroes_store::briefings;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

/// Attaches a small PDF to `briefing` through the store; returns the file's id (the matrix
/// asks for it).
pub async fn attach_file(app: &TestApp, briefing: i64) -> i64 {
    let file = NewFile::parse("roadmap.pdf", PDF.to_vec()).unwrap();
    briefings::add_file(app.db(), briefing, &file, &Actor::cli())
        .await
        .unwrap()
}

/// Posts `bytes` as the file `filename` (the raw header value) to `/briefings/{id}/files`.
async fn upload(
    app: &TestApp,
    cookie: &str,
    id: i64,
    filename: &str,
    bytes: &[u8],
) -> TestResponse {
    let path = format!("/briefings/{id}/files");
    app.post_file(&path, cookie, ["file", filename, "application/pdf"], bytes)
        .await
}

/// The raw bytes and headers of a GET.
async fn download(
    app: &TestApp,
    path: &str,
    cookie: &str,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    app.get_raw(path, Some(cookie)).await
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    accounts::by_email(app.db(), &Email::parse("e", email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn accept_current(app: &TestApp, user: i64) {
    let nda = briefings::current_nda(app.db(), Utc::now().date_naive())
        .await
        .unwrap()
        .unwrap();
    briefings::accept_nda(app.db(), user, &nda, &Actor::cli())
        .await
        .unwrap();
}

#[tokio::test]
async fn staff_upload_a_file_and_only_eligible_heroes_download_it_logged() {
    let app = TestApp::new().await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let other_staff = app.account("other@example.org", &[Role::Staff], None).await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    accept_current(&app, ana_user).await;
    let ben = hero("Ben Okafor")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let no_nda = app.account("ben@example.org", &[], Some(&ben)).await;
    let dev = hero("Dev Tools")
        .awards(&[("devtools", 2020)])
        .create(&app)
        .await;
    let dev_user = app.account("dev@example.org", &[], Some(&dev)).await;
    accept_current(&app, dev_user).await;
    let member = app.account("member@example.org", &[], None).await;
    let id = create_briefing(
        &app,
        staff,
        &[
            ("audience", "specializations"),
            ("specializations", "serverless"),
        ],
        "10",
    )
    .await;
    // Another briefing, for DevTools only: its file must not be reachable through ours.
    let theirs = create_briefing(
        &app,
        staff,
        &[
            ("audience", "specializations"),
            ("specializations", "devtools"),
        ],
        "10",
    )
    .await;
    let their_file = attach_file(&app, theirs).await;

    let staff_cookie = app.session(staff).await;
    // The browser's name is reduced to a safe one; the type comes from the content.
    let sent = upload(
        &app,
        &staff_cookie,
        id,
        "Road map (Q3) \u{e9}t\u{e9}.pdf",
        PDF,
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let files = briefings::files(app.db(), id).await.unwrap();
    assert_eq!(files.len(), 1);
    let file = &files[0];
    assert_eq!(file.name, "Road-map--Q3---t.pdf");
    assert_eq!(file.content_type, "application/pdf");
    let path = format!("/briefings/{id}/files/{}", file.id);
    let managed = app
        .get_as(&format!("/briefings/{id}/manage"), &staff_cookie)
        .await;
    assert!(managed.body.contains(&path), "{}", managed.body);

    // The eligible hero sees it listed and downloads it as an attachment.
    let ana_cookie = app.session(ana_user).await;
    let page = app.get_as(&format!("/briefings/{id}"), &ana_cookie).await;
    assert!(page.body.contains(&path), "{}", page.body);
    let (status, headers, bytes) = download(&app, &path, &ana_cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF);
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"Road-map--Q3---t.pdf\""
    );
    assert_eq!(headers["cache-control"], "private, no-store");
    // The download is in the access log, naming the file; staff read it.
    let log = briefings::access_log(app.db(), id, 10).await.unwrap();
    assert!(
        log.iter().any(|e| e.user_id == ana_user
            && e.what.as_str() == "file"
            && e.detail == "Road-map--Q3---t.pdf"),
        "{log:?}"
    );
    let managed = app
        .get_as(&format!("/briefings/{id}/manage"), &staff_cookie)
        .await;
    assert!(managed.body.contains("a file: Road-map--Q3---t.pdf"));
    // Its organizers and admins download it too (not logged: they run it).
    for user in [staff, admin] {
        let (status, _, _) = download(&app, &path, &app.session(user).await).await;
        assert_eq!(status, StatusCode::OK);
    }

    // Everyone else gets 404, as for the briefing.
    for (who, user) in [
        ("a Serverless hero without the NDA", no_nda),
        ("a DevTools hero", dev_user),
        ("a member", member),
        ("staff who do not run it", other_staff),
    ] {
        let (status, _, _) = download(&app, &path, &app.session(user).await).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{who}");
    }
    // Guessed ids: a file that does not exist, another briefing's file under ours, letters.
    for guess in [
        format!("/briefings/{id}/files/{}", file.id + 1000),
        format!("/briefings/{id}/files/{their_file}"),
        format!("/briefings/{id}/files/x"),
        format!("/briefings/999999/files/{}", file.id),
    ] {
        let (status, _, _) = download(&app, &guess, &ana_cookie).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{guess}");
    }
    // A visitor is sent to sign in.
    assert!(app.get(&path).await.status.is_redirection());
    // The hero's export holds the download.
    let export = app.get_as("/account/export", &ana_cookie).await;
    let views = export.json()["briefings"]["views"].clone();
    assert!(
        views
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["viewed"] == "file" && v["detail"] == "Road-map--Q3---t.pdf"),
        "{views}"
    );

    // Staff who do not run it cannot remove it; its organizer can, and it is gone.
    let remove = format!("{path}/remove");
    let refused = app
        .post_form(&remove, &[], Some(&app.session(other_staff).await))
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let removed = app.post_form(&remove, &[], Some(&staff_cookie)).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(briefings::files(app.db(), id).await.unwrap().is_empty());
    let (status, _, _) = download(&app, &path, &ana_cookie).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let again = app.post_form(&remove, &[], Some(&staff_cookie)).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_uploads_are_refused_with_a_message_and_nothing_is_stored() {
    let app = TestApp::new().await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let (id, _) = serverless_briefing(&app, admin, None).await;
    let cookie = app.session(admin).await;
    let big = {
        let mut b = b"%PDF-1.7\n".to_vec();
        b.resize(heroes_domain::briefings::MAX_FILE_BYTES + 10, b' ');
        b
    };
    for (what, name, bytes, message) in [
        ("too big", "big.pdf", big.as_slice(), "larger than 6 MB"),
        (
            "HTML named .pdf",
            "slides.pdf",
            b"<html><script>alert(1)</script></html>".as_slice(),
            "not accepted",
        ),
        (
            "an executable",
            "tool.exe",
            b"MZ\x90\x00\x03".as_slice(),
            "not accepted",
        ),
        ("empty", "empty.pdf", b"".as_slice(), "not empty"),
        // A raw NUL breaks the part's headers: the form cannot be read at all.
        ("a NUL in the name", "a\0b.pdf", PDF, "could not be read"),
    ] {
        let got = upload(&app, &cookie, id, name, bytes).await;
        assert_eq!(
            got.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{what}: {}",
            got.body
        );
        assert!(got.body.contains(message), "{what}: {}", got.body);
        assert!(got.body.contains("aria-invalid=\"true\""), "{what}");
    }
    // A NUL sent percent-encoded (the RFC 5987 form) never reaches a stored name: the parser
    // does not decode that form, so the file arrives without a name and gets a neutral one.
    let got = app
        .post_multipart(
            &format!("/briefings/{id}/files"),
            &cookie,
            "Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''a%00b.pdf",
            PDF,
        )
        .await;
    assert!(got.status.is_redirection(), "{}", got.body);
    let stored = briefings::files(app.db(), id).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].name, "file.pdf");
    briefings::remove_file(app.db(), id, stored[0].id, &Actor::cli())
        .await
        .unwrap();
    // No file in the form at all.
    let none = app
        .post_form(&format!("/briefings/{id}/files"), &[], Some(&cookie))
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(briefings::files(app.db(), id).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_briefing_names_its_product_area_and_shows_staff_the_feedback_it_brought() {
    let app = TestApp::new().await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let owner = app.account("owner@example.org", &[Role::Staff], None).await;
    let area = crate::feedback::area(&app, "Lambda", &["owner@example.org"]).await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    app.account("hero@example.org", &[], Some(&ana)).await;
    let (id, _) = serverless_briefing(&app, admin, Some("hero@example.org")).await;
    let ana_user = user_id(&app, "hero@example.org").await;
    let dev_only = create_briefing(
        &app,
        admin,
        &[
            ("audience", "specializations"),
            ("specializations", "devtools"),
        ],
        "10",
    )
    .await;

    // The form offers the areas; an unknown one is refused at its field, the rest kept.
    let admin_cookie = app.session(admin).await;
    let edit = app
        .get_as(&format!("/briefings/{id}/edit"), &admin_cookie)
        .await;
    assert!(edit.body.contains("value=\"lambda\""), "{}", edit.body);
    let nda = briefings::current_nda(app.db(), Utc::now().date_naive())
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let starts = (Utc::now() + chrono::Duration::days(3))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let mut form = vec![
        ("title", "Serverless roadmap"),
        ("summary", "What ships next quarter, under NDA."),
        ("audience", "specializations"),
        ("specializations", "serverless"),
        ("nda_version", nda.as_str()),
        ("starts_at", starts.as_str()),
        ("time_zone", "UTC"),
        ("minutes", "60"),
        ("join_url", "https://meet.example.com/roadmap"),
        ("capacity", "10"),
        ("area", "no-such-area"),
    ];
    let refused = app
        .post_form(&format!("/briefings/{id}/edit"), &form, Some(&admin_cookie))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("id=\"area-error\""),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Serverless roadmap"));
    form.pop();
    form.push(("area", "lambda"));
    let saved = app
        .post_form(&format!("/briefings/{id}/edit"), &form, Some(&admin_cookie))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let b = briefings::get(app.db(), id).await.unwrap().unwrap();
    assert_eq!(b.area_id, Some(area));
    let hero_cookie = app.session(ana_user).await;
    let shown = app.get_as(&format!("/briefings/{id}"), &hero_cookie).await;
    assert!(shown.body.contains("Lambda"), "{}", shown.body);
    assert!(shown.body.contains(&format!("/feedback/new?briefing={id}")));

    // The form offers the hero's briefings and preselects the one they came from.
    let new = app
        .get_as(&format!("/feedback/new?briefing={id}"), &hero_cookie)
        .await;
    assert!(
        new.body.contains(&format!(
            "<option value=\"{id}\" selected>Serverless roadmap"
        )),
        "{}",
        new.body
    );
    let area_id = area.to_string();
    let item = |briefing: String| {
        vec![
            ("area", area_id.clone()),
            ("title", "Cold starts after the preview".to_owned()),
            ("kind", "bug".to_owned()),
            (
                "body",
                "Shown in the briefing; slow in our tests.".to_owned(),
            ),
            ("briefing", briefing),
        ]
    };
    // A briefing the hero may not see, or none at all, is refused as unknown.
    for briefing in [dev_only.to_string(), "999999".to_owned(), "x".to_owned()] {
        let fields = item(briefing.clone());
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let got = app
            .post_form("/feedback", &fields, Some(&hero_cookie))
            .await;
        assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY, "{briefing}");
        assert!(
            got.body.contains("There is no such briefing"),
            "{}",
            got.body
        );
        assert!(got.body.contains("Cold starts after the preview"));
        assert!(!got.body.contains("Serverless roadmap\u{a0}DevTools"));
    }
    let fields = item(id.to_string());
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let filed = app
        .post_form("/feedback", &fields, Some(&hero_cookie))
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let item_id: i64 = filed
        .header("location")
        .unwrap()
        .trim_start_matches("/feedback/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let stored = heroes_store::feedback::get(app.db(), item_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.briefing_id, Some(id));

    // The admin runs the briefing: the item links to it, and the briefing lists the item.
    let staff_item = app
        .get_as(&format!("/staff/feedback/{item_id}"), &admin_cookie)
        .await;
    assert!(
        staff_item.body.contains(&format!(
            "<a href=\"/briefings/{id}\">Serverless roadmap</a>"
        )),
        "{}",
        staff_item.body
    );
    let managed = app
        .get_as(&format!("/briefings/{id}/manage"), &admin_cookie)
        .await;
    assert!(
        managed.body.contains(&format!("/staff/feedback/{item_id}")),
        "{}",
        managed.body
    );
    // The area's owner does not run it: they see that it came from a briefing, not which.
    let owner_item = app
        .get_as(
            &format!("/staff/feedback/{item_id}"),
            &app.session(owner).await,
        )
        .await;
    assert_eq!(owner_item.status, StatusCode::OK);
    assert!(owner_item.body.contains(&format!("a briefing (#{id})")));
    assert!(!owner_item.body.contains("Serverless roadmap"));
    // The API tells the hero which briefing their item came from.
    let token = app
        .token(ana_user, heroes_domain::account::TokenScope::Read)
        .await;
    let api = app
        .get_with(
            "/api/v1/me/feedback",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(api.json()["items"][0]["briefing"], id);
    // The hero's briefings name the area and list the files with their download address.
    let file = attach_file(&app, id).await;
    let mine = app
        .get_with(
            "/api/v1/me/briefings",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await
        .json();
    let listed = mine
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == id)
        .unwrap();
    assert_eq!(listed["area"], "lambda");
    assert_eq!(listed["files"][0]["name"], "roadmap.pdf");
    assert!(
        listed["files"][0]["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/briefings/{id}/files/{file}"))
    );
    assert!(mine.as_array().unwrap().iter().all(|b| b["id"] != dev_only));
}
