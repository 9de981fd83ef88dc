//! Article text → [`Briefing`]: offline, deterministic, never panics on input.
//!
//! Stages, each in its own module and testable alone: [`decode`] bytes → text; [`clean`]
//! finds title, body paragraphs, links, the outlet line and page furniture (with
//! `headline` and `furniture`); [`sentences`] splits (abbreviation-aware); [`temporal`]
//! finds and anchors time expressions (named rules in ordered tables); [`actors`] finds
//! people, countries, organisations and groups (with the word lists in `gazetteer/`);
//! [`events`], [`quotes`] and [`questions`] build the briefing items. Every item keeps byte
//! spans into the original text. [`extract_text`] runs the stages in order.

pub mod actors;
mod clauses;
pub mod clean;
mod cue_questions;
pub mod decode;
mod descriptions;
pub mod events;
mod furniture;
mod gazetteer;
mod headline;
mod hedge_questions;
mod pronouns;
mod question_cues;
pub mod questions;
pub mod quotes;
pub mod sentences;
mod speakers;
pub mod temporal;
pub mod tokens;
pub mod verb_forms;

use crate::model::{
    Briefing, DateOrigin, Event, Metadata, OpenQuestion, Precision, QuestionId, Quote, QuoteId,
    RelatedLink, Source, SourceId, Span, TimeAnchor,
};
use chrono::NaiveDate;
use rustc_hash::FxHashSet as HashSet;
use serde::{Deserialize, Serialize};
use tokens::Token;

pub use decode::InputError;

/// Publication metadata kept beside an article in a `*.meta.ron` sidecar.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub reference_date: Option<NaiveDate>,
}

impl ArticleMeta {
    /// Parses a sidecar.
    pub fn from_ron(text: &str) -> Result<Self, String> {
        ron::from_str(text).map_err(|e| format!("invalid metadata sidecar: {e}"))
    }
}

/// What the caller knows besides the text.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Label of the source (file name).
    pub source_name: String,
    /// Sidecar metadata, if any.
    pub meta: Option<ArticleMeta>,
    /// `--date`: overrides every other reference date.
    pub reference_date: Option<NaiveDate>,
}

/// A sentence with its tokens.
#[derive(Clone, Debug)]
pub struct Sentence<'a> {
    pub span: Span,
    pub paragraph: usize,
    pub tokens: Vec<Token<'a>>,
}

/// The article split into sentences, shared by every stage.
#[derive(Clone, Debug)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence<'a>>,
    lower_words: HashSet<&'a str>,
}

/// From this size (bytes of article text) the passes that treat each sentence on its own
/// (tokenizing, tagging times) run on all cores; below it, on the calling thread.
pub(crate) const PARALLEL_FROM_BYTES: usize = 64 * 1024;

/// Does an article of `len` bytes get the parallel passes? (Each gives exactly what its
/// one-thread form gives; the tests check that by turning them off.)
pub(crate) fn in_parallel(len: usize) -> bool {
    len >= PARALLEL_FROM_BYTES && !tests_force_one_thread()
}

#[cfg(not(test))]
fn tests_force_one_thread() -> bool {
    false
}

/// Set by the test that compares a long article's parallel extraction with its one-thread
/// form (other tests that run meanwhile only get their one-thread form).
#[cfg(test)]
static ONE_THREAD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[cfg(test)]
fn tests_force_one_thread() -> bool {
    ONE_THREAD.load(std::sync::atomic::Ordering::SeqCst)
}

