//! The one place that decides who may do what.
//!
//! Handlers name the [`Action`] they are about to perform and ask [`decide`]; none of them
//! looks at roles itself. A new capability adds an action here, with its row in the tests
//! below, and the server's route × role matrix test checks every route against it.

use crate::account::{Role, Roles, TokenScope};
use crate::contact::Visibility;

/// Something a person may want to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Read the public directory, profiles, feeds and the read API.
    ReadPublic,
    /// Sign up, sign in, verify an email address, reset a forgotten password.
    Authenticate,
    /// Read one's own account (through the API, with a token).
    ReadOwnAccount,
    /// See and change one's own account: email, password, sessions, tokens, export, deletion.
    ManageOwnAccount,
    /// Edit the public profile of the hero record linked to one's account.
    EditOwnHeroProfile,
    /// List, add, change, delete, import and export one's own contributions.
    ManageOwnContributions,
    /// Read the mail outbox (mail kept when no SMTP server is configured).
    ReadOutbox,
    /// Read the audit log of privileged actions.
    ReadAuditLog,
    /// See the background job queue.
    ReadJobs,
    /// Grant and revoke staff, reviewer and admin roles.
    ManageRoles,
    /// Nominate someone, and follow one's nominations as nominator or nominee.
    Nominate,
    /// Read and score the candidacies one is assigned to (never others').
    ReviewCandidacies,
    /// Run selection and renewal: cycles, the review queue, assignments and decisions.
    RunSelection,
    /// See one's own renewal readiness.
    ReadOwnReadiness,
    /// See the admin home: what needs attention and the way to every admin area.
    ReadAdminHome,
    /// Add, rename, retire, reorder and colour specializations.
    ManageSpecializations,
    /// Ask the program to amplify one's own contributions, and follow those requests.
    RequestPromotion,
    /// Approve, schedule, decline and cancel promotion requests.
    ManagePromotion,
    /// Preview, edit and send the digest.
    ManageDigest,
    /// Manage product areas and the staff who own each; see the feedback figures.
    ManageProductAreas,
    /// File product feedback, answer in one's own threads, add "me too" and follow items.
    FileFeedback,
    /// Read one's own feedback (through the API, with a token).
    ReadOwnFeedback,
    /// Work the feedback queue: answer, write staff-only notes, move items.
    AnswerFeedback,
    /// Publish office-hour slots.
    HoldOfficeHours,
    /// Book and cancel office-hour slots.
    BookOfficeHours,
    /// See one's own credits: balance, history and issued codes (alumni keep what was issued).
    ReadOwnCredits,
    /// Reveal one of one's own issued codes (each reveal is logged).
    RevealOwnCredits,
    /// Request credits (heroes only: alumni have no benefits).
    RequestCredits,
    /// Approve (fully or partly) or decline credit requests.
    DecideCreditRequests,
    /// Set the unit and allotments, import code pools, read the credit reports.
    ManageCredits,
    /// Propose user groups, join and leave them, RSVP to events; lead the groups one leads
    /// (each group checks its leaders).
    TakePart,
    /// Approve or decline proposed groups, and run any group and the program's own events.
    ManageGroups,
    /// See the briefings one may see (`/briefings`, `/api/v1/me/briefings`); each briefing is
    /// then checked by `briefings::access`, so this opens the list, not any one briefing.
    ReadBriefings,
    /// Accept an NDA version, RSVP to briefings, keep a personal calendar feed.
    AttendBriefings,
    /// Create briefings and run the ones one created: attendance, access log.
    RunBriefings,
    /// Publish NDA versions and see who accepted them.
    ManageNda,
    /// See the private network of heroes (contacts shown to heroes, asks) and post to it.
    UseNetwork,
    /// Offer mentoring and answer the members who ask.
    OfferMentoring,
    /// Ask for a mentor and follow one's mentorships as a mentee.
    AskForMentor,
    /// See mentoring across the program: waiting requests, mentors' load, matches.
    OverseeMentoring,
    /// Read the dashboards and export the program's data (every hero, contribution and
    /// candidacy).
    ReadProgramData,
    /// Start community projects (asking to join one is [`Action::TakePart`]; each project
    /// checks its owners).
    StartProjects,
    /// Say whether and how one is available to speak, and answer invitations to speak.
    OfferToSpeak,
    /// Register webhook endpoints, see their deliveries, replay and ping them.
    ManageWebhooks,
}

