//! The article reader: the cleaned article with the spans of events (time expressions),
//! quotes and open questions highlighted in their colours; the selected item's sentence is
//! marked and scrolled into view. Each paragraph carries its number in the margin ("¶4"),
//! numbered as the exports cite it ([`crate::export::cite`]: the body paragraphs of
//! [`crate::extract::clean`], the title not counted), so a citation can be followed.

use super::theme::Palette;
use crate::app::Block;
use crate::app::{BrieflineApp, Command};
use crate::model::{Provenance, Span};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, RichText};

/// What a highlighted span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkKind {
    Event(crate::model::EventKind),
    Quote,
    Question,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    kind: MarkKind,
}

/// Paragraphs shown at once: a long article is read a page at a time, so a frame costs the
/// same for a 3 KB article and a 50 MB one.
pub const PAGE: usize = 150;

/// Highlight spans sorted by start, rebuilt only when the briefing changes (part of the
/// UI's own state, [`super::UiState`]).
#[derive(Clone, Debug, Default)]
pub struct ReaderCache {
    generation: Option<(u64, usize)>,
    /// Marks of at most [`LONG_MARK`] bytes, sorted by start.
    marks: Vec<Mark>,
    /// Longer marks (a quote running over paragraphs), few, checked one by one.
    long: Vec<Mark>,
}

/// Marks longer than this are kept apart, so the binary search for a block's marks never
/// has to step back over a whole article.
const LONG_MARK: usize = 2 * crate::app::BLOCK_BYTES;

impl ReaderCache {
    /// Rebuilds the marks of source `shown` (every mention in it of every item).
    fn refresh(&mut self, app_generation: u64, b: &crate::model::Briefing, shown: usize) {
        if self.generation == Some((app_generation, shown)) {
            return;
        }
        let Some(id) = b.sources.get(shown).map(|s| &s.id) else {
            self.marks.clear();
            self.long.clear();
            return;
        };
        let mut marks = Vec::with_capacity(b.events.len() + b.quotes.len() + b.questions.len());
        let spans = |p: &Provenance| (&p.source == id).then_some(p.expression).flatten();
        for e in &b.events {
            marks.extend(e.mentions().filter_map(spans).map(|span| Mark {
                span,
                kind: MarkKind::Event(e.kind),
            }));
        }
        for q in &b.quotes {
            marks.extend(q.mentions().filter_map(spans).map(|span| Mark {
                span,
                kind: MarkKind::Quote,
            }));
        }
        for q in &b.questions {
            marks.extend(q.mentions().filter_map(spans).map(|span| Mark {
                span,
                kind: MarkKind::Question,
            }));
        }
        let (mut marks, long): (Vec<Mark>, Vec<Mark>) =
            marks.into_iter().partition(|m| m.span.len() <= LONG_MARK);
        marks.sort_by_key(|m| m.span.start);
        self.marks = marks;
        self.long = long;
        self.generation = Some((app_generation, shown));
    }

    /// Marks that overlap `p`, sorted by start (found by binary search, not a scan of
    /// every mark).
    fn overlapping(&self, p: Span) -> Vec<&Mark> {
        let from = self
            .marks
            .partition_point(|m| m.span.start < p.start.saturating_sub(LONG_MARK));
        let mut found: Vec<&Mark> = self.marks[from..]
            .iter()
            .take_while(|m| m.span.start < p.end)
            .chain(&self.long)
            .filter(|m| m.span.end > p.start && m.span.start < p.end)
            .collect();
        if !self.long.is_empty() {
            found.sort_by_key(|m| m.span.start);
        }
        found
    }
}

/// The mention of the selected item the reader marks, if it is in the source shown.
fn selected_provenance(app: &BrieflineApp) -> Option<&Provenance> {
    app.current_mention()
        .filter(|m| m.source == app.doc.shown_source)
        .map(|m| m.at)
}

/// "◀  2 of 4 · Wirepoint  ▶": steps through the places the selected item is reported.
fn mention_stepper(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let Some(m) = app.current_mention().filter(|m| m.total > 1) else {
        return;
    };
    let b = &app.doc.briefing;
    ui.horizontal(|ui| {
        if ui
            .small_button("◀")
            .on_hover_text("Previous mention")
            .clicked()
        {
            cmds.push(Command::StepMention(-1));
        }
        ui.label(
            RichText::new(format!(
                "{} of {} · {}",
                m.index + 1,
                m.total,
                b.outlet_of(&m.at.source)
            ))
            .strong(),
        )
        .on_hover_text("This item is reported in several sources");
        if ui.small_button("▶").on_hover_text("Next mention").clicked() {
            cmds.push(Command::StepMention(1));
        }
    });
}

