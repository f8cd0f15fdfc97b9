//! The demo program: a realistic, deterministic community of heroes and their work.
//!
//! `heroes serve --demo` fills an empty database with it so that a newcomer sees a living
//! directory at once; `heroes demo --heroes N --contributions M` makes large programs for
//! benchmarks. The same seed always gives the same people and titles; dates are relative to
//! today, so the demo never looks stale. Every generated value goes through the same domain
//! parsing as user input, so the demo cannot hold data a user could not have typed.

mod accounts;
mod briefings;
mod corpus;
mod credits;
mod feedback;
mod groups;
mod network;
pub mod portraits;
mod projects;
mod promotion;
mod selection;
mod speakers;

use crate::cli::progress_bar;
use anyhow::Context;
use chrono::{Datelike, NaiveDate, Utc};
use corpus::{Culture, PLACES, SPECIALIZATIONS};
use heroes_domain::contribution::{ContributionKind, NewContribution, Reach, Tag, Title};
use heroes_domain::hero::{HeroProfile, HeroProfileInput};
use heroes_domain::slug::Slug;
use heroes_domain::text::LongText;
use heroes_domain::web::WebUrl;
use heroes_store::{Db, contributions, heroes, search};
use std::fmt;
use std::time::Instant;

/// How big a demo program to make.
#[derive(Debug, Clone, Copy)]
pub struct DemoSize {
    /// Number of heroes.
    pub heroes: usize,
    /// Number of contributions.
    pub contributions: usize,
    /// Number of candidacies in the selection cycles (0: no selection pipeline).
    pub candidacies: usize,
    /// Random seed.
    pub seed: u64,
}

impl Default for DemoSize {
    /// The program `serve --demo` shows: 320 heroes, 6,000 contributions and 60 candidacies.
    fn default() -> Self {
        Self {
            heroes: 320,
            contributions: 6_000,
            candidacies: 60,
            seed: 2014,
        }
    }
}

/// What a generation run produced.
#[derive(Debug, Clone)]
pub struct DemoReport {
    /// Heroes created.
    pub heroes: usize,
    /// Distinct countries among them.
    pub countries: usize,
    /// Contributions created.
    pub contributions: usize,
    /// Candidacies created in the selection cycles.
    pub candidacies: usize,
    /// Nominations behind them (several members nominated some people).
    pub nominations: usize,
    /// Reviews saved.
    pub reviews: usize,
    /// Wall-clock time.
    pub seconds: f64,
    /// Database size afterwards.
    pub database_bytes: i64,
}

impl fmt::Display for DemoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Generated {} heroes in {} countries, {} contributions and {} candidacies ({} nominations, {} reviews) in {:.1} s; the database now takes {:.1} MB.",
            self.heroes,
            self.countries,
            self.contributions,
            self.candidacies,
            self.nominations,
            self.reviews,
            self.seconds,
            self.database_bytes as f64 / 1_048_576.0
        )
    }
}

/// Fills the database with the demo program, portraits served under `base_url` included,
/// unless it already has heroes.
pub async fn fill_if_empty(db: &Db, size: DemoSize, base_url: &str) -> anyhow::Result<()> {
    let existing: i64 = heroes::count_by_status(db)
        .await?
        .iter()
        .map(|(_, n)| n)
        .sum();
    if existing > 0 {
        tracing::info!(
            heroes = existing,
            "database already has heroes; demo data not added"
        );
        return Ok(());
    }
    let report = generate(db, size, false).await?;
    portraits::generate(db, size.seed, base_url).await?;
    tracing::info!(
        heroes = report.heroes,
        contributions = report.contributions,
        seconds = report.seconds,
        "demo program generated"
    );
    Ok(())
}

/// Rows generated and written per batch: bounds memory for million-row programs.
const CONTRIBUTION_BATCH: usize = 20_000;

