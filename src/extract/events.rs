//! Events: every anchored time expression becomes a dated event with a briefing-line title
//! derived from its clause ("Russia first invaded Ukraine"), plus the article's own news
//! event (the meeting it reports), dated at the reference date.

use super::Doc;
use super::actors::{Found, MentionKind};
use super::temporal::{self, Timex, TimexType, Value};
use super::tokens::{Token, TokenKind};
use crate::model::{
    ActorId, DateBase, DateValue, Event, EventId, EventKind, Origin, Provenance, ReviewStatus,
    SourceId, Span, TimeAnchor,
};
use chrono::NaiveDate;

/// Nouns that name a reportable happening ("the Paris summit").
pub const EVENT_NOUNS: &[&str] = &[
    "summit",
    "meeting",
    "talks",
    "conference",
    "vote",
    "election",
    "referendum",
    "rally",
    "attack",
    "strike",
    "visit",
    "ceremony",
    "hearing",
    "forum",
    "session",
    "negotiations",
    "signing",
    "protest",
    "protests",
    "trial",
    "debate",
    "launch",
    "announcement",
    "speech",
];

static EVENT_NOUN_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| EVENT_NOUNS.iter().copied().collect());

/// Events and which one is the article's own news event.
#[derive(Clone, Debug, Default)]
pub struct Built {
    pub events: Vec<Event>,
    pub news: Option<usize>,
    /// Sentence index of each event (for linking quotes and questions).
    pub sentence_of: Vec<Option<usize>>,
    /// Trigger span of each event.
    pub trigger_of: Vec<Option<Span>>,
    /// (sentence, event) pairs sorted by sentence, for lookups by sentence range.
    by_sentence: Vec<(usize, usize)>,
}

impl Built {
    /// Events whose sentence lies in `first..=last`.
    pub fn events_in_sentences(
        &self,
        first: usize,
        last: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        let from = self.by_sentence.partition_point(|&(s, _)| s < first);
        self.by_sentence[from..]
            .iter()
            .take_while(move |&&(s, _)| s <= last)
            .map(|&(_, e)| e)
    }
}

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
/// "is expected to", "are due to": in a briefing line these read "to".
const EXPECTATION_WORDS: &[&str] = &["expected", "due", "set", "scheduled", "likely", "poised"];
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
                && p.end == t.start
                && t.end == n.start
                && digit(p)
                && digit(n)
        }
        _ => false,
    }
}

fn is_boundary(t: &Token<'_>) -> bool {
    matches!(
        t.text,
        "," | ";" | ":" | "—" | "–" | "(" | ")" | "“" | "”" | "\"" | "‘" | "’"
    )
}

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

fn verb_like(t: Option<&Token<'_>>) -> bool {
    t.is_some_and(|t| {
        let l = t.lower();
        t.is_word()
            && !t.is_capitalised()
            && (l.ends_with("ed") || COMMON_VERBS.contains(&l.as_str()))
    })
}

/// "Theodora Quill, who designed the bridge, died on Sunday": a clause opening with its verb
/// right after a parenthetical takes the name before the parenthetical as its subject.
fn parenthetical_subject(
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
        .find(|m| m.kind == MentionKind::Name && m.span.end == before.end)?;
    // The name opens its clause ("Theodora Quill, …"), not an object ("met Quill, …").
    let first = toks
        .iter()
        .position(|t| t.start >= m.span.start)
        .unwrap_or(0);
    if first > 0 && !toks.get(first - 1).is_some_and(is_boundary) {
        return None;
    }
    let a = found.actors.get(m.actor)?;
    Some((m.actor, a.name.clone()))
}

/// "In a phone call on Monday", "As of 5 pm on May 30": the clause from `start` up to the
/// trigger at `a` is a prepositional phrase without a verb.
fn fronted_phrase(toks: &[Token<'_>], start: usize, a: usize) -> bool {
    toks.get(start).is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "in" | "on" | "at" | "during" | "as" | "by" | "since" | "after" | "before" | "until"
        )
    }) && a > start
        && a - start <= 6
        && !(start..a).any(|k| verb_like(toks.get(k)))
}

