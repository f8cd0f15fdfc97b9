//! Accounts: users, their granted roles, one-time email tokens and sign-in throttling.
//!
//! Operations that belong together (create an account, its verification token and the mail
//! carrying it) run in one transaction, so a failure never leaves an account without its
//! mail or a mail without its account.

use crate::audit::{self, AuditEntry};
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::outbox::{self, OutgoingMail, Queued};
use chrono::{DateTime, Duration, Utc};
use heroes_domain::account::{Email, Role, Roles};

/// An account as the server sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// argon2id PHC string; never leaves the server.
    pub password_hash: String,
    pub email_verified_at: Option<DateTime<Utc>>,
    pub hero_id: Option<i64>,
    /// Consecutive failed sign-ins.
    pub failed_logins: i64,
    pub locked_until: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// The language the account reads (a catalog's BCP 47 tag), or empty to follow the
    /// browser; every mail to the account is written in it.
    pub language: String,
    /// The time zone the account chose (an IANA name), `''` when none.
    pub time_zone: String,
    /// The time zone of the hero profile the account speaks for, if any: the account's
    /// zone when it chose none.
    pub hero_time_zone: Option<String>,
}

impl User {
    /// The IANA name times are shown in for this account: its own choice, else its hero
    /// profile's zone; `None` when neither is set (the browser's zone or UTC applies).
    pub fn viewing_zone(&self) -> Option<&str> {
        Some(self.time_zone.as_str())
            .filter(|z| !z.is_empty())
            .or(self.hero_time_zone.as_deref().filter(|z| !z.is_empty()))
    }
}

// The hero's zone is read with the account (one statement per request, as before).
const USER_COLUMNS: &str = "id, email, name, password_hash, email_verified_at, hero_id, \
     failed_logins, locked_until, created_at, language, time_zone, \
     (SELECT h.timezone FROM hero_records h WHERE h.id = users.hero_id) AS hero_time_zone";

/// What a new account is made of (the password already hashed).
pub struct NewAccount<'a> {
    pub email: &'a Email,
    pub name: &'a str,
    pub password_hash: String,
    /// Accounts created by an admin on the command line start verified.
    pub verified: bool,
}

/// A one-time token to store (its hash) together with the mail that carries it.
pub struct TokenMail<'a> {
    /// SHA-256 of the secret in the link, hex.
    pub id_hash: &'a str,
    pub purpose: TokenPurpose,
    pub expires_at: DateTime<Utc>,
    /// For [`TokenPurpose::ChangeEmail`]: the address to switch to.
    pub new_email: Option<&'a Email>,
    pub mail: OutgoingMail,
}

/// What an emailed link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Prove the address of a new account.
    Verify,
    /// Set a new password (also unlocks a locked account).
    Reset,
    /// Confirm a new address before it replaces the old one.
    ChangeEmail,
}

impl TokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::Verify => "verify",
            TokenPurpose::Reset => "reset",
            TokenPurpose::ChangeEmail => "change-email",
        }
    }
}

/// Who did something, for the audit log.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The account, or `None` for the command line or the system.
    pub user_id: Option<i64>,
    /// Shown in the log: an email address, `cli` or `system`.
    pub label: String,
    /// The client address, when the action came over HTTP.
    pub address: String,
}

impl Actor {
    /// The operator at the command line.
    pub fn cli() -> Actor {
        Actor {
            user_id: None,
            label: "cli".to_owned(),
            address: String::new(),
        }
    }

    /// The program itself, reacting to a request from `address` (a lock-out, say).
    pub fn system(address: &str) -> Actor {
        Actor {
            user_id: None,
            label: "system".to_owned(),
            address: address.to_owned(),
        }
    }

