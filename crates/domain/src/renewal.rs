//! Renewal readiness: the published rubric that scores a hero's last twelve months.
//!
//! Each kind of contribution earns points, with a cap per kind so that volume cannot replace
//! substance (fifty short posts do not outweigh a talk, a workshop and a book), and a bonus
//! for reach. Every point is explained: [`Readiness::lines`] lists each contribution with what
//! it earned and why, and [`Readiness::kinds`] shows where a cap cut in.

use crate::contribution::{ContributionKind, Reach, ReachMetric};
use chrono::{Months, NaiveDate};

/// Points that make a hero ready for renewal (the meter's 100 %).
pub const TARGET: u32 = 100;

/// How one kind of contribution is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindRule {
    /// The kind.
    pub kind: ContributionKind,
    /// Points per contribution.
    pub points: u32,
    /// The most points this kind can add up to in twelve months.
    pub cap: u32,
}

/// The reach that earns a bonus of half the base points, per metric.
pub const REACH_THRESHOLDS: [(ReachMetric, i64); 4] = [
    (ReachMetric::Views, 1_000),
    (ReachMetric::Attendees, 50),
    (ReachMetric::Stars, 100),
    (ReachMetric::Answers, 25),
];

/// The published rubric: points and cap for every kind.
pub const RULES: [KindRule; 13] = {
    use ContributionKind::*;
    [
        KindRule {
            kind: BlogPost,
            points: 5,
            cap: 30,
        },
        KindRule {
            kind: Article,
            points: 8,
            cap: 32,
        },
        KindRule {
            kind: Video,
            points: 6,
            cap: 30,
        },
        KindRule {
            kind: Talk,
            points: 12,
            cap: 48,
        },
        KindRule {
            kind: Workshop,
            points: 15,
            cap: 45,
        },
        KindRule {
            kind: Podcast,
            points: 6,
            cap: 24,
        },
        KindRule {
            kind: Book,
            points: 30,
            cap: 30,
        },
        KindRule {
            kind: OpenSource,
            points: 10,
            cap: 30,
        },
        KindRule {
            kind: CodeSample,
            points: 4,
            cap: 16,
        },
        KindRule {
            kind: OnlineAnswers,
            points: 2,
            cap: 20,
        },
        KindRule {
            kind: UserGroup,
            points: 10,
            cap: 40,
        },
        KindRule {
            kind: Mentoring,
            points: 8,
            cap: 24,
        },
        KindRule {
            kind: Other,
            points: 3,
            cap: 12,
        },
    ]
};

/// The rule of one kind.
pub fn rule(kind: ContributionKind) -> KindRule {
    RULES
        .into_iter()
        .find(|r| r.kind == kind)
        .expect("every kind has a rule")
}

/// One contribution as the rubric sees it.
#[derive(Debug, Clone)]
pub struct Item {
    /// Its title (for the explanation).
    pub title: String,
    /// Its kind.
    pub kind: ContributionKind,
    /// When it was published.
    pub published_on: NaiveDate,
    /// Its reach figures.
    pub reach: Reach,
}

/// What one contribution earned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Index into the items given to [`readiness`].
    pub item: usize,
    /// Points of its kind.
    pub base: u32,
    /// Reach bonus, with the figure that earned it.
    pub bonus: Option<(ReachMetric, i64, u32)>,
    /// Points that counted after the kind's cap.
    pub counted: u32,
}

/// Totals of one kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindTotal {
    /// The rule applied.
    pub rule: KindRule,
    /// How many contributions of this kind counted in the window.
    pub items: usize,
    /// Points before the cap.
    pub earned: u32,
    /// Points after the cap.
    pub counted: u32,
}

/// A hero's readiness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    /// First day of the window (twelve months before today, exclusive of older work).
    pub since: NaiveDate,
    /// Points that counted.
    pub points: u32,
    /// [`TARGET`].
    pub target: u32,
    /// Points as a percentage of the target, at most 100.
    pub percent: u32,
    /// One line per contribution in the window, best first.
    pub lines: Vec<Line>,
    /// One entry per kind that has contributions, in rubric order.
    pub kinds: Vec<KindTotal>,
}

impl Readiness {
    /// Whether the hero reached the target.
    pub fn is_ready(&self) -> bool {
        self.points >= self.target
    }
}

fn bonus(item: &Item, base: u32) -> Option<(ReachMetric, i64, u32)> {
    REACH_THRESHOLDS
        .into_iter()
        .filter(|(metric, _)| item.kind.reach_metrics().contains(metric))
        .find_map(|(metric, threshold)| {
            item.reach
                .get(metric)
                .filter(|v| *v >= threshold)
                .map(|v| (metric, v, base / 2))
        })
}

