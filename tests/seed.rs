//! The seed article: what the foundation issue says must hold, asserted explicitly.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::load::seed_briefing;
use briefline::model::{ActorKind, Briefing, Precision};
use chrono::NaiveDate;

fn seed() -> Briefing {
    seed_briefing(None)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn metadata_from_sidecar_and_text() {
    let b = seed();
    assert_eq!(
        b.meta.title,
        "Ukraine Security Guarantees Gain US Backing At Paris Summit"
    );
    assert_eq!(b.meta.outlet.as_deref(), Some("Africa Digital News"));
    assert_eq!(b.meta.place.as_deref(), Some("New York"));
    assert_eq!(b.meta.reference_date, ymd(2026, 1, 6));
    assert_eq!(b.links.len(), 1);
    assert_eq!(
        b.links[0].title,
        "Russia – Ukraine Peace Deal Is 90% Ready, Ukraine Says"
    );
}

#[test]
fn the_four_events() {
    let b = seed();
    let find = |needle: &str| {
        b.events
            .iter()
            .find(|e| e.title.to_lowercase().contains(needle))
            .unwrap_or_else(|| {
                panic!(
                    "no event with {needle:?}: {:#?}",
                    b.events.iter().map(|e| &e.title).collect::<Vec<_>>()
                )
            })
    };
    let invasion = find("first invaded ukraine");
    assert_eq!(invasion.title, "Russia first invaded Ukraine");
    assert_eq!(invasion.date.precision, Precision::Year);
    assert_eq!(
        (invasion.date.start, invasion.date.end),
        (ymd(2014, 1, 1), ymd(2014, 12, 31))
    );
    let war = find("full-scale war");
    assert_eq!(war.title, "Russia launched a full-scale war");
    assert_eq!(war.date.precision, Precision::Year);
    assert_eq!(war.date.start, ymd(2022, 1, 1));
    let summit = find("paris summit");
    assert_eq!(summit.title, "Paris summit of the coalition of the willing");
    assert_eq!(summit.date.start, ymd(2026, 1, 6));
    assert_eq!(summit.date.precision, Precision::Day);
    let talks = find("continue negotiations");
    assert_eq!(talks.date.start, ymd(2026, 1, 7));
    assert_eq!(talks.trigger.as_deref(), Some("on Wednesday"));
    assert!(
        talks.title.starts_with("Ukrainian officials"),
        "{}",
        talks.title
    );
    assert_eq!(
        b.events.len(),
        4,
        "{:#?}",
        b.events.iter().map(|e| &e.title).collect::<Vec<_>>()
    );
}

#[test]
fn quotes_and_speakers() {
    let b = seed();
    let speaker = |text: &str| {
        let q = b
            .quotes
            .iter()
            .find(|q| q.text.starts_with(text))
            .unwrap_or_else(|| {
                panic!(
                    "no quote {text:?}: {:#?}",
                    b.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
                )
            });
        (q.speaker.as_ref().map(|s| b.actor_name(s).to_owned()), q)
    };
    assert_eq!(
        speaker("to deter any further attacks in Ukraine")
            .0
            .as_deref(),
        Some("Steve Witkoff")
    );
    assert_eq!(speaker("to defend").1.text, "to defend");
    assert_eq!(speaker("to defend").0.as_deref(), Some("Steve Witkoff"));
    assert_eq!(
        speaker("as strong as anyone has ever seen.").0.as_deref(),
        Some("Steve Witkoff")
    );
    assert_eq!(
        speaker("If Ukrainians are to make a final deal,")
            .0
            .as_deref(),
        Some("Jared Kushner")
    );
    let (z1, q1) = speaker("a signal of how seriously");
    assert_eq!(z1.as_deref(), Some("Volodymyr Zelenskiy"));
    assert!(q1.venue.as_deref().is_some_and(|v| v.contains("Telegram")));
    let (z2, q2) = speaker("for its readiness to be a backstop");
    assert_eq!(z2.as_deref(), Some("Volodymyr Zelenskiy"));
    assert!(q2.venue.as_deref().is_some_and(|v| v.contains("Telegram")));
    assert!(
        !b.quotes
            .iter()
            .any(|q| q.text.trim_end_matches(|c: char| !c.is_alphabetic())
                == "coalition of the willing"),
        "scare quote taken as speech"
    );
    assert_eq!(b.quotes.len(), 6);
}

#[test]
fn summit_links_witkoff_and_kushner_quotes() {
    let b = seed();
    let summit = b
        .events
        .iter()
        .find(|e| e.title.starts_with("Paris summit"))
        .unwrap();
    let linked: Vec<&str> = b
        .quotes_for_event(&summit.id)
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| b.actor_name(s))
        .collect();
    assert!(
        linked.contains(&"Steve Witkoff") && linked.contains(&"Jared Kushner"),
        "{linked:?}"
    );
}

