//! Addresses of new records (groups, projects): the slug of their name, with a suffix when
//! another record has it already. The slug column's unique key decides (the insert is
//! `ON CONFLICT (slug) DO NOTHING RETURNING id`), so two records of one name created at once
//! get two addresses.

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
