//! Passkeys (WebAuthn credentials): an account's user handle, its registered passkeys, and
//! the ceremonies waiting between their two requests.
//!
//! The server verifies every ceremony with `webauthn_rp`; this module keeps that crate's
//! encodings as opaque bytes. A ceremony is taken once (a `DELETE … RETURNING`), so a
//! challenge answered twice — replayed, or raced from two tabs — passes at most once, on any
//! instance. Every change to an account's passkeys writes its audit entry and the owner's
//! notice in the transaction of the change.

use crate::accounts::Actor;
use crate::audit;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use chrono::{DateTime, Utc};

/// How many passkeys one account may register: enough for every device a person owns, few
/// enough that a stolen session cannot fill the table.
pub const MAX_PER_ACCOUNT: i64 = 20;
/// How many ceremonies may wait at once for one account (registration or second step) or,
/// for password-less sign-in, for one client address; the oldest go first.
pub const MAX_CEREMONIES: i64 = 5;

/// What a ceremony is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Adding a passkey to a signed-in account.
    Register,
    /// Signing in with a passkey alone (the account is not known yet).
    SignIn,
    /// The second step of a password sign-in.
    SecondStep,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Register => "register",
            Kind::SignIn => "sign-in",
            Kind::SecondStep => "second-step",
        }
    }
}

/// A ceremony to keep until its answer comes back.
#[derive(Debug, Clone)]
pub struct NewCeremony<'a> {
    /// The challenge (128 random bits from `webauthn_rp`), as decimal text.
    pub challenge: String,
    /// What it is for.
    pub kind: Kind,
    /// The account, for a registration or a second step.
    pub user_id: Option<i64>,
    /// The client address that started it (bounds password-less ceremonies per address).
    pub address: &'a str,
    /// The name of the passkey being registered.
    pub name: &'a str,
    /// `webauthn_rp`'s encoded server state.
    pub state: Vec<u8>,
    /// When it stops being accepted.
    pub expires_at: DateTime<Utc>,
}

/// A ceremony taken back for its answer.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Ceremony {
    /// The account it was started for, if any.
    pub user_id: Option<i64>,
    /// The name of the passkey being registered.
    pub name: String,
    /// `webauthn_rp`'s encoded server state.
    pub state: Vec<u8>,
}

/// Stores a ceremony, dropping expired ones and the oldest beyond [`MAX_CEREMONIES`] for the
/// same account (or, without one, the same client address), so a stranger pressing "sign in
/// with a passkey" in a loop keeps a handful of rows, not millions.
pub async fn start_ceremony(db: &Db, ceremony: &NewCeremony<'_>) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM passkey_ceremonies WHERE expires_at <= $1")
            .bind(now)
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT INTO passkey_ceremonies \
             (challenge, kind, user_id, address, name, state, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&ceremony.challenge)
        .bind(ceremony.kind.as_str())
        .bind(ceremony.user_id)
        .bind(ceremony.address)
        .bind(ceremony.name)
        .bind(&ceremony.state)
        .bind(now)
        .bind(ceremony.expires_at)
        .execute(&mut *conn)
        .await?;
        // Keep the newest MAX_CEREMONIES of this owner (ties broken by challenge, which is
        // random, so exactly MAX_CEREMONIES stay).
        match ceremony.user_id {
            Some(user_id) => {
                sqlx::query(
                    "DELETE FROM passkey_ceremonies WHERE user_id = $1 AND challenge NOT IN \
                     (SELECT challenge FROM passkey_ceremonies WHERE user_id = $1 \
                      ORDER BY created_at DESC, challenge LIMIT $2)",
                )
                .bind(user_id)
                .bind(MAX_CEREMONIES)
                .execute(&mut *conn)
                .await?;
            }
            None => {
                sqlx::query(
                    "DELETE FROM passkey_ceremonies WHERE user_id IS NULL AND address = $1 \
                     AND challenge NOT IN (SELECT challenge FROM passkey_ceremonies \
                      WHERE user_id IS NULL AND address = $1 \
                      ORDER BY created_at DESC, challenge LIMIT $2)",
                )
                .bind(ceremony.address)
                .bind(MAX_CEREMONIES)
                .execute(&mut *conn)
                .await?;
            }
        }
    });
    tx.commit().await
}

