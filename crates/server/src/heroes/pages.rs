//! `/heroes` and `/heroes/{slug}`: the directory and profile pages.

use super::{DirectoryParams, Rejected};
use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::i18n::I18n;
use crate::web::{CardExt, ContributionExt};
use crate::web::{QueryPairs, markdown_to_safe_html};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use chrono::{Datelike, Utc};
use heroes_domain::geo::{CountryCode, Region};
use heroes_domain::policy;
use heroes_store::contributions::{self, ContributionView, StreamQuery};
use heroes_store::heroes::{self, HeroCard, HeroDetail, StatusFilter};
use heroes_store::specializations::{self, Specialization};

/// One choice in a filter group.
pub struct FacetOption {
    /// The parameter value.
    pub value: String,
    /// What the visitor reads.
    pub label: String,
    /// Matching heroes if this value were chosen.
    pub count: i64,
    /// Whether it is chosen now.
    pub checked: bool,
}

/// An active filter, with the link that removes it.
pub struct Chip {
    /// What the filter is.
    pub label: String,
    /// The same view without it.
    pub remove_href: String,
}

/// A numbered pagination link; `number == 0` is a gap ("…").
pub struct PageLink {
    /// Page number, or 0 for a gap.
    pub number: i64,
    /// Where it goes.
    pub href: String,
    /// Whether it is the page shown.
    pub current: bool,
}

/// The directory page.
#[derive(Template, WebTemplate)]
#[template(path = "heroes/directory.html")]
pub struct DirectoryPage {
    i18n: I18n,
    q: String,
    heroes: Vec<HeroCard>,
    total: i64,
    page: i64,
    page_count: i64,
    first_shown: i64,
    last_shown: i64,
    specializations: Vec<FacetOption>,
    regions: Vec<FacetOption>,
    countries: Vec<FacetOption>,
    years: Vec<FacetOption>,
    status: &'static str,
    sort: &'static str,
    searching: bool,
    chips: Vec<Chip>,
    rejected: Vec<Rejected>,
    pages: Vec<PageLink>,
    prev_href: Option<String>,
    next_href: Option<String>,
    first_page_href: String,
    last_page_href: String,
    canonical_query: String,
}

/// `GET /heroes`.
pub async fn show_directory(
    State(state): State<AppState>,
    i18n: I18n,
    pairs: QueryPairs,
) -> Result<DirectoryPage, PageError> {
    // Retired specializations still filter (their heroes keep the badge), but only a chosen
    // one is listed among the filters, so it can be unticked.
    let all_specializations = specializations::list(&state.db, true).await?;
    let params = DirectoryParams::parse(&pairs, &all_specializations, false);
    let result = heroes::directory(&state.db, &params.query).await?;

    let count_of = |counts: &[(String, i64)], key: &str| {
        counts.iter().find(|(k, _)| k == key).map_or(0, |(_, n)| *n)
    };
    let specializations = all_specializations
        .iter()
        .filter(|s| s.active || params.query.specializations.contains(&s.slug))
        .map(|s| FacetOption {
            value: s.slug.clone(),
            label: s.name.clone(),
            count: count_of(&result.specialization_counts, &s.slug),
            checked: params.query.specializations.contains(&s.slug),
        })
        .collect();
    let regions = Region::ALL
        .iter()
        .map(|r| FacetOption {
            value: r.slug().to_owned(),
            label: i18n.t(&format!("region-{}", r.slug())),
            count: count_of(&result.region_counts, r.slug()),
            checked: params.query.regions.contains(r),
        })
        .collect();
    // Chosen countries stay listed even when nothing matches them, so they can be unticked.
    let mut countries: Vec<FacetOption> = result
        .country_counts
        .iter()
        .filter_map(|(code, count)| {
            let c = CountryCode::parse(code).ok()?;
            Some(FacetOption {
                value: code.clone(),
                label: c.name().to_owned(),
                count: *count,
                checked: params.query.countries.contains(&c),
            })
        })
        .collect();
    for c in &params.query.countries {
        if !countries.iter().any(|o| o.value == c.as_str()) {
            countries.push(FacetOption {
                value: c.as_str().to_owned(),
                label: c.name().to_owned(),
                count: 0,
                checked: true,
            });
        }
    }
    countries.sort_by(|a, b| a.label.cmp(&b.label));
    let years = (heroes_domain::hero::FIRST_AWARD_YEAR..=Utc::now().year())
        .rev()
        .map(|y| FacetOption {
            value: y.to_string(),
            label: y.to_string(),
            count: 0,
            checked: params.query.since == Some(y),
        })
        .collect();

    let page_count = params.page_count(result.total);
    let href = |page: i64| {
        let qs = params.query_string(Some(page), false);
        if qs.is_empty() {
            "/heroes".to_owned()
        } else {
            format!("/heroes?{qs}")
        }
    };
    let pages = page_window(params.page, page_count)
        .into_iter()
        .map(|n| PageLink {
            number: n,
            href: if n == 0 { String::new() } else { href(n) },
            current: n == params.page,
        })
        .collect();
    let shown = result.heroes.len() as i64;
    Ok(DirectoryPage {
        chips: chips(&params, &i18n, &all_specializations),
        q: params.q.clone(),
        total: result.total,
        page: params.page,
        page_count,
        first_shown: if shown > 0 {
            params.query.offset + 1
        } else {
            0
        },
        last_shown: params.query.offset + shown,
        heroes: result.heroes,
        specializations,
        regions,
        countries,
        years,
        status: match params.query.status {
            StatusFilter::Active => "active",
            StatusFilter::Alumni => "alumni",
            StatusFilter::All => "all",
        },
        sort: if params.sort_given || !params.query.terms.is_empty() {
            super::sort_slug(params.query.sort)
        } else {
            "name"
        },
        searching: !params.query.terms.is_empty(),
        rejected: params.rejected.clone(),
        prev_href: (params.page > 1).then(|| href((params.page - 1).min(page_count))),
        next_href: (params.page < page_count).then(|| href(params.page + 1)),
        first_page_href: href(1),
        last_page_href: href(page_count),
        canonical_query: params.query_string(Some(params.page), false),
        pages,
        i18n,
    })
}

