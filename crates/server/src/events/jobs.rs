//! The events' job: every hour, talks given at events that are over are offered to their hero
//! speakers as contribution suggestions (with the attendance as reach), so the readiness
//! meter counts them once claimed.

use crate::jobs::{JobContext, Registry};
use chrono::Utc;
use heroes_store::jobs::Outcome;
use std::sync::Arc;

/// Offers the talks of events that ended.
pub const OFFER_TALKS: &str = "offer-talks";

/// Registers the events' job kinds.
pub fn register(registry: &mut Registry, base_url: &str) {
    let base_url: Arc<str> = Arc::from(base_url);
    registry.periodic(OFFER_TALKS, "due", chrono::Duration::hours(1), move |ctx| {
        offer_talks(ctx, base_url.clone())
    });
}

async fn offer_talks(ctx: JobContext, base_url: Arc<str>) -> Outcome {
    match heroes_store::events::offer_talks(&ctx.db, &base_url, Utc::now()).await {
        Ok(offered) => {
            if offered > 0 {
                tracing::info!(offered, "talks offered to their speakers");
            }
            Outcome::Done(None)
        }
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}
