//! The keymap: one table of every keyboard shortcut, the [`Command`] it gives and the line
//! the help sheet shows for it. **This is where a key press becomes a command**:
//! [`window_commands`] for the main window, [`presenting_commands`] in presentation mode.
//! The same table draws the Help ▸ Keyboard shortcuts sheet ([`shortcuts_window`]), gives the
//! key hints in menus and tooltips ([`keys_for`]) and is the README's shortcut tables (a test
//! compares them), so none of these can drift apart.

use crate::app::{BrieflineApp, Command, PresentAction, Window};
use crate::model::ReviewStatus;
use crate::model::edit::ItemKind;
use egui::{Key, Modifiers, RichText};
use std::fmt::Write as _;

/// A key with the modifiers held with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    pub modifiers: Modifiers,
    pub key: Key,
}

const fn key(key: Key) -> Chord {
    Chord {
        modifiers: Modifiers::NONE,
        key,
    }
}

const fn ctrl(key: Key) -> Chord {
    Chord {
        modifiers: Modifiers::COMMAND,
        key,
    }
}

const fn ctrl_shift(key: Key) -> Chord {
    Chord {
        modifiers: Modifiers::COMMAND.plus(Modifiers::SHIFT),
        key,
    }
}

const fn shift(key: Key) -> Chord {
    Chord {
        modifiers: Modifiers::SHIFT,
        key,
    }
}

/// Keys that give one command.
#[derive(Debug)]
pub struct Binding {
    pub chords: &'static [Chord],
    pub command: Command,
    /// Fires while a text field has the keyboard; otherwise the key belongs to the field
    /// (Ctrl+Z undoes typing, Esc ends the edit).
    pub in_text_fields: bool,
}

/// One line of the help sheet: its bindings, what they do, and other ways to do the same.
#[derive(Debug)]
pub struct Shortcut {
    pub bindings: &'static [Binding],
    /// Ways to do the same that are not keys of this table: mouse gestures, egui's own keys.
    pub also: &'static str,
    pub help: &'static str,
}

/// `always!(command => chords…)`: keys that work everywhere, text fields included.
macro_rules! always {
    ($command:expr => $($chord:expr),+ $(,)?) => {
        Binding { chords: &[$($chord),+], command: $command, in_text_fields: true }
    };
}

/// `outside_text!(command => chords…)`: keys that work when no text field has the keyboard.
macro_rules! outside_text {
    ($command:expr => $($chord:expr),+ $(,)?) => {
        Binding { chords: &[$($chord),+], command: $command, in_text_fields: false }
    };
}

/// `shortcut!([bindings…], "help")`, or with `also "…"` before the help.
macro_rules! shortcut {
    ([$($binding:expr),* $(,)?], also $also:literal, $help:literal $(,)?) => {
        Shortcut { bindings: &[$($binding),*], also: $also, help: $help }
    };
    ([$($binding:expr),* $(,)?], $help:literal $(,)?) => {
        Shortcut { bindings: &[$($binding),*], also: "", help: $help }
    };
}

/// `present!(action => chords…)`: a presentation key.
macro_rules! present {
    ($action:expr => $($chord:expr),+ $(,)?) => {
        always!(Command::Present($action) => $($chord),+)
    };
}

