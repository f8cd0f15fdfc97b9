//! The program team's dashboards: the activity bands every hero is classed in, and the
//! period (a range of whole months) every chart is read over.

use chrono::{Datelike, Days, NaiveDate};
use std::fmt;

/// Days in each of the two windows the activity bands compare.
pub const WINDOW_DAYS: u64 = 90;

/// How active a hero has been lately, from their public contributions of the last 90 days
/// and of the 90 days before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Band {
    /// Contributed in the last 90 days at least as much as in the 90 before.
    Active,
    /// Contributed in the last 90 days, but less than in the 90 before.
    Slowing,
    /// Nothing in the last 90 days, something in the 90 before.
    Quiet,
    /// Nothing in the last 180 days.
    Silent,
}

impl Band {
    /// Every band, from the most to the least active.
    pub const ALL: [Band; 4] = [Band::Active, Band::Slowing, Band::Quiet, Band::Silent];

    /// The stable name used in files and message ids.
    pub fn slug(self) -> &'static str {
        match self {
            Band::Active => "active",
            Band::Slowing => "slowing",
            Band::Quiet => "quiet",
            Band::Silent => "silent",
        }
    }

    /// Whether the program team should get in touch (everyone but the active).
    pub fn needs_follow_up(self) -> bool {
        self != Band::Active
    }

    /// Classes a hero from their contributions in the last window (`recent`) and in the one
    /// before it (`before`).
    pub fn of(recent: i64, before: i64) -> Band {
        match (recent > 0, before > 0) {
            (false, false) => Band::Silent,
            (false, true) => Band::Quiet,
            (true, _) if recent < before => Band::Slowing,
            (true, _) => Band::Active,
        }
    }
}

/// The two windows the bands compare, as of `today`: the last window is the 90 days ending
/// today (`recent_from..=today`), the one before is the 90 days before that
/// (`before_from..recent_from`). A contribution dated in the future counts in neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Windows {
    /// The first day of the 90 days before the last 90.
    pub before_from: NaiveDate,
    /// The first day of the last 90 days.
    pub recent_from: NaiveDate,
    /// The last day counted.
    pub today: NaiveDate,
}

impl Windows {
    /// The windows ending `today`.
    pub fn ending(today: NaiveDate) -> Windows {
        let recent_from = today - Days::new(WINDOW_DAYS - 1);
        Windows {
            before_from: recent_from - Days::new(WINDOW_DAYS),
            recent_from,
            today,
        }
    }
}

/// The days the dashboard keeps per-hero counts for, as of one day: renewal readiness's twelve
/// months (`readiness_from..=today`, as [`crate::renewal::readiness`] reads them) and the two
/// windows of the activity bands ([`Windows`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowDays {
    /// The day they end.
    pub today: NaiveDate,
    /// The first day readiness counts.
    pub readiness_from: NaiveDate,
    /// The first day of the 90 days before the last 90.
    pub before_from: NaiveDate,
    /// The first day of the last 90 days.
    pub recent_from: NaiveDate,
}

/// What a day counts for in the kept windows: 1 in, 0 out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Membership {
    readiness: i64,
    recent: i64,
    before: i64,
}

impl WindowDays {
    /// The windows ending `today`.
    pub fn ending(today: NaiveDate) -> WindowDays {
        let bands = Windows::ending(today);
        WindowDays {
            today,
            readiness_from: crate::renewal::readiness(&[], today).since,
            before_from: bands.before_from,
            recent_from: bands.recent_from,
        }
    }

    fn membership(&self, day: NaiveDate) -> Membership {
        let within = |from: NaiveDate, to: NaiveDate| i64::from(from <= day && day <= to);
        Membership {
            readiness: within(self.readiness_from, self.today),
            recent: within(self.recent_from, self.today),
            before: i64::from(self.before_from <= day && day < self.recent_from),
        }
    }

    /// The days on which a window begins, or which follow its end: membership changes
    /// only there.
    fn boundaries(&self) -> [NaiveDate; 4] {
        let after_today = self.today.succ_opt().unwrap_or(self.today);
        [
            self.readiness_from,
            self.before_from,
            self.recent_from,
            after_today,
        ]
    }
}

