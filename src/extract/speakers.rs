//! Who said a quote: the subject or object of a speech verb outside the marks ("X said",
//! "said X", "according to X", "X …, writing on Telegram, described … as"), a label before a
//! colon ("MAYOR JANE DOE:"), a sentence ending in a colon before a quoted paragraph, or a
//! name signing the quote after a dash. Pronouns resolve through [`super::pronouns`] and
//! descriptions through [`super::descriptions`].

use super::Doc;
use super::actors::{Found, MentionKind};
use super::clauses::{Clause, speakers};
use super::pronouns::{Salience, resolve_pronoun, salience};
use super::tokens::{Token, TokenKind};

const PRONOUNS: &[&str] = &["he", "she"];

/// Is `pos` inside one of `spans` (sorted by start, not overlapping)?
pub(super) fn inside(spans: &[(usize, usize)], pos: usize) -> bool {
    let i = spans.partition_point(|&(a, _)| a <= pos);
    i.checked_sub(1)
        .and_then(|i| spans.get(i))
        .is_some_and(|&(_, b)| pos < b)
}

/// `tokens` (in text order) that are outside `spans` (sorted by start): as filtering with
/// [`inside`], but one binary search for the first token and a forward walk after it (a
/// transcript holds tens of thousands of quotes, and each sentence's tokens were a search each).
pub(super) fn unmasked<'t, 'a>(
    tokens: &'t [Token<'a>],
    spans: &[(usize, usize)],
) -> impl Iterator<Item = &'t Token<'a>> {
    let mut i = tokens.first().map_or(0, |t| {
        spans
            .partition_point(|&(a, _)| a <= t.start())
            .saturating_sub(1)
    });
    tokens.iter().filter(move |t| {
        let pos = t.start();
        while spans.get(i + 1).is_some_and(|&(a, _)| a <= pos) {
            i += 1;
        }
        !spans.get(i).is_some_and(|&(a, b)| a <= pos && pos < b)
    })
}

/// Who speaks: an actor (or `None` for a label naming nobody known), the words naming them,
/// and where the speech verb (or label) is.
#[derive(Clone)]
pub(super) struct Speaker {
    pub(super) actor: Option<usize>,
    pub(super) mention: String,
    pub(super) verb_pos: usize,
}

/// A quote's marks: the opening mark and the end of the quoted words.
#[derive(Clone, Copy)]
pub(super) struct Marks {
    pub(super) open: usize,
    pub(super) end: usize,
}

/// Where a quote sits: its first and last sentence and the sentences read for attribution.
pub(super) struct Place {
    pub(super) first_s: usize,
    pub(super) last_s: usize,
    pub(super) ctx: Vec<usize>,
}

/// What attribution shares across the quotes of one article.
pub(super) struct Attributor<'a, 'd> {
    doc: &'a Doc<'d>,
    found: &'a Found,
    salient: Salience,
    /// Quoted spans with their marks: speech verbs and names inside them are not attribution.
    pub(super) masked: Vec<(usize, usize)>,
    /// The speech verbs' speakers of each sentence, found once however many quotes ask
    /// (a transcript with no full stops puts hundreds of quotes around one sentence).
    by_sentence: Vec<Option<Vec<Speaker>>>,
}

impl<'a, 'd> Attributor<'a, 'd> {
    pub(super) fn new(doc: &'a Doc<'d>, found: &'a Found, masked: Vec<(usize, usize)>) -> Self {
        Self {
            doc,
            found,
            salient: salience(doc, found, &masked),
            masked,
            by_sentence: vec![None; doc.sentences.len()],
        }
    }

    /// Works out the speech verbs' speakers of `sentences` (sorted) at once, on all cores,
    /// for a long article; a short one's are found as the quotes ask. Each sentence's are
    /// its own: nothing else changes.
    pub(super) fn prefetch(&mut self, sentences: &[usize]) {
        use rayon::prelude::*;
        if !super::in_parallel(self.doc.text.len()) {
            return;
        }
        let (doc, found, salient, masked) = (self.doc, self.found, &self.salient, &self.masked);
        let by_sentence = &self.by_sentence;
        let got: Vec<(usize, Vec<Speaker>)> = sentences
            .par_iter()
            .with_min_len(64)
            .filter(|&&si| by_sentence.get(si).is_some_and(Option::is_none))
            .map(|&si| (si, speakers(doc, found, salient, &[si], masked)))
            .collect();
        for (si, found) in got {
            if let Some(slot) = self.by_sentence.get_mut(si) {
                *slot = Some(found);
            }
        }
    }

