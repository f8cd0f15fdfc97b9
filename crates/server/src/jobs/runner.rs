//! The runner: claims due jobs of the kinds it knows, a few at once, keeps their leases
//! while they run, and records how each ended if it is still ours.

use super::registry::{JobContext, Registry, Schedule};
use super::{JobsConfig, WorkerId};
use chrono::{DateTime, Utc};
use heroes_store::Db;
use heroes_store::jobs::{self, Job, Outcome};
use std::sync::Arc;
use tokio::sync::watch;
use tokio::task::{JoinError, JoinSet};

/// Runs jobs from the shared queue. Cheap to clone; clones share the worker id.
#[derive(Clone)]
pub struct Runner {
    db: Db,
    registry: Arc<Registry>,
    config: JobsConfig,
    worker: WorkerId,
}

/// A runner running in the background; [`RunnerHandle::shutdown`] stops it. Dropping the
/// handle leaves it running until the process ends.
pub struct RunnerHandle {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl RunnerHandle {
    /// Stops claiming, lets running jobs finish for a few seconds (`shutdown_grace`), stops
    /// the rest and gives their leases back so that another instance takes them at once.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        if let Err(e) = self.task.await {
            tracing::error!(error = %e, "the job runner ended abnormally");
        }
    }
}

impl Runner {
    /// A runner with a fresh worker id.
    pub fn new(db: Db, registry: Registry, config: JobsConfig) -> anyhow::Result<Runner> {
        Ok(Runner {
            db,
            registry: Arc::new(registry),
            config,
            worker: WorkerId::generate()?,
        })
    }

    /// The id this runner holds leases under.
    pub fn worker(&self) -> &WorkerId {
        &self.worker
    }

    /// Creates the row of every periodic kind that has none yet, due now. A row that exists
    /// keeps its time, so an instance starting never runs a job again within its period.
    pub async fn schedule_periodic(&self) -> anyhow::Result<()> {
        let now = Utc::now();
        for (name, key) in self.registry.periodic_rows() {
            jobs::ensure(&self.db, name, key, now).await?;
        }
        Ok(())
    }

    /// Runs due jobs until none is left, at most `concurrency` at once; returns how many
    /// ran. For tests and one-off runs; [`Runner::spawn`] runs for good.
    pub async fn run_until_idle(&self) -> anyhow::Result<usize> {
        let mut running = JoinSet::new();
        let mut ran = 0;
        let mut first_error = None;
        loop {
            let free = self.config.concurrency.max(1).saturating_sub(running.len());
            if free > 0 {
                for job in self.claim(free).await? {
                    ran += 1;
                    running.spawn(self.clone().run_job(job));
                }
            }
            match running.join_next().await {
                Some(ended) => {
                    if let Err(e) = ended_well(ended) {
                        first_error.get_or_insert(e);
                    }
                }
                None => break,
            }
        }
        first_error.map_or(Ok(ran), Err)
    }

    /// Runs in the background: registers the periodic kinds, then claims jobs whenever a slot
    /// is free and looks for due jobs every `idle` when there is nothing to do.
    pub fn spawn(self) -> RunnerHandle {
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(self.run_forever(stopped));
        RunnerHandle { stop, task }
    }

    async fn run_forever(self, mut stop: watch::Receiver<bool>) {
        tracing::info!(worker = %self.worker, kinds = ?self.registry.names(), "job runner started");
        let mut periodic_ready = false;
        let mut stop_open = true;
        let mut running = JoinSet::new();
        while !*stop.borrow() {
            if !periodic_ready {
                match self.schedule_periodic().await {
                    Ok(()) => periodic_ready = true,
                    Err(e) => {
                        tracing::warn!(
                            error = format!("{e:#}"),
                            "could not schedule the periodic jobs; trying again"
                        );
                    }
                }
            }
            let free = self.config.concurrency.max(1).saturating_sub(running.len());
            if free > 0 {
                match self.claim(free).await {
                    Ok(claimed) => {
                        for job in claimed {
                            running.spawn(self.clone().run_job(job));
                        }
                    }
                    Err(e) => tracing::warn!(error = format!("{e:#}"), "could not claim jobs"),
                }
            }
            tokio::select! {
                Some(ended) = running.join_next(), if !running.is_empty() => {
                    let _ = ended_well(ended);
                }
                () = tokio::time::sleep(self.config.idle) => {}
                changed = stop.changed(), if stop_open => {
                    // A dropped handle stops nothing; the runner lives as long as the process.
                    stop_open = changed.is_ok();
                }
            }
        }
        let grace = tokio::time::sleep(self.config.shutdown_grace);
        tokio::pin!(grace);
        loop {
            tokio::select! {
                ended = running.join_next() => match ended {
                    Some(ended) => { let _ = ended_well(ended); }
                    None => break,
                },
                () = &mut grace => {
                    running.abort_all();
                    while running.join_next().await.is_some() {}
                    break;
                }
            }
        }
        match jobs::release(&self.db, self.worker.as_str()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(jobs = n, "gave back the leases of jobs stopped by shutdown"),
            Err(e) => {
                tracing::warn!(error = %e, "could not give back leases; they run out on their own")
            }
        }
        tracing::info!(worker = %self.worker, "job runner stopped");
    }

    async fn claim(&self, limit: usize) -> anyhow::Result<Vec<Job>> {
        let names = self.registry.names();
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        Ok(jobs::claim(
            &self.db,
            self.worker.as_str(),
            &names,
            limit,
            self.config.lease,
        )
        .await?)
    }

