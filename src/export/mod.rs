//! Exports of a briefing: the JSON contract, Markdown notes, a self-contained HTML page, a
//! PDF, the timeline as SVG or PNG, and the native RON file. Every export is deterministic
//! (identical input, identical bytes) and written atomically.

pub mod cite;
pub mod html;
pub mod json;
pub mod markdown;
pub mod notes;
pub mod pdf;
pub mod png;
pub mod svg;
pub mod write;

use crate::model::{Briefing, ReviewStatus, file};
use crate::timeline::TimeView;
use std::fmt;
use std::path::Path;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ExportFormat {
    Markdown,
    Html,
    Pdf,
    Png,
    Svg,
    Json,
    Ron,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 7] = [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Pdf,
        ExportFormat::Png,
        ExportFormat::Svg,
        ExportFormat::Json,
        ExportFormat::Ron,
    ];

    /// File extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Png => "png",
            ExportFormat::Svg => "svg",
            ExportFormat::Json => "json",
            ExportFormat::Ron => "briefline.ron",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown briefing notes",
            ExportFormat::Html => "HTML page (self-contained)",
            ExportFormat::Pdf => "PDF document",
            ExportFormat::Png => "PNG image of the timeline",
            ExportFormat::Svg => "SVG image of the timeline",
            ExportFormat::Json => "JSON (the documented contract)",
            ExportFormat::Ron => "Briefline file (RON)",
        }
    }

    /// True for the formats that are only the timeline figure.
    pub fn is_image(self) -> bool {
        matches!(self, ExportFormat::Png | ExportFormat::Svg)
    }
}

/// Paper size of PDF exports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PageSize {
    #[default]
    A4,
    Letter,
}

impl PageSize {
    /// Width and height in PostScript points.
    pub fn points(self) -> (f32, f32) {
        match self {
            PageSize::A4 => (595.28, 841.89),
            PageSize::Letter => (612.0, 792.0),
        }
    }
}

/// How the timeline figure is drawn.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImageOptions {
    pub width: u32,
    pub height: u32,
    /// `None`: the whole briefing; `Some`: this view (virtual seconds, as in the app).
    pub view: Option<TimeView>,
    pub compress_gaps: bool,
    pub dark: bool,
}

impl Default for ImageOptions {
    fn default() -> Self {
        Self {
            width: 1920,
            height: 1080,
            view: None,
            compress_gaps: true,
            dark: false,
        }
    }
}

/// What goes into an export.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ExportOptions {
    /// Items the analyst has not reviewed yet.
    pub include_unreviewed: bool,
    /// Items the analyst rejected.
    pub include_rejected: bool,
    /// Quote the article sentence each item came from.
    pub include_excerpts: bool,
    pub page: PageSize,
    pub image: ImageOptions,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            include_unreviewed: true,
            include_rejected: false,
            include_excerpts: true,
            page: PageSize::A4,
            image: ImageOptions::default(),
        }
    }
}

impl ExportOptions {
    fn keeps(&self, r: ReviewStatus) -> bool {
        match r {
            ReviewStatus::Confirmed => true,
            ReviewStatus::Unreviewed => self.include_unreviewed,
            ReviewStatus::Rejected => self.include_rejected,
        }
    }
}

/// The briefing with the items the options leave out removed (and links to them dropped).
pub fn filtered(b: &Briefing, opts: &ExportOptions) -> Briefing {
    let mut out = b.clone();
    out.events.retain(|e| opts.keeps(e.review));
    out.quotes.retain(|q| opts.keeps(q.review));
    out.questions.retain(|q| opts.keeps(q.review));
    let kept: std::collections::HashSet<_> = out.events.iter().map(|e| e.id.clone()).collect();
    for q in &mut out.quotes {
        if q.event.as_ref().is_some_and(|e| !kept.contains(e)) {
            q.event = None;
        }
    }
    for q in &mut out.questions {
        q.events.retain(|e| kept.contains(e));
    }
    out
}

/// Why an export failed.
#[derive(Debug)]
pub enum ExportError {
    /// Rendering failed (the message says what).
    Render(String),
    /// Writing the file failed; nothing was replaced.
    Write {
        path: std::path::PathBuf,
        error: std::io::Error,
    },
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Render(m) => write!(f, "could not render the export: {m}"),
            ExportError::Write { path, error } => write!(
                f,
                "{}: could not write ({error}); any previous file is unchanged",
                path.display()
            ),
        }
    }
}

impl std::error::Error for ExportError {}

/// Renders the briefing in `format`.
pub fn render(
    b: &Briefing,
    format: ExportFormat,
    opts: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let fb = filtered(b, opts);
    Ok(match format {
        ExportFormat::Markdown => markdown::to_markdown_with(&fb, opts).into_bytes(),
        ExportFormat::Html => html::to_html(&fb, opts).into_bytes(),
        ExportFormat::Pdf => pdf::to_pdf(&fb, opts).map_err(ExportError::Render)?,
        ExportFormat::Png => png::to_png(&fb, &opts.image).map_err(ExportError::Render)?,
        ExportFormat::Svg => svg::timeline_svg(&fb, &opts.image).into_bytes(),
        ExportFormat::Json => json::to_json(&fb).into_bytes(),
        ExportFormat::Ron => file::to_ron(&fb)
            .map_err(|e| ExportError::Render(e.to_string()))?
            .into_bytes(),
    })
}

/// Renders and writes atomically.
pub fn export_to(
    b: &Briefing,
    format: ExportFormat,
    opts: &ExportOptions,
    path: &Path,
) -> Result<(), ExportError> {
    export_to_sparing(b, format, opts, path, None)
}

/// [`export_to`], refusing to write over `source` (the article the briefing was read from),
/// under any name.
pub fn export_to_sparing(
    b: &Briefing,
    format: ExportFormat,
    opts: &ExportOptions,
    path: &Path,
    source: Option<&Path>,
) -> Result<(), ExportError> {
    if let Some(src) = source {
        write::refuse_input(path, src).map_err(|error| ExportError::Write {
            path: path.to_owned(),
            error,
        })?;
    }
    let bytes = render(b, format, opts)?;
    write_atomic(path, &bytes).map_err(|error| ExportError::Write {
        path: path.to_owned(),
        error,
    })
}

/// Writes `bytes` to `path` the safe way (see [`write`]): a regular file is replaced
/// atomically keeping its owner and mode, a link's target is replaced, a device or FIFO is
/// written in place. A failure leaves any previous file intact.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write::write_file(path, bytes)
}

/// [`write_atomic`] with the writing step injected (tests simulate a full disk with it).
pub fn write_atomic_via(
    path: &Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    write::write_file_via(path, fill)
}
