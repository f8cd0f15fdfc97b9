//! The hourly `move-dashboard-windows` job: brings the per-hero windows that renewal
//! readiness and the activity bands read (`heroes_store::dashboards::move_windows`) to today.
//!
//! A view would do it too, but the first build after migration 0035 reads twelve months of
//! contributions (seconds at a million), longer than a person should wait and at risk of the
//! request timeout; a later day costs only the days that crossed a window's edge. Run by the
//! job runner, the build happens once, soon after start, on whichever instance holds the
//! lease, and a view finds the windows ready.

use crate::jobs::{JobContext, Outcome, Registry};
use chrono::Utc;

/// The job's name.
pub const MOVE_WINDOWS: &str = "move-dashboard-windows";

/// Registers the job with the runner.
pub fn register(registry: &mut Registry) {
    registry.periodic(
        MOVE_WINDOWS,
        "today",
        chrono::Duration::hours(1),
        move_windows,
    );
}

async fn move_windows(ctx: JobContext) -> Outcome {
    let today = Utc::now().date_naive();
    match heroes_store::dashboards::move_windows(&ctx.db, today).await {
        Ok(()) => {
            tracing::info!(%today, "dashboard windows moved");
            Outcome::Done(None)
        }
        Err(e) => Outcome::Failed(format!("{e:#}")),
    }
}
