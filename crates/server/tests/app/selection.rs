//! Selection end to end through the router: a cycle, nominations merged into one candidacy,
//! the nominee's answer, reviews with a declared conflict, the decision, onboarding and the
//! announcement; and what each person may (not) see on the way.

use crate::fixtures::{NINA, Program, queue, today};
use crate::helpers::{TestApp, contribution, hero};
use chrono::{Days, Utc};
use heroes_domain::account::Role;
use heroes_domain::contribution::ContributionKind;
use heroes_store::selection::{self, steps};

async fn post(
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
    cookie: &str,
) -> crate::helpers::TestResponse {
    app.post_form(path, fields, Some(cookie)).await
}

#[tokio::test]
async fn a_nomination_goes_from_member_to_listed_hero() {
    let app = TestApp::new().await;
    let today = today();
    let program = Program::new(&app).await;
    let admin = &program.admin;
    let mo = app.signed_in("mo@example.org", &[], None).await;
    let second = app.signed_in("sam@example.org", &[], None).await;
    let (r1_id, rita) = program.reviewer("rita@example.org").await;
    let (r2_id, raj) = program.reviewer("raj@example.org").await;

    // Outside a cycle the form says so.
    let closed = app.get_as("/nominate", &mo).await;
    assert!(
        closed.body.contains("Nominations are closed"),
        "{}",
        closed.body
    );

    // The admin opens a cycle; a bad one is refused with every problem and the input kept.
    let bad = post(
        &app,
        "/admin/cycles",
        &[
            ("kind", "selection"),
            ("name", "Spring"),
            ("opens_on", "2027-02-01"),
            ("closes_on", "2027-01-01"),
            ("rubric", "nonsense"),
        ],
        admin,
    )
    .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("value=\"Spring\""));
    let closes = (today + Days::new(30)).to_string();
    program
        .cycle("2027 selection")
        .opened_days_ago(1)
        .open()
        .await;

    // Bad input keeps what was typed; nominating oneself is refused at the address.
    let refused = program
        .nomination(&mo, "mo@example.org")
        .statement("Great.")
        .send()
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("someone other than yourself"));
    assert!(refused.body.contains("Great."));

    // A nomination, then the same submit again: one nomination.
    let nominating = program
        .nomination(&mo, "nina@example.org")
        .links("https://www.nina.dev/");
    let ok = nominating.send().await;
    assert_eq!(
        ok.header("location"),
        Some("/account/nominations?notice=nominated")
    );
    let again = nominating.send().await;
    assert_eq!(
        again.header("location"),
        Some("/account/nominations?notice=already")
    );
    let mail = app.last_mail_to("nina@example.org").await;
    assert!(mail.subject.contains("nominated"), "{}", mail.subject);

    // Another member nominates her under another address with the same blog: one file.
    let merged = program
        .nomination(&second, "nina.p@work.example")
        .links("https://nina.dev")
        .send()
        .await;
    assert_eq!(merged.status, 303);
    let rows = queue(&app).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].nominators, 2);
    let id = rows[0].id;
    let candidacy = program.candidacy(id);

    // The nominator sees the stage; reviews and files are closed to them.
    let mine = app.get_as("/account/nominations", &mo).await;
    assert!(mine.body.contains("Nina Petrova") && mine.body.contains("Submitted"));
    assert_eq!(
        app.get_as(&format!("/admin/candidacies/{id}"), &mo)
            .await
            .status,
        403
    );
    assert_eq!(app.get_as(&format!("/review/{id}"), &mo).await.status, 403);
    assert_eq!(
        app.get_as(&format!("/account/nominations/{id}"), &mo)
            .await
            .status,
        404
    );

    // Nothing to decide before the nominee answers.
    let early = candidacy
        .decide(&[("decision", "accept"), ("announce_on", &closes)])
        .await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("has not accepted the nomination yet"));

    // The nominee signs up with the address, sees the nomination and accepts it.
    let nina = app.signed_in("nina@example.org", &[], None).await;
    let page = app
        .get_as(&format!("/account/nominations/{id}"), &nina)
        .await;
    assert!(
        page.body.contains("2 members nominated you"),
        "{}",
        page.body
    );
    let missing = candidacy
        .accept(
            &nina,
            &[("display_name", "Nina Petrova"), ("country", "XX")],
        )
        .await;
    assert_eq!(missing.status, 422);
    candidacy.accepted(&nina, &NINA).await;
    assert!(
        app.last_mail_to("mo@example.org")
            .await
            .subject
            .contains("accepted the nomination")
    );

    // Two reviewers assigned at once; one declares a conflict, the other scores.
    let id_text = id.to_string();
    let assigned = post(
        &app,
        "/admin/candidacies/assign",
        &[
            ("ids", &id_text),
            ("reviewer", &r1_id.to_string()),
            ("back", "/admin/candidacies"),
        ],
        admin,
    )
    .await;
    assert_eq!(
        assigned.header("location"),
        Some("/admin/candidacies?assigned=1")
    );
    candidacy.assign(r2_id).await;
    let file = app.get_as(&format!("/review/{id}"), &raj).await;
    assert!(
        file.body.contains("Nominated by"),
        "not blind: nominators are shown"
    );
    let conflict = post(
        &app,
        &format!("/review/{id}/conflict"),
        &[("reason", "works in my team")],
        &raj,
    )
    .await;
    assert_eq!(conflict.status, 303);
    let barred = post(
        &app,
        &format!("/review/{id}"),
        &[("score.impact", "5")],
        &raj,
    )
    .await;
    assert!(barred.body.contains("declared a conflict"));
    let incomplete = post(
        &app,
        &format!("/review/{id}"),
        &[("score.impact", "5"), ("comment", "strong")],
        &rita,
    )
    .await;
    assert_eq!(incomplete.status, 422);
    assert!(incomplete.body.contains("strong"), "the comment is kept");
    candidacy.review(&rita, [5, 4, 4, 3]).await;

    // The admin sees the weighted score: (3×5 + 2×4 + 2×4 + 2×3) / 9 = 4.11.
    let admin_file = app.get_as(&format!("/admin/candidacies/{id}"), admin).await;
    assert!(
        admin_file
            .body
            .contains("Weighted score 4.11 (spread 0.00) from one review"),
        "{}",
        admin_file.body
    );
    assert!(admin_file.body.contains("conflict: works in my team"));
    // …which the nominator never does.
    assert!(
        !app.get_as("/account/nominations", &mo)
            .await
            .body
            .contains("4.11")
    );

    // Accepted, announced tomorrow.
    let tomorrow = today + Days::new(1);
    candidacy.accept_for(tomorrow).await;
    let twice = candidacy
        .decide(&[
            ("decision", "decline"),
            ("feedback", "no"),
            ("renominate_after", &tomorrow.to_string()),
        ])
        .await;
    assert!(twice.body.contains("already decided"));
    assert!(
        app.get_as("/account/nominations", &mo)
            .await
            .body
            .contains("Decided: accepted")
    );

    // Onboarding needs the terms and the NDA; then she waits for the announcement date.
    let unticked = post(
        &app,
        &format!("/account/nominations/{id}/onboard"),
        &NINA,
        &nina,
    )
    .await;
    assert_eq!(unticked.status, 422);
    assert!(unticked.body.contains("Accept the NDA"));
    // The NDA in effect is data now: the page names the version it shows.
    candidacy.onboard(&nina, &NINA).await;
    let nda = heroes_store::briefings::current_nda(app.db(), today)
        .await
        .unwrap()
        .expect("the seeded NDA version");
    let accepted = heroes_store::briefings::acceptances(app.db(), nda.id)
        .await
        .unwrap();
    assert_eq!(
        accepted.len(),
        1,
        "onboarding records the NDA like any acceptance"
    );
    assert_eq!(accepted[0].label, nda.label);
    assert!(
        !app.get("/heroes").await.body.contains("Nina Petrova"),
        "not before the announcement date"
    );

    // An integrator listens for announcements.
    let hooked = app
        .post_form(
            "/admin/webhooks",
            &[
                ("url", "https://hooks.example.org/heroes"),
                ("description", "Conference site"),
                ("active", "on"),
                ("events", "hero.announced"),
            ],
            Some(admin),
        )
        .await;
    assert_eq!(hooked.status, 201, "{}", hooked.body);
    let endpoint = heroes_store::webhooks::list(app.db()).await.unwrap()[0].id;

    // The announcement date comes.
    let announced = steps::announce_due(app.db(), tomorrow, |_, _| Vec::new())
        .await
        .unwrap();
    assert_eq!(announced, vec![id]);
    // …and the announcement is queued for the endpoint with the change, once.
    let queued = heroes_store::webhooks::deliveries(app.db(), endpoint, 10)
        .await
        .unwrap();
    let kinds: Vec<&str> = queued.iter().map(|d| d.kind.as_str()).collect();
    assert_eq!(kinds, ["hero.announced"]);
    assert!(app.get("/heroes").await.body.contains("Nina Petrova"));
    assert_eq!(app.get("/heroes/nina-petrova").await.status, 200);
    // She is a hero now: her own profile and readiness are hers.
    assert_eq!(app.get_as("/account/renewal", &nina).await.status, 200);
}

