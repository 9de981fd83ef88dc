//! The eframe application: owns the briefing, the view state and the settings, and executes
//! the [`Command`]s that panels and shortcuts produce. Drawing lives in [`crate::ui`].

use crate::export::{ExportFormat, ExportOptions};
use crate::load;
use crate::model::{Briefing, Span};
use crate::timeline::TimelineData;
use crate::timeline::{TimeView, ViewAnimation};
use crate::ui::dialogs::{FileDialogs, NativeDialogs};
use crate::ui::search::SearchResults;
use crate::ui::theme::{Palette, Theme};
use crate::ui::timeline_view::TimelineState;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod editing;
pub use editing::{AUTOSAVE_SECS, Autosave, PRECISIONS, Pending, UnsavedChoice};

/// The app name eframe stores state under (`~/.local/share/briefline/app.ron` on Linux).
pub const APP_NAME: &str = "Briefline";

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

/// Storage key of the persisted settings.
pub const SETTINGS_KEY: &str = "briefline-settings";

/// How long animated view transitions take.
pub const ANIMATION_SECS: f64 = 0.35;

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
            compress_gaps: true,
            grade_filter: crate::model::Grade::default(),
            hide_rejected: false,
            last_file: None,
            last_view: None,
            export: ExportSettings::default(),
        }
    }
}

/// Most recent files kept.
pub const MAX_RECENT: usize = 10;

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
}

/// What is selected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    #[default]
    None,
    Event(usize),
    Quote(usize),
    Question(usize),
    Actor(usize),
}

/// Everything the user can ask for. Panels and shortcuts produce these; [`BrieflineApp::execute`]
/// is the one place that carries them out.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    OpenDialog,
    /// Ask for a folder of articles and import them all.
    OpenFolderDialog,
    Open(PathBuf),
    OpenSeed,
    Select(Selection),
    ClearSelection,
    FilterActor(Option<usize>),
    NextEvent,
    PrevEvent,
    ZoomIn,
    ZoomOut,
    PanLeft,
    PanRight,
    FitAll,
    ZoomToSelection,
    /// Zoom to a virtual-time range (a cluster).
    ZoomToRange(f64, f64),
    SetView(TimeView),
    SetReferenceDate(Option<NaiveDate>),
    EditReferenceDate,
    SetTheme(Theme),
    ToggleGaps,
    ShowInspector,
    FocusSearch,
    DismissBanner(usize),
    ScaleUi(f32),
    Quit,
    /// Open the export dialog.
    ShowExport,
    /// Enter presentation mode (fullscreen).
    StartPresenting,
    /// Leave presentation mode.
    StopPresenting,
    /// Ask where to save, then export with the dialog's settings.
    Export,
    /// Open the file dialog without asking about unsaved changes (already answered).
    OpenDialogNow,
    /// Open the sample article without asking about unsaved changes (already answered).
    OpenSeedNow,
    Save,
    SaveAs,
    Undo,
    Redo,
    /// Apply an analyst edit (undoable).
    ApplyEdit(crate::model::edit::Edit),
    /// Confirm / reject / unreview the selected item.
    SetReview(crate::model::ReviewStatus),
    DeleteSelection,
    Add(crate::model::edit::ItemKind),
    /// Merge the selected event or actor into the one at this index.
    MergeInto(usize),
    ShowReviewQueue,
    /// Next (+1) or previous (−1) unreviewed item.
    ReviewStep(isize),
    ShowBriefingNotes,
    RestoreRecovery,
    DiscardRecovery,
    AnswerUnsaved(UnsavedChoice),
    SetGradeFilter(crate::model::Grade),
    ToggleHideRejected,
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

/// Severity of a banner message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    Error,
    Warning,
    Info,
}

/// A message shown across the top of the window until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Banner {
    pub kind: BannerKind,
    pub text: String,
}

/// The open briefing and what is derived from it.
pub struct Document {
    pub briefing: Briefing,
    pub path: Option<PathBuf>,
    /// Body paragraphs of the first source (for the reader).
    pub paragraphs: Vec<Span>,
    pub title_span: Option<Span>,
    /// Bumped on every change, so caches know to rebuild.
    pub generation: u64,
    /// Undo/redo and the unsaved-changes marker.
    pub history: crate::model::edit::History,
}

