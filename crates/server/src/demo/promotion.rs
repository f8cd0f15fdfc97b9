//! The demo's promotion: requests in every state (some in the spotlight now, some scheduled,
//! ended, waiting, declined and withdrawn) and last month's digest, sent, through the same
//! store calls as the pages.

use crate::i18n::I18n;
use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use heroes_domain::calendar::ZonedTime;
use heroes_domain::hero::TimeZone;
use heroes_domain::promotion::{Channel, Channels, NewRequest, Period, Schedule};
use heroes_domain::text::Bounded;
use heroes_store::Db;
use heroes_store::accounts::Actor;
use heroes_store::contributions::{self, StreamQuery};
use heroes_store::promotion::{self, Change};

/// What the demo's requests end as, in order.
#[derive(Clone, Copy)]
enum Fate {
    Live,
    Scheduled,
    Ended,
    Pending,
    Declined,
    Withdrawn,
}

const FATES: [Fate; 14] = [
    Fate::Live,
    Fate::Live,
    Fate::Live,
    Fate::Live,
    Fate::Live,
    Fate::Scheduled,
    Fate::Scheduled,
    Fate::Ended,
    Fate::Ended,
    Fate::Pending,
    Fate::Pending,
    Fate::Pending,
    Fate::Declined,
    Fate::Withdrawn,
];

const NOTES: [&str; 4] = [
    "Ahead of the regional summit; the recording is up.",
    "A talk at the user group, worth a wider audience.",
    "",
    "Newsletter readers asked for a deeper write-up like this one.",
];

fn schedule(
    zone: TimeZone,
    channels: Channels,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> Schedule {
    Schedule {
        channels,
        starts: ZonedTime::from_instant(starts, zone),
        ends: ZonedTime::from_instant(ends, zone),
    }
}

/// Adds the promotion requests and the sent digest; returns how many requests.
pub async fn generate(db: &Db) -> anyhow::Result<usize> {
    let actor = Actor::system("demo");
    let now = Utc::now();
    let today = now.date_naive();
    // Distinct heroes' newest public work, one each.
    let mut seen = std::collections::HashSet::new();
    let works: Vec<_> = contributions::stream(
        db,
        &StreamQuery {
            limit: 200,
            ..StreamQuery::default()
        },
    )
    .await?
    .into_iter()
    .filter(|c| seen.insert(c.hero_id))
    .take(FATES.len())
    .collect();
    let utc = TimeZone::parse("zone", "UTC")?;
    let both: Channels = [Channel::Spotlight, Channel::Digest].into_iter().collect();
    for (i, (work, fate)) in works.iter().zip(FATES).enumerate() {
        let new = NewRequest {
            contribution_id: work.id,
            channels: if i % 3 == 0 {
                Channel::ALL.into_iter().collect()
            } else {
                both
            },
            from: today,
            until: today + Duration::days(7),
            note: Bounded::parse("note", NOTES[i % NOTES.len()])?,
        };
        let id = promotion::request(db, work.hero_id, &new, &actor)
            .await
            .context("a demo promotion request")?;
        let granted: Channels = [Channel::Spotlight, Channel::Digest].into_iter().collect();
        let hours = Duration::hours(i as i64);
        let change = match fate {
            Fate::Pending => continue,
            Fate::Live => Change::Approve(schedule(
                utc,
                granted,
                now - Duration::days(2) - hours,
                now + Duration::days(5) + hours,
            )),
            Fate::Scheduled => Change::Approve(schedule(
                utc,
                granted,
                now + Duration::days(3) + hours,
                now + Duration::days(10),
            )),
            Fate::Ended => Change::Approve(schedule(
                utc,
                granted,
                now - Duration::days(30) - hours,
                now - Duration::days(23),
            )),
            Fate::Declined => Change::Decline(
                "The spotlight is full this month; please ask again for the next one.".into(),
            ),
            Fate::Withdrawn => Change::Withdraw {
                hero_id: work.hero_id,
            },
        };
        promotion::change(
            db,
            id,
            heroes_domain::promotion::State::Pending,
            &change,
            &actor,
            &[],
        )
        .await?
        .map_err(|r| anyhow::anyhow!("demo promotion refused: {r:?}"))?;
    }

    // Last month's digest, with an introduction, sent (the demo has no subscribers, so it
    // goes straight to the archive).
    let i18n = I18n::negotiate(None, None);
    let period = Period::of(today).previous();
    if let Some(id) = crate::promotion::jobs::draft(db, &i18n, period).await? {
        heroes_store::digest::set_intro(
            db,
            id,
            "A month of **cold starts, queues and community meetups**. Thank you to every \
             hero who shared their work.",
            &actor,
        )
        .await?;
        heroes_store::digest::start_sending(db, id, &actor).await?;
        crate::promotion::jobs::send(db, "http://localhost:8080", id, || true).await?;
    }
    Ok(works.len())
}
