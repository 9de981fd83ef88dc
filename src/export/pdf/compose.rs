//! What goes into the PDF, section by section: the title, source line and summary, the
//! timeline figure, the chronology (with a legend of event kinds), quotes grouped by
//! speaker, open questions, the analyst's notes and the sources. Items carry their grade
//! and a numbered citation ("[3]"); the sources list each cited sentence with its paragraph
//! ("¶4"), numbered as in the Markdown and HTML exports. Every section is one pass over its
//! items with hashed look-ups, so a briefing of 100,000 items lays out in linear time.

use super::layout::{Column, Layout, Op};
use super::notes::{NoteFrame, note};
use super::text::{
    BODY, META, NOTE, Piece, ROW, ROW_DATE, SMALL, Style, TITLE, normalize, wrap, wrap_rich,
};
use super::{DATE_COL, ExportOptions, GREY, QUOTE_INDENT, kind_color};
use crate::export::cite::Citations;
use crate::export::markdown::{
    conflict_text, corroboration_mark, reference_line, source_line, summary,
};
use crate::model::{
    Briefing, EventKind, Grade, Lookup, Provenance, QuestionStatus, Source, SourceId,
    quotes_by_speaker,
};
use rustc_hash::FxHashMap as HashMap;

/// Lays out the whole document.
pub(super) fn compose(
    lay: &mut Layout,
    b: &Briefing,
    opts: &ExportOptions,
    figure: Result<usvg::Size, &str>,
) {
    let mut cites = Citations::new(b);
    front_matter(lay, b);
    timeline_figure(lay, b, figure);
    chronology(lay, b, &mut cites);
    quotes(lay, b, &mut cites);
    open_questions(lay, b, &mut cites);
    notes(lay, b);
    sources(lay, b, &cites, opts);
}

/// What follows an item's text: its grade (" · B2") and its citation (" [3]").
fn decorations<'p>(
    grade: Grade,
    mentions: impl IntoIterator<Item = &'p Provenance>,
    cites: &mut Citations<'_>,
    base: Style,
) -> Vec<Piece> {
    let mut out = Vec::new();
    if let Some(code) = grade.code() {
        out.push(Piece::new(
            format!(" · {code}"),
            base.bold(true).color(GREY),
        ));
    }
    // Every source that reports it: a merged item cites each mention's sentence.
    let marks = cites.marks(mentions);
    if !marks.is_empty() {
        out.push(Piece::new(marks, base.bold(false).color(GREY)));
    }
    out
}

/// Title, source line and summary.
fn front_matter(lay: &mut Layout, b: &Briefing) {
    let title = if b.meta.title.trim().is_empty() {
        "Untitled briefing"
    } else {
        b.meta.title.as_str()
    };
    lay.paragraph(title, TITLE, 0.0);
    lay.y += 4.0;
    let source = source_line(b);
    let reference = format!("Reference date: {}", reference_line(b));
    let meta = if source.trim().is_empty() {
        reference
    } else {
        format!("{source} · {reference}")
    };
    lay.paragraph(&meta, META, 0.0);
    lay.gap(10.0);
    lay.paragraph(&summary(b), BODY, 0.0);
}

/// The timeline figure, when any event is dated (or why it could not be drawn).
fn timeline_figure(lay: &mut Layout, b: &Briefing, figure: Result<usvg::Size, &str>) {
    let dated = b.events.iter().any(|e| e.date.is_resolved());
    match figure {
        _ if !dated => {}
        Ok(size) => lay.figure(size),
        Err(e) => {
            lay.gap(10.0);
            lay.paragraph(
                &format!("(The timeline figure could not be drawn: {e})"),
                SMALL,
                0.0,
            );
        }
    }
}

