//! Search documents: one row of folded text per hero, rewritten whenever its sources change.
//!
//! The document aggregates a hero's profile and the titles of their public contributions, so
//! it is maintained here rather than by triggers on three tables; callers invoke [`refresh`]
//! in the same transaction as the change, and every instance sees the same results at once.
//! The backend-specific index (FTS5 on SQLite, a generated `tsvector` on PostgreSQL) follows
//! the `hero_search` table by itself.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use heroes_domain::geo::CountryCode;
use heroes_domain::search::{name_words, normalize};

/// The newest public contribution titles kept in a hero's document: enough to find someone by
/// what they wrote about, bounded so that a prolific hero's document stays small.
pub const MAX_TITLES: i64 = 200;

/// The `works` column of a document: each title folded (see [`normalize`]), one per line,
/// newest first. Both full-text indexes read a line break as a space; the speaker ranking
/// (`speakers::shortlist`) reads the lines as titles, so it counts posts without reading or
/// folding any contribution again.
pub fn works_text(titles: &[String]) -> String {
    titles
        .iter()
        .map(|t| normalize(t))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The order titles are kept in, newest first (the same in every reader).
const NEWEST: &str = "published_on DESC, id DESC";

#[derive(sqlx::FromRow)]
struct Source {
    id: i64,
    display_name: String,
    latin_name: String,
    headline: String,
    company: String,
    bio: String,
    city: String,
    country: String,
}

/// The folded `(name, profile)` columns of a hero's document. The name column carries the
/// name's Latin spellings too (see [`name_words`]), so "Tkachenko" finds Ткаченко through the
/// same full-text index on both backends, and so in the directory index, which asks it.
fn profile_text(s: &Source) -> (String, String) {
    let country_name = CountryCode::parse(&s.country).map_or("", |c| c.name());
    let profile = format!(
        "{} {} {} {} {} {}",
        s.headline, s.company, s.city, country_name, s.country, s.bio
    );
    (
        name_words(&s.display_name, &s.latin_name),
        normalize(&profile),
    )
}

const SOURCE: &str =
    "SELECT id, display_name, latin_name, headline, company, bio, city, country FROM heroes";
const UPSERT: &str = "INSERT INTO hero_search (hero_id, name, profile, works, stamp) \
     VALUES ($1, $2, $3, $4, $5) \
     ON CONFLICT (hero_id) DO UPDATE SET name = excluded.name, profile = excluded.profile, \
     works = excluded.works, stamp = excluded.stamp";

/// The `stamp` of a document: a hash of its three columns (64-bit FNV-1a), so a rewrite with
/// other text changes it and instances re-read the document (see `directory::fulltext`).
fn stamp(name: &str, profile: &str, works: &str) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [name, profile, works] {
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash as i64
}

/// Rewrites the search document of one hero inside `tx`.
pub(crate) async fn refresh(tx: &mut Tx, hero_id: i64) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        // `SOURCE` reads the public heroes: a candidate has no document until announced.
        let source: Option<Source> =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{SOURCE} WHERE id = $1")))
                .bind(hero_id)
                .fetch_optional(&mut *conn)
                .await?;
        let Some(source) = source else {
            sqlx::query("DELETE FROM hero_search WHERE hero_id = $1")
                .bind(hero_id)
                .execute(&mut *conn)
                .await?;
            return Ok(());
        };
        let titles: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT title FROM contributions WHERE hero_id = $1 AND private = FALSE \
                 ORDER BY {NEWEST} LIMIT $2"
        )))
        .bind(hero_id)
        .bind(MAX_TITLES)
        .fetch_all(&mut *conn)
        .await?;
        let (name, profile) = profile_text(&source);
        let works = works_text(&titles);
        sqlx::query(UPSERT)
            .bind(hero_id)
            .bind(&name)
            .bind(&profile)
            .bind(&works)
            .bind(stamp(&name, &profile, &works))
            .execute(&mut *conn)
            .await?;
    });
    Ok(())
}

