//! The analyst's side of the app: edits with undo, saving, autosave and crash recovery, and
//! the "unsaved changes" question before anything would throw work away.

use super::{Banner, BannerKind, BrieflineApp, Command, Document, Selection};
use crate::model::edit::{Edit, Item, ItemKind};
use crate::model::{
    Actor, ActorId, ActorKind, DateValue, Event, EventId, OpenQuestion, Origin, Precision,
    QuestionId, QuestionStatus, Quote, QuoteId, ReviewStatus,
};
use crate::save::{self, RecoveryInfo};
use std::path::{Path, PathBuf};

/// Seconds between autosaves while there are unsaved changes.
pub const AUTOSAVE_SECS: f64 = 30.0;

/// What to do once the "unsaved changes" question is answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Quit,
    Open(PathBuf),
    OpenDialog,
    OpenSeed,
}

impl Pending {
    /// "before quitting", for the question.
    pub fn describe(&self) -> String {
        match self {
            Pending::Quit => "before quitting".into(),
            Pending::Open(p) => format!(
                "before opening {}",
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                )
            ),
            Pending::OpenDialog => "before opening another file".into(),
            Pending::OpenSeed => "before opening the sample article".into(),
        }
    }
}

/// The answer to the unsaved-changes question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// Autosave bookkeeping.
#[derive(Clone, Copy, Debug, Default)]
pub struct Autosave {
    /// When the current run of unsaved changes was first seen (egui clock), if any.
    dirty_since: Option<f64>,
    /// The document generation last written to the recovery file.
    written: Option<u64>,
    was_focused: bool,
    /// How many times the recovery file was written (shown in tests and the status line).
    pub writes: usize,
}

impl BrieflineApp {
    /// True if there are changes not saved to a file.
    pub fn is_dirty(&self) -> bool {
        self.doc.history.is_dirty()
    }

    /// Applies an analyst edit (undoable).
    pub fn record(&mut self, edit: Edit) {
        if self.doc.history.record(&mut self.doc.briefing, edit) {
            self.after_edit();
        }
    }

    pub(crate) fn after_edit(&mut self) {
        self.doc.generation += 1;
        self.timeline_data = None;
        let b = &self.doc.briefing;
        let valid = match self.selection {
            Selection::None => true,
            Selection::Event(i) => i < b.events.len(),
            Selection::Quote(i) => i < b.quotes.len(),
            Selection::Question(i) => i < b.questions.len(),
            Selection::Actor(i) => i < b.actors.len(),
        };
        if !valid {
            self.selection = Selection::None;
        }
        if self.actor_filter.is_some_and(|a| a >= b.actors.len()) {
            self.actor_filter = None;
        }
    }

    fn edit_failed(&mut self, e: &dyn std::fmt::Display) {
        self.banners.push(Banner {
            kind: BannerKind::Error,
            text: format!("Could not edit: {e}"),
        });
    }

    pub(crate) fn undo(&mut self) {
        if let Some(label) = self.doc.history.undo(&mut self.doc.briefing) {
            self.after_edit();
            self.status = format!("Undid: {label}");
        }
    }

    pub(crate) fn redo(&mut self) {
        if let Some(label) = self.doc.history.redo(&mut self.doc.briefing) {
            self.after_edit();
            self.status = format!("Redid: {label}");
        }
    }

    /// The selected item as an editable kind and index.
    pub fn selected_item(&self) -> Option<(ItemKind, usize)> {
        match self.selection {
            Selection::Event(i) => Some((ItemKind::Event, i)),
            Selection::Quote(i) => Some((ItemKind::Quote, i)),
            Selection::Question(i) => Some((ItemKind::Question, i)),
            Selection::Actor(i) => Some((ItemKind::Actor, i)),
            Selection::None => None,
        }
    }

    pub(crate) fn set_review(&mut self, review: ReviewStatus) {
        let Some((kind, i)) = self.selected_item() else {
            return;
        };
        if kind == ItemKind::Actor {
            return;
        }
        match Edit::review(&self.doc.briefing, kind, i, review) {
            Ok(e) => {
                self.record(e);
                if self.show_review {
                    self.review_step(1);
                }
            }
            Err(e) => self.edit_failed(&e),
        }
    }

    pub(crate) fn delete_selection(&mut self) {
        let Some((kind, i)) = self.selected_item() else {
            return;
        };
        match Edit::delete(&self.doc.briefing, kind, i) {
            Ok(e) => {
                self.selection = Selection::None;
                self.actor_filter = None;
                self.record(e);
                self.status = format!("Deleted the {} (Ctrl+Z brings it back)", kind.noun());
            }
            Err(e) => self.edit_failed(&e),
        }
    }

