//! Renewal: every hero's readiness meter at `/account/renewal`, and the renewal cycle's list
//! at `/admin/renewals` where admins renew, move to alumni or record a leave of absence.

mod notices;

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, ReadOwnReadiness, RunSelection};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::selection::refusal_message;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use heroes_domain::renewal::{self, Item, RULES, Readiness};
use heroes_domain::selection::Refusal;
use heroes_domain::selection::cycle::{CycleKind, parse_date};
use heroes_domain::text::Bounded;
use heroes_store::renewal::{self as store, Decision, NewDecision, RecordedDecision, RenewalHero};
use heroes_store::selection::cycles::{self, Cycle};
use std::collections::HashMap;

/// The job that tells heroes a renewal cycle has opened (hourly: within the hour of the
/// cycle's first day, once per cycle across instances).
pub const RENEWAL_OPENED: &str = "renewal-opened";

/// Registers renewal's job; `base_url` is for the link in its mail.
pub fn register(registry: &mut crate::jobs::Registry, base_url: &str) {
    let base_url: std::sync::Arc<str> = std::sync::Arc::from(base_url);
    registry.periodic(
        RENEWAL_OPENED,
        "due",
        chrono::Duration::hours(1),
        move |ctx| {
            let base_url = base_url.clone();
            async move {
                let today = Utc::now().date_naive();
                let told = store::tell_opened(&ctx.db, today, |cycle, closes, heroes| {
                    heroes
                        .iter()
                        .filter_map(|to| notices::opened(&base_url, to, cycle, closes))
                        .collect()
                })
                .await;
                match told {
                    Ok(_) => heroes_store::jobs::Outcome::Done(None),
                    Err(e) => heroes_store::jobs::Outcome::Failed(format!("{e:#}")),
                }
            }
        },
    );
}

/// Heroes per page of the renewal list.
const PER_PAGE: i64 = 50;

fn window_start(today: NaiveDate) -> NaiveDate {
    renewal::readiness(&[], today).since
}

/// The readiness page.
#[derive(Template, WebTemplate)]
#[template(path = "renewal/readiness.html")]
pub struct ReadinessPage {
    i18n: I18n,
    readiness: Readiness,
    items: Vec<Item>,
    rules: Vec<renewal::KindRule>,
    cycle: Option<Cycle>,
}

impl ReadinessPage {
    fn item(&self, index: &usize) -> &Item {
        &self.items[*index]
    }
    fn kind(&self, kind: &heroes_domain::contribution::ContributionKind) -> String {
        self.i18n.t(&format!("kind-{}", kind.slug()))
    }
}

/// `GET /account/renewal`.
pub async fn readiness_page(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<ReadOwnReadiness>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let account = &account;
    let hero_id = account.user.hero_id.ok_or(PageError::NotFound)?;
    let today = Utc::now().date_naive();
    let items = store::items(&state.db, &[hero_id], window_start(today))
        .await?
        .remove(&hero_id)
        .unwrap_or_default();
    Ok(private(ReadinessPage {
        readiness: renewal::readiness(&items, today),
        items,
        rules: RULES.to_vec(),
        cycle: cycles::current(&state.db, CycleKind::Renewal, today).await?,
        i18n,
    }))
}

/// One hero on the renewal list.
pub struct Row {
    hero: RenewalHero,
    readiness: Readiness,
    decision: Option<RecordedDecision>,
}

/// The renewal list.
#[derive(Template, WebTemplate)]
#[template(path = "renewal/admin.html")]
pub struct AdminPage {
    i18n: I18n,
    cycle: Option<Cycle>,
    rows: Vec<Row>,
    total: i64,
    page: i64,
    pages: i64,
    errors: FieldErrors,
    /// The hero whose form the errors belong to.
    failed: String,
    refusal: Option<String>,
    notice: Option<String>,
}

async fn admin_list(state: &AppState, i18n: I18n, page: i64) -> Result<AdminPage, PageError> {
    let today = Utc::now().date_naive();
    let cycle = cycles::current(&state.db, CycleKind::Renewal, today).await?;
    let (heroes, total) = store::heroes(
        &state.db,
        cycle.as_ref().map(|c| (c.id, c.window.opens_on)),
        page,
        PER_PAGE,
    )
    .await?;
    let ids: Vec<i64> = heroes.iter().map(|h| h.id).collect();
    let mut items = store::items(&state.db, &ids, window_start(today)).await?;
    let mut decisions: HashMap<i64, RecordedDecision> = match &cycle {
        Some(c) => store::decisions(&state.db, c.id).await?,
        None => HashMap::new(),
    };
    let rows = heroes
        .into_iter()
        .map(|hero| Row {
            readiness: renewal::readiness(&items.remove(&hero.id).unwrap_or_default(), today),
            decision: decisions.remove(&hero.id),
            hero,
        })
        .collect();
    Ok(AdminPage {
        i18n,
        cycle,
        rows,
        total,
        page,
        pages: ((total + PER_PAGE - 1) / PER_PAGE).max(1),
        errors: FieldErrors::default(),
        failed: String::new(),
        refusal: None,
        notice: None,
    })
}

