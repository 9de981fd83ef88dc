//! Days and weeks counted from the reference date: weekdays ("on Wednesday", "last
//! Friday"), "yesterday", "today", "tomorrow", "last week", "next month", "earlier this
//! year", "two days ago", "the day before", the ends of years and months ("year-end", "the
//! end of the month"), some week ("for the week", "the week of March 6") and weekends.

use super::anchor_at;
use crate::extract::temporal::TimexType;
use crate::extract::temporal::cursor::{Cursor, tok, word_is};
use crate::extract::temporal::direction::{ahead_or_back, weekday_direction};
use crate::extract::temporal::lexicon::{
    UnitWord, count_words, unit_of, weekday_of, weekday_words,
};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::temporal::value::{Suffix, Value};
use crate::extract::tokens::{Token, TokenKind};
use crate::model::{Direction, TimeAnchor, Unit};

use Outcome::Pass;

pub const WEEKDAY: Rule = Rule {
    name: "weekday",
    starts: Starts::Listed(weekday_words),
    examples: &[
        "The ministers met on [Monday] in Brussels.",
        "Officials would continue negotiations on key issues on [Wednesday].",
    ],
    matcher: weekday,
};

/// "Wednesday", "Friday morning" (a lower-case part of day: see also
/// `seasons::DAY_AND_PART`).
fn weekday(c: &Cursor<'_, '_>) -> Outcome {
    let Some(weekday) = weekday_of(c.token.text) else {
        return Pass;
    };
    let direction = weekday_direction(c.tokens, c.i);
    let n = if matches!(
        c.next.as_str(),
        "morning" | "afternoon" | "evening" | "night"
    ) {
        2
    } else {
        1
    };
    Outcome::date(n, TimeAnchor::Weekday { weekday, direction })
}

pub const LAST_NEXT_WEEKDAY: Rule = Rule {
    name: "last_next_weekday",
    starts: Starts::Words(&["last", "next", "this", "past", "coming"]),
    examples: &[
        "They meet again [next Friday] in Oslo.",
        "He resigned [last Monday].",
    ],
    matcher: last_next_weekday,
};

fn last_next_weekday(c: &Cursor<'_, '_>) -> Outcome {
    let l = c.word.as_str();
    if matches!(l, "last" | "next" | "this" | "past" | "coming")
        && let Some(weekday) = c.ahead(1).and_then(|w| weekday_of(w.text))
    {
        let direction = match l {
            // "last Monday" written on a Monday is a week ago.
            "last" | "past" => Direction::Before,
            "next" | "coming" => Direction::Future,
            _ => ahead_or_back(c.tokens, c.i),
        };
        return Outcome::date(2, TimeAnchor::Weekday { weekday, direction });
    }
    Pass
}

pub const DAY_WORD: Rule = Rule {
    name: "day_word",
    starts: Starts::Words(&["yesterday", "today", "tonight", "tomorrow"]),
    examples: &["He spoke [yesterday] in Kyiv.", "The vote is [tomorrow]."],
    matcher: day_word,
};

/// "yesterday", "today", "tonight", "tomorrow".
fn day_word(c: &Cursor<'_, '_>) -> Outcome {
    let offset = match c.word.as_str() {
        "yesterday" => -1,
        "today" | "tonight" => 0,
        "tomorrow" => 1,
        _ => return Pass,
    };
    Outcome::date(1, TimeAnchor::DayOffset(offset))
}

pub const LAST_NEXT_UNIT: Rule = Rule {
    name: "last_next_unit",
    starts: Starts::Words(&[
        "last",
        "next",
        "this",
        "past",
        "coming",
        "previous",
        "following",
    ]),
    examples: &[
        "It was agreed [last week].",
        "Elections are due [next month].",
    ],
    matcher: last_next_unit,
};

/// "last week", "next month", "this year", "the previous year".
fn last_next_unit(c: &Cursor<'_, '_>) -> Outcome {
    let l = c.word.as_str();
    if matches!(
        l,
        "last" | "next" | "this" | "past" | "coming" | "previous" | "following"
    ) && let Some(u) = c.ahead(1)
        && let Some(UnitWord::Calendar(unit)) = unit_of(u.text)
        && !u.text.ends_with('s')
    {
        let offset = match l {
            "last" | "past" | "previous" => -1,
            "next" | "coming" | "following" => 1,
            _ => 0,
        };
        return Outcome::date(2, TimeAnchor::UnitOffset { unit, offset });
    }
    Pass
}

pub const EARLIER_THIS_UNIT: Rule = Rule {
    name: "earlier_this_unit",
    starts: Starts::Words(&["earlier", "later"]),
    examples: &["Prices fell [earlier this month] across the region."],
    matcher: earlier_this_unit,
};

