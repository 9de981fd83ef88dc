//! The inspector's list of the places an item is reported (a briefing of several sources):
//! each mention with its outlet and sentence, the one the reader shows marked, a button to
//! split an event's mention off; and an event's conflicts, each source's version side by side.

use crate::app::{BrieflineApp, Command};
use crate::model::{Event, Provenance};
use egui::RichText;

/// How a mention without a time word was linked to its event, if it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Linked {
    /// A later sentence of the same source names the happening again ("the agreement").
    RefersBack,
    /// Another outlet's sentence tells it in nearly the same words.
    ByWords,
}

impl Linked {
    /// How each of an event's mentions (in [`Event::mentions`] order) was linked.
    pub(super) fn of_event(e: &Event) -> Vec<Option<Self>> {
        e.provenance
            .iter()
            .map(|_| None)
            .chain(e.other_mentions.iter().map(|m| {
                let untimed = m.title.is_none() && m.date.is_none() && m.trigger.is_none();
                untimed.then_some(if m.at.expression.is_some() {
                    Self::RefersBack
                } else {
                    Self::ByWords
                })
            }))
            .collect()
    }

    fn label(self) -> (&'static str, &'static str) {
        match self {
            Self::RefersBack => (
                "no time word · refers back",
                "Linked without a time word: the sentence names this happening again \
                 (\"the agreement\", \"the vote\") after the source's own report of it.",
            ),
            Self::ByWords => (
                "no time word · by its words",
                "Linked without a time word: the sentence tells this happening in words close \
                 to another outlet's report. Split it off if it is a different happening.",
            ),
        }
    }
}

/// Every mention of the selected item. `split`: offer "Split off" (events); `linked`: how
/// each mention without a time word was linked (events; empty otherwise).
pub(super) fn mentions_ui(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    mentions: &[&Provenance],
    linked: &[Option<Linked>],
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
            if let Some(how) = linked.get(k).copied().flatten() {
                let (label, hover) = how.label();
                ui.label(RichText::new(label).small().italics())
                    .on_hover_text(hover);
            }
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