    /// Runs one claimed job while keeping its lease, and finishes it if it is still ours.
    /// Everything the run logs (its store calls included) is inside a `job` span naming the
    /// job, its key and the attempt, so one job can be followed through the log.
    #[tracing::instrument(name = "job", skip_all, fields(name = %job.name, key = %job.job_key, attempt = job.attempts + 1))]
    async fn run_job(self, job: Job) -> anyhow::Result<()> {
        let Some(kind) = self.registry.get(&job.name).cloned() else {
            // Claims ask only for registered kinds; nothing to run, the lease runs out.
            return Ok(());
        };
        let started = Utc::now();
        let (deadline, deadline_seen) = watch::channel(Some(job.locked_until - self.margin()));
        let ctx = JobContext {
            db: self.db.clone(),
            key: job.job_key.clone(),
            attempts: job.attempts,
            worker: self.worker.clone(),
            deadline: deadline_seen,
        };
        let outcome = tokio::select! {
            outcome = (kind.handler)(ctx) => Some(outcome),
            () = self.keep_lease(&job, &deadline) => None,
        };
        let Some(outcome) = outcome else {
            tracing::warn!(job = %job.name, key = %job.job_key, worker = %self.worker,
                "job stopped: its lease ran out or another worker took it over");
            return Ok(());
        };
        let outcome = match (kind.schedule, outcome) {
            (Schedule::Periodic { period, .. }, Outcome::Done(_)) => {
                Outcome::Done(Some(next_period(started, period)))
            }
            (
                Schedule::Periodic { period, .. },
                Outcome::Failed(reason) | Outcome::Retry(reason, _),
            ) => Outcome::Retry(reason, Utc::now() + jobs::backoff(job.attempts).min(period)),
            (Schedule::Queued, outcome) => outcome,
        };
        if let Outcome::Failed(reason) | Outcome::Retry(reason, _) = &outcome {
            tracing::info!(job = %job.name, key = %job.job_key, %reason, "job failed; it will be retried");
        }
        if !jobs::finish(&self.db, &job, self.worker.as_str(), &outcome).await? {
            tracing::warn!(job = %job.name, key = %job.job_key, worker = %self.worker,
                "job ended after another worker took it over; its outcome is not recorded");
        }
        Ok(())
    }

    /// Renews the job's lease every third of a lease and publishes the new deadline; returns
    /// (ending the run) when the lease is lost or runs out without a renewal.
    async fn keep_lease(&self, job: &Job, deadline: &watch::Sender<Option<DateTime<Utc>>>) {
        let every = (self.config.lease / 3)
            .to_std()
            .unwrap_or_default()
            .max(std::time::Duration::from_millis(10));
        loop {
            let Some(end) = *deadline.borrow() else {
                return;
            };
            let left = (end - Utc::now()).to_std().unwrap_or_default();
            if left.is_zero() {
                return;
            }
            tokio::time::sleep(every.min(left)).await;
            let left = (end - Utc::now()).to_std().unwrap_or_default();
            if left.is_zero() {
                return;
            }
            let until = Utc::now() + self.config.lease;
            let renewal = jobs::renew(&self.db, job, self.worker.as_str(), until);
            match tokio::time::timeout(left, renewal).await {
                Ok(Ok(true)) => {
                    deadline.send_replace(Some(until - self.margin()));
                }
                Ok(Ok(false)) => {
                    deadline.send_replace(None);
                    return;
                }
                Ok(Err(e)) => {
                    tracing::warn!(job = %job.name, error = %e, "could not renew a lease; trying again while it lasts");
                }
                Err(_) => {}
            }
        }
    }

    /// How long before its lease ends a run is stopped, so that it has ended before another
    /// worker may take the job.
    fn margin(&self) -> chrono::Duration {
        self.config.lease / 10
    }
}

/// Logs how a job's task ended; a panic is logged and its job taken again once its lease
/// runs out.
fn ended_well(ended: Result<anyhow::Result<()>, JoinError>) -> anyhow::Result<()> {
    match ended {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => {
            tracing::warn!(
                error = format!("{e:#}"),
                "a job's end could not be recorded"
            );
            Err(e)
        }
        Err(e) => {
            tracing::error!(error = %e, "a job's task ended abnormally");
            Err(anyhow::anyhow!("a job's task ended abnormally: {e}"))
        }
    }
}

/// The start of the period after the one `at` falls in (periods are multiples of `period`
/// since 1970, so an hourly job's periods are the hours of the clock).
pub(super) fn next_period(at: DateTime<Utc>, period: chrono::Duration) -> DateTime<Utc> {
    let length = period.num_milliseconds().max(1);
    let next = (at.timestamp_millis().div_euclid(length) + 1).saturating_mul(length);
    DateTime::from_timestamp_millis(next).unwrap_or(at + period)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_ends_at_the_next_multiple_of_its_length() {
        let at = DateTime::parse_from_rfc3339("2026-11-29T07:23:10Z")
            .unwrap()
            .to_utc();
        let hour = chrono::Duration::hours(1);
        assert_eq!(
            next_period(at, hour).to_rfc3339(),
            "2026-11-29T08:00:00+00:00"
        );
        let on_the_hour = DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            next_period(on_the_hour, hour).to_rfc3339(),
            "2026-11-29T09:00:00+00:00"
        );
        assert_eq!(
            next_period(at, chrono::Duration::seconds(2)).to_rfc3339(),
            "2026-11-29T07:23:12+00:00"
        );
    }
}
