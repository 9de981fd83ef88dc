//! Analyst notes in the PDF: a note's `CommonMark` blocks ([`crate::export::notes::to_blocks`])
//! set as headings, paragraphs, list items with their markers, block quotes and code, with
//! emphasis, strong text and code runs in their styles. Links are text with their address
//! after it (a printed page has nothing to click); raw HTML is text.

use super::GREY;
use super::layout::{Column, Layout};
use super::text::{Piece, Style, wrap, wrap_rich};
use crate::export::notes::{Block, BlockKind, Run, to_blocks};

/// Indent of each list nesting level, in points.
const LIST_INDENT: f32 = 12.0;
/// Indent of a block quote.
const QUOTE_INDENT: f32 = 10.0;

/// Where a note goes and how its body text looks.
#[derive(Clone, Copy)]
pub(super) struct NoteFrame {
    /// Left edge, in points from the left margin.
    pub(super) indent: f32,
    /// The style of paragraphs; headings, quotes and code derive from it.
    pub(super) body: Style,
}

/// Sets a note. `label` ("Note:") leads its first paragraph, or stands on its own line when
/// the note starts with something else. Nothing is set for an empty note.
pub(super) fn note(lay: &mut Layout, markdown: &str, frame: NoteFrame, label: Option<&str>) {
    let blocks = to_blocks(markdown.trim());
    if blocks.is_empty() {
        return;
    }
    let label_piece = label.map(|l| Piece::new(format!("{l} "), frame.body.bold(true)));
    let label_leads = matches!(blocks.first(), Some(b) if b.kind == BlockKind::Paragraph);
    if let (Some(piece), false) = (&label_piece, label_leads) {
        lay.rich_paragraph(std::slice::from_ref(piece), frame.indent);
    }
    for (i, block) in blocks.iter().enumerate() {
        let lead = if i == 0 && label_leads {
            label_piece.clone()
        } else {
            None
        };
        block_ui(lay, block, frame, lead);
    }
}

/// One block, with `lead` set before its text.
fn block_ui(lay: &mut Layout, block: &Block, frame: NoteFrame, lead: Option<Piece>) {
    let body = frame.body;
    match &block.kind {
        BlockKind::Heading(level) => {
            let scale = match level {
                // Below the document's own headings (14 and 11 points in the body's 10.5).
                1 => 1.15,
                2 => 1.08,
                _ => 1.0,
            };
            let style = body.bold(true).size(body.size * scale);
            lay.gap(body.line_h() * 0.3);
            lay.keep(style.line_h() + 2.0 * body.line_h());
            lay.rich_paragraph(&pieces(lead, &block.runs, style), frame.indent);
        }
        BlockKind::Paragraph => {
            lay.rich_paragraph(&pieces(lead, &block.runs, body), frame.indent);
            lay.y += body.line_h() * 0.25;
        }
        BlockKind::Quote => {
            let style = body.italic(true).color(GREY);
            lay.rich_paragraph(
                &pieces(lead, &block.runs, style),
                frame.indent + QUOTE_INDENT,
            );
            lay.y += body.line_h() * 0.25;
        }
        BlockKind::Code => {
            let style = body.mono(true).size(body.size * 0.9);
            for line in block.plain_text().lines() {
                lay.rich_paragraph(&[Piece::new(line, style)], frame.indent + QUOTE_INDENT);
            }
            lay.y += body.line_h() * 0.25;
        }
        BlockKind::ListItem { depth, marker } => {
            let x = lay.left + frame.indent + LIST_INDENT * (*depth).min(6) as f32;
            let marker_w = lay.fonts.regular.width("00.", body.size) + 4.0;
            let text_x = x + marker_w;
            let lines = wrap_rich(
                lay.fonts,
                &pieces(lead, &block.runs, body),
                lay.right - text_x,
            );
            let mark = wrap(lay.fonts, marker, body, marker_w + LIST_INDENT);
            lay.columns(
                vec![Column::plain(x, mark, body), Column { x: text_x, lines }],
                None,
            );
        }
    }
}

/// A block's runs as pieces in `base` (strong runs bold, emphasis oblique, code mono),
/// after `lead`.
fn pieces(lead: Option<Piece>, runs: &[Run], base: Style) -> Vec<Piece> {
    lead.into_iter()
        .chain(runs.iter().map(|r| {
            let style = base
                .bold(base.bold || r.style.strong)
                .italic(base.italic || r.style.emphasis)
                .mono(r.style.code);
            Piece::new(r.text.as_str(), style)
        }))
        .collect()
}