#[tokio::test]
async fn nominations_are_refused_with_a_reason() {
    let app = TestApp::new().await;
    let program = Program::new(&app).await;
    let mo = app.signed_in("mo@example.org", &[], None).await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2020)])
        .create(&app)
        .await;
    app.account("ana@example.org", &[], Some(&ana)).await;
    program.cycle("Now").closes_in(3).open().await;

    // A hero in that specialization cannot be nominated for it.
    let hero = program.nomination(&mo, "ana@example.org").send().await;
    assert_eq!(hero.status, 422);
    assert!(hero.body.contains("already is a hero"), "{}", hero.body);
    // A specialization the cycle does not take.
    assert!(
        program
            .nomination(&mo, "x@example.org")
            .specialization("machine-learning")
            .send()
            .await
            .body
            .contains("does not take nominations")
    );
    // A retired specialization takes none, even in a cycle that lists it.
    heroes_store::specializations::set_active(
        app.db(),
        "container",
        false,
        &heroes_store::accounts::Actor::cli(),
    )
    .await
    .unwrap();
    assert!(
        program
            .nomination(&mo, "y@example.org")
            .specialization("container")
            .send()
            .await
            .body
            .contains("is retired")
    );
    // The limit per nominator (2 in this cycle).
    for n in 1..=2 {
        let email = format!("p{n}@example.org");
        assert_eq!(program.nomination(&mo, &email).send().await.status, 303);
    }
    let over = program.nomination(&mo, "p3@example.org").send().await;
    assert!(
        over.body.contains("made the 2 nominations"),
        "{}",
        over.body
    );
}

