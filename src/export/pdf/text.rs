//! Text for the PDF: the bundled Inter faces (shaped and measured with rustybuzz, embedded
//! with krilla), the text styles, and wrapping a paragraph into [`Line`]s of glyphs that fit a
//! width (words longer than a line are broken at a cluster boundary).

use super::{DEJAVU_MONO, GREY, INK, INTER_REGULAR, INTER_SEMIBOLD, Rgb};
use krilla::text::{Font, GlyphId, KrillaGlyph};

/// One font: rustybuzz for shaping and measuring, krilla for embedding.
pub(super) struct Face {
    hb: rustybuzz::Face<'static>,
    pub(super) pdf: Font,
    upem: f32,
    /// Ascender and descender (positive), in em.
    ascent: f32,
    descent: f32,
    /// Each word shaped once per export: a 100,000-item briefing repeats its words a few
    /// hundred thousand times, and shaping (with its plan) was 80 % of the PDF's time.
    words: std::sync::Mutex<WordCache>,
}

/// Shaped words, by their text; emptied when it holds [`WordCache::MAX`] words.
#[derive(Default)]
struct WordCache {
    runs: rustc_hash::FxHashMap<String, Vec<ShapedGlyph>>,
    /// Shaping plans by script (compiling one per call was most of the shaping time).
    plans: std::collections::HashMap<rustybuzz::Script, rustybuzz::ShapePlan>,
}