    /// Records an action that changed nothing else in the database (a lock-out, a profile
    /// edit saved by another store call). `target_user_id` names the account concerned, if
    /// any; `target` anything else (a slug, a token name).
    pub async fn record(
        &self,
        db: &Db,
        action: &'static str,
        target_user_id: Option<i64>,
        target: String,
        detail: String,
    ) -> StoreResult<()> {
        audit::append(db, &self.entry(action, target_user_id, target, detail)).await
    }

    pub(crate) fn entry(
        &self,
        action: &'static str,
        target_user_id: Option<i64>,
        target: String,
        detail: String,
    ) -> AuditEntry<'_> {
        AuditEntry {
            actor_id: self.user_id,
            actor_label: &self.label,
            action,
            target_user_id,
            target,
            address: &self.address,
            detail,
        }
    }
}

/// Sets the language `user_id` reads (a supported tag, or empty to follow the browser).
/// The server checks the tag against its catalogs; the store keeps what it is given.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn set_language(db: &Db, user_id: i64, language: &str) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "UPDATE users SET language = $1 WHERE id = $2"
    )
    .bind(language)
    .bind(user_id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// When `user_id` accepted the program's terms (at onboarding), for the account's export.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn terms_accepted_at(db: &Db, user_id: i64) -> StoreResult<Option<DateTime<Utc>>> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT terms_accepted_at FROM users WHERE id = $1"
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await)?
    .flatten())
}

/// Creates an account and, in the same transaction, its verification token and mail (when
/// `token` is given and the mail limits let the mail through). Fails with
/// `Conflict { field: "email" }` when the address is taken.
pub async fn sign_up(
    db: &Db,
    new: NewAccount<'_>,
    token: Option<TokenMail<'_>>,
    actor: &Actor,
) -> StoreResult<i64> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let id = insert_account(&mut tx, &new, actor, now).await?;
    if let Some(token) = token {
        insert_token(&mut tx, id, &token, now).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Creates an account with its granted roles and the hero record it speaks for, all or
/// nothing (`heroes admin create-user`): a taken address, an unknown hero or a hero already
/// linked to someone else leaves no account behind.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = ?hero_id))]
pub async fn create_with_roles(
    db: &Db,
    new: NewAccount<'_>,
    roles: &[Role],
    hero_id: Option<i64>,
    actor: &Actor,
) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let id = insert_account(&mut tx, &new, actor, Utc::now()).await?;
    for role in roles {
        insert_role(&mut tx, id, *role, actor).await?;
    }
    if hero_id.is_some() {
        set_hero(&mut tx, id, hero_id, actor).await?;
    }
    tx.commit().await?;
    Ok(id)
}

async fn insert_account(
    tx: &mut Tx,
    new: &NewAccount<'_>,
    actor: &Actor,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let inserted = with_tx!(tx, |conn| {
        sqlx::query_scalar::<_, i64>(
            "INSERT INTO users (email, name, password_hash, email_verified_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        )
        .bind(new.email.as_str())
        .bind(new.name)
        .bind(&new.password_hash)
        .bind(new.verified.then_some(now))
        .bind(now)
        .fetch_one(&mut *conn)
        .await
    });
    let id = match inserted {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(StoreError::Conflict { field: "email" });
        }
        Err(e) => return Err(e.into()),
    };
    audit::record(
        tx,
        &actor.entry("account.create", Some(id), String::new(), String::new()),
    )
    .await?;
    Ok(id)
}

/// Queues the token's mail and, unless the mail limits dropped it, stores the token (a link
/// nobody received is not kept).
async fn insert_token(
    tx: &mut Tx,
    user_id: i64,
    token: &TokenMail<'_>,
    now: DateTime<Utc>,
) -> StoreResult<Queued> {
    if outbox::enqueue(tx, &token.mail).await? == Queued::Limited {
        return Ok(Queued::Limited);
    }
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO email_tokens (id_hash, user_id, purpose, new_email, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token.id_hash)
        .bind(user_id)
        .bind(token.purpose.as_str())
        .bind(token.new_email.map(Email::as_str))
        .bind(now)
        .bind(token.expires_at)
        .execute(&mut *conn)
        .await?;
    });
    Ok(Queued::Yes)
}

