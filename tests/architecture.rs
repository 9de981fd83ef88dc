//! Architecture checks: dependencies point one way (ui → app → core), so the app never names
//! the UI or egui and the core never names egui, the app or the UI; and the README's shortcut
//! tables are the keymap's.

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The Rust files under `rel` (a file or a folder), recursively.
fn rust_files(rel: &str) -> Vec<PathBuf> {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            entries.sort();
            for e in entries {
                walk(&e, out);
            }
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p.to_owned());
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(ROOT).join(rel), &mut out);
    out
}

/// The code of a file without its comments (doc comments may mention other layers).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split_once("//").map_or(l, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The identifiers of `code`, split at everything that cannot be part of one.
fn identifiers(code: &str) -> impl Iterator<Item = &str> {
    code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|s| !s.is_empty())
}

/// What in `code` names egui or eframe (or their companion crates).
fn names_egui(code: &str) -> Option<String> {
    identifiers(code)
        .find(|id| {
            matches!(
                *id,
                "egui" | "eframe" | "egui_extras" | "egui_kittest" | "egui_wgpu" | "rfd"
            )
        })
        .map(str::to_owned)
}

/// Whether `code` names the module `crate::<module>` (by path, `use` or `super::`).
fn names_module(code: &str, module: &str) -> bool {
    let squeezed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.contains(&format!("crate::{module}::"))
        || squeezed.contains(&format!("crate::{module};"))
        || squeezed.contains(&format!("crate::{module}}}"))
        || squeezed.contains(&format!("crate::{module},"))
        || squeezed.contains(&format!("crate::{{{module}"))
        || squeezed.contains(&format!("super::super::{module}"))
}

#[test]
fn the_checks_catch_what_they_look_for() {
    assert_eq!(names_egui("use egui::Key;").as_deref(), Some("egui"));
    assert_eq!(
        names_egui("fn f(ctx: &eframe::Frame) {}").as_deref(),
        Some("eframe")
    );
    assert_eq!(names_egui("let regui = 1; let egui_like = 2;"), None);
    assert_eq!(names_egui(&code("let x = 1; // egui::Key")), None);
    assert!(names_module("use crate::ui::theme::Palette;", "ui"));
    assert!(names_module("use crate::{app, ui};", "app"));
    assert!(names_module(
        "crate::ui\n    ::loading::start(self, p)",
        "ui"
    ));
    assert!(!names_module("use crate::uid::Thing;", "ui"));
    assert!(!names_module(&code("x(); // see crate::ui::keymap"), "ui"));
}

#[test]
fn the_app_never_names_the_ui_or_egui() {
    let files = rust_files("src/app");
    assert!(files.len() > 5, "src/app has {} files", files.len());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        let code = code(&text);
        assert!(
            !names_module(&code, "ui"),
            "{} names crate::ui: the app is state and intent; drawing belongs in src/ui",
            f.display()
        );
        if let Some(name) = names_egui(&code) {
            panic!("{} names `{name}`: the app does not draw", f.display());
        }
    }
}

#[test]
fn the_core_never_names_egui_the_app_or_the_ui() {
    // Every module but the app, the UI, the CLI and the crate roots is core: a new module is
    // checked without being listed here.
    let mut modules: Vec<String> = std::fs::read_dir(Path::new(ROOT).join("src"))
        .map(|d| {
            d.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| !matches!(n.as_str(), "app" | "ui" | "main.rs" | "lib.rs" | "cli.rs"))
                .collect()
        })
        .unwrap_or_default();
    modules.sort();
    for expected in [
        "model", "extract", "timeline", "export", "timeml", "load.rs", "save.rs",
    ] {
        assert!(
            modules.iter().any(|c| c == expected),
            "core module {expected} missing"
        );
    }
    let mut checked = 0;
    for dir in modules.iter().map(|c| format!("src/{c}")) {
        for f in rust_files(&dir) {
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            let code = code(&text);
            if let Some(name) = names_egui(&code) {
                panic!("{} names `{name}`: the core never draws", f.display());
            }
            for module in ["app", "ui"] {
                assert!(
                    !names_module(&code, module),
                    "{} names crate::{module}: dependencies point ui → app → core",
                    f.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 30, "only {checked} core files found");
    // The CLI's batch commands are core too; it opens the window through crate::ui.
    let cli =
        code(&std::fs::read_to_string(Path::new(ROOT).join("src/cli.rs")).unwrap_or_default());
    assert_eq!(names_egui(&cli), None, "src/cli.rs names egui");
    assert!(!names_module(&cli, "app"), "src/cli.rs names crate::app");
}

#[cfg(feature = "gui")]
#[test]
fn the_readme_shortcut_tables_are_the_keymap() {
    use briefline::ui::keymap::{PRESENTING, WINDOW, markdown_table};
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).unwrap_or_default();
    let section = readme
        .split_once("### Keyboard shortcuts")
        .map(|(_, rest)| rest.split_once("\n## ").map_or(rest, |(s, _)| s))
        .unwrap_or_default();
    let (window, presenting) = section
        .split_once("While presenting:")
        .unwrap_or((section, ""));
    let table = |text: &str| -> String {
        let rows: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
        rows.iter().map(|l| [*l, "\n"].concat()).collect()
    };
    assert_eq!(
        table(window),
        markdown_table(WINDOW),
        "README's shortcut table differs from src/ui/keymap.rs (WINDOW)"
    );
    assert_eq!(
        table(presenting),
        markdown_table(PRESENTING),
        "README's presentation keys differ from src/ui/keymap.rs (PRESENTING)"
    );
}
