//! File dialogs behind a trait, so the app asks "where?" without knowing who answers: the
//! native dialogs (`src/ui/dialogs.rs`) in the real window, [`ScriptedDialogs`] in tests.

use std::path::PathBuf;

/// Asks the user for files.
pub trait FileDialogs {
    /// Files to open (empty if cancelled).
    fn open_files(&mut self) -> Vec<PathBuf>;
    /// Where to save an export (`None` if cancelled).
    fn save_file(&mut self, default_name: &str, extension: &str) -> Option<PathBuf>;
    /// Where to save the briefing itself (`None` if cancelled).
    fn save_briefing(&mut self, default_name: &str) -> Option<PathBuf> {
        self.save_file(default_name, crate::model::file::EXTENSION)
    }
    /// A folder of articles to import (`None` if cancelled or not supported).
    fn pick_folder(&mut self) -> Option<PathBuf> {
        None
    }
}

/// Dialogs that answer from a queue (tests).
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    pub answers: Vec<Vec<PathBuf>>,
    pub saves: Vec<PathBuf>,
}

impl FileDialogs for ScriptedDialogs {
    fn open_files(&mut self) -> Vec<PathBuf> {
        if self.answers.is_empty() {
            Vec::new()
        } else {
            self.answers.remove(0)
        }
    }

    fn save_file(&mut self, _default_name: &str, _extension: &str) -> Option<PathBuf> {
        if self.saves.is_empty() {
            None
        } else {
            Some(self.saves.remove(0))
        }
    }
}