/// Generates a program of `size` into `db`, with a progress bar on a terminal when
/// `progress` is set.
pub async fn generate(db: &Db, size: DemoSize, progress: bool) -> anyhow::Result<DemoReport> {
    let started = Instant::now();
    let bar = progress_bar(progress, (size.heroes + size.contributions) as u64);
    let today = Utc::now().date_naive();
    let mut rng = Rng::new(size.seed);

    bar.set_message("heroes");
    let people: Vec<Person> = (0..size.heroes)
        .map(|i| person(&mut rng, i, today))
        .collect();
    let mut countries: Vec<&str> = people.iter().map(|p| p.place.country).collect();
    countries.sort_unstable();
    countries.dedup();
    let mut created = Vec::with_capacity(people.len());
    for chunk in people.chunks(2_000) {
        let batch: Vec<(Option<Slug>, HeroProfile)> = chunk
            .iter()
            .map(|p| (Some(p.slug.clone()), p.profile.clone()))
            .collect();
        created.extend(heroes::create_many(db, &batch, Utc::now()).await?);
        bar.inc(chunk.len() as u64);
    }

    bar.set_message("contributions");
    let weights = contribution_weights(&mut rng, &people);
    let mut made = 0;
    while made < size.contributions {
        let n = CONTRIBUTION_BATCH.min(size.contributions - made);
        let batch: Vec<(i64, NewContribution)> = (made..made + n)
            .map(|seq| {
                let who = weights.pick(&mut rng);
                (
                    created[who].0,
                    contribution(&mut rng, &people[who], seq, today),
                )
            })
            .collect();
        contributions::add_many(db, &batch, Utc::now())
            .await
            .context("writing demo contributions")?;
        made += n;
        bar.inc(n as u64);
    }

    let selection = selection::generate(
        db,
        &mut rng,
        &people,
        &created,
        size.candidacies,
        today,
        &bar,
    )
    .await
    .context("generating the demo selection pipeline")?;

    bar.set_message("promotion");
    promotion::generate(db)
        .await
        .context("generating the demo promotion and digest")?;
    bar.set_message("product feedback");
    let demo = accounts::DemoAccounts::new(db).await?;
    let hero_ids: Vec<i64> = created.iter().map(|c| c.0).collect();
    feedback::generate(db, &people, &hero_ids, &demo)
        .await
        .context("generating the demo product feedback")?;
    let active: Vec<i64> = people
        .iter()
        .zip(&created)
        .filter(|(p, _)| !p.alumni)
        .map(|(_, c)| c.0)
        .collect();
    credits::generate(db, &active, today)
        .await
        .context("generating the demo credits")?;
    bar.set_message("groups and events");
    groups::generate(db, &mut rng, &created)
        .await
        .context("generating the demo groups and events")?;
    bar.set_message("speaking settings");
    let speaking = speakers::generate(db, size.seed, &people, &hero_ids)
        .await
        .context("generating the demo speaking settings")?;
    tracing::debug!(speaking, "demo speaking settings generated");
    bar.set_message("briefings");
    // A program small enough to have no Serverless or Data heroes gets no briefings.
    if created.len() >= 50 {
        briefings::generate(db, &people, &created, today)
            .await
            .context("generating the demo briefings")?;
    }
    bar.set_message("network");
    let network = network::generate(db, &mut rng, &people, &created, today)
        .await
        .context("generating the demo network and mentoring")?;
    tracing::debug!(
        mentors = network.mentors,
        requests = network.requests,
        asks = network.asks,
        "demo network generated"
    );
    bar.set_message("projects");
    let projects = projects::generate(db, &active)
        .await
        .context("generating the demo community projects")?;
    tracing::debug!(projects, "demo projects generated");

    bar.set_message("search index");
    search::rebuild_all(db).await?;
    db.analyze().await?;
    bar.finish_and_clear();
    Ok(DemoReport {
        heroes: created.len(),
        countries: countries.len(),
        contributions: made,
        candidacies: selection.candidacies,
        nominations: selection.nominations,
        reviews: selection.reviews,
        seconds: started.elapsed().as_secs_f64(),
        database_bytes: db.size_bytes().await?,
    })
}

