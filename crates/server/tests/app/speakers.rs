//! Speaker suggestions (issue 15): a hero's speaking settings, the organizer's ranked and
//! explained suggestions, the invitation mailed through the outbox, answered once by the
//! hero (also when two acceptances race), and other people's invitations that are not found.

use crate::helpers::{TestApp, contribution, hero, link_in};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::Role;
use heroes_domain::events::EventInput;
use heroes_domain::groups::GroupInput;
use heroes_store::accounts::Actor;
use heroes_store::events;

/// An active group in Madrid with a coming meetup about Lambda; the event's id.
async fn madrid_meetup(app: &TestApp) -> i64 {
    let group = GroupInput {
        name: "Madrid Cloud".into(),
        city: "Madrid".into(),
        country: "ES".into(),
        description: "Monthly talks.".into(),
        ..GroupInput::default()
    };
    let (_, group) = crate::events::active_group(app, group).await;
    let starts = chrono::Utc::now() + chrono::Duration::days(20);
    let event = EventInput {
        title: "Lambda in production".into(),
        description: "Cold starts, measured.".into(),
        kind: "meetup".into(),
        starts: starts.format("%Y-%m-%dT%H:%M").to_string(),
        ends: (starts + chrono::Duration::hours(2))
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        time_zone: "Europe/Madrid".into(),
        venue: "Campus Madrid".into(),
        ..EventInput::default()
    }
    .parse()
    .unwrap();
    events::create(app.db(), Some(group), &event, &Actor::cli())
        .await
        .unwrap()
}

