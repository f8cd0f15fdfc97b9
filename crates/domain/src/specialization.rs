//! Specializations: the technical fields heroes are recognized in.

use crate::error::{Problem, ValidationError};
use crate::slug::Slug;
use crate::text::{Line, LongText};

/// A specialization as the program team defines it. Specializations are data, not code: admins
/// add, rename and retire them without a deploy. A retired one keeps its heroes' history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSpecialization {
    /// Identifier used in URLs and filters. It may change (a rename); the old ones keep
    /// answering, so it is never given to another specialization.
    pub slug: Slug,
    /// Display name ("Machine Learning").
    pub name: Line,
    /// What the field covers, in Markdown.
    pub description: LongText,
    /// The accent of its badges.
    pub colour: Colour,
}

impl NewSpecialization {
    /// Parses the four fields, reporting the first invalid one.
    pub fn parse(
        slug: &str,
        name: &str,
        description: &str,
        colour: &str,
    ) -> Result<Self, ValidationError> {
        Ok(Self {
            slug: Slug::parse("slug", slug)?,
            name: Line::parse("name", name)?,
            description: LongText::parse("description", description)?,
            colour: Colour::parse("colour", colour)?,
        })
    }
}

/// The accent a specialization's badges, tiles and cards carry. A fixed palette rather than
/// any colour an admin types: every entry has a light and a dark pair in the stylesheet that
/// keeps text on it above WCAG AA contrast (4.5:1), and the page's security policy allows no
/// inline styles anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Colour {
    /// Deep rose.
    Rose,
    /// Amber brown.
    Amber,
    /// Blue.
    Blue,
    /// Violet.
    Violet,
    /// Teal.
    Teal,
    /// Green.
    Green,
    /// Brick red.
    Red,
    /// Navy, the site's own accent.
    Navy,
}

impl Colour {
    /// The palette, in the order the admin form offers it.
    pub const ALL: [Colour; 8] = [
        Colour::Rose,
        Colour::Amber,
        Colour::Blue,
        Colour::Violet,
        Colour::Teal,
        Colour::Green,
        Colour::Red,
        Colour::Navy,
    ];

    /// The stored and CSS name (`accent-teal`).
    pub fn as_str(self) -> &'static str {
        match self {
            Colour::Rose => "rose",
            Colour::Amber => "amber",
            Colour::Blue => "blue",
            Colour::Violet => "violet",
            Colour::Teal => "teal",
            Colour::Green => "green",
            Colour::Red => "red",
            Colour::Navy => "navy",
        }
    }

    /// Parses a palette name for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == value)
            .ok_or_else(|| {
                ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "expected-rose-amber-blue-violet",
                    },
                )
            })
    }
}

impl std::fmt::Display for Colour {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for Colour {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse("colour", &value)
    }
}

impl serde::Serialize for Colour {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Which way an admin moves a specialization in the display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// One place towards the start of the list.
    Up,
    /// One place towards the end.
    Down,
}

impl Move {
    /// Parses `up` or `down`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        match value {
            "up" => Ok(Move::Up),
            "down" => Ok(Move::Down),
            _ => Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-up-down",
                },
            )),
        }
    }
}

/// The seven specializations of the original program, seeded into every new database.
/// `(slug, name, description, colour)`.
pub const SEED: [(&str, &str, &str, Colour); 7] = [
    (
        "community",
        "Community",
        "Heroes known for broad engagement: they organize user groups and community days, welcome newcomers and connect people across the whole community.",
        Colour::Rose,
    ),
    (
        "serverless",
        "Serverless",
        "Experts in functions, managed services and event-driven architectures who show how to build without managing servers.",
        Colour::Amber,
    ),
    (
        "data",
        "Data",
        "Specialists in analytics, databases and big data: from modelling and pipelines to warehouses, lakes and streaming.",
        Colour::Blue,
    ),
    (
        "machine-learning",
        "Machine Learning",
        "Practitioners of AI and machine learning: training, deploying and explaining models, and building with generative AI responsibly.",
        Colour::Violet,
    ),
    (
        "container",
        "Container",
        "Experts in containerization and orchestration: images, clusters, service meshes and the platforms built on them.",
        Colour::Teal,
    ),
    (
        "devtools",
        "DevTools",
        "Heroes who focus on development tools and practices: infrastructure as code, CI/CD, SDKs, testing and developer experience.",
        Colour::Green,
    ),
    (
        "security",
        "Security",
        "Specialists in security best practices: identity, detection, compliance and building systems that stay safe under attack.",
        Colour::Red,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_is_valid() {
        for (slug, name, description, colour) in SEED {
            NewSpecialization::parse(slug, name, description, colour.as_str()).unwrap();
        }
    }

    #[test]
    fn names_the_bad_field() {
        let err = NewSpecialization::parse("Bad Slug", "x", "", "teal").unwrap_err();
        assert_eq!(err.field, "slug");
        let err = NewSpecialization::parse("ok", "x", "", "#ff0000").unwrap_err();
        assert_eq!(err.field, "colour");
    }

    #[test]
    fn every_colour_reads_back() {
        for c in Colour::ALL {
            assert_eq!(Colour::parse("colour", c.as_str()), Ok(c));
        }
    }
}
