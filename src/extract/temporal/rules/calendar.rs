//! Calendar dates: full and partial dates in every order ("January 6, 2026", "6 Jan",
//! "2026-01-06"), months ("in March", "March 2024", "mid-November"), years and year ranges
//! ("2014", "2014–22", "from 2014 to 2022", "late 1998"), decades ("the 1990s", "the
//! nineties", "this decade"), centuries and years spoken in transcripts ("nineteen
//! ninety-six").

use crate::extract::temporal::TimexType;
use crate::extract::temporal::count::{day_num, decade_num, spoken_year, year_num};
use crate::extract::temporal::cursor::{Cursor, adjacent, tok, word_is};
use crate::extract::temporal::direction::{month_day_direction, month_direction};
use crate::extract::temporal::lexicon::{
    DAY_ORDINALS, DECADES, MONTHS, day_ordinal_words, is_full_month, month_of, month_words,
};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::temporal::value::Value;
use crate::extract::tokens::{Token, TokenKind, ascii_lower};
use crate::model::{DateValue, Direction, TimeAnchor};
use chrono::NaiveDate;

use Outcome::Pass;

/// "mid-november", "early-march", "late-june".
fn hyphenated_month_words() -> Vec<String> {
    let full = MONTHS.words().filter(|m| is_full_month(m));
    full.flat_map(|m| ["mid", "early", "late"].map(|head| format!("{head}-{m}")))
        .collect()
}

pub const ISO_DATE: Rule = Rule {
    name: "iso_date",
    starts: Starts::Number,
    examples: &["The ruling was filed [2025-12-30] by staff."],
    matcher: iso_date,
};

fn iso_date(c: &Cursor<'_, '_>) -> Outcome {
    let (tokens, i) = (c.tokens, c.i);
    if let Some(y) = year_num(c.token)
        && word_is(tokens, i + 1, "-")
        && adjacent(tokens, i)
        && let (Some(m), Some(d)) = (tok(tokens, i + 2), tok(tokens, i + 4))
        && word_is(tokens, i + 3, "-")
        && m.text.len() == 2
        && d.text.len() == 2
        && let (Ok(m), Ok(d)) = (m.text.parse::<u32>(), d.text.parse::<u32>())
        && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
    {
        return Outcome::date(5, TimeAnchor::Absolute(DateValue::day(date)));
    }
    Pass
}

/// A capitalised month name at the cursor: its number and the index after it (and after
/// its abbreviation's full stop).
fn month_first(c: &Cursor<'_, '_>) -> Option<(u32, usize)> {
    if !c.token.is_capitalised() {
        return None;
    }
    let m = month_of(c.token.text)?;
    let mut j = c.i + 1;
    if word_is(c.tokens, j, ".") {
        j += 1;
    }
    Some((m, j))
}

pub const MONTH_DAY_YEAR: Rule = Rule {
    name: "month_day_year",
    starts: Starts::Listed(month_words),
    examples: &[
        "It was signed on [January 6, 2026] in Nairobi.",
        "On [Jan. 6 2026] it rained.",
    ],
    matcher: month_day_year,
};

fn month_day_year(c: &Cursor<'_, '_>) -> Outcome {
    let Some((m, j)) = month_first(c) else {
        return Pass;
    };
    let tokens = c.tokens;
    if tok(tokens, j).and_then(day_num).is_none() {
        return Pass;
    }
    let mut k = j + 1;
    if word_is(tokens, k, ",") {
        k += 1;
    }
    if let Some(d) = tok(tokens, j).and_then(day_num)
        && let Some(anchor) = tok(tokens, k).and_then(|t| explicit_day(t, m, d))
    {
        return Outcome::date(k + 1 - c.i, anchor);
    }
    Pass
}

