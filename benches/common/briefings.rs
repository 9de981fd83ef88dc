//! Synthetic briefings for the export benchmarks: many events, or many annotated items
//! (events, quotes from many speakers, open questions, citations, grades and notes).

use briefline::model::{
    Actor, ActorId, ActorKind, Briefing, DateValue, Event, EventId, EventKind, Grade, Metadata,
    OpenQuestion, Provenance, QuestionId, Quote, QuoteId, Source, SourceId, Span,
};
use chrono::NaiveDate;

/// `n` day-precision events spread over 2014–2026 (a fixed LCG, so every run is equal).
pub fn big_briefing(n: usize) -> Briefing {
    let mut s: u32 = 42;
    let mut next = || {
        s = s.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        s
    };
    let start = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap_or_default();
    let events = (0..n)
        .map(|i| {
            let day = start + chrono::Duration::days(i64::from(next() % 4_700));
            Event {
                sentence: format!("On that day delegation {i} met officials to discuss the plan.")
                    .into(),
                kind: EventKind::Background,
                ..Event::by_analyst(
                    EventId::new(format!("ev-{}", i + 1)),
                    format!("Event {i}: delegation {} met officials", next() % 97),
                    DateValue::day(day),
                )
            }
        })
        .collect();
    Briefing {
        meta: Metadata {
            title: "Ten thousand events".into(),
            reference_date: NaiveDate::from_ymd_opt(2026, 1, 6),
            ..Metadata::default()
        },
        events,
        ..Briefing::default()
    }
}

/// `items` items, half events, a third quotes (from one speaker in fifty), the rest open
/// questions; each cites its sentence in a synthetic article of one paragraph per ten items,
/// every tenth is graded and carries a Markdown note.
pub fn annotated_briefing(items: usize) -> Briefing {
    let mut b = big_briefing(items / 2);
    let paragraph =
        "Officials met on that day to discuss the plan. They said “we will talk again” soon.";
    let paragraphs = items / 10 + 1;
    let mut text = String::from("Title\n\n");
    let mut spans = Vec::with_capacity(paragraphs);
    for _ in 0..paragraphs {
        spans.push(Span::new(text.len(), text.len() + paragraph.len()));
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    let source = SourceId::new("src-1");
    b.sources
        .push(Source::new(source.clone(), "synthetic.txt", text));
    let cite = |i: usize| {
        Some(Provenance {
            source: source.clone(),
            sentence: spans[i % spans.len()],
            expression: None,
        })
    };
    let speakers = (items / 3 / 50).max(1);
    b.actors = (0..speakers)
        .map(|k| Actor {
            id: ActorId::new(format!("a-{k}")),
            name: format!("Speaker {k}"),
            aliases: Vec::new(),
            kind: ActorKind::Person,
            title: None,
            role: None,
            mentions: 1,
            notes: String::new(),
        })
        .collect();
    let note = |i: usize| {
        if i.is_multiple_of(10) {
            "Check **with** the _ministry_:\n\n- who\n- [when](https://example.org)".to_owned()
        } else {
            String::new()
        }
    };
    let grade = |i: usize| {
        if i.is_multiple_of(10) {
            Grade::parse("B2").unwrap_or_default()
        } else {
            Grade::default()
        }
    };
    for (i, e) in b.events.iter_mut().enumerate() {
        e.provenance = cite(i);
        e.notes = note(i);
        e.grade = grade(i);
    }
    b.quotes = (0..items / 3)
        .map(|i| Quote {
            id: QuoteId::new(format!("q-{i}")),
            text: format!("we will talk again about point {i}"),
            speaker: Some(ActorId::new(format!("a-{}", i % speakers))),
            speaker_mention: None,
            venue: None,
            event: None,
            provenance: cite(i * 7),
            origin: briefline::model::Origin::Extracted,
            review: briefline::model::ReviewStatus::Unreviewed,
            grade: grade(i),
            notes: note(i),
            other_mentions: Vec::new(),
        })
        .collect();
    b.questions = (0..items - items / 2 - items / 3)
        .map(|i| OpenQuestion {
            id: QuestionId::new(format!("oq-{i}")),
            text: format!("Who pays for part {i} of the plan?"),
            events: Vec::new(),
            actors: Vec::new(),
            status: briefline::model::QuestionStatus::Open,
            provenance: cite(i * 3),
            origin: briefline::model::Origin::Extracted,
            review: briefline::model::ReviewStatus::Unreviewed,
            grade: grade(i),
            notes: note(i),
            other_mentions: Vec::new(),
        })
        .collect();
    b
}
