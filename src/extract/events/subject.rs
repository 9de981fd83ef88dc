//! Subjects of an event clause: who a relative pronoun, an elided subject, a parenthetical
//! or a subject pronoun refers to, and the noun phrase before a clause that opens with its
//! verb. The title names them ("He resigned" → "Mira Solberg resigned").

use super::clause::{clause_of, is_boundary, verb_like};
use crate::extract::actors::{Found, MentionKind};
use crate::extract::tokens::{Token, TokenKind};

/// "Theodora Quill, who designed the bridge, died on Sunday": a clause opening with its verb
/// right after a parenthetical takes the name before the parenthetical as its subject.
pub(super) fn parenthetical_subject(
    found: &Found,
    si: usize,
    toks: &[Token<'_>],
    start: usize,
) -> Option<(usize, String)> {
    if !(start > 0
        && toks.get(start - 1).is_some_and(|t| t.text == ",")
        && verb_like(toks.get(start)))
    {
        return None;
    }
    // The comma opening the parenthetical: the one before, within a few words.
    let open = (start.saturating_sub(30)..start - 1)
        .rev()
        .find(|&k| toks.get(k).is_some_and(|t| t.text == ","))?;
    let before = toks.get(open.checked_sub(1)?)?;
    let m = found
        .in_sentence(si)
        .iter()
        .find(|m| m.kind == MentionKind::Name && m.span.end == before.end())?;
    // The name opens its clause ("Theodora Quill, …"), not an object ("met Quill, …").
    let first = toks
        .iter()
        .position(|t| t.start() >= m.span.start)
        .unwrap_or(0);
    if first > 0 && !toks.get(first - 1).is_some_and(is_boundary) {
        return None;
    }
    let a = found.actors.get(m.actor)?;
    Some((m.actor, a.name.clone()))
}

/// The subject of a clause that opens with its verb at `start`: the words that open the
/// clause before it ("The State Cabinet, on Saturday, gave…", "CSW Industrials, Inc.
/// (Nasdaq: CSWI) today reported…" gives "CSWI") or the noun phrase before a relative
/// "that" ("a White Paper that was submitted…"). At most six words, none a verb, the
/// first capitalised or a determiner.
pub(super) fn subject_phrase_before<'a, 't>(
    toks: &'a [Token<'t>],
    start: usize,
    a: usize,
    b: usize,
) -> Option<&'a [Token<'t>]> {
    let mut k = start;
    // "a White Paper that was submitted…", "The lawsuit, which will be filed…".
    let relative = k > 0
        && toks
            .get(k - 1)
            .is_some_and(|t| t.is("that") || t.is("which"));
    if relative {
        k -= 1;
    }
    while k > 0 && toks.get(k - 1).is_some_and(is_boundary) {
        k -= 1;
    }
    // An age set off by commas ("Firefighter Marcos Leal, 34, died").
    if k >= 2
        && toks
            .get(k - 1)
            .is_some_and(|t| t.kind == TokenKind::Number && t.text.len() <= 3)
        && toks.get(k - 2).is_some_and(|t| t.text == ",")
    {
        k -= 2;
    }
    // A trigger phrase set off between the subject and its verb (", on Saturday,").
    if a < k && b <= k && b + 2 >= k {
        k = a;
        while k > 0
            && toks
                .get(k - 1)
                .is_some_and(|t| is_boundary(t) || (t.is_word() && !t.is_capitalised()))
            && start - k < 6
        {
            k -= 1;
        }
    }
    if k == 0 {
        return None;
    }
    let (s, _, _) = clause_of(toks, k - 1, k);
    // A relative "that" follows a noun phrase inside a longer clause: from its determiner.
    let s = (s..k)
        .rev()
        .find(|&i| {
            toks.get(i)
                .is_some_and(|t| matches!(t.lower().as_str(), "a" | "an" | "the"))
        })
        .filter(|_| {
            toks.get(start.saturating_sub(1))
                .is_some_and(|t| t.is("that") || t.is("which"))
        })
        .unwrap_or(s);
    let phrase = toks.get(s..k)?;
    let words_only = phrase
        .iter()
        .all(|t| t.is_word() || t.text == "." || t.text == "'s");
    // Before "which", a noun phrase only: "as the campaign moves to South Carolina, which
    // has…" is about South Carolina.
    let after_which = toks
        .get(start.saturating_sub(1))
        .is_some_and(|t| t.is("which"));
    // "the peak for the federal minimum wage, which occurred…": after a preposition the
    // phrase is no antecedent of its own.
    let after_preposition = s.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "for"
                | "since"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "with"
                | "from"
                | "by"
                | "after"
                | "before"
                | "about"
                | "than"
        )
    });
    // A preposition inside, or a verb in "-s" after three words ("the campaign moves to
    // …"): no plain noun phrase.
    let plain_noun_phrase = || {
        phrase.iter().all(|t| {
            let preposition = matches!(
                t.lower().as_str(),
                "to" | "in" | "on" | "at" | "for" | "with" | "from" | "by" | "as" | "than"
            );
            let present_verb = t.is_word()
                && !t.is_capitalised()
                && t.text.ends_with('s')
                && t.text.len() > 3
                && phrase.len() > 3;
            !preposition && !present_verb
        })
    };
    let simple = !after_which || (!after_preposition && plain_noun_phrase());
    let opens = phrase
        .first()
        .is_some_and(|t| t.is_capitalised() || matches!(t.lower().as_str(), "a" | "an" | "the"));
    (!phrase.is_empty()
        && phrase.len() <= 6
        && words_only
        && simple
        && opens
        && !(s..k).any(|i| verb_like(toks.get(i))))
    .then_some(phrase)
}

