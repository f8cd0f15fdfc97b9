//! The demo's selection pipeline: cycles, nominations merged into candidacies, answers,
//! reviews and decisions, so that a newcomer sees every stage at once.
//!
//! Everything goes through the same store calls the pages use (`nominate`, `steps::step`,
//! `reviews::assign` and `reviews::save`) after the same domain parsing as user input, so the
//! demo holds only what a user could have done. The plan is drawn from the demo's seeded
//! random numbers first and then carried out, so a seed always gives the same pipeline.
//!
//! Only the closed cycle needs a trick: nominations are taken in the cycle open today, so it
//! is opened, filled and decided first, and then moved into last year with `cycles::update`.

use super::{Person, Rng, corpus, person};
use anyhow::{anyhow, bail};
use chrono::{Datelike, Days, NaiveDate};
use heroes_domain::account::Role;
use heroes_domain::hero::HeroStatus;
use heroes_domain::selection::cycle::{CycleInput, NewCycle};
use heroes_domain::selection::nomination::{CandidateProfileInput, NominationInput};
use heroes_domain::selection::rubric::Rubric;
use heroes_domain::slug::Slug;
use heroes_store::Db;
use heroes_store::accounts;
use heroes_store::selection::nominate::{self, Nominator};
use heroes_store::selection::steps::{self, Change};
use heroes_store::selection::{cycles, reviews};
use heroes_store::specializations;
use indicatif::ProgressBar;
use std::collections::BTreeMap;

/// What the selection part of the demo produced.
#[derive(Debug, Clone, Copy, Default)]
pub struct SelectionReport {
    /// Candidacies, in both selection cycles.
    pub candidacies: usize,
    /// Nominations (more than candidacies: some people were nominated by several members).
    pub nominations: usize,
    /// Reviews saved.
    pub reviews: usize,
}

/// Demo reviewers: enough for three per candidacy, spread over the specializations.
const REVIEWERS: usize = 8;
/// The most nominations a demo member makes in a cycle (the cycle's limit).
const LIMIT: usize = 3;
/// Statistics are refreshed this often while the tables grow from empty: PostgreSQL would
/// otherwise keep plans made for empty tables (a nomination's checks scan the whole cycle,
/// and generating 10,000 candidacies slows to 30 nominations a second).
const ANALYZE_EVERY: usize = 2_000;

/// What happens to a candidacy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// The nominee has not answered yet.
    Waiting,
    /// The nominee declined.
    Withdrawn,
    /// Accepted by the nominee; with reviewers, some of whom scored it.
    InReview,
    /// Reviewed, then accepted by the program.
    Accepted,
    /// Reviewed, then declined with feedback.
    Declined,
    /// Reviewed, then deferred to a later cycle.
    Deferred,
}

impl Fate {
    fn answered(self) -> bool {
        self != Fate::Waiting
    }

    fn reviewed(self) -> bool {
        !matches!(self, Fate::Waiting | Fate::Withdrawn)
    }
}

/// The person nominated, as the nominators type them in and as they complete their profile.
struct Nominee {
    name: String,
    email: String,
    /// The address a third nominator knows them by: the candidacy is found by a shared link.
    other_email: String,
    links: Vec<String>,
    profile: CandidateProfileInput,
    /// The hero record the nominee's account speaks for (an existing hero nominated for
    /// another specialization): their contributions become the candidacy's evidence.
    hero_id: Option<i64>,
    handle: String,
    given: String,
    city: String,
}

struct Plan {
    past: bool,
    specialization: usize,
    nominee: Nominee,
    nominators: usize,
    fate: Fate,
    reviews: usize,
    /// How strong the candidate is (1–5): reviewers' scores scatter around it.
    quality: f64,
    conflict: bool,
}

