//! The selection rubric: criteria with weights and what each score means, and the arithmetic
//! that turns reviewers' scores into a weighted score and a spread.
//!
//! The rubric is data an admin edits per cycle as rows of fields ([`CriterionInput`]), and
//! is stored one criterion per line:
//!
//! ```text
//! Impact | 3 | No visible effect | Helps a few | Helps a team | Helps many teams | Shapes the field
//! ```
//!
//! name, weight (1–100), then what each score from 1 to 5 means. Scores are whole numbers
//! 1–5; weighted scores are kept in hundredths so that both databases sort them the same way.

use crate::error::{Problem, ValidationError};
use crate::slug::Slug;

/// The lowest and highest score a reviewer can give.
pub const SCORES: std::ops::RangeInclusive<u8> = 1..=5;
/// At most this many criteria (a rubric is read on one screen).
pub const MAX_CRITERIA: usize = 10;

/// One thing reviewers score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    /// Stable key derived from the name (`community-leadership`), used in forms.
    pub key: String,
    /// The name shown to reviewers.
    pub name: String,
    /// Relative weight, 1–100.
    pub weight: u32,
    /// What each score means, for scores 1 to 5.
    pub levels: [String; 5],
}

/// The criteria of a cycle, in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rubric {
    criteria: Vec<Criterion>,
}

/// Criterion weights an admin may give.
pub const WEIGHTS: std::ops::RangeInclusive<u32> = 1..=100;
/// The longest name or level description, in characters.
pub const MAX_TEXT: usize = 200;
/// The parts of a row naming what score 1 to 5 means, as [`RowProblem::part`] reports them.
pub const LEVEL_PARTS: [&str; 5] = ["level-1", "level-2", "level-3", "level-4", "level-5"];

/// One criterion as typed into a row of the rubric editor. Everything is kept as text so that
/// a refused form shows exactly what was typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CriterionInput {
    /// The criterion's name.
    pub name: String,
    /// Its weight, as typed.
    pub weight: String,
    /// What scores 1 to 5 mean.
    pub levels: [String; 5],
}

impl CriterionInput {
    /// Whether nothing was typed in the row (a spare row left empty).
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
            && self.weight.trim().is_empty()
            && self.levels.iter().all(|l| l.trim().is_empty())
    }
}

/// What is wrong with one part of one editor row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The row, counted from 0 in the order submitted (blank rows included).
    pub row: usize,
    /// `name`, `weight` or one of [`LEVEL_PARTS`].
    pub part: &'static str,
    /// What is wrong.
    pub problem: Problem,
}

/// Why the editor's rows do not make a rubric.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RubricProblems {
    /// Problems of single rows.
    pub rows: Vec<RowProblem>,
    /// Problems of the rubric as a whole (no criterion, too many).
    pub whole: Vec<Problem>,
}

impl RubricProblems {
    /// The problems as validation errors of `field`, for callers that report per field.
    pub fn into_errors(self, field: &'static str) -> Vec<ValidationError> {
        self.rows
            .into_iter()
            .map(|r| r.problem)
            .chain(self.whole)
            .map(|p| ValidationError::new(field, p))
            .collect()
    }
}

/// One reviewer's scores, one per criterion of the rubric, in the rubric's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores(Vec<u8>);

/// A score in hundredths (`350` is 3.50), so sums and orders are exact.
pub type Hundredths = i64;

/// What a candidacy's reviews add up to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    /// How many reviews counted.
    pub reviews: usize,
    /// The mean of the reviewers' weighted scores.
    pub score: Option<Hundredths>,
    /// Highest minus lowest weighted score: how much reviewers disagree.
    pub spread: Option<Hundredths>,
    /// Per criterion (rubric order): mean score and spread.
    pub criteria: Vec<(Hundredths, Hundredths)>,
}

