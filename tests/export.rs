//! Exports: golden files for the seed in every text format (reviewed by hand; regenerate
//! with `UPDATE_GOLDEN=1 cargo test --test export` and review the diff), byte-identical
//! output, the hostile-HTML test, image sizes, review filters and the CLI.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::export::{self, ExportFormat, ExportOptions, ImageOptions};
use briefline::load::seed_briefing;
use briefline::model::ReviewStatus;
use std::path::PathBuf;
use std::process::Command;

fn golden(name: &str, actual: &[u8]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|_| panic!("missing {}: run UPDATE_GOLDEN=1", path.display()));
    if expected != actual {
        let a = String::from_utf8_lossy(actual);
        let e = String::from_utf8_lossy(&expected);
        let first = a
            .lines()
            .zip(e.lines())
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        panic!(
            "{name} differs from the golden file at line {}:\n  got:      {:?}\n  expected: {:?}",
            first + 1,
            a.lines().nth(first),
            e.lines().nth(first)
        );
    }
}

fn render(format: ExportFormat) -> Vec<u8> {
    export::render(&seed_briefing(None), format, &ExportOptions::default()).unwrap()
}

#[test]
fn golden_markdown() {
    golden("seed.md", &render(ExportFormat::Markdown));
}

#[test]
fn golden_html() {
    golden("seed.html", &render(ExportFormat::Html));
}

#[test]
fn golden_svg() {
    golden("seed.svg", &render(ExportFormat::Svg));
}

#[test]
fn golden_json() {
    golden("seed.json", &render(ExportFormat::Json));
}

#[test]
fn golden_ron() {
    golden("seed.briefline.ron", &render(ExportFormat::Ron));
}

#[test]
fn golden_pdf() {
    golden("seed.pdf", &render(ExportFormat::Pdf));
}

#[test]
fn golden_png() {
    let opts = ExportOptions {
        image: ImageOptions {
            width: 640,
            height: 360,
            ..ImageOptions::default()
        },
        ..Default::default()
    };
    golden(
        "seed-640x360.png",
        &export::render(&seed_briefing(None), ExportFormat::Png, &opts).unwrap(),
    );
}

#[test]
fn identical_input_gives_identical_bytes_in_every_format() {
    for f in ExportFormat::ALL {
        assert_eq!(render(f), render(f), "{f:?}");
    }
}

#[test]
fn markdown_has_every_section() {
    let md = String::from_utf8(render(ExportFormat::Markdown)).unwrap();
    for needle in [
        "## Summary",
        "## Chronology",
        "- **2014** — Russia first invaded Ukraine [",
        "- **6 Jan 2026** — Paris summit of the coalition of the willing",
        "### Steve Witkoff",
        "> “If Ukrainians are to make a final deal,",
        "(on Telegram) [",
        "## Open questions",
        "- [ ] How would monitoring function in practice? [",
        "## Sources",
        "1. Africa Digital News, New York, paris-summit-ukraine-security-guarantees.txt, ¶2: “The commitment",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in:\n{md}");
    }
}

#[test]
fn hostile_article_text_comes_out_inert_in_html() {
    let text = "Hack <script>alert(1)</script> Day\n\n\
        On Monday, officials said the <img src=x onerror=alert(1)> page was \"<script>steal()</script> and more words here\", Mayor Ana Ruiz said.\n\n\
        It remains unclear whether <b onmouseover=alert(2)>anyone</b> will act.\n";
    let b = briefline::extract::extract_text(
        text,
        &briefline::extract::Options {
            reference_date: chrono::NaiveDate::from_ymd_opt(2026, 1, 6),
            ..Default::default()
        },
    );
    let html = String::from_utf8(
        export::render(&b, ExportFormat::Html, &ExportOptions::default()).unwrap(),
    )
    .unwrap();
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "live script tag");
    assert!(!lower.contains("<img"), "live img tag");
    assert!(!lower.contains("<b "), "live b tag");
    // Event-handler text may appear, but only as escaped text, never inside a tag.
    for (i, _) in lower.match_indices("onerror") {
        let open = lower[..i].rfind('<');
        let close = lower[..i].rfind('>');
        assert!(
            open.is_none() || close > open,
            "onerror= inside a tag at {i}"
        );
    }
    assert!(html.contains("&lt;script&gt;"));
    let svg = String::from_utf8(
        export::render(&b, ExportFormat::Svg, &ExportOptions::default()).unwrap(),
    )
    .unwrap();
    assert!(!svg.to_lowercase().contains("<script"));
}

