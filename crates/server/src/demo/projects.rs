//! The demo's community projects: a few projects started by heroes who have accounts (the
//! network demo gave them one), with members accepted, a request waiting and one declined,
//! and contributions of their members linked to them. Written through the same store calls
//! as the pages.

use anyhow::anyhow;
use heroes_domain::account::Email;
use heroes_domain::projects::{ProjectInput, RequestStep};
use heroes_domain::slug::Slug;
use heroes_store::accounts;
use heroes_store::{Db, contributions, projects};

const PROJECTS: [(&str, &str, &str, &str, &str, &str); 4] = [
    (
        "Serverless patterns in Portuguese",
        "Translating the **serverless pattern catalog** into Portuguese, one pattern a week, with runnable examples.",
        "https://github.com/heroes-demo/serverless-patterns-pt",
        "serverless",
        "Portuguese, technical writing",
        "reviewer, translator",
    ),
    (
        "Container security checklist",
        "A checklist for teams shipping containers: image signing, admission control, runtime policies.",
        "https://github.com/heroes-demo/container-security-checklist",
        "container",
        "Kubernetes, supply-chain security",
        "",
    ),
    (
        "Data workshop kit",
        "Slides, notebooks and a dataset for a one-day data engineering workshop that any user group can run.",
        "https://data-workshop.example.org/",
        "data",
        "",
        "workshop host",
    ),
    (
        "Community speaker handbook",
        "What first-time speakers asked us, answered: proposals, slides, rehearsals, nerves.",
        "",
        "",
        "",
        "",
    ),
];

const STATUSES: [&str; 4] = ["looking-for-help", "active", "paused", "done"];

/// Starts the demo projects among the current heroes of `heroes` that have accounts (hero
/// id, user id), and lets the demo mentees ask to join. Returns how many projects started.
pub(super) async fn generate(db: &Db, heroes: &[i64]) -> anyhow::Result<usize> {
    let mut owners = Vec::new();
    for hero in heroes {
        if owners.len() == 6 {
            break;
        }
        if let Some(a) = heroes_store::renewal::account_of(db, *hero).await? {
            owners.push((*hero, a.user_id));
        }
    }
    if owners.len() < 2 {
        return Ok(0);
    }
    let actor = super::accounts::actor();
    let mut members = Vec::new();
    for i in 0..4 {
        let email = Email::parse("email", &format!("mentee.{i}@members.example.org"))?;
        if let Some(user) = accounts::by_email(db, &email).await? {
            members.push(user.id);
        }
    }
    let mut started = 0;
    for (n, (name, description, url, specialization, skills, roles)) in PROJECTS.iter().enumerate()
    {
        let input = ProjectInput {
            name: (*name).to_owned(),
            description: (*description).to_owned(),
            url: (*url).to_owned(),
            specializations: [specialization]
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| (**s).to_owned())
                .collect(),
            help_skills: (*skills).to_owned(),
            help_roles: (*roles).to_owned(),
            // A project is done once its people worked on it: it starts active.
            status: if STATUSES[n] == "done" {
                "active"
            } else {
                STATUSES[n]
            }
            .to_owned(),
        };
        let project = input
            .parse()
            .map_err(|e| anyhow!("demo project {name}: {e:?}"))?;
        let (owner_hero, owner) = owners[n % owners.len()];
        let (fellow_hero, fellow) = owners[(n + 1) % owners.len()];
        let slug = match projects::start(db, &project, owner, &actor).await {
            Ok(slug) => slug,
            // A specialization this program does not have: the project goes without it.
            Err(heroes_store::StoreError::UnknownReference { .. }) => {
                let mut bare = project.clone();
                bare.specializations.clear();
                projects::start(db, &bare, owner, &actor).await?
            }
            Err(e) => return Err(e.into()),
        };
        let id = projects::get(db, &slug).await?.id;
        started += 1;
        // Another hero joins, and links a work of theirs; the owner links one too.
        let fellow_request = projects::ask_to_join(db, id, fellow, "Happy to help.", &[])
            .await?
            .map_err(|r| anyhow!("demo request refused: {r:?}"))?;
        projects::answer(db, id, fellow_request, owner, RequestStep::Accept, &[])
            .await?
            .map_err(|r| anyhow!("demo answer refused: {r:?}"))?;
        for (hero, user) in [(owner_hero, owner), (fellow_hero, fellow)] {
            let works = contributions::all_of_hero(db, hero).await?;
            if let Some(work) = works.iter().filter(|w| !w.private).nth(n) {
                projects::link_contribution(db, hero, user, work.id, Some(id)).await?;
            }
        }
        if STATUSES[n] == "done" {
            // The handbook is done: it takes no more requests.
            let done = ProjectInput {
                status: STATUSES[n].to_owned(),
                ..input
            }
            .parse()
            .map_err(|e| anyhow!("demo project {name}: {e:?}"))?;
            let mut done = done;
            done.specializations = projects::get(db, &slug)
                .await?
                .specializations
                .iter()
                .filter_map(|s| Slug::parse("specializations", s).ok())
                .collect();
            projects::update(db, id, &done, &actor).await?;
            continue;
        }
        // Members: one accepted, one waiting, one declined.
        for (k, member) in members.iter().enumerate().skip(n % 2).take(3) {
            let asked = projects::ask_to_join(
                db,
                id,
                *member,
                "I would like to help with the next milestone.",
                &[],
            )
            .await?;
            let Ok(request) = asked else { continue };
            match k % 3 {
                0 => {
                    projects::answer(db, id, request, owner, RequestStep::Accept, &[])
                        .await?
                        .ok();
                }
                1 => {}
                _ => {
                    projects::answer(db, id, request, owner, RequestStep::Decline, &[])
                        .await?
                        .ok();
                }
            }
        }
    }
    Ok(started)
}
