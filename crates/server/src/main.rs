//! The `heroes` command: serve the program, migrate the database, generate demo programs.

use clap::Parser;
use heroes_server::cli::Cli;
use std::process::ExitCode;

/// mimalloc rather than the system's allocator: a page is hundreds of small strings and a few
/// arrays of 10,000 entries, allocated and freed again. Under 64 connections it doubled the
/// uncached directory and search rows on PostgreSQL (BENCHMARKS.md, issue 21). It commits
/// memory on demand and gives freed pages back (the build define in `.cargo/config.toml`);
/// with its default it held about 60 MB more at 10,000 heroes. Only the binary has it; the
/// tests run the library on the system's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: could not start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(heroes_server::cli::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One sentence, no backtrace: every error on this path was written for a person.
            eprintln!("error: {}", heroes_server::cli::error_text(&e));
            ExitCode::FAILURE
        }
    }
}
