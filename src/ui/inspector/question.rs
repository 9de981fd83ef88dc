//! The inspector's form for an open question: its text, status, related events,
//! provenance, actors, notes; review and grade.

use super::fields::{
    actor_list_editor, amend, event_label, event_picker, provenance_ui, review_row, text_field,
};
use super::notes::notes_editor;
use crate::app::{BrieflineApp, Command, Selection};
use crate::model::QuestionStatus;
use crate::model::edit::{Edit, Item};
use crate::ui::theme::Palette;
use egui::RichText;

pub(super) fn question_ui(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    i: usize,
    focus: bool,
    cmds: &mut Vec<Command>,
) {
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    let Some(q) = b.questions.get(i) else { return };
    let salt = q.id.as_str();
    ui.heading(RichText::new("Open question").color(pal.question));
    review_row(ui, q.review, q.grade, salt, cmds, |g| {
        let mut n = q.clone();
        n.grade = g;
        Edit::update(b, i, Item::Question(n), "Grade question").ok()
    });
    if let Some(t) = text_field(
        ui,
        "Question",
        &format!("text_{salt}"),
        &q.text,
        true,
        focus,
    ) {
        amend(b, i, q, Item::Question, "Edit question", cmds, |n| {
            n.text = t;
        });
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Status").small().strong());
        let mut status = q.status;
        for (s, name) in [
            (QuestionStatus::Open, "Open"),
            (QuestionStatus::Answered, "Answered"),
            (QuestionStatus::Dropped, "Dropped"),
        ] {
            ui.radio_value(&mut status, s, name);
        }
        if status != q.status {
            amend(
                b,
                i,
                q,
                Item::Question,
                "Change question status",
                cmds,
                |n| n.status = status,
            );
        }
    });
    ui.label(RichText::new("Related events").small().strong());
    for id in &q.events {
        ui.horizontal(|ui| {
            if let Some(ei) = b.events.iter().position(|e| &e.id == id)
                && ui.link(format!("Event: {}", b.events[ei].title)).clicked()
            {
                cmds.push(Command::Select(Selection::Event(ei)));
            }
            let label = format!("Unlink {}", event_label(b, id));
            let x = ui.small_button("×").on_hover_text(&label);
            x.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            if x.clicked() {
                amend(b, i, q, Item::Question, "Unlink event", cmds, |n| {
                    n.events.retain(|e| e != id);
                });
            }
        });
    }
    if let Some(Some(ev)) = event_picker(
        ui,
        b,
        &format!("q_add_event_{salt}"),
        None,
        None,
        "+ related event",
        "Add related event",
    ) && !q.events.contains(&ev)
    {
        amend(b, i, q, Item::Question, "Relate event", cmds, |n| {
            n.events.push(ev);
        });
    }
    if let Some(p) = &q.provenance {
        provenance_ui(app, ui, p);
    }
    let mentions: Vec<_> = q.mentions().collect();
    super::mentions::mentions_ui(app, ui, &mentions, &[], false, cmds);
    if let Some(actors) = actor_list_editor(app, ui, &q.actors, salt, cmds) {
        amend(
            b,
            i,
            q,
            Item::Question,
            "Change question actors",
            cmds,
            |n| n.actors = actors,
        );
    }
    if let Some(text) = notes_editor(ui, salt, &q.notes, 3) {
        amend(b, i, q, Item::Question, "Edit question notes", cmds, |n| {
            n.notes = text;
        });
    }
}
