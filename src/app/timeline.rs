//! The app's side of the timeline: the view on it ([`TimelineState`]: `None` fits
//! everything), the animation between views, and the timeline items
//! ([`crate::timeline::TimelineData`]) cached until the briefing, the filters or the gap
//! setting change. The maths is in [`crate::timeline`]; the canvas that draws it is
//! `src/ui/timeline_view.rs`.

use super::BrieflineApp;
use crate::timeline::{TimeView, TimelineData, ViewAnimation};

/// How long animated view transitions take.
pub const ANIMATION_SECS: f64 = 0.35;

/// The canvas width "fit everything" assumes before the canvas has been drawn.
const DEFAULT_CANVAS_WIDTH_PX: f32 = 800.0;

/// View state of the timeline (the saved view is just `view`: `None` = fit all).
#[derive(Clone, Copy, Debug, Default)]
pub struct TimelineState {
    pub view: Option<TimeView>,
    pub anim: Option<ViewAnimation>,
    /// Width of the canvas in the last frame, so "fit" can leave room for labels.
    pub canvas_width_px: f32,
}

impl BrieflineApp {
    /// Builds the timeline items when the briefing, the filters or the gap setting changed.
    /// `label_width_px` measures a label in the font the canvas draws it in.
    pub fn ensure_timeline_data(&mut self, label_width_px: &dyn Fn(&str) -> f32) {
        if self.timeline_data.is_some() {
            return;
        }
        let compress = self.settings.compress_gaps;
        if let Some(table) = &self.event_table {
            self.timeline_data = Some(TimelineData::from_table(
                std::sync::Arc::clone(table),
                compress,
            ));
            return;
        }
        let data = if self.filters_active() {
            // Filtered-out events keep their indices (so selection and links still point
            // at the right events) but get no date on the timeline.
            let mut b = self.doc.briefing.clone();
            for e in &mut b.events {
                if !self.shows_event(e) {
                    e.date = crate::model::DateValue::unknown();
                }
            }
            let mut d = TimelineData::build(&b, compress, label_width_px);
            d.unresolved.retain(|&i| {
                self.doc
                    .briefing
                    .events
                    .get(i)
                    .is_some_and(|e| self.shows_event(e))
            });
            d
        } else {
            TimelineData::build(&self.doc.briefing, compress, label_width_px)
        };
        self.timeline_data = Some(data);
    }

    /// The view that shows everything.
    pub fn fit_view(&self) -> Option<TimeView> {
        let width = if self.timeline.canvas_width_px > 0.0 {
            self.timeline.canvas_width_px
        } else {
            DEFAULT_CANVAS_WIDTH_PX
        };
        self.timeline_data.as_ref()?.fit_view(width)
    }

    /// The view on screen at `now` (mid-animation, the view so far).
    pub(crate) fn current_view(&self, now: f64) -> Option<TimeView> {
        if let Some(a) = &self.timeline.anim {
            return Some(a.view_at(now));
        }
        self.timeline.view.or_else(|| self.fit_view())
    }

    pub(crate) fn animate_to(&mut self, target: TimeView, now: f64) {
        if let Some(from) = self.current_view(now) {
            self.timeline.anim = Some(ViewAnimation::new(from, target, now, ANIMATION_SECS));
        }
        self.timeline.view = Some(target);
    }

    /// Ends a finished view animation; true while one is still running (the window then
    /// keeps redrawing).
    pub fn step_animation(&mut self, now: f64) -> bool {
        if self.timeline.anim.is_some_and(|a| a.is_done(now)) {
            self.timeline.anim = None;
        }
        self.timeline.anim.is_some()
    }

    /// Drops the cached timeline items (they are rebuilt before the next frame).
    pub(crate) fn invalidate_timeline(&mut self) {
        self.timeline_data = None;
    }
}