/// Stores a token and its mail for an existing account (password reset, change of address,
/// a new verification link); neither when the mail limits drop the mail.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn send_token(db: &Db, user_id: i64, token: TokenMail<'_>) -> StoreResult<Queued> {
    let mut tx = db.begin().await?;
    let queued = insert_token(&mut tx, user_id, &token, Utc::now()).await?;
    tx.commit().await?;
    Ok(queued)
}

/// Queues a mail that carries no token (a notice that an account already exists, a password
/// change confirmation), unless the mail limits drop it.
pub async fn send_mail(db: &Db, mail: &OutgoingMail) -> StoreResult<Queued> {
    let mut tx = db.begin().await?;
    let queued = outbox::enqueue(&mut tx, mail).await?;
    tx.commit().await?;
    Ok(queued)
}

#[derive(sqlx::FromRow)]
struct TokenRow {
    user_id: i64,
    new_email: Option<String>,
    expires_at: DateTime<Utc>,
    used_at: Option<DateTime<Utc>>,
}

impl TokenRow {
    fn usable(&self) -> bool {
        self.used_at.is_none() && self.expires_at > Utc::now()
    }
}

const TOKEN_QUERY: &str = "SELECT user_id, new_email, expires_at, used_at FROM email_tokens \
     WHERE id_hash = $1 AND purpose = $2";

/// What a consumed token was for.
#[derive(Debug, Clone)]
pub struct ConsumedToken {
    pub user_id: i64,
    pub new_email: Option<String>,
}

/// Uses a token: it must exist, have `purpose`, be unexpired and unused; it is then marked
/// used, so a link works once. `None` when any of that fails (the caller says "this link is
/// no longer valid" without telling which).
pub async fn consume_token(
    db: &Db,
    id_hash: &str,
    purpose: TokenPurpose,
) -> StoreResult<Option<ConsumedToken>> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let row: Option<TokenRow> = with_tx!(&mut tx, |conn| {
        sqlx::query_as(TOKEN_QUERY)
            .bind(id_hash)
            .bind(purpose.as_str())
            .fetch_optional(&mut *conn)
            .await?
    });
    let Some(row) = row.filter(|r| r.usable()) else {
        return Ok(None);
    };
    // Two clicks racing on PostgreSQL both read the token unused; only one update wins.
    let won = with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE email_tokens SET used_at = $1 WHERE id_hash = $2 AND used_at IS NULL")
            .bind(now)
            .bind(id_hash)
            .execute(&mut *conn)
            .await?
            .rows_affected()
            == 1
    });
    if !won {
        return Ok(None);
    }
    tx.commit().await?;
    Ok(Some(ConsumedToken {
        user_id: row.user_id,
        new_email: row.new_email,
    }))
}

/// The account a token belongs to, if the token is usable, without using it (to validate a
/// form before [`consume_token`]).
pub async fn peek_token(db: &Db, id_hash: &str, purpose: TokenPurpose) -> StoreResult<Option<i64>> {
    let row: Option<TokenRow> = with_pool!(db, |pool| sqlx::query_as(TOKEN_QUERY)
        .bind(id_hash)
        .bind(purpose.as_str())
        .fetch_optional(pool)
        .await)?;
    Ok(row.filter(TokenRow::usable).map(|r| r.user_id))
}

/// Looks an account up by address.
pub async fn by_email(db: &Db, email: &Email) -> StoreResult<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, User>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(email.as_str())
    .fetch_optional(pool)
    .await)?)
}

