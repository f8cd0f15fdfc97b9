//! The mail outbox: every mail the program sends, delivered by SMTP when a server is
//! configured and readable by admins either way.
//!
//! Delivery takes one mail at a time with a lease (`claim_next`), so any number of instances
//! can deliver together and a mail is sent again only after an attempt that failed or whose
//! worker died; marking it sent checks the lease is still ours.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use crate::sql::Sql;
use chrono::{DateTime, Duration, Utc};

/// A mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The client address of whoever asked for this mail, when that may be a stranger to the
    /// recipient (a password reset, a sign-up, a nomination): such mail counts against
    /// [`MAIL_LIMITS`] and is dropped beyond them. `None` for the program's own business (a
    /// decision an admin made, a job), which is never limited.
    pub requested_from: Option<String>,
    /// For a mailing list's mail (the digest): the signed address that unsubscribes its
    /// recipient with one POST, sent as `List-Unsubscribe` with `List-Unsubscribe-Post`
    /// (RFC 8058). `None` for every other mail.
    pub list_unsubscribe: Option<String>,
    /// The BCP 47 tag of the language the mail is written in (its recipient's), sent as
    /// `Content-Language`.
    pub language: String,
}

impl OutgoingMail {
    /// The same mail, marked as asked for by the client at `address` (see
    /// [`OutgoingMail::requested_from`]).
    #[must_use]
    pub fn requested_by(mut self, address: &str) -> OutgoingMail {
        self.requested_from = Some(address.to_owned());
        self
    }
}

/// How much mail strangers can cause, counted in the database so that every instance shares
/// the count.
#[derive(Debug, Clone, Copy)]
pub struct MailLimits {
    /// Requested mails one recipient gets per window. Three covers a person who asks for a
    /// reset, asks again because the first is slow, and is nominated, in one hour; a mail
    /// bomb gets three mails an hour through (each reset link in them works, so the owner is
    /// never cut off from a reset by someone else's requests).
    pub per_recipient: i64,
    /// Requested mails one client address causes per window, whoever they go to. Twenty lets
    /// an office or a campus behind one address work normally while one machine cannot make
    /// us mail hundreds of people (and ruin the sender's reputation).
    pub per_client: i64,
    /// The window; it starts at the first counted mail.
    pub window: Duration,
}

/// The limits every requested mail is held to.
pub const MAIL_LIMITS: MailLimits = MailLimits {
    per_recipient: 3,
    per_client: 20,
    window: Duration::hours(1),
};

/// What [`enqueue`] did with a mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queued {
    /// In the outbox.
    Yes,
    /// Dropped: its recipient or its requester is over [`MAIL_LIMITS`]. The caller answers as
    /// if it were sent, so nobody learns anything from the refusal.
    Limited,
}

/// A stored mail.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredMail {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub attempts: i64,
    pub last_error: Option<String>,
    /// See [`OutgoingMail::list_unsubscribe`].
    pub list_unsubscribe: Option<String>,
    /// See [`OutgoingMail::language`]; empty for mail queued before it was recorded.
    pub language: String,
}

const COLUMNS: &str = "id, to_address, subject, body_text, body_html, created_at, sent_at, \
     attempts, last_error, list_unsubscribe, language";

/// Queues a mail inside the caller's transaction, unless it was requested
/// ([`OutgoingMail::requested_from`]) and its recipient or its requester is over
/// [`MAIL_LIMITS`]: then it is dropped (logged, and counted in the `mail_limited_total`
/// metric).
pub(crate) async fn enqueue(tx: &mut Tx, mail: &OutgoingMail) -> StoreResult<Queued> {
    if let Some(client) = &mail.requested_from {
        let recipient = recipient_key(&mail.to);
        // Both counts go up for every request, sent or not, in a fixed order (recipient, then
        // client) so that two transactions never wait on each other's rows in a circle. The
        // upsert is atomic on both backends, so requests racing on several instances cannot
        // all read "under the limit".
        let to = count(tx, "to", &recipient, MAIL_LIMITS).await?;
        let from = count(tx, "from", client, MAIL_LIMITS).await?;
        let over = if to > MAIL_LIMITS.per_recipient {
            Some("recipient")
        } else if from > MAIL_LIMITS.per_client {
            Some("client")
        } else {
            None
        };
        if let Some(limit) = over {
            tracing::warn!(
                to = %mail.to,
                client = %client,
                limit,
                "requested mail dropped: over the mail limit"
            );
            metrics::counter!("mail_limited_total", "limit" => limit).increment(1);
            return Ok(Queued::Limited);
        }
    }
    with_tx!(tx, |conn| {
        sqlx::query(
            "INSERT INTO outbox (to_address, subject, body_text, body_html, created_at, \
             list_unsubscribe, language) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&mail.to)
        .bind(&mail.subject)
        .bind(&mail.text)
        .bind(&mail.html)
        .bind(Utc::now())
        .bind(&mail.list_unsubscribe)
        .bind(&mail.language)
        .execute(&mut *conn)
        .await?;
    });
    Ok(Queued::Yes)
}

/// Counts one more requested mail for `key` in `scope` and returns the count in the current
/// window (a window that has passed starts over at one).
async fn count(tx: &mut Tx, scope: &str, key: &str, limits: MailLimits) -> StoreResult<i64> {
    let now = Utc::now();
    Ok(with_tx!(tx, |conn| {
        sqlx::query_scalar::<_, i64>(
            "INSERT INTO mail_throttle (scope, key, mails, window_start) VALUES ($1, $2, 1, $3) \
             ON CONFLICT (scope, key) DO UPDATE SET \
               mails = CASE WHEN mail_throttle.window_start < $4 THEN 1 ELSE mail_throttle.mails + 1 END, \
               window_start = CASE WHEN mail_throttle.window_start < $4 THEN $3 ELSE mail_throttle.window_start END \
             RETURNING mails",
        )
        .bind(scope)
        .bind(key)
        .bind(now)
        .bind(now - limits.window)
        .fetch_one(&mut *conn)
        .await?
    }))
}

/// The mailbox an address reaches, for counting: lower-cased and without a `+tag`, since
/// `ana+1@…` and `ana+2@…` land in the same inbox.
fn recipient_key(address: &str) -> String {
    let address = address.trim().to_lowercase();
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let local = local.split_once('+').map_or(local, |(base, _)| base);
            format!("{local}@{domain}")
        }
        None => address,
    }
}

