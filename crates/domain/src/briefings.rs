//! Briefings under NDA: the NDA versions heroes accept, the briefings staff run, and the one
//! rule that decides who may see a briefing ([`access`]).
//!
//! A briefing is confidential: whoever is not entitled to it must not learn that it exists.
//! [`access`] is therefore the only gate, a pure function of who asks (roles, hero status,
//! specializations, the newest NDA they accepted) and what the briefing asks for (audience,
//! NDA version, who runs it). Every page, file, calendar and API answer asks it.

use crate::account::{Role, Roles};
use crate::calendar::ZonedTime;
use crate::error::{Problem, ValidationError, names};
use crate::hero::{HeroStatus, TimeZone};
use crate::slug::Slug;
use crate::text::{Bounded, Line, LongText, OptionalLine};
use crate::web::WebUrl;
use chrono::{Duration, NaiveDate};

/// The label of an NDA version (`2027-1`): short, as people quote it.
pub type NdaLabel = Bounded<1, 40>;
/// A briefing's abstract.
pub type Abstract = Bounded<1, 2_000>;

/// A new NDA version as an admin publishes it.
#[derive(Debug, Clone)]
pub struct NewNdaVersion {
    /// How people name it.
    pub label: NdaLabel,
    /// The text (Markdown).
    pub body: LongText,
    /// From when it is the version heroes are asked to accept.
    pub effective_on: NaiveDate,
}

impl NewNdaVersion {
    /// Parses the admin's form; every field is checked, so each gets its message.
    pub fn parse(
        label: &str,
        body: &str,
        effective_on: &str,
    ) -> Result<Self, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let label = NdaLabel::parse("label", label)
            .map_err(|e| errors.push(e))
            .ok();
        let body = match LongText::parse("body", body) {
            Ok(b) if b.as_str().is_empty() => {
                errors.push(ValidationError::new("body", Problem::Empty));
                None
            }
            Ok(b) => Some(b),
            Err(e) => {
                errors.push(e);
                None
            }
        };
        let effective_on = parse_date("effective_on", effective_on)
            .map_err(|e| errors.push(e))
            .ok();
        match (label, body, effective_on) {
            (Some(label), Some(body), Some(effective_on)) if errors.is_empty() => Ok(Self {
                label,
                body,
                effective_on,
            }),
            _ => Err(errors),
        }
    }
}

fn parse_date(field: &'static str, value: &str) -> Result<NaiveDate, ValidationError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        ValidationError::new(
            field,
            Problem::Invalid {
                expected: "expected-date-2027-03-28",
            },
        )
    })
}

/// Where an NDA version stands among the others: versions are ordered by the date they take
/// effect (then by when they were published), and accepting a version covers every briefing
/// that asks for it or an older one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NdaRank {
    /// The date it takes effect.
    pub effective_on: NaiveDate,
    /// Its id, to order two versions effective on one day.
    pub id: i64,
}

/// Who a briefing is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AudienceKind {
    /// Active heroes of the chosen specializations.
    Specializations,
    /// Every active hero.
    AllHeroes,
    /// The heroes named one by one.
    Named,
}

impl AudienceKind {
    /// Every kind, in the form's order.
    pub const ALL: [AudienceKind; 3] = [Self::Specializations, Self::AllHeroes, Self::Named];

    /// The stable name used in forms and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Specializations => "specializations",
            Self::AllHeroes => "all-heroes",
            Self::Named => "named",
        }
    }
}

names!(
    AudienceKind,
    stored as "briefing audience",
    submitted expecting "expected-specializations-all-heroes-named"
);

impl std::fmt::Display for AudienceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The audience as a form names it: specialization slugs or hero slugs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Active heroes of these specializations (at least one).
    Specializations(Vec<Slug>),
    /// Every active hero.
    AllHeroes,
    /// These heroes (at least one).
    Named(Vec<Slug>),
}

impl Audience {
    /// Its kind.
    pub fn kind(&self) -> AudienceKind {
        match self {
            Self::Specializations(_) => AudienceKind::Specializations,
            Self::AllHeroes => AudienceKind::AllHeroes,
            Self::Named(_) => AudienceKind::Named,
        }
    }
}

/// Where a briefing takes place: an online link, a venue, or both (a room with a stream).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The link to join online; shown only to eligible heroes, every click logged.
    pub join_url: Option<WebUrl>,
    /// The venue (address, room).
    pub venue: OptionalLine,
}