fn earlier_this_unit(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "earlier" | "later")
        && c.ahead_is(1, "this")
        && let Some(UnitWord::Calendar(unit)) = c.ahead(2).and_then(|u| unit_of(u.text))
    {
        return Outcome::date(3, TimeAnchor::UnitOffset { unit, offset: 0 });
    }
    Pass
}

pub const THE_DAY_BEFORE: Rule = Rule {
    name: "the_day_before",
    starts: Starts::Words(&["the"]),
    examples: &[
        "He had arrived [the day before].",
        "She left [the day after], aides said.",
    ],
    matcher: the_day_before,
};

/// "the day before", "the day after" at the end of a clause ("the day before authorities
/// issued…" is counted from that event instead; "the next day" is
/// `story_relative::THE_NEXT_DAY`).
fn the_day_before(c: &Cursor<'_, '_>) -> Outcome {
    if c.word != "the" || c.next != "day" {
        return Pass;
    }
    let offset = match c.after2.as_str() {
        "before" => -1,
        "after" => 1,
        _ => return Pass,
    };
    if c.ahead(3).is_some_and(|w| w.kind != TokenKind::Punct) {
        return Pass;
    }
    Outcome::date(3, TimeAnchor::DayOffset(offset))
}

pub const UNITS_AGO: Rule = Rule {
    name: "units_ago",
    starts: Starts::NumberOrListed(count_words),
    examples: &[
        "[Two days ago] the border closed.",
        "[A day earlier], troops moved.",
        "It began [a week or so ago], officials said.",
    ],
    matcher: units_ago,
};

/// "two days ago", "a day earlier", "four years before", "a week or so ago": counted back
/// (or ahead, "hence") from the reference date. Counted from another event ("13 days after
/// the bombing") it is a length (`durations::COUNT_OF_UNITS`).
fn units_ago(c: &Cursor<'_, '_>) -> Outcome {
    let (tokens, i) = (c.tokens, c.i);
    let Some(counted) = c.counted_unit() else {
        return Pass;
    };
    let after_unit = i + counted.len;
    // "a week or so ago": the hedge sits between the unit and its direction.
    let hedge = if word_is(tokens, after_unit, "or")
        && word_is(tokens, after_unit + 1, "so")
        && tok(tokens, after_unit + 2).is_some_and(|w| w.is("ago") || w.is("earlier"))
    {
        2
    } else {
        0
    };
    let d = after_unit + hedge;
    let dir = tok(tokens, d).map(Token::lower);
    let relative_to_event = (matches!(dir.as_deref(), Some("after" | "before"))
        && tok(tokens, d + 1).is_some_and(|n| n.kind != TokenKind::Punct))
        || dir.as_deref() == Some("later");
    let sign = match dir.as_deref() {
        _ if relative_to_event => return Pass,
        Some("ago" | "earlier" | "before" | "previously") => -1,
        Some("later" | "after" | "hence") if !matches!(c.prev.as_str(), "for" | "over") => 1,
        _ => return Pass,
    };
    let n = counted.count;
    let unit = counted.unit.lower();
    let years = match unit.trim_end_matches('s') {
        "decade" => Some(10),
        "century" | "centurie" => Some(100),
        _ => None,
    };
    // A count too big for any calendar ("4294967297 months ago") is no date: it must not
    // wrap around to a small one.
    let offset = |per: i64| {
        n.checked_mul(per)
            .and_then(|v| v.checked_mul(sign))
            .and_then(|v| i32::try_from(v).ok())
    };
    let anchor = if unit.starts_with("day") {
        TimeAnchor::DayOffset(sign * n)
    } else if let Some(y) = years {
        let Some(offset) = offset(y) else {
            return Pass;
        };
        TimeAnchor::UnitOffset {
            unit: Unit::Year,
            offset,
        }
    } else if let Some(UnitWord::Calendar(unit)) = unit_of(counted.unit.text) {
        let Some(offset) = offset(1) else {
            return Pass;
        };
        TimeAnchor::UnitOffset { unit, offset }
    } else {
        return Pass;
    };
    Outcome::date(d + 1 - i, anchor)
}

pub const YEAR_END: Rule = Rule {
    name: "year_end",
    starts: Starts::Words(&["year-end"]),
    examples: &[
        "Talks must end by [year-end], the minister said.",
        "Shares are up since [year-end].",
    ],
    matcher: year_end,
};

/// "year-end": the year's last day after "by", "since"… (the one just past after "since"),
/// else the year.
fn year_end(c: &Cursor<'_, '_>) -> Outcome {
    if c.word != "year-end" {
        return Pass;
    }
    let p = c.prev.as_str();
    if matches!(
        p,
        "by" | "since" | "at" | "until" | "before" | "after" | "through"
    ) {
        let base = TimeAnchor::UnitOffset {
            unit: Unit::Year,
            offset: if p == "since" { -1 } else { 0 },
        };
        return Outcome::both(
            1,
            TimexType::Date,
            Some(base.clone()),
            Value::Suffixed {
                base,
                suffix: Suffix::YearEnd,
            },
        );
    }
    this_year(1)
}