/// Every event in time order: a kind marker, the date, the title with its grade and
/// citation, and its notes; undated ones last.
fn chronology(lay: &mut Layout, b: &Briefing, cites: &mut Citations<'_>) {
    let fonts = lay.fonts;
    lay.heading("Chronology");
    let order = b.events_in_time_order();
    if order.is_empty() {
        lay.paragraph("No events.", ROW, 0.0);
        return;
    }
    legend(lay, b);
    let date_x = lay.left + 12.0;
    let title_x = date_x + DATE_COL;
    let title_w = lay.right - title_x;
    let mut undated = 0;
    for e in order.iter().filter_map(|&i| b.events.get(i)) {
        let date = if e.date.is_resolved() {
            e.date.display()
        } else {
            undated += 1;
            "Undated".to_owned()
        };
        let date_lines = wrap(fonts, &date, ROW_DATE, DATE_COL - 8.0);
        let title = if normalize(&e.title).is_empty() {
            Piece::new("(untitled event)", SMALL)
        } else {
            Piece::new(e.title.as_str(), ROW)
        };
        let mut pieces = vec![title];
        let reported_by = corroboration_mark(e.corroboration());
        if !reported_by.is_empty() {
            pieces.push(Piece::new(reported_by, ROW.bold(true).color(GREY)));
        }
        pieces.extend(decorations(e.grade, e.mentions(), cites, ROW));
        let title_lines = wrap_rich(fonts, &pieces, title_w);
        lay.columns(
            vec![
                Column::plain(date_x, date_lines, ROW_DATE),
                Column {
                    x: title_x,
                    lines: title_lines,
                },
            ],
            Some((lay.left + 3.0, kind_color(e.kind))),
        );
        // Each conflict under the row, every source's version side by side.
        for c in &e.conflicts {
            lay.paragraph(
                &format!("Conflict: {}", conflict_text(b, c)),
                SMALL,
                title_x - lay.left,
            );
        }
        item_note(lay, &e.notes, title_x - lay.left);
        lay.y += 2.0;
    }
    if undated > 0 {
        lay.gap(4.0);
        let (n, has, is) = if undated == 1 {
            ("One event".to_owned(), "has", "is")
        } else {
            (format!("{undated} events"), "have", "are")
        };
        let note = format!(
            "Undated: {n} {has} no date yet and {is} listed last; dates relative to the article resolve once its reference date is set."
        );
        lay.paragraph(&note, SMALL, 12.0);
    }
}

/// An item's analyst notes under it, `indent` points from the left margin.
fn item_note(lay: &mut Layout, notes: &str, indent: f32) {
    if notes.trim().is_empty() {
        return;
    }
    lay.y += 1.0;
    note(lay, notes, NoteFrame { indent, body: NOTE }, Some("Note:"));
}

/// Quotes grouped by speaker, each with its venue, grade, citation and notes.
fn quotes(lay: &mut Layout, b: &Briefing, cites: &mut Citations<'_>) {
    lay.heading("Quotes");
    if b.quotes.is_empty() {
        lay.paragraph("No quotes.", ROW, 0.0);
    }
    let fonts = lay.fonts;
    let quote_w = lay.width() - QUOTE_INDENT;
    let look = Lookup::new(b);
    for (speaker, quotes) in quotes_by_speaker(b) {
        let name = speaker.map_or("Unattributed", |id| look.actor_name(id));
        let blocks: Vec<_> = quotes
            .iter()
            .map(|q| {
                let venue = q.venue.as_deref().map(normalize).filter(|v| !v.is_empty());
                let mut pieces = vec![Piece::new(
                    format!("\u{201c}{}\u{201d}", q.text.trim()),
                    BODY,
                )];
                if let Some(v) = venue {
                    pieces.push(Piece::new(format!(" ({v})"), BODY));
                }
                let reported_by = corroboration_mark(q.corroboration());
                if !reported_by.is_empty() {
                    pieces.push(Piece::new(reported_by, BODY.bold(true).color(GREY)));
                }
                pieces.extend(decorations(q.grade, q.mentions(), cites, BODY));
                (wrap_rich(fonts, &pieces, quote_w), q.notes.as_str())
            })
            .collect();
        let height = |lines: &[super::text::RichLine]| -> f32 {
            lines.iter().map(super::text::RichLine::line_h).sum()
        };
        lay.subheading(name, blocks.first().map_or(0.0, |(l, _)| height(l)));
        for (lines, notes) in blocks {
            lay.keep(height(&lines));
            for l in lines {
                lay.rich_line(lay.left + QUOTE_INDENT, l);
            }
            item_note(lay, notes, QUOTE_INDENT);
            lay.y += 4.0;
        }
    }
}

/// Every open question with a tick box (ticked when answered or dropped), its grade,
/// citation and notes.
fn open_questions(lay: &mut Layout, b: &Briefing, cites: &mut Citations<'_>) {
    let fonts = lay.fonts;
    lay.heading("Open questions");
    if b.questions.is_empty() {
        lay.paragraph("No open questions.", ROW, 0.0);
    }
    let boxes = if fonts.regular.has_glyph('\u{2610}') && fonts.regular.has_glyph('\u{2611}') {
        ["\u{2610}", "\u{2611}"]
    } else {
        ["[ ]", "[x]"]
    };
    let marker_w = fonts
        .regular
        .width(boxes[0], BODY.size)
        .max(fonts.regular.width(boxes[1], BODY.size))
        + 6.0;
    for q in &b.questions {
        let (marker, status) = match q.status {
            QuestionStatus::Open => (boxes[0], None),
            QuestionStatus::Answered => (boxes[1], Some(" (answered)")),
            QuestionStatus::Dropped => (boxes[1], Some(" (dropped)")),
        };
        let mut pieces = if normalize(&q.text).is_empty() {
            vec![Piece::new("(empty question)", SMALL)]
        } else {
            vec![Piece::new(q.text.as_str(), BODY)]
        };
        if let Some(s) = status {
            pieces.push(Piece::new(s, BODY.color(GREY)));
        }
        pieces.extend(decorations(q.grade, q.mentions(), cites, BODY));
        let lines = wrap_rich(fonts, &pieces, lay.width() - marker_w);
        let mark = wrap(fonts, marker, BODY, marker_w + 20.0);
        lay.columns(
            vec![
                Column::plain(lay.left, mark, BODY),
                Column {
                    x: lay.left + marker_w,
                    lines,
                },
            ],
            None,
        );
        item_note(lay, &q.notes, marker_w);
        lay.y += 3.0;
    }
}