/// The longest briefing, in minutes (a full day).
pub const MAX_MINUTES: i64 = 24 * 60;
/// The largest capacity a briefing may have.
pub const MAX_CAPACITY: i64 = 10_000;

/// A briefing as staff create or change it.
#[derive(Debug, Clone)]
pub struct NewBriefing {
    pub title: Line,
    pub summary: Abstract,
    pub audience: Audience,
    /// The id of the NDA version heroes must have accepted (or a newer one).
    pub nda_version_id: i64,
    /// Until this day the content is under embargo (a banner says so).
    pub embargo_until: Option<NaiveDate>,
    pub starts: ZonedTime,
    pub minutes: i64,
    pub place: Place,
    pub capacity: i64,
    /// Agenda (Markdown).
    pub agenda: LongText,
    /// Materials (Markdown, links).
    pub materials: LongText,
    /// The recording, once there is one.
    pub recording_url: Option<WebUrl>,
    /// The slug of the product area it is about, if it names one.
    pub area: Option<Slug>,
}

impl NewBriefing {
    /// The end of the briefing.
    pub fn ends(&self) -> chrono::DateTime<chrono::Utc> {
        self.starts.instant() + Duration::minutes(self.minutes)
    }
}

/// The briefing form as typed.
#[derive(Debug, Clone, Default)]
pub struct BriefingInput {
    pub title: String,
    pub summary: String,
    pub audience: String,
    /// Specialization slugs (checkboxes).
    pub specializations: Vec<String>,
    /// Hero slugs, separated by commas, spaces or lines.
    pub heroes: String,
    pub nda_version: String,
    pub embargo_until: String,
    pub starts_at: String,
    pub time_zone: String,
    pub minutes: String,
    pub join_url: String,
    pub venue: String,
    pub capacity: String,
    pub agenda: String,
    pub materials: String,
    pub recording_url: String,
    /// The product area's slug; empty for none.
    pub area: String,
}

fn parse_number(
    field: &'static str,
    value: &str,
    min: i64,
    max: i64,
) -> Result<i64, ValidationError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ValidationError::new(field, Problem::Empty));
    }
    match value.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(ValidationError::new(
            field,
            Problem::OutOfRange { min, max },
        )),
    }
}

fn optional_url(field: &'static str, value: &str) -> Result<Option<WebUrl>, ValidationError> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        WebUrl::parse(field, value).map(Some)
    }
}

