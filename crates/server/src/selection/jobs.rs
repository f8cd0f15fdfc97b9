//! Selection's background jobs: announcing new heroes on their day, and reading the feed a
//! nominee named as evidence for their candidacy.

use crate::capture::worker::{CaptureConfig, read_feed};
use crate::jobs::{JobContext, Registry};
use chrono::Utc;
use heroes_store::jobs::Outcome;
use std::sync::Arc;

/// The job that lists onboarded candidates whose announcement date has come (hourly, so a
/// new hero appears within the hour of midnight UTC on their day).
pub const ANNOUNCE: &str = "announce";
/// The one-off job that reads the feed a nominee named and attaches its recent items to
/// their candidacy as evidence; its key is the candidacy id.
pub const CANDIDATE_FEED: &str = "candidate-feed";

/// Registers selection's jobs with the job runner; `base_url` is for the links in the mail
/// an announcement sends, `capture` the limits for reading feeds.
pub fn register(registry: &mut Registry, base_url: &str, capture: &CaptureConfig) {
    let base_url: Arc<str> = Arc::from(base_url);
    registry.periodic(ANNOUNCE, "due", chrono::Duration::hours(1), move |ctx| {
        announce(ctx, base_url.clone())
    });
    let capture = Arc::new(capture.clone());
    registry.queued(CANDIDATE_FEED, move |ctx| {
        candidate_feed(ctx, capture.clone())
    });
}

async fn announce(ctx: JobContext, base_url: Arc<str>) -> Outcome {
    let i18n = crate::i18n::I18n::negotiate(None, None);
    match super::mine::announce_due(&ctx.db, &base_url, &i18n).await {
        Ok(_) => Outcome::Done(None),
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

/// Reads the feed a nominee named (following a page's feed link, like a source) and attaches
/// what it published in the last twelve months to the candidacy.
async fn candidate_feed(ctx: JobContext, config: Arc<CaptureConfig>) -> Outcome {
    let Ok(id) = ctx.key.parse::<i64>() else {
        return Outcome::Done(None);
    };
    let candidacy = match heroes_store::selection::candidacy(&ctx.db, id).await {
        Ok(Some(c)) => c,
        Ok(None) => return Outcome::Done(None),
        Err(e) => return Outcome::Failed(format!("{e:#}")),
    };
    let Some(url) = candidacy.feed_url else {
        return Outcome::Done(None);
    };
    match read_feed(&config, &url).await {
        Ok(items) => {
            let today = Utc::now().date_naive();
            match heroes_store::selection::attach_found(&ctx.db, id, &items, today).await {
                Ok(_) => Outcome::Done(None),
                Err(e) => Outcome::Failed(format!("{e:#}")),
            }
        }
        Err(reason) => Outcome::Failed(reason),
    }
}
