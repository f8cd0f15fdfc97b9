//! Second factors at sign-in: an authenticator app (TOTP), single-use recovery codes, the
//! sign-ins waiting for their second step, and the granted roles that must have a factor.
//!
//! The server computes and checks codes; this module stores secrets, hashes and time steps,
//! and makes every "use once" a conditional update, so two requests racing with one code (on
//! any instance) cannot both pass. Every change to an account's factors writes its audit entry
//! and the notice to the owner in the transaction of the change.

use crate::accounts::Actor;
use crate::audit;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use chrono::{DateTime, Utc};
use heroes_domain::account::Role;

/// What second factors an account has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Factors {
    /// An authenticator app, set up and confirmed.
    pub totp: bool,
    /// Recovery codes not yet used.
    pub recovery_codes_left: i64,
    /// Registered passkeys.
    pub passkeys: i64,
}

impl Factors {
    /// Whether sign-in asks for a second step.
    pub fn any(self) -> bool {
        self.totp || self.recovery_codes_left > 0 || self.passkeys > 0
    }

    /// Whether the account has a factor that satisfies a role's requirement: an app or a
    /// passkey (recovery codes are a way back, not a factor of their own).
    pub fn strong(self) -> bool {
        self.totp || self.passkeys > 0
    }
}

/// The factors of an account.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn factors(db: &Db, user_id: i64) -> StoreResult<Factors> {
    let (totp, left, passkeys): (i64, i64, i64) = with_pool!(db, |pool| {
        sqlx::query_as(
        "SELECT (SELECT count(*) FROM totp_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL), \
                (SELECT count(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL), \
                (SELECT count(*) FROM passkeys WHERE user_id = $1)"
    )
    .bind(user_id)
    .fetch_one(pool)
    .await
    })?;
    Ok(Factors {
        totp: totp > 0,
        recovery_codes_left: left,
        passkeys,
    })
}

/// Starts (or starts over) setting up an authenticator app with `secret` (base32). Fails with
/// `Conflict { field: "totp" }` when the account already has a confirmed one: it is removed
/// first, on purpose, so a stolen session cannot quietly swap the owner's app.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn begin_totp(db: &Db, user_id: i64, secret: &str) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let replaced = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO totp_factors (user_id, secret, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET secret = $2, created_at = $3, last_step = NULL \
             WHERE totp_factors.confirmed_at IS NULL",
        )
        .bind(user_id)
        .bind(secret)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if replaced == 0 {
        return Err(StoreError::Conflict { field: "totp" });
    }
    tx.commit().await
}

/// The secret of an authenticator app: `confirmed` or still being set up.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn totp_secret(db: &Db, user_id: i64, confirmed: bool) -> StoreResult<Option<String>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT secret FROM totp_factors WHERE user_id = $1 \
         AND (confirmed_at IS NOT NULL) = $2"
    )
    .bind(user_id)
    .bind(confirmed)
    .fetch_optional(pool)
    .await)?)
}

/// Confirms the app being set up with `secret` by the code of time step `step` (checked by
/// the caller) and gives the account fresh recovery codes (their hashes), with the audit entry
/// and the owner's notice. `false` when that setup is no longer waiting (confirmed by a racing
/// request, or started over with another secret).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn confirm_totp(
    db: &Db,
    user_id: i64,
    secret: &str,
    step: i64,
    recovery_hashes: &[String],
    notice: Notice,
    actor: &Actor,
) -> StoreResult<bool> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let confirmed = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE totp_factors SET confirmed_at = $1, last_step = $2 \
             WHERE user_id = $3 AND secret = $4 AND confirmed_at IS NULL",
        )
        .bind(now)
        .bind(step)
        .bind(user_id)
        .bind(secret)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    });
    if !confirmed {
        tx.rollback().await?;
        return Ok(false);
    }
    store_recovery_codes(&mut tx, user_id, recovery_hashes, now).await?;
    changed(&mut tx, user_id, "factor.totp-added", notice, actor).await?;
    tx.commit().await?;
    Ok(true)
}

