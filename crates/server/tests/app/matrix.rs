//! The route × role matrix: every route of the router, asked by every kind of person, gets
//! the answer the policy promises. A route added to the router without a row here fails the
//! test, and so does a row for a route that no longer exists.

use crate::helpers::{TestApp, TestResponse, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::{Role, TokenScope};
use heroes_server::router::route_list;

/// What a person gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Served (whatever the status: a form error or a missing token is still "allowed").
    A,
    /// Sent to the sign-in page.
    S,
    /// 403.
    F,
}
use Expect::{A, F, S};

/// Everyone gets it.
const OPEN: [Expect; 7] = [A; 7];
/// Any signed-in account.
const MEMBERS: [Expect; 7] = [S, A, A, A, A, A, A];
/// Accounts linked to a hero record (heroes and alumni).
const HEROES: [Expect; 7] = [S, F, A, A, F, F, F];
/// Reviewers, staff and admins (who are then refused a file they are not assigned to).
const REVIEWERS: [Expect; 7] = [S, F, F, F, A, A, A];
/// Nobody is assigned to candidacy 999, so the policy lets reviewers in and the assignment
/// check turns them away.
const UNASSIGNED: [Expect; 7] = [S, F, F, F, F, F, F];
/// Active heroes (and heroes on leave) only.
const ACTIVE_HEROES: [Expect; 7] = [S, F, A, F, F, F, F];
/// Admins only.
const ADMINS: [Expect; 7] = [S, F, F, F, F, F, A];

