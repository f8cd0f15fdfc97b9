//! Automatic capture against feeds served by a local HTTP server, with the quirks real
//! feeds have.

use crate::helpers::{TestApp, hero, run_jobs};
use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use heroes_domain::capture::SourceKind;
use heroes_server::capture::worker::{self, CaptureConfig, POLL_SOURCE};
use heroes_store::{capture, jobs};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title><link>https://blog.example.org/</link>
<item><title>Serverless patterns</title><link>https://blog.example.org/serverless-patterns/?utm_source=rss</link><pubDate>Tue, 10 Nov 2026 09:00:00 GMT</pubDate><description>&lt;p&gt;Queues &amp;amp; events&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>An undated note</title><link>https://blog.example.org/note</link></item>
</channel></rss>"#;

/// The first RSS post again, syndicated to another site (same title and day, other address).
const SYNDICATED: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Medium</title><link>https://medium.example.com/</link>
<item><title>Serverless patterns</title><link>https://medium.example.com/@vera/serverless-patterns-abc123</link><pubDate>Tue, 10 Nov 2026 18:30:00 GMT</pubDate></item>
</channel></rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.org/blog/"><title>Atom</title><id>urn:x</id><updated>2026-11-01T00:00:00Z</updated>
<entry><title type="html">&lt;em&gt;Relative&lt;/em&gt; links</title><link href="posts/relative"/><id>urn:1</id><updated>2026-11-01T00:00:00Z</updated></entry>
</feed>"#;

const JSON_FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [
 {"id": "1", "url": "https://json.example.org/episode-1", "title": "Episode one", "date_published": "2026-10-20T10:00:00Z", "content_text": "Talk"}]}"#;

const YOUTUBE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
<title>Channel</title><id>yt:channel:x</id><updated>2026-11-02T00:00:00Z</updated>
<entry><id>yt:video:abc</id><title>Live coding: Step Functions</title><link rel="alternate" href="https://www.youtube.com/watch?v=abc"/>
<published>2026-11-02T12:00:00+00:00</published><updated>2026-11-02T12:00:00+00:00</updated>
<media:group><media:title>Live coding: Step Functions</media:title><media:content url="https://www.youtube.com/v/abc?version=3" type="application/x-shockwave-flash" width="640" height="390"/><media:thumbnail url="https://i1.ytimg.com/vi/abc/hqdefault.jpg" width="480" height="360"/><media:description>We build a workflow &lt;live&gt;.</media:description></media:group></entry></feed>"#;

fn xml(body: &str) -> Response {
    ([(header::CONTENT_TYPE, "application/xml")], body.to_owned()).into_response()
}

/// Titles as each kind of feed writes them, and the text they stand for.
const TITLES: [&str; 4] = [
    "Option<T> in practice",
    "HashMap<K, V> internals",
    "It’s decoded once",
    "&lt;b&gt; is not bold",
];

/// RSS titles are plain text: the XML parser decodes them, nothing else does (a CDATA
/// section is text too).
const TITLES_RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Option&lt;T&gt; in practice</title><link>https://titles.example.org/1</link><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title><![CDATA[HashMap<K, V> internals]]></title><link>https://titles.example.org/2</link><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>It&#8217;s decoded once</title><link>https://titles.example.org/3</link><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>&amp;lt;b&amp;gt; is not bold</title><link>https://titles.example.org/4</link><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"#;

fn atom_with(titles: [&str; 4]) -> String {
    let entries: String = titles
        .iter()
        .enumerate()
        .map(|(n, t)| {
            format!(
                "<entry>{t}<link href=\"https://titles.example.org/{n}\"/><id>urn:t:{n}</id><updated>2026-11-02T09:00:00Z</updated></entry>"
            )
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2026-11-02T09:00:00Z</updated>{entries}</feed>"#
    )
}

/// Atom text constructs (`type="text"`, the default): decoded by the XML parser only.
static TITLES_ATOM_TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    atom_with([
        r#"<title type="text">Option&lt;T&gt; in practice</title>"#,
        "<title>HashMap&lt;K, V&gt; internals</title>",
        r#"<title type="text">It&#8217;s decoded once</title>"#,
        r#"<title type="text">&amp;lt;b&amp;gt; is not bold</title>"#,
    ])
});

/// Atom HTML titles: escaped HTML, decoded by the XML parser and then read as HTML.
static TITLES_ATOM_HTML: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    atom_with([
        r#"<title type="html">Option&amp;lt;T&amp;gt; in &lt;em&gt;practice&lt;/em&gt;</title>"#,
        r#"<title type="html">&lt;code&gt;HashMap&amp;lt;K, V&amp;gt;&lt;/code&gt; internals</title>"#,
        r#"<title type="html">It&amp;#8217;s decoded once</title>"#,
        r#"<title type="html">&amp;amp;lt;b&amp;amp;gt; is &lt;i&gt;not&lt;/i&gt; bold</title>"#,
    ])
});

/// A feed with one item from before the web among good ones.
const WITH_1985: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Old</title>
<item><title>Fresh one</title><link>https://old.example.org/fresh-one</link><pubDate>Sun, 01 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Written in 1985</title><link>https://old.example.org/1985</link><pubDate>Fri, 01 Mar 1985 09:00:00 GMT</pubDate></item>
<item><title>Fresh two</title><link>https://old.example.org/fresh-two</link><pubDate>Thu, 01 Oct 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"#;

