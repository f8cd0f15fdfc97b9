//! Every form field announces its mistake the same way, because one file of template macros
//! (`templates/partials/fields.html`) writes it: the control carries `aria-invalid="true"`
//! and an `aria-describedby` naming its hint and its error, and the error is shown under it.

use crate::helpers::{PASSWORD, TestApp, hero};
use axum::http::StatusCode;

/// The macro file, the only template allowed to write a field's error or `aria-invalid`.
const FIELDS: &str = "partials/fields.html";

#[test]
fn no_template_writes_a_field_error_or_aria_invalid_by_hand() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut stack = vec![root.clone()];
    let mut by_hand = Vec::new();
    let mut checked = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if name == FIELDS || path.extension().is_none_or(|e| e != "html") {
                continue;
            }
            checked += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.contains("field-error") || line.contains("aria-invalid") {
                    by_hand.push(format!("{name}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(checked > 100, "the templates were not found under {root:?}");
    assert!(
        by_hand.is_empty(),
        "field errors and aria-invalid come from the macros in {FIELDS}:\n{}",
        by_hand.join("\n")
    );
}

/// The opening tag of the element whose id is `id`.
fn tag_with_id<'a>(body: &'a str, id: &str) -> Option<&'a str> {
    let at = body.find(&format!(r#" id="{id}""#))?;
    let start = body[..at].rfind('<')?;
    let end = at + body[at..].find('>')?;
    Some(&body[start..=end])
}

/// The value of `attribute` in an opening tag (askama escapes quotes inside values).
fn attribute<'a>(tag: &'a str, attribute: &str) -> Option<&'a str> {
    let from = tag.find(&format!(r#" {attribute}=""#))? + attribute.len() + 3;
    Some(&tag[from..from + tag[from..].find('"')?])
}

/// The text of the element whose id is `id`, up to its closing tag.
fn text_of<'a>(body: &'a str, id: &str) -> Option<&'a str> {
    let tag = tag_with_id(body, id)?;
    let after = body.find(tag)? + tag.len();
    Some(&body[after..after + body[after..].find("</")?])
}

/// Asserts that the control `id` is marked invalid and described by an element that shows
/// `message`, and that every id its `aria-describedby` names exists on the page.
fn assert_described_error(body: &str, id: &str, message: &str) {
    let control = tag_with_id(body, id).unwrap_or_else(|| panic!("no control {id}"));
    assert!(
        ["<input", "<select", "<textarea"]
            .iter()
            .any(|t| control.starts_with(t)),
        "{control}"
    );
    assert_eq!(
        attribute(control, "aria-invalid"),
        Some("true"),
        "{control}"
    );
    let named = attribute(control, "aria-describedby").unwrap_or_else(|| panic!("{control}"));
    for other in named.split_whitespace() {
        assert!(
            tag_with_id(body, other).is_some(),
            "{id} names {other}, which is missing"
        );
    }
    let error = named
        .split_whitespace()
        .find(|other| tag_with_id(body, other).is_some_and(|t| t.contains("field-error")))
        .unwrap_or_else(|| panic!("{id} names no error: {control}"));
    let text = text_of(body, error).unwrap();
    assert!(
        text.contains(message),
        "{id}: {text:?} does not say {message:?}"
    );
}

/// Asserts that the control `id` is not marked invalid.
fn assert_valid(body: &str, id: &str) {
    let control = tag_with_id(body, id).unwrap_or_else(|| panic!("no control {id}"));
    assert!(!control.contains("aria-invalid"), "{control}");
}

#[tokio::test]
async fn a_refused_sign_up_ties_each_error_to_its_field() {
    let app = TestApp::new().await;
    let refused = app
        .post_form(
            "/signup",
            &[("name", ""), ("email", "zoe@"), ("password", "short")],
            None,
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert_described_error(&refused.body, "name", "Fill this in.");
    assert_described_error(&refused.body, "email", "Enter ");
    assert_described_error(&refused.body, "password", "at least 10 characters");
    // The password's hint stays named next to its error.
    let password = tag_with_id(&refused.body, "password").unwrap();
    assert_eq!(
        attribute(password, "aria-describedby"),
        Some("password-hint password-error")
    );

    // A field without a mistake is neither invalid nor described by an error.
    let half = app
        .post_form(
            "/signup",
            &[
                ("name", "Zoë Martin"),
                ("email", "zoe@"),
                ("password", PASSWORD),
            ],
            None,
        )
        .await;
    assert_valid(&half.body, "name");
    assert_eq!(
        attribute(tag_with_id(&half.body, "name").unwrap(), "aria-describedby"),
        None
    );
    assert_eq!(
        attribute(
            tag_with_id(&half.body, "password").unwrap(),
            "aria-describedby"
        ),
        Some("password-hint")
    );
    assert_described_error(&half.body, "email", "Enter ");
}

#[tokio::test]
async fn a_refused_profile_and_contribution_tie_each_error_to_its_field() {
    let app = TestApp::new().await;
    let slug = hero("Ana Souza")
        .awards(&[("serverless", 2021)])
        .create(&app)
        .await;
    let id = app.account("ana@example.org", &[], Some(&slug)).await;
    let cookie = app.session(id).await;

    let profile = app
        .post_form(
            "/account/profile",
            &[
                ("display_name", " "),
                ("country", "XX"),
                ("timezone", "Mars/Olympus"),
                ("links.github", "javascript:alert(1)"),
                ("contact.phone", "call me"),
                ("contact.phone.visibility", "friends"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(profile.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in [
        "display_name",
        "country",
        "timezone",
        "links.github",
        "contact.phone",
        "contact.phone.visibility",
    ] {
        assert_described_error(&profile.body, field, "");
    }
    assert_valid(&profile.body, "headline");

    let contribution = app
        .post_form(
            "/account/contributions",
            &[
                ("kind", "talk"),
                ("title", ""),
                ("url", "not a link"),
                ("date", "2026-13-40"),
                ("specialization", "serverless"),
                ("attendees", "many"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(contribution.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_described_error(&contribution.body, "title", "Fill this in.");
    for field in ["url", "date", "attendees"] {
        assert_described_error(&contribution.body, field, "");
    }
    assert_valid(&contribution.body, "specialization");
}