/// The subject of a clause that opens with its verb at `start`: the words that open the
/// clause before it ("The State Cabinet, on Saturday, gave…", "CSW Industrials, Inc.
/// (Nasdaq: CSWI) today reported…" gives "CSWI") or the noun phrase before a relative
/// "that" ("a White Paper that was submitted…"). At most six words, none a verb, the
/// first capitalised or a determiner.
fn subject_phrase_before<'a, 't>(
    toks: &'a [Token<'t>],
    start: usize,
    a: usize,
    b: usize,
) -> Option<&'a [Token<'t>]> {
    let mut k = start;
    if k > 0 && toks.get(k - 1).is_some_and(|t| t.is("that")) {
        k -= 1;
    }
    while k > 0 && toks.get(k - 1).is_some_and(is_boundary) {
        k -= 1;
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
                .is_some_and(|t| t.is("that"))
        })
        .unwrap_or(s);
    let phrase = toks.get(s..k)?;
    let words_only = phrase
        .iter()
        .all(|t| t.is_word() || t.text == "." || t.text == "'s");
    let opens = phrase
        .first()
        .is_some_and(|t| t.is_capitalised() || matches!(t.lower().as_str(), "a" | "an" | "the"));
    (!phrase.is_empty()
        && phrase.len() <= 6
        && words_only
        && opens
        && !(s..k).any(|i| verb_like(toks.get(i))))
    .then_some(phrase)
}

/// Token index range of the clause around `a..b` (the trigger) and what starts it.
/// How far a clause reaches from its trigger, in tokens, each way. A briefing line keeps at
/// most 16 words, and a list or transcript with no clause marks must not make every one of
/// its dates scan the whole "sentence" (issue 17: quadratic time).
const CLAUSE_REACH: usize = 48;

fn clause_of(toks: &[Token<'_>], a: usize, b: usize) -> (usize, usize, Option<usize>) {
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
            || (!is_boundary(&toks[end]) && !is_clause_word(&toks[end]) && toks[end].text != "."))
    {
        if toks[end].is("and") && verb_like(toks.get(end + 1)) {
            break;
        }
        end += 1;
    }
    (start, end, opener)
}