/// The day `d` of month `m` in the year written as `year` ("January 6, [2026]"), or, when
/// that year is written but the day does not exist in it ("February 29, 2023", "1 January
/// 99999"), an anchor that never resolves: the date stays unknown, never the reference
/// year's (the extractor then says so in the briefing's warnings). `None` if `year` is no
/// year at all.
fn explicit_day(year: &Token<'_>, m: u32, d: u32) -> Option<TimeAnchor> {
    let invalid = || TimeAnchor::Absolute(DateValue::unknown());
    if let Some(y) = year_num(year) {
        return Some(
            NaiveDate::from_ymd_opt(y, m, d)
                .map_or_else(invalid, |date| TimeAnchor::Absolute(DateValue::day(date))),
        );
    }
    // Five or more digits right after a day and month is a year no calendar has.
    (year.kind == TokenKind::Number
        && year.text.len() >= 5
        && year.text.bytes().all(|b| b.is_ascii_digit()))
    .then(invalid)
}

pub const MONTH_DAY: Rule = Rule {
    name: "month_day",
    starts: Starts::Listed(month_words),
    examples: &["Prosecutors filed charges on [Dec. 30] in the capital."],
    matcher: month_day,
};

fn month_day(c: &Cursor<'_, '_>) -> Outcome {
    let Some((month, j)) = month_first(c) else {
        return Pass;
    };
    match tok(c.tokens, j).and_then(day_num) {
        Some(day) => Outcome::date(
            j + 1 - c.i,
            TimeAnchor::MonthDay {
                month,
                day,
                direction: month_day_direction(c.tokens, c.i),
            },
        ),
        None => Pass,
    }
}

pub const MONTH_YEAR: Rule = Rule {
    name: "month_year",
    starts: Starts::Listed(month_words),
    examples: &["Talks began in [March 2024] in Geneva."],
    matcher: month_year,
};

fn month_year(c: &Cursor<'_, '_>) -> Outcome {
    let Some((m, j)) = month_first(c) else {
        return Pass;
    };
    match tok(c.tokens, j).and_then(year_num) {
        Some(y) => Outcome::anchored(
            j + 1 - c.i,
            TimexType::Date,
            DateValue::month(y, m).map(TimeAnchor::Absolute),
        ),
        None => Pass,
    }
}

pub const MONTH_OF_YEAR: Rule = Rule {
    name: "month_of_year",
    starts: Starts::Listed(month_words),
    examples: &["The plant closed in [March of 2019] after a fire."],
    matcher: month_of_year,
};

fn month_of_year(c: &Cursor<'_, '_>) -> Outcome {
    let Some((m, j)) = month_first(c) else {
        return Pass;
    };
    if word_is(c.tokens, j, "of")
        && let Some(y) = tok(c.tokens, j + 1).and_then(year_num)
    {
        return Outcome::anchored(
            j + 2 - c.i,
            TimexType::Date,
            DateValue::month(y, m).map(TimeAnchor::Absolute),
        );
    }
    Pass
}

pub const BARE_MONTH: Rule = Rule {
    name: "bare_month",
    starts: Starts::Listed(month_words),
    examples: &[
        "Talks began in [May] and ended in [October].",
        "By [the end of June] it was over.",
    ],
    matcher: bare_month,
};

/// "in March", "by June", "last October": a full month name after a word that makes it a
/// date ("May" and "Mar" also name other things: they need a stronger cue).
fn bare_month(c: &Cursor<'_, '_>) -> Outcome {
    let (tokens, i, t) = (c.tokens, c.i, c.token);
    let Some((m, _)) = month_first(c) else {
        return Pass;
    };
    let prev = c.prev.as_str();
    let cue = matches!(
        prev,
        "in" | "since"
            | "by"
            | "until"
            | "for"
            | "the"
            | "a"
            | "an"
            | "to"
            | "early"
            | "late"
            | "mid"
            | "during"
            | "last"
            | "next"
            | "this"
            | "from"
            | "through"
    ) || (prev == "of"
        && i >= 2
        && tok(tokens, i - 2).is_some_and(|w| {
            matches!(w.lower().as_str(), "end" | "middle" | "beginning" | "start")
        }));
    let ambiguous = matches!(m, 5) || (m == 3 && t.text.len() == 3);
    if cue
        && (!ambiguous
            || matches!(
                prev,
                "in" | "since" | "last" | "next" | "early" | "late" | "by" | "until"
            ))
        && is_full_month(t.text)
    {
        let direction = match prev {
            "last" => Some(Direction::Past),
            "next" => Some(Direction::Future),
            _ => month_direction(tokens, i),
        };
        return Outcome::date(
            1,
            TimeAnchor::MonthOnly {
                month: m,
                direction,
            },
        );
    }
    Pass
}

