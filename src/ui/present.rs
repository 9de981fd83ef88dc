//! Presentation mode, drawn: the live briefing on a screen. A title step, one step per event
//! of the deck (the timeline animates to it; its date, quotes and open questions in large
//! type; an event nobody is quoted on shows the sentence that dates it) and a closing step
//! with every open question. Everything, the timeline's labels and markers included, is set
//! in one type scale that follows the screen, not the app's interface size. A presenter view
//! in a second window shows the current and next step, the speaker notes, the elapsed time
//! and the clock. Which step is shown, and how keys move through the steps, is the app's
//! ([`crate::app::Presentation`]; keys in `keymap.rs`).

use super::theme::Palette;
use crate::app::{BrieflineApp, Command, Step};
use egui::{Align, Color32, FontFamily, FontId, Layout, RichText};

/// What a step shows, copied out of the briefing so the timeline can borrow the app.
enum StepContent {
    Title {
        title: String,
        source: String,
        date: String,
    },
    Event(EventStep),
    Closing {
        questions: Vec<String>,
    },
}

impl StepContent {
    fn of(app: &BrieflineApp, step: Step) -> Self {
        let b = &app.doc.briefing;
        match step {
            Step::Title => StepContent::Title {
                title: b.meta.title.clone(),
                source: crate::export::markdown::source_line(b),
                date: b.meta.reference_date.map_or_else(
                    || "Reference date not set".to_owned(),
                    |d| format!("Reference date {}", d.format("%A %-d %B %Y")),
                ),
            },
            Step::Event(i) => {
                let Some(e) = b.events.get(i) else {
                    return StepContent::Closing {
                        questions: Vec::new(),
                    };
                };
                // One quote per speaker first, so a room hears every voice.
                let mut all: Vec<(String, String)> = Vec::new();
                let mut later: Vec<(String, String)> = Vec::new();
                for q in b.quotes_for_event(&e.id) {
                    let who = q
                        .speaker
                        .as_ref()
                        .map_or("Unattributed", |s| b.actor_name(s))
                        .to_owned();
                    if all.iter().any(|(_, w)| *w == who) {
                        later.push((q.text.clone(), who));
                    } else {
                        all.push((q.text.clone(), who));
                    }
                }
                all.extend(later);
                StepContent::Event(EventStep {
                    context: Context::of(app, e),
                    title: e.title.clone(),
                    // In a briefing of several sources, who reports it follows the date.
                    date: if b.is_multi_source() {
                        let outlets: Vec<&str> =
                            crate::model::mention::distinct_sources(e.mentions())
                                .into_iter()
                                .map(|s| b.outlet_of(s))
                                .collect();
                        format!("{} · {}", e.date.display(), outlets.join(", "))
                    } else {
                        e.date.display()
                    },
                    more_quotes: all.len().saturating_sub(3),
                    quotes: all
                        .into_iter()
                        .take(3)
                        .map(|(t, w)| (shorten(&t, 170), w))
                        .collect(),
                    questions: b
                        .questions_for_event(&e.id)
                        .take(3)
                        .map(|q| q.text.clone())
                        .collect(),
                })
            }
            Step::Closing => StepContent::Closing {
                questions: b.questions.iter().map(|q| q.text.clone()).collect(),
            },
        }
    }
}

/// An event's step: its date and title, up to three quotes (one per speaker first), its
/// open questions, and what dates it.
struct EventStep {
    title: String,
    date: String,
    quotes: Vec<(String, String)>,
    more_quotes: usize,
    questions: Vec<String>,
    /// Shown when no quote fills the lower screen.
    context: Context,
}

/// What dates an event: the sentence it came from, split around its time expression, with
/// where it sits ("From the article, ¶2"); or, without a sentence, how the date was set.
struct Context {
    source: String,
    before: String,
    expression: String,
    after: String,
}

