//! Why a match is refused. Two kinds:
//! - veto rules, listed in the rule tables where they act: an explicit [`Outcome::Stop`] ends
//!   the table at that position ("$2014" is an amount, "2000 troops" a quantity, "the
//!   third-quarter results" leaves "the" to the noun);
//! - checks on a finished hit ([`refused`]): a rate ("$500 million a year"), a title ("ABC's
//!   “This Week”"), an age ("a six-year-old boy"), a generic day ("today's world"), an
//!   ordinal ("a second attempt"), the year words after a month ("in July last year").

use super::TimexType;
use super::count::year_num;
use super::cursor::Cursor;
use super::lexicon::{GENERIC_NOUNS, QUANTITY_NOUNS, month_of, number_word};
use super::rule::{Outcome, Rule, Starts};
use super::rules::quarters::numbered_quarter;
use crate::extract::tokens::{Token, TokenKind};

use Outcome::{Pass, Stop};

pub const YEAR_AFTER_CURRENCY: Rule = Rule {
    name: "year_after_currency",
    starts: Starts::Number,
    examples: &[
        "It cost ${2014} in all.",
        "The ranking was #{1999} overall.",
    ],
    matcher: year_after_currency,
};

/// "$2014", "#1999": an amount or a rank, not a year.
fn year_after_currency(c: &Cursor<'_, '_>) -> Outcome {
    if year_num(c.token).is_some() && matches!(c.prev.as_str(), "$" | "#" | "€" | "£") {
        return Stop;
    }
    Pass
}

pub const YEAR_BEFORE_QUANTITY: Rule = Rule {
    name: "year_before_quantity",
    starts: Starts::Number,
    examples: &[
        "About {2000} troops were there.",
        "Turnout was {1999}% of voters.",
    ],
    matcher: year_before_quantity,
};

/// "2000 troops", "1999%": a quantity, not a year (`lexicon/quantity_nouns.txt`).
fn year_before_quantity(c: &Cursor<'_, '_>) -> Outcome {
    if year_num(c.token).is_some()
        && c.ahead(1)
            .is_some_and(|n| n.text == "%" || QUANTITY_NOUNS.contains(&n.lower()))
    {
        return Stop;
    }
    Pass
}

pub const YEAR_IN_CODE: Rule = Rule {
    name: "year_in_code",
    starts: Starts::Number,
    examples: &[
        "Serial {2014}-2015-2016-2017 was printed.",
        "The catalogue number was 12-{2014}-88-3.",
    ],
    matcher: year_in_code,
};

/// How many parts either side of a number [`year_in_code`] looks at: enough to tell a code
/// from an ISO date or a range, and a fixed window, so a 16,000-part run costs no more per
/// token than a short one.
const CODE_WINDOW: usize = 3;

/// "2014-2015-2016-2017", "12-2014-88-3": four or more numbers joined by hyphens with no
/// space are a serial or a catalogue number, not years (an ISO date has three parts, a
/// range two).
fn year_in_code(c: &Cursor<'_, '_>) -> Outcome {
    if year_num(c.token).is_none() {
        return Pass;
    }
    let t = c.tokens;
    let is_number = |k: usize| t.get(k).is_some_and(|x| x.kind == TokenKind::Number);
    let joined = |a: usize, b: usize| matches!((t.get(a), t.get(b)), (Some(x), Some(y)) if x.end() == y.start());
    let hyphen = |k: usize| t.get(k).is_some_and(|x| x.text == "-");
    let mut parts = 1;
    let mut k = c.i;
    for _ in 0..CODE_WINDOW {
        match k.checked_sub(2) {
            Some(j) if hyphen(j + 1) && is_number(j) && joined(j, j + 1) && joined(j + 1, k) => {
                parts += 1;
                k = j;
            }
            _ => break,
        }
    }
    let mut k = c.i;
    for _ in 0..CODE_WINDOW {
        if hyphen(k + 1) && is_number(k + 2) && joined(k, k + 1) && joined(k + 1, k + 2) {
            parts += 1;
            k += 2;
        } else {
            break;
        }
    }
    if parts >= 4 { Stop } else { Pass }
}

pub const QUARTER_ADJECTIVE: Rule = Rule {
    name: "quarter_adjective",
    starts: Starts::Words(&["the"]),
    examples: &["{The} third-quarter results beat forecasts."],
    matcher: quarter_adjective,
};

