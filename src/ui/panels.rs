//! The left panel: quotes (speaker, words, venue, linked event), open questions (with their
//! events) and actors (click to filter everything to one actor).

use super::card;
use super::theme::Palette;
use crate::app::{BrieflineApp, Command, Selection};
use crate::model::ActorKind;
use crate::model::ReviewStatus;
use egui::RichText;

/// The left panel. `reveal`: scroll the selected or linked quote into view.
pub fn left_panel_ui(app: &BrieflineApp, ui: &mut egui::Ui, reveal: bool) -> Vec<Command> {
    let mut cmds = Vec::new();
    egui::ScrollArea::vertical()
        .id_salt("left_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if app.settings.show_sources
                && app.doc.briefing.sources.len() > 1
                && app.event_table.is_none()
            {
                cmds.extend(super::sources::sources_ui(app, ui));
            }
            if app.settings.show_quotes {
                quotes_ui(app, ui, reveal, &mut cmds);
            }
            if app.settings.show_questions {
                questions_ui(app, ui, &mut cmds);
            }
            if app.settings.show_actors {
                actors_ui(app, ui, &mut cmds);
            }
        });
    cmds
}

fn section_header(ui: &mut egui::Ui, title: &str, count: usize, total: usize) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(title);
        let n = if count == total {
            format!("{total}")
        } else {
            format!("{count} of {total}")
        };
        ui.label(RichText::new(n).weak());
    });
}

fn event_title(app: &BrieflineApp, id: &crate::model::EventId) -> Option<(usize, String)> {
    let b = &app.doc.briefing;
    let i = b.events.iter().position(|e| &e.id == id)?;
    let e = &b.events[i];
    Some((i, format!("{} · {}", e.date.display(), e.title)))
}

fn quotes_ui(app: &BrieflineApp, ui: &mut egui::Ui, reveal: bool, cmds: &mut Vec<Command>) {
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    let focused = app.focused_event();
    let visible: Vec<usize> = (0..b.quotes.len())
        .filter(|&i| {
            let q = &b.quotes[i];
            let actor_ok = app.actor_filter.is_none_or(|a| {
                b.actors
                    .get(a)
                    .is_some_and(|a| q.speaker.as_ref() == Some(&a.id))
            });
            let search_ok =
                !app.search_results.is_active() || app.search_results.quotes.contains(&i);
            actor_ok && search_ok && app.shows_quote(q)
        })
        .collect();
    section_header(ui, "Quotes", visible.len(), b.quotes.len());
    if visible.is_empty() {
        ui.label(RichText::new("No quotes match.").weak());
    }
    let shown = capped(
        &visible,
        match app.selection {
            Selection::Quote(q) => Some(q),
            _ => None,
        },
    );
    let shown_len = shown.len();
    for i in shown {
        let q = &b.quotes[i];
        let linked = focused.is_some_and(|e| {
            b.events
                .get(e)
                .is_some_and(|e| q.event.as_ref() == Some(&e.id))
        });
        let selected = app.selection == Selection::Quote(i);
        let speaker = q
            .speaker
            .as_ref()
            .map_or("Unattributed", |s| b.actor_name(s));
        let resp = card(
            ui,
            pal.quote,
            selected || linked,
            &format!("Quote by {speaker}"),
            |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(speaker).strong().color(pal.quote));
                    if let Some(v) = &q.venue {
                        ui.label(RichText::new(v).weak());
                    }
                    if linked && !selected {
                        ui.label(RichText::new("linked").small().color(pal.news));
                    }
                    status_badges(ui, q.review, q.grade);
                });
                let text = RichText::new(format!("“{}”", q.text)).italics();
                ui.label(if q.review == ReviewStatus::Rejected {
                    text.strikethrough().weak()
                } else {
                    text
                });
                if let Some((ei, title)) = q.event.as_ref().and_then(|id| event_title(app, id))
                    && ui
                        .link(RichText::new(format!("↳ {title}")).small())
                        .on_hover_text("Select this event")
                        .clicked()
                {
                    cmds.push(Command::Select(Selection::Event(ei)));
                }
            },
        );
        let resp = resp.on_hover_ui(|ui| {
            if let Some(s) = q.provenance.as_ref().and_then(|p| b.sentence_text(p)) {
                ui.label(RichText::new("From the article:").weak());
                ui.label(s);
            }
        });
        if resp.clicked() {
            cmds.push(Command::Select(Selection::Quote(i)));
        }
        if (selected || linked) && reveal {
            resp.scroll_to_me(Some(egui::Align::Center));
        }
        ui.add_space(4.0);
    }
    more_note(ui, visible.len(), shown_len);
}

