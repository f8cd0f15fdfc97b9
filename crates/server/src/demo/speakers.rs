//! The demo's "available to speak" settings: about a third of the current heroes say how they
//! like to be invited (topics from their specializations, how far they travel, remote only,
//! the languages they give talks in; a few say they are not open), so the speaker suggestions
//! of the demo's events show every kind of reason. Written set-based, like the heroes.

use super::{Person, Rng, corpus};
use heroes_domain::speakers::{Availability, AvailabilityInput};
use heroes_domain::specialization::SEED;
use heroes_store::{Db, speakers};

/// The share of current heroes who filled in the settings.
const SHARE: f64 = 0.35;

/// How far heroes say they travel, in km, as often as listed (`""`: anywhere).
const TRAVEL: &[&str] = &["", "", "100", "300", "500", "1000", "1000", "2000", "5000"];

/// The specialization's name as the search index and events spell it.
fn specialization_name(slug: &str) -> &'static str {
    SEED.iter()
        .find(|(s, ..)| *s == slug)
        .map_or("Cloud", |(_, name, ..)| name)
}

/// The settings one hero gives, or `None` for those who said nothing.
fn settings(rng: &mut Rng, person: &Person) -> Option<Availability> {
    if person.alumni || !rng.chance(SHARE) {
        return None;
    }
    // The specialization's name first (what events are titled by), then two or three of its
    // topics; a hero with a second specialization adds one of that one's.
    let primary = person.specializations[0];
    let mut topics = vec![specialization_name(primary).to_owned()];
    for _ in 0..2 + rng.below(2) {
        let topic = *rng.pick(corpus::topics(primary));
        if !topics.iter().any(|t| t == topic) {
            topics.push(topic.to_owned());
        }
    }
    if let Some(second) = person.specializations.get(1) {
        topics.push(specialization_name(second).to_owned());
    }
    let mut topics = topics.join(", ");
    // Bounded<0, 300> counts characters; the corpus topics are short, but stay sure.
    if topics.chars().count() > 300 {
        topics = topics.chars().take(300).collect();
    }
    let remote_only = rng.chance(0.12);
    let languages = if rng.chance(0.6) {
        // The profile's languages.
        String::new()
    } else {
        // The local language, and English for most.
        let local = person.place.languages.first().copied().unwrap_or("en");
        if local.starts_with("en") || !rng.chance(0.8) {
            local.to_owned()
        } else {
            format!("{local}, en")
        }
    };
    AvailabilityInput {
        open: rng.chance(0.92),
        topics,
        travel_km: if remote_only {
            String::new()
        } else {
            (*rng.pick(TRAVEL)).to_owned()
        },
        remote_only,
        languages,
    }
    .parse()
    .ok()
}

/// Writes the settings of a share of `people` (`hero_ids` in the same order); how many.
pub(super) async fn generate(
    db: &Db,
    seed: u64,
    people: &[Person],
    hero_ids: &[i64],
) -> anyhow::Result<usize> {
    // A stream of its own, so the rest of the demo stays the same as before it existed.
    let mut rng = Rng::new(seed ^ 0x5EA7_5EA7);
    let items: Vec<(i64, Availability)> = people
        .iter()
        .zip(hero_ids)
        .filter_map(|(p, id)| Some((*id, settings(&mut rng, p)?)))
        .collect();
    speakers::save_availability_many(db, &items).await?;
    Ok(items.len())
}
