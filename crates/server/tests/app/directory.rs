//! The directory page: filters, facets, search, sorting, pagination and bad input.

use crate::helpers::{TestApp, contribution, hero};
use axum::http::StatusCode;

/// A small world: heroes in three regions and several specializations.
async fn world(app: &TestApp) {
    hero("José Núñez")
        .place("Madrid", "ES")
        .awards(&[("serverless", 2019)])
        .headline("Lambda at scale")
        .create(app)
        .await;
    hero("Anna Schmidt")
        .place("Berlin", "DE")
        .awards(&[("data", 2021), ("serverless", 2023)])
        .company("Nordlicht Data")
        .create(app)
        .await;
    hero("Kenji Tanaka")
        .place("Tokyo", "JP")
        .awards(&[("container", 2016)])
        .create(app)
        .await;
    hero("Maria Silva")
        .place("São Paulo", "BR")
        .awards(&[("security", 2020)])
        .create(app)
        .await;
    hero("Old Timer")
        .place("Austin", "US")
        .awards(&[("community", 2014)])
        .status("alumni")
        .create(app)
        .await;
    hero("Resting Hero")
        .place("Lyon", "FR")
        .awards(&[("data", 2018)])
        .status("on-leave")
        .create(app)
        .await;
}

fn names_in(body: &str) -> Vec<String> {
    body.split("class=\"hero-card-name\">")
        .skip(1)
        .filter_map(|s| s.split('<').next())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn default_view_lists_current_heroes_by_name_with_facets() {
    let app = TestApp::new().await;
    world(&app).await;
    let page = app.get("/heroes").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        names_in(&page.body),
        [
            "Anna Schmidt",
            "José Núñez",
            "Kenji Tanaka",
            "Maria Silva",
            "Resting Hero"
        ]
    );
    assert!(page.body.contains("Showing 1–5 of 5 heroes"));
    // Facet: serverless has two current heroes (José, Anna).
    assert!(
        page.body.contains(
            "value=\"serverless\"> <span>Serverless</span> <span class=\"count\">2</span>"
        )
    );
    assert!(page.body.contains("Hero since 2019"));
    assert!(page.body.contains("On leave"));
}

#[tokio::test]
async fn filters_combine_and_repeat() {
    let app = TestApp::new().await;
    world(&app).await;
    let by_spec = app.get("/heroes?specialization=serverless").await;
    assert_eq!(names_in(&by_spec.body), ["Anna Schmidt", "José Núñez"]);
    let two_countries = app.get("/heroes?country=de&country=JP").await;
    assert_eq!(
        names_in(&two_countries.body),
        ["Anna Schmidt", "Kenji Tanaka"]
    );
    let region = app.get("/heroes?region=emea&specialization=data").await;
    assert_eq!(names_in(&region.body), ["Anna Schmidt", "Resting Hero"]);
    let americas = app.get("/heroes?region=americas&status=all").await;
    assert_eq!(names_in(&americas.body), ["Maria Silva", "Old Timer"]);
    let alumni = app.get("/heroes?status=alumni").await;
    assert_eq!(names_in(&alumni.body), ["Old Timer"]);
    assert!(alumni.body.contains("mark-alumni"));
    let since = app.get("/heroes?since=2016&status=all").await;
    assert_eq!(names_in(&since.body), ["Kenji Tanaka"]);
    let newest = app.get("/heroes?sort=newest").await;
    assert_eq!(names_in(&newest.body)[0], "Anna Schmidt");
    assert_eq!(names_in(&newest.body).last().unwrap(), "Kenji Tanaka");
}

#[tokio::test]
async fn search_folds_accents_matches_prefixes_and_contribution_titles() {
    let app = TestApp::new().await;
    world(&app).await;
    contribution("kenji-tanaka", "Shipping multi-agent systems on EKS")
        .create(&app)
        .await;
    assert_eq!(
        names_in(&app.get("/heroes?q=jose+nunez").await.body),
        ["José Núñez"]
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=SAO").await.body),
        ["Maria Silva"]
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=nordl").await.body),
        ["Anna Schmidt"]
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=multi-agent").await.body),
        ["Kenji Tanaka"]
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=japan").await.body),
        ["Kenji Tanaka"]
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=lambda&specialization=data").await.body),
        Vec::<String>::new()
    );
}

