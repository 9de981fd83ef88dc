//! PDF export: a briefing document made in-process with krilla. Title, source line and
//! summary, the timeline figure (the SVG of [`super::svg`] drawn as vectors), the chronology,
//! quotes grouped by speaker, open questions, analyst notes and sources, with "Page N of M"
//! in every footer.
//!
//! Text is shaped once with rustybuzz and the same glyphs are measured (for wrapping) and
//! drawn, with their text attached so it can be searched and copied. Only the bundled Inter
//! fonts are used, for the text and for the figure, so every machine writes the same bytes;
//! nothing time- or machine-dependent goes into the file (krilla derives the file ids from
//! the content and writes no dates unless asked).

use super::markdown::{reference_line, source_line, speakers, summary};
use super::{ExportOptions, ImageOptions};
use crate::model::{Briefing, EventKind};
use krilla::Document;
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Size};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla_svg::{SurfaceExt as _, SvgSettings};
use std::sync::Arc;

static INTER_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
static INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

/// Page margins, in points.
const MARGIN: f32 = 56.0;
/// Distance of the footer's baseline from the bottom edge.
const FOOTER_BASELINE: f32 = 30.0;
/// Size of the timeline SVG (it is scaled to the column width).
const FIGURE_W: u32 = 1000;
const FIGURE_H: u32 = 560;
/// Width of the date column of the chronology (after the kind marker).
const DATE_COL: f32 = 118.0;
/// Indent of quotes and their excerpts under the speaker.
const QUOTE_INDENT: f32 = 12.0;

/// An sRGB colour (krilla's colour constructor is not `const`).
type Rgb = (u8, u8, u8);

const INK: Rgb = (0x1a, 0x1a, 0x1a);
const GREY: Rgb = (0x66, 0x66, 0x66);
const RULE: Rgb = (0xcc, 0xcc, 0xcc);
const FRAME: Rgb = (0xdd, 0xdd, 0xdd);

fn color((r, g, b): Rgb) -> rgb::Color {
    rgb::Color::new(r, g, b)
}

/// The colours of the figure's event kinds (as in `svg.rs`, light theme).
fn kind_color(kind: EventKind) -> Rgb {
    match kind {
        EventKind::News => (0xc8, 0x73, 0x00),
        EventKind::Background => (0x28, 0x5a, 0xb4),
        EventKind::Upcoming => (0x14, 0x8c, 0x50),
        EventKind::Other => (0x00, 0x82, 0x8c),
    }
}

fn kind_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::News => "News",
        EventKind::Background => "Background",
        EventKind::Upcoming => "Upcoming",
        EventKind::Other => "Other",
    }
}

/// Renders the briefing as a PDF document. Deterministic: identical input, identical bytes.
pub fn to_pdf(b: &Briefing, opts: &ExportOptions) -> Result<Vec<u8>, String> {
    let fonts = Fonts::load()?;
    let (page_w, page_h) = opts.page.points();
    let figure = figure_tree(b, &opts.image);
    let mut lay = Layout::new(&fonts, page_w, page_h);
    let figure_size = figure
        .as_ref()
        .map(usvg::Tree::size)
        .map_err(String::as_str);
    compose(&mut lay, b, opts, figure_size);
    let (pages, marks) = lay.finish();
    render(
        &fonts,
        &pages,
        &marks,
        figure.as_ref().ok(),
        b,
        page_w,
        page_h,
    )
}

