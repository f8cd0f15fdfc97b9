//! Selection and renewal cycles: named windows an admin opens.

use super::rubric::{CriterionInput, Rubric};
use crate::error::{Problem, ValidationError};
use crate::slug::Slug;
use crate::text::Line;
use chrono::NaiveDate;

/// What a cycle is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CycleKind {
    /// Nominations are taken and reviewed.
    Selection,
    /// Heroes are renewed, moved to alumni or put on leave.
    Renewal,
}

impl CycleKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            CycleKind::Selection => "selection",
            CycleKind::Renewal => "renewal",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(field: &'static str, value: &str) -> Result<CycleKind, ValidationError> {
        match value.trim() {
            "selection" => Ok(CycleKind::Selection),
            "renewal" => Ok(CycleKind::Renewal),
            _ => Err(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-selection-renewal",
                },
            )),
        }
    }
}

/// The most nominations one person may make in a cycle, whatever the admin sets.
pub const MAX_NOMINATION_LIMIT: u32 = 50;

/// A cycle as submitted by an admin.
#[derive(Debug, Clone, Default)]
pub struct CycleInput {
    /// `selection` or `renewal`.
    pub kind: String,
    /// The name shown everywhere ("2027 selection").
    pub name: String,
    /// First day (ISO date).
    pub opens_on: String,
    /// Last day (ISO date), inclusive.
    pub closes_on: String,
    /// Specialization slugs taking nominations (selection only).
    pub specializations: Vec<String>,
    /// The rubric editor's rows, blank spares included (selection only).
    pub rubric: Vec<CriterionInput>,
    /// Nominations allowed per nominator.
    pub nomination_limit: String,
    /// Whether reviewers are kept from seeing who nominated.
    pub blind: bool,
}

/// A valid cycle.
#[derive(Debug, Clone)]
pub struct NewCycle {
    /// What it is for.
    pub kind: CycleKind,
    /// Its name.
    pub name: Line,
    /// When it opens and closes (inclusive).
    pub window: Window,
    /// Specializations taking nominations (empty for renewal).
    pub specializations: Vec<Slug>,
    /// The rubric (selection only).
    pub rubric: Option<Rubric>,
    /// Nominations allowed per nominator.
    pub nomination_limit: u32,
    /// Blind review.
    pub blind: bool,
}

/// The days a cycle is open, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// First day.
    pub opens_on: NaiveDate,
    /// Last day.
    pub closes_on: NaiveDate,
}

impl Window {
    /// Whether `today` falls inside.
    pub fn contains(self, today: NaiveDate) -> bool {
        self.opens_on <= today && today <= self.closes_on
    }
}

/// Parses an ISO date for `field`.
pub fn parse_date(field: &'static str, value: &str) -> Result<NaiveDate, ValidationError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        ValidationError::new(
            field,
            Problem::Invalid {
                expected: "expected-date-yyyy-mm-dd",
            },
        )
    })
}

impl CycleInput {
    /// Validates every field, reporting all problems at once.
    pub fn parse(&self) -> Result<NewCycle, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let kind = CycleKind::parse("kind", &self.kind)
            .map_err(|e| errors.push(e))
            .ok();
        let name = Line::parse("name", &self.name)
            .map_err(|e| errors.push(e))
            .ok();
        let opens = parse_date("opens_on", &self.opens_on)
            .map_err(|e| errors.push(e))
            .ok();
        let closes = parse_date("closes_on", &self.closes_on)
            .map_err(|e| errors.push(e))
            .ok();
        if let (Some(o), Some(c)) = (opens, closes)
            && c < o
        {
            errors.push(ValidationError::new(
                "closes_on",
                Problem::Invalid {
                    expected: "expected-date-after-opening-date",
                },
            ));
        }
        let selection = kind == Some(CycleKind::Selection);
        let mut specializations = Vec::new();
        let mut rubric = None;
        let mut nomination_limit = 3;
        if selection {
            for s in &self.specializations {
                match Slug::parse("specializations", s.trim()) {
                    Ok(slug) if !specializations.contains(&slug) => specializations.push(slug),
                    Ok(_) => {}
                    Err(e) => errors.push(e),
                }
            }
            if specializations.is_empty() && self.specializations.is_empty() {
                errors.push(ValidationError::new("specializations", Problem::Empty));
            }
            match Rubric::from_rows(&self.rubric) {
                Ok(r) => rubric = Some(r),
                Err(problems) => errors.extend(problems.into_errors("rubric")),
            }
            match self.nomination_limit.trim().parse::<u32>() {
                Ok(n) if (1..=MAX_NOMINATION_LIMIT).contains(&n) => nomination_limit = n,
                _ => errors.push(ValidationError::new(
                    "nomination_limit",
                    Problem::OutOfRange {
                        min: 1,
                        max: i64::from(MAX_NOMINATION_LIMIT),
                    },
                )),
            }
        }
        match (kind, name, opens, closes) {
            (Some(kind), Some(name), Some(opens_on), Some(closes_on)) if errors.is_empty() => {
                Ok(NewCycle {
                    kind,
                    name,
                    window: Window {
                        opens_on,
                        closes_on,
                    },
                    specializations,
                    rubric,
                    nomination_limit,
                    blind: selection && self.blind,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selection() -> CycleInput {
        CycleInput {
            kind: "selection".into(),
            name: "2027 selection".into(),
            opens_on: "2027-01-01".into(),
            closes_on: "2027-01-31".into(),
            specializations: vec!["serverless".into(), "serverless".into()],
            rubric: Rubric::standard().rows(),
            nomination_limit: "3".into(),
            blind: true,
        }
    }

    #[test]
    fn a_selection_cycle_parses_with_its_rubric() {
        let c = selection().parse().unwrap();
        assert_eq!(c.kind, CycleKind::Selection);
        assert_eq!(c.specializations.len(), 1);
        assert_eq!(c.rubric.unwrap().criteria().len(), 4);
        assert!(c.blind);
        let day = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(c.window.contains(day("2027-01-01")));
        assert!(c.window.contains(day("2027-01-31")));
        assert!(!c.window.contains(day("2027-02-01")));
    }

    #[test]
    fn a_renewal_cycle_needs_no_rubric_or_specializations() {
        let c = CycleInput {
            kind: "renewal".into(),
            specializations: vec![],
            rubric: Vec::new(),
            nomination_limit: String::new(),
            ..selection()
        }
        .parse()
        .unwrap();
        assert!(c.rubric.is_none());
        assert!(!c.blind);
    }

    #[test]
    fn every_problem_is_reported() {
        let errors = CycleInput {
            kind: "party".into(),
            name: " ".into(),
            opens_on: "2027-02-01".into(),
            closes_on: "2027-01-01".into(),
            ..CycleInput::default()
        }
        .parse()
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["kind", "name", "closes_on"]);
        let errors = CycleInput {
            specializations: vec![],
            rubric: vec![CriterionInput {
                name: "nonsense".into(),
                ..CriterionInput::default()
            }],
            nomination_limit: "0".into(),
            ..selection()
        }
        .parse()
        .unwrap_err();
        let mut fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        fields.dedup();
        assert_eq!(fields, ["specializations", "rubric", "nomination_limit"]);
    }
}
