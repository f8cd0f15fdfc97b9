//! What left the public record (a hero erased, a contribution deleted or made private), for
//! mirrors that sync with `updated_since`. The rows are written by triggers (migration 0030),
//! so no code path that deletes or hides can forget them; this module only reads them.

use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::{Arg, Sql};
use chrono::{DateTime, Utc};

/// What kind of thing went away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeletionKind {
    /// A hero's public record; their contributions went with it.
    Hero,
    /// One public contribution.
    Contribution,
}

impl DeletionKind {
    /// The stored and public name.
    pub fn slug(self) -> &'static str {
        match self {
            DeletionKind::Hero => "hero",
            DeletionKind::Contribution => "contribution",
        }
    }

    /// Reads a name.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "hero" => Some(DeletionKind::Hero),
            "contribution" => Some(DeletionKind::Contribution),
            _ => None,
        }
    }
}

/// One thing that went away.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Deletion {
    /// `hero` or `contribution` (see [`DeletionKind`]).
    pub kind: String,
    /// The hero's slug, or the contribution's id.
    pub key: String,
    /// When.
    pub deleted_at: DateTime<Utc>,
}

/// Which deletions to list: oldest first (ties by id).
#[derive(Debug, Clone, Default)]
pub struct DeletionQuery {
    /// Only this kind.
    pub kind: Option<DeletionKind>,
    /// Only those at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Page size.
    pub limit: i64,
    /// Rows to skip.
    pub offset: i64,
}

impl DeletionQuery {
    fn where_clause(&self) -> Sql {
        let mut sql = Sql::new(" WHERE 1 = 1");
        if let Some(kind) = self.kind {
            sql.push(" AND kind = ").bind(Arg::from(kind.slug()));
        }
        if let Some(since) = self.since {
            sql.push(" AND deleted_at >= ").bind(Arg::Time(since));
        }
        sql
    }
}

/// A page of deletions.
pub async fn list(db: &Db, query: &DeletionQuery) -> StoreResult<Vec<Deletion>> {
    let mut sql = Sql::new("SELECT kind, key, deleted_at FROM deletions");
    sql.append(&query.where_clause())
        .push(" ORDER BY deleted_at, id LIMIT ")
        .bind(Arg::Int(query.limit))
        .push(" OFFSET ")
        .bind(Arg::Int(query.offset));
    sql.fetch_all(db).await
}

/// How many deletions match (limit and offset ignored).
pub async fn count(db: &Db, query: &DeletionQuery) -> StoreResult<i64> {
    let mut sql = Sql::new("SELECT count(*) FROM deletions");
    sql.append(&query.where_clause());
    sql.fetch_count(db).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TestDb;
    use heroes_domain::contribution::{ContributionKind, NewContribution, Reach, Title};
    use heroes_domain::text::LongText;
    use heroes_domain::web::WebUrl;

    fn post(url: &str) -> NewContribution {
        NewContribution {
            kind: ContributionKind::BlogPost,
            title: Title::parse("title", "A post").unwrap(),
            url: WebUrl::parse("url", url).unwrap(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            specialization: None,
            tags: vec![],
            description: LongText::parse("d", "").unwrap(),
            reach: Reach::default(),
            private: false,
        }
    }

    #[tokio::test]
    async fn a_deletion_is_recorded_in_the_deleting_transaction_or_not_at_all() {
        let test = TestDb::new().await.unwrap();
        let db = &test.db;
        let now = Utc::now();
        with_pool!(db, |pool| {
            sqlx::query(
                "INSERT INTO hero_records (slug, display_name, sort_name, country, region, status, \
                 hero_since, created_at, updated_at) \
                 VALUES ('ada', 'Ada', 'ada', 'DE', 'emea', 'active', 2020, $1, $1)",
            )
            .bind(now)
            .execute(pool)
            .await
            .unwrap();
        });
        let id = crate::contributions::add(db, "ada", &post("https://ada.example/1"), now)
            .await
            .unwrap();
        let everything = DeletionQuery {
            limit: 10,
            ..DeletionQuery::default()
        };
        let mut tx = db.begin().await.unwrap();
        with_tx!(&mut tx, |conn| {
            sqlx::query("DELETE FROM contributions WHERE id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await
                .unwrap();
        });
        tx.rollback().await.unwrap();
        assert_eq!(count(db, &everything).await.unwrap(), 0);

        let hero_id = crate::heroes::id_of(db, "ada").await.unwrap().unwrap();
        crate::contributions::delete(db, hero_id, id).await.unwrap();
        let listed = list(db, &everything).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(
            (listed[0].kind.as_str(), listed[0].key.clone()),
            ("contribution", id.to_string())
        );
        assert!(listed[0].deleted_at >= now);
    }
}
