//! Markdown notes on an item or the whole briefing: an editor that commits once per edit,
//! with a `CommonMark` preview underneath (`egui_commonmark`).
//!
//! A note is untrusted text (a briefing file can come from anyone), so the preview renders a
//! defused copy ([`crate::export::notes::for_viewer`]): raw HTML shows as text, a link whose
//! scheme is not `http`, `https` or `mailto` keeps only its text, and images become links,
//! so nothing is loaded and nothing runs.

use egui::RichText;
use egui_commonmark::{CommonMarkCache, CommonMarkViewer};
use std::sync::Arc;

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
            .show(ui, |ui| markdown_preview(ui, key, &buf));
    }
    out
}

/// The viewer's cache (link hooks, per-viewer state), shared by every preview in the
/// window's memory. `egui_commonmark` wants it mutable while drawing.
#[derive(Clone, Default)]
struct SharedCache(Arc<egui::mutex::Mutex<CommonMarkCache>>);

/// Renders a note's Markdown as `CommonMark`, defused first (see the module doc). `key` keeps
/// the widgets of two previews on one screen apart.
pub fn markdown_preview(ui: &mut egui::Ui, key: &str, markdown: &str) {
    let safe = crate::export::notes::for_viewer(markdown);
    let cache = ui.data_mut(|d| {
        d.get_temp_mut_or_default::<SharedCache>(egui::Id::unique("briefline_commonmark_cache"))
            .clone()
    });
    ui.push_id(("notes_preview", key), |ui| {
        let mut cache = cache.0.lock();
        CommonMarkViewer::new().show(ui, &mut cache, &safe);
    });
}