#[test]
fn open_questions() {
    let b = seed();
    let texts: Vec<String> = b.questions.iter().map(|q| q.text.to_lowercase()).collect();
    let has = |words: &[&str]| texts.iter().any(|t| words.iter().all(|w| t.contains(w)));
    assert!(has(&["monitoring", "function", "practice"]), "{texts:#?}");
    assert!(
        has(&["military", "supported", "financed", "long term"]),
        "{texts:#?}"
    );
    assert!(has(&["endors", "final statement"]), "{texts:#?}");
    assert!(has(&["multinational force", "softened"]), "{texts:#?}");
    assert!(
        b.questions
            .iter()
            .any(|q| q.text == "How would monitoring function in practice?"),
        "{texts:#?}"
    );
}

#[test]
fn actors() {
    let b = seed();
    let kind = |name: &str| b.actors.iter().find(|a| a.name == name).map(|a| a.kind);
    for p in [
        "Steve Witkoff",
        "Jared Kushner",
        "Donald Trump",
        "Alexus Grynkewich",
        "Volodymyr Zelenskiy",
    ] {
        assert_eq!(kind(p), Some(ActorKind::Person), "{p}: {:#?}", b.actors);
    }
    for c in ["United States", "Russia", "Ukraine"] {
        assert_eq!(kind(c), Some(ActorKind::Country), "{c}");
    }
    assert_eq!(kind("coalition of the willing"), Some(ActorKind::Group));
    let us = b.actors.iter().find(|a| a.name == "United States").unwrap();
    assert!(us.aliases.iter().any(|a| a == "Washington"));
    let ru = b.actors.iter().find(|a| a.name == "Russia").unwrap();
    assert!(ru.aliases.iter().any(|a| a == "Moscow"));
    let g = b
        .actors
        .iter()
        .find(|a| a.name == "Alexus Grynkewich")
        .unwrap();
    assert_eq!(g.title.as_deref(), Some("Gen."));
    assert_eq!(
        g.role.as_deref(),
        Some("the top U.S. military commander in Europe")
    );
}

#[test]
fn provenance_spans_point_at_their_text() {
    let b = seed();
    let text = &b.sources[0].text;
    for e in &b.events {
        let p = e.provenance.as_ref().unwrap();
        assert_eq!(p.sentence.slice(text), Some(&*e.sentence));
        if let (Some(x), Some(t)) = (p.expression, &e.trigger) {
            assert_eq!(x.slice(text), Some(t.as_str()));
        }
    }
    for q in &b.quotes {
        let p = q.provenance.as_ref().unwrap();
        let quoted = p.expression.unwrap().slice(text).unwrap();
        assert!(
            quoted.starts_with(q.text.trim_end_matches('.')),
            "{quoted:?} vs {:?}",
            q.text
        );
    }
}

#[test]
fn without_reference_date_relative_events_stay_unresolved() {
    let text = briefline::load::SEED_TEXT;
    let b = briefline::extract::extract_text(text, &briefline::extract::Options::default());
    assert_eq!(b.meta.reference_date, None);
    let talks = b
        .events
        .iter()
        .find(|e| e.trigger.as_deref() == Some("on Wednesday"))
        .unwrap();
    assert!(!talks.date.is_resolved());
    let invasion = b
        .events
        .iter()
        .find(|e| e.trigger.as_deref() == Some("in 2014"))
        .unwrap();
    assert!(invasion.date.is_resolved());
    assert!(!b.warnings.is_empty());
    // Setting the date re-resolves.
    let mut b = b;
    let changed = b.set_reference_date(ymd(2026, 1, 6), briefline::model::DateOrigin::Analyst);
    assert!(changed >= 2);
    let talks = b
        .events
        .iter()
        .find(|e| e.trigger.as_deref() == Some("on Wednesday"))
        .unwrap();
    assert_eq!(talks.date.start, ymd(2026, 1, 7));
}

#[test]
fn ron_round_trip_is_lossless_and_deterministic() {
    let b = seed();
    let text = briefline::model::file::to_ron(&b).unwrap();
    let back = briefline::model::file::from_ron(&text).unwrap();
    assert_eq!(back, b);
    assert_eq!(briefline::model::file::to_ron(&back).unwrap(), text);
}

#[test]
fn datelines_set_the_reference_date_but_a_leading_date_does_not() {
    use briefline::extract::{Options, extract_text};
    let b = extract_text(
        "Talks Resume\n\nKYIV, Jan. 6, 2026 (Reuters) — Officials said talks would resume on Wednesday.\n",
        &Options::default(),
    );
    assert_eq!(b.meta.reference_date, ymd(2026, 1, 6));
    assert_eq!(
        b.meta.reference_origin,
        briefline::model::DateOrigin::Dateline
    );
    let b = extract_text(
        "Reports\n\nOn February 1, 2025, the agency published a report on the flood.\n",
        &Options::default(),
    );
    assert_eq!(b.meta.reference_date, None);
    let b = extract_text(
        "Notice\n\nPublished 2025-03-04\n\nThe council met on Monday.\n",
        &Options::default(),
    );
    assert_eq!(b.meta.reference_date, ymd(2025, 3, 4));
}
