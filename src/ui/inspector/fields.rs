//! The inspector's building blocks: text fields that commit once per edit, accessible combo
//! boxes, the review row with the admiralty grade, actor and event pickers, the provenance
//! sentence with its time expression marked, and [`amend`], which turns an edited copy of an
//! item into one undoable edit.

use crate::app::{BrieflineApp, Command};
use crate::model::edit::{Edit, Item};
use crate::model::{
    ActorId, Briefing, Credibility, EventId, Grade, Provenance, Reliability, ReviewStatus,
};
use crate::ui::keys_for;
use crate::ui::theme::Palette;
use egui::RichText;

pub(super) fn provenance_ui(app: &BrieflineApp, ui: &mut egui::Ui, p: &Provenance) {
    let b = &app.doc.briefing;
    let Some(src) = b.source(&p.source) else {
        return;
    };
    let Some(sentence) = p.sentence.slice(&src.text) else {
        return;
    };
    ui.label(RichText::new("Provenance").small().strong());
    let mut job = egui::text::LayoutJob::default();
    let color = ui.visuals().text_color();
    let hi = Palette::of(app).news;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let fmt = |c: egui::Color32, bg: egui::Color32| egui::TextFormat {
        font_id: font.clone(),
        color: c,
        background: bg,
        ..Default::default()
    };
    match p.expression.filter(|x| p.sentence.contains(*x)) {
        Some(x) => {
            let a = x.start - p.sentence.start;
            let z = x.end - p.sentence.start;
            job.append(
                sentence.get(..a).unwrap_or(""),
                0.0,
                fmt(color, egui::Color32::TRANSPARENT),
            );
            job.append(
                sentence.get(a..z).unwrap_or(""),
                0.0,
                fmt(color, hi.gamma_multiply(0.35)),
            );
            job.append(
                sentence.get(z..).unwrap_or(""),
                0.0,
                fmt(color, egui::Color32::TRANSPARENT),
            );
        }
        None => job.append(sentence, 0.0, fmt(color, egui::Color32::TRANSPARENT)),
    }
    job.wrap.max_width = ui.available_width();
    ui.label(job);
    ui.label(
        RichText::new(format!(
            "{} · bytes {}–{}",
            src.name, p.sentence.start, p.sentence.end
        ))
        .small()
        .weak(),
    );
}

/// A text field showing `current`; returns the new text when the analyst finishes editing
/// (Enter or focus moves away), so one edit is one undo step.
pub(super) fn text_field(
    ui: &mut egui::Ui,
    label: &str,
    key: &str,
    current: &str,
    multiline: bool,
    focus: bool,
) -> Option<String> {
    let id = ui.scope_id().with(("field", key));
    let mut buf = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_owned());
    let l = ui.label(RichText::new(label).small().strong());
    let te = if multiline {
        egui::TextEdit::multiline(&mut buf).desired_rows(2)
    } else {
        egui::TextEdit::singleline(&mut buf)
    };
    let resp = ui
        .add(te.id(id.with("edit")).desired_width(f32::INFINITY))
        .labelled_by(l.id);
    if focus {
        resp.request_focus();
    }
    if resp.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, buf));
        return None;
    }
    ui.data_mut(|d| d.remove::<String>(id));
    (resp.lost_focus() && buf != current).then_some(buf)
}

/// Gives a combo box (or any widget) an accessible name: screen readers and UI tests find
/// it by what it is for, not by the value it shows.
pub(super) fn name(r: &egui::Response, label: &str) {
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, label));
}

fn review_chip(ui: &mut egui::Ui, review: ReviewStatus) {
    let (text, color) = match review {
        ReviewStatus::Unreviewed => ("○ Unreviewed", ui.visuals().weak_text_color()),
        ReviewStatus::Confirmed => ("✓ Confirmed", egui::Color32::from_rgb(90, 180, 110)),
        ReviewStatus::Rejected => ("× Rejected", egui::Color32::from_rgb(220, 90, 80)),
    };
    ui.label(RichText::new(text).color(color).strong());
}

/// Review buttons, the admiralty grade and Delete, for any reviewable item.
pub(super) fn review_row(
    ui: &mut egui::Ui,
    review: ReviewStatus,
    grade: Grade,
    salt: &str,
    cmds: &mut Vec<Command>,
    regrade: impl Fn(Grade) -> Option<Edit>,
) {
    ui.horizontal_wrapped(|ui| {
        review_chip(ui, review);
        for (status, text) in [
            (ReviewStatus::Confirmed, "✓ Confirm"),
            (ReviewStatus::Rejected, "× Reject"),
        ] {
            let command = Command::SetReview(status);
            if review != status && ui.button(text).on_hover_text(keys_for(&command)).clicked() {
                cmds.push(command);
            }
        }
        if review != ReviewStatus::Unreviewed && ui.button("Mark unreviewed").clicked() {
            cmds.push(Command::SetReview(ReviewStatus::Unreviewed));
        }
        ui.separator();
        grade_combos(ui, grade, salt, cmds, regrade);
        ui.separator();
        if ui.button("Delete").on_hover_text(delete_hint()).clicked() {
            cmds.push(Command::DeleteSelection);
        }
    });
}

