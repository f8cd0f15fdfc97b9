//! The heroes domain: the program's vocabulary as types, and its rules as pure functions.
//!
//! Nothing here performs IO. Values that cross a boundary (a form, the API, a CSV import, the
//! demo generator) are parsed into these types once; a value that has a domain type is valid
//! everywhere after that ("parse, don't validate"). The store and the server depend on this
//! crate, never the other way round.

pub mod account;
pub mod briefings;
pub mod calendar;
pub mod capture;
pub mod contact;
pub mod contribution;
pub mod credits;
pub mod dashboards;
pub mod error;
pub mod events;
pub mod feedback;
pub mod geo;
pub mod groups;
pub mod hero;
pub mod mentoring;
pub mod network;
pub mod office_hours;
pub mod policy;
pub mod projects;
pub mod promotion;
pub mod renewal;
pub mod search;
pub mod selection;
pub mod slug;
pub mod speakers;
pub mod specialization;
#[cfg(test)]
mod testing;
pub mod text;
pub mod web;
pub mod webhooks;

pub use error::{Problem, UnknownName, ValidationError};
