//! Story-relative dates: links the expressions counted from the story's own time ("the
//! following year", "later that day") to numbered date bases, so each event's anchor stays
//! shallow however long the chain.

use crate::extract::temporal::{self, Timex, TimexType, Value};
use crate::model::{DateBase, Span, TimeAnchor};

/// A timex that stands for date base `k` in [`link_story_dates`].
fn stand_in(k: usize) -> Timex {
    Timex {
        span: Span::new(0, 0),
        trigger: Span::new(0, 0),
        kind: TimexType::Date,
        anchor: Some(TimeAnchor::Earlier(k)),
        value: Value::FromAnchor,
        rule: "date base",
    }
}

/// A timex counted from the story's time, placed after another to see what it counts from.
fn probe() -> Timex {
    Timex {
        anchor: None,
        value: Value::Mention {
            unit: None,
            offset: 0,
            part: None,
            fallback: TimeAnchor::DayOffset(0),
        },
        ..stand_in(0)
    }
}

/// Links the expressions counted from the story's own time ("the following year", "later
/// that day") to the last date named before them, as [`temporal::link_mentions`] does, but
/// flat: each date counted from is kept once in the returned list of date bases and
/// referred to by number ([`TimeAnchor::Earlier`]), so an anchor stays a few levels deep
/// however long the chain, and linking is linear in the text.
///
/// `link_mentions` decides what counts from what; it is run on each timex behind a stand-in
/// for the current base, and a probe after it shows whether the timex became the new base.
pub fn link_story_dates<'a>(list: impl IntoIterator<Item = &'a mut Timex>) -> Vec<DateBase> {
    let mut bases: Vec<DateBase> = Vec::new();
    for tx in list {
        let mut focus = bases.len().checked_sub(1).map(stand_in);
        let mut after = probe();
        let run = focus
            .as_mut()
            .into_iter()
            .chain(std::iter::once(tx))
            .chain(std::iter::once(&mut after));
        temporal::link_mentions(run);
        if let Some(TimeAnchor::FromMention { base, .. }) = after.anchor
            && !matches!(*base, TimeAnchor::Earlier(_))
        {
            bases.push(DateBase::new(*base));
        }
    }
    bases
}
