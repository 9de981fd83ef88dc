//! The command line: the JSON contract on the seed, output formats, and one-line errors with
//! a non-zero exit on bad input.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use std::path::PathBuf;
use std::process::{Command, Output};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/paris-summit-ukraine-security-guarantees.txt"
);

fn briefline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_briefline"))
        .args(args)
        .output()
        .unwrap()
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("briefline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn json_contract_on_the_seed() {
    let out = briefline(&["extract", SEED, "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["title"],
        "Ukraine Security Guarantees Gain US Backing At Paris Summit"
    );
    assert_eq!(v["published"], "2026-01-06");
    let events = v["events"].as_array().unwrap();
    for e in events {
        for key in ["id", "title", "trigger", "sentence", "date"] {
            assert!(e.get(key).is_some(), "event lacks {key}: {e}");
        }
        for key in ["start", "end", "precision"] {
            assert!(e["date"].get(key).is_some());
        }
    }
    let by_title = |t: &str| {
        events
            .iter()
            .find(|e| e["title"] == t)
            .unwrap_or_else(|| panic!("{t}"))
    };
    let inv = by_title("Russia first invaded Ukraine");
    assert_eq!(inv["date"]["start"], "2014-01-01");
    assert_eq!(inv["date"]["end"], "2014-12-31");
    assert_eq!(inv["date"]["precision"], "year");
    assert_eq!(inv["trigger"], "in 2014");
    assert_eq!(
        by_title("Paris summit of the coalition of the willing")["date"]["start"],
        "2026-01-06"
    );
    let quotes = v["quotes"].as_array().unwrap();
    let kushner = quotes
        .iter()
        .find(|q| q["text"].as_str().unwrap().starts_with("If Ukrainians"))
        .unwrap();
    assert_eq!(kushner["speaker"], "Jared Kushner");
    assert!(kushner["event"].is_string());
    assert!(v["questions"].as_array().unwrap().len() >= 4);
    let actors = v["actors"].as_array().unwrap();
    assert!(
        actors
            .iter()
            .any(|a| a["name"] == "Steve Witkoff" && a["kind"] == "person")
    );
    assert!(
        actors
            .iter()
            .any(|a| a["name"] == "coalition of the willing" && a["kind"] == "group")
    );
}

#[test]
fn date_flag_overrides_and_unknown_date_stays_null() {
    let text = std::fs::read(SEED).unwrap();
    let bare = temp("bare.txt", &text);
    let out = briefline(&["extract", bare.to_str().unwrap()]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["published"].is_null());
    let wed = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["trigger"] == "on Wednesday")
        .unwrap()
        .clone();
    assert!(wed["date"]["start"].is_null());
    assert_eq!(wed["date"]["precision"], "unknown");
    let out = briefline(&["extract", bare.to_str().unwrap(), "--date", "2026-01-13"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let wed = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["trigger"] == "on Wednesday")
        .unwrap()
        .clone();
    assert_eq!(wed["date"]["start"], "2026-01-14");
}

#[test]
fn ron_and_markdown_outputs_and_output_file() {
    let dir = std::env::temp_dir().join(format!("briefline-cli-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ron_path = dir.join("seed.briefline.ron");
    let out = briefline(&[
        "extract",
        SEED,
        "--format",
        "ron",
        "-o",
        ron_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    // A saved briefing can be read back and re-exported.
    let again = briefline(&["extract", ron_path.to_str().unwrap(), "--format", "json"]);
    assert!(again.status.success(), "{}", stderr(&again));
    let direct = briefline(&["extract", SEED, "--format", "json"]);
    assert_eq!(
        again.stdout, direct.stdout,
        "RON round trip changes the JSON"
    );
    let md = briefline(&["extract", SEED, "--format", "md"]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("## Chronology") && md.contains("**2014** — Russia first invaded Ukraine"),
        "{md}"
    );
    assert!(md.contains("- [ ] How would monitoring function in practice?"));
}

#[test]
fn identical_input_gives_identical_output() {
    let a = briefline(&["extract", SEED, "--format", "json"]);
    let b = briefline(&["extract", SEED, "--format", "json"]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn bad_input_fails_with_one_line() {
    let empty = temp("empty.txt", b"  \n");
    let binary = temp("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00");
    let bad_ron = temp(
        "broken.briefline.ron",
        b"(format_version: 1, meta: (title: ",
    );
    let newer = temp(
        "newer.briefline.ron",
        b"(format_version: 99, meta: (title: \"x\"))",
    );
    let dir = std::env::temp_dir();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["extract".into(), "/definitely/missing.txt".into()],
            "no such file",
        ),
        (vec!["extract".into(), empty.display().to_string()], "empty"),
        (
            vec!["extract".into(), binary.display().to_string()],
            "does not look like a text article",
        ),
        (
            vec!["extract".into(), bad_ron.display().to_string()],
            "not a valid briefing file",
        ),
        (
            vec!["extract".into(), newer.display().to_string()],
            "version 99",
        ),
        (
            vec!["extract".into(), dir.display().to_string()],
            "is a folder",
        ),
        (
            vec![
                "extract".into(),
                SEED.into(),
                "--date".into(),
                "6/1/2026".into(),
            ],
            "YYYY-MM-DD",
        ),
    ];
    for (args, needle) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = briefline(&args);
        assert!(!out.status.success(), "{args:?} succeeded");
        let err = stderr(&out);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn unwritable_output_is_an_error_and_leaves_nothing() {
    let out = briefline(&["extract", SEED, "-o", "/definitely/missing/dir/out.json"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("could not write"), "{}", stderr(&out));
}

const TML: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n\
<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2026-01-07\" functionInDocument=\"CREATION_TIME\">2026-01-07</TIMEX3></DCT>\n\
<TEXT>\nThe ferry board <EVENT eid=\"e1\">met</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-01-05\">Monday</TIMEX3> and \
reviewed the past two years at Lund &amp; Co.\n</TEXT>\n<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\"/>\n</TimeML>\n";

#[test]
fn timeml_tags_the_text_and_keeps_it_unchanged() {
    let input = temp("doc.tml", TML.as_bytes());
    let out = briefline(&["timeml", input.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let tagged = String::from_utf8(out.stdout).unwrap();
    // The whole document comes back, the root closed: it parses as XML.
    assert!(
        tagged.ends_with("</TEXT>\n<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\"/>\n</TimeML>\n"),
        "{tagged}"
    );
    let mut reader = quick_xml::Reader::from_str(&tagged);
    let mut depth = 0i32;
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(_) => depth += 1,
            quick_xml::events::Event::End(_) => depth -= 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0, "every element is closed");
    assert!(
        tagged.contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-01-05\">Monday</TIMEX3>")
    );
    assert!(tagged.contains(
        "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2Y\">the past two years</TIMEX3>"
    ));
    assert!(tagged.contains("Lund &amp; Co."));
}

#[test]
fn eval_timeml_scores_a_folder_and_bad_files_fail() {
    let dir = std::env::temp_dir().join(format!("briefline-tml-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.tml"), TML).unwrap();
    let out = briefline(&["eval-timeml", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("a.tml"), "{report}");
    // Gold has one expression (Monday), the tagger finds it and "the past two years".
    assert!(report.contains("gold 1 system 2"), "{report}");
    assert!(report.contains("strict   P 50.00 R 100.00"), "{report}");

    std::fs::write(dir.join("b.tml"), TML.replace("CREATION_TIME", "NONE")).unwrap();
    let out = briefline(&["eval-timeml", dir.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("creation time"), "{}", stderr(&out));
    let bad = temp("bad.tml", b"<TEXT>\xff\xfe</TEXT>");
    let out = briefline(&["timeml", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("UTF-8"), "{}", stderr(&out));
}
