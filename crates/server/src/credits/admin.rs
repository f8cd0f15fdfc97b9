//! `/admin/credits`: the unit, allotments per specialization and exceptions per person, the
//! yearly grant, the code pool's import (admins); the request queue where staff approve fully
//! or partly or decline (`/admin/credits/requests`); reports with a CSV export
//! (`/admin/credits/reports`). No page or file here ever shows a code.

use super::{amount_text, notices, refusal_message};
use crate::app::AppState;
use crate::contributions::own::csv_cell;
use crate::error::PageError;
use crate::extract::{Allowed, DecideCreditRequests, ManageCredits, PathId};
use crate::forms::{FieldErrors, FormPairs, UploadProblem, read_upload};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Days, NaiveDate, Utc};
use heroes_domain::credits::{Amount, Quarter, RowError, Step, Unit, parse_pool_rows};
use heroes_domain::text::Bounded;
use heroes_domain::{Problem, ValidationError};
use heroes_store::credits::{self as store, CreditRequest, Exception, PoolLeft, Rule};
use std::collections::BTreeMap;

/// The largest pool file the web import reads (100,000 codes fit in about 4 MB).
const MAX_POOL_FILE: usize = 8 * 1024 * 1024;

/// Days ahead the "expiring soon" report looks.
const EXPIRING_DAYS: u64 = 60;

/// The admin's credits page.
#[derive(Template, WebTemplate)]
#[template(path = "credits/admin.html")]
pub struct AdminPage {
    i18n: I18n,
    unit: String,
    year: i32,
    rules: Vec<Rule>,
    exceptions: Vec<Exception>,
    pool: Vec<PoolLeft>,
    waiting: i64,
    /// The latest web imports of the pool, newest first.
    imports: Vec<heroes_store::credit_imports::Import>,
    /// What was typed, to show again with the errors.
    typed: FormPairs,
    errors: FieldErrors,
    /// Problems of an uploaded pool file, one line each.
    file_errors: Vec<String>,
    /// Allotments that could not be read: (specialization slug, message).
    rule_errors: Vec<(String, String)>,
    notice: Option<String>,
}

impl AdminPage {
    fn typed_or(&self, key: &str, stored: String) -> String {
        match self.typed.0.iter().find(|(k, _)| k == key) {
            Some((_, v)) => v.clone(),
            None => stored,
        }
    }
    fn rule_value(&self, rule: &Rule) -> String {
        self.typed_or(
            &format!("amount-{}", rule.slug),
            rule.amount.map(|a| a.to_string()).unwrap_or_default(),
        )
    }
    fn rule_error(&self, slug: &str) -> Option<&str> {
        self.rule_errors
            .iter()
            .find(|(s, _)| s == slug)
            .map(|(_, m)| m.as_str())
    }
    fn amount(&self, n: &i64) -> String {
        amount_text(&self.i18n, *n, &self.unit)
    }
    fn import_line(&self, i: &heroes_store::credit_imports::Import) -> String {
        self.i18n.t_args_nums(
            "credits-admin-import-line",
            &[("when", self.i18n.date_time(i.created_at))],
            &[("done", i.done), ("total", i.total), ("added", i.added)],
        )
    }
    fn pool_line(&self) -> String {
        let (count, value) = self
            .pool
            .iter()
            .fold((0, 0), |(c, v), p| (c + p.codes, v + p.codes * p.value));
        self.i18n.t_args_n(
            "credits-admin-pool-left",
            &[("value", self.amount(&value))],
            ("count", count),
        )
    }
}

async fn admin_page(state: &AppState, i18n: I18n, year: i32) -> Result<AdminPage, PageError> {
    let db = &state.db;
    Ok(AdminPage {
        i18n,
        unit: store::unit(db).await?,
        year,
        rules: store::rules(db, year).await?,
        exceptions: store::exceptions(db, year).await?,
        pool: store::pool_left(db, Utc::now().date_naive()).await?,
        waiting: store::waiting(db).await?,
        imports: heroes_store::credit_imports::recent(db, 5).await?,
        typed: FormPairs::default(),
        errors: FieldErrors::default(),
        file_errors: Vec::new(),
        rule_errors: Vec::new(),
        notice: None,
    })
}