/// Accepts a code of time step `step` from the account's confirmed app once: only a step
/// later than the last one accepted passes, so a code (or an earlier one) cannot be replayed
/// inside its window.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn use_totp_step(db: &Db, user_id: i64, step: i64) -> StoreResult<bool> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "UPDATE totp_factors SET last_step = $1 WHERE user_id = $2 \
         AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < $1)"
    )
    .bind(step)
    .bind(user_id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Uses a recovery code (its hash) once. `true` when it was the account's and unused.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn use_recovery_code(
    db: &Db,
    user_id: i64,
    code_hash: &str,
    actor: &Actor,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let used = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 \
             WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(Utc::now())
        .bind(user_id)
        .bind(code_hash)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    });
    if !used {
        tx.rollback().await?;
        return Ok(false);
    }
    audit::record(
        &mut tx,
        &actor.entry(
            "factor.recovery-code-used",
            Some(user_id),
            String::new(),
            String::new(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Replaces every recovery code of the account with new ones (their hashes).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn replace_recovery_codes(
    db: &Db,
    user_id: i64,
    recovery_hashes: &[String],
    notice: Notice,
    actor: &Actor,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    store_recovery_codes(&mut tx, user_id, recovery_hashes, Utc::now()).await?;
    changed(&mut tx, user_id, "factor.recovery-codes", notice, actor).await?;
    tx.commit().await
}

/// Removes the authenticator app and the recovery codes (they belong to it). `false` when
/// there was no app.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn remove_totp(
    db: &Db,
    user_id: i64,
    notice: Notice,
    actor: &Actor,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let removed = delete_factors(&mut tx, user_id).await?;
    if !removed {
        tx.rollback().await?;
        return Ok(false);
    }
    changed(&mut tx, user_id, "factor.totp-removed", notice, actor).await?;
    tx.commit().await?;
    Ok(true)
}

/// Removes every factor of an account whose owner lost them (an admin's page or the command
/// line) — the app, the recovery codes and the passkeys — and any sign-in or passkey
/// ceremony waiting for it. Recorded and announced even when there
/// was nothing to remove, so the owner always hears of it.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn reset(db: &Db, user_id: i64, notice: Notice, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    delete_factors(&mut tx, user_id).await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM second_factor_challenges WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM passkeys WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM passkey_ceremonies WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    });
    changed(&mut tx, user_id, "factor.reset", notice, actor).await?;
    tx.commit().await
}

/// Deletes the app (confirmed or not) and the recovery codes; whether there was an app.
async fn delete_factors(tx: &mut Tx, user_id: i64) -> StoreResult<bool> {
    Ok(with_tx!(tx, |conn| {
        let removed = sqlx::query("DELETE FROM totp_factors WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        removed > 0
    }))
}

async fn store_recovery_codes(
    tx: &mut Tx,
    user_id: i64,
    hashes: &[String],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        for hash in hashes {
            sqlx::query(
                "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)",
            )
            .bind(user_id)
            .bind(hash)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
    });
    Ok(())
}

/// The audit entry and the owner's notice of a change to their factors.
async fn changed(
    tx: &mut Tx,
    user_id: i64,
    action: &'static str,
    notice: Notice,
    actor: &Actor,
) -> StoreResult<()> {
    audit::record(
        tx,
        &actor.entry(action, Some(user_id), String::new(), String::new()),
    )
    .await?;
    notifications::send(tx, &[notice]).await
}

/// A sign-in whose password was right, waiting for its second step.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Challenge {
    /// The account signing in.
    pub user_id: i64,
    /// Where to go once signed in (a local path).
    pub next: String,
}

/// Stores a sign-in waiting for its second step, keyed by the hash of the browser's secret.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn start_challenge(
    db: &Db,
    id_hash: &str,
    user_id: i64,
    next: &str,
    expires_at: DateTime<Utc>,
) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "INSERT INTO second_factor_challenges (id_hash, user_id, next, expires_at) \
         VALUES ($1, $2, $3, $4)"
    )
    .bind(id_hash)
    .bind(user_id)
    .bind(next)
    .bind(expires_at)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// The sign-in waiting under `id_hash`, unless it expired.
pub async fn challenge(db: &Db, id_hash: &str) -> StoreResult<Option<Challenge>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Challenge>(
        "SELECT user_id, next FROM second_factor_challenges WHERE id_hash = $1 AND expires_at > $2"
    )
    .bind(id_hash)
    .bind(Utc::now())
    .fetch_optional(pool)
    .await)?)
}

