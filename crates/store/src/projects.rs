//! Community projects: starting and editing them, the public list with its filters, members
//! and owners, requests to join, and the contributions linked to a project.
//!
//! Every change to who belongs to a project first locks the project's row (PostgreSQL
//! `FOR UPDATE`; SQLite's `BEGIN IMMEDIATE` already lets one writer in), so two owners
//! accepting one request, or stepping down at once, decide one after the other: a request is
//! answered `WHERE state = 'pending'`, a membership is one row by its primary key, and the
//! last owner can neither leave nor step down.

use crate::accounts::Actor;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::members::Roster;
use crate::notifications::{self, Notice};
use crate::sql::{Arg, Sql};
use chrono::{DateTime, NaiveDate, Utc};
use heroes_domain::projects::{NewProject, ProjectStatus, Refusal, RequestState, RequestStep};
use heroes_domain::search::normalize;

/// A project as the list, its page, the feeds and the API read it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Project {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub url: Option<String>,
    /// One per line.
    pub help_skills: String,
    /// One per line.
    pub help_roles: String,
    #[sqlx(try_from = "String")]
    pub status: ProjectStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub member_count: i64,
    /// Slugs of its specializations.
    #[sqlx(skip)]
    pub specializations: Vec<String>,
}

impl Project {
    /// The wanted skills.
    pub fn skills(&self) -> Vec<&str> {
        self.help_skills.lines().filter(|l| !l.is_empty()).collect()
    }

    /// The wanted roles.
    pub fn roles(&self) -> Vec<&str> {
        self.help_roles.lines().filter(|l| !l.is_empty()).collect()
    }
}

/// The filters of `/projects`.
#[derive(Debug, Clone, Default)]
pub struct ProjectQuery {
    /// A specialization's slug, current or from before a rename.
    pub specialization: Option<String>,
    pub status: Option<ProjectStatus>,
    /// Only projects that ask for help (they list skills or roles, or are looking) and are
    /// not done.
    pub help_wanted: bool,
    /// Folded words (`domain::search::query_terms`); each must start a word of the name,
    /// description or wanted help.
    pub terms: Vec<String>,
}

/// Someone who works on a project.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Member {
    pub user_id: i64,
    pub name: String,
    /// For the notices of owners; never shown on a public page or in the API.
    pub email: String,
    /// The language their account reads, for the notices of owners (empty: none chosen).
    pub language: String,
    /// The IANA zone their account reads times in (empty: none chosen).
    pub time_zone: String,
    /// Their hero page, when they are a hero.
    pub hero_slug: Option<String>,
    pub owner: bool,
    pub joined_at: DateTime<Utc>,
}

/// A request to join, as the owners see it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JoinRequest {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    /// The language their account reads, for the answer's notice (empty: none chosen).
    pub language: String,
    /// The IANA zone their account reads times in (empty: none chosen).
    pub time_zone: String,
    pub message: String,
    pub created_at: DateTime<Utc>,
}

/// A contribution linked to a project (public ones only).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Linked {
    pub id: i64,
    pub title: String,
    pub url: String,
    pub kind: String,
    pub published_on: NaiveDate,
    pub hero_slug: String,
    pub hero_name: String,
}

/// A project someone belongs to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Membership {
    pub project_id: i64,
    pub slug: String,
    pub name: String,
    pub owner: bool,
    pub joined_at: DateTime<Utc>,
}

/// A request someone made, as their data export lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OwnRequest {
    pub project: String,
    pub message: String,
    #[sqlx(try_from = "String")]
    pub state: RequestState,
    pub created_at: DateTime<Utc>,
}

const MEMBERS: Roster = Roster {
    table: "project_members",
    key: "project_id",
    lead: "owner",
};

const SELECT: &str = "SELECT p.id, p.slug, p.name, p.description, p.url, p.help_skills, \
     p.help_roles, p.status, p.created_at, p.updated_at, \
     (SELECT count(*) FROM project_members m WHERE m.project_id = p.id) AS member_count \
     FROM projects p";

