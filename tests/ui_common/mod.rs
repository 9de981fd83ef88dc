//! What the `egui_kittest` tests share: the app in a harness with scripted dialogs, waiting
//! for a background load, and a file to drop on the window.
#![allow(dead_code, reason = "each UI test binary uses a part of these")]

use briefline::app::{BrieflineApp, Startup};
use briefline::ui::dialogs::ScriptedDialogs;
use chrono::NaiveDate;
use egui_kittest::Harness;
use std::path::{Path, PathBuf};

/// The app on `files` (none: the sample article), window `size`, today 26 Nov 2026; the
/// file dialog answers with `answers` in turn.
pub fn app_harness(
    files: Vec<PathBuf>,
    answers: Vec<Vec<PathBuf>>,
    size: egui::Vec2,
) -> Harness<'static, BrieflineApp> {
    let mut h = Harness::builder().with_size(size).build_eframe(move |cc| {
        BrieflineApp::new(
            cc,
            Startup {
                files,
                reference_date: None,
                today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default(),
                dialogs: Box::new(ScriptedDialogs {
                    answers,
                    saves: Vec::new(),
                }),
                present: false,
                recovery_dir: None,
            },
        )
    });
    h.run_steps(2);
    h
}

/// Steps frames until the background load is done (bounded).
pub fn run_until_loaded(h: &mut Harness<'_, BrieflineApp>) {
    for _ in 0..2000 {
        h.run_steps(1);
        if h.state().loading.is_none() {
            h.run_steps(3);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the load did not finish");
}

/// A file dropped on the window.
#[derive(Debug)]
pub struct DroppedPath(pub PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
