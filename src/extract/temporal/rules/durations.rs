//! Lengths of time (TimeML DURATION, never an event): "four years", "24 hours", "a minute and
//! a half", "5 1/2 hours", "30-year", "four-year", "20 more years", "two to three weeks",
//! "another year", "a while", "several years", "for years", "the weeks ahead", "day-long".

use crate::extract::temporal::TimexType;
use crate::extract::temporal::count::simple_count;
use crate::extract::temporal::cursor::{Cursor, adjacent, tok, word_is};
use crate::extract::temporal::lexicon::{
    count_words, is_length_unit, month_of, number_word, period_unit, weekday_of,
};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::temporal::value::{Count, Period, TimeUnit, Value};
use crate::extract::tokens::TokenKind;

use Outcome::Pass;

/// A length whose value the sentence pass reads from its words.
fn length(len: usize) -> Outcome {
    Outcome::anchored(len, TimexType::Duration, None)
}

/// A length with its value.
fn period(len: usize, period: Period) -> Outcome {
    Outcome::valued(len, TimexType::Duration, Value::Period(period))
}

pub const UNITS_AND_A_HALF: Rule = Rule {
    name: "units_and_a_half",
    starts: Starts::NumberOrListed(count_words),
    examples: &["The vote took [a minute and a half] to count."],
    matcher: units_and_a_half,
};

fn units_and_a_half(c: &Cursor<'_, '_>) -> Outcome {
    let Some(counted) = c.counted_unit() else {
        return Pass;
    };
    let after = c.i + counted.len;
    if word_is(c.tokens, after, "and")
        && tok(c.tokens, after + 1).is_some_and(|a| a.is("a"))
        && word_is(c.tokens, after + 2, "half")
    {
        return length(counted.len + 3);
    }
    Pass
}

pub const COUNT_OF_UNITS: Rule = Rule {
    name: "count_of_units",
    starts: Starts::NumberOrListed(count_words),
    examples: &[
        "The war has lasted for [four years] now.",
        "Prices swung in [the last twenty four hours].",
        "The strike ended [13 days] after the vote.",
        "Trading halted for [eight trading days] in May.",
    ],
    matcher: count_of_units,
};

/// "four years", "twenty four hours", "a hundred years", "eight trading days".
fn count_of_units(c: &Cursor<'_, '_>) -> Outcome {
    match c.counted_unit() {
        Some(counted) => length(counted.len),
        None => Pass,
    }
}

pub const NUMBER_HYPHEN_UNIT: Rule = Rule {
    name: "number_hyphen_unit",
    starts: Starts::Number,
    examples: &[
        "A [30-year] lease was signed.",
        "The [90-day] review began.",
    ],
    matcher: number_hyphen_unit,
};

/// "30-year", "16-hour": a number, a hyphen and a unit.
fn number_hyphen_unit(c: &Cursor<'_, '_>) -> Outcome {
    let (tokens, i, t) = (c.tokens, c.i, c.token);
    if t.kind == TokenKind::Number
        && t.text.bytes().all(|b| b.is_ascii_digit())
        && word_is(tokens, i + 1, "-")
        && adjacent(tokens, i)
        && adjacent(tokens, i + 1)
        && tok(tokens, i + 2).is_some_and(|u| is_length_unit(u.text) && !u.text.ends_with('s'))
    {
        return length(3);
    }
    Pass
}

pub const HYPHENATED_LENGTH: Rule = Rule {
    name: "hyphenated_length",
    starts: Starts::Anywhere,
    examples: &["A [four-year] plan.", "They began a [ten-day] fast."],
    matcher: hyphenated_length,
};

/// "four-year", "ten-day": a number word and a unit in one hyphenated word (digits are a
/// token of their own: "90-day" is `NUMBER_HYPHEN_UNIT`).
fn hyphenated_length(c: &Cursor<'_, '_>) -> Outcome {
    if let Some((num, unit)) = c.token.text.split_once('-')
        && number_word(num).is_some()
        && is_length_unit(unit.split('-').next().unwrap_or(""))
    {
        return length(1);
    }
    Pass
}

pub const MORE_UNITS: Rule = Rule {
    name: "more_units",
    starts: Starts::NumberOrListed(count_words),
    examples: &["They will stay for [20 more years] at least."],
    matcher: more_units,
};

