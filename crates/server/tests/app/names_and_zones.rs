//! Issue 18, part B: names found by their Latin spelling (SQL and the in-memory index), the
//! Latin spelling edited and checked, and times shown in the reader's zone.

use crate::helpers::{TestApp, hero};
use axum::http::StatusCode;
use heroes_domain::search::query_terms;
use heroes_store::directory::DirectoryIndex;
use heroes_store::heroes::{self, DirectoryQuery, StatusFilter};
use std::time::Duration;

/// Heroes whose names are stored in their own scripts, and one in Latin letters.
async fn heroes_in_many_scripts(app: &TestApp) -> Vec<(&'static str, String)> {
    let mut made = Vec::new();
    for (name, latin, country) in [
        ("山田太郎", "Yamada Tarō", "JP"),
        ("中村 花子", "Nakamura Hanako", "JP"),
        ("Олена Ткаченко", "", "UA"),
        ("अनन्या मुखर्जी", "Ananya Mukherjee", "IN"),
        ("Ana Souza", "", "BR"),
    ] {
        let slug = hero(name)
            .latin_name(latin)
            .place("", country)
            .timezone("")
            .create(app)
            .await;
        made.push((name, slug));
    }
    made
}

/// The slugs the SQL and the in-memory index find for `text`, which must agree.
async fn found(app: &TestApp, text: &str) -> Vec<String> {
    let query = DirectoryQuery {
        terms: query_terms(text),
        status: StatusFilter::All,
        limit: 50,
        ..Default::default()
    };
    let slugs = |page: heroes::DirectoryPage| -> Vec<String> {
        page.heroes.into_iter().map(|h| h.slug).collect()
    };
    let sql = slugs(heroes::directory(app.db(), &query).await.unwrap());
    let index = DirectoryIndex::new(Duration::ZERO);
    let memory = slugs(index.directory(app.db(), &query).await.unwrap());
    assert_eq!(memory, sql, "the index and the SQL disagree on {text:?}");
    sql
}