/// Sets (or, with `None`, clears) the time zone every time is shown to `user_id` in.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn set_time_zone(
    db: &Db,
    user_id: i64,
    zone: Option<heroes_domain::hero::TimeZone>,
) -> StoreResult<()> {
    with_pool!(db, |pool| {
        sqlx::query("UPDATE users SET time_zone = $1 WHERE id = $2")
            .bind(zone.map_or("", |z| z.name()))
            .bind(user_id)
            .execute(pool)
            .await
            .map(|_| ())
    })?;
    Ok(())
}

/// Looks an account up by id.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn by_id(db: &Db, id: i64) -> StoreResult<Option<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, User>(
        sqlx::AssertSqlSafe(sql.clone())
    )
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// The roles of an account: member, the granted ones, and hero or alumni from its hero
/// record (on-leave heroes keep the hero role: their award is paused, not withdrawn).
pub async fn roles(db: &Db, user: &User) -> StoreResult<Roles> {
    let (granted, status): (Vec<String>, Option<String>) = with_pool!(db, |pool| {
        let granted = sqlx::query_scalar("SELECT role FROM user_roles WHERE user_id = $1")
            .bind(user.id)
            .fetch_all(pool)
            .await?;
        let status = match user.hero_id {
            Some(hero) => {
                // The record itself, not the public view: a candidate's account is theirs.
                sqlx::query_scalar("SELECT status FROM hero_records WHERE id = $1")
                    .bind(hero)
                    .fetch_optional(pool)
                    .await?
            }
            None => None,
        };
        Ok::<_, sqlx::Error>((granted, status))
    })?;
    let derived = match status.as_deref() {
        Some("active" | "on-leave") => Some(Role::Hero),
        Some("alumni") => Some(Role::Alumni),
        Some("candidate") => Some(Role::Candidate),
        _ => None,
    };
    Ok(Roles::of_account(
        granted
            .iter()
            .filter_map(|g| Role::GRANTABLE.into_iter().find(|r| r.as_str() == g))
            .chain(derived),
    ))
}

/// Grants a role (idempotent) and records who did it.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn grant(db: &Db, user_id: i64, role: Role, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    insert_role(&mut tx, user_id, role, actor).await?;
    tx.commit().await
}

async fn insert_role(tx: &mut Tx, user_id: i64, role: Role, actor: &Actor) -> StoreResult<()> {
    let inserted = with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO user_roles (user_id, role, granted_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, role) DO NOTHING",
        )
        .bind(user_id)
        .bind(role.as_str())
        .bind(Utc::now())
        .execute(&mut *conn)
        .await
        .map(|_| ())
    });
    match inserted {
        Ok(()) => {}
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
            return Err(StoreError::NotFound);
        }
        Err(e) => return Err(e.into()),
    }
    audit::record(
        tx,
        &actor.entry("role.grant", Some(user_id), String::new(), role.to_string()),
    )
    .await
}

/// Revokes a role (idempotent) and records who did it.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn revoke(db: &Db, user_id: i64, role: Role, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND role = $2")
            .bind(user_id)
            .bind(role.as_str())
            .execute(&mut *conn)
            .await?;
    });
    audit::record(
        &mut tx,
        &actor.entry(
            "role.revoke",
            Some(user_id),
            String::new(),
            role.to_string(),
        ),
    )
    .await?;
    tx.commit().await
}

/// Marks the address of an account as proven.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn mark_verified(db: &Db, user_id: i64) -> StoreResult<()> {
    let now = Utc::now();
    with_pool!(db, |pool| sqlx::query(
        "UPDATE users SET email_verified_at = coalesce(email_verified_at, $1), updated_at = $1 \
         WHERE id = $2"
    )
    .bind(now)
    .bind(user_id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}

/// Replaces the password hash, lifts every lock-out and delay, and ends every session of the
/// account except `keep` (the session that made the change, if any).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn set_password(
    db: &Db,
    user_id: i64,
    password_hash: &str,
    keep: Option<&str>,
    actor: &Actor,
) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        // Every client locked out of the account gets its chances back (the failures are
        // removed before the account row is touched, the order sign-in takes them in).
        sqlx::query("DELETE FROM login_failures WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "UPDATE users SET password_hash = $1, failed_logins = 0, locked_until = NULL, \
             last_failed_login_at = NULL, updated_at = $2 WHERE id = $3",
        )
        .bind(password_hash)
        .bind(now)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
            .bind(user_id)
            .bind(keep.unwrap_or(""))
            .execute(&mut *conn)
            .await?;
    });
    audit::record(
        &mut tx,
        &actor.entry(
            "account.password",
            Some(user_id),
            String::new(),
            String::new(),
        ),
    )
    .await?;
    tx.commit().await
}