/// The main window's shortcuts, in the order the help sheet lists them.
pub const WINDOW: &[Shortcut] = &[
    shortcut!(
        [always!(Command::OpenDialog => ctrl(Key::O))],
        "Open an article or briefing"
    ),
    shortcut!(
        [always!(Command::ShowExport => ctrl(Key::E))],
        "Export briefing notes or the timeline"
    ),
    shortcut!(
        [
            always!(Command::Save => ctrl(Key::S)),
            always!(Command::SaveAs => ctrl_shift(Key::S)),
        ],
        "Save / Save As (.briefline.ron)"
    ),
    shortcut!(
        [
            outside_text!(Command::Undo => ctrl(Key::Z)),
            outside_text!(Command::Redo => ctrl_shift(Key::Z), ctrl(Key::Y)),
        ],
        "Undo / redo any edit"
    ),
    shortcut!(
        [outside_text!(Command::Add(ItemKind::Event) => key(Key::N))],
        "Add an event (after the selected one)"
    ),
    shortcut!(
        [
            outside_text!(Command::SetReview(ReviewStatus::Confirmed) => key(Key::C)),
            outside_text!(Command::SetReview(ReviewStatus::Rejected) => key(Key::X)),
        ],
        "Confirm / reject the selected item"
    ),
    shortcut!(
        [outside_text!(Command::ShowReviewQueue => key(Key::R))],
        "Review queue: the unreviewed items, one by one"
    ),
    shortcut!(
        [
            outside_text!(Command::ReviewStep(1) => key(Key::J)),
            outside_text!(Command::ReviewStep(-1) => key(Key::K)),
        ],
        "Next / previous unreviewed item"
    ),
    shortcut!(
        [outside_text!(Command::DeleteSelection => key(Key::Delete))],
        "Delete the selected item (undo brings it back)"
    ),
    shortcut!(
        [always!(Command::Quit => ctrl(Key::Q))],
        "Quit (asks about unsaved changes)"
    ),
    shortcut!(
        [always!(Command::FocusSearch => ctrl(Key::F))],
        "Search events, quotes, questions and actors"
    ),
    shortcut!(
        [outside_text!(Command::FitAll => key(Key::Home))],
        also "double-click",
        "Fit the whole timeline"
    ),
    shortcut!(
        [
            outside_text!(Command::ZoomIn => key(Key::Plus), key(Key::Equals)),
            outside_text!(Command::ZoomOut => key(Key::Minus)),
        ],
        also "wheel, pinch",
        "Zoom in / out (around the cursor for wheel and pinch)"
    ),
    shortcut!(
        [
            outside_text!(Command::PanLeft => key(Key::ArrowLeft)),
            outside_text!(Command::PanRight => key(Key::ArrowRight)),
        ],
        also "drag",
        "Pan the timeline"
    ),
    shortcut!(
        [
            outside_text!(Command::NextEvent => key(Key::Tab), key(Key::ArrowDown)),
            outside_text!(Command::PrevEvent => shift(Key::Tab), key(Key::ArrowUp)),
        ],
        "Next / previous event in time order"
    ),
    shortcut!(
        [outside_text!(Command::ZoomToSelection => key(Key::Z))],
        "Zoom to the selection"
    ),
    shortcut!(
        [
            outside_text!(Command::ShowInspector => key(Key::Enter)),
            always!(Command::ShowInspector => key(Key::F1)),
        ],
        "Open the inspector"
    ),
    shortcut!(
        [outside_text!(Command::ToggleGaps => key(Key::G))],
        "Compress long empty stretches on/off"
    ),
    shortcut!(
        [outside_text!(Command::ClearSelection => key(Key::Escape))],
        "Clear selection, actor filter and search"
    ),
    shortcut!([], also "Ctrl+plus / Ctrl+minus", "Scale the interface"),
    shortcut!(
        [always!(Command::StartPresenting => key(Key::F5))],
        "Start the presentation"
    ),
];

/// Presentation mode's keys (the main window's shortcuts are off while presenting).
pub const PRESENTING: &[Shortcut] = &[
    shortcut!(
        [present!(PresentAction::Next =>
            key(Key::ArrowRight),
            key(Key::Space),
            key(Key::PageDown),
            key(Key::N),
            key(Key::ArrowDown),
        )],
        "Next step (clickers send PageDown)"
    ),
    shortcut!(
        [present!(PresentAction::Previous =>
            key(Key::ArrowLeft),
            key(Key::PageUp),
            key(Key::P),
            key(Key::ArrowUp),
            key(Key::Backspace),
        )],
        "Previous step"
    ),
    shortcut!(
        [
            present!(PresentAction::First => key(Key::Home)),
            present!(PresentAction::Last => key(Key::End)),
        ],
        "First / last step"
    ),
    shortcut!(
        [
            present!(PresentAction::TypeDigit(0) => key(Key::Num0)),
            present!(PresentAction::TypeDigit(1) => key(Key::Num1)),
            present!(PresentAction::TypeDigit(2) => key(Key::Num2)),
            present!(PresentAction::TypeDigit(3) => key(Key::Num3)),
            present!(PresentAction::TypeDigit(4) => key(Key::Num4)),
            present!(PresentAction::TypeDigit(5) => key(Key::Num5)),
            present!(PresentAction::TypeDigit(6) => key(Key::Num6)),
            present!(PresentAction::TypeDigit(7) => key(Key::Num7)),
            present!(PresentAction::TypeDigit(8) => key(Key::Num8)),
            present!(PresentAction::TypeDigit(9) => key(Key::Num9)),
            present!(PresentAction::GoToTyped => key(Key::Enter)),
        ],
        "Type a step number, then Enter to jump to it"
    ),
    shortcut!(
        [present!(PresentAction::ToggleBlank => key(Key::B), key(Key::Period))],
        "Blank the screen (again to come back)"
    ),
    shortcut!(
        [present!(PresentAction::ToggleHighContrast => key(Key::H))],
        "High-contrast colours"
    ),
    shortcut!(
        [present!(PresentAction::TogglePresenterView => key(Key::V))],
        "Show or hide the presenter view"
    ),
    shortcut!(
        [always!(Command::StopPresenting => key(Key::Escape))],
        "Leave the presentation"
    ),
];

