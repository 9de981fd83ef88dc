//! Mentions without a time word, across sources: a sentence of one outlet that tells a
//! happening another outlet dates ("The Aldermark mark fell 0.8% against the euro after the
//! announcement" beside "The mark's fall of 0.8 per cent against the euro on Thursday") is a
//! mention of that event. It adds the outlet to the event's sources and links the
//! sentence's quotes and questions to it.
//!
//! Within one source, [`super::backrefs`] follows a noun back to the nearest event; here the
//! sentence must read like a report of the event from another source: several shared words
//! about what happened (not only names), most of the shorter sentence covered, and no other
//! event that reads nearly as well. Candidates come from shared words (an inverted index),
//! so the work grows with the story, not with all pairs of sentences and events.

use super::cluster::MAX_POSTING;
use super::words::{content_words, jaccard, overlap};
use crate::extract::{clean, sentences};
use crate::model::{Briefing, EventMention, Provenance, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The [`score`] a sentence needs to be a mention of an event.
const MIN_SCORE: f64 = 0.42;
/// Shared words a mention needs, and how many of them must be about what happened (not the
/// words of an actor's name, title or role, nor a capitalised name), with the report's
/// sentence and with the event's title.
const MIN_SHARED: usize = 3;
const MIN_SHARED_WHAT: usize = 2;
/// How far ahead of the next-best event the best must be: a sentence that reads like two
/// events is a mention of neither.
const MARGIN: f64 = 0.08;
/// Candidate events looked at per sentence (those sharing the most words).
const MAX_CANDIDATES: usize = 12;
/// Sentences of fewer content words say too little to be matched by their words.
const MIN_WORDS: usize = 4;

/// How alike a sentence reads to one report of an event, 0–1: the share of the shorter
/// covered and the overlap in full, weighted to the first (a wire's long sentence tells more
/// than a live blog's line about the same thing).
fn score(sentence: &HashSet<String>, report: &HashSet<String>) -> f64 {
    0.6 * overlap(sentence, report) + 0.4 * jaccard(sentence, report)
}

/// One report of an event as matching sees it: its source, the content words of its
/// sentence, and whether that sentence speaks of what may happen ("can", "would").
struct Told {
    event: usize,
    source: usize,
    words: HashSet<String>,
    modal: bool,
}

/// An event mention found: the event (index into `events`), the source (index into
/// `sources`) and the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub event: usize,
    pub source: usize,
    pub sentence: Span,
}

/// Words that make a sentence speak of what can, must or would happen, not of what did:
/// "the president can call a snap election" is no report of the president calling one.
const MODALS: &[&str] = &["can", "could", "may", "might", "must", "should", "would"];

/// Whether a text uses a modal, as written in lower case: "May" is a month (or opens a
/// question) more often than it is a modal.
fn is_modal(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| MODALS.contains(&w))
}

/// What matching compares a sentence with.
struct Reports {
    told: Vec<Told>,
    /// Content word → reports (indices into `told`) whose sentence uses it.
    index: HashMap<String, Vec<usize>>,
    /// The words of the actors' names, titles and roles: who is named makes no mention,
    /// what happened does ("Governor Helena Voss", "Lena Fiske, chief economist at Nordhavn
    /// Bank" are in half the sentences of a story about a bank).
    names: HashSet<String>,
    /// Content words of each event's titles (its own and its mentions'): what happened.
    titles: Vec<HashSet<String>>,
}