/// The reader. `reveal`: the selection changed; turn to its page and scroll its sentence
/// into view.
pub fn reader_ui(
    app: &BrieflineApp,
    cache: &mut ReaderCache,
    reveal: bool,
    ui: &mut egui::Ui,
) -> Vec<Command> {
    let mut cmds = Vec::new();
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    ui.add_space(4.0);
    let shown = app.doc.shown_source;
    ui.horizontal(|ui| {
        ui.heading("Article");
        let name = b.sources.get(shown).map_or("", |s| s.name.as_str());
        let text = if b.sources.len() > 1 {
            format!("{} · source {} of {}", name, shown + 1, b.sources.len())
        } else {
            name.to_owned()
        };
        ui.label(RichText::new(text).small().weak());
    });
    mention_stepper(app, ui, &mut cmds);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("■ time").small().color(pal.news));
        ui.label(RichText::new("■ quote").small().color(pal.quote));
        ui.label(RichText::new("■ open question").small().color(pal.question));
    });
    ui.separator();
    let Some(src) = b.sources.get(shown) else {
        ui.label(RichText::new("This briefing has no article text.").weak());
        return cmds;
    };
    let text = src.text.as_str();
    cache.refresh(app.doc.generation, b, shown);
    let selected = selected_provenance(app).map(|p| p.sentence);
    let scroll = reveal;
    let body_font = egui::TextStyle::Body.resolve(ui.style());
    let text_color = ui.visuals().text_color();
    let sel_bg = if app.settings.theme.is_dark() {
        Color32::from_rgba_unmultiplied(255, 255, 255, 28)
    } else {
        Color32::from_rgba_unmultiplied(0, 0, 0, 22)
    };
    // The page that holds the selection, when it changes; else the page the reader is on.
    let blocks = &app.doc.blocks;
    let holds = |b: &Block, s: Span| s.start >= b.span.start && s.start < b.span.end;
    let mut page = app.reader_page;
    if scroll
        && let Some(sel) = selected
        && let Some(k) = blocks.iter().position(|b| holds(b, sel))
    {
        page = k / PAGE;
    }
    egui::ScrollArea::vertical()
        .id_salt("reader_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(t) = app.doc.title_span.and_then(|s| s.slice(text)) {
                ui.label(RichText::new(t).strong().size(17.0));
                ui.add_space(6.0);
            }
            let n = blocks.len();
            if n > PAGE {
                page_bar(ui, &mut page, blocks, "reader_page_top");
            }
            let first = page * PAGE;
            let margin = Margin::new(ui, app.doc.paragraphs.len());
            let mut previous = first
                .checked_sub(1)
                .and_then(|k| blocks.get(k))
                .map(|b| b.paragraph);
            for b in blocks.iter().skip(first).take(PAGE) {
                let job = paragraph_job(
                    text,
                    b.span,
                    &cache.overlapping(b.span),
                    selected,
                    &ParagraphLook {
                        font: body_font.clone(),
                        color: text_color,
                        selection_bg: sel_bg,
                        palette: pal,
                    },
                );
                // A paragraph cut into blocks reads as one: its number on its first block
                // only, no gap between its blocks.
                let continues = previous == Some(b.paragraph);
                if !continues && previous.is_some() {
                    ui.add_space(8.0);
                }
                previous = Some(b.paragraph);
                let r = ui
                    .horizontal_top(|ui| {
                        if continues {
                            margin.blank_ui(ui);
                        } else {
                            margin.number_ui(ui, b.paragraph + 1);
                        }
                        ui.vertical(|ui| ui.add(egui::Label::new(job).wrap())).inner
                    })
                    .inner;
                if scroll && selected.is_some_and(|s| holds(b, s)) {
                    r.scroll_to_me(Some(egui::Align::Center));
                }
            }
            ui.add_space(8.0);
            if n > PAGE {
                page_bar(ui, &mut page, blocks, "reader_page_bottom");
            }
            for l in &b.links {
                ui.label(
                    RichText::new(format!("Related: {}", l.title))
                        .small()
                        .weak(),
                );
            }
        });
    if page != app.reader_page {
        cmds.push(Command::ShowReaderPage(page));
    }
    cmds
}

/// The reader's left margin, where paragraph numbers sit, wide enough for the largest.
struct Margin {
    width: f32,
    font: egui::FontId,
    /// Lowers the smaller number onto the first line of body text.
    drop: f32,
}

impl Margin {
    fn new(ui: &egui::Ui, paragraphs: usize) -> Self {
        let body = egui::TextStyle::Body.resolve(ui.style());
        // A little smaller than the text, large enough to read at a glance.
        let font = egui::FontId::new(body.size * 0.8, body.family.clone());
        let widest = crate::export::cite::paragraph_mark(paragraphs.max(1));
        let width = ui
            .painter()
            .layout_no_wrap(widest, font.clone(), Color32::WHITE)
            .size()
            .x;
        Self {
            width: width + 2.0,
            drop: ((body.size - font.size) * 0.75).max(0.0),
            font,
        }
    }

