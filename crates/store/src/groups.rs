//! User groups: proposals, approval, the directory, membership and leadership.
//!
//! A proposal is one transaction that claims the group's slug (a unique key, so two proposals
//! of one name get two addresses) and makes the proposer its first leader. Status changes go
//! through `GroupStatus::apply` with `WHERE status = <old>`. Changes to leadership lock the
//! group's row first (PostgreSQL; SQLite's writers queue anyway), so two leaders stepping down
//! at once cannot leave a group without one.

use crate::accounts::Actor;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::members::Roster;
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::groups::{GroupStatus, GroupStep, NewGroup};

/// A group as the directory and the API list it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct GroupSummary {
    #[serde(skip)]
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub city: String,
    pub country: String,
    pub region: String,
    pub online_only: bool,
    #[sqlx(try_from = "String")]
    pub status: GroupStatus,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub member_count: i64,
    /// Events of the group that have not ended yet.
    pub coming_events: i64,
    /// When its logo was last uploaded; `None`: it has none (a version for the logo's URL).
    #[serde(skip)]
    pub logo_at: Option<DateTime<Utc>>,
    /// Slugs of its specializations.
    #[sqlx(skip)]
    pub specializations: Vec<String>,
}

/// A leader, shown with their hero page when they have one.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Leader {
    #[serde(skip)]
    pub user_id: i64,
    pub name: String,
    pub hero_slug: Option<String>,
}

/// A group with everything its page shows.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Group {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub city: String,
    pub country: String,
    pub region: String,
    pub online_only: bool,
    pub description: String,
    pub links: String,
    pub founded: Option<NaiveDate>,
    #[sqlx(try_from = "String")]
    pub status: GroupStatus,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub proposed_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub member_count: i64,
    /// When its logo was last uploaded; `None`: it has none.
    pub logo_at: Option<DateTime<Utc>>,
    #[sqlx(skip)]
    pub specializations: Vec<String>,
    #[sqlx(skip)]
    pub leaders: Vec<Leader>,
}

impl Group {
    /// The links, one per line as stored.
    pub fn link_list(&self) -> Vec<&str> {
        self.links.lines().filter(|l| !l.is_empty()).collect()
    }

    /// Whether `user_id` leads the group.
    pub fn is_led_by(&self, user_id: i64) -> bool {
        self.leaders.iter().any(|l| l.user_id == user_id)
    }
}

/// The directory's filters.
#[derive(Debug, Clone, Default)]
pub struct GroupQuery {
    pub country: Option<String>,
    pub region: Option<String>,
    /// A specialization's slug, current or from before a rename.
    pub specialization: Option<String>,
    /// Only groups with an event that has not ended by this time.
    pub coming_after: Option<DateTime<Utc>>,
    /// Words that must each start a word of the group's name, city, country or
    /// specializations (`heroes_domain::search::query_terms` of `q`).
    pub text: Vec<String>,
}

/// A member as the leaders see them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Member {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub leader: bool,
    pub joined_at: DateTime<Utc>,
}

const MEMBERS: Roster = Roster {
    table: "group_members",
    key: "group_id",
    lead: "leader",
};

const SUMMARY: &str = "SELECT g.id, g.slug, g.name, g.city, g.country, g.region, g.online_only, \
     g.status, g.latitude, g.longitude, \
     (SELECT count(*) FROM group_members m WHERE m.group_id = g.id) AS member_count, \
     (SELECT count(*) FROM events e WHERE e.group_id = g.id AND e.cancelled = FALSE \
      AND e.ends_at > $1) AS coming_events, l.updated_at AS logo_at \
     FROM user_groups g LEFT JOIN group_logos l ON l.group_id = g.id";

const DETAIL: &str = "SELECT g.id, g.slug, g.name, g.city, g.country, g.region, g.online_only, \
     g.description, g.links, g.founded, g.status, g.latitude, g.longitude, g.proposed_by, \
     g.created_at, (SELECT count(*) FROM group_members m WHERE m.group_id = g.id) AS member_count, \
     l.updated_at AS logo_at FROM user_groups g LEFT JOIN group_logos l ON l.group_id = g.id";

