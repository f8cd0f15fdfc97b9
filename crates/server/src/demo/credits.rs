//! The demo program's credits: a unit, this year's allotments per specialization with one
//! exception, the grant, a pool of codes, and requests in every state (through the same store
//! calls as the pages). Safe to run twice: grants, imports and requests are keyed.

use chrono::{Datelike, Days, NaiveDate};
use heroes_domain::credits::{Amount, IdempotencyKey, NewRequest, PoolCode, Purpose, Step, Unit};
use heroes_domain::text::Bounded;
use heroes_store::Db;
use heroes_store::accounts::Actor;
use heroes_store::credits;

/// Allotment per specialization slug (the rest get the default).
const ALLOTMENTS: &[(&str, i64)] = &[("machine-learning", 2_500), ("data", 2_000)];
const DEFAULT_ALLOTMENT: i64 = 1_500;

/// The pool: (value, how many).
const POOL: &[(i64, usize)] = &[(250, 120), (100, 200), (50, 200)];

/// Requests of the demo, one per active hero in this order: (purpose, amount, what happens,
/// note). `None` leaves the request waiting.
type DemoRequest = (Purpose, i64, Option<Decision>, &'static str);

#[derive(Clone, Copy)]
enum Decision {
    Approve,
    Part(i64),
    Decline(&'static str),
    Withdraw,
}

const REQUESTS: &[DemoRequest] = &[
    (
        Purpose::Workshop,
        500,
        Some(Decision::Approve),
        "Serverless workshop for 40 students",
    ),
    (
        Purpose::Demo,
        300,
        Some(Decision::Approve),
        "Live demo at the city meetup",
    ),
    (
        Purpose::OpenSource,
        1_000,
        Some(Decision::Part(600)),
        "CI runners for an open-source project",
    ),
    (
        Purpose::Workshop,
        750,
        Some(Decision::Approve),
        "Hands-on lab, two days",
    ),
    (
        Purpose::Other,
        400,
        Some(Decision::Decline("Hardware is not covered by credits.")),
        "A new laptop",
    ),
    (Purpose::Demo, 250, None, "Conference keynote demo"),
    (
        Purpose::OpenSource,
        800,
        None,
        "Hosting the project's documentation",
    ),
    (
        Purpose::Workshop,
        600,
        Some(Decision::Part(450)),
        "Workshop series, three cities",
    ),
    (
        Purpose::Demo,
        150,
        Some(Decision::Withdraw),
        "Demo that was cancelled",
    ),
    (Purpose::Workshop, 350, None, "University guest lecture lab"),
    (
        Purpose::Other,
        900,
        Some(Decision::Decline(
            "Please split this into one request per event.",
        )),
        "Events of the whole year",
    ),
];

/// Generates the demo's credits for `heroes` (ids of active heroes).
pub async fn generate(db: &Db, heroes: &[i64], today: NaiveDate) -> anyhow::Result<()> {
    let actor = Actor::cli();
    let year = today.year();
    credits::set_unit(db, &Unit::parse("unit", "USD of cloud credits")?, &actor).await?;
    for rule in credits::rules(db, year).await? {
        let amount = ALLOTMENTS
            .iter()
            .find(|(slug, _)| *slug == rule.slug)
            .map_or(DEFAULT_ALLOTMENT, |(_, a)| *a);
        credits::set_rule(db, year, &rule.slug, amount, &actor).await?;
    }
    if let Some(first) = heroes.first() {
        let slug: Option<String> = heroes_store::heroes::slug_of(db, *first).await?;
        if let Some(slug) = slug {
            credits::set_exception(db, year, &slug, 5_000, &actor).await?;
        }
    }
    credits::grant_allotments(db, year, &actor).await?;

    let mut pool = Vec::new();
    for (value, count) in POOL {
        for n in 0..*count {
            pool.push(PoolCode {
                code: format!(
                    "DEMO-{value:04}-{n:04}-{:04X}",
                    (n * 7919 + *value as usize) % 65_536
                ),
                value: Amount::new(*value).expect("a positive value"),
                // Some expire soon, for the report.
                expires_on: today + Days::new(if n % 10 == 0 { 20 } else { 300 }),
            });
        }
    }
    credits::import(db, &pool, &actor, |_| {}).await?;

    for (n, (hero, (purpose, amount, decision, note))) in heroes.iter().zip(REQUESTS).enumerate() {
        let new = NewRequest {
            purpose: *purpose,
            amount: Amount::new(*amount).expect("a positive amount"),
            note: Bounded::parse("note", note)?,
            idempotency_key: IdempotencyKey::parse("key", &format!("demo-request-{n:04}"))?,
        };
        let Ok(made) = credits::request(db, *hero, &new, &actor).await? else {
            continue;
        };
        let step = match decision {
            None => continue,
            Some(Decision::Approve) => Step::Approve(new.amount),
            Some(Decision::Part(a)) => Step::Approve(Amount::new(*a).expect("a positive amount")),
            Some(Decision::Decline(reason)) => Step::Decline(Bounded::parse("reason", reason)?),
            Some(Decision::Withdraw) => Step::Withdraw,
        };
        // A second run finds them decided already; that is fine.
        let _ = credits::decide(db, made.id(), None, &step, &actor, &[], today).await?;
    }
    Ok(())
}
