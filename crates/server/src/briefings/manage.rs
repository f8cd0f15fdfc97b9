//! The staff side of briefings: the form that creates and changes one, and the page that
//! runs it (RSVPs and waitlist, attendance, the access log). Staff run the briefings they
//! created; admins run every one.

use super::{Opened, SignedIn, local_start, open};
use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::extract::{Allowed, PathId, RunBriefings};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::private;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::briefings::{Access, AudienceKind, BriefingInput};
use heroes_domain::calendar::ZonedTime;
use heroes_domain::hero::TimeZone;
use heroes_store::StoreError;
use heroes_store::briefings::{self, AccessEntry, Briefing, BriefingFile, NdaVersion, Rsvp};
use heroes_store::specializations::Specialization;

/// The briefing form (new or edit).
#[derive(Template, WebTemplate)]
#[template(path = "briefings/form.html")]
pub struct FormPage {
    i18n: I18n,
    /// The briefing being changed.
    editing: Option<i64>,
    input: BriefingInput,
    errors: FieldErrors,
    specializations: Vec<Specialization>,
    versions: Vec<NdaVersion>,
    audiences: [AudienceKind; 3],
    areas: Vec<heroes_store::product_areas::ProductArea>,
}

impl FormPage {
    fn chosen(&self, slug: &str) -> bool {
        self.input.specializations.iter().any(|s| s == slug)
    }
}

fn read(form: &FormPairs) -> BriefingInput {
    BriefingInput {
        title: form.get("title").to_owned(),
        summary: form.get("summary").to_owned(),
        audience: form.get("audience").to_owned(),
        specializations: form.owned("specializations"),
        heroes: form.get("heroes").to_owned(),
        nda_version: form.get("nda_version").to_owned(),
        embargo_until: form.get("embargo_until").to_owned(),
        starts_at: form.get("starts_at").to_owned(),
        time_zone: form.get("time_zone").to_owned(),
        minutes: form.get("minutes").to_owned(),
        join_url: form.get("join_url").to_owned(),
        venue: form.get("venue").to_owned(),
        capacity: form.get("capacity").to_owned(),
        agenda: form.get("agenda").to_owned(),
        materials: form.get("materials").to_owned(),
        recording_url: form.get("recording_url").to_owned(),
        area: form.get("area").to_owned(),
    }
}

fn input_of(b: &Briefing) -> BriefingInput {
    let starts_at = TimeZone::parse("time_zone", &b.time_zone)
        .map(|z| ZonedTime::from_instant(b.starts_at, z).local_input())
        .unwrap_or_default();
    BriefingInput {
        title: b.title.clone(),
        summary: b.summary.clone(),
        audience: b.audience.as_str().to_owned(),
        specializations: b.specialization_slugs.clone(),
        heroes: b.hero_slugs.join(", "),
        nda_version: b.nda_version_id.to_string(),
        embargo_until: b.embargo_until.map(|d| d.to_string()).unwrap_or_default(),
        starts_at,
        time_zone: b.time_zone.clone(),
        minutes: b.minutes.to_string(),
        join_url: b.join_url.clone().unwrap_or_default(),
        venue: b.venue.clone(),
        capacity: b.capacity.to_string(),
        agenda: b.agenda.clone(),
        materials: b.materials.clone(),
        recording_url: b.recording_url.clone().unwrap_or_default(),
        area: b.area_slug.clone().unwrap_or_default(),
    }
}

async fn form_page(
    state: &AppState,
    i18n: I18n,
    editing: Option<i64>,
    input: BriefingInput,
    errors: FieldErrors,
) -> Result<FormPage, PageError> {
    Ok(FormPage {
        i18n,
        editing,
        input,
        errors,
        specializations: state.specializations(false).await?,
        versions: briefings::nda_versions(&state.db).await?,
        audiences: AudienceKind::ALL,
        areas: heroes_store::product_areas::list(&state.db).await?,
    })
}