/// Takes the unexpired ceremony of `kind` with `challenge`, once: the row is deleted by the
/// request that gets it.
pub async fn take_ceremony(db: &Db, challenge: &str, kind: Kind) -> StoreResult<Option<Ceremony>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Ceremony>(
        "DELETE FROM passkey_ceremonies WHERE challenge = $1 AND kind = $2 AND expires_at > $3 \
         RETURNING user_id, name, state"
    )
    .bind(challenge)
    .bind(kind.as_str())
    .bind(Utc::now())
    .fetch_optional(pool)
    .await)?)
}

/// Removes expired ceremonies (the hourly sweep).
pub async fn sweep(db: &Db) -> StoreResult<u64> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "DELETE FROM passkey_ceremonies WHERE expires_at < $1"
    )
    .bind(Utc::now())
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?)
}

/// The account's WebAuthn user handle, made from `fresh` (64 random bytes) the first time.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn user_handle(db: &Db, user_id: i64, fresh: &[u8]) -> StoreResult<Vec<u8>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query(
            "INSERT INTO passkey_users (user_id, handle, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(fresh)
        .bind(Utc::now())
        .execute(pool)
        .await?;
        sqlx::query_scalar("SELECT handle FROM passkey_users WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(pool)
            .await
    })?)
}

/// A passkey as its owner sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Passkey {
    /// Its id.
    pub id: i64,
    /// The name its owner gave it.
    pub name: String,
    /// When it was added.
    pub created_at: DateTime<Utc>,
    /// When it last signed in, if ever.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// The account's passkeys, oldest first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn list(db: &Db, user_id: i64) -> StoreResult<Vec<Passkey>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Passkey>(
        "SELECT id, name, created_at, last_used_at FROM passkeys WHERE user_id = $1 ORDER BY id"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await)?)
}

/// The credential ids and encoded transports of the account's passkeys (so an authenticator
/// does not register one twice).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn credential_ids(db: &Db, user_id: i64) -> StoreResult<Vec<(Vec<u8>, Vec<u8>)>> {
    Ok(with_pool!(db, |pool| sqlx::query_as(
        "SELECT credential_id, transports FROM passkeys WHERE user_id = $1 ORDER BY id"
    )
    .bind(user_id)
    .fetch_all(pool)
    .await)?)
}

/// A passkey being registered, as `webauthn_rp` verified it.
#[derive(Debug, Clone)]
pub struct NewPasskey<'a> {
    /// The account.
    pub user_id: i64,
    /// The credential id (unique across accounts).
    pub credential_id: &'a [u8],
    /// Encoded transports.
    pub transports: Vec<u8>,
    /// Encoded static state (the public key).
    pub static_state: Vec<u8>,
    /// Encoded dynamic state (sign count, backup state).
    pub dynamic_state: Vec<u8>,
    /// The owner's name for it.
    pub name: &'a str,
}