/// Two selection cycles may be open at once for different specializations, never for the
/// same one: `/nominate` offers both, and a nomination lands in the cycle taking its
/// specialization.
#[tokio::test]
async fn open_cycles_share_no_specialization() {
    let app = TestApp::new().await;
    let program = Program::new(&app).await;
    let mo_id = app.account("mo@example.org", &[], None).await;
    let mo = app.session(mo_id).await;
    program
        .cycle("Compute 2027")
        .opened_days_ago(1)
        .open()
        .await;

    // A second cycle on overlapping days for a specialization the first takes: refused,
    // naming the other cycle, with what was typed kept.
    let refused = program
        .cycle("Serverless extra")
        .opens_in(10)
        .closes_in(60)
        .specializations(&["serverless"])
        .send()
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("Serverless already takes nominations in “Compute 2027”"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("value=\"Serverless extra\""));

    // The same days for another specialization are fine.
    program
        .cycle("Machine learning 2027")
        .opened_days_ago(1)
        .specializations(&["machine-learning"])
        .open()
        .await;

    // Saving a cycle never clashes with itself; changing the second to take serverless too
    // clashes with the first.
    let cycles = heroes_store::selection::cycles::list(app.db())
        .await
        .unwrap();
    let ml = cycles
        .iter()
        .find(|c| c.name == "Machine learning 2027")
        .unwrap();
    let refused = program
        .cycle("Machine learning 2027")
        .opened_days_ago(1)
        .specializations(&["machine-learning", "serverless"])
        .send_to(&format!("/admin/cycles/{}", ml.id))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);

    // Nominating offers both cycles, grouped, and names each.
    let page = app.get_as("/nominate", &mo).await;
    assert!(
        page.body.contains("<optgroup label=\"Compute 2027\">"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("<optgroup label=\"Machine learning 2027\">")
    );
    assert!(page.body.contains("Several selection cycles are open"));
    program
        .nomination(&mo, "nina@example.org")
        .specialization("machine-learning")
        .submit()
        .await;
    program.nomination(&mo, "omar@example.org").submit().await;
    let mine = selection::nominated_by(app.db(), mo_id).await.unwrap();
    let cycle_of = |slug: &str| {
        mine.iter()
            .find(|c| c.specialization_slug == slug)
            .map(|c| c.cycle_name.clone())
    };
    assert_eq!(
        cycle_of("machine-learning").as_deref(),
        Some("Machine learning 2027")
    );
    assert_eq!(cycle_of("serverless").as_deref(), Some("Compute 2027"));
}