/// A day number followed by a capitalised month name: day, month, and the month's token.
fn day_first<'s, 'a>(
    c: &Cursor<'s, 'a>,
) -> Option<(u32, u32, &'s crate::extract::tokens::Token<'a>)> {
    let d = day_num(c.token)?;
    let mt = tok(c.tokens, c.i + 1)?;
    if !mt.is_capitalised() {
        return None;
    }
    Some((d, month_of(mt.text)?, mt))
}

pub const DAY_MONTH_YEAR: Rule = Rule {
    name: "day_month_year",
    starts: Starts::Number,
    examples: &["The treaty was signed on [6 January 2026] in Nairobi."],
    matcher: day_month_year,
};

fn day_month_year(c: &Cursor<'_, '_>) -> Outcome {
    let Some((d, m, _)) = day_first(c) else {
        return Pass;
    };
    let mut j = c.i + 2;
    if word_is(c.tokens, j, ".") {
        j += 1;
    }
    if let Some(anchor) = tok(c.tokens, j).and_then(|t| explicit_day(t, m, d)) {
        return Outcome::date(j + 1 - c.i, anchor);
    }
    Pass
}

pub const DAY_MONTH: Rule = Rule {
    name: "day_month",
    starts: Starts::Number,
    examples: &["The envoys met on [6 January] in Paris."],
    matcher: day_month,
};

fn day_month(c: &Cursor<'_, '_>) -> Outcome {
    let Some((day, month, mt)) = day_first(c) else {
        return Pass;
    };
    let mut j = c.i + 2;
    if word_is(c.tokens, j, ".") {
        j += 1;
    }
    if mt.text.len() > 3 || word_is(c.tokens, c.i + 2, ".") {
        return Outcome::date(
            j - c.i,
            TimeAnchor::MonthDay {
                month,
                day,
                direction: month_day_direction(c.tokens, c.i),
            },
        );
    }
    Pass
}

pub const THE_DAY_OF_MONTH: Rule = Rule {
    name: "the_day_of_month",
    starts: Starts::NumberOrListed(day_ordinal_words),
    examples: &[
        "The minutes are due on the [twenty-sixth of February], she said.",
        "He walked away from it on the [13th of October 2025], not us.",
    ],
    matcher: the_day_of_month,
};

/// "the twenty-sixth of February", "the 13th of October 2025": a day ordinal (spelled, or
/// in digits with its suffix) after "the", then "of" and a full month name.
fn the_day_of_month(c: &Cursor<'_, '_>) -> Outcome {
    let t = c.token;
    let day = if t.kind == TokenKind::Number {
        day_num(t).filter(|_| !t.text.bytes().all(|b| b.is_ascii_digit()))
    } else {
        DAY_ORDINALS.get(c.word.as_str())
    };
    let Some(day) = day else {
        return Pass;
    };
    let Some(month_tok) = c.ahead(2) else {
        return Pass;
    };
    let Some(month) = month_of(month_tok.text).filter(|_| is_full_month(month_tok.text)) else {
        return Pass;
    };
    if c.prev != "the" || c.next != "of" || !month_tok.is_capitalised() {
        return Pass;
    }
    let j = c.i + 3;
    if let Some(anchor) = tok(c.tokens, j).and_then(|y| explicit_day(y, month, day)) {
        return Outcome::date(j + 1 - c.i, anchor);
    }
    Outcome::date(
        3,
        TimeAnchor::MonthDay {
            month,
            day,
            direction: month_day_direction(c.tokens, c.i),
        },
    )
}