/// The actor (name) a clause starting at `opener` refers back to.
fn subject_before(
    found: &Found,
    sent: usize,
    toks: &[Token<'_>],
    opener: usize,
) -> Option<(usize, String)> {
    let op = toks.get(opener)?;
    if op.is("which") || op.is("who") {
        // Antecedent: the last name before the relative pronoun.
        let before = op.start;
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
        let from = toks.get(s)?.start;
        let m = found
            .in_sentence(sent)
            .iter()
            .find(|m| m.span.start >= from && m.span.end <= op.start)?;
        let a = found.actors.get(m.actor)?;
        return Some((m.actor, a.name.clone()));
    }
    None
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A briefing-line title for the event anchored at `trigger` in sentence `si`.
#[allow(clippy::too_many_lines, reason = "split in issue 16 part 1/14")]
pub fn title_for(doc: &Doc<'_>, found: &Found, si: usize, trigger: Span) -> (String, Vec<usize>) {
    let Some(sent) = doc.sentences.get(si) else {
        return (String::new(), Vec::new());
    };
    let toks = &sent.tokens;
    // Tokens are in text order: binary search, not a scan per event.
    let a = toks.partition_point(|t| t.start < trigger.start);
    let a = if a == toks.len() { 0 } else { a };
    let b = toks.partition_point(|t| t.start < trigger.end);
    let (mut start, mut end, mut opener) = clause_of(toks, a, b);
    // Trigger at the start of its clause ("In 2014, Russia annexed Crimea"), or in a fronted
    // phrase without a verb ("In a phone call on Monday, the ministers discussed…"): take
    // what follows.
    let fronted = a.saturating_sub(start) < 2 || fronted_phrase(toks, start, a);
    if fronted && (end <= b || toks.get(b).is_some_and(is_boundary)) {
        let mut s2 = b;
        while toks.get(s2).is_some_and(|t| is_boundary(t)) {
            s2 += 1;
        }
        let (_, e2, _) = clause_of(toks, s2, s2);
        if e2 > s2 {
            start = s2;
            end = e2;
            opener = None;
        }
    }
    // Reported speech ("Ellis said Kennedy visited the dam in 1963"): the event is what was
    // reported, not the saying.
    if let Some(v) = (start..a.min(end)).rev().find(|&k| {
        toks.get(k)
            .is_some_and(|t| REPORTING_VERBS.contains(&t.lower().as_str()))
    }) && a.saturating_sub(v + 1) >= 2
    {
        start = v + 1;
        opener = None;
    }
    // "The company, which had struggled for years, was acquired …": a subject without its
    // verb continues after the non-restrictive relative clause.
    let has_verb =
        |from: usize, to: usize| (from..to).any(|k| (k < a || k >= b) && verb_like(toks.get(k)));
    let mut skip = None;
    if !has_verb(start, end)
        && toks.get(end).is_some_and(|t| t.text == ",")
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is("which") || t.is("who"))
        && let Some(close) = (end + 2..toks.len().min(end + 2 + CLAUSE_REACH))
            .find(|&k| toks.get(k).is_some_and(|t| t.text == ","))
    {
        let (_, e2, _) = clause_of(toks, close + 1, close + 1);
        if e2 > close + 1 && has_verb(close + 1, e2) {
            skip = Some((end, close + 1));
            end = e2;
        }
    }
    // "…, its third increase this year": an appositive noun phrase is not an event.
    if start > 0
        && toks.get(start - 1).is_some_and(|t| t.text == ",")
        && toks.get(start).is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "its" | "his" | "her" | "their" | "a" | "an"
            )
        })
        && !has_verb(start, end)
    {
        return (String::new(), Vec::new());
    }
    let mut actors = Vec::new();
    let subject = opener
        .and_then(|o| subject_before(found, si, toks, o))
        .or_else(|| parenthetical_subject(found, si, toks, start));
    if let Some((actor, _)) = &subject {
        actors.push(*actor);
    }
    // Words of the clause, without the trigger, dangling prepositions, leading conjunctions.
    let mut words: Vec<String> = Vec::new();
    let mut pending_open = String::new();
    let mut k = start;
    while k < end {
        if k >= a && k < b {
            k = b;
            continue;
        }
        if let Some((from, to)) = skip
            && k >= from
            && k < to
        {
            k = to;
            continue;
        }
        let t = &toks[k];
        if k + 1 == a
            && matches!(
                t.lower().as_str(),
                "in" | "on" | "at" | "since" | "by" | "during" | "from" | "until"
            )
        {
            k += 1;
            continue;
        }
        if MODALS.contains(&t.lower().as_str())
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
            p.end == t.start && (p.kind == TokenKind::Punct || t.kind == TokenKind::Punct)
        }) && k > start;
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
    collapse_expectations(&mut words);
    // "Three years later she …": the signal after the trigger is no part of the line.
    while words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "and" | "but" | "then" | "that" | "which" | "who" | "also" | "so" | "later" | "earlier"
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
    // A briefing line, not the whole sentence: at most 16 words, cut before a preposition
    // or conjunction when one falls late enough to keep the subject, verb and object.
    if words.len() > 16 {
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
        while words
            .last()
            .is_some_and(|w| w.len() <= 3 && w.chars().all(char::is_lowercase))
        {
            words.pop();
        }
    }
    // "He resigned" → "Mira Solberg resigned": a pronoun subject names who it is.
    if subject.is_none()
        && let Some(first) = words.first()
        && let Some(pos) = toks.get(start).map(|t| t.start)
        && let Some((actor, name)) = pronoun_referent(found, si, pos, first)
    {
        words[0] = name;
        actors.push(actor);
    } else if subject.is_none()
        && verb_like(toks.get(start))
        && let Some(phrase) = subject_phrase_before(toks, start, a, b)
    {
        // "The State Cabinet, on Saturday, gave the nod…": the clause starts with its verb;
        // its subject is the phrase before.
        let lead: Vec<String> = phrase.iter().map(|t| t.text.to_owned()).collect();
        words.splice(0..0, lead);
    }
    let mut title = words.join(" ");
    title = title.trim_end_matches([',', ';', ':']).to_owned();
    if let Some((_, name)) = subject
        && !title.starts_with(&name)
    {
        title = format!("{name} {title}");
    }
    let span = Span::new(
        toks.get(start).map_or(trigger.start, |t| t.start),
        toks.get(end.saturating_sub(1))
            .map_or(trigger.end, |t| t.end),
    );
    for m in found.mentions_in(span) {
        if !actors.contains(&m.actor) {
            actors.push(m.actor);
        }
    }
    (capitalise(title.trim()), actors)
}

