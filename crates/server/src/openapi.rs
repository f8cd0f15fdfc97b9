//! The OpenAPI 3.1 description of the JSON API, and its offline docs page.
//!
//! Written by hand as data (no proc-macro framework): the API is small, and a test checks
//! that the document lists exactly the `/api/v1/` routes of [`crate::router::route_list`],
//! method by method, and that every documented read answers.

use crate::i18n::I18n;
use askama::Template;
use askama_web::WebTemplate;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};

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
        param(
            "updated_since",
            "Only what changed at or after this time (RFC 3339 with an offset, such as `2026-11-29T08:00:00Z`). The list is then ordered by time of change, oldest first (ties by id), so a mirror pages through it and asks next time from the last `updated_at` it saw (items at that very time come again). Removed or hidden items do not appear.",
            json!({ "type": "string", "format": "date-time" }),
            false,
        ),
        param(
            "page",
            "1-based page number.",
            json!({ "type": "integer", "minimum": 1 }),
            false,
        ),
        param(
            "limit",
            "Items per page (1-100).",
            json!({ "type": "integer", "minimum": 1, "maximum": 100 }),
            false,
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

/// The OpenAPI document.
pub fn document() -> Value {
    let mut hero_params = vec![
        param(
            "q",
            "Full-text search over names, headlines, bios, companies, places and contribution titles. Every word must match as a prefix; accents and case are ignored.",
            json!({ "type": "string", "maxLength": 5000 }),
            false,
        ),
        param(
            "specialization",
            "Specialization slug; repeat for any of several.",
            json!({ "type": "string" }),
            true,
        ),
        param(
            "region",
            "Program region; repeatable.",
            json!({ "type": "string", "enum": ["americas", "emea", "apj"] }),
            true,
        ),
        param(
            "country",
            "ISO 3166-1 alpha-2 country code; repeatable.",
            json!({ "type": "string", "pattern": "^[A-Za-z]{2}$" }),
            true,
        ),
        param(
            "status",
            "Which heroes: current ones (default, includes those on leave), alumni, or all.",
            json!({ "type": "string", "enum": ["active", "alumni", "all"], "default": "active" }),
            false,
        ),
        param(
            "since",
            "Only heroes first named in this year.",
            json!({ "type": "integer" }),
            false,
        ),
        param(
            "sort",
            "Order: `relevance` (best match first, when searching), `name` or `newest`.",
            json!({ "type": "string", "enum": ["relevance", "name", "newest"] }),
            false,
        ),
    ];
    hero_params.extend(page_params());
    let mut contribution_params = vec![
        param(
            "specialization",
            "Specialization slug; repeatable.",
            json!({ "type": "string" }),
            true,
        ),
        param(
            "kind",
            "Contribution kind; repeatable.",
            json!({ "type": "string", "enum": heroes_domain::contribution::ContributionKind::ALL.iter().map(|k| k.slug()).collect::<Vec<_>>() }),
            true,
        ),
        param(
            "hero",
            "Only this hero's contributions (slug).",
            json!({ "type": "string" }),
            false,
        ),
    ];
    contribution_params.extend(page_params());
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Heroes public API",
            "version": "1.0.0",
            "description": "Read-only access to the public hero directory, specializations and contributions. Responses carry ETags; send If-None-Match to get 304 Not Modified (compared weakly: a compressed answer has a weak ETag). Answers are compressed (gzip or br) as Accept-Encoding allows. The public reads may be fetched from any origin (CORS, without credentials); /api/v1/me needs a token and is not open to other origins. Lists carry a Link header (first, prev, next, last). Errors are application/problem+json (RFC 9457)."
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
                "responses": { "200": { "description": "The profile.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/HeroDetail" } } } },
                               "404": { "description": "No such hero.", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } } }
            }},
            "/api/v1/specializations": { "get": {
                "operationId": "listSpecializations", "summary": "Every specialization",
                "responses": { "200": { "description": "All specializations, retired ones marked `active: false`.", "content": { "application/json": { "schema": { "type": "object", "properties": { "specializations": { "type": "array", "items": { "$ref": "#/components/schemas/Specialization" } } } } } } } }
            }},
            "/api/v1/contributions": { "get": {
                "operationId": "listContributions", "summary": "The public content stream",
                "parameters": contribution_params,
                "responses": { "200": { "description": "A page of contributions, newest first (oldest change first with `updated_since`).", "headers": link_header(), "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ContributionList" } } } }, "400": problem() }
            }},
            "/api/v1/me": { "get": {
                "operationId": "getMe", "summary": "The account of the token's owner",
                "description": "Needs a personal API token (create one at /account/tokens), read or write scope.",
                "security": [{ "bearer": [] }],
                "responses": { "200": { "description": "The account.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Me" } } } }, "401": problem() }
            }},
            "/api/v1/me/profile": {
                "get": {
                    "operationId": "getMyProfile", "summary": "The token owner's hero profile",
                    "description": "Needs a personal API token; the account must be linked to a hero.",
                    "security": [{ "bearer": [] }],
                    "responses": { "200": { "description": "The editable profile.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Profile" } } } }, "401": problem(), "404": problem() }
                },
                "patch": {
                    "operationId": "updateMyProfile", "summary": "Change the token owner's hero profile",
                    "description": "Needs a write-scoped token. Send only the fields to change; links map a kind to an address (empty removes it). Specializations and status are the program's and cannot be sent.",
                    "security": [{ "bearer": [] }],
                    "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Profile" } } } },
                    "responses": { "200": { "description": "The profile as saved.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Profile" } } } }, "401": problem(), "403": problem(), "422": problem() }
                }
            },
            "/api/v1/me/mentoring": { "get": {
                "operationId": "getMyMentoring", "summary": "The token owner's mentoring",
                "description": "Needs a personal API token, read or write scope. The hero's offer (if any), the account's requests for a mentor and its mentorships on either side, with session counts; session notes stay on the pair's page.",
                "security": [{ "bearer": [] }],
                "responses": { "200": { "description": "Offer, requests and mentorships.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Mentoring" } } } }, "401": problem() }
            }}
        },
        "components": {
          "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer", "description": "A personal API token from /account/tokens." } },
          "schemas": {
            "Mentoring": { "type": "object", "properties": {
                "offer": { "type": ["object", "null"], "properties": {
                    "topics": { "type": "string" },
                    "specializations": { "type": "array", "items": { "type": "string" } },
                    "languages": { "type": "array", "items": { "type": "string" } },
                    "time_zones": { "type": "array", "items": { "type": "string" } },
                    "formats": { "type": "array", "items": { "type": "string", "enum": ["calls", "code-review", "career"] } },
                    "capacity": { "type": "integer" }, "taken": { "type": "integer" }, "open": { "type": "boolean" } } },
                "requests": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "integer" }, "topics": { "type": "string" }, "language": { "type": "string" },
                    "time_zone": { "type": "string" }, "state": { "type": "string", "enum": ["open", "matched", "withdrawn"] },
                    "created_at": { "type": "string", "format": "date-time" } } } },
                "mentorships": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "integer" }, "role": { "type": "string", "enum": ["mentor", "mentee"] },
                    "mentor": { "type": "string", "description": "Slug of the mentor's hero page." },
                    "mentee": { "type": "string", "description": "The mentee's name." },
                    "started_at": { "type": "string", "format": "date-time" },
                    "ended_at": { "type": ["string", "null"], "format": "date-time" },
                    "sessions": { "type": "integer" } } } } } },
            "Me": { "type": "object", "properties": {
                "email": { "type": "string" }, "name": { "type": "string" }, "email_verified": { "type": "boolean" },
                "roles": { "type": "array", "items": { "type": "string", "enum": ["member", "hero", "alumni", "staff", "reviewer", "admin"] } },
                "hero": { "type": ["string", "null"], "description": "Slug of the hero page this account speaks for." },
                "created_at": { "type": "string", "format": "date-time" } } },
            "Profile": { "type": "object", "additionalProperties": false, "properties": {
                "slug": { "type": "string", "readOnly": true }, "display_name": { "type": "string" }, "headline": { "type": "string" },
                "company": { "type": "string" }, "bio": { "type": "string", "description": "Markdown." }, "city": { "type": "string" },
                "country": { "type": "string", "description": "ISO 3166-1 alpha-2." }, "photo_url": { "type": "string" },
                "timezone": { "type": "string", "description": "IANA name." }, "languages": { "type": "array", "items": { "type": "string" } },
                "links": { "type": "object", "additionalProperties": { "type": "string" } } } },
            "Problem": { "type": "object", "required": ["type", "title", "status", "detail"], "properties": {
                "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" },
                "detail": { "type": "string" }, "parameter": { "type": "string", "description": "The query parameter at fault." } } },
            "Award": { "type": "object", "properties": { "specialization": { "type": "string" }, "name": { "type": "string" }, "year": { "type": "integer" } } },
            "Hero": { "type": "object", "properties": {
                "slug": { "type": "string" }, "name": { "type": "string" }, "headline": { "type": "string" },
                "company": { "type": "string" }, "city": { "type": "string" }, "country": { "type": "string" },
                "country_name": { "type": "string" }, "region": { "type": "string", "enum": ["americas", "emea", "apj"] },
                "status": { "type": "string", "enum": ["active", "alumni", "on-leave"] }, "hero_since": { "type": "integer" },
                "photo_url": { "type": ["string", "null"] }, "specializations": { "type": "array", "items": { "$ref": "#/components/schemas/Award" } },
                "html_url": { "type": "string" }, "api_url": { "type": "string" }, "updated_at": { "type": "string", "format": "date-time" } } },
            "HeroDetail": { "allOf": [ { "$ref": "#/components/schemas/Hero" }, { "type": "object", "properties": {
                "bio": { "type": "string", "description": "Markdown as written." }, "bio_html": { "type": "string", "description": "Sanitized HTML." },
                "timezone": { "type": ["string", "null"] }, "languages": { "type": "array", "items": { "type": "string" } },
                "links": { "type": "object", "additionalProperties": { "type": "string" } },
                "recent_contributions": { "type": "array", "items": { "$ref": "#/components/schemas/Contribution" } },
                "created_at": { "type": "string", "format": "date-time" } } } ] },
            "HeroList": { "type": "object", "properties": {
                "heroes": { "type": "array", "items": { "$ref": "#/components/schemas/Hero" } }, "total": { "type": "integer" },
                "page": { "type": "integer" }, "limit": { "type": "integer" },
                "next": { "type": ["string", "null"] }, "previous": { "type": ["string", "null"] } } },
            "Specialization": { "type": "object", "properties": {
                "slug": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" },
                "active": { "type": "boolean" }, "hero_count": { "type": "integer" },
                "colour": { "type": "string", "enum": ["rose", "amber", "blue", "violet", "teal", "green", "red", "navy"] },
                "previous_slugs": { "type": "array", "items": { "type": "string" }, "description": "Slugs from before a rename; they still filter and redirect." } } },
            "Contribution": { "type": "object", "properties": {
                "id": { "type": "integer" }, "hero": { "type": "object", "properties": { "slug": { "type": "string" }, "name": { "type": "string" }, "api_url": { "type": "string" } } },
                "kind": { "type": "string" }, "title": { "type": "string" }, "url": { "type": "string" },
                "also_at": { "type": "array", "items": { "type": "string" }, "description": "Further addresses the same work was published at (a post syndicated to other sites), besides url." },
                "date": { "type": "string", "format": "date" }, "specialization": { "type": ["string", "null"] },
                "tags": { "type": "array", "items": { "type": "string" } }, "description": { "type": "string" },
                "reach": { "type": "object", "properties": { "views": { "type": "integer" }, "attendees": { "type": "integer" }, "stars": { "type": "integer" }, "answers": { "type": "integer" } } },
                "updated_at": { "type": "string", "format": "date-time" } } },
            "ContributionList": { "type": "object", "properties": {
                "contributions": { "type": "array", "items": { "$ref": "#/components/schemas/Contribution" } }, "total": { "type": "integer" },
                "page": { "type": "integer" }, "limit": { "type": "integer" },
                "next": { "type": ["string", "null"] }, "previous": { "type": ["string", "null"] } } }
        } }
    })
}

/// `GET /api/openapi.json`.
pub async fn openapi_json(headers: HeaderMap) -> Response {
    let body = serde_json::to_vec_pretty(&document()).unwrap_or_default();
    crate::web::cacheable(&headers, "application/json", 3_600, body)
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
