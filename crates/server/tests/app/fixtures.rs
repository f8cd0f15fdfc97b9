//! Fixture builders for the selection program, each step one readable call through the real
//! router: `Program::new(&app)` signs in the program team's admin, `.cycle("2027 selection")
//! .open()` opens a selection cycle, `.nomination(&member, "nina@example.org").submit()`
//! nominates, and a [`Candidacy`] answers, is reviewed, decided and onboarded. Each builder
//! starts from the values most tests want and changes one thing per setter; every step asserts
//! that the router took it (`… .send()` returns the answer for tests about refusals).

use crate::helpers::{TestApp, TestResponse, rubric_fields};
use chrono::{Days, NaiveDate, Utc};
use heroes_domain::account::{Email, Role};
use heroes_domain::selection::rubric::Rubric;
use heroes_store::selection;

/// The profile a nominee answers with (name, headline, country, city).
pub const NINA: [(&str, &str); 4] = [
    ("display_name", "Nina Petrova"),
    ("headline", "Serverless at Acme"),
    ("country", "BG"),
    ("city", "Sofia"),
];

/// The statement every test nomination makes unless told otherwise.
pub const STATEMENT: &str =
    "Nina runs the Sofia serverless meetup and writes the best guides on cold starts.";

/// The program team at work: the admin's session (admin@example.org) and the application.
pub struct Program<'a> {
    pub app: &'a TestApp,
    /// The admin's session cookie.
    pub admin: String,
}

impl<'a> Program<'a> {
    /// The admin signs in; nothing else exists yet.
    pub async fn new(app: &'a TestApp) -> Program<'a> {
        let admin = app.admin().await;
        Program { app, admin }
    }

    /// The program team of an admin already signed in with `admin` (a session cookie).
    pub fn with_admin(app: &'a TestApp, admin: &str) -> Program<'a> {
        Program {
            app,
            admin: admin.to_owned(),
        }
    }

    /// A selection cycle named `name`: open from today for 30 days, for serverless and
    /// container, two nominations per member, the standard rubric.
    pub fn cycle(&self, name: &str) -> CycleBuilder<'_> {
        let today = today();
        CycleBuilder {
            program: self,
            fields: Vec::new(),
            kind: "selection",
            name: name.to_owned(),
            opens_on: today,
            closes_on: today + Days::new(30),
            limit: 2,
            specializations: vec!["serverless".to_owned(), "container".to_owned()],
            blind: false,
        }
    }

    /// A renewal cycle named `name`, open from today for 20 days.
    pub fn renewal(&self, name: &str) -> CycleBuilder<'_> {
        let mut cycle = self.cycle(name).closes_in(20);
        cycle.kind = "renewal";
        cycle
    }

    /// A nomination of `email` by the member signed in with `cookie`: Nina Petrova in
    /// serverless, no links, the usual statement and evidence.
    pub fn nomination(&self, cookie: &str, email: &str) -> NominationBuilder<'_> {
        NominationBuilder {
            program: self,
            cookie: cookie.to_owned(),
            fields: nomination_fields(email),
        }
    }

    /// The candidacy with this id.
    pub fn candidacy(&self, id: i64) -> Candidacy<'_> {
        Candidacy { program: self, id }
    }

    /// A reviewer's account id and session.
    pub async fn reviewer(&self, email: &str) -> (i64, String) {
        let id = self.app.account(email, &[Role::Reviewer], None).await;
        (id, self.app.session(id).await)
    }

    async fn post(&self, path: &str, fields: &[(&str, &str)], cookie: &str) -> TestResponse {
        self.app.post_form(path, fields, Some(cookie)).await
    }
}

/// The nomination form's fields for `email`: Nina Petrova in serverless, no links, the usual
/// statement and evidence.
pub fn nomination_fields(email: &str) -> Vec<(&'static str, String)> {
    [
        ("specialization", "serverless"),
        ("nominee_name", "Nina Petrova"),
        ("nominee_email", email),
        ("nominee_links", ""),
        ("statement", STATEMENT),
        ("evidence", "https://nina.dev/posts/cold-starts"),
    ]
    .map(|(k, v)| (k, v.to_owned()))
    .to_vec()
}

