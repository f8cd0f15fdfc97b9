//! User groups and events (issue 15): proposal and approval, events with RSVP, waitlist and
//! promotion (mailed), refusals with their reasons, capacity under 200 concurrent RSVPs, and
//! calendars read back by a real iCalendar parser, across a daylight-saving change.

use crate::helpers::{TestApp, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::{Email, Role};
use heroes_domain::events::EventInput;
use heroes_domain::groups::{GroupInput, GroupStatus};
use heroes_store::accounts::{self, Actor};
use heroes_store::{events, groups};

/// An active group of `input` (founded before today), led by nobody: its slug and id.
pub(crate) async fn active_group(app: &TestApp, input: GroupInput) -> (String, i64) {
    let group = input.parse(chrono::Utc::now().date_naive()).unwrap();
    let slug = groups::propose(app.db(), &group, None, GroupStatus::Active, &Actor::cli())
        .await
        .unwrap();
    let id = groups::get(app.db(), &slug).await.unwrap().id;
    (slug, id)
}

/// An active group (led by nobody) with one coming event of `capacity`; its slug and the
/// event's id.
pub async fn group_with_event(app: &TestApp, name: &str, capacity: Option<i64>) -> (String, i64) {
    let group = GroupInput {
        name: name.into(),
        city: "Lagos".into(),
        country: "NG".into(),
        description: "We meet **monthly**.".into(),
        specializations: vec!["serverless".into()],
        ..GroupInput::default()
    };
    let (slug, id) = active_group(app, group).await;
    let starts = chrono::Utc::now() + chrono::Duration::days(10);
    let event = event_input(
        &starts.format("%Y-%m-%dT%H:%M").to_string(),
        &(starts + chrono::Duration::hours(2))
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        "UTC",
        capacity,
    )
    .parse()
    .unwrap();
    let event = events::create(app.db(), Some(id), &event, &Actor::cli())
        .await
        .unwrap();
    (slug, event)
}

fn event_input(starts: &str, ends: &str, zone: &str, capacity: Option<i64>) -> EventInput {
    EventInput {
        title: "Serverless night".into(),
        description: "Talks and pizza.".into(),
        kind: "meetup".into(),
        starts: starts.into(),
        ends: ends.into(),
        time_zone: zone.into(),
        venue: "Co-Creation Hub, Lagos".into(),
        capacity: capacity.map(|c| c.to_string()).unwrap_or_default(),
        speakers: "ana-souza | Cold starts, measured".into(),
        ..EventInput::default()
    }
}

fn location(response: &crate::helpers::TestResponse) -> String {
    response.header("location").unwrap_or_default().to_owned()
}

/// Parses an iCalendar body with the `ical` crate: (property name, value) per event.
fn parse_ics(body: &str) -> Vec<Vec<(String, String)>> {
    let reader = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
    let mut events = Vec::new();
    for calendar in reader {
        let calendar = calendar.expect("a valid calendar");
        for event in calendar.events {
            events.push(
                event
                    .properties
                    .into_iter()
                    .map(|p| (p.name, p.value.unwrap_or_default()))
                    .collect(),
            );
        }
    }
    events
}

fn property<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} in {event:?}"))
}