const STATEMENTS: &[&str] = &[
    "{name} has run the {city} user group for years and answers newcomers' questions about {topic} every week, patiently and in depth.",
    "I learned more about {topic} from {name}'s posts than from any course: real examples, honest trade-offs, and code that works.",
    "{name} maintains open-source tooling for {topic} that our team and many others rely on daily, and reviews every contribution kindly.",
    "{name} spoke about {topic} at several conferences this year and mentors first-time speakers in {city}.",
    "Whenever someone in our community is stuck on {topic}, {name} is the one who helps, and writes it up so the next person is not stuck.",
    "{name} organised workshops on {topic} for students in {city} and published every exercise so other groups can run them too.",
];

const SECONDS: &[&str] = &[
    "I second this nomination: {name}'s work on {topic} helped my team ship last quarter.",
    "Adding my voice: {name} turned our {city} meetup into the friendliest place to learn {topic}.",
    "{name} deserves it. Their talk on {topic} is the one I send to everyone new to it.",
];

const COMMENTS: &[&str] = &[
    "Strong, steady body of work; the talks show real depth.",
    "Impressive reach, but most of it is from the last three months.",
    "Great community leader locally; less visible beyond the city so far.",
    "The open-source work alone would justify it.",
    "Good content, though much of it restates the documentation.",
    "Mentoring record stands out. Would like to see more writing.",
    "",
];

fn fill(template: &str, nominee: &Nominee, topic: &str) -> String {
    template
        .replace("{name}", &nominee.given)
        .replace("{city}", &nominee.city)
        .replace("{topic}", topic)
}

fn profile_input(p: &Person) -> CandidateProfileInput {
    CandidateProfileInput {
        display_name: p.profile.display_name.as_str().to_owned(),
        headline: p.profile.headline.as_str().to_owned(),
        company: p.profile.company.as_str().to_owned(),
        city: p.profile.city.as_str().to_owned(),
        country: p.profile.country.as_str().to_owned(),
        bio: p.profile.bio.as_str().to_owned(),
        // No feed: the demo fetches nothing.
        feed: String::new(),
    }
}

