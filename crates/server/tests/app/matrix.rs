//! The route × role matrix: every route of the router, asked by every kind of person, gets
//! the answer the policy promises. A route added to the router without a row here fails the
//! test, and so does a row for a route that no longer exists.
//!
//! Routes with an id ask for a real object with a known owner (`{contribution}`, `{source}`
//! and `{suggestion}` belong to the hero, `{token}` to the member, `{nomination}` names the
//! member as nominee), so the answers prove per-object permission: the owner is served, every
//! other person who passes the role check gets 404. A server error is never an answer.

use crate::helpers::{TestApp, TestResponse, contribution, hero};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use heroes_domain::account::{Role, TokenScope};
use heroes_server::router::route_list;

/// What a person gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Served: any answer below 500 but 403, 404 and the way to sign-in (a form error or a
    /// spent token is still "allowed").
    A,
    /// Sent to the sign-in page.
    S,
    /// 403.
    F,
    /// 404: the object is not theirs (or does not exist for anyone).
    N,
    /// A server error: never expected, always a failure.
    E,
}
use Expect::{A, E, F, N, S};

/// Everyone gets it.
const OPEN: [Expect; 7] = [A; 7];
/// Any signed-in account.
const MEMBERS: [Expect; 7] = [S, A, A, A, A, A, A];
/// Accounts linked to a hero record (heroes and alumni).
const HEROES: [Expect; 7] = [S, F, A, A, F, F, F];
/// Reviewers, staff and admins (who are then refused a file they are not assigned to).
const REVIEWERS: [Expect; 7] = [S, F, F, F, A, A, A];
/// Nobody is assigned to the candidacy, so the policy lets reviewers in and the assignment
/// check turns them away.
const UNASSIGNED: [Expect; 7] = [S, F, F, F, F, F, F];
/// Active heroes (and heroes on leave) only.
const ACTIVE_HEROES: [Expect; 7] = [S, F, A, F, F, F, F];
/// The hero's own objects: the alumni passes the role check but owns none of them.
const HERO_OWNS: [Expect; 7] = [S, F, A, N, F, F, F];
/// The member's own objects: every other account is a member too, and gets 404.
const MEMBER_OWNS: [Expect; 7] = [S, A, N, N, N, N, N];
/// A hero profile: only accounts that speak for a hero record have one (404 for the rest).
const PROFILE: [Expect; 7] = [S, N, A, A, N, N, N];
/// Found by nobody (an unknown address, or a feature this test does not configure).
const NOWHERE: [Expect; 7] = [N; 7];
/// Admins only.
const ADMINS: [Expect; 7] = [S, F, F, F, F, F, A];
/// The private network: current heroes and the program team (staff, admins).
const NETWORK: [Expect; 7] = [S, F, A, F, A, F, A];
/// The network ask Ana posted: only she closes it; the team passes the role check and gets
/// 404.
const ASK_AUTHOR: [Expect; 7] = [S, F, A, F, N, F, N];
/// A mentorship between Ana (mentor) and the member (mentee): the pair only.
const PAIR: [Expect; 7] = [S, A, A, N, N, N, N];
/// Who may open `/briefings` (heroes, staff, admins).
const BRIEFING_READERS: [Expect; 7] = [S, F, A, F, A, F, A];
/// Who may create briefings (staff and admins).
const BRIEFING_RUNNERS: [Expect; 7] = [S, F, F, F, A, F, A];
/// One briefing for the hero's specialization (created by the admin; the hero accepted its
/// NDA): the hero and its organizer see it, everyone else gets 404 (staff who do not run it
/// too), never 403.
const BRIEFING: [Expect; 7] = [S, N, A, N, N, N, A];
/// What only an eligible hero does with a briefing (RSVP): its organizer gets 404 too.
const BRIEFING_HERO: [Expect; 7] = [S, N, A, N, N, N, N];
/// What only its organizers do (edit, run it).
const BRIEFING_ORGANIZER: [Expect; 7] = [S, N, N, N, N, N, A];
/// A group's leaders (nobody in the matrix) and admins, asked about a person the empty form
/// does not name: 404 once allowed.
const LEADERS_NAMING_NOBODY: [Expect; 7] = [S, F, F, F, F, F, N];

