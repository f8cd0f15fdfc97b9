//! Catalog checks: every `locales/*/main.ftl` parses, has exactly the ids the English catalog
//! has, and each message uses the same variables, message references and attributes as its
//! English original (a translation that drops `{ $count }` or invents `{ $nombre }` would
//! render wrongly without any error at run time). Select expressions need a default variant.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What one catalog entry depends on.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    attributes: BTreeSet<String>,
    has_value: bool,
    select_without_default: bool,
}

/// Reads a catalog: its entries by id (terms prefixed `-`), and its syntax errors.
fn load(source: &str) -> (BTreeMap<String, Shape>, Vec<String>) {
    let (resource, errors) = match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut problems: Vec<String> = errors
        .iter()
        .map(|e| {
            let at = source.get(..e.pos.start).unwrap_or(source).lines().count();
            format!("syntax error near line {at}: {:?}", e.kind)
        })
        .collect();
    let mut entries = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            ast::Entry::Junk { content } => {
                problems.push(format!(
                    "unreadable: {}",
                    content.lines().next().unwrap_or("")
                ));
                continue;
            }
            _ => continue,
        };
        let mut shape = Shape {
            has_value: value.is_some(),
            ..Shape::default()
        };
        if let Some(pattern) = value {
            pattern_shape(pattern, &mut shape);
        }
        for attribute in attributes {
            shape.attributes.insert(attribute.id.name.to_owned());
            pattern_shape(&attribute.value, &mut shape);
        }
        if entries.insert(id.clone(), shape).is_some() {
            problems.push(format!("{id}: defined twice"));
        }
    }
    (entries, problems)
}

fn pattern_shape(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_shape(expression, shape);
        }
    }
}

fn expression_shape(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_shape(selector, shape);
            if !variants.iter().any(|v| v.default) {
                shape.select_without_default = true;
            }
            for variant in variants {
                pattern_shape(&variant.value, shape);
            }
        }
        ast::Expression::Inline(inline) => inline_shape(inline, shape),
    }
}

fn inline_shape(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            shape.references.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            shape.references.insert(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                arguments_shape(arguments, shape);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments_shape(arguments, shape);
        }
        ast::InlineExpression::Placeable { expression } => expression_shape(expression, shape),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn arguments_shape(arguments: &ast::CallArguments<&str>, shape: &mut Shape) {
    for a in &arguments.positional {
        inline_shape(a, shape);
    }
    for a in &arguments.named {
        inline_shape(&a.value, shape);
    }
}

/// Every difference between a translated catalog and the English one.
fn compare(english: &str, translated: &str) -> Vec<String> {
    let (en, en_problems) = load(english);
    assert!(en_problems.is_empty(), "English: {en_problems:?}");
    let (xx, mut problems) = load(translated);
    for id in en.keys().filter(|id| !xx.contains_key(*id)) {
        problems.push(format!("missing: {id}"));
    }
    for id in xx.keys().filter(|id| !en.contains_key(*id)) {
        problems.push(format!("not in English: {id}"));
    }
    for (id, theirs) in &xx {
        let Some(ours) = en.get(id) else { continue };
        for (what, theirs, ours) in [
            ("variables", &theirs.variables, &ours.variables),
            ("references", &theirs.references, &ours.references),
            ("attributes", &theirs.attributes, &ours.attributes),
        ] {
            if theirs != ours {
                problems.push(format!("{id}: {what} {theirs:?}, English has {ours:?}"));
            }
        }
        if theirs.has_value != ours.has_value {
            problems.push(format!(
                "{id}: a value where English has none, or the reverse"
            ));
        }
        if theirs.select_without_default {
            problems.push(format!("{id}: a select without a default variant *[…]"));
        }
    }
    problems
}

#[test]
fn every_catalog_has_what_english_has_and_nothing_else() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let english = std::fs::read_to_string(root.join("en-US/main.ftl")).unwrap();
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&root).unwrap().flatten() {
        let tag = entry.file_name().to_string_lossy().into_owned();
        if tag == "en-US" || !entry.path().is_dir() {
            continue;
        }
        let path = entry.path().join("main.ftl");
        let Ok(text) = std::fs::read_to_string(&path) else {
            failures.push(format!("{tag}: no main.ftl"));
            continue;
        };
        failures.extend(
            compare(&english, &text)
                .into_iter()
                .map(|p| format!("{tag}: {p}")),
        );
    }
    assert!(
        failures.is_empty(),
        "{} catalog problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_check_finds_each_kind_of_mistake() {
    let english = "hello = Hello { $name }\nsee = See { other }\nn = { $count ->\n [one] one\n *[other] many\n}\nform = Form\n    .title = Title\n-brand = Heroes\n";
    let translated = "hello = Hallo { $nom }\nsee = Siehe\nn = { $count ->\n [one] eins\n [other] viele\n}\nextra = Mehr\n-brand = Heroes\nbroken = { $x\n";
    let problems = compare(english, translated);
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(has("hello: variables"), "{problems:?}");
    assert!(has("see: references"), "{problems:?}");
    // Fluent itself refuses a select without a default, as a syntax error.
    assert!(has("MissingDefaultVariant"), "{problems:?}");
    assert!(has("missing: form"), "{problems:?}");
    assert!(has("not in English: extra"), "{problems:?}");
    assert!(has("unreadable") || has("syntax error"), "{problems:?}");
    assert!(compare(english, english).is_empty());
}
