//! Issue 17's guard on output memory: `briefline extract --format json|ron` writes the
//! briefing as it is serialised. A big article's JSON is ten times the article (every
//! event carries its sentence) and its RON five times; held whole, a 50 MB article's
//! output took 2.1 GB. Measured as the heap in use whenever the writer is handed bytes,
//! a count that does not depend on the machine's speed. Its own binary, so no other test's
//! allocations are counted.

#[path = "../benches/common/synthetic.rs"]
mod synthetic;

use briefline::extract::{Options, extract_text};
use cap::Cap;
use std::io::Write;

#[global_allocator]
static ALLOC: Cap<std::alloc::System> = Cap::new(std::alloc::System, usize::MAX);

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
