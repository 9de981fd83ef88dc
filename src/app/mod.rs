//! The application's state and intent, without drawing. [`BrieflineApp`] owns what is open,
//! what is selected, the view on the timeline, the settings and which windows are shown;
//! [`Command`] lists everything the user can ask for; [`BrieflineApp::execute_at`] (in
//! `execute.rs`) is the one place that carries a command out. Nothing here names egui or
//! [`crate::ui`]: the UI reads this state, draws it and hands back commands (the key press →
//! command table is `src/ui/keymap.rs`; the eframe shell that runs a frame is
//! `src/ui/shell.rs`).
//!
//! - `command.rs`: [`Command`], [`Selection`], [`Window`], [`Panel`], [`PresentAction`].
//! - `execute.rs`: carrying commands out, and the timeline navigation they need.
//! - `settings.rs`: [`Settings`] (persisted between runs) and [`Theme`].
//! - `document.rs`: the open [`Document`]; `notices.rs`: [`Banner`]s, typed by [`Topic`].
//! - `editing.rs`: analyst edits, review, the reference date; `saving.rs`: save, the
//!   unsaved-changes question, autosave and recovery.
//! - `loading.rs`: [`LoadJob`], bulk and large files on a background thread.
//! - `search.rs`, `present.rs` (presentation mode), `timeline.rs` ([`TimelineState`] and the
//!   cached timeline items), `dialogs.rs` (the [`FileDialogs`] trait).

use crate::load;
use crate::model::Briefing;
use crate::save::{Recovery, RecoveryInfo};
use crate::timeline::{EventTable, TimelineData};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod command;
pub mod dialogs;
mod document;
mod editing;
mod execute;
mod loading;
mod notices;
mod present;
mod saving;
mod search;
mod settings;
mod sources;
mod timeline;

pub use command::{Command, Panel, PresentAction, Selection, Window};
pub use dialogs::{FileDialogs, ScriptedDialogs};
pub use document::{BLOCK_BYTES, Block, Document};
pub use editing::PRECISIONS;
pub use loading::{
    BACKGROUND_BYTES, LoadFailure, LoadJob, Loaded, Merged, Outcome, is_bulk_path,
    is_large_document,
};
pub use notices::{Banner, BannerKind, Topic, undated_sources_banner};
pub use present::{Presentation, Step};
pub use saving::{AUTOSAVE_SECS, Autosave, Pending, UnsavedChoice};
pub use search::SearchResults;
pub use settings::{
    APP_NAME, ExportSettings, MAX_RECENT, SETTINGS_KEY, Settings, Theme, state_file_is_corrupt,
};
pub use sources::{DropChoice, MentionView};
pub use timeline::{ANIMATION_SECS, TimelineState};

/// The reference-date editor's state (a draft until Apply).
#[derive(Clone, Debug, PartialEq)]
pub struct DateEditor {
    /// The date as typed.
    pub text: String,
    /// The date the picker shows: the last text that parsed, or the last date picked.
    pub picked: NaiveDate,
    pub error: Option<String>,
}

/// One-shot requests the app makes of the window while carrying out commands: the shell
/// takes them after each frame ([`BrieflineApp::take_requests`]) and the UI acts on them once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WindowRequests {
    /// Scroll the reader and the cards to the selection.
    pub reveal_selection: bool,
    /// Put the keyboard in the search box.
    pub focus_search: bool,
    /// Put the keyboard in the first field of a newly added item.
    pub focus_new_item: bool,
    /// Enter (`Some(true)`) or leave fullscreen.
    pub fullscreen: Option<bool>,
    /// Close the window (quitting was allowed).
    pub close: bool,
}

/// What the app starts with.
pub struct Startup {
    pub files: Vec<PathBuf>,
    pub reference_date: Option<NaiveDate>,
    /// Injected so tests and screenshots are deterministic.
    pub today: NaiveDate,
    pub dialogs: Box<dyn FileDialogs>,
    /// Start in presentation mode (`briefline present`).
    pub present: bool,
    /// Where autosaves go (`None`: no autosave, e.g. tests that do not test it).
    pub recovery_dir: Option<PathBuf>,
}

