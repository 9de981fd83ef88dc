//! Event titles: the briefing line for a dated event, cut from the clause around its time
//! expression ("In 2014, Russia annexed Crimea" → "Russia annexed Crimea"), with its
//! subject named and its length kept to a line.

use super::clause::{CLAUSE_REACH, clause_of, fronted_phrase, is_boundary, verb_like};
use super::subject::{
    parenthetical_subject, pronoun_referent, subject_before, subject_phrase_before,
};
use crate::extract::Doc;
use crate::extract::actors::Found;
use crate::extract::tokens::{Token, TokenKind};
use crate::model::Span;

/// Modal verbs: "would continue" reads "to continue" in a briefing line.
const MODALS: &[&str] = &["would", "will", "shall", "could", "might"];
/// Verbs that report what someone else did; the event title keeps only the report.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "stated",
    "argued",
    "insisted",
    "claimed",
    "believes",
    "believed",
    "recalled",
    "confirmed",
];
/// Verbs that attribute a report to its source at the end of a sentence ("…, the ministry
/// announced on Monday"), beside [`REPORTING_VERBS`]. Not the speech nouns ("post",
/// "statement").
const ATTRIBUTION_VERBS: &[&str] = &["announced", "reported", "wrote", "warned", "explained"];
/// "is expected to", "are due to": in a briefing line these read "to".
const EXPECTATION_WORDS: &[&str] = &["expected", "due", "set", "scheduled", "likely", "poised"];

/// The token range a title is cut from, what opens it (a relative pronoun or conjunction
/// whose subject comes before), and a non-restrictive relative clause inside it to leave out.
struct TitleClause {
    start: usize,
    end: usize,
    opener: Option<usize>,
    skip: Option<(usize, usize)>,
}

/// A briefing-line title for the event anchored at `trigger` in sentence `si`, and the
/// actors it involves (indices into `found.actors`).
pub fn title_for(
    doc: &Doc<'_>,
    found: &Found,
    si: usize,
    trigger: Span,
    quote_runs: &[(usize, usize)],
) -> (String, Vec<usize>) {
    let Some(sent) = doc.sentences.get(si) else {
        return (String::new(), Vec::new());
    };
    let toks = &sent.tokens;
    // Tokens are in text order: binary search, not a scan per event.
    let a = toks.partition_point(|t| t.start() < trigger.start);
    let a = if a == toks.len() { 0 } else { a };
    let b = toks.partition_point(|t| t.start() < trigger.end);
    if let Some(speech) = speech_title(doc.text, found, si, toks, quote_runs, a, b) {
        return speech;
    }
    let Some(clause) = title_clause(toks, a, b) else {
        return (String::new(), Vec::new());
    };
    let mut actors = Vec::new();
    let subject = clause
        .opener
        .and_then(|o| subject_before(found, si, toks, o))
        .or_else(|| parenthetical_subject(found, si, toks, clause.start));
    if let Some((actor, _)) = &subject {
        actors.push(*actor);
    }
    let mut words = clause_words(toks, &clause, a, b);
    collapse_expectations(&mut words);
    trim_signal_words(&mut words);
    shorten_to_line(&mut words);
    if subject.is_none() {
        name_missing_subject(doc, found, si, toks, &clause, a, b, &mut words, &mut actors);
    }
    let mut title = words.join(" ");
    title = title.trim_end_matches([',', ';', ':']).to_owned();
    // "Stumpf said (on Tuesday) that the lowest-paid workers make $12 an hour": a title that
    // ends on its speech verb says what was said, never the attribution alone.
    if let Some(content) = reported_content(doc.text, toks, &clause, &title, a) {
        title = format!("{title} {content}");
    } else if let Some(content) = reported_before(doc.text, toks, &clause, &title, (a, b)) {
        // "Officials said a bomb exploded at a bank…": the time dates the saying, and the
        // title says so.
        title = format!("{title} {content}");
    }
    if let Some((_, name)) = subject
        && !title.starts_with(&name)
    {
        title = format!("{name} {title}");
    }
    let span = Span::new(
        toks.get(clause.start)
            .map_or(trigger.start, super::super::tokens::Token::start),
        toks.get(clause.end.saturating_sub(1))
            .map_or(trigger.end, super::super::tokens::Token::end),
    );
    for m in found.mentions_in(span) {
        if !actors.contains(&m.actor) {
            actors.push(m.actor);
        }
    }
    (capitalise(title.trim()), actors)
}

