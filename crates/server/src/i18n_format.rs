//! Dates, times and numbers as the reader writes them, in the reader's time zone: the one
//! place pages format them. Patterns, month names, digits and separators come from ICU4X's
//! compiled CLDR data (`icu_datetime`, `icu_decimal`), never from tables of our own; zones are
//! chrono-tz's IANA database.
//!
//! **Which zone.** A signed-in account's own setting (`users.time_zone`), else the zone of the
//! hero profile it speaks for ([`AccountZone`], put into the request by
//! `auth::resolve_session`); for everyone else the browser's zone, which `assets/timezone.js`
//! keeps in the [`ZONE_COOKIE`]; without either, UTC. Every time shown names its zone, so a
//! reader never takes UTC for local time. The response cache keys visitors' pages by the
//! cookie's zone (`cache.rs`), so nobody is served a page rendered for another zone.
//!
//! **What stays ISO.** Machine-readable places (`<time datetime>`, feeds, the API, CSV, `.ics`)
//! keep writing RFC 3339 / ISO 8601 themselves; only text for people goes through here.

use crate::i18n::I18n;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use chrono::{DateTime, Datelike, NaiveDate, Offset, Timelike, Utc};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::fluent_bundle::memoizer::MemoizerKind;
use icu_datetime::fieldsets::{T, YM, YMD, YMDT};
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The cookie `assets/timezone.js` writes: the browser's IANA zone (`Asia/Tokyo`).
pub const ZONE_COOKIE: &str = "tz";

/// Where the zone of a request came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneSource {
    /// The signed-in account's setting, or its hero profile's zone.
    Account,
    /// The browser's, from [`ZONE_COOKIE`].
    Browser,
    /// Nothing said: UTC.
    Unknown,
}

/// The time zone times are shown in for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewerZone {
    tz: Tz,
    source: ZoneSource,
}

impl Default for ViewerZone {
    fn default() -> Self {
        Self {
            tz: Tz::UTC,
            source: ZoneSource::Unknown,
        }
    }
}

/// The zone a signed-in account reads times in (its own setting, else its hero profile's),
/// inserted into the request by `auth::resolve_session` when there is one.
#[derive(Debug, Clone, Copy)]
pub struct AccountZone(pub Tz);

impl ViewerZone {
    /// The zone of one request (see the module documentation for the order).
    pub fn of_request(parts: &Parts) -> Self {
        if let Some(AccountZone(tz)) = parts.extensions.get::<AccountZone>() {
            return Self::new(*tz, ZoneSource::Account);
        }
        browser_zone(&parts.headers)
            .map_or_else(Self::default, |tz| Self::new(tz, ZoneSource::Browser))
    }

    /// A zone from a known source.
    pub fn new(tz: Tz, source: ZoneSource) -> Self {
        Self { tz, source }
    }

    /// The zone.
    pub fn tz(self) -> Tz {
        self.tz
    }

    /// Where it came from.
    pub fn source(self) -> ZoneSource {
        self.source
    }
}

/// The zone an IANA `name` stored with an event, a briefing or a slot names; UTC for a name
/// the database does not know (an old alias dropped), so a time is still shown, and named.
pub fn zone_or_utc(name: &str) -> Tz {
    name.trim().parse().unwrap_or(Tz::UTC)
}

/// The browser's zone from the [`ZONE_COOKIE`], when it names a zone of the IANA database
/// (anything else is ignored, which also bounds the response cache's keys by that database).
pub fn browser_zone(headers: &HeaderMap) -> Option<Tz> {
    crate::web::cookie(headers, ZONE_COOKIE)?
        .trim()
        .parse()
        .ok()
}

/// A moment to show: an instant, or a calendar day that belongs to no zone.
#[derive(Debug, Clone, Copy)]
pub enum When {
    /// An instant, shown in the reader's zone.
    Instant(DateTime<Utc>),
    /// A day as it was recorded (a publication date).
    Day(NaiveDate),
}

/// What [`I18n::date`] takes: an instant or a day, or a reference to one (templates hold
/// either, behind as many references as their loops add).
pub trait Moment {
    /// The moment.
    fn when(&self) -> When;
}

impl Moment for DateTime<Utc> {
    fn when(&self) -> When {
        When::Instant(*self)
    }
}

impl Moment for NaiveDate {
    fn when(&self) -> When {
        When::Day(*self)
    }
}

impl<T: Moment + ?Sized> Moment for &T {
    fn when(&self) -> When {
        (**self).when()
    }
}

/// What [`I18n::date_time`] and [`I18n::time`] take: an instant, or a reference to one.
pub trait Instant {
    /// The instant.
    fn instant(&self) -> DateTime<Utc>;
}

impl Instant for DateTime<Utc> {
    fn instant(&self) -> DateTime<Utc> {
        *self
    }
}

