//! Calendar-aware axis ticks: chooses a step from one minute to millennia that suits the
//! zoom level, places ticks on real UTC calendar boundaries, and labels them without overlap.

use super::view::TimeView;

/// Minimum clear space between two labels. Labels are checked as if each could extend its
/// full width to either side of its tick, so they never overlap whether the UI draws them
/// centred on the tick, starting at it, or ending at it.
pub const LABEL_PADDING_PX: f32 = 8.0;

/// A hard stop on generated ticks, in case a caller passes an absurd width: the spacing
/// rules already bound the count by `width / min_spacing`, but width itself is unbounded.
const MAX_TICKS: usize = 10_000;

const SECS_PER_DAY: i64 = 86_400;

/// Ticks are only generated within this distance of the epoch (about 317,000 years), which
/// keeps all calendar arithmetic comfortably inside `i64` and matches `TimeView`'s limit.
const TIME_LIMIT_SECS: f64 = 1.0e13;

/// 1970-01-01 was a Thursday, so Monday-aligned weeks start four days after the epoch.
const MONDAY_OFFSET_SECS: i64 = 4 * SECS_PER_DAY;

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Calendar granularity of a tick, coarsest first (so `Century < Minute`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TickLevel {
    Century,
    Decade,
    Year,
    Quarter,
    Month,
    Week,
    Day,
    SixHours,
    Hour,
    TenMinutes,
    Minute,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub time_secs: f64,
    pub level: TickLevel,
    /// Empty for minor ticks and for major ticks whose label would not fit.
    pub label: String,
    pub major: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// Multiples of `secs` counted from `offset_secs` after the epoch. Exact in UTC because
    /// Unix time has no leap seconds, so every day is 86,400 s long.
    Fixed { secs: i64, offset_secs: i64 },
    /// Every `n` calendar months, aligned so that multiples of 12 land on years divisible
    /// by `n / 12` (decades on 2020, not 2017).
    Months(i64),
}

#[derive(Clone, Copy, Debug)]
struct Rung {
    level: TickLevel,
    step: Step,
}

const fn fixed(level: TickLevel, secs: i64, offset_secs: i64) -> Rung {
    Rung {
        level,
        step: Step::Fixed { secs, offset_secs },
    }
}

const fn months(level: TickLevel, n: i64) -> Rung {
    Rung {
        level,
        step: Step::Months(n),
    }
}

/// Finest to coarsest; each rung's shortest possible interval is longer than the
/// previous rung's, which the spacing guarantees in `ticks_for` rely on.
const LADDER: [Rung; 19] = [
    fixed(TickLevel::Minute, 60, 0),
    fixed(TickLevel::Minute, 5 * 60, 0),
    fixed(TickLevel::TenMinutes, 10 * 60, 0),
    fixed(TickLevel::TenMinutes, 30 * 60, 0),
    fixed(TickLevel::Hour, 3600, 0),
    fixed(TickLevel::Hour, 3 * 3600, 0),
    fixed(TickLevel::SixHours, 6 * 3600, 0),
    fixed(TickLevel::SixHours, 12 * 3600, 0),
    fixed(TickLevel::Day, SECS_PER_DAY, 0),
    fixed(TickLevel::Week, 7 * SECS_PER_DAY, MONDAY_OFFSET_SECS),
    months(TickLevel::Month, 1),
    months(TickLevel::Quarter, 3),
    months(TickLevel::Quarter, 6),
    months(TickLevel::Year, 12),
    months(TickLevel::Year, 2 * 12),
    months(TickLevel::Year, 5 * 12),
    months(TickLevel::Decade, 10 * 12),
    months(TickLevel::Decade, 20 * 12),
    months(TickLevel::Decade, 50 * 12),
];

/// Rung `i` of the ladder, which continues past the table as 100, 200, 500, 1000, ...
/// years so that any view finds a step, up to far beyond `TIME_LIMIT_SECS`.
fn rung(i: usize) -> Option<Rung> {
    if let Some(r) = LADDER.get(i) {
        return Some(*r);
    }
    let k = i - LADDER.len();
    let exponent = u32::try_from(k / 3).ok()?;
    if exponent > 8 {
        return None;
    }
    let mantissa = [1_i64, 2, 5].get(k % 3)?;
    let years = 100 * mantissa * 10_i64.checked_pow(exponent)?;
    Some(months(TickLevel::Century, years * 12))
}

/// A lower bound on the interval between consecutive ticks of `step`, so that spacing
/// chosen from it holds for the shortest month, quarter or year too.
fn min_interval_secs(step: Step) -> f64 {
    let days = match step {
        Step::Fixed { secs, .. } => return secs as f64,
        Step::Months(1) => 28,
        // Aligned quarters and halves: Jan-Mar and Jan-Jun of a common year are shortest.
        Step::Months(3) => 90,
        Step::Months(6) => 181,
        Step::Months(n) if n % 12 == 0 => 365 * (n / 12),
        Step::Months(n) => 28 * n,
    };
    (days * SECS_PER_DAY) as f64
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm),
/// exact for any year that fits the arithmetic, unlike chrono's bounded date range.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Inverse of `days_from_civil`: (year, month 1..=12, day 1..=31).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Unix seconds of the first instant of month `index` (= year * 12 + month - 1).
fn month_start_secs(index: i64) -> i64 {
    days_from_civil(index.div_euclid(12), index.rem_euclid(12) + 1, 1) * SECS_PER_DAY
}

/// Tick instants of `step` in `[lo_secs, hi_secs]`, at most `limit` of them.
fn tick_times(step: Step, lo_secs: f64, hi_secs: f64, limit: usize) -> Vec<i64> {
    let lo = lo_secs.ceil() as i64;
    let hi = hi_secs.floor() as i64;
    let mut out = Vec::new();
    match step {
        Step::Fixed { secs, offset_secs } => {
            let rel = lo - offset_secs;
            let mut t =
                offset_secs + (rel.div_euclid(secs) + i64::from(rel.rem_euclid(secs) != 0)) * secs;
            while t <= hi && out.len() < limit {
                out.push(t);
                t += secs;
            }
        }
        Step::Months(n) => {
            let (year, month, _) = civil_from_days(lo.div_euclid(SECS_PER_DAY));
            let mut index = (year * 12 + month - 1).div_euclid(n) * n;
            while out.len() < limit {
                let t = month_start_secs(index);
                if t > hi {
                    break;
                }
                if t >= lo {
                    out.push(t);
                }
                index += n;
            }
        }
    }
    out
}

fn day_label(day: i64, month: i64) -> String {
    let abbr = MONTH_ABBR.get((month - 1) as usize).copied().unwrap_or("?");
    format!("{day} {abbr}")
}

fn label_for(t_secs: i64, level: TickLevel) -> String {
    let (year, month, day) = civil_from_days(t_secs.div_euclid(SECS_PER_DAY));
    let secs_of_day = t_secs.rem_euclid(SECS_PER_DAY);
    match level {
        TickLevel::Century | TickLevel::Decade | TickLevel::Year => format!("{year}"),
        TickLevel::Quarter => format!("Q{} {year}", (month - 1) / 3 + 1),
        TickLevel::Month => {
            let abbr = MONTH_ABBR.get((month - 1) as usize).copied().unwrap_or("?");
            format!("{abbr} {year}")
        }
        TickLevel::Week | TickLevel::Day => day_label(day, month),
        TickLevel::SixHours | TickLevel::Hour | TickLevel::TenMinutes | TickLevel::Minute => {
            // Midnight shows the date instead of "00:00" so a zoomed-in axis still says
            // which day it is showing.
            if secs_of_day == 0 {
                day_label(day, month)
            } else {
                format!("{:02}:{:02}", secs_of_day / 3600, secs_of_day % 3600 / 60)
            }
        }
    }
}

struct Labelled {
    t_secs: i64,
    label: String,
    width_px: f64,
}

/// Whether each label keeps `LABEL_PADDING_PX` clear of its neighbours, assuming either
/// label may extend its full width towards the other (see `LABEL_PADDING_PX`).
fn labels_clear(a: &Labelled, b: &Labelled, px_per_sec: f64) -> bool {
    let gap_px = (b.t_secs - a.t_secs) as f64 * px_per_sec;
    gap_px >= a.width_px.max(b.width_px) + f64::from(LABEL_PADDING_PX)
}

fn measure(label_width_px: &dyn Fn(&str) -> f32, label: &str) -> f64 {
    let w = f64::from(label_width_px(label));
    if w.is_nan() { 0.0 } else { w.max(0.0) }
}

/// Ticks visible in `[view.start, view.end]` for a view `width_px` wide.
///
/// Minor ticks use the finest calendar step whose ticks are at least `min_spacing_px`
/// apart; labelled major ticks use the finest strictly coarser step whose labels (measured
/// with `label_width_px`, plus `LABEL_PADDING_PX`) fit without overlapping. Minor ticks too
/// close to a major tick are dropped (weeks do not nest in months), so every pair of
/// returned ticks is at least `min_spacing_px` apart and the count is at most
/// `width_px / min_spacing_px + 1`. If no coarser step has a tick in view, the minor ticks
/// become the labelled ones, thinned so labels still never overlap. Sorted by time. Empty
/// for invalid views or widths.
pub fn ticks_for(
    view: &TimeView,
    width_px: f32,
    min_spacing_px: f32,
    label_width_px: &dyn Fn(&str) -> f32,
) -> Vec<Tick> {
    let width = f64::from(width_px);
    if !view.is_valid() || !width.is_finite() || width <= 0.0 {
        return Vec::new();
    }
    let lo_secs = view.start_secs.max(-TIME_LIMIT_SECS);
    let hi_secs = view.end_secs().min(TIME_LIMIT_SECS);
    if lo_secs > hi_secs {
        return Vec::new();
    }
    // Below one pixel the count bound would be the width itself; a zero or NaN spacing
    // would otherwise ask for minute ticks across a millennium.
    let min_spacing = if min_spacing_px.is_finite() {
        f64::from(min_spacing_px).max(1.0)
    } else {
        1.0
    };
    let px_per_sec = width / view.span_secs;
    let Some((minor_index, minor)) = finest_rung_spaced(min_spacing / px_per_sec) else {
        return Vec::new();
    };
    let scale = TickScale {
        lo_secs,
        hi_secs,
        px_per_sec,
        label_width_px,
    };
    let (mut major_level, mut majors) =
        coarser_labels_that_fit(&scale, minor_index + 1).unwrap_or((minor.level, Vec::new()));
    let mut minor_times = tick_times(minor.step, lo_secs, hi_secs, MAX_TICKS);
    if majors.is_empty() {
        // The coarser steps have no tick in view (say, a three-day view with no Monday),
        // so label the minor ticks themselves and let the overlap pass below thin them.
        major_level = minor.level;
        majors = labelled(minor_times.drain(..), minor.level, label_width_px);
    }
    let mut ticks = Vec::with_capacity(minor_times.len() + majors.len());
    push_minors_clear_of_majors(
        &mut ticks,
        minor_times,
        minor.level,
        &majors,
        px_per_sec,
        min_spacing,
    );
    push_majors(&mut ticks, majors, major_level, px_per_sec);
    ticks.sort_by(|a, b| a.time_secs.total_cmp(&b.time_secs));
    ticks
}

/// The visible time range, its pixel scale and the label measure: what every rung is
/// tried against.
struct TickScale<'m> {
    lo_secs: f64,
    hi_secs: f64,
    px_per_sec: f64,
    label_width_px: &'m dyn Fn(&str) -> f32,
}

