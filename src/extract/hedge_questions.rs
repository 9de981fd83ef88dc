//! Hedged clauses put as questions. What an article only expects, attempts, makes
//! conditional, suspects or hedges with "may" becomes a question about its subject:
//! "Election politics may influence the third reading" → "Will election politics influence
//! the third reading?"; "the bill, which is expected to be voted through on December 15" →
//! "Will the bill be voted through on December 15?". A hedged clause that cannot be put so
//! (no plain subject, first or second person, inside a quotation) gives nothing: unlike the
//! explicit cues of [`super::question_cues`], a hedge stated as it stands is no question.

use super::question_cues::{Cue, CueKind};
use super::tokens::Token;

/// The question a hedge cue in clause `ct` gives, if the clause can be put as one.
pub fn hedge_question(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    if personal(ct) {
        return None;
    }
    let first = ct.get(cue.at)?.lower();
    let q = match cue.kind {
        CueKind::Hedge => modal(text, ct, cue.at),
        CueKind::Expected if matches!(first.as_str(), "tentatively" | "provisionally") => {
            tentative(text, ct, cue)
        }
        CueKind::Expected if word(ct, cue.at + cue.len - 1) == "that" => {
            inverted(text, ct.get(cue.at + cue.len..)?)
        }
        CueKind::Expected | CueKind::Effort => to_infinitive(text, ct, cue),
        CueKind::Condition => condition(text, ct, cue),
        CueKind::Suspected => suspected_link(text, ct, cue),
        CueKind::Cause => cause(text, ct, cue),
        CueKind::Announcement => announcement(text, ct, cue),
        _ => None,
    }?;
    // A question of three words or fewer ("Will he succeed?") says nothing without the
    // sentence it came from.
    (q.split_whitespace().count() >= 4).then_some(q)
}

