//! Seasons and parts of days: "last fall", "this summer", "summer 1998", "the winter of
//! 1994", "this past spring", "the summer"; "this morning", "last night", "tonight",
//! "Friday night", "yesterday afternoon", "mid-afternoon".

use crate::extract::temporal::TimexType;
use crate::extract::temporal::count::{spoken_year, year_num};
use crate::extract::temporal::cursor::Cursor;
use crate::extract::temporal::direction::{clause_points_ahead, weekday_direction};
use crate::extract::temporal::lexicon::{
    SEASONS, day_part_of, season_of, weekday_of, weekday_words,
};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::temporal::value::{DayPart, Suffix, Value};
use crate::model::{DateValue, TimeAnchor, Unit};

use Outcome::Pass;

/// A season, or "last", "this", "next"… before one.
fn season_year_words() -> Vec<String> {
    let mut out: Vec<String> = ["last", "past", "this", "next", "coming"]
        .map(str::to_owned)
        .into();
    out.extend(SEASONS.words().map(str::to_owned));
    out
}

/// "yesterday", "today", "tomorrow" and the weekdays.
fn day_and_part_words() -> Vec<String> {
    let mut out: Vec<String> = ["yesterday", "today", "tomorrow"].map(str::to_owned).into();
    out.extend(weekday_words());
    out
}

/// A season of a named year: the year anchors it for the timeline; the value names the
/// season ("1994-WI").
fn season_of_year(
    len: usize,
    year: i32,
    season: crate::extract::temporal::value::Season,
) -> Outcome {
    Outcome::both(
        len,
        TimexType::Date,
        DateValue::year(year).map(TimeAnchor::Absolute),
        Value::YearSeason { year, season },
    )
}

pub const THE_SEASON_OF_YEAR: Rule = Rule {
    name: "the_season_of_year",
    starts: Starts::Words(&["the"]),
    examples: &[
        "The plant opened in [the spring of 1962] on the coast.",
        "It was cold in [the winter of nineteen ninety-four] up north.",
    ],
    matcher: the_season_of_year,
};

fn the_season_of_year(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && let Some(season) = season_of(&c.next)
        && c.ahead_is(2, "of")
    {
        if let Some(y) = c.ahead(3).and_then(year_num) {
            return season_of_year(4, y, season);
        }
        if let Some(y) = spoken_year(c.tokens, c.i + 3) {
            return season_of_year(5, y, season);
        }
    }
    Pass
}

pub const THIS_PAST_SEASON: Rule = Rule {
    name: "this_past_season",
    starts: Starts::Words(&["this"]),
    examples: &["[This past summer] the firm earned more."],
    matcher: this_past_season,
};

/// "this past spring": the last spring before the reference date.
fn this_past_season(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "this"
        && c.next == "past"
        && let Some(season) = season_of(&c.after2)
    {
        return Outcome::valued(3, TimexType::Date, Value::PastSeason(season));
    }
    Pass
}

pub const THE_SEASON: Rule = Rule {
    name: "the_season",
    starts: Starts::Words(&["the"]),
    examples: &[
        "Demand rose over [the summer], traders said.",
        "[The summer] brought floods.",
    ],
    matcher: the_season,
};

/// "the summer", "the early summer": the one under way or just past ("the summer brought
/// 41 heat alerts"), or the next one ahead ("drift into the summer").
fn the_season(c: &Cursor<'_, '_>) -> Outcome {
    if c.word != "the" {
        return Pass;
    }
    let k = if matches!(c.next.as_str(), "early" | "late") {
        2
    } else {
        1
    };
    if let Some(season) = c
        .ahead(k)
        .filter(|w| w.is("summer") || w.is("winter") || w.is("spring"))
        .and_then(|w| season_of(w.text))
        && !c.ahead_is(k + 1, "of")
    {
        let ahead = clause_points_ahead(c.tokens, c.i);
        return Outcome::valued(k + 1, TimexType::Date, Value::Season { season, ahead });
    }
    Pass
}

/// "last", "this", "next" before a season: years from the reference year, and the index
/// of the season word.
fn season_offset(c: &Cursor<'_, '_>) -> (Option<i32>, usize) {
    match c.word.as_str() {
        "last" | "past" => (Some(-1), c.i + 1),
        "this" => (Some(0), c.i + 1),
        "next" | "coming" => (Some(1), c.i + 1),
        _ => (None, c.i),
    }
}

pub const SEASON_YEAR: Rule = Rule {
    name: "season_year",
    starts: Starts::Listed(season_year_words),
    examples: &["Talks stalled in [summer 1998] and resumed."],
    matcher: season_year,
};

/// "summer 1998".
fn season_year(c: &Cursor<'_, '_>) -> Outcome {
    let (_, k) = season_offset(c);
    if let Some(season) = c.tokens.get(k).and_then(|s| season_of(s.text))
        && let Some(y) = c.tokens.get(k + 1).and_then(year_num)
    {
        return season_of_year(k + 2 - c.i, y, season);
    }
    Pass
}

