//! Program-wide exports (every hero, public contribution and candidacy) as CSV or JSON, read
//! page by page from the store and written as it comes: on the web as a streamed answer
//! (`/admin/exports/{what}/{format}`), on the command line as `heroes export` with a
//! progress bar. Both use [`pages`], so the two give the same file.

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ReadProgramData};
use crate::web::private;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use futures_util::Stream;
use heroes_store::exports::{self, Export};
use heroes_store::{Db, StoreError, StoreResult};
use serde::Serialize;

/// Rows read per page.
const PAGE: i64 = 1_000;

/// The file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON array of objects.
    Json,
}

impl Format {
    /// Reads `csv` or `json`.
    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// `value`, with a leading apostrophe if a spreadsheet would take it for a formula.
fn defuse_formula(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

/// Writes one page of rows; `first` says whether the file starts here (the CSV header, the
/// JSON array's opening bracket).
fn encode<T: Serialize>(rows: &[T], format: Format, first: bool) -> Vec<u8> {
    match format {
        Format::Csv => {
            let mut plain = csv::WriterBuilder::new()
                .has_headers(first)
                .from_writer(Vec::new());
            for row in rows {
                // Every field is plain data; a row that cannot be written is a bug.
                plain.serialize(row).expect("records serialize");
            }
            let plain = plain.into_inner().expect("writing to memory");
            // A second pass over the fields, because serde writes them straight out: a cell
            // a spreadsheet would run as a formula (a bio starting with "=HYPERLINK(…") gets
            // the same leading apostrophe as every other CSV we serve.
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(plain.as_slice());
            let mut writer = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(Vec::new());
            for record in reader.records() {
                let record = record.expect("reading back what was just written");
                writer
                    .write_record(record.iter().map(|v| defuse_formula(v).into_owned()))
                    .expect("writing to memory");
            }
            writer.into_inner().expect("writing to memory")
        }
        Format::Json => {
            let mut out = Vec::new();
            for (i, row) in rows.iter().enumerate() {
                out.extend_from_slice(if first && i == 0 { b"[\n" } else { b",\n" });
                serde_json::to_writer(&mut out, row).expect("records serialize");
            }
            out
        }
    }
}

/// One page: its bytes, how many rows, and the last id (the next page's cursor).
async fn page(
    db: &Db,
    what: Export,
    format: Format,
    after: i64,
) -> StoreResult<(Vec<u8>, usize, i64)> {
    let first = after == 0;
    Ok(match what {
        Export::Heroes => {
            let rows = exports::heroes(db, after, PAGE).await?;
            (
                encode(&rows, format, first),
                rows.len(),
                rows.last().map_or(after, |r| r.id),
            )
        }
        Export::Contributions => {
            let rows = exports::contributions(db, after, PAGE).await?;
            (
                encode(&rows, format, first),
                rows.len(),
                rows.last().map_or(after, |r| r.id),
            )
        }
        Export::Candidacies => {
            let rows = exports::candidacies(db, after, PAGE).await?;
            (
                encode(&rows, format, first),
                rows.len(),
                rows.last().map_or(after, |r| r.id),
            )
        }
    })
}

/// The export as a stream of chunks, one page each, each with the number of rows it holds.
pub fn pages(
    db: Db,
    what: Export,
    format: Format,
) -> impl Stream<Item = StoreResult<(Vec<u8>, usize)>> {
    // (cursor, rows written so far, finished)
    futures_util::stream::unfold((0i64, 0usize, false), move |(after, written, done)| {
        let db = db.clone();
        async move {
            if done {
                return None;
            }
            match page(&db, what, format, after).await {
                Err(e) => Some((Err(e), (after, written, true))),
                Ok((mut bytes, n, last)) => {
                    let end = (n as i64) < PAGE;
                    if end && format == Format::Json {
                        // Close the array (an empty export is `[]`).
                        bytes.extend_from_slice(if written + n == 0 { b"[]\n" } else { b"\n]\n" });
                    }
                    Some((Ok((bytes, n)), (last, written + n, end)))
                }
            }
        }
    })
}

/// `GET /admin/exports/{what}/{format}`: the export, streamed as it is read.
pub async fn download(
    State(state): State<AppState>,
    _: Allowed<ReadProgramData>,
    Path((what, format)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (Some(what), Some(format)) = (Export::parse(&what), Format::parse(&format)) else {
        return Err(PageError::NotFound);
    };
    let stream = futures_util::StreamExt::map(pages(state.db.clone(), what, format), |chunk| {
        chunk.map(|(bytes, _)| bytes).map_err(|e: StoreError| {
            // The status line is gone by now; ending the body early tells the client.
            tracing::error!(error = %e, "an export stopped");
            e
        })
    });
    let mut response = private((
        [(header::CONTENT_TYPE, format.content_type())],
        Body::from_stream(stream),
    ));
    let disposition = format!(
        "attachment; filename=\"{}.{}\"",
        what.name(),
        format.extension()
    );
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).expect("ASCII names"),
    );
    Ok(response)
}

/// `heroes export`: writes the export to `out`, with a progress bar on the terminal.
pub async fn run(
    db: &Db,
    what: Export,
    format: Format,
    out: &mut (dyn std::io::Write + Send),
) -> anyhow::Result<usize> {
    use futures_util::StreamExt;
    let total = what.count(db).await?;
    let bar = crate::cli::progress_bar(
        std::io::IsTerminal::is_terminal(&std::io::stderr()),
        total.max(0) as u64,
    );
    bar.set_message(what.name());
    let mut written = 0;
    let mut stream = std::pin::pin!(pages(db.clone(), what, format));
    while let Some(chunk) = stream.next().await {
        let (bytes, n) = chunk?;
        out.write_all(&bytes)?;
        written += n;
        bar.inc(n as u64);
    }
    out.flush()?;
    bar.finish_and_clear();
    Ok(written)
}