impl BriefingInput {
    /// Parses every field, collecting every problem so the form shows each at its field.
    pub fn parse(&self) -> Result<NewBriefing, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let mut keep = |e: ValidationError| errors.push(e);
        let title = Line::parse("title", &self.title).map_err(&mut keep).ok();
        let summary = Abstract::parse("summary", &self.summary)
            .map_err(&mut keep)
            .ok();
        let audience = match AudienceKind::parse("audience", &self.audience) {
            Ok(AudienceKind::AllHeroes) => Some(Audience::AllHeroes),
            Ok(AudienceKind::Specializations) => {
                let slugs: Result<Vec<Slug>, _> = self
                    .specializations
                    .iter()
                    .map(|s| Slug::parse("specializations", s))
                    .collect();
                match slugs {
                    Ok(s) if s.is_empty() => {
                        keep(ValidationError::new("specializations", Problem::Empty));
                        None
                    }
                    Ok(s) => Some(Audience::Specializations(s)),
                    Err(e) => {
                        keep(e);
                        None
                    }
                }
            }
            Ok(AudienceKind::Named) => {
                let slugs: Result<Vec<Slug>, _> = self
                    .heroes
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|s| !s.is_empty())
                    .map(|s| Slug::parse("heroes", s))
                    .collect();
                match slugs {
                    Ok(s) if s.is_empty() => {
                        keep(ValidationError::new("heroes", Problem::Empty));
                        None
                    }
                    Ok(mut s) => {
                        s.dedup();
                        Some(Audience::Named(s))
                    }
                    Err(e) => {
                        keep(e);
                        None
                    }
                }
            }
            Err(e) => {
                keep(e);
                None
            }
        };
        let nda_version_id = match self.nda_version.trim().parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                keep(ValidationError::new("nda_version", Problem::Empty));
                None
            }
        };
        let embargo_until = if self.embargo_until.trim().is_empty() {
            Some(None)
        } else {
            parse_date("embargo_until", &self.embargo_until)
                .map(Some)
                .map_err(&mut keep)
                .ok()
        };
        let starts = TimeZone::parse("time_zone", &self.time_zone)
            .map_err(&mut keep)
            .ok()
            .and_then(|zone| {
                ZonedTime::parse("starts_at", &self.starts_at, zone)
                    .map_err(&mut keep)
                    .ok()
            });
        let minutes = parse_number("minutes", &self.minutes, 5, MAX_MINUTES)
            .map_err(&mut keep)
            .ok();
        let join_url = optional_url("join_url", &self.join_url)
            .map_err(&mut keep)
            .ok();
        let venue = OptionalLine::parse("venue", &self.venue)
            .map_err(&mut keep)
            .ok();
        let place = match (join_url, venue) {
            (Some(None), Some(venue)) if venue.as_str().is_empty() => {
                keep(ValidationError::new(
                    "join_url",
                    Problem::Invalid {
                        expected: "expected-online-link-venue-both",
                    },
                ));
                None
            }
            (Some(join_url), Some(venue)) => Some(Place { join_url, venue }),
            _ => None,
        };
        let capacity = parse_number("capacity", &self.capacity, 1, MAX_CAPACITY)
            .map_err(&mut keep)
            .ok();
        let agenda = LongText::parse("agenda", &self.agenda)
            .map_err(&mut keep)
            .ok();
        let materials = LongText::parse("materials", &self.materials)
            .map_err(&mut keep)
            .ok();
        let recording_url = optional_url("recording_url", &self.recording_url)
            .map_err(&mut keep)
            .ok();
        let area = if self.area.trim().is_empty() {
            Some(None)
        } else {
            Slug::parse("area", self.area.trim())
                .map(Some)
                .map_err(&mut keep)
                .ok()
        };
        match (
            title,
            summary,
            audience,
            nda_version_id,
            embargo_until,
            starts,
            minutes,
            place,
            capacity,
            agenda,
            materials,
            recording_url,
        ) {
            (
                Some(title),
                Some(summary),
                Some(audience),
                Some(nda_version_id),
                Some(embargo_until),
                Some(starts),
                Some(minutes),
                Some(place),
                Some(capacity),
                Some(agenda),
                Some(materials),
                Some(recording_url),
            ) if errors.is_empty() => Ok(NewBriefing {
                title,
                summary,
                audience,
                nda_version_id,
                embargo_until,
                starts,
                minutes,
                place,
                capacity,
                agenda,
                materials,
                recording_url,
                area: area.flatten(),
            }),
            _ => Err(errors),
        }
    }
}

/// What the gate knows about the person asking.
#[derive(Debug, Clone, Default)]
pub struct Reader {
    /// The account (none for a visitor).
    pub user_id: Option<i64>,
    /// Its roles now.
    pub roles: Roles,
    /// The hero record the account speaks for.
    pub hero: Option<ReaderHero>,
    /// The newest NDA version the account accepted.
    pub accepted_nda: Option<NdaRank>,
}

/// The hero record behind a reader.
#[derive(Debug, Clone)]
pub struct ReaderHero {
    pub id: i64,
    pub status: HeroStatus,
    /// The specializations of the hero's awards.
    pub specializations: Vec<i64>,
}

/// What the gate knows about a briefing.
#[derive(Debug, Clone)]
pub struct Gate {
    pub audience: AudienceKind,
    /// The specializations of a [`AudienceKind::Specializations`] audience.
    pub specializations: Vec<i64>,
    /// The heroes of a [`AudienceKind::Named`] audience.
    pub heroes: Vec<i64>,
    /// The NDA version it requires.
    pub nda: NdaRank,
    /// The account that created it.
    pub created_by: Option<i64>,
}

/// What a person may do with a briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Runs it: an admin, or the staff member who created it. Sees everything, and the
    /// access log and attendance.
    Organizer,
    /// An active hero in the audience who accepted the NDA: sees it, joins, RSVPs.
    Eligible,
    /// An active hero in the audience who has yet to accept the required NDA version: told
    /// to read and accept it first, nothing more.
    NeedsNda,
    /// Everyone else: the briefing does not exist for them (404).
    Hidden,
}

impl Access {
    /// Whether the briefing may be shown at all.
    pub fn sees(self) -> bool {
        matches!(self, Access::Organizer | Access::Eligible)
    }
}

