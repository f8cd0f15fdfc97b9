//! Automatic capture of contributions: heroes register where they publish (feeds, GitHub),
//! workers poll those sources through the database job queue, and what is new arrives as
//! suggestions the hero claims with one click (or automatically, per source).

pub mod feeds;
pub mod fetch;
pub mod metadata;
pub mod pages;
pub mod worker;