/// The finest rung (and its index on the ladder) whose ticks are at least `needed_secs`
/// apart.
fn finest_rung_spaced(needed_secs: f64) -> Option<(usize, Rung)> {
    let mut index = 0;
    loop {
        let r = rung(index)?;
        if min_interval_secs(r.step) >= needed_secs {
            return Some((index, r));
        }
        index += 1;
    }
}

/// The first rung from `from_index` up whose labels fit without overlapping, with its
/// labelled ticks; `None` if no rung fits.
fn coarser_labels_that_fit(
    scale: &TickScale<'_>,
    from_index: usize,
) -> Option<(TickLevel, Vec<Labelled>)> {
    let mut index = from_index;
    while let Some(r) = rung(index) {
        index += 1;
        // Cheap rejection before formatting labels: even zero-width labels need padding.
        if min_interval_secs(r.step) * scale.px_per_sec < f64::from(LABEL_PADDING_PX) {
            continue;
        }
        let candidates = labelled(
            tick_times(r.step, scale.lo_secs, scale.hi_secs, MAX_TICKS).into_iter(),
            r.level,
            scale.label_width_px,
        );
        let fits = candidates
            .windows(2)
            .all(|pair| matches!(pair, [a, b] if labels_clear(a, b, scale.px_per_sec)));
        if fits {
            return Some((r.level, candidates));
        }
    }
    None
}

