//! Promotion: a hero asks the program to amplify one of their contributions (a coming talk is
//! a contribution dated ahead), staff approve it with a schedule or decline it with a reason,
//! and approved items show in the spotlight during their window and go into the digest.
//!
//! Every change of a request's state goes through [`State::apply`]; a refused step comes back
//! as a [`Refusal`] naming why, so the page can say it in words.

use crate::calendar::ZonedTime;
use crate::error::{Problem, UnknownName, ValidationError, names};
use crate::hero::TimeZone;
use crate::text::Bounded;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// Where the program can amplify a piece of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    /// The home page and `/spotlight` (and the spotlight feeds).
    Spotlight,
    /// The periodic digest mailed to subscribers.
    Digest,
    /// The program's social accounts (their tools read the spotlight feeds).
    Social,
}

impl Channel {
    /// Every channel, in the order forms list them.
    pub const ALL: [Channel; 3] = [Channel::Spotlight, Channel::Digest, Channel::Social];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Spotlight => "spotlight",
            Channel::Digest => "digest",
            Channel::Social => "social",
        }
    }

    /// Reads a stored or submitted name.
    pub fn from_name(value: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == value)
    }
}

/// A set of channels, at least one when it comes from a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Channels(u8);

impl Channels {
    /// No channel (a declined or pending request's approved channels).
    pub const NONE: Channels = Channels(0);

    fn bit(c: Channel) -> u8 {
        1 << (c as u8)
    }