impl<T: Instant + ?Sized> Instant for &T {
    fn instant(&self) -> DateTime<Utc> {
        (**self).instant()
    }
}

/// How Fluent writes a number argument of a message: a whole number through the locale's
/// [`I18n::number`] formatter, anything else (fractions, numbers with options) Fluent's own way.
/// Set on every bundle of the catalog (`i18n::LOCALES`), so each message formats its numbers
/// in one place, whichever call site passed them.
pub(crate) fn fluent_number(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let plain = n.options.use_grouping
        && n.options.minimum_fraction_digits.is_none()
        && n.options.maximum_fraction_digits.is_none()
        && n.options.minimum_integer_digits.is_none();
    if !plain || n.value.fract() != 0.0 || n.value.abs() >= 1e15 {
        return None;
    }
    let whole = n.value as i64;
    intls
        .with_try_get_threadsafe::<BundleLanguage, _, _>((), |lang| {
            Formatters::of(&lang.0)
                .decimal
                .format(&Decimal::from(whole))
                .to_string()
        })
        .ok()
}

/// The language of a Fluent bundle, as its memoizer keeps it (what [`fluent_number`] needs
/// to pick the formatter).
struct BundleLanguage(String);

impl intl_memoizer::Memoizable for BundleLanguage {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: fluent_templates::LanguageIdentifier, (): ()) -> Result<Self, Self::Error> {
        Ok(Self(lang.to_string()))
    }
}

/// The formatters of one locale. ICU4X formatters are cheap to use but not to build, and
/// (with compiled data) not `Send`, so each thread keeps the few locales it has seen.
struct Formatters {
    date: DateTimeFormatter<YMD>,
    month: DateTimeFormatter<YM>,
    date_time: DateTimeFormatter<YMDT>,
    date_time_seconds: DateTimeFormatter<YMDT>,
    time: NoCalendarFormatter<T>,
    decimal: DecimalFormatter,
}

impl Formatters {
    fn of(lang: &str) -> Rc<Self> {
        thread_local! {
            static BY_LOCALE: RefCell<HashMap<String, Rc<Formatters>>> = RefCell::default();
        }
        BY_LOCALE.with(|cache| {
            if let Some(f) = cache.borrow().get(lang) {
                return f.clone();
            }
            let f = Rc::new(Self::build(lang));
            cache.borrow_mut().insert(lang.to_owned(), f.clone());
            f
        })
    }

    fn build(lang: &str) -> Self {
        // A tag Fluent accepts but ICU does not would be a bug of ours; the root locale still
        // formats, in CLDR's neutral patterns.
        let locale: Locale = lang.parse().unwrap_or(Locale::UNKNOWN);
        // Every locale has compiled data (falling back to its parent, then the root), so these
        // constructors fail only if the data were missing from the build.
        Self {
            date: DateTimeFormatter::try_new((&locale).into(), YMD::medium())
                .expect("compiled date data"),
            month: DateTimeFormatter::try_new((&locale).into(), YM::long())
                .expect("compiled month data"),
            date_time: DateTimeFormatter::try_new((&locale).into(), YMD::medium().with_time_hm())
                .expect("compiled date and time data"),
            date_time_seconds: DateTimeFormatter::try_new(
                (&locale).into(),
                YMD::medium().with_time_hms(),
            )
            .expect("compiled date and time data"),
            time: NoCalendarFormatter::try_new((&locale).into(), T::hm())
                .expect("compiled time data"),
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("compiled number data"),
        }
    }
}

fn icu_date(day: NaiveDate) -> Option<icu_calendar::Date<icu_calendar::Iso>> {
    let month = u8::try_from(day.month()).ok()?;
    let dom = u8::try_from(day.day()).ok()?;
    icu_calendar::Date::try_new_iso(day.year(), month, dom).ok()
}

fn icu_time<Z: chrono::TimeZone>(at: &DateTime<Z>) -> Option<icu_time::Time> {
    let hour = u8::try_from(at.hour()).ok()?;
    let minute = u8::try_from(at.minute()).ok()?;
    // The seconds too: formatters without them leave them out.
    let second = u8::try_from(at.second()).ok()?;
    icu_time::Time::try_new(hour, minute, second, 0).ok()
}

/// The zone's abbreviation at `at` as the IANA database writes it (`CET`, `JST`, `UTC`; `+03`
/// for zones without one).
fn zone_label(at: &DateTime<Tz>) -> String {
    at.format("%Z").to_string()
}

impl I18n {
    /// The day of `when` in the reader's locale (`Nov 29, 2026`, `29.11.2026`, `2026/11/29`);
    /// an instant is taken in the reader's zone.
    pub fn date(&self, when: impl Moment) -> String {
        let day = match when.when() {
            When::Instant(at) => at.with_timezone(&self.zone().tz()).date_naive(),
            When::Day(day) => day,
        };
        match icu_date(day) {
            Some(date) => Formatters::of(&self.lang()).date.format(&date).to_string(),
            None => day.to_string(),
        }
    }

