//! Languages through the router: which language a page is in (the account's setting, else the
//! switcher's cookie, else `Accept-Language`), the switcher without JavaScript, mail in its
//! recipient's language, and the pseudo-language run that finds text which never went through
//! the catalog. Expected words are read from the catalogs at test time (`I18n::for_language`),
//! never written here, so the tests hold whatever the translators wrote.

use crate::fixtures::{NINA, Program, today};
use crate::helpers::{TestApp, TestResponse, hero};
use chrono::Days;
use heroes_domain::account::Role;
use heroes_server::i18n::I18n;
use heroes_store::accounts;

/// The `lang` and `dir` of a page's `<html>`.
fn html_lang(page: &TestResponse) -> (String, String) {
    let start = page.body.find("<html").expect("an html element");
    let tag = &page.body[start..start + page.body[start..].find('>').unwrap()];
    let attribute = |name: &str| {
        tag.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_owned()
    };
    (attribute("lang"), attribute("dir"))
}

/// A page's `<h1>` text as the catalog of `lang` writes `id`.
fn heading(lang: &str, id: &str) -> String {
    I18n::for_language(lang).t(id)
}

#[tokio::test]
async fn the_account_comes_before_the_cookie_which_comes_before_the_browser() {
    let app = TestApp::new().await;
    hero("Ana Nunes").create(&app).await;

    // A visitor: the browser's header, by weight.
    let page = app
        .get_with(
            "/heroes",
            &[("accept-language", "fr;q=0.4, ja;q=0.9, *;q=0.1")],
        )
        .await;
    assert_eq!(html_lang(&page), ("ja".to_owned(), "ltr".to_owned()));
    // The cookie wins over the header.
    let page = app
        .get_with(
            "/heroes",
            &[("accept-language", "ja"), ("cookie", "lang=ar")],
        )
        .await;
    assert_eq!(html_lang(&page), ("ar".to_owned(), "rtl".to_owned()));
    assert!(page.body.contains(&heading("ar", "directory-title")));
    // A cookie naming no catalog is passed over for the header.
    let page = app
        .get_with(
            "/heroes",
            &[("accept-language", "de"), ("cookie", "lang=xx")],
        )
        .await;
    assert_eq!(html_lang(&page).0, "de");
    // `pt` reaches the Brazilian catalog.
    let page = app.get_with("/heroes", &[("accept-language", "pt")]).await;
    assert_eq!(html_lang(&page).0, "pt-BR");

    // A signed-in account with a language: it wins over both.
    let id = app.account("fumiko@example.org", &[], None).await;
    let session = app.session(id).await;
    let saved = app
        .post_form("/account/language", &[("language", "fr")], Some(&session))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let cookies = format!("{session}; lang=ja");
    let page = app
        .get_with(
            "/heroes",
            &[("accept-language", "de"), ("cookie", &cookies)],
        )
        .await;
    assert_eq!(html_lang(&page).0, "fr");
    // Back to "follow the browser": the cookie decides again.
    app.post_form("/account/language", &[("language", "")], Some(&session))
        .await;
    let page = app
        .get_with(
            "/heroes",
            &[("accept-language", "de"), ("cookie", &cookies)],
        )
        .await;
    assert_eq!(html_lang(&page).0, "ja");
    // A language no catalog serves is refused on the form, with the reason in the page's
    // language, and nothing is stored.
    let refused = app
        .post_form("/account/language", &[("language", "tlh")], Some(&cookies))
        .await;
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .body
            .contains(&I18n::for_language("ja").t("account-language-unknown"))
    );
    let user = accounts::by_id(app.db(), id).await.unwrap().unwrap();
    assert_eq!(user.language, "");
}

