//! Where an expression begins and ends, around what a rule matched: the modifiers before it
//! that TimeML counts as part of it ("the past two months", "late November", "nearly two
//! weeks ago", "the end of 1990"), hedges after it ("the next year or so", "2030 or later",
//! "weeks or months"), the preposition that makes it an event trigger ("in 2014"), and the
//! year words after a month ("in July last year": the month of that year).

use super::TimexType;
use super::cursor::{adjacent, tok, word_is};
use super::lexicon::{APPROXIMATORS, PREPOSITIONS, WordSet, is_length_unit, number_word};
use crate::extract::tokens::{Token, TokenKind};
use crate::model::{Precision, Span, TimeAnchor};
use chrono::{Datelike as _, NaiveDate};

/// The length of a hit of `n` tokens at `i` with the hedge after it: "the next year or so",
/// "1994 or later", "1990 and beyond" (dates), "weeks or months" (lengths, valued by the
/// first).
pub fn with_hedge(
    tokens: &[Token<'_>],
    i: usize,
    n: usize,
    kind: TimexType,
    anchored: bool,
) -> usize {
    let mut n = n.max(1);
    if word_is(tokens, i + n, "or")
        && word_is(tokens, i + n + 1, "so")
        && !word_is(tokens, i + n + 2, "ago")
    {
        n += 2;
    }
    let w = |k: usize| tokens.get(i + n + k).map(Token::lower);
    let (w0, w1) = (w(0), w(1));
    let ends_plural_unit = tokens
        .get(i + n - 1)
        .is_some_and(|u| u.text.ends_with('s') && is_length_unit(u.text));
    match (w0.as_deref(), w1.as_deref()) {
        (Some("or"), Some("later" | "earlier")) | (Some("and"), Some("beyond"))
            if kind == TimexType::Date && anchored =>
        {
            n += 2;
        }
        (Some("or" | "and"), Some(u))
            if ends_plural_unit && u.ends_with('s') && is_length_unit(u) =>
        {
            n += 2;
        }
        _ => {}
    }
    n
}

/// "in July last year": a month followed at `after` by "this/last/next year" is that month
/// of that year.
pub fn month_of_named_year(
    tokens: &[Token<'_>],
    after: usize,
    anchor: Option<&TimeAnchor>,
) -> Option<TimeAnchor> {
    let Some(TimeAnchor::MonthOnly { month, .. }) = anchor else {
        return None;
    };
    let year_offset = match tokens.get(after)?.lower().as_str() {
        "this" => 0,
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    word_is(tokens, after + 1, "year").then_some(TimeAnchor::MonthOfYear {
        month: *month,
        year_offset,
    })
}

/// The expression's span and its trigger span (with a preposition before it), from token
/// `first` to token `last`. "earlier this week": TimeML marks "this week" only.
pub fn spans(
    tokens: &[Token<'_>],
    i: usize,
    first_i: usize,
    last_i: usize,
) -> Option<(Span, Span)> {
    let (first, last) = (tokens.get(first_i)?, tokens.get(last_i)?);
    let mut span = Span::new(first.start(), last.end());
    let mut trigger = span;
    if first_i == i
        && tokens
            .get(i)
            .is_some_and(|t| t.is("earlier") || t.is("later"))
        && tokens.get(i + 2).is_some_and(|t| t.is("week"))
        && let Some(this) = tokens.get(i + 1)
    {
        span.start = this.start();
    }
    if first_i > 0
        && let Some(p) = tokens.get(first_i - 1)
        && PREPOSITIONS.contains(&p.lower())
    {
        trigger.start = p.start();
    }
    Some((span, trigger))
}

/// Token `j` (not before `lo`, the first token not yet in an expression) is one of `words`.
struct Before<'t, 'a> {
    tokens: &'t [Token<'a>],
    lo: usize,
}

impl Before<'_, '_> {
    fn is(&self, j: usize, words: &[&str]) -> bool {
        j >= self.lo && tok(self.tokens, j).is_some_and(|t| words.contains(&t.lower().as_str()))
    }

    fn is_in(&self, j: usize, words: &WordSet) -> bool {
        j >= self.lo && tok(self.tokens, j).is_some_and(|t| words.contains(&t.lower()))
    }
}

/// Tokens before a match at `i` that TimeML counts as part of the expression ("the past two
/// months", "late November", "fiscal 1989", "the end of 1990"). Returns the new first
/// token index, not before `lo`.
pub fn modifier_start(
    tokens: &[Token<'_>],
    i: usize,
    lo: usize,
    kind: TimexType,
    anchor: Option<&TimeAnchor>,
    ends_ago: bool,
) -> usize {
    let b = Before { tokens, lo };
    let mut j = i;
    // "a few days", "a couple of weeks".
    if j > 0 && b.is(j - 1, &["a"]) && tok(tokens, i).is_some_and(|t| t.is("few") || t.is("couple"))
    {
        j -= 1;
    }
    if ends_ago {
        // "nearly two weeks ago", "more than four decades ago".
        return approximate_start(&b, j);
    }
    let counted = tok(tokens, i).is_some_and(|t| {
        t.kind == TokenKind::Number
            || number_word(t.text).is_some()
            || matches!(t.lower().as_str(), "several" | "few")
    });
    if kind == TimexType::Duration && counted {
        return length_start(&b, i, j);
    }
    date_start(&b, j, kind, anchor)
}

/// "nearly two weeks ago", "more than four decades ago", "at least 72 hours".
fn approximate_start(b: &Before<'_, '_>, j: usize) -> usize {
    if j > 0 && b.is_in(j - 1, &APPROXIMATORS) {
        j - 1
    } else if j > 1
        && ((b.is(j - 1, &["than"]) && b.is(j - 2, &["more", "less"]))
            || (b.is(j - 1, &["least"]) && b.is(j - 2, &["at"])))
    {
        j - 2
    } else {
        j
    }
}

/// Modifiers of a counted length: "the past two years", "nearly two weeks", "more than two
/// thousand years", "no more than sixty days", "over a year".
fn length_start(b: &Before<'_, '_>, i: usize, mut j: usize) -> usize {
    if j > 0
        && b.is(
            j - 1,
            &[
                "past", "last", "next", "first", "latest", "previous", "coming", "final", "recent",
            ],
        )
    {
        j -= 1;
        if j > 0 && b.is(j - 1, &["the"]) {
            j -= 1;
        }
    } else if j > 0
        && b.is(j - 1, &["the", "nearly", "almost"])
        // "the 14-day waiting period": a hyphenated duration is an adjective; "the" belongs
        // to the noun.
        && !(b.is(j - 1, &["the"]) && tok(b.tokens, i + 1).is_some_and(|h| h.text == "-"))
    {
        j -= 1;
    } else if j > 1
        && ((b.is(j - 1, &["than", "to"]) && b.is(j - 2, &["more", "less", "up"]))
            || (b.is(j - 1, &["least"]) && b.is(j - 2, &["at"])))
    {
        j -= 2;
        // "no more than sixty days".
        if j > 0 && b.is(j - 1, &["no"]) {
            j -= 1;
        }
    } else if j > 0
        && b.is(j - 1, &["over"])
        && tok(b.tokens, j).is_some_and(|t| t.is("a") || t.is("an"))
    {
        j -= 1;
    }
    j
}

/// Modifiers of a date or an uncounted expression.
fn date_start(
    b: &Before<'_, '_>,
    mut j: usize,
    kind: TimexType,
    anchor: Option<&TimeAnchor>,
) -> usize {
    let tokens = b.tokens;
    // "the past year", "the following year", "the past two quarters".
    if tok(tokens, j).is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "past" | "last" | "next" | "following" | "previous" | "coming"
        )
    }) && j > 0
        && b.is(j - 1, &["the"])
    {
        return j - 1;
    }
    // "last Thanksgiving", "next Christmas".
    if matches!(
        anchor,
        Some(TimeAnchor::Holiday { .. } | TimeAnchor::NthWeekday { .. })
    ) && j > 0
        && b.is(j - 1, &["last", "next", "this", "past", "coming"])
    {
        return j - 1;
    }
    // "mid-1996", "post-1959", "the mid-1990s": a prefix joined by a hyphen.
    if j > 1
        && tok(tokens, j - 1).is_some_and(|h| h.text == "-")
        && adjacent(tokens, j - 2)
        && adjacent(tokens, j - 1)
        && b.is(j - 2, &["mid", "post", "pre", "early", "late"])
    {
        j -= 2;
        if j > 0 && b.is(j - 1, &["the"]) {
            j -= 1;
        }
        return j;
    }
    // "around Nov. 1", "around 7:15 p.m." (not "get around Wednesday's ruling").
    if j > 0
        && b.is(j - 1, &["around"])
        && kind != TimexType::Duration
        && !matches!(anchor, Some(TimeAnchor::Weekday { .. }))
    {
        return j - 1;
    }
    // "late yesterday", "early Tuesday" (TimeBank leaves "earlier"/"later" out more often
    // than in).
    if matches!(
        anchor,
        Some(TimeAnchor::DayOffset(_) | TimeAnchor::Weekday { .. })
    ) && j > 0
        && b.is(j - 1, &["early", "late"])
    {
        return j - 1;
    }
    if kind != TimexType::Date {
        return j;
    }
    month_or_year_start(b, j, anchor)
}

/// The last day of the year of `d`.
fn year_end(d: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year(), 12, 31)
}