/// The public groups the filters select, by name.
pub async fn directory(db: &Db, query: &GroupQuery) -> StoreResult<Vec<GroupSummary>> {
    let mut sql = Sql::new(SUMMARY);
    // $1 is the "coming" boundary of the count; now when no filter asks for another.
    sql.args
        .push(Arg::Time(query.coming_after.unwrap_or_else(Utc::now)));
    sql.push(" WHERE g.status IN ('active', 'dormant', 'closed')");
    if let Some(country) = &query.country {
        sql.push(" AND g.country = ")
            .bind(Arg::Text(country.clone()));
    }
    if let Some(region) = &query.region {
        sql.push(" AND g.region = ").bind(Arg::Text(region.clone()));
    }
    if let Some(slug) = &query.specialization {
        let table = "group_specializations";
        crate::specializations::push_tagged(&mut sql, table, "group_id", "g.id", slug);
    }
    if query.coming_after.is_some() {
        sql.push(
            " AND EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id \
             AND e.cancelled = FALSE AND e.ends_at > $1)",
        );
    }
    sql.push(" ORDER BY g.name, g.id");
    let mut groups: Vec<GroupSummary> = sql.fetch_all(db).await?;
    let tags = crate::specializations::all_tags(db, "group_specializations", "group_id").await?;
    for g in &mut groups {
        g.specializations = crate::specializations::slugs_of(&tags, g.id);
    }
    if !query.text.is_empty() {
        // Folded in Rust, so "sao" finds São Paulo on both backends alike.
        groups.retain(|g| {
            let country = heroes_domain::geo::CountryCode::parse(&g.country)
                .map(|c| c.name())
                .unwrap_or_default();
            let text = format!(
                "{} {} {} {}",
                g.name,
                g.city,
                country,
                g.specializations.join(" ")
            );
            heroes_domain::search::matches_terms(&text, &query.text)
        });
    }
    Ok(groups)
}

/// One group by slug, whatever its status (the caller decides who may see it), with its
/// leaders and specializations.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn get(db: &Db, slug: &str) -> StoreResult<Group> {
    let sql = format!("{DETAIL} WHERE g.slug = $1");
    let group: Option<Group> = Sql::with_args(sql, [slug.into()])
        .fetch_optional(db)
        .await?;
    let mut group = group.ok_or(StoreError::NotFound)?;
    group.specializations =
        crate::specializations::tags_of(db, "group_specializations", "group_id", group.id).await?;
    group.leaders = with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT u.id AS user_id, u.name, h.slug AS hero_slug FROM group_members m \
             JOIN users u ON u.id = m.user_id LEFT JOIN heroes h ON h.id = u.hero_id \
             WHERE m.group_id = $1 AND m.leader = TRUE ORDER BY m.joined_at, u.id",
        )
        .bind(group.id)
        .fetch_all(pool)
        .await
    })?;
    Ok(group)
}

/// Whether `user_id` is a member of the group, and whether a leader: `None`, `Some(false)`,
/// `Some(true)`.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id, user_id = user_id))]
pub async fn membership(db: &Db, group_id: i64, user_id: i64) -> StoreResult<Option<bool>> {
    crate::members::lead_of(db, &MEMBERS, group_id, user_id).await
}

/// The groups `user_id` leads, by name (for "new event" links).
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn led_by(db: &Db, user_id: i64) -> StoreResult<Vec<(String, String)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT g.slug, g.name FROM group_members m JOIN user_groups g ON g.id = m.group_id \
             WHERE m.user_id = $1 AND m.leader = TRUE ORDER BY g.name",
        )
        .bind(user_id)
        .fetch_all(pool)
        .await
    })?)
}

