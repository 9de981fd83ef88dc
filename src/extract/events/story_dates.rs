//! Story-relative dates: links the expressions counted from the story's own time ("the
//! following year", "later that day") to numbered date bases, so each event's anchor stays
//! shallow however long the chain.

use crate::extract::temporal::{self, Timex, TimexType, Value};
use crate::model::date_bases::refers_to;
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
    // The story's current date is kept aside and numbered only once something counts from
    // it: every date of the article is a candidate, and a dense 50 MB article names 345,000
    // of them, few of which anything counts from.
    let mut bases: Vec<DateBase> = Vec::new();
    let mut pending: Option<DateBase> = None;
    let mut current: Option<usize> = None;
    for tx in list {
        // The number the current date has, or will have once numbered.
        let k = if pending.is_some() {
            Some(bases.len())
        } else {
            current
        };
        let mut focus = k.map(stand_in);
        let mut after = probe();
        let run = focus
            .as_mut()
            .into_iter()
            .chain(std::iter::once(&mut *tx))
            .chain(std::iter::once(&mut after));
        temporal::link_mentions(run);
        if let Some(k) = k
            && tx.anchor.as_ref().is_some_and(|a| refers_to(a, k))
            && let Some(base) = pending.take()
        {
            bases.push(base);
            current = Some(k);
        }
        if let Some(TimeAnchor::FromMention { base, .. }) = after.anchor
            && !matches!(*base, TimeAnchor::Earlier(_))
        {
            pending = Some(DateBase::new(*base));
        }
    }
    bases
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Doc;

    fn bases_of(text: &str) -> Vec<DateBase> {
        let doc = Doc::new(text, &[Span::new(0, text.len())]);
        let mut timexes = temporal::find_sentences(
            text,
            doc.sentences.iter().map(|s| s.tokens.as_slice()),
            None,
        );
        link_story_dates(timexes.iter_mut().flatten())
    }

    #[test]
    fn only_a_date_something_counts_from_is_numbered() {
        // 1995 and 2001 are dates; only 2001 has a "following year".
        let bases = bases_of("In 1995 it began. In 2001 it moved. The following year it grew.");
        assert_eq!(bases.len(), 1, "{bases:?}");
        assert!(
            format!("{:?}", bases[0].anchor).contains("2001"),
            "{bases:?}"
        );
        assert!(bases_of("In 1995 it began. In 2001 it moved.").is_empty());
    }

    #[test]
    fn a_chain_numbers_each_link_once() {
        let bases =
            bases_of("In 1995 it began. The following year it grew. Two years later it shrank.");
        assert_eq!(bases.len(), 2, "{bases:?}");
        // The second base counts from the first.
        assert!(refers_to(&bases[1].anchor, 0), "{bases:?}");
    }
}
