//! Holidays (`lexicon/fixed_holidays.txt`, `lexicon/weekday_holidays.txt`): on a fixed day
//! ("Christmas Eve", "Halloween 2025") or on a weekday of a month ("Thanksgiving", "Labor
//! Day", "Election Day"), pointing back or ahead as the clause does.

use crate::extract::temporal::count::year_num;
use crate::extract::temporal::cursor::Cursor;
use crate::extract::temporal::direction::ahead_or_back;
use crate::extract::temporal::lexicon::{FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS, first_words};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::tokens::Token;
use crate::model::{DateValue, Direction, TimeAnchor};
use chrono::NaiveDate;

use Outcome::Pass;

fn weekday_holiday_words() -> Vec<String> {
    first_words(WEEKDAY_HOLIDAYS.iter().map(|h| h.words.as_slice()))
}

fn fixed_holiday_words() -> Vec<String> {
    first_words(FIXED_HOLIDAYS.iter().map(|h| h.words.as_slice()))
}

/// The holiday's words follow each other from the cursor (any case).
fn words_at(c: &Cursor<'_, '_>, words: &[&str]) -> bool {
    !words.is_empty()
        && words.iter().enumerate().all(|(k, w)| match k {
            0 => c.word == *w,
            1 => c.next == *w,
            _ => c.ahead_is(k, w),
        })
}

pub const WEEKDAY_HOLIDAY: Rule = Rule {
    name: "weekday_holiday",
    starts: Starts::Listed(weekday_holiday_words),
    examples: &[
        "He arrived [last Thanksgiving].",
        "Polls will close on [Election Day].",
    ],
    matcher: weekday_holiday,
};

/// "Thanksgiving", "Memorial Day": capitalised, the first listed name whose words match.
fn weekday_holiday(c: &Cursor<'_, '_>) -> Outcome {
    let Some(h) = WEEKDAY_HOLIDAYS.iter().find(|h| words_at(c, &h.words)) else {
        return Pass;
    };
    let n = h.words.len();
    if !(c.token.is_capitalised() && c.ahead(n - 1).is_some_and(Token::is_capitalised)) {
        return Pass;
    }
    let direction = match c.behind(1) {
        Some(p) if p.is("last") || p.is("past") => Direction::Past,
        Some(p) if p.is("next") || p.is("coming") => Direction::Future,
        _ => ahead_or_back(c.tokens, c.i),
    };
    Outcome::date(
        n,
        TimeAnchor::NthWeekday {
            name: h.name.to_owned(),
            month: h.month,
            weekday: h.weekday,
            nth: h.nth,
            plus_days: h.plus_days,
            direction,
        },
    )
}

pub const FIXED_HOLIDAY: Rule = Rule {
    name: "fixed_holiday",
    starts: Starts::Listed(fixed_holiday_words),
    examples: &[
        "Shelling resumed on [Christmas Eve].",
        "It opened on [Halloween 2019].",
    ],
    matcher: fixed_holiday,
};

/// "Christmas Eve", "New Year's Day", "Halloween 2019": capitalised, with a year a date.
fn fixed_holiday(c: &Cursor<'_, '_>) -> Outcome {
    let Some(h) = FIXED_HOLIDAYS.iter().find(|h| words_at(c, &h.words)) else {
        return Pass;
    };
    if !c.token.is_capitalised() {
        return Pass;
    }
    let n = h.words.len();
    if let Some(y) = c.ahead(n).and_then(year_num)
        && let Some(date) = NaiveDate::from_ymd_opt(y, h.month, h.day)
    {
        return Outcome::date(n + 1, TimeAnchor::Absolute(DateValue::day(date)));
    }
    Outcome::date(
        n,
        TimeAnchor::Holiday {
            name: h.name.to_owned(),
            month: h.month,
            day: h.day,
            direction: ahead_or_back(c.tokens, c.i),
        },
    )
}
