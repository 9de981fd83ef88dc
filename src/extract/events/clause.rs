//! Clause boundaries inside one tokenized sentence: where the clause around a time
//! expression starts and ends, what opens it, and which words look like verbs. Used to cut
//! an event title out of its sentence.

use crate::extract::tokens::Token;

/// Common past-tense and auxiliary verbs that do not end in "-ed".
const COMMON_VERBS: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "began",
    "begun",
    "met",
    "held",
    "took",
    "made",
    "signed",
    "won",
    "lost",
    "fell",
    "rose",
    "led",
    "left",
    "went",
    "came",
    "saw",
    "became",
    "struck",
    "hit",
    "sent",
    "set",
    "spoke",
    "told",
    "said",
    "gave",
    "agreed",
    "announced",
    "launched",
    "invaded",
    "annexed",
    "returned",
    "opened",
    "closed",
    "killed",
    "declared",
    "shot",
    "built",
    "ran",
    "sought",
    "fought",
    "drew",
    "broke",
    // Irregular past tenses with no other common sense ("rode in a rickshaw").
    "rode",
    "wrote",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "chose",
    "froze",
    "stole",
    "woke",
    "wore",
    "tore",
    "swore",
    "fled",
    "dealt",
    "felt",
    "kept",
    "slept",
    "swept",
    "wept",
    "spent",
    "paid",
    "sold",
    "stood",
    "caught",
    "taught",
    "bought",
    "brought",
    "sat",
    "swam",
    "sang",
    "sank",
    "drank",
    "forgot",
    "got",
    "shook",
    "stuck",
    "arose",
    "dug",
    "hung",
    "swung",
    "sprang",
    "shrank",
    "forgave",
    "overtook",
    "withdrew",
    "overthrew",
    "oversaw",
    "upheld",
    "withheld",
];

/// "4.2", "4,200": punctuation written between two digits belongs to the number.
fn is_number_glue(toks: &[Token<'_>], k: usize) -> bool {
    let digit = |t: &Token<'_>| t.text.bytes().all(|b| b.is_ascii_digit());
    match (
        k.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(k),
        toks.get(k + 1),
    ) {
        (Some(p), Some(t), Some(n)) => {
            matches!(t.text, "." | ",")
                && p.end() == t.start()
                && t.end() == n.start()
                && digit(p)
                && digit(n)
        }
        _ => false,
    }
}

/// Punctuation that closes a clause.
/// The "." at `k` closes an initial or a short abbreviation inside a name ("George W.
/// Bush", "U.S. Navy", "Mrs. Clinton"), not the clause: written against a capital letter or
/// two or a title's abbreviation, with a capitalised word next.
fn is_initial_dot(toks: &[Token<'_>], k: usize) -> bool {
    let before = k.checked_sub(1).and_then(|p| toks.get(p));
    let (Some(dot), Some(next)) = (toks.get(k), toks.get(k + 1)) else {
        return false;
    };
    before.is_some_and(|p| {
        p.end() == dot.start()
            && ((p.text.len() <= 2 && p.text.bytes().all(|b| b.is_ascii_uppercase()))
                || matches!(
                    p.text,
                    "Mr" | "Mrs"
                        | "Ms"
                        | "Dr"
                        | "Sen"
                        | "Rep"
                        | "Gov"
                        | "Gen"
                        | "Lt"
                        | "Col"
                        | "Prof"
                        | "St"
                        | "Jr"
                        | "Sr"
                        | "Rev"
                        | "Sgt"
                        | "Capt"
                ))
    }) && next.is_capitalised()
}

pub(super) fn is_boundary(t: &Token<'_>) -> bool {
    matches!(
        t.text,
        "," | ";" | ":" | "—" | "–" | "(" | ")" | "“" | "”" | "\"" | "‘" | "’"
    )
}

/// A word that opens a subordinate or relative clause.
fn is_clause_word(t: &Token<'_>) -> bool {
    matches!(
        t.lower().as_str(),
        "which"
            | "who"
            | "that"
            | "while"
            | "whereas"
            | "although"
            | "though"
            | "because"
            | "after"
            | "before"
            | "when"
            | "since"
    )
}

/// [`COMMON_VERBS`] as a set: one hash look-up per word, however long the list grows.
static COMMON_VERBS_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| COMMON_VERBS.iter().copied().collect());

/// A lower-case word ending in "-ed" or a common verb form.
pub(crate) fn verb_like(t: Option<&Token<'_>>) -> bool {
    t.is_some_and(|t| {
        if !t.is_word() || t.is_capitalised() {
            return false;
        }
        let l = t.lower();
        l.ends_with("ed") || COMMON_VERBS_SET.contains(l.as_str())
    })
}

/// "In a phone call on Monday", "As of 5 pm on May 30": the clause from `start` up to the
/// trigger at `a` is a prepositional phrase without a verb.
pub(super) fn fronted_phrase(toks: &[Token<'_>], start: usize, a: usize) -> bool {
    toks.get(start).is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "in" | "on" | "at" | "during" | "as" | "by" | "since" | "after" | "before" | "until"
        )
    }) && a > start
        && a - start <= 6
        && !(start..a).any(|k| verb_like(toks.get(k)))
}

/// How far a clause reaches from its trigger, in tokens, each way. A briefing line keeps at
/// most 16 words, and a list or transcript with no clause marks must not make every one of
/// its dates scan the whole "sentence" (issue 17: quadratic time).
pub(super) const CLAUSE_REACH: usize = 48;

/// Token index range of the clause around `a..b` (the trigger) and what starts it.
pub(super) fn clause_of(toks: &[Token<'_>], a: usize, b: usize) -> (usize, usize, Option<usize>) {
    let mut start = a;
    let mut opener = None;
    let first = a.saturating_sub(CLAUSE_REACH);
    let last = toks.len().min(b.saturating_add(CLAUSE_REACH));
    while start > first {
        let t = &toks[start - 1];
        if is_boundary(t) && !is_number_glue(toks, start - 1) {
            break;
        }
        if is_clause_word(t)
            || (t.is("and") && verb_like(toks.get(start)))
            || (t.is("but") && start > 1)
        {
            opener = Some(start - 1);
            break;
        }
        start -= 1;
    }
    let mut end = b;
    while end < last
        && (is_number_glue(toks, end)
            || (!is_boundary(&toks[end])
                && !is_clause_word(&toks[end])
                && (toks[end].text != "." || is_initial_dot(toks, end))))
    {
        if toks[end].is("and") && verb_like(toks.get(end + 1)) {
            break;
        }
        end += 1;
    }
    (start, end, opener)
}