impl WordCache {
    const MAX: usize = 200_000;
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
            words: std::sync::Mutex::default(),
        })
    }

    pub(super) fn has_glyph(&self, c: char) -> bool {
        self.hb.glyph_index(c).is_some()
    }

    /// Shapes `text` (left to right) into glyphs with their cluster byte ranges: word by
    /// word (a space and the run of other characters between spaces are shaped apart,
    /// each once per export; a pair kerned across a space, which is rare, loses its kerning).
    fn shape(&self, text: &str) -> Vec<ShapedGlyph> {
        let mut glyphs = Vec::with_capacity(text.len());
        let mut cache = self
            .words
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if cache.runs.len() > WordCache::MAX {
            cache.runs.clear();
        }
        let mut start = 0;
        while start < text.len() {
            let rest = text.get(start..).unwrap_or("");
            let len = if rest.starts_with(' ') {
                1
            } else {
                rest.find(' ').unwrap_or(rest.len())
            };
            let word = rest.get(..len).unwrap_or("");
            let shift = |g: &ShapedGlyph| ShapedGlyph {
                start: g.start + start,
                ..*g
            };
            if let Some(run) = cache.runs.get(word) {
                glyphs.extend(run.iter().map(shift));
            } else {
                let run = self.shape_run(word, &mut cache.plans);
                glyphs.extend(run.iter().map(shift));
                cache.runs.insert(word.to_owned(), run);
            }
            start += len.max(1);
        }
        drop(cache);
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

    /// Shapes one run with rustybuzz; `start` is the cluster's byte offset in `text`, and
    /// `end` and `space` are left for [`Face::shape`] to fill in.
    fn shape_run(
        &self,
        text: &str,
        plans: &mut std::collections::HashMap<rustybuzz::Script, rustybuzz::ShapePlan>,
    ) -> Vec<ShapedGlyph> {
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        buf.set_direction(rustybuzz::Direction::LeftToRight);
        let script = buf.script();
        let plan = plans.entry(script).or_insert_with(|| {
            rustybuzz::ShapePlan::new(
                &self.hb,
                rustybuzz::Direction::LeftToRight,
                Some(script),
                None,
                &[],
            )
        });
        let out = rustybuzz::shape_with_plan(&self.hb, plan, buf);
        out.glyph_infos()
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
            .collect()
    }

    /// Width of `text` at `size`, in points.
    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        self.shape(text).iter().map(|g| g.advance).sum::<f32>() * size
    }

    /// Baseline offset from the top of a line box of height `line_h`.
    pub(super) fn baseline(&self, size: f32, line_h: f32) -> f32 {
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

pub(super) struct Fonts {
    pub(super) regular: Face,
    semibold: Face,
    /// For code in analyst notes.
    mono: Face,
}

impl Fonts {
    pub(super) fn load() -> Result<Self, String> {
        Ok(Self {
            regular: Face::load(INTER_REGULAR, "Inter Regular")?,
            semibold: Face::load(INTER_SEMIBOLD, "Inter SemiBold")?,
            mono: Face::load(DEJAVU_MONO, "DejaVu Sans Mono")?,
        })
    }

    /// The face a style is set in.
    pub(super) fn face_of(&self, style: Style) -> &Face {
        if style.mono {
            &self.mono
        } else if style.bold {
            &self.semibold
        } else {
            &self.regular
        }
    }
}

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Style {
    pub(super) bold: bool,
    /// Slanted when drawn (the bundled fonts have no italic: an oblique of the upright).
    pub(super) italic: bool,
    /// Set in the monospaced face.
    pub(super) mono: bool,
    pub(super) size: f32,
    pub(super) color: Rgb,
    /// Line height as a multiple of the size.
    leading: f32,
}

impl Style {
    const fn new(bold: bool, size: f32, color: Rgb, leading: f32) -> Self {
        Self {
            bold,
            italic: false,
            mono: false,
            size,
            color,
            leading,
        }
    }

    pub(super) fn line_h(self) -> f32 {
        self.size * self.leading
    }

    pub(super) const fn bold(self, bold: bool) -> Self {
        Self { bold, ..self }
    }

    pub(super) const fn italic(self, italic: bool) -> Self {
        Self { italic, ..self }
    }

    pub(super) const fn mono(self, mono: bool) -> Self {
        Self { mono, ..self }
    }

    pub(super) const fn color(self, color: Rgb) -> Self {
        Self { color, ..self }
    }

    pub(super) const fn size(self, size: f32) -> Self {
        Self { size, ..self }
    }
}

pub(super) const TITLE: Style = Style::new(true, 20.0, INK, 1.25);
pub(super) const META: Style = Style::new(false, 10.0, GREY, 1.4);
pub(super) const BODY: Style = Style::new(false, 10.5, INK, 1.45);
pub(super) const H1: Style = Style::new(true, 14.0, INK, 1.3);
pub(super) const H2: Style = Style::new(true, 11.0, INK, 1.35);
pub(super) const ROW: Style = Style::new(false, 10.0, INK, 1.4);
pub(super) const ROW_DATE: Style = Style::new(true, 10.0, GREY, 1.4);
/// Analyst notes under an item.
pub(super) const NOTE: Style = Style::new(false, 9.0, GREY, 1.4);
pub(super) const SMALL: Style = Style::new(false, 8.5, GREY, 1.4);
pub(super) const FOOTER: Style = Style::new(false, 8.5, GREY, 1.0);

/// One laid-out line: its glyphs, the text they show, the width in points.
#[derive(Clone, Debug)]
pub(super) struct Line {
    pub(super) glyphs: Vec<LineGlyph>,
    pub(super) text: String,
    pub(super) width: f32,
}

/// A glyph of a [`Line`]: half the size of krilla's glyph, which is made only while the
/// line is drawn (a 100,000-item briefing holds tens of millions of glyphs until its pages
/// are numbered, and first-touching that memory was half the layout's time).
#[derive(Clone, Copy, Debug)]
pub(super) struct LineGlyph {
    id: u32,
    /// The glyph's text, as byte offsets into the line's text.
    start: u32,
    end: u32,
    /// In em.
    advance: f32,
    x_offset: f32,
    y_offset: f32,
}

impl Line {
    /// The glyphs as krilla draws them.
    pub(super) fn krilla_glyphs(&self) -> Vec<KrillaGlyph> {
        self.glyphs
            .iter()
            .map(|g| {
                KrillaGlyph::new(
                    GlyphId::new(g.id),
                    g.advance,
                    g.x_offset,
                    g.y_offset,
                    0.0,
                    g.start as usize..g.end as usize,
                    None,
                )
            })
            .collect()
    }
}

/// Collapses whitespace to single spaces and drops control characters.
pub(super) fn normalize(text: &str) -> String {
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
    let offset = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    let kg = glyphs
        .iter()
        .map(|g| {
            let start = g.start.saturating_sub(lo).min(slice.len());
            let end = g.end.saturating_sub(lo).clamp(start, slice.len());
            LineGlyph {
                id: g.id,
                start: offset(start),
                end: offset(end),
                advance: g.advance,
                x_offset: g.x_offset,
                y_offset: g.y_offset,
            }
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

/// A run of text in one style, the input of [`wrap_rich`].
#[derive(Clone, Debug)]
pub(super) struct Piece {
    pub(super) text: String,
    pub(super) style: Style,
}

impl Piece {
    pub(super) fn new(text: impl Into<String>, style: Style) -> Self {
        Self {
            text: text.into(),
            style,
        }
    }
}

/// Part of a [`RichLine`] in one style, `dx` points from the line's left edge.
#[derive(Clone, Debug)]
pub(super) struct Segment {
    pub(super) dx: f32,
    pub(super) style: Style,
    pub(super) line: Line,
}

/// One laid-out line of mixed styles.
#[derive(Clone, Debug)]
pub(super) struct RichLine {
    pub(super) segments: Vec<Segment>,
}

impl RichLine {
    /// From the left edge to the end of the last segment, in points.
    #[cfg(test)]
    pub(super) fn width(&self) -> f32 {
        self.segments.last().map_or(0.0, |s| s.dx + s.line.width)
    }

    /// The style that sets the line's height and baseline: its largest type.
    pub(super) fn main_style(&self) -> Option<Style> {
        self.segments
            .iter()
            .map(|s| s.style)
            .reduce(|a, b| if b.line_h() > a.line_h() { b } else { a })
    }

    pub(super) fn line_h(&self) -> f32 {
        self.main_style().map_or(0.0, Style::line_h)
    }
}

/// Collapses whitespace like [`normalize`] but keeps one space at either end when there was
/// any, so pieces set side by side keep the spaces between them.
fn normalize_keeping_edges(text: &str) -> String {
    let inner = normalize(text);
    if inner.is_empty() {
        return if text.is_empty() {
            String::new()
        } else {
            " ".to_owned()
        };
    }
    let lead = text.starts_with(char::is_whitespace);
    let trail = text.ends_with(char::is_whitespace);
    format!(
        "{}{inner}{}",
        if lead { " " } else { "" },
        if trail { " " } else { "" }
    )
}

/// A piece shaped once: its text, glyphs and face.
struct Shaped {
    text: String,
    glyphs: Vec<ShapedGlyph>,
    style: Style,
}

/// A word: glyphs `a..b` of piece `piece`, the white space before it and its width, in points.
#[derive(Clone, Copy)]
struct Word {
    piece: usize,
    a: usize,
    b: usize,
    space: f32,
    width: f32,
}

/// Splits a shaped piece into words; `carry` is the space left over from the piece before.
/// Returns the space this piece leaves over at its end.
fn words_of(k: usize, shaped: &Shaped, mut space: f32, out: &mut Vec<Word>) -> f32 {
    let size = shaped.style.size;
    let mut start: Option<usize> = None;
    let push = |s: usize, e: usize, space: f32, out: &mut Vec<Word>| {
        let width = shaped
            .glyphs
            .get(s..e)
            .map_or(0.0, |g| g.iter().map(|g| g.advance).sum::<f32>() * size);
        out.push(Word {
            piece: k,
            a: s,
            b: e,
            space,
            width,
        });
    };
    for (i, g) in shaped.glyphs.iter().enumerate() {
        match (g.space, start) {
            (true, Some(s)) => {
                push(s, i, space, out);
                start = None;
                space = g.advance * size;
            }
            (true, None) => space += g.advance * size,
            (false, None) => start = Some(i),
            (false, Some(_)) => {}
        }
    }
    if let Some(s) = start {
        push(s, shaped.glyphs.len(), space, out);
        space = 0.0;
    }
    space
}

/// Fills lines with words: words placed on the current line with their x, flushed into a
/// [`RichLine`] when the next word does not fit.
struct Filler<'s> {
    shaped: &'s [Shaped],
    max_w: f32,
    lines: Vec<RichLine>,
    /// The current line: words and where each starts.
    cur: Vec<(Word, f32)>,
    cur_w: f32,
}

impl Filler<'_> {
    fn add(&mut self, word: Word) {
        if !self.cur.is_empty() && self.cur_w + word.space + word.width <= self.max_w {
            let x = self.cur_w + word.space;
            self.cur.push((word, x));
            self.cur_w = x + word.width;
            return;
        }
        self.flush();
        // A word longer than a line is broken at cluster boundaries.
        let Some(shaped) = self.shaped.get(word.piece) else {
            return;
        };
        let size = shaped.style.size;
        let max_em = (self.max_w / size).max(0.0);
        let mut k = word.a;
        while k < word.b {
            let Some(rest) = shaped.glyphs.get(k..word.b) else {
                break;
            };
            let (n, w) = fit_prefix(rest, max_em);
            let part = Word {
                a: k,
                b: (k + n).min(word.b),
                width: w * size,
                ..word
            };
            self.cur.push((part, 0.0));
            self.cur_w = part.width;
            if k + n >= word.b {
                break;
            }
            self.flush();
            k += n.max(1);
        }
    }

    /// Ends the current line: consecutive words of one piece become one segment.
    fn flush(&mut self) {
        if self.cur.is_empty() {
            return;
        }
        let mut segments = Vec::new();
        let mut i = 0;
        while let Some(&(first, dx)) = self.cur.get(i) {
            let mut last = first;
            let mut j = i + 1;
            while let Some(&(w, _)) = self.cur.get(j).filter(|(w, _)| w.piece == first.piece) {
                last = w;
                j += 1;
            }
            if let Some(shaped) = self.shaped.get(first.piece)
                && let Some(gs) = shaped.glyphs.get(first.a..last.b)
            {
                segments.push(Segment {
                    dx,
                    style: shaped.style,
                    line: make_line(&shaped.text, gs, shaped.style.size),
                });
            }
            i = j;
        }
        self.lines.push(RichLine { segments });
        self.cur.clear();
        self.cur_w = 0.0;
    }
}

/// Wraps pieces of differently styled text into lines of at most `max_w` points. Each piece
/// is shaped once; lines break at spaces, and words longer than a line are broken.
pub(super) fn wrap_rich(fonts: &Fonts, pieces: &[Piece], max_w: f32) -> Vec<RichLine> {
    let shaped: Vec<Shaped> = pieces
        .iter()
        .map(|p| {
            let text = if pieces.len() == 1 {
                normalize(&p.text)
            } else {
                normalize_keeping_edges(&p.text)
            };
            let glyphs = fonts.face_of(p.style).shape(&text);
            Shaped {
                text,
                glyphs,
                style: p.style,
            }
        })
        .collect();
    let mut words = Vec::new();
    let mut carry = 0.0;
    for (k, s) in shaped.iter().enumerate() {
        carry = words_of(k, s, carry, &mut words);
    }
    let mut filler = Filler {
        shaped: &shaped,
        max_w: max_w.max(0.0),
        lines: Vec::new(),
        cur: Vec::new(),
        cur_w: 0.0,
    };
    for w in words {
        filler.add(w);
    }
    filler.flush();
    filler.lines
}

/// Wraps `text` into lines of at most `max_w` points; words longer than a line are broken.
pub(super) fn wrap(fonts: &Fonts, text: &str, style: Style, max_w: f32) -> Vec<Line> {
    wrap_rich(fonts, &[Piece::new(text, style)], max_w)
        .into_iter()
        .filter_map(|l| l.segments.into_iter().next().map(|s| s.line))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn pieces_in_different_styles_wrap_together_and_keep_their_styles() {
        let fonts = Fonts::load().unwrap();
        let pieces = [
            Piece::new("Check the ", BODY),
            Piece::new("final", BODY.italic(true)),
            Piece::new(" communiqué with ", BODY),
            Piece::new("two", BODY.bold(true)),
            Piece::new(" sources and then some more words to wrap.", BODY),
        ];
        let lines = wrap_rich(&fonts, &pieces, 120.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width() <= 120.0 + 0.01), "{lines:?}");
        let text: Vec<String> = lines
            .iter()
            .map(|l| {
                l.segments
                    .iter()
                    .map(|s| s.line.text.as_str())
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        let all = text.join(" / ");
        assert_eq!(
            all,
            "Check the|final / communiqué with|two / sources and then some / more words to wrap."
        );
        let styles: Vec<(&str, Style)> = lines
            .iter()
            .flat_map(|l| l.segments.iter().map(|s| (s.line.text.as_str(), s.style)))
            .collect();
        assert!(styles.contains(&("final", BODY.italic(true))), "{styles:?}");
        assert!(styles.contains(&("two", BODY.bold(true))), "{styles:?}");
        // The space between pieces is kept: "final" starts after "Check the " and a space.
        let first = &lines[0].segments;
        assert!(first[1].dx > first[0].line.width + 1.0, "{first:?}");
        // One piece wraps exactly as the plain wrapper does.
        let plain = wrap(&fonts, "alpha beta gamma delta epsilon zeta", BODY, 80.0);
        let rich = wrap_rich(
            &fonts,
            &[Piece::new("alpha beta gamma delta epsilon zeta", BODY)],
            80.0,
        );
        assert_eq!(plain.len(), rich.len());
    }
}