fn html(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

/// A dev.to-like feed on the local server (`base`): a cross-post of the RSS feed's first post
/// (another title and day), a post whose page is gone, and ten notes of the site's own.
fn devto_feed(base: &str) -> String {
    let item = |slug: &str, title: &str, day: u32| {
        format!(
            "<item><title>{title}</title><link>{base}/devto/{slug}</link>\
             <pubDate>{day:02} Oct 2026 08:00:00 GMT</pubDate></item>"
        )
    };
    let mut items = item(
        "serverless-patterns-4kd2",
        "Serverless patterns, reposted",
        20,
    );
    items += &item("gone", "A post whose page is gone", 19);
    for n in 1..=10 {
        items += &item(&format!("note-{n}"), &format!("Note {n}"), n);
    }
    format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>DEV</title>{items}</channel></rss>"#
    )
}

/// The pages of the dev.to-like feed's items; the cross-post names the blog post as canonical.
async fn devto_page(axum::extract::Path(post): axum::extract::Path<String>) -> Response {
    match post.as_str() {
        "serverless-patterns-4kd2" => html(
            r#"<html><head><title>Serverless patterns</title>
            <link rel="canonical" href="http://www.blog.example.org/serverless-patterns"></head></html>"#
                .to_owned(),
        ),
        "gone" => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        other => html(format!(r#"<html><head><link rel="canonical" href="/devto/{other}"></head></html>"#)),
    }
}

/// A local web server with feeds and failures; counts requests per path.
async fn feed_server() -> (String, Arc<Mutex<Vec<String>>>) {
    let hits = Arc::new(Mutex::new(Vec::new()));
    let log = hits.clone();
    let app = Router::new()
        .route("/rss", get(|| async { xml(RSS) }))
        .route("/atom", get(|| async { xml(ATOM) }))
        .route("/syndicated", get(|| async { xml(SYNDICATED) }))
        .route(
            "/devto",
            get(|headers: HeaderMap| async move {
                let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
                ([(header::CONTENT_TYPE, "application/rss+xml")], devto_feed(&format!("http://{host}"))).into_response()
            }),
        )
        .route("/devto/{post}", get(devto_page))
        .route("/feed.json", get(|| async { ([(header::CONTENT_TYPE, "application/feed+json")], JSON_FEED).into_response() }))
        .route("/youtube", get(|| async { xml(YOUTUBE) }))
        .route("/moved", get(|| async { Redirect::permanent("/rss") }))
        .route("/loop", get(|| async { Redirect::temporary("/loop") }))
        .route(
            "/etag",
            get(|headers: HeaderMap| async move {
                if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some("\"v1\"") {
                    StatusCode::NOT_MODIFIED.into_response()
                } else {
                    ([(header::ETAG, "\"v1\""), (header::CONTENT_TYPE, "application/xml")], RSS).into_response()
                }
            }),
        )
        .route("/broken", get(|| async { StatusCode::INTERNAL_SERVER_ERROR }))
        .route(
            "/users/{login}/repos",
            get(|axum::extract::Path(login): axum::extract::Path<String>| async move {
                if login != "octo-hero" {
                    return StatusCode::NOT_FOUND.into_response();
                }
                axum::Json(serde_json::json!([
                    {"name": "lambda-kit", "html_url": "https://github.com/octo-hero/lambda-kit", "description": "Tools <for> Lambda", "stargazers_count": 1234, "created_at": "2025-03-04T05:06:07Z", "fork": false},
                    {"name": "forked-thing", "html_url": "https://github.com/octo-hero/forked-thing", "description": null, "stargazers_count": 3, "created_at": "2025-01-01T00:00:00Z", "fork": true}
                ]))
                .into_response()
            }),
        )
        .route("/huge", get(|| async { ([(header::CONTENT_TYPE, "application/xml")], "<rss>".to_owned() + &"x".repeat(3 * 1024 * 1024)).into_response() }))
        .route("/slow", get(|| async { tokio::time::sleep(Duration::from_secs(5)).await; xml(RSS) }))
        .route("/malformed", get(|| async { xml("<rss><channel><item><title>oops</channel>") }))
        .route("/page", get(|| async { ([(header::CONTENT_TYPE, "text/html")], r#"<html><head><link rel="alternate" type="application/atom+xml" href="/atom"></head><body>Blog</body></html>"#).into_response() }))
        .route("/article", get(|| async { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], r#"<html><head><title>Site</title><meta property="og:title" content="Cold starts, measured"><meta property="og:description" content="Numbers from 10,000 invocations."><meta property="article:published_time" content="2026-08-15T10:00:00Z"></head></html>"#).into_response() }))
        .route("/post-with-feed", get(|| async { html(r#"<html><head><meta property="og:title" content="Queues, explained"><link rel="alternate" type="application/rss+xml" title="Blog &raquo; Feed" href="/rss"></head></html>"#.to_owned()) }))
        .route("/pause/{n}", get(paused_feed))
        .route("/titles.rss", get(|| async { xml(TITLES_RSS) }))
        .route("/titles-text.atom", get(|| async { xml(&TITLES_ATOM_TEXT) }))
        .route("/titles-html.atom", get(|| async { xml(&TITLES_ATOM_HTML) }))
        .route("/with-1985", get(|| async { xml(WITH_1985) }))
        .route("/plain-page", get(|| async { ([(header::CONTENT_TYPE, "text/html")], "<html><body>no feed here</body></html>").into_response() }))
        .layer(axum::middleware::from_fn(move |req: axum::extract::Request, next: axum::middleware::Next| {
            let log = log.clone();
            async move {
                log.lock().unwrap().push(req.uri().path().to_owned());
                next.run(req).await
            }
        }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (base, hits)
}

/// Requests to `/pause/…` in flight now, and the most there ever were at once.
static IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// A feed that takes a moment to answer, counting how many are answered at once.
async fn paused_feed() -> Response {
    let now = IN_FLIGHT.fetch_add(1, Ordering::SeqCst) + 1;
    PEAK.fetch_max(now, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(300)).await;
    IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
    xml(JSON_FEED)
}

fn config() -> CaptureConfig {
    let mut config = CaptureConfig::default();
    config.fetch.allow_loopback = true;
    config.fetch.timeout = Duration::from_secs(1);
    config
}

async fn poll(app: &TestApp, hero_id: i64, target: &str, auto: bool) -> (i64, jobs::Outcome) {
    let id = capture::add_source(app.db(), hero_id, SourceKind::Feed, target, auto)
        .await
        .unwrap();
    let source = capture::source(app.db(), id).await.unwrap().unwrap();
    (id, worker::poll(app.db(), &config(), &source).await)
}

/// A hero named `name` whose account (`email`) is signed in: the slug, the hero's id and the
/// session.
async fn signed_in_hero(app: &TestApp, name: &str, email: &str) -> (String, i64, String) {
    let slug = hero(name).create(app).await;
    let id = app.hero_id(&slug).await;
    let cookie = app.signed_in(email, &[], Some(&slug)).await;
    (slug, id, cookie)
}

/// The titles of the suggestions waiting for hero `id`.
async fn waiting_titles(app: &TestApp, id: i64) -> Vec<String> {
    let waiting = capture::waiting(app.db(), id).await.unwrap();
    waiting.into_iter().map(|s| s.title).collect()
}

#[tokio::test]
async fn feeds_of_every_kind_become_suggestions_once() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Vera Holm").create(&app).await;
    let id = app.hero_id(&slug).await;
    for path in ["/rss", "/atom", "/feed.json", "/youtube", "/moved", "/page"] {
        let (_, outcome) = poll(&app, id, &format!("{base}{path}"), false).await;
        assert!(
            matches!(outcome, jobs::Outcome::Done(Some(_))),
            "{path}: {outcome:?}"
        );
    }
    let waiting = capture::waiting(app.db(), id).await.unwrap();
    let by_title = |t: &str| {
        waiting
            .iter()
            .find(|s| s.title == t)
            .unwrap_or_else(|| panic!("{t} in {waiting:?}"))
    };
    let rss = by_title("Serverless patterns");
    assert_eq!(rss.kind, "blog-post");
    assert_eq!(
        rss.url,
        "https://blog.example.org/serverless-patterns/?utm_source=rss"
    );
    assert_eq!(rss.published_on.to_string(), "2026-11-10");
    assert_eq!(
        rss.description, "Queues & events",
        "markup removed (scripts with their content), text kept as text"
    );
    assert_eq!(
        by_title("An undated note").published_on,
        chrono::Utc::now().date_naive()
    );
    assert_eq!(
        by_title("Relative links").url,
        "https://atom.example.org/blog/posts/relative"
    );
    assert_eq!(by_title("Episode one").kind, "blog-post");
    let video = by_title("Live coding: Step Functions");
    assert_eq!(video.kind, "video");
    assert_eq!(video.description, "We build a workflow <live>.");
    // The RSS feed came three ways (direct, redirected, and via the page's Atom link once);
    // each item is offered once.
    assert_eq!(
        waiting
            .iter()
            .filter(|s| s.title == "Serverless patterns")
            .count(),
        1
    );
    assert_eq!(waiting.len(), 5);
}

#[tokio::test]
async fn claimed_suggestions_reach_the_public_page_and_declined_ones_never_return() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let (slug, id, cookie) = signed_in_hero(&app, "Wim Dekker", "wim@example.org").await;
    let (source, _) = poll(&app, id, &format!("{base}/rss"), false).await;

    let page = app.get_as("/account/suggestions", &cookie).await;
    assert!(page.body.contains("Serverless patterns"));
    assert!(!page.body.contains("<script>"), "feed text is escaped");
    let waiting = capture::waiting(app.db(), id).await.unwrap();
    let post = waiting
        .iter()
        .find(|s| s.title == "Serverless patterns")
        .unwrap();
    let note = waiting
        .iter()
        .find(|s| s.title == "An undated note")
        .unwrap();
    let claimed = app
        .post_form(
            &format!("/account/suggestions/{}/claim", post.id),
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER);
    let declined = app
        .post_form(
            &format!("/account/suggestions/{}/decline", note.id),
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);

    assert!(
        app.get(&format!("/heroes/{slug}"))
            .await
            .body
            .contains("Serverless patterns")
    );
    assert!(
        app.get("/feeds/contributions.atom")
            .await
            .body
            .contains("Serverless patterns")
    );
    // Polling again offers nothing: one is logged, one declined.
    let src = capture::source(app.db(), source).await.unwrap().unwrap();
    worker::poll(app.db(), &config(), &src).await;
    assert!(capture::waiting(app.db(), id).await.unwrap().is_empty());

    // Someone else's suggestion is not found.
    let other = app
        .account(
            "other@example.org",
            &[],
            Some(&hero("Xia Lu").create(&app).await),
        )
        .await;
    let theirs = app
        .post_form(
            &format!("/account/suggestions/{}/claim", note.id),
            &[],
            Some(&app.session(other).await),
        )
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn auto_accept_logs_new_items_without_asking() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Yara Nunes").create(&app).await;
    let id = app.hero_id(&slug).await;
    poll(&app, id, &format!("{base}/feed.json"), true).await;
    assert!(capture::waiting(app.db(), id).await.unwrap().is_empty());
    assert!(
        app.get(&format!("/heroes/{slug}"))
            .await
            .body
            .contains("Episode one")
    );
}

#[tokio::test]
async fn bad_sources_say_why_in_words_and_stop_nothing_else() {
    let (base, hits) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Zane Ortiz").create(&app).await;
    let id = app.hero_id(&slug).await;
    let cases = [
        ("/broken", "HTTP status 500"),
        ("/huge", "larger than 2 MB"),
        ("/slow", "took too long"),
        ("/malformed", "not an RSS, Atom or JSON feed"),
        ("/plain-page", "announces no feed"),
        ("/loop", "redirects too many times"),
    ];
    for (path, words) in cases {
        let (source, outcome) = poll(&app, id, &format!("{base}{path}"), false).await;
        assert!(matches!(outcome, jobs::Outcome::Failed(_)), "{path}");
        let error = capture::source(app.db(), source)
            .await
            .unwrap()
            .unwrap()
            .last_error
            .unwrap();
        assert!(error.contains(words), "{path}: {error}");
    }
    // Not allowed to look inside the network when loopback is not explicitly allowed.
    let source = capture::add_source(
        app.db(),
        id,
        SourceKind::Feed,
        &format!("{base}/rss"),
        false,
    )
    .await
    .unwrap();
    let src = capture::source(app.db(), source).await.unwrap().unwrap();
    let before = hits.lock().unwrap().len();
    let outcome = worker::poll(app.db(), &CaptureConfig::default(), &src).await;
    assert!(
        matches!(outcome, jobs::Outcome::Failed(ref r) if r.contains("private or loopback")),
        "{outcome:?}"
    );
    assert_eq!(hits.lock().unwrap().len(), before, "no request was made");
    // A good feed of the same hero still works.
    let (_, ok) = poll(&app, id, &format!("{base}/atom"), false).await;
    assert!(matches!(ok, jobs::Outcome::Done(_)));
}

#[tokio::test]
async fn a_second_poll_is_conditional() {
    let (base, hits) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Ada Quinn").create(&app).await;
    let id = app.hero_id(&slug).await;
    let (source, _) = poll(&app, id, &format!("{base}/etag"), false).await;
    let src = capture::source(app.db(), source).await.unwrap().unwrap();
    assert_eq!(src.etag.as_deref(), Some("\"v1\""));
    let outcome = worker::poll(app.db(), &config(), &src).await;
    assert!(matches!(outcome, jobs::Outcome::Done(Some(_))));
    assert_eq!(
        hits.lock()
            .unwrap()
            .iter()
            .filter(|p| *p == "/etag")
            .count(),
        2
    );
    assert_eq!(
        capture::waiting(app.db(), id).await.unwrap().len(),
        2,
        "the 304 changed nothing"
    );
}

#[tokio::test]
async fn heroes_register_sources_and_the_worker_polls_them() {
    let (base, _) = feed_server().await;
    let app = TestApp::with(|c| c.capture = config()).await;
    let slug = hero("Ben Tal").create(&app).await;
    let user = app.account("ben@example.org", &[], Some(&slug)).await;
    let cookie = app.session(user).await;
    let bad = app
        .post_form(
            "/account/sources",
            &[("kind", "feed"), ("target", "javascript:alert(1)")],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"id="target-error""#) && bad.body.contains("javascript:alert(1)"));
    let added = app
        .post_form(
            "/account/sources",
            &[("kind", "feed"), ("target", &format!("{base}/rss"))],
            Some(&cookie),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let twice = app
        .post_form(
            "/account/sources",
            &[("kind", "feed"), ("target", &format!("{base}/rss"))],
            Some(&cookie),
        )
        .await;
    assert!(twice.body.contains("You already added this source."));
    let ran = run_jobs(app.db(), |c| c.capture = config()).await;
    assert_eq!(ran, 1);
    let page = app.get_as("/account/sources", &cookie).await;
    assert!(page.body.contains("Last looked"), "{}", page.body);
    let source = capture::sources_of(app.db(), app.hero_id(&slug).await)
        .await
        .unwrap()[0]
        .id;
    let on = app
        .post_form(
            &format!("/account/sources/{source}/auto"),
            &[("auto_accept", "on")],
            Some(&cookie),
        )
        .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);
    assert!(
        capture::source(app.db(), source)
            .await
            .unwrap()
            .unwrap()
            .auto_accept
    );
    assert!(
        app.get_as("/account/sources", &cookie)
            .await
            .body
            .contains("Ask me first again")
    );
    app.post_form(
        &format!("/account/sources/{source}/auto"),
        &[("auto_accept", "off")],
        Some(&cookie),
    )
    .await;
    assert!(
        !capture::source(app.db(), source)
            .await
            .unwrap()
            .unwrap()
            .auto_accept
    );
    assert!(page.body.contains("2 new items are waiting"));
    let admin = app
        .account(
            "root@example.org",
            &[heroes_domain::account::Role::Admin],
            None,
        )
        .await;
    let jobs_page = app.get_as("/admin/jobs", &app.session(admin).await).await;
    assert!(jobs_page.body.contains(POLL_SOURCE));
}

#[tokio::test]
async fn github_repositories_become_open_source_suggestions() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Gus Ferro").create(&app).await;
    let id = app.hero_id(&slug).await;
    let mut config = config();
    config.github_api = base.clone();
    let source = capture::add_source(app.db(), id, SourceKind::GitHub, "octo-hero", false)
        .await
        .unwrap();
    let src = capture::source(app.db(), source).await.unwrap().unwrap();
    assert!(matches!(
        worker::poll(app.db(), &config, &src).await,
        jobs::Outcome::Done(_)
    ));
    let waiting = capture::waiting(app.db(), id).await.unwrap();
    assert_eq!(
        waiting.len(),
        1,
        "forks are not the hero's work: {waiting:?}"
    );
    let repo = &waiting[0];
    assert_eq!(
        (repo.kind.as_str(), repo.title.as_str(), repo.stars),
        ("open-source", "lambda-kit", Some(1234))
    );
    assert_eq!(repo.published_on.to_string(), "2025-03-04");
    let unknown = capture::add_source(app.db(), id, SourceKind::GitHub, "nobody-here", false)
        .await
        .unwrap();
    let src = capture::source(app.db(), unknown).await.unwrap().unwrap();
    worker::poll(app.db(), &config, &src).await;
    let error = capture::source(app.db(), unknown)
        .await
        .unwrap()
        .unwrap()
        .last_error
        .unwrap();
    assert_eq!(error, "GitHub knows no user of this name");
}

#[tokio::test]
async fn quick_add_fills_the_form_from_the_page() {
    let (base, _) = feed_server().await;
    let app = TestApp::with(|c| c.capture = config()).await;
    let slug = hero("Hana Sato").create(&app).await;
    let user = app.account("hana@example.org", &[], Some(&slug)).await;
    let cookie = app.session(user).await;
    let path = format!("/account/contributions/new?from={base}/article");
    let form = app.get_as(&path, &cookie).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(r#"value="Cold starts, measured""#),
        "{}",
        form.body
    );
    assert!(form.body.contains(r#"value="2026-08-15""#));
    assert!(form.body.contains("Numbers from 10,000 invocations."));
    assert!(form.body.contains("Filled in from the page."));

    let strict = TestApp::new().await;
    let slug = hero("Ivo Marek").create(&strict).await;
    let user = strict.account("ivo@example.org", &[], Some(&slug)).await;
    let refused = strict.get_as(&path, &strict.session(user).await).await;
    assert!(
        refused.body.contains("private or loopback"),
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains(&format!(r#"value="{base}/article""#)),
        "the address is kept"
    );
}

#[tokio::test]
async fn a_syndicated_copy_is_one_work_with_two_links() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let (_, id, cookie) = signed_in_hero(&app, "Jade Park", "jade@example.org").await;
    poll(&app, id, &format!("{base}/rss"), false).await;
    poll(&app, id, &format!("{base}/syndicated"), false).await;
    let waiting = capture::waiting(app.db(), id).await.unwrap();
    assert_eq!(
        waiting
            .iter()
            .filter(|s| s.title.contains("Serverless patterns"))
            .count(),
        1,
        "{waiting:?}"
    );
    let page = app.get_as("/account/suggestions", &cookie).await;
    assert!(page.body.contains("Also published at"));
    assert!(
        page.body
            .contains("https://medium.example.com/@vera/serverless-patterns-abc123")
    );
    // Claimed, the contribution keeps both links in the hero's log.
    let post = waiting
        .iter()
        .find(|s| s.title.contains("Serverless patterns"))
        .unwrap();
    app.post_form(
        &format!("/account/suggestions/{}/claim", post.id),
        &[],
        Some(&cookie),
    )
    .await;
    let list = app.get_as("/account/contributions", &cookie).await;
    assert!(
        list.body
            .contains("medium.example.com/@vera/serverless-patterns-abc123"),
        "{}",
        list.body
    );
    // Polling both again still adds nothing.
    poll(&app, id, &format!("{base}/syndicated?again"), false).await;
    assert!(
        waiting_titles(&app, id)
            .await
            .iter()
            .all(|t| !t.contains("Serverless patterns"))
    );
}

#[tokio::test]
async fn a_page_naming_the_blog_post_as_canonical_is_a_syndicated_copy() {
    let (base, hits) = feed_server().await;
    let app = TestApp::new().await;
    let (_, id, cookie) = signed_in_hero(&app, "Kai Moreno", "kai@example.org").await;
    poll(&app, id, &format!("{base}/rss"), false).await;
    let pages = || {
        hits.lock()
            .unwrap()
            .iter()
            .filter(|p| p.starts_with("/devto/"))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert!(pages().is_empty());

    let (source, outcome) = poll(&app, id, &format!("{base}/devto"), false).await;
    assert!(
        matches!(outcome, jobs::Outcome::Done(Some(_))),
        "a page that cannot be read does not fail the poll: {outcome:?}"
    );
    // Only the ten newest new items had their page read.
    let read = pages();
    assert_eq!(read.len(), 10, "{read:?}");
    assert!(
        !read
            .iter()
            .any(|p| p == "/devto/note-1" || p == "/devto/note-2")
    );

    let waiting = capture::waiting(app.db(), id).await.unwrap();
    assert!(
        !waiting.iter().any(|s| s.title.contains("reposted")),
        "the cross-post is not offered as a work of its own: {waiting:?}"
    );
    assert!(
        waiting
            .iter()
            .any(|s| s.title == "A post whose page is gone")
    );
    assert_eq!(
        waiting
            .iter()
            .filter(|s| s.title.starts_with("Note "))
            .count(),
        10
    );
    let page = app.get_as("/account/suggestions", &cookie).await;
    assert!(
        page.body
            .contains(&format!("{base}/devto/serverless-patterns-4kd2")),
        "the blog post shows the cross-post as another link: {}",
        page.body
    );

    // Polling again reads no page: every item is known now.
    let src = capture::source(app.db(), source).await.unwrap().unwrap();
    assert!(matches!(
        worker::poll(app.db(), &config(), &src).await,
        jobs::Outcome::Done(_)
    ));
    assert_eq!(pages().len(), 10);
    assert!(
        waiting_titles(&app, id)
            .await
            .iter()
            .all(|t| !t.contains("reposted"))
    );
}

#[tokio::test]
async fn a_canonical_link_to_a_logged_contribution_joins_it() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Lea Brandt").create(&app).await;
    let id = app.hero_id(&slug).await;
    // Logged by hand, with the address typed differently from the page's canonical link.
    crate::helpers::contribution(&slug, "Serverless patterns")
        .url("https://blog.example.org/serverless-patterns/?utm_medium=social")
        .create(&app)
        .await;
    // The public page is cached before the poll; the new link must not wait for it to expire.
    let before = app.get(&format!("/heroes/{slug}")).await;
    assert!(before.body.contains("Serverless patterns"));
    poll(&app, id, &format!("{base}/devto"), false).await;
    let waiting = capture::waiting(app.db(), id).await.unwrap();
    assert!(
        !waiting.iter().any(|s| s.title.contains("reposted")),
        "{waiting:?}"
    );
    assert_eq!(waiting.len(), 11);
    let profile = app.get(&format!("/heroes/{slug}")).await;
    assert!(
        profile
            .body
            .contains(&format!("{base}/devto/serverless-patterns-4kd2")),
        "{}",
        profile.body
    );
}

const MEDIUM: &str = "https://medium.example.com/@vera/serverless-patterns-abc123";

#[tokio::test]
async fn every_link_of_a_work_shows_on_public_pages_feeds_and_the_api() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Mira Lind").create(&app).await;
    let id = app.hero_id(&slug).await;
    poll(&app, id, &format!("{base}/rss"), false).await;
    poll(&app, id, &format!("{base}/syndicated"), false).await;
    let post = capture::waiting(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.title == "Serverless patterns")
        .unwrap();
    let user = app.account("mira@example.org", &[], Some(&slug)).await;
    let claimed = app
        .post_form(
            &format!("/account/suggestions/{}/claim", post.id),
            &[],
            Some(&app.session(user).await),
        )
        .await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER);
    // Another hero logged the same address: the copy is Mira's, not theirs.
    let other = hero("Nils Berg").create(&app).await;
    crate::helpers::contribution(&other, "Serverless patterns, read")
        .url("https://blog.example.org/serverless-patterns")
        .create(&app)
        .await;

    let link = format!(r#"<a href="{MEDIUM}" rel="noopener nofollow">medium.example.com</a>"#);
    for page in [
        format!("/heroes/{slug}"),
        "/contributions".to_owned(),
        "/".to_owned(),
    ] {
        let body = app.get(&page).await.body;
        assert!(body.contains("also on"), "{page}: {body}");
        assert_eq!(
            body.matches(&link).count(),
            1,
            "{page}: once, on Mira's post only"
        );
    }
    assert!(
        !app.get(&format!("/heroes/{other}"))
            .await
            .body
            .contains(MEDIUM)
    );

    let api = app.get("/api/v1/contributions").await.json();
    let also = |items: &serde_json::Value, hero: &str| {
        items
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["hero"]["slug"] == hero)
            .unwrap()["also_at"]
            .clone()
    };
    assert_eq!(
        also(&api["contributions"], &slug),
        serde_json::json!([MEDIUM])
    );
    assert_eq!(also(&api["contributions"], &other), serde_json::json!([]));
    let detail = app.get(&format!("/api/v1/heroes/{slug}")).await.json();
    assert_eq!(
        also(&detail["recent_contributions"], &slug),
        serde_json::json!([MEDIUM])
    );

    for feed in [
        format!("/heroes/{slug}/feed.atom"),
        "/feeds/contributions.atom".to_owned(),
    ] {
        let body = app.get(&feed).await.body;
        let parsed = feed_rs::parser::parse(body.as_bytes()).unwrap();
        let entry = parsed
            .entries
            .iter()
            .find(|e| e.authors[0].name.as_deref() == Some("Mira Lind"))
            .unwrap();
        let related: Vec<&str> = entry
            .links
            .iter()
            .filter(|l| l.rel.as_deref() == Some("related"))
            .map(|l| l.href.as_str())
            .collect();
        assert_eq!(related, [MEDIUM], "{feed}");
        assert_eq!(body.matches(r#"rel="related""#).count(), 1, "{feed}");
    }
    let json = app.get("/feeds/contributions.json").await.json();
    let items = json["items"].as_array().unwrap();
    let mira = items
        .iter()
        .find(|i| i["authors"][0]["name"] == "Mira Lind")
        .unwrap();
    assert_eq!(mira["_heroes"]["also_at"], serde_json::json!([MEDIUM]));
    let nils = items
        .iter()
        .find(|i| i["authors"][0]["name"] == "Nils Berg")
        .unwrap();
    assert!(nils.get("_heroes").is_none());
}

#[tokio::test]
async fn the_links_of_a_private_work_stay_private() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Olga Petrova").create(&app).await;
    let id = app.hero_id(&slug).await;
    crate::helpers::contribution(&slug, "Serverless patterns")
        .url("https://blog.example.org/serverless-patterns")
        .date(2026, 11, 10)
        .private()
        .create(&app)
        .await;
    // The Medium copy has the private post's title and day: it joins it.
    poll(&app, id, &format!("{base}/syndicated"), false).await;
    assert!(capture::waiting(app.db(), id).await.unwrap().is_empty());
    let user = app.account("olga@example.org", &[], Some(&slug)).await;
    let own = app
        .get_as("/account/contributions", &app.session(user).await)
        .await;
    assert!(own.body.contains(MEDIUM), "the owner sees every link");
    for page in [
        format!("/heroes/{slug}"),
        "/contributions".to_owned(),
        "/".to_owned(),
        "/api/v1/contributions".to_owned(),
        format!("/api/v1/heroes/{slug}"),
        format!("/heroes/{slug}/feed.atom"),
        "/feeds/contributions.atom".to_owned(),
        "/feeds/contributions.json".to_owned(),
    ] {
        let body = app.get(&page).await.body;
        assert!(!body.contains("medium.example.com"), "{page}: {body}");
    }
}

#[tokio::test]
async fn quick_add_offers_the_feed_the_page_announces() {
    let (base, _) = feed_server().await;
    let app = TestApp::with(|c| c.capture = config()).await;
    let slug = hero("Pia Laine").create(&app).await;
    let user = app.account("pia@example.org", &[], Some(&slug)).await;
    let cookie = app.session(user).await;
    let path = format!("/account/contributions/new?from={base}/post-with-feed");
    let form = app.get_as(&path, &cookie).await;
    assert!(
        form.body.contains(r#"value="Queues, explained""#),
        "{}",
        form.body
    );
    assert!(
        form.body.contains("Add this feed as a source"),
        "{}",
        form.body
    );
    assert!(
        form.body
            .contains(r#"<form method="post" action="/account/sources">"#)
    );
    let target = format!(r#"name="target" value="{base}/rss""#);
    assert!(form.body.contains(&target), "{}", form.body);
    // A page without a feed offers nothing.
    let plain = app
        .get_as(
            &format!("/account/contributions/new?from={base}/article"),
            &cookie,
        )
        .await;
    assert!(!plain.body.contains("Add this feed as a source"));

    let added = app
        .post_form(
            "/account/sources",
            &[("kind", "feed"), ("target", &format!("{base}/rss"))],
            Some(&cookie),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let sources = capture::sources_of(app.db(), app.hero_id(&slug).await)
        .await
        .unwrap();
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].target, format!("{base}/rss"));
    assert!(
        jobs::list(app.db(), 10)
            .await
            .unwrap()
            .iter()
            .any(|j| j.name == POLL_SOURCE && j.job_key == sources[0].id.to_string()),
        "the new source is polled soon"
    );
    // Once it is a source, the offer is not made again.
    let again = app.get_as(&path, &cookie).await;
    assert!(again.body.contains(r#"value="Queues, explained""#));
    assert!(!again.body.contains("Add this feed as a source"));
}

#[tokio::test]
async fn a_worker_polls_several_sources_at_once_and_finishes_each() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Quinn Adair").create(&app).await;
    let id = app.hero_id(&slug).await;
    let now = chrono::Utc::now();
    for (concurrency, sources) in [(1, 0..3), (4, 3..9)] {
        for n in sources {
            let source = capture::add_source(
                app.db(),
                id,
                SourceKind::Feed,
                &format!("{base}/pause/{n}"),
                false,
            )
            .await
            .unwrap();
            jobs::schedule(app.db(), POLL_SOURCE, &source.to_string(), now)
                .await
                .unwrap();
        }
        PEAK.store(0, Ordering::SeqCst);
        let config = CaptureConfig {
            fetch_concurrency: concurrency,
            ..config()
        };
        let ran = run_jobs(app.db(), |c| {
            c.capture = config;
            c.jobs.concurrency = concurrency;
        })
        .await;
        assert_eq!(ran, if concurrency == 1 { 3 } else { 6 });
        assert_eq!(
            PEAK.load(Ordering::SeqCst),
            concurrency,
            "at most {concurrency} fetches at once, and that many when there is work"
        );
    }
    // Every job was finished by the worker, and is due again at the next poll.
    let all = jobs::list(app.db(), 20).await.unwrap();
    assert_eq!(all.len(), 9);
    for job in &all {
        assert_eq!(
            (job.runs, job.attempts, job.locked_by.as_deref()),
            (1, 0, None),
            "{job:?}"
        );
        assert!(job.run_at > now + chrono::Duration::minutes(30));
    }
}

/// Titles come out as the text they stand for, whatever kind of feed carried them: on the
/// suggestion, on the contribution claimed from it, and in our own feed.
#[tokio::test]
async fn feed_titles_are_text_or_html_as_their_feed_says() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let mut expected: Vec<String> = TITLES.iter().map(|t| (*t).to_owned()).collect();
    expected.sort();
    for (n, path) in ["/titles.rss", "/titles-text.atom", "/titles-html.atom"]
        .into_iter()
        .enumerate()
    {
        // One hero per feed: the same title on the same day would be a syndicated copy.
        let slug = hero(&format!("Title Reader {n}")).create(&app).await;
        let id = app.hero_id(&slug).await;
        let user = app
            .account(&format!("reader{n}@example.org"), &[], Some(&slug))
            .await;
        let cookie = app.session(user).await;
        let (_, outcome) = poll(&app, id, &format!("{base}{path}"), false).await;
        assert!(
            matches!(outcome, jobs::Outcome::Done(_)),
            "{path}: {outcome:?}"
        );
        let waiting = capture::waiting(app.db(), id).await.unwrap();
        let mut titles: Vec<String> = waiting.iter().map(|s| s.title.clone()).collect();
        titles.sort();
        assert_eq!(titles, expected, "{path}: suggestions");
        for s in &waiting {
            let claimed = app
                .post_form(
                    &format!("/account/suggestions/{}/claim", s.id),
                    &[],
                    Some(&cookie),
                )
                .await;
            assert_eq!(claimed.status, StatusCode::SEE_OTHER, "{path}: {}", s.title);
        }
        let feed = app.get(&format!("/heroes/{slug}/feed.atom")).await;
        let feed = feed_rs::parser::parse(feed.body.as_bytes()).unwrap();
        let mut titles: Vec<String> = feed
            .entries
            .iter()
            .map(|e| e.title.as_ref().unwrap().content.clone())
            .collect();
        titles.sort();
        assert_eq!(titles, expected, "{path}: contributions");
    }
}

/// An item that could never be claimed (dated 1985) is not offered and does not stop the
/// feed: the good items around it are claimed automatically, and the source says why the
/// bad one was left out.
#[tokio::test]
async fn an_item_that_cannot_be_claimed_is_skipped_and_named_on_the_source() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Olga Petrova").create(&app).await;
    let id = app.hero_id(&slug).await;
    let (source, outcome) = poll(&app, id, &format!("{base}/with-1985"), true).await;
    assert!(
        matches!(outcome, jobs::Outcome::Done(Some(_))),
        "{outcome:?}"
    );
    let logged: Vec<String> = heroes_store::contributions::all_of_hero(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(logged, ["Fresh one", "Fresh two"]);
    assert!(capture::waiting(app.db(), id).await.unwrap().is_empty());
    let src = capture::source(app.db(), source).await.unwrap().unwrap();
    assert!(src.last_error.is_none());
    let skipped = src.last_skipped.unwrap_or_default();
    assert!(
        skipped.contains("Written in 1985") && skipped.contains("1990"),
        "{skipped}"
    );
    let user = app.account("olga@example.org", &[], Some(&slug)).await;
    let page = app
        .get_as("/account/sources", &app.session(user).await)
        .await;
    assert!(page.body.contains("Written in 1985"), "{}", page.body);

    // The next poll (nothing new) still offers nothing and still says why.
    worker::poll(
        app.db(),
        &config(),
        &capture::source(app.db(), source).await.unwrap().unwrap(),
    )
    .await;
    let src = capture::source(app.db(), source).await.unwrap().unwrap();
    assert!(
        src.last_skipped
            .unwrap_or_default()
            .contains("Written in 1985")
    );
}

/// A suggestion stored before items were checked, that cannot become a contribution, is
/// refused with the reason instead of failing.
#[tokio::test]
async fn an_unclaimable_suggestion_says_why() {
    let app = TestApp::new().await;
    let slug = hero("Pavel Novak").create(&app).await;
    let id = app.hero_id(&slug).await;
    let source = capture::add_source(
        app.db(),
        id,
        SourceKind::Feed,
        "https://old.example.org/feed",
        false,
    )
    .await
    .unwrap();
    let found = capture::Found {
        url: "https://old.example.org/1985".to_owned(),
        canonical: "https://old.example.org/1985".to_owned(),
        kind: "blog-post".to_owned(),
        title: "Written in 1985".to_owned(),
        published_on: chrono::NaiveDate::from_ymd_opt(1985, 3, 1).unwrap(),
        description: String::new(),
        stars: None,
        canonical_link: None,
    };
    assert!(capture::offer(app.db(), id, source, &found).await.unwrap());
    let waiting = capture::waiting(app.db(), id).await.unwrap();
    let user = app.account("pavel@example.org", &[], Some(&slug)).await;
    let cookie = app.session(user).await;
    let refused = app
        .post_form(
            &format!("/account/suggestions/{}/claim", waiting[0].id),
            &[],
            Some(&cookie),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("cannot become a contribution"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("1990"));
    assert_eq!(capture::waiting(app.db(), id).await.unwrap().len(), 1);
}

/// A work the hero logged by hand under another form of its address is not offered again.
#[tokio::test]
async fn a_work_logged_by_hand_at_another_address_is_not_offered() {
    let (base, _) = feed_server().await;
    let app = TestApp::new().await;
    let slug = hero("Quinn Adams").create(&app).await;
    let id = app.hero_id(&slug).await;
    crate::helpers::contribution(&slug, "Serverless patterns, by hand")
        .url("http://www.blog.example.org/serverless-patterns")
        .create(&app)
        .await;
    poll(&app, id, &format!("{base}/rss"), false).await;
    let waiting: Vec<String> = capture::waiting(app.db(), id)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(waiting, ["An undated note"]);
}

/// Kinds and states are decoded where they are read: a source whose stored kind no code
/// wrote (a hand edit, a newer version's kind) fails the read, instead of being polled as a
/// feed at whatever its target is.
#[tokio::test]
async fn a_source_of_an_unknown_kind_is_refused_when_read_not_polled_as_a_feed() {
    let app = TestApp::new().await;
    let slug = hero("Ida Berg").create(&app).await;
    let id = app.hero_id(&slug).await;
    let source = capture::add_source(app.db(), id, SourceKind::GitHub, "ida-berg", false)
        .await
        .unwrap();
    let read = capture::source(app.db(), source).await.unwrap().unwrap();
    assert_eq!(read.kind, SourceKind::GitHub, "a known kind reads back");
    let sql = "UPDATE sources SET kind = 'gitlab' WHERE id = $1";
    crate::helpers::on_pool!(app.db(), |pool| sqlx::query(sql)
        .bind(source)
        .execute(pool)
        .await
        .map(drop))
    .unwrap();
    assert!(
        capture::source(app.db(), source).await.is_err(),
        "an unknown kind is an error, not a feed"
    );
}

/// The sources page says how often sources are read as the server is configured, not
/// "every hour" whatever `--poll-minutes` says.
#[tokio::test]
async fn the_sources_page_names_the_configured_interval() {
    for (minutes, words) in [(60, "every hour"), (15, "every 15 minutes")] {
        let app =
            TestApp::with(|c| c.capture.poll_every = chrono::Duration::minutes(minutes)).await;
        let slug = hero("Ana Souza").create(&app).await;
        let ana = app
            .session(app.account("ana@example.org", &[], Some(&slug)).await)
            .await;
        let page = app.get_as("/account/sources", &ana).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(&format!("Heroes looks at them {words}")),
            "{}",
            page.body
        );
    }
}
