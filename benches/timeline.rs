//! Timeline frame times on the synthetic data set of `shared/bench/DATASET.md`: the real
//! canvas widget (`ui::timeline_view::timeline_canvas_ui`, what the app's central panel
//! draws) run headless with `egui::Context::run_ui` + `tessellate` at 1280×800, 1 px/pt.
//! `cargo bench --bench timeline`.
//!
//! Each N runs in a fresh child process (so resident memory starts clean), `RUNS` times;
//! the printed figures are medians over those runs. Per run: the time from the events being
//! in memory (the generated table) to the first complete frame (building the sorted items
//! and density index, then one frame), then the spec's 60 zoom and 60 pan steps, `ROUNDS`
//! times, taking the median over rounds of each step set's median and p95 (nearest rank).
//! Memory: growth of resident set size (`/proc/self/statm` resident pages × 4 KiB) from
//! before the events are generated to after the first frame, per event.
//! `BRIEFLINE_TIMELINE_TRACE=1` prints every step's time, shapes and vertices to stderr.

use briefline::model::Briefing;
use briefline::timeline::synthetic::{full_view, pan_schedule, synthetic_table, zoom_schedule};
use briefline::timeline::{TimeView, TimelineData};
use briefline::ui::theme::{Palette, Theme};
use briefline::ui::timeline_view::{CanvasContext, TimelineState, timeline_canvas_ui};
use chrono::NaiveDate;
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];
const RUNS: usize = 3;
const ROUNDS: usize = 3;
const CHILD_ENV: &str = "BRIEFLINE_TIMELINE_BENCH_N";

fn rss_bytes() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

struct Frame {
    ms: f64,
    shapes: usize,
    vertices: usize,
}

fn frame(
    ctx: &egui::Context,
    state: &mut TimelineState,
    data: &TimelineData,
    cx: &CanvasContext<'_>,
) -> Frame {
    let raw = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        // What eframe's wgpu and glow back-ends report here (the headless default is 2048).
        max_texture_side: Some(8192),
        ..Default::default()
    };
    let t = Instant::now();
    let out = ctx.run_ui(raw, |ui| {
        let _ = timeline_canvas_ui(ui, state, data, cx);
    });
    let shapes = out.shapes.len();
    let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    let vertices = prims
        .iter()
        .map(|p| match &p.primitive {
            egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum();
    Frame {
        ms,
        shapes,
        vertices,
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Nearest-rank 95th percentile.
fn p95(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let rank = (v.len() as f64 * 0.95).ceil() as usize;
    v.get(rank.saturating_sub(1)).copied().unwrap_or(f64::NAN)
}

fn run_steps(
    ctx: &egui::Context,
    state: &mut TimelineState,
    data: &TimelineData,
    cx: &CanvasContext<'_>,
    views: &[TimeView],
    counts: &mut (Vec<f64>, Vec<f64>),
) -> (f64, f64) {
    let mut ms: Vec<f64> = views
        .iter()
        .map(|v| {
            state.view = Some(*v);
            let f = frame(ctx, state, data, cx);
            if std::env::var_os("BRIEFLINE_TIMELINE_TRACE").is_some() {
                eprintln!(
                    "span_days={:.2} ms={:.2} shapes={} vertices={}",
                    v.span_secs / 86_400.0,
                    f.ms,
                    f.shapes,
                    f.vertices
                );
            }
            counts.0.push(f.shapes as f64);
            counts.1.push(f.vertices as f64);
            f.ms
        })
        .collect();
    let med = median(&mut ms);
    (med, p95(&mut ms))
}

/// One run for one N; prints `key=value` pairs for the parent.
fn child(n: usize) {
    let ctx = egui::Context::default();
    briefline::ui::theme::install_fonts(&ctx);
    ctx.set_visuals(Theme::Dark.visuals());
    let briefing = Briefing::default();
    let cx = CanvasContext {
        palette: Palette::for_theme(Theme::Dark),
        briefing: &briefing,
        focused: None,
        actor_filter: None,
        search_hits: None,
        reference_date: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default(),
        scale: 1.0,
        colour_by_source: false,
    };
    // The app is up before events arrive: fonts and style are ready.
    let empty = TimelineData::default();
    let mut state = TimelineState::default();
    frame(&ctx, &mut state, &empty, &cx);

    let rss0 = rss_bytes();
    let table = Arc::new(synthetic_table(n));
    let t = Instant::now();
    let data = TimelineData::from_table(table, true);
    let build_ms = t.elapsed().as_secs_f64() * 1000.0;
    let mut state = TimelineState {
        view: Some(full_view()),
        ..TimelineState::default()
    };
    let first = frame(&ctx, &mut state, &data, &cx);
    let first_ms = t.elapsed().as_secs_f64() * 1000.0;
    let bytes_per_event = rss_bytes().saturating_sub(rss0) as f64 / n as f64;

    let (zoom_views, pan_views) = (zoom_schedule(), pan_schedule());
    let mut step_stats: [Vec<f64>; 4] = Default::default();
    let mut counts = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        state.view = Some(full_view());
        frame(&ctx, &mut state, &data, &cx);
        let (zm, zp) = run_steps(&ctx, &mut state, &data, &cx, &zoom_views, &mut counts);
        let (pm, pp) = run_steps(&ctx, &mut state, &data, &cx, &pan_views, &mut counts);
        for (s, v) in step_stats.iter_mut().zip([zm, zp, pm, pp]) {
            s.push(v);
        }
    }
    let [zm, zp, pm, pp] = step_stats.map(|mut s| median(&mut s));
    let shapes_max = counts.0.iter().copied().fold(0.0, f64::max);
    let vertices_max = counts.1.iter().copied().fold(0.0, f64::max);
    let (shapes_med, vertices_med) = (median(&mut counts.0), median(&mut counts.1));
    println!(
        "first_frame_ms={first_ms:.1} zoom_med_ms={zm:.2} zoom_p95_ms={zp:.2} pan_med_ms={pm:.2} \
         pan_p95_ms={pp:.2} bytes_per_event={bytes_per_event:.0} build_ms={build_ms:.1} \
         first_shapes={} shapes_med={shapes_med:.0} shapes_max={shapes_max:.0} \
         vertices_med={vertices_med:.0} vertices_max={vertices_max:.0}",
        first.shapes
    );
}

fn parse_fields(line: &str) -> Vec<(String, f64)> {
    line.split_whitespace()
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            Some((k.to_owned(), v.parse().ok()?))
        })
        .collect()
}

