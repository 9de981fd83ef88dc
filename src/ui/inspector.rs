//! The inspector: everything about the selected item — full text, date with its precision
//! and how it was resolved, the provenance sentence, actors and links.

use crate::app::{BrieflineApp, Command, Selection};
use crate::model::{ActorId, Precision, Provenance};
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
    let hi = app.palette().news;
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

fn actor_chips(app: &BrieflineApp, ui: &mut egui::Ui, ids: &[ActorId], cmds: &mut Vec<Command>) {
    if ids.is_empty() {
        return;
    }
    let b = &app.doc.briefing;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Actors:").small().strong());
        for id in ids {
            if let Some(i) = b.actors.iter().position(|a| &a.id == id)
                && ui
                    .small_button(&b.actors[i].name)
                    .on_hover_text("Filter to this actor")
                    .clicked()
            {
                cmds.push(Command::FilterActor(Some(i)));
            }
        }
    });
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

pub fn inspector_ui(app: &BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    let mut cmds = Vec::new();
    let b = &app.doc.briefing;
    let pal = app.palette();
    ui.add_space(4.0);
    egui::ScrollArea::vertical().id_salt("inspector_scroll").auto_shrink([false, false]).show(ui, |ui| {
        match app.selection {
            Selection::None => {
                ui.heading("Inspector");
                ui.label(RichText::new("Select an event on the timeline, a quote or an open question to see its details and where it came from. Tab walks the events in time order.").weak());
                let s = format!(
                    "{} events · {} quotes · {} open questions · {} actors",
                    b.events.len(),
                    b.quotes.len(),
                    b.questions.len(),
                    b.actors.len()
                );
                ui.label(s);
            }
            Selection::Event(i) => {
                let Some(e) = b.events.get(i) else { return };
                ui.horizontal(|ui| {
                    ui.heading(RichText::new(&e.title).color(pal.event(e.kind)));
                    ui.label(RichText::new(e.kind.as_str()).small().weak());
                });
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(e.date.display()).strong());
                    ui.label(RichText::new(precision_text(if e.date.is_resolved() { e.date.precision } else { Precision::Unknown })).weak());
                    if e.date.approximate {
                        ui.label(RichText::new("approximate").weak());
                    }
                });
                ui.label(RichText::new(b.explain_date(e)).small());
                if let Some(p) = &e.provenance {
                    provenance_ui(app, ui, p);
                }
                actor_chips(app, ui, &e.actors, &mut cmds);
                let quotes: Vec<usize> = (0..b.quotes.len()).filter(|&q| b.quotes[q].event.as_ref() == Some(&e.id)).collect();
                if !quotes.is_empty() {
                    ui.label(RichText::new(format!("Linked quotes ({})", quotes.len())).small().strong());
                    for q in quotes {
                        let qt = &b.quotes[q];
                        let who = qt.speaker.as_ref().map_or("Unattributed", |s| b.actor_name(s));
                        if ui.link(format!("{who}: “{}”", qt.text)).clicked() {
                            cmds.push(Command::Select(Selection::Quote(q)));
                        }
                    }
                }
                let qs: Vec<usize> = (0..b.questions.len()).filter(|&q| b.questions[q].events.contains(&e.id)).collect();
                if !qs.is_empty() {
                    ui.label(RichText::new(format!("Open questions ({})", qs.len())).small().strong());
                    for q in qs {
                        if ui.link(format!("? {}", b.questions[q].text)).clicked() {
                            cmds.push(Command::Select(Selection::Question(q)));
                        }
                    }
                }
            }
            Selection::Quote(i) => {
                let Some(q) = b.quotes.get(i) else { return };
                let who = q.speaker.as_ref().map_or("Unattributed", |s| b.actor_name(s));
                ui.heading(RichText::new(format!("Quote — {who}")).color(pal.quote));
                ui.label(RichText::new(format!("“{}”", q.text)).italics().size(16.0));
                ui.horizontal_wrapped(|ui| {
                    if let Some(m) = &q.speaker_mention {
                        ui.label(RichText::new(format!("Speaker as written: “{m}”")).small());
                    }
                    if let Some(v) = &q.venue {
                        ui.label(RichText::new(format!("Venue: {v}")).small());
                    }
                });
                if let Some(id) = &q.event
                    && let Some(ei) = b.events.iter().position(|e| &e.id == id)
                    && ui.link(format!("Event: {}", b.events[ei].title)).clicked()
                {
                    cmds.push(Command::Select(Selection::Event(ei)));
                }
                if let Some(p) = &q.provenance {
                    provenance_ui(app, ui, p);
                }
                if let Some(s) = &q.speaker {
                    actor_chips(app, ui, std::slice::from_ref(s), &mut cmds);
                }
            }
            Selection::Question(i) => {
                let Some(q) = b.questions.get(i) else { return };
                ui.heading(RichText::new("Open question").color(pal.question));
                ui.label(RichText::new(&q.text).size(16.0));
                for id in &q.events {
                    if let Some(ei) = b.events.iter().position(|e| &e.id == id)
                        && ui.link(format!("Event: {}", b.events[ei].title)).clicked()
                    {
                        cmds.push(Command::Select(Selection::Event(ei)));
                    }
                }
                if let Some(p) = &q.provenance {
                    provenance_ui(app, ui, p);
                }
                actor_chips(app, ui, &q.actors, &mut cmds);
            }
            Selection::Actor(i) => {
                let Some(a) = b.actors.get(i) else { return };
                ui.heading(RichText::new(&a.name).color(pal.actor));
                ui.label(format!("{} · {} mention(s)", a.kind.as_str(), a.mentions));
                if let Some(t) = &a.title {
                    ui.label(format!("Title: {t}"));
                }
                if let Some(r) = &a.role {
                    ui.label(format!("Role: {r}"));
                }
                if !a.aliases.is_empty() {
                    ui.label(format!("Also called: {}", a.aliases.join(", ")));
                }
                let n_events = b.events.iter().filter(|e| e.actors.contains(&a.id)).count();
                let n_quotes = b.quotes.iter().filter(|q| q.speaker.as_ref() == Some(&a.id)).count();
                ui.label(format!("{n_events} event(s), {n_quotes} quote(s). The briefing is filtered to this actor; Esc clears."));
            }
        }
    });
    cmds
}