/// The timeline SVG, parsed with the bundled fonts only.
fn figure_tree(b: &Briefing, image: &ImageOptions) -> Result<usvg::Tree, String> {
    let svg = super::svg::timeline_svg(
        b,
        &ImageOptions {
            width: FIGURE_W,
            height: FIGURE_H,
            dark: false,
            ..*image
        },
    );
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(INTER_REGULAR.to_vec());
    db.load_font_data(INTER_SEMIBOLD.to_vec());
    db.set_sans_serif_family("Inter");
    let options = usvg::Options {
        fontdb: Arc::new(db),
        font_family: "Inter".to_owned(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(&svg, &options).map_err(|e| e.to_string())
}

// ---------------------------------------------------------------------------------------
// Fonts and text

/// One font: rustybuzz for shaping and measuring, krilla for embedding.
struct Face {
    hb: rustybuzz::Face<'static>,
    pdf: Font,
    upem: f32,
    /// Ascender and descender (positive), in em.
    ascent: f32,
    descent: f32,
}

impl Face {
    fn load(data: &'static [u8], name: &str) -> Result<Self, String> {
        let hb = rustybuzz::Face::from_slice(data, 0)
            .ok_or_else(|| format!("the bundled font {name} cannot be read"))?;
        let pdf = Font::new(data.into(), 0)
            .ok_or_else(|| format!("the bundled font {name} cannot be embedded"))?;
        let upem = (hb.units_per_em() as f32).max(1.0);
        let ascent = f32::from(hb.ascender()) / upem;
        let descent = -f32::from(hb.descender()) / upem;
        Ok(Self {
            hb,
            pdf,
            upem,
            ascent,
            descent,
        })
    }

    fn has_glyph(&self, c: char) -> bool {
        self.hb.glyph_index(c).is_some()
    }

    /// Shapes `text` (left to right) into glyphs with their cluster byte ranges.
    fn shape(&self, text: &str) -> Vec<ShapedGlyph> {
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        buf.set_direction(rustybuzz::Direction::LeftToRight);
        let out = rustybuzz::shape(&self.hb, &[], buf);
        let mut glyphs: Vec<ShapedGlyph> = out
            .glyph_infos()
            .iter()
            .zip(out.glyph_positions())
            .map(|(info, pos)| ShapedGlyph {
                id: info.glyph_id,
                start: info.cluster as usize,
                end: text.len(),
                advance: pos.x_advance as f32 / self.upem,
                x_offset: pos.x_offset as f32 / self.upem,
                y_offset: pos.y_offset as f32 / self.upem,
                space: false,
            })
            .collect();
        // A glyph's text runs to the start of the next cluster (clusters never decrease
        // left to right).
        let mut after: Option<(usize, usize)> = None;
        for g in glyphs.iter_mut().rev() {
            g.end = match after {
                Some((start, end)) if start == g.start => end,
                Some((start, _)) if start > g.start => start,
                _ => text.len(),
            };
            g.space = text.get(g.start..g.end) == Some(" ");
            after = Some((g.start, g.end));
        }
        glyphs
    }

    /// Width of `text` at `size`, in points.
    fn width(&self, text: &str, size: f32) -> f32 {
        self.shape(text).iter().map(|g| g.advance).sum::<f32>() * size
    }

    /// Baseline offset from the top of a line box of height `line_h`.
    fn baseline(&self, size: f32, line_h: f32) -> f32 {
        (line_h - (self.ascent + self.descent) * size) / 2.0 + self.ascent * size
    }
}

#[derive(Clone, Copy, Debug)]
struct ShapedGlyph {
    id: u32,
    start: usize,
    end: usize,
    /// In em.
    advance: f32,
    x_offset: f32,
    y_offset: f32,
    space: bool,
}

struct Fonts {
    regular: Face,
    semibold: Face,
}

impl Fonts {
    fn load() -> Result<Self, String> {
        Ok(Self {
            regular: Face::load(INTER_REGULAR, "Inter Regular")?,
            semibold: Face::load(INTER_SEMIBOLD, "Inter SemiBold")?,
        })
    }

    fn face(&self, bold: bool) -> &Face {
        if bold { &self.semibold } else { &self.regular }
    }
}

/// How a run of text looks.
#[derive(Clone, Copy, Debug)]
struct Style {
    bold: bool,
    size: f32,
    color: Rgb,
    /// Line height as a multiple of the size.
    leading: f32,
}

impl Style {
    const fn new(bold: bool, size: f32, color: Rgb, leading: f32) -> Self {
        Self {
            bold,
            size,
            color,
            leading,
        }
    }

    fn line_h(self) -> f32 {
        self.size * self.leading
    }
}

const TITLE: Style = Style::new(true, 20.0, INK, 1.25);
const META: Style = Style::new(false, 10.0, GREY, 1.4);
const BODY: Style = Style::new(false, 10.5, INK, 1.45);
const H1: Style = Style::new(true, 14.0, INK, 1.3);
const H2: Style = Style::new(true, 11.0, INK, 1.35);
const ROW: Style = Style::new(false, 10.0, INK, 1.4);
const ROW_DATE: Style = Style::new(true, 10.0, GREY, 1.4);
const SMALL: Style = Style::new(false, 8.5, GREY, 1.4);
const FOOTER: Style = Style::new(false, 8.5, GREY, 1.0);

/// One laid-out line: glyphs ready for krilla, the text they show, the width in points.
#[derive(Clone, Debug)]
struct Line {
    glyphs: Vec<KrillaGlyph>,
    text: String,
    width: f32,
}

/// Collapses whitespace to single spaces and drops control characters.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

/// Builds a line from `glyphs` (a slice of the shaping of `text`).
fn make_line(text: &str, glyphs: &[ShapedGlyph], size: f32) -> Line {
    let (Some(first), Some(last)) = (glyphs.first(), glyphs.last()) else {
        return Line {
            glyphs: Vec::new(),
            text: String::new(),
            width: 0.0,
        };
    };
    let lo = first.start;
    let hi = last.end.max(lo);
    let Some(slice) = text.get(lo..hi) else {
        return Line {
            glyphs: Vec::new(),
            text: String::new(),
            width: 0.0,
        };
    };
    let kg = glyphs
        .iter()
        .map(|g| {
            let start = g.start.saturating_sub(lo).min(slice.len());
            let end = g.end.saturating_sub(lo).clamp(start, slice.len());
            KrillaGlyph::new(
                GlyphId::new(g.id),
                g.advance,
                g.x_offset,
                g.y_offset,
                0.0,
                start..end,
                None,
            )
        })
        .collect();
    let width = glyphs.iter().map(|g| g.advance).sum::<f32>() * size;
    Line {
        glyphs: kg,
        text: slice.to_owned(),
        width,
    }
}

/// The longest prefix of `word` that ends at a cluster boundary and fits `max_em` (at least
/// one cluster, so every call makes progress). Returns its length in glyphs and its width.
fn fit_prefix(word: &[ShapedGlyph], max_em: f32) -> (usize, f32) {
    let mut best: Option<(usize, f32)> = None;
    let mut w = 0.0;
    for (i, g) in word.iter().enumerate() {
        let boundary = i > 0 && word.get(i - 1).is_some_and(|p| p.start != g.start);
        if boundary {
            if w > max_em {
                break;
            }
            best = Some((i, w));
        }
        w += g.advance;
    }
    if w <= max_em {
        return (word.len(), w);
    }
    best.unwrap_or_else(|| {
        // A single cluster wider than the column: take the first cluster alone.
        let first = word.first().map_or(0, |g| g.start);
        let n = word.iter().take_while(|g| g.start == first).count().max(1);
        (n, word.iter().take(n).map(|g| g.advance).sum())
    })
}

/// Wraps `text` into lines of at most `max_w` points; words longer than a line are broken.
fn wrap(fonts: &Fonts, text: &str, style: Style, max_w: f32) -> Vec<Line> {
    let text = normalize(text);
    if text.is_empty() {
        return Vec::new();
    }
    let face = fonts.face(style.bold);
    let glyphs = face.shape(&text);
    let max_em = (max_w / style.size).max(0.0);
    // Words: runs of non-space glyphs, with the width of the spaces before them.
    let mut words: Vec<(usize, usize, f32)> = Vec::new();
    let mut space_w = 0.0;
    let mut start: Option<usize> = None;
    for (i, g) in glyphs.iter().enumerate() {
        match (g.space, start) {
            (true, Some(s)) => {
                words.push((s, i, space_w));
                start = None;
                space_w = g.advance;
            }
            (true, None) => space_w += g.advance,
            (false, None) => start = Some(i),
            (false, Some(_)) => {}
        }
    }
    if let Some(s) = start {
        words.push((s, glyphs.len(), space_w));
    }

    let mut lines = Vec::new();
    // The current line: glyph range and width in em.
    let mut cur: Option<(usize, usize, f32)> = None;
    for (a, b, space) in words {
        let Some(word) = glyphs.get(a..b) else {
            continue;
        };
        let word_w: f32 = word.iter().map(|g| g.advance).sum();
        if let Some((ls, _, lw)) = cur
            && lw + space + word_w <= max_em
        {
            cur = Some((ls, b, lw + space + word_w));
            continue;
        }
        if let Some((ls, le, _)) = cur.take()
            && let Some(gs) = glyphs.get(ls..le)
        {
            lines.push(make_line(&text, gs, style.size));
        }
        let mut k = a;
        while k < b {
            let Some(rest) = glyphs.get(k..b) else { break };
            let (n, w) = fit_prefix(rest, max_em);
            if k + n >= b {
                cur = Some((k, b, w));
                break;
            }
            if let Some(gs) = glyphs.get(k..k + n) {
                lines.push(make_line(&text, gs, style.size));
            }
            k += n.max(1);
        }
    }
    if let Some((ls, le, _)) = cur
        && let Some(gs) = glyphs.get(ls..le)
    {
        lines.push(make_line(&text, gs, style.size));
    }
    lines
}

// ---------------------------------------------------------------------------------------
// Layout

/// Something drawn on a page. Coordinates: points from the top-left corner, y down.
#[derive(Debug)]
enum Op {
    /// A line of text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        style: Style,
        line: Line,
    },
    /// A horizontal rule.
    Rule {
        x0: f32,
        x1: f32,
        y: f32,
        width: f32,
        color: Rgb,
    },
    /// A filled circle.
    Dot {
        cx: f32,
        cy: f32,
        r: f32,
        color: Rgb,
    },
    /// The timeline figure, with a frame.
    Figure { x: f32, y: f32, w: f32, h: f32 },
}

/// A bookmark: its title, its level (0 or 1), the page and y it points at.
#[derive(Debug)]
struct Mark {
    title: String,
    level: u8,
    page: usize,
    y: f32,
}

struct Layout<'f> {
    fonts: &'f Fonts,
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
    y: f32,
    done: Vec<Vec<Op>>,
    cur: Vec<Op>,
    marks: Vec<Mark>,
}

