//! The job kinds a runner knows: each a name, a schedule and a handler.

use super::WorkerId;
use chrono::{DateTime, Utc};
use heroes_store::Db;
use heroes_store::jobs::Outcome;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use tokio::sync::watch;

/// A handler's run, boxed so kinds with different handlers live in one table.
type Run = Pin<Box<dyn Future<Output = Outcome> + Send>>;

/// Runs one job of a kind.
type Handler = Arc<dyn Fn(JobContext) -> Run + Send + Sync>;

/// When a kind runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// When a row of it is scheduled (`heroes_store::jobs::schedule`), once per row; the
    /// handler's outcome says whether and when it runs again.
    Queued,
    /// Once per `period` (periods start at multiples of it since 1970, so an hourly job runs
    /// for each hour of the clock), on the one row with this key.
    Periodic {
        /// The key of the kind's one row.
        key: &'static str,
        /// How often.
        period: chrono::Duration,
    },
}

/// One registered kind.
#[derive(Clone)]
pub(super) struct Kind {
    pub schedule: Schedule,
    pub handler: Handler,
}

/// The kinds a runner knows, by name.
#[derive(Clone, Default)]
pub struct Registry {
    kinds: BTreeMap<&'static str, Kind>,
}

impl Registry {
    /// Registers a queued kind: `run` is called for each due row of it.
    pub fn queued<F, Fut>(&mut self, name: &'static str, run: F) -> &mut Self
    where
        F: Fn(JobContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Outcome> + Send + 'static,
    {
        self.add(name, Schedule::Queued, run)
    }

    /// Registers a periodic kind: `run` is called once per `period` across every instance.
    /// Its outcome's next time is ignored (the next period decides); a failure is retried
    /// after a backoff of at most one period.
    pub fn periodic<F, Fut>(
        &mut self,
        name: &'static str,
        key: &'static str,
        period: chrono::Duration,
        run: F,
    ) -> &mut Self
    where
        F: Fn(JobContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Outcome> + Send + 'static,
    {
        self.add(name, Schedule::Periodic { key, period }, run)
    }

    fn add<F, Fut>(&mut self, name: &'static str, schedule: Schedule, run: F) -> &mut Self
    where
        F: Fn(JobContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Outcome> + Send + 'static,
    {
        let handler: Handler = Arc::new(move |ctx| Box::pin(run(ctx)) as Run);
        let previous = self.kinds.insert(name, Kind { schedule, handler });
        debug_assert!(
            previous.is_none(),
            "the job kind {name:?} is registered twice"
        );
        self
    }

    /// The names of every kind, for claiming only jobs this runner can run.
    pub fn names(&self) -> Vec<&'static str> {
        self.kinds.keys().copied().collect()
    }

    /// The periodic kinds with their key.
    pub fn periodic_rows(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.kinds
            .iter()
            .filter_map(|(name, kind)| match kind.schedule {
                Schedule::Periodic { key, .. } => Some((*name, key)),
                Schedule::Queued => None,
            })
    }

    pub(super) fn get(&self, name: &str) -> Option<&Kind> {
        self.kinds.get(name)
    }
}

/// What a handler gets: the database, the job's key, and how long its lease still lasts.
pub struct JobContext {
    /// The database.
    pub db: Db,
    /// What the job is about (a source id, a candidacy id; the fixed key of a periodic kind).
    pub key: String,
    /// Failed attempts before this one.
    pub attempts: i64,
    /// The worker running it (the owner of any further lease the handler takes, as the
    /// outbox's).
    pub worker: WorkerId,
    /// When the run must have ended, moved on by each renewal of the lease; `None` once the
    /// lease is lost.
    pub(super) deadline: watch::Receiver<Option<DateTime<Utc>>>,
}

impl JobContext {
    /// How long the run may still go on before the runner stops it (renewals of the lease
    /// extend it; zero once the lease is lost). A handler working through a batch takes a
    /// further item only when this leaves room to finish it.
    pub fn time_left(&self) -> std::time::Duration {
        match *self.deadline.borrow() {
            Some(deadline) => (deadline - Utc::now()).to_std().unwrap_or_default(),
            None => std::time::Duration::ZERO,
        }
    }
}
