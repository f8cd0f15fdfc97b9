//! The private network of heroes: `/network` (every current hero with the contact details
//! shown to heroes, what they work on now, what to ask them, what they are open to; searched
//! and filtered), a hero's own card at `/account/network`, and the asks heroes post to each
//! other at `/network/asks`.
//!
//! Only accounts the policy allows [`Action::UseNetwork`] (heroes and the program team) see
//! any of it. Every answer is private (`Cache-Control: private, no-store`, never in the
//! shared response cache: these are private routes) and tells search engines to stay away
//! (`X-Robots-Tag: noindex`, and `robots.txt` disallows the paths).

use crate::app::AppState;
use crate::error::PageError;
use crate::extract::{Allowed, OwnHero, PathId, UseNetwork};
use crate::forms::{FieldErrors, FormPairs};
use crate::i18n::I18n;
use crate::mail::{Recipient, notice};
use crate::web::{QueryPairs, markdown_to_safe_html, private};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use heroes_domain::contact::Visibility;
use heroes_domain::hero::language_name;
use heroes_domain::network::{AnswerText, AskKind, NetworkCard, NewAsk};
use heroes_domain::policy::may_see;
use heroes_domain::search::query_terms;
use heroes_store::network::{self, Answer, Ask, NetworkEntry, NetworkQuery, OpenTo};

/// Heroes per page of the network.
const PER_PAGE: i64 = 40;

/// A network answer: private, and not for search engines.
pub fn network_response(response: impl IntoResponse) -> Response {
    let mut response = private(response);
    response.headers_mut().insert(
        "x-robots-tag",
        HeaderValue::from_static("noindex, nofollow"),
    );
    response
}

/// The network page.
#[derive(Template, WebTemplate)]
#[template(path = "network/directory.html")]
pub struct DirectoryPage {
    i18n: I18n,
    entries: Vec<NetworkEntry>,
    total: i64,
    page: i64,
    pages: i64,
    q: String,
    specialization: String,
    open: String,
    /// `(slug, name)` of every active specialization.
    specializations: Vec<(String, String)>,
}

impl DirectoryPage {
    fn languages(&self, entry: &NetworkEntry) -> String {
        entry
            .languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(language_name)
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn page_link(&self, page: i64) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("q", self.q.as_str()),
            ("specialization", self.specialization.as_str()),
            ("open", self.open.as_str()),
        ] {
            if !value.is_empty() {
                query.append_pair(key, value);
            }
        }
        query.append_pair("page", &page.to_string());
        format!("/network?{}", query.finish())
    }
}