/// The cue at `k` of `sentence` lies inside a quotation: the last quote mark before it
/// opens one, or the first after it is a closing curly mark.
pub fn in_quote(sentence: &[Token<'_>], k: usize) -> bool {
    let mut open = false;
    for t in sentence.iter().take(k) {
        match t.text {
            "“" | "«" => open = true,
            "”" | "»" => open = false,
            "\"" => open = !open,
            _ => {}
        }
    }
    open || sentence
        .iter()
        .skip(k)
        .find(|t| matches!(t.text, "“" | "”" | "\"" | "«" | "»"))
        .is_some_and(|t| matches!(t.text, "”" | "»"))
}

/// Words of the first or second person: a speaker's own hopes and doubts, a song, an
/// advertisement ("you may earn"), not the article's open questions.
pub fn personal(toks: &[Token<'_>]) -> bool {
    toks.iter().any(|t| {
        t.text == "I"
            || t.text.starts_with("I'")
            || t.text.starts_with("I’")
            || matches!(t.text, "us" | "me")
            || matches!(
                t.lower().as_str(),
                "we" | "we're" | "we've" | "we'll" | "our" | "you" | "you're" | "your" | "my"
            )
    })
}

const BE: &[&str] = &["is", "are", "was", "were", "am", "be", "been", "'s", "’s"];
pub(super) const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "do", "does", "did",
];
const PREPOSITIONS: &[&str] = &[
    "to", "for", "in", "on", "at", "with", "from", "by", "after", "into", "near", "over", "under",
    "about", "between", "among", "against", "than", "as",
];
/// Words after which a subject starts: reporting verbs and conjunctions that open a clause.
const OPENERS: &[&str] = &[
    "that", "said", "says", "say", "told", "means", "added", "noted", "warned", "stated",
    "believes", "thinks", "if", "when", "while", "because", "although", "though", "since",
    "before", "after", "as", "whether", "unless", "until", "so", "how", "where", "why",
];
const CONNECTIVES: &[&str] = &[
    "and",
    "but",
    "yet",
    "however",
    "still",
    "now",
    "also",
    "meanwhile",
    "then",
    "thus",
];

pub(super) fn slice<'a>(text: &'a str, toks: &[Token<'_>]) -> &'a str {
    match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => text.get(a.start()..b.end()).unwrap_or(""),
        _ => "",
    }
}

pub(super) fn word(ct: &[Token<'_>], k: usize) -> String {
    ct.get(k).map(|t| t.lower().to_string()).unwrap_or_default()
}

/// The lower-cased word right before token `k` ("" at the start of the sentence).
fn word_before(ct: &[Token<'_>], k: usize) -> String {
    k.checked_sub(1).map(|k| word(ct, k)).unwrap_or_default()
}

/// What a personal pronoun straight before the verb says of the subject.
enum Pronoun {
    /// "officials feared they could lose": the pronoun is the whole subject.
    Subject(String),
    /// "what he might be concealing": an embedded wh-question, its object missing; no
    /// subject to ask about.
    Embedded,
}

/// Verbs of thinking after which a pronoun opens a clause ("found they could").
const THINKING: &[&str] = &[
    "and", "but", "or", "found", "feel", "fear", "fears", "think", "hope", "hopes", "believe",
    "know", "knows",
];

/// The pronoun before `verb`, if one stands there after a verb, a conjunction or a comma
/// ("every loophole she might seek to close", after a noun, is an object relative: left to
/// the walk in [`subject`], which rejects it).
fn pronoun_subject(ct: &[Token<'_>], verb: usize) -> Option<Pronoun> {
    let p = verb.checked_sub(1).and_then(|k| ct.get(k))?;
    if !matches!(p.text, "he" | "she" | "they" | "He" | "She" | "They") {
        return None;
    }
    if (verb.saturating_sub(5)..verb).any(|k| matches!(word(ct, k).as_str(), "what" | "why")) {
        return Some(Pronoun::Embedded);
    }
    let before = verb.checked_sub(2).and_then(|k| ct.get(k));
    let opens = before.is_none_or(|b| {
        let w = b.lower();
        !b.is_word()
            || super::events::verb_like(Some(b))
            || OPENERS.contains(&w.as_str())
            || super::gazetteer::SPEECH_VERBS_SET.contains(w.as_str())
            || THINKING.contains(&w.as_str())
    });
    opens.then(|| Pronoun::Subject(p.text.to_lowercase()))
}

/// Nouns that head an object relative with its subject a name: "one way Sanders could
/// gain", "the only thing Congress may do".
const RELATIVE_HEADS: &[&str] = &[
    "way",
    "ways",
    "thing",
    "things",
    "reason",
    "reasons",
    "time",
    "chance",
    "place",
    "step",
    "something",
    "anything",
    "nothing",
    "everything",
];

/// Where a name after a [`RELATIVE_HEADS`] noun starts, running up to the verb.
fn name_after_relative_head(ct: &[Token<'_>], start: usize, verb: usize) -> Option<usize> {
    // The head noun first: the run to the verb is checked only after one (a long run of
    // capitalised words is not walked once per word).
    (start + 1..verb).find(|&k| {
        ct.get(k - 1)
            .is_some_and(|p| RELATIVE_HEADS.contains(&p.text))
            && ct.get(k).is_some_and(Token::is_capitalised)
            && (k..verb).all(|j| {
                ct.get(j)
                    .is_some_and(|t| t.is_capitalised() || t.text == ".")
            })
    })
}

/// Words that open a noun phrase after "how" and an adjective ("how long the talks").
const NP_OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "it", "he",
    "she", "they",
];

/// The noun phrase from `start` belongs to a clause, not a subject of its own: it opens on
/// a wh-word ("how Clinton inspires", "where it earns"); it follows "how" and an adjective
/// ("how unpredictable this election could be", not "how modern equivalents could"); or a
/// "why" or "what" stands just before it ("why they gravitated to him could be", "what he
/// thought Clinton could do"), whose verb lacks its object or its wh-phrase.
fn embedded_clause(ct: &[Token<'_>], start: usize, verb: usize) -> bool {
    let wh = matches!(
        word(ct, start).as_str(),
        "how" | "where" | "why" | "what" | "whether" | "when" | "who" | "away"
    );
    let adjective_after_how = start > 0
        && word(ct, start - 1) == "how"
        && ct
            .get(start)
            .is_some_and(|t| t.is_word() && !t.is_capitalised())
        && NP_OPENERS.contains(&word(ct, start + 1).as_str());
    wh || adjective_after_how
        || (start.saturating_sub(4)..start).any(|k| word(ct, k) == "what")
        // "Why Obama's pick might still fly" asks of its noun phrase; "why they gravitated
        // to him could be" has a clause for a subject.
        || (start.saturating_sub(4)..start).any(|k| word(ct, k) == "why")
            && (start..verb).any(|k| super::events::verb_like(ct.get(k)))
}

/// The subject of the verb group starting at `verb`: the words back to the clause's last
/// opener ("said", "that", a comma), from its last noun phrase ("Friday at 8 PM the prize"
/// → "the prize"). "…, which is expected to" gives the noun phrase before the comma.
pub(super) fn subject(text: &str, ct: &[Token<'_>], verb: usize) -> Option<String> {
    subject_past_asides(text, ct, verb, 2)
}

/// "X, the lawyer, also declined": an adverb before the verb is no part of the subject; the
/// verb group starts at it.
fn before_adverbs(ct: &[Token<'_>], verb: usize) -> usize {
    let mut verb = verb;
    while verb > 1
        && ct.get(verb - 1).is_some_and(|t| {
            matches!(
                t.text,
                "also" | "still" | "already" | "later" | "previously"
            )
        })
    {
        verb -= 1;
    }
    verb
}

/// [`subject`], looking past at most `asides` phrases set off by commas (bounded: a clause
/// of thousands of commas must not recurse thousands deep).
fn subject_past_asides(text: &str, ct: &[Token<'_>], verb: usize, asides: u8) -> Option<String> {
    let verb = before_adverbs(ct, verb);
    match pronoun_subject(ct, verb) {
        Some(Pronoun::Subject(p)) => return Some(p),
        Some(Pronoun::Embedded) => return None,
        None => {}
    }
    // "the administration, under growing pressure, is expected to": the subject before an
    // inserted phrase between commas.
    if asides > 0
        && let Some(before) = parenthesis_before(ct, verb)
    {
        return subject_past_asides(text, ct, before, asides - 1);
    }
    let mut start = verb;
    while start > 0
        && ct.get(start - 1).is_some_and(|t| {
            (t.is_word()
                || t.kind == super::tokens::TokenKind::Number
                || t.text == "'s"
                || matches!(t.text, "’s" | "(" | ")" | "&" | "."))
                && (!OPENERS.contains(&t.lower().as_str()) || demonstrative(ct, start - 1))
                // "said" ends the subject, but "states" right before the verb group ("A few
                // states have yet to") is its noun.
                && (start == verb
                    || !super::gazetteer::SPEECH_VERBS_SET.contains(t.lower().as_str()))
        })
    {
        start -= 1;
    }
    if verb - start == 1 && matches!(word(ct, start).as_str(), "which" | "who" | "that") {
        return relative_antecedent(text, ct, start);
    }
    while start < verb && CONNECTIVES.contains(&word(ct, start).as_str()) {
        start += 1;
    }
    // A new noun phrase after a name or a number: "Friday at 8 PM AEST the laureates".
    if let Some(det) = (start + 1..verb).rev().find(|&k| {
        matches!(word(ct, k).as_str(), "the" | "a" | "an")
            && ct
                .get(k - 1)
                .is_some_and(|p| p.is_capitalised() || p.kind == super::tokens::TokenKind::Number)
    }) {
        start = det;
    }
    if let Some(name) = name_after_relative_head(ct, start, verb) {
        start = name;
    }
    let toks = ct.get(start..verb)?;
    // "(the mid-)1990s", "($)3 million": the walk stopped inside a word or an amount, so
    // the noun phrase is cut; "(rules that transform the) economy but are likely to": the
    // verb shares a subject further back. Neither gives a subject.
    let cut_word = start > 0
        && matches!((ct.get(start - 1), ct.get(start)), (Some(a), Some(b)) if a.end() == b.start() && matches!(a.text, "-" | "$" | "€" | "£" | "#" | "/" | "+"));
    // "how Clinton inspires": a clause, not a noun phrase; "(in) 1995" alone: a date the
    // walk stopped at.
    let clause = embedded_clause(ct, start, verb);
    let bare_number = verb - start == 1
        && ct
            .get(start)
            .is_some_and(|t| t.kind == super::tokens::TokenKind::Number);
    if cut_word
        || clause
        || bare_number
        || matches!(word_before(ct, verb).as_str(), "but" | "and" | "or")
    {
        return None;
    }
    let plain = !toks.is_empty()
        && toks.len() <= 10
        && toks.first().is_some_and(|t| t.is_word() || t.kind == super::tokens::TokenKind::Number)
        && !toks.iter().any(|t| FINITE.contains(&t.lower().as_str()))
        && !matches!(word(ct, start).as_str(), "it" | "which" | "who" | "what" | "to")
        // "this could change" has no noun phrase; "that kind of delay" has.
        && (!matches!(word(ct, start).as_str(), "this" | "that" | "these" | "those")
            || verb - start >= 2)
        // "by the end of the year it", "leaving here in case it": no noun phrase.
        && !PREPOSITIONS.contains(&word(ct, start).as_str())
        && !matches!(word(ct, start).as_str(), "by" | "during" | "within" | "despite" | "of")
        && !matches!(word_before(ct, verb).as_str(), "it" | "this" | "that");
    // "the party leaders and officials who may support": the relative pronoun goes.
    let toks = match toks.split_last() {
        Some((last, head))
            if matches!(last.lower().as_str(), "who" | "which" | "that")
                && head
                    .last()
                    .is_some_and(|h| !super::events::verb_like(Some(h))) =>
        {
            head
        }
        _ => toks,
    };
    plain.then(|| {
        let np = noun_phrase(slice(text, toks));
        // "nothing might survive" asks "Will anything survive?".
        let np = match np.as_str() {
            "nothing" | "Nothing" => "anything".to_owned(),
            "nobody" | "Nobody" | "no one" | "No one" => "anyone".to_owned(),
            _ => np,
        };
        // The word is looked for near the clause only: a whole long article would cost
        // a pass per question.
        lowered_near(
            text,
            toks.first().map_or(0, super::tokens::Token::start),
            &np,
        )
    })
}

/// "control of that chamber", "that kind of thinking": "that" as a determiner (after a
/// preposition, or before "kind", "sort" or "type"), not as the conjunction that opens a
/// clause.
fn demonstrative(ct: &[Token<'_>], k: usize) -> bool {
    word(ct, k) == "that"
        && (k.checked_sub(1).is_some_and(|p| {
            let w = word(ct, p);
            PREPOSITIONS.contains(&w.as_str()) || w == "of"
        }) || matches!(word(ct, k + 1).as_str(), "kind" | "sort" | "type"))
}

/// How far around a clause (bytes) a capitalised first word is looked for in lower case.
pub(super) const NEAR: usize = 8_000;

/// [`common_noun_lowered`] for a noun phrase starting at byte `at`, looking only within
/// [`NEAR`] bytes of it: a whole long article would cost a pass per question.
pub(super) fn lowered_near(text: &str, at: usize, np: &str) -> String {
    let near = text
        .get(
            text.floor_char_boundary(at.saturating_sub(NEAR))
                ..text.floor_char_boundary(at.saturating_add(NEAR)),
        )
        .unwrap_or("");
    common_noun_lowered(near, np)
}

/// "Trauma suffered in childhood" at a sentence's start → "trauma suffered in childhood",
/// when the article writes the word in lower case elsewhere (a name never is).
pub(super) fn common_noun_lowered(text: &str, np: &str) -> String {
    let first = np.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    let elsewhere = first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().skip(1).all(char::is_lowercase)
        && text.match_indices(lower.as_str()).any(|(i, _)| {
            let before = text.get(..i).and_then(|b| b.chars().next_back());
            let after = text.get(i + lower.len()..).and_then(|a| a.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        });
    if elsewhere {
        format!("{lower}{}", np.get(first.len()..).unwrap_or(""))
    } else {
        np.to_owned()
    }
}

/// "The city" → "the city" inside a question; names keep their capitals.
pub(super) fn noun_phrase(s: &str) -> String {
    let first = s.split_whitespace().next().unwrap_or("");
    if matches!(
        first,
        "The"
            | "A"
            | "An"
            | "This"
            | "That"
            | "Its"
            | "Their"
            | "His"
            | "Her"
            | "These"
            | "Those"
            | "Several"
            | "Many"
            | "Some"
            | "Few"
            | "Most"
            | "All"
            | "Both"
            | "Each"
            | "Every"
            | "Other"
            | "Another"
            | "More"
            | "Two"
            | "Three"
    ) {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        s.to_owned()
    }
}

/// "the 2009 budget bill, which …": the noun phrase before the comma, back to a preposition
/// ("adjustments to the bill" → "the bill") or at most eight words.
pub(super) fn relative_antecedent(text: &str, ct: &[Token<'_>], pronoun: usize) -> Option<String> {
    let comma = pronoun.checked_sub(1).filter(|&c| word(ct, c) == ",")?;
    let mut start = comma;
    while start > 0
        && comma - start < 8
        && ct.get(start - 1).is_some_and(|t| {
            (t.is_word() || t.kind == super::tokens::TokenKind::Number)
                && !PREPOSITIONS.contains(&t.lower().as_str())
                && !FINITE.contains(&t.lower().as_str())
        })
    {
        start -= 1;
    }
    let toks = ct.get(start..comma).filter(|t| !t.is_empty())?;
    Some(noun_phrase(slice(text, toks)))
}

/// The verb at `verb` follows a phrase set off by commas ("the administration, under growing
/// pressure, is", "the speech, which was never given, is"): the position of the first
/// comma, where the subject before the phrase ends. The phrase is short and holds no verb
/// of its own unless it is a relative clause.
fn parenthesis_before(ct: &[Token<'_>], verb: usize) -> Option<usize> {
    let close = verb.checked_sub(1)?;
    if ct.get(close)?.text != "," {
        return None;
    }
    let open = (close.saturating_sub(16)..close)
        .rev()
        .find(|&k| ct.get(k).is_some_and(|t| t.text == ","))?;
    let inner = ct.get(open + 1..close)?;
    let relative = inner
        .first()
        .is_some_and(|t| matches!(t.lower().as_str(), "which" | "who" | "whose"));
    let clean = !inner.is_empty()
        && (relative || !inner.iter().any(|t| FINITE.contains(&t.lower().as_str())))
        && !inner
            .iter()
            .any(|t| matches!(t.text, "\"" | "“" | "”" | ":" | "(" | ")"));
    // Something before the first comma to be the subject, not a word wedged between commas
    // ("The book, titled, …").
    let before = open
        .checked_sub(1)
        .and_then(|k| ct.get(k))
        .is_some_and(Token::is_word)
        && open
            .checked_sub(2)
            .and_then(|k| ct.get(k))
            .is_some_and(|t| t.text != ",");
    (clean && before).then_some(open)
}

/// The predicate from `from`: up to a comma or dash, "according to", or (in a
/// relative clause) the main clause's verb; at most 25 tokens.
pub(super) fn predicate<'t>(
    ct: &'t [Token<'t>],
    from: usize,
    relative: bool,
) -> Option<&'t [Token<'t>]> {
    let mut end = from;
    while let Some(t) = ct.get(end) {
        let w = t.lower();
        if (matches!(t.text, ";" | ":" | "—" | "–" | "?" | "!")
            || (t.text == "," && !digit_comma(ct, end)))
            || w.as_str() == "according"
            // "has not endorsed Mr. Trump and has been a critic": a second verb group.
            || ((w.as_str() == "and" || w.as_str() == "but")
                && end > from
                && ct
                    .get(end + 1)
                    .is_some_and(|n| FINITE.contains(&n.lower().as_str())))
            || (relative && end > from + 1 && FINITE.contains(&w.as_str()))
        {
            break;
        }
        end += 1;
    }
    while end > from
        && ct
            .get(end - 1)
            .is_some_and(|t| matches!(t.text, "." | "“" | "\""))
    {
        end -= 1;
    }
    // "get rid of" cut short at a comma: a predicate never ends on a preposition.
    let dangling = |p: &[Token<'_>]| {
        p.last()
            .is_some_and(|t| PREPOSITIONS.contains(&t.lower().as_str()) || t.is("of"))
    };
    // "…, this study may be.": an elliptical verb asks nothing.
    let elliptical = |p: &[Token<'_>]| {
        p.len() == 1 && matches!(word(p, 0).as_str(), "be" | "have" | "do" | "so")
    };
    ct.get(from..end)
        .filter(|p| !p.is_empty() && p.len() <= 25 && !dangling(p) && !elliptical(p))
}

/// The comma at `k` groups the digits of a number ("2,383").
fn digit_comma(ct: &[Token<'_>], k: usize) -> bool {
    match (
        k.checked_sub(1).and_then(|p| ct.get(p)),
        ct.get(k),
        ct.get(k + 1),
    ) {
        (Some(a), Some(c), Some(b)) => {
            a.kind == super::tokens::TokenKind::Number
                && b.kind == super::tokens::TokenKind::Number
                && a.end() == c.start()
                && c.end() == b.start()
        }
        _ => false,
    }
}

pub(super) fn will_question(subject: &str, predicate: &str) -> String {
    format!("Will {subject} {predicate}?")
}

/// "S may influence O" → "Will S influence O?"; "S could have V-ed" → "Could S have V-ed?".
fn modal(text: &str, ct: &[Token<'_>], at: usize) -> Option<String> {
    let s = subject(text, ct, at)?;
    let relative = is_relative(ct, at);
    let p = predicate(ct, at + 1, relative)?;
    if p.first().is_some_and(|t| t.is("have")) {
        return Some(format!("Could {s} {}?", slice(text, p)));
    }
    Some(will_question(&s, slice(text, p)))
}

pub(super) fn is_relative(ct: &[Token<'_>], verb: usize) -> bool {
    (1..=3).any(|d| {
        verb.checked_sub(d)
            .is_some_and(|k| matches!(word(ct, k).as_str(), "which" | "who"))
    })
}

/// "(it is unlikely that) microbes are living there" → "Are microbes living there?": the
/// clause's first auxiliary goes before its subject; a hedging modal becomes "Will".
pub(super) fn inverted(text: &str, clause: &[Token<'_>]) -> Option<String> {
    let aux = clause.iter().position(|t| {
        matches!(
            t.lower().as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "has"
                | "have"
                | "had"
                | "may"
                | "might"
        )
    })?;
    let s = subject(text, clause, aux)?;
    let p = predicate(clause, aux + 1, false)?;
    let verb = match clause.get(aux)?.lower().as_str() {
        "may" | "might" | "could" | "would" => "Will".to_owned(),
        v => {
            let mut c = v.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    };
    Some(format!("{verb} {s} {}?", slice(text, p)))
}

/// "S is expected to V O", "S is trying to V O", "S hopes to V O" → "Will S V O?". The
/// -ing and participle forms need their "is"/"are" ("mediators trying to …" is a noun
/// phrase, not a clause).
fn to_infinitive(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    let head = word(ct, cue.at);
    let verb_start = if matches!(head.as_str(), "hopes" | "plans" | "intends") {
        cue.at
    } else {
        // "is widely expected to", "is highly unlikely to".
        let aux = (1..=2)
            .filter_map(|d| cue.at.checked_sub(d))
            .find(|&k| BE.contains(&word(ct, k).as_str()))?;
        if aux + 1 < cue.at && !word(ct, aux + 1).ends_with("ly") {
            return None;
        }
        aux
    };
    let s = subject(text, ct, verb_start)?;
    // "plans to appeal": the verb may be part of the cue.
    let to = (cue.at..cue.at + cue.len).find(|&k| word(ct, k) == "to")?;
    let p = predicate(ct, to + 1, is_relative(ct, verb_start))?;
    Some(will_question(&s, slice(text, p)))
}

/// "S has tentatively planned X for T" → "Will X for T go ahead as S tentatively planned?";
/// "S tentatively agreed to V" → "Will S V?".
fn tentative(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    let before = if cue
        .at
        .checked_sub(1)
        .is_some_and(|k| FINITE.contains(&word(ct, k).as_str()))
    {
        cue.at - 1
    } else {
        cue.at
    };
    let s = subject(text, ct, before)?;
    let verb = ct.get(cue.at + 1)?;
    if ct.get(cue.at + 2).is_some_and(|t| t.is("to")) {
        let p = predicate(ct, cue.at + 3, false)?;
        return Some(will_question(&s, slice(text, p)));
    }
    if !matches!(
        verb.lower().as_str(),
        "planned" | "scheduled" | "set" | "fixed" | "booked" | "slated"
    ) {
        return None;
    }
    let object = predicate(ct, cue.at + 2, false)?;
    let object = slice(text, object);
    let object = object
        .strip_prefix("a ")
        .or_else(|| object.strip_prefix("an "))
        .map_or_else(|| object.to_owned(), |o| format!("the {o}"));
    Some(format!(
        "Will {object} go ahead as {s} tentatively {}?",
        verb.text
    ))
}

/// "S must also win support in X" → "Will S win support in X?"; "S wants support from X" →
/// "Will S get support from X?"; "… if there is no deal" → "Will there be a deal?".
fn condition(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    let head = word(ct, cue.at);
    if head == "if" {
        let from = cue.at + cue.len;
        let p = predicate(ct, from, false)?;
        // "if no deal is reached": the noun phrase before its verb.
        let end = p
            .iter()
            .position(|t| FINITE.contains(&t.lower().as_str()))
            .unwrap_or(p.len());
        let np = slice(
            text,
            p.get(..end).filter(|n| !n.is_empty() && n.len() <= 6)?,
        );
        let article = if np.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        let plural = np.ends_with('s');
        return Some(if plural {
            format!("Will there be {np}?")
        } else {
            format!("Will there be {article} {np}?")
        });
    }
    let s = subject(text, ct, cue.at)?;
    let relative = is_relative(ct, cue.at);
    if head == "must" || (head == "still" && word(ct, cue.at + cue.len) == "to") {
        let from = cue.at + cue.len + usize::from(head == "still");
        let p = predicate(ct, from, relative)?;
        return Some(will_question(&s, slice(text, p)));
    }
    // "wants support from", "still needs the approval of": what is wanted, got or not.
    let object_at = if head == "still" {
        cue.at + cue.len
    } else {
        cue.at + 1
    };
    let p = predicate(ct, object_at, relative)?;
    Some(format!("Will {s} get {}?", slice(text, p)))
}

/// "… possible links to the bomb plot" → "Is there a link to the bomb plot?"; "S is possibly
/// linked to X" → "Is S linked to X?".
fn suspected_link(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    let after = cue.at + cue.len;
    if word(ct, cue.at + 1) == "linked" {
        let aux = cue
            .at
            .checked_sub(1)
            .filter(|&k| BE.contains(&word(ct, k).as_str()))?;
        let s = subject(text, ct, aux)?;
        let p = predicate(ct, after, false)?;
        let be = match word(ct, aux).as_str() {
            "are" => "Are",
            "was" => "Was",
            "were" => "Were",
            _ => "Is",
        };
        return Some(format!("{be} {s} linked {}?", slice(text, p)));
    }
    if !matches!(word(ct, after).as_str(), "to" | "with" | "between") {
        return None;
    }
    let p = predicate(ct, after, false)?;
    Some(format!("Is there a link {}?", slice(text, p)))
}

/// "… to determine the cause of the crash" → "What caused the crash?".
fn cause(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    let of = cue.at + cue.len;
    if word(ct, of) != "of" {
        return None;
    }
    let p = predicate(ct, of + 1, false)?;
    Some(format!("What caused {}?", slice(text, p)))
}

/// Offices and honours a person is named to: "the laureate will be announced" asks who.
const NAMED_PERSON: &[&str] = &[
    "laureate",
    "laureates",
    "winner",
    "winners",
    "successor",
    "nominee",
    "nominees",
    "candidate",
    "recipient",
    "recipients",
    "chairman",
    "chairwoman",
    "captain",
    "coach",
];

/// "X will win the prize, to be announced on Friday" → "Will X win the prize?"; "the
/// laureates will be announced by the committee" → "Who will be named laureates?". Other
/// announcements (a date, a result) say what happens, not what is open: none.
fn announcement(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<String> {
    if let Some(will) = (0..cue.at).find(|&k| {
        word(ct, k) == "will"
            && ct
                .get(k + 1)
                .is_some_and(|v| v.is_word() && !v.is("be") && !v.is_capitalised())
    }) {
        let s = subject(text, ct, will)?;
        let p = predicate(ct, will + 1, false)?;
        return Some(will_question(&s, slice(text, p)));
    }
    let s_end = if word(ct, cue.at) == "will" {
        cue.at
    } else {
        return None;
    };
    let s = subject(text, ct, s_end)?;
    let head = ct
        .get(..s_end)?
        .iter()
        .rev()
        .find(|t| t.is_word() && t.text.len() > 1)?
        .lower();
    if !NAMED_PERSON.contains(&head.as_str()) {
        return None;
    }
    let bare = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("a "))
        .unwrap_or(&s);
    Some(format!("Who will be named {bare}?"))
}

#[cfg(test)]
mod tests {
    use super::super::question_cues::cues;
    use super::*;
    use crate::extract::tokens::tokenize;

    /// The question the first hedge cue of `s` gives.
    fn ask(s: &str) -> Option<String> {
        let toks = tokenize(s, 0);
        cues(&toks)
            .into_iter()
            .filter(|c| c.kind.is_hedge())
            .find_map(|c| hedge_question(s, &toks, c))
    }

    /// Found by fuzzing: a verb group at the very start of the text has nothing before it.
    #[test]
    fn a_verb_group_at_the_start_has_no_subject() {
        let text = "may delay the harvest";
        assert_eq!(subject(text, &tokenize(text, 0), 0), None);
        assert_eq!(ask("May delay it."), None);
    }

    #[test]
    fn modal_hedges_become_will_questions() {
        assert_eq!(
            ask("Analysts said the strike may delay the harvest by a month.").as_deref(),
            Some("Will the strike delay the harvest by a month?")
        );
        assert_eq!(
            ask("In the north, the town of Orla could be placed under curfew after the riots.")
                .as_deref(),
            Some("Will the town of Orla be placed under curfew after the riots?")
        );
        assert_eq!(
            ask("Rescuers warned that nothing might survive the flood.").as_deref(),
            Some("Will anything survive the flood?")
        );
        assert_eq!(
            ask("The judge told Mr Hale that his fine could be reduced if he pays early, the paper reported.").as_deref(),
            Some("Will his fine be reduced if he pays early?")
        );
    }

    #[test]
    fn a_quantifier_opening_the_subject_is_lower_case_inside_the_question() {
        assert_eq!(noun_phrase("Several ballots"), "several ballots");
        assert_eq!(noun_phrase("Many voters"), "many voters");
        assert_eq!(noun_phrase("Nairobi officials"), "Nairobi officials");
        // A plural noun that is also a reporting verb ("states", "reports").
        assert_eq!(
            ask("Officials said several states could delay the count.").as_deref(),
            Some("Will several states delay the count?")
        );
    }

    #[test]
    fn that_as_a_determiner_stays_in_the_subject() {
        assert_eq!(
            ask("Officials said funding for that bridge could depend on the spring budget.")
                .as_deref(),
            Some("Will funding for that bridge depend on the spring budget?")
        );
        assert_eq!(
            ask("In the end, that kind of delay may cost the port its licence.").as_deref(),
            Some("Will that kind of delay cost the port its licence?")
        );
    }

    #[test]
    fn a_hedge_after_how_or_where_asks_about_its_own_subject() {
        assert_eq!(
            ask("Nobody knows how the mayor may win back the suburbs.").as_deref(),
            Some("Will the mayor win back the suburbs?")
        );
    }

    #[test]
    fn expectations_and_efforts_become_will_questions() {
        assert_eq!(
            ask("The levy, which is expected to be approved on March 3 was drafted last year.")
                .as_deref(),
            Some("Will the levy be approved on March 3?")
        );
        assert_eq!(
            ask("Engineers said the council is trying to finish the sea wall, especially the north pier, before the storms.").as_deref(),
            Some("Will the council finish the sea wall?")
        );
        assert_eq!(
            ask("Tests showed it is unlikely that the well water is contaminated with lead.")
                .as_deref(),
            Some("Is the well water contaminated with lead?")
        );
    }

    #[test]
    fn tentative_plans_conditions_and_links() {
        assert_eq!(
            ask("The assembly has tentatively scheduled a final vote for June 4.").as_deref(),
            Some("Will the final vote for June 4 go ahead as the assembly tentatively scheduled?")
        );
        assert_eq!(
            ask("The treaty must also win approval in the senate, the upper chamber, before it takes effect.").as_deref(),
            Some("Will the treaty win approval in the senate?")
        );
        assert_eq!(
            ask("The city wants support from the regional bank for the tram line.").as_deref(),
            Some("Will the city get support from the regional bank for the tram line?")
        );
        assert_eq!(
            ask("The union threatened a strike if there is no pay offer.").as_deref(),
            Some("Will there be a pay offer?")
        );
        assert_eq!(
            ask("Police searched three flats as early findings suggested possible links to a smuggling ring.").as_deref(),
            Some("Is there a link to a smuggling ring?")
        );
    }

    #[test]
    fn pending_announcements_ask_who_or_whether() {
        assert_eq!(
            ask("The Lyra Prize winner will be announced by the jury in Vienna.").as_deref(),
            Some("Who will be named Lyra Prize winner?")
        );
        assert_eq!(
            ask(
                "The orchestra will win the Lyra Prize, to be announced on Friday, the radio said."
            )
            .as_deref(),
            Some("Will the orchestra win the Lyra Prize?")
        );
        // A date or a result to be announced is no open question.
        assert_eq!(ask("The results will be announced on Friday."), None);
    }

    #[test]
    fn hedges_that_are_no_questions_give_none() {
        for s in [
            // The month, a negated modal, past ability.
            "On May 27 the court met.",
            "The repairs could not start because of the floods.",
            // First and second person: a speaker's own doubts, an advertisement.
            "We think there might be changes to the route.",
            "If you buy a ticket online, the operator may charge a fee.",
            // An -ing form without its verb is a noun phrase.
            "Mediators trying to end the strike met on Monday.",
            // No plain subject.
            "It could take days.",
            "Officials expect that by the end of the year it could have more cash than debt.",
            // A subject cut inside a hyphenated word, or shared with an earlier verb.
            "Savings from the post-2019 reforms may have allowed the town to cut fares.",
            "The rules would reshape the grid but are likely to face appeals in court.",
            // A bare year for subject; a predicate cut short on a preposition.
            "A loss of $3 million in 2009 could have cut its tax bill.",
            "The firm may get rid of, among other things, its trucks.",
            "If the toll is not enough to repair the road, this levy may be.",
            // "what" is the object: "Will he be hiding?" would lose it.
            "Reporters asked what the minister might be hiding.",
        ] {
            assert_eq!(ask(s), None, "{s}");
        }
    }

    #[test]
    fn quotations_are_recognised() {
        let toks = tokenize("“The deal may collapse,” he said, and it may.", 0);
        let may = toks.iter().position(|t| t.is("may")).unwrap_or(0);
        assert!(in_quote(&toks, may));
        let last = toks.iter().rposition(|t| t.is("may")).unwrap_or(0);
        assert!(!in_quote(&toks, last));
    }
}
