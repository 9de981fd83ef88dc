//! Background loading of bulk data (CSV/TSV event lists, folders of articles) and of large
//! articles: the work runs on its own thread and reports progress through atomics, so the
//! window keeps drawing and answering input. The shell polls the job once per frame
//! ([`BrieflineApp::poll_load`], from eframe's `App::logic`, which runs even while the window
//! is hidden); the UI draws its progress strip (`src/ui/loading.rs`). The parsing itself is in
//! [`crate::import`].

use super::{Banner, BrieflineApp, Document};
use crate::import::{self, ImportError};
use crate::load::LoadError;
use crate::model::Briefing;
use crate::timeline::{EventTable, TimelineData};
use chrono::NaiveDate;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

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
    /// Several articles merged into one briefing (or into the open one).
    Merged(Box<Merged>),
}

/// Articles merged on the loading thread.
pub struct Merged {
    pub briefing: Briefing,
    /// How many articles were read and merged.
    pub added: usize,
    /// True when they were merged into the open briefing (File ▸ Add sources…).
    pub into_open: bool,
    /// "b.txt: not UTF-8 text …" for each article that could not be read.
    pub failures: Vec<String>,
}

/// Why a background load produced nothing.
#[derive(Debug)]
pub enum LoadFailure {
    /// The user cancelled it.
    Cancelled,
    /// An event list or a folder could not be imported.
    Import(ImportError),
    /// An article or briefing could not be opened.
    Load(LoadError),
    /// The loading thread could not be started.
    Spawn(std::io::Error),
    /// The loading thread ended without an answer.
    ThreadStopped,
    /// None of the articles to merge could be read (why, for each).
    NothingMerged(Vec<String>),
}

impl fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadFailure::Cancelled => f.write_str("cancelled"),
            LoadFailure::Import(e) => write!(f, "{e}"),
            LoadFailure::Load(e) => write!(f, "{e}"),
            LoadFailure::Spawn(e) => write!(f, "could not start loading: {e}"),
            LoadFailure::ThreadStopped => f.write_str("the loading thread stopped unexpectedly"),
            LoadFailure::NothingMerged(why) => {
                write!(f, "none of the articles could be read: {}", why.join("; "))
            }
        }
    }
}

impl std::error::Error for LoadFailure {}

impl From<ImportError> for LoadFailure {
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::Cancelled => LoadFailure::Cancelled,
            other => LoadFailure::Import(other),
        }
    }
}

impl From<LoadError> for LoadFailure {
    fn from(e: LoadError) -> Self {
        LoadFailure::Load(e)
    }
}

/// Articles and briefings at least this large open on the loading thread.
pub const BACKGROUND_BYTES: u64 = 256 * 1024;

/// A load running on a background thread.
pub struct LoadJob {
    pub path: PathBuf,
    /// What the strip says: "Loading events.csv".
    pub what: String,
    progress: Arc<Progress>,
    cancel: Arc<AtomicBool>,
    rx: mpsc::Receiver<Result<Outcome, LoadFailure>>,
}

