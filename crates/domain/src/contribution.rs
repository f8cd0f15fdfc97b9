//! Contributions: the talks, posts, videos and projects heroes share with the community.

use crate::error::{Problem, ValidationError};
use crate::slug::Slug;
use crate::text::{Bounded, LongText};
use crate::web::WebUrl;
use chrono::NaiveDate;

/// What kind of work a contribution is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContributionKind {
    /// A post on a personal or company blog.
    BlogPost,
    /// An article in a publication.
    Article,
    /// A video or live stream.
    Video,
    /// A talk at a conference or meetup.
    Talk,
    /// A hands-on workshop.
    Workshop,
    /// A podcast episode.
    Podcast,
    /// A book or a chapter.
    Book,
    /// An open-source project.
    OpenSource,
    /// A code sample or template.
    CodeSample,
    /// Answers on a Q&A site or forum.
    OnlineAnswers,
    /// Organizing a user group or community event.
    UserGroup,
    /// Mentoring someone.
    Mentoring,
    /// Anything else.
    Other,
}

/// A reach figure: how many people a contribution reached, measured the way its kind allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReachMetric {
    /// Page or video views, plays, downloads.
    Views,
    /// People in the room or on the call.
    Attendees,
    /// Repository stars.
    Stars,
    /// Questions answered.
    Answers,
}

impl ContributionKind {
    /// Every kind, in display order.
    pub const ALL: [ContributionKind; 13] = [
        Self::BlogPost,
        Self::Article,
        Self::Video,
        Self::Talk,
        Self::Workshop,
        Self::Podcast,
        Self::Book,
        Self::OpenSource,
        Self::CodeSample,
        Self::OnlineAnswers,
        Self::UserGroup,
        Self::Mentoring,
        Self::Other,
    ];

    /// The stable name used in URLs, the API and the database.
    pub fn slug(self) -> &'static str {
        match self {
            Self::BlogPost => "blog-post",
            Self::Article => "article",
            Self::Video => "video",
            Self::Talk => "talk",
            Self::Workshop => "workshop",
            Self::Podcast => "podcast",
            Self::Book => "book",
            Self::OpenSource => "open-source",
            Self::CodeSample => "code-sample",
            Self::OnlineAnswers => "online-answers",
            Self::UserGroup => "user-group",
            Self::Mentoring => "mentoring",
            Self::Other => "other",
        }
    }

    /// Parses a kind slug for `field`.
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        Self::ALL
            .into_iter()
            .find(|k| k.slug() == value.trim())
            .ok_or_else(|| {
                ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "a contribution kind such as blog-post, talk or video",
                    },
                )
            })
    }

    /// The reach figures that make sense for this kind; forms offer only these.
    pub fn reach_metrics(self) -> &'static [ReachMetric] {
        use ReachMetric::*;
        match self {
            Self::BlogPost | Self::Article | Self::Video | Self::Podcast | Self::Book => &[Views],
            Self::Talk | Self::Workshop | Self::UserGroup | Self::Mentoring => &[Attendees],
            Self::OpenSource | Self::CodeSample => &[Stars],
            Self::OnlineAnswers => &[Answers, Views],
            Self::Other => &[Views, Attendees],
        }
    }
}

/// Reach figures of one contribution; only the metrics of its kind may be set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Reach {
    /// Views, plays or downloads.
    pub views: Option<i64>,
    /// People reached in person or live.
    pub attendees: Option<i64>,
    /// Repository stars.
    pub stars: Option<i64>,
    /// Questions answered.
    pub answers: Option<i64>,
}

/// The largest reach figure accepted: more than everyone on earth is a typo.
pub const MAX_REACH: i64 = 10_000_000_000;

impl Reach {
    /// Checks that each set figure is allowed for `kind` and within range.
    pub fn parse(kind: ContributionKind, raw: Reach) -> Result<Self, ValidationError> {
        let allowed = kind.reach_metrics();
        for (metric, value, field) in [
            (ReachMetric::Views, raw.views, "views"),
            (ReachMetric::Attendees, raw.attendees, "attendees"),
            (ReachMetric::Stars, raw.stars, "stars"),
            (ReachMetric::Answers, raw.answers, "answers"),
        ] {
            let Some(value) = value else { continue };
            if !allowed.contains(&metric) {
                return Err(ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "empty for this kind of contribution",
                    },
                ));
            }
            if !(0..=MAX_REACH).contains(&value) {
                return Err(ValidationError::new(
                    field,
                    Problem::OutOfRange {
                        min: 0,
                        max: MAX_REACH,
                    },
                ));
            }
        }
        Ok(raw)
    }
}

