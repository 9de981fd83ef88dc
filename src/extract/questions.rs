//! Open questions: what the article presents as unresolved ("critical questions remain
//! unresolved, including how … and how …", "stopped short of", "was softened", "yet to").
//! Enumerations become one question each; "how X would Y" reads "How would X Y?".

use super::Doc;
use super::actors::Found;
use super::cue_questions::cue_question;
use super::events::Built;
use super::hedge_questions::{hedge_question, in_quote, lowered_near, personal};
use super::question_cues::{Cue, CueKind, cues, has_cue};
use super::tokens::{Lower, Token};
use crate::model::Span;
use std::collections::BTreeSet;

/// An open question as found, before ids are given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawQuestion {
    pub text: String,
    pub sentence: Span,
    /// The clause that carries the cue.
    pub cue: Span,
    pub events: Vec<usize>,
    pub actors: Vec<usize>,
}

const WH: &[&str] = &[
    "how", "whether", "what", "who", "when", "where", "why", "which",
];
const MODALS: &[&str] = &[
    "would", "will", "could", "can", "should", "might", "may", "must",
];
const BE: &[&str] = &["is", "are", "was", "were"];

fn is_split(t: &[Token<'_>], k: usize) -> bool {
    let Some(tok) = t.get(k) else { return false };
    if tok.text == ";" || tok.text == "—" {
        return true;
    }
    tok.text == ","
        && t.get(k + 1).is_some_and(|n| {
            matches!(
                n.lower().as_str(),
                "and" | "but" | "even" | "while" | "although" | "though" | "whereas" | "yet"
            )
        })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn slice<'a>(text: &'a str, toks: &[Token<'_>]) -> &'a str {
    match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => text.get(a.start()..b.end()).unwrap_or(""),
        _ => "",
    }
}

/// "how monitoring would function in practice" → "How would monitoring function in practice?"
fn wh_question(text: &str, item: &[Token<'_>]) -> String {
    let Some(first) = item.first() else {
        return String::new();
    };
    let wh = first.lower();
    let wh = if wh.as_str() == "if" {
        "whether".to_owned()
    } else {
        wh.as_str().to_owned()
    };
    let mut rest = item.get(1..).unwrap_or_default();
    // "when, or if, the Senate will vote" asks as "when the Senate will vote".
    if rest.first().is_some_and(|t| t.text == ",")
        && rest.get(1).is_some_and(|t| t.is("or"))
        && rest.get(3).is_some_and(|t| t.text == ",")
    {
        rest = rest.get(4..).unwrap_or_default();
    }
    // "whether or not it should remain" asks as "whether it should remain".
    if wh == "whether"
        && rest.first().is_some_and(|t| t.is("or"))
        && rest.get(1).is_some_and(|t| t.is("not"))
    {
        rest = rest.get(2..).unwrap_or_default();
    }
    // Not the verb of a relative clause inside the subject ("whether panelists who are
    // members of minority groups are representative").
    // ("whether that is a substitute": "that" first is the subject.)
    let in_relative = |k: usize| {
        k.checked_sub(1).and_then(|p| rest.get(p)).is_some_and(|t| {
            matches!(t.lower().as_str(), "who" | "which") || (k > 1 && t.is("that"))
        })
    };
    let first_aux = (0..rest.len()).find(|&k| is_auxiliary(rest, k));
    // "whether the department has the evidence" → "Does the department have the
    // evidence?"; "whether the bureau intersected with …" → "Did the bureau intersect with …?".
    if wh == "whether"
        && first_aux.is_none()
        && let Some((k, aux, base)) = do_support_at(rest)
        && let (Some(subject), Some(after)) = (rest.get(..k), rest.get(k + 1..))
    {
        // "whether someone made the image or whether he found it": the first question.
        let after = after
            .iter()
            .position(|t| t.is("whether"))
            .and_then(|w| after.get(..w))
            .filter(|a| a.last().is_some_and(|t| t.is("or")))
            .map_or(after, |a| a.get(..a.len() - 1).unwrap_or_default());
        let q = format!(
            "{aux} {} {base} {}",
            slice(text, subject),
            slice(text, after)
        );
        return format!("{}?", q.trim_end().trim_end_matches([',', '.']));
    }
    let m = match first_aux {
        Some(k) if in_relative(k) => {
            (k + 1..rest.len()).find(|&j| is_auxiliary(rest, j) && !in_relative(j))
        }
        other => other,
    };
    if let Some(m) = m
        && m > 0
        && let (Some(before), Some(verb), Some(after)) =
            (rest.get(..m), rest.get(m), rest.get(m + 1..))
    {
        // "how powerful it was", "how much money the city will get": the wh-phrase runs to
        // the subject (a determiner or pronoun), and goes first whole; "how many people
        // will attend" has no other subject and keeps its order.
        let opens_subject = |t: &Token<'_>| SUBJECT_STARTS.contains(&t.lower().as_str());
        // "how such an arrangement would work": no wh-phrase, "such" opens the subject.
        let phrase_end = if wh == "how"
            && rest
                .first()
                .is_some_and(|t| t.is_word() && !opens_subject(t) && !t.is("such"))
        {
            match before.iter().skip(1).position(opens_subject) {
                Some(p) => Some(p + 1),
                None if matches!(
                    before.first().map(|t| t.lower()).as_deref(),
                    Some("many" | "much")
                ) =>
                {
                    return format!(
                        "{}?",
                        capitalise(slice(text, item)).trim_end_matches([',', '.'])
                    );
                }
                None => None,
            }
        } else {
            None
        };
        let (wh, before) = match phrase_end.and_then(|p| Some((before.get(..p)?, before.get(p..)?)))
        {
            Some((phrase, subject)) => (format!("{wh} {}", slice(text, phrase)), subject),
            None => (wh.clone(), before),
        };
        let subject = slice(text, before);
        let verb = verb.text.to_lowercase();
        let tail = slice(text, after);
        let q = if wh == "whether" {
            format!("{} {subject} {tail}", capitalise(&verb))
        } else {
            format!("{} {verb} {subject} {tail}", capitalise(&wh))
        };
        return format!("{}?", q.trim_end().trim_end_matches([',', '.']));
    }
    format!(
        "{}?",
        capitalise(slice(text, item)).trim_end_matches([',', '.'])
    )
}

/// Words that open a noun phrase or stand for one: where a subject starts after "how X".
const SUBJECT_STARTS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "its",
    "his", "her", "their", "our",
];

/// Cues after which a wh-word opens the question left open ("it is unclear whether…", "he did
/// not say when…", "it remains to be seen how…"), by their last word.
const BEFORE_WH: &[&str] = &[
    "unclear",
    "uncertain",
    "clear",
    "know",
    "seen",
    "see",
    "sure",
    "say",
    "specify",
    "disclose",
    "confirm",
    "decided",
    "undecided",
    "known",
    "unknown",
    "answer",
    "knows",
    "predict",
];

/// "It remains unclear whether the mission will be armed" → "Will the mission be armed?";
/// "it is not clear who fired first" → "Who fired first?"; "he did not say when the
/// ferries would run" → "When would the ferries run?".
fn embedded_question(text: &str, ct: &[Token<'_>], cue: Cue) -> Option<(String, Span)> {
    if let Some(item) = fronted_wh(ct, cue) {
        return Some(item_question(text, item));
    }
    let cue_at = cue.at;
    let last = ct.get(cue.at + cue.len - 1)?.lower();
    let skip = if WH.contains(&last.as_str()) {
        // "unknown whether": the wh-word is the cue's own last word.
        cue.len - 1
    } else if BEFORE_WH.contains(&last.as_str()) {
        cue.len
    } else {
        return None;
    };
    // "we don't know yet how…", "it is not clear exactly when…".
    // "unclear if Cruz is aware" asks as "whether" does.
    let opens = |t: &Token<'_>| WH.contains(&t.lower().as_str()) || t.is("if");
    let wh_at = (cue_at + skip..cue_at + skip + 3).find(|&k| ct.get(k).is_some_and(opens))?;
    // "What is unclear is whether Sanders will…": a pseudo-cleft puts "is" between.
    let cleft = ct.first().is_some_and(|t| t.is("what"));
    if !(cue_at + skip..wh_at).all(|k| {
        ct.get(k).is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "yet" | "exactly" | "still" | "precisely" | "just" | "quite" | "entirely"
            ) || (cleft && matches!(t.lower().as_str(), "is" | "was"))
        })
    }) {
        return None;
    }
    let wh = ct.get(wh_at)?.lower();
    let wh = if wh.as_str() == "if" {
        "whether".to_owned()
    } else {
        wh.as_str().to_owned()
    };
    // The embedded question ends at a closing quote mark ("…how this will be financed,”
    // admitted…").
    // A quotation opened inside the item ("whether the moderators will be "fair" to him")
    // closes inside it too.
    let mut open_quote = false;
    let mut end = ct.len();
    for k in wh_at + 1..ct.len() {
        let opening = ct.get(k).is_some_and(|t| {
            t.text == "“"
                || (t.text == "\""
                    && ct.get(k + 1).is_some_and(|n| n.start() == t.end())
                    && k.checked_sub(1)
                        .and_then(|p| ct.get(p))
                        .is_some_and(|p| p.end() < t.start()))
        });
        if opening {
            open_quote = true;
        } else if open_quote && ct.get(k).is_some_and(|t| matches!(t.text, "”" | "\"")) {
            open_quote = false;
        } else if item_ends(ct, wh_at, k) {
            end = k;
            break;
        }
    }
    while end > wh_at + 1
        && ct
            .get(end - 1)
            .is_some_and(|t| matches!(t.text, "," | "." | ";"))
    {
        end -= 1;
    }
    let item = ct.get(wh_at..end)?;
    // "I don't know where I'm going": the speaker's own state, not an open question.
    if personal(item) {
        return None;
    }
    if wh == "whether" && !has_verb(item) {
        return None;
    }
    // "whether (or not) to suspend every account": no subject to ask about.
    let after_wh = item
        .iter()
        .skip(1)
        .find(|t| !t.is("or") && !t.is("not"))
        .is_some_and(|t| t.is("to"));
    if after_wh {
        return None;
    }
    Some(item_question(text, item))
}

