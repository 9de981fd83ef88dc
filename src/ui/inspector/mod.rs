//! The inspector: everything about the selected item — full text, date with its precision
//! and how it was resolved, the provenance sentence, actors and links — as a form that edits
//! it. One form per kind of item (`event.rs`, `quote.rs`, `question.rs`, `actor.rs`), built
//! from the fields in `fields.rs`, `date.rs` and `notes.rs`. Every change goes back to the
//! app as a [`Command::ApplyEdit`] (one undo step per edit).

mod actor;
mod date;
mod event;
mod fields;
mod mentions;
mod notes;
mod question;
mod quote;

pub use notes::{markdown_preview, notes_editor};

use crate::app::{BrieflineApp, Command, Selection};
use crate::model::edit::ItemKind;
use crate::ui::keys_for;
use egui::RichText;

/// The inspector. `focus`: put the keyboard in the first field (a newly added item).
pub fn inspector_ui(app: &BrieflineApp, ui: &mut egui::Ui, focus: bool) -> Vec<Command> {
    let mut cmds = Vec::new();
    ui.add_space(4.0);
    let this = app;
    egui::ScrollArea::vertical()
        .id_salt("inspector_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| match this.selection {
            Selection::None => {
                let b = &this.doc.briefing;
                ui.heading("Inspector");
                ui.label(RichText::new(format!("Select an event on the timeline, a quote or an open question to see its details and where it came from, and to edit, grade and review it. {} walks the events in time order; {} adds an event.", keys_for(&Command::NextEvent), keys_for(&Command::Add(ItemKind::Event)))).weak());
                ui.label(format!(
                    "{} events · {} quotes · {} open questions · {} actors",
                    b.events.len(),
                    b.quotes.len(),
                    b.questions.len(),
                    b.actors.len()
                ));
                ui.horizontal(|ui| {
                    if ui.button("+ Event").clicked() {
                        cmds.push(Command::Add(ItemKind::Event));
                    }
                    if ui.button("+ Quote").clicked() {
                        cmds.push(Command::Add(ItemKind::Quote));
                    }
                    if ui.button("+ Open question").clicked() {
                        cmds.push(Command::Add(ItemKind::Question));
                    }
                    if ui.button("Edit briefing notes…").clicked() {
                        cmds.push(Command::ShowBriefingNotes);
                    }
                });
            }
            Selection::Event(i) => event::event_ui(this, ui, i, focus, &mut cmds),
            Selection::Quote(i) => quote::quote_ui(this, ui, i, focus, &mut cmds),
            Selection::Question(i) => question::question_ui(this, ui, i, focus, &mut cmds),
            Selection::Actor(i) => actor::actor_ui(this, ui, i, focus, &mut cmds),
        });
    cmds
}