/// The commands the keys pressed this frame give in the main window. `typing`: a text field
/// has (or had, last frame) the keyboard.
pub fn window_commands(ctx: &egui::Context, typing: bool) -> Vec<Command> {
    commands_from(ctx, WINDOW, typing)
}

/// The commands the keys pressed this frame give in presentation mode.
pub fn presenting_commands(ctx: &egui::Context) -> Vec<Command> {
    commands_from(ctx, PRESENTING, false)
}

/// Consumes the table's keys from this frame's input. egui matches a chord even when more
/// Shift or Alt is held ("Ctrl+S" also matches Ctrl+Shift+S), so chords with more modifiers
/// are tried first; each binding gives its command once, in table order.
fn commands_from(ctx: &egui::Context, table: &[Shortcut], typing: bool) -> Vec<Command> {
    let bindings: Vec<&Binding> = table
        .iter()
        .flat_map(|s| s.bindings)
        .filter(|b| b.in_text_fields || !typing)
        .collect();
    let mut chords: Vec<(usize, Chord)> = bindings
        .iter()
        .enumerate()
        .flat_map(|(i, b)| b.chords.iter().map(move |c| (i, *c)))
        .collect();
    chords.sort_by_key(|(_, c)| std::cmp::Reverse(modifier_count(c.modifiers)));
    let mut fired = vec![false; bindings.len()];
    ctx.input_mut(|input| {
        for (i, c) in chords {
            if input.consume_key(c.modifiers, c.key)
                && let Some(f) = fired.get_mut(i)
            {
                *f = true;
            }
        }
    });
    bindings
        .iter()
        .zip(fired)
        .filter(|(_, f)| *f)
        .map(|(b, _)| b.command.clone())
        .collect()
}

fn modifier_count(m: Modifiers) -> usize {
    usize::from(m.shift) + usize::from(m.alt) + usize::from(m.ctrl || m.command || m.mac_cmd)
}

/// How a key is written in the help sheet, menus and README.
fn key_name(k: Key) -> &'static str {
    match k {
        Key::ArrowLeft => "←",
        Key::ArrowRight => "→",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::Plus => "+",
        Key::Minus => "−",
        Key::Equals => "=",
        Key::Period => ".",
        Key::Delete => "Del",
        Key::Escape => "Esc",
        other => other.name(),
    }
}

/// "Ctrl+Shift+S", "Tab", "←".
pub fn chord_label(c: Chord) -> String {
    let mut s = String::new();
    if c.modifiers.command || c.modifiers.ctrl {
        s.push_str("Ctrl+");
    }
    if c.modifiers.alt {
        s.push_str("Alt+");
    }
    if c.modifiers.shift {
        s.push_str("Shift+");
    }
    s.push_str(key_name(c.key));
    s
}

fn digit(b: &Binding) -> Option<u8> {
    match (b.chords, &b.command) {
        ([_], Command::Present(PresentAction::TypeDigit(d))) => Some(*d),
        _ => None,
    }
}

/// The keys column of a help line: a binding's chords joined by ", ", bindings by " / ",
/// the ten digit keys as "0–9", then the other ways to do it.
pub fn keys_label(s: &Shortcut) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(b) = s.bindings.get(i) {
        let run = s.bindings[i..]
            .iter()
            .zip(0u8..)
            .take_while(|(b, n)| digit(b) == Some(*n))
            .count();
        if digit(b) == Some(0) && run == 10 {
            parts.push("0–9".to_owned());
            i += run;
            continue;
        }
        let chords: Vec<String> = b.chords.iter().map(|c| chord_label(*c)).collect();
        parts.push(chords.join(", "));
        i += 1;
    }
    let keys = parts.join(" / ");
    match (keys.is_empty(), s.also.is_empty()) {
        (true, _) => s.also.to_owned(),
        (false, true) => keys,
        (false, false) => format!("{keys}, {}", s.also),
    }
}

/// The first key that gives `command` in the main window ("Ctrl+E"), for menu and tooltip
/// hints; empty if no key does.
pub fn keys_for(command: &Command) -> String {
    WINDOW
        .iter()
        .flat_map(|s| s.bindings)
        .find(|b| &b.command == command)
        .and_then(|b| b.chords.first())
        .map(|c| chord_label(*c))
        .unwrap_or_default()
}

