//! Whatever Briefline saves, it reopens, identical, and the file's size grows with the
//! article, not faster: extract → save → load round trips over generated articles with long
//! chains of story-relative dates ("The following year it grew."), quotes and questions,
//! and the cases from the bug reports.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::extract::{Options, extract_text};
use briefline::model::{Briefing, TimeAnchor, file};
use chrono::NaiveDate;
use proptest::prelude::*;
use std::fmt::Write as _;

/// Sentences an article is made of; `{n}` is replaced by a number.
const SENTENCES: &[&str] = &[
    "In 19{n} the dam project began.",
    "The following year it grew.",
    "The next day the council met again.",
    "A week later talks resumed in Oslo.",
    "Later that month the mayor resigned.",
    "Three years later the plant closed.",
    "The following month prices rose by {n} per cent.",
    "On Monday the board of Acme Corp voted.",
    "Last week the minister visited Tromsø.",
    "“We will finish line {n},” Mira Solberg said.",
    "“It is done,” she said on Tuesday.",
    "It remains unclear whether deal {n} will hold.",
    "The earlier plan collapsed on 6 January 20{n}.",
    "Since 2014 the river has flooded every spring.",
    "Earlier that day the police closed the road.",
    "The day after Christmas the shops reopened.",
    "The day before last Tuesday the talks stalled.",
    "On Friday at 3 p.m. the vote was held.",
    "From 2014 to 2022 the war went on.",
];

fn article(picks: &[(usize, u8)]) -> String {
    let mut text = String::from("Dam story\n\n");
    for (k, (i, n)) in picks.iter().enumerate() {
        let s = SENTENCES[i % SENTENCES.len()].replace("{n}", &format!("{:02}", n % 100));
        text.push_str(&s);
        text.push(if k % 4 == 3 { '\n' } else { ' ' });
        if k % 4 == 3 {
            text.push('\n');
        }
    }
    text
}

fn extract(text: &str, reference: Option<NaiveDate>) -> Briefing {
    extract_text(
        text,
        &Options {
            source_name: "story.txt".into(),
            meta: None,
            reference_date: reference,
        },
    )
}

/// Saves and reopens; the briefing must come back identical.
fn round_trip(b: &Briefing) -> String {
    let ron = file::to_ron(b).unwrap();
    let back = file::from_ron(&ron).unwrap_or_else(|e| panic!("cannot reopen: {e}"));
    assert!(back == *b, "reopened briefing differs");
    ron
}

/// The deepest nesting of brackets in a RON text (strings skipped).
fn nesting(ron: &str) -> usize {
    let (mut depth, mut max, mut in_str, mut escaped) = (0usize, 0usize, false, false);
    for c in ron.chars() {
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => {
                depth += 1;
                max = max.max(depth);
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn extract_save_load_is_identical(
        picks in prop::collection::vec((0usize..SENTENCES.len(), any::<u8>()), 1..120),
        chain in 0usize..200,
        dated in any::<bool>(),
    ) {
        let mut text = article(&picks);
        // A long chain of dates each counted from the one before.
        for k in 0..chain {
            text.push_str(SENTENCES[1 + k % 5]);
            text.push(' ');
        }
        let reference = dated.then(|| NaiveDate::from_ymd_opt(2026, 1, 6).unwrap());
        let b = extract(&text, reference);
        let ron = round_trip(&b);
        // Flat whatever the chain: the file nests no deeper than a short article's.
        prop_assert!(nesting(&ron) <= 12, "nesting {}", nesting(&ron));
        // Linear: bounded bytes per byte of article (the article is embedded once).
        prop_assert!(ron.len() < 2_000 + 60 * text.len(), "{} bytes for {}", ron.len(), text.len());
    }
}

#[test]
fn forty_years_counted_one_from_another_reopen() {
    // The report: "In 1995 it began." and 39 × "The following year it grew." did not reopen.
    for n in [38, 39, 40, 1_000] {
        let text = format!(
            "Growth\n\nIn 1995 it began. {}",
            "The following year it grew. ".repeat(n)
        );
        let b = extract(&text, None);
        let ron = round_trip(&b);
        assert!(nesting(&ron) <= 12, "{n}: nesting {}", nesting(&ron));
        let last = b.events.iter().filter_map(|e| e.date.start).max().unwrap();
        assert_eq!(
            last,
            NaiveDate::from_ymd_opt(1995 + i32::try_from(n).unwrap(), 1, 1).unwrap(),
            "{n}"
        );
        // Each anchor refers to its base, never a copy of the chain.
        for e in &b.events {
            if let Some(TimeAnchor::FromMention { base, .. }) = &e.anchor {
                assert!(matches!(**base, TimeAnchor::Earlier(_)), "{:?}", e.anchor);
            }
        }
    }
}

#[test]
fn mixed_story_relative_steps_reopen_and_follow_the_reference_date() {
    let steps = [
        "The next day it rained.",
        "A week later talks resumed.",
        "Later that month he resigned.",
    ];
    let mut text = String::from("Diary\n\nOn Monday the council met. ");
    for k in 0..300 {
        text.push_str(steps[k % 3]);
        text.push(' ');
    }
    let r1 = NaiveDate::from_ymd_opt(2026, 1, 6).unwrap();
    let mut b = extract(&text, Some(r1));
    round_trip(&b);
    // A new reference date moves the whole chain, and the result still round trips.
    let first = b.events.iter().filter_map(|e| e.date.start).max();
    let changed = b.set_reference_date(
        NaiveDate::from_ymd_opt(2027, 3, 4),
        briefline::model::DateOrigin::Analyst,
    );
    assert!(changed > 250, "{changed}");
    assert_ne!(b.events.iter().filter_map(|e| e.date.start).max(), first);
    round_trip(&b);
    // It matches extracting afresh at that date.
    let fresh = extract(&text, NaiveDate::from_ymd_opt(2027, 3, 4));
    let dates = |b: &Briefing| b.events.iter().map(|e| e.date.clone()).collect::<Vec<_>>();
    assert_eq!(dates(&b), dates(&fresh));
}

#[test]
fn an_article_of_short_quoted_sentences_saves_linearly() {
    // The report: 3.75 MB of short quoted sentences saved to 282 MB. Here 1/20th of that,
    // and twice as much: the file must grow in proportion.
    let make = |n: usize| {
        let mut t = String::from("Quotes\n\n");
        for i in 0..n {
            let _ = write!(t, "“Line {i} holds,” she said. ");
            if i % 5 == 4 {
                t.push_str("\n\n");
            }
        }
        t
    };
    let small = make(2_500);
    let large = make(5_000);
    let (a, b) = (extract(&small, None), extract(&large, None));
    let (ra, rb) = (round_trip(&a), round_trip(&b));
    let per_byte = |ron: &str, text: &str| ron.len() as f64 / text.len() as f64;
    let (pa, pb) = (per_byte(&ra, &small), per_byte(&rb, &large));
    assert!(pb < pa * 1.1, "small {pa:.1} B/B, large {pb:.1} B/B");
    assert!(pb < 40.0, "{pb:.1} bytes of file per byte of article");
}
