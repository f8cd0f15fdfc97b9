//! The accepted candidate's banner: until announcement day their hero record is theirs alone,
//! so the pages where they complete it say when it goes public and what is still missing.

use crate::app::AppState;
use crate::error::PageError;
use chrono::NaiveDate;
use heroes_domain::hero::HeroStatus;
use heroes_store::heroes::HeroDetail;

/// "Your profile goes public on …", with what is left to complete.
pub struct CandidateBanner {
    /// The announcement date.
    pub date: NaiveDate,
    /// The record's slug, for the preview link.
    pub slug: String,
    /// Message ids of the parts still empty (bio, photo, links, contributions), in the
    /// order the banner lists them.
    pub missing: Vec<&'static str>,
}

impl CandidateBanner {
    /// The banner for `detail`, or `None` when the record is public already (or no
    /// announcement is planned for it).
    pub async fn of(state: &AppState, detail: &HeroDetail) -> Result<Option<Self>, PageError> {
        if detail.card.status != HeroStatus::Candidate.slug() {
            return Ok(None);
        }
        let Some(date) = heroes_store::selection::goes_public_on(&state.db, detail.card.id).await?
        else {
            return Ok(None);
        };
        let logged = heroes_store::contributions::all_of_hero(&state.db, detail.card.id)
            .await?
            .len();
        let missing = [
            (detail.bio.trim().is_empty(), "candidate-missing-bio"),
            (detail.card.photo_url.is_none(), "candidate-missing-photo"),
            (detail.links.is_empty(), "candidate-missing-links"),
            (logged == 0, "candidate-missing-contributions"),
        ]
        .into_iter()
        .filter_map(|(empty, id)| empty.then_some(id))
        .collect();
        Ok(Some(CandidateBanner {
            date,
            slug: detail.card.slug.clone(),
            missing,
        }))
    }
}
