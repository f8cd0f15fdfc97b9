//! Steps of a candidacy: each checked by the domain's state machine inside the transaction
//! that makes it, recorded in the audit log, and announced to whom it concerns.

use super::{CANDIDACY_SELECT, Candidacy};
use crate::accounts::Actor;
use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Notice};
use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use heroes_domain::hero::{HeroProfileInput, HeroStatus};
use heroes_domain::selection::Refusal;
use heroes_domain::selection::candidacy::{State, Transition};
use heroes_domain::selection::nomination::CandidateProfile;
use heroes_domain::slug::Slug;
use heroes_domain::webhooks::EventKind;
use std::collections::HashSet;

/// A step of a candidacy with what it changes besides the state. Each variant is one
/// [`Transition`] ([`Change::transition`]), so a step and the data it writes cannot be
/// mismatched (an acceptance without an announcement date, a decline with one).
#[derive(Debug, Clone)]
pub enum Change {
    /// The nominee accepts: their account, their candidate profile, and (when they have a
    /// hero record already) their contributions of the twelve months before `today`.
    NomineeAccepts {
        user_id: i64,
        profile: CandidateProfile,
        today: NaiveDate,
    },
    /// The nominee declines or withdraws.
    NomineeDeclines { user_id: i64 },
    /// An admin accepts the candidate, to be announced on `announce_on`; `feedback` is told
    /// to the nominee.
    Accept {
        feedback: String,
        announce_on: NaiveDate,
    },
    /// An admin declines the candidate, who may be nominated again after
    /// `renominate_after`; `feedback` says why.
    Decline {
        feedback: String,
        renominate_after: NaiveDate,
    },
    /// An admin defers the candidate to a later cycle.
    Defer { feedback: String },
    /// A deferred candidacy moves into the open cycle.
    Reopen { cycle_id: i64 },
    /// The new hero accepted the program terms and the NDA version `nda_version_id` (labelled
    /// `nda_label`) from `address`, and completed the profile. The acceptance is recorded
    /// like any other (`briefings::accept_nda`).
    Onboard {
        user_id: i64,
        profile: CandidateProfile,
        nda_version_id: i64,
        nda_label: String,
        address: String,
    },
}

impl Change {
    /// The transition of the state machine this step makes.
    pub fn transition(&self) -> Transition {
        match self {
            Change::NomineeAccepts { .. } => Transition::NomineeAccepts,
            Change::NomineeDeclines { .. } => Transition::NomineeDeclines,
            Change::Accept { .. } => Transition::Accept,
            Change::Decline { .. } => Transition::Decline,
            Change::Defer { .. } => Transition::Defer,
            Change::Reopen { .. } => Transition::Reopen,
            Change::Onboard { .. } => Transition::CompleteOnboarding,
        }
    }
}

/// Records an admin's decision: what the nominee is told and the dates that follow from it.
async fn decided(
    tx: &mut Tx,
    id: i64,
    feedback: &str,
    renominate_after: Option<NaiveDate>,
    announce_on: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE candidacies SET feedback = $1, renominate_after = $2, announce_on = $3, \
             decided_at = $4 WHERE id = $5",
        )
        .bind(feedback)
        .bind(renominate_after)
        .bind(announce_on)
        .bind(now)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

async fn load(tx: &mut Tx, id: i64) -> StoreResult<Candidacy> {
    let sql = format!("{CANDIDACY_SELECT} WHERE c.id = $1");
    Ok(with_tx!(tx, |conn| {
        sqlx::query_as::<_, Candidacy>(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(StoreError::NotFound)?
    }))
}

fn transition_name(t: Transition) -> &'static str {
    match t {
        Transition::NomineeAccepts => "candidacy.nominee-accept",
        Transition::NomineeDeclines => "candidacy.nominee-decline",
        Transition::Accept => "candidacy.accept",
        Transition::Decline => "candidacy.decline",
        Transition::Defer => "candidacy.defer",
        Transition::Reopen => "candidacy.reopen",
        Transition::CompleteOnboarding => "candidacy.onboard",
        Transition::Announce => "candidacy.announce",
    }
}

