//! The private network and mentoring (issue 16): who sees the network and what reaches
//! nobody else, asks and their answers, the explained ranking of mentors on a constructed
//! case, the whole mentoring journey into the readiness meter, and the capacity race.

use crate::helpers::{TestApp, contribution, hero};
use axum::http::StatusCode;
use heroes_domain::account::{Role, TokenScope};
use heroes_domain::mentoring::{AskStep, MentorRequest, OfferInput};
use heroes_store::mentoring::{self, NewAsk};

/// The network and mentoring objects the route × role matrix asks for: an ask Ana posted, a
/// request of the member, a pending ask of the member to Ana and a mentorship of the two.
pub struct Objects {
    pub ask: i64,
    pub request: i64,
    pub mentoring_ask: i64,
    pub mentorship: i64,
}

fn offer(capacity: u32) -> heroes_domain::mentoring::Offer {
    OfferInput {
        topics: "Lambda, event-driven design".into(),
        specializations: vec!["serverless".into()],
        languages: "es, en".into(),
        time_zones: "America/Bogota".into(),
        formats: vec!["calls".into()],
        capacity: capacity.to_string(),
        open: true,
    }
    .parse()
    .unwrap()
}

fn lambda_request() -> MentorRequest {
    MentorRequest::parse(
        "Ship my first serverless service",
        "Lambda",
        "es",
        "America/Bogota",
    )
    .unwrap()
}

/// Sends `request_id` of `member` to the mentor `hero_id`; returns the ask's id.
async fn ask(app: &TestApp, request_id: i64, member: i64, hero_id: i64) -> i64 {
    let asked = mentoring::ask_mentors(
        app.db(),
        request_id,
        member,
        &[NewAsk {
            mentor_id: hero_id,
            reason: "test".into(),
            notice: None,
        }],
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(asked, 1);
    mentoring::asks_of_request(app.db(), request_id)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.mentor_id == hero_id)
        .unwrap()
        .id
}

/// See [`Objects`].
pub async fn objects(app: &TestApp, ana_id: i64, member: i64) -> Objects {
    let db = app.db();
    let ana_user = heroes_store::renewal::account_of(db, ana_id)
        .await
        .unwrap()
        .expect("Ana has an account")
        .user_id;
    let ask_id = heroes_store::network::post_ask(
        db,
        ana_user,
        &heroes_domain::network::NewAsk::parse("co-speaker", "A co-speaker for Lisbon", "May.")
            .unwrap(),
    )
    .await
    .unwrap();
    assert!(mentoring::save_offer(db, ana_id, &offer(3)).await.unwrap());
    let request = mentoring::create_request(db, member, &lambda_request())
        .await
        .unwrap();
    let pending = mentoring::create_request(db, member, &lambda_request())
        .await
        .unwrap();
    let mentoring_ask = ask(app, pending, member, ana_id).await;
    let matched = mentoring::create_request(db, member, &lambda_request())
        .await
        .unwrap();
    let accepted = ask(app, matched, member, ana_id).await;
    let mentorship = mentoring::answer_ask(db, accepted, ana_id, AskStep::Accept, &[])
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    Objects {
        ask: ask_id,
        request,
        mentoring_ask,
        mentorship,
    }
}

/// The mentor signed in with `cookie` accepts the ask `id`.
async fn accept_ask(app: &TestApp, id: i64, cookie: &str) -> crate::helpers::TestResponse {
    let path = format!("/account/mentoring/asks/{id}/accept");
    app.post_form(&path, &[], Some(cookie)).await
}