/// A run of days whose contributions count differently in two [`WindowDays`]: add
/// `readiness`, `recent` and `before` (each -1, 0 or 1) for each of them to move the counts
/// kept for the old windows to the new ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shift {
    /// The first day of the run.
    pub from: NaiveDate,
    /// The last day of the run.
    pub to: NaiveDate,
    /// Change to readiness's count.
    pub readiness: i64,
    /// Change to the last 90 days' count.
    pub recent: i64,
    /// Change to the count of the 90 days before.
    pub before: i64,
}

/// The runs of days that enter or leave a window between `old` and `new`. Moving by one
/// day gives a handful of one-day runs (the day that entered, the days that crossed a
/// boundary), so keeping the windows costs the contributions of those days, not of the
/// windows; windows far apart give the whole of both.
pub fn shifts(old: &WindowDays, new: &WindowDays) -> Vec<Shift> {
    let mut points: Vec<NaiveDate> = old
        .boundaries()
        .into_iter()
        .chain(new.boundaries())
        .collect();
    points.sort();
    points.dedup();
    let mut runs = Vec::new();
    for pair in points.windows(2) {
        let (from, next) = (pair[0], pair[1]);
        let (was, is) = (old.membership(from), new.membership(from));
        if was != is {
            runs.push(Shift {
                from,
                to: next.pred_opt().unwrap_or(next),
                readiness: is.readiness - was.readiness,
                recent: is.recent - was.recent,
                before: is.before - was.before,
            });
        }
    }
    runs
}

/// How far an active hero is from renewal: their readiness points (the published rubric of
/// `renewal`, over the last twelve months) as a share of the target, in quarters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReadinessLevel {
    /// At or over the target.
    Ready,
    /// 75 % to 99 % of it.
    Near,
    /// 50 % to 74 %.
    Halfway,
    /// 25 % to 49 %.
    Started,
    /// Under 25 %.
    Far,
}

impl ReadinessLevel {
    /// Every level, from ready to far.
    pub const ALL: [ReadinessLevel; 5] = [
        ReadinessLevel::Ready,
        ReadinessLevel::Near,
        ReadinessLevel::Halfway,
        ReadinessLevel::Started,
        ReadinessLevel::Far,
    ];

    /// The stable name used in files and message ids.
    pub fn slug(self) -> &'static str {
        match self {
            ReadinessLevel::Ready => "ready",
            ReadinessLevel::Near => "near",
            ReadinessLevel::Halfway => "halfway",
            ReadinessLevel::Started => "started",
            ReadinessLevel::Far => "far",
        }
    }

    /// The level of a hero with `points` readiness points. Compared in whole points (a
    /// quarter of the target is 25 points), so 74 points is halfway and 75 near.
    pub fn of(points: i64) -> ReadinessLevel {
        let target = i64::from(crate::renewal::TARGET);
        match points {
            p if p >= target => ReadinessLevel::Ready,
            p if p * 4 >= target * 3 => ReadinessLevel::Near,
            p if p * 2 >= target => ReadinessLevel::Halfway,
            p if p * 4 >= target => ReadinessLevel::Started,
            _ => ReadinessLevel::Far,
        }
    }
}

/// A calendar month, the grain of every rollup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    /// The month of a day.
    pub fn of(day: NaiveDate) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    /// Reads `YYYY-MM` (years 1900 to 9999); anything else is `None`.
    pub fn parse(text: &str) -> Option<Month> {
        let (y, m) = text.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let (year, month) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
        ((1900..=9999).contains(&year) && (1..=12).contains(&month))
            .then_some(Month { year, month })
    }

    /// Its year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month `n` months earlier.
    pub fn minus(self, n: u32) -> Month {
        let index = self.year * 12 + self.month as i32 - 1 - n as i32;
        Month {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        }
    }

    /// The month after.
    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// Its first day.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("months are valid")
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The months a chart covers, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// The first month.
    pub from: Month,
    /// The last month.
    pub to: Month,
}

impl Period {
    /// The twelve months ending with the month of `today`: the default of every chart.
    pub fn last_year(today: NaiveDate) -> Period {
        let to = Month::of(today);
        Period {
            from: to.minus(11),
            to,
        }
    }

