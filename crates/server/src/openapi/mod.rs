//! The OpenAPI 3.1 description of the JSON API, and its offline docs page.
//!
//! Two halves. The schemas of the answers (`components.schemas`) are generated from the
//! types that serialize them ([`schemas`], utoipa's `ToSchema` derive), so the document
//! cannot say something the answers do not. The paths, parameters and the rules every
//! operation shares (empty values, NUL bytes, countries, 400, 414, 429, the specialization
//! slugs known now) are written here as data: they describe the router and the parameter
//! parsers, which no derive sees. A test checks that the document lists exactly the
//! `/api/v1/` routes of [`crate::router::route_list`], method by method; another that every
//! documented read answers as its schema says and that every example is valid.

use crate::i18n::I18n;
use askama::Template;
use askama_web::WebTemplate;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};

pub mod schemas;

fn param(name: &str, description: &str, schema: Value, repeatable: bool) -> Value {
    let schema = if repeatable {
        json!({ "type": "array", "items": schema })
    } else {
        schema
    };
    json!({
        "name": name, "in": "query", "required": false, "description": description,
        "schema": schema, "explode": true, "style": "form"
    })
}

fn page_params() -> Vec<Value> {
    vec![
        with_example(
            param(
                "updated_since",
                "Only what changed at or after this time (RFC 3339 with an offset, such as `2026-11-29T08:00:00Z`). The list is then ordered by time of change, oldest first (ties by id), so a mirror pages through it and asks next time from the last `updated_at` it saw (items at that very time come again). Removed or hidden items do not appear.",
                json!({ "type": "string", "format": "date-time" }),
                false,
            ),
            json!("2026-11-01T00:00:00Z"),
        ),
        with_example(
            param(
                "page",
                "1-based page number.",
                json!({ "type": "integer", "minimum": 1, "maximum": 1_000_000 }),
                false,
            ),
            json!(1),
        ),
        with_example(
            param(
                "limit",
                "Items per page (1-100).",
                json!({ "type": "integer", "minimum": 1, "maximum": 100 }),
                false,
            ),
            json!(20),
        ),
    ]
}

/// The `Link` header of a list answer.
fn link_header() -> Value {
    json!({ "Link": { "description": "RFC 8288 links to the `first`, `prev` (from page 2), `next` (before the last page) and `last` pages, with the same filters.", "schema": { "type": "string" } } })
}

fn problem() -> Value {
    json!({ "description": "A parameter is invalid; `parameter` names it.",
            "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } })
}

/// `param` with an example value, which the API check sends as it is.
fn with_example(mut param: Value, example: Value) -> Value {
    param["example"] = example;
    param
}

/// The schema of an answer that wraps a list in an object, generated from its type.
fn inline<T: utoipa::PartialSchema>() -> Value {
    schemas::inline::<T>()
}

/// An `application/json` answer whose schema is the named component `name`.
fn json_ref(description: &str, name: &str) -> Value {
    json!({ "description": description,
            "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{name}") } } } })
}

/// An `application/json` answer with `schema`.
fn json_answer(description: &str, schema: Value) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": schema } } })
}