/// A table as Markdown, the way the README shows it.
pub fn markdown_table(table: &[Shortcut]) -> String {
    let mut out = String::from("| Keys | Action |\n| --- | --- |\n");
    for s in table {
        let _ = writeln!(out, "| {} | {} |", keys_label(s), s.help);
    }
    out
}

/// Help ▸ Keyboard shortcuts: both tables.
pub fn shortcuts_window(app: &BrieflineApp, ctx: &egui::Context) -> Vec<Command> {
    let mut open = app.show_shortcuts;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .resizable(false)
        .show(ctx, |ui| {
            help_grid(ui, "shortcuts", WINDOW);
            ui.add_space(6.0);
            ui.label(RichText::new("While presenting").strong());
            help_grid(ui, "presenting_shortcuts", PRESENTING);
        });
    // Only a window that was open and was closed asks to close: a closed one asking every
    // frame kept the window redrawing forever.
    if app.show_shortcuts && !open {
        vec![Command::CloseWindow(Window::Shortcuts)]
    } else {
        Vec::new()
    }
}

fn help_grid(ui: &mut egui::Ui, id: &str, table: &[Shortcut]) {
    egui::Grid::new(id).striped(true).show(ui, |ui| {
        for s in table {
            ui.label(RichText::new(keys_label(s)).monospace());
            ui.label(s.help);
            ui.end_row();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_chord_gives_two_commands() {
        for table in [WINDOW, PRESENTING] {
            let chords: Vec<Chord> = table
                .iter()
                .flat_map(|s| s.bindings)
                .flat_map(|b| b.chords.iter().copied())
                .collect();
            for (i, c) in chords.iter().enumerate() {
                assert!(
                    !chords[i + 1..].contains(c),
                    "{} is bound twice",
                    chord_label(*c)
                );
            }
        }
    }

    #[test]
    fn labels_read_like_the_help_sheet() {
        assert_eq!(keys_label(&WINDOW[2]), "Ctrl+S / Ctrl+Shift+S");
        assert_eq!(keys_label(&WINDOW[3]), "Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y");
        let zoom = WINDOW
            .iter()
            .find(|s| s.help.starts_with("Zoom in"))
            .unwrap();
        assert_eq!(keys_label(zoom), "+, = / −, wheel, pinch");
        let jump = PRESENTING
            .iter()
            .find(|s| s.help.starts_with("Type a step"))
            .unwrap();
        assert_eq!(keys_label(jump), "0–9 / Enter");
        assert_eq!(keys_for(&Command::ShowExport), "Ctrl+E");
        assert_eq!(keys_for(&Command::Redo), "Ctrl+Shift+Z");
        assert_eq!(keys_for(&Command::OpenSeed), "");
    }

    #[test]
    fn ctrl_shift_s_saves_as_and_shift_tab_goes_back() {
        let ctx = egui::Context::default();
        let press = |modifiers: Modifiers, key: Key| {
            let mut input = egui::RawInput::default();
            input.events.push(egui::Event::Key {
                key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers,
            });
            let mut out = Vec::new();
            let mut frame = ctx.run_ui(input, |ui| out = window_commands(ui.ctx(), false));
            frame.textures_delta.clear();
            out
        };
        assert_eq!(
            press(Modifiers::COMMAND | Modifiers::SHIFT, Key::S),
            vec![Command::SaveAs]
        );
        assert_eq!(press(Modifiers::COMMAND, Key::S), vec![Command::Save]);
        assert_eq!(press(Modifiers::SHIFT, Key::Tab), vec![Command::PrevEvent]);
        assert_eq!(press(Modifiers::NONE, Key::Tab), vec![Command::NextEvent]);
        assert_eq!(press(Modifiers::COMMAND, Key::Z), vec![Command::Undo]);
        assert_eq!(
            press(Modifiers::NONE, Key::Z),
            vec![Command::ZoomToSelection]
        );
    }

    #[test]
    fn text_fields_keep_their_keys() {
        let ctx = egui::Context::default();
        let mut out = Vec::new();
        let mut input = egui::RawInput::default();
        for (modifiers, key) in [
            (Modifiers::COMMAND, Key::Z),
            (Modifiers::NONE, Key::Escape),
            (Modifiers::COMMAND, Key::S),
        ] {
            input.events.push(egui::Event::Key {
                key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers,
            });
        }
        let mut frame = ctx.run_ui(input, |ui| out = window_commands(ui.ctx(), true));
        frame.textures_delta.clear();
        assert_eq!(out, vec![Command::Save]);
    }
}
