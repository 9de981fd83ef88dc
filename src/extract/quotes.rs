//! Direct quotes and who said them.
//!
//! Quote marks are paired per paragraph (curly, straight, doubled single, guillemets; a quote
//! left open continues into a paragraph that opens with a mark). The speaker comes from a
//! speech verb outside the quote marks, on either side ("X said", "said X", "according to X",
//! "X …, writing on Telegram, described … as"); pronouns resolve to the most recent salient
//! person. A short quoted term with no speech around it ("coalition of the willing") is not
//! a quote.

use super::Doc;
use super::actors::{Found, MentionKind};
use super::events::Built;
use super::gazetteer::{PLATFORMS_SET, SPEECH_VERBS_SET};
use super::speakers::{Attributor, Marks, Place, unmasked};
use super::tokens::Token;
use crate::model::Span;

pub(crate) use super::descriptions::resolve_role_noun;

/// A quote as found, before ids are given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawQuote {
    pub text: String,
    /// The quoted words (inside the marks).
    pub span: Span,
    /// The sentence(s) around it.
    pub sentence: Span,
    pub speaker: Option<usize>,
    pub speaker_mention: Option<String>,
    pub venue: Option<String>,
    pub event: Option<usize>,
}

const TERM_MARKERS: &[&str] = &[
    "so-called",
    "dubbed",
    "termed",
    "titled",
    "named",
    "labelled",
    "labeled",
    "branded",
    "word",
    "term",
    "phrase",
    "slogan",
    "nicknamed",
    "reads",
    "read",
    "headline",
];

fn closing_for(open: &str) -> &'static [&'static str] {
    match open {
        "“" => &["”", "\""],
        "\"" => &["\"", "”"],
        "''" => &["''", "”"],
        "«" => &["»"],
        "„" => &["“", "”"],
        "‘" => &["’"],
        "'" => &["'"],
        _ => &["”"],
    }
}

/// Quoted spans in a paragraph.
fn quote_spans(text: &str, para: Span) -> Vec<QuoteSpan> {
    let Some(p) = para.slice(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.len() {
        let rest = &p[i..];
        let prev = p[..i].chars().next_back();
        let at_open = prev
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '/' | ':'));
        let open = if rest.starts_with('“') || rest.starts_with('«') || rest.starts_with('„') {
            rest.chars().next().map(|c| &rest[..c.len_utf8()])
        } else if rest.starts_with("''") && at_open {
            Some("''")
        } else if rest.starts_with('"') && at_open {
            Some("\"")
        } else if rest.starts_with('\'')
            && at_open
            && rest[1..].starts_with(|c: char| c.is_alphabetic())
        {
            Some("'")
        } else if rest.starts_with('‘')
            && at_open
            && rest['‘'.len_utf8()..].starts_with(|c: char| c.is_alphanumeric())
        {
            Some("‘")
        } else {
            None
        };
        let Some(open) = open else {
            // Jump to the next character that could open a quote instead of testing each one.
            let step = rest.chars().next().map_or(1, char::len_utf8);
            i = p
                .get(i + step..)
                .and_then(|r| r.find(['“', '«', '„', '"', '\'', '‘']))
                .map_or(p.len(), |k| i + step + k);
            continue;
        };
        let content_start = i + open.len();
        let mut close_at = None;
        let mut j = content_start;
        let closers = closing_for(open);
        while j < p.len() {
            // Next possible closing mark, found with a fast search.
            let Some(k) = p
                .get(j..)
                .and_then(|r| r.find(|c: char| closers.iter().any(|cl| cl.starts_with(c))))
            else {
                break;
            };
            j += k;
            let r = &p[j..];
            if let Some(c) = closers.iter().find(|c| r.starts_with(**c)) {
                // A closing single quote must not be an apostrophe inside a word.
                let next = r[c.len()..].chars().next();
                if !matches!(*c, "’" | "'") || next.is_none_or(|n| !n.is_alphanumeric()) {
                    close_at = Some((j, c.len()));
                    break;
                }
            }
            j += r.chars().next().map_or(1, char::len_utf8);
        }
        let Some((j, n)) = close_at else {
            out.push(QuoteSpan {
                open: para.start + i,
                start: para.start + content_start,
                end: para.end,
                closed: false,
            });
            break;
        };
        out.push(QuoteSpan {
            open: para.start + i,
            start: para.start + content_start,
            end: para.start + j,
            closed: true,
        });
        i = j + n;
    }
    out
}

