//! PDF export: a briefing document made in-process with krilla. Title, source line and
//! summary, the timeline figure (the SVG of [`super::svg`] drawn as vectors), the chronology,
//! quotes grouped by speaker, open questions (each item with its grade, its analyst notes and
//! a numbered citation), the briefing's notes and the sources, which cite each sentence by
//! paragraph ("¶4"), with "Page N of M" in every footer.
//!
//! Text is shaped once with rustybuzz and the same glyphs are measured (for wrapping) and
//! drawn, with their text attached so it can be searched and copied. Only the bundled Inter
//! fonts are used, for the text and for the figure, so every machine writes the same bytes;
//! nothing time- or machine-dependent goes into the file (krilla derives the file ids from
//! the content and writes no dates unless asked).
//!
//! Three steps, one module each: `text.rs` shapes and wraps text (in one style or mixed) into
//! lines, `layout.rs` places lines, rules and the figure on pages (`compose.rs` says what goes
//! where, section by section; `notes.rs` sets Markdown notes), and `draw.rs` turns the placed
//! pages into the PDF.

mod compose;
mod draw;
mod layout;
mod notes;
mod text;

use super::{ExportOptions, ImageOptions};
use crate::model::{Briefing, EventKind};
use krilla::color::rgb;
use layout::Layout;
use std::sync::Arc;
use text::Fonts;

static INTER_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/Inter-Regular.otf");
static INTER_SEMIBOLD: &[u8] = include_bytes!("../../../assets/fonts/Inter-SemiBold.otf");
static DEJAVU_MONO: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSansMono.ttf");

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
    compose::compose(&mut lay, b, opts, figure_size);
    let (pages, marks) = lay.finish();
    draw::render(
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
}