fn grade_combos(
    ui: &mut egui::Ui,
    grade: Grade,
    salt: &str,
    cmds: &mut Vec<Command>,
    regrade: impl Fn(Grade) -> Option<Edit>,
) {
    let mut g = grade;
    ui.label(RichText::new("Grade").small());
    let combo = egui::ComboBox::from_id_salt(("reliability", salt))
        .selected_text(g.reliability.map_or_else(
            || "Source ?".to_owned(),
            |r| format!("Source {}", r.letter()),
        ))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut g.reliability, None, "Not graded");
            for r in Reliability::ALL {
                ui.selectable_value(
                    &mut g.reliability,
                    Some(r),
                    format!("{} — {}", r.letter(), r.meaning()),
                );
            }
        });
    name(&combo.response, "Source reliability");
    let _ = combo
        .response
        .on_hover_text("Source reliability (admiralty code A–F)");
    let combo = egui::ComboBox::from_id_salt(("credibility", salt))
        .selected_text(
            g.credibility
                .map_or_else(|| "Info ?".to_owned(), |c| format!("Info {}", c.digit())),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut g.credibility, None, "Not graded");
            for c in Credibility::ALL {
                ui.selectable_value(
                    &mut g.credibility,
                    Some(c),
                    format!("{} — {}", c.digit(), c.meaning()),
                );
            }
        });
    name(&combo.response, "Information credibility");
    let _ = combo
        .response
        .on_hover_text("Information credibility (admiralty code 1–6)");
    if g != grade
        && let Some(e) = regrade(g)
    {
        cmds.push(Command::ApplyEdit(e));
    }
}

/// Actor chips with a remove button each, plus a picker to add one. Returns the new list.
pub(super) fn actor_list_editor(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    ids: &[ActorId],
    salt: &str,
    cmds: &mut Vec<Command>,
) -> Option<Vec<ActorId>> {
    let b = &app.doc.briefing;
    let mut out: Option<Vec<ActorId>> = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Actors:").small().strong());
        for id in ids {
            let name = b.actor_name(id);
            if let Some(i) = b.actors.iter().position(|a| &a.id == id)
                && ui
                    .small_button(name)
                    .on_hover_text("Filter to this actor")
                    .clicked()
            {
                cmds.push(Command::FilterActor(Some(i)));
            }
            let x = ui.small_button("×").on_hover_text(format!("Remove {name}"));
            x.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Remove {name}"))
            });
            if x.clicked() {
                out = Some(ids.iter().filter(|a| *a != id).cloned().collect());
            }
        }
        let mut add: Option<ActorId> = None;
        let combo = egui::ComboBox::from_id_salt(("add_actor", salt))
            .selected_text("+ actor")
            .show_ui(ui, |ui| {
                for a in b.actors.iter().filter(|a| !ids.contains(&a.id)) {
                    if ui.selectable_label(false, &a.name).clicked() {
                        add = Some(a.id.clone());
                    }
                }
            });
        name(&combo.response, "Add actor");
        if let Some(a) = add {
            let mut v = ids.to_vec();
            v.push(a);
            out = Some(v);
        }
    });
    out
}

pub(super) fn event_label(b: &Briefing, id: &EventId) -> String {
    b.event(id).map_or_else(
        || id.to_string(),
        |e| format!("{} — {}", e.date.display(), e.title),
    )
}

/// A picker of events (`None` allowed when `none` is given). Returns the choice made this
/// frame: `Some(None)` is "no event".
#[allow(
    clippy::option_option,
    reason = "nothing picked vs. picked \"no event\" are different answers"
)]
pub(super) fn event_picker(
    ui: &mut egui::Ui,
    b: &Briefing,
    salt: &str,
    current: Option<&EventId>,
    none: Option<&str>,
    placeholder: &str,
    access: &str,
) -> Option<Option<EventId>> {
    let mut picked: Option<Option<EventId>> = None;
    let text = current.map_or_else(|| placeholder.to_owned(), |id| event_label(b, id));
    let combo = egui::ComboBox::from_id_salt(("event_picker", salt))
        .selected_text(text)
        .width(260.0)
        .show_ui(ui, |ui| {
            if let Some(n) = none
                && ui.selectable_label(current.is_none(), n).clicked()
            {
                picked = Some(None);
            }
            for i in b.events_in_time_order() {
                let Some(e) = b.events.get(i) else { continue };
                if ui
                    .selectable_label(current == Some(&e.id), event_label(b, &e.id))
                    .clicked()
                {
                    picked = Some(Some(e.id.clone()));
                }
            }
        });
    name(&combo.response, access);
    picked
}

/// "Del · Ctrl+Z brings it back", from the keymap.
pub(super) fn delete_hint() -> String {
    format!(
        "{} · {} brings it back",
        keys_for(&Command::DeleteSelection),
        keys_for(&Command::Undo)
    )
}

/// Edits a copy of item `index` with `change` and queues the result as one undoable edit.
pub(super) fn amend<T: Clone>(
    b: &Briefing,
    index: usize,
    item: &T,
    wrap: fn(T) -> Item,
    label: &str,
    cmds: &mut Vec<Command>,
    change: impl FnOnce(&mut T),
) {
    let mut n = item.clone();
    change(&mut n);
    update(b, index, wrap(n), label, cmds);
}

pub(super) fn update(b: &Briefing, index: usize, item: Item, label: &str, cmds: &mut Vec<Command>) {
    if let Ok(e) = Edit::update(b, index, item, label) {
        cmds.push(Command::ApplyEdit(e));
    }
}
