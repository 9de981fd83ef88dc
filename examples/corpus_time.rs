//! Times extraction and the RON round trip over every file of a directory (a fuzz corpus,
//! say), each cut to a maximum length: where a fuzz target's executions go.
//!
//! ```sh
//! cargo run --release --example corpus_time -- fuzz/corpus/extract 4096
//! ```

use briefline::extract::{Options, extract_bytes};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "fuzz/corpus/extract".into());
    let max: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(4096);
    let opts = Options {
        source_name: "fuzz.txt".into(),
        meta: None,
        reference_date: chrono::NaiveDate::from_ymd_opt(2026, 1, 6),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("cannot read {dir}");
        std::process::exit(2);
    };
    let (mut n, mut bytes) = (0usize, 0usize);
    let (mut t_extract, mut t_ron, mut t_read) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut slowest: Vec<(Duration, String)> = Vec::new();
    for entry in entries.flatten() {
        let Ok(mut data) = std::fs::read(entry.path()) else {
            continue;
        };
        data.truncate(max);
        n += 1;
        bytes += data.len();
        let t = Instant::now();
        let b = extract_bytes(&data, &opts);
        let e = t.elapsed();
        t_extract += e;
        let t = Instant::now();
        if let Ok(b) = &b
            && let Ok(ron) = briefline::model::file::to_ron(b)
        {
            t_ron += t.elapsed();
            let t = Instant::now();
            let _ = briefline::model::file::from_ron(&ron);
            t_read += t.elapsed();
        }
        slowest.push((e, entry.path().display().to_string()));
    }
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    println!(
        "{n} files, {bytes} bytes: extract {:.3} ms/file, write RON {:.3} ms/file, read RON {:.3} ms/file",
        t_extract.as_secs_f64() * 1e3 / n.max(1) as f64,
        t_ron.as_secs_f64() * 1e3 / n.max(1) as f64,
        t_read.as_secs_f64() * 1e3 / n.max(1) as f64
    );
    for (d, p) in slowest.iter().take(8) {
        println!("{:>8.3} ms  {p}", d.as_secs_f64() * 1e3);
    }
}