impl<'a> Doc<'a> {
    /// Splits `paragraphs` of `text` into tokenized sentences.
    pub fn new(text: &'a str, paragraphs: &[Span]) -> Self {
        let spans: Vec<(usize, Span)> = paragraphs
            .iter()
            .enumerate()
            .flat_map(|(pi, p)| sentences::split(text, *p).into_iter().map(move |s| (pi, s)))
            .collect();
        let sentence = |&(paragraph, span): &(usize, Span)| {
            let s = span.slice(text)?;
            let mut tokens = tokens::tokenize(s, span.start);
            // The tokenizer reserves for dense text; every sentence of a 50 MB article is
            // kept to the end, so give the slack back (about a quarter of the tokens).
            tokens.shrink_to_fit();
            Some(Sentence {
                span,
                paragraph,
                tokens,
            })
        };
        let mut sentences: Vec<Sentence<'a>> = if in_parallel(text.len()) {
            use rayon::prelude::*;
            // Indexed (`map`, then the rare span that does not slice dropped in place): a
            // parallel `filter_map` would gather its pieces in lists and copy them once more.
            let made: Vec<Option<Sentence<'a>>> =
                spans.par_iter().with_min_len(512).map(sentence).collect();
            made.into_iter().flatten().collect()
        } else {
            spans.iter().filter_map(sentence).collect()
        };
        drop(spans);
        // Capitalised words at a sentence start ("Officials", "Speaking") are names only if
        // the text never uses them in lower case. Collect those starts first, then look for
        // their lower-case forms: a few look-ups per token instead of a set of every word.
        let mut initial: HashSet<String> = HashSet::default();
        for toks in sentences.iter().map(|s| &s.tokens) {
            for (i, t) in toks.iter().enumerate() {
                if t.is_word() && t.is_capitalised() && is_sentence_initial(toks, i) {
                    // Most are ASCII and seen before: looked up without a new string.
                    if !t.text.is_ascii() {
                        initial.insert(t.text.to_lowercase());
                    } else if !initial.contains(t.lower().as_str()) {
                        initial.insert(t.text.to_ascii_lowercase());
                    }
                }
            }
        }
        sentences.shrink_to_fit();
        let mut lower_words: HashSet<&'a str> = HashSet::default();
        if !initial.is_empty() {
            for t in sentences.iter().flat_map(|s| s.tokens.iter()) {
                if t.is_word() && !t.is_capitalised() && initial.contains(t.text) {
                    lower_words.insert(t.text);
                }
            }
        }
        Self {
            text,
            paragraphs: paragraphs.to_vec(),
            sentences,
            lower_words,
        }
    }

    /// True if the word also appears in lower case in the text (so it is a common word, not
    /// a name, when capitalised at a sentence start). Answers for sentence-initial words
    /// (see [`is_sentence_initial`]), the only ones that need it.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.lower_words.contains(word.to_lowercase().as_str())
    }

    /// Index of the sentence containing byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        self.sentences
            .get(i)
            .filter(|s| s.span.start <= pos)
            .map(|_| i)
    }
}

/// The pipeline up to events on one paragraph of test text (shared by the stage tests).
#[cfg(test)]
pub(crate) fn stages_for_test(
    text: &str,
    reference: Option<NaiveDate>,
) -> (Doc<'_>, actors::Found, events::Built) {
    let doc = Doc::new(text, &[Span::new(0, text.len())]);
    let found = actors::find(&doc);
    let mut tx = temporal::find_sentences(
        text,
        doc.sentences.iter().map(|s| s.tokens.as_slice()),
        None,
    );
    let mut bases = events::link_story_dates(tx.iter_mut().flatten());
    crate::model::date_bases::resolve_all(&mut bases, reference);
    let built = events::build(&doc, tx, &found, reference, "", &bases);
    (doc, found, built)
}

/// Token `i` starts a sentence or follows an opening quote, bracket, dash or colon.
pub fn is_sentence_initial(toks: &[Token<'_>], i: usize) -> bool {
    i == 0
        || i.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| matches!(p.text, "“" | "\"" | "(" | "—" | ":" | "`"))
}

/// Extracts a briefing from raw bytes (any supported encoding).
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Result<Briefing, InputError> {
    Ok(extract_decoded(decode::decode(bytes)?, options))
}

/// [`extract_bytes`] for bytes the caller gives up (a file just read): UTF-8 is not copied.
pub fn extract_owned(bytes: Vec<u8>, options: &Options) -> Result<Briefing, InputError> {
    Ok(extract_decoded(decode::decode_owned(bytes)?, options))
}

fn extract_decoded(decoded: decode::Decoded, options: &Options) -> Briefing {
    let mut b = extract_text(&decoded.text, options);
    b.warnings.splice(0..0, decoded.warnings);
    b
}

