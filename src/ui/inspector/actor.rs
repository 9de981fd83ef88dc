//! The inspector's form for an actor: name, kind, title, role, aliases, notes; merge into
//! another actor, delete.

use super::fields::{amend, delete_hint, name, text_field};
use super::notes::notes_editor;
use crate::app::{BrieflineApp, Command};
use crate::model::ActorKind;
use crate::model::edit::Item;
use crate::ui::theme::Palette;
use egui::RichText;

pub(super) fn actor_ui(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    i: usize,
    focus: bool,
    cmds: &mut Vec<Command>,
) {
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    let Some(a) = b.actors.get(i) else { return };
    let salt = a.id.as_str();
    ui.horizontal(|ui| {
        ui.heading(RichText::new(&a.name).color(pal.actor));
        ui.label(format!("{} mention(s)", a.mentions));
        if ui.button("Delete").on_hover_text(delete_hint()).clicked() {
            cmds.push(Command::DeleteSelection);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Same as").small().strong());
        let mut keep: Option<usize> = None;
        let combo = egui::ComboBox::from_id_salt(("merge_actor", salt))
            .selected_text("Merge into…")
            .show_ui(ui, |ui| {
                for (k, other) in b.actors.iter().enumerate() {
                    if k != i && ui.selectable_label(false, &other.name).clicked() {
                        keep = Some(k);
                    }
                }
            });
        name(&combo.response, "Merge actor into");
        if let Some(k) = keep {
            cmds.push(Command::MergeInto(k));
        }
    });
    let n_events = b.events.iter().filter(|e| e.actors.contains(&a.id)).count();
    let n_quotes = b
        .quotes
        .iter()
        .filter(|q| q.speaker.as_ref() == Some(&a.id))
        .count();
    ui.label(RichText::new(format!("{n_events} event(s), {n_quotes} quote(s). The briefing is filtered to this actor; Esc clears.")).small());
    if let Some(t) = text_field(ui, "Name", &format!("name_{salt}"), &a.name, false, focus) {
        amend(b, i, a, Item::Actor, "Rename actor", cmds, |n| n.name = t);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Kind").small().strong());
        let mut kind = a.kind;
        for k in [
            ActorKind::Person,
            ActorKind::Country,
            ActorKind::Organisation,
            ActorKind::Group,
        ] {
            ui.radio_value(&mut kind, k, k.as_str());
        }
        if kind != a.kind {
            amend(b, i, a, Item::Actor, "Change actor kind", cmds, |n| {
                n.kind = kind;
            });
        }
    });
    if let Some(t) = text_field(
        ui,
        "Title",
        &format!("atitle_{salt}"),
        a.title.as_deref().unwrap_or(""),
        false,
        false,
    ) {
        amend(b, i, a, Item::Actor, "Edit actor title", cmds, |n| {
            n.title = Some(t).filter(|t| !t.trim().is_empty());
        });
    }
    if let Some(t) = text_field(
        ui,
        "Role",
        &format!("role_{salt}"),
        a.role.as_deref().unwrap_or(""),
        false,
        false,
    ) {
        amend(b, i, a, Item::Actor, "Edit actor role", cmds, |n| {
            n.role = Some(t).filter(|t| !t.trim().is_empty());
        });
    }
    if let Some(t) = text_field(
        ui,
        "Also called (comma-separated)",
        &format!("aliases_{salt}"),
        &a.aliases.join(", "),
        false,
        false,
    ) {
        amend(b, i, a, Item::Actor, "Edit actor aliases", cmds, |n| {
            n.aliases = t
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
        });
    }
    if let Some(text) = notes_editor(ui, salt, &a.notes, 3) {
        amend(b, i, a, Item::Actor, "Edit actor notes", cmds, |n| {
            n.notes = text;
        });
    }
}
