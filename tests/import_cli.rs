//! `briefline import-folder`: parallel extraction of a folder into a TSV event list that the
//! viewer opens.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::import::{Delimiter, parse_event_list};
use std::process::Command;
use std::sync::atomic::AtomicBool;

#[test]
fn import_folder_writes_an_event_list() {
    let dir = std::env::temp_dir().join(format!("briefline-import-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..3 {
        std::fs::write(
            dir.join(format!("a{i}.md")),
            format!("Report {i}\n\nThe council met on 3 March 201{i} in Paris, officials said."),
        )
        .unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(["import-folder"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("3 articles"), "{stderr}");
    assert!(stderr.contains("articles/s"), "{stderr}");
    assert!(out.stdout.starts_with(b"start\tend\tlabel\tgroup\n"));
    let t = parse_event_list(
        &out.stdout,
        Delimiter::Tab,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    assert!(t.len() >= 3);
    let missing = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(["import-folder", "/definitely/not/here"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn import_folder_fails_when_nothing_was_imported() {
    let dir = std::env::temp_dir().join(format!("briefline-import-none-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Articles by name, but none can be read: one empty, one binary.
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.md"), [0u8, 159, 146, 150, 0, 0, 7]).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(["import-folder"])
        .arg(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no article could be imported (2 skipped)"),
        "{stderr}"
    );
    assert!(
        out.stdout.is_empty(),
        "nothing is written when nothing was imported"
    );
    // A folder with no article files at all says so too.
    let none = dir.join("none");
    std::fs::create_dir_all(&none).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(["import-folder"])
        .arg(&none)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no articles"));
    std::fs::remove_dir_all(&dir).unwrap();
}
