//! Dates that keep their precision, and the time anchors they were resolved from.
//!
//! "2014" is the whole year 2014 (a span with year precision), not 1 January 2014. A
//! [`TimeAnchor`] records how the text expressed a date ("on Wednesday", "last week") so the
//! date can be resolved again when the analyst changes the reference date.
//!
//! Anchors come from untrusted files as well as from the tagger: every computation here is
//! checked (no offset, year or day count can overflow or panic); a date out of chrono's
//! range (about ±262,000 years) is simply unresolved.

use super::DateBase;
use chrono::{Datelike, NaiveDate, NaiveTime, TimeDelta, Weekday};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Precision {
    Year,
    Month,
    Week,
    Day,
    Time,
    Unknown,
}

impl Precision {
    /// Lower-case name used in the JSON contract.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
            Precision::Time => "time",
            Precision::Unknown => "unknown",
        }
    }

    /// Rank from coarse (0) to fine; `Unknown` is the coarsest.
    fn fineness(self) -> u8 {
        match self {
            Precision::Unknown => 0,
            Precision::Year => 1,
            Precision::Month => 2,
            Precision::Week => 3,
            Precision::Day => 4,
            Precision::Time => 5,
        }
    }

    /// The coarser of two precisions.
    #[must_use]
    pub fn coarser(self, other: Precision) -> Precision {
        if self.fineness() <= other.fineness() {
            self
        } else {
            other
        }
    }
}

/// A date or date span at a stated precision. `end` is inclusive.
///
/// An unresolved date (a relative expression with no reference date) has no `start`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub time: Option<NaiveTime>,
    pub precision: Precision,
    /// "around 2014", "circa", "early 2022".
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub approximate: bool,
    /// "since 2014": the span has no known end.
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub open_ended: bool,
}

impl Default for DateValue {
    fn default() -> Self {
        Self::unknown()
    }
}

const SECS_PER_DAY: f64 = 86_400.0;

impl DateValue {
    /// No date known.
    pub fn unknown() -> Self {
        Self {
            start: None,
            end: None,
            time: None,
            precision: Precision::Unknown,
            approximate: false,
            open_ended: false,
        }
    }

    /// The whole calendar year `year`.
    pub fn year(year: i32) -> Option<Self> {
        Some(Self::span(
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
            Precision::Year,
        ))
    }

