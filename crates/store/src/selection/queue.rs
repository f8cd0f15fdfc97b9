//! The review queue: every candidacy of a cycle, filtered, sorted and paged in the database
//! so that it stays quick with thousands of them.

use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Utc};
use heroes_domain::selection::candidacy::State;

/// How the queue is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueueSort {
    /// Highest weighted score first; unscored last.
    #[default]
    Score,
    /// Oldest first: who has waited longest.
    Age,
    /// Largest disagreement between reviewers first.
    Spread,
}

impl QueueSort {
    /// The name used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            QueueSort::Score => "score",
            QueueSort::Age => "age",
            QueueSort::Spread => "spread",
        }
    }

    /// Reads a URL value; anything unknown is the default.
    pub fn from_param(value: &str) -> QueueSort {
        match value {
            "age" => QueueSort::Age,
            "spread" => QueueSort::Spread,
            _ => QueueSort::Score,
        }
    }
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    pub cycle_id: i64,
    pub specialization_id: Option<i64>,
    pub state: Option<State>,
    /// Only candidacies this reviewer is assigned to.
    pub reviewer_id: Option<i64>,
    /// Only candidacies nobody is assigned to.
    pub unassigned: bool,
    pub sort: QueueSort,
    /// 1-based.
    pub page: i64,
    pub per_page: i64,
}

/// One line of the queue.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueueRow {
    pub id: i64,
    pub nominee_name: String,
    pub specialization_name: String,
    pub state: String,
    pub score: Option<i64>,
    pub spread: Option<i64>,
    pub review_count: i64,
    pub nominators: i64,
    pub reviewers: i64,
    pub created_at: DateTime<Utc>,
}

fn filters(q: &QueueQuery) -> Sql {
    let mut sql = Sql::new(" WHERE c.cycle_id = ");
    sql.bind(Arg::Int(q.cycle_id));
    if let Some(s) = q.specialization_id {
        sql.push(" AND c.specialization_id = ").bind(Arg::Int(s));
    }
    if let Some(state) = q.state {
        sql.push(" AND c.state = ")
            .bind(Arg::Text(state.as_str().to_owned()));
    }
    if let Some(r) = q.reviewer_id {
        sql.push(" AND EXISTS (SELECT 1 FROM reviewer_assignments a WHERE a.candidacy_id = c.id AND a.reviewer_id = ")
            .bind(Arg::Int(r))
            .push(")");
    }
    if q.unassigned {
        sql.push(
            " AND NOT EXISTS (SELECT 1 FROM reviewer_assignments a WHERE a.candidacy_id = c.id)",
        );
    }
    sql
}

/// A page of the queue and the number of candidacies matching in all.
pub async fn queue(db: &Db, q: &QueueQuery) -> StoreResult<(Vec<QueueRow>, i64)> {
    let where_ = filters(q);
    let mut count = Sql::new("SELECT count(*) FROM candidacies c");
    count.append(&where_);
    // The page's ids first (an index walk, no per-row work for the rows OFFSET skips), then
    // the counts for those rows only.
    let mut ids = Sql::new("SELECT c.id, c.score, c.spread, c.created_at FROM candidacies c");
    ids.append(&where_);
    ids.push(match q.sort {
        QueueSort::Score => " ORDER BY c.score DESC NULLS LAST, c.id",
        QueueSort::Age => " ORDER BY c.created_at, c.id",
        QueueSort::Spread => " ORDER BY c.spread DESC NULLS LAST, c.id",
    });
    let per_page = q.per_page.clamp(1, 500);
    ids.push(" LIMIT ").bind(Arg::Int(per_page));
    ids.push(" OFFSET ")
        .bind(Arg::Int((q.page.max(1) - 1) * per_page));
    let mut page = Sql::new("WITH page AS (");
    page.append(&ids);
    page.push(
        ") SELECT c.id, c.nominee_name, s.name AS specialization_name, c.state, c.score, \
         c.spread, c.review_count, \
         (SELECT count(*) FROM nominations n WHERE n.candidacy_id = c.id) AS nominators, \
         (SELECT count(*) FROM reviewer_assignments a WHERE a.candidacy_id = c.id \
          AND a.conflict IS NULL) AS reviewers, \
         c.created_at FROM page JOIN candidacies c ON c.id = page.id \
         JOIN specializations s ON s.id = c.specialization_id",
    );
    page.push(match q.sort {
        QueueSort::Score => " ORDER BY page.score DESC NULLS LAST, page.id",
        QueueSort::Age => " ORDER BY page.created_at, page.id",
        QueueSort::Spread => " ORDER BY page.spread DESC NULLS LAST, page.id",
    });
    let total: i64 = with_pool!(db, |pool| bind_args!(
        sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count.text.clone())),
        &count.args
    )
    .fetch_one(pool)
    .await)?;
    let rows: Vec<QueueRow> = with_pool!(db, |pool| bind_args!(
        sqlx::query_as::<_, QueueRow>(sqlx::AssertSqlSafe(page.text.clone())),
        &page.args
    )
    .fetch_all(pool)
    .await)?;
    Ok((rows, total))
}
