//! Expressions counted from the story's own time, the last date the article named, not from
//! the reference date: "the following year", "the next day", "the next morning", "later that
//! year", "that same day", "the day before last Tuesday", "three years later", "in the weeks
//! before the shooting". `document::link_mentions` resolves them in document order.

use super::anchor_at;
use crate::extract::temporal::TimexType;
use crate::extract::temporal::count::measured_value;
use crate::extract::temporal::cursor::{Cursor, tok, word_is};
use crate::extract::temporal::lexicon::{UnitWord, count_words, day_part_of, unit_of, weekday_of};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::temporal::value::{DayPart, Value};
use crate::model::{TimeAnchor, Unit};

use Outcome::Pass;

/// Counted from the last date named: `offset` units (days when `unit` is `None`), then a
/// part of that day.
fn mention(
    len: usize,
    kind: TimexType,
    unit: Option<Unit>,
    offset: i32,
    part: Option<DayPart>,
) -> Outcome {
    let fallback = match unit {
        Some(unit) => TimeAnchor::UnitOffset { unit, offset },
        None => TimeAnchor::DayOffset(i64::from(offset)),
    };
    Outcome::valued(
        len,
        kind,
        Value::Mention {
            unit,
            offset,
            part,
            fallback,
        },
    )
}

/// "the next …", "the following …", "the previous …": one step ahead or back.
fn next_or_previous(c: &Cursor<'_, '_>) -> Option<i32> {
    if c.word != "the" {
        return None;
    }
    match c.next.as_str() {
        "next" | "following" => Some(1),
        "previous" => Some(-1),
        _ => None,
    }
}

pub const THE_NEXT_DAY_PART: Rule = Rule {
    name: "the_next_day_part",
    starts: Starts::Words(&["the"]),
    examples: &["A fire broke out on Oct. 4, 2001; [the next morning] crews were there."],
    matcher: the_next_day_part,
};

/// "the next morning", "the previous evening".
fn the_next_day_part(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(offset) = next_or_previous(c)
        && let Some(part) = day_part_of(&c.after2)
    {
        return mention(3, TimexType::Time, None, offset, Some(part));
    }
    Pass
}

pub const THE_NEXT_DAY: Rule = Rule {
    name: "the_next_day",
    starts: Starts::Words(&["the"]),
    examples: &["A fire broke out on Oct. 4, 2001; [the next day] the owner resigned."],
    matcher: the_next_day,
};

/// "the next day", "the following day", "the previous day".
fn the_next_day(c: &Cursor<'_, '_>) -> Outcome {
    if let Some(offset) = next_or_previous(c)
        && c.after2 == "day"
    {
        return mention(3, TimexType::Date, None, offset, None);
    }
    Pass
}

pub const FOLLOWING_UNIT: Rule = Rule {
    name: "following_unit",
    starts: Starts::Words(&["following"]),
    examples: &["The plant opened on March 3, 1995. [The following year] it was sold."],
    matcher: following_unit,
};

/// "the following year", "following month" ("the" is kept by the extent).
fn following_unit(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "following"
        && let Some(UnitWord::Calendar(unit)) = c
            .ahead(1)
            .filter(|u| !u.text.ends_with('s'))
            .and_then(|u| unit_of(u.text))
    {
        return mention(2, TimexType::Date, Some(unit), 1, None);
    }
    Pass
}

pub const THAT_SAME_DAY: Rule = Rule {
    name: "that_same_day",
    starts: Starts::Words(&["that"]),
    examples: &["The owner resigned on Oct. 6. [That same day] the town met."],
    matcher: that_same_day,
};

fn that_same_day(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "that" && c.next == "same" && c.after2 == "day" {
        return mention(3, TimexType::Date, None, 0, None);
    }
    Pass
}

pub const THE_PREVIOUS_WEEKDAY: Rule = Rule {
    name: "the_previous_weekday",
    starts: Starts::Words(&["the"]),
    examples: &["The vote was Monday; [the previous Friday] talks had failed."],
    matcher: the_previous_weekday,
};