    /// The whole month.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let last = first
            .checked_add_months(chrono::Months::new(1))?
            .pred_opt()?;
        Some(Self::span(first, last, Precision::Month))
    }

    /// The month `offset` months after the month of `day` (before, if negative).
    pub fn month_after(day: NaiveDate, offset: i64) -> Option<Self> {
        let total = i64::from(day.year())
            .checked_mul(12)?
            .checked_add(i64::from(day.month0()))?
            .checked_add(offset)?;
        let year = i32::try_from(total.div_euclid(12)).ok()?;
        Self::month(year, u32::try_from(total.rem_euclid(12)).ok()? + 1)
    }

    /// The year `offset` years after the year of `day`.
    pub fn year_after(day: NaiveDate, offset: i64) -> Option<Self> {
        Self::year(i32::try_from(i64::from(day.year()).checked_add(offset)?).ok()?)
    }

    /// The ISO week (Monday to Sunday) containing `day`.
    pub fn week_of(day: NaiveDate) -> Option<Self> {
        let monday = day.checked_sub_days(chrono::Days::new(u64::from(
            day.weekday().num_days_from_monday(),
        )))?;
        Some(Self::span(
            monday,
            monday.checked_add_days(chrono::Days::new(6))?,
            Precision::Week,
        ))
    }

    /// A single day.
    pub fn day(day: NaiveDate) -> Self {
        Self::span(day, day, Precision::Day)
    }

    /// A day with a time of day.
    pub fn at(day: NaiveDate, time: NaiveTime) -> Self {
        Self {
            time: Some(time),
            ..Self::span(day, day, Precision::Time)
        }
    }

    /// The year, month, ISO week or day containing `day` (a time only at `Time`); what the
    /// analyst gets from a date picker plus a precision choice.
    pub fn at_precision(day: NaiveDate, precision: Precision, time: Option<NaiveTime>) -> Self {
        match precision {
            Precision::Year => Self::year(day.year()).unwrap_or_else(|| Self::day(day)),
            Precision::Month => {
                Self::month(day.year(), day.month()).unwrap_or_else(|| Self::day(day))
            }
            Precision::Week => Self::week_of(day).unwrap_or_else(|| Self::day(day)),
            Precision::Day => Self::day(day),
            Precision::Time => Self::at(day, time.unwrap_or_default()),
            Precision::Unknown => Self::unknown(),
        }
    }

    fn span(start: NaiveDate, end: NaiveDate, precision: Precision) -> Self {
        Self {
            start: Some(start),
            end: Some(end),
            time: None,
            precision,
            approximate: false,
            open_ended: false,
        }
    }

    /// From the start of `from` to the end of `to`, at the coarser of the two precisions.
    pub fn range(from: &DateValue, to: &DateValue) -> Self {
        Self {
            start: from.start,
            end: to.end.or(from.end),
            time: None,
            precision: from.precision.coarser(to.precision),
            approximate: from.approximate || to.approximate,
            open_ended: false,
        }
    }

    /// True if the date has a start.
    pub fn is_resolved(&self) -> bool {
        self.start.is_some()
    }

    /// True if the span covers more than one day.
    pub fn is_span(&self) -> bool {
        matches!((self.start, self.end), (Some(s), Some(e)) if e > s) || self.open_ended
    }

    /// Start as Unix seconds (UTC), for the timeline.
    pub fn start_secs(&self) -> Option<f64> {
        let start = self.start?;
        let mut secs = days_since_epoch(start) as f64 * SECS_PER_DAY;
        if let Some(t) = self.time {
            secs += f64::from(t.num_seconds_from_midnight_checked());
        }
        Some(secs)
    }

    /// End as Unix seconds (UTC), exclusive: the end of the last day covered.
    pub fn end_secs(&self) -> Option<f64> {
        let end = self.end.or(self.start)?;
        if self.precision == Precision::Time {
            return self.start_secs();
        }
        Some((days_since_epoch(end) + 1) as f64 * SECS_PER_DAY)
    }

    /// The date written at its precision: "2014", "Jan 2026", "6 Jan 2026", "week 2, 2026".
    pub fn display(&self) -> String {
        let Some(start) = self.start else {
            return "undated".to_owned();
        };
        let mut out = String::new();
        if self.approximate {
            out.push_str("c. ");
        }
        match self.precision {
            Precision::Year => {
                let end_year = self.end.map_or(start.year(), |e| e.year());
                if end_year == start.year() {
                    let _ = write!(out, "{}", start.year());
                } else {
                    let _ = write!(out, "{}–{}", start.year(), end_year);
                }
            }
            Precision::Month => {
                let _ = write!(out, "{}", start.format("%b %Y"));
                if let Some(end) = self.end
                    && (end.year(), end.month()) != (start.year(), start.month())
                {
                    let _ = write!(out, " – {}", end.format("%b %Y"));
                }
            }
            Precision::Week => {
                let w = start.iso_week();
                let _ = write!(out, "week {}, {}", w.week(), w.year());
            }
            Precision::Day | Precision::Unknown => {
                let _ = write!(out, "{}", start.format("%-d %b %Y"));
                if let Some(end) = self.end
                    && end != start
                {
                    let _ = write!(out, " – {}", end.format("%-d %b %Y"));
                }
            }
            Precision::Time => {
                let _ = write!(out, "{}", start.format("%-d %b %Y"));
                if let Some(t) = self.time {
                    let _ = write!(out, " {}", t.format("%H:%M"));
                }
            }
        }
        if self.open_ended {
            out.push_str(" onwards");
        }
        out
    }

    /// Sort key: unresolved dates sort last.
    pub fn sort_key(&self) -> (bool, Option<NaiveDate>, Option<NaiveTime>) {
        (self.start.is_none(), self.start, self.time)
    }
}

trait SecondsFromMidnight {
    fn num_seconds_from_midnight_checked(&self) -> u32;
}

impl SecondsFromMidnight for NaiveTime {
    fn num_seconds_from_midnight_checked(&self) -> u32 {
        use chrono::Timelike;
        self.num_seconds_from_midnight()
    }
}