impl Document {
    pub fn new(briefing: Briefing, path: Option<PathBuf>) -> Self {
        let (paragraphs, title_span) = briefing.sources.first().map_or((Vec::new(), None), |s| {
            let c = crate::extract::clean::clean(&s.text);
            (c.paragraphs, c.title)
        });
        Self {
            briefing,
            path,
            paragraphs,
            title_span,
            generation: 0,
            history: crate::model::edit::History::default(),
        }
    }

    pub fn display_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || {
                self.briefing
                    .sources
                    .first()
                    .map_or_else(|| "untitled".to_owned(), |s| s.name.clone())
            },
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

/// The reference-date editor state.
#[derive(Clone, Debug, PartialEq)]
pub struct DateEditor {
    pub text: String,
    pub picked: jiff::civil::Date,
    pub error: Option<String>,
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

impl Startup {
    /// Start-up for the real app: today's date, native dialogs.
    pub fn native(files: Vec<PathBuf>, reference_date: Option<NaiveDate>) -> Self {
        Self {
            files,
            reference_date,
            today: chrono::Local::now().date_naive(),
            dialogs: Box::new(NativeDialogs),
            present: false,
            recovery_dir: eframe::storage_dir(APP_NAME).map(|d| d.join("recovery")),
        }
    }
}

/// The application.
pub struct BrieflineApp {
    pub settings: Settings,
    pub doc: Document,
    pub selection: Selection,
    pub actor_filter: Option<usize>,
    pub search: String,
    pub search_results: SearchResults,
    pub focus_search: bool,
    pub timeline: TimelineState,
    pub timeline_data: Option<TimelineData>,
    pub banners: Vec<Banner>,
    pub date_editor: Option<DateEditor>,
    pub dialogs: Box<dyn FileDialogs>,
    pub today: NaiveDate,
    /// Set when the reader should scroll to the selection on the next frame.
    pub scroll_reader: bool,
    pub show_shortcuts: bool,
    /// Set by Ctrl+Q / File ▸ Quit; the UI closes the window.
    pub quit_requested: bool,
    pub show_export: bool,
    pub show_deck: bool,
    /// Presentation mode, when on.
    pub presenting: Option<crate::ui::present::Presentation>,
    /// Fullscreen to request from the window on the next frame.
    pub fullscreen_request: Option<bool>,
    /// The presentation step the timeline was last animated to.
    pub presented_step: Option<usize>,
    pub(crate) applied_theme: Option<(Theme, f32)>,
    pub(crate) cli_date: Option<NaiveDate>,
    /// The crash-recovery file, when autosave is on.
    pub recovery: Option<crate::save::Recovery>,
    /// A recovery file left by a session that did not end cleanly, offered at start-up.
    pub recovery_offer: Option<crate::save::RecoveryInfo>,
    pub autosave: Autosave,
    /// An action waiting for the answer to "save your changes?".
    pub pending: Option<Pending>,
    /// Set once closing the window is allowed (nothing unsaved, or the analyst chose).
    pub allow_close: bool,
    pub show_review: bool,
    pub show_notes: bool,
    /// Focus the inspector's title field on the next frame (a new item).
    pub focus_title: bool,
    /// A one-line status message (last save, undo…), shown in the status bar.
    pub status: String,
    /// A text field had the keyboard in the last frame.
    pub(crate) was_typing: bool,
    pub(crate) reader_cache: crate::ui::reader::ReaderCache,
    /// The page of a long article the reader shows.
    pub(crate) reader_page: usize,
    /// A CSV/TSV or folder import running in the background.
    pub loading: Option<crate::ui::loading::LoadJob>,
    /// The bulk events the timeline shows instead of the briefing's (CSV/TSV, folders).
    pub event_table: Option<Arc<crate::timeline::EventTable>>,
}

impl BrieflineApp {
    /// Creates the app from eframe's creation context (restoring settings) and the start-up.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        crate::ui::theme::install_fonts(&cc.egui_ctx);
        let mut notices = Vec::new();
        let settings = if let Some(text) = cc.storage.and_then(|s| s.get_string(SETTINGS_KEY)) {
            Settings::from_ron(&text).unwrap_or_else(|e| {
                notices.push(Banner {
                    kind: BannerKind::Info,
                    text: e,
                });
                Settings::default()
            })
        } else {
            // eframe silently starts empty when its state file does not parse: say so.
            let path = eframe::storage_dir(APP_NAME).map(|d| d.join("app.ron"));
            if cc.storage.is_some() && path.as_deref().is_some_and(state_file_is_corrupt) {
                notices.push(Banner {
                    kind: BannerKind::Info,
                    text: "The saved window state could not be read; defaults were restored".into(),
                });
            }
            Settings::default()
        };
        let mut app = Self::with_settings(settings, startup);
        app.banners.extend(notices);
        app
    }