/// "the previous Friday": the one before a day the story has already named (some day).
fn the_previous_weekday(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && c.next == "previous"
        && c.ahead(2)
            .is_some_and(|w| weekday_of(w.text).is_some() && w.is_capitalised())
    {
        return Outcome::valued(3, TimexType::Date, Value::SomeDay);
    }
    Pass
}

pub const DAY_BEFORE_DATE: Rule = Rule {
    name: "day_before_date",
    starts: Starts::Words(&["the"]),
    examples: &["[The day before last Monday], talks stalled."],
    matcher: day_before_date,
};

/// "the day before last Tuesday", "the day after Christmas": one day off another date.
fn day_before_date(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && c.next == "day"
        && matches!(c.after2.as_str(), "before" | "after")
        && let Some(hit) = anchor_at(c.tokens, c.i + 3)
        && hit.kind == TimexType::Date
        && let Some(base) = hit.anchor
    {
        let anchor = TimeAnchor::FromMention {
            base: Box::new(base),
            unit: None,
            offset: if c.after2 == "before" { -1 } else { 1 },
        };
        return Outcome::date(3 + hit.len, anchor);
    }
    Pass
}

pub const LATER_THAT_UNIT: Rule = Rule {
    name: "later_that_unit",
    starts: Starts::Words(&["later", "earlier"]),
    examples: &["It was sold in 1996, and [later that year] it closed."],
    matcher: later_that_unit,
};

/// "later that year", "earlier that day": a time the story has named before.
fn later_that_unit(c: &Cursor<'_, '_>) -> Outcome {
    if !matches!(c.word.as_str(), "later" | "earlier") || c.next != "that" {
        return Pass;
    }
    let unit = match unit_of(&c.after2) {
        Some(UnitWord::Calendar(unit)) => Some(unit),
        // "that day" counts in days; day words were always weeks otherwise ("that days").
        Some(UnitWord::Day) => (c.after2 != "day").then_some(Unit::Week),
        None => return Pass,
    };
    mention(3, TimexType::Date, unit, 0, None)
}

pub const UNITS_AROUND_EVENT: Rule = Rule {
    name: "units_around_event",
    starts: Starts::Words(&["days", "weeks", "months", "years"]),
    examples: &["He was seen in the [weeks] before the vote."],
    matcher: units_around_event,
};

/// "in the weeks before the shooting", "in the years that followed": a vague time counted
/// from an event; TimeML marks the unit word.
fn units_around_event(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "days" | "weeks" | "months" | "years")
        && c.behind(1).is_some_and(|p| p.is("the"))
        && (matches!(c.next.as_str(), "before" | "after" | "following")
            || (c.next == "that" && c.ahead_is(2, "followed")))
    {
        return Outcome::valued(1, TimexType::Date, Value::SomeDay);
    }
    Pass
}

pub const UNITS_LATER: Rule = Rule {
    name: "units_later",
    starts: Starts::NumberOrListed(count_words),
    examples: &["The plant opened in the spring of 1962. [Three years] later she ran it."],
    matcher: units_later,
};

/// "three years later", "two days later": a length (TimeML marks "three years" and leaves
/// "later" as a signal) that dates what follows from the date named before.
fn units_later(c: &Cursor<'_, '_>) -> Outcome {
    let (tokens, i) = (c.tokens, c.i);
    let Some(counted) = c.count() else {
        return Pass;
    };
    let n = counted.len;
    if let Some(u) = tok(tokens, i + n)
        && word_is(tokens, i + n + 1, "later")
        && !word_is(tokens, i + n + 2, "than")
        && let Ok(count) = i32::try_from(counted.value)
    {
        let (unit, per_word) = match u.lower().trim_end_matches('s') {
            "day" => (None, 1),
            "week" => (Some(Unit::Week), 1),
            "month" => (Some(Unit::Month), 1),
            "year" => (Some(Unit::Year), 1),
            "decade" => (Some(Unit::Year), 10),
            _ => return Pass,
        };
        if let Some(Value::Period(length)) = tokens
            .get(i..i + n + 1)
            .and_then(|ts| measured_value(ts, TimexType::Duration))
        {
            return Outcome::valued(
                n + 1,
                TimexType::Duration,
                Value::LaterBy {
                    unit,
                    offset: count * per_word,
                    length,
                },
            );
        }
    }
    Pass
}