/// Who a subject pronoun at `pos` stands for: the most recent person ("he", "she") or
/// organisation, country or group ("it", "they") named in this sentence or the two before.
fn pronoun_referent(found: &Found, si: usize, pos: usize, word: &str) -> Option<(usize, String)> {
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
    let a = found.actors.get(m.actor)?;
    Some((m.actor, a.name.clone()))
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

fn kind_for(date: &DateValue, reference: Option<NaiveDate>) -> EventKind {
    match (date.start, date.end, reference) {
        (Some(_), Some(e), Some(r))
            if r.checked_sub_days(chrono::Days::new(7))
                .is_some_and(|w| e < w) =>
        {
            EventKind::Background
        }
        (Some(s), _, Some(r)) if s > r => EventKind::Upcoming,
        _ => EventKind::Other,
    }
}

fn unresolved() -> DateValue {
    DateValue::unknown()
}

/// The article's own news event: "Paris summit of the coalition of the willing".
fn news_event(doc: &Doc<'_>, found: &Found, headline: &str) -> Option<(String, usize, Vec<usize>)> {
    let is_noun = |w: &str| {
        w.len() >= 4 && w.len() <= 12 && EVENT_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
    };
    // Called for every token of the article: one hash look-up of the (mostly borrowed)
    // lower-case form.
    let is_noun_tok = |t: &Token<'_>| {
        t.text.len() >= 4 && t.text.len() <= 12 && EVENT_NOUN_SET.contains(t.lower().as_str())
    };
    // Headline: "… at Paris Summit".
    let head_words: Vec<&str> = headline.split_whitespace().collect();
    let mut place_noun: Option<(String, String)> = None;
    for (i, w) in head_words.iter().enumerate() {
        if is_noun(w) && i > 0 {
            let prev = head_words[i - 1];
            if prev.chars().next().is_some_and(char::is_uppercase)
                && !matches!(prev.to_lowercase().as_str(), "at" | "in" | "the" | "a")
            {
                place_noun = Some((prev.to_owned(), w.to_lowercase()));
                break;
            }
        }
    }
    // Body: the first sentence naming such a happening.
    let mut best: Option<usize> = None;
    let mut participants: Option<usize> = None;
    for (si, s) in doc.sentences.iter().enumerate().take(8) {
        for (k, t) in s.tokens.iter().enumerate() {
            if !is_noun_tok(t) || used_as_verb(&s.tokens, k) || after_of(&s.tokens, k) {
                continue;
            }
            if best.is_none() {
                best = Some(si);
            }
            if place_noun.is_none() {
                // "the Paris summit" or "meeting in Paris"
                if let Some(p) = k.checked_sub(1).and_then(|j| s.tokens.get(j))
                    && p.is_capitalised()
                    && p.is_word()
                    && k > 1
                {
                    place_noun = Some((p.text.to_owned(), t.lower().to_string()));
                } else if s.tokens.get(k + 1).is_some_and(|x| x.is("in"))
                    && let Some(p) = s.tokens.get(k + 2).filter(|p| p.is_capitalised())
                {
                    place_noun = Some((p.without_possessive().to_owned(), t.lower().to_string()));
                }
            }
            if participants.is_none() {
                let window_end = s.tokens.get(k + 10).map_or(s.span.end, |x| x.end);
                participants = found
                    .in_sentence(si)
                    .iter()
                    .find(|m| {
                        m.span.start > t.end
                            && m.span.end <= window_end
                            && found
                                .actors
                                .get(m.actor)
                                .is_some_and(|a| a.kind == crate::model::ActorKind::Group)
                    })
                    .map(|m| m.actor);
            }
        }
    }
    let si = best?;
    let mut title = if let Some((place, noun)) = &place_noun {
        format!("{place} {noun}")
    } else {
        let s = doc.sentences.get(si)?;
        let noun = s
            .tokens
            .iter()
            .enumerate()
            .find(|&(k, t)| {
                is_noun_tok(t) && !used_as_verb(&s.tokens, k) && !after_of(&s.tokens, k)
            })
            .map(|(_, t)| t)?;
        capitalise(&noun.lower())
    };
    if let Some(g) = participants.and_then(|a| found.actors.get(a)) {
        title = format!("{title} of the {}", g.name.trim_start_matches("the "));
    }
    // A bare noun ("Vote", "Muscat talks") says neither who nor what was done: the
    // headline does.
    if title.split_whitespace().count() < 3 && headline.split_whitespace().count() >= 3 {
        headline.trim().clone_into(&mut title);
    }
    let mut actors: Vec<usize> = Vec::new();
    for s in doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.tokens.iter().any(is_noun_tok))
        .map(|(i, _)| i)
    {
        for m in found
            .in_sentence(s)
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
        {
            if !actors.contains(&m.actor) {
                actors.push(m.actor);
            }
        }
    }
    Some((title, si, actors))
}

