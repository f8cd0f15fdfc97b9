//! User groups: the public directory `/groups` and each group's page, proposals by members
//! (`/groups/new`), edits and leadership by the group's leaders, joining and leaving, the
//! admins' decisions at `/admin/groups`, and the open read `/api/v1/groups`.

use crate::app::AppState;
use crate::auth::{Account, Viewer};
use crate::error::{ApiError, PageError};
use crate::extract::{Allowed, ManageGroups, TakePart};
use crate::forms::{FieldErrors, FormPairs, StoreRefusals};
use crate::heroes::api::json_response;
use crate::i18n::I18n;
use crate::mail::{Recipient, notice};
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use crate::world_map::{self, Mark};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::geo::{CountryCode, Region};
use heroes_domain::groups::{GroupInput, GroupStatus, GroupStep};
use heroes_store::events::{self, EventQuery, EventSummary};
use heroes_store::groups::{self, Group, GroupQuery, GroupSummary, Member, Stepped};
use heroes_store::specializations::Specialization;

/// How the store's refusals of a group form are worded: an unknown specialization, a name
/// taken.
const REFUSALS: StoreRefusals = StoreRefusals {
    unknown: "group-unknown-specialization",
    conflict: "group-name-taken",
};

/// The query parameters `/groups` reads.
pub const PAGE_PARAMETERS: &[&str] = &["country", "region", "specialization", "coming", "q"];