fn venue_in(doc: &Doc<'_>, sents: &[usize], masked: &[(usize, usize)]) -> Option<String> {
    for &si in sents {
        let s = doc.sentences.get(si)?;
        let toks: Vec<&Token<'_>> = unmasked(&s.tokens, masked).collect();
        for (k, t) in toks.iter().enumerate() {
            if t.is("on")
                && let Some(p) = toks.get(k + 1)
                && PLATFORMS_SET.contains(&p.text)
            {
                return Some(format!("on {}", p.text));
            }
            if t.is("in")
                && let Some(n) = toks.get(k + 1)
                && let Some(m) = toks.get(k + 2)
            {
                let phrase_end = if m.is("joint") {
                    toks.get(k + 3)
                } else {
                    Some(m)
                };
                if (n.is("a") || n.is("an"))
                    && let Some(head) = phrase_end
                    && matches!(
                        head.lower().as_str(),
                        "statement"
                            | "interview"
                            | "post"
                            | "speech"
                            | "letter"
                            | "video"
                            | "briefing"
                            | "broadcast"
                    )
                {
                    return doc.text.get(t.start()..head.end()).map(str::to_owned);
                }
            }
            if t.is("at")
                && toks.get(k + 1).is_some_and(|n| n.is("a"))
                && toks.get(k + 3).is_some_and(|h| h.is("conference"))
            {
                return doc
                    .text
                    .get(t.start()..toks[k + 3].end())
                    .map(str::to_owned);
            }
            if t.is("told")
                && let Some(n) = toks.get(k + 1)
                && n.is("reporters")
            {
                return Some("to reporters".to_owned());
            }
        }
    }
    None
}

fn clean_text(s: &str) -> String {
    let t = s.trim();
    let t = t.strip_suffix(',').unwrap_or(t).trim_end();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A quoted span in a paragraph: the opening mark, the quoted words, and whether a closing
/// mark was found in the paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct QuoteSpan {
    /// Offset of the opening mark.
    open: usize,
    /// The quoted words (after the opening mark, before the closing one).
    start: usize,
    end: usize,
    closed: bool,
}

/// "MAYOR JANE DOE: We will vote…", "KREUTZER: …", "MODERATOR: …": a transcript line
/// without quote marks is the labelled speaker's words, up to the end of the paragraph.
fn transcript_span(doc: &Doc<'_>, found: &Found, p: Span) -> Option<QuoteSpan> {
    if !doc
        .text
        .get(p.start..p.end.min(p.start + 80))
        .is_some_and(|head| head.contains(':'))
    {
        return None;
    }
    let first = doc
        .sentences
        .get(doc.sentences.partition_point(|s| s.span.start < p.start))?;
    if first.span.start >= p.end {
        return None;
    }
    let colon = super::actors::slug_label(&first.tokens)
        .map(|(_, _, colon)| colon)
        .or_else(|| {
            // "KREUTZER:": a surname label of a speaker named before.
            let c = super::actors::surname_slug(&first.tokens)?;
            let w = first.tokens.first()?;
            // …or a role ("MODERATOR:", "HOST:"), its speaker unnamed.
            let role = matches!(
                w.text,
                "MODERATOR"
                    | "HOST"
                    | "ANCHOR"
                    | "REPORTER"
                    | "INTERVIEWER"
                    | "PRESENTER"
                    | "CHAIR"
                    | "NARRATOR"
                    | "QUESTION"
            );
            (role
                || found
                    .mention_at(w.start())
                    .is_some_and(|m| m.kind == MentionKind::Name))
            .then_some(c)
        })?;
    let c = first.tokens.get(colon)?;
    let body = doc.text.get(c.end()..p.end).unwrap_or("");
    let start = c.end() + (body.len() - body.trim_start().len());
    let end = c.end() + body.trim_end().len();
    (start < end).then_some(QuoteSpan {
        open: c.end(),
        start,
        end,
        closed: true,
    })
}