/// Finds the sentences of each source that tell an event another source reports, for a
/// merged briefing (events' mentions pointing at its sources).
pub fn find(b: &Briefing) -> Vec<Found> {
    let source_index: HashMap<&str, usize> = b
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // Sentences already a mention of some event: never matched again.
    let mut taken: HashSet<(usize, Span)> = HashSet::default();
    let mut reports = Reports {
        told: Vec::new(),
        index: HashMap::default(),
        names: b
            .actors
            .iter()
            .flat_map(|a| std::iter::once(&a.name).chain(&a.title).chain(&a.role))
            .flat_map(|n| content_words(n))
            .collect(),
        titles: Vec::with_capacity(b.events.len()),
    };
    // Quoted words are the speaker's, matched as quotes; a sentence tells an event in its
    // own words.
    let mut quoted: Vec<Vec<Span>> = vec![Vec::new(); b.sources.len()];
    for q in &b.quotes {
        for m in q.mentions() {
            if let (Some(&si), Some(span)) = (source_index.get(m.source.as_str()), m.expression)
                && let Some(list) = quoted.get_mut(si)
            {
                list.push(span);
            }
        }
    }
    for (ei, e) in b.events.iter().enumerate() {
        let mut titles = content_words(&e.title);
        for m in &e.other_mentions {
            titles.extend(m.title.as_deref().map(content_words).unwrap_or_default());
        }
        reports.titles.push(titles);
        for m in e.mentions() {
            let Some(&si) = source_index.get(m.source.as_str()) else {
                continue;
            };
            taken.insert((si, m.sentence));
            let text = b
                .sources
                .get(si)
                .and_then(|s| m.sentence.slice(&s.text))
                .unwrap_or("");
            reports.told.push(Told {
                event: ei,
                source: si,
                words: content_words(text),
                modal: is_modal(text),
            });
        }
    }
    for (ti, t) in reports.told.iter().enumerate() {
        for w in &t.words {
            reports.index.entry(w.clone()).or_default().push(ti);
        }
    }
    let mut found = Vec::new();
    for (si, source) in b.sources.iter().enumerate() {
        let text = source.text.as_str();
        let mut sweep = QuoteSweep::new(quoted.get_mut(si).map(std::mem::take).unwrap_or_default());
        for para in clean::clean(text).paragraphs {
            for sentence in sentences::split(text, para) {
                if taken.contains(&(si, sentence)) {
                    continue;
                }
                let own = unquoted(text, sentence, sweep.overlapping(sentence));
                let words = content_words(&own);
                if words.len() < MIN_WORDS {
                    continue;
                }
                let named = capitalised_words(&own);
                if let Some(event) = reports.best_event(&words, &named, is_modal(&own), si) {
                    found.push(Found {
                        event,
                        source: si,
                        sentence,
                    });
                }
            }
        }
    }
    // One sentence per event and source: the first that tells it.
    let mut seen: HashSet<(usize, usize)> = HashSet::default();
    found.retain(|f| seen.insert((f.event, f.source)));
    // An event the source already reports needs no second, untimed mention from it.
    let reported: HashSet<(usize, usize)> =
        reports.told.iter().map(|t| (t.event, t.source)).collect();
    found.retain(|f| !reported.contains(&(f.event, f.source)));
    found
}

impl Reports {
    /// The event a sentence of source `si` tells (its content words, whether it speaks of
    /// what may happen), if one reads clearly best and well enough.
    fn best_event(
        &self,
        words: &HashSet<String>,
        named: &HashSet<String>,
        modal: bool,
        si: usize,
    ) -> Option<usize> {
        // Reports of other sources sharing words with the sentence, and how many.
        let mut shared: HashMap<usize, usize> = HashMap::default();
        for w in words {
            let Some(list) = self.index.get(w) else {
                continue;
            };
            if list.len() > MAX_POSTING {
                continue;
            }
            for &ti in list {
                if self.told.get(ti).is_some_and(|t| t.source != si) {
                    *shared.entry(ti).or_default() += 1;
                }
            }
        }
        let mut candidates: Vec<(usize, usize)> = shared
            .into_iter()
            .filter(|&(_, n)| n >= MIN_SHARED)
            .collect();
        candidates.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        candidates.truncate(MAX_CANDIDATES);
        // The best score of each event over its reports.
        let mut by_event: Vec<(usize, f64)> = Vec::new();
        for (ti, _) in candidates {
            let Some(t) = self.told.get(ti) else { continue };
            if t.modal != modal {
                continue;
            }
            let what = |of: &HashSet<String>| {
                words
                    .intersection(of)
                    .filter(|w| !self.names.contains(*w) && !named.contains(*w))
                    .count()
            };
            let titled = self.titles.get(t.event).map_or(0, what);
            if what(&t.words) < MIN_SHARED_WHAT || titled < MIN_SHARED_WHAT {
                continue;
            }
            let s = score(words, &t.words);
            match by_event.iter_mut().find(|(e, _)| *e == t.event) {
                Some(slot) => slot.1 = slot.1.max(s),
                None => by_event.push((t.event, s)),
            }
        }
        by_event.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let &(event, best) = by_event.first()?;
        let second = by_event.get(1).map_or(0.0, |x| x.1);
        (best >= MIN_SCORE && best - second >= MARGIN).then_some(event)
    }
}