/// Decides what `reader` may do with a briefing behind `gate`.
///
/// Only active heroes are ever in an audience: alumni and heroes on leave are not, whatever
/// they accepted, so moving a hero to alumni takes access away at the next request. Staff
/// who do not run the briefing see nothing of it.
pub fn access(reader: &Reader, gate: &Gate) -> Access {
    let Some(user_id) = reader.user_id else {
        return Access::Hidden;
    };
    if reader.roles.has(Role::Admin)
        || (reader.roles.has(Role::Staff) && gate.created_by == Some(user_id))
    {
        return Access::Organizer;
    }
    let Some(hero) = &reader.hero else {
        return Access::Hidden;
    };
    if hero.status != HeroStatus::Active || !reader.roles.has(Role::Hero) {
        return Access::Hidden;
    }
    let in_audience = match gate.audience {
        AudienceKind::AllHeroes => true,
        AudienceKind::Specializations => hero
            .specializations
            .iter()
            .any(|s| gate.specializations.contains(s)),
        AudienceKind::Named => gate.heroes.contains(&hero.id),
    };
    if !in_audience {
        return Access::Hidden;
    }
    match reader.accepted_nda {
        Some(accepted) if accepted >= gate.nda => Access::Eligible,
        _ => Access::NeedsNda,
    }
}

/// A hero's answer to a briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RsvpState {
    /// Has a seat.
    Going,
    /// Waits for a seat; the first to wait gets the next one freed.
    Waiting,
}

impl RsvpState {
    /// Every state, for reading a stored name back.
    pub const ALL: [RsvpState; 2] = [RsvpState::Going, RsvpState::Waiting];

    /// The stable name used in the database and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Going => "going",
            Self::Waiting => "waiting",
        }
    }
}

names!(RsvpState, stored as "RSVP state");

/// What an access-log line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Viewed {
    /// The briefing's page with its agenda and materials.
    Page,
    /// The join link.
    JoinLink,
    /// The recording.
    Recording,
    /// The `.ics` file.
    Calendar,
    /// One of its files (the access log names which).
    File,
}

impl Viewed {
    /// Every kind.
    pub const ALL: [Viewed; 5] = [
        Self::Page,
        Self::JoinLink,
        Self::Recording,
        Self::Calendar,
        Self::File,
    ];

    /// The stable name used in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Page => "page",
            Self::JoinLink => "join-link",
            Self::Recording => "recording",
            Self::Calendar => "calendar",
            Self::File => "file",
        }
    }
}

names!(Viewed, stored as "access-log entry");

/// The largest file staff may attach to a briefing (under the server's 8 MB body limit, so an
/// oversized upload gets a message at the field).
pub const MAX_FILE_BYTES: usize = 6 * 1024 * 1024;
/// The longest file name kept (characters).
pub const MAX_FILE_NAME: usize = 100;

/// The kinds of file a briefing may carry, each recognized by its content: what the browser
/// or the file's name claims is never trusted, so an HTML page renamed `slides.pdf` is
/// refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    /// `%PDF-`.
    Pdf,
    /// The PNG signature.
    Png,
    /// A JPEG start-of-image marker.
    Jpeg,
    /// A RIFF container holding WebP.
    Webp,
    /// A slide deck: a ZIP holding `ppt/` (Office Open XML).
    Pptx,
    /// A document: a ZIP holding `word/`.
    Docx,
    /// A spreadsheet: a ZIP holding `xl/`.
    Xlsx,
    /// Text: valid UTF-8 without control characters but tab and line ends, named `.txt`,
    /// `.md` or `.csv` (sniffing cannot tell these apart; the bytes are text either way, and
    /// they are served as `text/plain`, never as HTML).
    Text,
}