/// The projects the filters select, most recently changed first (at most `limit`).
pub async fn directory(db: &Db, query: &ProjectQuery, limit: i64) -> StoreResult<Vec<Project>> {
    let mut sql = Sql::new(SELECT);
    sql.push(" WHERE 1 = 1");
    if let Some(status) = query.status {
        sql.push(" AND p.status = ")
            .bind(Arg::Text(status.as_str().to_owned()));
    }
    if query.help_wanted {
        sql.push(
            " AND p.status <> 'done' AND (p.status = 'looking-for-help' \
             OR p.help_skills <> '' OR p.help_roles <> '')",
        );
    }
    if let Some(slug) = &query.specialization {
        let table = "project_specializations";
        crate::specializations::push_tagged(&mut sql, table, "project_id", "p.id", slug);
    }
    for term in &query.terms {
        // Folded words are letters and digits only, so nothing in them is LIKE syntax.
        sql.push(" AND (' ' || p.folded) LIKE ")
            .bind(Arg::Text(format!("% {term}%")));
    }
    sql.push(" ORDER BY p.updated_at DESC, p.id DESC LIMIT ")
        .bind(Arg::Int(limit));
    let mut projects: Vec<Project> = sql.fetch_all(db).await?;
    let tags =
        crate::specializations::all_tags(db, "project_specializations", "project_id").await?;
    for p in &mut projects {
        p.specializations = crate::specializations::slugs_of(&tags, p.id);
    }
    Ok(projects)
}

/// One project by slug, with its specializations.
#[tracing::instrument(level = "debug", skip_all, fields(slug = %slug))]
pub async fn get(db: &Db, slug: &str) -> StoreResult<Project> {
    let sql = format!("{SELECT} WHERE p.slug = $1");
    let project: Option<Project> = Sql::with_args(sql, [slug.into()])
        .fetch_optional(db)
        .await?;
    let mut project = project.ok_or(StoreError::NotFound)?;
    project.specializations =
        crate::specializations::tags_of(db, "project_specializations", "project_id", project.id)
            .await?;
    Ok(project)
}

/// Every project's slug and last change, for the sitemap.
pub async fn all_slugs(db: &Db) -> StoreResult<Vec<(String, DateTime<Utc>)>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as("SELECT slug, updated_at FROM projects ORDER BY slug")
            .fetch_all(pool)
            .await
    })?)
}

/// Who works on a project: owners first, then by the day they joined.
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id))]
pub async fn members(db: &Db, project_id: i64) -> StoreResult<Vec<Member>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT u.id AS user_id, u.name, u.email, u.language, u.time_zone, h.slug AS hero_slug, m.owner, m.joined_at \
             FROM project_members m JOIN users u ON u.id = m.user_id \
             LEFT JOIN heroes h ON h.id = u.hero_id WHERE m.project_id = $1 \
             ORDER BY m.owner DESC, m.joined_at, u.id",
        )
        .bind(project_id)
        .fetch_all(pool)
        .await
    })?)
}

/// Whether `user_id` belongs to the project, and whether as an owner: `None`,
/// `Some(false)`, `Some(true)`.
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id, user_id = user_id))]
pub async fn membership(db: &Db, project_id: i64, user_id: i64) -> StoreResult<Option<bool>> {
    crate::members::lead_of(db, &MEMBERS, project_id, user_id).await
}

/// Whether `user_id` has a request waiting at the project.
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id, user_id = user_id))]
pub async fn has_waiting_request(db: &Db, project_id: i64, user_id: i64) -> StoreResult<bool> {
    let n: i64 = with_pool!(db, |pool| {
        sqlx::query_scalar(
            "SELECT count(*) FROM project_requests \
             WHERE project_id = $1 AND user_id = $2 AND state = 'pending'",
        )
        .bind(project_id)
        .bind(user_id)
        .fetch_one(pool)
        .await
    })?;
    Ok(n > 0)
}

/// The requests waiting at a project, oldest first.
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id))]
pub async fn waiting_requests(db: &Db, project_id: i64) -> StoreResult<Vec<JoinRequest>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT r.id, r.user_id, u.name, u.email, u.language, u.time_zone, r.message, r.created_at \
             FROM project_requests r JOIN users u ON u.id = r.user_id \
             WHERE r.project_id = $1 AND r.state = 'pending' ORDER BY r.created_at, r.id",
        )
        .bind(project_id)
        .fetch_all(pool)
        .await
    })?)
}