    /// The period asked for by `from` and `to` (`YYYY-MM`, either may be missing or wrong),
    /// falling back to [`Period::last_year`] for what is missing; ends given the wrong way
    /// round are swapped.
    pub fn parse(from: Option<&str>, to: Option<&str>, today: NaiveDate) -> Period {
        let default = Period::last_year(today);
        let to = to.and_then(Month::parse).unwrap_or(default.to);
        let from = from.and_then(Month::parse).unwrap_or(to.minus(11));
        if from <= to {
            Period { from, to }
        } else {
            Period { from: to, to: from }
        }
    }

    /// Every month of the period, in order.
    pub fn months(self) -> Vec<Month> {
        let mut months = vec![self.from];
        while let Some(&last) = months.last()
            && last < self.to
        {
            months.push(last.next());
        }
        months
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn bands_as_a_table() {
        for (recent, before, band) in [
            (0, 0, Band::Silent),
            (0, 1, Band::Quiet),
            (0, 9, Band::Quiet),
            (1, 2, Band::Slowing),
            (4, 5, Band::Slowing),
            (1, 1, Band::Active),
            (1, 0, Band::Active),
            (7, 3, Band::Active),
        ] {
            assert_eq!(
                Band::of(recent, before),
                band,
                "{recent} recent, {before} before"
            );
        }
        assert!(!Band::Active.needs_follow_up());
        assert!(Band::Slowing.needs_follow_up() && Band::Silent.needs_follow_up());
    }

    #[test]
    fn shifts_move_every_day_from_the_old_windows_to_the_new() {
        let base = day("2026-11-29");
        // Forward by one day, by a month, backwards, across a leap day, and far apart.
        for (old, new) in [
            (base, day("2026-11-30")),
            (base, day("2026-12-29")),
            (base, day("2026-11-20")),
            (day("2028-02-28"), day("2028-03-01")),
            (day("2024-01-01"), base),
            (base, base),
        ] {
            let (o, n) = (WindowDays::ending(old), WindowDays::ending(new));
            let runs = shifts(&o, &n);
            let mut d = day("2022-01-01");
            while d <= day("2029-12-31") {
                let (was, is) = (o.membership(d), n.membership(d));
                let mut moved = was;
                for r in runs.iter().filter(|r| r.from <= d && d <= r.to) {
                    moved.readiness += r.readiness;
                    moved.recent += r.recent;
                    moved.before += r.before;
                }
                assert_eq!(moved, is, "{old} → {new} on {d}");
                d = d.succ_opt().unwrap();
            }
            // Runs never overlap and are in order.
            for pair in runs.windows(2) {
                assert!(pair[0].to < pair[1].from, "{old} → {new}: {runs:?}");
            }
        }
        // One day forward: the day that entered, and one day at each boundary crossed.
        let runs = shifts(
            &WindowDays::ending(base),
            &WindowDays::ending(day("2026-11-30")),
        );
        assert!(runs.iter().all(|r| r.from == r.to), "{runs:?}");
        assert!(shifts(&WindowDays::ending(base), &WindowDays::ending(base)).is_empty());
    }

    #[test]
    fn window_days_are_readiness_and_the_bands() {
        let w = WindowDays::ending(day("2026-11-28"));
        assert_eq!(w.readiness_from, day("2025-11-29"));
        assert_eq!(w.recent_from, Windows::ending(w.today).recent_from);
        assert_eq!(w.before_from, Windows::ending(w.today).before_from);
    }

    #[test]
    fn the_windows_are_ninety_days_each_and_meet() {
        let w = Windows::ending(day("2026-11-29"));
        // The last 90 days: 2026-09-01 ..= 2026-11-29 (30 + 31 + 29 days).
        assert_eq!(w.recent_from, day("2026-09-01"));
        assert_eq!((w.today - w.recent_from).num_days() + 1, 90);
        // The 90 before: 2026-06-03 ..= 2026-08-31.
        assert_eq!(w.before_from, day("2026-06-03"));
        assert_eq!((w.recent_from - w.before_from).num_days(), 90);
    }

    #[test]
    fn months_and_periods() {
        assert_eq!(Month::parse("2026-03").unwrap().to_string(), "2026-03");
        for bad in [
            "2026-3",
            "2026-13",
            "26-03",
            "2026-00",
            "x",
            "",
            "2026-03-01",
        ] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        let m = Month::parse("2026-01").unwrap();
        assert_eq!(m.minus(1).to_string(), "2025-12");
        assert_eq!(m.minus(13).to_string(), "2024-12");
        assert_eq!(m.next().to_string(), "2026-02");
        assert_eq!(
            Month::parse("2025-12").unwrap().next().to_string(),
            "2026-01"
        );
        let today = day("2026-11-29");
        let p = Period::last_year(today);
        assert_eq!(
            (p.from.to_string(), p.to.to_string()),
            ("2025-12".into(), "2026-11".into())
        );
        assert_eq!(p.months().len(), 12);
        let swapped = Period::parse(Some("2026-05"), Some("2026-02"), today);
        assert_eq!(swapped.from.to_string(), "2026-02");
        assert_eq!(swapped.months().len(), 4);
        let only_to = Period::parse(None, Some("2024-06"), today);
        assert_eq!(only_to.from.to_string(), "2023-07");
        assert_eq!(Period::parse(Some("junk"), None, today), p);
    }
}

/// The stages of the selection funnel, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Nominated (every candidacy).
    Nominated,
    /// The nominee answered, yes or no.
    Answered,
    /// At least one reviewer scored it.
    Reviewed,
    /// An admin decided: accepted, declined or deferred.
    Decided,
    /// Announced: the hero record exists.
    Announced,
}