fn main() {
    if let Some(n) = std::env::var(CHILD_ENV).ok().and_then(|v| v.parse().ok()) {
        child(n);
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("cannot find the benchmark executable");
        return;
    };
    for n in SIZES {
        let mut runs: Vec<Vec<(String, f64)>> = Vec::new();
        for _ in 0..RUNS {
            match Command::new(&exe).env(CHILD_ENV, n.to_string()).output() {
                Ok(out) if out.status.success() => {
                    runs.push(parse_fields(&String::from_utf8_lossy(&out.stdout)));
                }
                Ok(out) => eprintln!(
                    "N={n}: run failed: {}",
                    String::from_utf8_lossy(&out.stderr)
                ),
                Err(e) => eprintln!("N={n}: could not run: {e}"),
            }
        }
        let Some(keys) = runs
            .first()
            .map(|r| r.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>())
        else {
            continue;
        };
        let med = |key: &str| {
            let mut v: Vec<f64> = runs
                .iter()
                .filter_map(|r| r.iter().find(|(k, _)| k == key).map(|(_, v)| *v))
                .collect();
            median(&mut v)
        };
        println!(
            "timeline N={n} first_frame_ms={:.1} zoom_med_ms={:.2} zoom_p95_ms={:.2} pan_med_ms={:.2} pan_p95_ms={:.2} bytes_per_event={:.0}",
            med("first_frame_ms"),
            med("zoom_med_ms"),
            med("zoom_p95_ms"),
            med("pan_med_ms"),
            med("pan_p95_ms"),
            med("bytes_per_event"),
        );
        let detail: Vec<String> = keys
            .iter()
            .skip(6)
            .map(|k| format!("{k}={:.1}", med(k)))
            .collect();
        println!("#   N={n} runs={} {}", runs.len(), detail.join(" "));
    }
}
