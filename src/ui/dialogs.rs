//! Native file dialogs behind a trait, so tests never open one.

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

/// The real dialogs (rfd; xdg-portal on Linux).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn open_files(&mut self) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open an article or briefing")
            .add_filter("Articles and briefings", &["txt", "md", "text", "ron"])
            .add_filter("Event lists", &["csv", "tsv"])
            .add_filter("All files", &["*"])
            .pick_files()
            .unwrap_or_default()
    }

    fn save_briefing(&mut self, default_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save briefing")
            .set_file_name(default_name)
            .add_filter("Briefline briefing", &["ron"])
            .save_file()
    }

    fn save_file(&mut self, default_name: &str, extension: &str) -> Option<PathBuf> {
        let short = extension.rsplit('.').next().unwrap_or(extension);
        rfd::FileDialog::new()
            .set_title("Export briefing")
            .set_file_name(default_name)
            .add_filter(extension, &[short])
            .save_file()
    }

    fn pick_folder(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Import a folder of articles")
            .pick_folder()
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