#[tokio::test]
async fn private_contribution_titles_are_not_searchable() {
    let app = TestApp::new().await;
    world(&app).await;
    contribution("maria-silva", "Secretive zebra roadmap")
        .private()
        .create(&app)
        .await;
    assert!(names_in(&app.get("/heroes?q=zebra").await.body).is_empty());
}

#[tokio::test]
async fn anything_a_person_types_is_answered_without_error() {
    let app = TestApp::new().await;
    world(&app).await;
    let long = "a".repeat(5_000);
    for q in [
        "\"",
        "-",
        "*",
        "OR",
        "((",
        "serverl*",
        "\"unbalanced",
        "NEAR(",
        "a AND OR NOT",
        "🙂",
        "東京",
        "'; DROP TABLE heroes; --",
        "%",
        "_",
        "\\",
        long.as_str(),
    ] {
        let url = format!(
            "/heroes?q={}",
            form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
        );
        let page = app.get(&url).await;
        assert_eq!(page.status, StatusCode::OK, "q={q:?}");
        let api = app.get(&format!("/api/v1{}", &url)).await;
        assert_eq!(api.status, StatusCode::OK, "API q={q:?}: {}", api.body);
    }
    assert_eq!(
        names_in(&app.get("/heroes?q=serverl*").await.body),
        Vec::<String>::new()
    );
}

#[tokio::test]
async fn unknown_filter_values_are_dropped_and_explained() {
    let app = TestApp::new().await;
    world(&app).await;
    let page = app
        .get("/heroes?country=XX&specialization=astrology&region=mars&sort=random&page=zero")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(names_in(&page.body).len(), 5);
    for p in ["country", "specialization", "region", "sort", "page"] {
        assert!(
            page.body.contains(&format!("We ignored {p} =")),
            "no notice for {p}"
        );
    }
}

#[tokio::test]
async fn pages_past_the_end_offer_a_way_back() {
    let app = TestApp::new().await;
    world(&app).await;
    let page = app.get("/heroes?page=9").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(names_in(&page.body).is_empty());
    assert!(page.body.contains("This page is past the end"));
    assert!(page.body.contains("href=\"/heroes\""));
}

#[tokio::test]
async fn pagination_links_keep_the_filters() {
    let app = TestApp::new().await;
    for i in 0..30 {
        hero(&format!("Hero {i:02}"))
            .place("Oslo", "NO")
            .create(&app)
            .await;
    }
    let first = app.get("/heroes?country=NO").await;
    assert_eq!(names_in(&first.body).len(), 24);
    assert!(
        first
            .body
            .contains("href=\"/heroes?country=NO&#38;page=2\""),
        "{}",
        first.body
    );
    let second = app.get("/heroes?country=NO&page=2").await;
    assert_eq!(
        names_in(&second.body),
        [
            "Hero 24", "Hero 25", "Hero 26", "Hero 27", "Hero 28", "Hero 29"
        ]
    );
    assert!(second.body.contains("Showing 25–30 of 30 heroes"));
}

