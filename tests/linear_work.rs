//! Issue 17's regression guard: the work of extracting each hostile case (bytes allocated,
//! a count that does not depend on the machine's speed) grows linearly with its size.
//! Quadratic paths (every date or quote of one huge sentence copying the sentence, a
//! look-back over the whole sentence per item) make the 4× case cost ~16× the 1× case.
//! With the output guard below, the tests of a binary of their own, one at a time (a lock),
//! so no other test's allocations are counted.
//!
//! Output memory: `briefline extract --format json|ron` writes the briefing as it is
//! serialised. A big article's JSON is ten times the article (every event carries its
//! sentence) and its RON five times; held whole, a 50 MB article's output took 2.1 GB.
//! Measured as the heap in use whenever the writer is handed bytes.

#[path = "../benches/common/hostile.rs"]
mod hostile;
#[path = "../benches/common/synthetic.rs"]
mod synthetic;

use briefline::extract::{Options, extract_text};
use cap::Cap;
use std::io::Write;
use std::sync::Mutex;

#[global_allocator]
static ALLOC: Cap<std::alloc::System> = Cap::new(std::alloc::System, usize::MAX);

/// One test at a time: the allocator's counts are the whole process's.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn allocated_by_extracting(text: &str) -> usize {
    let options = Options {
        reference_date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1),
        ..Options::default()
    };
    let before = ALLOC.total_allocated();
    let briefing = extract_text(text, &options);
    let work = ALLOC.total_allocated() - before;
    drop(briefing);
    work
}

#[test]
fn extraction_work_grows_linearly_on_every_hostile_case() {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut failures = Vec::new();
    for case in hostile::CASES {
        let one = (case.make)(1);
        let four = (case.make)(4);
        let w1 = allocated_by_extracting(&one);
        let w4 = allocated_by_extracting(&four);
        let growth = w4 as f64 / w1.max(1) as f64;
        let input_growth = four.len() as f64 / one.len() as f64;
        println!(
            "{:<22} input {:>8} → {:>8} B, allocated {:>11} → {:>11} B ({growth:.2}× for {input_growth:.2}× input; {:.0} B per input byte)",
            case.name,
            one.len(),
            four.len(),
            w1,
            w4,
            w4 as f64 / four.len() as f64
        );
        // Linear: 4× the input costs at most 5× the work, and no case allocates more than
        // 1 KB per byte of input (the worst today is under 600 B; before the fix, 4,000
        // quotes in one sentence allocated about 30 KB per byte).
        if growth > 1.25 * input_growth || w4 > 1000 * four.len() {
            failures.push(case.name);
        }
    }
    assert!(failures.is_empty(), "not linear: {failures:?}");
}

/// Counts what it is given and the most heap in use at any write.
struct Sampling {
    bytes: usize,
    peak_heap: usize,
}

impl Write for Sampling {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes += buf.len();
        self.peak_heap = self.peak_heap.max(ALLOC.allocated());
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn json_and_ron_are_written_without_holding_the_output() {
    let _one = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let text = synthetic::synthetic(1_000_000);
    let b = extract_text(
        &text,
        &Options {
            reference_date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1),
            ..Options::default()
        },
    );
    for format in ["json", "ron"] {
        let before = ALLOC.allocated();
        let mut out = Sampling {
            bytes: 0,
            peak_heap: before,
        };
        match format {
            "json" => briefline::export::json::write_json(&b, &mut out).unwrap(),
            _ => briefline::model::file::write_ron(&b, &mut out).unwrap(),
        }
        let extra = out.peak_heap - before;
        println!(
            "{format}: {} bytes written, at most {extra} bytes more on the heap",
            out.bytes
        );
        // Held whole, the text alone would be `out.bytes` more; a list of every event's
        // fields made before writing, about a fifth of it. Streamed, a buffer and a
        // look-up table: under a tenth.
        assert!(out.bytes > 5 * text.len(), "{format}: {} bytes", out.bytes);
        assert!(
            extra * 10 < out.bytes,
            "{format}: {extra} bytes held for {} written",
            out.bytes
        );
    }
}