/// The public contributions linked to a project, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id))]
pub async fn contributions(db: &Db, project_id: i64) -> StoreResult<Vec<Linked>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT c.id, c.title, c.url, c.kind, c.published_on, h.slug AS hero_slug, \
             h.display_name AS hero_name FROM project_contributions pc \
             JOIN contributions c ON c.id = pc.contribution_id \
             JOIN heroes h ON h.id = c.hero_id \
             WHERE pc.project_id = $1 AND c.private = FALSE \
             ORDER BY c.published_on DESC, c.id DESC LIMIT 200",
        )
        .bind(project_id)
        .fetch_all(pool)
        .await
    })?)
}

/// The projects `user_id` belongs to, by name.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn of_user(db: &Db, user_id: i64) -> StoreResult<Vec<Membership>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT p.id AS project_id, p.slug, p.name, m.owner, m.joined_at \
             FROM project_members m JOIN projects p ON p.id = m.project_id \
             WHERE m.user_id = $1 ORDER BY p.name, p.id",
        )
        .bind(user_id)
        .fetch_all(pool)
        .await
    })?)
}

/// Every request `user_id` made, newest first.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn requests_by(db: &Db, user_id: i64) -> StoreResult<Vec<OwnRequest>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_as(
            "SELECT p.name AS project, r.message, r.state, r.created_at \
             FROM project_requests r JOIN projects p ON p.id = r.project_id \
             WHERE r.user_id = $1 ORDER BY r.created_at DESC, r.id DESC",
        )
        .bind(user_id)
        .fetch_all(pool)
        .await
    })?)
}

/// The project a contribution is linked to, if any (its id).
#[tracing::instrument(level = "debug", skip_all, fields(contribution_id = contribution_id))]
pub async fn project_of_contribution(db: &Db, contribution_id: i64) -> StoreResult<Option<i64>> {
    Ok(with_pool!(db, |pool| {
        sqlx::query_scalar(
            "SELECT project_id FROM project_contributions WHERE contribution_id = $1",
        )
        .bind(contribution_id)
        .fetch_optional(pool)
        .await
    })?)
}

fn lines(words: &[heroes_domain::projects::HelpWord]) -> String {
    words
        .iter()
        .map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn folded(project: &NewProject) -> String {
    normalize(&format!(
        "{} {} {} {}",
        project.name.as_str(),
        project.description.as_str(),
        lines(&project.help_skills),
        lines(&project.help_roles)
    ))
}

/// Starts a project owned by `owner`. Returns the slug (derived from the name, with a suffix
/// when taken).
pub async fn start(
    db: &Db,
    project: &NewProject,
    owner: i64,
    actor: &Actor,
) -> StoreResult<String> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let ids = match crate::specializations::active_ids(&mut tx, &project.specializations).await {
        Ok(ids) => ids,
        Err(e) => return tx.fail(e).await,
    };
    let claimed = crate::slugs::claim(&mut tx, project.name.as_str(), "project", |slug| {
        Sql::with_args(
            "INSERT INTO projects (slug, name, description, url, help_skills, help_roles, \
             status, folded, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) \
             ON CONFLICT (slug) DO NOTHING RETURNING id"
                .to_owned(),
            [
                Arg::from(slug.as_str()),
                Arg::from(project.name.as_str()),
                Arg::from(project.description.as_str()),
                Arg::OptText(project.url.as_ref().map(|u| u.as_str().to_owned())),
                Arg::Text(lines(&project.help_skills)),
                Arg::Text(lines(&project.help_roles)),
                Arg::from(project.status.as_str()),
                Arg::Text(folded(project)),
                Arg::Int(owner),
                Arg::Time(now),
            ],
        )
    })
    .await;
    let (id, slug) = match claimed {
        Ok(claimed) => claimed,
        Err(e) => return tx.fail(e).await,
    };
    crate::specializations::retag(&mut tx, "project_specializations", "project_id", id, &ids)
        .await?;
    crate::members::add(&mut tx, &MEMBERS, id, owner, true, now).await?;
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "project.start",
            None,
            slug.as_str().to_owned(),
            project.name.as_str().to_owned(),
        ),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(slug.as_str().to_owned())
}

