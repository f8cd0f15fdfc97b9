//! `/feeds/projects.atom` and `/feeds/projects.json`: the projects `/projects` lists (with
//! its filters), most recently changed first, each entry saying its status and the help it
//! wants.

use super::selected;
use crate::app::AppState;
use crate::error::PageError;
use crate::feeds::{atom_response, carried, json_listing, latest_or_now};
use crate::i18n::I18n;
use crate::web::QueryPairs;
use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use heroes_store::projects::Project;

struct Entry {
    slug: String,
    title: String,
    published: String,
    updated: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "projects/atom.xml")]
struct Atom {
    base_url: String,
    title: String,
    updated: String,
    entries: Vec<Entry>,
}

fn entry(i18n: &I18n, p: &Project) -> Entry {
    let mut summary = i18n.t(&format!("project-status-{}", p.status.as_str()));
    let wanted: Vec<&str> = p.skills().into_iter().chain(p.roles()).collect();
    if !wanted.is_empty() {
        summary.push_str(" · ");
        summary.push_str(&i18n.t1("project-help-wanted-list", "help", wanted.join(", ")));
    }
    summary.push_str(" · ");
    summary.push_str(&p.description);
    Entry {
        slug: p.slug.clone(),
        title: carried(&p.name),
        published: p.created_at.to_rfc3339(),
        updated: p.updated_at.to_rfc3339(),
        summary: carried(summary),
    }
}

/// `GET /feeds/projects.atom`.
pub async fn atom(
    State(state): State<AppState>,
    headers: HeaderMap,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let list = selected(&state, &query).await?;
    let feed = Atom {
        base_url: state.config.base_url.clone(),
        title: i18n.t("projects-title"),
        updated: latest_or_now(list.iter().map(|p| p.updated_at)),
        entries: list.iter().map(|p| entry(&i18n, p)).collect(),
    };
    atom_response(&headers, &feed)
}

/// `GET /feeds/projects.json` (JSON Feed 1.1).
pub async fn json(
    State(state): State<AppState>,
    headers: HeaderMap,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let base = &state.config.base_url;
    let items: Vec<serde_json::Value> = selected(&state, &query)
        .await?
        .iter()
        .map(|p| {
            let entry = entry(&i18n, p);
            serde_json::json!({
                "id": format!("{base}/projects/{}", p.slug),
                "url": format!("{base}/projects/{}", p.slug),
                "external_url": p.url,
                "title": entry.title,
                "content_text": entry.summary,
                "date_published": entry.published,
                "date_modified": entry.updated,
                "tags": p.specializations,
                "_heroes": { "status": p.status, "help_skills": p.skills(), "help_roles": p.roles() },
            })
        })
        .collect();
    json_listing(
        &headers,
        base,
        i18n.t("projects-title"),
        "/projects",
        "/feeds/projects.json",
        items,
    )
}
