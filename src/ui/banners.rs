//! The notices across the top of the window: the prompt for a missing publication date, then
//! each [`crate::app::Banner`] with a Dismiss button.

use super::theme::Palette;
use crate::app::{BannerKind, BrieflineApp, Command};
use egui::{Color32, RichText};

pub fn banners_ui(app: &BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    let mut cmds = Vec::new();
    let no_date = app.lacks_reference_date();
    if app.banners.is_empty() && !no_date {
        return cmds;
    }
    let pal = Palette::of(app);
    egui::Panel::top("banners").show(ui, |ui| {
        if no_date {
            ui.horizontal(|ui| {
                let text = if app.doc.briefing.sources.len() > 1 {
                    "No source of this briefing has a known publication date: relative dates (\"on Wednesday\") are unresolved."
                } else {
                    "This article has no known publication date: relative dates (\"on Wednesday\") are unresolved."
                };
                ui.label(RichText::new(text).color(pal.news));
                if ui.button("Set publication date…").clicked() {
                    cmds.push(Command::EditReferenceDate);
                }
            });
        }
        for (i, b) in app.banners.iter().enumerate() {
            let (icon, color) = match b.kind {
                BannerKind::Error => ("⚠", Color32::from_rgb(230, 80, 70)),
                BannerKind::Warning => ("⚠", Color32::from_rgb(230, 170, 40)),
                BannerKind::Info => ("•", pal.weak),
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(icon).color(color));
                ui.label(RichText::new(&b.text).color(color));
                if ui.small_button("Dismiss").on_hover_text("Hide this message").clicked() {
                    cmds.push(Command::DismissBanner(i));
                }
            });
        }
    });
    cmds
}