/// Notes are the analyst's Markdown, but a briefing file can come from anyone: raw HTML is
/// text and script links are dropped in every notes export.
#[test]
fn hostile_notes_come_out_inert_and_markdown_renders() {
    let mut b = seed_briefing(None);
    let hostile = "**Check** this <script>alert(1)</script> and [x](javascript:alert(1)) \
                   <img src=x onerror=alert(1)> [AP](https://apnews.com)";
    b.notes = format!("# Assessment\n\n{hostile}\n\n- first point\n- second point");
    b.events[0].notes = hostile.to_owned();
    b.quotes[0].notes = hostile.to_owned();
    b.questions[0].notes = hostile.to_owned();
    let opts = ExportOptions::default();
    let html = String::from_utf8(export::render(&b, ExportFormat::Html, &opts).unwrap()).unwrap();
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "live script tag");
    assert!(!lower.contains("<img"), "live img tag");
    assert!(!lower.contains("javascript:"), "script link kept");
    assert_eq!(
        html.matches("<strong>Check</strong>").count(),
        4,
        "emphasis rendered"
    );
    assert!(
        html.contains("<h3>Assessment</h3>"),
        "briefing notes heading under h2"
    );
    assert!(html.contains("<li>first point</li>"));
    assert_eq!(
        html.matches("<a href=\"https://apnews.com\">AP</a>")
            .count(),
        4
    );
    let md = String::from_utf8(export::render(&b, ExportFormat::Markdown, &opts).unwrap()).unwrap();
    for (i, _) in md.match_indices("<script") {
        assert!(
            md[..i].ends_with('\\'),
            "raw HTML not escaped in Markdown at {i}"
        );
    }
    assert_eq!(md.matches("\\<script>").count(), 4);
    assert!(!md.to_lowercase().contains("javascript:"));
    assert!(md.contains("## Analyst notes\n\n### Assessment"));
    assert!(md.contains("[AP](https://apnews.com)"), "safe links kept");
}

#[test]
fn images_have_the_requested_size() {
    let b = seed_briefing(None);
    let png = export::render(&b, ExportFormat::Png, &ExportOptions::default()).unwrap();
    assert_eq!(export::png::png_size(&png), Some((1920, 1080)));
    let opts = ExportOptions {
        image: ImageOptions {
            width: 1280,
            height: 720,
            ..ImageOptions::default()
        },
        ..Default::default()
    };
    let png = export::render(&b, ExportFormat::Png, &opts).unwrap();
    assert_eq!(export::png::png_size(&png), Some((1280, 720)));
    let svg = String::from_utf8(export::render(&b, ExportFormat::Svg, &opts).unwrap()).unwrap();
    assert!(
        svg.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1280.0\" height=\"720.0\""
        ),
        "{}",
        &svg[..120]
    );
}

#[test]
fn review_filters_leave_items_out() {
    let mut b = seed_briefing(None);
    b.events[0].review = ReviewStatus::Rejected;
    b.quotes[0].review = ReviewStatus::Confirmed;
    let rejected_title = b.events[0].title.clone();
    let md = |o: &ExportOptions| {
        String::from_utf8(export::render(&b, ExportFormat::Markdown, o).unwrap()).unwrap()
    };
    let default = md(&ExportOptions::default());
    assert!(
        !default.contains(&format!("— {rejected_title}")),
        "rejected event exported"
    );
    let with_rejected = md(&ExportOptions {
        include_rejected: true,
        ..Default::default()
    });
    assert!(with_rejected.contains(&rejected_title));
    let confirmed_only = md(&ExportOptions {
        include_unreviewed: false,
        ..Default::default()
    });
    assert_eq!(confirmed_only.matches("> “").count(), 1, "{confirmed_only}");
    let no_excerpts = md(&ExportOptions {
        include_excerpts: false,
        ..Default::default()
    });
    assert!(!no_excerpts.contains(": “Unlike earlier meetings"));
    assert!(default.contains(": “"));
}