/// Each of the seven languages, asked for by a browser, gets its `<html lang dir>` and its
/// catalog's words.
#[tokio::test]
async fn every_language_is_served_to_the_browser_that_asks_for_it() {
    let app = TestApp::new().await;
    for (asked, lang, dir) in [
        ("en-GB,en;q=0.8", "en-US", "ltr"),
        ("de-AT, de;q=0.9", "de", "ltr"),
        ("fr-CA", "fr", "ltr"),
        ("es-MX,es;q=0.9", "es", "ltr"),
        ("pt-BR,pt;q=0.9", "pt-BR", "ltr"),
        ("ja-JP", "ja", "ltr"),
        ("ar-EG,ar;q=0.9", "ar", "rtl"),
    ] {
        let page = app.get_with("/heroes", &[("accept-language", asked)]).await;
        assert_eq!(
            html_lang(&page),
            (lang.to_owned(), dir.to_owned()),
            "{asked}"
        );
        assert!(
            page.body.contains(&heading(lang, "directory-title")),
            "{asked}"
        );
    }
}

#[tokio::test]
async fn the_switcher_works_without_javascript_and_returns_to_the_page() {
    let app = TestApp::new().await;
    hero("Ana Nunes").create(&app).await;
    // Every page's header carries the form, naming each language in its own words.
    let page = app.get("/heroes?page=1").await;
    assert!(page.body.contains(r#"action="/language""#), "{}", page.body);
    assert!(page.body.contains(r#"name="back" value="/heroes?page=1""#));
    assert!(page.body.contains(">日本語<") && page.body.contains(">العربية<"));

    // `?lang=` is not carried back: it would outrank the new choice.
    let page = app.get("/heroes?lang=de&page=1").await;
    assert!(page.body.contains(r#"name="back" value="/heroes?page=1""#));

    // A visitor: a cookie, and back to the same page.
    let switched = app
        .post_form(
            "/language",
            &[("lang", "ja"), ("back", "/heroes?page=1")],
            None,
        )
        .await;
    assert_eq!(switched.status, 303);
    assert_eq!(switched.header("location"), Some("/heroes?page=1"));
    let cookie = switched.header("set-cookie").unwrap();
    assert!(cookie.starts_with("lang=ja;"), "{cookie}");
    let page = app
        .get_with("/heroes?page=1", &[("cookie", "lang=ja")])
        .await;
    assert_eq!(html_lang(&page).0, "ja");
    assert!(page.body.contains(&heading("ja", "directory-title")));

    // Never back to another site.
    for away in [
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
    ] {
        let switched = app
            .post_form("/language", &[("lang", "de"), ("back", away)], None)
            .await;
        assert_eq!(switched.header("location"), Some("/"), "{away}");
    }
    // A tag no catalog serves: a clear page, no cookie.
    let refused = app
        .post_form("/language", &[("lang", "xx-YY"), ("back", "/heroes")], None)
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.header("set-cookie").is_none());

    // Signed in: the account keeps the choice too, so mail follows it.
    let id = app.account("omar@example.org", &[], None).await;
    let session = app.session(id).await;
    let switched = app
        .post_form(
            "/language",
            &[("lang", "ar"), ("back", "/account")],
            Some(&session),
        )
        .await;
    assert_eq!(switched.header("location"), Some("/account"));
    let user = accounts::by_id(app.db(), id).await.unwrap().unwrap();
    assert_eq!(user.language, "ar");
    let account = app.get_as("/account", &session).await;
    assert_eq!(html_lang(&account), ("ar".to_owned(), "rtl".to_owned()));
}

#[tokio::test]
async fn cached_pages_are_kept_per_language() {
    let app = TestApp::new().await;
    hero("Ana Nunes").create(&app).await;
    for (lang, expected) in [("de", "de"), ("fr", "fr"), ("de", "de"), ("ja", "ja")] {
        let page = app.get_with("/heroes", &[("accept-language", lang)]).await;
        assert_eq!(html_lang(&page).0, expected);
        assert!(page.body.contains(&heading(expected, "directory-title")));
    }
}

/// An admin reading German decides on a nominee whose account reads French, nominated by a
/// member who reads Japanese: each mail is in its recipient's language.
#[tokio::test]
async fn a_mail_is_in_its_recipients_language_not_the_senders() {
    let app = TestApp::new().await;
    let admin_id = app.account("admin@example.org", &[Role::Admin], None).await;
    let admin = app.session(admin_id).await;
    let mo_id = app.account("mo@example.org", &[], None).await;
    let mo = app.session(mo_id).await;
    let nina_id = app.account("nina@example.org", &[], None).await;
    let nina = app.session(nina_id).await;
    for (session, lang) in [(&admin, "de"), (&mo, "ja"), (&nina, "fr")] {
        let set = app
            .post_form("/language", &[("lang", lang), ("back", "/")], Some(session))
            .await;
        assert_eq!(set.status, 303);
    }

    let program = Program::with_admin(&app, &admin);
    program
        .cycle("Now")
        .closes_in(20)
        .specializations(&["serverless"])
        .open()
        .await;
    // The member nominates from a page in Japanese…
    let candidacy = program.nomination(&mo, "nina@example.org").submit().await;
    let c = heroes_store::selection::of_nominee(app.db(), nina_id, "nina@example.org")
        .await
        .unwrap()
        .remove(0);
    let fr = I18n::for_language("fr");
    let ja = I18n::for_language("ja");
    let de = I18n::for_language("de");
    // …and the nominee reads of it in French.
    let mail = app.last_mail_to("nina@example.org").await;
    assert_eq!(mail.language, "fr");
    assert_eq!(
        mail.subject,
        fr.t1(
            "mail-nominated-subject",
            "specialization",
            &c.specialization_name
        )
    );
    assert!(mail.body_html.contains(r#"<html lang="fr" dir="ltr">"#));
    let receipt = app.last_mail_to("mo@example.org").await;
    assert_eq!(receipt.language, "ja");
    assert_eq!(
        receipt.subject,
        ja.t1("mail-nomination-received-subject", "name", "Nina Petrova")
    );

    let answer = [NINA.as_slice(), &[("bio", "I write about cold starts.")]].concat();
    candidacy.accepted(&nina, &answer).await;
    candidacy.accept_for(today() + Days::new(30)).await;
    // The admin's page is German…
    let file = app
        .get_as(&format!("/admin/candidacies/{}", c.id), &admin)
        .await;
    assert_eq!(html_lang(&file).0, "de");
    // …the nominee's mail French, the nominator's Japanese.
    let mail = app.last_mail_to("nina@example.org").await;
    assert_eq!(mail.language, "fr");
    assert_eq!(
        mail.subject,
        fr.t1(
            "mail-decided-nominee-subject",
            "specialization",
            &c.specialization_name
        )
    );
    assert_ne!(
        mail.subject,
        de.t1(
            "mail-decided-nominee-subject",
            "specialization",
            &c.specialization_name
        )
    );
    assert!(mail.body_text.contains(&fr.t("mail-footer-program")));
    assert!(mail.body_html.contains(r#"<html lang="fr" dir="ltr">"#));
    let told = app.last_mail_to("mo@example.org").await;
    assert_eq!(told.language, "ja");
    assert_eq!(
        told.subject,
        ja.t1("mail-decided-subject", "name", "Nina Petrova")
    );
}

/// The letters of text outside the pseudo-language's brackets, once the page's own data
/// (`data`: names and words the test typed, which are not the catalog's) is taken out.
fn untranslated(html: &str, data: &[&str]) -> Vec<String> {
    let mut html = html.to_owned();
    for (open, close) in [
        ("<script", "</script>"),
        ("<style", "</style>"),
        ("<!--", "-->"),
    ] {
        while let Some(start) = html.find(open) {
            let end = html[start..]
                .find(close)
                .map_or(html.len(), |e| start + e + close.len());
            html.replace_range(start..end, " ");
        }
    }
    let mut texts: Vec<String> = Vec::new();
    let mut rest = html.as_str();
    while let Some(lt) = rest.find('<') {
        texts.push(rest[..lt].to_owned());
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt..lt + gt];
        // Words a person reads or hears in attributes.
        for attribute in ["placeholder", "aria-label", "title", "alt"] {
            if let Some(value) = tag.split(&format!(" {attribute}=\"")).nth(1) {
                texts.push(value.split('"').next().unwrap_or_default().to_owned());
            }
        }
        rest = &rest[lt + gt + 1..];
    }
    texts.push(rest.to_owned());
    let mut data: Vec<&str> = data.to_vec();
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let mut found = Vec::new();
    for text in texts {
        let text = text
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'");
        // Take out what the catalog wrote: everything in brackets.
        let mut outside = String::new();
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                c if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        for d in &data {
            outside = outside.replace(d, " ");
        }
        let left: Vec<&str> = outside
            .split_whitespace()
            // Addresses, paths, numbers and dates are data in every language.
            .filter(|w| !(w.contains("://") || w.starts_with('/') || w.contains('@')))
            // `(UTC+01:00)`: an offset (with the zone's abbreviation, data too).
            .filter(|w| !w.starts_with("(UTC"))
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        if !left.is_empty() {
            found.push(left.join(" "));
        }
    }
    found
}

/// Every main page rendered in the pseudo-language: any letters outside its brackets did not
/// come from the catalog.
#[tokio::test]
async fn the_pseudo_language_finds_no_text_outside_the_catalog() {
    let app = TestApp::new().await;
    let slug = hero("Ana Nunes")
        .headline("Cloud architect")
        .company("Acme")
        .place("Berlin", "DE")
        .create(&app)
        .await;
    let hero_id = app.account("ana@example.org", &[], Some(&slug)).await;
    let ana = app.session(hero_id).await;
    let admin_id = app.account("admin@example.org", &[Role::Admin], None).await;
    let admin = app.session(admin_id).await;
    let specializations: Vec<String> = heroes_store::specializations::list(app.db(), true)
        .await
        .unwrap()
        .into_iter()
        .flat_map(|s| [s.name, s.description])
        .collect();
    let mut data: Vec<&str> = vec![
        "Ana Nunes",
        "Cloud architect",
        "Acme",
        "Berlin",
        "Writes about",
        "cloud",
        "Test Person",
        "★",
    ];
    data.extend(specializations.iter().map(String::as_str));
    // Initials on the avatars of people without a photo.
    data.extend(["AN", "TP"]);
    // A time's zone abbreviation is data in every language.
    data.push("UTC");
    // The languages a hero speaks are named in their own words, on purpose, like the switcher.
    let spoken: Vec<String> = ('a'..='z')
        .flat_map(|a| ('a'..='z').map(move |b| format!("{a}{b}")))
        .filter_map(|code| {
            let name = heroes_domain::hero::language_name(&code);
            (name != code).then_some(name)
        })
        .collect();
    data.extend(spoken.iter().map(String::as_str));
    // The switcher names each language in its own words, on purpose.
    data.extend(heroes_server::i18n::AUTONYMS.iter().map(|(_, name)| *name));

    let pages: Vec<(&str, Option<&str>)> = vec![
        ("/heroes", None),
        (Box::leak(format!("/heroes/{slug}").into_boxed_str()), None),
        ("/login", None),
        ("/signup", None),
        ("/account", Some(&ana)),
        ("/account/profile", Some(&ana)),
        ("/admin", Some(&admin)),
        ("/admin/candidacies", Some(&admin)),
        ("/admin/cycles", Some(&admin)),
    ];
    let mut failures = Vec::new();
    for (path, session) in pages {
        let cookie = match session {
            Some(s) => format!("{s}; lang=en-XA"),
            None => "lang=en-XA".to_owned(),
        };
        let page = app.get_with(path, &[("cookie", &cookie)]).await;
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        assert_eq!(html_lang(&page).0, "en-XA", "{path}");
        for text in untranslated(&page.body, &data) {
            failures.push(format!("{path}: {text}"));
        }
    }
    assert!(
        failures.is_empty(),
        "text outside the catalog:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_scan_sees_text_outside_brackets() {
    let page = r#"<p>[Ĥéļļö]</p><p title="Close">[x]</p><p>Ana Nunes</p><p>Oops</p>"#;
    assert_eq!(untranslated(page, &["Ana Nunes"]), vec!["Close", "Oops"]);
}