/// "the third-quarter results": the hyphenated quarter is an adjective and "the" belongs to
/// the noun after it; the quarter is tagged from the next word.
fn quarter_adjective(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the" && numbered_quarter(c).is_some_and(|q| q.hyphenated) {
        return Stop;
    }
    Pass
}

/// Whether a hit of `n` tokens at `i` is dropped (its tokens are then skipped).
pub fn refused(tokens: &[Token<'_>], i: usize, n: usize, kind: TimexType) -> bool {
    generic_day(tokens, i)
        || ordinal_second(tokens, i, n)
        || is_rate(tokens, i, n)
        || is_title_word_use(tokens, i, n)
        || year_words_after_month(tokens, i, n)
        || (kind == TimexType::Duration && is_age(tokens, i, n))
}

/// "today's world", "the people of tomorrow": the day in general, not a date.
fn generic_day(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i).is_some_and(|w| {
        (w.is("today") || w.is("tomorrow"))
            && (tokens
                .get(i + 1)
                .is_some_and(|p| p.text == "'s" || p.text == "’s")
                && tokens
                    .get(i + 2)
                    .is_some_and(|x| GENERIC_NOUNS.contains(&x.lower()))
                || (i > 0 && tokens.get(i - 1).is_some_and(|p| p.is("of")) && w.is("tomorrow")))
    })
}

/// "a second group", "a second betrayal": an ordinal, not one second.
fn ordinal_second(tokens: &[Token<'_>], i: usize, n: usize) -> bool {
    n == 2
        && tokens.get(i).is_some_and(|t| t.is("a"))
        && tokens.get(i + 1).is_some_and(|t| t.is("second"))
        && tokens.get(i + 2).is_some_and(|w| {
            w.is_word()
                && !matches!(
                    w.lower().as_str(),
                    "ago"
                        | "later"
                        | "earlier"
                        | "or"
                        | "and"
                        | "of"
                        | "in"
                        | "before"
                        | "after"
                        | "to"
                        | "for"
                )
        })
}

/// "$500 million a year", "four flights a week", "24 hours a day": a rate, not a period.
fn is_rate(tokens: &[Token<'_>], i: usize, n: usize) -> bool {
    let Some(first) = tokens.get(i) else {
        return false;
    };
    if n != 2 || !(first.is("a") || first.is("an")) {
        return false;
    }
    let Some(p) = i.checked_sub(1).and_then(|k| tokens.get(k)) else {
        return false;
    };
    let counted = |t: &Token<'_>| t.kind == TokenKind::Number || number_word(t.text).is_some();
    counted(p)
        || matches!(
            p.lower().as_str(),
            "million" | "billion" | "thousand" | "trillion" | "cents" | "dollars"
        )
        || (p.is_word()
            && p.text.ends_with('s')
            && !p.is_capitalised()
            && i.checked_sub(2)
                .and_then(|k| tokens.get(k))
                .is_some_and(counted))
}

/// "ABC's “This Week”", "“60 Minutes”", "High Noon", "VOA Today": a time word written with
/// a capital inside a sentence is part of a title.
fn is_title_word_use(tokens: &[Token<'_>], i: usize, n: usize) -> bool {
    (i..i + n).any(|k| {
        tokens.get(k).is_some_and(|t| {
            t.is_capitalised()
                && k > 0
                && !crate::extract::is_sentence_initial(tokens, k)
                && matches!(
                    t.lower().as_str(),
                    "week" | "today" | "noon" | "minutes" | "hours" | "tonight" | "yesterday"
                )
        })
    })
}

/// "in February this year", "in July last year": TimeBank marks the month only (its anchor
/// takes the year: `extent::month_of_named_year`).
fn year_words_after_month(tokens: &[Token<'_>], i: usize, n: usize) -> bool {
    n == 2
        && tokens
            .get(i)
            .is_some_and(|t| t.is("this") || t.is("last") || t.is("next"))
        && tokens.get(i + 1).is_some_and(|t| t.is("year"))
        && i.checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|m| month_of(m.text).is_some() && m.is_capitalised())
}

/// "a six-year-old boy", "52 years old": an age, not a length.
fn is_age(tokens: &[Token<'_>], i: usize, n: usize) -> bool {
    tokens
        .get(i + n - 1)
        .is_some_and(|w| w.lower().ends_with("-old"))
        || tokens.get(i + n).is_some_and(|w| w.is("old"))
}
