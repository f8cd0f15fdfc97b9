//! Black-box tests through the real router, on the backend `HEROES_TEST_DATABASE_URL`
//! selects (SQLite by default, PostgreSQL when it is a `postgres://` URL). Every test gets its
//! own fresh database. One test binary for all features keeps linking cheap.

mod group_mail;
mod helpers;

mod abuse;
mod accounts;
mod admin;
mod api;
mod briefing_files;
mod briefings;
mod cache;
mod candidates;
mod capture;
mod cli;
mod credit_imports;
mod credits;
mod dashboard_figures;
mod dashboard_rollups;
mod dashboards;
mod demo;
mod directory;
mod directory_index;
mod edge;
mod events;
mod feedback;
mod feeds;
mod group_logos;
mod home;
mod http;
mod jobs;
mod languages;
mod mail;
mod mail_languages;
mod matrix;
mod names_and_zones;
mod network;
mod open_api;
mod operations;
mod own_contributions;
mod passkeys;
mod photos;
mod privacy;
mod profile;
mod projects;
mod promotion;
mod races;
mod rate_limit;
mod schema;
mod second_factor;
mod selection;
mod speakers;
mod sso;
mod sync;
mod tokens;
mod webhooks;