#[tokio::test]
async fn the_network_shows_heroes_to_heroes_and_the_team_only() {
    let app = TestApp::new().await;
    let gita = hero("Gita Rao").create(&app).await;
    let hugo = hero("Hugo Lima").create(&app).await;
    let old = hero("Olga Old").status("alumni").create(&app).await;
    let gita_user = app.account("gita@example.org", &[], Some(&gita)).await;
    let gita_session = app.session(gita_user).await;
    // Gita shares one address with heroes, a phone with staff only, and writes her card.
    let saved = app
        .post_form(
            "/account/profile",
            &[
                ("display_name", "Gita Rao"),
                ("country", "IN"),
                ("languages", "en"),
                ("contact.email", "invite-gita@example.org"),
                ("contact.email.visibility", "heroes"),
                ("contact.phone", "+91 80 1234 5678"),
                ("contact.phone.visibility", "staff"),
            ],
            Some(&gita_session),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let card = app
        .post_form(
            "/account/network",
            &[
                ("working_on", "A book on zyxquantum queues"),
                ("ask_me_about", "Conference talks"),
                ("open_to_cospeaking", "on"),
            ],
            Some(&gita_session),
        )
        .await;
    assert_eq!(card.status, StatusCode::SEE_OTHER, "{}", card.body);

    let hugo_user = app.account("hugo@example.org", &[], Some(&hugo)).await;
    let hero_session = app.session(hugo_user).await;
    let page = app.get_as("/network", &hero_session).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Gita Rao"));
    assert!(
        page.body.contains("invite-gita@example.org"),
        "heroes see what is shown to heroes"
    );
    assert!(
        !page.body.contains("+91 80 1234 5678"),
        "not what is kept for staff"
    );
    assert!(page.body.contains("zyxquantum"));
    assert!(
        !page.body.contains("Olga Old"),
        "alumni are not in the network"
    );
    assert!(page.header("cache-control").unwrap().contains("no-store"));
    assert!(page.header("x-robots-tag").unwrap().contains("noindex"));

    // Search reaches the card's words; the filter keeps only those open to co-speaking.
    let found = app.get_as("/network?q=zyxquantum", &hero_session).await;
    assert!(found.body.contains("Gita Rao") && !found.body.contains("Hugo Lima"));
    let open = app.get_as("/network?open=cospeaking", &hero_session).await;
    assert!(open.body.contains("Gita Rao") && !open.body.contains("Hugo Lima"));

    let staff = app.account("staff@example.org", &[Role::Staff], None).await;
    let staff_page = app.get_as("/network", &app.session(staff).await).await;
    assert_eq!(staff_page.status, StatusCode::OK);
    assert!(
        staff_page.body.contains("+91 80 1234 5678"),
        "staff see staff contacts"
    );

    let member = app.account("member@example.org", &[], None).await;
    let alumnus = app.account("olga@example.org", &[], Some(&old)).await;
    for (who, id) in [("member", member), ("alumnus", alumnus)] {
        let session = app.session(id).await;
        for path in ["/network", "/network/asks", "/account/network"] {
            let refused = app.get_as(path, &session).await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{who} {path}");
            assert!(!refused.body.contains("zyxquantum"));
        }
    }
    let visitor = app.get("/network").await;
    assert!(
        visitor
            .header("location")
            .unwrap()
            .starts_with("/login?next=")
    );

    // None of it reaches the public: pages, search, API, feeds, sitemap; robots stay out.
    for search in ["/heroes?q=zyxquantum", "/api/v1/heroes?q=zyxquantum"] {
        let public = app.get(search).await;
        assert!(
            !public.body.contains("Gita Rao"),
            "{search}: the card is not indexed"
        );
    }
    for path in [
        &format!("/heroes/{gita}"),
        &format!("/api/v1/heroes/{gita}"),
        "/feeds/contributions.atom",
        "/sitemap.xml",
    ] {
        let public = app.get(path).await;
        assert!(!public.body.contains("zyxquantum"), "{path}");
        assert!(!public.body.contains("/network"), "{path}");
    }
    let robots = app.get("/robots.txt").await;
    assert!(
        robots.body.contains("Disallow: /network"),
        "{}",
        robots.body
    );
}

#[tokio::test]
async fn an_ask_is_answered_its_author_mailed_and_closed_by_the_author_only() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ben = hero("Ben Okafor").create(&app).await;
    let ana_session = app
        .session(app.account("ana@example.org", &[], Some(&ana)).await)
        .await;
    let ben_session = app
        .session(app.account("ben@example.org", &[], Some(&ben)).await)
        .await;

    let bad = app
        .post_form(
            "/network/asks",
            &[
                ("kind", "co-speaker"),
                ("title", "Lisbon talk"),
                ("body", ""),
            ],
            Some(&ana_session),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("Lisbon talk"),
        "what was typed comes back"
    );
    assert!(bad.body.contains(r#"id="body-error""#));

    let posted = app
        .post_form(
            "/network/asks",
            &[
                ("kind", "co-speaker"),
                ("title", "A co-speaker for Lisbon"),
                (
                    "body",
                    "Serverless at **scale**, May.<script>alert(1)</script>",
                ),
            ],
            Some(&ana_session),
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER, "{}", posted.body);
    let path = posted.header("location").unwrap().to_owned();
    let shown = app.get_as(&path, &ben_session).await;
    assert!(shown.body.contains("<strong>scale</strong>"));
    assert!(!shown.body.contains("<script>alert(1)"));

    let answered = app
        .post_form(
            &format!("{path}/answers"),
            &[("answer", "I would love to join you.")],
            Some(&ben_session),
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let mail = app.last_mail_to("ana@example.org").await;
    assert!(
        mail.subject.contains("A co-speaker for Lisbon"),
        "{}",
        mail.subject
    );
    assert!(mail.body_text.contains("I would love to join you."));

    // Ben may not close Ana's ask; Ana may.
    let not_his = app
        .post_form(&format!("{path}/close"), &[], Some(&ben_session))
        .await;
    assert_eq!(not_his.status, StatusCode::NOT_FOUND);
    let closed = app
        .post_form(&format!("{path}/close"), &[], Some(&ana_session))
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let late = app
        .post_form(
            &format!("{path}/answers"),
            &[("answer", "Too late?")],
            Some(&ben_session),
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    let answers = app.get_as(&path, &ana_session).await;
    assert!(!answers.body.contains("Too late?"));
    let missing = app.get_as("/network/asks/999999", &ana_session).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

/// The constructed case: Lucía writes about Lambda, speaks Spanish and meets in Bogotá's
/// hours; Tom writes as much about Lambda but in English from Tokyo; Kim speaks Spanish in
/// Bogotá but writes about Kubernetes only; Fay matches everything but has no place left.
/// The member sees Lucía first with the reason, then Tom, and neither Kim nor Fay.
#[tokio::test]
async fn a_member_sees_the_best_mentor_first_with_the_reason_and_the_session_counts() {
    let app = TestApp::new().await;
    let lucia = hero("Lucía Gómez").create(&app).await;
    let tom = hero("Tom Baker").create(&app).await;
    let kim = hero("Kim Park").create(&app).await;
    let fay = hero("Fay Full").create(&app).await;
    for n in 0..12 {
        contribution(&lucia, &format!("Lambda lesson {n}"))
            .url(&format!("https://lucia.example.org/posts/{n}"))
            .create(&app)
            .await;
        contribution(&tom, &format!("Lambda deep dive {n}"))
            .url(&format!("https://tom.example.org/posts/{n}"))
            .create(&app)
            .await;
        contribution(&fay, &format!("Lambda at work {n}"))
            .url(&format!("https://fay.example.org/posts/{n}"))
            .create(&app)
            .await;
    }
    contribution(&kim, "Kubernetes operators")
        .create(&app)
        .await;
    let lucia_user = app.account("lucia@example.org", &[], Some(&lucia)).await;
    let lucia_session = app.session(lucia_user).await;
    let offer_form = |languages: &'static str, zone: &'static str, capacity: &'static str| {
        vec![
            ("topics", "serverless careers"),
            ("specializations", "serverless"),
            ("languages", languages),
            ("time_zones", zone),
            ("formats", "calls"),
            ("formats", "career"),
            ("capacity", capacity),
            ("open", "on"),
        ]
    };
    // A wrong offer comes back with what was typed and a message at each field.
    let wrong = app
        .post_form(
            "/account/mentoring/offer",
            &[
                ("topics", "serverless careers"),
                ("languages", "xx-123"),
                ("capacity", "40"),
            ],
            Some(&lucia_session),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("serverless careers"));
    for field in ["languages", "time_zones", "capacity"] {
        assert!(
            wrong.body.contains(&format!(r#"id="{field}-error""#)),
            "{field}"
        );
    }
    for (slug, session, languages, zone) in [
        (&lucia, lucia_session.clone(), "es, en", "America/Bogota"),
        (
            &tom,
            app.session(app.account("tom@example.org", &[], Some(&tom)).await)
                .await,
            "en",
            "Asia/Tokyo",
        ),
        (
            &kim,
            app.session(app.account("kim@example.org", &[], Some(&kim)).await)
                .await,
            "es",
            "America/Bogota",
        ),
        (
            &fay,
            app.session(app.account("fay@example.org", &[], Some(&fay)).await)
                .await,
            "es",
            "America/Bogota",
        ),
    ] {
        let saved = app
            .post_form(
                "/account/mentoring/offer",
                &offer_form(languages, zone, "3"),
                Some(&session),
            )
            .await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "{slug}: {}",
            saved.body
        );
    }
    // Fay's places are all taken.
    let fay_id = app.hero_id(&fay).await;
    for n in 0..3 {
        let other = app
            .account(&format!("mentee{n}@example.org"), &[], None)
            .await;
        let request = mentoring::create_request(app.db(), other, &lambda_request())
            .await
            .unwrap();
        let id = ask(&app, request, other, fay_id).await;
        mentoring::answer_ask(app.db(), id, fay_id, AskStep::Accept, &[])
            .await
            .unwrap()
            .unwrap();
    }

    let member = app.account("maria@example.org", &[], None).await;
    let member_session = app.session(member).await;
    let created = app
        .post_form(
            "/account/mentoring/request",
            &[
                ("goals", "Ship my first serverless service"),
                ("topics", "Lambda"),
                ("language", "es"),
                ("time_zone", "America/Bogota"),
            ],
            Some(&member_session),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let request_path = created.header("location").unwrap().to_owned();
    let page = app.get_as(&request_path, &member_session).await;
    assert_eq!(page.status, StatusCode::OK);
    let lucia_at = page.body.find("Lucía Gómez").expect("Lucía is suggested");
    let tom_at = page.body.find("Tom Baker").expect("Tom is suggested");
    assert!(lucia_at < tom_at, "Lucía comes first");
    assert!(!page.body.contains("Kim Park"), "nothing on the topic");
    assert!(!page.body.contains("Fay Full"), "no place left");
    assert!(
        page.body.contains(
            "12 posts about lambda · speaks Español · 12 daytime hours in common · 3 of 3 places left"
        ),
        "{}",
        page.body
    );
    // Tom shares only two hours of Bogotá's day from Tokyo, and no language.
    assert!(
        page.body
            .contains("12 posts about lambda · 2 daytime hours in common · 3 of 3 places left")
    );

    // The member asks Lucía; she is mailed, accepts, logs a session; the meter counts it.
    let lucia_id = app.hero_id(&lucia).await;
    let asked = app
        .post_form(
            &format!("{request_path}/ask"),
            &[("mentor", &lucia_id.to_string())],
            Some(&member_session),
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let mail = app.last_mail_to("lucia@example.org").await;
    assert!(
        mail.subject.contains("asks you to mentor them"),
        "{}",
        mail.subject
    );
    let ask_id = mentoring::asks_to(app.db(), lucia_id).await.unwrap()[0].id;
    let accepted = accept_ask(&app, ask_id, &lucia_session).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    let mentorship = accepted.header("location").unwrap().to_owned();
    assert!(
        app.last_mail_to("maria@example.org")
            .await
            .subject
            .contains("will mentor you")
    );
    let before = app.get_as("/account/renewal", &lucia_session).await;
    let today = chrono::Utc::now().date_naive().to_string();
    let logged = app
        .post_form(
            &format!("{mentorship}/sessions"),
            &[
                ("held_on", &today),
                ("notes", "Went through IAM roles, privately"),
            ],
            Some(&lucia_session),
        )
        .await;
    assert_eq!(logged.status, StatusCode::SEE_OTHER, "{}", logged.body);
    let after = app.get_as("/account/renewal", &lucia_session).await;
    assert_ne!(before.body, after.body);
    assert!(
        after.body.contains(&format!(
            "{} · Mentoring",
            heroes_server::i18n::I18n::default().date(chrono::Utc::now().date_naive())
        )),
        "{}",
        after.body
    );
    assert!(!after.body.contains("IAM roles"));
    // The notes reach the pair and nobody else.
    let theirs = app.get_as(&mentorship, &member_session).await;
    assert!(theirs.body.contains("IAM roles"));
    let stranger = app.account("other@example.org", &[], None).await;
    let refused = app.get_as(&mentorship, &app.session(stranger).await).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let public = app.get(&format!("/heroes/{lucia}")).await;
    assert!(!public.body.contains("IAM roles"));

    // The member's API view lists the mentorship with its session count, without notes.
    let token = app.token(member, TokenScope::Read).await;
    let api = app
        .get_with(
            "/api/v1/me/mentoring",
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let json = api.json();
    assert_eq!(json["mentorships"][0]["sessions"], 1);
    assert_eq!(json["mentorships"][0]["role"], "mentee");
    assert!(!api.body.contains("IAM roles"));
    // The member's export holds the request and the mentorship with its notes.
    let export = app.get_as("/account/export", &member_session).await;
    assert_eq!(export.status, StatusCode::OK);
    let export = export.json();
    let mentoring = &export["network_and_mentoring"];
    assert_eq!(mentoring["mentoring_requests"][0]["topics"], "Lambda");
    assert_eq!(
        mentoring["mentorships"][0]["sessions"][0]["notes"],
        "Went through IAM roles, privately"
    );

    // The end: the member's word ends it and gives Lucía's place back; she adds hers.
    let ended = app
        .post_form(
            &format!("{mentorship}/end"),
            &[("word", "Thank you, Lucía!")],
            Some(&member_session),
        )
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER, "{}", ended.body);
    let offer = mentoring::offer(app.db(), lucia_id).await.unwrap().unwrap();
    assert_eq!(offer.taken, 0);
    let hers = app
        .post_form(
            &format!("{mentorship}/end"),
            &[("word", "A pleasure.")],
            Some(&lucia_session),
        )
        .await;
    assert_eq!(hers.status, StatusCode::SEE_OTHER, "{}", hers.body);
    let closed = app.get_as(&mentorship, &member_session).await;
    assert!(closed.body.contains("Thank you, Lucía!") && closed.body.contains("A pleasure."));
    let late = app
        .post_form(
            &format!("{mentorship}/sessions"),
            &[("held_on", &today), ("notes", "")],
            Some(&lucia_session),
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The admin sees Lucía's load and this month's match.
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let overview = app
        .get_as("/admin/mentoring", &app.session(admin).await)
        .await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains("Lucía Gómez"));
    // The month as the admin's language names it ("November 2026").
    let month = heroes_server::i18n::I18n::default().month(chrono::Utc::now().date_naive());
    assert!(
        overview.body.contains(&month),
        "{month} in {}",
        overview.body
    );
}

/// Six members' asks accepted at the same moment by a mentor with two places: two
/// mentorships begin, four acceptances are refused, and the count stays at the capacity.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acceptances_racing_for_the_last_places_never_pass_the_capacity() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_id = app.hero_id(&ana).await;
    let ana_session = app
        .session(app.account("ana@example.org", &[], Some(&ana)).await)
        .await;
    assert!(
        mentoring::save_offer(app.db(), ana_id, &offer(2))
            .await
            .unwrap()
    );
    let mut requests = Vec::new();
    for n in 0..6 {
        let member = app.account(&format!("m{n}@example.org"), &[], None).await;
        let request = mentoring::create_request(app.db(), member, &lambda_request())
            .await
            .unwrap();
        let id = ask(&app, request, member, ana_id).await;
        requests.push(crate::helpers::form_request(
            &format!("/account/mentoring/asks/{id}/accept"),
            &[] as &[(&str, &str)],
            Some(&ana_session),
        ));
    }
    let answers = app.at_once(requests).await;
    let began = answers
        .iter()
        .filter(|a| a.status == StatusCode::SEE_OTHER)
        .count();
    let refused = answers
        .iter()
        .filter(|a| a.status == StatusCode::CONFLICT)
        .count();
    assert_eq!(
        (began, refused),
        (2, 4),
        "{:?}",
        answers.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    let offer = mentoring::offer(app.db(), ana_id).await.unwrap().unwrap();
    assert_eq!(offer.taken, 2);
    let ana_user = heroes_store::renewal::account_of(app.db(), ana_id)
        .await
        .unwrap()
        .unwrap()
        .user_id;
    let running = mentoring::mentorships_of(app.db(), ana_user, Some(ana_id))
        .await
        .unwrap();
    assert_eq!(running.len(), 2);
    assert!(
        answers
            .iter()
            .any(|a| a.body.contains("Every place of this mentor is taken"))
    );
}

/// A mentor who paused the offer cannot accept an ask that was already waiting: the answer
/// says why, the ask keeps waiting, and nothing is counted; once the offer is open again
/// the same ask is accepted.
#[tokio::test]
async fn a_paused_mentor_is_told_to_open_the_offer_before_accepting() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_id = app.hero_id(&ana).await;
    let ana_session = app
        .session(app.account("ana@example.org", &[], Some(&ana)).await)
        .await;
    assert!(
        mentoring::save_offer(app.db(), ana_id, &offer(2))
            .await
            .unwrap()
    );
    let member = app.account("m@example.org", &[], None).await;
    let request = mentoring::create_request(app.db(), member, &lambda_request())
        .await
        .unwrap();
    let id = ask(&app, request, member, ana_id).await;
    let mut paused = offer(2);
    paused.open = false;
    assert!(
        mentoring::save_offer(app.db(), ana_id, &paused)
            .await
            .unwrap()
    );

    let refused = accept_ask(&app, id, &ana_session).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(
        refused.body.contains("Your offer is paused"),
        "{}",
        refused.body
    );
    assert_eq!(
        mentoring::offer(app.db(), ana_id)
            .await
            .unwrap()
            .unwrap()
            .taken,
        0
    );

    assert!(
        mentoring::save_offer(app.db(), ana_id, &offer(2))
            .await
            .unwrap()
    );
    let accepted = accept_ask(&app, id, &ana_session).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
}
