//! The words that mark something in an article as unresolved, grouped by the kind of
//! uncertainty they express, and the look-up that finds the first of them in a clause.
//!
//! Each cue is a sequence of lower-case tokens ("remains", "to", "be", "seen"). The kinds:
//! things said to be unclear; decisions, talks and votes still pending; investigations under
//! way; people who did not say, declined to comment or gave no details; claims that are
//! reported, alleged, denied or unconfirmed.

use super::tokens::{Lower, Token};

/// Something is said to be unclear, unknown or undecided.
const UNCLEAR: &[&[&str]] = &[
    &["unresolved"],
    &["unclear"],
    &["not", "clear"],
    &["not", "immediately", "clear"],
    &["not", "yet", "clear"],
    &["depends", "on", "whether"],
    &["remains", "to", "be", "seen"],
    &["remain", "to", "be", "seen"],
    &["undecided"],
    &["open", "question"],
    &["questions", "remain"],
    &["uncertain"],
    &["uncertainty", "over"],
    &["uncertainty", "about"],
    &["uncertainty", "surrounding"],
    &["uncertainty", "remains"],
    &["unanswered"],
    &["unknown", "whether"],
    &["too", "early", "to", "say"],
    &["remains", "open"],
    &["remains", "unclear"],
    &["don't", "know"],
    &["do", "not", "know"],
    &["not", "sure"],
    &["no", "answer"],
];

/// A decision, agreement, vote or talks not reached yet.
const PENDING: &[&[&str]] = &[
    &["stopped", "short"],
    &["stop", "short"],
    &["not", "formally", "endorsed"],
    &["not", "endorsed"],
    &["softened"],
    &["yet", "to"],
    &["not", "yet"],
    &["still", "to", "be"],
    &["no", "decision"],
    &["no", "final", "decision"],
    &["still", "under", "discussion"],
    &["remains", "under", "discussion"],
    &["is", "under", "discussion"],
    &["obstacles", "remain"],
    &["partly", "agreed"],
    &["sticking", "point"],
    &["not", "been", "agreed"],
    &["not", "agreed"],
    &["to", "be", "negotiated"],
    &["to", "be", "determined"],
    &["not", "been", "decided"],
    &["not", "decided"],
    &["unsettled"],
    &["not", "been", "finalised"],
    &["not", "been", "finalized"],
    &["not", "settled"],
    &["not", "been", "settled"],
    &["not", "been", "resolved"],
    &["not", "resolved"],
    &["not", "concluded"],
    &["not", "officially"],
    &["still", "being", "discussed"],
    &["yet", "to", "be", "agreed"],
    &["haven't", "decided"],
    &["no", "agreement"],
    &["still", "working", "out"],
    &["so", "far", "failed"],
    &["wait", "and", "see"],
    &["pending"],
    &["awaiting"],
];

/// An investigation or inquiry still under way.
const INVESTIGATION: &[&[&str]] = &[
    &["under", "investigation"],
    &["being", "investigated"],
    &["is", "investigating"],
    &["are", "investigating"],
    &["were", "investigating"],
    &["investigation", "is", "underway"],
    &["investigation", "is", "under", "way"],
    &["investigation", "is", "ongoing"],
    &["investigation", "is", "continuing"],
    &["being", "looked", "into"],
];

/// Someone did not say, declined to comment or gave no details.
const NOT_SAID: &[&[&str]] = &[
    &["not", "commented"],
    &["has", "not", "said"],
    &["have", "not", "said"],
    &["declined", "to", "comment"],
    &["declined", "to", "say"],
    &["declined", "to", "give"],
    &["declined", "to", "disclose"],
    &["declined", "to", "confirm"],
    &["refused", "to", "say"],
    &["would", "not", "say"],
    &["did", "not", "say"],
    &["did", "not", "specify"],
    &["did", "not", "disclose"],
    &["did", "not", "give", "details"],
    &["did", "not", "offer", "any", "details"],
    &["did", "not", "provide", "details"],
    &["without", "offering", "any", "details"],
    &["without", "giving", "details"],
    &["without", "giving", "any", "details"],
    &["without", "elaborating"],
    &["no", "details"],
    &["details", "are", "set", "to", "follow"],
    &["details", "to", "follow"],
    &["no", "response", "has", "been"],
    &["did", "not", "respond"],
    &["did", "not", "immediately", "respond"],
    &["could", "not", "be", "reached"],
];