/// "20 more years", "two more weeks".
fn more_units(c: &Cursor<'_, '_>) -> Outcome {
    let t = c.token;
    if (t.kind == TokenKind::Number || number_word(t.text).is_some())
        && c.ahead_is(1, "more")
        && let Some(unit) = c.ahead(2).and_then(|u| period_unit(u.text))
        && let Some(n) = number_word(t.text).or_else(|| t.text.parse::<i64>().ok())
    {
        return period(3, Period::of(n * unit.per_word, unit.unit));
    }
    Pass
}

pub const COUNT_TO_COUNT_UNITS: Rule = Rule {
    name: "count_to_count_units",
    starts: Starts::NumberOrListed(count_words),
    examples: &["They waited [two to three weeks] for a reply."],
    matcher: count_to_count_units,
};

/// "two to three weeks", "12 to 18 months": one span, valued by its lower bound.
fn count_to_count_units(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(lo) = simple_count(c.token)
        && c.ahead_is(1, "to")
        && c.ahead(2).and_then(simple_count).is_some()
        && let Some(u) = c.ahead(3)
        && u.text.ends_with('s')
        && let Some(unit) = period_unit(u.text)
    {
        return period(4, Period::of(lo * unit.per_word, unit.unit));
    }
    Pass
}

pub const UNITS_AND_A_FRACTION: Rule = Rule {
    name: "units_and_a_fraction",
    starts: Starts::Number,
    examples: &["They waited [5 1/2 hours] in the rain."],
    matcher: units_and_a_fraction,
};

/// "5 1/2 hours", "2 1/2 years": a whole number and a half.
fn units_and_a_fraction(c: &Cursor<'_, '_>) -> Outcome {
    let (tokens, i, t) = (c.tokens, c.i, c.token);
    if t.kind == TokenKind::Number
        && let Ok(whole) = t.text.parse::<i64>()
        && word_is(tokens, i + 1, "1")
        && word_is(tokens, i + 2, "/")
        && word_is(tokens, i + 3, "2")
        && adjacent(tokens, i + 1)
        && adjacent(tokens, i + 2)
        && let Some(unit) = tok(tokens, i + 4).and_then(|u| period_unit(u.text))
    {
        return period(
            5,
            Period {
                count: Count::N(whole * unit.per_word),
                unit: unit.unit,
                and_half: unit.per_word == 1,
            },
        );
    }
    Pass
}

pub const THIS_CENTURY: Rule = Rule {
    name: "this_century",
    starts: Starts::Words(&["this"]),
    examples: &["The worst crisis of [this century] lasted weeks."],
    matcher: this_century,
};

/// "this century": the hundred years to now.
fn this_century(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "this" && c.next == "century" {
        return period(2, Period::of(100, TimeUnit::Year));
    }
    Pass
}

pub const AN_ADDITIONAL_UNIT: Rule = Rule {
    name: "an_additional_unit",
    starts: Starts::Words(&["an"]),
    examples: &["The lease runs for [an additional year] after that."],
    matcher: an_additional_unit,
};

fn an_additional_unit(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "an"
        && c.next == "additional"
        && c.ahead(2)
            .is_some_and(|u| is_length_unit(u.text) && !u.text.ends_with('s'))
    {
        return length(3);
    }
    Pass
}

pub const A_WHILE: Rule = Rule {
    name: "a_while",
    starts: Starts::Words(&["a", "some"]),
    examples: &[
        "They talked and ran for [a while] longer.",
        "It took [some time] to settle.",
    ],
    matcher: a_while,
};

/// "a while", "some time": an unknown length ("some time Friday morning" is a hedge on the
/// day that follows, not a length).
fn a_while(c: &Cursor<'_, '_>) -> Outcome {
    let hedges_a_day = c.ahead(2).is_some_and(|w| {
        weekday_of(w.text).is_some()
            || month_of(w.text).is_some() && w.is_capitalised()
            || matches!(
                w.lower().as_str(),
                "next" | "last" | "this" | "today" | "tomorrow" | "tonight" | "soon" | "later"
            )
    });
    if c.word == "a" && c.next == "while" {
        return Outcome::valued(2, TimexType::Duration, Value::SomeWhile);
    }
    if c.word == "some" && c.next == "time" && !hedges_a_day {
        return period(2, Period::some(TimeUnit::Month));
    }
    Pass
}

pub const ANOTHER_UNIT: Rule = Rule {
    name: "another_unit",
    starts: Starts::Words(&["another"]),
    examples: &["The plant ran for [another year] before it closed."],
    matcher: another_unit,
};

