//! The menu bar and the briefing bar: title, source, reference date, search, zoom, theme.

use super::theme::{HEADING_FAMILY, Theme};
use crate::app::{BrieflineApp, Command, Selection};
use crate::model::edit::ItemKind;
use crate::model::{Credibility, Grade, Reliability};
use egui::{FontFamily, FontId, RichText};

pub fn top_bar_ui(app: &mut BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    let mut cmds = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Open…  (Ctrl+O)").clicked() {
                cmds.push(Command::OpenDialog);
            }
            if ui.button("Open folder…").clicked() {
                cmds.push(Command::OpenFolderDialog);
            }
            ui.menu_button("Open recent", |ui| {
                if app.settings.recent.is_empty() {
                    ui.label(RichText::new("No recent files").weak());
                }
                for p in &app.settings.recent {
                    let name = p.file_name().map_or_else(
                        || p.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    if ui
                        .button(name)
                        .on_hover_text(p.display().to_string())
                        .clicked()
                    {
                        cmds.push(Command::Open(p.clone()));
                    }
                }
            });
            ui.separator();
            if ui.button("Save  (Ctrl+S)").clicked() {
                cmds.push(Command::Save);
            }
            if ui.button("Save As…  (Ctrl+Shift+S)").clicked() {
                cmds.push(Command::SaveAs);
            }
            if ui.button("Export…  (Ctrl+E)").clicked() {
                cmds.push(Command::ShowExport);
            }
            if ui.button("Open the sample article").clicked() {
                cmds.push(Command::OpenSeed);
            }
            ui.separator();
            if ui.button("Quit  (Ctrl+Q)").clicked() {
                cmds.push(Command::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            let undo = app.doc.history.undo_label().map_or_else(
                || "Undo  (Ctrl+Z)".to_owned(),
                |l| format!("Undo {l}  (Ctrl+Z)"),
            );
            if ui
                .add_enabled(
                    app.doc.history.undo_label().is_some(),
                    egui::Button::new(undo),
                )
                .clicked()
            {
                cmds.push(Command::Undo);
            }
            let redo = app.doc.history.redo_label().map_or_else(
                || "Redo  (Ctrl+Shift+Z)".to_owned(),
                |l| format!("Redo {l}  (Ctrl+Shift+Z)"),
            );
            if ui
                .add_enabled(
                    app.doc.history.redo_label().is_some(),
                    egui::Button::new(redo),
                )
                .clicked()
            {
                cmds.push(Command::Redo);
            }
            ui.separator();
            for (label, kind) in [
                ("Add event  (N)", ItemKind::Event),
                ("Add quote", ItemKind::Quote),
                ("Add open question", ItemKind::Question),
                ("Add actor", ItemKind::Actor),
            ] {
                if ui.button(label).clicked() {
                    cmds.push(Command::Add(kind));
                }
            }
            let has_sel = app.selected_item().is_some();
            if ui
                .add_enabled(has_sel, egui::Button::new("Delete selected  (Del)"))
                .clicked()
            {
                cmds.push(Command::DeleteSelection);
            }
            ui.separator();
            let left = app.review_queue().len();
            if ui
                .button(format!("Review queue ({left} unreviewed)  (R)"))
                .clicked()
            {
                cmds.push(Command::ShowReviewQueue);
            }
            if ui.button("Briefing notes…").clicked() {
                cmds.push(Command::ShowBriefingNotes);
            }
        });
        ui.menu_button("View", |ui| {
            ui.checkbox(&mut app.settings.show_quotes, "Quotes panel");
            ui.checkbox(&mut app.settings.show_questions, "Open questions panel");
            ui.checkbox(&mut app.settings.show_actors, "Actors panel");
            ui.checkbox(&mut app.settings.show_reader, "Article reader");
            ui.checkbox(&mut app.settings.show_inspector, "Inspector");
            ui.separator();
            let mut gaps = app.settings.compress_gaps;
            if ui
                .checkbox(&mut gaps, "Compress long empty stretches (G)")
                .changed()
            {
                cmds.push(Command::ToggleGaps);
            }
            let mut hide = app.settings.hide_rejected;
            if ui.checkbox(&mut hide, "Hide rejected items").changed() {
                cmds.push(Command::ToggleHideRejected);
            }
            ui.menu_button("Minimum grade", |ui| {
                grade_filter_menu(app, ui, &mut cmds);
            });
            ui.separator();
            ui.label("Theme");
            for t in Theme::ALL {
                if ui.radio(app.settings.theme == t, t.label()).clicked() {
                    cmds.push(Command::SetTheme(t));
                }
            }
            ui.separator();
            ui.horizontal(|ui| {
                ui.label("Interface size");
                if ui.button("−").clicked() {
                    cmds.push(Command::ScaleUi(-0.1));
                }
                ui.label(format!("{:.0}%", app.settings.ui_scale * 100.0));
                if ui.button("+").clicked() {
                    cmds.push(Command::ScaleUi(0.1));
                }
            });
        });
        ui.menu_button("Present", |ui| {
            if ui.button("Start presentation  (F5)").clicked() {
                cmds.push(Command::StartPresenting);
            }
            if ui.button("Presentation deck…").clicked() {
                app.show_deck = true;
            }
        });
        ui.menu_button("Help", |ui| {
            if ui.button("Keyboard shortcuts").clicked() {
                app.show_shortcuts = true;
            }
        });
    });

    ui.add_space(2.0);
    ui.horizontal(|ui| {
        let b = &app.doc.briefing;
        ui.label(
            RichText::new(&b.meta.title)
                .font(FontId::new(18.0, FontFamily::Name(HEADING_FAMILY.into()))),
        )
        .on_hover_text(app.doc.display_name());
        let source = match (&b.meta.outlet, &b.meta.place) {
            (Some(o), Some(p)) => format!("{o}, {p}"),
            (Some(o), None) => o.clone(),
            _ => app.doc.display_name(),
        };
        ui.label(RichText::new(source).weak());
    });
    ui.horizontal(|ui| {
        let b = &app.doc.briefing;
        let date_text = b.meta.reference_date.map_or_else(
            || "Reference date: not set".to_owned(),
            |d| format!("Reference date: {}", d.format("%a %-d %b %Y")),
        );
        if ui
            .button(date_text)
            .on_hover_text(
                "The publication date relative dates resolve against. Click to change it.",
            )
            .clicked()
        {
            cmds.push(Command::EditReferenceDate);
        }
        ui.separator();
        let search = ui.add(
            egui::TextEdit::singleline(&mut app.search)
                .hint_text("Search (Ctrl+F)")
                .desired_width(220.0)
                .id_salt("search_box"),
        );
        if app.focus_search {
            search.request_focus();
            app.focus_search = false;
        }
        if app.search_results.is_active() {
            ui.label(RichText::new(format!("{} match(es)", app.search_results.total())).weak());
            if ui.small_button("×").on_hover_text("Clear search").clicked() {
                app.search.clear();
            }
        }
        if let Some(a) = app
            .actor_filter
            .and_then(|a| app.doc.briefing.actors.get(a))
        {
            ui.separator();
            ui.label(RichText::new(format!("Filter: {}", a.name)).color(app.palette().actor));
            if ui
                .small_button("×")
                .on_hover_text("Clear the actor filter")
                .clicked()
            {
                cmds.push(Command::FilterActor(None));
                cmds.push(Command::Select(Selection::None));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            egui::ComboBox::from_label("Theme")
                .selected_text(app.settings.theme.label())
                .show_ui(ui, |ui| {
                    for t in Theme::ALL {
                        if ui
                            .selectable_label(app.settings.theme == t, t.label())
                            .clicked()
                        {
                            cmds.push(Command::SetTheme(t));
                        }
                    }
                });

            ui.separator();
            let gaps = if app.settings.compress_gaps {
                "Gaps: compressed"
            } else {
                "Gaps: real scale"
            };
            if ui
                .button(gaps)
                .on_hover_text("Compress long empty stretches into labelled breaks (G)")
                .clicked()
            {
                cmds.push(Command::ToggleGaps);
            }
            if ui
                .button("▶ Present")
                .on_hover_text("Present the briefing fullscreen (F5)")
                .clicked()
            {
                cmds.push(Command::StartPresenting);
            }
            if ui.button("Zoom to selection").on_hover_text("Z").clicked() {
                cmds.push(Command::ZoomToSelection);
            }
            if ui
                .button("Fit")
                .on_hover_text("Show the whole timeline (Home)")
                .clicked()
            {
                cmds.push(Command::FitAll);
            }
            if ui.button("+").on_hover_text("Zoom in (+)").clicked() {
                cmds.push(Command::ZoomIn);
            }
            if ui.button("−").on_hover_text("Zoom out (−)").clicked() {
                cmds.push(Command::ZoomOut);
            }
        });
    });
    cmds
}

/// View ▸ Minimum grade: source reliability and information credibility, independently.
fn grade_filter_menu(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let g = app.settings.grade_filter;
    if ui.radio(!g.is_graded(), "Show everything").clicked() {
        cmds.push(Command::SetGradeFilter(Grade::default()));
    }
    ui.separator();
    ui.label(
        RichText::new("Source reliability at least")
            .small()
            .strong(),
    );
    for r in Reliability::ALL {
        let text = format!("{} — {}", r.letter(), r.meaning());
        if ui.radio(g.reliability == Some(r), text).clicked() {
            cmds.push(Command::SetGradeFilter(Grade {
                reliability: Some(r),
                ..g
            }));
        }
    }
    ui.separator();
    ui.label(
        RichText::new("Information credibility at least")
            .small()
            .strong(),
    );
    for c in Credibility::ALL {
        let text = format!("{} — {}", c.digit(), c.meaning());
        if ui.radio(g.credibility == Some(c), text).clicked() {
            cmds.push(Command::SetGradeFilter(Grade {
                credibility: Some(c),
                ..g
            }));
        }
    }
}
