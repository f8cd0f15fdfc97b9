//! Sign-in throttling: every attempt counted before its password is checked (per client
//! address, per account and client, and unfamiliar clients per account), the growing delay
//! for unfamiliar clients, the owner's warning, and the addresses an account signed in from.

use super::Actor;
use crate::audit;
use crate::db::{Db, Tx};
use crate::error::StoreResult;
use crate::outbox::{self, OutgoingMail, Queued};
use chrono::{DateTime, Duration, Utc};

/// The client addresses an account signed in from (kept 90 days to tell the owner's typos
/// from a stranger's guesses), newest first: part of the person's data export.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn sign_in_addresses(db: &Db, user_id: i64) -> StoreResult<Vec<(String, DateTime<Utc>)>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT address, last_signed_in_at FROM login_familiar WHERE user_id = $1 \
         ORDER BY last_signed_in_at DESC"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?))
}

/// How sign-in attempts are limited. Failures are counted per account and client address, so
/// the client that guesses is stopped and the owner elsewhere is not; across all unfamiliar
/// clients an account is only slowed down, never locked, and its owner is warned by mail.
#[derive(Debug, Clone, Copy)]
pub struct ThrottlePolicy {
    /// Failed attempts one client address may make at one account per window; after that,
    /// that client may not sign in to that account (even with the right password) until the
    /// window ends or a password reset.
    pub client_limit: i64,
    /// Failures from unfamiliar clients (addresses the account never signed in from) in a
    /// window after which the owner is warned and every further unfamiliar attempt waits.
    pub account_limit: i64,
    /// The wait after the `account_limit`-th failure; it doubles with every further one.
    pub first_delay: Duration,
    /// The longest wait between two unfamiliar attempts at one account.
    pub max_delay: Duration,
    /// Failed attempts from one client address, at any accounts, allowed per window.
    pub address_limit: i64,
    /// The window of every count; it starts at the first failure.
    pub address_window: Duration,
    /// How long an address the owner signed in from stays familiar.
    pub familiar_for: Duration,
    /// The owner is warned of an attack at most once in this time.
    pub warn_every: Duration,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self {
            client_limit: 10,
            account_limit: 10,
            first_delay: Duration::seconds(1),
            // Past the limit a distributed guesser gets one try a minute at most, 1,440 a
            // day, against argon2 and passwords that are not well known; the owner from a
            // familiar address is never held up.
            max_delay: Duration::minutes(1),
            address_limit: 50,
            address_window: Duration::minutes(15),
            familiar_for: Duration::days(90),
            warn_every: Duration::days(1),
        }
    }
}

impl ThrottlePolicy {
    /// The wait after the `failures`-th unfamiliar failure (none below the account limit).
    fn delay(&self, failures: i64) -> Option<Duration> {
        let past = failures - self.account_limit;
        if past < 0 {
            return None;
        }
        let doublings = u32::try_from(past.min(20)).unwrap_or(20);
        let wait = self.first_delay * 2_i32.pow(doublings);
        Some(wait.min(self.max_delay))
    }
}

/// Whether a sign-in attempt may go ahead, decided (and counted) before its password is
/// checked.
#[derive(Debug)]
pub enum Gate {
    /// Check the password, then report the outcome with [`sign_in_failed`] or
    /// [`sign_in_succeeded`].
    Open(Attempt),
    /// This client address failed too often at any accounts in this window.
    AddressBlocked,
    /// This client failed too often at this account in this window.
    ClientLocked,
    /// Too many unfamiliar clients failed at this account lately: this one has to wait a
    /// little (a familiar address does not).
    Slowed,
}

/// An attempt [`begin_sign_in`] let through, already counted as a failure until it turns out
/// to be a success.
#[derive(Debug)]
pub struct Attempt {
    address: String,
    user_id: Option<i64>,
    /// Whether it counted against the account's unfamiliar failures.
    unfamiliar: bool,
    /// This client's attempts at this account in the window, this one included.
    client_attempts: i64,
    policy: ThrottlePolicy,
}

