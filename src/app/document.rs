//! The open briefing ([`Document`]) and what is derived from it for reading: the article's
//! paragraphs, its title span, a generation counter for caches, and the undo history.

use crate::model::edit::History;
use crate::model::{Briefing, Span};
use std::path::PathBuf;

/// The open briefing and what is derived from it.
pub struct Document {
    pub briefing: Briefing,
    pub path: Option<PathBuf>,
    /// Body paragraphs of the first source (for the reader).
    pub paragraphs: Vec<Span>,
    pub title_span: Option<Span>,
    /// Bumped on every change, so caches know to rebuild.
    pub generation: u64,
    /// Undo/redo and the unsaved-changes marker.
    pub history: History,
}

impl Document {
    pub fn new(briefing: Briefing, path: Option<PathBuf>) -> Self {
        let (paragraphs, title_span) = briefing.sources.first().map_or((Vec::new(), None), |s| {
            let c = crate::extract::clean::clean(&s.text);
            (c.paragraphs, c.title)
        });
        Self {
            briefing,
            path,
            paragraphs,
            title_span,
            generation: 0,
            history: History::default(),
        }
    }

    pub fn display_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || {
                self.briefing
                    .sources
                    .first()
                    .map_or_else(|| "untitled".to_owned(), |s| s.name.clone())
            },
            |n| n.to_string_lossy().into_owned(),
        )
    }
}
