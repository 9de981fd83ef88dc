//! Saving keeps what it replaces: owner and mode, links, devices, FIFOs, the standard
//! streams, a link planted at a temporary name, the input itself. Each case through the CLI
//! (`extract -o`, `export -o`), and through the library calls the app's Save, autosave
//! (the recovery file) and Export use.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::export::{self, ExportFormat, ExportOptions};
use briefline::load::seed_briefing;
use briefline::save;
use std::os::unix::fs::{FileTypeExt as _, MetadataExt as _, PermissionsExt as _, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/paris-summit-ukraine-security-guarantees.txt"
);

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("briefline-saving-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn briefline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(args)
        .output()
        .unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().mode() & 0o7777
}

/// The ways a file gets written: CLI extract, CLI export, the app's Save and autosave,
/// the app's Export. Each writes something non-empty to `path` or fails.
/// Writes something to a path; false if it failed.
type Writer = Box<dyn Fn(&Path) -> bool>;

fn writers() -> Vec<(&'static str, Writer)> {
    vec![
        (
            "cli extract",
            Box::new(|p: &Path| {
                briefline(&["extract", SEED, "--format", "md", "-o", s(p)])
                    .status
                    .success()
            }),
        ),
        (
            "cli export",
            Box::new(|p: &Path| {
                briefline(&["export", SEED, "--format", "html", "-o", s(p)])
                    .status
                    .success()
            }),
        ),
        (
            "app save",
            Box::new(|p: &Path| save::save(&seed_briefing(None), p).is_ok()),
        ),
        (
            "app export",
            Box::new(|p: &Path| {
                export::export_to(
                    &seed_briefing(None),
                    ExportFormat::Markdown,
                    &ExportOptions::default(),
                    p,
                )
                .is_ok()
            }),
        ),
    ]
}

