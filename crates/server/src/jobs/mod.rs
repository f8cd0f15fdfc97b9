//! One job runner for every background job: polling sources, reading a nominee's feed,
//! announcing new heroes, sweeping expired sessions, delivering mail, and whatever comes next.
//!
//! The queue lives in the database (`heroes_store::jobs`), so any number of instances share
//! it. This module owns scheduling, leasing and running; a feature owns only its job kinds.
//! It registers each kind once, in [`registry`], with a handler: an async function from a
//! [`JobContext`] to an [`Outcome`]. A *queued* kind runs when a row of it is scheduled (with
//! `heroes_store::jobs::schedule`, keyed by its subject); a *periodic* kind has one row that
//! the runner creates at start-up and runs once per period, whichever instance gets there
//! first. Features know nothing of each other, and this module knows nothing of what their
//! jobs do.
//!
//! The guarantees, however many instances run:
//! - a job is run by one worker at a time: claiming takes a lease in one conditional
//!   statement, and finishing checks the lease is still ours;
//! - a run never outlives its lease: the runner renews the lease while the handler works and
//!   stops the handler if the lease is lost or runs out (a handler working through a batch
//!   asks [`JobContext::time_left`] before taking the next item);
//! - a periodic job runs once per period: its row is the period's slot, due at the start of
//!   the period, and the run that holds the lease moves it to the start of the next one;
//!   starting an instance never makes it due again;
//! - workers are told apart by a random id drawn at every process start ([`WorkerId`]), not
//!   by host name and process id, which containers repeat.

mod registry;
mod runner;

pub use heroes_store::jobs::Outcome;
pub use registry::{JobContext, Registry, Schedule};
pub use runner::{Runner, RunnerHandle};

/// Every job kind of the application, each registered by the feature it belongs to. The
/// one place that lists them.
pub fn registry(config: &crate::app::Config) -> Registry {
    let mut registry = Registry::default();
    crate::auth::sweep::register(&mut registry);
    crate::capture::worker::register(&mut registry, &config.capture);
    crate::selection::jobs::register(&mut registry, &config.base_url, &config.capture);
    crate::renewal::register(&mut registry, &config.base_url);
    crate::mail::delivery::register(&mut registry, &config.mail);
    crate::promotion::jobs::register(&mut registry, &config.base_url);
    crate::office_hours::register(&mut registry, &config.base_url);
    crate::credits::register(&mut registry);
    crate::events::jobs::register(&mut registry, &config.base_url);
    crate::briefings::jobs::register(&mut registry, &config.base_url);
    crate::webhooks::register(&mut registry, &config.base_url, &config.capture.fetch);
    crate::admin::dashboards::jobs::register(&mut registry);
    registry
}

/// Settings of a runner.
#[derive(Debug, Clone)]
pub struct JobsConfig {
    /// How many jobs a runner runs at once (claimed only when a slot is free, so a claimed
    /// job never waits for a slot while its lease runs).
    pub concurrency: usize,
    /// How long a claimed job is ours before another worker may take it; renewed while the
    /// job runs.
    pub lease: chrono::Duration,
    /// How often an idle runner looks for due jobs.
    pub idle: std::time::Duration,
    /// How long a stopping runner lets running jobs finish before it stops them and gives
    /// their leases back.
    pub shutdown_grace: std::time::Duration,
}

impl Default for JobsConfig {
    fn default() -> Self {
        Self {
            concurrency: 4,
            lease: chrono::Duration::minutes(5),
            idle: std::time::Duration::from_secs(2),
            shutdown_grace: std::time::Duration::from_secs(10),
        }
    }
}

/// Who holds a lease: a random id drawn once per runner (128 bits), prefixed with the host
/// name for people reading `/admin/jobs`. Two processes never share one, even in identical
/// containers with the same host name and process id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerId(String);

impl WorkerId {
    /// A fresh id from the operating system's random source.
    pub fn generate() -> anyhow::Result<WorkerId> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes)
            .map_err(|e| anyhow::anyhow!("no random source for a worker id: {e}"))?;
        let random: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        Ok(WorkerId(format!("{}/{random}", host_name())))
    }

    /// The id as stored in `locked_by` and `claimed_by`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for WorkerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The host name, only to help a person tell instances apart (at most 40 characters).
fn host_name() -> String {
    let name = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    let name: String = name
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
        .take(40)
        .collect();
    if name.is_empty() {
        "heroes".to_owned()
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worker_ids_are_random_per_runner_not_host_and_pid() {
        let (a, b) = (WorkerId::generate().unwrap(), WorkerId::generate().unwrap());
        assert_ne!(a, b, "two runners of one process differ");
        let pid = std::process::id().to_string();
        let random = a.as_str().rsplit('/').next().unwrap();
        assert_eq!(random.len(), 32, "128 random bits: {a}");
        assert!(random.chars().all(|c| c.is_ascii_hexdigit()), "{a}");
        assert!(!a.as_str().ends_with(&format!("-{pid}")), "{a}");
    }
}
