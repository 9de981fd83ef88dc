//! Which way an expression without a year points, read from tense and cue words around it:
//! news weekdays mean the most recent such day unless the clause points ahead ("would
//! continue … on Wednesday"), "filed on Dec. 30" is the last Dec. 30 and "will rule on
//! Dec. 30" the next, a date opening its sentence takes the tense of the clause after it.

use super::cursor::tok;
use super::lexicon::{
    CLOCK_WORDS, DEADLINE_VERBS, FUTURE_CUES, NOT_PAST_ED, PAST_VERBS, SCHEDULE_VERBS, day_part_of,
};
use crate::extract::tokens::{Token, TokenKind};
use crate::model::Direction;

/// Is token `j` a future cue? "plan(s)" only as "plans to"/"plan for" (not "announced the
/// plan"), "set" only as "set to".
pub fn is_future_cue(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(t) = tok(tokens, j) else {
        return false;
    };
    let next_is = |w: &[&str]| tok(tokens, j + 1).is_some_and(|n| w.iter().any(|x| n.is(x)));
    match t.lower().as_str() {
        "plan" | "plans" => next_is(&["to", "for"]),
        "set" => next_is(&["to"]),
        w => FUTURE_CUES.contains(w),
    }
}

/// A past-tense verb: an irregular one, or a lower-case word in "-ed" that is not an
/// adjective ("preferred") or a future cue ("planned").
pub fn is_past_marker(t: &Token<'_>) -> bool {
    let l = t.lower();
    t.is_word()
        && !t.is_capitalised()
        && !FUTURE_CUES.contains(&l)
        && (PAST_VERBS.contains(&l)
            || (l.len() > 4 && l.ends_with("ed") && !NOT_PAST_ED.contains(&l)))
}

/// A token that ends a clause for the cues: a semicolon, a dash or a quotation mark.
pub fn is_clause_break(t: &Token<'_>) -> bool {
    matches!(t.text, ";" | "—" | "–" | "“" | "”" | "\"")
}

