//! The account itself: creating it (with its verification mail, or with granted roles and a
//! hero record on the command line), reading it, and what its owner changes — address,
//! password, language, time zone — and the hero record it speaks for.

use super::Actor;
use super::email_tokens::{TokenMail, insert_token};
use super::roles::insert_role;
use crate::audit;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use heroes_domain::account::{Email, Role};

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