/// `GET /network?q=&specialization=&open=&page=`.
pub async fn show_network(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<UseNetwork>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let q = query.first("q").unwrap_or_default().to_owned();
    let specialization = query.first("specialization").unwrap_or_default().to_owned();
    let open = query.first("open").unwrap_or_default().to_owned();
    let page = query
        .first("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1_i64)
        .clamp(1, 10_000);
    let network_query = NetworkQuery {
        terms: query_terms(&q),
        specialization: (!specialization.is_empty()).then(|| specialization.clone()),
        open_to: OpenTo::parse(&open),
        visible: Visibility::ALL
            .into_iter()
            .filter(|v| may_see(account.roles, *v))
            .collect(),
        limit: PER_PAGE,
        offset: (page - 1) * PER_PAGE,
    };
    let (entries, total) = network::directory(&state.db, &network_query).await?;
    let specializations = state
        .specializations(false)
        .await?
        .into_iter()
        .map(|s| (s.slug, s.name))
        .collect();
    Ok(network_response(DirectoryPage {
        i18n,
        entries,
        total,
        page,
        pages: ((total + PER_PAGE - 1) / PER_PAGE).max(1),
        q,
        specialization,
        open,
        specializations,
    }))
}

/// A hero's own card.
#[derive(Template, WebTemplate)]
#[template(path = "network/card.html")]
pub struct CardPage {
    i18n: I18n,
    working_on: String,
    ask_me_about: String,
    cospeaking: bool,
    collaboration: bool,
    errors: FieldErrors,
    saved: bool,
}

/// `GET /account/network`.
pub async fn edit_card(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<UseNetwork>,
    i18n: I18n,
    query: QueryPairs,
) -> Result<Response, PageError> {
    let card = network::card(&state.db, hero.card.id).await?;
    Ok(network_response(CardPage {
        i18n,
        working_on: card.working_on,
        ask_me_about: card.ask_me_about,
        cospeaking: card.open_to_cospeaking,
        collaboration: card.open_to_collaboration,
        errors: FieldErrors::default(),
        saved: query.first("saved").is_some(),
    }))
}

/// `POST /account/network`.
pub async fn save_card(
    State(state): State<AppState>,
    OwnHero { hero, .. }: OwnHero<UseNetwork>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    let cospeaking = form.get("open_to_cospeaking") == "on";
    let collaboration = form.get("open_to_collaboration") == "on";
    match NetworkCard::parse(
        form.get("working_on"),
        form.get("ask_me_about"),
        cospeaking,
        collaboration,
    ) {
        Ok(card) => {
            network::save_card(&state.db, hero.card.id, &card).await?;
            Ok(Redirect::to("/account/network?saved=1").into_response())
        }
        Err(problems) => {
            let mut errors = FieldErrors::default();
            errors.add_problems(&i18n, &problems);
            Ok(network_response((
                StatusCode::UNPROCESSABLE_ENTITY,
                CardPage {
                    i18n,
                    working_on: form.get("working_on").to_owned(),
                    ask_me_about: form.get("ask_me_about").to_owned(),
                    cospeaking,
                    collaboration,
                    errors,
                    saved: false,
                },
            )))
        }
    }
}

/// The asks page: the newest asks and the form to post one.
#[derive(Template, WebTemplate)]
#[template(path = "network/asks.html")]
pub struct AsksPage {
    i18n: I18n,
    asks: Vec<Ask>,
    kinds: Vec<AskKind>,
    kind: String,
    title: String,
    body: String,
    errors: FieldErrors,
}

async fn asks_page(state: &AppState, i18n: I18n) -> Result<AsksPage, PageError> {
    Ok(AsksPage {
        i18n,
        asks: network::asks(&state.db, 100).await?,
        kinds: AskKind::ALL.to_vec(),
        kind: AskKind::CoSpeaker.as_str().to_owned(),
        title: String::new(),
        body: String::new(),
        errors: FieldErrors::default(),
    })
}

/// `GET /network/asks`.
pub async fn list_asks(
    State(state): State<AppState>,
    _: Allowed<UseNetwork>,
    i18n: I18n,
) -> Result<Response, PageError> {
    Ok(network_response(asks_page(&state, i18n).await?))
}

/// `POST /network/asks`: posts an ask and shows it.
pub async fn post_ask(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<UseNetwork>,
    i18n: I18n,
    form: FormPairs,
) -> Result<Response, PageError> {
    match NewAsk::parse(form.get("kind"), form.get("title"), form.get("body")) {
        Ok(ask) => {
            let id = network::post_ask(&state.db, account.user.id, &ask).await?;
            Ok(Redirect::to(&format!("/network/asks/{id}")).into_response())
        }
        Err(problems) => {
            let mut page = asks_page(&state, i18n).await?;
            page.errors.add_problems(&page.i18n, &problems);
            page.kind = form.get("kind").to_owned();
            page.title = form.get("title").to_owned();
            page.body = form.get("body").to_owned();
            Ok(network_response((StatusCode::UNPROCESSABLE_ENTITY, page)))
        }
    }
}

/// One ask with its answers.
#[derive(Template, WebTemplate)]
#[template(path = "network/ask.html")]
pub struct AskPage {
    i18n: I18n,
    ask: Ask,
    body_html: String,
    /// Each answer with its sanitized HTML.
    answers: Vec<(Answer, String)>,
    mine: bool,
    answer: String,
    errors: FieldErrors,
    refusal: Option<String>,
}

async fn ask_page(
    state: &AppState,
    i18n: I18n,
    id: i64,
    user_id: i64,
) -> Result<AskPage, PageError> {
    let ask = network::ask(&state.db, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let answers = network::answers(&state.db, id)
        .await?
        .into_iter()
        .map(|a| {
            let html = markdown_to_safe_html(&a.body);
            (a, html)
        })
        .collect();
    Ok(AskPage {
        i18n,
        body_html: markdown_to_safe_html(&ask.body),
        mine: ask.author_id == user_id,
        ask,
        answers,
        answer: String::new(),
        errors: FieldErrors::default(),
        refusal: None,
    })
}

/// `GET /network/asks/{id}`.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn show_ask(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<UseNetwork>,
    i18n: I18n,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    Ok(network_response(
        ask_page(&state, i18n, id, account.user.id).await?,
    ))
}

/// `POST /network/asks/{id}/answers`: answers an open ask; its author is mailed.
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn answer_ask(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<UseNetwork>,
    i18n: I18n,
    PathId(id): PathId,
    form: FormPairs,
) -> Result<Response, PageError> {
    let mut page = ask_page(&state, i18n, id, account.user.id).await?;
    match AnswerText::parse("answer", form.get("answer")) {
        Ok(text) => {
            let ask = &page.ask;
            let notices: Vec<_> = (ask.author_id != account.user.id)
                .then(|| {
                    notice(
                        &state.config.base_url,
                        &Recipient::account(
                            &ask.author_email,
                            &ask.author_language,
                            &ask.author_time_zone,
                        ),
                        Some(ask.author_id),
                        |i18n| {
                            (
                                i18n.t1("mail-ask-answered-subject", "title", &ask.title),
                                vec![
                                    i18n.t1("mail-greeting", "name", &ask.author_name),
                                    i18n.t1("mail-ask-answered", "title", &ask.title),
                                    text.as_str().to_owned(),
                                ],
                            )
                        },
                        &format!("/network/asks/{id}"),
                    )
                })
                .flatten()
                .into_iter()
                .collect();
            if network::answer(&state.db, id, account.user.id, text.as_str(), &notices).await? {
                return Ok(Redirect::to(&format!("/network/asks/{id}#answers")).into_response());
            }
            page.refusal = Some(page.i18n.t("network-ask-closed"));
        }
        Err(problem) => page.errors.add_problem(&page.i18n, &problem),
    }
    page.answer = form.get("answer").to_owned();
    Ok(network_response((StatusCode::UNPROCESSABLE_ENTITY, page)))
}

/// `POST /network/asks/{id}/close`: by its author only (404 for anyone else).
#[tracing::instrument(skip_all, fields(id = id))]
pub async fn close_ask(
    State(state): State<AppState>,
    Allowed { account, .. }: Allowed<UseNetwork>,
    PathId(id): PathId,
) -> Result<Response, PageError> {
    network::close(&state.db, id, account.user.id).await?;
    Ok(Redirect::to(&format!("/network/asks/{id}")).into_response())
}
