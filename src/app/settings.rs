//! What Briefline remembers between runs ([`Settings`], stored by eframe as RON) and the
//! colour [`Theme`]. Only persisted preferences live here; what changes while the app runs
//! (selection, open windows, the document) is in [`super::BrieflineApp`]. How a theme looks
//! (egui visuals, palettes) is the UI's business: `src/ui/theme.rs`.

use crate::export::{ExportFormat, ExportOptions};
use crate::timeline::TimeView;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The app name eframe stores state under (`~/.local/share/briefline/app.ron` on Linux).
pub const APP_NAME: &str = "Briefline";

/// Storage key of the persisted settings.
pub const SETTINGS_KEY: &str = "briefline-settings";

/// Most recent files kept.
pub const MAX_RECENT: usize = 10;

/// True if eframe's state file exists but is not valid RON (eframe then starts empty).
pub fn state_file_is_corrupt(path: &Path) -> bool {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            !text.trim().is_empty()
                && ron::from_str::<std::collections::HashMap<String, String>>(&text).is_err()
        }
        Err(e) => e.kind() == std::io::ErrorKind::InvalidData,
    }
}

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Dark, Theme::Light, Theme::HighContrast];

    pub fn label(self) -> &'static str {
        match self {
            Theme::Dark => "Dark",
            Theme::Light => "Light",
            Theme::HighContrast => "High contrast",
        }
    }

    pub fn is_dark(self) -> bool {
        !matches!(self, Theme::Light)
    }
}

/// Settings remembered between runs (eframe persistence, RON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    pub ui_scale: f32,
    pub recent: Vec<PathBuf>,
    pub show_quotes: bool,
    pub show_questions: bool,
    pub show_actors: bool,
    pub show_reader: bool,
    pub show_inspector: bool,
    /// The Sources panel (briefings of several sources).
    pub show_sources: bool,
    /// Show only events and quotes reported by at least this many sources (1: all).
    pub min_corroboration: usize,
    /// Colour the timeline's events by the source that first reports them (briefings of
    /// several sources), instead of by kind.
    pub colour_by_source: bool,
    pub compress_gaps: bool,
    /// Show only items graded at least this well (an empty grade shows everything).
    pub grade_filter: crate::model::Grade,
    /// Hide rejected items from the timeline and panels.
    pub hide_rejected: bool,
    /// The last file and the timeline view on it (None: fit everything).
    pub last_file: Option<PathBuf>,
    pub last_view: Option<TimeView>,
    pub export: ExportSettings,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: Theme::Dark,
            ui_scale: 1.0,
            recent: Vec::new(),
            show_quotes: true,
            show_questions: true,
            show_actors: true,
            show_reader: true,
            show_inspector: true,
            show_sources: true,
            min_corroboration: 1,
            colour_by_source: false,
            compress_gaps: true,
            grade_filter: crate::model::Grade::default(),
            hide_rejected: false,
            last_file: None,
            last_view: None,
            export: ExportSettings::default(),
        }
    }
}

impl Settings {
    /// Parses saved settings; `Err` carries a message for the notice banner.
    pub fn from_ron(text: &str) -> Result<Self, String> {
        ron::from_str(text)
            .map_err(|e| format!("saved settings could not be read ({e}); defaults restored"))
    }

    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT);
    }

    /// Whether a panel is shown.
    pub fn shows_panel(&self, panel: super::Panel) -> bool {
        use super::Panel;
        match panel {
            Panel::Quotes => self.show_quotes,
            Panel::Questions => self.show_questions,
            Panel::Actors => self.show_actors,
            Panel::Reader => self.show_reader,
            Panel::Inspector => self.show_inspector,
            Panel::Sources => self.show_sources,
        }
    }

    /// Shows or hides a panel.
    pub fn set_panel(&mut self, panel: super::Panel, shown: bool) {
        use super::Panel;
        let flag = match panel {
            Panel::Quotes => &mut self.show_quotes,
            Panel::Questions => &mut self.show_questions,
            Panel::Actors => &mut self.show_actors,
            Panel::Reader => &mut self.show_reader,
            Panel::Inspector => &mut self.show_inspector,
            Panel::Sources => &mut self.show_sources,
        };
        *flag = shown;
    }
}

/// The export dialog's settings (remembered between exports).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    pub format: ExportFormat,
    pub options: ExportOptions,
    /// Images: the current view instead of the whole briefing.
    pub current_view: bool,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self {
            format: ExportFormat::Html,
            options: ExportOptions::default(),
            current_view: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panels_toggle_their_own_flag() {
        let mut s = Settings::default();
        for p in [
            super::super::Panel::Quotes,
            super::super::Panel::Questions,
            super::super::Panel::Actors,
            super::super::Panel::Reader,
            super::super::Panel::Inspector,
        ] {
            s.set_panel(p, false);
            assert!(!s.shows_panel(p));
            s.set_panel(p, true);
            assert!(s.shows_panel(p));
        }
        s.set_panel(super::super::Panel::Reader, false);
        assert!(s.show_quotes && !s.show_reader);
    }

    #[test]
    fn the_theme_is_stored_by_name() {
        let s = Settings {
            theme: Theme::HighContrast,
            ..Settings::default()
        };
        let text = ron::to_string(&s).unwrap();
        assert!(text.contains("theme:HighContrast"), "{text}");
        assert_eq!(Settings::from_ron(&text).unwrap(), s);
    }
}
