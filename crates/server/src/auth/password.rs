//! Password hashing with argon2id, off the async threads (one hash costs tens of
//! milliseconds of CPU by design).

use super::{Account, Viewer};
use crate::error::PageError;
use heroes_store::Db;
use heroes_store::accounts::{self, Gate, ThrottlePolicy};
use std::future::Future;
use std::sync::OnceLock;

/// Hashes a password into a PHC string.
pub async fn hash(password: String) -> Result<String, PageError> {
    tokio::task::spawn_blocking(move || password_auth::generate_hash(password))
        .await
        .map_err(|e| PageError::Internal(e.into()))
}

/// Checks a password against a stored hash. With no hash (no such account) it checks
/// against a fixed one anyway, so the answer takes as long whether or not an account
/// exists.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, PageError> {
    tokio::task::spawn_blocking(move || {
        let stored = stored.unwrap_or_else(|| dummy_hash().to_owned());
        password_auth::verify_password(password, &stored).is_ok()
    })
    .await
    .map_err(|e| PageError::Internal(e.into()))
}

/// Runs `check` (the password, or a code, that a signed-in person typed again before a
/// sensitive change) as an attempt at signing in from `address`, counted by the same
/// throttling: a stolen session cannot guess the password here any faster than at the
/// sign-in form. `false` when the check fails or the client is held back.
pub(crate) async fn recheck(
    db: &Db,
    address: &str,
    user_id: i64,
    check: impl Future<Output = Result<bool, PageError>>,
) -> Result<bool, PageError> {
    let gate =
        accounts::begin_sign_in(db, address, Some(user_id), ThrottlePolicy::default()).await?;
    let Gate::Open(attempt) = gate else {
        return Ok(false);
    };
    let right = check.await?;
    if right {
        accounts::password_accepted(db, attempt).await?;
    } else {
        accounts::sign_in_failed(db, attempt, || None).await?;
    }
    Ok(right)
}

/// Whether `typed` is the signed-in `account`'s own password, checked as [`recheck`] does
/// (before a change of password, address, or the account's erasure).
pub(crate) async fn recheck_own(
    db: &Db,
    viewer: &Viewer,
    account: &Account,
    typed: &str,
) -> Result<bool, PageError> {
    let stored = Some(account.user.password_hash.clone());
    recheck(
        db,
        &viewer.address,
        account.user.id,
        verify(typed.to_owned(), stored),
    )
    .await
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| password_auth::generate_hash("not anyone's password"))
}
