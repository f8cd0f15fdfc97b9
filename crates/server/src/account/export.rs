//! Everything held about an account, as the one JSON document `/account/export` hands over:
//! the account, the hero record it speaks for, how it signs in, what it did and was sent,
//! and the nominations it made or received. Each section is read by its own function, so
//! a feature that stores something about a person adds its section here.

use crate::auth::Account;
use heroes_store::accounts::{Actor, User};
use heroes_store::contributions;
use heroes_store::heroes::HeroDetail;
use heroes_store::selection::{self, Candidacy};
use heroes_store::{
    Db, StoreResult, accounts, audit, briefings, notifications, outbox, sessions, tokens,
};
use serde_json::{Value, json};

/// The whole document for `account`, asked for by `actor` (the account's owner: the reveals of
/// their codes are logged in their name).
pub async fn document(db: &Db, account: &Account, actor: &Actor) -> StoreResult<Value> {
    let user = &account.user;
    let detail = super::profile::hero_of(db, user).await?;
    let hero = match &detail {
        Some(detail) => hero(db, detail).await?,
        None => Value::Null,
    };
    let promotion = match &detail {
        Some(detail) => promotion_requests(db, detail.card.id).await?,
        None => Vec::new(),
    };
    let (made, received) = nominations(db, user).await?;
    Ok(json!({
        "exported_at": chrono::Utc::now().to_rfc3339(),
        "account": {
            "email": user.email, "name": user.name,
            "email_verified_at": user.email_verified_at.map(|t| t.to_rfc3339()),
            "created_at": user.created_at.to_rfc3339(),
            "roles": account.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
            // What the account chose to read in: empty follows the browser.
            "language": user.language,
            "time_zone": user.time_zone,
            "terms_accepted_at": heroes_store::accounts::terms_accepted_at(db, user.id)
                .await?
                .map(|t| t.to_rfc3339()),
        },
        "hero": hero,
        "sessions": sessions_of(db, user).await?,
        "sign_in_addresses": sign_in_addresses(db, user).await?,
        "api_tokens": tokens_of(db, user).await?,
        "activity": activity(db, user).await?,
        "mails": mails(db, user).await?,
        "nominations_made": made,
        "nominations_received": received,
        "notifications": notifications_of(db, user).await?,
        "digest_subscribed": heroes_store::digest::member_subscribed(db, user.id).await?,
        "promotion_requests": promotion,
        "feedback": feedback_of(db, user).await?,
        "office_hours": office_hours_of(db, user).await?,
        "nda_acceptances": nda_acceptances(db, user).await?,
        "briefings": briefings_of(db, user).await?,
        "network_and_mentoring": network_and_mentoring(db, user).await?,
        "projects": projects_of(db, user).await?,
        "credits": match &detail {
            Some(detail) => credits_of(db, detail.card.id, actor).await?,
            None => Value::Null,
        },
    }))
}

/// The hero's credits: balance, requests, the codes issued to them in clear (they are the
/// holder; each is logged as revealed, see `credits::reveal_all`) and the whole ledger.
/// Nobody else's code is in any export.
async fn credits_of(db: &Db, hero_id: i64, actor: &Actor) -> StoreResult<Value> {
    use heroes_store::credits;
    let texts: std::collections::HashMap<i64, String> = credits::reveal_all(db, hero_id, actor)
        .await?
        .into_iter()
        .collect();
    let codes: Vec<Value> = credits::codes_of(db, hero_id)
        .await?
        .into_iter()
        .map(|c| {
            json!({ "id": c.id, "code": texts.get(&c.id), "value": c.value,
                "expires_on": c.expires_on.to_string(),
                "issued_on": c.issued_on.map(|d| d.to_string()), "request_id": c.request_id,
                "reveals": c.reveals })
        })
        .collect();
    let requests: Vec<Value> = credits::requests_of(db, hero_id)
        .await?
        .into_iter()
        .map(|r| {
            json!({ "id": r.id, "purpose": r.purpose.as_str(), "amount": r.amount,
                "note": r.note, "state": r.state.as_str(), "approved_amount": r.approved_amount,
                "reason": r.reason, "requested_at": r.requested_at.to_rfc3339() })
        })
        .collect();
    Ok(json!({
        "unit": credits::unit(db).await?,
        "available": credits::balance(db, hero_id).await?,
        "requests": requests,
        "codes": codes,
        "ledger": credits::history(db, hero_id).await?,
    }))
}

