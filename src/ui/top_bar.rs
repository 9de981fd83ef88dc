//! The menu bar and the briefing bar: title, source, reference date, search, zoom, theme.

use super::keys_for;
use super::theme::{HEADING_FAMILY, Palette, Theme};
use crate::app::{BrieflineApp, Command, Panel, Selection};
use crate::model::edit::ItemKind;
use crate::model::{Credibility, Grade, Reliability};
use egui::{FontFamily, FontId, RichText};

/// A menu entry with its key from the keymap: "Save  (Ctrl+S)".
fn with_keys(text: &str, command: &Command) -> String {
    let keys = keys_for(command);
    if keys.is_empty() {
        text.to_owned()
    } else {
        format!("{text}  ({keys})")
    }
}

/// A menu button that gives `command`, labelled with its key.
fn menu_item(ui: &mut egui::Ui, text: &str, command: Command, cmds: &mut Vec<Command>) {
    if ui.button(with_keys(text, &command)).clicked() {
        cmds.push(command);
    }
}

/// The menus and the briefing bar. `focus_search`: the app asked for the keyboard in the
/// search box.
pub fn top_bar_ui(app: &BrieflineApp, ui: &mut egui::Ui, focus_search: bool) -> Vec<Command> {
    let mut cmds = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu(app, ui, &mut cmds));
        ui.menu_button("Edit", |ui| edit_menu(app, ui, &mut cmds));
        ui.menu_button("View", |ui| view_menu(app, ui, &mut cmds));
        ui.menu_button("Present", |ui| {
            menu_item(
                ui,
                "Start presentation",
                Command::StartPresenting,
                &mut cmds,
            );
            menu_item(ui, "Presentation deck…", Command::ShowDeck, &mut cmds);
        });
        ui.menu_button("Help", |ui| {
            menu_item(ui, "Keyboard shortcuts", Command::ShowShortcuts, &mut cmds);
        });
    });
    ui.add_space(2.0);
    title_row_ui(app, ui);
    cmds.extend(briefing_bar_ui(app, ui, focus_search));
    cmds
}

fn file_menu(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    menu_item(ui, "Open…", Command::OpenDialog, cmds);
    menu_item(ui, "Open folder…", Command::OpenFolderDialog, cmds);
    let add = egui::Button::new("Add sources…");
    if ui
        .add_enabled(app.event_table.is_none(), add)
        .on_hover_text("Merge more articles on this story into the open briefing")
        .clicked()
    {
        cmds.push(Command::AddSourcesDialog);
    }
    ui.menu_button("Open recent", |ui| {
        if app.settings.recent.is_empty() {
            ui.label(RichText::new("No recent files").weak());
        }
        for p in &app.settings.recent {
            let name = p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            if ui
                .button(name)
                .on_hover_text(p.display().to_string())
                .clicked()
            {
                cmds.push(Command::Open(p.clone()));
            }
        }
    });
    ui.separator();
    menu_item(ui, "Save", Command::Save, cmds);
    menu_item(ui, "Save As…", Command::SaveAs, cmds);
    menu_item(ui, "Export…", Command::ShowExport, cmds);
    menu_item(ui, "Open the sample article", Command::OpenSeed, cmds);
    ui.separator();
    menu_item(ui, "Quit", Command::Quit, cmds);
}

fn edit_menu(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let history = &app.doc.history;
    for (label, command) in [
        (history.undo_label(), Command::Undo),
        (history.redo_label(), Command::Redo),
    ] {
        let verb = if command == Command::Undo {
            "Undo"
        } else {
            "Redo"
        };
        let enabled = label.is_some();
        let text = label.map_or_else(|| verb.to_owned(), |l| format!("{verb} {l}"));
        let button = egui::Button::new(with_keys(&text, &command));
        if ui.add_enabled(enabled, button).clicked() {
            cmds.push(command);
        }
    }
    ui.separator();
    for (label, kind) in [
        ("Add event", ItemKind::Event),
        ("Add quote", ItemKind::Quote),
        ("Add open question", ItemKind::Question),
        ("Add actor", ItemKind::Actor),
    ] {
        menu_item(ui, label, Command::Add(kind), cmds);
    }
    let delete = egui::Button::new(with_keys("Delete selected", &Command::DeleteSelection));
    if ui
        .add_enabled(app.selected_item().is_some(), delete)
        .clicked()
    {
        cmds.push(Command::DeleteSelection);
    }
    ui.separator();
    let left = app.review_queue().len();
    let review = format!("Review queue ({left} unreviewed)");
    menu_item(ui, &review, Command::ShowReviewQueue, cmds);
    menu_item(ui, "Briefing notes…", Command::ShowBriefingNotes, cmds);
}

