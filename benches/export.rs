//! Export speed on a 10,000-event briefing (target: under a second each for Markdown, HTML
//! and SVG). `cargo bench --bench export`.

use briefline::export::{ExportFormat, ExportOptions, render};
use briefline::model::{Briefing, DateValue, Event, EventId, EventKind, Metadata};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

/// 10,000 day-precision events spread over 2014–2026 (a fixed LCG, so every run is equal).
fn big_briefing(n: usize) -> Briefing {
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
                sentence: format!("On that day delegation {i} met officials to discuss the plan."),
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

fn bench(c: &mut Criterion) {
    let b = big_briefing(10_000);
    let opts = ExportOptions::default();
    let mut g = c.benchmark_group("export_10k");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, f) in [
        ("markdown", ExportFormat::Markdown),
        ("html", ExportFormat::Html),
        ("svg", ExportFormat::Svg),
    ] {
        g.bench_function(name, |bn| bn.iter(|| render(black_box(&b), f, &opts)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