/// Takes candidacy `id` through the step `change`, or says why it may not. `compose` writes
/// the notices from the candidacy as it was and the new state.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn step(
    db: &Db,
    id: i64,
    change: &Change,
    actor: &Actor,
    compose: impl FnOnce(&Candidacy, State) -> Vec<Notice>,
) -> StoreResult<Result<State, Refusal>> {
    let mut tx = db.begin().await?;
    let candidacy = load(&mut tx, id).await?;
    let from = candidacy.state;
    let transition = change.transition();
    let to = match from.apply(transition) {
        Ok(to) => to,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let now = Utc::now();
    let moved = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE candidacies SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4",
        )
        .bind(to.as_str())
        .bind(now)
        .bind(id)
        .bind(from.as_str())
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if moved == 0 {
        // Someone else moved it first; their step stands.
        return Ok(Err(Refusal::AlreadyDecided));
    }
    match change {
        Change::NomineeAccepts {
            user_id,
            profile,
            today,
        } => {
            set_profile(&mut tx, id, *user_id, profile).await?;
            let since = today.checked_sub_months(Months::new(12)).unwrap_or(*today);
            with_tx!(&mut tx, |conn| {
                sqlx::query(
                    "INSERT INTO candidacy_evidence (candidacy_id, kind, title, url, published_on, \
                     views, attendees, stars, answers) \
                     SELECT $1, kind, title, url, published_on, views, attendees, stars, answers \
                     FROM contributions WHERE hero_id = (SELECT hero_id FROM users WHERE id = $2) \
                     AND published_on > $3 AND published_on <= $4",
                )
                .bind(id)
                .bind(user_id)
                .bind(since)
                .bind(today)
                .execute(&mut *conn)
                .await?;
            });
        }
        Change::NomineeDeclines { user_id } => with_tx!(&mut tx, |conn| {
            sqlx::query(
                "UPDATE candidacies SET nominee_user_id = $1, decided_at = $2 WHERE id = $3",
            )
            .bind(user_id)
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        }),
        Change::Accept {
            feedback,
            announce_on,
        } => decided(&mut tx, id, feedback, None, Some(*announce_on), now).await?,
        Change::Decline {
            feedback,
            renominate_after,
        } => decided(&mut tx, id, feedback, Some(*renominate_after), None, now).await?,
        Change::Defer { feedback } => decided(&mut tx, id, feedback, None, None, now).await?,
        Change::Reopen { cycle_id } => with_tx!(&mut tx, |conn| {
            sqlx::query("UPDATE candidacies SET cycle_id = $1, decided_at = NULL WHERE id = $2")
                .bind(cycle_id)
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }),
        Change::Onboard {
            user_id,
            profile,
            nda_version_id,
            nda_label,
            address,
        } => {
            set_profile(&mut tx, id, *user_id, profile).await?;
            with_tx!(&mut tx, |conn| {
                sqlx::query(
                    "UPDATE candidacies SET terms_accepted_at = $1, nda_version = $2 WHERE id = $3",
                )
                .bind(now)
                .bind(nda_label)
                .bind(id)
                .execute(&mut *conn)
                .await?;
                sqlx::query("UPDATE users SET terms_accepted_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(user_id)
                    .execute(&mut *conn)
                    .await?;
            });
            crate::briefings::record_acceptance(&mut tx, *user_id, *nda_version_id, address)
                .await?;
            // The hero record starts now, not public, so the candidate completes it before
            // announcement day; the announcement makes it active.
            let year = candidacy
                .announce_on
                .unwrap_or_else(|| now.date_naive())
                .year();
            let input = HeroProfileInput {
                display_name: profile.display_name.as_str().to_owned(),
                headline: profile.headline.as_str().to_owned(),
                company: profile.company.as_str().to_owned(),
                bio: profile.bio.as_str().to_owned(),
                city: profile.city.as_str().to_owned(),
                country: profile.country.as_str().to_owned(),
                awards: vec![(candidacy.specialization_slug.clone(), year)],
                ..HeroProfileInput::default()
            };
            if let Some(hero_id) =
                create_record(&mut tx, *user_id, input, year, HeroStatus::Candidate).await?
            {
                crate::search::refresh(&mut tx, hero_id).await?;
            }
        }
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            transition_name(transition),
            candidacy.nominee_user_id,
            format!("candidacy #{id}"),
            format!("{} → {}", from.as_str(), to.as_str()),
        ),
    )
    .await?;
    notifications::send(&mut tx, &compose(&candidacy, to)).await?;
    tx.commit().await?;
    Ok(Ok(to))
}

async fn set_profile(tx: &mut Tx, id: i64, user_id: i64, p: &CandidateProfile) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
            "UPDATE candidacies SET nominee_user_id = $1, nominee_name = $2, headline = $3, \
             company = $4, city = $5, country = $6, bio = $7, feed_url = $8 WHERE id = $9",
        )
        .bind(user_id)
        .bind(p.display_name.as_str())
        .bind(p.headline.as_str())
        .bind(p.company.as_str())
        .bind(p.city.as_str())
        .bind(p.country.as_str())
        .bind(p.bio.as_str())
        .bind(p.feed.as_ref().map(|u| u.as_str().to_owned()))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// Moves the announcement of an accepted candidate (onboarded or not yet) to `announce_on`;