/// Changes what a project says about itself and its status (its slug stays).
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id))]
pub async fn update(
    db: &Db,
    project_id: i64,
    project: &NewProject,
    actor: &Actor,
) -> StoreResult<()> {
    let mut tx = db.begin().await?;
    let ids = match crate::specializations::active_ids(&mut tx, &project.specializations).await {
        Ok(ids) => ids,
        Err(e) => return tx.fail(e).await,
    };
    let slug: Option<String> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "UPDATE projects SET name = $1, description = $2, url = $3, help_skills = $4, \
             help_roles = $5, status = $6, folded = $7, updated_at = $8 WHERE id = $9 \
             RETURNING slug",
        )
        .bind(project.name.as_str())
        .bind(project.description.as_str())
        .bind(project.url.as_ref().map(|u| u.as_str().to_owned()))
        .bind(lines(&project.help_skills))
        .bind(lines(&project.help_roles))
        .bind(project.status.as_str())
        .bind(folded(project))
        .bind(Utc::now())
        .bind(project_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(slug) = slug else {
        return tx.fail(StoreError::NotFound).await;
    };
    crate::specializations::retag(
        &mut tx,
        "project_specializations",
        "project_id",
        project_id,
        &ids,
    )
    .await?;
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "project.update",
            None,
            slug,
            project.name.as_str().to_owned(),
        ),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await
}

/// Locks the project's row until the transaction ends (PostgreSQL; SQLite's single writer
/// already serializes) and answers its status.
async fn lock_project(tx: &mut Tx, project_id: i64) -> StoreResult<Option<ProjectStatus>> {
    tx.lock_status("projects", project_id)
        .await?
        .map(ProjectStatus::try_from)
        .transpose()
        .map_err(StoreError::from)
}

async fn owner_in(tx: &mut Tx, project_id: i64, user_id: i64) -> StoreResult<Option<bool>> {
    crate::members::lead_in(tx, &MEMBERS, project_id, user_id).await
}

/// Records `user_id`'s request to join, and tells the owners (`notices`) in the same
/// transaction. Refused when the project is done, when they belong to it already, or when
/// a request of theirs waits (two clicks make one request).
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id, user_id = user_id))]
pub async fn ask_to_join(
    db: &Db,
    project_id: i64,
    user_id: i64,
    message: &str,
    notices: &[Notice],
) -> StoreResult<Result<i64, Refusal>> {
    let mut tx = db.begin().await?;
    let Some(status) = lock_project(&mut tx, project_id).await? else {
        return tx.fail(StoreError::NotFound).await;
    };
    let refusal = if !status.takes_requests() {
        Some(Refusal::Closed)
    } else if owner_in(&mut tx, project_id, user_id).await?.is_some() {
        Some(Refusal::AlreadyMember)
    } else {
        None
    };
    if let Some(refusal) = refusal {
        return tx.refuse(refusal).await;
    }
    let id: Option<i64> = with_tx!(&mut tx, |conn| {
        sqlx::query_scalar(
            "INSERT INTO project_requests (project_id, user_id, message, state, created_at) \
             VALUES ($1, $2, $3, 'pending', $4) \
             ON CONFLICT (project_id, user_id) WHERE state = 'pending' DO NOTHING RETURNING id",
        )
        .bind(project_id)
        .bind(user_id)
        .bind(message)
        .bind(Utc::now())
        .fetch_optional(&mut *conn)
        .await?
    });
    let Some(id) = id else {
        return tx.refuse(Refusal::AlreadyAsked).await;
    };
    notifications::send(&mut tx, notices).await?;
    tx.commit().await?;
    Ok(Ok(id))
}