/// `GET /admin/renewals?page=N`.
pub async fn admin_page(
    State(state): State<AppState>,
    _: Allowed<RunSelection>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let page = query
        .first("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1_i64)
        .max(1);
    let mut list = admin_list(&state, i18n, page).await?;
    if let Some(slug) = query.first("decided")
        && let Some((_, name)) = heroes_store::heroes::named(&state.db, slug).await?
    {
        list.notice = Some(list.i18n.t1("renewals-decided", "name", name));
    }
    Ok(private(list))
}

/// Asks before a hero is moved to alumni: it ends their access to everything for heroes at
/// once, and they are mailed. The form carries what the admin typed.
#[derive(Template, WebTemplate)]
#[template(path = "renewal/confirm.html")]
pub struct ConfirmPage {
    i18n: I18n,
    slug: String,
    name: String,
    lead: String,
    note: String,
    page: i64,
}

/// `POST /admin/renewals/{slug}`: `decision` is `renew`, `alumni` or `leave` (with
/// `expected_return`); `note` is optional and mailed to the hero.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn decide(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<RunSelection>,
    i18n: I18n,
    Path(slug): Path<String>,
    form: FormPairs,
) -> Result<Response, PageError> {
    let (hero_id, hero_name) = heroes_store::heroes::named(&state.db, &slug)
        .await?
        .ok_or(PageError::NotFound)?;
    let page = form.get("page").parse().unwrap_or(1_i64).max(1);
    let today = Utc::now().date_naive();
    let cycle = cycles::current(&state.db, CycleKind::Renewal, today).await?;
    let (decision, expected_return, note) = match answers(&i18n, &form, today) {
        Ok(answers) => answers,
        Err(errors) => {
            let mut list = admin_list(&state, i18n, page).await?;
            list.errors = errors;
            list.failed = slug;
            return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, list)));
        }
    };
    let Some(cycle) = cycle else {
        let mut list = admin_list(&state, i18n, page).await?;
        list.refusal = Some(refusal_message(&list.i18n, Refusal::NoRenewalCycle));
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, list)));
    };
    let note = note.as_str().to_owned();
    if decision == Decision::Alumni && form.get("confirm") != "yes" {
        return Ok(private(ConfirmPage::new(
            i18n, slug, hero_name, &cycle, note, page,
        )));
    }
    let d = NewDecision {
        cycle_id: cycle.id,
        hero_id,
        decision,
        expected_return,
        note,
        points: points_now(&state, hero_id, today).await?,
    };
    let account = store::account_of(&state.db, hero_id).await?;
    let told = account.and_then(|to| notices::decided(&state.config.base_url, &to, &cycle, &d));
    store::decide(&state.db, &d, &viewer.actor(), told.as_slice()).await?;
    let name = form_urlencoded::byte_serialize(slug.as_bytes()).collect::<String>();
    Ok(Redirect::to(&format!("/admin/renewals?page={page}&decided={name}")).into_response())
}

/// The hero's readiness points today, as a decision records them.
async fn points_now(state: &AppState, hero_id: i64, today: NaiveDate) -> Result<u32, PageError> {
    let items = store::items(&state.db, &[hero_id], window_start(today))
        .await?
        .remove(&hero_id)
        .unwrap_or_default();
    Ok(renewal::readiness(&items, today).points)
}

impl ConfirmPage {
    /// "Move `name` to alumni in `cycle`?", with the note typed and the list page to go back
    /// to.
    fn new(i18n: I18n, slug: String, name: String, cycle: &Cycle, note: String, page: i64) -> Self {
        ConfirmPage {
            lead: i18n.t_args(
                "renewals-confirm-lead",
                &[("name", name.clone()), ("cycle", cycle.name.clone())],
            ),
            i18n,
            slug,
            name,
            note,
            page,
        }
    }
}

/// The decision form, parsed: the decision, the expected return of a leave (after `today`)
/// and the note for the hero; or a message at each wrong field.
fn answers(
    i18n: &I18n,
    form: &FormPairs,
    today: NaiveDate,
) -> Result<(Decision, Option<NaiveDate>, Bounded<0, 2000>), FieldErrors> {
    let mut errors = FieldErrors::default();
    let decision = Decision::parse(form.get("decision"));
    if decision.is_none() {
        errors.add("decision", i18n.t("decide-choose"));
    }
    let expected_return = match decision {
        Some(Decision::Leave) => match errors.check(
            i18n,
            parse_date("expected_return", form.get("expected_return")),
        ) {
            Some(d) if d <= today => {
                errors.add("expected_return", i18n.t("decide-date-past"));
                None
            }
            d => d,
        },
        _ => None,
    };
    let note = errors.check(i18n, Bounded::<0, 2000>::parse("note", form.get("note")));
    match (decision, note, errors.is_empty()) {
        (Some(decision), Some(note), true) => Ok((decision, expected_return, note)),
        _ => Err(errors),
    }
}
