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
use chrono::{NaiveDate, NaiveTime};

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
    let tag = |tokens: &[Token<'_>]| {
        let mut found = find_in_tokens(tokens);
        found.retain(|t| Some(t.span) != exclude);
        if quarterly {
            for tx in &mut found {
                rules::quarters::year_ago_means_quarter(text, tx);
            }
        }
        found
    };
    // Sentences are tagged independently: a long article's on all cores (in order), a
    // short one's on this thread.
    let sentences: Vec<&[Token<'a>]> = sentences.into_iter().collect();
    let mut all: Vec<Vec<Timex>> = if crate::extract::in_parallel(text.len()) {
        use rayon::prelude::*;
        sentences.par_iter().map(|tokens| tag(tokens)).collect()
    } else {
        sentences.iter().map(|tokens| tag(tokens)).collect()
    };
    let stamps: Vec<Stamp> = sentences
        .iter()
        .zip(&all)
        .enumerate()
        .filter_map(|(si, (tokens, found))| {
            let time = entry_stamp(tokens, found.first()?)?;
            Some(Stamp { sentence: si, time })
        })
        .collect();
    drop(sentences);
    roll_live_blog_days(&mut all, &stamps);
    all
}

/// A live-blog entry's time stamp: a clock time opening its sentence, then a dash ("00:40 —
/// It is now early on Thursday…").
struct Stamp {
    sentence: usize,
    time: NaiveTime,
}

/// The time of `tx` if it stamps a live-blog entry: a clock time on the reference day at the
/// start of `tokens`, followed by a dash.
fn entry_stamp(tokens: &[Token<'_>], tx: &Timex) -> Option<NaiveTime> {
    let Some(TimeAnchor::WithTime { day, time }) = &tx.anchor else {
        return None;
    };
    if **day != TimeAnchor::DayOffset(0) || tokens.first()?.start() != tx.span.start {
        return None;
    }
    let after = tokens.partition_point(|t| t.start() < tx.span.end);
    matches!(tokens.get(after)?.text, "—" | "–" | "-").then_some(*time)
}

/// A live blog that runs past midnight: its entries' times drop from the evening to the
/// small hours, and the entries after the drop are on the next day ("21:15 — …", then
/// "00:40 — It is now early on Thursday"). Blogs read newest first drop the other way. The
/// reference date is taken as the day the blog began.
fn roll_live_blog_days(all: &mut [Vec<Timex>], stamps: &[Stamp]) {
    if stamps.len() < 2 {
        return;
    }
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN);
    // A drop of six hours or more from the afternoon or evening to the morning.
    let midnight = |before: NaiveTime, now: NaiveTime| {
        before >= noon && now < noon && (before - now).num_hours() >= 6
    };
    // The reading order is the one whose times go back least without passing midnight.
    let unexplained = |order: &[&Stamp]| {
        order
            .windows(2)
            .filter(|w| w[1].time < w[0].time && !midnight(w[0].time, w[1].time))
            .count()
    };
    let forward: Vec<&Stamp> = stamps.iter().collect();
    let backward: Vec<&Stamp> = stamps.iter().rev().collect();
    let in_time_order = if unexplained(&backward) < unexplained(&forward) {
        backward
    } else {
        forward
    };
    let mut day = 0i64;
    for w in in_time_order.windows(2) {
        let (before, now) = (w[0].time, w[1].time);
        if midnight(before, now) {
            day += 1;
        }
        if day > 0
            && let Some(tx) = all.get_mut(w[1].sentence).and_then(|s| s.first_mut())
        {
            tx.anchor = Some(TimeAnchor::WithTime {
                day: Box::new(TimeAnchor::DayOffset(day)),
                time: now,
            });
        }
    }
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
