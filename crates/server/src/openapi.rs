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
            json!({ "type": "integer", "minimum": 1, "maximum": 1_000_000 }),
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
            "Full-text search over names, headlines, bios, companies, places and contribution titles. Every word must match as a prefix; accents and case are ignored. The first 5,000 characters are read; the rest is left out, not refused.",
            json!({ "type": "string" }),
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
            json!({ "type": "integer", "minimum": heroes_domain::hero::FIRST_AWARD_YEAR, "maximum": 2100 }),
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
    // Product feedback (kept apart: one json! of the whole document would pass the macro's
    // recursion limit).
    let my_feedback = json!({ "get": {
        "operationId": "listMyFeedback", "summary": "The product feedback the token's owner filed",
        "description": "Needs a personal API token of an active hero (read scope is enough). Each item comes with its conversation with the program team; the team's internal notes are never included.",
        "security": [{ "bearer": [] }],
        "responses": { "200": { "description": "Every item the hero filed, newest first.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/FeedbackList" } } } }, "401": problem(), "403": problem() }
    }});
    let feedback_list = json!({ "type": "object", "properties": {
                "items": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "integer" }, "area": { "type": "string", "description": "The product area's slug." },
                    "area_name": { "type": "string" }, "title": { "type": "string" }, "body": { "type": "string", "description": "Markdown as written." },
                    "kind": { "type": "string", "enum": ["bug", "feature-request", "documentation", "other"] },
                    "impact": { "type": "string" }, "links": { "type": "array", "items": { "type": "string" } },
                    "shared": { "type": "boolean", "description": "Whether other heroes may see it." },
                    "state": { "type": "string", "enum": ["new", "acknowledged", "planned", "in-progress", "shipped", "declined", "duplicate"] },
                    "note": { "type": "string", "description": "The team's note on a closed item." },
                    "duplicate_of": { "type": ["integer", "null"] },
                    "briefing": { "type": ["integer", "null"], "description": "The briefing the item came from, if its author named one." }, "votes": { "type": "integer", "description": "\"Me too\" from other heroes." },
                    "created_at": { "type": "string", "format": "date-time" }, "updated_at": { "type": "string", "format": "date-time" },
                    "thread": { "type": "array", "items": { "type": "object", "properties": {
                        "author_name": { "type": ["string", "null"] }, "from_staff": { "type": "boolean" },
                        "state": { "type": ["string", "null"], "description": "The status a status change moved the item to." },
                        "body": { "type": "string" }, "created_at": { "type": "string", "format": "date-time" } } } } } } } } });
    // Briefings (issue 13), kept apart for the same reason.
    let my_briefings = json!({ "get": {
        "operationId": "listMyBriefings", "summary": "The briefings the token's owner may see",
        "description": "Needs a personal API token of a hero, staff member or admin. Lists only briefings the owner is entitled to (an active hero in the audience who accepted the required NDA, or an organizer); the join link and materials are read on the briefing's page, through its access log.",
        "security": [{ "bearer": [] }],
        "responses": { "200": { "description": "The briefings, soonest first.", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Briefing" } } } } }, "401": problem(), "403": problem() }
    }});
    let briefing_schema = json!({ "type": "object", "properties": {
                "id": { "type": "integer" }, "title": { "type": "string" }, "summary": { "type": "string", "description": "Markdown." },
                "starts_at": { "type": "string", "format": "date-time" }, "ends_at": { "type": "string", "format": "date-time" },
                "time_zone": { "type": "string", "description": "IANA name the organizer planned in." }, "venue": { "type": "string" },
                "capacity": { "type": "integer" }, "seats_taken": { "type": "integer" }, "nda_version": { "type": "string" },
                "embargo_until": { "type": ["string", "null"], "format": "date" },
                "rsvp": { "type": ["string", "null"], "enum": ["going", "waiting", null] },
                "organizer": { "type": "boolean" }, "url": { "type": "string", "description": "The briefing's page." },
                "area": { "type": ["string", "null"], "description": "The slug of the product area it is about." },
                "files": { "type": "array", "description": "Its files; each download is logged.", "items": { "type": "object", "properties": {
                    "name": { "type": "string" }, "content_type": { "type": "string", "description": "Sniffed from the content at upload." },
                    "size": { "type": "integer", "description": "Bytes." }, "url": { "type": "string", "description": "The download (an attachment, behind the briefing's gate)." } } } } } });
    // Mentoring (issue 16), kept apart for the same reason.
    let my_mentoring = json!({ "get": {
        "operationId": "getMyMentoring", "summary": "The token owner's mentoring",
        "description": "Needs a personal API token, read or write scope. The hero's offer (if any), the account's requests for a mentor and its mentorships on either side, with session counts; session notes stay on the pair's page.",
        "security": [{ "bearer": [] }],
        "responses": { "200": { "description": "Offer, requests and mentorships.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Mentoring" } } } }, "401": problem() }
    }});
    let mentoring_schema = json!({ "type": "object", "properties": {
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
                    "sessions": { "type": "integer" } } } } } });
    // Groups and events (issue 15), kept apart for the same reason.
    let groups_path = json!({ "get": {
        "operationId": "listGroups", "summary": "User groups",
        "description": "Active, dormant and closed groups by name (proposals are not public).",
        "parameters": [
            { "name": "country", "in": "query", "schema": { "type": "string", "pattern": "^[A-Z]{2}$" }, "description": "ISO 3166-1 alpha-2." },
            { "name": "region", "in": "query", "schema": { "type": "string", "enum": ["americas", "emea", "apj"] } },
            { "name": "specialization", "in": "query", "schema": { "type": "string" } },
            { "name": "coming", "in": "query", "schema": { "type": "string", "enum": ["1"] }, "description": "Only groups with an event that has not ended." },
            { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Words that must each start a word of the name, city, country or specializations (accents and case ignored)." }
        ],
        "responses": { "200": { "description": "The groups.", "content": { "application/json": { "schema": { "type": "object", "properties": { "groups": { "type": "array", "items": { "$ref": "#/components/schemas/Group" } } } } } } } }
    }});
    let events_path = json!({ "get": {
        "operationId": "listEvents", "summary": "Events of the program and its groups",
        "description": "Coming events soonest first, or past ones (`when=past`) latest first; at most 200. Times are UTC; `time_zone` is the organizer's zone. Online links are on the event's page only.",
        "parameters": [
            { "name": "when", "in": "query", "schema": { "type": "string", "enum": ["coming", "past"] } },
            { "name": "country", "in": "query", "schema": { "type": "string", "pattern": "^[A-Z]{2}$" } },
            { "name": "online", "in": "query", "schema": { "type": "string", "enum": ["1"] }, "description": "Only events with an online link." },
            { "name": "specialization", "in": "query", "schema": { "type": "string" } },
            { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Words that must each start a word of the title, description, venue or group's name (accents and case ignored)." }
        ],
        "responses": { "200": { "description": "The events.", "content": { "application/json": { "schema": { "type": "object", "properties": { "events": { "type": "array", "items": { "$ref": "#/components/schemas/Event" } } } } } } } }
    }});
    let group_schema = json!({ "type": "object", "properties": {
                "slug": { "type": "string" }, "name": { "type": "string" }, "city": { "type": "string" },
                "country": { "type": "string" }, "region": { "type": "string", "enum": ["americas", "emea", "apj"] },
                "online_only": { "type": "boolean" }, "status": { "type": "string", "enum": ["active", "dormant", "closed"] },
                "latitude": { "type": ["number", "null"] }, "longitude": { "type": ["number", "null"] },
                "member_count": { "type": "integer" }, "coming_events": { "type": "integer" },
                "specializations": { "type": "array", "items": { "type": "string" } },
                "logo_url": { "type": ["string", "null"], "format": "uri", "description": "The group's logo (JPEG, at most 256 px); null when it has none." } } });
    let event_schema = json!({ "type": "object", "properties": {
                "id": { "type": "integer" }, "title": { "type": "string" }, "description": { "type": "string", "description": "Markdown." },
                "kind": { "type": "string", "enum": ["meetup", "conference", "workshop", "online-session"] },
                "starts_at": { "type": "string", "format": "date-time" }, "ends_at": { "type": "string", "format": "date-time" },
                "time_zone": { "type": "string", "description": "IANA zone of the organizer." },
                "venue": { "type": "string" }, "online": { "type": "boolean" },
                "capacity": { "type": ["integer", "null"] }, "going_count": { "type": "integer" },
                "cancelled": { "type": "boolean" }, "sequence": { "type": "integer" },
                "updated_at": { "type": "string", "format": "date-time" },
                "group_slug": { "type": ["string", "null"] }, "group_name": { "type": ["string", "null"] },
                "country": { "type": ["string", "null"] }, "specialization": { "type": ["string", "null"] } } });
    // Community projects (issue 16), kept apart for the same reason.
    let project_filters = json!([
        { "name": "specialization", "in": "query", "schema": { "type": "string" } },
        { "name": "status", "in": "query", "schema": { "type": "string", "enum": ["active", "looking-for-help", "paused", "done"] } },
        { "name": "help", "in": "query", "schema": { "type": "string", "enum": ["1"] }, "description": "Only projects that want help (skills or roles listed, or looking for help) and are not done." },
        { "name": "q", "in": "query", "schema": { "type": "string" }, "description": "Words; each must start a word of the name, description or wanted help." }
    ]);
    let projects_path = json!({ "get": {
        "operationId": "listProjects", "summary": "Community projects",
        "description": "Projects heroes started, most recently changed first; at most 200.",
        "parameters": project_filters,
        "responses": { "200": { "description": "The projects.", "content": { "application/json": { "schema": { "type": "object", "properties": { "projects": { "type": "array", "items": { "$ref": "#/components/schemas/Project" } } } } } } } }
    }});
    let project_path = json!({ "get": {
        "operationId": "getProject", "summary": "One community project",
        "description": "A project with who works on it (names and hero pages, never addresses) and the public contributions linked to it.",
        "parameters": [ { "name": "slug", "in": "path", "required": true, "schema": { "type": "string" } } ],
        "responses": {
            "200": { "description": "The project.", "content": { "application/json": { "schema": { "allOf": [ { "$ref": "#/components/schemas/Project" }, { "type": "object", "properties": {
                "members": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "hero": { "type": ["string", "null"], "description": "Slug of the member's hero page." }, "owner": { "type": "boolean" }, "joined_at": { "type": "string", "format": "date-time" } } } },
                "contributions": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "integer" }, "title": { "type": "string" }, "url": { "type": "string" }, "kind": { "type": "string" }, "date": { "type": "string", "format": "date" }, "hero": { "type": "string" } } } } } } ] } } } },
            "404": { "description": "No such project." } }
    }});
    let project_schema = json!({ "type": "object", "properties": {
                "slug": { "type": "string" }, "name": { "type": "string" },
                "description": { "type": "string", "description": "Markdown." },
                "url": { "type": ["string", "null"], "description": "The repository or the project's site." },
                "status": { "type": "string", "enum": ["active", "looking-for-help", "paused", "done"] },
                "specializations": { "type": "array", "items": { "type": "string" } },
                "help_skills": { "type": "array", "items": { "type": "string" } },
                "help_roles": { "type": "array", "items": { "type": "string" } },
                "member_count": { "type": "integer" },
                "created_at": { "type": "string", "format": "date-time" }, "updated_at": { "type": "string", "format": "date-time" },
                "html_url": { "type": "string" } } });
    let link_kinds: Vec<&str> = heroes_domain::hero::LinkKind::ALL
        .iter()
        .map(|k| k.slug())
        .collect();
    let mut doc = json!({
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
                "/api/v1/spotlight": { "get": {
                    "operationId": "getSpotlight", "summary": "The work in the spotlight now",
                    "description": "Contributions the program amplifies now (approved promotion requests in their window), in the order their windows began. Also as feeds: /spotlight/feed.atom and /spotlight/feed.json.",
                    "responses": { "200": { "description": "The spotlight.", "content": { "application/json": { "schema": { "type": "object", "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/SpotlightItem" } } } } } } } }
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
                "/api/v1/me/feedback": my_feedback
    ,
                "/api/v1/me/credits": { "get": {
                    "operationId": "getMyCredits", "summary": "The token owner's credits",
                    "description": "Needs a personal API token, read or write scope; the account must be linked to a hero (alumni keep what was issued). Codes are listed without their text: a code is revealed only on the account page, and each reveal is recorded.",
                    "security": [{ "bearer": [] }],
                    "responses": { "200": { "description": "Balance, requests, issued codes and the ledger.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Credits" } } } }, "401": problem(), "403": problem() }
                }}
            },
            "components": {
              "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer", "description": "A personal API token from /account/tokens." } },
              "schemas": {
                "Me": { "type": "object", "properties": {
                    "email": { "type": "string" }, "name": { "type": "string" }, "email_verified": { "type": "boolean" },
                    "roles": { "type": "array", "items": { "type": "string", "enum": ["member", "hero", "alumni", "staff", "reviewer", "admin"] } },
                    "hero": { "type": ["string", "null"], "description": "Slug of the hero page this account speaks for." },
                    "created_at": { "type": "string", "format": "date-time" } } },
                "Profile": { "type": "object", "additionalProperties": false, "properties": {
                    "slug": { "type": "string", "readOnly": true }, "display_name": { "type": "string" },
                    "latin_name": { "type": "string", "description": "The name in Latin letters, when it is written in another script; found by search." }, "headline": { "type": "string" },
                    "company": { "type": "string" }, "bio": { "type": "string", "description": "Markdown." }, "city": { "type": "string" },
                    "country": { "type": "string", "description": "ISO 3166-1 alpha-2." }, "photo_url": { "type": "string" },
                    "timezone": { "type": "string", "description": "IANA name." }, "languages": { "type": "array", "items": { "type": "string" } },
                    "links": { "type": "object", "description": "A web address per kind of link.", "propertyNames": { "enum": link_kinds }, "additionalProperties": { "type": "string" } } } },
                "Credits": { "type": "object", "properties": {
                    "unit": { "type": "string", "description": "What amounts are counted in (named by the program)." },
                    "available": { "type": "integer", "description": "What can be requested now; never negative." },
                    "held": { "type": "integer", "description": "Held by requests waiting for a decision." },
                    "requests": { "type": "array", "items": { "type": "object", "properties": {
                        "id": { "type": "integer" }, "purpose": { "type": "string", "enum": ["workshop", "demo", "open-source", "other"] },
                        "amount": { "type": "integer" }, "state": { "type": "string", "enum": ["requested", "approved", "partly-approved", "declined", "withdrawn"] },
                        "approved_amount": { "type": ["integer", "null"] }, "reason": { "type": "string" },
                        "requested_at": { "type": "string", "format": "date-time" } } } },
                    "codes": { "type": "array", "items": { "type": "object", "properties": {
                        "id": { "type": "integer" }, "value": { "type": "integer" }, "expires_on": { "type": "string", "format": "date" },
                        "issued_on": { "type": ["string", "null"], "format": "date" }, "request_id": { "type": ["integer", "null"] },
                        "reveals": { "type": "integer" } } } },
                    "ledger": { "type": "array", "items": { "type": "object", "properties": {
                        "id": { "type": "integer" }, "kind": { "type": "string", "enum": ["allotment", "hold", "issue", "release", "expiry", "revocation"] },
                        "amount": { "type": "integer", "description": "Signed: what the entry added to or took from the balance." },
                        "year": { "type": ["integer", "null"] }, "request_id": { "type": ["integer", "null"] }, "code_id": { "type": ["integer", "null"] },
                        "at": { "type": "string", "format": "date-time" } } } } } },
                "Problem": { "type": "object", "required": ["type", "title", "status", "detail"], "properties": {
                    "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" },
                    "detail": { "type": "string" }, "parameter": { "type": "string", "description": "The query parameter at fault." } } },
                "Award": { "type": "object", "properties": { "specialization": { "type": "string" }, "name": { "type": "string" }, "year": { "type": "integer" } } },
                "Hero": { "type": "object", "properties": {
                    "slug": { "type": "string" }, "name": { "type": "string" },
                    "latin_name": { "type": "string", "description": "The name in Latin letters as the hero gives it; empty when not given." }, "headline": { "type": "string" },
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
                "SpotlightItem": { "type": "object", "properties": {
                    "id": { "type": "integer", "description": "The promotion's id (stable while it is in the spotlight)." },
                    "title": { "type": "string" }, "url": { "type": "string" }, "kind": { "type": "string" },
                    "published_on": { "type": "string", "format": "date" }, "description": { "type": "string" },
                    "hero": { "type": "object", "properties": { "slug": { "type": "string" }, "name": { "type": "string" }, "url": { "type": "string" } } },
                    "starts_at": { "type": "string", "format": "date-time" }, "ends_at": { "type": "string", "format": "date-time" } } },
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
                    "next": { "type": ["string", "null"] }, "previous": { "type": ["string", "null"] } } },
                "FeedbackList": feedback_list
            } }
        });
    doc["paths"]["/api/v1/groups"] = groups_path;
    doc["paths"]["/api/v1/events"] = events_path;
    doc["components"]["schemas"]["Group"] = group_schema;
    doc["components"]["schemas"]["Event"] = event_schema;
    doc["paths"]["/api/v1/me/briefings"] = my_briefings;
    doc["components"]["schemas"]["Briefing"] = briefing_schema;
    doc["paths"]["/api/v1/me/mentoring"] = my_mentoring;
    doc["components"]["schemas"]["Mentoring"] = mentoring_schema;
    doc["paths"]["/api/v1/projects"] = projects_path;
    doc["paths"]["/api/v1/projects/{slug}"] = project_path;
    doc["components"]["schemas"]["Project"] = project_schema;
    with_sync_paths(&mut doc);
    with_rate_limit_answers(&mut doc);
    with_query_rules(&mut doc);
    with_profile_change(&mut doc);
    doc
}

