//! Native file dialogs behind a trait, so tests never open one.

use std::path::PathBuf;

/// Asks the user for files.
pub trait FileDialogs {
    /// Files to open (empty if cancelled).
    fn open_files(&mut self) -> Vec<PathBuf>;
}

/// The real dialogs (rfd; xdg-portal on Linux).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn open_files(&mut self) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open an article or briefing")
            .add_filter("Articles and briefings", &["txt", "md", "text", "ron"])
            .add_filter("All files", &["*"])
            .pick_files()
            .unwrap_or_default()
    }
}

/// Dialogs that answer from a queue (tests).
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    pub answers: Vec<Vec<PathBuf>>,
}

impl FileDialogs for ScriptedDialogs {
    fn open_files(&mut self) -> Vec<PathBuf> {
        if self.answers.is_empty() {
            Vec::new()
        } else {
            self.answers.remove(0)
        }
    }
}