#[tokio::test]
async fn organizers_see_explained_suggestions_and_the_invited_hero_joins_the_speakers() {
    let app = TestApp::new().await;
    let event = madrid_meetup(&app).await;
    let lucia = hero("Lucía Gómez").place("Madrid", "ES").create(&app).await;
    for title in [
        "Lambda cold starts",
        "Lambda and SQS",
        "Tracing Lambda functions",
    ] {
        contribution(&lucia, title).create(&app).await;
    }
    let kenji = hero("Kenji Sato").place("Tokyo", "JP").create(&app).await;
    for title in [
        "Lambda at scale",
        "Lambda layers",
        "Lambda power tuning",
        "Lambda SnapStart",
        "Lambda in Rust",
    ] {
        contribution(&kenji, title).create(&app).await;
    }
    let other = hero("Olga Petrova")
        .place("Madrid", "ES")
        .awards(&[("container", 2021)])
        .create(&app)
        .await;
    contribution(&other, "Kubernetes operators")
        .specialization(Some("container"))
        .create(&app)
        .await;
    let lucia_user = app
        .account("lucia@example.org", &[Role::Hero], Some(&lucia))
        .await;
    let lucia_cookie = app.session(lucia_user).await;
    let kenji_user = app
        .account("kenji@example.org", &[Role::Hero], Some(&kenji))
        .await;
    let kenji_cookie = app.session(kenji_user).await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let admin_cookie = app.session(admin).await;

    // Settings: a wrong distance is refused and what was typed stays.
    let refused = app
        .post_form(
            "/account/speaking",
            &[
                ("open", "on"),
                ("topics", "Lambda, serverless"),
                ("travel_km", "far"),
                ("languages", "es"),
            ],
            Some(&lucia_cookie),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("value=\"far\""));
    assert!(refused.body.contains("value=\"Lambda, serverless\""));
    let saved = app
        .post_form(
            "/account/speaking",
            &[
                ("open", "on"),
                ("topics", "Lambda, serverless"),
                ("travel_km", "50"),
                ("languages", "es"),
            ],
            Some(&lucia_cookie),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    // The organizer's suggestions, in Spanish: Lucía first, with her reasons; Kenji after;
    // the Kubernetes writer not at all.
    let page = app
        .get_as(
            &format!("/events/{event}/speakers?languages=es"),
            &admin_cookie,
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    let first = body.find("Lucía Gómez").expect("Lucía suggested");
    let second = body.find("Kenji Sato").expect("Kenji suggested");
    assert!(first < second, "Lucía comes first");
    assert!(!body.contains("Olga Petrova"));
    for reason in [
        "3 posts about lambda",
        "speaks about lambda",
        "in the same city",
        "speaks Español",
        "available to speak",
    ] {
        assert!(body.contains(reason), "{reason} in {body}");
    }
    assert!(body.contains("km away"), "Kenji's distance");

    // Inviting: the talk's title is required and what was typed stays; then the hero is
    // mailed a link to the invitation.
    let lucia_id = app.hero_id(&lucia).await.to_string();
    let missing = app
        .post_form(
            &format!("/events/{event}/speakers/invite"),
            &[
                ("hero", &lucia_id),
                ("languages", "es"),
                ("talk_title", ""),
                ("message", "¿Te animas?"),
            ],
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("¿Te animas?"));
    let invite = [
        ("hero", lucia_id.as_str()),
        ("languages", "es"),
        ("talk_title", "Cold starts, measured"),
        ("message", "¿Te animas?"),
    ];
    let sent = app
        .post_form(
            &format!("/events/{event}/speakers/invite"),
            &invite,
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let again = app
        .post_form(
            &format!("/events/{event}/speakers/invite"),
            &invite,
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let mail = app.last_mail_to("lucia@example.org").await;
    assert!(
        mail.subject.contains("Lambda in production"),
        "{}",
        mail.subject
    );
    let link = link_in(&mail.body_text, "/account/speaking/invitations/");
    let page = app.get_as(&link, &lucia_cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Cold starts, measured"));

    // Someone else's invitation does not exist for them.
    assert_eq!(
        app.get_as(&link, &kenji_cookie).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_form(&format!("{link}/accept"), &[], Some(&kenji_cookie))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Two acceptances at once: one counts, the other is told it was answered.
    let requests = (0..2)
        .map(|_| {
            Request::post(format!("{link}/accept"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", &lucia_cookie)
                .body(Body::empty())
                .unwrap()
        })
        .collect();
    let statuses = app.statuses_at_once(requests).await;
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
    let shown = events::get(app.db(), event).await.unwrap();
    let speakers: Vec<_> = shown
        .speakers
        .iter()
        .filter(|s| s.hero_slug.as_deref() == Some(lucia.as_str()))
        .collect();
    assert_eq!(speakers.len(), 1);
    assert_eq!(speakers[0].talk_title, "Cold starts, measured");
    assert!(
        app.get(&format!("/events/{event}"))
            .await
            .body
            .contains("Lucía Gómez")
    );
    let told = app.last_mail_to("admin@example.org").await;
    assert!(told.subject.contains("Lucía Gómez"), "{}", told.subject);

    // A speaker is no longer suggested for the event.
    let page = app
        .get_as(
            &format!("/events/{event}/speakers?languages=es"),
            &admin_cookie,
        )
        .await;
    assert!(page.body.contains("Kenji Sato"));
    assert!(!page.body.contains("data-hero=\"lucia-gomez\""));
}

/// What a hero says in their settings is obeyed: not open, only remote, or too far away.
#[tokio::test]
async fn heroes_who_said_no_are_not_suggested() {
    let app = TestApp::new().await;
    let event = madrid_meetup(&app).await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let admin_cookie = app.session(admin).await;
    let mut cookies = Vec::new();
    for (name, city, country) in [
        ("Near Closed", "Madrid", "ES"),
        ("Remote Only", "Madrid", "ES"),
        ("Far Away", "Barcelona", "ES"),
    ] {
        let slug = hero(name).place(city, country).create(&app).await;
        contribution(&slug, &format!("Lambda by {name}"))
            .create(&app)
            .await;
        let user = app
            .account(&format!("{slug}@example.org"), &[Role::Hero], Some(&slug))
            .await;
        cookies.push(app.session(user).await);
    }
    let settings = [
        [("topics", "Lambda"), ("travel_km", ""), ("remote_only", "")],
        [
            ("topics", "Lambda"),
            ("travel_km", ""),
            ("remote_only", "on"),
        ],
        [
            ("topics", "Lambda"),
            ("travel_km", "100"),
            ("remote_only", ""),
        ],
    ];
    for (i, (cookie, fields)) in cookies.iter().zip(settings).enumerate() {
        let mut fields = fields.to_vec();
        if i > 0 {
            fields.push(("open", "on"));
        }
        let answer = app
            .post_form("/account/speaking", &fields, Some(cookie))
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
    }
    let page = app
        .get_as(&format!("/events/{event}/speakers"), &admin_cookie)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    for name in ["Near Closed", "Remote Only", "Far Away"] {
        assert!(!body.contains(name), "{name} suggested");
    }
}

/// A prolific hero's titles are read newest first and at most `TITLES_PER_HERO` of them, so
/// the cost of suggestions does not grow with their posts; the ranking still puts the hero
/// whose work is about the event first, with the posts counted among those titles.
#[tokio::test]
async fn a_prolific_heros_titles_are_read_newest_first_and_bounded() {
    use heroes_store::speakers::TITLES_PER_HERO;
    let app = TestApp::new().await;
    let event = madrid_meetup(&app).await;
    let prolific = hero("Pilar Ruiz").place("Madrid", "ES").create(&app).await;
    let other = hero("Omar Haddad").place("Paris", "FR").create(&app).await;
    let (prolific_id, other_id) = (app.hero_id(&prolific).await, app.hero_id(&other).await);
    let start = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let total = TITLES_PER_HERO + 30;
    let mut items: Vec<(i64, heroes_domain::contribution::NewContribution)> = (0..total)
        .map(|i| {
            let day = start + chrono::Duration::days(i as i64);
            let mut item = contribution(&prolific, &format!("Lambda in production, part {i}"))
                .url(&format!("https://blog.example.com/pilar/{i}"))
                .item();
            item.date = day;
            (prolific_id, item)
        })
        .collect();
    items.push((
        other_id,
        contribution(&other, "Lambda cold starts")
            .url("https://blog.example.com/omar/1")
            .item(),
    ));
    heroes_store::contributions::add_many(app.db(), &items, chrono::Utc::now())
        .await
        .unwrap();
    heroes_store::search::rebuild_all(app.db()).await.unwrap();

    let languages = vec![heroes_domain::hero::LanguageTag::parse("l", "es").unwrap()];
    let list = both_paths(&app, event, languages).await;
    let titles = |id: i64| {
        list.candidates
            .iter()
            .find(|(c, _)| c.hero_id == id)
            .map(|(c, _)| c.titles.split('\n').map(str::to_owned).collect::<Vec<_>>())
            .unwrap_or_else(|| panic!("hero {id} not shortlisted"))
    };
    // Folded like the search index, one title a line.
    let read = titles(prolific_id);
    assert_eq!(read.len(), TITLES_PER_HERO);
    assert_eq!(read[0], format!("lambda in production part {}", total - 1));
    assert_eq!(
        read[TITLES_PER_HERO - 1],
        format!("lambda in production part {}", total - TITLES_PER_HERO)
    );
    assert_eq!(titles(other_id), vec!["lambda cold starts".to_owned()]);
    let candidates: Vec<_> = list.candidates.iter().map(|(c, _)| c.clone()).collect();
    let ranked = heroes_domain::speakers::rank(&list.event, &candidates);
    assert_eq!(ranked[0].hero_id, prolific_id);
    assert!(
        ranked[0].reasons.iter().any(|r| matches!(
            r,
            heroes_domain::speakers::Reason::Posts { count, .. } if *count as usize == TITLES_PER_HERO
        )),
        "{:?}",
        ranked[0].reasons
    );
}

/// The posts a suggestion counts, as the shortlist and the ranking give them for `hero`:
/// `None` when the hero is not suggested.
async fn posts_counted(app: &TestApp, event: i64, hero: i64) -> Option<u32> {
    use heroes_domain::speakers::{Reason, rank};
    let languages = vec![heroes_domain::hero::LanguageTag::parse("l", "es").unwrap()];
    let list = both_paths(app, event, languages).await;
    let candidates: Vec<_> = list.candidates.iter().map(|(c, _)| c.clone()).collect();
    let suggestion = rank(&list.event, &candidates)
        .into_iter()
        .find(|s| s.hero_id == hero)?;
    Some(
        suggestion
            .reasons
            .iter()
            .find_map(|r| match r {
                Reason::Posts { count, .. } => Some(*count),
                _ => None,
            })
            .unwrap_or(0),
    )
}

/// The titles a suggestion counts are the folded lines of the hero's search document, written
/// in the transaction of every change to their work: adding, editing, making private or public,
/// deleting and importing move the count at once; a hero erased or still a candidate is never
/// suggested, also when their speaking topics name the event's words.
#[tokio::test]
async fn the_posts_counted_follow_every_change_to_a_heros_work() {
    use heroes_store::contributions;
    let app = TestApp::new().await;
    let event = madrid_meetup(&app).await;
    let now = chrono::Utc::now;
    let ana = hero("Ana Torres").place("Madrid", "ES").create(&app).await;
    let ana_id = app.hero_id(&ana).await;
    let first = contribution(&ana, "Lambda cold starts").create(&app).await;
    contribution(&ana, "Lambda and SQS").create(&app).await;
    contribution(&ana, "Tracing Lámbda functions")
        .create(&app)
        .await;
    assert_eq!(posts_counted(&app, event, ana_id).await, Some(3));

    // A private post is not counted; made public, it is.
    let private = contribution(&ana, "Lambda internals").private();
    let private_item = private.item();
    let private_id = contributions::add(app.db(), &ana, &private_item, now())
        .await
        .unwrap();
    assert_eq!(posts_counted(&app, event, ana_id).await, Some(3));
    let mut public_item = private_item.clone();
    public_item.private = false;
    contributions::update(app.db(), ana_id, private_id, &public_item, now())
        .await
        .unwrap();
    assert_eq!(posts_counted(&app, event, ana_id).await, Some(4));

    // An edit that leaves the topic, and a delete.
    let mut edited = contribution(&ana, "Kubernetes operators").item();
    edited.url =
        heroes_domain::web::WebUrl::parse("url", "https://blog.example.com/ana/k8s").unwrap();
    contributions::update(app.db(), ana_id, first, &edited, now())
        .await
        .unwrap();
    assert_eq!(posts_counted(&app, event, ana_id).await, Some(3));
    contributions::delete(app.db(), ana_id, private_id)
        .await
        .unwrap();
    assert_eq!(posts_counted(&app, event, ana_id).await, Some(2));

    // An import is all or nothing: one item naming an unknown specialization refuses the
    // whole file, and the count stays; the same file without it adds its posts.
    let mut good = contribution(&ana, "Lambda destinations").item();
    good.url = heroes_domain::web::WebUrl::parse("url", "https://blog.example.com/ana/d").unwrap();
    let mut bad = contribution(&ana, "Lambda extensions").item();
    bad.url = heroes_domain::web::WebUrl::parse("url", "https://blog.example.com/ana/e").unwrap();
    bad.specialization = Some(heroes_domain::slug::Slug::parse("s", "no-such-thing").unwrap());
    assert!(
        contributions::import(app.db(), ana_id, &[good.clone(), bad], now(), |_| {})
            .await
            .is_err()
    );
    assert_eq!(posts_counted(&app, event, ana_id).await, Some(2));
    contributions::import(app.db(), ana_id, &[good], now(), |_| {})
        .await
        .unwrap();
    assert_eq!(posts_counted(&app, event, ana_id).await, Some(3));

    // A candidate (not public) with posts and topics about the event is not suggested.
    let mut profile = hero("Nina Ortega")
        .place("Madrid", "ES")
        .input()
        .parse(2026)
        .unwrap();
    profile.status = heroes_domain::hero::HeroStatus::Candidate;
    let nina = heroes_store::heroes::create(app.db(), &profile, None, now())
        .await
        .unwrap()
        .as_str()
        .to_owned();
    // Not in the public `heroes`: the record's id.
    let record = "SELECT id FROM hero_records WHERE slug = $1";
    let nina_id: i64 = crate::helpers::on_pool!(app.db(), |pool| sqlx::query_scalar(record)
        .bind(&nina)
        .fetch_one(pool)
        .await
        .unwrap());
    contribution(&nina, "Lambda at the edge").create(&app).await;
    let topics = heroes_domain::speakers::AvailabilityInput {
        open: true,
        topics: "Lambda, production".into(),
        ..Default::default()
    }
    .parse()
    .unwrap();
    heroes_store::speakers::save_availability(app.db(), nina_id, &topics)
        .await
        .unwrap();
    assert_eq!(posts_counted(&app, event, nina_id).await, None);

    // Erased with her account: no longer suggested, and her document is gone.
    let ana_user = app
        .account("ana@example.org", &[Role::Hero], Some(&ana))
        .await;
    heroes_store::accounts::erase(app.db(), ana_user, &Actor::cli())
        .await
        .unwrap();
    assert_eq!(posts_counted(&app, event, ana_id).await, None);
}

/// The shortlist for `event` from the speaker index, after checking it is the one SQL gives
/// (the same heroes, titles, matches, settings and event facts, in the same order). Each
/// call asks a fresh index, and the application's own index too (it follows the data version).
async fn both_paths(
    app: &TestApp,
    event: i64,
    languages: Vec<heroes_domain::hero::LanguageTag>,
) -> heroes_store::speakers::Shortlist {
    use heroes_store::speakers::{SpeakerIndex, shortlist};
    let now = chrono::Utc::now();
    let from_sql = shortlist(app.db(), event, languages.clone(), now)
        .await
        .unwrap();
    let fresh = SpeakerIndex::new(std::time::Duration::ZERO)
        .shortlist(app.db(), event, languages.clone(), now)
        .await
        .unwrap();
    let kept = app
        .state
        .speaker_index
        .shortlist(app.db(), event, languages, now)
        .await
        .unwrap();
    assert_eq!(format!("{from_sql:?}"), format!("{fresh:?}"));
    assert_eq!(format!("{from_sql:?}"), format!("{kept:?}"));
    fresh
}

/// The speaker index answers what SQL answers, for events in person, online and of the
/// program, with words several heroes' words start with, words too common to count (more
/// than a quarter of the heroes), accents, another script, heroes found by their topics
/// only, and after changes; the usual languages per country too.
#[tokio::test]
async fn the_speaker_index_gives_the_shortlist_sql_gives() {
    use heroes_store::speakers::{SpeakerIndex, save_availability, usual_languages};
    let app = TestApp::new().await;
    let madrid = madrid_meetup(&app).await;
    let starts = chrono::Utc::now() + chrono::Duration::days(30);
    let at = |d: chrono::DateTime<chrono::Utc>| d.format("%Y-%m-%dT%H:%M").to_string();
    let online = EventInput {
        title: "Serverless Днепр: лямбда и Straße".into(),
        description: "Cloud cloud cloud, evening talks about observability.".into(),
        kind: "online-session".into(),
        starts: at(starts),
        ends: at(starts + chrono::Duration::hours(1)),
        time_zone: "America/Bogota".into(),
        online_url: "https://meet.example.org/x".into(),
        ..EventInput::default()
    }
    .parse()
    .unwrap();
    let online = events::create(app.db(), None, &online, &Actor::cli())
        .await
        .unwrap();
    let program = EventInput {
        title: "Cloud observability day".into(),
        description: "Tracing, metrics and logs in the cloud; Lambda optional.".into(),
        kind: "conference".into(),
        starts: at(starts),
        ends: at(starts + chrono::Duration::hours(8)),
        time_zone: "Europe/Paris".into(),
        venue: "Station F".into(),
        ..EventInput::default()
    }
    .parse()
    .unwrap();
    let program = events::create(app.db(), None, &program, &Actor::cli())
        .await
        .unwrap();

    let places = [
        ("Madrid", "ES"),
        ("Paris", "FR"),
        ("Tokyo", "JP"),
        ("Bogotá", "CO"),
        ("Kyiv", "UA"),
    ];
    let topics = [
        "Lambda at scale",
        "Lambdas everywhere: λ",
        "Serverless framework tips",
        "Observability with OpenTelemetry",
        "Kubernetes operators",
        "Лямбда в продакшене",
        "Straße und Łódź: día 2",
        "Tracing cold starts",
    ];
    let mut items = Vec::new();
    let mut ids = Vec::new();
    for i in 0..26 {
        let (city, country) = places[i % places.len()];
        let name = if i == 4 {
            "Олена Ткаченко".to_owned()
        } else {
            format!("Hero Number{i}")
        };
        let slug = hero(&name)
            .place(city, country)
            .bio(if i % 3 == 0 {
                "Cloud evangelist."
            } else {
                "Builder."
            })
            .create(&app)
            .await;
        let id = app.hero_id(&slug).await;
        ids.push(id);
        for (j, title) in topics.iter().enumerate() {
            if (i + j) % 3 == 0 {
                let mut item = contribution(&slug, &format!("{title} ({i})"))
                    .url(&format!("https://blog.example.com/{slug}/{j}"))
                    .item();
                item.date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1 + j as u32).unwrap();
                items.push((id, item));
            }
        }
    }
    heroes_store::contributions::add_many(app.db(), &items, chrono::Utc::now())
        .await
        .unwrap();
    heroes_store::search::rebuild_all(app.db()).await.unwrap();
    // Settings: open with topics (some heroes found only by them), closed, remote only.
    for (k, id) in ids.iter().enumerate().filter(|(k, _)| k % 4 == 1) {
        let settings = heroes_domain::speakers::AvailabilityInput {
            open: k % 8 != 5,
            topics: ["Observability, tracing", "Днепр", "serverless"][k % 3].into(),
            travel_km: if k % 5 == 0 {
                "200".into()
            } else {
                String::new()
            },
            remote_only: k % 7 == 0,
            languages: if k % 2 == 0 {
                "es".into()
            } else {
                String::new()
            },
        }
        .parse()
        .unwrap();
        save_availability(app.db(), *id, &settings).await.unwrap();
    }
    let tags = |list: &str| heroes_domain::hero::LanguageTag::parse_list("l", list).unwrap();
    let compare = |round: &'static str| {
        let app = &app;
        async move {
            let mut shortlisted = 0;
            for event in [madrid, online, program] {
                for languages in ["es", "en, uk", ""] {
                    let list = both_paths(app, event, tags(languages)).await;
                    shortlisted += list.candidates.len();
                }
            }
            assert!(shortlisted > 0, "{round}: nobody shortlisted");
            let index = SpeakerIndex::new(std::time::Duration::ZERO);
            for country in [Some("ES"), Some("UA"), Some("ZZ"), None] {
                assert_eq!(
                    index.usual_languages(app.db(), country).await.unwrap(),
                    usual_languages(app.db(), country).await.unwrap(),
                    "{round}: {country:?}"
                );
            }
        }
    };
    compare("first").await;

    // Changes: a hero stops being open, another writes about Lambda.
    let closed = heroes_domain::speakers::AvailabilityInput {
        open: false,
        topics: "serverless".into(),
        ..Default::default()
    }
    .parse()
    .unwrap();
    save_availability(app.db(), ids[1], &closed).await.unwrap();
    contribution(&hero_slug(&app, ids[2]).await, "Lambda power tuning")
        .create(&app)
        .await;
    compare("after changes").await;
}

async fn hero_slug(app: &TestApp, id: i64) -> String {
    let record = "SELECT slug FROM heroes WHERE id = $1";
    crate::helpers::on_pool!(app.db(), |pool| sqlx::query_scalar(record)
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap())
}
