//! The job runner (`heroes_server::jobs`) and the queue under it (`heroes_store::jobs`):
//! several workers over one database run each job once and each periodic job once per
//! period, a run keeps its lease while it works and stops when it loses it, and a lease a
//! dead worker left behind is taken over.

use crate::helpers::TestApp;
use heroes_server::Config;
use heroes_server::jobs::{self as runner, JobContext, JobsConfig, Outcome, Registry, Runner};
use heroes_store::jobs;
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Runner settings for tests: quick to notice work, a lease of `lease_ms`.
fn settings(lease_ms: i64) -> JobsConfig {
    JobsConfig {
        concurrency: 4,
        lease: chrono::Duration::milliseconds(lease_ms),
        idle: Duration::from_millis(20),
        shutdown_grace: Duration::from_millis(100),
    }
}

/// A registry whose one kind counts its runs (each taking `takes`), periodic (hourly) or
/// queued.
fn counting(periodic: bool, takes: Duration) -> (Registry, Arc<AtomicUsize>) {
    let runs = Arc::new(AtomicUsize::new(0));
    let mut registry = Registry::default();
    let counter = runs.clone();
    let run = move |_ctx: JobContext| {
        let counter = counter.clone();
        async move {
            tokio::time::sleep(takes).await;
            counter.fetch_add(1, Ordering::SeqCst);
            Outcome::Done(None)
        }
    };
    if periodic {
        registry.periodic("tick", "clock", chrono::Duration::hours(1), run);
    } else {
        registry.queued("tick", run);
    }
    (registry, runs)
}

