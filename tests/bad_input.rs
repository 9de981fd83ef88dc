//! Bad input, case by case: every hostile file gets a clear message from the library and a
//! one-line reason with a non-zero exit from the CLI, and nothing panics. Saving failures
//! leave the previous file intact.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

mod common;

use briefline::load::{LoadError, load_path};
use briefline::model::file;
use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("briefline-bad-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Runs `briefline extract FILE --format json`; returns (exit ok, stderr).
fn cli_extract(path: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(["extract", &path.display().to_string(), "--format", "json"])
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The library refuses with a message containing `needle`; the CLI exits non-zero with
/// one line saying the same.
fn refused(path: &Path, needle: &str) {
    let err = load_path(path, None).unwrap_err().to_string();
    assert!(err.contains(needle), "library said: {err}");
    let (ok, stderr) = cli_extract(path);
    assert!(!ok, "the CLI must fail on {}", path.display());
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains(needle), "CLI said: {stderr}");
}

fn seed_ron() -> String {
    file::to_ron(&briefline::load::seed_briefing(None)).unwrap()
}

#[test]
fn empty_file() {
    refused(&write("empty.txt", b""), "empty");
    refused(&write("blank.txt", b"  \n\t\n"), "empty");
}

#[test]
fn binary_file() {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    refused(
        &write("image.txt", &bytes),
        "does not look like a text article",
    );
}

#[test]
fn invalid_utf8_falls_back_to_windows_1252_with_a_warning() {
    let p = write(
        "latin1.txt",
        b"PARIS, Jan. 6, 2026 \x96 The caf\xe9 owners met on Monday. \x93We agree,\x94 Mr. Dupont said.",
    );
    let b = load_path(&p, None).unwrap();
    assert!(b.sources[0].text.contains("café"));
    assert!(
        b.warnings.iter().any(|w| w.contains("Windows-1252")),
        "{:?}",
        b.warnings
    );
    let (ok, _) = cli_extract(&p);
    assert!(ok);
}

#[test]
fn utf16_with_and_without_bom() {
    let text =
        "Talks resume\n\nKYIV, Jan. 6, 2026 (Reuters) — Talks resumed in 2025, officials said.\n";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let b = load_path(&write("utf16le.txt", &le), None).unwrap();
    assert!(b.sources[0].text.contains("Talks resumed"));
    assert_eq!(
        b.meta.reference_date,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 6),
        "the dateline is read from the decoded text"
    );
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let b = load_path(&write("utf16be.txt", &be), None).unwrap();
    assert!(b.sources[0].text.contains("Talks resumed"));
}

#[test]
fn a_fifty_megabyte_article_loads_with_bounded_memory() {
    // 50 MB of news-like paragraphs; extraction must finish and stay within a few times the
    // input in memory (checked from the process's peak RSS where Linux reports it).
    let text = common::fifty_megabyte_article();
    let p = write("huge.txt", text.as_bytes());
    drop(text);
    let b = load_path(&p, None).unwrap();
    assert!(b.events.len() > 1000, "{} events", b.events.len());
    assert!(b.quotes.len() > 1000, "{} quotes", b.quotes.len());
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM:"))
    {
        let kb: u64 = line
            .split_whitespace()
            .nth(1)
            .and_then(|n| n.parse().ok())
            .unwrap();
        // Input 50 MB; text + briefing + the test's own copies stay well under 2 GB.
        assert!(kb < 2_000_000, "peak RSS {kb} kB");
    }
}

#[test]
fn truncated_and_malformed_briefings() {
    let ron = seed_ron();
    let half = &ron[..ron.len() / 2];
    let p = write("truncated.briefline.ron", half.as_bytes());
    refused(&p, "not a valid briefing file (line");
    refused(
        &write("garbage.briefline.ron", b"this is not RON at all {"),
        "not a valid briefing file",
    );
}

#[test]
fn wrong_types() {
    let p = write(
        "types.briefline.ron",
        b"Briefing(format_version: 2, meta: (title: 42))",
    );
    refused(&p, "not a valid briefing file");
    let p = write(
        "version-string.briefline.ron",
        b"Briefing(format_version: \"two\", meta: (title: \"x\"))",
    );
    refused(&p, "not a valid briefing file");
}

#[test]
fn deeply_nested_ron_is_refused_without_overflowing_the_stack() {
    let mut s = String::from("Briefing(format_version: 2, meta: (title: \"x\"), notes: ");
    s.push_str(&"[".repeat(100_000));
    s.push_str(&"]".repeat(100_000));
    s.push(')');
    refused(
        &write("nested.briefline.ron", s.as_bytes()),
        "not a valid briefing file",
    );
}