impl Action {
    /// Every action, for tests that must cover them all.
    pub const ALL: [Action; 44] = [
        Action::ReadPublic,
        Action::Authenticate,
        Action::ReadOwnAccount,
        Action::ManageOwnAccount,
        Action::EditOwnHeroProfile,
        Action::ManageOwnContributions,
        Action::ReadOutbox,
        Action::ReadAuditLog,
        Action::ReadJobs,
        Action::ManageRoles,
        Action::Nominate,
        Action::ReviewCandidacies,
        Action::RunSelection,
        Action::ReadOwnReadiness,
        Action::ReadAdminHome,
        Action::ManageSpecializations,
        Action::RequestPromotion,
        Action::ManagePromotion,
        Action::ManageDigest,
        Action::ManageProductAreas,
        Action::FileFeedback,
        Action::ReadOwnFeedback,
        Action::AnswerFeedback,
        Action::HoldOfficeHours,
        Action::BookOfficeHours,
        Action::ReadOwnCredits,
        Action::RevealOwnCredits,
        Action::RequestCredits,
        Action::DecideCreditRequests,
        Action::ManageCredits,
        Action::TakePart,
        Action::ManageGroups,
        Action::ReadBriefings,
        Action::AttendBriefings,
        Action::RunBriefings,
        Action::ManageNda,
        Action::UseNetwork,
        Action::OfferMentoring,
        Action::AskForMentor,
        Action::OverseeMentoring,
        Action::ReadProgramData,
        Action::StartProjects,
        Action::OfferToSpeak,
        Action::ManageWebhooks,
    ];

    /// Whether the action changes something (and so needs a write-scoped API token).
    pub fn is_write(self) -> bool {
        !matches!(
            self,
            Action::ReadPublic
                | Action::Authenticate
                | Action::ReadOwnAccount
                | Action::ReadOutbox
                | Action::ReadAuditLog
                | Action::ReadJobs
                | Action::ReadAdminHome
                | Action::ReadOwnFeedback
                | Action::ReadOwnCredits
                | Action::ReadBriefings
                | Action::OverseeMentoring
                | Action::ReadProgramData
        )
    }
}

/// The policy's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allow,
    /// Not without signing in (pages redirect to the sign-in form, the API answers 401).
    SignIn,
    /// Signed in, but not allowed (403).
    Forbidden,
}

/// Decides whether someone holding `roles` ([`Roles::NONE`] for a visitor) may perform
/// `action`.
pub fn decide(roles: Roles, action: Action) -> Decision {
    let allowed = match action {
        Action::ReadPublic | Action::Authenticate => return Decision::Allow,
        Action::ReadOwnAccount | Action::ManageOwnAccount => roles.has(Role::Member),
        // Alumni keep a public page, so they keep it accurate too; an accepted candidate
        // prepares the page the announcement makes public.
        Action::EditOwnHeroProfile | Action::ManageOwnContributions => {
            roles.has(Role::Hero) || roles.has(Role::Alumni) || roles.has(Role::Candidate)
        }
        Action::ReadOutbox
        | Action::ReadAuditLog
        | Action::ReadJobs
        | Action::ManageRoles
        | Action::RunSelection
        | Action::ReadAdminHome
        | Action::ManageSpecializations
        | Action::ManageWebhooks
        | Action::ManageGroups => roles.has(Role::Admin),
        Action::TakePart => roles.has(Role::Member),
        Action::Nominate => roles.has(Role::Member),
        // Staff review when assigned (PRODUCT.md); the assignment is checked on every file.
        Action::ReviewCandidacies => {
            roles.has(Role::Reviewer) || roles.has(Role::Staff) || roles.has(Role::Admin)
        }
        // Heroes on leave keep their meter; alumni have nothing to renew. A candidate sees
        // what will count for their first renewal.
        Action::ReadOwnReadiness => roles.has(Role::Hero) || roles.has(Role::Candidate),
        // A benefit of the program: alumni keep their page, not its promotion.
        Action::RequestPromotion => roles.has(Role::Hero),
        // The program team (PRODUCT.md: staff run benefits).
        Action::ManagePromotion => roles.has(Role::Staff) || roles.has(Role::Admin),
        Action::ManageDigest => roles.has(Role::Admin),
        Action::ManageProductAreas => roles.has(Role::Admin),
        // Direct access to the product teams is a benefit of active heroes (and those on
        // leave); alumni keep their page, not the benefits.
        Action::FileFeedback | Action::ReadOwnFeedback | Action::BookOfficeHours => {
            roles.has(Role::Hero)
        }
        Action::AnswerFeedback | Action::HoldOfficeHours => {
            roles.has(Role::Staff) || roles.has(Role::Admin)
        }
        // Alumni keep the codes they were issued, so they keep seeing and revealing them.
        Action::ReadOwnCredits | Action::RevealOwnCredits => {
            roles.has(Role::Hero) || roles.has(Role::Alumni)
        }
        Action::RequestCredits => roles.has(Role::Hero),
        Action::DecideCreditRequests => roles.has(Role::Staff) || roles.has(Role::Admin),
        Action::ManageCredits => roles.has(Role::Admin),
        // Alumni have no benefits; heroes on leave keep the role but no briefing lets them in
        // (`briefings::access` wants an active hero).
        Action::ReadBriefings => {
            roles.has(Role::Hero) || roles.has(Role::Staff) || roles.has(Role::Admin)
        }
        Action::AttendBriefings => roles.has(Role::Hero),
        Action::RunBriefings => roles.has(Role::Staff) || roles.has(Role::Admin),
        Action::ManageNda => roles.has(Role::Admin),
        // The network is for current heroes and the program team; alumni leave it.
        Action::UseNetwork => {
            roles.has(Role::Hero) || roles.has(Role::Staff) || roles.has(Role::Admin)
        }
        Action::OfferMentoring => roles.has(Role::Hero),
        Action::AskForMentor => roles.has(Role::Member),
        Action::OverseeMentoring => roles.has(Role::Admin),
        // Every hero's record and every candidacy at once: the program team's admins only.
        Action::ReadProgramData => roles.has(Role::Admin),
        Action::StartProjects => roles.has(Role::Hero),
        // Speaking is a part of being a current hero; alumni are no longer suggested.
        Action::OfferToSpeak => roles.has(Role::Hero),
    };
    if allowed {
        Decision::Allow
    } else if roles.is_visitor() {
        Decision::SignIn
    } else {
        Decision::Forbidden
    }
}

