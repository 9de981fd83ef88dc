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

/// The format version a briefing file declares.
pub fn probe_version(text: &str) -> Result<u32, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let probe: VersionProbe = ron::from_str(text).map_err(|e| malformed(&e))?;
    match probe.format_version {
        v if v > FORMAT_VERSION => Err(FileError::TooNew {
            found: v,
            supported: FORMAT_VERSION,
        }),
        v if v < OLDEST_VERSION => Err(FileError::UnknownVersion { found: v }),
        v => Ok(v),
    }
}

/// Parses a briefing from RON text, migrating older format versions to the current one.
///
/// Spans that do not fit the article text are dropped with a notice in the warnings (see
/// [`super::spans`]); the date bases are resolved against the reference date.
pub fn from_ron(text: &str) -> Result<Briefing, FileError> {
    let version = probe_version(text)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut b: Briefing = ron::from_str(text).map_err(|e| malformed(&e))?;
    for from in version..FORMAT_VERSION {
        migrate(from, &mut b);
    }
    b.format_version = FORMAT_VERSION;
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
    match from {
        // 1 → 2: grades are new; a version 1 item is ungraded, which is the default.
        1 => {}
        // 2 → 3: nested story-relative anchors become references to shared date bases.
        2 => {
            let mut flattener = date_bases::Flattener::default();
            for ev in &mut b.events {
                if let Some(anchor) = ev.anchor.take() {
                    ev.anchor = Some(flattener.flatten(anchor, &mut b.date_bases));
                }
            }
        }
        _ => {}
    }
    b.format_version = from + 1;
}

/// Serialises a briefing to pretty RON. Deterministic: same briefing, same bytes.
pub fn to_ron(briefing: &Briefing) -> Result<String, FileError> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(8)
        .struct_names(true)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let mut out = ron::ser::to_string_pretty(briefing, config)
        .map_err(|e| FileError::Serialize(e.to_string()))?;
    out.push('\n');
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
    fn deeply_nested_input_is_an_error_not_a_crash() {
        let text = "[".repeat(100_000);
        assert!(from_ron(&text).is_err());
    }
}
