//! Bulk imports into an [`EventTable`]: event lists as CSV/TSV (`start,end,label,group`)
//! and folders of articles extracted in parallel. Parsing is separate from I/O; errors name
//! the file and line. Not for briefings: those open through [`crate::load`].
//!
//! The event list format: one event per line, fields separated by commas (`.csv`) or tabs
//! (`.tsv`, or any file whose first line has a tab). `start` and `end` are Unix seconds or
//! `YYYY-MM-DD[THH:MM[:SS]][Z]` (UTC); an empty `end` makes a point event. `group` is
//! 0..=255 and may be left out (0). A first line starting with `start` is a header. Fields
//! may be double-quoted (RFC 4180, read by the `csv` crate): `""` inside quotes is a quote,
//! and a quoted field may span lines (its line breaks become spaces in the label).

use crate::load;
use crate::model::EventKind;
use crate::timeline::{EventTable, TableRow};
use arrayvec::ArrayVec;
use chrono::{NaiveDate, NaiveDateTime};
use rayon::prelude::*;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Rows between progress reports and cancel checks.
const PROGRESS_ROWS: usize = 16 * 1024;

/// Why an import failed.
#[derive(Debug)]
pub enum ImportError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    TooLarge {
        path: PathBuf,
        bytes: u64,
    },
    /// A bad line: 1-based line number and what is wrong with it.
    Row {
        line: usize,
        message: String,
    },
    /// The same, in a named file.
    InFile {
        path: PathBuf,
        line: usize,
        message: String,
    },
    NoArticles {
        path: PathBuf,
    },
    /// A folder, FIFO, device or socket, or an article or briefing that does not load.
    Unreadable(load::LoadError),
    Cancelled,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            ImportError::TooLarge { path, bytes } => {
                write!(f, "{}: {}", path.display(), load::too_large_message(*bytes))
            }
            ImportError::Row { line, message } => write!(f, "line {line}: {message}"),
            ImportError::InFile {
                path,
                line,
                message,
            } => write!(f, "{}: line {line}: {message}", path.display()),
            ImportError::NoArticles { path } => write!(
                f,
                "{}: no articles (.txt, .md, .text) in this folder",
                path.display()
            ),
            ImportError::Unreadable(e) => e.fmt(f),
            ImportError::Cancelled => f.write_str("cancelled"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Field separator of an event list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delimiter {
    Comma,
    Tab,
}

impl Delimiter {
    fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Tab => b'\t',
        }
    }

    /// Tab if the first line has one, else comma.
    pub fn sniff(bytes: &[u8]) -> Self {
        let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
        if first.contains(&b'\t') {
            Delimiter::Tab
        } else {
            Delimiter::Comma
        }
    }
}

/// True for paths the app and CLI open as event lists (`.csv`, `.tsv`).
pub fn is_event_list_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("tsv"))
}

/// Parses a time: Unix seconds, `YYYY-MM-DD`, or `YYYY-MM-DD[T ]HH:MM[:SS][Z]`, as UTC.
pub fn parse_time(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<i64>() {
        return Some(secs);
    }
    let s = s.strip_suffix('Z').unwrap_or(s);
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return d.and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp());
    }
    [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
    .map(|t| t.and_utc().timestamp())
}

/// The fields of a row, by position, as error messages name them.
const FIELD_NAMES: [&str; 4] = ["start", "end", "label", "group"];

/// "field 2 (end)": how an error names a field.
fn field_name(index: usize) -> String {
    match FIELD_NAMES.get(index) {
        Some(name) => format!("field {} ({name})", index + 1),
        None => format!("field {}", index + 1),
    }
}

/// A parsed row before it goes into the table.
struct Row<'a> {
    start_secs: i64,
    end_secs: i64,
    group: u8,
    label: &'a str,
}

fn parse_row<'a>(fields: &[&'a str]) -> Result<Row<'a>, String> {
    let (Some(&start), Some(&end), Some(&label)) = (fields.first(), fields.get(1), fields.get(2))
    else {
        return Err(format!(
            "expected start,end,label[,group] but found {} field(s)",
            fields.len()
        ));
    };
    let bad_time = |index: usize, v: &str| {
        format!(
            "{}: `{}` is not a time (Unix seconds or YYYY-MM-DD[THH:MM:SS])",
            field_name(index),
            v.trim()
        )
    };
    let start_secs = parse_time(start).ok_or_else(|| bad_time(0, start))?;
    let end_secs = if end.trim().is_empty() {
        start_secs
    } else {
        parse_time(end).ok_or_else(|| bad_time(1, end))?
    };
    if end_secs < start_secs {
        return Err(format!(
            "{}: `{}` is before the start `{}`",
            field_name(1),
            end.trim(),
            start.trim()
        ));
    }
    let group = match fields.get(3).map(|g| g.trim()) {
        None | Some("") => 0,
        Some(g) => g
            .parse::<u8>()
            .map_err(|_| format!("{}: `{g}` is not a number from 0 to 255", field_name(3)))?,
    };
    Ok(Row {
        start_secs,
        end_secs,
        group,
        label: label.trim(),
    })
}

