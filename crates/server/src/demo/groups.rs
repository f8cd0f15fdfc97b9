//! The demo's user groups and events: a group in a city on every inhabited continent (with
//! the city's coordinates, for the map and distances), each led by a demo member, with past
//! events (speakers who are heroes, the people who came) and coming ones with RSVPs, and a
//! few online sessions of the program itself. Everything goes through the same domain
//! parsing and store calls as the pages.

use super::Rng;
use chrono::{Duration, Utc};
use heroes_domain::events::EventInput;
use heroes_domain::groups::{GroupInput, GroupStatus};
use heroes_domain::slug::Slug;
use heroes_store::Db;
use heroes_store::{events, groups};

/// A demo group: name, city, country, IANA zone, latitude, longitude, specialization.
type GroupSeed = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
    &'static str,
);

/// Groups on all six inhabited continents.
#[rustfmt::skip]
const GROUPS: &[GroupSeed] = &[
    ("Serverless Seattle", "Seattle", "US", "America/Los_Angeles", 47.61, -122.33, "serverless"),
    ("Toronto Containers", "Toronto", "CA", "America/Toronto", 43.65, -79.38, "container"),
    ("Data México", "Mexico City", "MX", "America/Mexico_City", 19.43, -99.13, "data"),
    ("São Paulo Cloud Security", "São Paulo", "BR", "America/Sao_Paulo", -23.55, -46.63, "security"),
    ("Buenos Aires DevTools", "Buenos Aires", "AR", "America/Argentina/Buenos_Aires", -34.60, -58.38, "devtools"),
    ("Berlin Serverless", "Berlin", "DE", "Europe/Berlin", 52.52, 13.40, "serverless"),
    ("London Machine Learning", "London", "GB", "Europe/London", 51.51, -0.13, "machine-learning"),
    ("Madrid Comunidad Cloud", "Madrid", "ES", "Europe/Madrid", 40.42, -3.70, "community"),
    ("Lagos Cloud Builders", "Lagos", "NG", "Africa/Lagos", 6.52, 3.38, "community"),
    ("Nairobi Data", "Nairobi", "KE", "Africa/Nairobi", -1.29, 36.82, "data"),
    ("Cape Town Containers", "Cape Town", "ZA", "Africa/Johannesburg", -33.92, 18.42, "container"),
    ("Bengaluru Serverless", "Bengaluru", "IN", "Asia/Kolkata", 12.97, 77.59, "serverless"),
    ("Tokyo Machine Learning", "Tokyo", "JP", "Asia/Tokyo", 35.68, 139.69, "machine-learning"),
    ("Singapore Security", "Singapore", "SG", "Asia/Singapore", 1.35, 103.82, "security"),
    ("Sydney DevTools", "Sydney", "AU", "Australia/Sydney", -33.87, 151.21, "devtools"),
    ("Auckland Cloud Community", "Auckland", "NZ", "Pacific/Auckland", -36.85, 174.76, "community"),
];

const TOPICS: &[&str] = &[
    "Cold starts, measured",
    "Event-driven design in practice",
    "Containers without the pain",
    "Data pipelines that keep running",
    "Threat modelling for small teams",
    "Shipping ML models safely",
    "The developer loop, faster",
    "Running a community for ten years",
];

/// What was made.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct GroupsReport {
    pub groups: usize,
    pub events: usize,
}