/// Adds the selection pipeline: a closed cycle of last year, the cycle open today with
/// `candidacies` candidacies in all (a few of them in the closed cycle), an upcoming renewal
/// cycle, and the demo members, nominees and reviewers they need. Does nothing when the
/// database already has cycles.
pub(super) async fn generate(
    db: &Db,
    rng: &mut Rng,
    people: &[Person],
    heroes: &[(i64, Slug)],
    candidacies: usize,
    today: NaiveDate,
    bar: &ProgressBar,
) -> anyhow::Result<SelectionReport> {
    if candidacies == 0 || !cycles::list(db).await?.is_empty() {
        return Ok(SelectionReport::default());
    }
    let specs = specializations::list(db, false).await?;
    if specs.is_empty() {
        return Ok(SelectionReport::default());
    }
    let plans = plan(rng, people, heroes, &specs, candidacies, today);
    let nominations = |past: bool| -> usize {
        plans
            .iter()
            .filter(|p| p.past == past)
            .map(|p| p.nominators)
            .sum()
    };
    let members = nominations(true)
        .max(nominations(false))
        .div_ceil(LIMIT)
        .max(LIMIT);
    let steps_planned: usize = plans
        .iter()
        .map(|p| {
            usize::from(p.fate.answered())
                + p.reviews
                + usize::from(matches!(
                    p.fate,
                    Fate::Accepted | Fate::Declined | Fate::Deferred
                ))
        })
        .sum();
    let nominee_accounts = plans.iter().filter(|p| p.fate.answered()).count();
    bar.inc_length(
        (members
            + REVIEWERS
            + nominee_accounts
            + nominations(true)
            + nominations(false)
            + steps_planned) as u64,
    );

    let actor = super::accounts::actor();
    let demo = super::accounts::DemoAccounts::new(db).await?;

    bar.set_message("demo members");
    let mut nominators = Vec::with_capacity(members);
    for i in 0..members {
        let p = person(rng, 10_000 + i, today);
        let email = format!("{}.{i}@members.example.org", p.handle);
        let id = demo
            .create(email.clone(), p.profile.display_name.as_str().to_owned())
            .await?;
        nominators.push(Nominator { user_id: id, email });
        bar.inc(1);
    }
    let mut reviewers = Vec::with_capacity(REVIEWERS);
    for i in 0..REVIEWERS {
        let p = person(rng, 20_000 + i, today);
        let email = format!("{}.{i}@team.example.org", p.handle);
        let id = demo
            .create(email, p.profile.display_name.as_str().to_owned())
            .await?;
        accounts::grant(db, id, Role::Reviewer, &actor).await?;
        reviewers.push(id);
        bar.inc(1);
    }
    let mut nominee_users = vec![None; plans.len()];
    for (k, plan) in plans.iter().enumerate() {
        if !plan.fate.answered() {
            continue;
        }
        let id = demo
            .create(plan.nominee.email.clone(), plan.nominee.name.clone())
            .await?;
        if let Some(hero_id) = plan.nominee.hero_id {
            accounts::link_hero(db, id, Some(hero_id), &actor).await?;
        }
        nominee_users[k] = Some(id);
        bar.inc(1);
    }

    db.analyze().await?;
    let rubric = Rubric::standard();
    let year = today.year();
    let mut report = SelectionReport::default();
    let open_window = (today - Days::new(14), today + Days::new(30));
    for past in [true, false] {
        let name = if past {
            format!("{} selection", year - 1)
        } else {
            format!("{year} selection")
        };
        let cycle = cycle_input(&name, &specs, &rubric, open_window)?;
        let cycle_id = cycles::create(db, &cycle, &actor)
            .await?
            .map_err(|o| anyhow!("demo cycle overlaps {o:?}"))?;
        let mine: Vec<usize> = (0..plans.len())
            .filter(|&k| plans[k].past == past)
            .collect();
        let decided_on = if past { today - Days::new(340) } else { today };

        bar.set_message("nominations");
        let mut ids = vec![0; plans.len()];
        let mut slot = 0;
        for &k in &mine {
            let plan = &plans[k];
            let spec = &specs[plan.specialization];
            let topic = *rng.pick(corpus::topics(&spec.slug));
            for n in 0..plan.nominators {
                let nominator = &nominators[slot % nominators.len()];
                slot += 1;
                let input = NominationInput {
                    specialization: spec.slug.clone(),
                    // A second nominator knows the same address; a third another one, and
                    // the candidacy is found by the profile link they share.
                    nominee_email: if n == 2 {
                        plan.nominee.other_email.clone()
                    } else {
                        plan.nominee.email.clone()
                    },
                    nominee_name: plan.nominee.name.clone(),
                    nominee_links: if n == 0 {
                        plan.nominee.links.join("\n")
                    } else {
                        plan.nominee.links[..1].join("\n")
                    },
                    statement: fill(
                        if n == 0 {
                            rng.pick::<&str>(STATEMENTS)
                        } else {
                            rng.pick::<&str>(SECONDS)
                        },
                        &plan.nominee,
                        topic,
                    ),
                    evidence: evidence(rng, &plan.nominee, topic),
                };
                let nomination = input.parse(&nominator.email).map_err(|errors| {
                    anyhow!("demo nomination {input:?} does not parse: {errors:?}")
                })?;
                let made = nominate::nominate(db, nominator, &nomination, today, |_| vec![])
                    .await?
                    .map_err(|refusal| anyhow!("demo nomination refused: {refusal}"))?;
                if n == 0 {
                    if !made.new_candidacy {
                        bail!("demo nominee {} merged with another", plan.nominee.email);
                    }
                    ids[k] = made.candidacy_id;
                } else if made.candidacy_id != ids[k] {
                    bail!(
                        "a second nomination of {} was not merged",
                        plan.nominee.email
                    );
                }
                report.nominations += 1;
                bar.inc(1);
                if report.nominations % ANALYZE_EVERY == 0 {
                    db.analyze().await?;
                }
            }
            report.candidacies += 1;
        }
        db.analyze().await?;

        bar.set_message("answers");
        for &k in &mine {
            let (plan, Some(user_id)) = (&plans[k], nominee_users[k]) else {
                continue;
            };
            let change = if plan.fate == Fate::Withdrawn {
                Change::NomineeDeclines { user_id }
            } else {
                let profile = plan.nominee.profile.parse().map_err(|errors| {
                    anyhow!("demo candidate profile does not parse: {errors:?}")
                })?;
                Change::NomineeAccepts {
                    user_id,
                    profile,
                    today,
                }
            };
            step(db, ids[k], &change).await?;
            // What the feed job would have found in a candidate's feed: the review file's
            // "contributions of the last 12 months", more of them for stronger candidates.
            // (A nominee who already is a hero brings their own contributions.)
            if plan.fate != Fate::Withdrawn && plan.nominee.hero_id.is_none() {
                let items = feed_items(rng, plan, &specs[plan.specialization].slug, today);
                heroes_store::selection::attach_found(db, ids[k], &items, today).await?;
            }
            bar.inc(1);
        }

        bar.set_message("reviews");
        // Three reviewers per candidacy in review, the same three for a specialization,
        // assigned in one call per reviewer (as the queue's bulk assignment does).
        let mut assigned: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
        for &k in &mine {
            if plans[k].fate.reviewed() {
                for r in panel(&plans[k], &reviewers) {
                    assigned.entry(r).or_default().push(ids[k]);
                }
            }
        }
        for (reviewer, candidacies) in &assigned {
            reviews::assign(db, candidacies, *reviewer, &actor, |_| vec![]).await?;
        }
        for &k in &mine {
            let plan = &plans[k];
            if !plan.fate.reviewed() {
                continue;
            }
            let panel = panel(plan, &reviewers);
            for &reviewer in &panel[..plan.reviews] {
                let scores = scores(rng, &rubric, plan.quality);
                reviews::save(
                    db,
                    ids[k],
                    reviewer,
                    &rubric,
                    &scores,
                    rng.pick::<&str>(COMMENTS),
                )
                .await?
                .map_err(|refusal| anyhow!("demo review refused: {refusal}"))?;
                report.reviews += 1;
                bar.inc(1);
            }
            if plan.conflict {
                reviews::declare_conflict(
                    db,
                    ids[k],
                    panel[2],
                    "I work with the nominee.",
                    &rubric,
                    &actor,
                )
                .await?
                .map_err(|refusal| anyhow!("demo conflict refused: {refusal}"))?;
            }
        }

        bar.set_message("decisions");
        for &k in &mine {
            let plan = &plans[k];
            let spec = &specs[plan.specialization].name;
            let change = match plan.fate {
                Fate::Accepted => Change::Accept {
                    feedback: String::new(),
                    announce_on: decided_on + Days::new(60),
                },
                Fate::Declined => Change::Decline {
                    feedback: format!(
                        "Thank you for your work for the {spec} community. The panel would \
                         like to see another year of steady, in-depth contributions."
                    ),
                    renominate_after: decided_on + Days::new(365),
                },
                Fate::Deferred => Change::Defer {
                    feedback: "A strong candidacy; the panel will take it up again in the next \
                               cycle."
                        .to_owned(),
                },
                _ => continue,
            };
            step(db, ids[k], &change).await?;
            bar.inc(1);
        }

        if past {
            let closed = cycle_input(
                &name,
                &specs,
                &rubric,
                (today - Days::new(380), today - Days::new(350)),
            )?;
            cycles::update(db, cycle_id, &closed, &actor)
                .await?
                .map_err(|o| anyhow!("demo cycle overlaps {o:?}"))?;
        }
    }

    let renewal = CycleInput {
        kind: "renewal".to_owned(),
        name: format!("{year} renewal"),
        opens_on: (today + Days::new(45)).to_string(),
        closes_on: (today + Days::new(75)).to_string(),
        ..CycleInput::default()
    }
    .parse()
    .map_err(|errors| anyhow!("demo renewal cycle does not parse: {errors:?}"))?;
    cycles::create(db, &renewal, &actor)
        .await?
        .map_err(|o| anyhow!("demo renewal cycle overlaps {o:?}"))?;
    Ok(report)
}

