//! Text for the PDF: the bundled Inter faces (shaped and measured with rustybuzz, embedded
//! with krilla), the text styles, and wrapping a paragraph into [`Line`]s of glyphs that fit a
//! width (words longer than a line are broken at a cluster boundary).

use super::{GREY, INK, INTER_REGULAR, INTER_SEMIBOLD, Rgb};
use krilla::text::{Font, GlyphId, KrillaGlyph};

/// One font: rustybuzz for shaping and measuring, krilla for embedding.
pub(super) struct Face {
    hb: rustybuzz::Face<'static>,
    pub(super) pdf: Font,
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

    pub(super) fn has_glyph(&self, c: char) -> bool {
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
}

impl Fonts {
    pub(super) fn load() -> Result<Self, String> {
        Ok(Self {
            regular: Face::load(INTER_REGULAR, "Inter Regular")?,
            semibold: Face::load(INTER_SEMIBOLD, "Inter SemiBold")?,
        })
    }

    pub(super) fn face(&self, bold: bool) -> &Face {
        if bold { &self.semibold } else { &self.regular }
    }
}

/// How a run of text looks.
#[derive(Clone, Copy, Debug)]
pub(super) struct Style {
    pub(super) bold: bool,
    pub(super) size: f32,
    pub(super) color: Rgb,
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

    pub(super) fn line_h(self) -> f32 {
        self.size * self.leading
    }
}

pub(super) const TITLE: Style = Style::new(true, 20.0, INK, 1.25);
pub(super) const META: Style = Style::new(false, 10.0, GREY, 1.4);
pub(super) const BODY: Style = Style::new(false, 10.5, INK, 1.45);
pub(super) const H1: Style = Style::new(true, 14.0, INK, 1.3);
pub(super) const H2: Style = Style::new(true, 11.0, INK, 1.35);
pub(super) const ROW: Style = Style::new(false, 10.0, INK, 1.4);
pub(super) const ROW_DATE: Style = Style::new(true, 10.0, GREY, 1.4);
pub(super) const SMALL: Style = Style::new(false, 8.5, GREY, 1.4);
pub(super) const FOOTER: Style = Style::new(false, 8.5, GREY, 1.0);

/// One laid-out line: glyphs ready for krilla, the text they show, the width in points.
#[derive(Clone, Debug)]
pub(super) struct Line {
    pub(super) glyphs: Vec<KrillaGlyph>,
    pub(super) text: String,
    pub(super) width: f32,
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
pub(super) fn wrap(fonts: &Fonts, text: &str, style: Style, max_w: f32) -> Vec<Line> {
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
}