/// An owner (`owner_id`) accepts or declines a request of the project; the requester is told
/// (`notices`) in the same transaction. `NotFound` when `owner_id` owns no such project or
/// the request is not the project's, so a stranger learns nothing about either.
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id, request_id = request_id, owner_id = owner_id))]
pub async fn answer(
    db: &Db,
    project_id: i64,
    request_id: i64,
    owner_id: i64,
    step: RequestStep,
    notices: &[Notice],
) -> StoreResult<Result<RequestState, Refusal>> {
    let mut tx = db.begin().await?;
    let locked = lock_project(&mut tx, project_id).await?;
    let owner = owner_in(&mut tx, project_id, owner_id).await?;
    let request: Option<(String, i64)> = with_tx!(&mut tx, |conn| {
        sqlx::query_as(
            "SELECT state, user_id FROM project_requests WHERE id = $1 AND project_id = $2",
        )
        .bind(request_id)
        .bind(project_id)
        .fetch_optional(&mut *conn)
        .await?
    });
    let (Some(_), Some(true), Some((state, requester))) = (locked, owner, request) else {
        return tx.fail(StoreError::NotFound).await;
    };
    let from = RequestState::try_from(state)?;
    let to = match from.apply(step) {
        Ok(to) => to,
        Err(refusal) => return tx.refuse(refusal).await,
    };
    let now = Utc::now();
    // Conditional on the state read: a second owner answering at once changes nothing.
    let moved = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE project_requests SET state = $1, answered_at = $2 \
             WHERE id = $3 AND state = 'pending'",
        )
        .bind(to.as_str())
        .bind(now)
        .bind(request_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if moved == 0 {
        return tx.refuse(Refusal::AlreadyAnswered).await;
    }
    if to == RequestState::Accepted {
        crate::members::add(&mut tx, &MEMBERS, project_id, requester, false, now).await?;
        tx.bump_data_version().await?;
    }
    notifications::send(&mut tx, notices).await?;
    tx.commit().await?;
    Ok(Ok(to))
}