impl FileType {
    /// What the file is served as.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Webp => "image/webp",
            Self::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Text => "text/plain; charset=utf-8",
        }
    }

    /// The extensions a file of this type may keep in its name; the first is added to a name
    /// that has none of them.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Pdf => &["pdf"],
            Self::Png => &["png"],
            Self::Jpeg => &["jpg", "jpeg"],
            Self::Webp => &["webp"],
            Self::Pptx => &["pptx"],
            Self::Docx => &["docx"],
            Self::Xlsx => &["xlsx"],
            Self::Text => &["txt", "md", "csv"],
        }
    }

    /// Recognizes `bytes` (named `name`), or `None` for a type briefings do not take.
    pub fn sniff(name: &str, bytes: &[u8]) -> Option<FileType> {
        if bytes.starts_with(b"%PDF-") {
            return Some(Self::Pdf);
        }
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(Self::Png);
        }
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(Self::Jpeg);
        }
        if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            return Some(Self::Webp);
        }
        if bytes.starts_with(b"PK\x03\x04") {
            // The names of the entries are stored in plain text in the archive; an Office
            // file always holds its part folder.
            let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
            return if holds(b"[Content_Types].xml") && holds(b"ppt/") {
                Some(Self::Pptx)
            } else if holds(b"[Content_Types].xml") && holds(b"word/") {
                Some(Self::Docx)
            } else if holds(b"[Content_Types].xml") && holds(b"xl/") {
                Some(Self::Xlsx)
            } else {
                None
            };
        }
        let text_name = extension_of(name).is_some_and(|e| {
            Self::Text
                .extensions()
                .contains(&e.to_ascii_lowercase().as_str())
        });
        let text = std::str::from_utf8(bytes).is_ok_and(|t| {
            t.chars()
                .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        });
        (text_name && text).then_some(Self::Text)
    }
}

fn extension_of(name: &str) -> Option<&str> {
    name.rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| !e.is_empty())
}

/// Why an uploaded file was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// No file, or an empty one.
    Empty,
    /// Over [`MAX_FILE_BYTES`].
    TooLarge,
    /// Not one of the [`FileType`]s, by its content.
    Type,
    /// The name holds a NUL or another control character.
    Name,
}

/// A file ready to store: its bytes, the type sniffed from them, and a name safe to offer in
/// a download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFile {
    /// The name offered when it is downloaded: no folders, only letters, digits, `.`, `-`
    /// and `_`, ending in an extension of its type.
    pub name: String,
    /// What the bytes are.
    pub kind: FileType,
    /// The content.
    pub bytes: Vec<u8>,
}

impl NewFile {
    /// Checks an upload: not empty, not over [`MAX_FILE_BYTES`], a name without control
    /// characters, and content of an accepted type.
    pub fn parse(name: &str, bytes: Vec<u8>) -> Result<NewFile, FileProblem> {
        if bytes.is_empty() {
            return Err(FileProblem::Empty);
        }
        if bytes.len() > MAX_FILE_BYTES {
            return Err(FileProblem::TooLarge);
        }
        if name.chars().any(char::is_control) {
            return Err(FileProblem::Name);
        }
        // Browsers on some systems send the whole path; only its last part is the name.
        let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
        let kind = FileType::sniff(base, &bytes).ok_or(FileProblem::Type)?;
        Ok(NewFile {
            name: safe_name(base, kind),
            kind,
            bytes,
        })
    }
}

