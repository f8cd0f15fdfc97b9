//! The world map drawn by the server, shared by the groups directory (a mark per group) and
//! the dashboard (a mark per country, sized by its heroes): Natural Earth's land on an
//! equirectangular canvas of 1000 × 500, marks placed by latitude and longitude, no script.

use std::fmt::Write;

/// Natural Earth's land (1:110m, public domain) as one SVG path on a 1000 × 500
/// equirectangular canvas, made by `data/world/make_land.py`.
const LAND: &str = include_str!("../data/world/land.path");

/// Where a latitude and longitude (degrees) fall on the canvas of [`LAND`], to a tenth.
pub fn position(latitude: f64, longitude: f64) -> (f64, f64) {
    (
        ((longitude + 180.0) / 360.0 * 1000.0 * 10.0).round() / 10.0,
        ((90.0 - latitude) / 180.0 * 500.0 * 10.0).round() / 10.0,
    )
}

/// One mark on the map.
#[derive(Debug, Clone)]
pub struct Mark {
    /// Its centre on the canvas (see [`position`]).
    pub x: f64,
    /// Its centre on the canvas.
    pub y: f64,
    /// Its radius in canvas units.
    pub radius: f64,
    /// What it is, for its tooltip and, when linked, its accessible name.
    pub label: String,
    /// The page it opens, if any.
    pub link: Option<String>,
}

/// Escapes text for SVG (XML) content and attributes, dropping characters XML cannot carry.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if heroes_domain::text::is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// The map as an `<svg>` element titled `title` (and described by `description` when given),
/// the ids of both prefixed with `id`. Linked marks make it a group of links (each mark
/// named by its label); a map of unlinked marks is one image, whose data the page repeats
/// as a table. The Antarctic is cropped (nothing is marked there).
pub fn draw(id: &str, title: &str, description: Option<&str>, marks: &[Mark]) -> String {
    let linked = marks.iter().any(|m| m.link.is_some());
    let mut labelled = format!("{id}-title");
    if description.is_some() {
        labelled.push_str(&format!(" {id}-desc"));
    }
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="world-map" viewBox="0 10 1000 410" width="100%" role="{}" aria-labelledby="{labelled}" focusable="false"><title id="{id}-title">{}</title>"#,
        if linked { "group" } else { "img" },
        escape(title),
    );
    if let Some(description) = description {
        let _ = write!(
            svg,
            r#"<desc id="{id}-desc">{}</desc>"#,
            escape(description)
        );
    }
    let _ = write!(
        svg,
        r##"<rect x="0" y="10" width="1000" height="410" fill="#e8f1f8"/><path d="{LAND}" fill="#c9d3c0" stroke="#8a9a80" stroke-width="0.5"/>"##
    );
    // The largest marks first, so a small one is never hidden under a big neighbour.
    let mut order: Vec<&Mark> = marks.iter().collect();
    order.sort_by(|a, b| b.radius.total_cmp(&a.radius));
    for m in order {
        let circle = format!(
            r##"<circle cx="{}" cy="{}" r="{}" fill="#b3261e" fill-opacity="0.85" stroke="#ffffff" stroke-width="1.5"><title>{}</title></circle>"##,
            m.x,
            m.y,
            m.radius,
            escape(&m.label),
        );
        match &m.link {
            Some(link) => {
                let _ = write!(
                    svg,
                    r#"<a href="{}" aria-label="{}">{circle}</a>"#,
                    escape(link),
                    escape(&m.label),
                );
            }
            None => svg.push_str(&circle),
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The radius of a mark whose area is proportional to `value` out of `max`: the largest is
/// `largest` units across, none is smaller than 2 (so one hero still shows).
pub fn proportional_radius(value: i64, max: i64, largest: f64) -> f64 {
    if max <= 0 || value <= 0 {
        return 0.0;
    }
    let r = largest * (value as f64 / max as f64).sqrt();
    (r.max(2.0) * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }

    #[test]
    fn positions_and_areas() {
        assert_eq!(position(0.0, 0.0), (500.0, 250.0));
        assert_eq!(position(90.0, -180.0), (0.0, 0.0));
        assert_eq!(proportional_radius(100, 100, 20.0), 20.0);
        // A quarter of the heroes, a quarter of the area: half the radius.
        assert_eq!(proportional_radius(25, 100, 20.0), 10.0);
        assert_eq!(proportional_radius(1, 10_000, 20.0), 2.0);
        assert_eq!(proportional_radius(0, 10, 20.0), 0.0);
    }

    #[test]
    fn linked_marks_make_a_group_and_unlinked_an_image() {
        let mark = |link: Option<&str>| Mark {
            x: 1.0,
            y: 2.0,
            radius: 3.0,
            label: "A & B".into(),
            link: link.map(str::to_owned),
        };
        let linked = draw("m", "Map", None, &[mark(Some("/groups/a"))]);
        assert!(linked.contains(r#"role="group" aria-labelledby="m-title""#));
        assert!(linked.contains(r#"<a href="/groups/a" aria-label="A &amp; B">"#));
        let plain = draw("m", "Map", Some("Heroes"), &[mark(None)]);
        assert!(plain.contains(r#"role="img" aria-labelledby="m-title m-desc""#));
        assert!(plain.contains(r#"<desc id="m-desc">Heroes</desc>"#));
        assert!(!plain.contains("<a "));
    }
}
