//! Temporal expressions: years, dates, weekdays, relative days and units, holidays, ranges,
//! times of day, durations and sets, each with its span and a resolvable [`TimeAnchor`].
//!
//! Matching is over tokens of one sentence. Tense decides which way a weekday points: news
//! weekdays mean the most recent such day unless the clause points ahead ("would continue …
//! on Wednesday").

use super::tokens::{Token, TokenKind, ascii_lower, tokenize};
use crate::model::{DateValue, Direction, Span, TimeAnchor, Unit};
use chrono::{NaiveDate, NaiveTime, Weekday};

/// TimeML-style type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    /// "for four years": recognised, never an event.
    Duration,
    /// "every week": recognised, never an event.
    Set,
}

/// One temporal expression in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// The expression proper ("2014", "Wednesday", "last week").
    pub span: Span,
    /// With a leading preposition, as an event trigger ("in 2014", "on Wednesday").
    pub trigger: Span,
    pub kind: TimexType,
    /// `None` for durations, sets and vague references ("now").
    pub anchor: Option<TimeAnchor>,
    /// What the TimeML value needs beyond the anchor (durations, seasons, "now"…).
    pub extra: Extra,
}

/// What an expression's TimeML value needs beyond its anchor.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Extra {
    /// The value is the anchor's (or `PRESENT_REF` without one).
    #[default]
    None,
    /// A complete value: `P4Y`, `PAST_REF`, `199`, `XXXX-SU`.
    Fixed(String),
    /// `base` resolved, then `suffix`: "1998" + "-SU", "1998-08-07" + "TEV".
    Suffixed {
        base: TimeAnchor,
        suffix: &'static str,
    },
    /// A fiscal quarter of the reference year plus `year_offset`: the numbered one, or the
    /// last completed one ("the latest quarter").
    Quarter {
        quarter: Option<u32>,
        year_offset: i32,
    },
    /// The last completed quarter, in the given year ("the 1988 quarter").
    QuarterOfYear(i32),
    /// The weekend of the week holding this day's date ("over the weekend": the last
    /// Saturday).
    WeekOf(TimeAnchor),
    /// Counted from the last date the text named ("the following year", "later that day"):
    /// `link_mentions` turns it into a [`TimeAnchor::FromMention`], or into `fallback`
    /// (counted from the reference date) when no date came before.
    Mention {
        unit: Option<Unit>,
        offset: i32,
        suffix: &'static str,
        fallback: TimeAnchor,
    },
    /// "three years later": a length whose TimeML `value` is `P3Y`, and which dates what it
    /// introduces when the text named a date before (`link_mentions`).
    LaterBy {
        unit: Option<Unit>,
        offset: i32,
        value: String,
    },
    /// The ISO week holding this day ("the week of March 6").
    IsoWeekOf(TimeAnchor),
    /// The quarter the reference date falls in ("the current quarter").
    CurrentQuarter,
    /// The decade the reference date falls in ("this decade": `199`).
    Decade,
    /// The numbered quarter looking ahead: this year's unless it ended two or more quarters
    /// ago ("will open in the first quarter", written in October: next year's).
    QuarterAhead(u32),
    /// The last such season wholly before the reference date ("this past spring"); the
    /// suffix is the season's (`-SP`).
    PastSeason(&'static str),
    /// "the summer": the one begun by the reference date, or with `ahead` the next one not
    /// yet over.
    Season { code: &'static str, ahead: bool },
}

fn month_of(w: &str) -> Option<u32> {
    let mut buf = [0u8; 24];
    let l = ascii_lower(w, &mut buf)?;
    let m = match l {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn is_full_month(w: &str) -> bool {
    matches!(
        ascii_lower(w, &mut [0u8; 24]).unwrap_or(""),
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

fn weekday_of(w: &str) -> Option<Weekday> {
    Some(match ascii_lower(w, &mut [0u8; 24])? {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn number_word(w: &str) -> Option<i64> {
    Some(match ascii_lower(w, &mut [0u8; 24])? {
        "a" | "an" | "one" => 1,
        "two" | "couple" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    })
}

fn unit_of(w: &str) -> Option<(Unit, i64)> {
    // (calendar unit, days per unit for day arithmetic)
    Some(match ascii_lower(w, &mut [0u8; 24])? {
        "day" | "days" => (Unit::Week, 0),
        "week" | "weeks" => (Unit::Week, 7),
        "month" | "months" => (Unit::Month, 30),
        "year" | "years" => (Unit::Year, 365),
        _ => return None,
    })
}

fn is_duration_unit(w: &str) -> bool {
    matches!(
        ascii_lower(w, &mut [0u8; 24]).unwrap_or(""),
        "second"
            | "seconds"
            | "minute"
            | "minutes"
            | "hour"
            | "hours"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "fortnight"
    )
}

fn day_num(t: &Token<'_>) -> Option<u32> {
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

fn year_num(t: &Token<'_>) -> Option<i32> {
    if t.kind != TokenKind::Number
        || t.text.len() != 4
        || !t.text.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1800..=2199).contains(&y).then_some(y)
}

/// Decade like "1990s".
fn decade_num(t: &Token<'_>) -> Option<i32> {
    let d = t.text.strip_suffix('s')?;
    if t.kind != TokenKind::Number || d.len() != 4 || !d.ends_with('0') {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    (1800..=2190).contains(&y).then_some(y)
}

const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "since",
    "by",
    "until",
    "till",
    "during",
    "from",
    "before",
    "after",
    "through",
    "throughout",
    "for",
    "over",
    "within",
    "of",
    "as",
];

/// Words after a bare year that make it a quantity rather than a date.
const QUANTITY_NOUNS: &[&str] = &[
    "people",
    "troops",
    "soldiers",
    "civilians",
    "dollars",
    "euros",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "tons",
    "tonnes",
    "votes",
    "members",
    "units",
    "cases",
    "deaths",
    "percent",
    "per",
    "drones",
    "missiles",
    "residents",
    "workers",
    "jobs",
    "pages",
    "words",
];

const FUTURE_CUES: &[&str] = &[
    "will",
    "would",
    "shall",
    "'ll",
    "plans",
    "planned",
    "plan",
    "expected",
    "expects",
    "expect",
    "scheduled",
    "due",
    "upcoming",
    "next",
    "aims",
    "intends",
    "intend",
    "set",
    "going",
    "hopes",
    "coming",
    "later",
];

/// Is token `j` a future cue? "plan(s)" only as "plans to"/"plan for" (not "announced the
/// plan"), "set" only as "set to".
fn is_future_cue(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(t) = tok(tokens, j) else {
        return false;
    };
    let next_is = |w: &[&str]| tok(tokens, j + 1).is_some_and(|n| w.iter().any(|x| n.is(x)));
    match t.lower().as_str() {
        "plan" | "plans" => next_is(&["to", "for"]),
        "set" => next_is(&["to"]),
        w => FUTURE_CUES.contains(&w),
    }
}

/// Does the clause before token `i` point ahead in time?
fn clause_points_ahead(tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i;
    let mut seen = 0;
    while j > 0 && seen < 14 {
        j -= 1;
        let t = &tokens[j];
        if t.kind == TokenKind::Punct && matches!(t.text, ";" | "—" | "–" | "“" | "”" | "\"")
        {
            break;
        }
        let l = t.lower();
        if is_future_cue(tokens, j) {
            return true;
        }
        if matches!(l.as_str(), "is" | "are") && tokens.get(j + 1).is_some_and(|n| n.is("to")) {
            return true;
        }
        if matches!(
            l.as_str(),
            "said" | "was" | "were" | "had" | "did" | "met" | "held"
        ) && seen > 0
        {
            return false;
        }
        seen += 1;
    }
    false
}

/// Which way a month without a year points: ahead after a future cue, back after a past
/// verb close by, else (no tense to go by) the nearest such month.
fn month_direction(tokens: &[Token<'_>], i: usize) -> Option<Direction> {
    if clause_points_ahead(tokens, i) {
        Some(Direction::Future)
    } else {
        month_day_direction(tokens, i).or_else(|| fronted_clause_tense(tokens, i, 1))
    }
}

/// For a date that opens its sentence ("In January, the company hired…", "On Oct. 5 it
/// will…"), the tense of the main clause after it (`len` tokens long): the first past verb
/// or future cue.
fn fronted_clause_tense(tokens: &[Token<'_>], i: usize, len: usize) -> Option<Direction> {
    let opens = tokens.get(..i).unwrap_or_default().iter().all(|t| {
        matches!(
            t.lower().as_str(),
            "in" | "on" | "by" | "early" | "late" | "and" | "but" | "then" | "during" | "since"
        )
    });
    if !opens {
        return None;
    }
    let from = i + len;
    for j in from..(from + 14).min(tokens.len()) {
        let t = tokens.get(j)?;
        // A subordinate clause ("On Friday, when the minister arrived…") is not the main one.
        if is_clause_break(t)
            || t.text == "."
            || matches!(
                t.lower().as_str(),
                "when" | "while" | "as" | "after" | "before" | "because" | "if" | "since"
            )
        {
            return None;
        }
        let after_subject = j
            .checked_sub(1)
            .and_then(|a| tok(tokens, a))
            .is_some_and(|a| {
                !matches!(
                    a.lower().as_str(),
                    "is" | "are" | "be" | "been" | "was" | "were" | "the" | "a" | "an"
                )
            });
        // "the government planned to pay": a plan made in the past.
        if matches!(t.lower().as_str(), "planned" | "expected" | "scheduled") && after_subject {
            return Some(Direction::Past);
        }
        if is_future_cue(tokens, j) {
            return Some(Direction::Future);
        }
        let after_aux = j
            .checked_sub(1)
            .and_then(|a| tok(tokens, a))
            .is_some_and(|a| {
                matches!(
                    a.lower().as_str(),
                    "be" | "been" | "being" | "to" | "is" | "are"
                )
            });
        if is_past_marker(t) && !after_aux {
            return Some(Direction::Past);
        }
    }
    None
}

fn dir_for(tokens: &[Token<'_>], i: usize) -> Direction {
    if clause_points_ahead(tokens, i) {
        Direction::Future
    } else {
        Direction::Past
    }
}

/// Which way a weekday at `i` points: "last Friday" and "said Friday" look back, "next
/// Friday", "as soon as Friday" and "will meet Friday" ahead.
#[allow(clippy::too_many_lines, reason = "split in issue 16 part 1/14")]
fn weekday_direction(tokens: &[Token<'_>], i: usize) -> Direction {
    // "until 9 a.m. EST Tuesday", "at noon Saturday": read the cues before the time of day.
    let is_time_part = |t: &Token<'_>| {
        t.kind == TokenKind::Number
            || matches!(
                t.lower().as_str(),
                "a" | "p"
                    | "m"
                    | "."
                    | "noon"
                    | "midnight"
                    | "midday"
                    | "est"
                    | "edt"
                    | "cst"
                    | "cdt"
                    | "pst"
                    | "pdt"
                    | "gmt"
                    | "utc"
                    | "at"
                    | ","
            )
    };
    let at = i;
    let mut i = i;
    if i > 0
        && tokens.get(i - 1).is_some_and(|t| {
            t.kind == TokenKind::Number
                || t.text == "."
                || t.is("noon")
                || t.is("midnight")
                || t.text.len() == 3 && t.text.bytes().all(|b| b.is_ascii_uppercase())
        })
    {
        while i > 0 && tokens.get(i - 1).is_some_and(is_time_part) {
            i -= 1;
        }
    }
    let before = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| tok(tokens, j))
            .map(Token::lower)
    };
    let prev = before(1);
    // "as soon as Tuesday", "as early as Friday".
    if prev.as_deref() == Some("as")
        && matches!(before(2).as_deref(), Some("soon" | "early"))
        && before(3).as_deref() == Some("as")
    {
        return Direction::Future;
    }
    // "until 9 a.m. Tuesday": a deadline set to the hour lies ahead.
    if i != at && matches!(prev.as_deref(), Some("until" | "till" | "by")) {
        return Direction::Future;
    }
    // "extended until Tuesday", "postponed until Friday": a deadline ahead.
    if matches!(prev.as_deref(), Some("until" | "till"))
        && matches!(
            before(2).as_deref(),
            Some(
                "extended"
                    | "postponed"
                    | "delayed"
                    | "adjourned"
                    | "deferred"
                    | "suspended"
                    | "open"
                    | "remain"
                    | "stay"
                    | "wait"
            )
        )
    {
        return Direction::Future;
    }
    // "Monday morning would be worse", "Friday will see": a future verb right after the day.
    {
        let mut j = at + 1;
        if tok(tokens, j).is_some_and(|w| day_part_code(w.text).is_some()) {
            j += 1;
        }
        if tok(tokens, j).is_some_and(|w| matches!(w.lower().as_str(), "will" | "would" | "'ll")) {
            return Direction::Future;
        }
    }
    // "the team opens its season Thursday", "the council meets Tuesday": a schedule in the
    // present tense.
    if (1..=4).any(|k| {
        at.checked_sub(k)
            .and_then(|j| tok(tokens, j))
            .is_some_and(|w| {
                matches!(
                    w.lower().as_str(),
                    "open"
                        | "opens"
                        | "start"
                        | "starts"
                        | "begin"
                        | "begins"
                        | "meet"
                        | "meets"
                        | "play"
                        | "plays"
                        | "face"
                        | "faces"
                        | "host"
                        | "hosts"
                        | "resume"
                        | "resumes"
                        | "vote"
                        | "votes"
                        | "arrive"
                        | "arrives"
                        | "leave"
                        | "leaves"
                )
            })
    }) {
        return Direction::Future;
    }
    // "On Tuesday, the league plans to…": a weekday opening its sentence takes the tense of
    // the clause after it.
    if let Some(d) = fronted_clause_tense(tokens, i, 1) {
        return d;
    }
    match prev.as_deref() {
        // "later Thursday", "early Friday": the reference day itself or before.
        Some("last" | "past" | "later" | "earlier" | "late" | "early") => return Direction::Past,
        Some("next" | "coming") => return Direction::Future,
        _ => {}
    }
    // The nearest word before, skipping a preposition: a past verb not after an auxiliary.
    let mut k = 1;
    if prev
        .as_deref()
        .is_some_and(|p| matches!(p, "on" | "late" | "early"))
    {
        k += 1;
    }
    if let Some(j) = i.checked_sub(k)
        && let Some(v) = tok(tokens, j)
        && is_past_marker(v)
        && !j
            .checked_sub(1)
            .and_then(|a| tok(tokens, a))
            .is_some_and(|a| {
                matches!(
                    a.lower().as_str(),
                    "will" | "would" | "be" | "is" | "are" | "to" | "been" | "being"
                )
            })
    {
        return Direction::Past;
    }
    if future_cue_near(tokens, i, 12) {
        Direction::Future
    } else {
        Direction::Past
    }
}

/// Irregular past-tense verbs common in news.
const PAST_VERBS: &[&str] = &[
    "was", "were", "had", "did", "met", "held", "took", "made", "won", "lost", "fell", "rose",
    "led", "left", "went", "came", "saw", "became", "struck", "hit", "sent", "spoke", "told",
    "said", "gave", "began", "shot", "built", "ran", "sought", "fought", "drew", "broke", "found",
    "kept", "paid", "sold", "bought", "wrote", "chose", "froze", "brought", "thought", "caught",
    "taught", "felt", "stood", "heard", "knew", "grew", "threw", "flew", "drove", "spent", "lent",
    "ago",
];

/// Words ending in "-ed" that are not past verbs ("preferred shares", "indeed").
const NOT_PAST_ED: &[&str] = &[
    "indeed",
    "hundred",
    "speed",
    "breed",
    "greed",
    "sacred",
    "naked",
    "wicked",
    "kindred",
    "preferred",
    "limited",
    "united",
    "related",
    "unrelated",
    "based",
    "detailed",
    "advanced",
    "proposed",
    "armed",
    "embattled",
    "beloved",
    "alleged",
    "so-called",
    "unidentified",
    "unnamed",
    "undisclosed",
    "unprecedented",
    "unexpected",
    "widespread",
];

fn is_past_marker(t: &Token<'_>) -> bool {
    let l = t.lower();
    t.is_word()
        && !t.is_capitalised()
        && !FUTURE_CUES.contains(&l.as_str())
        && (PAST_VERBS.contains(&l.as_str())
            || (l.len() > 4 && l.ends_with("ed") && !NOT_PAST_ED.contains(&l.as_str())))
}

fn is_clause_break(t: &Token<'_>) -> bool {
    matches!(t.text, ";" | "—" | "–" | "“" | "”" | "\"")
}

/// A future cue ("will", "plans to", "is to") among the `window` tokens before `i`, in the
/// same clause.
fn future_cue_near(tokens: &[Token<'_>], i: usize, window: usize) -> bool {
    let from = i.saturating_sub(window);
    let before = tokens.get(from..i).unwrap_or_default();
    for (k, t) in before.iter().enumerate().rev() {
        if is_clause_break(t) {
            return false;
        }
        let l = t.lower();
        // "should crest Friday", "could bring showers Sunday": a modal points ahead.
        if matches!(l.as_str(), "should" | "could" | "may" | "might")
            && before.get(k + 1).is_some_and(|v| {
                v.is_word()
                    && !v.is("have")
                    && !(l.as_str() == "could" && (v.is("be") || v.is("not")))
            })
        {
            return true;
        }
        if l.as_str() != "later" && is_future_cue(tokens, from + k) {
            // "had been due to expire Friday": a plan now past.
            let past_perfect = k >= 2
                && before.get(k - 1).is_some_and(|b| b.is("been"))
                && before.get(k - 2).is_some_and(|h| h.is("had"));
            return !past_perfect;
        }
        if matches!(l.as_str(), "is" | "are") && before.get(k + 1).is_some_and(|n| n.is("to")) {
            return true;
        }
    }
    false
}

/// Which way a month and day without a year ("Jan. 14") points: ahead after a near future
/// cue ("will rule on Dec. 30"), back after a near past verb ("filed charges on Dec. 30"),
/// else (a deadline "by Jan. 14", or no cue close by) the nearest such day.
fn month_day_direction(tokens: &[Token<'_>], i: usize) -> Option<Direction> {
    // "since the Oct. 23 slaying": a day already past.
    let from = i.saturating_sub(5);
    if tokens
        .get(from..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(|t| !is_clause_break(t) && t.text != ",")
        .any(|t| t.is("since"))
    {
        return Some(Direction::Past);
    }
    let prev = i.checked_sub(1).and_then(|p| tok(tokens, p));
    // "payable Dec. 15", "effective Feb. 1", "the year ending March 31": ahead of the day.
    if prev.is_some_and(|p| p.is("payable") || p.is("effective") || p.is("ending")) {
        return Some(Direction::Future);
    }
    // "the quarter ended Sept. 30": behind.
    if prev.is_some_and(|p| p.is("ended")) {
        return Some(Direction::Past);
    }
    // A deadline ("extended to Nov. 20", "set to expire Nov. 6", "by Feb. 10"): a past verb
    // says when it was set, not when it falls, so the nearest such day is meant.
    if i.checked_sub(1)
        .and_then(|p| tok(tokens, p))
        .is_some_and(|p| {
            matches!(
                p.lower().as_str(),
                "by" | "to" | "until" | "till" | "through" | "expire" | "expires" | "and" | "record"
                    // "the Jan. 14 deadline": the date names a thing, not when a verb happened.
                    | "the"
            )
        })
    {
        return None;
    }
    if future_cue_near(tokens, i, 6) {
        return Some(Direction::Future);
    }
    // A past verb earlier in the clause, unless a present or modal verb comes between
    // ("the reduced dividend is payable Jan. 2") or it is a participle after one ("to be
    // held on April 24").
    let from = i.saturating_sub(10);
    let before = tokens.get(from..i).unwrap_or_default();
    for (k, t) in before.iter().enumerate().rev() {
        if is_clause_break(t)
            || matches!(
                t.lower().as_str(),
                "is" | "are" | "be" | "can" | "may" | "must" | "should" | "which" | "that"
            )
        {
            break;
        }
        // "said it will redeem the shares on Oct. 31": the nearer verb decides.
        if is_future_cue(tokens, from + k) {
            return Some(Direction::Future);
        }
        if is_past_marker(t) {
            let after_aux = (from + k)
                .checked_sub(1)
                .and_then(|a| tok(tokens, a))
                .is_some_and(|a| {
                    matches!(
                        a.lower().as_str(),
                        "be" | "been" | "being" | "will" | "to" | "is" | "are"
                    )
                });
            if after_aux {
                return None;
            }
            return Some(Direction::Past);
        }
    }
    None
}

/// Resolves expressions counted from the story's own time ("the following year", "later
/// that day") against the last date named before them, in document order. Without one they
/// count from the reference date.
pub fn link_mentions<'a>(list: impl IntoIterator<Item = &'a mut Timex>) {
    let mut focus: Option<TimeAnchor> = None;
    for tx in list {
        if let Extra::Mention {
            unit,
            offset,
            suffix,
            fallback,
        } = &tx.extra
        {
            let anchor = match &focus {
                Some(base) => TimeAnchor::FromMention {
                    base: Box::new(base.clone()),
                    unit: *unit,
                    offset: *offset,
                },
                None => fallback.clone(),
            };
            tx.extra = if suffix.is_empty() {
                Extra::None
            } else {
                Extra::Suffixed {
                    base: anchor.clone(),
                    suffix,
                }
            };
            tx.anchor = Some(anchor);
        }
        if let Extra::LaterBy {
            unit,
            offset,
            value,
        } = &tx.extra
        {
            tx.anchor = focus.as_ref().map(|base| TimeAnchor::FromMention {
                base: Box::new(base.clone()),
                unit: *unit,
                offset: *offset,
            });
            tx.extra = Extra::Fixed(value.clone());
        }
        if (matches!(tx.kind, TimexType::Date | TimexType::Time)
            || matches!(tx.anchor, Some(TimeAnchor::FromMention { .. })))
            && let Some(a) = &tx.anchor
            && !matches!(a, TimeAnchor::Range { .. } | TimeAnchor::Since(_))
        {
            focus = Some(a.clone());
        }
    }
}

/// Finds temporal expressions in `text[sentence]`.
pub fn find(text: &str, sentence: Span) -> Vec<Timex> {
    let Some(s) = sentence.slice(text) else {
        return Vec::new();
    };
    let tokens = tokenize(s, sentence.start);
    find_in_tokens(&tokens)
}

/// Finds temporal expressions in a token list.
#[allow(clippy::too_many_lines, reason = "split in issue 16 part 1/14")]
pub fn find_in_tokens(tokens: &[Token<'_>]) -> Vec<Timex> {
    // "Friday's", "last year's": the date is the word without its possessive ending.
    let split: Vec<Token<'_>>;
    let tokens = if tokens.iter().any(is_dated_possessive) {
        split = tokens
            .iter()
            .flat_map(|t| match t.split_possessive() {
                Some((a, b)) => [Some(a), Some(b)],
                None => [Some(*t), None],
            })
            .flatten()
            .collect();
        &split[..]
    } else {
        tokens
    };
    let mut out: Vec<Timex> = Vec::new();
    let mut i = 0;
    // First token not yet part of an expression.
    let mut free = 0;
    while i < tokens.len() {
        let found = may_start_at(tokens, i).then_some(()).and_then(|()| {
            match_extra(tokens, i).or_else(|| {
                match_at(tokens, i).map(|(n, kind, anchor)| (n, kind, anchor, Extra::None))
            })
        });
        if let Some((n, kind, mut anchor, extra)) = found {
            let mut n = n.max(1);
            // "the next year or so": the hedge belongs to the expression.
            if word_is(tokens, i + n, "or")
                && word_is(tokens, i + n + 1, "so")
                && !word_is(tokens, i + n + 2, "ago")
            {
                n += 2;
            }
            // "1994 or later", "1990 and beyond", "weeks or months": one open or hedged
            // expression, valued by its first part.
            let w = |k: usize| tokens.get(i + n + k).map(Token::lower);
            let (w0, w1) = (w(0), w(1));
            let ends_plural_unit = tokens
                .get(i + n - 1)
                .is_some_and(|u| u.text.ends_with('s') && is_duration_unit(u.text));
            match (w0.as_deref(), w1.as_deref()) {
                (Some("or"), Some("later" | "earlier")) | (Some("and"), Some("beyond"))
                    if kind == TimexType::Date && anchor.is_some() =>
                {
                    n += 2;
                }
                (Some("or" | "and"), Some(u))
                    if ends_plural_unit && u.ends_with('s') && is_duration_unit(u) =>
                {
                    n += 2;
                }
                _ => {}
            }
            // "in July last year": that month of that year (TimeBank marks "July" only; the
            // year words are then skipped by `follows_month`).
            if let Some(TimeAnchor::MonthOnly { month, .. }) = anchor
                && let Some(year_offset) =
                    tokens.get(i + n).and_then(|w| match w.lower().as_str() {
                        "this" => Some(0),
                        "last" => Some(-1),
                        "next" => Some(1),
                        _ => None,
                    })
                && word_is(tokens, i + n + 1, "year")
            {
                anchor = Some(TimeAnchor::MonthOfYear { month, year_offset });
            }
            // Ages ("a six-year-old boy", "52 years old") are not durations; nor is the
            // generic "today's world", "the people of tomorrow".
            let generic_day = tokens.get(i).is_some_and(|w| {
                (w.is("today") || w.is("tomorrow"))
                    && (tokens
                        .get(i + 1)
                        .is_some_and(|p| p.text == "'s" || p.text == "’s")
                        && tokens.get(i + 2).is_some_and(|x| {
                            matches!(
                                x.lower().as_str(),
                                "world"
                                    | "youth"
                                    | "society"
                                    | "generation"
                                    | "children"
                                    | "kids"
                                    | "computers"
                                    | "economy"
                                    | "students"
                                    | "families"
                                    | "parents"
                                    | "people"
                                    | "young"
                                    | "technology"
                            )
                        })
                        || (i > 0
                            && tokens.get(i - 1).is_some_and(|p| p.is("of"))
                            && w.is("tomorrow")))
            });
            // "a second group", "a second betrayal": an ordinal, not one second.
            let ordinal_second = n == 2
                && tokens.get(i).is_some_and(|t| t.is("a"))
                && tokens.get(i + 1).is_some_and(|t| t.is("second"))
                && tokens.get(i + 2).is_some_and(|w| {
                    w.is_word()
                        && !matches!(
                            w.lower().as_str(),
                            "ago"
                                | "later"
                                | "earlier"
                                | "or"
                                | "and"
                                | "of"
                                | "in"
                                | "before"
                                | "after"
                                | "to"
                                | "for"
                        )
                });
            if generic_day
                || ordinal_second
                || is_rate(tokens, i, n)
                || is_title_word_use(tokens, i, n)
                || follows_month(tokens, i, n)
                || (kind == TimexType::Duration
                    && (tokens
                        .get(i + n - 1)
                        .is_some_and(|w| w.lower().ends_with("-old"))
                        || tokens.get(i + n).is_some_and(|w| w.is("old"))))
            {
                i += n;
                continue;
            }
            let extra = match (extra, kind) {
                (Extra::None, TimexType::Duration | TimexType::Set) => tokens
                    .get(i..i + n)
                    .and_then(|ts| duration_value(ts, kind))
                    .map_or(Extra::None, Extra::Fixed),
                (e, _) => e,
            };
            let ends_ago = tokens.get(i + n - 1).is_some_and(|t| t.is("ago"));
            let first_i = modifier_start(tokens, i, free, kind, anchor.as_ref(), ends_ago);
            let (Some(first), Some(last)) = (
                tokens.get(first_i),
                tokens.get((i + n - 1).min(tokens.len() - 1)),
            ) else {
                break;
            };
            let mut span = Span::new(first.start, last.end);
            let mut trigger = span;
            // "earlier this week": TimeML marks "this week" only.
            if first_i == i
                && tokens
                    .get(i)
                    .is_some_and(|t| t.is("earlier") || t.is("later"))
                && tokens.get(i + 2).is_some_and(|t| t.is("week"))
                && let Some(this) = tokens.get(i + 1)
            {
                span.start = this.start;
            }
            if first_i > 0
                && let Some(p) = tokens.get(first_i - 1)
                && PREPOSITIONS.contains(&p.lower().as_str())
            {
                trigger.start = p.start;
            }
            let since = i > 0 && tokens.get(i - 1).is_some_and(|p| p.is("since"));
            let anchor = match (anchor, since) {
                (Some(a @ TimeAnchor::Absolute(_)), true) => Some(TimeAnchor::Since(Box::new(a))),
                (a, _) => a,
            };
            out.push(Timex {
                span,
                trigger,
                kind,
                anchor,
                extra,
            });
            i += n;
            free = i;
        } else {
            i += 1;
        }
    }
    merge_weekday_dates(merge_times(out))
}

/// "Monday, Oct. 26", "Friday Oct. 13": a weekday written before its date is one
/// expression, dated by the date.
fn merge_weekday_dates(list: Vec<Timex>) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::with_capacity(list.len());
    for tx in list {
        if let Some(prev) = out.last_mut()
            && matches!(prev.anchor, Some(TimeAnchor::Weekday { .. }))
            && prev.kind == TimexType::Date
            && tx.span.start.saturating_sub(prev.span.end) <= 2
            && tx.span.start >= prev.span.end
            && matches!(
                &tx.anchor,
                Some(
                    TimeAnchor::MonthDay { .. }
                        | TimeAnchor::Absolute(crate::model::DateValue {
                            precision: crate::model::Precision::Day,
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
            prev.extra = tx.extra;
            continue;
        }
        out.push(tx);
    }
    out
}

/// "$500 million a year", "four flights a week", "24 hours a day": a rate, not a period.
fn is_rate(tokens: &[Token<'_>], i: usize, n: usize) -> bool {
    let Some(first) = tokens.get(i) else {
        return false;
    };
    if n != 2 || !(first.is("a") || first.is("an")) {
        return false;
    }
    let Some(p) = i.checked_sub(1).and_then(|k| tokens.get(k)) else {
        return false;
    };
    let counted = |t: &Token<'_>| t.kind == TokenKind::Number || number_word(t.text).is_some();
    counted(p)
        || matches!(
            p.lower().as_str(),
            "million" | "billion" | "thousand" | "trillion" | "cents" | "dollars"
        )
        || (p.is_word()
            && p.text.ends_with('s')
            && !p.is_capitalised()
            && i.checked_sub(2)
                .and_then(|k| tokens.get(k))
                .is_some_and(counted))
}

/// "ABC's “This Week”", "“60 Minutes”", "High Noon", "VOA Today": a time word written with a
/// capital inside a sentence is part of a title.
fn is_title_word_use(tokens: &[Token<'_>], i: usize, n: usize) -> bool {
    (i..i + n).any(|k| {
        tokens.get(k).is_some_and(|t| {
            t.is_capitalised()
                && k > 0
                && !super::is_sentence_initial(tokens, k)
                && matches!(
                    t.lower().as_str(),
                    "week" | "today" | "noon" | "minutes" | "hours" | "tonight" | "yesterday"
                )
        })
    })
}

/// "in February this year", "in July last year": TimeBank marks the month only.
fn follows_month(tokens: &[Token<'_>], i: usize, n: usize) -> bool {
    n == 2
        && tokens
            .get(i)
            .is_some_and(|t| t.is("this") || t.is("last") || t.is("next"))
        && tokens.get(i + 1).is_some_and(|t| t.is("year"))
        && i.checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|m| month_of(m.text).is_some() && m.is_capitalised())
}

/// "Friday's", "year's", "December's": a possessive whose stem can be part of a date.
fn is_dated_possessive(t: &Token<'_>) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let Some(stem) = t
        .text
        .strip_suffix("'s")
        .or_else(|| t.text.strip_suffix("’s"))
    else {
        return false;
    };
    weekday_of(stem).is_some()
        || month_of(stem).is_some()
        || unit_of(stem).is_some()
        || matches!(
            ascii_lower(stem, &mut [0u8; 24]),
            Some(
                "today"
                    | "yesterday"
                    | "tomorrow"
                    | "quarter"
                    | "weekend"
                    | "summer"
                    | "spring"
                    | "fall"
                    | "winter"
                    | "autumn"
            )
        )
}

/// Words that can begin a temporal expression besides numbers, months, weekdays, number
/// words and hyphenated forms ("four-year", "mid-2022"). Checking this first skips the
/// matchers for the great majority of tokens.
static STARTERS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        [
            "last",
            "next",
            "this",
            "recently",
            "recent",
            "several",
            "few",
            "many",
            "fiscal",
            "nineteen",
            "years",
            "months",
            "weeks",
            "days",
            "hours",
            "decades",
            "centuries",
            "first",
            "second",
            "third",
            "fourth",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "past",
            "coming",
            "previous",
            "following",
            "earlier",
            "later",
            "the",
            "yesterday",
            "today",
            "tomorrow",
            "tonight",
            "these",
            "year",
            "that",
            "noon",
            "midday",
            "midnight",
            "every",
            "each",
            "daily",
            "weekly",
            "monthly",
            "annually",
            "yearly",
            "between",
            "from",
            "now",
            "currently",
            "nowadays",
            "mid",
            "some",
            "hourly",
            "once",
            "twice",
            "another",
            "quarterly",
            "christmas",
            "thanksgiving",
            "labor",
            "memorial",
            "election",
            "new",
            "boxing",
            "halloween",
            "valentine's",
            // Months (full and abbreviated), weekdays and number words start expressions too.
            "january",
            "jan",
            "february",
            "feb",
            "march",
            "mar",
            "april",
            "apr",
            "may",
            "june",
            "jun",
            "july",
            "jul",
            "august",
            "aug",
            "september",
            "sep",
            "sept",
            "october",
            "oct",
            "november",
            "nov",
            "december",
            "dec",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "a",
            "an",
            "one",
            "two",
            "couple",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "fifteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
        ]
        .into_iter()
        .collect()
    });

/// `may_start` for token `i`, with articles ("the", "a", "an": among the commonest words)
/// only when the next word can continue a temporal expression ("the past", "a year").
fn may_start_at(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if !may_start(t) {
        return false;
    }
    // "2082.1", "1,969": part of a larger number, not a year.
    if t.kind == TokenKind::Number
        && tokens
            .get(i + 1)
            .is_some_and(|p| matches!(p.text, "." | ",") && p.start == t.end)
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.kind == TokenKind::Number && n.start == t.end + 1)
    {
        return false;
    }
    if t.is("that") {
        return tokens
            .get(i + 1)
            .is_some_and(|n| n.is("quarter") || n.is("same"));
    }
    if !(t.is("the") || t.is("a") || t.is("an")) {
        return true;
    }
    tokens.get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Number
            || (may_start(n) && !(n.is("the") || n.is("a") || n.is("an")))
            || duration_unit_code(n.text).is_some()
            || unit_of(n.text).is_some()
            || matches!(
                n.lower().as_str(),
                "quarter"
                    | "period"
                    | "latest"
                    | "current"
                    | "future"
                    | "weekend"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "additional"
                    | "while"
                    | "same"
                    | "near"
                    | "short"
                    | "early"
                    | "late"
                    | "end"
                    | "full"
                    | "twenties"
                    | "thirties"
                    | "forties"
                    | "fifties"
                    | "sixties"
                    | "seventies"
                    | "eighties"
                    | "nineties"
            )
    })
}

fn may_start(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => false,
        // One hash look-up: STARTERS also holds every month, weekday and number word.
        // No starter is longer than 12 bytes ("thanksgiving"): skip the look-up for longer words.
        TokenKind::Word => {
            t.text.contains('-') || (t.text.len() <= 12 && STARTERS.contains(t.lower().as_str()))
        }
    }
}

type Match = (usize, TimexType, Option<TimeAnchor>);

fn tok<'a, 'b>(tokens: &'b [Token<'a>], i: usize) -> Option<&'b Token<'a>> {
    tokens.get(i)
}

fn word_is(tokens: &[Token<'_>], i: usize, w: &str) -> bool {
    tok(tokens, i).is_some_and(|t| t.is(w))
}

/// Tokens `i` and `i+1` touch (no space between).
fn adjacent(tokens: &[Token<'_>], i: usize) -> bool {
    matches!((tok(tokens, i), tok(tokens, i + 1)), (Some(a), Some(b)) if a.end == b.start)
}

/// A count at `i` and how many tokens it takes: "four", "24", "twenty four", "twenty-four",
/// "a hundred", "two hundred".
fn count_at(tokens: &[Token<'_>], i: usize) -> Option<(i64, usize)> {
    let t = tok(tokens, i)?;
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

#[allow(clippy::too_many_lines, reason = "split in issue 16 part 1/14")]
fn match_at(tokens: &[Token<'_>], i: usize) -> Option<Match> {
    let t = tok(tokens, i)?;
    let l = t.lower();
    let prev = if i > 0 {
        tok(tokens, i - 1).map(Token::lower)
    } else {
        None
    };
    let prev = prev.as_deref().unwrap_or("");

    // ISO 2026-01-06
    if let Some(y) = year_num(t)
        && word_is(tokens, i + 1, "-")
        && adjacent(tokens, i)
        && let (Some(m), Some(d)) = (tok(tokens, i + 2), tok(tokens, i + 4))
        && word_is(tokens, i + 3, "-")
        && m.text.len() == 2
        && d.text.len() == 2
        && let (Ok(m), Ok(d)) = (m.text.parse::<u32>(), d.text.parse::<u32>())
        && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
    {
        return Some((
            5,
            TimexType::Date,
            Some(TimeAnchor::Absolute(DateValue::day(date))),
        ));
    }

    // Month-first: "January 6, 2026", "Jan. 6", "January 2026", "in March".
    if t.is_capitalised()
        && let Some(m) = month_of(t.text)
    {
        let mut j = i + 1;
        if word_is(tokens, j, ".") {
            j += 1;
        }
        if let Some(d) = tok(tokens, j).and_then(day_num) {
            let mut k = j + 1;
            if word_is(tokens, k, ",") {
                k += 1;
            }
            if let Some(y) = tok(tokens, k).and_then(year_num)
                && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            {
                return Some((
                    k + 1 - i,
                    TimexType::Date,
                    Some(TimeAnchor::Absolute(DateValue::day(date))),
                ));
            }
            return Some((
                j + 1 - i,
                TimexType::Date,
                Some(TimeAnchor::MonthDay {
                    month: m,
                    day: d,
                    direction: month_day_direction(tokens, i),
                }),
            ));
        }
        if let Some(y) = tok(tokens, j).and_then(year_num) {
            return Some((
                j + 1 - i,
                TimexType::Date,
                DateValue::month(y, m).map(TimeAnchor::Absolute),
            ));
        }
        if word_is(tokens, j, "of")
            && let Some(y) = tok(tokens, j + 1).and_then(year_num)
        {
            return Some((
                j + 2 - i,
                TimexType::Date,
                DateValue::month(y, m).map(TimeAnchor::Absolute),
            ));
        }
        let cue = matches!(
            prev,
            "in" | "since"
                | "by"
                | "until"
                | "for"
                | "the"
                | "a"
                | "an"
                | "to"
                | "early"
                | "late"
                | "mid"
                | "during"
                | "last"
                | "next"
                | "this"
                | "from"
                | "through"
        ) || (prev == "of"
            && i >= 2
            && tok(tokens, i - 2).is_some_and(|w| {
                matches!(w.lower().as_str(), "end" | "middle" | "beginning" | "start")
            }));
        let ambiguous = matches!(m, 5) || (m == 3 && t.text.len() == 3);
        if cue
            && (!ambiguous
                || matches!(
                    prev,
                    "in" | "since" | "last" | "next" | "early" | "late" | "by" | "until"
                ))
            && is_full_month(t.text)
        {
            let direction = match prev {
                "last" => Some(Direction::Past),
                "next" => Some(Direction::Future),
                _ => month_direction(tokens, i),
            };
            return Some((
                1,
                TimexType::Date,
                Some(TimeAnchor::MonthOnly {
                    month: m,
                    direction,
                }),
            ));
        }
    }

    // Day-first: "6 January 2026", "6 Jan".
    if let Some(d) = day_num(t)
        && let Some(mt) = tok(tokens, i + 1)
        && mt.is_capitalised()
        && let Some(m) = month_of(mt.text)
    {
        let mut j = i + 2;
        if word_is(tokens, j, ".") {
            j += 1;
        }
        if let Some(y) = tok(tokens, j).and_then(year_num)
            && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            return Some((
                j + 1 - i,
                TimexType::Date,
                Some(TimeAnchor::Absolute(DateValue::day(date))),
            ));
        }
        if mt.text.len() > 3 || word_is(tokens, i + 2, ".") {
            return Some((
                j - i,
                TimexType::Date,
                Some(TimeAnchor::MonthDay {
                    month: m,
                    day: d,
                    direction: month_day_direction(tokens, i),
                }),
            ));
        }
    }

    // Weekdays.
    if let Some(wd) = weekday_of(t.text) {
        let direction = weekday_direction(tokens, i);
        let mut n = 1;
        if tok(tokens, i + 1).is_some_and(|n| {
            matches!(
                n.lower().as_str(),
                "morning" | "afternoon" | "evening" | "night"
            )
        }) {
            n = 2;
        }
        return Some((
            n,
            TimexType::Date,
            Some(TimeAnchor::Weekday {
                weekday: wd,
                direction,
            }),
        ));
    }
    if matches!(l.as_str(), "last" | "next" | "this" | "past" | "coming")
        && let Some(nt) = tok(tokens, i + 1)
        && let Some(wd) = weekday_of(nt.text)
    {
        let direction = match l.as_str() {
            // "last Monday" written on a Monday is a week ago.
            "last" | "past" => Direction::Before,
            "next" | "coming" => Direction::Future,
            _ => dir_for(tokens, i),
        };
        return Some((
            2,
            TimexType::Date,
            Some(TimeAnchor::Weekday {
                weekday: wd,
                direction,
            }),
        ));
    }

    // yesterday / today / tomorrow / tonight
    let day_offset = match l.as_str() {
        "yesterday" => Some(-1),
        "today" | "tonight" => Some(0),
        "tomorrow" => Some(1),
        _ => None,
    };
    if let Some(off) = day_offset {
        return Some((1, TimexType::Date, Some(TimeAnchor::DayOffset(off))));
    }

    // "last week", "next month", "this year", "earlier this month", "the previous year".
    if matches!(
        l.as_str(),
        "last" | "next" | "this" | "past" | "coming" | "previous" | "following"
    ) && let Some(u) = tok(tokens, i + 1)
        && let Some((unit, _)) = unit_of(u.text)
        && !u.text.ends_with('s')
        && !u.is("day")
    {
        let offset = match l.as_str() {
            "last" | "past" | "previous" => -1,
            "next" | "coming" | "following" => 1,
            _ => 0,
        };
        return Some((
            2,
            TimexType::Date,
            Some(TimeAnchor::UnitOffset { unit, offset }),
        ));
    }
    if matches!(l.as_str(), "earlier" | "later")
        && word_is(tokens, i + 1, "this")
        && let Some(u) = tok(tokens, i + 2)
        && let Some((unit, _)) = unit_of(u.text)
        && !u.is("day")
    {
        return Some((
            3,
            TimexType::Date,
            Some(TimeAnchor::UnitOffset { unit, offset: 0 }),
        ));
    }
    // "the day before", "the next day", "the following day", "the previous day".
    if l == "the"
        && let Some(a) = tok(tokens, i + 1)
        && let Some(b) = tok(tokens, i + 2)
    {
        let (al, bl) = (a.lower(), b.lower());
        // "the day before authorities issued…" is counted from that event, not from the
        // document's date.
        let clause_follows = matches!(bl.as_str(), "before" | "after")
            && tok(tokens, i + 3).is_some_and(|w| w.kind != TokenKind::Punct);
        let off = match (al.as_str(), bl.as_str()) {
            _ if clause_follows => None,
            ("day", "before") | ("previous", "day") => Some(-1),
            ("day", "after") | ("next" | "following", "day") => Some(1),
            _ => None,
        };
        if let Some(off) = off {
            return Some((3, TimexType::Date, Some(TimeAnchor::DayOffset(off))));
        }
    }

    // "a day earlier", "two days ago", "three weeks later", "four years ago", "for four years",
    // "twenty four hours", "a hundred years", "a week or so ago".
    if let Some((n, mut c)) = count_at(tokens, i)
        && let Some(u) = tok(tokens, i + c).and_then(|a| {
            // "eight trading days", "ten business days".
            if matches!(
                a.lower().as_str(),
                "trading" | "business" | "working" | "calendar"
            ) && tok(tokens, i + c + 1).is_some_and(|d| d.is("days") || d.is("day"))
            {
                c += 1;
            }
            tok(tokens, i + c)
        })
        && is_duration_unit(u.text)
        && !(t.kind == TokenKind::Number && year_num(t).is_some() && !u.text.ends_with('s'))
    {
        // "a week or so ago": the hedge sits between the unit and its direction.
        let hedge = if word_is(tokens, i + c + 1, "or")
            && word_is(tokens, i + c + 2, "so")
            && tok(tokens, i + c + 3).is_some_and(|w| w.is("ago") || w.is("earlier"))
        {
            2
        } else {
            0
        };
        let d = i + c + 1 + hedge;
        let dir = tok(tokens, d).map(Token::lower);
        // "13 days after the bombing": counted from another event, not from the document's
        // date, so it is a duration ("13 days") and "after" is not part of it.
        let relative_to_event = (matches!(dir.as_deref(), Some("after" | "before"))
            && tok(tokens, d + 1).is_some_and(|n| n.kind != TokenKind::Punct))
            || dir.as_deref() == Some("later");
        let sign = match dir.as_deref() {
            _ if relative_to_event => None,
            Some("ago" | "earlier" | "before" | "previously") => Some(-1),
            Some("later" | "after" | "hence") if !matches!(prev, "for" | "over") => Some(1),
            _ => None,
        };
        let ul = u.lower();
        if let Some(sign) = sign {
            let years = match ul.trim_end_matches('s') {
                "decade" => Some(10),
                "century" | "centurie" => Some(100),
                _ => None,
            };
            let anchor = if ul.starts_with("day") {
                Some(TimeAnchor::DayOffset(sign * n))
            } else if let Some(y) = years {
                Some(TimeAnchor::UnitOffset {
                    unit: Unit::Year,
                    offset: (sign * n * y) as i32,
                })
            } else if let Some((unit, _)) = unit_of(u.text) {
                Some(TimeAnchor::UnitOffset {
                    unit,
                    offset: (sign * n) as i32,
                })
            } else {
                None
            };
            if anchor.is_some() {
                return Some((d + 1 - i, TimexType::Date, anchor));
            }
        }
        // "a minute and a half", "an hour and a half".
        if word_is(tokens, i + c + 1, "and")
            && tok(tokens, i + c + 2).is_some_and(|a| a.is("a"))
            && word_is(tokens, i + c + 3, "half")
        {
            return Some((c + 4, TimexType::Duration, None));
        }
        return Some((c + 1, TimexType::Duration, None));
    }
    // "30-year", "16-hour": a number, a hyphen and a unit.
    if t.kind == TokenKind::Number
        && t.text.bytes().all(|b| b.is_ascii_digit())
        && word_is(tokens, i + 1, "-")
        && adjacent(tokens, i)
        && adjacent(tokens, i + 1)
        && tok(tokens, i + 2).is_some_and(|u| is_duration_unit(u.text) && !u.text.ends_with('s'))
    {
        return Some((3, TimexType::Duration, None));
    }
    // "four-year", "90-day": hyphenated durations.
    if let Some((num, unit)) = t.text.split_once('-')
        && (number_word(num).is_some()
            || num.bytes().all(|b| b.is_ascii_digit()) && !num.is_empty())
        && is_duration_unit(unit.split('-').next().unwrap_or(""))
    {
        return Some((1, TimexType::Duration, None));
    }
    // Sets: "every week", "each year", "weekly".
    if matches!(l.as_str(), "every" | "each")
        && tok(tokens, i + 1)
            .is_some_and(|u| is_duration_unit(u.text) || weekday_of(u.text).is_some())
    {
        return Some((2, TimexType::Set, None));
    }
    if matches!(
        l.as_str(),
        "daily" | "weekly" | "monthly" | "annually" | "yearly"
    ) {
        return Some((1, TimexType::Set, None));
    }

    // Holidays.
    if let Some(m) = holiday_at(tokens, i) {
        return Some(m);
    }

    // Years, decades, ranges, approximate years.
    if matches!(l.as_str(), "between" | "from")
        && let Some(a) = tok(tokens, i + 1).and_then(year_num)
        && tok(tokens, i + 2).is_some_and(|c| {
            matches!(
                c.lower().as_str(),
                "and" | "to" | "until" | "through" | "-" | "–"
            )
        })
        && let Some(b) = tok(tokens, i + 3).and_then(year_num)
        && b >= a
        && let (Some(from), Some(to)) = (DateValue::year(a), DateValue::year(b))
    {
        return Some((
            4,
            TimexType::Date,
            Some(TimeAnchor::Range {
                from: Box::new(TimeAnchor::Absolute(from)),
                to: Box::new(TimeAnchor::Absolute(to)),
            }),
        ));
    }
    if let Some(y) = year_num(t) {
        if prev == "$" || prev == "#" || prev == "€" || prev == "£" {
            return None;
        }
        if tok(tokens, i + 1)
            .is_some_and(|n| n.text == "%" || QUANTITY_NOUNS.contains(&n.lower().as_str()))
        {
            return None;
        }
        if i >= 2
            && prev == ","
            && tok(tokens, i - 2).is_some_and(|p| p.kind == TokenKind::Number)
            && t.text.len() == 3
        {
            return None;
        }
        // "2014-2022", "2014–22"
        if tok(tokens, i + 1).is_some_and(|d| matches!(d.text, "-" | "–"))
            && adjacent(tokens, i)
            && let Some(b) = tok(tokens, i + 2)
            && adjacent(tokens, i + 1)
            && let Some(by) = year_num(b).or_else(|| {
                (b.kind == TokenKind::Number && b.text.len() == 2)
                    .then(|| b.text.parse::<i32>().ok().map(|yy| y / 100 * 100 + yy))
                    .flatten()
            })
            && by > y
            && let (Some(from), Some(to)) = (DateValue::year(y), DateValue::year(by))
        {
            return Some((
                3,
                TimexType::Date,
                Some(TimeAnchor::Range {
                    from: Box::new(TimeAnchor::Absolute(from)),
                    to: Box::new(TimeAnchor::Absolute(to)),
                }),
            ));
        }
        let mut v = DateValue::year(y)?;
        if matches!(
            prev,
            "early"
                | "late"
                | "mid"
                | "around"
                | "circa"
                | "c"
                | "about"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
        ) {
            v.approximate = true;
        }
        return Some((1, TimexType::Date, Some(TimeAnchor::Absolute(v))));
    }
    if let Some(dec) = decade_num(t)
        && let (Some(a), Some(b)) = (DateValue::year(dec), DateValue::year(dec + 9))
    {
        return Some((
            1,
            TimexType::Date,
            Some(TimeAnchor::Absolute(DateValue::range(&a, &b))),
        ));
    }
    // "mid-2022"
    if let Some(rest) = l
        .strip_prefix("mid-")
        .or_else(|| l.strip_prefix("early-"))
        .or_else(|| l.strip_prefix("late-"))
        && let Ok(y) = rest.parse::<i32>()
        && (1800..=2199).contains(&y)
        && let Some(mut v) = DateValue::year(y)
    {
        v.approximate = true;
        return Some((1, TimexType::Date, Some(TimeAnchor::Absolute(v))));
    }
    // "mid-November", "early-1990s".
    if let Some((head, rest)) = t.text.split_once('-')
        && matches!(
            ascii_lower(head, &mut [0u8; 24]),
            Some("mid" | "early" | "late")
        )
    {
        if let Some(month) = month_of(rest).filter(|_| is_full_month(rest)) {
            return Some((
                1,
                TimexType::Date,
                Some(TimeAnchor::MonthOnly {
                    month,
                    direction: month_direction(tokens, i),
                }),
            ));
        }
        if let Some(dec) = rest
            .strip_suffix('s')
            .filter(|d| d.len() == 4 && d.ends_with('0'))
            .and_then(|d| d.parse::<i32>().ok())
            .filter(|y| (1800..=2190).contains(y))
            && let (Some(a), Some(b)) = (DateValue::year(dec), DateValue::year(dec + 9))
        {
            let mut v = DateValue::range(&a, &b);
            v.approximate = true;
            return Some((1, TimexType::Date, Some(TimeAnchor::Absolute(v))));
        }
    }
    // Vague present reference.
    if matches!(l.as_str(), "now" | "currently" | "nowadays") {
        return Some((1, TimexType::Date, None));
    }
    // Times of day (merged into an adjacent day later).
    time_at(tokens, i)
}

fn holiday_at(tokens: &[Token<'_>], i: usize) -> Option<Match> {
    let t = tok(tokens, i)?;
    let l = t.lower();
    let next = tok(tokens, i + 1).map(Token::lower);
    let next = next.as_deref().unwrap_or("");
    // Holidays on a weekday of a month: (name, month, weekday, nth, days after, tokens).
    let floating = match (l.as_str(), next) {
        ("thanksgiving", "day") => Some(("Thanksgiving", 11, Weekday::Thu, 4, 0, 2)),
        ("thanksgiving", _) => Some(("Thanksgiving", 11, Weekday::Thu, 4, 0, 1)),
        ("labor", "day") => Some(("Labor Day", 9, Weekday::Mon, 1, 0, 2)),
        ("memorial", "day") => Some(("Memorial Day", 5, Weekday::Mon, -1, 0, 2)),
        ("election", "day") => Some(("Election Day", 11, Weekday::Mon, 1, 1, 2)),
        _ => None,
    };
    if let Some((name, month, weekday, nth, plus_days, n)) = floating
        && t.is_capitalised()
        && tok(tokens, i + n - 1).is_some_and(Token::is_capitalised)
    {
        let direction = match i.checked_sub(1).and_then(|p| tok(tokens, p)) {
            Some(p) if p.is("last") || p.is("past") => Direction::Past,
            Some(p) if p.is("next") || p.is("coming") => Direction::Future,
            _ => dir_for(tokens, i),
        };
        return Some((
            n,
            TimexType::Date,
            Some(TimeAnchor::NthWeekday {
                name: name.to_owned(),
                month,
                weekday,
                nth,
                plus_days,
                direction,
            }),
        ));
    }
    let (name, month, day, n) = match (l.as_str(), next) {
        ("christmas", "eve") => ("Christmas Eve", 12, 24, 2),
        ("christmas", "day") => ("Christmas Day", 12, 25, 2),
        ("christmas", _) => ("Christmas", 12, 25, 1),
        ("new", "year's") if word_is(tokens, i + 2, "eve") => ("New Year's Eve", 12, 31, 3),
        ("new", "year's") if word_is(tokens, i + 2, "day") => ("New Year's Day", 1, 1, 3),
        ("boxing", "day") => ("Boxing Day", 12, 26, 2),
        ("halloween", _) => ("Halloween", 10, 31, 1),
        ("valentine's", "day") => ("Valentine's Day", 2, 14, 2),
        _ => return None,
    };
    if !t.is_capitalised() {
        return None;
    }
    if let Some(y) = tok(tokens, i + n).and_then(year_num)
        && let Some(date) = NaiveDate::from_ymd_opt(y, month, day)
    {
        return Some((
            n + 1,
            TimexType::Date,
            Some(TimeAnchor::Absolute(DateValue::day(date))),
        ));
    }
    Some((
        n,
        TimexType::Date,
        Some(TimeAnchor::Holiday {
            name: name.to_owned(),
            month,
            day,
            direction: dir_for(tokens, i),
        }),
    ))
}

/// "3 p.m.", "3pm", "14:30", "10:30 a.m.".
fn time_at(tokens: &[Token<'_>], i: usize) -> Option<Match> {
    let t = tok(tokens, i)?;
    // "noon Thursday", "midnight Friday", "at midday".
    let named = if t.is("noon") || t.is("midday") {
        NaiveTime::from_hms_opt(12, 0, 0)
    } else if t.is("midnight") {
        NaiveTime::from_hms_opt(0, 0, 0)
    } else {
        None
    };
    if let Some(time) = named {
        return Some((
            1,
            TimexType::Time,
            Some(TimeAnchor::WithTime {
                day: Box::new(TimeAnchor::DayOffset(0)),
                time,
            }),
        ));
    }
    if t.kind != TokenKind::Number {
        return None;
    }
    let lower = t.text.to_ascii_lowercase();
    let (num, mut meridiem) = if let Some(n) = lower.strip_suffix("pm") {
        (n.to_owned(), Some(true))
    } else if let Some(n) = lower.strip_suffix("am") {
        (n.to_owned(), Some(false))
    } else {
        (lower.clone(), None)
    };
    let (h, m) = match num.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (num.parse::<u32>().ok()?, 0),
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
        return None;
    }
    let h = match meridiem {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    let time = NaiveTime::from_hms_opt(h, m, 0)?;
    // "4 a.m. EDT", "5 p.m. EST": the time zone belongs to the time.
    if tok(tokens, i + n).is_some_and(|z| {
        matches!(
            z.text,
            "EST"
                | "EDT"
                | "CST"
                | "CDT"
                | "MST"
                | "MDT"
                | "PST"
                | "PDT"
                | "GMT"
                | "UTC"
                | "BST"
                | "CET"
                | "CEST"
        )
    }) {
        n += 1;
    }
    // Time anchors are kept in the anchor slot as a WithTime over "today" and merged later.
    Some((
        n,
        TimexType::Time,
        Some(TimeAnchor::WithTime {
            day: Box::new(TimeAnchor::DayOffset(0)),
            time,
        }),
    ))
}

/// Merges a time of day with an adjacent day expression ("Tuesday at 3 p.m.", "at 3 p.m. on
/// Tuesday").
fn merge_times(list: Vec<Timex>) -> Vec<Timex> {
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
        if was_bare
            && tx.kind == TimexType::Date
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

fn is_day_anchor(a: Option<&TimeAnchor>) -> bool {
    match a {
        Some(TimeAnchor::Absolute(d)) => d.precision == crate::model::Precision::Day,
        Some(
            TimeAnchor::Weekday { .. }
            | TimeAnchor::DayOffset(_)
            | TimeAnchor::MonthDay { .. }
            | TimeAnchor::Holiday { .. },
        ) => true,
        _ => false,
    }
}

type ExtraMatch = (usize, TimexType, Option<TimeAnchor>, Extra);

fn ordinal_quarter(w: &str) -> Option<u32> {
    Some(match ascii_lower(w, &mut [0u8; 24])? {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        _ => return None,
    })
}

fn season_code(w: &str) -> Option<&'static str> {
    Some(match ascii_lower(w, &mut [0u8; 24])? {
        "spring" => "-SP",
        "summer" => "-SU",
        "fall" | "autumn" => "-FA",
        "winter" => "-WI",
        _ => return None,
    })
}

fn day_part_code(w: &str) -> Option<&'static str> {
    Some(match ascii_lower(w, &mut [0u8; 24])? {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        "night" => "TNI",
        _ => return None,
    })
}

/// The sentence talks about fiscal quarters (then "a year ago" means that quarter a year ago).
fn mentions_quarter(tokens: &[Token<'_>]) -> bool {
    tokens.iter().any(|t| {
        let l = t.lower();
        l.ends_with("quarter") || l.ends_with("quarters")
    })
}

/// Expressions whose value is more than an anchor: quarters, seasons, parts of days,
/// vague references ("recently", "the future"), weekends and vague durations.
#[allow(clippy::too_many_lines, reason = "split in issue 16 part 1/14")]
fn match_extra(tokens: &[Token<'_>], i: usize) -> Option<ExtraMatch> {
    let t = tok(tokens, i)?;
    // "the 20th century", "the 11th century": the century's two leading digits.
    if t.kind == TokenKind::Number
        && let Some(n) = t
            .text
            .strip_suffix("th")
            .or_else(|| t.text.strip_suffix("st"))
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|n| (1..=21).contains(n))
        && word_is(tokens, i + 1, "century")
    {
        return Some((
            2,
            TimexType::Date,
            None,
            Extra::Fixed(format!("{:02}", n - 1)),
        ));
    }
    // "20 more years", "two more weeks".
    if (t.kind == TokenKind::Number || number_word(t.text).is_some())
        && word_is(tokens, i + 1, "more")
        && let Some((code, time, mult)) =
            tok(tokens, i + 2).and_then(|u| duration_unit_code(u.text))
    {
        let count = number_word(t.text).or_else(|| t.text.parse::<i64>().ok());
        if let Some(c) = count {
            let v = period(c * mult, code, time);
            return Some((3, TimexType::Duration, None, Extra::Fixed(v)));
        }
    }
    // "two to three weeks", "12 to 18 months": one span, valued by its lower bound.
    let count_of = |w: &Token<'_>| {
        number_word(w.text).or_else(|| {
            (w.kind == TokenKind::Number)
                .then(|| w.text.parse::<i64>().ok())
                .flatten()
        })
    };
    if let Some(lo) = count_of(t)
        && word_is(tokens, i + 1, "to")
        && tok(tokens, i + 2).and_then(count_of).is_some()
        && let Some(u) = tok(tokens, i + 3)
        && u.text.ends_with('s')
        && let Some((code, time, mult)) = duration_unit_code(u.text)
    {
        let n = lo * mult;
        let v = period(n, code, time);
        return Some((4, TimexType::Duration, None, Extra::Fixed(v)));
    }
    // "5 1/2 hours", "2 1/2 years": a whole number and a half.
    if t.kind == TokenKind::Number
        && let Ok(whole) = t.text.parse::<i64>()
        && word_is(tokens, i + 1, "1")
        && word_is(tokens, i + 2, "/")
        && word_is(tokens, i + 3, "2")
        && adjacent(tokens, i + 1)
        && adjacent(tokens, i + 2)
        && let Some(u) = tok(tokens, i + 4)
        && let Some((code, time, mult)) = duration_unit_code(u.text)
    {
        let v = with_half(whole * mult, code, time, mult);
        return Some((5, TimexType::Duration, None, Extra::Fixed(v)));
    }
    // "January nineteen ninety-seven": a month of a spoken year.
    if t.is_capitalised()
        && let Some(m) = month_of(t.text).filter(|_| is_full_month(t.text))
        && let Some(y) = spoken_year(tokens, i + 1)
    {
        return Some((
            3,
            TimexType::Date,
            None,
            Extra::Fixed(format!("{y}-{m:02}")),
        ));
    }
    // "three years later", "two days later": a date counted from the one named before.
    if let Some((count, c)) = count_at(tokens, i)
        && let Some(u) = tok(tokens, i + c)
        && word_is(tokens, i + c + 1, "later")
        && !word_is(tokens, i + c + 2, "than")
        && let Ok(count) = i32::try_from(count)
    {
        let unit = match u.lower().trim_end_matches('s') {
            "day" => Some((None, 1)),
            "week" => Some((Some(Unit::Week), 1)),
            "month" => Some((Some(Unit::Month), 1)),
            "year" => Some((Some(Unit::Year), 1)),
            "decade" => Some((Some(Unit::Year), 10)),
            _ => None,
        };
        if let Some((unit, mult)) = unit
            && let Some(value) = tokens
                .get(i..i + c + 1)
                .and_then(|ts| duration_value(ts, TimexType::Duration))
        {
            // TimeML marks the length ("three years") and leaves "later" as a signal.
            return Some((
                c + 1,
                TimexType::Duration,
                None,
                Extra::LaterBy {
                    unit,
                    offset: count * mult,
                    value,
                },
            ));
        }
    }
    // No other rule here starts with a number or a month: leave those to `match_at`.
    if t.kind != TokenKind::Word || month_of(t.text).is_some() {
        return None;
    }
    let l = t.lower();
    let next = tok(tokens, i + 1).map(Token::lower);
    let next = next.as_deref().unwrap_or("");
    let fixed =
        |n: usize, kind: TimexType, v: &str| Some((n, kind, None, Extra::Fixed(v.to_owned())));
    let unit_offset = |n: usize, unit: Unit, offset: i32| {
        Some((
            n,
            TimexType::Date,
            Some(TimeAnchor::UnitOffset { unit, offset }),
            Extra::None,
        ))
    };
    let after = |k: usize| tok(tokens, i + k).map(Token::lower);
    let after2 = after(2);
    let after2 = after2.as_deref().unwrap_or("");

    // Counted from the story's own time, the last date it named (see `link_mentions`):
    // "the next morning", "the following year", "the next day", "later that year", "earlier
    // that day", "that same day".
    let mention = |n: usize, kind: TimexType, unit: Option<Unit>, offset: i32, suffix| {
        let fallback = match unit {
            Some(unit) => TimeAnchor::UnitOffset { unit, offset },
            None => TimeAnchor::DayOffset(i64::from(offset)),
        };
        Some((
            n,
            kind,
            None,
            Extra::Mention {
                unit,
                offset,
                suffix,
                fallback,
            },
        ))
    };
    if l == "the" && matches!(next, "next" | "following" | "previous") {
        let offset = if next == "previous" { -1 } else { 1 };
        if let Some(code) = day_part_code(after2) {
            return mention(3, TimexType::Time, None, offset, code);
        }
        if after2 == "day" {
            return mention(3, TimexType::Date, None, offset, "");
        }
    }
    if l == "following"
        && let Some((unit, _)) = tok(tokens, i + 1)
            .filter(|u| !u.text.ends_with('s'))
            .and_then(|u| unit_of(u.text))
        && !word_is(tokens, i + 1, "day")
    {
        return mention(2, TimexType::Date, Some(unit), 1, "");
    }
    if l == "that" && next == "same" && after2 == "day" {
        return mention(3, TimexType::Date, None, 0, "");
    }
    // "the previous Friday": the one before a day the story has already named.
    if l == "the"
        && next == "previous"
        && tok(tokens, i + 2).is_some_and(|w| weekday_of(w.text).is_some() && w.is_capitalised())
    {
        return fixed(3, TimexType::Date, "XXXX-XX-XX");
    }
    // "the day before last Tuesday", "the day after Christmas": one day off another date.
    if l == "the"
        && next == "day"
        && matches!(after2, "before" | "after")
        && let Some((n, TimexType::Date, Some(base))) = match_at(tokens, i + 3)
    {
        let anchor = TimeAnchor::FromMention {
            base: Box::new(base),
            unit: None,
            offset: if after2 == "before" { -1 } else { 1 },
        };
        return Some((3 + n, TimexType::Date, Some(anchor), Extra::None));
    }
    // "later that year", "earlier that day": a time the story has named before.
    if matches!(l.as_str(), "later" | "earlier")
        && next == "that"
        && let Some((unit, _)) =
            unit_of(after2).or_else(|| (after2 == "day").then_some((Unit::Week, 0)))
    {
        let unit = (after2 != "day").then_some(unit);
        return mention(3, TimexType::Date, unit, 0, "");
    }
    // "in the weeks before the shooting", "in the years that followed": a vague time counted
    // from an event; TimeML marks the unit word.
    if matches!(l.as_str(), "days" | "weeks" | "months" | "years")
        && i.checked_sub(1).is_some_and(|p| word_is(tokens, p, "the"))
        && (matches!(next, "before" | "after" | "following")
            || (next == "that" && word_is(tokens, i + 2, "followed")))
    {
        return Some((
            1,
            TimexType::Date,
            None,
            Extra::Fixed("XXXX-XX-XX".to_owned()),
        ));
    }
    // "this decade": the decade of the reference date.
    if l == "this" && next == "decade" {
        return Some((2, TimexType::Date, None, Extra::Decade));
    }
    // "this century": the hundred years to now.
    if l == "this" && next == "century" {
        return fixed(2, TimexType::Duration, "P100Y");
    }
    // "an additional year".
    if l == "an"
        && next == "additional"
        && tok(tokens, i + 2).is_some_and(|u| is_duration_unit(u.text) && !u.text.ends_with('s'))
    {
        return Some((3, TimexType::Duration, None, Extra::None));
    }
    // "a while", "some time": an unknown length.
    // ("some time Friday morning" is a hedge on the day that follows, not a length.)
    let hedges_a_day = tok(tokens, i + 2).is_some_and(|w| {
        weekday_of(w.text).is_some()
            || month_of(w.text).is_some() && w.is_capitalised()
            || matches!(
                w.lower().as_str(),
                "next" | "last" | "this" | "today" | "tomorrow" | "tonight" | "soon" | "later"
            )
    });
    if (l == "a" && next == "while") || (l == "some" && next == "time" && !hedges_a_day) {
        let v = if l == "a" { "PXX" } else { "PXM" };
        return Some((2, TimexType::Duration, None, Extra::Fixed(v.to_owned())));
    }
    // "mid-afternoon", "mid afternoon (yesterday)".
    if let Some(code) = l
        .strip_prefix("mid-")
        .and_then(day_part_code)
        .or_else(|| (l == "mid").then(|| day_part_code(next)).flatten())
    {
        let n = if l == "mid" { 2 } else { 1 };
        let day = match after(n).as_deref() {
            Some("yesterday") => Some(TimeAnchor::DayOffset(-1)),
            Some("today") => Some(TimeAnchor::DayOffset(0)),
            Some("tomorrow") => Some(TimeAnchor::DayOffset(1)),
            _ => None,
        };
        return match day {
            Some(base) => Some((
                n + 1,
                TimexType::Time,
                Some(base.clone()),
                Extra::Suffixed { base, suffix: code },
            )),
            None => Some((
                n,
                TimexType::Time,
                None,
                Extra::Suffixed {
                    base: TimeAnchor::DayOffset(0),
                    suffix: code,
                },
            )),
        };
    }
    // "every six hours", "every two weeks", "every half hour", "every other week", "every
    // night": sets with a period or a part of day.
    if l == "every" {
        let set = |n: usize, v: String| Some((n, TimexType::Set, None, Extra::Fixed(v)));
        let every = |count: i64, unit: &str| {
            duration_unit_code(unit).map(|(code, time, mult)| period(count * mult, code, time))
        };
        if let Some((count, c)) = count_at(tokens, i + 1).filter(|(n, _)| *n > 1)
            && let Some(u) = tok(tokens, i + 1 + c).filter(|u| u.text.ends_with('s'))
            && let Some(v) = every(count, u.text)
        {
            return set(c + 2, v);
        }
        if next == "other"
            && let Some(v) = tok(tokens, i + 2).and_then(|u| every(2, u.text))
        {
            return set(3, v);
        }
        if matches!(next, "few" | "several")
            && let Some((code, time, _)) = tok(tokens, i + 2)
                .filter(|u| u.text.ends_with('s'))
                .and_then(|u| duration_unit_code(u.text))
        {
            return set(3, period("X", code, time));
        }
        if next == "half" && after2 == "hour" {
            return set(3, "PT30M".to_owned());
        }
        if let Some(code) = day_part_code(next) {
            return set(2, format!("XXXX-XX-XX{code}"));
        }
    }
    // "twice a year", "three times a week", "once a month": a set by its period.
    {
        let (times, k) = match l.as_str() {
            "once" | "twice" => (true, 1),
            _ if number_word(&l).is_some_and(|n| n > 1) && next == "times" => (true, 2),
            _ => (false, 0),
        };
        // "twice daily", "three times weekly".
        if times
            && let Some(code) = after(k).and_then(|w| match w.as_str() {
                "daily" => Some("P1D"),
                "weekly" => Some("P1W"),
                "monthly" => Some("P1M"),
                "annually" | "yearly" => Some("P1Y"),
                _ => None,
            })
        {
            return fixed(k + 1, TimexType::Set, code);
        }
        if times
            && matches!(after(k).as_deref(), Some("a" | "per" | "each" | "every"))
            && let Some((code, time, mult)) = after(k + 1)
                .filter(|u| !u.ends_with('s'))
                .and_then(|u| duration_unit_code(&u))
        {
            let v = period(mult, code, time);
            return Some((k + 2, TimexType::Set, None, Extra::Fixed(v)));
        }
    }
    // "for another year", "another century".
    if l == "another"
        && tok(tokens, i + 1).is_some_and(|u| is_duration_unit(u.text) && !u.text.ends_with('s'))
    {
        return Some((2, TimexType::Duration, None, Extra::None));
    }
    // "quarterly" as an adverb ("reassessed quarterly."), not "quarterly results".
    if l == "quarterly"
        && tok(tokens, i + 1).is_none_or(|n| {
            n.kind == TokenKind::Punct
                || matches!(
                    n.lower().as_str(),
                    "and" | "or" | "but" | "in" | "on" | "at" | "to" | "from" | "since" | "until"
                )
        })
    {
        return fixed(1, TimexType::Set, "P3M");
    }
    // "on Tuesdays", "Wednesday nights": every such day (or part of it).
    if t.is_capitalised() {
        let plural_day = t
            .text
            .strip_suffix('s')
            .and_then(weekday_of)
            .filter(|_| !t.text.ends_with("'s"));
        if let Some(wd) = plural_day {
            return fixed(
                1,
                TimexType::Set,
                &format!("XXXX-WXX-{}", wd.number_from_monday()),
            );
        }
        if let Some(wd) = weekday_of(t.text)
            && let Some(code) = next.strip_suffix('s').and_then(day_part_code)
        {
            return fixed(
                2,
                TimexType::Set,
                &format!("XXXX-WXX-{}{code}", wd.number_from_monday()),
            );
        }
    }
    // "each July", "every quarter": sets.
    if matches!(l.as_str(), "each" | "every") {
        if let Some(m) = tok(tokens, i + 1)
            .filter(|w| w.is_capitalised() && is_full_month(w.text))
            .and_then(|w| month_of(w.text))
        {
            return fixed(2, TimexType::Set, &format!("XXXX-{m:02}"));
        }
        if next == "quarter" {
            return fixed(2, TimexType::Set, "P1Q");
        }
    }
    if l == "hourly" {
        return fixed(1, TimexType::Set, "PT1H");
    }
    // "day-long", "decades-long": a length as an adjective.
    if let Some(u) = l.strip_suffix("-long")
        && let Some((code, time, mult)) = duration_unit_code(u)
    {
        let n = if u.ends_with('s') {
            "X".to_owned()
        } else {
            mult.to_string()
        };
        let v = period(n, code, time);
        return Some((1, TimexType::Duration, None, Extra::Fixed(v)));
    }
    // "the near future", "the near term", "the short term": some time ahead.
    if l == "the"
        && (matches!(
            (next, after2),
            ("near", "future" | "term") | ("short", "term")
        ))
    {
        return fixed(3, TimexType::Date, "FUTURE_REF");
    }
    // "this quarter", "that quarter": the quarter being reported.
    if matches!(l.as_str(), "this" | "that") && next == "quarter" {
        return Some((
            2,
            TimexType::Date,
            None,
            Extra::Quarter {
                quarter: None,
                year_offset: 0,
            },
        ));
    }
    // "year-end", "year end", "year's end", "the end of the year", "the end of the month".
    if l == "year-end" {
        // "by year-end", "since year-end": the year's last day (the one just past after
        // "since").
        let prev = i
            .checked_sub(1)
            .and_then(|p| tok(tokens, p))
            .map(Token::lower);
        if let Some(p) = prev.as_deref()
            && matches!(
                p,
                "by" | "since" | "at" | "until" | "before" | "after" | "through"
            )
        {
            let base = TimeAnchor::UnitOffset {
                unit: Unit::Year,
                offset: if p == "since" { -1 } else { 0 },
            };
            return Some((
                1,
                TimexType::Date,
                Some(base.clone()),
                Extra::Suffixed {
                    base,
                    suffix: "-12-31",
                },
            ));
        }
        return unit_offset(1, Unit::Year, 0);
    }
    if l == "year" && next == "end" && !word_is(tokens, i + 2, "of") {
        return unit_offset(2, Unit::Year, 0);
    }
    if l == "year" && matches!(next, "'s" | "’s") && after2 == "end" {
        return unit_offset(3, Unit::Year, 0);
    }
    // "for the week", "the week's most active session": some week of the reference year.
    if l == "the"
        && next == "week"
        && !matches!(
            after2,
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
        return Some((
            2,
            TimexType::Date,
            None,
            Extra::Suffixed {
                base: TimeAnchor::UnitOffset {
                    unit: Unit::Year,
                    offset: 0,
                },
                suffix: "-WXX",
            },
        ));
    }
    // "months ago", "years ago": some time back.
    if next == "ago"
        && l.ends_with('s')
        && duration_unit_code(l.as_str()).is_some()
        && !i
            .checked_sub(1)
            .and_then(|p| tok(tokens, p))
            .is_some_and(|p| p.kind == TokenKind::Number || number_word(p.text).is_some())
    {
        return fixed(2, TimexType::Date, "PAST_REF");
    }
    // "the past decade", "the last decade": the ten years to now.
    if l == "the" && matches!(next, "past" | "last") && after2 == "decade" {
        return fixed(3, TimexType::Duration, "P10Y");
    }
    // "the winter of 1994", "the summer of nineteen ninety-six".
    if l == "the"
        && let Some(code) = season_code(next)
        && word_is(tokens, i + 2, "of")
    {
        // The year anchors it for the timeline; the value names the season.
        let of_year = |n: usize, y: i32| {
            Some((
                n,
                TimexType::Date,
                DateValue::year(y).map(TimeAnchor::Absolute),
                Extra::Fixed(format!("{y}{code}")),
            ))
        };
        if let Some(y) = tok(tokens, i + 3).and_then(year_num) {
            return of_year(4, y);
        }
        if let Some(y) = spoken_year(tokens, i + 3) {
            return of_year(5, y);
        }
    }
    // "this past spring": the last spring before the reference date.
    if l == "this"
        && next == "past"
        && let Some(code) = season_code(after2)
    {
        return Some((3, TimexType::Date, None, Extra::PastSeason(code)));
    }
    // "the first half of 1990", "the last half of 1989", "the first two quarters of 1990".
    if l == "the" {
        let (half, k) = match (next, after2) {
            ("first", "half") => (1, 3),
            ("second" | "last" | "latter", "half") => (2, 3),
            ("first", "two") if word_is(tokens, i + 3, "quarters") => (1, 4),
            ("last", "two") if word_is(tokens, i + 3, "quarters") => (2, 4),
            _ => (0, 0),
        };
        if half > 0
            && word_is(tokens, i + k, "of")
            && let Some(y) = tok(tokens, i + k + 1).and_then(year_num)
        {
            return Some((
                k + 2,
                TimexType::Date,
                DateValue::year(y).map(TimeAnchor::Absolute),
                Extra::Fixed(format!("{y}-H{half}")),
            ));
        }
        // "in the first half": of the reference year.
        if half > 0 && k == 3 && !word_is(tokens, i + k, "of") {
            return Some((
                3,
                TimexType::Date,
                None,
                Extra::Suffixed {
                    base: TimeAnchor::UnitOffset {
                        unit: Unit::Year,
                        offset: 0,
                    },
                    suffix: if half == 1 { "-H1" } else { "-H2" },
                },
            ));
        }
    }
    // "the week of March 6": the week holding that day.
    if l == "the"
        && next == "week"
        && after2 == "of"
        && let Some((n, TimexType::Date, Some(anchor))) = match_at(tokens, i + 3)
        && matches!(
            anchor,
            TimeAnchor::MonthDay { .. } | TimeAnchor::Absolute(_)
        )
    {
        return Some((
            3 + n,
            TimexType::Date,
            Some(anchor.clone()),
            Extra::IsoWeekOf(anchor),
        ));
    }
    // "the summer", "the early summer": that season of the reference year.
    if l == "the" {
        let k = if matches!(next, "early" | "late") {
            2
        } else {
            1
        };
        if let Some(code) = tok(tokens, i + k)
            .filter(|w| w.is("summer") || w.is("winter") || w.is("spring"))
            .and_then(|w| season_code(w.text))
            && !word_is(tokens, i + k + 1, "of")
        {
            // The one under way or just past ("the summer brought 41 heat alerts"), or the
            // next one ahead ("drift into the summer").
            let ahead = clause_points_ahead(tokens, i);
            return Some((k + 1, TimexType::Date, None, Extra::Season { code, ahead }));
        }
    }
    // "these days": the present.
    if l == "these" && next == "days" {
        return fixed(2, TimexType::Date, "PRESENT_REF");
    }
    // "(the) coming months", "the weeks ahead": some time ahead.
    if l == "coming"
        && next.ends_with('s')
        && (duration_unit_code(next).is_some() || next == "quarters")
    {
        return fixed(2, TimexType::Date, "FUTURE_REF");
    }
    if l == "the"
        && next.ends_with('s')
        && duration_unit_code(next).is_some()
        && after2 == "ahead"
        && let Some((code, time, _)) = duration_unit_code(next)
    {
        let v = period("X", code, time);
        return fixed(3, TimexType::Duration, &v);
    }
    // "a couple of years", "the next couple of years".
    if matches!(l.as_str(), "couple")
        && next == "of"
        && let Some((code, time, mult)) = duration_unit_code(after2)
    {
        let v = period(2 * mult, code, time);
        return fixed(3, TimexType::Duration, &v);
    }
    if l == "the"
        && next == "end"
        && after2 == "of"
        && word_is(tokens, i + 3, "the")
        && let Some(u) = tok(tokens, i + 4)
    {
        if u.is("year") {
            return unit_offset(5, Unit::Year, 0);
        }
        if u.is("month") {
            return unit_offset(5, Unit::Month, 0);
        }
    }
    // "the fiscal year", "the full year", "the current (fiscal) year", "the year": the
    // reference year.
    if l == "the" {
        let mut k = 1;
        if matches!(next, "current" | "full" | "latest") {
            k += 1;
        }
        if word_is(tokens, i + k, "fiscal") {
            k += 1;
        }
        // "the year ended March 31", "the fiscal year ending June 30": a year's length.
        if word_is(tokens, i + k, "year")
            && tok(tokens, i + k + 1).is_some_and(|w| w.is("ended") || w.is("ending"))
        {
            return fixed(k + 1, TimexType::Duration, "P1Y");
        }
        if word_is(tokens, i + k, "year")
            && !tok(tokens, i + k + 1).is_some_and(|w| {
                w.kind == TokenKind::Number
                    || number_word(w.text).is_some()
                    || w.is("ago")
                    || w.is("earlier")
                    || w.is("before")
            })
        {
            return unit_offset(k + 1, Unit::Year, 0);
        }
    }
    // "the nineties", "the eighties".
    if l == "the"
        && let Some(d) = match next {
            "twenties" => Some(2),
            "thirties" => Some(3),
            "forties" => Some(4),
            "fifties" => Some(5),
            "sixties" => Some(6),
            "seventies" => Some(7),
            "eighties" => Some(8),
            "nineties" => Some(9),
            _ => None,
        }
    {
        return fixed(2, TimexType::Date, &format!("19{d}"));
    }
    // "the past two quarters", "the next three quarters".
    if matches!(l.as_str(), "past" | "next" | "last" | "previous" | "coming")
        && let Some(n) = tok(tokens, i + 1).and_then(|w| number_word(w.text))
        && matches!(after2, "quarters")
    {
        return fixed(3, TimexType::Duration, &format!("P{n}Q"));
    }

    // Vague references.
    match l.as_str() {
        "recently" => return fixed(1, TimexType::Date, "PAST_REF"),
        "recent" if matches!(next, "years") => return fixed(2, TimexType::Date, "PAST_REF"),
        "recent" => {
            if let Some(u) = tok(tokens, i + 1).filter(|u| u.text.ends_with('s'))
                && let Some((code, time, _)) = duration_unit_code(u.text)
            {
                let v = period("X", code, time);
                return Some((2, TimexType::Duration, None, Extra::Fixed(v)));
            }
        }
        "the" if next == "future" => return fixed(2, TimexType::Date, "FUTURE_REF"),
        "the"
            if next == "past"
                && !tok(tokens, i + 2).is_some_and(|u| {
                    u.kind == TokenKind::Number
                        || number_word(u.text).is_some()
                        || is_duration_unit(u.text)
                        || matches!(u.lower().as_str(), "few" | "several" | "couple")
                }) =>
        {
            return fixed(2, TimexType::Date, "PAST_REF");
        }
        _ => {}
    }

    // Vague durations: "several years", "a few days", "many months".
    if matches!(l.as_str(), "several" | "few" | "many")
        && let Some(u) = tok(tokens, i + 1)
        && u.text.ends_with('s')
        && let Some((code, time, _)) = duration_unit_code(u.text)
    {
        // "several years ago": some time in the past.
        if word_is(tokens, i + 2, "ago") {
            return fixed(3, TimexType::Date, "PAST_REF");
        }
        let v = period("X", code, time);
        return Some((2, TimexType::Duration, None, Extra::Fixed(v)));
    }

    // "this year's third quarter", "next year's first quarter", "last year's quarter".
    if matches!(l.as_str(), "this" | "last" | "next")
        && next == "year"
        && tok(tokens, i + 2).is_some_and(|t| t.text == "'s" || t.text == "’s")
    {
        let year_offset = match l.as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        let mut k = i + 3;
        if word_is(tokens, k, "fiscal") {
            k += 1;
        }
        let w = tok(tokens, k).map(Token::lower);
        let w = w.as_deref().unwrap_or("");
        let (quarter, len) = if let Some(q) = w.strip_suffix("-quarter").and_then(ordinal_quarter) {
            (Some(q), k + 1 - i)
        } else if let Some(q) = ordinal_quarter(w).filter(|_| word_is(tokens, k + 1, "quarter")) {
            (Some(q), k + 2 - i)
        } else if w == "quarter" {
            (None, k + 1 - i)
        } else {
            (None, 0)
        };
        if len > 0 {
            return Some((
                len,
                TimexType::Date,
                None,
                Extra::Quarter {
                    quarter,
                    year_offset,
                },
            ));
        }
    }
    // "the year-ago third quarter", "the year-earlier second quarter".
    if l == "the"
        && matches!(next, "year-ago" | "year-earlier")
        && let Some(q) = tok(tokens, i + 2).and_then(|w| ordinal_quarter(&w.lower()))
        && word_is(tokens, i + 3, "quarter")
    {
        return Some((
            4,
            TimexType::Date,
            None,
            Extra::Quarter {
                quarter: Some(q),
                year_offset: -1,
            },
        ));
    }
    // Quarters: "third-quarter", "the third quarter (of 1990)", "the fiscal first quarter",
    // "the (latest) quarter", "the year-earlier quarter". A hyphenated "third-quarter" is an
    // adjective: "the" belongs to the noun after it ("the third-quarter results").
    let mut j = i;
    if l == "the" {
        j += 1;
    }
    if word_is(tokens, j, "fiscal") {
        j += 1;
    }
    let w = tok(tokens, j).map(Token::lower);
    let w = w.as_deref().unwrap_or("");
    let hyphen_quarter = w.strip_suffix("-quarter").and_then(ordinal_quarter);
    let spaced_quarter =
        ordinal_quarter(w).filter(|_| tok(tokens, j + 1).is_some_and(|q| q.is("quarter")));
    if hyphen_quarter.is_some() && l == "the" {
        return None;
    }
    if let Some(q) = hyphen_quarter.or(spaced_quarter) {
        let mut end = j + if hyphen_quarter.is_some() { 1 } else { 2 };
        if word_is(tokens, end, "of")
            && let Some(y) = tok(tokens, end + 1).and_then(year_num)
        {
            end += 2;
            return fixed(end - i, TimexType::Date, &format!("{y}-Q{q}"));
        }
        // "plans to begin in the third quarter": the next such quarter.
        if clause_points_ahead(tokens, i) {
            return Some((end - i, TimexType::Date, None, Extra::QuarterAhead(q)));
        }
        return Some((
            end - i,
            TimexType::Date,
            None,
            Extra::Quarter {
                quarter: Some(q),
                year_offset: 0,
            },
        ));
    }
    if l == "the" {
        let mut k = i + 1;
        let mut year_offset = 0;
        if next == "current" && word_is(tokens, i + 2, "quarter") {
            return Some((3, TimexType::Date, None, Extra::CurrentQuarter));
        }
        match next {
            "latest" | "recent" | "last" | "current" => k += 1,
            "year-earlier" | "year-ago" => {
                k += 1;
                year_offset = -1;
            }
            _ => {}
        }
        if tok(tokens, k).is_some_and(|q| q.is("quarter") || (q.is("period") && k > i + 1)) {
            return Some((
                k + 1 - i,
                TimexType::Date,
                None,
                Extra::Quarter {
                    quarter: None,
                    year_offset,
                },
            ));
        }
    }
    // "the 1988 quarter", "the 1989 period", "the 1988 second quarter".
    if l == "the"
        && let Some(y) = tok(tokens, i + 1).and_then(year_num)
    {
        if let Some(q) = tok(tokens, i + 2).and_then(|w| ordinal_quarter(w.text))
            && word_is(tokens, i + 3, "quarter")
        {
            return fixed(4, TimexType::Date, &format!("{y}-Q{q}"));
        }
        if word_is(tokens, i + 2, "quarter") || word_is(tokens, i + 2, "period") {
            return Some((3, TimexType::Date, None, Extra::QuarterOfYear(y)));
        }
    }
    if matches!(l.as_str(), "year-earlier" | "year-ago") && mentions_quarter(tokens) {
        return Some((
            1,
            TimexType::Date,
            None,
            Extra::Quarter {
                quarter: None,
                year_offset: -1,
            },
        ));
    }
    // "a year ago" / "a year earlier" in a sentence about quarters.
    if matches!(l.as_str(), "a" | "one")
        && next == "year"
        && tok(tokens, i + 2).is_some_and(|w| w.is("ago") || w.is("earlier"))
        && mentions_quarter(tokens)
    {
        return Some((
            3,
            TimexType::Date,
            None,
            Extra::Quarter {
                quarter: None,
                year_offset: -1,
            },
        ));
    }

    // Spoken years in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
    if let Some(y) = spoken_year(tokens, i) {
        return fixed(2, TimexType::Date, &y.to_string());
    }
    if l == "the"
        && next == "year"
        && word_is(tokens, i + 2, "two")
        && word_is(tokens, i + 3, "thousand")
    {
        return fixed(4, TimexType::Date, "2000");
    }
    // "for years", "within weeks", "for centuries": a vague duration.
    if let Some(p) = i.checked_sub(1).and_then(|p| tok(tokens, p))
        && (p.is("for") || p.is("within"))
        && t.text.ends_with('s')
        && let Some((code, time, _)) = duration_unit_code(t.text)
    {
        let v = period("X", code, time);
        return Some((1, TimexType::Duration, None, Extra::Fixed(v)));
    }

    // Seasons: "last fall", "this summer", "summer 1998".
    let (offset, k) = match l.as_str() {
        "last" | "past" => (Some(-1), i + 1),
        "this" => (Some(0), i + 1),
        "next" | "coming" => (Some(1), i + 1),
        _ => (None, i),
    };
    if let Some(code) = tok(tokens, k).and_then(|s| season_code(s.text)) {
        if let Some(y) = tok(tokens, k + 1).and_then(year_num) {
            return Some((
                k + 2 - i,
                TimexType::Date,
                DateValue::year(y).map(TimeAnchor::Absolute),
                Extra::Fixed(format!("{y}{code}")),
            ));
        }
        if let Some(off) = offset {
            return Some((
                k + 1 - i,
                TimexType::Date,
                None,
                Extra::Suffixed {
                    base: TimeAnchor::UnitOffset {
                        unit: Unit::Year,
                        offset: off,
                    },
                    suffix: code,
                },
            ));
        }
    }

    // Parts of days: "this morning", "last night", "tonight", "yesterday afternoon",
    // "Friday night".
    let day_part = |n: usize, base: TimeAnchor, suffix: &'static str| {
        Some((
            n,
            TimexType::Time,
            Some(base.clone()),
            Extra::Suffixed { base, suffix },
        ))
    };
    if l == "this"
        && let Some(code) = day_part_code(next)
    {
        return day_part(2, TimeAnchor::DayOffset(0), code);
    }
    if l == "last" && next == "night" {
        return day_part(2, TimeAnchor::DayOffset(-1), "TNI");
    }
    if l == "tonight" {
        return day_part(1, TimeAnchor::DayOffset(0), "TNI");
    }
    let day = match l.as_str() {
        "yesterday" => Some(TimeAnchor::DayOffset(-1)),
        "today" => Some(TimeAnchor::DayOffset(0)),
        "tomorrow" => Some(TimeAnchor::DayOffset(1)),
        _ => weekday_of(t.text)
            .filter(|_| t.is_capitalised())
            .map(|weekday| TimeAnchor::Weekday {
                weekday,
                direction: weekday_direction(tokens, i),
            }),
    };
    // "Friday night", "Tuesday morning": a part of that day (TIME, `…TNI`, `…TMO`).
    if let Some(day) = day
        && let Some(code) = day_part_code(next)
    {
        return day_part(2, day, code);
    }

    // Weekends.
    // "over the weekend": the weekend just past (or the coming one after a future cue).
    if l == "the" && next == "weekend" {
        return Some((
            2,
            TimexType::Date,
            None,
            Extra::WeekOf(TimeAnchor::Weekday {
                weekday: chrono::Weekday::Sat,
                direction: dir_for(tokens, i),
            }),
        ));
    }
    if matches!(l.as_str(), "this" | "last" | "next") && next == "weekend" {
        let offset = match l.as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return Some((
            2,
            TimexType::Date,
            None,
            Extra::Suffixed {
                base: TimeAnchor::UnitOffset {
                    unit: Unit::Week,
                    offset,
                },
                suffix: "-WE",
            },
        ));
    }
    None
}

/// Tokens before a match at `i` that TimeML counts as part of the expression ("the past two
/// months", "late November", "fiscal 1989", "the end of 1990"). Returns the new first
/// token index, not before `lo`.
#[allow(clippy::too_many_lines, reason = "split in issue 16 part 1/14")]
fn modifier_start(
    tokens: &[Token<'_>],
    i: usize,
    lo: usize,
    kind: TimexType,
    anchor: Option<&TimeAnchor>,
    ends_ago: bool,
) -> usize {
    let is = |j: usize, words: &[&str]| {
        j >= lo && tok(tokens, j).is_some_and(|t| words.contains(&t.lower().as_str()))
    };
    let mut j = i;
    // "a few days", "a couple of weeks".
    if j > 0 && is(j - 1, &["a"]) && tok(tokens, i).is_some_and(|t| t.is("few") || t.is("couple")) {
        j -= 1;
    }
    // "nearly two weeks ago", "more than four decades ago", "at least 72 hours".
    let approx = |j: usize| -> usize {
        if j > 0
            && is(
                j - 1,
                &[
                    "nearly",
                    "almost",
                    "about",
                    "some",
                    "around",
                    "roughly",
                    "approximately",
                ],
            )
        {
            j - 1
        } else if j > 1
            && ((is(j - 1, &["than"]) && is(j - 2, &["more", "less"]))
                || (is(j - 1, &["least"]) && is(j - 2, &["at"])))
        {
            j - 2
        } else {
            j
        }
    };
    if ends_ago {
        return approx(j);
    }
    let first = tok(tokens, i);
    let counted = first.is_some_and(|t| {
        t.kind == TokenKind::Number
            || number_word(t.text).is_some()
            || matches!(t.lower().as_str(), "several" | "few")
    });
    if kind == TimexType::Duration && counted {
        if j > 0
            && is(
                j - 1,
                &[
                    "past", "last", "next", "first", "latest", "previous", "coming", "final",
                    "recent",
                ],
            )
        {
            j -= 1;
            if j > 0 && is(j - 1, &["the"]) {
                j -= 1;
            }
        } else if j > 0
            && is(j - 1, &["the", "nearly", "almost"])
            // "the 14-day waiting period": a hyphenated duration is an adjective; "the"
            // belongs to the noun.
            && !(is(j - 1, &["the"]) && tok(tokens, i + 1).is_some_and(|h| h.text == "-"))
        {
            j -= 1;
        } else if j > 1
            && ((is(j - 1, &["than", "to"]) && is(j - 2, &["more", "less", "up"]))
                || (is(j - 1, &["least"]) && is(j - 2, &["at"])))
        {
            j -= 2;
            // "no more than sixty days".
            if j > 0 && is(j - 1, &["no"]) {
                j -= 1;
            }
        } else if j > 0
            && is(j - 1, &["over"])
            && tok(tokens, j).is_some_and(|t| t.is("a") || t.is("an"))
        {
            j -= 1;
        }
        return j;
    }
    // "the past year", "the following year", "the past two quarters".
    if tok(tokens, j).is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "past" | "last" | "next" | "following" | "previous" | "coming"
        )
    }) && j > 0
        && is(j - 1, &["the"])
    {
        return j - 1;
    }
    // "last Thanksgiving", "next Christmas".
    if matches!(
        anchor,
        Some(TimeAnchor::Holiday { .. } | TimeAnchor::NthWeekday { .. })
    ) && j > 0
        && is(j - 1, &["last", "next", "this", "past", "coming"])
    {
        return j - 1;
    }
    // "mid-1996", "post-1959", "the mid-1990s": a prefix joined by a hyphen.
    if j > 1
        && tok(tokens, j - 1).is_some_and(|h| h.text == "-")
        && adjacent(tokens, j - 2)
        && adjacent(tokens, j - 1)
        && is(j - 2, &["mid", "post", "pre", "early", "late"])
    {
        j -= 2;
        if j > 0 && is(j - 1, &["the"]) {
            j -= 1;
        }
        return j;
    }
    // "around Nov. 1", "around 7:15 p.m." (not "get around Wednesday's ruling").
    if j > 0
        && is(j - 1, &["around"])
        && kind != TimexType::Duration
        && !matches!(anchor, Some(TimeAnchor::Weekday { .. }))
    {
        return j - 1;
    }
    // "late yesterday", "early Tuesday" (TimeBank leaves "earlier"/"later" out more often
    // than in).
    if matches!(
        anchor,
        Some(TimeAnchor::DayOffset(_) | TimeAnchor::Weekday { .. })
    ) && j > 0
        && is(j - 1, &["early", "late"])
    {
        return j - 1;
    }
    if kind != TimexType::Date {
        return j;
    }
    let month_or_year = matches!(
        anchor,
        Some(
            TimeAnchor::MonthOnly { .. } | TimeAnchor::Absolute(_) | TimeAnchor::UnitOffset { .. }
        )
    );
    if matches!(anchor, Some(TimeAnchor::MonthOnly { .. }))
        && j > 0
        && is(j - 1, &["last", "this", "next"])
    {
        j -= 1;
    }
    if month_or_year && j > 0 && is(j - 1, &["early", "late", "mid", "fiscal"]) {
        j -= 1;
    }
    // "the 1990s", "the late 1970s", "the mid-1990s".
    let decade = matches!(anchor, Some(TimeAnchor::Absolute(d)) if d.precision == crate::model::Precision::Year && d.end.is_some_and(|e| Some(e) != d.start.and_then(|s| NaiveDate::from_ymd_opt(chrono::Datelike::year(&s), 12, 31))));
    if decade && j > 0 && is(j - 1, &["the"]) {
        j -= 1;
    }
    if month_or_year
        && j >= 3
        && is(j - 1, &["of"])
        && is(j - 2, &["end", "beginning", "start", "middle", "half"])
        && is(j - 3, &["the"])
    {
        j -= 3;
    }
    j
}

/// A year spoken in two words at `i`: "nineteen ninety-six" → 1996.
fn spoken_year(tokens: &[Token<'_>], i: usize) -> Option<i32> {
    if !word_is(tokens, i, "nineteen") {
        return None;
    }
    tok(tokens, i + 1)
        .and_then(|w| spoken_tens(w.text))
        .and_then(|y| i32::try_from(1900 + y).ok())
}

/// "ninety-six" → 96, "eighty" → 80 (the second half of a spoken year).
fn spoken_tens(w: &str) -> Option<u32> {
    let mut buf = [0u8; 24];
    let l = ascii_lower(w, &mut buf)?;
    let (tens, unit) = l.split_once('-').unwrap_or((l, ""));
    let t = match tens {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    };
    let u = match unit {
        "" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        _ => return None,
    };
    Some(t + u)
}

/// A TimeML period value: `P4Y`, `PT30M`, `PXY` (`n` units of `code`; `time` for `PT…`).
fn period(n: impl std::fmt::Display, code: &str, time: bool) -> String {
    if time {
        format!("PT{n}{code}")
    } else {
        format!("P{n}{code}")
    }
}

/// The TimeML unit letter of a duration word, and whether it is a time unit (`PT…`).
fn duration_unit_code(w: &str) -> Option<(&'static str, bool, i64)> {
    // (code, time unit, multiplier)
    let mut buf = [0u8; 24];
    let l = ascii_lower(w, &mut buf)?;
    let stem = l.strip_suffix('s').unwrap_or(l);
    Some(match stem {
        "second" => ("S", true, 1),
        "minute" => ("M", true, 1),
        "hour" => ("H", true, 1),
        "day" | "daily" => ("D", false, 1),
        "week" | "weekly" => ("W", false, 1),
        "fortnight" => ("W", false, 2),
        "month" | "monthly" => ("M", false, 1),
        "year" | "yearly" | "annually" | "annual" => ("Y", false, 1),
        // TimeBank writes decades and centuries in years ("two decades" = P20Y).
        "decade" => ("Y", false, 10),
        "centurie" | "century" => ("Y", false, 100),
        "quarter" => ("Q", false, 1),
        _ => return None,
    })
}

/// The TimeML value of a duration or set from its tokens: "four years" → `P4Y`, "90-day"
/// → `P90D`, "years" → `PXY`, "every week" → `P1W`, "every Monday" → `XXXX-WXX-1`.
fn duration_value(tokens: &[Token<'_>], kind: TimexType) -> Option<String> {
    let mut count: Option<String> = None;
    // A spoken count being read: "twenty four" = 24, "a hundred" = 100.
    let mut spoken: Option<i64> = None;
    let mut unit = None;
    let mut half = false;
    for t in tokens {
        for part in t.text.split('-') {
            if let Some(wd) = weekday_of(part)
                && kind == TimexType::Set
            {
                return Some(format!("XXXX-WXX-{}", wd.number_from_monday()));
            }
            if unit.is_some() {
                half |= part.eq_ignore_ascii_case("half");
                continue;
            }
            if count.is_none() {
                let mut buf = [0u8; 24];
                let lower = ascii_lower(part, &mut buf).unwrap_or("");
                if let Some(n) = spoken {
                    match lower {
                        "hundred" => {
                            spoken = Some(n * 100);
                            continue;
                        }
                        "thousand" => {
                            spoken = Some(n * 1000);
                            continue;
                        }
                        _ => {}
                    }
                    if let Some(u) = number_word(part).filter(|u| (1..=9).contains(u))
                        && n % 10 == 0
                        && (20..=90).contains(&n)
                        && lower != "a"
                        && lower != "an"
                    {
                        spoken = Some(n + u);
                        continue;
                    }
                }
                if spoken.is_none()
                    && let Some(n) = number_word(part)
                {
                    spoken = Some(n);
                    continue;
                }
                if let Some(n) = spoken.take() {
                    count = Some(n.to_string());
                }
                if count.is_none() && !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
                    count = Some(part.to_owned());
                    continue;
                }
                if count.is_none() && matches!(lower, "several" | "few" | "many" | "some") {
                    count = Some("X".to_owned());
                    continue;
                }
            }
            if let Some(u) = duration_unit_code(part) {
                unit = Some(u);
            }
        }
    }
    if count.is_none() {
        count = spoken.map(|n| n.to_string());
    }
    let (code, time, mult) = unit?;
    let n = match count {
        Some(c) => match c.parse::<i64>() {
            Ok(v) => (v * mult).to_string(),
            Err(_) => c,
        },
        None if kind == TimexType::Set => "1".to_owned(),
        None => {
            let plural = tokens.last().is_some_and(|t| t.text.ends_with('s'));
            if plural {
                "X".to_owned()
            } else {
                mult.to_string()
            }
        }
    };
    if half && let Ok(whole) = n.parse::<i64>() {
        return Some(with_half(whole, code, time, mult));
    }
    Some(period(n, code, time))
}

/// A duration of `whole` units (already multiplied) and a half: `PT1M30S`, `P2Y6M`.
fn with_half(whole: i64, code: &str, time: bool, mult: i64) -> String {
    let half = match (code, time) {
        ("H", true) => Some("30M"),
        ("M", true) => Some("30S"),
        ("D", false) => Some("T12H"),
        ("Y", false) if mult == 1 => Some("6M"),
        _ => None,
    };
    match (half, time) {
        (Some(h), true) => format!("PT{whole}{code}{h}"),
        (Some(h), false) => format!("P{whole}{code}{h}"),
        (None, true) => format!("PT{whole}{code}"),
        (None, false) => format!("P{whole}{code}"),
    }
}

/// TimeML value of a resolved date at its precision: `1998`, `1998-08`, `1998-W32`,
/// `1998-08-07`, `1998-08-07T15:00`; a decade span is `199`.
pub fn date_value(d: &DateValue) -> String {
    use chrono::Datelike as _;
    let Some(start) = d.start else {
        return "XXXX-XX-XX".to_owned();
    };
    match d.precision {
        crate::model::Precision::Year => {
            let end_year = d.end.map_or(start.year(), |e| e.year());
            if end_year == start.year() + 9 && start.year() % 10 == 0 {
                format!("{}", start.year() / 10)
            } else {
                format!("{}", start.year())
            }
        }
        crate::model::Precision::Month => start.format("%Y-%m").to_string(),
        crate::model::Precision::Week => start.format("%G-W%V").to_string(),
        crate::model::Precision::Day => start.format("%Y-%m-%d").to_string(),
        crate::model::Precision::Time => match d.time {
            Some(t) => format!("{}T{}", start.format("%Y-%m-%d"), t.format("%H:%M")),
            None => start.format("%Y-%m-%d").to_string(),
        },
        crate::model::Precision::Unknown => "XXXX-XX-XX".to_owned(),
    }
}

impl Timex {
    /// The TimeML value against the document creation date `dct`.
    #[allow(clippy::too_many_lines, reason = "split in issue 16 part 1/14")]
    pub fn timeml_value(&self, dct: NaiveDate) -> String {
        match &self.extra {
            Extra::Fixed(v) => v.clone(),
            Extra::Suffixed { base, suffix } => base.resolve(Some(dct)).map_or_else(
                || format!("XXXX{suffix}"),
                |d| format!("{}{suffix}", date_value(&d)),
            ),
            Extra::WeekOf(base) => base.resolve(Some(dct)).and_then(|d| d.start).map_or_else(
                || "XXXX-WXX-WE".to_owned(),
                |d| {
                    let w = chrono::Datelike::iso_week(&d);
                    format!("{}-W{:02}-WE", w.year(), w.week())
                },
            ),
            Extra::IsoWeekOf(base) => base.resolve(Some(dct)).and_then(|d| d.start).map_or_else(
                || "XXXX-WXX".to_owned(),
                |d| {
                    let w = chrono::Datelike::iso_week(&d);
                    format!("{}-W{:02}", w.year(), w.week())
                },
            ),
            Extra::LaterBy { value, .. } => value.clone(),
            Extra::Mention {
                fallback, suffix, ..
            } => fallback.resolve(Some(dct)).map_or_else(
                || format!("XXXX{suffix}"),
                |d| format!("{}{suffix}", date_value(&d)),
            ),
            Extra::QuarterAhead(q) => {
                use chrono::Datelike as _;
                let current = dct.month0() / 3 + 1;
                // The quarter just ended is still ahead to report on ("will report
                // third-quarter results" in October); one further back is next year's.
                let back = (current + 4 - *q) % 4;
                let year = match back {
                    1 if *q > current => dct.year() - 1,
                    2 | 3 if *q < current => dct.year() + 1,
                    _ => dct.year(),
                };
                format!("{year}-Q{q}")
            }
            Extra::Decade => {
                use chrono::Datelike as _;
                format!("{}", dct.year().div_euclid(10))
            }
            Extra::CurrentQuarter => {
                use chrono::Datelike as _;
                format!("{}-Q{}", dct.year(), dct.month0() / 3 + 1)
            }
            Extra::Season { code, ahead } => {
                use chrono::Datelike as _;
                // The months each season starts and ends in (winter: December to February,
                // named by the year it starts in).
                let (first, last) = match *code {
                    "-SP" => (3, 5),
                    "-SU" => (6, 8),
                    "-FA" => (9, 11),
                    _ => (12, 2),
                };
                let m = dct.month();
                let year = match (code, ahead) {
                    (&"-WI", false) if m <= last => dct.year() - 1,
                    (&"-WI", _) => dct.year(),
                    (_, false) if m >= first => dct.year(),
                    (_, false) => dct.year() - 1,
                    (_, true) if m <= last => dct.year(),
                    (_, true) => dct.year() + 1,
                };
                format!("{year}{code}")
            }
            Extra::PastSeason(code) => {
                use chrono::Datelike as _;
                // The month each season ends in (winter: the February of its year's end).
                let last_month = match *code {
                    "-SP" => 5,
                    "-SU" => 8,
                    "-FA" => 11,
                    _ => 2,
                };
                let year = if dct.month() > last_month {
                    dct.year()
                } else {
                    dct.year() - 1
                };
                format!("{year}{code}")
            }
            Extra::Quarter {
                quarter,
                year_offset,
            } => {
                use chrono::Datelike as _;
                let current = dct.month0() / 3 + 1;
                let (mut year, q) = match quarter {
                    Some(q) if *q > current => (dct.year() - 1, *q),
                    Some(q) => (dct.year(), *q),
                    None if current == 1 => (dct.year() - 1, 4),
                    None => (dct.year(), current - 1),
                };
                year += year_offset;
                format!("{year}-Q{q}")
            }
            Extra::QuarterOfYear(year) => {
                use chrono::Datelike as _;
                let current = dct.month0() / 3 + 1;
                format!("{year}-Q{}", if current == 1 { 4 } else { current - 1 })
            }
            Extra::None => match (&self.anchor, self.kind) {
                (Some(TimeAnchor::Since(inner)), _) => inner
                    .resolve(Some(dct))
                    .map_or_else(|| "XXXX-XX-XX".to_owned(), |d| date_value(&d)),
                (Some(a), _) => a
                    .resolve(Some(dct))
                    .map_or_else(|| "XXXX-XX-XX".to_owned(), |d| date_value(&d)),
                (None, TimexType::Duration | TimexType::Set) => "PXY".to_owned(),
                (None, _) => "PRESENT_REF".to_owned(),
            },
        }
    }
}

/// One expression as TimeML sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    pub span: Span,
    pub kind: TimexType,
    pub value: String,
}

/// Tags a whole text (paragraphs split at blank lines, then sentences) for TimeML, with
/// `dct` as the reference date. Ranges become their two ends, as TimeML annotates them.
pub fn tag_text(text: &str, dct: NaiveDate) -> Vec<Tagged> {
    let mut out = Vec::new();
    let mut para_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut paragraphs = Vec::new();
    while i < bytes.len() {
        if bytes.get(i) == Some(&b'\n') {
            let mut j = i + 1;
            while bytes
                .get(j)
                .is_some_and(|b| *b == b' ' || *b == b'\t' || *b == b'\r')
            {
                j += 1;
            }
            if bytes.get(j) == Some(&b'\n') {
                paragraphs.push(Span::new(para_start, i));
                para_start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    paragraphs.push(Span::new(para_start, text.len()));
    // Earnings reports compare quarters: there "a year ago" is that quarter a year ago.
    let quarterly = text.contains("quarter");
    let mut found = Vec::new();
    for para in paragraphs {
        for s in super::sentences::split(text, para) {
            let Some(st) = s.slice(text) else { continue };
            let tokens = tokenize(st, s.start);
            for mut tx in find_in_tokens(&tokens) {
                if quarterly
                    && tx.anchor
                        == Some(TimeAnchor::UnitOffset {
                            unit: Unit::Year,
                            offset: -1,
                        })
                    && tx.span.slice(text).is_some_and(|w| {
                        let w = w.to_ascii_lowercase();
                        w.ends_with("year ago") || w.ends_with("year earlier")
                    })
                {
                    tx.extra = Extra::Quarter {
                        quarter: None,
                        year_offset: -1,
                    };
                }
                found.push(tx);
            }
        }
    }
    link_mentions(found.iter_mut());
    for tx in &found {
        push_tagged(&mut out, text, tx, dct);
    }
    out
}

fn push_tagged(out: &mut Vec<Tagged>, text: &str, tx: &Timex, dct: NaiveDate) {
    if let (Some(TimeAnchor::Range { from, to }), Extra::None) = (&tx.anchor, &tx.extra)
        && let Some(s) = tx.span.slice(text)
    {
        let nums: Vec<_> = tokenize(s, tx.span.start)
            .into_iter()
            .filter(|t| t.kind == TokenKind::Number)
            .collect();
        if let (Some(a), Some(b)) = (nums.first(), nums.last())
            && nums.len() >= 2
        {
            for (t, anchor) in [(a, from), (b, to)] {
                out.push(Tagged {
                    span: Span::new(t.start, t.end),
                    kind: TimexType::Date,
                    value: anchor
                        .resolve(Some(dct))
                        .map_or_else(|| "XXXX".to_owned(), |d| date_value(&d)),
                });
            }
            return;
        }
    }
    out.push(Tagged {
        span: tx.span,
        kind: tx.kind,
        value: tx.timeml_value(dct),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Precision;

    fn reference() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 6).unwrap()
    }

    fn all(text: &str) -> Vec<(String, String, TimexType, Option<DateValue>)> {
        find(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| {
                (
                    t.span.slice(text).unwrap().to_owned(),
                    t.trigger.slice(text).unwrap().to_owned(),
                    t.kind,
                    t.anchor.and_then(|a| a.resolve(Some(reference()))),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, DateValue) {
        let v = all(text);
        let d = v.iter().find_map(|x| x.3.clone().map(|d| (x.0.clone(), d)));
        d.unwrap_or_else(|| panic!("no date in {text:?}: {v:?}"))
    }

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    fn timeml(text: &str) -> Vec<(String, &'static str, String)> {
        let dct = NaiveDate::from_ymd_opt(2026, 1, 7).unwrap(); // a Wednesday
        tag_text(text, dct)
            .into_iter()
            .map(|t| {
                (
                    t.span.slice(text).unwrap().to_owned(),
                    crate::timeml::type_name(t.kind),
                    t.value,
                )
            })
            .collect()
    }

    fn has(v: &[(String, &str, String)], text: &str, kind: &str, value: &str) -> bool {
        v.iter()
            .any(|(t, k, x)| t == text && *k == kind && x == value)
    }

    #[test]
    fn timeml_values_of_dates_durations_and_sets() {
        let v = timeml(
            "The board met Monday and said profit for the past two years rose. \
             Talks happen every week and the plan runs for four years. \
             Sales fell last week, a 90-day review began in March 2025 and it ended yesterday.",
        );
        assert!(has(&v, "Monday", "DATE", "2026-01-05"), "{v:?}");
        assert!(has(&v, "the past two years", "DURATION", "P2Y"), "{v:?}");
        assert!(has(&v, "every week", "SET", "P1W"), "{v:?}");
        assert!(has(&v, "four years", "DURATION", "P4Y"), "{v:?}");
        // 31 Dec 2025 lies in ISO week 1 of 2026.
        assert!(has(&v, "last week", "DATE", "2026-W01"), "{v:?}");
        assert!(has(&v, "90-day", "DURATION", "P90D"), "{v:?}");
        assert!(has(&v, "March 2025", "DATE", "2025-03"), "{v:?}");
        assert!(has(&v, "yesterday", "DATE", "2026-01-06"), "{v:?}");
    }

    #[test]
    fn timeml_vague_references_quarters_and_seasons() {
        let v = timeml(
            "Prices rose recently and now stand higher. The firm expects a gain in the \
             fourth quarter, after the latest quarter disappointed. Fiscal 2025 closed last \
             summer, and the future looks better. The plant opened in the 1990s.",
        );
        assert!(has(&v, "recently", "DATE", "PAST_REF"), "{v:?}");
        assert!(has(&v, "now", "DATE", "PRESENT_REF"), "{v:?}");
        assert!(has(&v, "the fourth quarter", "DATE", "2025-Q4"), "{v:?}");
        assert!(has(&v, "the latest quarter", "DATE", "2025-Q4"), "{v:?}");
        assert!(has(&v, "Fiscal 2025", "DATE", "2025"), "{v:?}");
        assert!(has(&v, "last summer", "DATE", "2025-SU"), "{v:?}");
        assert!(has(&v, "the future", "DATE", "FUTURE_REF"), "{v:?}");
        assert!(has(&v, "the 1990s", "DATE", "199"), "{v:?}");
    }

    #[test]
    fn timeml_extents_follow_timebank_conventions() {
        let v = timeml(
            "The strike ended 13 days after the vote. It began nearly two weeks ago. \
             Talks will resume at noon Thursday. Sales in this year's third quarter rose, and the \
             third-quarter results beat forecasts. Rates will stay low for the near future. \
             The firm grew in the nineties and for two decades after. Several years ago it \
             moved. Profits fell at least 30 days in a row. It closes at the end of the month.",
        );
        assert!(has(&v, "13 days", "DURATION", "P13D"), "{v:?}");
        assert!(has(&v, "nearly two weeks ago", "DATE", "2025-W52"), "{v:?}");
        assert!(
            has(&v, "noon Thursday", "TIME", "2026-01-08T12:00"),
            "{v:?}"
        );
        // In early January the reporting year is still the one whose quarters are reported.
        assert!(
            has(&v, "this year's third quarter", "DATE", "2025-Q3"),
            "{v:?}"
        );
        assert!(has(&v, "third-quarter", "DATE", "2025-Q3"), "{v:?}");
        assert!(!v.iter().any(|(t, _, _)| t == "the third-quarter"), "{v:?}");
        assert!(has(&v, "the near future", "DATE", "FUTURE_REF"), "{v:?}");
        assert!(has(&v, "the nineties", "DATE", "199"), "{v:?}");
        assert!(has(&v, "two decades", "DURATION", "P20Y"), "{v:?}");
        assert!(has(&v, "Several years ago", "DATE", "PAST_REF"), "{v:?}");
        assert!(has(&v, "at least 30 days", "DURATION", "P30D"), "{v:?}");
        assert!(has(&v, "the end of the month", "DATE", "2026-01"), "{v:?}");
    }

    #[test]
    fn timeml_leaves_out_rates_titles_ages_and_ordinals() {
        let v = timeml(
            "The plant earns $500 million a year and runs four flights a week. He spoke on \
             ABC's \"This Week\" about a second attempt. The 52 years old chairman praised \
             today's youth. Sales began in February this year. He left the day before the \
             vote was held.",
        );
        let texts: Vec<&str> = v.iter().map(|(t, _, _)| t.as_str()).collect();
        for not in [
            "a year",
            "a week",
            "This Week",
            "a second",
            "52 years",
            "today",
            "this year",
            "the day before",
        ] {
            assert!(!texts.contains(&not), "{not:?} tagged: {v:?}");
        }
        // The month takes its year from the words after it, whatever the verb's tense.
        assert!(has(&v, "February", "DATE", "2026-02"), "{v:?}");
    }

    #[test]
    fn timeml_holidays_vague_spans_and_seasons() {
        let v = timeml(
            "He arrived last Thanksgiving. Polls will close on Election Day. Just months ago it \
             was busy; the past decade was hard, and demand rose over the summer. They will \
             stay for 20 more years. For the week, shares fell.",
        );
        assert!(has(&v, "last Thanksgiving", "DATE", "2025-11-27"), "{v:?}");
        assert!(has(&v, "Election Day", "DATE", "2026-11-03"), "{v:?}");
        assert!(has(&v, "months ago", "DATE", "PAST_REF"), "{v:?}");
        assert!(has(&v, "the past decade", "DURATION", "P10Y"), "{v:?}");
        // "rose over the summer", written in January: last year's.
        assert!(has(&v, "the summer", "DATE", "2025-SU"), "{v:?}");
        assert!(has(&v, "20 more years", "DURATION", "P20Y"), "{v:?}");
        assert!(has(&v, "the week", "DATE", "2026-WXX"), "{v:?}");
    }

    #[test]
    fn timeml_fractions_ranges_hedges_and_hyphenated_adjectives() {
        let v = timeml(
            "They waited 5 1/2 hours, then two to three weeks. It will close over the next \
             year or so. The 14-day review ended. Late Sunday, police left.",
        );
        assert!(has(&v, "5 1/2 hours", "DURATION", "PT5H30M"), "{v:?}");
        assert!(has(&v, "two to three weeks", "DURATION", "P2W"), "{v:?}");
        assert!(
            v.iter().any(|(t, _, _)| t == "the next year or so"),
            "{v:?}"
        );
        assert!(v.iter().any(|(t, _, _)| t == "14-day"), "{v:?}");
        assert!(v.iter().any(|(t, _, _)| t == "Late Sunday"), "{v:?}");
        // "plan" as a noun and "set" without "to" are not future cues.
        let p = timeml(
            "The two sides signed an economic cooperation plan Friday. Talks are set to resume Monday.",
        );
        assert!(has(&p, "Friday", "DATE", "2026-01-02"), "{p:?}");
        assert!(has(&p, "Monday", "DATE", "2026-01-12"), "{p:?}");
        // The cue before a time of day decides the weekday's direction.
        let w = timeml("The deadline was extended until 9 a.m. EST Tuesday.");
        assert!(
            has(&w, "9 a.m. EST Tuesday", "TIME", "2026-01-13T09:00"),
            "{w:?}"
        );
    }

    #[test]
    fn timeml_ranges_split_and_possessives_drop_their_ending() {
        let v = timeml("The mission ran from 2014 to 2022. Friday's vote was close.");
        assert!(has(&v, "2014", "DATE", "2014"), "{v:?}");
        assert!(has(&v, "2022", "DATE", "2022"), "{v:?}");
        assert!(has(&v, "Friday", "DATE", "2026-01-02"), "{v:?}");
    }

    #[test]
    fn weekday_after_a_past_verb_looks_back_and_deadlines_take_the_nearest_day() {
        // Reference Wednesday 7 Jan 2026.
        let v = timeml("The agency announced Thursday that applications are due by Jan. 14.");
        assert!(has(&v, "Thursday", "DATE", "2026-01-01"), "{v:?}");
        assert!(has(&v, "Jan. 14", "DATE", "2026-01-14"), "{v:?}");
    }

    #[test]
    fn years_with_trigger() {
        let v = all("Russia first invaded Ukraine in 2014 and launched a full-scale war in 2022.");
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].1, "in 2014");
        let d = v[0].3.clone().unwrap();
        assert_eq!(
            (d.start, d.end, d.precision),
            (ymd(2014, 1, 1), ymd(2014, 12, 31), Precision::Year)
        );
    }

    #[test]
    fn date_forms() {
        assert_eq!(
            one("It happened on Jan. 6 in Paris.").1.start,
            ymd(2026, 1, 6)
        );
        assert_eq!(
            one("It happened on 6 January 2026.").1.start,
            ymd(2026, 1, 6)
        );
        assert_eq!(
            one("It happened on January 6, 2026, at night.").1.start,
            ymd(2026, 1, 6)
        );
        assert_eq!(one("Filed 2025-12-30 by staff.").1.start, ymd(2025, 12, 30));
        let m = one("Talks began in March 2024.").1;
        assert_eq!(
            (m.start, m.end, m.precision),
            (ymd(2024, 3, 1), ymd(2024, 3, 31), Precision::Month)
        );
    }

    #[test]
    fn weekdays_follow_tense() {
        let past = one("The ministers met on Monday.").1;
        assert_eq!(past.start, ymd(2026, 1, 5));
        let future = one("Officials would continue negotiations on key issues on Wednesday.").1;
        assert_eq!(future.start, ymd(2026, 1, 7));
        let next = one("They meet again next Friday.").1;
        assert_eq!(next.start, ymd(2026, 1, 9));
    }

    #[test]
    fn relative_expressions() {
        assert_eq!(one("He spoke yesterday.").1.start, ymd(2026, 1, 5));
        assert_eq!(one("A day earlier, troops moved.").1.start, ymd(2026, 1, 5));
        assert_eq!(one("It was agreed last week.").1.precision, Precision::Week);
        let nm = one("Elections are due next month.").1;
        assert_eq!(nm.start, ymd(2026, 2, 1));
        assert_eq!(
            one("Shelling resumed on Christmas Eve.").1.start,
            ymd(2025, 12, 24)
        );
        assert_eq!(
            one("Two days ago the border closed.").1.start,
            ymd(2026, 1, 4)
        );
    }

    #[test]
    fn ranges_and_since() {
        let (s, d) = one("The fighting lasted from 2014 to 2022.");
        assert_eq!(s, "from 2014 to 2022");
        assert_eq!((d.start, d.end), (ymd(2014, 1, 1), ymd(2022, 12, 31)));
        let d = one("The mission has run since 2014.").1;
        assert!(d.open_ended);
        let d = one("During the 2014–22 period it grew.").1;
        assert_eq!(d.end, ymd(2022, 12, 31));
    }

    #[test]
    fn durations_and_sets_are_not_dates() {
        let v = all("The war has lasted for four years and talks happen every week.");
        assert_eq!(
            v.iter().map(|x| x.2).collect::<Vec<_>>(),
            [TimexType::Duration, TimexType::Set]
        );
        assert!(v.iter().all(|x| x.3.is_none()));
        let v = all("A four-year plan.");
        assert_eq!(v[0].2, TimexType::Duration);
    }

    #[test]
    fn quantities_are_not_years() {
        assert!(all("About 2000 troops and 1500 people were there.").is_empty());
        assert!(all("It cost $2014.").is_empty());
    }

    #[test]
    fn time_of_day_merges_with_day() {
        let (s, d) = one("The vote is on Tuesday at 3 p.m. local time.");
        assert_eq!(s, "Tuesday at 3 p.m.");
        assert_eq!(d.precision, Precision::Time);
        assert_eq!(d.time, NaiveTime::from_hms_opt(15, 0, 0));
    }

    #[test]
    fn time_before_the_day_merges_into_one_expression() {
        let v = all("Jurors will resume deliberations at 3 p.m. on Tuesday.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "3 p.m. on Tuesday");
        assert_eq!(v[0].1, "at 3 p.m. on Tuesday");
        let d = v[0].3.clone().unwrap();
        assert_eq!(d.start, ymd(2026, 1, 13));
        assert_eq!(d.time, NaiveTime::from_hms_opt(15, 0, 0));
    }

    #[test]
    fn month_day_direction_follows_the_verb() {
        // Reference 6 Jan 2026: "filed on Dec. 30" is the last one, "will rule on Dec. 30"
        // the next one; with no verb the nearest is meant.
        assert_eq!(
            one("Prosecutors filed charges on Dec. 30.").1.start,
            ymd(2025, 12, 30)
        );
        assert_eq!(
            one("The court will rule on Dec. 30.").1.start,
            ymd(2026, 12, 30)
        );
        assert_eq!(one("On Jan. 10, a new term.").1.start, ymd(2026, 1, 10));
        // A date naming a deadline, and a participle after "be", take the nearest day.
        assert_eq!(
            one("The minister gave no reason for the Jan. 14 deadline.")
                .1
                .start,
            ymd(2026, 1, 14)
        );
        assert_eq!(
            one("The summit was to be held on Feb. 2 in Oslo.").1.start,
            ymd(2026, 2, 2)
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(
            all("Officials May decide later. He may go.")
                .iter()
                .all(|x| x.3.is_none())
        );
        assert_eq!(one("Talks began in May.").1.precision, Precision::Month);
    }

    #[test]
    fn timeml_spoken_counts_halves_and_hedged_ends() {
        let v = timeml(
            "Prices swung in the last twenty four hours. Ninety seconds? No, a minute and a \
             half later the vote closed, after almost a hundred years of debate. Then, a week \
             or so ago, the board met. Profit will not recover until 2030 or later, for 2027 \
             and beyond, within weeks or months. Results for the last half of 2025 and the \
             first two quarters of 2026 were mixed. It was cold in the winter of nineteen \
             ninety-four and in January nineteen ninety-seven.",
        );
        assert!(
            has(&v, "the last twenty four hours", "DURATION", "PT24H"),
            "{v:?}"
        );
        assert!(
            has(&v, "a minute and a half", "DURATION", "PT1M30S"),
            "{v:?}"
        );
        assert!(
            has(&v, "almost a hundred years", "DURATION", "P100Y"),
            "{v:?}"
        );
        // 31 December 2025 lies in ISO week 1 of 2026.
        assert!(has(&v, "a week or so ago", "DATE", "2026-W01"), "{v:?}");
        assert!(has(&v, "2030 or later", "DATE", "2030"), "{v:?}");
        assert!(has(&v, "2027 and beyond", "DATE", "2027"), "{v:?}");
        assert!(has(&v, "weeks or months", "DURATION", "PXW"), "{v:?}");
        assert!(has(&v, "the last half of 2025", "DATE", "2025-H2"), "{v:?}");
        assert!(
            has(&v, "the first two quarters of 2026", "DATE", "2026-H1"),
            "{v:?}"
        );
        assert!(
            has(&v, "the winter of nineteen ninety-four", "DATE", "1994-WI"),
            "{v:?}"
        );
        assert!(
            has(&v, "January nineteen ninety-seven", "DATE", "1997-01"),
            "{v:?}"
        );
    }

    #[test]
    fn timeml_weeks_of_days_past_seasons_and_fiscal_years() {
        let v = timeml(
            "The hearing is set for the week of March 9. This past summer the firm earned \
             more than in the year ended March 31, and the current quarter looks strong. \
             The day before last Monday, talks stalled; later that year they resumed and ran \
             for a while, with rallies each July and reports every quarter. Trading halted for \
             eight trading days, and at mid-afternoon yesterday shares rose on a day-long rally.",
        );
        assert!(has(&v, "the week of March 9", "DATE", "2026-W11"), "{v:?}");
        assert!(has(&v, "This past summer", "DATE", "2025-SU"), "{v:?}");
        assert!(has(&v, "the year", "DURATION", "P1Y"), "{v:?}");
        assert!(has(&v, "the current quarter", "DATE", "2026-Q1"), "{v:?}");
        // Last Monday before Wednesday 7 January is the 5th: the day before is the 4th.
        assert!(
            has(&v, "The day before last Monday", "DATE", "2026-01-04"),
            "{v:?}"
        );
        // Counted from the last date named: the day before last Monday, in 2026.
        assert!(has(&v, "later that year", "DATE", "2026"), "{v:?}");
        assert!(has(&v, "a while", "DURATION", "PXX"), "{v:?}");
        assert!(has(&v, "each July", "SET", "XXXX-07"), "{v:?}");
        assert!(has(&v, "every quarter", "SET", "P1Q"), "{v:?}");
        assert!(has(&v, "eight trading days", "DURATION", "P8D"), "{v:?}");
        assert!(
            has(&v, "mid-afternoon yesterday", "TIME", "2026-01-06TAF"),
            "{v:?}"
        );
        assert!(has(&v, "day-long", "DURATION", "P1D"), "{v:?}");
    }

    #[test]
    fn timeml_month_directions_from_deadlines_and_fronted_clauses() {
        // Written Wednesday 7 January 2026.
        let v = timeml(
            "The dividend is payable Dec. 15 to holders of record Dec. 1, effective Nov. 2. \
             In October, the company hired a new chief. Figures for November were weak. The \
             search began since the Dec. 23 attack. The offer had been due to expire Friday.",
        );
        assert!(has(&v, "Dec. 15", "DATE", "2026-12-15"), "{v:?}");
        assert!(has(&v, "Dec. 1", "DATE", "2025-12-01"), "{v:?}");
        assert!(has(&v, "Nov. 2", "DATE", "2026-11-02"), "{v:?}");
        assert!(has(&v, "October", "DATE", "2025-10"), "{v:?}");
        assert!(has(&v, "November", "DATE", "2025-11"), "{v:?}");
        assert!(has(&v, "Dec. 23", "DATE", "2025-12-23"), "{v:?}");
        assert!(has(&v, "Friday", "DATE", "2026-01-02"), "{v:?}");
    }

    #[test]
    fn timeml_weekday_and_day_directions_read_the_main_clause() {
        // Written Wednesday 7 January 2026.
        let v = timeml(
            "On Monday, the union plans to strike. On Friday, the council planned to vote. \
             The bank said it will redeem its preferred shares on Jan. 31. Talks must end by \
             year-end; shares are up since year-end. The court gave them until 9 a.m. Tuesday.",
        );
        assert!(has(&v, "Monday", "DATE", "2026-01-12"), "{v:?}");
        assert!(has(&v, "Friday", "DATE", "2026-01-02"), "{v:?}");
        assert!(has(&v, "Jan. 31", "DATE", "2026-01-31"), "{v:?}");
        assert!(has(&v, "year-end", "DATE", "2026-12-31"), "{v:?}");
        assert!(has(&v, "year-end", "DATE", "2025-12-31"), "{v:?}");
        assert!(
            has(&v, "9 a.m. Tuesday", "TIME", "2026-01-13T09:00"),
            "{v:?}"
        );
    }

    #[test]
    fn mentions_count_from_the_last_date_named() {
        let v = timeml(
            "The following year will be hard, the minister said. The plant opened on March 3, \
             1995. The following year it was sold, and later that year it closed. On Oct. 4, \
             2001, a fire broke out; the next morning crews were still there, and the next day \
             the owner resigned. That same day the town met.",
        );
        // Nothing named before: counted from the document's date.
        assert!(has(&v, "The following year", "DATE", "2027"), "{v:?}");
        assert!(has(&v, "The following year", "DATE", "1996"), "{v:?}");
        assert!(has(&v, "later that year", "DATE", "1996"), "{v:?}");
        assert!(
            has(&v, "the next morning", "TIME", "2001-10-05TMO"),
            "{v:?}"
        );
        assert!(has(&v, "the next day", "DATE", "2001-10-06"), "{v:?}");
        assert!(has(&v, "That same day", "DATE", "2001-10-06"), "{v:?}");
    }

    #[test]
    fn timeml_sets_by_period_and_quarters_ahead() {
        // Written Wednesday 7 January 2026 (first quarter).
        let v = timeml(
            "Crews check the dam every six hours and every half hour at night, every other \
             week and every night. Inspectors visit twice a year and three times a week, and \
             the board reports quarterly. The plant will open in the third quarter and ran \
             for another year. Rain could fall Sunday afternoon.",
        );
        assert!(has(&v, "every six hours", "SET", "PT6H"), "{v:?}");
        assert!(has(&v, "every half hour", "SET", "PT30M"), "{v:?}");
        assert!(has(&v, "every other week", "SET", "P2W"), "{v:?}");
        assert!(has(&v, "every night", "SET", "XXXX-XX-XXTNI"), "{v:?}");
        assert!(has(&v, "twice a year", "SET", "P1Y"), "{v:?}");
        assert!(has(&v, "three times a week", "SET", "P1W"), "{v:?}");
        assert!(has(&v, "quarterly", "SET", "P3M"), "{v:?}");
        assert!(has(&v, "the third quarter", "DATE", "2026-Q3"), "{v:?}");
        assert!(has(&v, "another year", "DURATION", "P1Y"), "{v:?}");
        assert!(
            has(&v, "Sunday afternoon", "TIME", "2026-01-11TAF"),
            "{v:?}"
        );
    }

    #[test]
    fn timeml_spans_counted_from_events_and_large_counts() {
        let v = timeml(
            "He was seen in the weeks before the vote. The worst crisis of this century lasted \
             no more than sixty days, and the craft is more than two thousand years old in \
             spirit for more than two thousand years.",
        );
        assert!(has(&v, "weeks", "DATE", "XXXX-XX-XX"), "{v:?}");
        assert!(has(&v, "this century", "DURATION", "P100Y"), "{v:?}");
        assert!(
            has(&v, "no more than sixty days", "DURATION", "P60D"),
            "{v:?}"
        );
        assert!(
            has(&v, "more than two thousand years", "DURATION", "P2000Y"),
            "{v:?}"
        );
    }

    #[test]
    fn timeml_second_heldout_lessons() {
        // Written Wednesday 7 January 2026.
        let v = timeml(
            "Growth slowed in the first half, the slowest this decade. Ferries sail twice \
             daily, the council meets on Tuesdays, and tickets are cheaper on Wednesday nights; \
             bridges are inspected every few years. The summer brought floods. Growth in the \
             year ending March 31 will beat it; it fell short of an April forecast. The team opens its season \
             Thursday, and Monday morning would be worse.",
        );
        assert!(has(&v, "the first half", "DATE", "2026-H1"), "{v:?}");
        assert!(has(&v, "this decade", "DATE", "202"), "{v:?}");
        assert!(has(&v, "twice daily", "SET", "P1D"), "{v:?}");
        assert!(has(&v, "Tuesdays", "SET", "XXXX-WXX-2"), "{v:?}");
        assert!(has(&v, "Wednesday nights", "SET", "XXXX-WXX-3TNI"), "{v:?}");
        assert!(has(&v, "every few years", "SET", "PXY"), "{v:?}");
        assert!(has(&v, "The summer", "DATE", "2025-SU"), "{v:?}");
        assert!(has(&v, "March 31", "DATE", "2026-03-31"), "{v:?}");
        assert!(has(&v, "April", "DATE", "2025-04"), "{v:?}");
        assert!(has(&v, "Thursday", "DATE", "2026-01-08"), "{v:?}");
        assert!(has(&v, "Monday morning", "TIME", "2026-01-12TMO"), "{v:?}");
    }

    #[test]
    fn a_length_later_is_a_length_that_dates_what_follows() {
        let text = "The plant opened in the spring of 1962. Three years later she ran it.";
        let dct = NaiveDate::from_ymd_opt(2015, 3, 2).unwrap();
        let v = timeml(text);
        assert!(has(&v, "Three years", "DURATION", "P3Y"), "{v:?}");
        let mut found: Vec<Timex> = find(text, Span::new(0, text.len()));
        link_mentions(found.iter_mut());
        let later = found
            .iter()
            .find(|t| t.kind == TimexType::Duration)
            .unwrap();
        let d = later.anchor.as_ref().unwrap().resolve(Some(dct)).unwrap();
        assert_eq!(d.start, NaiveDate::from_ymd_opt(1965, 1, 1));
    }
}