impl Context {
    fn of(app: &BrieflineApp, e: &crate::model::Event) -> Self {
        let b = &app.doc.briefing;
        let sentence = e.sentence.trim();
        if sentence.is_empty() {
            return Self {
                source: "How it is dated".to_owned(),
                before: b.explain_date(e),
                expression: String::new(),
                after: String::new(),
            };
        }
        let paragraph = e.provenance.as_ref().and_then(|p| {
            let first = b.sources.first()?;
            (first.id == p.source)
                .then(|| crate::export::cite::paragraph_number(&app.doc.paragraphs, p.sentence))
                .flatten()
        });
        let source = paragraph.map_or_else(
            || "From the article".to_owned(),
            |n| {
                format!(
                    "From the article, {}",
                    crate::export::cite::paragraph_mark(n)
                )
            },
        );
        let sentence = shorten(sentence, MAX_CONTEXT_CHARS);
        let at = e
            .trigger
            .as_deref()
            .filter(|t| !t.is_empty())
            .and_then(|t| sentence.find(t).map(|i| (i, i + t.len())));
        match at {
            Some((i, j)) => Self {
                source,
                before: sentence.get(..i).unwrap_or_default().to_owned(),
                expression: sentence.get(i..j).unwrap_or_default().to_owned(),
                after: sentence.get(j..).unwrap_or_default().to_owned(),
            },
            None => Self {
                source,
                before: sentence,
                expression: String::new(),
                after: String::new(),
            },
        }
    }
}

/// A sentence longer than this is cut (at a word) so the step still fits the screen.
const MAX_CONTEXT_CHARS: usize = 420;

/// Long quotes are cut at a word with an ellipsis so a step fits the screen.
fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

struct Look {
    bg: Color32,
    fg: Color32,
    weak: Color32,
    accent: Color32,
    quote: Color32,
    question: Color32,
}

fn look(app: &BrieflineApp, high_contrast: bool) -> Look {
    let pal = Palette::of(app);
    if high_contrast {
        Look {
            bg: Color32::BLACK,
            fg: Color32::WHITE,
            weak: Color32::from_gray(220),
            accent: Color32::from_rgb(255, 220, 0),
            quote: Color32::from_rgb(255, 140, 255),
            question: Color32::from_rgb(255, 130, 100),
        }
    } else {
        Look {
            bg: if app.settings.theme.is_dark() {
                Color32::from_rgb(18, 20, 24)
            } else {
                Color32::from_rgb(250, 250, 248)
            },
            fg: pal.text,
            weak: pal.weak,
            accent: pal.news,
            quote: pal.quote,
            question: pal.question,
        }
    }
}

fn heading(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(super::theme::HEADING_FAMILY.into()))
}

/// The presentation's type scale: 1 at 1280×720, readable from the back of a room on any
/// screen (the same share of the screen at 1920×1080 and at 3840×2160).
fn type_scale(rect: egui::Rect) -> f32 {
    (rect.height() / 720.0)
        .min(rect.width() / 1280.0)
        .clamp(0.8, 4.0)
}

/// The timeline's sizes relative to the presentation's type: its labels at about 18 points
/// per unit, beside 21-point quotes.
const TIMELINE_TYPE: f32 = 1.35;

/// An event's step: the timeline animated to it in the top part, then its date, title,
/// quotes and open questions; with no quote, the sentence that dates it.
fn event_step_ui(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    step: EventStep,
    l: &Look,
    unit: f32,
) -> Vec<Command> {
    let inner = ui.max_rect();
    let tl_h = (inner.height() * 0.34).max(150.0);
    let cmds = ui
        .allocate_ui(egui::vec2(inner.width(), tl_h), |ui| {
            super::timeline_view::presentation_timeline_ui(app, ui, unit * TIMELINE_TYPE)
        })
        .inner;
    ui.add_space(14.0 * unit);
    ui.label(RichText::new(step.date).size(24.0 * unit).color(l.accent));
    ui.label(
        RichText::new(step.title)
            .font(heading(38.0 * unit))
            .color(l.fg),
    );
    ui.add_space(12.0 * unit);
    if step.quotes.is_empty() {
        context_ui(ui, &step.context, l, unit);
    }
    for (text, who) in step.quotes {
        ui.label(
            RichText::new(format!("“{text}”"))
                .italics()
                .size(21.0 * unit)
                .color(l.fg),
        );
        ui.label(
            RichText::new(format!("— {who}"))
                .size(17.0 * unit)
                .color(l.quote),
        );
        ui.add_space(8.0 * unit);
    }
    if step.more_quotes > 0 {
        ui.label(
            RichText::new(format!("+ {} more quote(s)", step.more_quotes))
                .size(20.0 * unit)
                .color(l.weak),
        );
    }
    for q in step.questions {
        ui.label(
            RichText::new(format!("? {q}"))
                .size(19.0 * unit)
                .color(l.question),
        );
    }
    cmds
}

