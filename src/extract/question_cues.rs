//! The words that mark something in an article as unresolved, grouped by the kind of
//! uncertainty they express, and the look-up that finds the first of them in a clause.
//!
//! Each cue is a sequence of lower-case tokens ("remains", "to", "be", "seen"). The kinds:
//! things said to be unclear; decisions, talks and votes still pending; investigations under
//! way; people who did not say, declined to comment or gave no details; claims that are
//! reported, alleged, denied or unconfirmed. And the hedges, whose clause only counts when it
//! can be put as a question (see [`super::hedge_questions`]): modal hedges ("may influence"),
//! expectations ("is expected to"), efforts ("is trying to"), conditions still to be met
//! ("must also win", "wants support from"), suspected links and announcements still to come.

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
    &["not", "known"],
    &["not", "yet", "known"],
    &["not", "immediately", "known"],
    &["remains", "unknown"],
    &["is", "unknown"],
    &["are", "unknown"],
    &["was", "unknown"],
    &["were", "unknown"],
    &["decide", "whether"],
    &["determine", "whether"],
    &["consider", "whether"],
    &["considering", "whether"],
    &["weighing", "whether"],
    &["assess", "whether"],
    &["establish", "whether"],
    &["establish", "how"],
    &["determine", "how"],
    &["investigate", "whether"],
    &["investigating", "whether"],
    // "The big question is whether Sanders continues …", "raises questions about how he
    // will handle defeat", "authorities question whether this was an isolated incident".
    &["question", "is", "whether"],
    &["question", "was", "whether"],
    &["question", "is", "how"],
    &["question", "is", "who"],
    &["question", "is", "what"],
    &["question", "is", "when"],
    &["question", "is", "why"],
    &["question", "now", "is", "whether"],
    &["question", "now", "is", "who"],
    &["question", "now", "is", "how"],
    &["far", "from", "certain"],
    &["far", "from", "clear"],
    &["in", "doubt"],
    &["not", "certain"],
    &["question", "of", "whether"],
    &["question", "whether"],
    &["questioned", "whether"],
    &["questions", "about", "whether"],
    &["questions", "about", "how"],
    &["questions", "over", "whether"],
    &["wonder", "whether"],
    &["wondered", "whether"],
    &["wondering", "whether"],
    // Someone else's not knowing asks only with "whether" ("Cruz did not know whether Pence
    // would endorse him"); "Obama doesn't know what he's doing" is a jibe.
    &["did", "not", "know", "whether"],
    &["didn't", "know", "whether"],
    &["does", "not", "know", "whether"],
    &["doesn't", "know", "whether"],
    &["no", "one", "knows"],
    &["nobody", "knows"],
    // "Whether the document dispels the unhappiness is hard to predict".
    &["hard", "to", "predict"],
    &["hard", "to", "say"],
    &["difficult", "to", "predict"],
    &["difficult", "to", "say"],
    &["impossible", "to", "predict"],
    &["impossible", "to", "say"],
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
    &["no", "progress"],
    &["no", "breakthrough"],
    &["without", "a", "breakthrough"],
    &["without", "an", "agreement"],
    &["without", "agreement"],
    &["failed", "to", "reach"],
    &["postponed", "indefinitely"],
    &["delayed", "indefinitely"],
    &["suspended", "indefinitely"],
    &["no", "new", "date"],
    &["not", "been", "worked", "out"],
    &["not", "worked", "out"],
    &["still", "being", "worked", "out"],
    &["no", "date", "has", "been", "set"],
    &["no", "date", "was", "set"],
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
    &["looking", "into", "whether"],
    &["look", "into", "whether"],
    &["looked", "into", "whether"],
    &["examining", "whether"],
    &["probing", "whether"],
    &["reviewing", "whether"],
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
    &["declined", "to", "speculate"],
    &["declined", "to", "detail"],
    &["declined", "to", "elaborate"],
    &["declined", "to", "discuss"],
    &["declined", "to", "specify"],
    &["declined", "to", "explain"],
    &["declined", "to", "answer"],
    &["declined", "to", "reveal"],
    &["declined", "to", "address"],
    &["declined", "to", "rule", "out"],
    &["declined", "to", "publicly", "detail"],
    &["declined", "to", "publicly", "discuss"],
    &["refused", "to", "comment"],
    &["refused", "to", "discuss"],
    &["would", "not", "comment"],
    &["wouldn't", "say"],
    &["wouldn't", "comment"],
    &["didn't", "say"],
    &["didn't", "respond"],
    &["didn't", "return"],
    &["hasn't", "said"],
    &["haven't", "said"],
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
    &["not", "been", "released"],
    &["not", "been", "identified"],
    &["not", "yet", "been", "identified"],
    &["not", "been", "named"],
    &["not", "yet", "been", "named"],
    &["no", "immediate", "comment"],
    &["no", "immediate", "word"],
    &["not", "immediately", "available"],
    &["not", "available", "for", "comment"],
    &["did", "not", "return"],
    &["did", "not", "immediately", "return"],
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
    &["unverified"],
    &["could", "not", "be", "verified"],
    &["could", "not", "verify"],
    &["could", "not", "confirm"],
    &["could", "not", "immediately", "confirm"],
    &["could", "not", "immediately", "verify"],
    &["could", "not", "be", "confirmed"],
    &["could", "not", "independently", "confirm"],
    &["could", "not", "be", "independently", "confirmed"],
    &["no", "one", "has", "claimed"],
    &["no", "group", "has", "claimed"],
    &["nobody", "has", "claimed"],
];

