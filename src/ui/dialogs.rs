//! The native file dialogs (rfd; xdg-portal on Linux) behind the app's [`FileDialogs`] trait.
//! The trait and the scripted dialogs tests use live in [`crate::app::dialogs`].

pub use crate::app::dialogs::{FileDialogs, ScriptedDialogs};
use std::path::PathBuf;

/// The real dialogs.
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