/// The actor (name) a clause starting at `opener` refers back to.
pub(super) fn subject_before(
    found: &Found,
    sent: usize,
    toks: &[Token<'_>],
    opener: usize,
) -> Option<(usize, String)> {
    let op = toks.get(opener)?;
    if op.is("which") || op.is("who") {
        // Antecedent: the last name before the relative pronoun.
        let before = op.start();
        let m = found
            .in_sentence(sent)
            .iter()
            .rev()
            .find(|m| m.span.end <= before && m.kind == MentionKind::Name)?;
        let a = found.actors.get(m.actor)?;
        return Some((m.actor, a.name.clone()));
    }
    if op.is("and") || op.is("but") {
        // Elided subject: the subject of the clause before.
        let (s, _, prev_opener) = clause_of(toks, opener, opener);
        if let Some(po) = prev_opener {
            return subject_before(found, sent, toks, po);
        }
        let from = toks.get(s)?.start();
        let m = found
            .in_sentence(sent)
            .iter()
            .find(|m| m.span.start >= from && m.span.end <= op.start())?;
        let a = found.actors.get(m.actor)?;
        return Some((m.actor, a.name.clone()));
    }
    None
}

/// Who a subject pronoun at `pos` stands for: the most recent person ("he", "she") or
/// organisation, country or group ("it", "they") named in this sentence or the two before.
/// With the document, "it" and "they" take only a name standing before any verb of its
/// sentence, a subject: in "In 1993, radical Islamists bombed the World Trade Center. In
/// 2000, they attacked the USS Cole" they are not the World Trade Center.
pub(super) fn pronoun_referent(
    doc: Option<&crate::extract::Doc<'_>>,
    found: &Found,
    si: usize,
    pos: usize,
    word: &str,
) -> Option<(usize, String)> {
    use crate::model::ActorKind;
    let person = match word {
        "He" | "he" | "She" | "she" => true,
        "It" | "it" | "They" | "they" => false,
        _ => return None,
    };
    let upto = found.mentions.partition_point(|m| m.span.end <= pos);
    let m = found
        .mentions
        .get(..upto)?
        .iter()
        .rev()
        .take_while(|m| m.sentence + if person { 5 } else { 2 } >= si)
        .find(|m| {
            m.kind == MentionKind::Name
                && found.actors.get(m.actor).is_some_and(|a| {
                    (a.kind == ActorKind::Person) == person
                        && (person
                            || word.eq_ignore_ascii_case("they")
                            || a.kind != ActorKind::Group)
                })
        })?;
    // The clause before the name, at most a dozen tokens back (a transcript "sentence" may
    // hold thousands: the look stays bounded).
    let object = !person
        && doc
            .and_then(|d| d.sentences.get(m.sentence))
            .is_some_and(|sent| {
                let at = sent.tokens.partition_point(|t| t.start() < m.span.start);
                sent.tokens
                    .get(at.saturating_sub(12)..at)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .take_while(|t| !is_boundary(t))
                    .any(|t| verb_like(Some(t)))
            });
    if object {
        return None;
    }
    let a = found.actors.get(m.actor)?;
    Some((m.actor, a.name.clone()))
}