    /// Creates the app without eframe (tests, benchmarks).
    pub fn with_settings(settings: Settings, startup: Startup) -> Self {
        let seed = Document::new(load::seed_briefing(startup.reference_date), None);
        let mut app = Self {
            settings,
            doc: seed,
            selection: Selection::None,
            actor_filter: None,
            search: String::new(),
            search_results: SearchResults::default(),
            focus_search: false,
            timeline: TimelineState::default(),
            timeline_data: None,
            banners: Vec::new(),
            date_editor: None,
            dialogs: startup.dialogs,
            today: startup.today,
            scroll_reader: false,
            show_shortcuts: false,
            quit_requested: false,
            show_export: false,
            show_deck: false,
            presenting: None,
            fullscreen_request: None,
            presented_step: None,
            applied_theme: None,
            cli_date: startup.reference_date,
            recovery: startup.recovery_dir.map(crate::save::Recovery::new),
            recovery_offer: None,
            autosave: Autosave::default(),
            pending: None,
            allow_close: false,
            show_review: false,
            show_notes: false,
            focus_title: false,
            status: String::new(),
            was_typing: false,
            reader_cache: crate::ui::reader::ReaderCache::default(),
            reader_page: 0,
            loading: None,
            event_table: None,
        };
        app.recovery_offer = app
            .recovery
            .as_ref()
            .and_then(crate::save::Recovery::pending);
        for f in startup.files.iter().rev().skip(1) {
            // Extra files: remembered in recent so they are one click away.
            app.settings.remember(f);
        }
        if let Some(first) = startup.files.first() {
            app.open(first);
        } else {
            app.after_load();
        }
        if app.doc.path == app.settings.last_file {
            app.timeline.view = app.settings.last_view;
        }
        if startup.present {
            app.execute_at(Command::StartPresenting, 0.0);
        }
        app
    }

    pub(crate) fn after_load(&mut self) {
        self.reader_page = 0;
        self.event_table = None;
        self.selection = Selection::None;
        self.actor_filter = None;
        self.timeline = TimelineState::default();
        self.timeline_data = None;
        self.doc.generation += 1;
        // The missing publication date has its own prompt with a button; no second banner.
        let no_date = self.doc.briefing.meta.reference_date.is_none();
        for w in &self.doc.briefing.warnings {
            if no_date && w.contains("publication date is unknown") {
                continue;
            }
            self.banners.push(Banner {
                kind: BannerKind::Warning,
                text: w.clone(),
            });
        }
    }

    /// Opens a file; failures become an error banner and the current briefing stays.
    pub fn open(&mut self, path: &Path) {
        if crate::ui::loading::is_bulk_path(path) || crate::ui::loading::is_large_document(path) {
            crate::ui::loading::start(self, path);
            return;
        }
        match load::load_path(path, self.cli_date) {
            Ok(b) => self.opened(b, path),
            Err(e) => self.banners.push(Banner {
                kind: BannerKind::Error,
                text: format!("Could not open {e}"),
            }),
        }
    }

    /// True if the review or grade filters hide anything.
    pub fn filters_active(&self) -> bool {
        self.settings.hide_rejected || self.settings.grade_filter.is_graded()
    }

