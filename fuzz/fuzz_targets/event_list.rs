//! CSV/TSV event-list bytes → event table. Parsing may refuse, never panic; every row it
//! accepts is a well-formed event, and what `import-folder` writes back reads again the same.
#![no_main]

use briefline::import::{Delimiter, parse_event_list, to_tsv};
use libfuzzer_sys::fuzz_target;
use std::sync::atomic::AtomicBool;

fuzz_target!(|data: &[u8]| {
    let cancel = AtomicBool::new(false);
    let delim = Delimiter::sniff(data);
    let mut last_progress = 0;
    let mut progress = |done: usize| {
        assert!(done >= last_progress && done <= data.len());
        last_progress = done;
    };
    let Ok(table) = parse_event_list(data, delim, &mut progress, &cancel) else {
        return;
    };
    for i in 0..table.len() {
        let row = table.row(i).unwrap();
        assert!(row.start_secs <= row.end_secs, "row {i}: {row:?}");
        assert!(!row.label.contains(['\n', '\r']), "row {i}: {row:?}");
        assert_eq!(row.label, row.label.trim(), "row {i}");
    }
    let tsv = to_tsv(&table);
    let again = parse_event_list(tsv.as_bytes(), Delimiter::Tab, &mut |_| {}, &cancel)
        .unwrap_or_else(|e| panic!("to_tsv output does not parse: {e}\n{tsv}"));
    assert_eq!(again, table);
});
