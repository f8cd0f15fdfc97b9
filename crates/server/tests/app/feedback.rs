//! Product feedback and office hours (issue 13): product areas managed by admins, feedback
//! filed by heroes and walked through its states by staff (every move mailed to the author and
//! followers), staff-only notes, "me too" and follow, the queue and its medians, privacy of
//! unshared items, and office-hour slots booked once — also by fifty heroes at once.

use crate::helpers::{TestApp, hero, run_jobs};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::{Email, Role, TokenScope};
use heroes_domain::feedback::{FeedbackForm, NewFeedback};
use heroes_domain::office_hours::{NewSlot, SlotForm};
use heroes_store::accounts::{self, Actor};
use heroes_store::feedback::Voice;
use heroes_store::{feedback, office_hours, outbox, product_areas};

/// An area named `name` (slug in lower case), owned by the staff with `owners`.
pub(crate) async fn area(app: &TestApp, name: &str, owners: &[&str]) -> i64 {
    let new = heroes_domain::feedback::NewProductArea {
        slug: heroes_domain::slug::Slug::parse("slug", &name.to_lowercase()).unwrap(),
        name: heroes_domain::text::Line::parse("name", name).unwrap(),
        description: heroes_domain::text::LongText::parse("description", "").unwrap(),
    };
    let owners: Vec<String> = owners.iter().map(|o| (*o).to_owned()).collect();
    product_areas::create(app.db(), &new, &owners, &Actor::cli())
        .await
        .unwrap()
}

/// Files an item through the store (the form is tested on its own).
async fn file(app: &TestApp, author: i64, area: i64, title: &str, shared: bool) -> i64 {
    let new = NewFeedback::parse(&FeedbackForm {
        title,
        body: "Steps: deploy, call, wait.",
        kind: "bug",
        impact: "Every demo.",
        links: "",
        shared,
    })
    .unwrap();
    feedback::file(app.db(), author, area, &new, |_, _| None)
        .await
        .unwrap()
}

/// A slot starting `hours` from now, hosted by `host`.
async fn slot(app: &TestApp, host: i64, area: i64, hours: i64) -> i64 {
    let starts = (chrono::Utc::now() + chrono::Duration::hours(hours))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let new = NewSlot::parse(
        &SlotForm {
            starts: &starts,
            zone: "UTC",
            minutes: "30",
            link: "https://meet.example.com/office",
        },
        chrono::Utc::now(),
    )
    .unwrap();
    office_hours::publish(app.db(), host, area, &new, &Actor::cli())
        .await
        .unwrap()
}