    /// Whether an item with this review and grade passes the view filters.
    pub fn shows(&self, review: crate::model::ReviewStatus, grade: crate::model::Grade) -> bool {
        !(self.settings.hide_rejected && review == crate::model::ReviewStatus::Rejected)
            && grade.meets(self.settings.grade_filter)
    }

    /// Makes a loaded briefing the open document.
    pub(crate) fn opened(&mut self, b: Briefing, path: &Path) {
        self.banners.retain(|b| b.kind == BannerKind::Info);
        self.doc = Document::new(b, Some(path.to_owned()));
        self.settings.remember(path);
        self.settings.last_file = Some(path.to_owned());
        self.after_load();
    }

    pub fn palette(&self) -> Palette {
        Palette::for_theme(self.settings.theme)
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

    fn current_view(&self, now: f64) -> Option<TimeView> {
        if let Some(a) = &self.timeline.anim {
            return Some(a.view_at(now));
        }
        self.timeline.view.or_else(|| self.fit_view())
    }

    /// The view that shows everything.
    pub fn fit_view(&self) -> Option<TimeView> {
        let width = if self.timeline.canvas_width_px > 0.0 {
            self.timeline.canvas_width_px
        } else {
            800.0
        };
        self.timeline_data.as_ref()?.fit_view(width)
    }

    fn animate_to(&mut self, target: TimeView, now: f64) {
        if let Some(from) = self.current_view(now) {
            self.timeline.anim = Some(ViewAnimation::new(from, target, now, ANIMATION_SECS));
        }
        self.timeline.view = Some(target);
    }

    fn walk(&mut self, step: isize, now: f64) {
        let order: Vec<usize> = self
            .events_in_order()
            .into_iter()
            .filter(|&i| {
                self.doc
                    .briefing
                    .events
                    .get(i)
                    .is_some_and(|e| e.date.is_resolved())
            })
            .collect();
        if order.is_empty() {
            return;
        }
        let pos = self
            .focused_event()
            .and_then(|e| order.iter().position(|&x| x == e));
        let next = match pos {
            None if step >= 0 => 0,
            None => order.len() - 1,
            Some(p) => (p as isize + step).clamp(0, order.len() as isize - 1) as usize,
        };
        self.execute_at(Command::Select(Selection::Event(order[next])), now);
        self.center_on_selection(now);
    }

    /// Pans (keeping the zoom) so the selected event is in view, if it is not.
    fn center_on_selection(&mut self, now: f64) {
        let Some(ev) = self.focused_event() else {
            return;
        };
        let Some(data) = &self.timeline_data else {
            return;
        };
        let Some((s, e)) = data.virtual_extent_of_event(&self.doc.briefing, ev) else {
            return;
        };
        let Some(view) = self.current_view(now) else {
            return;
        };
        let mid = f64::midpoint(s, e);
        if mid < view.start_secs + view.span_secs * 0.05
            || mid > view.end_secs() - view.span_secs * 0.25
        {
            self.animate_to(TimeView::centred_on(mid, view.span_secs), now);
        }
    }

    /// Asks where to save and exports with the dialog's settings; the outcome is a banner.
    fn export_now(&mut self, now: f64) {
        let ex = self.settings.export;
        let stem = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map_or_else(
                || "briefing".to_owned(),
                |s| {
                    s.to_string_lossy()
                        .trim_end_matches(".briefline")
                        .to_owned()
                },
            );
        let name = format!("{stem}.{}", ex.format.extension());
        let Some(path) = self.dialogs.save_file(&name, ex.format.extension()) else {
            return;
        };
        let mut opts = ex.options;
        if ex.format.is_image() && ex.current_view {
            opts.image.view = self.current_view(now);
        }
        opts.image.compress_gaps = self.settings.compress_gaps;
        let banner = match crate::export::export_to(&self.doc.briefing, ex.format, &opts, &path) {
            Ok(()) => Banner {
                kind: BannerKind::Info,
                text: format!("Exported {} to {}", ex.format.label(), path.display()),
            },
            Err(e) => Banner {
                kind: BannerKind::Error,
                text: format!("Export failed: {e}"),
            },
        };
        self.banners.push(banner);
        self.show_export = false;
    }

    /// Executes a command (using the egui clock `now` for animations).
    pub fn execute_at(&mut self, cmd: Command, now: f64) {
        let pan_step = |v: TimeView, dir: f32| v.pan_px(dir * 160.0, 1000.0);
        match cmd {
            Command::OpenDialog => self.guarded(Pending::OpenDialog),
            Command::OpenDialogNow => {
                let files = self.dialogs.open_files();
                for f in files.iter().skip(1).rev() {
                    self.settings.remember(f);
                }
                if let Some(f) = files.first() {
                    self.open(f);
                }
            }
            Command::OpenFolderDialog => {
                if let Some(dir) = self.dialogs.pick_folder() {
                    self.guarded(Pending::Open(dir));
                }
            }
            Command::Open(p) => self.guarded(Pending::Open(p)),
            Command::OpenSeed => self.guarded(Pending::OpenSeed),
            Command::OpenSeedNow => {
                self.doc = Document::new(load::seed_briefing(self.cli_date), None);
                self.settings.last_file = None;
                self.after_load();
            }
            Command::Select(sel) => {
                self.selection = sel;
                self.scroll_reader = true;
            }
            Command::ClearSelection => {
                self.selection = Selection::None;
                self.actor_filter = None;
                self.search.clear();
            }
            Command::FilterActor(a) => {
                self.actor_filter = a;
                if let Some(a) = a {
                    self.selection = Selection::Actor(a);
                }
            }
            Command::NextEvent => self.walk(1, now),
            Command::PrevEvent => self.walk(-1, now),
            Command::ZoomIn | Command::ZoomOut => {
                if let Some(v) = self.current_view(now) {
                    let f = if cmd == Command::ZoomIn {
                        1.6
                    } else {
                        1.0 / 1.6
                    };
                    self.animate_to(v.zoom_at(0.5, f), now);
                }
            }
            Command::PanLeft | Command::PanRight => {
                if let Some(v) = self.current_view(now) {
                    let dir = if cmd == Command::PanLeft { 1.0 } else { -1.0 };
                    self.animate_to(pan_step(v, dir), now);
                }
            }
            Command::FitAll => {
                if let Some(fit) = self.fit_view() {
                    self.animate_to(fit, now);
                    self.timeline.view = None;
                }
            }
            Command::ZoomToSelection => {
                if let Some(ev) = self.focused_event()
                    && let Some(data) = &self.timeline_data
                    && let Some((s, e)) = data.virtual_extent_of_event(&self.doc.briefing, ev)
                {
                    let span = (e - s).max(4.0 * 86_400.0);
                    self.animate_to(TimeView::fit(s, s + span, 0.3), now);
                }
            }
            Command::ZoomToRange(s, e) => {
                let span = (e - s).max(2.0 * 86_400.0);
                self.animate_to(TimeView::fit(s, s + span, 0.15), now);
            }
            Command::SetView(v) => {
                self.timeline.anim = None;
                self.timeline.view = Some(v);
            }
            Command::SetReferenceDate(d) => {
                let n = self.set_reference_date_edit(d);
                self.date_editor = None;
                self.banners
                    .retain(|b| !b.text.contains("publication date is unknown"));
                let text = match d {
                    Some(d) => format!(
                        "Reference date set to {}: {n} relative date(s) re-resolved",
                        d.format("%-d %b %Y")
                    ),
                    None => "Reference date cleared: relative dates are unresolved".to_owned(),
                };
                self.banners.push(Banner {
                    kind: BannerKind::Info,
                    text,
                });
            }
            Command::EditReferenceDate => {
                let d = self.doc.briefing.meta.reference_date.unwrap_or(self.today);
                self.date_editor = Some(DateEditor {
                    text: d.format("%Y-%m-%d").to_string(),
                    picked: crate::ui::dates::jiff_from_chrono(d),
                    error: None,
                });
            }
            Command::SetTheme(t) => self.settings.theme = t,
            Command::ToggleGaps => {
                self.settings.compress_gaps = !self.settings.compress_gaps;
                self.timeline_data = None;
                self.timeline.view = None;
                self.timeline.anim = None;
            }
            Command::ShowInspector => self.settings.show_inspector = true,
            Command::FocusSearch => self.focus_search = true,
            Command::DismissBanner(i) => {
                if i < self.banners.len() {
                    self.banners.remove(i);
                }
            }
            Command::Quit => self.guarded(Pending::Quit),
            Command::ShowExport => self.show_export = true,
            Command::StartPresenting => {
                self.presenting = Some(crate::ui::present::Presentation::new(now));
                self.fullscreen_request = Some(true);
            }
            Command::StopPresenting => {
                self.presenting = None;
                self.fullscreen_request = Some(false);
                self.timeline.view = None;
                self.timeline.anim = None;
            }
            Command::Export => self.export_now(now),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::ApplyEdit(e) => self.record(e),
            Command::SetReview(r) => self.set_review(r),
            Command::DeleteSelection => self.delete_selection(),
            Command::Add(kind) => self.add_item(kind),
            Command::MergeInto(keep) => self.merge_into(keep),
            Command::ShowReviewQueue => {
                self.show_review = true;
                if !matches!(
                    self.selection,
                    Selection::Event(_) | Selection::Quote(_) | Selection::Question(_)
                ) {
                    self.review_step(1);
                }
            }
            Command::ReviewStep(step) => self.review_step(step),
            Command::ShowBriefingNotes => self.show_notes = true,
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => self.discard_recovery(),
            Command::AnswerUnsaved(c) => self.answer_unsaved(c),
            Command::SetGradeFilter(g) => {
                self.settings.grade_filter = g;
                self.timeline_data = None;
            }
            Command::ToggleHideRejected => {
                self.settings.hide_rejected = !self.settings.hide_rejected;
                self.timeline_data = None;
            }
            Command::ScaleUi(delta) => {
                self.settings.ui_scale = (self.settings.ui_scale + delta).clamp(0.6, 2.5);
            }
        }
    }
}

impl eframe::App for BrieflineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        crate::ui::app_ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.last_file = self.doc.path.clone();
        self.settings.last_view = self.timeline.view;
        if let Ok(text) = ron::to_string(&self.settings) {
            storage.set_string(SETTINGS_KEY, text);
        }
    }
}