/// The sentence that dates an event, its time expression in the accent colour, under where
/// it comes from.
fn context_ui(ui: &mut egui::Ui, c: &Context, l: &Look, unit: f32) {
    ui.label(RichText::new(&c.source).size(17.0 * unit).color(l.weak));
    ui.add_space(4.0 * unit);
    let font = FontId::proportional(24.0 * unit);
    let plain = egui::TextFormat::simple(font.clone(), l.fg);
    let mut job = egui::text::LayoutJob::default();
    job.append(&format!("“{}", c.before), 0.0, plain.clone());
    job.append(&c.expression, 0.0, egui::TextFormat::simple(font, l.accent));
    job.append(&format!("{}”", c.after), 0.0, plain);
    job.wrap.max_width = ui.available_width();
    ui.add(egui::Label::new(job).wrap());
    ui.add_space(12.0 * unit);
}

/// Draws the presentation (the whole window).
pub fn presentation_ui(app: &BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    let mut cmds = Vec::new();
    let Some(p) = &app.presenting else {
        return cmds;
    };
    let all = app.presentation_steps();
    let step = all.get(p.step).copied().unwrap_or(Step::Title);
    let l = look(app, p.high_contrast);
    let rect = ui.max_rect();
    let unit = type_scale(rect);
    ui.painter()
        .rect_filled(rect, 0.0, if p.blank { Color32::BLACK } else { l.bg });
    if p.blank {
        let r = ui.allocate_rect(rect, egui::Sense::click());
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Blank screen"));
        return cmds;
    }
    let content = StepContent::of(app, step);
    let margin = 48.0 * unit;
    let inner = rect.shrink2(egui::vec2(margin, margin * 0.6));
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::top_down(Align::Min)),
        |ui| {
            ui.style_mut().visuals.override_text_color = Some(l.fg);
            // The gaps between lines grow with the type, as on a smaller screen.
            ui.spacing_mut().item_spacing *= unit;
            match content {
                StepContent::Title {
                    title,
                    source,
                    date,
                } => {
                    ui.add_space(rect.height() * 0.22);
                    ui.label(RichText::new(title).font(heading(46.0 * unit)).color(l.fg));
                    ui.add_space(18.0 * unit);
                    ui.label(RichText::new(source).size(24.0 * unit).color(l.weak));
                    ui.label(RichText::new(date).size(24.0 * unit).color(l.accent));
                }
                StepContent::Event(step) => {
                    cmds.extend(event_step_ui(app, ui, step, &l, unit));
                }
                StepContent::Closing { questions } => {
                    ui.add_space(40.0 * unit);
                    ui.label(
                        RichText::new("Open questions")
                            .font(heading(40.0 * unit))
                            .color(l.fg),
                    );
                    ui.add_space(20.0 * unit);
                    if questions.is_empty() {
                        ui.label(
                            RichText::new("None left open.")
                                .size(24.0 * unit)
                                .color(l.weak),
                        );
                    }
                    for q in questions {
                        ui.label(
                            RichText::new(format!("□ {q}"))
                                .size(24.0 * unit)
                                .color(l.fg),
                        );
                        ui.add_space(10.0 * unit);
                    }
                }
            }
        },
    );
    progress_ui(ui, rect, p, all.len(), &l, unit);
    cmds
}