/// A year from a form or query: this year when absent, 2000 to 2100 otherwise.
fn parse_year(value: &str) -> Result<i32, ValidationError> {
    if value.trim().is_empty() {
        return Ok(Utc::now().year());
    }
    value
        .trim()
        .parse()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or(ValidationError::new(
            "year",
            Problem::YearOutOfRange {
                min: 2000,
                max: 2100,
            },
        ))
}

/// An allotment: a whole number, 0 allowed (a specialization without credits this year).
fn parse_allotment(field: &'static str, value: &str) -> Result<i64, ValidationError> {
    if value.trim() == "0" {
        return Ok(0);
    }
    Amount::parse(field, value).map(Amount::get)
}

/// `GET /admin/credits?year=YYYY`.
pub async fn show(
    State(state): State<AppState>,
    _: Allowed<ManageCredits>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let year = parse_year(query.first("year").unwrap_or("")).unwrap_or(Utc::now().year());
    let mut page = admin_page(&state, i18n, year).await?;
    if let Some(done) = query.first("done") {
        page.notice = Some(match done {
            "unit" => page.i18n.t("credits-admin-unit-saved"),
            "allotments" => page.i18n.t("credits-admin-allotments-saved"),
            "exception" => page.i18n.t("credits-admin-exception-saved"),
            _ => String::new(),
        })
        .filter(|n| !n.is_empty());
    }
    if let Some(n) = query.first("granted").and_then(|n| n.parse::<i64>().ok()) {
        page.notice = Some(page.i18n.tn("credits-admin-granted", "count", n));
    }
    Ok(private(page))
}

