//! Writing hero records: creating them (one or many, each with a unique slug) and a hero's
//! own edit of their profile, which never writes back what the program decides.

use super::replace_contacts;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::specializations::ids as specialization_ids;
use chrono::{DateTime, Utc};
use heroes_domain::contact::Contact;
use heroes_domain::hero::HeroProfile;
use heroes_domain::search::normalize;
use heroes_domain::slug::Slug;
use heroes_domain::webhooks::EventKind;
use std::collections::{HashMap, HashSet};

/// Stores a new hero and returns the slug given to them: `slug` if free, otherwise one
/// derived from `slug` (or the display name) with a number appended.
pub async fn create(
    db: &Db,
    profile: &HeroProfile,
    slug: Option<&Slug>,
    now: DateTime<Utc>,
) -> StoreResult<Slug> {
    let mut created = create_many(
        db,
        std::slice::from_ref(&(slug.cloned(), profile.clone())),
        now,
    )
    .await?;
    Ok(created.remove(0).1)
}

/// Stores many heroes in one transaction (imports, the demo program) and returns their ids
/// and slugs in order. Specialization slugs must exist.
pub async fn create_many(
    db: &Db,
    heroes: &[(Option<Slug>, HeroProfile)],
    now: DateTime<Utc>,
) -> StoreResult<Vec<(i64, Slug)>> {
    let specializations = specialization_ids(db).await?;
    // Every record's slug, a candidate's too: slugs are unique across them all.
    let mut taken: HashSet<String> = with_pool!(db, |pool| {
        sqlx::query_scalar("SELECT slug FROM hero_records")
            .fetch_all(pool)
            .await
    })?
    .into_iter()
    .collect();
    let fallback = Slug::parse("slug", "hero").expect("valid literal");
    let mut tx = db.begin().await?;
    let mut slugs = Vec::with_capacity(heroes.len());
    for (wanted, profile) in heroes {
        let base = wanted
            .clone()
            .unwrap_or_else(|| Slug::from_name(profile.display_name.as_str(), &fallback));
        let slug = unique_slug(&base, &taken);
        taken.insert(slug.as_str().to_owned());
        let id = insert_hero(&mut tx, &slug, profile, &specializations, now).await?;
        crate::search::refresh(&mut tx, id).await?;
        slugs.push((id, slug));
    }
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(slugs)
}

/// Binds what a hero edits of their record to `$1` … `$12` of a query, in this order:
/// `display_name, sort_name, headline, company, bio, city, country, region, photo_url,
/// timezone, languages, latin_name`. Creating a record and saving a hero's own edit write the
/// same fields; a macro, because each backend's query is a type of its own.
macro_rules! bind_profile {
    ($query:expr, $profile:expr) => {{
        let profile: &HeroProfile = $profile;
        $query
            .bind(profile.display_name.as_str())
            .bind(normalize(profile.display_name.as_str()))
            .bind(profile.headline.as_str())
            .bind(profile.company.as_str())
            .bind(profile.bio.as_str())
            .bind(profile.city.as_str())
            .bind(profile.country.as_str())
            .bind(profile.region().slug())
            .bind(profile.photo_url.as_ref().map(|u| u.as_str().to_owned()))
            .bind(profile.timezone.map(|t| t.name()))
            .bind(join_languages(profile))
            .bind(profile.latin_name.as_str())
    }};
}

/// Saves a hero's own edit of their profile: every field and link of `profile` (contact
/// details too when given), and nothing the program decides. `profile.status` and
/// `profile.awards` (and so "hero since") are ignored: the edit was read before it was
/// saved, so writing them back would silently undo a renewal decision or an award committed
/// in between. The slug stays. One transaction, so a profile is never half saved.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn update_own_profile(
    db: &Db,
    slug: &str,
    profile: &HeroProfile,
    contacts: Option<&[Contact]>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    // The update comes first and locks the row: a second save of the same profile waits
    // here, and then its deletes see (and replace) the links this one inserts.
    let id: i64 = with_tx!(&mut tx, |conn| {
        bind_profile!(
            sqlx::query_scalar(
                "UPDATE hero_records SET display_name = $1, sort_name = $2, headline = $3, \
                 company = $4, bio = $5, city = $6, country = $7, region = $8, photo_url = $9, \
                 timezone = $10, languages = $11, latin_name = $12, updated_at = $13 \
                 WHERE slug = $14 RETURNING id",
            ),
            profile
        )
        .bind(now)
        .bind(slug)
        .fetch_optional(&mut *conn)
        .await?
    })
    .ok_or(StoreError::NotFound)?;
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM hero_links WHERE hero_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?;
    });
    insert_links(&mut tx, id, profile).await?;
    if let Some(contacts) = contacts {
        replace_contacts(&mut tx, id, contacts).await?;
    }
    crate::webhooks::record(&mut tx, EventKind::HeroProfileChanged, Some(id)).await?;
    crate::search::refresh(&mut tx, id).await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