pub const LAST_NEXT_SEASON: Rule = Rule {
    name: "last_next_season",
    starts: Starts::Words(&["last", "past", "this", "next", "coming"]),
    examples: &["Fiscal 2025 closed [last summer], and sales grew."],
    matcher: last_next_season,
};

/// "last fall", "this summer", "next spring": that season of a year near the reference.
fn last_next_season(c: &Cursor<'_, '_>) -> Outcome {
    let (Some(offset), k) = season_offset(c) else {
        return Pass;
    };
    if let Some(season) = c.tokens.get(k).and_then(|s| season_of(s.text)) {
        return Outcome::valued(
            k + 1 - c.i,
            TimexType::Date,
            Value::Suffixed {
                base: TimeAnchor::UnitOffset {
                    unit: Unit::Year,
                    offset,
                },
                suffix: Suffix::Season(season),
            },
        );
    }
    Pass
}

/// A part of a day: a time, anchored on the day for the timeline.
fn part_of(len: usize, day: TimeAnchor, part: DayPart) -> Outcome {
    Outcome::both(
        len,
        TimexType::Time,
        Some(day.clone()),
        Value::Suffixed {
            base: day,
            suffix: Suffix::DayPart(part),
        },
    )
}

pub const MID_DAY_PART: Rule = Rule {
    name: "mid_day_part",
    starts: Starts::Anywhere,
    examples: &[
        "At [mid-afternoon yesterday] shares rose.",
        "Rain fell [mid afternoon].",
    ],
    matcher: mid_day_part,
};

/// "mid-afternoon", "mid afternoon (yesterday)".
fn mid_day_part(c: &Cursor<'_, '_>) -> Outcome {
    let l = c.word.as_str();
    let Some(part) = l
        .strip_prefix("mid-")
        .and_then(day_part_of)
        .or_else(|| (l == "mid").then(|| day_part_of(&c.next)).flatten())
    else {
        return Pass;
    };
    let n = if l == "mid" { 2 } else { 1 };
    let day = match c.ahead(n).map(|w| w.lower()).as_deref() {
        Some("yesterday") => Some(TimeAnchor::DayOffset(-1)),
        Some("today") => Some(TimeAnchor::DayOffset(0)),
        Some("tomorrow") => Some(TimeAnchor::DayOffset(1)),
        _ => None,
    };
    match day {
        Some(day) => part_of(n + 1, day, part),
        None => Outcome::valued(
            n,
            TimexType::Time,
            Value::Suffixed {
                base: TimeAnchor::DayOffset(0),
                suffix: Suffix::DayPart(part),
            },
        ),
    }
}

pub const THIS_DAY_PART: Rule = Rule {
    name: "this_day_part",
    starts: Starts::Words(&["this"]),
    examples: &["The minister arrived [this morning] by train."],
    matcher: this_day_part,
};

fn this_day_part(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "this"
        && let Some(part) = day_part_of(&c.next)
    {
        return part_of(2, TimeAnchor::DayOffset(0), part);
    }
    Pass
}

pub const LAST_NIGHT: Rule = Rule {
    name: "last_night",
    starts: Starts::Words(&["last"]),
    examples: &["Shelling resumed [last night] near the port."],
    matcher: last_night,
};

fn last_night(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "last" && c.next == "night" {
        return part_of(2, TimeAnchor::DayOffset(-1), DayPart::Night);
    }
    Pass
}

pub const TONIGHT: Rule = Rule {
    name: "tonight",
    starts: Starts::Words(&["tonight"]),
    examples: &["The vote is [tonight] in the assembly."],
    matcher: tonight,
};

fn tonight(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "tonight" {
        return part_of(1, TimeAnchor::DayOffset(0), DayPart::Night);
    }
    Pass
}

pub const DAY_AND_PART: Rule = Rule {
    name: "day_and_part",
    starts: Starts::Listed(day_and_part_words),
    examples: &[
        "Rain could fall [Sunday afternoon] in the hills.",
        "He spoke [yesterday afternoon] to reporters.",
    ],
    matcher: day_and_part,
};

/// "Friday night", "Tuesday morning", "yesterday afternoon": that part of that day.
fn day_and_part(c: &Cursor<'_, '_>) -> Outcome {
    let Some(part) = day_part_of(&c.next) else {
        return Pass;
    };
    let day = match c.word.as_str() {
        "yesterday" => TimeAnchor::DayOffset(-1),
        "today" => TimeAnchor::DayOffset(0),
        "tomorrow" => TimeAnchor::DayOffset(1),
        _ => match weekday_of(c.token.text).filter(|_| c.token.is_capitalised()) {
            Some(weekday) => TimeAnchor::Weekday {
                weekday,
                direction: weekday_direction(c.tokens, c.i),
            },
            None => return Pass,
        },
    };
    part_of(2, day, part)
}