impl<'f> Layout<'f> {
    fn new(fonts: &'f Fonts, page_w: f32, page_h: f32) -> Self {
        Self {
            fonts,
            left: MARGIN,
            right: (page_w - MARGIN).max(MARGIN + 100.0),
            top: MARGIN,
            bottom: (page_h - MARGIN).max(MARGIN + 100.0),
            y: MARGIN,
            done: Vec::new(),
            cur: Vec::new(),
            marks: Vec::new(),
        }
    }

    fn width(&self) -> f32 {
        self.right - self.left
    }

    fn new_page(&mut self) {
        self.done.push(std::mem::take(&mut self.cur));
        self.y = self.top;
    }

    /// Starts a new page unless `h` more points fit (or the page is still empty).
    fn ensure(&mut self, h: f32) {
        if self.y + h > self.bottom && self.y > self.top {
            self.new_page();
        }
    }

    fn gap(&mut self, h: f32) {
        if self.y > self.top {
            self.y += h;
        }
    }

    fn page_index(&self) -> usize {
        self.done.len()
    }

    /// Places one line box of `style` at x; moves down.
    fn line(&mut self, x: f32, style: Style, line: Line) {
        let lh = style.line_h();
        self.ensure(lh);
        let y = self.y + self.fonts.face(style.bold).baseline(style.size, lh);
        self.cur.push(Op::Text { x, y, style, line });
        self.y += lh;
    }

