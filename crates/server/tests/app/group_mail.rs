//! Leaders mail their group's members (issue 15): through the outbox, what was typed kept on
//! a refusal, at most two mails a week per group (also when two leaders send at once), and a
//! one-click unsubscribe (RFC 8058) from that group's mail only.

use crate::helpers::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::Role;
use heroes_domain::groups::{GroupInput, GroupStatus};
use heroes_store::accounts::Actor;
use heroes_store::{groups, outbox};

async fn group_led_by(app: &TestApp, leader: i64) -> (String, i64) {
    let group = GroupInput {
        name: "Lagos Cloud Builders".into(),
        city: "Lagos".into(),
        country: "NG".into(),
        description: "We meet monthly.".into(),
        ..GroupInput::default()
    }
    .parse(chrono::Utc::now().date_naive())
    .unwrap();
    let slug = groups::propose(
        app.db(),
        &group,
        Some(leader),
        GroupStatus::Active,
        &Actor::cli(),
    )
    .await
    .unwrap();
    let id = groups::get(app.db(), &slug).await.unwrap().id;
    (slug, id)
}

async fn mails_to(app: &TestApp, to: &str) -> usize {
    outbox::list(app.db(), 1000, None)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.to_address == to)
        .count()
}

#[tokio::test]
async fn leaders_mail_members_who_can_unsubscribe_in_one_click() {
    let app = TestApp::new().await;
    let leader = app.account("leader@example.org", &[], None).await;
    let leader_cookie = app.session(leader).await;
    let (slug, group) = group_led_by(&app, leader).await;
    for who in ["ada", "bola"] {
        let user = app.account(&format!("{who}@example.org"), &[], None).await;
        groups::join(app.db(), group, user).await.unwrap();
    }
    let member = app.account("chidi@example.org", &[], None).await;
    groups::join(app.db(), group, member).await.unwrap();
    let member_cookie = app.session(member).await;
    let mail_path = format!("/groups/{slug}/mail");

    // A member who does not lead the group may not mail it.
    assert_eq!(
        app.get_as(&mail_path, &member_cookie).await.status,
        StatusCode::FORBIDDEN
    );
    // A missing subject is refused, the message typed stays.
    let refused = app
        .post_form(
            &mail_path,
            &[("subject", ""), ("body", "Pizza at seven, talks at eight.")],
            Some(&leader_cookie),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Pizza at seven, talks at eight."));

    let sent = app
        .post_form(
            &mail_path,
            &[
                ("subject", "Next meetup"),
                ("body", "Pizza at seven, talks at eight."),
            ],
            Some(&leader_cookie),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let mail = app.last_mail_to("ada@example.org").await;
    assert_eq!(mail.subject, "[Lagos Cloud Builders] Next meetup");
    assert!(mail.body_text.contains("Pizza at seven"));
    let unsubscribe = mail.list_unsubscribe.clone().expect("List-Unsubscribe");
    assert!(mail.body_text.contains(&unsubscribe));
    assert_eq!(mails_to(&app, "chidi@example.org").await, 1);

    // One click from the mail client; a forged token changes nothing.
    let path = unsubscribe
        .trim_start_matches("http://heroes.test")
        .to_owned();
    let forged = app
        .post_form(
            &format!("{path}0"),
            &[("List-Unsubscribe", "One-Click")],
            None,
        )
        .await;
    assert!(!forged.body.contains("no more mail"));
    let shown = app.get(&path).await;
    assert_eq!(shown.status, StatusCode::OK);
    let left = app
        .post_form(&path, &[("List-Unsubscribe", "One-Click")], None)
        .await;
    assert_eq!(left.status, StatusCode::OK);
    assert!(left.body.contains("no more mail"), "{}", left.body);

    // Two leaders' mails at once: only one fits in the week's limit (two a week).
    let requests = (0..2)
        .map(|i| {
            Request::post(&mail_path)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", &leader_cookie)
                .body(Body::from(format!(
                    "subject=Reminder+{i}&body=Tomorrow+at+seven%2C+see+you."
                )))
                .unwrap()
        })
        .collect();
    let statuses = app.statuses_at_once(requests).await;
    assert_eq!(
        statuses,
        [StatusCode::SEE_OTHER, StatusCode::TOO_MANY_REQUESTS]
    );
    let limited = app
        .post_form(
            &mail_path,
            &[
                ("subject", "Once more"),
                ("body", "Really, see you tomorrow."),
            ],
            Some(&leader_cookie),
        )
        .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        limited.body.contains("2 mails every 7 days"),
        "{}",
        limited.body
    );
    assert!(limited.body.contains("Really, see you tomorrow."));

    // Ada, who unsubscribed, got the first mail only; the others got two.
    assert_eq!(mails_to(&app, "ada@example.org").await, 1);
    assert_eq!(mails_to(&app, "bola@example.org").await, 2);
    assert_eq!(mails_to(&app, "chidi@example.org").await, 2);
    // An admin may mail any group too (and is refused by the same limit).
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let admin_cookie = app.session(admin).await;
    assert_eq!(
        app.get_as(&mail_path, &admin_cookie).await.status,
        StatusCode::OK
    );
}
