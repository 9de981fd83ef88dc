//! Drawing the PDF: each laid-out page's ops (text, rules, dots, the figure) onto a krilla
//! page, the "Page N of M" footers, the bookmarks outline and the document metadata.

use super::layout::{Mark, Op};
use super::text::{FOOTER, Fonts, Line, Style, normalize, wrap};
use super::{FOOTER_BASELINE, FRAME, Rgb, color};
use crate::model::Briefing;
use krilla::Document;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Size};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla_svg::{SurfaceExt as _, SvgSettings};

/// Writes the pages and their bookmarks as a PDF document.
pub(super) fn render(
    fonts: &Fonts,
    pages: &[Vec<Op>],
    marks: &[Mark],
    figure: Option<&usvg::Tree>,
    b: &Briefing,
    page_w: f32,
    page_h: f32,
) -> Result<Vec<u8>, String> {
    let mut doc = Document::new();
    let mut meta = Metadata::new()
        .creator("Briefline".to_owned())
        .language("en".to_owned());
    let title = normalize(&b.meta.title);
    if !title.is_empty() {
        meta = meta.title(title);
    }
    doc.set_metadata(meta);
    let total = pages.len();
    for (i, ops) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(page_w, page_h).ok_or("invalid page size")?;
        let mut page = doc.start_page_with(settings);
        let mut s = page.surface();
        for op in ops {
            draw(&mut s, fonts, op, figure);
        }
        // Footer.
        let label = format!("Page {} of {total}", i + 1);
        if let Some(line) = wrap(fonts, &label, FOOTER, page_w).into_iter().next() {
            let x = (page_w - line.width) / 2.0;
            draw_text(&mut s, fonts, x, page_h - FOOTER_BASELINE, FOOTER, &line);
        }
        s.finish();
        page.finish();
    }
    let mut outline = Outline::new();
    let mut parent: Option<OutlineNode> = None;
    for m in marks.iter().filter(|m| m.page < total) {
        let node = OutlineNode::new(
            m.title.clone(),
            XyzDestination::new(m.page, Point::from_xy(0.0, m.y)),
        );
        if m.level == 0 {
            if let Some(p) = parent.take() {
                outline.push_child(p);
            }
            parent = Some(node);
        } else if let Some(p) = parent.as_mut() {
            p.push_child(node);
        } else {
            outline.push_child(node);
        }
    }
    if let Some(p) = parent {
        outline.push_child(p);
    }
    doc.set_outline(outline);
    doc.finish()
        .map_err(|e| format!("PDF writing failed: {e:?}"))
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: color(c).into(),
        ..Fill::default()
    }
}

fn draw_text(s: &mut Surface, fonts: &Fonts, x: f32, y: f32, style: Style, line: &Line) {
    if line.glyphs.is_empty() {
        return;
    }
    s.set_stroke(None);
    s.set_fill(Some(fill(style.color)));
    let face = fonts.face_of(style);
    if style.italic {
        // An oblique about the baseline: x' = x + SLANT·(y₀ − y).
        s.push_transform(&krilla::geom::Transform::from_row(
            1.0,
            0.0,
            -SLANT,
            1.0,
            SLANT * y,
            0.0,
        ));
    }
    s.draw_glyphs(
        Point::from_xy(x, y),
        &line.krilla_glyphs(),
        face.pdf.clone(),
        &line.text,
        style.size,
        false,
    );
    if style.italic {
        s.pop();
    }
}

/// How far emphasised text leans (tan 12°), since the bundled fonts have no italic.
const SLANT: f32 = 0.21;

fn draw(s: &mut Surface, fonts: &Fonts, op: &Op, figure: Option<&usvg::Tree>) {
    match op {
        Op::Text { x, y, style, line } => draw_text(s, fonts, *x, *y, *style, line),
        Op::Rule {
            x0,
            x1,
            y,
            width,
            color: c,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x0, *y);
            pb.line_to(*x1, *y);
            if let Some(path) = pb.finish() {
                s.set_fill(None);
                s.set_stroke(Some(Stroke {
                    paint: color(*c).into(),
                    width: *width,
                    ..Stroke::default()
                }));
                s.draw_path(&path);
            }
        }
        Op::Dot {
            cx,
            cy,
            r,
            color: c,
        } => {
            // A circle from four cubic Béziers.
            let k = 0.552_284_8 * r;
            let mut pb = PathBuilder::new();
            pb.move_to(cx + r, *cy);
            pb.cubic_to(cx + r, cy + k, cx + k, cy + r, *cx, cy + r);
            pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, *cy);
            pb.cubic_to(cx - r, cy - k, cx - k, cy - r, *cx, cy - r);
            pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, *cy);
            pb.close();
            if let Some(path) = pb.finish() {
                s.set_stroke(None);
                s.set_fill(Some(fill(*c)));
                s.draw_path(&path);
            }
        }
        Op::Figure { x, y, w, h } => {
            let Some(tree) = figure else { return };
            if let Some(size) = Size::from_wh(*w, *h) {
                s.push_transform(&krilla::geom::Transform::from_translate(*x, *y));
                s.draw_svg(tree, size, SvgSettings::default());
                s.pop();
            }
            let mut pb = PathBuilder::new();
            pb.move_to(*x, *y);
            pb.line_to(x + w, *y);
            pb.line_to(x + w, y + h);
            pb.line_to(*x, y + h);
            pb.close();
            if let Some(path) = pb.finish() {
                s.set_fill(None);
                s.set_stroke(Some(Stroke {
                    paint: color(FRAME).into(),
                    width: 0.75,
                    ..Stroke::default()
                }));
                s.draw_path(&path);
            }
        }
    }
}
