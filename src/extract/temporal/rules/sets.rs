//! Sets: what recurs (TimeML SET, never an event): "every week", "each July", "daily",
//! "every six hours", "every other week", "every night", "twice a year", "three times
//! daily", "quarterly", "hourly", "on Tuesdays", "Wednesday nights".

use crate::extract::temporal::TimexType;
use crate::extract::temporal::count::count_at;
use crate::extract::temporal::cursor::Cursor;
use crate::extract::temporal::lexicon::{
    NUMBER_WORDS, day_part_of, is_full_month, is_length_unit, month_of, number_word, period_unit,
    weekday_of, weekday_words,
};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::temporal::value::{Period, TimeUnit, Value};
use crate::extract::tokens::TokenKind;

use Outcome::Pass;

/// "once", "twice" and the number words ("three times").
fn times_words() -> Vec<String> {
    let mut out = vec!["once".to_owned(), "twice".to_owned()];
    out.extend(NUMBER_WORDS.words().map(str::to_owned));
    out
}

/// "mondays", "tuesdays"…
fn plural_weekday_words() -> Vec<String> {
    weekday_words().into_iter().map(|w| w + "s").collect()
}

/// A set with its value.
fn set(len: usize, value: Value) -> Outcome {
    Outcome::valued(len, TimexType::Set, value)
}

/// A set by its period.
fn every(len: usize, period: Period) -> Outcome {
    set(len, Value::Period(period))
}

pub const EVERY_UNIT: Rule = Rule {
    name: "every_unit",
    starts: Starts::Words(&["every", "each"]),
    examples: &[
        "Talks happen [every week] in Geneva.",
        "Rallies are held [each Monday].",
    ],
    matcher: every_unit,
};

/// "every week", "each year", "every Monday": the value is read from the words.
fn every_unit(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "every" | "each")
        && c.ahead(1)
            .is_some_and(|u| is_length_unit(u.text) || weekday_of(u.text).is_some())
    {
        return Outcome::anchored(2, TimexType::Set, None);
    }
    Pass
}

pub const SET_ADVERB: Rule = Rule {
    name: "set_adverb",
    starts: Starts::Words(&["daily", "weekly", "monthly", "annually", "yearly"]),
    examples: &["The paper is printed [daily] in the capital."],
    matcher: set_adverb,
};

/// "daily", "weekly", "monthly", "annually", "yearly".
fn set_adverb(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(
        c.word.as_str(),
        "daily" | "weekly" | "monthly" | "annually" | "yearly"
    ) {
        return Outcome::anchored(1, TimexType::Set, None);
    }
    Pass
}

pub const EVERY_N_UNITS: Rule = Rule {
    name: "every_n_units",
    starts: Starts::Words(&["every"]),
    examples: &["Crews check the dam [every six hours] at night."],
    matcher: every_n_units,
};

/// "every six hours", "every two weeks".
fn every_n_units(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "every"
        && let Some(count) = count_at(c.tokens, c.i + 1).filter(|n| n.value > 1)
        && let Some(u) = c.ahead(1 + count.len).filter(|u| u.text.ends_with('s'))
        && let Some(unit) = period_unit(u.text)
    {
        return every(
            count.len + 2,
            Period::of(count.value * unit.per_word, unit.unit),
        );
    }
    Pass
}

pub const EVERY_OTHER_UNIT: Rule = Rule {
    name: "every_other_unit",
    starts: Starts::Words(&["every"]),
    examples: &["The board meets [every other week] in the capital."],
    matcher: every_other_unit,
};

fn every_other_unit(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "every"
        && c.next == "other"
        && let Some(unit) = c.ahead(2).and_then(|u| period_unit(u.text))
    {
        return every(3, Period::of(2 * unit.per_word, unit.unit));
    }
    Pass
}

pub const EVERY_FEW_UNITS: Rule = Rule {
    name: "every_few_units",
    starts: Starts::Words(&["every"]),
    examples: &["Bridges are inspected [every few years] by the state."],
    matcher: every_few_units,
};

fn every_few_units(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "every"
        && matches!(c.next.as_str(), "few" | "several")
        && let Some(unit) = c
            .ahead(2)
            .filter(|u| u.text.ends_with('s'))
            .and_then(|u| period_unit(u.text))
    {
        return every(3, Period::some(unit.unit));
    }
    Pass
}

pub const EVERY_HALF_HOUR: Rule = Rule {
    name: "every_half_hour",
    starts: Starts::Words(&["every"]),
    examples: &["Buses leave [every half hour] from the square."],
    matcher: every_half_hour,
};

fn every_half_hour(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "every" && c.next == "half" && c.after2 == "hour" {
        return every(3, Period::of(30, TimeUnit::Minute));
    }
    Pass
}

pub const EVERY_DAY_PART: Rule = Rule {
    name: "every_day_part",
    starts: Starts::Words(&["every"]),
    examples: &["Guards patrol the fence [every night] in winter."],
    matcher: every_day_part,
};

fn every_day_part(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "every"
        && let Some(part) = day_part_of(&c.next)
    {
        return set(2, Value::EveryDayPart(part));
    }
    Pass
}