    /// The month and year of `day` in the reader's locale (`November 2026`, `2026年11月`).
    pub fn month(&self, day: NaiveDate) -> String {
        match icu_date(day) {
            Some(date) => Formatters::of(&self.lang()).month.format(&date).to_string(),
            None => day.format("%Y-%m").to_string(),
        }
    }

    /// Day and time of `at` in the reader's locale and zone, the zone named
    /// (`Nov 29, 2026, 6:05 PM CET`).
    pub fn date_time(&self, at: impl Instant) -> String {
        self.date_time_in(&at.instant(), self.zone().tz())
    }

    /// [`Self::date_time`] to the second, for logs people read (`Nov 29, 2026, 6:05:09 PM CET`).
    pub fn date_time_seconds(&self, at: impl Instant) -> String {
        self.local_date_time(&at.instant().with_timezone(&self.zone().tz()), true)
    }

    /// The time of day of `at` in the reader's locale and zone, the zone named (`18:05 CET`).
    pub fn time(&self, at: impl Instant) -> String {
        self.time_in(&at.instant(), self.zone().tz())
    }

    /// Day and time of `at` in `tz`, the zone named.
    pub fn date_time_in(&self, at: &DateTime<Utc>, tz: Tz) -> String {
        self.local_date_time(&at.with_timezone(&tz), false)
    }

    /// `local` as day and time (to the second if `seconds`), its zone named.
    fn local_date_time(&self, local: &DateTime<Tz>, seconds: bool) -> String {
        let formatters = Formatters::of(&self.lang());
        let (formatter, fallback) = if seconds {
            (&formatters.date_time_seconds, "%Y-%m-%d %H:%M:%S")
        } else {
            (&formatters.date_time, "%Y-%m-%d %H:%M")
        };
        let formatted = match (icu_date(local.date_naive()), icu_time(local)) {
            (Some(date), Some(time)) => formatter
                .format(&icu_time::DateTime { date, time })
                .to_string(),
            _ => local.format(fallback).to_string(),
        };
        format!("{formatted} {}", zone_label(local))
    }

    /// The time of day of `at` in `tz`, the zone named.
    pub fn time_in(&self, at: &DateTime<Utc>, tz: Tz) -> String {
        let local = at.with_timezone(&tz);
        let formatted = match icu_time(&local) {
            Some(time) => Formatters::of(&self.lang()).time.format(&time).to_string(),
            None => local.format("%H:%M").to_string(),
        };
        format!("{formatted} {}", zone_label(&local))
    }

    /// An event-like time that belongs to a place (an event, a briefing, an office hour): in
    /// the place's zone, and also in the reader's when that reads differently
    /// ("Dec 3, 2026, 6:00 PM CET · 2:00 AM JST for you"; the date too when the day differs).
    pub fn event_time(&self, at: &DateTime<Utc>, place: Tz) -> String {
        let there = self.date_time_in(at, place);
        let reader = self.zone();
        let (in_place, in_reader) = (at.with_timezone(&place), at.with_timezone(&reader.tz()));
        if in_place.offset().fix() == in_reader.offset().fix() {
            return there;
        }
        let here = if in_place.date_naive() == in_reader.date_naive() {
            self.time_in(at, reader.tz())
        } else {
            self.date_time_in(at, reader.tz())
        };
        let id = match reader.source() {
            ZoneSource::Unknown => "time-two-zones-utc",
            ZoneSource::Account | ZoneSource::Browser => "time-two-zones",
        };
        self.t_args(id, &[("there", there), ("here", here)])
    }

    /// A hero's local time now, for their profile: the time in their zone, and the reader's
    /// when it differs ("18:05 CET · 02:05 JST for you").
    pub fn local_time_of(&self, now: &DateTime<Utc>, place: Tz) -> String {
        let there = self.time_in(now, place);
        let reader = self.zone();
        if now.with_timezone(&place).offset().fix()
            == now.with_timezone(&reader.tz()).offset().fix()
        {
            return there;
        }
        let here = self.time_in(now, reader.tz());
        let id = match reader.source() {
            ZoneSource::Unknown => "time-two-zones-utc",
            ZoneSource::Account | ZoneSource::Browser => "time-two-zones",
        };
        self.t_args(id, &[("there", there), ("here", here)])
    }

    /// A whole number with the locale's digits and grouping (`12,345`, `12.345`, `١٢٬٣٤٥`).
    pub fn number(&self, n: impl Into<i64>) -> String {
        Formatters::of(&self.lang())
            .decimal
            .format(&Decimal::from(n.into()))
            .to_string()
    }

