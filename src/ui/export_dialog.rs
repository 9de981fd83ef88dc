//! The Export dialog: format, what to include, paper size or image size and scope; "Export…"
//! asks where to save (native dialog) and the result shows in the banner.

use crate::app::{BrieflineApp, Command, Window};
use crate::export::{ExportFormat, PageSize};
use egui::RichText;

/// The dialog edits a copy of the export settings and hands the changes back as a command.
pub fn export_window(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    if !app.show_export {
        return Vec::new();
    }
    let mut open = true;
    let mut close = false;
    let mut export = false;
    let mut draft = app.settings.export;
    let ex = &mut draft;
    egui::Window::new("Export")
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .show(ctx, |ui| {
            ui.label(RichText::new("Format").strong());
            for f in ExportFormat::ALL {
                ui.radio_value(&mut ex.format, f, f.label());
            }
            ui.separator();
            ui.label(RichText::new("Include").strong());
            ui.checkbox(&mut ex.options.include_unreviewed, "Unreviewed items");
            ui.checkbox(&mut ex.options.include_rejected, "Rejected items");
            if !ex.format.is_image() {
                ui.checkbox(
                    &mut ex.options.include_excerpts,
                    "Article excerpts (the sentence of each item)",
                );
            }
            if ex.format == ExportFormat::Pdf {
                ui.separator();
                ui.horizontal(|ui| {
                    ui.label("Paper:");
                    ui.radio_value(&mut ex.options.page, PageSize::A4, "A4");
                    ui.radio_value(&mut ex.options.page, PageSize::Letter, "Letter");
                });
            }
            if ex.format.is_image() {
                ui.separator();
                ui.horizontal(|ui| {
                    ui.label("Size:");
                    ui.add(
                        egui::DragValue::new(&mut ex.options.image.width)
                            .range(320..=16384)
                            .suffix(" px"),
                    );
                    ui.label("×");
                    ui.add(
                        egui::DragValue::new(&mut ex.options.image.height)
                            .range(200..=16384)
                            .suffix(" px"),
                    );
                    if ui.small_button("1920×1080").clicked() {
                        ex.options.image.width = 1920;
                        ex.options.image.height = 1080;
                    }
                });
                ui.horizontal(|ui| {
                    ui.radio_value(&mut ex.current_view, false, "Whole briefing");
                    ui.radio_value(&mut ex.current_view, true, "Current view");
                });
                ui.checkbox(&mut ex.options.image.dark, "Dark background");
            }
            ui.separator();
            ui.horizontal(|ui| {
                export = ui.button("Export…").clicked();
                if ui.button("Close").clicked() {
                    close = true;
                }
            });
        });
    // The settings first: a size typed as Export… is clicked counts.
    let mut cmds = Vec::new();
    if draft != app.settings.export {
        cmds.push(Command::SetExportSettings(draft));
    }
    if export {
        cmds.push(Command::Export);
    }
    if !open || close {
        cmds.push(Command::CloseWindow(Window::Export));
    }
    cmds
}