/// Today in UTC, the day the server counts from.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The pairs of `fields` as a form posts them.
pub fn form(fields: &[(impl AsRef<str>, impl AsRef<str>)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .collect()
}

/// A cycle as the admin's form posts it; see [`Program::cycle`].
pub struct CycleBuilder<'p> {
    program: &'p Program<'p>,
    kind: &'static str,
    name: String,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    limit: u32,
    specializations: Vec<String>,
    blind: bool,
    /// Further fields, after the others.
    fields: Vec<(String, String)>,
}

impl CycleBuilder<'_> {
    /// Opened `days` days before today.
    pub fn opened_days_ago(self, days: i64) -> Self {
        self.opens_in(-days)
    }
    /// Opens `days` days after today.
    pub fn opens_in(mut self, days: i64) -> Self {
        self.opens_on = shift(today(), days);
        self
    }
    /// Closes `days` days after today.
    pub fn closes_in(mut self, days: i64) -> Self {
        self.closes_on = shift(today(), days);
        self
    }
    /// Nominations one member may make.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }
    /// The specializations it takes (instead of serverless and container).
    pub fn specializations(mut self, slugs: &[&str]) -> Self {
        self.specializations = slugs.iter().map(|s| (*s).to_owned()).collect();
        self
    }
    /// Reviewers do not see who nominated.
    pub fn blind(mut self) -> Self {
        self.blind = true;
        self
    }

    /// The form's fields.
    pub fn fields(&self) -> Vec<(String, String)> {
        let mut fields = vec![
            ("kind".to_owned(), self.kind.to_owned()),
            ("name".to_owned(), self.name.clone()),
            ("opens_on".to_owned(), self.opens_on.to_string()),
            ("closes_on".to_owned(), self.closes_on.to_string()),
        ];
        if self.kind == "selection" {
            fields.push(("nomination_limit".to_owned(), self.limit.to_string()));
            fields.extend(
                rubric_fields(&Rubric::standard())
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v)),
            );
            for slug in &self.specializations {
                fields.push(("specializations".to_owned(), slug.clone()));
            }
        }
        if self.blind {
            fields.push(("blind".to_owned(), "on".to_owned()));
        }
        fields.extend(self.fields.iter().cloned());
        fields
    }

    /// Posts the form as a new cycle and returns the answer.
    pub async fn send(&self) -> TestResponse {
        self.send_to("/admin/cycles").await
    }

    /// Posts the form to `path` (an existing cycle's) and returns the answer.
    pub async fn send_to(&self, path: &str) -> TestResponse {
        let fields = self.fields();
        self.program
            .post(path, &form(&fields), &self.program.admin)
            .await
    }

    /// Opens the cycle; the admin is sent on.
    pub async fn open(self) {
        let opened = self.send().await;
        assert_eq!(opened.status, 303, "{}", opened.body);
    }
}

fn shift(day: NaiveDate, days: i64) -> NaiveDate {
    if days < 0 {
        day - Days::new(days.unsigned_abs())
    } else {
        day + Days::new(days.unsigned_abs())
    }
}

/// A nomination as the member's form posts it; see [`Program::nomination`].
pub struct NominationBuilder<'p> {
    program: &'p Program<'p>,
    cookie: String,
    fields: Vec<(&'static str, String)>,
}

impl<'p> NominationBuilder<'p> {
    fn set(mut self, field: &str, value: &str) -> Self {
        let slot = self.fields.iter_mut().find(|(k, _)| *k == field).unwrap();
        slot.1 = value.to_owned();
        self
    }
    /// For another specialization than serverless.
    pub fn specialization(self, slug: &str) -> Self {
        self.set("specialization", slug)
    }
    /// The nominee's name.
    pub fn name(self, name: &str) -> Self {
        self.set("nominee_name", name)
    }
    /// The nominee's links (one a line).
    pub fn links(self, links: &str) -> Self {
        self.set("nominee_links", links)
    }
    /// Why the member nominates.
    pub fn statement(self, statement: &str) -> Self {
        self.set("statement", statement)
    }
    /// The evidence field.
    pub fn evidence(self, evidence: &str) -> Self {
        self.set("evidence", evidence)
    }

    /// The form's fields.
    pub fn fields(&self) -> Vec<(&str, &str)> {
        form(&self.fields)
    }

    /// Sends the nomination and returns the answer.
    pub async fn send(&self) -> TestResponse {
        self.program
            .post("/nominate", &self.fields(), &self.cookie)
            .await
    }

