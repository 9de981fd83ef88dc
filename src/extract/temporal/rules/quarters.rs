//! Fiscal periods in earnings copy: quarters ("the third quarter", "third-quarter", "this
//! year's second quarter", "the latest quarter", "the year-ago quarter", "the 1988
//! quarter"), halves ("the first half of 1990"), fiscal years ("the fiscal year", "the year
//! ended March 31") and "a year ago" in a text that compares quarters.

use crate::extract::temporal::count::year_num;
use crate::extract::temporal::cursor::{Cursor, word_is};
use crate::extract::temporal::direction::clause_points_ahead;
use crate::extract::temporal::lexicon::{ORDINALS, number_word, ordinal_quarter};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::temporal::value::{Period, Suffix, TimeUnit, Value};
use crate::extract::temporal::{Timex, TimexType};
use crate::extract::tokens::{Token, TokenKind};
use crate::model::{DateValue, TimeAnchor, Unit};

use Outcome::Pass;

/// The words a numbered quarter begins with: "the", "fiscal", "third", "third-quarter".
fn quarter_words() -> Vec<String> {
    let mut out = vec!["the".to_owned(), "fiscal".to_owned()];
    for ordinal in ORDINALS.words() {
        out.push(ordinal.to_owned());
        out.push(format!("{ordinal}-quarter"));
    }
    out
}

/// A reported quarter: the numbered one of the reference year (or the last completed one),
/// moved by `year_offset` years.
fn quarter(len: usize, quarter: Option<u32>, year_offset: i32) -> Outcome {
    Outcome::valued(
        len,
        TimexType::Date,
        Value::Quarter {
            quarter,
            year_offset,
        },
    )
}

/// The sentence talks about fiscal quarters (then "a year ago" means that quarter a year ago).
pub fn mentions_quarter(tokens: &[Token<'_>]) -> bool {
    tokens.iter().any(|t| {
        let l = t.lower();
        l.ends_with("quarter") || l.ends_with("quarters")
    })
}

pub const THIS_QUARTER: Rule = Rule {
    name: "this_quarter",
    starts: Starts::Words(&["this", "that"]),
    examples: &["Sales rose [this quarter], the company said."],
    matcher: this_quarter,
};

/// "this quarter", "that quarter": the quarter being reported.
fn this_quarter(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "this" | "that") && c.next == "quarter" {
        return quarter(2, None, 0);
    }
    Pass
}

/// "the first half", "the last two quarters": which half (1 or 2) and its length in tokens.
fn half_at(c: &Cursor<'_, '_>) -> Option<(u8, usize)> {
    if c.word != "the" {
        return None;
    }
    let two_quarters = || c.ahead_is(3, "quarters");
    Some(match (c.next.as_str(), c.after2.as_str()) {
        ("first", "half") => (1, 3),
        ("second" | "last" | "latter", "half") => (2, 3),
        ("first", "two") if two_quarters() => (1, 4),
        ("last", "two") if two_quarters() => (2, 4),
        _ => return None,
    })
}

pub const HALF_OF_YEAR: Rule = Rule {
    name: "half_of_year",
    starts: Starts::Words(&["the"]),
    examples: &[
        "Results for [the last half of 2025] were mixed.",
        "Output fell in [the first two quarters of 2026].",
    ],
    matcher: half_of_year,
};

/// "the first half of 1990", "the first two quarters of 1990".
fn half_of_year(c: &Cursor<'_, '_>) -> Outcome {
    if let Some((half, k)) = half_at(c)
        && c.ahead_is(k, "of")
        && let Some(year) = c.ahead(k + 1).and_then(year_num)
    {
        return Outcome::both(
            k + 2,
            TimexType::Date,
            DateValue::year(year).map(TimeAnchor::Absolute),
            Value::YearHalf { year, half },
        );
    }
    Pass
}

pub const THE_FIRST_HALF: Rule = Rule {
    name: "the_first_half",
    starts: Starts::Words(&["the"]),
    examples: &["Growth slowed in [the first half], the bank said."],
    matcher: the_first_half,
};

/// "in the first half": of the reference year.
fn the_first_half(c: &Cursor<'_, '_>) -> Outcome {
    if let Some((half, 3)) = half_at(c)
        && !c.ahead_is(3, "of")
    {
        return Outcome::valued(
            3,
            TimexType::Date,
            Value::Suffixed {
                base: TimeAnchor::UnitOffset {
                    unit: Unit::Year,
                    offset: 0,
                },
                suffix: Suffix::Half(half),
            },
        );
    }
    Pass
}

