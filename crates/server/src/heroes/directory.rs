//! The directory page as the visitor reads it: which filters are offered and chosen, what the
//! counts say, which sort order the form sends, and where each link goes. The handler
//! (`pages::show_directory`) only parses, asks the store and hands the answer to
//! [`DirectoryPage::new`].

use super::{DirectoryParams, Rejected};
use crate::i18n::I18n;
use crate::web::CardExt;
use askama::Template;
use askama_web::WebTemplate;
use chrono::{Datelike, Utc};
use heroes_domain::geo::{CountryCode, Region};
use heroes_store::heroes::{self, DirectorySort, HeroCard, StatusFilter};
use heroes_store::specializations::Specialization;

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

/// One entry of the sort menu.
pub struct SortOption {
    /// The parameter value; empty for the default order, so that the form sends nothing and
    /// the default (best match when searching, by name otherwise) applies to the next search.
    pub value: &'static str,
    /// What the visitor reads.
    pub label: String,
    /// Whether it is the order shown.
    pub selected: bool,
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

/// Nothing matches under the chosen status, but heroes of the other status do: say how many,
/// and link to them (a search for a former hero must not look like a search for nobody).
pub struct OtherStatus {
    /// "No current hero matches, but 3 alumni do."
    pub text: String,
    /// The button's words.
    pub link_text: String,
    /// The same view with the other status.
    pub href: String,
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
    result_count: String,
    filters_summary: String,
    specializations: Vec<FacetOption>,
    regions: Vec<FacetOption>,
    /// Countries chosen now, as boxes that can be unticked.
    chosen_countries: Vec<FacetOption>,
    /// Countries that can be added, for the menu.
    countries: Vec<FacetOption>,
    statuses: Vec<FacetOption>,
    years: Vec<FacetOption>,
    sorts: Vec<SortOption>,
    chips: Vec<Chip>,
    rejected: Vec<Rejected>,
    other_status: Option<OtherStatus>,
    pages: Vec<PageLink>,
    prev_href: Option<String>,
    next_href: Option<String>,
    first_page_href: String,
    last_page_href: String,
    canonical_query: String,
}

impl DirectoryPage {
    /// The page for `params`, given the store's answer to `params.query`.
    pub fn new(
        i18n: I18n,
        params: &DirectoryParams,
        all_specializations: &[Specialization],
        found: heroes::DirectoryPage,
    ) -> Self {
        let query = &params.query;
        let count_of = |counts: &[(String, i64)], key: &str| {
            counts.iter().find(|(k, _)| k == key).map_or(0, |(_, n)| *n)
        };
        // A retired specialization is listed only while chosen, so it can be unticked.
        let specializations = all_specializations
            .iter()
            .filter(|s| s.active || query.specializations.contains(&s.slug))
            .map(|s| FacetOption {
                value: s.slug.clone(),
                label: s.name.clone(),
                count: count_of(&found.specialization_counts, &s.slug),
                checked: query.specializations.contains(&s.slug),
            })
            .collect();
        let regions = Region::ALL
            .iter()
            .map(|r| FacetOption {
                value: r.slug().to_owned(),
                label: i18n.t(&format!("region-{}", r.slug())),
                count: count_of(&found.region_counts, r.slug()),
                checked: query.regions.contains(r),
            })
            .collect();
        let (chosen_countries, countries) = country_options(params, &found.country_counts, &i18n);

        let current =
            count_of(&found.status_counts, "active") + count_of(&found.status_counts, "on-leave");
        let alumni = count_of(&found.status_counts, "alumni");
        let statuses = status_options(params, &i18n, current, alumni);
        let years = (heroes_domain::hero::FIRST_AWARD_YEAR..=Utc::now().year())
            .rev()
            .map(|y| FacetOption {
                value: y.to_string(),
                label: y.to_string(),
                count: 0,
                checked: query.since == Some(y),
            })
            .collect();

        let other_status = other_status(params, &i18n, current, alumni, found.total);
        let result_count = result_count(params, &i18n, &found, other_status.as_ref());
        let chips = chips(params, &i18n, all_specializations);
        // The search has its own box above the filters; the summary counts the rest.
        let filter_count = chips.len() as i64 - i64::from(!params.q.is_empty());
        let filters_summary = i18n.tn("directory-filters-summary", "count", filter_count);

        let page_count = params.page_count(found.total);
        let href = |page: i64| directory_href(params.query_string(Some(page), false));
        let pages = page_window(params.page, page_count)
            .into_iter()
            .map(|n| PageLink {
                number: n,
                href: if n == 0 { String::new() } else { href(n) },
                current: n == params.page,
            })
            .collect();
        DirectoryPage {
            sorts: sort_options(params, &i18n),
            q: params.q.clone(),
            heroes: found.heroes,
            total: found.total,
            page: params.page,
            page_count,
            result_count,
            filters_summary,
            specializations,
            regions,
            chosen_countries,
            countries,
            statuses,
            years,
            chips,
            rejected: params.rejected.clone(),
            other_status,
            pages,
            prev_href: (params.page > 1).then(|| href((params.page - 1).min(page_count))),
            next_href: (params.page < page_count).then(|| href(params.page + 1)),
            first_page_href: href(1),
            last_page_href: href(page_count),
            canonical_query: params.query_string(Some(params.page), false),
            i18n,
        }
    }
}

/// The status menu: each status with the heroes it would show under the other filters.
fn status_options(
    params: &DirectoryParams,
    i18n: &I18n,
    current: i64,
    alumni: i64,
) -> Vec<FacetOption> {
    [
        (StatusFilter::Active, current),
        (StatusFilter::Alumni, alumni),
        (StatusFilter::All, current + alumni),
    ]
    .into_iter()
    .map(|(status, count)| FacetOption {
        value: status_slug(status).to_owned(),
        label: i18n.t(&format!("directory-status-{}", status_slug(status))),
        count,
        checked: params.query.status == status,
    })
    .collect()
}

/// The count line, through plural rules: the range shown, how many match past the last page,
/// or that none match (and how many of the other status do).
fn result_count(
    params: &DirectoryParams,
    i18n: &I18n,
    found: &heroes::DirectoryPage,
    other_status: Option<&OtherStatus>,
) -> String {
    let shown = found.heroes.len() as i64;
    if found.total == 0 {
        other_status.map_or_else(|| i18n.t("directory-count-none"), |o| o.text.clone())
    } else if shown == 0 {
        i18n.tn("directory-count-past-end", "total", found.total)
    } else {
        i18n.t_args_n(
            "directory-count",
            &[
                ("first", (params.query.offset + 1).to_string()),
                ("last", (params.query.offset + shown).to_string()),
            ],
            ("total", found.total),
        )
    }
}

/// `/heroes` with `query` (none when it is empty).
fn directory_href(query: String) -> String {
    if query.is_empty() {
        "/heroes".to_owned()
    } else {
        format!("/heroes?{query}")
    }
}

/// The URL name of a status filter.
fn status_slug(status: StatusFilter) -> &'static str {
    match status {
        StatusFilter::Active => "active",
        StatusFilter::Alumni => "alumni",
        StatusFilter::All => "all",
    }
}

