//! The dashboard's panels, one module per feature. [`PANELS`] is the one registration: a
//! feature that lands adds its module here and one line to the list.

mod activity;
mod briefings;
mod contributions;
mod credits;
mod events;
mod feedback;
mod heroes;
mod mentoring;
mod selection;

use super::charts::{Chart, Panel};

pub use activity::FOLLOW_UP_SHOWN;

/// Every panel, in the order the dashboard lists them.
pub const PANELS: &[&Panel] = &[
    &heroes::PANEL,
    &contributions::PANEL,
    &activity::PANEL,
    &selection::PANEL,
    &briefings::PANEL,
    &feedback::PANEL,
    &credits::PANEL,
    &events::PANEL,
    &mentoring::PANEL,
];

/// Every chart of every panel.
pub fn charts() -> impl Iterator<Item = &'static Chart> {
    PANELS.iter().flat_map(|p| p.charts.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_addresses_are_unique() {
        let mut slugs: Vec<&str> = charts().map(|c| c.slug).collect();
        let all = slugs.len();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), all);
    }
}
