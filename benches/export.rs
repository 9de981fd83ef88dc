//! Export speed on a 10,000-event briefing (target: under a second each for Markdown, HTML
//! and SVG), and the PDF of briefings of 10,000 and 100,000 items with quotes, speakers,
//! citations, grades and notes (the time should grow tenfold, not a hundredfold).
//! `cargo bench --bench export`.

#[path = "common/briefings.rs"]
mod briefings;

use briefings::{annotated_briefing, big_briefing};
use briefline::export::{ExportFormat, ExportOptions, render};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn bench_pdf(c: &mut Criterion) {
    let opts = ExportOptions::default();
    let mut g = c.benchmark_group("export_pdf");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    for items in [10_000, 100_000] {
        let b = annotated_briefing(items);
        g.bench_function(format!("{items}_items"), |bn| {
            bn.iter(|| render(black_box(&b), ExportFormat::Pdf, &opts));
        });
    }
    g.finish();
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

criterion_group!(benches, bench, bench_pdf);
criterion_main!(benches);
