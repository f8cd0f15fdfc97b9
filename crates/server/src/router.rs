//! Every route of the application, in one place.

use crate::app::AppState;
use crate::telemetry::{self, MakeId};
use crate::{
    account, admin, auth, briefings, cache, capture, contributions, credits, error, events,
    feedback, feeds, group_logos, group_mail, groups, health, heroes, home, language, mentoring,
    network, office_hours, openapi, projects, promotion, rate_limit, renewal, representation,
    selection, seo, speakers, specializations, sync, web, webhooks,
};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware;
use axum::routing::{MethodRouter, get, post};
use std::time::Duration;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// The header carrying the request id, set if the client (or a proxy) did not.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The largest request body accepted anywhere. Photo uploads check their own, smaller limit
/// as they read (so an oversized photo gets a message at the field, not a bare 413); other
/// bodies are read through extractors that stop at axum's default of 2 MB.
const BODY_LIMIT: usize = 8 * 1024 * 1024;

/// A route as the route × role matrix test sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RouteInfo {
    /// `GET`, `POST` or `PATCH`.
    pub method: &'static str,
    /// The path pattern, as given to axum.
    pub path: &'static str,
}

/// A router that remembers what it was given, so that tests can enumerate every route.
struct Routes {
    router: Router<AppState>,
    list: Vec<RouteInfo>,
    /// The query parameters each GET route reads (for the response cache).
    query_keys: Vec<(&'static str, &'static [&'static str])>,
}

impl Routes {
    fn new() -> Self {
        Self {
            router: Router::new(),
            list: Vec::new(),
            query_keys: Vec::new(),
        }
    }

    /// A GET route that reads no query parameter (besides the language, `lang`).
    fn get<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.get_reading(path, &[], handler)
    }

    /// A GET route that reads the query parameters `reads`; on a public route, the response
    /// cache drops every other one before the handler runs.
    fn get_reading<H, T>(
        mut self,
        path: &'static str,
        reads: &'static [&'static str],
        handler: H,
    ) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.query_keys.push((path, reads));
        self.add(&["GET"], path, get(handler))
    }

    fn post<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(&["POST"], path, post(handler))
    }

    /// A route with its own method router (for layers on one route, such as a body limit).
    fn method_router(
        self,
        method: &'static str,
        path: &'static str,
        route: MethodRouter<AppState>,
    ) -> Self {
        self.add(&[method], path, route)
    }

    fn get_patch<G, TG, P, TP>(self, path: &'static str, show: G, change: P) -> Self
    where
        G: Handler<TG, AppState>,
        TG: 'static,
        P: Handler<TP, AppState>,
        TP: 'static,
    {
        self.add(&["GET", "PATCH"], path, get(show).patch(change))
    }

    fn get_post<G, TG, P, TP>(self, path: &'static str, show: G, submit: P) -> Self
    where
        G: Handler<TG, AppState>,
        TG: 'static,
        P: Handler<TP, AppState>,
        TP: 'static,
    {
        self.add(&["GET", "POST"], path, get(show).post(submit))
    }

    /// Routes `path` to `route`, listing it once for each of `methods` (what `route` answers).
    fn add(
        mut self,
        methods: &[&'static str],
        path: &'static str,
        route: MethodRouter<AppState>,
    ) -> Self {
        self.list
            .extend(methods.iter().map(|&method| RouteInfo { method, path }));
        self.router = self.router.route(path, route);
        self
    }
}

/// The public pages: the same answer for every visitor (a signed-in person's view is theirs
/// alone and never stored). Each names the query parameters it reads; the cache drops the
/// others (see [`cache`]).
fn public_pages() -> Routes {
    Routes::new()
        .get("/", home::show_home)
        .get_reading(
            "/heroes",
            heroes::PAGE_PARAMETERS,
            heroes::pages::show_directory,
        )
        .get("/heroes/{slug}", heroes::pages::show_profile)
        .get("/heroes/{slug}/photo.jpg", account::photo::serve)
        .get("/heroes/{slug}/card.png", heroes::card::serve)
        .get("/groups/{slug}/logo.jpg", group_logos::serve)
        .get("/specializations", specializations::list_page)
        .get("/specializations/{slug}", specializations::show_page)
        .get_reading(
            "/contributions",
            contributions::PAGE_PARAMETERS,
            contributions::pages::show_stream,
        )
        .get("/sitemap.xml", seo::sitemap)
        .get("/robots.txt", seo::robots)
        .get("/assets/{file}", web::asset)
        .get("/favicon.ico", web::favicon)
        .get("/api/docs", openapi::docs_page)
        .get("/spotlight", promotion::spotlight::page)
        .get("/digest", promotion::digest::archive)
        .get("/digest/{id}", promotion::digest::show)
        // User groups and events (issue 15).
        .get_reading("/groups", groups::PAGE_PARAMETERS, groups::show_directory)
        .get_reading("/events", events::PAGE_PARAMETERS, events::show_list)
        // Community projects (issue 16).
        .get_reading("/projects", projects::PAGE_PARAMETERS, projects::show_list)
}

/// The public reads whose answer depends on the public data and the release alone, never on
/// the clock: the response cache gives them a `Last-Modified` (see [`cache`], "Dates"). Not
/// here: the home page and the spotlight (a schedule), profiles (the hero's local time),
/// groups and events (what is coming), calendars, the digest, and the static files and the
/// OpenAPI document (their ETag is enough).
const DATED: &[&str] = &[
    "/heroes",
    "/specializations",
    "/specializations/{slug}",
    "/contributions",
    "/sitemap.xml",
    "/heroes/{slug}/feed.atom",
    "/heroes/{slug}/feed.json",
    "/specializations/{slug}/feed.atom",
    "/specializations/{slug}/feed.json",
    "/feeds/contributions.atom",
    "/feeds/contributions.json",
    "/api/v1/heroes",
    "/api/v1/heroes/{slug}",
    "/api/v1/specializations",
    "/api/v1/contributions",
    "/feeds/projects.atom",
    "/feeds/projects.json",
    "/api/v1/projects",
    "/api/v1/projects/{slug}",
    "/api/v1/deletions",
];

/// The open reads: public, cookie-free and the same for everyone (the API's public GETs, the
/// feeds and the OpenAPI document), so a page on any origin may read them (CORS). Cached like
/// the pages.
fn open_reads() -> Routes {
    Routes::new()
        .get("/heroes/{slug}/feed.atom", contributions::feeds::hero_atom)
        .get("/heroes/{slug}/feed.json", contributions::feeds::hero_json)
        .get(
            "/specializations/{slug}/feed.atom",
            contributions::feeds::specialization_atom,
        )
        .get(
            "/specializations/{slug}/feed.json",
            contributions::feeds::specialization_json,
        )
        .get_reading(
            "/feeds/contributions.atom",
            contributions::FEED_PARAMETERS,
            contributions::feeds::all_atom,
        )
        .get_reading(
            "/feeds/contributions.json",
            contributions::FEED_PARAMETERS,
            contributions::feeds::all_json,
        )
        .get_reading(
            "/api/v1/heroes",
            heroes::API_PARAMETERS,
            heroes::api::list_heroes,
        )
        .get("/api/v1/heroes/{slug}", heroes::api::get_hero)
        .get("/api/v1/specializations", specializations::list_api)
        .get_reading(
            "/api/v1/contributions",
            contributions::API_PARAMETERS,
            contributions::api::list_contributions,
        )
        .get("/spotlight/feed.atom", promotion::spotlight::atom)
        .get("/spotlight/feed.json", promotion::spotlight::json)
        .get("/api/v1/spotlight", promotion::spotlight::api)
        // User groups and events (issue 15): calendars and the API.
        .get("/events/{id}/event.ics", events::calendar::event_ics)
        .get("/groups/{slug}/events.ics", events::calendar::group_ics)
        .get(
            "/specializations/{slug}/events.ics",
            events::calendar::specialization_ics,
        )
        .get("/heroes/{slug}/talks.ics", events::calendar::hero_ics)
        .get_reading(
            "/feeds/events.atom",
            events::PAGE_PARAMETERS,
            feeds::atom::<events::feeds::Coming>,
        )
        .get_reading(
            "/feeds/events.json",
            events::PAGE_PARAMETERS,
            feeds::json::<events::feeds::Coming>,
        )
        .get_reading("/api/v1/groups", groups::PAGE_PARAMETERS, groups::list_api)
        .get_reading(
            "/api/v1/events",
            events::PAGE_PARAMETERS,
            events::api::list_api,
        )
        // Community projects (issue 16): feeds and the API.
        .get_reading(
            "/feeds/projects.atom",
            projects::PAGE_PARAMETERS,
            feeds::atom::<projects::feeds::Projects>,
        )
        .get_reading(
            "/feeds/projects.json",
            projects::PAGE_PARAMETERS,
            feeds::json::<projects::feeds::Projects>,
        )
        .get_reading(
            "/api/v1/projects",
            projects::PAGE_PARAMETERS,
            projects::api::list,
        )
        .get("/api/v1/projects/{slug}", projects::api::one)
        .get_reading(
            "/api/v1/deletions",
            sync::DELETION_PARAMETERS,
            sync::deletions,
        )
        .get("/api/openapi.json", openapi::openapi_json)
        .get("/api/{*rest}", error::api_not_found)
}

/// The bulk exports: open like [`open_reads`], but streamed and too large for the response
/// cache.
fn bulk_reads() -> Routes {
    Routes::new()
        .get_reading(
            "/api/v1/heroes.ndjson",
            sync::BULK_PARAMETERS,
            sync::heroes_ndjson,
        )
        .get_reading(
            "/api/v1/contributions.ndjson",
            sync::BULK_PARAMETERS,
            sync::contributions_ndjson,
        )
}

/// CORS for [`open_reads`]: any origin may read them, without credentials (nothing there
/// depends on a cookie or a token), and the headers a client needs for paging and
/// revalidation are exposed. Preflight `OPTIONS` requests are answered here. The answer is
/// the same for every origin, so it varies with no request header.
fn open_cors() -> CorsLayer {
    use axum::http::Method;
    CorsLayer::new()
        .allow_origin(AllowOrigin::any())
        .allow_methods([Method::GET, Method::HEAD])
        .allow_headers([header::IF_NONE_MATCH, header::IF_MODIFIED_SINCE])
        .expose_headers([
            header::ETAG,
            header::LINK,
            header::RETRY_AFTER,
            HeaderName::from_static("ratelimit"),
            HeaderName::from_static("ratelimit-policy"),
        ])
        .max_age(Duration::from_secs(86_400))
        .vary([])
}

/// Routes whose answer depends on who asks (or that change state): never cached.
fn private_routes() -> Routes {
    Routes::new()
        .get_post("/signup", auth::pages::signup_form, auth::pages::signup)
        .get("/verify", auth::pages::verify)
        .get_post("/login", auth::pages::login_form, auth::pages::login)
        .post("/logout", auth::pages::logout)
        .post("/language", language::switch)
        .get("/login/sso", auth::sso::start)
        .get("/login/sso/callback", auth::sso::callback)
        .get_post(
            "/login/second-factor",
            auth::second_factor::second_step_form,
            auth::second_factor::second_step,
        )
        .post("/login/passkey/options", auth::passkeys::sign_in_options)
        .post("/login/passkey", auth::passkeys::sign_in)
        .post(
            "/login/second-factor/passkey/options",
            auth::passkeys::second_step_options,
        )
        .post("/login/second-factor/passkey", auth::passkeys::second_step)
        .get_post(
            "/password/forgot",
            auth::pages::forgot_form,
            auth::pages::forgot,
        )
        .get_post(
            "/password/reset",
            auth::pages::reset_form,
            auth::pages::reset,
        )
        .get("/account", account::show)
        .get_post(
            "/account/profile",
            account::profile::edit,
            account::profile::save,
        )
        .method_router(
            "POST",
            "/account/profile/photo",
            post(account::photo::upload).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .post("/account/profile/photo/remove", account::photo::remove)
        .get_post(
            "/account/time-zone",
            account::time_zone::edit,
            account::time_zone::save,
        )
        .get_post(
            "/account/contributions",
            contributions::own::list,
            contributions::own::create,
        )
        .get("/account/contributions/new", contributions::own::new)
        .get("/account/contributions/export", contributions::own::export)
        .method_router(
            "POST",
            "/account/contributions/import",
            post(contributions::own::import).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .get_post(
            "/account/contributions/{id}",
            contributions::own::edit,
            contributions::own::update,
        )
        .post(
            "/account/contributions/{id}/delete",
            contributions::own::delete,
        )
        .get_post(
            "/account/tokens",
            account::tokens::list,
            account::tokens::create,
        )
        .post("/account/tokens/{id}/revoke", account::tokens::revoke)
        .get("/account/export", account::privacy::export)
        .get_post(
            "/account/delete",
            account::privacy::confirm,
            account::privacy::delete,
        )
        .get("/api/v1/me", account::api::me)
        .get_patch(
            "/api/v1/me/profile",
            account::api::get_profile,
            account::api::patch_profile,
        )
        .post("/account/password", account::change_password)
        .post("/account/email", account::change_email)
        .get("/account/email/confirm", account::confirm_email)
        .post("/account/sessions/end-others", account::end_other_sessions)
        .post("/account/language", account::set_language)
        .get("/account/security", auth::security::show)
        .post("/account/security/totp", auth::security::start_totp)
        .post(
            "/account/security/totp/confirm",
            auth::security::confirm_totp,
        )
        .post("/account/security/totp/remove", auth::security::remove_totp)
        .post(
            "/account/security/recovery-codes",
            auth::security::regenerate_codes,
        )
        .post(
            "/account/security/passkeys/options",
            auth::passkeys::register_options,
        )
        .post(
            "/account/security/passkeys/finish",
            auth::passkeys::register_finish,
        )
        .post(
            "/account/security/passkeys/{id}/rename",
            auth::passkeys::rename,
        )
        .post(
            "/account/security/passkeys/{id}/remove",
            auth::passkeys::remove,
        )
        .get_post(
            "/account/sources",
            capture::pages::sources,
            capture::pages::add_source,
        )
        .post("/account/sources/{id}/poll", capture::pages::poll_now)
        .post(
            "/account/sources/{id}/auto",
            capture::pages::set_auto_accept,
        )
        .post(
            "/account/sources/{id}/delete",
            capture::pages::remove_source,
        )
        .get("/account/suggestions", capture::pages::suggestions)
        .post("/account/suggestions/{id}/claim", capture::pages::claim)
        .post("/account/suggestions/{id}/decline", capture::pages::decline)
        .get("/admin/jobs", capture::pages::jobs_page)
        .get_post(
            "/nominate",
            selection::nominate::form,
            selection::nominate::submit,
        )
        .get("/account/nominations", selection::mine::list)
        .get("/account/nominations/{id}", selection::mine::show)
        .post("/account/nominations/{id}/accept", selection::mine::accept)
        .post(
            "/account/nominations/{id}/decline",
            selection::mine::decline,
        )
        .post(
            "/account/nominations/{id}/onboard",
            selection::mine::onboard,
        )
        .get("/account/notifications", account::notifications::list)
        .get("/review", selection::review::tasks)
        .get_post(
            "/review/{id}",
            selection::review::show,
            selection::review::save,
        )
        .post("/review/{id}/conflict", selection::review::conflict)
        .get_post(
            "/admin/cycles",
            selection::admin::list_cycles,
            selection::admin::create_cycle,
        )
        .get_post(
            "/admin/cycles/{id}",
            selection::admin::edit_cycle,
            selection::admin::update_cycle,
        )
        .get("/admin/candidacies", selection::admin::queue_page)
        .post("/admin/candidacies/assign", selection::admin::assign)
        .get("/admin/candidacies/{id}", selection::admin::show)
        .post("/admin/candidacies/{id}/decide", selection::admin::decide)
        .post(
            "/admin/candidacies/{id}/announcement",
            selection::admin::reschedule,
        )
        .get("/account/renewal", renewal::readiness_page)
        .get("/admin/renewals", renewal::admin_page)
        .post("/admin/renewals/{slug}", renewal::decide)
        .get("/admin", admin::home::show)
        .get_post(
            "/admin/specializations",
            admin::specializations::list,
            admin::specializations::create,
        )
        .get_post(
            "/admin/specializations/{slug}",
            admin::specializations::edit,
            admin::specializations::update,
        )
        .post(
            "/admin/specializations/{slug}/retire",
            admin::specializations::retire,
        )
        .post(
            "/admin/specializations/{slug}/reinstate",
            admin::specializations::reinstate,
        )
        .post(
            "/admin/specializations/{slug}/move",
            admin::specializations::reorder,
        )
        .get("/admin/outbox", admin::outbox_page)
        // Webhooks (issue 19).
        .get_post(
            "/admin/webhooks",
            webhooks::admin::list,
            webhooks::admin::create,
        )
        .get_post(
            "/admin/webhooks/{id}",
            webhooks::admin::show,
            webhooks::admin::update,
        )
        .post("/admin/webhooks/{id}/secret", webhooks::admin::rotate)
        .post("/admin/webhooks/{id}/ping", webhooks::admin::ping)
        .post("/admin/webhooks/{id}/delete", webhooks::admin::remove)
        .post(
            "/admin/webhooks/{id}/deliveries/{delivery}/replay",
            webhooks::admin::replay,
        )
        .get("/admin/audit", admin::audit_page)
        .get("/admin/security", auth::security::admin_page)
        .post("/admin/security/required", auth::security::set_required)
        .post("/admin/security/reset", auth::security::admin_reset)
        .get_post(
            "/account/promotion",
            promotion::requests::list,
            promotion::requests::create,
        )
        .post(
            "/account/promotion/{id}/withdraw",
            promotion::requests::withdraw,
        )
        .get("/admin/promotion", promotion::admin::queue)
        .get("/admin/promotion/{id}", promotion::admin::show)
        .post("/admin/promotion/{id}/schedule", promotion::admin::schedule)
        .post("/admin/promotion/{id}/decline", promotion::admin::decline)
        .post("/digest/subscribe", promotion::digest::subscribe)
        .get_post(
            "/digest/confirm",
            promotion::digest::confirm_form,
            promotion::digest::confirm,
        )
        // One-click unsubscribe (RFC 8058): no session, authorized by the signed token.
        .get_post(
            "/digest/unsubscribe",
            promotion::digest::unsubscribe_form,
            promotion::digest::unsubscribe,
        )
        .get_post(
            "/account/digest",
            promotion::digest::account,
            promotion::digest::set_account,
        )
        .get_post(
            "/admin/digests",
            promotion::digest::admin_list,
            promotion::digest::draft_now,
        )
        .get_post(
            "/admin/digests/{id}",
            promotion::digest::admin_show,
            promotion::digest::save_intro,
        )
        .post("/admin/digests/{id}/send", promotion::digest::send)
        .post("/admin/digests/cadence", promotion::digest::set_cadence)
        // Product feedback and office hours (issue 13).
        .get_post(
            "/admin/product-areas",
            feedback::areas::list,
            feedback::areas::create,
        )
        .get_post(
            "/admin/product-areas/{id}",
            feedback::areas::edit,
            feedback::areas::update,
        )
        .get_post("/feedback", feedback::hero::list, feedback::hero::create)
        .get("/feedback/new", feedback::hero::new)
        .get("/feedback/{id}", feedback::hero::show)
        .post("/feedback/{id}/reply", feedback::hero::reply)
        .post("/feedback/{id}/vote", feedback::hero::vote)
        .post("/feedback/{id}/follow", feedback::hero::follow)
        .get("/staff/feedback", feedback::staff::queue)
        .get("/staff/feedback/{id}", feedback::staff::show)
        .post("/staff/feedback/{id}/reply", feedback::staff::reply)
        .post("/staff/feedback/{id}/state", feedback::staff::change)
        .get("/api/v1/me/feedback", feedback::api::mine)
        .get("/office-hours", office_hours::list)
        .post("/office-hours/{id}/book", office_hours::book)
        .post("/office-hours/{id}/cancel", office_hours::cancel)
        .get("/office-hours/{id}/calendar.ics", office_hours::calendar)
        .get_post(
            "/staff/office-hours",
            office_hours::staff,
            office_hours::publish,
        )
        .get_post("/account/credits", credits::own::show, credits::own::create)
        .post(
            "/account/credits/requests/{id}/withdraw",
            credits::own::withdraw,
        )
        .post("/account/credits/codes/{id}/reveal", credits::own::reveal)
        .get("/api/v1/me/credits", credits::api::me)
        .get("/admin/credits", credits::admin::show)
        .post("/admin/credits/unit", credits::admin::set_unit)
        .post("/admin/credits/allotments", credits::admin::set_allotments)
        .post("/admin/credits/exceptions", credits::admin::set_exception)
        .post("/admin/credits/grant", credits::admin::grant)
        .method_router(
            "POST",
            "/admin/credits/import",
            post(credits::admin::import).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .get("/admin/credits/requests", credits::admin::queue)
        .post(
            "/admin/credits/requests/{id}/approve",
            credits::admin::approve,
        )
        .post(
            "/admin/credits/requests/{id}/decline",
            credits::admin::decline,
        )
        .get("/admin/credits/reports", credits::admin::reports)
        .get("/admin/credits/reports.csv", credits::admin::reports_csv)
        .get("/admin/credits/imports/{id}", credits::imports::show)
        // User groups and events (issue 15). A group's and an event's page show the viewer's
        // membership and RSVP, so they are not cached for anyone.
        .get_post("/groups/new", groups::propose_form, groups::propose)
        .get("/groups/{slug}", groups::show_group)
        .get_post("/groups/{slug}/edit", groups::edit_form, groups::save)
        .post("/groups/{slug}/leaders", groups::set_leader)
        .method_router(
            "POST",
            "/groups/{slug}/logo",
            post(group_logos::upload).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .post("/groups/{slug}/logo/remove", group_logos::remove)
        .post("/groups/{slug}/join", groups::join)
        .post("/groups/{slug}/leave", groups::leave)
        .get_post(
            "/groups/{slug}/events/new",
            events::new_for_group,
            events::create_for_group,
        )
        .get("/events/{id}", events::show_event)
        .get_post("/events/{id}/edit", events::edit_form, events::save)
        .post("/events/{id}/rsvp", events::rsvp)
        .post("/events/{id}/cancel", events::cancel)
        .get_post(
            "/events/{id}/check-in",
            events::check_in_list,
            events::check_in,
        )
        .get_post(
            "/account/calendar",
            events::calendar::calendar_page,
            events::calendar::new_address,
        )
        .post("/account/calendar/revoke", events::calendar::revoke)
        .get(
            "/calendar/{secret}/events.ics",
            events::calendar::personal_ics,
        )
        .get("/admin/groups", groups::admin_page)
        .post("/admin/groups/{slug}", groups::decide)
        .get_post(
            "/admin/events/new",
            events::new_for_program,
            events::create_for_program,
        )
        // Briefings under NDA (issue 13): every page of one briefing answers 404 to whoever
        // the gate does not let in.
        .get_post("/briefings", briefings::list, briefings::manage::create)
        .get("/briefings/new", briefings::manage::new)
        .post("/briefings/calendar", briefings::calendar::create)
        .post("/briefings/calendar/revoke", briefings::calendar::revoke)
        .get("/briefings/{id}", briefings::show)
        .get_post(
            "/briefings/{id}/edit",
            briefings::manage::edit,
            briefings::manage::update,
        )
        .post("/briefings/{id}/rsvp", briefings::rsvp)
        .post("/briefings/{id}/cancel", briefings::cancel)
        .get("/briefings/{id}/join", briefings::join)
        .get("/briefings/{id}/recording", briefings::recording)
        .get("/briefings/{id}/briefing.ics", briefings::ics_file)
        .get("/briefings/{id}/manage", briefings::manage::manage)
        .post("/briefings/{id}/attendance", briefings::manage::attendance)
        .get("/calendar/{token}/briefings.ics", briefings::calendar::feed)
        .get("/api/v1/me/briefings", briefings::api::mine)
        .get_post("/account/nda", briefings::nda::show, briefings::nda::accept)
        .get_post(
            "/admin/nda",
            briefings::nda::admin_list,
            briefings::nda::publish,
        )
        .get("/admin/nda/{id}", briefings::nda::admin_show)
        // Files as briefing materials (issue 13): behind the briefing's gate, like its page.
        .method_router(
            "POST",
            "/briefings/{id}/files",
            post(briefings::files::upload).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .get("/briefings/{id}/files/{file}", briefings::files::download)
        .post(
            "/briefings/{id}/files/{file}/remove",
            briefings::files::remove,
        )
        // The private network and mentoring (issue 16): private routes, never cached.
        .get_reading(
            "/network",
            &["q", "specialization", "open", "page"],
            network::show_network,
        )
        .get_post("/account/network", network::edit_card, network::save_card)
        .get_post("/network/asks", network::list_asks, network::post_ask)
        .get("/network/asks/{id}", network::show_ask)
        .post("/network/asks/{id}/answers", network::answer_ask)
        .post("/network/asks/{id}/close", network::close_ask)
        .get("/account/mentoring", mentoring::home)
        .get_post(
            "/account/mentoring/offer",
            mentoring::edit_offer,
            mentoring::save_offer,
        )
        .get_post(
            "/account/mentoring/request",
            mentoring::request_form,
            mentoring::create_request,
        )
        .get("/account/mentoring/requests/{id}", mentoring::show_request)
        .post(
            "/account/mentoring/requests/{id}/ask",
            mentoring::ask_mentors,
        )
        .post(
            "/account/mentoring/requests/{id}/withdraw",
            mentoring::withdraw_request,
        )
        .post("/account/mentoring/asks/{id}/accept", mentoring::accept)
        .post("/account/mentoring/asks/{id}/decline", mentoring::decline)
        .get("/account/mentorships/{id}", mentoring::mentorship::show)
        .post(
            "/account/mentorships/{id}/sessions",
            mentoring::mentorship::log_session,
        )
        .post("/account/mentorships/{id}/end", mentoring::mentorship::end)
        .get("/admin/mentoring", mentoring::admin::show)
        .get("/admin/dashboard", admin::dashboards::index)
        .get("/admin/dashboard/{chart}", admin::dashboards::show)
        .get(
            "/admin/dashboard/{chart}/data.csv",
            admin::dashboards::show_csv,
        )
        .get("/admin/exports/{what}/{format}", crate::exports::download)
        .get("/api/v1/me/mentoring", mentoring::api::me_mentoring)
        // Community projects (issue 16): a project's page shows the viewer's membership and,
        // to its owners, the requests waiting, so it is never cached.
        .get_post("/projects/new", projects::start_form, projects::start)
        .get("/projects/{slug}", projects::show_project)
        .get_post("/projects/{slug}/edit", projects::edit_form, projects::save)
        .post("/projects/{slug}/join", projects::ask_to_join)
        .post("/projects/{slug}/requests/{id}/accept", projects::accept)
        .post("/projects/{slug}/requests/{id}/decline", projects::decline)
        .post("/projects/{slug}/owners", projects::set_owner)
        .post("/projects/{slug}/leave", projects::leave)
        // Speaker suggestions and invitations (issue 15): private routes, never cached.
        .get_post("/account/speaking", speakers::account, speakers::save)
        .get(
            "/account/speaking/invitations/{id}",
            speakers::show_invitation,
        )
        .post(
            "/account/speaking/invitations/{id}/accept",
            speakers::accept,
        )
        .post(
            "/account/speaking/invitations/{id}/decline",
            speakers::decline,
        )
        .get("/events/{id}/speakers", speakers::suggestions)
        .post("/events/{id}/speakers/invite", speakers::invite)
        // Leaders mail their members; one-click unsubscribe (RFC 8058) by the signed token.
        .get_post("/groups/{slug}/mail", group_mail::form, group_mail::send)
        .get_post(
            "/groups/{slug}/unsubscribe",
            group_mail::unsubscribe_form,
            group_mail::unsubscribe,
        )
        .get("/healthz", health::healthz)
        .get("/readyz", health::readyz)
        .get("/metrics", health::metrics)
}

/// Every route of the application (for the route × role matrix test).
pub fn route_list() -> Vec<RouteInfo> {
    let mut list = public_pages().list;
    list.extend(open_reads().list);
    list.extend(bulk_reads().list);
    list.extend(private_routes().list);
    list
}

/// Builds the application with every route and middleware.
pub fn router(state: AppState) -> Router {
    // Install the recorder before the first request is counted.
    telemetry::metrics_handle();
    let (pages, open) = (public_pages(), open_reads());
    let cache_layer = cache::CacheLayer {
        state: state.clone(),
        query_keys: cache::QueryKeys::new(pages.query_keys.into_iter().chain(open.query_keys)),
        dated: cache::DatedRoutes::new(DATED.iter().copied()),
    };
    // A page depends on the language (`Accept-Language`, or the `lang` cookie) and on whether
    // a session cookie comes with it; shared caches must keep the variants apart.
    let pages = pages.router.layer(SetResponseHeaderLayer::appending(
        header::VARY,
        HeaderValue::from_static("accept-language, cookie"),
    ));
    let cache = middleware::from_fn_with_state(cache_layer, cache::cache_public_reads);
    // The open reads count against the client's rate limit even when the cache answers; CORS
    // is outermost so that a 429 is readable on another origin too.
    let open = open
        .router
        .layer(cache.clone())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            rate_limit::limit_open_reads,
        ))
        .layer(open_cors());
    let bulk = bulk_reads()
        .router
        .layer(middleware::from_fn_with_state(
            state.clone(),
            rate_limit::limit_open_reads,
        ))
        .layer(open_cors());
    let public = pages.layer(cache).merge(open).merge(bulk);

    // Layers run outermost first: request id and log line, security headers, then (per
    // route) metrics, compression (outside the error pages, so those are compressed too),
    // error pages, panics, the timeout, the refusal of unusable targets, the body limit and
    // CSRF. Every early refusal is thus counted, shaped into a page or problem document, and
    // carries the security headers.
    let router = Router::new()
        .merge(public)
        .merge(
            private_routes()
                .router
                .layer(middleware::from_fn_with_state(
                    state.clone(),
                    rate_limit::limit_private_api,
                )),
        )
        // Innermost: an account that must set up a second factor reaches nothing else (see
        // `auth::second_factor::require_setup`); refusals above still shape its answers.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::second_factor::require_setup,
        ))
        // The session, looked up once for the handler and the page header.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::resolve_session,
        ))
        .layer(
            ServiceBuilder::new()
                .layer(middleware::from_fn(telemetry::track_metrics))
                .layer(middleware::from_fn(representation::encode_responses))
                .layer(middleware::from_fn(error::render_error_pages))
                .layer(CatchPanicLayer::new())
                .layer(TimeoutLayer::with_status_code(
                    StatusCode::SERVICE_UNAVAILABLE,
                    Duration::from_secs(30),
                ))
                .layer(middleware::from_fn(web::refuse_unusable_targets))
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
                // Cross-site form posts are refused (Sec-Fetch-Site / Origin against Host);
                // clients that send neither header, like the CLI or API scripts, pass: API
                // writes need a bearer token, never a cookie alone.
                .layer(CsrfLayer::new()),
        );

    let router = web::SECURITY_HEADERS
        .iter()
        .fold(router, |r, (name, value)| {
            r.layer(SetResponseHeaderLayer::if_not_present(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            ))
        });

    // Over TLS, browsers are told to never come back over plain HTTP.
    let router = if state.config.secure_cookies() {
        router.layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("strict-transport-security"),
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ))
    } else {
        router
    };

    router
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeId::default()))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(|request: &axum::http::Request<_>| {
                            let id = request
                                .headers()
                                .get(REQUEST_ID)
                                .and_then(|v| v.to_str().ok())
                                .unwrap_or("-");
                            tracing::info_span!(
                                "request",
                                method = %request.method(),
                                path = %request.uri().path(),
                                request_id = %id,
                                // Filled in once the session or token is known.
                                user_id = tracing::field::Empty,
                            )
                        })
                        .on_response(
                            |response: &axum::http::Response<_>,
                             latency: Duration,
                             _: &tracing::Span| {
                                tracing::info!(
                                    status = response.status().as_u16(),
                                    latency_ms = latency.as_secs_f64() * 1000.0,
                                    "request finished"
                                );
                            },
                        ),
                )
                .layer(PropagateRequestIdLayer::new(REQUEST_ID)),
        )
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dated_route_is_a_cached_public_read() {
        let cached: Vec<&str> = public_pages()
            .query_keys
            .into_iter()
            .chain(open_reads().query_keys)
            .map(|(path, _)| path)
            .collect();
        for path in DATED {
            assert!(cached.contains(path), "{path} is not a cached public read");
        }
    }
}