/// Adds the groups and events, unless the database has groups already.
pub(super) async fn generate(
    db: &Db,
    rng: &mut Rng,
    heroes: &[(i64, Slug)],
) -> anyhow::Result<GroupsReport> {
    if heroes.is_empty() || !groups::directory(db, &Default::default()).await?.is_empty() {
        return Ok(GroupsReport::default());
    }
    let actor = super::accounts::actor();
    let demo = super::accounts::DemoAccounts::new(db).await?;
    let mut members = Vec::new();
    for i in 0..48 {
        let id = demo
            .create(
                format!("member{i}@groups.example.org"),
                format!("Member {i}"),
            )
            .await?;
        members.push(id);
    }
    let today = Utc::now().date_naive();
    let now = Utc::now();
    let mut report = GroupsReport::default();
    for (n, (name, city, country, zone, lat, lon, specialization)) in GROUPS.iter().enumerate() {
        let input = GroupInput {
            name: (*name).to_owned(),
            city: (*city).to_owned(),
            country: (*country).to_owned(),
            description: format!(
                "We meet every month in {city} to share what we build. **Everyone is welcome**, \
                 from first-timers to old hands."
            ),
            links: format!("https://groups.example.org/{}", n + 1),
            specializations: vec![(*specialization).to_owned()],
            founded: (today - Duration::days(365 * (2 + n as i64 % 6))).to_string(),
            latitude: lat.to_string(),
            longitude: lon.to_string(),
            ..GroupInput::default()
        };
        let group = input
            .parse(today)
            .map_err(|e| anyhow::anyhow!("demo group {name}: {e:?}"))?;
        let leader = members[n % members.len()];
        let slug = groups::propose(db, &group, Some(leader), GroupStatus::Active, &actor).await?;
        let group_id = groups::get(db, &slug).await?.id;
        let crowd: Vec<i64> = (0..8)
            .map(|k| members[(n * 3 + k * 5 + 1) % members.len()])
            .filter(|m| *m != leader)
            .collect();
        for m in &crowd {
            groups::join(db, group_id, *m).await?;
        }
        // Two past meetups, one coming, and every fourth group a coming workshop too.
        for (days, k) in [(-60i64, 0i64), (-20, 1), (14 + n as i64 % 10, 2), (40, 3)] {
            if k == 3 && n % 4 != 0 {
                continue;
            }
            let day = now + Duration::days(days);
            let speaker = &heroes[rng.below(heroes.len() as u64) as usize].1;
            let talk = *rng.pick(TOPICS);
            let input = EventInput {
                title: format!("{name} #{}", 30 + k),
                description: format!("Talks, questions and pizza. This time: *{talk}*."),
                kind: if k == 3 { "workshop" } else { "meetup" }.to_owned(),
                starts: day.format("%Y-%m-%dT18:30").to_string(),
                ends: day.format("%Y-%m-%dT21:00").to_string(),
                time_zone: (*zone).to_owned(),
                venue: format!("Community hub, {city}"),
                capacity: (20 + rng.below(40)).to_string(),
                speakers: format!("{speaker} | {talk}"),
                ..EventInput::default()
            };
            let event = input
                .parse()
                .map_err(|e| anyhow::anyhow!("demo event of {name}: {e:?}"))?;
            let id = events::create(db, Some(group_id), &event, &actor).await?;
            if days < 0 {
                let came: Vec<i64> = crowd.iter().copied().filter(|_| rng.chance(0.7)).collect();
                events::record_attendance(db, id, &came, event.starts.instant()).await?;
            } else {
                for m in &crowd {
                    if rng.chance(0.5) {
                        let _ = events::rsvp(db, id, *m, now).await?;
                    }
                }
            }
            report.events += 1;
        }
        report.groups += 1;
    }
    // The program's own online sessions.
    for (k, days) in [(1, -30i64), (2, 10), (3, 45)] {
        let day = now + Duration::days(days);
        let speaker = &heroes[rng.below(heroes.len() as u64) as usize].1;
        let talk = *rng.pick(TOPICS);
        let input = EventInput {
            title: format!("Heroes live #{k}: {talk}"),
            description: "An hour with a hero, online, with questions at the end.".to_owned(),
            kind: "online-session".to_owned(),
            starts: day.format("%Y-%m-%dT16:00").to_string(),
            ends: day.format("%Y-%m-%dT17:00").to_string(),
            time_zone: "UTC".to_owned(),
            online_url: format!("https://live.example.org/heroes-{k}"),
            link_for_attendees: true,
            speakers: format!("{speaker} | {talk}"),
            ..EventInput::default()
        };
        let event = input
            .parse()
            .map_err(|e| anyhow::anyhow!("demo session {k}: {e:?}"))?;
        let id = events::create(db, None, &event, &actor).await?;
        let people: Vec<i64> = members
            .iter()
            .copied()
            .filter(|_| rng.chance(0.3))
            .collect();
        if days < 0 {
            events::record_attendance(db, id, &people, event.starts.instant()).await?;
        } else {
            for m in people {
                let _ = events::rsvp(db, id, m, now).await?;
            }
        }
        report.events += 1;
    }
    Ok(report)
}