/// The application: everything the UI draws, and nothing about how it is drawn.
pub struct BrieflineApp {
    pub settings: Settings,
    pub doc: Document,
    pub selection: Selection,
    pub actor_filter: Option<usize>,
    pub search: String,
    pub search_results: SearchResults,
    pub timeline: TimelineState,
    /// The timeline items, cached until the briefing, the filters or the gap setting change.
    pub timeline_data: Option<TimelineData>,
    pub banners: Vec<Banner>,
    pub date_editor: Option<DateEditor>,
    pub dialogs: Box<dyn FileDialogs>,
    pub today: NaiveDate,
    pub show_shortcuts: bool,
    pub show_export: bool,
    pub show_deck: bool,
    pub show_review: bool,
    pub show_notes: bool,
    /// Presentation mode, when on.
    pub presenting: Option<Presentation>,
    /// The presentation step the timeline was last moved to.
    pub presented_step: Option<usize>,
    pub(crate) cli_date: Option<NaiveDate>,
    /// The crash-recovery file, when autosave is on.
    pub recovery: Option<Recovery>,
    /// A recovery file left by a session that did not end cleanly, offered at start-up.
    pub recovery_offer: Option<RecoveryInfo>,
    pub autosave: Autosave,
    /// An action waiting for the answer to "save your changes?".
    pub pending: Option<Pending>,
    /// Set once closing the window is allowed (nothing unsaved, or the analyst chose).
    pub allow_close: bool,
    /// A one-line status message (last save, undo…), shown in the status bar.
    pub status: String,
    /// The page of a long article the reader shows.
    pub reader_page: usize,
    /// A CSV/TSV or folder import running in the background.
    pub loading: Option<LoadJob>,
    /// The bulk events the timeline shows instead of the briefing's (CSV/TSV, folders).
    pub event_table: Option<Arc<EventTable>>,
    /// Show only what this source reports (the Sources panel).
    pub source_filter: Option<usize>,
    /// Which mention of the selected item the reader shows (0: the first report).
    pub mention: usize,
    /// Articles dropped on an open briefing, waiting for "add or open separately?".
    pub dropped: Option<Vec<PathBuf>>,
    pub(crate) requests: WindowRequests,
}

impl BrieflineApp {
    /// Creates the app from what the last run stored: `saved` is the settings text, if any;
    /// `state_unreadable` says the state file exists but could not be read. Problems with
    /// either become notices and the defaults are used.
    pub fn restore(saved: Option<&str>, state_unreadable: bool, startup: Startup) -> Self {
        let mut notices = Vec::new();
        let settings = if let Some(text) = saved {
            Settings::from_ron(text).unwrap_or_else(|e| {
                notices.push(Banner::info(e));
                Settings::default()
            })
        } else {
            if state_unreadable {
                notices.push(Banner::info(
                    "The saved window state could not be read; defaults were restored",
                ));
            }
            Settings::default()
        };
        let mut app = Self::with_settings(settings, startup);
        app.banners.extend(notices);
        app
    }

    /// Creates the app with these settings (tests, benchmarks, and [`Self::restore`]).
    pub fn with_settings(settings: Settings, startup: Startup) -> Self {
        let seed = Document::new(load::seed_briefing(startup.reference_date), None);
        let mut app = Self {
            settings,
            doc: seed,
            selection: Selection::None,
            actor_filter: None,
            search: String::new(),
            search_results: SearchResults::default(),
            timeline: TimelineState::default(),
            timeline_data: None,
            banners: Vec::new(),
            date_editor: None,
            dialogs: startup.dialogs,
            today: startup.today,
            show_shortcuts: false,
            show_export: false,
            show_deck: false,
            show_review: false,
            show_notes: false,
            presenting: None,
            presented_step: None,
            cli_date: startup.reference_date,
            recovery: startup.recovery_dir.map(Recovery::new),
            recovery_offer: None,
            autosave: Autosave::default(),
            pending: None,
            allow_close: false,
            status: String::new(),
            reader_page: 0,
            loading: None,
            event_table: None,
            source_filter: None,
            mention: 0,
            dropped: None,
            requests: WindowRequests::default(),
        };
        app.recovery_offer = app.recovery.as_ref().and_then(Recovery::pending);
        if startup.files.is_empty() {
            app.after_load();
        } else {
            // Several articles open as one briefing of several sources.
            app.open_many(&startup.files);
        }
        if app.doc.path == app.settings.last_file {
            app.timeline.view = app.settings.last_view;
        }
        if startup.present {
            app.execute_at(Command::StartPresenting, 0.0);
        }
        app
    }

    /// The window requests made since the last call (the shell takes them once per frame).
    pub fn take_requests(&mut self) -> WindowRequests {
        std::mem::take(&mut self.requests)
    }

    /// Settings to store between runs: the settings with the open file and its view.
    pub fn settings_to_store(&self) -> Settings {
        Settings {
            last_file: self.doc.path.clone(),
            last_view: self.timeline.view,
            ..self.settings.clone()
        }
    }