/// The journey of the issue: a member proposes a group, an admin approves (the proposer is
/// mailed), the leader schedules an event for two, three members answer (the third waits),
/// one cancels, the third gets the seat and a mail, and the `.ics` reads back.
#[tokio::test]
async fn a_proposed_group_runs_an_event_with_a_waitlist() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let leader = app.account("leader@example.org", &[], None).await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let leader_cookie = app.session(leader).await;

    // A proposal with a mistake comes back with the message and everything typed.
    let mut form = vec![
        ("name", "Serverless Lagos"),
        ("city", "Lagos"),
        ("country", "XX"),
        ("description", "Monthly talks. <script>alert(1)</script>"),
        ("links", "https://meetup.example/sl"),
        ("specializations", "serverless"),
    ];
    let refused = app
        .post_form("/groups/new", &form, Some(&leader_cookie))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("country-error"), "{}", refused.body);
    assert!(refused.body.contains("Serverless Lagos"));
    form[2] = ("country", "NG");
    let proposed = app
        .post_form("/groups/new", &form, Some(&leader_cookie))
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.body);
    assert_eq!(
        location(&proposed),
        "/groups/serverless-lagos?notice=proposed"
    );

    // Not public until approved: visitors get 404, the proposer sees it.
    assert_eq!(
        app.get("/groups/serverless-lagos").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!app.get("/groups").await.body.contains("Serverless Lagos"));
    let own = app.get_as("/groups/serverless-lagos", &leader_cookie).await;
    assert_eq!(own.status, StatusCode::OK);

    let admin_cookie = app.session(admin).await;
    let queue = app.get_as("/admin/groups", &admin_cookie).await;
    assert!(queue.body.contains("Serverless Lagos"));
    let approved = app
        .post_form(
            "/admin/groups/serverless-lagos",
            &[("decision", "approve")],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(location(&approved), "/admin/groups?notice=approved");
    assert!(
        app.last_mail_to("leader@example.org")
            .await
            .subject
            .contains("approved")
    );
    // A second click finds it decided.
    let again = app
        .post_form(
            "/admin/groups/serverless-lagos",
            &[("decision", "decline")],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(location(&again), "/admin/groups?notice=stale");

    let page = app.get("/groups/serverless-lagos").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<strong>monthly</strong>") || page.body.contains("Monthly"));
    assert!(
        !page.body.contains("<script>alert"),
        "Markdown is sanitized"
    );
    let directory = app
        .get("/groups?country=NG&specialization=serverless")
        .await;
    assert!(directory.body.contains("Serverless Lagos"));
    assert!(
        !app.get("/groups?country=DE")
            .await
            .body
            .contains("Serverless Lagos")
    );

    // The leader schedules an event for two; an end before the start is refused.
    let starts = (chrono::Utc::now() + chrono::Duration::days(7))
        .format("%Y-%m-%dT18:00")
        .to_string();
    let ends = (chrono::Utc::now() + chrono::Duration::days(7))
        .format("%Y-%m-%dT20:00")
        .to_string();
    let speakers = format!("{ana} | Cold starts, measured");
    let mut event = vec![
        ("title", "Lagos Serverless Night"),
        ("kind", "meetup"),
        ("starts", starts.as_str()),
        ("ends", "2020-01-01T10:00"),
        ("time_zone", "Africa/Lagos"),
        ("venue", "Co-Creation Hub"),
        ("capacity", "2"),
        ("speakers", speakers.as_str()),
    ];
    let backwards = app
        .post_form(
            "/groups/serverless-lagos/events/new",
            &event,
            Some(&leader_cookie),
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(backwards.body.contains("ends-error"), "{}", backwards.body);
    assert!(backwards.body.contains("Lagos Serverless Night"));
    event[3] = ("ends", ends.as_str());
    event[4] = ("time_zone", "Africa/Atlantis");
    let unknown_zone = app
        .post_form(
            "/groups/serverless-lagos/events/new",
            &event,
            Some(&leader_cookie),
        )
        .await;
    assert_eq!(unknown_zone.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown_zone.body.contains("time_zone-error"));
    event[4] = ("time_zone", "Africa/Lagos");
    let created = app
        .post_form(
            "/groups/serverless-lagos/events/new",
            &event,
            Some(&leader_cookie),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let path = location(&created).split('?').next().unwrap().to_owned();
    let id: i64 = path.trim_start_matches("/events/").parse().unwrap();

    // Three members answer; the third waits.
    let mut cookies = Vec::new();
    for n in 1..=3 {
        let user = app.account(&format!("m{n}@example.org"), &[], None).await;
        let cookie = app.session(user).await;
        let answer = app
            .post_form(&format!("{path}/rsvp"), &[], Some(&cookie))
            .await;
        let want = if n < 3 { "going" } else { "waiting" };
        assert_eq!(location(&answer), format!("{path}?notice={want}"));
        cookies.push(cookie);
    }
    // Asking again keeps one place.
    let twice = app
        .post_form(&format!("{path}/rsvp"), &[], Some(&cookies[0]))
        .await;
    assert_eq!(location(&twice), format!("{path}?notice=going"));
    let shown = app.get(&path).await;
    assert!(shown.body.contains("2 of 2 taken"), "{}", shown.body);
    assert!(shown.body.contains("1 waiting"));
    assert!(
        shown.body.contains(&format!("/heroes/{ana}")),
        "the speaker links to the hero"
    );

    // The first cancels: the third has the seat and a mail, in the same transaction.
    let cancelled = app
        .post_form(&format!("{path}/cancel"), &[], Some(&cookies[0]))
        .await;
    assert_eq!(location(&cancelled), format!("{path}?notice=cancelled"));
    let mail = app.last_mail_to("m3@example.org").await;
    assert!(
        mail.subject.contains("Lagos Serverless Night"),
        "{}",
        mail.subject
    );
    let third = app.get_as(&path, &cookies[2]).await;
    assert!(third.body.contains("You are going."));
    let event = events::get(app.db(), id).await.unwrap();
    assert_eq!((event.summary.going_count, event.waiting_count), (2, 0));
    // Cancelling twice is refused with the reason.
    let again = app
        .post_form(&format!("{path}/cancel"), &[], Some(&cookies[0]))
        .await;
    assert_eq!(location(&again), format!("{path}?notice=not-coming"));

    // The leader checks people in at the door, finding them by address.
    let list = app
        .get_as(&format!("{path}/check-in?q=m3@"), &leader_cookie)
        .await;
    assert!(list.body.contains("m3@example.org"));
    assert!(!list.body.contains("m2@example.org"));
    let m3 = accounts::by_email(app.db(), &Email::parse("email", "m3@example.org").unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let checked = app
        .post_form(
            &format!("{path}/check-in"),
            &[("user", &m3.to_string()), ("present", "1")],
            Some(&leader_cookie),
        )
        .await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER);
    assert_eq!(events::get(app.db(), id).await.unwrap().attended_count, 1);
    // A member who does not lead the group has no check-in list.
    assert_eq!(
        app.get_as(&format!("{path}/check-in"), &cookies[1])
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // The .ics reads back in a real parser, in UTC (Lagos is UTC+1).
    let ics = app.get(&format!("{path}/event.ics")).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(
        ics.header("content-type")
            .unwrap()
            .starts_with("text/calendar")
    );
    let parsed = parse_ics(&ics.body);
    assert_eq!(parsed.len(), 1);
    assert_eq!(property(&parsed[0], "SUMMARY"), "Lagos Serverless Night");
    assert!(property(&parsed[0], "DTSTART").ends_with("T170000Z"));
    let group_feed = app.get("/groups/serverless-lagos/events.ics").await;
    assert_eq!(parse_ics(&group_feed.body).len(), 1);
    let talks = app.get(&format!("/heroes/{ana}/talks.ics")).await;
    assert_eq!(parse_ics(&talks.body).len(), 1);

    // The API lists the group and the event.
    let api = app.get("/api/v1/events?country=NG").await.json();
    assert_eq!(api["events"][0]["title"], "Lagos Serverless Night");
    let api = app.get("/api/v1/groups").await.json();
    assert_eq!(api["groups"][0]["slug"], "serverless-lagos");
}

/// Past events take no RSVP; the personal feed is secret and revocable.
#[tokio::test]
async fn refusals_say_why_and_the_personal_feed_is_secret() {
    let app = TestApp::new().await;
    let (_, coming) = group_with_event(&app, "Feed Group", None).await;
    let group = groups::get(app.db(), "feed-group").await.unwrap();
    let past = event_input(
        "2024-05-01T18:00",
        "2024-05-01T20:00",
        "Europe/Berlin",
        None,
    )
    .parse()
    .unwrap();
    let past = events::create(app.db(), Some(group.id), &past, &Actor::cli())
        .await
        .unwrap();
    let member = app.account("member@example.org", &[], None).await;
    let cookie = app.session(member).await;
    let refused = app
        .post_form(&format!("/events/{past}/rsvp"), &[], Some(&cookie))
        .await;
    assert_eq!(location(&refused), format!("/events/{past}?notice=past"));
    let page = app.get_as(&location(&refused), &cookie).await;
    assert!(page.body.contains("has started or is over"));
    // Unknown ids are 404.
    assert_eq!(
        app.post_form("/events/999999/rsvp", &[], Some(&cookie))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    app.post_form(&format!("/events/{coming}/rsvp"), &[], Some(&cookie))
        .await;
    let made = app.post_form("/account/calendar", &[], Some(&cookie)).await;
    let shown = app.get_as(&location(&made), &cookie).await;
    let start = shown
        .body
        .find("/calendar/")
        .expect("the address is shown once");
    let address: String = shown.body[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let feed = app.get(&address).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.header("cache-control"), Some("private, no-store"));
    assert_eq!(parse_ics(&feed.body).len(), 1);
    // A new address revokes the old one; turning it off revokes all.
    app.post_form("/account/calendar", &[], Some(&cookie)).await;
    assert_eq!(app.get(&address).await.status, StatusCode::NOT_FOUND);
    app.post_form("/account/calendar/revoke", &[], Some(&cookie))
        .await;
    assert!(!events::has_feed(app.db(), member).await.unwrap());
}

/// 200 people answering at the same moment never take more than the capacity: the rest wait,
/// in order, on both backends.
#[tokio::test]
async fn two_hundred_concurrent_rsvps_never_exceed_capacity() {
    let app = TestApp::new().await;
    let (_, id) = group_with_event(&app, "Race Group", Some(25)).await;
    let mut cookies = Vec::new();
    for n in 0..200 {
        let user = app.quick_account(&format!("racer{n}@example.org")).await;
        cookies.push(app.session(user).await);
    }
    let rsvp = |cookie: &str| {
        Request::post(format!("/events/{id}/rsvp"))
            .header("cookie", cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::empty())
            .unwrap()
    };
    let mut answers = app.at_once(cookies.iter().map(|c| rsvp(c)).collect()).await;
    // On a loaded machine some requests may wait longer for a connection than the pool
    // allows: they are answered 503 (try again) with nothing written, and asked again.
    for (answer, cookie) in answers.iter_mut().zip(&cookies) {
        if answer.status == StatusCode::SERVICE_UNAVAILABLE {
            *answer = app.request(rsvp(cookie)).await;
        }
    }
    let going = answers
        .iter()
        .filter(|a| location(a).ends_with("notice=going"))
        .count();
    let waiting = answers
        .iter()
        .filter(|a| location(a).ends_with("notice=waiting"))
        .count();
    assert_eq!(
        (going, waiting),
        (25, 175),
        "every answer is a seat or a waitlist place: {:?}",
        answers.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    let event = events::get(app.db(), id).await.unwrap();
    assert_eq!(event.summary.going_count, 25);
    assert_eq!(event.waiting_count, 175);
    assert_eq!(events::attendees(app.db(), id, "").await.unwrap().len(), 25);
}

/// An evening event in Berlin across the night clocks spring forward: the page shows the
/// organizer's wall-clock times, the .ics the right instants in UTC.
#[tokio::test]
async fn an_event_across_a_daylight_saving_change_keeps_its_times() {
    let app = TestApp::new().await;
    let (_, _) = group_with_event(&app, "Berlin Group", None).await;
    let group = groups::get(app.db(), "berlin-group").await.unwrap();
    // 28 March 2027: Berlin goes from UTC+1 to UTC+2 at 02:00.
    let event = event_input(
        "2027-03-27T22:00",
        "2027-03-28T04:00",
        "Europe/Berlin",
        None,
    )
    .parse()
    .unwrap();
    let id = events::create(app.db(), Some(group.id), &event, &Actor::cli())
        .await
        .unwrap();
    let page = app.get(&format!("/events/{id}")).await;
    // As ICU writes en-US (a narrow no-break space before AM and PM), each end in its own
    // offset.
    assert!(
        page.body.contains("Mar 27, 2027, 10:00\u{202f}PM CET"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Mar 28, 2027, 4:00\u{202f}AM CEST"));
    assert!(page.body.contains("Mar 28, 2027, 2:00\u{202f}AM UTC"));
    let parsed = parse_ics(&app.get(&format!("/events/{id}/event.ics")).await.body);
    assert_eq!(property(&parsed[0], "DTSTART"), "20270327T210000Z");
    assert_eq!(property(&parsed[0], "DTEND"), "20270328T020000Z");
    // Five hours, not six: the night is an hour shorter.
}

/// After the event, the hero who spoke finds the talk among their suggestions, with the people
/// checked in as its attendance; claiming it logs a talk the readiness meter counts. Offered
/// once, however often the job runs.
#[tokio::test]
async fn a_hero_speaker_claims_the_talk_after_the_event() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    let (_, id) = group_with_event(&app, "Talk Group", None).await;
    let member = app.account("member@example.org", &[], None).await;
    events::rsvp(app.db(), id, member, chrono::Utc::now())
        .await
        .unwrap()
        .unwrap();
    events::check_in(app.db(), id, member, true, chrono::Utc::now())
        .await
        .unwrap();
    // The event took place yesterday.
    let yesterday = chrono::Utc::now() - chrono::Duration::days(1);
    let past = event_input(
        &yesterday.format("%Y-%m-%dT10:00").to_string(),
        &yesterday.format("%Y-%m-%dT12:00").to_string(),
        "UTC",
        None,
    )
    .parse()
    .unwrap();
    events::update(app.db(), id, &past, &Actor::cli())
        .await
        .unwrap();

    // What the hourly job `offer-talks` does; a second run offers nothing new.
    let offer = || events::offer_talks(app.db(), "http://heroes.test", chrono::Utc::now());
    assert_eq!(offer().await.unwrap(), 1);
    assert_eq!(offer().await.unwrap(), 0);
    let hero_id = app.hero_id(&ana).await;
    let waiting = heroes_store::capture::waiting(app.db(), hero_id)
        .await
        .unwrap();
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(waiting[0].title, "Cold starts, measured");
    assert_eq!(waiting[0].kind, "talk");
    assert_eq!(waiting[0].attendees, Some(1));

    let cookie = app.session(ana_user).await;
    let page = app.get_as("/account/suggestions", &cookie).await;
    assert!(page.body.contains("Cold starts, measured"));
    let claimed = app
        .post_form(
            &format!("/account/suggestions/{}/claim", waiting[0].id),
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER, "{}", claimed.body);
    let logged = heroes_store::contributions::all_of_hero(app.db(), hero_id)
        .await
        .unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].kind, "talk");
    assert_eq!(logged[0].attendees, Some(1));
}

/// A proposal is a figure on the admin home until it is decided.
#[tokio::test]
async fn the_admin_home_counts_group_proposals() {
    let app = TestApp::new().await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let member = app.account("member@example.org", &[], None).await;
    let cookie = app.session(member).await;
    let proposed = app
        .post_form(
            "/groups/new",
            &[
                ("name", "Kyiv Data"),
                ("city", "Kyiv"),
                ("country", "UA"),
                ("description", "Data people in Kyiv."),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.body);
    let home = app.get_as("/admin", &app.session(admin).await).await;
    assert!(
        home.body.contains(
            "href=\"/admin/groups\"><span class=\"attention-count\">1</span> <span class=\"attention-label\">group proposal waiting</span>"
        ),
        "{}",
        home.body
    );
}

/// The directory's world map is drawn by the server: the land from the data shipped in the
/// binary and a mark, linked to the group, per group with coordinates.
#[tokio::test]
async fn the_group_map_marks_each_group() {
    let app = TestApp::new().await;
    let group = GroupInput {
        name: "Berlin Serverless".into(),
        city: "Berlin".into(),
        country: "DE".into(),
        description: "Monthly.".into(),
        latitude: "52.52".into(),
        longitude: "13.40".into(),
        ..GroupInput::default()
    };
    active_group(&app, group).await;
    let page = app.get("/groups").await;
    assert!(page.body.contains("<svg"), "{}", page.body);
    assert!(page.body.contains("Map of the groups: 1 group marked"));
    // Berlin: x = (13.40 + 180) / 360 · 1000, y = (90 − 52.52) / 180 · 500.
    assert!(page.body.contains(r#"<a href="/groups/berlin-serverless" aria-label="Berlin Serverless"><circle cx="537.2" cy="104.1""#), "{}", page.body);
    assert!(page.body.contains("<path d=\"M"));
}

/// Deleting an account gives its seat to the first one waiting, who is mailed, as a
/// cancellation would (the erasure alone would leave the seat empty).
#[tokio::test]
async fn an_erased_account_gives_its_seat_to_the_first_waiting() {
    let app = TestApp::new().await;
    let (_, event) = group_with_event(&app, "Seat Group", Some(1)).await;
    let first = app
        .session(app.account("first@example.org", &[], None).await)
        .await;
    let second_id = app.account("second@example.org", &[], None).await;
    let second = app.session(second_id).await;
    let path = format!("/events/{event}");
    for cookie in [&first, &second] {
        let answer = app
            .post_form(&format!("{path}/rsvp"), &[], Some(cookie))
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    }
    assert_eq!(
        events::rsvp_of(app.db(), event, second_id).await.unwrap(),
        Some(heroes_domain::events::RsvpState::Waiting)
    );
    let deleted = app
        .post_form(
            "/account/delete",
            &[("current_password", crate::helpers::PASSWORD)],
            Some(&first),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert_eq!(
        events::rsvp_of(app.db(), event, second_id).await.unwrap(),
        Some(heroes_domain::events::RsvpState::Going)
    );
    assert!(
        app.last_mail_to("second@example.org")
            .await
            .subject
            .starts_with("A place came free")
    );
}

/// `q` filters `/groups`, `/events` and their API lists by words, accents and case ignored.
#[tokio::test]
async fn lists_filter_by_words() {
    let app = TestApp::new().await;
    let (lagos, _) = group_with_event(&app, "Lagos Cloud Builders", None).await;
    let (sao, _) = group_with_event(&app, "São Paulo Serverless", None).await;
    let groups = app.get("/api/v1/groups?q=sao+serv").await.json();
    let names: Vec<&str> = groups["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["São Paulo Serverless"]);
    // Both groups meet in Lagos; only one is for builders.
    let page = app.get("/groups?q=builders").await;
    assert!(page.body.contains(&format!("/groups/{lagos}")));
    assert!(!page.body.contains(&format!("href=\"/groups/{sao}\"")));
    assert!(page.body.contains("value=\"builders\""));
    let events = app.get("/api/v1/events?q=PAULO").await.json();
    let found = events["events"].as_array().unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["group_name"], "São Paulo Serverless");
    assert_eq!(
        app.get("/api/v1/events?q=nothing-like-this").await.json()["events"],
        serde_json::json!([])
    );
    assert!(
        app.get("/events?q=lagos")
            .await
            .body
            .contains("Serverless night")
    );
}

/// The coming events as feeds, with the filters of `/events`: each entry links its page and
/// says who runs it; the JSON Feed carries the times for tools.
#[tokio::test]
async fn coming_events_are_feeds_with_the_lists_filters() {
    let app = TestApp::new().await;
    let (_, lagos) = group_with_event(&app, "Lagos Cloud Builders", None).await;
    let (_, sao) = group_with_event(&app, "São Paulo Serverless", None).await;
    let atom = app.get("/feeds/events.atom?q=paulo").await;
    assert_eq!(atom.status, StatusCode::OK);
    assert!(
        atom.header("content-type")
            .unwrap()
            .starts_with("application/atom+xml")
    );
    assert!(
        atom.body.contains(&format!("/events/{sao}\"/>")),
        "{}",
        atom.body
    );
    assert!(!atom.body.contains(&format!("/events/{lagos}\"")));
    assert!(
        atom.body
            .contains("<author><name>São Paulo Serverless</name></author>")
    );
    assert!(atom.body.contains("/feeds/events.atom\"/>"));
    let json = app.get("/feeds/events.json").await.json();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert!(
        json["feed_url"]
            .as_str()
            .unwrap()
            .ends_with("/feeds/events.json")
    );
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    let item = items
        .iter()
        .find(|i| i["authors"][0]["name"] == "Lagos Cloud Builders")
        .unwrap();
    assert!(
        item["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/events/{lagos}"))
    );
    assert_eq!(item["title"], "Serverless night");
    assert_eq!(item["_heroes"]["time_zone"], "UTC");
    assert!(
        item["content_text"]
            .as_str()
            .unwrap()
            .contains("Talks and pizza.")
    );
}