/// The content words a sentence writes with a capital after its first word: names of
/// people, places and bodies the extractor may not list as actors ("Saltholm", "the Sierra
/// de Valcorta"). Like actors' names they say who or where, not what happened.
fn capitalised_words(sentence: &str) -> HashSet<String> {
    let named: Vec<&str> = sentence
        .split_whitespace()
        .skip(1)
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| t.starts_with(char::is_uppercase))
        .collect();
    content_words(&named.join(" "))
}

/// The quoted spans of one source, handed out sentence by sentence in text order: each span
/// is added once and dropped once, so a transcript of 100,000 quoted sentences costs no
/// more than its length (not sentences × quotes).
struct QuoteSweep {
    /// Sorted by start.
    spans: Vec<Span>,
    next: usize,
    /// Spans that may still overlap the sentences to come, in start order.
    active: Vec<Span>,
    last_start: usize,
}

impl QuoteSweep {
    fn new(mut spans: Vec<Span>) -> Self {
        spans.sort_unstable_by_key(|q| (q.start, q.end));
        Self {
            spans,
            next: 0,
            active: Vec::new(),
            last_start: 0,
        }
    }

    /// The spans overlapping `sentence` (sentences asked for in text order; one out of
    /// order starts the sweep again).
    fn overlapping(&mut self, sentence: Span) -> &[Span] {
        if sentence.start < self.last_start {
            self.next = 0;
            self.active.clear();
        }
        self.last_start = sentence.start;
        while let Some(&q) = self.spans.get(self.next)
            && q.start < sentence.end
        {
            self.active.push(q);
            self.next += 1;
        }
        self.active.retain(|q| q.end > sentence.start);
        &self.active
    }
}

/// The text of `sentence` outside the quoted spans that overlap it, in start order (blanks
/// where they were).
fn unquoted(text: &str, sentence: Span, quotes: &[Span]) -> String {
    let mut out = String::new();
    let mut at = sentence.start;
    for &q in quotes {
        if q.start > at {
            out.push_str(text.get(at..q.start).unwrap_or(""));
            out.push(' ');
        }
        at = at.max(q.end);
    }
    if at < sentence.end {
        out.push_str(text.get(at..sentence.end).unwrap_or(""));
    }
    out
}