/// Shows the admin page again with what was typed and the errors (422).
async fn again(
    state: &AppState,
    i18n: I18n,
    year: i32,
    form: FormPairs,
    errors: FieldErrors,
) -> Result<Response, PageError> {
    let mut page = admin_page(state, i18n, year).await?;
    page.typed = form;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /admin/credits/unit`: names the unit.
pub async fn set_unit(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageCredits>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    match Unit::parse("unit", form.get("unit")) {
        Ok(unit) => {
            store::set_unit(&state.db, &unit, &viewer.actor()).await?;
            Ok(Redirect::to("/admin/credits?done=unit").into_response())
        }
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add_problem(&i18n, &e);
            again(&state, i18n, Utc::now().year(), form, errors).await
        }
    }
}

/// `POST /admin/credits/allotments`: `year` and `amount-SLUG` per specialization (empty
/// leaves one unset). Every field is checked before any is saved.
pub async fn set_allotments(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageCredits>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut errors = FieldErrors::default();
    let year = errors.check(&i18n, parse_year(form.get("year")));
    let rules = store::rules(&state.db, year.unwrap_or(Utc::now().year())).await?;
    let mut amounts = Vec::new();
    let mut rule_errors = Vec::new();
    for rule in &rules {
        let key = format!("amount-{}", rule.slug);
        let value = form.get(&key);
        if value.trim().is_empty() {
            continue;
        }
        match parse_allotment("amount", value) {
            Ok(a) => amounts.push((rule.slug.clone(), a)),
            Err(e) => rule_errors.push((
                rule.slug.clone(),
                crate::forms::problem_message(&i18n, &e.problem),
            )),
        }
    }
    let Some(year) = year.filter(|_| errors.is_empty() && rule_errors.is_empty()) else {
        let mut page = admin_page(&state, i18n, year.unwrap_or(Utc::now().year())).await?;
        page.typed = form;
        page.errors = errors;
        page.rule_errors = rule_errors;
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    let actor = viewer.actor();
    for (slug, amount) in amounts {
        store::set_rule(&state.db, year, &slug, amount, &actor).await?;
    }
    Ok(Redirect::to(&format!("/admin/credits?year={year}&done=allotments")).into_response())
}

/// `POST /admin/credits/exceptions`: `year`, `hero` (a slug) and `amount` (0 allowed).
pub async fn set_exception(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageCredits>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut errors = FieldErrors::default();
    let year = errors.check(&i18n, parse_year(form.get("year")));
    let amount = errors.check(
        &i18n,
        parse_allotment("exception_amount", form.get("exception_amount")),
    );
    let hero = form.get("hero").trim().to_owned();
    let hero_id = heroes_store::heroes::id_of(&state.db, &hero).await?;
    if hero_id.is_none() {
        errors.add("hero", i18n.t("credits-admin-no-such-hero"));
    }
    match (year, amount, errors.is_empty()) {
        (Some(year), Some(amount), true) => {
            store::set_exception(&state.db, year, &hero, amount, &viewer.actor()).await?;
            Ok(Redirect::to(&format!("/admin/credits?year={year}&done=exception")).into_response())
        }
        _ => {
            again(
                &state,
                i18n,
                year.unwrap_or(Utc::now().year()),
                form,
                errors,
            )
            .await
        }
    }
}

/// `POST /admin/credits/grant`: grants `year`'s allotment to every active hero not granted
/// it yet (a second click grants nobody twice).
pub async fn grant(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageCredits>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let year = match parse_year(form.get("year")) {
        Ok(year) => year,
        Err(e) => {
            let mut errors = FieldErrors::default();
            errors.add_problem(&i18n, &e);
            return again(&state, i18n, Utc::now().year(), form, errors).await;
        }
    };
    let granted = store::grant_allotments(&state.db, year, &viewer.actor()).await?;
    Ok(Redirect::to(&format!("/admin/credits?year={year}&granted={granted}")).into_response())
}

impl AdminPage {
    /// A pool file refused by row: the first 50 bad rows, each by line, field and problem,
    /// and at the file how many there are.
    fn refuse_rows(&mut self, rows: &[RowError]) {
        let i18n = &self.i18n;
        self.file_errors = rows
            .iter()
            .take(50)
            .map(|r| {
                i18n.t_args_nums(
                    "credits-admin-file-row",
                    &[
                        ("field", r.error.field.to_owned()),
                        (
                            "problem",
                            crate::forms::problem_message(i18n, &r.error.problem),
                        ),
                    ],
                    &[("line", crate::forms::count(r.line))],
                )
            })
            .collect();
        let count = i18n.tn("credits-admin-file-rows", "count", rows.len() as i64);
        self.errors.add("file", count);
    }
}

/// `POST /admin/credits/import` (multipart, field `file`): checks every row of a pool file
/// (any bad row refuses the file, each named by its line) and hands the codes to the import
/// job, whose progress page it redirects to; codes already in the pool are left as they were.
pub async fn import(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<ManageCredits>,
    i18n: I18n,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    let year = Utc::now().year();
    let bytes = match read_upload(multipart, "file", MAX_POOL_FILE).await {
        Ok(bytes) => bytes,
        Err(problem) => {
            let mut errors = FieldErrors::default();
            errors.add(
                "file",
                i18n.t(match problem {
                    UploadProblem::Missing | UploadProblem::Unreadable => {
                        "credits-admin-file-missing"
                    }
                    UploadProblem::TooLarge => "credits-admin-file-too-large",
                }),
            );
            return again(&state, i18n, year, FormPairs::default(), errors).await;
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let codes = match parse_pool_rows(&text) {
        Ok(codes) if !codes.is_empty() => codes,
        Ok(_) => {
            let mut errors = FieldErrors::default();
            errors.add("file", i18n.t("credits-admin-file-missing"));
            return again(&state, i18n, year, FormPairs::default(), errors).await;
        }
        Err(rows) => {
            let mut page = admin_page(&state, i18n, year).await?;
            page.refuse_rows(&rows);
            return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
        }
    };
    let id = super::imports::start(&state.db, &codes, &viewer.actor()).await?;
    Ok(Redirect::to(&format!("/admin/credits/imports/{id}")).into_response())
}

/// The request queue.
#[derive(Template, WebTemplate)]
#[template(path = "credits/queue.html")]
pub struct QueuePage {
    i18n: I18n,
    unit: String,
    open: Vec<CreditRequest>,
    decided: Vec<CreditRequest>,
    /// The request whose form the errors belong to, and what was typed there.
    failed: Option<i64>,
    typed: FormPairs,
    errors: FieldErrors,
    refusal: Option<String>,
    notice: Option<String>,
}

impl QueuePage {
    fn amount(&self, n: &i64) -> String {
        amount_text(&self.i18n, *n, &self.unit)
    }
    fn is_failed(&self, r: &CreditRequest) -> bool {
        self.failed == Some(r.id)
    }
    fn approve_value(&self, r: &CreditRequest) -> String {
        if self.failed == Some(r.id) {
            self.typed.get("amount").to_owned()
        } else {
            r.amount.to_string()
        }
    }
    fn reason_value(&self, r: &CreditRequest) -> String {
        if self.failed == Some(r.id) {
            self.typed.get("reason").to_owned()
        } else {
            String::new()
        }
    }
    fn error_for(&self, r: &CreditRequest, field: &str) -> Option<&str> {
        if self.failed == Some(r.id) {
            self.errors.get(field)
        } else {
            None
        }
    }
}

async fn queue_page(state: &AppState, i18n: I18n) -> Result<QueuePage, PageError> {
    let (open, decided) = store::queue(&state.db, 20).await?;
    Ok(QueuePage {
        i18n,
        unit: store::unit(&state.db).await?,
        open,
        decided,
        failed: None,
        typed: FormPairs::default(),
        errors: FieldErrors::default(),
        refusal: None,
        notice: None,
    })
}

/// `GET /admin/credits/requests` (staff and admins).
pub async fn queue(
    State(state): State<AppState>,
    _: Allowed<DecideCreditRequests>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = queue_page(&state, i18n).await?;
    if let Some(id) = query.first("decided").and_then(|n| n.parse::<i64>().ok()) {
        page.notice = Some(page.i18n.t1("credits-queue-decided", "id", id));
    }
    Ok(private(page))
}

/// Takes a parsed step on request `id`, with the hero's notice; redirects to the queue, or
/// shows it again saying why not.
async fn take(
    state: &AppState,
    viewer: &crate::auth::Viewer,
    i18n: I18n,
    id: i64,
    step: Step,
) -> Result<Response, PageError> {
    let db = &state.db;
    let requested = store::queue(db, 0)
        .await?
        .0
        .into_iter()
        .find(|r| r.id == id)
        .map(|r| r.amount);
    let unit = store::unit(db).await?;
    let notices: Vec<_> = match (store::account_of_request(db, id).await?, requested) {
        (Some(account), Some(requested)) => notices::decided(
            &state.config.base_url,
            &account,
            id,
            &step,
            requested,
            &unit,
        )
        .into_iter()
        .collect(),
        _ => Vec::new(),
    };
    let today = Utc::now().date_naive();
    match store::decide(db, id, None, &step, &viewer.actor(), &notices, today).await? {
        Ok(_) => Ok(Redirect::to(&format!("/admin/credits/requests?decided={id}")).into_response()),
        Err(refusal) => {
            let mut page = queue_page(state, i18n).await?;
            page.refusal = Some(refusal_message(&page.i18n, refusal));
            page.failed = Some(id);
            Ok(private((StatusCode::CONFLICT, page)))
        }
    }
}

/// `POST /admin/credits/requests/{id}/approve`: `amount` (all of the request or part).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn approve(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<DecideCreditRequests>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    match Amount::parse("amount", form.get("amount")) {
        Ok(amount) => take(&state, &viewer, i18n, id, Step::Approve(amount)).await,
        Err(e) => refuse_form(&state, i18n, id, form, e).await,
    }
}

/// `POST /admin/credits/requests/{id}/decline`: `reason` (required; the hero reads it).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn decline(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<DecideCreditRequests>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    match Bounded::<1, 2000>::parse("reason", form.get("reason")) {
        Ok(reason) => take(&state, &viewer, i18n, id, Step::Decline(reason)).await,
        Err(e) => refuse_form(&state, i18n, id, form, e).await,
    }
}

/// The queue again with the error at request `id`'s form, or 404 if no such request waits.
async fn refuse_form(
    state: &AppState,
    i18n: I18n,
    id: i64,
    form: FormPairs,
    error: ValidationError,
) -> Result<Response, PageError> {
    let mut page = queue_page(state, i18n).await?;
    if !page.open.iter().any(|r| r.id == id) && !page.decided.iter().any(|r| r.id == id) {
        return Err(PageError::NotFound);
    }
    page.errors.add_problem(&page.i18n, &error);
    page.failed = Some(id);
    page.typed = form;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// One line of the spend report.
pub struct SpendLine {
    specialization: String,
    quarter: Quarter,
    amount: i64,
    codes: i64,
}

/// The reports page.
#[derive(Template, WebTemplate)]
#[template(path = "credits/reports.html")]
pub struct ReportsPage {
    i18n: I18n,
    unit: String,
    spend: Vec<SpendLine>,
    expiring: Vec<store::Expiring>,
    pool: Vec<PoolLeft>,
    until: NaiveDate,
}

impl ReportsPage {
    fn amount(&self, n: &i64) -> String {
        amount_text(&self.i18n, *n, &self.unit)
    }

    /// The three reports (what was spent, what expires soon, what the pool holds), for the
    /// page and its CSV.
    async fn load(state: &AppState, i18n: I18n) -> Result<Self, PageError> {
        let today = Utc::now().date_naive();
        let until = today + Days::new(EXPIRING_DAYS);
        let mut sums: BTreeMap<(String, Quarter), (i64, i64)> = BTreeMap::new();
        for s in store::spend(&state.db).await? {
            let name = s
                .specialization
                .unwrap_or_else(|| i18n.t("credits-report-no-specialization"));
            let e = sums.entry((name, Quarter::of(s.issued_on))).or_default();
            e.0 += s.amount;
            e.1 += s.codes;
        }
        let spend = sums
            .into_iter()
            .map(|((specialization, quarter), (amount, codes))| SpendLine {
                specialization,
                quarter,
                amount,
                codes,
            })
            .collect();
        Ok(ReportsPage {
            spend,
            expiring: store::expiring(&state.db, today, until).await?,
            pool: store::pool_left(&state.db, today).await?,
            until,
            unit: store::unit(&state.db).await?,
            i18n,
        })
    }
}

/// `GET /admin/credits/reports`.
pub async fn reports(
    State(state): State<AppState>,
    _: Allowed<ManageCredits>,
    i18n: I18n,
) -> Result<Response, PageError> {
    Ok(private(ReportsPage::load(&state, i18n).await?))
}

/// `GET /admin/credits/reports.csv`: the three reports in one file, a `report` column saying
/// which. Figures only: no code is ever written.
pub async fn reports_csv(
    State(state): State<AppState>,
    _: Allowed<ManageCredits>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let ReportsPage {
        unit,
        spend,
        expiring,
        pool,
        ..
    } = ReportsPage::load(&state, i18n).await?;
    let mut out = String::from("report,specialization,period,state,value,codes,amount,unit\r\n");
    let mut row = |cells: [String; 8]| {
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    };
    for s in &spend {
        row([
            "spend".into(),
            s.specialization.clone(),
            s.quarter.to_string(),
            String::new(),
            String::new(),
            s.codes.to_string(),
            s.amount.to_string(),
            unit.clone(),
        ]);
    }
    for e in &expiring {
        row([
            "expiring".into(),
            String::new(),
            e.expires_on.to_string(),
            if e.issued { "issued" } else { "pool" }.into(),
            e.value.to_string(),
            e.codes.to_string(),
            (e.value * e.codes).to_string(),
            unit.clone(),
        ]);
    }
    for p in &pool {
        row([
            "pool".into(),
            String::new(),
            String::new(),
            "pool".into(),
            p.value.to_string(),
            p.codes.to_string(),
            (p.value * p.codes).to_string(),
            unit.clone(),
        ]);
    }
    let mut response = private(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], out));
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"credit-reports.csv\""),
    );
    Ok(response)
}