/// The chosen countries (as boxes, so each can be unticked) and the others that have heroes
/// under the other filters (for a menu, which a keyboard or a phone reaches in a few presses
/// where 70 boxes took 80), both by name.
fn country_options(
    params: &DirectoryParams,
    counts: &[(String, i64)],
    i18n: &I18n,
) -> (Vec<FacetOption>, Vec<FacetOption>) {
    let chosen = &params.query.countries;
    let mut options: Vec<FacetOption> = counts
        .iter()
        .filter_map(|(code, count)| {
            let c = CountryCode::parse(code).ok()?;
            Some(FacetOption {
                value: code.clone(),
                label: i18n.country_of(c),
                count: *count,
                checked: chosen.contains(&c),
            })
        })
        .collect();
    // Chosen countries stay listed even when nothing matches them, so they can be unticked.
    for c in chosen {
        if !options.iter().any(|o| o.value == c.as_str()) {
            options.push(FacetOption {
                value: c.as_str().to_owned(),
                label: i18n.country_of(*c),
                count: 0,
                checked: true,
            });
        }
    }
    options.sort_by_cached_key(|o| crate::i18n_names::sort_key(&o.label));
    options.into_iter().partition(|o| o.checked)
}

/// The sort menu. The default order's entry sends no `sort`, so a visitor who searches from
/// the plain listing gets the best match first; an order chosen explicitly is kept.
fn sort_options(params: &DirectoryParams, i18n: &I18n) -> Vec<SortOption> {
    let chosen = params.sort_given.then_some(params.query.sort);
    let newest = SortOption {
        value: "newest",
        label: i18n.t("directory-sort-newest"),
        selected: chosen == Some(DirectorySort::Newest),
    };
    if params.query.terms.is_empty() {
        // Without a search the default order is by name; only an explicit choice says so.
        let explicit_name = chosen == Some(DirectorySort::Name);
        vec![
            SortOption {
                value: if explicit_name { "name" } else { "" },
                label: i18n.t("directory-sort-name"),
                selected: !newest.selected,
            },
            newest,
        ]
    } else {
        vec![
            SortOption {
                value: "",
                label: i18n.t("directory-sort-relevance"),
                selected: matches!(chosen, None | Some(DirectorySort::Relevance)),
            },
            SortOption {
                value: "name",
                label: i18n.t("directory-sort-name"),
                selected: chosen == Some(DirectorySort::Name),
            },
            newest,
        ]
    }
}

/// When nothing matches under the chosen status but some heroes match under the other one.
fn other_status(
    params: &DirectoryParams,
    i18n: &I18n,
    current: i64,
    alumni: i64,
    total: i64,
) -> Option<OtherStatus> {
    let (other, count, text_id, link_id) = match params.query.status {
        _ if total > 0 => return None,
        StatusFilter::All => return None,
        StatusFilter::Active => (
            StatusFilter::Alumni,
            alumni,
            "directory-only-alumni-match",
            "directory-show-alumni",
        ),
        StatusFilter::Alumni => (
            StatusFilter::Active,
            current,
            "directory-only-current-match",
            "directory-show-current",
        ),
    };
    if count == 0 {
        return None;
    }
    let mut p = params.clone();
    p.query.status = other;
    Some(OtherStatus {
        text: i18n.tn(text_id, "count", count),
        link_text: i18n.tn(link_id, "count", count),
        href: directory_href(p.query_string(None, false)),
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

/// The active filters, each with the link that removes it.
fn chips(params: &DirectoryParams, i18n: &I18n, all: &[Specialization]) -> Vec<Chip> {
    let without = |edit: &dyn Fn(&mut DirectoryParams)| {
        let mut p = params.clone();
        edit(&mut p);
        directory_href(p.query_string(None, false))
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
            label: i18n.country_of(*c),
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
            label: i18n.t(&format!(
                "directory-status-{}",
                status_slug(params.query.status)
            )),
            remove_href: without(&|p| p.query.status = StatusFilter::Active),
        });
    }
    chips
}
