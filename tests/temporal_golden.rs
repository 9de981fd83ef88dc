//! Golden outputs of the temporal tagger, pinned byte for byte: what `tag_text` gives (span,
//! type, value) and what extraction sees (span, trigger, type, value, anchor) on every text
//! the repo has: the two held-out TimeML sets, the seed article and the invented snippets of
//! the tests (`data/temporal_snippets.txt`, collected from the test sources).
//!
//! A safety net for changing how the tagger is built: any difference in any expression fails.
//! When an output is meant to change, regenerate with `UPDATE_GOLDEN=1 cargo test --test
//! temporal_golden` and review the diff of `tests/golden/temporal/`.

#[path = "data/timeml_heldout.rs"]
#[allow(
    dead_code,
    reason = "only the texts are used here, not their annotations"
)]
mod heldout;
#[path = "data/timeml_heldout2.rs"]
#[allow(
    dead_code,
    reason = "only the texts are used here, not their annotations"
)]
mod heldout2;

use briefline::extract::temporal::{self, Timex};
use briefline::extract::{Doc, clean};
use briefline::load::SEED_TEXT;
use briefline::timeml::type_name;
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::path::PathBuf;

/// One text to tag and the creation (reference) date to tag it with.
struct Input {
    name: String,
    dct: NaiveDate,
    text: String,
}

fn date(s: &str) -> NaiveDate {
    let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") else {
        panic!("bad date {s}");
    };
    d
}

/// The snippets file: blocks that each start with a `%%%% source` line; the text is
/// everything up to the newline before the next such line.
fn snippets() -> Vec<Input> {
    let all = include_str!("data/temporal_snippets.txt");
    // The file ends with a newline after the last text.
    let all = all.strip_suffix('\n').unwrap_or(all);
    let mut out = Vec::new();
    // The first block is the file's heading.
    for (n, block) in all.split("\n%%%% ").skip(1).enumerate() {
        let Some((source, text)) = block.split_once('\n') else {
            panic!("a snippet block without text: {block:?}");
        };
        out.push(Input {
            name: format!("snippet {} ({source})", n + 1),
            dct: date("2026-01-07"),
            text: text.to_owned(),
        });
    }
    out
}

fn inputs() -> Vec<Input> {
    let mut out = Vec::new();
    let set1 = heldout::DOCS.iter().map(|d| ("1", d.name, d.dct, d.text));
    let set2 = heldout2::DOCS.iter().map(|d| ("2", d.name, d.dct, d.text));
    for (set, name, dct, text) in set1.chain(set2) {
        out.push(Input {
            name: format!("held-out {set} {name}"),
            dct: date(dct),
            text: text.to_owned(),
        });
    }
    out.push(Input {
        name: "seed".to_owned(),
        dct: date("2026-01-06"),
        text: SEED_TEXT.to_owned(),
    });
    out.extend(snippets());
    out
}

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/temporal")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        if let Err(e) = std::fs::write(&path, actual) {
            panic!("{}: {e}", path.display());
        }
        return;
    }
    let Ok(expected) = std::fs::read_to_string(&path) else {
        panic!("missing {}: run with UPDATE_GOLDEN=1", path.display());
    };
    if expected != actual {
        let first = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\n  got:      {:?}\n  expected: {:?}",
            first + 1,
            actual.lines().nth(first),
            expected.lines().nth(first)
        );
    }
}

fn slice(text: &str, span: briefline::model::Span) -> &str {
    span.slice(text).unwrap_or("<bad span>")
}

/// `tag_text`: one line per TIMEX3 (ranges are their two ends).
#[test]
fn tag_text_output_is_unchanged() {
    let mut out = String::new();
    for input in inputs() {
        let _ = writeln!(out, "## {} (dct {})", input.name, input.dct);
        for t in temporal::tag_text(&input.text, input.dct) {
            let _ = writeln!(
                out,
                "{}..{}\t{}\t{}\t{}",
                t.span.start,
                t.span.end,
                type_name(t.kind),
                t.value,
                slice(&input.text, t.span).replace('\n', "⏎")
            );
        }
    }
    golden("tag_text.txt", &out);
}

/// What extraction sees: the article cleaned into paragraphs and sentences, through the
/// document pass (`tag_sentences`, as `extract_text` calls it); span, trigger, type, value
/// and anchor.
#[test]
fn extraction_timexes_are_unchanged() {
    let mut out = String::new();
    for input in inputs() {
        let text = input.text.as_str();
        let cleaned = clean::clean(text);
        let doc = Doc::new(text, &cleaned.paragraphs);
        let found: Vec<Vec<Timex>> = temporal::tag_sentences(
            text,
            doc.sentences.iter().map(|s| s.tokens.as_slice()),
            None,
        );
        let _ = writeln!(out, "## {} (dct {})", input.name, input.dct);
        for t in found.iter().flatten() {
            let _ = writeln!(
                out,
                "{}..{}\t{}..{}\t{}\t{}\t{:?}\t{}",
                t.span.start,
                t.span.end,
                t.trigger.start,
                t.trigger.end,
                type_name(t.kind),
                t.timeml_value(input.dct),
                t.anchor,
                slice(text, t.trigger).replace('\n', "⏎")
            );
        }
    }
    golden("timexes.txt", &out);
}
