//! The heroes web application: HTTP pages and API, feeds, background work and the command
//! line. It talks to the database only through `heroes_store` and decides nothing that
//! `heroes_domain` already decides.

pub mod account;
pub mod admin;
pub mod api_filters;
pub mod app;
pub mod auth;
pub mod briefings;
pub mod cache;
pub mod capture;
pub mod cli;
pub mod contributions;
pub mod credits;
pub mod demo;
pub mod error;
pub mod events;
pub mod exports;
pub mod extract;
pub mod feedback;
pub mod feeds;
pub mod forms;
pub mod group_logos;
pub mod group_mail;
pub mod groups;
pub mod health;
pub mod heroes;
pub mod home;
pub mod i18n;
pub mod i18n_format;
pub mod i18n_names;
pub mod jobs;
pub mod language;
pub mod mail;
pub mod mentoring;
pub mod network;
pub mod office_hours;
pub mod openapi;
pub mod projects;
pub mod promotion;
pub mod rate_limit;
pub mod renewal;
pub mod representation;
pub mod router;
pub mod selection;
pub mod seo;
pub mod speakers;
pub mod specializations;
pub mod sync;
pub mod telemetry;
pub mod web;
pub mod webhooks;
pub mod world_map;

pub use app::{AppState, Config};
