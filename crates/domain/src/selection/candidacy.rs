//! The life of a candidacy, as a state machine.
//!
//! A candidacy is one person nominated for one specialization in one selection cycle (however
//! many people nominated them). Every change of state goes through [`State::apply`]; a step
//! that is not allowed comes back as a [`Refusal`] that says why, so pages and the API can tell
//! the user in words instead of silently doing nothing.

use super::Refusal;
use crate::error::names;

/// Where a candidacy is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Nominated; waiting for the nominee to accept or decline.
    Nominated,
    /// The nominee declined or withdrew.
    Withdrawn,
    /// The nominee accepted; reviewers score it.
    InReview,
    /// Set aside by an admin until a later cycle.
    Deferred,
    /// Declined by an admin, with feedback and a date from which a new nomination is allowed.
    Declined,
    /// Accepted by an admin; the invitation is out.
    Accepted,
    /// The new hero accepted the terms and the NDA and completed the profile; waiting for the
    /// announcement date.
    Onboarded,
    /// Public: the hero record exists and is listed in the directory.
    Announced,
}

/// A step from one state to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    /// The nominee accepts the nomination (and completes the candidate profile).
    NomineeAccepts,
    /// The nominee declines the nomination, or withdraws while it is reviewed.
    NomineeDeclines,
    /// An admin accepts the candidate.
    Accept,
    /// An admin declines the candidate.
    Decline,
    /// An admin defers the candidate to a later cycle.
    Defer,
    /// An admin takes a deferred candidacy up again in the current cycle.
    Reopen,
    /// The new hero accepts the terms and the NDA and completes the profile.
    CompleteOnboarding,
    /// The announcement date has come: the hero goes public.
    Announce,
}

names!(State, stored as "candidacy state");

/// What nominators and nominees are shown: the stage, never the reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Submitted; the nominee has not answered yet.
    Submitted,
    /// Being reviewed.
    InReview,
    /// A decision was made (see [`State::decision`]).
    Decided,
}

/// The decision shown to nominators and nominees once a candidacy is decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Accepted into the program.
    Accepted,
    /// Declined by the program.
    Declined,
    /// Deferred to a later cycle.
    Deferred,
    /// Declined or withdrawn by the nominee.
    Withdrawn,
}

impl State {
    /// Every state, in the order a candidacy usually passes them.
    pub const ALL: [State; 8] = [
        State::Nominated,
        State::Withdrawn,
        State::InReview,
        State::Deferred,
        State::Declined,
        State::Accepted,
        State::Onboarded,
        State::Announced,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Nominated => "nominated",
            State::Withdrawn => "withdrawn",
            State::InReview => "in-review",
            State::Deferred => "deferred",
            State::Declined => "declined",
            State::Accepted => "accepted",
            State::Onboarded => "onboarded",
            State::Announced => "announced",
        }
    }

    /// Whether reviewers may still be assigned: once a candidacy is decided, withdrawn or
    /// announced, a new reviewer would only be asked to score what no longer counts.
    pub fn takes_reviewers(self) -> bool {
        matches!(self, State::Nominated | State::InReview)
    }

    /// The states in which reviewers may be assigned ([`State::takes_reviewers`]).
    pub const TAKING_REVIEWERS: [State; 2] = [State::Nominated, State::InReview];

    /// Whether the candidate is accepted and the announcement still to come: its date can
    /// change, or it can be made at once.
    pub fn awaits_announcement(self) -> bool {
        matches!(self, State::Accepted | State::Onboarded)
    }

    /// Whether an admin may still decide (accept, decline, defer or reopen).
    pub fn awaits_decision(self) -> bool {
        matches!(self, State::InReview | State::Deferred)
    }

    /// Reads a stored name.
    pub fn from_stored(value: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// The stage nominators and nominees see.
    pub fn stage(self) -> Stage {
        match self {
            State::Nominated => Stage::Submitted,
            State::InReview => Stage::InReview,
            _ => Stage::Decided,
        }
    }

    /// The decision, once there is one.
    pub fn outcome(self) -> Option<Outcome> {
        match self {
            State::Nominated | State::InReview => None,
            State::Withdrawn => Some(Outcome::Withdrawn),
            State::Deferred => Some(Outcome::Deferred),
            State::Declined => Some(Outcome::Declined),
            State::Accepted | State::Onboarded | State::Announced => Some(Outcome::Accepted),
        }
    }

    /// Whether reviewers may still score it.
    pub fn is_reviewable(self) -> bool {
        self == State::InReview
    }

    /// The state after `transition`, or why it is not allowed from here.
    pub fn apply(self, transition: Transition) -> Result<State, Refusal> {
        use State as S;
        use Transition as T;
        match (self, transition) {
            (S::Nominated, T::NomineeAccepts) => Ok(S::InReview),
            (S::Nominated | S::InReview, T::NomineeDeclines) => Ok(S::Withdrawn),
            (S::InReview, T::Accept) => Ok(S::Accepted),
            (S::InReview, T::Decline) => Ok(S::Declined),
            (S::InReview, T::Defer) => Ok(S::Deferred),
            (S::Deferred, T::Reopen) => Ok(S::InReview),
            (S::Accepted, T::CompleteOnboarding) => Ok(S::Onboarded),
            (S::Onboarded, T::Announce) => Ok(S::Announced),
            (_, T::NomineeAccepts | T::NomineeDeclines) => Err(Refusal::AlreadyAnswered),
            (S::Nominated, T::Accept | T::Decline | T::Defer) => Err(Refusal::AwaitingNominee),
            (_, T::Accept | T::Decline | T::Defer) => Err(Refusal::AlreadyDecided),
            (_, T::Reopen) => Err(Refusal::NotDeferred),
            (_, T::CompleteOnboarding) => Err(Refusal::NotInvited),
            (_, T::Announce) => Err(Refusal::NotOnboarded),
        }
    }
}

