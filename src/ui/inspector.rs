//! The inspector: everything about the selected item — full text, date with its precision
//! and how it was resolved, the provenance sentence, actors and links.

use super::keys_for;
use super::theme::Palette;
use crate::app::{BrieflineApp, Command, PRECISIONS, Selection};
use crate::model::edit::{Edit, Item, ItemKind};
use crate::model::{
    ActorId, ActorKind, Briefing, Credibility, DateValue, EventId, EventKind, Grade, Precision,
    Provenance, QuestionStatus, Reliability, ReviewStatus,
};
use egui::RichText;

fn provenance_ui(app: &BrieflineApp, ui: &mut egui::Ui, p: &Provenance) {
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

fn precision_text(p: Precision) -> &'static str {
    match p {
        Precision::Year => "year precision (the whole year)",
        Precision::Month => "month precision",
        Precision::Week => "week precision",
        Precision::Day => "day precision",
        Precision::Time => "time of day",
        Precision::Unknown => "unresolved",
    }
}

/// A text field showing `current`; returns the new text when the analyst finishes editing
/// (Enter or focus moves away), so one edit is one undo step.
fn text_field(
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

/// Markdown notes: an editor with a preview underneath. Returns new text when edited.
pub fn notes_editor(ui: &mut egui::Ui, key: &str, current: &str, rows: usize) -> Option<String> {
    let id = ui.scope_id().with(("notes", key));
    let mut buf = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_owned());
    let l = ui.label(RichText::new("Notes (Markdown)").small().strong());
    let resp = ui
        .add(
            egui::TextEdit::multiline(&mut buf)
                .id(id.with("edit"))
                .desired_rows(rows)
                .hint_text("Your notes: context, doubts, follow-ups…")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
    let out = if resp.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, buf.clone()));
        None
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
        (resp.lost_focus() && buf != current).then(|| buf.clone())
    };
    if !buf.trim().is_empty() {
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .inner_margin(6.0)
            .corner_radius(4.0)
            .show(ui, |ui| markdown_preview(ui, &buf));
    }
    out
}

/// A small Markdown renderer for notes: headings, bullet lists, **bold** and paragraphs.
fn markdown_preview(ui: &mut egui::Ui, text: &str) {
    for line in text.lines() {
        let t = line.trim_end();
        if t.trim().is_empty() {
            ui.add_space(4.0);
            continue;
        }
        let (t, size, bullet) = if let Some(h) = t.strip_prefix("### ") {
            (h, 14.0, false)
        } else if let Some(h) = t.strip_prefix("## ") {
            (h, 16.0, false)
        } else if let Some(h) = t.strip_prefix("# ") {
            (h, 18.0, false)
        } else if let Some(b) = t
            .trim_start()
            .strip_prefix("- ")
            .or_else(|| t.trim_start().strip_prefix("* "))
        {
            (b, 0.0, true)
        } else {
            (t, 0.0, false)
        };
        let mut job = egui::text::LayoutJob::default();
        let font = if size > 0.0 {
            egui::FontId::proportional(size)
        } else {
            egui::TextStyle::Body.resolve(ui.style())
        };
        let color = ui.visuals().text_color();
        if bullet {
            job.append("•  ", 0.0, egui::TextFormat::simple(font.clone(), color));
        }
        for (k, part) in t.split("**").enumerate() {
            let strong = k % 2 == 1 || size > 0.0;
            let c = if strong {
                ui.visuals().strong_text_color()
            } else {
                color
            };
            job.append(part, 0.0, egui::TextFormat::simple(font.clone(), c));
        }
        job.wrap.max_width = ui.available_width();
        ui.label(job);
    }
}

