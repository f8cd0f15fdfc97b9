//! Password hashing with argon2id, off the async threads (one hash costs tens of
//! milliseconds of CPU by design).

use crate::error::PageError;
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

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| password_auth::generate_hash("not anyone's password"))
}
