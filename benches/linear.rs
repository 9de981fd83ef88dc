//! Linear time and memory on hostile input (issue 17): every case in `common/hostile.rs`
//! at 1×, 2× and 4× its base size, each written to a file and extracted in a fresh process
//! that reads it and writes its JSON as the CLI does, so its peak memory is its own. Prints time (median of 5: the first run is cold, and this machine is noisy), throughput and peak heap, and checks the targets:
//! 4× input ≤ 5× time, ≥ 10 MB/s, peak resident memory (`VmHWM`, the whole process with
//! its input) ≤ 6× input + 300 MB. Ends with a 50 MB ordinary article.
//! `cargo bench --bench linear` (add a case name to run only that case).

#[path = "common/hostile.rs"]
mod hostile;
#[path = "common/synthetic.rs"]
mod synthetic;

use briefline::extract::Options;
use std::hint::black_box;
use std::process::{Command, ExitCode};
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const MB: f64 = 1_000_000.0;

fn options() -> Options {
    Options {
        source_name: "probe.txt".into(),
        reference_date: chrono::NaiveDate::from_ymd_opt(2025, 1, 1),
        ..Options::default()
    }
}

/// The text of one case at one scale.
fn case_text(name: &str, scale: usize) -> Option<String> {
    if name == "synthetic_50MB" {
        Some(synthetic::synthetic(50_000_000))
    } else {
        Some((hostile::CASES.iter().find(|c| c.name == name)?.make)(
            scale,
        ))
    }
}

/// Child: does what `briefline extract FILE --format json` does with the article the
/// parent wrote to `path` (reads it as the CLI and the app do, so no generator garbage is
/// counted; extracts it; writes the JSON, here to nowhere), five times (once if over
/// 10 MB); prints `bytes seconds peak`, the time being the extraction's (reading
/// included), the peak the whole process's, output included.
fn child(path: &str) -> ExitCode {
    let path = std::path::Path::new(path);
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
    let runs = if bytes > 10_000_000 { 1 } else { 5 };
    let mut times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let b = match briefline::load::load_path(path, options().reference_date) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
        times.push(t.elapsed().as_secs_f64());
        if let Err(e) = briefline::export::json::write_json(&b, &mut std::io::sink()) {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
        black_box(b);
    }
    times.sort_by(f64::total_cmp);
    let peak = peak_resident_bytes().unwrap_or(0);
    println!("{} {} {}", bytes, times[times.len() / 2], peak);
    ExitCode::SUCCESS
}

/// The process's peak resident set (Linux `VmHWM`).
fn peak_resident_bytes() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

struct Run {
    bytes: usize,
    secs: f64,
    peak: usize,
}

fn measure(name: &str, scale: usize) -> Option<Run> {
    let exe = std::env::current_exe().ok()?;
    let Some(text) = case_text(name, scale) else {
        eprintln!("no case {name}");
        return None;
    };
    let path = std::env::temp_dir().join(format!("briefline-linear-{}.txt", std::process::id()));
    std::fs::write(&path, text).ok()?;
    let out = Command::new(exe).arg("--child").arg(&path).output();
    let _ = std::fs::remove_file(&path);
    let out = out.ok()?;
    if !out.status.success() {
        eprintln!("{name} ×{scale}: child failed ({})", out.status);
        return None;
    }
    let line = String::from_utf8_lossy(&out.stdout);
    let mut f = line.split_whitespace();
    Some(Run {
        bytes: f.next()?.parse().ok()?,
        secs: f.next()?.parse().ok()?,
        peak: f.next()?.parse().ok()?,
    })
}

fn report(name: &str, scale: usize, r: &Run) -> bool {
    let rate = r.bytes as f64 / MB / r.secs.max(1e-9);
    let bound = 6 * r.bytes + 300_000_000;
    let ok = rate >= 10.0 && r.peak <= bound;
    println!(
        "{name:<22} {scale}×  {:>8.2} MB  {:>8.1} ms  {:>7.1} MB/s  peak {:>7.1} MB  {}",
        r.bytes as f64 / MB,
        r.secs * 1000.0,
        rate,
        r.peak as f64 / MB,
        if ok { "ok" } else { "MISS" }
    );
    ok
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path, ..] = args.as_slice()
        && flag == "--child"
    {
        return child(path);
    }
    // `cargo bench` passes `--bench`; any other argument picks cases by name.
    let only: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let mut all_ok = true;
    for case in hostile::CASES {
        if !only.is_empty() && !only.iter().any(|o| case.name.contains(o.as_str())) {
            continue;
        }
        let mut runs = Vec::new();
        for scale in [1, 2, 4] {
            match measure(case.name, scale) {
                Some(r) => {
                    all_ok &= report(case.name, scale, &r);
                    runs.push(r);
                }
                None => all_ok = false,
            }
        }
        if let [one, _, four] = runs.as_slice() {
            let growth = four.secs / one.secs.max(1e-9);
            let linear = growth <= 5.0;
            all_ok &= linear;
            println!(
                "{:<22}     4×/1× time {growth:.2} {}",
                case.name,
                if linear { "ok" } else { "MISS (quadratic?)" }
            );
        }
    }
    if only.is_empty() || only.iter().any(|o| o.contains("synthetic")) {
        match measure("synthetic_50MB", 1) {
            Some(r) => all_ok &= report("synthetic_50MB", 1, &r),
            None => all_ok = false,
        }
    }
    println!(
        "{}",
        if all_ok {
            "all targets met"
        } else {
            "some targets missed"
        }
    );
    ExitCode::SUCCESS
}
