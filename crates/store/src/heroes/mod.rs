//! Heroes: profiles, awards and links, and the public directory query.
//!
//! One concern a file: what a card shows and the lists of cards (`cards`), the directory query
//! with its facet counts (`directory`), the profile a page shows (`profiles`), creating records
//! and a hero's own edit (`records`), contact details (`contacts`) and photos (`photos`).
//! Everything is used through this module (`heroes::create`, `heroes::directory`).
//!
//! The table is `hero_records`; `heroes` is the view of the public records (every status but
//! `candidate`, migration 0031). What the public reads goes through the view; what a record's
//! own account reads (`get_record`, `own_photo`, `slug_of`) reads the table.

mod cards;
mod contacts;
mod directory;
mod photos;
mod profiles;
mod records;

pub(crate) use cards::CARD_COLUMNS;
use cards::attach_awards;
pub use cards::{AwardView, HeroCard, all_slugs, count_by_status, featured, public_after};
pub use contacts::contacts;
use contacts::replace_contacts;
pub(crate) use directory::{BM25, fts5_query, tsquery};
pub use directory::{DirectoryPage, DirectoryQuery, DirectorySort, StatusFilter, directory};
pub use photos::{own_photo, photo, remove_photo, set_photo};
pub(crate) use profiles::split_list;
pub use profiles::{HeroDetail, get, get_record, id_of, named, slug_of};
pub use records::{create, create_many, update_own_profile};
pub(crate) use records::{insert_hero, unique_slug};
