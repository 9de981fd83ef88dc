//! The inspector's form for a quote: the words, speaker, linked event, venue, provenance,
//! notes; review and grade.

use super::fields::{amend, event_picker, name, provenance_ui, review_row, text_field};
use super::notes::notes_editor;
use crate::app::{BrieflineApp, Command, Selection};
use crate::model::edit::{Edit, Item};
use crate::ui::theme::Palette;
use egui::RichText;

pub(super) fn quote_ui(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    i: usize,
    focus: bool,
    cmds: &mut Vec<Command>,
) {
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    let Some(q) = b.quotes.get(i) else { return };
    let salt = q.id.as_str();
    let who = q
        .speaker
        .as_ref()
        .map_or("Unattributed", |s| b.actor_name(s));
    ui.heading(RichText::new(format!("Quote — {who}")).color(pal.quote));
    review_row(ui, q.review, q.grade, salt, cmds, |g| {
        let mut n = q.clone();
        n.grade = g;
        Edit::update(b, i, Item::Quote(n), "Grade quote").ok()
    });
    if let Some(t) = text_field(
        ui,
        "Quoted words",
        &format!("text_{salt}"),
        &q.text,
        true,
        focus,
    ) {
        amend(b, i, q, Item::Quote, "Edit quote", cmds, |n| n.text = t);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Speaker").small().strong());
        let mut speaker = q.speaker.clone();
        let combo = egui::ComboBox::from_id_salt(("speaker", salt))
            .selected_text(who)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut speaker, None, "Unattributed");
                for a in &b.actors {
                    ui.selectable_value(&mut speaker, Some(a.id.clone()), &a.name);
                }
            });
        name(&combo.response, "Speaker");
        if speaker != q.speaker {
            amend(b, i, q, Item::Quote, "Change speaker", cmds, |n| {
                n.speaker = speaker;
            });
        }
        if let Some(m) = &q.speaker_mention {
            ui.label(RichText::new(format!("as written: “{m}”")).small().weak());
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Linked event").small().strong());
        if let Some(ev) = event_picker(
            ui,
            b,
            &format!("quote_event_{salt}"),
            q.event.as_ref(),
            Some("No event"),
            "No event",
            "Linked event",
        ) {
            amend(b, i, q, Item::Quote, "Link quote to event", cmds, |n| {
                n.event = ev;
            });
        }
        if let Some(id) = &q.event
            && let Some(ei) = b.events.iter().position(|e| &e.id == id)
            && ui.small_button("Go to event").clicked()
        {
            cmds.push(Command::Select(Selection::Event(ei)));
        }
    });
    if let Some(v) = text_field(
        ui,
        "Venue",
        &format!("venue_{salt}"),
        q.venue.as_deref().unwrap_or(""),
        false,
        false,
    ) {
        amend(b, i, q, Item::Quote, "Edit venue", cmds, |n| {
            n.venue = Some(v).filter(|v| !v.trim().is_empty());
        });
    }
    if let Some(p) = &q.provenance {
        provenance_ui(app, ui, p);
    }
    let mentions: Vec<_> = q.mentions().collect();
    super::mentions::mentions_ui(app, ui, &mentions, &[], false, cmds);
    if let Some(text) = notes_editor(ui, salt, &q.notes, 3) {
        amend(b, i, q, Item::Quote, "Edit quote notes", cmds, |n| {
            n.notes = text;
        });
    }
}
