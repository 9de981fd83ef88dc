//! Issue 17's regression guard: the work of extracting each hostile case (bytes allocated,
//! a count that does not depend on the machine's speed) grows linearly with its size.
//! Quadratic paths (every date or quote of one huge sentence copying the sentence, a
//! look-back over the whole sentence per item) make the 4× case cost ~16× the 1× case.
//! One test in its own binary, so no other test's allocations are counted.

#[path = "../benches/common/hostile.rs"]
mod hostile;

use briefline::extract::{Options, extract_text};
use cap::Cap;

#[global_allocator]
static ALLOC: Cap<std::alloc::System> = Cap::new(std::alloc::System, usize::MAX);

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