/// A range of two years as one anchor.
fn year_range(from: i32, to: i32) -> Option<TimeAnchor> {
    let (from, to) = (DateValue::year(from)?, DateValue::year(to)?);
    Some(TimeAnchor::Range {
        from: Box::new(TimeAnchor::Absolute(from)),
        to: Box::new(TimeAnchor::Absolute(to)),
    })
}

pub const FROM_YEAR_TO_YEAR: Rule = Rule {
    name: "from_year_to_year",
    starts: Starts::Words(&["between", "from"]),
    examples: &["The fighting lasted [from 2014 to 2022] in the east."],
    matcher: from_year_to_year,
};

fn from_year_to_year(c: &Cursor<'_, '_>) -> Outcome {
    let tokens = c.tokens;
    if matches!(c.word.as_str(), "between" | "from")
        && let Some(a) = c.ahead(1).and_then(year_num)
        && c.ahead(2).is_some_and(|w| {
            matches!(
                w.lower().as_str(),
                "and" | "to" | "until" | "through" | "-" | "–"
            )
        })
        && let Some(b) = tok(tokens, c.i + 3).and_then(year_num)
        && b >= a
        && let Some(range) = year_range(a, b)
    {
        return Outcome::date(4, range);
    }
    Pass
}

pub const YEAR_SPAN: Rule = Rule {
    name: "year_span",
    starts: Starts::Number,
    examples: &[
        "During the [2014–22] period it grew.",
        "Output rose in [2014-2022] overall.",
    ],
    matcher: year_span,
};

/// "2014-2022", "2014–22": two years joined by a dash.
fn year_span(c: &Cursor<'_, '_>) -> Outcome {
    let (tokens, i) = (c.tokens, c.i);
    if let Some(y) = year_num(c.token)
        && tok(tokens, i + 1).is_some_and(|d| matches!(d.text, "-" | "–"))
        && adjacent(tokens, i)
        && let Some(b) = tok(tokens, i + 2)
        && adjacent(tokens, i + 1)
        && let Some(by) = year_num(b).or_else(|| {
            (b.kind == TokenKind::Number && b.text.len() == 2)
                .then(|| b.text.parse::<i32>().ok().map(|yy| y / 100 * 100 + yy))
                .flatten()
        })
        && by > y
        && let Some(range) = year_range(y, by)
    {
        return Outcome::date(3, range);
    }
    Pass
}

pub const YEAR: Rule = Rule {
    name: "year",
    starts: Starts::Number,
    examples: &[
        "Russia first invaded Ukraine in [2014].",
        "The bridge opened in [late 1998].",
    ],
    matcher: year,
};

fn year(c: &Cursor<'_, '_>) -> Outcome {
    let Some(y) = year_num(c.token) else {
        return Pass;
    };
    let Some(mut v) = DateValue::year(y) else {
        return Outcome::Stop;
    };
    if matches!(
        c.prev.as_str(),
        "early"
            | "late"
            | "mid"
            | "around"
            | "circa"
            | "c"
            | "about"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
    ) {
        v.approximate = true;
    }
    Outcome::date(1, TimeAnchor::Absolute(v))
}

/// The ten years from `first` as one approximate-or-not span.
fn decade_span(first: i32) -> Option<DateValue> {
    let (a, b) = (DateValue::year(first)?, DateValue::year(first + 9)?);
    Some(DateValue::range(&a, &b))
}

pub const DECADE: Rule = Rule {
    name: "decade",
    starts: Starts::Number,
    examples: &["The plant opened in [the 1990s] near the coast."],
    matcher: decade,
};

fn decade(c: &Cursor<'_, '_>) -> Outcome {
    match decade_num(c.token).and_then(decade_span) {
        Some(v) => Outcome::date(1, TimeAnchor::Absolute(v)),
        None => Pass,
    }
}

/// "mid-November": the part after "mid-", "early-" or "late-" (a number after the hyphen
/// is a token of its own: "mid-2022" is "mid", "-", "2022", see `extent`).
fn hedged<'s>(c: &Cursor<'s, '_>) -> Option<&'s str> {
    let (head, rest) = c.token.text.split_once('-')?;
    matches!(
        ascii_lower(head, &mut [0u8; 24]),
        Some("mid" | "early" | "late")
    )
    .then_some(rest)
}