const DEFAULT: &str = "\
Impact | 3 | No visible effect on others yet | Helped a few people | Helped a team or a local community | Helped many people across communities | Changed how the field works
Consistency | 2 | A one-off | A few pieces a year | Regular work over the year | Steady work every month | Steady, frequent work for years
Depth | 2 | Restates the documentation | Adds some own experience | Explains trade-offs with examples | Original insight others cite | Defines good practice
Community leadership | 2 | Works alone | Helps when asked | Organizes or mentors now and then | Leads a group or project | Builds communities that grow without them";

impl Rubric {
    /// The rubric new cycles start with.
    pub fn standard() -> Rubric {
        Rubric::parse("rubric", DEFAULT).expect("the standard rubric parses")
    }

    /// Parses the one-criterion-per-line text form (how a rubric is stored); every faulty
    /// line is reported.
    pub fn parse(field: &'static str, text: &str) -> Result<Rubric, Vec<ValidationError>> {
        let mut rows = Vec::new();
        let mut shape_errors = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            if parts.len() != 7 {
                shape_errors.push(ValidationError::new(
                    field,
                    Problem::Invalid {
                        expected: "expected-criterion-line-name-weight",
                    },
                ));
                continue;
            }
            rows.push(CriterionInput {
                name: parts[0].to_owned(),
                weight: parts[1].to_owned(),
                levels: std::array::from_fn(|i| parts[2 + i].to_owned()),
            });
        }
        match Rubric::from_rows(&rows) {
            Ok(rubric) if shape_errors.is_empty() => Ok(rubric),
            Ok(_) => Err(shape_errors),
            Err(problems) => {
                // A text with only misshapen lines is not "empty": say what is wrong instead.
                let misshapen = !shape_errors.is_empty();
                let whole = problems
                    .whole
                    .iter()
                    .filter(|p| !misshapen || **p != Problem::Empty);
                shape_errors.extend(
                    problems
                        .rows
                        .iter()
                        .map(|r| &r.problem)
                        .chain(whole)
                        .map(|p| ValidationError::new(field, p.clone())),
                );
                Err(shape_errors)
            }
        }
    }

    /// Builds a rubric from the editor's rows, in order. Blank rows are skipped (the editor
    /// offers spare ones); every problem of every other row is reported with its row and part,
    /// so the form can show each next to what was typed.
    pub fn from_rows(rows: &[CriterionInput]) -> Result<Rubric, RubricProblems> {
        let mut problems = RubricProblems::default();
        let mut criteria: Vec<Criterion> = Vec::new();
        // Keys of every named row so far, valid or not: a repeated name is reported even when
        // the first row with it has another problem.
        let mut keys: Vec<String> = Vec::new();
        for (row, input) in rows.iter().enumerate() {
            if input.is_blank() {
                continue;
            }
            let before = problems.rows.len();
            let mut report = |part: &'static str, problem: Problem| {
                problems.rows.push(RowProblem { row, part, problem });
            };
            let name = input.name.trim();
            let mut key = None;
            if name.is_empty() {
                report("name", Problem::Empty);
            } else if name.chars().count() > MAX_TEXT {
                report("name", Problem::TooLong { max: MAX_TEXT });
            } else {
                let fallback = Slug::parse("rubric", &format!("criterion-{}", row + 1))
                    .expect("a valid fallback slug");
                let k = Slug::from_name(name, &fallback).as_str().to_owned();
                if keys.contains(&k) {
                    report(
                        "name",
                        Problem::Invalid {
                            expected: "expected-name-other-criterion-has",
                        },
                    );
                } else {
                    keys.push(k.clone());
                    key = Some(k);
                }
            }
            let weight = match input.weight.trim() {
                "" => {
                    report("weight", Problem::Empty);
                    None
                }
                w => match w.parse::<u32>() {
                    Ok(w) if WEIGHTS.contains(&w) => Some(w),
                    Ok(_) => {
                        report(
                            "weight",
                            Problem::OutOfRange {
                                min: i64::from(*WEIGHTS.start()),
                                max: i64::from(*WEIGHTS.end()),
                            },
                        );
                        None
                    }
                    Err(_) => {
                        report(
                            "weight",
                            Problem::Invalid {
                                expected: "expected-whole-number-weight-between",
                            },
                        );
                        None
                    }
                },
            };
            for (level, text) in input.levels.iter().enumerate() {
                let text = text.trim();
                if text.is_empty() {
                    report(LEVEL_PARTS[level], Problem::Empty);
                } else if text.contains('|') || text.contains('\n') {
                    // `|` and line breaks would split the stored text form differently.
                    report(
                        LEVEL_PARTS[level],
                        Problem::Invalid {
                            expected: "expected-line-character",
                        },
                    );
                } else if text.chars().count() > MAX_TEXT {
                    report(LEVEL_PARTS[level], Problem::TooLong { max: MAX_TEXT });
                }
            }
            if name.contains('|') {
                report(
                    "name",
                    Problem::Invalid {
                        expected: "expected-line-character",
                    },
                );
            }
            if let (Some(key), Some(weight), true) = (key, weight, problems.rows.len() == before) {
                criteria.push(Criterion {
                    key,
                    name: name.to_owned(),
                    weight,
                    levels: std::array::from_fn(|i| input.levels[i].trim().to_owned()),
                });
            }
        }
        let named = rows.iter().filter(|r| !r.is_blank()).count();
        if named == 0 {
            problems.whole.push(Problem::Empty);
        }
        if named > MAX_CRITERIA {
            problems.whole.push(Problem::Invalid {
                expected: "expected-most-10-criteria",
            });
        }
        if problems.rows.is_empty() && problems.whole.is_empty() {
            Ok(Rubric { criteria })
        } else {
            Err(problems)
        }
    }

    /// The criteria as editor rows, for a form showing the rubric as it is.
    pub fn rows(&self) -> Vec<CriterionInput> {
        self.criteria
            .iter()
            .map(|c| CriterionInput {
                name: c.name.clone(),
                weight: c.weight.to_string(),
                levels: c.levels.clone(),
            })
            .collect()
    }

    /// The text form, which [`Rubric::parse`] reads back unchanged.
    pub fn to_text(&self) -> String {
        self.criteria
            .iter()
            .map(|c| format!("{} | {} | {}", c.name, c.weight, c.levels.join(" | ")))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The criteria in display order.
    pub fn criteria(&self) -> &[Criterion] {
        &self.criteria
    }

    /// Reads a reviewer's scores from `(criterion key, submitted text)` pairs: every criterion
    /// needs a whole score from 1 to 5.
    pub fn scores<'a>(
        &self,
        submitted: impl Fn(&str) -> Option<&'a str>,
    ) -> Result<Scores, Vec<ValidationError>> {
        let mut scores = Vec::with_capacity(self.criteria.len());
        let mut errors = Vec::new();
        for c in &self.criteria {
            match submitted(&c.key)
                .map(str::trim)
                .and_then(|v| v.parse::<u8>().ok())
            {
                Some(s) if SCORES.contains(&s) => scores.push(s),
                _ => errors.push(ValidationError::new(
                    "scores",
                    Problem::OutOfRange { min: 1, max: 5 },
                )),
            }
        }
        if errors.is_empty() {
            Ok(Scores(scores))
        } else {
            Err(errors)
        }
    }

    /// Rebuilds scores read back from storage, in rubric order; `None` if they do not fit the
    /// rubric (it changed since, or a row is missing).
    pub fn stored_scores(&self, values: Vec<u8>) -> Option<Scores> {
        (values.len() == self.criteria.len() && values.iter().all(|s| SCORES.contains(s)))
            .then_some(Scores(values))
    }

    /// One reviewer's weighted score: Σ weight × score / Σ weight, rounded half up.
    pub fn weighted(&self, scores: &Scores) -> Hundredths {
        let total_weight: i64 = self.criteria.iter().map(|c| i64::from(c.weight)).sum();
        let sum: i64 = self
            .criteria
            .iter()
            .zip(&scores.0)
            .map(|(c, s)| i64::from(c.weight) * i64::from(*s) * 100)
            .sum();
        (sum * 2 + total_weight) / (total_weight * 2)
    }

    /// What the reviews of one candidacy add up to.
    pub fn summarize(&self, reviews: &[Scores]) -> Summary {
        if reviews.is_empty() {
            return Summary::default();
        }
        let weighted: Vec<Hundredths> = reviews.iter().map(|r| self.weighted(r)).collect();
        let criteria = (0..self.criteria.len())
            .map(|i| {
                let values: Vec<Hundredths> =
                    reviews.iter().map(|r| i64::from(r.0[i]) * 100).collect();
                (mean(&values), spread(&values))
            })
            .collect();
        Summary {
            reviews: reviews.len(),
            score: Some(mean(&weighted)),
            spread: Some(spread(&weighted)),
            criteria,
        }
    }
}