/// Modifiers of a month, a year or a decade: "last March", "late 1990", "fiscal 1989", "the
/// 1990s", "the end of 1990".
fn month_or_year_start(b: &Before<'_, '_>, mut j: usize, anchor: Option<&TimeAnchor>) -> usize {
    let month_or_year = matches!(
        anchor,
        Some(
            TimeAnchor::MonthOnly { .. } | TimeAnchor::Absolute(_) | TimeAnchor::UnitOffset { .. }
        )
    );
    if matches!(anchor, Some(TimeAnchor::MonthOnly { .. }))
        && j > 0
        && b.is(j - 1, &["last", "this", "next"])
    {
        j -= 1;
    }
    if month_or_year && j > 0 && b.is(j - 1, &["early", "late", "mid", "fiscal"]) {
        j -= 1;
    }
    // "the 1990s", "the late 1970s", "the mid-1990s".
    let decade = matches!(anchor, Some(TimeAnchor::Absolute(d)) if d.precision == Precision::Year
        && d.end.is_some_and(|e| Some(e) != d.start.and_then(year_end)));
    if decade && j > 0 && b.is(j - 1, &["the"]) {
        j -= 1;
    }
    if month_or_year
        && j >= 3
        && b.is(j - 1, &["of"])
        && b.is(j - 2, &["end", "beginning", "start", "middle", "half"])
        && b.is(j - 3, &["the"])
    {
        j -= 3;
    }
    j
}