/// Whether someone holding `roles` may see a contact detail shown to `visibility` (the hero
/// it belongs to always sees their own; the caller checks that).
pub fn may_see(roles: Roles, visibility: Visibility) -> bool {
    let team = roles.has(Role::Staff) || roles.has(Role::Admin);
    match visibility {
        Visibility::Public => true,
        Visibility::Members => roles.has(Role::Member),
        Visibility::Heroes => roles.has(Role::Hero) || team,
        Visibility::Staff => team,
    }
}

/// Decides an API call made with a token of `scope`: the account's roles must allow the
/// action, and a read-only token changes nothing.
pub fn decide_api(roles: Roles, scope: TokenScope, action: Action) -> Decision {
    if action.is_write() && scope == TokenScope::Read && !roles.is_visitor() {
        return Decision::Forbidden;
    }
    decide(roles, action)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decision::{Allow as A, Forbidden as F, SignIn as S};

    /// The policy as a table: one row per action, one column per kind of person
    /// (visitor, member, hero, alumni, staff, reviewer, admin, candidate).
    const MATRIX: [(Action, [Decision; 8]); 44] = [
        (Action::ReadPublic, [A, A, A, A, A, A, A, A]),
        (Action::Authenticate, [A, A, A, A, A, A, A, A]),
        (Action::ReadOwnAccount, [S, A, A, A, A, A, A, A]),
        (Action::ManageOwnAccount, [S, A, A, A, A, A, A, A]),
        (Action::EditOwnHeroProfile, [S, F, A, A, F, F, F, A]),
        (Action::ManageOwnContributions, [S, F, A, A, F, F, F, A]),
        (Action::ReadOutbox, [S, F, F, F, F, F, A, F]),
        (Action::ReadAuditLog, [S, F, F, F, F, F, A, F]),
        (Action::ReadJobs, [S, F, F, F, F, F, A, F]),
        (Action::ManageRoles, [S, F, F, F, F, F, A, F]),
        (Action::Nominate, [S, A, A, A, A, A, A, A]),
        (Action::ReviewCandidacies, [S, F, F, F, A, A, A, F]),
        (Action::RunSelection, [S, F, F, F, F, F, A, F]),
        (Action::ReadOwnReadiness, [S, F, A, F, F, F, F, A]),
        (Action::ReadAdminHome, [S, F, F, F, F, F, A, F]),
        (Action::ManageSpecializations, [S, F, F, F, F, F, A, F]),
        (Action::RequestPromotion, [S, F, A, F, F, F, F, F]),
        (Action::ManagePromotion, [S, F, F, F, A, F, A, F]),
        (Action::ManageDigest, [S, F, F, F, F, F, A, F]),
        (Action::ManageProductAreas, [S, F, F, F, F, F, A, F]),
        (Action::FileFeedback, [S, F, A, F, F, F, F, F]),
        (Action::ReadOwnFeedback, [S, F, A, F, F, F, F, F]),
        (Action::AnswerFeedback, [S, F, F, F, A, F, A, F]),
        (Action::HoldOfficeHours, [S, F, F, F, A, F, A, F]),
        (Action::BookOfficeHours, [S, F, A, F, F, F, F, F]),
        (Action::ReadOwnCredits, [S, F, A, A, F, F, F, F]),
        (Action::RevealOwnCredits, [S, F, A, A, F, F, F, F]),
        (Action::RequestCredits, [S, F, A, F, F, F, F, F]),
        (Action::DecideCreditRequests, [S, F, F, F, A, F, A, F]),
        (Action::ManageCredits, [S, F, F, F, F, F, A, F]),
        (Action::TakePart, [S, A, A, A, A, A, A, A]),
        (Action::ManageGroups, [S, F, F, F, F, F, A, F]),
        (Action::ReadBriefings, [S, F, A, F, A, F, A, F]),
        (Action::AttendBriefings, [S, F, A, F, F, F, F, F]),
        (Action::RunBriefings, [S, F, F, F, A, F, A, F]),
        (Action::ManageNda, [S, F, F, F, F, F, A, F]),
        (Action::UseNetwork, [S, F, A, F, A, F, A, F]),
        (Action::OfferMentoring, [S, F, A, F, F, F, F, F]),
        (Action::AskForMentor, [S, A, A, A, A, A, A, A]),
        (Action::OverseeMentoring, [S, F, F, F, F, F, A, F]),
        (Action::ReadProgramData, [S, F, F, F, F, F, A, F]),
        (Action::StartProjects, [S, F, A, F, F, F, F, F]),
        (Action::OfferToSpeak, [S, F, A, F, F, F, F, F]),
        (Action::ManageWebhooks, [S, F, F, F, F, F, A, F]),
    ];

    fn people() -> [Roles; 8] {
        [
            Roles::NONE,
            Roles::of_account([]),
            Roles::of_account([Role::Hero]),
            Roles::of_account([Role::Alumni]),
            Roles::of_account([Role::Staff]),
            Roles::of_account([Role::Reviewer]),
            Roles::of_account([Role::Admin]),
            Roles::of_account([Role::Candidate]),
        ]
    }

    #[test]
    fn every_action_has_a_row_and_every_row_holds() {
        for action in Action::ALL {
            let (_, expected) = MATRIX
                .iter()
                .find(|(a, _)| *a == action)
                .unwrap_or_else(|| panic!("{action:?} has no row in the policy matrix"));
            for (roles, want) in people().into_iter().zip(expected) {
                assert_eq!(decide(roles, action), *want, "{action:?} for {roles:?}");
            }
        }
    }

    #[test]
    fn contact_details_are_seen_by_their_audience() {
        use Visibility::*;
        // visitor, member, hero, alumni, staff, reviewer, admin, candidate
        let table = [
            (Public, [true, true, true, true, true, true, true, true]),
            (Members, [false, true, true, true, true, true, true, true]),
            (
                Heroes,
                [false, false, true, false, true, false, true, false],
            ),
            (
                Staff,
                [false, false, false, false, true, false, true, false],
            ),
        ];
        for (visibility, expected) in table {
            for (roles, want) in people().into_iter().zip(expected) {
                assert_eq!(may_see(roles, visibility), want, "{visibility:?} {roles:?}");
            }
        }
    }

    #[test]
    fn read_tokens_never_write() {
        let hero = Roles::of_account([Role::Hero, Role::Admin]);
        for action in Action::ALL {
            let read = decide_api(hero, TokenScope::Read, action);
            let write = decide_api(hero, TokenScope::Write, action);
            assert_eq!(write, decide(hero, action));
            if action.is_write() {
                assert_eq!(read, F, "{action:?}");
            } else {
                assert_eq!(read, decide(hero, action), "{action:?}");
            }
        }
        assert_eq!(
            decide_api(Roles::NONE, TokenScope::Read, Action::ManageOwnAccount),
            S
        );
    }

    #[test]
    fn more_roles_never_take_a_permission_away() {
        for action in Action::ALL {
            for one in people() {
                for two in people() {
                    let both = Roles::of_account(one.iter().chain(two.iter()));
                    if decide(one, action) == A || decide(two, action) == A {
                        assert_eq!(decide(both, action), A, "{action:?} {one:?} {two:?}");
                    }
                }
            }
        }
    }
}