fn questions_ui(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    let focused = app
        .focused_event()
        .and_then(|e| b.events.get(e))
        .map(|e| e.id.clone());
    let visible: Vec<usize> = (0..b.questions.len())
        .filter(|&i| {
            let q = &b.questions[i];
            let actor_ok = app
                .actor_filter
                .is_none_or(|a| b.actors.get(a).is_some_and(|a| q.actors.contains(&a.id)));
            let search_ok =
                !app.search_results.is_active() || app.search_results.questions.contains(&i);
            actor_ok && search_ok && app.shows_question(q)
        })
        .collect();
    ui.add_space(6.0);
    section_header(ui, "Open questions", visible.len(), b.questions.len());
    if visible.is_empty() {
        ui.label(RichText::new("No open questions match.").weak());
    }
    let shown = capped(
        &visible,
        match app.selection {
            Selection::Question(q) => Some(q),
            _ => None,
        },
    );
    let shown_len = shown.len();
    for i in shown {
        let q = &b.questions[i];
        let linked = focused.as_ref().is_some_and(|id| q.events.contains(id));
        let selected = app.selection == Selection::Question(i);
        let resp = card(
            ui,
            pal.question,
            selected || linked,
            &format!("Open question: {}", q.text),
            |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("?").strong().color(pal.question));
                    let text = RichText::new(&q.text);
                    ui.label(if q.review == ReviewStatus::Rejected {
                        text.strikethrough().weak()
                    } else {
                        text
                    });
                    status_badges(ui, q.review, q.grade);
                });
                for id in &q.events {
                    if let Some((ei, title)) = event_title(app, id)
                        && ui
                            .link(RichText::new(format!("↳ {title}")).small())
                            .clicked()
                    {
                        cmds.push(Command::Select(Selection::Event(ei)));
                    }
                }
            },
        );
        let resp = resp.on_hover_ui(|ui| {
            if let Some(s) = q.provenance.as_ref().and_then(|p| b.sentence_text(p)) {
                ui.label(RichText::new("From the article:").weak());
                ui.label(s);
            }
        });
        if resp.clicked() {
            cmds.push(Command::Select(Selection::Question(i)));
        }
        ui.add_space(4.0);
    }
    more_note(ui, visible.len(), shown_len);
}

fn actors_ui(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let b = &app.doc.briefing;
    let pal = Palette::of(app);
    ui.add_space(6.0);
    section_header(ui, "Actors", b.actors.len(), b.actors.len());
    ui.label(
        RichText::new("Click an actor to filter the briefing to it.")
            .small()
            .weak(),
    );
    for kind in [
        ActorKind::Person,
        ActorKind::Country,
        ActorKind::Organisation,
        ActorKind::Group,
    ] {
        let members: Vec<usize> = (0..b.actors.len())
            .filter(|&i| b.actors[i].kind == kind)
            .collect();
        if members.is_empty() {
            continue;
        }
        let label = match kind {
            ActorKind::Person => "People",
            ActorKind::Country => "Countries",
            ActorKind::Organisation => "Organisations",
            ActorKind::Group => "Groups",
        };
        ui.label(RichText::new(label).small().strong());
        ui.horizontal_wrapped(|ui| {
            for i in members {
                let a = &b.actors[i];
                let on = app.actor_filter == Some(i);
                let searched =
                    app.search_results.is_active() && app.search_results.actors.contains(&i);
                let text = RichText::new(format!("{} ({})", a.name, a.mentions))
                    .color(if on || searched { pal.actor } else { pal.text });
                let r = ui.selectable_label(on, text);
                let r = r.on_hover_ui(|ui| {
                    ui.label(RichText::new(&a.name).strong());
                    if let Some(t) = &a.title {
                        ui.label(format!("Title: {t}"));
                    }
                    if let Some(role) = &a.role {
                        ui.label(format!("Role: {role}"));
                    }
                    if !a.aliases.is_empty() {
                        ui.label(format!("Also: {}", a.aliases.join(", ")));
                    }
                    ui.label(format!("{} mention(s), {}", a.mentions, a.kind.as_str()));
                });
                if r.clicked() {
                    cmds.push(Command::FilterActor(if on { None } else { Some(i) }));
                }
            }
        });
    }
}

/// The review state and grade of an item, compact: "✓ B2", "○", "× E5".
pub(crate) fn status_badges(ui: &mut egui::Ui, review: ReviewStatus, grade: crate::model::Grade) {
    let (mark, color, what) = match review {
        ReviewStatus::Unreviewed => ("○", ui.visuals().weak_text_color(), "Unreviewed"),
        ReviewStatus::Confirmed => ("✓", egui::Color32::from_rgb(90, 180, 110), "Confirmed"),
        ReviewStatus::Rejected => ("×", egui::Color32::from_rgb(220, 90, 80), "Rejected"),
    };
    ui.label(RichText::new(mark).small().color(color))
        .on_hover_text(what);
    if let Some(code) = grade.code() {
        ui.label(RichText::new(code).small().monospace())
            .on_hover_text("Admiralty grade: source reliability, information credibility");
    }
}

/// Cards drawn per list at most: a frame's cost stays flat for articles with thousands of
/// quotes (search or an actor filter narrows the list).
pub const MAX_CARDS: usize = 200;

/// The first [`MAX_CARDS`] of `visible`, plus the selected item if it is further down.
fn capped(visible: &[usize], selected: Option<usize>) -> Vec<usize> {
    let mut shown: Vec<usize> = visible.iter().copied().take(MAX_CARDS).collect();
    if let Some(s) = selected
        && !shown.contains(&s)
        && visible.contains(&s)
    {
        shown.push(s);
    }
    shown
}

/// "… and 1,234 more" under a capped list.
fn more_note(ui: &mut egui::Ui, visible: usize, shown: usize) {
    if visible > shown {
        ui.label(
            RichText::new(format!(
                "… and {} more: search (Ctrl+F) or pick an actor to narrow the list",
                visible - shown
            ))
            .small()
            .weak(),
        );
    }
}