    /// The speakers of every speech verb in sentence `si`, in order.
    fn speakers_in(&mut self, si: usize) -> &[Speaker] {
        if self.by_sentence.get(si).is_some_and(Option::is_none) {
            let found = speakers(self.doc, self.found, &self.salient, &[si], &self.masked);
            if let Some(slot) = self.by_sentence.get_mut(si) {
                *slot = Some(found);
            }
        }
        self.by_sentence
            .get(si)
            .and_then(Option::as_deref)
            .unwrap_or_default()
    }

    /// The quote's speaker, by the first rule that finds one.
    pub(super) fn speaker(&mut self, q: Marks, place: &Place) -> Option<Speaker> {
        self.nearest_speaker(q, place)
            .or_else(|| self.colon_speaker(q, place))
            .or_else(|| self.intro_speaker(q, place))
            .or_else(|| self.signature_speaker(q))
    }

    /// The speech verb's speaker nearest to the quote (after it, else before it).
    pub(super) fn nearest_speaker(&mut self, q: Marks, place: &Place) -> Option<Speaker> {
        // (distance, sentence, index): the speaker is cloned once, not at every improvement
        // (a transcript "sentence" can hold hundreds of speech verbs).
        let mut best: Option<(usize, usize, usize)> = None;
        for &si in &place.ctx {
            for (k, s) in self.speakers_in(si).iter().enumerate() {
                let distance = if s.verb_pos >= q.end {
                    s.verb_pos - q.end
                } else {
                    q.open.saturating_sub(s.verb_pos)
                };
                // The first of equally near candidates wins, as `min_by_key` would.
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, si, k));
                }
            }
        }
        let (_, si, k) = best?;
        self.speakers_in(si).get(k).cloned()
    }

    /// "MAYOR JANE DOE: “…”" / "Witkoff: “…”": a label before a colon right before the quote.
    fn colon_speaker(&self, q: Marks, place: &Place) -> Option<Speaker> {
        let doc = self.doc;
        let sentence = doc.sentences.get(place.first_s)?;
        let t = sentence.tokens.iter().rev().find(|t| t.end() <= q.open)?;
        if t.text != ":" {
            return None;
        }
        if let Some(m) = self
            .found
            .in_sentence(place.first_s)
            .iter()
            .rev()
            .find(|m| m.span.end <= t.start() && m.kind == MentionKind::Name)
        {
            return Some(Speaker {
                actor: Some(m.actor),
                mention: doc.text.get(m.span.start..m.span.end)?.to_owned(),
                verb_pos: t.start(),
            });
        }
        // A transcript label naming no known actor ("Reporter:", "Moderator:"): the
        // speaker is someone else than the previous one, even if unknown.
        let label: Vec<&Token<'_>> = sentence
            .tokens
            .iter()
            .filter(|x| x.end() <= t.start())
            .collect();
        let first = label.first()?;
        (label.len() <= 4 && label.iter().all(|x| x.is_word() && x.is_capitalised())).then(|| {
            Speaker {
                actor: None,
                mention: doc
                    .text
                    .get(first.start()..t.start())
                    .unwrap_or("")
                    .trim()
                    .to_owned(),
                verb_pos: t.start(),
            }
        })
    }

    /// A quote inside a sentence that no speech verb attributes: the sentence's subject
    /// ("Reid has gone after Trump as a “human leech”").
    pub(super) fn subject_speaker(&self, q: Marks, place: &Place) -> Option<Speaker> {
        Clause::new(
            self.doc,
            self.found,
            &self.salient,
            place.first_s,
            &self.masked,
        )?
        .subject_before(q.open)
    }

    /// "Politico reported:", "Cruz said in a statement:", "Sanders made the following
    /// comment:": a sentence ending in a colon right before a quote that opens its own
    /// sentence (often a paragraph of its own); or "…, Schiff said. “…”": the last speaker of
    /// the sentence before, in the same paragraph.
    fn intro_speaker(&mut self, q: Marks, place: &Place) -> Option<Speaker> {
        let doc = self.doc;
        let first = doc.sentences.get(place.first_s)?;
        if first
            .tokens
            .iter()
            .take_while(|t| t.start() < q.open)
            .any(Token::is_word)
        {
            return None;
        }
        let prev_s = place.first_s.checked_sub(1)?;
        let prev = doc.sentences.get(prev_s)?;
        let last = self
            .speakers_in(prev_s)
            .iter()
            .max_by_key(|s| s.verb_pos)
            .cloned();
        if prev.tokens.last().is_some_and(|t| t.text == ":") {
            return last.or_else(|| {
                Clause::new(doc, self.found, &self.salient, prev_s, &self.masked)?
                    .subject_before(prev.span.end)
            });
        }
        let same_paragraph = doc
            .paragraphs
            .iter()
            .any(|p| p.start <= prev.span.start && q.open < p.end);
        // The speech verb must be outside any quote of that sentence and end it.
        let quoted = prev.tokens.iter().any(|t| inside(&self.masked, t.start()));
        (same_paragraph && !quoted).then_some(last).flatten()
    }

    /// "“…” ― Pamela Ruiz": a name after a dash right behind the closing mark signs the
    /// quote.
    fn signature_speaker(&self, q: Marks) -> Option<Speaker> {
        let doc = self.doc;
        let rest = doc.text.get(q.end..)?;
        let after_mark = rest.trim_start_matches(['”', '"', '’', '\'', '»', ',', '.']);
        let gap = after_mark.trim_start_matches([' ', '\u{a0}']);
        let dash = gap
            .chars()
            .next()
            .filter(|c| matches!(c, '―' | '—' | '–' | '-'))?;
        let name_at = doc.text.len() - gap.len() + dash.len_utf8();
        let name_at =
            name_at + doc.text.get(name_at..)?.len() - doc.text.get(name_at..)?.trim_start().len();
        let m = self
            .found
            .mention_at(name_at)
            .filter(|m| m.kind == MentionKind::Name && m.span.start == name_at)?;
        Some(Speaker {
            actor: Some(m.actor),
            mention: doc.text.get(m.span.start..m.span.end)?.to_owned(),
            verb_pos: m.span.start,
        })
    }
}