/// Routes any member may use whose object decides the rest (the group's leaders, or admins):
/// nobody in the matrix leads `{group}`, so their rows read like [`ADMINS`], but a malformed id
/// passes the role check and is simply not found.
const LED: &[&str] = &[
    "/events/{id}/edit",
    "/events/{id}/check-in",
    "/events/{id}/speakers",
    "/events/{id}/speakers/invite",
];
/// Credits: an id nobody holds, asked by heroes and alumni (who pass the role check and find
/// nothing), refused to everybody else.
const HERO_FINDS_NONE: [Expect; 7] = [S, F, N, N, F, F, F];
/// The same for what only active heroes may do.
const ACTIVE_HERO_FINDS_NONE: [Expect; 7] = [S, F, N, F, F, F, F];
/// The credit request queue: staff and admins.
const CREDIT_STAFF: [Expect; 7] = [S, F, F, F, A, F, A];
/// A request nobody filed, asked by staff and admins.
const CREDIT_STAFF_FIND_NONE: [Expect; 7] = [S, F, F, F, N, F, N];
/// Staff and admins (the program team).
const TEAM: [Expect; 7] = [S, F, F, F, A, F, A];
/// The program team: staff and admins.
const STAFF: [Expect; 7] = [S, F, F, F, A, F, A];
/// Something only admins see, asked about an id that names nothing: 404 once allowed.
const ADMINS_FIND_NONE: [Expect; 7] = [S, F, F, F, F, F, N];
/// What only the owners of a community project do (Ana owns `matrix-project`): every other
/// account gets 404, never 403.
const PROJECT_OWNER: [Expect; 7] = [S, N, A, N, N, N, N];
/// An owner's step naming nobody (the empty form): 404 for the owner too.
const OWNER_NAMING_NOBODY: [Expect; 7] = [S, N, N, N, N, N, N];

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
        NOWHERE,
    ),
    (
        "GET",
        "/heroes/{slug}/card.png",
        "/heroes/ana-souza/card.png",
        OPEN,
    ),
    (
        "GET",
        "/heroes/{slug}/feed.atom",
        "/heroes/ana-souza/feed.atom",
        OPEN,
    ),
    (
        "GET",
        "/heroes/{slug}/feed.json",
        "/heroes/ana-souza/feed.json",
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
    (
        "GET",
        "/specializations/{slug}/feed.json",
        "/specializations/serverless/feed.json",
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
    ("GET", "/api/v1/deletions", "/api/v1/deletions", OPEN),
    (
        "GET",
        "/api/v1/heroes.ndjson",
        "/api/v1/heroes.ndjson",
        OPEN,
    ),
    (
        "GET",
        "/api/v1/contributions.ndjson",
        "/api/v1/contributions.ndjson",
        OPEN,
    ),
    ("GET", "/api/openapi.json", "/api/openapi.json", OPEN),
    ("GET", "/api/docs", "/api/docs", OPEN),
    ("GET", "/api/{*rest}", "/api/v0/nothing", NOWHERE),
    ("GET", "/signup", "/signup", OPEN),
    ("POST", "/signup", "/signup", OPEN),
    ("GET", "/verify", "/verify?token=nothing", OPEN),
    ("GET", "/login", "/login", OPEN),
    ("POST", "/login", "/login", OPEN),
    ("POST", "/logout", "/logout", OPEN),
    ("POST", "/language", "/language", OPEN),
    // Not configured in this test: 404 for everyone (the SSO test covers the flow).
    ("GET", "/login/sso", "/login/sso", NOWHERE),
    ("GET", "/login/sso/callback", "/login/sso/callback", NOWHERE),
    // Without a waiting sign-in, everyone is sent back to the password form.
    ("GET", "/login/second-factor", "/login/second-factor", OPEN),
    ("POST", "/login/second-factor", "/login/second-factor", OPEN),
    // Passkey ceremonies: anyone may start and answer one (a junk answer is a 401).
    (
        "POST",
        "/login/passkey/options",
        "/login/passkey/options",
        OPEN,
    ),
    ("POST", "/login/passkey", "/login/passkey", OPEN),
    (
        "POST",
        "/login/second-factor/passkey/options",
        "/login/second-factor/passkey/options",
        OPEN,
    ),
    (
        "POST",
        "/login/second-factor/passkey",
        "/login/second-factor/passkey",
        OPEN,
    ),
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
    ("GET", "/account/time-zone", "/account/time-zone", MEMBERS),
    ("POST", "/account/time-zone", "/account/time-zone", MEMBERS),
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
        "/account/contributions/{contribution}",
        HERO_OWNS,
    ),
    (
        "POST",
        "/account/contributions/{id}",
        "/account/contributions/{contribution}",
        HERO_OWNS,
    ),
    (
        "POST",
        "/account/contributions/{id}/delete",
        "/account/contributions/{contribution}/delete",
        HERO_OWNS,
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
        "/account/tokens/{token}/revoke",
        MEMBER_OWNS,
    ),
    // The API takes a bearer token (the test sends a write token for each person).
    ("GET", "/api/v1/me", "/api/v1/me", MEMBERS),
    ("GET", "/api/v1/me/profile", "/api/v1/me/profile", PROFILE),
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
    ("POST", "/account/language", "/account/language", MEMBERS),
    ("GET", "/account/sources", "/account/sources", HEROES),
    ("POST", "/account/sources", "/account/sources", HEROES),
    (
        "POST",
        "/account/sources/{id}/auto",
        "/account/sources/{source}/auto",
        HERO_OWNS,
    ),
    (
        "POST",
        "/account/sources/{id}/poll",
        "/account/sources/{source}/poll",
        HERO_OWNS,
    ),
    (
        "POST",
        "/account/sources/{id}/delete",
        "/account/sources/{source}/delete",
        HERO_OWNS,
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
        "/account/suggestions/{suggestion}/claim",
        HERO_OWNS,
    ),
    (
        "POST",
        "/account/suggestions/{id}/decline",
        "/account/suggestions/{suggestion}/decline",
        HERO_OWNS,
    ),
    ("GET", "/admin/jobs", "/admin/jobs", ADMINS),
    ("GET", "/admin", "/admin", ADMINS),
    (
        "GET",
        "/admin/specializations",
        "/admin/specializations",
        ADMINS,
    ),
    (
        "POST",
        "/admin/specializations",
        "/admin/specializations",
        ADMINS,
    ),
    (
        "GET",
        "/admin/specializations/{slug}",
        "/admin/specializations/security",
        ADMINS,
    ),
    (
        "POST",
        "/admin/specializations/{slug}",
        "/admin/specializations/security",
        ADMINS,
    ),
    (
        "POST",
        "/admin/specializations/{slug}/retire",
        "/admin/specializations/security/retire",
        ADMINS,
    ),
    (
        "POST",
        "/admin/specializations/{slug}/reinstate",
        "/admin/specializations/security/reinstate",
        ADMINS,
    ),
    (
        "POST",
        "/admin/specializations/{slug}/move",
        "/admin/specializations/security/move",
        ADMINS,
    ),
    ("GET", "/admin/outbox", "/admin/outbox", ADMINS),
    ("GET", "/admin/audit", "/admin/audit", ADMINS),
    ("GET", "/admin/security", "/admin/security", ADMINS),
    (
        "POST",
        "/admin/security/required",
        "/admin/security/required",
        ADMINS,
    ),
    (
        "POST",
        "/admin/security/reset",
        "/admin/security/reset",
        ADMINS,
    ),
    ("GET", "/account/security", "/account/security", MEMBERS),
    (
        "POST",
        "/account/security/totp",
        "/account/security/totp",
        MEMBERS,
    ),
    (
        "POST",
        "/account/security/totp/confirm",
        "/account/security/totp/confirm",
        MEMBERS,
    ),
    (
        "POST",
        "/account/security/totp/remove",
        "/account/security/totp/remove",
        MEMBERS,
    ),
    (
        "POST",
        "/account/security/recovery-codes",
        "/account/security/recovery-codes",
        MEMBERS,
    ),
    (
        "POST",
        "/account/security/passkeys/options",
        "/account/security/passkeys/options",
        MEMBERS,
    ),
    (
        "POST",
        "/account/security/passkeys/finish",
        "/account/security/passkeys/finish",
        MEMBERS,
    ),
    // Without the password again, every account hears that first (a 422), its own passkey
    // or not.
    (
        "POST",
        "/account/security/passkeys/{id}/rename",
        "/account/security/passkeys/{nobody}/rename",
        MEMBERS,
    ),
    (
        "POST",
        "/account/security/passkeys/{id}/remove",
        "/account/security/passkeys/{nobody}/remove",
        MEMBERS,
    ),
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
        "/account/nominations/{nomination}",
        MEMBER_OWNS,
    ),
    (
        "POST",
        "/account/nominations/{id}/accept",
        "/account/nominations/{nomination}/accept",
        MEMBER_OWNS,
    ),
    (
        "POST",
        "/account/nominations/{id}/decline",
        "/account/nominations/{nomination}/decline",
        MEMBER_OWNS,
    ),
    (
        "POST",
        "/account/nominations/{id}/onboard",
        "/account/nominations/{nomination}/onboard",
        MEMBER_OWNS,
    ),
    (
        "GET",
        "/account/notifications",
        "/account/notifications",
        MEMBERS,
    ),
    ("GET", "/review", "/review", REVIEWERS),
    ("GET", "/review/{id}", "/review/{nomination}", UNASSIGNED),
    ("POST", "/review/{id}", "/review/{nomination}", UNASSIGNED),
    (
        "POST",
        "/review/{id}/conflict",
        "/review/{nomination}/conflict",
        UNASSIGNED,
    ),
    ("GET", "/admin/cycles", "/admin/cycles", ADMINS),
    ("POST", "/admin/cycles", "/admin/cycles", ADMINS),
    ("GET", "/admin/cycles/{id}", "/admin/cycles/{cycle}", ADMINS),
    (
        "POST",
        "/admin/cycles/{id}",
        "/admin/cycles/{cycle}",
        ADMINS,
    ),
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
        "/admin/candidacies/{nomination}",
        ADMINS,
    ),
    (
        "POST",
        "/admin/candidacies/{id}/decide",
        "/admin/candidacies/{nomination}/decide",
        ADMINS,
    ),
    (
        "POST",
        "/admin/candidacies/{id}/announcement",
        "/admin/candidacies/{nomination}/announcement",
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
    ("GET", "/spotlight", "/spotlight", OPEN),
    ("GET", "/spotlight/feed.atom", "/spotlight/feed.atom", OPEN),
    ("GET", "/spotlight/feed.json", "/spotlight/feed.json", OPEN),
    ("GET", "/api/v1/spotlight", "/api/v1/spotlight", OPEN),
    ("GET", "/digest", "/digest", OPEN),
    // A draft is nobody's to read on the public page.
    ("GET", "/digest/{id}", "/digest/{digest}", NOWHERE),
    ("POST", "/digest/subscribe", "/digest/subscribe", OPEN),
    ("GET", "/digest/confirm", "/digest/confirm?token=1.00", OPEN),
    (
        "POST",
        "/digest/confirm",
        "/digest/confirm?token=1.00",
        OPEN,
    ),
    (
        "GET",
        "/digest/unsubscribe",
        "/digest/unsubscribe?token=1.00",
        OPEN,
    ),
    (
        "POST",
        "/digest/unsubscribe",
        "/digest/unsubscribe?token=1.00",
        OPEN,
    ),
    ("GET", "/account/digest", "/account/digest", MEMBERS),
    ("POST", "/account/digest", "/account/digest", MEMBERS),
    (
        "GET",
        "/account/promotion",
        "/account/promotion",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/account/promotion",
        "/account/promotion",
        ACTIVE_HEROES,
    ),
    ("GET", "/admin/promotion", "/admin/promotion", STAFF),
    (
        "GET",
        "/admin/promotion/{id}",
        "/admin/promotion/{promotion}",
        STAFF,
    ),
    (
        "POST",
        "/admin/promotion/{id}/schedule",
        "/admin/promotion/{promotion}/schedule",
        STAFF,
    ),
    (
        "POST",
        "/admin/promotion/{id}/decline",
        "/admin/promotion/{promotion}/decline",
        STAFF,
    ),
    (
        "POST",
        "/account/promotion/{id}/withdraw",
        "/account/promotion/{promotion}/withdraw",
        ACTIVE_HEROES,
    ),
    ("GET", "/admin/digests", "/admin/digests", ADMINS),
    ("POST", "/admin/digests", "/admin/digests", ADMINS),
    (
        "GET",
        "/admin/digests/{id}",
        "/admin/digests/{digest}",
        ADMINS,
    ),
    (
        "POST",
        "/admin/digests/{id}",
        "/admin/digests/{digest}",
        ADMINS,
    ),
    (
        "POST",
        "/admin/digests/{id}/send",
        "/admin/digests/{digest}/send",
        ADMINS,
    ),
    // Product feedback and office hours (issue 13): `{feedback}` is the hero's own private
    // item, `{slot}` a free slot the hero books and then cancels, `{booked}` one they hold.
    (
        "GET",
        "/admin/product-areas",
        "/admin/product-areas",
        ADMINS,
    ),
    (
        "POST",
        "/admin/product-areas",
        "/admin/product-areas",
        ADMINS,
    ),
    (
        "GET",
        "/admin/product-areas/{id}",
        "/admin/product-areas/{area}",
        ADMINS,
    ),
    (
        "POST",
        "/admin/product-areas/{id}",
        "/admin/product-areas/{area}",
        ADMINS,
    ),
    ("GET", "/feedback", "/feedback", ACTIVE_HEROES),
    ("POST", "/feedback", "/feedback", ACTIVE_HEROES),
    ("GET", "/feedback/new", "/feedback/new", ACTIVE_HEROES),
    (
        "GET",
        "/feedback/{id}",
        "/feedback/{feedback}",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/feedback/{id}/reply",
        "/feedback/{feedback}/reply",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/feedback/{id}/vote",
        "/feedback/{feedback}/vote",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/feedback/{id}/follow",
        "/feedback/{feedback}/follow",
        ACTIVE_HEROES,
    ),
    ("GET", "/staff/feedback", "/staff/feedback", TEAM),
    (
        "GET",
        "/staff/feedback/{id}",
        "/staff/feedback/{feedback}",
        TEAM,
    ),
    (
        "POST",
        "/staff/feedback/{id}/reply",
        "/staff/feedback/{feedback}/reply",
        TEAM,
    ),
    (
        "POST",
        "/staff/feedback/{id}/state",
        "/staff/feedback/{feedback}/state",
        TEAM,
    ),
    (
        "GET",
        "/api/v1/me/feedback",
        "/api/v1/me/feedback",
        ACTIVE_HEROES,
    ),
    ("GET", "/office-hours", "/office-hours", ACTIVE_HEROES),
    (
        "POST",
        "/office-hours/{id}/book",
        "/office-hours/{slot}/book",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/office-hours/{id}/cancel",
        "/office-hours/{slot}/cancel",
        ACTIVE_HEROES,
    ),
    (
        "GET",
        "/office-hours/{id}/calendar.ics",
        "/office-hours/{booked}/calendar.ics",
        ACTIVE_HEROES,
    ),
    ("GET", "/staff/office-hours", "/staff/office-hours", TEAM),
    ("POST", "/staff/office-hours", "/staff/office-hours", TEAM),
    ("GET", "/account/credits", "/account/credits", HEROES),
    (
        "POST",
        "/account/credits",
        "/account/credits",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/account/credits/requests/{id}/withdraw",
        "/account/credits/requests/{nobody}/withdraw",
        ACTIVE_HERO_FINDS_NONE,
    ),
    (
        "POST",
        "/account/credits/codes/{id}/reveal",
        "/account/credits/codes/{nobody}/reveal",
        HERO_FINDS_NONE,
    ),
    ("GET", "/api/v1/me/credits", "/api/v1/me/credits", HEROES),
    ("GET", "/admin/credits", "/admin/credits", ADMINS),
    ("POST", "/admin/credits/unit", "/admin/credits/unit", ADMINS),
    (
        "POST",
        "/admin/credits/allotments",
        "/admin/credits/allotments",
        ADMINS,
    ),
    (
        "POST",
        "/admin/credits/exceptions",
        "/admin/credits/exceptions",
        ADMINS,
    ),
    (
        "POST",
        "/admin/credits/grant",
        "/admin/credits/grant",
        ADMINS,
    ),
    (
        "POST",
        "/admin/credits/import",
        "/admin/credits/import",
        ADMINS,
    ),
    (
        "GET",
        "/admin/credits/requests",
        "/admin/credits/requests",
        CREDIT_STAFF,
    ),
    (
        "POST",
        "/admin/credits/requests/{id}/approve",
        "/admin/credits/requests/{nobody}/approve",
        CREDIT_STAFF_FIND_NONE,
    ),
    (
        "POST",
        "/admin/credits/requests/{id}/decline",
        "/admin/credits/requests/{nobody}/decline",
        CREDIT_STAFF_FIND_NONE,
    ),
    (
        "GET",
        "/admin/credits/reports",
        "/admin/credits/reports",
        ADMINS,
    ),
    (
        "GET",
        "/admin/credits/reports.csv",
        "/admin/credits/reports.csv",
        ADMINS,
    ),
    // User groups and events (issue 15): `{group}` is an active group led by nobody in the
    // matrix, `{event}` a coming event of it.
    ("GET", "/groups", "/groups", OPEN),
    ("GET", "/events", "/events", OPEN),
    (
        "GET",
        "/events/{id}/event.ics",
        "/events/{event}/event.ics",
        OPEN,
    ),
    (
        "GET",
        "/groups/{slug}/events.ics",
        "/groups/{group}/events.ics",
        OPEN,
    ),
    (
        "GET",
        "/specializations/{slug}/events.ics",
        "/specializations/serverless/events.ics",
        OPEN,
    ),
    (
        "GET",
        "/heroes/{slug}/talks.ics",
        "/heroes/ana-souza/talks.ics",
        OPEN,
    ),
    ("GET", "/feeds/events.atom", "/feeds/events.atom", OPEN),
    ("GET", "/feeds/events.json", "/feeds/events.json", OPEN),
    ("GET", "/api/v1/groups", "/api/v1/groups", OPEN),
    ("GET", "/api/v1/events", "/api/v1/events", OPEN),
    ("GET", "/groups/new", "/groups/new", MEMBERS),
    ("POST", "/groups/new", "/groups/new", MEMBERS),
    ("GET", "/groups/{slug}", "/groups/{group}", OPEN),
    ("GET", "/groups/{slug}/edit", "/groups/{group}/edit", ADMINS),
    (
        "POST",
        "/groups/{slug}/edit",
        "/groups/{group}/edit",
        ADMINS,
    ),
    (
        "POST",
        "/groups/{slug}/leaders",
        "/groups/{group}/leaders",
        LEADERS_NAMING_NOBODY,
    ),
    (
        "GET",
        "/groups/{slug}/logo.jpg",
        "/groups/{group}/logo.jpg",
        NOWHERE,
    ),
    (
        "POST",
        "/groups/{slug}/logo",
        "/groups/{group}/logo",
        ADMINS,
    ),
    (
        "POST",
        "/groups/{slug}/logo/remove",
        "/groups/{group}/logo/remove",
        ADMINS,
    ),
    (
        "POST",
        "/groups/{slug}/join",
        "/groups/{group}/join",
        MEMBERS,
    ),
    (
        "POST",
        "/groups/{slug}/leave",
        "/groups/{group}/leave",
        MEMBERS,
    ),
    (
        "GET",
        "/groups/{slug}/events/new",
        "/groups/{group}/events/new",
        ADMINS,
    ),
    (
        "POST",
        "/groups/{slug}/events/new",
        "/groups/{group}/events/new",
        ADMINS,
    ),
    ("GET", "/events/{id}", "/events/{event}", OPEN),
    ("GET", "/events/{id}/edit", "/events/{event}/edit", ADMINS),
    ("POST", "/events/{id}/edit", "/events/{event}/edit", ADMINS),
    ("POST", "/events/{id}/rsvp", "/events/{event}/rsvp", MEMBERS),
    (
        "POST",
        "/events/{id}/cancel",
        "/events/{event}/cancel",
        MEMBERS,
    ),
    (
        "GET",
        "/events/{id}/check-in",
        "/events/{event}/check-in",
        ADMINS,
    ),
    (
        "POST",
        "/events/{id}/check-in",
        "/events/{event}/check-in",
        LEADERS_NAMING_NOBODY,
    ),
    ("GET", "/account/calendar", "/account/calendar", MEMBERS),
    ("POST", "/account/calendar", "/account/calendar", MEMBERS),
    (
        "POST",
        "/account/calendar/revoke",
        "/account/calendar/revoke",
        MEMBERS,
    ),
    (
        "GET",
        "/calendar/{secret}/events.ics",
        "/calendar/0123abcd/events.ics",
        NOWHERE,
    ),
    ("GET", "/admin/groups", "/admin/groups", ADMINS),
    (
        "POST",
        "/admin/groups/{slug}",
        "/admin/groups/{group}",
        ADMINS,
    ),
    ("GET", "/admin/events/new", "/admin/events/new", ADMINS),
    ("POST", "/admin/events/new", "/admin/events/new", ADMINS),
    ("GET", "/briefings", "/briefings", BRIEFING_READERS),
    ("POST", "/briefings", "/briefings", BRIEFING_RUNNERS),
    ("GET", "/briefings/new", "/briefings/new", BRIEFING_RUNNERS),
    (
        "POST",
        "/briefings/calendar",
        "/briefings/calendar",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/briefings/calendar/revoke",
        "/briefings/calendar/revoke",
        ACTIVE_HEROES,
    ),
    ("GET", "/briefings/{id}", "/briefings/{briefing}", BRIEFING),
    (
        "GET",
        "/briefings/{id}/edit",
        "/briefings/{briefing}/edit",
        BRIEFING_ORGANIZER,
    ),
    (
        "POST",
        "/briefings/{id}/edit",
        "/briefings/{briefing}/edit",
        BRIEFING_ORGANIZER,
    ),
    (
        "POST",
        "/briefings/{id}/rsvp",
        "/briefings/{briefing}/rsvp",
        BRIEFING_HERO,
    ),
    (
        "POST",
        "/briefings/{id}/cancel",
        "/briefings/{briefing}/cancel",
        BRIEFING_HERO,
    ),
    (
        "GET",
        "/briefings/{id}/join",
        "/briefings/{briefing}/join",
        BRIEFING,
    ),
    (
        "GET",
        "/briefings/{id}/recording",
        "/briefings/{briefing}/recording",
        BRIEFING,
    ),
    (
        "GET",
        "/briefings/{id}/briefing.ics",
        "/briefings/{briefing}/briefing.ics",
        BRIEFING,
    ),
    (
        "GET",
        "/briefings/{id}/manage",
        "/briefings/{briefing}/manage",
        BRIEFING_ORGANIZER,
    ),
    (
        "POST",
        "/briefings/{id}/attendance",
        "/briefings/{briefing}/attendance",
        BRIEFING_ORGANIZER,
    ),
    // An unknown secret: nobody's feed.
    (
        "GET",
        "/calendar/{token}/briefings.ics",
        "/calendar/0000000000000000000000000000000000000000000000000000000000000000/briefings.ics",
        NOWHERE,
    ),
    (
        "GET",
        "/api/v1/me/briefings",
        "/api/v1/me/briefings",
        BRIEFING_READERS,
    ),
    // Files of a briefing go with the briefing's gate; a file id is only ever read under its
    // own briefing. The download comes before its removal.
    (
        "POST",
        "/briefings/{id}/files",
        "/briefings/{briefing}/files",
        BRIEFING_ORGANIZER,
    ),
    (
        "GET",
        "/briefings/{id}/files/{file}",
        "/briefings/{briefing}/files/{briefing_file}",
        BRIEFING,
    ),
    (
        "POST",
        "/briefings/{id}/files/{file}/remove",
        "/briefings/{briefing}/files/{briefing_file}/remove",
        BRIEFING_ORGANIZER,
    ),
    ("GET", "/account/nda", "/account/nda", ACTIVE_HEROES),
    ("POST", "/account/nda", "/account/nda", ACTIVE_HEROES),
    ("GET", "/admin/nda", "/admin/nda", ADMINS),
    ("POST", "/admin/nda", "/admin/nda", ADMINS),
    ("GET", "/admin/nda/{id}", "/admin/nda/{nda}", ADMINS),
    // The private network and mentoring (issue 16).
    ("GET", "/network", "/network", NETWORK),
    ("GET", "/account/network", "/account/network", ACTIVE_HEROES),
    (
        "POST",
        "/account/network",
        "/account/network",
        ACTIVE_HEROES,
    ),
    ("GET", "/network/asks", "/network/asks", NETWORK),
    ("POST", "/network/asks", "/network/asks", NETWORK),
    ("GET", "/network/asks/{id}", "/network/asks/{ask}", NETWORK),
    (
        "POST",
        "/network/asks/{id}/answers",
        "/network/asks/{ask}/answers",
        NETWORK,
    ),
    (
        "POST",
        "/network/asks/{id}/close",
        "/network/asks/{ask}/close",
        ASK_AUTHOR,
    ),
    ("GET", "/account/mentoring", "/account/mentoring", MEMBERS),
    (
        "GET",
        "/account/mentoring/offer",
        "/account/mentoring/offer",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/account/mentoring/offer",
        "/account/mentoring/offer",
        ACTIVE_HEROES,
    ),
    (
        "GET",
        "/account/mentoring/request",
        "/account/mentoring/request",
        MEMBERS,
    ),
    (
        "POST",
        "/account/mentoring/request",
        "/account/mentoring/request",
        MEMBERS,
    ),
    (
        "GET",
        "/account/mentoring/requests/{id}",
        "/account/mentoring/requests/{request}",
        MEMBER_OWNS,
    ),
    (
        "POST",
        "/account/mentoring/requests/{id}/ask",
        "/account/mentoring/requests/{request}/ask",
        MEMBER_OWNS,
    ),
    (
        "POST",
        "/account/mentoring/requests/{id}/withdraw",
        "/account/mentoring/requests/{request}/withdraw",
        MEMBER_OWNS,
    ),
    (
        "POST",
        "/account/mentoring/asks/{id}/accept",
        "/account/mentoring/asks/{mentoring_ask}/accept",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/account/mentoring/asks/{id}/decline",
        "/account/mentoring/asks/{mentoring_ask}/decline",
        ACTIVE_HEROES,
    ),
    (
        "GET",
        "/account/mentorships/{id}",
        "/account/mentorships/{mentorship}",
        PAIR,
    ),
    (
        "POST",
        "/account/mentorships/{id}/sessions",
        "/account/mentorships/{mentorship}/sessions",
        PAIR,
    ),
    (
        "POST",
        "/account/mentorships/{id}/end",
        "/account/mentorships/{mentorship}/end",
        PAIR,
    ),
    ("GET", "/admin/mentoring", "/admin/mentoring", ADMINS),
    ("GET", "/admin/dashboard", "/admin/dashboard", ADMINS),
    (
        "GET",
        "/admin/dashboard/{chart}",
        "/admin/dashboard/activity-bands",
        ADMINS,
    ),
    (
        "GET",
        "/admin/dashboard/{chart}/data.csv",
        "/admin/dashboard/selection-funnel/data.csv",
        ADMINS,
    ),
    (
        "GET",
        "/admin/exports/{what}/{format}",
        "/admin/exports/candidacies/json",
        ADMINS,
    ),
    (
        "GET",
        "/api/v1/me/mentoring",
        "/api/v1/me/mentoring",
        MEMBERS,
    ),
    // Community projects (issue 16): `matrix-project` is Ana's, with a request waiting from
    // someone outside the matrix (`{project_request}`).
    ("GET", "/projects", "/projects", OPEN),
    ("GET", "/feeds/projects.atom", "/feeds/projects.atom", OPEN),
    ("GET", "/feeds/projects.json", "/feeds/projects.json", OPEN),
    ("GET", "/api/v1/projects", "/api/v1/projects", OPEN),
    (
        "GET",
        "/api/v1/projects/{slug}",
        "/api/v1/projects/matrix-project",
        OPEN,
    ),
    ("GET", "/projects/new", "/projects/new", ACTIVE_HEROES),
    ("POST", "/projects/new", "/projects/new", ACTIVE_HEROES),
    ("GET", "/projects/{slug}", "/projects/matrix-project", OPEN),
    (
        "GET",
        "/projects/{slug}/edit",
        "/projects/matrix-project/edit",
        PROJECT_OWNER,
    ),
    (
        "POST",
        "/projects/{slug}/edit",
        "/projects/matrix-project/edit",
        PROJECT_OWNER,
    ),
    (
        "POST",
        "/projects/{slug}/join",
        "/projects/matrix-project/join",
        MEMBERS,
    ),
    (
        "POST",
        "/projects/{slug}/requests/{id}/accept",
        "/projects/matrix-project/requests/{project_request}/accept",
        PROJECT_OWNER,
    ),
    (
        "POST",
        "/projects/{slug}/requests/{id}/decline",
        "/projects/matrix-project/requests/{project_request}/decline",
        PROJECT_OWNER,
    ),
    (
        "POST",
        "/projects/{slug}/owners",
        "/projects/matrix-project/owners",
        OWNER_NAMING_NOBODY,
    ),
    (
        "POST",
        "/projects/{slug}/leave",
        "/projects/matrix-project/leave",
        MEMBERS,
    ),
    // Speaker suggestions and invitations (issue 15): nobody in the matrix leads the group
    // of `{event}`, and nobody was invited.
    (
        "GET",
        "/account/speaking",
        "/account/speaking",
        ACTIVE_HEROES,
    ),
    (
        "POST",
        "/account/speaking",
        "/account/speaking",
        ACTIVE_HEROES,
    ),
    (
        "GET",
        "/account/speaking/invitations/{id}",
        "/account/speaking/invitations/{nobody}",
        ACTIVE_HERO_FINDS_NONE,
    ),
    (
        "POST",
        "/account/speaking/invitations/{id}/accept",
        "/account/speaking/invitations/{nobody}/accept",
        ACTIVE_HERO_FINDS_NONE,
    ),
    (
        "POST",
        "/account/speaking/invitations/{id}/decline",
        "/account/speaking/invitations/{nobody}/decline",
        ACTIVE_HERO_FINDS_NONE,
    ),
    (
        "GET",
        "/events/{id}/speakers",
        "/events/{event}/speakers",
        ADMINS,
    ),
    (
        "POST",
        "/events/{id}/speakers/invite",
        "/events/{event}/speakers/invite",
        ADMINS,
    ),
    // Leaders' mail (issue 15): nobody in the matrix leads `{group}`; unsubscribing needs
    // only the signed token (a wrong one answers a page saying so).
    ("GET", "/groups/{slug}/mail", "/groups/{group}/mail", ADMINS),
    (
        "POST",
        "/groups/{slug}/mail",
        "/groups/{group}/mail",
        ADMINS,
    ),
    (
        "GET",
        "/groups/{slug}/unsubscribe",
        "/groups/{group}/unsubscribe?token=1.00",
        OPEN,
    ),
    (
        "POST",
        "/groups/{slug}/unsubscribe",
        "/groups/{group}/unsubscribe?token=1.00",
        OPEN,
    ),
    ("GET", "/healthz", "/healthz", OPEN),
    ("GET", "/readyz", "/readyz", OPEN),
    // Benefits II (issue 14): a pool import nobody started, asked by admins.
    (
        "GET",
        "/admin/credits/imports/{id}",
        "/admin/credits/imports/{nobody}",
        ADMINS_FIND_NONE,
    ),
    (
        "POST",
        "/admin/digests/cadence",
        "/admin/digests/cadence",
        ADMINS,
    ),
    // Webhooks (issue 19): an endpoint nobody registered, asked by admins.
    ("GET", "/admin/webhooks", "/admin/webhooks", ADMINS),
    ("POST", "/admin/webhooks", "/admin/webhooks", ADMINS),
    (
        "GET",
        "/admin/webhooks/{id}",
        "/admin/webhooks/{nobody}",
        ADMINS_FIND_NONE,
    ),
    (
        "POST",
        "/admin/webhooks/{id}",
        "/admin/webhooks/{nobody}",
        ADMINS_FIND_NONE,
    ),
    (
        "POST",
        "/admin/webhooks/{id}/secret",
        "/admin/webhooks/{nobody}/secret",
        ADMINS_FIND_NONE,
    ),
    (
        "POST",
        "/admin/webhooks/{id}/ping",
        "/admin/webhooks/{nobody}/ping",
        ADMINS_FIND_NONE,
    ),
    (
        "POST",
        "/admin/webhooks/{id}/delete",
        "/admin/webhooks/{nobody}/delete",
        ADMINS_FIND_NONE,
    ),
    (
        "POST",
        "/admin/webhooks/{id}/deliveries/{delivery}/replay",
        "/admin/webhooks/{nobody}/deliveries/{nobody}/replay",
        ADMINS_FIND_NONE,
    ),
    // Not public: a separate listener or a bearer token (tests/app/operations.rs).
    ("GET", "/metrics", "/metrics", NOWHERE),
];