impl fmt::Debug for LoadJob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
        work: impl FnOnce(&Progress, &AtomicBool) -> Result<Outcome, LoadFailure> + Send + 'static,
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
            let _ = tx.send(Err(LoadFailure::Spawn(e)));
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
            )?;
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
            let b = crate::load::load_owned(&owned, bytes, date)?;
            // Analysis cannot stop half-way; a cancel during it still discards the result.
            if c.load(Ordering::Relaxed) {
                return Err(LoadFailure::Cancelled);
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
                )?;
                let title = format!("{} ({} articles)", file_name(&owned), r.articles);
                Ok(Outcome::Table(Box::new(finish_table(
                    r.table, compress, &title, r.failures,
                ))))
            },
        )
    }

    /// Reads `paths` (in parallel) and merges them into one briefing, or into `open` (a copy
    /// of the open briefing) when adding sources. Articles that cannot be read are listed in
    /// the outcome; the merge goes on without them.
    pub fn sources(paths: Vec<PathBuf>, date: Option<NaiveDate>, open: Option<Briefing>) -> Self {
        use rayon::prelude::*;
        let first = paths.first().cloned().unwrap_or_default();
        let what = if open.is_some() {
            format!("Adding {} sources", paths.len())
        } else {
            format!("Merging {} articles", paths.len())
        };
        Self::spawn(&first, what, move |p, c| {
            p.total.store(paths.len() + 1, Ordering::Relaxed);
            let read: Vec<Result<Briefing, String>> = paths
                .par_iter()
                .map(|path| {
                    if c.load(Ordering::Relaxed) {
                        return Err(String::new());
                    }
                    let r = crate::load::load_path(path, date).map_err(|e| e.to_string());
                    p.done.fetch_add(1, Ordering::Relaxed);
                    r
                })
                .collect();
            if c.load(Ordering::Relaxed) {
                return Err(LoadFailure::Cancelled);
            }
            let into_open = open.is_some();
            let mut parts: Vec<Briefing> = open.into_iter().collect();
            let mut failures = Vec::new();
            for r in read {
                match r {
                    Ok(b) => parts.push(b),
                    Err(e) => failures.push(e),
                }
            }
            let added = parts.len() - usize::from(into_open);
            if added == 0 {
                return Err(LoadFailure::NothingMerged(failures));
            }
            p.analysing.store(true, Ordering::Relaxed);
            let briefing = crate::merge::merge(parts);
            if c.load(Ordering::Relaxed) {
                return Err(LoadFailure::Cancelled);
            }
            Ok(Outcome::Merged(Box::new(Merged {
                briefing,
                added,
                into_open,
                failures,
            })))
        })
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
    pub fn try_result(&self) -> Option<Result<Outcome, LoadFailure>> {
        match self.rx.try_recv() {
            Ok(r) => Some(r),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(LoadFailure::ThreadStopped)),
        }
    }

    /// Waits for the outcome (tests and the CLI; the app polls [`Self::try_result`]).
    pub fn wait(&self) -> Result<Outcome, LoadFailure> {
        self.rx.recv().unwrap_or(Err(LoadFailure::ThreadStopped))
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
fn read_with_progress(
    path: &Path,
    p: &Progress,
    cancel: &AtomicBool,
) -> Result<Vec<u8>, LoadFailure> {
    use std::io::Read as _;
    let io = |e: std::io::Error| LoadError::Io {
        path: path.to_owned(),
        error: e,
    };
    let max = crate::load::MAX_FILE_BYTES;
    let mut f = crate::load::open_regular(path, max)?;
    let total = f.metadata().map_or(0, |m| m.len());
    p.total.store(
        usize::try_from(total).unwrap_or(usize::MAX),
        Ordering::Relaxed,
    );
    let mut bytes = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(LoadFailure::Cancelled);
        }
        let n = f.read(&mut chunk).map_err(io)?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(chunk.get(..n).unwrap_or_default());
        p.done.store(bytes.len(), Ordering::Relaxed);
        // A file that grows while it is read stops at the limit too.
        if bytes.len() as u64 > max {
            return Err(LoadError::TooLarge {
                path: path.to_owned(),
                bytes: bytes.len() as u64,
            }
            .into());
        }
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

impl BrieflineApp {
    /// Starts loading `path` in the background (replacing any running load).
    pub fn start_load(&mut self, path: &Path) {
        if let Some(old) = self.loading.take() {
            old.cancel();
        }
        let compress = self.settings.compress_gaps;
        self.loading = Some(if path.is_dir() {
            LoadJob::folder(path, self.cli_date, compress)
        } else if import::is_event_list_path(path) {
            LoadJob::event_list(path, compress)
        } else {
            LoadJob::document(path, self.cli_date)
        });
    }

    /// Stops the running load at once: the strip goes and the open briefing stays. Reading
    /// and importing stop at their next step; an article's analysis cannot stop half-way, so
    /// it runs out on its thread and its result is dropped.
    pub(crate) fn cancel_load(&mut self) {
        if let Some(job) = self.loading.take() {
            job.cancel();
            self.banners.push(Banner::info(format!(
                "Loading {} cancelled",
                file_name(&job.path)
            )));
        }
    }

    /// Opens what the background load produced once it is done (or says why not). Called
    /// once per frame by the shell; true while a load is still running.
    pub fn poll_load(&mut self) -> bool {
        let Some(job) = &self.loading else {
            return false;
        };
        let Some(result) = job.try_result() else {
            return true;
        };
        let path = job.path.clone();
        self.loading = None;
        match result {
            Ok(Outcome::Table(loaded)) => self.open_loaded(&path, *loaded),
            Ok(Outcome::Document(b)) => self.opened(*b, &path),
            Ok(Outcome::Merged(m)) => self.merged(*m, &path),
            Err(LoadFailure::Cancelled) => self.banners.push(Banner::info(format!(
                "Loading {} cancelled",
                file_name(&path)
            ))),
            Err(e) => self
                .banners
                .push(Banner::error(format!("Could not open {e}"))),
        }
        false
    }

    /// Replaces the open document with a loaded table.
    pub fn open_loaded(&mut self, path: &Path, loaded: Loaded) {
        self.banners.retain(|b| b.kind == super::BannerKind::Info);
        let mut briefing = Briefing::default();
        briefing.meta.title = loaded.title;
        briefing.warnings = loaded.warnings;
        self.doc = Document::new(briefing, Some(path.to_owned()));
        self.settings.remember(path);
        self.settings.last_file = Some(path.to_owned());
        self.after_load();
        self.event_table = Some(loaded.table);
        self.timeline_data = Some(loaded.data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancelled_import_is_a_cancellation_not_an_error() {
        assert!(matches!(
            LoadFailure::from(ImportError::Cancelled),
            LoadFailure::Cancelled
        ));
        let missing = LoadFailure::from(ImportError::NoArticles {
            path: PathBuf::from("/x"),
        });
        assert!(matches!(missing, LoadFailure::Import(_)));
        assert_eq!(
            missing.to_string(),
            "/x: no articles (.txt, .md, .text) in this folder"
        );
    }

    #[test]
    fn a_load_cancelled_before_reading_says_so() {
        let dir = std::env::temp_dir().join(format!("briefline-load-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("a.txt");
        std::fs::write(&p, "Title\n\nText on 3 March 2025.").unwrap();
        let progress = Progress::default();
        let cancel = AtomicBool::new(true);
        assert!(matches!(
            read_with_progress(&p, &progress, &cancel),
            Err(LoadFailure::Cancelled)
        ));
        let missing = read_with_progress(&dir.join("missing.txt"), &progress, &cancel);
        assert!(
            matches!(missing, Err(LoadFailure::Load(LoadError::Io { .. }))),
            "{missing:?}"
        );
    }
}