/// Adds the mentions [`find`] finds to a merged briefing: each becomes a mention of its event
/// (sentence only, no time word), and the quotes and questions first reported in that
/// sentence and not yet linked to an event are linked to it.
pub fn apply(b: &mut Briefing) {
    for f in find(b) {
        let (Some(source), Some(event)) = (b.sources.get(f.source), b.events.get(f.event)) else {
            continue;
        };
        let at = Provenance {
            source: source.id.clone(),
            sentence: f.sentence,
            expression: None,
        };
        let id = event.id.clone();
        let in_sentence = |p: &Provenance| p.source == at.source && p.sentence == at.sentence;
        // By their own provenance, as back-references link them and as splitting the
        // mention off takes them along.
        for q in &mut b.quotes {
            if q.event.is_none() && q.provenance.as_ref().is_some_and(in_sentence) {
                q.event = Some(id.clone());
            }
        }
        for q in &mut b.questions {
            if q.events.is_empty() && q.provenance.as_ref().is_some_and(in_sentence) {
                q.events.push(id.clone());
            }
        }
        if let Some(e) = b.events.get_mut(f.event) {
            e.other_mentions.push(EventMention::at(at));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Options, extract_text};
    use crate::model::{Briefing, Span};

    /// Each text extracted on its own (published 12 February 2026), then merged.
    fn merged(texts: &[(&str, &str)]) -> Briefing {
        let parts = texts
            .iter()
            .map(|(name, text)| {
                let opts = Options {
                    source_name: (*name).into(),
                    meta: None,
                    reference_date: chrono::NaiveDate::from_ymd_opt(2026, 2, 12),
                };
                extract_text(text, &opts)
            })
            .collect();
        super::super::merge(parts)
    }

    /// The events with a mention in `name`'s sentence containing `words`.
    fn told_in<'a>(b: &'a Briefing, name: &str, words: &str) -> Vec<&'a str> {
        let Some(source) = b.sources.iter().find(|s| s.name == name) else {
            return Vec::new();
        };
        b.events
            .iter()
            .filter(|e| {
                e.mentions().any(|m| {
                    m.source == source.id
                        && m.sentence
                            .slice(&source.text)
                            .is_some_and(|s| s.contains(words))
                })
            })
            .map(|e| e.id.as_str())
            .collect()
    }

    const WIRE: &str = "Mark falls\n\nThe Aldermark mark fell 0.8% against the euro on \
        Thursday, its biggest one-day fall since October, as traders bet on further easing. \
        Governor Helena Voss and the Bank of Aldermark cut the main interest rate to 3.5% on \
        Thursday.";

    #[test]
    fn a_sentence_without_a_time_word_that_tells_a_dated_event_is_a_mention_of_it() {
        let column = "Money matters\n\nThen there is the currency. The mark fell 0.8 per cent \
            against the euro as traders bet on more cuts, which will make holidays dearer.";
        let b = merged(&[("wire.txt", WIRE), ("column.txt", column)]);
        let wire = told_in(&b, "wire.txt", "mark fell");
        assert_eq!(wire.len(), 1, "{:#?}", b.events);
        assert_eq!(told_in(&b, "column.txt", "mark fell"), wire);
        let e = b.events.iter().find(|e| e.id.as_str() == wire[0]).unwrap();
        assert_eq!(e.corroboration(), 2);
    }

    #[test]
    fn quoted_words_are_left_out_sentence_by_sentence() {
        let text = "He said \"we will win\" today. \"Never,\" she said. \"A long quote. It goes \
                    on,\" he said.";
        let span = |a: &str| {
            let at = text.find(a).unwrap();
            Span::new(at, at + a.len())
        };
        let quotes = vec![
            span("\"A long quote. It goes on,\""),
            span("\"we will win\""),
            span("\"Never,\""),
        ];
        let sentences = [
            span("He said \"we will win\" today."),
            span("\"Never,\" she said."),
            span("\"A long quote."),
            span("It goes on,\" he said."),
        ];
        let mut sweep = super::QuoteSweep::new(quotes);
        let own: Vec<String> = sentences
            .iter()
            .map(|&s| super::unquoted(text, s, sweep.overlapping(s)))
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(own, ["He said today.", "she said.", "", "he said."]);
    }

    #[test]
    fn a_modal_is_written_in_lower_case() {
        assert!(super::is_modal("The president can call a snap election."));
        assert!(!super::is_modal("The minutes will be published in May."));
        assert!(!super::is_modal("Can the bank cut again?"));
    }

    #[test]
    fn capitalised_words_after_the_first_name_who_or_where() {
        let named = super::capitalised_words(
            "The road bridge at Saltholm has been washed away, the Tessel government says.",
        );
        let want: super::HashSet<String> = ["saltholm", "tessel"]
            .iter()
            .map(|w| (*w).to_owned())
            .collect();
        assert_eq!(named, want);
    }

    #[test]
    fn what_may_happen_and_who_is_named_make_no_mention() {
        // The wire alone, with a second source that has no events of its own: every mention
        // it gets is one this module found.
        let opts = Options {
            source_name: "wire.txt".into(),
            meta: None,
            reference_date: chrono::NaiveDate::from_ymd_opt(2026, 2, 12),
        };
        let mut b = extract_text(WIRE, &opts);
        let sentences = [
            "Under the new law, the Bank of Aldermark can cut the main interest rate without a \
             vote.",
            "Governor Helena Voss thanked the reporters of the Bank of Aldermark warmly.",
            "Governor Helena Voss and the Bank of Aldermark cut the main interest rate by a \
             quarter point.",
        ];
        let text = sentences.join(" ");
        b.sources.push(crate::model::Source::new(
            crate::model::SourceId::new("src-explainer"),
            "explainer.txt",
            text.clone(),
        ));
        let found: Vec<&str> = super::find(&b)
            .iter()
            .filter(|f| f.source == 1)
            .filter_map(|f| f.sentence.slice(&text))
            .collect();
        assert_eq!(found, [sentences[2]]);
    }
}