/// Days from 1970-01-01 to `day` (negative before).
pub fn days_since_epoch(day: NaiveDate) -> i64 {
    i64::from(day.num_days_from_ce()) - 719_163
}

/// Which way a relative expression points from the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// The most recent such day, the reference day included ("met on Tuesday").
    Past,
    /// The coming such day, after the reference day ("will meet on Wednesday").
    Future,
    /// The most recent such day before the reference day ("last Monday", written on a
    /// Monday, is a week ago).
    Before,
}

/// Calendar unit of a relative expression ("last week", "next month").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    Week,
    Month,
    Year,
}

/// How the text expressed a date. Relative anchors resolve against a reference date.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TimeAnchor {
    /// A date complete in itself ("2014", "6 January 2026", "2026-01-06").
    Absolute(DateValue),
    /// Month and day without a year ("Jan. 6"): the year comes from the reference date.
    MonthDay {
        month: u32,
        day: u32,
        direction: Option<Direction>,
    },
    /// A month without a year ("in March").
    MonthOnly {
        month: u32,
        direction: Option<Direction>,
    },
    /// A month of the reference year plus `year_offset` ("in July last year").
    MonthOfYear { month: u32, year_offset: i32 },
    /// A weekday ("on Wednesday").
    Weekday {
        weekday: Weekday,
        direction: Direction,
    },
    /// Days from the reference date: yesterday = -1, today = 0, tomorrow = 1.
    DayOffset(i64),
    /// Calendar units from the reference date: last week = (Week, -1), this year = (Year, 0).
    UnitOffset { unit: Unit, offset: i32 },
    /// A named day without a year ("Christmas Eve").
    Holiday {
        name: String,
        month: u32,
        day: u32,
        direction: Direction,
    },
    /// A holiday on a weekday of a month ("Thanksgiving": the 4th Thursday of November;
    /// "Memorial Day": the last Monday of May, `nth` = -1), `plus_days` after it ("Election
    /// Day": the Tuesday after the first Monday of November).
    NthWeekday {
        name: String,
        month: u32,
        weekday: Weekday,
        nth: i8,
        plus_days: i8,
        direction: Direction,
    },
    /// "from 2014 to 2022".
    Range {
        from: Box<TimeAnchor>,
        to: Box<TimeAnchor>,
    },
    /// "since 2014": open-ended.
    Since(Box<TimeAnchor>),
    /// A day anchor with a time of day ("Tuesday at 3 p.m.").
    WithTime {
        day: Box<TimeAnchor>,
        time: NaiveTime,
    },
    /// Counted from a date the text named before ("the following year" after "in 1995",
    /// "later that day"): `base` moved by `offset` units (days when `unit` is `None`), at
    /// that unit's precision.
    ///
    /// When the base is a date the story named before, it is an [`TimeAnchor::Earlier`]
    /// (format 3 on): the base is kept once in the briefing's date bases, so a chain of
    /// "the following year" stays flat. A base written in the same expression ("the day
    /// after Christmas") is held here. Files of formats 1 and 2 nest a copy of the whole
    /// chain instead; loading migrates them.
    FromMention {
        base: Box<TimeAnchor>,
        unit: Option<Unit>,
        offset: i32,
    },
    /// The date of an earlier expression of the text: entry `n` of the briefing's
    /// [`crate::model::Briefing::date_bases`]. An entry refers only to entries before it.
    Earlier(usize),
}

impl TimeAnchor {
    /// True if resolving needs a reference date. An [`TimeAnchor::Earlier`] counts as
    /// relative here; [`TimeAnchor::is_relative_with`] knows what it refers to.
    pub fn is_relative(&self) -> bool {
        self.is_relative_with(&[])
    }

    /// [`TimeAnchor::is_relative`], with the briefing's date bases for `Earlier` anchors
    /// (a base unknown to `bases` counts as relative).
    pub fn is_relative_with(&self, bases: &[DateBase]) -> bool {
        match self {
            TimeAnchor::Absolute(_) => false,
            TimeAnchor::Earlier(i) => bases.get(*i).is_none_or(|b| b.relative),
            TimeAnchor::Range { from, to } => {
                from.is_relative_with(bases) || to.is_relative_with(bases)
            }
            TimeAnchor::Since(inner)
            | TimeAnchor::WithTime { day: inner, .. }
            | TimeAnchor::FromMention { base: inner, .. } => inner.is_relative_with(bases),
            _ => true,
        }
    }