/// Stores a verified passkey with the audit entry and the owner's notice. Fails with
/// `Conflict { field: "passkey" }` when the credential is registered already (to any
/// account) and `Conflict { field: "passkeys" }` when the account has [`MAX_PER_ACCOUNT`].
pub async fn add(
    db: &Db,
    passkey: &NewPasskey<'_>,
    notice: Notice,
    actor: &Actor,
) -> StoreResult<i64> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    // Two registrations racing past the limit: the account's rows are counted inside a
    // serialized transaction.
    tx.serialize("passkeys").await?;
    let count: i64 = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("SELECT count(*) FROM passkeys WHERE user_id = $1")
            .bind(passkey.user_id)
            .fetch_one(&mut *conn)
            .await?
    });
    if count >= MAX_PER_ACCOUNT {
        return tx.fail(StoreError::Conflict { field: "passkeys" }).await;
    }
    let inserted: Result<i64, sqlx::Error> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO passkeys (user_id, credential_id, transports, static_state, \
             dynamic_state, name, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(passkey.user_id)
        .bind(passkey.credential_id)
        .bind(&passkey.transports)
        .bind(&passkey.static_state)
        .bind(&passkey.dynamic_state)
        .bind(passkey.name)
        .bind(now)
        .fetch_one(&mut *conn)
        .await
    });
    let id = match inserted {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return tx.fail(StoreError::Conflict { field: "passkey" }).await;
        }
        Err(e) => return Err(e.into()),
    };
    changed(
        &mut tx,
        passkey.user_id,
        "factor.passkey-added",
        passkey.name,
        notice,
        actor,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A stored passkey as a sign-in needs it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Stored {
    /// Its id.
    pub id: i64,
    /// The account it signs in.
    pub user_id: i64,
    /// The account's user handle.
    pub handle: Vec<u8>,
    /// Encoded static state.
    pub static_state: Vec<u8>,
    /// Encoded dynamic state.
    pub dynamic_state: Vec<u8>,
}

/// The passkey with `credential_id`, with its account's user handle.
pub async fn by_credential(db: &Db, credential_id: &[u8]) -> StoreResult<Option<Stored>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Stored>(
        "SELECT p.id, p.user_id, u.handle, p.static_state, p.dynamic_state \
         FROM passkeys p JOIN passkey_users u ON u.user_id = p.user_id \
         WHERE p.credential_id = $1"
    )
    .bind(credential_id)
    .fetch_optional(pool)
    .await)?)
}

/// Notes a sign-in with passkey `id`, storing its new dynamic state (sign count, backup
/// state) when the ceremony changed it.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn used(db: &Db, id: i64, dynamic_state: Option<&[u8]>) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "UPDATE passkeys SET last_used_at = $1, \
         dynamic_state = COALESCE($2, dynamic_state) WHERE id = $3"
    )
    .bind(Utc::now())
    .bind(dynamic_state)
    .bind(id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Renames the account's passkey `id` with the audit entry and the owner's notice; `false`
/// when it has no such passkey.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id, id = id))]
pub async fn rename(
    db: &Db,
    user_id: i64,
    id: i64,
    name: &str,
    notice: Notice,
    actor: &Actor,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let renamed = with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE passkeys SET name = $1 WHERE id = $2 AND user_id = $3")
            .bind(name)
            .bind(id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?
            .rows_affected()
            == 1
    });
    if !renamed {
        tx.rollback().await?;
        return Ok(false);
    }
    changed(
        &mut tx,
        user_id,
        "factor.passkey-renamed",
        name,
        notice,
        actor,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Removes the account's passkey `id` with the audit entry and the owner's notice; `false`
/// when it has no such passkey.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id, id = id))]
pub async fn remove(
    db: &Db,
    user_id: i64,
    id: i64,
    notice: Notice,
    actor: &Actor,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let name: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar("DELETE FROM passkeys WHERE id = $1 AND user_id = $2 RETURNING name")
            .bind(id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?
    });
    let Some(name) = name else {
        tx.rollback().await?;
        return Ok(false);
    };
    changed(
        &mut tx,
        user_id,
        "factor.passkey-removed",
        &name,
        notice,
        actor,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

async fn changed(
    tx: &mut crate::db::Tx,
    user_id: i64,
    action: &'static str,
    name: &str,
    notice: Notice,
    actor: &Actor,
) -> StoreResult<()> {
    audit::record(
        tx,
        &actor.entry(action, Some(user_id), String::new(), name.to_owned()),
    )
    .await?;
    notifications::send(tx, &[notice]).await
}
