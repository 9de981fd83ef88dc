//! Opening files: articles (any supported encoding, with an optional `*.meta.ron` sidecar)
//! and saved briefings. Errors name the file and say what to do.

use crate::extract::{self, ArticleMeta, InputError, Options};
use crate::model::{Briefing, DateOrigin, FileError, file};
use chrono::NaiveDate;
use std::fmt;
use std::path::{Path, PathBuf};

/// The seed article the app opens when started with no file.
pub const SEED_TEXT: &str = include_str!("../seeds/paris-summit-ukraine-security-guarantees.txt");
/// Its publication metadata.
pub const SEED_META: &str =
    include_str!("../seeds/paris-summit-ukraine-security-guarantees.meta.ron");
/// The seed's file name.
pub const SEED_NAME: &str = "paris-summit-ukraine-security-guarantees.txt";

/// Largest file Briefline will read, in MB (MiB: 1,048,576 bytes), as messages and the
/// README state it; saving never writes a bigger briefing.
pub const MAX_FILE_MB: u64 = 256;

/// Largest file Briefline will read (bytes).
pub const MAX_FILE_BYTES: u64 = file::MAX_BYTES;

/// "the file is 300 MB; Briefline reads files up to 256 MB": one wording for every reader.
pub fn too_large_message(bytes: u64) -> String {
    format!(
        "the file is {} MB; Briefline reads files up to {MAX_FILE_MB} MB",
        bytes.div_ceil(1024 * 1024)
    )
}

/// Why a file could not be opened.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    Directory {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
        bytes: u64,
    },
    Article {
        path: PathBuf,
        error: InputError,
    },
    Briefing {
        path: PathBuf,
        error: FileError,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { path, error } => match error.kind() {
                std::io::ErrorKind::NotFound => write!(f, "{}: no such file", path.display()),
                std::io::ErrorKind::PermissionDenied => {
                    write!(f, "{}: permission denied", path.display())
                }
                _ => write!(f, "{}: {error}", path.display()),
            },
            LoadError::Directory { path } => {
                write!(f, "{}: is a folder, not a file", path.display())
            }
            LoadError::TooLarge { path, bytes } => {
                write!(f, "{}: {}", path.display(), too_large_message(*bytes))
            }
            LoadError::Article { path, error } => write!(f, "{}: {error}", path.display()),
            LoadError::Briefing { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for LoadError {}

/// True if the path names a saved briefing rather than an article.
pub fn is_briefing_path(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| file::is_briefing_file_name(&n.to_string_lossy()))
}

/// The sidecar path for an article: `X.meta.ron` beside `X.txt`.
pub fn sidecar_path(path: &Path) -> PathBuf {
    path.with_extension("meta.ron")
}

/// The seed briefing.
pub fn seed_briefing(reference_date: Option<NaiveDate>) -> Briefing {
    let meta = ArticleMeta::from_ron(SEED_META).ok();
    let opts = Options {
        source_name: SEED_NAME.to_owned(),
        meta,
        reference_date,
    };
    extract::extract_text(SEED_TEXT, &opts)
}

/// Opens an article or a saved briefing. `reference_date` overrides the article's own date.
pub fn load_path(path: &Path, reference_date: Option<NaiveDate>) -> Result<Briefing, LoadError> {
    let io = |error| LoadError::Io {
        path: path.to_owned(),
        error,
    };
    let md = std::fs::metadata(path).map_err(io)?;
    if md.is_dir() {
        return Err(LoadError::Directory {
            path: path.to_owned(),
        });
    }
    if md.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            bytes: md.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    load_bytes(path, &bytes, reference_date)
}

/// Opens an article or a saved briefing already read into memory (`path` names it and
/// finds its sidecar).
pub fn load_bytes(
    path: &Path,
    bytes: &[u8],
    reference_date: Option<NaiveDate>,
) -> Result<Briefing, LoadError> {
    if is_briefing_path(path) {
        let text = String::from_utf8_lossy(bytes);
        let mut b = file::from_ron(&text).map_err(|error| LoadError::Briefing {
            path: path.to_owned(),
            error,
        })?;
        if reference_date.is_some() {
            b.set_reference_date(reference_date, DateOrigin::CommandLine);
        }
        return Ok(b);
    }
    let mut warnings = Vec::new();
    let meta = match std::fs::read_to_string(sidecar_path(path)) {
        Ok(t) => match ArticleMeta::from_ron(&t) {
            Ok(m) => Some(m),
            Err(e) => {
                warnings.push(format!("{}: {e}", sidecar_path(path).display()));
                None
            }
        },
        Err(_) => None,
    };
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let opts = Options {
        source_name: name,
        meta,
        reference_date,
    };
    let mut b = extract::extract_bytes(bytes, &opts).map_err(|error| LoadError::Article {
        path: path.to_owned(),
        error,
    })?;
    b.warnings.extend(warnings);
    Ok(b)
}