/// Ends a waiting sign-in; `true` for the one request that ended it (so two right codes
/// racing make one session).
pub async fn finish_challenge(db: &Db, id_hash: &str) -> StoreResult<bool> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "DELETE FROM second_factor_challenges WHERE id_hash = $1"
    )
    .bind(id_hash)
    .execute(pool)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Removes waiting sign-ins that expired (the hourly sweep).
pub async fn sweep(db: &Db) -> StoreResult<u64> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "DELETE FROM second_factor_challenges WHERE expires_at < $1"
    )
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?)
}

/// The granted roles whose accounts must have a second factor.
pub async fn required_roles(db: &Db) -> StoreResult<Vec<Role>> {
    let stored: Vec<String> = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT role FROM second_factor_roles"
    )
    .fetch_all(pool)
    .await)?;
    Ok(Role::GRANTABLE
        .into_iter()
        .filter(|r| stored.iter().any(|s| s == r.as_str()))
        .collect())
}

/// Sets which granted roles must have a second factor (the others stop needing one).
pub async fn set_required_roles(db: &Db, roles: &[Role], actor: &Actor) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM second_factor_roles")
            .execute(&mut *conn)
            .await?;
        for role in roles.iter().filter(|r| Role::GRANTABLE.contains(r)) {
            sqlx::query("INSERT INTO second_factor_roles (role, required_at) VALUES ($1, $2)")
                .bind(role.as_str())
                .bind(now)
                .execute(&mut *conn)
                .await?;
        }
    });
    let detail = roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",");
    audit::record(
        &mut tx,
        &actor.entry("factor.policy", None, String::new(), detail),
    )
    .await?;
    tx.commit().await
}

/// Whether the session `id_hash` belongs to an account that must set up a second factor
/// before doing anything else: one of its granted roles requires a factor, it has no
/// confirmed app and no passkey, and the session was not signed in through single sign-on. One query, asked
/// on every request that carries a session cookie.
pub async fn setup_required(db: &Db, session_hash: &str) -> StoreResult<bool> {
    let found: Option<i64> = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT s.user_id FROM sessions s \
         JOIN user_roles r ON r.user_id = s.user_id \
         JOIN second_factor_roles p ON p.role = r.role \
         WHERE s.id_hash = $1 AND s.signed_in_with <> 'sso' AND s.expires_at > $2 \
           AND NOT EXISTS (SELECT 1 FROM totp_factors f \
                           WHERE f.user_id = s.user_id AND f.confirmed_at IS NOT NULL) \
           AND NOT EXISTS (SELECT 1 FROM passkeys k WHERE k.user_id = s.user_id) \
         LIMIT 1"
    )
    .bind(session_hash)
    .bind(Utc::now())
    .fetch_optional(pool)
    .await)?;
    Ok(found.is_some())
}

/// Whether the account must set up a second factor before its API tokens work: as
/// [`setup_required`], with accounts that sign in through single sign-on exempt (a token has
/// no session to tell how its owner signed in).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn setup_required_for_account(db: &Db, user_id: i64) -> StoreResult<bool> {
    let found: Option<i64> = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT r.user_id FROM user_roles r \
         JOIN second_factor_roles p ON p.role = r.role \
         WHERE r.user_id = $1 \
           AND NOT EXISTS (SELECT 1 FROM totp_factors f \
                           WHERE f.user_id = r.user_id AND f.confirmed_at IS NOT NULL) \
           AND NOT EXISTS (SELECT 1 FROM passkeys k WHERE k.user_id = r.user_id) \
           AND NOT EXISTS (SELECT 1 FROM sso_identities i WHERE i.user_id = r.user_id) \
         LIMIT 1"
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await)?;
    Ok(found.is_some())
}

/// The account's recent sign-ins (time and client address), newest first, from the audit log.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn recent_sign_ins(
    db: &Db,
    user_id: i64,
    limit: i64,
) -> StoreResult<Vec<(DateTime<Utc>, String)>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT at, address FROM audit_log \
         WHERE target_user_id = $1 AND action = 'account.sign-in' ORDER BY id DESC LIMIT $2"
    )
    .bind(user_id)
    .bind(limit)
    .fetch_all(pool)
    .await)?)
}
