//! Extracts the extraction benchmark's synthetic article once: a steady workload for
//! instruction counts, which stay comparable on a shared, noisy machine where wall-clock
//! medians do not.
//!
//! ```sh
//! cargo build --release --example extract_once
//! valgrind --tool=callgrind --toggle-collect='*extract_text*' \
//!     target/release/examples/extract_once 512
//! ```
//! The argument is the article's size in KiB (default 512), or a file to extract instead.

#[path = "../benches/common/synthetic.rs"]
mod common;

use briefline::extract::{ArticleMeta, Options, extract_text};
use briefline::load::SEED_META;
use std::hint::black_box;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // A number: the synthetic article of that many KiB; else a file to extract (a hostile
    // shape written by `cargo bench --bench linear`, say).
    let arg = std::env::args().nth(1);
    let text = match arg.as_deref().map(str::parse::<usize>) {
        Some(Ok(kib)) => common::synthetic(kib * 1024),
        Some(Err(_)) => std::fs::read_to_string(arg.unwrap_or_default()).unwrap_or_default(),
        None => common::synthetic(512 * 1024),
    };
    let options = Options {
        source_name: "synthetic".into(),
        meta: ArticleMeta::from_ron(SEED_META).ok(),
        reference_date: None,
    };
    let briefing = extract_text(black_box(&text), &options);
    eprintln!(
        "{} bytes: {} events, {} quotes",
        text.len(),
        briefing.events.len(),
        briefing.quotes.len()
    );
}