/// today means at once for an onboarded one (the caller then runs [`announce_due`]), and as
/// soon as they finish onboarding otherwise. Refused with [`Refusal::NotAccepted`] once the
/// candidacy is announced or was never accepted: decided by the conditional update, so an
/// announcement happening at this moment wins.
#[tracing::instrument(level = "debug", skip_all, fields(id = id))]
pub async fn reschedule(
    db: &Db,
    id: i64,
    announce_on: NaiveDate,
    actor: &Actor,
) -> StoreResult<Result<(), Refusal>> {
    let mut tx = db.begin().await?;
    let candidacy = load(&mut tx, id).await?;
    let moved = with_tx!(&mut tx, |conn| {
        sqlx::query(
            "UPDATE candidacies SET announce_on = $1, updated_at = $2 \
             WHERE id = $3 AND state IN ($4, $5)",
        )
        .bind(announce_on)
        .bind(Utc::now())
        .bind(id)
        .bind(State::Accepted.as_str())
        .bind(State::Onboarded.as_str())
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    if moved == 0 {
        return Ok(Err(Refusal::NotAccepted));
    }
    crate::audit::record(
        &mut tx,
        &actor.entry(
            "candidacy.reschedule",
            candidacy.nominee_user_id,
            format!("{} (candidacy #{id})", candidacy.nominee_name),
            announce_on.to_string(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Announces every onboarded candidacy whose date has come: creates the hero record (or adds
/// the award to the hero the account already speaks for), lists it in the directory and
/// tells the new hero. Returns the candidacies announced. Run by the daily announce job and
/// right after an onboarding whose date is today.
pub async fn announce_due(
    db: &Db,
    today: NaiveDate,
    compose: impl Fn(&Candidacy, &str) -> Vec<Notice>,
) -> StoreResult<Vec<i64>> {
    let due: Vec<i64> = with_pool!(db, |pool| sqlx::query_scalar(
        "SELECT id FROM candidacies WHERE state = $1 AND announce_on <= $2 ORDER BY id"
    )
    .bind(State::Onboarded.as_str())
    .bind(today)
    .fetch_all(pool)
    .await)?;
    let mut announced = Vec::new();
    for id in due {
        let mut tx = db.begin().await?;
        let c = load(&mut tx, id).await?;
        if c.state.apply(Transition::Announce).is_err() {
            continue;
        }
        let Some(user_id) = c.nominee_user_id else {
            continue;
        };
        // Claim it first: a second instance running the same job waits on this row and then
        // finds nothing to do, so a hero is never created twice.
        let claimed = with_tx!(&mut tx, |conn| {
            sqlx::query(
                "UPDATE candidacies SET state = $1, updated_at = $2 WHERE id = $3 AND state = $4",
            )
            .bind(State::Announced.as_str())
            .bind(Utc::now())
            .bind(id)
            .bind(State::Onboarded.as_str())
            .execute(&mut *conn)
            .await?
            .rows_affected()
        });
        if claimed == 0 {
            continue;
        }
        let year = c.announce_on.unwrap_or(today).year();
        let existing: Option<i64> = with_tx!(&mut tx, |conn| {
            sqlx::query_scalar("SELECT hero_id FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_one(&mut *conn)
                .await?
        });
        let hero_id = match existing {
            Some(hero_id) => {
                publish(&mut tx, hero_id, c.specialization_id, year).await?;
                hero_id
            }
            None => {
                // Onboarded before hero records were created at onboarding: created here.
                let input = HeroProfileInput {
                    display_name: c.nominee_name.clone(),
                    headline: c.headline.clone(),
                    company: c.company.clone(),
                    bio: c.bio.clone(),
                    city: c.city.clone(),
                    country: c.country.clone(),
                    awards: vec![(c.specialization_slug.clone(), year)],
                    ..HeroProfileInput::default()
                };
                let Some(hero_id) =
                    create_record(&mut tx, user_id, input, year, HeroStatus::Active).await?
                else {
                    tracing::warn!(
                        candidacy = id,
                        "candidate profile no longer valid; not announced"
                    );
                    continue;
                };
                hero_id
            }
        };
        with_tx!(&mut tx, |conn| {
            sqlx::query(
                "UPDATE candidacies SET state = $1, hero_id = $2, updated_at = $3 WHERE id = $4",
            )
            .bind(State::Announced.as_str())
            .bind(hero_id)
            .bind(Utc::now())
            .bind(id)
            .execute(&mut *conn)
            .await?;
        });
        crate::webhooks::record(&mut tx, EventKind::HeroAnnounced, Some(hero_id)).await?;
        crate::search::refresh(&mut tx, hero_id).await?;
        tx.bump_data_version().await?;
        let slug: String = with_tx!(&mut tx, |conn| {
            sqlx::query_scalar("SELECT slug FROM hero_records WHERE id = $1")
                .bind(hero_id)
                .fetch_one(&mut *conn)
                .await?
        });
        crate::audit::record(
            &mut tx,
            &Actor::system("").entry(
                "candidacy.announce",
                Some(user_id),
                format!("candidacy #{id}"),
                slug.clone(),
            ),
        )
        .await?;
        notifications::send(&mut tx, &compose(&c, &slug)).await?;
        tx.commit().await?;
        announced.push(id);
    }
    Ok(announced)
}

/// Creates the hero record `input` describes for the account `user_id`, with `status`
/// (`Candidate` at onboarding), and links the account to it. `None` when the profile no
/// longer parses: it was checked at onboarding, so data changed underneath (a retired
/// country code?) and the candidacy waits for an admin.
async fn create_record(
    tx: &mut Tx,
    user_id: i64,
    input: HeroProfileInput,
    year: i32,
    status: HeroStatus,
) -> StoreResult<Option<i64>> {
    let Ok(mut profile) = input.parse(year) else {
        return Ok(None);
    };
    profile.status = status;
    let specializations: std::collections::HashMap<String, i64> = with_tx!(tx, |conn| {
        sqlx::query_as::<_, (String, i64)>("SELECT slug, id FROM specializations")
            .fetch_all(&mut *conn)
            .await?
    })
    .into_iter()
    .collect();
    // Every record's slug, a candidate's too: slugs are unique across them all.
    let taken: HashSet<String> = with_tx!(tx, |conn| {
        sqlx::query_scalar::<_, String>("SELECT slug FROM hero_records")
            .fetch_all(&mut *conn)
            .await?
    })
    .into_iter()
    .collect();
    let fallback = Slug::parse("slug", "hero").expect("valid literal");
    let base = Slug::from_name(profile.display_name.as_str(), &fallback);
    let slug = crate::heroes::unique_slug(&base, &taken);
    let hero_id =
        crate::heroes::insert_hero(tx, &slug, &profile, &specializations, Utc::now()).await?;
    with_tx!(tx, |conn| {
        sqlx::query("UPDATE users SET hero_id = $1 WHERE id = $2")
            .bind(hero_id)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    });
    Ok(Some(hero_id))
}

/// Gives the hero record `hero_id` the award of `specialization_id` in `year` and makes it
/// active. A candidate's record (created at onboarding) goes public with what they
/// prepared, dated from today: the award's year and "hero since" are the announcement's
/// (the date may have moved since onboarding), and the record counts as new from now on.
/// A record that was public already (an alumnus selected again) keeps its history.
async fn publish(tx: &mut Tx, hero_id: i64, specialization_id: i64, year: i32) -> StoreResult<()> {
    let now = Utc::now();
    with_tx!(tx, |conn| {
        let status: String = sqlx::query_scalar("SELECT status FROM hero_records WHERE id = $1")
            .bind(hero_id)
            .fetch_one(&mut *conn)
            .await?;
        if status == HeroStatus::Candidate.slug() {
            sqlx::query(
                "INSERT INTO hero_awards (hero_id, specialization_id, year) VALUES ($1, $2, $3) \
                 ON CONFLICT (hero_id, specialization_id) DO UPDATE SET year = excluded.year",
            )
            .bind(hero_id)
            .bind(specialization_id)
            .bind(i64::from(year))
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "UPDATE hero_records SET status = 'active', hero_since = $1, created_at = $2, \
                 updated_at = $2 WHERE id = $3",
            )
            .bind(i64::from(year))
            .bind(now)
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
        } else {
            sqlx::query(
                "INSERT INTO hero_awards (hero_id, specialization_id, year) \
                 VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(hero_id)
            .bind(specialization_id)
            .bind(i64::from(year))
            .execute(&mut *conn)
            .await?;
            sqlx::query("UPDATE hero_records SET status = 'active', updated_at = $1 WHERE id = $2")
                .bind(now)
                .bind(hero_id)
                .execute(&mut *conn)
                .await?;
        }
    });
    Ok(())
}
