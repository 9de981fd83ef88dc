//! Edits of a briefing built from several sources: splitting a merged event, setting a
//! source's reference date or grade, and removing a source (which removes only what no other
//! source supports). All undoable like every other [`Edit`].

use super::{Change, Edit, EditError, Item, ItemKind};
use crate::model::{
    Briefing, DateOrigin, DateValue, Event, EventId, OpenQuestion, Provenance, Quote, Reliability,
    SourceId,
};
use chrono::NaiveDate;

/// A fresh event id (`ev-N`, one past the largest number in use).
fn fresh_event_id(b: &Briefing) -> EventId {
    let max = b
        .events
        .iter()
        .filter_map(|e| e.id.as_str().strip_prefix("ev-")?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    EventId::new(format!("ev-{}", max + 1))
}

fn same_sentence(a: &Provenance, b: &Provenance) -> bool {
    a.source == b.source && a.sentence == b.sentence
}

impl Edit {
    /// Replaces the whole briefing with `merged` (the open briefing with sources added and
    /// merged in), undoably.
    pub fn add_sources(b: &Briefing, merged: Briefing, added: usize) -> Edit {
        let mut e = Edit::new(if added == 1 {
            "Add a source".to_owned()
        } else {
            format!("Add {added} sources")
        });
        e.changes.push(Change::Whole {
            before: Box::new(b.clone()),
            after: Box::new(merged),
        });
        e
    }

    /// Splits mention `mention` (an index into the event's `other_mentions`) of event `index`
    /// off into an event of its own, with the title and date that report gave (a mention
    /// without a time word: its sentence as the title, date unknown). Quotes and questions of
    /// that sentence follow the new event.
    pub fn split_mention(b: &Briefing, index: usize, mention: usize) -> Result<Edit, EditError> {
        let ev = b
            .events
            .get(index)
            .ok_or(EditError::NoSuchItem(ItemKind::Event, index))?;
        let m = ev
            .other_mentions
            .get(mention)
            .ok_or(EditError::NoSuchMention(mention))?;
        let mut kept = ev.clone();
        kept.other_mentions.remove(mention);
        kept.conflicts
            .retain(|c| !c.versions.iter().any(|v| v.source == m.at.source));
        let id = fresh_event_id(b);
        let sentence =
            m.at.sentence
                .slice(b.source(&m.at.source).map_or("", |s| s.text.as_str()))
                .unwrap_or("");
        // A mention without a time word (linked by a noun or by its words) has no title or
        // date of its own: split off, it is a happening its sentence names, date unknown.
        let split = Event {
            id: id.clone(),
            title: m.title.clone().unwrap_or_else(|| sentence_title(sentence)),
            sentence: sentence.into(),
            date: m.date.clone().unwrap_or_else(DateValue::unknown),
            anchor: None,
            trigger: m.trigger.clone(),
            provenance: Some(m.at.clone()),
            other_mentions: Vec::new(),
            conflicts: Vec::new(),
            dated_by_corroboration: false,
            notes: String::new(),
            ..ev.clone()
        };
        let mut e = Edit::new("Split off mention");
        e.replace(index, Item::Event(ev.clone()), Item::Event(kept));
        for (i, q) in b.quotes.iter().enumerate() {
            if q.event.as_ref() == Some(&ev.id)
                && q.provenance
                    .as_ref()
                    .is_some_and(|p| same_sentence(p, &m.at))
            {
                let mut n = q.clone();
                n.event = Some(id.clone());
                e.replace(i, Item::Quote(q.clone()), Item::Quote(n));
            }
        }
        for (i, q) in b.questions.iter().enumerate() {
            if q.events.contains(&ev.id)
                && q.provenance
                    .as_ref()
                    .is_some_and(|p| same_sentence(p, &m.at))
            {
                let mut n = q.clone();
                for x in &mut n.events {
                    if *x == ev.id {
                        *x = id.clone();
                    }
                }
                e.replace(i, Item::Question(q.clone()), Item::Question(n));
            }
        }
        e.changes.push(Change::Insert {
            index: index + 1,
            item: Item::Event(split),
        });
        Ok(e)
    }

    /// Sets the reference date of source `index` (the analyst's, or an accepted suggestion
    /// with origin [`DateOrigin::Inferred`]); that source's relative dates re-resolve. In a
    /// briefing of one source this is the briefing's reference date.
    pub fn set_source_reference(
        b: &Briefing,
        index: usize,
        date: Option<NaiveDate>,
        origin: DateOrigin,
    ) -> Result<Edit, EditError> {
        let src = b.sources.get(index).ok_or(EditError::NoSuchSource(index))?;
        if !b.is_multi_source() {
            return Ok(Edit::set_reference_date(b, date));
        }
        let mut after = src.clone();
        after.reference_date = date;
        after.reference_origin = if date.is_some() {
            origin
        } else {
            DateOrigin::Unknown
        };
        if date.is_some() {
            after.suggested_reference = None;
        }
        let mut e = Edit::new(format!("Set the date of {}", src.name));
        if after == *src {
            return Ok(e);
        }
        // The date bases as they will be: this source's re-resolved against the new date.
        let mut bases = b.date_bases.clone();
        crate::model::date_bases::resolve_each(&mut bases, |s| match s {
            Some(id) if *id == src.id => date,
            Some(id) => b.reference_for(id),
            None => b.meta.reference_date,
        });
        for (i, ev) in b.events.iter().enumerate() {
            let from_source = ev.provenance.as_ref().is_some_and(|p| p.source == src.id);
            let Some(anchor) = ev.anchor.as_ref().filter(|a| a.is_relative_with(&bases)) else {
                continue;
            };
            if from_source && !ev.dated_by_corroboration {
                let date = anchor
                    .resolve_with(date, &bases)
                    .unwrap_or_else(|| DateValue {
                        precision: ev.date.precision,
                        ..DateValue::unknown()
                    });
                if date != ev.date {
                    let mut n = ev.clone();
                    n.date = date;
                    e.replace(i, Item::Event(ev.clone()), Item::Event(n));
                }
            }
        }
        e.changes.insert(
            0,
            Change::SourceReplace {
                index,
                before: Box::new(src.clone()),
                after: Box::new(after),
            },
        );
        Ok(e)
    }

    /// Sets the analyst's reliability grade (A–F) of source `index`.
    pub fn set_source_reliability(
        b: &Briefing,
        index: usize,
        reliability: Option<Reliability>,
    ) -> Result<Edit, EditError> {
        let src = b.sources.get(index).ok_or(EditError::NoSuchSource(index))?;
        let mut after = src.clone();
        after.reliability = reliability;
        let mut e = Edit::new(format!("Grade {}", src.name));
        if after != *src {
            e.changes.push(Change::SourceReplace {
                index,
                before: Box::new(src.clone()),
                after: Box::new(after),
            });
        }
        Ok(e)
    }

    /// Removes source `index` and what only it supports: an item reported elsewhere too
    /// loses that source's mentions (and takes its next dated mention, else its next titled
    /// one, else its next, as its provenance; with no dated mention left it is undated); an
    /// item only that source reports is deleted, with every reference to it.
    pub fn remove_source(b: &Briefing, index: usize) -> Result<Edit, EditError> {
        let src = b.sources.get(index).ok_or(EditError::NoSuchSource(index))?;
        let id = &src.id;
        let mut e = Edit::new(format!("Remove source {}", src.name));
        let mut gone_events: Vec<usize> = Vec::new();
        let mut events_after: Vec<Option<Event>> = Vec::new();
        for (i, ev) in b.events.iter().enumerate() {
            match without_source_event(ev, id) {
                Kept::Unchanged => events_after.push(None),
                Kept::Changed(n) => events_after.push(Some(n)),
                Kept::Gone => {
                    gone_events.push(i);
                    events_after.push(None);
                }
            }
        }
        let gone_ids: Vec<&EventId> = gone_events
            .iter()
            .filter_map(|&i| b.events.get(i))
            .map(|e| &e.id)
            .collect();
        let mut gone_quotes = Vec::new();
        for (i, q) in b.quotes.iter().enumerate() {
            let mut n = match without_source_quote(q, id) {
                Kept::Gone => {
                    gone_quotes.push(i);
                    continue;
                }
                Kept::Changed(n) => n,
                Kept::Unchanged => q.clone(),
            };
            if n.event.as_ref().is_some_and(|x| gone_ids.contains(&x)) {
                n.event = None;
            }
            e.replace(i, Item::Quote(q.clone()), Item::Quote(n));
        }
        let mut gone_questions = Vec::new();
        for (i, q) in b.questions.iter().enumerate() {
            let mut n = match without_source_question(q, id) {
                Kept::Gone => {
                    gone_questions.push(i);
                    continue;
                }
                Kept::Changed(n) => n,
                Kept::Unchanged => q.clone(),
            };
            n.events.retain(|x| !gone_ids.contains(&x));
            e.replace(i, Item::Question(q.clone()), Item::Question(n));
        }
        for (i, n) in events_after.into_iter().enumerate() {
            if let (Some(n), Some(ev)) = (n, b.events.get(i)) {
                e.replace(i, Item::Event(ev.clone()), Item::Event(n));
            }
        }
        if let Some(deck) = &b.deck
            && deck.iter().any(|x| gone_ids.contains(&x))
        {
            e.changes.push(Change::Deck {
                before: b.deck.clone(),
                after: Some(
                    deck.iter()
                        .filter(|x| !gone_ids.contains(x))
                        .cloned()
                        .collect(),
                ),
            });
        }
        // Removals last, from the end of each list, so earlier indices stay valid.
        for (list, kind) in [
            (&gone_questions, ItemKind::Question),
            (&gone_quotes, ItemKind::Quote),
            (&gone_events, ItemKind::Event),
        ] {
            for &i in list.iter().rev() {
                if let Some(item) = Item::get(b, kind, i) {
                    e.changes.push(Change::Remove { index: i, item });
                }
            }
        }
        e.changes.push(Change::SourceRemove {
            index,
            source: Box::new(src.clone()),
        });
        Ok(e)
    }
}

/// A title for a sentence with none: its words on one line, as many whole words as fit in
/// 80 characters (the first word cut if it alone is longer), "…" if any are left out.
fn sentence_title(sentence: &str) -> String {
    const MAX: usize = 80;
    let mut out = String::new();
    let mut len = 0;
    for (k, w) in sentence.split_whitespace().enumerate() {
        let n = w.chars().count() + usize::from(k > 0);
        if len + n > MAX {
            if out.is_empty() {
                out = w.chars().take(MAX).collect();
            }
            out.push('…');
            return out;
        }
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w);
        len += n;
    }
    out
}

