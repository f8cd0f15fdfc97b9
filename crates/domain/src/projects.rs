//! Community projects: what heroes start and others join.
//!
//! A project says what it is (name, Markdown description, a repository or site), which
//! specializations it belongs to, what help it wants (skills and roles, free words) and where
//! it stands ([`ProjectStatus`]). People ask to join; an owner accepts or declines each
//! request once ([`RequestState::apply`]). A project always keeps an owner: the store refuses
//! the step that would leave it without one.

use crate::error::{Problem, ValidationError, keep, names};
use crate::slug::Slug;
use crate::text::{Bounded, Line, LongText};
use crate::web::WebUrl;

/// Where a project stands; the owners choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectStatus {
    /// Under way.
    Active,
    /// Under way and asking for people.
    LookingForHelp,
    /// Resting for now.
    Paused,
    /// Finished (or closed); takes no more requests to join.
    Done,
}

impl ProjectStatus {
    /// Every status, in the order menus show them.
    pub const ALL: [ProjectStatus; 4] = [
        ProjectStatus::Active,
        ProjectStatus::LookingForHelp,
        ProjectStatus::Paused,
        ProjectStatus::Done,
    ];

    /// The names of [`Self::ALL`], in the same order (what the API's `status` filter takes).
    pub const NAMES: [&'static str; 4] = {
        let mut names = [""; 4];
        let mut i = 0;
        while i < names.len() {
            names[i] = Self::ALL[i].as_str();
            i += 1;
        }
        names
    };

    /// The stable name used in the database, URLs and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            ProjectStatus::Active => "active",
            ProjectStatus::LookingForHelp => "looking-for-help",
            ProjectStatus::Paused => "paused",
            ProjectStatus::Done => "done",
        }
    }

    /// Whether people may ask to join.
    pub fn takes_requests(self) -> bool {
        self != ProjectStatus::Done
    }
}

names!(
    ProjectStatus,
    stored as "project status",
    submitted expecting "expected-active-looking-help-paused"
);

/// One wanted skill or role: a short phrase.
pub type HelpWord = Bounded<1, 40>;

/// At most this many skills, and as many roles, on a project.
pub const MAX_HELP: usize = 10;

/// A project as the form or the API describes it.
#[derive(Debug, Clone)]
pub struct NewProject {
    pub name: Line,
    /// Markdown, sanitized when shown.
    pub description: LongText,
    /// The repository or the project's site.
    pub url: Option<WebUrl>,
    /// Specialization slugs (checked against the managed list by the store).
    pub specializations: Vec<Slug>,
    /// Skills wanted (Rust, technical writing…).
    pub help_skills: Vec<HelpWord>,
    /// Roles wanted (maintainer, designer…).
    pub help_roles: Vec<HelpWord>,
    pub status: ProjectStatus,
}

impl NewProject {
    /// Whether the project asks for help: it lists skills or roles, or says it is looking,
    /// and is not done.
    pub fn wants_help(&self) -> bool {
        self.status != ProjectStatus::Done
            && (self.status == ProjectStatus::LookingForHelp
                || !self.help_skills.is_empty()
                || !self.help_roles.is_empty())
    }
}

/// The project form as typed.
#[derive(Debug, Clone, Default)]
pub struct ProjectInput {
    pub name: String,
    pub description: String,
    pub url: String,
    pub specializations: Vec<String>,
    /// Comma-separated.
    pub help_skills: String,
    /// Comma-separated.
    pub help_roles: String,
    pub status: String,
}

impl ProjectInput {
    /// Parses every field, collecting every error.
    pub fn parse(&self) -> Result<NewProject, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let name = keep(&mut errors, Line::parse("name", &self.name));
        let description = keep(
            &mut errors,
            LongText::parse("description", &self.description),
        );
        let url = keep(
            &mut errors,
            match self.url.trim() {
                "" => Ok(None),
                url => WebUrl::parse("url", url).map(Some),
            },
        );
        let specializations = keep(
            &mut errors,
            self.specializations
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| Slug::parse("specializations", s))
                .collect::<Result<Vec<_>, _>>(),
        );
        let help_skills = keep(&mut errors, help_words("help_skills", &self.help_skills));
        let help_roles = keep(&mut errors, help_words("help_roles", &self.help_roles));
        let status = keep(&mut errors, ProjectStatus::parse("status", &self.status));
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NewProject {
            name: name.expect("checked"),
            description: description.expect("checked"),
            url: url.expect("checked"),
            specializations: specializations.expect("checked"),
            help_skills: help_skills.expect("checked"),
            help_roles: help_roles.expect("checked"),
            status: status.expect("checked"),
        })
    }
}

/// A comma-separated list of words, each kept once (case-insensitively), at most
/// [`MAX_HELP`].
pub fn help_words(field: &'static str, text: &str) -> Result<Vec<HelpWord>, ValidationError> {
    let mut words: Vec<HelpWord> = Vec::new();
    for part in text.split([',', '\n']).filter(|p| !p.trim().is_empty()) {
        let word = HelpWord::parse(field, part)?;
        if !words
            .iter()
            .any(|w| w.as_str().to_lowercase() == word.as_str().to_lowercase())
        {
            words.push(word);
        }
    }
    if words.len() > MAX_HELP {
        return Err(ValidationError::new(
            field,
            Problem::OutOfRange {
                min: 0,
                max: MAX_HELP as i64,
            },
        ));
    }
    Ok(words)
}