fn another_unit(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "another"
        && c.ahead(1)
            .is_some_and(|u| is_length_unit(u.text) && !u.text.ends_with('s'))
    {
        return length(2);
    }
    Pass
}

pub const UNIT_LONG: Rule = Rule {
    name: "unit_long",
    starts: Starts::Anywhere,
    examples: &[
        "Shares rose on a [day-long] rally.",
        "A [decades-long] feud ended.",
    ],
    matcher: unit_long,
};

/// "day-long", "decades-long": a length as an adjective.
fn unit_long(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(u) = c.word.strip_suffix("-long")
        && let Some(unit) = period_unit(u)
    {
        let count = if u.ends_with('s') {
            Count::Unknown
        } else {
            Count::N(unit.per_word)
        };
        return period(
            1,
            Period {
                count,
                unit: unit.unit,
                and_half: false,
            },
        );
    }
    Pass
}

pub const THE_PAST_DECADE: Rule = Rule {
    name: "the_past_decade",
    starts: Starts::Words(&["the"]),
    examples: &["Exports doubled over [the past decade], the report said."],
    matcher: the_past_decade,
};

/// "the past decade", "the last decade": the ten years to now.
fn the_past_decade(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the" && matches!(c.next.as_str(), "past" | "last") && c.after2 == "decade" {
        return period(3, Period::of(10, TimeUnit::Year));
    }
    Pass
}

pub const THE_UNITS_AHEAD: Rule = Rule {
    name: "the_units_ahead",
    starts: Starts::Words(&["the"]),
    examples: &["Rates may rise in [the months ahead], she said."],
    matcher: the_units_ahead,
};

/// "the weeks ahead": some weeks (the extent leaves "ahead" out).
fn the_units_ahead(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && c.next.ends_with('s')
        && c.after2 == "ahead"
        && let Some(unit) = period_unit(&c.next)
    {
        return Outcome::valued(
            3,
            TimexType::Duration,
            Value::Period(Period::some(unit.unit)),
        );
    }
    Pass
}

pub const COUPLE_OF_UNITS: Rule = Rule {
    name: "couple_of_units",
    starts: Starts::Words(&["couple"]),
    examples: &["Prices should settle in [a couple of years], analysts said."],
    matcher: couple_of_units,
};

/// "a couple of years" ("a" is kept by the extent), "the next couple of years".
fn couple_of_units(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "couple"
        && c.next == "of"
        && let Some(unit) = period_unit(&c.after2)
    {
        return period(3, Period::of(2 * unit.per_word, unit.unit));
    }
    Pass
}

pub const RECENT_UNITS: Rule = Rule {
    name: "recent_units",
    starts: Starts::Words(&["recent"]),
    examples: &["Sales slowed in [recent months], the firm said."],
    matcher: recent_units,
};

/// "recent weeks": some weeks up to now ("recent years" is `vague::RECENT_YEARS`).
fn recent_units(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "recent"
        && let Some(u) = c.ahead(1).filter(|u| u.text.ends_with('s'))
        && let Some(unit) = period_unit(u.text)
    {
        return period(2, Period::some(unit.unit));
    }
    Pass
}

pub const SEVERAL_UNITS: Rule = Rule {
    name: "several_units",
    starts: Starts::Words(&["several", "few", "many"]),
    examples: &[
        "The talks lasted [several weeks] in all.",
        "It took [a few days] to agree.",
    ],
    matcher: several_units,
};

/// "several years", "a few days", "many months" ("several years ago" is
/// `vague::SEVERAL_UNITS_AGO`).
fn several_units(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "several" | "few" | "many")
        && let Some(u) = c.ahead(1)
        && u.text.ends_with('s')
        && let Some(unit) = period_unit(u.text)
    {
        return period(2, Period::some(unit.unit));
    }
    Pass
}

pub const FOR_UNITS: Rule = Rule {
    name: "for_units",
    starts: Starts::Anywhere,
    examples: &["The rebels held the town for [years] before the truce."],
    matcher: for_units,
};

/// "for years", "within weeks", "for centuries": some such units.
fn for_units(c: &Cursor<'_, '_>) -> Outcome {
    if c.behind(1).is_some_and(|p| p.is("for") || p.is("within"))
        && c.token.text.ends_with('s')
        && let Some(unit) = period_unit(c.token.text)
    {
        return period(1, Period::some(unit.unit));
    }
    Pass
}
