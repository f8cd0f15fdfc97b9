//! The OpenAPI document's schemas are the ones generated from the types that serialize the
//! answers, its examples are valid against them, and real answers are too.
//!
//! The validator below covers the JSON Schema keywords the document uses (`$ref`, `type`,
//! `enum`, `const`, `properties`, `required`, `additionalProperties`, `propertyNames`,
//! `items`, `allOf`, `anyOf`, `oneOf`, `minimum`, `maximum`, `maxLength`, the `date`,
//! `date-time` and `uri` formats, and the two patterns the document uses); a keyword or a
//! pattern it does not know makes the test fail rather than pass silently. schemathesis (api-check/run) checks the same document against a running server
//! with the demo data, every check on.

use crate::helpers::{TestApp, contribution, hero};
use axum::http::StatusCode;
use heroes_domain::account::TokenScope;
use serde_json::Value;
use utoipa::PartialSchema;

/// Keywords that say nothing about validity, or that the validator checks.
const KNOWN: &[&str] = &[
    "$ref",
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "additionalProperties",
    "propertyNames",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "minimum",
    "maximum",
    "maxLength",
    "format",
    "pattern",
    "description",
    "examples",
    "example",
    "readOnly",
    "default",
    "title",
];

/// The errors of `value` against `schema` (empty: valid), `at` naming where in the value.
fn errors(doc: &Value, schema: &Value, value: &Value, at: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some(schema) = schema.as_object() else {
        if schema == &Value::Bool(false) {
            out.push(format!("{at}: nothing is allowed here"));
        }
        return out;
    };
    for key in schema.keys() {
        assert!(KNOWN.contains(&key.as_str()), "{at}: unknown keyword {key}");
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("{at}: reference {reference}"));
        let target = &doc["components"]["schemas"][name];
        assert!(target.is_object(), "{at}: {reference} resolves to nothing");
        out.extend(errors(doc, target, value, at));
    }
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            other => other.as_str().into_iter().collect(),
        };
        let fits = |t: &&str| match *t {
            "null" => value.is_null(),
            "boolean" => value.is_boolean(),
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            other => panic!("{at}: type {other}"),
        };
        if !types.iter().any(fits) {
            out.push(format!("{at}: {value} is not {types:?}"));
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.contains(value)
    {
        out.push(format!("{at}: {value} is not one of {values:?}"));
    }
    if let Some(constant) = schema.get("const")
        && constant != value
    {
        out.push(format!("{at}: {value} is not {constant}"));
    }
    if let (Some(bound), Some(n)) = (
        schema.get("minimum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n < bound
    {
        out.push(format!("{at}: {n} < {bound}"));
    }
    if let (Some(bound), Some(n)) = (
        schema.get("maximum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n > bound
    {
        out.push(format!("{at}: {n} > {bound}"));
    }
    if let (Some(max), Some(text)) = (
        schema.get("maxLength").and_then(Value::as_u64),
        value.as_str(),
    ) && text.chars().count() as u64 > max
    {
        out.push(format!("{at}: longer than {max}"));
    }
    if let (Some(pattern), Some(text)) = (
        schema.get("pattern").and_then(Value::as_str),
        value.as_str(),
    ) {
        // No regex engine here: the document's two patterns, checked as what they say.
        let valid = match pattern {
            "^[^\\u0000]*$" => !text.contains('\0'),
            heroes_server::openapi::ABSENT => text.chars().all(|c| c.is_ascii_whitespace()),
            other => panic!("{at}: a pattern the validator does not know: {other}"),
        };
        if !valid {
            out.push(format!("{at}: {text:?} does not match {pattern}"));
        }
    }
    if let (Some(format), Some(text)) =
        (schema.get("format").and_then(Value::as_str), value.as_str())
    {
        let valid = match format {
            "date-time" => chrono::DateTime::parse_from_rfc3339(text).is_ok(),
            "date" => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
            "uri" => url::Url::parse(text).is_ok(),
            _ => true,
        };
        if !valid {
            out.push(format!("{at}: {text:?} is not a {format}"));
        }
    }
    if let Some(object) = value.as_object() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(name) {
                out.push(format!("{at}: {name} is missing"));
            }
        }
        for (name, item) in object {
            let here = format!("{at}.{name}");
            if let Some(names) = schema.get("propertyNames") {
                out.extend(errors(doc, names, &Value::String(name.clone()), &here));
            }
            match properties.and_then(|p| p.get(name)) {
                Some(property) => out.extend(errors(doc, property, item, &here)),
                None => {
                    if let Some(extra) = schema.get("additionalProperties") {
                        out.extend(errors(doc, extra, item, &here));
                    }
                }
            }
        }
    }
    if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
        for (i, item) in list.iter().enumerate() {
            out.extend(errors(doc, items, item, &format!("{at}[{i}]")));
        }
    }
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.extend(errors(doc, part, value, at));
    }
    if let Some(parts) = schema.get("anyOf").and_then(Value::as_array)
        && !parts.iter().any(|p| errors(doc, p, value, at).is_empty())
    {
        out.push(format!("{at}: {value} fits none of anyOf"));
    }
    if let Some(parts) = schema.get("oneOf").and_then(Value::as_array) {
        let fitting = parts
            .iter()
            .filter(|p| errors(doc, p, value, at).is_empty())
            .count();
        if fitting != 1 {
            out.push(format!("{at}: {value} fits {fitting} of oneOf"));
        }
    }
    out
}

fn assert_valid(doc: &Value, schema: &Value, value: &Value, what: &str) {
    let found = errors(doc, schema, value, what);
    assert!(found.is_empty(), "{what}: {found:#?}");
}