/// The analyst's notes on the whole briefing, if any, set from their Markdown.
fn notes(lay: &mut Layout, b: &Briefing) {
    if b.notes.trim().is_empty() {
        return;
    }
    lay.heading("Analyst notes");
    note(
        lay,
        &b.notes,
        NoteFrame {
            indent: 0.0,
            body: BODY,
        },
        None,
    );
}

/// The numbered citations (source, paragraph and, with excerpts, the sentence), or the
/// sources themselves when nothing was cited; then the extraction's warnings.
fn sources(lay: &mut Layout, b: &Briefing, cites: &Citations<'_>, opts: &ExportOptions) {
    if b.sources.is_empty() && b.warnings.is_empty() && cites.entries().is_empty() {
        return;
    }
    let fonts = lay.fonts;
    lay.heading("Sources");
    let num_w = 18.0;
    let numbered = |lay: &mut Layout, i: usize, pieces: &[Piece]| {
        let lines = wrap_rich(fonts, pieces, lay.width() - num_w);
        let num = wrap(fonts, &format!("{}.", i + 1), ROW, num_w);
        lay.columns(
            vec![
                Column::plain(lay.left, num, ROW),
                Column {
                    x: lay.left + num_w,
                    lines,
                },
            ],
            None,
        );
        lay.y += 2.0;
    };
    if cites.entries().is_empty() {
        let outlet = source_line_meta(b);
        let reference = format!("reference date {}", reference_line(b));
        for (i, s) in b.sources.iter().enumerate() {
            let mut parts = vec![normalize(&s.name)];
            if !outlet.is_empty() {
                parts.push(outlet.clone());
            }
            parts.push(reference.clone());
            numbered(lay, i, &[Piece::new(parts.join(" · "), ROW)]);
        }
    }
    let by_id: HashMap<&SourceId, &Source> = b.sources.iter().map(|s| (&s.id, s)).collect();
    let outlet = normalize(&source_line(b));
    for (i, c) in cites.entries().iter().enumerate() {
        let p = &c.provenance;
        let source = by_id.get(&p.source);
        let mut head = Vec::new();
        if !outlet.is_empty() {
            head.push(outlet.clone());
        }
        head.push(normalize(
            source.map_or(p.source.as_str(), |s| s.name.as_str()),
        ));
        let mark = c.paragraph_mark();
        if !mark.is_empty() {
            head.push(mark);
        }
        let mut pieces = vec![Piece::new(head.join(", "), ROW)];
        if opts.include_excerpts
            && let Some(sentence) = source.and_then(|s| p.sentence.slice(&s.text))
        {
            pieces.push(Piece::new(
                format!(": \u{201c}{}\u{201d}", normalize(sentence)),
                ROW.color(GREY),
            ));
        }
        numbered(lay, i, &pieces);
    }
    for w in &b.warnings {
        lay.paragraph(&format!("Note: {w}"), SMALL, 0.0);
    }
}

/// "Outlet, Place" from the metadata only (empty if neither is known).
fn source_line_meta(b: &Briefing) -> String {
    let parts: Vec<String> = [&b.meta.outlet, &b.meta.place]
        .into_iter()
        .flatten()
        .map(|s| normalize(s))
        .filter(|s| !s.is_empty())
        .collect();
    parts.join(", ")
}

/// A one-line key to the kind markers of the chronology (the kinds present only).
fn legend(lay: &mut Layout, b: &Briefing) {
    let kinds: Vec<EventKind> = EventKind::ALL
        .into_iter()
        .filter(|k| b.events.iter().any(|e| e.kind == *k))
        .collect();
    if kinds.len() < 2 {
        return;
    }
    let lh = SMALL.line_h();
    lay.ensure(lh + 4.0);
    let mut x = lay.left + 3.0;
    let baseline = lay.y + lay.fonts.face_of(SMALL).baseline(SMALL.size, lh);
    for k in kinds {
        lay.cur.push(Op::Dot {
            cx: x,
            cy: lay.y + lh / 2.0,
            r: 2.5,
            color: kind_color(k),
        });
        let Some(line) = wrap(lay.fonts, k.label(), SMALL, lay.width())
            .into_iter()
            .next()
        else {
            continue;
        };
        let w = line.width;
        lay.cur.push(Op::Text {
            x: x + 6.0,
            y: baseline,
            style: SMALL,
            line,
        });
        x += 6.0 + w + 14.0;
    }
    lay.y += lh + 4.0;
}