#[test]
fn unknown_format_versions() {
    let p = write(
        "future.briefline.ron",
        b"Briefing(format_version: 99, meta: (title: \"x\"))",
    );
    refused(&p, "version 99");
    let err = load_path(&p, None).unwrap_err().to_string();
    assert!(
        err.contains(&file::FORMAT_VERSION.to_string()),
        "names both versions: {err}"
    );
    let p = write(
        "zero.briefline.ron",
        b"Briefing(format_version: 0, meta: (title: \"x\"))",
    );
    refused(&p, "unknown briefing format version 0");
}

#[test]
fn every_older_format_version_migrates() {
    // tests/formats keeps a file of every released version (and a few of what they hold).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let version = file::probe_version(&text).unwrap();
        let b = load_path(&path, None).unwrap();
        assert_eq!(b.format_version, file::FORMAT_VERSION, "{}", path.display());
        assert!(!b.events.is_empty(), "{}", path.display());
        // vN.briefline.ron is the seed article at version N (with its quotes); other files
        // are named for what they test.
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == format!("v{version}.briefline.ron") {
            assert!(!b.quotes.is_empty(), "{name}");
        }
        // Saved again, it is a current file that loads to the same briefing.
        let again = file::from_ron(&file::to_ron(&b).unwrap()).unwrap();
        assert_eq!(again, b);
        seen.push(version);
    }
    seen.sort_unstable();
    seen.dedup();
    let want: Vec<u32> = (file::OLDEST_VERSION..=file::FORMAT_VERSION).collect();
    assert_eq!(seen, want, "a test file for every format version");
}

#[test]
fn a_format_two_file_with_a_long_chain_of_dates_reopens_flat() {
    // "In 1995 it began." and 39 × "The following year it grew.", as format 2 saved it: each
    // anchor nests a copy of the chain before it, deeper than RON reads by default, so it
    // never reopened ("Exceeded recursion limit"). It is migrated to flat anchors now.
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/v2-nested-chain.briefline.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(file::probe_version(&text).unwrap(), 2);
    let plain: Result<briefline::model::Briefing, _> = ron::from_str(&text);
    let why = plain.unwrap_err().to_string();
    assert!(
        why.contains("recursion limit"),
        "the fixture nests deeply: {why}"
    );
    let b = load_path(&path, None).unwrap();
    let years: Vec<i32> = b
        .events
        .iter()
        .filter_map(|e| e.date.start)
        .map(|d| chrono::Datelike::year(&d))
        .collect();
    assert_eq!(years, (1995..=2034).collect::<Vec<_>>());
    for e in &b.events {
        if let Some(briefline::model::TimeAnchor::FromMention { base, .. }) = &e.anchor {
            assert!(
                matches!(**base, briefline::model::TimeAnchor::Earlier(_)),
                "{:?}",
                e.anchor
            );
        }
    }
    let again = file::from_ron(&file::to_ron(&b).unwrap()).unwrap();
    assert_eq!(again, b);
    assert!(b.warnings.is_empty(), "{:?}", b.warnings);
}

#[test]
fn a_version_one_file_matches_todays_extraction_of_the_same_article() {
    let v1 = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/v1.briefline.ron");
    let old = load_path(&v1, None).unwrap();
    let now = briefline::load::seed_briefing(None);
    assert_eq!(old.sources, now.sources);
    assert!(
        old.events.iter().all(|e| !e.grade.is_graded()),
        "v1 items are ungraded"
    );
    assert_eq!(old.meta, now.meta);
}

#[test]
fn missing_file_and_directory() {
    refused(&dir().join("no-such-file.txt"), "no such file");
    let d = dir().join("a-folder");
    std::fs::create_dir_all(&d).unwrap();
    refused(&d, "is a folder");
}

#[test]
fn permission_denied() {
    use std::os::unix::fs::PermissionsExt as _;
    let p = write("locked.txt", b"Talks resumed in 2025.");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        // Running as root: file modes do not stop us, so check the message the same error
        // produces instead of skipping silently.
        let e = LoadError::Io {
            path: p.clone(),
            error: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        assert!(e.to_string().contains("permission denied"));
        eprintln!("running as root: checked the permission-denied message only");
    } else {
        refused(&p, "permission denied");
    }
}

/// A folder nothing can be written into, even as root: sysfs refuses new files.
fn read_only_folder() -> PathBuf {
    use std::os::unix::fs::PermissionsExt as _;
    let d = dir().join("read-only");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(d.join("probe"), b"x").is_ok() {
        let _ = std::fs::remove_file(d.join("probe"));
        return PathBuf::from("/sys");
    }
    d
}

#[test]
fn saving_into_a_read_only_folder_says_why_and_the_cli_exits_non_zero() {
    let ro = read_only_folder();
    let target = ro.join("brief.briefline.ron");
    let err = briefline::save::save(&briefline::load::seed_briefing(None), &target).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("could not save"), "{msg}");
    assert!(!target.exists());
    let out = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args([
            "export",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/seeds/paris-summit-ukraine-security-guarantees.txt"
            ),
            "--format",
            "ron",
            "-o",
            &target.display().to_string(),
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim().lines().count(),
        1
    );
}

