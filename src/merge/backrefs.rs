//! Mentions without a time word: within one source, a later sentence that refers back to an
//! event by its noun ("the agreement, reached at the summit, …", "Under the deal, …", "after
//! the signing") is another mention of that event. Its quotes and questions are linked to
//! the event, and its words help two outlets' reports of the event meet.
//!
//! The noun must be one that names happenings (a summit, a deal, a vote, a collapse), in one
//! of a few families of near-synonyms, and the sentence is given to the nearest earlier
//! event of that family in the same source.

use super::words::stem;
use crate::extract::{clean, sentences};
use crate::model::{Event, EventMention, OpenQuestion, Provenance, Quote, SourceId, Span};

/// Families of nouns that name a happening; a sentence's noun refers back to an event whose
/// own sentence or title uses a noun of the same family.
const FAMILIES: &[&[&str]] = &[
    &[
        "agreement",
        "deal",
        "accord",
        "pact",
        "treaty",
        "signing",
        "compromise",
    ],
    &[
        "talks",
        "negotiations",
        "summit",
        "meeting",
        "session",
        "conference",
        "round",
    ],
    &["vote", "ballot", "motion"],
    &["election", "referendum", "poll"],
    &["ceasefire", "truce", "armistice"],
    &[
        "attack",
        "strike",
        "raid",
        "bombing",
        "shelling",
        "assault",
        "offensive",
    ],
    &[
        "collapse",
        "failure",
        "breach",
        "disaster",
        "accident",
        "crash",
        "derailment",
    ],
    &[
        "flood",
        "flooding",
        "earthquake",
        "quake",
        "fire",
        "wildfire",
        "blaze",
        "storm",
    ],
    &[
        "verdict",
        "ruling",
        "judgment",
        "judgement",
        "sentence",
        "sentencing",
        "conviction",
    ],
    &["trial", "hearing", "case"],
    &[
        "decision",
        "announcement",
        "declaration",
        "statement",
        "communique",
    ],
    &["cut", "hike", "increase", "rise"],
    &["protest", "demonstration", "rally", "march", "walkout"],
    &["evacuation", "rescue"],
    &["resignation", "dismissal", "departure"],
    &["arrest", "detention", "raid"],
    &["visit", "trip", "tour"],
    &["launch", "takeoff", "liftoff"],
    &["merger", "acquisition", "takeover", "sale"],
];

fn family_of(word: &str) -> Option<usize> {
    let w = stem(&word.to_lowercase());
    FAMILIES.iter().position(|f| f.iter().any(|n| stem(n) == w))
}

/// The families of happening nouns a text uses.
fn families_in(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for w in super::words::words(text) {
        if let Some(f) = family_of(&w)
            && !out.contains(&f)
        {
            out.push(f);
        }
    }
    out
}

/// "the deal", "this agreement", "that vote": a determiner then a happening noun (up to one
/// word between: "the opening session", "the trade agreement"). Its span and family.
fn referring_noun(text: &str, sentence: Span) -> Option<(Span, usize)> {
    let s = sentence.slice(text)?;
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let inside = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                words.push((b, s.get(b..i).unwrap_or_default()));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(b) = start {
        words.push((b, s.get(b..).unwrap_or_default()));
    }
    for (k, (at, w)) in words.iter().enumerate() {
        if !matches!(
            w.to_lowercase().as_str(),
            "the" | "this" | "that" | "today's" | "yesterday's"
        ) {
            continue;
        }
        for skip in 1..=2 {
            let Some((nat, noun)) = words.get(k + skip) else {
                break;
            };
            if let Some(f) = family_of(noun) {
                let end = nat + noun.len();
                return Some((Span::new(sentence.start + at, sentence.start + end), f));
            }
        }
    }
    None
}

/// Paragraphs after an event's own within which a bare noun still refers back to it.
const MAX_PARAGRAPHS_BACK: usize = 5;

/// What the back-references of one source add.
#[derive(Debug, Default)]
pub struct BackRefs {
    /// (event index, mention) pairs.
    pub mentions: Vec<(usize, EventMention)>,
    /// (quote index, event index): quotes to link.
    pub quotes: Vec<(usize, usize)>,
    /// (question index, event index): questions to link.
    pub questions: Vec<(usize, usize)>,
}

/// Finds the back-references in one source's text. `events`, `quotes` and `questions` are
/// that source's items (provenance pointing at `source`).
pub fn find(
    text: &str,
    source: &SourceId,
    events: &[Event],
    quotes: &[Quote],
    questions: &[OpenQuestion],
) -> BackRefs {
    let own = |p: &Option<Provenance>| {
        p.as_ref()
            .filter(|p| &p.source == source)
            .map(|p| p.sentence)
    };
    let paragraphs = clean::clean(text).paragraphs;
    let paragraph_of = |pos: usize| paragraphs.partition_point(|p| p.end <= pos);
    // (sentence start, event index, families) of every event of this source, in text order.
    let mut anchors: Vec<(usize, usize, Vec<usize>)> = events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            // The title says what the happening is; the rest of its sentence may name
            // other things ("a deal" in a quote about the talks).
            let s = own(&e.provenance)?;
            let fams = families_in(&e.title);
            (!fams.is_empty()).then_some((s.start, i, fams))
        })
        .collect();
    anchors.sort_unstable();
    let event_sentences: Vec<Span> = events.iter().filter_map(|e| own(&e.provenance)).collect();
    let mut out = BackRefs::default();
    for (pi, para) in paragraphs.iter().enumerate() {
        for sentence in sentences::split(text, *para) {
            if event_sentences.contains(&sentence) {
                continue;
            }
            let Some((noun, family)) = referring_noun(text, sentence) else {
                continue;
            };
            let Some(&(_, ev, _)) = anchors.iter().rev().find(|(start, _, fams)| {
                *start < sentence.start
                    && fams.contains(&family)
                    && pi.saturating_sub(paragraph_of(*start)) <= MAX_PARAGRAPHS_BACK
            }) else {
                continue;
            };
            out.mentions.push((
                ev,
                EventMention::at(Provenance {
                    source: source.clone(),
                    sentence,
                    expression: Some(noun),
                }),
            ));
            for (qi, q) in quotes.iter().enumerate() {
                if q.event.is_none() && own(&q.provenance) == Some(sentence) {
                    out.quotes.push((qi, ev));
                }
            }
            for (qi, q) in questions.iter().enumerate() {
                if q.events.is_empty() && own(&q.provenance) == Some(sentence) {
                    out.questions.push((qi, ev));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn determiner_and_happening_noun() {
        let text = "Under the deal, tariffs fall. He left after the opening session ended.";
        let first = Span::new(0, 29);
        let (span, f) = referring_noun(text, first).unwrap();
        assert_eq!(span.slice(text), Some("the deal"));
        assert_eq!(Some(f), family_of("agreement"));
        let second = Span::new(30, text.len());
        let (span, f) = referring_noun(text, second).unwrap();
        assert_eq!(span.slice(text), Some("the opening session"));
        assert_eq!(Some(f), family_of("talks"));
        assert_eq!(
            referring_noun("The weather was fine.", Span::new(0, 21)),
            None
        );
    }
}
