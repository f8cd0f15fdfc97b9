//! Selection: cycles, nominations merged into candidacies, reviewing against a rubric, and
//! the decisions that turn a nominee into a hero.
//!
//! Everything here is pure: the store keeps the rows, the server asks these types whether a
//! step is allowed and what a score is.

pub mod candidacy;
pub mod cycle;
pub mod nomination;
pub mod rubric;

use chrono::NaiveDate;

/// Why a step in the selection pipeline was refused. Each has a message the user reads (the
/// server translates [`Refusal::id`]); none is an internal error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No selection cycle takes nominations today.
    NoOpenCycle,
    /// The cycle does not take nominations for this specialization.
    SpecializationNotInCycle,
    /// The specialization is retired.
    SpecializationRetired,
    /// The nominator reached the cycle's limit.
    LimitReached {
        /// Nominations allowed per nominator in the cycle.
        limit: u32,
    },
    /// The nominee already is a hero in this specialization.
    AlreadyHero,
    /// The nominee was declined and may be nominated again from this date.
    TooSoon {
        /// The first day a new nomination is allowed.
        until: NaiveDate,
    },
    /// Nobody nominates themselves.
    SelfNomination,
    /// The nominee has not answered yet, so there is nothing to decide.
    AwaitingNominee,
    /// The candidacy is already decided.
    AlreadyDecided,
    /// The nominee already answered.
    AlreadyAnswered,
    /// Only a deferred candidacy can be reopened.
    NotDeferred,
    /// Only an accepted candidate completes the onboarding.
    NotInvited,
    /// Only an onboarded candidate is announced.
    NotOnboarded,
    /// The reviewer is not assigned to this candidacy.
    NotAssigned,
    /// The reviewer declared a conflict of interest with this candidacy.
    Conflicted,
    /// Scores are taken only while a candidacy is in review.
    NotReviewable,
    /// Renewal decisions are made in an open renewal cycle.
    NoRenewalCycle,
    /// Only an accepted candidate's announcement can be moved or made now.
    NotAccepted,
}

impl Refusal {
    /// The message id (without the `refusal-` prefix the catalog uses).
    pub fn id(self) -> &'static str {
        match self {
            Refusal::NoOpenCycle => "no-open-cycle",
            Refusal::NotAccepted => "not-accepted",
            Refusal::SpecializationNotInCycle => "specialization-not-in-cycle",
            Refusal::SpecializationRetired => "specialization-retired",
            Refusal::LimitReached { .. } => "limit-reached",
            Refusal::AlreadyHero => "already-hero",
            Refusal::TooSoon { .. } => "too-soon",
            Refusal::SelfNomination => "self-nomination",
            Refusal::AwaitingNominee => "awaiting-nominee",
            Refusal::AlreadyDecided => "already-decided",
            Refusal::AlreadyAnswered => "already-answered",
            Refusal::NotDeferred => "not-deferred",
            Refusal::NotInvited => "not-invited",
            Refusal::NotOnboarded => "not-onboarded",
            Refusal::NotAssigned => "not-assigned",
            Refusal::Conflicted => "conflicted",
            Refusal::NotReviewable => "not-reviewable",
            Refusal::NoRenewalCycle => "no-renewal-cycle",
        }
    }

    /// Every refusal with sample arguments, so the message catalog can be checked for each.
    pub fn samples() -> Vec<Refusal> {
        vec![
            Refusal::NoOpenCycle,
            Refusal::SpecializationNotInCycle,
            Refusal::SpecializationRetired,
            Refusal::LimitReached { limit: 3 },
            Refusal::AlreadyHero,
            Refusal::TooSoon {
                until: NaiveDate::from_ymd_opt(2027, 1, 1).expect("a date"),
            },
            Refusal::SelfNomination,
            Refusal::AwaitingNominee,
            Refusal::AlreadyDecided,
            Refusal::AlreadyAnswered,
            Refusal::NotDeferred,
            Refusal::NotInvited,
            Refusal::NotOnboarded,
            Refusal::NotAssigned,
            Refusal::Conflicted,
            Refusal::NotReviewable,
            Refusal::NoRenewalCycle,
            Refusal::NotAccepted,
        ]
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl std::error::Error for Refusal {}