/// Every quoted span of the article in text order: marked quotes, else a transcript line.
fn all_quote_spans(doc: &Doc<'_>, found: &Found) -> Vec<QuoteSpan> {
    let mut spans: Vec<QuoteSpan> = Vec::new();
    for p in &doc.paragraphs {
        let before = spans.len();
        spans.extend(quote_spans(doc.text, *p));
        if spans.len() == before
            && let Some(s) = transcript_span(doc, found, *p)
        {
            spans.push(s);
        }
    }
    spans
}

/// A quote's words, joined over the paragraphs it continues into.
struct Joined {
    text: String,
    open: usize,
    start: usize,
    end: usize,
    /// Index of the last span used.
    last: usize,
}

/// The quote starting at span `k`: an unclosed quote continues into a following paragraph
/// that opens with a mark.
fn join_continuation(doc: &Doc<'_>, spans: &[QuoteSpan], k: usize) -> Option<Joined> {
    let first = spans.get(k)?;
    let mut text = doc
        .text
        .get(first.start..first.end)
        .map(clean_text)
        .unwrap_or_default();
    let mut end = first.end;
    let mut last = k;
    let mut was_closed = first.closed;
    while !was_closed && let Some(next) = spans.get(last + 1) {
        let para_start = doc
            .paragraphs
            .iter()
            .find(|p| p.start <= next.open && next.open < p.end)
            .map(|p| p.start);
        if para_start != Some(next.open) {
            break;
        }
        text.push(' ');
        text.push_str(
            &doc.text
                .get(next.start..next.end)
                .map(clean_text)
                .unwrap_or_default(),
        );
        end = next.end;
        was_closed = next.closed;
        last += 1;
    }
    Some(Joined {
        text,
        open: first.open,
        start: first.start,
        end,
        last,
    })
}

/// What the quote finder shares across the quotes of one article.
struct Finder<'a, 'd> {
    doc: &'a Doc<'d>,
    built: &'a Built,
    attributor: Attributor<'a, 'd>,
    /// Quotes in the same sentences share their venue: found once.
    venue_cache: Option<((usize, usize), Option<String>)>,
}

impl Finder<'_, '_> {
    fn place(&self, q: &Joined) -> Option<Place> {
        let doc = self.doc;
        let first_s = doc.sentence_at(q.open)?;
        let last_s = doc.sentence_at(q.end.saturating_sub(1)).unwrap_or(first_s);
        // Attribution context: the quote's sentences plus the next one if the quote ends a
        // sentence and the next starts with an attribution ("… secure,” he said).
        let mut ctx: Vec<usize> = (first_s..=last_s.max(first_s)).collect();
        // "“Who will pay?” Nowak asked.": the attribution is a short sentence of its own.
        if let Some(next) = doc.sentences.get(last_s + 1)
            && next.tokens.len() <= 6
            && doc
                .sentences
                .get(last_s)
                .is_some_and(|s| s.span.end <= q.end + 4)
            && next
                .tokens
                .iter()
                .any(|t| SPEECH_VERBS_SET.contains(&t.lower().as_str()))
        {
            ctx.push(last_s + 1);
        }
        Some(Place {
            first_s,
            last_s,
            ctx,
        })
    }

