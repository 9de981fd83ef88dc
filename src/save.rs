//! Saving briefings and the crash-recovery file. Pure file handling, no UI.
//!
//! Saves are atomic (see [`crate::export::write`]): a crash or a kill during a save
//! leaves the previous file intact. The recovery file is the same format, written to the
//! app's data folder while there are unsaved changes and removed once they are saved or
//! discarded; finding one at start-up means the last session ended without either.

use crate::model::{Briefing, file};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a save failed. The briefing in memory is untouched either way.
#[derive(Debug)]
pub enum SaveError {
    Serialize(file::FileError),
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Serialize(e) => write!(f, "{e}"),
            SaveError::Write { path, error } => {
                let why = match error.kind() {
                    std::io::ErrorKind::PermissionDenied
                    | std::io::ErrorKind::ReadOnlyFilesystem => {
                        "the folder is read-only or you lack permission"
                    }
                    std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                        "the disk is full"
                    }
                    std::io::ErrorKind::NotFound => "the folder does not exist",
                    _ => "",
                };
                if why.is_empty() {
                    write!(f, "could not save {}: {error}", path.display())
                } else {
                    write!(f, "could not save {}: {why} ({error})", path.display())
                }
            }
        }
    }
}

impl std::error::Error for SaveError {}

/// `path` with the `.briefline.ron` extension (added if it has another one or none).
pub fn with_briefing_extension(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.to_ascii_lowercase().ends_with(".briefline.ron") {
        return path.to_owned();
    }
    let stem = name
        .strip_suffix(".ron")
        .or_else(|| name.rsplit_once('.').map(|(s, _)| s))
        .filter(|s| !s.is_empty())
        .unwrap_or(if name.is_empty() { "briefing" } else { &name });
    path.with_file_name(format!("{stem}.{}", file::EXTENSION))
}

/// Saves a briefing atomically to `path` (see [`crate::export::write`]: owner and mode of a
/// replaced file are kept, a link's target is replaced, nothing is left half-written).
pub fn save(b: &Briefing, path: &Path) -> Result<(), SaveError> {
    save_via(b, path, |w, bytes| w.write_all(bytes))
}

/// [`save`], refusing to write over `source` (the article the briefing was read from) under
/// any name, a link or a second hard link included.
pub fn save_sparing(b: &Briefing, path: &Path, source: Option<&Path>) -> Result<(), SaveError> {
    if let Some(src) = source {
        crate::export::write::refuse_input(path, src).map_err(|error| SaveError::Write {
            path: path.to_owned(),
            error,
        })?;
    }
    save(b, path)
}

/// [`save`] with the write step injected (tests: a full disk, a failing device).
pub fn save_via(
    b: &Briefing,
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let text = file::to_ron(b).map_err(SaveError::Serialize)?;
    crate::export::write_atomic_via(path, |f| write(f, text.as_bytes())).map_err(|error| {
        SaveError::Write {
            path: path.to_owned(),
            error,
        }
    })
}

/// What the recovery file was saved from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The file the briefing was opened from, if any.
    #[serde(default)]
    pub original: Option<PathBuf>,
    /// When it was written (local time, for the prompt).
    #[serde(default)]
    pub written: String,
}

/// The recovery file in a folder of its own.
#[derive(Clone, Debug)]
pub struct Recovery {
    dir: PathBuf,
}

impl Recovery {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn briefing_path(&self) -> PathBuf {
        self.dir.join("recovery.briefline.ron")
    }

    fn info_path(&self) -> PathBuf {
        self.dir.join("recovery.info.ron")
    }