/// The members of a group, leaders first.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id))]
pub async fn members(db: &Db, group_id: i64) -> StoreResult<Vec<Member>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT u.id AS user_id, u.name, u.email, m.leader, m.joined_at FROM group_members m \
             JOIN users u ON u.id = m.user_id WHERE m.group_id = $1 \
             ORDER BY m.leader DESC, u.name, u.id",
        )
        .bind(group_id)
        .fetch_all(pool)
        .await
    })?)
}

fn links_text(group: &NewGroup) -> String {
    group
        .links
        .iter()
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Records a proposal by `proposer` (who becomes its first leader), waiting for an admin;
/// `status` is `Active` only when an admin creates it (the demo, the CLI). Returns the slug.
pub async fn propose(
    db: &Db,
    group: &NewGroup,
    proposer: Option<i64>,
    status: GroupStatus,
    actor: &Actor,
) -> StoreResult<String> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let ids = match crate::specializations::active_ids(&mut tx, &group.specializations).await {
        Ok(ids) => ids,
        Err(e) => return tx.fail(e).await,
    };
    let claimed = crate::slugs::claim(&mut tx, group.name.as_str(), "group", |slug| {
        Sql::with_args(
            "INSERT INTO user_groups (slug, name, city, country, region, online_only, \
             description, links, founded, status, latitude, longitude, proposed_by, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, \
             $12, $13, $14, $14) ON CONFLICT (slug) DO NOTHING RETURNING id"
                .to_owned(),
            [
                Arg::from(slug.as_str()),
                Arg::from(group.name.as_str()),
                Arg::from(group.city.as_str()),
                Arg::from(group.country.as_str()),
                Arg::from(group.region().slug()),
                Arg::Bool(group.online_only),
                Arg::from(group.description.as_str()),
                Arg::Text(links_text(group)),
                Arg::OptDate(group.founded),
                Arg::from(status.as_str()),
                Arg::OptFloat(group.coordinates.map(|c| c.0)),
                Arg::OptFloat(group.coordinates.map(|c| c.1)),
                Arg::OptInt(proposer),
                Arg::Time(now),
            ],
        )
    })
    .await;
    let (id, slug) = match claimed {
        Ok(claimed) => claimed,
        Err(e) => return tx.fail(e).await,
    };
    crate::specializations::retag(&mut tx, "group_specializations", "group_id", id, &ids).await?;
    if let Some(user) = proposer {
        crate::members::add(&mut tx, &MEMBERS, id, user, true, now).await?;
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "group.propose",
            None,
            slug.as_str().to_owned(),
            group.name.as_str().to_owned(),
        ),
    )
    .await?;
    if status.is_public() {
        tx.bump_data_version().await?;
    }
    tx.commit().await?;
    Ok(slug.as_str().to_owned())
}

