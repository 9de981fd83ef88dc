//! The presentation deck editor: which events are presented and in what order. The deck is
//! stored in the briefing (and so in its `.briefline.ron` file); "Default" goes back to every
//! confirmed or unreviewed dated event in time order.

use crate::app::{BrieflineApp, Command, Window};
use egui::RichText;

pub fn deck_window(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let mut cmds = Vec::new();
    if !app.show_deck {
        return cmds;
    }
    let mut open = true;
    let b = &app.doc.briefing;
    let mut deck: Vec<usize> = b.deck_events();
    let mut changed = false;
    let mut reset = false;
    egui::Window::new("Presentation deck")
        .open(&mut open)
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.label(if b.deck.is_some() {
                "Your deck, in presentation order."
            } else {
                "Default deck: every confirmed or unreviewed dated event, in time order."
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    let mut swap: Option<(usize, usize)> = None;
                    let mut remove: Option<usize> = None;
                    for (pos, &ei) in deck.iter().enumerate() {
                        let Some(e) = b.events.get(ei) else { continue };
                        ui.horizontal(|ui| {
                            ui.label(RichText::new(format!("{}.", pos + 1)).weak());
                            let named = |r: egui::Response, name: String| {
                                r.widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::Button,
                                        r.enabled(),
                                        name.clone(),
                                    )
                                });
                                r.on_hover_text(name)
                            };
                            let up = ui.add_enabled(pos > 0, egui::Button::new("↑").small());
                            if named(up, format!("Earlier in the deck: {}", e.title)).clicked() {
                                swap = Some((pos, pos - 1));
                            }
                            let down = ui
                                .add_enabled(pos + 1 < deck.len(), egui::Button::new("↓").small());
                            if named(down, format!("Later in the deck: {}", e.title)).clicked() {
                                swap = Some((pos, pos + 1));
                            }
                            if named(ui.small_button("×"), format!("Leave “{}” out", e.title))
                                .clicked()
                            {
                                remove = Some(pos);
                            }
                            ui.label(format!("{} — {}", e.date.display(), e.title));
                        });
                    }
                    if let Some((a, z)) = swap {
                        deck.swap(a, z);
                        changed = true;
                    }
                    if let Some(p) = remove {
                        deck.remove(p);
                        changed = true;
                    }
                    let left_out: Vec<usize> =
                        (0..b.events.len()).filter(|i| !deck.contains(i)).collect();
                    if !left_out.is_empty() {
                        ui.separator();
                        ui.label(RichText::new("Not in the deck").strong());
                        for ei in left_out {
                            let Some(e) = b.events.get(ei) else { continue };
                            ui.horizontal(|ui| {
                                let add = ui.small_button("+");
                                let name = format!("Add “{}”", e.title);
                                add.widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::Button,
                                        true,
                                        name.clone(),
                                    )
                                });
                                if add.on_hover_text(name).clicked() {
                                    deck.push(ei);
                                    changed = true;
                                }
                                ui.label(
                                    RichText::new(format!("{} — {}", e.date.display(), e.title))
                                        .weak(),
                                );
                            });
                        }
                    }
                });
            ui.separator();
            ui.horizontal(|ui| {
                if ui
                    .button("Default")
                    .on_hover_text("Every confirmed or unreviewed dated event, in time order")
                    .clicked()
                {
                    reset = true;
                }
                if ui.button("▶ Present").clicked() {
                    cmds.push(Command::StartPresenting);
                }
            });
        });
    if changed {
        let ids = deck
            .iter()
            .filter_map(|&i| b.events.get(i))
            .map(|e| e.id.clone())
            .collect();
        cmds.push(Command::ApplyEdit(crate::model::edit::Edit::set_deck(
            b,
            Some(ids),
        )));
    }
    if reset {
        cmds.push(Command::ApplyEdit(crate::model::edit::Edit::set_deck(
            b, None,
        )));
    }
    if !open {
        cmds.push(Command::CloseWindow(Window::Deck));
    }
    cmds
}