/// Decides whether a sign-in attempt from `address` at the account `user_id` (when the
/// address given names one) may go ahead, and counts it as a failure at once: attempts racing
/// each other, on any instance, cannot all slip under a limit before their failures are
/// recorded. [`sign_in_succeeded`] takes the count back.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = ?user_id))]
pub async fn begin_sign_in(
    db: &Db,
    address: &str,
    user_id: Option<i64>,
    policy: ThrottlePolicy,
) -> StoreResult<Gate> {
    let now = Utc::now();
    let window_start = now - policy.address_window;
    let mut tx = db.begin().await?;
    let at_address: i64 = with_tx!(&mut tx, |conn| {
        // A window that has passed starts over at one.
        sqlx::query_scalar(
            "INSERT INTO login_throttle (address, failures, window_start) VALUES ($1, 1, $2) \
             ON CONFLICT (address) DO UPDATE SET \
               failures = CASE WHEN login_throttle.window_start < $3 THEN 1 ELSE login_throttle.failures + 1 END, \
               window_start = CASE WHEN login_throttle.window_start < $3 THEN $2 ELSE login_throttle.window_start END \
             RETURNING failures",
        )
        .bind(address)
        .bind(now)
        .bind(window_start)
        .fetch_one(&mut *conn)
        .await?
    });
    if at_address > policy.address_limit {
        tx.commit().await?;
        return Ok(Gate::AddressBlocked);
    }
    let Some(user_id) = user_id else {
        tx.commit().await?;
        return Ok(Gate::Open(Attempt {
            address: address.to_owned(),
            user_id: None,
            unfamiliar: false,
            client_attempts: 0,
            policy,
        }));
    };
    let (client_attempts, familiar): (i64, bool) = with_tx!(&mut tx, |conn| {
        let attempts: i64 = sqlx::query_scalar(
            "INSERT INTO login_failures (user_id, address, failures, window_start) \
             VALUES ($1, $2, 1, $3) \
             ON CONFLICT (user_id, address) DO UPDATE SET \
               failures = CASE WHEN login_failures.window_start < $4 THEN 1 ELSE login_failures.failures + 1 END, \
               window_start = CASE WHEN login_failures.window_start < $4 THEN $3 ELSE login_failures.window_start END \
             RETURNING failures",
        )
        .bind(user_id)
        .bind(address)
        .bind(now)
        .bind(window_start)
        .fetch_one(&mut *conn)
        .await?;
        let familiar: Option<i64> = sqlx::query_scalar(
            "SELECT user_id FROM login_familiar \
             WHERE user_id = $1 AND address = $2 AND last_signed_in_at >= $3",
        )
        .bind(user_id)
        .bind(address)
        .bind(now - policy.familiar_for)
        .fetch_optional(&mut *conn)
        .await?;
        Ok::<_, sqlx::Error>((attempts, familiar.is_some()))
    })?;
    if client_attempts > policy.client_limit {
        tx.commit().await?;
        return Ok(Gate::ClientLocked);
    }
    if !familiar {
        // Counted only while the account is not waiting; the row lock taken here makes
        // racing attempts queue, so after the limit exactly one gets through per delay.
        let counted: Option<i64> = with_tx!(&mut tx, |conn| {
            sqlx::query_scalar(
                "UPDATE users SET \
                   failed_logins = CASE WHEN last_failed_login_at IS NULL OR last_failed_login_at < $2 \
                     THEN 1 ELSE failed_logins + 1 END, \
                   last_failed_login_at = $3 \
                 WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $3) \
                 RETURNING failed_logins",
            )
            .bind(user_id)
            .bind(window_start)
            .bind(now)
            .fetch_optional(&mut *conn)
            .await?
        });
        let Some(failures) = counted else {
            // The attempt is not looked at; the client's count above stays, so a client
            // hammering a waiting account locks itself out of it.
            tx.commit().await?;
            return Ok(Gate::Slowed);
        };
        if let Some(wait) = policy.delay(failures) {
            with_tx!(&mut tx, |conn| {
                sqlx::query("UPDATE users SET locked_until = $1 WHERE id = $2")
                    .bind(now + wait)
                    .bind(user_id)
                    .execute(&mut *conn)
                    .await?;
            });
        }
    }
    tx.commit().await?;
    Ok(Gate::Open(Attempt {
        address: address.to_owned(),
        user_id: Some(user_id),
        unfamiliar: !familiar,
        client_attempts,
        policy,
    }))
}