/// A claim that is reported, alleged, denied or not confirmed.
const DISPUTED: &[&[&str]] = &[
    &["reportedly"],
    &["allegedly"],
    &["unconfirmed"],
    &["not", "been", "confirmed"],
    &["not", "independently", "verified"],
    &["could", "not", "independently", "verify"],
    &["could", "not", "be", "independently", "verified"],
    &["denied", "reports"],
    &["denied", "responsibility"],
    &["conflicting", "accounts"],
    &["conflicting", "reports"],
    &["reserves", "the", "right"],
];

const KINDS: &[&[&[&str]]] = &[UNCLEAR, PENDING, INVESTIGATION, NOT_SAID, DISPUTED];

/// Where a cue starts in a clause and how many tokens it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub at: usize,
    pub len: usize,
}

fn all_cues() -> impl Iterator<Item = &'static [&'static str]> {
    KINDS.iter().flat_map(|kind| kind.iter().copied())
}

// Cues by their first word: one look-up per token instead of a pass over every cue.
static BY_FIRST: std::sync::LazyLock<
    rustc_hash::FxHashMap<&'static str, Vec<&'static [&'static str]>>,
> = std::sync::LazyLock::new(|| {
    let mut m: rustc_hash::FxHashMap<&'static str, Vec<&'static [&'static str]>> =
        rustc_hash::FxHashMap::default();
    for cue in all_cues() {
        if let Some(first) = cue.first() {
            m.entry(*first).or_default().push(cue);
        }
    }
    m
});

// One telling word per cue ("decision" rather than "no"), so that ordinary sentences with
// "not" or "to" are neither lower-cased nor scanned.
static TELLING: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        const COMMON: &[&str] = &[
            "not", "to", "be", "been", "no", "the", "a", "remain", "remains", "too", "still",
            "being", "yet", "do", "did", "is", "are", "were", "would", "could", "has", "any",
            "and", "so", "far", "under",
        ];
        all_cues()
            .filter_map(|c| {
                c.iter()
                    .find(|w| !COMMON.contains(w))
                    .or(c.first())
                    .copied()
            })
            .collect()
    });

/// The first cue in `toks`, if any.
pub fn has_cue(toks: &[Token<'_>]) -> Option<Cue> {
    // Most sentences hold no cue word at all: check that cheaply before lower-casing them.
    let maybe = toks.iter().any(|t| TELLING.contains(t.lower().as_str()));
    if !maybe {
        return None;
    }
    let lower: Vec<Lower<'_>> = toks.iter().map(Token::lower).collect();
    for k in 0..lower.len() {
        let Some(cues) = lower.get(k).and_then(|w| BY_FIRST.get(w.as_str())) else {
            continue;
        };
        // The longest cue at a place wins ("not yet commented" over "not yet").
        let best = cues
            .iter()
            .filter(|cue| {
                lower
                    .get(k..k + cue.len())
                    .is_some_and(|w| w.iter().zip(cue.iter()).all(|(a, b)| a == b))
            })
            .map(|cue| cue.len())
            .max();
        if let Some(len) = best {
            return Some(Cue { at: k, len });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn cue_words(s: &str) -> Option<String> {
        let toks = tokenize(s, 0);
        let cue = has_cue(&toks)?;
        Some(
            toks[cue.at..cue.at + cue.len]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    #[test]
    fn each_kind_is_found() {
        for (s, cue) in [
            ("It is unclear who paid.", "unclear"),
            ("The vote has not yet been held.", "not yet"),
            ("The cause is under investigation.", "under investigation"),
            ("The ministry declined to comment.", "declined to comment"),
            ("He did not say whether he would run.", "did not say"),
            ("The ship was reportedly hit.", "reportedly"),
        ] {
            assert_eq!(cue_words(s).as_deref(), Some(cue), "{s}");
        }
    }

    #[test]
    fn the_longest_cue_at_a_place_wins() {
        assert_eq!(
            cue_words("The army did not immediately respond.").as_deref(),
            Some("did not immediately respond")
        );
    }

    #[test]
    fn plain_sentences_have_none() {
        for s in [
            "The council did not meet on Monday.",
            "He said the investigation found no fault.",
            "The ferry is not running today.",
        ] {
            assert_eq!(cue_words(s), None, "{s}");
        }
    }
}
