//! The demo's product feedback and office hours: three product areas owned by two staff
//! members, items in every state (answered, voted for and followed by other heroes), and
//! office-hour slots over the coming two weeks, some booked. Written through the same store
//! calls as the pages.

use super::Person;
use anyhow::anyhow;
use chrono::{Duration, Utc};
use heroes_domain::account::Role;
use heroes_domain::feedback::{FeedbackForm, NewFeedback, NewProductArea, Transition};
use heroes_domain::office_hours::{NewSlot, SlotForm};
use heroes_domain::slug::Slug;
use heroes_domain::text::{Line, LongText};
use heroes_store::accounts::{self, Actor};
use heroes_store::feedback::{self, Change, Voice};
use heroes_store::{Db, office_hours, product_areas};

const AREAS: [(&str, &str, &str); 3] = [
    (
        "functions",
        "Functions",
        "Serverless functions: runtimes, cold starts, limits and tooling.",
    ),
    (
        "data-pipelines",
        "Data pipelines",
        "Streaming, batch jobs and the connectors between them.",
    ),
    (
        "developer-tools",
        "Developer tools",
        "The CLI, SDKs, IDE plug-ins and the documentation site.",
    ),
];

/// (title, kind, body, the steps staff take, the closing note).
const ITEMS: [(&str, &str, &str, &[Transition], &str); 8] = [
    (
        "Cold starts double with the 2.3 runtime",
        "bug",
        "Since the upgrade every cold start of a 512 MB function takes about **2 s** instead of 1 s.",
        &[],
        "",
    ),
    (
        "Document the retry behaviour of stream consumers",
        "documentation",
        "The docs do not say how often a failing batch is retried, or what happens after.",
        &[Transition::Acknowledge],
        "",
    ),
    (
        "Let the CLI read profiles from the environment",
        "feature-request",
        "In CI we cannot write a config file; an environment variable per profile would do.",
        &[Transition::Acknowledge, Transition::Plan],
        "",
    ),
    (
        "Schema registry for pipeline connectors",
        "feature-request",
        "Every team builds its own; a shared registry would stop a whole class of outages.",
        &[Transition::Acknowledge, Transition::Start],
        "",
    ),
    (
        "Timeouts over 15 minutes for batch functions",
        "feature-request",
        "Month-end jobs run for 20 minutes; we split them by hand today.",
        &[Transition::Acknowledge, Transition::Plan, Transition::Ship],
        "Shipped in runtime 2.4: batch functions may now run for up to 60 minutes.",
    ),
    (
        "A GUI builder for pipelines",
        "other",
        "Drag and drop would bring analysts in.",
        &[Transition::Acknowledge, Transition::Decline],
        "Not now: the team focuses on the API and infrastructure as code this year.",
    ),
    (
        "First call after deploy is slow",
        "bug",
        "The first invocation after each deploy takes seconds.",
        &[Transition::MarkDuplicate],
        "The same root cause as the cold-start item; follow that one.",
    ),
    (
        "SDK examples use a deprecated client",
        "documentation",
        "Half of the Python examples still construct the old client.",
        &[Transition::Acknowledge, Transition::Ship],
        "Fixed: every example now uses the current client.",
    ),
];