    /// A quoted term, title, nickname or name rather than speech.
    fn is_term(&self, q: &Joined, place: &Place) -> bool {
        let doc = self.doc;
        let text = &q.text;
        let word_count = text.split_whitespace().count();
        let first = &doc.sentences[place.first_s];
        // Tokens are in text order: the ones before the quote are a prefix (binary search,
        // not a scan per quote).
        let before = first.tokens.partition_point(|t| t.end() <= q.open);
        let prev_tok = before.checked_sub(1).and_then(|k| first.tokens.get(k));
        let prev2 = before.checked_sub(2).and_then(|k| first.tokens.get(k));
        let known_as = prev_tok.is_some_and(|t| t.is("as"))
            && prev2.is_some_and(|t| {
                matches!(
                    t.lower().as_str(),
                    "known" | "referred" | "billed" | "styled"
                )
            });
        // "her memoir, “A Seat at the Long Table,”", "“Salt and Iron”": a title of a work,
        // every longer word capitalised, is a name, not speech.
        let long_words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().count() >= 4)
            .collect();
        // American style puts the sentence's full stop inside the marks ("the sitcom “Full
        // House.”"): a short title may end with one.
        let ends_sentence = if word_count <= 6 {
            text.trim_end().ends_with(['!', '?'])
        } else {
            text.trim_end().ends_with(['.', '!', '?'])
        };
        let title_of_work = word_count <= 10
            && long_words.len() >= 2
            && long_words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !ends_sentence;
        // "Ilie “The Ghost” Marinescu": a nickname between the names.
        let last = &doc.sentences[place.last_s.max(place.first_s)].tokens;
        let next_tok = last
            .get(last.partition_point(|t| t.start() <= q.end)..)
            .unwrap_or_default()
            .iter()
            .find(|t| !matches!(t.text, "”" | "\"" | "’" | "'"));
        let nickname = prev_tok.is_some_and(|t| t.is_word() && t.is_capitalised())
            && next_tok.is_some_and(|t| t.is_word() && t.is_capitalised())
            && word_count <= 4;
        known_as
            || nickname
            || title_of_work
            || prev_tok.is_some_and(|t| TERM_MARKERS.contains(&t.lower().as_str()))
            || (word_count < 5
                && prev_tok.is_some_and(|t| {
                    matches!(
                        t.lower().as_str(),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "including"
                    )
                }))
    }

    /// The venue in the quote's sentences, else the last venue given for the same speaker.
    fn venue(&mut self, place: &Place, speaker: Option<usize>, out: &[RawQuote]) -> Option<String> {
        let key = (place.first_s, place.last_s);
        if self
            .venue_cache
            .as_ref()
            .is_none_or(|(cached, _)| *cached != key)
        {
            self.venue_cache = Some((key, venue_in(self.doc, &place.ctx, &self.attributor.masked)));
        }
        let venue = self.venue_cache.as_ref().and_then(|(_, v)| v.clone());
        if venue.is_none() && speaker.is_some() {
            return out
                .iter()
                .rev()
                .take(50)
                .find(|q| q.speaker == speaker && q.venue.is_some())
                .and_then(|q| q.venue.clone());
        }
        venue
    }

    /// The event a quote is about: one whose time expression is inside the quote or at the
    /// speech verb (right before it, or in the phrase after it: "said in a statement on
    /// Tuesday"), else the article's news event.
    fn event_for(&self, q: &Joined, place: &Place, verb_pos: Option<usize>) -> Option<usize> {
        let built = self.built;
        let text = self.doc.text;
        // "said in a statement on Tuesday": up to 48 bytes after the verb, within its clause.
        let after_verb = |v: usize, t: Span| {
            t.start > v
                && t.start - v <= 48
                && text
                    .get(v..t.start)
                    .is_some_and(|between| !between.contains([',', '.', ';', '“', '”', '"']))
        };
        built
            .events_in_sentences(place.first_s, place.last_s.max(place.first_s))
            .find(|&e| {
                built.trigger_of.get(e).copied().flatten().is_some_and(|t| {
                    (t.start >= q.start && t.end <= q.end)
                        || verb_pos.is_some_and(|v| t.start.abs_diff(v) < 16 || after_verb(v, t))
                })
            })
            .or(built.news)
    }

    /// The quote as found, or `None` for a term or a short phrase nobody speaks.
    fn quote(&mut self, q: Joined, out: &[RawQuote]) -> Option<RawQuote> {
        if q.text.is_empty() {
            return None;
        }
        let place = self.place(&q)?;
        if self.is_term(&q, &place) {
            return None;
        }
        let doc = self.doc;
        let marks = Marks {
            open: q.open,
            end: q.end,
        };
        let speaker = self.attributor.speaker(marks, &place);
        let (speaker, mention, verb_pos) = if let Some(s) = speaker {
            (s.actor, Some(s.mention), Some(s.verb_pos))
        } else {
            // A continuing quote from the same speaker: the previous quote ended at most two
            // sentences before (a long quoted paragraph followed by another).
            let prev = out.last().filter(|p| {
                doc.sentence_at(p.span.end.saturating_sub(1))
                    .is_some_and(|ps| place.first_s.saturating_sub(ps) <= 2)
            });
            // A short quoted phrase with nobody speaking is a term, unless it continues a
            // speaker's quote ("“Tariffs hurt,” he said. “We will keep talking.”").
            if q.text.split_whitespace().count() < 5 && prev.is_none_or(|p| p.speaker.is_none()) {
                return None;
            }
            // A quote inside a sentence that no speech verb attributes is the sentence
            // subject's ("Kall compared Trump to a coach “working the referees”"), else it
            // continues the previous quote.
            if let Some(s) = self.attributor.subject_speaker(marks, &place) {
                (s.actor, Some(s.mention), Some(s.verb_pos))
            } else {
                (
                    prev.and_then(|p| p.speaker),
                    prev.and_then(|p| p.speaker_mention.clone()),
                    None,
                )
            }
        };
        let venue = self.venue(&place, speaker, out);
        let event = self.event_for(&q, &place, verb_pos);
        Some(RawQuote {
            sentence: Span::new(
                doc.sentences[place.first_s].span.start,
                doc.sentences[place.last_s.max(place.first_s)].span.end,
            ),
            text: q.text,
            span: Span::new(q.start, q.end),
            speaker,
            speaker_mention: mention,
            venue,
            event,
        })
    }
}