/// Page numbers to show around `current`: first, last, and two on each side; 0 marks a gap.
fn page_window(current: i64, count: i64) -> Vec<i64> {
    let mut out = Vec::new();
    for n in 1..=count {
        if n == 1 || n == count || (n - current).abs() <= 2 {
            out.push(n);
        } else if out.last() != Some(&0) {
            out.push(0);
        }
    }
    out
}

fn chips(params: &DirectoryParams, i18n: &I18n, all: &[Specialization]) -> Vec<Chip> {
    let without = |edit: &dyn Fn(&mut DirectoryParams)| {
        let mut p = params.clone();
        edit(&mut p);
        let qs = p.query_string(None, false);
        if qs.is_empty() {
            "/heroes".to_owned()
        } else {
            format!("/heroes?{qs}")
        }
    };
    let mut chips = Vec::new();
    if !params.q.is_empty() {
        chips.push(Chip {
            label: i18n.t1("directory-chip-search", "text", &params.q),
            remove_href: without(&|p| {
                p.q.clear();
                p.query.terms.clear();
            }),
        });
    }
    for s in &params.query.specializations {
        chips.push(Chip {
            label: all
                .iter()
                .find(|x| &x.slug == s)
                .map_or_else(|| s.clone(), |x| x.name.clone()),
            remove_href: without(&|p| p.query.specializations.retain(|x| x != s)),
        });
    }
    for r in &params.query.regions {
        chips.push(Chip {
            label: i18n.t(&format!("region-{}", r.slug())),
            remove_href: without(&|p| p.query.regions.retain(|x| x != r)),
        });
    }
    for c in &params.query.countries {
        chips.push(Chip {
            label: c.name().to_owned(),
            remove_href: without(&|p| p.query.countries.retain(|x| x != c)),
        });
    }
    if let Some(y) = params.query.since {
        chips.push(Chip {
            label: i18n.t1("card-hero-since", "year", y),
            remove_href: without(&|p| p.query.since = None),
        });
    }
    if params.query.status != StatusFilter::Active {
        chips.push(Chip {
            label: i18n.t(match params.query.status {
                StatusFilter::Alumni => "directory-status-alumni",
                _ => "directory-status-all",
            }),
            remove_href: without(&|p| p.query.status = StatusFilter::Active),
        });
    }
    chips
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
}

/// `GET /heroes/{slug}`. Contact details are shown to the audience their owner chose; a
/// visitor's page (the cached one) shows the public ones only.
pub async fn show_profile(
    State(state): State<AppState>,
    i18n: I18n,
    viewer: Viewer,
    Path(slug): Path<String>,
) -> Result<ProfilePage, PageError> {
    let detail: HeroDetail = heroes::get(&state.db, &slug).await?;
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
    let query = StreamQuery {
        hero: Some(detail.card.slug.clone()),
        limit: 12,
        ..StreamQuery::default()
    };
    let recent = contributions::stream(&state.db, &query).await?;
    let contribution_total = contributions::count(&state.db, &query).await?;
    let local_time = detail
        .timezone
        .as_deref()
        .and_then(|tz| tz.parse::<chrono_tz::Tz>().ok())
        .map(|tz| {
            Utc::now()
                .with_timezone(&tz)
                .format("%H:%M (UTC%:z)")
                .to_string()
        });
    let description = if detail.card.headline.is_empty() {
        i18n.t("site-tagline")
    } else {
        detail.card.headline.clone()
    };
    Ok(ProfilePage {
        bio_html: markdown_to_safe_html(&detail.bio),
        links: detail.links,
        languages: detail.languages,
        timezone: detail.timezone,
        local_time,
        recent,
        contribution_total,
        canonical_url: format!("{}/heroes/{}", state.config.base_url, detail.card.slug),
        description,
        contacts,
        hero: detail.card,
        i18n,
    })
}
