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

/// Largest `*.meta.ron` sidecar read (a few fields; anything bigger is not one).
const SIDECAR_MAX_BYTES: u64 = 1 << 20;

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
    /// A FIFO, device or socket: reading one could block forever or never end.
    NotRegular {
        path: PathBuf,
        what: &'static str,
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
            LoadError::NotRegular { path, what } => write!(
                f,
                "{}: is {what}, not a regular file; Briefline reads only regular files",
                path.display()
            ),
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
    let bytes = read_regular(path, MAX_FILE_BYTES)?;
    load_owned(path, bytes, reference_date)
}

/// Reads a regular file of at most `max` bytes; every reader of untrusted files goes
/// through here. A folder, FIFO, device or socket is refused before it is opened (opening
/// a FIFO blocks until someone writes to it; `/dev/zero` never ends), links are followed to
/// what they name, and the size is checked before reading and again while reading (a file
/// that grows, or a `/proc` file that claims 0 bytes, stops at `max`).
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, LoadError> {
    use std::io::Read as _;
    let io = |error| LoadError::Io {
        path: path.to_owned(),
        error,
    };
    let file = open_regular(path, max)?;
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Opens `path` for reading if it is a regular file of at most `max` bytes (see
/// [`read_regular`]); for readers that stream the file with progress.
pub fn open_regular(path: &Path, max: u64) -> Result<std::fs::File, LoadError> {
    let io = |error| LoadError::Io {
        path: path.to_owned(),
        error,
    };
    let check = |md: &std::fs::Metadata| -> Result<(), LoadError> {
        let ft = md.file_type();
        if ft.is_dir() {
            return Err(LoadError::Directory {
                path: path.to_owned(),
            });
        }
        if !ft.is_file() {
            return Err(LoadError::NotRegular {
                path: path.to_owned(),
                what: special_file_kind(ft),
            });
        }
        if md.len() > max {
            return Err(LoadError::TooLarge {
                path: path.to_owned(),
                bytes: md.len(),
            });
        }
        Ok(())
    };
    check(&std::fs::metadata(path).map_err(io)?)?;
    let file = std::fs::File::open(path).map_err(io)?;
    // The name may have been swapped between the check and the open: check what was opened.
    check(&file.metadata().map_err(io)?)?;
    Ok(file)
}

/// "a named pipe (FIFO)", "a device", "a socket": what a non-regular file is, for messages.
fn special_file_kind(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if ft.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    let _ = ft;
    "not a regular file"
}

/// Opens several articles (or saved briefings) as one briefing: each is read and extracted
/// on its own, against its own reference date (`--date`, its sidecar or its dateline), in
/// parallel, then merged (see [`crate::merge`]). One path gives what [`load_path`] gives.
/// The first file that cannot be read stops the load with its error.
pub fn load_and_merge(
    paths: &[PathBuf],
    reference_date: Option<NaiveDate>,
) -> Result<Briefing, LoadError> {
    use rayon::prelude::*;
    let parts: Vec<Briefing> = paths
        .par_iter()
        .map(|p| load_path(p, reference_date))
        .collect::<Result<_, _>>()?;
    Ok(crate::merge::merge(parts))
}

/// Opens each of `paths` on its own (in parallel), for a merge that goes on without the ones
/// that fail: the briefings in path order, and a message for each failure.
pub fn load_each(
    paths: &[PathBuf],
    reference_date: Option<NaiveDate>,
) -> (Vec<Briefing>, Vec<String>) {
    use rayon::prelude::*;
    let results: Vec<Result<Briefing, String>> = paths
        .par_iter()
        .map(|p| {
            std::panic::catch_unwind(|| load_path(p, reference_date))
                .map_err(|_| format!("{}: could not be read (internal error)", p.display()))
                .and_then(|r| r.map_err(|e| e.to_string()))
        })
        .collect();
    let mut ok = Vec::new();
    let mut failed = Vec::new();
    for r in results {
        match r {
            Ok(b) => ok.push(b),
            Err(e) => failed.push(e),
        }
    }
    (ok, failed)
}

/// Opens an article or a saved briefing already read into memory (`path` names it and
/// finds its sidecar).
pub fn load_bytes(
    path: &Path,
    bytes: &[u8],
    reference_date: Option<NaiveDate>,
) -> Result<Briefing, LoadError> {
    load_input(path, std::borrow::Cow::Borrowed(bytes), reference_date)
}

/// [`load_bytes`] for bytes the caller gives up (a file just read): an article's UTF-8
/// text is not copied, so a big article is not held twice while it is extracted.
pub fn load_owned(
    path: &Path,
    bytes: Vec<u8>,
    reference_date: Option<NaiveDate>,
) -> Result<Briefing, LoadError> {
    load_input(path, std::borrow::Cow::Owned(bytes), reference_date)
}

/// [`load_bytes`], taking the bytes over when they are owned (an article's UTF-8 text is
/// then not copied).
fn load_input(
    path: &Path,
    bytes: std::borrow::Cow<'_, [u8]>,
    reference_date: Option<NaiveDate>,
) -> Result<Briefing, LoadError> {
    if is_briefing_path(path) {
        let text = String::from_utf8_lossy(&bytes);
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
    let sidecar = read_regular(&sidecar_path(path), SIDECAR_MAX_BYTES)
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    let meta = match sidecar {
        Ok(t) => match ArticleMeta::from_ron(&t) {
            Ok(m) => Some(m),
            Err(e) => {
                warnings.push(format!("{}: {e}", sidecar_path(path).display()));
                None
            }
        },
        Err(LoadError::Io { error, .. }) if error.kind() == std::io::ErrorKind::NotFound => None,
        // A sidecar that is a FIFO, a device or too big is not read, and the analyst is told.
        Err(e) => {
            warnings.push(format!("metadata sidecar not read: {e}"));
            None
        }
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
    let extracted = match bytes {
        std::borrow::Cow::Owned(v) => extract::extract_owned(v, &opts),
        std::borrow::Cow::Borrowed(b) => extract::extract_bytes(b, &opts),
    };
    let mut b = extracted.map_err(|error| LoadError::Article {
        path: path.to_owned(),
        error,
    })?;
    b.warnings.extend(warnings);
    Ok(b)
}
