//! Program-wide exports: every hero with every field, every public contribution, every
//! candidacy with its decision. Read in pages by id (keyset), so a million rows stream
//! through a small, constant amount of memory and no statement holds the database long.

use crate::db::Db;
use crate::error::StoreResult;
use crate::sql::{BothRows, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// One hero with every field, awards and links folded into text.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HeroRecord {
    /// Row id (the page cursor).
    pub id: i64,
    /// Page address.
    pub slug: String,
    /// Name shown.
    pub display_name: String,
    /// One line under the name.
    pub headline: String,
    /// Employer.
    pub company: String,
    /// Markdown biography.
    pub bio: String,
    /// City.
    pub city: String,
    /// ISO country code.
    pub country: String,
    /// Program region.
    pub region: String,
    /// IANA zone.
    pub timezone: Option<String>,
    /// Comma-separated language tags.
    pub languages: String,
    /// active, alumni or on-leave.
    pub status: String,
    /// First year named.
    pub hero_since: i64,
    /// `specialization:year` pairs, separated by spaces.
    pub awards: String,
    /// `kind=url` pairs, separated by spaces.
    pub links: String,
    /// Public contributions logged.
    pub contributions: i64,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

/// One public contribution.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ContributionRecord {
    /// Row id (the page cursor).
    pub id: i64,
    /// The hero's page address.
    pub hero: String,
    /// Kind slug.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Address.
    pub url: String,
    /// Publication day.
    pub published_on: NaiveDate,
    /// Specialization slug, if any.
    pub specialization: Option<String>,
    /// Comma-separated tags.
    pub tags: String,
    /// Reach: views.
    pub views: Option<i64>,
    /// Reach: attendees.
    pub attendees: Option<i64>,
    /// Reach: stars.
    pub stars: Option<i64>,
    /// Reach: answers.
    pub answers: Option<i64>,
    /// Logged.
    pub created_at: DateTime<Utc>,
}

/// One candidacy with its decision.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct CandidacyRecord {
    /// Row id (the page cursor).
    pub id: i64,
    /// The cycle's name.
    pub cycle: String,
    /// The specialization's slug.
    pub specialization: String,
    /// Nominee's name.
    pub nominee_name: String,
    /// Nominee's address.
    pub nominee_email: String,
    /// Candidate's country (once they answered).
    pub country: String,
    /// Where the candidacy is.
    pub state: String,
    /// Nominations merged into it.
    pub nominations: i64,
    /// Reviews given.
    pub review_count: i64,
    /// Mean weighted score (hundredths).
    pub score: Option<i64>,
    /// Spread of the scores (hundredths).
    pub spread: Option<i64>,
    /// Nominated.
    pub created_at: DateTime<Utc>,
    /// The nominee answered.
    pub answered_at: Option<DateTime<Utc>>,
    /// Decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// Announcement day.
    pub announce_on: Option<NaiveDate>,
    /// Announced.
    pub announced_at: Option<DateTime<Utc>>,
    /// The hero page it became.
    pub hero: Option<String>,
    /// Feedback given with the decision.
    pub feedback: String,
}

/// What can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// Every hero.
    Heroes,
    /// Every public contribution.
    Contributions,
    /// Every candidacy and its decision.
    Candidacies,
}

impl Export {
    /// Reads `heroes`, `contributions` or `candidacies`.
    pub fn parse(name: &str) -> Option<Export> {
        match name {
            "heroes" => Some(Export::Heroes),
            "contributions" => Some(Export::Contributions),
            "candidacies" => Some(Export::Candidacies),
            _ => None,
        }
    }

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Export::Heroes => "heroes",
            Export::Contributions => "contributions",
            Export::Candidacies => "candidacies",
        }
    }

    /// How many rows it has (for a progress bar).
    pub async fn count(self, db: &Db) -> StoreResult<i64> {
        let sql = match self {
            Export::Heroes => "SELECT count(*) FROM heroes",
            Export::Contributions => "SELECT count(*) FROM contributions WHERE private = FALSE",
            Export::Candidacies => "SELECT count(*) FROM candidacies",
        };
        Ok(with_pool!(db, |pool| {
            sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await
        })?)
    }
}

async fn page<T: BothRows>(
    db: &Db,
    sql: &'static str,
    after: i64,
    limit: i64,
) -> StoreResult<Vec<T>> {
    Sql::with_args(sql.to_owned(), [after.into(), limit.into()])
        .fetch_all(db)
        .await
}

