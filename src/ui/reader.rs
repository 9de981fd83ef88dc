//! The article reader: the cleaned article with the spans of events (time expressions),
//! quotes and open questions highlighted in their colours; the selected item's sentence is
//! marked and scrolled into view.

use crate::app::{BrieflineApp, Command, Selection};
use crate::model::{Provenance, Span};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, RichText};

#[derive(Clone, Copy)]
struct Mark {
    span: Span,
    color: Color32,
    underline: bool,
}

fn selected_provenance(app: &BrieflineApp) -> Option<&Provenance> {
    let b = &app.doc.briefing;
    match app.selection {
        Selection::Event(i) => b.events.get(i)?.provenance.as_ref(),
        Selection::Quote(i) => b.quotes.get(i)?.provenance.as_ref(),
        Selection::Question(i) => b.questions.get(i)?.provenance.as_ref(),
        _ => None,
    }
}

pub fn reader_ui(app: &mut BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    let cmds = Vec::new();
    let b = &app.doc.briefing;
    let pal = app.palette();
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Article");
        ui.label(
            RichText::new(b.sources.first().map_or("", |s| s.name.as_str()))
                .small()
                .weak(),
        );
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("■ time").small().color(pal.news));
        ui.label(RichText::new("■ quote").small().color(pal.quote));
        ui.label(RichText::new("■ open question").small().color(pal.question));
    });
    ui.separator();
    let Some(src) = b.sources.first() else {
        ui.label(RichText::new("This briefing has no article text.").weak());
        return cmds;
    };
    let text = src.text.as_str();
    let mut marks: Vec<Mark> = Vec::new();
    for e in &b.events {
        if let Some(x) = e.provenance.as_ref().and_then(|p| p.expression) {
            marks.push(Mark {
                span: x,
                color: pal.event(e.kind),
                underline: false,
            });
        }
    }
    for q in &b.quotes {
        if let Some(x) = q.provenance.as_ref().and_then(|p| p.expression) {
            marks.push(Mark {
                span: x,
                color: pal.quote,
                underline: false,
            });
        }
    }
    for q in &b.questions {
        if let Some(x) = q.provenance.as_ref().and_then(|p| p.expression) {
            marks.push(Mark {
                span: x,
                color: pal.question,
                underline: true,
            });
        }
    }
    let selected = selected_provenance(app).map(|p| p.sentence);
    let scroll = std::mem::take(&mut app.scroll_reader);
    let body_font = egui::TextStyle::Body.resolve(ui.style());
    let text_color = ui.visuals().text_color();
    let sel_bg = if app.settings.theme.is_dark() {
        Color32::from_rgba_unmultiplied(255, 255, 255, 28)
    } else {
        Color32::from_rgba_unmultiplied(0, 0, 0, 22)
    };
    egui::ScrollArea::vertical()
        .id_salt("reader_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(t) = app.doc.title_span.and_then(|s| s.slice(text)) {
                ui.label(RichText::new(t).strong().size(17.0));
                ui.add_space(6.0);
            }
            for p in &app.doc.paragraphs {
                let Some(ptext) = p.slice(text) else { continue };
                let mut cuts: Vec<usize> = vec![p.start, p.end];
                for m in &marks {
                    for x in [m.span.start, m.span.end] {
                        if x > p.start && x < p.end {
                            cuts.push(x);
                        }
                    }
                }
                if let Some(s) = selected {
                    for x in [s.start, s.end] {
                        if x > p.start && x < p.end {
                            cuts.push(x);
                        }
                    }
                }
                cuts.sort_unstable();
                cuts.dedup();
                let mut job = LayoutJob::default();
                for w in cuts.windows(2) {
                    let (a, z) = (w[0], w[1]);
                    let Some(piece) = text.get(a..z) else {
                        continue;
                    };
                    let mut fmt = TextFormat {
                        font_id: body_font.clone(),
                        color: text_color,
                        ..Default::default()
                    };
                    if selected.is_some_and(|s| a >= s.start && z <= s.end) {
                        fmt.background = sel_bg;
                    }
                    // The innermost (shortest) mark wins.
                    if let Some(m) = marks
                        .iter()
                        .filter(|m| a >= m.span.start && z <= m.span.end)
                        .min_by_key(|m| m.span.len())
                    {
                        if m.underline {
                            fmt.underline = egui::Stroke::new(1.5, m.color);
                        } else {
                            fmt.color = m.color;
                            if m.color == pal.quote {
                                fmt.italics = true;
                            }
                        }
                    }
                    job.append(piece, 0.0, fmt);
                }
                job.wrap.max_width = ui.available_width();
                let _ = ptext;
                let r = ui.label(job);
                if scroll && selected.is_some_and(|s| s.start >= p.start && s.start < p.end) {
                    r.scroll_to_me(Some(egui::Align::Center));
                }
                ui.add_space(8.0);
            }
            for l in &b.links {
                ui.label(
                    RichText::new(format!("Related: {}", l.title))
                        .small()
                        .weak(),
                );
            }
        });
    cmds
}
