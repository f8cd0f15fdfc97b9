//! Contributions: the talks, posts, videos and projects heroes share with the community.

use crate::error::keep;
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
                        expected: "expected-contribution-kind-blog-post",
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
                        expected: "expected-empty-kind-contribution",
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
                    expected: "expected-tags-lowercase-letters-digits",
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

impl ReachMetric {
    /// Every metric, in form order.
    pub const ALL: [ReachMetric; 4] = [
        ReachMetric::Views,
        ReachMetric::Attendees,
        ReachMetric::Stars,
        ReachMetric::Answers,
    ];

    /// The field name in forms, files and the API.
    pub fn field(self) -> &'static str {
        match self {
            ReachMetric::Views => "views",
            ReachMetric::Attendees => "attendees",
            ReachMetric::Stars => "stars",
            ReachMetric::Answers => "answers",
        }
    }
}

impl Reach {
    /// The figure for `metric`.
    pub fn get(&self, metric: ReachMetric) -> Option<i64> {
        match metric {
            ReachMetric::Views => self.views,
            ReachMetric::Attendees => self.attendees,
            ReachMetric::Stars => self.stars,
            ReachMetric::Answers => self.answers,
        }
    }

    fn set(&mut self, metric: ReachMetric, value: Option<i64>) {
        match metric {
            ReachMetric::Views => self.views = value,
            ReachMetric::Attendees => self.attendees = value,
            ReachMetric::Stars => self.stars = value,
            ReachMetric::Answers => self.answers = value,
        }
    }
}

/// A contribution as typed into a form or read from a file: every field as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ContributionInput {
    /// Kind slug (`blog-post`, `talk`, …).
    pub kind: String,
    pub title: String,
    pub url: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Specialization slug, or empty.
    pub specialization: String,
    /// Comma-separated.
    pub tags: String,
    pub description: String,
    /// Reach figures as typed (empty for none), by [`ReachMetric::field`].
    pub views: String,
    pub attendees: String,
    pub stars: String,
    pub answers: String,
    pub private: bool,
}

/// The earliest date a contribution may carry (before the web, nothing to link to).
pub const EARLIEST: (i32, u32, u32) = (1990, 1, 1);

impl ContributionInput {
    /// The reach figure typed for `metric`.
    pub fn reach_text(&self, metric: ReachMetric) -> &str {
        match metric {
            ReachMetric::Views => &self.views,
            ReachMetric::Attendees => &self.attendees,
            ReachMetric::Stars => &self.stars,
            ReachMetric::Answers => &self.answers,
        }
    }

    /// Parses every field, collecting every error. `today` bounds the date: up to a year ahead
    /// (a talk already scheduled), not before 1990.
    pub fn parse(&self, today: NaiveDate) -> Result<NewContribution, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let kind = keep(&mut errors, ContributionKind::parse("kind", &self.kind));
        let title = keep(&mut errors, Title::parse("title", &self.title));
        let url = keep(&mut errors, WebUrl::parse("url", &self.url));
        let date = keep(&mut errors, parse_date(&self.date, today));
        let specialization = if self.specialization.trim().is_empty() {
            Some(None)
        } else {
            keep(
                &mut errors,
                Slug::parse("specialization", &self.specialization).map(Some),
            )
        };
        let tags = keep(&mut errors, Tag::parse_list("tags", &self.tags));
        let description = keep(
            &mut errors,
            LongText::parse("description", &self.description),
        );
        let mut reach = Reach::default();
        for metric in ReachMetric::ALL {
            let text = self.reach_text(metric).trim().replace([',', '_', ' '], "");
            if text.is_empty() {
                continue;
            }
            match text.parse::<i64>() {
                Ok(n) => reach.set(metric, Some(n)),
                Err(_) => errors.push(ValidationError::new(
                    metric.field(),
                    Problem::Invalid {
                        expected: "expected-whole-number",
                    },
                )),
            }
        }
        let reach = match kind {
            Some(kind) => keep(&mut errors, Reach::parse(kind, reach)),
            None => None,
        };
        match (
            kind,
            title,
            url,
            date,
            specialization,
            tags,
            description,
            reach,
        ) {
            (
                Some(kind),
                Some(title),
                Some(url),
                Some(date),
                Some(specialization),
                Some(tags),
                Some(description),
                Some(reach),
            ) if errors.is_empty() => Ok(NewContribution {
                kind,
                title,
                url,
                date,
                specialization,
                tags,
                description,
                reach,
                private: self.private,
            }),
            _ => Err(errors),
        }
    }
}

fn parse_date(value: &str, today: NaiveDate) -> Result<NaiveDate, ValidationError> {
    let date = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        ValidationError::new(
            "date",
            Problem::Invalid {
                expected: "expected-date-2026-03-14",
            },
        )
    })?;
    let (y, m, d) = EARLIEST;
    let earliest = NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN);
    let latest = today + chrono::Duration::days(366);
    if date < earliest || date > latest {
        return Err(ValidationError::new(
            "date",
            Problem::Invalid {
                expected: "expected-date-between-1990-year",
            },
        ));
    }
    Ok(date)
}

impl From<&NewContribution> for ContributionInput {
    fn from(item: &NewContribution) -> Self {
        let number = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
        ContributionInput {
            kind: item.kind.slug().to_owned(),
            title: item.title.as_str().to_owned(),
            url: item.url.as_str().to_owned(),
            date: item.date.to_string(),
            specialization: item
                .specialization
                .as_ref()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            tags: item
                .tags
                .iter()
                .map(Tag::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            description: item.description.as_str().to_owned(),
            views: number(item.reach.views),
            attendees: number(item.reach.attendees),
            stars: number(item.reach.stars),
            answers: number(item.reach.answers),
            private: item.private,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn an_input_parses_with_every_error_named() {
        let good = ContributionInput {
            kind: "talk".into(),
            title: "Event-driven at scale".into(),
            url: "https://example.org/talks/1".into(),
            date: "2026-10-01".into(),
            tags: "serverless, events".into(),
            attendees: "1,200".into(),
            ..ContributionInput::default()
        };
        let item = good.parse(today()).unwrap();
        assert_eq!(item.reach.attendees, Some(1200));
        assert_eq!(ContributionInput::from(&item).attendees, "1200");

        let bad = ContributionInput {
            kind: "talk".into(),
            title: " ".into(),
            url: "javascript:alert(1)".into(),
            date: "2031-01-01".into(),
            stars: "12".into(),
            views: "lots".into(),
            ..ContributionInput::default()
        };
        let fields: Vec<_> = bad
            .parse(today())
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["title", "url", "date", "views", "stars"]);
    }

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