    pub(crate) fn after_load(&mut self) {
        self.reader_page = 0;
        self.event_table = None;
        self.selection = Selection::None;
        self.actor_filter = None;
        self.source_filter = None;
        self.mention = 0;
        self.timeline = TimelineState::default();
        self.invalidate_timeline();
        self.doc.generation += 1;
        // The missing publication date has its own prompt with a button; no second banner.
        let no_date = self.doc.briefing.meta.reference_date.is_none();
        // Several sources without a date make one notice, not one line each.
        let mut undated: Vec<&str> = Vec::new();
        for w in &self.doc.briefing.warnings {
            if let Some((name, rest)) = w.split_once(": ")
                && rest.starts_with(crate::model::MISSING_REFERENCE_DATE_WARNING_HEAD)
            {
                undated.push(name);
                continue;
            }
            let banner = Banner::from_briefing_warning(w);
            if no_date && banner.topic == Topic::MissingReferenceDate {
                continue;
            }
            self.banners.push(banner);
        }
        if let Some(banner) = undated_sources_banner(&undated) {
            self.banners.push(banner);
        }
    }

    /// Opens a file; failures become an error banner and the current briefing stays. Bulk
    /// data and large files load in the background ([`LoadJob`]).
    pub fn open(&mut self, path: &Path) {
        if is_bulk_path(path) || is_large_document(path) {
            self.start_load(path);
            return;
        }
        match load::load_path(path, self.cli_date) {
            Ok(b) => self.opened(b, path),
            Err(e) => self
                .banners
                .push(Banner::error(format!("Could not open {e}"))),
        }
    }

    /// Makes a loaded briefing the open document.
    pub(crate) fn opened(&mut self, b: Briefing, path: &Path) {
        self.banners.retain(|b| b.kind == BannerKind::Info);
        self.doc = Document::new(b, Some(path.to_owned()));
        self.settings.remember(path);
        self.settings.last_file = Some(path.to_owned());
        self.after_load();
    }

    /// True if the review or grade filters hide anything.
    pub fn filters_active(&self) -> bool {
        self.settings.hide_rejected
            || self.settings.grade_filter.is_graded()
            || self.source_filters_active()
    }

    /// Whether an item with this review and grade passes the view filters.
    pub fn shows(&self, review: crate::model::ReviewStatus, grade: crate::model::Grade) -> bool {
        !(self.settings.hide_rejected && review == crate::model::ReviewStatus::Rejected)
            && grade.meets(self.settings.grade_filter)
    }

    /// True when the open article has no publication date to resolve relative dates
    /// against (event lists carry absolute dates: nothing to resolve there).
    pub fn lacks_reference_date(&self) -> bool {
        self.doc.briefing.meta.reference_date.is_none() && self.event_table.is_none()
    }

    /// Event indices in time order (unresolved last).
    pub fn events_in_order(&self) -> Vec<usize> {
        self.doc.briefing.events_in_time_order()
    }

    /// The event the selection points at (an event, or a quote's event).
    pub fn focused_event(&self) -> Option<usize> {
        let b = &self.doc.briefing;
        match self.selection {
            Selection::Event(i) => Some(i),
            Selection::Quote(q) => {
                let id = b.quotes.get(q)?.event.as_ref()?;
                b.events.iter().position(|e| &e.id == id)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn startup() -> Startup {
        Startup {
            files: Vec::new(),
            reference_date: None,
            today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
            dialogs: Box::new(ScriptedDialogs::default()),
            present: false,
            recovery_dir: None,
        }
    }

    #[test]
    fn unreadable_saved_state_falls_back_with_a_notice() {
        let app = BrieflineApp::restore(Some("(theme: Purple"), false, startup());
        assert_eq!(app.settings, Settings::default());
        assert!(
            app.banners
                .iter()
                .any(|b| b.text.contains("defaults restored"))
        );
        let app = BrieflineApp::restore(None, true, startup());
        assert!(
            app.banners
                .iter()
                .any(|b| b.text.contains("window state could not be read"))
        );
        let app = BrieflineApp::restore(None, false, startup());
        assert!(app.banners.is_empty());
    }

    #[test]
    fn setting_the_reference_date_removes_the_missing_date_notice() {
        let mut app = BrieflineApp::with_settings(Settings::default(), startup());
        app.banners.push(Banner::from_briefing_warning(
            "the publication date is unknown: relative dates stay unresolved until it is set",
        ));
        app.banners
            .push(Banner::warning("no article body was found"));
        app.execute_at(
            Command::SetReferenceDate(NaiveDate::from_ymd_opt(2026, 1, 6)),
            0.0,
        );
        assert!(
            app.banners
                .iter()
                .all(|b| b.topic != Topic::MissingReferenceDate)
        );
        assert!(
            app.banners
                .iter()
                .any(|b| b.text == "no article body was found")
        );
    }
}