/// "3 / 7" in the corner and a bar along the bottom, with the number being typed ("Go to 5⏎"),
/// all in the presentation's type.
fn progress_ui(
    ui: &mut egui::Ui,
    rect: egui::Rect,
    p: &crate::app::Presentation,
    steps: usize,
    l: &Look,
    unit: f32,
) {
    let n = steps.max(1);
    let frac = (p.step + 1) as f32 / n as f32;
    let bar = egui::Rect::from_min_size(
        egui::pos2(rect.left(), rect.bottom() - 6.0 * unit),
        egui::vec2(rect.width() * frac, 6.0 * unit),
    );
    ui.painter().rect_filled(bar, 0.0, l.accent);
    let corner = egui::vec2(160.0, 44.0) * unit;
    let progress = format!("{} / {n}", p.step + 1);
    let r = ui.put(
        egui::Rect::from_min_size(rect.right_bottom() - corner, egui::vec2(140.0, 30.0) * unit),
        egui::Label::new(RichText::new(&progress).size(20.0 * unit).color(l.weak)),
    );
    r.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, format!("Step {progress}"))
    });
    if !p.typed.is_empty() {
        ui.put(
            egui::Rect::from_min_size(
                egui::pos2(rect.left() + 20.0 * unit, rect.bottom() - corner.y),
                egui::vec2(200.0, 30.0) * unit,
            ),
            egui::Label::new(
                RichText::new(format!("Go to {}⏎", p.typed))
                    .size(20.0 * unit)
                    .color(l.accent),
            ),
        );
    }
}

/// The presenter view, in a second native window.
pub fn presenter_window(app: &BrieflineApp, ctx: &egui::Context) {
    let Some(p) = &app.presenting else { return };
    if !p.presenter_view {
        return;
    }
    let all = app.presentation_steps();
    let describe = |s: Option<&Step>| -> String {
        let b = &app.doc.briefing;
        match s {
            Some(Step::Title) => format!("Title: {}", b.meta.title),
            Some(Step::Event(i)) => b.events.get(*i).map_or_else(String::new, |e| {
                format!("{} — {}", e.date.display(), e.title)
            }),
            Some(Step::Closing) => format!("Closing: {} open question(s)", b.questions.len()),
            None => "(end)".to_owned(),
        }
    };
    let current = describe(all.get(p.step));
    let next = describe(all.get(p.step + 1));
    let notes = match all.get(p.step) {
        Some(Step::Event(i)) => app
            .doc
            .briefing
            .events
            .get(*i)
            .map(|e| e.notes.clone())
            .unwrap_or_default(),
        _ => app.doc.briefing.notes.clone(),
    };
    let elapsed = (ctx.input(|i| i.time) - p.started_secs).max(0.0) as u64;
    let clock = chrono::Local::now().format("%H:%M").to_string();
    let step_text = format!("Step {} of {}", p.step + 1, all.len());
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("briefline_presenter"),
        egui::ViewportBuilder::default()
            .with_title("Briefline — presenter view")
            .with_inner_size([720.0, 480.0]),
        move |ui, _class| {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.heading(format!("{:02}:{:02}", elapsed / 60, elapsed % 60));
                    ui.label("elapsed");
                    ui.separator();
                    ui.heading(&clock);
                    ui.separator();
                    ui.label(&step_text);
                });
                ui.separator();
                ui.label(RichText::new("Now").strong());
                ui.label(RichText::new(&current).size(20.0));
                ui.add_space(8.0);
                ui.label(RichText::new("Next").strong());
                ui.label(RichText::new(&next).size(16.0).weak());
                ui.add_space(8.0);
                ui.label(RichText::new("Speaker notes").strong());
                if notes.trim().is_empty() {
                    ui.label(RichText::new("No notes for this step.").weak());
                } else {
                    super::inspector::markdown_preview(ui, "speaker_notes", &notes);
                }
            });
        },
    );
}

#[cfg(test)]
mod tests {
    use super::type_scale;

    fn screen(w: f32, h: f32) -> egui::Rect {
        egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, h))
    }

    #[test]
    fn type_takes_the_same_share_of_any_screen() {
        assert!((type_scale(screen(1280.0, 720.0)) - 1.0).abs() < 1e-6);
        assert!((type_scale(screen(1920.0, 1080.0)) - 1.5).abs() < 1e-6);
        assert!((type_scale(screen(3840.0, 2160.0)) - 3.0).abs() < 1e-6);
        // The narrower side rules: a tall window does not blow the type up.
        assert!((type_scale(screen(1280.0, 2000.0)) - 1.0).abs() < 1e-6);
        // Small windows keep a floor; huge ones a ceiling.
        assert!((type_scale(screen(300.0, 200.0)) - 0.8).abs() < 1e-6);
        assert!((type_scale(screen(20_000.0, 20_000.0)) - 4.0).abs() < 1e-6);
    }
}
