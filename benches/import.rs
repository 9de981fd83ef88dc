//! Folder import throughput: 1,000 generated articles written to a temporary folder, then
//! `import::import_folder` (parallel extraction with rayon, what `briefline import-folder`
//! and File ▸ Open folder… run) timed `RUNS` times; prints the median MB/s and articles/s,
//! on all cores and on one. Also the background load of a 1,000,000-row event list (the
//! synthetic data set as TSV): parse, then build the timeline items. `cargo bench --bench import`.

use briefline::import::{Delimiter, import_folder, parse_event_list, to_tsv};
use briefline::load::SEED_TEXT;
use briefline::timeline::TimelineData;
use briefline::timeline::synthetic::synthetic_table;
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

const ARTICLES: usize = 1_000;
const RUNS: usize = 5;

/// Article `i`: a title, then seed paragraphs rotated by `i` with varied years, weekdays and
/// names (the same recipe as the extraction benchmark's synthetic article), 3 to 9 KB.
fn article(i: usize, body: &[&str]) -> String {
    let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let names = [
        "Steve Witkoff",
        "Jared Kushner",
        "Gen. Alexus Grynkewich",
        "Mayor Ana Ruiz",
    ];
    let target = 3000 + (i * 7919) % 6000;
    let mut out = format!("Briefing number {i} on the talks\n\n");
    let mut k = i;
    while out.len() < target {
        let p = body.get(k % body.len().max(1)).copied().unwrap_or_default();
        out.push_str(p);
        let _ = write!(
            out,
            " {} said talks resumed on {} after a pause in {}.\n\n",
            names.get(k % names.len()).copied().unwrap_or_default(),
            weekdays
                .get(k % weekdays.len())
                .copied()
                .unwrap_or_default(),
            1990 + (k % 36)
        );
        k += 1;
    }
    out
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn measure(dir: &std::path::Path, label: &str) {
    let mut secs = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        let r = import_folder(dir, None, &|_, _| {}, &AtomicBool::new(false));
        secs.push(t.elapsed().as_secs_f64());
        last = r.ok();
    }
    let Some(r) = last else {
        eprintln!("import failed");
        return;
    };
    let s = median(secs);
    println!(
        "import {label} articles={} mb={:.2} median_s={s:.3} mb_per_s={:.1} articles_per_s={:.0} events={}",
        r.articles,
        r.bytes as f64 / 1e6,
        r.bytes as f64 / 1e6 / s,
        r.articles as f64 / s,
        r.table.len()
    );
}

/// Parses a million-row TSV and builds its timeline items, as the app's loading thread does.
fn event_list() {
    let text = to_tsv(&synthetic_table(1_000_000));
    let mut parse_ms = Vec::new();
    let mut build_ms = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let Ok(table) = parse_event_list(
            text.as_bytes(),
            Delimiter::Tab,
            &mut |_| {},
            &AtomicBool::new(false),
        ) else {
            eprintln!("event list did not parse");
            return;
        };
        parse_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        let data = TimelineData::from_table(Arc::new(table), true);
        build_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(data);
    }
    let (p, b) = (median(parse_ms), median(build_ms));
    println!(
        "event_list rows=1000000 mb={:.1} parse_ms={p:.0} mb_per_s={:.0} build_ms={b:.0} total_ms={:.0}",
        text.len() as f64 / 1e6,
        text.len() as f64 / 1e6 / (p / 1000.0),
        p + b
    );
}

fn main() {
    event_list();
    let body: Vec<&str> = SEED_TEXT
        .split("\n\n")
        .filter(|p| p.split_whitespace().count() > 12)
        .collect();
    let dir = std::env::temp_dir().join(format!("briefline-import-bench-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        return;
    }
    for i in 0..ARTICLES {
        if let Err(e) = std::fs::write(dir.join(format!("article-{i:04}.txt")), article(i, &body)) {
            eprintln!("{e}");
            return;
        }
    }
    measure(&dir, &format!("threads={}", rayon::current_num_threads()));
    if let Ok(pool) = rayon::ThreadPoolBuilder::new().num_threads(1).build() {
        pool.install(|| measure(&dir, "threads=1"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