/// A modal hedge on what will happen: "election politics may influence the vote", "the city
/// could be placed under lockdown". Only before a lower-case verb (not "May 27", not "could
/// not").
const HEDGE: &[&[&str]] = &[
    &["may"],
    &["might"],
    &["could"],
    &["will", "appeal"],
    &["would", "appeal"],
];

/// An expectation or a tentative plan, not a fact yet.
const EXPECTED: &[&[&str]] = &[
    &["expected", "to"],
    &["likely", "to"],
    &["unlikely", "to"],
    &["likely", "that"],
    &["unlikely", "that"],
    &["possible", "that"],
    &["no", "evidence", "that"],
    &["tentatively"],
    &["provisionally"],
];

/// An effort whose outcome is open: "the council is trying to finish the works".
const EFFORT: &[&[&str]] = &[
    &["trying", "to"],
    &["seeking", "to"],
    &["attempting", "to"],
    &["struggling", "to"],
    &["hoping", "to"],
    &["hopes", "to"],
    &["plans", "to", "appeal"],
    &["intends", "to", "appeal"],
];

/// A condition still to be met: support or approval still needed, a deal that may not come.
const CONDITION: &[&[&str]] = &[
    &["must", "also"],
    &["must", "still"],
    &["must", "first"],
    &["still", "needs"],
    &["still", "need"],
    &["wants", "support"],
    &["want", "support"],
    &["needs", "support"],
    &["need", "support"],
    &["seeks", "support"],
    &["wants", "the", "support"],
    &["needs", "the", "support"],
    &["needs", "the", "approval"],
    &["needs", "approval"],
    &["requires", "approval"],
    &["requires", "the", "approval"],
    &["if", "there", "is", "no"],
    &["if", "no"],
];

/// A link suspected, not established.
const SUSPECTED: &[&[&str]] = &[
    &["possible", "link"],
    &["possible", "links"],
    &["possible", "connection"],
    &["possibly", "linked"],
    &["suspected", "links"],
    &["suspected", "link"],
];

/// A cause still to be found: "working to determine the cause of the crash".
const CAUSE: &[&[&str]] = &[
    &["determine", "the", "cause"],
    &["establish", "the", "cause"],
    &["investigate", "the", "cause"],
    &["investigating", "the", "cause"],
];

