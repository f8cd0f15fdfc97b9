//! A nomination as a member submits it: who, for what, and why.

use crate::account::Email;
use crate::error::keep;
use crate::error::{Problem, ValidationError};
use crate::slug::Slug;
use crate::text::{Bounded, Line};
use crate::web::WebUrl;

/// The nomination form as submitted (text fields, one URL per line for the lists).
#[derive(Debug, Clone, Default)]
pub struct NominationInput {
    /// Specialization slug.
    pub specialization: String,
    /// The nominee's email address (an existing member's or a new person's).
    pub nominee_email: String,
    /// The nominee's name.
    pub nominee_name: String,
    /// The nominee's public profile links (blog, GitHub, …), one per line.
    pub nominee_links: String,
    /// Why this person.
    pub statement: String,
    /// Links to their work, one per line.
    pub evidence: String,
}

/// The statement: long enough to say something, short enough to be read.
pub type Statement = Bounded<30, 5000>;

/// At most this many profile links and evidence links each.
pub const MAX_LINKS: usize = 10;

/// A valid nomination.
#[derive(Debug, Clone)]
pub struct NewNomination {
    /// For which specialization.
    pub specialization: Slug,
    /// Who.
    pub nominee: Nominee,
    /// Why.
    pub statement: Statement,
    /// Their work.
    pub evidence: Vec<WebUrl>,
}

/// The person nominated, as the nominator knows them.
#[derive(Debug, Clone)]
pub struct Nominee {
    /// Email address; also how an account is found.
    pub email: Email,
    /// Name.
    pub name: Line,
    /// Public profile links.
    pub links: Vec<WebUrl>,
}

impl Nominee {
    /// The canonical form of the profile links, for recognising the same person nominated
    /// twice under different addresses.
    pub fn match_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.links.iter().map(WebUrl::canonical).collect();
        keys.sort();
        keys.dedup();
        keys
    }
}

/// Parses one URL per line (blank lines ignored), at most [`MAX_LINKS`].
pub fn parse_url_lines(field: &'static str, text: &str) -> Result<Vec<WebUrl>, ValidationError> {
    let urls = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| WebUrl::parse(field, l))
        .collect::<Result<Vec<_>, _>>()?;
    if urls.len() > MAX_LINKS {
        return Err(ValidationError::new(
            field,
            Problem::Invalid {
                expected: "expected-most-10-links",
            },
        ));
    }
    Ok(urls)
}

impl NominationInput {
    /// Validates the form for a nominator signed in as `nominator_email`; reports every
    /// problem at once. Nominating oneself is refused here, next to the address field.
    pub fn parse(&self, nominator_email: &str) -> Result<NewNomination, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let specialization = Slug::parse("specialization", self.specialization.trim())
            .map_err(|e| errors.push(e))
            .ok();
        let email = Email::parse("nominee_email", &self.nominee_email)
            .map_err(|e| errors.push(e))
            .ok();
        if let Some(email) = &email
            && email.as_str().eq_ignore_ascii_case(nominator_email.trim())
        {
            errors.push(ValidationError::new(
                "nominee_email",
                Problem::Invalid {
                    expected: "expected-address-someone-other-yourself",
                },
            ));
        }
        let name = Line::parse("nominee_name", &self.nominee_name)
            .map_err(|e| errors.push(e))
            .ok();
        let links = parse_url_lines("nominee_links", &self.nominee_links)
            .map_err(|e| errors.push(e))
            .ok();
        let statement = Statement::parse("statement", &self.statement)
            .map_err(|e| errors.push(e))
            .ok();
        let evidence = match parse_url_lines("evidence", &self.evidence) {
            Ok(urls) if urls.is_empty() => {
                errors.push(ValidationError::new("evidence", Problem::Empty));
                None
            }
            Ok(urls) => Some(urls),
            Err(e) => {
                errors.push(e);
                None
            }
        };
        match (specialization, email, name, links, statement, evidence) {
            (
                Some(specialization),
                Some(email),
                Some(name),
                Some(links),
                Some(statement),
                Some(evidence),
            ) if errors.is_empty() => Ok(NewNomination {
                specialization,
                nominee: Nominee { email, name, links },
                statement,
                evidence,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> NominationInput {
        NominationInput {
            specialization: "serverless".into(),
            nominee_email: "Ada@Example.org".into(),
            nominee_name: "Ada Lovelace".into(),
            nominee_links: "https://www.ada.dev/\n\nhttps://github.com/ada".into(),
            statement: "Ada has run the Lisbon serverless meetup for three years.".into(),
            evidence: "https://ada.dev/posts/1".into(),
        }
    }

    #[test]
    fn a_complete_nomination_parses() {
        let n = input().parse("me@example.org").unwrap();
        assert_eq!(n.nominee.email.as_str(), "ada@example.org");
        assert_eq!(n.nominee.links.len(), 2);
        assert_eq!(
            n.nominee.match_keys(),
            vec!["https://ada.dev", "https://github.com/ada"]
        );
        assert_eq!(n.evidence.len(), 1);
    }

    #[test]
    fn nominating_yourself_is_refused_at_the_address() {
        let errors = input().parse("ADA@example.org").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "nominee_email");
    }

    #[test]
    fn every_missing_or_bad_field_is_reported() {
        let errors = NominationInput {
            specialization: "Not A Slug".into(),
            nominee_links: "not a url".into(),
            statement: "Great.".into(),
            ..NominationInput::default()
        }
        .parse("me@example.org")
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "specialization",
                "nominee_email",
                "nominee_name",
                "nominee_links",
                "statement",
                "evidence"
            ]
        );
    }
}