/// Tick times with their labels at `level`, measured.
fn labelled(
    times: impl Iterator<Item = i64>,
    level: TickLevel,
    label_width_px: &dyn Fn(&str) -> f32,
) -> Vec<Labelled> {
    times
        .map(|t_secs| {
            let label = label_for(t_secs, level);
            let width_px = measure(label_width_px, &label);
            Labelled {
                t_secs,
                label,
                width_px,
            }
        })
        .collect()
}

/// Minor ticks, except those closer than `min_spacing` pixels to a major tick (weeks do
/// not nest in months).
fn push_minors_clear_of_majors(
    ticks: &mut Vec<Tick>,
    minor_times: Vec<i64>,
    level: TickLevel,
    majors: &[Labelled],
    px_per_sec: f64,
    min_spacing: f64,
) {
    let mut next_major = 0;
    let mut prev_major: Option<i64> = None;
    for t_secs in minor_times {
        while let Some(m) = majors.get(next_major) {
            if m.t_secs > t_secs {
                break;
            }
            prev_major = Some(m.t_secs);
            next_major += 1;
        }
        let near = |m: i64| ((t_secs - m).abs() as f64) * px_per_sec < min_spacing;
        let near_prev = prev_major.is_some_and(near);
        let near_next = majors.get(next_major).is_some_and(|m| near(m.t_secs));
        if !near_prev && !near_next {
            ticks.push(Tick {
                time_secs: t_secs as f64,
                level,
                label: String::new(),
                major: false,
            });
        }
    }
}