/// Gives a combo box (or any widget) an accessible name: screen readers and UI tests find
/// it by what it is for, not by the value it shows.
fn name(r: &egui::Response, label: &str) {
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
fn review_row(
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
fn actor_list_editor(
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

fn event_label(b: &Briefing, id: &EventId) -> String {
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
fn event_picker(
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

fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Year => "Year",
        Precision::Month => "Month",
        Precision::Week => "Week",
        Precision::Day => "Day",
        Precision::Time => "Time of day",
        Precision::Unknown => "Unknown",
    }
}

/// "Del · Ctrl+Z brings it back", from the keymap.
fn delete_hint() -> String {
    format!(
        "{} · {} brings it back",
        keys_for(&Command::DeleteSelection),
        keys_for(&Command::Undo)
    )
}

/// Date picker, precision, circa and open-ended. Returns the new date when changed. An
/// undated event's picker starts at `today` (the app's injected date).
fn date_editor(
    ui: &mut egui::Ui,
    date: &DateValue,
    salt: &str,
    today: chrono::NaiveDate,
) -> Option<DateValue> {
    let day = date.start.unwrap_or(today);
    let mut picked = super::dates::jiff_from_chrono(day);
    let mut precision = if date.is_resolved() {
        date.precision
    } else {
        Precision::Day
    };
    let mut approximate = date.approximate;
    let mut open_ended = date.open_ended;
    let mut time_text = date
        .time
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default();
    let mut out = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Date").small().strong());
        ui.add(
            egui_extras::DatePickerButton::new(&mut picked)
                .id_salt(&format!("date_{salt}"))
                .show_icon(false)
                .calendar_week(false),
        );
        let combo = egui::ComboBox::from_id_salt(("precision", salt))
            .selected_text(precision_name(precision))
            .show_ui(ui, |ui| {
                for p in PRECISIONS {
                    ui.selectable_value(&mut precision, p, precision_name(p));
                }
            });
        name(&combo.response, "Precision");
        let _ = combo
            .response
            .on_hover_text("How precisely the date is known");
        if precision == Precision::Time {
            let r = ui.add(
                egui::TextEdit::singleline(&mut time_text)
                    .desired_width(48.0)
                    .hint_text("HH:MM"),
            );
            if r.lost_focus()
                && let Ok(t) = chrono::NaiveTime::parse_from_str(time_text.trim(), "%H:%M")
                && let Some(d) = super::dates::chrono_from_jiff(picked)
            {
                let mut v = DateValue::at(d, t);
                v.approximate = approximate;
                out = Some(v);
            }
        }
        ui.checkbox(&mut approximate, "circa")
            .on_hover_text("The date is approximate");
        ui.checkbox(&mut open_ended, "open-ended")
            .on_hover_text("Began then and has not ended");
    });
    let new_day = super::dates::chrono_from_jiff(picked).unwrap_or(day);
    if out.is_none()
        && (new_day != day
            || precision != date.precision
            || approximate != date.approximate
            || open_ended != date.open_ended)
    {
        let mut v = DateValue::at_precision(new_day, precision, date.time);
        v.approximate = approximate;
        v.open_ended = open_ended;
        if &v != date {
            out = Some(v);
        }
    }
    out
}

/// Edits a copy of item `index` with `change` and queues the result as one undoable edit.
fn amend<T: Clone>(
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

fn update(b: &Briefing, index: usize, item: Item, label: &str, cmds: &mut Vec<Command>) {
    if let Ok(e) = Edit::update(b, index, item, label) {
        cmds.push(Command::ApplyEdit(e));
    }
}

fn event_ui(app: &BrieflineApp, ui: &mut egui::Ui, i: usize, focus: bool, cmds: &mut Vec<Command>) {
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

fn quote_ui(app: &BrieflineApp, ui: &mut egui::Ui, i: usize, focus: bool, cmds: &mut Vec<Command>) {
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
    if let Some(text) = notes_editor(ui, salt, &q.notes, 3) {
        amend(b, i, q, Item::Quote, "Edit quote notes", cmds, |n| {
            n.notes = text;
        });
    }
}

fn question_ui(
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

fn actor_ui(app: &BrieflineApp, ui: &mut egui::Ui, i: usize, focus: bool, cmds: &mut Vec<Command>) {
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
                ui.label(RichText::new("Select an event on the timeline, a quote or an open question to see its details and where it came from, and to edit, grade and review it. Tab walks the events in time order; N adds an event.").weak());
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
            Selection::Event(i) => event_ui(this, ui, i, focus, &mut cmds),
            Selection::Quote(i) => quote_ui(this, ui, i, focus, &mut cmds),
            Selection::Question(i) => question_ui(this, ui, i, focus, &mut cmds),
            Selection::Actor(i) => actor_ui(this, ui, i, focus, &mut cmds),
        });
    cmds
}
