//! Date bases: the dates a text named that later expressions count from ("in 1995" before
//! "the following year", "on Monday" before "the next day").
//!
//! Each base is kept once, in the briefing, and referred to by number
//! ([`TimeAnchor::Earlier`]). A chain of story-relative dates therefore stays flat: every
//! anchor is a few levels deep whatever the length of the chain, and a saved file grows with
//! the text rather than with the square of its chains. A base refers only to bases before
//! it, so resolving them in order never loops.

use super::{DateValue, Event, SourceId, TimeAnchor};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A date the text named that later expressions count from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateBase {
    /// How the text expressed it (may itself count from an earlier base).
    pub anchor: TimeAnchor,
    /// Its date at the briefing's reference date. Derived from the anchors, so not saved:
    /// [`resolve_all`] recomputes it.
    #[serde(skip)]
    pub date: DateValue,
    /// Whether it depends on the reference date. Derived like `date`.
    #[serde(skip)]
    pub relative: bool,
    /// The source whose reference date it resolves against, in a briefing merged from
    /// several sources (`None`: the briefing's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
}

impl DateBase {
    /// A base not yet resolved (see [`resolve_all`]).
    pub fn new(anchor: TimeAnchor) -> Self {
        Self {
            anchor,
            date: DateValue::unknown(),
            relative: true,
            source: None,
        }
    }
}

/// Resolves every base against `reference`, in order; each sees only the bases before it.
pub fn resolve_all(bases: &mut [DateBase], reference: Option<NaiveDate>) {
    resolve_each(bases, |_| reference);
}

/// Resolves every base against its own source's reference date (`reference_of`), in order.
pub fn resolve_each(
    bases: &mut [DateBase],
    reference_of: impl Fn(Option<&SourceId>) -> Option<NaiveDate>,
) {
    for i in 0..bases.len() {
        let (before, rest) = bases.split_at_mut(i);
        let Some(b) = rest.first_mut() else { break };
        let reference = reference_of(b.source.as_ref());
        b.relative = b.anchor.is_relative_with(before);
        b.date = b.anchor.resolve_with(reference, before).unwrap_or_default();
    }
}

/// Moves every base number `anchor` refers to up by `offset` (bases of one briefing appended
/// after another's).
pub fn shift_refs(anchor: &mut TimeAnchor, offset: usize) {
    for_each_ref(anchor, &mut |i: &mut usize| *i += offset);
}

/// Turns anchors that nest a copy of their base (files of formats 1 and 2) into flat ones
/// that refer to a shared [`DateBase`]. Identical bases are kept once.
#[derive(Debug, Default)]
pub struct Flattener {
    index: HashMap<TimeAnchor, usize>,
}

impl Flattener {
    /// `anchor` with every `FromMention` base moved into `bases`. Recurses as deep as the
    /// anchor nests, which the file reader bounds.
    pub fn flatten(&mut self, anchor: TimeAnchor, bases: &mut Vec<DateBase>) -> TimeAnchor {
        match anchor {
            TimeAnchor::FromMention { base, unit, offset } => {
                let base = match *base {
                    // Already a reference (a flat anchor): kept.
                    TimeAnchor::Earlier(i) => TimeAnchor::Earlier(i),
                    nested => {
                        let flat = self.flatten(nested, bases);
                        TimeAnchor::Earlier(self.intern(flat, bases))
                    }
                };
                TimeAnchor::FromMention {
                    base: Box::new(base),
                    unit,
                    offset,
                }
            }
            TimeAnchor::Range { from, to } => TimeAnchor::Range {
                from: Box::new(self.flatten(*from, bases)),
                to: Box::new(self.flatten(*to, bases)),
            },
            TimeAnchor::Since(inner) => TimeAnchor::Since(Box::new(self.flatten(*inner, bases))),
            TimeAnchor::WithTime { day, time } => TimeAnchor::WithTime {
                day: Box::new(self.flatten(*day, bases)),
                time,
            },
            other => other,
        }
    }

    fn intern(&mut self, anchor: TimeAnchor, bases: &mut Vec<DateBase>) -> usize {
        if let Some(&i) = self.index.get(&anchor) {
            return i;
        }
        bases.push(DateBase::new(anchor.clone()));
        let i = bases.len() - 1;
        self.index.insert(anchor, i);
        i
    }
}

/// Calls `f` on every base number `anchor` refers to.
fn for_each_ref(anchor: &mut TimeAnchor, f: &mut impl FnMut(&mut usize)) {
    match anchor {
        TimeAnchor::Earlier(i) => f(i),
        TimeAnchor::FromMention { base: inner, .. }
        | TimeAnchor::Since(inner)
        | TimeAnchor::WithTime { day: inner, .. } => for_each_ref(inner, f),
        TimeAnchor::Range { from, to } => {
            for_each_ref(from, f);
            for_each_ref(to, f);
        }
        _ => {}
    }
}

/// Does `anchor` count from base `k` (directly or inside another anchor)?
pub fn refers_to(anchor: &TimeAnchor, k: usize) -> bool {
    match anchor {
        TimeAnchor::Earlier(i) => *i == k,
        TimeAnchor::FromMention { base: inner, .. }
        | TimeAnchor::Since(inner)
        | TimeAnchor::WithTime { day: inner, .. } => refers_to(inner, k),
        TimeAnchor::Range { from, to } => refers_to(from, k) || refers_to(to, k),
        _ => false,
    }
}

