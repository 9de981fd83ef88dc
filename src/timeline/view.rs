//! The visible time window (`TimeView`): mapping between time and pixels, panning,
//! zooming about an anchor, fitting a range, and eased animated transitions.

use serde::{Deserialize, Serialize};

/// Views are kept within this distance of the epoch (about 317,000 years) so that a
/// corrupt settings file or a runaway pan cannot push times to where `f64` seconds lose
/// sub-second precision or calendar arithmetic overflows.
const START_LIMIT_SECS: f64 = 1.0e13;

/// Used when a span is NaN or a range is degenerate: two days shows a single dated item
/// with its neighbouring day on either side, which reads as "zoomed in" without being
/// disorientingly close.
const FALLBACK_SPAN_SECS: f64 = 2.0 * 86_400.0;

/// The visible time window: `span_secs` seconds starting at `start_secs` (Unix seconds, UTC).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeView {
    pub start_secs: f64,
    pub span_secs: f64,
}

impl Default for TimeView {
    fn default() -> Self {
        Self::new(0.0, FALLBACK_SPAN_SECS)
    }
}

impl TimeView {
    /// One minute: closer than this, f32 pixel maths and minute ticks stop being useful.
    pub const MIN_SPAN_SECS: f64 = 60.0;
    /// A millennium: far beyond any news archive, yet small enough for exact calendar maths.
    pub const MAX_SPAN_SECS: f64 = 1000.0 * 365.25 * 86400.0;

    /// A view with the span clamped to `[MIN_SPAN_SECS, MAX_SPAN_SECS]`. NaN spans fall
    /// back to two days; a non-finite start falls back to the epoch.
    pub fn new(start_secs: f64, span_secs: f64) -> Self {
        Self {
            start_secs: sanitise_start(start_secs),
            span_secs: sanitise_span(span_secs),
        }
    }

    pub fn end_secs(&self) -> f64 {
        self.start_secs + self.span_secs
    }

    pub fn centre_secs(&self) -> f64 {
        self.start_secs + 0.5 * self.span_secs
    }

    /// True when the fields (which are public, so may have been set directly) describe a
    /// usable window. Functions that would divide by the span check this first.
    pub fn is_valid(&self) -> bool {
        self.start_secs.is_finite() && is_positive_finite(self.span_secs)
    }

    pub fn x_from_time(&self, t_secs: f64, left_px: f32, width_px: f32) -> f32 {
        if !self.is_valid() {
            return left_px;
        }
        // Subtract in f64 before narrowing: around 2026 a Unix time needs ~31 bits of
        // integer part, so only the small offset survives conversion to f32 intact.
        let frac = (t_secs - self.start_secs) / self.span_secs;
        left_px + (frac * f64::from(width_px)) as f32
    }

    pub fn time_from_x(&self, x_px: f32, left_px: f32, width_px: f32) -> f64 {
        if !is_positive_finite(f64::from(width_px)) {
            return self.start_secs;
        }
        let frac = f64::from(x_px - left_px) / f64::from(width_px);
        self.start_secs + frac * self.span_secs
    }

    /// Dragging the content right by `dx_px` shows earlier times, so the start decreases.
    #[must_use]
    pub fn pan_px(self, dx_px: f32, width_px: f32) -> Self {
        if !is_positive_finite(f64::from(width_px)) || !dx_px.is_finite() {
            return self;
        }
        let dt_secs = f64::from(dx_px) / f64::from(width_px) * self.span_secs;
        Self::new(self.start_secs - dt_secs, self.span_secs)
    }

    /// Zooms in by `factor` (> 1 zooms in, < 1 out) keeping the time under `anchor_frac`
    /// (0 = left edge, 1 = right edge) where it is, so the point under the cursor stays put.
    #[must_use]
    pub fn zoom_at(self, anchor_frac: f64, factor: f64) -> Self {
        if !is_positive_finite(factor) || !self.is_valid() {
            return self;
        }
        let anchor_frac = if anchor_frac.is_finite() {
            anchor_frac
        } else {
            0.5
        };
        let anchor_secs = self.start_secs + anchor_frac * self.span_secs;
        let span_secs = sanitise_span(self.span_secs / factor);
        Self::new(anchor_secs - anchor_frac * span_secs, span_secs)
    }

