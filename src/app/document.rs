//! The open briefing ([`Document`]) and what is derived from it for reading: the article's
//! paragraphs, its title span, a generation counter for caches, and the undo history.

use crate::model::edit::History;
use crate::model::{Briefing, Span};
use std::path::PathBuf;

/// The open briefing and what is derived from it.
pub struct Document {
    pub briefing: Briefing,
    pub path: Option<PathBuf>,
    /// Body paragraphs of the source the reader shows.
    pub paragraphs: Vec<Span>,
    /// Index of the source the reader shows (the first, until a mention of another is
    /// selected).
    pub shown_source: usize,
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
            shown_source: 0,
            title_span,
            generation: 0,
            history: History::default(),
        }
    }

    /// Turns the reader to source `i` (its paragraphs and title are found again).
    pub fn show_source(&mut self, i: usize) {
        let Some(s) = self.briefing.sources.get(i) else {
            return;
        };
        let c = crate::extract::clean::clean(&s.text);
        self.paragraphs = c.paragraphs;
        self.title_span = c.title;
        self.shown_source = i;
    }

    pub fn display_name(&self) -> String {
        if self.path.is_none() && self.briefing.sources.len() > 1 {
            return format!("{} sources", self.briefing.sources.len());
        }
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