/// Changes what a group says about itself (its slug stays).
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id))]
pub async fn update(db: &Db, group_id: i64, group: &NewGroup, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let ids = match crate::specializations::active_ids(&mut tx, &group.specializations).await {
        Ok(ids) => ids,
        Err(e) => return tx.fail(e).await,
    };
    let slug: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "UPDATE user_groups SET name = $1, city = $2, country = $3, region = $4, \
             online_only = $5, description = $6, links = $7, founded = $8, latitude = $9, \
             longitude = $10, updated_at = $11 WHERE id = $12 RETURNING slug",
        )
        .bind(group.name.as_str())
        .bind(group.city.as_str())
        .bind(group.country.as_str())
        .bind(group.region().slug())
        .bind(group.online_only)
        .bind(group.description.as_str())
        .bind(links_text(group))
        .bind(group.founded)
        .bind(group.coordinates.map(|c| c.0))
        .bind(group.coordinates.map(|c| c.1))
        .bind(Utc::now())
        .bind(group_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(slug) = slug else {
        return tx.fail(StoreError::NotFound).await;
    };
    crate::specializations::retag(&mut tx, "group_specializations", "group_id", group_id, &ids)
        .await?;
    crate::audit::record(
        &mut tx,
        &actor.entry("group.update", None, slug, group.name.as_str().to_owned()),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Stores a group's logo (already re-encoded), replacing the one it had.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id))]
pub async fn set_logo(db: &Db, group_id: i64, jpeg: &[u8], actor: &Actor) -> StoreResult<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let slug: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO group_logos (group_id, jpeg, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (group_id) DO UPDATE SET jpeg = excluded.jpeg, \
             updated_at = excluded.updated_at",
        )
        .bind(group_id)
        .bind(jpeg)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query_scalar("SELECT slug FROM user_groups WHERE id = $1")
            .bind(group_id)
            .fetch_optional(&mut *conn)
            .await?
    });
    let Some(slug) = slug else {
        return tx.fail(StoreError::NotFound).await;
    };
    crate::audit::record(
        &mut tx,
        &actor.entry("group.logo", None, slug, String::new()),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Removes a group's logo (its cards and page go back to the name alone). Removing a logo
/// the group does not have changes nothing.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id))]
pub async fn remove_logo(db: &Db, group_id: i64, actor: &Actor) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let slug: Option<String> = with_tx!(&mut tx, |conn| {
        let removed = sqlx::query("DELETE FROM group_logos WHERE group_id = $1")
            .bind(group_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        if removed == 0 {
            None
        } else {
            sqlx::query_scalar("SELECT slug FROM user_groups WHERE id = $1")
                .bind(group_id)
                .fetch_optional(&mut *conn)
                .await?
        }
    });
    let Some(slug) = slug else {
        tx.rollback().await?;
        return Ok(());
    };
    crate::audit::record(
        &mut tx,
        &actor.entry("group.logo-removed", None, slug, String::new()),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// The logo of the group with `slug` and the group's status (the caller decides who may see
/// a group that is not public), if it has one.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn logo(db: &Db, slug: &str) -> StoreResult<Option<(GroupStatus, Vec<u8>)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(try_from = "String")]
        status: GroupStatus,
        jpeg: Vec<u8>,
    }
    let row: Option<Row> = with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT g.status, l.jpeg FROM group_logos l JOIN user_groups g ON g.id = l.group_id \
             WHERE g.slug = $1",
        )
        .bind(slug)
        .fetch_optional(pool)
        .await
    })?;
    Ok(row.map(|r| (r.status, r.jpeg)))
}

/// What a status change ended in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stepped {
    /// Done; the group is now in this status.
    Done(GroupStatus),
    /// The lifecycle refuses the step from the status the group is in.
    Refused(GroupStatus),
}

/// Moves a group through its lifecycle (approval, decline, dormant, closed) and sends
/// `notices` (to the proposer, say) in the same transaction, only when the step is taken.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id))]
pub async fn step(
    db: &Db,
    group_id: i64,
    step: GroupStep,
    actor: &Actor,
    notices: &[Notice],
) -> StoreResult<Stepped> {
    let mut tx = db.begin().await?;
    let current: Option<(String, String)> = with_tx!(&mut tx, |conn| {
        sqlx::query_as("SELECT status, slug FROM user_groups WHERE id = $1")
            .bind(group_id)
            .fetch_optional(&mut *conn)
            .await?
    });
    let Some((status, slug)) = current else {
        return tx.fail(StoreError::NotFound).await;
    };
    let from = GroupStatus::try_from(status)?;
    let Ok(to) = from.apply(step) else {
        tx.rollback().await?;
        return Ok(Stepped::Refused(from));
    };
    let changed = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE user_groups SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
        )
        .bind(to.as_str())
        .bind(Utc::now())
        .bind(group_id)
        .bind(from.as_str())
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if changed == 0 {
        // Someone else moved it between our read and our write; theirs stands.
        tx.rollback().await?;
        return Ok(Stepped::Refused(from));
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "group.status",
            None,
            slug,
            format!("{} → {}", from.as_str(), to.as_str()),
        ),
    )
    .await?;
    notifications::send(&mut tx, notices).await?;
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(Stepped::Done(to))
}