/// What `PATCH /api/v1/me/profile` reads: the profile's fields, each also `null`, which (like
/// a field left out) leaves it as it is.
fn with_profile_change(doc: &mut Value) {
    let mut change = doc["components"]["schemas"]["Profile"].clone();
    if let Some(properties) = change["properties"].as_object_mut() {
        for property in properties.values_mut() {
            if let Some(kind) = property.get("type").cloned() {
                property["type"] = json!([kind, "null"]);
            }
        }
    }
    change["description"] =
        json!("Only the fields to change; a field left out or `null` stays as it is.");
    doc["components"]["schemas"]["ProfileChange"] = change;
    doc["paths"]["/api/v1/me/profile"]["patch"]["requestBody"]["content"]["application/json"]["schema"] =
        json!({ "$ref": "#/components/schemas/ProfileChange" });
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

/// What every query parameter shares, said once: an empty value counts as absent (forms send
/// them), no value holds a NUL byte, a country is one of the codes the server knows, and an
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
            *value = json!({ "anyOf": [value.take(), { "type": "string", "maxLength": 0 }] });
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
    let since = param(
        "updated_since",
        "Only what went away (or changed, for the exports) at or after this time (RFC 3339 with an offset).",
        json!({ "type": "string", "format": "date-time" }),
        false,
    );
    let mut deletion_params = vec![
        since.clone(),
        param(
            "kind",
            "Only heroes or only contributions.",
            json!({ "type": "string", "enum": ["hero", "contribution"] }),
            false,
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
    doc["components"]["schemas"]["Deletion"] = json!({ "oneOf": [
        { "type": "object", "required": ["type", "slug", "deleted_at"], "properties": {
            "type": { "const": "hero" }, "slug": { "type": "string" },
            "deleted_at": { "type": "string", "format": "date-time" } } },
        { "type": "object", "required": ["type", "id", "deleted_at"], "properties": {
            "type": { "const": "contribution" }, "id": { "type": "integer" },
            "deleted_at": { "type": "string", "format": "date-time" } } }
    ] });
    doc["components"]["schemas"]["DeletionList"] = json!({ "type": "object", "properties": {
        "deletions": { "type": "array", "items": { "$ref": "#/components/schemas/Deletion" } },
        "total": { "type": "integer" }, "page": { "type": "integer" }, "limit": { "type": "integer" },
        "next": { "type": ["string", "null"] }, "previous": { "type": ["string", "null"] } } });
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
