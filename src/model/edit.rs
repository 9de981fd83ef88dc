//! Analyst edits as reversible data, and the undo/redo history.
//!
//! Every change the analyst makes is an [`Edit`]: a labelled list of small [`Change`]s that
//! each carry both the state before and after, so undo is "apply the inverse" and costs only
//! what was touched (never a copy of the whole briefing). Builders such as
//! [`Edit::delete`] and [`Edit::merge_events`] compute the full set of changes, including
//! the references other items hold (a quote's event, a question's events, the deck).

use super::{
    Actor, ActorId, Briefing, DateOrigin, Event, EventId, EventMention, OpenQuestion, Quote,
    ReviewStatus, Source,
};
use chrono::NaiveDate;
use std::collections::VecDeque;

mod sources;

/// Which list an item lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Event,
    Quote,
    Question,
    Actor,
}

impl ItemKind {
    pub fn noun(self) -> &'static str {
        match self {
            ItemKind::Event => "event",
            ItemKind::Quote => "quote",
            ItemKind::Question => "open question",
            ItemKind::Actor => "actor",
        }
    }
}

/// One item of a briefing, owned (the before or after of a change).
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Event(Event),
    Quote(Quote),
    Question(OpenQuestion),
    Actor(Actor),
}

impl Item {
    pub fn kind(&self) -> ItemKind {
        match self {
            Item::Event(_) => ItemKind::Event,
            Item::Quote(_) => ItemKind::Quote,
            Item::Question(_) => ItemKind::Question,
            Item::Actor(_) => ItemKind::Actor,
        }
    }

    /// A copy of the item at `index` of its list.
    pub fn get(b: &Briefing, kind: ItemKind, index: usize) -> Option<Item> {
        Some(match kind {
            ItemKind::Event => Item::Event(b.events.get(index)?.clone()),
            ItemKind::Quote => Item::Quote(b.quotes.get(index)?.clone()),
            ItemKind::Question => Item::Question(b.questions.get(index)?.clone()),
            ItemKind::Actor => Item::Actor(b.actors.get(index)?.clone()),
        })
    }

    fn set_review(&mut self, review: ReviewStatus) {
        match self {
            Item::Event(e) => e.review = review,
            Item::Quote(q) => q.review = review,
            Item::Question(q) => q.review = review,
            Item::Actor(_) => {}
        }
    }
}

/// A primitive, invertible change.
#[derive(Clone, Debug, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "edits are few and short-lived; boxing every item would cost more than it saves"
)]
enum Change {
    Replace {
        index: usize,
        before: Item,
        after: Item,
    },
    Insert {
        index: usize,
        item: Item,
    },
    Remove {
        index: usize,
        item: Item,
    },
    Notes {
        before: String,
        after: String,
    },
    Deck {
        before: Option<Vec<EventId>>,
        after: Option<Vec<EventId>>,
    },
    ReferenceDate {
        before: (Option<NaiveDate>, DateOrigin),
        after: (Option<NaiveDate>, DateOrigin),
    },
    /// A source's metadata (reference date, grade) or its removal and restoration.
    SourceReplace {
        index: usize,
        before: Box<Source>,
        after: Box<Source>,
    },
    SourceInsert {
        index: usize,
        source: Box<Source>,
    },
    SourceRemove {
        index: usize,
        source: Box<Source>,
    },
    /// The whole briefing at once (sources added and merged in).
    Whole {
        before: Box<Briefing>,
        after: Box<Briefing>,
    },
}

impl Change {
    fn inverse(&self) -> Change {
        match self.clone() {
            Change::Replace {
                index,
                before,
                after,
            } => Change::Replace {
                index,
                before: after,
                after: before,
            },
            Change::Insert { index, item } => Change::Remove { index, item },
            Change::Remove { index, item } => Change::Insert { index, item },
            Change::Notes { before, after } => Change::Notes {
                before: after,
                after: before,
            },
            Change::Deck { before, after } => Change::Deck {
                before: after,
                after: before,
            },
            Change::ReferenceDate { before, after } => Change::ReferenceDate {
                before: after,
                after: before,
            },
            Change::SourceReplace {
                index,
                before,
                after,
            } => Change::SourceReplace {
                index,
                before: after,
                after: before,
            },
            Change::SourceInsert { index, source } => Change::SourceRemove { index, source },
            Change::SourceRemove { index, source } => Change::SourceInsert { index, source },
            Change::Whole { before, after } => Change::Whole {
                before: after,
                after: before,
            },
        }
    }