/// The community projects the person belongs to (and whether as an owner), and every
/// request to join they made with its answer.
async fn projects_of(db: &Db, user: &User) -> StoreResult<Value> {
    use heroes_store::projects;
    let memberships: Vec<Value> = projects::of_user(db, user.id)
        .await?
        .iter()
        .map(|m| {
            json!({ "project": m.name, "slug": m.slug, "owner": m.owner,
            "joined_at": m.joined_at.to_rfc3339() })
        })
        .collect();
    let requests: Vec<Value> = projects::requests_by(db, user.id)
        .await?
        .iter()
        .map(|r| {
            json!({ "project": r.project, "message": r.message, "state": r.state,
            "created_at": r.created_at.to_rfc3339() })
        })
        .collect();
    Ok(json!({ "memberships": memberships, "requests": requests }))
}

/// The hero's promotion requests, with what staff decided.
async fn promotion_requests(db: &Db, hero_id: i64) -> StoreResult<Vec<Value>> {
    Ok(heroes_store::promotion::of_hero(db, hero_id)
        .await?
        .into_iter()
        .map(|r| {
            json!({
                "contribution": r.title, "channels": r.channels.to_stored(),
                "wanted_from": r.wanted_from.to_string(), "wanted_until": r.wanted_until.to_string(),
                "note": r.note, "state": r.state.as_str(), "granted": r.granted.to_stored(),
                "starts_at": r.starts_at.map(|t| t.to_rfc3339()),
                "ends_at": r.ends_at.map(|t| t.to_rfc3339()),
                "reason": r.reason, "created_at": r.created_at.to_rfc3339(),
            })
        })
        .collect())
}

/// Product feedback: the items filed (with their conversation, never the team's internal
/// notes), and the items voted for and followed.
async fn feedback_of(db: &Db, user: &User) -> StoreResult<Value> {
    let mut filed = Vec::new();
    for item in heroes_store::feedback::filed_by(db, user.id).await? {
        let thread = heroes_store::feedback::thread(db, item.id, false).await?;
        let links: Vec<&str> = item.link_list();
        filed.push(json!({ "item": item, "links": links, "thread": thread }));
    }
    let followed: Vec<i64> = heroes_store::feedback::followed_by(db, user.id)
        .await?
        .iter()
        .map(|i| i.id)
        .collect();
    Ok(json!({
        "filed": filed,
        "me_too": heroes_store::feedback::voted_by(db, user.id).await?,
        "following": followed,
    }))
}

/// The office-hour slots the person booked.
async fn office_hours_of(db: &Db, user: &User) -> StoreResult<Value> {
    Ok(heroes_store::office_hours::booked_by(db, user.id)
        .await?
        .into_iter()
        .map(|s| {
            json!({
                "area": s.area_name, "starts_at": s.starts_at.to_rfc3339(), "zone": s.zone,
                "minutes": s.minutes, "link": s.link,
            })
        })
        .collect())
}