/// Records that the password of an attempt was wrong: the counts stay. When this failure
/// locked the client out of the account, the audit log says so; when unfamiliar failures
/// reached the account limit, the owner is warned with the mail `warning` composes (at most
/// once per [`ThrottlePolicy::warn_every`], and itself held to the mail limits), in the same
/// transaction.
pub async fn sign_in_failed(
    db: &Db,
    attempt: Attempt,
    warning: impl FnOnce() -> Option<OutgoingMail>,
) -> StoreResult<()> {
    let Some(user_id) = attempt.user_id else {
        return Ok(());
    };
    let now = Utc::now();
    let policy = attempt.policy;
    let mut tx = db.begin().await?;
    let actor = Actor::system(&attempt.address);
    if attempt.client_attempts == policy.client_limit {
        audit::record(
            &mut tx,
            &actor.entry(
                "account.locked",
                Some(user_id),
                String::new(),
                // Which client is locked out is the entry's address (blanked on erasure,
                // which a detail would not be).
                String::new(),
            ),
        )
        .await?;
    }
    if attempt.unfamiliar {
        // The conditional update lets exactly one of many racing failures warn.
        let warn = with_tx!(&mut tx, |conn| {
            sqlx::query(
                "UPDATE users SET attack_warned_at = $1 WHERE id = $2 \
                 AND failed_logins >= $3 AND last_failed_login_at >= $4 \
                 AND (attack_warned_at IS NULL OR attack_warned_at < $5)",
            )
            .bind(now)
            .bind(user_id)
            .bind(policy.account_limit)
            .bind(now - policy.address_window)
            .bind(now - policy.warn_every)
            .execute(&mut *conn)
            .await?
            .rows_affected()
                == 1
        });
        if warn && let Some(mail) = warning() {
            let mail = mail.requested_by(&attempt.address);
            if outbox::enqueue(&mut tx, &mail).await? == Queued::Limited {
                // Not warned after all (the mailbox is being flooded): a later failure
                // tries again once the mail window lets it through.
                with_tx!(&mut tx, |conn| {
                    sqlx::query("UPDATE users SET attack_warned_at = NULL WHERE id = $1")
                        .bind(user_id)
                        .execute(&mut *conn)
                        .await?;
                });
                return tx.commit().await;
            }
            audit::record(
                &mut tx,
                &actor.entry(
                    "account.attack-warned",
                    Some(user_id),
                    String::new(),
                    String::new(),
                ),
            )
            .await?;
        }
    }
    tx.commit().await
}

/// Records a sign-in with the right password: takes back what [`begin_sign_in`] counted,
/// remembers the address as familiar and writes the audit entry.
pub async fn sign_in_succeeded(db: &Db, attempt: Attempt, actor: &Actor) -> StoreResult<()> {
    take_back(db, attempt, Some(actor)).await
}

/// Records that the password of an attempt was right while the account still asks for a
/// second step: takes back what [`begin_sign_in`] counted, like [`sign_in_succeeded`], but
/// nobody is signed in yet, so the address does not become familiar and the client's earlier
/// failures stay. The second step is then an attempt of its own, counted the same way.
pub async fn password_accepted(db: &Db, attempt: Attempt) -> StoreResult<()> {
    take_back(db, attempt, None).await
}

/// Takes back what [`begin_sign_in`] counted for an attempt whose password was right. With
/// `signed_in_as` the sign-in is recorded ([`signed_in`]: the client's failures at the
/// account forgiven, its address familiar); without, only this attempt's count at the
/// account is taken back.
async fn take_back(db: &Db, attempt: Attempt, signed_in_as: Option<&Actor>) -> StoreResult<()> {
    let Some(user_id) = attempt.user_id else {
        return Ok(());
    };
    let mut tx = db.begin().await?;
    // Rows are taken in the order begin_sign_in takes them (address, client, account), so the
    // two never wait on each other in a circle on PostgreSQL.
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE login_throttle SET failures = failures - 1 WHERE address = $1 AND failures > 0",
        )
        .bind(&attempt.address)
        .execute(&mut *conn)
        .await?;
    });
    match signed_in_as {
        Some(actor) => signed_in(&mut tx, user_id, actor).await?,
        None => with_tx!(&mut tx, |conn| {
            sqlx::query(
                "UPDATE login_failures SET failures = failures - 1 \
                 WHERE user_id = $1 AND address = $2 AND failures > 0",
            )
            .bind(user_id)
            .bind(&attempt.address)
            .execute(&mut *conn)
            .await?;
        }),
    }
    if attempt.unfamiliar {
        with_tx!(&mut tx, |conn| {
            sqlx::query(
                "UPDATE users SET failed_logins = failed_logins - 1 \
                 WHERE id = $1 AND failed_logins > 0",
            )
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        });
    }
    tx.commit().await
}

/// Records a sign-in that did not go through the password form (single sign-on): the
/// address becomes familiar, and the audit log has it.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn record_successful_login(db: &Db, user_id: i64, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    signed_in(&mut tx, user_id, actor).await?;
    tx.commit().await
}

async fn signed_in(tx: &mut Tx, user_id: i64, actor: &Actor) -> StoreResult<()> {
    with_tx!(&mut *tx, |conn| {
        // The owner's own typos from here are forgiven at once.
        sqlx::query("DELETE FROM login_failures WHERE user_id = $1 AND address = $2")
            .bind(user_id)
            .bind(&actor.address)
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT INTO login_familiar (user_id, address, last_signed_in_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, address) DO UPDATE SET last_signed_in_at = $3",
        )
        .bind(user_id)
        .bind(&actor.address)
        .bind(Utc::now())
        .execute(&mut *conn)
        .await?;
    });
    audit::record(
        tx,
        &actor.entry(
            "account.sign-in",
            Some(user_id),
            String::new(),
            String::new(),
        ),
    )
    .await
}