/// A topic tag: lowercase letters, digits and hyphens, 1 to 40 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Tag(String);

impl Tag {
    /// The most tags one contribution may carry.
    pub const MAX_PER_CONTRIBUTION: usize = 10;

    /// Parses one tag, normalizing case and turning spaces and underscores into hyphens
    /// (`Event Driven` → `event-driven`).
    pub fn parse(field: &'static str, value: &str) -> Result<Self, ValidationError> {
        let normalized: String = value
            .trim()
            .trim_start_matches('#')
            .chars()
            .map(|c| if c == ' ' || c == '_' { '-' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        let slug = Slug::parse(field, &normalized).map_err(|_| {
            ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "tags of lowercase letters, digits and hyphens",
                },
            )
        })?;
        if slug.as_str().len() > 40 {
            return Err(ValidationError::new(field, Problem::TooLong { max: 40 }));
        }
        Ok(Self(slug.as_str().to_owned()))
    }

    /// Parses a comma-separated list, dropping duplicates.
    pub fn parse_list(field: &'static str, value: &str) -> Result<Vec<Self>, ValidationError> {
        let mut out: Vec<Self> = Vec::new();
        for part in value.split(',').filter(|p| !p.trim().is_empty()) {
            let tag = Self::parse(field, part)?;
            if !out.contains(&tag) {
                out.push(tag);
            }
        }
        if out.len() > Self::MAX_PER_CONTRIBUTION {
            return Err(ValidationError::new(
                field,
                Problem::TooLong {
                    max: Self::MAX_PER_CONTRIBUTION,
                },
            ));
        }
        Ok(out)
    }

    /// The tag.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A contribution title: required, up to 300 characters.
pub type Title = Bounded<1, 300>;

/// A complete, valid contribution, ready to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewContribution {
    /// What kind of work it is.
    pub kind: ContributionKind,
    /// Its title.
    pub title: Title,
    /// Where it can be seen.
    pub url: WebUrl,
    /// When it was published or held.
    pub date: NaiveDate,
    /// The specialization it belongs to, if one fits.
    pub specialization: Option<Slug>,
    /// Topic tags.
    pub tags: Vec<Tag>,
    /// A short description (plain text or Markdown).
    pub description: LongText,
    /// Reach figures allowed for the kind.
    pub reach: Reach,
    /// Private contributions count for the hero but never appear on a public page, feed or API.
    pub private: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn kinds_round_trip() {
        for k in ContributionKind::ALL {
            assert_eq!(ContributionKind::parse("kind", k.slug()).unwrap(), k);
            assert!(!k.reach_metrics().is_empty());
        }
        assert_eq!(
            ContributionKind::parse("kind", "tweet").unwrap_err().field,
            "kind"
        );
    }

    #[test]
    fn reach_fits_the_kind() {
        let talk = Reach {
            attendees: Some(120),
            ..Reach::default()
        };
        assert!(Reach::parse(ContributionKind::Talk, talk).is_ok());
        let err = Reach::parse(ContributionKind::OpenSource, talk).unwrap_err();
        assert_eq!(err.field, "attendees");
        let negative = Reach {
            views: Some(-1),
            ..Reach::default()
        };
        assert_eq!(
            Reach::parse(ContributionKind::Video, negative)
                .unwrap_err()
                .field,
            "views"
        );
    }

    #[test]
    fn tags_are_normalized() {
        let tags = Tag::parse_list("tags", "Event Driven, #lambda, lambda, iac").unwrap();
        let names: Vec<_> = tags.iter().map(Tag::as_str).collect();
        assert_eq!(names, ["event-driven", "lambda", "iac"]);
        assert!(Tag::parse("tags", "c++").is_err());
        let many: String = (0..11).map(|i| format!("t{i},")).collect();
        assert!(Tag::parse_list("tags", &many).is_err());
    }

    proptest! {
        #[test]
        fn parsed_tags_are_slugs(s in "\\PC{0,60}") {
            if let Ok(t) = Tag::parse("tags", &s) {
                prop_assert!(Slug::parse("t", t.as_str()).is_ok());
            }
        }
    }
}