/// What removing a source leaves of an item.
enum Kept<T> {
    Unchanged,
    Changed(T),
    Gone,
}

fn without_source_event(ev: &Event, id: &SourceId) -> Kept<Event> {
    let primary_gone = ev.provenance.as_ref().is_some_and(|p| &p.source == id);
    let others_gone = ev.other_mentions.iter().any(|m| &m.at.source == id);
    if !primary_gone && !others_gone {
        return Kept::Unchanged;
    }
    let mut n = ev.clone();
    n.other_mentions.retain(|m| &m.at.source != id);
    n.conflicts
        .retain(|c| !c.versions.iter().any(|v| &v.source == id));
    if primary_gone {
        if n.other_mentions.is_empty() {
            return Kept::Gone;
        }
        // The next report that dates the event leads; with none left (only sentences
        // linked without a time word), the date was the removed source's alone.
        let dated = n
            .other_mentions
            .iter()
            .position(|m| m.date.as_ref().is_some_and(DateValue::is_resolved))
            .or_else(|| n.other_mentions.iter().position(|m| m.title.is_some()))
            .unwrap_or(0);
        let next = n.other_mentions.remove(dated);
        n.provenance = Some(next.at);
        if let Some(t) = next.title {
            n.title = t;
        }
        match next.date {
            Some(d) if d.is_resolved() => n.date = d,
            _ => n.date = DateValue::unknown(),
        }
        n.dated_by_corroboration = false;
        n.trigger = next.trigger;
        n.anchor = None;
    }
    Kept::Changed(n)
}