/// The speaker a token names: a pronoun, a mention of an actor, "the 22-year-old", or
/// "the <role>".
pub(super) fn speaker_at(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    si: usize,
    toks: &[&Token<'_>],
    idx: usize,
    verb_pos: usize,
) -> Option<Speaker> {
    let tok = toks.get(idx)?;
    if PRONOUNS.contains(&tok.lower().as_str()) {
        return Some(Speaker {
            actor: resolve_pronoun(doc, found, salient, si, tok.start(), tok.is("she")),
            mention: tok.text.to_owned(),
            verb_pos,
        });
    }
    if let Some(m) = found
        .mention_at(tok.start())
        .filter(|m| m.kind == MentionKind::Name)
    {
        return Some(Speaker {
            actor: Some(m.actor),
            mention: doc.text.get(m.span.start..m.span.end)?.to_owned(),
            verb_pos,
        });
    }
    if let Some(age) = age_before_year_old(toks, idx) {
        return person_of_age(doc, found, toks, idx, age, verb_pos);
    }
    role_speaker(doc, found, toks, idx, verb_pos)
}

/// "the 22-year-old": the age token when token `idx` is "year-old" after "the <number>".
fn age_before_year_old<'t, 'a>(toks: &[&'t Token<'a>], idx: usize) -> Option<&'t Token<'a>> {
    let tok = toks.get(idx)?;
    if !tok.text.eq_ignore_ascii_case("year-old") {
        return None;
    }
    let age = idx
        .checked_sub(2)
        .and_then(|k| toks.get(k))
        .filter(|n| n.kind == TokenKind::Number)?;
    idx.checked_sub(3)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.is("the"))
        .then_some(*age)
}