/// Opens the native window on `files` (or the seed article).
pub fn run_native(files: Vec<PathBuf>, date: Option<NaiveDate>) -> Result<(), String> {
    run_native_with(Startup::native(files, date))
}

/// Opens the native window straight into presentation mode.
pub fn run_presenting(files: Vec<PathBuf>, date: Option<NaiveDate>) -> Result<(), String> {
    run_native_with(Startup {
        present: true,
        ..Startup::native(files, date)
    })
}

fn run_native_with(startup: Startup) -> Result<(), String> {
    eframe::run_native(
        APP_NAME,
        native_options(),
        Box::new(move |cc| Ok(Box::new(BrieflineApp::new(cc, startup)))),
    )
    .map_err(|e| format!("could not open a window: {e}"))
}

/// Opens the window on the seed, prints `startup_ms=` after the first frame and exits
/// (`--bench-startup`); `t0` is taken at the top of `main`.
pub fn run_startup_probe(
    files: Vec<PathBuf>,
    date: Option<NaiveDate>,
    t0: std::time::Instant,
) -> Result<(), String> {
    let startup = Startup::native(files, date);
    eframe::run_native(
        APP_NAME,
        native_options(),
        Box::new(move |cc| {
            let app = BrieflineApp::new(cc, startup);
            Ok(Box::new(crate::ui::loading::StartupProbe {
                app,
                t0,
                frames: 0,
                created: std::time::Instant::now(),
            }))
        }),
    )
    .map_err(|e| format!("could not open a window: {e}"))
}

fn native_options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Briefline")
        .with_app_id("briefline")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        ..Default::default()
    }
}