/// "once", "twice", "three times": how many tokens say it, if the cursor is on one.
fn times(c: &Cursor<'_, '_>) -> Option<usize> {
    match c.word.as_str() {
        "once" | "twice" => Some(1),
        l if number_word(l).is_some_and(|n| n > 1) && c.next == "times" => Some(2),
        _ => None,
    }
}

pub const TIMES_ADVERB: Rule = Rule {
    name: "times_adverb",
    starts: Starts::Listed(times_words),
    examples: &["Ferries sail [twice daily] to the island."],
    matcher: times_adverb,
};

/// "twice daily", "three times weekly": a set by its period.
fn times_adverb(c: &Cursor<'_, '_>) -> Outcome {
    let Some(k) = times(c) else {
        return Pass;
    };
    let unit = match c.ahead(k).map(|w| w.lower()).as_deref() {
        Some("daily") => TimeUnit::Day,
        Some("weekly") => TimeUnit::Week,
        Some("monthly") => TimeUnit::Month,
        Some("annually" | "yearly") => TimeUnit::Year,
        _ => return Pass,
    };
    every(k + 1, Period::of(1, unit))
}

pub const TIMES_A_UNIT: Rule = Rule {
    name: "times_a_unit",
    starts: Starts::Listed(times_words),
    examples: &["Inspectors visit [twice a year] and [three times a week]."],
    matcher: times_a_unit,
};

/// "twice a year", "three times a week", "once a month": a set by its period.
fn times_a_unit(c: &Cursor<'_, '_>) -> Outcome {
    let Some(k) = times(c) else {
        return Pass;
    };
    if matches!(
        c.ahead(k).map(|w| w.lower()).as_deref(),
        Some("a" | "per" | "each" | "every")
    ) && let Some(unit) = c
        .ahead(k + 1)
        .map(|w| w.lower())
        .filter(|u| !u.ends_with('s'))
        .and_then(|u| period_unit(&u))
    {
        return every(k + 2, Period::of(unit.per_word, unit.unit));
    }
    Pass
}

pub const QUARTERLY: Rule = Rule {
    name: "quarterly",
    starts: Starts::Words(&["quarterly"]),
    examples: &["The board reports [quarterly], the filing says."],
    matcher: quarterly,
};

/// "quarterly" as an adverb ("reassessed quarterly."), not "quarterly results".
fn quarterly(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "quarterly"
        && c.ahead(1).is_none_or(|n| {
            n.kind == TokenKind::Punct
                || matches!(
                    n.lower().as_str(),
                    "and" | "or" | "but" | "in" | "on" | "at" | "to" | "from" | "since" | "until"
                )
        })
    {
        return every(1, Period::of(3, TimeUnit::Month));
    }
    Pass
}

pub const PLURAL_WEEKDAY: Rule = Rule {
    name: "plural_weekday",
    starts: Starts::Listed(plural_weekday_words),
    examples: &["The council meets on [Tuesdays] at the hall."],
    matcher: plural_weekday,
};

/// "on Tuesdays": every such day.
fn plural_weekday(c: &Cursor<'_, '_>) -> Outcome {
    let t = c.token;
    if t.is_capitalised()
        && let Some(weekday) = t
            .text
            .strip_suffix('s')
            .and_then(weekday_of)
            .filter(|_| !t.text.ends_with("'s"))
    {
        return set(
            1,
            Value::EveryWeekday {
                weekday,
                part: None,
            },
        );
    }
    Pass
}

pub const WEEKDAY_PARTS: Rule = Rule {
    name: "weekday_parts",
    starts: Starts::Listed(weekday_words),
    examples: &["Tickets are cheaper on [Wednesday nights] at the club."],
    matcher: weekday_parts,
};

/// "Wednesday nights": every such part of that day.
fn weekday_parts(c: &Cursor<'_, '_>) -> Outcome {
    let t = c.token;
    if t.is_capitalised()
        && let Some(weekday) = weekday_of(t.text)
        && let Some(part) = c.next.strip_suffix('s').and_then(day_part_of)
    {
        return set(
            2,
            Value::EveryWeekday {
                weekday,
                part: Some(part),
            },
        );
    }
    Pass
}

pub const EACH_MONTH: Rule = Rule {
    name: "each_month",
    starts: Starts::Words(&["each", "every"]),
    examples: &["Rallies are held [each July] in the square."],
    matcher: each_month,
};

fn each_month(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "each" | "every")
        && let Some(month) = c
            .ahead(1)
            .filter(|w| w.is_capitalised() && is_full_month(w.text))
            .and_then(|w| month_of(w.text))
    {
        return set(2, Value::EveryMonth(month));
    }
    Pass
}

pub const EVERY_QUARTER: Rule = Rule {
    name: "every_quarter",
    starts: Starts::Words(&["each", "every"]),
    examples: &["The fund reports [every quarter] to investors."],
    matcher: every_quarter,
};

fn every_quarter(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "each" | "every") && c.next == "quarter" {
        return every(2, Period::of(1, TimeUnit::Quarter));
    }
    Pass
}

pub const HOURLY: Rule = Rule {
    name: "hourly",
    starts: Starts::Words(&["hourly"]),
    examples: &["Readings are taken [hourly] at the station."],
    matcher: hourly,
};

fn hourly(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "hourly" {
        return every(1, Period::of(1, TimeUnit::Hour));
    }
    Pass
}
