//! Erasing an account and the personal data held with it.

use super::{Actor, by_id};
use crate::audit;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::outbox;

/// What erasing an account removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erasure {
    /// The hero page that was removed with it, if any.
    pub hero_slug: Option<String>,
    /// Mails removed from the outbox.
    pub mails: u64,
}

/// Erases an account and the personal data held with it, in one transaction: the account,
/// its sessions, tokens, links and roles; its hero page with links, awards and
/// contributions; the mails sent to it; its addresses in the audit log; its name and profile
/// in candidacies of it (which stay, anonymized, with their decisions). The audit entries
/// themselves stay (append-only) and now read "deleted account #N"; a last entry records the
/// erasure.
///
/// Credits: the hero's ledger, requests and balance go with the hero row (the cascade of
/// migration 0017; the ledger's append-only trigger lets deletes through once the hero is
/// gone), so nothing personal stays in the ledger. The codes issued to the hero stay in the
/// pool marked issued with no holder (`hero_id` set to NULL, their reveals' account too): a
/// code is never handed out again, and the spend reports keep the amounts without a person.
#[tracing::instrument(level = "debug", skip_all, fields(user_id = user_id))]
pub async fn erase(db: &Db, user_id: i64, actor: &Actor) -> StoreResult<Erasure> {
    let user = by_id(db, user_id).await?.ok_or(StoreError::NotFound)?;
    let mut tx = db.begin().await?;
    let hero_slug: Option<String> = with_tx!(&mut tx, |conn| {
        match user.hero_id {
            Some(hero) => {
                sqlx::query_scalar("DELETE FROM hero_records WHERE id = $1 RETURNING slug")
                    .bind(hero)
                    .fetch_optional(&mut *conn)
                    .await?
            }
            None => None,
        }
    });
    if hero_slug.is_some() {
        tx.bump_data_version().await?;
    }
    outbox::forget_recipient(&mut tx, &user.email).await?;
    // Community projects: no project keeps a departed owner (see `projects::forget_person`).
    crate::projects::forget_person(&mut tx, user_id).await?;
    let mails = with_tx!(&mut tx, |conn| {
        let mails = sqlx::query("DELETE FROM outbox WHERE to_address = $1")
            .bind(&user.email)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        sqlx::query("UPDATE audit_log SET address = '' WHERE actor_id = $1 OR target_user_id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        // Candidacies of this person stay (with their decisions, for the program's record
        // and for the nominators) but no longer say who it was. Each statement finds them by
        // the account ($1) or the address ($2).
        for statement in [
            "DELETE FROM candidacy_links WHERE candidacy_id IN (SELECT id FROM candidacies \
             WHERE nominee_user_id = $1 OR nominee_email = $2)",
            "DELETE FROM candidacy_evidence WHERE candidacy_id IN (SELECT id FROM candidacies \
             WHERE nominee_user_id = $1 OR nominee_email = $2)",
            // What nominators wrote about the person goes with them.
            "UPDATE nominations SET statement = '', evidence = '' WHERE candidacy_id IN \
             (SELECT id FROM candidacies WHERE nominee_user_id = $1 OR nominee_email = $2)",
            "UPDATE candidacies SET nominee_user_id = NULL, \
             nominee_email = 'erased-' || id || '@invalid', nominee_name = 'Deleted person', \
             headline = '', company = '', city = '', country = '', bio = '' \
             WHERE nominee_user_id = $1 OR nominee_email = $2",
        ] {
            sqlx::query(statement)
                .bind(user_id)
                .bind(user.email.to_lowercase())
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
        mails
    });
    let anonymous = Actor {
        user_id: actor.user_id,
        label: actor.label.clone(),
        address: String::new(),
    };
    audit::record(
        &mut tx,
        &anonymous.entry(
            "account.delete",
            Some(user_id),
            String::new(),
            String::new(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(Erasure { hero_slug, mails })
}
