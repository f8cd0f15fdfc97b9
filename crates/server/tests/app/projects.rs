//! Community projects (issue 16): starting one with a form that keeps what was typed, asking
//! to join and the owners' answers (mailed, and race-safe), a project never left without an
//! owner, contributions linked from the edit form, the public list with its filters, feeds,
//! the API and the sitemap, the data export, and what erasing an owner does.

use crate::helpers::{TestApp, contribution, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::Email;
use heroes_domain::projects::ProjectInput;
use heroes_store::accounts::{self, Actor, NewAccount};
use heroes_store::projects;

/// A verified account named `name` (the helpers name everybody alike) and its session.
async fn person(app: &TestApp, email: &str, name: &str) -> (i64, String) {
    let id = accounts::sign_up(
        app.db(),
        NewAccount {
            email: &Email::parse("email", email).unwrap(),
            name,
            password_hash: "x".to_owned(),
            verified: true,
        },
        None,
        &Actor::cli(),
    )
    .await
    .unwrap();
    (id, app.session(id).await)
}

fn input(name: &str, status: &str) -> ProjectInput {
    ProjectInput {
        name: name.to_owned(),
        description: "Translating the **pattern catalog**.".to_owned(),
        url: "https://github.com/example/patterns-pt".to_owned(),
        specializations: vec!["serverless".to_owned()],
        help_skills: "Portuguese, technical writing".to_owned(),
        help_roles: "reviewer".to_owned(),
        status: status.to_owned(),
    }
}

/// Starts a project owned by `owner` straight in the store; returns (slug, id).
pub async fn started(app: &TestApp, owner: i64, name: &str, status: &str) -> (String, i64) {
    let slug = projects::start(
        app.db(),
        &input(name, status).parse().unwrap(),
        owner,
        &Actor::cli(),
    )
    .await
    .unwrap();
    let id = projects::get(app.db(), &slug).await.unwrap().id;
    (slug, id)
}

/// The route × role matrix's project: `matrix-project`, owned by Ana's account, with a
/// request waiting from someone outside the matrix. Returns the request's id.
pub async fn matrix_objects(app: &TestApp, ana_id: i64) -> i64 {
    let ana_user = heroes_store::renewal::account_of(app.db(), ana_id)
        .await
        .unwrap()
        .expect("Ana has an account")
        .user_id;
    let (_, id) = started(app, ana_user, "Matrix project", "looking-for-help").await;
    let (outsider, _) = person(app, "outsider@example.org", "Otto Outside").await;
    projects::ask_to_join(app.db(), id, outsider, "", &[])
        .await
        .unwrap()
        .unwrap()
}

fn post(path: &str, cookie: &str) -> Request<Body> {
    Request::post(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn a_hero_starts_a_project_a_member_asks_and_the_owner_accepts_once() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    let ana_session = app.session(ana_user).await;

    // A form with mistakes comes back with every field as typed and each error named.
    let refused = app
        .post_form(
            "/projects/new",
            &[
                ("name", "Serverless patterns in Portuguese"),
                ("description", "Translating the catalog."),
                ("url", "javascript:alert(1)"),
                ("specializations", "serverless"),
                ("help_skills", "Portuguese, technical writing"),
                ("help_roles", "reviewer"),
                ("status", "finished"),
            ],
            Some(&ana_session),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Portuguese, technical writing"));
    assert!(refused.body.contains("id=\"url-error\""));
    assert!(refused.body.contains("id=\"status-error\""));

    let created = app
        .post_form(
            "/projects/new",
            &[
                ("name", "Serverless patterns in Portuguese"),
                ("description", "Translating the **catalog**."),
                ("url", "https://github.com/example/patterns-pt"),
                ("specializations", "serverless"),
                ("help_skills", "Portuguese, technical writing"),
                ("help_roles", "reviewer"),
                ("status", "looking-for-help"),
            ],
            Some(&ana_session),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let slug = "serverless-patterns-in-portuguese";
    assert_eq!(
        created.header("location"),
        Some(format!("/projects/{slug}?notice=started").as_str())
    );

    // A member asks; the owner is mailed.
    let (mia, mia_session) = person(&app, "mia@example.org", "Mia Member").await;
    let asked = app
        .post_form(
            &format!("/projects/{slug}/join"),
            &[("message", "I translate for a living.")],
            Some(&mia_session),
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let mail = app.last_mail_to("ana@example.org").await;
    assert!(mail.subject.contains("Mia Member"), "{}", mail.subject);
    // Asking twice makes one request, and says so.
    let again = app
        .post_form(&format!("/projects/{slug}/join"), &[], Some(&mia_session))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("You already asked to join"));

    // The owner sees the request; nobody else does.
    let page = app.get_as(&format!("/projects/{slug}"), &ana_session).await;
    assert!(page.body.contains("I translate for a living."));
    assert_eq!(page.header("cache-control"), Some("private, no-store"));
    let public = app.get(&format!("/projects/{slug}")).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(!public.body.contains("I translate for a living."));
    assert!(!public.body.contains("mia@example.org"));

    let id = projects::get(app.db(), slug).await.unwrap().id;
    let request = projects::waiting_requests(app.db(), id).await.unwrap()[0].id;
    // Someone else accepting it gets 404, and so does a request id of another project.
    let (_, eve_session) = person(&app, "eve@example.org", "Eve Else").await;
    let stranger = app
        .post_form(
            &format!("/projects/{slug}/requests/{request}/accept"),
            &[],
            Some(&eve_session),
        )
        .await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
    let (other, _) = started(&app, ana_user, "Another project", "active").await;
    let elsewhere = app
        .post_form(
            &format!("/projects/{other}/requests/{request}/accept"),
            &[],
            Some(&ana_session),
        )
        .await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);

    // Two clicks of "accept" at once: one acceptance, one refusal that says why.
    let answers = app
        .at_once(vec![
            post(
                &format!("/projects/{slug}/requests/{request}/accept"),
                &ana_session,
            ),
            post(
                &format!("/projects/{slug}/requests/{request}/decline"),
                &ana_session,
            ),
        ])
        .await;
    let statuses: Vec<_> = answers.iter().map(|a| a.status).collect();
    assert!(
        statuses.contains(&StatusCode::SEE_OTHER) && statuses.contains(&StatusCode::CONFLICT),
        "{statuses:?}"
    );
    assert_eq!(
        projects::membership(app.db(), id, mia).await.unwrap(),
        (answers[0].status == StatusCode::SEE_OTHER).then_some(false)
    );
    if answers[0].status == StatusCode::SEE_OTHER {
        let welcome = app.last_mail_to("mia@example.org").await;
        assert!(welcome.subject.contains("Welcome"), "{}", welcome.subject);
        let page = app.get(&format!("/projects/{slug}")).await;
        assert!(page.body.contains("Mia Member"));
        // A member asking again is told they belong already.
        let member_again = app
            .post_form(&format!("/projects/{slug}/join"), &[], Some(&mia_session))
            .await;
        assert_eq!(member_again.status, StatusCode::CONFLICT);
        assert!(member_again.body.contains("You already belong"));
    }
}

/// Many requests to join at the same moment make one waiting request per person.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn asking_to_join_at_once_makes_one_request() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    let (slug, id) = started(&app, ana_user, "Race project", "active").await;
    let (_, mia_session) = person(&app, "mia@example.org", "Mia Member").await;
    let answers = app
        .at_once(
            (0..4)
                .map(|_| post(&format!("/projects/{slug}/join"), &mia_session))
                .collect(),
        )
        .await;
    crate::helpers::assert_one_went_through(&answers);
    assert_eq!(
        projects::waiting_requests(app.db(), id)
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn a_project_always_keeps_an_owner() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    let ana_session = app.session(ana_user).await;
    let (slug, id) = started(&app, ana_user, "Owned project", "active").await;
    let (mia, mia_session) = person(&app, "mia@example.org", "Mia Member").await;

    // The only owner can neither leave nor step down.
    let leave = app
        .post_form(&format!("/projects/{slug}/leave"), &[], Some(&ana_session))
        .await;
    assert_eq!(leave.status, StatusCode::CONFLICT);
    assert!(leave.body.contains("always keeps an owner"));
    let me = ana_user.to_string();
    let step_down = app
        .post_form(
            &format!("/projects/{slug}/owners"),
            &[("user", me.as_str()), ("owner", "0")],
            Some(&ana_session),
        )
        .await;
    assert_eq!(step_down.status, StatusCode::CONFLICT);
    // Ownership passes only to a member: Mia is none yet.
    let mia_text = mia.to_string();
    let not_member = app
        .post_form(
            &format!("/projects/{slug}/owners"),
            &[("user", mia_text.as_str()), ("owner", "1")],
            Some(&ana_session),
        )
        .await;
    assert_eq!(not_member.status, StatusCode::CONFLICT);
    // A non-owner naming owners gets 404.
    let by_mia = app
        .post_form(
            &format!("/projects/{slug}/owners"),
            &[("user", mia_text.as_str()), ("owner", "1")],
            Some(&mia_session),
        )
        .await;
    assert_eq!(by_mia.status, StatusCode::NOT_FOUND);

    let request = projects::ask_to_join(app.db(), id, mia, "", &[])
        .await
        .unwrap()
        .unwrap();
    projects::answer(
        app.db(),
        id,
        request,
        ana_user,
        heroes_domain::projects::RequestStep::Accept,
        &[],
    )
    .await
    .unwrap()
    .unwrap();
    let handed = app
        .post_form(
            &format!("/projects/{slug}/owners"),
            &[("user", mia_text.as_str()), ("owner", "1")],
            Some(&ana_session),
        )
        .await;
    assert_eq!(handed.status, StatusCode::SEE_OTHER, "{}", handed.body);
    // Both owners stepping down at once: one of them stays.
    let answers = app
        .at_once(vec![
            post(&format!("/projects/{slug}/leave"), &ana_session),
            post(&format!("/projects/{slug}/leave"), &mia_session),
        ])
        .await;
    crate::helpers::assert_one_went_through(&answers);
    let members = projects::members(app.db(), id).await.unwrap();
    assert_eq!(members.len(), 1);
    assert!(members[0].owner);
}

#[tokio::test]
async fn a_contribution_is_linked_to_a_project_its_hero_belongs_to() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    let ana_session = app.session(ana_user).await;
    let ben = hero("Ben Okafor").create(&app).await;
    let ben_user = app.account("ben@example.org", &[], Some(&ben)).await;
    let (slug, id) = started(&app, ana_user, "Linked project", "active").await;
    let (_, bens) = started(&app, ben_user, "Ben's project", "active").await;
    let work = contribution(&ana, "Patterns, translated")
        .create(&app)
        .await;
    let secret = contribution(&ana, "Private notes")
        .private()
        .create(&app)
        .await;

    let form = app
        .get_as(&format!("/account/contributions/{work}"), &ana_session)
        .await;
    assert!(form.body.contains("Linked project"));
    assert!(!form.body.contains("Ben&#x27;s project") && !form.body.contains("Ben's project"));

    let fields = |project: String| {
        vec![
            ("kind", "blog-post".to_owned()),
            ("title", "Patterns, translated".to_owned()),
            ("url", format!("https://example.org/{project}")),
            ("date", "2026-01-10".to_owned()),
            ("project", project),
        ]
    };
    // A project the hero does not belong to is refused on its field, the rest kept.
    let refused_fields = fields(bens.to_string());
    let pairs: Vec<(&str, &str)> = refused_fields
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .collect();
    let refused = app
        .post_form(
            &format!("/account/contributions/{work}"),
            &pairs,
            Some(&ana_session),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"project-error\""));
    assert!(refused.body.contains("Patterns, translated"));

    for item in [work, secret] {
        let ok_fields = fields(id.to_string());
        let mut pairs: Vec<(&str, &str)> =
            ok_fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let url = format!("https://example.org/{item}");
        pairs[2].1 = &url;
        if item == secret {
            pairs[1].1 = "Private notes";
            pairs.push(("private", "on"));
        }
        let saved = app
            .post_form(
                &format!("/account/contributions/{item}"),
                &pairs,
                Some(&ana_session),
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let page = app.get(&format!("/projects/{slug}")).await;
    assert!(page.body.contains("Patterns, translated"));
    // A private work never shows, not even linked.
    assert!(!page.body.contains("Private notes"));
    let api = app.get(&format!("/api/v1/projects/{slug}")).await.json();
    assert_eq!(api["contributions"].as_array().unwrap().len(), 1);
    assert_eq!(api["contributions"][0]["hero"], ana.as_str());
    assert!(!api.to_string().contains("ana@example.org"));
}

#[tokio::test]
async fn projects_are_listed_filtered_fed_and_mapped() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    started(&app, ana_user, "Patterns in Portuguese", "looking-for-help").await;
    let mut quiet = input("Quiet archive", "done");
    quiet.help_skills.clear();
    quiet.help_roles.clear();
    quiet.specializations.clear();
    projects::start(app.db(), &quiet.parse().unwrap(), ana_user, &Actor::cli())
        .await
        .unwrap();

    let all = app.get("/projects").await;
    assert!(all.body.contains("Patterns in Portuguese") && all.body.contains("Quiet archive"));
    let help = app.get("/projects?help=1").await;
    assert!(help.body.contains("Patterns in Portuguese") && !help.body.contains("Quiet archive"));
    let done = app.get("/projects?status=done").await;
    assert!(!done.body.contains("Patterns in Portuguese") && done.body.contains("Quiet archive"));
    let by_spec = app.get("/projects?specialization=serverless").await;
    assert!(!by_spec.body.contains("Quiet archive"));
    let by_text = app.get("/projects?q=portug").await;
    assert!(by_text.body.contains("Patterns in Portuguese") && !by_text.body.contains("Quiet"));

    let atom = app.get("/feeds/projects.atom?help=1").await;
    assert_eq!(atom.status, StatusCode::OK);
    assert!(
        atom.body
            .contains("<title type=\"text\">Patterns in Portuguese</title>")
    );
    assert!(!atom.body.contains("Quiet archive"));
    let json = app.get("/feeds/projects.json").await.json();
    assert_eq!(json["items"].as_array().unwrap().len(), 2);
    let api = app.get("/api/v1/projects?status=looking-for-help").await;
    assert_eq!(api.header("access-control-allow-origin"), Some("*"));
    let api = api.json();
    assert_eq!(api["projects"].as_array().unwrap().len(), 1);
    assert_eq!(api["projects"][0]["help_skills"][0], "Portuguese");
    assert_eq!(
        app.get("/api/v1/projects/nothing-here").await.status,
        StatusCode::NOT_FOUND
    );

    let sitemap = app.get("/sitemap.xml").await;
    assert!(
        sitemap
            .body
            .contains("/projects/patterns-in-portuguese</loc>")
    );
    let openapi = app.get("/api/openapi.json").await.json();
    assert!(openapi["paths"]["/api/v1/projects"].is_object());
    assert!(openapi["paths"]["/api/v1/projects/{slug}"].is_object());
}

#[tokio::test]
async fn erasing_an_owner_passes_the_project_on_or_closes_it() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ana_user = app.account("ana@example.org", &[], Some(&ana)).await;
    let ana_session = app.session(ana_user).await;
    let (shared, shared_id) = started(&app, ana_user, "Shared project", "active").await;
    let (alone, _) = started(&app, ana_user, "Lonely project", "active").await;
    // Two members join; Ben first, so he is the longest member.
    let (ben, _) = person(&app, "ben@example.org", "Ben First").await;
    let (cid, _) = person(&app, "cid@example.org", "Cid Second").await;
    for who in [ben, cid] {
        let r = projects::ask_to_join(app.db(), shared_id, who, "", &[])
            .await
            .unwrap()
            .unwrap();
        projects::answer(
            app.db(),
            shared_id,
            r,
            ana_user,
            heroes_domain::projects::RequestStep::Accept,
            &[],
        )
        .await
        .unwrap()
        .unwrap();
    }
    // The export lists what Ana owns.
    let export = app.get_as("/account/export", &ana_session).await;
    assert_eq!(export.status, StatusCode::OK);
    let doc = export.json();
    assert_eq!(doc["projects"]["memberships"].as_array().unwrap().len(), 2);

    accounts::erase(app.db(), ana_user, &Actor::cli())
        .await
        .unwrap();
    let members = projects::members(app.db(), shared_id).await.unwrap();
    assert_eq!(members.len(), 2);
    assert!(members.iter().any(|m| m.user_id == ben && m.owner));
    assert!(members.iter().any(|m| m.user_id == cid && !m.owner));
    let lonely = projects::get(app.db(), &alone).await.unwrap();
    assert_eq!(lonely.status.as_str(), "done");
    assert_eq!(lonely.member_count, 0);
    assert_eq!(
        projects::get(app.db(), &shared)
            .await
            .unwrap()
            .status
            .as_str(),
        "active"
    );
}
