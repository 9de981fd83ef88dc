//! TimeML values: the one place that writes them. Rules say what an expression means as a
//! [`Value`] (a period of four years, the third quarter of 1990, the summer of the reference
//! year…); this module turns that, with the document's creation date, into the TimeML string
//! (`P4Y`, `1990-Q3`, `2025-SU`). The codes of seasons, parts of day and units live here too.

use super::{Timex, TimexType};
use crate::model::{DateValue, Precision, TimeAnchor, Unit};
use chrono::{Datelike as _, NaiveDate, Weekday};
use std::fmt;

/// A unit of a TimeML period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Quarter,
}

impl TimeUnit {
    /// The unit a word list names (`period_units.txt`).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "second" => Self::Second,
            "minute" => Self::Minute,
            "hour" => Self::Hour,
            "day" => Self::Day,
            "week" => Self::Week,
            "month" => Self::Month,
            "year" => Self::Year,
            "quarter" => Self::Quarter,
            _ => return None,
        })
    }

    /// The TimeML letter, and whether it is a time unit (written after `PT`).
    fn code(self) -> (&'static str, bool) {
        match self {
            Self::Second => ("S", true),
            Self::Minute => ("M", true),
            Self::Hour => ("H", true),
            Self::Day => ("D", false),
            Self::Week => ("W", false),
            Self::Month => ("M", false),
            Self::Year => ("Y", false),
            Self::Quarter => ("Q", false),
        }
    }

    /// Half of one unit, as TimeML writes it after the whole units ("and a half").
    fn half(self) -> Option<&'static str> {
        match self {
            Self::Hour => Some("30M"),
            Self::Minute => Some("30S"),
            Self::Day => Some("T12H"),
            Self::Year => Some("6M"),
            _ => None,
        }
    }
}

/// A season.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// The season a word list names (`seasons.txt`).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "spring" => Self::Spring,
            "summer" => Self::Summer,
            "fall" => Self::Fall,
            "winter" => Self::Winter,
            _ => return None,
        })
    }

    fn code(self) -> &'static str {
        match self {
            Self::Spring => "SP",
            Self::Summer => "SU",
            Self::Fall => "FA",
            Self::Winter => "WI",
        }
    }

    /// The months it starts and ends in (winter: December to February).
    fn months(self) -> (u32, u32) {
        match self {
            Self::Spring => (3, 5),
            Self::Summer => (6, 8),
            Self::Fall => (9, 11),
            Self::Winter => (12, 2),
        }
    }
}

/// A part of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    /// The part a word list names (`day_parts.txt`).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "morning" => Self::Morning,
            "afternoon" => Self::Afternoon,
            "evening" => Self::Evening,
            "night" => Self::Night,
            _ => return None,
        })
    }

    fn code(self) -> &'static str {
        match self {
            Self::Morning => "TMO",
            Self::Afternoon => "TAF",
            Self::Evening => "TEV",
            Self::Night => "TNI",
        }
    }
}

/// How many units a period has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Count {
    /// Some number of them ("several years": `PXY`).
    Unknown,
    N(i64),
    /// Digits too long for a number, kept as written.
    Digits(String),
}

/// A TimeML period: `P4Y`, `PT30M`, `PXY`, `P2Y6M`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub count: Count,
    pub unit: TimeUnit,
    /// And a half unit more ("5 1/2 hours": `PT5H30M`), where the unit has a half.
    pub and_half: bool,
}

impl Period {
    /// `n` units.
    pub fn of(n: i64, unit: TimeUnit) -> Self {
        Self {
            count: Count::N(n),
            unit,
            and_half: false,
        }
    }

    /// Some number of units (`PXY`).
    pub fn some(unit: TimeUnit) -> Self {
        Self {
            count: Count::Unknown,
            unit,
            and_half: false,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, time) = self.unit.code();
        f.write_str(if time { "PT" } else { "P" })?;
        match &self.count {
            Count::Unknown => f.write_str("X")?,
            Count::N(n) => write!(f, "{n}")?,
            Count::Digits(d) => f.write_str(d)?,
        }
        f.write_str(code)?;
        match self.unit.half().filter(|_| self.and_half) {
            Some(h) => f.write_str(h),
            None => Ok(()),
        }
    }
}