/// `GET /briefings/new`.
pub async fn new(
    State(state): State<AppState>,
    _: Allowed<RunBriefings>,
    i18n: I18n,
) -> Result<Response, PageError> {
    let current = briefings::current_nda(&state.db, Utc::now().date_naive()).await?;
    let input = BriefingInput {
        audience: AudienceKind::Specializations.as_str().to_owned(),
        nda_version: current.map(|v| v.id.to_string()).unwrap_or_default(),
        time_zone: "UTC".to_owned(),
        minutes: "60".to_owned(),
        capacity: "50".to_owned(),
        ..BriefingInput::default()
    };
    Ok(private(
        form_page(&state, i18n, None, input, FieldErrors::default()).await?,
    ))
}

/// Parses and stores the form, or shows it again with a message at each wrong field.
async fn save(
    state: &AppState,
    viewer: &Viewer,
    i18n: I18n,
    editing: Option<i64>,
    form: &FormPairs,
) -> Result<Response, PageError> {
    let input = read(form);
    let mut errors = FieldErrors::default();
    match input.parse() {
        Ok(new) => {
            let actor = viewer.actor();
            let saved = match editing {
                Some(id) => {
                    let notices = super::notices::Notices::new(&state.config.base_url);
                    briefings::update(&state.db, id, &new, &actor, |p| notices.promoted(p))
                        .await
                        .map(|()| id)
                }
                None => briefings::create(&state.db, &new, &actor).await,
            };
            match saved {
                Ok(id) => {
                    if editing.is_none() {
                        super::jobs::schedule_digest(&state.db).await?;
                    }
                    return Ok(
                        Redirect::to(&format!("/briefings/{id}?notice=saved")).into_response()
                    );
                }
                Err(StoreError::UnknownReference { field, value }) => {
                    errors.add(field, i18n.t1("briefing-unknown", "value", value));
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(problems) => {
            errors.add_problems(&i18n, &problems);
        }
    }
    let page = form_page(state, i18n, editing, input, errors).await?;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /briefings`: creates a briefing.
pub async fn create(
    State(state): State<AppState>,
    Allowed { viewer, .. }: Allowed<RunBriefings>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    save(&state, &viewer, i18n, None, &form).await
}

/// Opens briefing `id` for one of its organizers; anyone else gets 404.
pub(super) async fn organized(
    state: &AppState,
    viewer: Viewer,
    id: i64,
) -> Result<Opened, PageError> {
    let o = open(state, viewer, id).await?;
    if o.access == Access::Organizer {
        Ok(o)
    } else {
        Err(PageError::NotFound)
    }
}

/// `GET /briefings/{id}/edit`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn edit(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let o = organized(&state, viewer, id).await?;
    let input = input_of(&o.briefing);
    Ok(private(
        form_page(&state, i18n, Some(id), input, FieldErrors::default()).await?,
    ))
}

/// `POST /briefings/{id}/edit`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn update(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let o = organized(&state, viewer, id).await?;
    save(&state, &o.viewer, i18n, Some(id), &form).await
}

/// `/briefings/{id}/manage`.
#[derive(Template, WebTemplate)]
#[template(path = "briefings/manage.html")]
pub struct ManagePage {
    pub(super) i18n: I18n,
    b: Briefing,
    local: String,
    rsvps: Vec<Rsvp>,
    log: Vec<AccessEntry>,
    files: Vec<BriefingFile>,
    /// The feedback heroes filed from this briefing.
    feedback: Vec<heroes_store::feedback::Item>,
    pub(super) notice: Option<String>,
    /// The upload form's message.
    pub(super) errors: FieldErrors,
}

/// Builds the page that runs briefing `o`.
pub(super) async fn manage_page(
    state: &AppState,
    i18n: I18n,
    o: Opened,
) -> Result<ManagePage, PageError> {
    let id = o.briefing.id;
    Ok(ManagePage {
        local: local_start(&i18n, &o.briefing),
        rsvps: briefings::rsvps(&state.db, id).await?,
        log: briefings::access_log(&state.db, id, 500).await?,
        files: briefings::files(&state.db, id).await?,
        feedback: heroes_store::feedback::from_briefing(&state.db, id).await?,
        b: o.briefing,
        notice: None,
        errors: FieldErrors::default(),
        i18n,
    })
}

impl ManagePage {
    fn seats(&self) -> String {
        super::seats(&self.i18n, &self.b)
    }

    fn when(&self, at: &chrono::DateTime<Utc>) -> String {
        self.i18n.date_time(at)
    }

    fn viewed(&self, e: &AccessEntry) -> String {
        let what = self.i18n.t(&format!("briefing-viewed-{}", e.what.as_str()));
        if e.detail.is_empty() {
            what
        } else {
            format!("{what}: {}", e.detail)
        }
    }

    fn size(&self, f: &BriefingFile) -> String {
        super::files::size(&self.i18n, f.size)
    }

    fn max_mb(&self) -> usize {
        heroes_domain::briefings::MAX_FILE_BYTES / (1024 * 1024)
    }

    fn feedback_state(&self, item: &heroes_store::feedback::Item) -> String {
        crate::feedback::state_label(&self.i18n, item.state)
    }
}

/// `GET /briefings/{id}/manage`: RSVPs, the waitlist, attendance and the access log.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn manage(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    i18n: I18n,
    PathId(id): PathId,
    query: crate::web::QueryPairs,
) -> Result<Response, PageError> {
    let o = organized(&state, viewer, id).await?;
    let unmatched: i64 = query
        .first("unmatched")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let notice = match query.first("notice") {
        Some("attendance") if unmatched > 0 => {
            Some(i18n.tn("briefing-notice-attendance-unmatched", "count", unmatched))
        }
        Some("attendance") => Some(i18n.t("briefing-notice-attendance")),
        Some(n @ ("file-added" | "file-removed")) => Some(i18n.t(&format!("briefing-notice-{n}"))),
        _ => None,
    };
    let mut page = manage_page(&state, i18n, o).await?;
    page.notice = notice;
    Ok(private(page))
}

/// The addresses in pasted CSV (an export of the meeting tool): every field that looks like
/// an email address, whatever its column, so a header row or extra columns do no harm.
fn addresses_in(csv: &str) -> Vec<String> {
    csv.lines()
        .flat_map(|line| line.split([',', ';', '\t']))
        .map(|field| field.trim().trim_matches('"').trim().to_lowercase())
        .filter(|field| field.contains('@') && !field.contains(' '))
        .collect()
}

/// `POST /briefings/{id}/attendance`: the seated heroes ticked (`present`, account ids)
/// attended; the others did not. When `csv` holds pasted CSV instead, the seated heroes whose
/// address appears in it attended, and the page says how many addresses matched no seat.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn attendance(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let o = organized(&state, viewer, id).await?;
    let csv = form.get("csv");
    let (present, unmatched): (Vec<i64>, usize) = if csv.trim().is_empty() {
        let ticked = form
            .0
            .iter()
            .filter(|(k, _)| k == "present")
            .filter_map(|(_, v)| v.parse().ok())
            .collect();
        (ticked, 0)
    } else {
        let seated = briefings::rsvps(&state.db, id).await?;
        let addresses = addresses_in(csv);
        let present: Vec<i64> = seated
            .iter()
            .filter(|r| r.state.as_str() == "going")
            .filter(|r| addresses.contains(&r.email.to_lowercase()))
            .map(|r| r.user_id)
            .collect();
        let unmatched = addresses
            .iter()
            .filter(|a| {
                !seated
                    .iter()
                    .any(|r| r.state.as_str() == "going" && r.email.to_lowercase() == **a)
            })
            .count();
        (present, unmatched)
    };
    briefings::mark_attendance(&state.db, id, &present, &o.viewer.actor()).await?;
    Ok(Redirect::to(&format!(
        "/briefings/{id}/manage?notice=attendance&unmatched={unmatched}"
    ))
    .into_response())
}