    /// Sends the nomination, which must be taken, and returns the candidacy it went to.
    pub async fn submit(self) -> Candidacy<'p> {
        let sent = self.send().await;
        assert_eq!(sent.status, 303, "{}", sent.body);
        let db = self.program.app.db();
        let email = &self.fields[2].1;
        // A nominee who has an account is linked to the candidacy by it, not the address.
        let account = Email::parse("email", email).unwrap();
        let user = heroes_store::accounts::by_email(db, &account)
            .await
            .unwrap();
        let id = selection::of_nominee(db, user.map_or(0, |u| u.id), email)
            .await
            .unwrap()
            .first()
            .unwrap_or_else(|| panic!("no candidacy for {email}"))
            .id;
        self.program.candidacy(id)
    }
}

/// One candidacy and the steps people take on it.
#[derive(Clone, Copy)]
pub struct Candidacy<'p> {
    program: &'p Program<'p>,
    pub id: i64,
}

impl Candidacy<'_> {
    /// The nominee (signed in with `cookie`) accepts the nomination with `profile`.
    pub async fn accept(&self, cookie: &str, profile: &[(&str, &str)]) -> TestResponse {
        let path = format!("/account/nominations/{}/accept", self.id);
        self.program.post(&path, profile, cookie).await
    }

    /// The nominee accepts with `profile`, which must be taken.
    pub async fn accepted(&self, cookie: &str, profile: &[(&str, &str)]) {
        let answered = self.accept(cookie, profile).await;
        assert_eq!(answered.status, 303, "{}", answered.body);
    }

    /// The admin assigns the reviewer with account id `reviewer`.
    pub async fn assign(&self, reviewer: i64) -> TestResponse {
        let (ids, reviewer) = (self.id.to_string(), reviewer.to_string());
        self.program
            .post(
                "/admin/candidacies/assign",
                &[("ids", &ids), ("reviewer", &reviewer)],
                &self.program.admin,
            )
            .await
    }

    /// A reviewer (signed in with `cookie`) scores impact, consistency, depth and community
    /// leadership, with the comment "strong"; the review must be taken.
    pub async fn review(&self, cookie: &str, [impact, consistency, depth, leadership]: [u8; 4]) {
        let scores = [impact, consistency, depth, leadership].map(|s| s.to_string());
        let reviewed = self
            .program
            .post(
                &format!("/review/{}", self.id),
                &[
                    ("score.impact", &scores[0]),
                    ("score.consistency", &scores[1]),
                    ("score.depth", &scores[2]),
                    ("score.community-leadership", &scores[3]),
                    ("comment", "strong"),
                ],
                cookie,
            )
            .await;
        assert_eq!(reviewed.status, 303, "{}", reviewed.body);
    }

    /// The admin posts `fields` as the decision and gets the answer.
    pub async fn decide(&self, fields: &[(&str, &str)]) -> TestResponse {
        let path = format!("/admin/candidacies/{}/decide", self.id);
        self.program.post(&path, fields, &self.program.admin).await
    }

    /// The admin accepts the candidate, to be announced on `announce_on`, and is sent on.
    pub async fn accept_for(&self, announce_on: NaiveDate) -> TestResponse {
        let decided = self
            .decide(&[
                ("decision", "accept"),
                ("announce_on", &announce_on.to_string()),
                ("feedback", ""),
            ])
            .await;
        assert_eq!(decided.status, 303, "{}", decided.body);
        decided
    }

    /// The accepted candidate (signed in with `cookie`) onboards with `profile`, ticking the
    /// terms and the NDA in effect today.
    pub async fn onboard(&self, cookie: &str, profile: &[(&str, &str)]) -> TestResponse {
        let nda = heroes_store::briefings::current_nda(self.program.app.db(), today())
            .await
            .unwrap()
            .expect("an NDA in effect");
        let nda_id = nda.id.to_string();
        let mut onboarding = profile.to_vec();
        onboarding.extend([
            ("accept_terms", "on"),
            ("accept_nda", "on"),
            ("nda_version", nda_id.as_str()),
        ]);
        let path = format!("/account/nominations/{}/onboard", self.id);
        let onboarded = self.program.post(&path, &onboarding, cookie).await;
        assert_eq!(onboarded.status, 303, "{}", onboarded.body);
        onboarded
    }
}

/// Every candidacy of the first cycle, as the admin's queue lists them.
pub async fn queue(app: &TestApp) -> Vec<selection::queue::QueueRow> {
    let (rows, _) = selection::queue::queue(
        app.db(),
        &selection::queue::QueueQuery {
            cycle_id: 1,
            page: 1,
            per_page: 100,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    rows
}