impl Scores {
    /// The scores in rubric order.
    pub fn values(&self) -> &[u8] {
        &self.0
    }
}

fn mean(values: &[Hundredths]) -> Hundredths {
    let n = values.len() as i64;
    (values.iter().sum::<i64>() * 2 + n) / (n * 2)
}

fn spread(values: &[Hundredths]) -> Hundredths {
    values.iter().max().unwrap_or(&0) - values.iter().min().unwrap_or(&0)
}

/// Formats hundredths as `3.50`.
pub fn format_hundredths(value: Hundredths) -> String {
    format!("{}.{:02}", value / 100, value % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_criteria() -> Rubric {
        Rubric::parse(
            "rubric",
            "Impact | 3 | a | b | c | d | e\nDepth | 1 | a | b | c | d | e",
        )
        .unwrap()
    }

    #[test]
    fn the_standard_rubric_round_trips_through_text() {
        let r = Rubric::standard();
        assert_eq!(r.criteria().len(), 4);
        assert_eq!(r.criteria()[3].key, "community-leadership");
        assert_eq!(Rubric::parse("rubric", &r.to_text()).unwrap(), r);
    }

    #[test]
    fn weighted_score_is_weight_times_score_over_total_weight() {
        let r = two_criteria();
        // (3 × 5 + 1 × 1) / 4 = 4.00
        assert_eq!(r.weighted(&Scores(vec![5, 1])), 400);
        // (3 × 4 + 1 × 5) / 4 = 4.25
        assert_eq!(r.weighted(&Scores(vec![4, 5])), 425);
        // (3 × 2 + 1 × 3) / 4 = 2.25
        assert_eq!(r.weighted(&Scores(vec![2, 3])), 225);
        let odd = Rubric::parse("r", "A | 1 | a|b|c|d|e\nB | 2 | a|b|c|d|e").unwrap();
        // (1 × 1 + 2 × 2) / 3 = 1.666… → 1.67
        assert_eq!(odd.weighted(&Scores(vec![1, 2])), 167);
    }

    #[test]
    fn summary_gives_mean_and_spread_overall_and_per_criterion() {
        let r = two_criteria();
        let s = r.summarize(&[Scores(vec![5, 1]), Scores(vec![2, 3])]);
        assert_eq!(s.reviews, 2);
        // mean of 4.00 and 2.25 = 3.125 → 3.13; spread 1.75
        assert_eq!(s.score, Some(313));
        assert_eq!(s.spread, Some(175));
        assert_eq!(s.criteria, vec![(350, 300), (200, 200)]);
        assert_eq!(r.summarize(&[]), Summary::default());
        assert_eq!(format_hundredths(313), "3.13");
        assert_eq!(format_hundredths(400), "4.00");
    }

    #[test]
    fn scores_need_every_criterion_between_one_and_five() {
        let r = two_criteria();
        let ok = r
            .scores(|k| Some(if k == "impact" { "4" } else { " 2 " }))
            .unwrap();
        assert_eq!(ok.values(), &[4, 2]);
        assert_eq!(r.scores(|_| Some("6")).unwrap_err().len(), 2);
        assert_eq!(
            r.scores(|k| (k == "impact").then_some("3"))
                .unwrap_err()
                .len(),
            1
        );
        assert_eq!(r.scores(|_| Some("x")).unwrap_err().len(), 2);
        assert!(r.stored_scores(vec![1, 5]).is_some());
        assert!(r.stored_scores(vec![1]).is_none());
        assert!(r.stored_scores(vec![0, 5]).is_none());
    }

    #[test]
    fn bad_rubrics_are_refused_line_by_line() {
        assert_eq!(
            Rubric::parse("r", "").unwrap_err()[0].problem,
            Problem::Empty
        );
        let errors = Rubric::parse(
            "r",
            "Impact | 0 | a|b|c|d|e\nDepth | x | a|b|c|d|e\nShort | 2 | a\nImpact | 2 | a|b|c|d|e\nImpact | 3 | a|b|c|d|e",
        )
        .unwrap_err();
        // Two bad weights, a misshapen line and two repeats of "Impact".
        assert_eq!(errors.len(), 5, "{errors:?}");
        let many = (0..11)
            .map(|i| format!("C{i} | 1 | a|b|c|d|e"))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(Rubric::parse("r", &many).is_err());
    }

    fn row(name: &str, weight: &str, levels: [&str; 5]) -> CriterionInput {
        CriterionInput {
            name: name.into(),
            weight: weight.into(),
            levels: levels.map(str::to_owned),
        }
    }

    #[test]
    fn editor_rows_round_trip_and_blank_rows_are_spares() {
        let r = Rubric::standard();
        let mut rows = r.rows();
        rows.insert(1, CriterionInput::default());
        rows.push(row(" ", "", ["", " ", "", "", ""]));
        assert_eq!(Rubric::from_rows(&rows).unwrap(), r);
        assert_eq!(
            Rubric::from_rows(&[CriterionInput::default()])
                .unwrap_err()
                .whole,
            vec![Problem::Empty]
        );
    }

    #[test]
    fn every_problem_of_every_row_is_reported_with_its_row_and_part() {
        let five = ["a", "b", "c", "d", "e"];
        let problems = Rubric::from_rows(&[
            row("Impact", "3", five),
            CriterionInput::default(),
            row("", "heavy", ["a", "", "c", "d|x", "e"]),
            row("impact", "0", five),
            row("Depth", "101", five),
        ])
        .unwrap_err();
        let found: Vec<(usize, &str)> = problems.rows.iter().map(|p| (p.row, p.part)).collect();
        assert_eq!(
            found,
            [
                (2, "name"),
                (2, "weight"),
                (2, "level-2"),
                (2, "level-4"),
                (3, "name"),
                (3, "weight"),
                (4, "weight"),
            ]
        );
        assert_eq!(problems.rows[0].problem, Problem::Empty);
        assert_eq!(
            problems.rows[6].problem,
            Problem::OutOfRange { min: 1, max: 100 }
        );
        assert!(problems.whole.is_empty());
        let eleven: Vec<_> = (0..11).map(|i| row(&format!("C{i}"), "1", five)).collect();
        assert_eq!(
            Rubric::from_rows(&eleven).unwrap_err().whole.len(),
            1,
            "at most ten criteria"
        );
        let long = "x".repeat(MAX_TEXT + 1);
        assert_eq!(
            Rubric::from_rows(&[row(&long, "1", five)])
                .unwrap_err()
                .rows[0]
                .problem,
            Problem::TooLong { max: MAX_TEXT }
        );
    }
}