/// Waits until `done` holds, at most five seconds.
async fn wait_for(what: &str, done: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !done() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting: {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn two_runners_started_together_run_a_periodic_job_once_per_period() {
    let app = TestApp::new().await;
    let (registry, runs) = counting(true, Duration::from_millis(200));
    let a = Runner::new(app.db().clone(), registry.clone(), settings(60_000)).unwrap();
    let b = Runner::new(app.db().clone(), registry.clone(), settings(60_000)).unwrap();
    assert_ne!(a.worker(), b.worker(), "each runner has its own id");
    let (a, b) = (a.spawn(), b.spawn());
    wait_for("the first run", || runs.load(Ordering::SeqCst) > 0).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    // An instance starting later in the period does not make the job due again.
    let late = Runner::new(app.db().clone(), registry, settings(60_000))
        .unwrap()
        .spawn();
    tokio::time::sleep(Duration::from_millis(300)).await;
    for runner in [a, b, late] {
        runner.shutdown().await;
    }
    assert_eq!(runs.load(Ordering::SeqCst), 1, "once in this hour");
    let job = &jobs::list(app.db(), 10).await.unwrap()[0];
    assert_eq!(
        (job.name.as_str(), job.runs, job.locked_by.as_deref()),
        ("tick", 1, None)
    );
    let next_hour = {
        let now = chrono::Utc::now().timestamp();
        chrono::DateTime::from_timestamp((now / 3600 + 1) * 3600, 0).unwrap()
    };
    assert_eq!(job.run_at, next_hour, "due again when the next hour starts");
}

#[tokio::test]
async fn two_instances_run_the_sweep_and_the_announcements_once() {
    let app = TestApp::new().await;
    let config = Config::new("http://heroes.test".to_owned()).unwrap();
    let start = || {
        Runner::new(
            app.db().clone(),
            runner::registry(&config),
            settings(60_000),
        )
        .unwrap()
        .spawn()
    };
    let (a, b) = (start(), start());
    let db = app.db().clone();
    let ran = || async {
        jobs::list(&db, 10)
            .await
            .unwrap()
            .iter()
            .filter(|j| j.runs > 0)
            .count()
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while ran().await < 4 {
        assert!(
            std::time::Instant::now() < deadline,
            "sweep, announce and the briefing mail ran"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Both instances restart: the jobs already ran this hour.
    a.shutdown().await;
    b.shutdown().await;
    let (c, d) = (start(), start());
    tokio::time::sleep(Duration::from_millis(500)).await;
    c.shutdown().await;
    d.shutdown().await;
    let all = jobs::list(app.db(), 10).await.unwrap();
    let mut seen: Vec<(&str, i64)> = all.iter().map(|j| (j.name.as_str(), j.runs)).collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("announce", 1),
            ("briefing-digest", 1),
            ("briefing-reminders", 1),
            ("sweep", 1)
        ]
    );
}

#[tokio::test]
async fn a_run_longer_than_its_lease_keeps_it_and_runs_once() {
    let app = TestApp::new().await;
    let (registry, runs) = counting(false, Duration::from_secs(3));
    jobs::schedule(app.db(), "tick", "1", chrono::Utc::now())
        .await
        .unwrap();
    let runners: Vec<_> = (0..2)
        .map(|_| {
            Runner::new(app.db().clone(), registry.clone(), settings(1000))
                .unwrap()
                .spawn()
        })
        .collect();
    let db = app.db().clone();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !jobs::list(&db, 10).await.unwrap().is_empty() {
        assert!(std::time::Instant::now() < deadline, "the job finished");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    for runner in runners {
        runner.shutdown().await;
    }
    assert_eq!(
        runs.load(Ordering::SeqCst),
        1,
        "the lease was renewed, so the other runner never took the job"
    );
}

#[tokio::test]
async fn a_run_that_loses_its_lease_is_stopped_and_left_to_others() {
    let app = TestApp::new().await;
    let (registry, runs) = counting(false, Duration::from_secs(10));
    jobs::schedule(app.db(), "tick", "1", chrono::Utc::now())
        .await
        .unwrap();
    let runner = Runner::new(app.db().clone(), registry, settings(300)).unwrap();
    let worker = runner.worker().to_string();
    let running = tokio::spawn(async move { runner.run_until_idle().await.unwrap() });
    let db = app.db().clone();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while jobs::list(&db, 1).await.unwrap()[0].locked_by.as_deref() != Some(worker.as_str()) {
        assert!(
            std::time::Instant::now() < deadline,
            "the runner took the job"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Another worker takes the job over (as if this one's lease had run out).
    assert_eq!(jobs::release(app.db(), &worker).await.unwrap(), 1);
    let taken = jobs::claim(
        app.db(),
        "other",
        &["tick"],
        1,
        chrono::Duration::minutes(1),
    )
    .await
    .unwrap();
    assert_eq!(taken.len(), 1);
    let started = std::time::Instant::now();
    assert_eq!(running.await.unwrap(), 1);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "stopped at the next renewal, not after the whole run"
    );
    assert_eq!(runs.load(Ordering::SeqCst), 0, "the run was stopped");
    let job = &jobs::list(app.db(), 10).await.unwrap()[0];
    assert_eq!(
        job.locked_by.as_deref(),
        Some("other"),
        "the new holder keeps it"
    );
}

#[tokio::test]
async fn a_stopping_runner_gives_back_the_jobs_it_could_not_finish() {
    let app = TestApp::new().await;
    let (registry, runs) = counting(false, Duration::from_secs(30));
    jobs::schedule(app.db(), "tick", "1", chrono::Utc::now())
        .await
        .unwrap();
    let runner = Runner::new(app.db().clone(), registry.clone(), settings(60_000))
        .unwrap()
        .spawn();
    let db = app.db().clone();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while jobs::list(&db, 1).await.unwrap()[0].locked_by.is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the runner took the job"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    runner.shutdown().await;
    assert_eq!(runs.load(Ordering::SeqCst), 0);
    // Another instance takes it at once, not when the minute-long lease would have run out.
    let next = Runner::new(app.db().clone(), registry, settings(60_000)).unwrap();
    let claimed = jobs::claim(
        app.db(),
        next.worker().as_str(),
        &["tick"],
        1,
        chrono::Duration::minutes(1),
    )
    .await
    .unwrap();
    assert_eq!(claimed.len(), 1);
}

#[tokio::test]
async fn a_runner_claims_only_the_kinds_it_knows() {
    let app = TestApp::new().await;
    jobs::schedule(app.db(), "from-a-newer-version", "1", chrono::Utc::now())
        .await
        .unwrap();
    let (registry, _) = counting(false, Duration::ZERO);
    let runner = Runner::new(app.db().clone(), registry, settings(60_000)).unwrap();
    assert_eq!(runner.run_until_idle().await.unwrap(), 0);
    let job = &jobs::list(app.db(), 10).await.unwrap()[0];
    assert_eq!(
        (job.attempts, job.locked_by.as_deref()),
        (0, None),
        "left alone"
    );
}

#[tokio::test]
async fn two_worker_sets_run_each_job_exactly_once() {
    let app = TestApp::new().await;
    let db = app.db().clone();
    let now = chrono::Utc::now();
    for n in 0..60 {
        jobs::schedule(&db, "count", &n.to_string(), now)
            .await
            .unwrap();
    }
    let ran = Arc::new(Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for w in 0..4 {
        let (db, ran) = (db.clone(), ran.clone());
        workers.push(tokio::spawn(async move {
            let name = format!("worker-{w}");
            loop {
                let claimed = jobs::claim(&db, &name, &["count"], 3, chrono::Duration::minutes(5))
                    .await
                    .unwrap();
                if claimed.is_empty() {
                    break;
                }
                for job in claimed {
                    ran.lock().unwrap().push(job.job_key.clone());
                    assert!(
                        jobs::finish(&db, &job, &name, &jobs::Outcome::Done(None))
                            .await
                            .unwrap()
                    );
                }
            }
        }));
    }
    for w in workers {
        w.await.unwrap();
    }
    let ran = ran.lock().unwrap().clone();
    assert_eq!(ran.len(), 60, "every job ran once: {ran:?}");
    assert_eq!(ran.iter().collect::<HashSet<_>>().len(), 60);
    assert!(jobs::list(&db, 100).await.unwrap().is_empty());
}

#[tokio::test]
async fn an_abandoned_lease_is_taken_again_and_the_late_worker_cannot_finish() {
    let app = TestApp::new().await;
    let db = app.db();
    jobs::schedule(db, "count", "1", chrono::Utc::now())
        .await
        .unwrap();
    let lease = chrono::Duration::milliseconds(300);
    let crashed = jobs::claim(db, "crashed", &["count"], 5, lease)
        .await
        .unwrap();
    assert_eq!(crashed.len(), 1);
    assert!(
        jobs::claim(db, "other", &["count"], 5, lease)
            .await
            .unwrap()
            .is_empty(),
        "held while the lease lasts"
    );
    tokio::time::sleep(Duration::from_millis(400)).await;
    let retaken = jobs::claim(db, "other", &["count"], 5, lease)
        .await
        .unwrap();
    assert_eq!(retaken.len(), 1);
    assert!(
        !jobs::finish(db, &crashed[0], "crashed", &jobs::Outcome::Done(None))
            .await
            .unwrap()
    );
    let failed = jobs::Outcome::Failed("boom".to_owned());
    assert!(
        jobs::finish(db, &retaken[0], "other", &failed)
            .await
            .unwrap()
    );
    let state = &jobs::list(db, 10).await.unwrap()[0];
    assert_eq!(
        (state.attempts, state.last_error.as_deref()),
        (1, Some("boom"))
    );
    assert!(state.run_at > chrono::Utc::now(), "backed off");
}