#[test]
fn a_full_disk_keeps_the_previous_file() {
    // A real full disk where the test may mount a tiny tmpfs (root on Linux); the injected
    // writer in `save::tests` covers every other machine.
    let mnt = dir().join("tiny-tmpfs");
    std::fs::create_dir_all(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            "size=8k",
            "tmpfs",
            &mnt.display().to_string(),
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!("could not mount a tmpfs here: the injected full-disk writer test covers this");
        return;
    }
    let target = mnt.join("brief.briefline.ron");
    std::fs::write(&target, b"previous").unwrap();
    let err = briefline::save::save(&briefline::load::seed_briefing(None), &target).unwrap_err();
    let msg = err.to_string();
    let _ = Command::new("umount").arg(&mnt).output();
    assert!(msg.contains("disk is full"), "{msg}");
}

/// Makes a named pipe with `mkfifo` (coreutils); `None` where there is none.
#[cfg(unix)]
fn fifo(name: &str) -> Option<PathBuf> {
    let p = dir().join(name);
    let _ = std::fs::remove_file(&p);
    let ok = Command::new("mkfifo").arg(&p).status().ok()?.success();
    ok.then_some(p)
}

/// Runs the CLI with a deadline: a FIFO that blocks or a device that never ends fails the
/// test instead of hanging it.
fn cli_within(args: &[&str], secs: u64) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                use std::io::Read as _;
                e.read_to_string(&mut err).unwrap();
            }
            return (status.success(), err);
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("briefline {args:?} still running after {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn fifos_devices_and_links_to_them_are_refused_before_reading() {
    let d = dir();
    let mut cases: Vec<(PathBuf, &str)> = Vec::new();
    if let Some(p) = fifo("pipe.txt") {
        cases.push((p, "named pipe"));
    }
    for (name, target) in [
        ("link-to-zero.txt", "/dev/zero"),
        ("link-to-zero.briefline.ron", "/dev/zero"),
        ("link-to-random.md", "/dev/urandom"),
    ] {
        let link = d.join(name);
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(target, &link).unwrap();
        cases.push((link, "device"));
    }
    cases.push((PathBuf::from("/dev/zero"), "device"));
    for (path, needle) in &cases {
        let err = load_path(path, None).unwrap_err();
        assert!(
            matches!(err, LoadError::NotRegular { .. }),
            "{}: {err}",
            path.display()
        );
        assert!(err.to_string().contains(needle), "{err}");
        let p = path.display().to_string();
        for args in [
            vec!["extract", p.as_str(), "--format", "json"],
            vec!["timeml", p.as_str()],
        ] {
            let (ok, stderr) = cli_within(&args, 20);
            assert!(!ok, "{args:?} must fail");
            assert!(stderr.contains(needle), "{args:?}: {stderr}");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_sidecar_that_is_a_fifo_is_skipped_with_a_warning_not_waited_for() {
    let d = dir().join("fifo-sidecar");
    std::fs::create_dir_all(&d).unwrap();
    let article = d.join("story.txt");
    std::fs::write(
        &article,
        "Talks resume\n\nTalks resumed on Monday in Paris.\n",
    )
    .unwrap();
    let side = d.join("story.meta.ron");
    let _ = std::fs::remove_file(&side);
    if !Command::new("mkfifo")
        .arg(&side)
        .status()
        .is_ok_and(|s| s.success())
    {
        return;
    }
    let (ok, stderr) = cli_within(
        &[
            "extract",
            &article.display().to_string(),
            "--format",
            "json",
        ],
        20,
    );
    assert!(ok, "{stderr}");
    let b = load_path(&article, None).unwrap();
    assert!(
        b.warnings.iter().any(|w| w.contains("named pipe")),
        "{:?}",
        b.warnings
    );
}

#[cfg(unix)]
#[test]
fn eval_timeml_reads_each_file_once_through_looping_links() {
    let d = dir().join("tml-loops");
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(
        d.join("sub").join("one.tml"),
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>one</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-01-01\" functionInDocument=\"CREATION_TIME\">2025-01-01</TIMEX3></DCT>\n<TEXT>\nIt began <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2014\">in 2014</TIMEX3>.\n</TEXT>\n</TimeML>\n",
    )
    .unwrap();
    // Two loops: each leads back to an ancestor.
    std::os::unix::fs::symlink(".", d.join("sub").join("loop")).unwrap();
    std::os::unix::fs::symlink("..", d.join("sub").join("up")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(["eval-timeml", &d.display().to_string()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // One row per file scored: the file is there once, under its own path only.
    let rows: Vec<&str> = stdout.lines().filter(|l| l.contains(".tml")).collect();
    assert_eq!(rows.len(), 1, "{stdout}");
    assert!(rows[0].starts_with("sub/one.tml"), "{stdout}");
}
