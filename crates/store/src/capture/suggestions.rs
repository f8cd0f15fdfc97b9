//! A hero's suggestions: the ones waiting, and the decision on each (claimed into a
//! contribution, or declined for good), decided once when two requests race.

use crate::db::Db;
use crate::error::StoreResult;
use chrono::{NaiveDate, Utc};
use heroes_domain::capture::SuggestionState;
use heroes_domain::contribution::NewContribution;

/// A suggestion as the hero sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Suggestion {
    pub id: i64,
    pub source_id: Option<i64>,
    pub url: String,
    pub canonical: String,
    pub kind: String,
    pub title: String,
    pub published_on: NaiveDate,
    pub description: String,
    pub stars: Option<i64>,
    /// The people who came, for a talk offered after an event (see `events::offer_talks`).
    pub attendees: Option<i64>,
    #[sqlx(try_from = "String")]
    pub state: SuggestionState,
}

/// A hero's suggestions waiting for a decision, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn waiting(db: &Db, hero_id: i64) -> StoreResult<Vec<Suggestion>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Suggestion>(
        "SELECT id, source_id, url, canonical, kind, title, published_on, description, stars, \
           attendees, state FROM suggestions WHERE hero_id = $1 AND state = 'new' \
         ORDER BY published_on DESC, id DESC"
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?)
}

/// One of a hero's suggestions.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn suggestion(db: &Db, hero_id: i64, id: i64) -> StoreResult<Option<Suggestion>> {
    Ok(with_pool!(db, |pool| sqlx::query_as::<_, Suggestion>(
        "SELECT id, source_id, url, canonical, kind, title, published_on, description, stars, \
           attendees, state FROM suggestions WHERE hero_id = $1 AND id = $2"
    )
    .bind(hero_id)
    .bind(id)
    .fetch_optional(pool)
    .await)?)
}

/// Declines a waiting suggestion: it is never offered again. `false`, with nothing changed,
/// if it was not waiting (a claim came first). Claiming is [`claim`], which also logs the
/// contribution.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn decline(db: &Db, hero_id: i64, id: i64) -> StoreResult<bool> {
    Ok(with_pool!(db, |pool| sqlx::query(
        "UPDATE suggestions SET state = 'declined', decided_at = $1 \
         WHERE hero_id = $2 AND id = $3 AND state = 'new'"
    )
    .bind(Utc::now())
    .bind(hero_id)
    .bind(id)
    .execute(pool)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Turns a waiting suggestion into a contribution, in one transaction: the suggestion is
/// marked claimed and the contribution logged (an address logged already counts as logged).
/// `false`, with nothing changed, if the suggestion was not waiting: claimed or declined by a
/// request that came first.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, id = id))]
pub async fn claim(db: &Db, hero_id: i64, id: i64, item: &NewContribution) -> StoreResult<bool> {
    let specializations = crate::specializations::ids(db).await?;
    let now = Utc::now();
    let mut tx = db.begin().await?;
    // The conditional update decides the race with a decline (or a second claim): whichever
    // changes the state first wins, and the loser's update matches no row, so a suggestion
    // never ends declined with its contribution logged.
    let won = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE suggestions SET state = 'claimed', decided_at = $1 \
             WHERE hero_id = $2 AND id = $3 AND state = 'new'",
        )
        .bind(now)
        .bind(hero_id)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    });
    if !won {
        return Ok(false);
    }
    let added =
        crate::contributions::add_if_new(&mut tx, hero_id, item, &specializations, now).await?;
    if added.is_some() {
        crate::search::refresh(&mut tx, hero_id).await?;
        tx.bump_data_version().await?;
    }
    tx.commit().await?;
    Ok(true)
}