    pub(crate) fn merge_into(&mut self, keep: usize) {
        let result = match self.selection {
            Selection::Event(drop) => Edit::merge_events(&self.doc.briefing, keep, drop).map(|e| {
                (
                    e,
                    Selection::Event(if drop < keep { keep - 1 } else { keep }),
                )
            }),
            Selection::Actor(drop) => Edit::merge_actors(&self.doc.briefing, keep, drop).map(|e| {
                (
                    e,
                    Selection::Actor(if drop < keep { keep - 1 } else { keep }),
                )
            }),
            _ => return,
        };
        match result {
            Ok((e, sel)) => {
                self.actor_filter = None;
                self.record(e);
                self.selection = sel;
            }
            Err(e) => self.edit_failed(&e),
        }
    }

    /// `prefix` + the first number not taken (ids stay unique after deletes and merges).
    fn unique_id(prefix: &str, taken: impl Fn(&str) -> bool) -> String {
        (1..=u32::MAX)
            .map(|n| format!("{prefix}{n}"))
            .find(|id| !taken(id))
            .unwrap_or_else(|| format!("{prefix}x"))
    }

    /// The date a new event gets: between the selected event and the next one in time, else
    /// the selected event's day, else the reference date or today.
    fn date_for_new_event(&self) -> DateValue {
        let b = &self.doc.briefing;
        let day_of = |e: &Event| e.date.start;
        if let Some(i) = self.focused_event()
            && let Some(e) = b.events.get(i)
            && let Some(a) = day_of(e)
        {
            let order = b.events_in_time_order();
            let next = order
                .iter()
                .skip_while(|&&k| k != i)
                .skip(1)
                .filter_map(|&k| b.events.get(k).and_then(day_of))
                .find(|&d| d > a);
            let day = next.map_or(a, |z| a + (z - a) / 2);
            return DateValue::day(day);
        }
        DateValue::day(b.meta.reference_date.unwrap_or(self.today))
    }

    pub(crate) fn add_item(&mut self, kind: ItemKind) {
        let b = &self.doc.briefing;
        let focused = self
            .focused_event()
            .and_then(|i| b.events.get(i))
            .map(|e| e.id.clone());
        let (item, sel) = match kind {
            ItemKind::Event => {
                let id = Self::unique_id("ev-a", |s| b.events.iter().any(|e| e.id.as_str() == s));
                let ev =
                    Event::by_analyst(EventId::new(id), "New event", self.date_for_new_event());
                (Item::Event(ev), Selection::Event(b.events.len()))
            }
            ItemKind::Quote => {
                let id = Self::unique_id("q-a", |s| b.quotes.iter().any(|q| q.id.as_str() == s));
                let q = Quote {
                    id: QuoteId::new(id),
                    text: "New quote".into(),
                    speaker: None,
                    speaker_mention: None,
                    venue: None,
                    event: focused,
                    provenance: None,
                    origin: Origin::Analyst,
                    review: ReviewStatus::Confirmed,
                    grade: crate::model::Grade::default(),
                    notes: String::new(),
                    other_mentions: Vec::new(),
                };
                (Item::Quote(q), Selection::Quote(b.quotes.len()))
            }
            ItemKind::Question => {
                let id =
                    Self::unique_id("oq-a", |s| b.questions.iter().any(|q| q.id.as_str() == s));
                let q = OpenQuestion {
                    id: QuestionId::new(id),
                    text: "New open question?".into(),
                    events: focused.into_iter().collect(),
                    actors: Vec::new(),
                    status: QuestionStatus::Open,
                    provenance: None,
                    origin: Origin::Analyst,
                    review: ReviewStatus::Confirmed,
                    grade: crate::model::Grade::default(),
                    notes: String::new(),
                    other_mentions: Vec::new(),
                };
                (Item::Question(q), Selection::Question(b.questions.len()))
            }
            ItemKind::Actor => {
                let id = Self::unique_id("a-new-", |s| b.actors.iter().any(|a| a.id.as_str() == s));
                let a = Actor {
                    id: ActorId::new(id),
                    name: "New actor".into(),
                    aliases: Vec::new(),
                    kind: ActorKind::Person,
                    title: None,
                    role: None,
                    mentions: 0,
                    notes: String::new(),
                };
                (Item::Actor(a), Selection::Actor(b.actors.len()))
            }
        };
        self.record(Edit::insert(&self.doc.briefing, usize::MAX, item));
        self.selection = sel;
        self.settings.show_inspector = true;
        self.focus_title = true;
        if kind == ItemKind::Event
            && let Some(i) = self.focused_event()
        {
            let _ = i;
            self.timeline.view = None;
        }
    }

