//! Specializations: the technical fields heroes are recognized in.

use crate::error::ValidationError;
use crate::slug::Slug;
use crate::text::{Line, LongText};

/// A specialization as the program team defines it. Specializations are data, not code: admins
/// add, rename and retire them without a deploy. A retired one keeps its heroes' history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSpecialization {
    /// Stable identifier used in URLs and filters.
    pub slug: Slug,
    /// Display name ("Machine Learning").
    pub name: Line,
    /// What the field covers, in Markdown.
    pub description: LongText,
}

impl NewSpecialization {
    /// Parses the three fields, reporting the first invalid one.
    pub fn parse(slug: &str, name: &str, description: &str) -> Result<Self, ValidationError> {
        Ok(Self {
            slug: Slug::parse("slug", slug)?,
            name: Line::parse("name", name)?,
            description: LongText::parse("description", description)?,
        })
    }
}

/// The seven specializations of the original program, seeded into every new database.
/// `(slug, name, description)`.
pub const SEED: [(&str, &str, &str); 7] = [
    (
        "community",
        "Community",
        "Heroes known for broad engagement: they organize user groups and community days, welcome newcomers and connect people across the whole community.",
    ),
    (
        "serverless",
        "Serverless",
        "Experts in functions, managed services and event-driven architectures who show how to build without managing servers.",
    ),
    (
        "data",
        "Data",
        "Specialists in analytics, databases and big data: from modelling and pipelines to warehouses, lakes and streaming.",
    ),
    (
        "machine-learning",
        "Machine Learning",
        "Practitioners of AI and machine learning: training, deploying and explaining models, and building with generative AI responsibly.",
    ),
    (
        "container",
        "Container",
        "Experts in containerization and orchestration: images, clusters, service meshes and the platforms built on them.",
    ),
    (
        "devtools",
        "DevTools",
        "Heroes who focus on development tools and practices: infrastructure as code, CI/CD, SDKs, testing and developer experience.",
    ),
    (
        "security",
        "Security",
        "Specialists in security best practices: identity, detection, compliance and building systems that stay safe under attack.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_is_valid() {
        for (slug, name, description) in SEED {
            NewSpecialization::parse(slug, name, description).unwrap();
        }
    }

    #[test]
    fn names_the_bad_field() {
        let err = NewSpecialization::parse("Bad Slug", "x", "").unwrap_err();
        assert_eq!(err.field, "slug");
    }
}