/// The network card, mentoring offer, asks and answers, requests for a mentor and
/// mentorships (with their sessions and notes, which belong to the pair).
async fn network_and_mentoring(db: &Db, user: &User) -> StoreResult<Value> {
    use heroes_store::{mentoring, network};
    let (card, offer) = match user.hero_id {
        Some(hero_id) => {
            let card = network::card(db, hero_id).await?;
            let offer = mentoring::offer(db, hero_id).await?.map(|o| {
                json!({ "topics": o.topics, "specializations": o.specializations,
                    "languages": o.languages, "time_zones": o.time_zones, "formats": o.formats,
                    "capacity": o.capacity, "open": o.open })
            });
            (
                json!({ "working_on": card.working_on, "ask_me_about": card.ask_me_about,
                    "open_to_cospeaking": card.open_to_cospeaking,
                    "open_to_collaboration": card.open_to_collaboration }),
                offer,
            )
        }
        None => (Value::Null, None),
    };
    let asks: Vec<Value> = network::asks_by(db, user.id)
        .await?
        .into_iter()
        .map(|a| json!({ "kind": a.kind.as_str(), "title": a.title, "body": a.body, "state": a.state, "created_at": a.created_at.to_rfc3339() }))
        .collect();
    let answers: Vec<Value> = network::answers_by(db, user.id)
        .await?
        .into_iter()
        .map(|(ask, body, at)| json!({ "ask": ask, "body": body, "created_at": at.to_rfc3339() }))
        .collect();
    let requests: Vec<Value> = mentoring::requests_of(db, user.id)
        .await?
        .into_iter()
        .map(|r| json!({ "goals": r.goals, "topics": r.topics, "language": r.language, "time_zone": r.time_zone, "state": r.state, "created_at": r.created_at.to_rfc3339() }))
        .collect();
    let mut mentorships = Vec::new();
    for m in mentoring::mentorships_of(db, user.id, user.hero_id).await? {
        let sessions: Vec<Value> = mentoring::sessions(db, m.id)
            .await?
            .into_iter()
            .map(|s| json!({ "held_on": s.held_on.to_string(), "notes": s.notes }))
            .collect();
        mentorships.push(json!({ "mentor": m.mentor_name, "mentee": m.mentee_name,
            "started_at": m.started_at.to_rfc3339(), "ended_at": m.ended_at.map(|t| t.to_rfc3339()),
            "mentor_word": m.mentor_word, "mentee_word": m.mentee_word, "sessions": sessions }));
    }
    Ok(
        json!({ "card": card, "mentoring_offer": offer, "asks": asks, "answers": answers,
        "mentoring_requests": requests, "mentorships": mentorships }),
    )
}

/// The hero record: profile, contacts, and every contribution, private ones included.
async fn hero(db: &Db, detail: &HeroDetail) -> StoreResult<Value> {
    // Read by record, not through the public stream: a candidate's record is not public yet.
    let items = contributions::all_of_hero(db, detail.card.id).await?;
    let contacts: Vec<Value> = heroes_store::heroes::contacts(db, detail.card.id)
        .await?
        .into_iter()
        .map(|c| json!({ "kind": c.kind.as_str(), "value": c.value, "visible_to": c.visibility.as_str() }))
        .collect();
    Ok(json!({
        "slug": detail.card.slug,
        "contacts": contacts,
        "profile": super::api::Profile::of(detail),
        "status": detail.card.status,
        "awards": detail.card.awards,
        "contributions": items.iter().map(|c| json!({
            "kind": c.kind, "title": c.title, "url": c.url, "date": c.published_on.to_string(),
            "specialization": c.specialization_slug, "private": c.private,
        })).collect::<Vec<_>>(),
    }))
}

async fn sessions_of(db: &Db, user: &User) -> StoreResult<Vec<Value>> {
    Ok(sessions::list_for_user(db, user.id)
        .await?
        .into_iter()
        .map(|(s, agent)| {
            json!({ "created_at": s.created_at.to_rfc3339(), "last_seen_at": s.last_seen_at.to_rfc3339(),
                    "expires_at": s.expires_at.to_rfc3339(), "browser": agent })
        })
        .collect())
}

async fn tokens_of(db: &Db, user: &User) -> StoreResult<Vec<Value>> {
    Ok(tokens::list(db, user.id)
        .await?
        .into_iter()
        .map(|t| {
            json!({ "name": t.name, "scope": t.scope, "created_at": t.created_at.to_rfc3339(),
                    "last_used_at": t.last_used_at.map(|t| t.to_rfc3339()) })
        })
        .collect())
}

async fn sign_in_addresses(db: &Db, user: &User) -> StoreResult<Vec<Value>> {
    Ok(accounts::sign_in_addresses(db, user.id)
        .await?
        .into_iter()
        .map(|(address, at)| json!({ "address": address, "last_signed_in_at": at.to_rfc3339() }))
        .collect())
}