/// The reference year, `len` tokens long.
fn this_year(len: usize) -> Outcome {
    Outcome::date(
        len,
        TimeAnchor::UnitOffset {
            unit: Unit::Year,
            offset: 0,
        },
    )
}

pub const YEAR_END_WORDS: Rule = Rule {
    name: "year_end_words",
    starts: Starts::Words(&["year"]),
    examples: &[
        "Results are due at [year end], the firm said.",
        "Sales rose by [year's end].",
    ],
    matcher: year_end_words,
};

/// "year end", "year's end": the reference year.
fn year_end_words(c: &Cursor<'_, '_>) -> Outcome {
    if c.word != "year" {
        return Pass;
    }
    if c.next == "end" && !c.ahead_is(2, "of") {
        return this_year(2);
    }
    if matches!(c.next.as_str(), "'s" | "’s") && c.after2 == "end" {
        return this_year(3);
    }
    Pass
}

pub const SOME_WEEK: Rule = Rule {
    name: "some_week",
    starts: Starts::Words(&["the"]),
    examples: &["For [the week], shares fell."],
    matcher: some_week,
};

/// "for the week", "the week's most active session": some week of the reference year.
fn some_week(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && c.next == "week"
        && !matches!(
            c.after2.as_str(),
            "of" | "before"
                | "after"
                | "ahead"
                | "earlier"
                | "later"
                | "following"
                | "ended"
                | "ending"
                | "that"
                | "when"
        )
    {
        return Outcome::valued(
            2,
            TimexType::Date,
            Value::Suffixed {
                base: TimeAnchor::UnitOffset {
                    unit: Unit::Year,
                    offset: 0,
                },
                suffix: Suffix::SomeWeek,
            },
        );
    }
    Pass
}

pub const WEEK_OF: Rule = Rule {
    name: "week_of",
    starts: Starts::Words(&["the"]),
    examples: &["The hearing is set for [the week of March 9] in Ottawa."],
    matcher: week_of,
};

/// "the week of March 6": the ISO week holding that day.
fn week_of(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && c.next == "week"
        && c.after2 == "of"
        && let Some(hit) = anchor_at(c.tokens, c.i + 3)
        && hit.kind == TimexType::Date
        && let Some(anchor) = hit.anchor
        && matches!(
            anchor,
            TimeAnchor::MonthDay { .. } | TimeAnchor::Absolute(_)
        )
    {
        return Outcome::both(
            3 + hit.len,
            TimexType::Date,
            Some(anchor.clone()),
            Value::IsoWeekOf(anchor),
        );
    }
    Pass
}

pub const END_OF_THE_UNIT: Rule = Rule {
    name: "end_of_the_unit",
    starts: Starts::Words(&["the"]),
    examples: &["It closes at [the end of the month], staff said."],
    matcher: end_of_the_unit,
};

/// "the end of the year", "the end of the month": that year or month.
fn end_of_the_unit(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && c.next == "end"
        && c.after2 == "of"
        && c.ahead_is(3, "the")
        && let Some(u) = c.ahead(4)
    {
        let unit = if u.is("year") {
            Unit::Year
        } else if u.is("month") {
            Unit::Month
        } else {
            return Pass;
        };
        return Outcome::date(5, TimeAnchor::UnitOffset { unit, offset: 0 });
    }
    Pass
}

pub const THE_WEEKEND: Rule = Rule {
    name: "the_weekend",
    starts: Starts::Words(&["the"]),
    examples: &["Fighting eased over [the weekend], monitors said."],
    matcher: the_weekend,
};

/// "over the weekend": the weekend just past (or the coming one after a future cue).
fn the_weekend(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the" && c.next == "weekend" {
        return Outcome::valued(
            2,
            TimexType::Date,
            Value::WeekendOf(TimeAnchor::Weekday {
                weekday: chrono::Weekday::Sat,
                direction: ahead_or_back(c.tokens, c.i),
            }),
        );
    }
    Pass
}

pub const LAST_NEXT_WEEKEND: Rule = Rule {
    name: "last_next_weekend",
    starts: Starts::Words(&["this", "last", "next"]),
    examples: &["The talks resume [next weekend] in Vienna."],
    matcher: last_next_weekend,
};

fn last_next_weekend(c: &Cursor<'_, '_>) -> Outcome {
    let offset = match c.word.as_str() {
        "this" => 0,
        "last" => -1,
        "next" => 1,
        _ => return Pass,
    };
    if c.next != "weekend" {
        return Pass;
    }
    Outcome::valued(
        2,
        TimexType::Date,
        Value::Suffixed {
            base: TimeAnchor::UnitOffset {
                unit: Unit::Week,
                offset,
            },
            suffix: Suffix::Weekend,
        },
    )
}
