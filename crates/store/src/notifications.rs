//! Notifications: everything that concerns a person is mailed and listed in their account.
//! Both are written in the transaction of the change they announce.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use crate::outbox::{self, OutgoingMail};
use chrono::{DateTime, Utc};

/// One message to one person: mailed, and listed in their account when they have one.
#[derive(Debug, Clone)]
pub struct Notice {
    /// The account to list it in (a nominee without an account gets the mail only).
    pub user_id: Option<i64>,
    /// The mail.
    pub mail: OutgoingMail,
    /// Where in the program to act on it (a path).
    pub link: String,
}

/// Whom a notice is for, as the store finds them: the account, its address and name, and the
/// language and time zone it reads, so that the words are written in the recipient's language
/// and the times in their zone, whoever caused the notice.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Addressee {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    /// A catalog's tag, or empty when the account chose none (mail is then in English).
    pub language: String,
    /// The IANA zone the account reads times in, or empty when it chose none (times in its
    /// mail are then in UTC, named).
    pub time_zone: String,
}

/// A stored notification.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Notification {
    pub id: i64,
    pub subject: String,
    pub body: String,
    pub link: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// Queues the mails and lists the notices, inside the caller's transaction. A mail someone
/// requested ([`OutgoingMail::requested_from`]) may be dropped by the mail limits; the notice
/// is listed in the account all the same (a list nobody is pushed to is no bombing).
pub(crate) async fn send(tx: &mut Tx, notices: &[Notice]) -> StoreResult<()> {
    let now = Utc::now();
    for notice in notices {
        outbox::enqueue(tx, &notice.mail).await?;
        if let Some(user_id) = notice.user_id {
            with_tx!(&mut *tx, |conn| {
                sqlx::query(
                    "INSERT INTO notifications (user_id, subject, body, link, created_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(user_id)
                .bind(&notice.mail.subject)
                .bind(&notice.mail.text)
                .bind(&notice.link)
                .bind(now)
                .execute(&mut *conn)
                .await?;
            });
        }
    }
    Ok(())
}

/// Ends a transaction whose conditional write (a reminder claimed, an answer to an open ask)
/// either `took` its row, and then sends `notices` and commits, or found it taken by someone
/// else, and then rolls back and tells nobody. Answers `took`.
pub(crate) async fn send_if(mut tx: Tx, took: bool, notices: &[Notice]) -> StoreResult<bool> {
    if !took {
        tx.rollback().await?;
        return Ok(false);
    }
    send(&mut tx, notices).await?;
    tx.commit().await?;
    Ok(true)
}

/// Sends notices that accompany no other change.
pub async fn send_now(db: &Db, notices: &[Notice]) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    send(&mut tx, notices).await?;
    tx.commit().await
}

/// A person's newest notifications first.
pub async fn list(db: &Db, user_id: i64, limit: i64) -> StoreResult<Vec<Notification>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Notification>(
        "SELECT id, subject, body, link, created_at, read_at FROM notifications \
         WHERE user_id = $1 ORDER BY id DESC LIMIT $2"
    )
    .bind(user_id)
    .bind(limit)
    .fetch_all(pool)
    .await)?)
}

/// How many a person has not read.
pub async fn unread(db: &Db, user_id: i64) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT count(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL"
    )
    .bind(user_id)
    .fetch_one(pool)
    .await)?)
}

/// Marks all of a person's notifications read.
pub async fn mark_read(db: &Db, user_id: i64) -> StoreResult<()> {
    with_pool!(db, |pool| sqlx::query(
        "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL"
    )
    .bind(Utc::now())
    .bind(user_id)
    .execute(pool)
    .await
    .map(|_| ()))?;
    Ok(())
}
