//! The sentence pass: at each token that may begin an expression the rule tables are tried
//! in order (`rules::PASSES`); a hit is then extended by its modifiers and hedges
//! (`extent`), dropped if a check refuses it (`veto`), given the value its words measure
//! (durations and sets), and finally joined with its neighbours (`merge`).

use super::count::measured_value;
use super::cursor::Cursor;
use super::extent::{modifier_start, month_of_named_year, spans, with_hedge};
use super::lexicon::{month_of, unit_of, weekday_of};
use super::merge::merge;
use super::rule::{Found, Hit};
use super::start::may_start_at;
use super::value::Value;
use super::{Timex, TimexType, rules, veto};
use crate::extract::tokens::{Token, TokenKind, ascii_lower, tokenize};
use crate::model::{Span, TimeAnchor};

/// Finds temporal expressions in `text[sentence]`.
pub fn find(text: &str, sentence: Span) -> Vec<Timex> {
    let Some(s) = sentence.slice(text) else {
        return Vec::new();
    };
    let tokens = tokenize(s, sentence.start);
    find_in_tokens(&tokens)
}

/// "Friday's", "year's", "December's": a possessive whose stem can be part of a date.
fn is_dated_possessive(t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let Some(stem) = t
        .text
        .strip_suffix("'s")
        .or_else(|| t.text.strip_suffix("’s"))
    else {
        return false;
    };
    weekday_of(stem).is_some()
        || month_of(stem).is_some()
        || unit_of(stem).is_some()
        || matches!(
            ascii_lower(stem, &mut [0u8; 24]),
            Some(
                "today"
                    | "yesterday"
                    | "tomorrow"
                    | "quarter"
                    | "weekend"
                    | "summer"
                    | "spring"
                    | "fall"
                    | "winter"
                    | "autumn"
            )
        )
}

/// Finds temporal expressions in a sentence's tokens.
pub fn find_in_tokens(tokens: &[Token<'_>]) -> Vec<Timex> {
    // "Friday's", "last year's": the date is the word without its possessive ending.
    let split: Vec<Token<'_>>;
    let tokens = if tokens.iter().any(is_dated_possessive) {
        split = tokens
            .iter()
            .flat_map(|t| match t.split_possessive() {
                Some((a, b)) => [Some(a), Some(b)],
                None => [Some(*t), None],
            })
            .flatten()
            .collect();
        &split[..]
    } else {
        tokens
    };
    let mut out: Vec<Timex> = Vec::new();
    let mut i = 0;
    // First token not yet part of an expression.
    let mut free = 0;
    while i < tokens.len() {
        let found = if may_start_at(tokens, i) {
            Cursor::new(tokens, i).and_then(|c| rules::first_hit(&c))
        } else {
            None
        };
        let Some(found) = found else {
            i += 1;
            continue;
        };
        match finish(tokens, i, free, found) {
            Finished::Refused(n) => i += n,
            Finished::Timex(tx, n) => {
                out.push(tx);
                i += n;
                free = i;
            }
            Finished::Nothing => break,
        }
    }
    merge(out, tokens)
}

/// What became of a hit.
enum Finished {
    /// An expression, and how many tokens from the hit's start it took.
    Timex(Timex, usize),
    /// Refused by a check: skip its tokens.
    Refused(usize),
    /// No span could be made (cannot happen with tokens from the tokenizer).
    Nothing,
}

/// Turns a rule's hit at `i` into an expression: hedges and the year words after a month,
/// the vetoes, the value of a length or set, the modifiers before it and its spans.
fn finish(tokens: &[Token<'_>], i: usize, free: usize, found: Found) -> Finished {
    let Found { rule, hit } = found;
    let Hit {
        len,
        kind,
        mut anchor,
        value,
    } = hit;
    let n = with_hedge(tokens, i, len, kind, anchor.is_some());
    if let Some(a) = month_of_named_year(tokens, i + n, anchor.as_ref()) {
        anchor = Some(a);
    }
    if veto::refused(tokens, i, n, kind) {
        return Finished::Refused(n);
    }
    let value = match (value, kind) {
        (Value::FromAnchor, TimexType::Duration | TimexType::Set) => tokens
            .get(i..i + n)
            .and_then(|ts| measured_value(ts, kind))
            .unwrap_or(Value::FromAnchor),
        (v, _) => v,
    };
    let ends_ago = tokens.get(i + n - 1).is_some_and(|t| t.is("ago"));
    let first_i = modifier_start(tokens, i, free, kind, anchor.as_ref(), ends_ago);
    let last_i = (i + n - 1).min(tokens.len().saturating_sub(1));
    let Some((span, trigger)) = spans(tokens, i, first_i, last_i) else {
        return Finished::Nothing;
    };
    let since = i > 0 && tokens.get(i - 1).is_some_and(|p| p.is("since"));
    let anchor = match (anchor, since) {
        (Some(a @ TimeAnchor::Absolute(_)), true) => Some(TimeAnchor::Since(Box::new(a))),
        (a, _) => a,
    };
    Finished::Timex(
        Timex {
            span,
            trigger,
            kind,
            anchor,
            value,
            rule,
        },
        n,
    )
}
