//! Windows of the analyst's workflow: the unsaved-changes question, the recovery offer, the
//! review queue, the briefing notes, and the status bar.

use super::keys_for;
use crate::app::{BrieflineApp, Command, Selection, UnsavedChoice, Window};
use crate::model::ReviewStatus;
use crate::model::edit::Edit;
use egui::RichText;

/// "Save changes before …?" with Save / Don't save / Cancel.
pub fn unsaved_dialog(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let mut cmds = Vec::new();
    let Some(p) = &app.pending else {
        return cmds;
    };
    let r = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading("Unsaved changes");
        ui.label(format!(
            "“{}” has changes that are not saved. Save them {}?",
            app.doc.display_name(),
            p.describe()
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                cmds.push(Command::AnswerUnsaved(UnsavedChoice::Save));
            }
            if ui.button("Don't save").clicked() {
                cmds.push(Command::AnswerUnsaved(UnsavedChoice::Discard));
            }
            if ui.button("Cancel").clicked() {
                cmds.push(Command::AnswerUnsaved(UnsavedChoice::Cancel));
            }
        });
    });
    if r.should_close() {
        cmds.push(Command::AnswerUnsaved(UnsavedChoice::Cancel));
    }
    cmds
}

/// "Restore unsaved work?" after a session that ended without saving.
pub fn recovery_dialog(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let mut cmds = Vec::new();
    let Some(info) = &app.recovery_offer else {
        return cmds;
    };
    egui::Modal::new(egui::Id::unique("recovery_offer")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading("Restore unsaved work?");
        let from = info.original.as_ref().map_or_else(
            || "an unsaved briefing".to_owned(),
            |p| p.display().to_string(),
        );
        let when = if info.written.is_empty() {
            String::new()
        } else {
            format!(" (autosaved {})", info.written)
        };
        ui.label(format!(
            "Briefline did not close normally last time. There are unsaved changes to {from}{when}."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                cmds.push(Command::RestoreRecovery);
            }
            if ui.button("Discard").clicked() {
                cmds.push(Command::DiscardRecovery);
            }
        });
    });
    cmds
}

fn review_label(r: ReviewStatus) -> &'static str {
    match r {
        ReviewStatus::Unreviewed => "○ unreviewed",
        ReviewStatus::Confirmed => "✓ confirmed",
        ReviewStatus::Rejected => "× rejected",
    }
}

/// The review queue: walks unreviewed items; C confirms, X rejects, J / K move.
pub fn review_window(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let mut cmds = Vec::new();
    if !app.show_review {
        return cmds;
    }
    let mut open = true;
    let queue = app.review_queue();
    let b = &app.doc.briefing;
    let total = b.events.len() + b.quotes.len() + b.questions.len();
    egui::Window::new("Review queue")
        .open(&mut open)
        .default_width(420.0)
        .default_pos(ctx.content_rect().right_top() + egui::vec2(-440.0, 90.0))
        .show(ctx, |ui| {
            let done = total - queue.len();
            ui.add(
                egui::ProgressBar::new(if total == 0 {
                    1.0
                } else {
                    done as f32 / total as f32
                })
                .text(format!("{done} of {total} reviewed · {} left", queue.len())),
            );
            let (what, text, review) = match app.selection {
                Selection::Event(i) => b.events.get(i).map_or(("", String::new(), None), |e| {
                    (
                        "Event",
                        format!("{} — {}", e.date.display(), e.title),
                        Some(e.review),
                    )
                }),
                Selection::Quote(i) => b.quotes.get(i).map_or(("", String::new(), None), |q| {
                    let who = q
                        .speaker
                        .as_ref()
                        .map_or("Unattributed", |s| b.actor_name(s));
                    ("Quote", format!("{who}: “{}”", q.text), Some(q.review))
                }),
                Selection::Question(i) => {
                    b.questions.get(i).map_or(("", String::new(), None), |q| {
                        ("Open question", q.text.clone(), Some(q.review))
                    })
                }
                _ => ("", String::new(), None),
            };
            ui.add_space(4.0);
            if let Some(review) = review {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(what).strong());
                    ui.label(RichText::new(review_label(review)).weak());
                });
                ui.label(RichText::new(text).size(15.0));
            } else if queue.is_empty() {
                ui.label("Every item is reviewed.");
            } else {
                ui.label(format!(
                    "Press {} (or Next) to start with the first unreviewed item.",
                    keys_for(&Command::ReviewStep(1))
                ));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let has = review.is_some();
                for (enabled, text, command) in [
                    (
                        has,
                        "✓ Confirm",
                        Command::SetReview(ReviewStatus::Confirmed),
                    ),
                    (has, "× Reject", Command::SetReview(ReviewStatus::Rejected)),
                    (true, "Previous", Command::ReviewStep(-1)),
                    (true, "Next", Command::ReviewStep(1)),
                ] {
                    let label = format!("{text} ({})", keys_for(&command));
                    if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
                        cmds.push(command);
                    }
                }
            });
            ui.label(
                RichText::new("The inspector below shows the item's sentence; edit it there.")
                    .small()
                    .weak(),
            );
        });
    if !open {
        cmds.push(Command::CloseWindow(Window::ReviewQueue));
    }
    cmds
}

/// The whole briefing's notes (Markdown), with a preview.
pub fn notes_window(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let mut cmds = Vec::new();
    if !app.show_notes {
        return cmds;
    }
    let mut open = true;
    egui::Window::new("Briefing notes")
        .open(&mut open)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.label(
                RichText::new(
                    "Markdown: # headings, - lists, **bold**. Exported with the briefing.",
                )
                .small()
                .weak(),
            );
            if let Some(text) =
                super::inspector::notes_editor(ui, "briefing_notes", &app.doc.briefing.notes, 10)
            {
                cmds.push(Command::ApplyEdit(Edit::set_notes(&app.doc.briefing, text)));
            }
        });
    if !open {
        cmds.push(Command::CloseWindow(Window::BriefingNotes));
    }
    cmds
}

/// The bottom line: file, saved state, undo depth, the last status message.
pub fn status_bar(app: &BrieflineApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let name = app.doc.display_name();
        if app.is_dirty() {
            ui.label(RichText::new(format!("● {name} — unsaved changes")).strong())
                .on_hover_text(format!(
                    "{} saves; changes are autosaved for recovery every {} s",
                    keys_for(&Command::Save),
                    crate::app::AUTOSAVE_SECS
                ));
        } else {
            ui.label(RichText::new(name).weak());
        }
        let left = app.unreviewed_count();
        ui.separator();
        ui.label(RichText::new(format!("{left} unreviewed")).weak());
        let g = app.settings.grade_filter;
        if let Some(code) = g.code() {
            ui.separator();
            ui.label(RichText::new(format!("Showing grade {code} or better")).weak());
        }
        if app.settings.hide_rejected {
            ui.separator();
            ui.label(RichText::new("Rejected hidden").weak());
        }
        if !app.status.is_empty() {
            ui.separator();
            ui.label(RichText::new(&app.status).weak());
        }
    });
}