/// `name` reduced to what every browser and file system takes (ASCII letters, digits, `.`,
/// `-`, `_`; the rest become `-`), without leading dots, at most [`MAX_FILE_NAME`]
/// characters, ending in an extension of `kind`.
fn safe_name(name: &str, kind: FileType) -> String {
    let mut stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let extension = extension_of(&stem).map(str::to_ascii_lowercase);
    let keeps = extension
        .as_deref()
        .is_some_and(|e| kind.extensions().contains(&e));
    if keeps {
        let cut = stem.len() - extension.as_deref().map_or(0, str::len) - 1;
        stem.truncate(cut);
    }
    let ext = if keeps {
        extension.unwrap_or_default()
    } else {
        kind.extensions()[0].to_owned()
    };
    let stem = stem.trim_matches(['.', '-']);
    let stem: String = stem.chars().take(MAX_FILE_NAME - ext.len() - 1).collect();
    let stem = if stem.is_empty() {
        "file"
    } else {
        stem.as_str()
    };
    format!("{stem}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Access::{Eligible as E, Hidden as H, NeedsNda as Nda, Organizer as O};

    const SERVERLESS: i64 = 2;
    const DEVTOOLS: i64 = 6;

    fn rank(id: i64, day: u32) -> NdaRank {
        NdaRank {
            effective_on: NaiveDate::from_ymd_opt(2027, 1, day).unwrap(),
            id,
        }
    }

    fn gate(audience: AudienceKind) -> Gate {
        Gate {
            audience,
            specializations: vec![SERVERLESS],
            heroes: vec![10],
            nda: rank(2, 10),
            created_by: Some(100),
        }
    }

    /// Who asks: (name, roles, hero status, specialization, hero id, accepted NDA).
    fn reader(
        user_id: Option<i64>,
        roles: &[Role],
        hero: Option<(HeroStatus, i64, i64)>,
        nda: Option<NdaRank>,
    ) -> Reader {
        Reader {
            user_id,
            roles: if user_id.is_some() {
                Roles::of_account(roles.iter().copied())
            } else {
                Roles::NONE
            },
            hero: hero.map(|(status, specialization, id)| ReaderHero {
                id,
                status,
                specializations: vec![specialization],
            }),
            accepted_nda: nda,
        }
    }

    /// The eligibility matrix: role × specialization × NDA version × hero status, each row
    /// against the three kinds of audience (specializations, all heroes, named).
    #[test]
    fn eligibility_as_a_table() {
        use HeroStatus::{Active, Alumni, OnLeave};
        let v1 = Some(rank(1, 1));
        let v2 = Some(rank(2, 10));
        let v3 = Some(rank(3, 20));
        let rows: Vec<(&str, Reader, [Access; 3])> = vec![
            ("visitor", reader(None, &[], None, None), [H, H, H]),
            ("member", reader(Some(1), &[], None, v2), [H, H, H]),
            (
                "serverless hero, v2",
                reader(Some(2), &[Role::Hero], Some((Active, SERVERLESS, 10)), v2),
                [E, E, E],
            ),
            (
                "serverless hero, newer v3",
                reader(Some(2), &[Role::Hero], Some((Active, SERVERLESS, 10)), v3),
                [E, E, E],
            ),
            (
                "serverless hero, only v1",
                reader(Some(2), &[Role::Hero], Some((Active, SERVERLESS, 10)), v1),
                [Nda, Nda, Nda],
            ),
            (
                "serverless hero, no NDA",
                reader(Some(2), &[Role::Hero], Some((Active, SERVERLESS, 10)), None),
                [Nda, Nda, Nda],
            ),
            (
                "devtools hero, v2, not named",
                reader(Some(3), &[Role::Hero], Some((Active, DEVTOOLS, 11)), v2),
                [H, E, H],
            ),
            (
                "serverless hero on leave",
                reader(Some(4), &[Role::Hero], Some((OnLeave, SERVERLESS, 10)), v2),
                [H, H, H],
            ),
            (
                "serverless alumni",
                reader(Some(5), &[Role::Alumni], Some((Alumni, SERVERLESS, 10)), v2),
                [H, H, H],
            ),
            (
                "staff who created it",
                reader(Some(100), &[Role::Staff], None, None),
                [O, O, O],
            ),
            (
                "other staff",
                reader(Some(101), &[Role::Staff], None, v2),
                [H, H, H],
            ),
            (
                "former staff who created it",
                reader(Some(100), &[], None, None),
                [H, H, H],
            ),
            (
                "reviewer",
                reader(Some(102), &[Role::Reviewer], None, v2),
                [H, H, H],
            ),
            (
                "admin",
                reader(Some(103), &[Role::Admin], None, None),
                [O, O, O],
            ),
            (
                "hero who is also staff, not the creator",
                reader(
                    Some(104),
                    &[Role::Hero, Role::Staff],
                    Some((Active, SERVERLESS, 10)),
                    v2,
                ),
                [E, E, E],
            ),
        ];
        for (name, reader, expected) in rows {
            for (kind, want) in AudienceKind::ALL.into_iter().zip(expected) {
                assert_eq!(access(&reader, &gate(kind)), want, "{name} × {kind}");
            }
        }
    }

    fn valid() -> BriefingInput {
        BriefingInput {
            title: "Serverless roadmap".into(),
            summary: "What ships next quarter.".into(),
            audience: "specializations".into(),
            specializations: vec!["serverless".into()],
            heroes: String::new(),
            nda_version: "2".into(),
            embargo_until: "2027-05-01".into(),
            starts_at: "2027-04-20T17:00".into(),
            time_zone: "Europe/Berlin".into(),
            minutes: "60".into(),
            join_url: "https://meet.example.com/abc".into(),
            venue: String::new(),
            capacity: "40".into(),
            agenda: "1. Intro".into(),
            materials: "[Slides](https://example.com/s.pdf)".into(),
            recording_url: String::new(),
            area: String::new(),
        }
    }

    #[test]
    fn a_briefing_names_its_product_area_or_none() {
        assert_eq!(valid().parse().unwrap().area, None);
        let with = BriefingInput {
            area: " lambda ".into(),
            ..valid()
        };
        assert_eq!(with.parse().unwrap().area.unwrap().as_str(), "lambda");
        let wrong = BriefingInput {
            area: "Not a slug!".into(),
            ..valid()
        };
        let fields: Vec<_> = wrong.parse().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["area"]);
    }

    #[test]
    fn a_file_is_typed_by_its_content_not_its_name() {
        let pdf = NewFile::parse("Road map (Q3).pdf", b"%PDF-1.7 ...".to_vec()).unwrap();
        assert_eq!(pdf.kind, FileType::Pdf);
        assert_eq!(pdf.name, "Road-map--Q3.pdf");
        // A PDF named as something else keeps its stem and gets its real extension.
        let renamed = NewFile::parse("slides.html", b"%PDF-1.4".to_vec()).unwrap();
        assert_eq!(renamed.name, "slides.html.pdf");
        // HTML named `.pdf` is not a PDF, and text is taken only under a text name.
        assert_eq!(
            NewFile::parse("slides.pdf", b"<html><script>".to_vec()),
            Err(FileProblem::Type)
        );
        assert_eq!(
            NewFile::parse("page.html", b"<html>".to_vec()),
            Err(FileProblem::Type)
        );
        let notes = NewFile::parse("notes.MD", b"# Notes\n\n- one\n".to_vec()).unwrap();
        assert_eq!(
            (notes.kind, notes.name.as_str()),
            (FileType::Text, "notes.md")
        );
        assert_eq!(
            NewFile::parse("bin.txt", b"a\x00b".to_vec()),
            Err(FileProblem::Type)
        );
        let deck = b"PK\x03\x04....[Content_Types].xml....ppt/slides/slide1.xml".to_vec();
        assert_eq!(NewFile::parse("d.pptx", deck).unwrap().kind, FileType::Pptx);
        assert_eq!(
            NewFile::parse("a.zip", b"PK\x03\x04 anything".to_vec()),
            Err(FileProblem::Type)
        );
        let png = NewFile::parse(
            "C:\\Users\\ana\\..\\shot.png",
            b"\x89PNG\r\n\x1a\n..".to_vec(),
        );
        assert_eq!(png.unwrap().name, "shot.png");
    }

    #[test]
    fn a_bad_upload_says_why() {
        assert_eq!(NewFile::parse("a.pdf", Vec::new()), Err(FileProblem::Empty));
        assert_eq!(
            NewFile::parse("a\0.pdf", b"%PDF-1".to_vec()),
            Err(FileProblem::Name)
        );
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_FILE_BYTES + 1, b' ');
        assert_eq!(NewFile::parse("a.pdf", big), Err(FileProblem::TooLarge));
        // Nothing left of the name: a neutral one.
        assert_eq!(
            NewFile::parse("...", b"%PDF-1".to_vec()).unwrap().name,
            "file.pdf"
        );
        let long = format!("{}.pdf", "x".repeat(300));
        assert_eq!(
            NewFile::parse(&long, b"%PDF-1".to_vec())
                .unwrap()
                .name
                .len(),
            MAX_FILE_NAME
        );
    }

    #[test]
    fn a_briefing_form_parses_with_its_zone() {
        let b = valid().parse().unwrap();
        assert_eq!(b.starts.instant().to_rfc3339(), "2027-04-20T15:00:00+00:00");
        assert_eq!(b.ends().to_rfc3339(), "2027-04-20T16:00:00+00:00");
        assert_eq!(b.audience.kind(), AudienceKind::Specializations);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let input = BriefingInput {
            title: " ".into(),
            audience: "named".into(),
            heroes: " , ".into(),
            starts_at: "2027-03-28T02:30".into(),
            minutes: "0".into(),
            join_url: "javascript:alert(1)".into(),
            capacity: "-1".into(),
            ..valid()
        };
        let fields: Vec<_> = input.parse().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "title",
                "heroes",
                "starts_at",
                "minutes",
                "join_url",
                "capacity"
            ]
        );
        let nowhere = BriefingInput {
            join_url: String::new(),
            venue: String::new(),
            ..valid()
        };
        let fields: Vec<_> = nowhere
            .parse()
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["join_url"]);
    }

    #[test]
    fn an_nda_version_needs_every_field() {
        assert!(NewNdaVersion::parse("2027-1", "You keep it secret.", "2027-01-01").is_ok());
        let fields: Vec<_> = NewNdaVersion::parse("", "", "soon")
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["label", "body", "effective_on"]);
    }
}
