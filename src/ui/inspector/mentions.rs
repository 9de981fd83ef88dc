//! The inspector's list of the places an item is reported (a briefing of several sources):
//! each mention with its outlet and sentence, the one the reader shows marked, a button to
//! split an event's mention off; and an event's conflicts, each source's version side by side.

use crate::app::{BrieflineApp, Command};
use crate::model::{Event, Provenance};
use egui::RichText;

/// Every mention of the selected item. `split`: offer "Split off" (events).
pub(super) fn mentions_ui(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    mentions: &[&Provenance],
    split: bool,
    cmds: &mut Vec<Command>,
) {
    if mentions.len() < 2 {
        return;
    }
    let b = &app.doc.briefing;
    let sources = crate::model::mention::distinct_sources(mentions.iter().copied()).len();
    ui.label(
        RichText::new(format!(
            "Reported {} times by {sources} sources",
            mentions.len()
        ))
        .small()
        .strong(),
    );
    let shown = app.current_mention().map(|m| m.index);
    for (k, m) in mentions.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let outlet = b.outlet_of(&m.source);
            let text = RichText::new(format!("{}. {outlet}", k + 1)).strong();
            let text = if shown == Some(k) {
                text.underline()
            } else {
                text
            };
            if ui
                .link(text)
                .on_hover_text("Show this mention in the reader")
                .clicked()
                && let Some(cur) = shown
            {
                let delta = isize::try_from(k).unwrap_or(0) - isize::try_from(cur).unwrap_or(0);
                cmds.push(Command::StepMention(delta));
            }
            let sentence = b.sentence_text(m).unwrap_or("");
            ui.label(RichText::new(short(sentence, 160)).weak());
            if split
                && k > 0
                && ui
                    .small_button("Split off")
                    .on_hover_text("Make this report an event of its own (undoable)")
                    .clicked()
            {
                cmds.push(Command::SplitMention(k));
            }
        });
    }
}

/// The sources' versions of an event they disagree on.
pub(super) fn conflicts_ui(app: &BrieflineApp, ui: &mut egui::Ui, e: &Event) {
    let b = &app.doc.briefing;
    for c in &e.conflicts {
        let what = match &c.kind {
            crate::model::ConflictKind::Date => "the date".to_owned(),
            crate::model::ConflictKind::Figure { unit } => format!("the figure ({unit})"),
        };
        ui.label(
            RichText::new(format!("⚠ Sources disagree on {what}"))
                .strong()
                .color(ui.visuals().warn_fg_color),
        );
        ui.columns(c.versions.len().clamp(1, 4), |cols| {
            for (col, v) in cols.iter_mut().zip(&c.versions) {
                col.label(RichText::new(&v.value).strong());
                col.label(RichText::new(b.outlet_of(&v.source)).small());
            }
        });
    }
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}