pub(crate) fn unique_slug(base: &Slug, taken: &HashSet<String>) -> Slug {
    if !taken.contains(base.as_str()) {
        return base.clone();
    }
    (2..)
        .map(|n| base.with_suffix(n))
        .find(|s| !taken.contains(s.as_str()))
        .expect("some suffix is free")
}

fn join_languages(profile: &HeroProfile) -> String {
    profile
        .languages
        .iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) async fn insert_hero(
    tx: &mut Tx,
    slug: &Slug,
    profile: &HeroProfile,
    specializations: &HashMap<String, i64>,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let id: i64 = with_tx!(tx, |conn| {
        bind_profile!(
            sqlx::query_scalar(
                "INSERT INTO hero_records (display_name, sort_name, headline, company, bio, city, \
                 country, region, photo_url, timezone, languages, latin_name, slug, status, \
                 hero_since, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, \
                 $16) RETURNING id",
            ),
            profile
        )
        .bind(slug.as_str())
        .bind(profile.status.slug())
        .bind(i64::from(profile.hero_since()))
        .bind(now)
        .fetch_one(&mut *conn)
        .await?
    });
    insert_links_and_awards(tx, id, profile, specializations).await?;
    Ok(id)
}

async fn insert_links(tx: &mut Tx, id: i64, profile: &HeroProfile) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        for (kind, url) in &profile.links {
            sqlx::query("INSERT INTO hero_links (hero_id, kind, url) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(kind.slug())
                .bind(url.as_str())
                .execute(&mut *conn)
                .await?;
        }
    });
    Ok(())
}

async fn insert_links_and_awards(
    tx: &mut Tx,
    id: i64,
    profile: &HeroProfile,
    specializations: &HashMap<String, i64>,
) -> StoreResult<()> {
    insert_links(tx, id, profile).await?;
    with_tx!(tx, |conn| {
        for award in &profile.awards {
            let spec = *specializations
                .get(award.specialization.as_str())
                .ok_or_else(|| StoreError::UnknownReference {
                    field: "specializations",
                    value: award.specialization.as_str().to_owned(),
                })?;
            sqlx::query(
                "INSERT INTO hero_awards (hero_id, specialization_id, year) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(spec)
            .bind(i64::from(award.year.get()))
            .execute(&mut *conn)
            .await?;
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heroes::get;
    use crate::testing::TestDb;
    use heroes_domain::hero::HeroProfileInput;

    fn input(headline: &str) -> HeroProfileInput {
        HeroProfileInput {
            display_name: "Ana Souza".to_owned(),
            headline: headline.to_owned(),
            country: "BR".to_owned(),
            awards: vec![("serverless".to_owned(), 2020)],
            ..HeroProfileInput::default()
        }
    }

    #[tokio::test]
    async fn an_own_edit_read_before_the_programs_decision_does_not_undo_it() {
        let test = TestDb::new().await.unwrap();
        let db = &test.db;
        let slug = create(db, &input("Before").parse(2026).unwrap(), None, Utc::now())
            .await
            .unwrap();
        // The hero's form was filled from the record as it was (active, one award)...
        let stale = input("After").parse(2026).unwrap();
        // ...when the program moved them to the alumni and awarded a second specialization
        // (what a renewal decision and an announcement write).
        with_pool!(db, |pool| {
            sqlx::query(
                "UPDATE hero_records SET status = 'alumni', hero_since = 2019 WHERE slug = $1",
            )
            .bind(slug.as_str())
            .execute(pool)
            .await
            .unwrap();
            sqlx::query(
                "INSERT INTO hero_awards (hero_id, specialization_id, year) \
                 SELECT h.id, s.id, 2019 FROM heroes h, specializations s \
                 WHERE h.slug = $1 AND s.slug = 'container'",
            )
            .bind(slug.as_str())
            .execute(pool)
            .await
            .unwrap();
        });

        update_own_profile(db, slug.as_str(), &stale, None, Utc::now())
            .await
            .unwrap();

        let saved = get(db, slug.as_str()).await.unwrap();
        assert_eq!(
            saved.card.headline, "After",
            "the hero's own field is saved"
        );
        assert_eq!(saved.card.status, "alumni", "the decision stands");
        let mut awards: Vec<(&str, i64)> = saved
            .card
            .awards
            .iter()
            .map(|a| (a.slug.as_str(), a.year))
            .collect();
        awards.sort_unstable();
        assert_eq!(awards, [("container", 2019), ("serverless", 2020)]);
        assert_eq!(saved.card.hero_since, 2019);
    }
}
