//! The native file format: a versioned RON document (`*.briefline.ron`).
//!
//! The file embeds the article text so it opens anywhere. Loading checks the version first
//! so a file from a newer Briefline is refused with a message naming both versions.

use super::{Briefing, date_bases};
use serde::Deserialize;
use std::fmt;

/// The format version this build writes.
///
/// History (every older version is migrated on load; `tests/formats/` keeps a file of each):
/// - 1: first release.
/// - 2: admiralty grades on events, quotes and questions (a version 1 item is ungraded).
/// - 3: a date counted from an earlier one ("the following year") refers to it by number in
///   `date_bases` (`FromMention(base: Earlier(n), …)`) instead of nesting a copy of the
///   whole chain, which made long chains too deep to read back and files quadratic in size.
pub const FORMAT_VERSION: u32 = 3;

/// The oldest format version this build can migrate.
pub const OLDEST_VERSION: u32 = 1;

/// Largest file Briefline reads, briefings included (bytes). [`to_ron`] refuses to write a
/// briefing bigger than this, so whatever Briefline saves it can open again.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// File extension of saved briefings.
pub const EXTENSION: &str = "briefline.ron";

/// Why a briefing file could not be read or written.
#[derive(Debug)]
pub enum FileError {
    /// Not valid RON, or not a briefing.
    Malformed {
        line: usize,
        column: usize,
        message: String,
    },
    /// Written by a newer Briefline.
    TooNew { found: u32, supported: u32 },
    /// A version number no Briefline ever wrote.
    UnknownVersion { found: u32 },
    /// Could not serialise (should not happen for valid briefings).
    Serialize(String),
    /// The briefing would be too big to open again (bytes it would take).
    TooLarge { bytes: usize },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Malformed {
                line,
                column,
                message,
            } => write!(
                f,
                "not a valid briefing file (line {line}, column {column}): {message}"
            ),
            FileError::TooNew { found, supported } => write!(
                f,
                "this briefing was saved in format version {found}, but this Briefline reads \
                 versions up to {supported}: update Briefline to open it"
            ),
            FileError::UnknownVersion { found } => write!(
                f,
                "unknown briefing format version {found} (this Briefline reads versions \
                 {OLDEST_VERSION} to {FORMAT_VERSION})"
            ),
            FileError::Serialize(m) => write!(f, "could not write the briefing: {m}"),
            FileError::TooLarge { bytes } => write!(
                f,
                "the briefing would take {} MB, more than the {} MB Briefline can open again; \
                 nothing was written",
                (*bytes as u64).div_ceil(1 << 20),
                MAX_BYTES >> 20
            ),
        }
    }
}

impl std::error::Error for FileError {}

#[derive(Deserialize)]
#[serde(rename = "Briefing")]
struct VersionProbe {
    format_version: u32,
}

fn malformed(e: &ron::error::SpannedError) -> FileError {
    FileError::Malformed {
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    }
}

/// How deep the reader lets a file nest. Format 3 files nest a handful of levels; files of
/// formats 1 and 2 nest a copy of every chain of story-relative dates (about three levels
/// per "the following year"), and up to about 1,300 steps of such a chain reopen. Anything
/// deeper is refused as malformed, never a stack overflow.
const MAX_NESTING: usize = 4_096;

/// Stack of the thread that reads a file: room for [`MAX_NESTING`] levels of recursive
/// descent, in a debug build too. Only what is touched is committed.
const READ_STACK_BYTES: usize = 256 * 1024 * 1024;

fn reader() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_NESTING)
}

/// Runs `read` on a thread with a stack deep enough for [`MAX_NESTING`] (on this thread,
/// with RON's default limit, if no thread can be started).
fn with_deep_stack<T: Send>(text: &str, read: impl Fn(&str, &ron::Options) -> T + Sync) -> T {
    std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name("briefline-read".into())
            .stack_size(READ_STACK_BYTES)
            .spawn_scoped(s, || read(text, &reader()));
        match spawned.map(std::thread::ScopedJoinHandle::join) {
            Ok(Ok(result)) => result,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => read(text, &ron::Options::default()),
        }
    })
}

/// The format version a briefing file declares.
pub fn probe_version(text: &str) -> Result<u32, FileError> {
    with_deep_stack(text, probe_with)
}

fn probe_with(text: &str, options: &ron::Options) -> Result<u32, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let version = if let Some(v) = leading_version(text) {
        v
    } else {
        let probe: VersionProbe = options.from_str(text).map_err(|e| malformed(&e))?;
        probe.format_version
    };
    match version {
        v if v > FORMAT_VERSION => Err(FileError::TooNew {
            found: v,
            supported: FORMAT_VERSION,
        }),
        v if v < OLDEST_VERSION => Err(FileError::UnknownVersion { found: v }),
        v => Ok(v),
    }
}

