//! Property tests: extraction never panics, on arbitrary text mixed with tricky news tokens
//! or on arbitrary bytes, and every provenance span it reports is a valid char-boundary range
//! into the source text (an event's sentence span slices to exactly its sentence).

use briefline::extract::{Options, extract_bytes, extract_text};
use briefline::model::{Briefing, Provenance, Span};
use chrono::NaiveDate;
use proptest::prelude::*;

/// Tokens that exercise the extractor's patterns and its byte arithmetic.
const VOCAB: &[&str] = &[
    "said",
    "says",
    "told",
    "reporters",
    "adding",
    "according",
    "to",
    "he",
    "she",
    "the",
    "minister",
    "U.S.",
    "U.K.",
    "Gen.",
    "Jan.",
    "Dec.",
    "Mr.",
    "p.m.",
    "a.m.",
    "John",
    "F.",
    "Kennedy",
    "2014",
    "2022",
    "2026-01-06",
    "6",
    "14:30",
    "3pm",
    "1990s",
    "mid-2022",
    "January",
    "March",
    "May",
    "on",
    "Wednesday",
    "in",
    "from",
    "between",
    "and",
    "since",
    "for",
    "four",
    "years",
    "a",
    "day",
    "earlier",
    "last",
    "next",
    "week",
    "month",
    "yesterday",
    "Christmas",
    "Eve",
    "New",
    "Year's",
    "Kyiv",
    "Beijing",
    "Berlin",
    "Washington",
    "NATO",
    "Ministry",
    "of",
    "Health",
    "so-called",
    "remain",
    "unresolved",
    "including",
    "how",
    "would",
    "whether",
    "unclear",
    "yet",
    "stopped",
    "short",
    "softened",
    "no",
    "decision",
    "still",
    "be",
    "negotiated",
    "Read Also:",
    "Print",
    "WhatsApp",
    "Outlet, City",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "''",
    "'",
    "«",
    "»",
    "„",
    ",",
    ".",
    ":",
    ";",
    "—",
    "–",
    "-",
    "(",
    ")",
    "?",
    "!",
    "…",
    "$",
    "%",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{feff}",
    "😀",
    "👩‍👩‍👧",
    "e\u{301}",
    "\u{301}",
    "ß",
    "İ",
    "ǅ",
    "Ωmega",
    "日本",
    "عربي",
    "\u{200b}",
    "\u{0}",
];

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(VOCAB).prop_map(str::to_owned),
        1 => proptest::collection::vec(any::<char>(), 0..6).prop_map(String::from_iter),
        1 => "[A-Z][a-z]{0,8}",
        1 => "[0-9]{1,5}",
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(&["", " ", " ", " ", "\n", "\n\n", ", "][..])
}

/// Mixed text of at most ~2 KB.
fn article() -> impl Strategy<Value = String> {
    proptest::collection::vec((token(), separator()), 0..160).prop_map(|parts| {
        let mut s = String::new();
        for (t, sep) in parts {
            if s.len() + t.len() + sep.len() > 2048 {
                break;
            }
            s.push_str(&t);
            s.push_str(sep);
        }
        s
    })
}

fn options(with_date: bool) -> Options {
    Options {
        source_name: "prop.txt".into(),
        meta: None,
        reference_date: with_date
            .then(|| NaiveDate::from_ymd_opt(2026, 1, 6))
            .flatten(),
    }
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.slice(text).is_some(),
        "{what}: span {span:?} is not a char-boundary range of a {}-byte text",
        text.len()
    );
    Ok(())
}

fn check_provenance(text: &str, p: Option<&Provenance>, what: &str) -> Result<(), TestCaseError> {
    let Some(p) = p else {
        return Err(TestCaseError::fail(format!("{what}: no provenance")));
    };
    check_span(text, p.sentence, what)?;
    if let Some(x) = p.expression {
        check_span(text, x, what)?;
    }
    Ok(())
}

/// Every span of the briefing points into its own source text.
fn check_briefing(b: &Briefing) -> Result<(), TestCaseError> {
    prop_assert_eq!(b.sources.len(), 1);
    let text = &b.sources[0].text;
    for e in &b.events {
        check_provenance(text, e.provenance.as_ref(), "event")?;
        if let Some(p) = &e.provenance {
            prop_assert_eq!(p.sentence.slice(text), Some(&*e.sentence));
        }
    }
    for q in &b.quotes {
        check_provenance(text, q.provenance.as_ref(), "quote")?;
    }
    for q in &b.questions {
        check_provenance(text, q.provenance.as_ref(), "question")?;
    }
    for l in &b.links {
        check_provenance(text, l.provenance.as_ref(), "link")?;
    }
    Ok(())
}

proptest! {
    #[test]
    fn extract_text_never_panics_and_spans_are_valid(text in article(), with_date in any::<bool>()) {
        let b = extract_text(&text, &options(with_date));
        prop_assert_eq!(&b.sources[0].text, &text);
        check_briefing(&b)?;
    }

    #[test]
    fn extract_text_on_arbitrary_unicode(text in "\\PC{0,400}", with_date in any::<bool>()) {
        let b = extract_text(&text, &options(with_date));
        check_briefing(&b)?;
    }

    #[test]
    fn extract_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(b) = extract_bytes(&bytes, &options(true)) {
            check_briefing(&b)?;
        }
    }

    #[test]
    fn extract_bytes_on_mixed_text_in_other_encodings(text in article(), utf16 in any::<bool>()) {
        let mut bytes = Vec::new();
        if utf16 {
            bytes.extend_from_slice(&[0xFF, 0xFE]);
            for unit in text.encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
        } else {
            // Latin-1 range characters as single bytes: invalid UTF-8, decoded as Windows-1252.
            bytes.extend(text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')));
        }
        if let Ok(b) = extract_bytes(&bytes, &options(false)) {
            check_briefing(&b)?;
        }
    }

    #[test]
    fn timeml_never_panics_and_keeps_the_text(text in article(), junk in "[<>&/A-Z= \"]{0,40}") {
        // Valid markup around arbitrary text: the tagger's output reads back to the same text.
        let escaped = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let doc = format!(
            "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2026-01-07\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>{escaped}</TEXT></TimeML>"
        );
        if let Ok(d) = briefline::timeml::Document::parse(doc.as_bytes()) {
            let out = d.write(&d.tag());
            let again = briefline::timeml::Document::parse(out.as_bytes());
            prop_assert!(again.is_ok());
            if let Ok(again) = again {
                prop_assert_eq!(again.text, d.text);
            }
        }
        // Broken markup: an error or a document, never a panic.
        let broken = doc.replacen("</TEXT>", &junk, 1);
        let _ = briefline::timeml::Document::parse(broken.as_bytes());
    }
}