/// Up to `limit` heroes with ids above `after`, by id.
pub async fn heroes(db: &Db, after: i64, limit: i64) -> StoreResult<Vec<HeroRecord>> {
    // The dialects fold rows into text differently (ordered group_concat needs a subquery).
    match db {
        Db::Sqlite(_) => page(db, HEROES_SQLITE, after, limit).await,
        Db::Postgres(_) => page(db, HEROES_POSTGRES, after, limit).await,
    }
}

const HEROES_SQLITE: &str = "SELECT h.id, h.slug, h.display_name, h.headline, h.company, \
    h.bio, h.city, h.country, h.region, h.timezone, h.languages, h.status, h.hero_since, \
    coalesce((SELECT group_concat(x, ' ') FROM (SELECT s.slug || ':' || a.year AS x \
      FROM hero_awards a JOIN specializations s ON s.id = a.specialization_id \
      WHERE a.hero_id = h.id ORDER BY s.slug)), '') AS awards, \
    coalesce((SELECT group_concat(x, ' ') FROM (SELECT l.kind || '=' || l.url AS x \
      FROM hero_links l WHERE l.hero_id = h.id ORDER BY l.kind)), '') AS links, \
    (SELECT count(*) FROM contributions c WHERE c.hero_id = h.id AND c.private = FALSE) \
      AS contributions, h.created_at, h.updated_at \
    FROM heroes h WHERE h.id > $1 ORDER BY h.id LIMIT $2";

const HEROES_POSTGRES: &str = "SELECT h.id, h.slug, h.display_name, h.headline, h.company, \
    h.bio, h.city, h.country, h.region, h.timezone, h.languages, h.status, h.hero_since, \
    coalesce((SELECT string_agg(s.slug || ':' || a.year, ' ' ORDER BY s.slug) \
      FROM hero_awards a JOIN specializations s ON s.id = a.specialization_id \
      WHERE a.hero_id = h.id), '') AS awards, \
    coalesce((SELECT string_agg(l.kind || '=' || l.url, ' ' ORDER BY l.kind) \
      FROM hero_links l WHERE l.hero_id = h.id), '') AS links, \
    (SELECT count(*) FROM contributions c WHERE c.hero_id = h.id AND c.private = FALSE) \
      AS contributions, h.created_at, h.updated_at \
    FROM heroes h WHERE h.id > $1 ORDER BY h.id LIMIT $2";

/// Up to `limit` public contributions with ids above `after`, by id. Private ones never
/// leave their owner's view, not even in an export.
pub async fn contributions(
    db: &Db,
    after: i64,
    limit: i64,
) -> StoreResult<Vec<ContributionRecord>> {
    page(
        db,
        "SELECT c.id, h.slug AS hero, c.kind, c.title, c.url, c.published_on, \
         s.slug AS specialization, c.tags, c.views, c.attendees, c.stars, c.answers, c.created_at \
         FROM contributions c JOIN heroes h ON h.id = c.hero_id \
         LEFT JOIN specializations s ON s.id = c.specialization_id \
         WHERE c.id > $1 AND c.private = FALSE ORDER BY c.id LIMIT $2",
        after,
        limit,
    )
    .await
}

/// Up to `limit` candidacies with ids above `after`, by id.
pub async fn candidacies(db: &Db, after: i64, limit: i64) -> StoreResult<Vec<CandidacyRecord>> {
    page(
        db,
        "SELECT c.id, y.name AS cycle, s.slug AS specialization, c.nominee_name, \
         c.nominee_email, c.country, c.state, \
         (SELECT count(*) FROM nominations n WHERE n.candidacy_id = c.id) AS nominations, \
         CAST(c.review_count AS BIGINT) AS review_count, c.score, c.spread, c.created_at, \
         c.answered_at, c.decided_at, c.announce_on, c.announced_at, h.slug AS hero, c.feedback \
         FROM candidacies c JOIN cycles y ON y.id = c.cycle_id \
         JOIN specializations s ON s.id = c.specialization_id \
         LEFT JOIN heroes h ON h.id = c.hero_id \
         WHERE c.id > $1 ORDER BY c.id LIMIT $2",
        after,
        limit,
    )
    .await
}
