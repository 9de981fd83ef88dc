//! The egui shell: lays out the panels around the timeline, maps keys to [`Command`]s and
//! executes what the panels return. Everything here draws state owned by
//! [`crate::app::BrieflineApp`]; the logic it draws lives in the pure core.

pub mod dates;
mod deck;
pub mod dialogs;
mod editing;
mod export_dialog;
mod inspector;
pub mod loading;
mod panels;
pub mod present;
pub(crate) mod reader;
pub mod search;
pub mod theme;
pub mod timeline_view;
mod top_bar;

use crate::app::{BannerKind, BrieflineApp, Command};
use egui::{Color32, Key, Modifiers, RichText};
use present::Step;

/// Draws one frame of the whole app.
pub fn app_ui(app: &mut BrieflineApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    apply_style(app, &ctx);
    let now = ctx.input(|i| i.time);
    let mut cmds: Vec<Command> = Vec::new();

    if let Some(full) = app.fullscreen_request.take() {
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(full));
    }
    if app.presenting.is_some() {
        presenting_ui(app, ui, now);
        return;
    }

    // Files dropped on the window.
    let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    cmds.extend(dropped.into_iter().map(Command::Open));
    // Closing the window with unsaved changes asks first.
    if ctx.input(|i| i.viewport().close_requested()) && app.is_dirty() && !app.allow_close {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        app.pending = Some(crate::app::Pending::Quit);
    }
    let focused = ctx.input(|i| i.focused);
    if let Some(secs) = app.autosave_tick(now, focused) {
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(secs.max(0.1)));
    }
    if app.pending.is_none() && app.recovery_offer.is_none() {
        shortcuts(app, &ctx, &mut cmds);
    }

    search::update(app);
    ensure_timeline_data(app, &ctx);

    egui::Panel::top("top_bar").show(ui, |ui| {
        cmds.extend(top_bar::top_bar_ui(app, ui));
    });
    loading::loading_ui(app, ui);
    banners_ui(app, ui, &mut cmds);

    let mut show_left =
        app.settings.show_quotes || app.settings.show_questions || app.settings.show_actors;
    egui::Panel::left("left_panel")
        .resizable(true)
        .default_size(300.0)
        .min_size(220.0)
        .show_collapsible(ui, &mut show_left, |ui| {
            cmds.extend(panels::left_panel_ui(app, ui));
        });
    let mut show_reader = app.settings.show_reader;
    egui::Panel::right("reader_panel")
        .resizable(true)
        .default_size(340.0)
        .min_size(220.0)
        .show_collapsible(ui, &mut show_reader, |ui| {
            cmds.extend(reader::reader_ui(app, ui));
        });
    app.settings.show_reader = show_reader;
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        editing::status_bar(app, ui);
    });
    let mut show_inspector = app.settings.show_inspector;
    egui::Panel::bottom("inspector_panel")
        .resizable(true)
        .default_size(270.0)
        .min_size(120.0)
        .show_collapsible(ui, &mut show_inspector, |ui| {
            cmds.extend(inspector::inspector_ui(app, ui));
        });
    app.settings.show_inspector = show_inspector;
    egui::CentralPanel::default().show(ui, |ui| {
        cmds.extend(timeline_view::timeline_panel_ui(app, ui));
    });
    date_editor_ui(app, &ctx, &mut cmds);
    export_dialog::export_window(app, &ctx, &mut cmds);
    deck::deck_window(app, &ctx, &mut cmds);
    editing::review_window(app, &ctx, &mut cmds);
    editing::notes_window(app, &ctx, &mut cmds);
    editing::unsaved_dialog(app, &ctx, &mut cmds);
    editing::recovery_dialog(app, &ctx, &mut cmds);
    shortcuts_window(app, &ctx);

    for c in cmds {
        app.execute_at(c, now);
    }
    if app.timeline.anim.is_some_and(|a| a.is_done(now)) {
        app.timeline.anim = None;
    }
    if app.timeline.anim.is_some() {
        ctx.request_repaint();
    }
    app.settings.ui_scale = ctx.zoom_factor();
    app.was_typing = ctx.text_edit_focused();
    if std::mem::take(&mut app.quit_requested) {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

/// Presentation mode: the whole window is the current step; the presenter view is a second
/// window.
fn presenting_ui(app: &mut BrieflineApp, ui: &mut egui::Ui, now: f64) {
    let ctx = ui.ctx().clone();
    let mut cmds = present::keys(app, &ctx);
    ensure_timeline_data(app, &ctx);
    // Animate the timeline to the step's event when the step changes.
    if let Some(p) = &app.presenting {
        let step = p.step;
        if app.presented_step != Some(step) {
            app.presented_step = Some(step);
            let steps = present::steps(app);
            if let Some(target) = steps.get(step).and_then(|s| present::focus_view(app, *s)) {
                if let (Some(from), Some(Step::Event(_))) = (
                    app.timeline.view.or_else(|| app.fit_view()),
                    steps.get(step),
                ) {
                    app.timeline.anim = Some(crate::timeline::ViewAnimation::new(
                        from,
                        target,
                        now,
                        crate::app::ANIMATION_SECS * 2.0,
                    ));
                }
                app.timeline.view = Some(target);
            }
        }
    }
    egui::CentralPanel::no_frame().show(ui, |ui| {
        cmds.extend(present::presentation_ui(app, ui));
    });
    present::presenter_window(app, &ctx);
    let anim = app.timeline.anim;
    for c in cmds {
        // Clicks on the presentation's timeline do not change selection or zoom.
        if matches!(c, Command::StopPresenting | Command::Quit) {
            app.execute_at(c, now);
        }
    }
    if app.pending.is_some() {
        // "Save changes before quitting?" is asked in the normal window.
        app.execute_at(Command::StopPresenting, now);
    }
    if let Some(a) = anim {
        app.timeline.anim = Some(a);
        if a.is_done(now) {
            app.timeline.anim = None;
        } else {
            ctx.request_repaint();
        }
    }
    if app.presenting.is_none() {
        app.presented_step = None;
    }
}

/// Builds the timeline items when the briefing or the gap setting changed.
fn ensure_timeline_data(app: &mut BrieflineApp, ctx: &egui::Context) {
    if app.timeline_data.is_none()
        && let Some(table) = &app.event_table
    {
        let data = crate::timeline::TimelineData::from_table(
            std::sync::Arc::clone(table),
            app.settings.compress_gaps,
        );
        app.timeline_data = Some(data);
    }
    if app.timeline_data.is_none() {
        let widths = timeline_view::label_measurer(ctx);
        let data = if app.filters_active() {
            // Filtered-out events keep their indices (so selection and links still point
            // at the right events) but get no date on the timeline.
            let mut b = app.doc.briefing.clone();
            for e in &mut b.events {
                if !app.shows(e.review, e.grade) {
                    e.date = crate::model::DateValue::unknown();
                }
            }
            let mut d =
                crate::timeline::TimelineData::build(&b, app.settings.compress_gaps, &widths);
            d.unresolved.retain(|&i| {
                app.doc
                    .briefing
                    .events
                    .get(i)
                    .is_some_and(|e| app.shows(e.review, e.grade))
            });
            d
        } else {
            crate::timeline::TimelineData::build(
                &app.doc.briefing,
                app.settings.compress_gaps,
                &widths,
            )
        };
        app.timeline_data = Some(data);
    }
}

fn apply_style(app: &mut BrieflineApp, ctx: &egui::Context) {
    let want = (app.settings.theme, app.settings.ui_scale);
    if app.applied_theme != Some(want) {
        ctx.set_visuals(app.settings.theme.visuals());
        ctx.global_style_mut(|s| {
            s.spacing.item_spacing = egui::vec2(8.0, 6.0);
            s.spacing.button_padding = egui::vec2(8.0, 4.0);
        });
        if (ctx.zoom_factor() - app.settings.ui_scale).abs() > 1e-3 {
            ctx.set_zoom_factor(app.settings.ui_scale);
        }
        app.applied_theme = Some(want);
    }
}

fn shortcuts(app: &BrieflineApp, ctx: &egui::Context, cmds: &mut Vec<Command>) {
    // egui drops a field's focus on Esc before we see the key: a field focused in the last
    // frame still counts as typing, so Esc ends the edit without also clearing the selection.
    let typing = ctx.text_edit_focused() || app.was_typing;
    ctx.input_mut(|i| {
        let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        if i.consume_key(ctrl_shift, Key::S) {
            cmds.push(Command::SaveAs);
        }
        if i.consume_key(Modifiers::COMMAND, Key::S) {
            cmds.push(Command::Save);
        }
        if !typing {
            // In a text field, Ctrl+Z belongs to the field.
            if i.consume_key(ctrl_shift, Key::Z) || i.consume_key(Modifiers::COMMAND, Key::Y) {
                cmds.push(Command::Redo);
            }
            if i.consume_key(Modifiers::COMMAND, Key::Z) {
                cmds.push(Command::Undo);
            }
        }
        if i.consume_key(Modifiers::COMMAND, Key::O) {
            cmds.push(Command::OpenDialog);
        }
        if i.consume_key(Modifiers::COMMAND, Key::E) {
            cmds.push(Command::ShowExport);
        }
        if i.consume_key(Modifiers::COMMAND, Key::Q) {
            cmds.push(Command::Quit);
        }
        if i.consume_key(Modifiers::COMMAND, Key::F) {
            cmds.push(Command::FocusSearch);
        }
        if i.consume_key(Modifiers::NONE, Key::F5) {
            cmds.push(Command::StartPresenting);
        }
        if i.consume_key(Modifiers::NONE, Key::F1) {
            cmds.push(Command::ShowInspector);
        }
        // In a text field, Esc ends the edit (egui drops the focus) and keeps the selection.
        if !typing && i.consume_key(Modifiers::NONE, Key::Escape) {
            cmds.push(Command::ClearSelection);
        }
        if typing {
            return;
        }
        let pairs = [
            (Modifiers::NONE, Key::Home, Command::FitAll),
            (Modifiers::NONE, Key::Plus, Command::ZoomIn),
            (Modifiers::NONE, Key::Equals, Command::ZoomIn),
            (Modifiers::NONE, Key::Minus, Command::ZoomOut),
            (Modifiers::NONE, Key::ArrowLeft, Command::PanLeft),
            (Modifiers::NONE, Key::ArrowRight, Command::PanRight),
            (Modifiers::NONE, Key::ArrowDown, Command::NextEvent),
            (Modifiers::NONE, Key::ArrowUp, Command::PrevEvent),
            (Modifiers::NONE, Key::Tab, Command::NextEvent),
            (Modifiers::SHIFT, Key::Tab, Command::PrevEvent),
            (Modifiers::NONE, Key::Enter, Command::ShowInspector),
            (Modifiers::NONE, Key::Z, Command::ZoomToSelection),
            (Modifiers::NONE, Key::G, Command::ToggleGaps),
            (Modifiers::NONE, Key::Delete, Command::DeleteSelection),
            (
                Modifiers::NONE,
                Key::C,
                Command::SetReview(crate::model::ReviewStatus::Confirmed),
            ),
            (
                Modifiers::NONE,
                Key::X,
                Command::SetReview(crate::model::ReviewStatus::Rejected),
            ),
            (
                Modifiers::NONE,
                Key::N,
                Command::Add(crate::model::edit::ItemKind::Event),
            ),
            (Modifiers::NONE, Key::R, Command::ShowReviewQueue),
            (Modifiers::NONE, Key::J, Command::ReviewStep(1)),
            (Modifiers::NONE, Key::K, Command::ReviewStep(-1)),
        ];
        for (m, k, c) in pairs {
            if i.consume_key(m, k) {
                cmds.push(c);
            }
        }
    });
    let _ = app;
}

fn banners_ui(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    // Event lists carry absolute dates: nothing for a publication date to resolve.
    let no_date = app.doc.briefing.meta.reference_date.is_none() && app.event_table.is_none();
    if app.banners.is_empty() && !no_date {
        return;
    }
    egui::Panel::top("banners").show(ui, |ui| {
        if no_date {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new("This article has no known publication date: relative dates (\"on Wednesday\") are unresolved.")
                        .color(app.palette().news),
                );
                if ui.button("Set publication date…").clicked() {
                    cmds.push(Command::EditReferenceDate);
                }
            });
        }
        for (i, b) in app.banners.iter().enumerate() {
            let (icon, color) = match b.kind {
                BannerKind::Error => ("⚠", Color32::from_rgb(230, 80, 70)),
                BannerKind::Warning => ("⚠", Color32::from_rgb(230, 170, 40)),
                BannerKind::Info => ("•", app.palette().weak),
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(icon).color(color));
                ui.label(RichText::new(&b.text).color(color));
                if ui.small_button("Dismiss").on_hover_text("Hide this message").clicked() {
                    cmds.push(Command::DismissBanner(i));
                }
            });
        }
    });
}