/// The version of a file that opens the way Briefline writes it, `Briefing(` then
/// `format_version: N,` (white space aside), read without parsing the rest: the full probe
/// parsed the whole file a second time, a third of the time to open a large briefing.
/// Anything else (comments, another field first) is left to the full probe.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start();
    let rest = rest.strip_prefix("Briefing").unwrap_or(rest).trim_start();
    let rest = rest.strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("format_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let after = rest.get(digits..)?.trim_start();
    if !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    rest.get(..digits)?.parse().ok()
}

/// Parses a briefing from RON text, migrating older format versions to the current one.
///
/// Spans that do not fit the article text are dropped with a notice in the warnings (see
/// [`super::spans`]); the date bases are resolved against the reference date.
pub fn from_ron(text: &str) -> Result<Briefing, FileError> {
    with_deep_stack(text, from_ron_with)
}

fn from_ron_with(text: &str, options: &ron::Options) -> Result<Briefing, FileError> {
    let version = probe_with(text, options)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut b: Briefing = options.from_str(text).map_err(|e| malformed(&e))?;
    for from in version..FORMAT_VERSION {
        migrate(from, &mut b);
    }
    b.format_version = FORMAT_VERSION;
    if let Some(notice) = flatten_anchors(&mut b, version) {
        b.warnings.push(notice);
    }
    b.resolve_date_bases();
    if let Some(notice) = super::spans::repair(&mut b) {
        b.warnings.push(notice);
    }
    Ok(b)
}

/// Upgrades a briefing read as version `from` to `from + 1`.
///
/// Migrations that only add fields need nothing here (serde fills in their defaults while
/// reading); a step that changes meaning transforms `b`.
fn migrate(from: u32, b: &mut Briefing) {
    // 1 → 2: grades are new; a version 1 item is ungraded, which is the default.
    // 2 → 3: nested story-relative anchors become references to shared date bases
    // (`flatten_anchors`, which also bounds the nesting of files of every version).
    b.format_version = from + 1;
}

/// How deep a loaded anchor may nest once flat (Briefline writes at most four levels).
const MAX_ANCHOR_DEPTH: usize = 16;

/// Makes the event anchors of a file older than format 3 flat (formats 1 and 2 nested a
/// copy of each story-relative chain), and drops any anchor that still nests absurdly deep
/// (a hand-written `Since(Since(…))` tower), keeping the event and its date. A format 3
/// file is left as written (its anchors may rightly hold a fixed base, "the day after
/// Christmas"), so it reopens identical. Returns a notice if any anchor was dropped. Runs
/// on the reading thread, whose stack the nesting fits.
fn flatten_anchors(b: &mut Briefing, version: u32) -> Option<String> {
    let mut flattener = date_bases::Flattener::default();
    let mut dropped = 0usize;
    for ev in &mut b.events {
        if let Some(anchor) = ev.anchor.take() {
            let flat = if version < 3 && date_bases::is_nested(&anchor) {
                flattener.flatten(anchor, &mut b.date_bases)
            } else {
                anchor
            };
            if date_bases::depth(&flat) <= MAX_ANCHOR_DEPTH {
                ev.anchor = Some(flat);
            } else {
                dropped += 1;
            }
        }
    }
    for base in &mut b.date_bases {
        if date_bases::depth(&base.anchor) > MAX_ANCHOR_DEPTH {
            // Refers to nothing: what counts from it stays unresolved.
            base.anchor = super::TimeAnchor::Earlier(usize::MAX);
            dropped += 1;
        }
    }
    (dropped > 0).then(|| {
        format!(
            "{dropped} date expression(s) in this file nested too deeply to follow and were \
             dropped (the events and their dates are kept)"
        )
    })
}

/// Serialises a briefing to RON: the top level pretty, one line per item (event, quote,
/// actor…), so the file stays readable and its size is a small multiple of the article's.
/// Deterministic: same briefing, same bytes. A briefing bigger than [`MAX_BYTES`] is an
/// error, since it could not be opened again.
pub fn to_ron(briefing: &Briefing) -> Result<String, FileError> {
    to_ron_within(briefing, MAX_BYTES)
}

/// How a briefing file is laid out.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .struct_names(true)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
}

/// [`to_ron`]'s text written to `w` as it is made: a big briefing's text (five times its
/// article) is never held whole. It is made twice, first only counted: a briefing past
/// [`MAX_BYTES`] is refused with [`FileError::TooLarge`] before a byte is written.
pub fn write_ron(briefing: &Briefing, w: &mut dyn std::io::Write) -> Result<(), FileError> {
    write_ron_within(briefing, w, MAX_BYTES)
}