/// After the decision: the admin sees it confirmed, can move the announcement or make it
/// today, and can no longer assign reviewers to the decided candidacy.
#[tokio::test]
async fn an_accepted_candidate_is_announced_when_the_admin_says() {
    let app = TestApp::new().await;
    let today = today();
    let program = Program::new(&app).await;
    let admin = &program.admin;
    let mo = app.signed_in("mo@example.org", &[], None).await;
    let rita_id = app
        .account("rita@example.org", &[Role::Reviewer], None)
        .await;
    program.cycle("Now").closes_in(20).open().await;
    let candidacy = program.nomination(&mo, "nina@example.org").submit().await;
    let id = candidacy.id;
    let nina = app.signed_in("nina@example.org", &[], None).await;
    let profile = [
        NINA.as_slice(),
        &[("bio", "I write about **cold starts**.")],
    ]
    .concat();
    // Signed up from the mail, she sees the nomination on her account first.
    let account = app.get_as("/account", &nina).await;
    assert!(
        account
            .body
            .contains("You have been nominated for Serverless"),
        "{}",
        account.body
    );
    candidacy.accepted(&nina, &profile).await;
    // After answering she can read what she sent.
    let sent = app
        .get_as(&format!("/account/nominations/{id}"), &nina)
        .await;
    assert!(sent.body.contains("What you sent"), "{}", sent.body);
    assert!(sent.body.contains("Serverless at Acme"));
    assert!(sent.body.contains("<strong>cold starts</strong>"));
    assert!(
        !app.get_as("/account", &nina)
            .await
            .body
            .contains("You have been nominated")
    );

    let decided = candidacy.accept_for(today + Days::new(30)).await;
    let back = decided.header("location").unwrap().to_owned();
    assert_eq!(back, format!("/admin/candidacies/{id}?notice=decided"));
    assert!(
        app.get_as("/account", &nina)
            .await
            .body
            .contains("You have been accepted for Serverless")
    );
    let page = app.get_as(&back, admin).await;
    assert!(page.body.contains("Decision recorded"), "{}", page.body);
    // The bio is Markdown, shown as the candidate wrote it.
    assert!(
        page.body.contains("<strong>cold starts</strong>"),
        "{}",
        page.body
    );
    // Decided: no decision form and no reviewer assignment any more, also when posted.
    assert!(!page.body.contains("/decide\""), "{}", page.body);
    assert!(!page.body.contains("action=\"/admin/candidacies/assign\""));
    let assigned = candidacy.assign(rita_id).await;
    assert_eq!(
        assigned.header("location"),
        Some("/admin/candidacies?assigned=0")
    );
    assert!(
        heroes_store::selection::reviews::assignments(app.db(), id)
            .await
            .unwrap()
            .is_empty()
    );

    // The date moves (not into the past), and "today" waits for the onboarding.
    let yesterday = (today - Days::new(1)).to_string();
    let past = post(
        &app,
        &format!("/admin/candidacies/{id}/announcement"),
        &[("announce_on", &yesterday)],
        admin,
    )
    .await;
    assert_eq!(past.status, 422);
    assert!(past.body.contains("Choose today or a later date"));
    assert!(past.body.contains(&format!("value=\"{yesterday}\"")));
    let now = post(
        &app,
        &format!("/admin/candidacies/{id}/announcement"),
        &[("now", "1")],
        admin,
    )
    .await;
    assert_eq!(
        now.header("location"),
        Some(format!("/admin/candidacies/{id}?notice=rescheduled").as_str())
    );
    assert!(!app.get("/heroes").await.body.contains("Nina Petrova"));
    let waiting = app.get_as(&format!("/admin/candidacies/{id}"), admin).await;
    assert!(
        waiting
            .body
            .contains("waiting for the candidate to accept the terms")
    );

    // She completes onboarding: announced at once, since the day has come.
    candidacy.onboard(&nina, &profile).await;
    assert!(app.get("/heroes").await.body.contains("Nina Petrova"));

    // Announced: nothing more to move.
    let late = post(
        &app,
        &format!("/admin/candidacies/{id}/announcement"),
        &[("now", "1")],
        admin,
    )
    .await;
    assert_eq!(late.status, 422);
    assert!(late.body.contains("already announced"));
}

