//! The egui UI: draws [`crate::app::BrieflineApp`] and hands back [`Command`]s. Panels take
//! the app read-only (`&BrieflineApp`), draw it and return `Vec<Command>`; they never change
//! the app themselves. What the UI keeps for itself between frames is [`UiState`].
//!
//! - `shell.rs`: the eframe `App` (window, `logic` that polls loads and autosave, `ui`,
//!   persistence) and the `run_*` entry points.
//! - `frame.rs`: one frame: the panels around the timeline (or the presentation), then the
//!   commands they returned, carried out by the app.
//! - `keymap.rs`: **where a key press becomes a command**: the one table of keys, commands and
//!   help text.
//! - Panels and windows: `top_bar.rs`, `panels.rs` (quotes, questions, actors),
//!   `sources.rs` (the Sources panel and the dropped-files question), `reader.rs`,
//!   `inspector.rs`, `timeline_view.rs`, `banners.rs`, `loading.rs` (progress strip),
//!   `editing.rs` (review queue, notes, unsaved changes, recovery, status bar),
//!   `export_dialog.rs`, `deck.rs`, `date_editor.rs`, `present.rs` (presentation mode).
//! - `theme.rs` (egui visuals, palettes, fonts), `dates.rs` (chrono ↔ the date picker's
//!   jiff), `dialogs.rs` (native file dialogs).

// A panel drawn top to bottom reads best as one function; the core keeps its functions short.
#![allow(
    clippy::too_many_lines,
    reason = "egui panels and windows are drawn top to bottom in one function"
)]

mod banners;
mod date_editor;
pub mod dates;
mod deck;
pub mod dialogs;
mod editing;
mod export_dialog;
mod frame;
mod inspector;
pub mod keymap;
mod loading;
mod panels;
pub mod present;
pub(crate) mod reader;
pub mod shell;
mod sources;
pub mod theme;
pub mod timeline_view;
mod top_bar;

pub use frame::app_ui;

use crate::app::{Command, Theme, WindowRequests};
use egui::Color32;

/// What the UI remembers between frames for itself; the app never sees it. Kept in egui's
/// memory (like a widget's state), taken at the start of a frame and put back at its end.
#[derive(Clone, Default)]
pub struct UiState {
    /// The theme whose visuals were last applied.
    applied_theme: Option<Theme>,
    /// The interface scale last asked of egui (egui applies it at the next frame).
    requested_scale: Option<f32>,
    /// A text field had the keyboard in the last frame.
    was_typing: bool,
    /// The reader's highlight spans, rebuilt when the briefing changes.
    reader: reader::ReaderCache,
    /// What the app asked of the window while carrying out the last frame's commands.
    requests: WindowRequests,
}

impl UiState {
    fn id() -> egui::Id {
        egui::Id::unique("briefline_ui_state")
    }

    fn take(ctx: &egui::Context) -> Self {
        ctx.data_mut(|d| d.remove_temp::<Self>(Self::id()))
            .unwrap_or_default()
    }

    fn put_back(self, ctx: &egui::Context) {
        ctx.data_mut(|d| d.insert_temp(Self::id(), self));
    }
}

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

/// Shorthand for panels: the key hint of a command ("Ctrl+E"), from the keymap.
pub(crate) fn keys_for(command: &Command) -> String {
    keymap::keys_for(command)
}
