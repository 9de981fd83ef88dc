//! Expressions next to each other that are one: a time of day and its day ("Tuesday at
//! 3 p.m.", "at 3 p.m. on Tuesday"), a weekday and the date after it ("Monday, Oct. 26",
//! "Monday the twenty-seventh of April").
//! The merged expression keeps the rule name of its first part.

use super::value::{Suffix, Value};
use super::{Timex, TimexType};
use crate::extract::tokens::Token;
use crate::model::{DateValue, Precision, TimeAnchor};

/// Both merges, in order; `tokens` are the sentence's.
pub fn merge(list: Vec<Timex>, tokens: &[Token<'_>]) -> Vec<Timex> {
    weekday_dates(times_with_days(list), tokens)
}

/// Only a comma or "the" between byte offsets `from` and `to` ("Monday, Oct. 26", "Monday
/// the 27th of April").
fn joined_by_comma_or_the(tokens: &[Token<'_>], from: usize, to: usize) -> bool {
    let first = tokens.partition_point(|t| t.start() < from);
    tokens
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|t| t.end() <= to)
        .all(|t| t.text == "," || t.is("the"))
}

/// "Monday, Oct. 26", "Friday Oct. 13": a weekday written before its date is one
/// expression, dated by the date.
fn weekday_dates(list: Vec<Timex>, tokens: &[Token<'_>]) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::with_capacity(list.len());
    for tx in list {
        if let Some(prev) = out.last_mut()
            && matches!(prev.anchor, Some(TimeAnchor::Weekday { .. }))
            && prev.kind == TimexType::Date
            && tx.span.start.saturating_sub(prev.span.end) <= 5
            && tx.span.start >= prev.span.end
            && joined_by_comma_or_the(tokens, prev.span.end, tx.span.start)
            && matches!(
                &tx.anchor,
                Some(
                    TimeAnchor::MonthDay { .. }
                        | TimeAnchor::Absolute(DateValue {
                            precision: Precision::Day,
                            ..
                        })
                )
            )
        {
            prev.span.end = tx.span.end;
            prev.trigger.end = tx.trigger.end;
            // The weekday pins the date to the week around the reference: the nearest.
            prev.anchor = match tx.anchor {
                Some(TimeAnchor::MonthDay { month, day, .. }) => Some(TimeAnchor::MonthDay {
                    month,
                    day,
                    direction: None,
                }),
                other => other,
            };
            prev.value = tx.value;
            continue;
        }
        out.push(tx);
    }
    out
}

/// Merges a time of day with an adjacent day expression ("Tuesday at 3 p.m.", "at 3 p.m. on
/// Tuesday").
fn times_with_days(list: Vec<Timex>) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::with_capacity(list.len());
    // Whether `out.last()` is a time of day not yet attached to a day.
    let mut bare_time = false;
    for mut tx in list {
        let was_bare = std::mem::replace(&mut bare_time, false);
        if tx.kind == TimexType::Time
            && let Some(TimeAnchor::WithTime { time, .. }) = &tx.anchor
            && let Some(prev) = out.last_mut()
            && prev.kind == TimexType::Date
            && tx.trigger.start.saturating_sub(prev.span.end) <= 4
            && is_day_anchor(prev.anchor.as_ref())
            && let Some(day) = prev.anchor.take()
        {
            prev.anchor = Some(TimeAnchor::WithTime {
                day: Box::new(day),
                time: *time,
            });
            prev.span.end = tx.span.end;
            prev.trigger.end = tx.span.end;
            prev.kind = TimexType::Time;
            continue;
        }
        // "at 3 p.m. on Tuesday", and "at 20:00 last night": a part of a day gives its day.
        if was_bare
            && (tx.kind == TimexType::Date || is_day_part(&tx.value))
            && is_day_anchor(tx.anchor.as_ref())
            && let Some(prev) = out.last_mut()
            && tx.trigger.start.saturating_sub(prev.span.end) <= 2
            && let Some(TimeAnchor::WithTime { time, .. }) = &prev.anchor
            && let Some(day) = tx.anchor.take()
        {
            prev.anchor = Some(TimeAnchor::WithTime {
                day: Box::new(day),
                time: *time,
            });
            prev.span.end = tx.span.end;
            prev.trigger.end = tx.span.end;
            continue;
        }
        bare_time = tx.kind == TimexType::Time;
        out.push(tx);
    }
    out
}

/// A part of a day ("last night", "Tuesday evening").
fn is_day_part(v: &Value) -> bool {
    matches!(
        v,
        Value::Suffixed {
            suffix: Suffix::DayPart(_),
            ..
        }
    )
}

/// An anchor at day precision: a time of day can join it.
pub fn is_day_anchor(a: Option<&TimeAnchor>) -> bool {
    match a {
        Some(TimeAnchor::Absolute(d)) => d.precision == Precision::Day,
        Some(
            TimeAnchor::Weekday { .. }
            | TimeAnchor::DayOffset(_)
            | TimeAnchor::MonthDay { .. }
            | TimeAnchor::Holiday { .. },
        ) => true,
        _ => false,
    }
}