    /// Resolve against `reference` (the publication date). `None` if the anchor is relative
    /// and there is no reference date, or the date does not exist (or is beyond chrono's
    /// range). An `Earlier` anchor needs [`TimeAnchor::resolve_with`].
    pub fn resolve(&self, reference: Option<NaiveDate>) -> Option<DateValue> {
        self.resolve_with(reference, &[])
    }

    /// [`TimeAnchor::resolve`], taking the dates of `Earlier` anchors from `bases` (already
    /// resolved against the same reference date).
    pub fn resolve_with(
        &self,
        reference: Option<NaiveDate>,
        bases: &[DateBase],
    ) -> Option<DateValue> {
        match self {
            TimeAnchor::Absolute(d) => Some(d.clone()),
            TimeAnchor::Earlier(i) => bases
                .get(*i)
                .map(|b| b.date.clone())
                .filter(DateValue::is_resolved),
            TimeAnchor::MonthDay {
                month,
                day,
                direction,
            } => {
                let r = reference?;
                nearest_month_day(r, *month, *day, *direction).map(DateValue::day)
            }
            TimeAnchor::MonthOnly { month, direction } => {
                let r = reference?;
                DateValue::month_after(r, month_only_offset(r, *month, *direction)?)
            }
            TimeAnchor::MonthOfYear { month, year_offset } => {
                let r = reference?;
                let year = r.year().checked_add(*year_offset)?;
                DateValue::month(year, *month)
            }
            TimeAnchor::Weekday { weekday, direction } => {
                nearest_weekday(reference?, *weekday, *direction).map(DateValue::day)
            }
            TimeAnchor::DayOffset(n) => add_days(reference?, *n).map(DateValue::day),
            TimeAnchor::UnitOffset { unit, offset } => {
                let r = reference?;
                unit_after(r, *unit, i64::from(*offset))
            }
            TimeAnchor::Holiday {
                month,
                day,
                direction,
                ..
            } => {
                let r = reference?;
                nearest_month_day(r, *month, *day, Some(*direction)).map(DateValue::day)
            }
            TimeAnchor::NthWeekday {
                month,
                weekday,
                nth,
                plus_days,
                direction,
                ..
            } => nth_weekday_near(reference?, *month, *weekday, *nth, *plus_days, *direction)
                .map(DateValue::day),
            TimeAnchor::Range { from, to } => Some(DateValue::range(
                &from.resolve_with(reference, bases)?,
                &to.resolve_with(reference, bases)?,
            )),
            TimeAnchor::Since(inner) => {
                let mut d = inner.resolve_with(reference, bases)?;
                d.end = None;
                d.open_ended = true;
                Some(d)
            }
            TimeAnchor::WithTime { day, time } => {
                let d = day.resolve_with(reference, bases)?;
                Some(DateValue::at(d.start?, *time))
            }
            TimeAnchor::FromMention { base, unit, offset } => {
                let d = base.resolve_with(reference, bases)?;
                let start = d.start?;
                match unit {
                    Some(unit) => unit_after(start, *unit, i64::from(*offset)),
                    // A day counted from a month or a year is no more precise than it.
                    None if matches!(d.precision, Precision::Day | Precision::Time) => {
                        add_days(start, i64::from(*offset)).map(DateValue::day)
                    }
                    None => Some(d),
                }
            }
        }
    }

    /// Explains a resolution for the inspector: `"on Wednesday" + reference 2026-01-06 → 2026-01-07`.
    pub fn explain(&self, expression: &str, reference: Option<NaiveDate>) -> String {
        self.explain_with(expression, reference, &[])
    }

