//! The demo's briefings: two NDA versions (some heroes accepted only the older, so they are
//! asked again), a program manager who runs briefings, past briefings with attendance and a
//! recording, and coming ones with RSVPs, one of them full with a waitlist.
//!
//! Like the rest of the demo it goes through the domain's parsing and the store calls the
//! pages use, and it draws nothing from the seeded random numbers: the heroes it picks are
//! the first active ones of each specialization, so the rest of the program is unchanged.

use super::Person;
use anyhow::{Context, anyhow};
use chrono::{Duration, NaiveDate, Utc};
use heroes_domain::account::Role;
use heroes_domain::briefings::{BriefingInput, NewNdaVersion};
use heroes_domain::slug::Slug;
use heroes_store::Db;
use heroes_store::accounts::{self, Actor};
use heroes_store::briefings;

/// Briefings (title, audience specialization or none for all heroes, days from today,
/// capacity, recording).
const PLAN: [(&str, Option<&str>, i64, &str, bool); 5] = [
    (
        "Serverless: the year in review",
        Some("serverless"),
        -40,
        "30",
        true,
    ),
    (
        "Data platform roadmap, first half",
        Some("data"),
        -12,
        "25",
        false,
    ),
    (
        "Serverless cold starts: what changes next",
        Some("serverless"),
        9,
        "4",
        false,
    ),
    (
        "Data: the new streaming engine",
        Some("data"),
        16,
        "20",
        false,
    ),
    ("Program update for every hero", None, 23, "200", false),
];

/// Adds the briefings to a program whose heroes are `people`, stored as `created`.
pub async fn generate(
    db: &Db,
    people: &[Person],
    created: &[(i64, Slug)],
    today: NaiveDate,
) -> anyhow::Result<usize> {
    let actor = super::accounts::actor();
    let demo = super::accounts::DemoAccounts::new(db).await?;

    let manager = demo
        .create(
            "briefings@team.example.org".to_owned(),
            "Program Briefings".to_owned(),
        )
        .await?;
    accounts::grant(db, manager, Role::Staff, &actor).await?;
    let runner = Actor {
        user_id: Some(manager),
        label: "briefings@team.example.org".to_owned(),
        address: String::new(),
    };
    let old = briefings::current_nda(db, today)
        .await?
        .context("the seeded NDA version")?;
    let new = NewNdaVersion::parse(
        &format!("{}-2", today.format("%Y")),
        "**Confidential.** What you learn in a briefing stays with you until the product team \
         makes it public. Do not share slides, recordings or dates.\n\n\
         - You may say that you attend briefings.\n- You may not forward the join link.",
        &(today - Duration::days(30)).to_string(),
    )
    .map_err(|e| anyhow!("demo NDA: {e:?}"))?;
    briefings::publish_nda(db, &new, &actor).await?;
    let current = briefings::current_nda(db, today)
        .await?
        .context("the demo NDA version")?;

    // Six active heroes each of Serverless and Data get accounts; the last of each accepted
    // only the older NDA.
    let mut audience: Vec<(i64, &str)> = Vec::new();
    for spec in ["serverless", "data"] {
        let chosen = people
            .iter()
            .zip(created)
            .filter(|(p, _)| !p.alumni && p.specializations.first() == Some(&spec))
            .take(6);
        for (n, (p, (hero_id, _))) in chosen.enumerate() {
            // A hero nominated again in the selection demo already has an account.
            let id = match heroes_store::renewal::account_of(db, *hero_id).await? {
                Some(a) => a.user_id,
                None => {
                    let id = demo
                        .create(
                            format!("{}@heroes.example.org", p.handle),
                            p.profile.display_name.as_str().to_owned(),
                        )
                        .await?;
                    accounts::link_hero(db, id, Some(*hero_id), &actor).await?;
                    id
                }
            };
            let version = if n == 5 { &old } else { &current };
            briefings::accept_nda(db, id, version, &actor).await?;
            if n < 5 {
                audience.push((id, spec));
            }
        }
    }

    let mut made = 0;
    for (title, spec, days, capacity, recorded) in PLAN {
        let starts = (Utc::now() + Duration::days(days))
            .format("%Y-%m-%dT15:00")
            .to_string();
        let input = BriefingInput {
            title: title.to_owned(),
            summary: format!("{title}: what the product team plans, and time for your questions."),
            audience: if spec.is_some() { "specializations" } else { "all-heroes" }.to_owned(),
            specializations: spec.map(|s| vec![s.to_owned()]).unwrap_or_default(),
            heroes: String::new(),
            nda_version: current.id.to_string(),
            embargo_until: (today + Duration::days(days + 60)).to_string(),
            starts_at: starts,
            time_zone: "Europe/Berlin".to_owned(),
            minutes: "60".to_owned(),
            join_url: "https://meet.example.com/heroes-briefing".to_owned(),
            venue: String::new(),
            capacity: capacity.to_owned(),
            agenda: "1. What is coming\n2. Demo\n3. Your questions".to_owned(),
            materials: "- [Slides](https://files.example.com/briefing-slides.pdf)\n- [Notes](https://files.example.com/briefing-notes.md)".to_owned(),
            recording_url: if recorded { "https://video.example.com/briefing".to_owned() } else { String::new() },
            // The product areas the feedback demo made (it runs first).
            area: match spec {
                Some("serverless") => "functions",
                Some("data") => "data-pipelines",
                _ => "",
            }
            .to_owned(),
        };
        let new = input
            .parse()
            .map_err(|e| anyhow!("demo briefing {title}: {e:?}"))?;
        let id = briefings::create(db, &new, &runner).await?;
        // Every briefing carries its notes as a file, so the demo shows downloads too.
        let notes = format!("# {title}\n\n- What is coming\n- Demo\n- Your questions\n");
        let file =
            heroes_domain::briefings::NewFile::parse("briefing-notes.md", notes.into_bytes())
                .map_err(|e| anyhow!("demo briefing file: {e:?}"))?;
        briefings::add_file(db, id, &file, &runner).await?;
        for (user, their) in &audience {
            if spec.is_none_or(|s| s == *their) {
                briefings::rsvp(db, id, *user, &actor).await?;
            }
        }
        if days < 0 {
            let going: Vec<i64> = briefings::rsvps(db, id)
                .await?
                .iter()
                .filter(|r| r.state.as_str() == "going")
                .map(|r| r.user_id)
                .skip(1)
                .collect();
            briefings::mark_attendance(db, id, &going, &runner).await?;
        }
        made += 1;
    }
    Ok(made)
}
