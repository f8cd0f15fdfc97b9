//! `heroes credits import|expire|bench`: the code pool from the command line, the expiry the
//! daily job runs, and the approvals benchmark of BENCHMARKS.md.

use anyhow::{Context, bail};
use chrono::{Datelike, Days, Utc};
use clap::Subcommand;
use heroes_domain::credits::{
    Amount, IdempotencyKey, NewRequest, PoolCode, Purpose, Step, parse_pool,
};
use heroes_domain::text::Bounded;
use heroes_store::Db;
use heroes_store::accounts::Actor;
use heroes_store::credits;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

/// The `credits` subcommands.
#[derive(Debug, Subcommand)]
pub enum CreditsCommand {
    /// Add a pool of redemption codes (CSV: code,value,expiry with an optional header row).
    /// Every row is checked first: all are added, or none and every problem is listed. Codes
    /// already in the pool are left as they were, so importing a file twice adds nothing.
    Import {
        /// The CSV file.
        file: PathBuf,
    },
    /// Record expired codes and the unused allotment of past years now (the daily job does
    /// the same).
    Expire,
    /// Measure approvals per second: imports `codes` codes into the pool, gives the first
    /// active heroes a large allotment for the year 2100, files `approvals` requests and
    /// approves them with `concurrency` at once, each approval issuing three codes. Run it on
    /// a throwaway database filled by `heroes demo`: it adds codes and ledger entries.
    Bench {
        #[arg(long, default_value_t = 100_000)]
        codes: usize,
        #[arg(long, default_value_t = 2_000)]
        approvals: usize,
        #[arg(long, default_value_t = 8)]
        concurrency: usize,
    },
}

/// Runs one command.
pub async fn run(db: &Db, command: CreditsCommand) -> anyhow::Result<()> {
    match command {
        CreditsCommand::Import { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let codes = match parse_pool(&text) {
                Ok(codes) => codes,
                Err(rows) => {
                    for r in &rows {
                        eprintln!("line {}: {}", r.line, r.error);
                    }
                    bail!(
                        "nothing was imported: {} rows have problems (listed above)",
                        rows.len()
                    );
                }
            };
            let imported = import_with_bar(db, &codes).await?;
            println!(
                "Added {} codes to the pool; {} were in it already and were left as they were.",
                imported.added, imported.already
            );
        }
        CreditsCommand::Expire => {
            let expired = credits::expire(db, Utc::now().date_naive()).await?;
            println!(
                "Recorded {} expired codes and the expired allotment of {} heroes.",
                expired.codes, expired.allotments
            );
        }
        CreditsCommand::Bench {
            codes,
            approvals,
            concurrency,
        } => bench(db, codes, approvals, concurrency.max(1)).await?,
    }
    Ok(())
}

async fn import_with_bar(db: &Db, codes: &[PoolCode]) -> anyhow::Result<credits::Imported> {
    let bar = crate::cli::progress_bar(std::io::stderr().is_terminal(), codes.len() as u64);
    bar.set_message("importing");
    let imported =
        credits::import(db, codes, &Actor::cli(), |n| bar.set_position(n as u64)).await?;
    bar.finish_and_clear();
    Ok(imported)
}

