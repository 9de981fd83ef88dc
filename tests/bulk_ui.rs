//! UI tests for bulk loading: CSV/TSV event lists and article folders open through the app's
//! normal paths (File ▸ Open, command line, dropped folders), load on a background thread,
//! and end up drawn on the timeline.
#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

mod common;
mod ui_common;

use ui_common::run_until_loaded;

use briefline::app::{BannerKind, BrieflineApp, Command};
use briefline::timeline::synthetic::synthetic_table;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::fmt::Write as _;
use std::path::PathBuf;

fn harness(files: Vec<PathBuf>, answers: Vec<Vec<PathBuf>>) -> Harness<'static, BrieflineApp> {
    ui_common::app_harness(files, answers, egui::vec2(1280.0, 800.0))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("briefline-bulk-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// 1,000 synthetic events as CSV with a header, labels quoted.
fn write_csv(dir: &std::path::Path) -> PathBuf {
    let t = synthetic_table(1000);
    let mut text = String::from("start,end,label,group\n");
    for i in 0..t.len() {
        let r = t.row(i).unwrap();
        let end = if r.end_secs > r.start_secs {
            r.end_secs.to_string()
        } else {
            String::new()
        };
        writeln!(text, "{},{end},\"{}\",{}", r.start_secs, r.label, r.group).unwrap();
    }
    let p = dir.join("events.csv");
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn a_csv_event_list_opens_from_the_dialog_and_is_drawn() {
    let csv = write_csv(&temp_dir("csv"));
    let mut h = harness(Vec::new(), vec![vec![csv.clone()]]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(1);
    run_until_loaded(&mut h);
    let app = h.state();
    assert_eq!(app.event_table.as_ref().unwrap().len(), 1000);
    assert_eq!(app.doc.briefing.meta.title, "events.csv: 1000 events");
    assert_eq!(app.doc.path.as_ref(), Some(&csv));
    assert_eq!(app.timeline_data.as_ref().unwrap().items.len(), 1000);
    assert!(app.banners.iter().all(|b| b.kind != BannerKind::Error));
    // Absolute dates: no prompt for a publication date.
    assert!(h.query_by_label("Set publication date…").is_none());
    // The canvas draws the events: labelled ones by their label, the rest in clusters.
    let singles = h.query_all_by_label_contains("Ev0").count();
    let clusters = h.query_all_by_label_contains("Cluster of").count();
    assert!(
        singles + clusters > 10,
        "{singles} singles, {clusters} clusters"
    );
    // Zooming in on one event shows it with its label.
    let target = synthetic_table(1).row(0).unwrap().start_secs as f64;
    h.state_mut()
        .execute_at(Command::ZoomToRange(target - 3600.0, target + 3600.0), 0.0);
    h.run_steps(40);
    h.get_by_label("Ev0000000 jaldwzwmqwpcdyyxoeog");
}

#[test]
fn a_bad_event_list_shows_its_line_and_keeps_the_briefing() {
    let dir = temp_dir("bad");
    let p = dir.join("bad.tsv");
    std::fs::write(
        &p,
        "start\tend\tlabel\n1700000000\t\tok\nnot a date\t\tbroken\n",
    )
    .unwrap();
    let mut h = harness(vec![p], Vec::new());
    run_until_loaded(&mut h);
    h.get_by_label_contains("bad.tsv: line 3: field 1 (start): `not a date` is not a time");
    assert!(h.state().event_table.is_none());
    assert!(
        !h.state().doc.briefing.events.is_empty(),
        "the seed stays open"
    );
}

#[test]
fn a_folder_of_articles_imports_in_the_background() {
    let dir = temp_dir("folder");
    for i in 0..5 {
        std::fs::write(
            dir.join(format!("a{i}.txt")),
            format!("Report {i}\n\nThe council met on 3 March 201{i} in Paris, officials said."),
        )
        .unwrap();
    }
    let mut h = harness(Vec::new(), Vec::new());
    h.state_mut().execute_at(Command::Open(dir.clone()), 0.0);
    run_until_loaded(&mut h);
    let app = h.state();
    assert!(
        app.doc.briefing.meta.title.contains("(5 articles)"),
        "{}",
        app.doc.briefing.meta.title
    );
    assert!(app.event_table.as_ref().unwrap().len() >= 5);
}

/// The shared 50 MB article, written to `dir`.
fn big_article(dir: &std::path::Path) -> PathBuf {
    let p = dir.join("huge-article.txt");
    std::fs::write(&p, common::fifty_megabyte_article()).unwrap();
    p
}

#[test]
fn a_fifty_megabyte_article_opens_in_the_background_with_progress() {
    let dir = temp_dir("huge");
    let article = big_article(&dir);
    let mut h = harness(Vec::new(), Vec::new());
    let before = h.state().doc.briefing.meta.title.clone();
    h.state_mut()
        .execute_at(Command::Open(article.clone()), 0.0);
    h.run_steps(2);
    // The window keeps drawing while the article loads: frames return, the open briefing
    // is still there, and the strip says what is happening.
    assert!(
        h.state().loading.is_some(),
        "a 50 MB article loads on the loading thread"
    );
    assert_eq!(h.state().doc.briefing.meta.title, before);
    h.get_by_label_contains("Opening huge-article.txt");
    for _ in 0..12_000 {
        h.run_steps(1);
        if h.state().loading.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(h.state().loading.is_none(), "the load finished");
    h.run_steps(3);
    let b = &h.state().doc.briefing;
    assert_eq!(h.state().doc.path.as_deref(), Some(article.as_path()));
    assert!(b.events.len() > 1000 && b.quotes.len() > 1000);
    assert!(
        h.state().event_table.is_none(),
        "an article opens as a normal briefing"
    );
}

#[test]
fn a_large_article_load_can_be_cancelled() {
    let dir = temp_dir("huge-cancel");
    let article = big_article(&dir);
    let mut h = harness(Vec::new(), Vec::new());
    let before = h.state().doc.briefing.meta.title.clone();
    h.state_mut().execute_at(Command::Open(article), 0.0);
    h.run_steps(2);
    h.get_by_label("Cancel").click();
    // The strip goes at once: the analyst does not wait for the analysis to run out.
    h.run_steps(2);
    assert!(h.state().loading.is_none(), "Cancel ends the load at once");
    // The open briefing stays, and the banner says the load was cancelled.
    assert_eq!(h.state().doc.briefing.meta.title, before);
    h.get_by_label_contains("cancelled");
}

#[test]
fn a_transcript_with_no_paragraph_breaks_is_read_a_page_of_blocks_at_a_time() {
    // 650 KB in one paragraph with no full stops: the reader lays it out in blocks of at
    // most 4 KB, 150 to a page, its ¶ number on the first block only.
    let dir = temp_dir("transcript");
    let p = dir.join("transcript.txt");
    let body = "Ana Ruiz said on Monday that the port would reopen ".repeat(13_000);
    std::fs::write(&p, format!("Port transcript\n\n{body}\n")).unwrap();
    let mut h = harness(Vec::new(), Vec::new());
    h.state_mut().execute_at(Command::Open(p), 0.0);
    run_until_loaded(&mut h);
    let blocks = h.state().doc.blocks.len();
    assert!((151..=300).contains(&blocks), "{blocks} blocks");
    assert!(h.state().doc.blocks.iter().all(|b| b.span.len() <= 4_000));
    assert_eq!(
        h.query_all_by_label("Paragraph 1 of 1 (page 1 of 2)")
            .count(),
        2,
        "a page bar above and below the text"
    );
    assert_eq!(h.query_all_by_label("¶1").count(), 1);
    h.query_all_by_label("Later ▶").next().unwrap().click();
    h.run_steps(3);
    assert_eq!(h.state().reader_page, 1);
    assert_eq!(
        h.query_all_by_label("Paragraph 1 of 1 (page 2 of 2)")
            .count(),
        2
    );
    // The paragraph's later blocks carry no second number.
    assert_eq!(h.query_all_by_label("¶1").count(), 0);
}