/// Token `j - 1` is one of `words`.
fn after_word(tokens: &[Token<'_>], j: usize, words: &[&str]) -> bool {
    j.checked_sub(1)
        .and_then(|a| tok(tokens, a))
        .is_some_and(|a| words.contains(&a.lower().as_str()))
}

/// Does the clause before token `i` point ahead in time?
pub fn clause_points_ahead(tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i;
    let mut seen = 0;
    while j > 0 && seen < 14 {
        j -= 1;
        let Some(t) = tokens.get(j) else { break };
        if t.kind == TokenKind::Punct && is_clause_break(t) {
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

/// Ahead after a future cue, else back.
pub fn ahead_or_back(tokens: &[Token<'_>], i: usize) -> Direction {
    if clause_points_ahead(tokens, i) {
        Direction::Future
    } else {
        Direction::Past
    }
}

/// Which way a month without a year points: ahead after a future cue, back after a past
/// verb close by, else (no tense to go by) the nearest such month.
pub fn month_direction(tokens: &[Token<'_>], i: usize) -> Option<Direction> {
    if clause_points_ahead(tokens, i) {
        Some(Direction::Future)
    } else {
        month_day_direction(tokens, i).or_else(|| fronted_clause_tense(tokens, i, 1))
    }
}

/// For a date that opens its sentence ("In January, the company hired…", "On Oct. 5 it
/// will…"), the tense of the main clause after it (`len` tokens long): the first past verb
/// or future cue.
pub fn fronted_clause_tense(tokens: &[Token<'_>], i: usize, len: usize) -> Option<Direction> {
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
        let after_aux = after_word(tokens, j, &["be", "been", "being", "to", "is", "are"]);
        if is_past_marker(t) && !after_aux {
            return Some(Direction::Past);
        }
    }
    None
}

/// Where the cues before a weekday at `at` are read from: before a time of day written just
/// ahead of it ("until 9 a.m. EST Tuesday", "at noon Saturday").
fn before_clock_time(tokens: &[Token<'_>], at: usize) -> usize {
    let is_clock_word =
        |t: &Token<'_>| t.kind == TokenKind::Number || CLOCK_WORDS.contains(&t.lower());
    let mut i = at;
    if i > 0
        && tokens.get(i - 1).is_some_and(|t| {
            t.kind == TokenKind::Number
                || t.text == "."
                || t.is("noon")
                || t.is("midnight")
                || t.text.len() == 3 && t.text.bytes().all(|b| b.is_ascii_uppercase())
        })
    {
        while i > 0 && tokens.get(i - 1).is_some_and(is_clock_word) {
            i -= 1;
        }
    }
    i
}

/// Cues that put a weekday ahead whatever the tense: "as soon as Tuesday", a deadline set to
/// the hour ("until 9 a.m. Tuesday"), "extended until Tuesday", a future verb right after
/// the day ("Monday morning would be worse"), a schedule in the present tense ("the council
/// meets Tuesday"). `i` is where the cues are read from (see [`before_clock_time`]).
fn weekday_surely_ahead(tokens: &[Token<'_>], i: usize, at: usize) -> bool {
    let before = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| tok(tokens, j))
            .map(Token::lower)
    };
    let prev = before(1);
    let as_soon_as = || {
        prev.as_deref() == Some("as")
            && matches!(before(2).as_deref(), Some("soon" | "early"))
            && before(3).as_deref() == Some("as")
    };
    let deadline_hour = || i != at && matches!(prev.as_deref(), Some("until" | "till" | "by"));
    let extended_until = || {
        matches!(prev.as_deref(), Some("until" | "till"))
            && before(2).is_some_and(|v| DEADLINE_VERBS.contains(&v))
    };
    as_soon_as()
        || deadline_hour()
        || extended_until()
        || future_verb_after(tokens, at)
        || schedule_verb_before(tokens, at)
}

/// "Monday morning would be worse", "Friday will see": a future verb right after the day.
fn future_verb_after(tokens: &[Token<'_>], at: usize) -> bool {
    let mut j = at + 1;
    if tok(tokens, j).is_some_and(|w| day_part_of(w.text).is_some()) {
        j += 1;
    }
    tok(tokens, j).is_some_and(|w| matches!(w.lower().as_str(), "will" | "would" | "'ll"))
}

/// "the team opens its season Thursday", "the council meets Tuesday": a schedule in the
/// present tense up to four words before the day ("the vote is on Tuesday" too). Not an
/// infinitive, whose time its governing verb sets ("ordered 6,000 people … to leave their
/// homes on Tuesday"), nor a word in a past clause ("lost a confidence vote in parliament
/// on Wednesday", "the vote was held Wednesday").
fn schedule_verb_before(tokens: &[Token<'_>], at: usize) -> bool {
    (1..=4).any(|k| {
        let Some(j) = at.checked_sub(k) else {
            return false;
        };
        tok(tokens, j).is_some_and(|w| SCHEDULE_VERBS.contains(&w.lower()))
            && !after_word(tokens, j, &["to"])
            && !(j.saturating_sub(4)..at)
                .any(|m| m != j && tok(tokens, m).is_some_and(is_past_marker))
    })
}

/// Which way a weekday at `at` points: "last Friday" and "said Friday" look back, "next
/// Friday", "as soon as Friday" and "will meet Friday" ahead.
pub fn weekday_direction(tokens: &[Token<'_>], at: usize) -> Direction {
    let i = before_clock_time(tokens, at);
    if weekday_surely_ahead(tokens, i, at) {
        return Direction::Future;
    }
    // "On Tuesday, the league plans to…": a weekday opening its sentence takes the tense of
    // the clause after it.
    if let Some(d) = fronted_clause_tense(tokens, i, 1) {
        return d;
    }
    // "It is now early on Thursday": a live blog running past midnight names the new day.
    let now_before = tokens
        .get(i.saturating_sub(4)..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(|t| !is_clause_break(t))
        .any(|t| t.is("now"));
    if now_before {
        return Direction::Future;
    }
    let prev = i
        .checked_sub(1)
        .and_then(|j| tok(tokens, j))
        .map(Token::lower);
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
        && !after_word(
            tokens,
            j,
            &["will", "would", "be", "is", "are", "to", "been", "being"],
        )
    {
        return Direction::Past;
    }
    if future_cue_near(tokens, i, 12) {
        Direction::Future
    } else {
        Direction::Past
    }
}

/// A future cue ("will", "plans to", "is to") among the `window` tokens before `i`, in the
/// same clause.
pub fn future_cue_near(tokens: &[Token<'_>], i: usize, window: usize) -> bool {
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
pub fn month_day_direction(tokens: &[Token<'_>], i: usize) -> Option<Direction> {
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
    // A deadline ("extended to Nov. 20", "set to expire Nov. 6", "by Feb. 10") or a date
    // something is set for ("called a snap election for 6 December"): a past verb says when
    // it was set, not when it falls, so the nearest such day is meant. "The Jan. 14
    // deadline": the date names a thing, not when a verb happened.
    if after_word(
        tokens,
        i,
        &[
            "by", "to", "until", "till", "through", "expire", "expires", "and", "record", "the",
        ],
    ) {
        return None;
    }
    // "scheduled for March 15" still points ahead.
    if after_word(tokens, i, &["for"]) {
        return future_cue_near(tokens, i, 6).then_some(Direction::Future);
    }
    if future_cue_near(tokens, i, 6) {
        return Some(Direction::Future);
    }
    nearer_verb_tense(tokens, i)
}

/// A past verb earlier in the clause, unless a present or modal verb comes between ("the
/// reduced dividend is payable Jan. 2") or it is a participle after one ("to be held on
/// April 24"); a future cue nearer than it ("said it will redeem the shares on Oct. 31").
fn nearer_verb_tense(tokens: &[Token<'_>], i: usize) -> Option<Direction> {
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
        if is_future_cue(tokens, from + k) {
            return Some(Direction::Future);
        }
        if is_past_marker(t) {
            if after_word(
                tokens,
                from + k,
                &["be", "been", "being", "will", "to", "is", "are"],
            ) {
                return None;
            }
            return Some(Direction::Past);
        }
    }
    None
}