/// The OpenAPI document.
pub fn document() -> Value {
    let mut hero_params = vec![
        with_example(
            param(
                "q",
                "Full-text search over names, headlines, bios, companies, places and contribution titles. Every word must match as a prefix; accents and case are ignored. The first 5,000 characters are read; the rest is left out, not refused.",
                json!({ "type": "string" }),
                false,
            ),
            json!("serverless"),
        ),
        with_example(
            param(
                "specialization",
                "Specialization slug; repeat for any of several.",
                json!({ "type": "string" }),
                true,
            ),
            json!(["serverless"]),
        ),
        with_example(
            param(
                "region",
                "Program region; repeatable.",
                json!(schemas::region().build()),
                true,
            ),
            json!(["americas", "emea"]),
        ),
        with_example(
            param(
                "country",
                "ISO 3166-1 alpha-2 country code; repeatable.",
                json!({ "type": "string", "pattern": "^[A-Za-z]{2}$" }),
                true,
            ),
            json!(["DE"]),
        ),
        with_example(
            param(
                "status",
                "Which heroes: current ones (default, includes those on leave), alumni, or all.",
                json!({ "type": "string", "enum": ["active", "alumni", "all"], "default": "active" }),
                false,
            ),
            json!("all"),
        ),
        with_example(
            param(
                "since",
                "Only heroes first named in this year.",
                json!({ "type": "integer", "minimum": heroes_domain::hero::FIRST_AWARD_YEAR, "maximum": 2100 }),
                false,
            ),
            json!(2024),
        ),
        with_example(
            param(
                "sort",
                "Order: `relevance` (best match first, when searching), `name` or `newest`.",
                json!({ "type": "string", "enum": ["relevance", "name", "newest"] }),
                false,
            ),
            json!("name"),
        ),
    ];
    hero_params.extend(page_params());
    let mut contribution_params = vec![
        with_example(
            param(
                "specialization",
                "Specialization slug; repeatable.",
                json!({ "type": "string" }),
                true,
            ),
            json!(["serverless"]),
        ),
        with_example(
            param(
                "kind",
                "Contribution kind; repeatable.",
                json!({ "type": "string", "enum": heroes_domain::contribution::ContributionKind::ALL.iter().map(|k| k.slug()).collect::<Vec<_>>() }),
                true,
            ),
            json!(["blog-post", "talk"]),
        ),
        with_example(
            param(
                "hero",
                "Only this hero's contributions (slug).",
                json!({ "type": "string" }),
                false,
            ),
            json!("ana-lima"),
        ),
    ];
    contribution_params.extend(page_params());
    // Product feedback (kept apart: one json! of the whole document would pass the macro's
    // recursion limit).
    let my_feedback = json!({ "get": {
        "operationId": "listMyFeedback", "summary": "The product feedback the token's owner filed",
        "description": "Needs a personal API token of an active hero (read scope is enough). Each item comes with its conversation with the program team; the team's internal notes are never included.",
        "security": [{ "bearer": [] }],
        "responses": { "200": json_ref("Every item the hero filed, newest first.", "FeedbackList"), "401": problem(), "403": problem() }
    }});
    // Briefings (issue 13), kept apart for the same reason.
    let my_briefings = json!({ "get": {
        "operationId": "listMyBriefings", "summary": "The briefings the token's owner may see",
        "description": "Needs a personal API token of a hero, staff member or admin. Lists only briefings the owner is entitled to (an active hero in the audience who accepted the required NDA, or an organizer); the join link and materials are read on the briefing's page, through its access log.",
        "security": [{ "bearer": [] }],
        "responses": { "200": json_answer("The briefings, soonest first.", json!({ "type": "array", "items": { "$ref": "#/components/schemas/Briefing" } })), "401": problem(), "403": problem() }
    }});
    // Mentoring (issue 16), kept apart for the same reason.
    let my_mentoring = json!({ "get": {
        "operationId": "getMyMentoring", "summary": "The token owner's mentoring",
        "description": "Needs a personal API token, read or write scope. The hero's offer (if any), the account's requests for a mentor and its mentorships on either side, with session counts; session notes stay on the pair's page.",
        "security": [{ "bearer": [] }],
        "responses": { "200": json_ref("Offer, requests and mentorships.", "Mentoring"), "401": problem() }
    }});
    // Groups and events (issue 15), kept apart for the same reason.
    let groups_path = json!({ "get": {
        "operationId": "listGroups", "summary": "User groups",
        "description": "Active, dormant and closed groups by name (proposals are not public).",
        "parameters": [
            { "name": "country", "in": "query", "schema": { "type": "string", "pattern": "^[A-Z]{2}$" }, "description": "ISO 3166-1 alpha-2.", "example": "BR" },
            { "name": "region", "in": "query", "schema": schemas::region().build(), "example": "americas" },
            { "name": "specialization", "in": "query", "schema": { "type": "string" }, "example": "serverless" },
            { "name": "coming", "in": "query", "schema": { "type": "string", "enum": ["1"] }, "description": "Only groups with an event that has not ended.", "example": "1" },
            { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Words that must each start a word of the name, city, country or specializations (accents and case ignored).", "example": "paulo" }
        ],
        "responses": { "200": json_answer("The groups.", inline::<crate::groups::GroupList>()) }
    }});
    let events_path = json!({ "get": {
        "operationId": "listEvents", "summary": "Events of the program and its groups",
        "description": "Coming events soonest first, or past ones (`when=past`) latest first; at most 200. Times are UTC; `time_zone` is the organizer's zone. Online links are on the event's page only.",
        "parameters": [
            { "name": "when", "in": "query", "schema": { "type": "string", "enum": ["coming", "past"] }, "example": "past" },
            { "name": "country", "in": "query", "schema": { "type": "string", "pattern": "^[A-Z]{2}$" }, "example": "DE" },
            { "name": "online", "in": "query", "schema": { "type": "string", "enum": ["1"] }, "description": "Only events with an online link.", "example": "1" },
            { "name": "specialization", "in": "query", "schema": { "type": "string" }, "example": "serverless" },
            { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Words that must each start a word of the title, description, venue or group's name (accents and case ignored).", "example": "meetup" }
        ],
        "responses": { "200": json_answer("The events.", inline::<crate::events::api::EventList>()) }
    }});
    // Community projects (issue 16), kept apart for the same reason.
    let project_filters = json!([
        { "name": "specialization", "in": "query", "schema": { "type": "string" }, "example": "serverless" },
        { "name": "status", "in": "query", "schema": schemas::project_status().build(), "example": "looking-for-help" },
        { "name": "help", "in": "query", "schema": { "type": "string", "enum": ["1"] }, "description": "Only projects that want help (skills or roles listed, or looking for help) and are not done.", "example": "1" },
        { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Words; each must start a word of the name, description or wanted help.", "example": "test" }
    ]);
    let projects_path = json!({ "get": {
        "operationId": "listProjects", "summary": "Community projects",
        "description": "Projects heroes started, most recently changed first; at most 200.",
        "parameters": project_filters,
        "responses": { "200": json_answer("The projects.", inline::<crate::projects::api::ProjectList>()) }
    }});
    let project_path = json!({ "get": {
        "operationId": "getProject", "summary": "One community project",
        "description": "A project with who works on it (names and hero pages, never addresses) and the public contributions linked to it.",
        "parameters": [ { "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } } ],
        "responses": {
            "200": json_ref("The project.", "ProjectDetail"),
            "404": { "description": "No such project." } }
    }});
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Heroes public API",
            "version": "1.0.0",
            "description": "Read-only access to the public hero directory, specializations and contributions. Responses carry ETags; send If-None-Match to get 304 Not Modified (compared weakly: a compressed answer has a weak ETag). Heroes, contributions, specializations, projects and deletions also carry Last-Modified once the last change is a few seconds old, and answer If-Modified-Since when no If-None-Match is sent. Answers are compressed (gzip, br or zstd) as Accept-Encoding allows. The public reads may be fetched from any origin (CORS, without credentials); /api/v1/me needs a token and is not open to other origins. Lists carry a Link header (first, prev, next, last). Errors are application/problem+json (RFC 9457)."
        },
        "paths": {
            "/api/v1/heroes": { "get": {
                "operationId": "listHeroes", "summary": "List and search heroes",
                "description": "The directory with the same filters as the /heroes page.",
                "parameters": hero_params,
                "responses": { "200": { "description": "A page of heroes.", "headers": link_header(), "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HeroList" } } } }, "400": problem() }
            }},
            "/api/v1/heroes/{slug}": { "get": {
                "operationId": "getHero", "summary": "One hero's profile",
                "parameters": [{ "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": json_ref("The profile.", "HeroDetail"),
                               "404": { "description": "No such hero.", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } } }
            }},
            "/api/v1/specializations": { "get": {
                "operationId": "listSpecializations", "summary": "Every specialization",
                "responses": { "200": json_answer("All specializations, retired ones marked `active: false`.", inline::<crate::specializations::SpecializationList>()) }
            }},
            "/api/v1/contributions": { "get": {
                "operationId": "listContributions", "summary": "The public content stream",
                "parameters": contribution_params,
                "responses": { "200": { "description": "A page of contributions, newest first (oldest change first with `updated_since`).", "headers": link_header(), "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ContributionList" } } } }, "400": problem() }
            }},
            "/api/v1/spotlight": { "get": {
                "operationId": "getSpotlight", "summary": "The work in the spotlight now",
                "description": "Contributions the program amplifies now (approved promotion requests in their window), in the order their windows began. Also as feeds: /spotlight/feed.atom and /spotlight/feed.json.",
                "responses": { "200": json_answer("The spotlight.", inline::<crate::promotion::spotlight::SpotlightJson>()) }
            }},
            "/api/v1/me": { "get": {
                "operationId": "getMe", "summary": "The account of the token's owner",
                "description": "Needs a personal API token (create one at /account/tokens), read or write scope.",
                "security": [{ "bearer": [] }],
                "responses": { "200": json_ref("The account.", "Me"), "401": problem() }
            }},
            "/api/v1/me/profile": {
                "get": {
                    "operationId": "getMyProfile", "summary": "The token owner's hero profile",
                    "description": "Needs a personal API token; the account must be linked to a hero.",
                    "security": [{ "bearer": [] }],
                    "responses": { "200": json_ref("The editable profile.", "Profile"), "401": problem(), "404": problem() }
                },
                "patch": {
                    "operationId": "updateMyProfile", "summary": "Change the token owner's hero profile",
                    "description": "Needs a write-scoped token. Send only the fields to change; links map a kind to an address (empty removes it). Specializations and status are the program's and cannot be sent.",
                    "security": [{ "bearer": [] }],
                    "requestBody": { "required": true, "content": { "application/json": {
                        "schema": { "$ref": "#/components/schemas/ProfileChange" },
                        "example": { "headline": "Serverless architect and meetup organizer", "languages": ["pt", "en", "es"], "links": { "mastodon": "https://mastodon.example/@ana" } } } } },
                    "responses": { "200": json_ref("The profile as saved.", "Profile"), "401": problem(), "403": problem(), "422": problem() }
                }
            },
            "/api/v1/me/feedback": my_feedback,
            "/api/v1/me/credits": { "get": {
                "operationId": "getMyCredits", "summary": "The token owner's credits",
                "description": "Needs a personal API token, read or write scope; the account must be linked to a hero (alumni keep what was issued). Codes are listed without their text: a code is revealed only on the account page, and each reveal is recorded.",
                "security": [{ "bearer": [] }],
                "responses": { "200": json_ref("Balance, requests, issued codes and the ledger.", "Credits"), "401": problem(), "403": problem() }
            }},
            "/api/v1/me/briefings": my_briefings,
            "/api/v1/me/mentoring": my_mentoring,
            "/api/v1/groups": groups_path,
            "/api/v1/events": events_path,
            "/api/v1/projects": projects_path,
            "/api/v1/projects/{slug}": project_path
        },
        "components": {
          "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer", "description": "A personal API token from /account/tokens." } },
          "schemas": schemas::components()
        }
    });
    with_sync_paths(&mut doc);
    with_rate_limit_answers(&mut doc);
    with_query_rules(&mut doc);
    doc
}