/// Extracts a briefing from decoded text.
pub fn extract_text(text: &str, options: &Options) -> Briefing {
    let cleaned = clean::clean(text);
    let doc = Doc::new(text, &cleaned.paragraphs);
    let source = SourceId::new("src-1");
    let meta_in = options.meta.clone().unwrap_or_default();

    // A headline's closing full stop ("… Against Trump.") is no part of the title; an
    // abbreviation's ("… in the U.S.") is.
    let headline = cleaned
        .title
        .and_then(|t| t.slice(text))
        .unwrap_or("")
        .trim();
    let headline = match headline.strip_suffix(['.', ';']) {
        Some(h) if !h.rsplit(' ').next().unwrap_or("").contains('.') => h.trim_end(),
        _ => headline,
    }
    .to_owned();
    let (reference, origin) = reference_date(text, options, &meta_in, &cleaned, &doc);
    let meta = metadata(
        text, options, &meta_in, &cleaned, &doc, &headline, reference, origin,
    );

    // A long article's independent passes run side by side (actors beside times, quotes
    // beside questions); a short one's in turn. Their working memory at once costs about a
    // byte of peak per byte of text: past SIDE_BY_SIDE_UNTIL_BYTES, where memory is the
    // tighter bound, one after the other (each pass still uses all cores inside).
    let side_by_side = in_parallel(text.len()) && text.len() < SIDE_BY_SIDE_UNTIL_BYTES;
    // The dateline's date says when the article was filed, not what happened then.
    let dateline = dateline_in_body(text, &doc).map(|(span, _)| span);
    let (found, mut timexes) = both(
        side_by_side,
        || actors::find(&doc),
        || {
            temporal::find_sentences(
                text,
                doc.sentences.iter().map(|s| s.tokens.as_slice()),
                dateline,
            )
        },
    );
    let mut date_bases = events::link_story_dates(timexes.iter_mut().flatten());
    crate::model::date_bases::resolve_all(&mut date_bases, reference);
    let built = events::build(&doc, timexes, &found, reference, &headline, &date_bases);
    let (mut raw_quotes, raw_questions) = both(
        side_by_side,
        || quotes::find(&doc, &found, &built),
        || questions::find(&doc, &found, &built),
    );
    if let Some(q) = quotes::headline_quote(text, cleaned.title, &found, built.news) {
        raw_quotes.insert(0, q);
    }
    // The tokens (~200 MB for a 50 MB article) go before the events, quotes and questions
    // are made.
    let no_body = doc.sentences.is_empty();
    drop(doc);
    let mut events = built.into_events(text, &source);
    crate::model::date_bases::prune(&mut date_bases, &mut events);
    date_bases.shrink_to_fit();
    // Quotes by where they start: each event looks up its own sentence's quotes.
    let mut by_start: Vec<(usize, usize)> = raw_quotes
        .iter()
        .enumerate()
        .map(|(k, q)| (q.span.start, k))
        .collect();
    by_start.sort_unstable();
    events::name_pronoun_speakers(&mut events, |sentence, words| {
        let from = by_start.partition_point(|&(start, _)| start < sentence.start);
        let q = by_start
            .get(from..)?
            .iter()
            .take_while(|&&(start, _)| start < sentence.end)
            .filter_map(|&(_, k)| raw_quotes.get(k))
            .find(|q| sentence.contains(q.span) && q.text.starts_with(words))?;
        let a = found.actors.get(q.speaker?)?;
        Some((a.id.clone(), a.name.clone()))
    });

    drop(by_start);
    let warnings = warnings_for(no_body, &events, &date_bases, reference);
    let quotes = quotes_from(raw_quotes, &found, &events, &source);
    let questions = questions_from(raw_questions, &found, &events, &source);
    let links = related_links(text, &cleaned, &source);
    Briefing {
        meta,
        sources: vec![Source::new(source, options.source_name.clone(), text)],
        events,
        date_bases,
        quotes,
        questions,
        actors: found.actors,
        links,
        warnings,
        ..Briefing::default()
    }
}