/// `user_id` leaves the project. Refused for its last owner, who makes another member an
/// owner first, and for someone who does not belong to it.
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id, user_id = user_id))]
pub async fn leave(db: &Db, project_id: i64, user_id: i64) -> StoreResult<Result<(), Refusal>> {
    let mut tx = db.begin().await?;
    if lock_project(&mut tx, project_id).await?.is_none() {
        return tx.fail(StoreError::NotFound).await;
    }
    if let Some(refusal) = refusal_to_stay(&mut tx, project_id, user_id, false).await? {
        return tx.refuse(refusal).await;
    }
    with_tx!(&mut tx, |conn| {
        sqlx::query("DELETE FROM project_members WHERE project_id = $1 AND user_id = $2")
            .bind(project_id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    });
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Why `user_id` may not stay in the project as an owner (`owner`) or a member (`!owner`; a
/// member who leaves stays as neither): they are no member, or the project would be left
/// without an owner.
async fn refusal_to_stay(
    tx: &mut Tx,
    project_id: i64,
    user_id: i64,
    owner: bool,
) -> StoreResult<Option<Refusal>> {
    Ok(match owner_in(tx, project_id, user_id).await? {
        None => Some(Refusal::NotMember),
        Some(true) if !owner && other_owners(tx, project_id, user_id).await? == 0 => {
            Some(Refusal::LastOwner)
        }
        Some(_) => None,
    })
}

async fn other_owners(tx: &mut Tx, project_id: i64, user_id: i64) -> StoreResult<i64> {
    Ok(with_tx!(tx, |conn| {
        sqlx::query_scalar(
            "SELECT count(*) FROM project_members \
             WHERE project_id = $1 AND owner = TRUE AND user_id <> $2",
        )
        .bind(project_id)
        .bind(user_id)
        .fetch_one(&mut *conn)
        .await?
    }))
}

/// An owner (`by`) makes a member an owner (`owner = true`) or a member again (themselves
/// included: that is how ownership is handed over). `NotFound` when `by` owns no such
/// project; refused when `user_id` is no member, or when the step would leave no owner.
#[tracing::instrument(level = "debug", skip_all, fields(project_id = project_id, user_id = user_id))]
pub async fn set_owner(
    db: &Db,
    project_id: i64,
    by: i64,
    user_id: i64,
    owner: bool,
    actor: &Actor,
) -> StoreResult<Result<(), Refusal>> {
    let mut tx = db.begin().await?;
    let locked = lock_project(&mut tx, project_id).await?;
    if locked.is_none() || owner_in(&mut tx, project_id, by).await? != Some(true) {
        return tx.fail(StoreError::NotFound).await;
    }
    if let Some(refusal) = refusal_to_stay(&mut tx, project_id, user_id, owner).await? {
        return tx.refuse(refusal).await;
    }
    with_tx!(&mut tx, |conn| {
        sqlx::query("UPDATE project_members SET owner = $1 WHERE project_id = $2 AND user_id = $3")
            .bind(owner)
            .bind(project_id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    });
    crate::audit::record(
        &mut tx,
        &actor.entry(
            if owner {
                "project.owner.add"
            } else {
                "project.owner.remove"
            },
            Some(user_id),
            project_id.to_string(),
            String::new(),
        ),
    )
    .await?;
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Links the hero's contribution to a project `user_id` belongs to, or unlinks it (`None`).
/// False (nothing changes) when the contribution is not the hero's or the person does not
/// belong to the project; both are checked in the statement that writes.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id, user_id = user_id, contribution_id = contribution_id, project_id = ?project_id))]
pub async fn link_contribution(
    db: &Db,
    hero_id: i64,
    user_id: i64,
    contribution_id: i64,
    project_id: Option<i64>,
) -> StoreResult<bool> {
    let mut tx = db.begin().await?;
    let changed = with_tx!(&mut tx, |conn| match project_id {
        None => {
            sqlx::query(
                "DELETE FROM project_contributions WHERE contribution_id IN \
                 (SELECT id FROM contributions WHERE id = $1 AND hero_id = $2)",
            )
            .bind(contribution_id)
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
            1
        }
        Some(project_id) => sqlx::query(
            "INSERT INTO project_contributions (contribution_id, project_id, linked_at) \
             SELECT c.id, $3, $5 FROM contributions c WHERE c.id = $1 AND c.hero_id = $2 \
             AND EXISTS (SELECT 1 FROM project_members m \
                         WHERE m.project_id = $3 AND m.user_id = $4) \
             ON CONFLICT (contribution_id) DO UPDATE SET project_id = excluded.project_id, \
             linked_at = excluded.linked_at",
        )
        .bind(contribution_id)
        .bind(hero_id)
        .bind(project_id)
        .bind(user_id)
        .bind(Utc::now())
        .execute(&mut *conn)
        .await?
        .rows_affected(),
    });
    if changed == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    tx.bump_data_version().await?;
    tx.commit().await?;
    Ok(true)
}

/// Takes a person out of every project, inside the erasure's transaction. A project whose
/// only owner they were passes to the member who joined it first (the longest member); a
/// project left with nobody at all is closed (status `done`), so no project is ever left
/// without an owner while it takes requests. Their requests go with them.
pub(crate) async fn forget_person(tx: &mut Tx, user_id: i64) -> StoreResult<()> {
    let owned: Vec<i64> = with_tx!(&mut *tx, |conn| {
        sqlx::query_scalar(
            "SELECT project_id FROM project_members WHERE user_id = $1 AND owner = TRUE \
             ORDER BY project_id",
        )
        .bind(user_id)
        .fetch_all(&mut *conn)
        .await?
    });
    let now = Utc::now();
    for project_id in owned {
        lock_project(tx, project_id).await?;
        if other_owners(tx, project_id, user_id).await? > 0 {
            continue;
        }
        let heir: Option<i64> = with_tx!(&mut *tx, |conn| {
            sqlx::query_scalar(
                "SELECT user_id FROM project_members WHERE project_id = $1 AND user_id <> $2 \
                 ORDER BY joined_at, user_id LIMIT 1",
            )
            .bind(project_id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?
        });
        with_tx!(&mut *tx, |conn| match heir {
            Some(heir) => {
                sqlx::query(
                    "UPDATE project_members SET owner = TRUE \
                     WHERE project_id = $1 AND user_id = $2",
                )
                .bind(project_id)
                .bind(heir)
                .execute(&mut *conn)
                .await?;
            }
            None => {
                sqlx::query("UPDATE projects SET status = 'done', updated_at = $2 WHERE id = $1")
                    .bind(project_id)
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
            }
        });
    }
    with_tx!(&mut *tx, |conn| {
        sqlx::query("DELETE FROM project_members WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        sqlx::query("DELETE FROM project_requests WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    });
    tx.bump_data_version().await?;
    Ok(())
}
