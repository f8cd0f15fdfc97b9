//! Speakers: a hero's "available to speak" settings and the invitations they received
//! (`/account/speaking…`), and for an event's organizers the heroes ranked as speakers with
//! the reasons (`/events/{id}/speakers`) and "invite to speak". Accepting an invitation adds
//! the hero to the event's speakers. Every page is private.

mod notices;

use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::PageError;
use crate::events::local_time;
use crate::extract::{Allowed, OfferToSpeak, OwnHero, PathId, TakePart};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::web::{QueryPairs, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use heroes_domain::account::Role;
use heroes_domain::hero::{LanguageTag, language_name};
use heroes_domain::speakers::{AvailabilityInput, InvitationStep, Reason, Suggestion, rank};
use heroes_domain::text::Bounded;
use heroes_store::events::{self, Event};
use heroes_store::speakers::{self as store, Invitation, NewInvitation, SpeakerCard};

/// One reason, in the reader's language ("12 posts about lambda", "40 km away").
pub fn reason_text(i18n: &I18n, reason: &Reason) -> String {
    match reason {
        Reason::Posts { count, topic } => i18n.t_args_n(
            "mentoring-reason-posts",
            &[("topic", topic.clone())],
            ("count", i64::from(*count)),
        ),
        Reason::Topics { topic } => i18n.t1("speaker-reason-topics", "topic", topic),
        Reason::Profile { topic } => i18n.t1("mentoring-reason-profile", "topic", topic),
        Reason::Distance { km } => i18n.tn("speaker-reason-distance", "km", i64::from(*km)),
        Reason::Hours { difference } => {
            i18n.tn("speaker-reason-hours", "count", i64::from(*difference))
        }
        Reason::Speaks { language } => i18n.t1(
            "mentoring-reason-speaks",
            "language",
            language_name(language.as_str()),
        ),
        Reason::Available => i18n.t("speaker-reason-available"),
        Reason::Spoke { count } => i18n.tn("speaker-reason-spoke", "count", i64::from(*count)),
    }
}

/// Every reason of a suggestion, joined as the organizer reads it.
pub fn reasons_text(i18n: &I18n, suggestion: &Suggestion) -> String {
    crate::mentoring::joined_reasons(i18n, &suggestion.reasons, reason_text)
}

/// `/account/speaking`: the settings and the invitations received.
#[derive(Template, WebTemplate)]
#[template(path = "speakers/account.html")]
pub struct AccountPage {
    i18n: I18n,
    input: AvailabilityInput,
    invitations: Vec<Invitation>,
    errors: FieldErrors,
    saved: bool,
    refusal: Option<String>,
}

impl AccountPage {
    fn when(&self, i: &Invitation) -> String {
        local_time(&self.i18n, i.starts_at, &i.time_zone)
    }
}

async fn account_page(
    state: &AppState,
    i18n: I18n,
    hero_id: i64,
    input: Option<AvailabilityInput>,
) -> Result<AccountPage, PageError> {
    let input = match input {
        Some(input) => input,
        None => store::availability(&state.db, hero_id)
            .await?
            .map(|a| a.to_input())
            .unwrap_or(AvailabilityInput {
                open: true,
                ..AvailabilityInput::default()
            }),
    };
    Ok(AccountPage {
        i18n,
        input,
        invitations: store::to_hero(&state.db, hero_id).await?,
        errors: FieldErrors::default(),
        saved: false,
        refusal: None,
    })
}

/// `GET /account/speaking`.
pub async fn account(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<OfferToSpeak>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let mut page = account_page(&state, i18n, hero.card.id, None).await?;
    page.saved = query.first("saved").is_some();
    Ok(private(page))
}

/// `POST /account/speaking`: saves the settings, or shows them again with what was typed.
pub async fn save(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<OfferToSpeak>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let input = AvailabilityInput {
        open: form.get("open") == "on",
        topics: form.get("topics").to_owned(),
        travel_km: form.get("travel_km").to_owned(),
        remote_only: form.get("remote_only") == "on",
        languages: form.get("languages").to_owned(),
    };
    match input.parse() {
        Ok(settings) => {
            store::save_availability(&state.db, hero.card.id, &settings).await?;
            Ok(Redirect::to("/account/speaking?saved=1").into_response())
        }
        Err(problems) => {
            let mut page = account_page(&state, i18n, hero.card.id, Some(input)).await?;
            page.errors.add_problems(&page.i18n, &problems);
            Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// One invitation, for the hero to answer.
#[derive(Template, WebTemplate)]
#[template(path = "speakers/invitation.html")]
pub struct InvitationPage {
    i18n: I18n,
    invitation: Invitation,
    when: String,
    refusal: Option<String>,
}

/// `GET /account/speaking/invitations/{id}` (the hero's own; 404 for anyone else's).
pub async fn show_invitation(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<OfferToSpeak>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    let invitation = store::invitation_to(&state.db, id, hero.card.id)
        .await?
        .ok_or(PageError::NotFound)?;
    Ok(private(InvitationPage {
        when: local_time(&i18n, invitation.starts_at, &invitation.time_zone),
        invitation,
        i18n,
        refusal: None,
    }))
}

async fn answer(
    state: AppState,
    hero_id: i64,
    i18n: I18n,
    id: i64,
    step: InvitationStep,
) -> Result<Response, PageError> {
    let invitation = store::invitation_to(&state.db, id, hero_id)
        .await?
        .ok_or(PageError::NotFound)?;
    let organizer = match invitation.invited_by {
        Some(user) => heroes_store::accounts::by_id(&state.db, user).await?,
        None => None,
    };
    let told =
        organizer.and_then(|o| notices::answered(&state.config.base_url, &o, &invitation, step));
    match store::answer(&state.db, id, hero_id, step, told.as_slice()).await? {
        Ok(_) => Ok(Redirect::to(&format!("/account/speaking/invitations/{id}")).into_response()),
        Err(_) => {
            let invitation = store::invitation_to(&state.db, id, hero_id)
                .await?
                .ok_or(PageError::NotFound)?;
            Ok(private((
                StatusCode::CONFLICT,
                InvitationPage {
                    when: local_time(&i18n, invitation.starts_at, &invitation.time_zone),
                    invitation,
                    refusal: Some(i18n.t("speaker-refusal-answered")),
                    i18n,
                },
            )))
        }
    }
}

/// `POST /account/speaking/invitations/{id}/accept`: the hero joins the event's speakers.
pub async fn accept(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<OfferToSpeak>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    answer(state, hero.card.id, i18n, id, InvitationStep::Accept).await
}

/// `POST /account/speaking/invitations/{id}/decline`.
pub async fn decline(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<OfferToSpeak>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    answer(state, hero.card.id, i18n, id, InvitationStep::Decline).await
}

/// Whether the viewer organizes the event: whoever runs it (its group's leaders, admins),
/// and for the program's own events the program team (staff) too.
async fn organized_event(state: &AppState, viewer: &Viewer, id: i64) -> Result<Event, PageError> {
    let event = events::get(&state.db, id).await?;
    let staff_of_program = event.group_id.is_none()
        && viewer
            .account
            .as_ref()
            .is_some_and(|a| a.roles.has(Role::Staff));
    if staff_of_program || crate::events::manages(state, viewer, &event).await? {
        Ok(event)
    } else {
        Err(PageError::Forbidden)
    }
}

/// A suggested speaker as the organizer's page shows them.
pub struct Suggested {
    card: SpeakerCard,
    reasons: String,
    score: u32,
}

/// `/events/{id}/speakers`: ranked suggestions, the invitation form, invitations sent.
#[derive(Template, WebTemplate)]
#[template(path = "speakers/suggestions.html")]
pub struct SuggestionsPage {
    i18n: I18n,
    event: Event,
    /// The talk's languages, as the form shows them.
    languages: String,
    suggestions: Vec<Suggested>,
    invitations: Vec<Invitation>,
    /// The hero the invitation form was for, what was typed, and the errors.
    chosen: Option<i64>,
    talk_title: String,
    message: String,
    errors: FieldErrors,
    notice: Option<String>,
}

impl SuggestionsPage {
    fn invited(&self, hero_id: &i64) -> Option<&Invitation> {
        self.invitations.iter().find(|i| i.hero_id == *hero_id)
    }
    fn state_text(&self, i: &Invitation) -> String {
        self.i18n
            .t(&format!("speaker-invitation-state-{}", i.state.as_str()))
    }
    fn is_chosen(&self, hero_id: &i64) -> bool {
        self.chosen == Some(*hero_id)
    }
}

async fn suggestions_page(
    state: &AppState,
    i18n: I18n,
    event: Event,
    languages: &str,
) -> Result<SuggestionsPage, PageError> {
    let chosen: Vec<LanguageTag> =
        LanguageTag::parse_list("languages", languages).unwrap_or_default();
    let languages = if chosen.is_empty() {
        state
            .speaker_index
            .usual_languages(&state.db, event.summary.country.as_deref())
            .await?
    } else {
        chosen
    };
    let shortlist = state
        .speaker_index
        .shortlist(&state.db, event.summary.id, languages.clone(), Utc::now())
        .await?;
    let candidates: Vec<_> = shortlist
        .candidates
        .iter()
        .map(|(c, _)| c.clone())
        .collect();
    let suggestions = rank(&shortlist.event, &candidates)
        .into_iter()
        .take(30)
        .filter_map(|s| {
            let card = shortlist
                .candidates
                .iter()
                .find(|(c, _)| c.hero_id == s.hero_id)?
                .1
                .clone();
            Some(Suggested {
                reasons: reasons_text(&i18n, &s),
                score: s.score,
                card,
            })
        })
        .collect();
    Ok(SuggestionsPage {
        languages: languages
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        invitations: store::of_event(&state.db, event.summary.id).await?,
        suggestions,
        event,
        chosen: None,
        talk_title: String::new(),
        message: String::new(),
        errors: FieldErrors::default(),
        notice: None,
        i18n,
    })
}

/// `GET /events/{id}/speakers?languages=`: for the organizers.
pub async fn suggestions(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    PathId(id): PathId,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let event = organized_event(&state, &allowed.viewer, id).await?;
    let mut page =
        suggestions_page(&state, i18n, event, query.first("languages").unwrap_or("")).await?;
    page.notice = match query.first("notice") {
        Some("invited") => Some(page.i18n.t("speaker-notice-invited")),
        _ => None,
    };
    Ok(private(page))
}

/// `POST /events/{id}/speakers/invite` with `hero` (one of the suggestions), `talk_title`
/// and `message`: the hero is asked, by mail and in their account.
pub async fn invite(
    State(state): State<AppState>,
    allowed: Allowed<TakePart>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let event = organized_event(&state, &allowed.viewer, id).await?;
    let mut page = suggestions_page(&state, i18n, event, form.get("languages")).await?;
    let Some(asked) = page.invitation_typed(&form) else {
        return Ok(private((StatusCode::UNPROCESSABLE_ENTITY, page)));
    };
    let hero_account = heroes_store::renewal::account_of(&state.db, asked.hero_id).await?;
    let invitation = notices::Invitation {
        hero_name: &asked.hero_name,
        organizer: &allowed.account.user.name,
        event: &page.event.summary.title,
        talk: asked.talk.as_str(),
        message: asked.message.as_str(),
    };
    let base_url = &state.config.base_url;
    let invited = store::invite(
        &state.db,
        &NewInvitation {
            event_id: id,
            hero_id: asked.hero_id,
            talk_title: asked.talk.as_str().to_owned(),
            message: asked.message.as_str().to_owned(),
            reason: asked.reason,
            invited_by: allowed.account.user.id,
        },
        |sent| invitation.to(base_url, hero_account.as_ref()?, sent),
    )
    .await?;
    if invited.is_none() {
        page.errors
            .add("hero", page.i18n.t("speaker-already-invited"));
        return Ok(private((StatusCode::CONFLICT, page)));
    }
    Ok(Redirect::to(&format!("/events/{id}/speakers?notice=invited")).into_response())
}

/// An invitation as the organizer's form asks for it, checked.
struct Asked {
    hero_id: i64,
    hero_name: String,
    /// Why the hero was suggested, as the ranking explained it.
    reason: String,
    talk: Bounded<2, 200>,
    message: Bounded<0, 2000>,
}

impl SuggestionsPage {
    /// Reads the invitation form into the page (what was typed, the hero chosen): the
    /// invitation when the hero is one of the suggestions and the words fit, else `None`
    /// with a message at each field.
    fn invitation_typed(&mut self, form: &FormPairs) -> Option<Asked> {
        let hero: Option<i64> = form.get("hero").parse().ok();
        self.chosen = hero;
        self.talk_title = form.get("talk_title").to_owned();
        self.message = form.get("message").to_owned();
        let picked = self
            .suggestions
            .iter()
            .find(|s| Some(s.card.hero_id) == hero);
        let Some(picked) = picked else {
            self.errors
                .add("hero", self.i18n.t("speaker-choose-suggested"));
            return None;
        };
        let talk = Bounded::<2, 200>::parse("talk_title", &self.talk_title);
        let message = Bounded::<0, 2000>::parse("message", &self.message);
        match (talk, message) {
            (Ok(talk), Ok(message)) => Some(Asked {
                hero_id: picked.card.hero_id,
                hero_name: picked.card.display_name.clone(),
                reason: picked.reasons.clone(),
                talk,
                message,
            }),
            (t, m) => {
                for p in t.err().iter().chain(m.err().iter()) {
                    self.errors.add_problem(&self.i18n, p);
                }
                None
            }
        }
    }
}
