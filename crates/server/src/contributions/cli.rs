//! `heroes contributions import|export`: the same files as the web pages, from the command
//! line (for moving a program's history in, or backing a hero's log up).

use super::own::to_csv;
use super::transfer;
use anyhow::{Context, bail};
use chrono::Utc;
use clap::{Subcommand, ValueEnum};
use heroes_domain::contribution::ContributionInput;
use heroes_store::Db;
use heroes_store::contributions;
use heroes_store::heroes;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// File formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// The `contributions` subcommands.
#[derive(Debug, Subcommand)]
pub enum ContributionsCommand {
    /// Add the contributions in a CSV or JSON file to a hero's log. Every row is checked
    /// first: all are added, or none and every problem is listed. Addresses already in the
    /// log are skipped, so importing a file twice adds nothing.
    Import {
        /// The hero's slug.
        #[arg(long)]
        hero: String,
        /// The file (CSV with a header row, or a JSON array, as `export` writes them).
        file: PathBuf,
    },
    /// Write a hero's contributions (private ones included).
    Export {
        /// The hero's slug.
        #[arg(long)]
        hero: String,
        #[arg(long, value_enum, default_value = "csv")]
        format: Format,
        /// Where to write (default: standard output).
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

/// `heroes contributions import`: every row of `file` for `hero`, all or nothing; each
/// refused row (a problem, or a work logged already at another address) is listed.
async fn import(db: &Db, hero: &str, file: &std::path::Path) -> anyhow::Result<()> {
    let id = hero_id(db, hero).await?;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let inputs =
        transfer::read(&bytes).map_err(|p| anyhow::anyhow!("{}: {}", file.display(), p.0))?;
    let first_row = transfer::first_row(&bytes);
    let items = match transfer::validate(&inputs, Utc::now().date_naive(), first_row) {
        Ok(items) => items,
        Err(rows) => {
            for row in &rows {
                for e in &row.errors {
                    eprintln!("row {}: {e}", row.row);
                }
            }
            bail!(
                "nothing was imported: {} rows have problems (listed above)",
                rows.len()
            );
        }
    };
    let same = transfer::same_works(db, id, &items, first_row).await?;
    if !same.is_empty() {
        for s in &same {
            match s {
                transfer::SameWork::Logged { row, work } => eprintln!(
                    "row {row}: logged already as {:?} ({})",
                    work.title, work.url
                ),
                transfer::SameWork::InFile { row, first } => {
                    eprintln!("row {row}: the same work as row {first}")
                }
            }
        }
        bail!(
            "nothing was imported: {} rows repeat a work at another address (listed above)",
            same.len()
        );
    }
    let bar = crate::cli::progress_bar(std::io::stderr().is_terminal(), items.len() as u64);
    bar.set_message("importing");
    let report =
        contributions::import(db, id, &items, Utc::now(), |n| bar.set_position(n as u64)).await?;
    bar.finish_and_clear();
    println!(
        "Imported {} new contributions for {hero}; {} already in the log were left as they were.",
        report.added, report.skipped
    );
    Ok(())
}

async fn hero_id(db: &Db, slug: &str) -> anyhow::Result<i64> {
    heroes::id_of(db, slug)
        .await?
        .with_context(|| format!("no hero has the slug {slug:?}"))
}

/// Runs one command.
pub async fn run(db: &Db, command: ContributionsCommand) -> anyhow::Result<()> {
    match command {
        ContributionsCommand::Import { hero, file } => import(db, &hero, &file).await?,
        ContributionsCommand::Export {
            hero,
            format,
            output,
        } => {
            let id = hero_id(db, &hero).await?;
            let items: Vec<ContributionInput> = contributions::all_of_hero(db, id)
                .await?
                .iter()
                .map(super::own::input_of)
                .collect();
            let text = match format {
                Format::Csv => to_csv(&items),
                Format::Json => serde_json::to_string_pretty(&items)? + "\n",
            };
            match output {
                Some(path) => {
                    std::fs::write(&path, text)
                        .with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("Wrote {} contributions to {}.", items.len(), path.display());
                }
                None => std::io::stdout().write_all(text.as_bytes())?,
            }
        }
    }
    Ok(())
}