    /// Writes the unsaved briefing (atomically, briefing first, then what it came from).
    /// Both files are readable by their owner only (0600, in a 0700 folder when Briefline
    /// creates it): they copy work that may be private.
    pub fn write(&self, b: &Briefing, original: Option<&Path>) -> Result<(), SaveError> {
        use std::os::unix::fs::DirBuilderExt as _;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&self.dir)
            .map_err(|error| SaveError::Write {
                path: self.dir.clone(),
                error,
            })?;
        let text = file::to_ron(b).map_err(SaveError::Serialize)?;
        let path = self.briefing_path();
        crate::export::write::write_private(&path, text.as_bytes())
            .map_err(|error| SaveError::Write { path, error })?;
        let info = RecoveryInfo {
            original: original.map(Path::to_owned),
            written: chrono::Local::now().format("%-d %b %Y %H:%M").to_string(),
        };
        let text = ron::to_string(&info).unwrap_or_default();
        crate::export::write::write_private(&self.info_path(), text.as_bytes()).map_err(|error| {
            SaveError::Write {
                path: self.info_path(),
                error,
            }
        })
    }

    /// The recovery left by a session that did not end cleanly, if any.
    pub fn pending(&self) -> Option<RecoveryInfo> {
        if !self.briefing_path().is_file() {
            return None;
        }
        Some(
            crate::load::read_regular(&self.info_path(), 1 << 20)
                .ok()
                .and_then(|t| ron::from_str(&String::from_utf8_lossy(&t)).ok())
                .unwrap_or_default(),
        )
    }

    /// Reads the recovered briefing.
    pub fn load(&self) -> Result<(Briefing, RecoveryInfo), String> {
        let path = self.briefing_path();
        let text = crate::load::read_regular(&path, crate::load::MAX_FILE_BYTES)
            .map_err(|e| format!("could not read the recovery file: {e}"))?;
        let b = file::from_ron(&String::from_utf8_lossy(&text))
            .map_err(|e| format!("the recovery file {} is damaged: {e}", path.display()))?;
        Ok((b, self.pending().unwrap_or_default()))
    }

    /// Removes the recovery file (changes saved or discarded).
    pub fn clear(&self) {
        let _ = std::fs::remove_file(self.briefing_path());
        let _ = std::fs::remove_file(self.info_path());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("briefline-save-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn save_round_trips() {
        let d = temp_dir("roundtrip");
        let b = crate::load::seed_briefing(None);
        let p = d.join("x.briefline.ron");
        save(&b, &p).unwrap();
        let back = file::from_ron(&std::fs::read_to_string(&p).unwrap()).unwrap();
        assert_eq!(back, b);
        let _ = std::fs::remove_dir_all(d);
    }

    #[test]
    fn a_full_disk_leaves_the_previous_file_intact_and_no_temp_file() {
        let d = temp_dir("full");
        let p = d.join("x.briefline.ron");
        std::fs::write(&p, "previous").unwrap();
        let b = crate::load::seed_briefing(None);
        let err = save_via(&b, &p, |f, bytes| {
            std::io::Write::write_all(f, &bytes[..bytes.len() / 2])?;
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        })
        .unwrap_err();
        assert!(err.to_string().contains("disk is full"), "{err}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "previous");
        let left: Vec<_> = std::fs::read_dir(&d).unwrap().collect();
        assert_eq!(left.len(), 1, "the temporary file is removed");
        let _ = std::fs::remove_dir_all(d);
    }

    #[test]
    fn missing_folder_is_a_clear_error() {
        let d = temp_dir("missing");
        let p = d.join("no/such/dir/x.briefline.ron");
        let err = save(&crate::load::seed_briefing(None), &p).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        let _ = std::fs::remove_dir_all(d);
    }

    #[test]
    fn extension_is_added_or_replaced() {
        let w = |s: &str| with_briefing_extension(Path::new(s)).display().to_string();
        assert_eq!(w("/a/b.briefline.ron"), "/a/b.briefline.ron");
        assert_eq!(w("/a/b"), "/a/b.briefline.ron");
        assert_eq!(w("/a/b.txt"), "/a/b.briefline.ron");
        assert_eq!(w("/a/b.ron"), "/a/b.briefline.ron");
    }

    #[test]
    fn recovery_write_pending_load_clear() {
        let d = temp_dir("recovery");
        let r = Recovery::new(d.join("rec"));
        assert!(r.pending().is_none());
        let mut b = crate::load::seed_briefing(None);
        b.notes = "unsaved thought".into();
        r.write(&b, Some(Path::new("/home/a/brief.briefline.ron")))
            .unwrap();
        let info = r.pending().unwrap();
        assert_eq!(
            info.original.as_deref(),
            Some(Path::new("/home/a/brief.briefline.ron"))
        );
        let (back, _) = r.load().unwrap();
        assert_eq!(back.notes, "unsaved thought");
        r.clear();
        assert!(r.pending().is_none());
        let _ = std::fs::remove_dir_all(d);
    }

    #[test]
    fn damaged_recovery_is_reported_not_loaded() {
        let d = temp_dir("damaged");
        let r = Recovery::new(&d);
        std::fs::write(
            d.join("recovery.briefline.ron"),
            "Briefing(format_version: 2, meta: (ti",
        )
        .unwrap();
        assert!(r.pending().is_some());
        let err = r.load().unwrap_err();
        assert!(err.contains("damaged"), "{err}");
        let _ = std::fs::remove_dir_all(d);
    }
}