impl Transition {
    /// Every transition.
    pub const ALL: [Transition; 8] = [
        Transition::NomineeAccepts,
        Transition::NomineeDeclines,
        Transition::Accept,
        Transition::Decline,
        Transition::Defer,
        Transition::Reopen,
        Transition::CompleteOnboarding,
        Transition::Announce,
    ];
}

impl Stage {
    /// The name used in messages and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Submitted => "submitted",
            Stage::InReview => "in-review",
            Stage::Decided => "decided",
        }
    }
}

impl Outcome {
    /// The name used in messages and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Accepted => "accepted",
            Outcome::Declined => "declined",
            Outcome::Deferred => "deferred",
            Outcome::Withdrawn => "withdrawn",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_read_back_and_unknown_ones_are_refused() {
        for state in State::ALL {
            assert_eq!(State::try_from(state.as_str().to_owned()), Ok(state));
        }
        for name in ["", "Nominated", "in_review", "limbo"] {
            assert!(State::try_from(name.to_owned()).is_err(), "{name}");
        }
    }
    use State as S;
    use Transition as T;

    /// Every allowed step; everything else must be refused.
    const ALLOWED: [(State, Transition, State); 9] = [
        (S::Nominated, T::NomineeAccepts, S::InReview),
        (S::Nominated, T::NomineeDeclines, S::Withdrawn),
        (S::InReview, T::NomineeDeclines, S::Withdrawn),
        (S::InReview, T::Accept, S::Accepted),
        (S::InReview, T::Decline, S::Declined),
        (S::InReview, T::Defer, S::Deferred),
        (S::Deferred, T::Reopen, S::InReview),
        (S::Accepted, T::CompleteOnboarding, S::Onboarded),
        (S::Onboarded, T::Announce, S::Announced),
    ];

    #[test]
    fn every_step_is_allowed_or_refused_as_the_table_says() {
        let checked =
            crate::testing::check_steps(&State::ALL, &Transition::ALL, &ALLOWED, State::apply);
        assert_eq!(checked, 64);
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(S::Nominated.apply(T::Accept), Err(Refusal::AwaitingNominee));
        assert_eq!(S::Declined.apply(T::Accept), Err(Refusal::AlreadyDecided));
        assert_eq!(S::Accepted.apply(T::Defer), Err(Refusal::AlreadyDecided));
        assert_eq!(
            S::Withdrawn.apply(T::NomineeAccepts),
            Err(Refusal::AlreadyAnswered)
        );
        assert_eq!(
            S::InReview.apply(T::NomineeAccepts),
            Err(Refusal::AlreadyAnswered)
        );
        assert_eq!(S::InReview.apply(T::Reopen), Err(Refusal::NotDeferred));
        assert_eq!(
            S::InReview.apply(T::CompleteOnboarding),
            Err(Refusal::NotInvited)
        );
        assert_eq!(S::Accepted.apply(T::Announce), Err(Refusal::NotOnboarded));
    }

    #[test]
    fn nominators_see_stages_and_outcomes_only() {
        assert_eq!(S::Nominated.stage(), Stage::Submitted);
        assert_eq!(S::InReview.stage(), Stage::InReview);
        for s in [
            S::Withdrawn,
            S::Deferred,
            S::Declined,
            S::Accepted,
            S::Onboarded,
            S::Announced,
        ] {
            assert_eq!(s.stage(), Stage::Decided);
            assert!(s.outcome().is_some());
        }
        assert_eq!(S::Onboarded.outcome(), Some(Outcome::Accepted));
        for s in State::ALL {
            assert_eq!(State::from_stored(s.as_str()), Some(s));
        }
    }

    #[test]
    fn the_state_predicates_agree_with_the_machine() {
        for state in State::ALL {
            assert_eq!(
                state.awaits_decision(),
                state.apply(Transition::Accept).is_ok() || state.apply(Transition::Reopen).is_ok(),
                "{state:?}"
            );
            assert_eq!(
                state.takes_reviewers(),
                State::TAKING_REVIEWERS.contains(&state),
                "{state:?}"
            );
        }
    }
}