    /// [`TimeAnchor::explain`] with the briefing's date bases.
    pub fn explain_with(
        &self,
        expression: &str,
        reference: Option<NaiveDate>,
        bases: &[DateBase],
    ) -> String {
        let resolved = self.resolve_with(reference, bases);
        if let TimeAnchor::FromMention { base, .. } = self
            && let (Some(b), Some(d)) = (base.resolve_with(reference, bases), &resolved)
        {
            return format!(
                "“{expression}” counts from the date the article named before it ({}) → {}",
                b.display(),
                d.display()
            );
        }
        match (self.is_relative_with(bases), reference, resolved) {
            (false, _, Some(d)) => format!("“{expression}” is a complete date: {}", d.display()),
            (true, Some(r), Some(d)) => format!(
                "“{expression}” + reference date {} ({}) → {}",
                r,
                r.format("%A"),
                d.display()
            ),
            (true, None, _) => {
                format!("“{expression}” is relative: set the reference date to resolve it")
            }
            (_, _, None) => format!("“{expression}” could not be resolved to a calendar date"),
        }
    }
}

/// `day` moved by `n` days; `None` beyond chrono's range (or for offsets no date can have).
fn add_days(day: NaiveDate, n: i64) -> Option<NaiveDate> {
    day.checked_add_signed(TimeDelta::try_days(n)?)
}

/// The week, month or year `offset` units after the one holding `day`, at that precision.
fn unit_after(day: NaiveDate, unit: Unit, offset: i64) -> Option<DateValue> {
    match unit {
        Unit::Week => DateValue::week_of(add_days(day, offset.checked_mul(7)?)?),
        Unit::Month => DateValue::month_after(day, offset),
        Unit::Year => DateValue::year_after(day, offset),
    }
}

/// Months from the reference date's month to the `month` a bare month name means ("in
/// March"), by tense.
fn month_only_offset(r: NaiveDate, month: u32, direction: Option<Direction>) -> Option<i64> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let (m, rm) = (i64::from(month), i64::from(r.month()));
    let year_offset = match direction {
        Some(Direction::Past) if m > rm => -1,
        Some(Direction::Before) if m >= rm => -1,
        Some(Direction::Future) if m < rm => 1,
        Some(_) => 0,
        // No tense to go by: the nearest such month ("in January", written in November, is
        // the coming one).
        None => {
            let ahead = (m - rm).rem_euclid(12);
            let back = (rm - m).rem_euclid(12);
            if ahead != 0 && ahead < back && m < rm {
                1
            } else if back != 0 && back < ahead && m > rm {
                -1
            } else {
                0
            }
        }
    };
    Some(year_offset * 12 + m - rm)
}

/// The `nth` `weekday` of `month` in `year` (1 = first; -1 = last).
fn nth_weekday(year: i32, month: u32, weekday: Weekday, nth: i8) -> Option<NaiveDate> {
    if nth > 0 {
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let ahead = (i64::from(weekday.num_days_from_monday())
            - i64::from(first.weekday().num_days_from_monday()))
        .rem_euclid(7);
        add_days(first, ahead + 7 * (i64::from(nth) - 1))
    } else {
        let next_month = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = next_month.pred_opt()?;
        let back = (i64::from(last.weekday().num_days_from_monday())
            - i64::from(weekday.num_days_from_monday()))
        .rem_euclid(7);
        add_days(last, -(back + 7 * (-i64::from(nth) - 1)))
    }
}

/// The `month`/`day` nearest to `r` in the given direction (or simply nearest).
fn nearest_month_day(
    r: NaiveDate,
    month: u32,
    day: u32,
    direction: Option<Direction>,
) -> Option<NaiveDate> {
    let candidates = [r.year() - 1, r.year(), r.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day));
    match direction {
        Some(Direction::Past) => candidates.filter(|d| *d <= r).max(),
        Some(Direction::Before) => candidates.filter(|d| *d < r).max(),
        Some(Direction::Future) => candidates.filter(|d| *d > r).min(),
        // No tense to go by: the nearest such day, with news's lean to the past ("a high
        // set on Aug. 6", written on 6 February, is last August's: 184 days back against 181
        // ahead).
        None => candidates.min_by_key(|d| {
            let days = (*d - r).num_days();
            if days > 0 { days + 14 } else { -days }
        }),
    }
}