/// A generated hero before storage.
struct Person {
    slug: Slug,
    given: &'static str,
    handle: String,
    place: &'static corpus::Place,
    specializations: Vec<&'static str>,
    alumni: bool,
    profile: HeroProfile,
}

fn person(rng: &mut Rng, index: usize, today: NaiveDate) -> Person {
    // The first heroes visit every place once, so even small programs cover every continent.
    let place = if index < PLACES.len() {
        &PLACES[index]
    } else {
        rng.pick(PLACES)
    };
    let culture = place.culture;
    let (given_display, given_latin) = *rng.pick(corpus::given_names(culture));
    let (family_display, family_latin) = corpus::family_name_for(
        culture,
        given_latin,
        *rng.pick(corpus::family_names(culture)),
    );
    let native_script = given_display != given_latin && rng.chance(0.35);
    let display_name = match (native_script, corpus::family_first(culture)) {
        (true, true)
            if matches!(
                culture,
                Culture::Japanese | Culture::Chinese | Culture::Korean
            ) =>
        {
            format!("{family_display}{given_display}")
        }
        (true, true) => format!("{family_display} {given_display}"),
        (true, false) => format!("{given_display} {family_display}"),
        (false, true)
            if !matches!(
                culture,
                Culture::Japanese | Culture::Chinese | Culture::Korean
            ) =>
        {
            format!("{family_latin} {given_latin}")
        }
        (false, _) => format!("{given_latin} {family_latin}"),
    };
    // A name in its own script gets the Latin spelling its owner would give wherever the
    // search's transliteration would not find it by that spelling: every Japanese and Chinese
    // name (Han has no one reading), and the others the library spells differently
    // (मुखर्जी reads "mukhrji", the person writes Mukherjee).
    let latin_name = if native_script {
        let latin = if corpus::family_first(culture) {
            format!("{family_latin} {given_latin}")
        } else {
            format!("{given_latin} {family_latin}")
        };
        let automatic = heroes_domain::search::transliterate(&display_name);
        let found = heroes_domain::search::normalize(&latin)
            .split(' ')
            .all(|word| automatic.split(' ').any(|a| a == word));
        if found { String::new() } else { latin }
    } else {
        String::new()
    };
    let fallback = Slug::parse("slug", "hero").expect("valid literal");
    let slug = Slug::from_name(&format!("{given_latin} {family_latin}"), &fallback);
    let handle = slug.as_str().replace('-', "");

    let this_year = today.year();
    let first_year = 2014 + weighted_year(rng, this_year - 2014);
    let primary = *rng.pick(SPECIALIZATIONS);
    let mut specializations = vec![primary];
    let mut awards = vec![(primary.to_owned(), first_year)];
    if rng.chance(0.15) {
        let second = *rng.pick(SPECIALIZATIONS);
        if second != primary {
            specializations.push(second);
            let year = first_year + rng.below((this_year - first_year + 1) as u64) as i32;
            awards.push((second.to_owned(), year));
        }
    }
    let alumni = first_year <= this_year - 2 && rng.chance(0.11);
    let on_leave = !alumni && rng.chance(0.02);

    let years = 4 + rng.below(22);
    let fill = |text: &str| {
        text.replace("{name}", given_latin)
            .replace("{city}", place.city)
            .replace("{years}", &years.to_string())
    };
    let bio = format!(
        "{}\n\n{}\n\n{}",
        fill(rng.pick::<&str>(corpus::bio_paragraphs(primary))),
        fill(rng.pick::<&str>(corpus::bio_paragraphs(
            specializations[specializations.len() - 1]
        ))),
        fill(rng.pick::<&str>(corpus::BIO_CLOSERS)),
    );
    let mut links = vec![("github".to_owned(), format!("https://github.com/{handle}"))];
    for (kind, chance, url) in [
        ("blog", 0.7, format!("https://{}.dev/", slug.as_str())),
        ("x", 0.45, format!("https://x.com/{handle}")),
        (
            "linkedin",
            0.6,
            format!("https://www.linkedin.com/in/{}", slug.as_str()),
        ),
        ("youtube", 0.2, format!("https://www.youtube.com/@{handle}")),
        ("mastodon", 0.2, format!("https://hachyderm.io/@{handle}")),
        (
            "bluesky",
            0.3,
            format!("https://bsky.app/profile/{handle}.bsky.social"),
        ),
    ] {
        if rng.chance(chance) {
            links.push((kind.to_owned(), url));
        }
    }
    let mut languages: Vec<&str> = place.languages.to_vec();
    if !languages.iter().any(|l| l.starts_with("en")) && rng.chance(0.9) {
        languages.push("en");
    }
    let input = HeroProfileInput {
        display_name,
        latin_name,
        headline: rng.pick(corpus::headlines(primary)).to_string(),
        company: rng.pick(corpus::COMPANIES).to_string(),
        bio,
        city: place.city.to_owned(),
        country: place.country.to_owned(),
        photo_url: String::new(),
        timezone: place.timezone.to_owned(),
        languages: languages.join(","),
        links,
        awards,
        status: if alumni {
            "alumni"
        } else if on_leave {
            "on-leave"
        } else {
            "active"
        }
        .to_owned(),
    };
    let profile = input.parse(this_year).unwrap_or_else(|errors| {
        // The corpus is ours: an invalid value is a bug in it, caught by the demo tests.
        panic!("demo corpus produced an invalid hero {input:?}: {errors:?}")
    });
    Person {
        slug,
        given: given_latin,
        handle,
        place,
        specializations,
        alumni,
        profile,
    }
}