    /// How many items are unreviewed (no sorting: cheap enough for every frame).
    pub fn unreviewed_count(&self) -> usize {
        let b = &self.doc.briefing;
        let u = ReviewStatus::Unreviewed;
        b.events.iter().filter(|e| e.review == u).count()
            + b.quotes.iter().filter(|q| q.review == u).count()
            + b.questions.iter().filter(|q| q.review == u).count()
    }

    /// Unreviewed items in review order: events in time order, then quotes, then questions.
    pub fn review_queue(&self) -> Vec<Selection> {
        let b = &self.doc.briefing;
        let unreviewed = ReviewStatus::Unreviewed;
        let mut q: Vec<Selection> = b
            .events_in_time_order()
            .into_iter()
            .filter(|&i| b.events.get(i).is_some_and(|e| e.review == unreviewed))
            .map(Selection::Event)
            .collect();
        q.extend(
            (0..b.quotes.len())
                .filter(|&i| b.quotes[i].review == unreviewed)
                .map(Selection::Quote),
        );
        q.extend(
            (0..b.questions.len())
                .filter(|&i| b.questions[i].review == unreviewed)
                .map(Selection::Question),
        );
        q
    }

    /// Moves the selection to the next (`step` > 0) or previous unreviewed item.
    pub(crate) fn review_step(&mut self, step: isize) {
        let queue = self.review_queue();
        if queue.is_empty() {
            self.status = "Review queue empty: every item is confirmed or rejected".into();
            return;
        }
        // Order of every reviewable item, to find where the selection sits among them.
        let b = &self.doc.briefing;
        let mut all: Vec<Selection> = b
            .events_in_time_order()
            .into_iter()
            .map(Selection::Event)
            .collect();
        all.extend((0..b.quotes.len()).map(Selection::Quote));
        all.extend((0..b.questions.len()).map(Selection::Question));
        let here = all.iter().position(|s| *s == self.selection);
        let pick = match here {
            None => {
                if step >= 0 {
                    queue.first()
                } else {
                    queue.last()
                }
            }
            Some(h) => {
                let rank = |s: &Selection| all.iter().position(|x| x == s).unwrap_or(0);
                if step >= 0 {
                    queue.iter().find(|s| rank(s) > h).or(queue.first())
                } else {
                    queue.iter().rev().find(|s| rank(s) < h).or(queue.last())
                }
            }
        };
        if let Some(&s) = pick {
            self.selection = s;
            self.scroll_reader = true;
        }
    }