/// Scores the contributions published in the twelve months up to `today`. Within a kind, the
/// contributions that earn most count first, so a cap never hides the best work.
pub fn readiness(items: &[Item], today: NaiveDate) -> Readiness {
    let since = today
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN)
        .succ_opt()
        .unwrap_or(today);
    let mut lines: Vec<Line> = items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.published_on >= since && i.published_on <= today)
        .map(|(index, item)| {
            let base = rule(item.kind).points;
            Line {
                item: index,
                base,
                bonus: bonus(item, base),
                counted: 0,
            }
        })
        .collect();
    let earned = |l: &Line| l.base + l.bonus.map_or(0, |b| b.2);
    lines.sort_by(|a, b| {
        earned(b)
            .cmp(&earned(a))
            .then(items[b.item].published_on.cmp(&items[a.item].published_on))
    });
    let mut kinds: Vec<KindTotal> = Vec::new();
    for rule in RULES {
        let mut total = KindTotal {
            rule,
            items: 0,
            earned: 0,
            counted: 0,
        };
        for line in lines.iter_mut().filter(|l| items[l.item].kind == rule.kind) {
            let e = earned(line);
            line.counted = e.min(rule.cap - total.counted);
            total.items += 1;
            total.earned += e;
            total.counted += line.counted;
        }
        if total.items > 0 {
            kinds.push(total);
        }
    }
    let points: u32 = kinds.iter().map(|k| k.counted).sum();
    Readiness {
        since,
        points,
        target: TARGET,
        percent: (points * 100 / TARGET).min(100),
        lines,
        kinds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContributionKind::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn item(kind: ContributionKind, date: &str, reach: Reach) -> Item {
        Item {
            title: format!("{kind:?} {date}"),
            kind,
            published_on: day(date),
            reach,
        }
    }

    #[test]
    fn points_follow_the_kind_and_the_window_is_twelve_months() {
        let items = [
            item(Talk, "2026-06-01", Reach::default()),
            item(BlogPost, "2025-11-29", Reach::default()),
            // A day too old, and one in the future: neither counts.
            item(BlogPost, "2025-11-28", Reach::default()),
            item(BlogPost, "2026-12-01", Reach::default()),
        ];
        let r = readiness(&items, day("2026-11-28"));
        assert_eq!(r.since, day("2025-11-29"));
        assert_eq!(r.points, 12 + 5);
        assert_eq!(r.lines.len(), 2);
        assert_eq!(r.percent, 17);
        assert!(!r.is_ready());
    }

    #[test]
    fn caps_stop_volume_replacing_substance() {
        let posts: Vec<Item> = (1..=20)
            .map(|d| item(BlogPost, &format!("2026-03-{d:02}"), Reach::default()))
            .collect();
        let r = readiness(&posts, day("2026-11-28"));
        assert_eq!(r.kinds.len(), 1);
        assert_eq!(r.kinds[0].earned, 100);
        assert_eq!(r.kinds[0].counted, 30);
        assert_eq!(r.points, 30);
        // Six posts count in full, the rest are explained as over the cap.
        assert_eq!(r.lines.iter().filter(|l| l.counted == 5).count(), 6);
        assert_eq!(r.lines.iter().filter(|l| l.counted == 0).count(), 14);
    }

    #[test]
    fn reach_earns_half_again_and_the_best_work_counts_first_under_a_cap() {
        let big = Reach {
            attendees: Some(400),
            ..Reach::default()
        };
        let items = [
            item(Talk, "2026-01-10", Reach::default()),
            item(Talk, "2026-02-10", Reach::default()),
            item(Talk, "2026-03-10", Reach::default()),
            item(Talk, "2026-04-10", big),
            item(Talk, "2026-05-10", Reach::default()),
        ];
        let r = readiness(&items, day("2026-11-28"));
        // 18 (12 + 6 bonus) + 12 + 12 + 6 of the last → cap 48.
        assert_eq!(r.lines[0].item, 3);
        assert_eq!(r.lines[0].bonus, Some((ReachMetric::Attendees, 400, 6)));
        assert_eq!(r.lines[0].counted, 18);
        assert_eq!(r.kinds[0].earned, 66);
        assert_eq!(r.points, 48);
        // Reach on a metric the kind does not use earns nothing.
        let odd = [item(
            Talk,
            "2026-01-10",
            Reach {
                views: Some(1_000_000),
                ..Reach::default()
            },
        )];
        assert_eq!(readiness(&odd, day("2026-11-28")).lines[0].bonus, None);
    }

    #[test]
    fn the_meter_stops_at_one_hundred_percent() {
        let items: Vec<Item> = [Book, Talk, Talk, Talk, Talk, Workshop, Workshop, Workshop]
            .into_iter()
            .map(|k| item(k, "2026-06-01", Reach::default()))
            .collect();
        let r = readiness(&items, day("2026-11-28"));
        assert_eq!(r.points, 30 + 48 + 45);
        assert_eq!(r.percent, 100);
        assert!(r.is_ready());
    }

    #[test]
    fn every_kind_has_a_rule_with_a_cap_at_least_its_points() {
        for kind in ContributionKind::ALL {
            let r = rule(kind);
            assert!(r.cap >= r.points);
        }
    }
}