fn group_query(query: &QueryPairs) -> GroupQuery {
    let text = |key| {
        query
            .first(key)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    GroupQuery {
        country: text("country")
            .and_then(|c| CountryCode::parse(&c).ok())
            .map(|c| c.as_str().to_owned()),
        region: text("region")
            .and_then(|r| Region::parse(&r).ok())
            .map(|r| r.slug().to_owned()),
        specialization: text("specialization"),
        coming_after: (query.first("coming") == Some("1")).then(Utc::now),
        text: heroes_domain::search::query_terms(query.first("q").unwrap_or_default()),
    }
}

/// The map of the groups whose city has coordinates: a mark per group, linked to its page.
fn map(i18n: &I18n, groups: &[GroupSummary]) -> String {
    let marks: Vec<Mark> = groups
        .iter()
        .filter_map(|g| {
            let (x, y) = world_map::position(g.latitude?, g.longitude?);
            Some(Mark {
                x,
                y,
                radius: 6.0,
                label: g.name.clone(),
                link: Some(format!("/groups/{}", g.slug)),
            })
        })
        .collect();
    world_map::draw(
        "map",
        &i18n.tn("groups-map-title", "count", marks.len() as i64),
        None,
        &marks,
    )
}

/// `/groups`.
#[derive(Template, WebTemplate)]
#[template(path = "groups/directory.html")]
pub struct DirectoryPage {
    i18n: I18n,
    groups: Vec<GroupSummary>,
    specializations: Vec<Specialization>,
    /// Every country with its name in the reader's language, by that name.
    countries: Vec<(CountryCode, String)>,
    regions: [Region; 3],
    chosen: GroupQuery,
    coming: bool,
    /// The text filter as typed.
    q: String,
    /// The map, drawn by [`world_map::draw`].
    map: String,
}

impl DirectoryPage {
    fn is_country(&self, code: &CountryCode) -> bool {
        self.chosen.country.as_deref() == Some(code.as_str())
    }
    fn is_region(&self, region: &Region) -> bool {
        self.chosen.region.as_deref() == Some(region.slug())
    }
    fn is_specialization(&self, slug: &str) -> bool {
        self.chosen.specialization.as_deref() == Some(slug)
    }
    fn logo_src(&self, g: &GroupSummary) -> Option<String> {
        crate::group_logos::logo_src(&g.slug, g.logo_at)
    }
}

/// `GET /groups`: the directory with its filters.
pub async fn show_directory(
    State(state): State<AppState>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<DirectoryPage, PageError> {
    let chosen = group_query(&query);
    let groups = groups::directory(&state.db, &chosen).await?;
    Ok(DirectoryPage {
        map: map(&i18n, &groups),
        groups,
        specializations: state.specializations(false).await?,
        countries: i18n.countries_by_name(CountryCode::all()),
        regions: Region::ALL,
        coming: chosen.coming_after.is_some(),
        q: query.first("q").unwrap_or_default().to_owned(),
        chosen,
        i18n,
    })
}

/// A group's page.
#[derive(Template, WebTemplate)]
#[template(path = "groups/show.html")]
pub struct GroupPage {
    i18n: I18n,
    group: Group,
    description_html: String,
    coming: Vec<EventSummary>,
    past: Vec<EventSummary>,
    /// The viewer's membership: `None`, `Some(false)` member, `Some(true)` leader.
    membership: Option<bool>,
    signed_in: bool,
    notice: Option<String>,
}

impl GroupPage {
    fn logo_src(&self) -> Option<String> {
        crate::group_logos::logo_src(&self.group.slug, self.group.logo_at)
    }
    fn when(&self, e: &EventSummary) -> String {
        crate::events::local_time(&self.i18n, e.starts_at, &e.time_zone)
    }
}

/// Whether the viewer may see the group: public ones for everyone, a proposal for its
/// leaders and admins (anyone else gets 404).
pub(crate) fn visible_to(group: &Group, viewer: &Viewer) -> bool {
    group.status.is_public()
        || viewer.account.as_ref().is_some_and(|a| {
            group.is_led_by(a.user.id)
                || heroes_domain::policy::decide(
                    a.roles,
                    heroes_domain::policy::Action::ManageGroups,
                ) == heroes_domain::policy::Decision::Allow
        })
}

/// The `notice` values a group's page shows a message for (`group-notice-…` in the catalog).
const GROUP_NOTICES: [&str; 7] = [
    "saved",
    "joined",
    "left",
    "last-leader",
    "proposed",
    "logo",
    "logo-removed",
];

/// A group's coming events (the next 100) and past ones (the latest 50), as of now.
async fn events_of(
    state: &AppState,
    group: i64,
) -> Result<(Vec<EventSummary>, Vec<EventSummary>), PageError> {
    let now = Utc::now();
    let of_group = |coming_after, past_before, limit| EventQuery {
        group: Some(group),
        coming_after,
        past_before,
        limit,
        ..EventQuery::default()
    };
    let coming = events::list(&state.db, &of_group(Some(now), None, 100)).await?;
    let past = events::list(&state.db, &of_group(None, Some(now), 50)).await?;
    Ok((coming, past))
}

/// `GET /groups/{slug}`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn show_group(
    State(state): State<AppState>,
    viewer: Viewer,
    i18n: I18n,
    Path(slug): Path<String>,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let group = groups::get(&state.db, &slug).await?;
    if !visible_to(&group, &viewer) {
        return Err(PageError::NotFound);
    }
    let (coming, past) = events_of(&state, group.id).await?;
    let membership = match &viewer.account {
        Some(a) => groups::membership(&state.db, group.id, a.user.id).await?,
        None => None,
    };
    let notice = query
        .first("notice")
        .filter(|n| GROUP_NOTICES.contains(n))
        .map(|n| i18n.t(&format!("group-notice-{n}")));
    Ok(GroupPage {
        description_html: markdown_to_safe_html(&group.description),
        group,
        coming,
        past,
        membership,
        signed_in: viewer.account.is_some(),
        notice,
        i18n,
    }
    .into_response())
}

/// The propose and edit form.
#[derive(Template, WebTemplate)]
#[template(path = "groups/form.html")]
pub struct GroupForm {
    i18n: I18n,
    /// The group being edited, or `None` for a proposal.
    editing: Option<Group>,
    input: GroupInput,
    status: String,
    errors: FieldErrors,
    specializations: Vec<Specialization>,
    /// Every country with its name in the reader's language, by that name.
    countries: Vec<(CountryCode, String)>,
    members: Vec<Member>,
}

impl GroupForm {
    /// Adds the message `message_id` at `field` (the logo's form refuses a file this way).
    pub(crate) fn add_error(&mut self, field: &'static str, message_id: &str) {
        let message = self.i18n.t(message_id);
        self.errors.add(field, message);
    }
    fn logo_src(&self) -> Option<String> {
        let g = self.editing.as_ref()?;
        crate::group_logos::logo_src(&g.slug, g.logo_at)
    }
    fn has_specialization(&self, slug: &str) -> bool {
        self.input.specializations.iter().any(|s| s == slug)
    }
}

fn read_input(form: &FormPairs) -> GroupInput {
    GroupInput {
        name: form.get("name").to_owned(),
        city: form.get("city").to_owned(),
        country: form.get("country").to_owned(),
        online_only: form.get("online_only") == "1",
        description: form.get("description").to_owned(),
        links: form.get("links").to_owned(),
        specializations: form.owned("specializations"),
        founded: form.get("founded").to_owned(),
        latitude: form.get("latitude").to_owned(),
        longitude: form.get("longitude").to_owned(),
    }
}

fn input_of(group: &Group) -> GroupInput {
    GroupInput {
        name: group.name.clone(),
        city: group.city.clone(),
        country: group.country.clone(),
        online_only: group.online_only,
        description: group.description.clone(),
        links: group.links.clone(),
        specializations: group.specializations.clone(),
        founded: group.founded.map(|d| d.to_string()).unwrap_or_default(),
        latitude: group.latitude.map(|v| v.to_string()).unwrap_or_default(),
        longitude: group.longitude.map(|v| v.to_string()).unwrap_or_default(),
    }
}

async fn form_page(
    state: &AppState,
    i18n: I18n,
    editing: Option<Group>,
    input: GroupInput,
) -> Result<GroupForm, PageError> {
    let members = match &editing {
        Some(g) => groups::members(&state.db, g.id).await?,
        None => Vec::new(),
    };
    Ok(GroupForm {
        status: editing
            .as_ref()
            .map_or("active", |g| g.status.as_str())
            .to_owned(),
        editing,
        input,
        errors: FieldErrors::default(),
        specializations: state.specializations(false).await?,
        countries: i18n.countries_by_name(CountryCode::all()),
        members,
        i18n,
    })
}

/// The edit form of `group` as stored.
pub(crate) async fn edit_page(
    state: &AppState,
    i18n: I18n,
    group: Group,
) -> Result<GroupForm, PageError> {
    let input = input_of(&group);
    form_page(state, i18n, Some(group), input).await
}

/// `GET /groups/new`: the proposal form.
pub async fn propose_form(
    State(state): State<AppState>,
    _: Allowed<TakePart>,
    i18n: I18n,
) -> Result<Response, PageError> {
    Ok(private(
        form_page(&state, i18n, None, GroupInput::default()).await?,
    ))
}

/// `POST /groups/new`: records the proposal; the proposer leads it once an admin approves.
pub async fn propose(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = read_input(&form);
    let mut errors = FieldErrors::default();
    if let Some(group) = errors.check_all(&i18n, input.parse(Utc::now().date_naive())) {
        match groups::propose(
            &state.db,
            &group,
            Some(allowed.account.user.id),
            GroupStatus::Proposed,
            &allowed.viewer.actor(),
        )
        .await
        {
            Ok(slug) => {
                return Ok(Redirect::to(&format!("/groups/{slug}?notice=proposed")).into_response());
            }
            Err(e) => errors.store_refusal(&i18n, e, &REFUSALS)?,
        }
    }
    let mut page = form_page(&state, i18n, None, input).await?;
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// The group named in the path, for someone who leads it (or an admin); 404 for a group the
/// viewer may not see, 403 for a visible group they do not lead.
async fn led_group(state: &AppState, viewer: &Viewer, slug: &str) -> Result<Group, PageError> {
    let group = groups::get(&state.db, slug).await?;
    if !visible_to(&group, viewer) {
        return Err(PageError::NotFound);
    }
    let account = viewer.account.as_ref().ok_or(PageError::Forbidden)?;
    let admin =
        heroes_domain::policy::decide(account.roles, heroes_domain::policy::Action::ManageGroups)
            == heroes_domain::policy::Decision::Allow;
    if group.is_led_by(account.user.id) || admin {
        Ok(group)
    } else {
        Err(PageError::Forbidden)
    }
}

/// The opening of every leader's page (the group's form, its leaders, logo, mail and events):
/// a signed-in account allowed to take part, and the group of the path's `{slug}` as
/// `led_group` gives it to them. Refuses as the handlers did: the sign-in page or 403 for
/// the account, axum's answer for a path it cannot read, then `led_group`'s 404 or 403.
pub struct LedGroup {
    /// The group, as stored.
    pub group: Group,
    /// The signed-in account.
    pub account: Account,
    /// Who asks (for the audit log's actor).
    pub viewer: Viewer,
}

impl FromRequestParts<AppState> for LedGroup {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let (allowed, Path(slug)) =
            <(Allowed<TakePart>, Path<String>)>::from_request_parts(parts, state).await?;
        let group = led_group(state, &allowed.viewer, &slug)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(LedGroup {
            group,
            account: allowed.account,
            viewer: allowed.viewer,
        })
    }
}

/// `GET /groups/{slug}/edit`: the leaders' form, with the members and their roles.
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn edit_form(
    State(state): State<AppState>,
    LedGroup { group, .. }: LedGroup,
    i18n: I18n,
) -> Result<Response, PageError> {
    Ok(private(edit_page(&state, i18n, group).await?))
}

/// `POST /groups/{slug}/edit`: saves what the group says about itself and its status.
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn save(
    State(state): State<AppState>,
    LedGroup { group, viewer, .. }: LedGroup,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = read_input(&form);
    let mut errors = FieldErrors::default();
    let status = if group.status.is_open() {
        errors.check(
            &i18n,
            GroupStatus::parse_running("status", form.get("status")),
        )
    } else {
        Some(group.status)
    };
    if let (Some(new), Some(status)) = (
        errors.check_all(&i18n, input.parse(Utc::now().date_naive())),
        status,
    ) {
        let actor = viewer.actor();
        match groups::update(&state.db, group.id, &new, &actor).await {
            Ok(()) => {
                if status != group.status {
                    groups::step(&state.db, group.id, GroupStep::Set(status), &actor, &[]).await?;
                }
                let slug = &group.slug;
                return Ok(Redirect::to(&format!("/groups/{slug}?notice=saved")).into_response());
            }
            Err(e) => errors.store_refusal(&i18n, e, &REFUSALS)?,
        }
    }
    let mut page = form_page(&state, i18n, Some(group), input).await?;
    page.status = form.get("status").to_owned();
    page.errors = errors;
    Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /groups/{slug}/leaders`: `user` becomes a leader (`leader=1`) or a member again.
#[tracing::instrument(skip_all, fields(slug = %group.slug))]
pub async fn set_leader(
    State(state): State<AppState>,
    LedGroup { group, viewer, .. }: LedGroup,
    form: FormPairs,
) -> Result<Response, PageError> {
    let Ok(user) = form.get("user").parse::<i64>() else {
        return Err(PageError::NotFound);
    };
    let done = groups::set_leader(
        &state.db,
        group.id,
        user,
        form.get("leader") == "1",
        &viewer.actor(),
    )
    .await?;
    let notice = if done { "saved" } else { "last-leader" };
    Ok(Redirect::to(&format!("/groups/{}?notice={notice}", group.slug)).into_response())
}

/// `POST /groups/{slug}/join`.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn join(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let group = groups::get(&state.db, &slug).await?;
    if !group.status.is_public() {
        return Err(PageError::NotFound);
    }
    let joined = groups::join(&state.db, group.id, allowed.account.user.id).await?;
    let notice = if joined { "joined" } else { "saved" };
    Ok(Redirect::to(&format!("/groups/{slug}?notice={notice}")).into_response())
}

/// `POST /groups/{slug}/leave`: refused for the last leader, who hands over first.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn leave(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let group = groups::get(&state.db, &slug).await?;
    if !visible_to(&group, &allowed.viewer) {
        return Err(PageError::NotFound);
    }
    let left = groups::leave(&state.db, group.id, allowed.account.user.id).await?;
    let notice = if left { "left" } else { "last-leader" };
    Ok(Redirect::to(&format!("/groups/{slug}?notice={notice}")).into_response())
}

/// `/admin/groups`: the proposals waiting.
#[derive(Template, WebTemplate)]
#[template(path = "groups/admin.html")]
pub struct AdminPage {
    i18n: I18n,
    proposals: Vec<(Group, Option<(String, String)>)>,
    notice: Option<String>,
}

/// `GET /admin/groups`.
pub async fn admin_page(
    State(state): State<AppState>,
    _: Allowed<ManageGroups>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let notice = match query.first("notice") {
        Some("approved") => Some(i18n.t("admin-groups-approved")),
        Some("declined") => Some(i18n.t("admin-groups-declined")),
        Some("stale") => Some(i18n.t("admin-groups-stale")),
        _ => None,
    };
    Ok(private(AdminPage {
        proposals: groups::proposals(&state.db).await?,
        notice,
        i18n,
    }))
}

/// `POST /admin/groups/{slug}` with `decision=approve|decline`: decides a proposal and tells
/// the proposer.
#[tracing::instrument(skip_all, fields(slug = %slug))]
pub async fn decide(
    State(state): State<AppState>,
    allowed: Allowed<ManageGroups>,
    Path(slug): Path<String>,
    form: FormPairs,
) -> Result<Response, PageError> {
    let group = groups::get(&state.db, &slug).await?;
    let (step, word) = match form.get("decision") {
        "approve" => (GroupStep::Approve, "approved"),
        "decline" => (GroupStep::Decline, "declined"),
        _ => return Ok(StatusCode::BAD_REQUEST.into_response()),
    };
    // The proposer's account, for the language the decision is written in.
    let proposer = match group.proposed_by {
        Some(id) => heroes_store::accounts::by_id(&state.db, id).await?,
        None => None,
    };
    let notices: Vec<_> = proposer
        .and_then(|user| {
            notice(
                &state.config.base_url,
                &Recipient::account(&user.email, &user.language, &user.time_zone),
                Some(user.id),
                |i18n| {
                    (
                        i18n.t1(&format!("group-mail-{word}-subject"), "group", &group.name),
                        vec![i18n.t1(&format!("group-mail-{word}-body"), "group", &group.name)],
                    )
                },
                &format!("/groups/{slug}"),
            )
        })
        .into_iter()
        .collect();
    let done = groups::step(&state.db, group.id, step, &allowed.viewer.actor(), &notices).await?;
    let notice = match done {
        Stepped::Done(_) => word,
        Stepped::Refused(_) => "stale",
    };
    Ok(Redirect::to(&format!("/admin/groups?notice={notice}")).into_response())
}

/// `GET /api/v1/groups`: the public groups, with the directory's filters.
pub async fn list_api(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    use crate::api_filters::{Accepts, check};
    check(
        &state,
        &query,
        &[
            ("country", Accepts::Country),
            ("region", Accepts::Region),
            ("specialization", Accepts::Specialization),
            ("coming", Accepts::Flag),
        ],
    )
    .await?;
    let groups = groups::directory(&state.db, &group_query(&query)).await?;
    let groups = groups
        .into_iter()
        .map(|group| GroupJson::new(group, &state.config.base_url))
        .collect();
    json_response(&headers, &GroupList { groups })
}

/// The public groups.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct GroupList {
    /// By name.
    groups: Vec<GroupJson>,
}

/// A group as the API lists it: the directory's fields and the address of its logo.
#[derive(serde::Serialize, utoipa::ToSchema)]
#[schema(as = Group, examples(GroupJson::example))]
pub struct GroupJson {
    slug: String,
    name: String,
    city: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    #[schema(schema_with = crate::openapi::schemas::region)]
    region: String,
    online_only: bool,
    #[schema(schema_with = crate::openapi::schemas::group_status)]
    status: &'static str,
    latitude: Option<f64>,
    longitude: Option<f64>,
    member_count: i64,
    /// Events of the group that have not ended yet.
    coming_events: i64,
    /// Slugs of its specializations.
    specializations: Vec<String>,
    /// The group's logo (JPEG, at most 256 px); null when it has none.
    #[schema(format = "uri")]
    logo_url: Option<String>,
}

impl GroupJson {
    fn new(group: GroupSummary, base: &str) -> Self {
        GroupJson {
            logo_url: crate::group_logos::logo_src(&group.slug, group.logo_at)
                .map(|path| format!("{base}{path}")),
            slug: group.slug,
            name: group.name,
            city: group.city,
            country: group.country,
            region: group.region,
            online_only: group.online_only,
            status: group.status.as_str(),
            latitude: group.latitude,
            longitude: group.longitude,
            member_count: group.member_count,
            coming_events: group.coming_events,
            specializations: group.specializations,
        }
    }

    /// The document's example.
    fn example() -> Self {
        GroupJson {
            slug: "sao-paulo-serverless".to_owned(),
            name: "São Paulo Serverless".to_owned(),
            city: "São Paulo".to_owned(),
            country: "BR".to_owned(),
            region: "americas".to_owned(),
            online_only: false,
            status: "active",
            latitude: Some(-23.55),
            longitude: Some(-46.63),
            member_count: 310,
            coming_events: 1,
            specializations: vec!["serverless".to_owned()],
            logo_url: Some(
                "https://heroes.example.org/groups/sao-paulo-serverless/logo.jpg?v=1730000000"
                    .to_owned(),
            ),
        }
    }
}