    /// The margin beside a paragraph's later blocks: empty.
    fn blank_ui(&self, ui: &mut egui::Ui) {
        ui.allocate_space(egui::vec2(self.width, 0.0));
    }

    /// "¶4", smaller and weak, right-aligned in the margin.
    fn number_ui(&self, ui: &mut egui::Ui, n: usize) {
        let mark = crate::export::cite::paragraph_mark(n);
        ui.allocate_ui_with_layout(
            egui::vec2(self.width, 0.0),
            egui::Layout::top_down(egui::Align::Max),
            |ui| {
                ui.set_min_width(self.width);
                ui.add_space(self.drop);
                ui.label(RichText::new(&mark).font(self.font.clone()).weak())
                    .on_hover_text(format!(
                        "Paragraph {n}: exports cite its sentences as {mark}"
                    ));
            },
        );
    }
}

/// How a paragraph is set: body font and colour, the selection's background, the colours
/// of the marks.
struct ParagraphLook {
    font: egui::FontId,
    color: Color32,
    selection_bg: Color32,
    palette: Palette,
}

/// A paragraph's text with its marks in their colours and the selected sentence shaded.
fn paragraph_job(
    text: &str,
    p: Span,
    marks: &[&Mark],
    selected: Option<Span>,
    look: &ParagraphLook,
) -> LayoutJob {
    let mut cuts: Vec<usize> = vec![p.start, p.end];
    let inside = |x: usize| x > p.start && x < p.end;
    for m in marks {
        cuts.extend(
            [m.span.start, m.span.end]
                .into_iter()
                .filter(|&x| inside(x)),
        );
    }
    if let Some(s) = selected {
        cuts.extend([s.start, s.end].into_iter().filter(|&x| inside(x)));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    // Marks come sorted by start: those that have begun are kept while they last, so each
    // piece looks only at the marks around it (a block of 300 dates stays cheap).
    let mut next = 0;
    let mut active: Vec<&Mark> = Vec::new();
    for w in cuts.windows(2) {
        let (a, z) = (w[0], w[1]);
        while let Some(m) = marks.get(next).filter(|m| m.span.start <= a) {
            active.push(m);
            next += 1;
        }
        active.retain(|m| m.span.end > a);
        let Some(piece) = text.get(a..z) else {
            continue;
        };
        let mut fmt = TextFormat {
            font_id: look.font.clone(),
            color: look.color,
            ..Default::default()
        };
        if selected.is_some_and(|s| a >= s.start && z <= s.end) {
            fmt.background = look.selection_bg;
        }
        // The innermost (shortest) mark wins.
        if let Some(m) = active
            .iter()
            .filter(|m| z <= m.span.end)
            .min_by_key(|m| m.span.len())
        {
            match m.kind {
                MarkKind::Question => {
                    fmt.underline = egui::Stroke::new(1.5, look.palette.question);
                }
                MarkKind::Quote => {
                    fmt.color = look.palette.quote;
                    fmt.italics = true;
                }
                MarkKind::Event(k) => fmt.color = look.palette.event(k),
            }
        }
        job.append(piece, 0.0, fmt);
    }
    job
}

/// "Paragraphs 151–300 of 300,000" with buttons to the previous and next page.
fn page_bar(ui: &mut egui::Ui, page: &mut usize, blocks: &[Block], salt: &str) {
    let n = blocks.len();
    let pages = n.div_ceil(PAGE);
    let paragraphs = blocks.last().map_or(0, |b| b.paragraph + 1);
    ui.push_id(salt, |ui| {
        ui.horizontal(|ui| {
            if ui
                .add_enabled(*page > 0, egui::Button::new("◀ Earlier"))
                .clicked()
            {
                *page -= 1;
            }
            let on_page = blocks.get(*page * PAGE..((*page + 1) * PAGE).min(n));
            let first = on_page
                .and_then(<[Block]>::first)
                .map_or(0, |b| b.paragraph + 1);
            let last = on_page
                .and_then(<[Block]>::last)
                .map_or(0, |b| b.paragraph + 1);
            let text = if first == last {
                format!(
                    "Paragraph {first} of {paragraphs} (page {} of {pages})",
                    *page + 1
                )
            } else {
                format!("Paragraphs {first}–{last} of {paragraphs}")
            };
            ui.label(RichText::new(text).small().weak());
            if ui
                .add_enabled(*page + 1 < pages, egui::Button::new("Later ▶"))
                .clicked()
            {
                *page += 1;
            }
        });
    });
}
