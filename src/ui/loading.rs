//! Background loading of bulk data (CSV/TSV event lists, folders of articles): the work runs
//! on its own thread and reports progress through atomics, so the window keeps drawing and
//! answering input; a strip under the top bar shows a progress bar with Cancel. Also the
//! start-up probe behind `--bench-startup`. The parsing itself is in [`crate::import`].

use crate::app::{Banner, BannerKind, BrieflineApp, Document};
use crate::import::{self, ImportError};
use crate::model::Briefing;
use crate::timeline::{EventTable, TimelineData};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How often the UI redraws while a load runs (to move the progress bar).
const PROGRESS_REPAINT: Duration = Duration::from_millis(50);

/// What a finished load hands to the UI thread: the table and its timeline items, built
/// off the UI thread too.
pub struct Loaded {
    pub table: Arc<EventTable>,
    pub data: TimelineData,
    pub title: String,
    pub warnings: Vec<String>,
}

/// Progress shared with the worker: `done` of `total` units (bytes or articles).
#[derive(Debug, Default)]
struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    /// Set when a large article has been read and is being analysed (no fraction then).
    analysing: AtomicBool,
}

/// What a background load produced.
pub enum Outcome {
    /// A bulk event list or folder, for the timeline.
    Table(Box<Loaded>),
    /// A large article or briefing file, opened as a normal document.
    Document(Box<Briefing>),
}

/// Articles and briefings at least this large open on the loading thread.
pub const BACKGROUND_BYTES: u64 = 2 * 1024 * 1024;

/// A load running on a background thread.
pub struct LoadJob {
    pub path: PathBuf,
    /// What the strip says: "Loading events.csv".
    pub what: String,
    progress: Arc<Progress>,
    cancel: Arc<AtomicBool>,
    rx: mpsc::Receiver<Result<Outcome, String>>,
}

impl std::fmt::Debug for LoadJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadJob")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

impl LoadJob {
    fn spawn(
        path: &Path,
        what: String,
        work: impl FnOnce(&Progress, &AtomicBool) -> Result<Outcome, String> + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::default());
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let (p, c) = (Arc::clone(&progress), Arc::clone(&cancel));
        let spawned = std::thread::Builder::new()
            .name("briefline-load".into())
            .spawn(move || {
                // The receiver may be gone (the load was replaced): nothing to report then.
                let _ = tx.send(work(&p, &c));
            });
        if let Err(e) = spawned {
            let (tx, rx2) = mpsc::channel();
            let _ = tx.send(Err(format!("could not start loading: {e}")));
            return Self {
                path: path.to_owned(),
                what,
                progress,
                cancel,
                rx: rx2,
            };
        }
        Self {
            path: path.to_owned(),
            what,
            progress,
            cancel,
            rx,
        }
    }

    /// Loads a CSV/TSV event list; `compress` is the gap setting the items are built with.
    pub fn event_list(path: &Path, compress: bool) -> Self {
        let owned = path.to_owned();
        Self::spawn(path, format!("Loading {}", file_name(path)), move |p, c| {
            let table = import::load_event_list(
                &owned,
                &mut |done, total| {
                    p.total.store(total, Ordering::Relaxed);
                    p.done.store(done, Ordering::Relaxed);
                },
                c,
            )
            .map_err(|e| describe(&e))?;
            Ok(Outcome::Table(Box::new(finish_table(
                table,
                compress,
                &file_name(&owned),
                Vec::new(),
            ))))
        })
    }

    /// Opens a large article or briefing: reads it with progress, then analyses it.
    pub fn document(path: &Path, date: Option<NaiveDate>) -> Self {
        let owned = path.to_owned();
        Self::spawn(path, format!("Opening {}", file_name(path)), move |p, c| {
            let bytes = read_with_progress(&owned, p, c)?;
            p.analysing.store(true, Ordering::Relaxed);
            let b = crate::load::load_bytes(&owned, &bytes, date).map_err(|e| e.to_string())?;
            // Analysis cannot stop half-way; a cancel during it still discards the result.
            if c.load(Ordering::Relaxed) {
                return Err("cancelled".to_owned());
            }
            Ok(Outcome::Document(Box::new(b)))
        })
    }

    /// Extracts every article of a folder in parallel.
    pub fn folder(path: &Path, date: Option<NaiveDate>, compress: bool) -> Self {
        let owned = path.to_owned();
        Self::spawn(
            path,
            format!("Importing the articles in {}", file_name(path)),
            move |p, c| {
                let r = import::import_folder(
                    &owned,
                    date,
                    &|done, total| {
                        p.total.store(total, Ordering::Relaxed);
                        p.done.fetch_max(done, Ordering::Relaxed);
                    },
                    c,
                )
                .map_err(|e| describe(&e))?;
                let title = format!("{} ({} articles)", file_name(&owned), r.articles);
                Ok(Outcome::Table(Box::new(finish_table(
                    r.table, compress, &title, r.failures,
                ))))
            },
        )
    }

    /// True once a large article has been read and is being analysed.
    pub fn analysing(&self) -> bool {
        self.progress.analysing.load(Ordering::Relaxed)
    }

    /// Fraction done, 0..=1.
    pub fn fraction(&self) -> f32 {
        let total = self.progress.total.load(Ordering::Relaxed);
        let done = self.progress.done.load(Ordering::Relaxed);
        if total == 0 {
            0.0
        } else {
            (done as f32 / total as f32).clamp(0.0, 1.0)
        }
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The outcome, once the worker has finished.
    pub fn try_result(&self) -> Option<Result<Outcome, String>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                Some(Err("the loading thread stopped unexpectedly".to_owned()))
            }
        }
    }

    /// Waits for the outcome (tests and the CLI; the UI polls [`Self::try_result`]).
    pub fn wait(&self) -> Result<Outcome, String> {
        self.rx
            .recv()
            .unwrap_or_else(|_| Err("the loading thread stopped unexpectedly".to_owned()))
    }
}

