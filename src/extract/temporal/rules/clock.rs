//! Clock times ("3 p.m.", "3pm", "14:30", "10:30 a.m. EDT") and named times ("noon",
//! "midnight"). A time alone is on the reference day; `merge` joins it to a day next to it
//! ("Tuesday at 3 p.m.").

use crate::extract::temporal::TimexType;
use crate::extract::temporal::cursor::{Cursor, tok, word_is};
use crate::extract::temporal::lexicon::TIME_ZONES;
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::tokens::TokenKind;
use crate::model::TimeAnchor;
use chrono::NaiveTime;

use Outcome::Pass;

/// A time of day on the reference day, until `merge` finds its day.
fn time_of_day(len: usize, time: NaiveTime) -> Outcome {
    Outcome::anchored(
        len,
        TimexType::Time,
        Some(TimeAnchor::WithTime {
            day: Box::new(TimeAnchor::DayOffset(0)),
            time,
        }),
    )
}

pub const NAMED_TIME: Rule = Rule {
    name: "named_time",
    starts: Starts::Words(&["noon", "midday", "midnight"]),
    examples: &[
        "Talks will resume at [noon Thursday].",
        "Shares traded until [midnight].",
    ],
    matcher: named_time,
};

/// "noon", "midday", "midnight".
fn named_time(c: &Cursor<'_, '_>) -> Outcome {
    let t = c.token;
    let time = if t.is("noon") || t.is("midday") {
        NaiveTime::from_hms_opt(12, 0, 0)
    } else if t.is("midnight") {
        NaiveTime::from_hms_opt(0, 0, 0)
    } else {
        None
    };
    time.map_or(Pass, |time| time_of_day(1, time))
}

pub const CLOCK_TIME: Rule = Rule {
    name: "clock_time",
    starts: Starts::Number,
    examples: &[
        "The vote opens at [3 p.m.] local time.",
        "The blast came at [4 a.m. EDT] on the coast.",
        "The train left at [14:30] sharp.",
    ],
    matcher: clock_time,
};

/// "3 p.m.", "3pm", "14:30", "10:30 a.m.", with a time zone after it.
fn clock_time(c: &Cursor<'_, '_>) -> Outcome {
    let (tokens, i, t) = (c.tokens, c.i, c.token);
    if t.kind != TokenKind::Number {
        return Pass;
    }
    let lower = t.text.to_ascii_lowercase();
    let (num, mut meridiem) = if let Some(n) = lower.strip_suffix("pm") {
        (n, Some(true))
    } else if let Some(n) = lower.strip_suffix("am") {
        (n, Some(false))
    } else {
        (lower.as_str(), None)
    };
    let parsed = match num.split_once(':') {
        Some((h, m)) => h.parse::<u32>().ok().zip(m.parse::<u32>().ok()),
        None => num.parse::<u32>().ok().map(|h| (h, 0)),
    };
    let Some((h, m)) = parsed else {
        return Pass;
    };
    let mut n = 1;
    // "p.m." tokenizes as p . m .
    if meridiem.is_none()
        && let Some(a) = tok(tokens, i + 1)
        && (a.is("p") || a.is("a"))
        && word_is(tokens, i + 2, ".")
        && word_is(tokens, i + 3, "m")
    {
        meridiem = Some(a.is("p"));
        n = if word_is(tokens, i + 4, ".") { 5 } else { 4 };
    }
    if meridiem.is_none() && !num.contains(':') {
        return Pass;
    }
    let h = match meridiem {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    let Some(time) = NaiveTime::from_hms_opt(h, m, 0) else {
        return Pass;
    };
    // "4 a.m. EDT", "5 p.m. EST": the time zone belongs to the time.
    if tok(tokens, i + n).is_some_and(|z| TIME_ZONES.contains(z.text)) {
        n += 1;
    }
    time_of_day(n, time)
}