/// The operations of the document, mutably.
fn operations(doc: &mut Value) -> impl Iterator<Item = &mut Value> {
    doc["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut().filter_map(Value::as_object_mut))
        .flat_map(|item| {
            item.iter_mut()
                .filter(|(method, _)| {
                    ["get", "post", "put", "patch", "delete"].contains(&method.as_str())
                })
                .map(|(_, op)| op)
        })
}

/// A query value the server reads as absent: empty, or only ASCII white space
/// (`crate::web::QueryPairs` trims exactly these characters).
pub const ABSENT: &str = "^[ \\t\\n\\f\\r]*$";

/// What every query parameter shares, said once: an empty (or white-space) value counts as
/// absent (forms send them), no value holds a NUL byte, a country is one of the codes the server knows, and an
/// operation that reads query
/// parameters answers 400 for a value it does not understand and 414 for an address longer
/// than the server reads.
fn with_query_rules(doc: &mut Value) {
    let countries: Vec<String> = heroes_domain::geo::CountryCode::all()
        .flat_map(|c| [c.code().to_owned(), c.code().to_ascii_lowercase()])
        .collect();
    doc["components"]["responses"]["UriTooLong"] = json!({
        "description": "The address (path and query) is longer than the server reads.",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
    });
    for op in operations(doc) {
        op["responses"]["414"] = json!({ "$ref": "#/components/responses/UriTooLong" });
        // `get_mut`, not indexing: indexing a missing key would insert a null.
        let Some(parameters) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
            continue;
        };
        let mut reads_query = false;
        for parameter in parameters.iter_mut().filter(|p| p["in"] == "query") {
            reads_query = true;
            let name = parameter["name"].as_str().unwrap_or_default().to_owned();
            let schema = &mut parameter["schema"];
            let value = if schema["type"] == "array" {
                &mut schema["items"]
            } else {
                schema
            };
            if name == "country" {
                *value = json!({ "type": "string", "enum": countries });
            }
            if value["type"] == "string" && value.get("enum").is_none() {
                // The server refuses an address with a NUL byte anywhere (see `crate::web`).
                value["pattern"] = json!("^[^\\u0000]*$");
            }
            *value = json!({ "anyOf": [value.take(), { "type": "string", "pattern": ABSENT }] });
        }
        if reads_query && op["responses"].get("400").is_none() {
            op["responses"]["400"] = problem();
        }
    }
}