pub const HYPHENATED_MONTH: Rule = Rule {
    name: "hyphenated_month",
    starts: Starts::Listed(hyphenated_month_words),
    examples: &["The vote is due by [mid-November], officials said."],
    matcher: hyphenated_month,
};

fn hyphenated_month(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(rest) = hedged(c)
        && let Some(month) = month_of(rest).filter(|_| is_full_month(rest))
    {
        return Outcome::date(
            1,
            TimeAnchor::MonthOnly {
                month,
                direction: month_direction(c.tokens, c.i),
            },
        );
    }
    Pass
}

pub const CENTURY: Rule = Rule {
    name: "century",
    starts: Starts::Number,
    examples: &["The chapel dates from the [20th century] and still stands."],
    matcher: century,
};

/// "the 20th century": the century's two leading digits (`19`).
fn century(c: &Cursor<'_, '_>) -> Outcome {
    let t = c.token;
    if t.kind == TokenKind::Number
        && let Some(n) = t
            .text
            .strip_suffix("th")
            .or_else(|| t.text.strip_suffix("st"))
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|n| (1..=21).contains(n))
        && c.ahead_is(1, "century")
    {
        return Outcome::valued(2, TimexType::Date, Value::Century(n - 1));
    }
    Pass
}

pub const SPOKEN_MONTH_YEAR: Rule = Rule {
    name: "spoken_month_year",
    starts: Starts::Listed(month_words),
    examples: &["It was cold in [January nineteen ninety-seven] on the coast."],
    matcher: spoken_month_year,
};

fn spoken_month_year(c: &Cursor<'_, '_>) -> Outcome {
    let t = c.token;
    if t.is_capitalised()
        && let Some(month) = month_of(t.text).filter(|_| is_full_month(t.text))
        && let Some(year) = spoken_year(c.tokens, c.i + 1)
    {
        return Outcome::valued(3, TimexType::Date, Value::YearMonth { year, month });
    }
    Pass
}

pub const THIS_DECADE: Rule = Rule {
    name: "this_decade",
    starts: Starts::Words(&["this"]),
    examples: &["Growth was the slowest [this decade], the bank said."],
    matcher: this_decade,
};

fn this_decade(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "this" && c.next == "decade" {
        return Outcome::valued(2, TimexType::Date, Value::ThisDecade);
    }
    Pass
}

pub const DECADE_WORD: Rule = Rule {
    name: "decade_word",
    starts: Starts::Words(&["the"]),
    examples: &["The firm grew in [the nineties] and then shrank."],
    matcher: decade_word,
};

/// "the nineties": the twentieth century's decade (`199`).
fn decade_word(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && let Some(tens) = DECADES.get(&c.next)
    {
        return Outcome::valued(2, TimexType::Date, Value::Decade(190 + tens as i32));
    }
    Pass
}

pub const SPOKEN_YEAR: Rule = Rule {
    name: "spoken_year",
    starts: Starts::Words(&["nineteen"]),
    examples: &["The dam was built in [nineteen ninety-six], the anchor said."],
    matcher: spoken_year_rule,
};

fn spoken_year_rule(c: &Cursor<'_, '_>) -> Outcome {
    match spoken_year(c.tokens, c.i) {
        Some(y) => Outcome::valued(2, TimexType::Date, Value::Year(y)),
        None => Pass,
    }
}

pub const THE_YEAR_TWO_THOUSAND: Rule = Rule {
    name: "the_year_two_thousand",
    starts: Starts::Words(&["the"]),
    examples: &["Computers were patched before [the year two thousand] began."],
    matcher: the_year_two_thousand,
};

fn the_year_two_thousand(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the" && c.next == "year" && c.ahead_is(2, "two") && c.ahead_is(3, "thousand") {
        return Outcome::valued(4, TimexType::Date, Value::Year(2000));
    }
    Pass
}