#[test]
fn replacing_a_private_file_keeps_it_private() {
    let d = dir("mode");
    for (name, write) in writers() {
        for m in [0o600, 0o640] {
            let p = d.join(format!("{}-{m:o}.out", name.replace(' ', "-")));
            std::fs::write(&p, b"previous").unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(m)).unwrap();
            assert!(write(&p), "{name}");
            assert_ne!(std::fs::read(&p).unwrap(), b"previous", "{name}");
            assert_eq!(mode(&p), m, "{name}: {:o}", mode(&p));
        }
    }
    // The autosave (recovery file, a copy of unsaved work) is its owner's only: 0600 in a
    // 0700 folder, even over a recovery file an older version left readable.
    let r = save::Recovery::new(d.join("recovery"));
    r.write(&seed_briefing(None), None).unwrap();
    let rec = d.join("recovery/recovery.briefline.ron");
    assert_eq!(mode(&rec), 0o600);
    assert_eq!(mode(&d.join("recovery/recovery.info.ron")), 0o600);
    assert_eq!(mode(&d.join("recovery")), 0o700);
    std::fs::set_permissions(&rec, std::fs::Permissions::from_mode(0o644)).unwrap();
    r.write(&seed_briefing(None), None).unwrap();
    assert_eq!(mode(&rec), 0o600);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn replacing_another_users_file_keeps_its_owner() {
    let d = dir("owner");
    let probe = d.join("probe");
    std::fs::write(&probe, b"x").unwrap();
    if std::os::unix::fs::chown(&probe, Some(65534), Some(65534)).is_err() {
        eprintln!(
            "not root: cannot make a file of another user here; the mode tests cover the rest"
        );
        return;
    }
    for (name, write) in writers() {
        let p = d.join(format!("{}.out", name.replace(' ', "-")));
        std::fs::write(&p, b"previous").unwrap();
        std::os::unix::fs::chown(&p, Some(65534), Some(65534)).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert!(write(&p), "{name}");
        let md = std::fs::metadata(&p).unwrap();
        assert_eq!(
            (md.uid(), md.gid(), md.mode() & 0o7777),
            (65534, 65534, 0o640),
            "{name}"
        );
        assert_ne!(std::fs::read(&p).unwrap(), b"previous", "{name}");
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_symlink_is_followed_and_its_target_written() {
    let d = dir("link");
    for (name, write) in writers() {
        let target = d.join(format!("{}-real.out", name.replace(' ', "-")));
        let link = d.join(format!("{}-link.out", name.replace(' ', "-")));
        std::fs::write(&target, b"stale").unwrap();
        symlink(&target, &link).unwrap();
        assert!(write(&link), "{name}");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink(),
            "{name}"
        );
        assert_ne!(
            std::fs::read(&target).unwrap(),
            b"stale",
            "{name}: the target is written"
        );
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn devices_fifos_and_standard_output_are_written_in_place() {
    let d = dir("devices");
    for (name, write) in writers() {
        assert!(write(Path::new("/dev/null")), "{name}");
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
        if Path::new("/dev/full").exists() {
            assert!(
                !write(Path::new("/dev/full")),
                "{name}: a full device is an error"
            );
            assert!(
                std::fs::metadata("/dev/full")
                    .unwrap()
                    .file_type()
                    .is_char_device()
            );
        }
    }
    // The CLI: a write error exits 1 with one line.
    if Path::new("/dev/full").exists() {
        let o = briefline(&["extract", SEED, "-o", "/dev/full"]);
        assert_eq!(o.status.code(), Some(1));
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains("could not write"), "{err}");
    }
    // /dev/stdout is this process's standard output, not a file to replace.
    let o = briefline(&["extract", SEED, "--format", "json", "-o", "/dev/stdout"]);
    assert!(o.status.success());
    let via_stdout = briefline(&["extract", SEED, "--format", "json"]);
    assert_eq!(o.stdout, via_stdout.stdout);
    // A FIFO: read on one side while Briefline writes the other; it stays a FIFO.
    let fifo = d.join("pipe");
    if Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        let o = briefline(&["export", SEED, "--format", "md", "-o", s(&fifo)]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let got = reader.join().unwrap();
        assert!(got.starts_with(b"# "), "{}", String::from_utf8_lossy(&got));
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_link_planted_at_the_old_temporary_name_is_not_followed() {
    let d = dir("planted");
    let victim = d.join("victim.txt");
    std::fs::write(&victim, b"precious").unwrap();
    // The attack from the report: the shell's pid is the one Briefline runs under after
    // `exec`, so the link sits at exactly the name the old code would have used.
    let script = format!(
        "cd '{}' && ln -s victim.txt .out.json.$$.tmp && exec '{}' extract '{SEED}' -o out.json",
        d.display(),
        env!("CARGO_BIN_EXE_briefline")
    );
    let o = Command::new("sh").args(["-c", &script]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
    assert!(
        std::fs::read_to_string(d.join("out.json"))
            .unwrap()
            .contains("\"format\"")
    );
    // Nothing else is left behind but the planted link.
    let mut names: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn the_input_article_is_never_the_output() {
    let d = dir("input");
    let article = d.join("article.md");
    std::fs::copy(SEED, &article).unwrap();
    let original = std::fs::read(&article).unwrap();
    let alias = d.join("alias.md");
    symlink("article.md", &alias).unwrap();
    for out in [&article, &alias] {
        for args in [
            vec!["extract", s(&article), "--format", "md", "-o", s(out)],
            vec!["export", s(&article), "--format", "md", "-o", s(out)],
            vec!["export", s(&alias), "--format", "html", "-o", s(&article)],
        ] {
            let o = briefline(&args);
            assert_eq!(o.status.code(), Some(1), "{args:?}");
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(err.contains("is the input"), "{args:?}: {err}");
            assert_eq!(std::fs::read(&article).unwrap(), original);
        }
    }
    // import-folder: the output may not be one of the folder's articles.
    let o = briefline(&["import-folder", s(&d), "-o", s(&article)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is the input"));
    assert_eq!(std::fs::read(&article).unwrap(), original);
    // The app's Save and Export refuse it too.
    let b = seed_briefing(None);
    let e = save::save_sparing(&b, &alias, Some(&article)).unwrap_err();
    assert!(e.to_string().contains("is the input"), "{e}");
    let e = export::export_to_sparing(
        &b,
        ExportFormat::Markdown,
        &ExportOptions::default(),
        &article,
        Some(&article),
    )
    .unwrap_err();
    assert!(e.to_string().contains("is the input"), "{e}");
    assert_eq!(std::fs::read(&article).unwrap(), original);
    // Another file is fine.
    assert!(save::save_sparing(&b, &d.join("brief.briefline.ron"), Some(&article)).is_ok());
    let _ = std::fs::remove_dir_all(&d);
}
