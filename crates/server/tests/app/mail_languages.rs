//! Every feature's mail in its recipient's language (issue 18): the person whose click causes
//! a mail reads one language, the person it goes to another, and the outbox row is written in
//! the recipient's — its `language`, its subject and its body. Expected words are read from
//! the catalogs (`I18n::for_language`), so the tests hold whatever the translators wrote.

use crate::helpers::{TestApp, hero, run_jobs};
use axum::http::StatusCode;
use heroes_domain::account::Role;
use heroes_server::i18n::I18n;
use heroes_store::accounts;
use heroes_store::{digest, outbox};

/// Sets the language `user_id`'s account reads.
async fn reads(app: &TestApp, user_id: i64, language: &str) {
    accounts::set_language(app.db(), user_id, language)
        .await
        .unwrap();
}

/// The newest mail to `to`, checked to be written in `lang`: its `language` and the `<html
/// lang dir>` of its HTML part.
async fn mail_in(app: &TestApp, to: &str, lang: &str) -> outbox::StoredMail {
    let mail = app.last_mail_to(to).await;
    let i18n = I18n::for_language(lang);
    assert_eq!(mail.language, lang, "{to}: {}", mail.subject);
    assert!(
        mail.body_html
            .contains(&format!(r#"<html lang="{lang}" dir="{}">"#, i18n.dir())),
        "{to}: {}",
        mail.body_html
    );
    mail
}

/// The newest notice to `to`, checked to be written in `lang` (see [`mail_in`]), the
/// catalog's program footer in its text.
async fn notice_in(app: &TestApp, to: &str, lang: &str) -> outbox::StoredMail {
    let mail = mail_in(app, to, lang).await;
    let i18n = I18n::for_language(lang);
    assert!(
        mail.body_text.contains(&i18n.t("mail-footer-program")),
        "{to}: {}",
        mail.body_text
    );
    mail
}

/// Feedback: a hero reading German files an item for an area whose owner reads French; the
/// owner's answer reaches the hero in German.
#[tokio::test]
async fn feedback_mail_follows_each_recipient() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_id = app.account("ana@example.org", &[], Some(&ana)).await;
    let sam_id = app.account("sam@example.org", &[Role::Staff], None).await;
    reads(&app, ana_id, "de").await;
    reads(&app, sam_id, "fr").await;
    let area = crate::feedback::area(&app, "Lambda", &["sam@example.org"]).await;

    let filed = app
        .post_form(
            "/feedback",
            &[
                ("area", &area.to_string()),
                ("title", "Cold starts double"),
                ("kind", "bug"),
                ("body", "Deploy, call, wait."),
                ("impact", "Every demo."),
                ("links", ""),
            ],
            Some(&app.session(ana_id).await),
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let fr = I18n::for_language("fr");
    let told = notice_in(&app, "sam@example.org", "fr").await;
    assert_eq!(
        told.subject,
        fr.t_args(
            "feedback-mail-filed-subject",
            &[
                ("area", "Lambda".to_owned()),
                ("title", "Cold starts double".to_owned())
            ]
        )
    );
    assert!(
        told.body_text
            .contains(&fr.t1("mail-greeting", "name", "Test Person"))
    );

    let id = heroes_store::feedback::filed_by(app.db(), ana_id)
        .await
        .unwrap()[0]
        .id;
    let answered = app
        .post_form(
            &format!("/staff/feedback/{id}/reply"),
            &[("message", "Merci, we can reproduce it.")],
            Some(&app.session(sam_id).await),
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let de = I18n::for_language("de");
    let told = notice_in(&app, "ana@example.org", "de").await;
    assert_eq!(
        told.subject,
        de.t1(
            "feedback-mail-answered-subject",
            "title",
            "Cold starts double"
        )
    );
}

/// Projects: a member reading Japanese asks to join a project whose owner reads German; the
/// owner's acceptance reaches the member in Japanese.
#[tokio::test]
async fn project_mail_follows_each_recipient() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_id = app.account("ana@example.org", &[], Some(&ana)).await;
    let mia_id = app.account("mia@example.org", &[], None).await;
    reads(&app, ana_id, "de").await;
    reads(&app, mia_id, "ja").await;
    let (slug, project) =
        crate::projects::started(&app, ana_id, "Patterns in Portuguese", "looking-for-help").await;

    let asked = app
        .post_form(
            &format!("/projects/{slug}/join"),
            &[("message", "I translate for a living.")],
            Some(&app.session(mia_id).await),
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let told = notice_in(&app, "ana@example.org", "de").await;
    assert_eq!(
        told.subject,
        I18n::for_language("de").t_args(
            "project-mail-asked-subject",
            &[
                ("name", "Test Person".to_owned()),
                ("project", "Patterns in Portuguese".to_owned())
            ]
        )
    );

    let request = heroes_store::projects::waiting_requests(app.db(), project)
        .await
        .unwrap()[0]
        .id;
    let accepted = app
        .post_form(
            &format!("/projects/{slug}/requests/{request}/accept"),
            &[],
            Some(&app.session(ana_id).await),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    let told = notice_in(&app, "mia@example.org", "ja").await;
    assert_eq!(
        told.subject,
        I18n::for_language("ja").t1(
            "project-mail-accepted-subject",
            "project",
            "Patterns in Portuguese"
        )
    );
}

/// Events: a member reading German gives up a seat; the member waiting, who reads Arabic, is
/// told in Arabic, right to left. An account that chose no language is written to in English.
#[tokio::test]
async fn a_freed_seat_is_announced_in_the_waiting_members_language() {
    let app = TestApp::new().await;
    let (_, event) = crate::events::group_with_event(&app, "Lagos Serverless", Some(1)).await;
    let path = format!("/events/{event}");
    let going = app.account("going@example.org", &[], None).await;
    let waiting = app.account("waiting@example.org", &[], None).await;
    let later = app.account("later@example.org", &[], None).await;
    reads(&app, going, "de").await;
    reads(&app, waiting, "ar").await;
    let going = app.session(going).await;
    let waiting = app.session(waiting).await;
    let later = app.session(later).await;
    for cookie in [&going, &waiting, &later] {
        let answer = app
            .post_form(&format!("{path}/rsvp"), &[], Some(cookie))
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
    }

    app.post_form(&format!("{path}/cancel"), &[], Some(&going))
        .await;
    let ar = I18n::for_language("ar");
    let told = notice_in(&app, "waiting@example.org", "ar").await;
    assert_eq!(
        told.subject,
        ar.t1("event-mail-promoted-subject", "event", "Serverless night")
    );
    // The Arabic reader cancels in turn: the next one waiting chose no language.
    app.post_form(&format!("{path}/cancel"), &[], Some(&waiting))
        .await;
    let told = notice_in(&app, "later@example.org", "en-US").await;
    assert_eq!(
        told.subject,
        I18n::for_language("").t1("event-mail-promoted-subject", "event", "Serverless night")
    );
}

/// The digest: one text for all, its title and frame in each subscriber's language, the month
/// named in that language's words (not chrono's English month names).
#[tokio::test]
async fn the_digest_title_is_written_per_recipient() {
    let app = TestApp::new().await;
    for (email, lang) in [
        ("fr@example.org", "fr"),
        ("ja@example.org", "ja"),
        ("en@example.org", ""),
    ] {
        let id = app.account(email, &[], None).await;
        reads(&app, id, lang).await;
        digest::set_member(app.db(), id, email, true).await.unwrap();
    }
    let id = digest::draft(app.db(), "2026-11", "stored", &digest::Content::default())
        .await
        .unwrap()
        .unwrap();
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    reads(&app, admin, "de").await;
    let sent = app
        .post_form(
            &format!("/admin/digests/{id}/send"),
            &[],
            Some(&app.session(admin).await),
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    run_jobs(app.db(), |_| {}).await;

    let fr = mail_in(&app, "fr@example.org", "fr").await;
    assert_eq!(
        fr.subject,
        I18n::for_language("fr").t1("digest-title-of", "month", "novembre 2026")
    );
    let ja = mail_in(&app, "ja@example.org", "ja").await;
    assert!(ja.subject.contains("2026年11月"), "{}", ja.subject);
    let en = mail_in(&app, "en@example.org", "en-US").await;
    assert_eq!(
        en.subject,
        I18n::for_language("").t1("digest-title-of", "month", "November 2026")
    );
    // The archive names it in its reader's language too.
    let page = app.get_with("/digest", &[("accept-language", "fr")]).await;
    assert!(page.body.contains("novembre 2026"), "{}", page.body);
}
