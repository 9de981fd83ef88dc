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