/// The proposals waiting for an admin, oldest first, with the proposer's address.
pub async fn proposals(db: &Db) -> StoreResult<Vec<(Group, Option<(String, String)>)>> {
    let sql = format!("{DETAIL} WHERE g.status = 'proposed' ORDER BY g.created_at, g.id");
    let groups: Vec<Group> = with_pool!(db, |pool| {
        sqlx::query_as::<_, Group>(sqlx::AssertSqlSafe(sql))
            .fetch_all(pool)
            .await
    })?;
    let mut out = Vec::with_capacity(groups.len());
    for g in groups {
        let proposer: Option<(String, String)> = match g.proposed_by {
            Some(id) => with_pool!(db, |pool| {
                sqlx::query_as("SELECT name, email FROM users WHERE id = $1")
                    .bind(id)
                    .fetch_optional(pool)
                    .await
            })?,
            None => None,
        };
        let full = get(db, &g.slug).await?;
        out.push((full, proposer));
    }
    Ok(out)
}

/// How many proposals wait (the admin home's figure).
pub async fn proposal_count(db: &Db) -> StoreResult<i64> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_scalar("SELECT count(*) FROM user_groups WHERE status = 'proposed'")
            .fetch_one(pool)
            .await
    })?)
}

/// Joins a group that is open (active or dormant); joining twice is one membership. False
/// when the group takes no members.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id, user_id = user_id))]
pub async fn join(db: &Db, group_id: i64, user_id: i64) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let status = tx.lock_status("user_groups", group_id).await?;
    let open = status
        .and_then(|s| GroupStatus::try_from(s).ok())
        .is_some_and(GroupStatus::is_open);
    if !open {
        tx.rollback().await?;
        return Ok(false);
    }
    crate::members::add(&mut tx, &MEMBERS, group_id, user_id, false, Utc::now()).await?;
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(true)
}

/// Leaves a group. False (nothing changes) for its last leader, who hands over first.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id, user_id = user_id))]
pub async fn leave(db: &Db, group_id: i64, user_id: i64) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    tx.lock_status("user_groups", group_id).await?;
    let removed = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "DELETE FROM group_members WHERE group_id = $1 AND user_id = $2 AND (leader = FALSE \
             OR (SELECT count(*) FROM group_members o WHERE o.group_id = $1 AND o.leader = TRUE) > 1)",
        )
        .bind(group_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    let last_leader = removed == 0
        && crate::members::lead_in(&mut tx, &MEMBERS, group_id, user_id).await? == Some(true);
    if last_leader {
        tx.rollback().await?;
        return Ok(false);
    }
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(true)
}

/// Makes a member a leader, or a leader a member again. False when that would leave the
/// group without a leader, or `user_id` is no member.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id, user_id = user_id))]
pub async fn set_leader(
    db: &Db,
    group_id: i64,
    user_id: i64,
    leader: bool,
    actor: &Actor,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let Some(_) = tx.lock_status("user_groups", group_id).await? else {
        return tx.fail(StoreError::NotFound).await;
    };
    let changed = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE group_members SET leader = $1 WHERE group_id = $2 AND user_id = $3 \
             AND ($1 = TRUE OR (SELECT count(*) FROM group_members o \
                  WHERE o.group_id = $2 AND o.leader = TRUE AND o.user_id <> $3) > 0)",
        )
        .bind(leader)
        .bind(group_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if changed == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            if leader {
                "group.leader.add"
            } else {
                "group.leader.remove"
            },
            Some(user_id),
            group_id.to_string(),
            String::new(),
        ),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(true)
}

/// How many mails a group's leaders may send its members: at most this many ...
pub const MAIL_LIMIT: i64 = 2;
/// ... in this many days.
pub const MAIL_WINDOW_DAYS: i64 = 7;