/// Switches the address of an account (after the new one was confirmed by mail). Fails with
/// `Conflict { field: "email" }` when another account took it in the meantime.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn set_email(db: &Db, user_id: i64, email: &Email, actor: &Actor) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let result = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE users SET email = $1, email_verified_at = $2, updated_at = $2 WHERE id = $3",
        )
        .bind(email.as_str())
        .bind(now)
        .bind(user_id)
        .execute(&mut *conn)
        .await
        .map(|_| ())
    });
    match result {
        Ok(()) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(StoreError::Conflict { field: "email" });
        }
        Err(e) => return Err(e.into()),
    }
    audit::record(
        &mut tx,
        &actor.entry("account.email", Some(user_id), String::new(), String::new()),
    )
    .await?;
    tx.commit().await
}

/// Links an account to the hero record it speaks for (or unlinks it with `None`).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id, hero_id = ?hero_id))]
pub async fn link_hero(
    db: &Db,
    user_id: i64,
    hero_id: Option<i64>,
    actor: &Actor,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    set_hero(&mut tx, user_id, hero_id, actor).await?;
    tx.commit().await
}

async fn set_hero(
    tx: &mut Tx,
    user_id: i64,
    hero_id: Option<i64>,
    actor: &Actor,
) -> StoreResult<()> {
    let result = with_tx!(tx, |conn| {
        sqlx::query("UPDATE users SET hero_id = $1, updated_at = $2 WHERE id = $3")
            .bind(hero_id)
            .bind(Utc::now())
            .bind(user_id)
            .execute(&mut *conn)
            .await
            .map(|_| ())
    });
    match result {
        Ok(()) => {}
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(StoreError::Conflict { field: "hero" });
        }
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => {
            return Err(StoreError::NotFound);
        }
        Err(e) => return Err(e.into()),
    }
    let detail = hero_id.map(|h| h.to_string()).unwrap_or_default();
    audit::record(
        tx,
        &actor.entry("account.link-hero", Some(user_id), String::new(), detail),
    )
    .await
}

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
    signed_in(&mut tx, user_id, actor).await?;
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

/// Records that the password of an attempt was right while the account still asks for a
/// second step: takes back what [`begin_sign_in`] counted, like [`sign_in_succeeded`], but
/// nobody is signed in yet, so the address does not become familiar and the client's earlier
/// failures stay. The second step is then an attempt of its own, counted the same way.
pub async fn password_accepted(db: &Db, attempt: Attempt) -> StoreResult<()> {
    let Some(user_id) = attempt.user_id else {
        return Ok(());
    };
    let mut tx = db.begin().await?;
    // The order begin_sign_in takes its rows in: address, client, account.
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE login_throttle SET failures = failures - 1 WHERE address = $1 AND failures > 0",
        )
        .bind(&attempt.address)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE login_failures SET failures = failures - 1 \
             WHERE user_id = $1 AND address = $2 AND failures > 0",
        )
        .bind(user_id)
        .bind(&attempt.address)
        .execute(&mut *conn)
        .await?;
        if attempt.unfamiliar {
            sqlx::query(
                "UPDATE users SET failed_logins = failed_logins - 1 \
                 WHERE id = $1 AND failed_logins > 0",
            )
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        }
    });
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