#[tokio::test]
async fn the_profile_shows_everything_safely() {
    let app = TestApp::new().await;
    let slug = hero("Zoë Ångström")
        .place("Stockholm", "SE")
        .bio("Hello **world** <script>alert(1)</script> [x](javascript:alert(1))")
        .link("blog", "https://zoe.dev")
        .awards(&[("security", 2017), ("devtools", 2022)])
        .create(&app)
        .await;
    contribution(&slug, "Threat modelling for humans")
        .create(&app)
        .await;
    contribution(&slug, "My private notes")
        .private()
        .create(&app)
        .await;
    let page = app.get(&format!("/heroes/{slug}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("<strong>world</strong>"));
    assert!(!body.contains("<script>alert"));
    assert!(!body.contains("javascript:"));
    assert!(body.contains("property=\"og:title\" content=\"Zoë Ångström\""));
    // The zone by its city, in the reader's language.
    assert!(body.contains("<dd>Berlin</dd>"));
    assert!(body.contains("Local time"));
    assert!(body.contains("since 2017") && body.contains("since 2022"));
    assert!(body.contains("Threat modelling for humans"));
    assert!(!body.contains("My private notes"));
    assert!(body.contains("https://zoe.dev"));
    assert_eq!(
        app.get("/heroes/nobody-here").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_profile_describes_the_hero_as_a_schema_org_person_that_cannot_break_out() {
    let app = TestApp::new().await;
    let slug = hero("Lin </script><script>alert(1)</script>")
        .headline("Serverless & events")
        .company("Acme <b>Corp</b>")
        .place("Lisbon", "PT")
        .link("blog", "https://lin.example/blog")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let page = app.get(&format!("/heroes/{slug}")).await;
    let body = &page.body;
    assert!(
        !body.contains("<script>alert"),
        "no markup from data reaches the page"
    );
    let start = body.find("<script type=\"application/ld+json\">").unwrap();
    let rest = &body[start + "<script type=\"application/ld+json\">".len()..];
    let json = &rest[..rest.find("</script>").unwrap()];
    let person: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(person["@type"], "Person");
    assert_eq!(person["name"], "Lin </script><script>alert(1)</script>");
    assert_eq!(person["jobTitle"], "Serverless & events");
    assert_eq!(person["worksFor"]["name"], "Acme <b>Corp</b>");
    assert_eq!(person["address"]["addressCountry"], "PT");
    assert_eq!(person["url"], format!("http://heroes.test/heroes/{slug}"));
    assert_eq!(person["sameAs"][0], "https://lin.example/blog");
    assert_eq!(person["knowsAbout"][0], "Serverless");
}

#[tokio::test]
async fn specialization_pages_list_their_heroes() {
    let app = TestApp::new().await;
    world(&app).await;
    let list = app.get("/specializations").await;
    assert!(list.body.contains("Machine Learning"));
    let data = app.get("/specializations/data").await;
    assert_eq!(data.status, StatusCode::OK);
    assert_eq!(names_in(&data.body), ["Anna Schmidt", "Resting Hero"]);
    assert_eq!(
        app.get("/specializations/astrology").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_content_stream_filters_by_specialization_and_kind() {
    let app = TestApp::new().await;
    world(&app).await;
    contribution("jose-nunez", "Cold starts measured")
        .create(&app)
        .await;
    contribution("anna-schmidt", "Lakehouse talk")
        .kind(heroes_domain::contribution::ContributionKind::Talk)
        .specialization(Some("data"))
        .date(2026, 4, 2)
        .create(&app)
        .await;
    contribution("anna-schmidt", "Hidden")
        .private()
        .create(&app)
        .await;
    let all = app.get("/contributions").await;
    assert!(all.body.contains("Cold starts measured") && all.body.contains("Lakehouse talk"));
    assert!(!all.body.contains("Hidden"));
    let talks = app.get("/contributions?kind=talk").await;
    assert!(talks.body.contains("Lakehouse talk") && !talks.body.contains("Cold starts"));
    let serverless = app.get("/contributions?specialization=serverless").await;
    assert!(serverless.body.contains("Cold starts") && !serverless.body.contains("Lakehouse"));
    let odd = app.get("/contributions?kind=tweet").await;
    assert!(odd.body.contains("We ignored kind ="));
}

#[tokio::test]
async fn names_and_search_work_in_any_script() {
    let app = TestApp::new().await;
    let tokyo = hero("山田太郎").place("東京", "JP").create(&app).await;
    hero("Дмитрий Иванов")
        .place("Алматы", "KZ")
        .create(&app)
        .await;
    hero("محمد العلي").place("Dubai", "AE").create(&app).await;
    assert_eq!(
        tokyo, "hero",
        "a name with no Latin letters still gets a usable slug"
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=山田").await.body),
        ["山田太郎"]
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=東京").await.body),
        ["山田太郎"]
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=ДМИТР").await.body),
        ["Дмитрий Иванов"]
    );
    assert_eq!(
        names_in(&app.get("/heroes?q=محمد").await.body),
        ["محمد العلي"]
    );
    let profile = app.get("/heroes/hero").await;
    assert!(profile.body.contains("<h1>山田太郎"));
}

/// The query a browser sends when the visitor types `q` into the directory's search box and
/// presses Search, every other control left as the page rendered it: ticked boxes, and each
/// menu's selected option (or its first).
fn form_query(body: &str, q: &str) -> String {
    let form = body
        .split("<form class=\"directory\"")
        .nth(1)
        .and_then(|f| f.split("</form>").next())
        .expect("the directory form");
    let attr = |tag: &str, name: &str| {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|v| v.split('"').next())
            .map(str::to_owned)
    };
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("q", q);
    for tag in form
        .split("<input")
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""))
    {
        if tag.contains("type=\"checkbox\"") && tag.contains(" checked") {
            out.append_pair(&attr(tag, "name").unwrap(), &attr(tag, "value").unwrap());
        }
    }
    for select in form.split("<select").skip(1) {
        let name = attr(select.split('>').next().unwrap(), "name").unwrap();
        let options: Vec<&str> = select
            .split("</select>")
            .next()
            .unwrap()
            .split("<option")
            .skip(1)
            .map(|o| o.split('>').next().unwrap())
            .collect();
        let chosen = options
            .iter()
            .find(|o| o.contains(" selected"))
            .or(options.first())
            .unwrap();
        out.append_pair(&name, &attr(chosen, "value").unwrap().replace("&#38;", "&"));
    }
    out.finish()
}

/// The text of the result count line.
fn result_count(body: &str) -> String {
    body.split("id=\"result-count\"")
        .nth(1)
        .and_then(|s| s.split_once('>'))
        .and_then(|(_, s)| s.split("</p>").next())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[tokio::test]
async fn a_search_typed_on_the_listing_puts_the_best_match_first() {
    let app = TestApp::new().await;
    hero("Aaron Able").place("Oslo", "NO").create(&app).await;
    contribution("aaron-able", "A note on kafka")
        .create(&app)
        .await;
    hero("Zed Kafka")
        .place("Prague", "CZ")
        .headline("Kafka streams at scale")
        .create(&app)
        .await;
    hero("Mia Middle").place("Rome", "IT").create(&app).await;

    // From the plain listing, the visitor types "kafka" and presses Search.
    let listing = app.get("/heroes").await;
    let search = app
        .get(&format!("/heroes?{}", form_query(&listing.body, "kafka")))
        .await;
    assert_eq!(search.status, StatusCode::OK);
    assert_eq!(names_in(&search.body), ["Zed Kafka", "Aaron Able"]);
    assert!(
        search
            .body
            .contains("<option value=\"\" selected>Best match</option>")
    );
    assert!(!search.body.contains("We ignored"), "{}", search.body);

    // An order the visitor chose is kept, also by the next search typed on that page.
    let by_name = app.get("/heroes?q=kafka&sort=name").await;
    assert_eq!(names_in(&by_name.body), ["Aaron Able", "Zed Kafka"]);
    let again = app
        .get(&format!("/heroes?{}", form_query(&by_name.body, "kafka")))
        .await;
    assert_eq!(names_in(&again.body), ["Aaron Able", "Zed Kafka"]);
    let listing_by_name = app.get("/heroes?sort=name").await;
    let from_it = app
        .get(&format!(
            "/heroes?{}",
            form_query(&listing_by_name.body, "kafka")
        ))
        .await;
    assert_eq!(names_in(&from_it.body), ["Aaron Able", "Zed Kafka"]);
}

#[tokio::test]
async fn a_search_that_finds_only_alumni_says_how_many_and_links_to_them() {
    let app = TestApp::new().await;
    world(&app).await;
    hero("Old Sage")
        .place("Quito", "EC")
        .awards(&[("data", 2015)])
        .status("alumni")
        .create(&app)
        .await;

    let two = app.get("/heroes?q=old").await;
    assert!(names_in(&two.body).is_empty());
    assert_eq!(
        result_count(&two.body),
        "No current hero matches, but 2 of our alumni do."
    );
    assert!(
        two.body
            .contains("href=\"/heroes?q=old&#38;status=alumni\">Show the 2 alumni</a>")
    );
    let shown = app.get("/heroes?q=old&status=alumni").await;
    assert_eq!(names_in(&shown.body), ["Old Sage", "Old Timer"]);

    let one = app.get("/heroes?q=timer").await;
    assert_eq!(
        result_count(&one.body),
        "No current hero matches, but one of our alumni does."
    );
    assert!(
        one.body
            .contains("href=\"/heroes?q=timer&#38;status=alumni\">Show the former hero</a>")
    );

    // The other way round, and filters are kept in the link.
    let current = app.get("/heroes?q=kenji&status=alumni&region=apj").await;
    assert_eq!(
        result_count(&current.body),
        "No alumni match, but one current hero does."
    );
    assert!(
        current
            .body
            .contains("href=\"/heroes?q=kenji&#38;region=apj\">Show the current hero</a>")
    );

    // Nobody anywhere: the plain answer.
    let nobody = app.get("/heroes?q=qzxvjkwpf").await;
    assert_eq!(result_count(&nobody.body), "No heroes match.");
    assert!(nobody.body.contains("No heroes match these filters"));
}

#[tokio::test]
async fn counts_follow_plural_rules() {
    let app = TestApp::new().await;
    world(&app).await;
    let one = app.get("/heroes?q=kenji").await;
    assert_eq!(result_count(&one.body), "Showing the one matching hero");
    let five = app.get("/heroes").await;
    assert_eq!(result_count(&five.body), "Showing 1–5 of 5 heroes");
    let past = app.get("/heroes?page=3").await;
    assert_eq!(result_count(&past.body), "5 heroes match.");
    let past_one = app.get("/heroes?q=kenji&page=2").await;
    assert_eq!(result_count(&past_one.body), "One hero matches.");

    // The folded filter panel says how many filters are chosen.
    assert!(five.body.contains("<summary>Filters</summary>"));
    let chosen_one = app.get("/heroes?specialization=data").await;
    assert!(
        chosen_one
            .body
            .contains("<summary>Filters · one chosen</summary>")
    );
    let chosen_two = app
        .get("/heroes?specialization=data&country=DE&q=anna")
        .await;
    assert!(
        chosen_two
            .body
            .contains("<summary>Filters · 2 chosen</summary>")
    );

    // Status choices carry their counts under the other filters.
    assert!(
        five.body
            .contains("<option value=\"alumni\">Alumni (1)</option>")
    );
    assert!(
        five.body
            .contains("<option value=\"active\" selected>Current heroes (5)</option>")
    );
}

#[tokio::test]
async fn countries_are_a_menu_and_several_stay_chosen() {
    let app = TestApp::new().await;
    world(&app).await;
    let page = app.get("/heroes").await;
    assert!(!page.body.contains("name=\"country\" value="));
    assert!(
        page.body
            .contains("<option value=\"\">Any country</option>")
    );
    assert!(
        page.body
            .contains("<option value=\"DE\">Germany (1)</option>")
    );
    // Picking one from the menu, the rest as rendered.
    let query = form_query(&page.body, "").replace("country=&", "country=DE&");
    let germany = app.get(&format!("/heroes?{query}")).await;
    assert_eq!(names_in(&germany.body), ["Anna Schmidt"]);
    assert!(!germany.body.contains("We ignored"));

    // Several countries (from a shared link) stay chosen, each can be unticked, and
    // resubmitting the form keeps them all.
    let two = app.get("/heroes?country=DE&country=JP").await;
    assert_eq!(names_in(&two.body), ["Anna Schmidt", "Kenji Tanaka"]);
    for code in ["DE", "JP"] {
        assert!(two.body.contains(&format!(
            "<input type=\"checkbox\" name=\"country\" value=\"{code}\" checked>"
        )));
        assert!(!two.body.contains(&format!("<option value=\"{code}\">")));
    }
    assert!(
        two.body
            .contains("<option value=\"\">Add a country</option>")
    );
    assert!(two.body.contains("<option value=\"ES\">Spain (1)</option>"));
    let again = app
        .get(&format!("/heroes?{}", form_query(&two.body, "")))
        .await;
    assert_eq!(names_in(&again.body), ["Anna Schmidt", "Kenji Tanaka"]);
}

#[tokio::test]
async fn the_directory_loads_its_as_you_type_script_from_a_file() {
    let app = TestApp::new().await;
    let page = app.get("/heroes").await;
    // A file, not an inline script: the Content-Security-Policy allows only scripts of the site.
    assert!(
        page.body
            .contains("<script src=\"/assets/directory.js\" defer></script>")
    );
    assert!(!page.body.contains("<script>"));
    let script = app.get("/assets/directory.js").await;
    assert_eq!(script.status, StatusCode::OK);
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.body.contains("history.replaceState"));
}