/// Major ticks, each labelled unless its label would overlap the last one shown.
fn push_majors(ticks: &mut Vec<Tick>, majors: Vec<Labelled>, level: TickLevel, px_per_sec: f64) {
    // Defensive: the chosen step already fits, but this guarantees no overlap whatever the
    // label measurements do.
    let mut last_shown: Option<(i64, f64)> = None;
    for m in majors {
        let shown = last_shown.is_none_or(|(t, w)| {
            let gap_px = (m.t_secs - t) as f64 * px_per_sec;
            gap_px >= w.max(m.width_px) + f64::from(LABEL_PADDING_PX)
        });
        if shown {
            last_shown = Some((m.t_secs, m.width_px));
        }
        ticks.push(Tick {
            time_secs: m.t_secs as f64,
            level,
            label: if shown { m.label } else { String::new() },
            major: true,
        });
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // Tick times are whole seconds, so exact comparison is intended.
mod tests {
    use super::super::test_rng::Lcg;
    use super::*;
    use chrono::{DateTime, Datelike, TimeZone, Utc};

    fn ts(y: i32, m: u32, d: u32) -> f64 {
        Utc.with_ymd_and_hms(y, m, d, 0, 0, 0)
            .single()
            .map_or(f64::NAN, |t| t.timestamp() as f64)
    }

    fn text_width(label: &str) -> f32 {
        7.0 * label.chars().count() as f32
    }

    fn ticks(view: &TimeView, width_px: f32, min_spacing_px: f32) -> Vec<Tick> {
        ticks_for(view, width_px, min_spacing_px, &text_width)
    }

    fn labels(ticks: &[Tick]) -> Vec<&str> {
        ticks
            .iter()
            .filter(|t| !t.label.is_empty())
            .map(|t| t.label.as_str())
            .collect()
    }

    #[test]
    fn civil_conversions_match_chrono() {
        let mut days = -800_000_i64;
        while days < 800_000 {
            let (y, m, d) = civil_from_days(days);
            let expected = DateTime::from_timestamp(days * SECS_PER_DAY, 0).map(|date| {
                (
                    i64::from(date.year()),
                    i64::from(date.month()),
                    i64::from(date.day()),
                )
            });
            assert_eq!(Some((y, m, d)), expected);
            assert_eq!(days_from_civil(y, m, d), days);
            days += 997;
        }
        assert_eq!(
            days_from_civil(2024, 2, 29) + 1,
            days_from_civil(2024, 3, 1)
        );
        assert_eq!(
            days_from_civil(1900, 2, 28) + 1,
            days_from_civil(1900, 3, 1)
        );
        assert_eq!(
            days_from_civil(2000, 2, 29) + 1,
            days_from_civil(2000, 3, 1)
        );
    }

    #[test]
    fn ladder_intervals_increase() {
        let mut prev = 0.0;
        let mut i = 0;
        while let Some(r) = rung(i) {
            let len = min_interval_secs(r.step);
            assert!(len > prev, "rung {i}");
            prev = len;
            i += 1;
        }
        assert!(i > LADDER.len() + 20);
    }

    #[test]
    fn years_at_thirteen_year_view() {
        let start = ts(2013, 6, 1);
        let view = TimeView::new(start, ts(2026, 6, 1) - start);
        let t = ticks(&view, 1000.0, 30.0);
        let expected: Vec<String> = (2014..=2026).map(|y| y.to_string()).collect();
        assert_eq!(labels(&t), expected);
        for tick in t.iter().filter(|t| t.major) {
            assert_eq!(tick.level, TickLevel::Year);
        }
        assert!(t.iter().any(|t| t.time_secs == ts(2020, 1, 1) && t.major));
        // Half-year minor ticks between the years.
        assert!(t.iter().any(|t| t.time_secs == ts(2020, 7, 1) && !t.major));
    }

    #[test]
    fn months_at_six_month_view() {
        let view = TimeView::new(ts(2024, 1, 1), ts(2024, 7, 1) - ts(2024, 1, 1));
        let t = ticks(&view, 1000.0, 30.0);
        assert_eq!(
            labels(&t),
            [
                "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024"
            ]
        );
        for date in [ts(2024, 2, 1), ts(2024, 3, 1)] {
            assert!(
                t.iter()
                    .any(|t| t.time_secs == date && t.level == TickLevel::Month && t.major)
            );
        }
        // Week minors fall on Mondays (2024-01-08 was a Monday).
        assert!(
            t.iter()
                .any(|t| t.time_secs == ts(2024, 1, 8) && t.level == TickLevel::Week)
        );
    }

    #[test]
    fn days_at_two_week_view_including_leap_day() {
        let view = TimeView::new(ts(2024, 2, 20), 14.0 * 86_400.0);
        let t = ticks(&view, 1000.0, 30.0);
        let leap = t.iter().find(|t| t.time_secs == ts(2024, 2, 29));
        assert_eq!(
            leap.map(|t| (t.level, t.label.as_str())),
            Some((TickLevel::Day, "29 Feb"))
        );
        assert!(
            t.iter()
                .any(|t| t.time_secs == ts(2024, 3, 1) && t.label == "1 Mar")
        );
        assert_eq!(labels(&t).len(), 15);
        // Twelve-hour minors between the days.
        assert!(t.iter().any(|t| !t.major && t.level == TickLevel::SixHours));
    }

    #[test]
    fn hours_at_one_day_view() {
        let view = TimeView::new(ts(2026, 1, 6), 86_400.0);
        let t = ticks(&view, 1000.0, 30.0);
        assert!(
            t.iter()
                .filter(|t| !t.major)
                .all(|t| t.level == TickLevel::Hour)
        );
        assert_eq!(t.iter().filter(|t| !t.major).count(), 16);
        assert_eq!(
            labels(&t),
            [
                "6 Jan", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00", "7 Jan"
            ]
        );
    }

    #[test]
    fn minutes_at_short_view() {
        let view = TimeView::new(ts(2026, 1, 6) + 14.0 * 3600.0, 600.0);
        let t = ticks(&view, 1000.0, 30.0);
        assert!(t.iter().any(|t| t.level == TickLevel::Minute));
        assert!(labels(&t).contains(&"14:05"));
    }

    #[test]
    fn centuries_at_widest_view() {
        let view = TimeView::new(ts(1500, 1, 1), TimeView::MAX_SPAN_SECS);
        let t = ticks(&view, 800.0, 20.0);
        assert!(!t.is_empty());
        assert!(labels(&t).contains(&"2000"));
        assert!(
            t.iter()
                .filter(|t| t.major)
                .all(|t| t.level == TickLevel::Century)
        );
    }

    #[test]
    fn invalid_views_give_no_ticks() {
        let nan_start = TimeView {
            start_secs: f64::NAN,
            span_secs: 86_400.0,
        };
        let nan_span = TimeView {
            start_secs: 0.0,
            span_secs: f64::NAN,
        };
        let zero_span = TimeView {
            start_secs: 0.0,
            span_secs: 0.0,
        };
        for view in [nan_start, nan_span, zero_span] {
            assert!(ticks(&view, 1000.0, 30.0).is_empty());
        }
        let ok = TimeView::new(0.0, 86_400.0);
        assert!(ticks(&ok, f32::NAN, 30.0).is_empty());
        assert!(ticks(&ok, 0.0, 30.0).is_empty());
        assert!(!ticks(&ok, 1000.0, f32::NAN).is_empty());
    }

    #[test]
    fn short_view_without_coarser_ticks_still_gets_labels() {
        // Tuesday to Friday: no Monday in view for week ticks, and day labels are too wide
        // to put on every day at 33 px apart.
        let view = TimeView::new(ts(2026, 1, 6), 3.0 * 86_400.0);
        let t = ticks(&view, 100.0, 30.0);
        assert_eq!(t.len(), 4);
        assert!(t.iter().all(|t| t.level == TickLevel::Day && t.major));
        assert_eq!(labels(&t), ["6 Jan", "8 Jan"]);
    }

    #[test]
    fn wide_labels_are_dropped_not_overlapped() {
        let view = TimeView::new(ts(2026, 1, 6), 86_400.0);
        let huge = |_: &str| 5000.0_f32;
        let t = ticks_for(&view, 1000.0, 30.0, &huge);
        assert_eq!(labels(&t).len(), 1);
        let nan = |_: &str| f32::NAN;
        assert!(!ticks_for(&view, 1000.0, 30.0, &nan).is_empty());
    }

    #[test]
    fn random_views_keep_labels_apart_and_counts_bounded() {
        let mut rng = Lcg(42);
        for _ in 0..2000 {
            let span = (TimeView::MIN_SPAN_SECS.ln()
                + rng.next_f64() * (TimeView::MAX_SPAN_SECS.ln() - TimeView::MIN_SPAN_SECS.ln()))
            .exp();
            let start = (rng.next_f64() - 0.5) * 2.0e11;
            let view = TimeView::new(start, span);
            let width = 50.0 + 3000.0 * rng.next_f64() as f32;
            let min_spacing = 2.0 + 120.0 * rng.next_f64() as f32;
            let char_px = 3.0 + 10.0 * rng.next_f64() as f32;
            let measure = move |s: &str| char_px * s.chars().count() as f32;
            let t = ticks_for(&view, width, min_spacing, &measure);

            let bound = (width / min_spacing) as usize + 2;
            assert!(t.len() <= bound, "{} ticks > {bound}", t.len());
            let px = |secs: f64| (secs - view.start_secs) / view.span_secs * f64::from(width);
            for pair in t.windows(2) {
                let gap = px(pair[1].time_secs) - px(pair[0].time_secs);
                assert!(
                    gap >= f64::from(min_spacing) * (1.0 - 1e-9),
                    "ticks {gap} px apart"
                );
            }
            for tick in &t {
                assert!(tick.time_secs >= view.start_secs && tick.time_secs <= view.end_secs());
                assert!(tick.major || tick.label.is_empty());
            }
            let shown: Vec<&Tick> = t.iter().filter(|t| !t.label.is_empty()).collect();
            for pair in shown.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let need = measure(&a.label).max(measure(&b.label)) + LABEL_PADDING_PX;
                let gap = px(b.time_secs) - px(a.time_secs);
                assert!(gap >= f64::from(need) - 1e-6, "labels {a:?} {b:?} overlap");
            }
        }
    }

    #[test]
    fn month_ticks_match_chrono_over_years() {
        let view = TimeView::new(ts(1899, 12, 15), ts(2101, 1, 1) - ts(1899, 12, 15));
        let times = tick_times(Step::Months(1), view.start_secs, view.end_secs(), MAX_TICKS);
        assert_eq!(times.len(), 201 * 12 + 1);
        for (i, t) in times.iter().enumerate() {
            let y = 1900 + (i / 12) as i32;
            let m = (i % 12) as u32 + 1;
            assert_eq!(*t as f64, ts(y, m, 1));
        }
    }
}
