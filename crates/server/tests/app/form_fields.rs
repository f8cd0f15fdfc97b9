//! Every form field announces its mistake the same way, because one file of template macros
//! (`templates/partials/fields.html`) writes it: the control carries `aria-invalid="true"`
//! and an `aria-describedby` naming its hint and its error, and the error is shown under it.

use crate::helpers::{PASSWORD, TestApp};
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

/// POSTs a form that must be refused and returns the page shown again.
async fn refused(
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
    cookie: Option<&str>,
) -> String {
    let response = app.post_form(path, fields, cookie).await;
    assert_eq!(
        response.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{path}: {}",
        response.body
    );
    response.body
}

#[tokio::test]
async fn a_refused_sign_up_ties_each_error_to_its_field() {
    let app = TestApp::new().await;
    let wrong = [
        ("name", "", "Fill this in."),
        ("email", "zoe@", "Enter "),
        ("password", "short", "at least 10 characters"),
    ];
    let form: Vec<_> = wrong
        .iter()
        .map(|(name, value, _)| (*name, *value))
        .collect();
    let body = refused(&app, "/signup", &form, None).await;
    for (name, _, message) in wrong {
        assert_described_error(&body, name, message);
    }
    // The password's hint stays named next to its error.
    let described = |body: &str, id: &str| {
        attribute(tag_with_id(body, id).unwrap(), "aria-describedby").map(str::to_owned)
    };
    assert_eq!(
        described(&body, "password").as_deref(),
        Some("password-hint password-error")
    );

    // A field without a mistake is neither invalid nor described by an error.
    let half = refused(
        &app,
        "/signup",
        &[
            ("name", "Zoë Martin"),
            ("email", "zoe@"),
            ("password", PASSWORD),
        ],
        None,
    )
    .await;
    assert_valid(&half, "name");
    assert_eq!(described(&half, "name"), None);
    assert_eq!(
        described(&half, "password").as_deref(),
        Some("password-hint")
    );
    assert_described_error(&half, "email", "Enter ");
}

#[tokio::test]
async fn a_refused_profile_and_contribution_tie_each_error_to_its_field() {
    let app = TestApp::new().await;
    let (_, cookie) = crate::own_contributions::setup(&app, "Ana Souza").await;

    // Every field below is wrong; a menu, a text input, links and a contact with its audience.
    let profile = [
        ("display_name", " "),
        ("country", "XX"),
        ("timezone", "Mars/Olympus"),
        ("links.github", "javascript:alert(1)"),
        ("contact.phone", "call me"),
        ("contact.phone.visibility", "friends"),
    ];
    let body = refused(&app, "/account/profile", &profile, Some(&cookie)).await;
    for (field, _) in profile {
        assert_described_error(&body, field, "");
    }
    assert_valid(&body, "headline");

    let contribution = [
        ("title", "", "Fill this in."),
        ("url", "not a link", ""),
        ("date", "2026-13-40", ""),
        ("attendees", "many", ""),
    ];
    let mut form = vec![("kind", "talk"), ("specialization", "serverless")];
    form.extend(contribution.iter().map(|(name, value, _)| (*name, *value)));
    let body = refused(&app, "/account/contributions", &form, Some(&cookie)).await;
    for (field, _, message) in contribution {
        assert_described_error(&body, field, message);
    }
    assert_valid(&body, "specialization");
}