    /// A wrapped paragraph at `indent` from the left margin.
    fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        let lines = wrap(self.fonts, text, style, self.width() - indent);
        for l in lines {
            self.line(self.left + indent, style, l);
        }
    }

    /// Starts a new page unless a block of height `h` fits; blocks taller than a third of
    /// a page may break anywhere.
    fn keep(&mut self, h: f32) {
        if h <= (self.bottom - self.top) / 3.0 {
            self.ensure(h);
        }
    }

    /// Columns side by side, line by line (so a tall row breaks across pages). Each column:
    /// its x, its lines and style. `marker`: a dot drawn beside the first line.
    fn columns(&mut self, cols: Vec<(f32, Vec<Line>, Style)>, marker: Option<(f32, Rgb)>) {
        let lh = cols.iter().map(|(_, _, s)| s.line_h()).fold(0.0, f32::max);
        let rows = cols.iter().map(|(_, l, _)| l.len()).max().unwrap_or(0);
        self.keep(rows as f32 * lh);
        let mut iters: Vec<_> = cols
            .into_iter()
            .map(|(x, l, s)| (x, l.into_iter(), s))
            .collect();
        for row in 0..rows {
            self.ensure(lh);
            if row == 0
                && let Some((x, c)) = marker
            {
                self.cur.push(Op::Dot {
                    cx: x,
                    cy: self.y + lh / 2.0,
                    r: 3.0,
                    color: c,
                });
            }
            for (x, lines, style) in &mut iters {
                if let Some(l) = lines.next() {
                    let y = self.y + self.fonts.face(style.bold).baseline(style.size, lh);
                    self.cur.push(Op::Text {
                        x: *x,
                        y,
                        style: *style,
                        line: l,
                    });
                }
            }
            self.y += lh;
        }
    }

    /// A section heading with a rule under it, kept with the next few lines.
    fn heading(&mut self, title: &str) {
        self.gap(18.0);
        self.ensure(H1.line_h() + 8.0 + 3.0 * ROW.line_h());
        self.marks.push(Mark {
            title: title.to_owned(),
            level: 0,
            page: self.page_index(),
            y: self.y,
        });
        self.paragraph(title, H1, 0.0);
        self.y += 2.0;
        self.cur.push(Op::Rule {
            x0: self.left,
            x1: self.right,
            y: self.y,
            width: 0.6,
            color: RULE,
        });
        self.y += 6.0;
    }

    /// A sub-heading (a speaker), kept with the next `next_h` points.
    fn subheading(&mut self, title: &str, next_h: f32) {
        self.gap(8.0);
        self.keep(H2.line_h() + 2.0 + next_h);
        self.marks.push(Mark {
            title: title.to_owned(),
            level: 1,
            page: self.page_index(),
            y: self.y,
        });
        self.paragraph(title, H2, 0.0);
        self.y += 2.0;
    }

    fn figure(&mut self, size: usvg::Size) {
        let w = self.width();
        let h = w * size.height() / size.width().max(1.0);
        self.gap(10.0);
        self.ensure(h);
        self.cur.push(Op::Figure {
            x: self.left,
            y: self.y,
            w,
            h,
        });
        self.y += h;
    }

    fn finish(mut self) -> (Vec<Vec<Op>>, Vec<Mark>) {
        self.done.push(std::mem::take(&mut self.cur));
        (self.done, self.marks)
    }
}