/// The candidate profile a nominee completes on accepting (and a new hero reviews when
/// onboarding): what the directory will show once they are announced.
#[derive(Debug, Clone, Default)]
pub struct CandidateProfileInput {
    /// Name as it should appear.
    pub display_name: String,
    /// One line about what they do.
    pub headline: String,
    /// Employer or "Independent".
    pub company: String,
    /// City.
    pub city: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// About them, in Markdown.
    pub bio: String,
    /// Optional: their blog's, channel's or podcast's feed (or a page that links one).
    pub feed: String,
}

/// A valid candidate profile.
#[derive(Debug, Clone)]
pub struct CandidateProfile {
    /// Name.
    pub display_name: Line,
    /// Headline.
    pub headline: crate::text::OptionalLine,
    /// Company.
    pub company: crate::text::OptionalLine,
    /// City.
    pub city: crate::text::OptionalLine,
    /// Country; the directory's region follows from it.
    pub country: crate::geo::CountryCode,
    /// Bio (Markdown).
    pub bio: crate::text::LongText,
    /// A feed whose recent items are attached as evidence.
    pub feed: Option<WebUrl>,
}

impl CandidateProfileInput {
    /// Validates every field, reporting all problems at once.
    pub fn parse(&self) -> Result<CandidateProfile, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let display_name = keep(&mut errors, Line::parse("display_name", &self.display_name));
        let headline = keep(
            &mut errors,
            crate::text::OptionalLine::parse("headline", &self.headline),
        );
        let company = keep(
            &mut errors,
            crate::text::OptionalLine::parse("company", &self.company),
        );
        let city = keep(
            &mut errors,
            crate::text::OptionalLine::parse("city", &self.city),
        );
        let country = keep(&mut errors, crate::geo::CountryCode::parse(&self.country));
        let bio = keep(&mut errors, crate::text::LongText::parse("bio", &self.bio));
        let feed = match self.feed.trim() {
            "" => Some(None),
            url => keep(&mut errors, WebUrl::parse("feed", url)).map(Some),
        };
        match (display_name, headline, company, city, country, bio, feed) {
            (
                Some(display_name),
                Some(headline),
                Some(company),
                Some(city),
                Some(country),
                Some(bio),
                Some(feed),
            ) => Ok(CandidateProfile {
                display_name,
                headline,
                company,
                city,
                country,
                bio,
                feed,
            }),
            _ => Err(errors),
        }
    }
}
