//! TimeML bytes → document → tagged document. Reading may refuse, never panic; a document
//! that reads writes back as TimeML that reads again, with the same text.
#![no_main]

use briefline::timeml::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::parse(data) else {
        return;
    };
    let tagged = doc.tag();
    for a in &tagged {
        assert!(a.span.slice(&doc.text).is_some(), "{a:?}");
    }
    let out = doc.write(&tagged);
    let again = Document::parse(out.as_bytes())
        .unwrap_or_else(|e| panic!("written TimeML does not read: {e}\n{out}"));
    assert_eq!(again.text, doc.text);
    assert_eq!(again.dct, doc.dct);
    assert!(again.gold.len() <= tagged.len());
});
