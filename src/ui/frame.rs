//! One frame of the window ([`app_ui`], called by the shell's `App::ui`): refresh what the
//! app derives for drawing, draw the panels around the timeline (or the presentation) from a
//! read-only app, collect the [`Command`]s they return, then let the app carry them out. The
//! window requests the app made on the way (fullscreen, close, focus, scroll) are taken here
//! and acted on.

use super::{
    UiState, banners, date_editor, deck, editing, export_dialog, inspector, keymap, loading,
    panels, present, reader, sources, timeline_view, top_bar,
};
use crate::app::{BrieflineApp, Command, Panel};

/// Draws one frame of the whole app and carries out what the user asked for in it.
pub fn app_ui(app: &mut BrieflineApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let mut state = UiState::take(&ctx);
    let now = ctx.input(|i| i.time);
    let mut cmds = Vec::new();
    cmds.extend(apply_style(&mut state, app, &ctx));
    app.refresh_search();
    app.ensure_timeline_data(&timeline_view::label_measurer(&ctx));
    let presenting = app.presenting.is_some();
    if presenting {
        // The timeline items exist now: move the timeline to the step if it has not yet.
        app.follow_presentation(now);
        cmds.extend(presenting_ui(app, ui));
        cmds.retain(Command::applies_while_presenting);
    } else {
        cmds.extend(window_ui(app, &mut state, ui));
    }
    state.was_typing = ctx.text_edit_focused();
    let changed = !cmds.is_empty();
    // Layout reports describe the frame the user acted on: they go first.
    let (layout, intents): (Vec<Command>, Vec<Command>) =
        cmds.into_iter().partition(Command::is_layout_report);
    for c in layout.into_iter().chain(intents) {
        app.execute_at(c, now);
    }
    if presenting && app.pending.is_some() {
        // "Save changes before quitting?" is asked in the normal window.
        app.execute_at(Command::StopPresenting, now);
    }
    if app.step_animation(now) || changed {
        ctx.request_repaint();
    }
    let requests = app.take_requests();
    if let Some(full) = requests.fullscreen {
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(full));
    }
    if requests.close {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
    state.requests = requests;
    state.put_back(&ctx);
}

/// The main window: menus and the briefing bar on top, banners, the side panels, the status
/// bar and inspector below, the timeline in the middle, and the open windows.
fn window_ui(app: &BrieflineApp, state: &mut UiState, ui: &mut egui::Ui) -> Vec<Command> {
    let ctx = ui.ctx().clone();
    let mut cmds = dropped_files(&ctx);
    if app.pending.is_none() && app.recovery_offer.is_none() {
        // egui drops a field's focus on Esc before we see the key: a field focused in the
        // last frame still counts as typing, so Esc ends the edit without also clearing the
        // selection.
        let typing = ctx.text_edit_focused() || state.was_typing;
        cmds.extend(keymap::window_commands(&ctx, typing));
    }
    let requests = state.requests;
    egui::Panel::top("top_bar").show(ui, |ui| {
        cmds.extend(top_bar::top_bar_ui(app, ui, requests.focus_search));
    });
    cmds.extend(loading::loading_strip_ui(app, ui));
    cmds.extend(banners::banners_ui(app, ui));
    cmds.extend(side_panels_ui(app, state, ui));
    egui::CentralPanel::default().show(ui, |ui| {
        cmds.extend(timeline_view::timeline_panel_ui(app, ui));
    });
    cmds.extend(date_editor::date_editor_window(app, &ctx));
    cmds.extend(export_dialog::export_window(app, &ctx));
    cmds.extend(deck::deck_window(app, &ctx));
    cmds.extend(editing::review_window(app, &ctx));
    cmds.extend(editing::notes_window(app, &ctx));
    cmds.extend(editing::unsaved_dialog(app, &ctx));
    cmds.extend(sources::drop_dialog(app, &ctx));
    cmds.extend(editing::recovery_dialog(app, &ctx));
    cmds.extend(keymap::shortcuts_window(app, &ctx));
    cmds
}

