//! The hourly sweep of what has expired: sessions, emailed links, sign-in failure counts and
//! passkey ceremonies.

use crate::jobs::{JobContext, Registry};
use heroes_store::accounts::{self, ThrottlePolicy};
use heroes_store::jobs::Outcome;

/// The hourly job that removes expired sessions, links and sign-in failure counts.
pub const SWEEP: &str = "sweep";

/// Registers the sweep with the job runner.
pub fn register(registry: &mut Registry) {
    registry.periodic(SWEEP, "expired", chrono::Duration::hours(1), sweep);
}

async fn sweep(ctx: JobContext) -> Outcome {
    let policy = ThrottlePolicy::default();
    let swept = match accounts::sweep(&ctx.db, super::IDLE, policy.address_window).await {
        Ok(swept) => swept,
        Err(e) => return Outcome::Failed(format!("{e:#}")),
    };
    let ceremonies = match heroes_store::passkeys::sweep(&ctx.db).await {
        Ok(ceremonies) => ceremonies,
        Err(e) => return Outcome::Failed(format!("{e:#}")),
    };
    match heroes_store::second_factor::sweep(&ctx.db).await {
        Ok(challenges) => {
            tracing::info!(
                ?swept,
                challenges,
                ceremonies,
                "swept expired sessions, links, throttles, second-step sign-ins and passkey ceremonies"
            );
            Outcome::Done(None)
        }
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}
