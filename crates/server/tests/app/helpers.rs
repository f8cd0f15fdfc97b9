//! The test application and fixture builders.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use heroes_domain::account::{Email, Role, TokenScope};
use heroes_domain::contribution::{ContributionKind, NewContribution, Reach, Title};
use heroes_domain::hero::HeroProfileInput;
use heroes_domain::slug::Slug;
use heroes_domain::text::LongText;
use heroes_domain::web::WebUrl;
use heroes_server::{AppState, Config, router};
use heroes_store::accounts::{self, Actor, NewAccount};
use heroes_store::outbox::{self, StoredMail};
use heroes_store::testing::TestDb;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// Runs the same body on whichever pool the database has: a test's own SQL, written once for
/// both backends, e.g. `on_pool!(app.db(), |pool| sqlx::query(…).execute(pool).await.map(drop))`
/// (each arm's value must have one type, hence `map(drop)` for a statement).
macro_rules! on_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            heroes_store::Db::Sqlite($pool) => $body,
            heroes_store::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

/// The application on a fresh database, called in-process.
pub struct TestApp {
    pub router: Router,
    /// The state the router serves with (its caches and indexes).
    pub state: AppState,
    pub test_db: TestDb,
}

/// A response with its body read.
#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

impl TestApp {
    pub async fn new() -> TestApp {
        Self::with(|_| {}).await
    }

    /// The application with settings changed by `configure`.
    pub async fn with(configure: impl FnOnce(&mut Config)) -> TestApp {
        let test_db = TestDb::new().await.expect("test database");
        let mut config = Config::new("http://heroes.test".to_owned()).unwrap();
        // Tests write and read back at once; production trusts a version for 100 ms.
        config.cache_check_interval = std::time::Duration::ZERO;
        configure(&mut config);
        let state = AppState::new(test_db.db.clone(), config);
        let router = router::router(state.clone());
        TestApp {
            router,
            state,
            test_db,
        }
    }

    pub fn db(&self) -> &heroes_store::Db {
        &self.test_db.db
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.request(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::get(path);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.request(builder.body(Body::empty()).unwrap()).await
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        answer(self.router.clone(), request).await
    }

    /// The body of the answer to `request` as bytes (compressed bodies are not text).
    pub async fn raw_body(&self, request: Request<Body>) -> Vec<u8> {
        let response = self.router.clone().oneshot(request).await.unwrap();
        response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec()
    }

    /// The statuses of `requests` sent at once (see [`TestApp::at_once`]), sorted.
    pub async fn statuses_at_once(&self, requests: Vec<Request<Body>>) -> Vec<StatusCode> {
        let mut statuses: Vec<StatusCode> = self
            .at_once(requests)
            .await
            .iter()
            .map(|r| r.status)
            .collect();
        statuses.sort();
        statuses
    }

    /// The status, headers and raw body of a GET, with a session cookie if given (for images
    /// and downloads, which are not text).
    pub async fn get_raw(
        &self,
        path: &str,
        cookie: Option<&str>,
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let cookie: Vec<(&str, &str)> = cookie.map(|c| ("cookie", c)).into_iter().collect();
        self.get_raw_with(path, &cookie).await
    }

    /// The status, headers and raw body of a GET with `headers`.
    pub async fn get_raw_with(
        &self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, Vec<u8>) {
        let mut builder = Request::get(path);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let response = self
            .router
            .clone()
            .oneshot(builder.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, headers, bytes.to_vec())
    }

    /// POSTs a multipart form of one part with a session cookie: `part` is the part's header
    /// lines (`Content-Disposition: form-data; name="file"; filename="a.pdf"` and any
    /// `Content-Type`), `bytes` its content.
    pub async fn post_multipart(
        &self,
        path: &str,
        cookie: &str,
        part: &str,
        bytes: &[u8],
    ) -> TestResponse {
        let boundary = "heroestestboundary4711";
        let mut body = format!("--{boundary}\r\n{part}\r\n\r\n").into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = Request::post(path)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header("cookie", cookie)
            .body(Body::from(body))
            .unwrap();
        self.request(request).await
    }

    /// POSTs `bytes` as the file `filename` (typed `content_type`) in the form field `field`.
    pub async fn post_file(
        &self,
        path: &str,
        cookie: &str,
        [field, filename, content_type]: [&str; 3],
        bytes: &[u8],
    ) -> TestResponse {
        let part = format!(
            "Content-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n\
             Content-Type: {content_type}"
        );
        self.post_multipart(path, cookie, &part, bytes).await
    }

    /// Sends every request from its own task, all released at the same moment by a barrier
    /// (run on a multi-threaded runtime to make them truly concurrent), and returns the
    /// answers in the order of the requests.
    pub async fn at_once(&self, requests: Vec<Request<Body>>) -> Vec<TestResponse> {
        let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(requests.len()));
        let tasks: Vec<_> = requests
            .into_iter()
            .map(|request| {
                let (router, barrier) = (self.router.clone(), barrier.clone());
                tokio::spawn(async move {
                    barrier.wait().await;
                    answer(router, request).await
                })
            })
            .collect();
        let mut answers = Vec::with_capacity(tasks.len());
        for task in tasks {
            answers.push(task.await.unwrap());
        }
        answers
    }
}