/// What a resolved base date is followed by in a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suffix {
    /// "1998-SU".
    Season(Season),
    /// "1998-08-07TEV".
    DayPart(DayPart),
    /// "2025-12-31": the last day of the year.
    YearEnd,
    /// "2026-WXX": some week of the year.
    SomeWeek,
    /// "2026-H1": a half of the year (1 or 2).
    Half(u8),
    /// "2026-W02-WE": the weekend of the week.
    Weekend,
}

impl fmt::Display for Suffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Season(s) => write!(f, "-{}", s.code()),
            Self::DayPart(p) => f.write_str(p.code()),
            Self::YearEnd => f.write_str("-12-31"),
            Self::SomeWeek => f.write_str("-WXX"),
            Self::Half(h) => write!(f, "-H{h}"),
            Self::Weekend => f.write_str("-WE"),
        }
    }
}

/// A vague reference to the past, present or future.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ref {
    Past,
    Present,
    Future,
}

/// What an expression's TimeML value is, beyond (or instead of) its anchor.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Value {
    /// The anchor's value at its precision; for durations and sets the period their words
    /// measure (set by the sentence pass), and `PRESENT_REF` for "now".
    #[default]
    FromAnchor,
    /// `P4Y`, `PT30M`, `PXY`.
    Period(Period),
    /// `PXX`: a length of unknown unit ("a while").
    SomeWhile,
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    Ref(Ref),
    /// `XXXX-XX-XX`: some day.
    SomeDay,
    /// "the 20th century": `19` (the century's two leading digits).
    Century(u32),
    /// "the nineties": `199` (the decade's leading digits).
    Decade(i32),
    /// A year: `1996`.
    Year(i32),
    /// A month of a year: `1997-01`.
    YearMonth { year: i32, month: u32 },
    /// A season of a year: `1994-WI`.
    YearSeason { year: i32, season: Season },
    /// A half of a year: `2025-H2`.
    YearHalf { year: i32, half: u8 },
    /// A quarter of a year: `1990-Q3`.
    YearQuarter { year: i32, quarter: u32 },
    /// Every such weekday, or a part of it: `XXXX-WXX-2`, `XXXX-WXX-3TNI`.
    EveryWeekday {
        weekday: Weekday,
        part: Option<DayPart>,
    },
    /// Every such part of a day: `XXXX-XX-XXTNI`.
    EveryDayPart(DayPart),
    /// Every such month: `XXXX-07`.
    EveryMonth(u32),
    /// `base` resolved, then `suffix`: "1998" + "-SU", "1998-08-07" + "TEV".
    Suffixed { base: TimeAnchor, suffix: Suffix },
    /// A fiscal quarter of the reference year plus `year_offset`: the numbered one, or the
    /// last completed one ("the latest quarter").
    Quarter {
        quarter: Option<u32>,
        year_offset: i32,
    },
    /// The last completed quarter, in the given year ("the 1988 quarter").
    QuarterOfYear(i32),
    /// The weekend of the week holding this day's date ("over the weekend": the last
    /// Saturday).
    WeekendOf(TimeAnchor),
    /// Counted from the last date the text named ("the following year", "later that day"):
    /// `link_mentions` turns it into a [`TimeAnchor::FromMention`], or into `fallback`
    /// (counted from the reference date) when no date came before.
    Mention {
        unit: Option<Unit>,
        offset: i32,
        part: Option<DayPart>,
        fallback: TimeAnchor,
    },
    /// "three years later": a length whose TimeML `value` is `P3Y`, and which dates what it
    /// introduces when the text named a date before (`link_mentions`).
    LaterBy {
        unit: Option<Unit>,
        offset: i32,
        length: Period,
    },
    /// The ISO week holding this day ("the week of March 6").
    IsoWeekOf(TimeAnchor),
    /// The quarter the reference date falls in ("the current quarter").
    CurrentQuarter,
    /// The decade the reference date falls in ("this decade": `199`).
    ThisDecade,
    /// The numbered quarter looking ahead: this year's unless it ended two or more quarters
    /// ago ("will open in the first quarter", written in October: next year's).
    QuarterAhead(u32),
    /// The last such season wholly before the reference date ("this past spring").
    PastSeason(Season),
    /// "the summer": the one begun by the reference date, or with `ahead` the next one not
    /// yet over.
    Season { season: Season, ahead: bool },
}