/// "the (current|full|latest) (fiscal) year": the index of "year", if that is what follows.
fn the_fiscal_year_at(c: &Cursor<'_, '_>) -> Option<usize> {
    if c.word != "the" {
        return None;
    }
    let mut k = 1;
    if matches!(c.next.as_str(), "current" | "full" | "latest") {
        k += 1;
    }
    if c.ahead_is(k, "fiscal") {
        k += 1;
    }
    c.ahead_is(k, "year").then_some(k)
}

pub const FISCAL_YEAR_ENDED: Rule = Rule {
    name: "fiscal_year_ended",
    starts: Starts::Words(&["the"]),
    examples: &["It earned more than in [the year] ended March 31."],
    matcher: fiscal_year_ended,
};

/// "the year ended March 31", "the fiscal year ending June 30": a year's length.
fn fiscal_year_ended(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(k) = the_fiscal_year_at(c)
        && c.ahead(k + 1)
            .is_some_and(|w| w.is("ended") || w.is("ending"))
    {
        return Outcome::valued(
            k + 1,
            TimexType::Duration,
            Value::Period(Period::of(1, TimeUnit::Year)),
        );
    }
    Pass
}

pub const THE_FISCAL_YEAR: Rule = Rule {
    name: "the_fiscal_year",
    starts: Starts::Words(&["the"]),
    examples: &[
        "Profit for [the fiscal year] rose.",
        "Sales for [the current year] grew.",
    ],
    matcher: the_fiscal_year,
};

/// "the fiscal year", "the full year", "the current (fiscal) year", "the year": the
/// reference year (not "the year before", "the year 1990").
fn the_fiscal_year(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(k) = the_fiscal_year_at(c)
        && !c.ahead(k + 1).is_some_and(|w| {
            w.kind == TokenKind::Number
                || number_word(w.text).is_some()
                || w.is("ago")
                || w.is("earlier")
                || w.is("before")
        })
    {
        return Outcome::date(
            k + 1,
            TimeAnchor::UnitOffset {
                unit: Unit::Year,
                offset: 0,
            },
        );
    }
    Pass
}

pub const PAST_N_QUARTERS: Rule = Rule {
    name: "past_n_quarters",
    starts: Starts::Words(&["past", "next", "last", "previous", "coming"]),
    examples: &["Margins shrank over [the past two quarters], it said."],
    matcher: past_n_quarters,
};

/// "the past two quarters", "the next three quarters": a length in quarters.
fn past_n_quarters(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(
        c.word.as_str(),
        "past" | "next" | "last" | "previous" | "coming"
    ) && let Some(n) = c.ahead(1).and_then(|w| number_word(w.text))
        && c.after2 == "quarters"
    {
        return Outcome::valued(
            3,
            TimexType::Duration,
            Value::Period(Period::of(n, TimeUnit::Quarter)),
        );
    }
    Pass
}

pub const YEARS_QUARTER: Rule = Rule {
    name: "years_quarter",
    starts: Starts::Words(&["this", "last", "next"]),
    examples: &[
        "Sales in [this year's third quarter] rose.",
        "[Last year's quarter] was weak.",
    ],
    matcher: years_quarter,
};

/// "this year's third quarter", "next year's first quarter", "last year's quarter".
fn years_quarter(c: &Cursor<'_, '_>) -> Outcome {
    let year_offset = match c.word.as_str() {
        "this" => 0,
        "last" => -1,
        "next" => 1,
        _ => return Pass,
    };
    if c.next != "year" || !c.ahead(2).is_some_and(|t| t.text == "'s" || t.text == "’s") {
        return Pass;
    }
    let (tokens, i) = (c.tokens, c.i);
    let mut k = i + 3;
    if word_is(tokens, k, "fiscal") {
        k += 1;
    }
    let w = tokens.get(k).map(Token::lower);
    let w = w.as_deref().unwrap_or("");
    let (q, len) = if let Some(q) = w.strip_suffix("-quarter").and_then(ordinal_quarter) {
        (Some(q), k + 1 - i)
    } else if let Some(q) = ordinal_quarter(w).filter(|_| word_is(tokens, k + 1, "quarter")) {
        (Some(q), k + 2 - i)
    } else if w == "quarter" {
        (None, k + 1 - i)
    } else {
        return Pass;
    };
    quarter(len, q, year_offset)
}

