//! Emailed one-time links (verification, password reset, change of address): stored hashed
//! with the mail that carries them, or not at all when the mail limits drop the mail; used
//! once. Also the mail an account is sent without a link.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use crate::outbox::{self, OutgoingMail, Queued};
use chrono::{DateTime, Utc};
use heroes_domain::account::Email;

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

/// Queues the token's mail and, unless the mail limits dropped it, stores the token (a link
/// nobody received is not kept).
pub(super) async fn insert_token(
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