/// Forgets the mail counts of an address (when its account is erased).
pub(crate) async fn forget_recipient(tx: &mut Tx, address: &str) -> StoreResult<()> {
    let key = recipient_key(address);
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM mail_throttle WHERE scope = 'to' AND key = $1")
            .bind(&key)
            .execute(&mut *conn)
            .await?;
    });
    Ok(())
}

/// Removes mail counts whose window ended before `now - window`; returns how many.
pub(crate) async fn sweep_limits(db: &Db, now: DateTime<Utc>) -> StoreResult<u64> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "DELETE FROM mail_throttle WHERE window_start < $1"
    )
    .bind(now - MAIL_LIMITS.window)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?)
}

/// The newest mails first, `limit` of them, older than `before` (an id) when given.
pub async fn list(db: &Db, limit: i64, before: Option<i64>) -> StoreResult<Vec<StoredMail>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox WHERE id < $1 ORDER BY id DESC LIMIT $2");
    Sql::with_args(sql, [before.unwrap_or(i64::MAX).into(), limit.into()])
        .fetch_all(db)
        .await
}

/// Mails not yet delivered that have been tried fewer than `max_attempts` times, oldest
/// first.
pub async fn pending(db: &Db, limit: i64, max_attempts: i64) -> StoreResult<Vec<StoredMail>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM outbox WHERE sent_at IS NULL AND attempts < $1 ORDER BY id LIMIT $2"
    );
    Sql::with_args(sql, [max_attempts.into(), limit.into()])
        .fetch_all(db)
        .await
}

/// Takes the oldest mail that is due for delivery for `worker`, holding it for `lease`, and
/// counts the attempt. Due means not sent, tried fewer than `max_attempts` times, and not held
/// by anyone (no lease, or an expired one: its worker died) nor waiting out a backoff. One
/// conditional statement (with `FOR UPDATE SKIP LOCKED` on PostgreSQL), so two instances
/// never take the same mail while a lease lasts.
pub async fn claim_next(
    db: &Db,
    worker: &str,
    lease: Duration,
    max_attempts: i64,
) -> StoreResult<Option<StoredMail>> {
    let now = Utc::now();
    let lock = match db {
        Db::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        // The statement runs under SQLite's single write lock.
        Db::Sqlite(_) => "",
    };
    let sql = format!(
        "UPDATE outbox SET claimed_by = $1, claimed_until = $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM outbox WHERE sent_at IS NULL AND attempts < $3 \
           AND (claimed_until IS NULL OR claimed_until <= $4) ORDER BY id LIMIT 1{lock}) \
         RETURNING {COLUMNS}"
    );
    Sql::with_args(
        sql,
        [
            worker.into(),
            (now + lease).into(),
            max_attempts.into(),
            now.into(),
        ],
    )
    .fetch_optional(db)
    .await
}

/// Records that a mail `worker` took was delivered, if it is still `worker`'s; returns false
/// when another worker took it over meanwhile (its lease ran out during the attempt).
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn mark_sent(db: &Db, id: i64, worker: &str) -> StoreResult<bool> {
    let done = with_pool!(db, |pool| sqlx::query(
        "UPDATE outbox SET sent_at = $1, last_error = NULL, claimed_by = NULL, \
         claimed_until = NULL WHERE id = $2 AND claimed_by = $3 AND sent_at IS NULL"
    )
    .bind(Utc::now())
    .bind(id)
    .bind(worker)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Records why an attempt of `worker` failed and gives the mail back, to be tried again
/// from `retry_at` on; returns false when the mail was no longer `worker`'s.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn mark_failed(
    db: &Db,
    id: i64,
    worker: &str,
    error: &str,
    retry_at: DateTime<Utc>,
) -> StoreResult<bool> {
    let done = with_pool!(db, |pool| sqlx::query(
        "UPDATE outbox SET last_error = $1, claimed_by = NULL, claimed_until = $2 \
         WHERE id = $3 AND claimed_by = $4 AND sent_at IS NULL"
    )
    .bind(error)
    .bind(retry_at)
    .bind(id)
    .bind(worker)
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Every mail to `address`, oldest first (for a data export).
pub async fn to_address(db: &Db, address: &str) -> StoreResult<Vec<StoredMail>> {
    let sql = format!("SELECT {COLUMNS} FROM outbox WHERE to_address = $1 ORDER BY id");
    Sql::with_args(sql, [address.into()]).fetch_all(db).await
}

#[cfg(test)]
mod tests {
    use super::recipient_key;

    #[test]
    fn sub_addresses_count_as_their_mailbox() {
        assert_eq!(recipient_key(" Ana+Promo@Example.org"), "ana@example.org");
        assert_eq!(recipient_key("ana@example.org"), "ana@example.org");
        assert_eq!(recipient_key("a+b+c@x.io"), "a@x.io");
    }
}