/// An announcement still to come.
const ANNOUNCEMENT: &[&[&str]] = &[
    &["to", "be", "announced"],
    &["will", "be", "announced"],
    &["to", "be", "named"],
    &["will", "be", "named"],
];

/// The kind of uncertainty a cue expresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    Unclear,
    Pending,
    Investigation,
    NotSaid,
    Disputed,
    Hedge,
    Expected,
    Effort,
    Condition,
    Suspected,
    Cause,
    Announcement,
}

impl CueKind {
    /// A hedge: its clause gives a question only when it can be phrased as one ("Will the
    /// bill win support?"), never as the statement it is.
    pub fn is_hedge(self) -> bool {
        matches!(
            self,
            Self::Hedge
                | Self::Expected
                | Self::Effort
                | Self::Condition
                | Self::Suspected
                | Self::Cause
                | Self::Announcement
        )
    }
}

const KINDS: &[(CueKind, &[&[&str]])] = &[
    (CueKind::Unclear, UNCLEAR),
    (CueKind::Pending, PENDING),
    (CueKind::Investigation, INVESTIGATION),
    (CueKind::NotSaid, NOT_SAID),
    (CueKind::Disputed, DISPUTED),
    (CueKind::Hedge, HEDGE),
    (CueKind::Expected, EXPECTED),
    (CueKind::Effort, EFFORT),
    (CueKind::Condition, CONDITION),
    (CueKind::Suspected, SUSPECTED),
    (CueKind::Cause, CAUSE),
    (CueKind::Announcement, ANNOUNCEMENT),
];

/// Where a cue starts in a clause, how many tokens it has and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub at: usize,
    pub len: usize,
    pub kind: CueKind,
}

fn all_cues() -> impl Iterator<Item = (CueKind, &'static [&'static str])> {
    KINDS
        .iter()
        .flat_map(|(kind, cues)| cues.iter().map(move |c| (*kind, *c)))
}

type Entry = (CueKind, &'static [&'static str]);