/// TimeML value of a resolved date at its precision: `1998`, `1998-08`, `1998-W32`,
/// `1998-08-07`, `1998-08-07T15:00`; a decade span is `199`.
pub fn date_value(d: &DateValue) -> String {
    let Some(start) = d.start else {
        return "XXXX-XX-XX".to_owned();
    };
    match d.precision {
        Precision::Year => {
            let end_year = d.end.map_or(start.year(), |e| e.year());
            if end_year == start.year() + 9 && start.year() % 10 == 0 {
                format!("{}", start.year() / 10)
            } else {
                format!("{}", start.year())
            }
        }
        Precision::Month => start.format("%Y-%m").to_string(),
        Precision::Week => start.format("%G-W%V").to_string(),
        Precision::Day => start.format("%Y-%m-%d").to_string(),
        Precision::Time => match d.time {
            Some(t) => format!("{}T{}", start.format("%Y-%m-%d"), t.format("%H:%M")),
            None => start.format("%Y-%m-%d").to_string(),
        },
        Precision::Unknown => "XXXX-XX-XX".to_owned(),
    }
}

/// An anchor's value against `dct`, or `unknown` when it does not resolve.
fn anchor_value(anchor: &TimeAnchor, dct: NaiveDate, unknown: &str) -> String {
    anchor
        .resolve(Some(dct))
        .map_or_else(|| unknown.to_owned(), |d| date_value(&d))
}

/// `base` resolved, then `suffix`; `XXXX` and the suffix when it does not resolve.
fn suffixed(base: &TimeAnchor, suffix: impl fmt::Display, dct: NaiveDate) -> String {
    base.resolve(Some(dct)).map_or_else(
        || format!("XXXX{suffix}"),
        |d| format!("{}{suffix}", date_value(&d)),
    )
}

/// The ISO week of the day `base` resolves to, then `tail`.
fn iso_week(base: &TimeAnchor, tail: &str, dct: NaiveDate) -> String {
    base.resolve(Some(dct)).and_then(|d| d.start).map_or_else(
        || format!("XXXX-WXX{tail}"),
        |d| {
            let w = d.iso_week();
            format!("{}-W{:02}{tail}", w.year(), w.week())
        },
    )
}

/// The quarter (1–4) `dct` falls in.
fn quarter_of(dct: NaiveDate) -> u32 {
    dct.month0() / 3 + 1
}

/// "the third quarter" looking ahead: the quarter just ended is still ahead to report on
/// ("will report third-quarter results" in October); one further back is next year's.
fn quarter_ahead(q: u32, dct: NaiveDate) -> String {
    let current = quarter_of(dct);
    let back = (current + 4 - q) % 4;
    let year = match back {
        1 if q > current => dct.year() - 1,
        2 | 3 if q < current => dct.year() + 1,
        _ => dct.year(),
    };
    format!("{year}-Q{q}")
}

/// A reported quarter: the numbered one of this year (of last year if it has not begun),
/// or the last completed one; then moved by `year_offset` years.
fn reported_quarter(quarter: Option<u32>, year_offset: i32, dct: NaiveDate) -> String {
    let current = quarter_of(dct);
    let (mut year, q) = match quarter {
        Some(q) if q > current => (dct.year() - 1, q),
        Some(q) => (dct.year(), q),
        None if current == 1 => (dct.year() - 1, 4),
        None => (dct.year(), current - 1),
    };
    year += year_offset;
    format!("{year}-Q{q}")
}

/// "the summer": the one begun by `dct` (winter is named by the year it starts in), or
/// with `ahead` the next one not yet over.
fn season_value(season: Season, ahead: bool, dct: NaiveDate) -> String {
    let (first, last) = season.months();
    let m = dct.month();
    let year = match (season, ahead) {
        (Season::Winter, false) if m <= last => dct.year() - 1,
        (Season::Winter, _) => dct.year(),
        (_, false) if m >= first => dct.year(),
        (_, false) => dct.year() - 1,
        (_, true) if m <= last => dct.year(),
        (_, true) => dct.year() + 1,
    };
    format!("{year}-{}", season.code())
}

/// "this past spring": the last such season wholly before `dct` (winter: the one that ended
/// in February).
fn past_season(season: Season, dct: NaiveDate) -> String {
    let (_, last_month) = season.months();
    let year = if dct.month() > last_month {
        dct.year()
    } else {
        dct.year() - 1
    };
    format!("{year}-{}", season.code())
}