/// Up to this size (bytes of article text) the independent passes (actors and times, quotes
/// and questions) run side by side; above it one after the other (see `extract_text`).
const SIDE_BY_SIDE_UNTIL_BYTES: usize = 16 << 20;

/// `f` of each of `items` on all cores, handed to `sink` in order, a chunk at a time: what
/// `f` makes for one chunk is consumed before the next chunk is made, so memory stays that
/// of one chunk (a 50 MB article has 345,000 events).
pub(crate) fn par_map_in_order<T: Send, U: Send>(
    items: impl IntoIterator<Item = T>,
    f: impl Fn(T) -> U + Sync + Send,
    mut sink: impl FnMut(U),
) {
    use rayon::prelude::*;
    const CHUNK: usize = 4096;
    let mut items = items.into_iter();
    loop {
        let chunk: Vec<T> = items.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            return;
        }
        let done: Vec<U> = chunk.into_par_iter().with_min_len(64).map(&f).collect();
        done.into_iter().for_each(&mut sink);
    }
}

/// `a()` and `b()`: side by side on the thread pool when `parallel`, else one after the other.
fn both<A: Send, B: Send>(
    parallel: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if parallel {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

/// The reference date and where it came from: `--date` beats the sidecar, which beats a
/// dateline in the article.
fn reference_date(
    text: &str,
    options: &Options,
    meta_in: &ArticleMeta,
    cleaned: &clean::Cleaned,
    doc: &Doc<'_>,
) -> (Option<NaiveDate>, DateOrigin) {
    if let Some(d) = options.reference_date {
        (Some(d), DateOrigin::CommandLine)
    } else if let Some(d) = meta_in.reference_date {
        (Some(d), DateOrigin::Sidecar)
    } else if let Some(d) = dateline(text, cleaned, doc) {
        (Some(d), DateOrigin::Dateline)
    } else {
        (None, DateOrigin::Unknown)
    }
}

/// The briefing's metadata: the sidecar's fields first, then what the article shows
/// (headline, outlet line, dateline agency, place), then the source name as title.
#[allow(
    clippy::too_many_arguments,
    reason = "every argument is one already-computed fact about the article"
)]
fn metadata(
    text: &str,
    options: &Options,
    meta_in: &ArticleMeta,
    cleaned: &clean::Cleaned,
    doc: &Doc<'_>,
    headline: &str,
    reference: Option<NaiveDate>,
    origin: DateOrigin,
) -> Metadata {
    Metadata {
        title: meta_in.title.clone().unwrap_or_else(|| {
            if headline.is_empty() {
                options.source_name.clone()
            } else {
                headline.to_owned()
            }
        }),
        outlet: meta_in
            .outlet
            .clone()
            .or_else(|| {
                cleaned
                    .outlet
                    .and_then(|s| s.slice(text))
                    .map(str::to_owned)
            })
            .or_else(|| dateline_agency(text, doc)),
        place: meta_in
            .place
            .clone()
            .or_else(|| cleaned.place.and_then(|s| s.slice(text)).map(str::to_owned)),
        reference_date: reference,
        reference_origin: origin,
    }
}

/// Numbers the found quotes (`q-1`, …) and links them to actor and event ids.
fn quotes_from(
    raw: Vec<quotes::RawQuote>,
    found: &actors::Found,
    events: &[Event],
    source: &SourceId,
) -> Vec<Quote> {
    raw.into_iter()
        .enumerate()
        .map(|(i, q)| Quote {
            id: QuoteId::numbered("q-", i + 1),
            text: q.text,
            speaker: q.speaker.and_then(|a| found.id(a)),
            speaker_mention: q.speaker_mention,
            venue: q.venue,
            event: q.event.and_then(|e| events.get(e)).map(|e| e.id.clone()),
            provenance: Some(crate::model::Provenance {
                source: source.clone(),
                sentence: q.sentence,
                expression: Some(q.span),
            }),
            origin: crate::model::Origin::Extracted,
            review: crate::model::ReviewStatus::Unreviewed,
            grade: crate::model::Grade::default(),
            notes: String::new(),
            other_mentions: Vec::new(),
        })
        .collect()
}