/// Keeps only the bases the events' anchors count from (directly or through other bases),
/// renumbered in order. Dates are unchanged.
pub fn prune(bases: &mut Vec<DateBase>, events: &mut [Event]) {
    let mut used = vec![false; bases.len()];
    let mut mark = |i: &mut usize| {
        if let Some(u) = used.get_mut(*i) {
            *u = true;
        }
    };
    for a in events.iter_mut().filter_map(|e| e.anchor.as_mut()) {
        for_each_ref(a, &mut mark);
    }
    // A base refers only to bases before it: one pass from the end marks every one needed.
    for i in (0..bases.len()).rev() {
        if used.get(i).copied().unwrap_or(false)
            && let Some(b) = bases.get_mut(i)
        {
            for_each_ref(&mut b.anchor, &mut |j: &mut usize| {
                if *j < i
                    && let Some(u) = used.get_mut(*j)
                {
                    *u = true;
                }
            });
        }
    }
    let mut new_index = vec![usize::MAX; bases.len()];
    let mut next = 0;
    for (i, &u) in used.iter().enumerate() {
        if u {
            new_index[i] = next;
            next += 1;
        }
    }
    let mut renumber = |i: &mut usize| *i = new_index.get(*i).copied().unwrap_or(usize::MAX);
    let mut k = 0;
    bases.retain(|_| {
        k += 1;
        used.get(k - 1).copied().unwrap_or(false)
    });
    for b in bases.iter_mut() {
        for_each_ref(&mut b.anchor, &mut renumber);
    }
    for a in events.iter_mut().filter_map(|e| e.anchor.as_mut()) {
        for_each_ref(a, &mut renumber);
    }
}

/// How many levels `anchor` nests (1 for a leaf).
pub fn depth(anchor: &TimeAnchor) -> usize {
    1 + match anchor {
        TimeAnchor::FromMention { base: inner, .. }
        | TimeAnchor::Since(inner)
        | TimeAnchor::WithTime { day: inner, .. } => depth(inner),
        TimeAnchor::Range { from, to } => depth(from).max(depth(to)),
        _ => 0,
    }
}

/// True if `anchor` holds a `FromMention` whose base is a nested copy rather than a
/// reference (what [`Flattener`] removes).
pub fn is_nested(anchor: &TimeAnchor) -> bool {
    match anchor {
        TimeAnchor::FromMention { base, .. } => !matches!(**base, TimeAnchor::Earlier(_)),
        TimeAnchor::Range { from, to } => is_nested(from) || is_nested(to),
        TimeAnchor::Since(inner) | TimeAnchor::WithTime { day: inner, .. } => is_nested(inner),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Precision, Unit};

    fn year(y: i32) -> TimeAnchor {
        TimeAnchor::Absolute(DateValue::year(y).unwrap())
    }

    fn following_year(base: TimeAnchor) -> TimeAnchor {
        TimeAnchor::FromMention {
            base: Box::new(base),
            unit: Some(Unit::Year),
            offset: 1,
        }
    }

    #[test]
    fn a_nested_chain_becomes_flat_and_resolves_the_same() {
        // "In 1995 …", then "the following year" three times, nested as formats 1-2 did.
        let mut nested = vec![year(1995)];
        for _ in 0..3 {
            let last = nested.last().unwrap().clone();
            nested.push(following_year(last));
        }
        let mut bases = Vec::new();
        let mut f = Flattener::default();
        let flat: Vec<TimeAnchor> = nested
            .iter()
            .map(|a| f.flatten(a.clone(), &mut bases))
            .collect();
        assert!(flat.iter().all(|a| !is_nested(a)));
        assert!(nested.iter().skip(1).all(is_nested));
        // Each base is kept once: 1995, and the first two "following year"s.
        assert_eq!(bases.len(), 3, "{bases:?}");
        resolve_all(&mut bases, None);
        for (n, f) in nested.iter().zip(&flat) {
            let want = n.resolve(None).unwrap();
            assert_eq!(f.resolve_with(None, &bases), Some(want.clone()));
            assert_eq!(want.precision, Precision::Year);
            assert_eq!(f.is_relative_with(&bases), n.is_relative());
        }
        assert_eq!(
            flat[3].resolve_with(None, &bases).and_then(|d| d.start),
            NaiveDate::from_ymd_opt(1998, 1, 1)
        );
    }

    #[test]
    fn a_base_sees_only_the_bases_before_it() {
        // A base that refers to itself or to a later one is unresolved, never a loop.
        let mut bases = vec![
            DateBase::new(TimeAnchor::Earlier(0)),
            DateBase::new(TimeAnchor::Earlier(2)),
            DateBase::new(year(2000)),
        ];
        resolve_all(&mut bases, NaiveDate::from_ymd_opt(2026, 1, 6));
        assert!(!bases[0].date.is_resolved());
        assert!(!bases[1].date.is_resolved());
        assert!(bases[2].date.is_resolved());
        assert!(!bases[2].relative);
        assert!(bases[0].relative, "unknown counts as relative");
        assert!(TimeAnchor::Earlier(7).resolve_with(None, &bases).is_none());
    }

    #[test]
    fn relative_roots_follow_the_reference_date() {
        let mut bases = vec![DateBase::new(TimeAnchor::DayOffset(-1))];
        let next_day = TimeAnchor::FromMention {
            base: Box::new(TimeAnchor::Earlier(0)),
            unit: None,
            offset: 1,
        };
        resolve_all(&mut bases, None);
        assert!(next_day.is_relative_with(&bases));
        assert!(next_day.resolve_with(None, &bases).is_none());
        let r = NaiveDate::from_ymd_opt(2026, 1, 6);
        resolve_all(&mut bases, r);
        assert_eq!(next_day.resolve_with(r, &bases).and_then(|d| d.start), r);
    }
}
