//! Everything the user can ask for, as values. The UI's panels and the keymap
//! (`src/ui/keymap.rs`) produce [`Command`]s; [`super::BrieflineApp::execute_at`] (in
//! `execute.rs`) is the one place that carries them out. A command says what is wanted, not
//! how a widget was touched: the same command comes from a menu, a button or a key.

use super::{DateEditor, DropChoice, ExportSettings, Theme, UnsavedChoice};
use crate::model::edit::{Edit, ItemKind};
use crate::model::{Grade, Reliability, ReviewStatus};
use crate::timeline::TimeView;
use chrono::NaiveDate;
use std::path::PathBuf;

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

/// The secondary windows the app can show over the main view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    Export,
    Deck,
    ReviewQueue,
    BriefingNotes,
    Shortcuts,
    ReferenceDate,
}

/// The panels around the timeline that can be shown or hidden (remembered in the settings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    Quotes,
    Questions,
    Actors,
    Reader,
    Inspector,
    Sources,
}

/// A move through presentation mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentAction {
    Next,
    Previous,
    First,
    Last,
    ToggleBlank,
    ToggleHighContrast,
    TogglePresenterView,
    /// A digit of a step number ("3⏎" jumps to step 3).
    TypeDigit(u8),
    /// Jump to the step number typed so far.
    GoToTyped,
}

/// Everything the user can ask for. Panels and shortcuts produce these;
/// [`super::BrieflineApp::execute_at`] is the one place that carries them out.
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
    /// The search text changed.
    SetSearch(String),
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
    /// Open the reference-date editor.
    EditReferenceDate,
    /// The reference-date editor's draft changed (text typed, date picked, error shown).
    UpdateDateEditor(DateEditor),
    SetTheme(Theme),
    ToggleGaps,
    SetPanelVisible(Panel, bool),
    ShowInspector,
    FocusSearch,
    DismissBanner(usize),
    /// Grow or shrink the interface by this much (View ▸ Interface size).
    ScaleUi(f32),
    /// A report, not a request: egui zoomed the interface by itself (Ctrl+plus /
    /// Ctrl+minus) to this scale.
    SetUiScale(f32),
    Quit,
    /// Open the export dialog.
    ShowExport,
    /// The export dialog's settings changed.
    SetExportSettings(ExportSettings),
    ShowDeck,
    ShowShortcuts,
    CloseWindow(Window),
    /// Enter presentation mode (fullscreen).
    StartPresenting,
    /// Leave presentation mode.
    StopPresenting,
    Present(PresentAction),
    /// Ask where to save, then export with the dialog's settings.
    Export,
    /// Open the file dialog without asking about unsaved changes (already answered).
    OpenDialogNow,
    /// Open the sample article without asking about unsaved changes (already answered).
    OpenSeedNow,
    /// Stop the background load.
    CancelLoad,
    Save,
    SaveAs,
    Undo,
    Redo,
    /// Apply an analyst edit (undoable).
    ApplyEdit(Edit),
    /// Confirm / reject / unreview the selected item.
    SetReview(ReviewStatus),
    DeleteSelection,
    Add(ItemKind),
    /// Merge the selected event or actor into the one at this index.
    MergeInto(usize),
    ShowReviewQueue,
    /// Next (+1) or previous (−1) unreviewed item.
    ReviewStep(isize),
    ShowBriefingNotes,
    RestoreRecovery,
    DiscardRecovery,
    AnswerUnsaved(UnsavedChoice),
    SetGradeFilter(Grade),
    ToggleHideRejected,
    /// Colour timeline events by source rather than by kind.
    ToggleColourBySource,
    /// Show this page of a long article in the reader.
    ShowReaderPage(usize),
    /// Ask for articles and merge them into the open briefing (File ▸ Add sources…).
    AddSourcesDialog,
    /// Merge these articles into the open briefing.
    AddSources(Vec<PathBuf>),
    /// Files were dropped on the window.
    FilesDropped(Vec<PathBuf>),
    /// The answer to "add the dropped articles, or open them separately?".
    AnswerDrop(DropChoice),
    /// Show only what this source reports (`None`: everything).
    FilterSource(Option<usize>),
    /// View ▸ Corroborated by at least N sources.
    SetMinCorroboration(usize),
    /// The next (+1) or previous (−1) mention of the selected item.
    StepMention(isize),
    /// Grade a source (A–F, or none).
    GradeSource(usize, Option<Reliability>),
    /// Accept an undated source's suggested reference date.
    AcceptSuggestedDate(usize),
    /// Remove a source and what only it reports (undoable).
    RemoveSource(usize),
    /// Split this mention (index into the selected event's mentions) off into its own event.
    SplitMention(usize),
    /// A layout report, not a request: the timeline canvas is this many pixels wide now, so
    /// "fit everything" leaves room for labels.
    TimelineResized(f32),
}

impl Command {
    /// True for layout reports: they describe the frame the user acted on, so the shell
    /// carries them out before the user's commands of the same frame.
    pub fn is_layout_report(&self) -> bool {
        matches!(self, Command::TimelineResized(_) | Command::SetUiScale(_))
    }

    /// True for what still applies while presenting (the presentation's own moves, leaving,
    /// quitting, layout); clicks on the presented timeline change neither selection nor zoom.
    pub fn applies_while_presenting(&self) -> bool {
        matches!(
            self,
            Command::Present(_) | Command::StopPresenting | Command::Quit
        ) || self.is_layout_report()
    }
}
