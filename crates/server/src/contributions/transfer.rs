//! Contribution files: the CSV and JSON a hero downloads, edits and uploads again, or moves
//! between programs. Shared by the web pages and `heroes contributions import/export`.

use super::own::CSV_COLUMNS;
use chrono::NaiveDate;
use heroes_domain::ValidationError;
use heroes_domain::contribution::{ContributionInput, NewContribution};
use heroes_store::Db;
use heroes_store::StoreResult;
use heroes_store::contributions::{self, LoggedWork};
use std::collections::HashMap;

/// A file that could not be read at all, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem(pub String);

/// One refused row: its number as a spreadsheet shows it (the header is row 1 in CSV; items
/// count from 1 in JSON) and what is wrong.
#[derive(Debug, Clone)]
pub struct RowProblem {
    pub row: usize,
    pub errors: Vec<ValidationError>,
}

/// Reads a CSV (with the export's header row; columns may come in any order, unknown ones
/// are refused) or a JSON array, deciding by the first non-blank character.
pub fn read(bytes: &[u8]) -> Result<Vec<ContributionInput>, FileProblem> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| FileProblem("the file is not UTF-8 text".to_owned()))?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('[') {
        serde_json::from_str(text)
            .map_err(|e| FileProblem(format!("the JSON is not a list of contributions: {e}")))
    } else {
        read_csv(text)
    }
}

fn read_csv(text: &str) -> Result<Vec<ContributionInput>, FileProblem> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| FileProblem(format!("the CSV header cannot be read: {e}")))?
        .clone();
    if let Some(unknown) = headers.iter().find(|h| !CSV_COLUMNS.contains(h)) {
        return Err(FileProblem(format!(
            "unknown column {unknown:?}; the columns are {}",
            CSV_COLUMNS.join(", ")
        )));
    }
    for required in ["kind", "title", "url", "date"] {
        if !headers.iter().any(|h| h == required) {
            return Err(FileProblem(format!("the column {required:?} is missing")));
        }
    }
    let mut items = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| FileProblem(format!("row {}: {e}", n + 2)))?;
        let cell = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .map(undo_formula_guard)
                .unwrap_or_default()
        };
        items.push(ContributionInput {
            kind: cell("kind"),
            title: cell("title"),
            url: cell("url"),
            date: cell("date"),
            specialization: cell("specialization"),
            tags: cell("tags"),
            description: cell("description"),
            views: cell("views"),
            attendees: cell("attendees"),
            stars: cell("stars"),
            answers: cell("answers"),
            private: matches!(
                cell("private").trim().to_lowercase().as_str(),
                "true" | "yes" | "1"
            ),
        });
    }
    Ok(items)
}

/// The export puts an apostrophe before cells a spreadsheet would run as formulas; reading
/// the file back takes it off again.
fn undo_formula_guard(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// Validates every row; either all are valid or every problem is reported.
pub fn validate(
    items: &[ContributionInput],
    today: NaiveDate,
    first_row: usize,
) -> Result<Vec<NewContribution>, Vec<RowProblem>> {
    let mut valid = Vec::with_capacity(items.len());
    let mut problems = Vec::new();
    for (n, item) in items.iter().enumerate() {
        match item.parse(today) {
            Ok(v) => valid.push(v),
            Err(errors) => problems.push(RowProblem {
                row: n + first_row,
                errors,
            }),
        }
    }
    if problems.is_empty() {
        Ok(valid)
    } else {
        Err(problems)
    }
}

/// A row of a file that repeats a work: one work counts once, however its address is written
/// (`WebUrl::canonical`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SameWork {
    /// Row `row` is `work`, which the hero logged already at another address.
    Logged { row: usize, work: LoggedWork },
    /// Row `row` is the work of the earlier row `first` of the same file, at another address.
    InFile { row: usize, first: usize },
}

/// The rows of a valid file that repeat a work at another address, in row order. A row at
/// exactly the address of a logged contribution is not one: importing a file twice skips
/// what the first import added.
pub async fn same_works(
    db: &Db,
    hero_id: i64,
    items: &[NewContribution],
    first_row: usize,
) -> StoreResult<Vec<SameWork>> {
    let canonicals: Vec<String> = items.iter().map(|i| i.url.canonical()).collect();
    let logged = contributions::logged_at(db, hero_id, &canonicals).await?;
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    let mut same = Vec::new();
    for (n, (item, canonical)) in items.iter().zip(&canonicals).enumerate() {
        let row = n + first_row;
        if let Some(work) = logged.get(canonical) {
            if work.url != item.url.as_str() {
                same.push(SameWork::Logged {
                    row,
                    work: work.clone(),
                });
            }
            continue;
        }
        match first_of.get(canonical.as_str()) {
            Some(&first) if items[first - first_row].url != item.url => {
                same.push(SameWork::InFile { row, first });
            }
            Some(_) => {}
            None => {
                first_of.insert(canonical, row);
            }
        }
    }
    Ok(same)
}

/// The row number of the first item: 2 in a CSV (after the header), 1 in JSON.
pub fn first_row(bytes: &[u8]) -> usize {
    let json = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'[');
    if json { 1 } else { 2 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_export_writes() {
        let item = ContributionInput {
            kind: "talk".into(),
            title: "=SUM(A1), \"quoted\"".into(),
            url: "https://example.org/t".into(),
            date: "2026-01-02".into(),
            attendees: "40".into(),
            private: true,
            ..ContributionInput::default()
        };
        let csv = super::super::own::to_csv(std::slice::from_ref(&item));
        assert_eq!(read(csv.as_bytes()).unwrap(), vec![item.clone()]);
        let json = serde_json::to_vec(&vec![item.clone()]).unwrap();
        assert_eq!(read(&json).unwrap(), vec![item]);
    }

    #[test]
    fn unreadable_files_say_why() {
        assert!(
            read(b"title,colour\nx,red\n")
                .unwrap_err()
                .0
                .contains("unknown column \"colour\"")
        );
        assert!(
            read(b"kind,title,url\ntalk,x,https://a.org\n")
                .unwrap_err()
                .0
                .contains("\"date\" is missing")
        );
        assert!(read(b"[{\"kind\": 3}]").unwrap_err().0.contains("JSON"));
        assert!(read(&[0xff, 0xfe, 0x00]).unwrap_err().0.contains("UTF-8"));
    }
}