/// The "that" clause a title ending on a speech verb reports ("… said on Tuesday that the
/// workers make $12 an hour" → "the workers make $12 an hour"), up to its first comma and
/// 14 words.
fn reported_content(
    text: &str,
    toks: &[Token<'_>],
    clause: &TitleClause,
    title: &str,
    trigger: usize,
) -> Option<String> {
    let last = title.rsplit(' ').next()?;
    if !crate::extract::gazetteer::SPEECH_VERBS_SET.contains(last.to_lowercase().as_str()) {
        return None;
    }
    let verb = (clause.start..clause.end.min(toks.len()))
        .find(|&k| toks.get(k).is_some_and(|t| t.text == last))?;
    let that = (verb + 1..(verb + 10).min(toks.len()))
        .find(|&k| toks.get(k).is_some_and(|t| t.is("that")))?;
    // At most 15 tokens are looked at: a title costs the same in a 1 MB "sentence".
    // A short quoted name inside the clause ("the “American Pie” star") does not end it.
    let closing_soon = |k: usize| {
        (k + 2..(k + 6).min(toks.len()))
            .find(|&j| toks.get(j).is_some_and(|t| matches!(t.text, "”" | "\"")))
    };
    let mut end = toks.len();
    let mut k = that + 1;
    while k < (that + 15).min(toks.len()) {
        let Some(t) = toks.get(k) else { break };
        if matches!(t.text, "“" | "\"")
            && let Some(close) = closing_soon(k)
        {
            k = close + 1;
            continue;
        }
        if matches!(t.text, "," | ";" | "." | ":" | "—" | "–" | "“" | "\"")
            && !inside_word_punct(toks, k)
        {
            end = k;
            break;
        }
        k += 1;
    }
    let end = end.min(that + 15);
    // The time expression dates the event; it is not part of its title.
    let end = if trigger > that {
        end.min(trigger)
    } else {
        end
    };
    // "… she thinks the video should be released but said …": the clause ends at "but".
    let end = (that + 1..end)
        .find(|&k| toks.get(k).is_some_and(|t| t.is("but")))
        .unwrap_or(end);
    let content = toks.get(that + 1..end)?;
    // "said that if his candidate were to win, …": a condition is not what was said.
    let subordinate = content.first().is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "if" | "when" | "while" | "because" | "although" | "though" | "as" | "unless"
        )
    });
    if subordinate || content.iter().filter(|t| t.is_word()).count() < 3 {
        return None;
    }
    let (first, last) = (content.first()?, content.last()?);
    let mut words: Vec<&str> = text
        .get(first.start()..last.end())?
        .split_whitespace()
        .collect();
    cut_open_quote(&mut words);
    // Cut before a dangling preposition or conjunction, as the title is.
    while words
        .last()
        .is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    (words.len() >= 3).then(|| words.join(" "))
}

/// Whether a word opens a quotation ("“a", "\"loser", "''Leave").
fn opens_quote(w: &str) -> bool {
    w.starts_with(['“', '"']) || w.starts_with("''") || w.ends_with('“')
}

/// Whether a word closes a quotation ("loser,”", "careless\"", "won,''").
fn closes_quote(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
    w.len() > 1 && (w.ends_with(['”', '"']) || w.ends_with("''"))
}

/// Cuts words cut short inside a quotation: from the last opening mark that is not closed
/// ("Bush tweeted Trump is a “loser,” a “liar” and a “" ends before "a “").
fn cut_open_quote(words: &mut Vec<&str>) {
    let Some(open) = words.iter().rposition(|w| opens_quote(w)) else {
        return;
    };
    let closed = words.iter().skip(open).any(|w| closes_quote(w));
    // A clause that would be left with fewer than three words keeps its quotation.
    if !closed && open >= 3 {
        words.truncate(open);
    }
}

/// The report an attribution that closes the sentence gives ("A bomb exploded at a bank
/// in Woodburn, officials said Saturday." → "a bomb exploded at a bank in Woodburn", for
/// the title "Officials said a bomb exploded at a bank in Woodburn"): the time dates the
/// saying, and a title of the attribution alone says nothing of what happened. The words before the attribution's comma (from the last
/// semicolon, colon or dash: a dateline is no part of it), when they are a clause of their
/// own (a verb, four words or more, not the end of a quotation, not a fronted "Asked about
/// …" or "After …"), up to 14 words; nothing may follow the verb but its time, "in a
/// statement" and the like.
fn reported_before(
    text: &str,
    toks: &[Token<'_>],
    clause: &TitleClause,
    title: &str,
    trigger: (usize, usize),
) -> Option<String> {
    let (speaker, last) = title.rsplit_once(' ')?;
    let last = last.to_lowercase();
    if !REPORTING_VERBS.contains(&last.as_str()) && !ATTRIBUTION_VERBS.contains(&last.as_str()) {
        return None;
    }
    let comma = clause.start.checked_sub(1)?;
    // Bounded: a title costs the same in a 1 MB "sentence" of attributions.
    if toks.get(comma)?.text != "," || !(4..=60).contains(&comma) {
        return None;
    }
    // The attribution closes the sentence: after its verb only the time, punctuation and a
    // few words of manner ("in a statement", "late on Saturday").
    let verb = (clause.start..clause.end.min(toks.len()).min(clause.start + 12))
        .find(|&k| toks.get(k).is_some_and(|t| t.lower().as_str() == last))?;
    if !closes_sentence(toks, verb, trigger) {
        return None;
    }
    let from = content_start(toks, comma);
    let content = toks.get(from..comma)?;
    let first = content.first()?;
    if !first.is_word()
        || is_fronted_opener(&first.lower())
        || !content.iter().any(|t| verb_like(Some(t)))
        || content.iter().filter(|t| t.is_word()).count() < 4
    {
        return None;
    }
    // "It was reported", "it is said": no one is named.
    let speaker = speaker
        .trim_end_matches(" also")
        .trim_end_matches(" later")
        .trim_end_matches(" previously");
    let speaker_last = speaker.rsplit(' ').next().unwrap_or(speaker).to_lowercase();
    if matches!(
        speaker_last.as_str(),
        "it" | "was" | "were" | "is" | "are" | "be" | "been" | "being"
    ) {
        return None;
    }
    let said = text.get(first.start()..content.last()?.end())?;
    let mut words: Vec<&str> = said.split_whitespace().collect();
    // "…,'' the White House press secretary said": the end of a quotation begun before.
    let first_open = words.iter().position(|w| opens_quote(w));
    let first_close = words.iter().position(|w| closes_quote(w));
    if first_close.is_some_and(|c| first_open.is_none_or(|o| c < o)) {
        return None;
    }
    // "But", "In addition," tie the sentence to the one before: no part of what was said.
    if words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "but" | "and" | "so" | "yet"))
    {
        words.remove(0);
    }
    if let Some(comma) = words.iter().take(4).position(|w| w.ends_with(','))
        && is_linking_phrase(&words[..=comma])
    {
        words.drain(..=comma);
    }
    let cut = words.len() > 14;
    words.truncate(14);
    while words
        .last()
        .is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    if words.len() < 3 {
        return None;
    }
    // "… said a bomb exploded": an article or pronoun opening the report reads in lower
    // case after the verb; a name keeps its capital.
    if let Some(w) = words.first_mut()
        && is_plain_opener(w)
    {
        let lower = w.to_lowercase();
        let content = format!(
            "{lower} {}",
            words.get(1..).map(|r| r.join(" ")).unwrap_or_default()
        );
        return Some(finish_reported(&content, cut));
    }
    Some(finish_reported(&words.join(" "), cut))
}