/// The embedded question ends at token `k`: a closing quote mark ("…how this will be
/// financed,” admitted…", "''"), a dash set off by spaces ("whether the nominee is fit - but
/// she's adapting"), or an attribution after a comma (", according to …", ", she said,").
fn item_ends(ct: &[Token<'_>], wh_at: usize, k: usize) -> bool {
    let Some(t) = ct.get(k) else { return true };
    let spaced = |t: &Token<'_>| {
        k.checked_sub(1)
            .and_then(|p| ct.get(p))
            .is_some_and(|p| p.end() < t.start())
    };
    match t.text {
        "”" | "''" | "—" | "–" => true,
        // A straight quote or a curly apostrophe closes only against the word before it
        // ("whether the moderators will be "fair" to him" goes on past the opening mark).
        "\"" => !spaced(t),
        // Not the apostrophe of a plural possessive ("the Bush presidencies’ legacy").
        "’" => {
            !spaced(t)
                && !k
                    .checked_sub(1)
                    .and_then(|p| ct.get(p))
                    .is_some_and(|p| p.is_word() && p.text.ends_with('s'))
        }
        "'" => ct.get(k + 1).is_some_and(|n| n.text == "'"),
        "-" => spaced(t),
        "," => {
            // Up to three words between commas (or to the end), one a speech verb.
            let words = ct
                .iter()
                .skip(k + 1)
                .take(4)
                .take_while(|n| n.is_word())
                .count();
            let closed = ct
                .get(k + 1 + words)
                .is_none_or(|n| matches!(n.text, "," | "."));
            // ", the public will naturally reflect": a new clause, its subject and verb.
            let new_clause = ct.get(k + 1).is_some_and(|n| {
                matches!(
                    n.lower().as_str(),
                    "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we" | "i"
                )
            }) && (wh_at + 1..k).any(|j| is_auxiliary(ct, j))
                && (k + 2..(k + 6).min(ct.len()))
                    .take_while(|&j| ct.get(j).is_some_and(Token::is_word))
                    .any(|j| {
                        ct.get(j)
                            .is_some_and(|n| MODALS.contains(&n.lower().as_str()))
                    });
            // ", engaging in what analysts described as …": a participle clause after it.
            let participle = ct.get(k + 1).is_some_and(|n| {
                n.is_word() && !n.is_capitalised() && n.text.len() > 5 && n.text.ends_with("ing")
            });
            new_clause
                || participle
                || ct.get(k + 1).is_some_and(|n| n.is("according"))
                || (words <= 3
                    && closed
                    && ct
                        .iter()
                        .skip(k + 1)
                        .take(words)
                        .any(|n| super::gazetteer::SPEECH_VERBS_SET.contains(n.lower().as_str())))
        }
        _ => false,
    }
}