/// Adds the feedback and office hours to a demo program (once: nothing when product areas
/// exist). `heroes` are the hero ids in the order of `people`.
pub(super) async fn generate(
    db: &Db,
    people: &[Person],
    heroes: &[i64],
    demo: &super::accounts::DemoAccounts<'_>,
) -> anyhow::Result<usize> {
    if !product_areas::list(db).await?.is_empty() {
        return Ok(0);
    }
    let cli = super::accounts::actor();
    let mut staff = Vec::new();
    for (n, name) in ["Priya Raman", "Tomás Ortega"].into_iter().enumerate() {
        let email = format!("product.{n}@team.example.org");
        let id = demo.create(email.clone(), name.to_owned()).await?;
        accounts::grant(db, id, Role::Staff, &cli).await?;
        staff.push((
            id,
            Actor {
                user_id: Some(id),
                label: email,
                address: String::new(),
            },
        ));
    }
    let mut areas = Vec::new();
    for (i, (slug, name, description)) in AREAS.into_iter().enumerate() {
        let new = NewProductArea {
            slug: Slug::parse("slug", slug).map_err(|e| anyhow!("{e}"))?,
            name: Line::parse("name", name).map_err(|e| anyhow!("{e}"))?,
            description: LongText::parse("description", description).map_err(|e| anyhow!("{e}"))?,
        };
        let owner = staff[i % staff.len()].1.label.clone();
        areas.push(product_areas::create(db, &new, &[owner], &cli).await?);
    }

    // Accounts for a few active heroes who have none yet (the selection demo links some):
    // they file, vote and follow.
    let mut authors = Vec::new();
    for (i, (person, hero_id)) in people.iter().zip(heroes).enumerate() {
        if authors.len() == 8 {
            break;
        }
        if person.alumni
            || heroes_store::renewal::account_of(db, *hero_id)
                .await?
                .is_some()
        {
            continue;
        }
        let email = format!("{}.{i}@heroes.example.org", person.handle);
        let id = demo
            .create(email, person.profile.display_name.as_str().to_owned())
            .await?;
        accounts::link_hero(db, id, Some(*hero_id), &cli).await?;
        authors.push(id);
    }
    if authors.len() < 2 {
        return Ok(0);
    }

    let now = Utc::now();
    let mut ids = Vec::new();
    for (n, (title, kind, body, steps, note)) in ITEMS.into_iter().enumerate() {
        let author = authors[n % authors.len()];
        let new = NewFeedback::parse(&FeedbackForm {
            title,
            body,
            kind,
            impact: "Several customers I work with hit this every week.",
            links: "",
            shared: n % 3 != 2,
        })
        .map_err(|e| anyhow!("{e:?}"))?;
        let id = feedback::file(db, author, areas[n % areas.len()], &new, |_, _| None).await?;
        feedback::backdate(db, id, now - Duration::days(40 - 4 * n as i64)).await?;
        let (staff_id, actor) = &staff[n % staff.len()];
        for voter in authors.iter().filter(|a| **a != author).take(n % 4) {
            feedback::set_vote(db, id, *voter, true).await?;
            feedback::set_follow(db, id, *voter, true).await?;
        }
        if !steps.is_empty() {
            feedback::write(
                db,
                id,
                *staff_id,
                Voice::Staff,
                "Thanks — we are looking into it.",
                |_| None,
            )
            .await?;
        }
        if n == 3 {
            feedback::write(
                db,
                id,
                *staff_id,
                Voice::StaffNote,
                "Talked to the platform team; this is on their Q3 list.",
                |_| None,
            )
            .await?;
        }
        for (k, step) in steps.iter().enumerate() {
            let last = k + 1 == steps.len();
            let change = Change {
                transition: *step,
                note: if last { note.to_owned() } else { String::new() },
                duplicate_of: (*step == Transition::MarkDuplicate).then(|| ids[0]),
            };
            feedback::change_state(db, id, &change, actor, |_, _| None).await?;
        }
        ids.push(id);
    }

    // Office hours: a slot a day at 16:00 UTC for the coming two weeks, the first two booked.
    for day in 1..=14 {
        let (host, actor) = &staff[day % staff.len()];
        let starts = (now + Duration::days(day as i64))
            .format("%Y-%m-%dT16:00")
            .to_string();
        let new = NewSlot::parse(
            &SlotForm {
                starts: &starts,
                zone: "UTC",
                minutes: "30",
                link: "https://meet.example.org/office-hours",
            },
            now,
        )
        .map_err(|e| anyhow!("{e:?}"))?;
        let slot = office_hours::publish(db, *host, areas[day % areas.len()], &new, actor).await?;
        if day <= 2 {
            office_hours::book(db, slot, authors[day], now).await?;
        }
    }
    Ok(ids.len())
}