fn view_menu(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    for (panel, label) in [
        (Panel::Quotes, "Quotes panel"),
        (Panel::Questions, "Open questions panel"),
        (Panel::Actors, "Actors panel"),
        (Panel::Reader, "Article reader"),
        (Panel::Inspector, "Inspector"),
        (Panel::Sources, "Sources panel"),
    ] {
        let mut shown = app.settings.shows_panel(panel);
        if ui.checkbox(&mut shown, label).changed() {
            cmds.push(Command::SetPanelVisible(panel, shown));
        }
    }
    ui.separator();
    let mut gaps = app.settings.compress_gaps;
    let gaps_label = format!(
        "Compress long empty stretches ({})",
        keys_for(&Command::ToggleGaps)
    );
    if ui.checkbox(&mut gaps, gaps_label).changed() {
        cmds.push(Command::ToggleGaps);
    }
    let mut hide = app.settings.hide_rejected;
    if ui.checkbox(&mut hide, "Hide rejected items").changed() {
        cmds.push(Command::ToggleHideRejected);
    }
    ui.menu_button("Minimum grade", |ui| {
        grade_filter_menu(app, ui, cmds);
    });
    let mut by_source = app.settings.colour_by_source;
    let several = app.doc.briefing.sources.len() > 1;
    if ui
        .add_enabled(
            several,
            egui::Checkbox::new(&mut by_source, "Colour events by source"),
        )
        .on_disabled_hover_text("Open or add a second source to colour events by source")
        .changed()
    {
        cmds.push(Command::ToggleColourBySource);
    }
    ui.menu_button("Corroboration", |ui| {
        let n = app.settings.min_corroboration;
        if ui.radio(n <= 1, "Every event and quote").clicked() {
            cmds.push(Command::SetMinCorroboration(1));
        }
        for k in 2..=5 {
            let label = format!("Corroborated by at least {k} sources");
            if ui.radio(n == k, label).clicked() {
                cmds.push(Command::SetMinCorroboration(k));
            }
        }
    });
    ui.separator();
    ui.label("Theme");
    for t in Theme::ALL {
        if ui.radio(app.settings.theme == t, t.label()).clicked() {
            cmds.push(Command::SetTheme(t));
        }
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label("Interface size");
        if ui.button("−").clicked() {
            cmds.push(Command::ScaleUi(-0.1));
        }
        ui.label(format!("{:.0}%", app.settings.ui_scale * 100.0));
        if ui.button("+").clicked() {
            cmds.push(Command::ScaleUi(0.1));
        }
    });
}

/// The briefing's title and source.
fn title_row_ui(app: &BrieflineApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let b = &app.doc.briefing;
        ui.label(
            RichText::new(&b.meta.title)
                .font(FontId::new(18.0, FontFamily::Name(HEADING_FAMILY.into()))),
        )
        .on_hover_text(app.doc.display_name());
        let source = match (&b.meta.outlet, &b.meta.place) {
            (Some(o), Some(p)) => format!("{o}, {p}"),
            (Some(o), None) => o.clone(),
            _ => app.doc.display_name(),
        };
        ui.label(RichText::new(source).weak());
    });
}

/// The reference date, search, the actor filter, and the view buttons on the right.
fn briefing_bar_ui(app: &BrieflineApp, ui: &mut egui::Ui, focus_search: bool) -> Vec<Command> {
    let mut cmds = Vec::new();
    ui.horizontal(|ui| {
        let b = &app.doc.briefing;
        let date_text = b.meta.reference_date.map_or_else(
            || "Reference date: not set".to_owned(),
            |d| format!("Reference date: {}", d.format("%a %-d %b %Y")),
        );
        if ui
            .button(date_text)
            .on_hover_text(
                "The publication date relative dates resolve against. Click to change it.",
            )
            .clicked()
        {
            cmds.push(Command::EditReferenceDate);
        }
        ui.separator();
        cmds.extend(search_ui(app, ui, focus_search));
        if let Some(a) = app
            .actor_filter
            .and_then(|a| app.doc.briefing.actors.get(a))
        {
            ui.separator();
            ui.label(RichText::new(format!("Filter: {}", a.name)).color(Palette::of(app).actor));
            if ui
                .small_button("×")
                .on_hover_text("Clear the actor filter")
                .clicked()
            {
                cmds.push(Command::FilterActor(None));
                cmds.push(Command::Select(Selection::None));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            view_buttons_ui(app, ui, &mut cmds);
        });
    });
    cmds
}

