//! An idle window does not redraw: once the app has settled, no frame asks for another
//! (a window that redraws forever keeps a core busy; under software rendering, all of one).
#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::app::{BrieflineApp, Command, Selection, Startup};
use briefline::ui::dialogs::ScriptedDialogs;
use chrono::NaiveDate;
use egui_kittest::Harness;
use std::path::PathBuf;

fn harness(files: Vec<PathBuf>) -> Harness<'static, BrieflineApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(40)
        .build_eframe(move |cc| {
            BrieflineApp::new(
                cc,
                Startup {
                    files,
                    reference_date: None,
                    today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
                    dialogs: Box::new(ScriptedDialogs::default()),
                    present: false,
                    recovery_dir: None,
                },
            )
        })
}

#[test]
fn the_sample_settles_and_stops_redrawing() {
    let mut h = harness(Vec::new());
    let r = h.try_run();
    assert!(r.is_ok(), "{r:?}");
    h.state_mut()
        .execute_at(Command::Select(Selection::Event(0)), 0.0);
    let r = h.try_run();
    assert!(r.is_ok(), "after selecting an event: {r:?}");
}

#[test]
fn a_briefing_of_several_sources_settles_too() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/stories/lanz-bribery-verdict"
    ));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut h = harness(files);
    for _ in 0..2000 {
        h.run_steps(1);
        if h.state().loading.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(h.state().doc.briefing.sources.len() > 1);
    let r = h.try_run();
    assert!(r.is_ok(), "{r:?}");
}
