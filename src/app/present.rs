//! Presentation mode's state: which step of the deck is shown, blanking, high contrast, the
//! presenter view and a typed step number, and how a [`PresentAction`] moves through it. The
//! timeline follows the step (animated to each event). Drawing it is `src/ui/present.rs`.

use super::{ANIMATION_SECS, BrieflineApp, PresentAction};
use crate::model::Briefing;
use crate::timeline::{TimeView, ViewAnimation};

/// One step of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Title,
    Event(usize),
    Closing,
}

/// Presentation state.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    pub step: usize,
    pub blank: bool,
    /// Digits typed before Enter ("3⏎" jumps to step 3).
    pub typed: String,
    pub started_secs: f64,
    pub high_contrast: bool,
    pub presenter_view: bool,
}

impl Presentation {
    pub fn new(now: f64) -> Self {
        Self {
            step: 0,
            blank: false,
            typed: String::new(),
            started_secs: now,
            high_contrast: false,
            presenter_view: true,
        }
    }

    /// Applies one move; `steps` is how many steps the deck has.
    pub fn apply(&mut self, action: PresentAction, steps: usize) {
        let last = steps.saturating_sub(1);
        match action {
            PresentAction::Next => {
                self.step = (self.step + 1).min(last);
                self.blank = false;
            }
            PresentAction::Previous => {
                self.step = self.step.saturating_sub(1);
                self.blank = false;
            }
            PresentAction::First => self.step = 0,
            PresentAction::Last => self.step = last,
            PresentAction::ToggleBlank => self.blank = !self.blank,
            PresentAction::ToggleHighContrast => self.high_contrast = !self.high_contrast,
            PresentAction::TogglePresenterView => self.presenter_view = !self.presenter_view,
            PresentAction::TypeDigit(d) => {
                if self.typed.len() < 4
                    && let Some(c) = char::from_digit(u32::from(d), 10)
                {
                    self.typed.push(c);
                }
            }
            PresentAction::GoToTyped => {
                if let Ok(k) = self.typed.parse::<usize>()
                    && k >= 1
                {
                    self.step = (k - 1).min(last);
                    self.blank = false;
                }
                self.typed.clear();
            }
        }
    }
}

/// The steps of a briefing's deck: the title, one per deck event, the closing.
pub fn steps(b: &Briefing) -> Vec<Step> {
    let mut out = vec![Step::Title];
    out.extend(b.deck_events().into_iter().map(Step::Event));
    out.push(Step::Closing);
    out
}

impl BrieflineApp {
    /// The steps of the open briefing's deck.
    pub fn presentation_steps(&self) -> Vec<Step> {
        steps(&self.doc.briefing)
    }

    /// Applies a presentation move and lets the timeline follow.
    pub(crate) fn present(&mut self, action: PresentAction, now: f64) {
        let n = self.doc.briefing.deck_events().len() + 2;
        if let Some(p) = &mut self.presenting {
            p.apply(action, n);
        }
        self.follow_presentation(now);
    }

    /// The view that shows a step: the event with room around it, else everything.
    pub fn focus_view(&self, step: Step) -> Option<TimeView> {
        let Step::Event(i) = step else {
            return self.fit_view();
        };
        let data = self.timeline_data.as_ref()?;
        let (s, e) = data.virtual_extent_of_event(&self.doc.briefing, i)?;
        let span = ((e - s) * 1.8).max(60.0 * 86_400.0);
        Some(TimeView::centred_on(f64::midpoint(s, e), span))
    }

    /// Moves the timeline to the presented step when the step changed (animated for an
    /// event). Waits until the timeline items exist: the shell calls it again once they do.
    pub fn follow_presentation(&mut self, now: f64) {
        let Some(step) = self.presenting.as_ref().map(|p| p.step) else {
            self.presented_step = None;
            return;
        };
        if self.presented_step == Some(step) || self.timeline_data.is_none() {
            return;
        }
        self.presented_step = Some(step);
        let steps = self.presentation_steps();
        let Some(target) = steps.get(step).and_then(|s| self.focus_view(*s)) else {
            return;
        };
        if let (Some(from), Some(Step::Event(_))) = (
            self.timeline.view.or_else(|| self.fit_view()),
            steps.get(step),
        ) {
            self.timeline.anim = Some(ViewAnimation::new(from, target, now, ANIMATION_SECS * 2.0));
        }
        self.timeline.view = Some(target);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_within_the_deck_and_typed_numbers_jump() {
        let mut p = Presentation::new(0.0);
        p.apply(PresentAction::Previous, 5);
        assert_eq!(p.step, 0);
        for _ in 0..9 {
            p.apply(PresentAction::Next, 5);
        }
        assert_eq!(p.step, 4);
        p.apply(PresentAction::First, 5);
        p.apply(PresentAction::ToggleBlank, 5);
        assert!(p.blank);
        p.apply(PresentAction::TypeDigit(3), 5);
        p.apply(PresentAction::GoToTyped, 5);
        assert_eq!((p.step, p.blank, p.typed.as_str()), (2, false, ""));
        p.apply(PresentAction::TypeDigit(9), 5);
        p.apply(PresentAction::GoToTyped, 5);
        assert_eq!(p.step, 4, "past the end goes to the last step");
        p.apply(PresentAction::TypeDigit(0), 5);
        p.apply(PresentAction::GoToTyped, 5);
        assert_eq!(p.step, 4, "step 0 does not exist");
    }
}