fn date_editor_ui(app: &mut BrieflineApp, ctx: &egui::Context, cmds: &mut Vec<Command>) {
    let Some(ed) = app.date_editor.as_mut() else {
        return;
    };
    let mut open = true;
    let mut close = false;
    egui::Window::new("Reference date")
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .show(ctx, |ui| {
            ui.label("Relative dates (\"on Wednesday\", \"last week\") resolve against this date.");
            ui.horizontal(|ui| {
                ui.label("Date (YYYY-MM-DD):");
                let r = ui.add(
                    egui::TextEdit::singleline(&mut ed.text)
                        .desired_width(110.0)
                        .id_salt("ref_date_text"),
                );
                if r.changed()
                    && let Ok(d) = chrono::NaiveDate::parse_from_str(ed.text.trim(), "%Y-%m-%d")
                {
                    ed.picked = dates::jiff_from_chrono(d);
                }
            });
            ui.horizontal(|ui| {
                ui.label("Or pick:");
                let before = ed.picked;
                ui.add(
                    egui_extras::DatePickerButton::new(&mut ed.picked)
                        .id_salt("ref_date_picker")
                        .show_icon(false)
                        .calendar_week(false),
                );
                if ed.picked != before {
                    ed.text = ed.picked.to_string();
                }
            });
            if let Some(e) = &ed.error {
                ui.colored_label(Color32::from_rgb(230, 80, 70), e);
            }
            ui.horizontal(|ui| {
                if ui.button("Apply").clicked() {
                    match chrono::NaiveDate::parse_from_str(ed.text.trim(), "%Y-%m-%d") {
                        Ok(d) => cmds.push(Command::SetReferenceDate(Some(d))),
                        Err(_) => {
                            ed.error = Some(format!(
                                "“{}” is not a date like 2026-01-06",
                                ed.text.trim()
                            ));
                        }
                    }
                }
                if ui.button("Clear date").clicked() {
                    cmds.push(Command::SetReferenceDate(None));
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
    if !open || close {
        app.date_editor = None;
    }
}

fn shortcuts_window(app: &mut BrieflineApp, ctx: &egui::Context) {
    let mut open = app.show_shortcuts;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for (k, what) in SHORTCUTS {
                    ui.label(RichText::new(*k).monospace());
                    ui.label(*what);
                    ui.end_row();
                }
            });
        });
    app.show_shortcuts = open;
}

/// Keyboard shortcuts, as shown in the Help window and the README.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl+O", "Open an article or briefing"),
    ("Ctrl+E", "Export briefing notes or the timeline"),
    ("Ctrl+S / Ctrl+Shift+S", "Save / Save As (.briefline.ron)"),
    ("Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", "Undo / redo any edit"),
    ("N", "Add an event (after the selected one)"),
    ("C / X", "Confirm / reject the selected item"),
    (
        "R, then J / K",
        "Review queue: next / previous unreviewed item",
    ),
    ("Del", "Delete the selected item (undo brings it back)"),
    ("Ctrl+Q", "Quit (asks about unsaved changes)"),
    ("Ctrl+F", "Search events, quotes, questions and actors"),
    ("Home / double-click", "Fit the whole timeline"),
    ("+ / −, wheel, pinch", "Zoom in / out (around the cursor)"),
    ("← / →, drag", "Pan the timeline"),
    (
        "Tab / ↓, Shift+Tab / ↑",
        "Next / previous event in time order",
    ),
    ("Z", "Zoom to the selection"),
    ("Enter", "Open the inspector"),
    ("G", "Compress long empty stretches on/off"),
    ("Esc", "Clear selection, filter and search"),
    ("Ctrl+plus / Ctrl+minus", "Scale the interface"),
    (
        "F5",
        "Present (then → next, ← previous, B blank, Esc leave)",
    ),
];

/// A frame with a coloured left edge, used for cards in the side panels.
pub(crate) fn card(
    ui: &mut egui::Ui,
    accent: Color32,
    highlighted: bool,
    label: &str,
    add: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    let visuals = ui.visuals().clone();
    let fill = if highlighted {
        accent.gamma_multiply(0.18)
    } else {
        visuals.faint_bg_color
    };
    let stroke = if highlighted {
        egui::Stroke::new(1.5, accent)
    } else {
        egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    let inner = egui::Frame::new()
        .fill(fill)
        .stroke(stroke)
        .corner_radius(6.0)
        .inner_margin(egui::Margin {
            left: 10,
            right: 8,
            top: 6,
            bottom: 6,
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
    let rect = inner.response.rect;
    ui.painter().line_segment(
        [
            rect.left_top() + egui::vec2(1.5, 5.0),
            rect.left_bottom() + egui::vec2(1.5, -5.0),
        ],
        egui::Stroke::new(3.0, accent),
    );
    let r = inner.response.interact(egui::Sense::click());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    r
}
