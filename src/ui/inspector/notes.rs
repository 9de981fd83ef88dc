//! Markdown notes on an item or the whole briefing: an editor that commits once per edit,
//! with a small preview (headings, bullets, **bold**) underneath.

use egui::RichText;

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
