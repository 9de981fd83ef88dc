//! Axis breaks: a piecewise-linear map between real time and a "virtual" axis in which each
//! long empty stretch between groups of items is replaced by a short labelled break
//! ("8 years"), so sparse archives do not leave most of the screen blank.

const DAY_SECS: f64 = 86_400.0;
/// Mean Gregorian year and month, for rounding durations into words.
const YEAR_SECS: f64 = 365.2425 * DAY_SECS;
const MONTH_SECS: f64 = YEAR_SECS / 12.0;

/// Gaps shorter than half a year are never compressed: a break's label would then be
/// about as informative as the stretch it replaces.
const MIN_BREAK_GAP_SECS: f64 = 180.0 * DAY_SECS;
/// Each side of a break keeps this fraction of its neighbouring group's length (and at
/// least `MIN_PAD_SECS`) at real scale, so items near a break are not glued to it.
const PAD_FRAC: f64 = 0.15;
const MIN_PAD_SECS: f64 = 30.0 * DAY_SECS;
/// Padding never takes more than this fraction of a gap, so a long group next to a
/// merely long gap still gets that gap compressed.
const MAX_PAD_FRAC_OF_GAP: f64 = 0.25;

/// One compressed stretch: `[real_start_secs, real_end_secs]` is shown as
/// `[virtual_start, virtual_end]` on the virtual axis.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisBreak {
    pub real_start_secs: f64,
    pub real_end_secs: f64,
    pub virtual_start: f64,
    pub virtual_end: f64,
    /// The compressed (hidden) duration in words, e.g. "7 years".
    pub label: String,
}

/// A monotonic map between real time and virtual time. The `TimeView` works in virtual
/// seconds; the UI converts item times with `virtual_from_real` before mapping them to
/// pixels, and tick times back with `real_from_virtual` for labels.
///
/// Virtual time equals real time after the last break, so recent items (usually the
/// focus) keep their real coordinates and toggling compression does not move them;
/// earlier times are shifted later by the time removed after them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CompressedAxis {
    breaks: Vec<AxisBreak>,
    real_bounds: Option<(f64, f64)>,
}

impl CompressedAxis {
    /// No breaks and no extents: every time maps to itself.
    pub fn identity() -> Self {
        Self::default()
    }