pub const YEAR_AGO_QUARTER: Rule = Rule {
    name: "year_ago_quarter",
    starts: Starts::Words(&["the"]),
    examples: &["Profit beat [the year-ago third quarter] by far."],
    matcher: year_ago_quarter,
};

/// "the year-ago third quarter", "the year-earlier second quarter".
fn year_ago_quarter(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && matches!(c.next.as_str(), "year-ago" | "year-earlier")
        && let Some(q) = c.ahead(2).and_then(|w| ordinal_quarter(&w.lower()))
        && c.ahead_is(3, "quarter")
    {
        return quarter(4, Some(q), -1);
    }
    Pass
}

/// A numbered quarter at the cursor.
#[derive(Clone, Copy, Debug)]
pub struct NumberedQuarter {
    pub quarter: u32,
    /// The token after it.
    pub end: usize,
    /// Written "third-quarter": an adjective.
    pub hyphenated: bool,
}

/// A numbered quarter at the cursor: "third-quarter", "the third quarter", "the fiscal
/// first quarter".
pub fn numbered_quarter(c: &Cursor<'_, '_>) -> Option<NumberedQuarter> {
    let mut j = c.i;
    if c.word == "the" {
        j += 1;
    }
    if word_is(c.tokens, j, "fiscal") {
        j += 1;
    }
    let w = c.tokens.get(j).map(Token::lower);
    let w = w.as_deref().unwrap_or("");
    if let Some(quarter) = w.strip_suffix("-quarter").and_then(ordinal_quarter) {
        return Some(NumberedQuarter {
            quarter,
            end: j + 1,
            hyphenated: true,
        });
    }
    let quarter = ordinal_quarter(w).filter(|_| word_is(c.tokens, j + 1, "quarter"))?;
    Some(NumberedQuarter {
        quarter,
        end: j + 2,
        hyphenated: false,
    })
}

pub const QUARTER_OF_YEAR: Rule = Rule {
    name: "quarter_of_year",
    starts: Starts::Listed(quarter_words),
    examples: &["Profit rose in [the third quarter of 1990] as sales grew."],
    matcher: quarter_of_year,
};

/// "the third quarter of 1990".
fn quarter_of_year(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(q) = numbered_quarter(c)
        && word_is(c.tokens, q.end, "of")
        && let Some(year) = c.tokens.get(q.end + 1).and_then(year_num)
    {
        return Outcome::valued(
            q.end + 2 - c.i,
            TimexType::Date,
            Value::YearQuarter {
                year,
                quarter: q.quarter,
            },
        );
    }
    Pass
}

pub const QUARTER_AHEAD: Rule = Rule {
    name: "quarter_ahead",
    starts: Starts::Listed(quarter_words),
    examples: &["The plant will open in [the third quarter], it said."],
    matcher: quarter_ahead,
};

/// "plans to begin in the third quarter": the next such quarter.
fn quarter_ahead(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(q) = numbered_quarter(c)
        && clause_points_ahead(c.tokens, c.i)
    {
        return Outcome::valued(q.end - c.i, TimexType::Date, Value::QuarterAhead(q.quarter));
    }
    Pass
}

pub const NUMBERED_QUARTER: Rule = Rule {
    name: "numbered_quarter",
    starts: Starts::Listed(quarter_words),
    examples: &[
        "The firm posted a gain in [the fourth quarter], after a loss.",
        "The [third-quarter] results beat forecasts.",
    ],
    matcher: numbered_quarter_rule,
};

/// "the third quarter", "third-quarter": the last such quarter reported.
fn numbered_quarter_rule(c: &Cursor<'_, '_>) -> Outcome {
    match numbered_quarter(c) {
        Some(q) => quarter(q.end - c.i, Some(q.quarter), 0),
        None => Pass,
    }
}

pub const CURRENT_QUARTER: Rule = Rule {
    name: "current_quarter",
    starts: Starts::Words(&["the"]),
    examples: &["Analysts say [the current quarter] looks strong."],
    matcher: current_quarter,
};

