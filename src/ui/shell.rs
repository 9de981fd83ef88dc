//! The eframe shell around the app: opens the native window, restores and stores the
//! settings, and runs each frame in two halves. `App::logic` polls the background load and
//! the autosave timer and handles a close request; eframe runs it even while the window is
//! hidden (then without a UI pass), so a load that finishes in the background is not held
//! up. `App::ui` draws the frame ([`super::app_ui`]). Also the start-up probe behind
//! `--bench-startup`.

use crate::app::{APP_NAME, BrieflineApp, Command, SETTINGS_KEY, Startup, state_file_is_corrupt};
use crate::ui::dialogs::NativeDialogs;
use chrono::NaiveDate;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How often the window redraws while a load runs (to move the progress bar).
const PROGRESS_REPAINT: Duration = Duration::from_millis(50);

impl BrieflineApp {
    /// Creates the app from eframe's creation context: installs the fonts and restores the
    /// settings eframe stored (defaults, with a notice, if they cannot be read).
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        super::theme::install_fonts(&cc.egui_ctx);
        let saved = cc.storage.and_then(|s| s.get_string(SETTINGS_KEY));
        // eframe silently starts empty when its state file does not parse: say so.
        let unreadable = saved.is_none()
            && cc.storage.is_some()
            && eframe::storage_dir(APP_NAME)
                .map(|d| d.join("app.ron"))
                .as_deref()
                .is_some_and(state_file_is_corrupt);
        Self::restore(saved.as_deref(), unreadable, startup)
    }
}

impl eframe::App for BrieflineApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        super::app_ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = ron::to_string(&self.settings_to_store()) {
            storage.set_string(SETTINGS_KEY, text);
        }
    }
}

/// The part of a frame that needs no drawing: closing with unsaved changes asks first, a
/// finished background load opens, and the autosave timer runs.
fn logic(app: &mut BrieflineApp, ctx: &egui::Context) {
    let now = ctx.input(|i| i.time);
    if ctx.input(|i| i.viewport().close_requested()) && app.is_dirty() && !app.allow_close {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        app.execute_at(Command::Quit, now);
    }
    if app.poll_load() {
        ctx.request_repaint_after(PROGRESS_REPAINT);
    }
    let focused = ctx.input(|i| i.focused);
    if let Some(secs) = app.autosave_tick(now, focused) {
        ctx.request_repaint_after(Duration::from_secs_f64(secs.max(0.1)));
    }
}

/// Start-up for the real app: today's date, native dialogs, autosave in eframe's folder.
pub fn native_startup(files: Vec<PathBuf>, reference_date: Option<NaiveDate>) -> Startup {
    Startup {
        files,
        reference_date,
        today: chrono::Local::now().date_naive(),
        dialogs: Box::new(NativeDialogs),
        present: false,
        recovery_dir: eframe::storage_dir(APP_NAME).map(|d| d.join("recovery")),
    }
}

/// Opens the native window on `files` (or the seed article).
pub fn run_native(files: Vec<PathBuf>, date: Option<NaiveDate>) -> Result<(), String> {
    run_native_with(native_startup(files, date))
}

/// Opens the native window straight into presentation mode.
pub fn run_presenting(files: Vec<PathBuf>, date: Option<NaiveDate>) -> Result<(), String> {
    run_native_with(Startup {
        present: true,
        ..native_startup(files, date)
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
    t0: Instant,
) -> Result<(), String> {
    let startup = native_startup(files, date);
    eframe::run_native(
        APP_NAME,
        native_options(),
        Box::new(move |cc| {
            let app = BrieflineApp::new(cc, startup);
            Ok(Box::new(StartupProbe {
                app,
                t0,
                frames: 0,
                created: Instant::now(),
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
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        ..Default::default()
    }
}

/// Wraps the app for `--bench-startup`: after the first frame has been drawn and shown it
/// prints `startup_ms=...` (since `t0`, taken at the top of `main`) and closes the window.
struct StartupProbe {
    app: BrieflineApp,
    t0: Instant,
    frames: u32,
    /// When the app had been created (the window and renderer are up by then).
    created: Instant,
}

impl eframe::App for StartupProbe {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        eframe::App::logic(&mut self.app, ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.frames == 1 {
            let ms = |t: Instant| t.duration_since(self.t0).as_secs_f64() * 1000.0;
            eprintln!(
                "startup: app created at {:.1} ms, first frame begins at {:.1} ms",
                ms(self.created),
                ms(Instant::now())
            );
        }
        if self.frames == 2 {
            // The first frame has been painted and presented when the second one starts.
            println!("startup_ms={:.1}", self.t0.elapsed().as_secs_f64() * 1000.0);
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        eframe::App::ui(&mut self.app, ui, frame);
        ui.ctx().request_repaint();
    }
}
