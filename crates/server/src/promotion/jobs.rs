//! The digest's jobs: `draft-digest` (daily; drafts the period that ended — a week, a month
//! or a quarter as the admin chose — once, and picks up a sending that stopped halfway),
//! `send-digest` (queued per digest; mails it to every confirmed subscriber in batches, each
//! recipient once) and `forget-unconfirmed-subscribers` (daily; double opt-in addresses
//! nobody confirmed within a week are not kept).

use super::{Purpose, notices};
use crate::i18n::I18n;
use crate::jobs::{JobContext, Outcome, Registry};
use crate::mail::Recipient;
use chrono::Utc;
use heroes_domain::promotion::Period;
use heroes_store::digest;
use heroes_store::{Db, StoreResult};
use std::sync::Arc;

/// Drafts the digest of the period that ended (a month unless an admin chose a week or a
/// quarter).
pub const DRAFT_DIGEST: &str = "draft-digest";
/// Forgets visitors' subscriptions not confirmed within [`UNCONFIRMED_DAYS`].
pub const FORGET_UNCONFIRMED: &str = "forget-unconfirmed-subscribers";
/// Days a visitor has to confirm a subscription before the address is forgotten.
pub const UNCONFIRMED_DAYS: i64 = 7;
/// Sends one digest (keyed by its id).
pub const SEND_DIGEST: &str = "send-digest";

/// Recipients per transaction: each batch's delivery rows and mails commit together.
const BATCH: i64 = 200;

/// Registers the digest's jobs.
pub fn register(registry: &mut Registry, base_url: &str) {
    registry.periodic(
        DRAFT_DIGEST,
        "monthly",
        chrono::Duration::days(1),
        draft_job,
    );
    registry.periodic(
        FORGET_UNCONFIRMED,
        "daily",
        chrono::Duration::days(1),
        forget_unconfirmed,
    );
    let base = Arc::new(base_url.to_owned());
    registry.queued(SEND_DIGEST, move |ctx| send_job(ctx, base.clone()));
}

/// Drafts the digest of `period` from what happened in it, unless it has one; the id of the
/// draft made.
pub async fn draft(db: &Db, i18n: &I18n, period: Period) -> StoreResult<Option<i64>> {
    let content = digest::gather(db, period.first, period.end()).await?;
    // Kept with the draft for a reader of the table; pages and mail write the title in
    // their reader's language from the period (`notices::DigestTitle`).
    let title = super::notices::period_title(i18n, period);
    digest::draft(db, &period.key(), &title, &content).await
}

/// The period of the admin's cadence that `day` falls in.
pub async fn period_of(db: &Db, day: chrono::NaiveDate) -> StoreResult<Period> {
    Ok(digest::cadence(db).await?.period_of(day))
}

async fn draft_job(ctx: JobContext) -> Outcome {
    let i18n = I18n::negotiate(None, None);
    let result = async {
        // The period that ended before today, in the cadence chosen now (a change applies
        // from the next period drafted).
        let period = period_of(&ctx.db, Utc::now().date_naive())
            .await?
            .previous();
        if let Some(id) = draft(&ctx.db, &i18n, period).await? {
            tracing::info!(digest.id = id, period = %period.key(), "digest drafted");
        }
        // A sending whose job row was lost (the process died between the admin's click and
        // scheduling it) goes on.
        for id in digest::sending(&ctx.db).await? {
            heroes_store::jobs::schedule(&ctx.db, SEND_DIGEST, &id.to_string(), Utc::now()).await?;
        }
        StoreResult::Ok(())
    }
    .await;
    match result {
        Ok(()) => Outcome::Done(None),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

async fn forget_unconfirmed(ctx: JobContext) -> Outcome {
    let before = Utc::now() - chrono::Duration::days(UNCONFIRMED_DAYS);
    match digest::forget_unconfirmed(&ctx.db, before).await {
        Ok(forgotten) => {
            if forgotten > 0 {
                tracing::info!(forgotten, "forgot unconfirmed digest subscriptions");
            }
            Outcome::Done(None)
        }
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

async fn send_job(ctx: JobContext, base: Arc<String>) -> Outcome {
    let Ok(id) = ctx.key.parse::<i64>() else {
        return Outcome::Done(None);
    };
    match send(&ctx.db, &base, id, || {
        ctx.time_left() > std::time::Duration::from_secs(30)
    })
    .await
    {
        Ok(true) => Outcome::Done(None),
        // Out of time with recipients left: the next run goes on where this one stopped.
        Ok(false) => Outcome::Done(Some(Utc::now())),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

/// Queues digest `id` for its recipients in batches while `may_go_on` says so; true when
/// every recipient has it (the digest is then marked sent).
pub async fn send(
    db: &Db,
    base: &str,
    id: i64,
    may_go_on: impl Fn() -> bool,
) -> anyhow::Result<bool> {
    let Some(d) = digest::get(db, id).await? else {
        return Ok(true);
    };
    let key = super::signing_key(db).await.map_err(|e| match e {
        crate::error::PageError::Internal(e) => e,
        other => anyhow::anyhow!("{other:?}"),
    })?;
    while may_go_on() {
        let taken = digest::deliver_batch(db, id, BATCH, |r| {
            let token = super::sign_with(
                &key,
                Purpose::Unsubscribe,
                r.subscriber_id,
                &r.subscribed_as,
            );
            // The digest's own text is one for all; its frame is in each reader's language.
            let to = Recipient::account(&r.address, &r.language, &r.time_zone);
            notices::digest_mail(base, &to, &d, &token)
        })
        .await?;
        if taken == 0 {
            tracing::info!(digest.id = id, "digest sent to every subscriber");
            return Ok(true);
        }
    }
    Ok(false)
}