    /// Whether `c` is in the set.
    pub fn has(self, c: Channel) -> bool {
        self.0 & Self::bit(c) != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The channels in the set, in [`Channel::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Channel> {
        Channel::ALL.into_iter().filter(move |c| self.has(*c))
    }

    /// Whether every channel of `self` is in `other`.
    pub fn within(self, other: Channels) -> bool {
        self.0 & !other.0 == 0
    }

    /// The stored form: names joined by commas (`spotlight,digest`).
    pub fn to_stored(self) -> String {
        self.iter()
            .map(Channel::as_str)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The set of the submitted `names` (checkbox values); unknown names are refused, and so
    /// is an empty set.
    pub fn parse<'a>(
        field: &'static str,
        names: impl IntoIterator<Item = &'a str>,
    ) -> Result<Channels, ValidationError> {
        let mut set = Channels::NONE;
        for name in names {
            let c = Channel::from_name(name.trim()).ok_or(ValidationError::new(
                field,
                Problem::Invalid {
                    expected: "expected-spotlight-digest-social",
                },
            ))?;
            set.0 |= Self::bit(c);
        }
        if set.is_empty() {
            return Err(ValidationError::new(field, Problem::Empty));
        }
        Ok(set)
    }
}

impl FromIterator<Channel> for Channels {
    fn from_iter<T: IntoIterator<Item = Channel>>(iter: T) -> Self {
        Channels(iter.into_iter().fold(0, |acc, c| acc | Self::bit(c)))
    }
}

impl TryFrom<String> for Channels {
    type Error = UnknownName;

    /// Reads the stored form; an empty text is the empty set.
    fn try_from(value: String) -> Result<Self, Self::Error> {
        let mut set = Channels::NONE;
        for name in value.split(',').filter(|n| !n.is_empty()) {
            let c = Channel::from_name(name).ok_or(UnknownName {
                what: "promotion channel",
                value: value.clone(),
            })?;
            set.0 |= Self::bit(c);
        }
        Ok(set)
    }
}

/// Where a promotion request is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Asked for; waiting for staff.
    Pending,
    /// Approved with a schedule (whether its window has come is [`Stage`]).
    Approved,
    /// Declined by staff, with a reason.
    Declined,
    /// Taken back by the hero (before or during its window), or cancelled by staff after
    /// approving it.
    Withdrawn,
}

/// A step from one state to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    /// Staff approve a pending request with a schedule.
    Approve,
    /// Staff change the schedule of an approved request.
    Reschedule,
    /// Staff decline a pending request with a reason.
    Decline,
    /// The hero withdraws a pending or approved request.
    Withdraw,
    /// Staff cancel an approved request (with a reason), taking it out of the spotlight.
    Cancel,
}

/// Why a step was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The request was already decided (declined or withdrawn), or decided differently by
    /// someone else a moment ago.
    AlreadyDecided,
    /// Only an approved request has a schedule to change or cancel.
    NotApproved,
}

impl Refusal {
    /// The message id of the refusal in the catalog.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::AlreadyDecided => "promotion-refusal-decided",
            Refusal::NotApproved => "promotion-refusal-not-approved",
        }
    }
}

impl State {
    /// Every state.
    pub const ALL: [State; 4] = [
        State::Pending,
        State::Approved,
        State::Declined,
        State::Withdrawn,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Approved => "approved",
            State::Declined => "declined",
            State::Withdrawn => "withdrawn",
        }
    }

    /// Reads a stored name.
    pub fn from_stored(value: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// The state `step` leads to, or why it is refused.
    pub fn apply(self, step: Transition) -> Result<State, Refusal> {
        use State::*;
        use Transition::*;
        match (self, step) {
            (Pending, Approve) => Ok(Approved),
            (Pending, Decline) => Ok(Declined),
            (Pending | Approved, Withdraw) => Ok(Withdrawn),
            (Approved, Reschedule) => Ok(Approved),
            (Approved, Cancel) => Ok(Withdrawn),
            (Pending, Reschedule | Cancel) => Err(Refusal::NotApproved),
            (Approved, Approve | Decline) | (Declined | Withdrawn, _) => {
                Err(Refusal::AlreadyDecided)
            }
        }
    }
}

names!(State, stored as "promotion request state");

/// What the hero and the staff list show: the state, and for an approved request whether its
/// window is ahead, running or over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Waiting for staff.
    Pending,
    /// Approved; the window has not started.
    Scheduled,
    /// Approved and in its window: in the spotlight now.
    Live,
    /// Approved and past its window.
    Ended,
    /// Declined by staff.
    Declined,
    /// Withdrawn or cancelled.
    Withdrawn,
}

impl Stage {
    /// The stage of a request in `state` with `window` (approved requests have one) at `now`.
    pub fn of(
        state: State,
        window: Option<(DateTime<Utc>, DateTime<Utc>)>,
        now: DateTime<Utc>,
    ) -> Stage {
        match (state, window) {
            (State::Pending, _) => Stage::Pending,
            (State::Declined, _) => Stage::Declined,
            (State::Withdrawn, _) => Stage::Withdrawn,
            (State::Approved, Some((start, _))) if now < start => Stage::Scheduled,
            (State::Approved, Some((_, end))) if now < end => Stage::Live,
            (State::Approved, _) => Stage::Ended,
        }
    }

    /// The name used in message ids and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Pending => "pending",
            Stage::Scheduled => "scheduled",
            Stage::Live => "live",
            Stage::Ended => "ended",
            Stage::Declined => "declined",
            Stage::Withdrawn => "withdrawn",
        }
    }
}

/// The longest window a hero may ask for, and staff may schedule.
pub const MAX_WINDOW_DAYS: i64 = 60;
/// How far ahead a window may start.
pub const MAX_LEAD_DAYS: i64 = 366;

/// A hero's request, parsed: which contribution, the channels, the window wanted (whole
/// days) and a note for staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    /// The contribution to amplify (its ownership is checked by the store).
    pub contribution_id: i64,
    /// The channels asked for.
    pub channels: Channels,
    /// The first day wanted.
    pub from: NaiveDate,
    /// The last day wanted.
    pub until: NaiveDate,
    /// What staff should know (the audience, why now).
    pub note: Bounded<0, 2000>,
}

fn parse_day(field: &'static str, value: &str) -> Result<NaiveDate, ValidationError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        ValidationError::new(
            field,
            Problem::Invalid {
                expected: "expected-date-2027-03-28",
            },
        )
    })
}

/// The submitted fields of a request.
#[derive(Debug, Clone, Default)]
pub struct RequestForm<'a> {
    pub contribution: &'a str,
    pub channels: Vec<&'a str>,
    pub from: &'a str,
    pub until: &'a str,
    pub note: &'a str,
}

impl NewRequest {
    /// Parses every field, collecting every error. The window starts today or later (at most
    /// [`MAX_LEAD_DAYS`] ahead), ends on or after its start, and lasts at most
    /// [`MAX_WINDOW_DAYS`].
    pub fn parse(
        form: &RequestForm<'_>,
        today: NaiveDate,
    ) -> Result<NewRequest, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let contribution_id = form
            .contribution
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0);
        if contribution_id.is_none() {
            errors.push(ValidationError::new("contribution", Problem::Empty));
        }
        let channels = Channels::parse("channels", form.channels.iter().copied())
            .map_err(|e| errors.push(e))
            .ok();
        let from = parse_day("from", form.from)
            .map_err(|e| errors.push(e))
            .ok();
        let until = parse_day("until", form.until)
            .map_err(|e| errors.push(e))
            .ok();
        if let Some(from) = from
            && (from < today || from > today + Duration::days(MAX_LEAD_DAYS))
        {
            errors.push(ValidationError::new(
                "from",
                Problem::Invalid {
                    expected: "expected-today-later-day-within",
                },
            ));
        }
        if let (Some(from), Some(until)) = (from, until)
            && (until < from || (until - from).num_days() >= MAX_WINDOW_DAYS)
        {
            errors.push(ValidationError::new(
                "until",
                Problem::Invalid {
                    expected: "expected-day-after-first-most",
                },
            ));
        }
        let note = Bounded::parse("note", form.note)
            .map_err(|e| errors.push(e))
            .ok();
        match (contribution_id, channels, from, until, note) {
            (Some(contribution_id), Some(channels), Some(from), Some(until), Some(note))
                if errors.is_empty() =>
            {
                Ok(NewRequest {
                    contribution_id,
                    channels,
                    from,
                    until,
                    note,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A schedule staff give an approved request: the channels granted (some of those asked for)
/// and the window, two local times in a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// The channels granted.
    pub channels: Channels,
    /// When the item comes into the spotlight.
    pub starts: ZonedTime,
    /// When it goes out.
    pub ends: ZonedTime,
}

/// The submitted fields of a schedule.
#[derive(Debug, Clone, Default)]
pub struct ScheduleForm<'a> {
    pub channels: Vec<&'a str>,
    pub starts: &'a str,
    pub ends: &'a str,
    pub zone: &'a str,
}

impl Schedule {
    /// Parses a schedule for a request that asked for `asked`: the channels granted must be
    /// among them, the window must end after it starts, end after `now`, and last at most
    /// [`MAX_WINDOW_DAYS`].
    pub fn parse(
        form: &ScheduleForm<'_>,
        asked: Channels,
        now: DateTime<Utc>,
    ) -> Result<Schedule, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let channels = match Channels::parse("channels", form.channels.iter().copied()) {
            Ok(c) if c.within(asked) => Some(c),
            Ok(_) => {
                errors.push(ValidationError::new(
                    "channels",
                    Problem::Invalid {
                        expected: "expected-among-channels-hero-asked",
                    },
                ));
                None
            }
            Err(e) => {
                errors.push(e);
                None
            }
        };
        let zone = TimeZone::parse(
            "zone",
            if form.zone.trim().is_empty() {
                "UTC"
            } else {
                form.zone
            },
        )
        .map_err(|e| errors.push(e))
        .ok();
        let (starts, ends) = match zone {
            Some(zone) => (
                ZonedTime::parse("starts", form.starts, zone)
                    .map_err(|e| errors.push(e))
                    .ok(),
                ZonedTime::parse("ends", form.ends, zone)
                    .map_err(|e| errors.push(e))
                    .ok(),
            ),
            None => (None, None),
        };
        if let (Some(s), Some(e)) = (starts, ends) {
            let length = e.instant() - s.instant();
            if length <= Duration::zero() || length > Duration::days(MAX_WINDOW_DAYS) {
                errors.push(ValidationError::new(
                    "ends",
                    Problem::Invalid {
                        expected: "expected-time-after-start-most",
                    },
                ));
            } else if e.instant() <= now {
                errors.push(ValidationError::new(
                    "ends",
                    Problem::Invalid {
                        expected: "expected-time-still-come",
                    },
                ));
            }
        }
        match (channels, starts, ends) {
            (Some(channels), Some(starts), Some(ends)) if errors.is_empty() => Ok(Schedule {
                channels,
                starts,
                ends,
            }),
            _ => Err(errors),
        }
    }
}

/// How many spotlight items the home page shows at once; more rotate.
pub const HOME_SLOTS: usize = 3;
/// How long one rotation of the home page lasts.
pub const ROTATION_SECONDS: i64 = 3600;

/// Which of `live` items (in a stable order) the home page shows at `now`: [`HOME_SLOTS`] of
/// them, starting at a place that moves by one every [`ROTATION_SECONDS`], so each gets its
/// turn at the top. Returns the indexes, and the instant the choice next changes (`None`
/// when every item shows anyway).
pub fn rotation(live: usize, now: DateTime<Utc>) -> (Vec<usize>, Option<DateTime<Utc>>) {
    if live <= HOME_SLOTS {
        return ((0..live).collect(), None);
    }
    let turn = now.timestamp().div_euclid(ROTATION_SECONDS);
    let first = usize::try_from(turn.rem_euclid(live as i64)).unwrap_or(0);
    let next = DateTime::from_timestamp((turn + 1) * ROTATION_SECONDS, 0);
    ((0..HOME_SLOTS).map(|i| (first + i) % live).collect(), next)
}

/// How often the digest is drafted: an admin's choice, monthly unless changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Cadence {
    /// ISO weeks, Monday to Sunday.
    Weekly,
    /// Calendar months.
    #[default]
    Monthly,
    /// Calendar quarters.
    Quarterly,
}

impl Cadence {
    /// Every cadence, in the order the admin's form lists them.
    pub const ALL: [Cadence; 3] = [Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Cadence::Weekly => "weekly",
            Cadence::Monthly => "monthly",
            Cadence::Quarterly => "quarterly",
        }
    }

    /// The period of this cadence that `day` falls in.
    pub fn period_of(self, day: NaiveDate) -> Period {
        let first = match self {
            Cadence::Weekly => {
                day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
            }
            Cadence::Monthly => day.with_day(1).unwrap_or(day),
            Cadence::Quarterly => {
                let month = (day.month() - 1) / 3 * 3 + 1;
                NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
            }
        };
        Period {
            cadence: self,
            first,
        }
    }
}

names!(
    Cadence,
    stored as "digest cadence",
    submitted expecting "expected-weekly-monthly-quarterly"
);

/// A digest's period: an ISO week (`2026-W48`), a calendar month (`2026-11`) or a quarter
/// (`2026-Q4`), after the [`Cadence`] it was drafted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// How long it is.
    pub cadence: Cadence,
    /// Its first day.
    pub first: NaiveDate,
}

impl Period {
    /// The month `day` falls in (the default cadence's period).
    pub fn of(day: NaiveDate) -> Period {
        Cadence::Monthly.period_of(day)
    }

    /// The period before, of the same cadence.
    pub fn previous(self) -> Period {
        self.cadence.period_of(self.first - Duration::days(1))
    }

    /// The first day of the next period.
    pub fn end(self) -> NaiveDate {
        let months = match self.cadence {
            Cadence::Weekly => return self.first + Duration::days(7),
            Cadence::Monthly => 1,
            Cadence::Quarterly => 3,
        };
        self.first
            .checked_add_months(chrono::Months::new(months))
            .unwrap_or(self.first)
    }

    /// The period a stored [`key`](Self::key) names; `None` for text that is no such key.
    pub fn from_key(key: &str) -> Option<Period> {
        let (year, rest) = key.split_once('-')?;
        let year: i32 = year.parse().ok()?;
        let (cadence, first) = if let Some(week) = rest.strip_prefix('W') {
            let week: u32 = week.parse().ok()?;
            (
                Cadence::Weekly,
                NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?,
            )
        } else if let Some(quarter) = rest.strip_prefix('Q') {
            let quarter: u32 = quarter.parse().ok().filter(|q| (1..=4).contains(q))?;
            (
                Cadence::Quarterly,
                NaiveDate::from_ymd_opt(year, (quarter - 1) * 3 + 1, 1)?,
            )
        } else {
            let month: u32 = rest.parse().ok()?;
            (Cadence::Monthly, NaiveDate::from_ymd_opt(year, month, 1)?)
        };
        let period = Period { cadence, first };
        (period.key() == key).then_some(period)
    }

    /// The stored key, unique per period: `YYYY-Www` (ISO week and its year), `YYYY-MM` or
    /// `YYYY-Qn`.
    pub fn key(self) -> String {
        match self.cadence {
            Cadence::Weekly => self.first.format("%G-W%V").to_string(),
            Cadence::Monthly => self.first.format("%Y-%m").to_string(),
            Cadence::Quarterly => {
                format!(
                    "{}-Q{}",
                    self.first.year(),
                    (self.first.month() - 1) / 3 + 1
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    #[test]
    fn every_step_from_every_state_is_allowed_or_refused_as_the_table_says() {
        use Refusal::*;
        use State::*;
        use Transition::*;
        let table: [(State, Transition, Result<State, Refusal>); 20] = [
            (Pending, Approve, Ok(Approved)),
            (Pending, Reschedule, Err(NotApproved)),
            (Pending, Decline, Ok(Declined)),
            (Pending, Withdraw, Ok(Withdrawn)),
            (Pending, Cancel, Err(NotApproved)),
            (Approved, Approve, Err(AlreadyDecided)),
            (Approved, Reschedule, Ok(Approved)),
            (Approved, Decline, Err(AlreadyDecided)),
            (Approved, Withdraw, Ok(Withdrawn)),
            (Approved, Cancel, Ok(Withdrawn)),
            (Declined, Approve, Err(AlreadyDecided)),
            (Declined, Reschedule, Err(AlreadyDecided)),
            (Declined, Decline, Err(AlreadyDecided)),
            (Declined, Withdraw, Err(AlreadyDecided)),
            (Declined, Cancel, Err(AlreadyDecided)),
            (Withdrawn, Approve, Err(AlreadyDecided)),
            (Withdrawn, Reschedule, Err(AlreadyDecided)),
            (Withdrawn, Decline, Err(AlreadyDecided)),
            (Withdrawn, Withdraw, Err(AlreadyDecided)),
            (Withdrawn, Cancel, Err(AlreadyDecided)),
        ];
        for (from, step, want) in table {
            assert_eq!(from.apply(step), want, "{from:?} {step:?}");
        }
        for s in State::ALL {
            assert_eq!(State::try_from(s.as_str().to_owned()), Ok(s));
        }
        assert!(State::try_from("live".to_owned()).is_err());
    }

    #[test]
    fn stages_follow_the_clock() {
        let at = |h| Utc.with_ymd_and_hms(2026, 12, 1, h, 0, 0).unwrap();
        let window = Some((at(9), at(17)));
        assert_eq!(Stage::of(State::Approved, window, at(8)), Stage::Scheduled);
        assert_eq!(Stage::of(State::Approved, window, at(9)), Stage::Live);
        assert_eq!(Stage::of(State::Approved, window, at(17)), Stage::Ended);
        assert_eq!(Stage::of(State::Pending, None, at(9)), Stage::Pending);
    }

    #[test]
    fn channels_round_trip_and_refuse_unknown_or_none() {
        let set = Channels::parse("channels", ["digest", "spotlight"]).unwrap();
        assert_eq!(set.to_stored(), "spotlight,digest");
        assert_eq!(Channels::try_from(set.to_stored()), Ok(set));
        assert!(Channels::parse("channels", []).is_err());
        assert!(Channels::parse("channels", ["radio"]).is_err());
        assert!(Channels::parse("channels", ["digest"]).unwrap().within(set));
        assert!(!Channels::parse("channels", ["social"]).unwrap().within(set));
    }

    #[test]
    fn a_request_needs_a_window_from_today_of_at_most_sixty_days() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let form = RequestForm {
            contribution: "7",
            channels: vec!["spotlight"],
            from: "2026-12-01",
            until: "2026-12-07",
            note: "  KubeCon talk  ",
        };
        let ok = NewRequest::parse(&form, today).unwrap();
        assert_eq!(ok.note.as_str(), "KubeCon talk");
        let past = RequestForm {
            from: "2026-11-01",
            ..form.clone()
        };
        assert_eq!(
            NewRequest::parse(&past, today).unwrap_err()[0].field,
            "from"
        );
        let long = RequestForm {
            until: "2027-03-01",
            ..form.clone()
        };
        assert_eq!(
            NewRequest::parse(&long, today).unwrap_err()[0].field,
            "until"
        );
        let empty = RequestForm::default();
        let fields: Vec<_> = NewRequest::parse(&empty, today)
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["contribution", "channels", "from", "until"]);
    }

    #[test]
    fn a_schedule_grants_only_what_was_asked_and_ends_after_it_starts() {
        let now = Utc.with_ymd_and_hms(2026, 11, 29, 12, 0, 0).unwrap();
        let asked = Channels::parse("channels", ["spotlight", "digest"]).unwrap();
        let form = ScheduleForm {
            channels: vec!["spotlight"],
            starts: "2026-12-01T09:00",
            ends: "2026-12-08T09:00",
            zone: "Europe/Berlin",
        };
        let s = Schedule::parse(&form, asked, now).unwrap();
        assert_eq!(
            s.starts.instant(),
            Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap()
        );
        let social = ScheduleForm {
            channels: vec!["social"],
            ..form.clone()
        };
        assert_eq!(
            Schedule::parse(&social, asked, now).unwrap_err()[0].field,
            "channels"
        );
        let backwards = ScheduleForm {
            ends: "2026-11-30T09:00",
            ..form.clone()
        };
        assert_eq!(
            Schedule::parse(&backwards, asked, now).unwrap_err()[0].field,
            "ends"
        );
    }

    #[test]
    fn the_home_page_rotates_through_every_live_item() {
        let at = |h| Utc.with_ymd_and_hms(2026, 12, 1, h, 0, 0).unwrap();
        assert_eq!(rotation(2, at(1)), (vec![0, 1], None));
        let mut firsts = std::collections::BTreeSet::new();
        for h in 0..5 {
            let (shown, next) = rotation(5, at(h));
            assert_eq!(shown.len(), HOME_SLOTS);
            assert_eq!(next, Some(at(h + 1)));
            firsts.insert(shown[0]);
        }
        assert_eq!(firsts.len(), 5);
    }

    #[test]
    fn periods_are_months() {
        let p = Period::of(NaiveDate::from_ymd_opt(2026, 12, 15).unwrap());
        assert_eq!(p.key(), "2026-12");
        assert_eq!(p.end(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(p.previous().key(), "2026-11");
    }

    #[test]
    fn weeks_and_quarters_have_their_own_keys_and_bounds() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // 2027-01-01 is a Friday in ISO week 53 of 2026.
        let w = Cadence::Weekly.period_of(day(2027, 1, 1));
        assert_eq!(w.first, day(2026, 12, 28));
        assert_eq!(w.key(), "2026-W53");
        assert_eq!(w.end(), day(2027, 1, 4));
        assert_eq!(w.previous().key(), "2026-W52");
        let q = Cadence::Quarterly.period_of(day(2026, 11, 29));
        assert_eq!(
            (q.first, q.key(), q.end()),
            (day(2026, 10, 1), "2026-Q4".to_owned(), day(2027, 1, 1))
        );
        assert_eq!(q.previous().key(), "2026-Q3");
        assert_eq!(
            Cadence::Quarterly
                .period_of(day(2026, 1, 1))
                .previous()
                .key(),
            "2025-Q4"
        );
        assert_eq!(Cadence::parse("c", "weekly"), Ok(Cadence::Weekly));
        assert!(Cadence::parse("c", "daily").is_err());
        assert_eq!(Cadence::default(), Cadence::Monthly);
    }

    #[test]
    fn a_key_reads_back_as_its_period() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for p in [
            Cadence::Weekly.period_of(day(2027, 1, 1)),
            Cadence::Weekly.period_of(day(2026, 6, 3)),
            Cadence::Monthly.period_of(day(2026, 11, 29)),
            Cadence::Quarterly.period_of(day(2026, 2, 1)),
        ] {
            assert_eq!(Period::from_key(&p.key()), Some(p), "{}", p.key());
        }
        for not_a_key in [
            "", "2026", "2026-13", "2026-Q5", "2026-W54", "2026-1", "x-11",
        ] {
            assert_eq!(Period::from_key(not_a_key), None, "{not_a_key}");
        }
    }
}
