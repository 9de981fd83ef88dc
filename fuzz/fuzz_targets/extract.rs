//! Article bytes → briefing: decoding, cleaning, sentences, dates, quotes, questions.
//! Every span the extractor reports must slice the source text it points into.
#![no_main]

use briefline::extract::{Options, extract_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options {
        source_name: "fuzz.txt".into(),
        meta: None,
        reference_date: chrono::NaiveDate::from_ymd_opt(2026, 1, 6),
    };
    if let Ok(b) = extract_bytes(data, &opts) {
        let text = &b.sources[0].text;
        for e in &b.events {
            if let Some(p) = &e.provenance {
                assert!(p.sentence.slice(text).is_some());
            }
        }
        for q in &b.quotes {
            if let Some(p) = &q.provenance {
                assert!(p.sentence.slice(text).is_some());
            }
        }
        // What was extracted must survive the file format.
        let ron = briefline::model::file::to_ron(&b).unwrap();
        briefline::model::file::from_ron(&ron).unwrap();
    }
});