/// The record's fields as text (at most four: `start,end,label,group`); `Err` names a
/// record with too many fields or the first field that is not UTF-8.
fn record_fields(record: &csv::ByteRecord) -> Result<ArrayVec<&str, 4>, String> {
    if record.len() > FIELD_NAMES.len() {
        return Err(format!(
            "expected start,end,label[,group] but found {} fields (quote labels that contain the separator)",
            record.len()
        ));
    }
    let mut out = ArrayVec::new();
    for (i, raw) in record.iter().enumerate() {
        let field = std::str::from_utf8(raw)
            .map_err(|_| format!("{} is not valid UTF-8 text", field_name(i)))?;
        out.push(field);
    }
    Ok(out)
}

/// True if the raw bytes of the last record leave a double quote open: the csv reader then
/// takes the rest of the file as one field, which is a mistake in the file, not a label.
fn leaves_quote_open(raw: &[u8]) -> bool {
    // n quote characters split the record into n + 1 pieces: an odd n, an even count.
    raw.split(|&b| b == b'"').count() % 2 == 0
}

/// Parses an event list with the `csv` crate (RFC 4180: double-quoted fields may contain
/// the separator, `""` and line breaks). `progress` gets the bytes read so far every few
/// thousand rows; `cancel` stops the parse with [`ImportError::Cancelled`]. A bad row stops
/// the parse with its 1-based line and field. Never panics on input.
pub fn parse_event_list(
    bytes: &[u8],
    delim: Delimiter,
    progress: &mut dyn FnMut(usize),
    cancel: &AtomicBool,
) -> Result<EventTable, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // About 40 bytes a row; spare capacity is released at the end.
    let rows_guess = bytes.len() / 40 + 1;
    let mut table = EventTable::with_capacity(rows_guess, bytes.len() / 2);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim.byte())
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let mut label = String::new();
    let mut first_content = true;
    for k in 0usize.. {
        if k % PROGRESS_ROWS == 0 {
            if cancel.load(Ordering::Relaxed) {
                return Err(ImportError::Cancelled);
            }
            progress(reader.position().byte() as usize);
        }
        let start_byte = reader.position().byte() as usize;
        let start_line = reader.position().line() as usize;
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                return Err(ImportError::Row {
                    line: e.position().map_or(start_line, |p| p.line() as usize),
                    message: e.to_string(),
                });
            }
        }
        let line = record.position().map_or(start_line, |p| p.line() as usize);
        let row_err = |message: String| ImportError::Row { line, message };
        if reader.position().byte() as usize >= bytes.len() {
            let raw = bytes.get(start_byte..).unwrap_or_default();
            if leaves_quote_open(raw) {
                return Err(row_err(
                    "a quoted field is not closed before the end of the file".to_owned(),
                ));
            }
        }
        let fields = record_fields(&record).map_err(row_err)?;
        if fields.len() <= 1 && fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if std::mem::take(&mut first_content)
            && fields
                .first()
                .is_some_and(|f| f.trim().eq_ignore_ascii_case("start"))
        {
            continue;
        }
        let row = parse_row(&fields).map_err(row_err)?;
        // A label that spans lines is one line on the timeline.
        let label = if row.label.contains(['\n', '\r']) {
            label.clear();
            for word in row.label.split_whitespace() {
                if !label.is_empty() {
                    label.push(' ');
                }
                label.push_str(word);
            }
            label.as_str()
        } else {
            row.label
        };
        table
            .push(&TableRow {
                start_secs: row.start_secs,
                end_secs: row.end_secs,
                group: row.group,
                label,
            })
            .map_err(|e| row_err(e.to_string()))?;
    }
    progress(bytes.len());
    table.shrink_to_fit();
    Ok(table)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, ImportError> {
    load::read_regular(path, load::MAX_FILE_BYTES).map_err(|e| match e {
        load::LoadError::Io { path, error } => ImportError::Io { path, error },
        load::LoadError::TooLarge { path, bytes } => ImportError::TooLarge { path, bytes },
        other => ImportError::Unreadable(other),
    })
}

/// Reads and parses an event list file; `progress(done, total)` in bytes.
pub fn load_event_list(
    path: &Path,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &AtomicBool,
) -> Result<EventTable, ImportError> {
    let bytes = read_limited(path)?;
    let delim = match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("tsv") => Delimiter::Tab,
        Some(e) if e.eq_ignore_ascii_case("csv") => Delimiter::Comma,
        _ => Delimiter::sniff(&bytes),
    };
    let total = bytes.len();
    parse_event_list(&bytes, delim, &mut |done| progress(done, total), cancel).map_err(
        |e| match e {
            ImportError::Row { line, message } => ImportError::InFile {
                path: path.to_owned(),
                line,
                message,
            },
            other => other,
        },
    )
}