#[tokio::test]
async fn renewal_shows_readiness_and_records_decisions() {
    let app = TestApp::new().await;
    let today = today();
    let program = Program::new(&app).await;
    let admin = &program.admin;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2020)])
        .create(&app)
        .await;
    let ana_session = app.signed_in("ana@example.org", &[], Some(&ana)).await;
    let recent = today - Days::new(30);
    use chrono::Datelike;
    for i in 0..8 {
        contribution(&ana, &format!("Post {}", "x".repeat(i + 1)))
            .kind(ContributionKind::BlogPost)
            .date(recent.year(), recent.month(), recent.day())
            .create(&app)
            .await;
    }
    contribution(&ana, "The keynote of the whole year")
        .kind(ContributionKind::Talk)
        .date(recent.year(), recent.month(), recent.day())
        .private()
        .create(&app)
        .await;
    let page = app.get_as("/account/renewal", &ana_session).await;
    // Eight posts earn 40, capped at 30; the private talk counts 12.
    assert!(page.body.contains("42 of 100 points"), "{}", page.body);
    assert!(page.body.contains("(capped)"));

    // No renewal cycle: the decision is refused with the reason.
    let refused = post(
        &app,
        "/admin/renewals/ana-souza",
        &[("decision", "alumni")],
        admin,
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("No renewal cycle is open"));
    // …and the list offers no decision forms that would all fail.
    let idle = app.get_as("/admin/renewals", admin).await;
    assert!(idle.body.contains("Ana Souza"));
    assert!(
        !idle.body.contains("action=\"/admin/renewals/"),
        "{}",
        idle.body
    );
    // A hero named this year is not up for renewal in this year's cycle.
    hero("Newt Newcomer")
        .awards(&[("serverless", today.year())])
        .create(&app)
        .await;
    program.renewal("Renewal 2027").open().await;
    // A cycle open today is told at once, not at the hourly job's next turn.
    let due = heroes_store::jobs::next_run(app.db(), "renewal-opened", "due")
        .await
        .unwrap();
    assert!(due.is_some_and(|at| at <= Utc::now()), "{due:?}");
    let list = app.get_as("/admin/renewals", admin).await;
    assert!(list.body.contains("42/100"), "{}", list.body);
    assert!(!list.body.contains("Newt Newcomer"), "{}", list.body);
    // The heroes are told that the cycle is open, once, however often the job runs.
    assert!(crate::helpers::start_worker_once(app.db()).await > 0);
    let again = heroes_store::renewal::tell_opened(app.db(), today, |_, _, _| panic!("told twice"))
        .await
        .unwrap();
    assert!(again.is_empty());
    let opened_mail = app.last_mail_to("ana@example.org").await;
    assert_eq!(opened_mail.subject, "Renewal 2027 is open");
    assert_eq!(
        heroes_store::outbox::list(app.db(), 100, None)
            .await
            .unwrap()
            .iter()
            .filter(|m| m.to_address == "ana@example.org" && m.subject == "Renewal 2027 is open")
            .count(),
        1
    );
    let leave = post(
        &app,
        "/admin/renewals/ana-souza",
        &[("decision", "leave")],
        admin,
    )
    .await;
    assert_eq!(leave.status, 422, "a leave needs an expected return");
    // Moving to alumni asks first, keeping the note.
    let asked = post(
        &app,
        "/admin/renewals/ana-souza",
        &[("decision", "alumni"), ("note", "Thank you!")],
        admin,
    )
    .await;
    assert_eq!(asked.status, 200);
    assert!(
        asked.body.contains("Move Ana Souza to the alumni?"),
        "{}",
        asked.body
    );
    assert!(asked.body.contains(">Thank you!</textarea>"));
    assert!(!app.get("/heroes/ana-souza").await.body.contains("Alumni"));
    let decided = post(
        &app,
        "/admin/renewals/ana-souza",
        &[
            ("decision", "alumni"),
            ("note", "Thank you!"),
            ("confirm", "yes"),
        ],
        admin,
    )
    .await;
    assert_eq!(decided.status, 303, "{}", decided.body);
    let confirmed = app.get_as(decided.header("location").unwrap(), admin).await;
    assert!(confirmed.body.contains("Decision recorded for Ana Souza."));
    // Still on the list, where the decision can be changed.
    assert!(
        confirmed
            .body
            .contains("action=\"/admin/renewals/ana-souza\"")
    );
    let audit = app.get_as("/admin/audit", admin).await;
    assert!(audit.body.contains("Ana Souza (hero #"), "{}", audit.body);
    // Alumni keep the public page and lose hero-only access at once.
    assert!(app.get("/heroes/ana-souza").await.body.contains("Alumni"));
    assert_eq!(
        app.get_as("/account/renewal", &ana_session).await.status,
        403
    );
    let mail = app.last_mail_to("ana@example.org").await;
    assert!(mail.body_text.contains("alumni") && mail.body_text.contains("Thank you!"));
    // Alumni have no readiness page: the mail leads to their account.
    assert!(
        !mail.body_text.contains("/account/renewal"),
        "{}",
        mail.body_text
    );
    let notes = app.get_as("/account/notifications", &ana_session).await;
    assert!(notes.body.contains("Your renewal in Renewal 2027"));

    // Undone within the cycle: active again.
    let renewed = post(
        &app,
        "/admin/renewals/ana-souza",
        &[("decision", "renew")],
        admin,
    )
    .await;
    assert_eq!(renewed.status, 303, "{}", renewed.body);
    assert_eq!(
        app.get_as("/account/renewal", &ana_session).await.status,
        200
    );
}