/// What someone writes when asking to join: optional, a few lines.
pub type JoinMessage = Bounded<0, 1_000>;

/// Where a request to join stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestState {
    /// Waiting for an owner.
    Pending,
    /// An owner accepted: the person is a member.
    Accepted,
    /// An owner declined.
    Declined,
}

/// What an owner does with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStep {
    Accept,
    Decline,
}

/// Why a project step is refused; each has a message the person reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The request was already answered (by another owner, say).
    AlreadyAnswered,
    /// The person already belongs to the project.
    AlreadyMember,
    /// The person already asked and waits for an answer.
    AlreadyAsked,
    /// The project is done and takes nobody new.
    Closed,
    /// The step would leave the project without an owner.
    LastOwner,
    /// The person named is not a member of the project.
    NotMember,
}

impl Refusal {
    /// The message id of its explanation.
    pub fn id(self) -> &'static str {
        match self {
            Refusal::AlreadyAnswered => "project-refusal-answered",
            Refusal::AlreadyMember => "project-refusal-member",
            Refusal::AlreadyAsked => "project-refusal-asked",
            Refusal::Closed => "project-refusal-closed",
            Refusal::LastOwner => "project-refusal-last-owner",
            Refusal::NotMember => "project-refusal-not-member",
        }
    }

    /// Every refusal, for the test that checks each has a message.
    pub const ALL: [Refusal; 6] = [
        Refusal::AlreadyAnswered,
        Refusal::AlreadyMember,
        Refusal::AlreadyAsked,
        Refusal::Closed,
        Refusal::LastOwner,
        Refusal::NotMember,
    ];
}

impl RequestState {
    /// Every state.
    pub const ALL: [RequestState; 3] = [
        RequestState::Pending,
        RequestState::Accepted,
        RequestState::Declined,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestState::Pending => "pending",
            RequestState::Accepted => "accepted",
            RequestState::Declined => "declined",
        }
    }

    /// The state after `step`: only a pending request is answered, once.
    pub fn apply(self, step: RequestStep) -> Result<RequestState, Refusal> {
        match (self, step) {
            (RequestState::Pending, RequestStep::Accept) => Ok(RequestState::Accepted),
            (RequestState::Pending, RequestStep::Decline) => Ok(RequestState::Declined),
            _ => Err(Refusal::AlreadyAnswered),
        }
    }
}

names!(RequestState, stored as "project request state");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_from_every_state() {
        use RequestState::*;
        let table = [
            (Pending, RequestStep::Accept, Ok(Accepted)),
            (Pending, RequestStep::Decline, Ok(Declined)),
            (Accepted, RequestStep::Accept, Err(Refusal::AlreadyAnswered)),
            (
                Accepted,
                RequestStep::Decline,
                Err(Refusal::AlreadyAnswered),
            ),
            (Declined, RequestStep::Accept, Err(Refusal::AlreadyAnswered)),
            (
                Declined,
                RequestStep::Decline,
                Err(Refusal::AlreadyAnswered),
            ),
        ];
        for (from, step, want) in table {
            assert_eq!(from.apply(step), want, "{from:?} {step:?}");
        }
    }

    #[test]
    fn names_read_back() {
        for s in ProjectStatus::ALL {
            assert_eq!(ProjectStatus::try_from(s.as_str().to_owned()), Ok(s));
        }
        for s in RequestState::ALL {
            assert_eq!(RequestState::try_from(s.as_str().to_owned()), Ok(s));
        }
        assert!(ProjectStatus::try_from("open".to_owned()).is_err());
    }

    fn input() -> ProjectInput {
        ProjectInput {
            name: "Serverless patterns in Portuguese".into(),
            description: "Translating the **pattern catalog**.".into(),
            url: "https://github.com/example/patterns-pt".into(),
            specializations: vec!["serverless".into()],
            help_skills: "Portuguese, technical writing, portuguese".into(),
            help_roles: "reviewer".into(),
            status: "looking-for-help".into(),
        }
    }

    #[test]
    fn a_project_parses_and_keeps_each_word_once() {
        let project = input().parse().unwrap();
        assert_eq!(project.help_skills.len(), 2);
        assert!(project.wants_help());
        let done = ProjectInput {
            status: "done".into(),
            ..input()
        }
        .parse()
        .unwrap();
        assert!(!done.wants_help() && !done.status.takes_requests());
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = ProjectInput {
            name: " ".into(),
            url: "javascript:alert(1)".into(),
            help_skills: (0..11)
                .map(|n| format!("skill {n}"))
                .collect::<Vec<_>>()
                .join(","),
            help_roles: "x".repeat(41),
            status: "finished".into(),
            ..input()
        };
        let fields: Vec<_> = bad.parse().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["name", "url", "help_skills", "help_roles", "status"]
        );
    }
}