/// The search box; it edits a copy of the search text and hands changes back.
fn search_ui(app: &BrieflineApp, ui: &mut egui::Ui, focus: bool) -> Vec<Command> {
    let mut cmds = Vec::new();
    let mut text = app.search.clone();
    let hint = format!("Search ({})", keys_for(&Command::FocusSearch));
    let search = ui.add(
        egui::TextEdit::singleline(&mut text)
            .hint_text(hint)
            .desired_width(220.0)
            .id_salt("search_box"),
    );
    if focus {
        search.request_focus();
    }
    if app.search_results.is_active() {
        ui.label(RichText::new(format!("{} match(es)", app.search_results.total())).weak());
        if ui.small_button("×").on_hover_text("Clear search").clicked() {
            text.clear();
        }
    }
    if text != app.search {
        cmds.push(Command::SetSearch(text));
    }
    cmds
}

/// Theme, gaps, present, zoom: right-aligned, so listed right to left.
fn view_buttons_ui(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    egui::ComboBox::from_label("Theme")
        .selected_text(app.settings.theme.label())
        .show_ui(ui, |ui| {
            for t in Theme::ALL {
                if ui
                    .selectable_label(app.settings.theme == t, t.label())
                    .clicked()
                {
                    cmds.push(Command::SetTheme(t));
                }
            }
        });

    ui.separator();
    let gaps = if app.settings.compress_gaps {
        "Gaps: compressed"
    } else {
        "Gaps: real scale"
    };
    let hint = |text: &str, command: &Command| format!("{text} ({})", keys_for(command));
    for (text, hover, command) in [
        (
            gaps,
            hint(
                "Compress long empty stretches into labelled breaks",
                &Command::ToggleGaps,
            ),
            Command::ToggleGaps,
        ),
        (
            "▶ Present",
            hint("Present the briefing fullscreen", &Command::StartPresenting),
            Command::StartPresenting,
        ),
        (
            "Zoom to selection",
            keys_for(&Command::ZoomToSelection),
            Command::ZoomToSelection,
        ),
        (
            "Fit",
            hint("Show the whole timeline", &Command::FitAll),
            Command::FitAll,
        ),
        ("+", hint("Zoom in", &Command::ZoomIn), Command::ZoomIn),
        ("−", hint("Zoom out", &Command::ZoomOut), Command::ZoomOut),
    ] {
        if ui.button(text).on_hover_text(hover).clicked() {
            cmds.push(command);
        }
    }
}

/// View ▸ Minimum grade: source reliability and information credibility, independently.
fn grade_filter_menu(app: &BrieflineApp, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
    let g = app.settings.grade_filter;
    if ui.radio(!g.is_graded(), "Show everything").clicked() {
        cmds.push(Command::SetGradeFilter(Grade::default()));
    }
    ui.separator();
    ui.label(
        RichText::new("Source reliability at least")
            .small()
            .strong(),
    );
    for r in Reliability::ALL {
        let text = format!("{} — {}", r.letter(), r.meaning());
        if ui.radio(g.reliability == Some(r), text).clicked() {
            cmds.push(Command::SetGradeFilter(Grade {
                reliability: Some(r),
                ..g
            }));
        }
    }
    ui.separator();
    ui.label(
        RichText::new("Information credibility at least")
            .small()
            .strong(),
    );
    for c in Credibility::ALL {
        let text = format!("{} — {}", c.digit(), c.meaning());
        if ui.radio(g.credibility == Some(c), text).clicked() {
            cmds.push(Command::SetGradeFilter(Grade {
                credibility: Some(c),
                ..g
            }));
        }
    }
}
