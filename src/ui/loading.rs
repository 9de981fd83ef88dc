//! The strip under the top bar while a file loads in the background: what is loading, a
//! progress bar, and Cancel. The load itself is the app's [`crate::app::LoadJob`].

use crate::app::{BrieflineApp, Command};

pub fn loading_strip_ui(app: &BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    let Some(job) = &app.loading else {
        return Vec::new();
    };
    let mut cmds = Vec::new();
    egui::Panel::top("loading_strip").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(format!("{}…", job.what));
            if job.analysing() {
                ui.add(
                    egui::ProgressBar::new(1.0)
                        .desired_width(320.0)
                        .animate(true)
                        .text("finding events, quotes and questions"),
                );
            } else {
                ui.add(
                    egui::ProgressBar::new(job.fraction())
                        .desired_width(320.0)
                        .show_percentage(),
                );
            }
            if ui.button("Cancel").clicked() {
                cmds.push(Command::CancelLoad);
            }
        });
    });
    cmds
}
