//! The reference-date window: type a date or pick one; Apply sets it (relative dates
//! re-resolve), Clear date removes it. The draft being edited is the app's
//! [`crate::app::DateEditor`]; this window edits a copy and hands it back as a command.

use super::dates::{chrono_from_jiff, jiff_from_chrono};
use crate::app::{BrieflineApp, Command, DateEditor, Window};
use chrono::NaiveDate;
use egui::Color32;

pub fn date_editor_window(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let Some(current) = &app.date_editor else {
        return Vec::new();
    };
    let mut draft = current.clone();
    let mut buttons = Vec::new();
    let mut open = true;
    egui::Window::new("Reference date")
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .show(ctx, |ui| {
            ui.label("Relative dates (\"on Wednesday\", \"last week\") resolve against this date.");
            date_fields_ui(ui, &mut draft);
            if let Some(e) = &draft.error {
                ui.colored_label(Color32::from_rgb(230, 80, 70), e);
            }
            ui.horizontal(|ui| {
                if ui.button("Apply").clicked() {
                    match parse(&draft.text) {
                        Some(d) => buttons.push(Command::SetReferenceDate(Some(d))),
                        None => {
                            draft.error = Some(format!(
                                "“{}” is not a date like 2026-01-06",
                                draft.text.trim()
                            ));
                        }
                    }
                }
                if ui.button("Clear date").clicked() {
                    buttons.push(Command::SetReferenceDate(None));
                }
                if ui.button("Cancel").clicked() {
                    buttons.push(Command::CloseWindow(Window::ReferenceDate));
                }
            });
        });
    // The draft first: a field that commits as Apply is clicked counts.
    let mut cmds = Vec::new();
    if &draft != current {
        cmds.push(Command::UpdateDateEditor(draft));
    }
    cmds.extend(buttons);
    if !open {
        cmds.push(Command::CloseWindow(Window::ReferenceDate));
    }
    cmds
}

/// The text field and the date picker, kept in step with each other.
fn date_fields_ui(ui: &mut egui::Ui, draft: &mut DateEditor) {
    ui.horizontal(|ui| {
        ui.label("Date (YYYY-MM-DD):");
        let r = ui.add(
            egui::TextEdit::singleline(&mut draft.text)
                .desired_width(110.0)
                .id_salt("ref_date_text"),
        );
        if r.changed()
            && let Some(d) = parse(&draft.text)
        {
            draft.picked = d;
        }
    });
    ui.horizontal(|ui| {
        ui.label("Or pick:");
        let before = jiff_from_chrono(draft.picked);
        let mut picked = before;
        ui.add(
            egui_extras::DatePickerButton::new(&mut picked)
                .id_salt("ref_date_picker")
                .show_icon(false)
                .calendar_week(false),
        );
        if picked != before
            && let Some(d) = chrono_from_jiff(picked)
        {
            draft.picked = d;
            draft.text = picked.to_string();
        }
    });
}

fn parse(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}