// Cues by their first word: one look-up per token instead of a pass over every cue.
static BY_FIRST: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, Vec<Entry>>> =
    std::sync::LazyLock::new(|| {
        let mut m: rustc_hash::FxHashMap<&'static str, Vec<Entry>> =
            rustc_hash::FxHashMap::default();
        for (kind, cue) in all_cues() {
            if let Some(first) = cue.first() {
                m.entry(*first).or_default().push((kind, cue));
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
            "and", "so", "far", "under", "if", "there", "will",
        ];
        all_cues()
            .map(|(_, c)| c)
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
    cues(toks).into_iter().next()
}

/// Every cue in `toks`, in order; where several start at one place the longest wins ("not
/// yet commented" over "not yet"), and the next is looked for after it.
pub fn cues(toks: &[Token<'_>]) -> Vec<Cue> {
    // Most sentences hold no cue word at all: check that cheaply before lower-casing them.
    let maybe = toks.iter().any(|t| TELLING.contains(t.lower().as_str()));
    if !maybe {
        return Vec::new();
    }
    let lower: Vec<Lower<'_>> = toks.iter().map(Token::lower).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < lower.len() {
        let Some(entries) = lower.get(k).and_then(|w| BY_FIRST.get(w.as_str())) else {
            k += 1;
            continue;
        };
        let best = entries
            .iter()
            .filter(|(kind, cue)| {
                lower
                    .get(k..k + cue.len())
                    .is_some_and(|w| w.iter().zip(cue.iter()).all(|(a, b)| a == b))
                    && (*kind != CueKind::Hedge || modal_hedge_at(toks, k))
                    && !(cue == &["undecided"] && poll_share(toks, k))
                    && !(cue.ends_with(&["known"]) && reputation(toks, k + cue.len()))
                    && !(cue.ends_with(&["know"]) && first_person_singular(toks, k))
                    && (!cue.ends_with(&["knows"]) || wh_follows(toks, k + cue.len()))
            })
            .max_by_key(|(_, cue)| cue.len());
        if let Some(&(kind, cue)) = best {
            out.push(Cue {
                at: k,
                len: cue.len(),
                kind,
            });
            k += cue.len();
        } else {
            k += 1;
        }
    }
    out
}

/// "not known for its transparency", "not known as a debate expert": a reputation, nothing
/// unknown.
fn reputation(toks: &[Token<'_>], after: usize) -> bool {
    toks.get(after)
        .is_some_and(|t| matches!(t.lower().as_str(), "as" | "for" | "to"))
}

/// "I don't know where that's coming from": the speaker's own opinion, not a question the
/// article leaves open ("we don't know yet how many died", an official's, still is one).
fn first_person_singular(toks: &[Token<'_>], k: usize) -> bool {
    (1..=2)
        .filter_map(|d| k.checked_sub(d))
        .filter_map(|j| toks.get(j))
        .any(|t| t.text == "I")
}

/// "nobody knows why the line failed" asks; "the stories that nobody knows" does not.
fn wh_follows(toks: &[Token<'_>], at: usize) -> bool {
    toks.get(at).is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "whether" | "if" | "how" | "why" | "what" | "when" | "where" | "who" | "which"
        )
    })
}

/// "6 percent undecided", "undecided voters": a share of a poll, no question left open.
fn poll_share(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k + 1)
        .is_some_and(|t| matches!(t.lower().as_str(), "voters" | "delegates" | "respondents"))
        || toks
            .iter()
            .any(|t| t.text == "%" || t.is("percent") || t.is("per") || t.is("poll"))
}

/// "may influence", "could be placed": a modal written in lower case (not the month "May")
/// before a lower-case verb, not negated ("could not start" tells what happened).
fn modal_hedge_at(toks: &[Token<'_>], k: usize) -> bool {
    let modal_lower = toks
        .get(k)
        .is_some_and(|t| t.text.bytes().all(|b| b.is_ascii_lowercase()));
    let verb = toks.get(k + 1).filter(|t| {
        !(t.is("not") || t.is("never") || t.is("n't") || t.is("hardly") || t.is("no"))
            && t.is_word()
    });
    modal_lower && verb.is_some_and(|v| v.text.bytes().all(|b| b.is_ascii_lowercase()))
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

    fn kind_of(s: &str) -> Option<CueKind> {
        cues(&tokenize(s, 0)).first().map(|c| c.kind)
    }

    #[test]
    fn each_hedge_kind_is_found() {
        for (s, kind) in [
            ("The strike may delay the harvest.", CueKind::Hedge),
            ("The levy is expected to pass.", CueKind::Expected),
            ("The board has tentatively set a date.", CueKind::Expected),
            ("The council is trying to finish the wall.", CueKind::Effort),
            ("The treaty must also win approval.", CueKind::Condition),
            ("The city wants support from the bank.", CueKind::Condition),
            (
                "Findings suggested possible links to a gang.",
                CueKind::Suspected,
            ),
            (
                "Experts will determine the cause of the fire.",
                CueKind::Cause,
            ),
            (
                "The winner will be announced on Friday.",
                CueKind::Announcement,
            ),
            ("The cause of the fire is not known.", CueKind::Unclear),
            (
                "The names of the victims have not been released.",
                CueKind::NotSaid,
            ),
            (
                "The claim could not be independently confirmed.",
                CueKind::Disputed,
            ),
            ("The talks ended with no breakthrough.", CueKind::Pending),
        ] {
            assert_eq!(kind_of(s), Some(kind), "{s}");
        }
    }

    #[test]
    fn modals_that_hedge_nothing_are_no_cues() {
        for s in [
            "The court met on May 27.",
            "May brought floods to the valley.",
            "The repairs could not start in time.",
            "Could the vote be moved?",
        ] {
            assert_eq!(kind_of(s), None, "{s}");
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