/// A wh-clause the cue is said of, put as a question with its span.
fn item_question(text: &str, item: &[Token<'_>]) -> (String, Span) {
    let span = match (item.first(), item.last()) {
        (Some(first), Some(last)) => Span::new(first.start(), last.end()),
        _ => Span::new(0, 0),
    };
    (wh_question(text, item), span)
}

/// The wh-clause has a finite or modal verb ("whether the talks will resume", "whether the
/// bureau intersected with …"), not only a noun ("whether now or later").
fn has_verb(item: &[Token<'_>]) -> bool {
    (0..item.len()).any(|k| is_auxiliary(item, k))
        || item.get(1..).and_then(do_support_at).is_some()
}

/// The verb of a clause that asks with "do" (after a "whether"): a main verb "has",
/// "have" or "had", or a past form whose base is certain, after a subject of one to ten
/// words that holds no verb, comma or relative word. Its index, "Does"/"Did" and its base.
fn do_support_at(rest: &[Token<'_>]) -> Option<(usize, &'static str, String)> {
    let k = rest.iter().take(11).position(|t| {
        !t.is_word()
            || super::events::verb_like(Some(t))
            || super::verb_forms::past_base(t.text).is_some()
            || matches!(t.text, "has" | "have" | "had" | "who" | "which" | "that")
    })?;
    if k == 0 {
        return None;
    }
    // "whether the court leans left": a present verb in "-s" after a noun comes first.
    let present_verb = (1..k).any(|j| {
        rest.get(j).is_some_and(|t| {
            t.text.len() > 3
                && t.text.ends_with('s')
                && !t.text.ends_with("ss")
                && !t.is_capitalised()
        }) && rest
            .get(j - 1)
            .is_some_and(|p| !p.is_capitalised() && !SUBJECT_STARTS.contains(&p.lower().as_str()))
    });
    if present_verb {
        return None;
    }
    let verb = rest.get(k)?;
    // "the proposed plan": a participle after a determiner describes the subject.
    let after_determiner = rest
        .get(k - 1)
        .is_some_and(|p| SUBJECT_STARTS.contains(&p.lower().as_str()) && !p.is("it"));
    if after_determiner || !verb.is_word() {
        return None;
    }
    let (aux, base) = super::verb_forms::do_support(verb.text)?;
    // "whether he agreed" asks; "whether it has", with nothing after, is no clause.
    if aux != "Did" && rest.get(k + 1).is_none() {
        return None;
    }
    Some((k, aux, base))
}

/// Token `k` is a verb that goes first in a question: a modal, a form of "be", or "has",
/// "have" or "had" before a participle ("whether he had harmed his campaign" → "Had he
/// harmed his campaign?"; not "whether he has a plan").
fn is_auxiliary(toks: &[Token<'_>], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    let w = t.lower();
    if MODALS.contains(&w.as_str()) || BE.contains(&w.as_str()) {
        return true;
    }
    // An adverb may come between: "whether he had really fought".
    let next = if toks
        .get(k + 1)
        .is_some_and(|n| n.text.len() > 3 && n.text.ends_with("ly"))
    {
        k + 2
    } else {
        k + 1
    };
    matches!(w.as_str(), "has" | "have" | "had")
        && toks.get(next).is_some_and(|n| {
            let n = n.lower();
            n.as_str() == "been"
                || (n.len() > 3 && (n.ends_with("ed") || n.ends_with("en")))
                || super::events::verb_like(toks.get(next))
                || matches!(n.as_str(), "not" | "already" | "yet" | "made" | "done")
        })
}

/// "Whether the document dispels the unhappiness is hard to predict", "How the plan will be
/// paid for remains unclear": a clause opening on a wh-word the cue is said of, through
/// "is", "was" or "remains" straight before the cue. The wh-clause, up to that verb.
fn fronted_wh<'t>(ct: &'t [Token<'t>], cue: Cue) -> Option<&'t [Token<'t>]> {
    let first = ct
        .iter()
        .position(|t| !matches!(t.lower().as_str(), "and" | "but" | "so" | "yet" | ","))?;
    let opener = ct.get(first)?.lower();
    if !WH.contains(&opener.as_str()) || opener.as_str() == "which" {
        return None;
    }
    let verb = cue.at.checked_sub(1)?;
    let is_verb = |k: usize| {
        ct.get(k).is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "is" | "was" | "remains" | "remained" | "are" | "were"
            )
        })
    };
    // "Whether this merger is a success remains to be seen": the cue opens on the verb.
    let end = if ct
        .get(cue.at)
        .is_some_and(|t| matches!(t.lower().as_str(), "remains" | "remained"))
    {
        cue.at
    } else if is_verb(verb) {
        verb
    } else if verb > 0 && ct.get(verb).is_some_and(|t| t.is("still")) && is_verb(verb - 1) {
        verb - 1
    } else {
        return None;
    };
    let item = ct.get(first..end)?;
    // "Whether it's now or later is …" has no clause; a wh-clause of two words says nothing.
    (item.len() >= 4 && !personal(item) && (opener.as_str() != "whether" || has_verb(item)))
        .then_some(item)
}

/// Strips introductions ("Despite the strong rhetoric,") and attributions (", according to …").
fn statement(text: &str, toks: &[Token<'_>], cue_at: usize) -> String {
    let mut start = 0;
    while toks.get(start).is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "and"
                | "but"
                | "even"
                | "as"
                | "while"
                | "although"
                | "though"
                | "however"
                | "yet"
                | "still"
                | ","
        )
    }) {
        start += 1;
    }
    if let Some(comma) = toks[..cue_at].iter().rposition(|t| t.text == ",")
        && comma >= start
        && toks.get(start).is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "despite"
                    | "however"
                    | "still"
                    | "meanwhile"
                    | "nonetheless"
                    | "in"
                    | "for"
                    | "after"
                    | "unlike"
            )
        })
    {
        start = comma + 1;
    }
    let mut end = toks.len();
    if let Some(acc) = toks.iter().position(|t| t.is("according"))
        && acc > cue_at
    {
        end = acc;
    }
    while end > start
        && toks
            .get(end - 1)
            .is_some_and(|t| matches!(t.text, "," | "." | ";"))
    {
        end -= 1;
    }
    // "…, officials said": the attribution is not part of the question.
    if let Some(comma) = toks[..end].iter().rposition(|t| t.text == ",")
        && comma > cue_at
        && end - comma <= 6
        && toks[comma + 1..end]
            .iter()
            .any(|t| super::gazetteer::SPEECH_VERBS_SET.contains(t.lower().as_str()))
    {
        end = comma;
    }
    let clause = &toks[start..end];
    inverted_question(text, clause).unwrap_or_else(|| capitalise(slice(text, clause)))
}

/// Auxiliaries that open a yes/no question when put before their subject.
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
];