#[tokio::test]
async fn the_queue_filters_sorts_and_pages() {
    let app = TestApp::new().await;
    let program = Program::new(&app).await;
    let admin = &program.admin;
    program.cycle("Big").closes_in(3).open().await;
    for n in 0..3 {
        let member = app.signed_in(&format!("m{n}@example.org"), &[], None).await;
        for (k, specialization) in ["serverless", "container"].into_iter().enumerate() {
            program
                .nomination(&member, &format!("c{n}-{k}@example.org"))
                .specialization(specialization)
                .submit()
                .await;
        }
    }
    let all = app.get_as("/admin/candidacies?sort=age", admin).await;
    assert!(all.body.contains("6 candidacies"), "{}", all.body);
    let some = app
        .get_as(
            "/admin/candidacies?cycle=1&specialization=container&state=nominated",
            admin,
        )
        .await;
    assert!(some.body.contains("3 candidacies"));
    let none = app
        .get_as("/admin/candidacies?cycle=1&state=in-review", admin)
        .await;
    assert!(none.body.contains("0 candidacies"));
    // Assign a reviewer to the whole specialization with one form.
    let reviewer = app
        .account("rita@example.org", &[Role::Reviewer], None)
        .await;
    let done = post(
        &app,
        "/admin/candidacies/assign",
        &[
            ("scope", "specialization"),
            ("cycle", "1"),
            ("specialization", "serverless"),
            ("reviewer", &reviewer.to_string()),
            ("back", "/admin/candidacies?cycle=1"),
        ],
        admin,
    )
    .await;
    assert_eq!(
        done.header("location"),
        Some("/admin/candidacies?cycle=1&assigned=3")
    );
    let unassigned = app
        .get_as("/admin/candidacies?cycle=1&unassigned=on", admin)
        .await;
    assert!(unassigned.body.contains("3 candidacies"));
    let tasks = app.get_as("/review", &app.session(reviewer).await).await;
    assert_eq!(tasks.body.matches("/review/").count(), 3);
    // The assignment stands for candidacies nominated later in that specialization.
    let late = app.signed_in("late@example.org", &[], None).await;
    program
        .nomination(&late, "late-nominee@example.org")
        .submit()
        .await;
    let tasks = app.get_as("/review", &app.session(reviewer).await).await;
    assert_eq!(tasks.body.matches("/review/").count(), 4);
}

#[tokio::test]
async fn leaving_keeps_candidacies_anonymized_and_export_lists_nominations() {
    let app = TestApp::new().await;
    let program = Program::new(&app).await;
    let admin = &program.admin;
    program.cycle("Now").closes_in(3).open().await;
    let mo = app.signed_in("mo@example.org", &[], None).await;
    program
        .nomination(&mo, "nina@example.org")
        .links("https://nina.dev")
        .submit()
        .await;

    // The nominator's export holds what they wrote.
    let export = app.get_as("/account/export", &mo).await.json();
    let made = &export["nominations_made"][0];
    assert_eq!(made["nominee"], "Nina Petrova");
    assert_eq!(made["stage"], "submitted");
    assert!(
        made["nominations"][0]["statement"]
            .as_str()
            .unwrap()
            .contains("Sofia")
    );

    // The nominee declines, then leaves: the candidacy stays, without her name or address.
    let nina = app.signed_in("nina@example.org", &[], None).await;
    let declined = post(&app, "/account/nominations/1/decline", &[], &nina).await;
    assert_eq!(declined.status, 303);
    assert_eq!(
        app.get_as("/account/export", &nina).await.json()["nominations_received"][0]["decision"],
        "withdrawn"
    );
    let gone = post(
        &app,
        "/account/delete",
        &[("current_password", crate::helpers::PASSWORD)],
        &nina,
    )
    .await;
    assert!(
        gone.status.is_redirection() || gone.status.is_success(),
        "{}",
        gone.status
    );
    let list = app.get_as("/account/nominations", &mo).await;
    assert!(
        list.body.contains("Deleted person") && !list.body.contains("Nina"),
        "{}",
        list.body
    );
    let file = app.get_as("/admin/candidacies/1", admin).await;
    assert!(!file.body.contains("nina@example.org") && !file.body.contains("nina.dev"));
}