/// The reported words as they end a title: no trailing comma, "…" when cut.
fn finish_reported(content: &str, cut: bool) -> String {
    format!(
        "{}{}",
        content.trim_end().trim_end_matches([',', ';', ':']),
        if cut { "…" } else { "" }
    )
}

/// A capitalised article, number word, pronoun or preposition opening a sentence ("A",
/// "The", "Two", "It", "In"), which reads in lower case inside a title.
fn is_plain_opener(word: &str) -> bool {
    matches!(
        word,
        "A" | "An"
            | "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Several"
            | "Some"
            | "Many"
            | "No"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "Both"
            | "All"
            | "Half"
            | "Most"
            | "One"
            | "More"
            | "Nearly"
            | "About"
            | "Only"
            | "Last"
            | "In"
            | "On"
            | "At"
            | "For"
            | "With"
            | "By"
            | "From"
            | "During"
            | "Over"
    )
}

/// Nothing but the time (tokens `trigger`), punctuation and a few words of manner follow
/// the attribution's verb at `verb` (at most 12 tokens are looked at).
fn closes_sentence(toks: &[Token<'_>], verb: usize, trigger: (usize, usize)) -> bool {
    const MANNER: &[&str] = &[
        "on",
        "in",
        "a",
        "an",
        "the",
        "statement",
        "late",
        "early",
        "last",
        "this",
        "night",
        "morning",
        "afternoon",
        "evening",
        "reporters",
        "journalists",
    ];
    toks.len() <= verb + 13
        && (verb + 1..toks.len()).all(|k| {
            (trigger.0..trigger.1).contains(&k)
                || toks
                    .get(k)
                    .is_some_and(|t| !t.is_word() || MANNER.contains(&t.lower().as_str()))
        })
}

/// Where the reported words before the attribution's comma start: after the last semicolon
/// or colon, or a dateline's dash among the first words ("WASHINGTON ― …", "New York (AFP)
/// – …"); a dash further on sets off a parenthesis inside the subject ("Half a dozen donors
/// - including … - have agreed").
fn content_start(toks: &[Token<'_>], comma: usize) -> usize {
    (0..comma)
        .rev()
        .find(|&k| {
            toks.get(k).is_some_and(|t| {
                matches!(t.text, ";" | ":")
                    || (k < 6 && matches!(t.text, "―" | "—" | "–" | "--"))
                    || (k < 6
                        && t.text == "-"
                        && k.checked_sub(1)
                            .and_then(|p| toks.get(p))
                            .is_some_and(|p| p.end() < t.start()))
            })
        })
        .map_or(0, |k| k + 1)
}

/// A word that opens a fronted phrase rather than the report ("Asked about the layoffs,
/// …", "After the blast …", "According to …").
fn is_fronted_opener(word: &str) -> bool {
    matches!(
        word,
        "asked"
            | "speaking"
            | "responding"
            | "referring"
            | "commenting"
            | "writing"
            | "citing"
            | "following"
            | "according"
            | "after"
            | "before"
            | "when"
            | "while"
            | "if"
            | "as"
            | "despite"
            | "although"
            | "though"
            | "because"
            | "since"
            | "unless"
            | "until"
    )
}

/// "In addition,", "Meanwhile,", "At the same time,": words that link a sentence to the one
/// before (`words` ends on the comma).
fn is_linking_phrase(words: &[&str]) -> bool {
    let phrase = words.join(" ").trim_end_matches(',').to_lowercase();
    matches!(
        phrase.as_str(),
        "in addition"
            | "meanwhile"
            | "in the meantime"
            | "however"
            | "earlier"
            | "later"
            | "separately"
            | "also"
            | "still"
            | "instead"
            | "indeed"
            | "moreover"
            | "furthermore"
            | "nevertheless"
            | "at the same time"
            | "on the other hand"
    )
}

/// Words a reported clause cut short must not end on.
const DANGLING: &[&str] = &[
    "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "the", "a", "an", "have",
    "has", "had", "is", "are", "was", "were", "be", "will", "would", "could", "that", "who",
    "which", "its", "their", "his", "her", "recent", "past", "last", "next", "more", "than",
    "about",
];

/// The punctuation at `k` is inside a word: a comma inside a number ("11,491") or the dot
/// of an abbreviation ("the U.S.").
fn inside_word_punct(toks: &[Token<'_>], k: usize) -> bool {
    let (p, t, n) = (
        k.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(k),
        toks.get(k + 1),
    );
    match (p, t, n) {
        (Some(p), Some(t), Some(n)) if t.text == "," => {
            p.end() == t.start()
                && t.end() == n.start()
                && p.text.bytes().all(|b| b.is_ascii_digit())
        }
        (Some(p), Some(t), _) if t.text == "." => {
            p.end() == t.start() && p.text.len() == 1 && p.is_capitalised()
        }
        _ => false,
    }
}

/// A sentence that only attributes a quote (“…,” the German government said on Monday):
/// its time dates the saying, and the title is who said what ("The German government:
/// “No decision has been taken”"), never the attribution alone ("The German government
/// said", "In a statement"); "she" is named. Also returns the speaker's actors.
fn speech_title(
    text: &str,
    found: &Found,
    si: usize,
    toks: &[Token<'_>],
    runs: &[(usize, usize)],
    a: usize,
    b: usize,
) -> Option<(String, Vec<usize>)> {
    let in_quote = |k: usize| runs.iter().any(|&(o, c)| o <= k && k <= c);
    let &(first_open, first_close) = runs.first()?;
    if in_quote(a) || first_close <= first_open + 1 {
        return None;
    }
    let speech =
        |t: &Token<'_>| crate::extract::gazetteer::SPEECH_VERBS_SET.contains(t.lower().as_str());
    // The quote is what was said, whole: it opens the sentence and the verb follows it
    // ("“…,” X said") or the verb comes right before it ("X said: “…”"). A few quoted words
    // inside indirect speech ("called it a “champion”", "was “troubled” by") are no title.
    let verb_after = || {
        (first_close + 1..toks.len())
            .take(12)
            .find(|&k| !in_quote(k) && toks.get(k).is_some_and(speech))
    };
    // "The country “has made dramatic changes,” McConnell said": a partial quote whose
    // subject stands before it, the verb after; the words before carry no verb of their own.
    let mut partial = false;
    let verb = if first_open == 0 {
        verb_after()?
    } else {
        let mut k = first_open.checked_sub(1)?;
        while toks.get(k).is_some_and(|t| matches!(t.text, "," | ":")) {
            k = k.checked_sub(1)?;
        }
        if toks.get(k).is_some_and(speech) {
            k
        } else {
            let plain_subject = first_open <= 8
                && (0..first_open).all(|j| {
                    toks.get(j)
                        .is_some_and(|t| !verb_like(Some(t)) && !speech(t) && t.text != ",")
                });
            partial = plain_subject;
            plain_subject.then(verb_after).flatten()?
        }
    };
    let quoted_words = (first_open + 1..first_close)
        .filter(|&k| toks.get(k).is_some_and(Token::is_word))
        .count();
    if quoted_words < 2 {
        return None;
    }
    // Nothing else outside the quotes may be a verb: "…,” she said, and resigned on Monday"
    // is an event of its own.
    let (_, clause_end, _) = clause_of(toks, a, b);
    let other_verb = (0..clause_end.max(verb + 1))
        .any(|k| k != verb && !(a..b).contains(&k) && !in_quote(k) && verb_like(toks.get(k)));
    if other_verb {
        return None;
    }
    // The speaker: the words right before the verb, else right after it ("said the ministry").
    let word = |k: usize| {
        !in_quote(k)
            && !(a..b).contains(&k)
            && toks
                .get(k)
                .is_some_and(|t| t.is_word() || matches!(t.text, "'s" | "’s" | "."))
    };
    let (from, to) = if let Some(from) = (0..verb).rev().take_while(|&k| word(k)).last() {
        (from, verb)
    } else {
        let to = (verb + 1..toks.len()).take_while(|&k| word(k)).last()? + 1;
        (verb + 1, to)
    };
    let (speaker, actors) = speaker_name(text, found, si, toks.get(from..to)?)?;
    let opening = toks.get(first_open)?;
    let said_from = if opening.is_word() {
        opening.start()
    } else {
        opening.end()
    };
    let said = text
        .get(said_from..toks.get(first_close)?.start())?
        .trim()
        .trim_end_matches([',', '.', ';', ':'])
        .trim();
    if partial {
        let before = text
            .get(toks.first()?.start()..opening.start())?
            .trim_end_matches(['\'', '"', '“', ' '])
            .trim();
        return Some((
            capitalise(&format!("{speaker}: {before} “{}”", first_words(said, 12)?)),
            actors,
        ));
    }
    Some((
        capitalise(&format!("{speaker}: “{}”", first_words(said, 14)?)),
        actors,
    ))
}

/// Quoted runs of a sentence, as (opening mark, closing mark) token indices; straight
/// marks pair up in order, and a closing mark with no opening one closes a run from the
/// sentence's first token.
pub(super) fn quoted_runs(toks: &[Token<'_>]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    // Two apostrophes written together ('') are a straight double mark (the New York
    // Times' archive style: "Not paying taxes ''makes me smart,'' Trump said").
    let doubled = |k: usize| {
        toks.get(k).is_some_and(|t| t.text == "'")
            && toks
                .get(k + 1)
                .is_some_and(|n| n.text == "'" && toks.get(k).is_some_and(|t| t.end() == n.start()))
    };
    // Most sentences quote nobody: no marks, nothing to pair.
    if !toks
        .iter()
        .enumerate()
        .any(|(k, t)| matches!(t.text, "“" | "”" | "\"") || doubled(k))
    {
        return runs;
    }
    let mut open: Option<usize> = None;
    let mut skip = false;
    for (k, t) in toks.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        // A straight mark written against the word before it closes ("shallow,\"").
        let attached = k > 0 && toks.get(k - 1).is_some_and(|p| p.end() == t.start());
        // An opening '' is its second apostrophe (the words start after it); a closing one
        // its first.
        let mark = if doubled(k) {
            skip = true;
            if open.is_none() && !(attached && runs.is_empty()) {
                open = Some(k + 1);
                continue;
            }
            "\""
        } else {
            t.text
        };
        match (mark, open) {
            ("\"", None) if attached && runs.is_empty() => runs.push((0, k)),
            ("“", _) | ("\"", None) => open = Some(k),
            ("”" | "\"", Some(o)) => {
                runs.push((o, k));
                open = None;
            }
            // A quote that began in an earlier sentence ("… The berths are too shallow,”
            // the chair said") runs from this sentence's start.
            ("”", None) if runs.is_empty() && k > 0 => runs.push((0, k)),
            _ => {}
        }
    }
    runs
}

/// Who speaks in `phrase` (the words before or after the speech verb): a name ("Interim
/// DNC Chairwoman Donna Brazile" → "Donna Brazile") or a description of at most six words
/// ("the ministry", "a spokesman"), with the actors it mentions; not "In a Facebook
/// message" or "Democrats also". "It"/"they" are named here, "he"/"she" after the quotes
/// are attributed (`name_pronoun_speakers`, which tells men and women apart).
fn speaker_name(
    text: &str,
    found: &Found,
    si: usize,
    phrase: &[Token<'_>],
) -> Option<(String, Vec<usize>)> {
    let (first, last) = (phrase.first()?, phrase.last()?);
    if phrase.len() > 8 {
        return None;
    }
    let span = Span::new(first.start(), last.end());
    let named = found
        .mentions_in(span)
        .any(|m| m.kind == crate::extract::actors::MentionKind::Name);
    let lead = first.lower();
    let pronoun = matches!(lead.as_str(), "he" | "she" | "it" | "they");
    let described = (pronoun || matches!(lead.as_str(), "the" | "a" | "an")) && phrase.len() <= 6;
    if !(named || described) {
        return None;
    }
    if pronoun && phrase.len() == 1 {
        if matches!(lead.as_str(), "he" | "she") {
            return Some((first.text.to_owned(), Vec::new()));
        }
        let (actor, name) = pronoun_referent(None, found, si, first.start(), first.text)?;
        return Some((name, vec![actor]));
    }
    let actors = found.mentions_in(span).map(|m| m.actor).collect();
    let person = found
        .mentions_in(span)
        .filter(|m| m.span.end == span.end && found.names_a_person(m))
        .last()
        .and_then(|m| found.actors.get(m.actor));
    let name = match person {
        Some(a) => a.name.clone(),
        None => span.slice(text)?.trim_end_matches('.').to_owned(),
    };
    (!name.is_empty()).then_some((name, actors))
}

/// The expression at `trigger` stamps a live-blog entry: it opens the sentence `toks` and a
/// dash follows it ("08:40 CEST — …").
pub fn is_entry_stamp(toks: &[Token<'_>], trigger: Span) -> bool {
    let stamp_end = toks.partition_point(|t| t.start() < trigger.end);
    toks.first().is_some_and(|t| t.start() == trigger.start)
        && toks
            .get(stamp_end)
            .is_some_and(|t| matches!(t.text, "—" | "–" | "-"))
}

/// A live-blog entry stamped at its start ("16:45 CEST — Very sad news. The regional
/// government says a firefighter has died…"): the stamp's own sentence is often a lead-in
/// ("Very sad news", "A reminder of how we got here:"), so the entry is titled by what
/// follows it, after the colon or in the next sentence of the entry. `None` when the stamp's
/// sentence says enough itself (five words or more, no lead-in colon).
pub fn live_entry_title(doc: &Doc<'_>, si: usize, trigger: Span, title: &str) -> Option<String> {
    let sent = doc.sentences.get(si)?;
    let toks = &sent.tokens;
    if !is_entry_stamp(toks, trigger) {
        return None;
    }
    let stamp_end = toks.partition_point(|t| t.start() < trigger.end);
    let body = doc
        .text
        .get(toks.get(stamp_end)?.end()..sent.span.end)?
        .trim();
    // "A reminder of how we got here: about 3,200 people were moved out…"
    // (Not a label before a quote: "Fire chief Tomas Ferrer: “Every aircraft…”".)
    if let Some((_, after)) = body.split_once(": ")
        && after.split_whitespace().count() >= 4
        && !after.starts_with(['“', '"', '‘', '\''])
    {
        return first_words(after.trim_end_matches(['.', '!']), 14).map(|t| capitalise(&t));
    }
    if title.split_whitespace().count() >= 5 {
        return None;
    }
    // The entry's own sentence, whole, if it says more than the clause title did ("The
    // firefighter who died has been named as Marcos Leal, 34"); else the next sentence
    // ("Good morning." → "The wildfire … is burning for a third day").
    let own = body.trim_end_matches(['.', '!']);
    if own.split_whitespace().count() >= 5 {
        return first_words(own, 14).map(|t| capitalise(&t));
    }
    let next = doc
        .sentences
        .get(si + 1)
        .filter(|n| n.paragraph == sent.paragraph)?;
    let text = next
        .span
        .slice(doc.text)?
        .trim()
        .trim_end_matches(['.', '!']);
    (text.split_whitespace().count() >= 3)
        .then(|| first_words(text, 14).map(|t| capitalise(&t)))
        .flatten()
}

/// The first `n` words of `said`, with "…" if it had more; `None` if it has none.
fn first_words(said: &str, n: usize) -> Option<String> {
    let words: Vec<&str> = said.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let ellipsis = if words.len() > n { "…" } else { "" };
    Some(format!(
        "{}{ellipsis}",
        words[..words.len().min(n)].join(" ")
    ))
}

/// The clause a title is cut from, around the trigger at tokens `a..b`; `None` when the
/// clause is an appositive noun phrase, which is no event.
fn title_clause(toks: &[Token<'_>], a: usize, b: usize) -> Option<TitleClause> {
    let (start, end, opener) = clause_of(toks, a, b);
    let mut clause = TitleClause {
        start,
        end,
        opener,
        skip: None,
    };
    take_clause_after_fronted_trigger(toks, a, b, &mut clause);
    take_clause_after_cleft(toks, &mut clause);
    take_main_clause_before_subordinate(toks, a, b, &mut clause);
    start_after_reporting_verb(toks, a, &mut clause);
    continue_past_relative_clause(toks, a, b, &mut clause);
    // "…, its third increase this year": an appositive noun phrase is not an event.
    let appositive = clause.start > 0
        && toks.get(clause.start - 1).is_some_and(|t| t.text == ",")
        && toks.get(clause.start).is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "its" | "his" | "her" | "their" | "a" | "an"
            )
        })
        && !has_verb_outside(toks, clause.start, clause.end, a, b);
    // "…in 2010, up from 1 in 10 in 2000": a figure compared with an earlier one is no
    // event of its own.
    let first = toks.get(clause.start).map(Token::lower);
    let second = toks.get(clause.start + 1).map(Token::lower);
    let comparison = matches!(
        (first.as_deref(), second.as_deref()),
        (Some("up" | "down"), Some("from")) | (Some("compared"), Some("with" | "to"))
    ) && !has_verb_outside(toks, clause.start + 2, clause.end, a, b);
    (!appositive && !comparison).then_some(clause)
}

/// A verb among tokens `from..to`, not counting the trigger at `a..b`.
fn has_verb_outside(toks: &[Token<'_>], from: usize, to: usize, a: usize, b: usize) -> bool {
    (from..to).any(|k| (k < a || k >= b) && verb_like(toks.get(k)))
}

/// Trigger at the start of its clause ("In 2014, Russia annexed Crimea"), or in a fronted
/// phrase without a verb ("In a phone call on Monday, the ministers discussed…"): take
/// what follows.
fn take_clause_after_fronted_trigger(
    toks: &[Token<'_>],
    a: usize,
    b: usize,
    clause: &mut TitleClause,
) {
    let fronted = a.saturating_sub(clause.start) < 2 || fronted_phrase(toks, clause.start, a);
    if fronted && (clause.end <= b || toks.get(b).is_some_and(is_boundary)) {
        let mut s2 = b;
        while toks.get(s2).is_some_and(|t| is_boundary(t)) {
            s2 += 1;
        }
        let (_, e2, _) = clause_of(toks, s2, s2);
        if e2 > s2 {
            clause.start = s2;
            clause.end = e2;
            clause.opener = None;
        }
    }
}

/// "It was a little after two in the morning on 8 January when Ruiz and Dahlgaard signed
/// the agreement": in a cleft sentence the time is the focus, and what happened is the
/// clause after "when".
fn take_clause_after_cleft(toks: &[Token<'_>], clause: &mut TitleClause) {
    let cleft = toks.first().is_some_and(|t| t.is("it"))
        && toks.get(1).is_some_and(|t| t.is("was") || t.is("is"))
        && toks.get(clause.end).is_some_and(|t| t.is("when"))
        && !(2..clause.start).any(|k| toks.get(k).is_some_and(is_boundary));
    if !cleft {
        return;
    }
    let after = clause.end + 1;
    let (_, end, _) = clause_of(toks, after, after);
    if end > after + 1 {
        clause.start = after;
        clause.end = end;
        clause.opener = None;
    }
}

/// "Authorities evacuated the town of Almedo, home to about 3,200 people, on Sunday as the
/// flames came within two kilometres": a trigger opening a comma piece that goes on into a
/// subordinate clause dates the main clause before the comma, not the subordinate one.
fn take_main_clause_before_subordinate(
    toks: &[Token<'_>],
    a: usize,
    b: usize,
    clause: &mut TitleClause,
) {
    const SUBORDINATORS: &[&str] = &[
        "as", "when", "after", "before", "while", "because", "since", "until", "once",
    ];
    let opens_piece = clause.start > 0
        && a.saturating_sub(clause.start) < 2
        && toks.get(clause.start - 1).is_some_and(|t| t.text == ",");
    if !opens_piece
        || !toks
            .get(b)
            .is_some_and(|t| SUBORDINATORS.contains(&t.lower().as_str()))
    {
        return;
    }
    // Back over comma pieces (an appositive, "home to about 3,200 people") to the one
    // with a verb.
    let comma = clause.start - 1;
    let mut end = comma;
    for _ in 0..3 {
        let Some(last) = end.checked_sub(1) else {
            return;
        };
        let (start, _, opener) = clause_of(toks, last, end);
        if opener.is_none() && (start..end).any(|k| verb_like(toks.get(k))) {
            clause.start = start;
            clause.end = comma;
            clause.opener = None;
            return;
        }
        if start == 0 || toks.get(start - 1).is_none_or(|t| t.text != ",") {
            return;
        }
        end = start - 1;
    }
}

/// Reported speech ("Ellis said Kennedy visited the dam in 1963"): the event is what was
/// reported, not the saying.
fn start_after_reporting_verb(toks: &[Token<'_>], a: usize, clause: &mut TitleClause) {
    if let Some(v) = (clause.start..a.min(clause.end)).rev().find(|&k| {
        toks.get(k)
            .is_some_and(|t| REPORTING_VERBS.contains(&t.lower().as_str()))
    }) && a.saturating_sub(v + 1) >= 2
    {
        clause.start = v + 1;
        clause.opener = None;
    }
}

/// "The company, which had struggled for years, was acquired …": a subject without its
/// verb continues after the non-restrictive relative clause, or an age between commas,
/// which the title leaves out.
fn continue_past_relative_clause(toks: &[Token<'_>], a: usize, b: usize, clause: &mut TitleClause) {
    let end = clause.end;
    if !has_verb_outside(toks, clause.start, end, a, b)
        && toks.get(end).is_some_and(|t| t.text == ",")
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is("which") || t.is("who"))
        && let Some(close) = (end + 2..toks.len().min(end + 2 + CLAUSE_REACH))
            .find(|&k| toks.get(k).is_some_and(|t| t.text == ","))
    {
        let (_, e2, _) = clause_of(toks, close + 1, close + 1);
        if e2 > close + 1 && has_verb_outside(toks, close + 1, e2, a, b) {
            clause.skip = Some((end, close + 1));
            clause.end = e2;
        }
        return;
    }
    // "Jimmy Tompkins, 31, tossed a football", "Sarah and Timothy Rogers, 27 and 29 years
    // old, respectively, rode …": an age between commas, then the verb.
    if !has_verb_outside(toks, clause.start, end, a, b)
        && toks.get(end).is_some_and(|t| t.text == ",")
        && toks
            .get(end + 1)
            .is_some_and(|t| t.kind == crate::extract::tokens::TokenKind::Number)
        && let Some(mut close) =
            (end + 2..toks.len().min(end + 8)).find(|&k| toks.get(k).is_some_and(|t| t.text == ","))
    {
        if toks.get(close + 1).is_some_and(|t| t.is("respectively"))
            && toks.get(close + 2).is_some_and(|t| t.text == ",")
        {
            close += 2;
        }
        let (_, e2, _) = clause_of(toks, close + 1, close + 1);
        if e2 > close + 1
            && !has_verb_outside(toks, end + 1, close, a, b)
            && has_verb_outside(toks, close + 1, e2, a, b)
        {
            clause.skip = Some((end, close + 1));
            clause.end = e2;
        }
    }
}

/// Words of the clause, without the trigger (`a..b`), the skipped relative clause and the
/// preposition before the trigger; the main clause's modal becomes "to"; punctuation written against a word
/// joins it.
fn clause_words(toks: &[Token<'_>], clause: &TitleClause, a: usize, b: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut pending_open = String::new();
    let mut k = clause.start;
    while k < clause.end {
        if k >= a && k < b {
            k = b;
            continue;
        }
        if let Some((from, to)) = clause.skip
            && k >= from
            && k < to
        {
            k = to;
            continue;
        }
        let t = &toks[k];
        // "in 2000", and "in the year 2000", "by the summer of 2019": the time phrase's
        // preposition and its words go with the trigger.
        let time_phrase = a > k
            && matches!(
                t.lower().as_str(),
                "in" | "on" | "at" | "since" | "by" | "during" | "from" | "until"
            )
            && (k + 1..a).any(|j| {
                toks.get(j)
                    .is_some_and(|w| !matches!(w.lower().as_str(), "the" | "of" | "early" | "late"))
            })
            && (k + 1..a).all(|j| {
                toks.get(j).is_some_and(|w| {
                    matches!(
                        w.lower().as_str(),
                        "the"
                            | "year"
                            | "month"
                            | "week"
                            | "summer"
                            | "winter"
                            | "spring"
                            | "autumn"
                            | "fall"
                            | "early"
                            | "late"
                            | "of"
                            | "end"
                            | "start"
                    )
                })
            });
        if time_phrase {
            k = a;
            continue;
        }
        // "Officials would continue talks" → "Officials to continue talks", a headline's
        // future; not after a verb of the title ("announced it would get rid of": the
        // modal of a reported clause stays).
        if MODALS.contains(&t.lower().as_str())
            && !(clause.start..k).any(|j| verb_like(toks.get(j)) || is_speech(toks.get(j)))
            && verb_like(toks.get(k + 1)).then_some(()).is_none()
            && toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() && !n.is_capitalised())
        {
            words.push("to".to_owned());
            k += 1;
            continue;
        }
        // Glue what is written together ("U.S.-led", "p.m."); other punctuation closes
        // the word before it.
        let prev = k.checked_sub(1).and_then(|p| toks.get(p));
        let touches = prev.is_some_and(|p| {
            p.end() == t.start() && (p.kind == TokenKind::Punct || t.kind == TokenKind::Punct)
        }) && k > clause.start;
        let opening = t.kind == TokenKind::Punct && matches!(t.text, "“" | "‘" | "(" | "[");
        let closing = t.kind == TokenKind::Punct && !opening && !matches!(t.text, "-" | "%" | "$");
        k += 1;
        match words.last_mut() {
            Some(last) if touches || closing => last.push_str(t.text),
            _ if opening => pending_open.push_str(t.text),
            // Punctuation with no word to close is dropped.
            None if closing => {}
            _ => words.push(format!("{}{}", std::mem::take(&mut pending_open), t.text)),
        }
    }
    words
}

/// A speech verb ("said", "announced").
fn is_speech(t: Option<&Token<'_>>) -> bool {
    t.is_some_and(|t| crate::extract::gazetteer::SPEECH_VERBS_SET.contains(t.lower().as_str()))
}

/// "Parliament is expected to vote" → "Parliament to vote".
fn collapse_expectations(words: &mut Vec<String>) {
    let mut k = 0;
    while k + 2 < words.len() {
        let is_be = words
            .get(k)
            .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "was" | "were"));
        let expect = words
            .get(k + 1)
            .is_some_and(|w| EXPECTATION_WORDS.contains(&w.as_str()));
        if is_be && expect && words.get(k + 2).is_some_and(|w| w == "to") {
            words.drain(k..k + 2);
        }
        k += 1;
    }
}

/// Drops leading conjunctions and signals ("Three years later she …": the signal after the
/// trigger is no part of the line) and trailing dangling prepositions, articles and verbs.
fn trim_signal_words(words: &mut Vec<String>) {
    while words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "and"
                | "but"
                | "then"
                | "that"
                | "which"
                | "who"
                | "also"
                | "so"
                | "later"
                | "earlier"
                // "As she and other demonstrators moved through the city": the clause's
                // subordinator is no part of the line.
                | "as"
                | "when"
                | "while"
                | "although"
                | "though"
                | "because"
        )
    }) {
        words.remove(0);
    }
    while words.last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "in" | "on"
                | "at"
                | "and"
                | "the"
                | "a"
                | "of"
                | "to"
                | "by"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
        )
    }) {
        words.pop();
    }
}

/// A briefing line, not the whole sentence: at most 16 words, cut before a preposition
/// or conjunction when one falls late enough to keep the subject, verb and object.
fn shorten_to_line(words: &mut Vec<String>) {
    if words.len() <= 16 {
        return;
    }
    let cut = (7..=16)
        .rev()
        .find(|&k| {
            words.get(k).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "in" | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "after"
                        | "before"
                        | "during"
                        | "amid"
                        | "as"
                        | "from"
                        | "over"
                        | "while"
                        | "and"
                        | "but"
                        | "following"
                        | "despite"
                        | "under"
                )
            })
        })
        .unwrap_or(16);
    words.truncate(cut);
    // No dangling function word at the end; a short content word stays ("…with his son").
    while words.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "a" | "an"
                | "the"
                | "of"
                | "to"
                | "and"
                | "or"
                | "but"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "by"
                | "as"
                | "from"
                | "his"
                | "her"
                | "its"
                | "our"
                | "their"
                | "my"
                | "your"
                | "that"
                | "who"
                | "was"
                | "is"
                | "be"
        )
    }) {
        words.pop();
    }
}

