//! `/feeds/projects.atom` and `/feeds/projects.json`: the projects `/projects` lists (with
//! its filters), most recently changed first, each entry saying its status and the help it
//! wants.

use super::selected;
use crate::app::AppState;
use crate::error::PageError;
use crate::feeds::{Listed, Listing, ListingEntry, carried};
use crate::i18n::I18n;
use crate::web::QueryPairs;
use heroes_store::projects::Project;

fn entry(i18n: &I18n, p: &Project) -> ListingEntry {
    let mut summary = i18n.t(&format!("project-status-{}", p.status.as_str()));
    let wanted: Vec<&str> = p.skills().into_iter().chain(p.roles()).collect();
    if !wanted.is_empty() {
        summary.push_str(" · ");
        summary.push_str(&i18n.t1("project-help-wanted-list", "help", wanted.join(", ")));
    }
    summary.push_str(" · ");
    summary.push_str(&p.description);
    ListingEntry {
        key: p.slug.clone(),
        title: carried(&p.name),
        published: p.created_at,
        updated: p.updated_at,
        author: None,
        summary: carried(summary),
        json: serde_json::json!({
            "external_url": p.url,
            "tags": p.specializations,
            "_heroes": { "status": p.status, "help_skills": p.skills(), "help_roles": p.roles() },
        }),
    }
}

/// The projects `/projects` lists (`feeds::atom::<Projects>`, `feeds::json::<Projects>`).
pub struct Projects;

impl Listed for Projects {
    async fn listing(
        state: &AppState,
        i18n: &I18n,
        query: &QueryPairs,
    ) -> Result<Listing, PageError> {
        Ok(Listing {
            title: i18n.t("projects-title"),
            page: "/projects",
            feed: "/feeds/projects",
            entries: selected(state, query)
                .await?
                .iter()
                .map(|p| entry(i18n, p))
                .collect(),
        })
    }
}