/// "The plan has not yet been agreed" → "Has the plan been agreed?"; "The cause of the fire
/// is still under investigation" → "Is the cause of the fire still under investigation?".
/// Only for a short subject (at most eight words, no comma) straight before its auxiliary;
/// the negation after the auxiliary goes.
fn inverted_question(text: &str, clause: &[Token<'_>]) -> Option<String> {
    let aux_at = clause
        .iter()
        .position(|t| AUXILIARIES.contains(&t.lower().as_str()))?;
    let subject = clause.get(..aux_at)?;
    if subject.is_empty()
        || subject.len() > 8
        || subject.iter().any(|t| !t.is_word() && t.text != "'s")
        || subject
            .iter()
            .any(|t| WH.contains(&t.lower().as_str()) || t.is("that"))
    {
        return None;
    }
    // Only a negated auxiliary ("has not been charged") or one still under way ("is still
    // under investigation"): "has yet to publish" and "is still to be agreed" stay as said.
    let mut rest = aux_at + 1;
    let word = |k: usize| {
        clause
            .get(k)
            .map(|t| t.lower().to_string())
            .unwrap_or_default()
    };
    if word(rest) == "not" {
        rest += 1;
        if word(rest) == "yet" {
            rest += 1;
        }
    } else if !(word(rest) == "still" && matches!(word(rest + 1).as_str(), "under" | "being")) {
        return None;
    }
    // "no one", and "It was not clear whether …": "Was it clear …?" asks nothing.
    if subject.first().is_some_and(|t| t.is("no"))
        || (subject.len() == 1
            && subject.first().is_some_and(|t| t.is("it"))
            && clause
                .iter()
                .any(|t| matches!(t.lower().as_str(), "clear" | "known" | "certain" | "sure")))
    {
        return None;
    }
    let tail = clause.get(rest..).filter(|t| !t.is_empty())?;
    let first = subject.first()?;
    // "The army" → "the army"; names keep their capitals.
    let determiner = matches!(
        first.lower().as_str(),
        "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her"
    );
    let subject_text = slice(text, subject);
    let subject_text = if determiner {
        let mut c = subject_text.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        subject_text.to_owned()
    };
    // "First responders" at a sentence's start: a common noun, lower case inside the
    // question when the article writes it so elsewhere.
    let subject_text = lowered_near(text, first.start(), &subject_text);
    let aux = capitalise(&clause.get(aux_at)?.lower());
    Some(format!(
        "{aux} {subject_text} {}?",
        slice(text, tail).trim_end_matches([',', '.', ';'])
    ))
}

/// The content words of a text, cut to six letters, for comparing questions and titles.
fn content_words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(|w| {
            let l = w.to_lowercase();
            l.chars().take(6).collect()
        })
        .filter(|w: &String| {
            !matches!(
                w.as_str(),
                "with" | "that" | "were" | "would" | "from" | "have" | "been" | "will" | "their"
            )
        })
        .collect()
}

/// "mayor", "minister": a word that names a person's office (the gazetteer's titles).
fn is_title_word(w: &str) -> bool {
    super::gazetteer::TITLES_SET.contains(super::actors::title_case(w).as_str())
}

/// The event a question concerns when none is in its sentence or paragraph: the one sharing
/// the most actors (two points each) and content words, if any shares at least two points.
fn related_event(
    built: &Built,
    found: &Found,
    actors: &[usize],
    words: &BTreeSet<String>,
) -> Option<usize> {
    let ids: Vec<_> = actors.iter().filter_map(|&a| found.id(a)).collect();
    built
        .events
        .iter()
        .enumerate()
        .map(|(e, ev)| {
            let shared = ev.actors.iter().filter(|a| ids.contains(a)).count();
            let common = content_words(&ev.title).intersection(words).count();
            (shared * 2 + common, e)
        })
        .filter(|&(score, _)| score >= 2)
        .max_by_key(|&(score, e)| (score, std::cmp::Reverse(e)))
        .map(|(_, e)| e)
}

/// Finds open questions: in each sentence with a cue, each clause with a cue gives its
/// enumerated wh-items, an embedded question, or the clause as a statement; near
/// duplicates of recent questions are dropped.
pub fn find(doc: &Doc<'_>, found: &Found, built: &Built) -> Vec<RawQuestion> {
    let mut out: Vec<RawQuestion> = Vec::new();
    // A sentence repeated word for word (syndicated copy, a pasted paragraph) would only give
    // the same questions again.
    let mut seen: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    // Paragraphs already looked at for a disclaimer, each once.
    let mut disclaimers: rustc_hash::FxHashMap<usize, bool> = rustc_hash::FxHashMap::default();
    for (si, s) in doc.sentences.iter().enumerate() {
        let toks = &s.tokens;
        if let Some(text) = direct_question(doc, si)
            && seen.insert(s.span.slice(doc.text).unwrap_or(""))
        {
            let words = content_words(&text);
            if !repeats_recent(&out, &words) {
                let actors = question_actors(doc.text, found, toks, s.span, s.span);
                let events = sentence_events(doc, built, si);
                let events = if events.is_empty() {
                    related_event(built, found, &actors, &words)
                        .into_iter()
                        .collect()
                } else {
                    events
                };
                out.push(RawQuestion {
                    text,
                    sentence: s.span,
                    cue: s.span,
                    events,
                    actors,
                });
            }
            continue;
        }
        if has_cue(toks).is_none() || !seen.insert(s.span.slice(doc.text).unwrap_or("")) {
            continue;
        }
        let events = sentence_events(doc, built, si);
        let paragraph = s.paragraph;
        let hedges = !*disclaimers
            .entry(paragraph)
            .or_insert_with(|| in_disclaimer(doc, si));
        for range in clauses(toks) {
            for (text, span) in clause_questions(doc.text, toks, range, s.span, hedges) {
                if text.split_whitespace().count() < 3 {
                    continue;
                }
                let words = content_words(&text);
                if repeats_recent(&out, &words) {
                    continue;
                }
                let actors = question_actors(doc.text, found, toks, span, s.span);
                // Nothing dated nearby: the event sharing the most actors or words with it.
                let events = if events.is_empty() {
                    related_event(built, found, &actors, &words)
                        .into_iter()
                        .collect()
                } else {
                    events.clone()
                };
                out.push(RawQuestion {
                    text,
                    sentence: s.span,
                    cue: span,
                    events,
                    actors,
                });
            }
        }
    }
    out
}