/// A clause with no subject found yet: "He resigned" → "Mira Solberg resigned" (a pronoun
/// subject names who it is), or "The State Cabinet, on Saturday, gave the nod…" (the
/// clause starts with its verb; its subject is the phrase before).
#[allow(
    clippy::too_many_arguments,
    reason = "the sentence, its clause and trigger, and the two outputs being built"
)]
fn name_missing_subject(
    doc: &Doc<'_>,
    found: &Found,
    si: usize,
    toks: &[Token<'_>],
    clause: &TitleClause,
    a: usize,
    b: usize,
    words: &mut Vec<String>,
    actors: &mut Vec<usize>,
) {
    if let Some(first) = words.first()
        && let Some(pos) = toks
            .get(clause.start)
            .map(super::super::tokens::Token::start)
        && let Some((actor, name)) = pronoun_referent(Some(doc), found, si, pos, first)
    {
        words[0] = name;
        actors.push(actor);
    } else if (verb_like(toks.get(clause.start)) || subject_relative(toks, clause.start))
        && let Some(phrase) = subject_phrase_before(toks, clause.start, a, b)
    {
        let lead: Vec<String> = phrase.iter().map(|t| t.text.to_owned()).collect();
        words.splice(0..0, lead);
    }
}

/// "The lawsuit, which will be filed on Friday, …": a "which" that is the subject of its
/// clause (a verb or an auxiliary follows; not "the House, which Democrats hope to flip").
fn subject_relative(toks: &[Token<'_>], start: usize) -> bool {
    start
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| t.is("which"))
        && toks.get(start).is_some_and(|t| {
            verb_like(Some(t))
                || matches!(
                    t.lower().as_str(),
                    "will"
                        | "would"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "has"
                        | "had"
                        | "have"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                )
        })
}

/// "russia" → "Russia": the first letter in upper case.
pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "He: “…”" titles (see `speech_title`) named after the speaker the quote in that sentence
/// was given: `speaker_of(sentence, quote words)` is that speaker's actor and name.
pub fn name_pronoun_speakers(
    events: &mut [crate::model::Event],
    speaker_of: impl Fn(Span, &str) -> Option<(crate::model::ActorId, String)>,
) {
    for e in events {
        let Some(p) = &e.provenance else {
            continue;
        };
        let Some(rest) = ["He: “", "She: “"]
            .iter()
            .find_map(|prefix| e.title.strip_prefix(prefix))
        else {
            continue;
        };
        let words = rest.trim_end_matches('”').trim_end_matches('…');
        if let Some((actor, name)) = speaker_of(p.sentence, words) {
            e.title = format!("{name}: “{rest}");
            if !e.actors.contains(&actor) {
                e.actors.push(actor);
            }
        }
    }
}
