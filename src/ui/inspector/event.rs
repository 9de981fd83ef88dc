//! The inspector's form for an event: title, date and precision, kind, how the date was
//! resolved, provenance, actors, linked quotes and questions, notes; review, grade, merge.

use super::date::{date_editor, precision_text};
use super::fields::{
    actor_list_editor, amend, event_picker, name, provenance_ui, review_row, text_field,
};
use super::notes::notes_editor;
use crate::app::{BrieflineApp, Command, Selection};
use crate::model::edit::{Edit, Item};
use crate::model::{EventKind, Precision};
use crate::ui::theme::Palette;
use egui::RichText;

pub(super) fn event_ui(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    i: usize,
    focus: bool,
    cmds: &mut Vec<Command>,
) {
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    let Some(e) = b.events.get(i) else { return };
    let salt = e.id.as_str();
    ui.horizontal(|ui| {
        ui.heading(RichText::new(&e.title).color(pal.event(e.kind)));
        ui.label(
            RichText::new(if e.origin == crate::model::Origin::Analyst {
                "added by you"
            } else {
                "extracted"
            })
            .small()
            .weak(),
        );
    });
    review_row(ui, e.review, e.grade, salt, cmds, |g| {
        let mut n = e.clone();
        n.grade = g;
        Edit::update(b, i, Item::Event(n), "Grade event").ok()
    });
    ui.horizontal(|ui| {
        ui.label(RichText::new("Duplicate of").small().strong());
        if let Some(Some(keep)) = event_picker(
            ui,
            b,
            &format!("merge_{salt}"),
            None,
            None,
            "Merge into…",
            "Merge event into",
        ) && let Some(k) = b.events.iter().position(|x| x.id == keep)
            && k != i
        {
            cmds.push(Command::MergeInto(k));
        }
    });
    if let Some(t) = text_field(
        ui,
        "Title",
        &format!("title_{salt}"),
        &e.title,
        false,
        focus,
    ) {
        amend(b, i, e, Item::Event, "Rename event", cmds, |n| n.title = t);
    }
    if let Some(d) = date_editor(ui, &e.date, salt, app.today) {
        amend(b, i, e, Item::Event, "Change event date", cmds, |n| {
            n.date = d;
            // A date the analyst set is pinned: it no longer follows the reference date.
            n.anchor = None;
        });
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(e.date.display()).strong());
        ui.label(
            RichText::new(precision_text(if e.date.is_resolved() {
                e.date.precision
            } else {
                Precision::Unknown
            }))
            .weak(),
        );
        let mut kind = e.kind;
        let combo = egui::ComboBox::from_id_salt(("kind", salt))
            .selected_text(kind.label())
            .show_ui(ui, |ui| {
                for k in EventKind::ALL {
                    ui.selectable_value(&mut kind, k, k.label());
                }
            });
        name(&combo.response, "Event kind");
        let _ = combo
            .response
            .on_hover_text("The event's role in the story");
        if kind != e.kind {
            amend(b, i, e, Item::Event, "Change event kind", cmds, |n| {
                n.kind = kind;
            });
        }
    });
    ui.label(RichText::new(b.explain_date(e)).small());
    if let Some(p) = &e.provenance {
        provenance_ui(app, ui, p);
    }
    let mentions: Vec<_> = e.mentions().collect();
    let linked = super::mentions::Linked::of_event(e);
    super::mentions::mentions_ui(app, ui, &mentions, &linked, true, cmds);
    super::mentions::conflicts_ui(app, ui, e);
    if let Some(actors) = actor_list_editor(app, ui, &e.actors, salt, cmds) {
        amend(b, i, e, Item::Event, "Change event actors", cmds, |n| {
            n.actors = actors;
        });
    }
    let quotes: Vec<usize> = (0..b.quotes.len())
        .filter(|&q| b.quotes[q].event.as_ref() == Some(&e.id))
        .collect();
    if !quotes.is_empty() {
        ui.label(
            RichText::new(format!("Linked quotes ({})", quotes.len()))
                .small()
                .strong(),
        );
        for q in quotes {
            let qt = &b.quotes[q];
            let who = qt
                .speaker
                .as_ref()
                .map_or("Unattributed", |s| b.actor_name(s));
            if ui.link(format!("{who}: “{}”", qt.text)).clicked() {
                cmds.push(Command::Select(Selection::Quote(q)));
            }
        }
    }
    let qs: Vec<usize> = (0..b.questions.len())
        .filter(|&q| b.questions[q].events.contains(&e.id))
        .collect();
    if !qs.is_empty() {
        ui.label(
            RichText::new(format!("Open questions ({})", qs.len()))
                .small()
                .strong(),
        );
        for q in qs {
            if ui.link(format!("? {}", b.questions[q].text)).clicked() {
                cmds.push(Command::Select(Selection::Question(q)));
            }
        }
    }
    if let Some(text) = notes_editor(ui, salt, &e.notes, 3) {
        amend(b, i, e, Item::Event, "Edit event notes", cmds, |n| {
            n.notes = text;
        });
    }
}