    /// A view showing `[min_secs, max_secs]` with `margin_frac` of the range added on both
    /// sides. A single instant (or one valid bound) gets a two-day window centred on it.
    pub fn fit(min_secs: f64, max_secs: f64, margin_frac: f64) -> Self {
        let (lo_secs, hi_secs) = match (min_secs.is_finite(), max_secs.is_finite()) {
            (true, true) => (min_secs.min(max_secs), min_secs.max(max_secs)),
            (true, false) => (min_secs, min_secs),
            (false, true) => (max_secs, max_secs),
            (false, false) => return Self::centred_on(0.0, FALLBACK_SPAN_SECS),
        };
        let range_secs = hi_secs - lo_secs;
        if range_secs <= 0.0 {
            return Self::centred_on(lo_secs, FALLBACK_SPAN_SECS);
        }
        // Negative margins would crop the very range the caller asked to see.
        let margin_frac = if margin_frac.is_finite() {
            margin_frac.clamp(0.0, 10.0)
        } else {
            0.0
        };
        Self::centred_on(
            lo_secs + 0.5 * range_secs,
            range_secs * (1.0 + 2.0 * margin_frac),
        )
    }

    pub fn centred_on(t_secs: f64, span_secs: f64) -> Self {
        let span_secs = sanitise_span(span_secs);
        Self::new(t_secs - 0.5 * span_secs, span_secs)
    }

    /// Interpolates between two views. The reciprocal of the span (the zoom level) is
    /// interpolated rather than the span itself, so a long zoom-out does not spend almost
    /// all its time near the wide end; the centre moves linearly. `t` is clamped to 0..1
    /// and the endpoints are returned exactly.
    pub fn lerp(a: Self, b: Self, t: f64) -> Self {
        let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
        if t <= 0.0 || !b.is_valid() {
            return a;
        }
        if t >= 1.0 || !a.is_valid() {
            return b;
        }
        let zoom = (1.0 - t) / a.span_secs + t / b.span_secs;
        let span_secs = 1.0 / zoom;
        let centre_secs = a.centre_secs() + (b.centre_secs() - a.centre_secs()) * t;
        Self::centred_on(centre_secs, span_secs)
    }
}

/// An animated transition between views. Not tied to a clock: the caller passes the
/// current time in seconds, which keeps it deterministic in tests and replayable.
#[derive(Clone, Copy, Debug)]
pub struct ViewAnimation {
    pub from: TimeView,
    pub to: TimeView,
    pub started_secs: f64,
    pub duration_secs: f64,
}

impl ViewAnimation {
    /// A non-finite or negative duration makes the animation jump straight to `to`.
    pub fn new(from: TimeView, to: TimeView, now_secs: f64, duration_secs: f64) -> Self {
        let duration_secs = if duration_secs.is_finite() {
            duration_secs.max(0.0)
        } else {
            0.0
        };
        Self {
            from,
            to,
            started_secs: now_secs,
            duration_secs,
        }
    }

    /// The view at `now_secs`, eased out (cubic) so the motion starts fast in response to
    /// the click and settles gently.
    pub fn view_at(&self, now_secs: f64) -> TimeView {
        if self.is_done(now_secs) {
            return self.to;
        }
        let progress = ((now_secs - self.started_secs) / self.duration_secs).clamp(0.0, 1.0);
        let eased = 1.0 - (1.0 - progress).powi(3);
        TimeView::lerp(self.from, self.to, eased)
    }

