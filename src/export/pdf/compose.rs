//! What goes into the PDF, section by section: the title, source line and summary, the
//! timeline figure, the chronology (with a legend of event kinds), quotes grouped by
//! speaker, open questions, the analyst's notes and the sources.

use super::layout::{Column, Layout, Op};
use super::text::{BODY, Line, META, ROW, ROW_DATE, SMALL, TITLE, normalize, wrap};
use super::{DATE_COL, ExportOptions, QUOTE_INDENT, kind_color};
use crate::export::markdown::{reference_line, source_line, speakers, summary};
use crate::model::{Briefing, EventKind};

/// Lays out the whole document.
pub(super) fn compose(
    lay: &mut Layout,
    b: &Briefing,
    opts: &ExportOptions,
    figure: Result<usvg::Size, &str>,
) {
    front_matter(lay, b);
    timeline_figure(lay, b, figure);
    chronology(lay, b);
    quotes(lay, b, opts);
    open_questions(lay, b);
    notes(lay, b);
    sources(lay, b);
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

/// Every event in time order: a kind marker, the date, the title; undated ones last.
fn chronology(lay: &mut Layout, b: &Briefing) {
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
        let mut title_lines = wrap(fonts, &e.title, ROW, title_w);
        if title_lines.is_empty() {
            title_lines = wrap(fonts, "(untitled event)", SMALL, title_w);
        }
        lay.columns(
            vec![
                Column::plain(date_x, date_lines, ROW_DATE),
                Column::plain(title_x, title_lines, ROW),
            ],
            Some((lay.left + 3.0, kind_color(e.kind))),
        );
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

/// A quote's lines and the lines of its excerpt (empty when a later quote shares it).
type QuoteBlock = (Vec<Line>, Vec<Line>);

/// Quotes grouped by speaker, each with the sentence it came from.
fn quotes(lay: &mut Layout, b: &Briefing, opts: &ExportOptions) {
    lay.heading("Quotes");
    if b.quotes.is_empty() {
        lay.paragraph("No quotes.", ROW, 0.0);
    }
    for sp in speakers(b) {
        let name = sp.map_or("Unattributed", |id| b.actor_name(id));
        let blocks = quote_blocks(lay, b, sp, opts);
        let block_h =
            |(q, e): &QuoteBlock| q.len() as f32 * BODY.line_h() + e.len() as f32 * SMALL.line_h();
        lay.subheading(name, blocks.first().map_or(0.0, block_h));
        for block in blocks {
            lay.keep(block_h(&block));
            let (quote, excerpt) = block;
            let tight = excerpt.is_empty();
            for l in quote {
                lay.line(lay.left + QUOTE_INDENT, BODY, l);
            }
            for l in excerpt {
                lay.line(lay.left + QUOTE_INDENT, SMALL, l);
            }
            lay.y += if tight { 2.0 } else { 6.0 };
        }
    }
}

/// One speaker's quotes, each with its excerpt; quotes from the same sentence share one
/// excerpt, after the last of them.
fn quote_blocks(
    lay: &Layout,
    b: &Briefing,
    speaker: Option<&crate::model::ActorId>,
    opts: &ExportOptions,
) -> Vec<QuoteBlock> {
    let fonts = lay.fonts;
    let quote_w = lay.width() - QUOTE_INDENT;
    let quotes: Vec<_> = b
        .quotes
        .iter()
        .filter(|q| q.speaker.as_ref() == speaker)
        .collect();
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let venue = q.venue.as_deref().map(normalize).filter(|v| !v.is_empty());
            let text = match venue {
                Some(v) => format!("\u{201c}{}\u{201d} ({v})", q.text.trim()),
                None => format!("\u{201c}{}\u{201d}", q.text.trim()),
            };
            let sentence = q
                .provenance
                .as_ref()
                .and_then(|p| b.sentence_text(p))
                .filter(|s| opts.include_excerpts && !s.trim().is_empty());
            let next_same = quotes
                .get(i + 1)
                .and_then(|n| n.provenance.as_ref())
                .and_then(|p| b.sentence_text(p))
                .is_some_and(|n| Some(n) == sentence);
            let excerpt = match sentence {
                Some(s) if !next_same => wrap(fonts, &format!("From: {s}"), SMALL, quote_w),
                _ => Vec::new(),
            };
            (wrap(fonts, &text, BODY, quote_w), excerpt)
        })
        .collect()
}

/// Every open question with a tick box.
fn open_questions(lay: &mut Layout, b: &Briefing) {
    let fonts = lay.fonts;
    lay.heading("Open questions");
    if b.questions.is_empty() {
        lay.paragraph("No open questions.", ROW, 0.0);
    }
    let marker = if fonts.regular.has_glyph('\u{2610}') {
        "\u{2610}"
    } else {
        "[ ]"
    };
    let marker_w = fonts.regular.width(marker, BODY.size) + 6.0;
    for q in &b.questions {
        let lines = wrap(fonts, &q.text, BODY, lay.width() - marker_w);
        let lines = if lines.is_empty() {
            wrap(fonts, "(empty question)", SMALL, lay.width() - marker_w)
        } else {
            lines
        };
        let mark = wrap(fonts, marker, BODY, marker_w + 20.0);
        lay.columns(
            vec![
                Column::plain(lay.left, mark, BODY),
                Column::plain(lay.left + marker_w, lines, BODY),
            ],
            None,
        );
        lay.y += 3.0;
    }
}

/// The analyst's notes on the whole briefing, if any.
fn notes(lay: &mut Layout, b: &Briefing) {
    if b.notes.trim().is_empty() {
        return;
    }
    lay.heading("Analyst notes");
    for para in b.notes.trim().lines() {
        if para.trim().is_empty() {
            lay.y += 5.0;
        } else {
            lay.paragraph(para, BODY, 0.0);
        }
    }
}

/// The sources, numbered, and the extraction's warnings.
fn sources(lay: &mut Layout, b: &Briefing) {
    if b.sources.is_empty() && b.warnings.is_empty() {
        return;
    }
    let fonts = lay.fonts;
    lay.heading("Sources");
    let outlet = source_line_meta(b);
    let reference = format!("reference date {}", reference_line(b));
    for (i, s) in b.sources.iter().enumerate() {
        let number = format!("{}.", i + 1);
        let num_w = 18.0;
        let mut parts = vec![normalize(&s.name)];
        if !outlet.is_empty() {
            parts.push(outlet.clone());
        }
        parts.push(reference.clone());
        let lines = wrap(fonts, &parts.join(" · "), ROW, lay.width() - num_w);
        let num = wrap(fonts, &number, ROW, num_w);
        lay.columns(
            vec![
                Column::plain(lay.left, num, ROW),
                Column::plain(lay.left + num_w, lines, ROW),
            ],
            None,
        );
        lay.y += 2.0;
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