/// The document as served: [`document`] with the specialization slugs the server accepts
/// now (current and former ones, retired included) as the `specialization` filters' values.
pub fn document_with_specializations(slugs: &[String]) -> Value {
    let mut doc = document();
    for op in operations(&mut doc) {
        let parameters = op.get_mut("parameters").and_then(Value::as_array_mut);
        for parameter in parameters.into_iter().flatten() {
            if parameter["in"] != "query" || parameter["name"] != "specialization" {
                continue;
            }
            let schema = &mut parameter["schema"];
            let value = if schema["type"] == "array" {
                &mut schema["items"]
            } else {
                schema
            };
            // [the filter's schema, the empty value] from `with_query_rules`.
            value["anyOf"][0] = json!({ "type": "string", "enum": slugs });
        }
    }
    doc
}

/// What a mirror reads: deletions and the bulk exports (see `crate::sync`).
fn with_sync_paths(doc: &mut Value) {
    let since = with_example(
        param(
            "updated_since",
            "Only what went away (or changed, for the exports) at or after this time (RFC 3339 with an offset).",
            json!({ "type": "string", "format": "date-time" }),
            false,
        ),
        json!("2026-11-01T00:00:00Z"),
    );
    let mut deletion_params = vec![
        since.clone(),
        with_example(
            param(
                "kind",
                "Only heroes or only contributions.",
                json!({ "type": "string", "enum": ["hero", "contribution"] }),
                false,
            ),
            json!("contribution"),
        ),
    ];
    deletion_params.extend(page_params().into_iter().skip(1));
    doc["paths"]["/api/v1/deletions"] = json!({ "get": {
        "operationId": "listDeletions", "summary": "What left the public record",
        "description": "Heroes whose public record was erased (their contributions went with them) and public contributions deleted or made private, oldest first. A mirror applies these together with the lists' `updated_since` answers, in time order: a contribution made public again reappears in `/api/v1/contributions` with a later `updated_at`.",
        "parameters": deletion_params,
        "responses": { "200": { "description": "A page of deletions.", "headers": link_header(),
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DeletionList" } } } },
            "400": problem() }
    } });
    for (path, id, what, schema) in [
        (
            "/api/v1/heroes.ndjson",
            "exportHeroes",
            "every public hero (active, on leave and alumni)",
            "Hero",
        ),
        (
            "/api/v1/contributions.ndjson",
            "exportContributions",
            "every public contribution",
            "Contribution",
        ),
    ] {
        doc["paths"][path] = json!({ "get": {
            "operationId": id, "summary": format!("Bulk export: {what}"),
            "description": format!("Newline-delimited JSON: {what}, one object per line in the shape of the list's items, ordered by id and streamed (gzip-compressed when the client accepts it). Start a mirror with this, then keep it current with `updated_since` on the list and `/api/v1/deletions`."),
            "parameters": [since.clone()],
            "responses": { "200": { "description": "One JSON object per line.",
                "content": { "application/x-ndjson": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } },
                "400": problem() }
        } });
    }
}

/// Every operation may answer 429 past the client's quota (see `crate::rate_limit`).
fn with_rate_limit_answers(doc: &mut Value) {
    doc["components"]["responses"]["TooManyRequests"] = json!({
        "description": "The client made more requests than its quota allows (per minute, per IP address or IPv6 /64, per server instance). Wait `Retry-After` seconds.",
        "headers": {
            "Retry-After": { "description": "Seconds until one more request is allowed.", "schema": { "type": "integer", "minimum": 1 } },
            "RateLimit": { "description": "IETF draft RateLimit header field: `\"api\";r=<left>;t=<seconds until the quota is whole>`.", "schema": { "type": "string" } },
            "RateLimit-Policy": { "description": "`\"api\";q=<requests>;w=60`.", "schema": { "type": "string" } }
        },
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
    });
    for op in operations(doc) {
        op["responses"]["429"] = json!({ "$ref": "#/components/responses/TooManyRequests" });
    }
}

/// `GET /api/openapi.json`.
pub async fn openapi_json(
    axum::extract::State(state): axum::extract::State<crate::app::AppState>,
    headers: HeaderMap,
) -> Result<Response, crate::error::ApiError> {
    let slugs: Vec<String> = state
        .specializations(true)
        .await?
        .into_iter()
        .flat_map(|s| std::iter::once(s.slug).chain(s.previous_slugs))
        .collect();
    let body =
        serde_json::to_vec_pretty(&document_with_specializations(&slugs)).unwrap_or_default();
    // Revalidated rather than kept an hour: the slugs change when an admin adds one.
    Ok(crate::web::cacheable(
        &headers,
        "application/json",
        crate::web::REVALIDATE,
        body,
    ))
}

/// One documented operation, for the docs page.
pub struct Operation {
    /// `GET`.
    pub method: String,
    /// Path template.
    pub path: String,
    /// One line.
    pub summary: String,
    /// Longer text.
    pub description: String,
    /// `(name, description)`.
    pub parameters: Vec<(String, String)>,
}

/// The offline API docs page.
#[derive(Template, WebTemplate)]
#[template(path = "api_docs.html")]
pub struct DocsPage {
    i18n: I18n,
    operations: Vec<Operation>,
}

/// `GET /api/docs`: the OpenAPI document as a readable page, no JavaScript, no CDN.
pub async fn docs_page(i18n: I18n) -> DocsPage {
    let doc = document();
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let mut operations = Vec::new();
    if let Some(paths) = doc["paths"].as_object() {
        for (path, methods) in paths {
            for (method, op) in methods.as_object().into_iter().flatten() {
                operations.push(Operation {
                    method: method.to_uppercase(),
                    path: path.clone(),
                    summary: text(&op["summary"]),
                    description: text(&op["description"]),
                    parameters: op["parameters"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|p| (text(&p["name"]), text(&p["description"])))
                        .collect(),
                });
            }
        }
    }
    DocsPage { i18n, operations }
}
