//! `/heroes` and `/heroes/{slug}`: the directory and profile pages.

use super::DirectoryParams;
// `FacetOption` is shared with the content stream's filters.
pub use super::directory::{DirectoryPage, FacetOption};
use crate::account::candidate::CandidateBanner;
use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::private;
use crate::web::{CardExt, ContributionExt};
use crate::web::{QueryPairs, markdown_to_safe_html};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use heroes_domain::policy;
use heroes_store::StoreError;
use heroes_store::contributions::{self, ContributionView, StreamQuery};
use heroes_store::heroes::{self, HeroCard, HeroDetail};

/// `GET /heroes`: parses the query, asks the store, and lets the page type build the page.
pub async fn show_directory(
    State(state): State<AppState>,
    i18n: I18n,
    pairs: QueryPairs,
) -> Result<DirectoryPage, PageError> {
    // Retired specializations still filter (their heroes keep the badge), but only a chosen
    // one is listed among the filters, so it can be unticked (see `DirectoryPage::new`).
    let specializations = state.specializations(true).await?;
    let params = DirectoryParams::parse(&pairs, &specializations, false);
    let found = state.directory(&params.query).await?;
    Ok(DirectoryPage::new(i18n, &params, &specializations, found))
}

/// The profile page.
#[derive(Template, WebTemplate)]
#[template(path = "heroes/profile.html")]
pub struct ProfilePage {
    i18n: I18n,
    hero: HeroCard,
    bio_html: String,
    links: Vec<(String, String)>,
    languages: Vec<String>,
    timezone: Option<String>,
    local_time: Option<String>,
    recent: Vec<ContributionView>,
    contribution_total: i64,
    canonical_url: String,
    description: String,
    /// The contact details this viewer may see, as (kind, value).
    contacts: Vec<(&'static str, String)>,
    /// schema.org `Person` as JSON-LD, safe to put inside `<script>`.
    json_ld: String,
    /// Set when the page is its own account's preview of a record not public yet.
    preview: Option<Option<CandidateBanner>>,
}

/// The hero as a schema.org `Person` (JSON-LD), for search engines and link previews. Only
/// what the public page shows; `<`, `>` and `&` are written as `\u` escapes so no value can
/// end the `<script>` element it sits in.
fn person_json_ld(hero: &HeroCard, links: &[(String, String)], url: &str, base: &str) -> String {
    let mut person = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": hero.display_name,
        "url": url,
        "knowsAbout": hero.awards.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
        "sameAs": links.iter().map(|(_, href)| href.as_str()).collect::<Vec<_>>(),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": hero.city,
            "addressCountry": hero.country,
        },
    });
    if !hero.headline.is_empty() {
        person["jobTitle"] = hero.headline.as_str().into();
    }
    if !hero.company.is_empty() {
        person["worksFor"] = serde_json::json!({ "@type": "Organization", "name": hero.company });
    }
    if let Some(photo) = &hero.photo_url {
        let absolute = if photo.starts_with('/') {
            format!("{base}{photo}")
        } else {
            photo.clone()
        };
        person["image"] = absolute.into();
    }
    person
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// `GET /heroes/{slug}`. Contact details are shown to the audience their owner chose; a
/// visitor's page (the cached one) shows the public ones only.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn show_profile(
    State(state): State<AppState>,
    i18n: I18n,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let (detail, preview) = match heroes::get(&state.db, &slug).await {
        Ok(detail) => (detail, None),
        // Not public: only its own account may see it, as a preview.
        Err(StoreError::NotFound) => {
            let (detail, banner) = own_preview(&state, &viewer, &slug)
                .await?
                .ok_or(PageError::NotFound)?;
            (detail, Some(banner))
        }
        Err(e) => return Err(e.into()),
    };
    let own = viewer
        .account
        .as_ref()
        .is_some_and(|a| a.user.hero_id == Some(detail.card.id));
    let contacts = heroes::contacts(&state.db, detail.card.id)
        .await?
        .into_iter()
        .filter(|c| own || policy::may_see(viewer.roles(), c.visibility))
        .map(|c| (c.kind.as_str(), c.value))
        .collect();
    let recent = recent_contributions(&state, &detail, preview.is_some()).await?;
    let is_preview = preview.is_some();
    let page = ProfilePage::new(
        i18n,
        &state.config.base_url,
        detail,
        preview,
        contacts,
        recent,
    );
    Ok(if is_preview {
        private(page.into_response())
    } else {
        page.into_response()
    })
}

/// The hero's twelve newest contributions and how many there are. The public stream leaves a
/// candidate out, so a `preview` lists the public ones from the hero's own log: what will be
/// public.
async fn recent_contributions(
    state: &AppState,
    detail: &HeroDetail,
    preview: bool,
) -> Result<(Vec<ContributionView>, i64), PageError> {
    if preview {
        let public: Vec<ContributionView> = contributions::all_of_hero(&state.db, detail.card.id)
            .await?
            .into_iter()
            .filter(|c| !c.private)
            .collect();
        let total = public.len() as i64;
        return Ok((public.into_iter().take(12).collect(), total));
    }
    let query = StreamQuery {
        hero: Some(detail.card.slug.clone()),
        limit: 12,
        ..StreamQuery::default()
    };
    Ok((
        contributions::stream(&state.db, &query).await?,
        state.contribution_count(&query).await?,
    ))
}

impl ProfilePage {
    /// The profile of `detail` with the `contacts` this viewer may see and the `recent`
    /// contributions (and their total).
    fn new(
        i18n: I18n,
        base_url: &str,
        detail: HeroDetail,
        preview: Option<Option<CandidateBanner>>,
        contacts: Vec<(&'static str, String)>,
        (recent, contribution_total): (Vec<ContributionView>, i64),
    ) -> Self {
        // The hero's time of day, and the reader's beside it when their zone reads differently.
        let local_time = detail
            .timezone
            .as_deref()
            .and_then(|tz| tz.parse::<chrono_tz::Tz>().ok())
            .map(|tz| i18n.local_time_of(&Utc::now(), tz));
        let description = if detail.card.headline.is_empty() {
            i18n.t("site-tagline")
        } else {
            detail.card.headline.clone()
        };
        let canonical_url = format!("{base_url}/heroes/{}", detail.card.slug);
        ProfilePage {
            json_ld: person_json_ld(&detail.card, &detail.links, &canonical_url, base_url),
            preview,
            bio_html: markdown_to_safe_html(&detail.bio),
            links: detail.links,
            languages: detail.languages,
            timezone: detail.timezone,
            local_time,
            recent,
            contribution_total,
            canonical_url,
            description,
            contacts,
            hero: detail.card,
            i18n,
        }
    }
}

/// The hero record with `slug` when it is the viewer's own and not public yet (an accepted
/// candidate's), with the banner saying when it goes public.
async fn own_preview(
    state: &AppState,
    viewer: &Viewer,
    slug: &str,
) -> Result<Option<(HeroDetail, Option<CandidateBanner>)>, PageError> {
    let Some(id) = viewer.account.as_ref().and_then(|a| a.user.hero_id) else {
        return Ok(None);
    };
    let Some(detail) = heroes::get_record(&state.db, id).await? else {
        return Ok(None);
    };
    if detail.card.slug != slug {
        return Ok(None);
    }
    let banner = CandidateBanner::of(state, &detail).await?;
    Ok(Some((detail, banner)))
}