fn describe(e: &ImportError) -> String {
    match e {
        ImportError::Cancelled => "cancelled".to_owned(),
        other => other.to_string(),
    }
}

fn finish_table(table: EventTable, compress: bool, name: &str, warnings: Vec<String>) -> Loaded {
    let table = Arc::new(table);
    let data = TimelineData::from_table(Arc::clone(&table), compress);
    Loaded {
        title: format!("{name}: {} events", table.len()),
        table,
        data,
        warnings,
    }
}

/// Reads a file in chunks, reporting bytes read; stops on cancel.
fn read_with_progress(path: &Path, p: &Progress, cancel: &AtomicBool) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let io = |e: std::io::Error| {
        crate::load::LoadError::Io {
            path: path.to_owned(),
            error: e,
        }
        .to_string()
    };
    let mut f = std::fs::File::open(path).map_err(io)?;
    let total = f.metadata().map_or(0, |m| m.len());
    if total > crate::load::MAX_FILE_BYTES {
        return Err(crate::load::LoadError::TooLarge {
            path: path.to_owned(),
            bytes: total,
        }
        .to_string());
    }
    p.total.store(
        usize::try_from(total).unwrap_or(usize::MAX),
        Ordering::Relaxed,
    );
    let mut bytes = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err("cancelled".to_owned());
        }
        let n = f.read(&mut chunk).map_err(io)?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(chunk.get(..n).unwrap_or_default());
        p.done.store(bytes.len(), Ordering::Relaxed);
    }
    Ok(bytes)
}

/// True if `open` should hand `path` to a background job rather than load it in place.
pub fn is_bulk_path(path: &Path) -> bool {
    import::is_event_list_path(path) || path.is_dir()
}

/// True for an article or briefing big enough to open on the loading thread.
pub fn is_large_document(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() >= BACKGROUND_BYTES)
}

/// Starts loading `path` in the background (replacing any running load).
pub fn start(app: &mut BrieflineApp, path: &Path) {
    if let Some(old) = app.loading.take() {
        old.cancel();
    }
    let compress = app.settings.compress_gaps;
    app.loading = Some(if path.is_dir() {
        LoadJob::folder(path, app.cli_date, compress)
    } else if import::is_event_list_path(path) {
        LoadJob::event_list(path, compress)
    } else {
        LoadJob::document(path, app.cli_date)
    });
}

/// Shows the load's progress strip and, once it is done, opens what it loaded (or shows
/// why not). Call once per frame.
pub fn loading_ui(app: &mut BrieflineApp, ui: &mut egui::Ui) {
    let Some(job) = &app.loading else { return };
    if let Some(result) = job.try_result() {
        let path = job.path.clone();
        app.loading = None;
        match result {
            Ok(Outcome::Table(loaded)) => open_loaded(app, &path, *loaded),
            Ok(Outcome::Document(b)) => app.opened(*b, &path),
            Err(e) if e == "cancelled" => app.banners.push(Banner {
                kind: BannerKind::Info,
                text: format!("Loading {} cancelled", file_name(&path)),
            }),
            Err(e) => app.banners.push(Banner {
                kind: BannerKind::Error,
                text: format!("Could not open {e}"),
            }),
        }
        return;
    }
    let mut cancel = false;
    egui::Panel::top("loading_strip").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(format!("{}…", job.what));
            if job.analysing() {
                ui.add(
                    egui::ProgressBar::new(1.0)
                        .desired_width(320.0)
                        .animate(true)
                        .text("finding events, quotes and questions"),
                );
            } else {
                ui.add(
                    egui::ProgressBar::new(job.fraction())
                        .desired_width(320.0)
                        .show_percentage(),
                );
            }
            cancel = ui.button("Cancel").clicked();
        });
    });
    if cancel {
        job.cancel();
    }
    ui.ctx().request_repaint_after(PROGRESS_REPAINT);
}

/// Replaces the open document with a loaded table.
pub fn open_loaded(app: &mut BrieflineApp, path: &Path, loaded: Loaded) {
    app.banners.retain(|b| b.kind == BannerKind::Info);
    let mut briefing = Briefing::default();
    briefing.meta.title = loaded.title;
    briefing.warnings = loaded.warnings;
    app.doc = Document::new(briefing, Some(path.to_owned()));
    app.settings.remember(path);
    app.settings.last_file = Some(path.to_owned());
    app.after_load();
    app.event_table = Some(loaded.table);
    app.timeline_data = Some(loaded.data);
}

/// Wraps the app for `--bench-startup`: after the first frame has been drawn and shown it
/// prints `startup_ms=...` (since `t0`, taken at the top of `main`) and closes the window.
pub struct StartupProbe {
    pub app: BrieflineApp,
    pub t0: Instant,
    pub frames: u32,
    /// When the app had been created (the window and renderer are up by then).
    pub created: Instant,
}

impl eframe::App for StartupProbe {
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
