//! Dates across sources. Each source resolves its relative dates against its own reference
//! date before merging. A source with no date gets none silently: an event of it that merges
//! with dated reports takes their date ("dated by corroboration"), and the reference dates
//! that would give its relative expressions those dates become a suggestion the analyst
//! can accept ("probably 6–7 Jan 2026, from 3 corroborated events").

use super::events::{DateFit, Report, date_fit};
use crate::model::{DateValue, EventKind, Precision, SuggestedReference};
use chrono::{Days, NaiveDate};
use rustc_hash::FxHashMap as HashMap;

/// How far around a corroborated date a reference date is looked for.
const WINDOW_DAYS: u64 = 14;

/// Reference dates that would give `report` (of an undated source) the date `date`.
fn candidates(report: &Report, date: &DateValue) -> Vec<NaiveDate> {
    let Some(center) = date.start else {
        return Vec::new();
    };
    let e = &report.event;
    // The report's own news event is dated at its publication date.
    if e.trigger.is_none() && e.kind == EventKind::News {
        let last = date.end.unwrap_or(center);
        return center
            .iter_days()
            .take_while(|d| *d <= last)
            .take(WINDOW_DAYS as usize)
            .collect();
    }
    let Some(anchor) = e.anchor.as_ref().filter(|a| a.is_relative()) else {
        return Vec::new();
    };
    let (Some(from), Some(to)) = (
        center.checked_sub_days(Days::new(WINDOW_DAYS)),
        center.checked_add_days(Days::new(WINDOW_DAYS)),
    ) else {
        return Vec::new();
    };
    let window = (WINDOW_DAYS * 2 + 1) as usize;
    let fitting: Vec<NaiveDate> = from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|r| {
            anchor
                .resolve(Some(*r))
                .is_some_and(|got| date_fit(&got, date) == DateFit::Consistent)
        })
        .collect();
    // "For the sixth of December" resolves alike from any day of the window: it says
    // nothing of when the article was written.
    if fitting.len() >= window {
        Vec::new()
    } else {
        fitting
    }
}

/// The suggestion for one undated source from its corroborated reports: the reference dates
/// most of them agree on. `corroborated` pairs each report of the source that merged with
/// the date the merged event took.
pub fn suggest(corroborated: &[(&Report, &DateValue)]) -> Option<SuggestedReference> {
    // A time word pins the reference date better than the source's news event (dated at
    // publication, often attached to a sentence that has its own time word): news events
    // vote only when nothing else does.
    let (worded, news): (Vec<_>, Vec<_>) = corroborated
        .iter()
        .partition(|(r, _)| r.event.trigger.is_some());
    vote(&worded).or_else(|| vote(&news))
}

/// Whether a corroborated date is one day (not a span of days).
fn one_day(d: &DateValue) -> bool {
    matches!(d.precision, Precision::Day | Precision::Time) && !d.is_span()
}

/// The reference dates most of the reports agree on. Reports corroborated to one day vote
/// alone when any of them votes at all: "on Thursday" merged with a report of Thursday
/// 12 February pins the reference date to a week; merged with a report of "March" it allows
/// a month of Thursdays, and the two together would suggest their whole span.
fn vote(corroborated: &[&(&Report, &DateValue)]) -> Option<SuggestedReference> {
    let with_candidates: Vec<(bool, Vec<NaiveDate>)> = corroborated
        .iter()
        .map(|(r, date)| (one_day(date), candidates(r, date)))
        .filter(|(_, c)| !c.is_empty())
        .collect();
    let days_vote = with_candidates.iter().any(|(day, _)| *day);
    let mut votes: HashMap<NaiveDate, usize> = HashMap::default();
    let mut events = 0;
    for (day, c) in with_candidates {
        if days_vote && !day {
            continue;
        }
        events += 1;
        for d in c {
            *votes.entry(d).or_default() += 1;
        }
    }
    let best = votes.values().copied().max()?;
    let mut agreed: Vec<NaiveDate> = votes
        .into_iter()
        .filter(|(_, n)| *n == best)
        .map(|(d, _)| d)
        .collect();
    agreed.sort_unstable();
    Some(SuggestedReference {
        earliest: *agreed.first()?,
        latest: *agreed.last()?,
        events,
    })
}
