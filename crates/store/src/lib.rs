//! The heroes store: the only code that knows SQL.
//!
//! One API over two databases: SQLite (the embedded default) and PostgreSQL (for several
//! instances behind a load balancer). Each feature module (`heroes`, `contributions`,
//! `specializations`) offers operations shaped like the domain — `heroes::create`,
//! `heroes::directory` — and writes the same SQL for both backends where it can, through the
//! [`Db`] enum and its dispatch macros. Where the dialects differ (full-text search), the module
//! says so next to the two statements.

#[macro_use]
mod macros;
pub mod accounts;
pub mod attention;
pub mod audit;
pub mod briefings;
pub mod capture;
pub mod contributions;
pub mod credit_imports;
pub mod credits;
pub mod dashboards;
mod db;
pub mod deletions;
pub mod digest;
pub mod directory;
mod error;
pub mod events;
pub mod exports;
pub mod feedback;
pub mod groups;
pub mod heroes;
pub mod jobs;
mod members;
pub mod mentoring;
mod migrate;
pub mod network;
pub mod notifications;
pub mod office_hours;
pub mod outbox;
pub mod passkeys;
pub mod product_areas;
pub mod projects;
pub mod promotion;
pub mod renewal;
pub mod search;
pub mod second_factor;
pub mod selection;
pub mod sessions;
mod slugs;
pub mod speakers;
pub mod specializations;
mod sql;
pub mod sso;
pub mod testing;
pub mod tokens;
pub mod webhooks;

pub use db::{Backend, DataStamp, Db, PoolConfig, VersionWatch, local_data_changes};
pub use error::{StoreError, StoreResult};
pub use migrate::MIGRATIONS;
