//! The Sources panel of a briefing built from several articles (at the top of the left
//! panel): each source's outlet, date and where the date came from, grade, and how many items
//! it supports; clicking one shows only its items; an undated source offers its suggested
//! date. Also the question asked when articles are dropped on an open briefing. The state
//! behind both is `src/app/sources.rs`.

use super::theme::Palette;
use crate::app::{BrieflineApp, Command, DropChoice};
use crate::model::Reliability;
use egui::RichText;

/// The Sources section.
pub fn sources_ui(app: &BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    let mut cmds = Vec::new();
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Sources");
        ui.label(RichText::new(b.sources.len().to_string()).weak());
        if app.source_filter.is_some() && ui.small_button("Show all sources").clicked() {
            cmds.push(Command::FilterSource(None));
        }
    });
    let counts = app.source_item_counts();
    for (i, s) in b.sources.iter().enumerate() {
        let outlet = b.outlet_of(&s.id);
        let on = app.source_filter == Some(i);
        let stroke_color = if on {
            pal.reference
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke.color
        };
        egui::Frame::new()
            .fill(if on {
                pal.reference.gamma_multiply(0.15)
            } else {
                ui.visuals().faint_bg_color
            })
            .stroke(egui::Stroke::new(if on { 1.5 } else { 1.0 }, stroke_color))
            .corner_radius(6.0)
            .inner_margin(egui::Margin::symmetric(8, 6))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    // The legend of View ▸ Colour events by source.
                    if app.settings.colour_by_source && b.sources.len() > 1 {
                        ui.label(
                            RichText::new("●").color(crate::ui::theme::source_colour(i)).strong(),
                        )
                        .on_hover_text("This source's colour on the timeline");
                    }
                    let r = ui
                        .selectable_label(on, RichText::new(format!("[{}] {outlet}", i + 1)).strong())
                        .on_hover_text(if on {
                            "Showing only what this source reports: click to show everything"
                        } else {
                            "Show only what this source reports"
                        });
                    r.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::Button,
                            true,
                            on,
                            format!("Source {outlet}"),
                        )
                    });
                    if r.clicked() {
                        cmds.push(Command::FilterSource(if on { None } else { Some(i) }));
                    }
                    if let Some(place) = &s.place {
                        ui.label(RichText::new(place).weak());
                    }
                    ui.label(
                        RichText::new(format!("{} items", counts.get(i).copied().unwrap_or(0)))
                            .small()
                            .weak(),
                    );
                });
                date_line(app, i, ui, &mut cmds);
                ui.horizontal(|ui| {
                    grade_box(i, s.reliability, ui, &mut cmds);
                    if ui
                        .small_button("Remove")
                        .on_hover_text(
                            "Remove this source and what only it reports (Edit ▸ Undo brings it back)",
                        )
                        .clicked()
                    {
                        cmds.push(Command::RemoveSource(i));
                    }
                });
                ui.label(RichText::new(&s.name).small().weak());
            });
        ui.add_space(4.0);
    }
    ui.separator();
    cmds
}

/// "7 Jan 2026 · dateline", or for an undated source its suggestion and an Accept button.
fn date_line(app: &BrieflineApp, i: usize, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let Some(s) = app.doc.briefing.sources.get(i) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        if let Some(d) = s.reference_date {
            ui.label(format!(
                "{} · {}",
                d.format("%-d %b %Y"),
                s.reference_origin.as_str()
            ));
        } else if let Some(sug) = &s.suggested_reference {
            ui.label(RichText::new(format!("Undated: {}", sug.describe())).italics());
            if ui
                .small_button("Accept date")
                .on_hover_text("Use this date as the source's publication date")
                .clicked()
            {
                cmds.push(Command::AcceptSuggestedDate(i));
            }
        } else {
            ui.label(RichText::new("Undated").italics());
        }
    });
}

fn grade_box(i: usize, current: Option<Reliability>, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let text = current.map_or_else(
        || "Grade: none".to_owned(),
        |r| format!("Grade: {}", r.letter()),
    );
    let combo = egui::ComboBox::from_id_salt(("source_grade", i))
        .selected_text(text)
        .width(110.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), "none").clicked() {
                cmds.push(Command::GradeSource(i, None));
            }
            for r in Reliability::ALL {
                let label = format!("{} — {}", r.letter(), r.meaning());
                if ui.selectable_label(current == Some(r), label).clicked() {
                    cmds.push(Command::GradeSource(i, Some(r)));
                }
            }
        });
    combo.response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::ComboBox,
            true,
            format!("Grade of source {}", i + 1),
        )
    });
}

/// "Add the dropped articles to this briefing, or open them separately?"
pub fn drop_dialog(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let mut cmds = Vec::new();
    let Some(paths) = &app.dropped else {
        return cmds;
    };
    let r = egui::Modal::new(egui::Id::unique("dropped_files")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading("Add to this briefing?");
        let what = if paths.len() == 1 {
            paths.first().and_then(|p| p.file_name()).map_or_else(
                || "the article".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            )
        } else {
            format!("{} articles", paths.len())
        };
        ui.label(format!(
            "Add {what} to “{}” as more sources on the same story, or open separately?",
            app.doc.display_name()
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Add to this briefing").clicked() {
                cmds.push(Command::AnswerDrop(DropChoice::Add));
            }
            if ui.button("Open separately").clicked() {
                cmds.push(Command::AnswerDrop(DropChoice::OpenSeparately));
            }
            if ui.button("Cancel").clicked() {
                cmds.push(Command::AnswerDrop(DropChoice::Cancel));
            }
        });
    });
    if r.should_close() {
        cmds.push(Command::AnswerDrop(DropChoice::Cancel));
    }
    cmds
}
