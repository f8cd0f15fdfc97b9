//! Accounts: users, their granted roles, one-time email tokens and sign-in throttling.
//!
//! Operations that belong together (create an account, its verification token and the mail
//! carrying it) run in one transaction, so a failure never leaves an account without its
//! mail or a mail without its account.

use crate::audit::{self, AuditEntry};
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::outbox::{self, OutgoingMail};
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
}

const USER_COLUMNS: &str = "id, email, name, password_hash, email_verified_at, hero_id, \
     failed_logins, locked_until, created_at";

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

/// Creates an account and, in the same transaction, its verification token and mail (when
/// `token` is given). Fails with `Conflict { field: "email" }` when the address is taken.
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

async fn insert_token(
    tx: &mut Tx,
    user_id: i64,
    token: &TokenMail<'_>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
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
    outbox::enqueue(tx, &token.mail).await
}

/// Stores a token and its mail for an existing account (password reset, change of address,
/// a new verification link).
pub async fn send_token(db: &Db, user_id: i64, token: TokenMail<'_>) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    insert_token(&mut tx, user_id, &token, Utc::now()).await?;
    tx.commit().await
}

/// Queues a mail that carries no token (a notice that an account already exists, a password
/// change confirmation).
pub async fn send_mail(db: &Db, mail: &OutgoingMail) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    outbox::enqueue(&mut tx, mail).await?;
    tx.commit().await
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

/// Looks an account up by id.
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
                sqlx::query_scalar("SELECT status FROM heroes WHERE id = $1")
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

/// Replaces the password hash, clears any lock-out, and ends every session of the account
/// except `keep` (the session that made the change, if any).
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
        sqlx::query(
            "UPDATE users SET password_hash = $1, failed_logins = 0, locked_until = NULL, \
             updated_at = $2 WHERE id = $3",
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

/// How sign-in failures are limited.
#[derive(Debug, Clone, Copy)]
pub struct ThrottlePolicy {
    /// Consecutive failures that lock an account.
    pub account_limit: i64,
    /// How long a lock lasts (a password reset lifts it at once).
    pub lock_for: Duration,
    /// Failures from one client address allowed per window.
    pub address_limit: i64,
    /// The window for the address count.
    pub address_window: Duration,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        Self {
            account_limit: 10,
            lock_for: Duration::minutes(15),
            address_limit: 50,
            address_window: Duration::minutes(15),
        }
    }
}

/// Whether a client address has used up its failed sign-ins for the current window.
pub async fn address_blocked(db: &Db, address: &str, policy: ThrottlePolicy) -> StoreResult<bool> {
    let row: Option<(i64, DateTime<Utc>)> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT failures, window_start FROM login_throttle WHERE address = $1"
    )
    .bind(address)
    .fetch_optional(pool)
    .await)?;
    Ok(row.is_some_and(|(failures, start)| {
        failures >= policy.address_limit && Utc::now() - start < policy.address_window
    }))
}

/// Counts a failed sign-in against the address and, when the email belongs to an account,
/// against the account (locking it at the limit). Returns whether the account is now locked.
pub async fn record_failed_login(
    db: &Db,
    address: &str,
    user_id: Option<i64>,
    policy: ThrottlePolicy,
) -> StoreResult<bool> {
    let now = Utc::now();
    let window_start = now - policy.address_window;
    let mut tx = db.begin().await?;
    let locked = with_tx!(&mut tx, |conn| {
        // A window that has passed starts over at one failure.
        sqlx::query(
            "INSERT INTO login_throttle (address, failures, window_start) VALUES ($1, 1, $2) \
             ON CONFLICT (address) DO UPDATE SET \
               failures = CASE WHEN login_throttle.window_start < $3 THEN 1 ELSE login_throttle.failures + 1 END, \
               window_start = CASE WHEN login_throttle.window_start < $3 THEN $2 ELSE login_throttle.window_start END",
        )
        .bind(address)
        .bind(now)
        .bind(window_start)
        .execute(&mut *conn)
        .await?;
        match user_id {
            Some(id) => {
                let failures: i64 = sqlx::query_scalar(
                    "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 \
                     RETURNING failed_logins",
                )
                .bind(id)
                .fetch_one(&mut *conn)
                .await?;
                if failures >= policy.account_limit {
                    sqlx::query(
                        "UPDATE users SET locked_until = $1, failed_logins = 0 WHERE id = $2",
                    )
                    .bind(now + policy.lock_for)
                    .bind(id)
                    .execute(&mut *conn)
                    .await?;
                    true
                } else {
                    false
                }
            }
            None => false,
        }
    });
    tx.commit().await?;
    Ok(locked)
}

/// Clears the failure count of an account after a successful sign-in.
pub async fn record_successful_login(db: &Db, user_id: i64, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    });
    audit::record(
        &mut tx,
        &actor.entry(
            "account.sign-in",
            Some(user_id),
            String::new(),
            String::new(),
        ),
    )
    .await?;
    tx.commit().await
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
pub async fn erase(db: &Db, user_id: i64, actor: &Actor) -> StoreResult<Erasure> {
    let user = by_id(db, user_id).await?.ok_or(StoreError::NotFound)?;
    let mut tx = db.begin().await?;
    let hero_slug: Option<String> = with_tx!(&mut tx, |conn| {
        match user.hero_id {
            Some(hero) => {
                sqlx::query_scalar("DELETE FROM heroes WHERE id = $1 RETURNING slug")
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
    pub throttles: u64,
}

/// Removes what has expired: sessions past their absolute expiry or idle for `idle`, email
/// links expired or used more than a day ago, sign-in failure counts older than `window`.
pub async fn sweep(db: &Db, idle: Duration, window: Duration) -> StoreResult<Swept> {
    let now = Utc::now();
    with_pool!(db, |pool| {
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
            .rows_affected();
        Ok::<_, sqlx::Error>(Swept {
            sessions,
            tokens,
            throttles,
        })
    })
    .map_err(Into::into)
}