/// More heroes were named in recent years, as in a growing program.
fn weighted_year(rng: &mut Rng, span: i32) -> i32 {
    let r = rng.unit().sqrt();
    ((r * f64::from(span + 1)) as i32).min(span)
}

/// How prolific each hero is: most publish steadily, a few very often, alumni rarely.
struct Weights(Vec<f64>);

fn contribution_weights(rng: &mut Rng, people: &[Person]) -> Weights {
    let mut total = 0.0;
    let cumulative = people
        .iter()
        .map(|p| {
            let base = 1.0 + 12.0 * rng.unit().powi(3);
            total += if p.alumni { base * 0.2 } else { base };
            total
        })
        .collect();
    Weights(cumulative)
}

impl Weights {
    fn pick(&self, rng: &mut Rng) -> usize {
        let total = self.0.last().copied().unwrap_or(0.0);
        let x = rng.unit() * total;
        self.0.partition_point(|&c| c <= x).min(self.0.len() - 1)
    }
}

const KINDS: [(ContributionKind, u64); 13] = [
    (ContributionKind::BlogPost, 28),
    (ContributionKind::Article, 6),
    (ContributionKind::Video, 12),
    (ContributionKind::Talk, 16),
    (ContributionKind::Workshop, 5),
    (ContributionKind::Podcast, 4),
    (ContributionKind::Book, 1),
    (ContributionKind::OpenSource, 8),
    (ContributionKind::CodeSample, 6),
    (ContributionKind::OnlineAnswers, 6),
    (ContributionKind::UserGroup, 5),
    (ContributionKind::Mentoring, 2),
    (ContributionKind::Other, 1),
];