/// Numbers the found open questions (`oq-1`, …) and links them to event and actor ids.
fn questions_from(
    raw: Vec<questions::RawQuestion>,
    found: &actors::Found,
    events: &[Event],
    source: &SourceId,
) -> Vec<OpenQuestion> {
    raw.into_iter()
        .enumerate()
        .map(|(i, q)| OpenQuestion {
            id: QuestionId::numbered("oq-", i + 1),
            text: q.text,
            events: q
                .events
                .iter()
                .filter_map(|&e| events.get(e))
                .map(|e| e.id.clone())
                .collect(),
            actors: q.actors.iter().filter_map(|&a| found.id(a)).collect(),
            status: crate::model::QuestionStatus::Open,
            provenance: Some(crate::model::Provenance {
                source: source.clone(),
                sentence: q.sentence,
                expression: Some(q.cue),
            }),
            origin: crate::model::Origin::Extracted,
            review: crate::model::ReviewStatus::Unreviewed,
            grade: crate::model::Grade::default(),
            notes: String::new(),
            other_mentions: Vec::new(),
        })
        .collect()
}

/// The "related" links the cleaner set apart from the body, with their provenance.
fn related_links(text: &str, cleaned: &clean::Cleaned, source: &SourceId) -> Vec<RelatedLink> {
    cleaned
        .links
        .iter()
        .filter_map(|s| {
            Some(RelatedLink {
                title: s.slice(text)?.trim().to_owned(),
                provenance: Some(crate::model::Provenance {
                    source: source.clone(),
                    sentence: *s,
                    expression: None,
                }),
            })
        })
        .collect()
}

/// Warnings for the reader: relative dates left unresolved for want of a publication date,
/// written dates no calendar has ("February 29, 2023"), and an article with no body.
fn warnings_for(
    no_body: bool,
    events: &[Event],
    date_bases: &[crate::model::DateBase],
    reference: Option<NaiveDate>,
) -> Vec<String> {
    let mut warnings = Vec::new();
    if reference.is_none()
        && events.iter().any(|e| {
            e.anchor
                .as_ref()
                .is_some_and(|a| a.is_relative_with(date_bases))
        })
    {
        warnings.push(crate::model::MISSING_REFERENCE_DATE_WARNING.to_owned());
    }
    // A written day, month and year that is no date leaves its event undated (the tagger
    // anchors it to an unknown date rather than to the reference year).
    for e in events {
        if let Some(crate::model::TimeAnchor::Absolute(d)) = &e.anchor
            && !d.is_resolved()
            && let Some(written) = &e.trigger
        {
            warnings.push(format!(
                "“{written}” is not a calendar date: the event “{}” is left undated",
                e.title
            ));
        }
    }
    if no_body {
        warnings.push("no article body was found".to_owned());
    }
    warnings
}

/// A complete date in the front matter or at the very start of the body ("KYIV, Jan. 6, 2026
/// (Reuters) —", "Published 2026-01-06").
fn dateline(text: &str, cleaned: &clean::Cleaned, doc: &Doc<'_>) -> Option<NaiveDate> {
    let day_of = |span: Span| {
        temporal::find(text, span)
            .into_iter()
            .find_map(|t| match t.anchor {
                Some(TimeAnchor::Absolute(d)) if d.precision == Precision::Day => d.start,
                _ => None,
            })
    };
    for fm in &cleaned.front_matter {
        if let Some(d) = day_of(*fm) {
            return Some(d);
        }
    }
    dateline_in_body(text, doc).and_then(|(_, d)| d.start)
}

/// The agency in a dateline: "ROSENHOLM, Feb 12 (Wirepoint) —" → "Wirepoint". The last
/// parenthesis before the first dash of the first sentence, if it holds one to four
/// capitalised words.
fn dateline_agency(text: &str, doc: &Doc<'_>) -> Option<String> {
    let first = doc.sentences.first()?.span.slice(text)?;
    let dash = first.find(['—', '–'])?;
    let head = first.get(..dash)?.trim_end();
    if head.chars().count() > 80 {
        return None;
    }
    let inner = head.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let name = inner.get(open + 1..)?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !name.chars().any(|c| c.is_ascii_digit());
    ok.then(|| name.to_owned())
}