async fn answer(router: axum::Router, request: Request<Body>) -> TestResponse {
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    TestResponse {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// Builds a hero with sensible defaults; each setter changes one field.
pub struct HeroBuilder {
    input: HeroProfileInput,
}

pub fn hero(name: &str) -> HeroBuilder {
    HeroBuilder {
        input: HeroProfileInput {
            display_name: name.to_owned(),
            headline: "Cloud architect".to_owned(),
            company: "Acme".to_owned(),
            bio: "Writes about **cloud**.".to_owned(),
            city: "Berlin".to_owned(),
            country: "DE".to_owned(),
            timezone: "Europe/Berlin".to_owned(),
            languages: "de,en".to_owned(),
            links: vec![("github".to_owned(), "https://github.com/example".to_owned())],
            awards: vec![("serverless".to_owned(), 2020)],
            ..Default::default()
        },
    }
}

impl HeroBuilder {
    pub fn latin_name(mut self, v: &str) -> Self {
        self.input.latin_name = v.to_owned();
        self
    }
    pub fn timezone(mut self, v: &str) -> Self {
        self.input.timezone = v.to_owned();
        self
    }
    pub fn headline(mut self, v: &str) -> Self {
        self.input.headline = v.to_owned();
        self
    }
    pub fn company(mut self, v: &str) -> Self {
        self.input.company = v.to_owned();
        self
    }
    pub fn bio(mut self, v: &str) -> Self {
        self.input.bio = v.to_owned();
        self
    }
    pub fn place(mut self, city: &str, country: &str) -> Self {
        self.input.city = city.to_owned();
        self.input.country = country.to_owned();
        self
    }
    pub fn awards(mut self, awards: &[(&str, i32)]) -> Self {
        self.input.awards = awards.iter().map(|(s, y)| ((*s).to_owned(), *y)).collect();
        self
    }
    pub fn status(mut self, v: &str) -> Self {
        self.input.status = v.to_owned();
        self
    }
    pub fn link(mut self, kind: &str, url: &str) -> Self {
        self.input.links.push((kind.to_owned(), url.to_owned()));
        self
    }

    /// The profile as typed, for tests that save it another way.
    pub fn input(self) -> HeroProfileInput {
        self.input
    }

    pub async fn create(self, app: &TestApp) -> String {
        let profile = self.input.parse(2026).expect("valid test hero");
        heroes_store::heroes::create(app.db(), &profile, None, chrono::Utc::now())
            .await
            .expect("hero stored")
            .as_str()
            .to_owned()
    }
}

/// Builds a contribution for a hero.
pub struct ContributionBuilder {
    hero: String,
    item: NewContribution,
}

pub fn contribution(hero: &str, title: &str) -> ContributionBuilder {
    let n = title.len() + hero.len() * 31;
    ContributionBuilder {
        hero: hero.to_owned(),
        item: NewContribution {
            kind: ContributionKind::BlogPost,
            title: Title::parse("title", title).unwrap(),
            url: WebUrl::parse(
                "url",
                &format!("https://blog.example.com/{hero}/{n}-{}", title.len()),
            )
            .unwrap(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            specialization: Some(Slug::parse("s", "serverless").unwrap()),
            tags: vec![],
            description: LongText::parse("d", "").unwrap(),
            reach: Reach::default(),
            private: false,
        },
    }
}

impl ContributionBuilder {
    pub fn kind(mut self, kind: ContributionKind) -> Self {
        self.item.kind = kind;
        self
    }
    pub fn date(mut self, y: i32, m: u32, d: u32) -> Self {
        self.item.date = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        self
    }
    pub fn specialization(mut self, slug: Option<&str>) -> Self {
        self.item.specialization = slug.map(|s| Slug::parse("s", s).unwrap());
        self
    }
    pub fn private(mut self) -> Self {
        self.item.private = true;
        self
    }
    pub fn url(mut self, url: &str) -> Self {
        self.item.url = WebUrl::parse("url", url).unwrap();
        self
    }

    /// The contribution as built, for tests that save it another way (an edit).
    pub fn item(self) -> NewContribution {
        self.item
    }

    pub async fn create(self, app: &TestApp) -> i64 {
        heroes_store::contributions::add(app.db(), &self.hero, &self.item, chrono::Utc::now())
            .await
            .expect("contribution stored")
    }
}

/// The password every test account gets.
pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    /// POSTs a form, optionally with a session cookie (`heroes_session=…`).
    pub async fn post_form(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> TestResponse {
        self.request(form_request(path, fields, cookie)).await
    }

    /// GETs a page with a session cookie.
    pub async fn get_as(&self, path: &str, cookie: &str) -> TestResponse {
        self.get_with(path, &[("cookie", cookie)]).await
    }

    /// A verified account with [`PASSWORD`], granted `roles` and linked to a hero if given.
    pub async fn account(&self, email: &str, roles: &[Role], hero: Option<&str>) -> i64 {
        let email = Email::parse("email", email).unwrap();
        let hash = heroes_server::auth::password::hash(PASSWORD.to_owned())
            .await
            .unwrap();
        let actor = Actor::cli();
        let id = accounts::sign_up(
            self.db(),
            NewAccount {
                email: &email,
                name: "Test Person",
                password_hash: hash,
                verified: true,
            },
            None,
            &actor,
        )
        .await
        .unwrap();
        for role in roles {
            accounts::grant(self.db(), id, *role, &actor).await.unwrap();
        }
        if let Some(slug) = hero {
            let hero = heroes_store::heroes::id_of(self.db(), slug)
                .await
                .unwrap()
                .unwrap();
            accounts::link_hero(self.db(), id, Some(hero), &actor)
                .await
                .unwrap();
        }
        id
    }

    /// A session of a new verified account (see [`TestApp::account`]), as a `Cookie` header
    /// value.
    pub async fn signed_in(&self, email: &str, roles: &[Role], hero: Option<&str>) -> String {
        let id = self.account(email, roles, hero).await;
        self.session(id).await
    }

    /// The program team's admin (admin@example.org) signed in, as a `Cookie` header value.
    pub async fn admin(&self) -> String {
        self.signed_in("admin@example.org", &[Role::Admin], None)
            .await
    }

    /// A verified account made without hashing a password (it never signs in with one), so
    /// that tests needing dozens of people pay nothing for them.
    pub async fn quick_account(&self, email: &str) -> i64 {
        accounts::sign_up(
            self.db(),
            NewAccount {
                email: &Email::parse("email", email).unwrap(),
                name: "Quick Person",
                password_hash: "not a hash: this account never signs in".to_owned(),
                verified: true,
            },
            None,
            &Actor::cli(),
        )
        .await
        .unwrap()
    }

    /// A session for `user_id`, made directly in the store, as a `Cookie` header value.
    pub async fn session(&self, user_id: i64) -> String {
        let (secret, hash) = heroes_server::auth::new_secret();
        heroes_store::sessions::create(
            self.db(),
            &hash,
            user_id,
            chrono::Utc::now() + chrono::Duration::days(1),
            "test",
        )
        .await
        .unwrap();
        format!("heroes_session={secret}")
    }

    /// A personal API token for `user_id`, made directly in the store.
    pub async fn token(&self, user_id: i64, scope: TokenScope) -> String {
        let (secret, _) = heroes_server::auth::new_secret();
        let token = format!("{}{secret}", heroes_server::auth::api::TOKEN_PREFIX);
        heroes_store::tokens::create(
            self.db(),
            user_id,
            "test",
            scope,
            &heroes_server::auth::hash_secret(&token),
            &Actor::cli(),
        )
        .await
        .unwrap();
        token
    }

    /// Posts the sign-in form (no session) and returns the answer.
    pub async fn login(&self, email: &str, password: &str) -> TestResponse {
        self.post_form("/login", &[("email", email), ("password", password)], None)
            .await
    }

    /// Signs in through the form and returns the session cookie.
    pub async fn sign_in(&self, email: &str, password: &str) -> String {
        let response = self.login(email, password).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        session_cookie(&response).expect("a session cookie")
    }

    /// The id of the hero record with `slug`.
    pub async fn hero_id(&self, slug: &str) -> i64 {
        heroes_store::heroes::id_of(self.db(), slug)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no hero {slug}"))
    }

    /// The audit log's actions about account `user`, newest first.
    pub async fn audit_actions(&self, user: i64) -> Vec<String> {
        heroes_store::audit::for_user(self.db(), user)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect()
    }

    /// The newest mail to `to`.
    pub async fn last_mail_to(&self, to: &str) -> StoredMail {
        outbox::list(self.db(), 100, None)
            .await
            .unwrap()
            .into_iter()
            .find(|m| m.to_address == to)
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }
}

/// A form POST, with a session cookie if given, as a request (for `TestApp::at_once` or
/// headers of its own).
pub fn form_request(
    path: &str,
    fields: &[(impl AsRef<str>, impl AsRef<str>)],
    cookie: Option<&str>,
) -> Request<Body> {
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    let mut builder =
        Request::post(path).header("content-type", "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        builder = builder.header("cookie", c);
    }
    builder.body(Body::from(body)).unwrap()
}

/// Asserts that exactly one of the racing `answers` went through (a redirect); the message
/// lists every status.
pub fn assert_one_went_through(answers: &[TestResponse]) {
    let statuses: Vec<StatusCode> = answers.iter().map(|a| a.status).collect();
    let through = statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER);
    assert_eq!(through.count(), 1, "{statuses:?}");
}

/// The `heroes_session=…` pair a response sets, if any.
pub fn session_cookie(response: &TestResponse) -> Option<String> {
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("heroes_session=") && !v.starts_with("heroes_session=;"))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

/// The path and query of the first link in `text` that starts with the test base URL and
/// `path`.
pub fn link_in(text: &str, path: &str) -> String {
    let prefix = format!("http://heroes.test{path}");
    let start = text
        .find(&prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in {text}"));
    text[start + "http://heroes.test".len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// The job runner one `heroes worker` configured by `configure` would run (every feature's
/// kinds).
fn worker(
    db: &heroes_store::Db,
    configure: impl FnOnce(&mut Config),
) -> heroes_server::jobs::Runner {
    let mut config = Config::new("http://heroes.test".to_owned()).unwrap();
    configure(&mut config);
    let registry = heroes_server::jobs::registry(&config);
    heroes_server::jobs::Runner::new(db.clone(), registry, config.jobs.clone()).unwrap()
}

/// Runs every due job once after scheduling the periodic ones as a starting worker does
/// (each due now if it has no row yet); returns how many ran.
pub async fn start_worker_once(db: &heroes_store::Db) -> usize {
    let runner = worker(db, |_| {});
    runner.schedule_periodic().await.unwrap();
    runner.run_until_idle().await.unwrap()
}

/// Runs every due background job once, as one `heroes worker` configured by `configure`
/// would; returns how many ran.
pub async fn run_jobs(db: &heroes_store::Db, configure: impl FnOnce(&mut Config)) -> usize {
    worker(db, configure).run_until_idle().await.unwrap()
}

/// The rubric editor's fields for `rubric` (`criterion-N-name`, `-weight`, `-level-K`), as the
/// cycle form posts them.
pub fn rubric_fields(
    rubric: &heroes_domain::selection::rubric::Rubric,
) -> Vec<(&'static str, String)> {
    // Field names are leaked once per test run: a handful of short strings, so tests can keep
    // building forms as `&[(&str, &str)]`.
    let name = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let mut fields = Vec::new();
    for (i, c) in rubric.rows().into_iter().enumerate() {
        fields.push((name(format!("criterion-{i}-name")), c.name));
        fields.push((name(format!("criterion-{i}-weight")), c.weight));
        for (k, level) in c.levels.into_iter().enumerate() {
            fields.push((name(format!("criterion-{i}-level-{}", k + 1)), level));
        }
    }
    fields
}

/// An application with a demo program of `heroes` heroes (ten contributions each).
pub async fn with_demo(heroes: usize, seed: u64) -> TestApp {
    let app = TestApp::new().await;
    let size = heroes_server::demo::DemoSize {
        heroes,
        contributions: heroes * 10,
        candidacies: 0,
        seed,
    };
    heroes_server::demo::generate(app.db(), size, false)
        .await
        .unwrap();
    app
}