/// Lays out the whole document.
fn compose(lay: &mut Layout, b: &Briefing, opts: &ExportOptions, figure: Result<usvg::Size, &str>) {
    let fonts = lay.fonts;
    // Title, source line, summary.
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

    // The timeline figure.
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

    // Chronology.
    lay.heading("Chronology");
    let order = b.events_in_time_order();
    if order.is_empty() {
        lay.paragraph("No events.", ROW, 0.0);
    } else {
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
                vec![(date_x, date_lines, ROW_DATE), (title_x, title_lines, ROW)],
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

    // Quotes, grouped by speaker.
    lay.heading("Quotes");
    if b.quotes.is_empty() {
        lay.paragraph("No quotes.", ROW, 0.0);
    }
    let quote_w = lay.width() - QUOTE_INDENT;
    for sp in speakers(b) {
        let name = sp.map_or("Unattributed", |id| b.actor_name(id));
        let quotes: Vec<_> = b
            .quotes
            .iter()
            .filter(|q| q.speaker.as_ref() == sp)
            .collect();
        // Each quote with its excerpt; quotes from the same sentence share one excerpt,
        // after the last of them.
        let blocks: Vec<(Vec<Line>, Vec<Line>)> = quotes
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
            .collect();
        let block_h = |(q, e): &(Vec<Line>, Vec<Line>)| {
            q.len() as f32 * BODY.line_h() + e.len() as f32 * SMALL.line_h()
        };
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

    // Open questions.
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
            vec![(lay.left, mark, BODY), (lay.left + marker_w, lines, BODY)],
            None,
        );
        lay.y += 3.0;
    }

    // Analyst notes.
    if !b.notes.trim().is_empty() {
        lay.heading("Analyst notes");
        for para in b.notes.trim().lines() {
            if para.trim().is_empty() {
                lay.y += 5.0;
            } else {
                lay.paragraph(para, BODY, 0.0);
            }
        }
    }

    // Sources.
    if !b.sources.is_empty() || !b.warnings.is_empty() {
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
                vec![(lay.left, num, ROW), (lay.left + num_w, lines, ROW)],
                None,
            );
            lay.y += 2.0;
        }
        for w in &b.warnings {
            lay.paragraph(&format!("Note: {w}"), SMALL, 0.0);
        }
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
    let kinds: Vec<EventKind> = [
        EventKind::News,
        EventKind::Background,
        EventKind::Upcoming,
        EventKind::Other,
    ]
    .into_iter()
    .filter(|k| b.events.iter().any(|e| e.kind == *k))
    .collect();
    if kinds.len() < 2 {
        return;
    }
    let lh = SMALL.line_h();
    lay.ensure(lh + 4.0);
    let mut x = lay.left + 3.0;
    let baseline = lay.y + lay.fonts.regular.baseline(SMALL.size, lh);
    for k in kinds {
        lay.cur.push(Op::Dot {
            cx: x,
            cy: lay.y + lh / 2.0,
            r: 2.5,
            color: kind_color(k),
        });
        let Some(line) = wrap(lay.fonts, kind_label(k), SMALL, lay.width())
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

// ---------------------------------------------------------------------------------------
// Drawing

fn render(
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
    let face = fonts.face(style.bold);
    s.draw_glyphs(
        Point::from_xy(x, y),
        &line.glyphs,
        face.pdf.clone(),
        &line.text,
        style.size,
        false,
    );
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::PageSize;
    use crate::model::{DateValue, Event, EventId};

    fn page_count(pdf: &[u8]) -> usize {
        // krilla writes "/Type/Page" (no space); other writers put one.
        [&b"/Type/Page"[..], &b"/Type /Page"[..]]
            .iter()
            .map(|needle| {
                pdf.windows(needle.len() + 1)
                    .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
                    .count()
            })
            .sum()
    }

    fn opts(page: PageSize) -> ExportOptions {
        ExportOptions {
            page,
            ..ExportOptions::default()
        }
    }

    #[test]
    fn seed_renders_for_a4_and_letter_deterministically() {
        let b = crate::load::seed_briefing(None);
        let a4 = to_pdf(&b, &opts(PageSize::A4)).unwrap();
        let letter = to_pdf(&b, &opts(PageSize::Letter)).unwrap();
        assert!(a4.starts_with(b"%PDF-"));
        assert!(letter.starts_with(b"%PDF-"));
        assert_ne!(a4, letter);
        assert_eq!(a4, to_pdf(&b, &opts(PageSize::A4)).unwrap());
        assert!(page_count(&a4) >= 1);
    }

    #[test]
    fn empty_briefing_gives_a_one_page_pdf() {
        let pdf = to_pdf(&Briefing::default(), &ExportOptions::default()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(page_count(&pdf), 1);
    }

    /// A 5,000-character single-word title and 300 events (every seventh undated).
    pub(super) fn huge_briefing() -> Briefing {
        let mut b = Briefing::default();
        b.meta.title = "W".repeat(5000);
        for i in 0..300 {
            let date = if i % 7 == 0 {
                DateValue::unknown()
            } else {
                DateValue::year(1900 + i).unwrap_or_default()
            };
            b.events.push(Event {
                kind: EventKind::Background,
                ..Event::by_analyst(
                    EventId::new(format!("ev-{i}")),
                    format!("Event number {i} with a reasonably long title that may need to wrap onto a second line"),
                    date,
                )
            });
        }
        b
    }

    #[test]
    fn huge_title_and_many_events_break_into_pages() {
        let pdf = to_pdf(&huge_briefing(), &ExportOptions::default()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(page_count(&pdf) > 1);
    }

    #[test]
    fn long_words_are_broken_to_fit() {
        let fonts = Fonts::load().unwrap();
        let lines = wrap(&fonts, &"x".repeat(3000), BODY, 200.0);
        assert!(lines.len() > 10);
        assert!(lines.iter().all(|l| l.width <= 200.0 + 0.01));
        let total: usize = lines.iter().map(|l| l.text.len()).sum();
        assert_eq!(total, 3000);
        let words = wrap(
            &fonts,
            "alpha beta gamma delta epsilon zeta eta theta iota kappa",
            BODY,
            80.0,
        );
        assert!(words.len() > 1);
        assert!(
            words
                .iter()
                .all(|l| l.width <= 80.0 && !l.text.starts_with(' ') && !l.text.ends_with(' '))
        );
    }
}