    /// Builds breaks from item extents `(start, end)` in seconds, in any order (reversed
    /// pairs are accepted; non-finite bounds are ignored). Gaps between covered intervals
    /// longer than `max(min_gap_frac * total_range, 180 days)` are compressed, minus the
    /// padding kept on either side (15% of the neighbouring group's length, at least 30
    /// days, at most a quarter of the gap); each becomes `gap_virtual_secs` long.
    pub fn from_extents(extents: &[(f64, f64)], min_gap_frac: f64, gap_virtual_secs: f64) -> Self {
        let mut spans: Vec<(f64, f64)> = extents
            .iter()
            .filter_map(|&(a, b)| match (a.is_finite(), b.is_finite()) {
                (true, true) => Some((a.min(b), a.max(b))),
                (true, false) => Some((a, a)),
                (false, true) => Some((b, b)),
                (false, false) => None,
            })
            .collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));

        let mut covered: Vec<(f64, f64)> = Vec::new();
        for (start, end) in spans {
            match covered.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => covered.push((start, end)),
            }
        }
        let (Some(&(min_secs, _)), Some(&(_, max_secs))) = (covered.first(), covered.last()) else {
            return Self::identity();
        };

        let min_gap_frac = if min_gap_frac.is_finite() {
            min_gap_frac.max(0.0)
        } else {
            0.0
        };
        let threshold_secs = (min_gap_frac * (max_secs - min_secs)).max(MIN_BREAK_GAP_SECS);
        let gap_virtual_secs = if gap_virtual_secs.is_finite() {
            gap_virtual_secs.max(0.0)
        } else {
            0.0
        };

        // Groups are the stretches kept at real scale, separated by gaps long enough to break.
        let mut groups: Vec<(f64, f64)> = Vec::new();
        for (start, end) in covered {
            match groups.last_mut() {
                Some(group) if start - group.1 <= threshold_secs => group.1 = end,
                _ => groups.push((start, end)),
            }
        }

        let mut hidden: Vec<(f64, f64)> = Vec::new();
        for pair in groups.windows(2) {
            let [before, after] = pair else {
                continue;
            };
            let gap_secs = after.0 - before.1;
            let pad = |group: &(f64, f64)| {
                (PAD_FRAC * (group.1 - group.0))
                    .max(MIN_PAD_SECS)
                    .min(MAX_PAD_FRAC_OF_GAP * gap_secs)
            };
            let real_start_secs = before.1 + pad(before);
            let real_end_secs = after.0 - pad(after);
            // Only worth a break if it actually saves space.
            if real_end_secs - real_start_secs > gap_virtual_secs {
                hidden.push((real_start_secs, real_end_secs));
            }
        }

        // Walk backwards so virtual time equals real time after the last break.
        let mut offset_secs = 0.0;
        let mut breaks: Vec<AxisBreak> = hidden
            .iter()
            .rev()
            .map(|&(real_start_secs, real_end_secs)| {
                let virtual_end = real_end_secs + offset_secs;
                let virtual_start = virtual_end - gap_virtual_secs;
                offset_secs = virtual_start - real_start_secs;
                AxisBreak {
                    real_start_secs,
                    real_end_secs,
                    virtual_start,
                    virtual_end,
                    label: gap_label(real_end_secs - real_start_secs),
                }
            })
            .collect();
        breaks.reverse();
        Self {
            breaks,
            real_bounds: Some((min_secs, max_secs)),
        }
    }

    pub fn is_identity(&self) -> bool {
        self.breaks.is_empty()
    }

    /// Monotonic (strictly, when breaks have a positive virtual length). Inside a break
    /// the real gap is mapped linearly onto the break's virtual stretch.
    pub fn virtual_from_real(&self, t: f64) -> f64 {
        let i = self.breaks.partition_point(|b| b.real_start_secs <= t);
        match i.checked_sub(1).and_then(|k| self.breaks.get(k)) {
            None => self
                .breaks
                .first()
                .map_or(t, |b| t + (b.virtual_start - b.real_start_secs)),
            Some(b) if t < b.real_end_secs => {
                let frac = (t - b.real_start_secs) / (b.real_end_secs - b.real_start_secs);
                b.virtual_start + frac * (b.virtual_end - b.virtual_start)
            }
            Some(b) => b.virtual_end + (t - b.real_end_secs),
        }
    }

    /// Inverse of `virtual_from_real`.
    pub fn real_from_virtual(&self, v: f64) -> f64 {
        let i = self.breaks.partition_point(|b| b.virtual_start <= v);
        match i.checked_sub(1).and_then(|k| self.breaks.get(k)) {
            None => self
                .breaks
                .first()
                .map_or(v, |b| v - (b.virtual_start - b.real_start_secs)),
            Some(b) if v < b.virtual_end => {
                let frac = (v - b.virtual_start) / (b.virtual_end - b.virtual_start);
                b.real_start_secs + frac * (b.real_end_secs - b.real_start_secs)
            }
            Some(b) => b.real_end_secs + (v - b.virtual_end),
        }
    }

    pub fn breaks(&self) -> &[AxisBreak] {
        &self.breaks
    }

    /// The earliest start and latest end of the extents, in virtual time; `None` for
    /// `identity()` or when no extent was valid.
    pub fn virtual_bounds(&self) -> Option<(f64, f64)> {
        self.real_bounds
            .map(|(lo, hi)| (self.virtual_from_real(lo), self.virtual_from_real(hi)))
    }
}

