//! `/sitemap.xml` and `/robots.txt`, so search engines find every public page.

use crate::app::AppState;
use crate::error::PageError;
use crate::web::cacheable;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use heroes_store::heroes;
use std::fmt::Write;

/// `GET /sitemap.xml`: the fixed pages, every specialization and every hero profile.
pub async fn sitemap(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let base = &state.config.base_url;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in [
        "/",
        "/heroes",
        "/specializations",
        "/contributions",
        "/spotlight",
        "/digest",
        "/api/docs",
    ] {
        let _ = writeln!(xml, "<url><loc>{base}{path}</loc></url>");
    }
    for s in state.specializations(false).await? {
        let _ = writeln!(
            xml,
            "<url><loc>{base}/specializations/{}</loc></url>",
            s.slug
        );
    }
    // Slugs are ASCII letters, digits and hyphens: nothing to escape.
    for (slug, updated) in heroes::all_slugs(&state.db).await? {
        let _ = writeln!(
            xml,
            "<url><loc>{base}/heroes/{slug}</loc><lastmod>{}</lastmod></url>",
            updated.format("%Y-%m-%d")
        );
    }
    // Community projects (issue 16): the list and every project's page.
    let _ = writeln!(xml, "<url><loc>{base}/projects</loc></url>");
    for (slug, updated) in heroes_store::projects::all_slugs(&state.db).await? {
        let _ = writeln!(
            xml,
            "<url><loc>{base}/projects/{slug}</loc><lastmod>{}</lastmod></url>",
            updated.format("%Y-%m-%d")
        );
    }
    xml.push_str("</urlset>\n");
    Ok(cacheable(
        &headers,
        "application/xml; charset=utf-8",
        crate::web::REVALIDATE,
        xml,
    ))
}

/// `GET /robots.txt`.
pub async fn robots(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /account/\nDisallow: /admin/\nDisallow: /network\nAllow: /\nSitemap: {}/sitemap.xml\n",
        state.config.base_url
    );
    cacheable(&headers, "text/plain; charset=utf-8", 86_400, body)
}