#[tokio::test]
async fn blind_review_hides_who_nominated() {
    let app = TestApp::new().await;
    let program = Program::new(&app).await;
    let admin = &program.admin;
    program.cycle("Blind").closes_in(3).blind().open().await;
    let mo = app.signed_in("mo@example.org", &[], None).await;
    let candidacy = program.nomination(&mo, "nina@example.org").submit().await;
    let rita = app
        .account("rita@example.org", &[Role::Reviewer], None)
        .await;
    candidacy.assign(rita).await;
    let file = app.get_as("/review/1", &app.session(rita).await).await;
    assert_eq!(file.status, 200);
    assert!(file.body.contains("Nominator hidden (blind review)"));
    assert!(!file.body.contains("Nominated by"));
    // The statement itself is evidence and stays.
    assert!(file.body.contains("Sofia serverless meetup"));
    // The program team still sees who nominated.
    assert!(
        app.get_as("/admin/candidacies/1", admin)
            .await
            .body
            .contains("Nominated by")
    );
}

#[tokio::test]
async fn a_nominees_feed_becomes_evidence_of_the_last_twelve_months() {
    use axum::http::header;
    let app = TestApp::new().await;
    let today = today();
    let recent = (today - Days::new(10))
        .format("%a, %d %b %Y 09:00:00 GMT")
        .to_string();
    let old = (today - Days::new(400))
        .format("%a, %d %b %Y 09:00:00 GMT")
        .to_string();
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Nina</title>\
         <item><title>Cold starts, measured</title><link>https://nina.dev/cold</link><pubDate>{recent}</pubDate></item>\
         <item><title>An old post</title><link>https://nina.dev/old</link><pubDate>{old}</pubDate></item>\
         </channel></rss>"
    );
    let server = axum::Router::new().route(
        "/feed",
        axum::routing::get(move || async move {
            ([(header::CONTENT_TYPE, "application/rss+xml")], rss)
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let feed = format!("http://{}/feed", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, server).await.unwrap() });

    let program = Program::new(&app).await;
    let admin = &program.admin;
    program.cycle("Now").closes_in(3).open().await;
    let mo = app.signed_in("mo@example.org", &[], None).await;
    let candidacy = program.nomination(&mo, "nina@example.org").submit().await;
    let nina = app.signed_in("nina@example.org", &[], None).await;
    let bad = candidacy
        .accept(
            &nina,
            &[
                ("display_name", "Nina"),
                ("country", "BG"),
                ("feed", "not a url"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("value=\"not a url\""));
    candidacy
        .accepted(
            &nina,
            &[("display_name", "Nina"), ("country", "BG"), ("feed", &feed)],
        )
        .await;

    let ran = crate::helpers::run_jobs(app.db(), |c| c.capture.fetch.allow_loopback = true).await;
    assert_eq!(ran, 1);
    let file = app.get_as("/admin/candidacies/1", admin).await;
    assert!(file.body.contains("Cold starts, measured"), "{}", file.body);
    assert!(!file.body.contains("An old post"));
    assert!(file.body.contains("One contribution of the last 12 months"));
}

/// A candidacy's state is decoded where it is read: a stored name no code wrote fails the
/// read, instead of reading as "nominated" and offering the nominee the answer again.
#[tokio::test]
async fn a_candidacy_in_an_unknown_state_is_refused_when_read() {
    let app = TestApp::new().await;
    let program = Program::new(&app).await;
    program.cycle("Open").closes_in(3).open().await;
    let mo = app.signed_in("mo@example.org", &[], None).await;
    program.nomination(&mo, "nina@example.org").submit().await;
    let read = selection::candidacy(app.db(), 1).await.unwrap().unwrap();
    assert_eq!(
        read.state,
        heroes_domain::selection::candidacy::State::Nominated
    );
    let sql = "UPDATE candidacies SET state = 'limbo' WHERE id = 1";
    crate::helpers::on_pool!(app.db(), |pool| sqlx::query(sql)
        .execute(pool)
        .await
        .map(drop))
    .unwrap();
    assert!(
        selection::candidacy(app.db(), 1).await.is_err(),
        "an unknown state is an error, not a nomination"
    );
}

#[tokio::test]
async fn the_rubric_is_edited_as_rows_of_criteria() {
    let app = TestApp::new().await;
    let program = Program::new(&app).await;
    let admin = &program.admin;
    let today = today();
    let (opens, closes) = (today.to_string(), (today + Days::new(30)).to_string());
    let base = [
        ("kind", "selection"),
        ("name", "Rows"),
        ("opens_on", opens.as_str()),
        ("closes_on", closes.as_str()),
        ("nomination_limit", "3"),
        ("specializations", "serverless"),
    ];

    // The new-cycle form shows the standard rubric as rows of fields, with blank spares.
    let page = app.get_as("/admin/cycles", admin).await;
    assert!(
        page.body
            .contains(r#"name="criterion-0-name" value="Impact""#)
    );
    assert!(page.body.contains(r#"name="criterion-0-weight" value="3""#));
    assert!(page.body.contains(r#"name="criterion-4-name" value="""#));
    assert!(page.body.contains(r#"name="criterion-5-name" value="""#));
    assert!(!page.body.contains(r#"name="criterion-6-name""#));
    assert!(!page.body.contains("<textarea id=\"rubric\""));

    // "Add more rows" saves nothing, keeps what was typed and offers more blank rows.
    let mut more: Vec<(&str, &str)> = base.to_vec();
    more.extend([
        ("criterion-0-name", "Reach"),
        ("criterion-0-weight", "4"),
        ("criterion-3-name", "Half typed"),
        ("more", "rows"),
    ]);
    let page = app.post_form("/admin/cycles", &more, Some(admin)).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains(r#"name="criterion-0-name" value="Reach""#)
    );
    assert!(
        page.body
            .contains(r#"name="criterion-1-name" value="Half typed""#)
    );
    assert!(page.body.contains(r#"name="criterion-6-name" value="""#));
    assert!(
        heroes_store::selection::cycles::list(app.db())
            .await
            .unwrap()
            .is_empty()
    );

    // Every problem is shown by the field it is about, with what was typed kept.
    let mut bad: Vec<(&str, &str)> = base.to_vec();
    let five = |i: usize| -> Vec<(String, String)> {
        (1..=5)
            .map(|k| (format!("criterion-{i}-level-{k}"), format!("level {k}")))
            .collect()
    };
    let levels: Vec<(String, String)> = [0, 1, 2]
        .into_iter()
        .flat_map(five)
        .filter(|(k, _)| k != "criterion-1-level-3")
        .collect();
    bad.extend(levels.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    bad.extend([
        ("criterion-0-name", "Impact"),
        ("criterion-0-weight", "heavy"),
        ("criterion-1-name", "impact"),
        ("criterion-1-weight", "2"),
        ("criterion-1-level-3", ""),
        ("criterion-2-name", "Depth"),
        ("criterion-2-weight", "0"),
    ]);
    let refused = app.post_form("/admin/cycles", &bad, Some(admin)).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    let body = &refused.body;
    assert!(body.contains(r#"value="heavy" min="1" max="100" aria-invalid="true""#));
    assert!(body.contains(r#"id="criterion-0-weight-error""#));
    assert!(
        body.contains(r#"id="criterion-1-name-error""#),
        "a repeated name"
    );
    assert!(
        body.contains(r#"id="criterion-1-level-3-error""#),
        "an empty level"
    );
    assert!(body.contains(r#"id="criterion-2-weight-error""#));
    assert!(body.contains("between 1 and 100"));
    assert!(body.contains(r#"id="rubric-error""#));
    assert!(!body.contains(r#"id="criterion-2-name-error""#));
    assert!(body.contains(r#"name="criterion-2-level-5" value="level 5""#));

    // No criterion at all is refused as a whole.
    let empty = app.post_form("/admin/cycles", &base, Some(admin)).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains(r#"id="rubric-error""#));

    // A good rubric is saved; a row ticked "Remove" and blank rows are left out.
    let mut good: Vec<(&str, &str)> = base.to_vec();
    let levels: Vec<(String, String)> = [0, 1, 2].into_iter().flat_map(five).collect();
    good.extend(levels.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    good.extend([
        ("criterion-0-name", "Reach"),
        ("criterion-0-weight", "4"),
        ("criterion-1-name", "Gone"),
        ("criterion-1-weight", "1"),
        ("criterion-1-remove", "on"),
        ("criterion-2-name", "Craft"),
        ("criterion-2-weight", "1"),
        ("criterion-3-name", ""),
    ]);
    let saved = app.post_form("/admin/cycles", &good, Some(admin)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let cycles = heroes_store::selection::cycles::list(app.db())
        .await
        .unwrap();
    let rubric = cycles[0].rubric.as_ref().unwrap();
    let names: Vec<(&str, u32)> = rubric
        .criteria()
        .iter()
        .map(|c| (c.name.as_str(), c.weight))
        .collect();
    assert_eq!(names, [("Reach", 4), ("Craft", 1)]);
    assert_eq!(rubric.criteria()[1].levels[4], "level 5");

    // Its edit form shows the saved rows.
    let edit = app
        .get_as(&format!("/admin/cycles/{}", cycles[0].id), admin)
        .await;
    assert!(
        edit.body
            .contains(r#"name="criterion-1-name" value="Craft""#)
    );
}
