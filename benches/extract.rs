//! Extraction throughput: the seed article (target: under 1 ms) and a large synthetic
//! article (target: at least 20 MB/s on one core). `cargo bench --bench extract`.

#[path = "common/synthetic.rs"]
mod common;

use briefline::extract::{ArticleMeta, Options, extract_text};
use briefline::load::{SEED_META, SEED_TEXT};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn options() -> Options {
    Options {
        source_name: "seed".into(),
        meta: ArticleMeta::from_ron(SEED_META).ok(),
        reference_date: None,
    }
}

fn bench(c: &mut Criterion) {
    let opts = options();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(SEED_TEXT.len() as u64));
    g.bench_function("seed", |b| {
        b.iter(|| extract_text(black_box(SEED_TEXT), &opts));
    });
    let big = common::synthetic(4 * 1024 * 1024);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("synthetic_4MiB", |b| {
        b.iter(|| extract_text(black_box(&big), &opts));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