    fn apply(&self, b: &mut Briefing) {
        fn put<T>(list: &mut [T], index: usize, v: T) {
            if let Some(slot) = list.get_mut(index) {
                *slot = v;
            }
        }
        fn insert<T>(list: &mut Vec<T>, index: usize, v: T) {
            list.insert(index.min(list.len()), v);
        }
        fn remove<T>(list: &mut Vec<T>, index: usize) {
            if index < list.len() {
                list.remove(index);
            }
        }
        match self {
            Change::Replace { index, after, .. } => match after.clone() {
                Item::Event(e) => put(&mut b.events, *index, e),
                Item::Quote(q) => put(&mut b.quotes, *index, q),
                Item::Question(q) => put(&mut b.questions, *index, q),
                Item::Actor(a) => put(&mut b.actors, *index, a),
            },
            Change::Insert { index, item } => match item.clone() {
                Item::Event(e) => insert(&mut b.events, *index, e),
                Item::Quote(q) => insert(&mut b.quotes, *index, q),
                Item::Question(q) => insert(&mut b.questions, *index, q),
                Item::Actor(a) => insert(&mut b.actors, *index, a),
            },
            Change::Remove { index, item } => match item.kind() {
                ItemKind::Event => remove(&mut b.events, *index),
                ItemKind::Quote => remove(&mut b.quotes, *index),
                ItemKind::Question => remove(&mut b.questions, *index),
                ItemKind::Actor => remove(&mut b.actors, *index),
            },
            Change::Notes { after, .. } => b.notes.clone_from(after),
            Change::Deck { after, .. } => b.deck.clone_from(after),
            Change::ReferenceDate { after, .. } => {
                b.set_reference_date(after.0, after.1);
            }
            Change::SourceReplace { index, after, .. } => {
                put(&mut b.sources, *index, (**after).clone());
                // Bases of that source count from its (new) reference date.
                b.resolve_date_bases();
            }
            Change::SourceInsert { index, source } => {
                insert(&mut b.sources, *index, (**source).clone());
            }
            Change::SourceRemove { index, .. } => remove(&mut b.sources, *index),
            Change::Whole { after, .. } => b.clone_from(after),
        }
    }
}

/// A labelled, undoable analyst edit.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// What the edit did, for the Undo menu ("Rename event").
    pub label: String,
    changes: Vec<Change>,
}

/// Why an edit could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The index does not name an item (stale selection).
    NoSuchItem(ItemKind, usize),
    /// The replacement is a different kind of item, or changes its id.
    Mismatch,
    /// Merging an item with itself.
    SameItem,
    /// The index does not name a source.
    NoSuchSource(usize),
    /// The index does not name one of the item's other mentions.
    NoSuchMention(usize),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::NoSuchItem(k, i) => write!(f, "there is no {} number {}", k.noun(), i + 1),
            EditError::Mismatch => f.write_str("the edited item does not match the selection"),
            EditError::SameItem => f.write_str("an item cannot be merged with itself"),
            EditError::NoSuchSource(i) => write!(f, "there is no source number {}", i + 1),
            EditError::NoSuchMention(i) => write!(f, "there is no mention number {}", i + 2),
        }
    }
}

impl std::error::Error for EditError {}

fn item_id(item: &Item) -> &str {
    match item {
        Item::Event(e) => e.id.as_str(),
        Item::Quote(q) => q.id.as_str(),
        Item::Question(q) => q.id.as_str(),
        Item::Actor(a) => a.id.as_str(),
    }
}