/// A question the article itself asks in its own voice ("But will the truce hold once the
/// monitors leave?"): a sentence of at least four words ending on "?", with no quotation
/// mark in it, in the third person (not "Do you remember…?", a columnist's "Can we…?"), and
/// not a turn of a transcript or an interview ("Q: What is your plan?" is asked and
/// answered there). Its text without a leading "But", "And" or "So".
fn direct_question(doc: &Doc<'_>, si: usize) -> Option<String> {
    let s = doc.sentences.get(si)?;
    let toks = &s.tokens;
    if toks.last()?.text != "?" || toks.iter().filter(|t| t.is_word()).count() < 4 {
        return None;
    }
    let quoted = toks
        .iter()
        .any(|t| matches!(t.text, "\"" | "“" | "”" | "«" | "»" | "‘" | "'" | "''"));
    if quoted || personal(toks) || in_transcript(doc, si) {
        return None;
    }
    let first = toks
        .iter()
        .position(|t| !matches!(t.lower().as_str(), "but" | "and" | "so" | "yet" | ","))?;
    // Asked as a question: a wh-word or a verb first. "She can't beat this guy without …?"
    // and "Pretty much the same, right?" are rhetoric; so are "How about …?", "What of …?".
    let opener = toks.get(first)?.lower();
    let next = toks.get(first + 1).map(Token::lower);
    let asks = (WH.contains(&opener.as_str())
        || AUXILIARIES.contains(&opener.as_str())
        || MODALS.contains(&opener.as_str())
        || matches!(opener.as_str(), "do" | "does" | "did"))
        && !matches!(
            (opener.as_str(), next.as_ref().map(Lower::as_str)),
            ("how" | "what", Some("about" | "of"))
        );
    if !asks {
        return None;
    }
    let text = slice(doc.text, toks.get(first..)?);
    Some(capitalise(text))
}

/// Sentence `si` belongs to a transcript or interview: its paragraph (or one of the few
/// before it) opens on a speaker label ("Q:", "MODERATOR:", "JANE DOE:").
fn in_transcript(doc: &Doc<'_>, si: usize) -> bool {
    let para = doc.sentences.get(si).map_or(0, |s| s.paragraph);
    let from = si.saturating_sub(40);
    (from..=si).rev().any(|k| {
        doc.sentences.get(k).is_some_and(|s| {
            let opens = k == 0
                || doc
                    .sentences
                    .get(k - 1)
                    .is_some_and(|p| p.paragraph != s.paragraph);
            opens && s.paragraph + 3 >= para && labelled(&s.tokens)
        })
    })
}