/// A member a leaders' mail goes to.
pub type Recipient = notifications::Addressee;

/// Leaders mail their group's members: one mail per member who did not unsubscribe from the
/// group's mail, each made by `mail`, all queued in one transaction with the record that the
/// rate limit counts. The group's row is locked first, so two leaders sending at once are
/// counted one after the other. `Ok(Err(next))` when [`MAIL_LIMIT`] mails were sent in the
/// last [`MAIL_WINDOW_DAYS`] days: `next` is when the next may go. `Ok(Ok(n))`: `n` queued.
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id))]
pub async fn mail_members(
    db: &Db,
    group_id: i64,
    sender: i64,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
    mail: impl Fn(&Recipient) -> Option<crate::outbox::OutgoingMail>,
) -> StoreResult<Result<usize, DateTime<Utc>>> {
    let mut tx = db.begin().await?;
    if tx.lock_status("user_groups", group_id).await?.is_none() {
        return tx.fail(StoreError::NotFound).await;
    }
    let since = now - chrono::Duration::days(MAIL_WINDOW_DAYS);
    let sent: Vec<DateTime<Utc>> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "SELECT sent_at FROM group_mailings WHERE group_id = $1 AND sent_at > $2 \
             ORDER BY sent_at",
        )
        .bind(group_id)
        .bind(since)
        .fetch_all(&mut *conn)
        .await?
    });
    if sent.len() as i64 >= MAIL_LIMIT {
        tx.rollback().await?;
        let oldest = sent[sent.len() - MAIL_LIMIT as usize];
        return Ok(Err(oldest + chrono::Duration::days(MAIL_WINDOW_DAYS)));
    }
    let recipients: Vec<Recipient> = with_tx!(&mut tx, |conn| {
        sqlx::query_as(
            "SELECT u.id AS user_id, u.name, u.email, u.language, u.time_zone FROM group_members m \
             JOIN users u ON u.id = m.user_id WHERE m.group_id = $1 AND NOT EXISTS \
             (SELECT 1 FROM group_mail_unsubscribes x WHERE x.group_id = $1 \
              AND x.user_id = m.user_id) ORDER BY u.id",
        )
        .bind(group_id)
        .fetch_all(&mut *conn)
        .await?
    });
    let mut queued = 0;
    for r in &recipients {
        if let Some(m) = mail(r) {
            crate::outbox::enqueue(&mut tx, &m).await?;
            queued += 1;
        }
    }
    with_tx!(&mut tx, |conn| {
        sqlx::query(
            "INSERT INTO group_mailings (group_id, sent_by, subject, body, recipients, sent_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(group_id)
        .bind(sender)
        .bind(subject)
        .bind(body)
        .bind(queued as i64)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    });
    tx.commit().await?;
    Ok(Ok(queued))
}

/// The mails a group's leaders sent, newest first (`(subject, recipients, sent_at)`).
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id))]
pub async fn mailings(db: &Db, group_id: i64) -> StoreResult<Vec<(String, i64, DateTime<Utc>)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT subject, recipients, sent_at FROM group_mailings WHERE group_id = $1 \
             ORDER BY sent_at DESC LIMIT 20",
        )
        .bind(group_id)
        .fetch_all(pool)
        .await
    })?)
}

/// The member stops receiving the group's mail (repeating it changes nothing).
#[tracing::instrument(level = "debug", skip_all, fields(group_id = group_id, user_id = user_id))]
pub async fn unsubscribe_mail(db: &Db, group_id: i64, user_id: i64) -> StoreResult<()> {
    with_pool!(db, |pool| {
        sqlx::query(
            "INSERT INTO group_mail_unsubscribes (group_id, user_id, at) VALUES ($1, $2, $3) \
             ON CONFLICT (group_id, user_id) DO NOTHING",
        )
        .bind(group_id)
        .bind(user_id)
        .bind(Utc::now())
        .execute(pool)
        .await
        .map(|_| ())
    })?;
    Ok(())
}
