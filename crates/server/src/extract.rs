//! Extractors for the openings private handlers share: "a signed-in account the policy
//! allows this action" ([`Allowed`]), "the hero record that account speaks for"
//! ([`OwnHero`]) and "the numeric id in the path" ([`PathId`]).
//!
//! Each refuses with the answer the handler used to write by hand: a visitor is sent to the
//! sign-in page (401 under `/api/`), an account without the permission gets 403, an account
//! without a hero record gets 403, and a malformed id is simply not found (404).
//!
//! Axum runs extractors in the order of the handler's arguments, so a handler lists the
//! permission ([`Allowed`] or [`OwnHero`]) before [`PathId`]: who may ask is decided before
//! what is asked for is read, and a visitor following a mangled link is offered the sign-in
//! page rather than told the page does not exist.

use crate::app::AppState;
use crate::auth::{Account, Viewer};
use crate::error::PageError;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use heroes_domain::policy::Action;
use heroes_store::heroes::HeroDetail;
use std::marker::PhantomData;

/// An [`Action`] named by a type, so that an extractor's signature says what it requires
/// (`Allowed<RunSelection>`): the policy stays the one place that decides.
pub trait Permission {
    /// The action the policy is asked about.
    const ACTION: Action;
}

/// Declares one marker type per action, each naming its [`Action`] variant.
macro_rules! permissions {
    ($($name:ident),* $(,)?) => {
        $(
            #[doc = concat!("Requires [`Action::", stringify!($name), "`].")]
            #[derive(Debug, Clone, Copy)]
            pub struct $name;

            impl Permission for $name {
                const ACTION: Action = Action::$name;
            }
        )*
    };
}

permissions!(
    ManageOwnAccount,
    EditOwnHeroProfile,
    ManageOwnContributions,
    Nominate,
    ReviewCandidacies,
    RunSelection,
    RequestPromotion,
    ManagePromotion,
    ManageDigest,
    ManageProductAreas,
    FileFeedback,
    AnswerFeedback,
    HoldOfficeHours,
    BookOfficeHours,
    ReadOwnCredits,
    RevealOwnCredits,
    RequestCredits,
    DecideCreditRequests,
    ManageCredits,
    TakePart,
    ManageGroups,
    ManageNda,
    UseNetwork,
    OfferMentoring,
    AskForMentor,
    OverseeMentoring,
    ReadProgramData,
    StartProjects,
    OfferToSpeak,
    ManageWebhooks,
    AttendBriefings,
    RunBriefings,
    ManageRoles,
    ManageSpecializations,
    ReadAdminHome,
    ReadAuditLog,
    ReadJobs,
    ReadOutbox,
    ReadOwnReadiness,
);

/// A signed-in account that the policy allows `P`'s action, with the viewer it came from
/// (for the audit log's actor).
pub struct Allowed<P> {
    /// The signed-in account.
    pub account: Account,
    /// Who sent the request (address and path, for the audit log and redirects).
    pub viewer: Viewer,
    permission: PhantomData<P>,
}

impl<P: Permission + Send> FromRequestParts<AppState> for Allowed<P> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let account = viewer.require(P::ACTION)?.clone();
        Ok(Allowed {
            account,
            viewer,
            permission: PhantomData,
        })
    }
}

/// The hero record the signed-in account speaks for, when the policy allows `P`'s action
/// (editing the profile, managing contributions and sources). An account that speaks for no
/// hero gets 403: the page exists, just not for them.
pub struct OwnHero<P> {
    /// The hero record, as the profile page reads it.
    pub hero: HeroDetail,
    /// The signed-in account.
    pub account: Account,
    /// Who sent the request.
    pub viewer: Viewer,
    permission: PhantomData<P>,
}

impl<P: Permission + Send> FromRequestParts<AppState> for OwnHero<P> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let Allowed {
            account, viewer, ..
        } = Allowed::<P>::from_request_parts(parts, state).await?;
        let hero = crate::account::profile::hero_of(&state.db, &account.user)
            .await?
            .ok_or(PageError::Forbidden)?;
        Ok(OwnHero {
            hero,
            account,
            viewer,
            permission: PhantomData,
        })
    }
}

/// The numeric `{id}` of the path. Anything else there (letters, a number too large, text
/// that is not UTF-8) names nothing we hold, so it is a 404 like an id that does not exist,
/// never axum's 400.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathId(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| PageError::NotFound)?;
        raw.parse().map(PathId).map_err(|_| PageError::NotFound)
    }
}

/// The two numeric ids of a path like `/briefings/{id}/files/{file}`; anything else there is
/// a 404, as for [`PathId`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathIds(pub i64, pub i64);

impl<S: Send + Sync> FromRequestParts<S> for PathIds {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, PageError> {
        let Path((a, b)) = Path::<(String, String)>::from_request_parts(parts, state)
            .await
            .map_err(|_| PageError::NotFound)?;
        match (a.parse(), b.parse()) {
            (Ok(a), Ok(b)) => Ok(PathIds(a, b)),
            _ => Err(PageError::NotFound),
        }
    }
}