/// Tokens that open on a speaker label: up to four capitalised words, all upper case, then
/// a colon ("Q:", "SEN. JANE DOE:").
fn labelled(toks: &[Token<'_>]) -> bool {
    let Some(colon) = toks.iter().take(6).position(|t| t.text == ":") else {
        return false;
    };
    colon > 0
        && toks
            .iter()
            .take(colon)
            .all(|t| t.text == "." || (t.is_word() && t.text.chars().all(|c| !c.is_lowercase())))
}

/// Sentence `si` sits in a paragraph about "forward-looking statements": a company's legal
/// disclaimer, whose "may" and "could" hedge everything and ask nothing.
fn in_disclaimer(doc: &Doc<'_>, si: usize) -> bool {
    let Some(paragraph) = doc.sentences.get(si).map(|s| s.paragraph) else {
        return false;
    };
    let same = |k: &usize| {
        doc.sentences
            .get(*k)
            .is_some_and(|p| p.paragraph == paragraph)
    };
    let first = (0..=si).rev().take_while(same).last().unwrap_or(si);
    (first..doc.sentences.len()).take_while(same).any(|k| {
        doc.sentences.get(k).is_some_and(|p| {
            p.tokens
                .iter()
                .any(|t| t.text.len() == "forward-looking".len() && t.is("forward-looking"))
        })
    })
}

/// Token ranges of the clauses of a sentence, split where [`is_split`] says.
fn clauses(toks: &[Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut clauses = Vec::new();
    let mut from = 0;
    for k in 0..toks.len() {
        if is_split(toks, k) {
            clauses.push(from..k);
            from = k + 1;
        }
    }
    clauses.push(from..toks.len());
    clauses
}

/// The events a question in sentence `si` concerns: those dated in the sentence, otherwise
/// the nearest event earlier in the same paragraph, else the news event.
fn sentence_events(doc: &Doc<'_>, built: &Built, si: usize) -> Vec<usize> {
    let same: Vec<usize> = built.events_in_sentences(si, si).collect();
    if !same.is_empty() {
        return same;
    }
    let paragraph = doc.sentences.get(si).map(|s| s.paragraph);
    let para_first = doc.sentences[..si]
        .iter()
        .rposition(|p| Some(p.paragraph) != paragraph)
        .map_or(0, |p| p + 1);
    if let Some(e) = (para_first..si)
        .rev()
        .find_map(|k| built.events_in_sentences(k, k).last())
    {
        vec![e]
    } else {
        built.news.into_iter().collect()
    }
}

/// The questions clause `range` of a sentence's tokens gives, with the spans they come
/// from: for an explicit cue, the items of an enumeration, else an embedded question, else
/// the clause as a statement (its span the whole clause); failing that, the first hedge that
/// can be put as a question. None if the clause has no cue.
fn clause_questions(
    text: &str,
    toks: &[Token<'_>],
    range: std::ops::Range<usize>,
    sentence: Span,
    hedges: bool,
) -> Vec<(String, Span)> {
    let Some(ct) = toks.get(range.clone()) else {
        return Vec::new();
    };
    let found = cues(ct);
    let clause_span = Span::new(
        ct.first()
            .map_or(sentence.start, super::tokens::Token::start),
        ct.last().map_or(sentence.end, super::tokens::Token::end),
    );
    let Some(&found_cue) = found.iter().find(|c| !c.kind.is_hedge()) else {
        if !hedges {
            return Vec::new();
        }
        // A hedge inside a quotation is the speaker's, and often a figure of speech. A cause
        // still sought asks the sharpest question ("trying to determine the cause of …").
        let sought_cause = found.iter().filter(|c| c.kind == CueKind::Cause);
        return sought_cause
            .chain(found.iter().filter(|c| c.kind != CueKind::Cause))
            .filter(|c| !in_quote(toks, range.start + c.at))
            .find_map(|&c| hedge_question(text, ct, c))
            .map(|q| vec![(q, clause_span)])
            .unwrap_or_default();
    };
    let mut items = enumerated_questions(text, ct);
    if items.is_empty()
        && let Some(q) = embedded_question(text, ct, found_cue)
    {
        items.push(q);
    }
    // "I don't know where I'm going": the speaker's own state, no open question.
    // "the only state yet to vote": "yet to" right after a noun describes it; nothing is
    // pending in the clause.
    let describes_noun = found_cue.kind == CueKind::Pending
        && ct.get(found_cue.at).is_some_and(|t| t.is("yet"))
        && found_cue
            .at
            .checked_sub(1)
            .and_then(|k| ct.get(k))
            .is_some_and(|t| {
                t.is_word()
                    && !matches!(
                        t.lower().as_str(),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "has"
                            | "have"
                            | "had"
                            | "still"
                            | "as"
                            | "but"
                            | "and"
                            | "be"
                            | "been"
                            | "remain"
                            | "remains"
                            | "not"
                    )
            });
    if items.is_empty() && !describes_noun && !speaker_unsure_of_self(ct, found_cue) {
        let q = cue_question(text, toks, range.clone(), found_cue).or_else(|| {
            // A clause in the first or second person inside a quotation, or one whose
            // subject is "I", "we" or "you" outside, is the speaker's (or the columnist's)
            // own state ("I don't know if there's any state whiter"), "it's unclear" with
            // nothing after it points back at what the article already said, and a
            // fragment ("Not yet, at least") says nothing: none is a question the article
            // leaves open.
            let bare_unclear = found_cue.kind == CueKind::Unclear
                && ct.first().is_some_and(|t| {
                    matches!(
                        t.lower().as_str(),
                        "it" | "it's" | "it’s" | "this" | "that" | "which"
                    )
                })
                && ct
                    .get(found_cue.at + found_cue.len..)
                    .is_none_or(|rest| rest.iter().filter(|t| t.is_word()).count() <= 3);
            let words = ct.iter().filter(|t| t.is_word()).count();
            let quoted = in_quote(toks, range.start + found_cue.at);
            let first = ct
                .iter()
                .position(|t| t.is_word() && !matches!(t.lower().as_str(), "and" | "but" | "so"))
                .unwrap_or(0);
            let own = if quoted {
                personal(ct)
            } else {
                personal(ct.get(first..=first).unwrap_or_default())
            };
            // "It's hard to say" asks something only of the wh-clause it is said of.
            // Nor does "a question of whether to accept the delay", with no subject.
            let infinitive = ct
                .iter()
                .skip(found_cue.at + found_cue.len)
                .find(|t| !t.is("or") && !t.is("not"))
                .is_some_and(|t| t.is("to"))
                && ct
                    .get(found_cue.at + found_cue.len - 1)
                    .is_some_and(|t| WH.contains(&t.lower().as_str()));
            let only_embedded = infinitive
                || ct.get(found_cue.at).is_some_and(|t| {
                    matches!(t.lower().as_str(), "hard" | "difficult" | "impossible")
                });
            (!own && !bare_unclear && !only_embedded && words >= 4)
                .then(|| statement(text, ct, found_cue.at))
        });
        items.extend(q.map(|q| (q, clause_span)));
    }
    items
}

/// The cue is followed by a wh-clause in the first or second person ("don't know where I'm
/// going", "not sure what you mean").
fn speaker_unsure_of_self(ct: &[Token<'_>], cue: Cue) -> bool {
    let after = cue.at + cue.len;
    (after..after + 3)
        .find(|&k| ct.get(k).is_some_and(|t| WH.contains(&t.lower().as_str())))
        .and_then(|wh| ct.get(wh..))
        .is_some_and(personal)
}

/// Enumerations: "including how X and how Y" gives one question per wh-item.
fn enumerated_questions(text: &str, ct: &[Token<'_>]) -> Vec<(String, Span)> {
    let intro = ct
        .iter()
        .position(|t| t.is("including") || t.text == ":" || (t.is("such") && ct.get(1).is_some()));
    let Some(p) = intro else {
        return Vec::new();
    };
    let mut starts: Vec<usize> = Vec::new();
    for k in p + 1..ct.len() {
        if WH.contains(&ct[k].lower().as_str())
            && (k == p + 1 || matches!(ct[k - 1].text, "," | "and" | "or"))
        {
            starts.push(k);
        }
    }
    let mut items = Vec::new();
    for (n, &a) in starts.iter().enumerate() {
        let mut b = starts.get(n + 1).copied().unwrap_or(ct.len());
        while b > a && matches!(ct[b - 1].text, "," | "and" | "or" | ".") {
            b -= 1;
        }
        let item = &ct[a..b];
        items.push((
            wh_question(text, item),
            Span::new(item[0].start(), item[item.len() - 1].end()),
        ));
    }
    items
}

/// A near duplicate of one of the last 40 questions (two thirds of the shorter one's content
/// words, and at least three, in common). Duplicates sit close together in an article:
/// comparing with recent ones only is enough.
fn repeats_recent(out: &[RawQuestion], words: &BTreeSet<String>) -> bool {
    out.iter().rev().take(40).any(|q| {
        let other = content_words(&q.text);
        let common = words.intersection(&other).count();
        common * 3 >= words.len().min(other.len()) * 2 && common >= 3
    })
}

/// The actors a question at `span` involves: those named in it, the people its role nouns
/// stand for ("whether the mayor will sign"), else everyone named in its sentence.
fn question_actors(
    text: &str,
    found: &Found,
    toks: &[Token<'_>],
    span: Span,
    sentence: Span,
) -> Vec<usize> {
    let mut actors: Vec<usize> = Vec::new();
    for m in found.mentions_in(span) {
        if !actors.contains(&m.actor) {
            actors.push(m.actor);
        }
    }
    // "whether the mayor will sign": a role resolves to the person it names.
    for (k, t) in toks.iter().enumerate() {
        if t.start() >= span.start
            && t.end() <= span.end
            && k > 0
            && toks.get(k - 1).is_some_and(|p| p.is("the"))
            && t.is_word()
            && !t.is_capitalised()
            && t.text.len() >= 4
            && is_title_word(t.text)
            && let Some(a) = super::quotes::resolve_role_noun(text, found, t.text, t.start())
            && !actors.contains(&a)
        {
            actors.push(a);
        }
    }
    // A speaker admitting it ("We don't know yet…," admitted Karl Berg): the people named
    // in the sentence.
    if actors.is_empty() {
        for m in found.mentions_in(sentence) {
            if !actors.contains(&m.actor) {
                actors.push(m.actor);
            }
        }
    }
    actors
}

#[cfg(test)]
pub(crate) mod tests_support {
    /// The texts of the open questions found in `text`.
    pub fn questions(text: &str) -> Vec<String> {
        let (doc, found, built) = super::super::stages_for_test(text, None);
        super::find(&doc, &found, &built)
            .into_iter()
            .map(|q| q.text)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions(text: &str) -> Vec<String> {
        let (doc, found, built) = super::super::stages_for_test(text, None);
        find(&doc, &found, &built)
            .into_iter()
            .map(|q| q.text)
            .collect()
    }

    #[test]
    fn enumerated_how_clauses_become_questions() {
        let q = questions(
            "He cautioned that questions remain unresolved, including how the fund would be run and how donors would be repaid.",
        );
        assert_eq!(
            q,
            ["How would the fund be run?", "How would donors be repaid?"]
        );
    }

    #[test]
    fn how_with_an_adjective_or_a_quantity_keeps_its_phrase_together() {
        assert_eq!(
            questions("It may take weeks to determine how strong the new levee is."),
            ["How strong is the new levee?"]
        );
        assert_eq!(
            questions("It is not clear how much money the port will receive."),
            ["How much money will the port receive?"]
        );
        assert_eq!(
            questions("It is unclear how many workers will return."),
            ["How many workers will return?"]
        );
        assert_eq!(
            questions("It remains unclear how the port will pay for the repairs."),
            ["How will the port pay for the repairs?"]
        );
    }

    #[test]
    fn a_speakers_own_doubts_and_a_bare_unclear_ask_nothing() {
        for s in [
            "“We are still not sure about the timetable,” the mayor said.",
            "“You don't know the half of it,” she said.",
            "The ferry timetable changed again. It's unclear at this point.",
        ] {
            assert!(questions(s).is_empty(), "{s}: {:?}", questions(s));
        }
        for s in [
            "Ohio has the most voters of any state yet to vote in the primary.",
            "I don't know much about the other ports, frankly.",
            "Not yet.",
        ] {
            assert!(questions(s).is_empty(), "{s}: {:?}", questions(s));
        }
        assert_eq!(
            questions("It is unclear if the ferry operator is aware of the new rules."),
            ["Is the ferry operator aware of the new rules?"]
        );

        // Outside quotes, an explicit cue still gives its statement.
        assert_eq!(
            questions(
                "The fate of the old ferry terminal remains unclear after the vote on Monday."
            ),
            ["The fate of the old ferry terminal remains unclear after the vote on Monday"]
        );
    }

    #[test]
    fn whether_becomes_a_yes_no_question() {
        let q = questions("It remains unclear whether the council will approve the budget.");
        assert_eq!(q, ["Will the council approve the budget?"]);
    }

    #[test]
    fn a_fronted_whether_before_remains_to_be_seen_and_a_pseudo_cleft_ask_their_clause() {
        assert_eq!(
            questions("Whether the merger is a success remains to be seen."),
            ["Is the merger a success?"]
        );
        assert_eq!(
            questions("What is unclear is whether the senator will back the winner."),
            ["Will the senator back the winner?"]
        );
    }

    #[test]
    fn whether_clauses_without_an_auxiliary_ask_with_do() {
        for (text, want) in [
            (
                "It is also unclear whether the agency has the evidence to sue.",
                "Does the agency have the evidence to sue?",
            ),
            (
                "Inspectors are looking into whether port business illegally intersected \
                 with the Varga Foundation.",
                "Did port business illegally intersect with the Varga Foundation?",
            ),
            (
                "It was not clear whether a clerk inside the council made the list or \
                 whether he found it somewhere else.",
                "Did a clerk inside the council make the list?",
            ),
            (
                "It is unclear whether investigators found evidence linked to the minister.",
                "Did investigators find evidence linked to the minister?",
            ),
        ] {
            assert_eq!(questions(text), [want], "{text}");
        }
        // A past form whose base is not certain, or a verb in "-s" before it ("leans
        // left"): the clause stays as written rather than become a misspelt question.
        for text in [
            "It was not clear whether the rebels visited the town.",
            "It is unclear whether the court leans left or right on the issue.",
        ] {
            let q = questions(text);
            assert!(q.iter().all(|q| !q.starts_with("Did")), "{text}: {q:?}");
        }
    }

    #[test]
    fn statements_lose_introductions_and_attributions() {
        let q = questions(
            "Despite the talks, the treaty was not formally endorsed by the senate, according to aides.",
        );
        assert_eq!(q, ["Will the treaty be formally endorsed by the senate?"]);
    }

    #[test]
    fn repeated_sentences_and_near_duplicates_give_one_question() {
        let s = "The plan has yet to be agreed by the ministers. ";
        assert_eq!(questions(&s.repeat(3)).len(), 1);
    }

    #[test]
    fn decisions_not_made_and_admissions_are_open() {
        for s in [
            "No decision has been made on the second runway.",
            "The sticking point remains the funding of the rail link.",
            "The mayor admitted it was too early to say whether the bridge would reopen.",
            "The route of the pipeline has not been settled, officials said.",
            "Whether the border stays open remains open.",
        ] {
            assert_eq!(questions(s).len(), 1, "{s}");
        }
    }

    #[test]
    fn unsaid_and_unseen_wh_clauses_become_questions() {
        assert_eq!(
            questions("The mayor did not say whether the bridge would reopen."),
            ["Would the bridge reopen?"]
        );
        assert_eq!(
            questions("It remains to be seen whether the council will approve the plan."),
            ["Will the council approve the plan?"]
        );
        assert_eq!(
            questions("Officials declined to say when the ferries would run again."),
            ["When would the ferries run again?"]
        );
    }

    #[test]
    fn investigations_silence_and_disputed_claims_are_open() {
        for s in [
            "The cause of the fire is still under investigation.",
            "The harbour authority has not yet commented on the closure.",
            "The ministry declined to comment on the report.",
            "The council said talks had progressed but were not concluded.",
            "The frigate was reportedly hit by a drone near the port.",
            "The company gave its figures without offering any details on the sale.",
        ] {
            assert_eq!(questions(s).len(), 1, "{s}");
        }
    }

    #[test]
    fn statements_with_an_auxiliary_become_yes_no_questions() {
        assert_eq!(
            questions("The harbour authority has not yet commented on the closure."),
            ["Has the harbour authority commented on the closure?"]
        );
        assert_eq!(
            questions("The cause of the fire is still under investigation."),
            ["Is the cause of the fire still under investigation?"]
        );
        // Silence asks how the silent party will respond.
        assert_eq!(
            questions("The ministry declined to comment on the report."),
            ["How will the ministry respond to the report?"]
        );
    }

    #[test]
    fn hedges_become_questions_about_their_subject() {
        assert_eq!(
            questions("Analysts said the drought may push grain prices higher this winter."),
            ["Will the drought push grain prices higher this winter?"]
        );
        assert_eq!(
            questions(
                "The new bridge toll, which is expected to be approved on March 3, was drafted by the city."
            ),
            ["Will the new bridge toll be approved on March 3?"]
        );
        assert_eq!(
            questions(
                "The charter must also win the backing of the regional assembly, the upper chamber, before it can take effect."
            ),
            ["Will the charter win the backing of the regional assembly?"]
        );
        assert_eq!(
            questions("Crews are trying to determine the cause of the warehouse fire."),
            ["What caused the warehouse fire?"]
        );
    }

    #[test]
    fn hedges_that_are_no_open_questions_give_none() {
        for s in [
            // A speaker's figure of speech, inside the quotation.
            "“Prices could go through the roof,” the trader said.",
            // First and second person.
            "I don't know where I'm going next.",
            "You may also like our weekly newsletter.",
            // A legal disclaimer.
            "This release contains forward-looking statements. Actual results could differ materially from those projected.",
            // A plain future and a plain past.
            "The ferry will sail at noon.",
            "The mayor could not attend the opening.",
        ] {
            assert!(questions(s).is_empty(), "{s}: {:?}", questions(s));
        }
    }

    #[test]
    fn an_explicit_cue_wins_over_a_hedge_in_its_clause() {
        // "may" comes first, but "has not yet commented" is what the clause leaves open.
        assert_eq!(
            questions("The port, which may reopen, has not yet commented on the closure."),
            ["Has the port commented on the closure?"]
        );
    }

    #[test]
    fn ordinary_sentences_give_none() {
        assert!(questions("The minister visited the port on Monday and met workers.").is_empty());
    }
}

/// Cue families and question shapes met in real news (PolNeAR `train`, read by hand): each
/// case here is written for the class, not copied from an article.
#[cfg(test)]
mod real_news_classes {
    use super::tests_support::questions;

    fn one(text: &str) -> String {
        let q = questions(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn the_question_is_whether_asks_the_whether_clause() {
        for (text, want) in [
            (
                "The big question is whether the council will approve the budget.",
                "Will the council approve the budget?",
            ),
            (
                "The merger raises questions about how such an arrangement would work.",
                "How would such an arrangement work?",
            ),
            (
                "It was a question of whether the mayor was ready for the job, she said.",
                "Was the mayor ready for the job?",
            ),
            (
                "Investigators are looking into whether the fire was set deliberately, according to the local paper.",
                "Was the fire set deliberately?",
            ),
            (
                "Whether the ceasefire will hold is hard to predict.",
                "Will the ceasefire hold?",
            ),
            (
                "Residents are left wondering whether or not the bridge should reopen.",
                "Should the bridge reopen?",
            ),
            (
                "The minister said she did not know whether the talks would resume.",
                "Would the talks resume?",
            ),
        ] {
            assert_eq!(one(text), want);
        }
    }

    #[test]
    fn embedded_questions_keep_their_verb_and_lose_asides() {
        for (text, want) in [
            (
                "The spokesman wouldn't say when, or if, the council will vote on the plan.",
                "When will the council vote on the plan?",
            ),
            (
                "Critics raised the question of whether the mayor had really consulted the residents.",
                "Had the mayor really consulted the residents?",
            ),
            (
                "Nobody knows whether the ferry will run, leaving hundreds stranded.",
                "Will the ferry run?",
            ),
            (
                "The senator has not endorsed the governor and has been a critic of his budget.",
                "Has the senator endorsed the governor?",
            ),
        ] {
            assert_eq!(one(text), want);
        }
        assert_eq!(
            questions("It may not be a question of whether to accept the delay."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn thousands_of_asides_before_a_hedge_give_at_most_one_question() {
        // A hostile clause: 20,000 phrases set off by commas before the hedge. The subject
        // is looked for past two asides at most.
        let text = format!(
            "The plan{}, is expected to pass.",
            ", a quiet plan".repeat(20_000)
        );
        let q = questions(&text);
        assert!(q.len() <= 1, "{q:?}");
    }

    #[test]
    fn the_article_asking_in_its_own_voice_is_an_open_question() {
        assert_eq!(
            questions(
                "Negotiators met on Monday. But will the truce hold once the monitors leave?"
            ),
            vec!["Will the truce hold once the monitors leave?".to_owned()]
        );
        for text in [
            "She can't win this without the referee on her side?",
            "How about the mayor, then?",
            "“Will the truce hold?” asked the mayor at the meeting.",
            "Q: Will the truce hold once the monitors leave?\n\nA: We think so.",
            "Do you remember the last time the ferry ran on time?",
        ] {
            assert_eq!(questions(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn postponements_doubts_and_details_not_worked_out_are_open() {
        for (text, want) in [
            (
                "The funding conference planned for March has been postponed indefinitely.",
                "When will the funding conference planned for March take place?",
            ),
            (
                "The question now is who will pay for the reconstruction.",
                "Who will pay for the reconstruction?",
            ),
            (
                "The details of the prisoner exchange have not been worked out.",
                "Will the details of the prisoner exchange be worked out?",
            ),
        ] {
            assert_eq!(one(text), want);
        }
    }

    #[test]
    fn declining_to_speculate_or_rule_out_asks_what_was_withheld() {
        assert_eq!(
            one("The mayor declined to speculate on the cost of the repairs."),
            "What will the mayor say about the cost of the repairs?"
        );
        assert_eq!(
            one("The regional governor declined to rule out new taxes next year."),
            "Will the regional governor rule out new taxes next year?"
        );
        assert_eq!(
            one("Dana Whitfield, the union's lawyer, also declined to comment."),
            "How will Dana Whitfield respond?"
        );
    }

    #[test]
    fn hedged_subjects_are_found_past_asides_names_and_numbers() {
        for (text, want) in [
            (
                "The agency, under growing pressure, is expected to publish the report next week.",
                "Will the agency publish the report next week?",
            ),
            (
                "The summit is seen as one way Ramos could win support from the unions.",
                "Will Ramos win support from the unions?",
            ),
            (
                "The new line could carry 12,500 passengers a day.",
                "Will the new line carry 12,500 passengers a day?",
            ),
            (
                "The delegates who may back the rebel candidate are mostly from the north.",
                "Will the delegates back the rebel candidate?",
            ),
        ] {
            assert_eq!(one(text), want);
        }
    }

    #[test]
    fn reputations_poll_shares_jibes_and_lost_abilities_ask_nothing() {
        for text in [
            "The party is not known for its discipline in the chamber.",
            "Only 6 percent of the voters in the poll were undecided.",
            "“I don't know where that is coming from,” said the councillor after the vote.",
            "The regulator doesn't know what it's doing, the opposition leader said.",
            "Their own members found they could no longer defend the plan.",
            "It is hard to say the delay would have changed anything at all.",
            "Critics wonder why they joined the coalition could be the real story.",
        ] {
            assert_eq!(questions(text), Vec::<String>::new(), "{text}");
        }
    }
}