impl Stage {
    /// Every stage, in funnel order.
    pub const ALL: [Stage; 5] = [
        Stage::Nominated,
        Stage::Answered,
        Stage::Reviewed,
        Stage::Decided,
        Stage::Announced,
    ];

    /// The stable name used in files and message ids.
    pub fn slug(self) -> &'static str {
        match self {
            Stage::Nominated => "nominated",
            Stage::Answered => "answered",
            Stage::Reviewed => "reviewed",
            Stage::Decided => "decided",
            Stage::Announced => "announced",
        }
    }

    /// Whether a candidacy in `state` with `reviews` reviews got this far.
    pub fn reached(self, state: crate::selection::candidacy::State, reviews: i64) -> bool {
        use crate::selection::candidacy::State::*;
        match self {
            Stage::Nominated => true,
            Stage::Answered => state != Nominated,
            Stage::Reviewed => reviews > 0,
            Stage::Decided => matches!(
                state,
                Deferred | Declined | Accepted | Onboarded | Announced
            ),
            Stage::Announced => state == Announced,
        }
    }
}

#[cfg(test)]
mod funnel_tests {
    use super::*;
    use crate::selection::candidacy::State;

    #[test]
    fn stages_reached_by_each_state() {
        let reached = |state, reviews| -> Vec<&str> {
            Stage::ALL
                .into_iter()
                .filter(|s| s.reached(state, reviews))
                .map(Stage::slug)
                .collect()
        };
        assert_eq!(reached(State::Nominated, 0), ["nominated"]);
        assert_eq!(reached(State::Withdrawn, 0), ["nominated", "answered"]);
        assert_eq!(reached(State::InReview, 0), ["nominated", "answered"]);
        assert_eq!(
            reached(State::InReview, 2),
            ["nominated", "answered", "reviewed"]
        );
        assert_eq!(
            reached(State::Declined, 1),
            ["nominated", "answered", "reviewed", "decided"]
        );
        assert_eq!(reached(State::Announced, 3), Stage::ALL.map(Stage::slug));
    }

    #[test]
    fn readiness_levels_at_their_boundaries() {
        use ReadinessLevel::*;
        for (points, level) in [
            (0, Far),
            (24, Far),
            (25, Started),
            (49, Started),
            (50, Halfway),
            (74, Halfway),
            (75, Near),
            (99, Near),
            (100, Ready),
            (180, Ready),
        ] {
            assert_eq!(ReadinessLevel::of(points), level, "{points}");
        }
    }
}