/// "months of debate", "a day of protests": an event noun after "of" describes something
/// else; it is not the happening the article reports.
fn after_of(toks: &[Token<'_>], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is("of"))
}

/// "to vote", "will strike", "they protest": an event noun used as a verb.
fn used_as_verb(toks: &[Token<'_>], k: usize) -> bool {
    k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
        matches!(
            p.lower().as_str(),
            "to" | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shall"
                | "they"
                | "we"
                | "not"
        )
    })
}

fn ids(found: &Found, actors: &[usize]) -> Vec<ActorId> {
    actors.iter().filter_map(|&a| found.id(a)).collect()
}

/// A timex that stands for date base `k` in [`link_story_dates`].
fn stand_in(k: usize) -> Timex {
    Timex {
        span: Span::new(0, 0),
        trigger: Span::new(0, 0),
        kind: TimexType::Date,
        anchor: Some(TimeAnchor::Earlier(k)),
        value: Value::FromAnchor,
        rule: "date base",
    }
}

/// A timex counted from the story's time, placed after another to see what it counts from.
fn probe() -> Timex {
    Timex {
        anchor: None,
        value: Value::Mention {
            unit: None,
            offset: 0,
            part: None,
            fallback: TimeAnchor::DayOffset(0),
        },
        ..stand_in(0)
    }
}

/// Links the expressions counted from the story's own time ("the following year", "later
/// that day") to the last date named before them, as [`temporal::link_mentions`] does, but
/// flat: each date counted from is kept once in the returned list of date bases and
/// referred to by number ([`TimeAnchor::Earlier`]), so an anchor stays a few levels deep
/// however long the chain, and linking is linear in the text.
///
/// `link_mentions` decides what counts from what; it is run on each timex behind a stand-in
/// for the current base, and a probe after it shows whether the timex became the new base.
pub fn link_story_dates<'a>(list: impl IntoIterator<Item = &'a mut Timex>) -> Vec<DateBase> {
    let mut bases: Vec<DateBase> = Vec::new();
    for tx in list {
        let mut focus = bases.len().checked_sub(1).map(stand_in);
        let mut after = probe();
        let run = focus
            .as_mut()
            .into_iter()
            .chain(std::iter::once(tx))
            .chain(std::iter::once(&mut after));
        temporal::link_mentions(run);
        if let Some(TimeAnchor::FromMention { base, .. }) = after.anchor
            && !matches!(*base, TimeAnchor::Earlier(_))
        {
            bases.push(DateBase::new(*base));
        }
    }
    bases
}

/// The fields every extracted event starts with: unreviewed, ungraded, no notes, one
/// mention. `build` fills in the rest.
fn extracted_event() -> Event {
    Event {
        id: EventId::new(""),
        title: String::new(),
        sentence: String::new(),
        date: unresolved(),
        anchor: None,
        trigger: None,
        kind: EventKind::Other,
        actors: Vec::new(),
        provenance: None,
        origin: Origin::Extracted,
        review: ReviewStatus::Unreviewed,
        grade: crate::model::Grade::default(),
        notes: String::new(),
        other_mentions: Vec::new(),
        conflicts: Vec::new(),
        dated_by_corroboration: false,
    }
}