    /// Also true for a NaN clock or a bad start time, so a broken input can never leave an
    /// animation (and the repaints it requests) running forever.
    pub fn is_done(&self, now_secs: f64) -> bool {
        let end_secs = self.started_secs + self.duration_secs;
        let running = self.duration_secs > 0.0 && now_secs < end_secs;
        !running
    }
}

fn is_positive_finite(x: f64) -> bool {
    x.is_finite() && x > 0.0
}

fn sanitise_start(start_secs: f64) -> f64 {
    if start_secs.is_finite() {
        start_secs.clamp(-START_LIMIT_SECS, START_LIMIT_SECS)
    } else {
        0.0
    }
}

fn sanitise_span(span_secs: f64) -> f64 {
    if span_secs.is_nan() {
        FALLBACK_SPAN_SECS
    } else {
        span_secs.clamp(TimeView::MIN_SPAN_SECS, TimeView::MAX_SPAN_SECS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-01-06T00:00:00Z.
    const T_2026_SECS: f64 = 1_767_657_600.0;
    const DAY_SECS: f64 = 86_400.0;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn new_clamps_and_sanitises() {
        assert!(close(
            TimeView::new(0.0, 1.0).span_secs,
            TimeView::MIN_SPAN_SECS,
            0.0
        ));
        assert!(close(
            TimeView::new(0.0, 1e300).span_secs,
            TimeView::MAX_SPAN_SECS,
            0.0
        ));
        assert!(close(
            TimeView::new(0.0, f64::INFINITY).span_secs,
            TimeView::MAX_SPAN_SECS,
            0.0
        ));
        assert!(close(
            TimeView::new(0.0, -5.0).span_secs,
            TimeView::MIN_SPAN_SECS,
            0.0
        ));
        let v = TimeView::new(f64::NAN, f64::NAN);
        assert!(v.is_valid());
        assert!(close(v.start_secs, 0.0, 0.0));
        assert!(close(v.span_secs, FALLBACK_SPAN_SECS, 0.0));
        assert!(TimeView::new(f64::NEG_INFINITY, DAY_SECS).is_valid());
        assert!(close(
            TimeView::new(1e300, DAY_SECS).start_secs,
            START_LIMIT_SECS,
            0.0
        ));
        assert!(close(TimeView::new(10.0, 100.0).end_secs(), 110.0, 0.0));
    }

    #[test]
    fn x_time_round_trip() {
        let v = TimeView::new(T_2026_SECS - 3.0 * DAY_SECS, 10.0 * DAY_SECS);
        for i in 0..=100 {
            let t = v.start_secs + v.span_secs * f64::from(i) / 100.0;
            let x = v.x_from_time(t, 50.0, 800.0);
            assert!((50.0..=850.0).contains(&x));
            let back = v.time_from_x(x, 50.0, 800.0);
            // One f32 ulp at ~850 px is ~6e-5 px, i.e. under a second at a 10-day span.
            assert!(close(back, t, 1.0), "{back} vs {t}");
        }
        assert!(close(
            f64::from(v.x_from_time(v.start_secs, 50.0, 800.0)),
            50.0,
            1e-3
        ));
        assert!(close(
            f64::from(v.x_from_time(v.end_secs(), 50.0, 800.0)),
            850.0,
            1e-3
        ));
    }

    #[test]
    fn x_time_round_trip_at_one_minute_span_in_2026() {
        let v = TimeView::new(T_2026_SECS + 12_345.5, TimeView::MIN_SPAN_SECS);
        for i in 0..=600 {
            let t = v.start_secs + f64::from(i) * 0.1;
            let x = v.x_from_time(t, 0.0, 1920.0);
            let expected_x = f64::from(i) * 0.1 / 60.0 * 1920.0;
            assert!(close(f64::from(x), expected_x, 1e-3), "{x} vs {expected_x}");
            assert!(close(v.time_from_x(x, 0.0, 1920.0), t, 1e-3));
        }
    }

    #[test]
    fn degenerate_widths_do_not_produce_nan() {
        let v = TimeView::new(T_2026_SECS, DAY_SECS);
        assert!(v.time_from_x(10.0, 0.0, 0.0).is_finite());
        assert!(v.time_from_x(10.0, 0.0, f32::NAN).is_finite());
        assert_eq!(v.pan_px(10.0, 0.0), v);
        assert_eq!(v.pan_px(f32::NAN, 100.0), v);
        let broken = TimeView {
            start_secs: f64::NAN,
            span_secs: 0.0,
        };
        assert!(broken.x_from_time(1.0, 3.0, 100.0).is_finite());
    }

    #[test]
    fn pan_direction_and_pan_back() {
        let v = TimeView::new(T_2026_SECS, 10.0 * DAY_SECS);
        let panned = v.pan_px(100.0, 1000.0);
        assert!(close(panned.start_secs, v.start_secs - DAY_SECS, 1e-6));
        assert!(close(panned.span_secs, v.span_secs, 0.0));
        let back = panned.pan_px(-100.0, 1000.0);
        assert!(close(back.start_secs, v.start_secs, 1e-6));
        // Content under the cursor moves with the drag.
        let t = v.time_from_x(300.0, 0.0, 1000.0);
        assert!(close(
            f64::from(panned.x_from_time(t, 0.0, 1000.0)),
            400.0,
            1e-3
        ));
    }

    #[test]
    fn zoom_keeps_anchor_fixed() {
        let v = TimeView::new(T_2026_SECS, 30.0 * DAY_SECS);
        for anchor in [0.0, 0.1, 0.25, 0.5, 0.9, 1.0] {
            for factor in [1.1, 2.0, 10.0, 0.5, 0.01, 1.0] {
                let anchor_secs = v.start_secs + anchor * v.span_secs;
                let z = v.zoom_at(anchor, factor);
                assert!(close(z.span_secs, v.span_secs / factor, 1e-3));
                assert!(
                    close(z.start_secs + anchor * z.span_secs, anchor_secs, 1e-3),
                    "anchor {anchor} factor {factor}"
                );
            }
        }
    }

    #[test]
    fn zoom_clamps_and_keeps_anchor_when_clamped() {
        let v = TimeView::new(T_2026_SECS, 600.0);
        let z = v.zoom_at(0.3, 1e9);
        assert!(close(z.span_secs, TimeView::MIN_SPAN_SECS, 0.0));
        assert!(close(
            z.start_secs + 0.3 * z.span_secs,
            v.start_secs + 0.3 * 600.0,
            1e-6
        ));
        let out = v.zoom_at(0.5, 1e-30);
        assert!(close(out.span_secs, TimeView::MAX_SPAN_SECS, 0.0));
        assert_eq!(v.zoom_at(0.5, 0.0), v);
        assert_eq!(v.zoom_at(0.5, f64::NAN), v);
        assert_eq!(v.zoom_at(0.5, -2.0), v);
        // A NaN anchor zooms about the centre.
        assert!(close(
            v.zoom_at(f64::NAN, 2.0).centre_secs(),
            v.centre_secs(),
            1e-6
        ));
    }

    #[test]
    fn fit_shows_range_with_margin() {
        let lo = T_2026_SECS;
        let hi = T_2026_SECS + 10.0 * DAY_SECS;
        let v = TimeView::fit(lo, hi, 0.1);
        assert!(close(v.start_secs, lo - DAY_SECS, 1e-3));
        assert!(close(v.end_secs(), hi + DAY_SECS, 1e-3));
        assert_eq!(TimeView::fit(hi, lo, 0.1), v);
        let point = TimeView::fit(lo, lo, 0.1);
        assert!(close(point.span_secs, 2.0 * DAY_SECS, 0.0));
        assert!(close(point.centre_secs(), lo, 1e-6));
        let one_bound = TimeView::fit(f64::NAN, lo, 0.1);
        assert!(close(one_bound.centre_secs(), lo, 1e-6));
        assert!(TimeView::fit(f64::NAN, f64::INFINITY, 0.1).is_valid());
        let no_margin = TimeView::fit(lo, hi, f64::NAN);
        assert!(close(no_margin.span_secs, hi - lo, 1e-6));
        // Tiny ranges still respect the minimum span, centred.
        let tiny = TimeView::fit(lo, lo + 1.0, 0.0);
        assert!(close(tiny.span_secs, TimeView::MIN_SPAN_SECS, 0.0));
        assert!(close(tiny.centre_secs(), lo + 0.5, 1e-6));
    }

    #[test]
    fn centred_on_centres() {
        let v = TimeView::centred_on(T_2026_SECS, DAY_SECS);
        assert!(close(v.start_secs, T_2026_SECS - 0.5 * DAY_SECS, 0.0));
        assert!(close(v.span_secs, DAY_SECS, 0.0));
    }

    #[test]
    fn lerp_endpoints_and_monotonic_span() {
        let a = TimeView::new(T_2026_SECS, 3600.0);
        let b = TimeView::new(T_2026_SECS - 3650.0 * DAY_SECS, 7300.0 * DAY_SECS);
        assert_eq!(TimeView::lerp(a, b, 0.0), a);
        assert_eq!(TimeView::lerp(a, b, 1.0), b);
        assert_eq!(TimeView::lerp(a, b, -3.0), a);
        assert_eq!(TimeView::lerp(a, b, 7.0), b);
        assert_eq!(TimeView::lerp(a, b, f64::NAN), a);
        let mut prev_span = a.span_secs;
        let mut prev_centre = a.centre_secs();
        for i in 1..=100 {
            let v = TimeView::lerp(a, b, f64::from(i) / 100.0);
            assert!(v.span_secs >= prev_span, "span must grow monotonically");
            // b's centre is earlier than a's, so the centre moves monotonically down.
            assert!(v.centre_secs() <= prev_centre + 1e-6);
            prev_span = v.span_secs;
            prev_centre = v.centre_secs();
        }
        // Reciprocal interpolation: halfway in zoom, not halfway in span.
        let mid = TimeView::lerp(a, b, 0.5);
        let expected = 2.0 / (1.0 / a.span_secs + 1.0 / b.span_secs);
        assert!(close(mid.span_secs, expected, 1e-6));
    }

    #[test]
    fn animation_endpoints_and_done() {
        let a = TimeView::new(T_2026_SECS, DAY_SECS);
        let b = TimeView::new(T_2026_SECS + 5.0 * DAY_SECS, 3.0 * DAY_SECS);
        let anim = ViewAnimation::new(a, b, 100.0, 0.5);
        assert_eq!(anim.view_at(100.0), a);
        assert!(!anim.is_done(100.0));
        assert!(!anim.is_done(100.25));
        let mid = anim.view_at(100.25);
        assert!(mid.centre_secs() > a.centre_secs() && mid.centre_secs() < b.centre_secs());
        // Ease-out: past the linear halfway point at half time.
        assert!(mid.centre_secs() > TimeView::lerp(a, b, 0.5).centre_secs());
        assert!(anim.is_done(100.5));
        assert_eq!(anim.view_at(100.5), b);
        assert_eq!(anim.view_at(1e9), b);
        assert_eq!(anim.view_at(0.0), a);
        assert!(anim.is_done(f64::NAN));
        let instant = ViewAnimation::new(a, b, 0.0, f64::NAN);
        assert!(instant.is_done(0.0));
        assert_eq!(instant.view_at(0.0), b);
        assert!(ViewAnimation::new(a, b, 0.0, -1.0).is_done(0.0));
    }

    #[test]
    fn serde_round_trip() {
        let v = TimeView::new(T_2026_SECS, DAY_SECS);
        let text = serde_json::to_string(&v).unwrap_or_default();
        let back: Option<TimeView> = serde_json::from_str(&text).ok();
        assert_eq!(back, Some(v));
    }
}
