//! The API's answer to a filter value it does not know: 400 naming the parameter. The pages
//! read the same parameters leniently (an unknown value is dropped and the rest shown); an
//! integrator's typo must not read as "nothing matches". The directory and the content stream
//! parse their filters fully ([`crate::heroes::DirectoryParams`]); the lists that read a few
//! simple filters (groups, events, projects) check them here before the lenient parse runs.

use crate::app::AppState;
use crate::error::ApiError;
use crate::heroes::Rejected;
use crate::web::QueryPairs;
use heroes_domain::geo::{CountryCode, Region};

/// What a filter parameter accepts.
#[derive(Debug, Clone, Copy)]
pub enum Accepts {
    /// One of these words; `expected` says so in the problem document.
    OneOf(&'static [&'static str], &'static str),
    /// An ISO 3166-1 alpha-2 code the server knows.
    Country,
    /// A region's name.
    Region,
    /// A specialization's slug, current or former (retired ones included); the stores match
    /// a former slug as the current one.
    Specialization,
    /// `1`, to switch the filter on.
    Flag,
}

/// Checks every non-empty value of each named parameter; the first unknown one is refused.
pub async fn check(
    state: &AppState,
    pairs: &QueryPairs,
    rules: &[(&'static str, Accepts)],
) -> Result<(), ApiError> {
    for &(parameter, accepts) in rules {
        for value in pairs.all(parameter) {
            let (known, expected) = match accepts {
                Accepts::OneOf(words, expected) => (words.contains(&value), expected),
                Accepts::Country => (
                    CountryCode::parse(value).is_ok(),
                    "an ISO 3166-1 alpha-2 code such as DE",
                ),
                Accepts::Region => (Region::parse(value).is_ok(), "americas, emea or apj"),
                Accepts::Flag => (value == "1", "1"),
                Accepts::Specialization => (
                    state
                        .specializations(true)
                        .await?
                        .iter()
                        .any(|s| s.answers_to(value)),
                    "a specialization slug from /api/v1/specializations",
                ),
            };
            if !known {
                return Err(Rejected::new(parameter, value, expected).api_error());
            }
        }
    }
    Ok(())
}