/// The matrix's objects: an area, the matrix hero's private item, a free slot and a slot the
/// hero booked.
pub async fn matrix_objects(app: &TestApp, _ana: &str) -> (i64, i64, i64, i64) {
    let db = app.db();
    let hero_user = accounts::by_email(db, &Email::parse("email", "hero@example.org").unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let host = app.account("host@example.org", &[Role::Staff], None).await;
    let area = area(app, "Lambda", &[]).await;
    let item = file(app, hero_user, area, "Cold starts", false).await;
    let free = slot(app, host, area, 48).await;
    let booked = slot(app, host, area, 72).await;
    office_hours::book(db, booked, hero_user, chrono::Utc::now())
        .await
        .unwrap();
    (area, item, free, booked)
}

/// A hero account (hero record linked) that never signs in with a password, and its session.
async fn quick_hero(app: &TestApp, n: usize) -> (i64, String) {
    let slug = hero(&format!("Racer Number{n}")).create(app).await;
    let hero_id = app.hero_id(&slug).await;
    let id = app.quick_account(&format!("racer{n}@example.org")).await;
    accounts::link_hero(app.db(), id, Some(hero_id), &Actor::cli())
        .await
        .unwrap();
    (id, app.session(id).await)
}

/// Ana and Ben, heroes signed in, and Sam of the staff.
struct People {
    ana_id: i64,
    ana_session: String,
    ben_session: String,
    sam: String,
}

async fn people(app: &TestApp) -> People {
    let ana = hero("Ana Souza").create(app).await;
    let ben = hero("Ben Okafor").create(app).await;
    let ana_id = app.account("ana@example.org", &[], Some(&ana)).await;
    People {
        ana_id,
        ana_session: app.session(ana_id).await,
        ben_session: app.signed_in("ben@example.org", &[], Some(&ben)).await,
        sam: app.signed_in("sam@example.org", &[Role::Staff], None).await,
    }
}

fn mails_to(mails: &[outbox::StoredMail], to: &str) -> Vec<String> {
    mails
        .iter()
        .filter(|m| m.to_address == to)
        .map(|m| format!("{}\n{}", m.subject, m.body_text))
        .collect()
}

#[tokio::test]
async fn admins_manage_product_areas_and_owners_with_every_change_audited() {
    let app = TestApp::new().await;
    let admin = app
        .session(app.account("admin@example.org", &[Role::Admin], None).await)
        .await;
    app.account("sam@example.org", &[Role::Staff], None).await;
    app.account("member@example.org", &[], None).await;

    let page = app.get_as("/admin", &admin).await;
    assert!(
        page.body.contains("/admin/product-areas"),
        "the admin home links to it"
    );

    // A member's address is no owner: the form comes back with everything typed.
    let refused = app
        .post_form(
            "/admin/product-areas",
            &[
                ("name", "Lambda"),
                ("slug", "lambda"),
                ("description", "Functions"),
                ("owners", "member@example.org"),
            ],
            Some(&admin),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("member@example.org is not a staff member"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("value=\"Lambda\""));

    let saved = app
        .post_form(
            "/admin/product-areas",
            &[
                ("name", "Lambda"),
                ("slug", "lambda"),
                ("description", "Functions"),
                ("owners", "SAM@example.org"),
            ],
            Some(&admin),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let taken = app
        .post_form(
            "/admin/product-areas",
            &[("name", "Other"), ("slug", "lambda"), ("owners", "")],
            Some(&admin),
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.body.contains("Another product area has this address"));

    let areas = product_areas::list(app.db()).await.unwrap();
    assert_eq!(areas.len(), 1);
    assert_eq!(areas[0].owners[0].email, "sam@example.org");
    let edited = app
        .post_form(
            &format!("/admin/product-areas/{}", areas[0].id),
            &[("name", "AWS Lambda"), ("slug", "lambda"), ("owners", "")],
            Some(&admin),
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    let area = product_areas::get(app.db(), areas[0].id).await.unwrap();
    assert_eq!(area.name, "AWS Lambda");
    assert!(area.owners.is_empty());
    let missing = app.get_as("/admin/product-areas/999999", &admin).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    let audit = heroes_store::audit::list(app.db(), 50, None).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    assert!(actions.contains(&"product-area.create"), "{actions:?}");
    assert!(actions.contains(&"product-area.update"), "{actions:?}");
}

#[tokio::test]
async fn feedback_goes_from_filed_to_shipped_and_everyone_concerned_is_told() {
    let app = TestApp::new().await;
    let People {
        ana_id,
        ana_session,
        ben_session,
        sam,
    } = people(&app).await;
    let admin = app.admin().await;
    let lambda = area(&app, "Lambda", &["sam@example.org"]).await;

    // A form with mistakes comes back with a message at each field and everything typed.
    let bad = app
        .post_form(
            "/feedback",
            &[
                ("area", ""),
                ("title", "Cold starts <b>double</b>"),
                ("kind", "complaint"),
                ("body", ""),
                ("links", "javascript:alert(1)"),
            ],
            Some(&ana_session),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body
            .contains("Cold starts &#60;b&#62;double&#60;/b&#62;"),
        "typed title kept, escaped"
    );
    assert!(bad.body.contains("javascript:alert(1)</textarea>"));
    for field in ["area-error", "body-error", "links-error"] {
        assert!(bad.body.contains(field), "{field}");
    }
    assert!(
        feedback::filed_by(app.db(), ana_id)
            .await
            .unwrap()
            .is_empty()
    );

    let filed = app
        .post_form(
            "/feedback",
            &[
                ("area", &lambda.to_string()),
                ("title", "Cold starts double"),
                ("kind", "bug"),
                ("body", "It **hurts**<script>alert(1)</script>"),
                ("impact", "Every demo I give."),
                ("links", "https://github.com/ana/repro"),
                ("shared", "on"),
            ],
            Some(&ana_session),
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let id = feedback::filed_by(app.db(), ana_id).await.unwrap()[0].id;
    let page = app.get_as(&format!("/feedback/{id}"), &ana_session).await;
    assert!(page.body.contains("<strong>hurts</strong>"));
    assert!(
        !page.body.contains("<script>alert"),
        "Markdown is sanitized"
    );
    let mails = outbox::list(app.db(), 100, None).await.unwrap();
    assert_eq!(
        mails_to(&mails, "sam@example.org").len(),
        1,
        "the owner is told"
    );

    // Ben says "me too" and follows (twice: counted once).
    for _ in 0..2 {
        for path in ["vote", "follow"] {
            let r = app
                .post_form(
                    &format!("/feedback/{id}/{path}"),
                    &[("on", "true")],
                    Some(&ben_session),
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
        }
    }
    let item = feedback::get(app.db(), id).await.unwrap().unwrap();
    assert_eq!((item.votes, item.followers), (1, 1));

    // Staff acknowledge, write a note only the team sees, answer, then ship with a note.
    let step = |transition: &'static str, note: &'static str| {
        let sam = sam.clone();
        let app = &app;
        async move {
            app.post_form(
                &format!("/staff/feedback/{id}/state"),
                &[("transition", transition), ("note", note)],
                Some(&sam),
            )
            .await
        }
    };
    assert_eq!(step("acknowledge", "").await.status, StatusCode::SEE_OTHER);
    let note = app
        .post_form(
            &format!("/staff/feedback/{id}/reply"),
            &[
                ("message", "Same root cause as the VPC issue"),
                ("internal", "on"),
            ],
            Some(&sam),
        )
        .await;
    assert_eq!(note.status, StatusCode::SEE_OTHER);
    let answer = app
        .post_form(
            &format!("/staff/feedback/{id}/reply"),
            &[("message", "Thanks, we can reproduce it.")],
            Some(&sam),
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let shipped = step("ship", "Fixed in runtime 2.4, rolling out this week.").await;
    assert_eq!(shipped.status, StatusCode::SEE_OTHER, "{}", shipped.body);

    for session in [&ana_session, &ben_session] {
        let page = app.get_as(&format!("/feedback/{id}"), session).await;
        assert!(page.body.contains("Thanks, we can reproduce it."));
        assert!(page.body.contains("Fixed in runtime 2.4"));
        assert!(
            !page.body.contains("VPC issue"),
            "staff-only notes stay with staff"
        );
    }
    let staff_page = app.get_as(&format!("/staff/feedback/{id}"), &sam).await;
    assert!(staff_page.body.contains("VPC issue"));

    let mails = outbox::list(app.db(), 100, None).await.unwrap();
    let ana_mail = mails_to(&mails, "ana@example.org");
    assert_eq!(
        ana_mail.len(),
        3,
        "acknowledged, answered, shipped: {ana_mail:#?}"
    );
    assert!(
        ana_mail
            .iter()
            .any(|m| m.contains("is now Shipped") && m.contains("Fixed in runtime 2.4"))
    );
    assert!(ana_mail.iter().all(|m| !m.contains("VPC")));
    let ben_mail = mails_to(&mails, "ben@example.org");
    assert_eq!(
        ben_mail.len(),
        2,
        "a follower hears of each status change: {ben_mail:#?}"
    );
    let notices = heroes_store::notifications::list(app.db(), ana_id, 10)
        .await
        .unwrap();
    assert_eq!(notices.len(), 3);

    // The admin sees the medians; the area shows no open item any more.
    let areas = app.get_as("/admin/product-areas", &admin).await;
    assert!(areas.body.contains("minute"), "{}", areas.body);
    assert!(!areas.body.contains("none yet"));

    // The API gives Ana her item and its thread, never the note.
    let token = app.token(ana_id, TokenScope::Read).await;
    let api = app
        .get_with(
            "/api/v1/me/feedback",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let json = api.json();
    assert_eq!(json["items"][0]["state"], "shipped");
    assert_eq!(json["items"][0]["kind"], "bug");
    assert_eq!(json["items"][0]["links"][0], "https://github.com/ana/repro");
    assert!(!api.body.contains("VPC"));
}

#[tokio::test]
async fn refused_steps_say_why_and_a_duplicate_hands_its_followers_over() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ben = hero("Ben Okafor").create(&app).await;
    let ana_id = app.account("ana@example.org", &[], Some(&ana)).await;
    let ben_id = app.account("ben@example.org", &[], Some(&ben)).await;
    let sam = app
        .session(app.account("sam@example.org", &[Role::Staff], None).await)
        .await;
    let lambda = area(&app, "Lambda", &[]).await;
    let original = file(&app, ana_id, lambda, "Cold starts", true).await;
    let copy = file(&app, ben_id, lambda, "Slow first call", true).await;
    let carla = app.account("carla@example.org", &[], None).await;
    feedback::set_follow(app.db(), copy, carla, true)
        .await
        .unwrap();

    let post = |fields: Vec<(&'static str, String)>, id: i64| {
        let sam = sam.clone();
        let app = &app;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form(&format!("/staff/feedback/{id}/state"), &fields, Some(&sam))
                .await
        }
    };
    let ship = post(
        vec![("transition", "ship".into()), ("note", "x".into())],
        original,
    )
    .await;
    assert_eq!(ship.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        ship.body.contains("Acknowledge the item first."),
        "{}",
        ship.body
    );
    let decline = post(vec![("transition", "decline".into())], original).await;
    assert_eq!(decline.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(decline.body.contains("Say why it is declined."));
    for bad in ["", "999999", &copy.to_string()] {
        let dup = post(
            vec![
                ("transition", "duplicate".into()),
                ("duplicate_of", bad.to_owned()),
            ],
            copy,
        )
        .await;
        assert_eq!(
            dup.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "original {bad:?}"
        );
        assert!(
            dup.body.contains(&format!("value=\"{bad}\"")),
            "typed value kept"
        );
    }
    assert_eq!(
        feedback::get(app.db(), original)
            .await
            .unwrap()
            .unwrap()
            .state,
        heroes_domain::feedback::State::New
    );

    let dup = post(
        vec![
            ("transition", "duplicate".into()),
            ("duplicate_of", format!("#{original}")),
            ("note", "Same as the cold starts item".into()),
        ],
        copy,
    )
    .await;
    assert_eq!(dup.status, StatusCode::SEE_OTHER, "{}", dup.body);
    let (_, carla_follows) = feedback::stance(app.db(), original, carla).await.unwrap();
    let (_, ben_follows) = feedback::stance(app.db(), original, ben_id).await.unwrap();
    assert!(
        carla_follows && ben_follows,
        "followers and author move over"
    );
    let (_, ana_follows) = feedback::stance(app.db(), original, ana_id).await.unwrap();
    assert!(!ana_follows, "the original's author is told anyway");
    assert_eq!(
        feedback::get(app.db(), copy)
            .await
            .unwrap()
            .unwrap()
            .followers,
        0
    );
    let closed = post(vec![("transition", "acknowledge".into())], copy).await;
    assert!(closed.body.contains("This item is closed"));
    let audit = heroes_store::audit::list(app.db(), 50, None).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "feedback.state" && a.detail.contains("duplicate"))
    );
}

#[tokio::test]
async fn another_heros_private_feedback_is_not_found() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ben = hero("Ben Okafor").create(&app).await;
    let ana_id = app.account("ana@example.org", &[], Some(&ana)).await;
    let ben_id = app.account("ben@example.org", &[], Some(&ben)).await;
    let ben_session = app.session(ben_id).await;
    let member = app
        .session(app.account("member@example.org", &[], None).await)
        .await;
    let lambda = area(&app, "Lambda", &[]).await;
    let private = file(&app, ana_id, lambda, "Secret roadmap worry", false).await;
    let shared = file(&app, ana_id, lambda, "Open worry", true).await;

    assert_eq!(
        app.get_as(&format!("/feedback/{private}"), &ben_session)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    for action in ["reply", "vote", "follow"] {
        let r = app
            .post_form(
                &format!("/feedback/{private}/{action}"),
                &[("reply", "mine now"), ("on", "true")],
                Some(&ben_session),
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{action}");
    }
    // A shared item is seen, but only its author writes in its thread.
    assert_eq!(
        app.get_as(&format!("/feedback/{shared}"), &ben_session)
            .await
            .status,
        StatusCode::OK
    );
    let reply = app
        .post_form(
            &format!("/feedback/{shared}/reply"),
            &[("reply", "hi")],
            Some(&ben_session),
        )
        .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    let list = app.get_as("/feedback", &ben_session).await;
    assert!(list.body.contains("Open worry"));
    assert!(!list.body.contains("Secret roadmap worry"));
    assert_eq!(
        app.get_as(&format!("/feedback/{private}"), &member)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let item = feedback::get(app.db(), private).await.unwrap().unwrap();
    assert_eq!((item.votes, item.followers), (0, 0));
    assert!(
        feedback::thread(app.db(), private, true)
            .await
            .unwrap()
            .is_empty()
    );

    let token = app.token(ben_id, TokenScope::Read).await;
    let api = app
        .get_with(
            "/api/v1/me/feedback",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(api.json()["items"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn the_staff_queue_filters_by_area_status_kind_and_age_and_sorts_by_votes() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_id = app.account("ana@example.org", &[], Some(&ana)).await;
    let sam = app
        .session(app.account("sam@example.org", &[Role::Staff], None).await)
        .await;
    let lambda = area(&app, "Lambda", &[]).await;
    let s3 = area(&app, "S3", &[]).await;
    let quiet = file(&app, ana_id, lambda, "Quiet item", true).await;
    let loud = file(&app, ana_id, lambda, "Loud item", true).await;
    let other = file(&app, ana_id, s3, "Bucket item", true).await;
    for n in 0..3 {
        let voter = app.account(&format!("v{n}@example.org"), &[], None).await;
        feedback::set_vote(app.db(), loud, voter, true)
            .await
            .unwrap();
    }
    feedback::backdate(
        app.db(),
        quiet,
        chrono::Utc::now() - chrono::Duration::days(40),
    )
    .await
    .unwrap();

    let titles = |body: &str| -> Vec<&'static str> {
        ["Quiet item", "Loud item", "Bucket item"]
            .into_iter()
            .filter(|t| body.contains(t))
            .collect()
    };
    let all = app.get_as("/staff/feedback?sort=votes", &sam).await;
    assert!(
        all.body.find("Loud item") < all.body.find("Quiet item"),
        "most votes first"
    );
    let oldest = app.get_as("/staff/feedback?sort=oldest", &sam).await;
    assert!(oldest.body.find("Quiet item") < oldest.body.find("Loud item"));
    let area_only = app.get_as("/staff/feedback?area=s3", &sam).await;
    assert_eq!(titles(&area_only.body), ["Bucket item"]);
    let aged = app.get_as("/staff/feedback?age=30", &sam).await;
    assert_eq!(titles(&aged.body), ["Quiet item"]);
    feedback::change_state(
        app.db(),
        other,
        &feedback::Change {
            transition: heroes_domain::feedback::Transition::Acknowledge,
            note: String::new(),
            duplicate_of: None,
        },
        &Actor::cli(),
        |_, _| None,
    )
    .await
    .unwrap();
    let acknowledged = app.get_as("/staff/feedback?state=acknowledged", &sam).await;
    assert_eq!(titles(&acknowledged.body), ["Bucket item"]);
    let docs = app.get_as("/staff/feedback?kind=documentation", &sam).await;
    assert!(titles(&docs.body).is_empty());
    assert!(docs.body.contains("0 items"));
}

#[tokio::test]
async fn a_hero_books_a_slot_gets_its_calendar_file_and_one_reminder_then_cancels() {
    let app = TestApp::new().await;
    let People {
        ana_session,
        ben_session,
        sam,
        ..
    } = people(&app).await;
    let lambda = area(&app, "Lambda", &[]).await;

    // A time the zone skips is refused with the form kept.
    let gap = app
        .post_form(
            "/staff/office-hours",
            &[
                ("area", &lambda.to_string()),
                ("starts", "2030-03-31T02:30"),
                ("zone", "Europe/Berlin"),
                ("minutes", "30"),
                ("link", "https://meet.example.com/sam"),
            ],
            Some(&sam),
        )
        .await;
    assert_eq!(gap.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(gap.body.contains("clocks skip this hour"), "{}", gap.body);
    assert!(gap.body.contains("value=\"2030-03-31T02:30\""));

    let starts = chrono::Utc::now() + chrono::Duration::hours(3);
    let published = app
        .post_form(
            "/staff/office-hours",
            &[
                ("area", &lambda.to_string()),
                ("starts", &starts.format("%Y-%m-%dT%H:%M").to_string()),
                ("zone", "UTC"),
                ("minutes", "45"),
                ("link", "https://meet.example.com/sam"),
            ],
            Some(&sam),
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let id = office_hours::upcoming(app.db(), chrono::Utc::now())
        .await
        .unwrap()[0]
        .id;

    let booked = app
        .post_form(&format!("/office-hours/{id}/book"), &[], Some(&ana_session))
        .await;
    assert_eq!(
        booked.header("location"),
        Some("/office-hours?notice=booked")
    );
    let again = app
        .post_form(&format!("/office-hours/{id}/book"), &[], Some(&ben_session))
        .await;
    assert_eq!(again.header("location"), Some("/office-hours?notice=taken"));

    let ics = app
        .get_as(&format!("/office-hours/{id}/calendar.ics"), &ana_session)
        .await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(
        ics.header("content-type")
            .unwrap()
            .starts_with("text/calendar")
    );
    let mut parser = ical::IcalParser::new(ics.body.as_bytes());
    let calendar = parser.next().expect("one calendar").expect("parses");
    let event = &calendar.events[0];
    let value = |name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let stored = office_hours::get(app.db(), id).await.unwrap().unwrap();
    assert_eq!(
        value("DTSTART"),
        stored.starts_at.format("%Y%m%dT%H%M%SZ").to_string()
    );
    assert_eq!(
        value("DTEND"),
        stored.ends_at().format("%Y%m%dT%H%M%SZ").to_string()
    );
    assert_eq!(value("LOCATION"), "https://meet.example.com/sam");
    assert_eq!(
        app.get_as(&format!("/office-hours/{id}/calendar.ics"), &ben_session)
            .await
            .status,
        StatusCode::NOT_FOUND,
        "only the hero who booked it gets the file"
    );

    // The reminder is due (the slot is less than a day away) and goes out once.
    run_jobs(app.db(), |_| {}).await;
    run_jobs(app.db(), |_| {}).await;
    let mails = outbox::list(app.db(), 100, None).await.unwrap();
    let reminders = mails_to(&mails, "ana@example.org");
    assert_eq!(reminders.len(), 1, "{reminders:#?}");
    assert!(reminders[0].contains("https://meet.example.com/sam"));

    // Ben cannot cancel Ana's booking; Ana can, and the slot is free again.
    let theirs = app
        .post_form(
            &format!("/office-hours/{id}/cancel"),
            &[],
            Some(&ben_session),
        )
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let cancelled = app
        .post_form(
            &format!("/office-hours/{id}/cancel"),
            &[],
            Some(&ana_session),
        )
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    let page = app.get_as("/office-hours", &ben_session).await;
    assert!(page.body.contains(&format!("/office-hours/{id}/book")));
}

#[tokio::test]
async fn fifty_heroes_booking_one_slot_at_once_make_one_booking() {
    let app = TestApp::new().await;
    let host = app.account("sam@example.org", &[Role::Staff], None).await;
    let lambda = area(&app, "Lambda", &[]).await;
    let id = slot(&app, host, lambda, 48).await;
    let mut requests = Vec::new();
    for n in 0..50 {
        let (_, session) = quick_hero(&app, n).await;
        requests.push(
            Request::builder()
                .method("POST")
                .uri(format!("/office-hours/{id}/book"))
                .header("cookie", session)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::empty())
                .unwrap(),
        );
    }
    let answers = app.at_once(requests).await;
    let won = answers
        .iter()
        .filter(|a| a.header("location") == Some("/office-hours?notice=booked"))
        .count();
    let lost = answers
        .iter()
        .filter(|a| a.header("location") == Some("/office-hours?notice=taken"))
        .count();
    assert_eq!(
        (won, lost),
        (1, 49),
        "{:?}",
        answers.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    let slot = office_hours::get(app.db(), id).await.unwrap().unwrap();
    assert!(slot.booked_by.is_some());
}

#[tokio::test]
async fn the_export_holds_a_heros_feedback_and_erasure_removes_it() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ben = hero("Ben Okafor").create(&app).await;
    let ana_id = app.account("ana@example.org", &[], Some(&ana)).await;
    let ben_id = app.account("ben@example.org", &[], Some(&ben)).await;
    let host = app.account("sam@example.org", &[Role::Staff], None).await;
    let lambda = area(&app, "Lambda", &[]).await;
    let mine = file(&app, ana_id, lambda, "Cold starts", true).await;
    let bens = file(&app, ben_id, lambda, "Ben's item", true).await;
    feedback::set_vote(app.db(), bens, ana_id, true)
        .await
        .unwrap();
    feedback::write(
        app.db(),
        mine,
        host,
        Voice::StaffNote,
        "internal only",
        |_| None,
    )
    .await
    .unwrap();
    let booked = slot(&app, host, lambda, 30).await;
    office_hours::book(app.db(), booked, ana_id, chrono::Utc::now())
        .await
        .unwrap();

    let ana_session = app.session(ana_id).await;
    let export = app.get_as("/account/export", &ana_session).await;
    assert_eq!(export.status, StatusCode::OK);
    let json = export.json();
    assert_eq!(json["feedback"]["filed"][0]["item"]["title"], "Cold starts");
    assert_eq!(json["feedback"]["me_too"][0], bens);
    assert_eq!(json["office_hours"][0]["area"], "Lambda");
    assert!(!export.body.contains("internal only"));
    assert!(
        !export.body.contains("Ben's item"),
        "someone else's item is not in the export"
    );

    let deleted = app
        .post_form(
            "/account/delete",
            &[("current_password", crate::helpers::PASSWORD)],
            Some(&ana_session),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert!(feedback::get(app.db(), mine).await.unwrap().is_none());
    let left = feedback::get(app.db(), bens).await.unwrap().unwrap();
    assert_eq!(left.votes, 0, "the erased account's votes are gone");
    let slot = office_hours::get(app.db(), booked).await.unwrap().unwrap();
    assert_eq!(
        slot.booked_by, None,
        "the erased account's booking is given back"
    );
}

#[tokio::test]
async fn the_demo_has_feedback_in_every_state_and_office_hours() {
    let app = TestApp::new().await;
    heroes_server::demo::generate(
        app.db(),
        heroes_server::demo::DemoSize {
            heroes: 40,
            contributions: 100,
            candidacies: 0,
            seed: 7,
        },
        false,
    )
    .await
    .unwrap();
    let items = feedback::queue(app.db(), &feedback::QueueQuery::default())
        .await
        .unwrap();
    for state in heroes_domain::feedback::State::ALL {
        assert!(
            items.iter().any(|i| i.state == state),
            "no demo item is {state}"
        );
    }
    let slots = office_hours::upcoming(app.db(), chrono::Utc::now())
        .await
        .unwrap();
    assert!(slots.len() >= 10);
    assert!(slots.iter().any(|s| s.booked_by.is_some()));
    assert!(!feedback::response_times(app.db()).await.unwrap().is_empty());
}

#[tokio::test]
async fn staff_moving_one_item_at_once_move_it_once_and_mail_once() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_id = app.account("ana@example.org", &[], Some(&ana)).await;
    let lambda = area(&app, "Lambda", &[]).await;
    let id = file(&app, ana_id, lambda, "Cold starts", false).await;
    let mut requests = Vec::new();
    for n in 0..10 {
        let staff = app
            .account(&format!("staff{n}@example.org"), &[Role::Staff], None)
            .await;
        requests.push(
            Request::builder()
                .method("POST")
                .uri(format!("/staff/feedback/{id}/state"))
                .header("cookie", app.session(staff).await)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from("transition=acknowledge&note="))
                .unwrap(),
        );
    }
    let answers = app.at_once(requests).await;
    crate::helpers::assert_one_went_through(&answers);
    assert!(
        answers
            .iter()
            .all(|a| a.status == StatusCode::SEE_OTHER
                || a.status == StatusCode::UNPROCESSABLE_ENTITY)
    );
    let mails = outbox::list(app.db(), 100, None).await.unwrap();
    assert_eq!(mails_to(&mails, "ana@example.org").len(), 1);
    let thread = feedback::thread(app.db(), id, true).await.unwrap();
    assert_eq!(thread.len(), 1, "one status line");
}

/// Ten areas renamed to one address at once: one gets it, the others hear the address is
/// taken (never a 500, never two areas with one address).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn renaming_areas_to_one_address_at_once_gives_it_to_one() {
    let app = TestApp::new().await;
    let admin = app
        .session(app.account("admin@example.org", &[Role::Admin], None).await)
        .await;
    let mut requests = Vec::new();
    for n in 0..10 {
        let id = area(&app, &format!("Area{n}"), &[]).await;
        requests.push(
            Request::post(format!("/admin/product-areas/{id}"))
                .header("cookie", &admin)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from("name=Shared&slug=shared&owners="))
                .unwrap(),
        );
    }
    let answers = app.at_once(requests).await;
    let statuses: Vec<StatusCode> = answers.iter().map(|a| a.status).collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY)
            .count(),
        9,
        "{statuses:?}"
    );
    let areas = product_areas::list(app.db()).await.unwrap();
    assert_eq!(areas.iter().filter(|a| a.slug == "shared").count(), 1);
}
