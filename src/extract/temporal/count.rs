//! Numbers in temporal expressions, in digits and in words: days of the month, years and
//! decades, counts ("twenty four", "a hundred"), years spoken in broadcast transcripts
//! ("nineteen ninety-six"), and the length a run of tokens measures ("four years" → four
//! years, "every week" → one week).

use super::TimexType;
use super::cursor::{tok, word_is};
use super::lexicon::{
    NUMBER_WORDS, NumberKind, is_length_unit, number_word, period_unit, weekday_of,
};
use super::value::{Count, Period, Value};
use crate::extract::tokens::{Token, TokenKind, ascii_lower};

/// A day of the month: "6", "6th", "21st".
pub fn day_num(t: &Token<'_>) -> Option<u32> {
    if t.kind != TokenKind::Number {
        return None;
    }
    let digits: String = t.text.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &t.text[digits.len()..];
    if !matches!(
        ascii_lower(suffix, &mut [0u8; 24]).unwrap_or("?"),
        "" | "st" | "nd" | "rd" | "th"
    ) {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

/// A year in digits, 1800 to 2199.
pub fn year_num(t: &Token<'_>) -> Option<i32> {
    if t.kind != TokenKind::Number
        || t.text.len() != 4
        || !t.text.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1800..=2199).contains(&y).then_some(y)
}

/// A decade like "1990s": its first year.
pub fn decade_num(t: &Token<'_>) -> Option<i32> {
    let d = t.text.strip_suffix('s')?;
    if t.kind != TokenKind::Number || d.len() != 4 || !d.ends_with('0') {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    (1800..=2190).contains(&y).then_some(y)
}

/// A count in a text: its value and how many tokens it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub value: i64,
    pub len: usize,
}

/// A count at `i`: "four", "24", "twenty four", "twenty-four", "a hundred", "two hundred".
pub fn count_at(tokens: &[Token<'_>], i: usize) -> Option<Counted> {
    count_and_len(tokens, i).map(|(value, len)| Counted { value, len })
}

fn count_and_len(tokens: &[Token<'_>], i: usize) -> Option<(i64, usize)> {
    let t = tok(tokens, i)?;
    // "1,500": the digits after a thousands separator are no count of their own.
    if is_thousands_group(tokens, i) {
        return None;
    }
    if let Some(grouped) = grouped_number(tokens, i) {
        return Some(grouped);
    }
    let first = number_word(t.text)
        .or_else(|| spoken_tens(t.text).map(i64::from))
        .or_else(|| {
            (t.kind == TokenKind::Number && t.text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.text.parse::<i64>().ok())
                .flatten()
        })?;
    let next = tok(tokens, i + 1);
    if t.kind == TokenKind::Word
        && (20..=90).contains(&first)
        && first % 10 == 0
        && let Some(u) = next
            .and_then(|w| number_word(w.text))
            .filter(|u| (1..=9).contains(u) && !next.is_some_and(|w| w.is("a") || w.is("an")))
    {
        return Some((first + u, 2));
    }
    if (1..=9).contains(&first) && next.is_some_and(|w| w.is("hundred")) {
        return Some((first * 100, 2));
    }
    if (1..=99).contains(&first)
        && t.kind == TokenKind::Word
        && next.is_some_and(|w| w.is("thousand"))
    {
        return Some((first * 1000, 2));
    }
    Some((first, 1))
}

/// "1,500" or "2,000,000" at `i`: digits, then groups of three digits each after a comma,
/// all written together. The value (`None` past `i64`) and the tokens it spans.
pub(super) fn grouped_number(tokens: &[Token<'_>], i: usize) -> Option<(i64, usize)> {
    let t = tok(tokens, i)?;
    let digits =
        |t: &Token<'_>| t.kind == TokenKind::Number && t.text.bytes().all(|b| b.is_ascii_digit());
    if !digits(t) || t.text.len() > 3 {
        return None;
    }
    let mut value: i64 = t.text.parse().ok()?;
    let mut len = 1;
    while let (Some(comma), Some(group)) = (tok(tokens, i + len), tok(tokens, i + len + 1)) {
        let prev_end = tok(tokens, i + len - 1)?.end();
        if comma.text != ","
            || comma.start() != prev_end
            || group.start() != comma.end()
            || group.text.len() != 3
            || !digits(group)
        {
            break;
        }
        value = value
            .checked_mul(1000)?
            .checked_add(group.text.parse().ok()?)?;
        len += 2;
    }
    (len > 1).then_some((value, len))
}

/// Token `i` is the three digits after a comma inside a number ("1,[500]").
fn is_thousands_group(tokens: &[Token<'_>], i: usize) -> bool {
    let (Some(t), Some(comma), Some(before)) = (
        tok(tokens, i),
        i.checked_sub(1).and_then(|k| tok(tokens, k)),
        i.checked_sub(2).and_then(|k| tok(tokens, k)),
    ) else {
        return false;
    };
    t.kind == TokenKind::Number
        && t.text.len() == 3
        && comma.text == ","
        && comma.end() == t.start()
        && before.end() == comma.start()
        && before.kind == TokenKind::Number
}

/// A count followed by a unit of length: "four years", "twenty four hours", "eight trading
/// days".
#[derive(Clone, Copy, Debug)]
pub struct CountedUnit<'s, 'a> {
    pub count: i64,
    /// Tokens from the count through the unit.
    pub len: usize,
    pub unit: &'s Token<'a>,
}

/// The unit of length after the count at `i` (a bare year before a singular unit is a
/// year: "2010 year" is not a length).
pub fn unit_after_count<'s, 'a>(
    tokens: &'s [Token<'a>],
    i: usize,
    count: Counted,
) -> Option<CountedUnit<'s, 'a>> {
    let mut n = count.len;
    let t = tok(tokens, i)?;
    // "eight trading days", "ten business days".
    if tok(tokens, i + n).is_some_and(|a| {
        matches!(
            a.lower().as_str(),
            "trading" | "business" | "working" | "calendar"
        )
    }) && tok(tokens, i + n + 1).is_some_and(|d| d.is("days") || d.is("day"))
    {
        n += 1;
    }
    let unit = tok(tokens, i + n)?;
    if !is_length_unit(unit.text)
        || (t.kind == TokenKind::Number && year_num(t).is_some() && !unit.text.ends_with('s'))
    {
        return None;
    }
    Some(CountedUnit {
        count: count.value,
        len: n + 1,
        unit,
    })
}

/// A count in digits or as one number word ("20", "two").
pub fn simple_count(t: &Token<'_>) -> Option<i64> {
    number_word(t.text).or_else(|| {
        (t.kind == TokenKind::Number)
            .then(|| t.text.parse::<i64>().ok())
            .flatten()
    })
}

/// A year spoken in two words at `i`: "nineteen ninety-six" → 1996.
pub fn spoken_year(tokens: &[Token<'_>], i: usize) -> Option<i32> {
    if !word_is(tokens, i, "nineteen") {
        return None;
    }
    tok(tokens, i + 1)
        .and_then(|w| spoken_tens(w.text))
        .and_then(|y| i32::try_from(1900 + y).ok())
}

/// "ninety-six" → 96, "eighty" → 80 (the second half of a spoken year).
pub fn spoken_tens(w: &str) -> Option<u32> {
    let mut buf = [0u8; 24];
    let l = ascii_lower(w, &mut buf)?;
    let (tens, unit) = l.split_once('-').unwrap_or((l, ""));
    let of_kind = |w: &str, kind| {
        NUMBER_WORDS
            .get(w)
            .filter(|n| n.kind == kind)
            .and_then(|n| u32::try_from(n.value).ok())
    };
    let t = of_kind(tens, NumberKind::Tens)?;
    let u = if unit.is_empty() {
        0
    } else {
        of_kind(unit, NumberKind::Digit)?
    };
    Some(t + u)
}

/// Reads a spoken count word by word: "twenty four" = 24, "a hundred" = 100.
#[derive(Default)]
struct SpokenCount(Option<i64>);

impl SpokenCount {
    /// Takes `part` if it continues the count.
    fn take(&mut self, part: &str, lower: &str) -> bool {
        if let Some(n) = self.0 {
            match lower {
                "hundred" => {
                    self.0 = Some(n * 100);
                    return true;
                }
                "thousand" => {
                    self.0 = Some(n * 1000);
                    return true;
                }
                _ => {}
            }
            if let Some(u) = number_word(part).filter(|u| (1..=9).contains(u))
                && n % 10 == 0
                && (20..=90).contains(&n)
                && lower != "a"
                && lower != "an"
            {
                self.0 = Some(n + u);
                return true;
            }
        }
        if self.0.is_none()
            && let Some(n) = number_word(part)
        {
            self.0 = Some(n);
            return true;
        }
        false
    }
}

/// The value of a duration or set from its tokens: "four years" → `P4Y`, "90-day" → `P90D`,
/// "years" → `PXY`, "every week" → `P1W`, "every Monday" → `XXXX-WXX-1`.
pub fn measured_value(tokens: &[Token<'_>], kind: TimexType) -> Option<Value> {
    let mut count: Option<Count> = None;
    let mut spoken = SpokenCount::default();
    let mut unit = None;
    let mut half = false;
    for t in tokens {
        for part in t.text.split('-') {
            if let Some(weekday) = weekday_of(part)
                && kind == TimexType::Set
            {
                return Some(Value::EveryWeekday {
                    weekday,
                    part: None,
                });
            }
            if unit.is_some() {
                half |= part.eq_ignore_ascii_case("half");
                continue;
            }
            if count.is_none() {
                let mut buf = [0u8; 24];
                let lower = ascii_lower(part, &mut buf).unwrap_or("");
                if spoken.take(part, lower) {
                    continue;
                }
                if let Some(n) = spoken.0.take() {
                    count = Some(Count::N(n));
                }
                if count.is_none() && !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
                    count = Some(
                        part.parse()
                            .map_or_else(|_| Count::Digits(part.to_owned()), Count::N),
                    );
                    continue;
                }
                if count.is_none() && matches!(lower, "several" | "few" | "many" | "some") {
                    count = Some(Count::Unknown);
                    continue;
                }
            }
            if let Some(u) = period_unit(part) {
                unit = Some(u);
            }
        }
    }
    if count.is_none() {
        count = spoken.0.map(Count::N);
    }
    let unit = unit?;
    let count = match count {
        Some(Count::N(v)) => Count::N(v * unit.per_word),
        Some(c) => c,
        None if kind == TimexType::Set => Count::N(1),
        None if tokens.last().is_some_and(|t| t.text.ends_with('s')) => Count::Unknown,
        None => Count::N(unit.per_word),
    };
    let and_half = half && matches!(count, Count::N(_)) && unit.per_word == 1;
    Some(Value::Period(Period {
        count,
        unit: unit.unit,
        and_half,
    }))
}
