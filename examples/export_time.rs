//! Renders a synthetic briefing of N annotated items (the export benchmark's) once in every
//! export format and prints the time each takes, plus writing and reading the RON file:
//! a quick look at issue 17's "100k items in ≤ 5 s" beside `cargo bench --bench export`.
//!
//! ```sh
//! cargo run --release --example export_time -- 100000 [pdf]
//! cargo run --release --example export_time -- saved.briefline.ron [pdf]
//! ```

#[path = "../benches/common/briefings.rs"]
mod briefings;

use briefline::export::{ExportFormat, ExportOptions, render};
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let first = args.next().unwrap_or_else(|| "100000".into());
    let only = args.next();
    let b = match first.parse::<usize>() {
        Ok(items) => briefings::annotated_briefing(items),
        Err(_) => match std::fs::read_to_string(&first)
            .map_err(|e| e.to_string())
            .and_then(|t| briefline::model::file::from_ron(&t).map_err(|e| e.to_string()))
        {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{first}: {e}");
                std::process::exit(1);
            }
        },
    };
    let items = b.events.len() + b.quotes.len() + b.questions.len();
    let opts = ExportOptions::default();
    for format in ExportFormat::ALL {
        let name = format!("{format:?}").to_lowercase();
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let t = Instant::now();
        let out = render(&b, format, &opts);
        let secs = t.elapsed().as_secs_f64();
        let bytes = out.as_ref().map_or(0, Vec::len);
        let status = if out.is_ok() { "ok" } else { "error" };
        println!("{items} items {name:<8} {secs:>7.2} s {bytes:>12} bytes {status}");
    }
    if only.is_none() || only.as_deref() == Some("read") {
        let Ok(ron) = briefline::model::file::to_ron(&b) else {
            eprintln!("could not write RON");
            std::process::exit(1);
        };
        let t = Instant::now();
        let read = briefline::model::file::from_ron(&ron);
        println!(
            "{items} items read RON {:>7.2} s {:>12} bytes {}",
            t.elapsed().as_secs_f64(),
            ron.len(),
            if read.is_ok() { "ok" } else { "error" }
        );
    }
}