fn quote_if_needed(s: &str, delim: char) -> String {
    if s.contains([delim, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"").replace(['\n', '\r'], " "))
    } else {
        s.to_owned()
    }
}

/// Writes a table as a TSV event list with a header (what `import-folder` outputs).
pub fn to_tsv(table: &EventTable) -> String {
    use std::fmt::Write as _;
    let mut out = String::from("start\tend\tlabel\tgroup\n");
    for i in 0..table.len() {
        let Some(r) = table.row(i) else { continue };
        let _ = write!(out, "{}\t", r.start_secs);
        if r.end_secs > r.start_secs {
            let _ = write!(out, "{}", r.end_secs);
        }
        let _ = writeln!(out, "\t{}\t{}", quote_if_needed(r.label, '\t'), r.group);
    }
    out
}

/// The result of importing a folder of articles.
#[derive(Debug, Default)]
pub struct FolderImport {
    /// Dated events of all articles, article by article in file-name order; the group is
    /// the event kind (0 news, 1 background, 2 upcoming, 3 other).
    pub table: EventTable,
    pub articles: usize,
    pub bytes: u64,
    /// Articles that could not be read, as messages.
    pub failures: Vec<String>,
}

fn kind_group(kind: EventKind) -> u8 {
    match kind {
        EventKind::News => 0,
        EventKind::Background => 1,
        EventKind::Upcoming => 2,
        EventKind::Other => 3,
    }
}

/// Article files directly in `dir`, sorted by name.
pub fn article_paths(dir: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let io = |error| ImportError::Io {
        path: dir.to_owned(),
        error,
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    ["txt", "md", "text"].contains(&e.to_ascii_lowercase().as_str())
                })
        })
        .collect();
    paths.sort();
    Ok(paths)
}

/// The dated events of one article as event-list rows.
fn article_events(path: &Path, date: Option<NaiveDate>) -> Result<EventTable, String> {
    let b = load::load_path(path, date).map_err(|e| e.to_string())?;
    let mut t = EventTable::default();
    for e in &b.events {
        let (Some(s), Some(z)) = (e.date.start_secs(), e.date.end_secs()) else {
            continue;
        };
        t.push(&TableRow {
            start_secs: s as i64,
            end_secs: z as i64,
            group: kind_group(e.kind),
            label: &e.title,
        })
        .map_err(|e| e.to_string())?;
    }
    Ok(t)
}