impl Timex {
    /// The TimeML value against the document creation date `dct`.
    pub fn timeml_value(&self, dct: NaiveDate) -> String {
        match &self.value {
            Value::FromAnchor => match (&self.anchor, self.kind) {
                (Some(TimeAnchor::Since(inner)), _) => anchor_value(inner, dct, "XXXX-XX-XX"),
                (Some(a), _) => anchor_value(a, dct, "XXXX-XX-XX"),
                (None, TimexType::Duration | TimexType::Set) => "PXY".to_owned(),
                (None, _) => "PRESENT_REF".to_owned(),
            },
            other => other.timeml(dct),
        }
    }
}

impl Value {
    /// The TimeML string; [`Value::FromAnchor`] needs the expression's anchor and kind
    /// (see [`Timex::timeml_value`]) and gives `PRESENT_REF` here.
    pub fn timeml(&self, dct: NaiveDate) -> String {
        match self {
            Value::FromAnchor | Value::Ref(Ref::Present) => "PRESENT_REF".to_owned(),
            Value::Ref(Ref::Past) => "PAST_REF".to_owned(),
            Value::Ref(Ref::Future) => "FUTURE_REF".to_owned(),
            Value::Period(p) | Value::LaterBy { length: p, .. } => p.to_string(),
            Value::SomeWhile => "PXX".to_owned(),
            Value::SomeDay => "XXXX-XX-XX".to_owned(),
            Value::Century(c) => format!("{c:02}"),
            Value::Decade(d) => d.to_string(),
            Value::Year(y) => y.to_string(),
            Value::YearMonth { year, month } => format!("{year}-{month:02}"),
            Value::YearSeason { year, season } => format!("{year}-{}", season.code()),
            Value::YearHalf { year, half } => format!("{year}-H{half}"),
            Value::YearQuarter { year, quarter } => format!("{year}-Q{quarter}"),
            Value::EveryWeekday { weekday, part } => format!(
                "XXXX-WXX-{}{}",
                weekday.number_from_monday(),
                part.map_or("", DayPart::code)
            ),
            Value::EveryDayPart(p) => format!("XXXX-XX-XX{}", p.code()),
            Value::EveryMonth(m) => format!("XXXX-{m:02}"),
            Value::Suffixed { base, suffix } => suffixed(base, suffix, dct),
            Value::Mention { fallback, part, .. } => {
                suffixed(fallback, part.map_or("", DayPart::code), dct)
            }
            Value::WeekendOf(base) => iso_week(base, "-WE", dct),
            Value::IsoWeekOf(base) => iso_week(base, "", dct),
            Value::QuarterAhead(q) => quarter_ahead(*q, dct),
            Value::ThisDecade => format!("{}", dct.year().div_euclid(10)),
            Value::CurrentQuarter => format!("{}-Q{}", dct.year(), quarter_of(dct)),
            Value::Season { season, ahead } => season_value(*season, *ahead, dct),
            Value::PastSeason(season) => past_season(*season, dct),
            Value::Quarter {
                quarter,
                year_offset,
            } => reported_quarter(*quarter, *year_offset, dct),
            Value::QuarterOfYear(year) => {
                let current = quarter_of(dct);
                format!("{year}-Q{}", if current == 1 { 4 } else { current - 1 })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dct() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 7).unwrap_or_default()
    }

    #[test]
    fn periods_and_halves() {
        assert_eq!(Period::of(4, TimeUnit::Year).to_string(), "P4Y");
        assert_eq!(Period::some(TimeUnit::Minute).to_string(), "PTXM");
        let half = |unit| Period {
            count: Count::N(5),
            unit,
            and_half: true,
        };
        assert_eq!(half(TimeUnit::Hour).to_string(), "PT5H30M");
        assert_eq!(half(TimeUnit::Day).to_string(), "P5DT12H");
        assert_eq!(half(TimeUnit::Week).to_string(), "P5W");
    }

    #[test]
    fn values_by_reference_date() {
        assert_eq!(Value::QuarterAhead(3).timeml(dct()), "2026-Q3");
        assert_eq!(
            Value::Season {
                season: Season::Summer,
                ahead: false
            }
            .timeml(dct()),
            "2025-SU"
        );
        assert_eq!(Value::PastSeason(Season::Winter).timeml(dct()), "2025-WI");
        assert_eq!(Value::ThisDecade.timeml(dct()), "202");
        assert_eq!(
            Value::Quarter {
                quarter: None,
                year_offset: -1
            }
            .timeml(dct()),
            "2024-Q4"
        );
        assert_eq!(Value::Century(19).timeml(dct()), "19");
    }
}