/// (method, route pattern, concrete path to request, answers for visitor, member, hero,
/// alumni, staff, reviewer, admin).
const MATRIX: &[(&str, &str, &str, [Expect; 7])] = &[
    ("GET", "/", "/", OPEN),
    ("GET", "/heroes", "/heroes", OPEN),
    ("GET", "/heroes/{slug}", "/heroes/ana-souza", OPEN),
    (
        "GET",
        "/heroes/{slug}/photo.jpg",
        "/heroes/ana-souza/photo.jpg",
        OPEN,
    ),
    (
        "GET",
        "/heroes/{slug}/feed.atom",
        "/heroes/ana-souza/feed.atom",
        OPEN,
    ),
    ("GET", "/specializations", "/specializations", OPEN),
    (
        "GET",
        "/specializations/{slug}",
        "/specializations/serverless",
        OPEN,
    ),
    (
        "GET",
        "/specializations/{slug}/feed.atom",
        "/specializations/serverless/feed.atom",
        OPEN,
    ),
    ("GET", "/contributions", "/contributions", OPEN),
    (
        "GET",
        "/feeds/contributions.atom",
        "/feeds/contributions.atom",
        OPEN,
    ),
    (
        "GET",
        "/feeds/contributions.json",
        "/feeds/contributions.json",
        OPEN,
    ),
    ("GET", "/sitemap.xml", "/sitemap.xml", OPEN),
    ("GET", "/robots.txt", "/robots.txt", OPEN),
    ("GET", "/assets/{file}", "/assets/style.css", OPEN),
    ("GET", "/favicon.ico", "/favicon.ico", OPEN),
    ("GET", "/api/v1/heroes", "/api/v1/heroes", OPEN),
    (
        "GET",
        "/api/v1/heroes/{slug}",
        "/api/v1/heroes/ana-souza",
        OPEN,
    ),
    (
        "GET",
        "/api/v1/specializations",
        "/api/v1/specializations",
        OPEN,
    ),
    (
        "GET",
        "/api/v1/contributions",
        "/api/v1/contributions",
        OPEN,
    ),
    ("GET", "/api/openapi.json", "/api/openapi.json", OPEN),
    ("GET", "/api/docs", "/api/docs", OPEN),
    ("GET", "/api/{*rest}", "/api/v0/nothing", OPEN),
    ("GET", "/signup", "/signup", OPEN),
    ("POST", "/signup", "/signup", OPEN),
    ("GET", "/verify", "/verify?token=nothing", OPEN),
    ("GET", "/login", "/login", OPEN),
    ("POST", "/login", "/login", OPEN),
    ("POST", "/logout", "/logout", OPEN),
    // Not configured in this test: 404 for everyone (the SSO test covers the flow).
    ("GET", "/login/sso", "/login/sso", OPEN),
    ("GET", "/login/sso/callback", "/login/sso/callback", OPEN),
    ("GET", "/password/forgot", "/password/forgot", OPEN),
    ("POST", "/password/forgot", "/password/forgot", OPEN),
    (
        "GET",
        "/password/reset",
        "/password/reset?token=nothing",
        OPEN,
    ),
    ("POST", "/password/reset", "/password/reset", OPEN),
    ("GET", "/account", "/account", MEMBERS),
    ("GET", "/account/profile", "/account/profile", HEROES),
    ("POST", "/account/profile", "/account/profile", HEROES),
    (
        "POST",
        "/account/profile/photo",
        "/account/profile/photo",
        HEROES,
    ),
    (
        "POST",
        "/account/profile/photo/remove",
        "/account/profile/photo/remove",
        HEROES,
    ),
    (
        "GET",
        "/account/contributions",
        "/account/contributions",
        HEROES,
    ),
    (
        "POST",
        "/account/contributions",
        "/account/contributions",
        HEROES,
    ),
    (
        "GET",
        "/account/contributions/new",
        "/account/contributions/new",
        HEROES,
    ),
    (
        "GET",
        "/account/contributions/export",
        "/account/contributions/export",
        HEROES,
    ),
    (
        "POST",
        "/account/contributions/import",
        "/account/contributions/import",
        HEROES,
    ),
    (
        "GET",
        "/account/contributions/{id}",
        "/account/contributions/999",
        HEROES,
    ),
    (
        "POST",
        "/account/contributions/{id}",
        "/account/contributions/999",
        HEROES,
    ),
    (
        "POST",
        "/account/contributions/{id}/delete",
        "/account/contributions/999/delete",
        HEROES,
    ),
    ("POST", "/account/password", "/account/password", MEMBERS),
    ("GET", "/account/tokens", "/account/tokens", MEMBERS),
    ("GET", "/account/export", "/account/export", MEMBERS),
    ("GET", "/account/delete", "/account/delete", MEMBERS),
    ("POST", "/account/delete", "/account/delete", MEMBERS),
    ("POST", "/account/tokens", "/account/tokens", MEMBERS),
    (
        "POST",
        "/account/tokens/{id}/revoke",
        "/account/tokens/999/revoke",
        MEMBERS,
    ),
    // The API takes a bearer token (the test sends a write token for each person).
    ("GET", "/api/v1/me", "/api/v1/me", MEMBERS),
    ("GET", "/api/v1/me/profile", "/api/v1/me/profile", MEMBERS),
    ("PATCH", "/api/v1/me/profile", "/api/v1/me/profile", HEROES),
    ("POST", "/account/email", "/account/email", MEMBERS),
    // The link works in whichever browser the mail is opened: the token is the proof.
    (
        "GET",
        "/account/email/confirm",
        "/account/email/confirm?token=nothing",
        OPEN,
    ),
    (
        "POST",
        "/account/sessions/end-others",
        "/account/sessions/end-others",
        MEMBERS,
    ),
    ("GET", "/account/sources", "/account/sources", HEROES),
    ("POST", "/account/sources", "/account/sources", HEROES),
    (
        "POST",
        "/account/sources/{id}/auto",
        "/account/sources/999/auto",
        HEROES,
    ),
    (
        "POST",
        "/account/sources/{id}/poll",
        "/account/sources/999/poll",
        HEROES,
    ),
    (
        "POST",
        "/account/sources/{id}/delete",
        "/account/sources/999/delete",
        HEROES,
    ),
    (
        "GET",
        "/account/suggestions",
        "/account/suggestions",
        HEROES,
    ),
    (
        "POST",
        "/account/suggestions/{id}/claim",
        "/account/suggestions/999/claim",
        HEROES,
    ),
    (
        "POST",
        "/account/suggestions/{id}/decline",
        "/account/suggestions/999/decline",
        HEROES,
    ),
    ("GET", "/admin/jobs", "/admin/jobs", ADMINS),
    ("GET", "/admin/outbox", "/admin/outbox", ADMINS),
    ("GET", "/admin/audit", "/admin/audit", ADMINS),
    ("GET", "/nominate", "/nominate", MEMBERS),
    ("POST", "/nominate", "/nominate", MEMBERS),
    (
        "GET",
        "/account/nominations",
        "/account/nominations",
        MEMBERS,
    ),
    (
        "GET",
        "/account/nominations/{id}",
        "/account/nominations/999",
        MEMBERS,
    ),
    (
        "POST",
        "/account/nominations/{id}/accept",
        "/account/nominations/999/accept",
        MEMBERS,
    ),
    (
        "POST",
        "/account/nominations/{id}/decline",
        "/account/nominations/999/decline",
        MEMBERS,
    ),
    (
        "POST",
        "/account/nominations/{id}/onboard",
        "/account/nominations/999/onboard",
        MEMBERS,
    ),
    (
        "GET",
        "/account/notifications",
        "/account/notifications",
        MEMBERS,
    ),
    ("GET", "/review", "/review", REVIEWERS),
    ("GET", "/review/{id}", "/review/999", UNASSIGNED),
    ("POST", "/review/{id}", "/review/999", UNASSIGNED),
    (
        "POST",
        "/review/{id}/conflict",
        "/review/999/conflict",
        UNASSIGNED,
    ),
    ("GET", "/admin/cycles", "/admin/cycles", ADMINS),
    ("POST", "/admin/cycles", "/admin/cycles", ADMINS),
    ("GET", "/admin/cycles/{id}", "/admin/cycles/999", ADMINS),
    ("POST", "/admin/cycles/{id}", "/admin/cycles/999", ADMINS),
    ("GET", "/admin/candidacies", "/admin/candidacies", ADMINS),
    (
        "POST",
        "/admin/candidacies/assign",
        "/admin/candidacies/assign",
        ADMINS,
    ),
    (
        "GET",
        "/admin/candidacies/{id}",
        "/admin/candidacies/999",
        ADMINS,
    ),
    (
        "POST",
        "/admin/candidacies/{id}/decide",
        "/admin/candidacies/999/decide",
        ADMINS,
    ),
    ("GET", "/account/renewal", "/account/renewal", ACTIVE_HEROES),
    ("GET", "/admin/renewals", "/admin/renewals", ADMINS),
    (
        "POST",
        "/admin/renewals/{slug}",
        "/admin/renewals/ana-souza",
        ADMINS,
    ),
    ("GET", "/healthz", "/healthz", OPEN),
    ("GET", "/readyz", "/readyz", OPEN),
    ("GET", "/metrics", "/metrics", OPEN),
];