/// Extracts every article in `dir` in parallel (rayon) into one event table.
/// `progress(done, total)` counts articles and may be called from any thread.
pub fn import_folder(
    dir: &Path,
    date: Option<NaiveDate>,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Result<FolderImport, ImportError> {
    let paths = article_paths(dir)?;
    if paths.is_empty() {
        return Err(ImportError::NoArticles {
            path: dir.to_owned(),
        });
    }
    let total = paths.len();
    let done = AtomicUsize::new(0);
    let results: Vec<Option<Result<(EventTable, u64), String>>> = paths
        .par_iter()
        .map(|p| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let bytes = std::fs::metadata(p).map_or(0, |m| m.len());
            // One article must never take the whole import down: should extraction panic
            // on some input (a bug), that article is reported as failed and skipped.
            let r = std::panic::catch_unwind(|| article_events(p, date))
                .unwrap_or_else(|_| {
                    Err(format!(
                        "{}: internal error while extracting this article (please report it)",
                        p.display()
                    ))
                })
                .map(|t| (t, bytes));
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            Some(r)
        })
        .collect();
    if cancel.load(Ordering::Relaxed) {
        return Err(ImportError::Cancelled);
    }
    let mut out = FolderImport::default();
    for r in results.into_iter().flatten() {
        match r {
            Ok((t, bytes)) => {
                out.table.extend_from(&t).map_err(|e| ImportError::Row {
                    line: 0,
                    message: e.to_string(),
                })?;
                out.articles += 1;
                out.bytes += bytes;
            }
            Err(e) => out.failures.push(e),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, delim: Delimiter) -> Result<EventTable, ImportError> {
        parse_event_list(text.as_bytes(), delim, &mut |_| {}, &AtomicBool::new(false))
    }

    fn line_of(e: &ImportError) -> usize {
        match e {
            ImportError::Row { line, .. } => *line,
            other => panic!("not a row error: {other}"),
        }
    }

    #[test]
    fn csv_with_header_quotes_dates_and_optional_group() {
        let text = "start,end,label,group\r\n\
                    1700000000,,plain,2\n\
                    \n\
                    2024-02-29,2024-03-02T12:00:00Z,\"quoted, with \"\"comma\"\"\",7\n\
                    2024-01-01 08:30,,no group\n";
        let t = parse(text, Delimiter::Comma).unwrap();
        assert_eq!(t.len(), 3);
        assert_eq!(
            t.row(0).unwrap(),
            TableRow {
                start_secs: 1_700_000_000,
                end_secs: 1_700_000_000,
                group: 2,
                label: "plain"
            }
        );
        let r = t.row(1).unwrap();
        assert_eq!(r.label, "quoted, with \"comma\"");
        assert_eq!(r.start_secs, 1_709_164_800);
        assert_eq!(r.end_secs, 1_709_164_800 + 2 * 86_400 + 12 * 3600);
        assert_eq!(r.group, 7);
        assert_eq!(t.row(2).unwrap().group, 0);
        assert_eq!(t.row(2).unwrap().start_secs, 1_704_097_800);
    }

    #[test]
    fn tsv_without_header_round_trips_through_to_tsv() {
        let table = crate::timeline::synthetic::synthetic_table(500);
        let text = to_tsv(&table);
        assert_eq!(Delimiter::sniff(text.as_bytes()), Delimiter::Tab);
        let back = parse(&text, Delimiter::Tab).unwrap();
        assert_eq!(back, table);
        let headless = text.split_once('\n').unwrap().1;
        assert_eq!(parse(headless, Delimiter::Tab).unwrap(), table);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let cases = [
            ("1,2\n", 1, "found 2 field"),
            (
                "start,end,label\n1,,a\nyesterday,,b\n",
                3,
                "field 1 (start): `yesterday` is not a time",
            ),
            (
                "1,,a\n5,3,b\n",
                2,
                "field 2 (end): `3` is before the start `5`",
            ),
            ("1,,a,300\n", 1, "field 4 (group): `300` is not a number"),
            ("1,,\"open\n2,,b\n", 1, "not closed"),
            ("1,,a,1,extra\n", 1, "found 5 fields"),
            ("1,,a\n2,x,b\n", 2, "field 2 (end): `x` is not a time"),
        ];
        for (text, line, needle) in cases {
            let e = parse(text, Delimiter::Comma).unwrap_err();
            assert_eq!(line_of(&e), line, "{text:?}");
            assert!(e.to_string().contains(needle), "{e} lacks {needle}");
        }
        let bad_utf8 = b"1,,ok\n2,,\xff\n";
        let e = parse_event_list(
            bad_utf8,
            Delimiter::Comma,
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .unwrap_err();
        assert_eq!(line_of(&e), 2);
    }

    #[test]
    fn quoted_fields_may_span_lines_and_later_lines_keep_their_numbers() {
        let text = "start,end,label\n1,,\"two\nlines, \"\"quoted\"\"\",1\n2,,b\n3,x,c\n";
        let e = parse(text, Delimiter::Comma).unwrap_err();
        assert_eq!(line_of(&e), 5, "{e}");
        assert!(e.to_string().contains("field 2 (end)"), "{e}");
        let ok = parse(text.rsplit_once("3,x").unwrap().0, Delimiter::Comma).unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok.row(0).unwrap().label, "two lines, \"quoted\"");
        assert_eq!(ok.row(0).unwrap().group, 1);
        assert_eq!(ok.row(1).unwrap().label, "b");
    }

    #[test]
    fn cancel_stops_the_parse() {
        let e = parse_event_list(
            b"1,,a\n",
            Delimiter::Comma,
            &mut |_| {},
            &AtomicBool::new(true),
        )
        .unwrap_err();
        assert!(matches!(e, ImportError::Cancelled));
    }

    #[test]
    fn folder_import_extracts_every_article() {
        let dir = std::env::temp_dir().join(format!("briefline-import-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..6 {
            std::fs::write(
                dir.join(format!("a{i}.txt")),
                format!("Title {i}\n\nThe council met on 3 March 201{i} in Paris."),
            )
            .unwrap();
        }
        std::fs::write(dir.join("notes.ron"), "not an article").unwrap();
        let calls = AtomicUsize::new(0);
        let r = import_folder(
            &dir,
            None,
            &|_, total| {
                assert_eq!(total, 6);
                calls.fetch_add(1, Ordering::Relaxed);
            },
            &AtomicBool::new(false),
        )
        .unwrap();
        assert_eq!(r.articles, 6);
        assert_eq!(calls.load(Ordering::Relaxed), 6);
        assert!(r.failures.is_empty());
        assert!(r.table.len() >= 6, "{} events", r.table.len());
        let empty = dir.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        assert!(matches!(
            import_folder(&empty, None, &|_, _| {}, &AtomicBool::new(false)),
            Err(ImportError::NoArticles { .. })
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
