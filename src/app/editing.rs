//! The analyst's edits: every change to the briefing goes through [`BrieflineApp::record`]
//! as an undoable [`Edit`]; here too are review (confirm, reject, the review queue), adding,
//! deleting and merging items, and changing the reference date. Saving the result is in
//! `saving.rs`.

use super::{Banner, BrieflineApp, DateEditor, Selection};
use crate::model::edit::{Edit, Item, ItemKind};
use crate::model::{
    Actor, ActorId, ActorKind, DateValue, Event, EventId, OpenQuestion, Origin, Precision,
    QuestionId, QuestionStatus, Quote, QuoteId, ReviewStatus,
};
use chrono::NaiveDate;

impl BrieflineApp {
    /// Applies an analyst edit (undoable).
    pub fn record(&mut self, edit: Edit) {
        if self.doc.history.record(&mut self.doc.briefing, edit) {
            self.after_edit();
        }
    }

    pub(crate) fn after_edit(&mut self) {
        self.doc.generation += 1;
        self.invalidate_timeline();
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
        self.banners
            .push(Banner::error(format!("Could not edit: {e}")));
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
        self.requests.focus_new_item = true;
        if kind == ItemKind::Event && self.focused_event().is_some() {
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
            self.requests.reveal_selection = true;
        }
    }

    /// Opens the reference-date editor on the current reference date (or today).
    pub(crate) fn edit_reference_date(&mut self) {
        let d = self.doc.briefing.meta.reference_date.unwrap_or(self.today);
        self.date_editor = Some(DateEditor {
            text: d.format("%Y-%m-%d").to_string(),
            picked: d,
            error: None,
        });
    }

    /// Takes the editor's new draft, if the editor is still open.
    pub(crate) fn update_date_editor(&mut self, draft: DateEditor) {
        if self.date_editor.is_some() {
            self.date_editor = Some(draft);
        }
    }

    /// Sets (or clears) the reference date, re-resolves relative dates and says how many
    /// moved; the editor closes and the notice about a missing date goes.
    pub(crate) fn set_reference_date(&mut self, d: Option<NaiveDate>) {
        let n = self.set_reference_date_edit(d);
        self.date_editor = None;
        self.banners
            .retain(|b| b.topic != super::Topic::MissingReferenceDate);
        let text = match d {
            Some(d) => format!(
                "Reference date set to {}: {n} relative date(s) re-resolved",
                d.format("%-d %b %Y")
            ),
            None => "Reference date cleared: relative dates are unresolved".to_owned(),
        };
        self.banners.push(Banner::info(text));
    }

    /// Applies a new reference date as an undoable edit.
    pub(crate) fn set_reference_date_edit(&mut self, d: Option<NaiveDate>) -> usize {
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
