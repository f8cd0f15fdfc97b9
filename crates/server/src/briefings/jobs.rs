//! Briefings' background jobs: the digest of new briefings (at most one mail a day per hero,
//! gathering every briefing not yet mailed) and the reminder the day before.
//!
//! Both ask `domain::briefings::access` for each hero at the moment they run, so a hero
//! moved to alumni or on leave hears of nothing more; both are safe to run twice (the
//! announcement rows and `reminded_at` are claimed in the transaction that queues the mail).

use super::notices::Notices;
use crate::jobs::{JobContext, Registry};
use chrono::{Duration, Utc};
use heroes_domain::briefings::{Access, access};
use heroes_store::jobs::Outcome;
use heroes_store::{Db, StoreResult, accounts, briefings};
use std::sync::Arc;

/// The digest of new briefings: queued when a briefing is created, and hourly to catch up
/// heroes whose one mail of the day was already sent.
pub const DIGEST: &str = "briefing-digest";
/// The reminders to seated heroes, hourly, for briefings starting within a day.
pub const REMINDERS: &str = "briefing-reminders";

/// Registers the briefing jobs; `base_url` is for the links in their mail.
pub fn register(registry: &mut Registry, base_url: &str) {
    let base_url: Arc<str> = Arc::from(base_url);
    let digest_url = base_url.clone();
    registry.periodic(DIGEST, "daily", Duration::hours(1), move |ctx| {
        digest(ctx, digest_url.clone())
    });
    registry.periodic(REMINDERS, "due", Duration::hours(1), move |ctx| {
        reminders(ctx, base_url.clone())
    });
}

/// Brings the digest forward to now (a new briefing was created).
pub async fn schedule_digest(db: &Db) -> StoreResult<()> {
    heroes_store::jobs::schedule(db, DIGEST, "daily", Utc::now()).await
}

async fn digest(ctx: JobContext, base_url: Arc<str>) -> Outcome {
    match send_digests(&ctx.db, &base_url).await {
        Ok(()) => Outcome::Done(None),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

async fn send_digests(db: &Db, base_url: &str) -> StoreResult<()> {
    let notices = Notices::new(base_url);
    let now = Utc::now();
    let upcoming: Vec<_> = briefings::all(db)
        .await?
        .into_iter()
        .filter(|b| b.starts_at > now)
        .collect();
    if upcoming.is_empty() {
        return Ok(());
    }
    for r in briefings::digest_recipients(db, now - Duration::days(1)).await? {
        let Some(user) = accounts::by_id(db, r.user_id).await? else {
            continue;
        };
        let roles = accounts::roles(db, &user).await?;
        let reader = briefings::reader(db, r.user_id, roles).await?;
        let told = briefings::announced_to(db, r.user_id).await?;
        let new: Vec<_> = upcoming
            .iter()
            .filter(|b| !told.contains(&b.id) && access(&reader, &b.gate()) == Access::Eligible)
            .collect();
        if new.is_empty() {
            continue;
        }
        let ids: Vec<i64> = new.iter().map(|b| b.id).collect();
        let mail = notices.digest(&r, &new);
        briefings::announce(db, r.user_id, &ids, &mail).await?;
    }
    Ok(())
}

async fn reminders(ctx: JobContext, base_url: Arc<str>) -> Outcome {
    match send_reminders(&ctx.db, &base_url).await {
        Ok(()) => Outcome::Done(None),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

async fn send_reminders(db: &Db, base_url: &str) -> StoreResult<()> {
    let notices = Notices::new(base_url);
    let now = Utc::now();
    for due in briefings::reminders_due(db, now, now + Duration::days(1)).await? {
        let Some(b) = briefings::get(db, due.briefing_id).await? else {
            continue;
        };
        let Some(user) = accounts::by_id(db, due.user_id).await? else {
            continue;
        };
        let roles = accounts::roles(db, &user).await?;
        let reader = briefings::reader(db, due.user_id, roles).await?;
        if access(&reader, &b.gate()) != Access::Eligible {
            continue;
        }
        let mail = notices.reminder(&due, &b);
        briefings::remind(db, due.rsvp_id, &mail).await?;
    }
    Ok(())
}