/// The collapsible panels: quotes, questions and actors on the left, the article on the
/// right, the status bar and the inspector at the bottom.
fn side_panels_ui(app: &BrieflineApp, state: &mut UiState, ui: &mut egui::Ui) -> Vec<Command> {
    let mut cmds = Vec::new();
    let s = &app.settings;
    let requests = state.requests;
    let multi = app.doc.briefing.sources.len() > 1 && app.event_table.is_none();
    let mut show_left =
        s.show_quotes || s.show_questions || s.show_actors || (multi && s.show_sources);
    egui::Panel::left("left_panel")
        .resizable(true)
        .default_size(300.0)
        .min_size(220.0)
        .show_collapsible(ui, &mut show_left, |ui| {
            cmds.extend(panels::left_panel_ui(app, ui, requests.reveal_selection));
        });
    let mut show_reader = s.show_reader;
    egui::Panel::right("reader_panel")
        .resizable(true)
        .default_size(340.0)
        .min_size(220.0)
        .show_collapsible(ui, &mut show_reader, |ui| {
            cmds.extend(reader::reader_ui(
                app,
                &mut state.reader,
                requests.reveal_selection,
                ui,
            ));
        });
    if show_reader != s.show_reader {
        cmds.push(Command::SetPanelVisible(Panel::Reader, show_reader));
    }
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        editing::status_bar(app, ui);
    });
    let mut show_inspector = s.show_inspector;
    egui::Panel::bottom("inspector_panel")
        .resizable(true)
        .default_size(270.0)
        .min_size(120.0)
        .show_collapsible(ui, &mut show_inspector, |ui| {
            cmds.extend(inspector::inspector_ui(app, ui, requests.focus_new_item));
        });
    if show_inspector != s.show_inspector {
        cmds.push(Command::SetPanelVisible(Panel::Inspector, show_inspector));
    }
    cmds
}

/// Presentation mode: the whole window is the current step; the presenter view is a second
/// window.
fn presenting_ui(app: &BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    let ctx = ui.ctx().clone();
    let mut cmds = keymap::presenting_commands(&ctx);
    egui::CentralPanel::no_frame().show(ui, |ui| {
        cmds.extend(present::presentation_ui(app, ui));
    });
    present::presenter_window(app, &ctx);
    cmds
}

/// Files dropped on the window: the app asks whether to add them to the open briefing or
/// open them (after asking about unsaved changes).
fn dropped_files(ctx: &egui::Context) -> Vec<Command> {
    let paths: Vec<std::path::PathBuf> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    if paths.is_empty() {
        Vec::new()
    } else {
        vec![Command::FilesDropped(paths)]
    }
}

/// Applies the theme's visuals when it changed, and the interface scale. egui applies a
/// scale at the start of the next frame, and zooms by itself on Ctrl+plus / Ctrl+minus: a
/// scale that differs from the one last asked for came from egui, and the settings follow it.
fn apply_style(state: &mut UiState, app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let mut cmds = Vec::new();
    let theme = app.settings.theme;
    if state.applied_theme != Some(theme) {
        ctx.set_visuals(theme.visuals());
        ctx.global_style_mut(|s| {
            s.spacing.item_spacing = egui::vec2(8.0, 6.0);
            s.spacing.button_padding = egui::vec2(8.0, 4.0);
        });
        state.applied_theme = Some(theme);
    }
    let zoom = ctx.zoom_factor();
    let mut scale = app.settings.ui_scale;
    if let Some(asked) = state.requested_scale
        && (zoom - asked).abs() > 1e-3
        && (scale - asked).abs() <= 1e-3
    {
        // egui zoomed by itself (its keyboard zoom): remember its scale.
        cmds.push(Command::SetUiScale(zoom));
        scale = zoom;
    }
    if state.requested_scale != Some(scale) {
        if (zoom - scale).abs() > 1e-3 {
            ctx.set_zoom_factor(scale);
        }
        state.requested_scale = Some(scale);
    }
    cmds
}
