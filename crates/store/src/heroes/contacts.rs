//! A hero's contact details, each with the audience that may see it.

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use heroes_domain::contact::{Contact, ContactKind, Visibility};

/// A hero's contact details, in display order.
#[tracing::instrument(level = "debug", skip_all, fields(hero_id = hero_id))]
pub async fn contacts(db: &Db, hero_id: i64) -> StoreResult<Vec<Contact>> {
    let rows: Vec<(String, String, String)> = with_pool!(db, |pool| sqlx::query_as(
        "SELECT kind, value, visibility FROM hero_contacts WHERE hero_id = $1"
    )
    .bind(hero_id)
    .fetch_all(pool)
    .await)?;
    let mut contacts: Vec<Contact> = rows
        .into_iter()
        .filter_map(|(kind, value, visibility)| {
            Some(Contact {
                kind: ContactKind::from_name(&kind)?,
                value,
                visibility: Visibility::parse("visibility", &visibility).ok()?,
            })
        })
        .collect();
    contacts.sort_by_key(|c| c.kind);
    Ok(contacts)
}

/// Replaces a hero's contact details inside the caller's transaction.
pub(super) async fn replace_contacts(
    tx: &mut Tx,
    hero_id: i64,
    contacts: &[Contact],
) -> StoreResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query("DELETE FROM hero_contacts WHERE hero_id = $1")
            .bind(hero_id)
            .execute(&mut *conn)
            .await?;
        for c in contacts {
            sqlx::query(
                "INSERT INTO hero_contacts (hero_id, kind, value, visibility) VALUES ($1, $2, $3, $4)",
            )
            .bind(hero_id)
            .bind(c.kind.as_str())
            .bind(&c.value)
            .bind(c.visibility.as_str())
            .execute(&mut *conn)
            .await?;
        }
    });
    Ok(())
}