/// Builds the events of a document. `bases` are the date bases of the timexes
/// ([`link_story_dates`]), resolved against `reference`.
pub fn build(
    doc: &Doc<'_>,
    timexes: &[Vec<Timex>],
    found: &Found,
    reference: Option<NaiveDate>,
    headline: &str,
    source: &SourceId,
    bases: &[DateBase],
) -> Built {
    let mut out = Built::default();
    let push = |out: &mut Built, ev: Event, si: Option<usize>, trig: Option<Span>| {
        out.events.push(ev);
        out.sentence_of.push(si);
        out.trigger_of.push(trig);
    };
    let news = news_event(doc, found, headline);
    if let Some((title, si, actors)) = &news {
        let sent = &doc.sentences[*si];
        let anchor = TimeAnchor::DayOffset(0);
        let date = anchor.resolve(reference).unwrap_or_else(unresolved);
        out.news = Some(0);
        push(
            &mut out,
            Event {
                id: EventId::new("ev-1"),
                title: title.clone(),
                sentence: sent.span.slice(doc.text).unwrap_or("").to_owned(),
                date,
                anchor: Some(anchor),
                trigger: None,
                kind: EventKind::News,
                actors: ids(found, actors),
                provenance: Some(Provenance {
                    source: source.clone(),
                    sentence: sent.span,
                    expression: None,
                }),
                ..extracted_event()
            },
            Some(*si),
            None,
        );
    }
    for (si, list) in timexes.iter().enumerate() {
        let Some(sent) = doc.sentences.get(si) else {
            continue;
        };
        for tx in list {
            // Lengths are no events, unless counted from a date ("three years later").
            if !matches!(tx.kind, TimexType::Date | TimexType::Time)
                && !matches!(tx.anchor, Some(TimeAnchor::FromMention { .. }))
            {
                continue;
            }
            let Some(anchor) = &tx.anchor else { continue };
            let date = anchor
                .resolve_with(reference, bases)
                .unwrap_or_else(unresolved);
            // A reference to the news day itself in the news sentence adds nothing new.
            if let (Some(n), Some(r)) = (out.news, reference)
                && date.start == Some(r)
                && date.precision == crate::model::Precision::Day
                && out.sentence_of.get(n) == Some(&Some(si))
            {
                continue;
            }
            let (title, actors) = title_for(doc, found, si, tx.trigger);
            if title.split_whitespace().count() < 2 {
                continue;
            }
            let id = EventId::new(format!("ev-{}", out.events.len() + 1));
            let kind = kind_for(&date, reference);
            push(
                &mut out,
                Event {
                    id,
                    title,
                    sentence: sent.span.slice(doc.text).unwrap_or("").to_owned(),
                    date,
                    anchor: Some(anchor.clone()),
                    trigger: tx.trigger.slice(doc.text).map(str::to_owned),
                    kind,
                    actors: ids(found, &actors),
                    provenance: Some(Provenance {
                        source: source.clone(),
                        sentence: sent.span,
                        expression: Some(tx.trigger),
                    }),
                    ..extracted_event()
                },
                Some(si),
                Some(tx.trigger),
            );
        }
    }
    out.by_sentence = out
        .sentence_of
        .iter()
        .enumerate()
        .filter_map(|(e, s)| s.map(|s| (s, e)))
        .collect();
    out.by_sentence.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<String> {
        let (_, _, built) =
            super::super::stages_for_test(text, NaiveDate::from_ymd_opt(2026, 1, 6));
        built
            .events
            .into_iter()
            .filter(|e| e.kind != EventKind::News)
            .map(|e| e.title)
            .collect()
    }

    #[test]
    fn relative_clause_and_elided_subject() {
        let t = titles(
            "They want a ceasefire with Russia, which first invaded Ukraine in 2014 and launched a full-scale war in 2022.",
        );
        assert_eq!(
            t,
            [
                "Russia first invaded Ukraine",
                "Russia launched a full-scale war"
            ]
        );
    }

    #[test]
    fn fronted_trigger_takes_following_clause() {
        let t = titles("In 2014, Russia annexed Crimea.");
        assert_eq!(t, ["Russia annexed Crimea"]);
    }

    #[test]
    fn fronted_prepositional_phrase_takes_following_clause() {
        let t = titles("In a phone call on Monday, the two ministers discussed the ferry dispute.");
        assert_eq!(t, ["The two ministers discussed the ferry dispute"]);
    }

    #[test]
    fn a_clause_opening_with_its_verb_takes_the_subject_before() {
        let t = titles(
            "PORT ALDER: The Harbour Cabinet, on Saturday, gave the nod for three new piers.",
        );
        assert_eq!(t, ["The Harbour Cabinet gave the nod for three new piers"]);
        let t = titles(
            "The ministry published a report that was submitted to the council on Wednesday.",
        );
        assert!(
            t.iter().any(|t| t.starts_with("A report was submitted")),
            "{t:?}"
        );
    }

    #[test]
    fn a_bare_news_noun_gives_way_to_the_headline() {
        let text = "The vote on the harbour budget passed easily.";
        let (doc, found, _) = super::super::stages_for_test(text, None);
        let news = news_event(&doc, &found, "Council passes harbour budget");
        assert_eq!(
            news.map(|n| n.0).as_deref(),
            Some("Council passes harbour budget")
        );
        let news = news_event(&doc, &found, "");
        assert_eq!(news.map(|n| n.0).as_deref(), Some("Vote"));
    }

    #[test]
    fn modal_becomes_headline_to() {
        let t = titles(
            "He added that Ukrainian officials would continue negotiations on key issues on Wednesday.",
        );
        assert_eq!(
            t,
            ["Ukrainian officials to continue negotiations on key issues"]
        );
    }
}