/// "KYIV, Jan. 6, 2026 (Reuters) — …": a complete date near the start of the first
/// sentence, followed closely by a dash or an opening parenthesis, and its span. A first
/// sentence that merely starts with a date ("On February 1, 2025, the agency …") is not a
/// dateline.
fn dateline_in_body(text: &str, doc: &Doc<'_>) -> Option<(Span, crate::model::DateValue)> {
    let first = doc.sentences.first()?;
    let head_end = first
        .tokens
        .get(..12)
        .unwrap_or(&first.tokens)
        .last()
        .map_or(first.span.end, tokens::Token::end);
    let tx = temporal::find(text, Span::new(first.span.start, head_end));
    for t in tx {
        let Some(TimeAnchor::Absolute(d)) = &t.anchor else {
            continue;
        };
        if d.precision != Precision::Day {
            continue;
        }
        let marker = first
            .tokens
            .iter()
            .filter(|k| k.start() >= t.span.end)
            .take(4)
            .any(|k| matches!(k.text, "—" | "–" | "-" | "("));
        if marker {
            return Some((t.span, d.clone()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_agency_in_a_dateline_is_the_outlet_when_nothing_else_names_one() {
        let b = extract_text(
            "Deal signed\n\nROSENHOLM, Feb 12 (Wirepoint) — The bank cut its rate on Thursday.\n",
            &Options::default(),
        );
        assert_eq!(b.meta.outlet.as_deref(), Some("Wirepoint"));
        let b = extract_text(
            "Deal signed\n\nThe bank (which had waited) cut its rate on Thursday — again.\n",
            &Options::default(),
        );
        assert_eq!(b.meta.outlet, None);
    }

    /// Turns the parallel passes back on however the test that turned them off ends.
    struct ParallelBackOn;

    impl Drop for ParallelBackOn {
        fn drop(&mut self) {
            ONE_THREAD.store(false, std::sync::atomic::Ordering::SeqCst);
        }
    }

    /// A long article (the seed, every story fixture, and dense quoted and dated runs) gives
    /// the same briefing from the parallel passes as from their one-thread form.
    #[test]
    fn a_long_article_extracts_the_same_on_all_cores_as_on_one() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut text = String::from("Probe article\n\n");
        let mut files = vec![root.join("seeds/paris-summit-ukraine-security-guarantees.txt")];
        for story in std::fs::read_dir(root.join("tests/data/stories"))
            .into_iter()
            .flatten()
        {
            for f in std::fs::read_dir(story.map(|e| e.path()).unwrap_or_default())
                .into_iter()
                .flatten()
                .flatten()
            {
                if f.path().extension().is_some_and(|e| e == "txt") {
                    files.push(f.path());
                }
            }
        }
        files.sort();
        for f in &files {
            text.push_str(&std::fs::read_to_string(f).unwrap_or_default());
            text.push_str("\n\n");
        }
        for i in 0..1200 {
            text.push_str("“We act on Monday,” said Ana Ruiz-");
            text.push_str(&i.to_string());
            text.push_str(". On Tuesday, he said: \"we wait\". ");
            if i % 40 == 39 {
                text.push_str("\n\n");
            }
        }
        assert!(text.len() >= 2 * PARALLEL_FROM_BYTES, "{}", text.len());
        let options = Options {
            reference_date: NaiveDate::from_ymd_opt(2026, 1, 6),
            ..Options::default()
        };
        let json = |b: &Briefing| {
            let mut out = Vec::new();
            crate::export::json::write_json(b, &mut out)
                .map(|()| out)
                .unwrap_or_default()
        };
        let parallel = json(&extract_text(&text, &options));
        let reset = ParallelBackOn;
        ONE_THREAD.store(true, std::sync::atomic::Ordering::SeqCst);
        let one = json(&extract_text(&text, &options));
        drop(reset);
        assert!(one.len() > 100_000, "{}", one.len());
        assert!(one == parallel, "the parallel passes changed the briefing");
    }
}
