//! Keeping the analyst's work: Save and Save As, the "unsaved changes" question before
//! anything would throw work away ([`Pending`], [`UnsavedChoice`]), autosave to a recovery
//! file ([`Autosave`], ticked by the shell once per frame) and restoring it after a crash.

use super::{Banner, BrieflineApp, Command, Document};
use crate::save::{self, RecoveryInfo};
use std::path::{Path, PathBuf};

/// Seconds between autosaves while there are unsaved changes.
pub const AUTOSAVE_SECS: f64 = 30.0;

/// What to do once the "unsaved changes" question is answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Quit,
    Open(PathBuf),
    /// Open several articles as one briefing.
    OpenMany(Vec<PathBuf>),
    OpenDialog,
    OpenSeed,
}

impl Pending {
    /// "before quitting", for the question.
    pub fn describe(&self) -> String {
        match self {
            Pending::Quit => "before quitting".into(),
            Pending::Open(p) => format!(
                "before opening {}",
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                )
            ),
            Pending::OpenMany(p) => format!("before opening {} articles", p.len()),
            Pending::OpenDialog => "before opening another file".into(),
            Pending::OpenSeed => "before opening the sample article".into(),
        }
    }
}

/// The answer to the unsaved-changes question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// Autosave bookkeeping.
#[derive(Clone, Copy, Debug, Default)]
pub struct Autosave {
    /// When the current run of unsaved changes was first seen (egui clock), if any.
    dirty_since: Option<f64>,
    /// The document generation last written to the recovery file.
    written: Option<u64>,
    was_focused: bool,
    /// How many times the recovery file was written (shown in tests and the status line).
    pub writes: usize,
}

impl BrieflineApp {
    /// True if there are changes not saved to a file.
    pub fn is_dirty(&self) -> bool {
        self.doc.history.is_dirty()
    }

    /// The article the open briefing was read from (not a briefing file): saves and exports
    /// never write over it, under any name.
    pub(crate) fn article_path(&self) -> Option<&Path> {
        self.doc
            .path
            .as_deref()
            .filter(|p| !crate::load::is_briefing_path(p))
    }

    /// Default file name for Save As.
    fn save_name(&self) -> String {
        let stem = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(
                || "briefing".to_owned(),
                |s| {
                    let s = s.to_string_lossy();
                    s.strip_suffix(".briefline.ron")
                        .or_else(|| s.rsplit_once('.').map(|(a, _)| a))
                        .unwrap_or(&s)
                        .to_owned()
                },
            );
        format!("{stem}.{}", crate::model::file::EXTENSION)
    }

    /// Saves to `path`; true on success. Failures leave the changes in memory (and in the
    /// recovery file) and say why.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let path = save::with_briefing_extension(path);
        match save::save_sparing(&self.doc.briefing, &path, self.article_path()) {
            Ok(()) => {
                self.doc.history.mark_saved();
                self.doc.path = Some(path.clone());
                self.settings.remember(&path);
                self.settings.last_file = Some(path.clone());
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                self.autosave.written = None;
                self.autosave.dirty_since = None;
                self.status = format!("Saved {}", path.display());
                true
            }
            Err(e) => {
                self.banners.push(Banner::error(format!(
                    "Not saved: {e}. Your changes are kept; use Save As… to choose another folder."
                )));
                false
            }
        }
    }

    /// Saves to the open briefing file, or asks where (articles are never overwritten).
    pub fn save(&mut self) -> bool {
        match self.doc.path.clone() {
            Some(p) if crate::load::is_briefing_path(&p) => self.save_to(&p),
            _ => self.save_as(),
        }
    }

    pub fn save_as(&mut self) -> bool {
        let name = self.save_name();
        match self.dialogs.save_briefing(&name) {
            Some(p) => self.save_to(&p),
            None => false,
        }
    }

    /// Carries out `action`, first asking about unsaved changes if there are any.
    pub(crate) fn guarded(&mut self, action: Pending) {
        if self.is_dirty() {
            self.pending = Some(action);
        } else {
            self.run_pending(action);
        }
    }

    fn run_pending(&mut self, action: Pending) {
        match action {
            Pending::Quit => {
                self.allow_close = true;
                self.requests.close = true;
            }
            Pending::Open(p) => self.open(&p),
            Pending::OpenMany(p) => self.open_many(&p),
            Pending::OpenDialog => self.execute_at(Command::OpenDialogNow, 0.0),
            Pending::OpenSeed => self.execute_at(Command::OpenSeedNow, 0.0),
        }
    }

    pub(crate) fn answer_unsaved(&mut self, choice: UnsavedChoice) {
        let Some(action) = self.pending.take() else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => {}
            UnsavedChoice::Save => {
                if self.save() {
                    self.run_pending(action);
                }
            }
            UnsavedChoice::Discard => {
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                self.doc.history.mark_saved();
                self.run_pending(action);
            }
        }
    }

    /// Writes the recovery file when due: every [`AUTOSAVE_SECS`] while there are unsaved
    /// changes, and when the window loses focus. Returns the seconds until the next check is
    /// due (for a repaint request), if any.
    pub fn autosave_tick(&mut self, now: f64, focused: bool) -> Option<f64> {
        let lost_focus = self.autosave.was_focused && !focused;
        self.autosave.was_focused = focused;
        if self.recovery.is_none() || self.recovery_offer.is_some() {
            return None;
        }
        if !self.is_dirty() {
            // Back at the saved state (saved, or undone): an older autosave is stale.
            self.autosave.dirty_since = None;
            if self.autosave.written.take().is_some()
                && let Some(r) = &self.recovery
            {
                r.clear();
            }
            return None;
        }
        if self.autosave.written == Some(self.doc.generation) {
            return None;
        }
        let since = *self.autosave.dirty_since.get_or_insert(now);
        if lost_focus || now - since >= AUTOSAVE_SECS {
            self.write_recovery();
            self.autosave.dirty_since = None;
            return None;
        }
        Some(AUTOSAVE_SECS - (now - since))
    }

    /// Writes the recovery file now.
    pub fn write_recovery(&mut self) {
        let Some(r) = &self.recovery else {
            return;
        };
        match r.write(&self.doc.briefing, self.doc.path.as_deref()) {
            Ok(()) => {
                self.autosave.written = Some(self.doc.generation);
                self.autosave.writes += 1;
            }
            Err(e) => self
                .banners
                .push(Banner::warning(format!("Autosave failed: {e}"))),
        }
    }

    /// Restores the recovery file offered at start-up.
    pub(crate) fn restore_recovery(&mut self) {
        self.recovery_offer = None;
        let Some(r) = self.recovery.clone() else {
            return;
        };
        match r.load() {
            Ok((b, RecoveryInfo { original, .. })) => {
                self.doc = Document::new(b, original);
                self.after_load();
                self.doc.history.mark_unsaved();
                self.banners
                    .push(Banner::info("Unsaved work restored: save it to keep it"));
            }
            Err(e) => self
                .banners
                .push(Banner::error(format!("Could not restore: {e}"))),
        }
    }

    pub(crate) fn discard_recovery(&mut self) {
        self.recovery_offer = None;
        if let Some(r) = &self.recovery {
            r.clear();
        }
    }
}
