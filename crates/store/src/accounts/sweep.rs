//! The periodic sweep of what has expired: sessions, emailed links, sign-in counts, familiar
//! addresses and mail limit counts.

use super::ThrottlePolicy;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::outbox;
use chrono::{Duration, Utc};

/// What a sweep removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    pub sessions: u64,
    pub tokens: u64,
    /// Sign-in failure counts (per address, and per account and address).
    pub throttles: u64,
    /// Mail limit counts whose window is over.
    pub mail_counts: u64,
}

/// Removes what has expired: sessions past their absolute expiry or idle for `idle`, email
/// links expired or used more than a day ago, sign-in failure counts older than `window`,
/// addresses not signed in from for the familiar time, mail counts of a past window.
pub async fn sweep(db: &Db, idle: Duration, window: Duration) -> StoreResult<Swept> {
    let now = Utc::now();
    let swept = with_pool!(db, |pool| {
        let sessions =
            sqlx::query("DELETE FROM sessions WHERE expires_at < $1 OR last_seen_at < $2")
                .bind(now)
                .bind(now - idle)
                .execute(pool)
                .await?
                .rows_affected();
        let tokens = sqlx::query("DELETE FROM email_tokens WHERE expires_at < $1 OR used_at < $2")
            .bind(now)
            .bind(now - Duration::days(1))
            .execute(pool)
            .await?
            .rows_affected();
        let throttles = sqlx::query("DELETE FROM login_throttle WHERE window_start < $1")
            .bind(now - window)
            .execute(pool)
            .await?
            .rows_affected()
            + sqlx::query("DELETE FROM login_failures WHERE window_start < $1")
                .bind(now - window)
                .execute(pool)
                .await?
                .rows_affected();
        sqlx::query("DELETE FROM login_familiar WHERE last_signed_in_at < $1")
            .bind(now - ThrottlePolicy::default().familiar_for)
            .execute(pool)
            .await?;
        Ok::<_, sqlx::Error>(Swept {
            sessions,
            tokens,
            throttles,
            mail_counts: 0,
        })
    })
    .map_err(StoreError::from)?;
    let mail_counts = outbox::sweep_limits(db, now).await?;
    Ok(Swept {
        mail_counts,
        ..swept
    })
}