    /// Default file name for Save As.
    fn save_name(&self) -> String {
        let stem = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || "briefing".to_owned(),
                |s| {
                    let s = s.to_string_lossy();
                    s.strip_suffix(".briefline.ron")
                        .or_else(|| s.rsplit_once('.').map(|(a, _)| a))
                        .unwrap_or(&s)
                        .to_owned()
                },
            );
        format!("{stem}.{}", crate::model::file::EXTENSION)
    }

    /// Saves to `path`; true on success. Failures leave the changes in memory (and in the
    /// recovery file) and say why.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let path = save::with_briefing_extension(path);
        match save::save(&self.doc.briefing, &path) {
            Ok(()) => {
                self.doc.history.mark_saved();
                self.doc.path = Some(path.clone());
                self.settings.remember(&path);
                self.settings.last_file = Some(path.clone());
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                self.autosave.written = None;
                self.autosave.dirty_since = None;
                self.status = format!("Saved {}", path.display());
                true
            }
            Err(e) => {
                self.banners.push(Banner {
                    kind: BannerKind::Error,
                    text: format!(
                        "Not saved: {e}. Your changes are kept; use Save As… to choose another folder."
                    ),
                });
                false
            }
        }
    }

    /// Saves to the open briefing file, or asks where (articles are never overwritten).
    pub fn save(&mut self) -> bool {
        match self.doc.path.clone() {
            Some(p) if crate::load::is_briefing_path(&p) => self.save_to(&p),
            _ => self.save_as(),
        }
    }

    pub fn save_as(&mut self) -> bool {
        let name = self.save_name();
        match self.dialogs.save_briefing(&name) {
            Some(p) => self.save_to(&p),
            None => false,
        }
    }

    /// Carries out `action`, first asking about unsaved changes if there are any.
    pub(crate) fn guarded(&mut self, action: Pending) {
        if self.is_dirty() {
            self.pending = Some(action);
        } else {
            self.run_pending(action);
        }
    }

    fn run_pending(&mut self, action: Pending) {
        match action {
            Pending::Quit => {
                self.allow_close = true;
                self.quit_requested = true;
            }
            Pending::Open(p) => self.open(&p),
            Pending::OpenDialog => self.execute_at(Command::OpenDialogNow, 0.0),
            Pending::OpenSeed => self.execute_at(Command::OpenSeedNow, 0.0),
        }
    }

    pub(crate) fn answer_unsaved(&mut self, choice: UnsavedChoice) {
        let Some(action) = self.pending.take() else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => {}
            UnsavedChoice::Save => {
                if self.save() {
                    self.run_pending(action);
                }
            }
            UnsavedChoice::Discard => {
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                self.doc.history.mark_saved();
                self.run_pending(action);
            }
        }
    }

    /// Writes the recovery file when due: every [`AUTOSAVE_SECS`] while there are unsaved
    /// changes, and when the window loses focus. Returns the seconds until the next check is
    /// due (for a repaint request), if any.
    pub fn autosave_tick(&mut self, now: f64, focused: bool) -> Option<f64> {
        let lost_focus = self.autosave.was_focused && !focused;
        self.autosave.was_focused = focused;
        if self.recovery.is_none() || self.recovery_offer.is_some() {
            return None;
        }
        if !self.is_dirty() {
            // Back at the saved state (saved, or undone): an older autosave is stale.
            self.autosave.dirty_since = None;
            if self.autosave.written.take().is_some()
                && let Some(r) = &self.recovery
            {
                r.clear();
            }
            return None;
        }
        if self.autosave.written == Some(self.doc.generation) {
            return None;
        }
        let since = *self.autosave.dirty_since.get_or_insert(now);
        if lost_focus || now - since >= AUTOSAVE_SECS {
            self.write_recovery();
            self.autosave.dirty_since = None;
            return None;
        }
        Some(AUTOSAVE_SECS - (now - since))
    }

    /// Writes the recovery file now.
    pub fn write_recovery(&mut self) {
        let Some(r) = &self.recovery else {
            return;
        };
        match r.write(&self.doc.briefing, self.doc.path.as_deref()) {
            Ok(()) => {
                self.autosave.written = Some(self.doc.generation);
                self.autosave.writes += 1;
            }
            Err(e) => self.banners.push(Banner {
                kind: BannerKind::Warning,
                text: format!("Autosave failed: {e}"),
            }),
        }
    }

    /// Restores the recovery file offered at start-up.
    pub(crate) fn restore_recovery(&mut self) {
        self.recovery_offer = None;
        let Some(r) = self.recovery.clone() else {
            return;
        };
        match r.load() {
            Ok((b, RecoveryInfo { original, .. })) => {
                self.doc = Document::new(b, original);
                self.after_load();
                self.doc.history.mark_unsaved();
                self.banners.push(Banner {
                    kind: BannerKind::Info,
                    text: "Unsaved work restored: save it to keep it".into(),
                });
            }
            Err(e) => self.banners.push(Banner {
                kind: BannerKind::Error,
                text: format!("Could not restore: {e}"),
            }),
        }
    }

    pub(crate) fn discard_recovery(&mut self) {
        self.recovery_offer = None;
        if let Some(r) = &self.recovery {
            r.clear();
        }
    }

    /// Applies a new reference date as an undoable edit.
    pub(crate) fn set_reference_date_edit(&mut self, d: Option<chrono::NaiveDate>) -> usize {
        let before: Vec<DateValue> = self
            .doc
            .briefing
            .events
            .iter()
            .map(|e| e.date.clone())
            .collect();
        self.record(Edit::set_reference_date(&self.doc.briefing, d));
        self.doc
            .briefing
            .events
            .iter()
            .zip(&before)
            .filter(|(e, d)| &e.date != *d)
            .count()
    }
}

/// Precision choices offered in the date editor.
pub const PRECISIONS: [Precision; 5] = [
    Precision::Year,
    Precision::Month,
    Precision::Week,
    Precision::Day,
    Precision::Time,
];