/// "said the 22-year-old": the person introduced with that age ("Kwame Asante, 22") among
/// the last 60 mentions.
fn person_of_age(
    doc: &Doc<'_>,
    found: &Found,
    toks: &[&Token<'_>],
    idx: usize,
    age: &Token<'_>,
    verb_pos: usize,
) -> Option<Speaker> {
    let tok = toks.get(idx)?;
    let upto = found
        .mentions
        .partition_point(|m| m.span.end <= tok.start());
    let m = found
        .mentions
        .get(..upto)?
        .iter()
        .rev()
        .take(60)
        .find(|m| {
            found.names_a_person(m)
                && doc.text.get(m.span.end..).is_some_and(|rest| {
                    rest.strip_prefix(", ")
                        .or_else(|| rest.strip_prefix(" ("))
                        .and_then(|r| r.strip_prefix(age.text))
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit()))
                })
        })?;
    Some(Speaker {
        actor: Some(m.actor),
        mention: doc
            .text
            .get(toks.get(idx - 3)?.start()..tok.end())?
            .to_owned(),
        verb_pos,
    })
}

/// "the minister", "the former senator", "the company's chief executive": a lower-case
/// noun up to four words after "the", resolved to the person holding that role.
fn role_speaker(
    doc: &Doc<'_>,
    found: &Found,
    toks: &[&Token<'_>],
    idx: usize,
    verb_pos: usize,
) -> Option<Speaker> {
    let tok = toks.get(idx)?;
    let the_at = (1..=4).find(|&back| {
        idx.checked_sub(back)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.is("the"))
    })?;
    let the = toks.get(idx - the_at)?;
    let between_ok = (idx - the_at + 1..idx).all(|k| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && !t.is_capitalised())
    });
    // With words between "the" and the noun, only a noun right at the speech verb counts
    // (each look-up scans recent mentions; most such phrases are not speakers).
    let at_verb = the_at == 1 || tok.start() > verb_pos || verb_pos.saturating_sub(tok.end()) <= 1;
    // "the decision “overdue” and said": a quote between, or a function word, is no "the
    // <role>".
    let unbroken = doc
        .text
        .get(the.start()..tok.end())
        .is_some_and(|s| !has_quote_mark(s));
    if between_ok
        && at_verb
        && unbroken
        && !is_function_word(tok)
        && tok.is_word()
        && !tok.is_capitalised()
        && tok.text.len() >= 3
    {
        // "the statement said", "the report added": the document speaks for whoever issued
        // it, named where the article last mentioned such a document; if nobody was, it
        // stays unattributed (never the last person named).
        if DOCUMENT_NOUNS.contains(&tok.lower().as_str()) {
            return Some(Speaker {
                actor: super::descriptions::document_issuer(doc, found, tok.text, the.start()),
                mention: doc.text.get(the.start()..tok.end())?.to_owned(),
                verb_pos,
            });
        }
        let actor = super::descriptions::resolve_role_noun(doc.text, found, tok.text, the.start())?;
        return Some(Speaker {
            actor: Some(actor),
            mention: doc.text.get(the.start()..tok.end())?.to_owned(),
            verb_pos,
        });
    }
    None
}

/// Documents that "say" things for whoever issued them.
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "communique",
    "communiqué",
    "declaration",
    "report",
    "letter",
    "memo",
    "filing",
    "ruling",
    "indictment",
    "complaint",
    "lawsuit",
    "resolution",
    "decree",
];

/// A quote mark in `s`; an apostrophe between letters ("the company’s chief") is none.
fn has_quote_mark(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars.iter().enumerate().any(|(k, c)| match c {
        '“' | '”' | '"' | '‘' => true,
        '’' => {
            !(k > 0
                && chars.get(k - 1).is_some_and(|p| p.is_alphabetic())
                && chars.get(k + 1).is_some_and(|n| n.is_alphabetic()))
        }
        _ => false,
    })
}

/// A function word ("and", "who", "has", "its"), which names no role after "the".
fn is_function_word(tok: &Token<'_>) -> bool {
    matches!(
        tok.lower().as_str(),
        "and"
            | "but"
            | "then"
            | "also"
            | "who"
            | "which"
            | "that"
            | "has"
            | "had"
            | "have"
            | "was"
            | "were"
            | "are"
            | "not"
            | "its"
            | "his"
            | "her"
            | "their"
    )
}