fn without_source_quote(q: &Quote, id: &SourceId) -> Kept<Quote> {
    let primary_gone = q.provenance.as_ref().is_some_and(|p| &p.source == id);
    let others_gone = q.other_mentions.iter().any(|m| &m.at.source == id);
    if !primary_gone && !others_gone {
        return Kept::Unchanged;
    }
    let mut n = q.clone();
    n.other_mentions.retain(|m| &m.at.source != id);
    if primary_gone {
        if n.other_mentions.is_empty() {
            return Kept::Gone;
        }
        let next = n.other_mentions.remove(0);
        n.provenance = Some(next.at);
        n.speaker_mention = next.speaker_mention;
    }
    Kept::Changed(n)
}

fn without_source_question(q: &OpenQuestion, id: &SourceId) -> Kept<OpenQuestion> {
    let primary_gone = q.provenance.as_ref().is_some_and(|p| &p.source == id);
    let others_gone = q.other_mentions.iter().any(|m| &m.source == id);
    if !primary_gone && !others_gone {
        return Kept::Unchanged;
    }
    let mut n = q.clone();
    n.other_mentions.retain(|m| &m.source != id);
    if primary_gone {
        if n.other_mentions.is_empty() {
            return Kept::Gone;
        }
        n.provenance = Some(n.other_mentions.remove(0));
    }
    Kept::Changed(n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_sentence_title_keeps_whole_words_on_one_line() {
        assert_eq!(
            super::sentence_title("  The mark\nfell.  "),
            "The mark fell."
        );
        let long = "word ".repeat(30);
        let t = super::sentence_title(&long);
        assert!(t.ends_with("word…"), "{t}");
        assert!(t.chars().count() <= 81);
        let one = "é".repeat(100);
        assert_eq!(super::sentence_title(&one).chars().count(), 81);
    }
}