async fn step(db: &Db, id: i64, change: &Change) -> anyhow::Result<()> {
    steps::step(db, id, change, &super::accounts::actor(), |_, _| vec![])
        .await?
        .map_err(|refusal| {
            let transition = change.transition();
            anyhow!("demo step {transition:?} of candidacy #{id} refused: {refusal}")
        })?;
    Ok(())
}

fn cycle_input(
    name: &str,
    specs: &[specializations::Specialization],
    rubric: &Rubric,
    (opens, closes): (NaiveDate, NaiveDate),
) -> anyhow::Result<NewCycle> {
    CycleInput {
        kind: "selection".to_owned(),
        name: name.to_owned(),
        opens_on: opens.to_string(),
        closes_on: closes.to_string(),
        specializations: specs.iter().map(|s| s.slug.clone()).collect(),
        rubric: rubric.rows(),
        nomination_limit: LIMIT.to_string(),
        blind: false,
    }
    .parse()
    .map_err(|errors| anyhow!("demo cycle does not parse: {errors:?}"))
}

/// The three reviewers of a candidacy's specialization.
fn panel(plan: &Plan, reviewers: &[i64]) -> [i64; 3] {
    let at = |j: usize| reviewers[(plan.specialization * 3 + j) % reviewers.len()];
    [at(0), at(1), at(2)]
}