#[test]
fn cli_export_writes_every_format_and_fails_cleanly() {
    let dir = std::env::temp_dir().join(format!("briefline-export-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/paris-summit-ukraine-security-guarantees.txt"
    );
    for f in ["md", "html", "pdf", "png", "svg", "json", "ron"] {
        let out = dir.join(format!("seed.{f}"));
        let o = Command::new(env!("CARGO_BIN_EXE_briefline"))
            .args([
                "export",
                seed,
                "--format",
                f,
                "-o",
                out.to_str().unwrap(),
                "--width",
                "800",
                "--height",
                "450",
            ])
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{f}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.len() > 200, "{f} is tiny");
        match f {
            "pdf" => assert!(bytes.starts_with(b"%PDF-")),
            "png" => assert_eq!(export::png::png_size(&bytes), Some((800, 450))),
            _ => {}
        }
    }
    // Markdown to standard output equals the library's rendering.
    let o = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(["export", seed, "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(o.stdout, render(ExportFormat::Markdown));
    // An unwritable destination is a one-line error and leaves nothing behind.
    let o = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args([
            "export",
            seed,
            "--format",
            "html",
            "-o",
            "/definitely/missing/dir/x.html",
        ])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("could not write"));
}

#[test]
fn a_failed_write_keeps_the_previous_file() {
    let dir = std::env::temp_dir().join(format!("briefline-export-keep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let target = dir.join("notes.md");
    std::fs::write(&target, "previous").unwrap();
    // The disk fills up half-way through the write.
    let err = export::write_atomic_via(&target, |w| {
        w.write_all(b"half of the new notes")?;
        Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(left.len(), 1, "the temporary file is removed");
    // An export that cannot be written says the previous file is unchanged.
    let err = export::export_to(
        &seed_briefing(None),
        ExportFormat::Markdown,
        &ExportOptions::default(),
        &dir.join("no-such-folder/notes.md"),
    );
    assert!(
        err.unwrap_err()
            .to_string()
            .contains("previous file is unchanged")
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous");
}

#[test]
fn characters_xml_forbids_never_reach_svg_or_html_and_png_works() {
    // U+FFFE and U+FFFF, C0 controls, a noncharacter: in the article, its title and an
    // event title (as an analyst might paste them).
    let text = "Odd \u{fffe}title\u{1}\n\nThe council met on 3 March 2024 in Oslo\u{ffff} and \
                \u{fdd0}voted\u{b}.\n";
    let mut b = briefline::extract::extract_text(text, &briefline::extract::Options::default());
    assert!(!b.events.is_empty());
    b.events[0].title.push_str(" \u{fffe}\u{ffff}\u{1f}");
    b.meta.title.push('\u{ffff}');
    let opts = ExportOptions {
        image: ImageOptions {
            width: 640,
            height: 360,
            ..Default::default()
        },
        ..Default::default()
    };
    let forbidden = |s: &str| {
        s.chars().find(|&c| {
            matches!(c, '\u{fffe}' | '\u{ffff}' | '\u{fdd0}')
                || (c.is_control() && c != '\n' && c != '\t')
        })
    };
    let svg = String::from_utf8(export::render(&b, ExportFormat::Svg, &opts).unwrap()).unwrap();
    assert_eq!(forbidden(&svg), None);
    let html = String::from_utf8(export::render(&b, ExportFormat::Html, &opts).unwrap()).unwrap();
    assert_eq!(forbidden(&html), None);
    // The SVG is well-formed XML: usvg (what the PNG and PDF exports draw with) reads it.
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default());
    assert!(tree.is_ok(), "{:?}", tree.err());
    let png = export::render(&b, ExportFormat::Png, &opts).unwrap();
    assert_eq!(export::png::png_size(&png), Some((640, 360)));
    assert!(export::render(&b, ExportFormat::Pdf, &opts).is_ok());
}

#[test]
fn spans_that_do_not_fit_the_text_are_dropped_on_load_with_a_notice() {
    let dir = std::env::temp_dir().join(format!("briefline-export-spans-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut b = seed_briefing(None);
    b.events[1].provenance.as_mut().unwrap().sentence.end = 99_999_999;
    b.quotes[0].provenance.as_mut().unwrap().expression =
        Some(briefline::model::Span::new(usize::MAX, usize::MAX));
    b.events[1].notes = "my own note".into();
    let p = dir.join("bad-spans.briefline.ron");
    std::fs::write(&p, briefline::model::file::to_ron(&b).unwrap()).unwrap();
    for f in ["md", "html", "json"] {
        let o = Command::new(env!("CARGO_BIN_EXE_briefline"))
            .args(["export", p.to_str().unwrap(), "--format", f])
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{f}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let out = String::from_utf8_lossy(&o.stdout);
        if f == "json" {
            // The notice names the spans it dropped; no item cites them any more.
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            let warnings = v["warnings"].to_string();
            assert!(
                warnings.contains("did not fit the article text"),
                "{warnings}"
            );
            assert!(warnings.contains("ev-2 sentence (bytes "), "{warnings}");
            let items = format!("{}{}", v["events"], v["quotes"]);
            assert!(!items.contains("99999999"), "{items}");
            assert!(!items.contains(&usize::MAX.to_string()), "{items}");
        } else {
            assert!(!out.contains("99999999"), "{f}");
            assert!(!out.contains(&usize::MAX.to_string()), "{f}");
        }
    }
    let loaded = briefline::load::load_path(&p, None).unwrap();
    assert!(loaded.events[1].provenance.is_none());
    assert_eq!(
        loaded.events[1].notes, "my own note",
        "the analyst's work is kept"
    );
    assert!(
        loaded.quotes[0]
            .provenance
            .as_ref()
            .unwrap()
            .expression
            .is_none()
    );
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
}
