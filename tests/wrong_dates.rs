//! Dates the temporal tagger once got wrong (issue 18, "Wrong dates"), each from one
//! sentence with the reference date 2025-01-01.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::extract::{Options, extract_text};
use briefline::model::{DateValue, Precision};
use chrono::{NaiveDate, NaiveTime};

/// The dates of the events of a one-sentence article.
fn dates(sentence: &str) -> Vec<DateValue> {
    let text = format!("Council news\n\n{sentence}\n");
    let b = extract_text(
        &text,
        &Options {
            source_name: "one.txt".into(),
            meta: None,
            reference_date: NaiveDate::from_ymd_opt(2025, 1, 1),
        },
    );
    b.events
        .into_iter()
        .filter(|e| e.trigger.is_some())
        .map(|e| e.date)
        .collect()
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]

fn thousands_separators_are_part_of_the_number() {
    let d = dates("The council first met 1,500 days ago.");
    assert_eq!(d.first().and_then(|d| d.start), day(2020, 11, 23), "{d:?}");
    let d = dates("The town was founded 2,000 years ago.");
    let year = d
        .first()
        .and_then(|d| d.start)
        .map(|s| chrono::Datelike::year(&s));
    assert_eq!(year, Some(25), "{d:?}");
}

#[test]

fn an_explicit_year_that_is_not_valid_stays_unresolved() {
    for sentence in [
        "The council met on February 29, 2023.",
        "The council will meet on 1 January 99999.",
    ] {
        let d = dates(sentence);
        assert!(
            d.iter().all(|d| !d.is_resolved()),
            "{sentence}: {d:?} (never the reference year instead)"
        );
        // The event is kept, undated, and the briefing says why.
        let text = format!("Council news\n\n{sentence}\n");
        let b = extract_text(&text, &Options::default());
        assert_eq!(
            b.events.iter().filter(|e| e.trigger.is_some()).count(),
            1,
            "{sentence}"
        );
        assert!(
            b.warnings
                .iter()
                .any(|w| w.contains("is not a calendar date")),
            "{sentence}: {:?}",
            b.warnings
        );
    }
}

#[test]

fn a_huge_count_does_not_wrap_around() {
    // 4294967297 = 2^32 + 1: wrapped to 32 bits it is "1 month ago".
    let d = dates("The council met 4294967297 months ago.");
    assert!(
        d.iter().all(|d| d.start != day(2024, 12, 1)),
        "wrapped around: {d:?}"
    );
}

#[test]

fn hours_past_twelve_are_not_am_or_pm() {
    for (sentence, hour) in [
        ("The council met at 13 p.m. on Monday.", 13),
        ("The council met at 0 a.m. on Monday.", 0),
    ] {
        let d = dates(sentence);
        assert!(
            d.iter().all(|d| !(d.precision == Precision::Time
                && d.time == NaiveTime::from_hms_opt(hour, 0, 0))),
            "{sentence}: {d:?}"
        );
    }
}