/// One reviewer's scores: around the candidate's quality, with the reviewer's own leaning
/// and now and then a strong disagreement, so the queue has spreads to sort by.
fn scores(
    rng: &mut Rng,
    rubric: &Rubric,
    quality: f64,
) -> heroes_domain::selection::rubric::Scores {
    let lean = if rng.chance(0.1) {
        if rng.chance(0.5) { -1.8 } else { 1.8 }
    } else {
        (rng.unit() - 0.5) * 1.2
    };
    let values = rubric
        .criteria()
        .iter()
        .map(|_| (quality + lean + rng.unit() - 0.5).round().clamp(1.0, 5.0) as u8)
        .collect();
    rubric
        .stored_scores(values)
        .expect("scores from 1 to 5, one per criterion")
}

/// Posts, videos and talks of a candidate's last year, as their feed would list them.
fn feed_items(
    rng: &mut Rng,
    plan: &Plan,
    specialization: &str,
    today: NaiveDate,
) -> Vec<heroes_store::capture::Found> {
    let count = (plan.quality * 3.0).round() as u64 + rng.below(4);
    let handle = &plan.nominee.handle;
    (0..count)
        .map(|n| {
            let topic = *rng.pick(corpus::topics(specialization));
            let title = rng
                .pick(corpus::title_templates(specialization))
                .replace("{topic}", topic)
                .replace("{n}", &(3 + rng.below(8)).to_string());
            let kind = *rng.pick(&["blog-post", "blog-post", "video", "talk"]);
            let url = format!("https://{handle}.dev/{kind}/{n}");
            heroes_store::capture::Found {
                canonical: url.clone(),
                url,
                kind: kind.to_owned(),
                title,
                published_on: today - Days::new(1 + rng.below(360)),
                description: String::new(),
                stars: None,
                canonical_link: None,
            }
        })
        .collect()
}

fn evidence(rng: &mut Rng, nominee: &Nominee, topic: &str) -> String {
    let fallback = Slug::parse("slug", "post").expect("valid literal");
    let topic = Slug::from_name(topic, &fallback);
    let handle = &nominee.handle;
    let mut urls = vec![format!("https://{handle}.dev/posts/{topic}")];
    if rng.chance(0.6) {
        urls.push(format!("https://www.youtube.com/@{handle}"));
    }
    if rng.chance(0.4) {
        urls.push(format!("https://github.com/{handle}/{topic}"));
    }
    urls.join("\n")
}