/// Rebuilds every hero's document (after a bulk import, or `heroes reindex`). Reads all
/// titles in one pass instead of one query per hero.
pub async fn rebuild_all(db: &Db) -> StoreResult<u64> {
    let sources: Vec<Source> =
        with_pool!(db, |pool| { sqlx::query_as(SOURCE).fetch_all(pool).await })?;
    let mut titles: std::collections::HashMap<i64, Vec<String>> = Default::default();
    let rows: Vec<(i64, String)> = with_pool!(db, |pool| {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT hero_id, title FROM contributions WHERE private = FALSE \
             ORDER BY hero_id, {NEWEST}"
        )))
        .fetch_all(pool)
        .await
    })?;
    for (hero_id, title) in rows {
        let list = titles.entry(hero_id).or_default();
        if (list.len() as i64) < MAX_TITLES {
            list.push(title);
        }
    }
    let mut count = 0;
    for chunk in sources.chunks(500) {
        let mut tx = db.begin().await?;
        with_tx!(&mut tx, |conn| {
            for s in chunk {
                let (name, profile) = profile_text(s);
                let works = works_text(&titles.remove(&s.id).unwrap_or_default());
                sqlx::query(UPSERT)
                    .bind(s.id)
                    .bind(&name)
                    .bind(&profile)
                    .bind(&works)
                    .bind(stamp(&name, &profile, &works))
                    .execute(&mut *conn)
                    .await?;
                count += 1;
            }
        });
        tx.bump_data_version().await?;
        tx.commit().await?;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::TestDb;
    use chrono::Utc;

    async fn works(db: &Db, hero_id: i64) -> Option<String> {
        with_pool!(db, |pool| {
            sqlx::query_scalar("SELECT works FROM hero_search WHERE hero_id = $1")
                .bind(hero_id)
                .fetch_optional(pool)
                .await
        })
        .unwrap()
    }

    async fn add_title(tx: &mut Tx, hero_id: i64, title: &str, day: &str) {
        let now = Utc::now();
        with_tx!(tx, |conn| {
            sqlx::query(
                "INSERT INTO contributions (hero_id, kind, title, url, canonical, published_on, \
                 tags, description, private, created_at, updated_at) \
                 VALUES ($1, 'blog-post', $2, $3, $3, $4, '', '', FALSE, $5, $5)",
            )
            .bind(hero_id)
            .bind(title)
            .bind(format!("https://example.org/{}", title.len()))
            .bind(chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap())
            .bind(now)
            .execute(&mut *conn)
            .await
            .unwrap();
        });
    }

    /// The titles are folded one per line, newest first; a document rewritten in a
    /// transaction that is rolled back stays as it was.
    #[tokio::test]
    async fn titles_are_kept_one_per_line_and_only_by_committed_changes() {
        let test = TestDb::new().await.unwrap();
        let db = &test.db;
        with_pool!(db, |pool| {
            sqlx::query(
                "INSERT INTO hero_records (slug, display_name, sort_name, country, region, \
                 status, hero_since, created_at, updated_at) \
                 VALUES ('ada', 'Ada', 'ada', 'DE', 'emea', 'active', 2020, $1, $1)",
            )
            .bind(Utc::now())
            .execute(pool)
            .await
            .unwrap();
        });
        let hero_id = crate::heroes::id_of(db, "ada").await.unwrap().unwrap();
        let mut tx = db.begin().await.unwrap();
        add_title(&mut tx, hero_id, "Lambda: cold starts", "2026-01-02").await;
        add_title(&mut tx, hero_id, "Straße & Łódź, día 2", "2026-03-04").await;
        refresh(&mut tx, hero_id).await.unwrap();
        tx.commit().await.unwrap();
        let committed = "strasse lodz dia 2\nlambda cold starts";
        assert_eq!(works(db, hero_id).await.as_deref(), Some(committed));

        let mut tx = db.begin().await.unwrap();
        add_title(&mut tx, hero_id, "Lambda layers", "2026-05-06").await;
        refresh(&mut tx, hero_id).await.unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(works(db, hero_id).await.as_deref(), Some(committed));

        // A rebuild writes the same document.
        rebuild_all(db).await.unwrap();
        assert_eq!(works(db, hero_id).await.as_deref(), Some(committed));
    }
}