fn classify(response: &TestResponse) -> Expect {
    let to_sign_in = response
        .header("location")
        .is_some_and(|l| l.starts_with("/login?next="));
    match response.status {
        StatusCode::FORBIDDEN => F,
        StatusCode::UNAUTHORIZED
            if response
                .header("content-type")
                .is_some_and(|c| c.contains("problem+json")) =>
        {
            S
        }
        s if s.is_redirection() && to_sign_in => S,
        _ => A,
    }
}

#[test]
fn every_route_has_a_row_and_every_row_a_route() {
    let routes: Vec<(&str, &str)> = route_list().iter().map(|r| (r.method, r.path)).collect();
    for route in &routes {
        assert!(
            MATRIX.iter().any(|(m, p, _, _)| (*m, *p) == *route),
            "{route:?} is missing from the route × role matrix"
        );
    }
    for (m, p, _, _) in MATRIX {
        assert!(
            routes.contains(&(*m, *p)),
            "{m} {p} is in the matrix but not in the router"
        );
    }
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_policy_says() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2020)])
        .create(&app)
        .await;
    let ben = hero("Ben Okafor").status("alumni").create(&app).await;
    let people: [(&str, Option<i64>); 7] = [
        ("visitor", None),
        (
            "member",
            Some(app.account("member@example.org", &[], None).await),
        ),
        (
            "hero",
            Some(app.account("hero@example.org", &[], Some(&ana)).await),
        ),
        (
            "alumni",
            Some(app.account("alumni@example.org", &[], Some(&ben)).await),
        ),
        (
            "staff",
            Some(app.account("staff@example.org", &[Role::Staff], None).await),
        ),
        (
            "reviewer",
            Some(
                app.account("reviewer@example.org", &[Role::Reviewer], None)
                    .await,
            ),
        ),
        (
            "admin",
            Some(app.account("admin@example.org", &[Role::Admin], None).await),
        ),
    ];
    let mut failures = Vec::new();
    for (method, pattern, path, expected) in MATRIX {
        for ((who, user), want) in people.iter().zip(expected) {
            // A fresh session per request: some routes (sign-out) end the one they get.
            let mut builder = Request::builder().method(*method).uri(*path);
            match user {
                Some(id) if path.starts_with("/api/") => {
                    let token = app.token(*id, TokenScope::Write).await;
                    builder = builder.header("authorization", format!("Bearer {token}"));
                }
                Some(id) => builder = builder.header("cookie", app.session(*id).await),
                None => {}
            }
            if *method == "POST" {
                builder = builder.header("content-type", "application/x-www-form-urlencoded");
            }
            let response = app.request(builder.body(Body::empty()).unwrap()).await;
            let got = classify(&response);
            if got != *want {
                failures.push(format!(
                    "{method} {pattern} as {who}: expected {want:?}, got {got:?} ({})",
                    response.status
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