/// The day named by a weekday relative to `r`: the last one on or before it (`Past`), the
/// last one strictly before it (`Before`) or the next one after it (`Future`).
fn nearest_weekday(r: NaiveDate, weekday: Weekday, direction: Direction) -> Option<NaiveDate> {
    let from = i64::from(r.weekday().num_days_from_monday());
    let to = i64::from(weekday.num_days_from_monday());
    let delta = match direction {
        Direction::Past => -((from - to).rem_euclid(7)),
        Direction::Before => -((from - to - 1).rem_euclid(7) + 1),
        Direction::Future => {
            let d = (to - from).rem_euclid(7);
            if d == 0 { 7 } else { d }
        }
    };
    add_days(r, delta)
}

/// The `nth` `weekday` of `month` (plus `plus_days`) in the year before, of or after `r`,
/// whichever lies in `direction` from `r` and nearest to it.
fn nth_weekday_near(
    r: NaiveDate,
    month: u32,
    weekday: Weekday,
    nth: i8,
    plus_days: i8,
    direction: Direction,
) -> Option<NaiveDate> {
    let years = [
        r.year().checked_sub(1),
        Some(r.year()),
        r.year().checked_add(1),
    ];
    let days: Vec<NaiveDate> = years
        .into_iter()
        .flatten()
        .filter_map(|y| add_days(nth_weekday(y, month, weekday, nth)?, i64::from(plus_days)))
        .collect();
    match direction {
        Direction::Past => days.iter().copied().filter(|d| *d <= r).max(),
        Direction::Before => days.iter().copied().filter(|d| *d < r).max(),
        Direction::Future => days.iter().copied().filter(|d| *d > r).min(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn year_is_a_whole_year_span() {
        let y = DateValue::year(2014).unwrap();
        assert_eq!(y.start, Some(d(2014, 1, 1)));
        assert_eq!(y.end, Some(d(2014, 12, 31)));
        assert_eq!(y.display(), "2014");
        assert!(y.is_span());
        let secs = y.end_secs().unwrap() - y.start_secs().unwrap();
        assert_eq!(secs.round() as i64, 365 * 86_400);
    }

    #[test]
    fn weekday_resolution_is_tense_aware() {
        let tue = d(2026, 1, 6);
        let past = TimeAnchor::Weekday {
            weekday: Weekday::Wed,
            direction: Direction::Past,
        };
        let future = TimeAnchor::Weekday {
            weekday: Weekday::Wed,
            direction: Direction::Future,
        };
        assert_eq!(
            past.resolve(Some(tue)).unwrap().start,
            Some(d(2025, 12, 31))
        );
        assert_eq!(
            future.resolve(Some(tue)).unwrap().start,
            Some(d(2026, 1, 7))
        );
        let same = TimeAnchor::Weekday {
            weekday: Weekday::Tue,
            direction: Direction::Past,
        };
        assert_eq!(same.resolve(Some(tue)).unwrap().start, Some(tue));
        assert!(past.resolve(None).is_none());
    }

    #[test]
    fn unit_offsets() {
        let r = d(2026, 1, 6);
        let last_month = TimeAnchor::UnitOffset {
            unit: Unit::Month,
            offset: -1,
        };
        let v = last_month.resolve(Some(r)).unwrap();
        assert_eq!(
            (v.start, v.end),
            (Some(d(2025, 12, 1)), Some(d(2025, 12, 31)))
        );
        let last_week = TimeAnchor::UnitOffset {
            unit: Unit::Week,
            offset: -1,
        };
        let v = last_week.resolve(Some(r)).unwrap();
        assert_eq!(v.start, Some(d(2025, 12, 29)));
        assert_eq!(v.precision, Precision::Week);
    }

    #[test]
    fn before_skips_the_reference_day_itself() {
        // Tuesday 6 January 2026: "last Tuesday" is 30 December, "on Tuesday" (past) today.
        let r = d(2026, 1, 6);
        let on = |direction| {
            TimeAnchor::Weekday {
                weekday: Weekday::Tue,
                direction,
            }
            .resolve(Some(r))
            .and_then(|v| v.start)
        };
        assert_eq!(on(Direction::Before), Some(d(2025, 12, 30)));
        assert_eq!(on(Direction::Past), Some(r));
        let sunday = TimeAnchor::Weekday {
            weekday: Weekday::Sun,
            direction: Direction::Before,
        };
        assert_eq!(
            sunday.resolve(Some(r)).and_then(|v| v.start),
            Some(d(2026, 1, 4))
        );
    }

    #[test]
    fn holidays_on_a_weekday_of_a_month() {
        let r = d(2026, 1, 6);
        let anchor = |month, weekday, nth, plus_days, direction| TimeAnchor::NthWeekday {
            name: String::new(),
            month,
            weekday,
            nth,
            plus_days,
            direction,
        };
        let day = |a: TimeAnchor| a.resolve(Some(r)).and_then(|v| v.start);
        // Thanksgiving 2025: the 4th Thursday of November.
        assert_eq!(
            day(anchor(11, Weekday::Thu, 4, 0, Direction::Past)),
            Some(d(2025, 11, 27))
        );
        // Memorial Day 2026: the last Monday of May.
        assert_eq!(
            day(anchor(5, Weekday::Mon, -1, 0, Direction::Future)),
            Some(d(2026, 5, 25))
        );
        // Election Day 2026: the Tuesday after the first Monday of November.
        assert_eq!(
            day(anchor(11, Weekday::Mon, 1, 1, Direction::Future)),
            Some(d(2026, 11, 3))
        );
    }

    #[test]
    fn holiday_and_month_day() {
        let r = d(2026, 1, 6);
        let eve = TimeAnchor::Holiday {
            name: "Christmas Eve".into(),
            month: 12,
            day: 24,
            direction: Direction::Past,
        };
        assert_eq!(eve.resolve(Some(r)).unwrap().start, Some(d(2025, 12, 24)));
        let jan6 = TimeAnchor::MonthDay {
            month: 1,
            day: 6,
            direction: None,
        };
        assert_eq!(jan6.resolve(Some(r)).unwrap().start, Some(r));
        let dec30 = TimeAnchor::MonthDay {
            month: 12,
            day: 30,
            direction: None,
        };
        assert_eq!(dec30.resolve(Some(r)).unwrap().start, Some(d(2025, 12, 30)));
    }

    #[test]
    fn explain_mentions_reference_and_result() {
        let a = TimeAnchor::Weekday {
            weekday: Weekday::Wed,
            direction: Direction::Future,
        };
        let s = a.explain("on Wednesday", Some(d(2026, 1, 6)));
        assert!(s.contains("2026-01-06"), "{s}");
        assert!(s.contains("7 Jan 2026"), "{s}");
    }

    #[test]
    fn a_day_without_tense_leans_to_the_past_on_a_near_tie() {
        // 6 February: 6 August is 181 days ahead and 184 back; news means the one past.
        let r = d(2026, 2, 6);
        assert_eq!(nearest_month_day(r, 8, 6, None), Some(d(2025, 8, 6)));
        // A clearly nearer day ahead still wins.
        assert_eq!(nearest_month_day(r, 3, 1, None), Some(d(2026, 3, 1)));
    }

    #[test]
    fn a_date_counted_from_a_mention_follows_its_base() {
        let base = TimeAnchor::MonthDay {
            month: 10,
            day: 4,
            direction: Some(Direction::Past),
        };
        let next_day = TimeAnchor::FromMention {
            base: Box::new(base.clone()),
            unit: None,
            offset: 1,
        };
        let next_year = TimeAnchor::FromMention {
            base: Box::new(base),
            unit: Some(Unit::Year),
            offset: 1,
        };
        let r = Some(d(2026, 3, 4));
        assert_eq!(
            next_day.resolve(r).and_then(|v| v.start),
            Some(d(2025, 10, 5))
        );
        let y = next_year.resolve(r).unwrap();
        assert_eq!(
            (y.start, y.precision),
            (Some(d(2026, 1, 1)), Precision::Year)
        );
        // A new reference date moves the base and what counts from it.
        assert_eq!(
            next_day.resolve(Some(d(2027, 3, 4))).and_then(|v| v.start),
            Some(d(2026, 10, 5))
        );
        assert!(next_day.is_relative());
        assert!(next_day.explain("the next day", r).contains("counts from"));
    }
}
