//! Addresses of new records (groups, projects): the slug of their name, with a suffix when
//! another record has it already. The slug column's unique key decides (the insert is
//! `ON CONFLICT (slug) DO NOTHING RETURNING id`), so two records of one name created at once
//! get two addresses.

use crate::db::Tx;
use crate::error::{StoreError, StoreResult};
use crate::sql::Sql;
use heroes_domain::slug::Slug;

/// How many addresses a name is tried at: `name`, `name-2` … `name-50`.
const TRIES: u32 = 50;

/// The addresses a new record of `name` is tried at, in turn: its slug (`fallback` when the
/// name makes none), then the same with `-2` … `-50`.
pub(crate) fn candidates(name: &str, fallback: &str) -> impl Iterator<Item = Slug> {
    let base = Slug::from_name(name, &Slug::parse("slug", fallback).expect("a valid slug"));
    (1..=TRIES).map(move |n| {
        if n == 1 {
            base.clone()
        } else {
            base.with_suffix(n)
        }
    })
}

/// Writes a new record of `name` at the first of its [`candidates`] that is free: `insert`
/// is the statement writing it at one slug, answering its id, or none when another record
/// has that slug (`ON CONFLICT (slug) DO NOTHING RETURNING id`). Answers the id and the
/// slug, or `Conflict` on `name` when every address is taken.
pub(crate) async fn claim(
    tx: &mut Tx,
    name: &str,
    fallback: &str,
    insert: impl Fn(&Slug) -> Sql,
) -> StoreResult<(i64, Slug)> {
    for slug in candidates(name, fallback) {
        if let Some(id) = insert(&slug).fetch_id_in(tx).await? {
            return Ok((id, slug));
        }
    }
    Err(StoreError::Conflict { field: "name" })
}
