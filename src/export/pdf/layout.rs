//! Pages for the PDF: a [`Layout`] places lines, columns, headings (with their bookmarks),
//! rules and the figure top to bottom, starting a new page when the next block does not fit.
//! What goes on the pages is decided in `compose.rs`; `draw.rs` draws the result.

use super::text::{Fonts, H1, H2, Line, Piece, ROW, RichLine, Segment, Style, wrap, wrap_rich};
use super::{MARGIN, RULE, Rgb};

/// Something drawn on a page. Coordinates: points from the top-left corner, y down.
#[derive(Debug)]
pub(super) enum Op {
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

/// One column of a [`Layout::columns`] row: its left edge and its lines.
pub(super) struct Column {
    pub(super) x: f32,
    pub(super) lines: Vec<RichLine>,
}

impl Column {
    /// A column of lines in one style.
    pub(super) fn plain(x: f32, lines: Vec<Line>, style: Style) -> Self {
        Self {
            x,
            lines: lines
                .into_iter()
                .map(|line| RichLine {
                    segments: vec![Segment {
                        dx: 0.0,
                        style,
                        line,
                    }],
                })
                .collect(),
        }
    }
}

/// A bookmark: its title, its level (0 or 1), the page and y it points at.
#[derive(Debug)]
pub(super) struct Mark {
    pub(super) title: String,
    pub(super) level: u8,
    pub(super) page: usize,
    pub(super) y: f32,
}

/// The pages laid out so far and where the next block goes.
pub(super) struct Layout<'f> {
    pub(super) fonts: &'f Fonts,
    pub(super) left: f32,
    pub(super) right: f32,
    top: f32,
    bottom: f32,
    /// Where the next block goes, in points from the top of the page.
    pub(super) y: f32,
    done: Vec<Vec<Op>>,
    /// The page being filled.
    pub(super) cur: Vec<Op>,
    marks: Vec<Mark>,
}

impl<'f> Layout<'f> {
    pub(super) fn new(fonts: &'f Fonts, page_w: f32, page_h: f32) -> Self {
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

    pub(super) fn width(&self) -> f32 {
        self.right - self.left
    }

    fn new_page(&mut self) {
        self.done.push(std::mem::take(&mut self.cur));
        self.y = self.top;
    }

    /// Starts a new page unless `h` more points fit (or the page is still empty).
    pub(super) fn ensure(&mut self, h: f32) {
        if self.y + h > self.bottom && self.y > self.top {
            self.new_page();
        }
    }

    pub(super) fn gap(&mut self, h: f32) {
        if self.y > self.top {
            self.y += h;
        }
    }

    fn page_index(&self) -> usize {
        self.done.len()
    }

    /// Places one line box of `style` at x; moves down.
    pub(super) fn line(&mut self, x: f32, style: Style, line: Line) {
        let lh = style.line_h();
        self.ensure(lh);
        let y = self.y + self.fonts.face_of(style).baseline(style.size, lh);
        self.cur.push(Op::Text { x, y, style, line });
        self.y += lh;
    }

    /// Places a line of mixed styles at x, in a line box of height `lh`, without moving.
    fn put_rich(&mut self, x: f32, line: RichLine, lh: f32) {
        let Some(main) = line.main_style() else {
            return;
        };
        let y = self.y + self.fonts.face_of(main).baseline(main.size, lh);
        for seg in line.segments {
            self.cur.push(Op::Text {
                x: x + seg.dx,
                y,
                style: seg.style,
                line: seg.line,
            });
        }
    }

    /// Places a line of mixed styles at x; moves down.
    pub(super) fn rich_line(&mut self, x: f32, line: RichLine) {
        let lh = line.line_h();
        self.ensure(lh);
        self.put_rich(x, line, lh);
        self.y += lh;
    }

    /// A wrapped paragraph of mixed styles at `indent` from the left margin.
    pub(super) fn rich_paragraph(&mut self, pieces: &[Piece], indent: f32) {
        for l in wrap_rich(self.fonts, pieces, self.width() - indent) {
            self.rich_line(self.left + indent, l);
        }
    }

    /// A wrapped paragraph at `indent` from the left margin.
    pub(super) fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        let lines = wrap(self.fonts, text, style, self.width() - indent);
        for l in lines {
            self.line(self.left + indent, style, l);
        }
    }

    /// Starts a new page unless a block of height `h` fits; blocks taller than a third of
    /// a page may break anywhere.
    pub(super) fn keep(&mut self, h: f32) {
        if h <= (self.bottom - self.top) / 3.0 {
            self.ensure(h);
        }
    }

    /// Columns side by side, line by line (so a tall row breaks across pages). `marker`: a
    /// dot drawn beside the first line. Every row is as tall as the tallest line of any
    /// column.
    pub(super) fn columns(&mut self, cols: Vec<Column>, marker: Option<(f32, Rgb)>) {
        let lh = cols
            .iter()
            .flat_map(|c| c.lines.iter().map(RichLine::line_h))
            .fold(0.0, f32::max);
        let rows = cols.iter().map(|c| c.lines.len()).max().unwrap_or(0);
        self.keep(rows as f32 * lh);
        let mut iters: Vec<_> = cols
            .into_iter()
            .map(|c| (c.x, c.lines.into_iter()))
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
            for (x, lines) in &mut iters {
                if let Some(l) = lines.next() {
                    self.put_rich(*x, l, lh);
                }
            }
            self.y += lh;
        }
    }

    /// A section heading with a rule under it, kept with the next few lines.
    pub(super) fn heading(&mut self, title: &str) {
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
    pub(super) fn subheading(&mut self, title: &str, next_h: f32) {
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

    pub(super) fn figure(&mut self, size: usvg::Size) {
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

    pub(super) fn finish(mut self) -> (Vec<Vec<Op>>, Vec<Mark>) {
        self.done.push(std::mem::take(&mut self.cur));
        (self.done, self.marks)
    }
}