    /// Tenths as a number with one decimal in the locale's digits (`1.5`, `1,5`, `١٫٥`), for
    /// sizes and other figures read to one decimal.
    pub fn tenths(&self, tenths: i64) -> String {
        let mut value = Decimal::from(tenths);
        value.multiply_pow10(-1);
        value.pad_end(-1);
        Formatters::of(&self.lang())
            .decimal
            .format(&value)
            .to_string()
    }

    /// Which zone times are named in, for a page that says so ("Times are shown in Asia/Tokyo").
    pub fn zone_name(&self) -> &'static str {
        self.zone().tz().name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn reader(lang: &str, zone: Option<Tz>) -> I18n {
        let i18n = I18n::negotiate(Some(lang), None);
        match zone {
            Some(tz) => i18n.with_zone(ViewerZone::new(tz, ZoneSource::Browser)),
            None => i18n,
        }
    }

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 3, 17, 5, 0).unwrap()
    }

    #[test]
    fn without_a_zone_times_are_utc_and_say_so() {
        let en = reader("en-US", None);
        assert_eq!(en.date_time(at()), "Dec 3, 2026, 5:05\u{202f}PM UTC");
        assert_eq!(en.time(at()), "5:05\u{202f}PM UTC");
    }

    #[test]
    fn the_reader_zone_moves_the_clock_and_the_day() {
        let tokyo = reader("en-US", Some(chrono_tz::Asia::Tokyo));
        // 17:05 UTC is 02:05 the next day in Tokyo.
        assert_eq!(tokyo.date(at()), "Dec 4, 2026");
        assert!(
            tokyo.date_time(at()).ends_with("2:05\u{202f}AM JST"),
            "{}",
            tokyo.date_time(at())
        );
        // A recorded day stays that day whatever the zone.
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(tokyo.date(day), "Dec 3, 2026");
    }

    #[test]
    fn each_language_writes_dates_its_own_way() {
        let en = reader("en-US", None).date(at());
        for lang in ["de", "ja", "fr", "ar"] {
            let other = reader(lang, None);
            // Only where that language's catalog exists does negotiation pick it; ICU itself
            // formats any locale, so ask it directly through a reader of that tag.
            let formatted = if other.lang().starts_with(lang) {
                other.date(at())
            } else {
                Formatters::build(lang)
                    .date
                    .format(&icu_date(at().date_naive()).unwrap())
                    .to_string()
            };
            assert_ne!(formatted, en, "{lang}");
            assert!(!formatted.is_empty());
        }
        let de = Formatters::build("de");
        assert_eq!(
            de.date
                .format(&icu_date(at().date_naive()).unwrap())
                .to_string(),
            "03.12.2026"
        );
        let ja = Formatters::build("ja");
        assert_eq!(
            ja.date
                .format(&icu_date(at().date_naive()).unwrap())
                .to_string(),
            "2026/12/03"
        );
    }

    #[test]
    fn a_log_time_keeps_its_seconds_and_names_its_zone() {
        let tokyo = reader("en-US", Some(chrono_tz::Asia::Tokyo));
        assert_eq!(
            tokyo.date_time_seconds(at() + chrono::Duration::seconds(9)),
            "Dec 4, 2026, 2:05:09\u{202f}AM JST"
        );
    }

    #[test]
    fn tenths_are_written_with_the_languages_decimal_sign() {
        assert_eq!(reader("en-US", None).tenths(15), "1.5");
        assert_eq!(reader("en-US", None).tenths(20), "2.0");
        assert_eq!(reader("de", None).tenths(15), "1,5");
        assert_eq!(reader("fr", None).tenths(12_345), "1\u{202f}234,5");
    }

    #[test]
    fn numbers_are_grouped_as_the_language_groups_them() {
        assert_eq!(reader("en-US", None).number(1_234_567), "1,234,567");
        let de = Formatters::build("de");
        assert_eq!(
            de.decimal.format(&Decimal::from(1_234_567)).to_string(),
            "1.234.567"
        );
    }

    #[test]
    fn event_times_name_both_zones_when_they_differ() {
        let berlin = chrono_tz::Europe::Berlin;
        let tokyo = reader("en-US", Some(chrono_tz::Asia::Tokyo));
        let both = tokyo.event_time(&at(), berlin);
        assert!(
            both.starts_with("Dec 3, 2026, 6:05\u{202f}PM CET · "),
            "{both}"
        );
        assert!(
            both.ends_with("Dec 4, 2026, 2:05\u{202f}AM JST for you"),
            "{both}"
        );
        let at_home = reader("en-US", Some(berlin)).event_time(&at(), berlin);
        assert_eq!(at_home, "Dec 3, 2026, 6:05\u{202f}PM CET");
        let visitor = reader("en-US", None).event_time(&at(), berlin);
        assert!(visitor.ends_with("· 5:05\u{202f}PM UTC"), "{visitor}");
    }
}
