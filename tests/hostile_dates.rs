//! Dates on loaded or typed data never panic: huge offsets in a briefing's anchors, a
//! reference date at the edge of the calendar (from `--date` or a sidecar), dates at the
//! ends of chrono's range in every export. Out of range means unresolved, or an error.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::export::{self, ExportFormat, ExportOptions};
use briefline::load::{load_path, seed_briefing};
use briefline::model::{DateValue, Precision, TimeAnchor, Unit, file};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("briefline-dates-{name}-{}", std::process::id()));
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

fn ok(o: &Output, what: &str) {
    assert!(
        o.status.success(),
        "{what}: exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Anchors whose arithmetic overflows anything but checked code.
fn hostile_anchors() -> Vec<TimeAnchor> {
    let mut v: Vec<TimeAnchor> = [200_000_000_000, i64::MAX, i64::MIN, -200_000_000_000]
        .into_iter()
        .map(TimeAnchor::DayOffset)
        .collect();
    for unit in [Unit::Week, Unit::Month, Unit::Year] {
        for offset in [i32::MAX, i32::MIN] {
            v.push(TimeAnchor::UnitOffset { unit, offset });
            v.push(TimeAnchor::FromMention {
                base: Box::new(TimeAnchor::DayOffset(0)),
                unit: Some(unit),
                offset,
            });
        }
    }
    v.push(TimeAnchor::MonthOfYear {
        month: 7,
        year_offset: i32::MAX,
    });
    v.push(TimeAnchor::MonthOfYear {
        month: 13,
        year_offset: i32::MIN,
    });
    v.push(TimeAnchor::MonthOnly {
        month: 0,
        direction: None,
    });
    v.push(TimeAnchor::Earlier(usize::MAX));
    v
}

fn write_hostile_briefing(d: &Path) -> PathBuf {
    let mut b = seed_briefing(None);
    let anchors = hostile_anchors();
    let template = b.events[1].clone();
    for (i, a) in anchors.into_iter().enumerate() {
        let mut e = template.clone();
        e.id = briefline::model::EventId::new(format!("ev-h{i}"));
        e.anchor = Some(a);
        b.events.push(e);
    }
    let p = d.join("hostile.briefline.ron");
    std::fs::write(&p, file::to_ron(&b).unwrap()).unwrap();
    p
}

#[test]
fn huge_offsets_in_a_briefing_do_not_panic_on_export_with_a_date() {
    let d = dir("offsets");
    let p = write_hostile_briefing(&d);
    for f in ["md", "json", "html", "svg", "ron"] {
        let o = briefline(&[
            "export",
            p.to_str().unwrap(),
            "--format",
            f,
            "--date",
            "2026-01-06",
        ]);
        ok(&o, f);
    }
    let png = d.join("out.png");
    let o = briefline(&[
        "export",
        p.to_str().unwrap(),
        "--format",
        "png",
        "--date",
        "2026-01-06",
        "-o",
        png.to_str().unwrap(),
    ]);
    ok(&o, "png");
    // In the library: the hostile events are unresolved, the rest resolve.
    let b = load_path(&p, NaiveDate::from_ymd_opt(2026, 1, 6)).unwrap();
    let hostile: Vec<_> = b
        .events
        .iter()
        .filter(|e| e.id.as_str().starts_with("ev-h"))
        .collect();
    assert!(!hostile.is_empty());
    for e in hostile {
        assert!(!e.date.is_resolved(), "{:?} → {:?}", e.anchor, e.date);
        assert!(!b.explain_date(e).is_empty());
    }
    assert!(b.events[0].date.is_resolved());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_reference_date_at_the_edge_of_the_calendar_does_not_panic() {
    let d = dir("edge");
    let article = d.join("story.txt");
    std::fs::write(
        &article,
        "Council story\n\nThe council met on Monday and again last week. In March it voted; \
         the next day it adjourned, and three years later it met on Jan. 6. It said on \
         Christmas Eve it would meet next month, on Thanksgiving and in the spring of next \
         year, and again tomorrow. The previous Friday it had met for two days.",
    )
    .unwrap();
    for date in [
        "-262143-01-01",
        "-262143-01-03",
        "-262144-12-31",
        "+262142-12-31",
        "+262143-12-31",
        "0000-01-01",
    ] {
        let o = briefline(&[
            "extract",
            article.to_str().unwrap(),
            &format!("--date={date}"),
        ]);
        // A date chrono cannot hold is a clear error; every other one extracts.
        if o.status.success() {
            assert!(String::from_utf8_lossy(&o.stdout).contains("\"events\""));
        } else {
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(err.contains("YYYY-MM-DD"), "{date}: {err}");
            assert_eq!(o.status.code(), Some(2), "{date}: a bad flag");
            assert!(!err.contains("panicked"), "{date}: {err}");
        }
    }
    // The same through a sidecar: within a week of chrono's first day.
    std::fs::write(
        d.join("story.meta.ron"),
        "(reference_date: Some(\"-262143-01-03\"))",
    )
    .unwrap();
    let b = load_path(&article, None).unwrap();
    assert_eq!(
        b.meta.reference_date,
        NaiveDate::from_ymd_opt(-262_143, 1, 3)
    );
    for f in ["md", "json", "svg", "html"] {
        let o = briefline(&["export", article.to_str().unwrap(), "--format", f]);
        ok(&o, f);
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn one_bad_article_in_a_folder_is_reported_and_the_rest_import() {
    let d = dir("folder");
    for i in 0..4 {
        std::fs::write(
            d.join(format!("a{i}.txt")),
            format!("Story {i}\n\nThe council met on 3 March 201{i}. The next day it voted."),
        )
        .unwrap();
    }
    // A sidecar at the edge of the calendar (this used to panic and lose the whole import)
    // and an article that cannot be read at all.
    std::fs::write(
        d.join("a1.meta.ron"),
        "(reference_date: Some(\"-262143-01-02\"))",
    )
    .unwrap();
    let mut binary = b"\x89PNG\r\n\x1a\n".to_vec();
    binary.extend((0..2048u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    std::fs::write(d.join("z-image.txt"), binary).unwrap();
    let out = d.join("events.tsv");
    let o = briefline(&[
        "import-folder",
        d.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    ok(&o, "import-folder");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("skipped") && err.contains("z-image.txt"),
        "{err}"
    );
    assert!(err.contains("4 articles"), "{err}");
    // Each of the four articles gives its dated events (header line first).
    let tsv = std::fs::read_to_string(&out).unwrap();
    assert!(tsv.lines().count() > 4, "{tsv}");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn dates_at_the_ends_of_the_calendar_export_in_every_format() {
    let mut b = seed_briefing(NaiveDate::from_ymd_opt(2026, 1, 6));
    let first = NaiveDate::MIN;
    let last = NaiveDate::MAX;
    b.events[1].date = DateValue::day(first);
    b.events[1].anchor = None;
    b.events[2].date = DateValue::day(last);
    b.events[2].anchor = None;
    b.events[3].date = DateValue::year(-262_143).unwrap();
    b.events[3].anchor = None;
    assert_eq!(b.events[3].date.precision, Precision::Year);
    // A span that ends before it starts, a week and a time at the very ends.
    let odd = [
        DateValue {
            start: Some(last),
            end: Some(first),
            ..DateValue::day(last)
        },
        DateValue {
            precision: Precision::Week,
            ..DateValue::day(first)
        },
        DateValue::at(last, chrono::NaiveTime::from_hms_opt(23, 59, 59).unwrap()),
    ];
    for (i, date) in odd.into_iter().enumerate() {
        let mut e = b.events[1].clone();
        e.id = briefline::model::EventId::new(format!("ev-odd{i}"));
        e.date = date;
        b.events.push(e);
    }
    let opts = ExportOptions {
        image: export::ImageOptions {
            width: 800,
            height: 450,
            ..Default::default()
        },
        ..Default::default()
    };
    for f in ExportFormat::ALL {
        for compress_gaps in [true, false] {
            let mut o = opts;
            o.image.compress_gaps = compress_gaps;
            let bytes = export::render(&b, f, &o).unwrap();
            assert!(!bytes.is_empty(), "{f:?}");
        }
    }
}