/// Draws every candidacy: cycle, specialization, nominee, how many nominated them and what
/// becomes of it.
fn plan(
    rng: &mut Rng,
    people: &[Person],
    heroes: &[(i64, Slug)],
    specs: &[specializations::Specialization],
    candidacies: usize,
    today: NaiveDate,
) -> Vec<Plan> {
    let past = (candidacies / 10).min(40);
    // Active heroes, in a fixed order, for "a hero nominated for another specialization".
    let mut heroes_left = people
        .iter()
        .zip(heroes)
        .filter(|(p, _)| p.profile.status == HeroStatus::Active)
        .collect::<Vec<_>>()
        .into_iter();
    (0..candidacies)
        .map(|k| {
            let in_past = k < past;
            let mut specialization = rng.below(specs.len() as u64) as usize;
            let hero = if k % 8 == 5 { heroes_left.next() } else { None };
            let nominee = match hero {
                Some((p, (hero_id, slug))) => {
                    // Nominated for a specialization they do not hold yet.
                    while p
                        .specializations
                        .contains(&specs[specialization].slug.as_str())
                        && specs.len() > 1
                    {
                        specialization = (specialization + 1) % specs.len();
                    }
                    let handle = slug.as_str().replace('-', "");
                    Nominee {
                        name: p.profile.display_name.as_str().to_owned(),
                        email: format!("{}@heroes.example.org", slug.as_str()),
                        other_email: format!("{handle}@mail.example.com"),
                        links: vec![
                            format!("https://{}.dev/", slug.as_str()),
                            format!("https://github.com/{handle}"),
                        ],
                        profile: profile_input(p),
                        hero_id: Some(*hero_id),
                        handle,
                        given: p.given.to_owned(),
                        city: p.place.city.to_owned(),
                    }
                }
                None => {
                    let p = person(rng, people.len() + PLACES_SKIP + k, today);
                    let handle = format!("{}{k}", p.handle);
                    Nominee {
                        name: p.profile.display_name.as_str().to_owned(),
                        email: format!("{}.{k}@example.net", p.handle),
                        other_email: format!("{handle}@mail.example.com"),
                        links: vec![
                            format!("https://github.com/{handle}"),
                            format!("https://{handle}.dev/"),
                        ],
                        profile: profile_input(&p),
                        hero_id: None,
                        handle,
                        given: p.given.to_owned(),
                        city: p.place.city.to_owned(),
                    }
                }
            };
            let x = rng.unit();
            let fate = if in_past {
                match x {
                    x if x < 0.1 => Fate::Withdrawn,
                    x if x < 0.4 => Fate::Accepted,
                    x if x < 0.85 => Fate::Declined,
                    _ => Fate::Deferred,
                }
            } else {
                match x {
                    x if x < 0.22 => Fate::Waiting,
                    x if x < 0.27 => Fate::Withdrawn,
                    x if x < 0.85 => Fate::InReview,
                    x if x < 0.92 => Fate::Accepted,
                    x if x < 0.97 => Fate::Declined,
                    _ => Fate::Deferred,
                }
            };
            let quality = match fate {
                Fate::Accepted => 3.8 + rng.unit(),
                Fate::Declined => 1.3 + 1.4 * rng.unit(),
                Fate::Deferred => 2.8 + rng.unit(),
                _ => 1.5 + 3.4 * rng.unit(),
            };
            let reviews = match fate {
                Fate::InReview => rng.below(4) as usize,
                Fate::Accepted | Fate::Declined | Fate::Deferred => 2 + rng.below(2) as usize,
                Fate::Waiting | Fate::Withdrawn => 0,
            };
            Plan {
                past: in_past,
                specialization,
                nominee,
                nominators: match k % 10 {
                    3 => 3,
                    1 | 6 => 2,
                    _ => 1,
                },
                fate,
                reviews,
                quality,
                conflict: reviews < 3 && fate.reviewed() && rng.chance(0.04),
            }
        })
        .collect()
}

/// Nominees are drawn past the indexes that visit every place once (see `person`).
const PLACES_SKIP: usize = 1_000;