async fn activity(db: &Db, user: &User) -> StoreResult<Vec<Value>> {
    Ok(audit::for_user(db, user.id)
        .await?
        .into_iter()
        .map(|e| {
            json!({ "at": e.at.to_rfc3339(), "action": e.action, "by_you": e.actor_id == Some(user.id),
                    "target": e.target, "from": e.address, "detail": e.detail })
        })
        .collect())
}

async fn mails(db: &Db, user: &User) -> StoreResult<Vec<Value>> {
    Ok(outbox::to_address(db, &user.email)
        .await?
        .into_iter()
        .map(|m| {
            json!({ "subject": m.subject, "created_at": m.created_at.to_rfc3339(),
                    "sent_at": m.sent_at.map(|t| t.to_rfc3339()), "text": m.body_text })
        })
        .collect())
}

async fn notifications_of(db: &Db, user: &User) -> StoreResult<Vec<Value>> {
    Ok(notifications::list(db, user.id, 10_000)
        .await?
        .into_iter()
        .map(|n| json!({ "subject": n.subject, "body": n.body, "created_at": n.created_at.to_rfc3339() }))
        .collect())
}

/// A candidacy as its nominator or nominee sees it: the stage and the decision. Reviews
/// belong to the reviewers and the program, so they are not part of anyone's export.
fn candidacy(c: &Candidacy) -> Value {
    json!({ "nominee": c.nominee_name, "specialization": c.specialization_slug,
            "cycle": c.cycle_name, "stage": c.state.stage().as_str(),
            "decision": c.state.outcome().map(|o| o.as_str()) })
}

/// The nominations this person wrote (with their statements), and the candidacies about
/// them (with the profile they completed and the feedback they were given).
async fn nominations(db: &Db, user: &User) -> StoreResult<(Vec<Value>, Vec<Value>)> {
    let mut made = Vec::new();
    for c in selection::nominated_by(db, user.id).await? {
        let statements: Vec<Value> = selection::nominations(db, c.id)
            .await?
            .into_iter()
            .filter(|n| n.nominator_id == Some(user.id))
            .map(|n| {
                json!({ "statement": n.statement, "evidence": n.evidence(),
                             "created_at": n.created_at.to_rfc3339() })
            })
            .collect();
        let mut entry = candidacy(&c);
        entry["nominations"] = Value::Array(statements);
        made.push(entry);
    }
    let received = selection::of_nominee(db, user.id, &user.email)
        .await?
        .iter()
        .map(|c| {
            let mut entry = candidacy(c);
            entry["profile"] = json!({ "headline": c.headline, "company": c.company,
                "city": c.city, "country": c.country, "bio": c.bio });
            entry["feedback"] = json!(c.feedback);
            entry
        })
        .collect();
    Ok((made, received))
}

/// Every NDA version this person accepted: when and from which address.
async fn nda_acceptances(db: &Db, user: &User) -> StoreResult<Vec<Value>> {
    Ok(briefings::acceptances_of(db, user.id)
        .await?
        .into_iter()
        .map(|a| json!({ "version": a.label, "accepted_at": a.accepted_at.to_rfc3339(), "from": a.address }))
        .collect())
}

/// This person's answers to briefings and their lines of the access log. A briefing is named
/// only by its id and title, and only here: it never appears in anyone else's export.
async fn briefings_of(db: &Db, user: &User) -> StoreResult<Value> {
    let mut rsvps = Vec::new();
    for (id, state, attended) in briefings::rsvps_of(db, user.id).await? {
        let title = briefings::get(db, id).await?.map(|b| b.title);
        rsvps.push(json!({ "briefing": id, "title": title, "answer": state.as_str(), "attended": attended }));
    }
    let views: Vec<Value> = briefings::access_log_of(db, user.id)
        .await?
        .into_iter()
        .map(|e| json!({ "briefing": e.briefing_id, "viewed": e.what.as_str(), "detail": e.detail, "at": e.at.to_rfc3339(), "from": e.address }))
        .collect();
    Ok(json!({ "rsvps": rsvps, "views": views }))
}