impl Edit {
    fn new(label: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            changes: Vec::new(),
        }
    }

    /// True if applying the edit would change nothing.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    fn replace(&mut self, index: usize, before: Item, after: Item) {
        if before != after {
            self.changes.push(Change::Replace {
                index,
                before,
                after,
            });
        }
    }

    /// Replaces the item at `index` of its kind's list (same id) with `after`.
    pub fn update(
        b: &Briefing,
        index: usize,
        after: Item,
        label: impl Into<String>,
    ) -> Result<Edit, EditError> {
        let before =
            Item::get(b, after.kind(), index).ok_or(EditError::NoSuchItem(after.kind(), index))?;
        if item_id(&before) != item_id(&after) {
            return Err(EditError::Mismatch);
        }
        let mut e = Edit::new(label);
        e.replace(index, before, after);
        Ok(e)
    }

    /// Sets the review status of an item.
    pub fn review(
        b: &Briefing,
        kind: ItemKind,
        index: usize,
        review: ReviewStatus,
    ) -> Result<Edit, EditError> {
        let before = Item::get(b, kind, index).ok_or(EditError::NoSuchItem(kind, index))?;
        let mut after = before.clone();
        after.set_review(review);
        let verb = match review {
            ReviewStatus::Confirmed => "Confirm",
            ReviewStatus::Rejected => "Reject",
            ReviewStatus::Unreviewed => "Unreview",
        };
        let mut e = Edit::new(format!("{verb} {}", kind.noun()));
        e.replace(index, before, after);
        Ok(e)
    }

    /// Adds an item at `index` (clamped to the list's end).
    pub fn insert(b: &Briefing, index: usize, item: Item) -> Edit {
        let len = match item.kind() {
            ItemKind::Event => b.events.len(),
            ItemKind::Quote => b.quotes.len(),
            ItemKind::Question => b.questions.len(),
            ItemKind::Actor => b.actors.len(),
        };
        // The exact index, so undo removes what was inserted.
        let index = index.min(len);
        let mut e = Edit::new(format!("Add {}", item.kind().noun()));
        e.changes.push(Change::Insert { index, item });
        e
    }

    /// Deletes an item and every reference to it (a quote's event, a question's events and
    /// actors, the deck, event actors, quote speakers).
    pub fn delete(b: &Briefing, kind: ItemKind, index: usize) -> Result<Edit, EditError> {
        let item = Item::get(b, kind, index).ok_or(EditError::NoSuchItem(kind, index))?;
        let mut e = Edit::new(format!("Delete {}", kind.noun()));
        match &item {
            Item::Event(ev) => e.repoint_event(b, &ev.id, None),
            Item::Actor(a) => e.repoint_actor(b, &a.id, None),
            Item::Quote(_) | Item::Question(_) => {}
        }
        e.changes.push(Change::Remove { index, item });
        Ok(e)
    }

    /// Merges event `drop` into event `keep`: the kept event gains the other's actors and
    /// notes, quotes and questions follow it, and `drop` is removed.
    pub fn merge_events(b: &Briefing, keep: usize, drop: usize) -> Result<Edit, EditError> {
        if keep == drop {
            return Err(EditError::SameItem);
        }
        let k = b
            .events
            .get(keep)
            .ok_or(EditError::NoSuchItem(ItemKind::Event, keep))?;
        let d = b
            .events
            .get(drop)
            .ok_or(EditError::NoSuchItem(ItemKind::Event, drop))?;
        let mut e = Edit::new("Merge events");
        let mut merged = k.clone();
        for a in &d.actors {
            if !merged.actors.contains(a) {
                merged.actors.push(a.clone());
            }
        }
        // Every place the dropped event is reported becomes a mention of the kept one, with
        // its own title and date, so the merge can be split again.
        let dropped_own = d.provenance.iter().map(|p| EventMention {
            at: p.clone(),
            title: Some(d.title.clone()),
            date: Some(d.date.clone()),
            trigger: d.trigger.clone(),
        });
        for m in dropped_own.chain(d.other_mentions.iter().cloned()) {
            if merged.provenance.as_ref() != Some(&m.at)
                && !merged.other_mentions.iter().any(|x| x.at == m.at)
            {
                merged.other_mentions.push(m);
            }
        }
        for c in &d.conflicts {
            if !merged.conflicts.contains(c) {
                merged.conflicts.push(c.clone());
            }
        }
        merged.notes = join_notes(&k.notes, &d.notes);
        e.replace(keep, Item::Event(k.clone()), Item::Event(merged));
        e.repoint_event(b, &d.id, Some(&k.id));
        e.changes.push(Change::Remove {
            index: drop,
            item: Item::Event(d.clone()),
        });
        Ok(e)
    }

    /// Merges actor `drop` into actor `keep`: names become aliases, mentions add up, and
    /// every event, quote and question that named `drop` names `keep`.
    pub fn merge_actors(b: &Briefing, keep: usize, drop: usize) -> Result<Edit, EditError> {
        if keep == drop {
            return Err(EditError::SameItem);
        }
        let k = b
            .actors
            .get(keep)
            .ok_or(EditError::NoSuchItem(ItemKind::Actor, keep))?;
        let d = b
            .actors
            .get(drop)
            .ok_or(EditError::NoSuchItem(ItemKind::Actor, drop))?;
        let mut e = Edit::new("Merge actors");
        let mut merged = k.clone();
        for name in std::iter::once(&d.name).chain(&d.aliases) {
            if !merged.answers_to(name) {
                merged.aliases.push(name.clone());
            }
        }
        merged.mentions += d.mentions;
        merged.title = merged.title.or_else(|| d.title.clone());
        merged.role = merged.role.or_else(|| d.role.clone());
        merged.notes = join_notes(&k.notes, &d.notes);
        e.replace(keep, Item::Actor(k.clone()), Item::Actor(merged));
        e.repoint_actor(b, &d.id, Some(&k.id));
        e.changes.push(Change::Remove {
            index: drop,
            item: Item::Actor(d.clone()),
        });
        Ok(e)
    }

    /// Sets the briefing's own notes.
    pub fn set_notes(b: &Briefing, notes: String) -> Edit {
        let mut e = Edit::new("Edit briefing notes");
        if b.notes != notes {
            e.changes.push(Change::Notes {
                before: b.notes.clone(),
                after: notes,
            });
        }
        e
    }

    /// Sets the presentation deck (`None`: the default deck).
    pub fn set_deck(b: &Briefing, deck: Option<Vec<EventId>>) -> Edit {
        let mut e = Edit::new("Edit presentation deck");
        if b.deck != deck {
            e.changes.push(Change::Deck {
                before: b.deck.clone(),
                after: deck,
            });
        }
        e
    }

    /// Sets the reference date (relative dates re-resolve; undo resolves them back).
    pub fn set_reference_date(b: &Briefing, date: Option<NaiveDate>) -> Edit {
        let mut e = Edit::new("Change reference date");
        let before = (b.meta.reference_date, b.meta.reference_origin);
        let origin = if date.is_some() {
            DateOrigin::Analyst
        } else {
            DateOrigin::Unknown
        };
        if before.0 != date {
            e.changes.push(Change::ReferenceDate {
                before,
                after: (date, origin),
            });
        }
        e
    }

    /// Re-points references to event `from` at `to` (or drops them).
    fn repoint_event(&mut self, b: &Briefing, from: &EventId, to: Option<&EventId>) {
        for (i, q) in b.quotes.iter().enumerate() {
            if q.event.as_ref() == Some(from) {
                let mut n = q.clone();
                n.event = to.cloned();
                self.replace(i, Item::Quote(q.clone()), Item::Quote(n));
            }
        }
        for (i, q) in b.questions.iter().enumerate() {
            if q.events.contains(from) {
                let mut n = q.clone();
                n.events = repoint_list(&q.events, from, to);
                self.replace(i, Item::Question(q.clone()), Item::Question(n));
            }
        }
        if let Some(deck) = &b.deck
            && deck.contains(from)
        {
            self.changes.push(Change::Deck {
                before: b.deck.clone(),
                after: Some(repoint_list(deck, from, to)),
            });
        }
    }

    /// Re-points references to actor `from` at `to` (or drops them).
    fn repoint_actor(&mut self, b: &Briefing, from: &ActorId, to: Option<&ActorId>) {
        for (i, ev) in b.events.iter().enumerate() {
            if ev.actors.contains(from) {
                let mut n = ev.clone();
                n.actors = repoint_list(&ev.actors, from, to);
                self.replace(i, Item::Event(ev.clone()), Item::Event(n));
            }
        }
        for (i, q) in b.quotes.iter().enumerate() {
            if q.speaker.as_ref() == Some(from) {
                let mut n = q.clone();
                n.speaker = to.cloned();
                self.replace(i, Item::Quote(q.clone()), Item::Quote(n));
            }
        }
        for (i, q) in b.questions.iter().enumerate() {
            if q.actors.contains(from) {
                let mut n = q.clone();
                n.actors = repoint_list(&q.actors, from, to);
                self.replace(i, Item::Question(q.clone()), Item::Question(n));
            }
        }
    }
}

