//! The demo network: a few heroes with accounts, network cards and mentoring offers;
//! members' requests in every state (open, asked, declined, matched with sessions, ended
//! with both words, withdrawn); asks to the network with answers, one closed. Written
//! through the same store calls as the pages.

use super::{Person, Rng};
use anyhow::anyhow;
use chrono::{Days, NaiveDate};
use heroes_domain::mentoring::{AskStep, MentorRequest, NewSession, OfferInput};
use heroes_domain::network::{NetworkCard, NewAsk as NewNetworkAsk};
use heroes_domain::slug::Slug;
use heroes_store::accounts;
use heroes_store::mentoring::{self, NewAsk, Side};
use heroes_store::{Db, network};

/// Heroes of the demo who mentor (and have accounts).
const MENTORS: usize = 8;
/// Demo members who ask for a mentor.
const MEMBERS: usize = 10;

/// What the demo network holds.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct NetworkReport {
    pub mentors: usize,
    pub requests: usize,
    pub asks: usize,
}

const ASKS: [(&str, &str, &str); 3] = [
    (
        "co-speaker",
        "A co-speaker for a serverless talk in Lisbon",
        "I have a 40-minute slot on **event-driven design** in May and would love a second voice with production stories.",
    ),
    (
        "reviewer",
        "A reviewer for a chapter on container security",
        "Twenty pages on image signing and admission control; I need a critical read within two weeks.",
    ),
    (
        "venue",
        "A venue for a data workshop in Nairobi",
        "Thirty people, one day, good wifi. Does anyone's company host meetups?",
    ),
];

/// Adds the demo network to the first current heroes of `people` (stored as `created`).
pub(super) async fn generate(
    db: &Db,
    rng: &mut Rng,
    people: &[Person],
    created: &[(i64, Slug)],
    today: NaiveDate,
) -> anyhow::Result<NetworkReport> {
    let actor = super::accounts::actor();
    let demo = super::accounts::DemoAccounts::new(db).await?;

    let mut report = NetworkReport::default();
    let mut mentors = Vec::new();
    for (p, (hero_id, _)) in people.iter().zip(created).filter(|(p, _)| !p.alumni) {
        if mentors.len() == MENTORS {
            break;
        }
        // A hero the selection demo already gave an account keeps it.
        let user = match heroes_store::renewal::account_of(db, *hero_id).await? {
            Some(a) => a.user_id,
            None => {
                let email = format!("{}.mentor@heroes.example.org", p.handle);
                let user = demo
                    .create(email, p.profile.display_name.as_str().to_owned())
                    .await?;
                accounts::link_hero(db, user, Some(*hero_id), &actor).await?;
                user
            }
        };
        let topic = p.specializations.first().copied().unwrap_or("community");
        let card = NetworkCard::parse(
            &format!("A workshop series on {topic}"),
            &format!("{topic}, public speaking, open source"),
            rng.chance(0.6),
            rng.chance(0.5),
        )
        .map_err(|e| anyhow!("demo card: {e:?}"))?;
        network::save_card(db, *hero_id, &card).await?;
        let offer = OfferInput {
            topics: format!("{topic}, careers in tech"),
            specializations: p.specializations.iter().map(|s| (*s).to_owned()).collect(),
            languages: p
                .profile
                .languages
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join(","),
            time_zones: p
                .profile
                .timezone
                .map_or("UTC".to_owned(), |z| z.name().to_owned()),
            formats: vec!["calls".to_owned(), "career".to_owned()],
            capacity: (2 + rng.below(2)).to_string(),
            // One mentor has paused.
            open: mentors.len() != 3,
        }
        .parse()
        .map_err(|e| anyhow!("demo offer: {e:?}"))?;
        mentoring::save_offer(db, *hero_id, &offer).await?;
        mentors.push((*hero_id, user, topic, p));
    }
    report.mentors = mentors.len();
    if mentors.len() < 2 {
        return Ok(report);
    }

    for i in 0..MEMBERS {
        let (mentor_id, _, topic, mentor) = mentors[i % mentors.len()];
        let member = demo
            .create(
                format!("mentee.{i}@members.example.org"),
                format!("Demo Mentee {}", i + 1),
            )
            .await?;
        let language = mentor
            .profile
            .languages
            .first()
            .map_or("en", |l| l.as_str());
        let zone = mentor.profile.timezone.map_or("UTC", |z| z.name());
        let request = MentorRequest::parse(
            &format!("Grow into {topic} and give a first talk about it"),
            topic,
            language,
            zone,
        )
        .map_err(|e| anyhow!("demo request: {e:?}"))?;
        let request_id = mentoring::create_request(db, member, &request).await?;
        report.requests += 1;
        // Every state: 0 open, 1 asked, 2 declined, 3 withdrawn, the rest matched (some
        // with sessions, some ended with both words).
        if i == 0 {
            continue;
        }
        let ask = NewAsk {
            mentor_id,
            reason: format!("writes about {topic}"),
            notice: None,
        };
        mentoring::ask_mentors(db, request_id, member, &[ask])
            .await?
            .map_err(|r| anyhow!("demo ask refused: {r:?}"))?;
        // A paused mentor is never asked.
        let Some(ask_id) = mentoring::asks_of_request(db, request_id)
            .await?
            .first()
            .map(|a| a.id)
        else {
            continue;
        };
        match i {
            1 => {}
            2 => {
                mentoring::answer_ask(db, ask_id, mentor_id, AskStep::Decline, &[])
                    .await?
                    .ok();
            }
            3 => mentoring::withdraw_request(db, request_id, member).await?,
            _ => {
                let Ok(Some(mentorship)) =
                    mentoring::answer_ask(db, ask_id, mentor_id, AskStep::Accept, &[]).await?
                else {
                    continue;
                };
                let started = today;
                for back in 0..(i as u64 % 3) {
                    let session = NewSession::parse(
                        &(today - Days::new(back)).to_string(),
                        "Went through the next step of the plan.",
                        started - Days::new(30),
                        today,
                    )
                    .map_err(|e| anyhow!("demo session: {e:?}"))?;
                    mentoring::log_session(db, mentorship, member, &session)
                        .await?
                        .ok();
                }
                if i % 4 == 0 {
                    let word = |w: &str| heroes_domain::mentoring::ClosingWord::parse("word", w);
                    let thanks = word("Thank you for the patience and the honest feedback.")?;
                    mentoring::end(db, mentorship, Side::Mentee, &thanks, &[])
                        .await?
                        .ok();
                    let back = word("A joy to mentor; keep writing.")?;
                    mentoring::end(db, mentorship, Side::Mentor, &back, &[])
                        .await?
                        .ok();
                }
            }
        }
    }

    for (n, (kind, title, body)) in ASKS.iter().enumerate() {
        let (_, author, _, _) = mentors[n % mentors.len()];
        let ask =
            NewNetworkAsk::parse(kind, title, body).map_err(|e| anyhow!("demo ask: {e:?}"))?;
        let id = network::post_ask(db, author, &ask).await?;
        let (_, answerer, _, _) = mentors[(n + 1) % mentors.len()];
        network::answer(
            db,
            id,
            answerer,
            "Happy to help, let us talk this week.",
            &[],
        )
        .await?;
        if n == 2 {
            network::close(db, id, author).await?;
        }
        report.asks += 1;
    }
    Ok(report)
}