/// A duration in rounded words: "8 years", "11 months", "3 weeks", "5 days", "6 hours".
/// Empty for non-finite input; negative durations are described by their length.
pub fn gap_label(secs: f64) -> String {
    if !secs.is_finite() {
        return String::new();
    }
    let secs = secs.abs();
    let count = |unit_secs: f64| (secs / unit_secs).round() as i64;
    let words = |n: i64, unit: &str| {
        if n == 1 {
            format!("1 {unit}")
        } else {
            format!("{n} {unit}s")
        }
    };
    let months = count(MONTH_SECS);
    if months >= 12 {
        return words(count(YEAR_SECS).max(1), "year");
    }
    if months >= 2 {
        return words(months, "month");
    }
    let days = secs / DAY_SECS;
    if days >= 13.5 {
        return words(count(7.0 * DAY_SECS), "week");
    }
    if days >= 0.5 {
        return words(count(DAY_SECS), "day");
    }
    let hours = count(3600.0);
    if hours >= 1 {
        return words(hours, "hour");
    }
    words(count(60.0), "minute")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn ts(y: i32, m: u32, d: u32) -> f64 {
        Utc.with_ymd_and_hms(y, m, d, 0, 0, 0)
            .single()
            .map_or(f64::NAN, |t| t.timestamp() as f64)
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    fn seed_extents() -> Vec<(f64, f64)> {
        vec![
            (ts(2026, 1, 7), ts(2026, 1, 8)),
            (ts(2014, 1, 1), ts(2015, 1, 1)),
            (ts(2022, 1, 1), ts(2023, 1, 1)),
            (ts(2026, 1, 6), ts(2026, 1, 7)),
        ]
    }

    const GAP_VIRTUAL_SECS: f64 = 60.0 * DAY_SECS;

    #[test]
    fn seed_case_gives_two_breaks() {
        let axis = CompressedAxis::from_extents(&seed_extents(), 0.1, GAP_VIRTUAL_SECS);
        let breaks = axis.breaks();
        assert_eq!(breaks.len(), 2);
        let year_pad = 0.15 * 365.0 * DAY_SECS;
        let first = &breaks[0];
        assert!(close(
            first.real_start_secs,
            ts(2015, 1, 1) + year_pad,
            1e-3
        ));
        assert!(close(first.real_end_secs, ts(2022, 1, 1) - year_pad, 1e-3));
        // 2557 days minus 109.5 of padding is 6.7 years.
        assert_eq!(first.label, "7 years");
        let second = &breaks[1];
        assert!(close(
            second.real_start_secs,
            ts(2023, 1, 1) + year_pad,
            1e-3
        ));
        // The two-day group gets the 30-day minimum padding.
        assert!(close(
            second.real_end_secs,
            ts(2026, 1, 6) - 30.0 * DAY_SECS,
            1e-3
        ));
        // 1101 days minus 84.75 of padding is 2.8 years.
        assert_eq!(second.label, "3 years");
        for b in breaks {
            assert!(close(
                b.virtual_end - b.virtual_start,
                GAP_VIRTUAL_SECS,
                1e-3
            ));
        }
        // Identity after the last break.
        assert!(close(
            axis.virtual_from_real(ts(2026, 1, 6)),
            ts(2026, 1, 6),
            0.0
        ));
        assert!(close(second.virtual_end, second.real_end_secs, 0.0));

        let removed: f64 = breaks
            .iter()
            .map(|b| (b.real_end_secs - b.real_start_secs) - GAP_VIRTUAL_SECS)
            .sum();
        let bounds = axis.virtual_bounds();
        assert!(bounds.is_some_and(|(lo, hi)| {
            close(hi, ts(2026, 1, 8), 1e-3) && close(lo, ts(2014, 1, 1) + removed, 1e-3)
        }));
    }

    #[test]
    fn higher_threshold_keeps_shorter_gap() {
        // 0.3 of the 12-year range is 3.6 years, longer than the 3-year 2023..2026 gap.
        let axis = CompressedAxis::from_extents(&seed_extents(), 0.3, GAP_VIRTUAL_SECS);
        assert_eq!(axis.breaks().len(), 1);
        // The 2022 group now extends to 2026, so its padding is 15% of four years and the
        // hidden stretch shrinks to 2557 - 54.75 - 219.2 days, about 6.25 years.
        assert_eq!(axis.breaks()[0].label, "6 years");
        let pad = 0.15 * (ts(2026, 1, 8) - ts(2022, 1, 1));
        assert!(close(
            axis.breaks()[0].real_end_secs,
            ts(2022, 1, 1) - pad,
            1e-3
        ));
    }

    #[test]
    fn round_trips_and_monotonic() {
        let axis = CompressedAxis::from_extents(&seed_extents(), 0.1, GAP_VIRTUAL_SECS);
        let lo = ts(2010, 1, 1);
        let hi = ts(2030, 1, 1);
        let mut prev_v = f64::NEG_INFINITY;
        for i in 0..=20_000 {
            let t = lo + (hi - lo) * f64::from(i) / 20_000.0;
            let v = axis.virtual_from_real(t);
            assert!(v > prev_v, "not monotonic at {t}");
            prev_v = v;
            assert!(
                close(axis.real_from_virtual(v), t, 1e-3),
                "round trip at {t}"
            );
        }
        for b in axis.breaks() {
            assert!(close(
                axis.virtual_from_real(b.real_start_secs),
                b.virtual_start,
                1e-3
            ));
            assert!(close(
                axis.virtual_from_real(b.real_end_secs),
                b.virtual_end,
                1e-3
            ));
            assert!(close(
                axis.real_from_virtual(b.virtual_start),
                b.real_start_secs,
                1e-3
            ));
            let mid_v = 0.5 * (b.virtual_start + b.virtual_end);
            let mid_real = 0.5 * (b.real_start_secs + b.real_end_secs);
            assert!(close(axis.real_from_virtual(mid_v), mid_real, 1e-3));
        }
    }

    #[test]
    fn dense_extents_give_identity() {
        let extents: Vec<(f64, f64)> = (0..60)
            .map(|m| {
                let t = ts(2020, 1, 1) + f64::from(m) * 30.0 * DAY_SECS;
                (t, t + DAY_SECS)
            })
            .collect();
        let axis = CompressedAxis::from_extents(&extents, 0.1, GAP_VIRTUAL_SECS);
        assert!(axis.is_identity());
        assert!(close(
            axis.virtual_from_real(ts(2021, 5, 5)),
            ts(2021, 5, 5),
            0.0
        ));
        assert!(close(
            axis.real_from_virtual(ts(2021, 5, 5)),
            ts(2021, 5, 5),
            0.0
        ));
        let last = ts(2020, 1, 1) + 59.0 * 30.0 * DAY_SECS + DAY_SECS;
        assert_eq!(axis.virtual_bounds(), Some((ts(2020, 1, 1), last)));
    }

    #[test]
    fn identity_and_degenerate_inputs() {
        let id = CompressedAxis::identity();
        assert!(id.is_identity());
        assert_eq!(id, CompressedAxis::default());
        assert_eq!(id.virtual_bounds(), None);
        assert!(close(id.virtual_from_real(123.5), 123.5, 0.0));
        assert!(close(id.real_from_virtual(-7.0), -7.0, 0.0));
        assert_eq!(CompressedAxis::from_extents(&[], 0.1, 1.0), id);
        assert_eq!(
            CompressedAxis::from_extents(&[(f64::NAN, f64::INFINITY)], 0.1, 1.0),
            id
        );
        // Reversed pairs and half-valid pairs still count; NaN parameters do not panic.
        let axis = CompressedAxis::from_extents(
            &[(ts(2001, 1, 1), ts(2000, 1, 1)), (f64::NAN, ts(2020, 1, 1))],
            f64::NAN,
            f64::NAN,
        );
        assert_eq!(axis.breaks().len(), 1);
        assert!(axis.breaks()[0].real_start_secs > ts(2001, 1, 1));
        assert!(close(
            axis.breaks()[0].virtual_end,
            axis.breaks()[0].virtual_start,
            0.0
        ));
        let v = axis.virtual_from_real(ts(2010, 1, 1));
        assert!(v.is_finite());
        assert!(axis.real_from_virtual(v).is_finite());
    }

    #[test]
    fn gap_labels_round_sensibly() {
        assert_eq!(gap_label(8.0 * 365.25 * DAY_SECS), "8 years");
        assert_eq!(gap_label(7.6 * 365.25 * DAY_SECS), "8 years");
        assert_eq!(gap_label(355.0 * DAY_SECS), "1 year");
        assert_eq!(gap_label(335.0 * DAY_SECS), "11 months");
        assert_eq!(gap_label(61.0 * DAY_SECS), "2 months");
        assert_eq!(gap_label(21.0 * DAY_SECS), "3 weeks");
        assert_eq!(gap_label(40.0 * DAY_SECS), "6 weeks");
        assert_eq!(gap_label(5.0 * DAY_SECS), "5 days");
        assert_eq!(gap_label(DAY_SECS), "1 day");
        assert_eq!(gap_label(6.0 * 3600.0), "6 hours");
        assert_eq!(gap_label(600.0), "10 minutes");
        assert_eq!(gap_label(-5.0 * DAY_SECS), "5 days");
        assert_eq!(gap_label(f64::NAN), "");
    }
}