/// `list` with `from` replaced by `to` (or removed), without duplicates.
fn repoint_list<T: Clone + PartialEq>(list: &[T], from: &T, to: Option<&T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(list.len());
    for x in list {
        let y = if x == from { to } else { Some(x) };
        if let Some(y) = y
            && !out.contains(y)
        {
            out.push(y.clone());
        }
    }
    out
}

fn join_notes(a: &str, b: &str) -> String {
    match (a.trim().is_empty(), b.trim().is_empty()) {
        (_, true) => a.to_owned(),
        (true, false) => b.to_owned(),
        (false, false) => format!("{a}\n\n{b}"),
    }
}

impl Briefing {
    /// Applies an edit.
    pub fn apply(&mut self, edit: &Edit) {
        for c in &edit.changes {
            c.apply(self);
        }
    }

    /// Reverts an edit applied last.
    pub fn revert(&mut self, edit: &Edit) {
        for c in edit.changes.iter().rev() {
            c.inverse().apply(self);
        }
    }
}

/// Undo/redo stacks with a bounded depth, and the "unsaved changes" marker.
#[derive(Debug)]
pub struct History {
    done: VecDeque<(u64, Edit)>,
    undone: Vec<(u64, Edit)>,
    limit: usize,
    next_id: u64,
    /// Id of the oldest state undo can reach (0: as loaded, until edits fall off the end).
    base: u64,
    /// The state id when last saved; `None` if that state is no longer reachable.
    saved: Option<u64>,
}

