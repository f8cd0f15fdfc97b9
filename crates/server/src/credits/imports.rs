//! Pool imports from the web: the job `import-credit-codes` that adds an uploaded file's
//! codes in chunks (`heroes_store::credit_imports`), and its progress page
//! `/admin/credits/imports/{id}` — rows done out of the total, what was added, found or
//! refused, and each refused row's line and reason. The page reloads itself with a meta
//! refresh while the job runs (no script, so nothing for the CSP to allow) and has a plain
//! link to reload.

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ManageCredits, PathId};
use crate::i18n::I18n;
use crate::jobs::{JobContext, Outcome};
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use heroes_domain::credits::PoolCode;
use heroes_store::Db;
use heroes_store::accounts::Actor;
use heroes_store::credit_imports::{self as store, Import, Refusal};

/// Adds the codes of one upload (keyed by the import's id).
pub const IMPORT_CODES: &str = "import-credit-codes";

/// Seconds between reloads of a running import's page.
const REFRESH_SECONDS: u32 = 2;

/// Stores a checked upload as an import and queues its job; the import's id.
pub async fn start(db: &Db, rows: &[(usize, PoolCode)], actor: &Actor) -> Result<i64, PageError> {
    let id = store::start(db, rows, actor).await?;
    heroes_store::jobs::schedule(db, IMPORT_CODES, &id.to_string(), Utc::now()).await?;
    Ok(id)
}

/// The job: chunk after chunk while the lease leaves room; a run out of time is queued
/// again at once and goes on from the last chunk committed.
pub(super) async fn run(ctx: JobContext) -> Outcome {
    let Ok(id) = ctx.key.parse::<i64>() else {
        return Outcome::Done(None);
    };
    let actor = Actor::system("");
    loop {
        match store::step(&ctx.db, id, &actor).await {
            Ok(true) => {
                tracing::info!(import.id = id, "credit codes imported");
                return Outcome::Done(None);
            }
            Ok(false) if ctx.time_left() < std::time::Duration::from_secs(10) => {
                return Outcome::Done(Some(Utc::now()));
            }
            Ok(false) => {}
            Err(e) => return Outcome::Failed(format!("{e:#}")),
        }
    }
}

/// Queues again the imports whose job row was lost (the process stopped between storing the
/// upload and scheduling its job); run by the daily credits job.
pub(super) async fn resume(db: &Db) -> heroes_store::StoreResult<()> {
    for id in store::unfinished(db).await? {
        heroes_store::jobs::schedule(db, IMPORT_CODES, &id.to_string(), Utc::now()).await?;
    }
    Ok(())
}

/// An import's progress page.
#[derive(Template, WebTemplate)]
#[template(path = "credits/import.html")]
pub struct ImportPage {
    i18n: I18n,
    import: Import,
    refusals: Vec<Refusal>,
    refresh: u32,
}

impl ImportPage {
    fn finished(&self) -> bool {
        self.import.finished_at.is_some()
    }
    fn progress(&self) -> String {
        self.i18n.t_args(
            "credits-import-progress",
            &[
                ("done", self.i18n.number(self.import.done)),
                ("total", self.i18n.number(self.import.total)),
            ],
        )
    }
    fn percent(&self) -> i64 {
        (self.import.done * 100)
            .checked_div(self.import.total)
            .unwrap_or(100)
    }
}

/// `GET /admin/credits/imports/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show(
    State(state): State<AppState>,
    _: Allowed<ManageCredits>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let import = store::get(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(private(ImportPage {
        i18n,
        refusals: store::refusals(&state.db, id).await?,
        import,
        refresh: REFRESH_SECONDS,
    }))
}
