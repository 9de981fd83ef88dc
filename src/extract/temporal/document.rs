//! The document pass, shared by extraction, `tag_text` (TimeML) and the tests: every
//! sentence through the sentence pass, then what needs the whole document: "a year ago" in
//! a text about quarters (`rules::quarters::year_ago_means_quarter`) and expressions counted
//! from the story's own time, resolved against the last date named before them
//! ([`link_mentions`]).

use super::sentence::find_in_tokens;
use super::value::{Value, date_value};
use super::{Timex, TimexType, rules};
use crate::extract::tokens::{Token, TokenKind, tokenize};
use crate::model::{Span, TimeAnchor};
use chrono::NaiveDate;

/// Tags each sentence of a document (its tokens, in document order), leaves out the
/// expression at `exclude` (extraction's dateline), then does the document-wide steps,
/// story-relative expressions linked to their base by [`link_mentions`] (a nested copy of
/// the base: what the TimeML writer needs). `text` is the whole document.
pub fn tag_sentences<'t, 'a: 't>(
    text: &str,
    sentences: impl IntoIterator<Item = &'t [Token<'a>]>,
    exclude: Option<Span>,
) -> Vec<Vec<Timex>> {
    let mut all = find_sentences(text, sentences, exclude);
    link_mentions(all.iter_mut().flatten());
    all
}

/// The document pass without the linking: each sentence tagged, `exclude` left out, the
/// document-wide value rewrites done. Extraction links story-relative expressions itself,
/// flat, through numbered date bases (`extract::events::link_story_dates`).
pub fn find_sentences<'t, 'a: 't>(
    text: &str,
    sentences: impl IntoIterator<Item = &'t [Token<'a>]>,
    exclude: Option<Span>,
) -> Vec<Vec<Timex>> {
    // Earnings reports compare quarters: there "a year ago" is that quarter a year ago.
    let quarterly = text.contains("quarter");
    let all: Vec<Vec<Timex>> = sentences
        .into_iter()
        .map(|tokens| {
            let mut found = find_in_tokens(tokens);
            found.retain(|t| Some(t.span) != exclude);
            if quarterly {
                for tx in &mut found {
                    rules::quarters::year_ago_means_quarter(text, tx);
                }
            }
            found
        })
        .collect();
    all
}

/// Resolves expressions counted from the story's own time ("the following year", "later
/// that day") against the last date named before them, in document order. Without one they
/// count from the reference date.
pub fn link_mentions<'a>(list: impl IntoIterator<Item = &'a mut Timex>) {
    let mut focus: Option<TimeAnchor> = None;
    for tx in list {
        if let Value::Mention {
            unit,
            offset,
            part,
            fallback,
        } = &tx.value
        {
            let anchor = match &focus {
                Some(base) => TimeAnchor::FromMention {
                    base: Box::new(base.clone()),
                    unit: *unit,
                    offset: *offset,
                },
                None => fallback.clone(),
            };
            tx.value = match part {
                None => Value::FromAnchor,
                Some(part) => Value::Suffixed {
                    base: anchor.clone(),
                    suffix: super::value::Suffix::DayPart(*part),
                },
            };
            tx.anchor = Some(anchor);
        }
        if let Value::LaterBy {
            unit,
            offset,
            length,
        } = &tx.value
        {
            tx.anchor = focus.as_ref().map(|base| TimeAnchor::FromMention {
                base: Box::new(base.clone()),
                unit: *unit,
                offset: *offset,
            });
            tx.value = Value::Period(length.clone());
        }
        if (matches!(tx.kind, TimexType::Date | TimexType::Time)
            || matches!(tx.anchor, Some(TimeAnchor::FromMention { .. })))
            && let Some(a) = &tx.anchor
            && !matches!(a, TimeAnchor::Range { .. } | TimeAnchor::Since(_))
        {
            focus = Some(a.clone());
        }
    }
}

/// One expression as TimeML sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    pub span: Span,
    pub kind: TimexType,
    pub value: String,
    /// The rule that found it.
    pub rule: &'static str,
}

/// The paragraphs of a plain text: split at blank lines.
fn paragraphs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut para_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i) == Some(&b'\n') {
            let mut j = i + 1;
            while bytes
                .get(j)
                .is_some_and(|b| *b == b' ' || *b == b'\t' || *b == b'\r')
            {
                j += 1;
            }
            if bytes.get(j) == Some(&b'\n') {
                out.push(Span::new(para_start, i));
                para_start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out.push(Span::new(para_start, text.len()));
    out
}

/// Tags a whole text (paragraphs split at blank lines, then sentences) for TimeML, with
/// `dct` as the reference date. Ranges become their two ends, as TimeML annotates them.
pub fn tag_text(text: &str, dct: NaiveDate) -> Vec<Tagged> {
    let tokens: Vec<Vec<Token<'_>>> = paragraphs(text)
        .into_iter()
        .flat_map(|para| crate::extract::sentences::split(text, para))
        .filter_map(|s| Some(tokenize(s.slice(text)?, s.start)))
        .collect();
    let found = tag_sentences(text, tokens.iter().map(Vec::as_slice), None);
    let mut out = Vec::new();
    for tx in found.iter().flatten() {
        push_tagged(&mut out, text, tx, dct);
    }
    out
}

fn push_tagged(out: &mut Vec<Tagged>, text: &str, tx: &Timex, dct: NaiveDate) {
    if let (Some(TimeAnchor::Range { from, to }), Value::FromAnchor) = (&tx.anchor, &tx.value)
        && let Some(s) = tx.span.slice(text)
    {
        let nums: Vec<_> = tokenize(s, tx.span.start)
            .into_iter()
            .filter(|t| t.kind == TokenKind::Number)
            .collect();
        if let (Some(a), Some(b)) = (nums.first(), nums.last())
            && nums.len() >= 2
        {
            for (t, anchor) in [(a, from), (b, to)] {
                out.push(Tagged {
                    span: Span::new(t.start(), t.end()),
                    kind: TimexType::Date,
                    value: anchor
                        .resolve(Some(dct))
                        .map_or_else(|| "XXXX".to_owned(), |d| date_value(&d)),
                    rule: tx.rule,
                });
            }
            return;
        }
    }
    out.push(Tagged {
        span: tx.span,
        kind: tx.kind,
        value: tx.timeml_value(dct),
        rule: tx.rule,
    });
}