/// Default undo depth.
pub const UNDO_DEPTH: usize = 500;

impl Default for History {
    fn default() -> Self {
        Self::with_limit(UNDO_DEPTH)
    }
}

impl History {
    pub fn with_limit(limit: usize) -> Self {
        Self {
            done: VecDeque::new(),
            undone: Vec::new(),
            limit: limit.max(1),
            next_id: 1,
            base: 0,
            saved: Some(0),
        }
    }

    /// Id of the current state (0: as loaded).
    fn state(&self) -> u64 {
        self.done.back().map_or(self.base, |(id, _)| *id)
    }

    /// Applies `edit` to `b` and records it; an empty edit is ignored. Returns whether the
    /// briefing changed.
    pub fn record(&mut self, b: &mut Briefing, edit: Edit) -> bool {
        if edit.is_empty() {
            return false;
        }
        b.apply(&edit);
        let id = self.next_id;
        self.next_id += 1;
        self.done.push_back((id, edit));
        // A saved state on the redo branch can no longer be reached.
        if let Some(s) = self.saved
            && self.undone.iter().any(|(u, _)| *u == s)
        {
            self.saved = None;
        }
        self.undone.clear();
        while self.done.len() > self.limit {
            if let Some((gone, _)) = self.done.pop_front() {
                // The oldest state falls off: if it was the saved one, undo cannot reach it.
                if self.saved == Some(self.base) {
                    self.saved = None;
                }
                self.base = gone;
            }
        }
        true
    }

    /// Undoes the last edit; returns its label.
    pub fn undo(&mut self, b: &mut Briefing) -> Option<String> {
        let (id, edit) = self.done.pop_back()?;
        b.revert(&edit);
        let label = edit.label.clone();
        self.undone.push((id, edit));
        Some(label)
    }

    /// Redoes the last undone edit; returns its label.
    pub fn redo(&mut self, b: &mut Briefing) -> Option<String> {
        let (id, edit) = self.undone.pop()?;
        b.apply(&edit);
        let label = edit.label.clone();
        self.done.push_back((id, edit));
        Some(label)
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.done.back().map(|(_, e)| e.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.undone.last().map(|(_, e)| e.label.as_str())
    }

    pub fn undo_depth(&self) -> usize {
        self.done.len()
    }

    /// True if the briefing differs from the state last saved (or loaded).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.state())
    }