/// The served document's schemas are exactly the generated ones, every reference resolves,
/// and every named schema is used.
#[tokio::test]
async fn the_document_schemas_are_generated_from_the_answer_types() {
    let app = TestApp::new().await;
    let doc = app.get("/api/openapi.json").await.json();
    let served = doc["components"]["schemas"].as_object().unwrap();
    let generated = heroes_server::openapi::schemas::components();
    assert_eq!(
        served.keys().collect::<Vec<_>>(),
        generated.keys().collect::<Vec<_>>()
    );
    for (name, schema) in &generated {
        assert_eq!(&served[name], schema, "{name}");
    }
    // Spot checks against the types themselves, and what the document promised before it
    // was generated.
    let schema = |value| serde_json::to_value(value).unwrap();
    assert_eq!(
        served["Hero"],
        schema(heroes_server::heroes::api::HeroJson::schema())
    );
    assert_eq!(
        served["Problem"],
        schema(heroes_server::error::ApiError::schema())
    );
    assert_eq!(
        served["Profile"],
        schema(heroes_server::account::api::Profile::schema())
    );
    assert_eq!(
        served["Hero"]["properties"]["photo_url"]["type"],
        serde_json::json!(["string", "null"])
    );
    assert_eq!(served["Profile"]["additionalProperties"], false);
    assert_eq!(served["Profile"]["properties"]["slug"]["readOnly"], true);
    assert_eq!(served["ProfileChange"]["additionalProperties"], false);
    assert!(served["ProfileChange"].get("required").is_none());
    for (name, property) in served["ProfileChange"]["properties"].as_object().unwrap() {
        assert!(
            property["type"]
                .as_array()
                .is_some_and(|t| t.contains(&"null".into())),
            "ProfileChange.{name} may be null: {property}"
        );
    }
    let text = doc.to_string();
    for name in served.keys() {
        assert!(
            text.contains(&format!("\"#/components/schemas/{name}\"")),
            "{name} is never referred to"
        );
    }
    for piece in text.split("\"#/components/schemas/").skip(1) {
        let name = piece.split('"').next().unwrap();
        assert!(served.contains_key(name), "{name} is referred to");
    }
}

/// Every example in the document is valid against the schema it illustrates: the named
/// schemas' examples, the parameters' and the request body's.
#[tokio::test]
async fn the_document_examples_are_valid() {
    let app = TestApp::new().await;
    let doc = app.get("/api/openapi.json").await.json();
    let mut checked = 0;
    for (name, schema) in doc["components"]["schemas"].as_object().unwrap() {
        for example in schema["examples"].as_array().into_iter().flatten() {
            assert_valid(&doc, schema, example, name);
            checked += 1;
        }
    }
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            for p in op["parameters"].as_array().into_iter().flatten() {
                if let Some(example) = p.get("example") {
                    let what = format!("{method} {path} {}", p["name"]);
                    assert_valid(&doc, &p["schema"], example, &what);
                    checked += 1;
                }
            }
            let body = &op["requestBody"]["content"]["application/json"];
            if let Some(example) = body.get("example") {
                assert_valid(&doc, &body["schema"], example, &format!("{method} {path}"));
                checked += 1;
            }
        }
    }
    // The main answers and every list filter have one.
    assert!(checked >= 40, "{checked} examples");
    // And an invalid value is refused, so the validator is not vacuous.
    let mut wrong = doc["components"]["schemas"]["Hero"]["examples"][0].clone();
    wrong["region"] = "mars".into();
    assert!(!errors(&doc, &doc["components"]["schemas"]["Hero"], &wrong, "Hero").is_empty());
    wrong = doc["components"]["schemas"]["Profile"]["examples"][0].clone();
    wrong["links"]["myspace"] = "https://myspace.example".into();
    assert!(
        !errors(
            &doc,
            &doc["components"]["schemas"]["Profile"],
            &wrong,
            "Profile"
        )
        .is_empty()
    );
}

/// Every documented read answers as its schema says, anonymous and with a token.
#[tokio::test]
async fn the_answers_are_valid_against_the_document() {
    let app = TestApp::new().await;
    let slug = hero("Schema Hero")
        .link("blog", "https://schema.example")
        .create(&app)
        .await;
    contribution(&slug, "Checked against the schema")
        .create(&app)
        .await;
    let owner = app.account("schema@example.org", &[], Some(&slug)).await;
    crate::projects::started(&app, owner, "Schema Hero", "active").await;
    let token = app.token(owner, TokenScope::Read).await;
    let bearer = format!("Bearer {token}");
    let doc = app.get("/api/openapi.json").await.json();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(op) = item.get("get") else { continue };
        let answer = &op["responses"]["200"]["content"]["application/json"]["schema"];
        if answer.is_null() {
            continue; // The NDJSON exports: checked line by line in sync.rs.
        }
        let response = app
            .get_with(
                &path.replace("{slug}", &slug),
                &[("authorization", bearer.as_str())],
            )
            .await;
        assert_eq!(response.status, StatusCode::OK, "{path}");
        assert_valid(&doc, answer, &response.json(), path);
        checked += 1;
    }
    assert!(checked >= 15, "{checked} answers");
    // A problem answer too.
    let refused = app.get("/api/v1/heroes?region=mars").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    let problem = &doc["paths"]["/api/v1/heroes"]["get"]["responses"]["400"]["content"]["application/problem+json"]
        ["schema"];
    assert_valid(&doc, problem, &refused.json(), "problem");
}