fn current_quarter(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the" && c.next == "current" && c.ahead_is(2, "quarter") {
        return Outcome::valued(3, TimexType::Date, Value::CurrentQuarter);
    }
    Pass
}

pub const LATEST_QUARTER: Rule = Rule {
    name: "latest_quarter",
    starts: Starts::Words(&["the"]),
    examples: &[
        "Sales fell after [the latest quarter] disappointed.",
        "Profit doubled from [the year-earlier quarter].",
    ],
    matcher: latest_quarter,
};

/// "the (latest) quarter", "the year-earlier quarter", "the latest period": the last
/// completed quarter (a year before it for "year-earlier").
fn latest_quarter(c: &Cursor<'_, '_>) -> Outcome {
    if c.word != "the" {
        return Pass;
    }
    let (k, year_offset) = match c.next.as_str() {
        "latest" | "recent" | "last" | "current" => (2, 0),
        "year-earlier" | "year-ago" => (2, -1),
        _ => (1, 0),
    };
    if c.ahead(k)
        .is_some_and(|q| q.is("quarter") || (q.is("period") && k > 1))
    {
        return quarter(k + 1, None, year_offset);
    }
    Pass
}

pub const YEAR_NUMBERED_QUARTER: Rule = Rule {
    name: "year_numbered_quarter",
    starts: Starts::Words(&["the"]),
    examples: &["Sales in [the 1988 second quarter] were flat."],
    matcher: year_numbered_quarter,
};

/// "the 1988 second quarter".
fn year_numbered_quarter(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && let Some(year) = c.ahead(1).and_then(year_num)
        && let Some(quarter) = c.ahead(2).and_then(|w| ordinal_quarter(w.text))
        && c.ahead_is(3, "quarter")
    {
        return Outcome::valued(4, TimexType::Date, Value::YearQuarter { year, quarter });
    }
    Pass
}

pub const QUARTER_OF_NAMED_YEAR: Rule = Rule {
    name: "quarter_of_named_year",
    starts: Starts::Words(&["the"]),
    examples: &["Profit beat [the 1988 quarter] easily."],
    matcher: quarter_of_named_year,
};

/// "the 1988 quarter", "the 1989 period": the last completed quarter, in that year.
fn quarter_of_named_year(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && let Some(y) = c.ahead(1).and_then(year_num)
        && (c.ahead_is(2, "quarter") || c.ahead_is(2, "period"))
    {
        return Outcome::valued(3, TimexType::Date, Value::QuarterOfYear(y));
    }
    Pass
}

pub const YEAR_EARLIER: Rule = Rule {
    name: "year_earlier",
    starts: Starts::Words(&["year-earlier", "year-ago"]),
    examples: &["Net income rose from [year-earlier] levels in the quarter."],
    matcher: year_earlier,
};

/// "year-earlier", "year-ago" in a sentence about quarters: that quarter a year before.
fn year_earlier(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "year-earlier" | "year-ago") && mentions_quarter(c.tokens) {
        return quarter(1, None, -1);
    }
    Pass
}

pub const A_YEAR_AGO_QUARTER: Rule = Rule {
    name: "a_year_ago_quarter",
    starts: Starts::Words(&["a", "one"]),
    examples: &["Quarterly profit rose from 2 cents [a year ago] in the quarter."],
    matcher: a_year_ago_quarter,
};

/// "a year ago", "a year earlier" in a sentence about quarters: that quarter a year before.
fn a_year_ago_quarter(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "a" | "one")
        && c.next == "year"
        && c.ahead(2).is_some_and(|w| w.is("ago") || w.is("earlier"))
        && mentions_quarter(c.tokens)
    {
        return quarter(3, None, -1);
    }
    Pass
}

/// In a text that compares quarters (an earnings report), "a year ago" and "a year earlier"
/// mean that quarter a year before, not the year: the value becomes the reported quarter
/// a year back. Applies to the whole document (see `document`).
pub fn year_ago_means_quarter(text: &str, tx: &mut Timex) {
    if tx.anchor
        == Some(TimeAnchor::UnitOffset {
            unit: Unit::Year,
            offset: -1,
        })
        && tx.span.slice(text).is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            w.ends_with("year ago") || w.ends_with("year earlier")
        })
    {
        tx.value = Value::Quarter {
            quarter: None,
            year_offset: -1,
        };
    }
}
