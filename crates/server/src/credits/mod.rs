//! Credits: a hero's balance, history, codes and requests at `/account/credits` (`own.rs`),
//! the staff queue and the admin's allotments, pool and reports under `/admin/credits`
//! (`admin.rs`), pool imports from the web run as a job with a progress page (`imports.rs`),
//! `/api/v1/me/credits` (`api.rs`), `heroes credits` (`cli.rs`), the hero's notices
//! (`notices.rs`) and the daily expiry job.
//!
//! Every balance change is decided by the database (see `heroes_store::credits`); handlers
//! parse, call the store once and say what happened.

pub mod admin;
pub mod api;
pub mod cli;
pub mod imports;
pub mod notices;
pub mod own;

use crate::i18n::I18n;
use crate::jobs::{JobContext, Outcome, Registry};
use chrono::Utc;
use heroes_domain::credits::Refusal;

/// The daily job that records expired codes and unused allotment of past years.
pub const EXPIRE_CREDITS: &str = "expire-credits";

/// Registers the credits job kinds.
pub fn register(registry: &mut Registry) {
    registry.periodic(EXPIRE_CREDITS, "daily", chrono::Duration::hours(24), expire);
    registry.queued(imports::IMPORT_CODES, imports::run);
}

async fn expire(ctx: JobContext) -> Outcome {
    match heroes_store::credits::expire(&ctx.db, Utc::now().date_naive()).await {
        Ok(expired) => {
            tracing::info!(
                codes = expired.codes,
                allotments = expired.allotments,
                "recorded expired credits"
            );
            match imports::resume(&ctx.db).await {
                Ok(()) => Outcome::Done(None),
                Err(e) => Outcome::Failed(format!("{e:#}")),
            }
        }
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}

/// A refusal in the reader's language.
pub fn refusal_message(i18n: &I18n, refusal: Refusal) -> String {
    i18n.t(refusal.message_id())
}

/// An amount with its unit, the number written as the reader's language writes it
/// ("1,500 USD", "1.500 USD").
pub fn amount_text(i18n: &I18n, amount: i64, unit: &str) -> String {
    format!("{} {unit}", i18n.number(amount))
}
