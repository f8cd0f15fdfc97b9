//! `/contributions`: the content stream page.

use super::StreamParams;
use crate::app::AppState;
use crate::error::PageError;
use crate::heroes::Rejected;
use crate::heroes::pages::FacetOption;
use crate::i18n::I18n;
use crate::web::ContributionExt;
use crate::web::QueryPairs;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use heroes_domain::contribution::ContributionKind;
use heroes_store::contributions::ContributionView;

/// The stream page.
#[derive(Template, WebTemplate)]
#[template(path = "contributions/stream.html")]
pub struct StreamPage {
    i18n: I18n,
    items: Vec<ContributionView>,
    total: i64,
    page: i64,
    page_count: i64,
    specializations: Vec<FacetOption>,
    kinds: Vec<FacetOption>,
    hero: Option<String>,
    rejected: Vec<Rejected>,
    prev_href: Option<String>,
    next_href: Option<String>,
    feed_query: String,
}

/// `GET /contributions`.
pub async fn show_stream(
    State(state): State<AppState>,
    i18n: I18n,
    pairs: QueryPairs,
) -> Result<StreamPage, PageError> {
    let all = state.specializations(true).await?;
    let params = StreamParams::parse(&pairs, &all, false);
    let items = state.contributions(&params.query).await?;
    let total = state.contribution_count(&params.query).await?;
    let page_count = ((total + params.query.limit - 1) / params.query.limit).max(1);
    let href = |page: i64| {
        let qs = params.query_string(Some(page), false);
        if qs.is_empty() {
            "/contributions".to_owned()
        } else {
            format!("/contributions?{qs}")
        }
    };
    Ok(StreamPage {
        specializations: all
            .iter()
            .map(|s| FacetOption {
                value: s.slug.clone(),
                label: s.name.clone(),
                count: 0,
                checked: params.query.specializations.contains(&s.slug),
            })
            .collect(),
        kinds: ContributionKind::ALL
            .iter()
            .map(|k| FacetOption {
                value: k.slug().to_owned(),
                label: i18n.t(&format!("kind-{}", k.slug())),
                count: 0,
                checked: params.query.kinds.iter().any(|x| x == k.slug()),
            })
            .collect(),
        items,
        total,
        page: params.page,
        page_count,
        hero: params.query.hero.clone(),
        rejected: params.rejected.clone(),
        prev_href: (params.page > 1).then(|| href((params.page - 1).min(page_count))),
        next_href: (params.page < page_count).then(|| href(params.page + 1)),
        feed_query: params.query_string(None, false),
        i18n,
    })
}
