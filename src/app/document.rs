//! The open briefing ([`Document`]) and what is derived from it for reading: the article's
//! paragraphs, its title span, a generation counter for caches, and the undo history.

use crate::model::edit::History;
use crate::model::{Briefing, Span};
use std::path::PathBuf;

/// The most text the reader lays out as one block (bytes). A transcript with no paragraph
/// breaks is one 10 MB paragraph; egui would shape it whole every time it changed.
pub const BLOCK_BYTES: usize = 4_000;

/// A piece of paragraph `paragraph` (0-based) the reader shows as one label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub paragraph: usize,
    pub span: Span,
}

/// Cuts each paragraph of `text` into blocks of at most [`BLOCK_BYTES`] (a little more only
/// when a single word is longer), after a sentence's end where one falls in the second half
/// of the block, else after a space, else at a character boundary.
pub fn reading_blocks(text: &str, paragraphs: &[Span]) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(paragraphs.len());
    for (k, p) in paragraphs.iter().enumerate() {
        let mut start = p.start;
        while p.end.saturating_sub(start) > BLOCK_BYTES {
            let limit = text.floor_char_boundary(start + BLOCK_BYTES);
            let window = text.get(start..limit).unwrap_or("");
            let half = window.len() / 2;
            let cut = window
                .rmatch_indices(". ")
                .map(|(i, _)| i + 2)
                .find(|&i| i >= half)
                .or_else(|| window.rfind(' ').map(|i| i + 1).filter(|&i| i > 0))
                .unwrap_or(window.len());
            let end = if cut == 0 {
                // A first character longer than the whole block cannot happen (4 bytes at
                // most); still, always move on.
                text.ceil_char_boundary(start + 1)
            } else {
                start + cut
            };
            blocks.push(Block {
                paragraph: k,
                span: Span::new(start, end),
            });
            start = end;
        }
        blocks.push(Block {
            paragraph: k,
            span: Span::new(start, p.end),
        });
    }
    blocks
}

/// The open briefing and what is derived from it.
pub struct Document {
    pub briefing: Briefing,
    pub path: Option<PathBuf>,
    /// Body paragraphs of the source the reader shows.
    pub paragraphs: Vec<Span>,
    /// The same paragraphs as the reader lays them out: a paragraph longer than
    /// [`BLOCK_BYTES`] in several blocks, so no single label holds megabytes of text.
    pub blocks: Vec<Block>,
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
        let blocks = briefing
            .sources
            .first()
            .map_or_else(Vec::new, |s| reading_blocks(&s.text, &paragraphs));
        Self {
            briefing,
            path,
            blocks,
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
        self.blocks = reading_blocks(&s.text, &c.paragraphs);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_paragraphs_are_one_block_each() {
        let text = "One.\n\nTwo.";
        let paragraphs = [Span::new(0, 4), Span::new(6, 10)];
        let b = reading_blocks(text, &paragraphs);
        assert_eq!(
            b,
            [
                Block {
                    paragraph: 0,
                    span: Span::new(0, 4)
                },
                Block {
                    paragraph: 1,
                    span: Span::new(6, 10)
                }
            ]
        );
    }

    #[test]
    fn a_huge_paragraph_is_cut_after_sentences_and_words_into_bounded_blocks() {
        // No full stops at all (a transcript), then sentences, then one huge word, with
        // multi-byte characters so a cut inside one would be caught.
        let text = format!(
            "{}{}{}",
            "Trump said on Monday that Russia and Ukraine in 2014 ".repeat(300),
            "Ein Satz mit Umlauten: äöü. ".repeat(400),
            "é".repeat(9_000)
        );
        let p = [Span::new(0, text.len())];
        let blocks = reading_blocks(&text, &p);
        assert!(blocks.len() > 3);
        let mut at = 0;
        for b in &blocks {
            assert_eq!(b.paragraph, 0);
            assert_eq!(b.span.start, at, "blocks tile the paragraph");
            assert!(b.span.len() <= BLOCK_BYTES, "{} bytes", b.span.len());
            assert!(text.get(b.span.start..b.span.end).is_some());
            at = b.span.end;
        }
        assert_eq!(at, text.len());
        // Cut after a space in the first part, after a sentence in the second.
        assert!(text[..blocks[0].span.end].ends_with(' '));
        let in_sentences = blocks
            .iter()
            .find(|b| b.span.start > 300 * 53 && b.span.end < text.len() - 18_000)
            .map(|b| &text[b.span.start..b.span.end]);
        assert!(
            in_sentences.is_some_and(|s| s.ends_with(". ")),
            "{in_sentences:?}"
        );
    }
}