fn contribution(rng: &mut Rng, p: &Person, seq: usize, today: NaiveDate) -> NewContribution {
    let spec = *rng.pick(&p.specializations);
    let kind = {
        let total: u64 = KINDS.iter().map(|(_, w)| w).sum();
        let mut x = rng.below(total);
        KINDS
            .iter()
            .find(|(_, w)| {
                let hit = x < *w;
                x = x.saturating_sub(*w);
                hit
            })
            .map_or(ContributionKind::Other, |(k, _)| *k)
    };
    let topic = *rng.pick(corpus::topics(spec));
    let mut title = rng
        .pick(corpus::title_templates(spec))
        .replace("{topic}", topic)
        .replace("{n}", &(3 + rng.below(10)).to_string());
    if matches!(kind, ContributionKind::Talk | ContributionKind::Workshop) {
        title = format!("{title} ({})", rng.pick(corpus::EVENTS));
    }
    let fallback = Slug::parse("slug", "post").expect("valid literal");
    let title_slug = Slug::from_name(&title, &fallback);
    let (handle, slug) = (&p.handle, p.slug.as_str());
    let url = match kind {
        ContributionKind::BlogPost => format!("https://{slug}.dev/posts/{title_slug}-{seq}"),
        ContributionKind::Article => format!("https://dev.to/{handle}/{title_slug}-{seq}"),
        ContributionKind::Video => format!("https://www.youtube.com/watch?v=demo{seq:07}"),
        ContributionKind::Talk | ContributionKind::Workshop => {
            format!("https://speakerdeck.com/{handle}/{title_slug}-{seq}")
        }
        ContributionKind::Podcast => format!("https://{handle}.fm/episodes/{seq}"),
        ContributionKind::Book => format!("https://leanpub.com/{title_slug}-{seq}"),
        ContributionKind::OpenSource | ContributionKind::CodeSample => {
            let repo = Slug::from_name(topic, &fallback);
            format!("https://github.com/{handle}/{repo}-{seq}")
        }
        ContributionKind::OnlineAnswers => {
            format!("https://stackoverflow.com/users/{seq}/{handle}")
        }
        ContributionKind::UserGroup => {
            let city = Slug::from_name(p.place.city, &fallback);
            format!("https://www.meetup.com/{city}-cloud-user-group/events/{seq}")
        }
        ContributionKind::Mentoring | ContributionKind::Other => {
            format!("https://{slug}.dev/notes/{seq}")
        }
    };
    let magnitude = |rng: &mut Rng, low: f64, high: f64| -> Option<i64> {
        Some((low * (high / low).powf(rng.unit())) as i64)
    };
    let mut reach = Reach::default();
    match kind.reach_metrics().first() {
        Some(heroes_domain::contribution::ReachMetric::Views) => {
            reach.views = magnitude(rng, 80.0, 60_000.0);
        }
        Some(heroes_domain::contribution::ReachMetric::Attendees) => {
            reach.attendees = magnitude(rng, 8.0, 3_000.0);
        }
        Some(heroes_domain::contribution::ReachMetric::Stars) => {
            reach.stars = magnitude(rng, 3.0, 8_000.0);
        }
        Some(heroes_domain::contribution::ReachMetric::Answers) => {
            reach.answers = magnitude(rng, 5.0, 900.0);
        }
        None => {}
    }
    let tags: Vec<Tag> = (0..1 + rng.below(3))
        .filter_map(|_| Tag::parse("tags", rng.pick::<&str>(corpus::tags(spec))).ok())
        .fold(Vec::new(), |mut acc, t| {
            if !acc.contains(&t) {
                acc.push(t);
            }
            acc
        });
    let date = today - chrono::Days::new(rng.below(3 * 365));
    NewContribution {
        kind,
        title: Title::parse("title", &title).expect("corpus titles are short"),
        url: WebUrl::parse("url", &url).expect("generated URLs are valid"),
        date,
        specialization: Slug::parse("specialization", spec).ok(),
        tags,
        description: LongText::parse(
            "description",
            &format!(
                "{} on {topic}, from {} in {}.",
                p.given, p.place.city, p.place.country
            ),
        )
        .expect("short description"),
        reach: Reach::parse(kind, reach).expect("reach fits the kind"),
        private: rng.chance(0.03),
    }
}

/// SplitMix64: tiny, fast and the same on every platform, which is all a demo needs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}