/// What erasing an account removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erasure {
    /// The hero page that was removed with it, if any.
    pub hero_slug: Option<String>,
    /// Mails removed from the outbox.
    pub mails: u64,
}

/// Erases an account and the personal data held with it, in one transaction: the account,
/// its sessions, tokens, links and roles; its hero page with links, awards and
/// contributions; the mails sent to it; its addresses in the audit log; its name and profile
/// in candidacies of it (which stay, anonymized, with their decisions). The audit entries
/// themselves stay (append-only) and now read "deleted account #N"; a last entry records the
/// erasure.
///
/// Credits: the hero's ledger, requests and balance go with the hero row (the cascade of
/// migration 0017; the ledger's append-only trigger lets deletes through once the hero is
/// gone), so nothing personal stays in the ledger. The codes issued to the hero stay in the
/// pool marked issued with no holder (`hero_id` set to NULL, their reveals' account too): a
/// code is never handed out again, and the spend reports keep the amounts without a person.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn erase(db: &Db, user_id: i64, actor: &Actor) -> StoreResult<Erasure> {
    let user = by_id(db, user_id).await?.ok_or(StoreError::NotFound)?;
    let mut tx = db.begin().await?;
    let hero_slug: Option<String> = with_tx!(&mut tx, |conn| {
        match user.hero_id {
            Some(hero) => {
                sqlx::query_scalar("DELETE FROM hero_records WHERE id = $1 RETURNING slug")
                    .bind(hero)
                    .fetch_optional(&mut *conn)
                    .await?
            }
            None => None,
        }
    });
    if hero_slug.is_some() {
        tx.bump_data_version().await?;
    }
    outbox::forget_recipient(&mut tx, &user.email).await?;
    // Community projects: no project keeps a departed owner (see `projects::forget_person`).
    crate::projects::forget_person(&mut tx, db.backend(), user_id).await?;
    let mails = with_tx!(&mut tx, |conn| {
        let mails = sqlx::query("DELETE FROM outbox WHERE to_address = $1")
            .bind(&user.email)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        sqlx::query("UPDATE audit_log SET address = '' WHERE actor_id = $1 OR target_user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        // Candidacies of this person stay (with their decisions, for the program's record
        // and for the nominators) but no longer say who it was.
        sqlx::query(
            "DELETE FROM candidacy_links WHERE candidacy_id IN (SELECT id FROM candidacies \
             WHERE nominee_user_id = $1 OR nominee_email = $2)",
        )
        .bind(user_id)
        .bind(user.email.to_lowercase())
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "DELETE FROM candidacy_evidence WHERE candidacy_id IN (SELECT id FROM candidacies \
             WHERE nominee_user_id = $1 OR nominee_email = $2)",
        )
        .bind(user_id)
        .bind(user.email.to_lowercase())
        .execute(&mut *conn)
        .await?;
        // What nominators wrote about the person goes with them.
        sqlx::query(
            "UPDATE nominations SET statement = '', evidence = '' WHERE candidacy_id IN \
             (SELECT id FROM candidacies WHERE nominee_user_id = $1 OR nominee_email = $2)",
        )
        .bind(user_id)
        .bind(user.email.to_lowercase())
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE candidacies SET nominee_user_id = NULL, \
             nominee_email = 'erased-' || id || '@invalid', nominee_name = 'Deleted person', \
             headline = '', company = '', city = '', country = '', bio = '' \
             WHERE nominee_user_id = $1 OR nominee_email = $2",
        )
        .bind(user_id)
        .bind(user.email.to_lowercase())
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        mails
    });
    let anonymous = Actor {
        user_id: actor.user_id,
        label: actor.label.clone(),
        address: String::new(),
    };
    audit::record(
        &mut tx,
        &anonymous.entry(
            "account.delete",
            Some(user_id),
            String::new(),
            String::new(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(Erasure { hero_slug, mails })
}

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