/// The benchmark: see [`CreditsCommand::Bench`].
async fn bench(db: &Db, codes: usize, approvals: usize, concurrency: usize) -> anyhow::Result<()> {
    if (approvals as i64) * BENCH_PER_APPROVAL > codes as i64 {
        bail!(
            "{approvals} approvals of {BENCH_PER_APPROVAL} codes need at least {} codes",
            approvals as i64 * BENCH_PER_APPROVAL
        );
    }
    let actor = Actor::cli();
    let (heroes, _) = heroes_store::renewal::heroes(db, None, 1, 50).await?;
    let heroes: Vec<_> = heroes
        .into_iter()
        .filter(|h| h.status == "active")
        .collect();
    if heroes.is_empty() {
        bail!("no active heroes: fill the database with `heroes demo` first");
    }
    let run = Utc::now().timestamp();
    let expires_on = Utc::now().date_naive() + Days::new(365);
    let pool: Vec<PoolCode> = (0..codes)
        .map(|i| PoolCode {
            code: format!("BENCH-{run}-{i:07}"),
            value: Amount::new(BENCH_VALUE).expect("a positive value"),
            expires_on,
        })
        .collect();
    let started = Instant::now();
    let imported = import_with_bar(db, &pool).await?;
    let import_time = started.elapsed();
    println!(
        "imported {} codes in {:.2} s ({:.0} codes/s)",
        imported.added,
        import_time.as_secs_f64(),
        imported.added as f64 / import_time.as_secs_f64()
    );
    for h in &heroes {
        credits::set_exception(db, BENCH_YEAR, &h.slug, 1_000_000_000, &actor).await?;
    }
    credits::grant_allotments(db, BENCH_YEAR, &actor).await?;
    let mut requests = Vec::with_capacity(approvals);
    for i in 0..approvals {
        let hero = &heroes[i % heroes.len()];
        let new = NewRequest {
            purpose: Purpose::Workshop,
            amount: Amount::new(BENCH_VALUE * BENCH_PER_APPROVAL).expect("a positive amount"),
            note: Bounded::parse("note", "benchmark")?,
            idempotency_key: IdempotencyKey::parse("key", &format!("bench-{run}-{i}"))?,
        };
        match credits::request(db, hero.id, &new, &actor).await? {
            Ok(r) => requests.push(r.id()),
            Err(refusal) => bail!("request refused: {refusal:?}"),
        }
    }
    approve_all(db, requests, concurrency, &actor).await
}

/// The value of each code the benchmark imports.
const BENCH_VALUE: i64 = 10;
/// Codes per approved request.
const BENCH_PER_APPROVAL: i64 = 3;
/// The allotment year the benchmark grants in (far from any real one).
const BENCH_YEAR: i32 = 2100;

/// The benchmark's second half: approves `requests` from `concurrency` tasks at once, then
/// checks that the ledger and the balances agree.
async fn approve_all(
    db: &Db,
    requests: Vec<i64>,
    concurrency: usize,
    actor: &Actor,
) -> anyhow::Result<()> {
    let today = Utc::now().date_naive();
    let queue = std::sync::Arc::new(std::sync::Mutex::new(requests));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (db, queue, actor) = (db.clone(), queue.clone(), actor.clone());
        tasks.push(tokio::spawn(async move {
            let mut done = 0_usize;
            loop {
                let next = queue.lock().expect("the queue").pop();
                let Some(id) = next else { break };
                let amount = Amount::new(BENCH_VALUE * BENCH_PER_APPROVAL).expect("positive");
                let step = Step::Approve(amount);
                match credits::decide(&db, id, None, &step, &actor, &[], today).await {
                    Ok(Ok(_)) => done += 1,
                    Ok(Err(refusal)) => return Err(anyhow::anyhow!("refused: {refusal:?}")),
                    Err(e) => return Err(e.into()),
                }
            }
            Ok(done)
        }));
    }
    let mut approved = 0;
    for task in tasks {
        approved += task.await??;
    }
    let elapsed = started.elapsed();
    let (balances, ledger, negative, twice) = credits::consistency(db).await?;
    println!(
        "{:?}: {approved} approvals ({} codes issued) in {:.2} s with {concurrency} at once: {:.0} approvals/s; \
         balances {balances} = ledger {ledger}, {negative} negative balances, {twice} codes issued twice (year {})",
        db.backend(),
        approved as i64 * BENCH_PER_APPROVAL,
        elapsed.as_secs_f64(),
        approved as f64 / elapsed.as_secs_f64(),
        today.year()
    );
    if balances != ledger || negative != 0 || twice != 0 {
        bail!("the ledger and the balances disagree");
    }
    Ok(())
}