fn classify(response: &TestResponse) -> Expect {
    let to_sign_in = response
        .header("location")
        .is_some_and(|l| l.starts_with("/login?next="));
    match response.status {
        s if s.is_server_error() => E,
        StatusCode::FORBIDDEN => F,
        StatusCode::NOT_FOUND => N,
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

/// The objects the matrix asks for, each with a known owner.
struct Objects {
    contribution: i64,
    source: i64,
    suggestion: i64,
    token: i64,
    nomination: i64,
    cycle: i64,
    area: i64,
    feedback: i64,
    slot: i64,
    booked: i64,
    promotion: i64,
    digest: i64,
    group: String,
    event: i64,
    briefing: i64,
    nda: i64,
    network: crate::network::Objects,
    briefing_file: i64,
    project_request: i64,
}

impl Objects {
    fn path(&self, path: &str) -> String {
        path.replace("{contribution}", &self.contribution.to_string())
            .replace("{source}", &self.source.to_string())
            .replace("{suggestion}", &self.suggestion.to_string())
            .replace("{token}", &self.token.to_string())
            .replace("{area}", &self.area.to_string())
            .replace("{feedback}", &self.feedback.to_string())
            .replace("{slot}", &self.slot.to_string())
            .replace("{booked}", &self.booked.to_string())
            .replace("{nomination}", &self.nomination.to_string())
            .replace("{cycle}", &self.cycle.to_string())
            .replace("{promotion}", &self.promotion.to_string())
            .replace("{digest}", &self.digest.to_string())
            // An id no object has (credit requests and codes of nobody).
            .replace("{nobody}", "999999")
            .replace("{group}", &self.group)
            .replace("{event}", &self.event.to_string())
            .replace("{briefing_file}", &self.briefing_file.to_string())
            .replace("{briefing}", &self.briefing.to_string())
            .replace("{nda}", &self.nda.to_string())
            .replace("{ask}", &self.network.ask.to_string())
            .replace("{request}", &self.network.request.to_string())
            .replace("{mentoring_ask}", &self.network.mentoring_ask.to_string())
            .replace("{mentorship}", &self.network.mentorship.to_string())
            .replace("{project_request}", &self.project_request.to_string())
    }
}

/// Ana's contribution, source and suggestion; the member's token; a cycle and a candidacy
/// naming the member as nominee (nominated by someone outside the matrix).
async fn objects(app: &TestApp, ana: &str, member: i64, admin: i64) -> Objects {
    let db = app.db();
    let ana_id = heroes_store::heroes::id_of(db, ana).await.unwrap().unwrap();
    let contribution = contribution(ana, "Cold starts, measured").create(app).await;
    let source = heroes_store::capture::add_source(
        db,
        ana_id,
        heroes_domain::capture::SourceKind::Feed,
        "https://ana.dev/feed.xml",
        false,
    )
    .await
    .unwrap();
    let found = heroes_store::capture::Found {
        url: "https://ana.dev/posts/queues".to_owned(),
        canonical: "ana.dev/posts/queues".to_owned(),
        kind: "blog-post".to_owned(),
        title: "Queues without tears".to_owned(),
        published_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        description: String::new(),
        stars: None,
        canonical_link: None,
    };
    assert!(
        heroes_store::capture::offer(db, ana_id, source, &found)
            .await
            .unwrap()
    );
    let suggestion = heroes_store::capture::waiting(db, ana_id).await.unwrap()[0].id;
    app.token(member, TokenScope::Read).await;
    let token = heroes_store::tokens::list(db, member).await.unwrap()[0].id;

    let today = chrono::Utc::now().date_naive();
    let admin_cookie = app.session(admin).await;
    let program = crate::fixtures::Program::with_admin(app, &admin_cookie);
    program
        .cycle("Matrix cycle")
        .opened_days_ago(1)
        .specializations(&["container"])
        .open()
        .await;
    let cycle = heroes_store::selection::cycles::list(db).await.unwrap()[0].id;
    let nominator = app.account("nominator@example.org", &[], None).await;
    program
        .nomination(&app.session(nominator).await, "member@example.org")
        .specialization("container")
        .name("Member Person")
        .links("https://member.example.org/")
        .statement("Runs the container meetup and answers every question on the forum.")
        .evidence("https://member.example.org/talks")
        .submit()
        .await;
    let (area, feedback, slot, booked) = crate::feedback::matrix_objects(app, ana).await;
    let nomination = heroes_store::selection::nominated_by(db, nominator)
        .await
        .unwrap()[0]
        .id;
    // Ana's promotion request for a contribution of its own (the matrix deletes the other),
    // and a draft digest.
    let promoted = crate::helpers::contribution(ana, "Promoted work")
        .create(app)
        .await;
    let promotion = heroes_store::promotion::request(
        db,
        ana_id,
        &heroes_domain::promotion::NewRequest {
            contribution_id: promoted,
            channels: heroes_domain::promotion::Channels::parse("channels", ["spotlight"]).unwrap(),
            from: today,
            until: today,
            note: heroes_domain::text::Bounded::parse("note", "").unwrap(),
        },
        &heroes_store::accounts::Actor::cli(),
    )
    .await
    .unwrap();
    let digest = heroes_store::digest::draft(
        db,
        "2000-01",
        "Matrix digest",
        &heroes_store::digest::Content::default(),
    )
    .await
    .unwrap()
    .unwrap();
    let (group, event) = crate::events::group_with_event(app, "Matrix Group", Some(5)).await;
    // A Serverless briefing the admin runs, under the NDA in effect, which Ana accepted.
    let (briefing, nda) =
        crate::briefings::serverless_briefing(app, admin, Some("hero@example.org")).await;
    Objects {
        contribution,
        source,
        suggestion,
        token,
        nomination,
        cycle,
        promotion,
        digest,
        area,
        feedback,
        slot,
        booked,
        group,
        event,
        briefing,
        nda,
        network: crate::network::objects(app, ana_id, member).await,
        briefing_file: crate::briefing_files::attach_file(app, briefing).await,
        project_request: crate::projects::matrix_objects(app, ana_id).await,
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
    let objects = objects(&app, &ana, people[1].1.unwrap(), people[6].1.unwrap()).await;
    let mut failures = Vec::new();
    for (method, pattern, path, expected) in MATRIX {
        let path = objects.path(path);
        for ((who, user), want) in people.iter().zip(expected) {
            // A fresh session per request: some routes (sign-out) end the one they get.
            let mut builder = Request::builder().method(*method).uri(&path);
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
            if got != *want || got == E {
                failures.push(format!(
                    "{method} {pattern} as {who}: expected {want:?}, got {got:?} ({})",
                    response.status
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every kind of object a person owns, attacked by another person who passes the role check
/// with a well-formed request: each attempt is answered 404 (or ignored) and the object stays
/// exactly as it was.
#[tokio::test]
async fn someone_elses_objects_stay_as_they_are() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza")
        .awards(&[("serverless", 2020)])
        .create(&app)
        .await;
    let ben = hero("Ben Okafor").create(&app).await;
    let ana_user = app.account("hero@example.org", &[], Some(&ana)).await;
    let ben_user = app.account("ben@example.org", &[], Some(&ben)).await;
    let member = app.account("member@example.org", &[], None).await;
    let admin = app.account("admin@example.org", &[Role::Admin], None).await;
    let objects = objects(&app, &ana, member, admin).await;
    let db = app.db();
    let ana_id = heroes_store::heroes::id_of(db, &ana)
        .await
        .unwrap()
        .unwrap();
    let ana_session = app.session(ana_user).await;
    let ben_session = app.session(ben_user).await;
    let member_token = app.token(member, TokenScope::Read).await;

    // Ben, a hero too, goes through Ana's contribution, source and suggestion.
    let valid_contribution = [
        ("kind", "talk"),
        ("title", "Taken over"),
        ("url", "https://ben.dev/taken"),
        ("date", "2026-01-10"),
    ];
    for (path, fields) in [
        (
            objects.path("/account/contributions/{contribution}"),
            &valid_contribution[..],
        ),
        (
            objects.path("/account/contributions/{contribution}/delete"),
            &[],
        ),
        (
            objects.path("/account/sources/{source}/auto"),
            &[("on", "on")],
        ),
        (objects.path("/account/sources/{source}/poll"), &[]),
        (objects.path("/account/sources/{source}/delete"), &[]),
        (objects.path("/account/suggestions/{suggestion}/claim"), &[]),
        (
            objects.path("/account/suggestions/{suggestion}/decline"),
            &[],
        ),
    ] {
        let answer = app.post_form(&path, fields, Some(&ben_session)).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "POST {path} by Ben");
    }
    let kept = heroes_store::contributions::own(db, ana_id, objects.contribution)
        .await
        .unwrap()
        .expect("Ana's contribution is still there");
    assert_eq!(kept.title, "Cold starts, measured");
    let source = heroes_store::capture::source(db, objects.source)
        .await
        .unwrap()
        .expect("Ana's source is still there");
    assert!(!source.auto_accept);
    let waiting = heroes_store::capture::waiting(db, ana_id).await.unwrap();
    assert_eq!(waiting.len(), 1, "Ana's suggestion still waits for her");

    // Ben revokes the member's token: not found, and the token still works.
    let revoke = app
        .post_form(
            &objects.path("/account/tokens/{token}/revoke"),
            &[],
            Some(&ben_session),
        )
        .await;
    assert_eq!(revoke.status, StatusCode::NOT_FOUND);
    let me = app
        .get_with(
            "/api/v1/me",
            &[("authorization", &format!("Bearer {member_token}"))],
        )
        .await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);

    // Ben answers the nomination that names the member: not found, and nothing moves.
    let before = heroes_store::selection::candidacy(db, objects.nomination)
        .await
        .unwrap()
        .unwrap()
        .state;
    for action in ["accept", "decline", "onboard"] {
        let path = objects.path(&format!("/account/nominations/{{nomination}}/{action}"));
        let answer = app
            .post_form(
                &path,
                &[
                    ("display_name", "Ben Okafor"),
                    ("accept_terms", "on"),
                    ("accept_nda", "on"),
                ],
                Some(&ben_session),
            )
            .await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "POST {path} by Ben");
    }
    let after = heroes_store::selection::candidacy(db, objects.nomination)
        .await
        .unwrap()
        .unwrap()
        .state;
    assert_eq!(before, after);

    // Notifications: the member was told of the nomination; nobody else sees it.
    let member_session = app.session(member).await;
    let theirs = app.get_as("/account/notifications", &member_session).await;
    let subject = heroes_store::notifications::list(db, member, 10)
        .await
        .unwrap()[0]
        .subject
        .clone();
    assert!(theirs.body.contains(&subject), "{}", theirs.body);
    let bens = app.get_as("/account/notifications", &ben_session).await;
    assert_eq!(bens.status, StatusCode::OK);
    assert!(!bens.body.contains(&subject), "{}", bens.body);

    // Sessions: Ben ending his other sessions leaves Ana's alone.
    let ended = app
        .post_form("/account/sessions/end-others", &[], Some(&ben_session))
        .await;
    assert!(ended.status.is_redirection(), "{}", ended.status);
    let still = app.get_as("/account", &ana_session).await;
    assert_eq!(still.status, StatusCode::OK, "Ana is still signed in");
}

/// A malformed id (letters, a number too large for any id, bytes that are not UTF-8) names
/// nothing: whoever may use the route gets 404, never a 400 or a 500. Who may ask is decided
/// first, exactly as for a real id: a visitor is offered the sign-in page, an account without
/// the permission gets 403.
#[tokio::test]
async fn malformed_ids_are_not_found_after_the_policy_is_asked() {
    let app = TestApp::new().await;
    let ana = hero("Ana Souza").create(&app).await;
    let ben = hero("Ben Okafor").status("alumni").create(&app).await;
    let people: [Option<i64>; 7] = [
        None,
        Some(app.account("member@example.org", &[], None).await),
        Some(app.account("hero@example.org", &[], Some(&ana)).await),
        Some(app.account("alumni@example.org", &[], Some(&ben)).await),
        Some(app.account("staff@example.org", &[Role::Staff], None).await),
        Some(
            app.account("reviewer@example.org", &[Role::Reviewer], None)
                .await,
        ),
        Some(app.account("admin@example.org", &[Role::Admin], None).await),
    ];
    let mut failures = Vec::new();
    let mut routes = 0;
    for (method, pattern, concrete, expected) in MATRIX.iter().filter(|r| r.1.contains("{id}")) {
        routes += 1;
        // The role check is the row's; only the object changes. A reviewer who is refused an
        // unassigned file passes the role check, so a malformed id is simply not found.
        let role_check = if *expected == UNASSIGNED {
            REVIEWERS
        } else if LED.contains(pattern) {
            MEMBERS
        } else {
            *expected
        };
        let want = role_check.map(|e| if e == A { N } else { e });
        let placeholder = &concrete[concrete.find('{').unwrap()..=concrete.find('}').unwrap()];
        for bad in ["not-a-number", "99999999999999999999", "%FF"] {
            let path = concrete.replace(placeholder, bad);
            for (user, want) in people.iter().zip(want) {
                let mut builder = Request::builder().method(*method).uri(&path);
                if let Some(id) = user {
                    builder = builder.header("cookie", app.session(*id).await);
                }
                if *method == "POST" {
                    builder = builder.header("content-type", "application/x-www-form-urlencoded");
                }
                let response = app.request(builder.body(Body::empty()).unwrap()).await;
                let got = classify(&response);
                if got != want {
                    failures.push(format!(
                        "{method} {pattern} with {bad} as {user:?}: expected {want:?}, got {got:?} ({})",
                        response.status
                    ));
                }
            }
        }
    }
    assert!(routes >= 20, "only {routes} routes with an id");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