/// Finds quotes.
/// A quote in the headline, "Kasich: ‘We Are Going All The Way To Cleveland’": the words
/// before the colon (at most five, capitalised) speak; they are the actor of that name or
/// surname when the story names one, else only the speaker's mention. The quote goes with
/// the news event.
pub fn headline_quote(
    text: &str,
    title: Option<Span>,
    found: &Found,
    news: Option<usize>,
) -> Option<RawQuote> {
    let title = title?;
    let line = title.slice(text)?;
    let colon = line.find(": ")?;
    // "CNN President On Trump: …", "Trump Addresses Munich Attack: …": the speaker is the
    // words before what the headline says they did or spoke about.
    let who = line.get(..colon)?.trim();
    let cut = who.split_whitespace().position(|w| {
        matches!(
            w,
            "On" | "About"
                | "To"
                | "Over"
                | "After"
                | "Says"
                | "Tells"
                | "Warns"
                | "Addresses"
                | "Slams"
                | "Blasts"
                | "Rips"
                | "Hits"
                | "Urges"
                | "Responds"
        )
    });
    let who = match cut {
        Some(0) => return None,
        Some(k) => {
            let end =
                who.split_whitespace().take(k).map(str::len).sum::<usize>() + k.saturating_sub(1);
            who.get(..end)?
        }
        None => who,
    };
    let words: Vec<&str> = who.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 5
        || !words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    let rest = line.get(colon + 2..)?;
    let open = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '‘' | '\'' | '“' | '"'))?;
    let inner_start = colon + 2 + open.len_utf8();
    let body = line.get(inner_start..)?.trim_end().trim_end_matches('.');
    let close = body
        .chars()
        .last()
        .filter(|c| matches!(c, '’' | '\'' | '”' | '"'))?;
    let inner = body
        .get(..body.len() - close.len_utf8())?
        .trim_end_matches([',', '.']);
    if inner.split_whitespace().count() < 2 {
        return None;
    }
    let start = title.start + inner_start;
    let surname = words.last().copied().unwrap_or("");
    let speaker = found.actors.iter().position(|a| {
        a.name == who
            || a.name
                .rsplit(' ')
                .next()
                .is_some_and(|last| last == surname)
    });
    Some(RawQuote {
        text: inner.to_owned(),
        span: Span::new(start, start + inner.len()),
        sentence: title,
        speaker,
        speaker_mention: Some(who.to_owned()),
        venue: None,
        event: news,
    })
}