/// [`write_ron`] with the size limit given (tests use a small one).
fn write_ron_within(
    briefing: &Briefing,
    w: &mut dyn std::io::Write,
    max: u64,
) -> Result<(), FileError> {
    use std::io::Write as _;
    let serialise = |w: &mut dyn std::io::Write| {
        ron::Options::default()
            .to_io_writer_pretty(&mut *w, briefing, pretty())
            .map_err(|e| FileError::Serialize(e.to_string()))?;
        w.write_all(b"\n")
            .map_err(|e| FileError::Serialize(e.to_string()))
    };
    let mut counted = Counted(0);
    serialise(&mut counted)?;
    if counted.0 > max {
        return Err(FileError::TooLarge {
            bytes: usize::try_from(counted.0).unwrap_or(usize::MAX),
        });
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, w);
    serialise(&mut out)?;
    out.flush().map_err(|e| FileError::Serialize(e.to_string()))
}

/// A writer that only counts the bytes it is given.
struct Counted(u64);

impl std::io::Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 = self
            .0
            .saturating_add(u64::try_from(buf.len()).unwrap_or(u64::MAX));
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// [`to_ron`] with the size limit given (tests use a small one).
fn to_ron_within(briefing: &Briefing, max_bytes: u64) -> Result<String, FileError> {
    let mut out = ron::ser::to_string_pretty(briefing, pretty())
        .map_err(|e| FileError::Serialize(e.to_string()))?;
    out.push('\n');
    if u64::try_from(out.len()).unwrap_or(u64::MAX) > max_bytes {
        return Err(FileError::TooLarge { bytes: out.len() });
    }
    Ok(out)
}

/// True if `name` looks like a saved briefing file.
pub fn is_briefing_file_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".briefline.ron")
        || name.to_ascii_lowercase().ends_with(".ron")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_briefing_written_as_it_is_made_is_the_same_text_and_keeps_the_size_limit() {
        let b = crate::load::seed_briefing(None);
        let mut streamed = Vec::new();
        write_ron(&b, &mut streamed).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), to_ron(&b).unwrap());
        let mut cut = Vec::new();
        assert!(matches!(
            write_ron_within(&b, &mut cut, 100),
            Err(FileError::TooLarge { bytes }) if bytes > 100
        ));
        assert!(cut.is_empty(), "{} bytes written", cut.len());
    }

    #[test]
    fn refuses_newer_version_naming_both() {
        let text = format!(
            "(format_version: {}, meta: (title: \"x\"))",
            FORMAT_VERSION + 1
        );
        let err = from_ron(&text).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains(&(FORMAT_VERSION + 1).to_string())
                && msg.contains(&FORMAT_VERSION.to_string()),
            "{msg}"
        );
    }

    #[test]
    fn the_version_is_read_from_the_head_of_a_file_as_written() {
        assert_eq!(
            leading_version("Briefing(\n    format_version: 3,\n"),
            Some(3)
        );
        assert_eq!(leading_version("  ( format_version : 12 )"), Some(12));
        // Anything else goes to the full parse, which reads the same versions.
        assert_eq!(
            leading_version("// saved\nBriefing(format_version: 2)"),
            None
        );
        assert_eq!(
            leading_version("Briefing(meta: (), format_version: 2)"),
            None
        );
        assert_eq!(leading_version("(format_version: 99999999999,)"), None);
        assert_eq!(leading_version("(format_version: 3x)"), None);
        for text in [
            "// saved\nBriefing(format_version: 2)",
            "Briefing(meta: (title: \"x\"), format_version: 2)",
            "Briefing(format_version: 2)",
        ] {
            assert_eq!(probe_version(text).unwrap(), 2, "{text}");
        }
        assert!(matches!(
            probe_version("(format_version: 99999999999)"),
            Err(FileError::Malformed { .. })
        ));
    }

    #[test]
    fn malformed_reports_position() {
        let err = from_ron("(format_version: 1, meta: (title: ").unwrap_err();
        assert!(matches!(err, FileError::Malformed { .. }), "{err}");
    }

    #[test]
    fn minimal_file_loads_with_defaults() {
        let b = from_ron("(format_version: 1, meta: (title: \"T\"))").unwrap();
        assert_eq!(b.meta.title, "T");
        assert!(b.events.is_empty());
    }

    #[test]
    fn a_briefing_too_big_to_reopen_is_not_written() {
        let b = crate::load::seed_briefing(None);
        let size = to_ron(&b).unwrap().len() as u64;
        assert!(to_ron_within(&b, size).is_ok());
        let err = to_ron_within(&b, size - 1).unwrap_err();
        assert!(matches!(err, FileError::TooLarge { .. }), "{err}");
        assert!(err.to_string().contains("can open again"), "{err}");
    }

    #[test]
    fn deeply_nested_input_is_an_error_not_a_crash() {
        let text = "[".repeat(100_000);
        assert!(from_ron(&text).is_err());
    }
}
