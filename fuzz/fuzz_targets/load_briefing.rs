//! Untrusted `.briefline.ron` text → briefing. Loading may refuse, never panic; whatever
//! loads must save and load again to the same briefing.
#![no_main]

use briefline::model::file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(b) = file::from_ron(&text) {
        let again = file::to_ron(&b).unwrap();
        let back = file::from_ron(&again).unwrap();
        assert_eq!(file::to_ron(&back).unwrap(), again);
    }
});
