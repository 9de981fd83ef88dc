//! The PDF export read back by a real PDF reader: `pdftotext` (poppler-utils, installed by
//! CI) must find the speakers, the section headings, an event and the page footer. Skipped
//! with a note where `pdftotext` is not installed.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::export::{self, ExportFormat, ExportOptions, PageSize};
use briefline::load::seed_briefing;
use std::process::Command;

fn has_pdftotext() -> bool {
    Command::new("which")
        .arg("pdftotext")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn pdf_export_text_is_found_by_pdftotext() {
    if !has_pdftotext() {
        eprintln!("note: pdftotext not found (install poppler-utils); skipping the PDF text check");
        return;
    }
    let b = seed_briefing(None);
    let dir = std::env::temp_dir().join(format!("briefline-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for page in [PageSize::A4, PageSize::Letter] {
        let opts = ExportOptions {
            page,
            ..ExportOptions::default()
        };
        let bytes = export::render(&b, ExportFormat::Pdf, &opts).unwrap();
        let pdf = dir.join(format!("seed-{page:?}.pdf"));
        std::fs::write(&pdf, &bytes).unwrap();
        let out = Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pdftotext failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        for needle in [
            "Steve Witkoff",
            "Jared Kushner",
            "Volodymyr Zelenskiy",
            "Chronology",
            "Quotes",
            "Open questions",
            "Russia first invaded Ukraine",
            "Page 1 of",
        ] {
            assert!(
                text.contains(needle),
                "{page:?}: pdftotext output lacks {needle:?}:\n{text}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The text `pdftotext` reads from the PDF export of `b`.
fn pdf_text(b: &briefline::model::Briefing, name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("briefline-pdf-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bytes = export::render(b, ExportFormat::Pdf, &ExportOptions::default()).unwrap();
    let pdf = dir.join("out.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn grades_markdown_notes_and_paragraph_citations_reach_the_pdf() {
    if !has_pdftotext() {
        eprintln!("note: pdftotext not found (install poppler-utils); skipping the PDF text check");
        return;
    }
    let mut b = seed_briefing(None);
    let summit = b
        .events
        .iter()
        .position(|e| e.title.starts_with("Paris summit"))
        .unwrap();
    b.events[summit].grade = briefline::model::Grade::parse("B2").unwrap();
    b.events[summit].notes = "Check the *final* communiqué with **two** sources:\n\n\
        - AP\n- [Reuters](https://reuters.com)\n\n\
        See [x](javascript:alert(1)) and <img src=x onerror=alert(1)>."
        .to_owned();
    b.quotes[0].grade = briefline::model::Grade::parse("C3").unwrap();
    b.questions[1].status = briefline::model::QuestionStatus::Answered;
    b.notes = "# Assessment\n\nThe backing is **conditional**.\n\n1. Who pays?\n2. When?\n\n<script>alert(1)</script>".to_owned();
    let text = pdf_text(&b, "annotated");
    for needle in [
        "Paris summit of the coalition of the willing · B2 [1]",
        "Note: Check the final communiqué with two sources:",
        "Reuters (https://reuters.com)",
        "See x and <img src=x onerror=alert(1)>.",
        "· C3",
        "How would monitoring function in practice? (answered) [7]",
        "Analyst notes",
        "Assessment",
        "The backing is conditional.",
        "Who pays?",
        "<script>alert(1)</script>",
        // The sources cite the paragraph and quote the sentence.
        "Africa Digital News, New York, paris-summit-ukraine-security-guarantees.txt, ¶2: “The",
        "¶10: “Zelenskiy also",
    ] {
        assert!(
            text.contains(needle),
            "pdftotext output lacks {needle:?}:\n{text}"
        );
    }
    for absent in ["javascript", "bytes", "From:"] {
        assert!(!text.contains(absent), "{absent:?} in:\n{text}");
    }
}

fn story(name: &str) -> briefline::model::Briefing {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/stories")
        .join(name);
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    briefline::load::load_and_merge(&paths, None).unwrap()
}

/// A merged item cites every source that reports it, in the PDF as in Markdown (the marks
/// after each item are the same numbers), with its corroboration count.
#[test]
fn a_merged_item_cites_every_source_in_the_pdf() {
    if !has_pdftotext() {
        eprintln!("pdftotext not installed; skipped");
        return;
    }
    let b = story("aldermark-rate-cut");
    let merged = b
        .events
        .iter()
        .find(|e| e.corroboration() >= 2)
        .expect("the story has an event reported by two outlets");
    let md = export::render(&b, ExportFormat::Markdown, &ExportOptions::default()).unwrap();
    let md = String::from_utf8_lossy(&md);
    let line = md
        .lines()
        .find(|l| l.contains(&merged.title) && l.contains(']'))
        .unwrap();
    let marks: String = line
        .rsplit(' ')
        .next()
        .unwrap()
        .chars()
        .filter(|c| *c == '[' || *c == ']' || c.is_ascii_digit())
        .collect();
    assert!(marks.matches('[').count() >= 2, "Markdown: {line}");
    let text = pdf_text(&b, "merged");
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&marks), "the PDF gives {marks} too:\n{flat}");
    assert!(
        flat.contains(&format!("×{}", merged.corroboration())),
        "corroboration count:\n{flat}"
    );
}

/// Every conflict between sources is in the PDF, one line each, as in Markdown.
#[test]
fn conflicts_between_sources_reach_the_pdf() {
    if !has_pdftotext() {
        eprintln!("pdftotext not installed; skipped");
        return;
    }
    let mut seen = 0;
    for name in [
        "geneva-trade-deal",
        "valcorta-wildfire",
        "halvard-dam-collapse",
    ] {
        let b = story(name);
        let conflicts: usize = b.events.iter().map(|e| e.conflicts.len()).sum();
        seen += conflicts;
        let flat: String = pdf_text(&b, name)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            flat.matches("Conflict: Sources disagree on the").count(),
            conflicts,
            "{name}: one line per conflict:\n{flat}"
        );
    }
    assert!(seen >= 1, "the stories' planted conflicts are found");
}
