//! Times in mail are in the recipient's zone (issue 18): the account's `time_zone` is read
//! with its language by the store, so an office hour's reminder tells a hero in Tokyo the
//! Tokyo time, one in São Paulo (reading Portuguese) the São Paulo time, one in New York the
//! daylight-saving time of that day; an account without a zone reads UTC, named.

use crate::helpers::{TestApp, hero, run_jobs};
use axum::http::StatusCode;
use chrono::{DateTime, TimeZone, Utc};
use heroes_domain::account::Role;
use heroes_domain::hero::TimeZone as Zone;
use heroes_server::i18n::I18n;
use heroes_server::i18n_format::{ViewerZone, ZoneSource};
use heroes_store::accounts;
use heroes_store::{office_hours, outbox};

/// A hero account reading `language`, with `zone` (`None`: no zone chosen).
async fn hero_account(app: &TestApp, name: &str, language: &str, zone: Option<&str>) -> i64 {
    let slug = hero(name).create(app).await;
    let email = format!("{}@example.org", slug);
    let id = app.account(&email, &[], Some(&slug)).await;
    accounts::set_language(app.db(), id, language)
        .await
        .unwrap();
    let zone = zone.map(|z| Zone::parse("time_zone", z).unwrap());
    accounts::set_time_zone(app.db(), id, zone).await.unwrap();
    id
}

/// A slot published by staff at `starts` (UTC, written in the form's `UTC` zone): its id.
async fn slot(app: &TestApp, staff: &str, area: i64, starts: DateTime<Utc>) -> i64 {
    let published = app
        .post_form(
            "/staff/office-hours",
            &[
                ("area", &area.to_string()),
                ("starts", &starts.format("%Y-%m-%dT%H:%M").to_string()),
                ("zone", "UTC"),
                ("minutes", "30"),
                ("link", "https://meet.example.com/sam"),
            ],
            Some(staff),
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    office_hours::upcoming(app.db(), Utc::now())
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.starts_at == starts)
        .expect("the slot just published")
        .id
}

/// `user_id` books slot `id`, and its reminder (scheduled a day before the slot) is run now.
async fn booked_and_reminded(app: &TestApp, user_id: i64, id: i64) {
    let session = app.session(user_id).await;
    let booked = app
        .post_form(&format!("/office-hours/{id}/book"), &[], Some(&session))
        .await;
    assert_eq!(
        booked.header("location"),
        Some("/office-hours?notice=booked")
    );
    heroes_store::jobs::schedule(app.db(), "office-hours-remind", &id.to_string(), Utc::now())
        .await
        .unwrap();
    run_jobs(app.db(), |_| {}).await;
}

/// The text of every mail to `user_id`'s address.
async fn mails_of(app: &TestApp, user_id: i64) -> Vec<String> {
    let address = accounts::by_id(app.db(), user_id)
        .await
        .unwrap()
        .unwrap()
        .email;
    outbox::list(app.db(), 100, None)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to_address == address)
        .map(|m| m.body_text)
        .collect()
}

#[tokio::test]
async fn an_office_hour_reminder_tells_each_hero_the_time_in_their_own_zone() {
    let app = TestApp::new().await;
    let staff = app
        .session(app.account("sam@example.org", &[Role::Staff], None).await)
        .await;
    let area = crate::feedback::area(&app, "Lambda", &[]).await;
    let tokyo = hero_account(&app, "Aiko Tanaka", "", Some("Asia/Tokyo")).await;
    let sao_paulo = hero_account(&app, "Bia Souza", "pt-BR", Some("America/Sao_Paulo")).await;
    let new_york = hero_account(&app, "Cal Reyes", "", Some("America/New_York")).await;
    let nowhere = hero_account(&app, "Dan Moor", "", None).await;

    // 09:00 UTC on a summer day: 18:00 in Tokyo, 06:00 in São Paulo, 05:00 EDT in New York.
    let summer = Utc.with_ymd_and_hms(2030, 7, 15, 9, 0, 0).unwrap();
    for (who, minutes) in [(tokyo, 0), (sao_paulo, 30), (new_york, 60), (nowhere, 90)] {
        let at = summer + chrono::Duration::minutes(minutes);
        booked_and_reminded(&app, who, slot(&app, &staff, area, at).await).await;
    }
    // The same hour in winter: New York is on standard time then (04:00 EST).
    let winter = Utc.with_ymd_and_hms(2031, 1, 15, 9, 0, 0).unwrap();
    booked_and_reminded(&app, new_york, slot(&app, &staff, area, winter).await).await;

    let one = |mails: Vec<String>| {
        assert_eq!(mails.len(), 1, "{mails:#?}");
        mails.into_iter().next().unwrap()
    };
    let text = one(mails_of(&app, tokyo).await);
    assert!(
        text.contains("Jul 15, 2030, 9:00\u{202f}AM UTC · 6:00\u{202f}PM JST for you"),
        "{text}"
    );

    // In Portuguese, as the catalog and CLDR write it there; the zone has no abbreviation,
    // so its offset names it.
    let text = one(mails_of(&app, sao_paulo).await);
    let reader = I18n::for_language("pt-BR").with_zone(ViewerZone::new(
        chrono_tz::America::Sao_Paulo,
        ZoneSource::Account,
    ));
    let at = summer + chrono::Duration::minutes(30);
    let expected = reader.event_time(&at, chrono_tz::UTC);
    assert!(expected.contains("06:30 -03"), "{expected}");
    assert!(expected.ends_with("para você"), "{expected}");
    assert!(text.contains(&expected), "{expected} in {text}");

    let texts = mails_of(&app, new_york).await;
    assert_eq!(texts.len(), 2, "{texts:#?}");
    assert!(
        texts
            .iter()
            .any(|t| t.contains("6:00\u{202f}AM EDT for you")),
        "summer: {texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("4:00\u{202f}AM EST for you")),
        "winter: {texts:#?}"
    );

    // Without a zone: UTC, said to be UTC, and no second time.
    let text = one(mails_of(&app, nowhere).await);
    assert!(text.contains("Jul 15, 2030, 10:30\u{202f}AM UTC"), "{text}");
    assert!(!text.contains("for you"), "{text}");
}
