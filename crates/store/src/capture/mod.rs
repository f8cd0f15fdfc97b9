//! Automatic capture: a hero's sources and the suggestions found there.
//!
//! One concern a file: the sources and what their polls recorded (`sources`), offering a
//! poll's items once per canonical address (`offers`), syndicated copies and the further
//! addresses of works (`syndication`), and the hero's decision on each suggestion
//! (`suggestions`). Everything is used through this module (`capture::offer_all`).

mod offers;
mod sources;
mod suggestions;
mod syndication;

pub use offers::{Found, Seen, offer, offer_all, offer_seen, seen};
pub use sources::{
    Source, add_source, remove_source, set_auto_accept, source, source_failed, source_polled,
    sources_of,
};
pub use suggestions::{Suggestion, claim, decline, suggestion, waiting};
pub use syndication::{alternates, alternates_of};