#[tokio::test]
async fn a_latin_spelling_finds_a_name_written_in_another_script() {
    let app = TestApp::new().await;
    let made = heroes_in_many_scripts(&app).await;
    let slug_of = |name: &str| made.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    for (typed, name) in [
        // The spelling the hero gave (Han has no one reading).
        ("Yamada", "山田太郎"),
        ("yamada taro", "山田太郎"),
        ("Nakamura", "中村 花子"),
        ("nakam", "中村 花子"),
        ("Mukherjee", "अनन्या मुखर्जी"),
        // The library's transliteration, with no spelling given.
        ("Tkachenko", "Олена Ткаченко"),
        ("Olena", "Олена Ткаченко"),
        // The name as written still finds it.
        ("Ткаченко", "Олена Ткаченко"),
        ("山田太郎", "山田太郎"),
    ] {
        assert_eq!(found(&app, typed).await, [slug_of(name)], "{typed:?}");
    }
    // A Latin spelling belongs to its hero only.
    assert!(found(&app, "Yamada Souza").await.is_empty());

    // Through the router: the page (its index) and the API.
    let page = app.get("/heroes?q=Tkachenko").await;
    assert!(
        page.body
            .contains(&format!("/heroes/{}", slug_of("Олена Ткаченко")))
    );
    let api = app.get("/api/v1/heroes?q=Yamada").await.json();
    assert_eq!(api["total"], 1);
    assert_eq!(api["heroes"][0]["name"], "山田太郎");
    assert_eq!(api["heroes"][0]["latin_name"], "Yamada Tarō");
    // The card and the profile show the spelling under the name.
    assert!(
        app.get("/heroes?q=Yamada")
            .await
            .body
            .contains("Yamada Tarō")
    );
    let profile = app.get(&format!("/heroes/{}", slug_of("山田太郎"))).await;
    assert!(
        profile
            .body
            .contains(r#"<p class="latin-name" lang="und-Latn">Yamada Tarō</p>"#)
    );
}

#[tokio::test]
async fn a_hero_gives_the_latin_spelling_and_it_is_checked_like_the_name() {
    let app = TestApp::new().await;
    let slug = hero("山田太郎").create(&app).await;
    let id = app.account("yamada@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;
    let editor = app.get_as("/account/profile", &cookie).await;
    assert!(editor.body.contains(r#"name="latin_name""#));
    assert!(editor.body.contains("latin_name-hint"));

    let form = |latin: &str| {
        vec![
            ("display_name".to_owned(), "山田太郎".to_owned()),
            ("latin_name".to_owned(), latin.to_owned()),
            ("country".to_owned(), "JP".to_owned()),
            ("timezone".to_owned(), "Asia/Tokyo".to_owned()),
            ("languages".to_owned(), "ja".to_owned()),
        ]
    };
    let post = |fields: Vec<(String, String)>| {
        let cookie = cookie.clone();
        let app = &app;
        async move {
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            app.post_form("/account/profile", &fields, Some(&cookie))
                .await
        }
    };
    let too_long = "Y".repeat(201);
    for bad in ["Yamada \u{FFFE}", "Yamada \u{FDD0}", too_long.as_str()] {
        let refused = post(form(bad)).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad:?}");
        assert!(refused.body.contains(r#"id="latin_name-error""#), "{bad:?}");
        // What was typed comes back (escaped), so nothing is lost.
        assert!(
            refused.body.contains("Yamada") || bad == too_long,
            "{bad:?}"
        );
        assert!(found(&app, "Yamada").await.is_empty());
    }
    // A NUL never reaches the handler: the request is refused whole.
    let nul = post(form("Yamada\0")).await;
    assert_eq!(nul.status, StatusCode::BAD_REQUEST);

    let saved = post(form(" Yamada Tarō ")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(found(&app, "Yamada").await, std::slice::from_ref(&slug));
    let own = app.get("/api/v1/heroes?q=tar%C5%8D").await.json();
    assert_eq!(own["heroes"][0]["latin_name"], "Yamada Tarō");

    // Cleared, the name is found by its characters only.
    let cleared = post(form("")).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER);
    assert!(found(&app, "Yamada").await.is_empty());
    assert_eq!(found(&app, "山田太郎").await, [slug]);
}

/// The "local time" line of a profile page.
fn local_time_line(body: &str) -> String {
    let start = body
        .find("Local time</dt><dd>")
        .unwrap_or_else(|| panic!("no local time in {body}"));
    let rest = &body[start + "Local time</dt><dd>".len()..];
    rest[..rest.find("</dd>").unwrap()].to_owned()
}

#[tokio::test]
async fn times_are_shown_in_the_readers_zone_and_name_it() {
    let app = TestApp::new().await;
    // Zones without daylight saving, so the abbreviations do not depend on the date.
    let slug = hero("Hana Sato")
        .place("Tokyo", "JP")
        .timezone("Asia/Tokyo")
        .create(&app)
        .await;
    let profile = format!("/heroes/{slug}");

    // A visitor whose browser said nothing: the hero's time, and UTC, named.
    let visitor = local_time_line(&app.get(&profile).await.body);
    assert!(visitor.contains("JST · "), "{visitor}");
    assert!(visitor.ends_with(" UTC"), "{visitor}");
    assert!(!visitor.contains("for you"), "{visitor}");

    // The browser's zone from the cookie the script writes.
    let kolkata = app
        .get_with(&profile, &[("cookie", "tz=Asia/Kolkata")])
        .await;
    let line = local_time_line(&kolkata.body);
    assert!(
        line.contains("JST · ") && line.ends_with("IST for you"),
        "{line}"
    );
    // Cached per zone: neither answer is served to the other.
    let again = local_time_line(&app.get(&profile).await.body);
    assert!(!again.contains("for you"), "{again}");
    let other = app
        .get_with(&profile, &[("cookie", "tz=America/Sao_Paulo")])
        .await;
    assert!(local_time_line(&other.body).ends_with("-03 for you"));
    // A zone the database does not know is ignored: UTC, as for no cookie.
    let junk = app
        .get_with(&profile, &[("cookie", "tz=Mars/Olympus")])
        .await;
    assert!(local_time_line(&junk.body).ends_with(" UTC"));
    // The same zone as the hero's needs no second time.
    let tokyo = app.get_with(&profile, &[("cookie", "tz=Asia/Tokyo")]).await;
    let same = local_time_line(&tokyo.body);
    assert!(same.ends_with("JST") && !same.contains(" · "), "{same}");
    // The script that writes the cookie is served from our own origin (the CSP has no inline).
    assert!(
        kolkata
            .body
            .contains(r#"<script src="/assets/timezone.js" defer></script>"#)
    );
    let script = app.get("/assets/timezone.js").await;
    assert_eq!(script.status, StatusCode::OK);
    assert!(script.body.contains("resolvedOptions().timeZone"));
}

#[tokio::test]
async fn a_members_own_zone_wins_over_the_browsers() {
    let app = TestApp::new().await;
    let slug = hero("Hana Sato")
        .place("Tokyo", "JP")
        .timezone("Asia/Tokyo")
        .create(&app)
        .await;
    let profile = format!("/heroes/{slug}");
    let id = app.account("member@example.org", &[], None).await;
    let session = app.session(id).await;
    let cookie = format!("{session}; tz=America/Sao_Paulo");

    // No setting yet: the browser's zone.
    let before = app.get_as(&profile, &cookie).await;
    assert!(local_time_line(&before.body).ends_with("-03 for you"));

    let page = app.get_as("/account/time-zone", &session).await;
    assert_eq!(page.status, StatusCode::OK);
    let refused = app
        .post_form(
            "/account/time-zone",
            &[("time_zone", "Mars/Olympus")],
            Some(&session),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(r#"id="time_zone-error""#));

    let saved = app
        .post_form(
            "/account/time-zone",
            &[("time_zone", "Asia/Kolkata")],
            Some(&session),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app.get_as("/account/time-zone?saved=1", &session).await;
    assert!(
        page.body
            .contains(r#"<option value="Asia/Kolkata" selected>"#)
    );
    assert!(
        page.body.contains(" IST."),
        "the time now, in the chosen zone"
    );
    let after = app.get_as(&profile, &cookie).await;
    assert!(local_time_line(&after.body).ends_with("IST for you"));

    // Back to no choice: the browser's zone again.
    app.post_form("/account/time-zone", &[("time_zone", "")], Some(&session))
        .await;
    let reset = app.get_as(&profile, &cookie).await;
    assert!(local_time_line(&reset.body).ends_with("-03 for you"));
}

#[tokio::test]
async fn a_hero_without_a_setting_reads_times_in_their_profiles_zone() {
    let app = TestApp::new().await;
    let other = hero("Hana Sato")
        .place("Tokyo", "JP")
        .timezone("Asia/Tokyo")
        .create(&app)
        .await;
    let me = hero("Priya Nair")
        .place("Kochi", "IN")
        .timezone("Asia/Kolkata")
        .create(&app)
        .await;
    let id = app.account("priya@example.org", &[], Some(&me)).await;
    let session = app.session(id).await;
    let seen = app.get_as(&format!("/heroes/{other}"), &session).await;
    assert!(local_time_line(&seen.body).ends_with("IST for you"));
}

/// Countries and time-zone cities are named in the reader's language (CLDR's words, not the
/// domain's English table), and menus of them sorted as that language reads them.
#[tokio::test]
async fn countries_and_zone_cities_are_named_in_the_readers_language() {
    let app = TestApp::new().await;
    let slug = hero("Ana Souza")
        .place("Berlin", "DE")
        .timezone("Asia/Tokyo")
        .create(&app)
        .await;
    let page = |path: String, lang: &'static str| {
        let app = &app;
        async move {
            let page = app.get_with(&path, &[("accept-language", lang)]).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            page.body
        }
    };
    // The directory's card and country menu, and the profile with the hero's zone.
    let directory = page("/heroes".to_owned(), "de").await;
    assert!(directory.contains("Berlin, Deutschland"), "{directory}");
    assert!(!directory.contains(">Germany<"));
    let profile = page(format!("/heroes/{slug}"), "ja").await;
    assert!(profile.contains("Berlin, ドイツ"), "{profile}");
    assert!(profile.contains("東京"), "the hero's zone by its city");
    let profile = page(format!("/heroes/{slug}"), "ar").await;
    assert!(profile.contains("ألمانيا"));
    // The groups' country menu, in the reader's order: Ägypten sorts with the A's in German,
    // Egypt after Albania in English.
    let groups = page("/groups".to_owned(), "de").await;
    let at = |body: &str, word: &str| {
        body.find(&format!(">{word}</option>"))
            .unwrap_or_else(|| panic!("{word} is offered"))
    };
    assert!(at(&groups, "Ägypten") < at(&groups, "Albanien"));
    let groups = page("/groups".to_owned(), "en").await;
    assert!(at(&groups, "Albania") < at(&groups, "Egypt"));

    // The account's time-zone menu: regions and cities in the reader's words.
    let id = app.account("ana@example.org", &[], None).await;
    heroes_store::accounts::set_language(app.db(), id, "ja")
        .await
        .unwrap();
    let menu = app
        .get_as("/account/time-zone", &app.session(id).await)
        .await;
    assert_eq!(menu.status, StatusCode::OK);
    assert!(
        menu.body.contains(r#"<optgroup label="アジア">"#),
        "{}",
        menu.body
    );
    assert!(
        menu.body
            .contains(r#"<option value="Asia/Tokyo">東京</option>"#)
    );
    assert!(
        menu.body
            .contains(r#"<option value="Europe/Berlin">ベルリン</option>"#)
    );
}