pub fn find(doc: &Doc<'_>, found: &Found, built: &Built) -> Vec<RawQuote> {
    let spans = all_quote_spans(doc, found);
    let mut masked: Vec<(usize, usize)> = spans.iter().map(|q| (q.open, q.end + 1)).collect();
    masked.sort_unstable();
    let mut finder = Finder {
        doc,
        built,
        attributor: Attributor::new(doc, found, masked),
        venue_cache: None,
    };
    // The sentences attribution will look at: each quote's own and the one after it.
    let mut around: Vec<usize> = Vec::with_capacity(spans.len() * 2);
    for q in &spans {
        if let Some(first) = doc.sentence_at(q.open) {
            let last = doc.sentence_at(q.end.saturating_sub(1)).unwrap_or(first);
            around.extend(first..=last.max(first).saturating_add(1));
        }
    }
    around.sort_unstable();
    around.dedup();
    finder.attributor.prefetch(&around);
    drop(around);
    // At most one quote per span: reserved at once rather than doubled (and copied) as it grows.
    let mut out: Vec<RawQuote> = Vec::with_capacity(spans.len());
    let mut k = 0;
    while let Some(joined) = join_continuation(doc, &spans, k) {
        k = joined.last + 1;
        if let Some(q) = finder.quote(joined, &out) {
            out.push(q);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_in_the_phrase_after_the_speech_verb_links_the_quote_to_its_event() {
        let b = crate::extract::extract_text(
            "Grain Talks\n\n\
             “We are not bound by this,” the Russian foreign ministry said in a statement on \
             Tuesday.\n\n\
             “Ships are safe,” Ukraine’s navy said, after talks on Friday.\n",
            &crate::extract::Options {
                reference_date: chrono::NaiveDate::from_ymd_opt(2025, 3, 3),
                ..crate::extract::Options::default()
            },
        );
        let tuesday = b
            .events
            .iter()
            .find(|e| e.trigger.as_deref() == Some("on Tuesday"))
            .map(|e| e.id.clone());
        assert!(tuesday.is_some(), "{:?}", b.events);
        assert_eq!(b.quotes.first().and_then(|q| q.event.clone()), tuesday);
        // Past a comma the time is another clause's.
        let friday = b
            .events
            .iter()
            .find(|e| e.trigger.as_deref() == Some("on Friday"))
            .map(|e| e.id.clone());
        assert!(friday.is_some());
        assert_ne!(b.quotes.get(1).and_then(|q| q.event.clone()), friday);
    }

    /// (quote opening, speaker's canonical name or "-") for each quote of an article.
    fn quotes_of(text: &str) -> Vec<(String, String)> {
        let b = crate::extract::extract_text(text, &crate::extract::Options::default());
        b.quotes
            .iter()
            .map(|q| {
                let who = q
                    .speaker
                    .as_ref()
                    .and_then(|id| b.actors.iter().find(|a| &a.id == id))
                    .map_or("-".to_owned(), |a| a.name.clone());
                (q.text.chars().take(20).collect(), who)
            })
            .collect()
    }

    #[test]
    fn a_colon_before_a_quoted_paragraph_names_its_speaker() {
        let q = quotes_of(
            "Budget Gap Widens\n\n\
             The treasury published its figures on Monday. Finance Minister Lena Dahl wrote in a \
             letter to members:\n\n\
             “The budget is short by four billion. We will cut spending. Nobody will like it.”\n\n\
             “The alternative is a debt we cannot carry for another decade.”\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|(_, who)| who == "Lena Dahl"), "{q:?}");
    }

    #[test]
    fn she_is_a_woman_by_her_given_name() {
        let q = quotes_of(
            "Council Vote\n\n\
             Mayor Susan Okafor met Councillor Peter Brandt on Monday. Brandt asked for a delay \
             and left early.\n\n\
             “We will vote on Thursday whatever happens,” she said.\n",
        );
        assert_eq!(
            q,
            [("We will vote on Thur".to_owned(), "Susan Okafor".to_owned())]
        );
    }

    #[test]
    fn a_participle_keeps_the_main_clause_speaker() {
        let q = quotes_of(
            "Summit Ends\n\n\
             The tariffs are “a mistake,” Premier Anton Weiss said on Tuesday in Vienna, noting \
             that Chancellor Ruth Adler “has not read the report at all.”\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|(_, who)| who == "Anton Weiss"), "{q:?}");
    }

    #[test]
    fn a_name_inside_the_quote_is_not_the_pronoun() {
        let q = quotes_of(
            "Climate Talks\n\n\
             President Omar Haidari read the studies closely. “My adviser, Tomas Lind, brings \
             me a new chart every morning,” he said.\n",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "Omar Haidari", "{q:?}");
    }

    #[test]
    fn a_dash_and_a_name_sign_a_quote_and_appositives_may_hold_commas() {
        let q = quotes_of(
            "Readers Reply\n\n\
             “The debate changed nothing for me. I will vote the way I always have.” ― Pamela \
             Okafor\n\n\
             Michael Brandt, president of the Harbour Union, which represents dockers, said the \
             strike was “a last resort that nobody wanted.”\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].1, "Pamela Okafor", "{q:?}");
        assert_eq!(q[1].1, "Michael Brandt", "{q:?}");
    }

    #[test]
    fn a_short_title_with_the_sentence_stop_inside_is_not_speech() {
        let q = quotes_of(
            "Actor Returns\n\n\
             Hollis Brandt, the actor, said on Monday he will return to “Harbour Lights.” \
             “I missed the cast every single day,” Brandt said.\n",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "Hollis Brandt", "{q:?}");
    }

    #[test]
    fn a_state_is_not_a_speaker() {
        let q = quotes_of(
            "Voters Speak\n\n\
             Dean Marlow, a salesman from Sumter, South Carolina, said: “I am voting for change \
             this time.”\n",
        );
        assert_eq!(
            q,
            [(
                "I am voting for chang".chars().take(20).collect::<String>(),
                "Dean Marlow".to_owned()
            )]
        );
    }

    #[test]
    fn pairs_marks_and_skips_apostrophes() {
        let t = "He said “it’s fine,” and ‘we’re ready’ and \"go\".";
        let q = quote_spans(t, Span::new(0, t.len()));
        let texts: Vec<&str> = q.iter().map(|q| &t[q.start..q.end]).collect();
        assert_eq!(texts, ["it’s fine,", "we’re ready", "go"]);
    }

    #[test]
    fn unclosed_runs_to_paragraph_end() {
        let t = "“We will stay";
        let q = quote_spans(t, Span::new(0, t.len()));
        assert_eq!(
            q,
            [QuoteSpan {
                open: 0,
                start: 3,
                end: t.len(),
                closed: false
            }]
        );
    }
}