    /// Marks the current state as saved.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.state());
    }

    /// Marks the current state as not saved anywhere (a restored recovery file).
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Grade, QuestionId, QuoteId};

    fn seed() -> Briefing {
        crate::load::seed_briefing(None)
    }

    fn event_index(b: &Briefing, needle: &str) -> usize {
        b.events
            .iter()
            .position(|e| e.title.contains(needle) || e.sentence.contains(needle))
            .unwrap()
    }

    #[test]
    fn update_then_undo_restores_exactly() {
        let mut b = seed();
        let original = b.clone();
        let mut h = History::default();
        let i = event_index(&b, "Paris");
        let mut ev = b.events[i].clone();
        ev.title = "Coalition of the willing meets in Paris".into();
        ev.grade = Grade::parse("B2").unwrap();
        let edit = Edit::update(&b, i, Item::Event(ev.clone()), "Edit event").unwrap();
        assert!(h.record(&mut b, edit));
        assert_eq!(b.events[i], ev);
        assert!(h.is_dirty());
        assert_eq!(h.undo(&mut b).as_deref(), Some("Edit event"));
        assert_eq!(b, original);
        assert!(!h.is_dirty(), "undo back to the loaded state is clean");
        h.redo(&mut b);
        assert_eq!(b.events[i], ev);
    }

    #[test]
    fn update_refuses_a_different_id() {
        let b = seed();
        let mut ev = b.events[0].clone();
        ev.id = EventId::new("ev-other");
        assert_eq!(
            Edit::update(&b, 0, Item::Event(ev), "x"),
            Err(EditError::Mismatch)
        );
        assert!(matches!(
            Edit::review(&b, ItemKind::Quote, 999, ReviewStatus::Confirmed),
            Err(EditError::NoSuchItem(ItemKind::Quote, 999))
        ));
    }

    #[test]
    fn deleting_an_event_unlinks_quotes_questions_and_deck_and_undo_relinks() {
        let mut b = seed();
        let i = event_index(&b, "Paris");
        let id = b.events[i].id.clone();
        b.deck = Some(
            b.deck_events()
                .iter()
                .map(|&k| b.events[k].id.clone())
                .collect(),
        );
        assert!(b.quotes.iter().any(|q| q.event.as_ref() == Some(&id)));
        let original = b.clone();
        let mut h = History::default();
        let edit = Edit::delete(&b, ItemKind::Event, i).unwrap();
        h.record(&mut b, edit);
        assert!(b.event(&id).is_none());
        assert!(b.quotes.iter().all(|q| q.event.as_ref() != Some(&id)));
        assert!(b.questions.iter().all(|q| !q.events.contains(&id)));
        assert!(!b.deck.as_ref().unwrap().contains(&id));
        h.undo(&mut b);
        assert_eq!(b, original);
    }

    #[test]
    fn merging_events_moves_links_and_actors() {
        let mut b = seed();
        let keep = event_index(&b, "Paris");
        let drop = (0..b.events.len()).find(|&k| k != keep).unwrap();
        let keep_id = b.events[keep].id.clone();
        let drop_id = b.events[drop].id.clone();
        // Give the dropped event a quote, a question and an actor of its own.
        b.quotes[0].event = Some(drop_id.clone());
        b.questions[0].events = vec![drop_id.clone(), keep_id.clone()];
        let extra = ActorId::new("a-extra");
        b.events[drop].actors.push(extra.clone());
        b.events[drop].notes = "second note".into();
        let original = b.clone();
        let mut h = History::default();
        let edit = Edit::merge_events(&b, keep, drop).unwrap();
        h.record(&mut b, edit);
        let k = b.event(&keep_id).unwrap();
        assert!(k.actors.contains(&extra));
        assert!(k.notes.contains("second note"));
        assert!(b.event(&drop_id).is_none());
        assert_eq!(b.quotes[0].event.as_ref(), Some(&keep_id));
        assert_eq!(
            b.questions[0].events,
            vec![keep_id.clone()],
            "no duplicates"
        );
        h.undo(&mut b);
        assert_eq!(b, original);
        assert_eq!(
            Edit::merge_events(&b, 1, 1),
            Err(EditError::SameItem),
            "merging with itself is refused"
        );
    }

    #[test]
    fn merging_actors_repoints_speakers_and_keeps_names_as_aliases() {
        let mut b = seed();
        let witkoff = b
            .actors
            .iter()
            .position(|a| a.name.contains("Witkoff"))
            .unwrap();
        let kushner = b
            .actors
            .iter()
            .position(|a| a.name.contains("Kushner"))
            .unwrap();
        let (kid, did) = (b.actors[witkoff].id.clone(), b.actors[kushner].id.clone());
        let original = b.clone();
        let edit = Edit::merge_actors(&b, witkoff, kushner).unwrap();
        b.apply(&edit);
        let merged = b.actor(&kid).unwrap();
        assert!(merged.answers_to(&original.actors[kushner].name));
        assert!(b.actor(&did).is_none());
        assert!(b.quotes.iter().all(|q| q.speaker.as_ref() != Some(&did)));
        assert!(b.events.iter().all(|e| !e.actors.contains(&did)));
        b.revert(&edit);
        assert_eq!(b, original);
    }

    #[test]
    fn insert_quote_and_question_then_undo() {
        let mut b = seed();
        let original = b.clone();
        let mut h = History::default();
        let q = Quote {
            id: QuoteId::new("q-new"),
            text: "We will see.".into(),
            speaker: None,
            speaker_mention: None,
            venue: None,
            event: None,
            provenance: None,
            origin: crate::model::Origin::Analyst,
            review: ReviewStatus::Confirmed,
            grade: Grade::default(),
            notes: String::new(),
            other_mentions: Vec::new(),
        };
        let edit = Edit::insert(&b, 0, Item::Quote(q));
        h.record(&mut b, edit);
        let oq = OpenQuestion {
            id: QuestionId::new("oq-new"),
            text: "Who pays?".into(),
            events: Vec::new(),
            actors: Vec::new(),
            status: crate::model::QuestionStatus::Open,
            provenance: None,
            origin: crate::model::Origin::Analyst,
            review: ReviewStatus::Confirmed,
            grade: Grade::default(),
            notes: String::new(),
            other_mentions: Vec::new(),
        };
        let edit = Edit::insert(&b, usize::MAX, Item::Question(oq));
        h.record(&mut b, edit);
        assert_eq!(b.quotes[0].id.as_str(), "q-new");
        assert_eq!(b.questions.last().unwrap().id.as_str(), "oq-new");
        h.undo(&mut b);
        h.undo(&mut b);
        assert_eq!(b, original);
    }

    #[test]
    fn reference_date_is_undoable() {
        let mut b = seed();
        let original = b.clone();
        let mut h = History::default();
        let edit = Edit::set_reference_date(&b, NaiveDate::from_ymd_opt(2026, 2, 2));
        h.record(&mut b, edit);
        assert_ne!(b, original);
        h.undo(&mut b);
        assert_eq!(b.events, original.events);
        assert_eq!(b.meta, original.meta);
    }

    #[test]
    fn history_keeps_at_least_two_hundred_steps_and_tracks_saved_state() {
        let mut b = seed();
        let original = b.clone();
        let mut h = History::default();
        for n in 0..250 {
            {
                let edit = Edit::set_notes(&b, format!("note {n}"));
                h.record(&mut b, edit)
            };
            if n == 99 {
                h.mark_saved();
            }
        }
        assert_eq!(h.undo_depth(), 250);
        assert!(h.is_dirty());
        for _ in 0..150 {
            h.undo(&mut b);
        }
        assert_eq!(b.notes, "note 99");
        assert!(!h.is_dirty(), "back at the saved state");
        for _ in 0..100 {
            h.undo(&mut b);
        }
        assert_eq!(b, original);
        assert!(h.undo(&mut b).is_none());
        // A new edit after undo drops the redo stack.
        {
            let edit = Edit::set_notes(&b, "fresh".into());
            h.record(&mut b, edit)
        };
        assert!(h.redo(&mut b).is_none());
        assert!(h.is_dirty());
    }

    #[test]
    fn a_save_on_an_abandoned_redo_branch_is_forgotten() {
        let mut b = seed();
        let mut h = History::default();
        let e = Edit::set_notes(&b, "a".into());
        h.record(&mut b, e);
        h.mark_saved();
        h.undo(&mut b);
        assert!(h.is_dirty());
        let e = Edit::set_notes(&b, "b".into());
        h.record(&mut b, e);
        assert!(h.is_dirty(), "the saved state 'a' is gone for good");
        h.undo(&mut b);
        assert!(h.is_dirty());
    }

    #[test]
    fn depth_limit_drops_the_oldest_and_forgets_an_unreachable_save() {
        let mut b = seed();
        let mut h = History::with_limit(3);
        h.mark_saved();
        for n in 0..5 {
            {
                let edit = Edit::set_notes(&b, format!("n{n}"));
                h.record(&mut b, edit)
            };
        }
        assert_eq!(h.undo_depth(), 3);
        while h.undo(&mut b).is_some() {}
        assert_eq!(b.notes, "n1");
        assert!(h.is_dirty(), "the saved state fell off the history");
        assert!(Edit::set_notes(&b, "n1".into()).is_empty());
    }
}
